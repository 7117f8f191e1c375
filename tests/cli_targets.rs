//! The command line's targets and text search, run as a user runs them: a target in
//! full, the targets of a task and of a department with their quotes, tasks and years
//! as people write them, an empty answer, and `grep`.

#![cfg(feature = "cli")]

#[path = "common/cli.rs"]
mod command;

use command::{cli, csv, json, numbers, ok, refused};

/// Runs the command with `--format FORMAT`, asserts it succeeds, and returns stdout and
/// stderr.
fn run_in(format: &str, args: &[&str]) -> (String, String) {
    let output = cli()
        .args(args)
        .args(["--format", format])
        .output()
        .unwrap();
    assert!(output.status.success(), "{args:?} --format {format} failed");
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn one_target_in_full() {
    // 26.積極推動改善住房條件。…到2025年,籌集租賃住房375套。…
    // 責任單位:市住房和城鄉建設局、衛生健康委員會、民政局,…
    let target = json(&["target", "t26.1"]);
    assert_eq!(target["id"], "t26.1");
    assert_eq!(target["task"], 26);
    assert_eq!(target["task_title"], "積極推動改善住房條件");
    assert_eq!(target["quote"], "籌集租賃住房375套");
    assert_eq!(target["comparator"], "exact");
    assert_eq!(target["value"], 375);
    assert_eq!(target["unit"], "housing-units");
    assert_eq!(
        target["deadline"],
        serde_json::json!({"year": 2025, "end_of_year": false})
    );
    assert_eq!(target["lead_name"], "市住房和城鄉建設局");
    assert_eq!(target["lead"], "housing-urban-rural");
    assert_eq!(
        target["lead_organizations"],
        serde_json::json!(["housing-urban-rural"])
    );
    assert_eq!(json(&["target", " T26.1 "]), target);

    // Part 一's objectives stand in no task, and no body leads them.
    let objective = json(&["target", "p1.1"]);
    assert!(objective["task"].is_null() && objective["task_title"].is_null());
    assert!(objective["lead"].is_null());
    assert_eq!(objective["lead_organizations"], serde_json::json!([]));

    let table = ok(&["target", "t26.1", "--format", "table"]);
    for says in [
        "籌集租賃住房375套",
        "26 積極推動改善住房條件",
        "375",
        "套",
        "到2025年",
        "市住房和城鄉建設局",
    ] {
        assert!(table.contains(says), "the table lacks `{says}`:\n{table}");
    }
    let (header, rows) = csv(&["target", "t26.1"]);
    assert_eq!(rows.len(), 1);
    assert_eq!(header.last().map(String::as_str), Some("task_title"));

    // Task 26 states one target; task 1 none.
    refused(
        &["target", "t26.2"],
        &["there is no target `t26.2`", "t26 has t26.1"],
    );
    refused(
        &["target", "t1.1"],
        &["there is no target `t1.1`", "wuzhong-plan targets"],
    );
    refused(&["target", "26"], &["there is no target `26`"]);
}

#[test]
fn targets_table_shows_the_promise_and_who_leads() {
    // 19.促進學前教育普惠發展。…全市學前教育毛入學率達到95%… 責任單位:市教育局、…
    let table = ok(&["targets", "--grep", "學前教育", "--format", "table"]);
    let header = table.lines().next().unwrap();
    for column in [
        "id",
        "task",
        "deadline",
        "comparator",
        "value",
        "unit",
        "lead",
        "quote",
    ] {
        assert!(header.split_whitespace().any(|c| c == column), "{header}");
    }
    let row = table.lines().find(|l| l.starts_with("t19.2 ")).unwrap();
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        cells,
        [
            "t19.2",
            "19",
            "到2025年",
            "reach",
            "95",
            "%",
            "市教育局",
            "全市學前教育毛入學率達到95%"
        ]
    );
    // The lead of a target's task is in every format.
    let (header, rows) = csv(&["targets", "--due-by", "2023"]);
    let lead = header.iter().position(|h| h == "lead_name").unwrap();
    assert_eq!(rows[0][lead], "市民政局"); // 7.… 責任單位:市民政局、…
}

#[test]
fn a_task_and_a_department_list_their_targets_quotes() {
    // 23.… 到2025年,養老機構護理型床位占比達到60%、每百張養老機構床位配備社工至少1名。
    let quotes = [
        "養老機構護理型床位占比達到60%",
        "每百張養老機構床位配備社工至少1名",
    ];
    let table = ok(&["task", "23", "--format", "table"]);
    for quote in quotes {
        assert!(
            table
                .lines()
                .any(|l| l.contains(quote) && l.contains("到2025年")),
            "{table}"
        );
    }
    assert_eq!(
        json(&["task", "23"])["target_quotes"],
        serde_json::json!(quotes)
    );
    let markdown = ok(&["task", "23", "--format", "markdown"]);
    assert!(
        // The id's `.` escaped, as Markdown escapes every ASCII punctuation that can be
        // markup.
        markdown.contains("| t23\\.2 | 到2025年 | 每百張養老機構床位配備社工至少1名 |"),
        "{markdown}"
    );
    // 7.… 到2023年底,全市新建城區、…的配建率達到100%。 (市民政局 leads task 7)
    let department = ok(&["department", "民政局", "--format", "table"]);
    assert!(
        department
            .lines()
            .any(|l| l.starts_with("t7.2 ") && l.contains("配建率達到100%")),
        "{department}"
    );
    let detail = json(&["department", "民政局"]);
    let ids = detail["targets"].as_array().unwrap();
    let quotes = detail["target_quotes"].as_array().unwrap();
    assert_eq!(ids.len(), quotes.len());
    let at = ids.iter().position(|id| id == "t7.2").unwrap();
    assert_eq!(
        quotes[at],
        "全市新建城區、新建居住(小)區配套建設養老服務設施的配建率達到100%"
    );
}

#[test]
fn tasks_and_years_are_taken_as_people_write_them() {
    let task = ok(&["task", "23", "--format", "json"]);
    for cited in [
        "第23條",
        "第23条",
        "第23項",
        "第23项",
        "23.",
        "23、",
        "第二十三條",
        "２３",
        " 23 ",
    ] {
        assert_eq!(
            ok(&["task", cited, "--format", "json"]),
            task,
            "task {cited}"
        );
    }
    refused(&["task", "第51條"], &["`第51條` names no task", "1 to 50"]);
    refused(&["task", "第23條款"], &["1 to 50"]);

    // 到2025年 and 到2025年底 are both due by 2025; 到2023年底 by 2023.
    for (written, year) in [
        ("2025年", "2025"),
        ("2025年底", "2025"),
        ("到2025年", "2025"),
        ("２０２５", "2025"),
        ("2023年底", "2023"),
        ("by 2023", "2023"),
    ] {
        assert_eq!(
            ok(&["targets", "--due-by", written, "--format", "json"]),
            ok(&["targets", "--due-by", year, "--format", "json"]),
            "--due-by {written}"
        );
    }
    refused(
        &["targets", "--due-by", "2025年x"],
        &["not a year", "2025年"],
    );
    refused(&["targets", "--due-by", "25年"], &["not a year"]);
}

#[test]
fn an_empty_answer_says_so_on_stderr_for_people() {
    let nothing = ["--grep", "沒有這樣的詞"];
    for (command, says) in [
        ("tasks", "no tasks match\n"),
        ("targets", "no targets match\n"),
    ] {
        let args = [&[command][..], &nothing[..]].concat();
        for format in ["table", "markdown"] {
            let (stdout, stderr) = run_in(format, &args);
            assert_eq!(
                (stdout.as_str(), stderr.as_str()),
                ("", says),
                "{command} --format {format}"
            );
        }
        let (stdout, stderr) = run_in("json", &args);
        assert_eq!((stdout.as_str(), stderr.as_str()), ("[]\n", ""));
        let (stdout, stderr) = run_in("csv", &args);
        assert_eq!(stdout.lines().count(), 1, "{command}: the CSV header alone");
        assert!(
            stdout.starts_with("id,") || stdout.starts_with("number,"),
            "{stdout}"
        );
        assert_eq!(stderr, "");
    }
}

#[test]
fn grep_searches_the_tasks_text_and_quote_a_targets_own() {
    // 7.… 落實新建城區、居住 (小)區按照人均不少於0.1平方米的標準配建養老服務設施… 到2023年底,
    // 全市新建城區、新建居住(小)區配套建設養老服務設施的配建率達到100%。
    let ids = |args: &[&str]| -> Vec<String> {
        json(args)
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(ids(&["targets", "--grep", "配建率"]), ["t7.1", "t7.2"]);
    assert_eq!(ids(&["targets", "--quote", "配建率"]), ["t7.2"]);
    assert_eq!(
        ids(&["targets", "--quote", "配建率", "--quote", "100%"]),
        ["t7.2"]
    );
    assert_eq!(
        ids(&["targets", "--quote", "配建率", "--quote", "0.1"]),
        Vec::<String>::new()
    );
    // Tasks with such a target: 26.… 籌集租賃住房375套.
    assert_eq!(numbers(&json(&["tasks", "--quote", "375套"])), [26]);
    let help = ok(&["targets", "--help"]);
    assert!(
        help.contains("--quote") && help.contains("own quote"),
        "{help}"
    );
}

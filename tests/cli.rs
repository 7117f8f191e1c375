//! The `wuzhong-plan` command line, run as a user runs it: every subcommand in every
//! format, its JSON and CSV parsed back, and every bad input refused with one line on
//! stderr, exit code 2 and nothing on stdout. Expectations are read from the source.

#![cfg(feature = "cli")]

use assert_cmd::Command;

#[path = "common/temp.rs"]
mod temp;
use serde_json::Value;
use temp::TempDir;

const FORMATS: [&str; 4] = ["table", "json", "csv", "markdown"];

fn cli() -> Command {
    Command::cargo_bin("wuzhong-plan").unwrap()
}

/// Runs the command, asserts it succeeds with nothing on stderr, and returns stdout.
fn ok(args: &[&str]) -> String {
    let output = cli().args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stderr.is_empty(), "{args:?} wrote to stderr");
    String::from_utf8(output.stdout).unwrap()
}

fn json(args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    serde_json::from_str(&ok(&args)).unwrap()
}

/// The CSV a command prints: its header and rows.
fn csv(args: &[&str]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut args = args.to_vec();
    args.extend(["--format", "csv"]);
    let text = ok(&args);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

fn numbers(value: &Value) -> Vec<u64> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["number"].as_u64().unwrap())
        .collect()
}

/// Runs a bad command: exit code 2, nothing on stdout, one line on stderr that holds
/// every one of `says`.
fn refused(args: &[&str], says: &[&str]) {
    let output = cli().args(args).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    assert!(output.stdout.is_empty(), "{args:?} printed to stdout");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    for part in says {
        assert!(stderr.contains(part), "{args:?}: `{stderr}` lacks `{part}`");
    }
}

#[test]
fn every_listing_prints_in_every_format() {
    let listings: [&[&str]; 7] = [
        &["tasks"],
        &["task", "23"],
        &["targets"],
        &["target", "t26.1"],
        &["departments"],
        &["department", "民政局"],
        &["domains"],
    ];
    for args in listings {
        for format in FORMATS {
            let mut with_format = args.to_vec();
            with_format.extend(["--format", format]);
            let out = ok(&with_format);
            assert!(out.ends_with('\n'), "{with_format:?}");
            match format {
                "json" => {
                    serde_json::from_str::<Value>(&out).unwrap();
                }
                "csv" => {
                    let (header, rows) = csv(args);
                    assert!(!header.is_empty() && !rows.is_empty(), "{args:?}");
                    assert!(rows.iter().all(|r| r.len() == header.len()));
                }
                "markdown" => {
                    // One table, or (a task's, a department's) several, a blank line
                    // between each.
                    for table in out.split("\n\n") {
                        let mut lines = table.lines();
                        assert!(lines.next().unwrap().starts_with("| "), "{with_format:?}");
                        assert!(lines.next().unwrap().starts_with("|---|"));
                        assert!(lines.all(|l| l.starts_with("| ") && l.ends_with(" |")));
                    }
                }
                _ => assert!(out.lines().count() > 1, "{with_format:?}"),
            }
        }
    }
}

#[test]
fn text_and_json_are_the_embedded_files_byte_for_byte() {
    let root = env!("CARGO_MANIFEST_DIR");
    let source = std::fs::read(format!("{root}/data/source.txt")).unwrap();
    let json = std::fs::read(format!("{root}/data/plan.json")).unwrap();
    assert_eq!(cli().arg("text").output().unwrap().stdout, source);
    assert_eq!(cli().arg("json").output().unwrap().stdout, json);
}

/// 市民政局 is the first body listed for tasks 7, 8, 14, 15, 23, 24, 25, 30, 39 and 42.
#[test]
fn tasks_led_by_any_form_of_a_name() {
    let full = ok(&["tasks", "--lead", "市民政局", "--format", "json"]);
    for form in [
        "民政局",
        "civil-affairs",
        "Civil Affairs Bureau",
        "吳忠市民政局",
    ] {
        assert_eq!(
            ok(&["tasks", "--lead", form, "--format", "json"]),
            full,
            "{form}"
        );
    }
    let tasks: Value = serde_json::from_str(&full).unwrap();
    assert_eq!(numbers(&tasks), [7, 8, 14, 15, 23, 24, 25, 30, 39, 42]);
    // Simplified: 市卫生健康委员会 leads 3, 4, 17, 18, 22, 28, 29, 36.
    let health = json(&["tasks", "--lead", "市卫生健康委员会"]);
    assert_eq!(numbers(&health), [3, 4, 17, 18, 22, 28, 29, 36]);
}

#[test]
fn task_json_has_the_documented_fields() {
    let tasks = json(&["tasks", "--lead", "民政局", "--domain", "elderly-care"]);
    let first = &tasks[0];
    for field in ["number", "id", "title", "lead", "departments", "domains"] {
        assert!(first.get(field).is_some(), "task lacks `{field}`");
    }
    // 7.繼續加強公辦養老機構建設 … 責任單位:市民政局、住房和城鄉建設局、自然資源局,各縣(市、區)
    assert_eq!(first["number"], 7);
    assert_eq!(first["id"], "part-2/group-1/task-7");
    assert_eq!(first["title"], "繼續加強公辦養老機構建設");
    assert_eq!(first["lead"], "civil-affairs");
    assert_eq!(first["lead_name"], "市民政局");
    assert_eq!(
        first["department_names"],
        serde_json::json!([
            "市民政局",
            "市住房和城鄉建設局",
            "市自然資源局",
            "各縣(市、區)"
        ])
    );
    assert!(
        first["domains"]
            .as_array()
            .unwrap()
            .contains(&"elderly-care".into())
    );

    let task = json(&["task", "48"]);
    assert_eq!(
        task["lead"],
        Value::Null,
        "task 48 has no responsibility line"
    );
    assert_eq!(task["departments"], serde_json::json!([]));
    assert_eq!(task["domains"].as_array().unwrap().len(), 9);
    assert!(task["body"].as_str().unwrap().contains("80項基本公共服務"));
}

#[test]
fn target_json_has_the_documented_fields() {
    // 到2023年底,全市新建城區、新建居住(小)區配套建設養老服務設施的配建率達到100%。
    let targets = json(&["targets", "--due-by", "2023"]);
    let targets = targets.as_array().unwrap();
    assert_eq!(targets.len(), 1);
    let target = &targets[0];
    for field in ["id", "task", "quote", "kind", "value", "unit", "deadline"] {
        assert!(target.get(field).is_some(), "target lacks `{field}`");
    }
    assert_eq!(target["task"], 7);
    assert_eq!(target["kind"], "quantitative");
    assert_eq!(target["value"], 100);
    assert_eq!(target["unit"], "percent");
    assert_eq!(
        target["deadline"],
        serde_json::json!({"year": 2023, "end_of_year": true})
    );
    // 到2025年,籌集租賃住房375套 (task 26, led by 市住房和城鄉建設局).
    let housing = json(&["targets", "--lead", "住房和城鄉建設局", "--due-by", "2025"]);
    assert_eq!(housing[0]["task"], 26);
    assert_eq!(housing[0]["value"], 375);
    // Task 17's 形成基本完善的社區托育服務網路 is dated but states no number.
    let childcare = json(&["targets", "--domain", "childcare"]);
    let qualitative: Vec<&Value> = childcare
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["kind"] == "qualitative")
        .collect();
    assert!(!qualitative.is_empty());
    assert!(
        qualitative
            .iter()
            .all(|t| t["value"].is_null() && t["unit"].is_null())
    );
}

#[test]
fn csv_has_the_json_fields_flattened() {
    let (header, rows) = csv(&["tasks", "--domain", "veterans"]);
    assert_eq!(
        header,
        [
            "number",
            "id",
            "part",
            "group",
            "title",
            "lead",
            "lead_name",
            "departments",
            "department_names",
            "domains",
            "domain_names",
            "targets",
            "lead_organization",
            "organizations",
            "lead_organizations"
        ]
    );
    // 15.持續強化各類社會服務水平 … 市民政局、退役軍人事務局、司法局; and 48.
    assert_eq!(rows.len(), 2);
    let row = &rows[0];
    assert_eq!(row[0], "15");
    assert_eq!(row[7], "civil-affairs;veterans-affairs;justice");
    assert_eq!(rows[1][0], "48");
    assert_eq!(rows[1][3], "", "task 48 stands in no group");

    let (header, rows) = csv(&["targets", "--due-by", "2023"]);
    assert_eq!(header[0], "id");
    assert!(header.contains(&"deadline_year".to_owned()));
    let year = header.iter().position(|h| h == "deadline_year").unwrap();
    assert_eq!(rows[0][year], "2023");
    // The JSON and the CSV list the same records.
    let all = json(&["targets"]);
    assert_eq!(csv(&["targets"]).1.len(), all.as_array().unwrap().len());
}

#[test]
fn filters_combine_and_read_either_script() {
    assert_eq!(
        json(&["tasks", "--grep", "养老"]),
        json(&["tasks", "--grep", "養老"])
    );
    // Group (三) is tasks 28–33; of those, 市衛生健康委員會 takes part in 28, 29 and 30.
    let found = json(&["tasks", "--group", "三", "--involving", "衛生健康委員會"]);
    assert_eq!(numbers(&found), [28, 29, 30]);
    assert_eq!(
        json(&["tasks", "--group", "3"]),
        json(&["tasks", "--group", "(三)"])
    );
    // Both 市民政局 and 市財政局 take part in 8, 23 and 42.
    let shared = json(&["tasks", "--involving", "民政局", "--involving", "財政局"]);
    assert_eq!(numbers(&shared), [8, 23, 42]);
    let none = json(&["tasks", "--lead", "民政局", "--domain", "housing"]);
    assert_eq!(none, serde_json::json!([]));
}

#[test]
fn department_and_domains() {
    let civil = json(&["department", "民政局"]);
    assert_eq!(civil["id"], "civil-affairs");
    assert_eq!(
        civil["led"],
        serde_json::json!([7, 8, 14, 15, 23, 24, 25, 30, 39, 42])
    );
    // 市殘聯、民政局 (13); 市衛生健康委員會、教育局、民政局… (17).
    let supporting: Vec<u64> = civil["supporting"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_u64().unwrap())
        .collect();
    assert!(supporting.starts_with(&[13, 17]));
    let domains = json(&["domains"]);
    let domains = domains.as_array().unwrap();
    assert_eq!(domains.len(), 10);
    assert_eq!(domains[0]["name"], "幼有所育");
    assert_eq!(domains[0]["tasks"], serde_json::json!([17, 18, 48]));
    assert_eq!(domains[9]["id"], "system");
}

#[test]
fn default_format_off_a_terminal_is_json() {
    let piped = ok(&["tasks", "--lead", "民政局"]);
    assert_eq!(
        piped,
        ok(&["tasks", "--lead", "民政局", "--format", "json"])
    );
}

/// Table columns line up by display width: each title cell is padded so that the lead
/// column starts at the same terminal column on every row.
#[test]
fn table_aligns_cjk_text() {
    let out = ok(&["tasks", "--lead", "民政局", "--format", "table"]);
    let starts: Vec<usize> = out
        .lines()
        .skip(1)
        .map(|line| {
            let at = line.find("市民政局").unwrap();
            line[..at]
                .chars()
                .map(|c| if c.is_ascii() { 1 } else { 2 })
                .sum()
        })
        .collect();
    assert_eq!(starts.len(), 10);
    assert!(starts.windows(2).all(|w| w[0] == w[1]), "{out}");
}

#[test]
fn bad_input_is_refused_with_what_would_work() {
    refused(
        &["tasks", "--lead", "市民証局"],
        &["--lead", "市民証局", "did you mean 市民政局"],
    );
    refused(
        &["department", "民證局"],
        &["unknown department", "did you mean 市民政局"],
    );
    refused(
        &["tasks", "--domain", "elderly"],
        &["unknown domain `elderly`", "elderly-care"],
    );
    refused(
        &["tasks", "--format", "xml"],
        &["xml", "table, json, csv, markdown"],
    );
    for year in ["20x5", "99999", "-1", "25"] {
        refused(
            &["targets", "--due-by", year],
            &[year, "not a year", "2025"],
        );
    }
    refused(&["task", "51"], &["no task 51", "1 to 50"]);
    refused(&["task", "0"], &["no task 0", "1 to 50"]);
    refused(
        &["task", "twenty"],
        &["`twenty` is not a task number", "1 to 50"],
    );
    refused(
        &["tasks", "--group", "6"],
        &["no task group `6`", "5 ((五)"],
    );
    refused(&["taks"], &["taks", "tasks"]);
    refused(&["tasks", "--leed", "x"], &["--leed", "--lead"]);
    refused(&[], &["a command is needed", "tasks"]);
}

#[test]
fn every_subcommand_has_help_with_an_example() {
    let commands = [
        "tasks",
        "task",
        "targets",
        "departments",
        "department",
        "domains",
        "text",
        "json",
        "target",
    ];
    for command in commands {
        let help = ok(&[command, "--help"]);
        assert!(help.contains("Example:"), "{command} --help");
        assert!(
            help.contains(&format!("wuzhong-plan {command}")),
            "{command}"
        );
    }
    let help = ok(&["--help"]);
    assert!(help.contains("Examples:"));
    for says in [
        "wuzhong-plan --plan ",
        "--plan - reads",
        "at most 16 MiB as text",
        "at most 256 MiB as JSON",
        "`{`",
        "regular file",
        "`text` takes no --format",
        "\\u{1b}",
        "Exit codes",
        "closes the pipe",
    ] {
        assert!(help.contains(says), "--help lacks `{says}`");
    }
}

/// The Markdown files that show the command line at work: the README and every guide in
/// `docs/`, whether it has `console` blocks today or not.
fn documents() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = vec![root.join("README.md")];
    let mut guides: Vec<std::path::PathBuf> = std::fs::read_dir(root.join("docs"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    guides.sort();
    paths.extend(guides);
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.strip_prefix(root).unwrap().display().to_string();
            (name, text)
        })
        .collect()
}

/// The `console` blocks of the README and the guides show what the commands print on a
/// terminal: each `$ wuzhong-plan …` line is run (as a table, the terminal's default,
/// unless it names a format) and what it prints, on stdout or stderr, must be the lines
/// below it.
#[test]
fn readme_examples_print_what_the_readme_shows() {
    let mut commands = 0;
    for (name, text) in documents() {
        for block in text.split("```console\n").skip(1) {
            let block = block.split("```").next().unwrap();
            let mut entries = block.split("$ wuzhong-plan ").skip(1);
            for entry in entries.by_ref() {
                let (command, expected) = entry.split_once('\n').unwrap();
                let mut args: Vec<&str> = command.split_whitespace().collect();
                if !args.contains(&"--format") {
                    args.extend(["--format", "table"]);
                }
                let output = cli().args(&args).output().unwrap();
                let printed = format!(
                    "{}{}",
                    String::from_utf8(output.stdout).unwrap(),
                    String::from_utf8(output.stderr).unwrap()
                );
                assert_eq!(printed, expected, "{name}: `wuzhong-plan {command}`");
                commands += 1;
            }
        }
    }
    assert!(
        commands >= 8,
        "the README and docs/cli.md show the command line at work"
    );
}

/// Runs a command that must fail with `code`: nothing on stdout, one line on stderr that
/// starts with `error: ` and holds every one of `says`.
fn fails(code: i32, args: &[&str], says: &[&str]) -> String {
    let output = cli().args(args).output().unwrap();
    assert_eq!(output.status.code(), Some(code), "{args:?}");
    assert!(output.stdout.is_empty(), "{args:?} printed to stdout");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    for part in says {
        assert!(stderr.contains(part), "{args:?}: `{stderr}` lacks `{part}`");
    }
    stderr
}

/// A small plan of the genre, written for these tests: one key-tasks part, two groups,
/// three tasks, each with its responsibility line.
const SMALL_PLAN: &str = "一、重點任務
(一)兜牢民生底線
1.完善社會救助。健全分層分類的社會救助體系。
責任單位:市民政局、財政局
2.發展養老服務。新建社區養老服務站。
責任單位:市衛生健康委員會、民政局
(二)促進就業創業
3.擴大公益崗位。開發城鄉公益性崗位。
責任單位:市財政局、人力資源和社會保障局
";

/// The answers about `SMALL_PLAN` read from `file`, checked against the text above.
fn small_plan_answers(file: &str) -> Vec<String> {
    let lead = |name: &str| numbers(&json(&["--plan", file, "tasks", "--lead", name]));
    // 市民政局 is listed first for task 1 only, 市財政局 for task 3, and
    // 市衛生健康委員會 for task 2; 市人力資源和社會保障局 leads nothing.
    assert_eq!(lead("民政局"), [1]);
    assert_eq!(lead("civil-affairs"), [1]);
    assert_eq!(lead("財政局"), [3]);
    assert_eq!(lead("市卫生健康委员会"), [2]);
    assert_eq!(lead("人力資源和社會保障局"), Vec::<u64>::new());
    let involving = json(&["--plan", file, "tasks", "--involving", "民政局"]);
    assert_eq!(numbers(&involving), [1, 2]);
    let group = json(&["--plan", file, "tasks", "--group", "二"]);
    assert_eq!(numbers(&group), [3]);

    let task = json(&["--plan", file, "task", "2"]);
    assert_eq!(task["number"], 2);
    assert_eq!(task["id"], "part-1/group-1/task-2");
    assert_eq!(task["part"], 1);
    assert_eq!(task["group"], 1);
    assert_eq!(task["title"], "發展養老服務");
    assert_eq!(task["body"], "新建社區養老服務站。");
    assert_eq!(task["lead"], "health");
    assert_eq!(task["lead_name"], "市衛生健康委員會");
    assert_eq!(
        task["departments"],
        serde_json::json!(["health", "civil-affairs"])
    );
    assert_eq!(task["responsibility"], "市衛生健康委員會、民政局");
    fails(
        2,
        &["--plan", file, "task", "4"],
        &["no task 4", "the plan has tasks 1 to 3"],
    );

    // In the order the plan first names them: 民政局 leads 1 and supports 2; 財政局 leads
    // 3 and supports 1; 衛生健康委員會 leads 2; 人力資源和社會保障局 supports 3.
    let departments = json(&["--plan", file, "departments"]);
    let loads: Vec<(&str, u64, u64)> = departments
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap(),
                d["led"].as_u64().unwrap(),
                d["supporting"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        loads,
        [
            ("civil-affairs", 1, 1),
            ("finance", 1, 1),
            ("health", 1, 0),
            ("human-resources-social-security", 0, 1),
        ]
    );
    let civil = json(&["--plan", file, "department", "民政局"]);
    assert_eq!(civil["led"], serde_json::json!([1]));
    assert_eq!(civil["supporting"], serde_json::json!([2]));

    let text = cli().args(["--plan", file, "text"]).output().unwrap();
    assert!(text.status.success());
    assert_eq!(String::from_utf8(text.stdout).unwrap(), SMALL_PLAN);

    // Every answer, as the other encoding of the plan must give it too.
    [
        &["tasks"][..],
        &["tasks", "--format", "csv"],
        &["task", "1"],
        &["targets"],
        &["departments", "--format", "table"],
        &["department", "財政局"],
        &["domains"],
        &["text"],
    ]
    .iter()
    .map(|args| {
        let mut with_plan = vec!["--plan", file];
        with_plan.extend(*args);
        ok(&with_plan)
    })
    .collect()
}

#[test]
fn plan_from_a_text_file_and_from_its_json() {
    let dir = TempDir::new("wuzhong-plan-cli");
    let text_file = dir.file("small.txt", SMALL_PLAN);
    let text_file = text_file.to_str().unwrap();
    let from_text = small_plan_answers(text_file);

    let json = ok(&["--plan", text_file, "json"]);
    assert!(
        json.ends_with("}\n"),
        "one final newline, as data/plan.json"
    );
    let value: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        value["parts"][0]["groups"][1]["tasks"][0]["title"],
        "擴大公益崗位"
    );
    let json_file = dir.file("small.json", &json);
    let json_file = json_file.to_str().unwrap();
    assert_eq!(small_plan_answers(json_file), from_text);
    assert_eq!(ok(&["--plan", json_file, "json"]), json);

    // The option may stand after the subcommand too.
    assert_eq!(
        ok(&["tasks", "--plan", json_file, "--lead", "財政局"]),
        ok(&["--plan", text_file, "tasks", "--lead", "財政局"])
    );
}

/// JSON or text is told by the first character other than whitespace, after a UTF-8
/// byte-order mark.
#[test]
fn plan_file_kind_is_told_by_its_content() {
    let dir = TempDir::new("wuzhong-plan-cli");
    let json = ok(&[
        "--plan",
        dir.file("a.txt", SMALL_PLAN).to_str().unwrap(),
        "json",
    ]);
    let expected = ok(&[
        "--plan",
        dir.file("b.json", &json).to_str().unwrap(),
        "tasks",
    ]);
    for (name, content) in [
        ("json-named.txt", json.clone()),
        ("bom.json", format!("\u{feff}{json}")),
        ("spaced.json", format!("\n \t\r\n{json}")),
        ("bom.txt", format!("\u{feff}{SMALL_PLAN}")),
        ("text-named.json", SMALL_PLAN.to_owned()),
    ] {
        let file = dir.file(name, content);
        assert_eq!(
            ok(&["--plan", file.to_str().unwrap(), "tasks"]),
            expected,
            "{name}"
        );
    }
    // A text keeps its mark: `text` prints it back, and so does the text of its JSON.
    let marked = format!("\u{feff}{SMALL_PLAN}");
    let bom = dir.file("bom.txt", &marked);
    assert_eq!(ok(&["--plan", bom.to_str().unwrap(), "text"]), marked);
    let bom_json = dir.file(
        "bom-text.json",
        ok(&["--plan", bom.to_str().unwrap(), "json"]),
    );
    assert_eq!(ok(&["--plan", bom_json.to_str().unwrap(), "text"]), marked);
}

/// The published text through `--plan` gives what the embedded plan gives: 市民政局 is
/// listed first for tasks 7, 8, 14, 15, 23, 24, 25, 30, 39 and 42.
#[test]
fn plan_from_the_published_text_and_json() {
    let root = env!("CARGO_MANIFEST_DIR");
    let source = format!("{root}/data/source.txt");
    let led = json(&["--plan", &source, "tasks", "--lead", "民政局"]);
    assert_eq!(numbers(&led), [7, 8, 14, 15, 23, 24, 25, 30, 39, 42]);
    assert_eq!(
        ok(&["--plan", &source, "text"]).as_bytes(),
        std::fs::read(&source).unwrap()
    );
    let plan_json = format!("{root}/data/plan.json");
    assert_eq!(
        ok(&["--plan", &plan_json, "json"]).as_bytes(),
        std::fs::read(&plan_json).unwrap()
    );
    assert_eq!(ok(&["--plan", &plan_json, "domains"]), ok(&["domains"]));
}

/// A `--plan` that names no readable file is a usage error (exit code 2).
#[test]
fn plan_file_that_cannot_be_read_is_a_usage_error() {
    let dir = TempDir::new("wuzhong-plan-cli");
    let missing = dir.0.join("missing.json");
    let missing = missing.to_str().unwrap();
    fails(
        2,
        &["--plan", missing, "tasks"],
        &[&format!("{missing}: no such file"), "--plan"],
    );
    let directory = dir.0.to_str().unwrap();
    fails(
        2,
        &["--plan", directory, "text"],
        &[&format!("{directory}: is a directory")],
    );
    fails(2, &["--plan", "", "tasks"], &["--plan"]);
    fails(2, &["tasks", "--plan"], &["--plan"]);
}

#[cfg(unix)]
#[test]
fn plan_file_without_permission_is_a_usage_error() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = TempDir::new("wuzhong-plan-cli");
    let file = dir.file("locked.txt", SMALL_PLAN);
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&file).is_ok() {
        // Running as root: permissions do not stop a read, so there is nothing to test.
        return;
    }
    let file = file.to_str().unwrap();
    fails(
        2,
        &["--plan", file, "tasks"],
        &[&format!("{file}: permission denied")],
    );
}

/// A readable file that holds no plan is a data error (exit code 1), named with the
/// file, line and column where there are some.
#[test]
fn plan_file_that_is_not_a_plan_is_a_data_error() {
    let dir = TempDir::new("wuzhong-plan-cli");

    // "一、重點任務\n" is 19 bytes, "(一)組\n" 9 and "1.甲。乙" 11: the bad byte is at 39.
    let latin1 = dir.file("latin1.txt", b"\xe4\xb8\x80\xe3\x80\x81\xe9\x87\x8d\xe9\xbb\x9e\xe4\xbb\xbb\xe5\x8b\x99\n(\xe4\xb8\x80)\xe7\xb5\x84\n1.\xe7\x94\xb2\xe3\x80\x82\xe4\xb9\x99\xff\n");
    assert!(
        std::fs::read_to_string(&latin1).unwrap_err().kind() == std::io::ErrorKind::InvalidData
    );
    let latin1 = latin1.to_str().unwrap();
    fails(
        1,
        &["--plan", latin1, "tasks"],
        &[&format!("{latin1}:3: not UTF-8"), "0xFF", "byte offset 39"],
    );

    let malformed = dir.file("malformed.json", "{\n  \"schema_version\": 1,\n  oops\n}\n");
    let malformed = malformed.to_str().unwrap();
    fails(
        1,
        &["--plan", malformed, "tasks"],
        &[&format!("{malformed}:3:3: "), "JSON"],
    );

    // Well-formed JSON with a task whose id is not the one its place gives.
    let root = env!("CARGO_MANIFEST_DIR");
    let embedded = std::fs::read_to_string(format!("{root}/data/plan.json")).unwrap();
    let renamed = "\"part-2/group-1/task-70\"";
    let broken = embedded.replacen("\"part-2/group-1/task-7\"", renamed, 1);
    assert_ne!(broken, embedded);
    let broken = dir.file("broken.json", broken);
    let broken = broken.to_str().unwrap();
    fails(
        1,
        &["--plan", broken, "tasks"],
        &[&format!("{broken}: "), "task-70"],
    );

    // A key with a line break in it: the message stays on one line.
    let key = dir.file("key.json", "{\"a\\nb\": 1}");
    let key = key.to_str().unwrap();
    fails(1, &["--plan", key, "json"], &[&format!("{key}:1:")]);

    let skipped = dir.file("skipped.txt", "一、重點任務\n(一)組\n1.甲。乙\n3.丙。丁\n");
    let skipped = skipped.to_str().unwrap();
    fails(
        1,
        &["--plan", skipped, "text"],
        &[&format!("{skipped}:4: "), "task 3 is out of sequence"],
    );

    let empty = dir.file("empty.txt", "");
    let empty = empty.to_str().unwrap();
    fails(
        1,
        &["--plan", empty, "tasks"],
        &[&format!("{empty}:1: "), "empty"],
    );
}

/// A plan as text is at most 16 MiB and a plan as JSON at most 256 MiB, whether the size
/// shows before reading or not; the messages name both limits.
#[test]
fn plan_file_over_the_size_limit_is_a_data_error() {
    const TEXT_LIMIT: u64 = 16 * 1024 * 1024;
    const JSON_LIMIT: u64 = 256 * 1024 * 1024;
    let dir = TempDir::new("wuzhong-plan-cli");
    let sparse = |name: &str, len: u64| {
        let path = dir.0.join(name);
        std::fs::File::create(&path).unwrap().set_len(len).unwrap();
        path.to_str().unwrap().to_owned()
    };
    // NUL bytes are no `{`: the file is text.
    let huge = sparse("huge.txt", TEXT_LIMIT + 1);
    fails(
        1,
        &["--plan", &huge, "tasks"],
        &[
            &format!("{huge}: "),
            "as text",
            "16777217 bytes",
            "16 MiB",
            "256 MiB",
        ],
    );
    let huger = sparse("huger.json", JSON_LIMIT + 1);
    fails(
        1,
        &["--plan", &huger, "tasks"],
        &[
            &format!("{huger}: "),
            "268435457 bytes",
            "16 MiB",
            "256 MiB",
        ],
    );
    // Standard input has no size to show: it is read up to the limit and no further.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_wuzhong-plan"))
        .args(["--plan", "-", "tasks"])
        .stdin(std::fs::File::open(&huge).unwrap())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("error: (standard input): ")
            && stderr.contains("more than 16777216 bytes"),
        "{stderr}"
    );
}

/// JSON over the 16 MiB limit for text is read: here the published plan's JSON after
/// 17 MiB of white space, which is still JSON.
#[test]
fn plan_as_json_may_be_larger_than_a_plan_as_text() {
    let root = env!("CARGO_MANIFEST_DIR");
    let json = std::fs::read_to_string(format!("{root}/data/plan.json")).unwrap();
    let dir = TempDir::new("wuzhong-plan-cli");
    let padded = dir.file("padded.json", format!("{}{json}", " ".repeat(17 << 20)));
    assert_eq!(
        ok(&["--plan", padded.to_str().unwrap(), "domains"]),
        ok(&["domains"])
    );
}

/// A text plan of many tasks, each with a responsibility line and two targets.
fn generated_plan(tasks: usize) -> String {
    let mut text = String::from("一、重點任務\n(一)推進\n");
    for n in 1..=tasks {
        text.push_str(&format!(
            "{n}.建設服務設施。到2025年,建成{}所學校,覆蓋率達到95%。\n責任單位:市民政局、財政局\n",
            n % 90 + 1
        ));
    }
    text
}

/// Every plan the command line reads as text, it can read back as the JSON `json`
/// prints: here a text of about 1.3 MB whose JSON is over 16 MiB, the limit for text.
#[test]
fn a_text_plan_whose_json_is_over_16_mib_round_trips() {
    let text = generated_plan(11_000);
    let dir = TempDir::new("wuzhong-plan-cli");
    let text_file = dir.file("big.txt", &text);
    let json = cli()
        .args(["--plan", text_file.to_str().unwrap(), "json"])
        .output()
        .unwrap();
    assert!(
        json.status.success(),
        "{}",
        String::from_utf8_lossy(&json.stderr)
    );
    assert!(json.stdout.len() > 16 << 20, "{} bytes", json.stdout.len());
    let json_file = dir.file("big.json", &json.stdout);
    let again = cli()
        .args(["--plan", json_file.to_str().unwrap(), "text"])
        .output()
        .unwrap();
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert!(
        again.stdout == text.as_bytes(),
        "the text came back changed"
    );
}

/// `--plan -` reads the plan from standard input, JSON or text as a file is read.
#[test]
fn plan_from_standard_input() {
    let from_stdin = |input: &str, args: &[&str]| {
        let output = cli().args(args).write_stdin(input).output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    let dir = TempDir::new("wuzhong-plan-cli");
    let file = dir.file("small.txt", SMALL_PLAN);
    let file = file.to_str().unwrap();
    let expected = ok(&["--plan", file, "tasks"]);
    assert_eq!(from_stdin(SMALL_PLAN, &["--plan", "-", "tasks"]), expected);
    let json = ok(&["--plan", file, "json"]);
    assert_eq!(from_stdin(&json, &["tasks", "--plan", "-"]), expected);
    assert_eq!(from_stdin(SMALL_PLAN, &["--plan", "-", "text"]), SMALL_PLAN);
    let output = cli()
        .args(["--plan", "-", "tasks"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("error: (standard input):1: ") && stderr.contains("empty"),
        "{stderr}"
    );
}

/// Runs the binary to its end, or fails the test after ten seconds (killing it).
#[cfg(unix)]
fn within_ten_seconds(mut child: std::process::Child) -> std::process::Output {
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(10) {
            child.kill().unwrap();
            panic!("still running after ten seconds");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    child.wait_with_output().unwrap()
}

/// `--plan` reads regular files only: a FIFO with no writer, a socket or a device is a
/// usage error naming what it is, found before the file is opened (opening a FIFO waits
/// for a writer).
#[cfg(unix)]
#[test]
fn plan_file_that_is_not_a_regular_file_is_a_usage_error() {
    use std::process::Stdio;
    let dir = TempDir::new("wuzhong-plan-cli");
    let fifo = dir.0.join("fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success(), "mkfifo failed");
    let fifo = fifo.to_str().unwrap();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_wuzhong-plan"))
        .args(["--plan", fifo, "tasks"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let output = within_ten_seconds(child);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "error: {fifo}: is a FIFO (named pipe), not a regular file"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("`-` for standard input"), "{stderr}");

    let socket = dir.0.join("socket");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let socket = socket.to_str().unwrap();
    fails(
        2,
        &["--plan", socket, "tasks"],
        &[&format!("{socket}: is a socket, not a regular file")],
    );
    for device in ["/dev/zero", "/dev/null"] {
        if std::path::Path::new(device).exists() {
            fails(
                2,
                &["--plan", device, "tasks"],
                &[&format!(
                    "{device}: is a character device, not a regular file"
                )],
            );
        }
    }
    // A link to a regular file is that file.
    let target = dir.file("small.txt", SMALL_PLAN);
    let link = dir.0.join("link.txt");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    assert_eq!(ok(&["--plan", link.to_str().unwrap(), "text"]), SMALL_PLAN);
}

/// `text` prints the plan's text, which is none of --format's formats, and `json` only
/// JSON: any other --format is refused rather than ignored.
#[test]
fn a_format_the_command_does_not_print_is_refused() {
    for format in ["csv", "json", "table", "markdown"] {
        refused(
            &["text", "--format", format],
            &["`text`", "takes no --format", &format!("`{format}`")],
        );
    }
    for format in ["csv", "table", "markdown", "md"] {
        refused(
            &["json", "--format", format],
            &["`json`", "--format json", &format!("`{format}`")],
        );
    }
    refused(&["text", "--format", "xml"], &["unknown format `xml`"]);
    assert_eq!(ok(&["json", "--format", "json"]), ok(&["json"]));
    assert_eq!(ok(&["--format", "JSON", "json"]), ok(&["json"]));
}

/// Control characters, escapes and bidi overrides in a file name or a value are written
/// as visible escapes, and a long one is cut after 80 characters with its length.
#[test]
fn names_in_messages_are_escaped_and_cut() {
    let name = "plan\u{1b}[31m\u{202e}txt.\u{7}\tx.json";
    let stderr = fails(2, &["--plan", name, "tasks"], &["no such file"]);
    assert!(
        stderr.starts_with("error: plan\\u{1b}[31m\\u{202e}txt.\\u{7}\\tx.json: no such file"),
        "{stderr}"
    );
    assert!(!stderr.contains(['\u{1b}', '\u{202e}', '\u{7}', '\t']));

    let long = "名".repeat(300);
    let stderr = fails(2, &["--plan", &long, "tasks"], &["… (300 characters)"]);
    assert!(stderr.contains(&format!("error: {}… (300 characters): ", "名".repeat(80))));
    assert!(!stderr.contains(&"名".repeat(81)));

    let digits = "9".repeat(100_000);
    let stderr = fails(2, &["task", &digits], &["is not a task number"]);
    assert!(stderr.len() < 400, "{} bytes", stderr.len());
    assert!(stderr.contains("… (100000 characters)"), "{stderr}");
    let stderr = fails(2, &["targets", "--due-by", "\u{202e}2025"], &["not a year"]);
    assert!(stderr.contains("`\\u{202e}2025`"), "{stderr}");
}

/// What clap itself quotes of the command line (an unknown subcommand, flag or value)
/// is cut as every quoted value is, however long the argument.
#[test]
fn arguments_clap_refuses_are_cut_in_its_messages() {
    let long = "x".repeat(100_000);
    let flag = format!("--{long}");
    for args in [
        vec![long.as_str()],
        vec!["tasks", flag.as_str()],
        vec!["tasks", "--lead", "民政局", long.as_str()],
    ] {
        let stderr = fails(2, &args, &["… (", "characters)", "wuzhong-plan --help"]);
        assert!(stderr.len() < 400, "{} bytes: {stderr}", stderr.len());
        assert!(!stderr.contains(&"x".repeat(81)), "{stderr}");
    }
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_written_as_path_display_shows_it() {
    use std::os::unix::ffi::OsStrExt as _;
    let name = std::ffi::OsStr::from_bytes(b"plan\xff\xfe.txt");
    let output = cli().arg("--plan").arg(name).arg("tasks").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("error: plan\u{fffd}\u{fffd}.txt: no such file"),
        "{stderr}"
    );
}

/// The binary run with its standard streams as the test sets them, `/dev/full` where
/// `full` is true, its other streams piped.
#[cfg(unix)]
fn with_streams(args: &[&str], full_stdout: bool, full_stderr: bool) -> std::process::Output {
    use std::process::Stdio;
    let full = || {
        Stdio::from(
            std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap(),
        )
    };
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_wuzhong-plan"));
    command.args(args).stdin(Stdio::null());
    command.stdout(if full_stdout { full() } else { Stdio::piped() });
    command.stderr(if full_stderr { full() } else { Stdio::piped() });
    command.output().unwrap()
}

/// A stderr that cannot be written (full, or a pipe nobody reads) leaves the exit code
/// the error deserves: no panic (101). An answer that cannot be written to a full
/// stdout is exit code 1, said on stderr in one line.
#[cfg(unix)]
#[test]
fn an_output_that_cannot_be_written_gives_the_exit_code_it_deserves() {
    use std::process::Stdio;
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    // stdout, stderr to /dev/full; the exit code expected.
    let cases: [(&[&str], bool, bool, i32); 9] = [
        (&["task", "99"], false, true, 2),
        (&["task", "99"], true, true, 2),
        (&["taks"], false, true, 2),
        (&["--plan", "missing.txt", "tasks"], true, true, 2),
        (&["tasks"], true, true, 1),
        (&["--help"], true, true, 1),
        (&["tasks"], true, false, 1),
        (&["json"], true, false, 1),
        (&["--help"], true, false, 1),
    ];
    for (args, full_stdout, full_stderr, code) in cases {
        let output = with_streams(args, full_stdout, full_stderr);
        assert_eq!(
            output.status.code(),
            Some(code),
            "{args:?}, stdout full: {full_stdout}, stderr full: {full_stderr}"
        );
        if !full_stderr {
            let stderr = String::from_utf8(output.stderr).unwrap();
            assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
            assert!(
                stderr.starts_with("error: writing the output: "),
                "{args:?}: {stderr}"
            );
        }
    }
    // A pipe on stderr that is closed before the error is written.
    for _ in 0..10 {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_wuzhong-plan"))
            .args(["task", "99"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stderr.take());
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(2));
        assert!(output.stdout.is_empty());
    }
}

/// A reader that closes the pipe early (`| head -c1`) is no error: exit code 0 and
/// nothing on stderr. The pipe is closed as soon as the process starts, before it can
/// write; `json` and `text` print more than a pipe's buffer holds, so their writes fail
/// however the two processes are scheduled.
#[cfg(unix)]
#[test]
fn a_closed_stdout_pipe_is_no_error() {
    use std::process::Stdio;
    let commands: [&[&str]; 6] = [
        &["--help"],
        &["tasks", "--help"],
        &["--version"],
        &["json"],
        &["text"],
        &["targets", "--format", "table"],
    ];
    for args in commands {
        for _ in 0..10 {
            let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_wuzhong-plan"))
                .args(args)
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            drop(child.stdout.take());
            let output = child.wait_with_output().unwrap();
            assert_eq!(output.status.code(), Some(0), "{args:?}");
            assert!(
                output.stderr.is_empty(),
                "{args:?}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
}

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
        markdown.contains("| t23.2 | 到2025年 | 每百張養老機構床位配備社工至少1名 |"),
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

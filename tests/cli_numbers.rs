//! `wuzhong-plan task N` and the task records on documents that number their tasks
//! their own way: `（一）`–`（十五）` run on across parts, a table's rows 1–14 and 21–23,
//! annexes that each number from `1.`, tasks the text does not number. `N` is the
//! number as the text writes it, or the task's id; the records give the number as
//! written (`label`), its `level` and its `annex`, and keep `number`, the task's place.
//! Expectations were written from reading the texts.
#![cfg(feature = "cli")]

#[path = "common/cli.rs"]
mod command;
#[path = "common/corpus.rs"]
mod corpus;

use std::path::{Path, PathBuf};

use command::{cli, read_csv};
use serde_json::Value;

/// The path of the fixture `name` of `tests/fixtures/structure/`.
fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/structure")
        .join(format!("{name}.txt"))
}

/// Runs `wuzhong-plan --plan PATH ARGS…`: its exit code, stdout, and the last line of
/// stderr (the error, after any warnings of the reading).
fn run(path: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let output = cli().arg("--plan").arg(path).args(args).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    let last = stderr.lines().last().unwrap_or_default().to_owned();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        last,
    )
}

/// The JSON a command on the plan at `path` prints, which must succeed.
fn json(path: &Path, args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    let (code, stdout, stderr) = run(path, &args);
    assert_eq!(code, Some(0), "{args:?}: {stderr}");
    serde_json::from_str(&stdout).unwrap()
}

/// The error a command on the plan at `path` fails with: exit code 2, nothing on stdout.
fn refused(path: &Path, args: &[&str]) -> String {
    let (code, stdout, stderr) = run(path, args);
    assert_eq!(code, Some(2), "{args:?}");
    assert!(stdout.is_empty(), "{args:?}: {stdout}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    stderr
}

#[test]
fn a_number_run_on_across_parts_is_found_in_any_form() {
    // 国发〔2018〕39号: the tasks are （一）–（十五）, numbered straight across five parts
    // with no groups: 五、落实各方责任 holds （十二）–（十五）.
    let Some((path, _)) = corpus::read("national-2018-jiuye.txt") else {
        return;
    };
    for cited in ["15", "（十五）", "(十五)", "第十五條", "第15项", "十五、"] {
        let task = json(&path, &["task", cited]);
        assert_eq!(task["id"], "part-5/task-15", "{cited}");
        assert_eq!(task["title"], "指导企业等各方履行社会责任");
        assert_eq!(task["label"], "（十五）");
        assert_eq!(task["level"], 2, "parts with headings, no groups");
        assert!(task.get("annex").is_none(), "in the notice itself");
    }
    let error = refused(&path, &["task", "16"]);
    assert_eq!(
        error,
        "error: there is no task 16: the plan has tasks 1 to 15"
    );
}

#[test]
fn a_tables_row_is_found_by_the_number_its_cell_writes() {
    // 国办发〔2018〕126号: the annex's rows jump from 14 to 21 where a section was cut.
    let Some((path, _)) = corpus::read("national-2018-chuangxin-table.txt") else {
        return;
    };
    let task = json(&path, &["task", "21"]);
    assert_eq!(task["number"], 15, "the plan's fifteenth task");
    assert_eq!(task["id"], "part-8/task-15");
    assert_eq!(task["title"], "允许地方高校自主开展人才引进和职称评审");
    assert_eq!(task["label"], "21");
    assert_eq!(task["level"], 2);
    assert_eq!(task["annex"], 1);
    // Its 指导部门 cell, 教育部、人力资源社会保障部: the first leads.
    assert_eq!(task["lead_name"], "教育部");
    let error = refused(&path, &["task", "17"]);
    assert_eq!(
        error,
        "error: there is no task 17: the text numbers its tasks 1–14, 21–23"
    );
    // The id names the plan's task 17 whatever its number.
    let task = json(&path, &["task", "part-8/task-17"]);
    assert_eq!(task["label"], "23");
}

#[test]
fn numbering_that_restarts_names_each_task_by_its_id() {
    // Two annexes, each numbering its tasks 1.–3.
    let path = fixture("two-annexes");
    let error = refused(&path, &["task", "1"]);
    for says in [
        "`1` names 2 tasks",
        "part-1/task-1 (1.實施農村供水工程改造)",
        "part-3/task-4 (1.新建農村公路)",
        "name one by its id, as in `wuzhong-plan task part-1/task-1`",
    ] {
        assert!(error.contains(says), "`{error}` lacks `{says}`");
    }
    let task = json(&path, &["task", "part-3/task-4"]);
    assert_eq!(
        (
            &task["number"],
            &task["label"],
            &task["level"],
            &task["annex"]
        ),
        (&4.into(), &"1.".into(), &2.into(), &2.into())
    );
    assert_eq!(task["title"], "新建農村公路");
    let tasks = json(&path, &["tasks"]);
    let read: Vec<(u64, &str, u64)> = tasks
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["number"].as_u64().unwrap(),
                t["label"].as_str().unwrap(),
                t["annex"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            (1, "1.", 1),
            (2, "2.", 1),
            (3, "3.", 1),
            (4, "1.", 2),
            (5, "2.", 2),
            (6, "3.", 2)
        ]
    );
    // CSV: the same, in the columns after the JSON's first fields.
    let (code, stdout, _) = run(&path, &["tasks", "--format", "csv"]);
    assert_eq!(code, Some(0));
    let (header, rows) = read_csv(&stdout);
    assert_eq!(header[20..23], ["label", "level", "annex"]);
    assert_eq!(rows[3][20..23], ["1.", "2", "2"]);
    // A table for people shows the number as written beside the task's place.
    let (_, table, _) = run(&path, &["tasks", "--format", "table"]);
    let header = table.lines().next().unwrap();
    assert!(header.starts_with("#  label  level  title"), "{header}");
    assert!(
        table
            .lines()
            .nth(4)
            .unwrap()
            .starts_with("4  1.         2  新建農村公路"),
        "{table}"
    );
    let (_, markdown, _) = run(&path, &["task", "part-3/task-4", "--format", "markdown"]);
    assert!(markdown.contains("| label | 1\\. |"), "{markdown}");
    assert!(markdown.contains("| annex | 2 (附件2) |"), "{markdown}");
}

#[test]
fn unnumbered_tasks_have_no_label_and_are_named_by_id() {
    // 二、工作措施: four paragraphs, each with its note, no number.
    let path = fixture("unnumbered-tasks");
    let tasks = json(&path, &["tasks"]);
    let tasks = tasks.as_array().unwrap();
    assert_eq!(tasks.len(), 4);
    assert!(tasks.iter().all(|t| t["label"] == "" && t["level"] == 2));
    assert_eq!(tasks[2]["title"], "強化撲救隊伍建設");
    let error = refused(&path, &["task", "3"]);
    assert!(
        error.contains("the text numbers no task and leaves 4 unnumbered"),
        "{error}"
    );
    assert_eq!(
        json(&path, &["task", "part-2/task-3"])["title"],
        "強化撲救隊伍建設"
    );
}

#[test]
fn the_embedded_plans_records_keep_their_numbers() {
    // Without --plan: every task is written as its number, at level 3, in no annex.
    let tasks: Value = serde_json::from_str(&command::ok(&["tasks", "--format", "json"])).unwrap();
    for task in tasks.as_array().unwrap() {
        let number = task["number"].as_u64().unwrap();
        assert_eq!(task["label"], format!("{number}."));
        assert_eq!(task["level"], 3);
        assert!(task.get("annex").is_none());
    }
    let by_id = command::json(&["task", "part-2/group-2/task-23"]);
    assert_eq!(by_id, command::json(&["task", "23"]));
    command::refused(&["task", "part-2/task-23"], &["names no task"]);
}

//! The deadlines of tasks: read from a note, a `完成時限` line or a continuation line of
//! texts of the Wuzhong layout written for these tests, in both scripts; dates of the
//! prose left alone; a month without a year in the document's year, and said so; the
//! JSON written and loaded back, and checked; the queries and the command line finding
//! a task by its own deadline; and the Wuzhong plan, whose tasks have none.

#[path = "common/invalid.rs"]
mod invalid;
#[cfg(feature = "cli")]
#[path = "common/temp.rs"]
mod temp;

use invalid::one_broken_invariant;
use serde_json::Value;
use wuzhong_plan::{
    DeadlinePlace, DiagnosticKind, Error, InvalidKind, PLAN_JSON, Plan, SOURCE_TEXT, Task,
    TaskDeadline, parse, plan,
};

/// A breakdown in Simplified script and full-width punctuation, issued on 2022年4月26日
/// (the notice's date, before `全文`).
const SIMPLIFIED: &str = "关于印发2022年重点工作任务分解的通知
各县（市、区）人民政府：
现将任务分解印发给你们，请认真贯彻落实。
2022年4月26日
全文
一、重点任务
（一）提升政务服务
1.推进大厅智能化。推进各级大厅智能化设备应用。（6月底完成）
责任单位：市民政局
2.拓展评价渠道。继续拓展评价渠道和范围（0.5分）（持续推进）。
责任单位：市民政局
3.建设数据平台。2019年1月1日至12月31日开展专项行动，7月底前完成项目前期手续。
责任单位：市财政局
4.完善信用平台。完善信用平台功能。
责任单位：市财政局
完成时限：2023年底
5.建设物价平台。建设全市物价信息服务平台。
继续完善平台各项功能（2019年6月底前完成）。
责任单位：市财政局
6.推进数据开放。有序开放公共数据。（按进度推进）
责任单位：市财政局
完成时限：按进度推进
另有说明。
7.建设地理信息平台。初步建成全市三维地理空间信息平台。（11月份取得明显成效）
责任单位：市民政局";

/// The same layout in Traditional script with ASCII punctuation, as the Wuzhong source
/// writes, issued on 2022年4月26日 (the info box's date).
const TRADITIONAL: &str = "基本介紹
- 頒布時間:2022年4月26日
全文
一、重點任務
(一)提升政務服務
1.推進大廳智慧化。推進各級大廳智慧化設備應用。(１０月底完成)
責任單位:市民政局
2.拓展評價渠道。繼續拓展評價渠道。(長期堅持)
責任單位:市民政局
3.完善信用平台。完善信用平台功能。
責任單位:市財政局
完成時限:長期堅持
4.建設物價平台。建設物價平台。(年底前完成)
責任單位:市財政局";

/// The deadline of a task, as a tuple to compare: quote, place, year, month, ongoing,
/// year taken from the document.
type Read<'a> = (&'a str, DeadlinePlace, Option<u16>, Option<u8>, bool, bool);

fn read(task: &Task) -> Option<Read<'_>> {
    let d = task.deadline.as_ref()?;
    Some((
        d.quote.as_str(),
        d.place,
        d.year,
        d.month,
        d.ongoing,
        d.year_from_document,
    ))
}

/// The line of the task's text a deadline stands in.
fn line_of<'t>(task: &'t Task, deadline: &TaskDeadline) -> &'t str {
    match deadline.place {
        DeadlinePlace::Title => &task.title,
        DeadlinePlace::Body => &task.body,
        DeadlinePlace::Continuation(i) => &task.continuation[i],
        DeadlinePlace::Closing(i) => &task.closing[i],
        other => panic!("task {} has no {other}", task.number),
    }
}

/// Every task's deadline, each quote checked to stand at its span.
fn deadlines(plan: &Plan) -> Vec<Option<Read<'_>>> {
    plan.tasks()
        .map(|task| {
            if let Some(deadline) = &task.deadline {
                assert_eq!(
                    deadline.span.of(line_of(task, deadline)),
                    Some(deadline.quote.as_str()),
                    "task {}",
                    task.number
                );
            }
            read(task)
        })
        .collect()
}

/// The diagnostics other than bodies of no known kind, by line and kind.
fn findings(plan: &Plan) -> Vec<(usize, DiagnosticKind)> {
    plan.diagnostics()
        .iter()
        .filter(|d| d.kind != DiagnosticKind::UnknownBody)
        .map(|d| (d.line, d.kind))
        .collect()
}

#[test]
fn a_simplified_breakdown_dates_its_tasks() {
    let plan = parse(SIMPLIFIED).unwrap();
    assert_eq!(plan.to_text(), SIMPLIFIED);
    assert_eq!(
        plan.metadata().issue_date.map(|d| d.to_string()).as_deref(),
        Some("2022-04-26")
    );
    use DeadlinePlace::{Body, Closing, Continuation};
    assert_eq!(
        deadlines(&plan),
        [
            // （6月底完成）: June of the document's year.
            Some(("6月底完成", Body, Some(2022), Some(6), false, true)),
            // The score note （0.5分） is none; （持续推进） is ongoing.
            Some(("持续推进", Body, None, None, true, false)),
            // Dates of the prose only: a period of action, a step on the way.
            None,
            // 完成时限：2023年底 after the responsibility line.
            Some(("2023年底", Closing(0), Some(2023), None, false, false)),
            // A note in the second line of the task's text.
            Some((
                "2019年6月底前完成",
                Continuation(0),
                Some(2019),
                Some(6),
                false,
                false
            )),
            // 按进度推进 gives no time, in a note or after the label.
            None,
            // Results by November are the task's deadline.
            Some((
                "11月份取得明显成效",
                Body,
                Some(2022),
                Some(11),
                false,
                true
            )),
        ]
    );
    // The year of tasks 1 and 7 is the document's, said on their lines; task 6's
    // closing lines, which are no deadline, are kept unread, as before.
    assert_eq!(
        findings(&plan),
        [
            (8, DiagnosticKind::DeadlineWithoutYear),
            (22, DiagnosticKind::UnreadText),
            (24, DiagnosticKind::DeadlineWithoutYear),
        ]
    );
    let why = &plan.diagnostics()[0].message;
    assert!(why.contains("`6月底完成`") && why.contains("2022"), "{why}");
}

#[test]
fn a_traditional_breakdown_dates_its_tasks() {
    let plan = parse(TRADITIONAL).unwrap();
    assert_eq!(plan.to_text(), TRADITIONAL);
    use DeadlinePlace::{Body, Closing};
    assert_eq!(
        deadlines(&plan),
        [
            // Full-width digits.
            Some(("１０月底完成", Body, Some(2022), Some(10), false, true)),
            Some(("長期堅持", Body, None, None, true, false)),
            Some(("長期堅持", Closing(0), None, None, true, false)),
            // 年底 alone is the end of the document's year.
            Some(("年底前完成", Body, Some(2022), None, false, true)),
        ]
    );
    // The 完成時限 line is read: nothing is left unread there.
    assert_eq!(
        findings(&plan),
        [
            (6, DiagnosticKind::DeadlineWithoutYear),
            (13, DiagnosticKind::DeadlineWithoutYear),
        ]
    );
}

#[test]
fn without_a_date_of_issue_a_month_has_no_year() {
    let text = "一、重點任務\n1.甲。乙。(6月底完成)\n責任單位:市民政局";
    let plan = parse(text).unwrap();
    let task = plan.task(1).unwrap();
    assert_eq!(
        read(task),
        Some((
            "6月底完成",
            DeadlinePlace::Body,
            None,
            Some(6),
            false,
            false
        ))
    );
    let deadline = task.deadline.as_ref().unwrap();
    assert!(!deadline.is_due_by(u16::MAX));
    assert_eq!(findings(&plan), [(2, DiagnosticKind::DeadlineWithoutYear)]);
    assert!(
        plan.diagnostics()[0].message.contains("not known"),
        "{}",
        plan.diagnostics()[0].message
    );
    assert_eq!(plan.query().due_by(u16::MAX).tasks().count(), 0);
}

#[test]
fn a_written_year_is_no_finding() {
    let text = "一、重點任務\n1.甲。乙。(2022年底前完成)\n責任單位:市民政局";
    let plan = parse(text).unwrap();
    assert_eq!(
        read(plan.task(1).unwrap()),
        Some((
            "2022年底前完成",
            DeadlinePlace::Body,
            Some(2022),
            None,
            false,
            false
        ))
    );
    assert_eq!(findings(&plan), []);
}

#[test]
fn due_by_takes_a_tasks_own_deadline() {
    let plan = parse(SIMPLIFIED).unwrap();
    let due = |year| {
        plan.query()
            .due_by(year)
            .tasks()
            .map(|t| t.number)
            .collect::<Vec<_>>()
    };
    // 2019年6月底前 (5); June and November 2022 (1, 7); 2023年底 (4); never the ongoing
    // task 2 nor the undated 3 and 6.
    assert_eq!(due(2018), Vec::<u16>::new());
    assert_eq!(due(2019), [5]);
    assert_eq!(due(2022), [1, 5, 7]);
    assert_eq!(due(2023), [1, 4, 5, 7]);
    assert_eq!(due(u16::MAX), [1, 4, 5, 7]);
    // With the other conditions, AND as always.
    let led: Vec<u16> = plan
        .query()
        .try_led_by("民政局")
        .unwrap()
        .due_by(2023)
        .tasks()
        .map(|t| t.number)
        .collect();
    assert_eq!(led, [1, 7]);
    // A condition on the targets' quotes is about targets only.
    assert_eq!(plan.query().due_by(2023).quote("平台").tasks().count(), 0);
}

#[test]
fn a_target_due_by_the_year_still_counts() {
    // Task 1's own deadline is ongoing; its target is due by 2025.
    let text = "一、重點任務\n1.甲。到2025年,入學率達到95%。(持續推進)\n責任單位:市民政局";
    let plan = parse(text).unwrap();
    let due: Vec<u16> = plan
        .query()
        .due_by(2025)
        .tasks()
        .map(|t| t.number)
        .collect();
    assert_eq!(due, [1]);
    assert_eq!(plan.query().due_by(2024).tasks().count(), 0);
}

#[test]
fn a_note_in_the_title_gives_its_deadline_and_its_bodies() {
    // A one-sentence task whose note, deadline first, stands before its first `。`.
    let text = "2022年4月14日\n一、重点任务\n1.推进数据共享（6月底完成，牵头考核单位：市财政局、市民政局）。抓好落实。";
    let plan = parse(text).unwrap();
    assert_eq!(plan.to_text(), text);
    let task = plan.task(1).unwrap();
    assert_eq!(
        task.title,
        "推进数据共享（6月底完成，牵头考核单位：市财政局、市民政局）"
    );
    assert_eq!(
        deadlines(&plan),
        [Some((
            "6月底完成",
            DeadlinePlace::Title,
            Some(2022),
            Some(6),
            false,
            true
        ))]
    );
    let leads: Vec<&str> = task.leads().map(|d| d.name()).collect();
    assert_eq!(leads, ["市財政局", "市民政局"]);
    assert!(plan.query().due_by(2022).tasks().any(|t| t.number == 1));
    // The year comes from the date of issue, which the diagnostics say.
    assert_eq!(findings(&plan), [(3, DiagnosticKind::DeadlineWithoutYear)]);
    let again = Plan::from_json(&plan.to_json().unwrap()).unwrap();
    assert_eq!(again, plan);
}

#[test]
fn json_keeps_the_deadlines_and_loading_checks_them() {
    let plan = parse(SIMPLIFIED).unwrap();
    let json = plan.to_json().unwrap();
    let again = Plan::from_json(&json).unwrap();
    assert_eq!(again, plan);
    let value: Value = serde_json::from_str(&json).unwrap();
    let tasks = &value["parts"][0]["groups"][0]["tasks"];
    // Left out where there is none.
    assert!(tasks[2].get("deadline").is_none());
    assert_eq!(
        tasks[0]["deadline"],
        serde_json::json!({
            "quote": "6月底完成",
            "place": "body",
            "span": {"start": 45, "end": 58},
            "year": 2022,
            "month": 6,
            "year_from_document": true
        })
    );
    assert_eq!(tasks[1]["deadline"]["ongoing"], true);
    assert_eq!(
        tasks[3]["deadline"]["place"],
        serde_json::json!({"closing": 0})
    );
    assert_eq!(
        tasks[4]["deadline"]["place"],
        serde_json::json!({"continuation": 0})
    );

    // Each field is what the quote reads as.
    let edited = |edit: &dyn Fn(&mut Value)| {
        let mut value = value.clone();
        edit(&mut value["parts"][0]["groups"][0]["tasks"][0]["deadline"]);
        one_broken_invariant(&serde_json::to_string(&value).unwrap())
    };
    let task = "part-1/group-1/task-1";
    for (key, wrong) in [
        ("month", Value::from(7)),
        ("year", Value::from(2023)),
        ("ongoing", Value::from(true)),
        ("year_from_document", Value::from(false)),
    ] {
        let (node, field, kind) = edited(&|d| d[key] = wrong.clone());
        assert_eq!(
            (node.as_str(), field.as_str()),
            (task, format!("deadline.{key}").as_str())
        );
        assert!(matches!(kind, InvalidKind::NotAsRead { .. }), "{kind:?}");
    }
    // The quote stands at its span.
    let (_, field, kind) = edited(&|d| d["span"]["start"] = 42.into());
    assert_eq!(field, "deadline.quote");
    assert!(
        matches!(kind, InvalidKind::QuoteNotAtSpan { .. }),
        "{kind:?}"
    );
    let (_, field, kind) = edited(&|d| d["span"]["end"] = 10_000.into());
    assert_eq!(field, "deadline.span");
    assert!(
        matches!(kind, InvalidKind::SpanOutsideText { .. }),
        "{kind:?}"
    );
    // The quote reads as a deadline.
    let (_, field, kind) = edited(&|d| {
        d["quote"] = "推进各级".into();
        d["span"] = serde_json::json!({"start": 0, "end": 12});
    });
    assert_eq!(field, "deadline.quote");
    assert!(
        matches!(kind, InvalidKind::DeadlineNotInText { .. }),
        "{kind:?}"
    );
    // Its place is a line the task has; a task of this plan is no table row.
    for place in [
        serde_json::json!({"closing": 0}),
        serde_json::json!({"continuation": 3}),
        serde_json::json!({"cell": 0}),
    ] {
        let (_, field, kind) = edited(&|d| d["place"] = place.clone());
        assert_eq!(field, "deadline.place");
        assert!(matches!(kind, InvalidKind::NoSuchPlace { .. }), "{kind:?}");
    }
    // Unknown keys are refused, as everywhere.
    let mut unknown = value.clone();
    unknown["parts"][0]["groups"][0]["tasks"][0]["deadline"]["day"] = 30.into();
    let err = Plan::from_json(&serde_json::to_string(&unknown).unwrap()).unwrap_err();
    assert!(
        matches!(&err, Error::Json { message, .. } if message.contains("day")),
        "{err}"
    );
}

#[test]
fn no_task_of_the_wuzhong_plan_has_a_deadline_of_its_own() {
    // Its notes are `(市、區)`, `(街道)`, `(小)`…, and it has no `完成時限` line: it
    // dates its tasks only through their targets' `到2025年`.
    assert!(plan().tasks().all(|task| task.deadline.is_none()));
    let read = parse(SOURCE_TEXT).unwrap();
    assert!(read.tasks().all(|task| task.deadline.is_none()));
    // And so its JSON, which leaves a task's deadline out when it has none, is as it was.
    let json: Value = serde_json::from_str(PLAN_JSON).unwrap();
    let mut tasks = 0;
    for part in json["parts"].as_array().unwrap() {
        let groups = part["groups"].as_array().unwrap();
        let lists = std::iter::once(&part["tasks"]).chain(groups.iter().map(|g| &g["tasks"]));
        for task in lists.flat_map(|list| list.as_array().unwrap()) {
            assert!(task.get("deadline").is_none(), "{}", task["id"]);
            tasks += 1;
        }
    }
    assert_eq!(tasks, 50);
    assert!(
        !plan()
            .diagnostics()
            .iter()
            .any(|d| d.kind == DiagnosticKind::DeadlineWithoutYear)
    );
    // Its tasks due by a year are those of its targets, as before.
    let due: Vec<u16> = plan()
        .query()
        .due_by(2024)
        .tasks()
        .map(|t| t.number)
        .collect();
    assert_eq!(due, [7]);
}

#[cfg(feature = "cli")]
mod command_line {
    use super::*;

    use super::temp::TempDir;
    use assert_cmd::Command;

    /// Runs the command line, which warns of the years taken from the date of issue on
    /// stderr; gives stdout.
    fn run(args: &[&str]) -> String {
        let output = Command::cargo_bin("wuzhong-plan")
            .unwrap()
            .args(args)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    fn numbers(json: &str) -> Vec<u64> {
        let value: Value = serde_json::from_str(json).unwrap();
        value
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["number"].as_u64().unwrap())
            .collect()
    }

    #[test]
    fn tasks_due_by_finds_a_task_by_its_own_deadline() {
        let dir = TempDir::new("deadlines");
        let file = dir.file("breakdown.txt", SIMPLIFIED);
        let file = file.to_str().unwrap();
        let due = |year: &str| {
            numbers(&run(&[
                "--plan", file, "tasks", "--due-by", year, "--format", "json",
            ]))
        };
        assert_eq!(due("2019"), [5]);
        assert_eq!(due("2022年"), [1, 5, 7]);
        assert_eq!(due("2023"), [1, 4, 5, 7]);

        // The records carry the deadline, in every format.
        let all: Value =
            serde_json::from_str(&run(&["--plan", file, "tasks", "--format", "json"])).unwrap();
        let one = &all[0];
        assert_eq!(one["deadline"], "6月底完成");
        assert_eq!(one["deadline_year"], 2022);
        assert_eq!(one["deadline_month"], 6);
        assert_eq!(one["deadline_ongoing"], false);
        assert_eq!(one["deadline_year_from_document"], true);
        let two = &all[1];
        assert_eq!(two["deadline"], "持续推进");
        assert!(two["deadline_year"].is_null());
        assert_eq!(two["deadline_ongoing"], true);
        let three = &all[2];
        assert!(three["deadline"].is_null() && three["deadline_ongoing"].is_null());

        let csv = run(&["--plan", file, "tasks", "--format", "csv"]);
        let mut lines = csv.lines();
        assert!(lines.next().unwrap().ends_with(
            ",deadline,deadline_year,deadline_month,deadline_ongoing,deadline_year_from_document,label,level,annex,lead_level,parties"
        ));
        assert!(
            lines
                .next()
                .unwrap()
                .contains(",6月底完成,2022,6,false,true,1.,3,,")
        );
        assert!(
            lines
                .next()
                .unwrap()
                .contains(",持续推进,,,true,false,2.,3,,")
        );
        assert!(lines.next().unwrap().contains(",,,,,,3.,3,,"));

        let table = run(&["--plan", file, "tasks", "--format", "table"]);
        let header = table.lines().next().unwrap();
        assert!(header.ends_with("deadline"), "{header}");
        assert!(table.lines().nth(1).unwrap().ends_with("6月底完成"));
        let markdown = run(&["--plan", file, "tasks", "--format", "markdown"]);
        assert!(markdown.starts_with("| # | title | lead | domains | deadline |"));
        assert!(markdown.contains("| 2023年底 |"));

        let detail = run(&["--plan", file, "task", "1", "--format", "table"]);
        assert!(
            detail
                .lines()
                .any(|l| l.starts_with("deadline") && l.ends_with("6月底完成 (2022-06)")),
            "{detail}"
        );
    }

    #[test]
    fn the_embedded_plans_tables_have_no_deadline_column() {
        let table = run(&["tasks", "--format", "table"]);
        assert!(!table.lines().next().unwrap().contains("deadline"));
    }

    #[test]
    fn strict_refuses_a_year_taken_from_the_date_of_issue() {
        // Every finding of the reading makes `--strict` refuse, this one too.
        let dir = TempDir::new("deadlines-strict");
        let text = "基本介紹\n- 頒布時間:2022年4月26日\n全文\n一、重點任務\n\
                    1.甲。乙。(6月底完成)\n責任單位:市民政局";
        let file = dir.file("month.txt", text);
        let file = file.to_str().unwrap();
        let output = Command::cargo_bin("wuzhong-plan")
            .unwrap()
            .args(["--strict", "--plan", file, "tasks"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains("`6月底完成`"), "{stderr}");
        // With the year written, nothing is found, and nothing refused.
        let file = dir.file("year.txt", text.replace("6月底", "2022年6月底"));
        run(&["--strict", "--plan", file.to_str().unwrap(), "tasks"]);
    }
}

//! Hand-made inputs that break the genre's rules. None is refused for its shape: each
//! reads into a plan, renders back byte for byte, keeps what does not fit the structure
//! found as text on its line, and says so with a diagnostic on that line, which
//! `--strict` on the command line makes an error. Numbers are kept as written, in any
//! sequence. Only what is no text of the genre at all (an empty text, line endings
//! mixed) is an error, on its line. None panics.

use wuzhong_plan::{DiagnosticKind, ParseErrorKind, Plan, SOURCE_TEXT, parse};

#[cfg(feature = "cli")]
#[path = "common/temp.rs"]
mod temp;

/// A small, well-formed plan of the genre, which the broken inputs below change.
const GOOD: &str = "\
前言。
一、主要目標
到2025年,目標。
二、重點任務
(一)第一組
1.甲。正文。
責任單位:市民政局
2.乙。正文。
責任單位:市財政局
(二)第二組
3.丙。正文。
責任單位:市教育局
三、組織實施
4.丁。正文。";

/// What GOOD reads as: each part, group and task by its id, with its number as the
/// text writes it and its title.
const GOOD_NODES: &[(&str, &str)] = &[
    ("part-1", "一、主要目標"),
    ("part-2", "二、重點任務"),
    ("part-2/group-1", "(一)第一組"),
    ("part-2/group-1/task-1", "1.甲"),
    ("part-2/group-1/task-2", "2.乙"),
    ("part-2/group-2", "(二)第二組"),
    ("part-2/group-2/task-3", "3.丙"),
    ("part-3", "三、組織實施"),
    ("part-3/task-4", "4.丁"),
];

fn error_of(text: &str) -> (usize, ParseErrorKind) {
    let err = parse(text).expect_err("the input is no text of the genre");
    (err.line, err.kind)
}

/// Parses `text`, which must read and render back byte for byte.
fn read(text: &str) -> Plan {
    let plan = parse(text).unwrap_or_else(|err| panic!("{err}\n{text}"));
    assert_eq!(plan.to_text(), text, "the text does not render back");
    plan
}

/// The plan's parts, groups and tasks in the text's order: each node's id, and its
/// number as the text writes it followed by its title.
fn nodes(plan: &Plan) -> Vec<(String, String)> {
    let mut nodes = Vec::new();
    for part in plan.parts() {
        nodes.push((part.id.clone(), part.heading()));
        let tasks = |tasks: &[wuzhong_plan::Task], nodes: &mut Vec<(String, String)>| {
            for task in tasks {
                nodes.push((task.id.clone(), format!("{}{}", task.label(), task.title)));
            }
        };
        tasks(&part.tasks, &mut nodes);
        for group in &part.groups {
            nodes.push((group.id.clone(), group.heading()));
            tasks(&group.tasks, &mut nodes);
        }
    }
    nodes
}

fn owned(nodes: &[(&str, &str)]) -> Vec<(String, String)> {
    nodes
        .iter()
        .map(|&(id, heading)| (id.to_owned(), heading.to_owned()))
        .collect()
}

/// Every diagnostic of the plan by its line and kind, in the order of the lines (and
/// of the kinds' names on one line).
fn findings(plan: &Plan) -> Vec<(usize, DiagnosticKind)> {
    let mut found: Vec<(usize, DiagnosticKind)> = plan
        .diagnostics()
        .iter()
        .map(|d| (d.line, d.kind))
        .collect();
    found.sort_by_key(|&(line, kind)| (line, kind.to_string()));
    found
}

/// The command line reads `text` as a `--plan` file: with `--strict`, it is refused
/// (exit code 1, nothing on stdout) with an error on each line of `lines`; without any
/// line, it is read as under no `--strict`.
#[cfg(feature = "cli")]
fn strict(text: &str, lines: &[usize]) {
    let dir = temp::TempDir::new("wuzhong-plan-broken");
    let path = dir.file("plan.txt", text);
    let file = path.to_str().unwrap();
    let output = assert_cmd::Command::cargo_bin("wuzhong-plan")
        .unwrap()
        .args(["--strict", "--plan", file, "tasks", "--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    if lines.is_empty() {
        assert_eq!(output.status.code(), Some(0), "{stderr}");
        assert!(stderr.is_empty(), "{stderr}");
        return;
    }
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(output.stdout.is_empty(), "printed to stdout under --strict");
    for line in lines {
        let at = format!("error: {file}:{line}: ");
        assert!(
            stderr.lines().any(|l| l.starts_with(&at)),
            "no error on line {line}: {stderr}"
        );
    }
}

#[cfg(not(feature = "cli"))]
fn strict(_text: &str, _lines: &[usize]) {}

#[test]
fn the_good_plan_parses() {
    let plan = read(GOOD);
    assert_eq!(plan.tasks().len(), 4);
    assert_eq!(nodes(&plan), owned(GOOD_NODES));
    assert_eq!(findings(&plan), []);
    strict(GOOD, &[]);
}

/// A gap in the numbering (a publisher's cut, `（本文有删减）`) is kept as written:
/// the task's place is its ordinal, its number the one the text writes.
#[test]
fn a_skipped_task_number_is_kept_as_written() {
    let text = GOOD.replace("3.丙", "4.丙");
    let plan = read(&text);
    let mut expected = owned(GOOD_NODES);
    expected[6].1 = "4.丙".to_owned();
    assert_eq!(nodes(&plan), expected);
    let third = plan.task(3).unwrap();
    assert_eq!((third.written, third.written_number()), (Some(4), Some(4)));
    assert_eq!(plan.task(4).unwrap().written, None);
    // Two tasks write `4.`: a reference to 4 is ambiguous, and finds none.
    let fours: Vec<&str> = plan.tasks_numbered(4).map(|t| t.id.as_str()).collect();
    assert_eq!(fours, ["part-2/group-2/task-3", "part-3/task-4"]);
    assert!(plan.task_by_reference("4").is_none());
    assert_eq!(findings(&plan), []);
    strict(&text, &[]);
}

#[test]
fn a_repeated_task_number_is_kept_as_written() {
    let text = GOOD.replace("2.乙", "1.乙");
    let plan = read(&text);
    let mut expected = owned(GOOD_NODES);
    expected[4].1 = "1.乙".to_owned();
    assert_eq!(nodes(&plan), expected);
    let ones: Vec<u16> = plan.tasks_numbered(1).map(|t| t.number).collect();
    assert_eq!(ones, [1, 2]);
    assert_eq!(
        plan.task(2).unwrap().lead(),
        Some(wuzhong_plan::Department::Finance)
    );
    assert_eq!(findings(&plan), []);
    strict(&text, &[]);
}

/// `02.` writes no number a task can keep (it would render back `2.`): the line and the
/// responsibility line after it are kept as task 1's closing text, each with a
/// diagnostic, and the tasks after them are numbered on.
#[test]
fn a_task_number_with_a_leading_zero_is_kept_as_text() {
    let text = GOOD.replace("2.乙", "02.乙");
    let plan = read(&text);
    assert_eq!(
        nodes(&plan),
        owned(&[
            ("part-1", "一、主要目標"),
            ("part-2", "二、重點任務"),
            ("part-2/group-1", "(一)第一組"),
            ("part-2/group-1/task-1", "1.甲"),
            ("part-2/group-2", "(二)第二組"),
            ("part-2/group-2/task-2", "3.丙"),
            ("part-3", "三、組織實施"),
            ("part-3/task-3", "4.丁"),
        ])
    );
    assert_eq!(
        plan.task(1).unwrap().closing,
        ["02.乙。正文。", "責任單位:市財政局"]
    );
    assert_eq!(
        findings(&plan),
        [
            (8, DiagnosticKind::Unplaced),
            (8, DiagnosticKind::UnreadText),
            (9, DiagnosticKind::Unplaced),
        ]
    );
    let eight = plan
        .diagnostics()
        .iter()
        .find(|d| d.line == 8 && d.kind == DiagnosticKind::Unplaced)
        .unwrap();
    assert!(
        eight.message.contains("`02` is not a task number"),
        "{eight}"
    );
    strict(&text, &[8, 9]);
}

/// A part may hold groups whatever its kind: the objectives part's `(一)` is a group,
/// with no task.
#[test]
fn a_group_in_the_objectives_part_is_a_group() {
    let text = GOOD.replace("到2025年,目標。", "(一)目標組");
    let plan = read(&text);
    let mut expected = owned(GOOD_NODES);
    expected.insert(1, ("part-1/group-1".to_owned(), "(一)目標組".to_owned()));
    assert_eq!(nodes(&plan), expected);
    assert!(plan.part(1).unwrap().paragraphs.is_empty());
    assert_eq!(findings(&plan), []);
    strict(&text, &[]);
}

#[test]
fn a_group_in_the_implementation_part_holds_its_tasks() {
    let text = GOOD.replace("三、組織實施\n", "三、組織實施\n(一)保障組\n");
    let plan = read(&text);
    let mut expected = owned(GOOD_NODES);
    expected[8] = ("part-3/group-1".to_owned(), "(一)保障組".to_owned());
    expected.push(("part-3/group-1/task-4".to_owned(), "4.丁".to_owned()));
    assert_eq!(nodes(&plan), expected);
    // The implementation part's tasks fall to all: none is reported for naming no one.
    assert_eq!(findings(&plan), []);
    strict(&text, &[]);
}

/// Before the first part heading of a document whose parts have headings, a group
/// heading is front matter, not a part: the parts keep their places.
#[test]
fn a_group_heading_before_the_first_part_is_front_matter() {
    let text = GOOD.replace("前言。", "(一)前言組");
    let plan = read(&text);
    assert_eq!(plan.preamble(), ["(一)前言組"]);
    assert_eq!(nodes(&plan), owned(GOOD_NODES));
    assert_eq!(findings(&plan), [(1, DiagnosticKind::Unplaced)]);
    strict(&text, &[1]);
}

#[test]
fn a_task_before_the_first_part_is_front_matter() {
    let text = format!("1.甲。正文。\n{GOOD}");
    let plan = read(&text);
    assert_eq!(plan.preamble(), ["1.甲。正文。", "前言。"]);
    assert_eq!(nodes(&plan), owned(GOOD_NODES));
    assert_eq!(findings(&plan), [(1, DiagnosticKind::Unplaced)]);
    strict(&text, &[1]);
}

#[test]
fn a_responsibility_line_after_a_group_heading_is_kept_as_the_groups_text() {
    let text = GOOD.replace("(二)第二組\n", "(二)第二組\n責任單位:市民政局\n");
    let plan = read(&text);
    assert_eq!(nodes(&plan), owned(GOOD_NODES));
    assert_eq!(plan.group(2, 2).unwrap().paragraphs, ["責任單位:市民政局"]);
    assert_eq!(
        plan.task(3).unwrap().lead(),
        Some(wuzhong_plan::Department::Education)
    );
    assert_eq!(findings(&plan), [(11, DiagnosticKind::Unplaced)]);
    strict(&text, &[11]);
}

#[test]
fn a_responsibility_line_in_the_preamble_is_kept_as_the_preamble() {
    let text = GOOD.replace("前言。", "責任單位:市民政局");
    let plan = read(&text);
    assert_eq!(plan.preamble(), ["責任單位:市民政局"]);
    assert_eq!(nodes(&plan), owned(GOOD_NODES));
    assert_eq!(findings(&plan), [(1, DiagnosticKind::Unplaced)]);
    strict(&text, &[1]);
}

/// A task may have a `牽頭單位:` line and a `配合單位:` one, but a second line of the
/// same label is kept as text after them.
#[test]
fn a_second_responsibility_line_of_one_label_is_kept_as_text() {
    let text = GOOD.replace("責任單位:市財政局", "責任單位:市財政局\n責任單位:市民政局");
    let plan = read(&text);
    assert_eq!(nodes(&plan), owned(GOOD_NODES));
    let two = plan.task(2).unwrap();
    assert_eq!(two.responsibility.as_ref().unwrap().text, "市財政局");
    assert!(two.further_responsibility.is_empty());
    assert_eq!(two.closing, ["責任單位:市民政局"]);
    assert_eq!(
        findings(&plan),
        [
            (10, DiagnosticKind::Unplaced),
            (10, DiagnosticKind::UnreadText)
        ]
    );
    strict(&text, &[10]);
}

/// A responsibility line that names no one is no responsibility: it is kept as the
/// task's text, and the task names no one.
#[test]
fn a_responsibility_line_that_names_no_one_is_kept_as_text() {
    let text = GOOD.replace("責任單位:市財政局", "責任單位: ");
    let plan = read(&text);
    assert_eq!(nodes(&plan), owned(GOOD_NODES));
    let two = plan.task(2).unwrap();
    assert!(two.responsibility.is_none());
    assert_eq!(two.continuation, ["責任單位: "]);
    assert_eq!(
        findings(&plan),
        [
            (8, DiagnosticKind::NoResponsibility),
            (9, DiagnosticKind::UnreadResponsibility)
        ]
    );
    strict(&text, &[8, 9]);
}

/// A task, part or group heading with nothing after its number has no title to keep:
/// it is kept as text, and what follows it stands where the text before it did.
#[test]
fn a_task_with_an_empty_title_is_kept_as_text() {
    let text = GOOD.replace("2.乙。", "2.。");
    let plan = read(&text);
    assert_eq!(
        nodes(&plan),
        owned(&[
            ("part-1", "一、主要目標"),
            ("part-2", "二、重點任務"),
            ("part-2/group-1", "(一)第一組"),
            ("part-2/group-1/task-1", "1.甲"),
            ("part-2/group-2", "(二)第二組"),
            ("part-2/group-2/task-2", "3.丙"),
            ("part-3", "三、組織實施"),
            ("part-3/task-3", "4.丁"),
        ])
    );
    assert_eq!(
        plan.task(1).unwrap().closing,
        ["2.。正文。", "責任單位:市財政局"]
    );
    assert_eq!(
        findings(&plan),
        [
            (8, DiagnosticKind::Unplaced),
            (8, DiagnosticKind::UnreadText),
            (9, DiagnosticKind::Unplaced),
        ]
    );
    strict(&text, &[8, 9]);
}

#[test]
fn a_part_heading_with_an_empty_title_is_kept_as_text() {
    let text = GOOD.replace("三、組織實施", "三、");
    let plan = read(&text);
    // Task 4 stands in group (二), after `三、`, and so names no one.
    assert_eq!(
        nodes(&plan),
        owned(&[
            ("part-1", "一、主要目標"),
            ("part-2", "二、重點任務"),
            ("part-2/group-1", "(一)第一組"),
            ("part-2/group-1/task-1", "1.甲"),
            ("part-2/group-1/task-2", "2.乙"),
            ("part-2/group-2", "(二)第二組"),
            ("part-2/group-2/task-3", "3.丙"),
            ("part-2/group-2/task-4", "4.丁"),
        ])
    );
    assert_eq!(plan.task(3).unwrap().closing, ["三、"]);
    assert_eq!(
        findings(&plan),
        [
            (13, DiagnosticKind::Unplaced),
            (13, DiagnosticKind::UnreadText),
            (14, DiagnosticKind::NoResponsibility),
        ]
    );
    strict(&text, &[13, 14]);
}

#[test]
fn a_group_heading_with_an_empty_title_is_kept_as_text() {
    let text = GOOD.replace("(二)第二組", "(二)");
    let plan = read(&text);
    assert_eq!(
        nodes(&plan),
        owned(&[
            ("part-1", "一、主要目標"),
            ("part-2", "二、重點任務"),
            ("part-2/group-1", "(一)第一組"),
            ("part-2/group-1/task-1", "1.甲"),
            ("part-2/group-1/task-2", "2.乙"),
            ("part-2/group-1/task-3", "3.丙"),
            ("part-3", "三、組織實施"),
            ("part-3/task-4", "4.丁"),
        ])
    );
    assert_eq!(plan.task(2).unwrap().closing, ["(二)"]);
    assert_eq!(
        findings(&plan),
        [
            (10, DiagnosticKind::Unplaced),
            (10, DiagnosticKind::UnreadText)
        ]
    );
    strict(&text, &[10]);
}

#[test]
fn parts_numbered_out_of_sequence_are_kept_as_written() {
    let text = GOOD.replace("三、組織實施", "四、組織實施");
    let plan = read(&text);
    let mut expected = owned(GOOD_NODES);
    expected[7].1 = "四、組織實施".to_owned();
    assert_eq!(nodes(&plan), expected);
    let third = plan.part(3).unwrap();
    assert_eq!((third.written, third.written_number()), (Some(4), 4));
    assert_eq!(findings(&plan), []);
    strict(&text, &[]);
}

#[test]
fn groups_numbered_out_of_sequence_are_kept_as_written() {
    let text = GOOD.replace("(二)第二組", "(三)第二組");
    let plan = read(&text);
    let mut expected = owned(GOOD_NODES);
    expected[5].1 = "(三)第二組".to_owned();
    assert_eq!(nodes(&plan), expected);
    let second = plan.group(2, 2).unwrap();
    assert_eq!((second.written, second.written_number()), (Some(3), 3));
    assert_eq!(findings(&plan), []);
    strict(&text, &[]);
}

/// `(二）` opens with one bracket and closes with the other, which no group heading
/// writes back: it is kept as text, and task 3 stands in group (一).
#[test]
fn a_group_heading_with_mismatched_brackets_is_kept_as_text() {
    let text = GOOD.replace("(二)第二組", "(二）第二組");
    let plan = read(&text);
    assert_eq!(
        nodes(&plan),
        owned(&[
            ("part-1", "一、主要目標"),
            ("part-2", "二、重點任務"),
            ("part-2/group-1", "(一)第一組"),
            ("part-2/group-1/task-1", "1.甲"),
            ("part-2/group-1/task-2", "2.乙"),
            ("part-2/group-1/task-3", "3.丙"),
            ("part-3", "三、組織實施"),
            ("part-3/task-4", "4.丁"),
        ])
    );
    assert_eq!(plan.task(2).unwrap().closing, ["(二）第二組"]);
    assert_eq!(
        findings(&plan),
        [
            (10, DiagnosticKind::Unplaced),
            (10, DiagnosticKind::UnreadText)
        ]
    );
    strict(&text, &[10]);
}

/// Prose after a responsibility line (a `完成時限:` line of a breakdown) is kept with
/// its task, unread, and reported: it no longer refuses the text.
#[test]
fn prose_after_a_responsibility_line() {
    let text = GOOD.replace("責任單位:市民政局\n", "責任單位:市民政局\n另有說明。\n");
    let plan = wuzhong_plan::parse(&text).unwrap();
    assert_eq!(plan.to_text(), text);
    assert_eq!(plan.task(1).unwrap().closing, ["另有說明。"]);
    let unread: Vec<(usize, DiagnosticKind)> = plan
        .diagnostics()
        .iter()
        .map(|d| (d.line, d.kind))
        .filter(|(_, kind)| *kind == DiagnosticKind::UnreadText)
        .collect();
    assert_eq!(unread, [(8, DiagnosticKind::UnreadText)]);
}

#[test]
fn mixed_line_endings() {
    let text = GOOD.replacen('\n', "\r\n", 3);
    let (line, kind) = error_of(&text);
    assert_eq!(line, 4);
    assert!(
        matches!(kind, ParseErrorKind::MixedLineEndings { .. }),
        "{kind:?}"
    );
}

/// GOOD with each line ended by `usual`, except line `n`, ended by `odd`.
fn with_break(usual: &str, n: usize, odd: &str) -> String {
    let mut text = String::new();
    for (i, line) in GOOD.lines().enumerate() {
        text.push_str(line);
        text.push_str(if i + 1 == n { odd } else { usual });
    }
    text
}

/// Every line break is the kind the first one sets: a `\r` or `\n` of another kind is
/// refused on the line it ends, naming both kinds.
#[test]
fn line_breaks_of_another_kind() {
    for (usual, n, odd, expected, found) in [
        ("\n", 4, "\r\n", "`\\n`", "`\\r\\n`"),
        ("\n", 2, "\r", "`\\n`", "`\\r`"),
        ("\r", 3, "\n", "`\\r`", "`\\n`"),
        ("\r", 5, "\r\n", "`\\r`", "`\\r\\n`"),
        ("\r\n", 2, "\n", "`\\r\\n`", "`\\n`"),
        ("\r\n", 6, "\r", "`\\r\\n`", "`\\r`"),
    ] {
        let text = with_break(usual, n, odd);
        assert_eq!(
            error_of(&text),
            (n, ParseErrorKind::MixedLineEndings { expected, found }),
            "{text:?}"
        );
    }
    // The same text with one kind throughout parses, whichever kind it is.
    for usual in ["\n", "\r\n", "\r"] {
        let text = with_break(usual, 0, usual);
        assert_eq!(wuzhong_plan::parse(&text).map(|p| p.to_text()), Ok(text));
    }
}

#[test]
fn an_empty_text() {
    assert_eq!(error_of(""), (1, ParseErrorKind::EmptyDocument));
}

/// A text with neither a part heading nor a task is all front matter. The diagnostic
/// that says so stands on the first line that looks like a heading written otherwise
/// (`一.`, `第一部分`), or else on the first line: not on the last line of the text.
#[test]
fn a_text_without_parts_or_tasks_is_all_front_matter() {
    for (text, preamble, line) in [
        ("前言。\n結語。", &["前言。", "結語。"][..], 1),
        (
            "前言。\n\n一.總體要求\n正文。\n二.重點任務\n結語。",
            &["前言。", "一.總體要求", "正文。", "二.重點任務", "結語。"][..],
            3,
        ),
        (
            "　　前言。\n第一部分 總體要求\n結語。",
            &["前言。", "第一部分 總體要求", "結語。"][..],
            2,
        ),
    ] {
        let plan = read(text);
        assert_eq!(plan.preamble(), preamble, "{text}");
        assert_eq!(plan.parts().len(), 0, "{text}");
        assert_eq!(plan.tasks().len(), 0, "{text}");
        assert_eq!(findings(&plan), [(line, DiagnosticKind::NoTasks)], "{text}");
        strict(text, &[line]);
    }
}

/// Lines 45 and 46 of the source are task 17 and its responsibility line, the first
/// task of group (二) on line 44.
#[test]
fn the_source_without_task_17() {
    let lines: Vec<&str> = SOURCE_TEXT.split('\n').collect();
    assert!(lines[44].starts_with("17.發展優質普惠托育服務。"));

    // Without its line, task 17's responsibility line follows group (二)'s heading: it
    // is kept as the group's text, and task 18 is the plan's 17th.
    let without_task_line: Vec<&str> = lines
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != 44)
        .map(|(_, l)| *l)
        .collect();
    let text = without_task_line.join("\n");
    let plan = read(&text);
    assert_eq!(plan.tasks().len(), 49);
    let group = plan.group(2, 2).unwrap();
    assert_eq!(group.paragraphs, [lines[45]]);
    let seventeenth = plan.task(17).unwrap();
    assert_eq!(
        (seventeenth.id.as_str(), seventeenth.label().as_str()),
        ("part-2/group-2/task-17", "18.")
    );
    assert!(seventeenth.title.starts_with("提升托育服務質量"));
    assert_eq!(findings(&plan), [(45, DiagnosticKind::Unplaced)]);
    strict(&text, &[45]);

    // Without both, nothing is out of place: the tasks after it keep their numbers as
    // written, one past their places.
    let without_task: Vec<&str> = lines
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != 44 && i != 45)
        .map(|(_, l)| *l)
        .collect();
    let text = without_task.join("\n");
    let plan = read(&text);
    assert_eq!(plan.tasks().len(), 49);
    let written: Vec<Option<u16>> = plan.tasks().map(|t| t.written_number()).collect();
    let expected: Vec<Option<u16>> = (1..=16).chain(18..=50).map(Some).collect();
    assert_eq!(written, expected);
    assert!(plan.task_by_reference("17").is_none());
    assert_eq!(plan.task_by_reference("18").map(|t| t.number), Some(17));
    assert_eq!(findings(&plan), []);
    strict(&text, &[]);
}

/// A diagnostic names its line and quotes what it kept; an error names its line and
/// quotes its start.
#[test]
fn diagnostics_and_errors_name_the_line_and_quote_it() {
    let text = GOOD.replace("2.乙", "02.乙");
    let plan = read(&text);
    let first = plan.diagnostics().first().unwrap();
    assert_eq!(
        first.to_string(),
        "line 8: `02.乙。正文。` opens like a heading or a task but is none (`02` is not a task \
         number: expected digits without leading zeros, at most 65535): it is kept as text on \
         its line"
    );
    let text = GOOD.replacen('\n', "\r\n", 3);
    assert_eq!(
        parse(&text).unwrap_err().to_string(),
        "line 4: the line ends with `\\n` but the text's first line ends with `\\r\\n` (at `二、重點任務`)"
    );
}

/// A line of the notice shaped as an info box's entry, before the box's heading, is the
/// notice's: only after `基本介紹` does such a line read as an entry, so the text reads
/// back as it was, and nothing is refused or reported.
#[test]
fn a_notice_line_shaped_as_an_info_entry_is_the_notices() {
    let notice: String = (1..=11).map(|i| format!("通知第{i}行。\n")).collect();
    let text = format!(
        "{notice}- 頒布時間:2022年4月26日\n基本介紹\n- 發布單位:吳忠市人民政府辦公室\n全文\n{GOOD}"
    );
    let plan = read(&text);
    assert_eq!(plan.notice().len(), 12);
    assert_eq!(plan.notice()[11], "- 頒布時間:2022年4月26日");
    assert_eq!(plan.info_box().map(|b| b.entries.len()), Some(1));
    assert_eq!(plan.to_text(), text);
}

#[test]
fn a_second_info_heading_after_the_box_is_on_its_own_line() {
    // Without a `全文` line, the preamble's first line after the box is a second
    // `基本介紹`, which would read as the box's heading.
    let text = format!("通知。\n基本介紹\n- 發布單位:吳忠市人民政府辦公室\n基本介紹\n{GOOD}");
    let err = parse(&text).expect_err("the preamble reads as the box");
    assert_eq!((err.line, err.excerpt.as_str()), (4, "基本介紹"), "{err}");
    let ParseErrorKind::Invalid(problems) = &err.kind else {
        panic!("expected the validation's refusal, got {:?}", err.kind);
    };
    assert_eq!(
        (problems[0].node.as_str(), problems[0].field.as_str()),
        ("preamble", "preamble[0]")
    );
}

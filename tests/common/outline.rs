//! The outline of a plan as a reader writes it down: each task's place among the plan's
//! tasks, its number as written, the annex, part and group it stands in, its level and
//! its title; the parts, groups and annexes; and each task's deadline. The tables the
//! tests hold are written by reading the documents, and these functions compare them
//! with what [`wuzhong_plan::parse`] reads, after checking the byte-for-byte round trip.
//!
//! Used by `tests/whole_documents.rs` (the real documents of `../shared/corpus`) and
//! `tests/structures.rs` (the hand-made fixtures of `tests/fixtures/structure/`).

#![allow(dead_code)] // each test binary uses part of it

use wuzhong_plan::{Part, Plan, Task, TaskGroup};

/// One task, in document order: its ordinal (1, 2, 3 … across the whole plan), its
/// number as written (`（三）`, `1．`, `21` for table row 21, `一、`, `` for a task the
/// text does not number), the annex it stands in (`None` in the main document), the
/// written number of its part (`二`; `""` for a task in no headed part), the written
/// number of its group (`（一）`), its level, and its title: its text up to its first
/// `。`, without it, or a table row's task cell.
pub type TaskRow = (
    u16,
    &'static str,
    Option<u8>,
    &'static str,
    Option<&'static str>,
    u8,
    &'static str,
);

/// One part, in document order: its ordinal among the plan's parts, its number as
/// written (`一`; `""` for a headless part), the annex it stands in, and its title (the
/// text after `一、`).
pub type PartRow = (u8, &'static str, Option<u8>, &'static str);

/// One task group, in document order: the ordinal of its part, its position in the
/// part, its number as written (`（一）`), and its title (up to the first `。`).
pub type GroupRow = (u8, u8, &'static str, &'static str);

/// One annex: its number, its heading line (`附件1`, `附件`) and its title (the first
/// line after the heading).
pub type AnnexRow = (u8, &'static str, &'static str);

/// One task's deadline: the task's ordinal, the quote as written (`6月底完成`,
/// `2022年底前`, `持续推进`), the year, the month (`None`: the year's end, or no date),
/// whether it is ongoing (no date: `持续推进`, `长期坚持`), and whether the year was
/// taken from the document's date because the text gives only a month.
pub type DeadlineRow = (u16, &'static str, Option<u16>, Option<u8>, bool, bool);

/// Parses `text`, which must give a plan that renders back to it byte for byte.
pub fn parse(name: &str, text: &str) -> Plan {
    let plan = wuzhong_plan::parse(text).unwrap_or_else(|err| panic!("{name} is refused: {err:?}"));
    assert!(
        plan.to_text() == text,
        "{name} does not render back byte for byte"
    );
    plan
}

/// The Chinese numeral of 1–99 as a heading writes it: `一`, `十`, `十七`, `二十三`.
pub fn numeral(value: u16) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    assert!((1..100).contains(&value), "no numeral for {value} here");
    let (tens, units) = (usize::from(value / 10), usize::from(value % 10));
    let tens = match tens {
        0 => String::new(),
        1 => "十".to_owned(),
        _ => format!("{}十", DIGITS[tens]),
    };
    format!("{tens}{}", DIGITS[units])
}

/// The value a written number states, read back from the labels of the tables above:
/// `（十七）` 17, `1．` 1, `21` 21, `⑤` 5, `一、` 1; `None` for `""`.
pub fn value_of_label(label: &str) -> Option<u16> {
    const CIRCLED: &str = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    let digits: String = label.chars().filter(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        return digits.parse().ok();
    }
    if let Some(at) = CIRCLED.chars().position(|c| label.contains(c)) {
        return u16::try_from(at + 1).ok();
    }
    (1..100).rev().find(|&value| {
        let numeral = numeral(value);
        label.contains(&format!("（{numeral}）"))
            || label.contains(&format!("({numeral})"))
            || label.starts_with(&format!("{numeral}、"))
            || label == numeral
    })
}

/// A part's number as its heading writes it: `三`; `""` for a headless part.
pub fn part_label(part: &Part) -> String {
    if part.headless {
        String::new()
    } else {
        numeral(u16::from(part.written.unwrap_or(part.number)))
    }
}

/// A group's number as its heading writes it: `（三）`, `(三)`, or in its marker's style.
pub fn group_label(group: &TaskGroup) -> String {
    let value = u16::from(group.written.unwrap_or(group.number));
    match group.marker {
        Some(marker) => marker.label(value),
        None => format!(
            "{}{}{}",
            group.brackets.open(),
            numeral(value),
            group.brackets.close()
        ),
    }
}

/// The part task `task` stands in, which the plan must have.
pub fn part_of<'p>(name: &str, plan: &'p Plan, task: &Task) -> &'p Part {
    plan.part(task.part)
        .unwrap_or_else(|| panic!("{name}: task {} is in no part {}", task.number, task.part))
}

/// Every task of the plan against `rows`, in order: ordinal, number as written (and its
/// value: `written` is set only where it is not the ordinal), annex, part, group, level
/// and title.
pub fn check_tasks(name: &str, plan: &Plan, rows: &[TaskRow]) {
    let ordinals: Vec<u16> = plan.tasks().map(|task| task.number).collect();
    let wanted: Vec<u16> = rows.iter().map(|row| row.0).collect();
    assert_eq!(ordinals, wanted, "{name}: the tasks' ordinals");
    for (task, row) in plan.tasks().zip(rows) {
        let &(ordinal, label, annex, part, group, level, title) = row;
        let number = task.number;
        assert_eq!(number, ordinal, "{name}: the ordinal");
        assert_eq!(task.label(), label, "{name}: the label of task {number}");
        let value = value_of_label(label);
        assert_eq!(
            task.written_number(),
            value,
            "{name}: the written number of task {number}"
        );
        let differs = value.filter(|&value| value != ordinal);
        assert_eq!(
            task.written, differs,
            "{name}: task {number}'s `written` is set only where it is not its ordinal"
        );
        let home = part_of(name, plan, task);
        assert_eq!(home.annex, annex, "{name}: the annex of task {number}");
        assert_eq!(
            part_label(home),
            part,
            "{name}: the part of task {number} (ordinal {})",
            task.part
        );
        let group_written = task.group.map(|g| {
            let found = plan.group(task.part, g).unwrap_or_else(|| {
                panic!(
                    "{name}: task {number} is in no group {g} of part {}",
                    task.part
                )
            });
            group_label(found)
        });
        assert_eq!(
            group_written.as_deref(),
            group,
            "{name}: the group of task {number}"
        );
        assert_eq!(
            plan.level_of(task),
            level,
            "{name}: the level of task {number}"
        );
        assert_eq!(task.title, title, "{name}: the title of task {number}");
    }
}

/// Every part of the plan against `rows`, in order.
pub fn check_parts(name: &str, plan: &Plan, rows: &[PartRow]) {
    let read: Vec<(u8, String, Option<u8>, &str)> = plan
        .parts()
        .map(|part| {
            (
                part.number,
                part_label(part),
                part.annex,
                part.title.as_str(),
            )
        })
        .collect();
    let wanted: Vec<(u8, String, Option<u8>, &str)> = rows
        .iter()
        .map(|&(number, label, annex, title)| (number, label.to_owned(), annex, title))
        .collect();
    assert_eq!(read, wanted, "{name}: the parts");
    for part in plan.parts() {
        let written = part.written.unwrap_or(part.number);
        assert!(
            part.written != Some(part.number),
            "{name}: part {}'s `written` is set only where it differs",
            part.number
        );
        assert!(written > 0, "{name}: part {} is written 0", part.number);
    }
}

/// Every task group of the plan against `rows`, in order.
pub fn check_groups(name: &str, plan: &Plan, rows: &[GroupRow]) {
    let read: Vec<(u8, u8, String, &str)> = plan
        .groups()
        .map(|group| {
            (
                group.part,
                group.number,
                group_label(group),
                group.title.as_str(),
            )
        })
        .collect();
    let wanted: Vec<(u8, u8, String, &str)> = rows
        .iter()
        .map(|&(part, number, label, title)| (part, number, label.to_owned(), title))
        .collect();
    assert_eq!(read, wanted, "{name}: the task groups");
}

/// Every annex of the plan against `rows`, in order. Lines are compared without the
/// indentation and trailing spaces some documents carry.
pub fn check_annexes(name: &str, plan: &Plan, rows: &[AnnexRow]) {
    // A loop, so that it reads a slice or an iterator of annexes alike.
    let mut read: Vec<(u8, &str, Option<&str>)> = Vec::new();
    for annex in plan.annexes() {
        read.push((
            annex.number,
            annex.heading.trim(),
            annex.lines.first().map(|line| line.trim()),
        ));
    }
    let wanted: Vec<(u8, &str, Option<&str>)> = rows
        .iter()
        .map(|&(number, heading, title)| (number, heading, Some(title)))
        .collect();
    assert_eq!(read, wanted, "{name}: the annexes");
}

/// The main document's signature block, each line without its spaces around.
pub fn check_signature(name: &str, plan: &Plan, lines: &[&str]) {
    let mut read: Vec<&str> = Vec::new();
    for line in plan.signature() {
        read.push(line.trim());
    }
    assert_eq!(read, lines, "{name}: the signature block");
}

/// Every task's deadline against `rows` (ascending ordinals): a task with no row has
/// none.
pub fn check_deadlines(name: &str, plan: &Plan, rows: &[DeadlineRow]) {
    assert!(
        rows.windows(2).all(|pair| pair[0].0 < pair[1].0),
        "{name}: the table of deadlines is in task order"
    );
    for &(number, ..) in rows {
        assert!(
            plan.task(number).is_some(),
            "{name}: a deadline for task {number}, which the plan does not have"
        );
    }
    for task in plan.tasks() {
        let number = task.number;
        let read = task.deadline.as_ref().map(|deadline| {
            (
                deadline.quote.as_str(),
                deadline.year,
                deadline.month,
                deadline.ongoing,
                deadline.year_from_document,
            )
        });
        let wanted = rows.iter().find(|row| row.0 == number).map(
            |&(_, quote, year, month, ongoing, from_document)| {
                (quote, year, month, ongoing, from_document)
            },
        );
        assert_eq!(read, wanted, "{name}: the deadline of task {number}");
    }
}

/// All of a task's own text: title, body, further lines, closing lines and a table
/// row's cells.
pub fn task_text(task: &Task) -> String {
    let mut text = String::new();
    text.push_str(&task.title);
    text.push('\n');
    text.push_str(&task.body);
    for line in task.continuation.iter().chain(&task.closing) {
        text.push('\n');
        text.push_str(line);
    }
    for cell in &task.row {
        text.push('\n');
        text.push_str(&cell.text);
    }
    text
}

/// Each deadline's quote stands in its task's own text.
pub fn check_quotes_in_text(name: &str, plan: &Plan) {
    for task in plan.tasks() {
        if let Some(deadline) = &task.deadline {
            assert!(
                !deadline.quote.is_empty() && task_text(task).contains(deadline.quote.as_str()),
                "{name}: task {}'s deadline `{}` is not in its text",
                task.number,
                deadline.quote
            );
        }
    }
}

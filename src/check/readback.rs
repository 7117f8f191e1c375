//! The text reads back into the plan: the plan's text, read again, gives the same front
//! matter and the same tree. Each document of the genre numbers its levels its own way,
//! so whether a line of prose would read as a heading or a task depends on the whole
//! document; the check reads the whole text again, once, rather than judge each line.

use crate::check::state::Checker;
use crate::fault::InvalidKind;
use crate::model::lines::write_text;
use crate::model::{Colon, Part, PlanData, Responsibility, ResponsibilityLabel, Task};
use crate::read::structure::read_tree;

impl Checker<'_> {
    /// Reads the plan's text again and reports the first node it reads back otherwise:
    /// the front matter's lists, then each part, group and task in order. The fields
    /// that are read from the lines (parties, notes, mentions, deadlines) or curated
    /// (domains, targets) are checked apart, and not compared.
    pub(super) fn reads_back(&mut self) {
        let data = self.data;
        let text = write_text(data, |_, _, _| {});
        let again = match read_tree(&text) {
            Ok(data) => data,
            Err(err) => {
                self.report(
                    "plan",
                    "text",
                    otherwise(format!("its text is refused: {err}")),
                );
                return;
            }
        };
        if let Some((node, field)) = front_difference(data, &again) {
            self.report(
                node,
                field,
                otherwise(format!("its text reads back with another {field}")),
            );
            return;
        }
        for (part, read) in data.parts.iter().zip(&again.parts) {
            if let Some((id, field)) = part_difference(part, read) {
                self.report(
                    id,
                    field,
                    otherwise(format!(
                        "its text reads back with another `{field}`: a line of prose that the document's levels read as a heading or a task, or a heading or task they do not"
                    )),
                );
                return;
            }
        }
        if data.parts.len() != again.parts.len() {
            self.report(
                "plan",
                "parts",
                otherwise(format!(
                    "its text reads back as {} part(s), not {}",
                    again.parts.len(),
                    data.parts.len()
                )),
            );
        }
    }
}

fn otherwise(reason: String) -> InvalidKind {
    InvalidKind::ReadsBackOtherwise { reason }
}

/// The first list of the front matter that reads back otherwise.
fn front_difference(data: &PlanData, again: &PlanData) -> Option<(&'static str, &'static str)> {
    if data.notice != again.notice {
        return Some(("notice", "notice"));
    }
    if data.info_box != again.info_box {
        return Some(("info_box", "info_box"));
    }
    if data.full_text_marker != again.full_text_marker {
        return Some(("full_text_marker", "full_text_marker"));
    }
    if data.preamble != again.preamble {
        return Some(("preamble", "preamble"));
    }
    if data.signature != again.signature {
        return Some(("signature", "signature"));
    }
    if data.annexes != again.annexes {
        return Some(("annexes", "annexes"));
    }
    None
}

/// Where a part and the part its text reads back as differ, and in which field: the
/// part's own fields, then each task's and group's, in order.
fn part_difference<'a>(part: &'a Part, again: &Part) -> Option<(&'a str, &'static str)> {
    let fields = [
        (
            "number",
            part.number == again.number && part.written == again.written,
        ),
        (
            "marker",
            part.marker == again.marker && part.headless == again.headless,
        ),
        ("annex", part.annex == again.annex),
        (
            "title",
            part.title == again.title && part.kind == again.kind,
        ),
        ("paragraphs", part.paragraphs == again.paragraphs),
    ];
    if let Some((field, _)) = fields.iter().find(|(_, same)| !same) {
        return Some((&part.id, field));
    }
    for (task, read) in part.tasks.iter().zip(&again.tasks) {
        if let Some(field) = task_difference(task, read) {
            return Some((&task.id, field));
        }
    }
    if part.tasks.len() != again.tasks.len() {
        return Some((&part.id, "tasks"));
    }
    for (group, read) in part.groups.iter().zip(&again.groups) {
        let fields = [
            (
                "number",
                group.number == read.number && group.written == read.written,
            ),
            (
                "marker",
                group.marker == read.marker && group.brackets == read.brackets,
            ),
            (
                "title",
                group.title == read.title && group.title_stop == read.title_stop,
            ),
            ("body", group.body == read.body),
            ("paragraphs", group.paragraphs == read.paragraphs),
        ];
        if let Some((field, _)) = fields.iter().find(|(_, same)| !same) {
            return Some((&group.id, field));
        }
        for (task, read) in group.tasks.iter().zip(&read.tasks) {
            if let Some(field) = task_difference(task, read) {
                return Some((&task.id, field));
            }
        }
        if group.tasks.len() != read.tasks.len() {
            return Some((&group.id, "tasks"));
        }
    }
    (part.groups.len() != again.groups.len()).then_some((&part.id, "groups"))
}

/// The first field in which two tasks are written otherwise: their numbers, lines and
/// responsibility lines as written.
fn task_difference(task: &Task, again: &Task) -> Option<&'static str> {
    let responsibility = task
        .responsibility
        .iter()
        .chain(&task.further_responsibility)
        .map(written)
        .eq(again
            .responsibility
            .iter()
            .chain(&again.further_responsibility)
            .map(written));
    let fields = [
        (
            "number",
            task.number == again.number && task.written == again.written,
        ),
        ("marker", task.marker == again.marker),
        (
            "title",
            task.title == again.title && task.title_stop == again.title_stop,
        ),
        ("body", task.body == again.body),
        ("continuation", task.continuation == again.continuation),
        ("responsibility", responsibility),
        ("closing", task.closing == again.closing),
        ("row", task.row == again.row),
        ("sidebars", task.sidebars == again.sidebars),
    ];
    fields
        .iter()
        .find(|(_, same)| !same)
        .map(|(field, _)| *field)
}

/// A responsibility line as written: its label, colon and list.
fn written(line: &Responsibility) -> (ResponsibilityLabel, Colon, &str) {
    (line.label, line.colon, line.text.as_str())
}

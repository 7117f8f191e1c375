//! The tree of parts, groups and tasks: each numbered and placed as it stands, its titles
//! and texts one line each and reading back as they were written; on the way, each
//! task's domain tags and deadline, and its parties and mentions when the lines are
//! read again.

use crate::check::lines::has_line_break;
use crate::check::state::{Checker, Reread};
use crate::fault::InvalidKind;
use crate::model::row::{RowView, SEPARATOR};
use crate::model::{Colon, NumberMarker, PartKind, Task};
use crate::read::lines::{is_annex_start, is_sidebar_heading};

impl<'a> Checker<'a> {
    /// Checks the parts in order, each with its tasks, then its groups and theirs.
    pub(super) fn structure(&mut self) {
        let data = self.data;
        let mut next_task: u32 = 1;
        self.annexes();
        // The document (`None`) or annex the part before stands in.
        let mut document: Option<Option<u8>> = None;
        for (pi, part) in data.parts.iter().enumerate() {
            self.number(&part.id, u32::from(part.number), pi);
            self.id(&part.id, (pi, None, None));
            let first_of_document = document != Some(part.annex);
            if document.is_some_and(|before| before > part.annex) {
                self.report(&part.id, "annex", InvalidKind::OutOfOrder);
            }
            document = Some(part.annex);
            if part.headless {
                // A part no heading opens stands first in its document, and has no title.
                if !part.title.is_empty() {
                    self.report(
                        &part.id,
                        "title",
                        InvalidKind::ReadsBackOtherwise {
                            reason: "a part without a heading has no title".to_owned(),
                        },
                    );
                }
                if !first_of_document {
                    self.report(
                        &part.id,
                        "headless",
                        InvalidKind::ReadsBackOtherwise {
                            reason: "a part without a heading stands only first in its document or annex, where its lines follow the front matter".to_owned(),
                        },
                    );
                }
            } else {
                self.title(&part.id, &part.title);
            }
            self.prose(&part.id, "paragraphs", &part.paragraphs);
            let kind = PartKind::of_title(&part.title);
            if part.kind != kind {
                self.report(
                    &part.id,
                    "kind",
                    InvalidKind::Mismatch {
                        expected: format!("`{kind}`, the kind its title gives"),
                        found: format!("`{}`", part.kind),
                    },
                );
            }
            for task in &part.tasks {
                self.task(task, pi, None, next_task);
                next_task = next_task.saturating_add(1);
            }
            for (gi, group) in part.groups.iter().enumerate() {
                self.title(&group.id, &group.title);
                if group.title.contains('。') {
                    self.report(&group.id, "title", InvalidKind::StopInTitle);
                }
                if has_line_break(&group.body) {
                    self.report(&group.id, "body", InvalidKind::LineBreak);
                }
                if !group.title_stop && !group.body.is_empty() {
                    self.report(
                        &group.id,
                        "title_stop",
                        InvalidKind::ReadsBackOtherwise {
                            reason: "a group heading with a body needs the `。` after its title"
                                .to_owned(),
                        },
                    );
                }
                self.prose(&group.id, "paragraphs", &group.paragraphs);
                self.number(&group.id, u32::from(group.number), gi);
                if usize::from(group.part) != pi + 1 {
                    self.report(
                        &group.id,
                        "part",
                        place_mismatch("part", pi + 1, group.part),
                    );
                }
                self.id(&group.id, (pi, Some(gi), None));
                for task in &group.tasks {
                    self.task(task, pi, Some(gi), next_task);
                    next_task = next_task.saturating_add(1);
                }
            }
        }
    }

    /// Checks that the node at `position` (0-based) among its siblings is numbered
    /// `position + 1`.
    pub(super) fn number(&mut self, id: &str, found: u32, position: usize) {
        let expected = u32::try_from(position + 1).unwrap_or(u32::MAX);
        if found != expected {
            self.report(id, "number", InvalidKind::OutOfSequence { expected, found });
        }
    }

    pub(super) fn task(&mut self, task: &'a Task, pi: usize, gi: Option<usize>, number: u32) {
        let id = task.id.as_str();
        if u32::from(task.number) != number {
            self.report(
                id,
                "number",
                InvalidKind::OutOfSequence {
                    expected: number,
                    found: u32::from(task.number),
                },
            );
        }
        if usize::from(task.part) != pi + 1 {
            self.report(id, "part", place_mismatch("part", pi + 1, task.part));
        }
        if task.group.map(usize::from) != gi.map(|g| g + 1) {
            let show = |group: Option<usize>| group.map_or("none".to_owned(), |g| g.to_string());
            self.report(
                id,
                "group",
                InvalidKind::Mismatch {
                    expected: format!("{}, the group it stands in", show(gi.map(|g| g + 1))),
                    found: show(task.group.map(usize::from)),
                },
            );
        }
        let task_index = usize::try_from(number).map_or(usize::MAX, |n| n.saturating_sub(1));
        self.id(id, (pi, gi, Some(task_index)));
        if self.reread == Reread::Yes {
            let notes = self.parties(task);
            self.mentions(task, &notes);
        }
        self.task_text(task);
        self.task_deadline(task);
        self.domains(task);
    }

    /// Checks that a task's fields render as the lines they came from: a title without
    /// `。`, one-line fields, continuation lines that read as prose.
    pub(super) fn task_text(&mut self, task: &Task) {
        let id = task.id.as_str();
        if (task.marker == NumberMarker::Cell) == task.row.is_empty() {
            self.report(
                id,
                "row",
                InvalidKind::ReadsBackOtherwise {
                    reason: "a table's row, and only a row, has the marker `|` and its cells"
                        .to_owned(),
                },
            );
        }
        if task.marker == NumberMarker::Unnumbered && task.written.is_some() {
            self.report(
                id,
                "written",
                InvalidKind::ReadsBackOtherwise {
                    reason: "an unnumbered task writes no number".to_owned(),
                },
            );
        }
        if !task.row.is_empty() {
            self.row(task);
        } else {
            self.task_line(task);
        }
        self.prose(id, "continuation", &task.continuation);
        for (i, sidebar) in task.sidebars.iter().enumerate() {
            if !is_sidebar_heading(&sidebar.heading) || has_line_break(&sidebar.heading) {
                self.report(
                    id,
                    format!("sidebars[{i}].heading"),
                    InvalidKind::ReadsBackOtherwise {
                        reason: "a box's heading is one line that opens `专栏`".to_owned(),
                    },
                );
            }
            self.prose(id, "sidebars", &sidebar.lines);
        }
        self.prose(id, "closing", &task.closing);
        if !task.closing.is_empty() && task.responsibility.is_none() {
            self.report(
                id,
                "closing",
                InvalidKind::ReadsBackOtherwise {
                    reason: "lines after a task's text and no responsibility line read as its continuation"
                        .to_owned(),
                },
            );
        }
        if let Some(line) = &task.responsibility {
            if has_line_break(&line.text) {
                self.report(id, "responsibility.text", InvalidKind::LineBreak);
            }
        }
        for (i, line) in task.further_responsibility.iter().enumerate() {
            if has_line_break(&line.text) {
                self.report(
                    id,
                    format!("further_responsibility[{i}].text"),
                    InvalidKind::LineBreak,
                );
            }
        }
        // The labels seen, one bit each: a task's lines are read once.
        let mut seen = 0u32;
        let lines = task
            .responsibility
            .iter()
            .chain(&task.further_responsibility);
        for (i, line) in lines.enumerate() {
            let bit = 1u32 << (line.label.traditional() as u32);
            if seen & bit != 0 {
                self.report(
                    id,
                    format!("further_responsibility[{}].label", i.saturating_sub(1)),
                    InvalidKind::ReadsBackOtherwise {
                        reason: "a task's responsibility lines have a label each, none twice"
                            .to_owned(),
                    },
                );
                break;
            }
            seen |= bit;
        }
        if !task.further_responsibility.is_empty() && task.responsibility.is_none() {
            self.report(
                id,
                "further_responsibility",
                InvalidKind::ReadsBackOtherwise {
                    reason: "further responsibility lines follow a first one, which the task lacks"
                        .to_owned(),
                },
            );
        }
    }

    /// Checks a task's own line: a title without `。` unless the line has none, the body
    /// after it.
    fn task_line(&mut self, task: &Task) {
        let id = task.id.as_str();
        if task.title.is_empty() {
            self.report(id, "title", InvalidKind::EmptyTitle);
        } else if task.title.contains('。') {
            self.report(id, "title", InvalidKind::StopInTitle);
        } else if has_line_break(&task.title) {
            self.report(id, "title", InvalidKind::LineBreak);
        }
        if has_line_break(&task.body) {
            self.report(id, "body", InvalidKind::LineBreak);
        }
        if !task.title_stop && !task.body.is_empty() {
            self.report(id, "title_stop", InvalidKind::BodyWithoutStop);
        }
    }

    /// Checks a table's row: one line of cells, whose task, content and bodies' cells
    /// are the task's title, body and responsibility.
    fn row(&mut self, task: &Task) {
        let id = task.id.as_str();
        for (i, cell) in task.row.iter().enumerate() {
            if has_line_break(&cell.text) || cell.text.contains(SEPARATOR) {
                self.report(
                    id,
                    format!("row[{i}].text"),
                    InvalidKind::ReadsBackOtherwise {
                        reason: "a cell is one line, without ` | ` in it".to_owned(),
                    },
                );
            }
        }
        let view = RowView::of(&task.row);
        let mismatch = |field: &str, expected: &str, found: &str| {
            (expected != found).then(|| {
                (
                    field.to_owned(),
                    InvalidKind::Mismatch {
                        expected: format!("`{expected}`, its row's cell"),
                        found: format!("`{found}`"),
                    },
                )
            })
        };
        let mut problems: Vec<(String, InvalidKind)> = Vec::new();
        problems.extend(mismatch("title", view.title(), &task.title));
        problems.extend(mismatch("body", view.body(), &task.body));
        if task.title_stop {
            problems.push((
                "title_stop".to_owned(),
                InvalidKind::ReadsBackOtherwise {
                    reason: "a row's title is its cell, with no `。` after it".to_owned(),
                },
            ));
        }
        let lines = task
            .responsibility
            .iter()
            .chain(&task.further_responsibility);
        let mut cells = view.bodies().map(|(_, cell)| cell.text.as_str());
        for (i, line) in lines.enumerate() {
            let field = if i == 0 {
                "responsibility.text".to_owned()
            } else {
                format!("further_responsibility[{}].text", i - 1)
            };
            match cells.next() {
                Some(cell) => problems.extend(mismatch(&field, cell, &line.text)),
                None => problems.push((
                    field,
                    InvalidKind::ReadsBackOtherwise {
                        reason: "a row's responsibility is its cells of bodies".to_owned(),
                    },
                )),
            }
            if line.colon != Colon::None {
                problems.push((
                    field_of(i, "colon"),
                    InvalidKind::ReadsBackOtherwise {
                        reason: "a row's cell of bodies has no colon".to_owned(),
                    },
                ));
            }
        }
        if cells.next().is_some() {
            problems.push((
                "responsibility".to_owned(),
                InvalidKind::ReadsBackOtherwise {
                    reason: "each of a row's cells of bodies is a responsibility".to_owned(),
                },
            ));
        }
        for (field, kind) in problems {
            self.report(id, field, kind);
        }
    }

    /// Checks the annexes: numbered in order, with their ids, each heading a line
    /// that opens an annex.
    fn annexes(&mut self) {
        let data = self.data;
        for (i, annex) in data.annexes.iter().enumerate() {
            self.number(&annex.id, u32::from(annex.number), i);
            let expected = format!("annex-{}", i + 1);
            if annex.id != expected {
                self.report(
                    &annex.id,
                    "id",
                    InvalidKind::Mismatch {
                        expected: format!("`{expected}`"),
                        found: format!("`{}`", annex.id),
                    },
                );
            }
            if !is_annex_start(&annex.heading) {
                self.report(
                    &annex.id,
                    "heading",
                    InvalidKind::ReadsBackOtherwise {
                        reason: "an annex's heading is `附件`, `附件1` or `附件一` alone"
                            .to_owned(),
                    },
                );
            }
            self.prose(&annex.id, "lines", &annex.lines);
            self.prose(&annex.id, "signature", &annex.signature);
        }
        let count = data.annexes.len();
        for part in &data.parts {
            if part.annex.is_some_and(|n| n == 0 || usize::from(n) > count) {
                self.report(
                    &part.id,
                    "annex",
                    InvalidKind::ReadsBackOtherwise {
                        reason: format!("the plan has {count} annex(es)"),
                    },
                );
            }
        }
        self.prose("signature", "signature", &data.signature);
    }

    /// Checks a heading's title: not empty, one line.
    pub(super) fn title(&mut self, id: &str, title: &str) {
        if title.is_empty() {
            self.report(id, "title", InvalidKind::EmptyTitle);
        } else if has_line_break(title) {
            self.report(id, "title", InvalidKind::LineBreak);
        }
    }
}

fn place_mismatch(what: &str, expected: usize, found: u8) -> InvalidKind {
    InvalidKind::Mismatch {
        expected: format!("{expected}, the {what} it stands in"),
        found: found.to_string(),
    }
}

/// The field of a task's responsibility line `i` (the first, then the further ones).
fn field_of(i: usize, field: &str) -> String {
    match i {
        0 => format!("responsibility.{field}"),
        _ => format!("further_responsibility[{}].{field}", i - 1),
    }
}

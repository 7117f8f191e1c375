//! The tree of parts, groups and tasks: each numbered and placed as it stands, its titles
//! and texts one line each and reading back as they were written; on the way, each
//! task's domain tags and deadline, and its parties and mentions when the lines are
//! read again.

use crate::check::lines::has_line_break;
use crate::check::state::{Checker, Reread};
use crate::fault::InvalidKind;
use crate::model::{PartKind, Task};

impl<'a> Checker<'a> {
    /// Checks the parts in order, each with its tasks, then its groups and theirs.
    pub(super) fn structure(&mut self) {
        let data = self.data;
        let mut next_task: u32 = 1;
        for (pi, part) in data.parts.iter().enumerate() {
            self.number(&part.id, u32::from(part.number), pi);
            self.id(&part.id, (pi, None, None));
            self.title(&part.id, &part.title);
            self.prose(&part.id, "paragraphs", &part.paragraphs);
            if !part.groups.is_empty() && !part.kind.allows_groups() {
                self.report(
                    &part.id,
                    "groups",
                    InvalidKind::ReadsBackOtherwise {
                        reason: format!(
                            "task groups stand only in a key-tasks part, not in a `{}` part",
                            part.kind
                        ),
                    },
                );
            }
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
        self.prose(id, "continuation", &task.continuation);
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

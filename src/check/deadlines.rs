//! A task's deadline: its quote at its span in the line of the task's text it names,
//! and each of its fields what the quote reads as, a month without a year in the year
//! of the document's date of issue.

use crate::base::quote::quoted;
use crate::check::spans::{At, Within};
use crate::check::state::Checker;
use crate::fault::InvalidKind;
use crate::model::{DeadlinePlace, Task};
use crate::read::deadlines::{self, Reading};

impl Checker<'_> {
    /// Checks the task's deadline, if it has one.
    pub(super) fn task_deadline(&mut self, task: &Task) {
        let Some(deadline) = &task.deadline else {
            return;
        };
        let id = task.id.as_str();
        let text = match deadline.place {
            DeadlinePlace::Title => Some(task.title.as_str()),
            DeadlinePlace::Body => Some(task.body.as_str()),
            DeadlinePlace::Continuation(i) => task.continuation.get(i).map(String::as_str),
            DeadlinePlace::Closing(i) => task.closing.get(i).map(String::as_str),
            DeadlinePlace::Cell(i) => task.row.get(i).map(|cell| cell.text.as_str()),
        };
        let Some(text) = text else {
            self.report(
                id,
                "deadline.place",
                InvalidKind::NoSuchPlace {
                    place: format!("{} in task {}", deadline.place, task.number),
                },
            );
            return;
        };
        let within = Within::TaskLine(task.number, deadline.place);
        let at = At::Object("deadline");
        if !self.span(id, at, deadline.span, &deadline.quote, text, within) {
            return;
        }
        let year = deadlines::document_year(self.data);
        let Some(read) = deadlines::read_quote(&deadline.quote, year) else {
            self.report(
                id,
                "deadline.quote",
                InvalidKind::DeadlineNotInText {
                    reason: format!(
                        "{} does not read as a deadline: a year, a month or both (`2022年底前`, `6月底完成`), or `长期坚持`, `持续推进`",
                        quoted(&deadline.quote)
                    ),
                },
            );
            return;
        };
        let given = Reading {
            year: deadline.year,
            month: deadline.month,
            ongoing: deadline.ongoing,
            year_from_document: deadline.year_from_document,
        };
        let show = |value: Option<String>| value.unwrap_or_else(|| "none".to_owned());
        let fields = [
            (
                "deadline.year",
                given.year != read.year,
                show(read.year.map(|y| y.to_string())),
            ),
            (
                "deadline.month",
                given.month != read.month,
                show(read.month.map(|m| m.to_string())),
            ),
            (
                "deadline.ongoing",
                given.ongoing != read.ongoing,
                read.ongoing.to_string(),
            ),
            (
                "deadline.year_from_document",
                given.year_from_document != read.year_from_document,
                read.year_from_document.to_string(),
            ),
        ];
        for (field, differs, expected) in fields {
            if differs {
                self.report(
                    id,
                    field,
                    InvalidKind::NotAsRead {
                        expected: format!("{expected}, what {} says", quoted(&deadline.quote)),
                    },
                );
            }
        }
    }
}

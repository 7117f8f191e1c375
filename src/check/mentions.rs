//! The bodies a task's body mentions outside its notes: each where it says, naming what
//! it says, and none missing, as the body reads again.

use crate::base::quote::quoted;
use crate::base::span::Span;
use crate::check::spans::{At, Within};
use crate::check::state::Checker;
use crate::fault::InvalidKind;
use crate::model::Task;
use crate::read::responsibility;

impl Checker<'_> {
    /// Checks the mentions against the body read again: each where it says, naming what
    /// it says, and none missing.
    pub(super) fn mentions(&mut self, task: &Task, notes: &[Span]) {
        let read = responsibility::mentions(&task.body, notes);
        for (i, mention) in task.mentions.iter().enumerate() {
            let at = At::Item("mentions", i);
            if !self.span(
                &task.id,
                at,
                mention.span,
                &mention.quote,
                &task.body,
                Within::Body(task.number),
            ) {
                continue;
            }
            let expected = read.get(i);
            let agrees = expected
                .is_some_and(|found| found.actor == mention.actor && found.span == mention.span);
            if !agrees {
                self.report(
                    &task.id,
                    at.item(),
                    InvalidKind::NotAsRead {
                        expected: match expected {
                            Some(found) => format!(
                                "{} ({} at {}..{})",
                                found.actor.id(),
                                quoted(found.quote),
                                found.span.start,
                                found.span.end
                            ),
                            None => format!("no mention here: the body names {}", read.len()),
                        },
                    },
                );
            }
        }
        if let Some(missing) = read.get(task.mentions.len()) {
            self.report(
                &task.id,
                "mentions",
                InvalidKind::NotAsRead {
                    expected: format!(
                        "{} mentions, as the body names, the next being {} ({} at {}..{})",
                        read.len(),
                        missing.actor.id(),
                        quoted(missing.quote),
                        missing.span.start,
                        missing.span.end
                    ),
                },
            );
        }
    }
}

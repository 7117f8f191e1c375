//! The targets: each in a place the plan has, in the order of the text, with the id its
//! place and order give, its quote at its span, values of at most 15 significant
//! digits, and a deadline the words at `dated_by` state, within the years the plan
//! covers.

use crate::base::quote::quoted;
use crate::base::span::Span;
use crate::check::spans::{At, Within};
use crate::check::state::Checker;
use crate::fault::InvalidKind;
use crate::model::ids::leading_number;
use crate::model::{Deadline, PlanData, Target, Task, deadline_range};

impl Checker<'_> {
    /// Checks the targets in the order of the list, numbering each in its owner's.
    pub(super) fn targets(&mut self) {
        let data = self.data;
        let tasks: Vec<&Task> = data.tasks().collect();
        let (range, what) = deadline_range(&data.metadata);
        let mut previous: Option<(Place, Span)> = None;
        let mut owner = None;
        let mut sequence = 0usize;
        for target in &data.targets {
            let id = target.id.as_str();
            let (place, text) = match place_of(data, &tasks, target) {
                Ok(found) => found,
                Err((field, kind)) => {
                    self.report(id, field, kind);
                    continue;
                }
            };
            let text = match text {
                Ok(text) => Some(text),
                Err((field, kind)) => {
                    self.report(id, field, kind);
                    None
                }
            };
            if let (Place::Task { part, .. }, Some(_)) = (place, text) {
                if target.part != part {
                    self.report(
                        id,
                        "part",
                        InvalidKind::Mismatch {
                            expected: format!("{part}, the part its task stands in"),
                            found: target.part.to_string(),
                        },
                    );
                }
            }
            // Order is checked between places the plan has; a target whose place it does
            // not have still counts in its owner's sequence.
            if text.is_some() {
                match previous {
                    Some((before, span)) if (before.key(), span) >= (place.key(), target.span) => {
                        self.report(id, "span", InvalidKind::OutOfOrder);
                    }
                    _ => {}
                }
                previous = Some((place, target.span));
            }
            if owner == Some(place.owner()) {
                sequence += 1;
            } else {
                sequence = 1;
                owner = Some(place.owner());
            }
            // An id is checked against a place the plan has: with a reference that does not
            // resolve, it is the reference that is wrong.
            if text.is_some() && !place.is_target_id(id, sequence) {
                self.wrong_id(id, place.target_id(sequence));
            }
            if let Some(text) = text {
                let within = place.within();
                self.span(id, At::Top, target.span, &target.quote, text, within);
                self.deadline(target, text, within);
            }
            // A value made in code is checked as loading checks one read from JSON: one
            // of more than 15 significant digits would not read back as itself.
            let values = target.quantity.iter().flat_map(|q| {
                [("value", Some(q.value)), ("value_max", q.max)]
                    .into_iter()
                    .filter_map(|(field, value)| Some((field, value?)))
            });
            for (field, value) in values {
                if !value.is_exact_in_json() {
                    self.report(
                        id,
                        field,
                        InvalidKind::TooPrecise {
                            found: value.to_string(),
                        },
                    );
                }
            }
            if let Some(deadline) = target.deadline {
                if !range.contains(deadline.year) {
                    self.report(
                        id,
                        "deadline.year",
                        InvalidKind::DeadlineOutOfRange {
                            year: deadline.year,
                            range,
                            what,
                        },
                    );
                }
            }
        }
    }

    /// Checks that a target's deadline is what the words at `dated_by` say.
    pub(super) fn deadline(&mut self, target: &Target, text: &str, place: Within) {
        let id = target.id.as_str();
        let not_in_text = |reason: String| InvalidKind::DeadlineNotInText { reason };
        match (target.deadline, target.dated_by) {
            (None, None) => {}
            (Some(deadline), Some(at)) => match at.of(text) {
                None => self.report(
                    id,
                    "dated_by",
                    InvalidKind::SpanOutsideText {
                        start: at.start,
                        end: at.end,
                        len: text.len(),
                        place: place.to_string(),
                    },
                ),
                Some(words) => match Deadline::read_zh(words) {
                    Some((read, len)) if read == deadline && len == words.len() => {}
                    _ => self.report(
                        id,
                        "dated_by",
                        not_in_text(format!(
                            "the deadline {deadline} is not what {} at {}..{} of {place} says",
                            quoted(words),
                            at.start,
                            at.end
                        )),
                    ),
                },
            },
            (Some(deadline), None) => self.report(
                id,
                "dated_by",
                not_in_text(format!(
                    "the deadline {deadline} needs `dated_by`, where the text states it"
                )),
            ),
            (None, Some(_)) => self.report(
                id,
                "dated_by",
                not_in_text("`dated_by` without a deadline: give both or neither".to_owned()),
            ),
        }
    }
}

/// Where a target stands: a part's prose or a task's body.
#[derive(Debug, Clone, Copy)]
enum Place {
    /// Paragraph `index` of part `part`.
    Paragraph { part: u8, index: usize },
    /// The body of task `number`, in part `part`.
    Task { part: u8, number: u16 },
}

impl Place {
    /// What orders places as the text does: by part, a part's prose before its tasks.
    fn key(self) -> (u8, bool, usize) {
        match self {
            Place::Paragraph { part, index } => (part, false, index),
            Place::Task { part, number } => (part, true, usize::from(number)),
        }
    }

    /// What numbers the targets: the part, for its prose, or the task.
    fn owner(self) -> (u8, u16) {
        match self {
            Place::Paragraph { part, .. } => (part, 0),
            Place::Task { number, .. } => (0, number),
        }
    }

    fn target_id(self, sequence: usize) -> String {
        match self {
            Place::Paragraph { part, .. } => format!("p{part}.{sequence}"),
            Place::Task { number, .. } => format!("t{number}.{sequence}"),
        }
    }

    /// Whether `id` is the one [`Place::target_id`] gives, without writing that out.
    fn is_target_id(self, id: &str, sequence: usize) -> bool {
        let (letter, owner) = match self {
            Place::Paragraph { part, .. } => ('p', usize::from(part)),
            Place::Task { number, .. } => ('t', usize::from(number)),
        };
        let number = |text: &str| match leading_number(text, "") {
            Some((n, "")) => Some(n),
            _ => None,
        };
        id.strip_prefix(letter)
            .and_then(|rest| rest.split_once('.'))
            .and_then(|(first, second)| Some((number(first)?, number(second)?)))
            .is_some_and(|(o, s)| o + 1 == owner && s + 1 == sequence)
    }

    fn within(self) -> Within {
        match self {
            Place::Paragraph { part, index } => Within::Paragraph(part, index),
            Place::Task { number, .. } => Within::Body(number),
        }
    }
}

/// A field at fault and what is wrong with it.
type Fault = (&'static str, InvalidKind);

/// The place a target names, and the text it quotes or, when the plan has no such
/// place, the fault; the fault alone when the target names no place.
fn place_of<'a>(
    data: &'a PlanData,
    tasks: &[&'a Task],
    target: &Target,
) -> Result<(Place, Result<&'a str, Fault>), Fault> {
    let missing = |field, place: String| (field, InvalidKind::NoSuchPlace { place });
    match (target.task, target.paragraph) {
        (Some(number), paragraph) => {
            let task = usize::from(number)
                .checked_sub(1)
                .and_then(|i| tasks.get(i));
            let place = Place::Task {
                part: task.map_or(target.part, |task| task.part),
                number,
            };
            let text = match (task, paragraph) {
                (_, Some(index)) => Err(missing(
                    "paragraph",
                    format!(
                        "paragraph {index} in task {number} (a target stands in a task's body or a part's paragraph, not both)"
                    ),
                )),
                (Some(task), None) => Ok(task.body.as_str()),
                (None, None) => Err(missing("task", format!("task {number}"))),
            };
            Ok((place, text))
        }
        (None, Some(index)) => {
            let text = usize::from(target.part)
                .checked_sub(1)
                .and_then(|p| data.parts.get(p))
                .and_then(|part| part.paragraphs.get(index))
                .map(String::as_str)
                .ok_or_else(|| {
                    missing(
                        "paragraph",
                        format!("paragraph {index} in part {}", target.part),
                    )
                });
            let place = Place::Paragraph {
                part: target.part,
                index,
            };
            Ok((place, text))
        }
        (None, None) => Err(missing(
            "task",
            "place for the target (a target names its `task`, or its `paragraph` in the part)"
                .to_owned(),
        )),
    }
}

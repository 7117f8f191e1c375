//! A task's responsibility read again: the notes in its text where they stand, and
//! each party of each statement (a note or a responsibility line) as the statement
//! reads, naming the organisation its item does in the registry the lines build.

use crate::base::quote::quoted;
use crate::base::span::Span;
use crate::check::spans::{At, Within};
use crate::check::state::Checker;
use crate::fault::{InvalidKind, ParseErrorKind};
use crate::model::{LeadRule, Party, Task};
use crate::read::notes::NoteRef;
use crate::read::responsibility::{self, PartyError, PartyRef};
use crate::read::roles;
use crate::vocab::actor::Role;

impl<'a> Checker<'a> {
    /// Checks the task's notes and responsibility lines against its text read again:
    /// the notes where they stand, then each party of each statement; gives back where
    /// the notes of its body stand, which its mentions leave out.
    pub(super) fn parties(&mut self, task: &'a Task) -> Vec<Span> {
        let home = self.registry.home();
        let reading = roles::read_task(task, home, &mut self.rules);
        self.notes(task, &reading.scan.notes);
        let in_body = reading
            .scan
            .notes
            .iter()
            .filter(|note| note.continuation.is_none() && !note.title)
            .map(|note| note.span)
            .collect();
        let lines = task
            .responsibility
            .iter()
            .chain(&task.further_responsibility);
        for (li, (line, read)) in lines.zip(reading.lines).enumerate() {
            let list = match li {
                0 => "responsibility".to_owned(),
                _ => format!("further_responsibility[{}]", li - 1),
            };
            let reads = read
                .parties
                .into_iter()
                .map(Ok)
                .chain(read.error.map(Err))
                .collect();
            self.statement(task, &list, &line.parties, reads, &line.text, Within::Line);
        }
        self.rule_parties(task, &reading.ruled);
        in_body
    }

    /// Checks the parties a standing rule adds to a task against those the rule in
    /// force gives: their spans point into the words of the last standing rule found.
    fn rule_parties(&mut self, task: &'a Task, read: &[PartyRef<'a>]) {
        let rule = self.rules.standing_quote;
        let reads = read.iter().map(|p| Ok(*p)).collect();
        self.statement(
            task,
            "rule_parties",
            &task.rule_parties,
            reads,
            rule,
            Within::Line,
        );
    }

    /// Checks the plan's lead rules against those its tasks' texts state, read again in
    /// the document's order.
    pub(super) fn lead_rules(&mut self) {
        let home = self.registry.home();
        self.rules.finish(home);
        let found: Vec<LeadRule> = self.rules.found.iter().map(LeadRule::from).collect();
        for (i, given) in self.data.lead_rules.iter().enumerate() {
            let expected = match found.get(i) {
                Some(expected) if expected == given => continue,
                Some(expected) => format!(
                    "the {} rule {} of {} at {}..{}",
                    expected.kind,
                    quoted(&expected.quote),
                    expected.node,
                    expected.span.start,
                    expected.span.end
                ),
                None => format!("no rule here: the text states {}", found.len()),
            };
            self.report(
                &given.node,
                format!("lead_rules[{i}]"),
                InvalidKind::NotAsRead { expected },
            );
        }
        if let Some(missing) = found.get(self.data.lead_rules.len()) {
            self.report(
                &missing.node,
                "lead_rules",
                InvalidKind::NotAsRead {
                    expected: format!(
                        "{} lead rules, as the text states, the next {} at {}..{}",
                        found.len(),
                        quoted(&missing.quote),
                        missing.span.start,
                        missing.span.end
                    ),
                },
            );
        }
    }

    /// Checks the notes a task was given against those its text reads as.
    pub(super) fn notes(&mut self, task: &'a Task, read: &[NoteRef<'a>]) {
        for (i, given) in task.notes.iter().enumerate() {
            let Some(expected) = read.get(i) else {
                self.report(
                    &task.id,
                    format!("notes[{i}]"),
                    InvalidKind::NotAsRead {
                        expected: format!("no note here: the task's text has {}", read.len()),
                    },
                );
                return;
            };
            if (given.title, given.continuation) != (expected.title, expected.continuation)
                || given.span != expected.span
            {
                self.report(
                    &task.id,
                    format!("notes[{i}]"),
                    InvalidKind::NotAsRead {
                        expected: format!(
                            "a note at {}..{} of {}",
                            expected.span.start,
                            expected.span.end,
                            match (expected.title, expected.continuation) {
                                (true, _) => "the title".to_owned(),
                                (false, None) => "the body".to_owned(),
                                (false, Some(c)) => format!("continuation {c}"),
                            }
                        ),
                    },
                );
                return;
            }
            if given.remarks != expected.remarks {
                self.report(
                    &task.id,
                    format!("notes[{i}].remarks"),
                    InvalidKind::NotAsRead {
                        expected: format!("remarks at {:?}", expected.remarks),
                    },
                );
            }
            let (text, within) = match (given.title, given.continuation) {
                (true, _) => (Some(task.title.as_str()), Within::Title(task.number)),
                (false, None) => (Some(task.body.as_str()), Within::Body(task.number)),
                (false, Some(c)) => (
                    task.continuation.get(c).map(String::as_str),
                    Within::Body(task.number),
                ),
            };
            let reads = expected.parties.iter().map(|p| Ok(*p)).collect();
            let list = format!("notes[{i}]");
            self.statement(
                task,
                &list,
                &given.parties,
                reads,
                text.unwrap_or_default(),
                within,
            );
        }
        if let Some(missing) = read.get(task.notes.len()) {
            self.report(
                &task.id,
                "notes",
                InvalidKind::NotAsRead {
                    expected: format!(
                        "{} notes, as the task's text has, the next at {}..{}",
                        read.len(),
                        missing.span.start,
                        missing.span.end
                    ),
                },
            );
        }
    }

    /// Checks each party of one statement (a line, or a note) against the statement
    /// read again: its span and quote, then the lead, then the rest; `list` is the
    /// field that holds the parties.
    pub(super) fn statement(
        &mut self,
        task: &'a Task,
        list: &str,
        given: &[Party],
        reads: Vec<Result<PartyRef<'a>, PartyError>>,
        text: &str,
        within: Within,
    ) {
        let field = format!("{list}.parties");
        // The registry takes the parties the line reads as, up to any fault in it, and
        // each given party must name the organisation its item does.
        for (i, read) in reads
            .iter()
            .map_while(|read| read.as_ref().ok())
            .enumerate()
        {
            let named = self.registry.add(read);
            let Some(given) = given.get(i) else {
                continue;
            };
            let Some(expected) = named
                .filter(|o| o.id != given.organization)
                .map(|o| o.id.clone())
            else {
                continue;
            };
            self.report(
                &task.id,
                At::Item(&field, i).field("organization"),
                InvalidKind::Mismatch {
                    expected: format!(
                        "{expected}, the organisation {} names",
                        quoted(&given.quote)
                    ),
                    found: given.organization.clone(),
                },
            );
        }
        let mut read = reads.into_iter();
        let mut count = 0;
        for (i, given) in given.iter().enumerate() {
            let at = At::Item(&field, i);
            count = i + 1;
            let span_ok = self.span(&task.id, at, given.span, &given.quote, text, within);
            match read.next() {
                Some(Ok(expected)) if span_ok => {
                    if i == 0 && given.department != expected.department {
                        self.report(
                            &task.id,
                            at.field("department"),
                            InvalidKind::Mismatch {
                                expected: format!(
                                    "{}, the line's first body{}",
                                    expected.department.id(),
                                    if expected.role == Role::Lead {
                                        ", which leads"
                                    } else {
                                        ""
                                    }
                                ),
                                found: given.department.id().to_owned(),
                            },
                        );
                    } else if !agrees(given, &expected) {
                        self.report(
                            &task.id,
                            at.item(),
                            InvalidKind::NotAsRead {
                                expected: describe(&expected),
                            },
                        );
                    }
                }
                Some(Ok(_)) => {}
                Some(Err(err)) => {
                    self.unreadable(task, &format!("{list}.text"), text, err);
                    return;
                }
                None => {
                    self.report(
                        &task.id,
                        at.item(),
                        InvalidKind::NotAsRead {
                            expected: format!("no party here: the line lists {i}"),
                        },
                    );
                    return;
                }
            }
        }
        match read.next() {
            None => {}
            Some(Err(err)) => self.unreadable(task, &format!("{list}.text"), text, err),
            Some(Ok(missing)) => {
                let listed = count + 1 + read.filter(Result::is_ok).count();
                self.report(
                    &task.id,
                    field,
                    InvalidKind::NotAsRead {
                        expected: format!(
                            "{listed} parties, as the line lists, starting with {} at {count}",
                            describe(&missing)
                        ),
                    },
                );
            }
        }
    }

    pub(super) fn unreadable(&mut self, task: &Task, field: &str, text: &str, err: PartyError) {
        self.report(
            &task.id,
            field,
            InvalidKind::Unreadable {
                text: text.to_owned(),
                reason: ParseErrorKind::from(err),
            },
        );
    }
}

/// Whether a party is the one read from the line.
fn agrees(given: &Party, read: &responsibility::PartyRef<'_>) -> bool {
    given.department == read.department
        && given.quote == read.quote
        && given.span == read.span
        && given.carried_prefix == read.carried_prefix
        && given.role == read.role
        && given.basis == read.basis
}

/// A party as read, for a message: `health (`衛生健康委員會` at 13..40, carried prefix
/// true, support by order)`.
fn describe(party: &responsibility::PartyRef<'_>) -> String {
    format!(
        "{} ({} at {}..{}, carried prefix {}, {} by {})",
        party.department.id(),
        quoted(party.quote),
        party.span.start,
        party.span.end,
        party.carried_prefix,
        party.role,
        party.basis
    )
}

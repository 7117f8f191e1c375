//! The invariants of a plan, checked whenever one is made (from JSON, by the parser, or
//! with curated targets or domains), and on demand by
//! [`Plan::validate`](crate::Plan::validate).
//!
//! The check reads the plan's data as it stands, without the indexes, and reports every
//! broken invariant it finds rather than stopping at the first, each as an [`Invalid`]
//! naming the node, the field and what is wrong. An invariant that follows from the
//! place of a node (its number, its id, the part and group it names) is checked against
//! what the place gives, so one wrong number is one report, not a cascade.

use std::collections::HashMap;
use std::fmt;

use crate::base::period::Period;
use crate::base::quote::quoted;
use crate::base::span::Span;
use crate::fault::{Invalid, InvalidKind, ParseErrorKind};
use crate::model::ids::{PlaceIndexes, id_indexes, leading_number, node_id};
use crate::model::is_indent;
use crate::model::{Date, Deadline, PartKind, Party, PlanData, Target, Task, deadline_range};
use crate::read::front::derive_metadata;
use crate::read::lines::{
    annex_items, is_front_matter_line, is_full_text_marker, is_info_heading, reads_as,
};
use crate::read::notes::NoteRef;
use crate::read::organizations::{self, Builder};
use crate::read::responsibility::{self, PartyError, PartyRef};
use crate::read::roles;
use crate::vocab::actor::Role;
use crate::vocab::domain;

/// Whether the check reads each responsibility line and task body again, to compare the
/// parties and mentions a plan was given with the text: yes for JSON and on demand, no
/// for what the parser has just read from that same text with the same readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reread {
    Yes,
    No,
}

/// Every broken invariant of `data`, in document order.
pub(crate) fn check(data: &PlanData, reread: Reread) -> Vec<Invalid> {
    let mut checker = Checker {
        data,
        reread,
        problems: Vec::new(),
        id_faults: Vec::new(),
        registry: Builder::new(organizations::home(&data.metadata)),
    };
    checker.front_matter();
    checker.spacing();
    checker.structure();
    checker.targets();
    checker.name_duplicates();
    if reread == Reread::Yes {
        checker.organizations();
    }
    checker.problems
}

struct Checker<'a> {
    data: &'a PlanData,
    reread: Reread,
    problems: Vec<Invalid>,
    /// The problems that are wrong ids, by index, to be told apart from repeated ids once
    /// every id has been seen.
    id_faults: Vec<usize>,
    /// The registry of organisations the lines give, built as they are read again.
    registry: Builder<'a>,
}

impl<'a> Checker<'a> {
    fn report(&mut self, node: &str, field: impl Into<String>, kind: InvalidKind) {
        self.problems.push(Invalid::new(node, field, kind));
    }

    fn structure(&mut self) {
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
    fn number(&mut self, id: &str, found: u32, position: usize) {
        let expected = u32::try_from(position + 1).unwrap_or(u32::MAX);
        if found != expected {
            self.report(id, "number", InvalidKind::OutOfSequence { expected, found });
        }
    }

    /// Checks that a node's id is the one its place gives, reading the numbers back out
    /// of the id rather than writing the expected id for each node.
    fn id(&mut self, id: &str, place: PlaceIndexes) {
        if id_indexes(id) != Some(place) {
            self.id_faults.push(self.problems.len());
            let expected = canonical_id(place);
            self.report(id, "id", InvalidKind::WrongId { expected });
        }
    }

    fn task(&mut self, task: &'a Task, pi: usize, gi: Option<usize>, number: u32) {
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
        self.domains(task);
    }

    /// Checks that a task's fields render as the lines they came from: a title without
    /// `。`, one-line fields, continuation lines that read as prose.
    fn task_text(&mut self, task: &Task) {
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
    fn title(&mut self, id: &str, title: &str) {
        if title.is_empty() {
            self.report(id, "title", InvalidKind::EmptyTitle);
        } else if has_line_break(title) {
            self.report(id, "title", InvalidKind::LineBreak);
        }
    }

    /// Checks lines of prose: each one line, and read as prose where it stands.
    fn prose(&mut self, node: &str, list: &'static str, lines: &[String]) {
        self.prose_but(node, list, lines, &[]);
    }

    /// Checks lines of prose as [`Checker::prose`] does, but for those `kept` marks,
    /// which may read as structure.
    fn prose_but(&mut self, node: &str, list: &'static str, lines: &[String], kept: &[bool]) {
        for (i, line) in lines.iter().enumerate() {
            let kept = kept.get(i).copied().unwrap_or(false);
            if has_line_break(line) {
                self.report(node, format!("{list}[{i}]"), InvalidKind::LineBreak);
            } else if line.trim_matches(is_indent).is_empty() {
                self.report(
                    node,
                    format!("{list}[{i}]"),
                    InvalidKind::ReadsBackOtherwise {
                        reason: "an empty line reads as a blank line of the spacing".to_owned(),
                    },
                );
            } else if line.starts_with(is_indent) {
                self.report(
                    node,
                    format!("{list}[{i}]"),
                    InvalidKind::ReadsBackOtherwise {
                        reason: "white space at the start of a line reads as its indentation"
                            .to_owned(),
                    },
                );
            } else if let Some(reads_as) = reads_as(line).filter(|_| !kept) {
                self.report(
                    node,
                    format!("{list}[{i}]"),
                    InvalidKind::ReadsAsStructure { reads_as },
                );
            }
        }
    }

    /// Checks the spacing: blank lines of white space alone, and runs of indentation, each
    /// list in the order of the lines, every blank line within the text.
    fn spacing(&mut self) {
        let spacing = &self.data.spacing;
        let mut content = 0usize;
        crate::model::lines::walk(self.data, |_| content += 1);
        let total = content + spacing.blank_lines.len();
        let mut after = 0;
        for (i, blank) in spacing.blank_lines.iter().enumerate() {
            let field = format!("spacing.blank_lines[{i}]");
            if blank.line <= after || blank.line > total {
                self.report(
                    "spacing",
                    field,
                    InvalidKind::ReadsBackOtherwise {
                        reason: format!(
                            "blank line {} is out of order, or past the text's {total} lines",
                            blank.line
                        ),
                    },
                );
                return;
            }
            if !blank.text.chars().all(is_indent) {
                self.report(
                    "spacing",
                    field,
                    InvalidKind::ReadsBackOtherwise {
                        reason:
                            "a blank line holds white space only (spaces, tabs, U+3000, U+00A0)"
                                .to_owned(),
                    },
                );
            }
            after = blank.line;
        }
        let mut after = 0;
        let mut previous: Option<&str> = Some("");
        // Both lists are in line order: the blank lines are walked once beside the runs.
        let mut blanks = spacing.blank_lines.iter().peekable();
        for (i, run) in spacing.indents.iter().enumerate() {
            while blanks.next_if(|b| b.line < run.line).is_some() {}
            let on_blank = blanks.peek().is_some_and(|b| b.line == run.line);
            let field = format!("spacing.indents[{i}]");
            let reason = if run.line <= after {
                Some("the runs are in the order of their lines".to_owned())
            } else if !run.indent.chars().all(is_indent) {
                Some("an indentation is white space only (spaces, tabs, U+3000, U+00A0)".to_owned())
            } else if previous == Some(run.indent.as_str()) {
                Some("a run's indentation differs from the one before it".to_owned())
            } else if on_blank {
                Some(format!(
                    "line {} is blank, and a run starts on a line with text",
                    run.line
                ))
            } else {
                None
            };
            if let Some(reason) = reason {
                self.report("spacing", field, InvalidKind::ReadsBackOtherwise { reason });
                return;
            }
            after = run.line;
            previous = Some(&run.indent);
        }
    }

    /// Checks the lines before the first part: each reads back as what it is, and the
    /// metadata is what they say.
    fn front_matter(&mut self) {
        let data = self.data;
        // The items of an annex list read as tasks where they stand, and are kept so.
        let annexed: Vec<bool> = annex_items(data.notice.iter().map(String::as_str)).collect();
        self.prose_but("notice", "notice", &data.notice, &annexed);
        for (i, line) in data.notice.iter().enumerate() {
            if is_front_matter_line(line) {
                self.report(
                    "notice",
                    format!("notice[{i}]"),
                    InvalidKind::ReadsBackOtherwise {
                        reason: format!(
                            "{} would read as an info box or `全文` line",
                            quoted(line)
                        ),
                    },
                );
            }
        }
        if !data.notice.is_empty() && data.info_box.is_none() && data.full_text_marker.is_none() {
            self.report(
                "notice",
                "notice",
                InvalidKind::ReadsBackOtherwise {
                    reason: "without an info box or a `全文` line after it, the notice reads as the preamble"
                        .to_owned(),
                },
            );
        }
        if let Some(info_box) = &data.info_box {
            if !is_info_heading(&info_box.heading) {
                self.report(
                    "info_box",
                    "info_box.heading",
                    InvalidKind::ReadsBackOtherwise {
                        reason: format!(
                            "{} is no info box heading: expected 基本介紹 or 基本介绍",
                            quoted(&info_box.heading)
                        ),
                    },
                );
            }
            for (i, entry) in info_box.entries.iter().enumerate() {
                let bad_key = entry.key.is_empty()
                    || entry.key.contains([':', '：'])
                    || has_line_break(&entry.key);
                if bad_key || has_line_break(&entry.value) {
                    self.report(
                        "info_box",
                        format!("info_box.entries[{i}]"),
                        InvalidKind::ReadsBackOtherwise {
                            reason: "an entry is one line `- key:value`, its key not empty and without a colon"
                                .to_owned(),
                        },
                    );
                }
            }
            let first_preamble = data.preamble.first().map(String::as_str);
            if data.full_text_marker.is_none() && first_preamble.is_some_and(is_front_matter_line) {
                self.report(
                    "preamble",
                    "preamble[0]",
                    InvalidKind::ReadsBackOtherwise {
                        reason: "right after the info box, without a `全文` line, it would read as part of the box"
                            .to_owned(),
                    },
                );
            }
        }
        if let Some(marker) = &data.full_text_marker {
            if !is_full_text_marker(marker) {
                self.report(
                    "full_text_marker",
                    "full_text_marker",
                    InvalidKind::ReadsBackOtherwise {
                        reason: format!("{} is not the `全文` line", quoted(marker)),
                    },
                );
            }
        }
        self.prose("preamble", "preamble", &data.preamble);
        let derived = derive_metadata(data);
        let metadata = &data.metadata;
        let show =
            |value: Option<String>| value.map_or("none".to_owned(), |v| quoted(&v).to_string());
        let date = |date: Option<Date>| show(date.map(|d| d.to_string()));
        let period = |period: Option<Period>| show(period.map(|p| p.to_string()));
        let fields = [
            ("title", show(derived.title), show(metadata.title.clone())),
            (
                "issuer",
                show(derived.issuer),
                show(metadata.issuer.clone()),
            ),
            (
                "approver",
                show(derived.approver),
                show(metadata.approver.clone()),
            ),
            (
                "issue_date",
                date(derived.issue_date),
                date(metadata.issue_date),
            ),
            ("period", period(derived.period), period(metadata.period)),
        ];
        for (field, expected, found) in fields {
            if expected != found {
                self.report(
                    "metadata",
                    format!("metadata.{field}"),
                    InvalidKind::Mismatch {
                        expected: format!("{expected}, as the front matter says"),
                        found,
                    },
                );
            }
        }
    }

    /// Checks the task's notes and responsibility lines against its text read again:
    /// the notes where they stand, then each party of each statement; gives back where
    /// the notes of its body stand, which its mentions leave out.
    fn parties(&mut self, task: &'a Task) -> Vec<Span> {
        let reading = roles::read_task(task, self.registry.home());
        self.notes(task, &reading.scan.notes);
        let in_body = reading
            .scan
            .notes
            .iter()
            .filter(|note| note.continuation.is_none())
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
        in_body
    }

    /// Checks the notes a task was given against those its text reads as.
    fn notes(&mut self, task: &'a Task, read: &[NoteRef<'a>]) {
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
            if given.continuation != expected.continuation || given.span != expected.span {
                self.report(
                    &task.id,
                    format!("notes[{i}]"),
                    InvalidKind::NotAsRead {
                        expected: format!(
                            "a note at {}..{} of {}",
                            expected.span.start,
                            expected.span.end,
                            expected
                                .continuation
                                .map_or("the body".to_owned(), |c| format!("continuation {c}"))
                        ),
                    },
                );
                return;
            }
            let text = match given.continuation {
                None => Some(task.body.as_str()),
                Some(c) => task.continuation.get(c).map(String::as_str),
            };
            let reads = expected.parties.iter().map(|p| Ok(*p)).collect();
            let list = format!("notes[{i}]");
            self.statement(
                task,
                &list,
                &given.parties,
                reads,
                text.unwrap_or_default(),
                Within::Body(task.number),
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
    fn statement(
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

    fn unreadable(&mut self, task: &Task, field: &str, text: &str, err: PartyError) {
        self.report(
            &task.id,
            field,
            InvalidKind::Unreadable {
                text: text.to_owned(),
                reason: ParseErrorKind::from(err),
            },
        );
    }

    /// Checks that `span` lies in `text` and `quote` is the text there, reporting the
    /// fields `span` and `quote` at `at`; whether both hold.
    fn span(
        &mut self,
        node: &str,
        at: At,
        span: Span,
        quote: &str,
        text: &str,
        within: Within,
    ) -> bool {
        match span.of(text) {
            None => {
                self.report(
                    node,
                    at.field("span"),
                    InvalidKind::SpanOutsideText {
                        start: span.start,
                        end: span.end,
                        len: text.len(),
                        place: within.to_string(),
                    },
                );
                false
            }
            Some(found) if found != quote => {
                self.report(
                    node,
                    at.field("quote"),
                    InvalidKind::QuoteNotAtSpan {
                        quote: quote.to_owned(),
                        start: span.start,
                        end: span.end,
                        place: within.to_string(),
                        found: found.to_owned(),
                    },
                );
                false
            }
            Some(_) => true,
        }
    }

    /// Checks the mentions against the body read again: each where it says, naming what
    /// it says, and none missing.
    fn mentions(&mut self, task: &Task, notes: &[Span]) {
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

    /// Checks each domain tag: a quote, no domain twice, the quote in the task's text.
    /// A repeated tag is reported as such without its quote being looked for, so that
    /// the task's text is searched at most once for each domain, however many tags it
    /// has.
    fn domains(&mut self, task: &Task) {
        let mut seen = [false; domain::COUNT];
        for (i, tag) in task.domains.iter().enumerate() {
            let repeated = seen
                .get_mut(tag.domain as usize)
                .is_some_and(|seen| std::mem::replace(seen, true));
            let kind = if tag.quote.is_empty() {
                Some(("quote", InvalidKind::EmptyQuote))
            } else if repeated {
                Some(("domain", InvalidKind::RepeatedDomain(tag.domain)))
            } else if !task.title.contains(&tag.quote) && !task.body.contains(&tag.quote) {
                Some((
                    "quote",
                    InvalidKind::QuoteNotInTask {
                        quote: tag.quote.clone(),
                    },
                ))
            } else {
                None
            };
            if let Some((field, kind)) = kind {
                self.report(&task.id, format!("domains[{i}].{field}"), kind);
            }
        }
    }

    fn targets(&mut self) {
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
                self.id_faults.push(self.problems.len());
                let expected = place.target_id(sequence);
                self.report(id, "id", InvalidKind::WrongId { expected });
            }
            if let Some(text) = text {
                let within = place.within();
                self.span(id, At::Top, target.span, &target.quote, text, within);
                self.deadline(target, text, within);
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
    fn deadline(&mut self, target: &Target, text: &str, place: Within) {
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

    /// Checks the registry of organisations against the one the responsibility lines
    /// give, as the parties' check has built it.
    fn organizations(&mut self) {
        let data = self.data;
        let organizations = std::mem::replace(&mut self.registry, Builder::new(None)).finish();
        for (i, expected) in organizations.iter().enumerate() {
            let found = data.organizations.get(i);
            if found != Some(expected) {
                let found = found.map_or_else(
                    || "nothing: the list ends".to_owned(),
                    |o| serde_json::to_string(o).unwrap_or_default(),
                );
                self.report(
                    "organizations",
                    format!("organizations[{i}]"),
                    InvalidKind::Mismatch {
                        expected: serde_json::to_string(expected).unwrap_or_default(),
                        found,
                    },
                );
                return;
            }
        }
        if let Some(extra) = data.organizations.get(organizations.len()) {
            self.report(
                "organizations",
                format!("organizations[{}]", organizations.len()),
                InvalidKind::Mismatch {
                    expected: format!(
                        "no organisation here: the responsibility lines name {}",
                        organizations.len()
                    ),
                    found: extra.id.clone(),
                },
            );
        }
    }

    /// Tells the wrong ids that another node or target has too from the others.
    fn name_duplicates(&mut self) {
        if self.id_faults.is_empty() {
            return;
        }
        let data = self.data;
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let ids = data
            .parts
            .iter()
            .flat_map(|part| {
                std::iter::once(part.id.as_str())
                    .chain(part.groups.iter().map(|group| group.id.as_str()))
            })
            .chain(data.tasks().map(|task| task.id.as_str()))
            .chain(data.targets.iter().map(|target| target.id.as_str()));
        for id in ids {
            *seen.entry(id).or_default() += 1;
        }
        for &at in &self.id_faults {
            let Some(problem) = self.problems.get_mut(at) else {
                continue;
            };
            if seen.get(problem.node.as_str()).is_some_and(|&n| n > 1) {
                if let InvalidKind::WrongId { expected } = &mut problem.kind {
                    problem.kind = InvalidKind::DuplicateId {
                        id: problem.node.clone(),
                        expected: std::mem::take(expected),
                    };
                }
            }
        }
    }
}

/// Where a checked field stands in its node, written out only when reported.
#[derive(Debug, Clone, Copy)]
enum At<'s> {
    /// At the top of the node: `span`, `quote`.
    Top,
    /// In an element of one of its lists: `responsibility.parties[1].span`.
    Item(&'s str, usize),
}

impl At<'_> {
    fn field(self, name: &str) -> String {
        match self {
            At::Top => name.to_owned(),
            At::Item(list, i) => format!("{list}[{i}].{name}"),
        }
    }

    /// The element itself: `responsibility.parties[1]`.
    fn item(self) -> String {
        match self {
            At::Top => String::new(),
            At::Item(list, i) => format!("{list}[{i}]"),
        }
    }
}

/// The text a span points into, named only when reported.
#[derive(Debug, Clone, Copy)]
enum Within {
    Line,
    Body(u16),
    Paragraph(u8, usize),
}

impl fmt::Display for Within {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Within::Line => f.write_str("the responsibility line"),
            Within::Body(number) => write!(f, "task {number}'s body"),
            Within::Paragraph(part, index) => write!(f, "paragraph {index} of part {part}"),
        }
    }
}

/// Whether a field meant to be one line of the text holds a line break.
fn has_line_break(text: &str) -> bool {
    // Byte searches, which do not decode the characters.
    let bytes = text.as_bytes();
    bytes.contains(&b'\n') || bytes.contains(&b'\r')
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

fn place_mismatch(what: &str, expected: usize, found: u8) -> InvalidKind {
    InvalidKind::Mismatch {
        expected: format!("{expected}, the {what} it stands in"),
        found: found.to_string(),
    }
}

/// The canonical id of a place given as indexes.
fn canonical_id((part, group, task): PlaceIndexes) -> String {
    node_id(part + 1, group.map(|g| g + 1), task.map(|t| t + 1))
}

/// Where a target stands: a part's prose or a task's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

impl From<PartyError> for ParseErrorKind {
    fn from(err: PartyError) -> ParseErrorKind {
        match err {
            PartyError::Empty => ParseErrorKind::EmptyParty,
            PartyError::Brackets => ParseErrorKind::UnbalancedBrackets,
        }
    }
}

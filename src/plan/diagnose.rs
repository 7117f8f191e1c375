//! What a plan's reading noticed but could not fully understand, each on the line of
//! the plan's text where it stands: a party whose organisation has no kind, a plan with
//! no task, a task with no responsibility, a note of responsibility left unread, an
//! annex list skipped, a table of tasks kept as text, a text cut short, a number before
//! a unit that states no quantity, digits in a date's shape that write no date, an
//! info box and a notice that date the plan differently, a task's deadline that
//! writes no year, and a standing lead rule that adds a body to the tasks after it.

use std::collections::HashSet;

use crate::base::period::Period;
use crate::base::quote::quoted;
use crate::fault::ParseErrorKind;
use crate::model::lines::{Spacer, TextLine, walk};
use crate::model::{
    Date, DeadlinePlace, Diagnostic, DiagnosticKind, LeadRule, NumberMarker, PartKind, Party,
    PlanData, RuleKind, Task, deadline_range,
};
use crate::read::dates::{dates_in, find_date};
use crate::read::deadlines::is_whole_line;
use crate::read::front::DATE_KEYS;
use crate::read::lines::{
    ResponsibilityLine, annex_items, is_annex_list_start, is_table_header, looks_like_part_heading,
    malformed, numbered, responsibility_line,
};
use crate::read::notes::Scan;
use crate::read::organizations;
use crate::read::responsibility::check_items;
use crate::read::targets::{Unread, Why, unread_in};
use crate::vocab::level::{Level, strip_level};

/// How many diagnostics, the first in the text, name the closest kinds.
const MAX_SUGGESTED: usize = 20;

/// The diagnostics of a plan whose invariants hold, in document order.
pub(crate) fn diagnose(data: &PlanData) -> Vec<Diagnostic> {
    let mut found = Finder {
        data,
        home: organizations::home(&data.metadata),
        home_level: organizations::home_level(&data.metadata),
        kindless: data
            .organizations
            .iter()
            .filter(|o| o.kind.is_none())
            .map(|o| o.id.as_str())
            .collect(),
        found: Vec::new(),
        suggested: 0,
        tasks: 0,
        table: false,
        rows: data.tasks().any(|task| !task.row.is_empty()),
        levels: document_levels(data),
        last_task: None,
        listed: false,
        heading_like: None,
        range: deadline_range(&data.metadata).0,
        info_date: None,
        notice_date: None,
        closing: 0,
        standing: data
            .lead_rules
            .iter()
            .filter(|rule| rule.kind == RuleKind::Standing)
            .collect(),
        next_standing: 0,
        paragraph: 0,
        ruled: None,
    };
    let annexed: Vec<bool> = annex_items(data.notice.iter().map(String::as_str)).collect();
    // A notice that has become the preamble (no info box, no `全文`) keeps its list there.
    let annexed_preamble: Vec<bool> =
        annex_items(data.preamble.iter().map(String::as_str)).collect();
    let mut preamble = 0;
    let mut spacer = Spacer::new(&data.spacing);
    let mut first_part = None;
    // The annex list: the line of its `附件:`, and of its last item.
    let mut annex_start = None;
    let mut annex_list: Option<(usize, usize)> = None;
    walk(data, |line| {
        let (_, at, _) = spacer.next();
        found.listed = match line {
            TextLine::Notice(i, _) => annexed.get(i).copied().unwrap_or(false),
            TextLine::Preamble(_) => {
                preamble += 1;
                annexed_preamble.get(preamble - 1).copied().unwrap_or(false)
            }
            _ => false,
        };
        found.line(at, line);
        found.standing_rule(at, line);
        match line {
            TextLine::Notice(i, _) if annexed.get(i).copied().unwrap_or(false) => {
                let list = annex_list.get_or_insert((annex_start.unwrap_or(at), at));
                list.1 = at;
            }
            TextLine::Notice(_, text) if is_annex_list_start(text) => annex_start = Some(at),
            TextLine::Part(_) if first_part.is_none() => first_part = Some(at),
            _ => {}
        }
    });
    if let Some((first, last)) = annex_list {
        found.push(
            first,
            "notice",
            DiagnosticKind::AnnexList,
            format!(
                "the annex list of the notice (lines {first}–{last}) is kept as notice text: the annexes it names are not tasks of this plan"
            ),
        );
    }
    found.finish(first_part);
    found.dates();
    found.ruled();
    let mut found = found.found;
    found.sort_by_key(|d| d.line);
    found
}

/// The diagnostics found so far, and what finding them needs.
struct Finder<'a> {
    data: &'a PlanData,
    home: Option<&'a str>,
    /// The plan's own level, which the suggestions for a name of no kind are of.
    home_level: Option<Level>,
    kindless: HashSet<&'a str>,
    found: Vec<Diagnostic>,
    suggested: usize,
    tasks: usize,
    table: bool,
    /// Whether the plan has tasks read from a table's rows.
    rows: bool,
    /// The levels of numbering of each document: the plan's own, then each annex's.
    levels: Vec<DocumentLevels>,
    /// The last task, and the number of its last line.
    last_task: Option<(&'a Task, usize)>,
    /// Whether the line being looked at is an item of an annex list.
    listed: bool,
    /// The first line of the front matter that looks like a part heading written
    /// otherwise than `一、` (`一.`, `第一部分`), and its text.
    heading_like: Option<(usize, &'a str)>,
    /// The years a target may be due in: a number in a clause dated outside them is in
    /// no target, and no finding.
    range: Period,
    /// The line of the info box's date of issue, its key and the date it gives.
    info_date: Option<(usize, &'a str, Date)>,
    /// The first line of the notice that gives a date, and the date.
    notice_date: Option<(usize, Date)>,
    /// The index of the next line after the last task's responsibility lines.
    closing: usize,
    /// The standing rules not yet met, in the text's order.
    standing: Vec<&'a LeadRule>,
    next_standing: usize,
    /// The index of the line among its node's paragraphs (or the preamble's lines).
    paragraph: usize,
    /// The standing rule last met, its line, and the tasks it is added to.
    ruled: Option<Ruled<'a>>,
}

/// A standing rule met, and the tasks after it it is added to so far.
struct Ruled<'a> {
    rule: &'a LeadRule,
    line: usize,
    tasks: usize,
    first: Option<&'a Task>,
    last: Option<&'a Task>,
}

impl<'a> Finder<'a> {
    /// Whether a standing rule stands on content line `at`, and the tasks it is added
    /// to: each rule is said once, when the next is met or the text ends.
    fn standing_rule(&mut self, at: usize, line: TextLine<'a>) {
        let (node, continuation) = match line {
            TextLine::Preamble(_) => {
                self.paragraph += 1;
                ("preamble", Some(self.paragraph - 1))
            }
            TextLine::Part(part) => {
                self.paragraph = 0;
                (part.id.as_str(), None)
            }
            TextLine::Group(group) => {
                self.paragraph = 0;
                (group.id.as_str(), None)
            }
            TextLine::PartParagraph(part, _) => {
                self.paragraph += 1;
                (part.id.as_str(), Some(self.paragraph - 1))
            }
            TextLine::GroupParagraph(group, _) => {
                self.paragraph += 1;
                (group.id.as_str(), Some(self.paragraph - 1))
            }
            TextLine::Task(task) => {
                if let Some(ruled) = self
                    .ruled
                    .as_mut()
                    .filter(|_| !task.rule_parties.is_empty())
                {
                    ruled.tasks += 1;
                    ruled.first = ruled.first.or(Some(task));
                    ruled.last = Some(task);
                }
                (task.id.as_str(), None)
            }
            TextLine::Continuation(task, i, _) => (task.id.as_str(), Some(i)),
            _ => return,
        };
        while let Some(&rule) = self
            .standing
            .get(self.next_standing)
            .filter(|rule| rule.node == node && rule.continuation == continuation)
        {
            self.next_standing += 1;
            self.ruled();
            self.ruled = Some(Ruled {
                rule,
                line: at,
                tasks: 0,
                first: None,
                last: None,
            });
        }
    }

    /// Says what the standing rule last met adds, and to which tasks.
    fn ruled(&mut self) {
        let Some(ruled) = self.ruled.take() else {
            return;
        };
        let party = ruled
            .first
            .and_then(|task| task.rule_parties.first())
            .map(|party| party.quote.as_str());
        let to = match (ruled.first, ruled.last) {
            (Some(first), Some(last)) if first.id == last.id => format!("to task {}", first.number),
            (Some(first), Some(last)) => format!(
                "to {} tasks, task {} to task {}",
                ruled.tasks, first.number, last.number
            ),
            _ => "to no task: none follows it".to_owned(),
        };
        let what = party.map_or_else(|| "a body".to_owned(), |party| quoted(party).to_string());
        self.push(
            ruled.line,
            &ruled.rule.node,
            DiagnosticKind::StandingRule,
            format!(
                "the standing rule {} adds {what} {to}, though no list of theirs names it: it leads a task with no lead of its own and supports the others (basis rule)",
                quoted(&ruled.rule.quote)
            ),
        );
    }

    fn push(&mut self, line: usize, node: &str, kind: DiagnosticKind, message: String) {
        self.found.push(Diagnostic {
            line,
            node: node.to_owned(),
            message,
            kind,
        });
    }

    /// Looks at content line `at` of the text.
    fn line(&mut self, at: usize, line: TextLine<'a>) {
        let text = match line {
            TextLine::Notice(_, text)
            | TextLine::Preamble(text)
            | TextLine::PartParagraph(_, text)
            | TextLine::GroupParagraph(_, text)
            | TextLine::Continuation(_, _, text)
            | TextLine::Closing(_, text) => Some(text),
            _ => None,
        };
        if let Some(text) = text {
            self.unplaced(at, line, text);
        }
        if let TextLine::AnnexLine(_, text) = line {
            self.unplaced(at, line, text);
        }
        if let TextLine::Notice(_, text) | TextLine::Preamble(text) = line {
            if self.heading_like.is_none() && looks_like_part_heading(text) {
                self.heading_like = Some((at, text));
            }
        }
        if !self.table && !self.rows && text.is_some_and(is_table_header) {
            self.table = true;
            let node = match line {
                TextLine::PartParagraph(part, ..) => part.id.as_str(),
                TextLine::GroupParagraph(group, ..) => group.id.as_str(),
                TextLine::Continuation(task, ..) => task.id.as_str(),
                TextLine::Notice(..) => "notice",
                _ => "preamble",
            };
            self.push(
                at,
                node,
                DiagnosticKind::Table,
                "lines laid out as a table of tasks (cells split by `|`) are kept as text, not read as tasks: write each task as a line `1.…` with its `責任單位:` line after it".to_owned(),
            );
        }
        match line {
            TextLine::Notice(_, text) => {
                self.unread_dates(at, "notice", "the notice", text);
                if self.notice_date.is_none() {
                    self.notice_date = find_date(text).map(|date| (at, date));
                }
            }
            TextLine::InfoEntry(entry) if DATE_KEYS.contains(&entry.key.as_str()) => {
                let what = format!("the info box's {}", quoted(&entry.key));
                let unread = self.unread_dates(at, "info_box", &what, &entry.value);
                match find_date(&entry.value) {
                    Some(date) if self.info_date.is_none() => {
                        self.info_date = Some((at, entry.key.as_str(), date));
                    }
                    Some(_) => {}
                    None if unread > 0 => {}
                    None => self.push(
                        at,
                        "info_box",
                        DiagnosticKind::UnreadDate,
                        format!(
                            "{what} {} gives no date written like 2022年4月26日, so the date of issue is not taken from it",
                            quoted(&entry.value)
                        ),
                    ),
                }
            }
            TextLine::PartParagraph(part, text) if part.kind == PartKind::Objectives => {
                let owner = format!("part {}", part.number);
                self.unread_numbers(at, &part.id, &owner, unread_in(text, true), text);
            }
            TextLine::Task(task) => {
                self.tasks += 1;
                self.last_task = Some((task, at));
                self.closing = 0;
                self.task(at, task);
                self.deadline(at, task, DeadlinePlace::Title);
                self.deadline(at, task, DeadlinePlace::Body);
                if let Some(deadline) = task
                    .deadline
                    .as_ref()
                    .filter(|d| matches!(d.place, DeadlinePlace::Cell(_)))
                {
                    self.deadline(at, task, deadline.place);
                }
            }
            TextLine::Continuation(task, i, text) => {
                self.last_task = Some((task, at));
                self.deadline(at, task, DeadlinePlace::Continuation(i));
                self.unread(task, at, Some(i), text);
                let parties = task.notes_in(Some(i)).iter().flat_map(|n| &n.parties);
                self.unknown(at, task, parties);
            }
            TextLine::Responsibility(task, responsibility) => {
                self.last_task = Some((task, at));
                self.unknown(at, task, &responsibility.parties);
            }
            TextLine::Closing(task, _) => {
                self.last_task = Some((task, at));
                let i = self.closing;
                self.closing += 1;
                self.deadline(at, task, DeadlinePlace::Closing(i));
                // The lines after the responsibility, but for one that is the task's
                // deadline and nothing else (`完成時限:2023年底`), are kept unread: said
                // once, on the first of them.
                let whole = whole_deadline_line(task);
                let read = usize::from(whole.is_some());
                let first = usize::from(whole == Some(0));
                if i == first && task.closing.len() > read {
                    self.push(
                        at,
                        &task.id,
                        DiagnosticKind::UnreadText,
                        format!(
                            "{} line(s) after the responsibility of task {} are kept as text, not read",
                            task.closing.len() - read,
                            task.number
                        ),
                    );
                }
            }
            _ => {}
        }
    }

    /// A line of text that reads as a heading, an item or a responsibility line of a
    /// level its document uses for structure, or that opens like a heading or a task
    /// but cannot be one (`02.`, `(二）`, `三、` with no title), and so does not fit where
    /// it stands.
    fn unplaced(&mut self, at: usize, line: TextLine<'a>, text: &str) {
        if self.listed {
            // An annex list's items read as tasks, and have their own finding.
            return;
        }
        let part_annex = |part: u8| {
            self.data
                .parts
                .get(usize::from(part).wrapping_sub(1))
                .and_then(|part| part.annex)
        };
        let (node, annex) = match line {
            TextLine::Notice(..) => ("notice", None),
            TextLine::Preamble(_) => ("preamble", None),
            TextLine::AnnexLine(annex, _) => (annex.id.as_str(), Some(annex.number)),
            TextLine::PartParagraph(part, _) => (part.id.as_str(), part.annex),
            TextLine::GroupParagraph(group, _) => (group.id.as_str(), part_annex(group.part)),
            TextLine::Continuation(task, ..) | TextLine::Closing(task, _) => {
                (task.id.as_str(), part_annex(task.part))
            }
            _ => return,
        };
        let what = if let Some(item) = numbered(text) {
            let levels = self
                .levels
                .get(annex.map_or(0, usize::from))
                .copied()
                .unwrap_or_default();
            let rank = item.marker.rank();
            let deepest = levels.task.or(levels.group).or(levels.part);
            if deepest.is_none_or(|deepest| rank > deepest) {
                return;
            }
            format!(
                "{} is numbered `{}`, a level this document's structure does not place here",
                quoted(text),
                item.marker
            )
        } else {
            // A task's own line whose list does not read is reported as unread instead.
            let in_task = matches!(line, TextLine::Continuation(..));
            let no_task = || {
                format!(
                    "{} is a responsibility line with no task it can belong to",
                    quoted(text)
                )
            };
            match (responsibility_line(text), malformed(text)) {
                (Some(line), _) if !in_task || check_items(line.text).is_ok() => no_task(),
                (_, Some(ParseErrorKind::EmptyResponsibility)) if !in_task => no_task(),
                (
                    _,
                    Some(
                        why @ (ParseErrorKind::InvalidTaskNumber { .. }
                        | ParseErrorKind::EmptyTitle { .. }
                        | ParseErrorKind::MismatchedBrackets),
                    ),
                ) => format!(
                    "{} opens like a heading or a task but is none ({why})",
                    quoted(text)
                ),
                _ => return,
            }
        };
        self.push(
            at,
            node,
            DiagnosticKind::Unplaced,
            format!("{what}: it is kept as text on its line"),
        );
    }
}

/// The ranks of numbering the parts, groups and tasks of each document are written in:
/// the plan's own first, then each annex's.
fn document_levels(data: &PlanData) -> Vec<DocumentLevels> {
    let mut all = vec![DocumentLevels::default(); data.annexes.len() + 1];
    for part in &data.parts {
        let Some(levels) = all.get_mut(part.annex.map_or(0, usize::from)) else {
            continue;
        };
        {
            if !part.headless {
                let rank = part.marker.unwrap_or(NumberMarker::Numeral).rank();
                levels.part = levels.part.min(Some(rank)).or(Some(rank));
            }
            for group in &part.groups {
                levels.group = Some(group.marker().rank());
            }
            let tasks = part
                .tasks
                .iter()
                .chain(part.groups.iter().flat_map(|g| &g.tasks));
            for task in tasks.filter(|task| task.marker != NumberMarker::Unnumbered) {
                levels.task = Some(task.marker.rank());
            }
        }
    }
    all
}

impl<'a> Finder<'a> {
    /// A task's own line: whether it names anyone, its unread notes, its unknown bodies.
    fn task(&mut self, at: usize, task: &'a Task) {
        let in_implementation = self
            .data
            .parts
            .get(usize::from(task.part).wrapping_sub(1))
            .is_some_and(|part| part.kind == PartKind::Implementation);
        if task.parties().len() == 0 && !in_implementation {
            self.push(
                at,
                &task.id,
                DiagnosticKind::NoResponsibility,
                format!(
                    "task {} names no responsible body: no `責任單位:` or `牽頭單位:` line follows it and no note in its text names one",
                    task.number
                ),
            );
        }
        self.unread(task, at, None, &task.title);
        self.unread(task, at, None, &task.body);
        let owner = format!("task {}", task.number);
        let numbers = unread_in(&task.body, false);
        self.unread_numbers(at, &task.id, &owner, numbers, &task.body);
        self.unknown(
            at,
            task,
            task.notes_in_title()
                .iter()
                .chain(task.notes_in(None))
                .flat_map(|n| &n.parties),
        );
    }

    /// A task's deadline that stands at `place` and writes no year.
    fn deadline(&mut self, at: usize, task: &Task, place: DeadlinePlace) {
        let Some(deadline) = &task.deadline else {
            return;
        };
        if deadline.place != place || !deadline.lacks_written_year() {
            return;
        }
        let words = quoted(&deadline.quote);
        let message = match deadline.year {
            Some(year) => format!(
                "the deadline {words} of task {} writes no year: it is taken as {year}, the year of the document's date of issue",
                task.number
            ),
            None => format!(
                "the deadline {words} of task {} writes no year, and the document gives no date of issue to take one from: its year is not known",
                task.number
            ),
        };
        self.push(at, &task.id, DiagnosticKind::DeadlineWithoutYear, message);
    }

    /// The bracketed notes of a line of a task's text (its title, body or a continuation
    /// line) that read like responsibility but not as bodies.
    fn unread(&mut self, task: &Task, at: usize, continuation: Option<usize>, text: &str) {
        let mut scan = Scan::default();
        scan.line(text, continuation, self.home);
        for (_, span) in scan.unread {
            let note = span.of(text).unwrap_or_default();
            self.push(
                at,
                &task.id,
                DiagnosticKind::UnreadResponsibility,
                format!(
                    "{} in task {} reads like responsibility but not as a list of bodies, and is kept as text",
                    quoted(note),
                    task.number
                ),
            );
        }
    }

    /// The numbers before a unit in `text` that state no quantity, and the `到…年` that
    /// date nothing, except in a clause dated outside the plan's years.
    fn unread_numbers(
        &mut self,
        at: usize,
        node: &str,
        owner: &str,
        numbers: Vec<Unread>,
        text: &str,
    ) {
        for unread in numbers {
            if unread
                .deadline
                .is_some_and(|deadline| !self.range.contains(deadline.year))
            {
                continue;
            }
            let words = quoted(unread.at.of(text).unwrap_or_default());
            let (kind, message) = match unread.why {
                Why::NotAYear => (
                    DiagnosticKind::UnreadDate,
                    format!("{words} in {owner} is no deadline: {}", unread.why.reason()),
                ),
                why => (
                    DiagnosticKind::UnreadNumber,
                    format!("{words} in {owner} states no quantity: {}", why.reason()),
                ),
            };
            self.push(at, node, kind, message);
        }
    }

    /// The digits in a date's shape in `text` that write no date: how many.
    fn unread_dates(&mut self, at: usize, node: &str, what: &str, text: &str) -> usize {
        let mut count = 0;
        for (span, date) in dates_in(text) {
            if date.is_some() {
                continue;
            }
            let words = span.of(text).unwrap_or_default();
            let why = if year_is_no_year(words) {
                "a year is four digits, the first not 0, that stand apart from other digits and letters"
            } else {
                "the month has no such day"
            };
            self.push(
                at,
                node,
                DiagnosticKind::UnreadDate,
                format!("{} in {what} is no date: {why}", quoted(words)),
            );
            count += 1;
        }
        count
    }

    /// The dates of issue the info box and the notice give, where they differ.
    fn dates(&mut self) {
        let (Some((info_line, key, info)), Some((notice_line, notice))) =
            (self.info_date, self.notice_date)
        else {
            return;
        };
        if info == notice {
            return;
        }
        self.push(
            info_line,
            "info_box",
            DiagnosticKind::ConflictingDates,
            format!(
                "the info box's {} on line {info_line} dates the plan {info}, and the notice on line {notice_line} {notice}: the date of issue is the info box's, {info}",
                quoted(key)
            ),
        );
    }

    /// Each party of no known kind.
    fn unknown<'p>(
        &mut self,
        at: usize,
        task: &Task,
        parties: impl IntoIterator<Item = &'p Party>,
    ) {
        for party in parties {
            if !self.kindless.contains(party.organization.as_str()) {
                continue;
            }
            let id = &party.organization;
            // Suggestions compare a name with every name of the vocabulary: the first
            // few diagnostics get them, so that a text of many unknown bodies is read
            // at the speed of any other.
            let suggest = self.suggested < MAX_SUGGESTED;
            self.suggested += 1;
            let message =
                organizations::why_unknown(&party.quote, self.home, self.home_level, id, suggest)
                    .unwrap_or_else(|| {
                        format!(
                            "{} is kept as organisation `{id}`, of no kind",
                            quoted(&party.quote)
                        )
                    });
            self.push(at, &task.id, DiagnosticKind::UnknownBody, message);
        }
    }

    /// What only the whole text tells: no task at all, and a text cut short.
    fn finish(&mut self, first_part: Option<usize>) {
        if self.tasks == 0 {
            // Without parts, the finding stands on the first line that looks like a
            // heading written otherwise, where the reader looks first.
            let heading_like = self.heading_like.filter(|_| self.data.parts.is_empty());
            self.push(
                first_part
                    .or(heading_like.map(|(at, _)| at))
                    .unwrap_or(1),
                self.data.parts.first().map_or("", |p| p.id.as_str()),
                DiagnosticKind::NoTasks,
                if let Some((_, line)) = heading_like {
                    format!(
                        "the text has no task: no numbered line or paragraph carries responsibility, and no level of headings was found ({} looks like a part heading, but is not written as one, `一、…`), so it is all kept as front matter",
                        quoted(line)
                    )
                } else if self.data.parts.is_empty() {
                    "the text has no task: no numbered line or paragraph carries responsibility, and no level of headings was found, so it is all kept as front matter".to_owned()
                } else {
                    "the plan has no task: no numbered line carries responsibility and no level lies below its headings, so its parts are kept as prose".to_owned()
                },
            );
        }
        if let Some((task, at)) = self.last_task {
            if let Some(why) = cut_short(task, self.home) {
                // A task cut short has lost what would have named its bodies: it is
                // reported as cut, not as naming none.
                self.found
                    .retain(|d| !(d.kind == DiagnosticKind::NoResponsibility && d.node == task.id));
                self.push(
                    at,
                    &task.id,
                    DiagnosticKind::Truncated,
                    format!("the text stops {why} in task {}: the copy seems cut short, and the task is kept as far as it goes", task.number),
                );
            }
        }
    }
}

/// The ranks of numbering a document's parts, groups and tasks use.
#[derive(Debug, Clone, Copy, Default)]
struct DocumentLevels {
    part: Option<u8>,
    group: Option<u8>,
    task: Option<u8>,
}

/// Why the last task of a text seems cut short, if it does: a bracket left open, a
/// sentence without its end, or a list of bodies that stops at a level word.
fn cut_short(task: &Task, home: Option<&str>) -> Option<&'static str> {
    if !task.closing.is_empty() {
        // Lines such as `完成時限:2023年底` end without a stop.
        return None;
    }
    let lines = task
        .responsibility
        .iter()
        .chain(&task.further_responsibility);
    if let Some(last) = lines.last() {
        let name = last.parties.last().map_or("", |p| p.quote.as_str());
        let bare = strip_level(name).is_some_and(|(rest, _)| rest.is_empty());
        return (bare || last.text.trim_end().ends_with(['、', ',', '，']))
            .then_some("in the middle of a list of bodies");
    }
    let text = task.continuation.last().unwrap_or(&task.body);
    let text = if text.is_empty() { &task.title } else { text };
    if let Some(ResponsibilityLine { text: list, .. }) = responsibility_line(text) {
        // A responsibility line whose list did not read, kept as text: it ends as a
        // list does, without a stop.
        let list = list.trim_end();
        let open = list.matches(['(', '（']).count() > list.matches([')', '）']).count();
        return if open {
            Some("inside a bracket")
        } else {
            list.ends_with(['、', ',', '，'])
                .then_some("in the middle of a list of bodies")
        };
    }
    let mut scan = Scan::default();
    scan.line(text, None, home);
    if scan.open.is_some() {
        return Some("inside a bracket");
    }
    // A note that ends the line (`…。责任单位：市民政局`) ends it as a stop would.
    let end = text.trim_end().len();
    if scan.notes.iter().any(|note| note.span.end >= end) {
        return None;
    }
    let ends = [
        '。', '；', ';', '！', '!', '？', '?', '）', ')', '”', '」', '：', ':', '.',
    ];
    (!text.trim_end().ends_with(ends)).then_some("in the middle of a sentence")
}

/// The closing line of `task` that is its deadline and nothing else (`完成時限:2023年底`),
/// if one is.
fn whole_deadline_line(task: &Task) -> Option<usize> {
    let deadline = task.deadline.as_ref()?;
    let DeadlinePlace::Closing(i) = deadline.place else {
        return None;
    };
    let line = task.closing.get(i)?;
    is_whole_line(line, deadline.span).then_some(i)
}

/// Whether the digits before the `年` of `words`, a date's shape, are no year.
fn year_is_no_year(words: &str) -> bool {
    words
        .find('年')
        .is_none_or(|at| crate::base::number::year_before(words, at).is_none())
}

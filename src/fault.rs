//! Faults: why a text does not read as a plan ([`ParseError`]), and the invariants a
//! plan's data can break ([`Invalid`]).
//!
//! The two name each other, so they live together: a text that reads but whose plan
//! breaks invariants is a parse error listing them ([`ParseErrorKind::Invalid`]), and a
//! responsibility line of loaded JSON that does not read is a broken invariant saying
//! why ([`InvalidKind::Unreadable`]). The reader raises the first, the checks and the
//! model's target records the second; [`Error`](crate::Error), above them, wraps both.

use thiserror::Error;

use crate::base::period::Period;
use crate::base::quote::{quoted, relayed, shown};
use crate::vocab::department::Department;
use crate::vocab::domain::Domain;
use crate::vocab::lookup::did_you_mean;

/// The most characters of an offending line that an error quotes.
const EXCERPT_CHARS: usize = 40;

/// Why [`parse`](crate::parse()) refused a text, and on which line.
///
/// A text is refused only for what makes it no text of the genre at all: it is empty,
/// or its line endings mix, or (a safety net) the plan read from it would not give it
/// back. Never for its shape: a line that does not fit the structure found (numbers
/// out of sequence, a heading where none is expected, a responsibility line with no
/// task) is kept as text on its line, and [`Plan::diagnostics`](crate::Plan::diagnostics)
/// says so.
///
/// ```
/// use wuzhong_plan::{parse, DiagnosticKind, ParseErrorKind};
/// // Line 2 ends with `\r\n`, line 1 with `\n`.
/// let err = parse("一、重點任務\n(一)推進\r\n1.甲。乙").unwrap_err();
/// assert_eq!(err.line, 2);
/// assert_eq!(err.kind, ParseErrorKind::MixedLineEndings { expected: "`\\n`", found: "`\\r\\n`" });
/// assert_eq!(
///     err.to_string(),
///     "line 2: the line ends with `\\r\\n` but the text's first line ends with `\\n` (at `(一)推進`)"
/// );
///
/// // Task numbers 1 and 3 are kept as written; a second `責任單位:` line is kept as text.
/// let plan = parse("一、重點任務\n(一)推進\n1.甲。乙\n責任單位:市民政局\n3.丙。丁\n責任單位:市財政局\n責任單位:市教育局")?;
/// assert_eq!(plan.task(2).map(|task| task.label()).as_deref(), Some("3."));
/// let diagnostic = &plan.diagnostics()[0];
/// assert_eq!((diagnostic.line, diagnostic.kind), (7, DiagnosticKind::Unplaced));
/// # Ok::<(), wuzhong_plan::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}: {kind} (at {})", quoted(.excerpt))]
#[non_exhaustive]
pub struct ParseError {
    /// The 1-based line number of the offending line.
    pub line: usize,
    /// What was wrong there.
    pub kind: ParseErrorKind,
    /// The start of the offending line, at most 40 characters, `…` where it was cut.
    pub excerpt: String,
}

impl ParseError {
    pub(crate) fn new(line: usize, text: &str, kind: ParseErrorKind) -> ParseError {
        let mut excerpt: String = text.chars().take(EXCERPT_CHARS).collect();
        if text.chars().nth(EXCERPT_CHARS).is_some() {
            excerpt.push('…');
        }
        ParseError {
            line,
            kind,
            excerpt,
        }
    }
}

/// The reasons a text is not a plan of this genre.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The text is empty.
    #[error("the text is empty: expected a plan")]
    EmptyDocument,
    /// The text has no part heading such as `一、主要目標`. No longer raised: a text without
    /// parts is read as the tasks it has (or, with none, as front matter, with a
    /// [`DiagnosticKind::NoTasks`](crate::DiagnosticKind::NoTasks) on the first line
    /// that looks like a heading); the variant stays for code that matches on it.
    #[error("no part heading such as `一、主要目標` in the text")]
    NoParts,
    /// The text is laid out as a table of tasks (cells split by ` | `, with a column of
    /// responsibility), which the reader did not read. No longer raised: each row under
    /// the table's header is read as a task; the variant stays for code that matches on
    /// it.
    #[error(
        "the text is laid out as a table (columns {columns}), which this reader does not read: write each task as a line `1.…` under a part heading `一、…`, with its `責任單位:` line after it"
    )]
    TableLayout {
        /// The header's cells, joined by `, `.
        columns: String,
    },
    /// Some lines end with `\r\n` and others with `\n`.
    #[error("the line ends with {found} but the text's first line ends with {expected}")]
    MixedLineEndings {
        /// The line ending the first line set, `\n` or `\r\n`.
        expected: &'static str,
        /// The line ending found here.
        found: &'static str,
    },
    /// A part heading whose number does not follow the previous part's. No longer
    /// raised: numbers are kept as written, in any sequence
    /// ([`Part::written`](crate::Part::written)); the variant stays for code that
    /// matches on it.
    #[error("part {found} is out of sequence: expected part {expected}")]
    PartOutOfSequence {
        /// The number the part should have.
        expected: u8,
        /// The number it has.
        found: u8,
    },
    /// A group heading whose number does not follow the previous group's in its part.
    /// No longer raised: numbers are kept as written, in any sequence
    /// ([`TaskGroup::written`](crate::TaskGroup::written)); the variant stays for code
    /// that matches on it.
    #[error("group ({found}) is out of sequence: expected group ({expected})")]
    GroupOutOfSequence {
        /// The number the group should have.
        expected: u8,
        /// The number it has.
        found: u8,
    },
    /// A task whose number does not follow the previous task's. No longer raised:
    /// numbers are kept as written, in any sequence, running on, restarting or skipping
    /// ([`Task::written`](crate::Task::written)); the variant stays for code that
    /// matches on it.
    #[error("task {found} is out of sequence: expected task {expected}")]
    TaskOutOfSequence {
        /// The number the task should have.
        expected: u16,
        /// The number it has.
        found: u16,
    },
    /// A task number with leading zeros or too large to be one (over 65535). No longer
    /// raised by [`parse`](crate::parse()), which finds each document's own structure
    /// and keeps what does not fit it as text on its line, with a diagnostic
    /// ([`DiagnosticKind::Unplaced`](crate::DiagnosticKind::Unplaced)) whose message
    /// gives this reason; the variant stays for code that matches on it.
    #[error(
        "{} is not a task number: expected digits without leading zeros, at most 65535",
        quoted(.digits)
    )]
    InvalidTaskNumber {
        /// The digits as written.
        digits: String,
    },
    /// A group heading `(一)` before any part, or in a part that holds no groups (the
    /// objectives or the implementation part). No longer raised: any part may hold
    /// groups, and a group heading before the first part heading is front matter, kept
    /// as text with a diagnostic
    /// ([`DiagnosticKind::Unplaced`](crate::DiagnosticKind::Unplaced)); the variant
    /// stays for code that matches on it.
    #[error("a task group outside the key-tasks part: {}", relayed(.where_, MAX_COMPOSED))]
    GroupOutsideTaskPart {
        /// Where the group stood instead.
        where_: String,
    },
    /// A numbered task before the first part heading. No longer raised by
    /// [`parse`](crate::parse()), which finds each document's own structure and keeps
    /// what does not fit it as text on its line, with a diagnostic
    /// ([`DiagnosticKind::Unplaced`](crate::DiagnosticKind::Unplaced)); the variant
    /// stays for code that matches on it.
    #[error(
        "a task before the first part heading: expected a part heading such as `一、主要目標` first"
    )]
    TaskOutsidePart,
    /// A `責任單位:` line that does not directly follow a task. No longer raised by
    /// [`parse`](crate::parse()), which finds each document's own structure and keeps
    /// what does not fit it as text on its line, with a diagnostic
    /// ([`DiagnosticKind::Unplaced`](crate::DiagnosticKind::Unplaced)); the variant
    /// stays for code that matches on it.
    #[error("a responsibility line with no task: expected it right after a task's text")]
    ResponsibilityWithoutTask,
    /// A second responsibility line of the same label for the same task (a task may
    /// have a `牽頭單位:` line and a `配合單位:` one, but not two `責任單位:` lines). No longer
    /// raised by [`parse`](crate::parse()), which finds each document's own structure
    /// and keeps what does not fit it as text on its line, with a diagnostic
    /// ([`DiagnosticKind::Unplaced`](crate::DiagnosticKind::Unplaced)); the variant
    /// stays for code that matches on it.
    #[error("task {task} already has a responsibility line with this label")]
    DuplicateResponsibility {
        /// The task that already has one.
        task: u16,
    },
    /// A responsibility line that names no body. No longer raised by
    /// [`parse`](crate::parse()): the line is kept as the task's text and reported as
    /// [`DiagnosticKind::UnreadResponsibility`](crate::DiagnosticKind::UnreadResponsibility);
    /// the variant stays for code that matches on it.
    #[error("the responsibility line names no body: expected bodies after the colon")]
    EmptyResponsibility,
    /// A part heading, group heading or task with nothing where its title should be. No
    /// longer raised by [`parse`](crate::parse()), which finds each document's own
    /// structure and keeps what does not fit it as text on its line, with a diagnostic
    /// ([`DiagnosticKind::Unplaced`](crate::DiagnosticKind::Unplaced)) whose message
    /// gives this reason; the variant stays for code that matches on it.
    #[error("the {node} has an empty title: expected text after its number")]
    EmptyTitle {
        /// `part`, `group` or `task`.
        node: &'static str,
    },
    /// A responsibility line that names a body this crate does not know. No longer
    /// raised: such a body is an organisation of no kind, reported by
    /// [`Plan::diagnostics`](crate::Plan::diagnostics); the variant stays for code that
    /// matches on it.
    #[error("unknown department {} in the responsibility line{}", quoted(.name), did_you_mean(.suggestions))]
    UnknownDepartment {
        /// The item as written.
        name: String,
        /// The closest known departments, best first (possibly none).
        suggestions: Vec<Department>,
    },
    /// A responsibility line with an empty item: two separators in a row, or one at
    /// either end. No longer raised by [`parse`](crate::parse()), which keeps such a
    /// line as the task's text and reports it as
    /// [`DiagnosticKind::UnreadResponsibility`](crate::DiagnosticKind::UnreadResponsibility);
    /// it is the reason of an [`InvalidKind::Unreadable`] line of loaded JSON.
    #[error(
        "an empty item in the responsibility line: expected a body between the separators `,` and `、`"
    )]
    EmptyParty,
    /// A responsibility line whose brackets do not pair up, as in `各縣(市、區`. No longer
    /// raised by [`parse`](crate::parse()), which keeps such a line as the task's text
    /// and reports it as
    /// [`DiagnosticKind::UnreadResponsibility`](crate::DiagnosticKind::UnreadResponsibility);
    /// it is the reason of an [`InvalidKind::Unreadable`] line of loaded JSON.
    #[error(
        "unbalanced brackets in the responsibility line: expected `(` and `)` in pairs, as in `各縣(市、區)`"
    )]
    UnbalancedBrackets,
    /// A group heading that opens with one kind of bracket and closes with the other.
    /// No longer raised by [`parse`](crate::parse()), which finds each document's own
    /// structure and keeps what does not fit it as text on its line, with a diagnostic
    /// ([`DiagnosticKind::Unplaced`](crate::DiagnosticKind::Unplaced)) whose message
    /// gives this reason; the variant stays for code that matches on it.
    #[error("the group number's brackets do not match: expected `(一)` or `（一）`")]
    MismatchedBrackets,
    /// A line of prose after a task's responsibility line, where only a new task or
    /// heading may stand. No longer raised: such lines (`完成時限:…`) are kept as the
    /// task's [`closing`](crate::Task::closing) lines and reported as a
    /// [`DiagnosticKind::UnreadText`](crate::DiagnosticKind::UnreadText); the variant stays
    /// for code that matches on it.
    #[error(
        "text after the responsibility line of task {task}: expected a task, a group heading `(一)` or a part heading `一、`"
    )]
    UnexpectedText {
        /// The task whose responsibility line came before.
        task: u16,
    },
    /// The plan read breaks invariants that reading line by line does not see (see
    /// [`Plan::validate`](crate::Plan::validate)); the error's line is the one the first
    /// of them stands on (a task's line, its responsibility or continuation line, a
    /// paragraph, a line of the front matter), or the first line when none is its own.
    #[error("{}", list_invalid(.0))]
    Invalid(Vec<Invalid>),
    /// A line the model cannot give back exactly; a safety net that no known input trips.
    #[error("the line could not be represented exactly")]
    NotLossless,
}

/// One broken invariant of a plan: the node at fault, the field, and what is wrong.
///
/// [`Plan::validate`](crate::Plan::validate) lists them all, and loading JSON refuses a
/// plan that has any with [`Error::Invalid`](crate::Error::Invalid).
///
/// ```
/// use wuzhong_plan::{Error, InvalidKind, Plan};
/// // Task 9's responsibility line, with its lead's span moved into a character.
/// let json = wuzhong_plan::PLAN_JSON.replacen(
///     r#""quote": "市住房和城鄉建設局", "span": {"start": 0,"#,
///     r#""quote": "市住房和城鄉建設局", "span": {"start": 1,"#,
///     1,
/// );
/// let Err(Error::Invalid(problems)) = Plan::from_json(&json) else { panic!("refused") };
/// assert_eq!(problems.len(), 1);
/// assert_eq!(problems[0].node, "part-2/group-1/task-9");
/// assert_eq!(problems[0].field, "responsibility.parties[0].span");
/// assert!(matches!(problems[0].kind, InvalidKind::SpanOutsideText { start: 1, end: 27, .. }));
/// assert_eq!(
///     problems[0].to_string(),
///     "`part-2/group-1/task-9`, field `responsibility.parties[0].span`: the span 1..27 is not \
///      inside the text it points into (the responsibility line, 27 bytes)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}, field {}: {kind}", quoted(.node), quoted(.field))]
#[non_exhaustive]
pub struct Invalid {
    /// The id of the node at fault as written (`part-2/group-1/task-7`, a target's
    /// `t7.1`), or where the node stands when its id is the fault (`task 7`).
    pub node: String,
    /// The field at fault, as a path inside the node: `number`,
    /// `responsibility.parties[1].span`, `domains[0].quote`, `deadline.year`.
    pub field: String,
    /// What is wrong.
    pub kind: InvalidKind,
}

impl Invalid {
    pub(crate) fn new(
        node: impl Into<String>,
        field: impl Into<String>,
        kind: InvalidKind,
    ) -> Invalid {
        Invalid {
            node: node.into(),
            field: field.into(),
            kind,
        }
    }
}

/// What an [`Invalid`] reports: the invariants a plan keeps.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum InvalidKind {
    /// A part, group or task whose number is not its place's: parts and the groups of a
    /// part count from 1, tasks from 1 across the document, without gaps.
    #[error("numbered {found}, but its place makes it {expected}: numbers run from 1 without gaps")]
    OutOfSequence {
        /// The number its place gives.
        expected: u32,
        /// The number it has.
        found: u32,
    },
    /// An id that is not the one the node's place (and, for a target, its order) gives.
    #[error("expected {}, the id its place gives", quoted(.expected))]
    WrongId {
        /// The id expected.
        expected: String,
    },
    /// An id that another node or target has too.
    #[error(
        "{} is the id of another node too: ids are unique (this one's place gives {})",
        quoted(.id),
        quoted(.expected)
    )]
    DuplicateId {
        /// The repeated id.
        id: String,
        /// The id this node's place gives.
        expected: String,
    },
    /// A field that must agree with the node's place or text and does not: a task's
    /// `part` or `group`, a group's `part`, a part's `kind`, a target's `part`.
    #[error("expected {}, found {}", relayed(.expected, MAX_COMPOSED), relayed(.found, MAX_COMPOSED))]
    Mismatch {
        /// What the place or text gives.
        expected: String,
        /// What the field says.
        found: String,
    },
    /// A target listed before one that comes earlier in the text.
    #[error("targets are listed in the order of the text: this one comes before the previous one")]
    OutOfOrder,
    /// A span that does not lie inside its text, on character boundaries.
    #[error("the span {start}..{end} is not inside the text it points into ({}, {len} bytes)", relayed(.place, MAX_COMPOSED))]
    SpanOutsideText {
        /// The span's start.
        start: usize,
        /// The span's end.
        end: usize,
        /// The length of the text in bytes.
        len: usize,
        /// The text, for example `the responsibility line` or `task 7's body`.
        place: String,
    },
    /// A quote that is not the text at its span.
    #[error("{} is not the text at {start}..{end} of {}, which is {}", quoted(.quote), relayed(.place, MAX_COMPOSED), quoted(.found))]
    QuoteNotAtSpan {
        /// The quote as given.
        quote: String,
        /// The span's start.
        start: usize,
        /// The span's end.
        end: usize,
        /// The text, for example `task 7's body`.
        place: String,
        /// The text at the span.
        found: String,
    },
    /// A field of one line that holds a line break, which the text cannot carry.
    #[error(
        "the field holds a line break, which the text cannot carry: it is one line of the text"
    )]
    LineBreak,
    /// A part heading, group heading or task with an empty title.
    #[error("the title is empty: a heading or task needs one")]
    EmptyTitle,
    /// A task title that holds `。`: a task's title ends at its first `。`.
    #[error("a task's title ends at its first `。`, so it cannot hold one")]
    StopInTitle,
    /// A task with a body but no `。` after its title (`title_stop`).
    #[error("a task with a body needs the `。` after its title (`title_stop`)")]
    BodyWithoutStop,
    /// A line of prose (a notice, preamble or paragraph line, a task's continuation) that
    /// would read as something else, so the text would not read back into this plan. No
    /// longer raised: each document finds its own levels, so the check reads the whole
    /// text again and reports [`InvalidKind::ReadsBackOtherwise`] on the first node it
    /// reads back otherwise; the variant stays for code that matches on it.
    #[error("the line would read as {reads_as}, not as prose")]
    ReadsAsStructure {
        /// What it would read as, for example `a group heading`.
        reads_as: &'static str,
    },
    /// Front matter or parts arranged so that the text would read back otherwise.
    #[error("the text would read back otherwise: {}", relayed(.reason, MAX_COMPOSED))]
    ReadsBackOtherwise {
        /// How, for example `without an info box or 全文 line, the notice reads as the preamble`.
        reason: String,
    },
    /// A domain tag's quote that is in neither the title nor the body of its task.
    #[error("{} is in neither the title nor the body of the task", quoted(.quote))]
    QuoteNotInTask {
        /// The quote as given.
        quote: String,
    },
    /// An empty quote, which grounds nothing.
    #[error("the quote is empty: give the words of the text that bear it out")]
    EmptyQuote,
    /// A domain a task lists twice.
    #[error("the task lists the domain {domain} twice", domain = .0.id())]
    RepeatedDomain(Domain),
    /// A party or mention other than what its line or body says when read again.
    #[error("expected {}, as the text reads", relayed(.expected, MAX_COMPOSED))]
    NotAsRead {
        /// What reading the text gives.
        expected: String,
    },
    /// A responsibility line that does not read as a list of bodies, for example one
    /// naming a department this crate does not know.
    #[error("{} does not read as a list of departments: {reason}", quoted(.text))]
    Unreadable {
        /// The line's list as written.
        text: String,
        /// Why.
        reason: ParseErrorKind,
    },
    /// A responsibility line with no party, so no lead: the lead is the first party.
    #[error(
        "the responsibility line names no party, so the task has no lead (the first party leads)"
    )]
    NoLead,
    /// A task, paragraph or part that a reference names and the plan does not have.
    #[error("the plan has no {}", relayed(.place, MAX_COMPOSED))]
    NoSuchPlace {
        /// What was named, for example `task 51`.
        place: String,
    },
    /// A deadline outside the plan period, or, for a plan that states none, outside the
    /// years a plan can name (1949–2100).
    #[error("the deadline year {year} is outside {what} {range}")]
    DeadlineOutOfRange {
        /// The year.
        year: u16,
        /// The plan period, or 1949–2100 for a plan that states none.
        range: Period,
        /// `the plan period` or `the years a plan can name`.
        what: &'static str,
    },
    /// A deadline that the words at `dated_by` do not state, or one without them.
    #[error("{}", relayed(.reason, MAX_COMPOSED))]
    DeadlineNotInText {
        /// What disagrees.
        reason: String,
    },
    /// A deadline year that no `u16` holds, or a negative or fractional one.
    #[error("{} is not a year: expected a whole number from 0 to 65535", shown(.found))]
    YearNotANumber {
        /// The number as written.
        found: String,
    },
    /// A negative value: targets count or measure, so their values are at least 0.
    #[error("{} is negative: a target's value is at least 0", shown(.found))]
    NegativeValue {
        /// The number as written.
        found: String,
    },
    /// A number with more digits after the point than a [`Decimal`](crate::Decimal) keeps,
    /// or too large for one.
    #[error("{} is not a decimal this crate keeps: at most 18 digits after the point, and less than 18446744073709551616", shown(.found))]
    NotADecimal {
        /// The number as written.
        found: String,
    },
    /// A value with more than 15 significant digits: a reader that reads JSON numbers as
    /// `f64` (JavaScript's, Python's `json` for a fraction) would read another number.
    #[error("{} has more than 15 significant digits: a target's value has at most 15, which every reader of JSON reads exactly", shown(.found))]
    TooPrecise {
        /// The number as written.
        found: String,
    },
    /// A quantitative target without a comparator, a value or a unit.
    #[error("a quantitative target needs `comparator`, `value` and `unit`")]
    QuantityMissing,
    /// A qualitative target with a comparator, value or unit.
    #[error("a qualitative target has no `comparator`, `value`, `value_max` or `unit`")]
    QuantityOfQualitative,
    /// A range without an upper end above its lower end.
    #[error("a range needs `value_max` greater than `value`")]
    RangeWithoutMax,
    /// An upper end for a comparator that is not a range.
    #[error("`value_max` belongs to a range only")]
    MaxWithoutRange,
}

/// How many of a list of broken invariants [`Error::Invalid`](crate::Error::Invalid)'s message quotes.
const QUOTED_INVALID: usize = 3;

/// `the plan breaks 2 invariants: A; B`, quoting the first few, on one line.
pub(crate) fn list_invalid(problems: &[Invalid]) -> String {
    let count = problems.len();
    let mut message = format!(
        "the plan breaks {count} invariant{}: ",
        if count == 1 { "" } else { "s" }
    );
    for (i, problem) in problems.iter().take(QUOTED_INVALID).enumerate() {
        if i > 0 {
            message.push_str("; ");
        }
        message.push_str(&problem.to_string());
    }
    if count > QUOTED_INVALID {
        message.push_str(&format!("; and {} more", count - QUOTED_INVALID));
    }
    message
}

/// The most characters a message shows of a message it relays whole (serde_json's, or
/// one of the composed messages of [`InvalidKind`]), whose quotes of input are cut
/// already: a net for a quote that was not.
pub(crate) const MAX_COMPOSED: usize = 400;

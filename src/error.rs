//! Errors: [`ParseError`] for plain text that does not read as a plan, [`Error`] for
//! everything else (bad JSON, an inconsistent model, a malformed value).

use std::convert::Infallible;

use thiserror::Error;

use crate::department::Department;
use crate::domain::Domain;

/// The most characters of an offending line that an error quotes.
const EXCERPT_CHARS: usize = 40;

/// Why [`parse`](crate::parse) refused a text, and on which line.
///
/// ```
/// use wuzhong_plan::{parse, ParseErrorKind};
/// let text = "一、重點任務\n(一)推進\n1.甲。乙\n3.丙。丁";
/// let err = parse(text).unwrap_err();
/// assert_eq!(err.line, 4);
/// assert_eq!(err.kind, ParseErrorKind::TaskOutOfSequence { expected: 2, found: 3 });
/// assert_eq!(err.to_string(), "line 4: task 3 is out of sequence: expected task 2 (at `3.丙。丁`)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}: {kind} (at `{excerpt}`)")]
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
    /// The text has no part heading such as `一、主要目標`.
    #[error("no part heading such as `一、主要目標` in the text")]
    NoParts,
    /// Some lines end with `\r\n` and others with `\n`.
    #[error("the line ends with {found} but the text's first line ends with {expected}")]
    MixedLineEndings {
        /// The line ending the first line set, `\n` or `\r\n`.
        expected: &'static str,
        /// The line ending found here.
        found: &'static str,
    },
    /// A part heading whose number does not follow the previous part's.
    #[error("part {found} is out of sequence: expected part {expected}")]
    PartOutOfSequence {
        /// The number the part should have.
        expected: u8,
        /// The number it has.
        found: u8,
    },
    /// A group heading whose number does not follow the previous group's in its part.
    #[error("group ({found}) is out of sequence: expected group ({expected})")]
    GroupOutOfSequence {
        /// The number the group should have.
        expected: u8,
        /// The number it has.
        found: u8,
    },
    /// A task whose number does not follow the previous task's.
    #[error("task {found} is out of sequence: expected task {expected}")]
    TaskOutOfSequence {
        /// The number the task should have.
        expected: u16,
        /// The number it has.
        found: u16,
    },
    /// A task number with leading zeros or too large to be one (over 65535).
    #[error(
        "`{digits}` is not a task number: expected digits without leading zeros, at most 65535"
    )]
    InvalidTaskNumber {
        /// The digits as written.
        digits: String,
    },
    /// A group heading `(一)` before any part, or in a part that holds no groups (the
    /// objectives or the implementation part).
    #[error("a task group outside the key-tasks part: {where_}")]
    GroupOutsideTaskPart {
        /// Where the group stood instead.
        where_: String,
    },
    /// A numbered task before the first part heading.
    #[error(
        "a task before the first part heading: expected a part heading such as `一、主要目標` first"
    )]
    TaskOutsidePart,
    /// A `責任單位:` line that does not directly follow a task.
    #[error("a responsibility line with no task: expected it right after a task's text")]
    ResponsibilityWithoutTask,
    /// A second responsibility line for the same task.
    #[error("task {task} already has a responsibility line")]
    DuplicateResponsibility {
        /// The task that already has one.
        task: u16,
    },
    /// A responsibility line that names no body.
    #[error("the responsibility line names no body: expected bodies after the colon")]
    EmptyResponsibility,
    /// A part heading, group heading or task with nothing where its title should be.
    #[error("the {node} has an empty title: expected text after its number")]
    EmptyTitle {
        /// `part`, `group` or `task`.
        node: &'static str,
    },
    /// A responsibility line that names a body this crate does not know.
    #[error("unknown department `{name}` in the responsibility line{}", did_you_mean(.suggestions))]
    UnknownDepartment {
        /// The item as written.
        name: String,
        /// The closest known departments, best first (possibly none).
        suggestions: Vec<Department>,
    },
    /// A responsibility line with an empty item: two separators in a row, or one at
    /// either end.
    #[error(
        "an empty item in the responsibility line: expected a body between the separators `,` and `、`"
    )]
    EmptyParty,
    /// A responsibility line whose brackets do not pair up, as in `各縣(市、區`.
    #[error(
        "unbalanced brackets in the responsibility line: expected `(` and `)` in pairs, as in `各縣(市、區)`"
    )]
    UnbalancedBrackets,
    /// A group heading that opens with one kind of bracket and closes with the other.
    #[error("the group number's brackets do not match: expected `(一)` or `（一）`")]
    MismatchedBrackets,
    /// A line of prose after a task's responsibility line, where only a new task or
    /// heading may stand.
    #[error(
        "text after the responsibility line of task {task}: expected a task, a group heading `(一)` or a part heading `一、`"
    )]
    UnexpectedText {
        /// The task whose responsibility line came before.
        task: u16,
    },
    /// A line the model cannot give back exactly; a safety net that no known input trips.
    #[error("the line could not be represented exactly")]
    NotLossless,
}

/// Everything else that can go wrong: JSON that is not a plan, a plan whose parts do
/// not fit together, a value that is not what its type promises.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// The plain text did not parse.
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// The JSON is malformed or does not follow the schema.
    #[error("invalid plan JSON at line {line}, column {column}: {message}")]
    Json {
        /// The 1-based line of the error in the JSON text.
        line: usize,
        /// The 1-based column.
        column: usize,
        /// What serde_json found wrong.
        message: String,
    },
    /// The JSON is well-formed but written for another schema version.
    #[error("unsupported schema_version {found}: this crate reads version {expected}")]
    UnsupportedSchema {
        /// The version the document declares.
        found: u32,
        /// The version this crate reads.
        expected: u32,
    },
    /// The nodes do not fit together: a number out of sequence, an identifier that is
    /// not the one the node's place gives.
    #[error("inconsistent plan at `{node}`, field `{field}`: {reason}")]
    Inconsistent {
        /// The id of the node at fault (as written in the document).
        node: String,
        /// The field at fault.
        field: &'static str,
        /// What was expected there.
        reason: String,
    },
    /// A name that is no department's.
    #[error("unknown department `{input}`{}", did_you_mean(.suggestions))]
    UnknownDepartment {
        /// The name as given.
        input: String,
        /// The closest known departments, best first (possibly none).
        suggestions: Vec<Department>,
    },
    /// A name that is no actor's: neither a department nor one of the other bodies the
    /// text names.
    #[error(
        "unknown body `{input}`: expected a department's name or id, or one of 市委, 市政府, 各有關部門(單位), 各責任部門"
    )]
    UnknownActor {
        /// The name as given.
        input: String,
    },
    /// A target that is not what its fields or its place in the text say.
    #[error("invalid target `{id}`, field `{field}`: {problem}")]
    InvalidTarget {
        /// The target's id (as written in the document).
        id: String,
        /// The field at fault, for example `deadline.year` or `quote`.
        field: &'static str,
        /// What was wrong.
        problem: TargetProblem,
    },
    /// A string that should be a decimal number is not one.
    #[error(
        "`{input}` is not a decimal: expected digits with at most one point, such as 0.1 or 375"
    )]
    InvalidDecimal {
        /// The offending string.
        input: String,
    },
    /// A string that should be a deadline is not one.
    #[error(
        "`{input}` is not a deadline: expected 到2025年, 到2023年底, by 2025 or by the end of 2023"
    )]
    InvalidDeadline {
        /// The offending string.
        input: String,
    },
    /// A name that is no domain's.
    #[error("unknown domain `{input}`{}", did_you_mean_domain(.suggestions))]
    UnknownDomain {
        /// The name as given.
        input: String,
        /// The closest domains, best first (possibly none).
        suggestions: Vec<Domain>,
    },
    /// A task's domain tag that the task's text does not bear out.
    #[error("invalid domain tag `{domain}` of `{task}`, field `quote`: {problem}", domain = .domain.id())]
    InvalidDomainTag {
        /// The id of the task (as written in the document).
        task: String,
        /// The domain of the tag.
        domain: Domain,
        /// What was wrong.
        problem: DomainTagProblem,
    },
    /// A string that should be a `YYYY-MM-DD` date is not one.
    #[error("`{input}` is not a date of the form YYYY-MM-DD")]
    InvalidDate {
        /// The offending string.
        input: String,
    },
}

/// What is wrong with a [target](crate::Target), as [`Error::InvalidTarget`] reports it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum TargetProblem {
    /// A deadline year that no `u16` holds, or a negative or fractional one.
    #[error("{found} is not a year: expected a whole number from 0 to 65535")]
    YearOutOfRange {
        /// The number as written.
        found: String,
    },
    /// A negative value: targets count or measure, so their values are at least 0.
    #[error("{found} is negative: a target's value is at least 0")]
    NegativeValue {
        /// The number as written.
        found: String,
    },
    /// A number with more digits after the point than a [`Decimal`](crate::Decimal) keeps.
    #[error("{found} is not a decimal this crate keeps: at most 18 digits after the point")]
    NotADecimal {
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
    /// A task or paragraph the plan does not have.
    #[error("the plan has no {place} for the target to stand in")]
    NoSuchPlace {
        /// The place named, for example `task 51`.
        place: String,
    },
    /// A quote that is not the text at its span.
    #[error("`{quote}` is not the text at {start}..{end} of {place}")]
    QuoteNotAtSpan {
        /// The quote as given.
        quote: String,
        /// The span's start.
        start: usize,
        /// The span's end.
        end: usize,
        /// The text it should stand in, for example `task 7's body`.
        place: String,
    },
    /// A deadline that the words at `dated_by` do not state, or one without them.
    #[error("{reason}")]
    DeadlineNotInText {
        /// What disagrees.
        reason: String,
    },
    /// An id that is not the one the target's place and order give.
    #[error("expected `{expected}`, the id its place and order give")]
    WrongId {
        /// The id expected.
        expected: String,
    },
    /// A part number that is not the part the task stands in.
    #[error("expected part {expected}, the part its task stands in")]
    WrongPart {
        /// The part expected.
        expected: u8,
    },
    /// A target listed before one that comes earlier in the text.
    #[error("targets are listed in the order of the text: this one comes before the previous one")]
    OutOfOrder,
}

/// What is wrong with a [domain tag](crate::DomainTag), as [`Error::InvalidDomainTag`]
/// reports it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum DomainTagProblem {
    /// A quote that is in neither the task's title nor its body.
    #[error("`{quote}` is in neither the title nor the body of the task")]
    QuoteNotInTask {
        /// The quote as given.
        quote: String,
    },
    /// An empty quote, which grounds nothing.
    #[error("the quote is empty: give the words of the task that show its domain")]
    EmptyQuote,
    /// A domain the task lists twice.
    #[error("the task lists this domain twice")]
    Repeated,
    /// A tag for a task the plan does not have.
    #[error("the plan has no such task")]
    NoSuchTask,
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Error {
        let full = err.to_string();
        // serde_json's message ends with its own " at line L column C"; the fields carry those.
        let message = full
            .rsplit_once(" at line ")
            .map_or(full.as_str(), |(message, _)| message)
            .to_owned();
        Error::Json {
            line: err.line(),
            column: err.column(),
            message,
        }
    }
}

impl From<Infallible> for Error {
    fn from(never: Infallible) -> Error {
        match never {}
    }
}

/// The end of an unknown-name message: the suggestions, or what a name looks like.
fn did_you_mean(suggestions: &[Department]) -> String {
    closest(
        suggestions.iter().map(|d| (d.name(), d.id())),
        ": expected a name such as 市民政局, 民政局, civil-affairs or Civil Affairs Bureau"
            .to_owned(),
    )
}

/// The end of an unknown-domain message: the suggestions, or the domains there are.
fn did_you_mean_domain(suggestions: &[Domain]) -> String {
    let ids: Vec<&str> = Domain::iter().map(Domain::id).collect();
    closest(
        suggestions.iter().map(|d| (d.name(), d.id())),
        format!(": expected one of {}", ids.join(", ")),
    )
}

/// `; did you mean A (a), B (b) or C (c)?` for the closest names, or `otherwise` when
/// there are none.
fn closest<'a>(named: impl Iterator<Item = (&'a str, &'a str)>, otherwise: String) -> String {
    let named: Vec<String> = named.map(|(name, id)| format!("{name} ({id})")).collect();
    match named.split_last() {
        None => otherwise,
        Some((last, [])) => format!("; did you mean {last}?"),
        Some((last, rest)) => format!("; did you mean {} or {last}?", rest.join(", ")),
    }
}

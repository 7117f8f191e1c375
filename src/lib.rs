#![doc = include_str!("../docs/tour.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

// The layers; docs/architecture.md gives their order, in which each imports only from
// those below it, and `tests/layers.rs` holds the code to that order.
mod base;
mod check;
mod corpus;
mod error;
mod export;
mod fault;
mod model;
mod parse;
mod plan;
mod published;
mod query;
mod read;
mod render;
mod vocab;

use once_cell::sync::Lazy;

pub use crate::base::markdown;
pub use crate::base::period::Period;
pub use crate::base::quote;
pub use crate::base::span::Span;
pub use crate::corpus::{
    Corpus, CorpusError, CorpusFile, CorpusPage, Document, Refusal, RefusalKind, Skipped, Status,
    corpus_descriptor, corpus_tables,
};
pub use crate::error::Error;
pub use crate::export::{
    Cell, CsvWriter, DataPackage, Field, FieldType, ForeignKey, TEXT_FILE, Table,
};
pub use crate::fault::{Invalid, InvalidKind, ParseError, ParseErrorKind};
pub use crate::model::{
    Annex, BlankLine, Brackets, Colon, Column, Comparator, Date, Deadline, DeadlinePlace, Decimal,
    Diagnostic, DiagnosticKind, Indent, InfoBox, InfoEntry, Layout, LeadRule, LineEnding, Mention,
    Metadata, Node, NumberMarker, OLDEST_SCHEMA_VERSION, Organization, OtherName, Part, PartKind,
    Parties, Party, PartyRecords, Quantity, Responsibility, ResponsibilityLabel,
    ResponsibilityNote, RoleBasis, RuleKind, SCHEMA_VERSION, Sidebar, Source, SourceFormat,
    Spacing, TableCell, Target, TargetKind, Task, TaskDeadline, TaskGroup, Unit,
};
pub use crate::parse::parse;
pub use crate::plan::{Plan, Tasks};
pub use crate::published::{InputFormat, docx_text, html_text, parse_docx, parse_html, read_plan};
pub use crate::query::{
    BodyName, CoResponsible, DepartmentLoad, Departments, Query, QueryTargets, QueryTasks, Targets,
    Timeline, Who,
};
pub use crate::render::{Format, RenderOptions, Script};
pub use crate::vocab::actor::{Actor, Role};
pub use crate::vocab::department::{Category, Department, FormerName};
pub use crate::vocab::domain::{Domain, DomainTag, UnknownDomain};
pub use crate::vocab::level::Level;
pub use crate::vocab::lookup::{UnknownActor, UnknownDepartment};

/// The plan's text exactly as published (`data/source.txt`): Traditional script, ASCII
/// `,` `:` `(` `)`, no final newline.
pub const SOURCE_TEXT: &str = include_str!("../data/source.txt");

/// The plan as JSON (`data/plan.json`), pretty-printed as the file is: the interchange
/// format, and the source of the model [`plan()`] gives, which reads it without its
/// whitespace ([`PLAN_JSON_COMPACT`]).
pub const PLAN_JSON: &str = include_str!("../data/plan.json");

/// [`PLAN_JSON`] without the whitespace between its tokens, written by the build script:
/// the same document, a fifth shorter, which [`plan()`] reads.
///
/// ```
/// use wuzhong_plan::{PLAN_JSON, PLAN_JSON_COMPACT, Plan};
/// assert!(PLAN_JSON_COMPACT.len() < PLAN_JSON.len() && !PLAN_JSON_COMPACT.contains('\n'));
/// assert_eq!(Plan::from_json(PLAN_JSON_COMPACT)?, Plan::from_json(PLAN_JSON)?);
/// # Ok::<(), wuzhong_plan::Error>(())
/// ```
pub const PLAN_JSON_COMPACT: &str = include_str!(concat!(env!("OUT_DIR"), "/plan.compact.json"));

static PLAN: Lazy<Result<Plan, Error>> = Lazy::new(|| Plan::from_embedded_json(PLAN_JSON_COMPACT));

/// The embedded Wuzhong plan, read from [`PLAN_JSON_COMPACT`] on first use and kept for
/// the life of the program.
///
/// ```
/// let plan = wuzhong_plan::plan();
/// assert_eq!(plan.metadata().title.as_deref(), Some("吳忠市“十四五”公共服務發展實施方案"));
/// assert_eq!(plan.tasks().len(), 50);
/// ```
///
/// The test suite proves that the embedded JSON reads to the plan [`Plan::from_json`]
/// gives, every invariant checked, so `plan()` reads it without checking its invariants
/// again, and reading it does not fail. Should it ever, `plan()` does not panic: it
/// parses [`SOURCE_TEXT`] instead (whose targets are then the extractor's candidates,
/// not the curated list), and, were that to fail too, gives an empty plan; [`try_plan`]
/// reports the error instead.
pub fn plan() -> &'static Plan {
    static FALLBACK: Lazy<Plan> =
        Lazy::new(|| parse(SOURCE_TEXT).unwrap_or_else(|_| Plan::empty()));
    match try_plan() {
        Ok(plan) => plan,
        Err(_) => &FALLBACK,
    }
}

/// The embedded plan, or the error that reading [`PLAN_JSON_COMPACT`] met.
///
/// ```
/// assert!(std::ptr::eq(wuzhong_plan::try_plan()?, wuzhong_plan::plan()));
/// # Ok::<(), &wuzhong_plan::Error>(())
/// ```
///
/// # Errors
///
/// The error of [`Plan::from_json`]'s reading of the embedded JSON, which the test suite
/// proves does not happen.
pub fn try_plan() -> Result<&'static Plan, &'static Error> {
    PLAN.as_ref()
}

// The README's Rust examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

// The examples of the guide to the structures the reader finds, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../docs/structure.md")]
struct StructureDoctests;

// The examples of the guide to notes and lead rules, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../docs/responsibility.md")]
struct ResponsibilityDoctests;

// The Rust examples of the data package guide, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../docs/datapackage.md")]
struct DataPackageDoctests;

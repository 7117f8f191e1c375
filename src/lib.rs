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
mod error;
mod export;
mod fault;
mod model;
mod parse;
mod plan;
mod query;
mod read;
mod render;
mod vocab;

use once_cell::sync::Lazy;

pub use crate::base::period::Period;
pub use crate::base::quote;
pub use crate::base::span::Span;
pub use crate::error::Error;
pub use crate::export::{Cell, DataPackage, Field, FieldType, ForeignKey, TEXT_FILE, Table};
pub use crate::fault::{Invalid, InvalidKind, ParseError, ParseErrorKind};
pub use crate::model::{
    BlankLine, Brackets, Colon, Comparator, Date, Deadline, Decimal, Diagnostic, DiagnosticKind,
    Indent, InfoBox, InfoEntry, Layout, LineEnding, Mention, Metadata, Node, NumberMarker,
    OLDEST_SCHEMA_VERSION, Organization, OtherName, Part, PartKind, Parties, Party, PartyRecords,
    Quantity, Responsibility, ResponsibilityLabel, ResponsibilityNote, RoleBasis, SCHEMA_VERSION,
    Spacing, Target, TargetKind, Task, TaskGroup, Unit,
};
pub use crate::parse::parse;
pub use crate::plan::{Plan, Tasks};
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
/// format, and the source of the model [`plan()`] gives, which is baked from it into
/// the crate as Rust code (`data/plan.rs`, a test failing when that code is not what
/// this JSON gives), so that the first use reads no JSON.
pub const PLAN_JSON: &str = include_str!("../data/plan.json");

/// [`PLAN_JSON`] without the whitespace between its tokens, written by the build script:
/// the same document, a quarter shorter, for those who read the JSON themselves.
///
/// ```
/// use wuzhong_plan::{PLAN_JSON, PLAN_JSON_COMPACT, Plan};
/// assert!(PLAN_JSON_COMPACT.len() < PLAN_JSON.len() && !PLAN_JSON_COMPACT.contains('\n'));
/// assert_eq!(Plan::from_json(PLAN_JSON_COMPACT)?, Plan::from_json(PLAN_JSON)?);
/// # Ok::<(), wuzhong_plan::Error>(())
/// ```
pub const PLAN_JSON_COMPACT: &str = include_str!(concat!(env!("OUT_DIR"), "/plan.compact.json"));

static PLAN: Lazy<Plan> = Lazy::new(Plan::embedded);

/// The embedded Wuzhong plan, made on first use and kept for the life of the program.
///
/// ```
/// let plan = wuzhong_plan::plan();
/// assert_eq!(plan.metadata().title.as_deref(), Some("吳忠市“十四五”公共服務發展實施方案"));
/// assert_eq!(plan.tasks().len(), 50);
/// ```
///
/// The model is baked into the crate from [`PLAN_JSON`] as the Rust code that builds
/// it, so its first use reads no JSON and checks nothing again: the test suite proves
/// that it is the plan [`Plan::from_json`] reads from `PLAN_JSON`, every invariant
/// checked, and that the baked code is what `PLAN_JSON` gives. It cannot fail.
pub fn plan() -> &'static Plan {
    &PLAN
}

/// The embedded plan, as a `Result` for code written when loading it could fail; it is
/// always `Ok`, the plan [`plan()`] gives.
///
/// ```
/// assert!(std::ptr::eq(wuzhong_plan::try_plan()?, wuzhong_plan::plan()));
/// # Ok::<(), &wuzhong_plan::Error>(())
/// ```
///
/// # Errors
///
/// None: the baked plan is made without reading anything that could be wrong.
pub fn try_plan() -> Result<&'static Plan, &'static Error> {
    Ok(&PLAN)
}

// The README's Rust examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

// The Rust examples of the data package guide, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../docs/datapackage.md")]
struct DataPackageDoctests;

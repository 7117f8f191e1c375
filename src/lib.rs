#![doc = include_str!("../README.md")]
//!
//! # Design decisions
//!
//! - **The text is the ground truth.** `data/source.txt` is the document exactly as
//!   published. Every node of the model keeps what it needs (punctuation variants, line
//!   ending, final newline) to render that text back byte for byte, and [`parse`] checks
//!   the round trip before it returns, so it never hands out a model that has lost
//!   anything.
//! - **JSON is the interchange format.** `data/plan.json` is the model serialized, the
//!   file non-Rust users read, and what [`plan()`] loads (once, on first use). A test
//!   regenerates it from the source and fails if the committed file differs.
//! - **Indexes are built at load.** [`Plan`] keeps its data private next to lookups
//!   built when it is made, so [`Plan::task`], [`Plan::node`] and the department
//!   queries do not scan. The node types ([`Part`], [`TaskGroup`], [`Task`]) are plain
//!   data with public fields.
//! - **Stable identifiers.** Every part, group and task has a path-like id
//!   (`part-2/group-3/task-28`, `part-3/task-48`) that follows from its numbers, so
//!   links and citations survive a reload.
//! - **Responsibility is typed, and read from the line.** Each `責任單位:` line keeps its
//!   text for the round trip, next to the [`Party`]s read from it: the [`Department`],
//!   the item as written, where it stands and whether the line's `市` was carried to it.
//!   Loading JSON reads every line again and refuses parties that disagree with it.
//! - **One table of names.** Every name of a department (full, short, Simplified, the
//!   text's aliases, English, id) comes from one table, from which the enum, the lookups
//!   and the JSON's `departments` list are made; a name that matches nothing gets the
//!   closest ones as suggestions.
//! - **Mentions are not responsibility.** The bodies tasks 48–50 name in their text are
//!   [`Mention`]s with their place in the body; [`Plan::tasks_led_by`] and the other
//!   queries count responsibility lines only.
//! - **Targets are curated, and grounded.** The commitments ([`Target`]) are the one
//!   part of the JSON chosen by hand; each quotes the text with a span, and loading
//!   checks every quote and every deadline against the words at its place. The parser
//!   attaches the extractor's candidates instead, so other plans of the genre have
//!   targets too, and [`Plan::with_targets`] joins a curated list to a parsed plan.
//! - **Domains are curated, and grounded.** Each task's [`Domain`]s (item 48's
//!   livelihood goals, or the system level) are chosen by hand in the JSON, each with a
//!   [`DomainTag::quote`] that loading finds in the task's text; the README's table gives
//!   the reason for each choice that is not obvious.
//! - **Queries compose.** [`Plan::query`] combines conditions with AND, starting from the
//!   shortest index list they name and checking the rest per task; text conditions fold
//!   query and tasks to one script (with `fast2s`), the tasks once per plan.
//! - **Every fault at once.** [`Plan::validate`] checks the invariants between nodes
//!   (numbering, ids, places, spans and quotes, parties read again, references, deadlines
//!   in the plan period) on the data alone and lists every one broken; loading, parsing
//!   and joining curated lists run it before any index is built, so the indexes are
//!   built from data known to be sound and cannot fail. A value that is not of its type
//!   stops JSON reading at the first, as serde does; the error then names the node and
//!   field around it, found by reading the text up to the error.
//! - **No panics.** The library has no `unwrap`, `expect` or indexing that can fail;
//!   bad input gets a typed error that names the line or the node and field.

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
pub use crate::fault::{Invalid, InvalidKind, ParseError, ParseErrorKind};
pub use crate::model::{
    Brackets, Colon, Comparator, Date, Deadline, Decimal, InfoBox, InfoEntry, Layout, LineEnding,
    Mention, Metadata, Node, NumberMarker, OLDEST_SCHEMA_VERSION, Part, PartKind, Parties, Party,
    Quantity, Responsibility, ResponsibilityLabel, SCHEMA_VERSION, Target, TargetKind, Task,
    TaskGroup, Unit,
};
pub use crate::parse::parse;
pub use crate::plan::{Plan, Tasks};
pub use crate::query::{
    CoResponsible, DepartmentLoad, Departments, Query, QueryTargets, QueryTasks, Targets, Timeline,
};
pub use crate::vocab::department::{Actor, Department, Role};
pub use crate::vocab::domain::{Domain, DomainTag};

/// The plan's text exactly as published (`data/source.txt`): Traditional script, ASCII
/// `,` `:` `(` `)`, no final newline.
pub const SOURCE_TEXT: &str = include_str!("../data/source.txt");

/// The plan as JSON (`data/plan.json`), pretty-printed as the file is; [`plan()`] loads
/// the same document without its whitespace, [`PLAN_JSON_COMPACT`].
pub const PLAN_JSON: &str = include_str!("../data/plan.json");

/// [`PLAN_JSON`] without the whitespace between its tokens, written by the build script:
/// the same document, which [`plan()`] loads because there is a quarter less text to
/// read.
///
/// ```
/// use wuzhong_plan::{PLAN_JSON, PLAN_JSON_COMPACT, Plan};
/// assert!(PLAN_JSON_COMPACT.len() < PLAN_JSON.len() && !PLAN_JSON_COMPACT.contains('\n'));
/// assert_eq!(Plan::from_json(PLAN_JSON_COMPACT)?, Plan::from_json(PLAN_JSON)?);
/// # Ok::<(), wuzhong_plan::Error>(())
/// ```
pub const PLAN_JSON_COMPACT: &str = include_str!(concat!(env!("OUT_DIR"), "/plan.compact.json"));

static PLAN: Lazy<Result<Plan, Error>> = Lazy::new(|| Plan::from_json(PLAN_JSON_COMPACT));

/// The embedded Wuzhong plan, loaded from [`PLAN_JSON_COMPACT`] on first use and kept for the
/// life of the program.
///
/// ```
/// let plan = wuzhong_plan::plan();
/// assert_eq!(plan.metadata().title.as_deref(), Some("吳忠市“十四五”公共服務發展實施方案"));
/// assert_eq!(plan.tasks().len(), 50);
/// ```
///
/// The embedded JSON is checked by the test suite, so loading it does not fail. Should it
/// ever, `plan()` does not panic: it parses [`SOURCE_TEXT`] instead (whose targets are
/// then the extractor's candidates, not the curated list), and, were that to fail too,
/// returns an empty plan. [`try_plan`] reports the error instead.
pub fn plan() -> &'static Plan {
    static FALLBACK: Lazy<Plan> =
        Lazy::new(|| parse(SOURCE_TEXT).unwrap_or_else(|_| Plan::empty()));
    match try_plan() {
        Ok(plan) => plan,
        Err(_) => &FALLBACK,
    }
}

/// The embedded plan, or the error that loading [`PLAN_JSON_COMPACT`] met.
///
/// ```
/// assert!(wuzhong_plan::try_plan().is_ok());
/// ```
pub fn try_plan() -> Result<&'static Plan, &'static Error> {
    PLAN.as_ref()
}

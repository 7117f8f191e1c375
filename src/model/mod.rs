//! The typed model of a plan: plain data, with no reading code in it.
//!
//! - [`front`]: the metadata, the info box, the layout of the lines and their spacing;
//! - [`tree`]: parts, task groups, tasks, and the [`Node`] that stands for any of them;
//! - [`responsibility`]: responsibility lines, their parties, the bodies a text mentions;
//! - [`rule`]: the lead rules a document states once, for the rest of it;
//! - [`organization`]: the organisations a plan names, and what reading them noticed;
//! - [`table`]: tables of tasks: what a column holds ([`Column`]) and a row's cells;
//! - `row`: which of a row's cells gave its task's title, body and bodies, and where
//!   each stands in the row's line;
//! - [`target`]: targets, their quantities and deadlines, and the records JSON holds;
//! - [`deadline`]: the deadline of a task as a whole, quoted where its text states it;
//! - [`ids`]: the stable ids that follow from the numbers;
//! - `lines`: the lines of a plan's text in order, and the spacing between them;
//! - [`source`]: the file a plan's text was read from, its format and digest;
//! - [`document`]: the serialized content of a whole plan and its schema version.
//!
//! The reader (`read`) and the JSON loader (`plan`) fill these types; the checks,
//! the indexes, the queries and the renderers read them.
//!
//! Every node type here is plain data with public fields, so that a renderer or an
//! analysis can read it directly; the [`Plan`](crate::Plan) that owns them keeps its
//! fields private, because its lookup indexes must stay in step with them.
//!
//! The small enums ([`NumberMarker`], [`Colon`], [`Brackets`], [`ResponsibilityLabel`],
//! [`LineEnding`]) record how the source wrote a piece of punctuation, so that
//! [`Plan::to_text`](crate::Plan::to_text) gives back the input byte for byte whatever
//! variant it came in. Their `Display` writes the literal text and their `FromStr`
//! reads it back.

mod deadline;
mod document;
mod front;
pub(crate) mod ids;
pub(crate) mod lines;
mod organization;
mod responsibility;
pub(crate) mod row;
mod rule;
mod source;
mod table;
pub(crate) mod target;
mod tree;

pub use deadline::{DeadlinePlace, TaskDeadline};
pub use document::{OLDEST_SCHEMA_VERSION, SCHEMA_VERSION};
pub(crate) use document::{PlanData, TaskLoc, tasks_mut};
pub(crate) use document::{RULES_SCHEMA_VERSION, STRUCTURE_SCHEMA_VERSION};
pub(crate) use front::is_indent;
pub use front::{
    BlankLine, Date, Indent, InfoBox, InfoEntry, Layout, LineEnding, Metadata, Spacing,
};
pub(crate) use front::{deadline_range, not_a_date};
pub use organization::{Diagnostic, DiagnosticKind, Organization, OtherName};
pub use responsibility::{
    Colon, Mention, Parties, Party, PartyRecords, Responsibility, ResponsibilityLabel,
    ResponsibilityNote, RoleBasis,
};
pub use rule::{LeadRule, RuleKind};
pub use source::{Source, SourceFormat};
pub use table::{Column, TableCell};
pub(crate) use target::TargetRecord;
pub use target::{Comparator, Deadline, Decimal, Quantity, Target, TargetKind, Unit};
pub(crate) use tree::circled_value;
pub use tree::{Annex, Brackets, Node, NumberMarker, Part, PartKind, Sidebar, Task, TaskGroup};

pub(crate) use crate::base::literal_enum;

pub(crate) fn yes() -> bool {
    true
}

pub(crate) fn is_false(value: &bool) -> bool {
    !*value
}

pub(crate) fn is_true(value: &bool) -> bool {
    *value
}

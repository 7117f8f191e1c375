//! Reading text of the genre into a plan's data, line by line, in one pass.
//!
//! - [`lines`]: the line classes (what a line reads as by its shape) and the split into
//!   lines, shared by the parser and the checks;
//! - [`structure`]: the parser, which builds the tree of parts, groups and tasks and
//!   notes the line each piece came from;
//! - [`responsibility`]: the reader of a statement of responsibility's parties (a
//!   `責任單位:` line or a note) and the scan for the bodies a task's text mentions;
//! - [`notes`]: the notes of responsibility inside a task's text;
//! - [`roles`]: who leads and who supports, from labels, verbs, the lead rules a
//!   document states and the order of a list;
//! - [`rules`]: the lead rules a document states once, where they stand;
//! - [`organizations`]: the registry of the bodies a plan names, one organisation each;
//! - [`table`]: tables of tasks, one row a line with ` | ` between cells: the header's
//!   columns, the rows, the section rows;
//! - [`targets`]: the extractor of candidate targets (`到2025年…達到95%`);
//! - [`dates`]: dates as the genre writes them, in a sentence or as a line of their own;
//! - [`deadlines`]: the deadline of a task, in a note, a `完成時限:` line or a cell;
//! - [`front`]: the front matter's title, document number and issuer, and the metadata
//!   the front matter states;
//! - [`signature`]: the signature blocks that close a document or a notice (issuer,
//!   date, `（此件公开发布）`).
//!
//! Text comes in from [`parse`](crate::parse()); the data goes out to the checks and then
//! to the [`Plan`](crate::Plan). The readers are also what the checks run again on
//! loaded JSON, so a party is what its line says however the plan was made.

pub(crate) mod dates;
pub(crate) mod deadlines;
pub(crate) mod front;
pub(crate) mod lines;
pub(crate) mod notes;
pub(crate) mod organizations;
pub(crate) mod responsibility;
pub(crate) mod roles;
pub(crate) mod rules;
pub(crate) mod signature;
pub(crate) mod structure;
pub(crate) mod table;
pub(crate) mod targets;

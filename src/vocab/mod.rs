//! The vocabularies: the closed sets of names a plan of the genre is read against.
//!
//! - [`department`]: the kinds of body a plan of the genre names, each with every form of
//!   its name at every level (the central body's, a province's, a city's), its
//!   abbreviations and former names, from one table (`kinds.rs`);
//! - [`actor`]: the bodies a task's text names (a department, or one of the bodies
//!   around them: `市委`, `市政府`…) and what it says of a department, lead or support;
//! - [`level`]: the tiers of government a name's prefix gives, from the State Council's
//!   (`national`) to a township's;
//! - [`body`]: reading a body's name as a plan writes it (`銀川市民政局`,
//!   `國家稅務總局XX市稅務局`) as a kind, a level and a place;
//! - [`lookup`]: the table of every name of every actor, what a name a user types stands
//!   for (`FromStr`, JSON), the names running text is searched for, and the errors of a
//!   name that matches nothing, with the closest names as suggestions;
//! - [`record`]: the `departments` list of the JSON form, checked against the table;
//! - [`domain`]: the livelihood goals of item 48 and the system level, which tasks serve,
//!   with their own lookup and error.
//!
//! The files import one way: `department`, `level` and `domain` from none of the others,
//! `actor` from `department`, `body` from `department` and `level`, `lookup` from
//! `department`, `actor` and `body`, `record` from `department`. A name that matches
//! nothing is the vocabulary's own error; [`Error`](crate::Error) wraps it. The data
//! comes from the tables in these files and goes to the reader (which resolves each item
//! of a responsibility line), the model (whose parties and tags hold these enums) and the
//! queries (which take any form).

pub(crate) mod actor;
pub(crate) mod body;
pub(crate) mod department;
pub(crate) mod domain;
pub(crate) mod level;
pub(crate) mod lookup;
pub(crate) mod record;

//! The vocabularies: the closed sets of names a plan of the genre is read against.
//!
//! - [`department`]: the kinds of body a plan of the genre names (and the other bodies
//!   the text mentions), each with every form of its name a user may type, its
//!   abbreviations and former names, from one table (`kinds.rs`);
//! - [`level`]: the tiers of government a name's prefix gives;
//! - [`body`]: reading a body's name as a plan writes it (`銀川市民政局`,
//!   `國家稅務總局XX市稅務局`) as a kind, a level and a place;
//! - [`domain`]: the livelihood goals of item 48 and the system level, which tasks serve.
//!
//! A name that matches nothing is the vocabulary's own error, with the closest names as
//! suggestions; [`Error`](crate::Error) wraps it. The data comes from the tables in these
//! files and goes to the reader (which resolves each item of a responsibility line), the
//! model (whose parties and tags hold these enums) and the queries (which take any form).

pub(crate) mod body;
pub(crate) mod department;
pub(crate) mod domain;
pub(crate) mod level;

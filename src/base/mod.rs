//! The ground the other layers stand on: plain values and text helpers that know
//! nothing of plans.
//!
//! - [`span`]: a byte range in a string, the way every quote of the model says where it
//!   stands;
//! - [`period`]: an inclusive span of years, a plan period;
//! - [`numeral`]: the Chinese numerals of part and group headings;
//! - [`script`]: folding text to one script, for text queries;
//! - [`quote`]: quoting input inside a message, cut and escaped;
//! - [`names`]: the keys name tables are looked up by, edit distances and suggestions.
//!
//! Nothing here reads from another layer of the crate; everything above may use it.

pub(crate) mod names;
pub(crate) mod numeral;
pub(crate) mod period;
pub mod quote;
pub(crate) mod script;
pub(crate) mod span;

//! The ground the other layers stand on: plain values and text helpers that know
//! nothing of plans.
//!
//! - [`span`]: a byte range in a string, the way every quote of the model says where it
//!   stands;
//! - [`period`]: an inclusive span of years, a plan period;
//! - [`numeral`]: the Chinese numerals of part and group headings;
//! - [`number`]: numbers written in digits and the years of dates, read whole or not at
//!   all;
//! - [`script`]: folding text to one script, for text queries;
//! - [`variants`]: searching text across scripts and Taiwan's, the mainland's and a wiki
//!   mirror's wording;
//! - [`quote`]: quoting input inside a message, cut and escaped, and the same escapes
//!   for a plan's text before a person on a terminal;
//! - [`markdown`]: a plan's text as Markdown writes it, never markup;
//! - [`brackets`]: the bracketed remark a name or a title ends with;
//! - [`names`]: the keys name tables are looked up by, edit distances and suggestions;
//! - [`hash`]: the fast hasher of the crate's own tables, and the map of names built on
//!   it;
//! - [`digest`]: the SHA-256 digest a plan records of the file it was read from;
//! - `literal_enum!`: the derives the crate's small enums share.
//!
//! Nothing here reads from another layer of the crate; everything above may use it.

pub(crate) mod brackets;
pub(crate) mod digest;
pub(crate) mod hash;
pub mod markdown;
pub(crate) mod names;
pub(crate) mod number;
pub(crate) mod numeral;
pub(crate) mod period;
pub mod quote;
pub(crate) mod script;
pub(crate) mod span;
pub(crate) mod variants;

/// Declares one of the crate's small enums with the derives they all share: `Copy`,
/// `Eq`, `Hash`, `Ord`, serde, and strum's `Display`, `FromStr`, iteration and
/// `&'static str` conversion (`tests/enums.rs` checks that `Display`, `FromStr` and
/// the JSON form agree).
macro_rules! literal_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($body:tt)* }) => {
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            ::serde::Serialize, ::serde::Deserialize,
            ::strum::Display, ::strum::EnumString, ::strum::EnumIter, ::strum::IntoStaticStr,
        )]
        $(#[$meta])*
        pub enum $name { $($body)* }
    };
}
pub(crate) use literal_enum;

//! Output: what a plan is written out as. Each renderer reads a [`Plan`](crate::Plan)
//! through its public accessors and writes one format; today that is the plain text
//! ([`Plan::to_text`](crate::Plan::to_text)), which gives back the input of
//! [`parse`](crate::parse()) byte for byte and is how `parse` proves it lost nothing.
//! The renderers to come (Markdown, HTML, Akoma Ntoso, StratML) go beside it.

mod text;

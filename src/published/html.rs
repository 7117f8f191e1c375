//! A web page's article as text: one line a paragraph, a table's row one line.

use crate::published::{Refusal, RefusalKind};

/// The text of a web page's article.
///
/// # Errors
///
/// A [`Refusal`] when the page has no article.
pub fn html_text(bytes: &[u8]) -> Result<String, Refusal> {
    let _ = bytes;
    Err(Refusal::new(RefusalKind::NoArticle, None, "not yet read"))
}

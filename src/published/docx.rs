//! A Word document's text: one line a paragraph, a table's row one line.

use crate::published::{Refusal, RefusalKind};

/// The text of a Word document.
///
/// # Errors
///
/// A [`Refusal`] when the file is no Word document.
pub fn docx_text(bytes: &[u8]) -> Result<String, Refusal> {
    let _ = bytes;
    Err(Refusal::new(RefusalKind::NotWord, None, "not yet read"))
}

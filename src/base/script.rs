//! Folding text to one script, so that a query typed in Simplified (`养老`, `卫生`) finds
//! the plan's Traditional text (`養老`, `衛生`) and the other way round.
//!
//! The conversion is [`fast2s`]'s table of Traditional to Simplified characters, with its
//! few context rules (`計畫` is `计划`, but `畫` alone is `画`). Full-width ASCII forms
//! (`５Ｇ`, `（`) fold to ASCII and ASCII letters to lower case, so `5g` finds `5G`.

/// `text` in one script: Simplified, with ASCII for full-width forms and ASCII letters in
/// lower case. Both the text searched and the query are folded, so a match does not
/// depend on the script either was written in.
pub(crate) fn fold(text: &str) -> String {
    let narrow: String = text.chars().map(narrow).collect();
    fast2s::convert(&narrow)
}

/// `text` in Simplified script, punctuation and letters as they are: what a renderer
/// shows when asked for Simplified.
pub(crate) fn to_simplified(text: &str) -> String {
    fast2s::convert(text)
}

/// The ASCII form of a full-width character, the lower case of an ASCII letter, or the
/// character itself.
fn narrow(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => {
            char::from_u32(u32::from(c) - 0xFEE0).map_or(c, |a| a.to_ascii_lowercase())
        }
        '\u{3000}' => ' ',
        c => c.to_ascii_lowercase(),
    }
}

//! How messages write what came from outside: a file's name, a value typed on the
//! command line. Nothing in them may move the terminal's cursor, recolour it, reorder
//! the line or hide text, and none may make the line as long as it is.
//!
//! A control character (NUL, ESC, DEL, C1 controls), a bidirectional control (U+202E and
//! its kin), an invisible one (zero-width spaces and joiners, the byte-order mark) or a
//! line or paragraph separator is written as `\u{…}` with its code point in lowercase
//! hex (`\u{1b}`, `\u{0}`, `\u{202e}`); a byte of a file name that is not UTF-8 as
//! `\x..` (`\xff`). What is quoted stops after 80 characters with `…` and the total
//! length: `aaaa…(300 characters)`.

use std::fmt::Write as _;
use std::path::Path;

/// The most characters of a name or value a message shows.
pub const SHOWN: usize = 80;

/// A file name as messages write it: escaped and capped.
pub fn file(path: &Path) -> String {
    capped(path.as_os_str().as_encoded_bytes())
}

/// A value typed on the command line as messages quote it: escaped and capped.
pub fn value(text: &str) -> String {
    capped(text.as_bytes())
}

/// A whole message with every character that must not reach the terminal as is
/// escaped, and nothing cut: text already written with [`file`] or [`value`], or
/// without such characters, comes back as it was.
pub fn visible(message: &str) -> String {
    if !message.chars().any(hidden) {
        return message.to_owned();
    }
    let mut out = String::with_capacity(message.len());
    for c in message.chars() {
        push(&mut out, c);
    }
    out
}

/// The bytes as text, escaped, and cut after [`SHOWN`] characters.
fn capped(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut total: usize = 0;
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if total < SHOWN {
                push(&mut out, c);
            }
            total = total.saturating_add(1);
        }
        for byte in chunk.invalid() {
            if total < SHOWN {
                let _ = write!(out, "\\x{byte:02x}");
            }
            total = total.saturating_add(1);
        }
    }
    if total > SHOWN {
        let _ = write!(out, "…({total} characters)");
    }
    out
}

fn push(out: &mut String, c: char) {
    if hidden(c) {
        let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
    } else {
        out.push(c);
    }
}

/// Whether a character is one a message writes as an escape: a control character, a
/// bidirectional or invisible formatting character, or a line or paragraph separator.
fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{61c}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{feff}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_written_as_escapes() {
        assert_eq!(value("plan.txt"), "plan.txt");
        assert_eq!(value("市教育局"), "市教育局");
        assert_eq!(value("a\0b"), "a\\u{0}b");
        assert_eq!(value("\u{1b}[31mred"), "\\u{1b}[31mred");
        assert_eq!(value("evil\u{202e}txt.exe"), "evil\\u{202e}txt.exe");
        assert_eq!(
            value("tab\there\u{7f}\u{85}"),
            "tab\\u{9}here\\u{7f}\\u{85}"
        );
        assert_eq!(
            value("zero\u{200b}width\u{feff}"),
            "zero\\u{200b}width\\u{feff}"
        );
        assert_eq!(capped(b"a\xffb\xe5\x90"), "a\\xffb\\xe5\\x90");
    }

    #[test]
    fn long_names_are_cut_with_their_length() {
        let exact = "a".repeat(SHOWN);
        assert_eq!(value(&exact), exact);
        let long = "名".repeat(300);
        let shown = value(&long);
        assert_eq!(shown, format!("{}…(300 characters)", "名".repeat(SHOWN)));
        // An escape counts as the one character it stands for.
        let escapes = "\u{1b}".repeat(100);
        assert_eq!(
            value(&escapes),
            format!("{}…(100 characters)", "\\u{1b}".repeat(SHOWN))
        );
    }

    #[test]
    fn a_visible_message_is_left_as_it_is() {
        let message = "a.txt:3: unknown department `市教育局\\u{0}`";
        assert_eq!(visible(message), message);
        assert_eq!(visible("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(visible(&value("\u{1b}")), "\\u{1b}");
    }
}

//! How messages write what came from outside: a file's name, a value typed on the
//! command line. Nothing in them may move the terminal's cursor, recolour it, reorder
//! the line or hide text, and none may make the line as long as it is.
//!
//! They are written as the library's messages write input ([`wuzhong_plan::quote`]):
//! control, bidirectional and invisible characters as escapes (`\0`, `\u{1b}`,
//! `\u{202e}`), a backslash as `\\`, and no more than 80 characters, then `…` and the
//! total length: `aaaa… (300 characters)`. A byte of a file name that is not UTF-8 is
//! shown as U+FFFD `�`, as `Path::display` shows it.

use std::path::Path;

use wuzhong_plan::quote::{escaped, shown};

/// A file name as messages write it: escaped and capped.
pub fn file(path: &Path) -> String {
    shown(&path.to_string_lossy()).to_string()
}

/// A value typed on the command line as messages quote it: escaped and capped.
pub fn value(text: &str) -> String {
    shown(text).to_string()
}

/// A whole message with every character that must not reach the terminal as is
/// escaped, and nothing cut: text already written with [`file`] or [`value`], or
/// without such characters, comes back as it was.
pub fn visible(message: &str) -> String {
    escaped(message).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_written_as_escapes() {
        assert_eq!(value("plan.txt"), "plan.txt");
        assert_eq!(value("市教育局"), "市教育局");
        assert_eq!(value("a\0b"), "a\\0b");
        assert_eq!(value("\u{1b}[31mred"), "\\u{1b}[31mred");
        assert_eq!(value("evil\u{202e}txt.exe"), "evil\\u{202e}txt.exe");
        assert_eq!(value("tab\there\u{7f}\u{85}"), "tab\\there\\u{7f}\\u{85}");
        assert_eq!(
            value("zero\u{200b}width\u{feff}"),
            "zero\\u{200b}width\\u{feff}"
        );
    }

    #[test]
    fn long_names_are_cut_with_their_length() {
        let exact = "a".repeat(80);
        assert_eq!(value(&exact), exact);
        let long = "名".repeat(300);
        assert_eq!(
            value(&long),
            format!("{}… (300 characters)", "名".repeat(80))
        );
        // An escape counts as the characters it is written with.
        let escapes = "\u{1b}".repeat(100);
        assert_eq!(
            value(&escapes),
            format!("{}… (100 characters)", "\\u{1b}".repeat(13))
        );
    }

    #[test]
    fn a_visible_message_is_left_as_it_is() {
        let message = "a.txt:3: unknown department `市教育局\\0`";
        assert_eq!(visible(message), message);
        assert_eq!(visible("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(visible(&value("\u{1b}")), "\\u{1b}");
    }
}

//! How a message shows text it was given: [`Quoted`], which every error message of this
//! crate, and of its command line, writes input through. A service that writes messages
//! of its own about what its users sent can use it too, and so can any output that puts
//! a plan's text before a person on a terminal.
//!
//! A message must stay readable whatever the input holds, so what it quotes is cut after
//! [`MAX_CHARS`] characters (the rest is counted, not shown: ``…` (3000000 characters)``),
//! and characters that a terminal would act on or hide are written as visible escapes:
//! control characters (`\0`, `\n`, `\u{1b}`), the bidirectional controls (U+061C, U+200E,
//! U+200F, U+202A–U+202E, U+2066–U+2069), the invisible ones (U+180E, U+200B–U+200D,
//! U+2060–U+2065, U+206A–U+206F, U+FEFF) and the line and paragraph separators (U+2028,
//! U+2029). A backslash is written `\\`, so an escape in a message is never the input's.
//!
//! ```
//! use wuzhong_plan::quote::{escaped, multiline, quoted, shown, whole};
//! assert_eq!(quoted("市教育局\0").to_string(), "`市教育局\\0`");
//! assert_eq!(shown("evil\u{202e}txt").to_string(), "evil\\u{202e}txt");
//! let long = "局".repeat(300);
//! assert_eq!(quoted(&long).to_string(), format!("`{}…` (300 characters)", "局".repeat(80)));
//! // A message already written keeps its escapes and its length; only what would act
//! // on a terminal is escaped.
//! assert_eq!(escaped("`a\\0` \u{1b}[31m").to_string(), "`a\\0` \\u{1b}[31m");
//! // A cell of a table for people: escaped as `shown` escapes, and whole.
//! let title = format!("{long}\u{1b}]0;x\u{7}");
//! assert_eq!(whole(&title).to_string(), long.clone() + "\\u{1b}]0;x\\u{7}");
//! // A document on a terminal: its lines and tabs kept, and its backslashes.
//! assert_eq!(multiline("甲\t乙\r\n丙\\\u{1b}[2J\r").to_string(), "甲\t乙\r\n丙\\\\u{1b}[2J\\r");
//! ```
//!
//! Only the display is cut: the errors' fields keep the input whole.

use std::borrow::Cow;
use std::fmt;

/// The most characters a message shows of one quoted text, escapes counted as the
/// characters they are written with.
pub const MAX_CHARS: usize = 80;

/// Text as a message shows it: escaped, cut after [`MAX_CHARS`] characters with its
/// length, and between backticks when made with [`quoted`].
#[derive(Debug, Clone, Copy)]
pub struct Quoted<'a> {
    text: &'a str,
    /// What to write around the text: a backtick, or nothing.
    mark: &'static str,
    /// Whether to escape backslashes, which text already escaped has written itself.
    backslash: bool,
    /// Whether to keep line feeds, a carriage return before a line feed, and tabs: the
    /// layout of a text of many lines.
    lines: bool,
    /// The most characters to show.
    max: usize,
}

/// `text` between backticks, escaped and cut: `` `市教育局\0` ``.
pub fn quoted(text: &str) -> Quoted<'_> {
    Quoted {
        text,
        mark: "`",
        backslash: true,
        lines: false,
        max: MAX_CHARS,
    }
}

/// `text` escaped and cut, without backticks: for a number or name the message writes bare.
pub fn shown(text: &str) -> Quoted<'_> {
    Quoted {
        mark: "",
        ..quoted(text)
    }
}

/// `text` escaped as [`shown`] escapes it, its backslashes too, but whole: not cut. What
/// a table for people writes in a cell, so that a plan's text shows as it is where it
/// can, and as escapes where a terminal would act on it; the escapes are as wide as
/// they are written, so the columns line up.
pub fn whole(text: &str) -> Quoted<'_> {
    Quoted {
        max: usize::MAX,
        ..shown(text)
    }
}

/// A text of many lines, such as a document printed to a terminal: its control,
/// bidirectional and invisible characters escaped as [`escaped`] escapes them, and
/// nothing else changed: its line feeds, each carriage return just before a line feed
/// (a CRLF line end), its tabs and its backslashes stay, and it is not cut. A carriage
/// return elsewhere, which would move back over what the line showed, is `\r`.
pub fn multiline(text: &str) -> Quoted<'_> {
    Quoted {
        lines: true,
        ..escaped(text)
    }
}

/// Whether messages write `c` as an escape rather than as it is (a backslash aside): a
/// control character, or one of the bidirectional, invisible or separating characters
/// the module lists. What the other escapers of the crate (Markdown's) escape too.
pub(crate) fn hides(c: char) -> bool {
    c.is_control() || is_hidden(c)
}

/// A whole message, already written with [`quoted`] or [`shown`] or without input in
/// it: its control, bidirectional and invisible characters escaped, and nothing else
/// changed (its backslashes stay, and it is not cut).
pub fn escaped(message: &str) -> Quoted<'_> {
    relayed(message, usize::MAX)
}

/// A message another layer wrote (serde_json's), whose quotes of input are escaped
/// already or not at all: shown without backticks, its control and bidirectional
/// characters escaped (but not its backslashes), cut after `max` characters.
pub(crate) fn relayed(text: &str, max: usize) -> Quoted<'_> {
    Quoted {
        text,
        mark: "",
        backslash: false,
        lines: false,
        max,
    }
}

/// The inside of a string serde_json quotes (`string "…"`), escaped by it already: as
/// [`relayed`], between double quotes, cut after [`MAX_CHARS`] characters.
pub(crate) fn relayed_string(text: &str) -> Quoted<'_> {
    Quoted {
        mark: "\"",
        ..relayed(text, MAX_CHARS)
    }
}

/// The escape a message writes for `c`, if it writes one.
fn escape(c: char, backslash: bool) -> Option<Escape> {
    match c {
        '\\' if backslash => Some(Escape::Short('\\')),
        '\0' => Some(Escape::Short('0')),
        '\n' => Some(Escape::Short('n')),
        '\r' => Some(Escape::Short('r')),
        '\t' => Some(Escape::Short('t')),
        c if hides(c) => Some(Escape::Code(c)),
        _ => None,
    }
}

/// The characters besides the control characters that change how a terminal shows the
/// text around them, or cannot be seen: the bidirectional controls, the zero-width and
/// other invisible formatting characters, and the line and paragraph separators.
fn is_hidden(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{FEFF}'
    )
}

/// A visible escape: `\n`, or `\u{1b}`.
#[derive(Clone, Copy)]
enum Escape {
    Short(char),
    Code(char),
}

impl Escape {
    /// How many characters the escape is written with.
    fn width(self) -> usize {
        match self {
            Escape::Short(_) => 2,
            // `\u{` and `}` around the hexadecimal digits.
            Escape::Code(c) => 4 + hex_digits(u32::from(c)),
        }
    }
}

impl fmt::Display for Escape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Escape::Short(c) => write!(f, "\\{c}"),
            Escape::Code(c) => write!(f, "\\u{{{:x}}}", u32::from(*c)),
        }
    }
}

fn hex_digits(n: u32) -> usize {
    let mut digits = 1;
    let mut rest = n >> 4;
    while rest > 0 {
        digits += 1;
        rest >>= 4;
    }
    digits
}

impl Quoted<'_> {
    /// Whether the text's own layout keeps the character at `at`, `c`, as it is.
    fn keeps(&self, c: char, at: usize) -> bool {
        self.lines
            && match c {
                '\n' | '\t' => true,
                '\r' => self
                    .text
                    .get(at + 1..)
                    .is_some_and(|rest| rest.starts_with('\n')),
                _ => false,
            }
    }
}

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tick = self.mark;
        f.write_str(tick)?;
        let mut written = 0;
        let mut cut = false;
        // The text since the last escape, written in one piece when the next escape or
        // the end comes.
        let mut plain = 0;
        for (at, c) in self.text.char_indices() {
            let escaped = escape(c, self.backslash).filter(|_| !self.keeps(c, at));
            let width = escaped.map_or(1, Escape::width);
            if written + width > self.max {
                f.write_str(self.text.get(plain..at).unwrap_or_default())?;
                cut = true;
                break;
            }
            written += width;
            if let Some(escaped) = escaped {
                f.write_str(self.text.get(plain..at).unwrap_or_default())?;
                write!(f, "{escaped}")?;
                plain = at + c.len_utf8();
            }
        }
        if cut {
            let count = self.text.chars().count();
            write!(f, "…{tick} ({count} characters)")
        } else {
            f.write_str(self.text.get(plain..).unwrap_or_default())?;
            f.write_str(tick)
        }
    }
}

/// The most characters of a title, name or heading that an output repeats for each pair
/// of things (a page, a picture, a target's record on the command line):
/// more than twice the longest task title of the Wuzhong plan (15 characters), so that
/// the titles of the genre are repeated whole and only text that is no title (a
/// paragraph that lacks its `。`, a crafted title of thousands of characters) is cut.
pub const REPEATED_CHARS: usize = 32;

/// `text` cut to at most `max` characters, the last of them `…` where it was cut:
/// how an output repeats a title or a name ([`REPEATED_CHARS`]).
///
/// ```
/// use wuzhong_plan::quote::shortened;
/// assert_eq!(shortened("市民政局", 32), "市民政局");
/// assert_eq!(shortened("一二三四五", 3), "一二…");
/// ```
/// Reads
/// no more of `text` than the `max + 1` characters it needs, so that cutting a long
/// text once for each of many places costs no more than the places.
pub fn shortened(text: &str, max: usize) -> Cow<'_, str> {
    if text.char_indices().nth(max).is_none() {
        return Cow::Borrowed(text);
    }
    let keep = text
        .char_indices()
        .nth(max.saturating_sub(1))
        .map_or(0, |(at, _)| at);
    let mut out = String::with_capacity(keep + '…'.len_utf8());
    out.push_str(text.get(..keep).unwrap_or_default());
    out.push('…');
    Cow::Owned(out)
}

/// What kind of file a name stands for, as a message says it: `a regular file`, `a
/// directory`, `a symbolic link` (for a link not followed), `a FIFO (named pipe)`, `a
/// socket`, `a character device`, `a block device`; the same words in the library's
/// refusals of a corpus's files and in the command line's errors.
///
/// ```
/// let metadata = std::fs::metadata(".")?;
/// assert_eq!(wuzhong_plan::quote::file_kind(metadata.file_type()), "a directory");
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn file_kind(kind: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_char_device() {
            return "a character device";
        }
        if kind.is_block_device() {
            return "a block device";
        }
    }
    if kind.is_dir() {
        "a directory"
    } else if kind.is_symlink() {
        "a symbolic link"
    } else if kind.is_file() {
        "a regular file"
    } else {
        "a file of an unknown kind"
    }
}

/// Bytes as messages show them: each in hexadecimal, `0x89 0x50`.
///
/// ```
/// assert_eq!(wuzhong_plan::quote::byte_sequence(b"\x89P"), "0x89 0x50");
/// ```
pub fn byte_sequence(bytes: &[u8]) -> String {
    let hex: Vec<String> = bytes.iter().map(|b| format!("0x{b:02X}")).collect();
    hex.join(" ")
}

/// Where a file's `bytes` stop being UTF-8, as `err` found it: the 1-based line of the
/// first bad byte, and what is there, with its byte offset (`invalid byte sequence 0xFF
/// at byte offset 3`, or `the file ends inside a character at byte offset 3`); the
/// library's refusals and the command line's errors say it in these words.
///
/// ```
/// let bytes = b"ab\n\xffc";
/// let err = std::str::from_utf8(bytes).unwrap_err();
/// assert_eq!(
///     wuzhong_plan::quote::not_utf8(bytes, &err),
///     (2, "invalid byte sequence 0xFF at byte offset 3".to_owned())
/// );
/// ```
pub fn not_utf8(bytes: &[u8], err: &std::str::Utf8Error) -> (usize, String) {
    let offset = err.valid_up_to();
    let before = bytes.get(..offset).unwrap_or_default();
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let what = match err.error_len() {
        Some(len) => {
            let sequence = bytes
                .get(offset..offset.saturating_add(len))
                .unwrap_or_default();
            format!(
                "invalid byte sequence {} at byte offset {offset}",
                byte_sequence(sequence)
            )
        }
        None => format!("the file ends inside a character at byte offset {offset}"),
    };
    (line, what)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_a_terminal_would_act_on() {
        assert_eq!(quoted("市教育局\0").to_string(), "`市教育局\\0`");
        assert_eq!(quoted("\x1b[31m紅").to_string(), "`\\u{1b}[31m紅`");
        assert_eq!(
            quoted("a\u{202E}b\u{2066}").to_string(),
            "`a\\u{202e}b\\u{2066}`"
        );
        assert_eq!(quoted("a\\0").to_string(), "`a\\\\0`");
        assert_eq!(shown("\u{7f}\u{85}").to_string(), "\\u{7f}\\u{85}");
        assert_eq!(relayed("\"a\\\\\n\"", 80).to_string(), "\"a\\\\\\n\"");
        assert_eq!(
            relayed_string(&"9".repeat(81)).to_string(),
            format!("\"{}…\" (81 characters)", "9".repeat(80))
        );
        assert_eq!(
            relayed_string(&"9".repeat(81)).to_string(),
            format!("\"{}…\" (81 characters)", "9".repeat(80))
        );
    }

    #[test]
    fn cuts_long_text_and_counts_it() {
        let long = "市教育局".repeat(1000);
        let shown = quoted(&long).to_string();
        assert_eq!(
            shown,
            format!("`{}…` (4000 characters)", "市教育局".repeat(20))
        );
        assert_eq!(quoted(&"局".repeat(80)).to_string().chars().count(), 82);
        // Escapes count as the characters they are written with.
        let nuls = "\0".repeat(100);
        assert_eq!(
            quoted(&nuls).to_string(),
            format!("`{}…` (100 characters)", "\\0".repeat(40))
        );
        assert_eq!(hex_digits(0x1b), 2);
        assert_eq!(hex_digits(0x202e), 4);
        assert_eq!(hex_digits(0), 1);
    }

    #[test]
    fn a_whole_text_is_escaped_and_not_cut() {
        let long = "市".repeat(1000);
        assert_eq!(whole(&long).to_string(), long);
        assert_eq!(
            whole("\u{1b}]0;title\u{7}\u{1b}[2J\u{9b}1m").to_string(),
            "\\u{1b}]0;title\\u{7}\\u{1b}[2J\\u{9b}1m"
        );
        // The input's own backslash cannot pass for an escape.
        assert_eq!(whole("a\\u{1b}").to_string(), "a\\\\u{1b}");
        assert_eq!(whole("甲\n乙\r\n丙\t").to_string(), "甲\\n乙\\r\\n丙\\t");
        assert_eq!(
            whole("\u{202e}\u{2066}\u{200b}\u{2028}\u{2029}").to_string(),
            "\\u{202e}\\u{2066}\\u{200b}\\u{2028}\\u{2029}"
        );
    }

    #[test]
    fn a_text_of_many_lines_keeps_its_layout() {
        assert_eq!(
            multiline("甲\n乙\r\n\t丙\\").to_string(),
            "甲\n乙\r\n\t丙\\"
        );
        // A carriage return that is no line end would move back over the line.
        assert_eq!(multiline("甲\r乙\r").to_string(), "甲\\r乙\\r");
        assert_eq!(
            multiline("\u{1b}]0;title\u{7}\u{202e}\u{85}\u{2028}\u{b}").to_string(),
            "\\u{1b}]0;title\\u{7}\\u{202e}\\u{85}\\u{2028}\\u{b}"
        );
        let long = "行\n".repeat(10_000);
        assert_eq!(multiline(&long).to_string(), long);
    }

    #[test]
    fn an_escape_is_at_most_six_times_its_character() {
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            let text = c.to_string();
            for shown in [whole(&text).to_string(), multiline(&text).to_string()] {
                assert!(shown.len() <= 6 * text.len(), "{c:?} is {shown}");
            }
        }
    }
}

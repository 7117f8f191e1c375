//! How a message shows text it was given: [`Quoted`], which every error message of this
//! crate, and of its command line, writes input through. A service that writes messages
//! of its own about what its users sent can use it too.
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
//! use wuzhong_plan::quote::{escaped, quoted, shown};
//! assert_eq!(quoted("市教育局\0").to_string(), "`市教育局\\0`");
//! assert_eq!(shown("evil\u{202e}txt").to_string(), "evil\\u{202e}txt");
//! let long = "局".repeat(300);
//! assert_eq!(quoted(&long).to_string(), format!("`{}…` (300 characters)", "局".repeat(80)));
//! // A message already written keeps its escapes and its length; only what would act
//! // on a terminal is escaped.
//! assert_eq!(escaped("`a\\0` \u{1b}[31m").to_string(), "`a\\0` \\u{1b}[31m");
//! ```
//!
//! Only the display is cut: the errors' fields keep the input whole.

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
    /// The most characters to show.
    max: usize,
}

/// `text` between backticks, escaped and cut: `` `市教育局\0` ``.
pub fn quoted(text: &str) -> Quoted<'_> {
    Quoted {
        text,
        mark: "`",
        backslash: true,
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
        c if c.is_control() || is_hidden(c) => Some(Escape::Code(c)),
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

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tick = self.mark;
        f.write_str(tick)?;
        let mut written = 0;
        let mut cut = false;
        for c in self.text.chars() {
            let escaped = escape(c, self.backslash);
            let width = escaped.map_or(1, Escape::width);
            if written + width > self.max {
                cut = true;
                break;
            }
            written += width;
            match escaped {
                Some(escaped) => write!(f, "{escaped}")?,
                None => write!(f, "{c}")?,
            }
        }
        if cut {
            let count = self.text.chars().count();
            write!(f, "…{tick} ({count} characters)")
        } else {
            f.write_str(tick)
        }
    }
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
}

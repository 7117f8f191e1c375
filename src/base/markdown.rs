//! Text as Markdown writes it: [`text`], which the Markdown renderer
//! ([`Plan::to_markdown`](crate::Plan::to_markdown)) and the command line's
//! `--format markdown` write every piece of a plan's text through, so that a CommonMark
//! or GitHub-flavoured reader reads it back as the same text and never as markup.
//!
//! - Every ASCII punctuation character that can begin, end or be part of markup is
//!   escaped with a backslash, as CommonMark allows for any ASCII punctuation: `\`,
//!   `` ` ``, `*`, `_`, `[`, `]`, `{`, `}`, `<`, `>`, `#`, `+`, `-`, `.`, `!`, `|`, `~`,
//!   `&`, `:`, `/`, `=`, `@`, `$`, `^`, `"` and `'`. So no text opens an HTML tag, a link,
//!   an image, an autolink (`<http://…>`, or the bare `http://` and `www.` GitHub links),
//!   a code span or fence, emphasis, a heading, a quote, a list (`-`, `+`, `*`, `1.`), a
//!   rule or a setext underline (`---`, `===`), a table's next cell (`|`, and a `\|` of
//!   the text is `\\\|`, which ends no cell), a character reference (`&amp;` is the text
//!   `&amp;`) or, with smart punctuation on, a curly quote or a dash. A `)` is escaped
//!   where it would end the number of an ordered list (`1)`, after the digits the text
//!   starts with). The rest are markup nowhere, and are left as they are, so a plan's
//!   commas, parentheses and percentages read as written: `,`, `%`, `;`, `?`, `(` and
//!   any other `)` (with `[` and `]` escaped, no link opens for a parenthesis to take part
//!   in).
//! - A space at the start or the end of the text is written `&#x20;`, which Markdown
//!   neither strips nor reads as indentation: a text of four leading spaces is no code
//!   block, and one of two trailing spaces no line break.
//! - Control characters (a line break and a tab among them), the bidirectional controls,
//!   the invisible characters and the line and paragraph separators, the characters
//!   [`quote`](crate::quote) writes as escapes, are written as numeric character
//!   references (`&#x1b;`, `&#xa;`, `&#x202e;`): the Markdown holds none of them, so it
//!   shows safely on a terminal and keeps a table's row on one line, and a reader gives
//!   the character back. (CommonMark reads `&#x0;` as U+FFFD, as it reads a NUL in any
//!   form.)
//!
//! Everything else is written as it is. The text grows at most six times in bytes (a
//! control character of one byte is a reference of up to six).
//!
//! ```
//! use wuzhong_plan::markdown::text;
//! assert_eq!(text("市民政局").to_string(), "市民政局");
//! assert_eq!(text("<img src=x onerror=alert(1)>").to_string(), r"\<img src\=x onerror\=alert(1)\>");
//! assert_eq!(text(r"a\|b").to_string(), r"a\\\|b");
//! assert_eq!(text("    1. 甲").to_string(), r"&#x20;   1\. 甲");
//! assert_eq!(text("各縣(市、區)").to_string(), "各縣(市、區)");
//! assert_eq!(text("60%,\u{1b}[2J").to_string(), r"60%,&#x1b;\[2J");
//! ```

use std::fmt;

use crate::base::quote::hides;

/// `text` as Markdown writes it: read back, the same text, and no markup.
pub fn text(text: &str) -> Text<'_> {
    Text(text)
}

/// Text as Markdown writes it; made with [`text`], written with `Display`.
#[derive(Debug, Clone, Copy)]
pub struct Text<'a>(&'a str);

/// The ASCII punctuation that is markup nowhere in CommonMark, GitHub's Markdown or the
/// common extensions once the rest is escaped, and is written as it is; a `)` only where
/// it does not end the digits `text` starts with (`1)`, an ordered list's number).
fn is_inert(c: char, at: usize, text: &str) -> bool {
    match c {
        ',' | '%' | ';' | '?' | '(' => true,
        // A list's number is one to nine digits, so only the first ten bytes are read.
        ')' => {
            let before = text.get(..at).unwrap_or_default();
            at == 0 || at > 9 || !before.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    }
}

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0;
        // The text since the last escape, written in one piece.
        let mut plain = 0;
        for (at, c) in text.char_indices() {
            let end = at + c.len_utf8();
            let edge = at == 0 || end == text.len();
            let escape =
                c == ' ' && edge || hides(c) || c.is_ascii_punctuation() && !is_inert(c, at, text);
            if !escape {
                continue;
            }
            f.write_str(text.get(plain..at).unwrap_or_default())?;
            if c.is_ascii_punctuation() {
                write!(f, "\\{c}")?;
            } else {
                write!(f, "&#x{:x};", u32::from(c))?;
            }
            plain = end;
        }
        f.write_str(text.get(plain..).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::text;

    fn md(input: &str) -> String {
        text(input).to_string()
    }

    #[test]
    fn markup_is_escaped() {
        assert_eq!(md("a*b_c[d](e)<f>|g"), r"a\*b\_c\[d\](e)\<f\>\|g");
        assert_eq!(
            md("![x](javascript:alert(1))"),
            r"\!\[x\](javascript\:alert(1))"
        );
        assert_eq!(md("<http://evil.example>"), r"\<http\:\/\/evil\.example\>");
        assert_eq!(md("www.evil.example"), r"www\.evil\.example");
        assert_eq!(md("&amp;"), r"\&amp;");
        assert_eq!(md("```"), r"\`\`\`");
        assert_eq!(md("1)甲"), r"1\)甲");
        assert_eq!(md("12)甲(1)"), r"12\)甲(1)");
        assert_eq!(md(")甲"), ")甲");
        // A list's number has at most nine digits.
        assert_eq!(md("1234567890)"), "1234567890)");
        assert_eq!(md("- 乙"), r"\- 乙");
        assert_eq!(md("---"), r"\-\-\-");
    }

    #[test]
    fn the_edges_and_hidden_characters_are_references() {
        assert_eq!(md(" "), "&#x20;");
        assert_eq!(md("  甲  "), "&#x20; 甲 &#x20;");
        assert_eq!(md("\t甲"), "&#x9;甲");
        assert_eq!(md("甲\n乙\r\n"), "甲&#xa;乙&#xd;&#xa;");
        assert_eq!(
            md("\u{202e}\u{2066}\u{200b}\u{2028}\u{85}"),
            "&#x202e;&#x2066;&#x200b;&#x2028;&#x85;"
        );
        assert_eq!(md("60%,;?"), "60%,;?");
        assert_eq!(md(""), "");
    }

    #[test]
    fn a_text_is_at_most_six_times_its_bytes() {
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            // Alone, a space is at both edges; inside, the others are as they are.
            for text in [c.to_string(), format!("甲{c}乙")] {
                let written = md(&text);
                assert!(written.len() <= 6 * text.len(), "{c:?} is {written}");
            }
        }
    }
}

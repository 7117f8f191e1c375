//! The genre's line classes: how a line of a plan's text reads by its shape alone (a part
//! heading `一、`, a group heading `(一)`, a task `1.`, a responsibility line `責任單位:`,
//! an info-box entry, an annex list, a table's header, prose), how a text splits into
//! lines, and how a line's indentation and the blank lines are set apart from the
//! content. The parser reads the
//! text with them, and the checks ask of a line of prose whether it would read as
//! something else.

use strum::IntoEnumIterator;

use crate::base::numeral::{from_numeral, is_numeral_char};
use crate::fault::{ParseError, ParseErrorKind};
use crate::model::{
    BlankLine, Colon, Indent, InfoEntry, Layout, LineEnding, NumberMarker, ResponsibilityLabel,
    Spacing, is_indent,
};

/// The headings of the info box, in either script.
const INFO_HEADINGS: [&str; 2] = ["基本介紹", "基本介绍"];
/// The line that separates the front matter from the preamble.
const FULL_TEXT_MARKER: &str = "全文";
pub(crate) fn split_lines(text: &str) -> Result<(Vec<&str>, Layout), ParseError> {
    let (text, byte_order_mark) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (rest, true),
        None => (text, false),
    };
    if text.is_empty() {
        return Err(ParseError::new(1, "", ParseErrorKind::EmptyDocument));
    }
    let line_ending = first_break(text).map_or(LineEnding::Lf, |at| ending_at(text, at));
    let ending = line_ending.as_str();
    let final_newline = text.ends_with(ending);
    let body = text.strip_suffix(ending).unwrap_or(text);
    // Split at a `char`, which is found with a fast byte search (a `&str` pattern is
    // not): `\r\n` lines are split at their `\n`, and their `\r` taken off after.
    let separator = if line_ending == LineEnding::Cr {
        '\r'
    } else {
        '\n'
    };
    // Whether a break of another kind may stand in a line: looked for once in the whole
    // text where one byte tells, so that lines are searched only when one does.
    let strays = match line_ending {
        LineEnding::Lf => text.contains('\r'),
        LineEnding::Cr => text.contains('\n'),
        LineEnding::CrLf => true,
    };
    let mut lines = Vec::new();
    let mut offset = 0;
    let mut raw_lines = body.split(separator).enumerate().peekable();
    while let Some((i, raw)) = raw_lines.next() {
        let terminated = raw_lines.peek().is_some();
        let line = match (line_ending, terminated) {
            (LineEnding::CrLf, true) => match raw.strip_suffix('\r') {
                Some(line) => line,
                None => return Err(mixed(i + 1, raw, line_ending, LineEnding::Lf)),
            },
            _ => raw,
        };
        if let Some(at) = strays.then(|| first_break(line)).flatten() {
            let stray = offset + at;
            // In `\r` text, a `\r\n` shows as a line that starts with `\n`: that break
            // ends the line before.
            let after_cr = at == 0 && stray > 0 && text.as_bytes().get(stray - 1) == Some(&b'\r');
            return Err(if after_cr {
                let before = lines.last().copied().unwrap_or_default();
                mixed(i, before, line_ending, LineEnding::CrLf)
            } else {
                let before = line.get(..at).unwrap_or_default();
                mixed(i + 1, before, line_ending, ending_at(text, stray))
            });
        }
        lines.push(line);
        offset += raw.len() + separator.len_utf8();
    }
    let layout = Layout {
        line_ending,
        final_newline,
        byte_order_mark,
    };
    Ok((lines, layout))
}

/// Where the first `\r` or `\n` of `text` stands. Each is looked for alone, as a single
/// `char` is looked for with a fast byte search (a pattern of two decodes every
/// character), the `\r` only before the first `\n`.
fn first_break(text: &str) -> Option<usize> {
    let lf = text.find('\n');
    let before = lf.and_then(|at| text.get(..at)).unwrap_or(text);
    before.find('\r').or(lf)
}

/// The line ending that starts at byte `at` of `text`, where a `\r` or `\n` stands.
fn ending_at(text: &str, at: usize) -> LineEnding {
    match text.get(at..).map(str::as_bytes) {
        Some([b'\r', b'\n', ..]) => LineEnding::CrLf,
        Some([b'\r', ..]) => LineEnding::Cr,
        _ => LineEnding::Lf,
    }
}

fn mixed(line: usize, text: &str, expected: LineEnding, found: LineEnding) -> ParseError {
    let name = |ending| match ending {
        LineEnding::Lf => "`\\n`",
        LineEnding::CrLf => "`\\r\\n`",
        LineEnding::Cr => "`\\r`",
    };
    let kind = ParseErrorKind::MixedLineEndings {
        expected: name(expected),
        found: name(found),
    };
    ParseError::new(line, text, kind)
}

/// A line of the text without its indentation, and the indentation; `None` for a line
/// that holds nothing but white space.
pub(crate) fn indented(line: &str) -> Option<(&str, &str)> {
    let content = line.trim_start_matches(is_indent);
    if content.trim_end_matches(is_indent).is_empty() {
        return None;
    }
    let indent = line.get(..line.len() - content.len()).unwrap_or_default();
    Some((indent, content))
}

/// A line without the white space at either end: the indentation before it, and the
/// spaces (ASCII, ideographic, no-break) that pad a signature or a title after it.
pub(crate) fn trimmed(line: &str) -> &str {
    line.trim_matches(|c: char| is_indent(c) || c.is_whitespace())
}

/// The white space the lines of a text are laid out with, gathered as they are read.
#[derive(Debug, Default)]
pub(crate) struct SpacingBuilder {
    spacing: Spacing,
    current: String,
}

impl SpacingBuilder {
    /// Takes line `at` of the text, and gives its content, or `None` for a blank line.
    pub(crate) fn line<'a>(&mut self, at: usize, line: &'a str) -> Option<&'a str> {
        let Some((indent, content)) = indented(line) else {
            self.spacing.blank_lines.push(BlankLine {
                line: at,
                text: line.to_owned(),
            });
            return None;
        };
        if indent != self.current {
            self.current = indent.to_owned();
            self.spacing.indents.push(Indent {
                line: at,
                indent: indent.to_owned(),
            });
        }
        Some(content)
    }

    pub(crate) fn finish(self) -> Spacing {
        self.spacing
    }
}

/// Whether a line is one of the front matter's own: an info box heading, an info entry
/// or the `全文` marker.
pub(crate) fn is_front_matter_line(line: &str) -> bool {
    is_info_heading(line) || is_full_text_marker(line) || info_entry(line).is_some()
}

/// The info box headings the genre uses.
pub(crate) fn is_info_heading(line: &str) -> bool {
    INFO_HEADINGS.contains(&line)
}

/// The line that separates the front matter from the plan's text: `全文`, or the
/// `附件1` that heads the plan a notice publishes (`附件`, `附件一`).
pub(crate) fn is_full_text_marker(line: &str) -> bool {
    line == FULL_TEXT_MARKER || is_annex_heading(line)
}

/// `附件`, `附件1`, `附件 1` or `附件一` alone on a line: the heading of an annex.
fn is_annex_heading(line: &str) -> bool {
    line.strip_prefix("附件").is_some_and(|rest| {
        let rest = rest.trim_start_matches(' ');
        rest.len() <= 9
            && rest
                .chars()
                .all(|c| c.is_ascii_digit() || is_numeral_char(c))
    })
}

/// The first line of a notice's list of annexes: `附件:1.…` or `附件：` alone.
pub(crate) fn is_annex_list_start(line: &str) -> bool {
    line.strip_prefix("附件")
        .is_some_and(|rest| rest.starts_with([':', '：']))
}

/// Which lines of a notice are the items of an annex list (`1.…實施方案` after an
/// `附件:` line), which read as tasks but are not: each with whether it is one.
pub(crate) fn annex_items<'a, I>(lines: I) -> impl Iterator<Item = bool>
where
    I: IntoIterator<Item = &'a str>,
{
    let mut in_list = false;
    lines.into_iter().map(move |line| {
        let item = in_list && numbered(line).is_some();
        in_list = item || is_annex_list_start(line);
        item
    })
}

/// Whether a line is the header of a table of tasks: cells split by `|`, one of which
/// is a label of responsibility (`牵头单位`, `责任单位`).
pub(crate) fn is_table_header(line: &str) -> bool {
    line.contains('|')
        && line
            .split('|')
            .any(|cell| cell.trim().parse::<ResponsibilityLabel>().is_ok())
}

/// Whether a line looks like a part heading written otherwise than `一、`: `一.`,
/// `一 `, `一，`, `第一部分`, `第一章`.
pub(crate) fn looks_like_part_heading(line: &str) -> bool {
    if let Some(rest) = line.strip_prefix('第') {
        let numeral_end = rest
            .char_indices()
            .find(|&(_, c)| !is_numeral_char(c))
            .map_or(rest.len(), |(at, _)| at);
        let after = rest.get(numeral_end..).unwrap_or_default();
        return numeral_end > 0
            && ["部分", "章", "節", "节", "篇"]
                .iter()
                .any(|unit| after.starts_with(unit));
    }
    let numeral_end = line
        .char_indices()
        .find(|&(_, c)| !is_numeral_char(c))
        .map_or(line.len(), |(at, _)| at);
    numeral_end > 0
        && line
            .get(numeral_end..)
            .is_some_and(|after| after.starts_with(['.', '．', ' ', '　', ',', '，', ':', '：']))
}

/// Whether a line reads as nothing but text by its shape: no number opens it and it is
/// no responsibility line.
pub(crate) fn is_plain_text(line: &str) -> bool {
    numbered(line).is_none() && responsibility_line(line).is_none()
}

/// A responsibility line, `責任單位:市民政局、…`: its label, colon and list, which is
/// not blank.
pub(crate) struct ResponsibilityLine<'a> {
    pub(crate) label: ResponsibilityLabel,
    pub(crate) colon: Colon,
    pub(crate) text: &'a str,
}

/// `責任單位:市民政局、…`: a label of responsibility, a colon, and a list that is not
/// blank.
pub(crate) fn responsibility_line(line: &str) -> Option<ResponsibilityLine<'_>> {
    for label in ResponsibilityLabel::iter() {
        let Some(rest) = line.strip_prefix(<&str>::from(label)) else {
            continue;
        };
        let (colon, text) = if let Some(text) = rest.strip_prefix(':') {
            (Colon::Ascii, text)
        } else if let Some(text) = rest.strip_prefix('：') {
            (Colon::FullWidth, text)
        } else {
            continue;
        };
        if text.trim().is_empty() {
            return None;
        }
        return Some(ResponsibilityLine { label, colon, text });
    }
    None
}

/// `- 頒布時間:2022年4月26日`
pub(crate) fn info_entry(line: &str) -> Option<InfoEntry> {
    let rest = line.strip_prefix("- ")?;
    let (at, c) = rest.char_indices().find(|&(_, c)| c == ':' || c == '：')?;
    let (key, value) = rest.split_at_checked(at)?;
    if key.is_empty() {
        return None;
    }
    let colon = if c == ':' {
        Colon::Ascii
    } else {
        Colon::FullWidth
    };
    Some(InfoEntry {
        key: key.to_owned(),
        colon,
        value: value.get(c.len_utf8()..)?.to_owned(),
    })
}

/// A line that opens with a number in any of the genre's styles: `一、`, `（一）`,
/// `(一)`, `1.`, `1．`, `1﹒`, `1、`, `（1）`, `(1)`, `①`; what the document makes of
/// it (a part, a group, a task or text) depends on the levels it uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Numbered<'a> {
    pub(crate) marker: NumberMarker,
    pub(crate) value: u16,
    /// The text after the number.
    pub(crate) rest: &'a str,
}

/// The number a line opens with, in any style, and the text after it, which is not
/// empty; `None` for a line that opens with no number, or with one written otherwise
/// than its style writes it back (`01.`, `一十一、`, `(一）`), which is text.
pub(crate) fn numbered(line: &str) -> Option<Numbered<'_>> {
    item(line).ok().flatten()
}

/// The number a line opens with and the text after it: `Ok(None)` for a line that
/// opens with no number; an error for one that opens like a heading or a task and is
/// none, saying why (digits no number writes back, nothing after the number, brackets
/// that do not match).
fn item(line: &str) -> Result<Option<Numbered<'_>>, ParseErrorKind> {
    let empty = |rest: &str| rest.is_empty() || rest.starts_with('。');
    let found = if line.starts_with(is_numeral_char) {
        let Some((numeral, rest)) = line.split_once('、') else {
            return Ok(None);
        };
        let Some(value) = from_numeral(numeral) else {
            return Ok(None);
        };
        if empty(rest) {
            return Err(ParseErrorKind::EmptyTitle { node: "part" });
        }
        (NumberMarker::Numeral, u16::from(value), rest)
    } else if let Some((open, rest)) = line
        .strip_prefix('（')
        .map(|rest| ('（', rest))
        .or_else(|| line.strip_prefix('(').map(|rest| ('(', rest)))
    {
        let full = open == '（';
        let Some((at, close)) = rest.char_indices().find(|&(_, c)| c == ')' || c == '）') else {
            return Ok(None);
        };
        let (inside, after) = rest.split_at_checked(at).unwrap_or((rest, ""));
        let after = after.get(close.len_utf8()..).unwrap_or_default();
        let matching = full == (close == '）');
        if let Some(value) = from_numeral(inside) {
            if !matching {
                return Err(ParseErrorKind::MismatchedBrackets);
            }
            if empty(after) {
                return Err(ParseErrorKind::EmptyTitle { node: "group" });
            }
            let marker = if full {
                NumberMarker::NumeralParenthesized
            } else {
                NumberMarker::NumeralAsciiParenthesized
            };
            (marker, u16::from(value), after)
        } else {
            match canonical_digits(inside) {
                Some(value) if matching && !empty(after) => {
                    let marker = if full {
                        NumberMarker::Parenthesized
                    } else {
                        NumberMarker::AsciiParenthesized
                    };
                    (marker, value, after)
                }
                _ => return Ok(None),
            }
        }
    } else if line.starts_with(|c: char| c.is_ascii_digit()) {
        let end = line
            .char_indices()
            .find(|&(_, c)| !c.is_ascii_digit())
            .map_or(line.len(), |(i, _)| i);
        let (digits, rest) = line.split_at_checked(end).unwrap_or((line, ""));
        let mut chars = rest.chars();
        let marker = match chars.next() {
            Some('.') => NumberMarker::Dot,
            Some('．') => NumberMarker::FullWidthDot,
            Some('、') => NumberMarker::Comma,
            Some('﹒') => NumberMarker::SmallDot,
            _ => return Ok(None),
        };
        let Some(value) = canonical_digits(digits) else {
            return Err(ParseErrorKind::InvalidTaskNumber {
                digits: digits.to_owned(),
            });
        };
        // A title may start with digits, `11.121人才梯队项目`: the number is the
        // digits before the first mark.
        let rest = chars.as_str();
        if empty(rest) {
            return Err(ParseErrorKind::EmptyTitle { node: "task" });
        }
        (marker, value, rest)
    } else {
        let mut chars = line.chars();
        let Some(value) = chars.next().and_then(crate::model::circled_value) else {
            return Ok(None);
        };
        let rest = chars.as_str();
        if empty(rest) {
            return Ok(None);
        }
        (NumberMarker::Circled, value, rest)
    };
    let (marker, value, rest) = found;
    Ok(Some(Numbered {
        marker,
        value,
        rest,
    }))
}

/// The value of ASCII digits written as the number writes back: no leading zero, at
/// least 1, at most 65535.
fn canonical_digits(digits: &str) -> Option<u16> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.starts_with('0') {
        return None;
    }
    digits.parse().ok()
}

/// `专栏1 重大工程` or `專欄` at the start of a line: the heading of a box between
/// tasks, whose lines are not tasks.
pub(crate) fn is_sidebar_heading(line: &str) -> bool {
    ["专栏", "專欄"].iter().any(|word| line.starts_with(word))
}

/// `附件`, `附件1`, `附件 2` or `附件一` alone on a line: where an annex starts.
pub(crate) fn is_annex_start(line: &str) -> bool {
    is_annex_heading(line.trim_end_matches([' ', '　']))
}

/// Why a line that opens like a heading, a task or a responsibility line is none of
/// them, where it is so: digits no number writes back (`01.`, a number past 65535), a
/// heading or task with nothing after its number, brackets that do not match (`(一）`),
/// a label with no list. `None` for any other line.
pub(crate) fn malformed(line: &str) -> Option<ParseErrorKind> {
    if let Some(label) = ResponsibilityLabel::iter().find(|l| line.starts_with(<&str>::from(*l))) {
        let rest = line.get(<&str>::from(label).len()..).unwrap_or_default();
        let list = rest.strip_prefix([':', '：'])?;
        return list
            .trim()
            .is_empty()
            .then_some(ParseErrorKind::EmptyResponsibility);
    }
    item(line).err()
}

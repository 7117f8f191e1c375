//! The genre's line classes: how a line of a plan's text reads by its shape alone (a part
//! heading `一、`, a group heading `(一)`, a task `1.`, a responsibility line `責任單位:`,
//! an info-box entry, prose), and how a text splits into lines. The parser reads the
//! text with them, and the checks ask of a line of prose whether it would read as
//! something else.

use strum::IntoEnumIterator;

use crate::base::numeral::{from_numeral, is_numeral_char};
use crate::fault::{ParseError, ParseErrorKind};
use crate::model::{
    Brackets, Colon, InfoEntry, Layout, LineEnding, NumberMarker, ResponsibilityLabel,
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

/// One line, classified by its shape alone.
pub(crate) enum Line<'a> {
    Part {
        number: u8,
        title: &'a str,
    },
    Group {
        number: u8,
        brackets: Brackets,
        title: &'a str,
    },
    Task {
        number: u16,
        marker: NumberMarker,
        title: &'a str,
        title_stop: bool,
        body: &'a str,
    },
    Responsibility {
        label: ResponsibilityLabel,
        colon: Colon,
        text: &'a str,
    },
    Text,
}

/// What a line meant as prose would read as instead, if the parser met it where prose
/// may stand: `None` for prose.
pub(crate) fn reads_as(line: &str) -> Option<&'static str> {
    match classify(line) {
        Ok(Line::Text) => None,
        Ok(Line::Part { .. }) => Some("a part heading"),
        Ok(Line::Group { .. }) => Some("a group heading"),
        Ok(Line::Task { .. }) => Some("a task"),
        Ok(Line::Responsibility { .. }) => Some("a responsibility line"),
        Err(_) => Some("a malformed heading or task, which does not parse"),
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

/// The `全文` marker.
pub(crate) fn is_full_text_marker(line: &str) -> bool {
    line == FULL_TEXT_MARKER
}

pub(crate) fn classify(line: &str) -> Result<Line<'_>, ParseErrorKind> {
    if let Some(found) = part_heading(line)? {
        return Ok(found);
    }
    if let Some(found) = group_heading(line)? {
        return Ok(found);
    }
    if let Some(found) = task_line(line)? {
        return Ok(found);
    }
    if let Some(found) = responsibility_line(line)? {
        return Ok(found);
    }
    Ok(Line::Text)
}

/// `一、主要目標`
fn part_heading(line: &str) -> Result<Option<Line<'_>>, ParseErrorKind> {
    // Most lines do not start with a numeral: no need to look for their `、`.
    if !line.chars().next().is_some_and(is_numeral_char) {
        return Ok(None);
    }
    let Some((numeral, title)) = line.split_once('、') else {
        return Ok(None);
    };
    if numeral.is_empty() || !numeral.chars().all(is_numeral_char) {
        return Ok(None);
    }
    let Some(number) = from_numeral(numeral) else {
        return Ok(None);
    };
    if title.is_empty() {
        return Err(ParseErrorKind::EmptyTitle { node: "part" });
    }
    Ok(Some(Line::Part { number, title }))
}

/// `(一)推進基本公共服務均等可及` or `（一）…`
fn group_heading(line: &str) -> Result<Option<Line<'_>>, ParseErrorKind> {
    let (open, rest) = if let Some(rest) = line.strip_prefix('(') {
        (Brackets::Ascii, rest)
    } else if let Some(rest) = line.strip_prefix('（') {
        (Brackets::FullWidth, rest)
    } else {
        return Ok(None);
    };
    let Some((end, close)) = rest.char_indices().find(|&(_, c)| c == ')' || c == '）') else {
        return Ok(None);
    };
    let (numeral, after) = rest.split_at_checked(end).unwrap_or((rest, ""));
    let Some(number) = from_numeral(numeral) else {
        return Ok(None);
    };
    let title = after.get(close.len_utf8()..).unwrap_or_default();
    if close != open.close() {
        return Err(ParseErrorKind::MismatchedBrackets);
    }
    if title.is_empty() {
        return Err(ParseErrorKind::EmptyTitle { node: "group" });
    }
    Ok(Some(Line::Group {
        number,
        brackets: open,
        title,
    }))
}

/// `1.最佳化城鄉義務教育資源。推進…`
fn task_line(line: &str) -> Result<Option<Line<'_>>, ParseErrorKind> {
    let digits_end = line
        .char_indices()
        .find(|&(_, c)| !c.is_ascii_digit())
        .map_or(line.len(), |(i, _)| i);
    let (digits, rest) = line.split_at_checked(digits_end).unwrap_or((line, ""));
    if digits.is_empty() {
        return Ok(None);
    }
    let mut chars = rest.chars();
    let marker = match chars.next() {
        Some('.') => NumberMarker::Dot,
        Some('．') => NumberMarker::FullWidthDot,
        Some('、') => NumberMarker::Comma,
        _ => return Ok(None),
    };
    let rest = chars.as_str();
    let number = match digits.parse::<u16>() {
        Ok(number) if number.to_string() == digits => number,
        _ => {
            return Err(ParseErrorKind::InvalidTaskNumber {
                digits: digits.to_owned(),
            });
        }
    };
    let (title, title_stop, body) = match rest.split_once('。') {
        Some((title, body)) => (title, true, body),
        None => (rest, false, ""),
    };
    if title.is_empty() {
        return Err(ParseErrorKind::EmptyTitle { node: "task" });
    }
    Ok(Some(Line::Task {
        number,
        marker,
        title,
        title_stop,
        body,
    }))
}

/// `責任單位:市民政局、…`
fn responsibility_line(line: &str) -> Result<Option<Line<'_>>, ParseErrorKind> {
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
            return Err(ParseErrorKind::EmptyResponsibility);
        }
        return Ok(Some(Line::Responsibility { label, colon, text }));
    }
    Ok(None)
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

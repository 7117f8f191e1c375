//! The mutations the property tests make to a text or a JSON document: lines deleted,
//! duplicated or swapped, the text cut, punctuation swapped between ASCII and
//! full-width, characters inserted, line endings changed, digits and numbers changed,
//! string values swapped.

#![allow(dead_code)] // each test binary uses part of it

use std::fmt::Debug;
use std::ops::Range;

use proptest::prelude::*;
use wuzhong_plan::{PLAN_JSON, SOURCE_TEXT};

// ---------------------------------------------------------------------------------------
// Mutations

/// The punctuation pairs the genre writes either way: ASCII and full-width.
pub const PAIRS: [(char, char); 4] = [(',', '，'), (':', '：'), ('(', '（'), (')', '）')];

/// The other form of a punctuation mark of [`PAIRS`].
pub fn flipped(c: char) -> Option<char> {
    PAIRS.iter().find_map(|&(ascii, full)| {
        if c == ascii {
            Some(full)
        } else if c == full {
            Some(ascii)
        } else {
            None
        }
    })
}

/// One change to a text. Indexes are taken modulo the length they index when the
/// mutation is applied, so any list of mutations applies to any text.
#[derive(Debug, Clone)]
pub enum Mutation {
    /// Delete the line.
    DeleteLine(usize),
    /// Insert a copy of the line after it.
    DuplicateLine(usize),
    /// Swap two lines.
    SwapLines(usize, usize),
    /// Keep this many characters.
    Truncate(usize),
    /// Swap one punctuation mark of [`PAIRS`] to its other form (the nth in the text).
    FlipMark(usize),
    /// Swap every punctuation mark of [`PAIRS`] in the line to its other form.
    FlipLine(usize),
    /// Write every mark of one pair in one form: full-width if the flag is set.
    FlipAll(usize, bool),
    /// Insert the mth of [`INSERTED`] before the nth character (or at the end).
    Insert(usize, usize),
    /// End every line with `\r\n` instead of `\n`.
    CrLf,
    /// Add a line break at the end (or remove the one there).
    ToggleFinalNewline,
    /// Set the nth ASCII digit to this digit.
    Digit(usize, u8),
    /// Replace the nth run of ASCII digits with the mth of [`EDGE_NUMBERS`].
    Number(usize, usize),
    /// Swap two JSON string values (the nth and the mth).
    SwapValues(usize, usize),
    /// Swap a JSON string value with another of the same key (the nth value, and the
    /// mth of the values with its key).
    SwapLikeValues(usize, usize),
}

/// Characters a mutation inserts: white space, a stray carriage return, and marks that
/// end titles and split lists.
pub const INSERTED: [char; 7] = [' ', '\u{3000}', '\t', '\r', '\n', '、', '。'];

/// Numbers at the edges of the integer types the JSON's numbers are read into.
#[rustfmt::skip]
pub const EDGE_NUMBERS: [&str; 12] = [
    "0", "1", "255", "256", "65535", "65536", "4294967295", "4294967296",
    "18446744073709551615", "18446744073709551616", "-1", "1e400",
];

/// The byte ranges of the runs of ASCII digits in `text`.
pub fn digit_runs(text: &str) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    for (at, byte) in text.bytes().enumerate() {
        if !byte.is_ascii_digit() {
            continue;
        }
        match runs.last_mut() {
            Some(run) if run.end == at => run.end = at + 1,
            _ => runs.push(at..at + 1),
        }
    }
    runs
}

/// The lines of a text, split on `\n` (a final newline gives a last, empty line).
pub fn lines(text: &str) -> Vec<&str> {
    text.split('\n').collect()
}

/// Where the JSON string values of `json` are: the byte range of each one's contents
/// (between its quotes), and the key it stands under (`None` in an array).
pub fn string_values(json: &str) -> Vec<(Range<usize>, Option<&str>)> {
    let bytes = json.as_bytes();
    let mut strings = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] != b'"' {
            at += 1;
            continue;
        }
        let start = at + 1;
        let mut end = start;
        while end < bytes.len() && bytes[end] != b'"' {
            end += if bytes[end] == b'\\' { 2 } else { 1 };
        }
        let end = end.min(bytes.len());
        strings.push(start..end);
        at = end + 1;
    }
    let follows = |range: &Range<usize>| {
        json.get(range.end + 1..)
            .and_then(|rest| rest.trim_start().chars().next())
    };
    let mut values = Vec::new();
    let mut key = None;
    for range in strings {
        if follows(&range) == Some(':') {
            key = json.get(range.clone());
            continue;
        }
        // A value right after its key's colon, or an element of an array.
        let before = json
            .get(..range.start - 1)
            .and_then(|head| head.trim_end().chars().last());
        let under = if before == Some(':') { key } else { None };
        values.push((range, under));
    }
    values
}

/// `text` with the two non-overlapping ranges' contents swapped.
pub fn swap_ranges(text: &str, a: Range<usize>, b: Range<usize>) -> Option<String> {
    let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
    if first.end > second.start {
        return None;
    }
    Some(
        [
            text.get(..first.start)?,
            text.get(second.clone())?,
            text.get(first.end..second.start)?,
            text.get(first)?,
            text.get(second.end..)?,
        ]
        .concat(),
    )
}

impl Mutation {
    /// Applies the mutation to `text`; one that finds nothing to change leaves it.
    pub fn apply(&self, text: &str) -> String {
        match *self {
            Mutation::DeleteLine(n) => {
                let mut lines = lines(text);
                lines.remove(n % lines.len());
                lines.join("\n")
            }
            Mutation::DuplicateLine(n) => {
                let mut lines = lines(text);
                let n = n % lines.len();
                lines.insert(n, lines[n]);
                lines.join("\n")
            }
            Mutation::SwapLines(a, b) => {
                let mut lines = lines(text);
                let len = lines.len();
                lines.swap(a % len, b % len);
                lines.join("\n")
            }
            Mutation::Truncate(n) => {
                let keep = n % (text.chars().count() + 1);
                let end = text.char_indices().nth(keep).map_or(text.len(), |(i, _)| i);
                text[..end].to_owned()
            }
            Mutation::FlipMark(n) => {
                let marks: Vec<usize> = text
                    .char_indices()
                    .filter(|&(_, c)| flipped(c).is_some())
                    .map(|(i, _)| i)
                    .collect();
                if marks.is_empty() {
                    return text.to_owned();
                }
                let at = marks[n % marks.len()];
                let c = text[at..].chars().next().unwrap();
                let mut out = text.to_owned();
                out.replace_range(
                    at..at + c.len_utf8(),
                    flipped(c).unwrap().encode_utf8(&mut [0; 4]),
                );
                out
            }
            Mutation::FlipLine(n) => {
                let mut lines: Vec<String> = lines(text).into_iter().map(str::to_owned).collect();
                let n = n % lines.len();
                lines[n] = lines[n].chars().map(|c| flipped(c).unwrap_or(c)).collect();
                lines.join("\n")
            }
            Mutation::FlipAll(pair, to_full) => {
                let (ascii, full) = PAIRS[pair % PAIRS.len()];
                let (from, to) = if to_full {
                    (ascii, full)
                } else {
                    (full, ascii)
                };
                text.replace(from, to.encode_utf8(&mut [0; 4]))
            }
            Mutation::Insert(n, which) => {
                let at = n % (text.chars().count() + 1);
                let at = text.char_indices().nth(at).map_or(text.len(), |(i, _)| i);
                let mut out = text.to_owned();
                out.insert(at, INSERTED[which % INSERTED.len()]);
                out
            }
            Mutation::CrLf => text.replace("\r\n", "\n").replace('\n', "\r\n"),
            Mutation::ToggleFinalNewline => match text.strip_suffix('\n') {
                Some(rest) => rest.to_owned(),
                None => format!("{text}\n"),
            },
            Mutation::Digit(n, digit) => {
                let digits: Vec<usize> = text
                    .bytes()
                    .enumerate()
                    .filter(|(_, b)| b.is_ascii_digit())
                    .map(|(i, _)| i)
                    .collect();
                if digits.is_empty() {
                    return text.to_owned();
                }
                let at = digits[n % digits.len()];
                let mut out = text.to_owned();
                out.replace_range(at..=at, &char::from(b'0' + digit % 10).to_string());
                out
            }
            Mutation::Number(n, edge) => {
                let runs = digit_runs(text);
                if runs.is_empty() {
                    return text.to_owned();
                }
                let mut out = text.to_owned();
                out.replace_range(
                    runs[n % runs.len()].clone(),
                    EDGE_NUMBERS[edge % EDGE_NUMBERS.len()],
                );
                out
            }
            Mutation::SwapValues(a, b) => {
                let values = string_values(text);
                if values.is_empty() {
                    return text.to_owned();
                }
                let a = values[a % values.len()].0.clone();
                let b = values[b % values.len()].0.clone();
                swap_ranges(text, a, b).unwrap_or_else(|| text.to_owned())
            }
            Mutation::SwapLikeValues(a, b) => {
                let values = string_values(text);
                if values.is_empty() {
                    return text.to_owned();
                }
                let (first, key) = values[a % values.len()].clone();
                let like: Vec<_> = values.iter().filter(|(_, k)| *k == key).collect();
                let second = like[b % like.len()].0.clone();
                swap_ranges(text, first, second).unwrap_or_else(|| text.to_owned())
            }
        }
    }
}

/// `text` with the mutations applied in order.
pub fn mutate(text: &str, mutations: &[Mutation]) -> String {
    mutations
        .iter()
        .fold(text.to_owned(), |text, mutation| mutation.apply(&text))
}

/// A mutation of plain text, with indexes up to the source's sizes (applied modulo
/// the text's own).
pub fn text_mutation() -> impl Strategy<Value = Mutation> {
    let lines = SOURCE_TEXT.split('\n').count();
    let chars = SOURCE_TEXT.chars().count() + 1;
    let marks = SOURCE_TEXT
        .chars()
        .filter(|&c| flipped(c).is_some())
        .count();
    prop_oneof![
        3 => (0..lines).prop_map(Mutation::DeleteLine),
        3 => (0..lines).prop_map(Mutation::DuplicateLine),
        3 => (0..lines, 0..lines).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        2 => (0..chars).prop_map(Mutation::Truncate),
        4 => (0..marks).prop_map(Mutation::FlipMark),
        2 => (0..lines).prop_map(Mutation::FlipLine),
        2 => (0..PAIRS.len(), any::<bool>()).prop_map(|(p, full)| Mutation::FlipAll(p, full)),
        2 => (0..chars, 0..INSERTED.len()).prop_map(|(n, c)| Mutation::Insert(n, c)),
        1 => Just(Mutation::CrLf),
        1 => Just(Mutation::ToggleFinalNewline),
    ]
}

/// A mutation of JSON, with indexes up to the embedded JSON's sizes.
pub fn json_mutation() -> impl Strategy<Value = Mutation> {
    let lines = PLAN_JSON.split('\n').count();
    let chars = PLAN_JSON.chars().count() + 1;
    let digits = PLAN_JSON.bytes().filter(u8::is_ascii_digit).count();
    let values = string_values(PLAN_JSON).len();
    let runs = digit_runs(PLAN_JSON).len();
    prop_oneof![
        2 => (0..lines).prop_map(Mutation::DeleteLine),
        2 => (0..lines).prop_map(Mutation::DuplicateLine),
        2 => (0..lines, 0..lines).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        1 => (0..chars).prop_map(Mutation::Truncate),
        3 => (0..digits, 0..10u8).prop_map(|(n, d)| Mutation::Digit(n, d)),
        2 => (0..runs, 0..EDGE_NUMBERS.len()).prop_map(|(n, e)| Mutation::Number(n, e)),
        2 => (0..values, 0..values).prop_map(|(a, b)| Mutation::SwapValues(a, b)),
        3 => (0..values, 0..values).prop_map(|(a, b)| Mutation::SwapLikeValues(a, b)),
    ]
}

/// A mutation of JSON that leaves it well-formed: string values swapped with others
/// of their key, a digit changed. Several of these at once still load now and then.
pub fn gentle_json_mutation() -> impl Strategy<Value = Mutation> {
    let digits = PLAN_JSON.bytes().filter(u8::is_ascii_digit).count();
    let values = string_values(PLAN_JSON).len();
    prop_oneof![
        1 => (0..digits, 0..10u8).prop_map(|(n, d)| Mutation::Digit(n, d)),
        3 => (0..values, 0..values).prop_map(|(a, b)| Mutation::SwapLikeValues(a, b)),
    ]
}

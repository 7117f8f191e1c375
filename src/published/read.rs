//! Reading a file's bytes as a plan, in the format their content tells, within the
//! limits: 16 MiB of text, 256 MiB of JSON, of a web page or of a Word file.

use crate::base::quote;
use crate::error::Error;
use crate::fault::ParseError;
use crate::model::SourceFormat;
use crate::parse::{parse, parse_from};
use crate::plan::Plan;
use crate::published::limits::{
    PUBLISHED_LIMIT, PUBLISHED_LIMIT_NAME, TEXT_LIMIT, TEXT_LIMIT_NAME, over,
};
use crate::published::{Refusal, RefusalKind, docx_text, html_text};

/// The plan in `bytes`, read in the [`InputFormat`](crate::InputFormat) their content tells: as JSON of
/// this crate's schema ([`Plan::from_json`]) when its first character other than white
/// space, after an optional UTF-8 byte-order mark, is `{`, the mark taken off; as a web
/// page ([`parse_html`]) when it is `<`; as a Word document ([`parse_docx`]) when the
/// bytes start as a zip archive does; and as text of the genre
/// ([`parse`](crate::parse())), the mark kept, otherwise.
///
/// ```
/// use wuzhong_plan::{RefusalKind, read_plan};
///
/// let plan = read_plan(wuzhong_plan::SOURCE_TEXT.as_bytes())?;
/// assert_eq!(plan.tasks().len(), 50);
/// let same = read_plan(wuzhong_plan::PLAN_JSON.as_bytes())?;
/// assert_eq!(same.to_text(), plan.to_text());
///
/// let refusal = read_plan(b"\x89PNG\r\n\x1a\n").unwrap_err();
/// assert_eq!((refusal.kind, refusal.line), (RefusalKind::NotUtf8, Some(1)));
/// assert_eq!(
///     refusal.message,
///     "line 1: not UTF-8: invalid byte sequence 0x89 at byte offset 0: expected a plan as UTF-8 text"
/// );
/// assert_eq!(read_plan(b" \n\t").unwrap_err().kind, RefusalKind::Empty);
/// assert_eq!(read_plan(b"{\"schema_version\": 1,\n\"parts\": 3}").unwrap_err().line, Some(2));
/// # Ok::<(), wuzhong_plan::Refusal>(())
/// ```
///
/// # Errors
///
/// A [`Refusal`] of kind:
///
/// - [`RefusalKind::TooLarge`]: over 16 MiB as text, over 256 MiB as JSON, a web page
///   or a Word file, text (or the text read from a page or a document) over 16 MiB or
///   whose plan's JSON would be over 256 MiB, or a Word file whose parts are over 256
///   MiB uncompressed;
/// - [`RefusalKind::NotUtf8`]: not UTF-8, at the line and byte offset of the first
///   byte that is not;
/// - [`RefusalKind::Empty`]: nothing but white space (or nothing at all);
/// - [`RefusalKind::InvalidJson`]: starting with `{`, but not a plan's JSON, at its
///   line where the JSON reader gives one;
/// - [`RefusalKind::NotAPlan`]: text that does not read as a plan, at its line;
/// - for a web page or a Word file, the kinds [`parse_html`] and [`parse_docx`] give.
///
/// Each message says where, what is wrong, and what was expected, without the file's
/// name.
pub fn read_plan(bytes: &[u8]) -> Result<Plan, Refusal> {
    let format = start(bytes);
    match format {
        Start::Html => return parse_html(bytes),
        Start::Docx => return parse_docx(bytes),
        Start::Json | Start::Text | Start::Blank => {}
    }
    if over(bytes.len(), TEXT_LIMIT) {
        let size = format!("{} bytes", bytes.len());
        if format != Start::Json {
            return Err(too_large(&size, "as text"));
        }
        if over(bytes.len(), PUBLISHED_LIMIT) {
            return Err(too_large(&size, "as JSON"));
        }
    }
    let text = std::str::from_utf8(bytes).map_err(|err| not_utf8(bytes, &err))?;
    match format {
        Start::Blank => Err(empty(text)),
        Start::Json => {
            let unmarked = text.strip_prefix('\u{feff}').unwrap_or(text);
            Plan::from_json(unmarked).map_err(|err| invalid_json(&err))
        }
        Start::Text | Start::Html | Start::Docx => {
            let plan = parse(text).map_err(|err| not_a_plan(&err))?;
            fits_as_json(&plan, text.len())?;
            Ok(plan)
        }
    }
}

/// The plan in a web page, or a fragment of one: its article read as text
/// ([`html_text`]), then parsed as text of the genre ([`parse`](crate::parse())); the
/// plan keeps the text read, which [`Plan::to_text`] gives back, and records the page
/// as its [`source`](Plan::source) (format `html`, the SHA-256 digest of `bytes`).
///
/// ```
/// use wuzhong_plan::{RefusalKind, SourceFormat, parse_html};
///
/// let page = "<html><head><meta charset=utf-8><title>通知</title></head><body>\
///     <div class=nav><a href=/>首页</a></div>\
///     <div id=article><p>一、重点任务</p><p>1．扩大就业。新增岗位。<br>责任单位：市人力资源和社会保障局</p></div>\
///     </body></html>";
/// let plan = parse_html(page.as_bytes())?;
/// assert_eq!(plan.to_text(), "一、重点任务\n1．扩大就业。新增岗位。\n责任单位：市人力资源和社会保障局\n");
/// assert_eq!(plan.tasks().len(), 1);
/// assert_eq!(plan.source().map(|source| source.format), Some(SourceFormat::Html));
///
/// let refusal = parse_html(b"<html><body><nav><a href=/>\xe9\xa6\x96\xe9\xa1\xb5</a></nav></body></html>").unwrap_err();
/// assert_eq!(refusal.kind, RefusalKind::NoArticle);
/// # Ok::<(), wuzhong_plan::Refusal>(())
/// ```
///
/// # Errors
///
/// A [`Refusal`] of kind [`RefusalKind::TooLarge`] (a page over 256 MiB, or more than
/// 16 MiB of text read from it), [`RefusalKind::BadEncoding`] (bytes not in the
/// encoding the page declares), [`RefusalKind::NoArticle`] (no element holds paragraphs
/// of text) or [`RefusalKind::NotAPlan`] (the text read does not read as a plan).
pub fn parse_html(bytes: &[u8]) -> Result<Plan, Refusal> {
    if over(bytes.len(), PUBLISHED_LIMIT) {
        return Err(too_large(
            &format!("{} bytes", bytes.len()),
            "as a web page",
        ));
    }
    let text = html_text(bytes)?;
    published_plan(&text, "the web page's article", SourceFormat::Html, bytes)
}

/// The plan in a Word document (`.docx`): its paragraphs and tables read as text
/// ([`docx_text`]), then parsed as text of the genre ([`parse`](crate::parse())); the
/// plan keeps the text read, which [`Plan::to_text`] gives back, and records the file
/// as its [`source`](Plan::source) (format `docx`, the SHA-256 digest of `bytes`).
///
/// ```
/// use wuzhong_plan::{RefusalKind, parse_docx};
///
/// assert_eq!(parse_docx(b"PK\x03\x04 not a zip").unwrap_err().kind, RefusalKind::NotWord);
/// ```
///
/// # Errors
///
/// A [`Refusal`] of kind [`RefusalKind::TooLarge`] (a file over 256 MiB, parts over 256
/// MiB uncompressed, or more than 16 MiB of text read from it),
/// [`RefusalKind::NotWord`] (not a zip, or no document part), [`RefusalKind::NoBody`]
/// (a document part with no body, or no text in it) or [`RefusalKind::NotAPlan`] (the
/// text read does not read as a plan).
pub fn parse_docx(bytes: &[u8]) -> Result<Plan, Refusal> {
    if over(bytes.len(), PUBLISHED_LIMIT) {
        return Err(too_large(
            &format!("{} bytes", bytes.len()),
            "as a Word file",
        ));
    }
    let text = docx_text(bytes)?;
    published_plan(&text, "the Word document's text", SourceFormat::Docx, bytes)
}

/// The plan in `text`, read from the file `bytes` of `format` (`what` names the text
/// in messages), recording that file as its source.
fn published_plan(
    text: &str,
    what: &str,
    format: SourceFormat,
    bytes: &[u8],
) -> Result<Plan, Refusal> {
    if over(text.len(), TEXT_LIMIT) {
        return Err(Refusal::new(
            RefusalKind::TooLarge,
            None,
            format!(
                "{what} is over the size limit for a plan as text ({} bytes of text): {}",
                text.len(),
                limits()
            ),
        ));
    }
    let plan = parse_from(text, format, bytes).map_err(|err| Refusal {
        kind: RefusalKind::NotAPlan,
        line: Some(err.line),
        message: format!(
            "{err} (line {} of {what}, read as text: expected a plan of the genre)",
            err.line
        ),
    })?;
    fits_as_json(&plan, text.len())?;
    Ok(plan)
}

/// Refuses a plan read from `len` bytes of text whose JSON would be over the limit, only
/// counting the JSON where the bound does not already keep it under.
fn fits_as_json(plan: &Plan, len: usize) -> Result<(), Refusal> {
    if json_surely_fits(len) {
        return Ok(());
    }
    json_fits(plan, PUBLISHED_LIMIT)
}

/// What the first characters of a file tell of its format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Start {
    /// Its first character other than white space is `{`.
    Json,
    /// Its first character other than white space is `<`, or it starts with a UTF-16
    /// byte-order mark and `<`.
    Html,
    /// It starts as a zip archive: `PK` and 3, 4 (a local file header) or 5, 6 (the end
    /// of an empty archive).
    Docx,
    /// It has a character other than white space, and it is none of the above.
    Text,
    /// White space only, or nothing.
    Blank,
}

/// The kind of a file of which `prefix` is the start, as it will be read once the file
/// is: a zip's signature makes it a Word document, a UTF-16 byte-order mark before `<`
/// a web page; then its first character other than white space, after an optional UTF-8
/// byte-order mark, tells; a byte that is not UTF-8 before that character makes it text
/// (which will be refused as not UTF-8), and a character cut at the end of `prefix`
/// leaves it undecided ([`Start::Blank`]). Only the characters up to the first that is
/// not white space are decoded, so that telling a file's kind costs nothing beside
/// reading it.
pub(crate) fn start(prefix: &[u8]) -> Start {
    if prefix.starts_with(b"PK\x03\x04") || prefix.starts_with(b"PK\x05\x06") {
        return Start::Docx;
    }
    if prefix.starts_with(b"\xff\xfe<\x00") || prefix.starts_with(b"\xfe\xff\x00<") {
        return Start::Html;
    }
    let mut rest = prefix.strip_prefix(b"\xef\xbb\xbf").unwrap_or(prefix);
    loop {
        let Some(&first) = rest.first() else {
            return Start::Blank;
        };
        // The character's length, from its first byte (0 for a byte no character
        // starts with).
        let len = match first {
            0x00..=0x7f => 1,
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => 0,
        };
        let Some(bytes) = rest.get(..len).filter(|_| len > 0) else {
            // Cut at the end of the prefix: what follows decides; a bad byte: text.
            let cut =
                len > 0 && std::str::from_utf8(rest).is_err_and(|err| err.error_len().is_none());
            return if cut { Start::Blank } else { Start::Text };
        };
        let Some(c) = std::str::from_utf8(bytes)
            .ok()
            .and_then(|character| character.chars().next())
        else {
            return Start::Text;
        };
        match c {
            '{' => return Start::Json,
            '<' => return Start::Html,
            c if c.is_whitespace() => rest = rest.get(len..).unwrap_or_default(),
            _ => return Start::Text,
        }
    }
}

/// The most bytes of a plan's JSON ([`Plan::to_json`]) for each byte of its text, and
/// the most beyond that: the bound `docs/robustness.md` states for `json` and
/// `tests/amplification.rs` holds the JSON to, on the plans built to amplify it.
const JSON_PER_BYTE: u64 = 300;
/// See [`JSON_PER_BYTE`].
const JSON_PLUS: u64 = 4096;

/// Whether the JSON of a plan whose text is `len` bytes is within [`PUBLISHED_LIMIT`] by the
/// bound alone (with the newline `json` prints after it): a text under about 873 KiB,
/// every real document, needs no counting of its JSON, which would cost as much again as
/// reading it.
fn json_surely_fits(len: usize) -> bool {
    u64::try_from(len).is_ok_and(|len| {
        len.saturating_mul(JSON_PER_BYTE)
            .saturating_add(JSON_PLUS)
            .saturating_add(1)
            <= PUBLISHED_LIMIT
    })
}

/// Refuses a plan read as text whose JSON, as the command line's `json` prints it (with
/// a final newline), would be over `limit` bytes, so that it could not be read back. The
/// JSON is counted as it is written, never held, and the count stops once it passes the
/// limit.
fn json_fits(plan: &Plan, limit: u64) -> Result<(), Refusal> {
    // The final newline `json` prints after the JSON.
    match plan.json_within(limit.saturating_sub(1)) {
        Ok(true) => Ok(()),
        Ok(false) => Err(Refusal {
            kind: RefusalKind::TooLarge,
            line: None,
            message: format!(
                "the plan's JSON would be over the {PUBLISHED_LIMIT_NAME} size limit for a plan as JSON (more than {limit} bytes), so it could not be read back: expected a plan as text whose JSON fits ({})",
                limits()
            ),
        }),
        Err(err) => Err(Refusal {
            kind: RefusalKind::TooLarge,
            line: None,
            message: format!("writing the plan as JSON to count its size: {err}"),
        }),
    }
}

/// Both size limits, as messages state them.
fn limits() -> String {
    format!(
        "a plan as text may be at most {TEXT_LIMIT_NAME}, as JSON, a web page or a Word file at most {PUBLISHED_LIMIT_NAME}"
    )
}

/// A file over the size limit for its kind.
pub(crate) fn too_large(size: &str, kind: &str) -> Refusal {
    Refusal {
        kind: RefusalKind::TooLarge,
        line: None,
        message: format!(
            "the file is over the size limit for a plan {kind} ({size}): {}",
            limits()
        ),
    }
}

/// A file that is not UTF-8, at the line and byte offset of its first bad byte.
fn not_utf8(bytes: &[u8], err: &std::str::Utf8Error) -> Refusal {
    let (line, what) = quote::not_utf8(bytes, err);
    Refusal {
        kind: RefusalKind::NotUtf8,
        line: Some(line),
        message: format!("line {line}: not UTF-8: {what}: expected a plan as UTF-8 text"),
    }
}

/// A file of white space only, or of nothing.
fn empty(text: &str) -> Refusal {
    let what = if text.is_empty() {
        "the file is empty"
    } else {
        "the file holds only white space"
    };
    Refusal {
        kind: RefusalKind::Empty,
        line: None,
        message: format!("{what}: expected a plan (plain text, JSON, a web page or a Word file)"),
    }
}

/// JSON that is malformed or not a valid plan, at its line where it has one.
fn invalid_json(err: &Error) -> Refusal {
    let line = match err {
        Error::Json { line, .. } => Some(*line),
        Error::Parse(parse) => Some(parse.line),
        _ => None,
    };
    Refusal {
        kind: RefusalKind::InvalidJson,
        line,
        message: format!(
            "{err} (read as JSON, as the file starts with `{{`: expected a plan in this crate's JSON schema)"
        ),
    }
}

/// Text that does not read as a plan, at its line.
fn not_a_plan(err: &ParseError) -> Refusal {
    Refusal {
        kind: RefusalKind::NotAPlan,
        line: Some(err.line),
        message: format!(
            "{err} (read as plain text, as the file does not start with `{{`, `<` or a zip's `PK`: expected a plan of the genre)"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_start_of_a_file_tells_its_kind() {
        assert_eq!(start(b"{"), Start::Json);
        assert_eq!(start(" \u{feff}".as_bytes()), Start::Text);
        assert_eq!(start("\u{feff} \n\u{3000}{".as_bytes()), Start::Json);
        assert_eq!(start(b"  \t\r\n"), Start::Blank);
        // An ideographic space cut after its first byte may still be white space.
        assert_eq!(start(b" \xe3"), Start::Blank);
        assert_eq!(start(b" \xff{"), Start::Text);
        assert_eq!(start("一、".as_bytes()), Start::Text);
        assert_eq!(start(b" <tbody>"), Start::Html);
        assert_eq!(start("\u{feff}<!DOCTYPE html>".as_bytes()), Start::Html);
        assert_eq!(start(b"\xff\xfe<\x00h\x00"), Start::Html);
        assert_eq!(start(b"PK\x03\x04\x14\x00"), Start::Docx);
        assert_eq!(start(b"PK"), Start::Text);
        // A no-break space is white space; a four-byte character cut is undecided.
        assert_eq!(start("\u{a0}\u{3000}<p>".as_bytes()), Start::Html);
        assert_eq!(start(b"\n\xf0\x9f\x98"), Start::Blank);
        assert_eq!(start(b"\n\xe3\x41"), Start::Text);
        assert_eq!(start(b"\xc0\x80{"), Start::Text);
    }

    /// The kind of `prefix` as the text it decodes to tells it, decoding it whole: what
    /// [`start`] tells decoding no further than the first character that is not white
    /// space.
    fn told_whole(prefix: &[u8]) -> Start {
        if prefix.starts_with(b"PK\x03\x04") || prefix.starts_with(b"PK\x05\x06") {
            return Start::Docx;
        }
        if prefix.starts_with(b"\xff\xfe<\x00") || prefix.starts_with(b"\xfe\xff\x00<") {
            return Start::Html;
        }
        let (valid, cut) = match std::str::from_utf8(prefix) {
            Ok(text) => (text, true),
            Err(err) => (
                std::str::from_utf8(prefix.get(..err.valid_up_to()).unwrap_or_default())
                    .unwrap_or_default(),
                err.error_len().is_none(),
            ),
        };
        match valid
            .strip_prefix('\u{feff}')
            .unwrap_or(valid)
            .trim_start()
            .chars()
            .next()
        {
            Some('{') => Start::Json,
            Some('<') => Start::Html,
            Some(_) => Start::Text,
            None if cut => Start::Blank,
            None => Start::Text,
        }
    }

    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_start_tells_what_the_whole_text_tells(
            pieces in prop::collection::vec(
                prop_oneof![
                    prop::sample::select(vec![
                        " ", "\t", "\n", "\r", "\u{a0}", "\u{3000}", "\u{feff}", "\u{85}",
                        "{", "<", "一", "a", "PK", "\u{1f600}",
                    ]).prop_map(|piece| piece.as_bytes().to_vec()),
                    prop::collection::vec(any::<u8>(), 1..3),
                ],
                0..12,
            ),
            cut in 0usize..4,
        ) {
            let mut prefix: Vec<u8> = pieces.concat();
            prefix.truncate(prefix.len().saturating_sub(cut));
            prop_assert_eq!(start(&prefix), told_whole(&prefix), "{:?}", prefix);
        }
    }

    #[test]
    fn the_bound_that_spares_counting_the_json_is_the_one_the_docs_state() {
        let robustness = include_str!("../../docs/robustness.md");
        let row = format!("| `json` | {JSON_PER_BYTE} | 4,096 |");
        assert!(
            robustness.contains(&row),
            "docs/robustness.md has no row {row}"
        );
        assert_eq!(JSON_PLUS, 4096);
        assert!(json_surely_fits(800 * 1024));
        assert!(!json_surely_fits(900 * 1024));
        assert!(!json_surely_fits(usize::MAX));
    }

    #[test]
    fn a_plan_is_refused_exactly_when_its_json_would_be_over_the_limit() {
        let plan = crate::plan();
        let printed = crate::PLAN_JSON.len() as u64;
        assert!(json_fits(plan, printed).is_ok());
        let refused = json_fits(plan, printed - 1).err();
        assert_eq!(
            refused.as_ref().map(|refusal| refusal.kind),
            Some(RefusalKind::TooLarge)
        );
        let message = refused.map(|refusal| refusal.message).unwrap_or_default();
        assert!(
            message.contains(&format!("more than {} bytes", printed - 1)),
            "{message}"
        );
        assert!(
            message.contains("as text may be at most 16 MiB"),
            "{message}"
        );
    }
}

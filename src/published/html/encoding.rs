//! The text of a web page's bytes, in the encoding the page is in.
//!
//! A byte-order mark decides first (UTF-8, UTF-16LE, UTF-16BE). Without one, the page's
//! own declaration decides: a `<meta charset="…">` or `<meta http-equiv="Content-Type"
//! content="…; charset=…">` among its first 1,024 bytes, found as the HTML standard's
//! prescan finds it (looking at `<meta>` tags only, past comments and the attributes of
//! other tags), its label read by the Encoding Standard's table (`encoding_rs`), so that
//! `gb2312`, `GBK`, `gb18030` and `big5` each name what a browser reads them as. As the
//! standard says, a UTF-16 label in a `<meta>` tag reads as UTF-8 (a page that can
//! declare itself in ASCII is not UTF-16), and `x-user-defined` as windows-1252. A page
//! that declares nothing is UTF-8 when its bytes are, and GB18030 otherwise when they
//! are that: what a browser in a Chinese locale falls back to.
//!
//! The page is decoded whole and without replacement: a byte sequence that is not in
//! its encoding refuses the page ([`RefusalKind::BadEncoding`]) at its byte offset,
//! rather than reading as U+FFFD, and so does a label no browser knows.

use encoding_rs::{
    DecoderResult, Encoding, GB18030, REPLACEMENT, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252,
    X_USER_DEFINED,
};

use crate::base::quote;
use crate::published::{Refusal, RefusalKind};

/// How many bytes of the page the declaration is looked for in: the standard's 1,024.
const PRESCAN: usize = 1024;

/// Where a page's encoding came from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    /// A byte-order mark of this many bytes.
    Mark(usize),
    /// A `<meta>` tag at this byte offset, with this label.
    Meta { offset: usize, label: String },
}

/// The text of the page `bytes`, decoded as its byte-order mark, its `<meta>`
/// declaration or, failing both, its bytes say.
pub(super) fn decode(bytes: &[u8]) -> Result<String, Refusal> {
    if let Some((encoding, mark)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(mark..).unwrap_or_default();
        return strictly(encoding, rest, mark)
            .map_err(|malformed| not_in(encoding, &Source::Mark(mark), &malformed));
    }
    if let Some((offset, label)) = declared(bytes.get(..PRESCAN).unwrap_or(bytes)) {
        let encoding = for_meta(&label, offset)?;
        let source = Source::Meta { offset, label };
        return strictly(encoding, bytes, 0)
            .map_err(|malformed| not_in(encoding, &source, &malformed));
    }
    let utf8 = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(text.to_owned()),
        Err(err) => malformed_utf8(bytes, &err),
    };
    strictly(GB18030, bytes, 0).map_err(|gb18030| {
        Refusal::new(
            RefusalKind::BadEncoding,
            None,
            format!(
                "the web page declares no encoding, and its bytes are neither UTF-8 ({}) nor GB18030 ({}): expected a page in UTF-8, or one that declares its encoding in a <meta charset> tag",
                utf8.describe(),
                gb18030.describe()
            ),
        )
    })
}

/// The encoding a `<meta>` label names, as a browser reads it.
fn for_meta(label: &str, offset: usize) -> Result<&'static Encoding, Refusal> {
    let Some(encoding) = Encoding::for_label(label.as_bytes()) else {
        return Err(Refusal::new(
            RefusalKind::BadEncoding,
            None,
            format!(
                "the web page declares the encoding {label:?} (in the <meta> tag at byte offset {offset}), which is no encoding label browsers know: expected a label of the Encoding Standard, such as utf-8, gbk, gb2312, gb18030 or big5"
            ),
        ));
    };
    if encoding == REPLACEMENT {
        return Err(Refusal::new(
            RefusalKind::BadEncoding,
            None,
            format!(
                "the web page declares the encoding {label:?} (in the <meta> tag at byte offset {offset}), which browsers refuse to decode (they show a page in it as one replacement character): expected a page in an encoding browsers read, such as utf-8, gbk or gb18030"
            ),
        ));
    }
    Ok(if encoding == UTF_16LE || encoding == UTF_16BE {
        UTF_8
    } else if encoding == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        encoding
    })
}

/// A byte sequence that is not in the encoding the page is read in.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Malformed {
    /// Its byte offset in the page.
    offset: usize,
    /// Its bytes (none where the page ends inside a character).
    bytes: Vec<u8>,
    /// Whether the page ends inside a character.
    at_end: bool,
}

impl Malformed {
    /// Where and what it is, as messages say.
    fn describe(&self) -> String {
        let hex = quote::byte_sequence(&self.bytes);
        let offset = self.offset;
        match (self.at_end, hex.is_empty()) {
            (true, true) => format!("the page ends inside a character at byte offset {offset}"),
            (true, false) => {
                format!("the page ends inside a character: {hex} at byte offset {offset}")
            }
            (false, true) => format!("an invalid byte sequence at byte offset {offset}"),
            (false, false) => format!("invalid byte sequence {hex} at byte offset {offset}"),
        }
    }
}

/// The first byte sequence of `bytes` that is not UTF-8, from the standard library's
/// error.
fn malformed_utf8(bytes: &[u8], err: &std::str::Utf8Error) -> Malformed {
    let offset = err.valid_up_to();
    let len = err
        .error_len()
        .unwrap_or(bytes.len().saturating_sub(offset));
    Malformed {
        offset,
        bytes: bytes
            .get(offset..offset.saturating_add(len))
            .unwrap_or_default()
            .to_vec(),
        at_end: err.error_len().is_none(),
    }
}

/// `bytes` decoded as `encoding`, without a byte-order mark and without replacing what
/// is not in it; the first sequence that is not, otherwise. `skipped` bytes stand
/// before `bytes` in the page (a byte-order mark), so that offsets are the page's.
fn strictly(
    encoding: &'static Encoding,
    bytes: &[u8],
    skipped: usize,
) -> Result<String, Malformed> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len());
    let mut text = String::with_capacity(capacity);
    let mut read = 0;
    loop {
        let rest = bytes.get(read..).unwrap_or_default();
        let (result, consumed) =
            decoder.decode_to_string_without_replacement(rest, &mut text, true);
        read = read.saturating_add(consumed);
        match result {
            DecoderResult::InputEmpty => return Ok(text),
            DecoderResult::OutputFull => {
                let more = decoder
                    .max_utf8_buffer_length_without_replacement(bytes.len().saturating_sub(read))
                    .unwrap_or(4096)
                    .max(4096);
                text.reserve(more);
            }
            DecoderResult::Malformed(bad, after) => {
                let end = read.saturating_sub(usize::from(after));
                let start = end.saturating_sub(usize::from(bad));
                return Err(Malformed {
                    offset: start.saturating_add(skipped),
                    bytes: bytes.get(start..end).unwrap_or_default().to_vec(),
                    at_end: false,
                });
            }
        }
    }
}

/// The refusal of a page whose bytes are not in the encoding `source` gave.
fn not_in(encoding: &'static Encoding, source: &Source, malformed: &Malformed) -> Refusal {
    let said = match source {
        Source::Mark(_) => format!(
            "the encoding its byte-order mark gives ({})",
            encoding.name()
        ),
        Source::Meta { offset, label } => format!(
            "{}, the encoding its <meta> tag at byte offset {offset} declares ({label:?})",
            encoding.name()
        ),
    };
    Refusal::new(
        RefusalKind::BadEncoding,
        None,
        format!(
            "the web page's bytes are not in {said}: {}: expected the whole page in the encoding it declares",
            malformed.describe()
        ),
    )
}

/// The label of the first `<meta>` tag among `head` that declares an encoding, with
/// the tag's byte offset: the HTML standard's prescan, reading `<meta>` tags only.
fn declared(head: &[u8]) -> Option<(usize, String)> {
    let mut at = 0;
    while at < head.len() {
        let rest = head.get(at..).unwrap_or_default();
        if rest.starts_with(b"<!--") {
            // The comment ends at the first `-->`, whose dashes may be the opener's.
            at = find(head, at.saturating_add(2), b"-->")
                .map_or(head.len(), |end| end.saturating_add(3));
        } else if starts_with_ignoring_case(rest, b"<meta")
            && rest.get(5).is_some_and(|&b| is_space(b) || b == b'/')
        {
            let tag = at;
            let mut attributes = Attributes {
                head,
                at: at.saturating_add(5),
            };
            if let Some(label) = meta_label(&mut attributes) {
                return Some((tag, label));
            }
            at = attributes.at;
        } else if rest.first() == Some(&b'<')
            && (rest.get(1).is_some_and(u8::is_ascii_alphabetic)
                || (rest.get(1) == Some(&b'/') && rest.get(2).is_some_and(u8::is_ascii_alphabetic)))
        {
            // Another tag: past its name, then past its attributes, whose quoted values
            // may hold `>`.
            at = at.saturating_add(1);
            while head.get(at).is_some_and(|&b| !is_space(b) && b != b'>') {
                at = at.saturating_add(1);
            }
            let mut attributes = Attributes { head, at };
            while attributes.next().is_some() {}
            at = attributes.at;
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            at = find(head, at, b">").map_or(head.len(), |end| end.saturating_add(1));
        } else {
            at = at.saturating_add(1);
        }
    }
    None
}

/// The encoding label a `<meta>` tag's attributes declare: its `charset`, or the
/// charset of its `content` where its `http-equiv` is `content-type`.
fn meta_label(attributes: &mut Attributes<'_>) -> Option<String> {
    let mut pragma = false;
    let mut charset = None;
    let mut content = None;
    for (name, value) in attributes.by_ref() {
        match name.as_str() {
            "http-equiv" => pragma |= value.eq_ignore_ascii_case("content-type"),
            "charset" if charset.is_none() => charset = Some(value),
            "content" if content.is_none() => content = Some(value),
            _ => {}
        }
    }
    charset.or_else(|| {
        content
            .filter(|_| pragma)
            .and_then(|content| charset_in(&content))
    })
}

/// The charset a `content` attribute names (`text/html; charset=gbk`): the HTML
/// standard's algorithm for extracting an encoding from a `<meta>` element.
fn charset_in(content: &str) -> Option<String> {
    let bytes = content.as_bytes();
    let mut from = 0;
    loop {
        let at = find(bytes, from, b"charset")?;
        let mut i = at.saturating_add(7);
        while bytes.get(i).is_some_and(|&b| is_space(b)) {
            i = i.saturating_add(1);
        }
        if bytes.get(i) != Some(&b'=') {
            from = i;
            continue;
        }
        i = i.saturating_add(1);
        while bytes.get(i).is_some_and(|&b| is_space(b)) {
            i = i.saturating_add(1);
        }
        let value = match bytes.get(i) {
            Some(&quote @ (b'"' | b'\'')) => {
                let start = i.saturating_add(1);
                let end = find(bytes, start, &[quote])?;
                bytes.get(start..end)?
            }
            Some(_) => {
                let rest = bytes.get(i..)?;
                let len = rest
                    .iter()
                    .position(|&b| is_space(b) || b == b';')
                    .unwrap_or(rest.len());
                rest.get(..len)?
            }
            None => return None,
        };
        return (!value.is_empty()).then(|| String::from_utf8_lossy(value).into_owned());
    }
}

/// The attributes of a tag, read from just after its name: the HTML standard's "get an
/// attribute" steps, names in ASCII lower case, values as written.
struct Attributes<'a> {
    /// The bytes the tag stands in.
    head: &'a [u8],
    /// Where reading goes on.
    at: usize,
}

impl Iterator for Attributes<'_> {
    type Item = (String, String);

    fn next(&mut self) -> Option<(String, String)> {
        let head = self.head;
        while head.get(self.at).is_some_and(|&b| is_space(b) || b == b'/') {
            self.at = self.at.saturating_add(1);
        }
        match head.get(self.at) {
            None => return None,
            Some(b'>') => {
                self.at = self.at.saturating_add(1);
                return None;
            }
            Some(_) => {}
        }
        let mut name = Vec::new();
        loop {
            match head.get(self.at) {
                None => return None,
                Some(b'=') if !name.is_empty() => break,
                Some(&b) if is_space(b) => {
                    while head.get(self.at).is_some_and(|&b| is_space(b)) {
                        self.at = self.at.saturating_add(1);
                    }
                    if head.get(self.at) != Some(&b'=') {
                        return Some((text(&name), String::new()));
                    }
                    break;
                }
                Some(b'/' | b'>') => return Some((text(&name), String::new())),
                Some(&b) => {
                    name.push(b.to_ascii_lowercase());
                    self.at = self.at.saturating_add(1);
                }
            }
        }
        // Past the `=`.
        self.at = self.at.saturating_add(1);
        while head.get(self.at).is_some_and(|&b| is_space(b)) {
            self.at = self.at.saturating_add(1);
        }
        let mut value = Vec::new();
        match head.get(self.at) {
            None => return None,
            Some(&quote @ (b'"' | b'\'')) => {
                self.at = self.at.saturating_add(1);
                loop {
                    let &b = head.get(self.at)?;
                    self.at = self.at.saturating_add(1);
                    if b == quote {
                        break;
                    }
                    value.push(b);
                }
            }
            Some(b'>') => {}
            Some(_) => {
                while let Some(&b) = head.get(self.at) {
                    if is_space(b) || b == b'>' {
                        break;
                    }
                    value.push(b);
                    self.at = self.at.saturating_add(1);
                }
            }
        }
        Some((text(&name), text(&value)))
    }
}

/// Bytes of a tag as text (a label is ASCII; anything else is kept to be named).
fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The HTML standard's ASCII white space in a tag: tab, line feed, form feed, carriage
/// return and space.
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

/// Whether `bytes` start with `prefix`, in any ASCII case.
fn starts_with_ignoring_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes
        .get(..prefix.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
}

/// The offset of the first `needle` in `bytes` at or after `from`, in any ASCII case.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let rest = bytes.get(from..)?;
    rest.windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
        .map(|at| at.saturating_add(from))
}

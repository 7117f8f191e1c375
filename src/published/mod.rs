//! Documents as they are published: a file's bytes read as a plan by their content, as
//! plain text of the genre, as this crate's JSON, as a web page (`html`) or as a Word
//! document (`docx`), each within its limits, and why a file holds no plan (a
//! [`Refusal`]) when it does not.
//!
//! A web page or a Word file is first read as text: one line a paragraph, a table's
//! row one line with its cells joined by ` | ` ([`html_text`], [`docx_text`]); the text
//! is then parsed as any text of the genre, and the plan records the file it came
//! from ([`Plan::source`](crate::Plan::source)): its format and the SHA-256 digest of
//! its bytes. `docs/published.md` says what is kept of a page or a document, and what
//! is dropped.
//!
//! The readers of files above (the corpus, the command line and the Python package)
//! read a file's bytes, within the limits [`read_plan`] states, and hand them here.

mod docx;
mod html;
mod limits;
mod read;

use crate::base::literal_enum;

pub use docx::docx_text;
pub use html::html_text;
pub(crate) use limits::{PUBLISHED_LIMIT, TEXT_LIMIT, over};
pub(crate) use read::{Start, start, too_large};
pub use read::{parse_docx, parse_html, read_plan};

/// Why a file holds no plan.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
#[non_exhaustive]
pub struct Refusal {
    /// What kind of refusal.
    pub kind: RefusalKind,
    /// The 1-based line the reason is at, where it has one: a line of the file for text
    /// and JSON, a line of the text read from it for a web page or a Word file.
    pub line: Option<usize>,
    /// The reason, in words, with what was expected: without the file's name, which
    /// the reader adds.
    pub message: String,
}

impl Refusal {
    /// A refusal of this kind, at `line` where the reason has one.
    pub fn new(kind: RefusalKind, line: Option<usize>, message: impl Into<String>) -> Refusal {
        Refusal {
            kind,
            line,
            message: message.into(),
        }
    }
}

literal_enum! {
    /// What kind of [`Refusal`]; `Display`, `FromStr` and JSON use the kebab-case id
    /// (`not-utf8`).
    #[serde(rename_all = "kebab-case")]
    #[strum(serialize_all = "kebab-case")]
    #[non_exhaustive]
    pub enum RefusalKind {
        /// The file could not be opened or read.
        Unreadable,
        /// The file is over the size limit for a plan (16 MiB as text, 256 MiB as JSON,
        /// a web page or a Word file), or what a web page or a Word file holds is (16
        /// MiB of text read from it, 256 MiB of a Word file's parts uncompressed).
        TooLarge,
        /// The file is empty, or white space only.
        Empty,
        /// The file is not UTF-8 (a binary file, or text in another encoding).
        NotUtf8,
        /// The file starts with `{` but is not a plan's JSON.
        InvalidJson,
        /// The file is text that does not read as a plan (or the text read from a web
        /// page or a Word file does not).
        NotAPlan,
        /// The file holds a plan, but its reading noticed what it could not fully
        /// understand (its diagnostics), and the reader was told to refuse such a plan (the
        /// command line's `--strict`).
        Findings,
        /// A web page in which no article was found: no element holds paragraphs of
        /// text (a page of navigation only, a frame, a script).
        NoArticle,
        /// A web page whose bytes are not in the encoding it declares (or which declares
        /// an encoding no browser knows).
        BadEncoding,
        /// A file that starts as a zip archive but is not a Word document: not a
        /// readable zip, or a zip with no document part (`word/document.xml`).
        NotWord,
        /// A Word document whose document part has no body, or whose body holds no
        /// paragraph of text.
        NoBody,
    }
}

literal_enum! {
    /// The format a file is read in, told by its content, never by its name;
    /// `Display`, `FromStr` and JSON use `text`, `json`, `html` and `docx`.
    ///
    /// ```
    /// use wuzhong_plan::InputFormat;
    ///
    /// assert_eq!(InputFormat::of(wuzhong_plan::PLAN_JSON.as_bytes()), InputFormat::Json);
    /// assert_eq!(InputFormat::of(wuzhong_plan::SOURCE_TEXT.as_bytes()), InputFormat::Text);
    /// assert_eq!(InputFormat::of(b"\n<!DOCTYPE html><p>..."), InputFormat::Html);
    /// assert_eq!(InputFormat::of(b"PK\x03\x04..."), InputFormat::Docx);
    /// ```
    #[serde(rename_all = "kebab-case")]
    #[strum(serialize_all = "kebab-case")]
    #[non_exhaustive]
    pub enum InputFormat {
        /// Plain text of the genre: anything that is none of the others.
        Text,
        /// This crate's JSON: the first character other than white space (after an
        /// optional UTF-8 byte-order mark) is `{`.
        Json,
        /// A web page or a fragment of one: the first character other than white space
        /// (after an optional byte-order mark, UTF-8 or UTF-16) is `<`.
        Html,
        /// A Word document (`.docx`): the file starts as a zip archive does (`PK`).
        Docx,
    }
}

impl InputFormat {
    /// The format `bytes` are read in: see each variant for what tells it. Bytes of
    /// nothing but white space are text (which is refused as empty).
    pub fn of(bytes: &[u8]) -> InputFormat {
        InputFormat::of_start(bytes).unwrap_or(InputFormat::Text)
    }

    /// The format of a file that starts with `prefix`, as far as the prefix tells it:
    /// `None` while it is white space only (or ends inside a character that may be white
    /// space), so that what follows decides. For a reader that reads a file a part at a
    /// time, and must know its format, and so its size limit, before it has read it all.
    ///
    /// ```
    /// use wuzhong_plan::InputFormat;
    ///
    /// assert_eq!(InputFormat::of_start(b"  \n"), None);
    /// assert_eq!(InputFormat::of_start(b"  \n{"), Some(InputFormat::Json));
    /// // The first byte of an ideographic space, cut: it may yet be white space.
    /// assert_eq!(InputFormat::of_start(b" \xe3"), None);
    /// assert_eq!(InputFormat::of_start(b" \xff"), Some(InputFormat::Text));
    /// assert_eq!(InputFormat::of_start("\u{feff}\u{3000}".as_bytes()), None);
    /// assert_eq!(InputFormat::of_start("一、".as_bytes()), Some(InputFormat::Text));
    /// ```
    pub fn of_start(prefix: &[u8]) -> Option<InputFormat> {
        match start(prefix) {
            Start::Json => Some(InputFormat::Json),
            Start::Html => Some(InputFormat::Html),
            Start::Docx => Some(InputFormat::Docx),
            Start::Text => Some(InputFormat::Text),
            Start::Blank => None,
        }
    }
}

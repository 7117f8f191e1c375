//! Reading a corpus's files: each by its content, in parallel batches, in order.
//!
//! A file is read as the command line's `--plan FILE` reads one: as JSON of this
//! crate's schema when its first character other than white space (after an optional
//! UTF-8 byte-order mark) is `{`, without the mark; as text of the genre otherwise, the
//! mark kept. A plan as text may be at most 16 MiB, a plan as JSON at most 256 MiB, and
//! a plan read as text whose JSON would be over 256 MiB is refused too, so that every
//! plan read can be read back as its JSON. No more than one byte past the limit is ever
//! read, and nothing but a regular file is opened (opening a FIFO waits for a writer).
//!
//! Nothing stops at a bad file: each is a [`Document`] whose plan is a [`Refusal`] that
//! says what kind of refusal it is, the line where it has one, and what was expected.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use rayon::prelude::*;

use crate::base::quote::file_kind;
use crate::corpus::{Corpus, CorpusFile, Document, Refusal, RefusalKind, sha256};
use crate::error::Error;
use crate::fault::ParseError;
use crate::parse::parse;
use crate::plan::Plan;

/// The largest plan as text read, in bytes: 16 MiB.
const TEXT_LIMIT: u64 = 16 * 1024 * 1024;

/// [`TEXT_LIMIT`] as messages name it.
const TEXT_LIMIT_NAME: &str = "16 MiB";

/// The largest plan as JSON read, in bytes: 256 MiB.
const JSON_LIMIT: u64 = 256 * 1024 * 1024;

/// [`JSON_LIMIT`] as messages name it.
const JSON_LIMIT_NAME: &str = "256 MiB";

/// How many files a batch of [`Corpus::map`] holds for each of rayon's threads: enough
/// that the threads seldom wait for one another at a batch's end (each batch ends when
/// its slowest document does), few enough that a batch of plans is small beside the
/// answer.
const BATCH_PER_THREAD: usize = 16;

/// The plan in `bytes`, read as JSON of this crate's schema ([`Plan::from_json`]) when
/// its first character other than white space, after an optional UTF-8 byte-order mark,
/// is `{`, the mark taken off; and as text of the genre ([`parse`](crate::parse())),
/// the mark kept, otherwise.
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
/// - [`RefusalKind::TooLarge`]: over 16 MiB and not starting with `{`, over 256 MiB,
///   or text whose plan's JSON would be over 256 MiB;
/// - [`RefusalKind::NotUtf8`]: not UTF-8, at the line and byte offset of the first
///   byte that is not;
/// - [`RefusalKind::Empty`]: nothing but white space (or nothing at all);
/// - [`RefusalKind::InvalidJson`]: starting with `{`, but not a plan's JSON, at its
///   line where the JSON reader gives one;
/// - [`RefusalKind::NotAPlan`]: text that does not read as a plan, at its line.
///
/// Each message says where, what is wrong, and what was expected, without the file's
/// name.
pub fn read_plan(bytes: &[u8]) -> Result<Plan, Refusal> {
    if over(bytes.len(), TEXT_LIMIT) {
        let size = format!("{} bytes", bytes.len());
        if start(bytes) == Start::Text {
            return Err(too_large(&size, "as text"));
        }
        if over(bytes.len(), JSON_LIMIT) {
            return Err(too_large(&size, "as JSON"));
        }
    }
    let text = std::str::from_utf8(bytes).map_err(|err| not_utf8(bytes, &err))?;
    match kind_of(text) {
        Start::Blank => Err(empty(text)),
        Start::Json => {
            let unmarked = text.strip_prefix('\u{feff}').unwrap_or(text);
            Plan::from_json(unmarked).map_err(|err| invalid_json(&err))
        }
        Start::Text => {
            let plan = parse(text).map_err(|err| not_a_plan(&err))?;
            if !json_surely_fits(text.len()) {
                json_fits(&plan, JSON_LIMIT)?;
            }
            Ok(plan)
        }
    }
}

impl CorpusFile {
    /// Reads the file into a [`Document`]: its kind is checked before it is opened
    /// (nothing but a regular file is opened, and a symbolic link is followed only to
    /// one), then checked again on the file opened, then at most one byte past the
    /// limit for its kind is read ([`read_plan`] gives the limits), and the bytes read
    /// whole are digested with SHA-256 and read as a plan. Never fails: a file that
    /// cannot be opened or read is a refusal of kind [`RefusalKind::Unreadable`], one
    /// over the limit a [`RefusalKind::TooLarge`], neither with a digest.
    ///
    /// ```
    /// use wuzhong_plan::{Corpus, RefusalKind, Status};
    ///
    /// let dir = tempfile::tempdir()?;
    /// std::fs::write(dir.path().join("abc.txt"), "abc")?;
    /// // Line 2 ends with `\r\n`, line 1 with `\n`: no text of the genre.
    /// std::fs::write(dir.path().join("mixed.txt"), "一、重點任務\n(一)推進\r\n")?;
    /// let corpus = Corpus::find([dir.path()])?;
    ///
    /// // Text is never refused for its shape: `abc` is a plan of no tasks.
    /// let abc = corpus.files()[0].read();
    /// assert_eq!(abc.status(), Status::Read);
    /// assert_eq!(abc.bytes, 3);
    /// assert_eq!(
    ///     abc.sha256.as_deref(),
    ///     Some("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    /// );
    ///
    /// let mixed = corpus.files()[1].read();
    /// let refusal = mixed.plan.unwrap_err();
    /// assert_eq!((refusal.kind, refusal.line), (RefusalKind::NotAPlan, Some(2)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn read(&self) -> Document {
        let (bytes, sha256, plan) = match read_file(&self.path) {
            Ok(bytes) => {
                let sha256 = sha256(&bytes);
                (size(bytes.len()), Some(sha256), read_plan(&bytes))
            }
            Err((read, refusal)) => (read, None, Err(refusal)),
        };
        Document {
            file: self.clone(),
            bytes,
            sha256,
            plan,
        }
    }
}

impl Corpus {
    /// Reads every file and hands each [`Document`] to `f`, giving what `f` gives in the
    /// corpus's order. The files are read in batches of sixteen for each of rayon's
    /// threads ([`rayon::current_num_threads`]), the files of a batch read, and `f`
    /// called on them, in parallel; a batch is read only when the iterator reaches it,
    /// so that what is held at once is a batch of documents and what `f` keeps of them.
    ///
    /// ```
    /// use wuzhong_plan::{Corpus, Status};
    ///
    /// let dir = tempfile::tempdir()?;
    /// std::fs::write(dir.path().join("a.txt"), wuzhong_plan::SOURCE_TEXT)?;
    /// std::fs::write(dir.path().join("b.bin"), [0xff, 0xfe, 0x00])?;
    /// let corpus = Corpus::find([dir.path()])?;
    /// let rows: Vec<(String, Status, usize)> = corpus
    ///     .map(|document| {
    ///         let tasks = document.plan.as_ref().map_or(0, |plan| plan.tasks().len());
    ///         (document.id().to_owned(), document.status(), tasks)
    ///     })
    ///     .collect();
    /// assert_eq!(
    ///     rows,
    ///     [("a.txt".to_owned(), Status::Read, 50), ("b.bin".to_owned(), Status::Refused, 0)]
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn map<'c, T, F>(&'c self, f: F) -> impl Iterator<Item = T> + 'c
    where
        T: Send + 'c,
        F: Fn(Document) -> T + Sync + Send + 'c,
    {
        let batch = BATCH_PER_THREAD.saturating_mul(rayon::current_num_threads().max(1));
        self.files.chunks(batch).flat_map(move |files| {
            files
                .par_iter()
                .map(|file| f(file.read()))
                .collect::<Vec<T>>()
        })
    }

    /// Reads every file, in the corpus's order, as [`Corpus::map`] does.
    pub fn read(&self) -> impl Iterator<Item = Document> + '_ {
        self.map(|document| document)
    }
}

/// What the first characters of a file tell of its kind.
#[derive(Debug, PartialEq, Eq)]
enum Start {
    /// Its first character other than white space is `{`.
    Json,
    /// It has a character other than white space, and it is not `{`.
    Text,
    /// White space only, or nothing.
    Blank,
}

/// What a text tells of its kind, by its first character other than white space after
/// an optional byte-order mark.
fn kind_of(text: &str) -> Start {
    match text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .trim_start()
        .chars()
        .next()
    {
        Some('{') => Start::Json,
        Some(_) => Start::Text,
        None => Start::Blank,
    }
}

/// The kind of a file of which `prefix` is the start, as [`kind_of`] will tell it once
/// the file is read: bytes that are not UTF-8 before its first character other than
/// white space make it text (which will be refused as not UTF-8).
fn start(prefix: &[u8]) -> Start {
    let (valid, complete) = match std::str::from_utf8(prefix) {
        Ok(text) => (text, true),
        Err(err) => {
            let valid = prefix.get(..err.valid_up_to()).unwrap_or_default();
            // Only a character cut at the end leaves the rest undecided.
            (
                std::str::from_utf8(valid).unwrap_or_default(),
                err.error_len().is_none(),
            )
        }
    };
    match kind_of(valid) {
        Start::Blank if !complete => Start::Text,
        found => found,
    }
}

/// Whether `len` bytes are over `limit`.
fn over(len: usize, limit: u64) -> bool {
    u64::try_from(len).map_or(true, |len| len > limit)
}

/// `len` as a file's size.
fn size(len: usize) -> u64 {
    u64::try_from(len).unwrap_or(u64::MAX)
}

/// The bytes of the regular file at `path`, or how many were read and why the file was
/// refused.
fn read_file(path: &Path) -> Result<Vec<u8>, (u64, Refusal)> {
    let refused = |refusal: Refusal| (0, refusal);
    let mut metadata = std::fs::symlink_metadata(path).map_err(|err| refused(unreadable(&err)))?;
    if metadata.file_type().is_symlink() {
        // Only a link given as an argument is found; it is followed to a regular file.
        metadata = std::fs::metadata(path).map_err(|err| refused(unreadable(&err)))?;
    }
    if !metadata.is_file() {
        return Err(refused(not_a_file(metadata.file_type())));
    }
    let file = File::open(path).map_err(|err| refused(unreadable(&err)))?;
    // What was opened is what was checked, unless the name was pointed elsewhere since.
    let opened = file.metadata().map_err(|err| refused(unreadable(&err)))?;
    if !opened.is_file() {
        return Err(refused(not_a_file(opened.file_type())));
    }
    read_limited(file, opened.len())
}

/// Everything `reader` holds, refusing it once it is over the limit for its kind without
/// reading more than one byte past that limit; `size` is its size as the file system
/// gives it.
fn read_limited(reader: impl Read, size: u64) -> Result<Vec<u8>, (u64, Refusal)> {
    let mut reader = reader.take(TEXT_LIMIT.saturating_add(1));
    let mut bytes = Vec::new();
    let failed = |err: io::Error, bytes: &[u8]| (self::size(bytes.len()), unreadable(&err));
    if let Err(err) = reader.read_to_end(&mut bytes) {
        return Err(failed(err, &bytes));
    }
    if !over(bytes.len(), TEXT_LIMIT) {
        return Ok(bytes);
    }
    let said = format!("{size} bytes");
    if start(&bytes) == Start::Text {
        return Err((self::size(bytes.len()), too_large(&said, "as text")));
    }
    reader.set_limit(JSON_LIMIT.saturating_sub(TEXT_LIMIT));
    if let Err(err) = reader.read_to_end(&mut bytes) {
        return Err(failed(err, &bytes));
    }
    if over(bytes.len(), JSON_LIMIT) {
        return Err((self::size(bytes.len()), too_large(&said, "as JSON")));
    }
    Ok(bytes)
}

/// The most bytes of a plan's JSON ([`Plan::to_json`]) for each byte of its text, and
/// the most beyond that: the bound `docs/robustness.md` states for `json` and
/// `tests/amplification.rs` holds the JSON to, on the plans built to amplify it.
const JSON_PER_BYTE: u64 = 300;
/// See [`JSON_PER_BYTE`].
const JSON_PLUS: u64 = 4096;

/// Whether the JSON of a plan whose text is `len` bytes is within [`JSON_LIMIT`] by the
/// bound alone (with the newline `json` prints after it): a text under about 873 KiB,
/// every real document, needs no counting of its JSON, which would cost as much again as
/// reading it.
fn json_surely_fits(len: usize) -> bool {
    u64::try_from(len).is_ok_and(|len| {
        len.saturating_mul(JSON_PER_BYTE)
            .saturating_add(JSON_PLUS)
            .saturating_add(1)
            <= JSON_LIMIT
    })
}

/// Refuses a plan read as text whose JSON, as the command line's `json` prints it (with
/// a final newline), would be over `limit` bytes, so that it could not be read back. The
/// JSON is counted as it is written, never held, and the count stops once it passes the
/// limit.
fn json_fits(plan: &Plan, limit: u64) -> Result<(), Refusal> {
    /// Counts bytes, failing once they pass the limit.
    struct Count {
        bytes: u64,
        limit: u64,
    }
    impl io::Write for Count {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.bytes = self.bytes.saturating_add(size(bytes.len()));
            if self.bytes > self.limit {
                return Err(io::Error::other("over the JSON limit"));
            }
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count { bytes: 1, limit };
    let written = plan.write_json(&mut count);
    if count.bytes > limit {
        return Err(Refusal {
            kind: RefusalKind::TooLarge,
            line: None,
            message: format!(
                "the plan's JSON would be over the {JSON_LIMIT_NAME} size limit for a plan as JSON (more than {limit} bytes), so it could not be read back: expected a plan as text whose JSON fits ({})",
                limits()
            ),
        });
    }
    written.map_err(|err| Refusal {
        kind: RefusalKind::TooLarge,
        line: None,
        message: format!("writing the plan as JSON to count its size: {err}"),
    })
}

/// Both size limits, as messages state them.
fn limits() -> String {
    format!("a plan as text may be at most {TEXT_LIMIT_NAME}, as JSON at most {JSON_LIMIT_NAME}")
}

/// A file over the size limit for its kind.
fn too_large(size: &str, kind: &str) -> Refusal {
    Refusal {
        kind: RefusalKind::TooLarge,
        line: None,
        message: format!(
            "the file is over the size limit for a plan {kind} ({size}): {}",
            limits()
        ),
    }
}

/// A file that could not be opened or read.
fn unreadable(err: &io::Error) -> Refusal {
    let what = match err.kind() {
        io::ErrorKind::NotFound => "no such file".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => format!("cannot be read ({err})"),
    };
    Refusal {
        kind: RefusalKind::Unreadable,
        line: None,
        message: format!("{what}: expected a readable plan file (JSON or plain text)"),
    }
}

/// Something other than a regular file, which is not opened.
fn not_a_file(kind_of: std::fs::FileType) -> Refusal {
    Refusal {
        kind: RefusalKind::Unreadable,
        line: None,
        message: format!(
            "is {}, not a regular file, and was not opened: expected a plan file (JSON or plain text)",
            file_kind(kind_of)
        ),
    }
}

/// A file that is not UTF-8, at the line and byte offset of its first bad byte.
fn not_utf8(bytes: &[u8], err: &std::str::Utf8Error) -> Refusal {
    let offset = err.valid_up_to();
    let before = bytes.get(..offset).unwrap_or_default();
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let what = match err.error_len() {
        Some(len) => {
            let sequence = bytes
                .get(offset..offset.saturating_add(len))
                .unwrap_or_default();
            let hex: Vec<String> = sequence.iter().map(|b| format!("0x{b:02X}")).collect();
            format!(
                "invalid byte sequence {} at byte offset {offset}",
                hex.join(" ")
            )
        }
        None => format!("the file ends inside a character at byte offset {offset}"),
    };
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
        message: format!("{what}: expected a plan (JSON or plain text)"),
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
            "{err} (read as plain text, as the file does not start with `{{`: expected a plan of the genre)"
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
        let printed = size(crate::PLAN_JSON.len());
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

    /// A reader that counts what is asked of it and never ends.
    struct Endless {
        given: u64,
        byte: u8,
    }

    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            buf.fill(self.byte);
            self.given += size(buf.len());
            Ok(buf.len())
        }
    }

    #[test]
    fn reading_stops_one_byte_past_the_limit() {
        let mut text = Endless {
            given: 0,
            byte: b'a',
        };
        let refused = read_limited(&mut text, u64::MAX).err();
        assert_eq!(
            refused
                .as_ref()
                .map(|(read, refusal)| (*read, refusal.kind)),
            Some((TEXT_LIMIT + 1, RefusalKind::TooLarge))
        );
        assert_eq!(text.given, TEXT_LIMIT + 1);
        let message = refused.map(|(_, refusal)| refusal.message);
        assert_eq!(
            message.as_deref(),
            Some(
                "the file is over the size limit for a plan as text (18446744073709551615 bytes): a plan as text may be at most 16 MiB, as JSON at most 256 MiB"
            )
        );
    }
}

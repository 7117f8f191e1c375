//! Reading a corpus's files: each by its content, in parallel batches, in order.
//!
//! A file is read as the command line's `--plan FILE` reads one, by its content
//! ([`read_plan`]): as JSON of this crate's schema, a web page, a Word document or text
//! of the genre. A plan as text may be at most 16 MiB, a plan as JSON, a web page or a
//! Word file at most 256 MiB, and a plan whose JSON would be over 256 MiB is refused
//! too, so that every plan read can be read back as its JSON. No more than one byte past
//! the limit is ever read, and nothing but a regular file is opened (opening a FIFO waits
//! for a writer).
//!
//! Nothing stops at a bad file: each is a [`Document`] whose plan is a [`Refusal`] that
//! says what kind of refusal it is, the line where it has one, and what was expected.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use rayon::prelude::*;

use crate::base::digest::sha256;
use crate::base::quote::file_kind;
use crate::corpus::{Corpus, CorpusFile, Document};
use crate::published::{
    InputFormat, PUBLISHED_LIMIT, Refusal, RefusalKind, Start, TEXT_LIMIT, over, read_plan, start,
    too_large,
};

/// How many files a batch of [`Corpus::map`] holds for each of rayon's threads: enough
/// that the threads seldom wait for one another at a batch's end (each batch ends when
/// its slowest document does), few enough that a batch of plans is small beside the
/// answer.
const BATCH_PER_THREAD: usize = 16;

impl CorpusFile {
    /// Reads the file into a [`Document`]: its kind is checked before it is opened
    /// (nothing but a regular file is opened, and a symbolic link is followed only to
    /// one), then checked again on the file opened, then at most one byte past the
    /// limit for its kind is read ([`read_plan`] gives the limits), and the bytes read
    /// whole are digested with SHA-256, their format told, and read as a plan. Never fails: a file that
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
        let (bytes, sha256, format, plan) = match read_file(&self.path) {
            Ok(bytes) => {
                let format = InputFormat::of(&bytes);
                let plan = read_plan(&bytes);
                // A plan read from text, a page or a Word file has digested these very
                // bytes as its source; JSON's source, where it has one, is another file.
                let digested = match (&plan, format) {
                    (Ok(plan), InputFormat::Text | InputFormat::Html | InputFormat::Docx) => {
                        plan.source().map(|source| source.sha256.clone())
                    }
                    _ => None,
                };
                let sha256 = digested.unwrap_or_else(|| sha256(&bytes));
                (size(bytes.len()), Some(sha256), Some(format), plan)
            }
            Err((read, refusal)) => (read, None, None, Err(refusal)),
        };
        Document {
            file: self.clone(),
            bytes,
            sha256,
            format,
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
    let what = match start(&bytes) {
        Start::Text => {
            return Err((self::size(bytes.len()), too_large(&said, "as text")));
        }
        // White space only so far: what follows decides, within the larger limit.
        Start::Json | Start::Blank => "as JSON",
        Start::Html => "as a web page",
        Start::Docx => "as a Word file",
    };
    reader.set_limit(PUBLISHED_LIMIT.saturating_sub(TEXT_LIMIT));
    if let Err(err) = reader.read_to_end(&mut bytes) {
        return Err(failed(err, &bytes));
    }
    if over(bytes.len(), PUBLISHED_LIMIT) {
        return Err((self::size(bytes.len()), too_large(&said, what)));
    }
    Ok(bytes)
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
        message: format!(
            "{what}: expected a readable plan file (plain text, JSON, a web page or a Word file)"
        ),
    }
}

/// Something other than a regular file, which is not opened.
fn not_a_file(kind_of: std::fs::FileType) -> Refusal {
    Refusal {
        kind: RefusalKind::Unreadable,
        line: None,
        message: format!(
            "is {}, not a regular file, and was not opened: expected a plan file (plain text, JSON, a web page or a Word file)",
            file_kind(kind_of)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
                "the file is over the size limit for a plan as text (18446744073709551615 bytes): a plan as text may be at most 16 MiB, as JSON, a web page or a Word file at most 256 MiB"
            )
        );
    }
}

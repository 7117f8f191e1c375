//! Many plans at once: a corpus of documents found in files and directories, each read
//! by its content, in parallel, into a [`Document`] that holds its plan or why it was
//! refused; the tables of a whole corpus, each row with its plan (`tables`); and one HTML
//! page over them all (`page`).
//!
//! A corpus is found by [`Corpus::find`] (`find`), which walks each directory it is
//! given and names every file it takes with an id that is unique within the corpus and
//! stable from run to run. Reading (`read`) takes each file as JSON of this crate's
//! schema or as text of the genre by its content, as the command line's `--plan` does,
//! and never stops at a bad one: a file that is not a plan is a [`Document`] whose
//! [`Document::plan`] is a [`Refusal`]. [`Corpus::map`] reads the files in parallel, a
//! batch at a time, and hands each document to a function in the corpus's order, so
//! that memory grows with a batch of documents and what is kept of them, not with the
//! size of the corpus.

mod find;
mod page;
mod read;
mod tables;

use std::path::PathBuf;

use crate::base::digest::sha256;
use crate::base::literal_enum;
use crate::plan::Plan;

pub use crate::published::{Refusal, RefusalKind};

use crate::published::InputFormat;
pub use find::CorpusError;
pub use page::CorpusPage;
pub use tables::{corpus_descriptor, corpus_tables};

/// The files of a corpus, found by [`Corpus::find`], each with its id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corpus {
    files: Vec<CorpusFile>,
    skipped: Vec<Skipped>,
}

/// A file of a corpus: where it is, and the id its rows carry.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct CorpusFile {
    /// The plan's id within the corpus: the file's path below the directory it was found
    /// in (`sub/plan.txt`), or the file's name when it was named itself; its full path
    /// where two files would share one. Unique within the corpus and the same in every
    /// run over the same files.
    pub id: String,
    /// The file's path, as found: the argument it was found under joined with its path
    /// below it.
    pub path: PathBuf,
    /// [`CorpusFile::path`] as text, for tables and messages: its components joined by
    /// `/`, any byte that is not UTF-8 replaced by U+FFFD.
    pub name: String,
}

impl CorpusFile {
    /// A file known by its id alone, which is its path and name too.
    fn named(id: String) -> CorpusFile {
        CorpusFile {
            path: PathBuf::from(&id),
            name: id.clone(),
            id,
        }
    }
}

/// An entry [`Corpus::find`] passed over without reading it, and why: a hidden file or
/// directory, a symbolic link (never followed), or something other than a regular file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Skipped {
    /// The entry's path, as [`CorpusFile::name`] writes one.
    pub name: String,
    /// Why it was not read.
    pub reason: String,
}

/// One file of a corpus, read: its size and digest, and its plan or why it was refused.
#[derive(Debug)]
#[non_exhaustive]
pub struct Document {
    /// The file.
    pub file: CorpusFile,
    /// Its size in bytes, as read (as far as was read, for a file refused as too large).
    pub bytes: u64,
    /// The SHA-256 digest of its bytes, in lowercase hexadecimal; `None` when it could
    /// not be read whole.
    pub sha256: Option<String>,
    /// The format its bytes were read in, as their content tells it
    /// ([`InputFormat::of`]); `None` when it could not be read whole.
    pub format: Option<InputFormat>,
    /// The plan it holds, or why it holds none.
    pub plan: Result<Plan, Refusal>,
}

impl Document {
    /// The document of a file called `id` that holds `bytes`, read as `plan`: what
    /// [`read_plan`](crate::read_plan) gives for the bytes, or a plan made otherwise (the plan of a text
    /// `bytes` holds, read by [`parse`](crate::parse())). Its size and SHA-256 digest are
    /// the bytes', and so is its format; its id, path and name are `id`. For building a corpus's documents
    /// outside a directory (in tests, or from a store of one's own): [`Corpus::read`]
    /// makes those of files.
    ///
    /// ```
    /// use wuzhong_plan::{Document, Status, read_plan};
    /// let document = Document::new("wuzhong.txt", wuzhong_plan::SOURCE_TEXT.as_bytes(),
    ///                              Ok(wuzhong_plan::plan().clone()));
    /// assert_eq!((document.id(), document.status()), ("wuzhong.txt", Status::Read));
    /// let binary = b"\xff\xfe\x00\x01";
    /// let refused = Document::new("scan.bin", binary, read_plan(binary));
    /// assert_eq!((refused.bytes, refused.status()), (4, Status::Refused));
    /// ```
    pub fn new(id: impl Into<String>, bytes: &[u8], plan: Result<Plan, Refusal>) -> Document {
        Document {
            file: CorpusFile::named(id.into()),
            bytes: u64::try_from(bytes.len()).unwrap_or(u64::MAX),
            sha256: Some(sha256(bytes)),
            format: Some(InputFormat::of(bytes)),
            plan,
        }
    }

    /// A document of a plan held in memory rather than read from a file (the embedded
    /// plan, one parsed from a string): `id` is its id, path and name, and its size and
    /// digest are those of its text ([`Plan::to_text`]), the file it would be read from.
    ///
    /// ```
    /// use wuzhong_plan::{Document, Status};
    /// let document = Document::from_plan("wuzhong.txt", wuzhong_plan::plan().clone());
    /// assert_eq!((document.id(), document.status()), ("wuzhong.txt", Status::Read));
    /// assert_eq!(document.bytes, wuzhong_plan::plan().to_text().len() as u64);
    /// assert_eq!(document.sha256.map(|sha| sha.len()), Some(64));
    /// ```
    pub fn from_plan(id: impl Into<String>, plan: Plan) -> Document {
        let text = plan.to_text();
        Document::new(id, text.as_bytes(), Ok(plan))
    }

    /// The plan's id within the corpus ([`CorpusFile::id`]).
    pub fn id(&self) -> &str {
        &self.file.id
    }

    /// Whether the file was read as a plan or refused.
    pub fn status(&self) -> Status {
        match self.plan {
            Ok(_) => Status::Read,
            Err(_) => Status::Refused,
        }
    }
}

literal_enum! {
    /// Whether a file of a corpus was read as a plan; `Display`, `FromStr` and JSON use
    /// `read` and `refused`.
    #[serde(rename_all = "kebab-case")]
    #[strum(serialize_all = "kebab-case")]
    #[non_exhaustive]
    pub enum Status {
        /// Read: the file holds a plan.
        Read,
        /// Refused: the file could not be read, or holds no plan.
        Refused,
    }
}

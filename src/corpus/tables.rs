//! The tables of a whole corpus: `plans`, one row for every file tried; `diagnostics`;
//! and each of a plan's tables with `plan` first in its rows and its keys.

use crate::corpus::Document;
use crate::export::Table;

/// The corpus's tables over `documents`.
pub fn corpus_tables<'d>(documents: impl IntoIterator<Item = &'d Document>) -> Vec<Table<'d>> {
    let _ = documents.into_iter().count();
    Vec::new()
}

/// The `datapackage.json` descriptor of a corpus's data package.
pub fn corpus_descriptor() -> String {
    String::new()
}

/// Where a document's text is written in a corpus's data package, when it has a plan.
pub fn text_path(document: &Document) -> Option<String> {
    document
        .sha256
        .as_ref()
        .map(|sha| format!("texts/{sha}.txt"))
}

//! The plan an object reads from: the embedded plan, a parsed one, or one of a corpus's,
//! shared by every object made from it. Every object holds one of these and a key into
//! it.

use std::sync::Arc;

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use wuzhong_plan::{Document, Plan};

/// A plan an object reads from: the embedded one, which lives as long as the program;
/// one the caller parsed or loaded, shared by every object made from it; or the plan of
/// a corpus's document, which keeps the corpus's documents alive.
#[derive(Clone)]
pub(crate) enum Shared {
    Embedded(&'static Plan),
    Owned(Arc<Plan>),
    /// The plan of the document at `index` of a corpus's `documents`: made only by
    /// [`Shared::in_corpus`], for a document read as a plan.
    Corpus {
        documents: Arc<[Document]>,
        index: usize,
    },
}

impl Shared {
    /// The plan of `documents[index]`, or `None` when there is no such document or it
    /// was refused.
    pub(crate) fn in_corpus(documents: &Arc<[Document]>, index: usize) -> Option<Shared> {
        documents
            .get(index)
            .is_some_and(|document| document.plan.is_ok())
            .then(|| Shared::Corpus {
                documents: Arc::clone(documents),
                index,
            })
    }

    /// The plan. An error only for a corpus's document that holds none, which
    /// [`Shared::in_corpus`] never makes one of: documents do not change.
    pub(crate) fn plan(&self) -> PyResult<&Plan> {
        match self {
            Shared::Embedded(plan) => Ok(plan),
            Shared::Owned(plan) => Ok(plan),
            Shared::Corpus { documents, index } => {
                match documents.get(*index).map(|document| &document.plan) {
                    Some(Ok(plan)) => Ok(plan),
                    _ => Err(PyRuntimeError::new_err(format!(
                        "document {index} of the corpus holds no plan"
                    ))),
                }
            }
        }
    }
}

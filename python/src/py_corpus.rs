//! The class `Corpus`: many plans at once, read from files and directories by the
//! library's `Corpus::find` and `Corpus::map`; its documents, its plans, the queries of
//! `Plan` across them all (each answer with its plan's id), and its tables.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use pyo3::exceptions::{
    PyFileNotFoundError, PyKeyError, PyOSError, PyPermissionError, PyTypeError,
};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyIterator, PyList};
use wuzhong_plan::{Corpus, CorpusError, Document, Error, Plan, Skipped, Tasks, corpus_tables};

use crate::arguments::{Names, year};
use crate::diagnostic::PyDiagnostic;
use crate::errors::raise;
use crate::py_plan::PyPlan;
use crate::query::Conditions;
use crate::shared::Shared;
use crate::tables::tables;
use crate::target::PyTarget;
use crate::task::PyTask;

/// Many plans at once: every file `corpus()` found, read as a plan or refused.
#[pyclass(frozen, module = "wuzhong_plan", name = "Corpus")]
pub(crate) struct PyCorpus {
    /// Every file tried, in the corpus's order.
    documents: Arc<[Document]>,
    /// The position in `documents` of each id.
    positions: HashMap<String, usize>,
    /// The entries the walk passed over.
    skipped: Vec<Skipped>,
}

impl PyCorpus {
    /// The corpus of the files and directories `paths`, read with the GIL released.
    pub(crate) fn read(py: Python<'_>, paths: &Bound<'_, PyAny>) -> PyResult<PyCorpus> {
        let paths = arguments(paths)?;
        let found = py.detach(|| {
            Corpus::find(&paths).map(|corpus| {
                let documents: Vec<Document> = corpus.read().collect();
                (documents, corpus.skipped().to_vec())
            })
        });
        let (documents, skipped) = found.map_err(|err| not_found(&paths, &err))?;
        let positions = documents
            .iter()
            .enumerate()
            .map(|(position, document)| (document.id().to_owned(), position))
            .collect();
        Ok(PyCorpus {
            documents: Arc::from(documents),
            positions,
            skipped,
        })
    }

    /// Each plan read, with its id and what an object of it holds.
    fn read_plans(&self) -> impl Iterator<Item = (&str, Shared, &Plan)> + '_ {
        self.documents
            .iter()
            .enumerate()
            .filter_map(|(position, document)| {
                let plan = document.plan.as_ref().ok()?;
                let shared = Shared::in_corpus(&self.documents, position)?;
                Some((document.id(), shared, plan))
            })
    }

    /// `ask`'s answers from every plan read, in the corpus's order, each with its plan's
    /// id. A plan where `ask` fails (a name it does not know) gives none; the error is
    /// raised only when it fails in every plan read, the first plan's error.
    fn across<T, F>(&self, py: Python<'_>, ask: F) -> PyResult<Vec<(String, T)>>
    where
        T: Send,
        F: Fn(&Shared, &Plan) -> Result<Vec<T>, Error> + Send + Sync,
    {
        let (answers, answered, first_error) = py.detach(|| {
            let mut answers = Vec::new();
            let mut answered = false;
            let mut first_error = None;
            for (id, shared, plan) in self.read_plans() {
                match ask(&shared, plan) {
                    Ok(each) => {
                        answered = true;
                        answers.extend(each.into_iter().map(|answer| (id.to_owned(), answer)));
                    }
                    Err(err) => {
                        first_error.get_or_insert(err);
                    }
                }
            }
            (answers, answered, first_error)
        });
        match first_error {
            Some(err) if !answered => Err(raise(py, &err)),
            _ => Ok(answers),
        }
    }

    /// The tasks `ask` finds in every plan read, as [`PyCorpus::across`] answers.
    fn tasks_across<F>(&self, py: Python<'_>, ask: F) -> PyResult<Vec<(String, PyTask)>>
    where
        F: for<'p> Fn(&'p Plan) -> Result<Tasks<'p>, Error> + Send + Sync,
    {
        self.across(py, |shared, plan| {
            Ok(ask(plan)?.map(|task| PyTask::new(shared, task)).collect())
        })
    }

    /// The tasks of every plan read that meet `conditions`, with their plans' ids.
    fn tasks_meeting(
        &self,
        py: Python<'_>,
        conditions: &Conditions,
    ) -> PyResult<Vec<(String, PyTask)>> {
        self.across(py, |shared, plan| {
            Ok(conditions.query(plan)?.map_or_else(Vec::new, |query| {
                query
                    .tasks()
                    .map(|task| PyTask::new(shared, task))
                    .collect()
            }))
        })
    }

    /// The targets of every plan read that meet `conditions`, with their plans' ids.
    fn targets_meeting(
        &self,
        py: Python<'_>,
        conditions: &Conditions,
    ) -> PyResult<Vec<(String, PyTarget)>> {
        self.across(py, |shared, plan| {
            Ok(conditions.query(plan)?.map_or_else(Vec::new, |query| {
                query
                    .targets()
                    .map(|target| PyTarget::new(shared, target))
                    .collect()
            }))
        })
    }

    /// The documents `keep` keeps, each as a dict.
    fn documents_where<'py>(
        &self,
        py: Python<'py>,
        keep: impl Fn(&Document) -> bool,
    ) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.documents
            .iter()
            .filter(|document| keep(document))
            .map(|document| document_dict(py, document))
            .collect()
    }

    fn read_count(&self) -> usize {
        self.documents
            .iter()
            .filter(|document| document.plan.is_ok())
            .count()
    }
}

#[pymethods]
impl PyCorpus {
    /// The id of every file tried, read or refused, in the corpus's order.
    #[getter]
    fn ids(&self) -> Vec<&str> {
        self.documents.iter().map(Document::id).collect()
    }

    /// The plans read, by id, in the corpus's order.
    #[getter]
    fn plans<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let plans = PyDict::new(py);
        for (id, plan, _) in self.read_plans() {
            plans.set_item(id, PyPlan { plan })?;
        }
        Ok(plans)
    }

    /// Every file tried, as a dict each.
    #[getter]
    fn documents<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.documents_where(py, |_| true)
    }

    /// The files refused, as a dict each.
    #[getter]
    fn refused<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.documents_where(py, |document| document.plan.is_err())
    }

    /// The entries the walk passed over without reading them, each a dict of `path`
    /// and `reason`.
    #[getter]
    fn skipped<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.skipped
            .iter()
            .map(|skipped| {
                let dict = PyDict::new(py);
                dict.set_item("path", &skipped.name)?;
                dict.set_item("reason", &skipped.reason)?;
                Ok(dict)
            })
            .collect()
    }

    fn tasks(&self, py: Python<'_>) -> PyResult<Vec<(String, PyTask)>> {
        self.across(py, |shared, plan| {
            Ok(plan.tasks().map(|task| PyTask::new(shared, task)).collect())
        })
    }

    fn targets(&self, py: Python<'_>) -> PyResult<Vec<(String, PyTarget)>> {
        self.across(py, |shared, plan| {
            Ok(plan
                .targets()
                .map(|target| PyTarget::new(shared, target))
                .collect())
        })
    }

    fn diagnostics(&self, py: Python<'_>) -> PyResult<Vec<(String, PyDiagnostic)>> {
        self.across(py, |_, plan| {
            Ok(plan.diagnostics().iter().map(PyDiagnostic::from).collect())
        })
    }

    fn tasks_led_by(&self, py: Python<'_>, name: &str) -> PyResult<Vec<(String, PyTask)>> {
        self.tasks_across(py, |plan| plan.tasks_led_by(name))
    }

    fn tasks_supported_by(&self, py: Python<'_>, name: &str) -> PyResult<Vec<(String, PyTask)>> {
        self.tasks_across(py, |plan| plan.tasks_supported_by(name))
    }

    fn tasks_involving(&self, py: Python<'_>, name: &str) -> PyResult<Vec<(String, PyTask)>> {
        self.tasks_across(py, |plan| plan.tasks_involving(name))
    }

    fn tasks_in_domain(&self, py: Python<'_>, domain: &str) -> PyResult<Vec<(String, PyTask)>> {
        self.tasks_across(py, |plan| plan.tasks_in_domain(domain))
    }

    fn targets_due_by(&self, py: Python<'_>, year: i64) -> PyResult<Vec<(String, PyTarget)>> {
        let Some(year) = self::year(year) else {
            return Ok(Vec::new());
        };
        self.across(py, |shared, plan| {
            Ok(plan
                .targets_due_by(year)
                .map(|target| PyTarget::new(shared, target))
                .collect())
        })
    }

    fn targets_for(&self, py: Python<'_>, name: &str) -> PyResult<Vec<(String, PyTarget)>> {
        self.across(py, |shared, plan| {
            Ok(plan
                .targets_for(name)?
                .map(|target| PyTarget::new(shared, target))
                .collect())
        })
    }

    #[pyo3(signature = (*, lead=None, involving=None, domain=None, part=None, group=None, due_by=None, text=None, quote=None, level=None))]
    #[allow(clippy::too_many_arguments)]
    fn query(
        &self,
        py: Python<'_>,
        lead: Option<Names>,
        involving: Option<Names>,
        domain: Option<Names>,
        part: Option<i64>,
        group: Option<i64>,
        due_by: Option<i64>,
        text: Option<Names>,
        quote: Option<Names>,
        level: Option<Names>,
    ) -> PyResult<Vec<(String, PyTask)>> {
        let conditions = Conditions::new(
            lead, involving, domain, part, group, due_by, text, quote, level,
        );
        self.tasks_meeting(py, &conditions)
    }

    #[pyo3(signature = (*, lead=None, involving=None, domain=None, part=None, group=None, due_by=None, text=None, quote=None, level=None))]
    #[allow(clippy::too_many_arguments)]
    fn query_targets(
        &self,
        py: Python<'_>,
        lead: Option<Names>,
        involving: Option<Names>,
        domain: Option<Names>,
        part: Option<i64>,
        group: Option<i64>,
        due_by: Option<i64>,
        text: Option<Names>,
        quote: Option<Names>,
        level: Option<Names>,
    ) -> PyResult<Vec<(String, PyTarget)>> {
        let conditions = Conditions::new(
            lead, involving, domain, part, group, due_by, text, quote, level,
        );
        self.targets_meeting(py, &conditions)
    }

    fn tables<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let documents = &self.documents;
        let built = py.detach(|| corpus_tables(documents.iter()));
        tables(py, built)
    }

    fn __len__(&self) -> usize {
        self.documents.len()
    }

    fn __contains__(&self, id: &Bound<'_, PyAny>) -> bool {
        let Ok(id) = id.extract::<String>() else {
            return false;
        };
        self.positions
            .get(&id)
            .and_then(|&position| self.documents.get(position))
            .is_some_and(|document| document.plan.is_ok())
    }

    fn __getitem__(&self, id: &str) -> PyResult<PyPlan> {
        let position = self.positions.get(id).copied();
        let document = position.and_then(|position| self.documents.get(position));
        if let Some(Err(refusal)) = document.map(|document| &document.plan) {
            return Err(PyKeyError::new_err(format!(
                "{id}: refused: {}",
                refusal.message
            )));
        }
        position
            .and_then(|position| Shared::in_corpus(&self.documents, position))
            .map(|plan| PyPlan { plan })
            .ok_or_else(|| PyKeyError::new_err(id.to_owned()))
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyIterator>> {
        let pairs = PyList::empty(py);
        for (id, plan, _) in self.read_plans() {
            pairs.append((id, PyPlan { plan }))?;
        }
        pairs.try_iter()
    }

    fn __repr__(&self) -> String {
        let total = self.documents.len();
        let read = self.read_count();
        let files = if total == 1 { "file" } else { "files" };
        format!(
            "<Corpus of {total} {files}: {read} read, {} refused>",
            total - read
        )
    }
}

/// The paths `corpus()` was given: one path (a `str` or an `os.PathLike`), or a list
/// (any sequence) of them.
fn arguments(paths: &Bound<'_, PyAny>) -> PyResult<Vec<PathBuf>> {
    if let Ok(path) = paths.extract::<PathBuf>() {
        return Ok(vec![path]);
    }
    paths.extract::<Vec<PathBuf>>().map_err(|_| {
        let given = paths
            .get_type()
            .name()
            .map_or_else(|_| "another type".to_owned(), |name| name.to_string());
        PyTypeError::new_err(format!(
            "corpus() takes a path (a str or an os.PathLike) or a list of them, not {given}"
        ))
    })
}

/// The `OSError` for an argument the corpus could not be found in: `FileNotFoundError`
/// for a path that does not exist, `PermissionError` for one that may not be read, with
/// `errno`, `strerror` (the library's reason) and `filename` as Python's own; a plain
/// `OSError` with the library's message for any other (a FIFO, a socket).
fn not_found(paths: &[PathBuf], err: &CorpusError) -> PyErr {
    let failed = paths
        .iter()
        .find(|path| path.to_string_lossy() == err.name.as_str())
        .and_then(|path| io_error(path));
    match failed {
        Some(io) => {
            let arguments = (io.raw_os_error(), err.reason.clone(), err.name.clone());
            match io.kind() {
                io::ErrorKind::NotFound => PyFileNotFoundError::new_err(arguments),
                io::ErrorKind::PermissionDenied => PyPermissionError::new_err(arguments),
                _ => PyOSError::new_err(arguments),
            }
        }
        None => PyOSError::new_err(err.to_string()),
    }
}

/// The error the file system gives for `path`, as an argument of a corpus: its
/// metadata's, or, for a directory, its listing's.
fn io_error(path: &Path) -> Option<io::Error> {
    match std::fs::metadata(path) {
        Err(err) => Some(err),
        Ok(metadata) if metadata.is_dir() => std::fs::read_dir(path).err(),
        Ok(_) => None,
    }
}

/// A document as a dict: `id`, `path`, `bytes`, `sha256`, `format`, `status`, and for a refused
/// one `refusal` (its kind), `error` (why) and `line` (where, when known), else `None`.
fn document_dict<'py>(py: Python<'py>, document: &Document) -> PyResult<Bound<'py, PyDict>> {
    let refusal = document.plan.as_ref().err();
    let dict = PyDict::new(py);
    dict.set_item("id", document.id())?;
    dict.set_item("path", &document.file.name)?;
    dict.set_item("bytes", document.bytes)?;
    dict.set_item("sha256", document.sha256.as_deref())?;
    dict.set_item("format", document.format.map(|format| format.to_string()))?;
    dict.set_item("status", document.status().to_string())?;
    dict.set_item("refusal", refusal.map(|refusal| refusal.kind.to_string()))?;
    dict.set_item("error", refusal.map(|refusal| refusal.message.as_str()))?;
    dict.set_item("line", refusal.and_then(|refusal| refusal.line))?;
    Ok(dict)
}

//! The Python module `wuzhong_plan`: the crate's plan, parser and queries as Python
//! objects. `docs/python.md` is its guide, `wuzhong_plan.pyi` its exact signatures.
//!
//! Every object holds its plan (the embedded one, `&'static`; a parsed one behind an
//! `Arc`; or a corpus's, held with the corpus's documents behind one `Arc`) and a key
//! into it (a task's number, a target's or an organisation's id), and reads its
//! attributes from the plan when asked; a party or a diagnostic is small and holds a
//! copy. Every list is built when asked and is the caller's own.
//!
//! This file is the module itself: its functions `plan`, `parse`, `from_json`,
//! `parse_html`, `parse_docx` and `corpus`, and what it exports. The rest, one concept a file, each using only those
//! below it:
//!
//! - `py_corpus`: the class `Corpus`, many plans read at once, the queries of `Plan`
//!   across them and their tables (not `corpus`, for the same reason as `py_plan`);
//! - `py_plan`: the class `Plan`, its lookups, queries and renderings (not `plan`:
//!   PyO3 makes a module of that name for the function `plan`);
//! - `task`: the class `Task`;
//! - `target`: the class `Target`;
//! - `party`: the class `Party`;
//! - `organization`: the class `Organization`, and the lead items of a `to_dict`;
//! - `diagnostic`: the class `Diagnostic`;
//! - `query`: the conditions of a query, made into the library's query;
//! - `tables`: a plan's or a corpus's tables as Python lists of dicts;
//! - `arguments`: the arguments of methods read into the library's values;
//! - `errors`: the exception classes, and the library's errors made into them;
//! - `shared`: the plan an object reads from;
//! - `protocol`: the helpers of `__repr__` and `__hash__`.

#![forbid(unsafe_code)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod arguments;
mod diagnostic;
mod errors;
mod organization;
mod party;
mod protocol;
mod py_corpus;
mod py_plan;
mod query;
mod shared;
mod tables;
mod target;
mod task;

use std::sync::Arc;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyString};
use wuzhong_plan::{Error, Plan};

use crate::diagnostic::PyDiagnostic;
use crate::errors::{exceptions, raise, refuse};
use crate::organization::PyOrganization;
use crate::party::PyParty;
use crate::py_corpus::PyCorpus;
use crate::py_plan::PyPlan;
use crate::shared::Shared;
use crate::target::PyTarget;
use crate::task::PyTask;

static EMBEDDED: PyOnceLock<Py<PyPlan>> = PyOnceLock::new();

/// The embedded Wuzhong plan, loaded on first call and the same object on every call.
#[pyfunction]
fn plan(py: Python<'_>) -> PyResult<Py<PyPlan>> {
    let embedded = EMBEDDED.get_or_try_init(py, || {
        let plan = wuzhong_plan::try_plan().map_err(|e| raise(py, e))?;
        Py::new(
            py,
            PyPlan {
                plan: Shared::Embedded(plan),
            },
        )
    })?;
    Ok(embedded.clone_ref(py))
}

/// A plan of the genre read from its text.
#[pyfunction]
fn parse(py: Python<'_>, text: String) -> PyResult<PyPlan> {
    let plan = py
        .detach(|| wuzhong_plan::parse(&text))
        .map_err(|e| raise(py, &Error::from(e)))?;
    Ok(PyPlan {
        plan: Shared::Owned(Arc::new(plan)),
    })
}

/// A plan read from its JSON (the layout of `data/plan.json`).
#[pyfunction]
fn from_json(py: Python<'_>, text: String) -> PyResult<PyPlan> {
    let plan = py
        .detach(|| Plan::from_json(&text))
        .map_err(|e| raise(py, &e))?;
    Ok(PyPlan {
        plan: Shared::Owned(Arc::new(plan)),
    })
}

/// A plan read from a web page or a fragment of one: `bytes` as the page came (its
/// encoding read from the page), or a `str` (read as UTF-8 with a byte-order mark, so
/// that an encoding the page declares is not believed of text already decoded).
#[pyfunction]
fn parse_html(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<PyPlan> {
    let bytes: Vec<u8> = if let Ok(text) = data.cast::<PyString>() {
        let text = text.to_cow()?;
        let mut bytes = Vec::with_capacity(text.len() + 3);
        bytes.extend_from_slice("\u{feff}".as_bytes());
        bytes.extend_from_slice(text.as_bytes());
        bytes
    } else if let Ok(bytes) = data.cast::<PyBytes>() {
        bytes.as_bytes().to_vec()
    } else {
        return Err(PyTypeError::new_err(format!(
            "parse_html takes bytes or a str, not {}",
            data.get_type().name()?
        )));
    };
    let plan = py
        .detach(|| wuzhong_plan::parse_html(&bytes))
        .map_err(|refusal| refuse(py, &refusal))?;
    Ok(PyPlan {
        plan: Shared::Owned(Arc::new(plan)),
    })
}

/// A plan read from a Word document (`.docx`), its bytes.
#[pyfunction]
fn parse_docx(py: Python<'_>, data: &[u8]) -> PyResult<PyPlan> {
    let plan = py
        .detach(|| wuzhong_plan::parse_docx(data))
        .map_err(|refusal| refuse(py, &refusal))?;
    Ok(PyPlan {
        plan: Shared::Owned(Arc::new(plan)),
    })
}

/// Many plans at once: the files `paths` names (a path, or a list of them), each a plan's
/// file or a directory read recursively, each file read as a plan or refused.
#[pyfunction]
fn corpus(py: Python<'_>, paths: &Bound<'_, PyAny>) -> PyResult<PyCorpus> {
    PyCorpus::read(py, paths)
}

/// The Wuzhong plan (吳忠市“十四五”公共服務發展實施方案) as typed, queryable objects, and a
/// parser for plans of its genre.
#[pymodule]
#[pyo3(name = "wuzhong_plan")]
fn python_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(plan, m)?)?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(from_json, m)?)?;
    m.add_function(wrap_pyfunction!(parse_html, m)?)?;
    m.add_function(wrap_pyfunction!(parse_docx, m)?)?;
    m.add_function(wrap_pyfunction!(corpus, m)?)?;
    m.add_class::<PyCorpus>()?;
    m.add_class::<PyPlan>()?;
    m.add_class::<PyTask>()?;
    m.add_class::<PyTarget>()?;
    m.add_class::<PyOrganization>()?;
    m.add_class::<PyParty>()?;
    m.add_class::<PyDiagnostic>()?;
    let classes = exceptions(py)?;
    m.add("Error", classes.error.bind(py))?;
    m.add("ParseError", classes.parse.bind(py))?;
    m.add("UnknownNameError", classes.unknown.bind(py))?;
    m.add("AmbiguousNameError", classes.ambiguous.bind(py))?;
    m.add("RefusedError", classes.refused.bind(py))?;
    Ok(())
}

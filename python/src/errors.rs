//! The errors the module raises: its exception classes (`Error`, `ParseError`,
//! `UnknownNameError`, `AmbiguousNameError`, `RefusedError`), made once; the conversion
//! of the library's `Error` and `Refusal` to them; and the error for an object whose key
//! its plan does not answer.

use pyo3::exceptions::{PyException, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple, PyType};
use wuzhong_plan::{Error, Refusal};

/// The module's exception classes, made once: `Error`, and under it `ParseError` (also a
/// `ValueError`), `UnknownNameError` and `AmbiguousNameError` (both `LookupError`s), and
/// `RefusedError` (a `ValueError`).
pub(crate) struct Exceptions {
    pub(crate) error: Py<PyType>,
    pub(crate) parse: Py<PyType>,
    pub(crate) unknown: Py<PyType>,
    pub(crate) ambiguous: Py<PyType>,
    pub(crate) refused: Py<PyType>,
}

static EXCEPTIONS: PyOnceLock<Exceptions> = PyOnceLock::new();

pub(crate) fn exceptions(py: Python<'_>) -> PyResult<&'static Exceptions> {
    EXCEPTIONS.get_or_try_init(py, || {
        let class = |name: &str, bases: Vec<Bound<'_, PyType>>, doc: &str| {
            let namespace = PyDict::new(py);
            namespace.set_item("__module__", "wuzhong_plan")?;
            namespace.set_item("__doc__", doc)?;
            let made =
                py.get_type::<PyType>()
                    .call1((name, PyTuple::new(py, bases)?, namespace))?;
            Ok::<_, PyErr>(made.cast_into::<PyType>()?.unbind())
        };
        let error = class(
            "Error",
            vec![py.get_type::<PyException>()],
            "The base of every error the module raises; its message is the Rust library's.",
        )?;
        let parse = class(
            "ParseError",
            vec![error.bind(py).clone(), py.get_type::<PyValueError>()],
            "A text that does not read as a plan of the genre, JSON that is not a plan, or a \
             plan whose parts do not fit together. `line` and `column` say where, when known.",
        )?;
        let lookup = py.get_type::<pyo3::exceptions::PyLookupError>();
        let unknown = class(
            "UnknownNameError",
            vec![error.bind(py).clone(), lookup.clone()],
            "A name that is no department's, organisation's or domain's. `name` is the name \
             given; `suggestions` the closest known names, best first (possibly none).",
        )?;
        let ambiguous = class(
            "AmbiguousNameError",
            vec![error.bind(py).clone(), lookup],
            "A name several kinds of body share (an abbreviation such as 科信局). `name` is \
             the name given; `suggestions` the kinds it could mean.",
        )?;
        let refused = class(
            "RefusedError",
            vec![error.bind(py).clone(), py.get_type::<PyValueError>()],
            "A file that holds no plan, read as published (`parse_html`, `parse_docx`): a \
             page with no article, a file that is no Word document, one over the limits, or \
             text that does not read as a plan. `kind` is the refusal's kind ('not-word', \
             'no-body', 'too-large'…), `line` the line of the text read, when known.",
        )?;
        Ok(Exceptions {
            error,
            parse,
            unknown,
            ambiguous,
            refused,
        })
    })
}

/// The Python exception for a library error: its class, the library's message, and the
/// attributes of the class.
pub(crate) fn raise(py: Python<'_>, err: &Error) -> PyErr {
    build_exception(py, err).unwrap_or_else(|failed| failed)
}

fn build_exception(py: Python<'_>, err: &Error) -> PyResult<PyErr> {
    let classes = exceptions(py)?;
    let message = err.to_string();
    let (class, name, line, column) = match err {
        Error::UnknownDepartment { input, .. }
        | Error::UnknownDomain { input, .. }
        | Error::UnknownActor { input }
        | Error::UnknownLevel { input } => (&classes.unknown, Some(input), None, None),
        Error::AmbiguousDepartment { input, .. } => (&classes.ambiguous, Some(input), None, None),
        Error::Parse(parse) => (&classes.parse, None, Some(parse.line), None),
        Error::Json { line, column, .. } => (&classes.parse, None, Some(*line), Some(*column)),
        Error::UnsupportedSchema { .. }
        | Error::Invalid(_)
        | Error::InvalidDecimal { .. }
        | Error::InvalidDeadline { .. }
        | Error::InvalidDate { .. } => (&classes.parse, None, None, None),
        _ => (&classes.error, None, None, None),
    };
    let exception = class.bind(py).call1((message,))?;
    if let Some(name) = name {
        exception.setattr("name", name)?;
        exception.setattr("suggestions", err.suggested_names())?;
    }
    if class.is(&classes.parse) {
        exception.setattr("line", line)?;
        exception.setattr("column", column)?;
    }
    Ok(PyErr::from_value(exception))
}

/// The Python exception for a file the library refused: `RefusedError`, with the
/// refusal's message, its kind and its line.
pub(crate) fn refuse(py: Python<'_>, refusal: &Refusal) -> PyErr {
    build_refusal(py, refusal).unwrap_or_else(|failed| failed)
}

fn build_refusal(py: Python<'_>, refusal: &Refusal) -> PyResult<PyErr> {
    let classes = exceptions(py)?;
    let exception = classes
        .refused
        .bind(py)
        .call1((refusal.message.as_str(),))?;
    exception.setattr("kind", refusal.kind.to_string())?;
    exception.setattr("line", refusal.line)?;
    Ok(PyErr::from_value(exception))
}

/// The error for an object whose key its plan no longer answers, which cannot happen
/// for objects the module makes: plans do not change.
pub(crate) fn missing(what: &str, key: impl std::fmt::Display) -> PyErr {
    PyRuntimeError::new_err(format!("{what} {key} is not in its plan"))
}

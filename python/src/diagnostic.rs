//! The class `Diagnostic`: something reading a plan noticed but could not fully
//! understand, copied from the plan.

use pyo3::prelude::*;
use pyo3::types::PyDict;
use wuzhong_plan::Diagnostic;

use crate::protocol::repr;

/// Something reading the plan noticed but could not fully understand.
#[pyclass(frozen, eq, hash, module = "wuzhong_plan", name = "Diagnostic")]
#[derive(PartialEq, Eq, Hash)]
pub(crate) struct PyDiagnostic {
    line: usize,
    node: String,
    kind: String,
    message: String,
}

impl From<&Diagnostic> for PyDiagnostic {
    fn from(diagnostic: &Diagnostic) -> PyDiagnostic {
        PyDiagnostic {
            line: diagnostic.line,
            node: diagnostic.node.clone(),
            kind: diagnostic.kind.to_string(),
            message: diagnostic.message.clone(),
        }
    }
}

#[pymethods]
impl PyDiagnostic {
    #[getter]
    fn line(&self) -> usize {
        self.line
    }

    #[getter]
    fn node(&self) -> &str {
        &self.node
    }

    #[getter]
    fn kind(&self) -> &str {
        &self.kind
    }

    #[getter]
    fn message(&self) -> &str {
        &self.message
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("line", self.line)?;
        dict.set_item("node", &self.node)?;
        dict.set_item("kind", &self.kind)?;
        dict.set_item("message", &self.message)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Diagnostic(line={}, kind={}, message={})",
            self.line,
            repr(py, &self.kind)?,
            repr(py, &self.message)?
        ))
    }
}

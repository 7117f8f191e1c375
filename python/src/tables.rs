//! The tables of `Plan.tables` and `Corpus.tables`: each a list of rows, each row a
//! dict of its cells as Python values.

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyString};
use wuzhong_plan::{Cell, Table};

/// A cell of a table as Python holds it: `None`, a `bool`, an `int`, a `float`
/// (the decimals of the plan, as `Target.value` gives them) or a `str`.
fn cell_value<'py>(py: Python<'py>, cell: &Cell<'_>) -> PyResult<Bound<'py, PyAny>> {
    Ok(match cell {
        Cell::Bool(value) => PyBool::new(py, *value).to_owned().into_any(),
        Cell::Integer(value) => value.into_pyobject(py)?.into_any(),
        Cell::Number(value) => value.to_f64().into_pyobject(py)?.into_any(),
        Cell::String(text) => PyString::new(py, text).into_any(),
        Cell::Null => py.None().into_bound(py),
        other => {
            return Err(PyRuntimeError::new_err(format!(
                "a table cell of a kind this module does not know: {other:?}"
            )));
        }
    })
}

/// The tables, by name: each a list of its rows as dicts, in the order of its fields.
pub(crate) fn tables<'py, 'p>(
    py: Python<'py>,
    given: impl IntoIterator<Item = Table<'p>>,
) -> PyResult<Bound<'py, PyDict>> {
    let tables = PyDict::new(py);
    for table in given {
        let rows = PyList::empty(py);
        for record in table.records() {
            let row = PyDict::new(py);
            for (name, cell) in record {
                row.set_item(name, cell_value(py, cell)?)?;
            }
            rows.append(row)?;
        }
        tables.set_item(table.name, rows)?;
    }
    Ok(tables)
}

//! The helpers of the Python protocols the classes implement: the quoting of strings
//! for `__repr__`, and the hash for `__hash__`.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use pyo3::prelude::*;
use pyo3::types::PyString;

/// Python's `repr` of a string, for the `__repr__` of objects.
pub(crate) fn repr(py: Python<'_>, text: &str) -> PyResult<String> {
    Ok(PyString::new(py, text).repr()?.to_string())
}

pub(crate) fn hash_of(value: &impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

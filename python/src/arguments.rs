//! The arguments of methods as Python gives them, read into the library's values: a
//! name or several, a script's name, a year.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use strum::IntoEnumIterator;
use wuzhong_plan::{RenderOptions, Script};

/// A name, or several names that must all hold.
#[derive(FromPyObject)]
pub(crate) enum Names {
    One(String),
    Many(Vec<String>),
}

impl Names {
    fn into_vec(self) -> Vec<String> {
        match self {
            Names::One(name) => vec![name],
            Names::Many(names) => names,
        }
    }
}

pub(crate) fn names(given: Option<Names>) -> Vec<String> {
    given.map(Names::into_vec).unwrap_or_default()
}

/// The render options for a script's name (`traditional`, `simplified`), or none.
pub(crate) fn options(script: Option<&str>) -> PyResult<RenderOptions> {
    match script {
        None => Ok(RenderOptions::default()),
        Some(name) => match name.parse::<Script>() {
            Ok(script) => Ok(RenderOptions::default().script(script)),
            Err(_) => Err(PyValueError::new_err(format!(
                "unknown script {name:?}: expected one of {}",
                Script::iter()
                    .map(|s| s.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        },
    }
}

/// A year as the library takes it: `None` for a year before 0, by which nothing is due;
/// a year past `u16::MAX` is that year.
pub(crate) fn year(year: i64) -> Option<u16> {
    (year >= 0).then(|| u16::try_from(year).unwrap_or(u16::MAX))
}

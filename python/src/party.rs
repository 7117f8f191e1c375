//! The class `Party`: one body of a task's responsibility, as the text names it, with
//! its role and the basis of its role.

use pyo3::prelude::*;
use pyo3::types::PyDict;
use wuzhong_plan::{Party, Role, RoleBasis};

use crate::organization::PyOrganization;
use crate::protocol::{hash_of, repr};
use crate::shared::Shared;

/// One body of a task's responsibility, as the text names it, with its role.
#[pyclass(frozen, module = "wuzhong_plan", name = "Party")]
pub(crate) struct PyParty {
    plan: Shared,
    organization: String,
    quote: String,
    role: Role,
    basis: RoleBasis,
}

impl PyParty {
    pub(crate) fn new(plan: &Shared, party: &Party) -> PyParty {
        PyParty {
            plan: plan.clone(),
            organization: party.organization.clone(),
            quote: party.quote.clone(),
            role: party.role,
            basis: party.basis,
        }
    }

    fn key(&self) -> (&str, &str, Role, RoleBasis) {
        (&self.organization, &self.quote, self.role, self.basis)
    }
}

#[pymethods]
impl PyParty {
    #[getter]
    fn organization(&self) -> PyResult<Option<PyOrganization>> {
        Ok(self
            .plan
            .plan()?
            .organization(&self.organization)
            .map(|o| PyOrganization::new(&self.plan, o)))
    }

    #[getter]
    fn organization_id(&self) -> &str {
        &self.organization
    }

    #[getter]
    fn name(&self) -> PyResult<Option<&str>> {
        Ok(self
            .plan
            .plan()?
            .organization(&self.organization)
            .map(|o| o.name.as_str()))
    }

    #[getter]
    fn quote(&self) -> &str {
        &self.quote
    }

    #[getter]
    fn role(&self) -> String {
        self.role.to_string()
    }

    #[getter]
    fn basis(&self) -> String {
        self.basis.to_string()
    }

    /// Its organisation's level of government (`city`, `national`…), or `None`.
    #[getter]
    fn level(&self) -> PyResult<Option<String>> {
        Ok(self
            .plan
            .plan()?
            .organization(&self.organization)
            .and_then(|o| o.level)
            .map(|level| level.to_string()))
    }

    pub(crate) fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("organization", &self.organization)?;
        dict.set_item("name", self.name()?)?;
        dict.set_item("quote", &self.quote)?;
        dict.set_item("role", self.role())?;
        dict.set_item("basis", self.basis())?;
        dict.set_item("level", self.level()?)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Party({}, role={})",
            repr(py, &self.quote)?,
            repr(py, &self.role.to_string())?
        ))
    }

    fn __eq__(&self, other: PyRef<'_, PyParty>) -> bool {
        self.key() == other.key()
    }

    fn __hash__(&self) -> u64 {
        hash_of(&self.key())
    }
}

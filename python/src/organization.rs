//! The class `Organization`: a body the plan names, with its names, kind, level and
//! members; and the items of a `to_dict` that name the organisations leading a task or
//! a target.

use pyo3::prelude::*;
use pyo3::types::PyDict;
use wuzhong_plan::Organization;

use crate::errors::missing;
use crate::protocol::{hash_of, repr};
use crate::shared::Shared;

/// A body the plan names, once however many times and names it is written with.
#[pyclass(frozen, module = "wuzhong_plan", name = "Organization")]
pub(crate) struct PyOrganization {
    plan: Shared,
    id: String,
}

impl PyOrganization {
    pub(crate) fn new(plan: &Shared, organization: &Organization) -> PyOrganization {
        PyOrganization {
            plan: plan.clone(),
            id: organization.id.clone(),
        }
    }

    pub(crate) fn get(&self) -> PyResult<&Organization> {
        self.plan
            .plan()?
            .organization(&self.id)
            .ok_or_else(|| missing("organisation", &self.id))
    }
}

#[pymethods]
impl PyOrganization {
    #[getter]
    fn id(&self) -> &str {
        &self.id
    }

    #[getter]
    fn name(&self) -> PyResult<&str> {
        Ok(&self.get()?.name)
    }

    #[getter]
    fn kind(&self) -> PyResult<Option<&'static str>> {
        Ok(self.get()?.kind.map(|kind| kind.id()))
    }

    #[getter]
    fn level(&self) -> PyResult<Option<String>> {
        Ok(self.get()?.level.map(|level| level.to_string()))
    }

    #[getter]
    fn place(&self) -> PyResult<Option<&str>> {
        Ok(self.get()?.place.as_deref())
    }

    #[getter]
    fn other_names(&self) -> PyResult<Vec<&str>> {
        Ok(self
            .get()?
            .other_names
            .iter()
            .map(|o| o.name.as_str())
            .collect())
    }

    #[getter]
    fn names(&self) -> PyResult<Vec<&str>> {
        Ok(self.get()?.names().collect())
    }

    #[getter]
    fn members(&self) -> PyResult<Vec<&str>> {
        Ok(self.get()?.members.iter().map(String::as_str).collect())
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let organization = self.get()?;
        let dict = PyDict::new(py);
        dict.set_item("id", &organization.id)?;
        dict.set_item("name", &organization.name)?;
        dict.set_item("kind", self.kind()?)?;
        dict.set_item("level", self.level()?)?;
        dict.set_item("place", organization.place.as_deref())?;
        dict.set_item("other_names", self.other_names()?)?;
        dict.set_item("members", self.members()?)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Organization({}, {})",
            repr(py, &self.id)?,
            repr(py, &self.get()?.name)?
        ))
    }

    fn __eq__(&self, other: PyRef<'_, PyOrganization>) -> PyResult<bool> {
        Ok(self.get()? == other.get()?)
    }

    fn __hash__(&self) -> PyResult<u64> {
        Ok(hash_of(self.get()?))
    }
}

/// `lead`, `lead_id` and `leads` of a `to_dict`: the first lead's name and id, and
/// every lead's name.
pub(crate) fn organization_items(
    dict: &Bound<'_, PyDict>,
    leads: &[PyOrganization],
) -> PyResult<()> {
    let first = leads.first().map(PyOrganization::get).transpose()?;
    dict.set_item("lead", first.map(|o| o.name.as_str()))?;
    dict.set_item("lead_id", first.map(|o| o.id.as_str()))?;
    dict.set_item("leads", names_of(leads)?)?;
    Ok(())
}

pub(crate) fn names_of(organizations: &[PyOrganization]) -> PyResult<Vec<&str>> {
    organizations
        .iter()
        .map(|o| o.get().map(|o| o.name.as_str()))
        .collect()
}

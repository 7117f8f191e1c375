//! The class `Target`: a commitment the plan states, with its quantity, its deadline
//! and the organisations that lead it.

use pyo3::prelude::*;
use pyo3::types::PyDict;
use wuzhong_plan::Target;

use crate::arguments::year;
use crate::errors::missing;
use crate::organization::{PyOrganization, organization_items};
use crate::protocol::{hash_of, repr};
use crate::shared::Shared;

/// A commitment the plan states: its quote, number, unit and deadline.
#[pyclass(frozen, module = "wuzhong_plan", name = "Target")]
pub(crate) struct PyTarget {
    plan: Shared,
    id: String,
}

impl PyTarget {
    pub(crate) fn new(plan: &Shared, target: &Target) -> PyTarget {
        PyTarget {
            plan: plan.clone(),
            id: target.id.clone(),
        }
    }

    fn get(&self) -> PyResult<&Target> {
        self.plan
            .plan()?
            .target(&self.id)
            .ok_or_else(|| missing("target", &self.id))
    }

    fn lead_list(&self) -> PyResult<Vec<PyOrganization>> {
        let target = self.get()?;
        Ok(self
            .plan
            .plan()?
            .target_leads(target)
            .map(|o| PyOrganization::new(&self.plan, o))
            .collect())
    }
}

#[pymethods]
impl PyTarget {
    #[getter]
    fn id(&self) -> &str {
        &self.id
    }

    #[getter]
    fn task(&self) -> PyResult<Option<u16>> {
        Ok(self.get()?.task)
    }

    #[getter]
    fn part(&self) -> PyResult<u8> {
        Ok(self.get()?.part)
    }

    #[getter]
    fn quote(&self) -> PyResult<&str> {
        Ok(&self.get()?.quote)
    }

    #[getter]
    fn metric(&self) -> PyResult<&str> {
        Ok(&self.get()?.metric)
    }

    #[getter]
    fn metric_english(&self) -> PyResult<Option<&str>> {
        Ok(self.get()?.metric_english.as_deref())
    }

    #[getter]
    fn kind(&self) -> PyResult<String> {
        Ok(self.get()?.kind().to_string())
    }

    #[getter]
    fn comparator(&self) -> PyResult<Option<String>> {
        Ok(self.get()?.quantity.map(|q| q.comparator.to_string()))
    }

    #[getter]
    fn value(&self) -> PyResult<Option<f64>> {
        Ok(self.get()?.quantity.map(|q| q.value.to_f64()))
    }

    #[getter]
    fn value_max(&self) -> PyResult<Option<f64>> {
        Ok(self
            .get()?
            .quantity
            .and_then(|q| q.max)
            .map(|max| max.to_f64()))
    }

    #[getter]
    fn unit(&self) -> PyResult<Option<String>> {
        Ok(self.get()?.quantity.map(|q| q.unit.to_string()))
    }

    #[getter]
    fn deadline_year(&self) -> PyResult<Option<u16>> {
        Ok(self.get()?.deadline.map(|d| d.year))
    }

    #[getter]
    fn end_of_year(&self) -> PyResult<Option<bool>> {
        Ok(self.get()?.deadline.map(|d| d.end_of_year))
    }

    #[getter]
    fn lead(&self) -> PyResult<Option<PyOrganization>> {
        Ok(self.lead_list()?.into_iter().next())
    }

    #[getter]
    fn leads(&self) -> PyResult<Vec<PyOrganization>> {
        self.lead_list()
    }

    fn is_due_by(&self, year: i64) -> PyResult<bool> {
        let target = self.get()?;
        Ok(self::year(year).is_some_and(|year| target.is_due_by(year)))
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let target = self.get()?;
        let dict = PyDict::new(py);
        dict.set_item("id", &target.id)?;
        dict.set_item("task", target.task)?;
        dict.set_item("part", target.part)?;
        dict.set_item("quote", &target.quote)?;
        dict.set_item("metric", &target.metric)?;
        dict.set_item("metric_english", target.metric_english.as_deref())?;
        dict.set_item("kind", target.kind().to_string())?;
        dict.set_item("comparator", self.comparator()?)?;
        dict.set_item("value", self.value()?)?;
        dict.set_item("value_max", self.value_max()?)?;
        dict.set_item("unit", self.unit()?)?;
        dict.set_item("deadline_year", self.deadline_year()?)?;
        dict.set_item("end_of_year", self.end_of_year()?)?;
        organization_items(&dict, &self.lead_list()?)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Target({}, {})",
            repr(py, &self.id)?,
            repr(py, &self.get()?.quote)?
        ))
    }

    fn __eq__(&self, other: PyRef<'_, PyTarget>) -> PyResult<bool> {
        Ok(self.get()? == other.get()?)
    }

    fn __hash__(&self) -> PyResult<u64> {
        Ok(hash_of(self.get()?))
    }
}

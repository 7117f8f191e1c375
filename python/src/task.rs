//! The class `Task`: a task of a plan, its number as the text writes it, its text, its
//! parties and the organisations they name, its domains and its targets.

use pyo3::prelude::*;
use pyo3::types::PyDict;
use wuzhong_plan::{Role, Task};

use crate::errors::missing;
use crate::organization::{PyOrganization, names_of, organization_items};
use crate::party::PyParty;
use crate::protocol::{hash_of, repr};
use crate::shared::Shared;
use crate::target::PyTarget;

/// A task of a plan.
#[pyclass(frozen, module = "wuzhong_plan", name = "Task")]
pub(crate) struct PyTask {
    plan: Shared,
    number: u16,
}

impl PyTask {
    pub(crate) fn new(plan: &Shared, task: &Task) -> PyTask {
        PyTask {
            plan: plan.clone(),
            number: task.number,
        }
    }

    fn get(&self) -> PyResult<&Task> {
        self.plan
            .plan()?
            .task(self.number)
            .ok_or_else(|| missing("task", self.number))
    }

    fn organizations_with(&self, role: Option<Role>) -> PyResult<Vec<PyOrganization>> {
        let plan = self.plan.plan()?;
        Ok(self
            .get()?
            .responsible()
            .filter(|party| role.is_none_or(|role| party.role == role))
            .filter_map(|party| plan.organization(&party.organization))
            .map(|o| PyOrganization::new(&self.plan, o))
            .collect())
    }
}

#[pymethods]
impl PyTask {
    #[getter]
    fn number(&self) -> u16 {
        self.number
    }

    #[getter]
    fn id(&self) -> PyResult<&str> {
        Ok(&self.get()?.id)
    }

    #[getter]
    fn title(&self) -> PyResult<&str> {
        Ok(&self.get()?.title)
    }

    #[getter]
    fn body(&self) -> PyResult<&str> {
        Ok(&self.get()?.body)
    }

    #[getter]
    fn part(&self) -> PyResult<u8> {
        Ok(self.get()?.part)
    }

    #[getter]
    fn group(&self) -> PyResult<Option<u8>> {
        Ok(self.get()?.group)
    }

    #[getter]
    fn label(&self) -> PyResult<String> {
        Ok(self.get()?.label())
    }

    #[getter]
    fn written_number(&self) -> PyResult<Option<u16>> {
        Ok(self.get()?.written_number())
    }

    #[getter]
    fn marker(&self) -> PyResult<String> {
        Ok(self.get()?.marker.to_string())
    }

    #[getter]
    fn level(&self) -> PyResult<u8> {
        Ok(self.plan.plan()?.level_of(self.get()?))
    }

    #[getter]
    fn annex(&self) -> PyResult<Option<u8>> {
        let part = self.get()?.part;
        Ok(self.plan.plan()?.part(part).and_then(|part| part.annex))
    }

    #[getter]
    fn lead(&self) -> PyResult<Option<PyOrganization>> {
        Ok(self
            .organizations_with(Some(Role::Lead))?
            .into_iter()
            .next())
    }

    #[getter]
    fn leads(&self) -> PyResult<Vec<PyOrganization>> {
        self.organizations_with(Some(Role::Lead))
    }

    #[getter]
    fn supporters(&self) -> PyResult<Vec<PyOrganization>> {
        self.organizations_with(Some(Role::Support))
    }

    #[getter]
    fn parties(&self) -> PyResult<Vec<PyParty>> {
        Ok(self
            .get()?
            .responsible()
            .map(|party| PyParty::new(&self.plan, party))
            .collect())
    }

    #[getter]
    fn domains(&self) -> PyResult<Vec<&'static str>> {
        Ok(self
            .get()?
            .domains
            .iter()
            .map(|tag| tag.domain.id())
            .collect())
    }

    #[getter]
    fn targets(&self) -> PyResult<Vec<PyTarget>> {
        Ok(self
            .plan
            .plan()?
            .targets_in_task(self.number)
            .map(|target| PyTarget::new(&self.plan, target))
            .collect())
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let task = self.get()?;
        let leads = self.organizations_with(Some(Role::Lead))?;
        let supporters = self.organizations_with(Some(Role::Support))?;
        let dict = PyDict::new(py);
        dict.set_item("number", task.number)?;
        dict.set_item("id", &task.id)?;
        dict.set_item("part", task.part)?;
        dict.set_item("group", task.group)?;
        dict.set_item("label", task.label())?;
        dict.set_item("written_number", task.written_number())?;
        dict.set_item("level", self.level()?)?;
        dict.set_item("annex", self.annex()?)?;
        dict.set_item("title", &task.title)?;
        dict.set_item("body", &task.body)?;
        organization_items(&dict, &leads)?;
        dict.set_item("supporters", names_of(&supporters)?)?;
        let parties = self
            .parties()?
            .iter()
            .map(|party| party.to_dict(py))
            .collect::<PyResult<Vec<_>>>()?;
        dict.set_item("parties", parties)?;
        dict.set_item("domains", self.domains()?)?;
        let targets: Vec<&str> = self
            .plan
            .plan()?
            .targets_in_task(self.number)
            .map(|t| t.id.as_str())
            .collect();
        dict.set_item("targets", targets)?;
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let task = self.get()?;
        let lead = self.organizations_with(Some(Role::Lead))?;
        let title = repr(py, &task.title)?;
        Ok(match lead.first() {
            Some(lead) => format!(
                "Task({}, {title}, lead={})",
                task.number,
                repr(py, &lead.get()?.name)?
            ),
            None => format!("Task({}, {title})", task.number),
        })
    }

    fn __eq__(&self, other: PyRef<'_, PyTask>) -> PyResult<bool> {
        Ok(self.get()? == other.get()?)
    }

    fn __hash__(&self) -> PyResult<u64> {
        let task = self.get()?;
        Ok(hash_of(&(task.number, &task.id, &task.title, &task.body)))
    }
}

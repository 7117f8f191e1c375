//! The class `Plan`: a plan's metadata, its tasks, targets and organisations, its
//! lookups and queries, its diagnostics, and its renderings.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use strum::IntoEnumIterator;
use wuzhong_plan::{Format, Target, Task};

use crate::arguments::{Names, names, options, year};
use crate::diagnostic::PyDiagnostic;
use crate::errors::raise;
use crate::organization::PyOrganization;
use crate::protocol::{hash_of, repr};
use crate::query::Conditions;
use crate::shared::Shared;
use crate::tables::tables;
use crate::target::PyTarget;
use crate::task::PyTask;

/// A plan: the embedded Wuzhong plan (`plan()`), or one read by `parse` or `from_json`.
#[pyclass(frozen, module = "wuzhong_plan", name = "Plan")]
pub(crate) struct PyPlan {
    pub(crate) plan: Shared,
}

impl PyPlan {
    fn task_object(&self, task: &Task) -> PyTask {
        PyTask::new(&self.plan, task)
    }

    fn tasks_of<'a>(&self, tasks: impl Iterator<Item = &'a Task>) -> Vec<PyTask> {
        tasks.map(|task| self.task_object(task)).collect()
    }

    fn targets_of<'a>(&self, targets: impl Iterator<Item = &'a Target>) -> Vec<PyTarget> {
        targets
            .map(|target| PyTarget::new(&self.plan, target))
            .collect()
    }
}

#[pymethods]
impl PyPlan {
    /// The title the front matter gives, if any.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.plan.metadata().title.as_deref()
    }

    /// The front matter's metadata as a dict.
    #[getter]
    fn metadata<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let metadata = self.plan.metadata();
        let dict = PyDict::new(py);
        dict.set_item("title", metadata.title.as_deref())?;
        dict.set_item("notice_title", metadata.notice_title.as_deref())?;
        dict.set_item("document_number", metadata.document_number.as_deref())?;
        dict.set_item("issuer", metadata.issuer.as_deref())?;
        dict.set_item("approver", metadata.approver.as_deref())?;
        dict.set_item("issue_date", metadata.issue_date.map(|d| d.to_string()))?;
        dict.set_item("period", metadata.period.map(|p| (p.start, p.end)))?;
        Ok(dict)
    }

    fn tasks(&self) -> Vec<PyTask> {
        self.tasks_of(self.plan.tasks())
    }

    fn task(&self, number: i64) -> Option<PyTask> {
        let number = u16::try_from(number).ok()?;
        self.plan.task(number).map(|task| self.task_object(task))
    }

    fn task_by_reference(&self, reference: &str) -> Option<PyTask> {
        self.plan
            .task_by_reference(reference)
            .map(|task| self.task_object(task))
    }

    fn tasks_by_reference(&self, reference: &str) -> Vec<PyTask> {
        self.tasks_of(self.plan.tasks_by_reference(reference))
    }

    fn annexes<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        self.plan
            .annexes()
            .iter()
            .map(|annex| {
                let dict = PyDict::new(py);
                dict.set_item("number", annex.number)?;
                dict.set_item("id", &annex.id)?;
                dict.set_item("heading", &annex.heading)?;
                dict.set_item("title", annex.title())?;
                dict.set_item("lines", &annex.lines)?;
                dict.set_item("signature", &annex.signature)?;
                // Numbers, not bytes: PyO3 makes a `Vec<u8>` a `bytes`.
                let parts: Vec<u16> = self
                    .plan
                    .parts()
                    .filter(|part| part.annex == Some(annex.number))
                    .map(|part| u16::from(part.number))
                    .collect();
                dict.set_item("parts", parts)?;
                Ok(dict)
            })
            .collect()
    }

    /// The signature block that ends the plan's own text (issuer, date).
    #[getter]
    fn signature(&self) -> Vec<String> {
        self.plan.signature().to_vec()
    }

    fn tasks_led_by(&self, py: Python<'_>, name: &str) -> PyResult<Vec<PyTask>> {
        let tasks = self.plan.tasks_led_by(name).map_err(|e| raise(py, &e))?;
        Ok(self.tasks_of(tasks))
    }

    fn tasks_supported_by(&self, py: Python<'_>, name: &str) -> PyResult<Vec<PyTask>> {
        let tasks = self
            .plan
            .tasks_supported_by(name)
            .map_err(|e| raise(py, &e))?;
        Ok(self.tasks_of(tasks))
    }

    fn tasks_involving(&self, py: Python<'_>, name: &str) -> PyResult<Vec<PyTask>> {
        let tasks = self.plan.tasks_involving(name).map_err(|e| raise(py, &e))?;
        Ok(self.tasks_of(tasks))
    }

    fn tasks_in_domain(&self, py: Python<'_>, domain: &str) -> PyResult<Vec<PyTask>> {
        let tasks = self
            .plan
            .tasks_in_domain(domain)
            .map_err(|e| raise(py, &e))?;
        Ok(self.tasks_of(tasks))
    }

    fn targets(&self) -> Vec<PyTarget> {
        self.targets_of(self.plan.targets())
    }

    fn target(&self, id: &str) -> Option<PyTarget> {
        self.plan
            .target(id)
            .map(|target| PyTarget::new(&self.plan, target))
    }

    fn targets_in_task(&self, number: i64) -> Vec<PyTarget> {
        match u16::try_from(number) {
            Ok(number) => self.targets_of(self.plan.targets_in_task(number)),
            Err(_) => Vec::new(),
        }
    }

    fn targets_due_by(&self, year: i64) -> Vec<PyTarget> {
        match self::year(year) {
            Some(year) => self.targets_of(self.plan.targets_due_by(year)),
            None => Vec::new(),
        }
    }

    fn targets_for(&self, py: Python<'_>, name: &str) -> PyResult<Vec<PyTarget>> {
        let targets = self.plan.targets_for(name).map_err(|e| raise(py, &e))?;
        Ok(self.targets_of(targets))
    }

    fn organizations(&self) -> Vec<PyOrganization> {
        self.plan
            .organizations()
            .map(|o| PyOrganization::new(&self.plan, o))
            .collect()
    }

    fn organization(&self, id: &str) -> Option<PyOrganization> {
        self.plan
            .organization(id)
            .map(|o| PyOrganization::new(&self.plan, o))
    }

    #[pyo3(signature = (*, lead=None, involving=None, domain=None, part=None, group=None, due_by=None, text=None, quote=None, level=None))]
    #[allow(clippy::too_many_arguments)]
    fn query(
        &self,
        py: Python<'_>,
        lead: Option<Names>,
        involving: Option<Names>,
        domain: Option<Names>,
        part: Option<i64>,
        group: Option<i64>,
        due_by: Option<i64>,
        text: Option<Names>,
        quote: Option<Names>,
        level: Option<Names>,
    ) -> PyResult<Vec<PyTask>> {
        let conditions = Conditions {
            lead: names(lead),
            involving: names(involving),
            domain: names(domain),
            part,
            group,
            due_by,
            text: names(text),
            quote: names(quote),
            level: names(level),
        };
        let query = conditions.query(&self.plan).map_err(|e| raise(py, &e))?;
        Ok(query.map_or_else(Vec::new, |query| self.tasks_of(query.tasks())))
    }

    #[pyo3(signature = (*, lead=None, involving=None, domain=None, part=None, group=None, due_by=None, text=None, quote=None, level=None))]
    #[allow(clippy::too_many_arguments)]
    fn query_targets(
        &self,
        py: Python<'_>,
        lead: Option<Names>,
        involving: Option<Names>,
        domain: Option<Names>,
        part: Option<i64>,
        group: Option<i64>,
        due_by: Option<i64>,
        text: Option<Names>,
        quote: Option<Names>,
        level: Option<Names>,
    ) -> PyResult<Vec<PyTarget>> {
        let conditions = Conditions {
            lead: names(lead),
            involving: names(involving),
            domain: names(domain),
            part,
            group,
            due_by,
            text: names(text),
            quote: names(quote),
            level: names(level),
        };
        let query = conditions.query(&self.plan).map_err(|e| raise(py, &e))?;
        Ok(query.map_or_else(Vec::new, |query| self.targets_of(query.targets())))
    }

    fn diagnostics(&self) -> Vec<PyDiagnostic> {
        self.plan
            .diagnostics()
            .iter()
            .map(PyDiagnostic::from)
            .collect()
    }

    fn to_text(&self) -> String {
        self.plan.to_text()
    }

    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        self.plan.to_json().map_err(|e| raise(py, &e))
    }

    fn tables<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        tables(py, &self.plan)
    }

    #[pyo3(signature = (script=None))]
    fn to_markdown(&self, script: Option<&str>) -> PyResult<String> {
        Ok(self.plan.to_markdown(&options(script)?))
    }

    #[pyo3(signature = (script=None))]
    fn to_html(&self, script: Option<&str>) -> PyResult<String> {
        Ok(self.plan.to_html(&options(script)?))
    }

    #[pyo3(signature = (script=None))]
    fn to_akoma_ntoso(&self, script: Option<&str>) -> PyResult<String> {
        Ok(self.plan.to_akoma_ntoso(&options(script)?))
    }

    #[pyo3(signature = (script=None))]
    fn to_stratml(&self, script: Option<&str>) -> PyResult<String> {
        Ok(self.plan.to_stratml(&options(script)?))
    }

    #[pyo3(signature = (script=None))]
    fn timeline_svg(&self, script: Option<&str>) -> PyResult<String> {
        Ok(self.plan.timeline_svg(&options(script)?))
    }

    #[pyo3(signature = (script=None))]
    fn network_svg(&self, script: Option<&str>) -> PyResult<String> {
        Ok(self.plan.network_svg(&options(script)?))
    }

    #[pyo3(signature = (format, script=None))]
    fn render(&self, format: &str, script: Option<&str>) -> PyResult<String> {
        let format = format.parse::<Format>().map_err(|_| {
            PyValueError::new_err(format!(
                "unknown format {format:?}: expected one of {}",
                Format::iter()
                    .map(|f| f.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })?;
        Ok(self.plan.render(format, &options(script)?))
    }

    fn __len__(&self) -> usize {
        self.plan.tasks().len()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "<Plan {} with {} tasks>",
            repr(py, self.plan.metadata().title.as_deref().unwrap_or(""))?,
            self.plan.tasks().len()
        ))
    }

    fn __eq__(&self, other: PyRef<'_, PyPlan>) -> bool {
        *self.plan == *other.plan
    }

    fn __hash__(&self) -> u64 {
        hash_of(&(
            self.plan.metadata().title.as_deref(),
            self.plan.tasks().len(),
        ))
    }
}

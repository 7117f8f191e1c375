//! The class `Plan`: a plan's metadata, its tasks, targets and organisations, its
//! lookups and queries, its diagnostics, and its renderings.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use strum::IntoEnumIterator;
use wuzhong_plan::{Format, Target, Task};

use crate::arguments::{Names, options, year};
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
    fn title(&self) -> PyResult<Option<&str>> {
        Ok(self.plan.plan()?.metadata().title.as_deref())
    }

    /// The front matter's metadata as a dict.
    #[getter]
    fn metadata<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let metadata = self.plan.plan()?.metadata();
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

    fn tasks(&self) -> PyResult<Vec<PyTask>> {
        Ok(self.tasks_of(self.plan.plan()?.tasks()))
    }

    fn task(&self, number: i64) -> PyResult<Option<PyTask>> {
        let plan = self.plan.plan()?;
        Ok(u16::try_from(number)
            .ok()
            .and_then(|number| plan.task(number))
            .map(|task| self.task_object(task)))
    }

    fn task_by_reference(&self, reference: &str) -> PyResult<Option<PyTask>> {
        Ok(self
            .plan
            .plan()?
            .task_by_reference(reference)
            .map(|task| self.task_object(task)))
    }

    fn tasks_by_reference(&self, reference: &str) -> PyResult<Vec<PyTask>> {
        Ok(self.tasks_of(self.plan.plan()?.tasks_by_reference(reference)))
    }

    fn annexes<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyDict>>> {
        let plan = self.plan.plan()?;
        plan.annexes()
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
                let parts: Vec<u16> = plan
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
    fn signature(&self) -> PyResult<Vec<String>> {
        Ok(self.plan.plan()?.signature().to_vec())
    }

    /// The file the plan was read from, as a dict of `format` ('text', 'json', 'html',
    /// 'docx') and `sha256` (the digest of the file's bytes), or `None` where the plan
    /// records none.
    #[getter]
    fn source<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        let Some(source) = self.plan.plan()?.source() else {
            return Ok(None);
        };
        let dict = PyDict::new(py);
        dict.set_item("format", source.format.to_string())?;
        dict.set_item("sha256", source.sha256.as_str())?;
        Ok(Some(dict))
    }

    fn tasks_led_by(&self, py: Python<'_>, name: &str) -> PyResult<Vec<PyTask>> {
        let tasks = self
            .plan
            .plan()?
            .tasks_led_by(name)
            .map_err(|e| raise(py, &e))?;
        Ok(self.tasks_of(tasks))
    }

    fn tasks_supported_by(&self, py: Python<'_>, name: &str) -> PyResult<Vec<PyTask>> {
        let tasks = self
            .plan
            .plan()?
            .tasks_supported_by(name)
            .map_err(|e| raise(py, &e))?;
        Ok(self.tasks_of(tasks))
    }

    fn tasks_involving(&self, py: Python<'_>, name: &str) -> PyResult<Vec<PyTask>> {
        let tasks = self
            .plan
            .plan()?
            .tasks_involving(name)
            .map_err(|e| raise(py, &e))?;
        Ok(self.tasks_of(tasks))
    }

    fn tasks_in_domain(&self, py: Python<'_>, domain: &str) -> PyResult<Vec<PyTask>> {
        let tasks = self
            .plan
            .plan()?
            .tasks_in_domain(domain)
            .map_err(|e| raise(py, &e))?;
        Ok(self.tasks_of(tasks))
    }

    fn targets(&self) -> PyResult<Vec<PyTarget>> {
        Ok(self.targets_of(self.plan.plan()?.targets()))
    }

    fn target(&self, id: &str) -> PyResult<Option<PyTarget>> {
        Ok(self
            .plan
            .plan()?
            .target(id)
            .map(|target| PyTarget::new(&self.plan, target)))
    }

    fn targets_in_task(&self, number: i64) -> PyResult<Vec<PyTarget>> {
        let plan = self.plan.plan()?;
        Ok(match u16::try_from(number) {
            Ok(number) => self.targets_of(plan.targets_in_task(number)),
            Err(_) => Vec::new(),
        })
    }

    fn targets_due_by(&self, year: i64) -> PyResult<Vec<PyTarget>> {
        let plan = self.plan.plan()?;
        Ok(match self::year(year) {
            Some(year) => self.targets_of(plan.targets_due_by(year)),
            None => Vec::new(),
        })
    }

    fn targets_for(&self, py: Python<'_>, name: &str) -> PyResult<Vec<PyTarget>> {
        let targets = self
            .plan
            .plan()?
            .targets_for(name)
            .map_err(|e| raise(py, &e))?;
        Ok(self.targets_of(targets))
    }

    fn organizations(&self) -> PyResult<Vec<PyOrganization>> {
        Ok(self
            .plan
            .plan()?
            .organizations()
            .map(|o| PyOrganization::new(&self.plan, o))
            .collect())
    }

    fn organization(&self, id: &str) -> PyResult<Option<PyOrganization>> {
        Ok(self
            .plan
            .plan()?
            .organization(id)
            .map(|o| PyOrganization::new(&self.plan, o)))
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
        let conditions = Conditions::new(
            lead, involving, domain, part, group, due_by, text, quote, level,
        );
        let query = conditions
            .query(self.plan.plan()?)
            .map_err(|e| raise(py, &e))?;
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
        let conditions = Conditions::new(
            lead, involving, domain, part, group, due_by, text, quote, level,
        );
        let query = conditions
            .query(self.plan.plan()?)
            .map_err(|e| raise(py, &e))?;
        Ok(query.map_or_else(Vec::new, |query| self.targets_of(query.targets())))
    }

    fn diagnostics(&self) -> PyResult<Vec<PyDiagnostic>> {
        Ok(self
            .plan
            .plan()?
            .diagnostics()
            .iter()
            .map(PyDiagnostic::from)
            .collect())
    }

    fn to_text(&self) -> PyResult<String> {
        Ok(self.plan.plan()?.to_text())
    }

    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        self.plan.plan()?.to_json().map_err(|e| raise(py, &e))
    }

    fn tables<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        tables(py, self.plan.plan()?.tables())
    }

    #[pyo3(signature = (script=None))]
    fn to_markdown(&self, script: Option<&str>) -> PyResult<String> {
        Ok(self.plan.plan()?.to_markdown(&options(script)?))
    }

    #[pyo3(signature = (script=None))]
    fn to_html(&self, script: Option<&str>) -> PyResult<String> {
        Ok(self.plan.plan()?.to_html(&options(script)?))
    }

    #[pyo3(signature = (script=None))]
    fn to_akoma_ntoso(&self, script: Option<&str>) -> PyResult<String> {
        Ok(self.plan.plan()?.to_akoma_ntoso(&options(script)?))
    }

    #[pyo3(signature = (script=None))]
    fn to_stratml(&self, script: Option<&str>) -> PyResult<String> {
        Ok(self.plan.plan()?.to_stratml(&options(script)?))
    }

    #[pyo3(signature = (script=None))]
    fn timeline_svg(&self, script: Option<&str>) -> PyResult<String> {
        Ok(self.plan.plan()?.timeline_svg(&options(script)?))
    }

    #[pyo3(signature = (script=None))]
    fn network_svg(&self, script: Option<&str>) -> PyResult<String> {
        Ok(self.plan.plan()?.network_svg(&options(script)?))
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
        Ok(self.plan.plan()?.render(format, &options(script)?))
    }

    fn __len__(&self) -> PyResult<usize> {
        Ok(self.plan.plan()?.tasks().len())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let plan = self.plan.plan()?;
        Ok(format!(
            "<Plan {} with {} tasks>",
            repr(py, plan.metadata().title.as_deref().unwrap_or(""))?,
            plan.tasks().len()
        ))
    }

    fn __eq__(&self, other: PyRef<'_, PyPlan>) -> PyResult<bool> {
        Ok(self.plan.plan()? == other.plan.plan()?)
    }

    fn __hash__(&self) -> PyResult<u64> {
        let plan = self.plan.plan()?;
        Ok(hash_of(&(
            plan.metadata().title.as_deref(),
            plan.tasks().len(),
        )))
    }
}

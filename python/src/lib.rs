//! The Python module `wuzhong_plan`: the crate's plan, parser and queries as Python
//! objects. `docs/python.md` is its guide, `wuzhong_plan.pyi` its exact signatures.
//!
//! Every object holds its plan (the embedded one, `&'static`, or a parsed one behind an
//! `Arc`) and a key into it (a task's number, a target's or an organisation's id), and
//! reads its attributes from the plan when asked; a party or a diagnostic is small and
//! holds a copy. Every list is built when asked and is the caller's own.

#![forbid(unsafe_code)]
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

use pyo3::exceptions::{PyException, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyDict, PyList, PyString, PyTuple, PyType};
use strum::IntoEnumIterator;
use wuzhong_plan::{
    Cell, Diagnostic, Domain, Error, Format, Organization, Party, Plan, Query, RenderOptions, Role,
    RoleBasis, Script, Target, Task,
};

/// A cell of [`Plan::tables`] as Python holds it: `None`, a `bool`, an `int`, a `float`
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

/// A plan an object reads from: the embedded one, which lives as long as the program,
/// or one the caller parsed or loaded, shared by every object made from it.
#[derive(Clone)]
enum Shared {
    Embedded(&'static Plan),
    Owned(Arc<Plan>),
}

impl Deref for Shared {
    type Target = Plan;

    fn deref(&self) -> &Plan {
        match self {
            Shared::Embedded(plan) => plan,
            Shared::Owned(plan) => plan,
        }
    }
}

// ---------------------------------------------------------------------------------
// Exceptions

/// The module's exception classes, made once: `Error`, and under it `ParseError` (also a
/// `ValueError`), `UnknownNameError` and `AmbiguousNameError` (both `LookupError`s).
struct Exceptions {
    error: Py<PyType>,
    parse: Py<PyType>,
    unknown: Py<PyType>,
    ambiguous: Py<PyType>,
}

static EXCEPTIONS: PyOnceLock<Exceptions> = PyOnceLock::new();

fn exceptions(py: Python<'_>) -> PyResult<&'static Exceptions> {
    EXCEPTIONS.get_or_try_init(py, || {
        let class = |name: &str, bases: Vec<Bound<'_, PyType>>, doc: &str| {
            let namespace = PyDict::new(py);
            namespace.set_item("__module__", "wuzhong_plan")?;
            namespace.set_item("__doc__", doc)?;
            let made =
                py.get_type::<PyType>()
                    .call1((name, PyTuple::new(py, bases)?, namespace))?;
            Ok::<_, PyErr>(made.cast_into::<PyType>()?.unbind())
        };
        let error = class(
            "Error",
            vec![py.get_type::<PyException>()],
            "The base of every error the module raises; its message is the Rust library's.",
        )?;
        let parse = class(
            "ParseError",
            vec![error.bind(py).clone(), py.get_type::<PyValueError>()],
            "A text that does not read as a plan of the genre, JSON that is not a plan, or a \
             plan whose parts do not fit together. `line` and `column` say where, when known.",
        )?;
        let lookup = py.get_type::<pyo3::exceptions::PyLookupError>();
        let unknown = class(
            "UnknownNameError",
            vec![error.bind(py).clone(), lookup.clone()],
            "A name that is no department's, organisation's or domain's. `name` is the name \
             given; `suggestions` the closest known names, best first (possibly none).",
        )?;
        let ambiguous = class(
            "AmbiguousNameError",
            vec![error.bind(py).clone(), lookup],
            "A name several kinds of body share (an abbreviation such as 科信局). `name` is \
             the name given; `suggestions` the kinds it could mean.",
        )?;
        Ok(Exceptions {
            error,
            parse,
            unknown,
            ambiguous,
        })
    })
}

/// The Python exception for a library error: its class, the library's message, and the
/// attributes of the class.
fn raise(py: Python<'_>, err: &Error) -> PyErr {
    build_exception(py, err).unwrap_or_else(|failed| failed)
}

fn build_exception(py: Python<'_>, err: &Error) -> PyResult<PyErr> {
    let classes = exceptions(py)?;
    let message = err.to_string();
    let (class, name, line, column) = match err {
        Error::UnknownDepartment { input, .. }
        | Error::UnknownDomain { input, .. }
        | Error::UnknownActor { input } => (&classes.unknown, Some(input), None, None),
        Error::AmbiguousDepartment { input, .. } => (&classes.ambiguous, Some(input), None, None),
        Error::Parse(parse) => (&classes.parse, None, Some(parse.line), None),
        Error::Json { line, column, .. } => (&classes.parse, None, Some(*line), Some(*column)),
        Error::UnsupportedSchema { .. }
        | Error::Invalid(_)
        | Error::InvalidDecimal { .. }
        | Error::InvalidDeadline { .. }
        | Error::InvalidDate { .. } => (&classes.parse, None, None, None),
        _ => (&classes.error, None, None, None),
    };
    let exception = class.bind(py).call1((message,))?;
    if let Some(name) = name {
        exception.setattr("name", name)?;
        exception.setattr("suggestions", err.suggested_names())?;
    }
    if class.is(&classes.parse) {
        exception.setattr("line", line)?;
        exception.setattr("column", column)?;
    }
    Ok(PyErr::from_value(exception))
}

/// The error for an object whose key its plan no longer answers, which cannot happen
/// for objects the module makes: plans do not change.
fn missing(what: &str, key: impl std::fmt::Display) -> PyErr {
    PyRuntimeError::new_err(format!("{what} {key} is not in its plan"))
}

/// Python's `repr` of a string, for the `__repr__` of objects.
fn repr(py: Python<'_>, text: &str) -> PyResult<String> {
    Ok(PyString::new(py, text).repr()?.to_string())
}

fn hash_of(value: &impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

// ---------------------------------------------------------------------------------
// Arguments

/// A name, or several names that must all hold.
#[derive(FromPyObject)]
enum Names {
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

fn names(given: Option<Names>) -> Vec<String> {
    given.map(Names::into_vec).unwrap_or_default()
}

/// The render options for a script's name (`traditional`, `simplified`), or none.
fn options(script: Option<&str>) -> PyResult<RenderOptions> {
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
fn year(year: i64) -> Option<u16> {
    (year >= 0).then(|| u16::try_from(year).unwrap_or(u16::MAX))
}

/// The conditions of a query, as Python gives them.
struct Conditions {
    lead: Vec<String>,
    involving: Vec<String>,
    domain: Vec<String>,
    part: Option<i64>,
    group: Option<i64>,
    due_by: Option<i64>,
    text: Vec<String>,
    quote: Vec<String>,
}

impl Conditions {
    /// The query, or `None` when a condition holds for nothing (a number out of range).
    fn query<'p>(&self, plan: &'p Plan) -> Result<Option<Query<'p>>, Error> {
        let mut query = plan.query();
        for name in &self.lead {
            query = query.try_led_by(name.as_str())?;
        }
        for name in &self.involving {
            query = query.try_involving(name.as_str())?;
        }
        for name in &self.domain {
            query = query.domain(Domain::lookup(name)?);
        }
        for text in &self.text {
            query = query.text(text);
        }
        for text in &self.quote {
            query = query.quote(text);
        }
        if let Some(part) = self.part {
            let Ok(part) = u8::try_from(part) else {
                return Ok(None);
            };
            query = query.in_part(part);
        }
        if let Some(group) = self.group {
            let Ok(group) = u8::try_from(group) else {
                return Ok(None);
            };
            query = query.in_group(group);
        }
        if let Some(due_by) = self.due_by {
            let Some(due_by) = year(due_by) else {
                return Ok(None);
            };
            query = query.due_by(due_by);
        }
        Ok(Some(query))
    }
}

// ---------------------------------------------------------------------------------
// Plan

/// A plan: the embedded Wuzhong plan (`plan()`), or one read by `parse` or `from_json`.
#[pyclass(frozen, module = "wuzhong_plan", name = "Plan")]
struct PyPlan {
    plan: Shared,
}

impl PyPlan {
    fn task_object(&self, task: &Task) -> PyTask {
        PyTask {
            plan: self.plan.clone(),
            number: task.number,
        }
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

    #[pyo3(signature = (*, lead=None, involving=None, domain=None, part=None, group=None, due_by=None, text=None, quote=None))]
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
        };
        let query = conditions.query(&self.plan).map_err(|e| raise(py, &e))?;
        Ok(query.map_or_else(Vec::new, |query| self.tasks_of(query.tasks())))
    }

    #[pyo3(signature = (*, lead=None, involving=None, domain=None, part=None, group=None, due_by=None, text=None, quote=None))]
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
        let tables = PyDict::new(py);
        for table in self.plan.tables() {
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

// ---------------------------------------------------------------------------------
// Task

/// A numbered task of a plan.
#[pyclass(frozen, module = "wuzhong_plan", name = "Task")]
struct PyTask {
    plan: Shared,
    number: u16,
}

impl PyTask {
    fn get(&self) -> PyResult<&Task> {
        self.plan
            .task(self.number)
            .ok_or_else(|| missing("task", self.number))
    }

    fn organizations_with(&self, role: Option<Role>) -> PyResult<Vec<PyOrganization>> {
        Ok(self
            .get()?
            .responsible()
            .filter(|party| role.is_none_or(|role| party.role == role))
            .filter_map(|party| self.plan.organization(&party.organization))
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
    fn targets(&self) -> Vec<PyTarget> {
        self.plan
            .targets_in_task(self.number)
            .map(|target| PyTarget::new(&self.plan, target))
            .collect()
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

/// `lead`, `lead_id` and `leads` of a `to_dict`: the first lead's name and id, and
/// every lead's name.
fn organization_items(dict: &Bound<'_, PyDict>, leads: &[PyOrganization]) -> PyResult<()> {
    let first = leads.first().map(PyOrganization::get).transpose()?;
    dict.set_item("lead", first.map(|o| o.name.as_str()))?;
    dict.set_item("lead_id", first.map(|o| o.id.as_str()))?;
    dict.set_item("leads", names_of(leads)?)?;
    Ok(())
}

fn names_of(organizations: &[PyOrganization]) -> PyResult<Vec<&str>> {
    organizations
        .iter()
        .map(|o| o.get().map(|o| o.name.as_str()))
        .collect()
}

// ---------------------------------------------------------------------------------
// Target

/// A commitment the plan states: its quote, number, unit and deadline.
#[pyclass(frozen, module = "wuzhong_plan", name = "Target")]
struct PyTarget {
    plan: Shared,
    id: String,
}

impl PyTarget {
    fn new(plan: &Shared, target: &Target) -> PyTarget {
        PyTarget {
            plan: plan.clone(),
            id: target.id.clone(),
        }
    }

    fn get(&self) -> PyResult<&Target> {
        self.plan
            .target(&self.id)
            .ok_or_else(|| missing("target", &self.id))
    }

    fn lead_list(&self) -> PyResult<Vec<PyOrganization>> {
        let target = self.get()?;
        Ok(self
            .plan
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

// ---------------------------------------------------------------------------------
// Organisation

/// A body the plan names, once however many times and names it is written with.
#[pyclass(frozen, module = "wuzhong_plan", name = "Organization")]
struct PyOrganization {
    plan: Shared,
    id: String,
}

impl PyOrganization {
    fn new(plan: &Shared, organization: &Organization) -> PyOrganization {
        PyOrganization {
            plan: plan.clone(),
            id: organization.id.clone(),
        }
    }

    fn get(&self) -> PyResult<&Organization> {
        self.plan
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

// ---------------------------------------------------------------------------------
// Party

/// One body of a task's responsibility, as the text names it, with its role.
#[pyclass(frozen, module = "wuzhong_plan", name = "Party")]
struct PyParty {
    plan: Shared,
    organization: String,
    quote: String,
    role: Role,
    basis: RoleBasis,
}

impl PyParty {
    fn new(plan: &Shared, party: &Party) -> PyParty {
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
    fn organization(&self) -> Option<PyOrganization> {
        self.plan
            .organization(&self.organization)
            .map(|o| PyOrganization::new(&self.plan, o))
    }

    #[getter]
    fn organization_id(&self) -> &str {
        &self.organization
    }

    #[getter]
    fn name(&self) -> Option<&str> {
        self.plan
            .organization(&self.organization)
            .map(|o| o.name.as_str())
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

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("organization", &self.organization)?;
        dict.set_item("name", self.name())?;
        dict.set_item("quote", &self.quote)?;
        dict.set_item("role", self.role())?;
        dict.set_item("basis", self.basis())?;
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

// ---------------------------------------------------------------------------------
// Diagnostic

/// Something reading the plan noticed but could not fully understand.
#[pyclass(frozen, eq, hash, module = "wuzhong_plan", name = "Diagnostic")]
#[derive(PartialEq, Eq, Hash)]
struct PyDiagnostic {
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

// ---------------------------------------------------------------------------------
// The module

static EMBEDDED: PyOnceLock<Py<PyPlan>> = PyOnceLock::new();

/// The embedded Wuzhong plan, loaded on first call and the same object on every call.
#[pyfunction]
fn plan(py: Python<'_>) -> PyResult<Py<PyPlan>> {
    let embedded = EMBEDDED.get_or_try_init(py, || {
        let plan = wuzhong_plan::try_plan().map_err(|e| raise(py, e))?;
        Py::new(
            py,
            PyPlan {
                plan: Shared::Embedded(plan),
            },
        )
    })?;
    Ok(embedded.clone_ref(py))
}

/// A plan of the genre read from its text.
#[pyfunction]
fn parse(py: Python<'_>, text: String) -> PyResult<PyPlan> {
    let plan = py
        .detach(|| wuzhong_plan::parse(&text))
        .map_err(|e| raise(py, &Error::from(e)))?;
    Ok(PyPlan {
        plan: Shared::Owned(Arc::new(plan)),
    })
}

/// A plan read from its JSON (the layout of `data/plan.json`).
#[pyfunction]
fn from_json(py: Python<'_>, text: String) -> PyResult<PyPlan> {
    let plan = py
        .detach(|| Plan::from_json(&text))
        .map_err(|e| raise(py, &e))?;
    Ok(PyPlan {
        plan: Shared::Owned(Arc::new(plan)),
    })
}

/// The Wuzhong plan (吳忠市“十四五”公共服務發展實施方案) as typed, queryable objects, and a
/// parser for plans of its genre.
#[pymodule]
#[pyo3(name = "wuzhong_plan")]
fn python_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(plan, m)?)?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(from_json, m)?)?;
    m.add_class::<PyPlan>()?;
    m.add_class::<PyTask>()?;
    m.add_class::<PyTarget>()?;
    m.add_class::<PyOrganization>()?;
    m.add_class::<PyParty>()?;
    m.add_class::<PyDiagnostic>()?;
    let classes = exceptions(py)?;
    m.add("Error", classes.error.bind(py))?;
    m.add("ParseError", classes.parse.bind(py))?;
    m.add("UnknownNameError", classes.unknown.bind(py))?;
    m.add("AmbiguousNameError", classes.ambiguous.bind(py))?;
    Ok(())
}

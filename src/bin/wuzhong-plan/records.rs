//! What each command prints: the JSON records (their fields are documented in
//! `docs/cli.md` and kept stable), and the same records as CSV rows and table columns.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use serde::Serialize;
use wuzhong_plan::{
    Deadline, Decimal, Department, Level, Organization, Plan, Role, RoleBasis, Target, Task,
    TaskDeadline, Who, quote,
};

use crate::output::{Grid, Output, Tag, detailed, listed};

/// CSV joins a list with this.
const LIST_SEPARATOR: &str = ";";

/// A task as `tasks` and `task` print it.
#[derive(Serialize)]
struct TaskRecord<'a> {
    number: u16,
    id: &'a str,
    part: u8,
    group: Option<u8>,
    title: &'a str,
    /// The lead's kind.
    lead: Option<&'static str>,
    /// The lead's name, as the plan writes it in full.
    lead_name: Option<&'a str>,
    /// The kind of each body the task's responsibility names: the leads, then the
    /// supporters, each in the text's order.
    departments: Vec<&'static str>,
    /// The name of each, as the plan writes it in full.
    department_names: Vec<&'a str>,
    domains: Vec<&'static str>,
    domain_names: Vec<&'static str>,
    targets: Vec<&'a str>,
    /// The lead's organisation.
    lead_organization: Option<&'a str>,
    /// The organisation of each body, in the order of `departments`.
    organizations: Vec<&'a str>,
    /// The organisation of each lead (several for joint leads), the first of
    /// `organizations`.
    lead_organizations: Vec<&'a str>,
    /// The task's own deadline as the text writes it (`6月底完成`, `持续推进`).
    deadline: Option<&'a str>,
    /// Its year: written, or the document's for a month written without one.
    deadline_year: Option<u16>,
    /// Its month, 1 to 12; none for a whole year.
    deadline_month: Option<u8>,
    /// Whether the task has no end (`长期坚持`, `持续推进`); none without a deadline.
    deadline_ongoing: Option<bool>,
    /// Whether the year is the document's, the text writing a month without one; none
    /// without a deadline.
    deadline_year_from_document: Option<bool>,
    /// The number as the text writes it (`23.`, `（十七）`, `21` for a table's row);
    /// empty for a task the text does not number.
    label: String,
    /// The depth of the task's numbering in its document (3 for `一、` `(一)` `1.`).
    level: u8,
    /// The annex the task stands in, by its number; left out of JSON in the plan's own
    /// text.
    #[serde(skip_serializing_if = "Option::is_none")]
    annex: Option<u8>,
    /// Each body the task's responsibility names, once, in the text's order, with its
    /// kind, level, role and the basis of the role: what the fields from `lead` to
    /// `lead_organizations` say, in one place.
    parties: Vec<PartyRecord<'a>>,
    /// The lead's level (CSV only: JSON has it in `parties`).
    #[serde(skip)]
    lead_level: Option<Level>,
}

/// A body of a task's responsibility, as the `parties` of a task's record list it.
#[derive(Serialize)]
struct PartyRecord<'a> {
    /// The organisation's id.
    id: &'a str,
    /// The organisation's name in full.
    name: &'a str,
    /// Its kind's id, `null` for a body of no known kind.
    kind: Option<&'static str>,
    /// Its level's id, `null` where its name gives none.
    level: Option<Level>,
    role: Role,
    basis: RoleBasis,
}

impl PartyRecord<'_> {
    /// The party in a CSV cell: `id:role:basis:level`, the level empty where none.
    fn csv(&self) -> String {
        format!(
            "{}:{}:{}:{}",
            self.id,
            self.role,
            self.basis,
            optional(self.level)
        )
    }

    /// The party for people: `市民政局 (city, lead by order)`.
    fn human(&self) -> String {
        match self.level {
            Some(level) => format!("{} ({level}, {} by {})", self.name, self.role, self.basis),
            None => format!("{} ({} by {})", self.name, self.role, self.basis),
        }
    }
}

/// The organisations a task's responsibility names, each once, in the text's order:
/// each with the role and basis of its first statement that makes it lead, else of its
/// first.
fn party_records<'a>(plan: &'a Plan, task: &'a Task) -> Vec<PartyRecord<'a>> {
    let mut records: Vec<PartyRecord<'a>> = Vec::new();
    // Where each organisation's record stands, as `bodies` keeps the ids it has seen: a
    // task of many parties costs time in proportion to them.
    let mut at: HashMap<&str, usize> = HashMap::new();
    for party in task.responsible() {
        let Some(organization) = plan.organization(&party.organization) else {
            continue;
        };
        match at
            .get(organization.id.as_str())
            .and_then(|&i| records.get_mut(i))
        {
            Some(record) => {
                if record.role != Role::Lead && party.role == Role::Lead {
                    record.role = party.role;
                    record.basis = party.basis;
                }
            }
            None => {
                at.insert(&organization.id, records.len());
                records.push(PartyRecord {
                    id: &organization.id,
                    name: &organization.name,
                    kind: organization.kind.map(Department::id),
                    level: organization.level,
                    role: party.role,
                    basis: party.basis,
                });
            }
        }
    }
    records
}

/// The organisations a task's responsibility names, each once, leads first, each group
/// in the text's order, with the kind the text gives each.
fn bodies<'a>(plan: &'a Plan, task: &'a Task) -> Vec<(Department, &'a Organization, Role)> {
    let mut bodies: Vec<(Department, &Organization, Role)> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let leads = task.responsible().filter(|p| p.role == Role::Lead);
    let supporting = task.responsible().filter(|p| p.role == Role::Support);
    for party in leads.chain(supporting) {
        if let Some(organization) = plan.organization(&party.organization) {
            if seen.insert(&organization.id) {
                bodies.push((party.department, organization, party.role));
            }
        }
    }
    bodies
}

impl<'a> TaskRecord<'a> {
    fn new(plan: &'a Plan, task: &'a Task) -> TaskRecord<'a> {
        let bodies = bodies(plan, task);
        let lead = bodies
            .first()
            .filter(|(_, _, role)| *role == Role::Lead)
            .map(|(kind, o, _)| (kind, o));
        TaskRecord {
            number: task.number,
            id: &task.id,
            part: task.part,
            group: task.group,
            title: &task.title,
            lead: lead.map(|(kind, _)| kind.id()),
            lead_name: lead.map(|(_, o)| o.name.as_str()),
            departments: bodies.iter().map(|(kind, _, _)| kind.id()).collect(),
            department_names: bodies.iter().map(|(_, o, _)| o.name.as_str()).collect(),
            lead_organization: lead.map(|(_, o)| o.id.as_str()),
            organizations: bodies.iter().map(|(_, o, _)| o.id.as_str()).collect(),
            lead_organizations: bodies
                .iter()
                .filter(|(_, _, role)| *role == Role::Lead)
                .map(|(_, o, _)| o.id.as_str())
                .collect(),
            domains: task.domains.iter().map(|t| t.domain.id()).collect(),
            domain_names: task.domains.iter().map(|t| t.domain.name()).collect(),
            targets: plan
                .targets_in_task(task.number)
                .map(|t| t.id.as_str())
                .collect(),
            deadline: task.deadline.as_ref().map(|d| d.quote.as_str()),
            deadline_year: task.deadline.as_ref().and_then(|d| d.year),
            deadline_month: task.deadline.as_ref().and_then(|d| d.month),
            deadline_ongoing: task.deadline.as_ref().map(|d| d.ongoing),
            deadline_year_from_document: task.deadline.as_ref().map(|d| d.year_from_document),
            label: task.label(),
            level: plan.level_of(task),
            annex: plan.part(task.part).and_then(|part| part.annex),
            parties: party_records(plan, task),
            lead_level: lead.and_then(|(_, o)| o.level),
        }
    }

    const CSV: [&'static str; 25] = [
        "number",
        "id",
        "part",
        "group",
        "title",
        "lead",
        "lead_name",
        "departments",
        "department_names",
        "domains",
        "domain_names",
        "targets",
        "lead_organization",
        "organizations",
        "lead_organizations",
        "deadline",
        "deadline_year",
        "deadline_month",
        "deadline_ongoing",
        "deadline_year_from_document",
        "label",
        "level",
        "annex",
        "lead_level",
        "parties",
    ];

    fn csv_row(&self) -> Vec<String> {
        vec![
            self.number.to_string(),
            self.id.to_owned(),
            self.part.to_string(),
            optional(self.group),
            self.title.to_owned(),
            self.lead.unwrap_or_default().to_owned(),
            self.lead_name.unwrap_or_default().to_owned(),
            self.departments.join(LIST_SEPARATOR),
            self.department_names.join(LIST_SEPARATOR),
            self.domains.join(LIST_SEPARATOR),
            self.domain_names.join(LIST_SEPARATOR),
            self.targets.join(LIST_SEPARATOR),
            self.lead_organization.unwrap_or_default().to_owned(),
            self.organizations.join(LIST_SEPARATOR),
            self.lead_organizations.join(LIST_SEPARATOR),
            self.deadline.unwrap_or_default().to_owned(),
            optional(self.deadline_year),
            optional(self.deadline_month),
            optional(self.deadline_ongoing),
            optional(self.deadline_year_from_document),
            self.label.clone(),
            self.level.to_string(),
            optional(self.annex),
            optional(self.lead_level),
            self.parties
                .iter()
                .map(PartyRecord::csv)
                .collect::<Vec<_>>()
                .join(LIST_SEPARATOR),
        ]
    }

    const HUMAN: [&'static str; 6] = ["#", "label", "level", "title", "lead", "domains"];

    /// The columns for people, with the tasks' deadlines where any task listed has one.
    const HUMAN_DEADLINES: [&'static str; 5] = ["#", "title", "lead", "domains", "deadline"];

    fn human_row(&self, deadlines: bool) -> Vec<String> {
        let mut row = vec![
            self.number.to_string(),
            self.label.clone(),
            self.level.to_string(),
            self.title.to_owned(),
            self.lead_name.unwrap_or("-").to_owned(),
            self.domain_names.join("、"),
        ];
        if deadlines {
            row.push(self.deadline.unwrap_or("-").to_owned());
        }
        row
    }
}

/// `tasks`: one record per task.
pub fn tasks<'a>(
    tag: Tag<'_>,
    plan: &'a Plan,
    tasks: impl Iterator<Item = &'a Task>,
) -> Result<Output, String> {
    let records: Vec<TaskRecord<'a>> = tasks.map(|t| TaskRecord::new(plan, t)).collect();
    let deadlines = records.iter().any(|record| record.deadline.is_some());
    let mut csv = Grid::new(&TaskRecord::CSV);
    let mut human = Grid::new(if deadlines {
        &TaskRecord::HUMAN_DEADLINES
    } else {
        &TaskRecord::HUMAN
    });
    for record in &records {
        csv.push(record.csv_row());
        human.push(record.human_row(deadlines));
    }
    Ok(Output {
        json: listed(tag, &records)?,
        csv,
        human,
        more: Vec::new(),
        none: Some("no tasks match"),
    })
}

/// A task in full, as `task N` prints it.
#[derive(Serialize)]
struct TaskDetail<'a> {
    #[serde(flatten)]
    task: TaskRecord<'a>,
    body: &'a str,
    responsibility: Option<&'a str>,
    /// The quote of each target, in the order of `targets`.
    target_quotes: Vec<&'a str>,
}

/// `task N`: the task's record with its body, responsibility line and the quotes of its
/// targets; for people, a table of fields and a table of its targets.
pub fn task(tag: Tag<'_>, plan: &Plan, task: &Task) -> Result<Output, String> {
    let detail = TaskDetail {
        task: TaskRecord::new(plan, task),
        body: &task.body,
        responsibility: task.responsibility.as_ref().map(|r| r.text.as_str()),
        target_quotes: plan
            .targets_in_task(task.number)
            .map(|t| t.quote.as_str())
            .collect(),
    };
    let mut csv_header = TaskRecord::CSV.to_vec();
    csv_header.extend(["body", "responsibility", "target_quotes"]);
    let mut csv = Grid::new(&csv_header);
    let mut row = detail.task.csv_row();
    row.push(detail.body.to_owned());
    row.push(detail.responsibility.unwrap_or_default().to_owned());
    row.push(detail.target_quotes.join(LIST_SEPARATOR));
    csv.push(row);
    let record = &detail.task;
    let supporting: Vec<&str> = record.department_names.iter().skip(1).copied().collect();
    let mut human = Grid::new(&["field", "value"]);
    let mut fields = vec![
        ("task", format!("{} ({})", record.number, record.id)),
        ("label", record.label.clone()),
        ("level", record.level.to_string()),
    ];
    if let Some(annex) = record.annex {
        let heading = plan
            .annexes()
            .iter()
            .find(|a| a.number == annex)
            .map_or_else(String::new, |a| format!(" ({})", a.heading));
        fields.push(("annex", format!("{annex}{heading}")));
    }
    fields.extend([
        ("title", record.title.to_owned()),
        ("lead", record.lead_name.unwrap_or("-").to_owned()),
        ("supporting", supporting.join("、")),
        (
            "parties",
            record
                .parties
                .iter()
                .map(PartyRecord::human)
                .collect::<Vec<_>>()
                .join("、"),
        ),
        ("domains", record.domain_names.join("、")),
        ("targets", record.targets.join(", ")),
        ("body", task.body.clone()),
    ]);
    for (field, value) in fields {
        human.push(vec![field.to_owned(), value]);
    }
    if let Some(deadline) = &task.deadline {
        human.push(vec!["deadline".to_owned(), deadline_in_words(deadline)]);
    }
    Ok(Output {
        json: detailed(tag, &detail)?,
        csv,
        human,
        more: target_table(plan.targets_in_task(task.number), false)
            .into_iter()
            .collect(),
        none: None,
    })
}

/// The targets as people read them beside a task or a department: id, (task,)
/// deadline and quote; `None` for no targets.
fn target_table<'a>(targets: impl Iterator<Item = &'a Target>, with_task: bool) -> Option<Grid> {
    let header: &[&'static str] = if with_task {
        &["target", "task", "deadline", "quote"]
    } else {
        &["target", "deadline", "quote"]
    };
    let mut grid = Grid::new(header);
    for target in targets {
        let mut row = vec![target.id.clone()];
        if with_task {
            row.push(optional_or_dash(target.task));
        }
        row.push(optional_or_dash(target.deadline));
        row.push(target.quote.clone());
        grid.push(row);
    }
    (!grid.rows.is_empty()).then_some(grid)
}

/// A task's deadline for people: the quote, and the date it reads as where the text
/// writes none (`6月底完成 (2022-06)`, `年底前 (2022)`).
fn deadline_in_words(deadline: &TaskDeadline) -> String {
    match (deadline.year, deadline.month) {
        (Some(year), Some(month)) if deadline.year_from_document => {
            format!("{} ({year}-{month:02})", deadline.quote)
        }
        (Some(year), None) if deadline.year_from_document => {
            format!("{} ({year})", deadline.quote)
        }
        _ => deadline.quote.clone(),
    }
}

/// A target's deadline in JSON: `{"year": 2025, "end_of_year": false}`.
#[derive(Serialize)]
struct DeadlineRecord {
    year: u16,
    end_of_year: bool,
}

/// The most leads of its task a target's record lists: a record repeats its task's
/// leads, so that a task of many targets and many joint leads would otherwise print
/// their product. The Wuzhong plan's tasks have one lead, other cities' two or three.
const LISTED_LEADS: usize = 8;

/// The leads of a task as each of its targets' records repeats them: the first
/// [`LISTED_LEADS`], and how many there are. Read once for each task.
#[derive(Clone)]
struct Leads<'a> {
    listed: Vec<&'a Organization>,
    count: usize,
}

impl<'a> Leads<'a> {
    fn of(plan: &'a Plan, target: &Target) -> Leads<'a> {
        let mut listed = Vec::new();
        let mut count = 0;
        for lead in plan.target_leads(target) {
            if listed.len() < LISTED_LEADS {
                listed.push(lead);
            }
            count += 1;
        }
        Leads { listed, count }
    }
}

/// A target as `targets` prints it.
#[derive(Serialize)]
struct TargetRecord<'a> {
    /// The target itself, for the cells people read.
    #[serde(skip)]
    target: &'a Target,
    /// The organisations that lead its task, in order: the first [`LISTED_LEADS`].
    #[serde(skip)]
    leads: Vec<&'a Organization>,
    id: &'a str,
    task: Option<u16>,
    part: u8,
    quote: &'a str,
    metric: &'a str,
    metric_english: Option<&'a str>,
    kind: String,
    comparator: Option<String>,
    value: Option<Decimal>,
    value_max: Option<Decimal>,
    unit: Option<String>,
    deadline: Option<DeadlineRecord>,
    /// The kind of the first body that leads the target's task.
    lead: Option<&'static str>,
    /// Its name, as the plan writes it in full, cut to [`quote::REPEATED_CHARS`] characters.
    lead_name: Option<Cow<'a, str>>,
    /// Its organisation.
    lead_organization: Option<&'a str>,
    /// The organisation of each lead of the task (several for joint leads), the first
    /// [`LISTED_LEADS`].
    lead_organizations: Vec<&'a str>,
    /// How many bodies lead the task.
    lead_count: usize,
}

impl<'a> TargetRecord<'a> {
    fn new(target: &'a Target, leads: Leads<'a>) -> TargetRecord<'a> {
        let quantity = target.quantity.as_ref();
        let Leads {
            listed: leads,
            count: lead_count,
        } = leads;
        let lead = leads.first();
        TargetRecord {
            target,
            id: &target.id,
            task: target.task,
            part: target.part,
            quote: &target.quote,
            metric: &target.metric,
            metric_english: target.metric_english.as_deref(),
            kind: target.kind().to_string(),
            comparator: quantity.map(|q| q.comparator.to_string()),
            value: quantity.map(|q| q.value),
            value_max: quantity.and_then(|q| q.max),
            unit: quantity.map(|q| q.unit.to_string()),
            deadline: target.deadline.map(|d: Deadline| DeadlineRecord {
                year: d.year,
                end_of_year: d.end_of_year,
            }),
            lead: lead.map(|o| o.kind.unwrap_or(Department::Other).id()),
            lead_name: lead.map(|o| quote::shortened(&o.name, quote::REPEATED_CHARS)),
            lead_organization: lead.map(|o| o.id.as_str()),
            lead_organizations: leads.iter().map(|o| o.id.as_str()).collect(),
            lead_count,
            leads,
        }
    }

    const CSV: [&'static str; 18] = [
        "id",
        "task",
        "part",
        "quote",
        "metric",
        "metric_english",
        "kind",
        "comparator",
        "value",
        "value_max",
        "unit",
        "deadline_year",
        "deadline_end_of_year",
        "lead",
        "lead_name",
        "lead_organization",
        "lead_organizations",
        "lead_count",
    ];

    fn csv_row(&self) -> Vec<String> {
        vec![
            self.id.to_owned(),
            optional(self.task),
            self.part.to_string(),
            self.quote.to_owned(),
            self.metric.to_owned(),
            self.metric_english.unwrap_or_default().to_owned(),
            self.kind.clone(),
            self.comparator.clone().unwrap_or_default(),
            optional(self.value),
            optional(self.value_max),
            self.unit.clone().unwrap_or_default(),
            optional(self.deadline.as_ref().map(|d| d.year)),
            optional(self.deadline.as_ref().map(|d| d.end_of_year)),
            self.lead.unwrap_or_default().to_owned(),
            self.lead_name.as_deref().unwrap_or_default().to_owned(),
            self.lead_organization.unwrap_or_default().to_owned(),
            self.lead_organizations.join(LIST_SEPARATOR),
            self.lead_count.to_string(),
        ]
    }

    /// The quantity's value as people read it: `60`, `1–2`; `-` for none.
    fn value_text(&self) -> String {
        match (self.value, self.value_max) {
            (Some(value), Some(max)) => format!("{value}–{max}"),
            (Some(value), None) => value.to_string(),
            _ => "-".to_owned(),
        }
    }

    /// The comparator in words (`at least`); `-` for none.
    fn comparator_text(&self) -> String {
        let quantity = self.target.quantity.as_ref();
        quantity.map_or("-", |q| q.comparator.english()).to_owned()
    }

    /// The unit as the text writes it (`%`, `套`); `-` for none.
    fn unit_text(&self) -> String {
        let quantity = self.target.quantity.as_ref();
        quantity.map_or("-", |q| q.unit.symbol()).to_owned()
    }

    /// The names of the bodies that lead the target's task, joined with `、` and cut to
    /// [`quote::REPEATED_CHARS`] characters (ending `、…` where the record lists fewer than there
    /// are); `-` for none.
    fn lead_text(&self) -> String {
        if self.leads.is_empty() {
            return "-".to_owned();
        }
        let mut names: Vec<Cow<'_, str>> = self
            .leads
            .iter()
            .map(|o| quote::shortened(&o.name, quote::REPEATED_CHARS))
            .collect();
        if self.lead_count > self.leads.len() {
            names.push(Cow::Borrowed("…"));
        }
        quote::shortened(&names.join("、"), quote::REPEATED_CHARS).into_owned()
    }
}

/// `targets`: one record per target.
pub fn targets<'a>(
    tag: Tag<'_>,
    plan: &'a Plan,
    targets: impl Iterator<Item = &'a Target>,
) -> Result<Output, String> {
    // Each task's leads, read once however many targets it states.
    let mut leads: HashMap<Option<u16>, Leads<'a>> = HashMap::new();
    let records: Vec<TargetRecord<'_>> = targets
        .map(|target| {
            let of_task = leads
                .entry(target.task)
                .or_insert_with(|| Leads::of(plan, target))
                .clone();
            TargetRecord::new(target, of_task)
        })
        .collect();
    let mut csv = Grid::new(&TargetRecord::CSV);
    let mut human = Grid::new(&[
        "id",
        "task",
        "deadline",
        "comparator",
        "value",
        "unit",
        "lead",
        "quote",
    ]);
    for record in &records {
        csv.push(record.csv_row());
        human.push(vec![
            record.id.to_owned(),
            optional_or_dash(record.task),
            optional_or_dash(record.target.deadline),
            record.comparator_text(),
            record.value_text(),
            record.unit_text(),
            record.lead_text(),
            record.quote.to_owned(),
        ]);
    }
    Ok(Output {
        json: listed(tag, &records)?,
        csv,
        human,
        more: Vec::new(),
        none: Some("no targets match"),
    })
}

/// One target in full, as `target ID` prints it.
#[derive(Serialize)]
struct TargetDetail<'a> {
    #[serde(flatten)]
    target: TargetRecord<'a>,
    /// The title of the target's task.
    task_title: Option<&'a str>,
}

/// `target ID`: the target's record with its task's title; a table of fields for
/// people.
pub fn target(tag: Tag<'_>, plan: &Plan, target: &Target) -> Result<Output, String> {
    let record = TargetRecord::new(target, Leads::of(plan, target));
    let task = target.task.and_then(|n| plan.task(n));
    let mut csv_header = TargetRecord::CSV.to_vec();
    csv_header.push("task_title");
    let mut csv = Grid::new(&csv_header);
    let mut row = record.csv_row();
    row.push(task.map(|t| t.title.clone()).unwrap_or_default());
    csv.push(row);
    let mut human = Grid::new(&["field", "value"]);
    let fields = [
        ("target", record.id.to_owned()),
        (
            "task",
            task.map_or_else(
                || format!("- (part {})", target.part),
                |t| format!("{} {}", t.number, t.title),
            ),
        ),
        ("quote", record.quote.to_owned()),
        ("metric", record.metric.to_owned()),
        ("kind", record.kind.clone()),
        ("comparator", record.comparator_text()),
        ("value", record.value_text()),
        ("unit", record.unit_text()),
        ("deadline", optional_or_dash(target.deadline)),
        ("lead", record.lead_text()),
    ];
    for (field, value) in fields {
        human.push(vec![field.to_owned(), value]);
    }
    let detail = TargetDetail {
        target: record,
        task_title: task.map(|t| t.title.as_str()),
    };
    Ok(Output {
        json: detailed(tag, &detail)?,
        csv,
        human,
        more: Vec::new(),
        none: None,
    })
}

/// An organisation as `departments` prints it.
#[derive(Serialize)]
struct DepartmentRecord<'a> {
    /// The organisation's id: its kind's for the first of a kind.
    id: &'a str,
    name: &'a str,
    /// The kind's short and English names, or the name for a body of no known kind.
    short_name: &'a str,
    english_name: &'a str,
    led: usize,
    supporting: usize,
    involved: usize,
    /// The kind's id, `null` for a body of no known kind.
    kind: Option<&'static str>,
    category: &'static str,
    level: Option<&'static str>,
    place: Option<&'a str>,
    other_names: Vec<&'a str>,
}

impl<'a> DepartmentRecord<'a> {
    fn new(plan: &'a Plan, organization: &'a Organization) -> DepartmentRecord<'a> {
        let count = |tasks: Result<wuzhong_plan::Tasks<'_>, wuzhong_plan::Error>| {
            tasks.map_or(0, |tasks| tasks.len())
        };
        let led = count(plan.tasks_led_by(organization));
        let supporting = count(plan.tasks_supported_by(organization));
        let kind = organization.kind;
        DepartmentRecord {
            id: &organization.id,
            name: &organization.name,
            short_name: kind.map_or(organization.name.as_str(), |k| k.short_name()),
            english_name: kind.map_or("", Department::english_name),
            led,
            supporting,
            involved: led + supporting,
            kind: kind.map(Department::id),
            category: kind.unwrap_or(Department::Other).category().into(),
            level: organization.level.map(Into::into),
            place: organization.place.as_deref(),
            other_names: organization
                .other_names
                .iter()
                .map(|o| o.name.as_str())
                .collect(),
        }
    }
}

/// Whether `organization` is at `level`, or any level for none.
fn at_level(organization: &Organization, level: Option<Level>) -> bool {
    level.is_none_or(|level| organization.level == Some(level))
}

/// `departments`: every organisation the plan names (at `level`, where one is given),
/// with its kind and its load.
pub fn departments(tag: Tag<'_>, plan: &Plan, level: Option<Level>) -> Result<Output, String> {
    let records: Vec<DepartmentRecord<'_>> = plan
        .organizations()
        .filter(|organization| at_level(organization, level))
        .map(|organization| DepartmentRecord::new(plan, organization))
        .collect();
    let mut csv = Grid::new(&[
        "id",
        "name",
        "short_name",
        "english_name",
        "led",
        "supporting",
        "involved",
        "kind",
        "category",
        "level",
        "place",
        "other_names",
    ]);
    let mut human = Grid::new(&["department", "english", "led", "supporting"]);
    for r in &records {
        csv.push(vec![
            r.id.to_owned(),
            r.name.to_owned(),
            r.short_name.to_owned(),
            r.english_name.to_owned(),
            r.led.to_string(),
            r.supporting.to_string(),
            r.involved.to_string(),
            r.kind.unwrap_or_default().to_owned(),
            r.category.to_owned(),
            r.level.unwrap_or_default().to_owned(),
            r.place.unwrap_or_default().to_owned(),
            r.other_names.join(LIST_SEPARATOR),
        ]);
        human.push(vec![
            r.name.to_owned(),
            if r.english_name.is_empty() {
                "-".to_owned()
            } else {
                r.english_name.to_owned()
            },
            r.led.to_string(),
            r.supporting.to_string(),
        ]);
    }
    Ok(Output {
        json: listed(tag, &records)?,
        csv,
        human,
        more: Vec::new(),
        none: None,
    })
}

/// One department in full, as `department NAME` prints it.
#[derive(Serialize)]
struct DepartmentDetail<'a> {
    id: &'a str,
    name: &'a str,
    short_name: &'a str,
    english_name: &'a str,
    led: Vec<u16>,
    supporting: Vec<u16>,
    targets: Vec<&'a str>,
    /// The kind's id, `null` for a body of no known kind.
    kind: Option<&'static str>,
    /// The organisations it stands for: one, or every organisation of a kind.
    organizations: Vec<&'a str>,
    /// The quote of each target, in the order of `targets`.
    target_quotes: Vec<&'a str>,
}

/// `department NAME`: an organisation, or every organisation of a kind (those at
/// `level`, where one is given), and its tasks; as rows, one per task with its role.
pub fn department<'a>(
    tag: Tag<'_>,
    plan: &'a Plan,
    who: Who<'a>,
    level: Option<Level>,
) -> Result<Output, String> {
    let fail = |err: wuzhong_plan::Error| err.to_string();
    // A kind of one organisation (at the level) is that organisation.
    let who = match who {
        Who::Kind(kind) => {
            let mut of_kind = plan
                .organizations()
                .filter(|o| o.kind == Some(kind) && at_level(o, level));
            match (of_kind.next(), of_kind.next()) {
                (Some(one), None) => Who::Organization(one),
                _ => who,
            }
        }
        other => other,
    };
    let narrowed = |query: wuzhong_plan::Query<'a>| match level {
        Some(level) => query.level(level),
        None => query,
    };
    let led: Vec<&Task> = match level {
        None => plan.tasks_led_by(who).map_err(fail)?.collect(),
        Some(_) => narrowed(plan.query().led_by(who)).tasks().collect(),
    };
    let involved: Vec<&Task> = match level {
        None => plan.tasks_involving(who).map_err(fail)?.collect(),
        Some(_) => narrowed(plan.query().involving(who)).tasks().collect(),
    };
    // The tasks it takes part in, in task order, each with the role its line gives it.
    let tasks: Vec<(&Task, Role)> = involved
        .into_iter()
        .map(|task| {
            let role = if led.iter().any(|t| t.number == task.number) {
                Role::Lead
            } else {
                Role::Support
            };
            (task, role)
        })
        .collect();
    let numbers = |wanted: Role| -> Vec<u16> {
        tasks
            .iter()
            .filter(|(_, role)| *role == wanted)
            .map(|(task, _)| task.number)
            .collect()
    };
    let target_list: Vec<&Target> = match level {
        None => plan.targets_for(who).map_err(fail)?.collect(),
        Some(_) => narrowed(plan.query().involving(who)).targets().collect(),
    };
    let targets = target_list.iter().map(|t| t.id.as_str()).collect();
    let target_quotes = target_list.iter().map(|t| t.quote.as_str()).collect();
    let detail = match who {
        Who::Organization(organization) => DepartmentDetail {
            id: &organization.id,
            name: &organization.name,
            short_name: organization
                .kind
                .map_or(organization.name.as_str(), |k| k.short_name()),
            english_name: organization.kind.map_or("", Department::english_name),
            led: numbers(Role::Lead),
            supporting: numbers(Role::Support),
            targets,
            kind: organization.kind.map(Department::id),
            organizations: vec![organization.id.as_str()],
            target_quotes,
        },
        Who::Kind(kind) => DepartmentDetail {
            id: kind.id(),
            name: kind.name(),
            short_name: kind.short_name(),
            english_name: kind.english_name(),
            led: numbers(Role::Lead),
            supporting: numbers(Role::Support),
            targets,
            kind: Some(kind.id()),
            organizations: plan
                .organizations()
                .filter(|o| o.kind.unwrap_or(Department::Other) == kind && at_level(o, level))
                .map(|o| o.id.as_str())
                .collect(),
            target_quotes,
        },
        _ => return Err("an unexpected kind of body".to_owned()),
    };
    let mut csv = Grid::new(&["number", "role", "title"]);
    let mut human = Grid::new(&["#", "role", "title"]);
    for (task, role) in tasks {
        let row = vec![
            task.number.to_string(),
            role.to_string(),
            task.title.clone(),
        ];
        csv.push(row.clone());
        human.push(row);
    }
    Ok(Output {
        json: detailed(tag, &detail)?,
        csv,
        human,
        more: target_table(target_list.iter().copied(), true)
            .into_iter()
            .collect(),
        none: None,
    })
}

/// A domain as `domains` prints it.
#[derive(Serialize)]
struct DomainRecord {
    id: &'static str,
    name: &'static str,
    simplified_name: &'static str,
    english_name: &'static str,
    tasks: Vec<u16>,
}

/// `domains`: every domain with its tasks.
pub fn domains(tag: Tag<'_>, plan: &Plan) -> Result<Output, String> {
    let records: Vec<DomainRecord> = plan
        .domains()
        .map(|(domain, tasks)| DomainRecord {
            id: domain.id(),
            name: domain.name(),
            simplified_name: domain.simplified_name(),
            english_name: domain.english_name(),
            tasks: tasks.map(|t| t.number).collect(),
        })
        .collect();
    let mut csv = Grid::new(&["id", "name", "simplified_name", "english_name", "tasks"]);
    let mut human = Grid::new(&["domain", "id", "english", "tasks"]);
    for r in &records {
        let numbers: Vec<String> = r.tasks.iter().map(u16::to_string).collect();
        csv.push(vec![
            r.id.to_owned(),
            r.name.to_owned(),
            r.simplified_name.to_owned(),
            r.english_name.to_owned(),
            numbers.join(LIST_SEPARATOR),
        ]);
        human.push(vec![
            r.name.to_owned(),
            r.id.to_owned(),
            r.english_name.to_owned(),
            numbers.join(" "),
        ]);
    }
    Ok(Output {
        json: listed(tag, &records)?,
        csv,
        human,
        more: Vec::new(),
        none: None,
    })
}

/// A value, or an empty cell for none.
fn optional<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// A value, or `-` for none, as tables for people show it.
fn optional_or_dash<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| v.to_string())
}

//! The content of a plan as it is serialized: the front matter, the tree of parts and
//! the targets, with the version of the JSON layout, and where each task stands in it.

use serde::{Deserialize, Serialize};

use crate::fault::Invalid;
use crate::model::{
    Annex, InfoBox, Layout, LeadRule, Metadata, Organization, Part, Source, Spacing, Target,
    TargetRecord, Task, TaskGroup,
};
use crate::vocab::record::DepartmentTable;

/// The version of the JSON layout this crate writes (`schema_version`), and the newest it
/// reads.
///
/// Version 2 added `layout.byte_order_mark` and the `"cr"` line ending; version 3 the
/// `organizations` a plan names, and each party's `organization`; version 4 each
/// party's `role` and `basis`, the tasks' `further_responsibility` and `notes`, and the
/// text's `spacing` (blank lines and indentation); version 5 the structure each document
/// numbers its own way: the numbers as written (`written`) and their styles (`marker`)
/// where they are not the plan's places and `1.`, parts without a heading
/// (`headless`), the `annexes` and their parts' `annex`, the `signature` blocks, boxes
/// (`sidebars`), tables' rows and tasks' own deadlines; version 6 the lead rules a
/// document states (`lead_rules`) and the parties' roles read with them; version 7 the
/// file the text was read from (`source`: its format and SHA-256 digest). A document of an
/// older version, from [`OLDEST_SCHEMA_VERSION`] on, loads as it is and is written back
/// as the current version.
///
/// ```
/// use wuzhong_plan::{PLAN_JSON, Plan, SCHEMA_VERSION};
/// let current = format!("\"schema_version\": {SCHEMA_VERSION}");
/// let older = PLAN_JSON.replacen(&current, "\"schema_version\": 1", 1);
/// assert_eq!(Plan::from_json(&older)?, Plan::from_json(PLAN_JSON)?);
/// # Ok::<(), wuzhong_plan::Error>(())
/// ```
pub const SCHEMA_VERSION: u32 = 7;

/// The first `schema_version` whose documents number their own structure and whose
/// metadata is read from the whole front matter and the signature: an older document
/// has its metadata derived again when it loads.
pub(crate) const STRUCTURE_SCHEMA_VERSION: u32 = 5;

/// The first `schema_version` whose plans keep the lead rules their documents state, and
/// whose notes are read with them: an older document has its notes, roles and rules read
/// from its text again when it loads.
pub(crate) const RULES_SCHEMA_VERSION: u32 = 6;

/// The oldest `schema_version` this crate reads.
pub const OLDEST_SCHEMA_VERSION: u32 = 1;

/// The serialized content of a plan; [`Plan`](crate::Plan) pairs it with its indexes. Its targets
/// are [`Target`]s, or, as read from JSON before loading checks them, their records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PlanData<T = Target> {
    pub(crate) schema_version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) source: Option<Source>,
    pub(crate) metadata: Metadata,
    pub(crate) notice: Vec<String>,
    pub(crate) info_box: Option<InfoBox>,
    pub(crate) full_text_marker: Option<String>,
    pub(crate) preamble: Vec<String>,
    pub(crate) parts: Vec<Part>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) signature: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) annexes: Vec<Annex>,
    #[serde(default = "Vec::new")]
    pub(crate) targets: Vec<T>,
    #[serde(default)]
    pub(crate) organizations: Vec<Organization>,
    #[serde(default)]
    pub(crate) departments: DepartmentTable,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) lead_rules: Vec<LeadRule>,
    pub(crate) layout: Layout,
    #[serde(default, skip_serializing_if = "Spacing::is_empty")]
    pub(crate) spacing: Spacing,
}

impl PlanData {
    /// A plan with nothing in it yet, laid out as `layout`.
    pub(crate) fn new(layout: Layout) -> PlanData {
        PlanData {
            schema_version: SCHEMA_VERSION,
            source: None,
            metadata: Metadata::default(),
            notice: Vec::new(),
            info_box: None,
            full_text_marker: None,
            preamble: Vec::new(),
            parts: Vec::new(),
            signature: Vec::new(),
            annexes: Vec::new(),
            targets: Vec::new(),
            organizations: Vec::new(),
            departments: DepartmentTable::default(),
            lead_rules: Vec::new(),
            layout,
            spacing: Spacing::default(),
        }
    }
}

impl PlanData<TargetRecord<'_>> {
    /// The data with each target record read into a [`Target`], checking its numbers:
    /// every value that does not fit its type is reported, before any invariant between
    /// nodes is checked.
    pub(crate) fn into_typed(self) -> Result<PlanData, Vec<Invalid>> {
        let mut targets = Vec::with_capacity(self.targets.len());
        let mut problems = Vec::new();
        for record in self.targets {
            match Target::try_from(record) {
                Ok(target) => targets.push(target),
                Err(problem) => problems.push(problem),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(PlanData {
            schema_version: self.schema_version,
            source: self.source,
            metadata: self.metadata,
            notice: self.notice,
            info_box: self.info_box,
            full_text_marker: self.full_text_marker,
            preamble: self.preamble,
            parts: self.parts,
            signature: self.signature,
            annexes: self.annexes,
            targets,
            organizations: self.organizations,
            departments: self.departments,
            lead_rules: self.lead_rules,
            layout: self.layout,
            spacing: self.spacing,
        })
    }
}

/// Where a task sits: indexes into `parts`, the part's `groups` (or its direct tasks)
/// and the task list; and the task's number, which orders locations as the document
/// does. The indexes are 16 bits, as task numbers are, so that the lists of locations
/// the indexes hold stay small.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TaskLoc {
    pub(crate) part: u16,
    pub(crate) group: Option<u16>,
    pub(crate) task: u16,
    pub(crate) number: u16,
}

impl PlanData {
    /// Every task, in document order (a part's own before its groups').
    pub(crate) fn tasks(&self) -> impl Iterator<Item = &Task> {
        self.parts.iter().flat_map(|part| {
            part.tasks
                .iter()
                .chain(part.groups.iter().flat_map(|group| group.tasks.iter()))
        })
    }

    /// Whether the text is a notice that carries its plan (or plans) as annexes, with no
    /// parts of its own: its front matter is then the notice, `全文` or not.
    pub(crate) fn carries_its_plan_as_annexes(&self) -> bool {
        !self.annexes.is_empty() && self.parts.iter().all(|part| part.annex.is_some())
    }

    pub(crate) fn group_at(&self, part: usize, group: usize) -> Option<&TaskGroup> {
        self.parts.get(part)?.groups.get(group)
    }

    pub(crate) fn task_at(&self, loc: TaskLoc) -> Option<&Task> {
        let part = self.parts.get(usize::from(loc.part))?;
        let task = usize::from(loc.task);
        match loc.group {
            Some(g) => part.groups.get(usize::from(g))?.tasks.get(task),
            None => part.tasks.get(task),
        }
    }

    pub(crate) fn task_at_mut(&mut self, loc: TaskLoc) -> Option<&mut Task> {
        let part = self.parts.get_mut(usize::from(loc.part))?;
        let task = usize::from(loc.task);
        match loc.group {
            Some(g) => part.groups.get_mut(usize::from(g))?.tasks.get_mut(task),
            None => part.tasks.get_mut(task),
        }
    }
}

/// Every task of the plan, each part's own before its groups'.
pub(crate) fn tasks_mut(data: &mut PlanData) -> impl Iterator<Item = &mut Task> {
    data.parts.iter_mut().flat_map(|part| {
        part.tasks.iter_mut().chain(
            part.groups
                .iter_mut()
                .flat_map(|group| group.tasks.iter_mut()),
        )
    })
}

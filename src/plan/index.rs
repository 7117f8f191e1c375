//! The lookups a plan builds once, when it is made: every task's place, the tasks of each
//! department and domain, the targets by task, department and deadline.
//!
//! They are built from data the checks have passed, so every location they hold
//! resolves; the queries above walk them and allocate nothing.

use std::collections::HashMap;

use strum::EnumCount;

use crate::base::names::normalize;
use crate::base::script::fold;
use crate::model::{Diagnostic, PlanData, Task, TaskLoc};
use crate::vocab::department::Department;
use crate::vocab::domain::{self, Domain};

/// Lookups built once when a plan loads.
///
/// Identifiers need no map of their own: loading checks that every id is the one its
/// numbers give, so [`Plan::node`](crate::Plan::node) reads the numbers back out of the id.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    /// Every task in document order; task `n` is at `n - 1`.
    pub(crate) tasks: Vec<TaskLoc>,
    /// The tasks of each kind of body, by role.
    pub(crate) departments: DepartmentIndex,
    /// The organisations by id and name, and the tasks of each, by role.
    pub(crate) organizations: OrganizationIndex,
    /// What reading the plan noticed but could not fully understand.
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// The targets by task, department and deadline.
    pub(crate) targets: TargetIndex,
    /// The tasks of each domain.
    pub(crate) domains: DomainIndex,
    /// Each task's text (its line, then any continuation lines) folded to one script
    /// (task `n` at `n - 1`), made on the first text query.
    pub(crate) folded: once_cell::sync::OnceCell<Vec<String>>,
}

impl Index {
    /// The lookups of a plan whose invariants hold.
    pub(crate) fn build(data: &PlanData, diagnostics: Vec<Diagnostic>) -> Index {
        let mut index = Index {
            organizations: OrganizationIndex::new(data),
            diagnostics,
            ..Index::default()
        };
        for (pi, part) in data.parts.iter().enumerate() {
            let direct = part
                .tasks
                .iter()
                .enumerate()
                .map(|(ti, task)| (None, ti, task));
            let grouped = part.groups.iter().enumerate().flat_map(|(gi, group)| {
                group
                    .tasks
                    .iter()
                    .enumerate()
                    .map(move |(ti, task)| (Some(gi), ti, task))
            });
            for (group, ti, task) in direct.chain(grouped) {
                let loc = TaskLoc {
                    part: pi,
                    group,
                    task: ti,
                    number: task.number,
                };
                index.tasks.push(loc);
                index.departments.add(task, loc);
                index.organizations.add(task, loc);
                index.domains.add(task, loc);
            }
        }
        index.rebuild_targets(data);
        index
    }

    /// Indexes the targets again, after they were replaced.
    pub(crate) fn rebuild_targets(&mut self, data: &PlanData) {
        self.targets = TargetIndex::build(
            data,
            &self.tasks,
            &self.departments.involved,
            &self.organizations.involved,
        );
    }
}

/// One list of task locations per key (a department, a domain), each in document order.
#[derive(Debug, Clone, Default)]
struct TaskLists(Vec<Vec<TaskLoc>>);

impl TaskLists {
    /// `count` empty lists.
    fn new(count: usize) -> TaskLists {
        TaskLists(vec![Vec::new(); count])
    }

    /// Adds a task to list `at`, unless it is already the last there (tasks come in
    /// document order, so a task met twice is met in a row); whether it was added.
    fn add(&mut self, at: usize, loc: TaskLoc) -> bool {
        match self.0.get_mut(at) {
            Some(list) if list.last() != Some(&loc) => {
                list.push(loc);
                true
            }
            _ => false,
        }
    }

    /// List `at`, empty for a key out of range.
    fn get(&self, at: usize) -> &[TaskLoc] {
        self.0.get(at).map_or(&[], |list| list.as_slice())
    }

    /// Every list, by key.
    fn iter(&self) -> impl Iterator<Item = &[TaskLoc]> {
        self.0.iter().map(|list| list.as_slice())
    }
}

/// For each department, where the tasks it leads, supports and takes part in are, in
/// document order.
#[derive(Debug, Clone)]
pub(crate) struct DepartmentIndex {
    led: TaskLists,
    supporting: TaskLists,
    involved: TaskLists,
}

impl Default for DepartmentIndex {
    fn default() -> DepartmentIndex {
        DepartmentIndex {
            led: TaskLists::new(Department::COUNT),
            supporting: TaskLists::new(Department::COUNT),
            involved: TaskLists::new(Department::COUNT),
        }
    }
}

impl DepartmentIndex {
    /// Adds a task's parties; tasks must come in document order.
    pub(crate) fn add(&mut self, task: &Task, loc: TaskLoc) {
        for (position, department) in task.parties().enumerate() {
            let at = department as usize;
            // A body listed twice in one line takes part once, in its first role.
            if !self.involved.add(at, loc) {
                continue;
            }
            let role = if position == 0 {
                &mut self.led
            } else {
                &mut self.supporting
            };
            role.add(at, loc);
        }
    }

    /// The locations of the tasks a department leads.
    pub(crate) fn led_list(&self, department: Department) -> &[TaskLoc] {
        self.led.get(department as usize)
    }

    /// The locations of the tasks a department supports.
    pub(crate) fn supporting_list(&self, department: Department) -> &[TaskLoc] {
        self.supporting.get(department as usize)
    }

    /// The locations of the tasks a department takes part in.
    pub(crate) fn involved_list(&self, department: Department) -> &[TaskLoc] {
        self.involved.get(department as usize)
    }
}

/// The organisations of a plan by id and by each name the text writes for them, and for
/// each where the tasks it leads, supports and takes part in are, in document order.
#[derive(Debug, Clone, Default)]
pub(crate) struct OrganizationIndex {
    by_id: HashMap<String, usize>,
    /// Each name, [`normalize`]d and folded to one script, with the organisations that
    /// have it.
    by_name: HashMap<String, Vec<usize>>,
    led: TaskLists,
    supporting: TaskLists,
    involved: TaskLists,
}

impl OrganizationIndex {
    fn new(data: &PlanData) -> OrganizationIndex {
        let count = data.organizations.len();
        let mut index = OrganizationIndex {
            by_id: HashMap::with_capacity(count),
            by_name: HashMap::new(),
            led: TaskLists::new(count),
            supporting: TaskLists::new(count),
            involved: TaskLists::new(count),
        };
        for (at, organization) in data.organizations.iter().enumerate() {
            index.by_id.insert(organization.id.clone(), at);
            for name in organization.names() {
                let list = index.by_name.entry(name_key(name)).or_default();
                if !list.contains(&at) {
                    list.push(at);
                }
            }
        }
        index
    }

    /// Adds a task's parties; tasks must come in document order.
    fn add(&mut self, task: &Task, loc: TaskLoc) {
        let Some(line) = &task.responsibility else {
            return;
        };
        for (position, party) in line.parties.iter().enumerate() {
            let Some(&at) = self.by_id.get(&party.organization) else {
                continue;
            };
            if !self.involved.add(at, loc) {
                continue;
            }
            let role = if position == 0 {
                &mut self.led
            } else {
                &mut self.supporting
            };
            role.add(at, loc);
        }
    }

    /// The position of the organisation with this id.
    pub(crate) fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The positions of the organisations the text names `name`.
    pub(crate) fn named(&self, name: &str) -> &[usize] {
        self.by_name
            .get(&name_key(name))
            .map_or(&[], |list| list.as_slice())
    }

    /// The locations of the tasks organisation `at` leads.
    pub(crate) fn led_list(&self, at: usize) -> &[TaskLoc] {
        self.led.get(at)
    }

    /// The locations of the tasks organisation `at` supports.
    pub(crate) fn supporting_list(&self, at: usize) -> &[TaskLoc] {
        self.supporting.get(at)
    }

    /// The locations of the tasks organisation `at` takes part in.
    pub(crate) fn involved_list(&self, at: usize) -> &[TaskLoc] {
        self.involved.get(at)
    }
}

/// A name as the organisation index keys it.
fn name_key(name: &str) -> String {
    fold(&normalize(name))
}

/// For each domain, where its tasks are, in document order.
#[derive(Debug, Clone)]
pub(crate) struct DomainIndex(TaskLists);

impl Default for DomainIndex {
    fn default() -> DomainIndex {
        DomainIndex(TaskLists::new(domain::COUNT))
    }
}

impl DomainIndex {
    /// Adds a task's domains; tasks must come in document order.
    pub(crate) fn add(&mut self, task: &Task, loc: TaskLoc) {
        for tag in &task.domains {
            self.0.add(tag.domain as usize, loc);
        }
    }

    /// The locations of a domain's tasks.
    pub(crate) fn list(&self, domain: Domain) -> &[TaskLoc] {
        self.0.get(domain as usize)
    }
}

/// Targets by place, department and deadline, built once when a [`Plan`](crate::Plan) loads, after
/// checking each target against the text it quotes.
#[derive(Debug, Clone, Default)]
pub(crate) struct TargetIndex {
    /// `0..n`: every target, in document order; the other lists are slices of it or
    /// lists of its entries.
    pub(crate) order: Vec<usize>,
    /// For each task (task `n` at `n - 1`), its targets, as a range of `order`.
    pub(crate) by_task: Vec<(usize, usize)>,
    /// For each part (part `n` at `n - 1`), the targets of its prose, as a range of `order`.
    pub(crate) by_part: Vec<(usize, usize)>,
    /// For each department, the targets of the tasks it takes part in, in document order.
    pub(crate) by_department: Vec<Vec<usize>>,
    /// For each organisation, the targets of the tasks it takes part in, in document
    /// order.
    pub(crate) by_organization: Vec<Vec<usize>>,
    /// The dated targets, by deadline, then in document order.
    pub(crate) by_deadline: Vec<usize>,
}

impl TargetIndex {
    /// Indexes the targets of a plan whose invariants hold, by department through the
    /// tasks each takes part in.
    fn build(
        data: &PlanData,
        tasks: &[TaskLoc],
        departments: &TaskLists,
        organizations: &TaskLists,
    ) -> TargetIndex {
        let count = data.targets.len();
        let mut index = TargetIndex {
            order: (0..count).collect(),
            by_task: vec![(0, 0); tasks.len()],
            by_part: vec![(0, 0); data.parts.len()],
            by_department: Vec::new(),
            by_organization: Vec::new(),
            by_deadline: Vec::new(),
        };
        for (i, target) in data.targets.iter().enumerate() {
            let range = match (target.task, target.paragraph) {
                (Some(number), _) => usize::from(number)
                    .checked_sub(1)
                    .and_then(|t| index.by_task.get_mut(t)),
                (None, _) => usize::from(target.part)
                    .checked_sub(1)
                    .and_then(|p| index.by_part.get_mut(p)),
            };
            if let Some(range) = range {
                if range.0 == range.1 {
                    *range = (i, i);
                }
                range.1 = i + 1;
            }
            if target.deadline.is_some() {
                index.by_deadline.push(i);
            }
        }
        let targets = &data.targets;
        index
            .by_deadline
            .sort_by_key(|&i| (targets.get(i).and_then(|t| t.deadline), i));
        // A body's targets are those of the tasks it takes part in, in task order.
        let targets_of = |lists: &TaskLists| -> Vec<Vec<usize>> {
            lists
                .iter()
                .map(|locs| {
                    locs.iter()
                        .filter_map(|loc| index.task_range(loc.number))
                        .flat_map(|(start, end)| start..end)
                        .collect()
                })
                .collect()
        };
        let by_department = targets_of(departments);
        let by_organization = targets_of(organizations);
        index.by_department = by_department;
        index.by_organization = by_organization;
        index
    }

    /// The range of `order` that holds task `number`'s targets.
    pub(crate) fn task_range(&self, number: u16) -> Option<(usize, usize)> {
        let i = usize::from(number).checked_sub(1)?;
        self.by_task.get(i).copied()
    }
}

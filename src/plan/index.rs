//! The lookups a plan builds once, when it is made: every task's place, the tasks of each
//! department and domain, the targets by task, department and deadline.
//!
//! They are built from data the checks have passed, so every location they hold
//! resolves; the queries above walk them and allocate nothing.

use std::borrow::Cow;

use strum::EnumCount;

use crate::base::hash::NameMap;
use crate::base::names::normalize;
use crate::base::script::fold;
use crate::base::variants::Haystack;
use crate::model::{Diagnostic, PlanData, TaskLoc};
use crate::vocab::actor::Role;
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
    /// What reading the plan noticed but could not fully understand, found on the first
    /// call for them: a plan that is only queried does not pay for them.
    pub(crate) diagnostics: once_cell::sync::OnceCell<Vec<Diagnostic>>,
    /// The targets by task, department and deadline.
    pub(crate) targets: TargetIndex,
    /// The tasks of each domain.
    pub(crate) domains: DomainIndex,
    /// Each task's text (its line, then any continuation lines) prepared for text
    /// queries (task `n` at `n - 1`), made on the first text query.
    pub(crate) task_texts: once_cell::sync::OnceCell<Vec<Haystack>>,
    /// Each target's quote prepared for text queries, in the order of the plan's list,
    /// made on the first query on quotes.
    pub(crate) target_quotes: once_cell::sync::OnceCell<Vec<Haystack>>,
}

impl Index {
    /// The lookups of a plan whose invariants hold.
    pub(crate) fn build(data: &PlanData) -> Index {
        let mut index = Index {
            departments: DepartmentIndex::new(data),
            ..Index::default()
        };
        // Each list's entries, in document order, made into lists once all are known.
        let mut tasks = Vec::new();
        let mut kind_parties = Vec::new();
        let mut parties = Vec::new();
        let mut domains = Vec::new();
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
                // Numbers run 1 to the count of tasks, a `u16`, so every index fits.
                let index16 = |i: usize| u16::try_from(i).unwrap_or(u16::MAX);
                let loc = TaskLoc {
                    part: index16(pi),
                    group: group.map(index16),
                    task: index16(ti),
                    number: task.number,
                };
                tasks.push(loc);
                for party in task.responsible() {
                    let slot = index.departments.slot(party.department);
                    if let Slot::Merged(at) = slot {
                        kind_parties.push((at, party.role, loc));
                    }
                    // The one organisation of the party's kind, most often, which needs no
                    // table of ids.
                    let at = match slot {
                        Slot::One(at)
                            if data
                                .organizations
                                .get(at)
                                .is_some_and(|o| o.id == party.organization) =>
                        {
                            Some(at)
                        }
                        _ => index.organizations.position(data, &party.organization),
                    };
                    if let Some(at) = at {
                        parties.push((at, party.role, loc));
                    }
                }
                domains.extend(task.domains.iter().map(|tag| (tag.domain as usize, loc)));
            }
        }
        index.tasks = tasks;
        index.departments.lists = RoleLists::new(index.departments.merged, kind_parties);
        index.organizations.lists = RoleLists::new(data.organizations.len(), parties);
        index.domains = DomainIndex(Lists::from_pairs(domain::COUNT, domains));
        index.rebuild_targets(data);
        index
    }

    /// Indexes the targets again, after they were replaced.
    pub(crate) fn rebuild_targets(&mut self, data: &PlanData) {
        self.targets = TargetIndex::build(
            data,
            &self.tasks,
            &self.departments.lists.involved,
            &self.organizations.lists.involved,
        );
    }
}

/// One list per key (a department, a domain, an organisation), all held in one vector:
/// key `k`'s list is `items[starts[k]..starts[k + 1]]`. Two allocations however many keys
/// there are, where a vector per key would make one or more for each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Lists<T> {
    pub(super) starts: Vec<usize>,
    pub(super) items: Vec<T>,
}

impl<T> Default for Lists<T> {
    fn default() -> Lists<T> {
        Lists {
            starts: Vec::new(),
            items: Vec::new(),
        }
    }
}

impl<T: Copy + PartialEq> Lists<T> {
    /// The lists of `count` keys from `(key, item)` pairs, each key's in the order the
    /// pairs give them; an item met again right after itself for a key (a task that
    /// names a body twice) is kept once, and a key out of range is ignored. Each item is
    /// put straight into its place, counted out beforehand, in time linear in the pairs
    /// and the keys.
    fn from_pairs(count: usize, mut pairs: Vec<(usize, T)>) -> Lists<T> {
        keep_first(count, &mut pairs, |&pair| pair);
        // Key `k`'s count at `k + 1`, then, summed, where each key's list starts.
        let mut starts = vec![0usize; count + 1];
        for &(key, _) in &pairs {
            if let Some(length) = starts.get_mut(key + 1) {
                *length += 1;
            }
        }
        let mut total = 0;
        for start in &mut starts {
            total += *start;
            *start = total;
        }
        let Some(&(_, first)) = pairs.first() else {
            return Lists {
                starts,
                items: Vec::new(),
            };
        };
        let mut next = starts.clone();
        let mut items = vec![first; pairs.len()];
        for &(key, item) in &pairs {
            if let Some(at) = next.get_mut(key) {
                if let Some(slot) = items.get_mut(*at) {
                    *slot = item;
                }
                *at += 1;
            }
        }
        Lists { starts, items }
    }

    /// List `at`, empty for a key out of range.
    pub(crate) fn get(&self, at: usize) -> &[T] {
        let range = self.starts.get(at).zip(self.starts.get(at + 1));
        range
            .and_then(|(&start, &end)| self.items.get(start..end))
            .unwrap_or(&[])
    }

    /// How many keys there are.
    fn keys(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Every list, by key.
    fn iter(&self) -> impl Iterator<Item = &[T]> {
        (0..self.keys()).map(|at| self.get(at))
    }
}

/// Keeps of `entries`, each of a key and an item, the first where a key meets the same
/// item again right after (a task that names a body twice counts once, in its first
/// role), and none of a key out of range (`count` keys).
fn keep_first<E, T: Copy + PartialEq>(
    count: usize,
    entries: &mut Vec<E>,
    key_item: impl Fn(&E) -> (usize, T),
) {
    let mut last: Vec<Option<T>> = vec![None; count];
    entries.retain(|entry| {
        let (key, item) = key_item(entry);
        match last.get_mut(key) {
            Some(last) if *last != Some(item) => {
                *last = Some(item);
                true
            }
            _ => false,
        }
    });
}

/// One list of task locations per key, each in document order.
pub(super) type TaskLists = Lists<TaskLoc>;

/// For each key (a kind, an organisation), where the tasks it leads, supports and takes
/// part in are, in document order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct RoleLists {
    pub(super) led: TaskLists,
    pub(super) supporting: TaskLists,
    pub(super) involved: TaskLists,
}

impl RoleLists {
    /// The lists of `count` keys from `(key, role, task)` in document order; a key named
    /// twice in one task takes part once, in its first role.
    fn new(count: usize, mut parties: Vec<(usize, Role, TaskLoc)>) -> RoleLists {
        keep_first(count, &mut parties, |&(key, _, loc)| (key, loc));
        let with_role = |role: Role| {
            parties
                .iter()
                .filter(|party| party.1 == role)
                .map(|&(key, _, loc)| (key, loc))
                .collect()
        };
        let (led, supporting) = (with_role(Role::Lead), with_role(Role::Support));
        let involved = parties.iter().map(|&(key, _, loc)| (key, loc)).collect();
        drop(parties);
        RoleLists {
            led: Lists::from_pairs(count, led),
            supporting: Lists::from_pairs(count, supporting),
            involved: Lists::from_pairs(count, involved),
        }
    }
}

/// For each kind of body, where the tasks its organisations lead, support and take part
/// in are, in document order. A kind of one organisation (every kind of the Wuzhong
/// plan) has that organisation's lists; only a kind of several has lists of its own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct DepartmentIndex {
    /// For each kind, by discriminant.
    pub(super) slots: Vec<Slot>,
    /// How many kinds have several organisations.
    pub(super) merged: usize,
    /// The lists of the kinds of several organisations.
    pub(super) lists: RoleLists,
}

/// Where a kind's lists are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Slot {
    /// The plan has no organisation of the kind.
    Empty,
    /// The plan has one, at this position.
    One(usize),
    /// The plan has several; their lists, merged, are at this position of the kind
    /// index's own.
    Merged(usize),
}

impl DepartmentIndex {
    /// The slots of a plan's kinds, from its organisations (those of no kind are of
    /// [`Department::Other`]).
    fn new(data: &PlanData) -> DepartmentIndex {
        let mut slots = vec![Slot::Empty; Department::COUNT];
        let mut merged = 0;
        for (at, organization) in data.organizations.iter().enumerate() {
            let kind = organization.kind.unwrap_or(Department::Other);
            if let Some(slot) = slots.get_mut(kind as usize) {
                *slot = match *slot {
                    Slot::Empty => Slot::One(at),
                    Slot::One(_) => {
                        merged += 1;
                        Slot::Merged(merged - 1)
                    }
                    kept => kept,
                };
            }
        }
        DepartmentIndex {
            slots,
            merged,
            lists: RoleLists::default(),
        }
    }

    fn slot(&self, kind: Department) -> Slot {
        self.slots
            .get(kind as usize)
            .copied()
            .unwrap_or(Slot::Empty)
    }
}

impl Index {
    /// The locations of the tasks the organisations of a kind lead.
    pub(crate) fn kind_led(&self, kind: Department) -> &[TaskLoc] {
        match self.departments.slot(kind) {
            Slot::Empty => &[],
            Slot::One(at) => self.organizations.led_list(at),
            Slot::Merged(at) => self.departments.lists.led.get(at),
        }
    }

    /// The locations of the tasks the organisations of a kind support.
    pub(crate) fn kind_supporting(&self, kind: Department) -> &[TaskLoc] {
        match self.departments.slot(kind) {
            Slot::Empty => &[],
            Slot::One(at) => self.organizations.supporting_list(at),
            Slot::Merged(at) => self.departments.lists.supporting.get(at),
        }
    }

    /// The locations of the tasks the organisations of a kind take part in.
    pub(crate) fn kind_involved(&self, kind: Department) -> &[TaskLoc] {
        match self.departments.slot(kind) {
            Slot::Empty => &[],
            Slot::One(at) => self.organizations.involved_list(at),
            Slot::Merged(at) => self.departments.lists.involved.get(at),
        }
    }

    /// The targets of the tasks the organisations of a kind take part in, as ranges of
    /// the targets' `order`.
    pub(crate) fn kind_targets(&self, kind: Department) -> &[(usize, usize)] {
        match self.departments.slot(kind) {
            Slot::Empty => &[],
            Slot::One(at) => self.targets.by_organization.get(at),
            Slot::Merged(at) => self.targets.by_merged_kind.get(at),
        }
    }
}

/// The organisations of a plan by id and by each name the text writes for them, and for
/// each where the tasks it leads, supports and takes part in are, in document order.
#[derive(Debug, Clone, Default)]
pub(crate) struct OrganizationIndex {
    /// Each id, and each name as written, with the organisation that has it; `None` for a
    /// name several have. Made on the first lookup by id or name: building the lists
    /// finds each party's organisation through its kind's slot.
    pub(super) by_name: once_cell::sync::OnceCell<NameMap<Option<usize>>>,
    /// The same names [`normalize`]d and folded to one script, made on the first lookup
    /// of a name not written as the plan writes it.
    pub(super) folded: once_cell::sync::OnceCell<NameMap<Option<usize>>>,
    /// The tasks of each organisation, by role.
    pub(super) lists: RoleLists,
}

impl OrganizationIndex {
    /// The table of ids and names, made on the first call.
    fn by_name(&self, data: &PlanData) -> &NameMap<Option<usize>> {
        self.by_name.get_or_init(|| {
            let count = data.organizations.len();
            // Each id, and each name in both scripts at most.
            let names: usize = data
                .organizations
                .iter()
                .map(|organization| 1 + organization.other_names.len())
                .sum();
            let mut by_name =
                NameMap::with_capacity_and_hasher(count + 2 * names, Default::default());
            // Keys borrowed from the vocabulary where it has the same string (most ids and
            // names), so that keying them allocates nothing.
            for (at, organization) in data.organizations.iter().enumerate() {
                let id = match organization.kind.map(Department::id) {
                    Some(id) if id == organization.id => Cow::Borrowed(id),
                    _ => Cow::Owned(organization.id.clone()),
                };
                by_name.insert(id, Some(at));
            }
            for (at, organization) in data.organizations.iter().enumerate() {
                for name in organization.names() {
                    match organization
                        .kind
                        .and_then(|kind| vocabulary_forms(kind, name))
                    {
                        Some((same, other)) => {
                            add_name(&mut by_name, Cow::Borrowed(same), at);
                            // The name in the other script, so that typing it needs no
                            // folding.
                            if let Some(other) = other {
                                add_name(&mut by_name, Cow::Borrowed(other), at);
                            }
                        }
                        None => add_name(&mut by_name, Cow::Owned(name.to_owned()), at),
                    }
                }
            }
            by_name
        })
    }

    /// The position of the organisation with this id (or this name, as written, when
    /// it is one organisation's), found without allocating.
    pub(crate) fn position(&self, data: &PlanData, id: &str) -> Option<usize> {
        self.by_name(data).get(id).copied().flatten()
    }

    /// The position of the one organisation the text names `name`, in any script or
    /// bracket width; `None` when it names none or several so.
    pub(crate) fn named(&self, data: &PlanData, name: &str) -> Option<usize> {
        if let Some(found) = self.by_name(data).get(name) {
            return *found;
        }
        let folded = self.folded.get_or_init(|| {
            let mut folded = NameMap::default();
            for (at, organization) in data.organizations.iter().enumerate() {
                for name in organization.names() {
                    add_name(&mut folded, Cow::Owned(name_key(name)), at);
                }
            }
            folded
        });
        folded.get(name_key(name).as_str()).copied().flatten()
    }

    /// The locations of the tasks organisation `at` leads.
    pub(crate) fn led_list(&self, at: usize) -> &[TaskLoc] {
        self.lists.led.get(at)
    }

    /// The locations of the tasks organisation `at` supports.
    pub(crate) fn supporting_list(&self, at: usize) -> &[TaskLoc] {
        self.lists.supporting.get(at)
    }

    /// The locations of the tasks organisation `at` takes part in.
    pub(crate) fn involved_list(&self, at: usize) -> &[TaskLoc] {
        self.lists.involved.get(at)
    }
}

/// The vocabulary's own copy of `name` when it is one of the kind's full or short names
/// or aliases, in either script, with the form in the other script where that differs.
fn vocabulary_forms(kind: Department, name: &str) -> Option<(&'static str, Option<&'static str>)> {
    let short = (kind.short_name(), kind.simplified_short_name());
    kind.full_names_in_both_scripts()
        .chain(std::iter::once(short))
        .find_map(|(traditional, simplified)| {
            let differ = simplified != traditional;
            if name == traditional {
                Some((traditional, differ.then_some(simplified)))
            } else if name == simplified {
                Some((simplified, differ.then_some(traditional)))
            } else {
                None
            }
        })
}

/// Records that organisation `at` has `name`: `None` once two have it.
fn add_name(map: &mut NameMap<Option<usize>>, name: Cow<'static, str>, at: usize) {
    map.entry(name)
        .and_modify(|found| {
            if *found != Some(at) {
                *found = None;
            }
        })
        .or_insert(Some(at));
}

/// A name as the folded organisation index keys it.
fn name_key(name: &str) -> String {
    fold(&normalize(name))
}

/// For each domain, where its tasks are, in document order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct DomainIndex(pub(super) TaskLists);

impl DomainIndex {
    /// The locations of a domain's tasks.
    pub(crate) fn list(&self, domain: Domain) -> &[TaskLoc] {
        self.0.get(domain as usize)
    }
}

/// Targets by place, department and deadline, built once when a [`Plan`](crate::Plan) loads, after
/// checking each target against the text it quotes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct TargetIndex {
    /// `0..n`: every target, in document order; the other lists are slices of it or
    /// lists of its entries.
    pub(crate) order: Vec<usize>,
    /// For each task (task `n` at `n - 1`), its targets, as a range of `order`.
    pub(crate) by_task: Vec<(usize, usize)>,
    /// For each part (part `n` at `n - 1`), the targets of its prose, as a range of `order`.
    pub(crate) by_part: Vec<(usize, usize)>,
    /// For each kind of several organisations, the targets of the tasks they take part
    /// in, in document order: a range of `order` for each such task that states any.
    /// Ranges, not positions, so that a task of many targets and many parties costs one
    /// entry for each party, not one for each party and target.
    pub(crate) by_merged_kind: Lists<(usize, usize)>,
    /// For each organisation, the targets of the tasks it takes part in, in document
    /// order, as ranges of `order` as in `by_merged_kind`.
    pub(crate) by_organization: Lists<(usize, usize)>,
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
        let mut by_task = vec![(0, 0); tasks.len()];
        let mut by_part = vec![(0, 0); data.parts.len()];
        let mut by_deadline = Vec::new();
        for (i, target) in data.targets.iter().enumerate() {
            let range = match (target.task, target.paragraph) {
                (Some(number), _) => usize::from(number)
                    .checked_sub(1)
                    .and_then(|t| by_task.get_mut(t)),
                (None, _) => usize::from(target.part)
                    .checked_sub(1)
                    .and_then(|p| by_part.get_mut(p)),
            };
            if let Some(range) = range {
                if range.0 == range.1 {
                    *range = (i, i);
                }
                range.1 = i + 1;
            }
            if target.deadline.is_some() {
                by_deadline.push(i);
            }
        }
        let targets = &data.targets;
        by_deadline.sort_by_key(|&i| (targets.get(i).and_then(|t| t.deadline), i));
        let mut index = TargetIndex {
            order: (0..count).collect(),
            by_task,
            by_part,
            by_merged_kind: Lists::default(),
            by_organization: Lists::default(),
            by_deadline,
        };
        // A body's targets are those of the tasks it takes part in, in task order.
        let targets_of = |lists: &TaskLists| -> Lists<(usize, usize)> {
            let mut pairs = Vec::new();
            for (key, locs) in lists.iter().enumerate() {
                let ranges = locs.iter().filter_map(|loc| index.task_range(loc.number));
                pairs.extend(
                    ranges
                        .filter(|(start, end)| start < end)
                        .map(|range| (key, range)),
                );
            }
            Lists::from_pairs(lists.keys(), pairs)
        };
        let by_merged_kind = targets_of(departments);
        let by_organization = targets_of(organizations);
        index.by_merged_kind = by_merged_kind;
        index.by_organization = by_organization;
        index
    }

    /// The range of `order` that holds task `number`'s targets.
    pub(crate) fn task_range(&self, number: u16) -> Option<(usize, usize)> {
        let i = usize::from(number).checked_sub(1)?;
        self.by_task.get(i).copied()
    }
}

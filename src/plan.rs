//! [`Plan`]: the whole document, its JSON form and the lookups built once when it loads.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::department::{self, DepartmentTable};
use crate::domain::{Domain, DomainTag};
use crate::error::DomainTagProblem;
use crate::error::Error;
use crate::model::{
    InfoBox, Layout, Metadata, Node, Part, PartKind, Party, Task, TaskGroup, group_id, part_id,
    task_id,
};
use crate::query::{DepartmentIndex, DomainIndex, TargetIndex};
use crate::responsibility;
use crate::target::{Target, TargetRecord};

/// The version of the JSON layout this crate reads and writes (`schema_version`).
pub const SCHEMA_VERSION: u32 = 1;

/// The serialized content of a plan; [`Plan`] pairs it with its indexes. Its targets
/// are [`Target`]s, or, as read from JSON before loading checks them, their records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PlanData<T = Target> {
    pub(crate) schema_version: u32,
    pub(crate) metadata: Metadata,
    pub(crate) notice: Vec<String>,
    pub(crate) info_box: Option<InfoBox>,
    pub(crate) full_text_marker: Option<String>,
    pub(crate) preamble: Vec<String>,
    pub(crate) parts: Vec<Part>,
    #[serde(default = "Vec::new")]
    pub(crate) targets: Vec<T>,
    #[serde(default)]
    pub(crate) departments: DepartmentTable,
    pub(crate) layout: Layout,
}

impl PlanData {
    /// A plan with nothing in it yet, laid out as `layout`.
    pub(crate) fn new(layout: Layout) -> PlanData {
        PlanData {
            schema_version: SCHEMA_VERSION,
            metadata: Metadata::default(),
            notice: Vec::new(),
            info_box: None,
            full_text_marker: None,
            preamble: Vec::new(),
            parts: Vec::new(),
            targets: Vec::new(),
            departments: DepartmentTable,
            layout,
        }
    }
}

impl PlanData<TargetRecord<'_>> {
    /// The data with each target record read into a [`Target`], checking its numbers.
    fn into_typed(self) -> Result<PlanData, Error> {
        let targets = self
            .targets
            .into_iter()
            .map(Target::try_from)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(PlanData {
            schema_version: self.schema_version,
            metadata: self.metadata,
            notice: self.notice,
            info_box: self.info_box,
            full_text_marker: self.full_text_marker,
            preamble: self.preamble,
            parts: self.parts,
            targets,
            departments: self.departments,
            layout: self.layout,
        })
    }
}

/// Whether loading reads each responsibility line and mention again to check the
/// parties and actors it was given: yes for JSON, no for what the parser just read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reread {
    Yes,
    No,
}

/// Where a task sits: indexes into `parts`, the part's `groups` (or its direct tasks)
/// and the task list; and the task's number, which orders locations as the document
/// does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TaskLoc {
    part: usize,
    group: Option<usize>,
    task: usize,
    pub(crate) number: u16,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NodeLoc {
    Part(usize),
    Group(usize, usize),
    Task(TaskLoc),
}

/// Lookups built once when a plan loads.
///
/// Identifiers need no map of their own: loading checks that every id is the one its
/// numbers give, so [`Plan::node`] reads the numbers back out of the id.
#[derive(Debug, Clone, Default)]
struct Index {
    /// Every task in document order; task `n` is at `n - 1`.
    tasks: Vec<TaskLoc>,
    /// The tasks of each department, by role.
    departments: DepartmentIndex,
    /// The targets by task, department and deadline.
    targets: TargetIndex,
    /// The tasks of each domain.
    domains: DomainIndex,
    /// Each task's text (its line, then any continuation lines) folded to one script
    /// (task `n` at `n - 1`), made on the first text query.
    folded: once_cell::sync::OnceCell<Vec<String>>,
}

/// A whole plan: metadata, front matter and the tree of parts, task groups and tasks.
///
/// Get the embedded Wuzhong plan with [`plan()`](crate::plan), read any document of the
/// same schema with [`Plan::from_json`], or any text of the genre with
/// [`parse`](crate::parse). Lookups answer from indexes built once, when the plan is
/// made.
///
/// ```
/// let plan = wuzhong_plan::plan();
/// assert_eq!(plan.parts().len(), 3);
/// assert_eq!(plan.groups().count(), 5);
/// assert_eq!(plan.tasks().len(), 50);
/// let task = plan.task(28).expect("the plan has a task 28");
/// assert_eq!(task.id, "part-2/group-3/task-28");
/// assert_eq!(task.title, "擴大醫療服務有效供給");
/// ```
#[derive(Clone)]
pub struct Plan {
    data: PlanData,
    index: Index,
}

impl Plan {
    /// Reads a plan from JSON in this crate's schema (the layout of `data/plan.json`),
    /// checking that its numbers and identifiers fit together.
    ///
    /// ```
    /// use wuzhong_plan::{Error, Plan};
    /// let plan = Plan::from_json(wuzhong_plan::PLAN_JSON)?;
    /// assert_eq!(plan.tasks().len(), 50);
    ///
    /// let err = Plan::from_json("{\"schema_version\": 1,\n \"parts\": 3}").unwrap_err();
    /// assert!(matches!(err, Error::Json { line: 2, .. }));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Plan, Error> {
        let data: PlanData<TargetRecord<'_>> = serde_json::from_str(json)?;
        Plan::from_data(data.into_typed()?)
    }

    /// The plan as pretty-printed JSON, the layout of `data/plan.json` (without its
    /// final newline).
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let again = wuzhong_plan::Plan::from_json(&plan.to_json()?)?;
    /// assert_eq!(&again, plan);
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    pub fn to_json(&self) -> Result<String, Error> {
        let pretty = serde_json::to_string_pretty(&self.data)?;
        Ok(crate::render::tighten_json(&pretty))
    }

    /// Builds the indexes, checking the invariants they rely on.
    pub(crate) fn from_data(data: PlanData) -> Result<Plan, Error> {
        Plan::build(data, Reread::Yes)
    }

    /// Builds the indexes of data the parser has just read, which need not be read again.
    pub(crate) fn from_parsed(data: PlanData) -> Result<Plan, Error> {
        Plan::build(data, Reread::No)
    }

    fn build(mut data: PlanData, reread: Reread) -> Result<Plan, Error> {
        if data.schema_version != SCHEMA_VERSION {
            return Err(Error::UnsupportedSchema {
                found: data.schema_version,
                expected: SCHEMA_VERSION,
            });
        }
        fill_parties(&mut data)?;
        let mut index = Index::default();
        let mut next_task: u16 = 1;
        for (pi, part) in data.parts.iter().enumerate() {
            let number = expect_number(&part.id, "number", part.number, pi)?;
            expect_id(&part.id, number, None, None)?;
            expect_field(&part.id, "kind", part.kind, PartKind::of_title(&part.title))?;
            for (ti, task) in part.tasks.iter().enumerate() {
                let loc = TaskLoc {
                    part: pi,
                    group: None,
                    task: ti,
                    number: task.number,
                };
                index_task(&mut index, task, loc, number, None, &mut next_task, reread)?;
            }
            for (gi, group) in part.groups.iter().enumerate() {
                let group_number = expect_number(&group.id, "number", group.number, gi)?;
                expect_field(&group.id, "part", group.part, number)?;
                expect_id(&group.id, number, Some(group_number), None)?;
                for (ti, task) in group.tasks.iter().enumerate() {
                    let loc = TaskLoc {
                        part: pi,
                        group: Some(gi),
                        task: ti,
                        number: task.number,
                    };
                    index_task(
                        &mut index,
                        task,
                        loc,
                        number,
                        Some(group_number),
                        &mut next_task,
                        reread,
                    )?;
                }
            }
        }
        index.targets = TargetIndex::build(&data, &index.tasks, &index.departments)?;
        Ok(Plan { data, index })
    }

    /// The plan with `targets` in place of its own, checked as loading checks them: each
    /// quote is the text at its span, each deadline what the words at `dated_by` say, the
    /// ids those the places and order give.
    ///
    /// This is how a curated list joins a plan [`parse`](crate::parse) has read (whose
    /// targets are the extractor's candidates).
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let parsed = wuzhong_plan::parse(wuzhong_plan::SOURCE_TEXT)?;
    /// let curated = parsed.with_targets(plan.targets().cloned())?;
    /// assert!(curated.targets().eq(plan.targets()));
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::InvalidTarget`] naming the first target that does not fit and the field
    /// at fault.
    pub fn with_targets<I>(mut self, targets: I) -> Result<Plan, Error>
    where
        I: IntoIterator<Item = Target>,
    {
        self.data.targets = targets.into_iter().collect();
        self.index.targets =
            TargetIndex::build(&self.data, &self.index.tasks, &self.index.departments)?;
        Ok(self)
    }

    /// The plan with these domain tags, each given with its task's number, in place of
    /// its own; checked as loading checks them (each quote is in its task's title or
    /// body, no domain twice in a task).
    ///
    /// This is how the curated domains join a plan [`parse`](crate::parse) has read
    /// (which has none).
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let tags = plan.tasks().flat_map(|t| t.domains.iter().map(|tag| (t.number, tag.clone())));
    /// let parsed = wuzhong_plan::parse(wuzhong_plan::SOURCE_TEXT)?;
    /// let tagged = parsed.with_domains(tags)?.with_targets(plan.targets().cloned())?;
    /// assert_eq!(&tagged, plan);
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::InvalidDomainTag`] naming the first tag that does not fit.
    pub fn with_domains<I>(self, tags: I) -> Result<Plan, Error>
    where
        I: IntoIterator<Item = (u16, DomainTag)>,
    {
        let Plan { mut data, index } = self;
        for task in tasks_mut(&mut data) {
            task.domains.clear();
        }
        for (number, tag) in tags {
            let task = usize::from(number)
                .checked_sub(1)
                .and_then(|i| index.tasks.get(i))
                .and_then(|loc| data.task_at_mut(*loc))
                .ok_or_else(|| Error::InvalidDomainTag {
                    task: format!("task {number}"),
                    domain: tag.domain,
                    problem: DomainTagProblem::NoSuchTask,
                })?;
            task.domains.push(tag);
        }
        Plan::build(data, Reread::No)
    }

    /// A plan with no content, the last resort of [`plan()`](crate::plan).
    pub(crate) fn empty() -> Plan {
        Plan {
            data: PlanData::new(Layout::default()),
            index: Index::default(),
        }
    }

    pub(crate) fn data(&self) -> &PlanData {
        &self.data
    }

    pub(crate) fn departments_index(&self) -> &DepartmentIndex {
        &self.index.departments
    }

    pub(crate) fn targets_index(&self) -> &TargetIndex {
        &self.index.targets
    }

    pub(crate) fn target_list(&self) -> &[Target] {
        &self.data.targets
    }

    /// Every task's location, in document order.
    pub(crate) fn task_locs(&self) -> &[TaskLoc] {
        &self.index.tasks
    }

    /// The locations of a domain's tasks, in document order.
    pub(crate) fn domain_list(&self, domain: Domain) -> &[TaskLoc] {
        self.index.domains.list(domain)
    }

    /// Task `number`'s text folded to one script (see [`crate::script`]); empty for a
    /// task the plan does not have. The first call folds every task's text.
    pub(crate) fn folded_task(&self, number: u16) -> &str {
        let folded = self.index.folded.get_or_init(|| {
            self.tasks()
                .map(|task| {
                    // The task's line as written: title, its 。, body.
                    let mut text = task.title.clone();
                    if task.title_stop {
                        text.push('。');
                    }
                    text.push_str(&task.body);
                    for line in &task.continuation {
                        text.push('\n');
                        text.push_str(line);
                    }
                    crate::script::fold(&text)
                })
                .collect()
        });
        usize::from(number)
            .checked_sub(1)
            .and_then(|i| folded.get(i))
            .map_or("", String::as_str)
    }

    /// Facts about the document: title, issuer, approver, date of issue, period.
    ///
    /// ```
    /// let meta = wuzhong_plan::plan().metadata();
    /// assert_eq!(meta.issuer.as_deref(), Some("吳忠市人民政府辦公室"));
    /// assert_eq!(meta.issue_date.map(|d| d.to_string()).as_deref(), Some("2022-04-26"));
    /// ```
    pub fn metadata(&self) -> &Metadata {
        &self.data.metadata
    }

    /// The lines before the info box: the publication notice.
    pub fn notice(&self) -> &[String] {
        &self.data.notice
    }

    /// The `基本介紹` box, if the text has one.
    pub fn info_box(&self) -> Option<&InfoBox> {
        self.data.info_box.as_ref()
    }

    /// The `全文` line that separates the front matter from the preamble, if any.
    pub fn full_text_marker(&self) -> Option<&str> {
        self.data.full_text_marker.as_deref()
    }

    /// The preamble: the lines between the front matter and the first part.
    pub fn preamble(&self) -> &[String] {
        &self.data.preamble
    }

    /// How the text is laid out in lines.
    pub fn layout(&self) -> Layout {
        self.data.layout
    }

    /// The parts, in order.
    pub fn parts(&self) -> std::slice::Iter<'_, Part> {
        self.data.parts.iter()
    }

    /// Part `number` (1 for `一、`), if there is one.
    ///
    /// ```
    /// assert_eq!(wuzhong_plan::plan().part(3).map(|p| p.title.as_str()), Some("組織實施"));
    /// ```
    pub fn part(&self, number: u8) -> Option<&Part> {
        self.data.parts.get(usize::from(number).checked_sub(1)?)
    }

    /// Every task group of every part, in order.
    pub fn groups(&self) -> impl Iterator<Item = &TaskGroup> + Clone {
        self.data.parts.iter().flat_map(|part| part.groups.iter())
    }

    /// Group `number` of part `part`, if there is one.
    ///
    /// ```
    /// let group = wuzhong_plan::plan().group(2, 3).expect("part 二 has a group (三)");
    /// assert_eq!(group.title, "發展多層次多樣化生活服務");
    /// ```
    pub fn group(&self, part: u8, number: u8) -> Option<&TaskGroup> {
        self.part(part)?
            .groups
            .get(usize::from(number).checked_sub(1)?)
    }

    /// Every task, in order of number (which is document order).
    pub fn tasks(&self) -> Tasks<'_> {
        self.tasks_at(&self.index.tasks)
    }

    /// The tasks at these locations, which must come from this plan's index.
    pub(crate) fn tasks_at<'a>(&'a self, locs: &'a [TaskLoc]) -> Tasks<'a> {
        Tasks {
            data: &self.data,
            locs: locs.iter(),
        }
    }

    /// The task at a location from this plan's index.
    pub(crate) fn task_at(&self, loc: TaskLoc) -> Option<&Task> {
        self.data.task_at(loc)
    }

    /// Task `number`, if there is one.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// assert_eq!(plan.task(1).map(|t| t.title.as_str()), Some("最佳化城鄉義務教育資源"));
    /// assert!(plan.task(0).is_none() && plan.task(51).is_none());
    /// ```
    pub fn task(&self, number: u16) -> Option<&Task> {
        let loc = self.index.tasks.get(usize::from(number).checked_sub(1)?)?;
        self.data.task_at(*loc)
    }

    /// The node with this stable identifier, if there is one.
    ///
    /// ```
    /// use wuzhong_plan::Node;
    /// let plan = wuzhong_plan::plan();
    /// assert!(matches!(plan.node("part-3/task-48"), Some(Node::Task(t)) if t.number == 48));
    /// assert!(matches!(plan.node("part-2/group-5"), Some(Node::Group(g)) if g.title == "健全公共服務要素保障體系"));
    /// assert!(plan.node("part-9").is_none());
    /// ```
    pub fn node(&self, id: &str) -> Option<Node<'_>> {
        match self.locate(id)? {
            NodeLoc::Part(p) => self.data.parts.get(p).map(Node::Part),
            NodeLoc::Group(p, g) => self.data.group_at(p, g).map(Node::Group),
            NodeLoc::Task(loc) => self.data.task_at(loc).map(Node::Task),
        }
    }

    /// The parent of the node with this identifier: a task's group (or its part, for a
    /// task outside any group), a group's part; `None` for a part or an unknown id.
    ///
    /// ```
    /// use wuzhong_plan::Node;
    /// let plan = wuzhong_plan::plan();
    /// let parent = plan.parent("part-2/group-3/task-28").expect("task 28 has a parent");
    /// assert_eq!(parent.id(), "part-2/group-3");
    /// assert_eq!(plan.parent("part-3/task-50").map(|n| n.id()), Some("part-3"));
    /// assert_eq!(plan.parent("part-2/group-3").map(|n| n.title()), Some("重點任務"));
    /// assert!(plan.parent("part-1").is_none());
    /// ```
    pub fn parent(&self, id: &str) -> Option<Node<'_>> {
        match self.node(id)? {
            Node::Part(_) => None,
            Node::Group(group) => self.part(group.part).map(Node::Part),
            Node::Task(task) => match task.group {
                Some(group) => self.group(task.part, group).map(Node::Group),
                None => self.part(task.part).map(Node::Part),
            },
        }
    }
}

impl Plan {
    /// Where the node an id names is, read from the numbers in the id. Ids are checked
    /// against their numbers at load, so an id in canonical form (`part-2/group-3/task-28`,
    /// no leading zeros) that leads to a node is that node's id.
    fn locate(&self, id: &str) -> Option<NodeLoc> {
        match id_indexes(id)? {
            (part, None, None) => Some(NodeLoc::Part(part)),
            (part, Some(group), None) => Some(NodeLoc::Group(part, group)),
            (part, group, Some(task)) => {
                let loc = *self.index.tasks.get(task)?;
                (loc.part == part && loc.group == group).then_some(NodeLoc::Task(loc))
            }
        }
    }
}

/// The numbers a canonical id names, each less one, as indexes: `part-2/group-3/task-28`
/// is `(1, Some(2), Some(27))`, `part-3/task-48` is `(2, None, Some(47))`; `None` for a
/// string that is no canonical id.
fn id_indexes(id: &str) -> Option<(usize, Option<usize>, Option<usize>)> {
    let (part, rest) = leading_number(id, "part-")?;
    if rest.is_empty() {
        return Some((part, None, None));
    }
    let (group, rest) = match leading_number(rest, "/group-") {
        Some((group, "")) => return Some((part, Some(group), None)),
        Some((group, rest)) => (Some(group), rest),
        None => (None, rest),
    };
    let (task, rest) = leading_number(rest, "/task-")?;
    rest.is_empty().then_some((part, group, Some(task)))
}

/// Strips `prefix` and the canonical decimal number after it (no sign, no leading zero,
/// at least 1), returning the number less one, as an index, and the rest.
pub(crate) fn leading_number<'a>(text: &'a str, prefix: &str) -> Option<(usize, &'a str)> {
    let rest = text.strip_prefix(prefix)?;
    let end = rest
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(rest.len());
    let (digits, rest) = rest.split_at_checked(end)?;
    if digits.starts_with('0') || digits.len() > 5 {
        return None;
    }
    let number = digits
        .bytes()
        .fold(0usize, |n, b| n * 10 + usize::from(b - b'0'));
    Some((number.checked_sub(1)?, rest))
}

impl PlanData {
    fn group_at(&self, part: usize, group: usize) -> Option<&TaskGroup> {
        self.parts.get(part)?.groups.get(group)
    }

    pub(crate) fn task_at(&self, loc: TaskLoc) -> Option<&Task> {
        let part = self.parts.get(loc.part)?;
        match loc.group {
            Some(g) => part.groups.get(g)?.tasks.get(loc.task),
            None => part.tasks.get(loc.task),
        }
    }

    fn task_at_mut(&mut self, loc: TaskLoc) -> Option<&mut Task> {
        let part = self.parts.get_mut(loc.part)?;
        match loc.group {
            Some(g) => part.groups.get_mut(g)?.tasks.get_mut(loc.task),
            None => part.tasks.get_mut(loc.task),
        }
    }
}

/// Every task of the plan, each part's own before its groups'.
fn tasks_mut(data: &mut PlanData) -> impl Iterator<Item = &mut Task> {
    data.parts.iter_mut().flat_map(|part| {
        part.tasks.iter_mut().chain(
            part.groups
                .iter_mut()
                .flat_map(|group| group.tasks.iter_mut()),
        )
    })
}

/// Checks that each domain tag of a task is grounded in its text, and none repeated.
fn check_domains(task: &Task) -> Result<(), Error> {
    for (i, tag) in task.domains.iter().enumerate() {
        let problem = if tag.quote.is_empty() {
            Some(DomainTagProblem::EmptyQuote)
        } else if !task.title.contains(&tag.quote) && !task.body.contains(&tag.quote) {
            Some(DomainTagProblem::QuoteNotInTask {
                quote: tag.quote.clone(),
            })
        } else if task.domains.iter().take(i).any(|t| t.domain == tag.domain) {
            Some(DomainTagProblem::Repeated)
        } else {
            None
        };
        if let Some(problem) = problem {
            return Err(Error::InvalidDomainTag {
                task: task.id.clone(),
                domain: tag.domain,
                problem,
            });
        }
    }
    Ok(())
}

fn index_task(
    index: &mut Index,
    task: &Task,
    loc: TaskLoc,
    part: u8,
    group: Option<u8>,
    next_task: &mut u16,
    reread: Reread,
) -> Result<(), Error> {
    expect_field(&task.id, "number", task.number, *next_task)?;
    expect_field(&task.id, "part", task.part, part)?;
    expect_field(&task.id, "group", task.group, group)?;
    expect_id(&task.id, part, group, Some(task.number))?;
    if reread == Reread::Yes {
        check_parties(task)?;
        check_mentions(task)?;
    }
    check_domains(task)?;
    index.tasks.push(loc);
    index.departments.add(task, loc);
    index.domains.add(task, loc);
    *next_task = next_task
        .checked_add(1)
        .ok_or_else(|| Error::Inconsistent {
            node: task.id.clone(),
            field: "number",
            reason: "more tasks than a u16 numbers".to_owned(),
        })?;
    Ok(())
}

/// Reads the parties of every responsibility line written without them (as documents
/// from before parties were part of the schema are), so that they load the same.
fn fill_parties(data: &mut PlanData) -> Result<(), Error> {
    for task in tasks_mut(data) {
        let Some(responsibility) = task.responsibility.as_mut() else {
            continue;
        };
        if !responsibility.parties.is_empty() {
            continue;
        }
        responsibility.parties = responsibility::parties(&responsibility.text)
            .map(|party| party.map(Party::from))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|err| Error::Inconsistent {
                node: task.id.clone(),
                field: "responsibility.text",
                reason: format!(
                    "`{}` does not read as a list of departments ({err})",
                    responsibility.text
                ),
            })?;
    }
    Ok(())
}

/// Checks that a task's parties are what its responsibility line says, read again.
fn check_parties(task: &Task) -> Result<(), Error> {
    let Some(responsibility) = &task.responsibility else {
        return Ok(());
    };
    let inconsistent = |reason: String| Error::Inconsistent {
        node: task.id.clone(),
        field: "responsibility.parties",
        reason,
    };
    let mut given = responsibility.parties.iter();
    for (i, read) in responsibility::parties(&responsibility.text).enumerate() {
        let read = read.map_err(|err| {
            inconsistent(format!(
                "the line `{}` does not read as a list of departments ({err})",
                responsibility.text
            ))
        })?;
        let agrees = given.next().is_some_and(|party| {
            read.department == party.department
                && read.quote == party.quote
                && read.span == party.span
                && read.carried_prefix == party.carried_prefix
        });
        if !agrees {
            return Err(inconsistent(format!(
                "party {i} should be {} (`{}` at {}..{}, carried prefix {}), as the line reads",
                read.department.id(),
                read.quote,
                read.span.start,
                read.span.end,
                read.carried_prefix
            )));
        }
    }
    if given.next().is_some() {
        return Err(inconsistent(format!(
            "more parties than the line `{}` lists",
            responsibility.text
        )));
    }
    Ok(())
}

/// Checks that each mention quotes the body where its span says, and names its actor.
fn check_mentions(task: &Task) -> Result<(), Error> {
    for (i, mention) in task.mentions.iter().enumerate() {
        let inconsistent = |reason: String| Error::Inconsistent {
            node: task.id.clone(),
            field: "mentions",
            reason: format!("mention {i}: {reason}"),
        };
        if mention.span.of(&task.body) != Some(mention.quote.as_str()) {
            return Err(inconsistent(format!(
                "`{}` is not the body's text at {}..{}",
                mention.quote, mention.span.start, mention.span.end
            )));
        }
        if department::mentioned(&mention.quote) != Some(mention.actor) {
            return Err(inconsistent(format!(
                "`{}` does not name {}",
                mention.quote,
                mention.actor.id()
            )));
        }
    }
    Ok(())
}

/// Checks that the node at `position` (0-based) is numbered `position + 1`.
fn expect_number(id: &str, field: &'static str, number: u8, position: usize) -> Result<u8, Error> {
    match u8::try_from(position + 1) {
        Ok(expected) if expected == number => Ok(number),
        _ => Err(Error::Inconsistent {
            node: id.to_owned(),
            field,
            reason: format!("expected {}, found {number}", position + 1),
        }),
    }
}

fn expect_field<T: PartialEq + fmt::Debug>(
    id: &str,
    field: &'static str,
    found: T,
    expected: T,
) -> Result<(), Error> {
    if found == expected {
        Ok(())
    } else {
        Err(Error::Inconsistent {
            node: id.to_owned(),
            field,
            reason: format!("expected {expected:?}, found {found:?}"),
        })
    }
}

/// Checks that a node's id is the one its numbers give, reading the numbers back out of
/// the id rather than writing the expected id for each node.
fn expect_id(id: &str, part: u8, group: Option<u8>, task: Option<u16>) -> Result<(), Error> {
    let index = |n: usize| n.checked_sub(1);
    let expected = index(usize::from(part)).and_then(|p| {
        let g = match group {
            Some(g) => Some(index(usize::from(g))?),
            None => None,
        };
        let t = match task {
            Some(t) => Some(index(usize::from(t))?),
            None => None,
        };
        Some((p, g, t))
    });
    if expected.is_some() && id_indexes(id) == expected {
        return Ok(());
    }
    let expected = match task {
        Some(number) => task_id(part, group, number),
        None => match group {
            Some(group) => group_id(part, group),
            None => part_id(part),
        },
    };
    Err(Error::Inconsistent {
        node: id.to_owned(),
        field: "id",
        reason: format!("expected `{expected}`, the id its place gives"),
    })
}

impl PartialEq for Plan {
    fn eq(&self, other: &Plan) -> bool {
        self.data == other.data
    }
}

impl Eq for Plan {}

impl fmt::Debug for Plan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.data.fmt(f)
    }
}

impl Serialize for Plan {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.data.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Plan {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Plan, D::Error> {
        let data = PlanData::<TargetRecord<'_>>::deserialize(deserializer)?;
        data.into_typed()
            .and_then(Plan::from_data)
            .map_err(serde::de::Error::custom)
    }
}

/// An iterator over tasks in document order: every task, from [`Plan::tasks`], or the
/// tasks a department query finds, from [`Plan::tasks_led_by`] and its siblings. It
/// knows its length, and walks backwards as well.
///
/// ```
/// let plan = wuzhong_plan::plan();
/// assert_eq!(plan.tasks().len(), 50);
/// let tasks = plan.tasks_involving("市殘聯")?;
/// assert_eq!(tasks.len(), 1);
/// assert_eq!(plan.tasks_led_by("教育局")?.next_back().map(|t| t.number), Some(37));
/// # Ok::<(), wuzhong_plan::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Tasks<'a> {
    data: &'a PlanData,
    locs: std::slice::Iter<'a, TaskLoc>,
}

impl<'a> Iterator for Tasks<'a> {
    type Item = &'a Task;

    fn next(&mut self) -> Option<&'a Task> {
        // Every location was taken from `data` when the index was built, so each resolves.
        self.locs.by_ref().find_map(|loc| self.data.task_at(*loc))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.locs.size_hint()
    }
}

impl DoubleEndedIterator for Tasks<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let data = self.data;
        self.locs.by_ref().rev().find_map(|loc| data.task_at(*loc))
    }
}

impl ExactSizeIterator for Tasks<'_> {}

impl std::iter::FusedIterator for Tasks<'_> {}

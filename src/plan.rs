//! [`Plan`]: the whole document, its JSON form and the lookups built once when it loads.

use std::fmt;
use std::io;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::department::DepartmentTable;
use crate::domain::{Domain, DomainTag};
use crate::error::{Error, Invalid, InvalidKind};
use crate::model::{InfoBox, Layout, Metadata, Node, Part, Party, Task, TaskGroup};
use crate::query::{DepartmentIndex, DomainIndex, TargetIndex};
use crate::render::{Out, Tighten, tighten_json};
use crate::responsibility;
use crate::target::{Target, TargetRecord};
use crate::validate::{self, Reread, id_indexes};

/// The version of the JSON layout this crate writes (`schema_version`), and the newest it
/// reads.
///
/// Version 2 added `layout.byte_order_mark` and the `"cr"` line ending. A document of an
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
pub const SCHEMA_VERSION: u32 = 2;

/// The oldest `schema_version` this crate reads.
pub const OLDEST_SCHEMA_VERSION: u32 = 1;

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
    /// The data with each target record read into a [`Target`], checking its numbers:
    /// every value that does not fit its type is reported, before any invariant between
    /// nodes is checked.
    fn into_typed(self) -> Result<PlanData, Error> {
        let mut targets = Vec::with_capacity(self.targets.len());
        let mut problems = Vec::new();
        for record in self.targets {
            match Target::try_from(record) {
                Ok(target) => targets.push(target),
                Err(problem) => problems.push(problem),
            }
        }
        if !problems.is_empty() {
            return Err(Error::Invalid(problems));
        }
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
        let data: PlanData<TargetRecord<'_>> =
            serde_json::from_str(json).map_err(|err| Error::json(err, json))?;
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
        let tight =
            tighten_json(&pretty).map_err(<serde_json::Error as serde::ser::Error>::custom)?;
        Ok(tight)
    }

    /// Writes the plan's JSON to `writer`: the same bytes as [`Plan::to_json`], written
    /// as they are made, so that the whole text is never held in memory (the
    /// `wuzhong-plan` command line counts a plan's JSON bytes this way). A writer that
    /// buffers is best, as the JSON comes in many small writes.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let mut json = Vec::new();
    /// plan.write_json(&mut json)?;
    /// assert_eq!(json, plan.to_json()?.into_bytes());
    ///
    /// // The size of the JSON, without holding it.
    /// struct Count(usize);
    /// impl std::io::Write for Count {
    ///     fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
    ///         self.0 += bytes.len();
    ///         Ok(bytes.len())
    ///     }
    ///     fn flush(&mut self) -> std::io::Result<()> {
    ///         Ok(())
    ///     }
    /// }
    /// let mut count = Count(0);
    /// plan.write_json(&mut count)?;
    /// assert_eq!(count.0, json.len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// The writer's error, as it gave it.
    pub fn write_json<W: io::Write>(&self, writer: W) -> io::Result<()> {
        // `serde_json`'s pretty output, in large pieces, through the tightening.
        let mut pretty = io::BufWriter::with_capacity(1 << 16, Tighten::new(Out(writer)));
        serde_json::to_writer_pretty(&mut pretty, &self.data)?;
        pretty
            .into_inner()
            .map_err(io::IntoInnerError::into_error)?
            .finish_writing()?
            .flush()
    }

    /// Builds the indexes, checking the invariants they rely on.
    pub(crate) fn from_data(data: PlanData) -> Result<Plan, Error> {
        Plan::build(data, Reread::Yes)
    }

    /// Builds the indexes of data the parser has just read, which need not be read again
    /// (and whose schema version is this crate's); a plan that breaks invariants is
    /// refused with every broken one and the data back, for the parser to say on which
    /// line the first stands.
    pub(crate) fn from_parsed(data: PlanData) -> Result<Plan, (Vec<Invalid>, Box<PlanData>)> {
        Plan::checked(data, Reread::No)
    }

    fn build(mut data: PlanData, reread: Reread) -> Result<Plan, Error> {
        if !(OLDEST_SCHEMA_VERSION..=SCHEMA_VERSION).contains(&data.schema_version) {
            return Err(Error::UnsupportedSchema {
                found: data.schema_version,
                expected: SCHEMA_VERSION,
            });
        }
        data.schema_version = SCHEMA_VERSION;
        if reread == Reread::Yes {
            fill_parties(&mut data);
        }
        Plan::checked(data, reread).map_err(|(problems, _)| Error::Invalid(problems))
    }

    /// Checks the invariants, then builds the indexes; a plan that breaks some is
    /// refused with every broken one and its data.
    fn checked(data: PlanData, reread: Reread) -> Result<Plan, (Vec<Invalid>, Box<PlanData>)> {
        let problems = validate::check(&data, reread);
        if !problems.is_empty() {
            return Err((problems, Box::new(data)));
        }
        let index = Index::build(&data);
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
    /// [`Error::Invalid`] listing every target that does not fit, with the field at
    /// fault.
    pub fn with_targets<I>(mut self, targets: I) -> Result<Plan, Error>
    where
        I: IntoIterator<Item = Target>,
    {
        self.data.targets = targets.into_iter().collect();
        let problems = validate::check(&self.data, Reread::No);
        if !problems.is_empty() {
            return Err(Error::Invalid(problems));
        }
        self.index.targets =
            TargetIndex::build(&self.data, &self.index.tasks, &self.index.departments);
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
    /// [`Error::Invalid`] listing every tag that does not fit, or naming a task the plan
    /// does not have.
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
                .ok_or_else(|| {
                    Error::Invalid(vec![Invalid::new(
                        format!("task {number}"),
                        "domains",
                        InvalidKind::NoSuchPlace {
                            place: format!("task {number} for the {} tag", tag.domain.id()),
                        },
                    )])
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

/// Strips `prefix` and the canonical decimal number after it (no sign, no leading zero,
/// at least 1), returning the number less one, as an index, and the rest.
pub(crate) fn leading_number<'a>(text: &'a str, prefix: &str) -> Option<(usize, &'a str)> {
    let rest = text.strip_prefix(prefix)?;
    let end = rest
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(rest.len());
    let (digits, rest) = rest.split_at_checked(end)?;
    if digits.starts_with('0') {
        return None;
    }
    // Any number of digits, as long as the number fits a `usize`: a plan may have more
    // than 99,999 targets in a task.
    let number = digits.bytes().try_fold(0usize, |n, b| {
        n.checked_mul(10)?.checked_add(usize::from(b - b'0'))
    })?;
    Some((number.checked_sub(1)?, rest))
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

impl Index {
    /// The lookups of a plan whose invariants hold.
    fn build(data: &PlanData) -> Index {
        let mut index = Index::default();
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
                index.domains.add(task, loc);
            }
        }
        index.targets = TargetIndex::build(data, &index.tasks, &index.departments);
        index
    }
}

/// Reads the parties of every responsibility line written without them (as documents
/// from before parties were part of the schema are), so that they load the same. A line
/// that does not read is left without parties, for the check to report.
fn fill_parties(data: &mut PlanData) {
    for task in tasks_mut(data) {
        let Some(responsibility) = task.responsibility.as_mut() else {
            continue;
        };
        if !responsibility.parties.is_empty() {
            continue;
        }
        if let Ok(parties) = responsibility::parties(&responsibility.text)
            .map(|party| party.map(Party::from))
            .collect::<Result<Vec<_>, _>>()
        {
            responsibility.parties = parties;
        }
    }
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

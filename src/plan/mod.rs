//! [`Plan`]: a plan's data checked and paired with the lookups built once when it is
//! made.
//!
//! A plan comes from JSON ([`json`]: typed, then checked, then indexed), from the
//! parser (through [`parse`](crate::parse())), or from another plan with curated
//! targets or domains; every way in runs the checks of [`crate::check`] before
//! [`index`] builds the lookups, so the lookups are built from sound data and cannot
//! fail; [`diagnose`] then lists what the reading noticed but could not fully
//! understand (a body of no known kind). The accessors here answer from those lookups; the queries built on them are in
//! [`crate::query`].

mod diagnose;
mod index;
mod json;
mod locate;
mod tighten;

use std::fmt;

use crate::base::numeral;
use crate::base::variants::Haystack;
use crate::check::{self, Reread};
use crate::error::Error;
use crate::fault::{Invalid, InvalidKind};
use crate::model::ids::id_indexes;
use crate::model::{
    Annex, Diagnostic, InfoBox, Layout, LeadRule, Metadata, Node, OLDEST_SCHEMA_VERSION,
    Organization, Part, PlanData, RULES_SCHEMA_VERSION, SCHEMA_VERSION, STRUCTURE_SCHEMA_VERSION,
    Source, Spacing, Target, Task, TaskGroup, TaskLoc, tasks_mut,
};
use crate::read::deadlines;
use crate::read::front::derive_metadata;
use crate::read::organizations::{self, Fill};
use crate::vocab::body::government_place;
use crate::vocab::domain::{Domain, DomainTag};
use crate::vocab::level::Level;

pub(crate) use index::{Index, OrganizationIndex, TargetIndex};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NodeLoc {
    Part(usize),
    Group(usize, usize),
    Task(TaskLoc),
}

/// A whole plan: metadata, front matter and the tree of parts, task groups and tasks.
///
/// Get the embedded Wuzhong plan with [`plan()`](crate::plan()), read any document of the
/// same schema with [`Plan::from_json`], or any text of the genre with
/// [`parse`](crate::parse()). Lookups answer from indexes built once, when the plan is
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
        let fill = if data.schema_version < RULES_SCHEMA_VERSION {
            Fill::Older
        } else {
            Fill::Given
        };
        // The front matter's heading, number and signature are read as version 5 reads
        // them: an older document's metadata is derived again from its lines.
        if data.schema_version < STRUCTURE_SCHEMA_VERSION {
            data.metadata = derive_metadata(&data);
            deadlines::fill(&mut data);
        }
        data.schema_version = SCHEMA_VERSION;
        if reread == Reread::Yes {
            organizations::complete(&mut data, fill);
        }
        Plan::checked(data, reread).map_err(|(problems, _)| Error::Invalid(problems))
    }

    /// Builds the indexes of data known to be valid (the embedded plan's, which the test
    /// suite proves is the plan [`Plan::from_json`] reads), without checking it again;
    /// its table of kinds is made from its organisations, as loading makes it.
    pub(crate) fn trusted(mut data: PlanData) -> Plan {
        organizations::complete(&mut data, Fill::Given);
        let index = Index::build(&data);
        Plan { data, index }
    }

    /// A plan with no content, the last resort of [`plan()`](crate::plan()).
    pub(crate) fn empty() -> Plan {
        Plan {
            data: PlanData::new(Layout::default()),
            index: Index::default(),
        }
    }

    /// Checks the invariants, then builds the indexes; a plan that breaks some is
    /// refused with every broken one and its data.
    fn checked(data: PlanData, reread: Reread) -> Result<Plan, (Vec<Invalid>, Box<PlanData>)> {
        let problems = check::check(&data, reread);
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
    /// This is how a curated list joins a plan [`parse`](crate::parse()) has read (whose
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
        let problems = check::check(&self.data, Reread::No);
        if !problems.is_empty() {
            return Err(Error::Invalid(problems));
        }
        self.index.rebuild_targets(&self.data);
        Ok(self)
    }

    /// The plan with these domain tags, each given with its task's number, in place of
    /// its own; checked as loading checks them (each quote is in its task's title or
    /// body, no domain twice in a task).
    ///
    /// This is how the curated domains join a plan [`parse`](crate::parse()) has read
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

    /// Checks every invariant of the plan and lists each one broken, in document order.
    ///
    /// The invariants: parts and groups numbered from 1 in order, tasks from 1 across the
    /// document without gaps; every id the one its place gives, and unique; each task's
    /// and group's `part` and `group` those of its place, each part's `kind` the one its
    /// title gives; every span inside its text and every quote the text there; each
    /// responsibility line's parties (the lead first) and each mention's actor what the
    /// text says when read again; each domain tag's quote in its task's text, no domain
    /// twice; each target's task or paragraph in the plan, its part its task's, its
    /// deadline the words at `dated_by` and inside the plan period, targets in the order of
    /// the text; every body a task's text names among its mentions; the metadata what the
    /// front matter says; and every field what the text can carry back (one-line fields
    /// without line breaks, titles not empty, a task title without `。`, prose that reads
    /// as prose), so that the plan's text reads back into the plan.
    ///
    /// [`Plan::from_json`], [`parse`](crate::parse()), [`Plan::with_targets`] and
    /// [`Plan::with_domains`] run this check and refuse a plan that fails it, so a `Plan`
    /// in hand passes: this is the list of what a plan keeps, and the check to run on one
    /// at any time.
    ///
    /// ```
    /// assert_eq!(wuzhong_plan::plan().validate(), Ok(()));
    /// ```
    ///
    /// # Errors
    ///
    /// Every broken invariant, as an [`Invalid`] naming the node, the field and the fault.
    pub fn validate(&self) -> Result<(), Vec<Invalid>> {
        let problems = check::check(self.data(), Reread::Yes);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    pub(crate) fn data(&self) -> &PlanData {
        &self.data
    }

    pub(crate) fn organizations_index(&self) -> &OrganizationIndex {
        &self.index.organizations
    }

    pub(crate) fn index(&self) -> &Index {
        &self.index
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

    /// Task `number`'s text (its line as written, then any continuation lines) prepared
    /// for text queries (see [`crate::base::variants`]); `None` for a task the plan does
    /// not have. The first call prepares every task's text.
    pub(crate) fn task_text(&self, number: u16) -> Option<&Haystack> {
        let texts = self.index.task_texts.get_or_init(|| {
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
                    Haystack::new(text)
                })
                .collect()
        });
        usize::from(number)
            .checked_sub(1)
            .and_then(|i| texts.get(i))
    }

    /// The quote of the target at `index` of the plan's list of targets, prepared for
    /// text queries; `None` past the end of the list. The first call prepares every
    /// target's quote.
    pub(crate) fn target_quote(&self, index: usize) -> Option<&Haystack> {
        self.index
            .target_quotes
            .get_or_init(|| {
                self.target_list()
                    .iter()
                    .map(|target| Haystack::new(target.quote.clone()))
                    .collect()
            })
            .get(index)
    }

    /// The positions in the plan's list of targets of task `number`'s targets, in the
    /// order of the text.
    pub(crate) fn target_indices_in_task(&self, number: u16) -> &[usize] {
        let index = self.targets_index();
        index
            .task_range(number)
            .and_then(|(start, end)| index.order.get(start..end))
            .unwrap_or_default()
    }

    /// The file the plan's text was read from: its format and SHA-256 digest. `None`
    /// for a plan from JSON written before `schema_version` 7, which did not record it.
    ///
    /// ```
    /// use wuzhong_plan::SourceFormat;
    ///
    /// let source = wuzhong_plan::plan().source().expect("the embedded plan records its source");
    /// assert_eq!(source.format, SourceFormat::Text);
    /// assert_eq!(source.sha256.len(), 64);
    /// ```
    pub fn source(&self) -> Option<&Source> {
        self.data.source.as_ref()
    }

    /// The plan with `source` as the file its text was read from (the plan read from a
    /// web page or a Word file records that file, not the text taken from it).
    pub(crate) fn with_source(mut self, source: Source) -> Plan {
        self.data.source = Some(source);
        self
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

    /// The level of government the plan itself is at: the level its issuer's name
    /// gives ([`Level::National`] for the State Council's, [`Level::City`] for
    /// `吳忠市人民政府辦公室`), or else its title's; `None` when neither gives one. It is
    /// the level a body the plan names with no level word and no place is read at.
    ///
    /// ```
    /// use wuzhong_plan::Level;
    /// assert_eq!(wuzhong_plan::plan().level(), Some(Level::City));
    /// let plan = wuzhong_plan::parse("国务院关于印发实施方案的通知\n一、重点任务\n\
    ///                                 1.推进改革。抓好落实。\n责任单位：财政部\n")?;
    /// assert_eq!(plan.level(), Some(Level::National));
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    pub fn level(&self) -> Option<Level> {
        organizations::home_level(&self.data.metadata)
    }

    /// The place of the government that issued the plan, as its issuer's name writes it
    /// with its level word: `吳忠市` for `吳忠市人民政府辦公室`, `寧夏回族自治區` for
    /// `寧夏回族自治區人民政府`. `None` when the plan names no issuer, or its issuer names
    /// no place (`國務院辦公廳`); unlike [`Plan::level`], the title is not read for it.
    ///
    /// ```
    /// use wuzhong_plan::Level;
    /// assert_eq!(wuzhong_plan::plan().place(), Some("吳忠市"));
    /// let plan = wuzhong_plan::parse("宁夏回族自治区人民政府办公厅关于印发实施方案的通知\n\
    ///                                 一、重点任务\n1.推进改革。抓好落实。\n责任单位：自治区财政厅\n")?;
    /// assert_eq!(plan.metadata().issuer.as_deref(), Some("宁夏回族自治区人民政府办公厅"));
    /// assert_eq!((plan.place(), plan.level()), (Some("宁夏回族自治区"), Some(Level::Province)));
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    pub fn place(&self) -> Option<&str> {
        government_place(self.data.metadata.issuer.as_deref()?)
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

    /// The organisations the plan's responsibility lines name, in the order the plan
    /// first names them.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// assert_eq!(plan.organizations().len(), 29);
    /// let first = plan.organizations().next().expect("the plan names bodies");
    /// assert_eq!((first.id.as_str(), first.name.as_str()), ("education", "市教育局"));
    /// ```
    pub fn organizations(&self) -> std::slice::Iter<'_, Organization> {
        self.data.organizations.iter()
    }

    /// The organisation with this id, if the plan names it.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let counties = plan.organization("county-governments").expect("the plan names 各縣(市、區)");
    /// assert_eq!(counties.members.len(), 5);
    /// assert!(plan.organization("public-security").is_none());
    /// ```
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        let at = self.index.organizations.position(&self.data, id)?;
        self.data.organizations.get(at)
    }

    /// The lead rules the document states, in its order: each says who leads from where
    /// it stands to the end of the text (see [`LeadRule`]).
    ///
    /// ```
    /// let text = "一、任务\n1.甲。（市财政局、市税务局负责。列第一位者为牵头单位，下同）\n\
    ///             2.乙。（市商务局、市财政局负责）\n";
    /// let plan = wuzhong_plan::parse(text)?;
    /// assert_eq!(plan.lead_rules().len(), 1);
    /// assert_eq!(wuzhong_plan::plan().lead_rules().len(), 0);
    /// # Ok::<(), wuzhong_plan::ParseError>(())
    /// ```
    pub fn lead_rules(&self) -> std::slice::Iter<'_, LeadRule> {
        self.data.lead_rules.iter()
    }

    /// What reading the plan noticed but could not fully understand, in the order of
    /// the lines they stand on, each with its [`kind`](Diagnostic::kind):
    ///
    /// - a party whose body is of no kind the vocabulary knows, or whose name several
    ///   kinds share (kept as an organisation with no kind, never dropped or guessed);
    /// - a plan with parts but no task, and a task that names no responsible body
    ///   (outside an implementation part such as `組織實施`, whose tasks fall to all);
    /// - a bracketed note that reads like responsibility (`牽頭`, `負責`) but not as a
    ///   list of bodies, and lines after a task's responsibility, kept as text;
    /// - a notice's annex list, and lines laid out as a table of tasks, kept as text;
    /// - a text that stops in the middle of a task or of a note.
    ///
    /// They are found on the first call, from the plan's data, so a plan loaded from its
    /// JSON has the same as the one parsed from its text.
    ///
    /// ```
    /// use wuzhong_plan::DiagnosticKind;
    /// assert!(wuzhong_plan::plan().diagnostics().is_empty());
    /// let cut = wuzhong_plan::parse("一、重點任務\n1.甲。乙。\n責任單位:市民政局\n2.丙。到2025年,建成")?;
    /// let found: Vec<(usize, DiagnosticKind)> = cut.diagnostics().iter().map(|d| (d.line, d.kind)).collect();
    /// assert_eq!(found, [(4, DiagnosticKind::Truncated)]);
    /// # Ok::<(), wuzhong_plan::ParseError>(())
    /// ```
    pub fn diagnostics(&self) -> &[Diagnostic] {
        self.index
            .diagnostics
            .get_or_init(|| diagnose::diagnose(&self.data))
    }

    /// How the text is laid out in lines.
    pub fn layout(&self) -> Layout {
        self.data.layout
    }

    /// The blank lines and indentation of the text, apart from its content.
    ///
    /// ```
    /// let plan = wuzhong_plan::parse("　　一、重點任務\n\n　　1.甲。乙。\n　　責任單位:市民政局")?;
    /// let spacing = plan.spacing();
    /// assert_eq!(spacing.blank_lines[0].line, 2);
    /// assert_eq!(spacing.indents[0].indent, "　　");
    /// assert_eq!(plan.part(1).map(|p| p.title.as_str()), Some("重點任務"));
    /// assert!(wuzhong_plan::plan().spacing().is_empty());
    /// # Ok::<(), wuzhong_plan::ParseError>(())
    /// ```
    pub fn spacing(&self) -> &Spacing {
        &self.data.spacing
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

    /// The task a reference names as people cite it: `23`, `23.`, `第23條`, `第23项`,
    /// `第二十三條`, `２３`; `None` when the text names no number, or no task of the plan.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// for cited in ["23", "23.", "第23條", "第23项", "第二十三條"] {
    ///     assert_eq!(plan.task_by_reference(cited).map(|t| t.number), Some(23));
    /// }
    /// assert!(plan.task_by_reference("第51條").is_none() && plan.task_by_reference("t23").is_none());
    /// ```
    ///
    /// The number is the one the text writes: `21` finds a table's row 21 where rows
    /// 15–20 were cut. Where several tasks write it (numbering that restarts in each
    /// part), the reference is ambiguous and finds none: [`Plan::tasks_numbered`] lists
    /// them.
    pub fn task_by_reference(&self, reference: &str) -> Option<&Task> {
        let mut numbered = self.tasks_numbered(numeral::cited_number(reference)?);
        let task = numbered.next()?;
        numbered.next().is_none().then_some(task)
    }

    /// The tasks whose number, as the text writes it, is `value`, in document order:
    /// one in a plan numbered straight through, several where numbering restarts.
    ///
    /// ```
    /// let plan = wuzhong_plan::parse("一、重點任務\n1.甲。乙。\n二、保障措施\n1.丙。丁。\n")?;
    /// let ids: Vec<&str> = plan.tasks_numbered(1).map(|t| t.id.as_str()).collect();
    /// assert_eq!(ids, ["part-1/task-1", "part-2/task-2"]);
    /// assert!(plan.task_by_reference("1").is_none());
    /// # Ok::<(), wuzhong_plan::ParseError>(())
    /// ```
    pub fn tasks_numbered(&self, value: u16) -> impl Iterator<Item = &Task> + '_ {
        // Most plans write each task's place: that task is looked up, and the scan is
        // for plans that do not.
        let direct = self
            .task(value)
            .filter(|task| task.written_number() == Some(value));
        let renumbered = self.data.tasks().any(|task| task.written.is_some());
        direct.into_iter().filter(move |_| !renumbered).chain(
            self.data
                .tasks()
                .filter(move |task| renumbered && task.written_number() == Some(value)),
        )
    }

    /// The annexes the plan's notice carries (`附件1`), in order; their parts are those
    /// whose [`annex`](Part::annex) is their number.
    pub fn annexes(&self) -> &[Annex] {
        &self.data.annexes
    }

    /// The signature block that ends the document itself (issuer, date,
    /// `（此件公开发布）`), before any annex.
    pub fn signature(&self) -> &[String] {
        &self.data.signature
    }

    /// The level of a task's numbering in its document (the plan's own text, or its
    /// annex): 1, plus 1 if the document has parts with headings, plus 1 if it has task
    /// groups. The tasks of a document numbered `一、` `（一）` `1.` are at level 3, its
    /// `（一）` tasks at level 2 where it has no groups, `一、` tasks at level 1.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// assert!(plan.tasks().all(|task| plan.level_of(task) == 3));
    /// ```
    pub fn level_of(&self, task: &Task) -> u8 {
        let annex = self.part(task.part).map(|part| part.annex);
        let mut parts = self.parts().filter(|part| Some(part.annex) == annex);
        let (mut headed, mut grouped) = (false, false);
        for part in parts.by_ref() {
            headed |= !part.headless;
            grouped |= !part.groups.is_empty();
        }
        1 + u8::from(headed) + u8::from(grouped)
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
                let same = usize::from(loc.part) == part && loc.group.map(usize::from) == group;
                same.then_some(NodeLoc::Task(loc))
            }
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

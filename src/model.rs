//! The typed model of a plan: its metadata, front matter, parts, task groups and tasks.
//!
//! Every node type here is plain data with public fields, so that a renderer or an
//! analysis can read it directly; the [`Plan`](crate::Plan) that owns them keeps its
//! fields private, because its lookup indexes must stay in step with them.
//!
//! The small enums ([`NumberMarker`], [`Colon`], [`Brackets`], [`ResponsibilityLabel`],
//! [`LineEnding`]) record how the source wrote a piece of punctuation, so that
//! [`Plan::to_text`](crate::Plan::to_text) gives back the input byte for byte whatever
//! variant it came in. Their `Display` writes the literal text and their `FromStr`
//! reads it back.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::department::{Actor, Department, Role};
use crate::domain::DomainTag;

/// Declares one of the crate's small enums with the derives they all share: `Copy`,
/// `Eq`, `Hash`, `Ord`, serde, and strum's `Display`, `FromStr`, iteration and
/// `&'static str` conversion (`tests/enums.rs` checks that `Display`, `FromStr` and
/// the JSON form agree).
macro_rules! literal_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($body:tt)* }) => {
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            ::serde::Serialize, ::serde::Deserialize,
            ::strum::Display, ::strum::EnumString, ::strum::EnumIter, ::strum::IntoStaticStr,
        )]
        $(#[$meta])*
        pub enum $name { $($body)* }
    };
}
pub(crate) use literal_enum;

/// Facts about the document as a whole, derived from its front matter.
///
/// Each field is `None` when the text does not state it (a plan of the same genre
/// that starts directly with its preamble has no info box to take them from).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Metadata {
    /// The document's title, for example `吳忠市“十四五”公共服務發展實施方案`.
    pub title: Option<String>,
    /// The body that issued the document, for example `吳忠市人民政府辦公室`.
    pub issuer: Option<String>,
    /// The body that approved it (the notice's `已經…同意`), for example `吳忠市人民政府`.
    pub approver: Option<String>,
    /// The date of issue.
    pub issue_date: Option<Date>,
    /// The five-year period the plan covers, read from the `“十四五”` in its title.
    pub period: Option<Period>,
}

/// A calendar date, written `2022-04-26` in JSON and by `Display`.
///
/// ```
/// use wuzhong_plan::Date;
/// let date: Date = "2022-04-26".parse()?;
/// assert_eq!((date.year, date.month, date.day), (2022, 4, 26));
/// assert_eq!(date.to_string(), "2022-04-26");
/// assert!("2022-02-30".parse::<Date>().is_err());
/// # Ok::<(), wuzhong_plan::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    /// The year, for example 2022.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31 (and no more than the month has).
    pub day: u8,
}

impl Date {
    /// A date, or `None` when the month or day does not exist.
    ///
    /// ```
    /// use wuzhong_plan::Date;
    /// assert!(Date::new(2024, 2, 29).is_some());
    /// assert!(Date::new(2022, 2, 29).is_none());
    /// ```
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Date, crate::Error> {
        let invalid = || crate::Error::InvalidDate {
            input: s.to_owned(),
        };
        let mut fields = s.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err(invalid());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(invalid());
        }
        let (Ok(year), Ok(month), Ok(day)) = (y.parse(), m.parse(), d.parse()) else {
            return Err(invalid());
        };
        Date::new(year, month, day).ok_or_else(invalid)
    }
}

impl TryFrom<String> for Date {
    type Error = crate::Error;

    fn try_from(s: String) -> Result<Date, crate::Error> {
        s.parse()
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_string()
    }
}

/// An inclusive span of years, such as the plan period 2021–2025.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// The first year.
    pub start: u16,
    /// The last year, inclusive.
    pub end: u16,
}

impl Period {
    /// Whether `year` falls inside the period.
    ///
    /// ```
    /// let period = wuzhong_plan::plan().metadata().period.expect("the plan states its period");
    /// assert!(period.contains(2025) && !period.contains(2026));
    /// ```
    pub fn contains(&self, year: u16) -> bool {
        (self.start..=self.end).contains(&year)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}–{}", self.start, self.end)
    }
}

/// The `基本介紹` box of key–value lines that some published copies carry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct InfoBox {
    /// The box's heading line as written: `基本介紹` (or `基本介绍`).
    pub heading: String,
    /// Its `- key:value` lines, in order.
    pub entries: Vec<InfoEntry>,
}

/// One `- key:value` line of the [`InfoBox`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct InfoEntry {
    /// The key, for example `頒布時間`.
    pub key: String,
    /// The colon between key and value.
    pub colon: Colon,
    /// The value, for example `2022年4月26日`.
    pub value: String,
}

literal_enum! {
    /// What a part of the plan is for, recognised from its title.
    ///
    /// `Display` gives the id used in JSON (`key-tasks`); `FromStr` also accepts the
    /// Traditional and Simplified titles the genre uses.
    ///
    /// ```
    /// use wuzhong_plan::PartKind;
    /// assert_eq!("重點任務".parse::<PartKind>()?, PartKind::KeyTasks);
    /// assert_eq!("重点任务".parse::<PartKind>()?, PartKind::KeyTasks);
    /// assert_eq!(PartKind::KeyTasks.to_string().parse::<PartKind>()?, PartKind::KeyTasks);
    /// # Ok::<(), strum::ParseError>(())
    /// ```
    #[serde(rename_all = "kebab-case")]
    #[non_exhaustive]
    pub enum PartKind {
        /// The objectives (`主要目標`): prose, dated goals.
        #[strum(
            to_string = "objectives",
            serialize = "主要目標",
            serialize = "主要目标",
            serialize = "發展目標",
            serialize = "发展目标",
            serialize = "總體目標",
            serialize = "总体目标",
            serialize = "工作目標",
            serialize = "工作目标"
        )]
        Objectives,
        /// The key tasks (`重點任務`): task groups and numbered tasks.
        #[strum(
            to_string = "key-tasks",
            serialize = "重點任務",
            serialize = "重点任务",
            serialize = "主要任務",
            serialize = "主要任务"
        )]
        KeyTasks,
        /// Organisation and implementation (`組織實施`): numbered tasks without groups.
        #[strum(
            to_string = "implementation",
            serialize = "組織實施",
            serialize = "组织实施",
            serialize = "保障措施",
            serialize = "組織保障",
            serialize = "组织保障"
        )]
        Implementation,
        /// A part whose title the genre does not fix.
        #[strum(to_string = "other")]
        Other,
    }
}

impl PartKind {
    /// The kind a part with this title has: [`PartKind::Other`] for titles the genre does not fix.
    pub fn of_title(title: &str) -> PartKind {
        match title.parse() {
            Ok(PartKind::Other) | Err(_) => PartKind::Other,
            Ok(kind) => kind,
        }
    }

    /// Whether task groups `(一)` may stand in a part of this kind: they structure the
    /// key tasks, so they may not stand in the objectives or the implementation part.
    pub fn allows_groups(self) -> bool {
        !matches!(self, PartKind::Objectives | PartKind::Implementation)
    }
}

/// A part of the plan, headed `一、主要目標`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Part {
    /// The stable identifier, `part-N`.
    pub id: String,
    /// The part's number, 1 for `一`.
    pub number: u8,
    /// The title after `一、`, for example `主要目標`.
    pub title: String,
    /// What the part is for, recognised from its title.
    pub kind: PartKind,
    /// Lines of prose after the heading, before any task or group.
    pub paragraphs: Vec<String>,
    /// Tasks that stand directly in the part, outside any group (tasks 48–50 in part 三).
    pub tasks: Vec<Task>,
    /// The part's task groups (the five groups of part 二).
    pub groups: Vec<TaskGroup>,
}

impl Part {
    /// The heading line as the text writes it: `一、主要目標`.
    ///
    /// ```
    /// assert_eq!(wuzhong_plan::plan().part(2).map(|p| p.heading()).as_deref(), Some("二、重點任務"));
    /// ```
    pub fn heading(&self) -> String {
        format!("{}、{}", numeral(self.number), self.title)
    }
}

/// The Chinese numeral for a part or group number; digits for a number past 99, which
/// no heading of the genre has.
fn numeral(number: u8) -> String {
    crate::numeral::to_numeral(number).unwrap_or_else(|| number.to_string())
}

literal_enum! {
    /// The brackets around a group's number: `(一)` or `（一）`.
    pub enum Brackets {
        /// `(` and `)`.
        #[serde(rename = "()")]
        #[strum(to_string = "()")]
        Ascii,
        /// `（` and `）`.
        #[serde(rename = "（）")]
        #[strum(to_string = "（）")]
        FullWidth,
    }
}

impl Brackets {
    /// The opening bracket.
    pub fn open(self) -> char {
        match self {
            Brackets::Ascii => '(',
            Brackets::FullWidth => '（',
        }
    }

    /// The closing bracket.
    pub fn close(self) -> char {
        match self {
            Brackets::Ascii => ')',
            Brackets::FullWidth => '）',
        }
    }
}

/// A group of tasks inside a part, headed `(一)推進基本公共服務均等可及`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct TaskGroup {
    /// The stable identifier, `part-N/group-M`.
    pub id: String,
    /// The number of the part it stands in.
    pub part: u8,
    /// The group's number within its part, 1 for `(一)`.
    pub number: u8,
    /// The brackets around the number.
    pub brackets: Brackets,
    /// The title after the number.
    pub title: String,
    /// Lines of prose after the heading, before the first task.
    pub paragraphs: Vec<String>,
    /// The group's tasks, in order.
    pub tasks: Vec<Task>,
}

impl TaskGroup {
    /// The heading line as the text writes it: `(一)推進基本公共服務均等可及`.
    ///
    /// ```
    /// let group = wuzhong_plan::plan().group(2, 1).expect("part 二 has a group (一)");
    /// assert_eq!(group.heading(), "(一)推進基本公共服務均等可及");
    /// ```
    pub fn heading(&self) -> String {
        let (open, close) = (self.brackets.open(), self.brackets.close());
        format!("{open}{}{close}{}", self.numeral(), self.title)
    }

    /// The group's number as its heading writes it: `三` for `(三)`.
    ///
    /// ```
    /// let group = wuzhong_plan::plan().group(2, 3).expect("part 二 has a group (三)");
    /// assert_eq!(group.numeral(), "三");
    /// ```
    pub fn numeral(&self) -> String {
        numeral(self.number)
    }
}

literal_enum! {
    /// What follows a task's number: `1.`, `1．` or `1、`.
    pub enum NumberMarker {
        /// An ASCII full stop, `1.`.
        #[serde(rename = ".")]
        #[strum(to_string = ".")]
        Dot,
        /// A full-width full stop, `1．`.
        #[serde(rename = "．")]
        #[strum(to_string = "．")]
        FullWidthDot,
        /// An enumeration comma, `1、`.
        #[serde(rename = "、")]
        #[strum(to_string = "、")]
        Comma,
    }
}

literal_enum! {
    /// A colon as written: ASCII `:` or full-width `：`.
    pub enum Colon {
        /// `:`
        #[serde(rename = ":")]
        #[strum(to_string = ":")]
        Ascii,
        /// `：`
        #[serde(rename = "：")]
        #[strum(to_string = "：")]
        FullWidth,
    }
}

literal_enum! {
    /// The label of a responsibility line: `責任部門` (tasks 1–6 of this plan) or `責任單位`
    /// (tasks 7–47), in either script.
    pub enum ResponsibilityLabel {
        /// `責任部門`, "responsible department".
        #[serde(rename = "責任部門")]
        #[strum(to_string = "責任部門")]
        Department,
        /// `責任單位`, "responsible unit".
        #[serde(rename = "責任單位")]
        #[strum(to_string = "責任單位")]
        Unit,
        /// `责任部门`, the Simplified form of `責任部門`.
        #[serde(rename = "责任部门")]
        #[strum(to_string = "责任部门")]
        DepartmentSimplified,
        /// `责任单位`, the Simplified form of `責任單位`.
        #[serde(rename = "责任单位")]
        #[strum(to_string = "责任单位")]
        UnitSimplified,
    }
}

/// A numbered task: `1.最佳化城鄉義務教育資源。推進義務教育學校…`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Task {
    /// The stable identifier: `part-2/group-1/task-1`, or `part-3/task-48` for a task
    /// outside any group.
    pub id: String,
    /// The task's number, 1–50 in this plan; numbering runs on across parts and groups.
    pub number: u16,
    /// The number of the part it stands in.
    pub part: u8,
    /// The number of the group it stands in, if any.
    pub group: Option<u8>,
    /// What follows the number.
    pub marker: NumberMarker,
    /// The title: the text up to the first `。`, without it.
    pub title: String,
    /// Whether the source ends the title with `。`; `false` only for a task line that has
    /// no `。` at all, whose whole text is then the title.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub title_stop: bool,
    /// The body: the rest of the task's line after the title's `。`.
    pub body: String,
    /// Further lines of the task's text before its responsibility line, if the source
    /// breaks it into several (none in this plan).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub continuation: Vec<String>,
    /// The `責任單位:` line, present for tasks 1–47 of this plan.
    pub responsibility: Option<Responsibility>,
    /// The bodies the body text names, with where (none in tasks 1–47 of this plan; the
    /// three tasks of part 三 name the bodies that carry the plan out). These are not
    /// responsibility: [`Task::parties`] reads only the responsibility line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Mention>,
    /// The domains the task serves, each with the words that ground it: curated in
    /// `data/plan.json` (see [`Domain`](crate::Domain)); empty for a task
    /// [`parse`](crate::parse) has just read.
    #[serde(default)]
    pub domains: Vec<DomainTag>,
}

impl Task {
    /// Whether the task serves `domain`, by its curated [`domains`](Task::domains).
    ///
    /// ```
    /// use wuzhong_plan::Domain;
    /// let task = wuzhong_plan::plan().task(23).expect("the plan has a task 23");
    /// assert!(task.serves(Domain::ElderlyCare));
    /// assert!(!task.serves(Domain::Housing));
    /// ```
    pub fn serves(&self, domain: crate::Domain) -> bool {
        self.domains.iter().any(|tag| tag.domain == domain)
    }

    /// The lead body (牽頭單位): the first the responsibility line lists; `None` for a
    /// task without one (tasks 48–50).
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// let plan = wuzhong_plan::plan();
    /// assert_eq!(plan.task(47).and_then(|t| t.lead()), Some(Department::DevelopmentReform));
    /// assert_eq!(plan.task(48).and_then(|t| t.lead()), None);
    /// ```
    pub fn lead(&self) -> Option<Department> {
        self.parties().next()
    }

    /// Every body the responsibility line lists, lead first, in the line's order.
    ///
    /// ```
    /// use wuzhong_plan::Department::*;
    /// let task = wuzhong_plan::plan().task(47).expect("the plan has a task 47");
    /// // 責任單位:市發展和改革委、市場監督管理局
    /// assert_eq!(task.parties().collect::<Vec<_>>(), [DevelopmentReform, MarketRegulation]);
    /// ```
    pub fn parties(&self) -> Parties<'_> {
        Parties(self.party_list().iter())
    }

    /// The supporting bodies: every party but the lead.
    ///
    /// ```
    /// use wuzhong_plan::Department::*;
    /// let task = wuzhong_plan::plan().task(2).expect("the plan has a task 2");
    /// // 責任部門:市教育局、財政局
    /// assert_eq!(task.supporting().collect::<Vec<_>>(), [Finance]);
    /// ```
    pub fn supporting(&self) -> Parties<'_> {
        Parties(self.party_list().get(1..).unwrap_or_default().iter())
    }

    /// The part a department plays in the task, if its responsibility line lists it.
    ///
    /// ```
    /// use wuzhong_plan::{Department, Role};
    /// let task = wuzhong_plan::plan().task(29).expect("the plan has a task 29");
    /// assert_eq!(task.role_of(Department::BankingInsuranceRegulation), Some(Role::Support));
    /// ```
    pub fn role_of(&self, department: Department) -> Option<Role> {
        let at = self.parties().position(|party| party == department)?;
        Some(if at == 0 { Role::Lead } else { Role::Support })
    }

    /// The bodies the task's body names, in the order it names them: the actors of its
    /// [`mentions`](Task#structfield.mentions).
    ///
    /// ```
    /// use wuzhong_plan::{Actor, Department};
    /// let task = wuzhong_plan::plan().task(49).expect("the plan has a task 49");
    /// let first = &task.mentions[0];
    /// assert_eq!(first.actor, Actor::Department(Department::DevelopmentReform));
    /// assert_eq!(first.quote, "市發展改革委");
    /// assert_eq!(first.span.of(&task.body), Some("市發展改革委"));
    /// assert_eq!(task.mentioned().nth(1), Some(Actor::PartyCommittee)); // 市委
    /// ```
    pub fn mentioned(&self) -> impl Iterator<Item = Actor> + '_ {
        self.mentions.iter().map(|mention| mention.actor)
    }

    fn party_list(&self) -> &[Party] {
        self.responsibility
            .as_ref()
            .map_or(&[], |responsibility| responsibility.parties.as_slice())
    }
}

/// The iterator [`Task::parties`] and [`Task::supporting`] return: departments, in the
/// line's order.
///
/// ```
/// let task = wuzhong_plan::plan().task(39).expect("the plan has a task 39");
/// assert_eq!(task.parties().len(), 7);
/// assert_eq!(task.parties().last().map(|d| d.id()), Some("county-governments"));
/// ```
#[derive(Debug, Clone)]
pub struct Parties<'a>(std::slice::Iter<'a, Party>);

impl Iterator for Parties<'_> {
    type Item = Department;

    fn next(&mut self) -> Option<Department> {
        self.0.next().map(|party| party.department)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl DoubleEndedIterator for Parties<'_> {
    fn next_back(&mut self) -> Option<Department> {
        self.0.next_back().map(|party| party.department)
    }
}

impl ExactSizeIterator for Parties<'_> {}

impl std::iter::FusedIterator for Parties<'_> {}

/// A byte range in a string field of the model: `start` inclusive, `end` exclusive,
/// both on character boundaries. In JSON, `{"start": 0, "end": 12}`.
///
/// ```
/// use wuzhong_plan::Span;
/// let span = Span { start: 0, end: 12 };
/// assert_eq!(span.of("市教育局、財政局"), Some("市教育局"));
/// assert_eq!(Span { start: 1, end: 3 }.of("市教育局"), None); // inside a character
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// The offset of the first byte.
    pub start: usize,
    /// The offset just past the last byte.
    pub end: usize,
}

impl Span {
    /// The text the span covers in `text`, or `None` if it does not fit there.
    pub fn of(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }
}

/// One body of a responsibility line, as read from it.
///
/// ```
/// use wuzhong_plan::Department;
/// let task = wuzhong_plan::plan().task(47).expect("the plan has a task 47");
/// let line = task.responsibility.as_ref().expect("task 47 has a responsibility line");
/// assert_eq!(line.text, "市發展和改革委、市場監督管理局");
/// let party = &line.parties[1];
/// assert_eq!(party.department, Department::MarketRegulation);
/// assert_eq!(party.quote, "市場監督管理局");
/// assert!(party.carried_prefix);
/// assert_eq!(party.span.of(&line.text), Some("市場監督管理局"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Party {
    /// The department the item names.
    pub department: Department,
    /// The item exactly as written: `財政局` in `市教育局、財政局`.
    pub quote: String,
    /// Where the item stands in the line's [`text`](Responsibility::text).
    pub span: Span,
    /// Whether the item is read with the `市` of the line's first item, which it lacks
    /// (`財政局` is 市財政局, `市場監督管理局` is 市市場監督管理局).
    pub carried_prefix: bool,
}

impl From<crate::responsibility::PartyRef<'_>> for Party {
    fn from(found: crate::responsibility::PartyRef<'_>) -> Party {
        Party {
            department: found.department,
            quote: found.quote.to_owned(),
            span: found.span,
            carried_prefix: found.carried_prefix,
        }
    }
}

impl From<crate::responsibility::MentionRef<'_>> for Mention {
    fn from(found: crate::responsibility::MentionRef<'_>) -> Mention {
        Mention {
            actor: found.actor,
            quote: found.quote.to_owned(),
            span: found.span,
        }
    }
}

/// A body named in a task's body text, apart from any responsibility line.
///
/// ```
/// use wuzhong_plan::Actor;
/// let task = wuzhong_plan::plan().task(50).expect("the plan has a task 50");
/// let mention = &task.mentions[0];
/// assert_eq!((mention.actor, mention.quote.as_str()), (Actor::RelevantDepartments, "各有關部門(單位)"));
/// assert_eq!(mention.span.start, 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Mention {
    /// The body named.
    pub actor: Actor,
    /// The name exactly as written: `市發展改革委`.
    pub quote: String,
    /// Where it stands in the task's [`body`](Task::body).
    pub span: Span,
}

fn yes() -> bool {
    true
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn is_true(value: &bool) -> bool {
    *value
}

/// A task's responsibility line, `責任單位:市民政局、住房和城鄉建設局…`, kept as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Responsibility {
    /// `責任部門` or `責任單位` (or a Simplified form).
    pub label: ResponsibilityLabel,
    /// The colon after the label.
    pub colon: Colon,
    /// The raw list of bodies after the colon, exactly as written.
    pub text: String,
    /// The bodies the list names, lead first, in the line's order. (A document that
    /// leaves them out, as those written before they were added do, has them read from
    /// `text` when it loads.)
    #[serde(default)]
    pub parties: Vec<Party>,
}

literal_enum! {
    /// How the lines of the source end.
    #[derive(Default)]
    #[serde(rename_all = "lowercase")]
    #[strum(serialize_all = "lowercase")]
    pub enum LineEnding {
        /// `\n`
        #[default]
        Lf,
        /// `\r\n`
        CrLf,
        /// `\r` alone, as classic Mac OS wrote text
        Cr,
    }
}

impl LineEnding {
    /// The line break as text.
    pub fn as_str(self) -> &'static str {
        match self {
            LineEnding::Lf => "\n",
            LineEnding::CrLf => "\r\n",
            LineEnding::Cr => "\r",
        }
    }
}

/// How the source text is laid out in lines: what a renderer needs besides the nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Layout {
    /// The line break used throughout.
    pub line_ending: LineEnding,
    /// Whether the text ends with a line break (this plan's does not).
    pub final_newline: bool,
    /// Whether the text starts with a UTF-8 byte-order mark (U+FEFF), which rendering
    /// writes back. JSON leaves it out when false, and reads it as false when absent.
    #[serde(default, skip_serializing_if = "is_false")]
    pub byte_order_mark: bool,
}

/// A reference to any node of the plan's hierarchy, as [`Plan::node`](crate::Plan::node)
/// returns it. It serializes as the node itself under its kind: `{"task": {…}}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Node<'a> {
    /// A part, `part-N`.
    Part(&'a Part),
    /// A task group, `part-N/group-M`.
    Group(&'a TaskGroup),
    /// A task.
    Task(&'a Task),
}

impl<'a> Node<'a> {
    /// The node's stable identifier.
    pub fn id(&self) -> &'a str {
        match self {
            Node::Part(part) => &part.id,
            Node::Group(group) => &group.id,
            Node::Task(task) => &task.id,
        }
    }

    /// The node's title.
    pub fn title(&self) -> &'a str {
        match self {
            Node::Part(part) => &part.title,
            Node::Group(group) => &group.title,
            Node::Task(task) => &task.title,
        }
    }
}

/// The identifier of part `part`: `part-2`.
pub(crate) fn part_id(part: u8) -> String {
    node_id(usize::from(part), None, None)
}
pub(crate) fn group_id(part: u8, group: u8) -> String {
    node_id(usize::from(part), Some(usize::from(group)), None)
}
pub(crate) fn task_id(part: u8, group: Option<u8>, number: u16) -> String {
    node_id(
        usize::from(part),
        group.map(usize::from),
        Some(usize::from(number)),
    )
}

/// The id of the node with these numbers: `part-2`, `part-2/group-3`,
/// `part-2/group-3/task-28`, `part-3/task-48`.
pub(crate) fn node_id(part: usize, group: Option<usize>, task: Option<usize>) -> String {
    let mut id = format!("part-{part}");
    if let Some(group) = group {
        id.push_str(&format!("/group-{group}"));
    }
    if let Some(task) = task {
        id.push_str(&format!("/task-{task}"));
    }
    id
}

//! The hierarchy of a plan: parts, task groups and tasks, and the [`Node`] that stands
//! for any of them.

use serde::{Deserialize, Serialize};

use crate::base::numeral::to_numeral;
use crate::model::literal_enum;
use crate::model::{
    Mention, Parties, Party, PartyRecords, Responsibility, ResponsibilityNote, TableCell,
    TaskDeadline,
};
use crate::vocab::actor::{Actor, Role};
use crate::vocab::department::Department;
use crate::vocab::domain::{Domain, DomainTag};

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
    /// The part's place among the plan's parts, 1 for the first, counted across the
    /// document and its annexes; it is also the number the heading writes (`一` for 1)
    /// unless [`written`](Part::written) says otherwise.
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
    /// The number the heading writes, where it is not [`number`](Part::number): the
    /// parts of an annex, which number from `一` again. JSON leaves it out otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<u8>,
    /// How the heading writes its number, where it is not `一、`: a document whose top
    /// level is `（一）` or `1.`. JSON leaves it out for `一、`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<NumberMarker>,
    /// The annex the part stands in, by its [`number`](Annex::number); `None` in the
    /// document itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annex: Option<u8>,
    /// Whether no heading line opens the part: the groups and tasks of a document (or
    /// an annex) that has no parts stand in one such part, with an empty title. JSON
    /// leaves it out when false.
    #[serde(default, skip_serializing_if = "crate::model::is_false")]
    pub headless: bool,
}

impl Part {
    /// The heading line as the text writes it: `一、主要目標`.
    ///
    /// ```
    /// assert_eq!(wuzhong_plan::plan().part(2).map(|p| p.heading()).as_deref(), Some("二、重點任務"));
    /// ```
    pub fn heading(&self) -> String {
        if self.headless {
            return String::new();
        }
        let marker = self.marker.unwrap_or(NumberMarker::Numeral);
        format!(
            "{}{}",
            marker.label(u16::from(self.written_number())),
            self.title
        )
    }

    /// The number the heading writes: [`written`](Part::written), or else
    /// [`number`](Part::number).
    ///
    /// ```
    /// assert_eq!(wuzhong_plan::plan().part(3).map(|p| p.written_number()), Some(3));
    /// ```
    pub fn written_number(&self) -> u8 {
        self.written.unwrap_or(self.number)
    }
}

/// The Chinese numeral for a part or group number; digits for a number past 99, which
/// no heading of the genre has.
fn numeral(number: u8) -> String {
    to_numeral(number).unwrap_or_else(|| number.to_string())
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
    /// The title after the number: up to the first `。`, without it.
    pub title: String,
    /// Whether the heading's title ends with `。`, after which its line goes on with the
    /// [`body`](TaskGroup::body): a group written as a paragraph,
    /// `（一）产业提升人才行动计划。围绕…，实施如下重点项目：`. JSON leaves it out when false.
    #[serde(default, skip_serializing_if = "crate::model::is_false")]
    pub title_stop: bool,
    /// The rest of the heading's line after the title's `。`; empty for a heading that
    /// is a title alone, as all of this plan's are.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body: String,
    /// Lines of prose after the heading, before the first task.
    pub paragraphs: Vec<String>,
    /// The group's tasks, in order.
    pub tasks: Vec<Task>,
    /// The number the heading writes, where it is not [`number`](TaskGroup::number):
    /// groups numbered on across parts, or with a gap. JSON leaves it out otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<u8>,
    /// How the heading writes its number, where it is not a numeral in brackets (which
    /// [`brackets`](TaskGroup::brackets) then gives): groups numbered `1.` over tasks
    /// numbered `（1）`. JSON leaves it out otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<NumberMarker>,
}

impl TaskGroup {
    /// The heading line as the text writes it: `(一)推進基本公共服務均等可及`.
    ///
    /// ```
    /// let group = wuzhong_plan::plan().group(2, 1).expect("part 二 has a group (一)");
    /// assert_eq!(group.heading(), "(一)推進基本公共服務均等可及");
    /// ```
    pub fn heading(&self) -> String {
        let stop = if self.title_stop { "。" } else { "" };
        format!(
            "{}{}{stop}{}",
            self.marker().label(u16::from(self.written_number())),
            self.title,
            self.body
        )
    }

    /// How the heading writes its number: [`marker`](TaskGroup#structfield.marker),
    /// or else a numeral in the group's [`brackets`](TaskGroup::brackets).
    pub fn marker(&self) -> NumberMarker {
        self.marker.unwrap_or(match self.brackets {
            Brackets::Ascii => NumberMarker::NumeralAsciiParenthesized,
            Brackets::FullWidth => NumberMarker::NumeralParenthesized,
        })
    }

    /// The number the heading writes: [`written`](TaskGroup::written), or else
    /// [`number`](TaskGroup::number).
    pub fn written_number(&self) -> u8 {
        self.written.unwrap_or(self.number)
    }

    /// The group's number as its heading writes it: `三` for `(三)`.
    ///
    /// ```
    /// let group = wuzhong_plan::plan().group(2, 3).expect("part 二 has a group (三)");
    /// assert_eq!(group.numeral(), "三");
    /// ```
    pub fn numeral(&self) -> String {
        numeral(self.written_number())
    }
}

literal_enum! {
    /// How a number is written: what follows it (`1.`, `1．`, `1、`, `一、`), the brackets
    /// around it (`（一）`, `(1)`), a circled digit (`①`), a table row's number cell, or
    /// no number at all. Parts, groups and tasks may each be numbered in any of these, as
    /// each document numbers its own levels.
    ///
    /// `Display` and `FromStr` give the style's name as JSON writes it: the marker of 1
    /// (`.`, `（一）`, `①`), `|` for a table row and the empty string for no number;
    /// [`NumberMarker::label`] writes a number in the style.
    ///
    /// ```
    /// use wuzhong_plan::NumberMarker;
    /// assert_eq!(NumberMarker::NumeralParenthesized.label(17), "（十七）");
    /// assert_eq!(NumberMarker::FullWidthDot.label(3), "3．");
    /// assert_eq!(NumberMarker::Circled.label(2), "②");
    /// assert_eq!("（一）".parse::<NumberMarker>()?, NumberMarker::NumeralParenthesized);
    /// # Ok::<(), strum::ParseError>(())
    /// ```
    pub enum NumberMarker {
        /// An ASCII full stop, `1.`.
        #[serde(rename = ".")]
        #[strum(to_string = ".")]
        Dot,
        /// A full-width full stop, `1．` (U+FF0E).
        #[serde(rename = "．")]
        #[strum(to_string = "．")]
        FullWidthDot,
        /// An enumeration comma, `1、`.
        #[serde(rename = "、")]
        #[strum(to_string = "、")]
        Comma,
        /// A small full stop, `1﹒` (U+FE52).
        #[serde(rename = "﹒")]
        #[strum(to_string = "﹒")]
        SmallDot,
        /// Digits in full-width brackets, `（1）`.
        #[serde(rename = "（1）")]
        #[strum(to_string = "（1）")]
        Parenthesized,
        /// Digits in ASCII brackets, `(1)`.
        #[serde(rename = "(1)")]
        #[strum(to_string = "(1)")]
        AsciiParenthesized,
        /// A circled digit, `①` to `⑳`.
        #[serde(rename = "①")]
        #[strum(to_string = "①")]
        Circled,
        /// A Chinese numeral and an enumeration comma, `一、`.
        #[serde(rename = "一、")]
        #[strum(to_string = "一、")]
        Numeral,
        /// A Chinese numeral in full-width brackets, `（一）`.
        #[serde(rename = "（一）")]
        #[strum(to_string = "（一）")]
        NumeralParenthesized,
        /// A Chinese numeral in ASCII brackets, `(一)`.
        #[serde(rename = "(一)")]
        #[strum(to_string = "(一)")]
        NumeralAsciiParenthesized,
        /// The number cell of a table row, `1 | …`.
        #[serde(rename = "|")]
        #[strum(to_string = "|")]
        Cell,
        /// No number: a task the text does not number (the smallest unit that carries
        /// responsibility in a document without numbered tasks).
        #[serde(rename = "")]
        #[strum(to_string = "")]
        Unnumbered,
    }
}

impl NumberMarker {
    /// `value` written in this style: `17.`, `（十七）`, `⑰`; `17` for a table row's
    /// number cell and nothing for [`NumberMarker::Unnumbered`]. A numeral past 99 and a
    /// circled digit past 20, which no heading of the genre has, are written in digits.
    pub fn label(self, value: u16) -> String {
        let numeral = || {
            u8::try_from(value)
                .ok()
                .and_then(to_numeral)
                .unwrap_or_else(|| value.to_string())
        };
        match self {
            NumberMarker::Dot => format!("{value}."),
            NumberMarker::FullWidthDot => format!("{value}．"),
            NumberMarker::Comma => format!("{value}、"),
            NumberMarker::SmallDot => format!("{value}﹒"),
            NumberMarker::Parenthesized => format!("（{value}）"),
            NumberMarker::AsciiParenthesized => format!("({value})"),
            NumberMarker::Circled => circled(value).map_or_else(|| value.to_string(), String::from),
            NumberMarker::Numeral => format!("{}、", numeral()),
            NumberMarker::NumeralParenthesized => format!("（{}）", numeral()),
            NumberMarker::NumeralAsciiParenthesized => format!("({})", numeral()),
            NumberMarker::Cell => value.to_string(),
            NumberMarker::Unnumbered => String::new(),
        }
    }

    /// The rank of the style in the genre's order of levels (GB/T 9704): `一、` above
    /// `（一）` above `1.` above `（1）` above `①`, and a table's rows below all of them.
    /// Styles of one rank (`1.` and `1、`, `（一）` and `(一)`) stand at the same level.
    pub(crate) fn rank(self) -> u8 {
        match self {
            NumberMarker::Numeral => 0,
            NumberMarker::NumeralParenthesized | NumberMarker::NumeralAsciiParenthesized => 1,
            NumberMarker::Dot
            | NumberMarker::FullWidthDot
            | NumberMarker::Comma
            | NumberMarker::SmallDot => 2,
            NumberMarker::Parenthesized | NumberMarker::AsciiParenthesized => 3,
            NumberMarker::Circled => 4,
            NumberMarker::Cell => 5,
            NumberMarker::Unnumbered => 6,
        }
    }
}

/// The circled digit for `value`, 1 to 20.
pub(crate) fn circled(value: u16) -> Option<char> {
    let offset = u32::from(value).checked_sub(1).filter(|&o| o < 20)?;
    char::from_u32(0x2460 + offset)
}

/// The value of a circled digit, `①` to `⑳`.
pub(crate) fn circled_value(c: char) -> Option<u16> {
    let offset = u32::from(c).checked_sub(0x2460).filter(|&o| o < 20)?;
    u16::try_from(offset + 1).ok()
}

/// A numbered task: `1.最佳化城鄉義務教育資源。推進義務教育學校…`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Task {
    /// The stable identifier: `part-2/group-1/task-1`, or `part-3/task-48` for a task
    /// outside any group.
    pub id: String,
    /// The task's place among the plan's tasks, 1 for the first, counted across parts,
    /// groups and annexes (1–50 in this plan); it is also the number the text writes
    /// unless [`written`](Task::written) says otherwise.
    pub number: u16,
    /// The number of the part it stands in.
    pub part: u8,
    /// The number of the group it stands in, if any.
    pub group: Option<u8>,
    /// How the number is written.
    pub marker: NumberMarker,
    /// The number the text writes, where it is not [`number`](Task::number): numbering
    /// that restarts in each part, group or annex, or that skips (`（本文有删减）`).
    /// JSON leaves it out otherwise; an unnumbered task has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<u16>,
    /// The title: the text up to the first `。`, without it.
    pub title: String,
    /// Whether the source ends the title with `。`; `false` only for a task line that has
    /// no `。` at all, whose whole text is then the title.
    #[serde(
        default = "crate::model::yes",
        skip_serializing_if = "crate::model::is_true"
    )]
    pub title_stop: bool,
    /// The body: the rest of the task's line after the title's `。`.
    pub body: String,
    /// Further lines of the task's text before its responsibility line, if the source
    /// breaks it into several (none in this plan).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub continuation: Vec<String>,
    /// The `責任單位:` line, present for tasks 1–47 of this plan: the first of the
    /// task's responsibility lines.
    pub responsibility: Option<Responsibility>,
    /// The responsibility lines after the first: the `配合單位:` or `責任單位:` line that
    /// follows a `牽頭單位:` one (none in this plan).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub further_responsibility: Vec<Responsibility>,
    /// Lines of text after the task's responsibility lines, before the next task or
    /// heading, kept as written: a `完成時限:2023年底` line of a breakdown, which gives
    /// the task's [`deadline`](Task::deadline), or other lines, which are not read
    /// (none in this plan).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closing: Vec<String>,
    /// The notes of responsibility inside the task's text, such as
    /// `（牵头单位：…，配合单位：…）` at the end of its body, in the text's order: those of
    /// its title first (`推进甲（市财政局负责）。`), then its body's and its continuation
    /// lines' (none in this plan).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<ResponsibilityNote>,
    /// The parties a standing lead rule (`以下均需试点城市政府落实，不再列出`, see
    /// [`LeadRule`](crate::LeadRule)) adds to the task, which no list of its own names:
    /// each quotes the rule's body, its span points into the
    /// [`quote`](crate::LeadRule::quote) of the last such rule stated before the task,
    /// and its basis is [`RoleBasis::Rule`](crate::RoleBasis::Rule) (none in this plan).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rule_parties: Vec<Party>,
    /// The bodies the body text names, with where (none in tasks 1–47 of this plan; the
    /// three tasks of part 三 name the bodies that carry the plan out). These are not
    /// responsibility: [`Task::parties`] reads only the responsibility line.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Mention>,
    /// The domains the task serves, each with the words that ground it: curated in
    /// `data/plan.json` (see [`Domain`]); empty for a task
    /// [`parse`](crate::parse()) has just read.
    #[serde(default)]
    pub domains: Vec<DomainTag>,
    /// When the task is to be done, where its text says so in a note
    /// (`（6月底完成，…）`), a `完成時限:` line or a deadline cell (none in this plan;
    /// see [`TaskDeadline`]). JSON leaves it out when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<TaskDeadline>,
    /// The cells of the table's row the task is, after its number, as written and each
    /// with its column (empty for a task that is no row): the row renders as its number
    /// and these, joined by ` | `. The title, body and responsibility (of no colon) are
    /// the task's, content's and bodies' cells.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub row: Vec<TableCell>,
    /// The boxes (`专栏`) that stand after the task's lines, before the next task or
    /// heading, kept as written: their numbered lines are not tasks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sidebars: Vec<Sidebar>,
}

/// A box (`专栏1 重大工程`) between tasks: its heading line and the lines in it, kept as
/// written and not read as tasks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Sidebar {
    /// The heading line, `专栏1 重大工程`.
    pub heading: String,
    /// The lines in the box, after its heading.
    pub lines: Vec<String>,
}

/// An annex (`附件1`) that a notice carries: a document of its own, with its heading
/// line, its title and the lines before its first part. Its parts are the plan's
/// [`Part`]s whose [`annex`](Part::annex) is its number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Annex {
    /// The stable identifier, `annex-N`.
    pub id: String,
    /// The annex's place among the plan's annexes, 1 for the first.
    pub number: u8,
    /// The heading line as written: `附件`, `附件1`, `附件2`.
    pub heading: String,
    /// The lines after the heading, before the first part: the annex's title (its first
    /// line), and any text or table header before its parts.
    pub lines: Vec<String>,
    /// The signature block that ends the annex, if any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signature: Vec<String>,
}

impl Annex {
    /// The annex's title: its first line after the heading, if any.
    pub fn title(&self) -> Option<&str> {
        self.lines.first().map(String::as_str)
    }
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
    pub fn serves(&self, domain: Domain) -> bool {
        self.domains.iter().any(|tag| tag.domain == domain)
    }

    /// The number the text writes: [`written`](Task::written), or else
    /// [`number`](Task::number); `None` for an unnumbered task.
    ///
    /// ```
    /// assert_eq!(wuzhong_plan::plan().task(7).and_then(|t| t.written_number()), Some(7));
    /// ```
    pub fn written_number(&self) -> Option<u16> {
        (self.marker != NumberMarker::Unnumbered).then(|| self.written.unwrap_or(self.number))
    }

    /// The number as the text writes it: `7.`, `（十七）`, `21` for a table's row 21;
    /// empty for an unnumbered task.
    ///
    /// ```
    /// assert_eq!(wuzhong_plan::plan().task(7).map(|t| t.label()).as_deref(), Some("7."));
    /// ```
    pub fn label(&self) -> String {
        self.written_number()
            .map_or_else(String::new, |value| self.marker.label(value))
    }

    /// The lead body (牽頭單位): the first body that leads, whether a label, a verb or
    /// the order of a list says so; `None` for a task without one (tasks 48–50).
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// let plan = wuzhong_plan::plan();
    /// assert_eq!(plan.task(47).and_then(|t| t.lead()), Some(Department::DevelopmentReform));
    /// assert_eq!(plan.task(48).and_then(|t| t.lead()), None);
    /// ```
    pub fn lead(&self) -> Option<Department> {
        self.leads().next()
    }

    /// Every body that leads: one, or several where the text names joint leads
    /// (`…分別牽頭`, `A、B牽頭`).
    ///
    /// ```
    /// let plan = wuzhong_plan::parse("一、重點任務\n1.甲。乙。\n責任單位:市民政局、市財政局分別牽頭")?;
    /// let task = plan.task(1).expect("task 1");
    /// assert_eq!(task.leads().map(|d| d.id()).collect::<Vec<_>>(), ["civil-affairs", "finance"]);
    /// assert_eq!(task.supporting().len(), 0);
    /// # Ok::<(), wuzhong_plan::ParseError>(())
    /// ```
    pub fn leads(&self) -> Parties<'_> {
        Parties::new(self.responsible(), Some(Role::Lead))
    }

    /// Every body the task's responsibility names, in the text's order: the notes in
    /// its text, then its responsibility lines.
    ///
    /// ```
    /// use wuzhong_plan::Department::*;
    /// let task = wuzhong_plan::plan().task(47).expect("the plan has a task 47");
    /// // 責任單位:市發展和改革委、市場監督管理局
    /// assert_eq!(task.parties().collect::<Vec<_>>(), [DevelopmentReform, MarketRegulation]);
    /// ```
    pub fn parties(&self) -> Parties<'_> {
        Parties::new(self.responsible(), None)
    }

    /// The supporting bodies: every party that does not lead.
    ///
    /// ```
    /// use wuzhong_plan::Department::*;
    /// let task = wuzhong_plan::plan().task(2).expect("the plan has a task 2");
    /// // 責任部門:市教育局、財政局
    /// assert_eq!(task.supporting().collect::<Vec<_>>(), [Finance]);
    /// ```
    pub fn supporting(&self) -> Parties<'_> {
        Parties::new(self.responsible(), Some(Role::Support))
    }

    /// Every party of the task as read, with its quote, role and organisation, in the
    /// text's order.
    ///
    /// ```
    /// use wuzhong_plan::{Role, RoleBasis};
    /// let text = "一、重点任务\n1.甲。乙。（牵头单位：市发展改革委，配合单位：市财政局）";
    /// let plan = wuzhong_plan::parse(text)?;
    /// let task = plan.task(1).expect("task 1");
    /// let read: Vec<(&str, Role, RoleBasis)> =
    ///     task.responsible().map(|p| (p.quote.as_str(), p.role, p.basis)).collect();
    /// assert_eq!(read, [
    ///     ("市发展改革委", Role::Lead, RoleBasis::Label),
    ///     ("市财政局", Role::Support, RoleBasis::Label),
    /// ]);
    /// # Ok::<(), wuzhong_plan::ParseError>(())
    /// ```
    pub fn responsible(&self) -> PartyRecords<'_> {
        PartyRecords::new(
            &self.notes,
            self.responsibility.as_ref(),
            &self.further_responsibility,
            &self.rule_parties,
        )
    }

    /// The part a department plays in the task, if its responsibility names it: its
    /// first role there.
    ///
    /// ```
    /// use wuzhong_plan::{Department, Role};
    /// let task = wuzhong_plan::plan().task(29).expect("the plan has a task 29");
    /// assert_eq!(task.role_of(Department::BankingInsuranceRegulation), Some(Role::Support));
    /// ```
    pub fn role_of(&self, department: Department) -> Option<Role> {
        self.responsible()
            .find(|party| party.department == department)
            .map(|party| party.role)
    }

    /// The notes that stand in one line of the task's text: its body (`None`) or
    /// continuation line `i`. The notes are in the order of the lines (the title's
    /// first, then the body's), so a line's are found by a binary search.
    pub(crate) fn notes_in(&self, line: Option<usize>) -> &[ResponsibilityNote] {
        self.notes_at((true, line))
    }

    /// The notes that stand in the task's title, before its first `。`.
    pub(crate) fn notes_in_title(&self) -> &[ResponsibilityNote] {
        self.notes_at((false, None))
    }

    /// The notes whose line is `key`: whether it is not the title, and which line.
    fn notes_at(&self, key: (bool, Option<usize>)) -> &[ResponsibilityNote] {
        let line_of = |note: &ResponsibilityNote| (!note.title, note.continuation);
        let start = self.notes.partition_point(|note| line_of(note) < key);
        let end = self.notes.partition_point(|note| line_of(note) <= key);
        self.notes.get(start..end).unwrap_or_default()
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

//! The organisations a plan names: each body its responsibility lines list, with the
//! names the text uses for it, its kind, level and place; and what reading them noticed.

use serde::{Deserialize, Serialize};

use crate::vocab::department::Department;
use crate::vocab::level::Level;

/// A body a plan names in its responsibility lines: `銀川市民政局`, `市財政局` (which a
/// line may write `財政局`), `市留交辦`.
///
/// Its fields are named as the [Popolo](https://www.popoloproject.com/specs/organization.html)
/// standard names an organisation's where they fit: `id`, `name`, `other_names`, and
/// `classification` for the kind. Every [`Party`](crate::Party) points at one by its id.
///
/// ```
/// use wuzhong_plan::{Department, Level};
/// let plan = wuzhong_plan::plan();
/// let finance = plan.organization("finance").expect("the plan names 市財政局");
/// assert_eq!(finance.name, "市財政局");
/// assert_eq!(finance.kind, Some(Department::Finance));
/// assert_eq!((finance.level, finance.place.as_deref()), (Some(Level::City), Some("吳忠")));
/// // Most lines write it after another 市 body, as 財政局.
/// assert!(finance.other_names.iter().any(|other| other.name == "財政局"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Organization {
    /// Its id within the plan: the kind's id for the first organisation of a kind
    /// (`civil-affairs`), then `civil-affairs-2`…; `other-1`, `other-2`… for bodies of no
    /// known kind.
    pub id: String,
    /// The name in full: the kind's canonical name when the text writes one of the
    /// kind's own full names (`市發展改革委` is `市發展和改革委員會`), else the first form
    /// the text writes, with the level it carries (`財政局` after `市教育局` is `市財政局`).
    pub name: String,
    /// The other names the text writes for it, in the order it first writes them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<OtherName>,
    /// The kind of body, when the vocabulary knows it; `None` for a body it does not
    /// (reported by [`Plan::diagnostics`](crate::Plan::diagnostics)).
    #[serde(
        rename = "classification",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub kind: Option<Department>,
    /// The tier of government its name puts it at (`市` of `市民政局`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// The place it serves: the place its name gives (`銀川` of `銀川市民政局`), else the
    /// plan's own for a body of the plan's level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// For a collective party, the bodies it stands for, where they are known (the five
    /// county-level divisions of Wuzhong for its `各縣(市、區)`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<String>,
}

/// Another name of an [`Organization`], as Popolo writes one: an object with a `name`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct OtherName {
    /// The name as the text writes it.
    pub name: String,
}

impl OtherName {
    /// Another name.
    pub fn new(name: impl Into<String>) -> OtherName {
        OtherName { name: name.into() }
    }
}

impl Organization {
    /// Every name the text writes for it: its name, then its other names.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let reform = plan.organization("development-reform").expect("the plan names it");
    /// let names: Vec<&str> = reform.names().collect();
    /// // 責任單位:市發展和改革委員會; …、發展和改革委員會; 責任單位:市發展和改革委
    /// assert_eq!(names, ["市發展和改革委員會", "發展和改革委員會", "市發展和改革委"]);
    /// ```
    pub fn names(&self) -> impl Iterator<Item = &str> + Clone {
        std::iter::once(self.name.as_str()).chain(self.other_names.iter().map(|o| o.name.as_str()))
    }
}

/// Something a reader read but could not fully understand, kept rather than guessed: a
/// body of no kind the vocabulary knows, or a name two kinds share.
///
/// ```
/// let text = "一、重點任務\n(一)推進\n1.甲。乙。\n責任單位:市公安局、市留交辦";
/// let plan = wuzhong_plan::parse(text)?;
/// let diagnostic = plan.diagnostics().first().expect("市留交辦 is no known kind");
/// assert_eq!((diagnostic.line, diagnostic.node.as_str()), (4, "part-1/group-1/task-1"));
/// assert!(diagnostic.message.contains("市留交辦"));
/// # Ok::<(), wuzhong_plan::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Diagnostic {
    /// The 1-based line of the plan's text ([`Plan::to_text`](crate::Plan::to_text))
    /// it is about.
    pub line: usize,
    /// The id of the node it is about.
    pub node: String,
    /// What was noticed, and what was done with it.
    pub message: String,
    /// What kind of thing was noticed.
    pub kind: DiagnosticKind,
}

crate::model::literal_enum! {
    /// What a [`Diagnostic`] is about.
    ///
    /// ```
    /// use wuzhong_plan::DiagnosticKind;
    /// assert_eq!(DiagnosticKind::NoResponsibility.to_string(), "no-responsibility");
    /// assert_eq!("annex-list".parse::<DiagnosticKind>()?, DiagnosticKind::AnnexList);
    /// # Ok::<(), strum::ParseError>(())
    /// ```
    #[serde(rename_all = "kebab-case")]
    #[strum(serialize_all = "kebab-case")]
    #[non_exhaustive]
    pub enum DiagnosticKind {
        /// A party names a body of no kind the vocabulary knows, or a shared name.
        UnknownBody,
        /// The plan has parts but no numbered task.
        NoTasks,
        /// A task names no responsible body (outside an implementation part, whose
        /// tasks fall to all).
        NoResponsibility,
        /// A bracketed note in a task's text reads like responsibility (`牽頭`,
        /// `負責`, `配合`) but does not read as a list of bodies, and is left as text.
        UnreadResponsibility,
        /// An annex list in the notice (`附件:1.…`), whose items are not tasks, kept as
        /// notice text.
        AnnexList,
        /// Lines laid out as a table of tasks (` | ` cells), kept as text, not read as
        /// tasks.
        Table,
        /// The text stops in the middle of a task or of a note: a copy cut short.
        Truncated,
        /// Lines after a task's responsibility lines, kept as text, not read; a
        /// `完成時限:2023年底` line that is the task's deadline and nothing else is read,
        /// and is none of them.
        UnreadText,
        /// A number before a unit that states no quantity, as the text writes it
        /// (`1e309%`, `-5%`, `1,00套`, `5-3個`): the clause is read without a number.
        UnreadNumber,
        /// Digits in a date's shape that write no date (`10000年1月1日`,
        /// `2022年2月30日`, `到12025年`), or an info box's date of issue that gives none.
        UnreadDate,
        /// The info box and the notice give different dates of issue; the info box's is
        /// taken.
        ConflictingDates,
        /// A line that does not fit the structure the reader found, kept as text where
        /// it stands: a heading of a level between the parts and the groups, an item of
        /// a level that holds parts, groups or tasks that could not be one (a number out
        /// of range), or a responsibility line with no task before it.
        Unplaced,
        /// A task's deadline gives a month, or the end of the year, without a year
        /// (`6月底完成`, `年底前`): the year is taken from the document's date of issue,
        /// or is not known in a document that gives none.
        DeadlineWithoutYear,
        /// A standing lead rule (`以下均需试点城市政府落实，不再列出`) adds its body to
        /// the tasks after it, though no list of theirs names it
        /// ([`Task::rule_parties`](crate::Task::rule_parties)): said once, on the rule's
        /// line, with the body and the tasks it is added to.
        StandingRule,
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

//! Who is responsible for a task: its responsibility line as written, the parties read
//! from it, and the bodies its text mentions otherwise.

use serde::{Deserialize, Serialize};

use crate::base::span::Span;
use crate::model::literal_enum;
use crate::vocab::department::{Actor, Department};

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

/// The iterator [`Task::parties`](crate::Task::parties) and [`Task::supporting`](crate::Task::supporting) return: departments, in the
/// line's order.
///
/// ```
/// let task = wuzhong_plan::plan().task(39).expect("the plan has a task 39");
/// assert_eq!(task.parties().len(), 7);
/// assert_eq!(task.parties().last().map(|d| d.id()), Some("county-governments"));
/// ```
#[derive(Debug, Clone)]
pub struct Parties<'a>(pub(crate) std::slice::Iter<'a, Party>);

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
    /// The kind of body the item names; [`Department::Other`] for a body of no kind the
    /// vocabulary knows.
    pub department: Department,
    /// The item exactly as written: `財政局` in `市教育局、財政局`.
    pub quote: String,
    /// Where the item stands in the line's [`text`](Responsibility::text).
    pub span: Span,
    /// Whether the item is read with the `市` of the line's first item, which it lacks
    /// (`財政局` is 市財政局, `市場監督管理局` is 市市場監督管理局).
    pub carried_prefix: bool,
    /// The id of the organisation the item names, one of the plan's
    /// [`organizations`](crate::Plan::organizations). (A document written before
    /// organisations were part of the schema has them read from the text when it loads.)
    #[serde(default)]
    pub organization: String,
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
    /// Where it stands in the task's [`body`](crate::Task::body).
    pub span: Span,
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

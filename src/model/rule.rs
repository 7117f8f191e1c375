//! The lead rules a document states once and that hold from where they stand to its
//! end: `（税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）` says that
//! the first body of each list leads; `以下均需试点城市政府落实，不再列出` adds a body to
//! every task below it without listing it again.

use serde::{Deserialize, Serialize};

use crate::base::span::Span;
use crate::model::literal_enum;

literal_enum! {
    /// What a lead rule says.
    ///
    /// ```
    /// use wuzhong_plan::RuleKind;
    /// assert_eq!("first-listed-leads".parse::<RuleKind>()?, RuleKind::FirstListedLeads);
    /// assert_eq!(RuleKind::Standing.to_string(), "standing");
    /// # Ok::<(), strum::ParseError>(())
    /// ```
    #[serde(rename_all = "kebab-case")]
    #[strum(serialize_all = "kebab-case")]
    #[non_exhaustive]
    pub enum RuleKind {
        /// `排在第一位的部门为牵头部门，下同`, `列第一位者为牵头单位，下同`: in each list
        /// below, the body listed first leads and the others support.
        FirstListedLeads,
        /// `以下均需试点城市政府落实，不再列出`: the body it names has a share in every
        /// task below, though no list names it; it leads a task that has no lead and
        /// supports one that has.
        Standing,
    }
}

/// A lead rule as the document states it, once: in a note or a sentence of a task's
/// text (its title included), in brackets at the end of a task's responsibility line, or (a standing rule) in
/// the preamble or a part's or a group's heading or paragraphs. Its words are never a
/// party.
///
/// ```
/// use wuzhong_plan::{RuleKind, parse};
/// let text = "一、任务\n1.甲。（市财政局、市税务局负责，排在第一位的部门为牵头部门，下同）\n\
///             2.乙。（市商务局、市财政局负责）\n";
/// let plan = parse(text)?;
/// let rule = plan.lead_rules().next().expect("the first note states a rule");
/// assert_eq!(rule.kind, RuleKind::FirstListedLeads);
/// assert_eq!(rule.quote, "排在第一位的部门为牵头部门，下同");
/// assert_eq!(rule.node, plan.task(1).expect("task 1").id);
/// # Ok::<(), wuzhong_plan::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct LeadRule {
    /// The id of the node whose text states it: a task, a part, a group, or
    /// `preamble`.
    pub node: String,
    /// Whether it stands in a task's [`title`](crate::Task::title), in a note before the
    /// task's first `。`: its span then points into the title, and `continuation` is
    /// `None`.
    #[serde(default, skip_serializing_if = "crate::model::is_false")]
    pub title: bool,
    /// The line of that node's text it stands in. For a task: `None` for the
    /// [`body`](crate::Task::body) (or the title, where [`title`](Self::title) says
    /// so), `Some(i)` for
    /// [`continuation`](crate::Task::continuation)`[i]`. For a part: `None` for its
    /// [`title`](crate::Part::title), `Some(i)` for its
    /// [`paragraphs`](crate::Part::paragraphs)`[i]`. For a group: `None` for its
    /// heading's [`body`](crate::TaskGroup::body), or its
    /// [`title`](crate::TaskGroup::title) where the body is empty, `Some(i)` for its
    /// [`paragraphs`](crate::TaskGroup::paragraphs)`[i]`. For the preamble: `Some(i)`
    /// for its line `i`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continuation: Option<usize>,
    /// The task's responsibility line it stands in, where it closes one in brackets:
    /// `Some(0)` for the [`responsibility`](crate::Task::responsibility) line,
    /// `Some(i)` for [`further_responsibility`](crate::Task::further_responsibility)`[i -
    /// 1]`; the span then points into that line's [`text`](crate::Responsibility::text),
    /// and `continuation` is `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsibility: Option<usize>,
    /// Where its words stand in that line.
    pub span: Span,
    /// Its words, exactly as written.
    pub quote: String,
    /// What it says.
    pub kind: RuleKind,
}

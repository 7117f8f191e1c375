//! The deadline of a task: when the text says the task is to be done, quoted where it
//! says so (`（6月底完成，牵头考核单位：…）`, `完成时限:2023年底`, a `完成时限` cell
//! `2019年底前`), or that it has no end (`长期坚持`, `持续推进`).
//!
//! A [`Target`](crate::Target)'s [`Deadline`](crate::Deadline) dates one commitment in a
//! task's prose (`到2025年…達到95%`); a [`TaskDeadline`] dates the task as a whole, as a
//! breakdown of tasks or an evaluation scheme does in a note, a line or a column of its
//! own. The reader that finds one is `read::deadlines`, whose docs say which words are
//! taken and which are not.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::base::span::Span;

/// When a task is to be done, as its text says: the quote, where it stands, and what it
/// reads as.
///
/// A month without a year (`6月底完成`) is a month of the year the document is dated
/// (its date of issue): [`year_from_document`](TaskDeadline::year_from_document) says
/// so, and [`Plan::diagnostics`](crate::Plan::diagnostics) reports it
/// (`deadline-without-year`). An ongoing task (`长期坚持`, `持续推进`) has no date.
///
/// ```
/// use wuzhong_plan::DeadlinePlace;
/// let text = "基本介紹\n- 頒布時間:2022年4月26日\n全文\n一、重點任務\n\
///             1.甲。乙。（6月底完成，牽頭單位：市民政局）\n\
///             2.丙。丁。（持續推進，牽頭單位：市民政局）";
/// let plan = wuzhong_plan::parse(text)?;
/// let task = plan.task(1).expect("task 1");
/// let deadline = task.deadline.as_ref().expect("task 1 is due at the end of June");
/// assert_eq!(deadline.quote, "6月底完成");
/// assert_eq!((deadline.year, deadline.month), (Some(2022), Some(6)));
/// assert!(deadline.year_from_document && !deadline.ongoing);
/// assert_eq!(deadline.place, DeadlinePlace::Body);
/// assert_eq!(deadline.span.of(&task.body), Some("6月底完成"));
/// assert!(deadline.is_due_by(2022) && !deadline.is_due_by(2021));
///
/// let ongoing = plan.task(2).and_then(|t| t.deadline.as_ref()).expect("task 2 goes on");
/// assert!(ongoing.ongoing && ongoing.year.is_none() && !ongoing.is_due_by(u16::MAX));
/// assert_eq!(ongoing.to_string(), "持續推進");
/// # Ok::<(), wuzhong_plan::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct TaskDeadline {
    /// The words that state the deadline, exactly as written: `6月底完成`,
    /// `2022年底前完成`, `长期坚持`, or the value of a `完成时限` line or cell
    /// (`2023年底`).
    pub quote: String,
    /// The line of the task's text the quote stands in.
    pub place: DeadlinePlace,
    /// Where the quote stands in that line (in the cell's text, for a cell).
    pub span: Span,
    /// The year it is due in: the year written, or, for a month written without one, the
    /// document's ([`year_from_document`](TaskDeadline::year_from_document)); `None` for
    /// an ongoing task, or a month without a year in a document that gives no date.
    pub year: Option<u16>,
    /// The month it is due in, 1 to 12 (`6` for `6月底`, `11` for `11月份`); `None`
    /// for a deadline of a whole year (`2022年底前`, `2023年`) and an ongoing task.
    pub month: Option<u8>,
    /// Whether the task has no end (`长期坚持`, `持续推进`, `持续优化`, `长期`…): then it has no
    /// year and no month. JSON leaves it out when false.
    #[serde(default, skip_serializing_if = "crate::model::is_false")]
    pub ongoing: bool,
    /// Whether [`year`](TaskDeadline::year) is the document's, from its date of issue,
    /// because the text gives a month (`6月底完成`) or the end of the year (`年底前`)
    /// without a year. JSON leaves it out when false.
    #[serde(default, skip_serializing_if = "crate::model::is_false")]
    pub year_from_document: bool,
}

impl TaskDeadline {
    /// Whether the task is due in `year` or before: `6月底完成` in a 2022 document and
    /// `2022年底前` are both due by 2022. An ongoing task, or a deadline whose year is not
    /// known, is due by no year.
    pub fn is_due_by(&self, year: u16) -> bool {
        !self.ongoing && self.year.is_some_and(|due| due <= year)
    }

    /// Whether the text writes the deadline without a year: a month (`6月底完成`) or the
    /// end of the year (`年底前`) alone, which takes the document's year where it has
    /// one.
    pub fn lacks_written_year(&self) -> bool {
        !self.ongoing && (self.year_from_document || self.year.is_none())
    }
}

/// Writes the quote, as the text writes it: `6月底完成`, `長期堅持`.
impl fmt::Display for TaskDeadline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.quote)
    }
}

/// The line of a task's text a [`TaskDeadline`] stands in. In JSON, `"title"`, `"body"`, or
/// `{"continuation": 0}`, `{"closing": 0}`, `{"cell": 2}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DeadlinePlace {
    /// The task's [`title`](crate::Task::title), the text before its first `。`: a note
    /// such as `1.推进甲（6月底完成，牵头考核单位：…）。`.
    Title,
    /// The task's [`body`](crate::Task::body), the rest of its own line: a note such as
    /// `（6月底完成，牵头考核单位：…）`.
    Body,
    /// Continuation line `i` of the task's text, from 0.
    Continuation(usize),
    /// Line `i` after the task's responsibility lines, from 0: `完成时限:2023年底`.
    Closing(usize),
    /// Cell `i` of a table row's cells after the number cell, from 0: the `完成时限`
    /// column's `2019年底前`.
    Cell(usize),
}

impl fmt::Display for DeadlinePlace {
    /// The place in words, for messages: `the body`, `continuation line 0`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeadlinePlace::Title => f.write_str("the title"),
            DeadlinePlace::Body => f.write_str("the body"),
            DeadlinePlace::Continuation(i) => write!(f, "continuation line {i}"),
            DeadlinePlace::Closing(i) => write!(f, "closing line {i}"),
            DeadlinePlace::Cell(i) => write!(f, "cell {i}"),
        }
    }
}

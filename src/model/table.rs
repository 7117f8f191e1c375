//! Tables of tasks: what a column of such a table holds, read from its header cell, and
//! one cell of a row as written.
//!
//! Some documents of the genre give their tasks as a table, one row a line with the
//! cells joined by ` | ` (as text taken from a web page's or a Word file's table gives
//! them), under a header that names the columns:
//!
//! ```text
//! 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限
//! 1 | 推进政务服务标准化 | 市政务服务管理局 | 市发展改革委、市司法局 | 2022年12月底前
//! ```
//!
//! Each row is a task; its cells after the number are [`TableCell`]s, each with the
//! [`Column`] its header cell names, so that the row renders back byte for byte.

use serde::{Deserialize, Serialize};

use crate::model::{ResponsibilityLabel, literal_enum};

literal_enum! {
    /// What a column of a table of tasks holds, as its header cell names it.
    ///
    /// `Display` gives the id used in JSON (`lead`); `FromStr` also accepts the header
    /// words the genre uses, in either script (`牵头单位`, `牽頭單位`). A header cell the
    /// genre does not fix is [`Column::Other`].
    ///
    /// ```
    /// use wuzhong_plan::{Column, ResponsibilityLabel};
    /// assert_eq!("牵头单位".parse::<Column>()?, Column::Lead);
    /// assert_eq!("完成時限".parse::<Column>()?, Column::Deadline);
    /// assert_eq!(Column::Lead.to_string(), "lead");
    /// assert_eq!(Column::Guide.label(), Some(ResponsibilityLabel::GuideDepartmentSimplified));
    /// # Ok::<(), strum::ParseError>(())
    /// ```
    #[serde(rename_all = "kebab-case")]
    #[non_exhaustive]
    pub enum Column {
        /// The row's number: `序号`, `编号`.
        #[strum(
            to_string = "number",
            serialize = "序号",
            serialize = "序號",
            serialize = "编号",
            serialize = "編號"
        )]
        Number,
        /// The task, the row's title: `任务`, `工作任务`, `重点任务`, `改革举措`.
        #[strum(
            to_string = "task",
            serialize = "任务",
            serialize = "任務",
            serialize = "工作任务",
            serialize = "工作任務",
            serialize = "重点任务",
            serialize = "重點任務",
            serialize = "主要任务",
            serialize = "主要任務",
            serialize = "具体任务",
            serialize = "具體任務",
            serialize = "改革任务",
            serialize = "改革任務",
            serialize = "改革举措",
            serialize = "改革舉措",
            serialize = "重点工作",
            serialize = "重點工作",
            serialize = "工作事项",
            serialize = "工作事項",
            serialize = "任务名称",
            serialize = "任務名稱"
        )]
        Task,
        /// What the task is, the row's body; its title where the table has no task
        /// column: `主要内容`, `具体内容`, `工作内容`, `工作措施`, `主要举措`.
        #[strum(
            to_string = "content",
            serialize = "内容",
            serialize = "內容",
            serialize = "主要内容",
            serialize = "主要內容",
            serialize = "具体内容",
            serialize = "具體內容",
            serialize = "工作内容",
            serialize = "工作內容",
            serialize = "任务内容",
            serialize = "任務內容",
            serialize = "工作措施",
            serialize = "主要措施",
            serialize = "具体措施",
            serialize = "具體措施",
            serialize = "主要举措",
            serialize = "主要舉措",
            serialize = "工作要求"
        )]
        Content,
        /// The bodies that lead: `牵头单位`, `牵头部门`.
        #[strum(
            to_string = "lead",
            serialize = "牵头单位",
            serialize = "牽頭單位",
            serialize = "牵头部门",
            serialize = "牽頭部門"
        )]
        Lead,
        /// The bodies that support: `配合单位`, `配合部门`, `协同单位`.
        #[strum(
            to_string = "support",
            serialize = "配合单位",
            serialize = "配合單位",
            serialize = "配合部门",
            serialize = "配合部門",
            serialize = "协同单位",
            serialize = "協同單位",
            serialize = "协同部门",
            serialize = "協同部門",
            serialize = "参与单位",
            serialize = "參與單位"
        )]
        Support,
        /// The bodies responsible, the first listed leading: `责任单位`, `责任部门`,
        /// `负责单位`.
        #[strum(
            to_string = "responsible",
            serialize = "责任单位",
            serialize = "責任單位",
            serialize = "责任部门",
            serialize = "責任部門",
            serialize = "负责单位",
            serialize = "負責單位",
            serialize = "负责部门",
            serialize = "負責部門",
            serialize = "责任主体",
            serialize = "責任主體"
        )]
        Responsible,
        /// The bodies that guide the task, the first listed leading: `指导部门`,
        /// `指导单位` (the State Council's tables of measures to roll out).
        #[strum(
            to_string = "guide",
            serialize = "指导部门",
            serialize = "指導部門",
            serialize = "指导单位",
            serialize = "指導單位"
        )]
        Guide,
        /// When the task is due: `完成时限`, `完成时间`, `时间节点`, `时限要求`.
        #[strum(
            to_string = "deadline",
            serialize = "完成时限",
            serialize = "完成時限",
            serialize = "完成时间",
            serialize = "完成時間",
            serialize = "完成期限",
            serialize = "时间节点",
            serialize = "時間節點",
            serialize = "时限要求",
            serialize = "時限要求",
            serialize = "时限",
            serialize = "時限"
        )]
        Deadline,
        /// Where the measure applies: `推广范围`, `适用范围`.
        #[strum(
            to_string = "scope",
            serialize = "推广范围",
            serialize = "推廣範圍",
            serialize = "适用范围",
            serialize = "適用範圍"
        )]
        Scope,
        /// A column the genre does not fix (`备注`), or a cell beyond the header's.
        #[strum(to_string = "other")]
        Other,
    }
}

impl Column {
    /// The label of responsibility the column's bodies stand under, in Simplified script
    /// (a table in Traditional script takes [`ResponsibilityLabel::traditional`]):
    /// `牵头单位` for [`Column::Lead`], `配合单位` for [`Column::Support`], `责任单位` for
    /// [`Column::Responsible`], `指导部门` for [`Column::Guide`]; `None` for a column that
    /// names no bodies.
    pub fn label(self) -> Option<ResponsibilityLabel> {
        match self {
            Column::Lead => Some(ResponsibilityLabel::LeadUnitSimplified),
            Column::Support => Some(ResponsibilityLabel::SupportUnitSimplified),
            Column::Responsible => Some(ResponsibilityLabel::UnitSimplified),
            Column::Guide => Some(ResponsibilityLabel::GuideDepartmentSimplified),
            Column::Number
            | Column::Task
            | Column::Content
            | Column::Deadline
            | Column::Scope
            | Column::Other => None,
        }
    }
}

/// One cell of a table row, after the row's number, exactly as written: the text
/// between two ` | ` separators (or after the last), untrimmed, so that a row's cells
/// joined by ` | ` after its number give back its line byte for byte.
///
/// ```
/// use wuzhong_plan::{Column, TableCell};
/// let cell: TableCell = serde_json::from_str(r#"{"column": "lead", "text": "市民政局"}"#)?;
/// assert_eq!((cell.column, cell.text.as_str()), (Column::Lead, "市民政局"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct TableCell {
    /// What the cell's column holds, from the header; [`Column::Other`] for a cell
    /// beyond the header's columns.
    pub column: Column,
    /// The cell's text as written, spaces included; empty for an empty cell.
    pub text: String,
}

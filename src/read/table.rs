//! Tables of tasks: a header line that names the columns, rows that are tasks, and the
//! section rows between them.
//!
//! A table is written one row a line, with the cells joined by ` | ` (as text taken from
//! a web page's or a Word file's table gives it):
//!
//! ```text
//! 序号 | 改革举措 | 主 要 内 容 | 指导部门 | 推广范围
//! 一、知识产权保护方面（共5项）
//! 1 | 知识产权民事、刑事、行政案件“三合一”审判 | 整合分散的审判资源，… | 最高人民法院、… | 全国
//! ```
//!
//! - The **header** ([`TableHeader::read`]) starts with a number column (`序号`) and has a
//!   task column (`工作任务`, `改革举措`) or a content column (`主要内容`); each cell,
//!   without the white space in and around it (`主 要 内 容`), names a [`Column`].
//! - A **row** ([`TableHeader::row`]) starts with its number (ASCII or full-width
//!   digits); its other cells take the header's columns in order. A row with fewer cells
//!   than the header stops short, with no cell for the header's last columns; one with
//!   more keeps the cells beyond the header's, as [`Column::Other`]. Its title is the task
//!   cell, or the content cell where the table has no task column; its body the content
//!   cell where it has one; its bodies the cells of the lead, support, responsible and
//!   guide columns, each with its label; its deadline the deadline cell.
//! - A **section line** between rows (`一、知识产权保护方面`) is a heading line like any
//!   other, which the parser reads by the document's levels.
//!
//! A line is split on the exact string ` | ` and no cell is trimmed, so that a row's
//! number and cells joined by ` | ` again give back its line byte for byte. (An empty
//! cell is written `` |  | ``; in `` | | `` no separator stands, and the `|` is text.)

// The parser of issue 30 reads tables with this module; until it does, only the tests
// use it.

use crate::base::brackets::without_bracketed_end;
use crate::base::script::to_simplified;
use crate::model::{Column, ResponsibilityLabel, TableCell};

pub(crate) use crate::model::row::SEPARATOR;
use crate::model::row::{RowView, is_blank};

/// The header of a table of tasks: the column each cell names, and the label of
/// responsibility of each column of bodies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TableHeader {
    /// The columns, the number's first.
    columns: Vec<Column>,
    /// For each column, the label its bodies stand under: the header's own word where
    /// it is a label (`牵头部门`), else the column's label in the header's script.
    labels: Vec<Option<ResponsibilityLabel>>,
}

/// One row of a table: a task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    /// The value of its number.
    pub(crate) number: u16,
    /// Its number cell as written: `21`, `２１`, or `01`, which the value alone does not
    /// give back.
    pub(crate) written: String,
    /// Its cells after the number, as written, each with its column.
    pub(crate) cells: Vec<TableCell>,
    /// Which cells name its bodies, each with its label, in the row's order.
    bodies: Vec<(usize, ResponsibilityLabel)>,
    /// Which cell is its deadline.
    deadline: Option<usize>,
}

impl TableHeader {
    /// The header a line is: cells joined by ` | `, the first naming the number
    /// (`序号`, `序號`, `编号`) and another a task or its content; `None` for any other
    /// line.
    pub(crate) fn read(line: &str) -> Option<TableHeader> {
        // Most lines hold no `|`, which a fast byte search finds; the first cell tells
        // most of the others apart, rows among them, before the rest is read.
        if !line.contains('|') {
            return None;
        }
        let (first, _) = line.split_once(SEPARATOR)?;
        if column_of(&header_word(first)) != Column::Number {
            return None;
        }
        let words: Vec<String> = line.split(SEPARATOR).map(header_word).collect();
        let columns: Vec<Column> = words.iter().map(|word| column_of(word)).collect();
        let numbered = columns.first() == Some(&Column::Number);
        let has_task = columns
            .iter()
            .skip(1)
            .any(|column| matches!(column, Column::Task | Column::Content));
        if !numbered || !has_task {
            return None;
        }
        let labels = words
            .iter()
            .zip(&columns)
            .map(|(word, column)| label_of(word, *column))
            .collect();
        Some(TableHeader { columns, labels })
    }

    /// The row a line of the table is: cells joined by ` | `, the first a number
    /// greater than 0 in ASCII or full-width digits (not both), with white space around
    /// it or not; `None` for any other line (a heading, prose, a section row).
    pub(crate) fn row(&self, line: &str) -> Option<Row> {
        let (written, rest) = line.split_once(SEPARATOR)?;
        let number = row_number(written)?;
        let cells: Vec<TableCell> = rest
            .split(SEPARATOR)
            .enumerate()
            .map(|(i, text)| TableCell {
                column: self.column(i),
                text: text.to_owned(),
            })
            .collect();
        let bodies = cells
            .iter()
            .enumerate()
            .filter(|(_, cell)| !is_blank(&cell.text))
            .filter_map(|(i, _)| Some((i, self.label(i)?)))
            .collect();
        let deadline = cells
            .iter()
            .position(|cell| cell.column == Column::Deadline)
            .filter(|&i| cells.get(i).is_some_and(|cell| !is_blank(&cell.text)));
        Some(Row {
            number,
            written: written.to_owned(),
            cells,
            bodies,
            deadline,
        })
    }

    /// The column of a row's cell `i` after its number: the header's, or
    /// [`Column::Other`] beyond it.
    fn column(&self, i: usize) -> Column {
        self.columns.get(i + 1).copied().unwrap_or(Column::Other)
    }

    /// The label of the bodies in a row's cell `i` after its number, if its column
    /// names bodies.
    fn label(&self, i: usize) -> Option<ResponsibilityLabel> {
        self.labels.get(i + 1).copied().flatten()
    }
}

impl Row {
    /// The cell at `i`, as written.
    fn text(&self, i: Option<usize>) -> Option<&str> {
        Some(self.cells.get(i?)?.text.as_str())
    }

    /// The row's title: its task cell, or its content cell where the table has no task
    /// column; empty where the row stops before it.
    pub(crate) fn title(&self) -> &str {
        RowView::of(&self.cells).title()
    }

    /// The row's body: its content cell where the table has a task column as well;
    /// empty otherwise.
    pub(crate) fn body(&self) -> &str {
        RowView::of(&self.cells).body()
    }

    /// The cells that name the row's bodies, each with the label of its column, in the
    /// row's order; a blank cell names none.
    pub(crate) fn bodies(&self) -> impl Iterator<Item = (ResponsibilityLabel, &str)> + '_ {
        self.bodies
            .iter()
            .filter_map(|&(i, label)| Some((label, self.text(Some(i))?)))
    }

    /// The text of the row's deadline cell, if it has one that is not blank (the
    /// deadline reader reads it from the task's cells, by their column).
    #[cfg(test)]
    fn deadline(&self) -> Option<&str> {
        self.text(self.deadline)
    }
}

#[cfg(test)]
impl TableHeader {
    /// The columns the header names, the number's first.
    fn columns(&self) -> &[Column] {
        &self.columns
    }
}

/// The value of a row's number cell: digits, all ASCII or all full-width, with white
/// space around them or not, from 1 to 65535.
fn row_number(cell: &str) -> Option<u16> {
    let digits = cell.trim_matches(is_space);
    let mut value: u16 = 0;
    let mut wide = None;
    for c in digits.chars() {
        let (digit, is_wide) = match c {
            '0'..='9' => (u32::from(c) - u32::from('0'), false),
            '０'..='９' => (u32::from(c) - u32::from('０'), true),
            _ => return None,
        };
        if *wide.get_or_insert(is_wide) != is_wide {
            return None;
        }
        value = value
            .checked_mul(10)?
            .checked_add(u16::try_from(digit).ok()?)?;
    }
    (value > 0).then_some(value)
}

/// A header cell without its white space, inside and around (`主 要 内 容`).
fn header_word(cell: &str) -> String {
    cell.chars().filter(|&c| !is_space(c)).collect()
}

/// The column a header word names: as written, without a bracketed remark after it
/// (`责任单位（列第一位的为牵头单位）`), or in Simplified script; [`Column::Other`] for a
/// word the genre does not fix.
fn column_of(word: &str) -> Column {
    let bare = without_bracketed_end(word);
    [word, bare]
        .into_iter()
        .find_map(|word| {
            word.parse()
                .ok()
                .or_else(|| to_simplified(word).parse().ok())
        })
        .unwrap_or(Column::Other)
}

/// The label of the bodies of a column headed `word`: the word itself where it is a
/// label, else the column's label, in Traditional script where the word is written in
/// it.
fn label_of(word: &str, column: Column) -> Option<ResponsibilityLabel> {
    let label = column.label()?;
    let bare = without_bracketed_end(word);
    if let Ok(own) = bare.parse::<ResponsibilityLabel>() {
        return Some(own);
    }
    Some(if to_simplified(bare) == bare {
        label
    } else {
        label.traditional()
    })
}

/// White space a cell may hold around its words: ASCII, full-width, tabs.
fn is_space(c: char) -> bool {
    c.is_whitespace()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RoleBasis;
    use crate::read::{responsibility, roles};
    use crate::vocab::actor::Role;
    use ResponsibilityLabel as L;

    // The header, a section line and rows 1 and 21 of the annex of 国办发〔2018〕126号
    // (`national-2018-chuangxin-table.txt`, lines 22, 23, 24 and 42).
    const CHUANGXIN_HEADER: &str = "序号 | 改革举措 | 主 要 内 容 | 指导部门 | 推广范围";
    const CHUANGXIN_SECTION: &str = "一、知识产权保护方面（共5项）";
    const CHUANGXIN_1: &str = "1 | 知识产权民事、刑事、行政案件“三合一”审判 | 整合分散的审判资源，实行知识产权民事、刑事、行政案件审判“三合一”，实现审判力量集中、审判标准统一，提高审判效率，缩短审判周期。 | 最高人民法院、最高人民检察院、国家知识产权局 | 全国";
    const CHUANGXIN_21: &str = "21 | 允许地方高校自主开展人才引进和职称评审 | 将职称评审和人才引进自主权下放给地方高校，允许高校因需评聘科研教学人员，自主制定招聘方案、设置岗位条件，依规发布招聘信息、组织公开招聘，及时引进“高精尖缺”人才和稳定骨干人才。 | 教育部、人力资源社会保障部 | 8个改革试验区域";

    const SIMPLIFIED_HEADER: &str = "序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限";
    const TRADITIONAL_HEADER: &str = "序號 | 工作任務 | 牽頭單位 | 配合單位 | 完成時限";

    fn header(line: &str) -> Result<TableHeader, String> {
        TableHeader::read(line).ok_or_else(|| format!("not a header: {line}"))
    }

    fn row(header: &TableHeader, line: &str) -> Result<Row, String> {
        let row = header
            .row(line)
            .ok_or_else(|| format!("not a row: {line}"))?;
        assert_joins_back(&row, line);
        Ok(row)
    }

    /// The row's number as written and its cells, joined by ` | `, give back its line.
    fn assert_joins_back(row: &Row, line: &str) {
        let mut joined = row.written.clone();
        for cell in &row.cells {
            joined.push_str(SEPARATOR);
            joined.push_str(&cell.text);
        }
        assert_eq!(joined, line);
    }

    fn columns(row: &Row) -> Vec<Column> {
        row.cells.iter().map(|cell| cell.column).collect()
    }

    fn bodies(row: &Row) -> Vec<(ResponsibilityLabel, &str)> {
        row.bodies().collect()
    }

    #[test]
    fn the_chuangxin_header_names_its_columns() -> Result<(), String> {
        let header = header(CHUANGXIN_HEADER)?;
        assert_eq!(
            header.columns(),
            [
                Column::Number,
                Column::Task,
                Column::Content,
                Column::Guide,
                Column::Scope
            ]
        );
        // The section line between the header and row 1 is a heading, not a row.
        assert_eq!(header.row(CHUANGXIN_SECTION), None);
        assert!(TableHeader::read(CHUANGXIN_SECTION).is_none());
        Ok(())
    }

    #[test]
    fn the_chuangxin_rows_are_tasks_with_their_guiding_bodies() -> Result<(), String> {
        let header = header(CHUANGXIN_HEADER)?;
        let first = row(&header, CHUANGXIN_1)?;
        assert_eq!((first.number, first.written.as_str()), (1, "1"));
        assert_eq!(
            columns(&first),
            [Column::Task, Column::Content, Column::Guide, Column::Scope]
        );
        assert_eq!(first.title(), "知识产权民事、刑事、行政案件“三合一”审判");
        assert_eq!(
            first.body(),
            "整合分散的审判资源，实行知识产权民事、刑事、行政案件审判“三合一”，实现审判力量集中、审判标准统一，提高审判效率，缩短审判周期。"
        );
        assert_eq!(
            bodies(&first),
            [(
                L::GuideDepartmentSimplified,
                "最高人民法院、最高人民检察院、国家知识产权局"
            )]
        );
        assert_eq!(first.deadline(), None);
        assert_eq!(first.cells.last().map(|c| c.text.as_str()), Some("全国"));

        // Rows jump from 14 to 21 where the publisher cut a section: the number is the
        // row's own.
        let later = row(&header, CHUANGXIN_21)?;
        assert_eq!((later.number, later.written.as_str()), (21, "21"));
        assert_eq!(later.title(), "允许地方高校自主开展人才引进和职称评审");
        assert!(
            later
                .body()
                .starts_with("将职称评审和人才引进自主权下放给地方高校，")
        );
        assert!(
            later
                .body()
                .ends_with("及时引进“高精尖缺”人才和稳定骨干人才。")
        );
        assert_eq!(
            bodies(&later),
            [(L::GuideDepartmentSimplified, "教育部、人力资源社会保障部")]
        );
        assert_eq!(
            later.cells.get(3).map(|c| (c.column, c.text.as_str())),
            Some((Column::Scope, "8个改革试验区域"))
        );
        Ok(())
    }

    #[test]
    fn the_first_guiding_body_leads_by_its_order() -> Result<(), String> {
        let header = header(CHUANGXIN_HEADER)?;
        let first = row(&header, CHUANGXIN_1)?;
        let (label, text) = first.bodies().next().ok_or("row 1 names no bodies")?;
        let mut parties: Vec<_> = responsibility::parties(text, None)
            .collect::<Result<_, _>>()
            .map_err(|err| err.to_string())?;
        roles::assign(&mut parties, Some(label), &mut false, false);
        let read: Vec<(&str, Role, RoleBasis)> =
            parties.iter().map(|p| (p.quote, p.role, p.basis)).collect();
        assert_eq!(
            read,
            [
                ("最高人民法院", Role::Lead, RoleBasis::Order),
                ("最高人民检察院", Role::Support, RoleBasis::Order),
                ("国家知识产权局", Role::Support, RoleBasis::Order),
            ]
        );
        Ok(())
    }

    #[test]
    fn a_task_table_reads_in_either_script() -> Result<(), String> {
        for (header_line, line, lead, support) in [
            (
                SIMPLIFIED_HEADER,
                "3 | 推进政务服务标准化 | 市政务服务管理局 | 市发展改革委、市司法局 | 2022年12月底前",
                (L::LeadUnitSimplified, "市政务服务管理局"),
                (L::SupportUnitSimplified, "市发展改革委、市司法局"),
            ),
            (
                TRADITIONAL_HEADER,
                "3 | 推進政務服務標準化 | 市政務服務管理局 | 市發展改革委、市司法局 | 2022年12月底前",
                (L::LeadUnit, "市政務服務管理局"),
                (L::SupportUnit, "市發展改革委、市司法局"),
            ),
        ] {
            let header = header(header_line)?;
            assert_eq!(
                header.columns(),
                [
                    Column::Number,
                    Column::Task,
                    Column::Lead,
                    Column::Support,
                    Column::Deadline
                ],
                "{header_line}"
            );
            let row = row(&header, line)?;
            assert_eq!(row.number, 3);
            assert!(
                ["推进政务服务标准化", "推進政務服務標準化"].contains(&row.title()),
                "{line}"
            );
            // No content column: the task is all the row says of it.
            assert_eq!(row.body(), "");
            assert_eq!(bodies(&row), [lead, support]);
            assert_eq!(row.deadline(), Some("2022年12月底前"));
        }
        Ok(())
    }

    #[test]
    fn header_cells_are_read_without_their_spaces() -> Result<(), String> {
        let header = header(
            " 序 号  | 任　务 | \t具体内容 | 责任单位（列第一位的为牵头单位） | 完成 时间 ",
        )?;
        assert_eq!(
            header.columns(),
            [
                Column::Number,
                Column::Task,
                Column::Content,
                Column::Responsible,
                Column::Deadline
            ]
        );
        let row = row(
            &header,
            "7 | 建设数据共享平台 | 汇聚各部门数据。 | 市大数据局、市财政局 | 2023年6月",
        )?;
        assert_eq!(row.title(), "建设数据共享平台");
        assert_eq!(row.body(), "汇聚各部门数据。");
        assert_eq!(bodies(&row), [(L::UnitSimplified, "市大数据局、市财政局")]);
        assert_eq!(row.deadline(), Some("2023年6月"));
        Ok(())
    }

    #[test]
    fn a_column_of_bodies_takes_its_headers_own_label() -> Result<(), String> {
        let header = header("序号 | 工作内容 | 牵头部门 | 负责单位 | 指導單位 | 协同单位 | 备注")?;
        assert_eq!(
            header.columns(),
            [
                Column::Number,
                Column::Content,
                Column::Lead,
                Column::Responsible,
                Column::Guide,
                Column::Support,
                Column::Other
            ]
        );
        let row = row(&header, "1 | 开展专项检查 | A局 | B局 | C部 | D局 | 无")?;
        // Without a task column, the content is the title and there is no body.
        assert_eq!((row.title(), row.body()), ("开展专项检查", ""));
        assert_eq!(
            bodies(&row),
            [
                (L::LeadDepartmentSimplified, "A局"),
                (L::UnitSimplified, "B局"),
                (L::GuideDepartment, "C部"),
                (L::SupportUnitSimplified, "D局"),
            ]
        );
        assert_eq!(row.deadline(), None);
        Ok(())
    }

    #[test]
    fn an_empty_cell_is_kept_and_names_no_body() -> Result<(), String> {
        let header = header(SIMPLIFIED_HEADER)?;
        let line = "2 | 优化营商环境 |  | 市财政局 | ";
        let row = row(&header, line)?;
        assert_eq!(
            row.cells
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>(),
            ["优化营商环境", "", "市财政局", ""]
        );
        assert_eq!(bodies(&row), [(L::SupportUnitSimplified, "市财政局")]);
        assert_eq!(row.deadline(), None);
        Ok(())
    }

    #[test]
    fn a_row_keeps_cells_beyond_the_header_and_may_stop_short() -> Result<(), String> {
        let header = header(SIMPLIFIED_HEADER)?;
        let long = row(
            &header,
            "4 | 任务甲 | 市民政局 | 市财政局 | 2024年 | 备注一 | 备注二",
        )?;
        assert_eq!(
            columns(&long),
            [
                Column::Task,
                Column::Lead,
                Column::Support,
                Column::Deadline,
                Column::Other,
                Column::Other
            ]
        );
        assert_eq!(long.deadline(), Some("2024年"));

        let short = row(&header, "5 | 任务乙 | 市民政局")?;
        assert_eq!(columns(&short), [Column::Task, Column::Lead]);
        assert_eq!(short.title(), "任务乙");
        assert_eq!(bodies(&short), [(L::LeadUnitSimplified, "市民政局")]);
        assert_eq!(short.deadline(), None);
        Ok(())
    }

    #[test]
    fn a_number_is_digits_of_one_width() -> Result<(), String> {
        let header = header(SIMPLIFIED_HEADER)?;
        let wide = row(&header, "１２ | 任务丙 | 市民政局")?;
        assert_eq!((wide.number, wide.written.as_str()), (12, "１２"));
        let padded = row(&header, " 9 | 任务丁")?;
        assert_eq!((padded.number, padded.written.as_str()), (9, " 9"));
        let zero_led = row(&header, "09 | 任务戊")?;
        assert_eq!((zero_led.number, zero_led.written.as_str()), (9, "09"));
        assert_eq!(row(&header, "65535 | 任务己")?.number, u16::MAX);
        for line in [
            "1２ | 混合宽度",
            "0 | 零",
            "65536 | 太大",
            "1. | 带点",
            "一 | 汉字数字",
            " | 无号",
            "12",
        ] {
            assert_eq!(header.row(line), None, "{line}");
        }
        Ok(())
    }

    #[test]
    fn lines_that_are_not_rows() -> Result<(), String> {
        let header = header(SIMPLIFIED_HEADER)?;
        for line in [
            "一、知识产权保护方面（共5项）",
            "（二）科技金融创新方面",
            "按照“放管服”改革要求 | 推进政务服务标准化",
            "各地区要结合实际抓好落实。",
            "1.推进政务服务标准化。",
            // No space before the first bar: the first cell is `3| 任务`, no number.
            "3| 任务 | 市民政局",
        ] {
            assert_eq!(header.row(line), None, "{line}");
            assert!(TableHeader::read(line).is_none(), "{line}");
        }
        Ok(())
    }

    #[test]
    fn a_header_has_a_number_and_a_task_column() -> Result<(), String> {
        for line in [
            "序号 | 牵头单位 | 完成时限",
            "工作任务 | 牵头单位 | 完成时限",
            "文号 | 平政办〔2013〕11号",
            "序号",
            "序号|工作任务|牵头单位",
        ] {
            assert!(TableHeader::read(line).is_none(), "{line}");
        }
        assert!(TableHeader::read("编号 | 主要内容").is_some());
        assert!(TableHeader::read("編號 | 重點任務 | 責任部門").is_some());
        Ok(())
    }
}

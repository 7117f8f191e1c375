//! What each cell of a table's row holds, for the outputs that mark or place a row's
//! pieces in its line: the task a row is keeps its cells as written
//! ([`Task::row`]) and, apart, its title, body and responsibility read from them; this
//! pairs each cell with the piece it gave and says where it starts in the row's line.

use crate::model::{Column, Responsibility, TableCell, Task};

/// The separator between a row's cells, as the text writes it.
pub(crate) const SEPARATOR: &str = " | ";

/// The piece of the task a row's cell gave.
#[derive(Debug, Clone, Copy)]
pub(crate) enum CellRole<'a> {
    /// The task's title (its task cell, or its content cell in a table without one).
    Title,
    /// The task's body (its content cell in a table with a task cell).
    Body,
    /// One of the task's responsibility lines (a cell of bodies): the lines' cells come
    /// in the lines' order, [`Task::responsibility`]'s first.
    Bodies(&'a Responsibility),
    /// Anything else: the deadline, the scope, a column the genre does not fix.
    Other,
}

/// A cell of a row, the piece it gave, and the byte offset where its text starts in the
/// row's line (after the number and the separator).
#[derive(Debug, Clone, Copy)]
pub(crate) struct RowCell<'a> {
    pub(crate) cell: &'a TableCell,
    pub(crate) role: CellRole<'a>,
    pub(crate) start: usize,
}

/// The cells of `task`'s row, in order, each with its role and where it starts in the
/// row's line; empty for a task that is no row. A cell is the title, the body or a line
/// of bodies when its column can hold it and its text is that piece's, each piece taken
/// by the first such cell; so the roles agree with the reader's whatever the header.
pub(crate) fn row_cells(task: &Task) -> Vec<RowCell<'_>> {
    let mut cells = Vec::with_capacity(task.row.len());
    let mut at = task.label().len();
    let mut title = true;
    let mut body = !task.body.is_empty();
    let mut lines = task
        .responsibility
        .iter()
        .chain(&task.further_responsibility)
        .peekable();
    for cell in &task.row {
        at += SEPARATOR.len();
        let textual = matches!(cell.column, Column::Task | Column::Content);
        let role = if title && textual && cell.text == task.title {
            title = false;
            CellRole::Title
        } else if body && cell.column == Column::Content && cell.text == task.body {
            body = false;
            CellRole::Body
        } else if let Some(line) =
            lines.next_if(|line| cell.column.label().is_some() && line.text == cell.text)
        {
            CellRole::Bodies(line)
        } else {
            CellRole::Other
        };
        cells.push(RowCell {
            cell,
            role,
            start: at,
        });
        at += cell.text.len();
    }
    cells
}

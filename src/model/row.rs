//! What each cell of a table's row holds. The task a row is keeps its cells as written
//! ([`Task::row`]) and, apart, its title, body and responsibility read from them: one
//! rule, by the cells' columns, finds them for the reader of a row just read, the check
//! of a loaded row (which has no header) and the outputs that mark a row's pieces.

use crate::model::{Column, Responsibility, TableCell, Task};

/// The separator between a row's cells, as the text writes it.
pub(crate) const SEPARATOR: &str = " | ";

/// A row's cells, read for what each holds by its column.
pub(crate) struct RowView<'a> {
    cells: &'a [TableCell],
}

impl<'a> RowView<'a> {
    pub(crate) fn of(cells: &'a [TableCell]) -> RowView<'a> {
        RowView { cells }
    }

    /// Which cell is first of `column`.
    fn find(&self, column: Column) -> Option<usize> {
        self.cells.iter().position(|cell| cell.column == column)
    }

    /// Which cell is the title: the task cell, or the content cell where there is none.
    fn title_cell(&self) -> Option<usize> {
        self.find(Column::Task)
            .or_else(|| self.find(Column::Content))
    }

    /// Which cell is the body: the content cell where there is a task cell.
    fn body_cell(&self) -> Option<usize> {
        self.find(Column::Task).and(self.find(Column::Content))
    }

    fn text(&self, i: Option<usize>) -> &'a str {
        i.and_then(|i| self.cells.get(i))
            .map_or("", |cell| cell.text.as_str())
    }

    /// The title; empty where the row stops before it.
    pub(crate) fn title(&self) -> &'a str {
        self.text(self.title_cell())
    }

    /// The body; empty in a table without a task column, or where the row stops before
    /// it.
    pub(crate) fn body(&self) -> &'a str {
        self.text(self.body_cell())
    }

    /// The cells that name bodies and are not blank, by index, in order: each is one of
    /// the task's responsibility lines.
    pub(crate) fn bodies(&self) -> impl Iterator<Item = (usize, &'a TableCell)> + 'a {
        self.cells
            .iter()
            .enumerate()
            .filter(|(_, cell)| cell.column.label().is_some() && !is_blank(&cell.text))
    }
}

/// Whether a cell holds nothing but white space.
pub(crate) fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

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

/// The cells of `task`'s row, in order, each with the piece it gave and where it starts
/// in the row's line; empty for a task that is no row.
pub(crate) fn row_cells(task: &Task) -> Vec<RowCell<'_>> {
    let view = RowView::of(&task.row);
    let (title, body) = (view.title_cell(), view.body_cell());
    let mut lines = task
        .responsibility
        .iter()
        .chain(&task.further_responsibility);
    let mut bodies = view.bodies().map(|(i, _)| i).peekable();
    let mut end = task.label().len();
    task.row
        .iter()
        .enumerate()
        .map(|(i, cell)| {
            let start = end + SEPARATOR.len();
            end = start + cell.text.len();
            let role = if Some(i) == title {
                CellRole::Title
            } else if Some(i) == body {
                CellRole::Body
            } else if bodies.next_if_eq(&i).is_some() {
                lines.next().map_or(CellRole::Other, CellRole::Bodies)
            } else {
                CellRole::Other
            };
            RowCell { cell, role, start }
        })
        .collect()
}

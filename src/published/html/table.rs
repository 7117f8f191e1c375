//! A table of data written a row a line: the row's cells joined by ` | `, a cell
//! merged across columns (`colspan`) written once, a cell merged down rows
//! (`rowspan`) written in each row it covers, at its column, so that the columns stay
//! aligned and each task's row has its bodies. A cell covers rows up to the end of its
//! group of rows (`thead`, `tbody`, `tfoot`), as in a browser, and `rowspan="0"` all
//! of them.
//!
//! A row whose cells, its own and those merged down into it, are all white space is no
//! line; its own merged cells, white space too, are then not carried down (they would
//! only hold a column no text stands in). So the work of a row that is written is in
//! proportion to what it writes, and that of a row that is not to its own cells: a
//! table of many empty merged cells over many empty rows costs no more than its length.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::published::Refusal;

/// A cell of a row, as read.
pub(super) struct Cell {
    /// How many columns it spans (1 or more).
    pub(super) span: usize,
    /// How many rows it covers (0: to the end of its group).
    pub(super) rowspan: usize,
    pub(super) text: String,
}

/// A cell merged down from a row above.
struct Carried {
    column: usize,
    span: usize,
    /// The first row of the group it no longer covers.
    until: usize,
    text: String,
}

/// A table of data being written.
#[derive(Default)]
pub(super) struct Table {
    /// The cells merged down from the rows above, by column; some may have run out,
    /// until a row that is written clears them.
    carried: Vec<Carried>,
    /// When each of those that hold text runs out, the soonest first.
    running: BinaryHeap<Reverse<usize>>,
    /// The cells of the row being read.
    row: Vec<Cell>,
    /// The row's number in its group.
    index: usize,
}

impl Table {
    /// Takes in a cell of the row being read.
    pub(super) fn cell(&mut self, cell: Cell) {
        self.row.push(cell);
    }

    /// Ends a group of rows: no cell covers rows past it.
    pub(super) fn end_group(&mut self) {
        self.carried.clear();
        self.running.clear();
        self.index = 0;
    }

    /// Writes the row just read to `out` as a line, unless all its cells are white
    /// space; `fits` refuses text over the limit, as it grows.
    pub(super) fn end_row(
        &mut self,
        out: &mut String,
        fits: impl Fn(&str) -> Result<(), Refusal>,
    ) -> Result<(), Refusal> {
        let index = self.index;
        self.index = self.index.saturating_add(1);
        let row = std::mem::take(&mut self.row);
        while self
            .running
            .peek()
            .is_some_and(|Reverse(until)| *until <= index)
        {
            self.running.pop();
        }
        if row.iter().all(|cell| is_blank(&cell.text)) && self.running.is_empty() {
            return Ok(());
        }
        self.carried.retain(|carried| carried.until > index);
        let columns = self.place(&row);

        // The row's cells and those merged down into it, by column.
        let mut own = row.iter().zip(&columns).peekable();
        let mut above = self.carried.iter().peekable();
        let mut first = true;
        loop {
            let text = match (own.peek(), above.peek()) {
                (Some((_, column)), Some(carried)) if carried.column <= **column => {
                    above.next().map(|carried| &carried.text)
                }
                (Some(_), _) => own.next().map(|(cell, _)| &cell.text),
                (None, Some(_)) => above.next().map(|carried| &carried.text),
                (None, None) => break,
            };
            if !first {
                out.push_str(" | ");
            }
            first = false;
            out.push_str(text.map_or("", String::as_str));
            fits(out)?;
        }
        out.push('\n');

        // The row's own merged cells, in column order, join those from above.
        let mut merged: Vec<Carried> = Vec::new();
        for (cell, column) in row.into_iter().zip(columns) {
            let until = match cell.rowspan {
                0 => usize::MAX,
                1 => continue,
                rows => index.saturating_add(rows),
            };
            if !is_blank(&cell.text) {
                self.running.push(Reverse(until));
            }
            merged.push(Carried {
                column,
                span: cell.span,
                until,
                text: cell.text,
            });
        }
        if !merged.is_empty() {
            self.carried = by_column(std::mem::take(&mut self.carried), merged);
        }
        Ok(())
    }

    /// The columns of a row's own cells: each the first free, past the cells merged
    /// down from above, after the one before it.
    fn place(&self, row: &[Cell]) -> Vec<usize> {
        let mut columns = Vec::with_capacity(row.len());
        let mut next = 0_usize;
        let mut carried = self.carried.iter().peekable();
        for cell in row {
            while let Some(above) = carried.peek() {
                let end = above.column.saturating_add(above.span);
                if end <= next {
                    carried.next();
                } else if above.column <= next {
                    next = end;
                    carried.next();
                } else {
                    break;
                }
            }
            columns.push(next);
            next = next.saturating_add(cell.span);
        }
        columns
    }
}

/// Two lists of cells, each by column, as one.
fn by_column(old: Vec<Carried>, new: Vec<Carried>) -> Vec<Carried> {
    let mut merged = Vec::with_capacity(old.len() + new.len());
    let mut old = old.into_iter().peekable();
    let mut new = new.into_iter().peekable();
    loop {
        let next = match (old.peek(), new.peek()) {
            (Some(a), Some(b)) if a.column <= b.column => old.next(),
            (_, Some(_)) => new.next(),
            (Some(_), None) => old.next(),
            (None, None) => break,
        };
        merged.extend(next);
    }
    merged
}

/// Whether `text` is nothing but white space.
fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

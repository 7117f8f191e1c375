//! An article's text, one line a paragraph: white space collapsed as a browser
//! collapses it, a table of data one line a row.
//!
//! - Each block (see [`Role`]) starts and ends a line, and so does `<br>`; a line with
//!   nothing but white space is no line. Inline elements continue the line they stand
//!   in.
//! - White space is collapsed as CSS collapses it: a run of spaces, tabs and line
//!   breaks of the source is one space, and none at the start or the end of a line; a
//!   run with a line break in it between two East Asian wide characters (Chinese,
//!   Japanese, full-width punctuation) is no space at all, so that `中\n文` reads `中文`.
//!   Other white space (U+00A0, U+3000) is text, never collapsed nor trimmed. In `pre`,
//!   white space is kept and each line break of the source breaks the line.
//! - A table of data (see [`article`](super::article)) is one line a row, written as
//!   [`table`](super::table) says, each cell's paragraphs (and lines) joined by a
//!   space. A table inside a cell is read into the cell, its rows and cells set apart
//!   by spaces. Any other table is read as blocks: each cell's paragraphs on their own
//!   lines.

use std::collections::HashSet;

use ego_tree::NodeId;
use scraper::Node;

use super::NodeRef;
use super::article::Article;
use super::element::{Role, is_section, role};
use super::table::{Cell, Table};
use crate::published::{Refusal, RefusalKind, TEXT_LIMIT, over};

/// The most columns a cell may span, and rows, as the HTML standard clamps them.
const MAX_COLSPAN: usize = 1000;
const MAX_ROWSPAN: usize = 65534;

/// The text of `article`, each line ending with a line feed.
pub(super) fn text(article: &Article<'_>) -> Result<String, Refusal> {
    let in_section = article.root.ancestors().any(|node| {
        node.value()
            .as_element()
            .is_some_and(|element| is_section(element.name()))
    });
    let mut writer = Writer {
        data_tables: &article.data_tables,
        out: String::new(),
        line: Line::default(),
        open: Vec::new(),
        never: None,
        sections: usize::from(in_section),
        pre: 0,
        tables: Vec::new(),
        cell: None,
    };
    for node in article.root.descendants() {
        writer.node(node)?;
    }
    writer.close_to(None)?;
    writer.flush()?;
    Ok(writer.out)
}

/// The gap pending between the text of a line and what comes next.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    /// None.
    #[default]
    None,
    /// Spaces or tabs: a space.
    Space,
    /// White space with a line break: a space, or nothing between wide characters.
    Break,
    /// A block's edge inside a table's cell: a space.
    Block,
}

/// A line being written.
#[derive(Debug, Default)]
struct Line {
    text: String,
    gap: Gap,
}

impl Line {
    /// Adds text whose white space collapses.
    fn push_str(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '\n' => self.gap = self.gap.max(Gap::Break),
                ' ' | '\t' | '\r' | '\x0C' => self.gap = self.gap.max(Gap::Space),
                _ => self.push(c),
            }
        }
    }

    /// Adds a character that is not collapsible white space, after the gap pending.
    fn push(&mut self, c: char) {
        if let Some(last) = self.text.chars().next_back() {
            let space = match self.gap {
                Gap::None => false,
                Gap::Space | Gap::Block => true,
                Gap::Break => !joins(last, c),
            };
            if space {
                self.text.push(' ');
            }
        }
        self.gap = Gap::None;
        self.text.push(c);
    }

    /// Sets a block's edge apart with a space, inside a cell.
    fn block(&mut self) {
        self.gap = Gap::Block;
    }

    /// The line written, unless it is only white space; the line is empty after.
    fn take(&mut self) -> Option<String> {
        self.gap = Gap::None;
        let text = std::mem::take(&mut self.text);
        (!text.chars().all(char::is_whitespace)).then_some(text)
    }
}

/// Whether a line break between `before` and `after` is removed rather than read as a
/// space (CSS Text 3, segment break transformation): next to a zero-width space, or
/// between two East Asian wide characters, neither of them Hangul.
fn joins(before: char, after: char) -> bool {
    before == '\u{200B}' || after == '\u{200B}' || (is_wide(before) && is_wide(after))
}

/// Whether `c` is East Asian wide, full-width or half-width, and not Hangul: the CJK
/// ideographs and their punctuation, kana, bopomofo, the full-width forms.
fn is_wide(c: char) -> bool {
    matches!(
        u32::from(c),
        0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xF900..=0xFAFF
            | 0xFE10..=0xFE19
            | 0xFE30..=0xFE6F
            | 0xFF01..=0xFF9F
            | 0xFFE0..=0xFFEE
            | 0x16FE0..=0x16FE4
            | 0x17000..=0x18CFF
            | 0x1B000..=0x1B2FF
            | 0x1F200..=0x1F2FF
            | 0x20000..=0x2FFFD
            | 0x30000..=0x3FFFD
    ) && !is_hangul(c)
}

/// Whether `c` is Hangul, within the ranges [`is_wide`] takes.
fn is_hangul(c: char) -> bool {
    matches!(u32::from(c), 0x3131..=0x318F | 0x3200..=0x321E | 0x3260..=0x327F | 0xFFA0..=0xFFDC)
}

/// The cell being read: its line, and how far it spans.
struct OpenCell {
    line: Line,
    span: usize,
    rowspan: usize,
    /// How deep in `open` it stands.
    depth: usize,
}

/// The writer of the article's text.
struct Writer<'a, 'h> {
    data_tables: &'a HashSet<NodeId>,
    out: String,
    /// The line being written outside cells.
    line: Line,
    /// The open elements, outermost first, with what each is.
    open: Vec<(NodeRef<'h>, Open)>,
    /// Where in `open` the element whose content is never read stands, if any.
    never: Option<usize>,
    sections: usize,
    /// How many `pre` are open.
    pre: usize,
    /// The tables of data open.
    tables: Vec<Table>,
    /// The cell being read, if any.
    cell: Option<OpenCell>,
}

/// What an open element is to the writer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    /// Never read.
    Never,
    /// Inline.
    Inline,
    /// A block (a table read as blocks, and its parts, among them).
    Block {
        section: bool,
        pre: bool,
    },
    /// A table of data, its group of rows, its row, its cell.
    DataTable,
    Group,
    Row,
    Cell,
}

impl<'h> Writer<'_, 'h> {
    fn node(&mut self, node: NodeRef<'h>) -> Result<(), Refusal> {
        self.close_to(node.parent().map(|parent| parent.id()))?;
        match node.value() {
            Node::Element(element) => {
                let role = if self.never.is_some() {
                    Role::Never
                } else {
                    role(element.name(), |name| element.attr(name), self.sections > 0)
                };
                self.open(node, role, |name| element.attr(name))?;
            }
            Node::Text(text) if self.never.is_none() => self.text(text)?,
            _ => {}
        }
        Ok(())
    }

    fn open<'e>(
        &mut self,
        node: NodeRef<'h>,
        role: Role,
        attribute: impl Fn(&str) -> Option<&'e str>,
    ) -> Result<(), Refusal> {
        let in_cell = self.cell.is_some();
        let in_table = !in_cell && !self.tables.is_empty();
        let open = match role {
            Role::Never => {
                if self.never.is_none() {
                    self.never = Some(self.open.len());
                }
                Open::Never
            }
            Role::Inline => Open::Inline,
            Role::Break => {
                self.edge()?;
                Open::Inline
            }
            Role::Table if !in_cell && self.data_tables.contains(&node.id()) => {
                self.edge()?;
                self.tables.push(Table::default());
                Open::DataTable
            }
            Role::Group if in_table => Open::Group,
            Role::Row if in_table => Open::Row,
            Role::Cell if in_table => {
                let span = number(attribute("colspan"), 1).clamp(1, MAX_COLSPAN);
                let rowspan = number(attribute("rowspan"), 1).min(MAX_ROWSPAN);
                self.cell = Some(OpenCell {
                    line: Line::default(),
                    span,
                    rowspan,
                    depth: self.open.len(),
                });
                Open::Cell
            }
            _ => {
                self.edge()?;
                let section = element_is_section(node);
                self.sections += usize::from(section);
                let pre = role == Role::Preformatted;
                self.pre += usize::from(pre);
                Open::Block { section, pre }
            }
        };
        self.open.push((node, open));
        Ok(())
    }

    /// Closes the open elements down to `parent` (all of them where it is `None`).
    fn close_to(&mut self, parent: Option<NodeId>) -> Result<(), Refusal> {
        while let Some((node, _)) = self.open.last() {
            if Some(node.id()) == parent {
                break;
            }
            if let Some((_, open)) = self.open.pop() {
                self.close(open)?;
            }
        }
        Ok(())
    }

    fn close(&mut self, open: Open) -> Result<(), Refusal> {
        let depth = self.open.len();
        match open {
            Open::Never => {
                if self.never.is_some_and(|never| never >= depth) {
                    self.never = None;
                }
            }
            Open::Inline => {}
            Open::Block { section, pre } => {
                self.edge()?;
                self.sections -= usize::from(section);
                self.pre -= usize::from(pre);
            }
            Open::DataTable => {
                self.tables.pop();
            }
            Open::Group => {
                if let Some(table) = self.tables.last_mut() {
                    table.end_group();
                }
            }
            Open::Row => {
                self.flush()?;
                if let Some(table) = self.tables.last_mut() {
                    table.end_row(&mut self.out, fits)?;
                }
            }
            Open::Cell => {
                if let Some(cell) = self.cell.take().filter(|cell| cell.depth == depth) {
                    if let Some(table) = self.tables.last_mut() {
                        table.cell(Cell {
                            span: cell.span,
                            rowspan: cell.rowspan,
                            text: cell.line.text,
                        });
                    }
                }
            }
        }
        Ok(())
    }

    fn text(&mut self, text: &str) -> Result<(), Refusal> {
        let pre = self.pre > 0;
        let in_cell = self.cell.is_some();
        let line = match self.cell.as_mut() {
            Some(cell) => &mut cell.line,
            None => &mut self.line,
        };
        if !pre {
            line.push_str(text);
            return Ok(());
        }
        for c in text.chars() {
            if c != '\n' {
                line.push(c);
            } else if in_cell {
                line.block();
            } else if let Some(text) = line.take() {
                write_line(&mut self.out, &text);
                fits(&self.out)?;
            }
        }
        Ok(())
    }

    /// A block's edge, or a `<br>`: the end of the line, or a space inside a cell.
    fn edge(&mut self) -> Result<(), Refusal> {
        match self.cell.as_mut() {
            Some(cell) => {
                cell.line.block();
                Ok(())
            }
            None => self.flush(),
        }
    }

    /// Writes the line being written, if it holds text.
    fn flush(&mut self) -> Result<(), Refusal> {
        if let Some(text) = self.line.take() {
            write_line(&mut self.out, &text);
        }
        fits(&self.out)
    }
}

/// Writes `text` as a line.
fn write_line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}

/// Refuses text over the limit for a plan as text.
fn fits(out: &str) -> Result<(), Refusal> {
    if over(out.len(), TEXT_LIMIT) {
        return Err(Refusal::new(
            RefusalKind::TooLarge,
            None,
            format!(
                "the text read from the web page's article is over the size limit for a plan as text (more than {TEXT_LIMIT} bytes): expected at most 16 MiB of text"
            ),
        ));
    }
    Ok(())
}

/// A `colspan` or `rowspan` value: the digits it starts with, after white space;
/// `default` where it has none.
fn number(value: Option<&str>, default: usize) -> usize {
    let Some(value) = value else { return default };
    let digits: String = value
        .trim_start_matches(|c: char| c.is_ascii_whitespace())
        .chars()
        .take_while(char::is_ascii_digit)
        .take(7)
        .collect();
    digits.parse().unwrap_or(default)
}

/// Whether `node` is an `article`, `section` or `main` element.
fn element_is_section(node: NodeRef<'_>) -> bool {
    node.value()
        .as_element()
        .is_some_and(|element| is_section(element.name()))
}

//! The document part's body as text: its paragraphs and tables in order, one line a
//! paragraph, a table's row one line of its cells joined by ` | `, the numbers Word
//! generates written before their paragraphs.
//!
//! The text is written once, front to back, into one string: a paragraph's text as its
//! runs are read, a cell's after the ` | ` before it, a merged cell's text again in each
//! row it covers. What turns out to be blank (a paragraph, a line, a row of empty cells)
//! is cut off the end again; a paragraph's number is put in front of its text when the
//! paragraph ends, moving only that paragraph. Nothing is written twice but a merged
//! cell's text, and the text is refused as soon as it is over its limit, so that the
//! work stays in proportion to the part and the limit.

use std::collections::HashMap;

use crate::published::{Refusal, RefusalKind};

use super::numbering::Numbering;
use super::package::size;
use super::styles::Styles;
use super::xml::{Element, Handler, Ns, Open, Stop, walk};

/// The text of the body of the document part `part` (its bytes `xml`), with `styles`
/// and `numbering`, at most `limit` bytes.
pub(super) fn text(
    part: &str,
    xml: &[u8],
    styles: &Styles,
    numbering: Numbering,
    limit: usize,
) -> Result<String, Refusal> {
    let mut reader = Reader {
        styles,
        numbering,
        limit,
        out: String::new(),
        frames: Vec::new(),
        carried: None,
        root: None,
        bodies: 0,
        hidden: false,
        text: String::new(),
        preserve: false,
        fields: Vec::new(),
        instructions: 0,
        contents: 0,
    };
    walk(part, xml, &mut reader)?;
    if let Some(root) = reader.root {
        return Err(Refusal::new(
            RefusalKind::NotWord,
            None,
            format!(
                "the document part {part} is not a Word document's: its root element is <{root}>, not <w:document>: expected a Word document (.docx)"
            ),
        ));
    }
    if reader.bodies == 0 {
        return Err(Refusal::new(
            RefusalKind::NoBody,
            None,
            format!(
                "the document part {part} has no body (w:body): expected a Word document whose body holds its text"
            ),
        ));
    }
    if reader.out.is_empty() {
        return Err(Refusal::new(
            RefusalKind::NoBody,
            None,
            format!(
                "the body of the document part {part} holds no paragraph of text (only empty paragraphs, or none): expected a Word document with text"
            ),
        ));
    }
    Ok(reader.out)
}

/// Where the reader is: the kinds of element it enters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    /// In `w:document`, the root.
    Document,
    /// In `w:body`.
    Body,
    /// In a paragraph, `w:p`.
    Paragraph,
    /// In a paragraph's properties, `w:pPr`.
    ParagraphProperties,
    /// In a paragraph's numbering, `w:numPr`.
    NumPr,
    /// In the properties of a paragraph's mark, `w:pPr/w:rPr`.
    MarkProperties,
    /// In a run, `w:r`.
    Run,
    /// In a run's properties, `w:rPr`.
    RunProperties,
    /// In a run's text, `w:t`.
    Text,
    /// In a field's instruction, `w:instrText`.
    Instruction,
    /// In a table, `w:tbl`.
    Table,
    /// In a row, `w:tr`.
    Row,
    /// In a row's properties, `w:trPr`.
    RowProperties,
    /// In a cell, `w:tc`.
    Cell,
    /// In a cell's properties, `w:tcPr`.
    CellProperties,
}

/// A paragraph being written.
#[derive(Debug, Clone, Default)]
struct Paragraph {
    /// Where it starts in the text, with the space before it in a cell: where the text
    /// is cut back to when it is blank.
    start: usize,
    /// Where its own text starts: where its number goes.
    own: usize,
    /// Where its current line starts (in a cell, with the space before it).
    line: usize,
    /// Whether its current line has a character other than white space.
    line_has_text: bool,
    /// Whether it has a character other than white space.
    has_text: bool,
    /// Whether its lines are joined by a space (in a cell) rather than ended.
    in_cell: bool,
    /// Its style (`w:pStyle`).
    style: Option<String>,
    /// Its own numbering instance (`w:numId`).
    num_id: Option<i64>,
    /// Its own numbering level (`w:ilvl`).
    ilvl: Option<i64>,
    /// Whether its mark is deleted (a tracked change): it runs on into the next.
    mark_deleted: bool,
}

/// A table being written.
#[derive(Debug, Clone, Default)]
struct Table {
    /// Where it starts, with the space before it in a cell.
    start: usize,
    /// Whether its rows are joined by a space (in a cell) rather than ended.
    in_cell: bool,
    /// Whether a row of it has text.
    has_text: bool,
    /// The text of each cell merged down (`w:vMerge="restart"`), by its first grid
    /// column, for the rows below it.
    merged: HashMap<u64, String>,
}

/// A row being written.
#[derive(Debug, Clone, Default)]
struct Row {
    /// Where it starts, with the space before it in a table in a cell.
    start: usize,
    /// The cells written so far.
    cells: usize,
    /// The grid column the next cell starts at.
    column: u64,
    /// Whether a cell of it has text.
    has_text: bool,
    /// Whether it is deleted (a tracked change).
    deleted: bool,
}

/// How a cell is merged down (`w:vMerge`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Merge {
    /// Not merged.
    #[default]
    None,
    /// The first cell of a merge: its text stands in the cells below.
    Restart,
    /// A cell below the first: the first's text stands in it.
    Continue,
}

/// A cell being written.
#[derive(Debug, Clone, Default)]
struct Cell {
    /// Where it starts, with the ` | ` before it.
    start: usize,
    /// Where its own text starts.
    own: usize,
    /// The grid column it starts at.
    column: u64,
    /// The grid columns it spans (`w:gridSpan`).
    span: u64,
    /// How it is merged down.
    merge: Merge,
    /// Whether it is merged into the cell before it (`w:hMerge="continue"`, Word's
    /// older way of merging across).
    merged_across: bool,
    /// Whether it has text.
    has_text: bool,
}

/// What is being written, innermost last.
#[derive(Debug, Clone)]
enum Frame {
    Body,
    Paragraph(Paragraph),
    Table(Table),
    Row(Row),
    Cell(Cell),
}

/// A field (`w:fldChar` begin … separate … end): its instruction is dropped, its result
/// kept, but for a table of contents' (`TOC`), which is a copy of the headings.
#[derive(Debug, Clone, Default)]
struct Field {
    /// Whether its instruction is being read (before `separate`).
    instruction: bool,
    /// The start of its instruction, to tell a table of contents.
    code: String,
    /// Whether it is a table of contents.
    contents: bool,
}

/// The reader of a document part.
struct Reader<'s> {
    styles: &'s Styles,
    numbering: Numbering,
    limit: usize,
    out: String,
    frames: Vec<Frame>,
    /// A paragraph whose mark was deleted, running on into the next.
    carried: Option<Paragraph>,
    /// The root element's name, where it is not `w:document`.
    root: Option<String>,
    /// The bodies read.
    bodies: usize,
    /// Whether the run being read is hidden (`w:vanish`).
    hidden: bool,
    /// The text of the `w:t` being read.
    text: String,
    /// Whether it keeps its white space at either end (`xml:space="preserve"`).
    preserve: bool,
    /// The fields open, innermost last.
    fields: Vec<Field>,
    /// How many of them are in their instruction.
    instructions: usize,
    /// How many of them are tables of contents past their instruction.
    contents: usize,
}

/// XML's white space, which a `w:t` without `xml:space="preserve"` loses at either end.
const XML_SPACE: [char; 4] = [' ', '\t', '\n', '\r'];

/// The start of a field's instruction kept, enough to tell `TOC`.
const CODE: usize = 8;

/// Whether `text` has a character other than white space.
fn has_text(text: &str) -> bool {
    text.chars().any(|c| !c.is_whitespace())
}

impl Reader<'_> {
    /// The refusal of a text over the limit.
    fn too_large(&self) -> Stop {
        Stop::Refused(Refusal::new(
            RefusalKind::TooLarge,
            None,
            format!(
                "the Word document's text is over the size limit for a plan as text (more than {} bytes): a plan as text may be at most {}",
                self.limit,
                size(u64::try_from(self.limit).unwrap_or(u64::MAX))
            ),
        ))
    }

    /// Refuses the text once it is over the limit.
    fn check(&self) -> Result<(), Stop> {
        if self.out.len() > self.limit {
            return Err(self.too_large());
        }
        Ok(())
    }

    /// Whether text read now is dropped: in a hidden run, a field's instruction or a
    /// table of contents.
    fn dropping(&self) -> bool {
        self.hidden || self.instructions > 0 || self.contents > 0
    }

    /// The paragraph being written, where the innermost thing written is one.
    fn paragraph(&mut self) -> Option<&mut Paragraph> {
        match self.frames.last_mut() {
            Some(Frame::Paragraph(paragraph)) => Some(paragraph),
            _ => None,
        }
    }

    /// Writes a run's text.
    fn write(&mut self, text: &str) -> Result<(), Stop> {
        if self.dropping() {
            return Ok(());
        }
        let Some(Frame::Paragraph(paragraph)) = self.frames.last_mut() else {
            return Ok(());
        };
        if has_text(text) {
            paragraph.line_has_text = true;
            paragraph.has_text = true;
        }
        self.out.push_str(text);
        self.check()
    }

    /// Breaks the line (`w:br`, `w:cr`): ends it, or in a cell puts a space.
    fn line_break(&mut self) -> Result<(), Stop> {
        if self.dropping() {
            return Ok(());
        }
        let Some(Frame::Paragraph(paragraph)) = self.frames.last_mut() else {
            return Ok(());
        };
        if !paragraph.line_has_text {
            self.out.truncate(paragraph.line);
        }
        if paragraph.in_cell {
            if paragraph.has_text {
                paragraph.line = self.out.len();
                self.out.push(' ');
            }
        } else {
            if paragraph.line_has_text {
                self.out.push('\n');
            }
            paragraph.line = self.out.len();
        }
        paragraph.line_has_text = false;
        self.check()
    }

    /// Where a paragraph or a table starts in what is written now: its start, its own
    /// start (after the space that joins it to what is before it in a cell), and
    /// whether it is in a cell (or elsewhere than the body).
    fn begin(&mut self) -> (usize, usize, bool) {
        let start = self.out.len();
        let in_cell = !matches!(self.frames.last(), Some(Frame::Body) | None);
        if let Some(Frame::Cell(cell)) = self.frames.last()
            && cell.has_text
        {
            self.out.push(' ');
        }
        (start, self.out.len(), in_cell)
    }

    /// Tells what the innermost thing written is that a piece of it has text.
    fn mark(&mut self) {
        match self.frames.last_mut() {
            Some(Frame::Cell(cell)) => cell.has_text = true,
            Some(Frame::Table(table)) => table.has_text = true,
            Some(Frame::Row(row)) => row.has_text = true,
            Some(Frame::Paragraph(paragraph)) => {
                paragraph.has_text = true;
                paragraph.line_has_text = true;
            }
            Some(Frame::Body) | None => {}
        }
    }

    /// Starts a paragraph: the one carried on from a deleted mark, or a new one.
    fn open_paragraph(&mut self) {
        let paragraph = match self.carried.take() {
            Some(carried) => Paragraph {
                style: None,
                num_id: None,
                ilvl: None,
                mark_deleted: false,
                ..carried
            },
            None => {
                let (start, own, in_cell) = self.begin();
                Paragraph {
                    start,
                    own,
                    line: own,
                    in_cell,
                    ..Paragraph::default()
                }
            }
        };
        self.frames.push(Frame::Paragraph(paragraph));
    }

    /// Ends a paragraph: carries it on where its mark is deleted, else ends its line,
    /// counts its number and writes it before its text, or cuts it off when blank.
    fn close_paragraph(&mut self) -> Result<(), Stop> {
        let Some(Frame::Paragraph(paragraph)) = self.frames.pop() else {
            return Ok(());
        };
        if paragraph.mark_deleted {
            self.carried = Some(paragraph);
            return Ok(());
        }
        self.finish(paragraph, true)
    }

    /// Writes the end of `paragraph`, numbered where `numbered` and its numbering says.
    fn finish(&mut self, paragraph: Paragraph, numbered: bool) -> Result<(), Stop> {
        if !paragraph.line_has_text {
            self.out.truncate(paragraph.line);
        }
        let counted = if numbered {
            self.count(&paragraph)
        } else {
            None
        };
        if !paragraph.has_text {
            self.out.truncate(paragraph.start);
            return Ok(());
        }
        if let Some(counted) = counted {
            let room = self.limit.saturating_sub(self.out.len());
            match self.numbering.label(counted, self.styles, room) {
                Some(label) => self.out.insert_str(paragraph.own, &label),
                None => return Err(self.too_large()),
            }
        }
        // A last line that is blank was cut off: the line before it is ended already.
        if !paragraph.in_cell && paragraph.line_has_text {
            self.out.push('\n');
        }
        self.mark();
        self.check()
    }

    /// Counts `paragraph`'s number, where it has one: its own numbering, or its style's.
    fn count(&mut self, paragraph: &Paragraph) -> Option<super::numbering::Numbered> {
        let style = paragraph.style.as_deref();
        let from_style = self.styles.numbering(style).unwrap_or_default();
        let num_id = paragraph.num_id.or(from_style.num_id)?;
        if num_id == 0 {
            return None;
        }
        let ilvl = paragraph
            .ilvl
            .or(from_style.ilvl)
            .unwrap_or_else(|| self.numbering.level_of_style(num_id, style, self.styles));
        self.numbering.count(num_id, ilvl, self.styles)
    }

    /// Ends the paragraph carried on from a deleted mark where nothing followed it in
    /// its cell or body: it is written as it is, unnumbered.
    fn flush(&mut self) -> Result<(), Stop> {
        match self.carried.take() {
            Some(carried) => self.finish(carried, false),
            None => Ok(()),
        }
    }

    /// Starts a table.
    fn open_table(&mut self) -> Result<(), Stop> {
        self.flush()?;
        let (start, _, in_cell) = self.begin();
        self.frames.push(Frame::Table(Table {
            start,
            in_cell,
            ..Table::default()
        }));
        Ok(())
    }

    /// Ends a table: cuts it off where no row of it has text.
    fn close_table(&mut self) -> Result<(), Stop> {
        self.flush()?;
        let Some(Frame::Table(table)) = self.frames.pop() else {
            return Ok(());
        };
        if table.has_text {
            self.mark();
        } else {
            self.out.truncate(table.start);
        }
        Ok(())
    }

    /// Starts a row.
    fn open_row(&mut self) -> Result<(), Stop> {
        self.flush()?;
        let start = self.out.len();
        if let Some(Frame::Table(table)) = self.frames.last()
            && table.in_cell
            && table.has_text
        {
            self.out.push(' ');
        }
        self.frames.push(Frame::Row(Row {
            start,
            ..Row::default()
        }));
        Ok(())
    }

    /// Ends a row: one line, but where it is deleted or none of its cells has text.
    fn close_row(&mut self) -> Result<(), Stop> {
        self.flush()?;
        let Some(Frame::Row(row)) = self.frames.pop() else {
            return Ok(());
        };
        if row.deleted || !row.has_text {
            self.out.truncate(row.start);
            return Ok(());
        }
        let ends = match self.frames.last() {
            Some(Frame::Table(table)) => !table.in_cell,
            Some(Frame::Body) => true,
            _ => false,
        };
        if ends {
            self.out.push('\n');
        }
        self.mark();
        self.check()
    }

    /// Starts a cell, after ` | ` where it is not its row's first.
    fn open_cell(&mut self) -> Result<(), Stop> {
        self.flush()?;
        let start = self.out.len();
        let column = match self.frames.last() {
            Some(Frame::Row(row)) => {
                if row.cells > 0 {
                    self.out.push_str(" | ");
                }
                row.column
            }
            _ => 0,
        };
        self.frames.push(Frame::Cell(Cell {
            start,
            own: self.out.len(),
            column,
            span: 1,
            ..Cell::default()
        }));
        self.check()
    }

    /// Ends a cell: a cell merged down takes the text of the first cell of its merge;
    /// a cell merged across into the one before it is not written.
    fn close_cell(&mut self) -> Result<(), Stop> {
        self.flush()?;
        let Some(Frame::Cell(mut cell)) = self.frames.pop() else {
            return Ok(());
        };
        let depth = self.frames.len();
        let deleted = matches!(self.frames.last(), Some(Frame::Row(row)) if row.deleted);
        if !deleted
            && let Some(Frame::Table(table)) =
                depth.checked_sub(2).and_then(|at| self.frames.get_mut(at))
        {
            match cell.merge {
                Merge::Continue => {
                    if let Some(text) = table.merged.get(&cell.column) {
                        self.out.truncate(cell.own);
                        self.out.push_str(text);
                        cell.has_text = true;
                    }
                }
                Merge::Restart if cell.has_text => {
                    let text = self.out.get(cell.own..).unwrap_or_default().to_owned();
                    table.merged.insert(cell.column, text);
                }
                Merge::Restart | Merge::None => {
                    table.merged.remove(&cell.column);
                }
            }
        }
        if cell.merged_across {
            self.out.truncate(cell.start);
        }
        if let Some(Frame::Row(row)) = self.frames.last_mut() {
            if !cell.merged_across {
                row.cells += 1;
            }
            row.column = row.column.saturating_add(cell.span);
            row.has_text |= cell.has_text;
        }
        self.check()
    }

    /// A field character (`w:fldChar`): a field begins, its result starts, it ends.
    fn field(&mut self, kind: Option<&str>) {
        match kind {
            Some("begin") => {
                self.fields.push(Field {
                    instruction: true,
                    ..Field::default()
                });
                self.instructions += 1;
            }
            Some("separate") => {
                if let Some(field) = self.fields.last_mut()
                    && field.instruction
                {
                    field.instruction = false;
                    self.instructions = self.instructions.saturating_sub(1);
                    field.contents = is_contents(&field.code);
                    if field.contents {
                        self.contents += 1;
                    }
                }
            }
            Some("end") => {
                if let Some(field) = self.fields.pop() {
                    if field.instruction {
                        self.instructions = self.instructions.saturating_sub(1);
                    }
                    if field.contents {
                        self.contents = self.contents.saturating_sub(1);
                    }
                }
            }
            _ => {}
        }
    }

    /// What to do with an element of content: in the body, a paragraph, a run, a
    /// table, a row or a cell.
    fn content(&mut self, within: At, element: &Element<'_>) -> Result<Open<At>, Stop> {
        match element.ns {
            Ns::Compatibility => {
                // Of `mc:AlternateContent`, the fallback is read: the reader knows none of
                // the extensions a choice requires.
                return Ok(match element.local {
                    b"AlternateContent" | b"Fallback" => Open::Pass,
                    _ => Open::Skip,
                });
            }
            Ns::Other => return Ok(Open::Skip),
            Ns::Word => {}
        }
        let in_run = within == At::Run;
        Ok(match element.local {
            b"p" if within == At::Paragraph => Open::Pass,
            b"p" => {
                self.open_paragraph();
                Open::Enter(At::Paragraph)
            }
            b"pPr" if within == At::Paragraph => Open::Enter(At::ParagraphProperties),
            b"r" => {
                self.hidden = false;
                Open::Enter(At::Run)
            }
            b"rPr" if in_run => Open::Enter(At::RunProperties),
            b"t" if in_run => {
                self.text.clear();
                self.preserve = element
                    .attribute("space")?
                    .is_some_and(|space| space == "preserve");
                Open::Enter(At::Text)
            }
            b"tab" | b"ptab" if in_run => {
                self.write("\t")?;
                Open::Skip
            }
            b"br" | b"cr" if in_run => {
                self.line_break()?;
                Open::Skip
            }
            b"noBreakHyphen" if in_run => {
                self.write("-")?;
                Open::Skip
            }
            b"fldChar" if in_run => {
                self.field(element.attribute("fldCharType")?.as_deref());
                Open::Skip
            }
            b"instrText" if in_run && self.instructions > 0 => Open::Enter(At::Instruction),
            b"fldSimple" => {
                let instruction = element.attribute("instr")?.unwrap_or_default();
                if is_contents(&instruction) {
                    Open::Skip
                } else {
                    Open::Pass
                }
            }
            b"tbl" if within != At::Paragraph && within != At::Run => {
                self.open_table()?;
                Open::Enter(At::Table)
            }
            b"tr" if within == At::Table => {
                self.open_row()?;
                Open::Enter(At::Row)
            }
            b"trPr" if within == At::Row => Open::Enter(At::RowProperties),
            b"tc" if within == At::Row => {
                self.open_cell()?;
                Open::Enter(At::Cell)
            }
            b"tcPr" if within == At::Cell => Open::Enter(At::CellProperties),
            b"hyperlink" | b"ins" | b"moveTo" | b"sdt" | b"sdtContent" | b"smartTag"
            | b"customXml" | b"dir" | b"bdo" | b"ruby" | b"rubyBase" => Open::Pass,
            _ => Open::Skip,
        })
    }
}

/// Whether a field's instruction is a table of contents' (`TOC`, in any case).
fn is_contents(code: &str) -> bool {
    let code = code.trim_start();
    code.get(..3)
        .is_some_and(|name| name.eq_ignore_ascii_case("TOC"))
        && code
            .get(3..)
            .and_then(|rest| rest.chars().next())
            .is_none_or(|next| next.is_whitespace() || next == '\\')
}

impl Handler for Reader<'_> {
    type Kind = At;

    fn open(&mut self, within: Option<At>, element: &Element<'_>) -> Result<Open<At>, Stop> {
        let word = |local: &str| element.is_word(local);
        let Some(within) = within else {
            if word("document") {
                return Ok(Open::Enter(At::Document));
            }
            self.root = Some(String::from_utf8_lossy(element.local).into_owned());
            return Ok(Open::Skip);
        };
        match within {
            At::Document => Ok(if word("body") {
                self.bodies += 1;
                self.frames.push(Frame::Body);
                Open::Enter(At::Body)
            } else if element.ns == Ns::Compatibility && element.local != b"Choice" {
                Open::Pass
            } else {
                Open::Skip
            }),
            At::ParagraphProperties => {
                if word("pStyle") {
                    let style = element.attribute("val")?.map(String::from);
                    if let Some(paragraph) = self.paragraph() {
                        paragraph.style = style;
                    }
                    Ok(Open::Skip)
                } else if word("numPr") {
                    Ok(Open::Enter(At::NumPr))
                } else if word("rPr") {
                    Ok(Open::Enter(At::MarkProperties))
                } else {
                    Ok(Open::Skip)
                }
            }
            At::NumPr => {
                let value = element.number("val")?;
                if let Some(paragraph) = self.paragraph() {
                    if word("numId") {
                        paragraph.num_id = value;
                    } else if word("ilvl") {
                        paragraph.ilvl = value;
                    }
                }
                Ok(Open::Skip)
            }
            At::MarkProperties => {
                if word("del") || word("moveFrom") {
                    if let Some(paragraph) = self.paragraph() {
                        paragraph.mark_deleted = true;
                    }
                }
                Ok(Open::Skip)
            }
            At::RunProperties => {
                if word("vanish") && element.is_on()? {
                    self.hidden = true;
                }
                Ok(Open::Skip)
            }
            At::RowProperties => {
                if word("del")
                    && let Some(Frame::Row(row)) = self.frames.last_mut()
                {
                    row.deleted = true;
                }
                Ok(Open::Skip)
            }
            At::CellProperties => {
                if let Some(Frame::Cell(cell)) = self.frames.last_mut() {
                    if word("gridSpan") {
                        let span = element.number("val")?.unwrap_or(1);
                        cell.span = u64::try_from(span).unwrap_or(1).max(1);
                    } else if word("vMerge") {
                        let value = element.attribute("val")?;
                        cell.merge = if value.as_deref() == Some("restart") {
                            Merge::Restart
                        } else {
                            Merge::Continue
                        };
                    } else if word("hMerge") {
                        let value = element.attribute("val")?;
                        cell.merged_across = value.as_deref() != Some("restart");
                    }
                }
                Ok(Open::Skip)
            }
            At::Text | At::Instruction => Ok(Open::Skip),
            At::Body | At::Paragraph | At::Run | At::Table | At::Row | At::Cell => {
                self.content(within, element)
            }
        }
    }

    fn close(&mut self, kind: At) -> Result<(), Stop> {
        match kind {
            At::Body => {
                self.flush()?;
                if let Some(Frame::Body) = self.frames.last() {
                    self.frames.pop();
                }
                Ok(())
            }
            At::Paragraph => self.close_paragraph(),
            At::Run => {
                self.hidden = false;
                Ok(())
            }
            At::Text => {
                let text = std::mem::take(&mut self.text);
                let text = if self.preserve {
                    text.as_str()
                } else {
                    text.trim_matches(XML_SPACE)
                };
                if text.contains(['\n', '\r']) {
                    self.write(&text.replace(['\n', '\r'], " "))
                } else {
                    self.write(text)
                }
            }
            At::Table => self.close_table(),
            At::Row => self.close_row(),
            At::Cell => self.close_cell(),
            At::Document
            | At::ParagraphProperties
            | At::NumPr
            | At::MarkProperties
            | At::RunProperties
            | At::Instruction
            | At::RowProperties
            | At::CellProperties => Ok(()),
        }
    }

    fn text(&mut self, within: At, text: &str) -> Result<(), Stop> {
        match within {
            At::Text => {
                if self.dropping() {
                    return Ok(());
                }
                self.text.push_str(text);
                if self.text.len() > self.limit {
                    // One run of more text than the limit puts the document's over it.
                    return Err(self.too_large());
                }
                Ok(())
            }
            At::Instruction => {
                if let Some(field) = self.fields.last_mut() {
                    for c in text.chars() {
                        if field.code.len() >= CODE {
                            break;
                        }
                        field.code.push(c);
                    }
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

//! Output formats: an aligned table for people, Markdown for documents, CSV for
//! spreadsheets and JSON for programs.
//!
//! Each writes a plan's text through one writer of the library, so no listing can put
//! before its reader what the text holds as markup or as commands: a table's cells
//! through [`quote::whole`] (control, bidirectional and invisible characters as escapes
//! such as `\u{1b}`, as the error messages write them), Markdown's through
//! [`markdown::text`] (no markup, the same text read back), and CSV's through
//! [`CsvWriter::for_spreadsheets`] (a cell a spreadsheet would read as a formula written
//! as text, after a `'`).

use std::fmt::Write as _;

use serde::Serialize;
use unicode_width::UnicodeWidthStr;
use wuzhong_plan::CsvWriter;
use wuzhong_plan::markdown;
use wuzhong_plan::quote;

/// How a command prints what it found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Columns aligned by display width, so that CJK text lines up.
    Table,
    /// JSON, the fields documented in `docs/cli.md`.
    Json,
    /// CSV with a header row, the JSON's fields flattened; a cell a spreadsheet would
    /// read as a formula is written as text, after a `'`.
    Csv,
    /// A GitHub-flavoured Markdown table.
    Markdown,
}

impl Format {
    /// Every format, as `--format` names them.
    pub const NAMES: [&'static str; 4] = ["table", "json", "csv", "markdown"];

    /// Whether the format is for people (a table, Markdown) rather than programs: an
    /// empty answer is then no bare header, and stderr says there is nothing.
    pub fn is_for_people(self) -> bool {
        matches!(self, Format::Table | Format::Markdown)
    }

    /// Reads a `--format` value.
    pub fn parse(value: &str) -> Result<Format, String> {
        match value.trim().to_ascii_lowercase().as_str() {
            "table" => Ok(Format::Table),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            "markdown" | "md" => Ok(Format::Markdown),
            _ => Err(format!(
                "unknown format `{}`: expected one of {}",
                crate::names::value(value),
                Format::NAMES.join(", ")
            )),
        }
    }
}

/// What a command found: the value JSON prints, the rows CSV prints (with the JSON's
/// field names as the header), and the columns a person reads in a table.
pub struct Output {
    /// The JSON text, with its fields in the order the records declare them.
    pub json: String,
    /// CSV: the header, then one row per record.
    pub csv: Grid,
    /// Table and Markdown: the header, then one row per record.
    pub human: Grid,
    /// Table and Markdown: more tables after the first, each after a blank line (a
    /// task's targets with their quotes).
    pub more: Vec<Grid>,
    /// What stderr says of an answer with no records in a format for people (`no tasks
    /// match`), which is then empty rather than a bare header; JSON (`[]`) and CSV (the
    /// header) stay as they are, and stderr silent.
    pub none: Option<&'static str>,
}

/// A header and rows of cells.
pub struct Grid {
    /// The column names.
    pub header: Vec<&'static str>,
    /// The rows, each as long as the header.
    pub rows: Vec<Vec<String>>,
}

impl Grid {
    /// A grid with these column names and no rows yet.
    pub fn new(header: &[&'static str]) -> Grid {
        Grid {
            header: header.to_vec(),
            rows: Vec::new(),
        }
    }

    /// Adds a row.
    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// Adds the rows of `other`, each cell under the column of its name: a column only
    /// one of them has is added at the end, and empty in the rows of the other (the
    /// tasks of one plan show a deadline column, another's not).
    fn absorb(&mut self, other: Grid) {
        let mut places = Vec::with_capacity(other.header.len());
        for name in &other.header {
            let place = match self.header.iter().position(|h| h == name) {
                Some(place) => place,
                None => {
                    self.header.push(name);
                    for row in &mut self.rows {
                        row.push(String::new());
                    }
                    self.header.len() - 1
                }
            };
            places.push(place);
        }
        for row in other.rows {
            let mut aligned = vec![String::new(); self.header.len()];
            for (cell, &place) in row.into_iter().zip(&places) {
                if let Some(slot) = aligned.get_mut(place) {
                    *slot = cell;
                }
            }
            self.rows.push(aligned);
        }
    }
}

impl Output {
    /// The output in `format`, ending with a newline.
    pub fn render(&self, format: Format) -> Result<String, String> {
        let human = |one: fn(&Grid) -> String| {
            if self.note().is_some() {
                return String::new();
            }
            let mut out = one(&self.human);
            for grid in &self.more {
                out.push('\n');
                out.push_str(&one(grid));
            }
            out
        };
        match format {
            Format::Json => Ok(self.json.clone()),
            Format::Csv => Ok(csv_text(&self.csv)),
            Format::Table => Ok(human(table)),
            Format::Markdown => Ok(human(markdown)),
        }
    }

    /// The answer of no plan at all: an empty list, a header of `plan` alone, and `note`
    /// on stderr for people.
    pub fn empty(note: &'static str) -> Output {
        Output {
            json: "[]\n".to_owned(),
            csv: Grid::new(&["plan"]),
            human: Grid::new(&["plan"]),
            more: Vec::new(),
            none: Some(note),
        }
    }

    /// The output with only what `format` prints, the rest dropped: one plan's part of
    /// an answer across many holds one form of its records, not three.
    pub fn only(mut self, format: Format) -> Output {
        if format != Format::Json {
            self.json = String::new();
        }
        if format != Format::Csv {
            self.csv.rows = Vec::new();
        }
        if !format.is_for_people() {
            self.human.rows = Vec::new();
            self.more = Vec::new();
            self.none = None;
        }
        self
    }

    /// The output with a first column, `plan`, holding `plan` in every row of every
    /// grid: one plan's part of an answer across many.
    pub fn with_plan_column(mut self, plan: &str) -> Output {
        for grid in std::iter::once(&mut self.csv)
            .chain(std::iter::once(&mut self.human))
            .chain(self.more.iter_mut())
        {
            grid.header.insert(0, "plan");
            for row in &mut grid.rows {
                row.insert(0, plan.to_owned());
            }
        }
        self
    }

    /// The answers of many plans as one, in order: their JSON lists (each tagged, see
    /// [`listed`]) joined into one list, their grids' rows under one header. `empty` is
    /// the answer when there are no parts.
    pub fn concat(parts: Vec<Output>, empty: Output) -> Result<Output, String> {
        let mut parts = parts.into_iter();
        let Some(mut whole) = parts.next() else {
            return Ok(empty);
        };
        // A part that keeps no JSON (see [`Output::only`]) adds no records.
        let records_of = |json: &str| -> Result<Vec<Box<serde_json::value::RawValue>>, String> {
            if json.is_empty() {
                return Ok(Vec::new());
            }
            serde_json::from_str(json).map_err(|err| format!("joining the answers: {err}"))
        };
        let mut records = records_of(&whole.json)?;
        for part in parts {
            records.extend(records_of(&part.json)?);
            whole.csv.absorb(part.csv);
            whole.human.absorb(part.human);
            let mut extra = part.more.into_iter();
            for grid in &mut whole.more {
                match extra.next() {
                    Some(more) => grid.absorb(more),
                    None => break,
                }
            }
            whole.more.extend(extra);
        }
        whole.json = json(&records)?;
        Ok(whole)
    }

    /// What stderr says of this answer: [`Output::none`] when it has no records.
    pub fn note(&self) -> Option<&'static str> {
        self.none.filter(|_| self.human.rows.is_empty())
    }
}

/// The plan an answer is tagged with when a command answers across many plans (its id
/// in the corpus), or `None` for one plan, whose answer is as it always was.
pub type Tag<'t> = Option<&'t str>;

/// A record with its plan's id first, as answers across many plans write each record.
#[derive(Serialize)]
struct Tagged<'t, T> {
    plan: &'t str,
    #[serde(flatten)]
    record: &'t T,
}

/// The JSON of a command's list of records: the list, or for a tagged answer each
/// record with its plan first.
pub fn listed<T: Serialize>(tag: Tag<'_>, records: &[T]) -> Result<String, String> {
    match tag {
        None => json(&records),
        Some(plan) => {
            let tagged: Vec<Tagged<'_, T>> = records
                .iter()
                .map(|record| Tagged { plan, record })
                .collect();
            json(&tagged)
        }
    }
}

/// The JSON of one record in full (`task N`): the record, or for a tagged answer a list
/// of it with its plan first, so that the answers of many plans join as one list.
pub fn detailed<T: Serialize>(tag: Tag<'_>, record: &T) -> Result<String, String> {
    match tag {
        None => json(record),
        Some(plan) => json(&[Tagged { plan, record }]),
    }
}

/// A value as pretty-printed JSON with a final newline, for [`Output::json`].
pub fn json<T: Serialize>(value: &T) -> Result<String, String> {
    let mut text =
        serde_json::to_string_pretty(value).map_err(|err| format!("writing JSON: {err}"))?;
    text.push('\n');
    Ok(text)
}

/// The grid as CSV for a person's spreadsheet, each record ending with LF.
fn csv_text(grid: &Grid) -> String {
    let mut writer = CsvWriter::for_spreadsheets().with_line_feeds();
    writer.record(&grid.header);
    for row in &grid.rows {
        writer.record(row);
    }
    writer.finish()
}

/// Columns padded to the widest cell, measured in terminal columns (a CJK character
/// takes two), separated by two spaces; numbers right-aligned. Each cell is written as
/// [`quote::whole`] writes it, and measured so.
fn table(grid: &Grid) -> String {
    let cells: Vec<Vec<String>> = grid
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|cell| quote::whole(cell).to_string())
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = grid.header.iter().map(|h| h.width()).collect();
    for row in &cells {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.width());
        }
    }
    let numeric: Vec<bool> = (0..grid.header.len())
        .map(|column| {
            !grid.rows.is_empty()
                && grid.rows.iter().all(|row| {
                    row.get(column)
                        .is_some_and(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit()))
                })
        })
        .collect();
    let mut out = String::new();
    let header: Vec<String> = grid.header.iter().map(|h| (*h).to_owned()).collect();
    for row in std::iter::once(&header).chain(&cells) {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            let width = widths.get(i).copied().unwrap_or(0);
            let pad = " ".repeat(width.saturating_sub(cell.width()));
            if i > 0 {
                line.push_str("  ");
            }
            if numeric.get(i) == Some(&true) {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&pad);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// A GitHub-flavoured table, each cell written as [`markdown::text`] writes it.
fn markdown(grid: &Grid) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "| {} |", grid.header.join(" | "));
    let _ = writeln!(
        out,
        "|{}|",
        grid.header
            .iter()
            .map(|_| "---")
            .collect::<Vec<_>>()
            .join("|")
    );
    for row in &grid.rows {
        out.push('|');
        for cell in row {
            let _ = write!(out, " {} |", markdown::text(cell));
        }
        out.push('\n');
    }
    out
}

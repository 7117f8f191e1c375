//! A table of the plan as the export defines it: its fields with their Table Schema
//! types and constraints, its keys, its rows of typed cells, and its CSV.

use std::borrow::Cow;
use std::fmt;

use crate::base::literal_enum;
use crate::export::csv::CsvWriter;
use crate::model::Decimal;

literal_enum! {
    /// The Frictionless Table Schema type of a [`Field`]; `Display` gives the name the
    /// schema writes (`integer`).
    ///
    /// ```
    /// use wuzhong_plan::FieldType;
    /// assert_eq!(FieldType::Boolean.to_string(), "boolean");
    /// assert_eq!("year".parse::<FieldType>()?, FieldType::Year);
    /// # Ok::<(), strum::ParseError>(())
    /// ```
    #[serde(rename_all = "lowercase")]
    #[strum(serialize_all = "lowercase")]
    #[non_exhaustive]
    pub enum FieldType {
        /// Text.
        String,
        /// A whole number.
        Integer,
        /// A decimal number, as the text writes it (`0.1`).
        Number,
        /// `true` or `false`.
        Boolean,
        /// A calendar year (`2025`).
        Year,
        /// A calendar date, as ISO 8601 writes it (`2022-04-26`).
        Date,
    }
}

/// A column of a [`Table`], as its Table Schema describes it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Field {
    /// The column's name, the CSV header's.
    pub name: &'static str,
    /// Its type.
    pub kind: FieldType,
    /// What it holds.
    pub description: &'static str,
    /// Whether every row has a value (the schema's `required` constraint); a field that
    /// is not required may be [`Cell::Null`].
    pub required: bool,
    /// The values it may take (the schema's `enum` constraint), or none when it may
    /// take any of its type.
    pub values: Vec<&'static str>,
}

impl Field {
    pub(crate) fn new(name: &'static str, kind: FieldType, description: &'static str) -> Field {
        Field {
            name,
            kind,
            description,
            required: false,
            values: Vec::new(),
        }
    }

    /// The same field, required.
    pub(crate) fn required(mut self) -> Field {
        self.required = true;
        self
    }

    /// The same field, taking only `values`.
    pub(crate) fn one_of(mut self, values: impl IntoIterator<Item = &'static str>) -> Field {
        self.values = values.into_iter().collect();
        self
    }
}

/// A reference from fields of one table to the key of another (the schema's
/// `foreignKeys`): every value of `fields` that is not null is a value of `reference`
/// in table `table`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ForeignKey {
    /// The fields of the table that refer.
    pub fields: Vec<&'static str>,
    /// The name of the table referred to.
    pub table: &'static str,
    /// Its fields referred to (its primary key).
    pub reference: Vec<&'static str>,
}

impl ForeignKey {
    pub(crate) fn new(
        field: &'static str,
        table: &'static str,
        reference: &'static str,
    ) -> ForeignKey {
        ForeignKey {
            fields: vec![field],
            table,
            reference: vec![reference],
        }
    }
}

/// One value of a [`Table`]'s row, typed as its field is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Cell<'p> {
    /// No value: an empty CSV cell, JSON's `null`, Python's `None`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number (an `integer` or `year` field).
    Integer(u64),
    /// A decimal number, exactly as the text writes it (a `number` field).
    Number(Decimal),
    /// Text, borrowed from the plan where it can be.
    String(Cow<'p, str>),
}

impl Cell<'_> {
    /// Whether the cell holds no value.
    pub fn is_null(&self) -> bool {
        matches!(self, Cell::Null)
    }

    /// The text of a string cell.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Cell::String(text) => Some(text),
            _ => None,
        }
    }

    /// The number of an integer cell.
    pub fn as_integer(&self) -> Option<u64> {
        match self {
            Cell::Integer(n) => Some(*n),
            _ => None,
        }
    }
}

/// The cell as CSV writes it before quoting: empty for [`Cell::Null`], `true` or
/// `false`, the number's digits, the text.
impl fmt::Display for Cell<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cell::Null => Ok(()),
            Cell::Bool(value) => write!(f, "{value}"),
            Cell::Integer(value) => write!(f, "{value}"),
            Cell::Number(value) => write!(f, "{value}"),
            Cell::String(text) => f.write_str(text),
        }
    }
}

impl<'p> From<&'p str> for Cell<'p> {
    fn from(text: &'p str) -> Cell<'p> {
        Cell::String(Cow::Borrowed(text))
    }
}

impl From<String> for Cell<'_> {
    fn from(text: String) -> Self {
        Cell::String(Cow::Owned(text))
    }
}

impl From<bool> for Cell<'_> {
    fn from(value: bool) -> Self {
        Cell::Bool(value)
    }
}

impl From<Decimal> for Cell<'_> {
    fn from(value: Decimal) -> Self {
        Cell::Number(value)
    }
}

impl From<u8> for Cell<'_> {
    fn from(value: u8) -> Self {
        Cell::Integer(u64::from(value))
    }
}

impl From<u16> for Cell<'_> {
    fn from(value: u16) -> Self {
        Cell::Integer(u64::from(value))
    }
}

impl From<usize> for Cell<'_> {
    fn from(value: usize) -> Self {
        // A usize is at most 64 bits on every target Rust supports.
        Cell::Integer(u64::try_from(value).unwrap_or(u64::MAX))
    }
}

impl<'p, T: Into<Cell<'p>>> From<Option<T>> for Cell<'p> {
    fn from(value: Option<T>) -> Cell<'p> {
        value.map_or(Cell::Null, Into::into)
    }
}

/// One table of the plan: its schema (fields, keys) and its rows.
///
/// ```
/// let plan = wuzhong_plan::plan();
/// let tables = plan.tables();
/// let tasks = tables.iter().find(|t| t.name == "tasks").expect("a tasks table");
/// assert_eq!(tasks.rows.len(), 50);
/// assert_eq!(tasks.primary_key, ["number"]);
/// // A row as (field name, cell) pairs: what the Python binding makes a dict of.
/// let first: Vec<(&str, String)> =
///     tasks.records().next().expect("a row").map(|(name, cell)| (name, cell.to_string())).take(2).collect();
/// assert_eq!(first, [("number", "1".to_owned()), ("id", "part-2/group-1/task-1".to_owned())]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Table<'p> {
    /// The table's name (`responsibilities`), also the name of its resource in the data
    /// package and of its file, with `.csv`.
    pub name: &'static str,
    /// What a row stands for.
    pub description: &'static str,
    /// Its columns, in order.
    pub fields: Vec<Field>,
    /// The fields whose values tell its rows apart.
    pub primary_key: Vec<&'static str>,
    /// Its references to other tables.
    pub foreign_keys: Vec<ForeignKey>,
    /// Its rows, each with one cell for each field, in the fields' order.
    pub rows: Vec<Vec<Cell<'p>>>,
}

impl<'p> Table<'p> {
    /// The name of its CSV file in a data package: `tasks.csv`.
    pub fn path(&self) -> String {
        format!("{}.csv", self.name)
    }

    /// The field called `name`, with its position.
    pub fn field(&self, name: &str) -> Option<(usize, &Field)> {
        self.fields.iter().enumerate().find(|(_, f)| f.name == name)
    }

    /// Each row as its fields' names beside its cells.
    pub fn records(
        &self,
    ) -> impl ExactSizeIterator<Item = impl Iterator<Item = (&'static str, &Cell<'p>)> + '_> + '_
    {
        self.rows
            .iter()
            .map(|row| self.fields.iter().map(|f| f.name).zip(row.iter()))
    }

    /// The table as CSV (RFC 4180), for programs: a header row of the fields' names,
    /// then a line for each row, each ending in CRLF; a cell holding `,`, `"`, CR or LF
    /// (or starting or ending with a space) is quoted, its `"` doubled; a null cell is
    /// empty. Every cell is its value exactly, so a quote is the text at its offsets; a
    /// cell that starts with `=` is written so too, which a spreadsheet that opens the
    /// file may read as a formula: for a person, see [`Table::to_spreadsheet_csv`].
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let tables = plan.tables();
    /// let domains = tables.iter().find(|t| t.name == "domains").expect("a domains table");
    /// let csv = domains.to_csv();
    /// assert!(csv.starts_with("task,domain,name,quote,"));
    /// assert!(csv.contains("\r\n1,education,學有所教,義務教育,"));
    /// ```
    pub fn to_csv(&self) -> String {
        self.written(CsvWriter::new())
    }

    /// The table as CSV for a person to open in a spreadsheet: as [`Table::to_csv`],
    /// but a cell a spreadsheet would read as a formula (one that starts with `=`, `+`,
    /// `-`, `@`, a tab or a carriage return, and is no negative number) is written with a
    /// `'` before it, and quoted, as [`CsvWriter::for_spreadsheets`] writes it. Such a
    /// cell no longer equals the text at its offsets: a program reads [`Table::to_csv`].
    ///
    /// ```
    /// let plan = wuzhong_plan::parse("一、重點任務\n1.=1+2。健全體系。\n責任單位:市民政局\n")?;
    /// let tables = plan.tables();
    /// let tasks = tables.iter().find(|t| t.name == "tasks").expect("a tasks table");
    /// assert!(tasks.to_csv().contains(",=1+2,"));
    /// assert!(tasks.to_spreadsheet_csv().contains(",\"'=1+2\","));
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    pub fn to_spreadsheet_csv(&self) -> String {
        self.written(CsvWriter::for_spreadsheets())
    }

    /// The header row of [`Table::to_csv`] alone: the fields' names, ending in CRLF.
    /// With [`Table::csv_rows`], a writer streams a table made a part at a time (a
    /// corpus's tables, a batch of documents at a time): the header once, then the rows
    /// of each part; `to_csv()` is `csv_header() + csv_rows()`.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let tables = plan.tables();
    /// let domains = tables.iter().find(|t| t.name == "domains").expect("a domains table");
    /// assert!(domains.csv_header().starts_with("task,domain,name,quote,"));
    /// assert!(domains.csv_rows().starts_with("1,education,學有所教,義務教育,"));
    /// assert_eq!(domains.to_csv(), domains.csv_header() + &domains.csv_rows());
    /// ```
    pub fn csv_header(&self) -> String {
        let mut writer = CsvWriter::new();
        self.header(&mut writer);
        writer.finish()
    }

    /// The rows of [`Table::to_csv`] alone, without the header: a line for each row,
    /// each ending in CRLF, written as `to_csv` writes them; empty for a table of no row.
    pub fn csv_rows(&self) -> String {
        let mut writer = CsvWriter::new();
        self.body(&mut writer);
        writer.finish()
    }

    /// The header and the rows, written with `writer`.
    fn written(&self, mut writer: CsvWriter) -> String {
        self.header(&mut writer);
        self.body(&mut writer);
        writer.finish()
    }

    /// Writes the header row.
    fn header(&self, writer: &mut CsvWriter) {
        writer.record(self.fields.iter().map(|f| f.name));
    }

    /// Writes the rows.
    fn body(&self, writer: &mut CsvWriter) {
        for row in &self.rows {
            // A string cell is written from where it is; only a number is formatted.
            writer.record(row.iter().map(|cell| match cell {
                Cell::String(text) => Cow::Borrowed(text.as_ref()),
                Cell::Null => Cow::Borrowed(""),
                other => Cow::Owned(other.to_string()),
            }));
        }
    }
}

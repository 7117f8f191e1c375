//! Export: the plan as tables, a Frictionless data package and Popolo JSON.
//!
//! Each table of [`Plan::tables`] is defined once, in `tables`: its name, its fields
//! (each with its Frictionless Table Schema type, description and constraints), its
//! primary key and foreign keys, and its rows as typed [`Cell`]s, most of them
//! borrowed from the plan. Everything else comes from that one definition: the CSV of
//! a table ([`Table::to_csv`] for programs, [`Table::to_spreadsheet_csv`] for people,
//! both written by RFC 4180 with the [`CsvWriter`] of `csv`), the `datapackage.json`
//! descriptor ([`DataPackage::descriptor`]) and the rows another crate reads (the
//! Python binding turns each table into a list of dicts with a loop over
//! [`Table::records`]).
//!
//! Where a row quotes the text (a party, a target, a mention, the words that ground a
//! domain) it says where, in the whole text [`Plan::to_text`] renders: its line, its
//! UTF-8 byte offsets and its character (code point) offsets, found in `document` from
//! the lines the text renderer reports as it writes them. [`Plan::to_popolo`] writes
//! the organisations as Popolo JSON (`popolo`).

mod csv;
mod descriptor;
mod document;
mod popolo;
mod table;
mod tables;

use crate::plan::Plan;

pub use csv::CsvWriter;
pub(crate) use descriptor::descriptor;
pub use table::{Cell, Field, FieldType, ForeignKey, Table};
pub(crate) use tables::corpus_description;

/// The plan as a Frictionless tabular data package: its tables, the descriptor that
/// describes them, and the text their offsets point into.
///
/// ```
/// let plan = wuzhong_plan::plan();
/// let package = plan.data_package();
/// let names: Vec<String> = package.files().map(|(name, _)| name).collect();
/// assert_eq!(names, [
///     "datapackage.json", "tasks.csv", "organizations.csv", "responsibilities.csv",
///     "targets.csv", "domains.csv", "mentions.csv", "annexes.csv", "plan.txt",
/// ]);
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DataPackage<'p> {
    /// The tables, in the order of the package's resources.
    pub tables: Vec<Table<'p>>,
    /// The plan's text, as [`Plan::to_text`] renders it: what the tables' offsets and
    /// lines point into, written beside them as `plan.txt`.
    pub text: String,
    title: Option<&'p str>,
}

/// The file the package's text is written to.
pub const TEXT_FILE: &str = "plan.txt";

impl DataPackage<'_> {
    /// The files of the package, each with its name: `datapackage.json`, a CSV file
    /// for each table, and `plan.txt`.
    pub fn files(&self) -> impl Iterator<Item = (String, String)> + '_ {
        let descriptor = ("datapackage.json".to_owned(), self.descriptor());
        let tables = self.tables.iter().map(|t| (t.path(), t.to_csv()));
        let text = (TEXT_FILE.to_owned(), self.text.clone());
        std::iter::once(descriptor)
            .chain(tables)
            .chain(std::iter::once(text))
    }
}

impl Plan {
    /// The plan's tables, each defined once with its schema: `tasks`, `organizations`,
    /// `responsibilities`, `targets`, `domains`, `mentions` and `annexes` (see the data package
    /// guide, `docs/datapackage.md`, for every field). Built in time linear in the
    /// plan's size.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let tables = plan.tables();
    /// let responsibilities = tables.iter().find(|t| t.name == "responsibilities").expect("a table");
    /// // Task 2, 責任部門:市教育局、財政局: 市教育局 leads, 市財政局 supports.
    /// let task_2: Vec<(String, String)> = responsibilities
    ///     .records()
    ///     .map(|row| row.collect::<Vec<_>>())
    ///     .filter(|row| row[0].1.as_integer() == Some(2))
    ///     .map(|row| (row[2].1.to_string(), row[3].1.to_string()))
    ///     .collect();
    /// assert_eq!(task_2, [("education".to_owned(), "lead".to_owned()), ("finance".to_owned(), "support".to_owned())]);
    /// ```
    pub fn tables(&self) -> Vec<Table<'_>> {
        self.data_package().tables
    }

    /// The plan as a Frictionless tabular data package ([`DataPackage`]): its tables,
    /// their descriptor, and the text their offsets point into.
    pub fn data_package(&self) -> DataPackage<'_> {
        let document = document::Document::new(self);
        let tables = tables::tables(self, &document);
        DataPackage {
            tables,
            text: document.text,
            title: self.metadata().title.as_deref(),
        }
    }
}

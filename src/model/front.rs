//! The front matter and layout of a plan: the metadata read from it, the info box some
//! copies carry, and how the text is laid out in lines.

use std::fmt;

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};

use crate::base::period::Period;
use crate::base::quote::quoted;
use crate::model::{Colon, literal_enum};

/// Facts about the document as a whole, derived from its front matter.
///
/// Each field is `None` when the text does not state it (a plan of the same genre
/// that starts directly with its preamble has no info box to take them from).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Metadata {
    /// The title of the plan, for example `吳忠市“十四五”公共服務發展實施方案`: where
    /// the document is a notice that issues a plan, the plan's title (its own line after
    /// the notice, or the name the notice's title gives it), not the notice's; otherwise
    /// the document's title, its lines joined where the text splits it over several.
    pub title: Option<String>,
    /// The title of the notice that issues the plan, where the document is one and
    /// states it, for example `包头市人民政府办公室关于印发《包头市2022年数字政府建设
    /// 考评办法》的通知`. JSON leaves it out when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_title: Option<String>,
    /// The document number, for example `国发〔2018〕39号`, as written, without the
    /// brackets some texts enclose it in. JSON leaves it out when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_number: Option<String>,
    /// The body that issued the document, for example `吳忠市人民政府辦公室`.
    pub issuer: Option<String>,
    /// The body that approved it (the notice's `已經…同意`), for example `吳忠市人民政府`.
    pub approver: Option<String>,
    /// The date of issue.
    pub issue_date: Option<Date>,
    /// The five-year period the plan covers, read from the `“十四五”` in its title.
    pub period: Option<Period>,
}

/// A calendar date, written `2022-04-26` in JSON and by `Display`.
///
/// ```
/// use wuzhong_plan::Date;
/// let date: Date = "2022-04-26".parse()?;
/// assert_eq!((date.year, date.month, date.day), (2022, 4, 26));
/// assert_eq!(date.to_string(), "2022-04-26");
/// assert!("2022-02-30".parse::<Date>().is_err());
/// # Ok::<(), wuzhong_plan::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "String")]
pub struct Date {
    /// The year, for example 2022.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31 (and no more than the month has).
    pub day: u8,
}

impl Date {
    /// A date, or `None` when the month or day does not exist.
    ///
    /// ```
    /// use wuzhong_plan::Date;
    /// assert!(Date::new(2024, 2, 29).is_some());
    /// assert!(Date::new(2022, 2, 29).is_none());
    /// ```
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Date {
    /// The date `s` writes as `YYYY-MM-DD`, if it is one; the public face is `FromStr`,
    /// which answers with the crate's error.
    pub(crate) fn read(s: &str) -> Option<Date> {
        let mut fields = s.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return None;
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let (Ok(year), Ok(month), Ok(day)) = (y.parse(), m.parse(), d.parse()) else {
            return None;
        };
        Date::new(year, month, day)
    }
}

/// The message for a string that is no `YYYY-MM-DD` date.
pub(crate) fn not_a_date(input: &str) -> String {
    format!("{} is not a date of the form YYYY-MM-DD", quoted(input))
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::read(&text).ok_or_else(|| de::Error::custom(not_a_date(&text)))
    }
}

impl From<Date> for String {
    fn from(date: Date) -> String {
        date.to_string()
    }
}

/// The `基本介紹` box of key–value lines that some published copies carry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct InfoBox {
    /// The box's heading line as written: `基本介紹` (or `基本介绍`).
    pub heading: String,
    /// Its `- key:value` lines, in order.
    pub entries: Vec<InfoEntry>,
}

/// One `- key:value` line of the [`InfoBox`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct InfoEntry {
    /// The key, for example `頒布時間`.
    pub key: String,
    /// The colon between key and value.
    pub colon: Colon,
    /// The value, for example `2022年4月26日`.
    pub value: String,
}

literal_enum! {
    /// How the lines of the source end.
    #[derive(Default)]
    #[serde(rename_all = "lowercase")]
    #[strum(serialize_all = "lowercase")]
    pub enum LineEnding {
        /// `\n`
        #[default]
        Lf,
        /// `\r\n`
        CrLf,
        /// `\r` alone, as classic Mac OS wrote text
        Cr,
    }
}

impl LineEnding {
    /// The line break as text.
    pub fn as_str(self) -> &'static str {
        match self {
            LineEnding::Lf => "\n",
            LineEnding::CrLf => "\r\n",
            LineEnding::Cr => "\r",
        }
    }
}

/// How the source text is laid out in lines: what a renderer needs besides the nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Layout {
    /// The line break used throughout.
    pub line_ending: LineEnding,
    /// Whether the text ends with a line break (this plan's does not).
    pub final_newline: bool,
    /// Whether the text starts with a UTF-8 byte-order mark (U+FEFF), which rendering
    /// writes back. JSON leaves it out when false, and reads it as false when absent.
    #[serde(default, skip_serializing_if = "crate::model::is_false")]
    pub byte_order_mark: bool,
}

/// The white space a text lays its lines out with, apart from their content: its blank
/// lines, and the indentation its lines begin with (`　　` in many published plans). The
/// parser keeps it here so that the nodes hold the words alone and
/// [`Plan::to_text`](crate::Plan::to_text) writes the text back byte for byte. Line
/// numbers are those of the text, from 1. JSON leaves the lists out when empty.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Spacing {
    /// The lines that hold nothing but white space, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blank_lines: Vec<BlankLine>,
    /// Where the indentation of the lines changes, in order: each run sets the white
    /// space that begins every line that is not blank from its line on, up to the next
    /// run. Lines before the first run are not indented.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indents: Vec<Indent>,
}

impl Spacing {
    /// Whether the text has no blank line and no indentation.
    pub fn is_empty(&self) -> bool {
        self.blank_lines.is_empty() && self.indents.is_empty()
    }
}

/// A line of a text that holds nothing but white space.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct BlankLine {
    /// Its number in the text, from 1.
    pub line: usize,
    /// The white space it holds; empty for an empty line.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

/// A run of lines that begin with the same indentation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Indent {
    /// The number of the run's first line in the text, from 1.
    pub line: usize,
    /// The white space each of its lines begins with; empty where indentation stops.
    pub indent: String,
}

/// The characters that indent a line: spaces, tabs, the ideographic space U+3000 and
/// the no-break space U+00A0.
pub(crate) fn is_indent(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}')
}

/// The years a plan that states no period may date a target to.
const PLAUSIBLE_YEARS: Period = Period {
    start: 1949,
    end: 2100,
};

/// The years a plan's targets may be due in, and what to call them: the plan period,
/// or, for a plan that states none, the years a plan can name.
pub(crate) fn deadline_range(metadata: &Metadata) -> (Period, &'static str) {
    match metadata.period {
        Some(period) => (period, "the plan period"),
        None => (PLAUSIBLE_YEARS, "the years a plan can name"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_notice_title_and_document_number_are_left_out_when_absent() {
        let metadata = Metadata {
            title: Some("包头市2022年数字政府建设考评办法".to_owned()),
            ..Metadata::default()
        };
        let json = serde_json::to_string(&metadata).unwrap_or_default();
        assert!(!json.contains("notice_title"), "{json}");
        assert!(!json.contains("document_number"), "{json}");
        // The fields that were there before stay, `null` when absent.
        assert!(json.contains("\"issuer\":null"), "{json}");
        let back: Option<Metadata> = serde_json::from_str(&json).ok();
        assert_eq!(back.as_ref(), Some(&metadata));
        let metadata = Metadata {
            notice_title: Some(
                "包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知".to_owned(),
            ),
            document_number: Some("包府办发〔2022〕43号".to_owned()),
            ..metadata
        };
        let json = serde_json::to_string(&metadata).unwrap_or_default();
        assert!(
            json.contains("\"document_number\":\"包府办发〔2022〕43号\""),
            "{json}"
        );
        let back: Option<Metadata> = serde_json::from_str(&json).ok();
        assert_eq!(back, Some(metadata));
    }
}

//! The parser for plain text of the genre: a publication notice, an optional `基本介紹`
//! info box and `全文` marker, a preamble, `一、` parts, `(一)` task groups, `1.標題。正文`
//! tasks and their `責任單位:` lines.
//!
//! It reads Traditional and Simplified script, ASCII and full-width punctuation, and
//! task numbers written `1.`, `1．` or `1、`; whatever the variant, the plan it returns
//! renders back to the input byte for byte (it checks this before returning).

use strum::IntoEnumIterator;

use crate::Plan;

use crate::error::{ParseError, ParseErrorKind};
use crate::model::{
    Brackets, Colon, Date, InfoBox, InfoEntry, Layout, LineEnding, Mention, Metadata, NumberMarker,
    Part, PartKind, Party, Period, Responsibility, ResponsibilityLabel, Task, TaskGroup, group_id,
    part_id, task_id,
};
use crate::numeral::{from_numeral, is_numeral_char};
use crate::plan::PlanData;
use crate::responsibility;

/// The headings of the info box, in either script.
const INFO_HEADINGS: [&str; 2] = ["基本介紹", "基本介绍"];
/// The line that separates the front matter from the preamble.
const FULL_TEXT_MARKER: &str = "全文";
/// Info-box keys that give the title.
const TITLE_KEYS: [&str; 3] = ["中文名", "中文名稱", "中文名称"];
/// Info-box keys that give the issuer.
const ISSUER_KEYS: [&str; 4] = ["發布單位", "发布单位", "發文機關", "发文机关"];
/// Info-box keys that give the date of issue.
const DATE_KEYS: [&str; 4] = ["頒布時間", "颁布时间", "發布時間", "发布时间"];

/// Parses plain text of the genre into a [`Plan`].
///
/// ```
/// let plan = wuzhong_plan::parse(wuzhong_plan::SOURCE_TEXT)?;
/// assert_eq!(plan.tasks().len(), 50);
/// assert_eq!(plan.to_text(), wuzhong_plan::SOURCE_TEXT);
///
/// // Another plan of the genre, in Simplified script with full-width punctuation:
/// let text = "一、重点任务\n（一）稳就业\n1．扩大就业。新增岗位。\n责任单位：市人力资源和社会保障局\n";
/// let other = wuzhong_plan::parse(text)?;
/// assert_eq!(other.task(1).map(|t| t.title.as_str()), Some("扩大就业"));
/// assert_eq!(other.to_text(), text);
/// # Ok::<(), wuzhong_plan::ParseError>(())
/// ```
///
/// # Errors
///
/// A [`ParseError`] naming the first line that does not fit the genre and what was
/// expected there; see [`ParseErrorKind`] for the cases.
pub fn parse(text: &str) -> Result<Plan, ParseError> {
    let (lines, layout) = split_lines(text)?;
    let mut parser = Parser::new(layout);
    for (i, line) in lines.iter().enumerate() {
        parser
            .line(line)
            .map_err(|kind| ParseError::new(i + 1, line, kind))?;
    }
    let data = parser.finish().map_err(|kind| {
        let last = lines.last().copied().unwrap_or_default();
        ParseError::new(lines.len(), last, kind)
    })?;
    let plan = Plan::from_parsed(data).map_err(|err| {
        let kind = match err {
            crate::Error::Invalid(problems) => ParseErrorKind::Invalid(problems),
            _ => ParseErrorKind::NotLossless,
        };
        let first = lines.first().copied().unwrap_or_default();
        ParseError::new(1, first, kind)
    })?;
    check_lossless(&plan, text, &lines)?;
    Ok(plan)
}

/// The text's lines, without their line breaks, and its layout.
fn split_lines(text: &str) -> Result<(Vec<&str>, Layout), ParseError> {
    if text.is_empty() {
        return Err(ParseError::new(1, "", ParseErrorKind::EmptyDocument));
    }
    let first_line = text.split('\n').next().unwrap_or_default();
    let line_ending = if text.contains('\n') && first_line.ends_with('\r') {
        LineEnding::CrLf
    } else {
        LineEnding::Lf
    };
    let final_newline = text.ends_with('\n');
    let body = text.strip_suffix('\n').unwrap_or(text);
    let mut lines = Vec::new();
    let mut raw_lines = body.split('\n').enumerate().peekable();
    while let Some((i, raw)) = raw_lines.next() {
        let terminated = raw_lines.peek().is_some() || final_newline;
        let line = match (line_ending, terminated, raw.strip_suffix('\r')) {
            (LineEnding::CrLf, true, Some(line)) => line,
            (LineEnding::CrLf, true, None) => {
                return Err(mixed(i + 1, raw, LineEnding::CrLf, LineEnding::Lf));
            }
            (LineEnding::Lf, true, Some(_)) => {
                return Err(mixed(i + 1, raw, LineEnding::Lf, LineEnding::CrLf));
            }
            _ => raw,
        };
        lines.push(line);
    }
    let layout = Layout {
        line_ending,
        final_newline,
    };
    Ok((lines, layout))
}

fn mixed(line: usize, text: &str, expected: LineEnding, found: LineEnding) -> ParseError {
    let name = |ending| match ending {
        LineEnding::Lf => "`\\n`",
        LineEnding::CrLf => "`\\r\\n`",
    };
    let kind = ParseErrorKind::MixedLineEndings {
        expected: name(expected),
        found: name(found),
    };
    ParseError::new(line, text.trim_end_matches('\r'), kind)
}

/// Renders the plan and compares it with the input, naming the first line that differs.
fn check_lossless(plan: &Plan, text: &str, lines: &[&str]) -> Result<(), ParseError> {
    let rendered = plan.to_text();
    if rendered == text {
        return Ok(());
    }
    let ending = plan.layout().line_ending.as_str();
    let differs = rendered
        .split(ending)
        .zip(lines.iter())
        .position(|(ours, theirs)| ours != *theirs)
        .unwrap_or(lines.len().saturating_sub(1));
    let line = lines.get(differs).copied().unwrap_or_default();
    Err(ParseError::new(
        differs + 1,
        line,
        ParseErrorKind::NotLossless,
    ))
}

/// One line, classified by its shape alone.
enum Line<'a> {
    Part {
        number: u8,
        title: &'a str,
    },
    Group {
        number: u8,
        brackets: Brackets,
        title: &'a str,
    },
    Task {
        number: u16,
        marker: NumberMarker,
        title: &'a str,
        title_stop: bool,
        body: &'a str,
    },
    Responsibility {
        label: ResponsibilityLabel,
        colon: Colon,
        text: &'a str,
    },
    Text,
}

/// What a line meant as prose would read as instead, if the parser met it where prose
/// may stand: `None` for prose.
pub(crate) fn reads_as(line: &str) -> Option<&'static str> {
    match classify(line) {
        Ok(Line::Text) => None,
        Ok(Line::Part { .. }) => Some("a part heading"),
        Ok(Line::Group { .. }) => Some("a group heading"),
        Ok(Line::Task { .. }) => Some("a task"),
        Ok(Line::Responsibility { .. }) => Some("a responsibility line"),
        Err(_) => Some("a malformed heading or task, which does not parse"),
    }
}

/// Whether a line is one of the front matter's own: an info box heading, an info entry
/// or the `全文` marker.
pub(crate) fn is_front_matter_line(line: &str) -> bool {
    is_info_heading(line) || is_full_text_marker(line) || info_entry(line).is_some()
}

/// The info box headings the genre uses.
pub(crate) fn is_info_heading(line: &str) -> bool {
    INFO_HEADINGS.contains(&line)
}

/// The `全文` marker.
pub(crate) fn is_full_text_marker(line: &str) -> bool {
    line == FULL_TEXT_MARKER
}

fn classify(line: &str) -> Result<Line<'_>, ParseErrorKind> {
    if let Some(found) = part_heading(line)? {
        return Ok(found);
    }
    if let Some(found) = group_heading(line)? {
        return Ok(found);
    }
    if let Some(found) = task_line(line)? {
        return Ok(found);
    }
    if let Some(found) = responsibility_line(line)? {
        return Ok(found);
    }
    Ok(Line::Text)
}

/// `一、主要目標`
fn part_heading(line: &str) -> Result<Option<Line<'_>>, ParseErrorKind> {
    // Most lines do not start with a numeral: no need to look for their `、`.
    if !line.chars().next().is_some_and(is_numeral_char) {
        return Ok(None);
    }
    let Some((numeral, title)) = line.split_once('、') else {
        return Ok(None);
    };
    if numeral.is_empty() || !numeral.chars().all(is_numeral_char) {
        return Ok(None);
    }
    let Some(number) = from_numeral(numeral) else {
        return Ok(None);
    };
    if title.is_empty() {
        return Err(ParseErrorKind::EmptyTitle { node: "part" });
    }
    Ok(Some(Line::Part { number, title }))
}

/// `(一)推進基本公共服務均等可及` or `（一）…`
fn group_heading(line: &str) -> Result<Option<Line<'_>>, ParseErrorKind> {
    let (open, rest) = if let Some(rest) = line.strip_prefix('(') {
        (Brackets::Ascii, rest)
    } else if let Some(rest) = line.strip_prefix('（') {
        (Brackets::FullWidth, rest)
    } else {
        return Ok(None);
    };
    let Some((end, close)) = rest.char_indices().find(|&(_, c)| c == ')' || c == '）') else {
        return Ok(None);
    };
    let (numeral, after) = rest.split_at_checked(end).unwrap_or((rest, ""));
    let Some(number) = from_numeral(numeral) else {
        return Ok(None);
    };
    let title = after.get(close.len_utf8()..).unwrap_or_default();
    if close != open.close() {
        return Err(ParseErrorKind::MismatchedBrackets);
    }
    if title.is_empty() {
        return Err(ParseErrorKind::EmptyTitle { node: "group" });
    }
    Ok(Some(Line::Group {
        number,
        brackets: open,
        title,
    }))
}

/// `1.最佳化城鄉義務教育資源。推進…`
fn task_line(line: &str) -> Result<Option<Line<'_>>, ParseErrorKind> {
    let digits_end = line
        .char_indices()
        .find(|&(_, c)| !c.is_ascii_digit())
        .map_or(line.len(), |(i, _)| i);
    let (digits, rest) = line.split_at_checked(digits_end).unwrap_or((line, ""));
    if digits.is_empty() {
        return Ok(None);
    }
    let mut chars = rest.chars();
    let marker = match chars.next() {
        Some('.') => NumberMarker::Dot,
        Some('．') => NumberMarker::FullWidthDot,
        Some('、') => NumberMarker::Comma,
        _ => return Ok(None),
    };
    let rest = chars.as_str();
    let number = match digits.parse::<u16>() {
        Ok(number) if number.to_string() == digits => number,
        _ => {
            return Err(ParseErrorKind::InvalidTaskNumber {
                digits: digits.to_owned(),
            });
        }
    };
    let (title, title_stop, body) = match rest.split_once('。') {
        Some((title, body)) => (title, true, body),
        None => (rest, false, ""),
    };
    if title.is_empty() {
        return Err(ParseErrorKind::EmptyTitle { node: "task" });
    }
    Ok(Some(Line::Task {
        number,
        marker,
        title,
        title_stop,
        body,
    }))
}

/// `責任單位:市民政局、…`
fn responsibility_line(line: &str) -> Result<Option<Line<'_>>, ParseErrorKind> {
    for label in ResponsibilityLabel::iter() {
        let Some(rest) = line.strip_prefix(<&str>::from(label)) else {
            continue;
        };
        let (colon, text) = if let Some(text) = rest.strip_prefix(':') {
            (Colon::Ascii, text)
        } else if let Some(text) = rest.strip_prefix('：') {
            (Colon::FullWidth, text)
        } else {
            continue;
        };
        if text.trim().is_empty() {
            return Err(ParseErrorKind::EmptyResponsibility);
        }
        return Ok(Some(Line::Responsibility { label, colon, text }));
    }
    Ok(None)
}

/// `- 頒布時間:2022年4月26日`
fn info_entry(line: &str) -> Option<InfoEntry> {
    let rest = line.strip_prefix("- ")?;
    let (at, c) = rest.char_indices().find(|&(_, c)| c == ':' || c == '：')?;
    let (key, value) = rest.split_at_checked(at)?;
    if key.is_empty() {
        return None;
    }
    let colon = if c == ':' {
        Colon::Ascii
    } else {
        Colon::FullWidth
    };
    Some(InfoEntry {
        key: key.to_owned(),
        colon,
        value: value.get(c.len_utf8()..)?.to_owned(),
    })
}

/// Where the front matter (before the first part) stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Front {
    Notice,
    InfoBox,
    Preamble,
}

/// What the last structural line was, inside the parts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cursor {
    PartIntro,
    GroupIntro,
    Task { number: u16, responsibility: bool },
}

struct Parser {
    data: PlanData,
    front: Front,
    cursor: Cursor,
    next_task: u32,
}

impl Parser {
    fn new(layout: Layout) -> Parser {
        Parser {
            data: PlanData::new(layout),
            front: Front::Notice,
            cursor: Cursor::PartIntro,
            next_task: 1,
        }
    }

    fn line(&mut self, line: &str) -> Result<(), ParseErrorKind> {
        if self.data.parts.is_empty() && self.front_matter(line) {
            return Ok(());
        }
        match classify(line)? {
            Line::Part { number, title } => self.part(number, title),
            Line::Group {
                number,
                brackets,
                title,
            } => self.group(number, brackets, title),
            Line::Task {
                number,
                marker,
                title,
                title_stop,
                body,
            } => self.task(number, marker, title, title_stop, body),
            Line::Responsibility { label, colon, text } => self.responsibility(label, colon, text),
            Line::Text => self.text(line),
        }
    }

    /// Takes the lines only the front matter has: the info box and the `全文` marker.
    fn front_matter(&mut self, line: &str) -> bool {
        match self.front {
            Front::Notice if is_info_heading(line) => {
                self.data.info_box = Some(InfoBox {
                    heading: line.to_owned(),
                    entries: Vec::new(),
                });
                self.front = Front::InfoBox;
            }
            Front::InfoBox => match (info_entry(line), &mut self.data.info_box) {
                (Some(entry), Some(info_box)) => info_box.entries.push(entry),
                _ if is_full_text_marker(line) => self.full_text(line),
                _ => return false,
            },
            Front::Notice if is_full_text_marker(line) => self.full_text(line),
            _ => return false,
        }
        true
    }

    fn full_text(&mut self, line: &str) {
        self.data.full_text_marker = Some(line.to_owned());
        self.front = Front::Preamble;
    }

    fn part(&mut self, number: u8, title: &str) -> Result<(), ParseErrorKind> {
        let expected = u8::try_from(self.data.parts.len() + 1).unwrap_or(u8::MAX);
        if number != expected {
            return Err(ParseErrorKind::PartOutOfSequence {
                expected,
                found: number,
            });
        }
        if self.data.parts.is_empty() && self.front == Front::Notice {
            // Without an info box or a `全文` marker, all the front matter is preamble.
            self.data.preamble = std::mem::take(&mut self.data.notice);
        }
        self.data.parts.push(Part {
            id: part_id(number),
            number,
            title: title.to_owned(),
            kind: PartKind::of_title(title),
            paragraphs: Vec::new(),
            tasks: Vec::new(),
            groups: Vec::new(),
        });
        self.cursor = Cursor::PartIntro;
        Ok(())
    }

    fn group(&mut self, number: u8, brackets: Brackets, title: &str) -> Result<(), ParseErrorKind> {
        let Some(part) = self.data.parts.last_mut() else {
            return Err(ParseErrorKind::GroupOutsideTaskPart {
                where_: "before the first part heading".to_owned(),
            });
        };
        if !part.kind.allows_groups() {
            return Err(ParseErrorKind::GroupOutsideTaskPart {
                where_: format!(
                    "in part {} `{}`, which holds no groups",
                    part.number, part.title
                ),
            });
        }
        let expected = u8::try_from(part.groups.len() + 1).unwrap_or(u8::MAX);
        if number != expected {
            return Err(ParseErrorKind::GroupOutOfSequence {
                expected,
                found: number,
            });
        }
        part.groups.push(TaskGroup {
            id: group_id(part.number, number),
            part: part.number,
            number,
            brackets,
            title: title.to_owned(),
            paragraphs: Vec::new(),
            tasks: Vec::new(),
        });
        self.cursor = Cursor::GroupIntro;
        Ok(())
    }

    fn task(
        &mut self,
        number: u16,
        marker: NumberMarker,
        title: &str,
        title_stop: bool,
        body: &str,
    ) -> Result<(), ParseErrorKind> {
        if u32::from(number) != self.next_task {
            return Err(ParseErrorKind::TaskOutOfSequence {
                expected: u16::try_from(self.next_task).unwrap_or(u16::MAX),
                found: number,
            });
        }
        let Some(part) = self.data.parts.last_mut() else {
            return Err(ParseErrorKind::TaskOutsidePart);
        };
        let part_number = part.number;
        let (group, tasks) = match part.groups.last_mut() {
            Some(group) => (Some(group.number), &mut group.tasks),
            None => (None, &mut part.tasks),
        };
        tasks.push(Task {
            id: task_id(part_number, group, number),
            number,
            part: part_number,
            group,
            marker,
            title: title.to_owned(),
            title_stop,
            body: body.to_owned(),
            continuation: Vec::new(),
            responsibility: None,
            mentions: responsibility::mentions(body)
                .into_iter()
                .map(Mention::from)
                .collect(),
            domains: Vec::new(),
        });
        self.next_task += 1;
        self.cursor = Cursor::Task {
            number,
            responsibility: false,
        };
        Ok(())
    }

    /// The task the cursor is on.
    fn current_task(&mut self) -> Option<&mut Task> {
        let part = self.data.parts.last_mut()?;
        match part.groups.last_mut() {
            Some(group) => group.tasks.last_mut(),
            None => part.tasks.last_mut(),
        }
    }

    fn responsibility(
        &mut self,
        label: ResponsibilityLabel,
        colon: Colon,
        text: &str,
    ) -> Result<(), ParseErrorKind> {
        let Cursor::Task {
            number,
            responsibility,
        } = self.cursor
        else {
            return Err(ParseErrorKind::ResponsibilityWithoutTask);
        };
        if responsibility {
            return Err(ParseErrorKind::DuplicateResponsibility { task: number });
        }
        let task = self
            .current_task()
            .ok_or(ParseErrorKind::ResponsibilityWithoutTask)?;
        let parties = responsibility::parties(text)
            .map(|party| party.map(Party::from))
            .collect::<Result<Vec<_>, _>>()?;
        task.responsibility = Some(Responsibility {
            label,
            colon,
            text: text.to_owned(),
            parties,
        });
        self.cursor = Cursor::Task {
            number,
            responsibility: true,
        };
        Ok(())
    }

    fn text(&mut self, line: &str) -> Result<(), ParseErrorKind> {
        let line = line.to_owned();
        let Some(part) = self.data.parts.last_mut() else {
            match self.front {
                Front::Notice => self.data.notice.push(line),
                Front::InfoBox | Front::Preamble => {
                    self.data.preamble.push(line);
                    self.front = Front::Preamble;
                }
            }
            return Ok(());
        };
        match self.cursor {
            Cursor::PartIntro => part.paragraphs.push(line),
            Cursor::GroupIntro => {
                if let Some(group) = part.groups.last_mut() {
                    group.paragraphs.push(line);
                }
            }
            Cursor::Task {
                number,
                responsibility: true,
            } => return Err(ParseErrorKind::UnexpectedText { task: number }),
            Cursor::Task { .. } => {
                if let Some(task) = self.current_task() {
                    task.continuation.push(line);
                }
            }
        }
        Ok(())
    }

    fn finish(mut self) -> Result<PlanData, ParseErrorKind> {
        if self.data.parts.is_empty() {
            return Err(ParseErrorKind::NoParts);
        }
        self.data.metadata = derive_metadata(&self.data);
        self.data.targets = crate::extract::targets(&self.data);
        Ok(self.data)
    }
}

/// Reads title, issuer, approver, date and period from the front matter.
pub(crate) fn derive_metadata(data: &PlanData) -> Metadata {
    let entry = |keys: &[&str]| {
        data.info_box
            .iter()
            .flat_map(|info| info.entries.iter())
            .find(|entry| keys.contains(&entry.key.as_str()))
            .map(|entry| entry.value.as_str())
    };
    let notice = || data.notice.iter().chain(data.preamble.iter());
    let title = entry(&TITLE_KEYS)
        .map(str::to_owned)
        .or_else(|| notice().find_map(|line| between(line, "《", "》")));
    let approver = notice()
        .find_map(|line| between(line, "已經", "同意").or_else(|| between(line, "已经", "同意")));
    let issue_date = entry(&DATE_KEYS)
        .and_then(find_date)
        .or_else(|| data.notice.iter().find_map(|line| find_date(line)));
    let period = title.as_deref().and_then(five_year_period);
    Metadata {
        title,
        issuer: entry(&ISSUER_KEYS).map(str::to_owned),
        approver,
        issue_date,
        period,
    }
}

/// The non-empty text between the first `open` and the next `close` after it.
fn between(text: &str, open: &str, close: &str) -> Option<String> {
    // Every line of the front matter is looked at: a short one is passed over without
    // setting up a search.
    if text.len() <= open.len() + close.len() {
        return None;
    }
    let (_, rest) = text.split_once(open)?;
    let (inside, _) = rest.split_once(close)?;
    (!inside.is_empty()).then(|| inside.to_owned())
}

/// The first date written `2022年4月26日` in `text`.
///
/// Each `年` is read with the few bytes around it only: four digits before it, and one
/// or two digits, `月`, one or two digits and `日` after it, so that a text of many `年`
/// is read once, not once for each of them.
fn find_date(text: &str) -> Option<Date> {
    text.match_indices('年').find_map(|(at, _)| {
        let year = text.get(at.checked_sub(4)?..at)?;
        let rest = text.get(at + '年'.len_utf8()..)?;
        let (month, rest) = short_number_before(rest, '月')?;
        let (day, _) = short_number_before(rest, '日')?;
        if !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Date::new(year.parse().ok()?, month, day)
    })
}

/// One or two ASCII digits at the start of `text` and `mark` right after them: their
/// value and the text after the mark.
fn short_number_before(text: &str, mark: char) -> Option<(u8, &str)> {
    let digits = text.bytes().take(3).take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let (number, rest) = text.split_at_checked(digits)?;
    Some((number.parse().ok()?, rest.strip_prefix(mark)?))
}

/// The years of the five-year plan a title names in quotes: `“十四五”` is 2021–2025.
fn five_year_period(title: &str) -> Option<Period> {
    let mut rest = title;
    while let Some((_, after)) = rest.split_once('“') {
        let (quoted, tail) = after.split_once('”')?;
        if let Some(n) = quoted.strip_suffix('五').and_then(from_numeral) {
            // The first two plans ran 1953–1962; three years of adjustment followed,
            // and the third began in 1966.
            let start = match n {
                1 => 1953,
                2 => 1958,
                _ => 1966 + 5 * (u16::from(n) - 3),
            };
            return Some(Period {
                start,
                end: start + 4,
            });
        }
        rest = tail;
    }
    None
}

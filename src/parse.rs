//! The parser for plain text of the genre: a publication notice, an optional `基本介紹`
//! info box and `全文` marker, a preamble, `一、` parts, `(一)` task groups, `1.標題。正文`
//! tasks and their `責任單位:` lines.
//!
//! It reads Traditional and Simplified script, ASCII and full-width punctuation, task
//! numbers written `1.`, `1．` or `1、`, lines ended by `\n`, `\r\n` or `\r` alone, and
//! a leading byte-order mark; whatever the variant, the plan it returns renders back to
//! the input byte for byte (it checks this before returning).

use strum::IntoEnumIterator;

use crate::Plan;

use crate::error::{Invalid, ParseError, ParseErrorKind};
use crate::model::{
    Brackets, Colon, Date, InfoBox, InfoEntry, Layout, LineEnding, Mention, Metadata, NumberMarker,
    Part, PartKind, Party, Period, Responsibility, ResponsibilityLabel, Task, TaskGroup, group_id,
    part_id, task_id,
};
use crate::numeral::{from_numeral, is_numeral_char};
use crate::plan::PlanData;
use crate::responsibility;
use crate::validate::id_indexes;

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
        parser.at = i + 1;
        parser
            .line(line)
            .map_err(|kind| ParseError::new(i + 1, line, kind))?;
    }
    let origins = std::mem::take(&mut parser.origins);
    let data = parser.finish().map_err(|kind| {
        let last = lines.last().copied().unwrap_or_default();
        ParseError::new(lines.len(), last, kind)
    })?;
    let plan = Plan::from_parsed(data).map_err(|(problems, data)| {
        // The line the first broken invariant stands on; the first line when no line
        // is its own (the metadata, read from the whole front matter).
        let line = problems
            .first()
            .and_then(|problem| origins.line_of(problem, &data))
            .filter(|&line| line >= 1 && line <= lines.len())
            .unwrap_or(1);
        let text = line
            .checked_sub(1)
            .and_then(|i| lines.get(i))
            .copied()
            .unwrap_or_default();
        ParseError::new(line, text, ParseErrorKind::Invalid(problems))
    })?;
    check_lossless(&plan, text, &lines)?;
    Ok(plan)
}

/// The lines a heading's or task's own lines came from.
#[derive(Debug, Default)]
struct NodeLines {
    /// The heading's or the task's line.
    line: usize,
    /// The lines of its paragraphs (a part or group) or continuation (a task).
    lines: Vec<usize>,
    /// A task's responsibility line.
    responsibility: Option<usize>,
}

impl NodeLines {
    fn at(line: usize) -> NodeLines {
        NodeLines {
            line,
            ..NodeLines::default()
        }
    }
}

/// The 1-based line each piece of a plan being read came from, kept as the parser makes
/// the pieces, so that a fault the validation finds afterwards is reported on its line.
#[derive(Debug, Default)]
struct Origins {
    notice: Vec<usize>,
    info_heading: Option<usize>,
    info_entries: Vec<usize>,
    full_text: Option<usize>,
    preamble: Vec<usize>,
    /// Each part's, by index.
    parts: Vec<NodeLines>,
    /// Each part's groups', by index.
    groups: Vec<Vec<NodeLines>>,
    /// Each task's, by number less one.
    tasks: Vec<NodeLines>,
}

impl Origins {
    /// The line a problem's node and field stand on in the text `data` was read from.
    fn line_of(&self, problem: &Invalid, data: &PlanData) -> Option<usize> {
        let field = problem.field.as_str();
        let item = |lines: &[usize], list: &str| {
            list_index(field, list).and_then(|i| lines.get(i).copied())
        };
        match problem.node.as_str() {
            "notice" => item(&self.notice, "notice").or_else(|| self.notice.first().copied()),
            "preamble" => {
                item(&self.preamble, "preamble").or_else(|| self.preamble.first().copied())
            }
            "info_box" => item(&self.info_entries, "info_box.entries").or(self.info_heading),
            "full_text_marker" => self.full_text,
            node => match id_indexes(node) {
                Some((part, None, None)) => self.parts.get(part)?.line_in(field, "paragraphs"),
                Some((part, Some(group), None)) => self
                    .groups
                    .get(part)?
                    .get(group)?
                    .line_in(field, "paragraphs"),
                Some((_, _, Some(task))) => {
                    let task = self.tasks.get(task)?;
                    if field.starts_with("responsibility") {
                        task.responsibility.or(Some(task.line))
                    } else {
                        task.line_in(field, "continuation")
                    }
                }
                None => self.target_line(node, data).or_else(|| {
                    // `task 7`, where the node's id is at fault.
                    let number: usize = node.strip_prefix("task ")?.parse().ok()?;
                    Some(self.tasks.get(number.checked_sub(1)?)?.line)
                }),
            },
        }
    }

    /// The line of the text a target with this id stands in: its task's line, or its
    /// paragraph's.
    fn target_line(&self, id: &str, data: &PlanData) -> Option<usize> {
        let target = data.targets.iter().find(|target| target.id == id)?;
        match (target.task, target.paragraph) {
            (Some(task), _) => Some(self.tasks.get(usize::from(task).checked_sub(1)?)?.line),
            (None, Some(paragraph)) => {
                let part = self.parts.get(usize::from(target.part).checked_sub(1)?)?;
                part.lines.get(paragraph).copied()
            }
            (None, None) => None,
        }
    }
}

impl NodeLines {
    /// The line of `list[i]` when the field is one, else the node's own line.
    fn line_in(&self, field: &str, list: &str) -> Option<usize> {
        Some(
            list_index(field, list)
                .and_then(|i| self.lines.get(i).copied())
                .unwrap_or(self.line),
        )
    }
}

/// `i` in a field `list[i]` or `list[i].…`.
fn list_index(field: &str, list: &str) -> Option<usize> {
    let rest = field.strip_prefix(list)?.strip_prefix('[')?;
    let (index, _) = rest.split_once(']')?;
    index.parse().ok()
}

/// The text's lines, without their line breaks, and its layout.
///
/// A leading byte-order mark is kept in the layout, not in the first line. The first line
/// break sets the line ending (`\n`, `\r\n` or `\r` alone); any other `\r` or `\n` is
/// a line break of another kind, and refused.
fn split_lines(text: &str) -> Result<(Vec<&str>, Layout), ParseError> {
    let (text, byte_order_mark) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (rest, true),
        None => (text, false),
    };
    if text.is_empty() {
        return Err(ParseError::new(1, "", ParseErrorKind::EmptyDocument));
    }
    let line_ending = first_break(text).map_or(LineEnding::Lf, |at| ending_at(text, at));
    let ending = line_ending.as_str();
    let final_newline = text.ends_with(ending);
    let body = text.strip_suffix(ending).unwrap_or(text);
    // Split at a `char`, which is found with a fast byte search (a `&str` pattern is
    // not): `\r\n` lines are split at their `\n`, and their `\r` taken off after.
    let separator = if line_ending == LineEnding::Cr {
        '\r'
    } else {
        '\n'
    };
    // Whether a break of another kind may stand in a line: looked for once in the whole
    // text where one byte tells, so that lines are searched only when one does.
    let strays = match line_ending {
        LineEnding::Lf => text.contains('\r'),
        LineEnding::Cr => text.contains('\n'),
        LineEnding::CrLf => true,
    };
    let mut lines = Vec::new();
    let mut offset = 0;
    let mut raw_lines = body.split(separator).enumerate().peekable();
    while let Some((i, raw)) = raw_lines.next() {
        let terminated = raw_lines.peek().is_some();
        let line = match (line_ending, terminated) {
            (LineEnding::CrLf, true) => match raw.strip_suffix('\r') {
                Some(line) => line,
                None => return Err(mixed(i + 1, raw, line_ending, LineEnding::Lf)),
            },
            _ => raw,
        };
        if let Some(at) = strays.then(|| first_break(line)).flatten() {
            let stray = offset + at;
            // In `\r` text, a `\r\n` shows as a line that starts with `\n`: that break
            // ends the line before.
            let after_cr = at == 0 && stray > 0 && text.as_bytes().get(stray - 1) == Some(&b'\r');
            return Err(if after_cr {
                let before = lines.last().copied().unwrap_or_default();
                mixed(i, before, line_ending, LineEnding::CrLf)
            } else {
                let before = line.get(..at).unwrap_or_default();
                mixed(i + 1, before, line_ending, ending_at(text, stray))
            });
        }
        lines.push(line);
        offset += raw.len() + separator.len_utf8();
    }
    let layout = Layout {
        line_ending,
        final_newline,
        byte_order_mark,
    };
    Ok((lines, layout))
}

/// Where the first `\r` or `\n` of `text` stands. Each is looked for alone, as a single
/// `char` is looked for with a fast byte search (a pattern of two decodes every
/// character), the `\r` only before the first `\n`.
fn first_break(text: &str) -> Option<usize> {
    let lf = text.find('\n');
    let before = lf.and_then(|at| text.get(..at)).unwrap_or(text);
    before.find('\r').or(lf)
}

/// The line ending that starts at byte `at` of `text`, where a `\r` or `\n` stands.
fn ending_at(text: &str, at: usize) -> LineEnding {
    match text.get(at..).map(str::as_bytes) {
        Some([b'\r', b'\n', ..]) => LineEnding::CrLf,
        Some([b'\r', ..]) => LineEnding::Cr,
        _ => LineEnding::Lf,
    }
}

fn mixed(line: usize, text: &str, expected: LineEnding, found: LineEnding) -> ParseError {
    let name = |ending| match ending {
        LineEnding::Lf => "`\\n`",
        LineEnding::CrLf => "`\\r\\n`",
        LineEnding::Cr => "`\\r`",
    };
    let kind = ParseErrorKind::MixedLineEndings {
        expected: name(expected),
        found: name(found),
    };
    ParseError::new(line, text, kind)
}

/// Renders the plan and compares it with the input, naming the first line that differs.
fn check_lossless(plan: &Plan, text: &str, lines: &[&str]) -> Result<(), ParseError> {
    let rendered = plan.to_text();
    if rendered == text {
        return Ok(());
    }
    let rendered = rendered.strip_prefix('\u{feff}').unwrap_or(&rendered);
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
    /// The number of the line being read.
    at: usize,
    /// The lines the pieces read so far came from.
    origins: Origins,
}

impl Parser {
    fn new(layout: Layout) -> Parser {
        Parser {
            data: PlanData::new(layout),
            front: Front::Notice,
            cursor: Cursor::PartIntro,
            next_task: 1,
            at: 0,
            origins: Origins::default(),
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
                self.origins.info_heading = Some(self.at);
                self.front = Front::InfoBox;
            }
            Front::InfoBox => match (info_entry(line), &mut self.data.info_box) {
                (Some(entry), Some(info_box)) => {
                    info_box.entries.push(entry);
                    self.origins.info_entries.push(self.at);
                }
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
        self.origins.full_text = Some(self.at);
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
            self.origins.preamble = std::mem::take(&mut self.origins.notice);
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
        self.origins.parts.push(NodeLines::at(self.at));
        self.origins.groups.push(Vec::new());
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
                    "in part {} {}, which holds no groups",
                    part.number,
                    crate::quote::quoted(&part.title)
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
        if let Some(groups) = self.origins.groups.last_mut() {
            groups.push(NodeLines::at(self.at));
        }
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
        self.origins.tasks.push(NodeLines::at(self.at));
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
        if let Some(task) = self.origins.tasks.last_mut() {
            task.responsibility = Some(self.at);
        }
        self.cursor = Cursor::Task {
            number,
            responsibility: true,
        };
        Ok(())
    }

    fn text(&mut self, line: &str) -> Result<(), ParseErrorKind> {
        let line = line.to_owned();
        let at = self.at;
        let origins = &mut self.origins;
        let Some(part) = self.data.parts.last_mut() else {
            match self.front {
                Front::Notice => {
                    self.data.notice.push(line);
                    origins.notice.push(at);
                }
                Front::InfoBox | Front::Preamble => {
                    self.data.preamble.push(line);
                    origins.preamble.push(at);
                    self.front = Front::Preamble;
                }
            }
            return Ok(());
        };
        match self.cursor {
            Cursor::PartIntro => {
                part.paragraphs.push(line);
                if let Some(part) = origins.parts.last_mut() {
                    part.lines.push(at);
                }
            }
            Cursor::GroupIntro => {
                if let Some(group) = part.groups.last_mut() {
                    group.paragraphs.push(line);
                }
                if let Some(group) = origins.groups.last_mut().and_then(|g| g.last_mut()) {
                    group.lines.push(at);
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
                if let Some(task) = self.origins.tasks.last_mut() {
                    task.lines.push(at);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::InvalidKind;

    /// The lines and data the parser keeps for `text`, before the validation.
    fn read(text: &str) -> Result<(Origins, PlanData), String> {
        let (lines, layout) = split_lines(text).map_err(|err| err.to_string())?;
        let mut parser = Parser::new(layout);
        for (i, line) in lines.iter().enumerate() {
            parser.at = i + 1;
            parser.line(line).map_err(|err| err.to_string())?;
        }
        let origins = std::mem::take(&mut parser.origins);
        let data = parser.finish().map_err(|err| err.to_string())?;
        Ok((origins, data))
    }

    #[test]
    fn each_node_and_field_maps_to_its_line() -> Result<(), String> {
        let text = "通知。\n基本介紹\n- 頒布時間:2022年4月26日\n全文\n前言。\n\
                    一、主要目標\n到2025年,入學率達到95%。\n二、重點任務\n(一)第一組\n組的說明。\n\
                    1.甲。到2025年,建成10所學校。\n續行。\n續行二。\n責任單位:市民政局\n\
                    三、組織實施\n2.丁。正文。";
        let (origins, data) = read(text)?;
        let ids: Vec<&str> = data.targets.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["p1.1", "t1.1"]);
        let cases = [
            ("notice", "notice[0]", Some(1)),
            ("info_box", "info_box.heading", Some(2)),
            ("info_box", "info_box.entries[0]", Some(3)),
            ("full_text_marker", "full_text_marker", Some(4)),
            ("preamble", "preamble[0]", Some(5)),
            ("part-1", "title", Some(6)),
            ("part-1", "paragraphs[0]", Some(7)),
            ("p1.1", "span", Some(7)),
            ("part-2/group-1", "number", Some(9)),
            ("part-2/group-1", "paragraphs[0]", Some(10)),
            ("part-2/group-1/task-1", "body", Some(11)),
            ("t1.1", "deadline", Some(11)),
            ("part-2/group-1/task-1", "continuation[0]", Some(12)),
            ("part-2/group-1/task-1", "continuation[1]", Some(13)),
            (
                "part-2/group-1/task-1",
                "responsibility.parties[0].span",
                Some(14),
            ),
            ("part-3", "paragraphs[0]", Some(15)),
            ("part-3/task-2", "title", Some(16)),
            ("task 2", "id", Some(16)),
            ("metadata", "metadata.title", None),
        ];
        for (node, field, line) in cases {
            let problem = Invalid::new(node, field, InvalidKind::EmptyTitle);
            assert_eq!(origins.line_of(&problem, &data), line, "{node} {field}");
        }
        Ok(())
    }

    #[test]
    fn a_notice_that_becomes_the_preamble_keeps_its_lines() -> Result<(), String> {
        let (origins, _) = read("前言一。\n前言二。\n一、主要目標\n目標。")?;
        assert_eq!(origins.preamble, [1, 2]);
        assert!(origins.notice.is_empty());
        Ok(())
    }
}

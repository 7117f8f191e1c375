//! The parser for plain text of the genre: a publication notice, an optional `基本介紹`
//! info box and `全文` marker, a preamble, `一、` parts, `(一)` task groups, `1.標題。正文`
//! tasks and their `責任單位:` lines.
//!
//! It reads Traditional and Simplified script, ASCII and full-width punctuation, task
//! numbers written `1.`, `1．` or `1、`, lines ended by `\n`, `\r\n` or `\r` alone, and
//! a leading byte-order mark; whatever the variant, the plan it returns renders back to
//! the input byte for byte (it checks this before returning).

use crate::base::quote::quoted;
use crate::fault::{Invalid, ParseError, ParseErrorKind};
use crate::model::ids::{group_id, id_indexes, part_id, task_id};
use crate::model::{
    Brackets, Colon, InfoBox, Layout, NumberMarker, Part, PartKind, PlanData, Responsibility,
    ResponsibilityLabel, Task, TaskGroup,
};
use crate::read::deadlines;
use crate::read::front::derive_metadata;
use crate::read::lines::{
    Line, SpacingBuilder, classify, indented, info_entry, is_annex_list_start, is_full_text_marker,
    is_info_heading, is_table_header, looks_like_part_heading, split_lines,
};
use crate::read::organizations::{self, Fill};
use crate::read::responsibility;
use crate::read::targets;

/// A text read into a plan's data, with its lines and the line each piece came from,
/// before any invariant between the pieces is checked.
pub(crate) struct Reading<'t> {
    pub(crate) data: PlanData,
    pub(crate) origins: Origins,
    pub(crate) lines: Vec<&'t str>,
}

/// Reads `text` line by line into a plan's data; the first line that does not fit the
/// genre is the error.
pub(crate) fn read(text: &str) -> Result<Reading<'_>, ParseError> {
    let (lines, layout) = split_lines(text)?;
    let mut parser = Parser::new(layout);
    let mut spacing = SpacingBuilder::default();
    for (i, line) in lines.iter().enumerate() {
        parser.at = i + 1;
        let Some(content) = spacing.line(i + 1, line) else {
            continue;
        };
        parser
            .line(content)
            .map_err(|kind| ParseError::new(i + 1, line, kind))?;
    }
    parser.data.spacing = spacing.finish();
    let origins = std::mem::take(&mut parser.origins);
    let table = parser.table;
    let data = parser.finish().map_err(|kind| {
        // No part: the error names the table the text is laid out as, the first line
        // that looks like a part heading, or the first line.
        let (at, kind) = match (kind, table) {
            (ParseErrorKind::NoParts, Some(at)) => {
                let header = lines.get(at - 1).copied().unwrap_or_default();
                let columns = header
                    .split('|')
                    .map(str::trim)
                    .filter(|cell| !cell.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ");
                (at, ParseErrorKind::TableLayout { columns })
            }
            (ParseErrorKind::NoParts, None) => {
                let at = lines
                    .iter()
                    .position(|line| {
                        indented(line).is_some_and(|(_, c)| looks_like_part_heading(c))
                    })
                    .or_else(|| lines.iter().position(|line| indented(line).is_some()))
                    .map_or(1, |i| i + 1);
                (at, ParseErrorKind::NoParts)
            }
            (kind, _) => (lines.len(), kind),
        };
        let line = at.checked_sub(1).and_then(|i| lines.get(i)).copied();
        ParseError::new(at, line.unwrap_or_default(), kind)
    })?;
    Ok(Reading {
        data,
        origins,
        lines,
    })
}

/// The lines a heading's or task's own lines came from.
#[derive(Debug, Default)]
struct NodeLines {
    /// The heading's or the task's line.
    line: usize,
    /// The lines of its paragraphs (a part or group) or continuation (a task).
    lines: Vec<usize>,
    /// A task's responsibility lines.
    responsibility: Vec<usize>,
    /// A task's lines after them.
    closing: Vec<usize>,
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
pub(crate) struct Origins {
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
    pub(crate) fn line_of(&self, problem: &Invalid, data: &PlanData) -> Option<usize> {
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
                    if let Some(rest) = field.strip_prefix("further_responsibility") {
                        let i = list_index(field, "further_responsibility").unwrap_or(0);
                        let _ = rest;
                        task.responsibility.get(i + 1).copied().or(Some(task.line))
                    } else if field.starts_with("responsibility") {
                        task.responsibility.first().copied().or(Some(task.line))
                    } else if field.starts_with("closing") {
                        let i = list_index(field, "closing").unwrap_or(0);
                        task.closing.get(i).copied().or(Some(task.line))
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
    /// On a task, and how many responsibility lines it has had.
    Task {
        number: u16,
        responsibility: usize,
    },
}

struct Parser {
    data: PlanData,
    front: Front,
    cursor: Cursor,
    next_task: u32,
    /// The number of the line being read.
    at: usize,
    /// Whether the line before, in the notice, opened an annex list or was one of its
    /// items.
    in_annex_list: bool,
    /// The first line that heads a table of tasks, if any.
    table: Option<usize>,
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
            in_annex_list: false,
            table: None,
            origins: Origins::default(),
        }
    }

    fn line(&mut self, line: &str) -> Result<(), ParseErrorKind> {
        if self.table.is_none() && is_table_header(line) {
            self.table = Some(self.at);
        }
        if self.data.parts.is_empty() {
            if self.front_matter(line) {
                return Ok(());
            }
            // The items of a notice's annex list read as tasks, and are not.
            let listed = self.in_annex_list
                && self.front == Front::Notice
                && matches!(classify(line), Ok(Line::Task { .. }));
            self.in_annex_list = listed || is_annex_list_start(line);
            if listed {
                return self.text(line);
            }
        }
        match classify(line)? {
            Line::Part { number, title } => self.part(number, title),
            Line::Group {
                number,
                brackets,
                title,
                title_stop,
                body,
            } => self.group(number, brackets, (title, title_stop, body)),
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

    fn group(
        &mut self,
        number: u8,
        brackets: Brackets,
        (title, title_stop, body): (&str, bool, &str),
    ) -> Result<(), ParseErrorKind> {
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
                    quoted(&part.title)
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
            title_stop,
            body: body.to_owned(),
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
            further_responsibility: Vec::new(),
            closing: Vec::new(),
            notes: Vec::new(),
            // The mentions and notes are read once the front matter, and so the plan's
            // own place, is.
            mentions: Vec::new(),
            domains: Vec::new(),
            // The deadline too, as a month without a year is in the document's year.
            deadline: None,
        });
        self.origins.tasks.push(NodeLines::at(self.at));
        self.next_task += 1;
        self.cursor = Cursor::Task {
            number,
            responsibility: 0,
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
        let task = self
            .current_task()
            .ok_or(ParseErrorKind::ResponsibilityWithoutTask)?;
        // A task may have several lines of different labels (`牽頭單位:` then `配合單位:`),
        // but not the same label twice, in either script; and its lines stand together,
        // before any line of text after them.
        if !task.closing.is_empty() {
            return Err(ParseErrorKind::ResponsibilityWithoutTask);
        }
        let repeated = task
            .responsibility
            .iter()
            .chain(&task.further_responsibility)
            .any(|line| line.label.traditional() == label.traditional());
        if repeated {
            return Err(ParseErrorKind::DuplicateResponsibility { task: number });
        }
        // The parties are read once the front matter, and so the plan's own place, is.
        responsibility::check_items(text)?;
        let line = Responsibility {
            label,
            colon,
            text: text.to_owned(),
            parties: Vec::new(),
        };
        if task.responsibility.is_none() {
            task.responsibility = Some(line);
        } else {
            task.further_responsibility.push(line);
        }
        if let Some(task) = self.origins.tasks.last_mut() {
            task.responsibility.push(self.at);
        }
        self.cursor = Cursor::Task {
            number,
            responsibility: responsibility + 1,
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
            // Text after the responsibility lines is kept; a `完成時限:…` line among
            // it is read for the task's deadline once the metadata is.
            Cursor::Task {
                responsibility: 1..,
                ..
            } => {
                if let Some(task) = self.current_task() {
                    task.closing.push(line);
                }
                if let Some(task) = self.origins.tasks.last_mut() {
                    task.closing.push(at);
                }
            }
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
        organizations::complete(&mut self.data, Fill::Read);
        deadlines::fill(&mut self.data);
        self.data.targets = targets::targets(&self.data);
        Ok(self.data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fault::InvalidKind;

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

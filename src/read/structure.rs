//! The parser for plain text of the genre, which finds each document's own structure:
//! a publication notice, an optional `基本介紹` info box and `全文` marker, a preamble,
//! parts, task groups and tasks numbered in whatever styles the document uses (`一、`
//! `（一）` `1.` `1．` `1﹒` `（1）` `①` …), their `責任單位:` lines and notes, boxes
//! (`专栏`), signature blocks, and annexes (`附件1`) that are documents of their own.
//!
//! It reads in two passes. The first splits the text into documents (the text before
//! the first annex, then each annex) and works out, for each, which levels of
//! numbering it uses and which of them holds the tasks: the level whose items carry
//! responsibility (a `責任單位:` line after them, or a note in them), or, where none
//! does and no paragraph does either, the deepest level below the document's top. The
//! level above the tasks holds the
//! groups, the top level the parts; a level between them, or a responsibility line
//! with no task, is kept as text (the diagnostics say so). Where no numbered level
//! carries responsibility but paragraphs do, each such paragraph is an unnumbered
//! task. The second pass builds the tree line by line. Numbers are kept as written,
//! in any sequence: running on across parts, restarting, or skipping.
//!
//! It reads Traditional and Simplified script, ASCII and full-width punctuation, lines
//! ended by `\n`, `\r\n` or `\r` alone, and a leading byte-order mark; whatever the
//! variant, the plan it returns renders back to the input byte for byte (it checks this
//! before returning). Only what is not text of the genre at all (an empty text, line
//! endings mixed) is an error.

use crate::fault::{Invalid, ParseError};
use crate::model::ids::{group_id, id_indexes, part_id, task_id};
use crate::model::{
    Annex, Brackets, Colon, InfoBox, Layout, NumberMarker, Part, PartKind, PlanData,
    Responsibility, ResponsibilityLabel, Sidebar, Task, TaskGroup,
};
use crate::read::deadlines;
use crate::read::front::derive_metadata;
use crate::read::lines::{
    Numbered, ResponsibilityLine, SpacingBuilder, info_entry, is_annex_list_start, is_annex_start,
    is_info_heading, is_sidebar_heading, malformed, numbered, responsibility_line, split_lines,
};
use crate::read::notes::Scan;
use crate::read::organizations::{self, Fill};
use crate::read::responsibility;
use crate::read::signature::signature_len;
use crate::read::table::{Row, TableHeader};
use crate::read::targets;

/// A text read into a plan's data, with its lines and the line each piece came from,
/// before any invariant between the pieces is checked.
pub(crate) struct Reading<'t> {
    pub(crate) data: PlanData,
    pub(crate) origins: Origins,
    pub(crate) lines: Vec<&'t str>,
}

/// Reads `text` into a plan's data. Any text of the genre gives one; the error is for
/// an empty text, or one whose line endings are mixed.
pub(crate) fn read(text: &str) -> Result<Reading<'_>, ParseError> {
    read_as(text, Derive::Everything)
}

/// Reads `text` into a plan's tree and front matter alone, without what is derived
/// from them (the metadata, organisations, parties, deadlines and targets): what the
/// check that a plan's text reads back into it compares.
pub(crate) fn read_tree(text: &str) -> Result<PlanData, ParseError> {
    read_as(text, Derive::Nothing).map(|reading| reading.data)
}

/// How much of a plan's data a reading derives from the tree.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Derive {
    Everything,
    Nothing,
}

fn read_as(text: &str, derive: Derive) -> Result<Reading<'_>, ParseError> {
    let (lines, layout) = split_lines(text)?;
    let mut spacing = SpacingBuilder::default();
    let mut contents = Vec::new();
    // The header of the table the lines stand in: a table runs to the next annex.
    let mut table: Option<TableHeader> = None;
    for (i, line) in lines.iter().enumerate() {
        if let Some(content) = spacing.line(i + 1, line) {
            let shape = shape(content, table.as_ref());
            match shape {
                Shape::Annex => table = None,
                Shape::Text => {
                    if let Some(header) = TableHeader::read(content) {
                        table = Some(header);
                    }
                }
                _ => {}
            }
            let note = match &shape {
                Shape::Item(item) => has_note(item.rest),
                Shape::Row(row) => has_note(row.title()),
                Shape::Text => has_note(content),
                _ => false,
            };
            contents.push(Content {
                at: i + 1,
                text: content,
                shape,
                note,
            });
        }
    }
    let mut parser = Parser::new(layout);
    parser.data.spacing = spacing.finish();
    // The documents: the text before the first annex, then each annex.
    let mut documents: Vec<&[Content<'_>]> = Vec::new();
    let mut rest = contents.as_slice();
    // An annex's number is a `u8`: past the 255th, an annex's heading is the last
    // annex's text. (The documents pushed here and the one after them are at most 255
    // annexes and the text before the first, which may be an annex itself.)
    while let Some(at) = rest
        .iter()
        .skip(1)
        .position(|line| matches!(line.shape, Shape::Annex))
        .filter(|_| documents.len() + 1 < usize::from(u8::MAX))
    {
        let (document, after) = rest.split_at(at + 1);
        documents.push(document);
        rest = after;
    }
    documents.push(rest);
    let censuses: Vec<Census> = documents.iter().map(|d| census(d)).collect();
    let any_carries = censuses.iter().any(Census::carries);
    for (i, (document, census)) in documents.iter().zip(&censuses).enumerate() {
        let is_annex = i > 0
            || document
                .first()
                .is_some_and(|l| matches!(l.shape, Shape::Annex));
        let others = any_carries && !census.carries();
        let (levels, unnumbered) = census.levels(others);
        parser.document(document, levels, unnumbered, is_annex);
    }
    let (data, origins) = parser.finish(derive);
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
    /// The signature blocks'.
    signature: Vec<usize>,
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

/// What a content line is by its shape, before the document's levels say what it is.
#[derive(Clone)]
enum Shape<'t> {
    /// A line that opens with a number.
    Item(Numbered<'t>),
    /// A row of a table of tasks, under its header.
    Row(Box<Row>),
    /// `責任單位:…`, whose list reads.
    Responsibility {
        label: ResponsibilityLabel,
        colon: Colon,
        text: &'t str,
    },
    /// `附件1` alone: an annex starts.
    Annex,
    /// `专栏1 …`: a box starts.
    Sidebar,
    /// Anything else.
    Text,
}

/// The shape of a line, under the header of the table it stands in, if any.
fn shape<'t>(line: &'t str, table: Option<&TableHeader>) -> Shape<'t> {
    if let Some(row) = table.and_then(|header| header.row(line)) {
        // A number cell written otherwise than its value (`09`, `２１`) is text.
        if row.written == row.number.to_string() {
            return Shape::Row(Box::new(row));
        }
    }
    if is_annex_start(line) {
        return Shape::Annex;
    }
    if let Some(item) = numbered(line) {
        return Shape::Item(item);
    }
    if let Some(ResponsibilityLine { label, colon, text }) = responsibility_line(line) {
        if responsibility::check_items(text).is_ok() {
            return Shape::Responsibility { label, colon, text };
        }
    }
    if is_sidebar_heading(line) {
        return Shape::Sidebar;
    }
    Shape::Text
}

/// One content line: its number in the text, its content, its shape, and whether it
/// holds a note of responsibility (looked for once, as the passes ask it more than
/// once).
struct Content<'t> {
    at: usize,
    text: &'t str,
    shape: Shape<'t>,
    note: bool,
}

/// Which rank of numbering (see `NumberMarker::rank`) holds a document's parts, its
/// groups and its tasks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Levels {
    part: Option<u8>,
    group: Option<u8>,
    task: Option<u8>,
}

/// What an item opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Part,
    Group,
    Task,
}

impl Levels {
    /// What an item of this rank opens; `None` for one kept as text.
    fn role(self, rank: u8) -> Option<Role> {
        if Some(rank) == self.part {
            Some(Role::Part)
        } else if Some(rank) == self.group {
            Some(Role::Group)
        } else if Some(rank) == self.task {
            Some(Role::Task)
        } else {
            None
        }
    }
}

/// Whether a line's text holds a note that reads, or reads like, responsibility.
fn has_note(text: &str) -> bool {
    // Each bracket is looked for alone: a single `char` is found with a fast byte
    // search, a set of them by decoding every character.
    if !text.contains('(') && !text.contains('（') {
        return false;
    }
    let mut scan = Scan::default();
    scan.line(text, None, None);
    !scan.notes.is_empty() || !scan.unread.is_empty()
}

/// How many ranks of numbering there are.
const RANKS: usize = 8;

/// What one document (the text before the first annex, or an annex) numbers and what
/// carries responsibility in it: how many items of each rank, how many of them carry
/// it, and how many paragraphs do.
struct Census {
    items: [usize; RANKS],
    carriers: [usize; RANKS],
    unnumbered: usize,
}

/// Counts what a document numbers, and what carries responsibility in it.
fn census(lines: &[Content<'_>]) -> Census {
    let mut items = [0usize; RANKS];
    let mut carriers = [0usize; RANKS];
    let mut unnumbered = 0usize;
    // The item whose text the lines are: its rank, whether it is a heading alone (an
    // `一、` or `（一）` item of a title with no text after it, whose next paragraph is
    // no text of its), and whether it has been counted as carrying responsibility.
    let mut current: Option<Current> = None;
    let mut previous_text = false;
    for line in lines {
        match &line.shape {
            &Shape::Item(item) => {
                let rank = item.marker.rank();
                if let Some(slot) = items.get_mut(usize::from(rank)) {
                    *slot += 1;
                }
                let heading = rank <= 1
                    && item
                        .rest
                        .split_once('。')
                        .is_none_or(|(_, body)| body.trim().is_empty());
                current = Some(Current {
                    rank: usize::from(rank),
                    heading,
                    counted: false,
                });
                if line.note {
                    carry(&mut current, &mut carriers);
                }
            }
            Shape::Responsibility { .. } => match current {
                // A paragraph after a heading, with the line after it, is the unit.
                Some(Current { heading: true, .. }) if previous_text => unnumbered += 1,
                Some(_) => carry(&mut current, &mut carriers),
                None if previous_text => unnumbered += 1,
                None => {}
            },
            Shape::Row(row) => {
                let rank = usize::from(NumberMarker::Cell.rank());
                if let Some(slot) = items.get_mut(rank) {
                    *slot += 1;
                }
                current = Some(Current {
                    rank,
                    heading: false,
                    counted: false,
                });
                if row.bodies().next().is_some() || line.note {
                    carry(&mut current, &mut carriers);
                }
            }
            Shape::Text if line.note => match current {
                Some(Current { heading: false, .. }) => carry(&mut current, &mut carriers),
                // A note in a paragraph after a heading, or before any item, is the
                // paragraph's.
                _ => unnumbered += 1,
            },
            Shape::Text => {}
            Shape::Annex | Shape::Sidebar => current = None,
        }
        // A paragraph, not a line that opens like an item and is none (`01.…`).
        previous_text = matches!(line.shape, Shape::Text) && malformed(line.text).is_none();
    }
    Census {
        items,
        carriers,
        unnumbered,
    }
}

impl Census {
    /// The rank whose items carry responsibility most often, the deeper on a tie; a
    /// rank of which fewer than a third do (a heading that mentions a `牵头单位`) does
    /// not hold the tasks.
    fn carrying(&self) -> Option<u8> {
        (0u8..)
            .zip(self.carriers.iter().zip(self.items))
            .filter(|&(_, (&count, items))| count > 0 && count.saturating_mul(3) >= items)
            .max_by_key(|&(rank, (&count, _))| (count, rank))
            .map(|(rank, _)| rank)
    }

    /// Whether the document has lines that carry responsibility: items of a level, or
    /// paragraphs.
    fn carries(&self) -> bool {
        self.carrying().is_some() || self.unnumbered > 0
    }

    /// The levels the document uses, and whether its tasks are unnumbered paragraphs.
    /// `others_have_tasks` says whether another document of the text has lines that
    /// carry responsibility, in which case a document without any has no tasks of its
    /// own (a notice's summary of its annex).
    fn levels(&self, others_have_tasks: bool) -> (Levels, bool) {
        let unnumbered = self.unnumbered;
        let ranks: Vec<u8> = (0u8..)
            .zip(self.items)
            .filter_map(|(rank, count)| (count > 0).then_some(rank))
            .collect();
        let shallowest = ranks.first().copied();
        let carrying = self.carrying();
        let (task, unnumbered_tasks) = match carrying {
            Some(rank) => (Some(rank), false),
            None if unnumbered > 0 => (None, true),
            None if others_have_tasks => (None, false),
            // Without responsibility: the deepest level of the document, below its top
            // level; a document numbered at one level of headings (`一、` or `（一）`)
            // alone has parts and no tasks.
            None => {
                let deepest = ranks.last().copied();
                let task = deepest.filter(|&rank| rank >= 2 || Some(rank) != shallowest);
                (task, false)
            }
        };
        let part = match (shallowest, task) {
            (Some(top), Some(task)) if top < task => Some(top),
            (_, Some(_)) => None,
            (top, None) => top,
        };
        let group = match task {
            Some(task) => ranks
                .iter()
                .copied()
                .filter(|&rank| Some(rank) != part && rank < task)
                .max(),
            None => ranks.iter().copied().find(|&rank| Some(rank) != part),
        };
        (Levels { part, group, task }, unnumbered_tasks)
    }
}

/// The item the lines being looked at belong to, in [`census`].
#[derive(Debug, Clone, Copy)]
struct Current {
    rank: usize,
    heading: bool,
    counted: bool,
}

/// Counts the current item as carrying responsibility, once.
fn carry(current: &mut Option<Current>, carriers: &mut [usize; RANKS]) {
    if let Some(item) = current.as_mut().filter(|item| !item.counted) {
        item.counted = true;
        if let Some(count) = carriers.get_mut(item.rank) {
            *count += 1;
        }
    }
}

/// A box (`专栏`) being read: the numbers that would end it.
#[derive(Debug, Clone, Copy)]
struct OpenBox {
    /// The written number of the task after the one it follows (`None` when it follows
    /// no numbered task): that task ends it.
    next_task: Option<u16>,
    /// The number its own next item would have (`None` before its first).
    next_item: Option<u16>,
}

/// What the last structural line was, inside a document's parts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cursor {
    PartIntro,
    GroupIntro,
    /// On a task, and how many responsibility lines it has had.
    Task {
        responsibility: usize,
    },
}

/// Where the front matter (before the first part) stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Front {
    Notice,
    InfoBox,
    Preamble,
}

struct Parser {
    data: PlanData,
    front: Front,
    cursor: Cursor,
    /// The number of the line being read.
    at: usize,
    /// Whether the line before, in the notice, opened an annex list or was one of its
    /// items.
    in_annex_list: bool,
    /// The annex being read, by index, or `None` in the document itself.
    annex: Option<usize>,
    /// The index of the document's first part, once it has one.
    first_part: Option<usize>,
    /// Inside a box, what ends it.
    sidebar: Option<OpenBox>,
    /// The lines the pieces read so far came from.
    origins: Origins,
}

impl Parser {
    fn new(layout: Layout) -> Parser {
        Parser {
            data: PlanData::new(layout),
            front: Front::Notice,
            cursor: Cursor::PartIntro,
            at: 0,
            in_annex_list: false,
            annex: None,
            first_part: None,
            sidebar: None,
            origins: Origins::default(),
        }
    }

    /// Reads one document: the text before the first annex, or an annex from its
    /// heading on.
    fn document(
        &mut self,
        lines: &[Content<'_>],
        levels: Levels,
        unnumbered: bool,
        is_annex: bool,
    ) {
        self.first_part = None;
        self.cursor = Cursor::PartIntro;
        self.sidebar = None;
        let mut lines = lines;
        if is_annex {
            if let Some((heading, rest)) = lines.split_first() {
                self.at = heading.at;
                let number = u8::try_from(self.data.annexes.len() + 1).unwrap_or(u8::MAX);
                self.data.annexes.push(Annex {
                    id: format!("annex-{number}"),
                    number,
                    heading: heading.text.to_owned(),
                    lines: Vec::new(),
                    signature: Vec::new(),
                });
                self.annex = Some(self.data.annexes.len() - 1);
                lines = rest;
            }
        }
        // A signature block is among the lines of text that end the document.
        let trailing = lines
            .iter()
            .rev()
            .take_while(|line| matches!(line.shape, Shape::Text))
            .count();
        let texts: Vec<&str> = lines
            .iter()
            .skip(lines.len() - trailing)
            .map(|line| line.text)
            .collect();
        let signature = signature_len(&texts);
        let (body, signature) = lines.split_at(lines.len().saturating_sub(signature));
        for (i, line) in body.iter().enumerate() {
            self.at = line.at;
            // An unnumbered task: a paragraph with a note, or with a responsibility
            // line after it.
            let next_is_responsibility = matches!(
                body.get(i + 1).map(|next| &next.shape),
                Some(Shape::Responsibility { .. })
            );
            let carries = unnumbered
                && matches!(line.shape, Shape::Text)
                && malformed(line.text).is_none()
                && (next_is_responsibility || line.note)
                && (self.first_part.is_some() || levels.part.is_none());
            if carries && self.sidebar.is_none() {
                self.task(NumberMarker::Unnumbered, None, line.text);
            } else {
                self.line(line, levels);
            }
        }
        for line in signature {
            let list = match self.annex.and_then(|i| self.data.annexes.get_mut(i)) {
                Some(annex) => &mut annex.signature,
                None => &mut self.data.signature,
            };
            list.push(line.text.to_owned());
            self.origins.signature.push(line.at);
        }
    }

    fn line(&mut self, line: &Content<'_>, levels: Levels) {
        let text = line.text;
        if self.first_part.is_none() && self.annex.is_none() && self.front_matter(text) {
            return;
        }
        // A box ends at a heading, or at the task that comes next.
        if let Some(box_) = self.sidebar {
            // The box's own items number 1, 2, 3…; the next task's number ends it, unless
            // it is also the box's next and carries no note.
            let task_ends = |value: u16| {
                box_.next_task.is_none_or(|next| next == value)
                    && (box_.next_item != Some(value) || line.note)
            };
            let ends = match &line.shape {
                Shape::Row(row) => task_ends(row.number),
                &Shape::Item(item) => match levels.role(item.marker.rank()) {
                    Some(Role::Part | Role::Group) => true,
                    Some(Role::Task) => task_ends(item.value),
                    None => false,
                },
                Shape::Sidebar => true,
                _ => false,
            };
            if !ends {
                if let &Shape::Item(item) = &line.shape {
                    if box_.next_item.is_none_or(|next| next == item.value) {
                        self.sidebar = Some(OpenBox {
                            next_item: item.value.checked_add(1),
                            ..box_
                        });
                    }
                }
                self.sidebar_line(text);
                return;
            }
            self.sidebar = None;
        }
        match &line.shape {
            Shape::Row(row) => match levels.role(NumberMarker::Cell.rank()) {
                Some(Role::Task) => self.row(row),
                _ => self.text(text),
            },
            &Shape::Item(item) => {
                let role = levels.role(item.marker.rank());
                let in_front = self.first_part.is_none() && self.annex.is_none();
                // The items of a notice's annex list read as tasks, and are not.
                let listed = in_front && self.in_annex_list && self.front == Front::Notice;
                if in_front {
                    self.in_annex_list = listed;
                }
                match role {
                    _ if listed => self.text(text),
                    // Before the first heading of a document whose parts have headings,
                    // an item is front matter, not a part without a heading.
                    Some(Role::Group | Role::Task)
                        if self.first_part.is_none() && levels.part.is_some() =>
                    {
                        self.text(text)
                    }
                    Some(Role::Part) => self.part(item),
                    Some(Role::Group) => self.group(item),
                    Some(Role::Task) => self.task(item.marker, Some(item.value), item.rest),
                    None => self.text(text),
                }
            }
            &Shape::Responsibility {
                label,
                colon,
                text: list,
            } => {
                if !self.responsibility(label, colon, list) {
                    self.text(text);
                }
            }
            Shape::Sidebar if self.first_part.is_some() => self.open_sidebar(text),
            Shape::Sidebar | Shape::Annex | Shape::Text => {
                if self.first_part.is_none() && self.annex.is_none() {
                    self.in_annex_list = is_annex_list_start(text);
                }
                self.text(text);
            }
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
                _ if line == FULL_TEXT => self.full_text(line),
                _ => return false,
            },
            Front::Notice if line == FULL_TEXT => self.full_text(line),
            _ => return false,
        }
        true
    }

    fn full_text(&mut self, line: &str) {
        self.data.full_text_marker = Some(line.to_owned());
        self.origins.full_text = Some(self.at);
        self.front = Front::Preamble;
    }

    /// Opens a part, headed by `item` or, with `None`, by no line: the part that holds
    /// the groups and tasks of a document without parts.
    fn open_part(&mut self, item: Option<Numbered<'_>>) {
        let Ok(number) = u8::try_from(self.data.parts.len() + 1) else {
            return;
        };
        let (title, written, marker) = match item {
            Some(item) => {
                let written = u8::try_from(item.value).ok().filter(|&w| w != number);
                let marker = (item.marker != NumberMarker::Numeral).then_some(item.marker);
                (item.rest, written, marker)
            }
            None => ("", None, None),
        };
        self.data.parts.push(Part {
            id: part_id(number),
            number,
            title: title.to_owned(),
            kind: if item.is_some() {
                PartKind::of_title(title)
            } else {
                PartKind::Other
            },
            paragraphs: Vec::new(),
            tasks: Vec::new(),
            groups: Vec::new(),
            written,
            marker,
            annex: self
                .annex
                .and_then(|i| self.data.annexes.get(i))
                .map(|annex| annex.number),
            headless: item.is_none(),
        });
        self.origins.parts.push(NodeLines::at(self.at));
        self.origins.groups.push(Vec::new());
        self.first_part.get_or_insert(self.data.parts.len() - 1);
        self.cursor = Cursor::PartIntro;
    }

    fn part(&mut self, item: Numbered<'_>) {
        if u8::try_from(item.value).is_err() || self.data.parts.len() >= usize::from(u8::MAX) {
            return self.text_of(item);
        }
        self.open_part(Some(item));
    }

    /// The text of an item kept as text.
    fn text_of(&mut self, item: Numbered<'_>) {
        let line = format!("{}{}", item.marker.label(item.value), item.rest);
        self.text(&line);
    }

    fn group(&mut self, item: Numbered<'_>) {
        if self.first_part.is_none() {
            self.open_part(None);
        }
        let Some(part) = self.data.parts.last_mut() else {
            return self.text_of(item);
        };
        let (Ok(number), Ok(value)) = (
            u8::try_from(part.groups.len() + 1),
            u8::try_from(item.value),
        ) else {
            return self.text_of(item);
        };
        let (brackets, marker) = match item.marker {
            NumberMarker::NumeralParenthesized => (Brackets::FullWidth, None),
            NumberMarker::NumeralAsciiParenthesized => (Brackets::Ascii, None),
            other => (Brackets::FullWidth, Some(other)),
        };
        let (title, title_stop, body) = match item.rest.split_once('。') {
            Some((title, body)) if !title.is_empty() => (title, true, body),
            _ => (item.rest, false, ""),
        };
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
            written: (value != number).then_some(value),
            marker,
        });
        if let Some(groups) = self.origins.groups.last_mut() {
            groups.push(NodeLines::at(self.at));
        }
        self.cursor = Cursor::GroupIntro;
    }

    /// Opens a task numbered `value` in the style `marker` (`None` for an unnumbered
    /// one), whose line reads `rest` after the number.
    fn task(&mut self, marker: NumberMarker, value: Option<u16>, rest: &str) {
        // A title is the text before the first `。`, and not empty: a paragraph that
        // opens with `。` is no task (a numbered line never does).
        if rest.is_empty() || rest.starts_with('。') {
            return self.text(rest);
        }
        if self.first_part.is_none() {
            self.open_part(None);
        }
        let count = self.origins.tasks.len();
        let Ok(number) = u16::try_from(count + 1) else {
            return self.text(rest);
        };
        let Some(part) = self.data.parts.last_mut() else {
            return self.text(rest);
        };
        let part_number = part.number;
        let (group, tasks) = match part.groups.last_mut() {
            Some(group) => (Some(group.number), &mut group.tasks),
            None => (None, &mut part.tasks),
        };
        let (title, title_stop, body) = match rest.split_once('。') {
            Some((title, body)) if !title.is_empty() => (title, true, body),
            _ => (rest, false, ""),
        };
        tasks.push(Task {
            id: task_id(part_number, group, number),
            number,
            part: part_number,
            group,
            marker,
            written: value.filter(|&v| v != number),
            title: title.to_owned(),
            title_stop,
            body: body.to_owned(),
            continuation: Vec::new(),
            responsibility: None,
            further_responsibility: Vec::new(),
            closing: Vec::new(),
            notes: Vec::new(),
            rule_parties: Vec::new(),
            // The mentions and notes are read once the front matter, and so the plan's
            // own place, is.
            mentions: Vec::new(),
            domains: Vec::new(),
            sidebars: Vec::new(),
            row: Vec::new(),
            // The deadline too, as a month without a year is in the document's year.
            deadline: None,
        });
        self.origins.tasks.push(NodeLines::at(self.at));
        self.cursor = Cursor::Task { responsibility: 0 };
    }

    /// Opens the task a table's row is: its cells kept as written, its title and body
    /// from the task's and the content's cells, and a responsibility of no colon for
    /// each cell of bodies, under its column's label.
    fn row(&mut self, row: &Row) {
        self.task(NumberMarker::Cell, Some(row.number), row.title());
        let mut lines = row.bodies().map(|(label, text)| Responsibility {
            label,
            colon: Colon::None,
            text: text.to_owned(),
            parties: Vec::new(),
        });
        let Some(task) = self.current_task() else {
            return;
        };
        if task.marker != NumberMarker::Cell {
            return;
        }
        task.title = row.title().to_owned();
        task.title_stop = false;
        task.body = row.body().to_owned();
        task.row = row.cells.clone();
        task.responsibility = lines.next();
        task.further_responsibility = lines.collect();
        let count = usize::from(task.responsibility.is_some()) + task.further_responsibility.len();
        if let Some(origins) = self.origins.tasks.last_mut() {
            origins.responsibility = vec![self.at; count];
        }
    }

    /// The task the cursor is on.
    fn current_task(&mut self) -> Option<&mut Task> {
        let part = self.data.parts.last_mut()?;
        match part.groups.last_mut() {
            Some(group) => group.tasks.last_mut(),
            None => part.tasks.last_mut(),
        }
    }

    /// Takes a responsibility line as the current task's; `false` where it cannot be
    /// one (no task, a line of the same label again, text already after its lines),
    /// and is text.
    fn responsibility(&mut self, label: ResponsibilityLabel, colon: Colon, text: &str) -> bool {
        let Cursor::Task { responsibility } = self.cursor else {
            return false;
        };
        let Some(task) = self.current_task() else {
            return false;
        };
        // A row's bodies are its cells'.
        if task.marker == NumberMarker::Cell {
            return false;
        }
        let repeated = task
            .responsibility
            .iter()
            .chain(&task.further_responsibility)
            .any(|line| line.label.traditional() == label.traditional());
        if repeated || !task.closing.is_empty() || !task.sidebars.is_empty() {
            return false;
        }
        // The parties are read once the front matter, and so the plan's own place, is.
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
            responsibility: responsibility + 1,
        };
        true
    }

    /// Opens a box after the current task, or, before any task, keeps its heading as
    /// text; the lines after it are the box's until it ends.
    fn open_sidebar(&mut self, line: &str) {
        let next = match self.cursor {
            Cursor::Task { .. } => self.current_task().map(|task| {
                task.sidebars.push(Sidebar {
                    heading: line.to_owned(),
                    lines: Vec::new(),
                });
                task.written_number().map(|n| n.saturating_add(1))
            }),
            _ => None,
        };
        let next_task = match next {
            Some(next) => next,
            None => {
                self.text(line);
                None
            }
        };
        self.sidebar = Some(OpenBox {
            next_task,
            next_item: None,
        });
    }

    /// A line inside a box.
    fn sidebar_line(&mut self, line: &str) {
        let in_task = matches!(self.cursor, Cursor::Task { .. });
        let sidebar = if in_task {
            self.current_task()
                .and_then(|task| task.sidebars.last_mut())
        } else {
            None
        };
        match sidebar {
            Some(sidebar) => sidebar.lines.push(line.to_owned()),
            None => self.text(line),
        }
    }

    fn text(&mut self, line: &str) {
        let line = line.to_owned();
        let at = self.at;
        let origins = &mut self.origins;
        if self.first_part.is_none() {
            if let Some(annex) = self.annex.and_then(|i| self.data.annexes.get_mut(i)) {
                annex.lines.push(line);
                return;
            }
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
            return;
        }
        let Some(part) = self.data.parts.last_mut() else {
            return;
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
    }

    /// The data read, with what it derives, and the lines its pieces came from.
    fn finish(mut self, derive: Derive) -> (PlanData, Origins) {
        if self.front == Front::Notice && !self.data.carries_its_plan_as_annexes() {
            // Without an info box or a `全文` marker (after which the front matter's
            // lines are the preamble), all of them are preamble, in a text without parts
            // too; but a notice that carries its plan as an annex is a notice.
            self.data.preamble = std::mem::take(&mut self.data.notice);
            self.origins.preamble = std::mem::take(&mut self.origins.notice);
        }
        if derive == Derive::Nothing {
            return (self.data, self.origins);
        }
        self.data.metadata = derive_metadata(&self.data);
        organizations::complete(&mut self.data, Fill::Read);
        deadlines::fill(&mut self.data);
        self.data.targets = targets::targets(&self.data);
        (self.data, self.origins)
    }
}

/// The line that separates the front matter from the preamble.
const FULL_TEXT: &str = "全文";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fault::InvalidKind;

    /// The lines and data the parser keeps for `text`, before the validation.
    fn read(text: &str) -> Result<(Origins, PlanData), String> {
        let reading = super::read(text).map_err(|err| err.to_string())?;
        Ok((reading.origins, reading.data))
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

//! The lines of a plan's text, in the order [`Plan::to_text`](crate::Plan::to_text)
//! writes them: each content line as the node and field it comes from, and the
//! [`Spacing`] (blank lines, indentation) that stands between and before them, and the
//! text they make (`write_text`), which the renderer gives out and the checks read
//! again; the diagnostics count the lines, to name the line a finding stands on.

use crate::model::{
    Annex, BlankLine, Indent, InfoBox, InfoEntry, Part, PlanData, Responsibility, Sidebar, Spacing,
    Task, TaskGroup,
};

/// One content line of a plan's text, as the node it comes from.
#[derive(Debug, Clone, Copy)]
pub(crate) enum TextLine<'a> {
    /// A line of the notice, by index.
    Notice(usize, &'a str),
    /// The info box's heading.
    InfoHeading(&'a InfoBox),
    /// An info box entry.
    InfoEntry(&'a InfoEntry),
    /// The `全文` (or `附件1`) line.
    FullText(&'a str),
    /// A line of the preamble.
    Preamble(&'a str),
    /// A part's heading.
    Part(&'a Part),
    /// A paragraph of a part.
    PartParagraph(&'a Part, &'a str),
    /// A group's heading.
    Group(&'a TaskGroup),
    /// A paragraph of a group.
    GroupParagraph(&'a TaskGroup, &'a str),
    /// A task's line: number, title and body.
    Task(&'a Task),
    /// A continuation line of a task, by index.
    Continuation(&'a Task, usize, &'a str),
    /// A responsibility line of a task.
    Responsibility(&'a Task, &'a Responsibility),
    /// A line of text after a task's responsibility lines.
    Closing(&'a Task, &'a str),
    /// The heading of a box after a task.
    SidebarHeading(&'a Sidebar),
    /// A line in a box after a task.
    SidebarLine(&'a str),
    /// A line of a signature block, of the document itself or of an annex.
    Signature(&'a str),
    /// An annex's heading, `附件1`.
    Annex(&'a Annex),
    /// A line of an annex before its first part: its title, mostly.
    AnnexLine(&'a Annex, &'a str),
}

/// Calls `f` with each content line of `data`, in the text's order.
pub(crate) fn walk<'a>(data: &'a PlanData, mut f: impl FnMut(TextLine<'a>)) {
    for (i, line) in data.notice.iter().enumerate() {
        f(TextLine::Notice(i, line));
    }
    if let Some(info) = &data.info_box {
        f(TextLine::InfoHeading(info));
        for entry in &info.entries {
            f(TextLine::InfoEntry(entry));
        }
    }
    if let Some(marker) = &data.full_text_marker {
        f(TextLine::FullText(marker));
    }
    for line in &data.preamble {
        f(TextLine::Preamble(line));
    }
    let mut parts = data.parts.iter().peekable();
    while let Some(part) = parts.next_if(|part| part.annex.is_none()) {
        self::part(part, &mut f);
    }
    for line in &data.signature {
        f(TextLine::Signature(line));
    }
    for annex in &data.annexes {
        f(TextLine::Annex(annex));
        for line in &annex.lines {
            f(TextLine::AnnexLine(annex, line));
        }
        while let Some(part) = parts.next_if(|part| part.annex == Some(annex.number)) {
            self::part(part, &mut f);
        }
        for line in &annex.signature {
            f(TextLine::Signature(line));
        }
    }
}

/// Calls `f` with the lines of a part: its heading (unless it has none), paragraphs,
/// tasks and groups.
fn part<'a>(part: &'a Part, f: &mut impl FnMut(TextLine<'a>)) {
    {
        if !part.headless {
            f(TextLine::Part(part));
        }
        for line in &part.paragraphs {
            f(TextLine::PartParagraph(part, line));
        }
        tasks(&part.tasks, f);
        for group in &part.groups {
            f(TextLine::Group(group));
            for line in &group.paragraphs {
                f(TextLine::GroupParagraph(group, line));
            }
            tasks(&group.tasks, f);
        }
    }
}

/// Calls `f` with the lines of each task, in order.
fn tasks<'a>(tasks: &'a [Task], f: &mut impl FnMut(TextLine<'a>)) {
    for task in tasks {
        f(TextLine::Task(task));
        for (i, line) in task.continuation.iter().enumerate() {
            f(TextLine::Continuation(task, i, line));
        }
        // A row's responsibility is in its cells, on its line.
        let rows = task.row.is_empty();
        let lines = task
            .responsibility
            .iter()
            .chain(&task.further_responsibility)
            .filter(|_| rows);
        for line in lines {
            f(TextLine::Responsibility(task, line));
        }
        for line in &task.closing {
            f(TextLine::Closing(task, line));
        }
        for sidebar in &task.sidebars {
            f(TextLine::SidebarHeading(sidebar));
            for line in &sidebar.lines {
                f(TextLine::SidebarLine(line));
            }
        }
    }
}

/// The text of `data`, byte for byte as [`Plan::to_text`](crate::Plan::to_text) writes
/// it, calling `on_line` with each content line, its 1-based number in the text and the
/// byte range its content (after the indentation) takes in the text returned.
pub(crate) fn write_text<'a>(
    data: &'a PlanData,
    mut on_line: impl FnMut(TextLine<'a>, usize, std::ops::Range<usize>),
) -> String {
    let ending = data.layout.line_ending.as_str();
    let mut out = String::new();
    if data.layout.byte_order_mark {
        out.push('\u{feff}');
    }
    let mut spacer = Spacer::new(&data.spacing);
    let mut started = false;
    let mut start_line = |out: &mut String| {
        if started {
            out.push_str(ending);
        }
        started = true;
    };
    walk(data, |line| {
        let (blanks, number, indent) = spacer.next();
        for blank in blanks {
            start_line(&mut out);
            out.push_str(&blank.text);
        }
        start_line(&mut out);
        out.push_str(indent);
        let start = out.len();
        write_line(&mut out, line);
        on_line(line, number, start..out.len());
    });
    for blank in spacer.rest() {
        start_line(&mut out);
        out.push_str(&blank.text);
    }
    if data.layout.final_newline {
        out.push_str(ending);
    }
    out
}

/// Writes the content of one line.
fn write_line(out: &mut String, line: TextLine<'_>) {
    match line {
        TextLine::Notice(_, text)
        | TextLine::FullText(text)
        | TextLine::Preamble(text)
        | TextLine::PartParagraph(_, text)
        | TextLine::GroupParagraph(_, text)
        | TextLine::Continuation(_, _, text)
        | TextLine::Closing(_, text)
        | TextLine::SidebarLine(text)
        | TextLine::Signature(text)
        | TextLine::AnnexLine(_, text) => out.push_str(text),
        TextLine::SidebarHeading(sidebar) => out.push_str(&sidebar.heading),
        TextLine::Annex(annex) => out.push_str(&annex.heading),
        TextLine::InfoHeading(info) => out.push_str(&info.heading),
        TextLine::InfoEntry(entry) => {
            out.push_str("- ");
            out.push_str(&entry.key);
            out.push_str(entry.colon.into());
            out.push_str(&entry.value);
        }
        TextLine::Part(part) => out.push_str(&part.heading()),
        TextLine::Group(group) => out.push_str(&group.heading()),
        TextLine::Task(task) if !task.row.is_empty() => {
            out.push_str(&task.label());
            for cell in &task.row {
                out.push_str(" | ");
                out.push_str(&cell.text);
            }
        }
        TextLine::Task(task) => {
            out.push_str(&task.label());
            out.push_str(&task.title);
            if task.title_stop {
                out.push('。');
            }
            out.push_str(&task.body);
        }
        TextLine::Responsibility(_, line) => {
            out.push_str(line.label.into());
            out.push_str(line.colon.into());
            out.push_str(&line.text);
        }
    }
}

/// Where the content lines stand among the blank ones, and how each is indented,
/// counted as the content lines come.
#[derive(Debug, Clone)]
pub(crate) struct Spacer<'a> {
    blanks: &'a [BlankLine],
    indents: &'a [Indent],
    /// The number of the text's last line given out.
    line: usize,
    indent: &'a str,
}

impl<'a> Spacer<'a> {
    pub(crate) fn new(spacing: &'a Spacing) -> Spacer<'a> {
        Spacer {
            blanks: &spacing.blank_lines,
            indents: &spacing.indents,
            line: 0,
            indent: "",
        }
    }

    /// The next content line's place: the blank lines before it, its number in the
    /// text, and its indentation.
    pub(crate) fn next(&mut self) -> (&'a [BlankLine], usize, &'a str) {
        let mut line = self.line + 1;
        let mut before = 0;
        while self
            .blanks
            .get(before)
            .is_some_and(|blank| blank.line == line)
        {
            before += 1;
            line += 1;
        }
        let (blanks, rest) = self.blanks.split_at(before.min(self.blanks.len()));
        self.blanks = rest;
        self.line = line;
        while let Some((run, rest)) = self.indents.split_first() {
            if run.line > line {
                break;
            }
            self.indent = &run.indent;
            self.indents = rest;
        }
        (blanks, line, self.indent)
    }

    /// The blank lines after the last content line.
    pub(crate) fn rest(&self) -> &'a [BlankLine] {
        self.blanks
    }
}

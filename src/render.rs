//! Rendering a plan back to its text: [`Plan::to_text`].

use std::borrow::Cow;

use crate::Plan;
use crate::model::{Part, Task, TaskGroup};

/// Writes lines separated by the plan's line ending.
struct Lines {
    out: String,
    ending: &'static str,
    started: bool,
}

impl Lines {
    fn line(&mut self, pieces: &[&str]) {
        if self.started {
            self.out.push_str(self.ending);
        }
        self.started = true;
        for piece in pieces {
            self.out.push_str(piece);
        }
    }

    fn lines(&mut self, lines: &[String]) {
        for line in lines {
            self.line(&[line]);
        }
    }

    fn part(&mut self, part: &Part) {
        self.line(&[&part.heading()]);
        self.lines(&part.paragraphs);
        for task in &part.tasks {
            self.task(task);
        }
        for group in &part.groups {
            self.group(group);
        }
    }

    fn group(&mut self, group: &TaskGroup) {
        self.line(&[&group.heading()]);
        self.lines(&group.paragraphs);
        for task in &group.tasks {
            self.task(task);
        }
    }

    fn task(&mut self, task: &Task) {
        let number = task.number.to_string();
        let marker: &str = task.marker.into();
        let stop = if task.title_stop { "。" } else { "" };
        self.line(&[&number, marker, &task.title, stop, &task.body]);
        self.lines(&task.continuation);
        if let Some(responsibility) = &task.responsibility {
            let colon: &str = responsibility.colon.into();
            let label: &str = responsibility.label.into();
            self.line(&[label, colon, &responsibility.text]);
        }
    }
}

impl Plan {
    /// Renders the plan back to plain text: for a plan read from a text, exactly that
    /// text, byte for byte.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// assert_eq!(plan.to_text().as_bytes(), wuzhong_plan::SOURCE_TEXT.as_bytes());
    /// ```
    pub fn to_text(&self) -> String {
        let data = self.data();
        let mut out = Lines {
            out: String::new(),
            ending: data.layout.line_ending.as_str(),
            started: false,
        };
        if data.layout.byte_order_mark {
            out.out.push('\u{feff}');
        }
        out.lines(&data.notice);
        if let Some(info) = &data.info_box {
            out.line(&[&info.heading]);
            for entry in &info.entries {
                let colon: &str = entry.colon.into();
                out.line(&["- ", &entry.key, colon, &entry.value]);
            }
        }
        if let Some(marker) = &data.full_text_marker {
            out.line(&[marker]);
        }
        out.lines(&data.preamble);
        for part in &data.parts {
            out.part(part);
        }
        if data.layout.final_newline {
            out.out.push_str(out.ending);
        }
        out.out
    }
}

/// The most members a JSON object or array may have to be written on one line.
const ONE_LINE_MEMBERS: usize = 4;
/// The widest a one-line JSON block may make its line, in columns (CJK characters
/// counting two).
const ONE_LINE_COLUMNS: usize = 160;

/// Tightens `serde_json`'s pretty layout: an object or array of at most four members,
/// each a plain value or itself on one line, goes on one line when that line stays
/// within 160 columns, as `"span": {"start": 0, "end": 12}`. Small records (parties,
/// spans, info-box entries) then take a line each, which keeps the file readable and
/// diffable while cutting the white space a reader must skip.
///
/// It relies on the shape of `serde_json`'s pretty output: one member per line, an
/// opening `{` or `[` ending its line, a closing one starting its line, and no raw line
/// breaks inside strings.
pub(crate) fn tighten_json(pretty: &str) -> String {
    let mut out = Json {
        text: String::with_capacity(pretty.len()),
        open: Vec::new(),
    };
    for line in pretty.split('\n') {
        let trimmed = unindented(line);
        if line.ends_with('{') || line.ends_with('[') {
            out.open.push(Block {
                opener: line,
                members: Vec::new(),
                written: false,
            });
        } else if trimmed.starts_with('}') || trimmed.starts_with(']') {
            out.close(line, trimmed);
        } else {
            out.member(Cow::Borrowed(line));
        }
    }
    // Blocks left open (which `serde_json` never leaves) are written as they came.
    out.write_open();
    out.text
}

/// The output so far, and the blocks not yet closed, outermost first.
struct Json<'a> {
    text: String,
    open: Vec<Block<'a>>,
}

/// An object or array whose closing line has not come yet.
struct Block<'a> {
    opener: &'a str,
    /// Its members so far, each on one line; empty once it is written.
    members: Vec<Cow<'a, str>>,
    /// Whether it spans several lines and its opener and members are already written.
    written: bool,
}

impl<'a> Json<'a> {
    fn line(&mut self, line: &str) {
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        self.text.push_str(line);
    }

    /// A finished one-line member of the innermost open block.
    fn member(&mut self, member: Cow<'a, str>) {
        match self.open.last_mut() {
            Some(block) if !block.written => block.members.push(member),
            _ => self.line(&member),
        }
    }

    /// Writes every open block that is not written yet: once a block spans several
    /// lines, so do all the blocks around it.
    fn write_open(&mut self) {
        let mut open = std::mem::take(&mut self.open);
        for block in open.iter_mut().filter(|block| !block.written) {
            self.line(block.opener);
            for member in block.members.drain(..) {
                self.line(&member);
            }
            block.written = true;
        }
        self.open = open;
    }

    fn close(&mut self, closer: &'a str, trimmed_closer: &str) {
        let Some(block) = self.open.pop() else {
            self.line(closer);
            return;
        };
        if !block.written {
            if let Some(one) = one_line(block.opener, &block.members, trimmed_closer) {
                self.member(Cow::Owned(one));
                return;
            }
            self.open.push(block);
            self.write_open();
            self.open.pop();
        } else {
            self.write_open();
        }
        self.line(closer);
    }
}

/// A block on one line, if it has at most four members and the line fits.
fn one_line(opener: &str, members: &[Cow<'_, str>], closer: &str) -> Option<String> {
    if members.len() > ONE_LINE_MEMBERS {
        return None;
    }
    let mut one = String::from(opener);
    for (i, member) in members.iter().enumerate() {
        if i > 0 {
            one.push(' ');
        }
        one.push_str(unindented(member));
    }
    one.push_str(closer);
    (columns(&one) <= ONE_LINE_COLUMNS).then_some(one)
}

/// A line of `serde_json`'s pretty output without its indentation.
fn unindented(line: &str) -> &str {
    let indent = line.bytes().take_while(|b| *b == b' ').count();
    line.get(indent..).unwrap_or(line)
}

/// The display width of a line: two columns for a wide (CJK) character, one otherwise.
fn columns(line: &str) -> usize {
    line.chars()
        .map(|c| if u32::from(c) >= 0x1100 { 2 } else { 1 })
        .sum()
}

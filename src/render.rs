//! Rendering a plan back to its text ([`Plan::to_text`]), and the layout of its JSON.

use std::borrow::Cow;
use std::io;

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

/// Tightens `serde_json`'s pretty layout as it is written: an object or array of at most
/// four members, each a plain value or itself on one line, goes on one line when that
/// line stays within 160 columns, as `"span": {"start": 0, "end": 12}`. Small records
/// (parties, spans, info-box entries) then take a line each, which keeps the file
/// readable and diffable while cutting the white space a reader must skip.
///
/// The pretty text comes in through [`io::Write`] and goes out to the writer it wraps as
/// soon as each line's place is known, so that the whole text is never held: only the
/// line being read and the blocks that may still go on one line (at most four members
/// each).
///
/// It relies on the shape of `serde_json`'s pretty output: one member per line, an
/// opening `{` or `[` ending its line, a closing one starting its line, and no raw line
/// breaks inside strings.
pub(crate) struct Tighten<W> {
    out: W,
    /// The bytes of the line being read, since the last line break.
    partial: Vec<u8>,
    /// The blocks not yet closed, outermost first.
    open: Vec<Block>,
    /// Whether a line with some text has been written, so that the next one starts with
    /// a line break.
    started: bool,
}

/// An object or array whose closing line has not come yet.
struct Block {
    opener: String,
    /// Its members so far, each on one line; empty once it is written.
    members: Vec<String>,
    /// Whether it spans several lines and its opener and members are already written.
    written: bool,
}

impl<W: io::Write> Tighten<W> {
    /// Tightens what is written to it into `out`.
    pub(crate) fn new(out: W) -> Tighten<W> {
        Tighten {
            out,
            partial: Vec::new(),
            open: Vec::new(),
            started: false,
        }
    }

    /// Reads the last line (what follows the last line break; `serde_json` ends its text
    /// without one), writes it and gives the writer back.
    pub(crate) fn finish(mut self) -> io::Result<W> {
        let last = std::mem::take(&mut self.partial);
        self.read_line(&last)?;
        // Blocks left open (which `serde_json` never leaves) are written as they came.
        self.write_open()?;
        Ok(self.out)
    }

    /// Reads the line that ends with `end`, the bytes of it not already in `partial`.
    fn end_line(&mut self, end: &[u8]) -> io::Result<()> {
        if self.partial.is_empty() {
            return self.read_line(end);
        }
        self.partial.extend_from_slice(end);
        let mut line = std::mem::take(&mut self.partial);
        let read = self.read_line(&line);
        line.clear();
        self.partial = line;
        read
    }

    fn read_line(&mut self, bytes: &[u8]) -> io::Result<()> {
        let line = std::str::from_utf8(bytes)
            .map_err(|err| io::Error::new(io::ErrorKind::InvalidData, err))?;
        let trimmed = unindented(line);
        if line.ends_with('{') || line.ends_with('[') {
            self.open.push(Block {
                opener: line.to_owned(),
                members: Vec::new(),
                written: false,
            });
            Ok(())
        } else if trimmed.starts_with('}') || trimmed.starts_with(']') {
            self.close(line, trimmed)
        } else {
            self.member(Cow::Borrowed(line))
        }
    }

    fn line(&mut self, line: &str) -> io::Result<()> {
        if self.started {
            self.out.write_all(b"\n")?;
        }
        self.started |= !line.is_empty();
        self.out.write_all(line.as_bytes())
    }

    /// A finished one-line member of the innermost open block.
    fn member(&mut self, member: Cow<'_, str>) -> io::Result<()> {
        let Some(block) = self.open.last_mut().filter(|block| !block.written) else {
            return self.line(&member);
        };
        block.members.push(member.into_owned());
        // A block with more members than a line takes is written now, as its closing
        // line would write it.
        if block.members.len() > ONE_LINE_MEMBERS {
            self.write_open()?;
        }
        Ok(())
    }

    /// Writes every open block that is not written yet: once a block spans several
    /// lines, so do all the blocks around it.
    fn write_open(&mut self) -> io::Result<()> {
        let mut open = std::mem::take(&mut self.open);
        let mut result = Ok(());
        for block in open.iter_mut().filter(|block| !block.written) {
            result = self.write_block(block);
            if result.is_err() {
                break;
            }
        }
        self.open = open;
        result
    }

    fn write_block(&mut self, block: &mut Block) -> io::Result<()> {
        self.line(&block.opener)?;
        for member in block.members.drain(..) {
            self.line(&member)?;
        }
        block.written = true;
        Ok(())
    }

    fn close(&mut self, closer: &str, trimmed_closer: &str) -> io::Result<()> {
        let Some(block) = self.open.pop() else {
            return self.line(closer);
        };
        if !block.written {
            if let Some(one) = one_line(&block.opener, &block.members, trimmed_closer) {
                return self.member(Cow::Owned(one));
            }
            self.open.push(block);
            self.write_open()?;
            self.open.pop();
        } else {
            self.write_open()?;
        }
        self.line(closer)
    }
}

impl<W: io::Write> io::Write for Tighten<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(at) = rest.iter().position(|&b| b == b'\n') {
            let (line, after) = rest.split_at(at);
            self.end_line(line)?;
            rest = after.get(1..).unwrap_or_default();
        }
        self.partial.extend_from_slice(rest);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// A block on one line, if it has at most four members and the line fits.
fn one_line(opener: &str, members: &[String], closer: &str) -> Option<String> {
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

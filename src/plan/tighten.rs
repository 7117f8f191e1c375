//! The layout of a plan's JSON: `serde_json`'s pretty output with small records on one
//! line each.

use std::io;

/// The most members a JSON object or array may have to be written on one line: a record
/// in a list (a party) may have this many.
const ONE_LINE_MEMBERS: usize = 7;
/// The most members a block that is a member's value may have to be written on one line.
const KEYED_MEMBERS: usize = 4;
/// The widest a one-line JSON block that is a member's value may make its line, in
/// columns (CJK characters counting two).
const ONE_LINE_COLUMNS: usize = 160;
/// The widest a one-line record in a list may make its line.
const RECORD_COLUMNS: usize = 260;

/// Tightens `serde_json`'s pretty layout as it is written: an object or array of at most
/// four members, each a plain value or itself on one line, goes on one line when that
/// line stays within 160 columns, as `"span": {"start": 0, "end": 12}`; a record in a
/// list, of at most seven members within 260 columns. Small records (parties, spans,
/// info-box entries) then take a line each, which keeps the file readable and diffable
/// while cutting the white space a reader must skip.
///
/// The pretty text comes in line by line ([`tighten_json`]) or through [`io::Write`], and
/// goes out to its [`Sink`] as soon as each line's place is known, so that the whole
/// text need not be held: only the line being read and the blocks that may still go on
/// one line (at most seven members each).
///
/// It relies on the shape of `serde_json`'s pretty output: one member per line, an
/// opening `{` or `[` ending its line, a closing one starting its line, and no raw line
/// breaks inside strings.
pub(crate) struct Tighten<S> {
    out: S,
    /// The bytes of the line being read, since the last line break.
    partial: Vec<u8>,
    /// The blocks not yet closed, outermost first. Those not yet written come last: once
    /// a block is written, so are all the blocks around it.
    open: Vec<Block>,
    /// The text of the blocks not yet written, one after the other: each one's opener
    /// and members.
    pending: String,
    /// Where a block is put on one line.
    scratch: String,
    /// Whether a line with some text has been written, so that the next one starts with
    /// a line break.
    started: bool,
}

/// An object or array whose closing line has not come yet.
struct Block {
    /// Whether it spans several lines and its opener and members are already written.
    written: bool,
    /// Where its opening line is in `pending`, while it is not written.
    opener: (usize, usize),
    /// Where its members are in `pending`, while it is not written: the first `members`.
    member: [(usize, usize); ONE_LINE_MEMBERS],
    /// How many members it has in `pending`.
    members: usize,
}

/// Where [`Tighten`] writes the tightened text.
pub(crate) trait Sink {
    /// Writes `text`.
    fn put(&mut self, text: &str) -> io::Result<()>;
}

impl Sink for String {
    fn put(&mut self, text: &str) -> io::Result<()> {
        self.push_str(text);
        Ok(())
    }
}

/// A [`Sink`] that writes to an [`io::Write`].
pub(crate) struct Out<W>(pub(crate) W);

impl<W: io::Write> Sink for Out<W> {
    fn put(&mut self, text: &str) -> io::Result<()> {
        self.0.write_all(text.as_bytes())
    }
}

/// `serde_json`'s pretty text `pretty` tightened.
pub(crate) fn tighten_json(pretty: &str) -> io::Result<String> {
    let mut tight = Tighten::new(String::with_capacity(pretty.len()));
    for line in pretty.split('\n') {
        tight.read_line(line)?;
    }
    tight.finish()
}

impl<S: Sink> Tighten<S> {
    /// Tightens what is written to it into `out`.
    pub(crate) fn new(out: S) -> Tighten<S> {
        Tighten {
            out,
            partial: Vec::new(),
            open: Vec::new(),
            pending: String::new(),
            scratch: String::new(),
            started: false,
        }
    }

    /// Writes every block left open (which `serde_json` never leaves) as it came, and
    /// gives the sink back.
    fn finish(mut self) -> io::Result<S> {
        self.write_open()?;
        Ok(self.out)
    }

    /// Reads one line of the pretty text, without its line break.
    fn read_line(&mut self, line: &str) -> io::Result<()> {
        let trimmed = unindented(line);
        if line.ends_with('{') || line.ends_with('[') {
            let start = self.pending.len();
            self.pending.push_str(line);
            self.open.push(Block {
                written: false,
                opener: (start, self.pending.len()),
                member: [(0, 0); ONE_LINE_MEMBERS],
                members: 0,
            });
            Ok(())
        } else if trimmed.starts_with('}') || trimmed.starts_with(']') {
            self.close(line, trimmed)
        } else {
            self.member(line)
        }
    }

    fn line(&mut self, line: &str) -> io::Result<()> {
        if self.started {
            self.out.put("\n")?;
        }
        self.started |= !line.is_empty();
        self.out.put(line)
    }

    /// A finished one-line member of the innermost open block.
    fn member(&mut self, member: &str) -> io::Result<()> {
        match self.open.last_mut() {
            Some(block) if !block.written => {
                let start = self.pending.len();
                if let Some(slot) = block.member.get_mut(block.members) {
                    self.pending.push_str(member);
                    *slot = (start, self.pending.len());
                    block.members += 1;
                    return Ok(());
                }
                // A block with more members than a line takes is written now, as its
                // closing line would write it.
                self.write_open()?;
                self.line(member)
            }
            _ => self.line(member),
        }
    }

    /// Writes every open block that is not written yet: once a block spans several
    /// lines, so do all the blocks around it.
    fn write_open(&mut self) -> io::Result<()> {
        let pending = std::mem::take(&mut self.pending);
        let mut open = std::mem::take(&mut self.open);
        let mut result = Ok(());
        for block in open.iter_mut().filter(|block| !block.written) {
            block.written = true;
            let lines =
                std::iter::once(&block.opener).chain(block.member.iter().take(block.members));
            for &(start, end) in lines {
                result = self.line(pending.get(start..end).unwrap_or_default());
                if result.is_err() {
                    break;
                }
            }
            block.members = 0;
        }
        self.open = open;
        self.pending = pending;
        self.pending.clear();
        result
    }

    fn close(&mut self, closer: &str, trimmed_closer: &str) -> io::Result<()> {
        let Some(block) = self.open.pop() else {
            return self.line(closer);
        };
        if !block.written {
            let mut one = std::mem::take(&mut self.scratch);
            one.clear();
            if self.one_line(&block, trimmed_closer, &mut one) {
                self.pending.truncate(block.opener.0);
                let written = self.member(&one);
                self.scratch = one;
                return written;
            }
            self.scratch = one;
            self.open.push(block);
            self.write_open()?;
            self.open.pop();
        } else {
            self.write_open()?;
        }
        self.line(closer)
    }

    /// Puts a block on one line in `one`, and tells whether the line fits.
    fn one_line(&self, block: &Block, closer: &str, one: &mut String) -> bool {
        let text = |(start, end): (usize, usize)| self.pending.get(start..end).unwrap_or_default();
        one.push_str(text(block.opener));
        for (i, &member) in block.member.iter().take(block.members).enumerate() {
            if i > 0 {
                one.push(' ');
            }
            one.push_str(unindented(text(member)));
        }
        one.push_str(closer);
        let record = matches!(unindented(text(block.opener)), "{" | "[");
        if record {
            columns(one) <= RECORD_COLUMNS
        } else {
            block.members <= KEYED_MEMBERS && columns(one) <= ONE_LINE_COLUMNS
        }
    }
}

impl<W: io::Write> Tighten<Out<W>> {
    /// Reads the last line (what follows the last line break; `serde_json` ends its text
    /// without one), writes it, and gives the writer back.
    pub(crate) fn finish_writing(mut self) -> io::Result<W> {
        let last = std::mem::take(&mut self.partial);
        self.read_bytes(&last)?;
        Ok(self.finish()?.0)
    }

    /// Reads the line that ends with `end`, the bytes of it not already in `partial`.
    fn end_line(&mut self, end: &[u8]) -> io::Result<()> {
        if self.partial.is_empty() {
            return self.read_bytes(end);
        }
        self.partial.extend_from_slice(end);
        let mut line = std::mem::take(&mut self.partial);
        let read = self.read_bytes(&line);
        line.clear();
        self.partial = line;
        read
    }

    fn read_bytes(&mut self, line: &[u8]) -> io::Result<()> {
        let line = std::str::from_utf8(line)
            .map_err(|err| io::Error::new(io::ErrorKind::InvalidData, err))?;
        self.read_line(line)
    }
}

impl<W: io::Write> io::Write for Tighten<Out<W>> {
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
        self.out.0.flush()
    }
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

#[cfg(test)]
mod tests {
    use std::io::Write as _;

    use super::*;

    /// `pretty` through the writer, in pieces of `size` bytes.
    fn written(pretty: &str, size: usize) -> io::Result<Vec<u8>> {
        let mut tight = Tighten::new(Out(Vec::new()));
        for piece in pretty.as_bytes().chunks(size) {
            tight.write_all(piece)?;
        }
        tight.finish_writing()
    }

    #[test]
    fn the_layout_is_the_same_however_the_text_comes() -> Result<(), Box<dyn std::error::Error>> {
        let small = "{\n  \"span\": {\n    \"start\": 0,\n    \"end\": 12\n  },\n  \"five\": [\n    1,\n    2,\n    3,\n    4,\n    5\n  ],\n  \"empty\": [],\n  \"nested\": {\n    \"a\": {\n      \"b\": [\n        1\n      ]\n    }\n  }\n}";
        let tight = tighten_json(small)?;
        assert_eq!(
            tight,
            "{\n  \"span\": {\"start\": 0, \"end\": 12},\n  \"five\": [\n    1,\n    2,\n    3,\n    4,\n    5\n  ],\n  \"empty\": [],\n  \"nested\": {\"a\": {\"b\": [1]}}\n}"
        );
        let mut text = String::from("一、重點任務\n(一)推進\n");
        for n in 1..=40 {
            text.push_str(&format!(
                "{n}.建設設施。到2025年,建成{n}所學校,覆蓋率達到95%,{}。\n責任單位:市民政局、財政局\n",
                "長".repeat(n * 3)
            ));
        }
        let parsed = crate::parse(&text)?;
        for plan in [crate::plan(), &parsed] {
            let pretty = serde_json::to_string_pretty(plan.data())?;
            let tight = tighten_json(&pretty)?;
            assert!(tight.len() < pretty.len());
            for size in [1, 2, 3, 7, 64, 1 << 16] {
                assert_eq!(
                    written(&pretty, size)?,
                    tight.as_bytes(),
                    "pieces of {size}"
                );
            }
        }
        let long = format!("[\n  \"{}\"\n]", "長".repeat(140));
        assert_eq!(tighten_json(&long)?, long, "over 260 columns");
        Ok(())
    }
}

//! Where the pieces of a plan stand in its whole text: the text as
//! [`Plan::to_text`](crate::Plan::to_text) renders it, where each line the tables quote
//! from starts in it (as the text renderer reports while it writes), and how to count
//! the characters before a byte offset without a pass over the text for each.

use std::collections::HashMap;

use crate::base::span::Span;
use crate::model::lines::TextLine;
use crate::model::row::{CellRole, row_cells};
use crate::plan::Plan;

/// A text a span points into (a task's body, a responsibility line's list), placed in
/// the whole text: its line and the byte offset where it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Anchor {
    /// The 1-based line it stands on.
    pub(crate) line: usize,
    /// The byte offset in the whole text of its first byte.
    pub(crate) start: usize,
}

/// Where a quote stands in the whole text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    /// The 1-based line.
    pub(crate) line: usize,
    /// The UTF-8 byte offsets, start inclusive, end exclusive.
    pub(crate) bytes: (usize, usize),
    /// The same as character (Unicode scalar value) offsets.
    pub(crate) chars: (usize, usize),
}

/// The lines of one task, placed.
#[derive(Debug, Clone, Default)]
pub(crate) struct TaskLines {
    /// The task's title, on the task's line.
    pub(crate) title: Option<Anchor>,
    /// The task's body, the rest of its line.
    pub(crate) body: Option<Anchor>,
    /// Its continuation lines, in order.
    pub(crate) continuation: Vec<Anchor>,
    /// Its responsibility lines' lists (after the label and colon), the first line's
    /// first.
    pub(crate) responsibility: Vec<Anchor>,
}

/// How many bytes a block of [`CharIndex`] covers.
const BLOCK: usize = 64;

/// The number of characters before every [`BLOCK`]th byte of a text, so that the
/// characters before any byte are counted from the block it falls in.
#[derive(Debug, Clone)]
struct CharIndex {
    before_block: Vec<usize>,
}

impl CharIndex {
    fn new(text: &str) -> CharIndex {
        let mut before_block = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut count = 0;
        for (i, &byte) in text.as_bytes().iter().enumerate() {
            if i % BLOCK == 0 {
                before_block.push(count);
            }
            if !is_continuation(byte) {
                count += 1;
            }
        }
        before_block.push(count);
        CharIndex { before_block }
    }

    /// The number of characters of `text` before byte `at`, a character boundary.
    fn chars_before(&self, text: &str, at: usize) -> usize {
        let block = at / BLOCK;
        let base = self.before_block.get(block).copied().unwrap_or_default();
        let from = block * BLOCK;
        let within = text.as_bytes().get(from..at).unwrap_or_default();
        base + within.iter().filter(|&&b| !is_continuation(b)).count()
    }
}

/// Whether a UTF-8 byte continues a character rather than starting one.
fn is_continuation(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

/// The whole text of a plan and where its lines stand in it.
#[derive(Debug, Clone)]
pub(crate) struct Document {
    /// The text, as `Plan::to_text` renders it.
    pub(crate) text: String,
    /// The lines of each task, by task number.
    tasks: HashMap<u16, TaskLines>,
    /// The paragraphs of each part, by part number, in order.
    paragraphs: HashMap<u8, Vec<Anchor>>,
    /// The line of each annex's heading, by annex number.
    annexes: HashMap<u8, usize>,
    chars: CharIndex,
}

impl Document {
    /// Renders `plan`'s text, noting where each line a table quotes from stands.
    pub(crate) fn new(plan: &Plan) -> Document {
        let mut tasks: HashMap<u16, TaskLines> = HashMap::new();
        let mut paragraphs: HashMap<u8, Vec<Anchor>> = HashMap::new();
        let mut annexes: HashMap<u8, usize> = HashMap::new();
        let text = plan.text_with_lines(|line, number, content| {
            // Each text a span points into is the whole line, or its end.
            let ending = |len: usize| Anchor {
                line: number,
                start: content.end.saturating_sub(len),
            };
            match line {
                // A row's pieces are its cells, each at its place in the line.
                TextLine::Task(task) if !task.row.is_empty() => {
                    let lines = tasks.entry(task.number).or_default();
                    for cell in row_cells(task) {
                        let anchor = Anchor {
                            line: number,
                            start: content.start + cell.start,
                        };
                        match cell.role {
                            CellRole::Title => lines.title = Some(anchor),
                            CellRole::Body => lines.body = Some(anchor),
                            // The cells of bodies are found in the order of the lines
                            // they gave, so each is the next line's.
                            CellRole::Bodies(..) => lines.responsibility.push(anchor),
                            CellRole::Other => {}
                        }
                    }
                }
                TextLine::Task(task) => {
                    let lines = tasks.entry(task.number).or_default();
                    let body = ending(task.body.len());
                    let stop = if task.title_stop { '。'.len_utf8() } else { 0 };
                    lines.title = Some(Anchor {
                        line: number,
                        start: body.start.saturating_sub(stop + task.title.len()),
                    });
                    lines.body = Some(body);
                }
                TextLine::Continuation(task, _, text) => tasks
                    .entry(task.number)
                    .or_default()
                    .continuation
                    .push(ending(text.len())),
                TextLine::Responsibility(task, line) => tasks
                    .entry(task.number)
                    .or_default()
                    .responsibility
                    .push(ending(line.text.len())),
                TextLine::PartParagraph(part, text) => paragraphs
                    .entry(part.number)
                    .or_default()
                    .push(ending(text.len())),
                TextLine::Annex(annex) => {
                    annexes.insert(annex.number, number);
                }
                _ => {}
            }
        });
        let chars = CharIndex::new(&text);
        Document {
            text,
            tasks,
            paragraphs,
            annexes,
            chars,
        }
    }

    /// The line the heading of annex `number` stands on.
    pub(crate) fn annex(&self, number: u8) -> Option<usize> {
        self.annexes.get(&number).copied()
    }

    /// The placed lines of task `number`.
    pub(crate) fn task(&self, number: u16) -> Option<&TaskLines> {
        self.tasks.get(&number)
    }

    /// Paragraph `index` of part `part`, placed.
    pub(crate) fn paragraph(&self, part: u8, index: usize) -> Option<Anchor> {
        self.paragraphs.get(&part)?.get(index).copied()
    }

    /// Where `span`, a span of the text at `anchor`, stands in the whole text.
    pub(crate) fn place(&self, anchor: Anchor, span: Span) -> Place {
        let bytes = (anchor.start + span.start, anchor.start + span.end);
        let chars = (
            self.chars.chars_before(&self.text, bytes.0),
            self.chars.chars_before(&self.text, bytes.1),
        );
        Place {
            line: anchor.line,
            bytes,
            chars,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_across_blocks() {
        let text = "甲a乙".repeat(40);
        let index = CharIndex::new(&text);
        for (chars, (at, _)) in text.char_indices().enumerate() {
            assert_eq!(index.chars_before(&text, at), chars);
        }
        assert_eq!(index.chars_before(&text, text.len()), 120);
    }
}

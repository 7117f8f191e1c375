//! Markdown read back as a reader reads it: pulldown-cmark with every extension it has
//! (GitHub's tables, strikethrough and task lists, footnotes, smart punctuation, math,
//! heading attributes, definition lists, metadata blocks, super- and subscripts, wiki
//! links), so that whatever any of them would read as markup is seen. What comes back
//! is the text of each block and each table cell, and every piece of markup by name.

#![allow(dead_code)] // each test binary uses part of it

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A block that holds text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    Heading(u8),
    Paragraph,
    Item,
    Cell,
}

/// What a reader reads in a Markdown document.
#[derive(Debug, Default)]
pub struct Read {
    /// Each heading, paragraph, list item and table cell, with its text as a reader
    /// shows it (its links' text included), in the order they end.
    pub blocks: Vec<(Block, String)>,
    /// Each table: its rows (the header first), each the text of its cells.
    pub tables: Vec<Vec<Vec<String>>>,
    /// Every piece of markup that is not a heading, a paragraph, a list item or a table:
    /// `anchor ID` and `anchor end` for an `<a id="ID"></a>`, `link URL`, `strong`, `list`, and the name of
    /// anything else (`html …`, `image …`, `code`, `code block`, `emphasis`, `rule`, …).
    pub markup: Vec<String>,
}

impl Read {
    /// The text of the blocks of `kind`.
    pub fn texts(&self, kind: Block) -> Vec<&str> {
        self.blocks
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, text)| text.as_str())
            .collect()
    }

    /// The markup other than what `allowed` accepts.
    pub fn markup_but(&self, allowed: impl Fn(&str) -> bool) -> Vec<&str> {
        self.markup
            .iter()
            .map(String::as_str)
            .filter(|m| !allowed(m))
            .collect()
    }
}

/// Reads `markdown`.
pub fn read(markdown: &str) -> Read {
    let mut read = Read::default();
    // The blocks open around the current text, innermost last.
    let mut open: Vec<(Block, String)> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let text = |open: &mut Vec<(Block, String)>, piece: &str| {
        if let Some((_, text)) = open.last_mut() {
            text.push_str(piece);
        }
    };
    for event in Parser::new_ext(markdown, Options::all()) {
        match event {
            Event::Text(piece) => text(&mut open, &piece),
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } => {
                    open.push((Block::Heading(level as u8), String::new()))
                }
                Tag::Paragraph => open.push((Block::Paragraph, String::new())),
                Tag::Item => open.push((Block::Item, String::new())),
                Tag::TableCell => open.push((Block::Cell, String::new())),
                Tag::Table(_) => read.tables.push(Vec::new()),
                Tag::TableHead | Tag::TableRow => row.clear(),
                Tag::Link { dest_url, .. } => read.markup.push(format!("link {dest_url}")),
                Tag::Image { dest_url, .. } => read.markup.push(format!("image {dest_url}")),
                Tag::Strong => read.markup.push("strong".to_owned()),
                Tag::List(_) => read.markup.push("list".to_owned()),
                other => read.markup.push(format!("{other:?}")),
            },
            Event::End(end) => match end {
                TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item => {
                    read.blocks.extend(open.pop());
                }
                TagEnd::TableCell => {
                    if let Some(cell) = open.pop() {
                        row.push(cell.1.clone());
                        read.blocks.push(cell);
                    }
                }
                TagEnd::TableHead | TagEnd::TableRow => {
                    if let Some(table) = read.tables.last_mut() {
                        table.push(std::mem::take(&mut row));
                    }
                }
                _ => {}
            },
            Event::Html(html) | Event::InlineHtml(html) => {
                // An anchor comes as `<a id="ID">` and `</a>`, or both at once.
                let mut rest = html.trim();
                while !rest.is_empty() {
                    if let Some(after) = rest.strip_prefix("</a>") {
                        read.markup.push("anchor end".to_owned());
                        rest = after.trim_start();
                    } else if let Some((id, after)) = rest
                        .strip_prefix("<a id=\"")
                        .and_then(|r| r.split_once("\">"))
                    {
                        read.markup.push(format!("anchor {id}"));
                        rest = after.trim_start();
                    } else {
                        read.markup.push(format!("html {rest}"));
                        break;
                    }
                }
            }
            other => read.markup.push(format!("{other:?}")),
        }
    }
    read
}

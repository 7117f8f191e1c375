//! Which element of a page holds its article: the one that holds the most text in
//! paragraphs, outside links.
//!
//! One walk of the tree, each element measured as it closes, after all it holds:
//!
//! - A **paragraph** is a block (or a table's cell) with text of its own: text in it,
//!   and in the inline elements in it, but not in the blocks in it. Its weight is the
//!   number of characters of that text, white space and the text of links left out;
//!   a paragraph with more text in links than out of them (a menu, a breadcrumb, a
//!   list of related pages) weighs nothing.
//! - A paragraph counts for the element that holds it: its parent. A cell counts for
//!   itself (a table's rows are no article), and so does a container (a `div`, a
//!   `td`, a `section`) whose own text is broken into lines by `<br>` or by blocks
//!   inside it, as old pages write a whole document in one element; such a container
//!   counts for its parent too.
//! - A **table of data** (a row with two cells or more, and no cell of several lines
//!   that holds more than half its text, as a page's layout has) counts as a whole, as
//!   one paragraph of the element around it, with all the text of its cells: the
//!   element that holds the paragraphs before and after it, past the elements that
//!   hold nothing but the table (a `<div align="center">` around it). Where that
//!   element holds no paragraph of its own, the table counts for the outermost of
//!   those wrappers (or itself), not for the page around it. Any other table (a
//!   single column, a layout of a page's cells) is read as blocks.
//!
//! The article is the element with the most weight; of two with as much, the deeper.
//! Where a child of it holds nine tenths of that weight or more, the child is the
//! article, and so on down; where an `<article>` element holds the article and at
//! least half of the `<article>`'s text (outside links) is the article's, the
//! `<article>` is. A page where no element holds [`MIN_TEXT`] characters or more has
//! no article. Nothing that is never read counts (see [`Role::Never`]).

use std::collections::HashSet;

use ego_tree::NodeId;
use scraper::{ElementRef, Html, Node};

use super::NodeRef;
use super::element::{Role, is_section, role};
use crate::published::{Refusal, RefusalKind};

/// The least text, in characters outside links and white space, that an article
/// holds: less is no document.
pub(super) const MIN_TEXT: usize = 10;

/// The element of a page that holds its article, and how to read its tables.
pub(super) struct Article<'a> {
    /// The element.
    pub(super) root: NodeRef<'a>,
    /// The tables of data, read one row a line; any other table is read as blocks.
    pub(super) data_tables: HashSet<NodeId>,
}

/// The article of the page `html`.
pub(super) fn find(html: &Html) -> Result<Article<'_>, Refusal> {
    let mut walk = Walk::default();
    for node in html.tree.root().descendants() {
        walk.node(node);
    }
    walk.close_to(None);
    walk.choose()
}

/// An element, as the choice of the article sees it once it is closed.
struct Candidate<'a> {
    node: NodeRef<'a>,
    /// The weight of the paragraphs that count for it.
    weight: usize,
    /// Its parent among the candidates.
    parent: Option<usize>,
    /// How deep it stands.
    depth: usize,
    /// The text it holds, outside links and white space, in characters.
    text: usize,
}

/// An open element.
struct Frame {
    /// Its index among the candidates.
    index: usize,
    role: Role,
    /// Where in the open elements the innermost block (or cell) around it, or itself,
    /// stands; and the innermost row and table.
    block: Option<usize>,
    row: Option<usize>,
    table: Option<usize>,
    /// Whether it is a section a `header` belongs to.
    section: bool,
    /// Whether it is a link.
    link: bool,
    /// The characters it holds, white space left out, in links or not.
    visible: usize,
    /// The characters it holds outside links, white space left out.
    text: usize,
    /// Its own text (in it and its inline elements) outside links, and in them.
    own: usize,
    own_links: usize,
    /// How many lines its own text makes, and whether one is still going on.
    own_lines: usize,
    line_open: bool,
    /// How many lines of text it holds, its own and its blocks'.
    lines: usize,
    /// How many paragraphs count for it.
    paragraphs: usize,
    /// For a table: whether a row has two cells or more, and the most text a cell of
    /// several lines holds.
    wide: bool,
    long_cell: usize,
    /// For a row: how many cells it has.
    cells: usize,
    /// Tables of data passing out through it, looking for the element they count for.
    tables: Vec<Passing>,
}

/// A table of data's weight, passing out through the elements that hold nothing else.
struct Passing {
    weight: usize,
    /// The outermost element it has passed out of (the table, at first).
    top: usize,
    /// What that element holds, in characters.
    visible: usize,
}

/// The walk over the tree.
#[derive(Default)]
struct Walk<'a> {
    candidates: Vec<Candidate<'a>>,
    /// The open elements, outermost first, each with its node.
    open: Vec<(NodeRef<'a>, Frame)>,
    /// Where in `open` the element whose content is never read stands, if any.
    never: Option<usize>,
    /// How many links and sections are open.
    links: usize,
    sections: usize,
    data_tables: HashSet<NodeId>,
    /// Whether the page has frames, whose pages are not read.
    frames: usize,
}

impl<'a> Walk<'a> {
    /// Takes in the next node of the tree, in document order.
    fn node(&mut self, node: NodeRef<'a>) {
        let parent = node.parent().map(|parent| parent.id());
        self.close_to(parent);
        match node.value() {
            Node::Element(element) => {
                if matches!(element.name(), "iframe" | "frame") {
                    self.frames += 1;
                }
                self.open(node, element.name(), |name| element.attr(name));
            }
            Node::Text(text) => self.text(text),
            _ => {}
        }
    }

    /// Closes the open elements down to `parent` (all of them where it is `None`).
    fn close_to(&mut self, parent: Option<NodeId>) {
        while let Some((node, _)) = self.open.last() {
            if Some(node.id()) == parent {
                break;
            }
            if let Some((_, frame)) = self.open.pop() {
                self.close(frame);
            }
        }
    }

    fn open(&mut self, node: NodeRef<'a>, name: &str, attribute: impl Fn(&str) -> Option<&'a str>) {
        let role = if self.never.is_some() {
            Role::Never
        } else {
            role(name, attribute, self.sections > 0)
        };
        if role == Role::Never && self.never.is_none() {
            self.never = Some(self.open.len());
        }
        let reading = self.never.is_none();
        if reading && role != Role::Inline {
            // A block or a break ends the line of text the block around it is writing.
            if let Some(block) = self.block() {
                end_line(block);
            }
        }
        if reading && role == Role::Cell {
            if let Some(row) = self.row() {
                row.cells += 1;
            }
        }
        let position = self.open.len();
        let around = self
            .open
            .last()
            .map(|(_, frame)| (frame.block, frame.row, frame.table));
        let (mut block, mut row, mut table) = around.unwrap_or_default();
        match role {
            Role::Inline | Role::Break | Role::Never => {}
            Role::Table => {
                (block, row, table) = (Some(position), None, Some(position));
            }
            Role::Row => {
                (block, row) = (Some(position), Some(position));
            }
            _ => block = Some(position),
        }
        let section = reading && is_section(name);
        let link = reading && name == "a";
        self.links += usize::from(link);
        self.sections += usize::from(section);
        let index = self.candidates.len();
        self.candidates.push(Candidate {
            node,
            weight: 0,
            parent: self.open.last().map(|(_, frame)| frame.index),
            depth: self.open.len(),
            text: 0,
        });
        let frame = Frame {
            index,
            role,
            block,
            row,
            table,
            section,
            link,
            visible: 0,
            text: 0,
            own: 0,
            own_links: 0,
            own_lines: 0,
            line_open: false,
            lines: 0,
            paragraphs: 0,
            wide: false,
            long_cell: 0,
            cells: 0,
            tables: Vec::new(),
        };
        self.open.push((node, frame));
    }

    fn text(&mut self, text: &str) {
        if self.never.is_some() {
            return;
        }
        let chars = text.chars().filter(|c| !c.is_whitespace()).count();
        if chars == 0 {
            return;
        }
        let in_link = self.links > 0;
        if let Some((_, frame)) = self.open.last_mut() {
            frame.visible += chars;
            if !in_link {
                frame.text += chars;
            }
        }
        if let Some(block) = self.block() {
            if in_link {
                block.own_links += chars;
            } else {
                block.own += chars;
            }
            block.line_open = true;
        }
    }

    fn close(&mut self, mut frame: Frame) {
        let depth = self.open.len();
        if self.never.is_some_and(|never| never >= depth) {
            self.never = None;
        }
        if frame.role == Role::Never {
            return;
        }
        self.links -= usize::from(frame.link);
        self.sections -= usize::from(frame.section);
        end_line(&mut frame);
        frame.lines += frame.own_lines;
        if frame.role != Role::Inline && frame.role != Role::Break {
            self.paragraph(&mut frame);
        }
        match frame.role {
            Role::Table => self.close_table(&frame),
            Role::Row if frame.cells >= 2 => {
                if let Some(table) = self.table(frame.table) {
                    table.wide = true;
                }
            }
            Role::Cell if frame.lines >= 2 => {
                if let Some(table) = self.table(frame.table) {
                    table.long_cell = table.long_cell.max(frame.text);
                }
            }
            _ => {}
        }
        self.place_tables(&mut frame);
        if let Some(candidate) = self.candidates.get_mut(frame.index) {
            candidate.text = frame.text;
        }
        if let Some((_, parent)) = self.open.last_mut() {
            parent.visible += frame.visible;
            parent.text += frame.text;
            parent.lines += frame.lines;
        }
    }

    /// Counts a block's own text as a paragraph, for the element it counts for.
    fn paragraph(&mut self, frame: &mut Frame) {
        if frame.own == 0 || frame.own_links > frame.own {
            return;
        }
        let weight = frame.own;
        let for_itself =
            frame.role == Role::Cell || (frame.role == Role::Container && frame.own_lines >= 2);
        let for_parent = frame.role != Role::Cell;
        if for_itself {
            frame.paragraphs += 1;
            self.weigh(frame.index, weight);
        }
        if for_parent {
            if let Some((_, parent)) = self.open.last_mut() {
                parent.paragraphs += 1;
                let index = parent.index;
                self.weigh(index, weight);
            }
        }
    }

    /// Sorts a table out as it closes: a table of data starts passing out, looking for
    /// the element it counts for.
    fn close_table(&mut self, frame: &Frame) {
        let dominated = frame.long_cell.saturating_mul(2) > frame.text;
        if !frame.wide || dominated {
            return;
        }
        if let Some(candidate) = self.candidates.get(frame.index) {
            self.data_tables.insert(candidate.node.id());
        }
        if let Some((_, parent)) = self.open.last_mut() {
            parent.tables.push(Passing {
                weight: frame.text,
                top: frame.index,
                visible: frame.visible,
            });
        }
    }

    /// The tables of data that passed out into `frame` as it closes: one that is all it
    /// holds passes on out; the others count for it, if it holds paragraphs of its own,
    /// or for the outermost element each passed out of.
    fn place_tables(&mut self, frame: &mut Frame) {
        let tables = std::mem::take(&mut frame.tables);
        let only = tables.len() == 1;
        for table in tables {
            if only && table.visible == frame.visible {
                if let Some((_, parent)) = self.open.last_mut() {
                    parent.tables.push(Passing {
                        top: frame.index,
                        visible: frame.visible,
                        ..table
                    });
                    continue;
                }
            }
            let index = if frame.paragraphs > 0 {
                frame.index
            } else {
                table.top
            };
            self.weigh(index, table.weight);
        }
    }

    fn weigh(&mut self, index: usize, weight: usize) {
        if let Some(candidate) = self.candidates.get_mut(index) {
            candidate.weight = candidate.weight.saturating_add(weight);
        }
    }

    /// The innermost open block (or cell), whose own text the text read goes to.
    fn block(&mut self) -> Option<&mut Frame> {
        let at = self.open.last().and_then(|(_, frame)| frame.block)?;
        self.open.get_mut(at).map(|(_, frame)| frame)
    }

    /// The innermost open row of the innermost open table.
    fn row(&mut self) -> Option<&mut Frame> {
        let at = self.open.last().and_then(|(_, frame)| frame.row)?;
        self.open.get_mut(at).map(|(_, frame)| frame)
    }

    /// The open table at `at`.
    fn table(&mut self, at: Option<usize>) -> Option<&mut Frame> {
        self.open.get_mut(at?).map(|(_, frame)| frame)
    }

    /// The article, as the module says.
    fn choose(self) -> Result<Article<'a>, Refusal> {
        let candidates = &self.candidates;
        let get =
            |index: Option<usize>| index.and_then(|index| Some((index, candidates.get(index)?)));
        // The heaviest, and the heaviest child of each.
        let mut best = None;
        let mut heaviest_child: Vec<Option<usize>> = vec![None; candidates.len()];
        for (index, candidate) in candidates.iter().enumerate() {
            let heavier = get(best).is_none_or(|(_, best): (usize, &Candidate<'_>)| {
                candidate.weight > best.weight
                    || (candidate.weight == best.weight && candidate.depth > best.depth)
            });
            if heavier {
                best = Some(index);
            }
            if let Some(slot) = candidate
                .parent
                .and_then(|parent| heaviest_child.get_mut(parent))
            {
                if get(*slot).is_none_or(|(_, child)| candidate.weight > child.weight) {
                    *slot = Some(index);
                }
            }
        }
        let most = get(best).map_or(0, |(_, best)| best.weight);
        let Some((mut index, mut chosen)) = get(best).filter(|_| most >= MIN_TEXT) else {
            return Err(self.no_article(most));
        };
        // Down to a child that holds nine tenths of the weight.
        while let Some((child, candidate)) = get(heaviest_child.get(index).copied().flatten()) {
            if candidate.weight.saturating_mul(10) < chosen.weight.saturating_mul(9) {
                break;
            }
            (index, chosen) = (child, candidate);
        }
        // Up to the `<article>` around it, if it is most of it.
        let mut root = chosen.node;
        let mut up = get(chosen.parent);
        while let Some((_, candidate)) = up {
            if is_article(candidate.node) {
                if chosen.text.saturating_mul(2) >= candidate.text {
                    root = candidate.node;
                }
                break;
            }
            up = get(candidate.parent);
        }
        Ok(Article {
            root,
            data_tables: self.data_tables,
        })
    }

    /// The refusal of a page with no article, where the element that holds the most
    /// text in paragraphs holds `most` characters.
    fn no_article(&self, most: usize) -> Refusal {
        let frames = match self.frames {
            0 => String::new(),
            1 => " (the page has a frame, whose page is not read)".to_owned(),
            n => format!(" (the page has {n} frames, whose pages are not read)"),
        };
        Refusal::new(
            RefusalKind::NoArticle,
            None,
            format!(
                "no article found in the web page: no element holds {MIN_TEXT} characters or more of text in paragraphs outside links, navigation, scripts, forms and hidden elements (the most any holds is {most}){frames}: expected a page or a fragment of one whose article's paragraphs are in its HTML"
            ),
        )
    }
}

/// Ends the line the block's own text is writing, if one is going on.
fn end_line(frame: &mut Frame) {
    if frame.line_open {
        frame.own_lines += 1;
        frame.line_open = false;
    }
}

/// Whether `node` is an `<article>` element.
fn is_article(node: NodeRef<'_>) -> bool {
    ElementRef::wrap(node).is_some_and(|element| element.value().name() == "article")
}

//! A page's text parsed into a tree, as a browser parses it (html5ever, the tree
//! scraper keeps), with the tree builder's work held to a bound for each tag.
//!
//! html5ever's tree builder follows the HTML standard, whose steps for many tags walk
//! the stack of open elements or the list of active formatting elements: on a page
//! whose elements nest thousands deep, or that leaves thousands of `<b>` open, each tag
//! costs as much as the nesting is deep, and the whole page the square of its length
//! (50,000 nested `<div>`s take seconds; 5,000 paragraphs that each leave a `<b>` open
//! build twelve million elements, each paragraph reopening every `<b>` before it). So
//! the tokens go from html5ever's tokenizer to its tree builder through a filter that
//! keeps both short, changing nothing a page of the genre shows as text:
//!
//! - The formatting elements other than links (`b`, `big`, `code`, `em`, `font`, `i`,
//!   `s`, `small`, `strike`, `strong`, `tt`, `u`) are left out of the tree: they change
//!   how text looks, not what it says, and they are what the list of active formatting
//!   elements holds. One that hides its content (`hidden`, `display:none`) has its
//!   content left out up to its end tag.
//! - An element that would stand more than [`MAX_DEPTH`] deep is closed as soon as it
//!   is opened, as Chromium's parser stops nesting elements at a depth (512): its
//!   content follows it in the element above, and its end tag reads as a `<br>` (for a
//!   block) or as nothing (inline), so that its text keeps its lines. One that is never
//!   read (a hidden one, a `<nav>`) has its content left out up to its end tag instead.
//!
//! Every element's place is then at most [`MAX_DEPTH`] deep, plus what the tree
//! builder adds around it, and each tag costs the builder at most that much.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use ego_tree::NodeId;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, EndTag, StartTag, Tag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer,
    TokenizerOpts,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts, TreeSink};
use html5ever::{LocalName, TokenizerResult};
use scraper::{Html, HtmlTreeSink};

use super::element::{Role, hides, is_block, role_of};

/// How deep an element may stand in the tree: 256, ten times as deep as the crawled
/// gov.cn pages nest (26, their layout tables and all), and half as deep as Chromium's
/// parser lets elements nest. Each tag costs the tree builder up to this many steps:
/// a page of 50,000 nested `<div>`s (half a MiB) takes a fifth of a second in an
/// optimized build, where a page of paragraphs that size takes a fiftieth.
pub(super) const MAX_DEPTH: usize = 256;

/// The tree of the page `text`, parsed as a document.
pub(super) fn parse(text: &str) -> Html {
    let builder = TreeBuilder::new(
        HtmlTreeSink::new(Html::new_document()),
        TreeBuilderOpts::default(),
    );
    let tokenizer = Tokenizer::new(Bounded::new(builder), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(text));
    // The tokenizer stops at each `</script>` and `<meta charset>` for its caller to act
    // on; a reader of text goes on.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.builder.sink.finish()
}

/// The filter between the tokenizer and the tree builder.
struct Bounded {
    /// The tree builder, which builds scraper's tree.
    builder: TreeBuilder<NodeId, HtmlTreeSink>,
    /// How many elements of each name were closed as soon as opened, whose end tags
    /// are still to come.
    closed: RefCell<HashMap<LocalName, usize>>,
    /// The element whose content is being left out, if any.
    skipping: RefCell<Option<Skip>>,
}

/// An element whose content is left out up to its end tag.
struct Skip {
    /// Its name.
    name: LocalName,
    /// How many elements of the same name opened inside it are still open.
    nested: Cell<usize>,
    /// The raw-text element (a `<script>`, a `<style>`) opened inside it whose end tag
    /// the tree builder must still see, if any.
    raw: RefCell<Option<LocalName>>,
}

impl Bounded {
    fn new(builder: TreeBuilder<NodeId, HtmlTreeSink>) -> Bounded {
        Bounded {
            builder,
            closed: RefCell::new(HashMap::new()),
            skipping: RefCell::new(None),
        }
    }

    /// Hands `tag` to the tree builder, or leaves it out, or changes it, as the module
    /// says.
    fn tag(&self, tag: Tag, line: u64) -> TokenSinkResult<NodeId> {
        if self.skipping.borrow().is_some() {
            return self.skipped_tag(tag, line);
        }
        let name = tag.name.clone();
        if is_formatting(&name) {
            if tag.kind == StartTag && hides(|attribute| value(&tag, attribute)) {
                self.skip(name);
            }
            return TokenSinkResult::Continue;
        }
        if tag.kind == EndTag {
            let mut closed = self.closed.borrow_mut();
            if let Some(count) = closed.get_mut(&name).filter(|count| **count > 0) {
                *count -= 1;
                drop(closed);
                if is_block(role_of(&name)) {
                    return self.builder.process_token(TagToken(br()), line);
                }
                return TokenSinkResult::Continue;
            }
            drop(closed);
            return self.builder.process_token(TagToken(tag), line);
        }
        if is_void(&name) || is_raw_text(&name) {
            return self.builder.process_token(TagToken(tag), line);
        }
        let never = role_of(&name) == Role::Never || hides(|attribute| value(&tag, attribute));
        let before = self.nodes();
        let result = self.builder.process_token(TagToken(tag), line);
        if self.nodes() > before && self.last_depth(&name) > MAX_DEPTH {
            let _ = self
                .builder
                .process_token(TagToken(end(name.clone())), line);
            if never {
                self.skip(name);
            } else {
                *self.closed.borrow_mut().entry(name).or_insert(0) += 1;
            }
        }
        result
    }

    /// What becomes of `tag` while an element's content is left out: only the end tag
    /// of that element ends it; the tags of a raw-text element inside it go on to the
    /// tree builder, whose answer switches the tokenizer to reading raw text and back.
    fn skipped_tag(&self, tag: Tag, line: u64) -> TokenSinkResult<NodeId> {
        let skipping = self.skipping.borrow();
        let Some(skip) = skipping.as_ref() else {
            return TokenSinkResult::Continue;
        };
        if skip.raw.borrow().as_ref() == Some(&tag.name) && tag.kind == EndTag {
            *skip.raw.borrow_mut() = None;
            drop(skipping);
            return self.builder.process_token(TagToken(tag), line);
        }
        if tag.kind == StartTag && is_raw_text(&tag.name) {
            *skip.raw.borrow_mut() = Some(tag.name.clone());
            drop(skipping);
            return self.builder.process_token(TagToken(tag), line);
        }
        if tag.name == skip.name {
            match tag.kind {
                StartTag if !is_void(&tag.name) => skip.nested.set(skip.nested.get() + 1),
                StartTag => {}
                EndTag if skip.nested.get() > 0 => skip.nested.set(skip.nested.get() - 1),
                EndTag => {
                    drop(skipping);
                    *self.skipping.borrow_mut() = None;
                }
            }
        }
        TokenSinkResult::Continue
    }

    /// Leaves out the content of the element `name` up to its end tag.
    fn skip(&self, name: LocalName) {
        *self.skipping.borrow_mut() = Some(Skip {
            name,
            nested: Cell::new(0),
            raw: RefCell::new(None),
        });
    }

    /// How many nodes the tree holds.
    fn nodes(&self) -> usize {
        self.builder.sink.0.borrow().tree.nodes().len()
    }

    /// How deep the node made last stands, if it is an element named `name`; 0
    /// otherwise.
    fn last_depth(&self, name: &LocalName) -> usize {
        let html = self.builder.sink.0.borrow();
        html.tree
            .nodes()
            .next_back()
            .filter(|node| {
                node.value()
                    .as_element()
                    .is_some_and(|element| element.name().eq_ignore_ascii_case(name))
            })
            .map_or(0, |node| node.ancestors().count())
    }
}

impl TokenSink for Bounded {
    type Handle = NodeId;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<NodeId> {
        match token {
            TagToken(tag) => self.tag(tag, line),
            Token::CharacterTokens(_) | Token::NullCharacterToken | Token::CommentToken(_)
                if self.skipping.borrow().is_some() =>
            {
                TokenSinkResult::Continue
            }
            other => self.builder.process_token(other, line),
        }
    }

    fn end(&self) {
        self.builder.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// The value of a tag's attribute `name`.
fn value<'a>(tag: &'a Tag, name: &str) -> Option<&'a str> {
    tag.attrs
        .iter()
        .find(|attribute| attribute.name.ns.is_empty() && &*attribute.name.local == name)
        .map(|attribute| &*attribute.value)
}

/// A `<br>` start tag.
fn br() -> Tag {
    Tag {
        kind: StartTag,
        name: LocalName::from("br"),
        self_closing: false,
        attrs: Vec::new(),
        had_duplicate_attributes: false,
    }
}

/// The end tag of `name`.
fn end(name: LocalName) -> Tag {
    Tag {
        kind: EndTag,
        name,
        self_closing: false,
        attrs: Vec::new(),
        had_duplicate_attributes: false,
    }
}

/// The formatting elements the tree builder reopens, other than `a` and `nobr`, which
/// it never lets nest.
fn is_formatting(name: &str) -> bool {
    matches!(
        name,
        "b" | "big"
            | "code"
            | "em"
            | "font"
            | "i"
            | "s"
            | "small"
            | "strike"
            | "strong"
            | "tt"
            | "u"
    )
}

/// The elements that have no content and no end tag.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "basefont"
            | "bgsound"
            | "br"
            | "col"
            | "embed"
            | "frame"
            | "hr"
            | "image"
            | "img"
            | "input"
            | "keygen"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// The elements whose content the tokenizer reads as raw text, told to by the tree
/// builder: they hold no elements, and are never closed early.
fn is_raw_text(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "xmp"
            | "iframe"
            | "noembed"
            | "noframes"
            | "noscript"
            | "textarea"
            | "title"
            | "plaintext"
    )
}

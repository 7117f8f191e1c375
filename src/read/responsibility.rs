//! Reading who is responsible out of text: the parties of a `責任單位:` line, and the
//! bodies running text mentions.
//!
//! A line's items are split on `,` `，` `、` outside brackets (`各縣(市、區)` is one
//! item) and trimmed; the `市` of the first item carries to the items that lack it, across
//! commas too (`市教育局,民政局` is 市教育局 and 市民政局). Both readers borrow the text
//! and allocate nothing per item, so loading a plan can read every line again to check
//! the parties it was given.

use crate::base::span::Span;
use crate::model::{Mention, Party};
use crate::vocab::department::{self, Actor, CARRIED_PREFIX, Department};

/// One party of a responsibility line as read from the text, borrowing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PartyRef<'a> {
    pub(crate) department: Department,
    pub(crate) quote: &'a str,
    pub(crate) span: Span,
    pub(crate) carried_prefix: bool,
}

/// Why a responsibility line does not read as a list of departments.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum PartyError {
    /// An item that names no known body, as written.
    #[error("`{0}` is no department's name")]
    Unknown(String),
    /// Two separators with nothing between them, or one at an end.
    #[error("an item is empty")]
    Empty,
    /// A bracket that is not closed, or closed without being opened.
    #[error("the brackets do not pair up")]
    Brackets,
}

/// The parties of a responsibility line's list, in order, as an iterator that stops
/// after the first error.
pub(crate) fn parties(text: &str) -> Parties<'_> {
    Parties {
        text,
        rest_from: 0,
        carry: None,
        done: false,
    }
}

/// The iterator [`parties`] returns.
pub(crate) struct Parties<'a> {
    text: &'a str,
    /// Where the next item starts.
    rest_from: usize,
    /// Whether the first item lends its prefix; `None` before the first item.
    carry: Option<bool>,
    done: bool,
}

impl<'a> Iterator for Parties<'a> {
    type Item = Result<PartyRef<'a>, PartyError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let result = self.read();
        if result.as_ref().map_or(true, |(_, last)| *last) {
            self.done = true;
        }
        Some(result.map(|(party, _)| party))
    }
}

impl<'a> Parties<'a> {
    /// Reads the next item, and whether it is the last.
    fn read(&mut self) -> Result<(PartyRef<'a>, bool), PartyError> {
        let start = self.rest_from;
        let rest = self.text.get(start..).ok_or(PartyError::Empty)?;
        let mut depth = 0usize;
        let mut end = None;
        for (at, c) in rest.char_indices() {
            match c {
                '(' | '（' => depth += 1,
                ')' | '）' => depth = depth.checked_sub(1).ok_or(PartyError::Brackets)?,
                ',' | '，' | '、' if depth == 0 => {
                    end = Some((start + at, start + at + c.len_utf8()));
                    break;
                }
                _ => {}
            }
        }
        if end.is_none() && depth != 0 {
            return Err(PartyError::Brackets);
        }
        let (item_end, next) = end.unwrap_or((self.text.len(), self.text.len()));
        let raw = self.text.get(start..item_end).ok_or(PartyError::Empty)?;
        let quote = raw.trim();
        if quote.is_empty() {
            return Err(PartyError::Empty);
        }
        let lead = raw.len() - raw.trim_start().len();
        let span = Span {
            start: start + lead,
            end: start + lead + quote.len(),
        };
        let carry = self.carry.unwrap_or(false);
        let (department, carried_prefix) =
            department::party(quote, carry).ok_or_else(|| PartyError::Unknown(quote.to_owned()))?;
        if self.carry.is_none() {
            self.carry = Some(quote.starts_with(CARRIED_PREFIX));
        }
        self.rest_from = next;
        let party = PartyRef {
            department,
            quote,
            span,
            carried_prefix,
        };
        Ok((party, end.is_none()))
    }
}

/// A body named in running text, borrowing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MentionRef<'a> {
    pub(crate) actor: Actor,
    pub(crate) quote: &'a str,
    pub(crate) span: Span,
}

/// Every body `text` names by a written form, left to right, the longest name at each
/// place (`市委宣傳部` rather than `市委`). Only the places where a name's first character
/// stands are examined, found with a byte search.
pub(crate) fn mentions(text: &str) -> Vec<MentionRef<'_>> {
    let mut starts: Vec<usize> = department::name_starts()
        .iter()
        .flat_map(|first| text.match_indices(*first).map(|(at, _)| at))
        .collect();
    starts.sort_unstable();
    let mut found = Vec::new();
    let mut next_free = 0;
    for at in starts {
        if at < next_free {
            continue;
        }
        let Some((name, actor)) = text.get(at..).and_then(department::name_at) else {
            continue;
        };
        let end = at + name.len();
        if let Some(quote) = text.get(at..end) {
            found.push(MentionRef {
                actor,
                quote,
                span: Span { start: at, end },
            });
        }
        next_free = end;
    }
    found
}

impl From<PartyRef<'_>> for Party {
    fn from(found: PartyRef<'_>) -> Party {
        Party {
            department: found.department,
            quote: found.quote.to_owned(),
            span: found.span,
            carried_prefix: found.carried_prefix,
        }
    }
}

impl From<MentionRef<'_>> for Mention {
    fn from(found: MentionRef<'_>) -> Mention {
        Mention {
            actor: found.actor,
            quote: found.quote.to_owned(),
            span: found.span,
        }
    }
}

//! Reading who is responsible out of text: the parties of a `責任單位:` line, and the
//! bodies running text mentions.
//!
//! A line's items are split on `,` `，` `、` outside brackets (`各縣(市、區)` is one
//! item) and outside the names of kinds that hold one (`各區、縣級市`), and trimmed, and each is read as a body's name (see [`crate::vocab::body`]). The
//! level of the first item carries to the items that lack one, across commas too
//! (`市教育局,民政局` is 市教育局 and 市民政局; `銀川市教育局、財政局` lends `銀川市`).
//! An item that names no known kind is still a party, of [`Department::Other`]; the plan
//! reports it. Both readers borrow the text, so loading a plan can read every line again
//! to check the parties it was given.

use crate::base::span::Span;
use crate::model::{Mention, Party};
use crate::vocab::body::{self, Carry};
use crate::vocab::department::{self, Actor, Department};

/// One party of a responsibility line as read from the text, borrowing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PartyRef<'a> {
    pub(crate) department: Department,
    pub(crate) quote: &'a str,
    pub(crate) span: Span,
    pub(crate) carried_prefix: bool,
    /// The item read as a body's name.
    pub(crate) reading: body::Reading<'a>,
    /// What the line's first item lends to the items that lack a level.
    pub(crate) carry: Option<Carry<'a>>,
}

/// Why a responsibility line does not read as a list of bodies.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum PartyError {
    /// Two separators with nothing between them, or one at an end.
    #[error("an item is empty")]
    Empty,
    /// A bracket that is not closed, or closed without being opened.
    #[error("the brackets do not pair up")]
    Brackets,
}

/// The parties of a responsibility line's list, in order, as an iterator that stops
/// after the first error; `home` is the plan's own place, if known.
pub(crate) fn parties<'a>(text: &'a str, home: Option<&'a str>) -> Parties<'a> {
    Parties {
        text,
        home,
        rest_from: 0,
        carry: None,
        first: true,
        done: false,
    }
}

/// The iterator [`parties`] returns.
pub(crate) struct Parties<'a> {
    text: &'a str,
    home: Option<&'a str>,
    /// Where the next item starts.
    rest_from: usize,
    /// What the first item lends to the items that lack a level.
    carry: Option<Carry<'a>>,
    /// Whether the next item is the first.
    first: bool,
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
        let (quote, span, next, last) = self.item()?;
        let reading = body::read(quote, self.carry, self.home);
        if self.first {
            self.first = false;
            self.carry = reading.carry();
        }
        self.rest_from = next;
        let party = PartyRef {
            department: reading.kind.known().unwrap_or(Department::Other),
            quote,
            span,
            carried_prefix: reading.carried,
            reading,
            carry: self.carry,
        };
        Ok((party, last))
    }

    /// The next item as written, where it stands, where the one after it starts, and
    /// whether it is the last.
    fn item(&self) -> Result<(&'a str, Span, usize, bool), PartyError> {
        let start = self.rest_from;
        let rest = self.text.get(start..).ok_or(PartyError::Empty)?;
        // A name with a separator in it (`各區、縣級市`) is one item.
        let blank = rest.len() - rest.trim_start().len();
        let joined = rest
            .get(blank..)
            .and_then(body::joined_name)
            .map_or(0, |len| blank + len);
        let mut depth = 0usize;
        let mut end = None;
        for (at, c) in rest.char_indices().skip_while(|(at, _)| *at < joined) {
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
        Ok((quote, span, next, end.is_none()))
    }
}

/// Whether a responsibility line's list reads as items (none empty, brackets in pairs),
/// without reading the bodies they name.
pub(crate) fn check_items(text: &str) -> Result<(), PartyError> {
    let mut items = parties(text, None);
    loop {
        let (_, _, next, last) = items.item()?;
        if last {
            return Ok(());
        }
        items.rest_from = next;
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
/// place (`市委宣傳部` rather than `市委`). The text is walked once; only the places where
/// a name's first character stands are examined.
pub(crate) fn mentions(text: &str) -> Vec<MentionRef<'_>> {
    let mut found = Vec::new();
    let mut next_free = 0;
    for (at, c) in text.char_indices() {
        if at < next_free || !department::starts_name(c) {
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
            organization: String::new(),
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

//! Spans and quotes: a span lies in the text it points into, and the quote beside it is
//! the text there; with where a checked field stands and which text a span points
//! into, written out only when reported.

use std::fmt;

use crate::base::span::Span;
use crate::check::state::Checker;
use crate::fault::InvalidKind;
use crate::model::DeadlinePlace;

impl Checker<'_> {
    /// Checks that `span` lies in `text` and `quote` is the text there, reporting the
    /// fields `span` and `quote` at `at`; whether both hold.
    pub(super) fn span(
        &mut self,
        node: &str,
        at: At,
        span: Span,
        quote: &str,
        text: &str,
        within: Within,
    ) -> bool {
        match span.of(text) {
            None => {
                self.report(
                    node,
                    at.field("span"),
                    InvalidKind::SpanOutsideText {
                        start: span.start,
                        end: span.end,
                        len: text.len(),
                        place: within.to_string(),
                    },
                );
                false
            }
            Some(found) if found != quote => {
                self.report(
                    node,
                    at.field("quote"),
                    InvalidKind::QuoteNotAtSpan {
                        quote: quote.to_owned(),
                        start: span.start,
                        end: span.end,
                        place: within.to_string(),
                        found: found.to_owned(),
                    },
                );
                false
            }
            Some(_) => true,
        }
    }
}

/// Where a checked field stands in its node, written out only when reported.
#[derive(Debug, Clone, Copy)]
pub(super) enum At<'s> {
    /// At the top of the node: `span`, `quote`.
    Top,
    /// In an element of one of its lists: `responsibility.parties[1].span`.
    Item(&'s str, usize),
    /// In an object of one of its fields: `deadline.span`.
    Object(&'s str),
}

impl At<'_> {
    pub(super) fn field(self, name: &str) -> String {
        match self {
            At::Top => name.to_owned(),
            At::Item(list, i) => format!("{list}[{i}].{name}"),
            At::Object(field) => format!("{field}.{name}"),
        }
    }

    /// The element itself: `responsibility.parties[1]`.
    pub(super) fn item(self) -> String {
        match self {
            At::Top => String::new(),
            At::Item(list, i) => format!("{list}[{i}]"),
            At::Object(field) => field.to_owned(),
        }
    }
}

/// The text a span points into, named only when reported.
#[derive(Debug, Clone, Copy)]
pub(super) enum Within {
    Line,
    Body(u16),
    /// Task `N`'s title.
    Title(u16),
    Paragraph(u8, usize),
    /// A line of task `N`'s text, or a cell of its row.
    TaskLine(u16, DeadlinePlace),
}

impl fmt::Display for Within {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Within::Line => f.write_str("the responsibility line"),
            Within::Body(number) => write!(f, "task {number}'s body"),
            Within::Title(number) => write!(f, "task {number}'s title"),
            Within::Paragraph(part, index) => write!(f, "paragraph {index} of part {part}"),
            Within::TaskLine(number, DeadlinePlace::Title) => write!(f, "task {number}'s title"),
            Within::TaskLine(number, DeadlinePlace::Body) => write!(f, "task {number}'s body"),
            Within::TaskLine(number, place) => write!(f, "{place} of task {number}"),
        }
    }
}

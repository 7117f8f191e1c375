//! Where a piece of text stands in a string of the model: a byte range.

use serde::{Deserialize, Serialize};

/// A byte range in a string field of the model: `start` inclusive, `end` exclusive,
/// both on character boundaries. In JSON, `{"start": 0, "end": 12}`.
///
/// ```
/// use wuzhong_plan::Span;
/// let span = Span { start: 0, end: 12 };
/// assert_eq!(span.of("市教育局、財政局"), Some("市教育局"));
/// assert_eq!(Span { start: 1, end: 3 }.of("市教育局"), None); // inside a character
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// The offset of the first byte.
    pub start: usize,
    /// The offset just past the last byte.
    pub end: usize,
}

impl Span {
    /// The text the span covers in `text`, or `None` if it does not fit there.
    pub fn of(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }
}

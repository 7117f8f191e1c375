//! Rendering a plan back to its text ([`Plan::to_text`]): for a plan read from a text,
//! that text byte for byte.

use crate::model::lines::{TextLine, write_text};
use crate::plan::Plan;

impl Plan {
    /// Renders the plan back to plain text: for a plan read from a text, exactly that
    /// text, byte for byte, with its blank lines and indentation.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// assert_eq!(plan.to_text().as_bytes(), wuzhong_plan::SOURCE_TEXT.as_bytes());
    /// ```
    pub fn to_text(&self) -> String {
        self.text_with_lines(|_, _, _| {})
    }

    /// Renders the text as [`Plan::to_text`] does, calling `on_line` with each content
    /// line, its 1-based number in the text and the byte range its content (after the
    /// indentation) takes in the text returned.
    pub(crate) fn text_with_lines<'a>(
        &'a self,
        on_line: impl FnMut(TextLine<'a>, usize, std::ops::Range<usize>),
    ) -> String {
        write_text(self.data(), on_line)
    }
}

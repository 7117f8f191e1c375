//! Rendering a plan back to its text ([`Plan::to_text`]): for a plan read from a text,
//! that text byte for byte.

use crate::model::lines::{Spacer, TextLine, walk};
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
        mut on_line: impl FnMut(TextLine<'a>, usize, std::ops::Range<usize>),
    ) -> String {
        let data = self.data();
        let ending = data.layout.line_ending.as_str();
        let mut out = String::new();
        if data.layout.byte_order_mark {
            out.push('\u{feff}');
        }
        let mut spacer = Spacer::new(&data.spacing);
        let mut started = false;
        let mut start_line = |out: &mut String| {
            if started {
                out.push_str(ending);
            }
            started = true;
        };
        walk(data, |line| {
            let (blanks, number, indent) = spacer.next();
            for blank in blanks {
                start_line(&mut out);
                out.push_str(&blank.text);
            }
            start_line(&mut out);
            out.push_str(indent);
            let start = out.len();
            write_line(&mut out, line);
            on_line(line, number, start..out.len());
        });
        for blank in spacer.rest() {
            start_line(&mut out);
            out.push_str(&blank.text);
        }
        if data.layout.final_newline {
            out.push_str(ending);
        }
        out
    }
}

/// Writes the content of one line.
fn write_line(out: &mut String, line: TextLine<'_>) {
    match line {
        TextLine::Notice(_, text)
        | TextLine::FullText(text)
        | TextLine::Preamble(text)
        | TextLine::PartParagraph(_, text)
        | TextLine::GroupParagraph(_, text)
        | TextLine::Continuation(_, _, text)
        | TextLine::Closing(_, text)
        | TextLine::SidebarLine(text)
        | TextLine::Signature(text)
        | TextLine::AnnexLine(_, text) => out.push_str(text),
        TextLine::SidebarHeading(sidebar) => out.push_str(&sidebar.heading),
        TextLine::Annex(annex) => out.push_str(&annex.heading),
        TextLine::InfoHeading(info) => out.push_str(&info.heading),
        TextLine::InfoEntry(entry) => {
            out.push_str("- ");
            out.push_str(&entry.key);
            out.push_str(entry.colon.into());
            out.push_str(&entry.value);
        }
        TextLine::Part(part) => out.push_str(&part.heading()),
        TextLine::Group(group) => out.push_str(&group.heading()),
        TextLine::Task(task) if !task.row.is_empty() => {
            out.push_str(&task.label());
            for cell in &task.row {
                out.push_str(" | ");
                out.push_str(&cell.text);
            }
        }
        TextLine::Task(task) => {
            out.push_str(&task.label());
            out.push_str(&task.title);
            if task.title_stop {
                out.push('。');
            }
            out.push_str(&task.body);
        }
        TextLine::Responsibility(_, line) => {
            out.push_str(line.label.into());
            out.push_str(line.colon.into());
            out.push_str(&line.text);
        }
    }
}

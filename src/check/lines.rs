//! Each field reads back as the lines it came from: a field of one line holds no line
//! break, a line of prose is no blank line and starts with no indentation, and the
//! spacing's blank lines and runs of indentation fit the text. (Whether a numbered line
//! of prose is a heading or a task is the document's own levels' to say: the reader
//! keeps one as text where its structure has no place for it, with a diagnostic.)

use crate::check::state::Checker;
use crate::fault::InvalidKind;
use crate::model::is_indent;

impl Checker<'_> {
    /// Checks lines of prose: each one line, neither blank nor indented.
    pub(super) fn prose(&mut self, node: &str, list: &'static str, lines: &[String]) {
        for (i, line) in lines.iter().enumerate() {
            if has_line_break(line) {
                self.report(node, format!("{list}[{i}]"), InvalidKind::LineBreak);
            } else if line.trim_matches(is_indent).is_empty() {
                self.report(
                    node,
                    format!("{list}[{i}]"),
                    InvalidKind::ReadsBackOtherwise {
                        reason: "an empty line reads as a blank line of the spacing".to_owned(),
                    },
                );
            } else if line.starts_with(is_indent) {
                self.report(
                    node,
                    format!("{list}[{i}]"),
                    InvalidKind::ReadsBackOtherwise {
                        reason: "white space at the start of a line reads as its indentation"
                            .to_owned(),
                    },
                );
            }
        }
    }

    /// Checks the spacing: blank lines of white space alone, and runs of indentation, each
    /// list in the order of the lines, every blank line within the text.
    pub(super) fn spacing(&mut self) {
        let spacing = &self.data.spacing;
        let mut content = 0usize;
        crate::model::lines::walk(self.data, |_| content += 1);
        let total = content + spacing.blank_lines.len();
        let mut after = 0;
        for (i, blank) in spacing.blank_lines.iter().enumerate() {
            let field = format!("spacing.blank_lines[{i}]");
            if blank.line <= after || blank.line > total {
                self.report(
                    "spacing",
                    field,
                    InvalidKind::ReadsBackOtherwise {
                        reason: format!(
                            "blank line {} is out of order, or past the text's {total} lines",
                            blank.line
                        ),
                    },
                );
                return;
            }
            if !blank.text.chars().all(is_indent) {
                self.report(
                    "spacing",
                    field,
                    InvalidKind::ReadsBackOtherwise {
                        reason:
                            "a blank line holds white space only (spaces, tabs, U+3000, U+00A0)"
                                .to_owned(),
                    },
                );
            }
            after = blank.line;
        }
        let mut after = 0;
        let mut previous: Option<&str> = Some("");
        // Both lists are in line order: the blank lines are walked once beside the runs.
        let mut blanks = spacing.blank_lines.iter().peekable();
        for (i, run) in spacing.indents.iter().enumerate() {
            while blanks.next_if(|b| b.line < run.line).is_some() {}
            let on_blank = blanks.peek().is_some_and(|b| b.line == run.line);
            let field = format!("spacing.indents[{i}]");
            let reason = if run.line <= after {
                Some("the runs are in the order of their lines".to_owned())
            } else if !run.indent.chars().all(is_indent) {
                Some("an indentation is white space only (spaces, tabs, U+3000, U+00A0)".to_owned())
            } else if previous == Some(run.indent.as_str()) {
                Some("a run's indentation differs from the one before it".to_owned())
            } else if on_blank {
                Some(format!(
                    "line {} is blank, and a run starts on a line with text",
                    run.line
                ))
            } else {
                None
            };
            if let Some(reason) = reason {
                self.report("spacing", field, InvalidKind::ReadsBackOtherwise { reason });
                return;
            }
            after = run.line;
            previous = Some(&run.indent);
        }
    }
}

/// Whether a field meant to be one line of the text holds a line break.
pub(super) fn has_line_break(text: &str) -> bool {
    // Byte searches, which do not decode the characters.
    let bytes = text.as_bytes();
    bytes.contains(&b'\n') || bytes.contains(&b'\r')
}

//! Rendering a plan back to its text ([`Plan::to_text`]): for a plan read from a text,
//! that text byte for byte.

use crate::model::{Part, Task, TaskGroup};
use crate::plan::Plan;

/// Writes lines separated by the plan's line ending.
struct Lines {
    out: String,
    ending: &'static str,
    started: bool,
}

impl Lines {
    fn line(&mut self, pieces: &[&str]) {
        if self.started {
            self.out.push_str(self.ending);
        }
        self.started = true;
        for piece in pieces {
            self.out.push_str(piece);
        }
    }

    fn lines(&mut self, lines: &[String]) {
        for line in lines {
            self.line(&[line]);
        }
    }

    fn part(&mut self, part: &Part) {
        self.line(&[&part.heading()]);
        self.lines(&part.paragraphs);
        for task in &part.tasks {
            self.task(task);
        }
        for group in &part.groups {
            self.group(group);
        }
    }

    fn group(&mut self, group: &TaskGroup) {
        self.line(&[&group.heading()]);
        self.lines(&group.paragraphs);
        for task in &group.tasks {
            self.task(task);
        }
    }

    fn task(&mut self, task: &Task) {
        let number = task.number.to_string();
        let marker: &str = task.marker.into();
        let stop = if task.title_stop { "。" } else { "" };
        self.line(&[&number, marker, &task.title, stop, &task.body]);
        self.lines(&task.continuation);
        if let Some(responsibility) = &task.responsibility {
            let colon: &str = responsibility.colon.into();
            let label: &str = responsibility.label.into();
            self.line(&[label, colon, &responsibility.text]);
        }
    }
}

impl Plan {
    /// Renders the plan back to plain text: for a plan read from a text, exactly that
    /// text, byte for byte.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// assert_eq!(plan.to_text().as_bytes(), wuzhong_plan::SOURCE_TEXT.as_bytes());
    /// ```
    pub fn to_text(&self) -> String {
        let data = self.data();
        let mut out = Lines {
            out: String::new(),
            ending: data.layout.line_ending.as_str(),
            started: false,
        };
        if data.layout.byte_order_mark {
            out.out.push('\u{feff}');
        }
        out.lines(&data.notice);
        if let Some(info) = &data.info_box {
            out.line(&[&info.heading]);
            for entry in &info.entries {
                let colon: &str = entry.colon.into();
                out.line(&["- ", &entry.key, colon, &entry.value]);
            }
        }
        if let Some(marker) = &data.full_text_marker {
            out.line(&[marker]);
        }
        out.lines(&data.preamble);
        for part in &data.parts {
            out.part(part);
        }
        if data.layout.final_newline {
            out.out.push_str(out.ending);
        }
        out.out
    }
}

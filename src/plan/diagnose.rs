//! What a plan's reading noticed but could not fully understand: each party whose
//! organisation has no kind, on the line of the plan's text where it stands.

use std::collections::HashSet;

use crate::base::quote::quoted;
use crate::model::{Diagnostic, PlanData, Task};
use crate::read::organizations;

/// How many diagnostics, the first in the text, name the closest kinds.
const MAX_SUGGESTED: usize = 20;

/// The diagnostics of a plan whose invariants hold, in document order.
pub(crate) fn diagnose(data: &PlanData) -> Vec<Diagnostic> {
    if data.organizations.iter().all(|o| o.kind.is_some()) {
        return Vec::new();
    }
    let home = organizations::home(&data.metadata);
    let kindless: HashSet<&str> = data
        .organizations
        .iter()
        .filter(|o| o.kind.is_none())
        .map(|o| o.id.as_str())
        .collect();
    let mut found = Vec::new();
    for (line, task) in responsibility_lines(data) {
        let Some(responsibility) = &task.responsibility else {
            continue;
        };
        for party in &responsibility.parties {
            if !kindless.contains(party.organization.as_str()) {
                continue;
            }
            let id = &party.organization;
            // Suggestions compare a name with every name of the vocabulary: the first
            // few diagnostics get them, so that a text of many unknown bodies is read
            // at the speed of any other.
            let suggest = found.len() < MAX_SUGGESTED;
            let message = organizations::why_unknown(&party.quote, home, id, suggest)
                .unwrap_or_else(|| {
                    format!(
                        "{} is kept as organisation `{id}`, of no kind",
                        quoted(&party.quote)
                    )
                });
            found.push(Diagnostic {
                line,
                node: task.id.clone(),
                message,
            });
        }
    }
    found
}

/// Each task that has a responsibility line, with the 1-based line of the plan's text
/// that line stands on: the lines counted as [`Plan::to_text`](crate::Plan::to_text)
/// writes them.
fn responsibility_lines(data: &PlanData) -> Vec<(usize, &Task)> {
    let mut line = data.notice.len()
        + data
            .info_box
            .as_ref()
            .map_or(0, |info| 1 + info.entries.len())
        + usize::from(data.full_text_marker.is_some())
        + data.preamble.len();
    let mut found = Vec::new();
    fn tasks<'a>(line: &mut usize, tasks: &'a [Task], found: &mut Vec<(usize, &'a Task)>) {
        for task in tasks {
            *line += 1 + task.continuation.len();
            if task.responsibility.is_some() {
                *line += 1;
                found.push((*line, task));
            }
        }
    }
    for part in &data.parts {
        line += 1 + part.paragraphs.len();
        tasks(&mut line, &part.tasks, &mut found);
        for group in &part.groups {
            line += 1 + group.paragraphs.len();
            tasks(&mut line, &group.tasks, &mut found);
        }
    }
    found
}

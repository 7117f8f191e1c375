//! What a plan's reading noticed but could not fully understand: each party whose
//! organisation has no kind, on the line of the plan's text where it stands.

use crate::base::quote::quoted;
use crate::model::{Diagnostic, PlanData, Task};
use crate::read::organizations;

/// The diagnostics of a plan whose invariants hold, in document order.
pub(crate) fn diagnose(data: &PlanData) -> Vec<Diagnostic> {
    if data.organizations.iter().all(|o| o.kind.is_some()) {
        return Vec::new();
    }
    let home = organizations::home(&data.metadata);
    let mut found = Vec::new();
    for (line, task) in responsibility_lines(data) {
        let Some(responsibility) = &task.responsibility else {
            continue;
        };
        for party in &responsibility.parties {
            let kindless = data
                .organizations
                .iter()
                .find(|o| o.id == party.organization)
                .is_some_and(|o| o.kind.is_none());
            if !kindless {
                continue;
            }
            let why = organizations::why_unknown(&party.quote, home)
                .unwrap_or_else(|| format!("{} has no kind", quoted(&party.quote)));
            found.push(Diagnostic {
                line,
                node: task.id.clone(),
                message: format!(
                    "{why}; it is kept as organisation `{}`, of no kind",
                    party.organization
                ),
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

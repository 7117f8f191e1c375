//! The roles of a task's parties: who leads and who supports, as the text states it.
//!
//! A task's statements of responsibility are read in the text's order: the notes in its
//! text, then its responsibility lines. Each splits into clauses: a clause starts with
//! a labelled item (`配合单位：…`) and ends after an item with a verb (`…牽頭`). A verb
//! says the role of its clause (`分別牽頭` and `牽頭`: they lead; `配合`: they support;
//! `負責`: they lead when no body before them does, else support); a label says it
//! otherwise (`牽頭單位`: lead; `配合單位`: support; `責任單位` after a lead: support).
//! Where nothing states the roles, the genre's convention does: the first body listed
//! leads and the rest support.

use crate::model::{ResponsibilityLabel, RoleBasis, Task};
use crate::read::notes::Scan;
use crate::read::responsibility::{self, PartyError, PartyRef, Verb};
use crate::vocab::actor::Role;

/// A task's responsibility as read from its text, borrowing it.
#[derive(Debug, Clone, Default)]
pub(crate) struct TaskReading<'a> {
    /// The notes in its text, and what looked like one but did not read.
    pub(crate) scan: Scan<'a>,
    /// Its responsibility lines', in order: the first line, then the further ones.
    pub(crate) lines: Vec<LineReading<'a>>,
}

/// A responsibility line as read: its parties up to the first item that does not read,
/// and why that one does not.
#[derive(Debug, Clone, Default)]
pub(crate) struct LineReading<'a> {
    pub(crate) parties: Vec<PartyRef<'a>>,
    pub(crate) error: Option<PartyError>,
}

/// Reads the notes and responsibility lines of `task`, with the roles of their parties.
pub(crate) fn read_task<'a>(task: &'a Task, home: Option<&'a str>) -> TaskReading<'a> {
    let mut scan = Scan::default();
    scan.line(&task.body, None, home);
    for (i, line) in task.continuation.iter().enumerate() {
        scan.line(line, Some(i), home);
    }
    let mut lead_seen = false;
    for note in &mut scan.notes {
        assign(&mut note.parties, None, &mut lead_seen);
    }
    let lines = task
        .responsibility
        .iter()
        .chain(&task.further_responsibility)
        .map(|line| {
            let mut read = LineReading::default();
            for party in responsibility::parties(&line.text, home) {
                match party {
                    Ok(party) => read.parties.push(party),
                    Err(err) => read.error = Some(err),
                }
            }
            assign(&mut read.parties, Some(line.label), &mut lead_seen);
            read
        })
        .collect();
    TaskReading { scan, lines }
}

/// Gives each party of one statement its role, clause by clause; `label` is the line's,
/// and `lead_seen` whether a body earlier in the task leads.
pub(crate) fn assign(
    parties: &mut [PartyRef<'_>],
    label: Option<ResponsibilityLabel>,
    lead_seen: &mut bool,
) {
    let mut rest = parties;
    while !rest.is_empty() {
        let len = clause_len(rest);
        let (clause, after) = rest.split_at_mut(len.min(rest.len()));
        let clause_label = clause.first().and_then(|p| p.label).or(label);
        let verb = clause.last().and_then(|p| p.verb);
        let label_role = clause_label.and_then(ResponsibilityLabel::role);
        let (first, others, basis) = match (verb, label_role) {
            (Some(Verb::Jointly), _) => (Role::Lead, Role::Lead, RoleBasis::Jointly),
            (Some(Verb::Lead), _) => (Role::Lead, Role::Lead, RoleBasis::Verb),
            (Some(Verb::Support), _) => (Role::Support, Role::Support, RoleBasis::Verb),
            (Some(Verb::Responsible), _) if *lead_seen => {
                (Role::Support, Role::Support, RoleBasis::Verb)
            }
            (Some(Verb::Responsible), _) => (Role::Lead, Role::Support, RoleBasis::Verb),
            (None, Some(role)) => (role, role, RoleBasis::Label),
            // A `責任單位` list after a lead lists the supporters.
            (None, None) if *lead_seen && clause_label.is_some() => {
                (Role::Support, Role::Support, RoleBasis::Label)
            }
            (None, None) if *lead_seen => (Role::Support, Role::Support, RoleBasis::Order),
            (None, None) => (Role::Lead, Role::Support, RoleBasis::Order),
        };
        // A role in brackets after a name is that body's; when one says it leads, the
        // others of the clause that say nothing support.
        let tagged_lead = clause
            .iter()
            .any(|p| matches!(p.tag, Some(Verb::Lead | Verb::Jointly)));
        let (first, others, basis) = if tagged_lead && verb.is_none() && label_role.is_none() {
            (Role::Support, Role::Support, RoleBasis::Verb)
        } else {
            (first, others, basis)
        };
        for (i, party) in clause.iter_mut().enumerate() {
            party.role = if i == 0 { first } else { others };
            party.basis = basis;
            if let Some(tag) = party.tag {
                party.basis = RoleBasis::Verb;
                party.role = match tag {
                    Verb::Lead | Verb::Jointly => Role::Lead,
                    Verb::Support => Role::Support,
                    Verb::Responsible => party.role,
                };
            }
        }
        *lead_seen |= clause.iter().any(|p| p.role == Role::Lead);
        rest = after;
    }
}

/// How many parties the clause at the start of `parties` holds: up to the next labelled
/// item, or through the first item with a verb.
fn clause_len(parties: &[PartyRef<'_>]) -> usize {
    for (i, party) in parties.iter().enumerate() {
        if i > 0 && party.label.is_some() {
            return i;
        }
        if party.verb.is_some() {
            return i + 1;
        }
    }
    parties.len()
}

//! What a reader of a document of the genre expects of its plan, as tables written by
//! reading the document: its tasks with their part, group, title, leads and supporters,
//! the task a cut text stops in, and the diagnostics that say what was left unread.

#![allow(dead_code)] // each test binary uses part of it

use wuzhong_plan::{DiagnosticKind, Plan, Role, RoleBasis, Task};

/// One task as read: number, part, group, title, and the quotes of its leads and of its
/// supporters, each in text order.
pub type Row = (
    u16,
    u8,
    Option<u8>,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

/// The task a cut text stops in: number, part, group and title. Its parties are not
/// checked, since the text stops before (or inside) them.
pub type Cut = (u16, u8, Option<u8>, &'static str);

/// What a document must read as.
pub struct Expected {
    /// Every complete task, in order.
    pub tasks: &'static [Row],
    /// The last task, when the text stops in it.
    pub cut: Option<Cut>,
    /// Every diagnostic but [`DiagnosticKind::UnknownBody`], by kind and the 1-based line
    /// it names, in line order. (Which bodies are of a known kind depends on the
    /// vocabulary, not on the document; those are checked apart.)
    pub diagnostics: &'static [(DiagnosticKind, usize)],
}

/// The quotes of the task's parties in `role`, in text order.
pub fn quotes(task: &Task, role: Role) -> Vec<&str> {
    task.responsible()
        .filter(|party| party.role == role)
        .map(|party| party.quote.as_str())
        .collect()
}

/// The task numbered `number`, which the plan must have.
pub fn task<'p>(name: &str, plan: &'p Plan, number: u16) -> &'p Task {
    plan.task(number)
        .unwrap_or_else(|| panic!("{name}: no task {number}"))
}

/// [`check`] for a document whose tasks are all complete and whose reading notices
/// nothing.
pub fn check_clean(name: &str, text: &str, tasks: &'static [Row]) -> Plan {
    let expected = Expected {
        tasks,
        cut: None,
        diagnostics: &[],
    };
    check(name, text, &expected)
}

/// Parses `text`, which must be accepted, and checks the plan against `expected`: the
/// tasks, the round trip, and the diagnostics.
pub fn check(name: &str, text: &str, expected: &Expected) -> Plan {
    let plan = wuzhong_plan::parse(text).unwrap_or_else(|err| panic!("{name} is refused: {err:?}"));
    assert_eq!(
        plan.to_text(),
        text,
        "{name} does not render back byte for byte"
    );

    let mut numbers: Vec<u16> = expected.tasks.iter().map(|row| row.0).collect();
    numbers.extend(expected.cut.map(|cut| cut.0));
    let read: Vec<u16> = plan.tasks().map(|task| task.number).collect();
    assert_eq!(read, numbers, "{name}: the task numbers");
    assert_eq!(plan.tasks().len(), numbers.len(), "{name}: the task count");

    for &(number, part, group, title, leads, supporters) in expected.tasks {
        let task = task(name, &plan, number);
        assert_eq!(
            (task.part, task.group, task.title.as_str()),
            (part, group, title),
            "{name}: the part, group and title of task {number}"
        );
        assert_eq!(
            quotes(task, Role::Lead),
            leads,
            "{name}: the leads of task {number}"
        );
        assert_eq!(
            quotes(task, Role::Support),
            supporters,
            "{name}: the supporters of task {number}"
        );
        assert_eq!(
            task.leads().count(),
            leads.len(),
            "{name}: task {number}'s leads() and its lead parties"
        );
        assert_eq!(
            task.lead().is_some(),
            !leads.is_empty(),
            "{name}: whether task {number} has a lead"
        );
    }
    if let Some((number, part, group, title)) = expected.cut {
        let task = task(name, &plan, number);
        assert_eq!(
            (task.part, task.group, task.title.as_str()),
            (part, group, title),
            "{name}: the part, group and title of the cut task {number}"
        );
        let truncated = plan
            .diagnostics()
            .iter()
            .find(|d| matches!(d.kind, DiagnosticKind::Truncated))
            .unwrap_or_else(|| panic!("{name}: no diagnostic says task {number} is cut"));
        assert_eq!(truncated.node, task.id, "{name}: the node of the cut");
    }

    let mut found: Vec<(usize, &DiagnosticKind)> = plan
        .diagnostics()
        .iter()
        .filter(|d| !matches!(d.kind, DiagnosticKind::UnknownBody))
        .map(|d| (d.line, &d.kind))
        .collect();
    found.sort_by_key(|&(line, _)| line);
    let wanted: Vec<(usize, &DiagnosticKind)> = expected
        .diagnostics
        .iter()
        .map(|(kind, line)| (*line, kind))
        .collect();
    assert_eq!(found, wanted, "{name}: the diagnostics (line, kind)");

    unknown_bodies_name_their_line(name, text, &plan);
    plan
}

/// Every `UnknownBody` diagnostic names a line on which a party of the plan stands, and
/// the party's name.
pub fn unknown_bodies_name_their_line(name: &str, text: &str, plan: &Plan) {
    let quotes: Vec<&str> = plan
        .tasks()
        .flat_map(|task| task.responsible())
        .map(|party| party.quote.as_str())
        .filter(|quote| !quote.is_empty())
        .collect();
    for diagnostic in plan.diagnostics() {
        if !matches!(diagnostic.kind, DiagnosticKind::UnknownBody) {
            continue;
        }
        let line = diagnostic
            .line
            .checked_sub(1)
            .and_then(|at| text.lines().nth(at))
            .unwrap_or_else(|| panic!("{name}: {diagnostic:?} names no line of the text"));
        assert!(
            quotes
                .iter()
                .any(|quote| line.contains(quote) && diagnostic.message.contains(quote)),
            "{name}: {diagnostic:?} names no party of line {}",
            diagnostic.line
        );
    }
}

/// Every party of task `number` in `role` was read on `basis`; the task has one at least.
pub fn assert_basis(name: &str, plan: &Plan, number: u16, role: Role, basis: RoleBasis) {
    let task = task(name, plan, number);
    let parties: Vec<_> = task.responsible().filter(|p| p.role == role).collect();
    assert!(
        !parties.is_empty(),
        "{name}: task {number} has no party in {role:?}"
    );
    for party in parties {
        assert_eq!(
            party.basis, basis,
            "{name}: the basis of {} in task {number}",
            party.quote
        );
    }
}

/// The numbers of the tasks a query answers.
pub fn numbers<'p>(tasks: impl Iterator<Item = &'p Task>) -> Vec<u16> {
    tasks.map(|task| task.number).collect()
}

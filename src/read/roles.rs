//! The roles of a task's parties: who leads and who supports, as the text states it.
//!
//! A task's statements of responsibility are read in the text's order: the notes in its
//! text (its title, before the first `。`, then its body and continuation lines), then
//! its responsibility lines. Each splits into clauses: a clause starts with
//! a labelled item (`配合单位：…`) and ends after an item with a verb (`…牽頭`). A verb
//! says the role of its clause (`分別牽頭` and `牽頭`: they lead; `配合`: they support;
//! `負責`: they lead when no body before them does, else support); a label says it
//! otherwise (`牽頭單位`: lead; `配合單位`: support; `責任單位` after a lead: support).
//! Where nothing states the roles, the genre's convention does: the first body listed
//! leads and the rest support.
//!
//! Each note has its own lead: a second note's `负责` list is read as if it stood alone.
//! A lead rule the document states once (`排在第一位的部门为牵头部门，下同`, see
//! [`crate::read::rules`]) holds from the note it stands in to the end of the text: where
//! a list of several bodies would lead by its order (a `负责` list, or one with no verb
//! or label), the rule decides, and the basis says so ([`RoleBasis::Rule`]); a label or
//! a verb that states a role (`牵头`, `配合`, `会同`) keeps its own basis. A standing rule
//! (`以下均需试点城市政府落实，不再列出`) adds its body to each later task: it leads a
//! task none of whose parties lead, and supports one that has a lead. A catch-all glued
//! on with `等` (`有关部门`) supports unless it is the only party of its clause.
//! `指导` reads as a lead (the guiding bodies lead), so a later `负责` list supports.

use crate::base::span::Span;
use crate::model::{LeadRule, PlanData, ResponsibilityLabel, RoleBasis, RuleKind, Task};
use crate::read::notes::Scan;
use crate::read::responsibility::{self, PartyError, PartyRef, Verb};
use crate::read::rules::{self, Outside};
use crate::vocab::actor::Role;

/// The lead rules in force as the tasks are read in the document's order, and those
/// found so far, borrowing the text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Rules<'a> {
    /// Whether a stated rule makes the first listed body lead.
    first_leads: bool,
    /// The body of the standing rule in force, read, with its span in the rule's words.
    standing: Option<PartyRef<'a>>,
    /// The words of the standing rule in force, which its body's span points into.
    pub(crate) standing_quote: &'a str,
    /// The rules found, in the document's order.
    pub(crate) found: Vec<RuleRef<'a>>,
    /// The standing rules outside the tasks, in the text's order, and how many of them
    /// are taken.
    outside: Vec<Outside<'a>>,
    outside_taken: usize,
    /// How many tasks are read.
    tasks_read: usize,
}

/// A lead rule as found, borrowing the text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RuleRef<'a> {
    /// The id of the task whose text states it.
    pub(crate) node: &'a str,
    /// Whether it stands in the task's title.
    pub(crate) title: bool,
    pub(crate) continuation: Option<usize>,
    /// The task's responsibility line it closes, where it does.
    pub(crate) responsibility: Option<usize>,
    pub(crate) span: Span,
    pub(crate) quote: &'a str,
    pub(crate) kind: RuleKind,
}

/// A task's responsibility as read from its text, borrowing it.
#[derive(Debug, Clone, Default)]
pub(crate) struct TaskReading<'a> {
    /// The notes in its text, and what looked like one but did not read.
    pub(crate) scan: Scan<'a>,
    /// Its responsibility lines', in order: the first line, then the further ones.
    pub(crate) lines: Vec<LineReading<'a>>,
    /// The parties a standing rule stated before the task adds to it.
    pub(crate) ruled: Vec<PartyRef<'a>>,
}

/// A responsibility line as read: its parties up to the first item that does not read,
/// and why that one does not.
#[derive(Debug, Clone, Default)]
pub(crate) struct LineReading<'a> {
    pub(crate) parties: Vec<PartyRef<'a>>,
    pub(crate) error: Option<PartyError>,
}

/// Reads the notes and responsibility lines of `task`, with the roles of their parties,
/// under the lead `rules` in force, which it adds those its text states to; tasks are
/// read in the document's order.
pub(crate) fn read_task<'a>(
    task: &'a Task,
    home: Option<&'a str>,
    rules: &mut Rules<'a>,
) -> TaskReading<'a> {
    rules.outside_before(home);
    rules.tasks_read += 1;
    let mut scan = Scan::default();
    scan.title(&task.title, home);
    scan.line(&task.body, None, home);
    for (i, line) in task.continuation.iter().enumerate() {
        scan.line(line, Some(i), home);
    }
    let line_of = |title: bool, continuation: Option<usize>| match (title, continuation) {
        (true, _) => Some(task.title.as_str()),
        (false, None) => Some(task.body.as_str()),
        (false, Some(i)) => task.continuation.get(i).map(String::as_str),
    };
    let mut stated = scan.rules.iter().peekable();
    // The rules stated before the note `before` (all of them for `usize::MAX`) take force.
    let mut state_up_to = |rules: &mut Rules<'a>, before: usize| {
        while let Some(rule) = stated.next_if(|rule| rule.notes_before <= before) {
            let line = line_of(rule.title, rule.continuation);
            rules.stated(task, (rule.title, rule.continuation), None, rule.span, line);
        }
    };
    let mut lead_any = false;
    for (i, note) in scan.notes.iter_mut().enumerate() {
        state_up_to(rules, i);
        let mut lead_seen = false;
        assign(&mut note.parties, None, &mut lead_seen, rules.first_leads);
        lead_any |= lead_seen;
    }
    state_up_to(rules, usize::MAX);
    let mut lead_seen = lead_any;
    let lines = task
        .responsibility
        .iter()
        .chain(&task.further_responsibility)
        .enumerate()
        .map(|(i, line)| {
            // A rule in brackets at the line's end holds from this line on.
            if let Some(span) = rules::in_line(&line.text) {
                rules.stated(task, (false, None), Some(i), span, Some(&line.text));
            }
            let mut read = LineReading::default();
            for party in responsibility::parties(&line.text, home) {
                match party {
                    Ok(party) => read.parties.push(party),
                    Err(err) => read.error = Some(err),
                }
            }
            assign(
                &mut read.parties,
                Some(line.label),
                &mut lead_seen,
                rules.first_leads,
            );
            read
        })
        .collect();
    // A standing rule stated before the task adds its body; one the task states holds
    // for the tasks after it.
    let ruled = rules
        .standing
        .map(|mut party| {
            party.role = if lead_seen { Role::Support } else { Role::Lead };
            party.basis = RoleBasis::Rule;
            party
        })
        .into_iter()
        .collect();
    for rule in &scan.standing {
        if let Some(line) = line_of(rule.title, rule.continuation) {
            rules.standing(
                &task.id,
                (rule.title, rule.continuation),
                line,
                (rule.span, rule.body),
                home,
            );
        }
    }
    TaskReading { scan, lines, ruled }
}

impl From<&RuleRef<'_>> for LeadRule {
    fn from(rule: &RuleRef<'_>) -> LeadRule {
        LeadRule {
            node: rule.node.to_owned(),
            title: rule.title,
            continuation: rule.continuation,
            responsibility: rule.responsibility,
            span: rule.span,
            quote: rule.quote.to_owned(),
            kind: rule.kind,
        }
    }
}

impl<'a> Rules<'a> {
    /// No rule in force yet, before the first task of `data`, whose standing rules
    /// outside its tasks (in its preamble, headings and paragraphs) are found now, to be
    /// taken as the tasks after them are read.
    pub(crate) fn new(data: &'a PlanData) -> Rules<'a> {
        Rules {
            outside: rules::outside_tasks(data),
            ..Rules::default()
        }
    }

    /// Takes the rules outside the tasks that stand after the last task, which hold for
    /// none but are rules the text states all the same.
    pub(crate) fn finish(&mut self, home: Option<&'a str>) {
        self.tasks_read = usize::MAX;
        self.outside_before(home);
    }

    /// Takes the rules outside the tasks that stand before the next task.
    fn outside_before(&mut self, home: Option<&'a str>) {
        while let Some(rule) = self
            .outside
            .get(self.outside_taken)
            .copied()
            .filter(|rule| rule.tasks_before <= self.tasks_read)
        {
            self.outside_taken += 1;
            match rule.kind {
                RuleKind::Standing => self.standing(
                    rule.node,
                    (false, rule.continuation),
                    rule.line,
                    (rule.span, rule.body),
                    home,
                ),
                RuleKind::FirstListedLeads => {
                    if let Some(quote) = rule.span.of(rule.line) {
                        self.first_leads = true;
                        self.found.push(RuleRef {
                            node: rule.node,
                            title: false,
                            continuation: rule.continuation,
                            responsibility: None,
                            span: rule.span,
                            quote,
                            kind: RuleKind::FirstListedLeads,
                        });
                    }
                }
            }
        }
    }

    /// Takes a standing rule of node `node` whose words stand at `at.0` of `line` (in a
    /// task's title where `title`, else its line `continuation`), and the body it names
    /// at `at.1`: from here on that body has a share in each task.
    fn standing(
        &mut self,
        node: &'a str,
        (title, continuation): (bool, Option<usize>),
        line: &'a str,
        (span, body): (Span, Span),
        home: Option<&'a str>,
    ) {
        let (Some(quote), Some(body_text)) = (span.of(line), body.of(line)) else {
            return;
        };
        self.standing_quote = quote;
        self.found.push(RuleRef {
            node,
            title,
            continuation,
            responsibility: None,
            span,
            quote,
            kind: RuleKind::Standing,
        });
        let offset = body.start - span.start;
        self.standing = responsibility::parties(body_text, home)
            .next()
            .and_then(Result::ok)
            .map(|mut party| {
                party.span = Span {
                    start: party.span.start + offset,
                    end: party.span.end + offset,
                };
                party
            });
    }

    /// Takes a stated rule of `task` at `span` of `line` (a line of its text, its title
    /// where `title`, or its `responsibility`-th responsibility line): from here on the
    /// first listed body leads.
    fn stated(
        &mut self,
        task: &'a Task,
        (title, continuation): (bool, Option<usize>),
        responsibility: Option<usize>,
        span: Span,
        line: Option<&'a str>,
    ) {
        let Some(quote) = line.and_then(|line| span.of(line)) else {
            return;
        };
        self.first_leads = true;
        self.found.push(RuleRef {
            node: &task.id,
            title,
            continuation,
            responsibility,
            span,
            quote,
            kind: RuleKind::FirstListedLeads,
        });
    }
}

/// Gives each party of one statement its role, clause by clause; `label` is the line's,
/// `lead_seen` whether a body earlier in the statement's task leads, and `rule` whether
/// a stated rule makes the first listed body lead.
pub(crate) fn assign(
    parties: &mut [PartyRef<'_>],
    label: Option<ResponsibilityLabel>,
    lead_seen: &mut bool,
    rule: bool,
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
        // Where the order of several bodies says who leads, a stated rule says it.
        let by_order = matches!(
            (verb, label_role),
            (Some(Verb::Responsible), _) | (None, None)
        ) && !*lead_seen;
        // A body the order alone makes lead or support, one alone in its list with no
        // verb, or one of a later clause, does so by the rule too.
        let (first, others, basis) =
            if rule && (basis == RoleBasis::Order || (by_order && clause.len() > 1)) {
                (first, others, RoleBasis::Rule)
            } else {
                (first, others, basis)
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
            // A catch-all glued on with `等` supports the bodies named before it.
            if party.catch_all && i > 0 {
                party.role = Role::Support;
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

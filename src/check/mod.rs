//! The invariants of a plan, checked whenever one is made (from JSON, by the parser, or
//! with curated targets or domains), and on demand by
//! [`Plan::validate`](crate::Plan::validate).
//!
//! The check reads the plan's data as it stands, without the indexes, and reports every
//! broken invariant it finds rather than stopping at the first, each as an [`Invalid`]
//! naming the node, the field and what is wrong. An invariant that follows from the
//! place of a node (its number, its id, the part and group it names) is checked against
//! what the place gives, so one wrong number is one report, not a cascade.
//!
//! - [`state`]: what the checks share: the data, the problems found so far, the wrong
//!   ids and the registry of organisations built as the lines are read again;
//! - [`lines`]: fields of one line, prose that reads as prose, and the spacing;
//! - [`front`]: the front matter reads back as what it is and says the metadata;
//! - [`structure`]: parts, groups and tasks: numbers, places, titles and texts;
//! - [`ids`]: each id the one its place gives, and a wrong id another has too told apart;
//! - [`spans`]: a span lies in its text and the quote is the text there;
//! - [`responsibility`]: a task's notes and responsibility lines against its text read
//!   again, party by party;
//! - [`mentions`]: the bodies a task's body mentions, against the body read again;
//! - [`domains`]: a task's domain tags;
//! - [`deadlines`]: a task's deadline: its quote at its span, its fields as it reads;
//! - [`targets`]: each target's place, order, id, quote and deadline;
//! - [`organizations`]: the registry of organisations against the one the lines give.

mod deadlines;
mod domains;
mod front;
mod ids;
mod lines;
mod mentions;
mod organizations;
mod readback;
mod responsibility;
mod spans;
mod state;
mod structure;
mod targets;

use crate::check::state::Checker;
use crate::fault::Invalid;
use crate::model::PlanData;

pub(crate) use crate::check::state::Reread;

/// Every broken invariant of `data`: check by check in the order below (the front
/// matter, the spacing, the tree with each task's parties, mentions and domains, the
/// targets, the repeated ids, the registry), each in the order of the document.
pub(crate) fn check(data: &PlanData, reread: Reread) -> Vec<Invalid> {
    let mut checker = Checker::new(data, reread);
    checker.front_matter();
    checker.spacing();
    checker.structure();
    checker.targets();
    checker.name_duplicates();
    if reread == Reread::Yes {
        checker.lead_rules();
        checker.organizations();
        // A plan the checks above find sound is one whose text can be written: read
        // again, it must give the same plan.
        if checker.problems.is_empty() {
            checker.reads_back();
        }
    }
    checker.problems
}

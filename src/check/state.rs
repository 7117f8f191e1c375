//! What the checks share: the plan's data, whether its lines are read again, the
//! problems found so far, and what a later check takes from an earlier one.

use crate::fault::{Invalid, InvalidKind};
use crate::model::PlanData;
use crate::read::organizations::Builder;
use crate::read::roles::Rules;

/// Whether the check reads each responsibility line and task body again, to compare the
/// parties and mentions a plan was given with the text: yes for JSON and on demand, no
/// for what the parser has just read from that same text with the same readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reread {
    Yes,
    No,
}

/// The checks' state, which each file of the check adds its methods to.
pub(super) struct Checker<'a> {
    pub(super) data: &'a PlanData,
    pub(super) reread: Reread,
    pub(super) problems: Vec<Invalid>,
    /// The problems that are wrong ids, by index, to be told apart from repeated ids once
    /// every id has been seen.
    pub(super) id_faults: Vec<usize>,
    /// The registry of organisations the lines give, built as they are read again.
    pub(super) registry: Builder<'a>,
    /// The lead rules in force as the tasks are read again, and those found.
    pub(super) rules: Rules<'a>,
}

impl<'a> Checker<'a> {
    pub(super) fn new(data: &'a PlanData, reread: Reread) -> Checker<'a> {
        Checker {
            data,
            reread,
            problems: Vec::new(),
            id_faults: Vec::new(),
            registry: Builder::for_plan(&data.metadata),
            rules: Rules::new(data),
        }
    }

    pub(super) fn report(&mut self, node: &str, field: impl Into<String>, kind: InvalidKind) {
        self.problems.push(Invalid::new(node, field, kind));
    }
}

//! The one invariant a JSON document breaks, as the tests of loading ask for it.

use wuzhong_plan::{Error, InvalidKind, Plan};

/// The node, field and fault of the one invariant `json` breaks; fails the test if it
/// loads, or breaks more than one, or fails for another reason.
pub fn one_broken_invariant(json: &str) -> (String, String, InvalidKind) {
    match Plan::from_json(json) {
        Err(Error::Invalid(mut problems)) if problems.len() == 1 => {
            let problem = problems.remove(0);
            (problem.node, problem.field, problem.kind)
        }
        other => panic!("expected one broken invariant, got {other:?}"),
    }
}

//! The ids of nodes and targets: each the one its place gives, and a wrong id that
//! another node or target has too told apart as repeated, once every id has been seen.

use std::collections::HashMap;

use crate::check::state::Checker;
use crate::fault::InvalidKind;
use crate::model::ids::{PlaceIndexes, id_indexes, node_id};

impl Checker<'_> {
    /// Checks that a node's id is the one its place gives, reading the numbers back out
    /// of the id rather than writing the expected id for each node.
    pub(super) fn id(&mut self, id: &str, place: PlaceIndexes) {
        if id_indexes(id) != Some(place) {
            self.wrong_id(id, canonical_id(place));
        }
    }

    /// Reports that `id` is not `expected`, the one its place gives, and keeps the report
    /// among the wrong ids, which [`Checker::name_duplicates`] tells apart.
    pub(super) fn wrong_id(&mut self, id: &str, expected: String) {
        self.id_faults.push(self.problems.len());
        self.report(id, "id", InvalidKind::WrongId { expected });
    }

    /// Tells the wrong ids that another node or target has too from the others.
    pub(super) fn name_duplicates(&mut self) {
        if self.id_faults.is_empty() {
            return;
        }
        let data = self.data;
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let ids = data
            .parts
            .iter()
            .flat_map(|part| {
                std::iter::once(part.id.as_str())
                    .chain(part.groups.iter().map(|group| group.id.as_str()))
            })
            .chain(data.tasks().map(|task| task.id.as_str()))
            .chain(data.targets.iter().map(|target| target.id.as_str()));
        for id in ids {
            *seen.entry(id).or_default() += 1;
        }
        for &at in &self.id_faults {
            let Some(problem) = self.problems.get_mut(at) else {
                continue;
            };
            if seen.get(problem.node.as_str()).is_some_and(|&n| n > 1) {
                if let InvalidKind::WrongId { expected } = &mut problem.kind {
                    problem.kind = InvalidKind::DuplicateId {
                        id: problem.node.clone(),
                        expected: std::mem::take(expected),
                    };
                }
            }
        }
    }
}

/// The canonical id of a place given as indexes.
fn canonical_id((part, group, task): PlaceIndexes) -> String {
    node_id(part + 1, group.map(|g| g + 1), task.map(|t| t + 1))
}

//! The registry of organisations: the plan's list is the one its responsibility lines
//! give, as the parties' check has built it.

use crate::check::state::Checker;
use crate::fault::InvalidKind;
use crate::read::organizations::Builder;

impl Checker<'_> {
    /// Checks the registry of organisations against the one the responsibility lines
    /// give, as the parties' check has built it.
    pub(super) fn organizations(&mut self) {
        let data = self.data;
        let organizations = std::mem::replace(&mut self.registry, Builder::new(None)).finish();
        for (i, expected) in organizations.iter().enumerate() {
            let found = data.organizations.get(i);
            if found != Some(expected) {
                let found = found.map_or_else(
                    || "nothing: the list ends".to_owned(),
                    |o| serde_json::to_string(o).unwrap_or_default(),
                );
                self.report(
                    "organizations",
                    format!("organizations[{i}]"),
                    InvalidKind::Mismatch {
                        expected: serde_json::to_string(expected).unwrap_or_default(),
                        found,
                    },
                );
                return;
            }
        }
        if let Some(extra) = data.organizations.get(organizations.len()) {
            self.report(
                "organizations",
                format!("organizations[{}]", organizations.len()),
                InvalidKind::Mismatch {
                    expected: format!(
                        "no organisation here: the responsibility lines name {}",
                        organizations.len()
                    ),
                    found: extra.id.clone(),
                },
            );
        }
    }
}

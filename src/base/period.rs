//! A span of years, such as a plan period.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An inclusive span of years, such as the plan period 2021–2025.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// The first year.
    pub start: u16,
    /// The last year, inclusive.
    pub end: u16,
}

impl Period {
    /// Whether `year` falls inside the period.
    ///
    /// ```
    /// let period = wuzhong_plan::plan().metadata().period.expect("the plan states its period");
    /// assert!(period.contains(2025) && !period.contains(2026));
    /// ```
    pub fn contains(&self, year: u16) -> bool {
        (self.start..=self.end).contains(&year)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}–{}", self.start, self.end)
    }
}

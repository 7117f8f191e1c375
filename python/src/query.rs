//! The query of `Plan.query` and `Plan.query_targets`: its conditions, as Python gives
//! them, made into the library's query builder.

use wuzhong_plan::{Domain, Error, Plan, Query};

use crate::arguments::year;

/// The conditions of a query, as Python gives them.
pub(crate) struct Conditions {
    pub(crate) lead: Vec<String>,
    pub(crate) involving: Vec<String>,
    pub(crate) domain: Vec<String>,
    pub(crate) part: Option<i64>,
    pub(crate) group: Option<i64>,
    pub(crate) due_by: Option<i64>,
    pub(crate) text: Vec<String>,
    pub(crate) quote: Vec<String>,
    pub(crate) level: Vec<String>,
}

impl Conditions {
    /// The query, or `None` when a condition holds for nothing (a number out of range).
    pub(crate) fn query<'p>(&self, plan: &'p Plan) -> Result<Option<Query<'p>>, Error> {
        let mut query = plan.query();
        for name in &self.lead {
            query = query.try_led_by(name.as_str())?;
        }
        for name in &self.involving {
            query = query.try_involving(name.as_str())?;
        }
        for name in &self.domain {
            query = query.domain(Domain::lookup(name)?);
        }
        for text in &self.text {
            query = query.text(text);
        }
        for text in &self.quote {
            query = query.quote(text);
        }
        for level in &self.level {
            query = query.try_level(level)?;
        }
        if let Some(part) = self.part {
            let Ok(part) = u8::try_from(part) else {
                return Ok(None);
            };
            query = query.in_part(part);
        }
        if let Some(group) = self.group {
            let Ok(group) = u8::try_from(group) else {
                return Ok(None);
            };
            query = query.in_group(group);
        }
        if let Some(due_by) = self.due_by {
            let Some(due_by) = year(due_by) else {
                return Ok(None);
            };
            query = query.due_by(due_by);
        }
        Ok(Some(query))
    }
}

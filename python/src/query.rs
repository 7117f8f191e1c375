//! The query of `Plan.query` and `Plan.query_targets` (and of `Corpus`'s, asked of each
//! plan): its conditions, as Python gives them, made into the library's query builder.

use wuzhong_plan::{Domain, Error, Plan, Query};

use crate::arguments::{Names, names, year};

/// The conditions of a query, as Python gives them.
pub(crate) struct Conditions {
    lead: Vec<String>,
    involving: Vec<String>,
    domain: Vec<String>,
    part: Option<i64>,
    group: Option<i64>,
    due_by: Option<i64>,
    text: Vec<String>,
    quote: Vec<String>,
    level: Vec<String>,
}

impl Conditions {
    /// The conditions of the keyword arguments of `query` and `query_targets`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        lead: Option<Names>,
        involving: Option<Names>,
        domain: Option<Names>,
        part: Option<i64>,
        group: Option<i64>,
        due_by: Option<i64>,
        text: Option<Names>,
        quote: Option<Names>,
        level: Option<Names>,
    ) -> Conditions {
        Conditions {
            lead: names(lead),
            involving: names(involving),
            domain: names(domain),
            part,
            group,
            due_by,
            text: names(text),
            quote: names(quote),
            level: names(level),
        }
    }

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

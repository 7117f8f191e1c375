//! A task's domain tags: each with a quote that stands in the task's text, no domain
//! twice.

use crate::check::state::Checker;
use crate::fault::InvalidKind;
use crate::model::Task;
use crate::vocab::domain;

impl Checker<'_> {
    /// Checks each domain tag: a quote, no domain twice, the quote in the task's text.
    /// A repeated tag is reported as such without its quote being looked for, so that
    /// the task's text is searched at most once for each domain, however many tags it
    /// has.
    pub(super) fn domains(&mut self, task: &Task) {
        let mut seen = [false; domain::COUNT];
        for (i, tag) in task.domains.iter().enumerate() {
            let repeated = seen
                .get_mut(tag.domain as usize)
                .is_some_and(|seen| std::mem::replace(seen, true));
            let kind = if tag.quote.is_empty() {
                Some(("quote", InvalidKind::EmptyQuote))
            } else if repeated {
                Some(("domain", InvalidKind::RepeatedDomain(tag.domain)))
            } else if !task.title.contains(&tag.quote) && !task.body.contains(&tag.quote) {
                Some((
                    "quote",
                    InvalidKind::QuoteNotInTask {
                        quote: tag.quote.clone(),
                    },
                ))
            } else {
                None
            };
            if let Some((field, kind)) = kind {
                self.report(&task.id, format!("domains[{i}].{field}"), kind);
            }
        }
    }
}

//! Output: what a plan is written out as. Each renderer reads a [`Plan`](crate::Plan)
//! through its public accessors and writes one format, for any plan (the embedded one,
//! one parsed from text, one loaded from JSON), and never changes the model:
//!
//! - [`text`]: the plain text ([`Plan::to_text`](crate::Plan::to_text)), which gives back
//!   the input of [`parse`](crate::parse()) byte for byte and is how `parse` proves it lost
//!   nothing;
//! - `markdown`: GitHub-flavoured Markdown for people;
//! - [`html`]: one self-contained page, in the Akoma Ntoso convention of Laws.Africa's
//!   viewers, with its two pictures;
//! - `svg`: the pictures, a deadline timeline and a responsibility network
//!   ([`Plan::timeline_svg`](crate::Plan::timeline_svg),
//!   [`Plan::network_svg`](crate::Plan::network_svg));
//! - `akn`: Akoma Ntoso 3.0 XML, a `statement`
//!   ([`Plan::to_akoma_ntoso`](crate::Plan::to_akoma_ntoso));
//! - `stratml`: StratML Part 2 XML, a performance plan
//!   ([`Plan::to_stratml`](crate::Plan::to_stratml));
//! - [`options`]: the [`Format`]s, the [`Script`] the displayed text is in, and the
//!   [`RenderOptions`] every renderer takes;
//! - `escape` and `eid`: what the XML and HTML renderers share, escaping and the Akoma
//!   Ntoso eIds of the nodes; `words`: the script and language of a page and its
//!   pictures, and the few words they add; `shorten`: the cutting of what a page or
//!   picture repeats for each pair of things (a task's title in each of its
//!   organisations' lists), which keeps every output in proportion to the plan.

mod akn;
mod eid;
mod escape;
mod html;
mod markdown;
mod options;
mod shorten;
mod stratml;
mod svg;
mod text;
mod words;

pub use options::{Format, RenderOptions, Script};

use crate::model::{Part, Target};
use crate::plan::Plan;

/// The targets each paragraph of `part` states (its objectives), by paragraph: what the
/// renderers mark in a part's prose, found in one pass over the plan's targets.
pub(crate) fn objectives_by_paragraph<'a>(plan: &'a Plan, part: &Part) -> Vec<Vec<&'a Target>> {
    let mut by_paragraph = vec![Vec::new(); part.paragraphs.len()];
    for target in plan
        .targets()
        .filter(|t| t.task.is_none() && t.part == part.number)
    {
        if let Some(list) = target.paragraph.and_then(|p| by_paragraph.get_mut(p)) {
            list.push(target);
        }
    }
    by_paragraph
}

impl Plan {
    /// Renders the plan in `format`: the method of that format, chosen at run time (as the
    /// command line's `render --to` does).
    ///
    /// ```
    /// use wuzhong_plan::{Format, RenderOptions};
    /// let plan = wuzhong_plan::plan();
    /// let options = RenderOptions::default();
    /// assert_eq!(plan.render(Format::Text, &options), plan.to_text());
    /// assert_eq!(plan.render(Format::Markdown, &options), plan.to_markdown(&options));
    /// ```
    pub fn render(&self, format: Format, options: &RenderOptions) -> String {
        match format {
            Format::Text => self.to_text(),
            Format::Markdown => self.to_markdown(options),
            Format::Html => self.to_html(options),
            Format::AkomaNtoso => self.to_akoma_ntoso(options),
            Format::StratMl => self.to_stratml(options),
            Format::TimelineSvg => self.timeline_svg(options),
            Format::NetworkSvg => self.network_svg(options),
        }
    }
}

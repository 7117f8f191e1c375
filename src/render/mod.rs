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

// What the page of a corpus (`corpus::page`) shares with a plan's page: its policy, its
// style sheet and each plan's `article`, the escaping, the language tag of a script.
pub(crate) use escape::xml;
pub(crate) use html::{POLICY, STYLE, article};
pub(crate) use words::lang;

use crate::base::numeral::to_numeral;
use crate::model::{Annex, NumberMarker, Part, Target, Task};
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

/// One document of a plan's text, as the renderers write it: the plan's own text (no
/// annex), or one of its annexes, with the parts that stand in it and the signature
/// block that ends it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Document<'a> {
    /// The annex, or `None` for the document itself.
    pub annex: Option<&'a Annex>,
    /// Its parts, in order.
    pub parts: &'a [Part],
    /// The signature block that ends it.
    pub signature: &'a [String],
}

/// The documents of `plan` in the order of its text: the document itself, then each
/// annex, each with its parts (the parts stand in the plan's list in that order).
pub(crate) fn documents(plan: &Plan) -> Vec<Document<'_>> {
    let data = plan.data();
    let mut rest = data.parts.as_slice();
    let mut take = |annex: Option<u8>| {
        let end = rest.partition_point(|part| part.annex == annex);
        let (parts, after) = rest.split_at(end);
        rest = after;
        parts
    };
    let mut documents = vec![Document {
        annex: None,
        parts: take(None),
        signature: &data.signature,
    }];
    for annex in &data.annexes {
        documents.push(Document {
            annex: Some(annex),
            parts: take(Some(annex.number)),
            signature: &annex.signature,
        });
    }
    documents
}

/// A number as a style writes it, without the style's punctuation: `23` for `23.` and
/// `(23)`, `十七` for `（十七）` and `十七、`, `⑰` for a circled number, `21` for a table's
/// row; `None` for no number. Lists, tables and pictures show it beside a title.
pub(crate) fn bare_number(marker: NumberMarker, value: u16) -> Option<String> {
    match marker {
        NumberMarker::Unnumbered => None,
        NumberMarker::Circled => Some(marker.label(value)),
        NumberMarker::Numeral
        | NumberMarker::NumeralParenthesized
        | NumberMarker::NumeralAsciiParenthesized => Some(
            u8::try_from(value)
                .ok()
                .and_then(to_numeral)
                .unwrap_or_else(|| value.to_string()),
        ),
        NumberMarker::Dot
        | NumberMarker::FullWidthDot
        | NumberMarker::Comma
        | NumberMarker::SmallDot
        | NumberMarker::Parenthesized
        | NumberMarker::AsciiParenthesized
        | NumberMarker::Cell => Some(value.to_string()),
    }
}

/// A task's number as the text writes it, without its marker: `23` for `23.`, `十七` for
/// `（十七）`; `None` for an unnumbered task.
pub(crate) fn task_number(task: &Task) -> Option<String> {
    bare_number(task.marker, task.written_number()?)
}

/// How a list, a table or a picture names a task: its number as written without its
/// marker (`23`), or, for an unnumbered task, its title cut to [`shorten::REPEATED_CHARS`]
/// characters.
pub(crate) fn task_name(task: &Task) -> String {
    task_number(task)
        .unwrap_or_else(|| shorten::shortened(&task.title, shorten::REPEATED_CHARS).into_owned())
}

/// A task's number as the text writes it (`23.`, `（十七）`, `21` for a table's row), with
/// a space after one that ends in ASCII (`23. `, `21 `), to stand before its title;
/// empty for an unnumbered task.
pub(crate) fn label_before_title(task: &Task) -> String {
    let mut label = task.label();
    if label.ends_with(|c: char| c.is_ascii()) {
        label.push(' ');
    }
    label
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

/// How a party's place in its task reads for people, after its name: its
/// organisation's level, if known, and the basis of its role (`city, by order`;
/// `by label` for a body of no known level).
pub(crate) fn party_note(plan: &Plan, party: &crate::model::Party) -> String {
    let basis: &str = party.basis.into();
    match plan
        .organization(&party.organization)
        .and_then(|organization| organization.level)
    {
        Some(level) => format!("{level}, by {basis}"),
        None => format!("by {basis}"),
    }
}

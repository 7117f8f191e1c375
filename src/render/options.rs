//! What a renderer is asked for: the format, and the script of the displayed text.

use std::borrow::Cow;

use crate::base::script::to_simplified;
use crate::model::literal_enum;

literal_enum! {
    /// A format [`Plan::render`](crate::Plan::render) writes. `Display` gives the name the
    /// command line's `render --to` takes.
    ///
    /// ```
    /// use wuzhong_plan::Format;
    /// assert_eq!("akn".parse::<Format>()?, Format::AkomaNtoso);
    /// assert_eq!(Format::TimelineSvg.to_string(), "timeline-svg");
    /// # Ok::<(), strum::ParseError>(())
    /// ```
    #[serde(rename_all = "kebab-case")]
    #[non_exhaustive]
    pub enum Format {
        /// The plain text, byte for byte ([`Plan::to_text`](crate::Plan::to_text)).
        #[strum(to_string = "text")]
        Text,
        /// GitHub-flavoured Markdown ([`Plan::to_markdown`](crate::Plan::to_markdown)).
        #[strum(to_string = "markdown")]
        Markdown,
        /// One self-contained HTML page ([`Plan::to_html`](crate::Plan::to_html)).
        #[strum(to_string = "html")]
        Html,
        /// Akoma Ntoso 3.0 XML ([`Plan::to_akoma_ntoso`](crate::Plan::to_akoma_ntoso)).
        #[strum(to_string = "akn")]
        AkomaNtoso,
        /// StratML Part 2 XML ([`Plan::to_stratml`](crate::Plan::to_stratml)).
        #[strum(to_string = "stratml")]
        StratMl,
        /// The deadline timeline as SVG ([`Plan::timeline_svg`](crate::Plan::timeline_svg)).
        #[strum(to_string = "timeline-svg")]
        TimelineSvg,
        /// The responsibility network as SVG ([`Plan::network_svg`](crate::Plan::network_svg)).
        #[strum(to_string = "network-svg")]
        NetworkSvg,
    }
}

literal_enum! {
    /// The script a renderer writes the plan's text in.
    ///
    /// ```
    /// use wuzhong_plan::Script;
    /// assert_eq!("simplified".parse::<Script>()?, Script::Simplified);
    /// # Ok::<(), strum::ParseError>(())
    /// ```
    #[serde(rename_all = "lowercase")]
    #[strum(serialize_all = "lowercase")]
    #[non_exhaustive]
    pub enum Script {
        /// As the source writes it, for a source in Traditional script (the Wuzhong
        /// plan's). The crate has no table from Simplified to Traditional, so a plan
        /// written in Simplified stays as it is.
        Traditional,
        /// Converted to Simplified, character by character with `fast2s`'s table and its
        /// few context rules.
        Simplified,
    }
}

/// How to render: the script of the displayed text. The default is the source's own.
///
/// ```
/// use wuzhong_plan::{RenderOptions, Script};
/// let options = RenderOptions::default().script(Script::Simplified);
/// assert_eq!(options.display("醫療衛生"), "医疗卫生");
/// assert_eq!(RenderOptions::default().display("醫療衛生"), "醫療衛生");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct RenderOptions {
    /// The script of the displayed text; `None` for the source's own.
    pub script: Option<Script>,
}

impl RenderOptions {
    /// These options with the displayed text in `script`.
    pub fn script(mut self, script: Script) -> RenderOptions {
        self.script = Some(script);
        self
    }

    /// `text` as these options display it.
    pub fn display<'a>(&self, text: &'a str) -> Cow<'a, str> {
        match self.script {
            Some(Script::Simplified) => Cow::Owned(to_simplified(text)),
            Some(Script::Traditional) | None => Cow::Borrowed(text),
        }
    }
}

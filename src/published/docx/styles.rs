//! The numbering a paragraph style gives its paragraphs (`word/styles.xml`): a style's
//! `w:numPr`, or that of the style it is based on (`w:basedOn`), and so on up, within a
//! bounded number of steps, so that styles based on one another in a circle end.

use std::collections::HashMap;

use crate::published::Refusal;

use super::xml::{Element, Handler, Open, Stop, walk};

/// The most styles a paragraph's style is followed through, itself included: more than
/// any real chain of styles (Word's own are three or four deep), and a bound on a
/// circle.
const MOST_STEPS: usize = 32;

/// A style's numbering: the numbering instance (`w:numId`) and level (`w:ilvl`) its
/// `w:numPr` gives, each where it gives it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct NumPr {
    /// The numbering instance; 0 takes numbering away.
    pub(super) num_id: Option<i64>,
    /// The level, from 0.
    pub(super) ilvl: Option<i64>,
}

/// One style, as far as numbering goes.
#[derive(Debug, Clone, Default)]
struct Style {
    /// The style it is based on.
    based_on: Option<String>,
    /// Its own `w:numPr`, where it has one.
    numbering: Option<NumPr>,
}

/// A document's styles, as far as numbering goes.
#[derive(Debug, Clone, Default)]
pub(super) struct Styles {
    styles: HashMap<String, Style>,
    /// The paragraph style of paragraphs that name none (`w:default="1"`).
    default_paragraph: Option<String>,
}

impl Styles {
    /// The styles of the part `part`, its bytes `xml`.
    pub(super) fn read(part: &str, xml: &[u8]) -> Result<Styles, Refusal> {
        let mut reader = Reader::default();
        walk(part, xml, &mut reader)?;
        Ok(reader.styles)
    }

    /// The numbering the style `style` gives (the default paragraph style where a
    /// paragraph names none): the numbering instance of the first style that gives
    /// one, from the style itself up the styles it is based on, with the level of the
    /// first of them that gives one.
    pub(super) fn numbering(&self, style: Option<&str>) -> Option<NumPr> {
        let mut at = style.or(self.default_paragraph.as_deref());
        let mut ilvl = None;
        for _ in 0..MOST_STEPS {
            let found = self.styles.get(at?)?;
            if let Some(numbering) = found.numbering {
                ilvl = ilvl.or(numbering.ilvl);
                if numbering.num_id.is_some() {
                    return Some(NumPr {
                        num_id: numbering.num_id,
                        ilvl,
                    });
                }
            }
            at = found.based_on.as_deref();
        }
        None
    }

    /// The numbering instance of the numbering style `style` (`w:numStyleLink` names
    /// one), where it gives one.
    pub(super) fn linked(&self, style: &str) -> Option<i64> {
        self.numbering(Some(style))
            .and_then(|numbering| numbering.num_id)
    }
}

/// The reader of a styles part.
#[derive(Default)]
struct Reader {
    styles: Styles,
    /// The style being read: its id and what is read of it.
    current: Option<(String, Style)>,
}

/// Where a styles part's reader is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    /// In `w:styles`.
    Root,
    /// In a `w:style`.
    Style,
    /// In a style's `w:pPr`.
    Properties,
    /// In its `w:numPr`.
    NumPr,
}

impl Handler for Reader {
    type Kind = At;

    fn open(&mut self, within: Option<At>, element: &Element<'_>) -> Result<Open<At>, Stop> {
        let word = |local: &str| element.is_word(local);
        Ok(match within {
            None if word("styles") => Open::Enter(At::Root),
            Some(At::Root) if word("style") => {
                let id = element
                    .attribute("styleId")?
                    .unwrap_or_default()
                    .into_owned();
                let paragraph = element
                    .attribute("type")?
                    .is_none_or(|kind| kind == "paragraph");
                if paragraph
                    && element
                        .attribute("default")?
                        .is_some_and(|on| on == "1" || on == "true" || on == "on")
                {
                    self.styles.default_paragraph = Some(id.clone());
                }
                self.current = Some((id, Style::default()));
                Open::Enter(At::Style)
            }
            Some(At::Style) if word("basedOn") => {
                if let Some((_, style)) = &mut self.current {
                    style.based_on = element.attribute("val")?.map(String::from);
                }
                Open::Skip
            }
            Some(At::Style) if word("pPr") => Open::Enter(At::Properties),
            Some(At::Properties) if word("numPr") => {
                if let Some((_, style)) = &mut self.current {
                    style.numbering.get_or_insert_default();
                }
                Open::Enter(At::NumPr)
            }
            Some(At::NumPr) if word("numId") || word("ilvl") => {
                let value = element.number("val")?;
                if let Some(numbering) = self
                    .current
                    .as_mut()
                    .and_then(|(_, style)| style.numbering.as_mut())
                {
                    if word("numId") {
                        numbering.num_id = value;
                    } else {
                        numbering.ilvl = value;
                    }
                }
                Open::Skip
            }
            Some(_)
                if element.ns == super::xml::Ns::Compatibility && element.local != b"Choice" =>
            {
                Open::Pass
            }
            _ => Open::Skip,
        })
    }

    fn close(&mut self, kind: At) -> Result<(), Stop> {
        if kind == At::Style
            && let Some((id, style)) = self.current.take()
        {
            // Where two styles have one id, the first is read.
            self.styles.styles.entry(id).or_insert(style);
        }
        Ok(())
    }

    fn text(&mut self, _: At, _: &str) -> Result<(), Stop> {
        Ok(())
    }
}

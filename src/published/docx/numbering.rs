//! The numbers Word generates for numbered paragraphs (`word/numbering.xml`), counted
//! as Word counts them and written as a reader sees them.
//!
//! A paragraph is numbered by a numbering instance (`w:num`, its `w:numId`) at a level
//! (`w:ilvl`, 0 to 8). The instance takes its levels from an abstract numbering
//! (`w:abstractNum`), directly or through a numbering style (`w:numStyleLink`), and may
//! override a level (`w:lvlOverride`: a whole `w:lvl`, or only a `w:startOverride`). A
//! level says where it starts (`w:start`, 0 where it is not given, as ECMA-376 says),
//! how its number is written (`w:numFmt`, see [`Format`]), the text around the numbers
//! (`w:lvlText`: `%1.`, `（%2）`, `%1、`, `%1.%2`, where `%n` is level n's number), what
//! follows the text (`w:suff`), when it starts again (`w:lvlRestart`) and whether its
//! text writes every level's number in decimal digits (`w:isLgl`).
//!
//! The counting follows Word's, as far as it is documented and observed:
//!
//! - The counters belong to the abstract numbering, not to the instance: two instances
//!   of one abstract numbering count on from each other. That is how Word continues a
//!   list across instances (ECMA-376 §17.9 keeps the count on the abstract numbering, and
//!   renderers that counted each instance apart were corrected to this).
//! - An instance that overrides a level's start (`w:startOverride`) starts that level
//!   again, at that value, where the instance is first used; later paragraphs of any
//!   instance of the same abstract numbering count on from there.
//! - A level's number counts up by one at each paragraph of that level, from its start;
//!   a paragraph at a level starts every deeper level again, but where a deeper level's
//!   `w:lvlRestart` says it starts again only after a level above the one numbered (its
//!   value is 1-based; 0 never starts it again). A value that names the level itself or
//!   a deeper one is passed over, as ECMA-376 says.
//! - A level whose number a text shows before any paragraph was numbered at it (a
//!   second-level paragraph with no first-level one before it) shows one less than its
//!   start: `0.1`, as Word shows it.
//! - The number is followed by `w:suff`: a tab (the default) is written as nothing, so
//!   that `1.` and its text read `1.扩大就业`, as the genre writes them; a space as one
//!   space; `nothing` as nothing. A bullet, and a level whose text is empty, write
//!   nothing, not even the space.

use std::collections::{HashMap, HashSet};

use crate::published::Refusal;

use super::numerals::{Format, write};
use super::styles::Styles;
use super::xml::{Element, Handler, Ns, Open, Stop, walk};

/// The levels an abstract numbering has: 0 to 8.
const LEVELS: usize = 9;

/// One level of an abstract numbering.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Level {
    /// The number its first paragraph has (`w:start`).
    start: i64,
    /// How its number is written (`w:numFmt`).
    format: Format,
    /// The text of its numbers (`w:lvlText`).
    text: String,
    /// What follows the text.
    suffix: Suffix,
    /// The 1-based level after which it starts again (`w:lvlRestart`), where given.
    restart: Option<i64>,
    /// Whether its text writes every level's number in decimal digits (`w:isLgl`).
    legal: bool,
    /// The paragraph style its paragraphs have (`w:pStyle`), where it names one.
    style: Option<String>,
}

impl Default for Level {
    fn default() -> Level {
        Level {
            start: 0,
            format: Format::Decimal,
            text: String::new(),
            suffix: Suffix::Tab,
            restart: None,
            legal: false,
            style: None,
        }
    }
}

/// What follows a level's text (`w:suff`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Suffix {
    /// A tab: written as nothing.
    Tab,
    /// A space.
    Space,
    /// Nothing.
    Nothing,
}

/// An abstract numbering (`w:abstractNum`).
#[derive(Debug, Clone, Default)]
struct Abstract {
    /// Its levels, by number.
    levels: [Option<Level>; LEVELS],
    /// The numbering style whose levels it takes (`w:numStyleLink`).
    style_link: Option<String>,
}

/// A numbering instance (`w:num`).
#[derive(Debug, Clone, Default)]
struct Instance {
    /// The abstract numbering it takes its levels from.
    abstract_id: i64,
    /// The levels it overrides.
    levels: [Option<Level>; LEVELS],
    /// The starts it overrides.
    starts: [Option<i64>; LEVELS],
}

/// A paragraph's place in a numbering, once counted: what its label is written from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Numbered {
    instance: i64,
    /// The abstract numbering whose counters it counted.
    counters: i64,
    level: usize,
}

/// A document's numbering definitions, and the counters of its paragraphs so far.
#[derive(Debug, Clone, Default)]
pub(super) struct Numbering {
    abstracts: HashMap<i64, Abstract>,
    instances: HashMap<i64, Instance>,
    /// Each abstract numbering's counters: the number of the last paragraph at each
    /// level, `None` before the first and after the level starts again.
    counters: HashMap<i64, [Option<i64>; LEVELS]>,
    /// The instances used so far.
    used: HashSet<i64>,
}

impl Numbering {
    /// The numbering definitions of the part `part`, its bytes `xml`.
    pub(super) fn read(part: &str, xml: &[u8]) -> Result<Numbering, Refusal> {
        let mut reader = Reader::default();
        walk(part, xml, &mut reader)?;
        Ok(reader.numbering)
    }

    /// The abstract numbering instance `id` takes its levels from: its own, or the one
    /// its numbering style links to (one step: a link to a link is not followed).
    fn abstract_of(&self, id: i64, styles: &Styles) -> Option<(i64, &Abstract)> {
        let instance = self.instances.get(&id)?;
        let own = self.abstracts.get(&instance.abstract_id)?;
        let Some(link) = &own.style_link else {
            return Some((instance.abstract_id, own));
        };
        let linked = self.instances.get(&styles.linked(link)?)?;
        let found = self.abstracts.get(&linked.abstract_id)?;
        found
            .style_link
            .is_none()
            .then_some((linked.abstract_id, found))
    }

    /// Level `level` of instance `id`: its override, or its abstract numbering's.
    fn level(&self, id: i64, level: usize, styles: &Styles) -> Option<&Level> {
        let instance = self.instances.get(&id)?;
        if let Some(own) = instance.levels.get(level).and_then(Option::as_ref) {
            return Some(own);
        }
        let (_, found) = self.abstract_of(id, styles)?;
        found.levels.get(level)?.as_ref()
    }

    /// The number level `level` of instance `id` starts at: the instance's override,
    /// or the level's own start.
    fn start(&self, id: i64, level: usize, styles: &Styles) -> i64 {
        let instance = self.instances.get(&id);
        instance
            .and_then(|instance| instance.starts.get(level).copied().flatten())
            .or_else(|| self.level(id, level, styles).map(|found| found.start))
            .unwrap_or(0)
    }

    /// The level a paragraph of the style `style` has in instance `id`, where its
    /// numbering gives none: the level that names that style (`w:pStyle`), or 0.
    pub(super) fn level_of_style(&self, id: i64, style: Option<&str>, styles: &Styles) -> i64 {
        let Some(style) = style else { return 0 };
        let Some((_, found)) = self.abstract_of(id, styles) else {
            return 0;
        };
        found
            .levels
            .iter()
            .position(|level| {
                level
                    .as_ref()
                    .and_then(|level| level.style.as_deref())
                    .is_some_and(|named| named == style)
            })
            .and_then(|position| i64::try_from(position).ok())
            .unwrap_or(0)
    }

    /// Counts a paragraph numbered by instance `id` at level `level`, and says where it
    /// stands; `None` where the instance or the level is not defined (0 is no
    /// instance: numbering taken away).
    pub(super) fn count(&mut self, id: i64, level: i64, styles: &Styles) -> Option<Numbered> {
        let level = usize::try_from(level)
            .ok()
            .filter(|&level| level < LEVELS)?;
        let (counters_id, _) = self.abstract_of(id, styles)?;
        let restarts: Vec<Option<i64>> = (0..LEVELS)
            .map(|deeper| {
                self.level(id, deeper, styles)
                    .and_then(|found| found.restart)
            })
            .collect();
        let start = self.start(id, level, styles);
        self.level(id, level, styles)?;
        let first_use = self.used.insert(id);
        let overridden: Vec<usize> = self
            .instances
            .get(&id)
            .map(|instance| {
                (0..LEVELS)
                    .filter(|&at| instance.starts.get(at).copied().flatten().is_some())
                    .collect()
            })
            .unwrap_or_default();
        let counters = self.counters.entry(counters_id).or_insert([None; LEVELS]);
        if first_use {
            for at in overridden {
                if let Some(counter) = counters.get_mut(at) {
                    *counter = None;
                }
            }
        }
        if let Some(counter) = counters.get_mut(level) {
            *counter = Some(counter.map_or(start, |last| last.saturating_add(1)));
        }
        for (deeper, restart) in restarts.iter().enumerate().skip(level + 1) {
            // `w:lvlRestart` is 1-based: n starts the level again after level n - 1 (or
            // one above it); 0 never; a value that names the level itself or a deeper one
            // is passed over.
            let after = match *restart {
                Some(0) => continue,
                Some(n) if n >= 1 && usize::try_from(n).is_ok_and(|n| n <= deeper) => {
                    usize::try_from(n - 1).unwrap_or(0)
                }
                _ => deeper - 1,
            };
            if level <= after
                && let Some(counter) = counters.get_mut(deeper)
            {
                *counter = None;
            }
        }
        Some(Numbered {
            instance: id,
            counters: counters_id,
            level,
        })
    }

    /// The label of a paragraph counted as `numbered`, with what follows it: its level's
    /// text with each `%n` replaced by level n's number, written in that level's format
    /// (in decimal digits where the level is legal). `None` where the label would be
    /// longer than `most` bytes.
    pub(super) fn label(&self, numbered: Numbered, styles: &Styles, most: usize) -> Option<String> {
        let Numbered {
            instance,
            counters,
            level,
        } = numbered;
        let found = self.level(instance, level, styles)?;
        if found.format == Format::Bullet {
            return Some(String::new());
        }
        let values = self.counters.get(&counters);
        let mut out = String::new();
        let mut rest = found.text.as_str();
        while let Some(at) = rest.find('%') {
            out.push_str(rest.get(..at).unwrap_or_default());
            let after = rest.get(at + 1..).unwrap_or_default();
            let digit = after
                .bytes()
                .next()
                .filter(|digit| (b'1'..=b'9').contains(digit));
            match digit {
                Some(digit) => {
                    let shown = usize::from(digit - b'1');
                    let value = values
                        .and_then(|values| values.get(shown).copied().flatten())
                        .unwrap_or_else(|| {
                            self.start(instance, shown, styles).saturating_sub(1).max(0)
                        });
                    let format = if found.legal {
                        Format::Decimal
                    } else {
                        self.level(instance, shown, styles)
                            .map_or(Format::Decimal, |shown| shown.format)
                    };
                    write(&mut out, value, format);
                    rest = after.get(1..).unwrap_or_default();
                }
                None => {
                    out.push('%');
                    rest = after;
                }
            }
            if out.len() > most {
                return None;
            }
        }
        out.push_str(rest);
        if !out.is_empty() && found.suffix == Suffix::Space {
            out.push(' ');
        }
        (out.len() <= most).then_some(out)
    }
}

/// The reader of a numbering part.
#[derive(Default)]
struct Reader {
    numbering: Numbering,
    /// The abstract numbering being read, and its id.
    abstract_: Option<(i64, Abstract)>,
    /// The instance being read, and its id.
    instance: Option<(i64, Instance)>,
    /// The level of an override being read.
    override_level: Option<usize>,
    /// The level being read, and its number.
    level: Option<(usize, Level)>,
}

/// Where a numbering part's reader is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum At {
    /// In `w:numbering`.
    Root,
    /// In a `w:abstractNum`.
    Abstract,
    /// In a `w:num`.
    Instance,
    /// In a `w:lvlOverride`.
    Override,
    /// In a `w:lvl`.
    Level,
}

/// A level number as an index, where it is one (0 to 8).
fn level_index(value: Option<i64>) -> Option<usize> {
    value
        .and_then(|value| usize::try_from(value).ok())
        .filter(|&value| value < LEVELS)
}

impl Handler for Reader {
    type Kind = At;

    fn open(&mut self, within: Option<At>, element: &Element<'_>) -> Result<Open<At>, Stop> {
        let word = |local: &str| element.is_word(local);
        if element.ns == Ns::Compatibility && within.is_some() {
            // Of `mc:AlternateContent` (Word writes one around a `w:numFmt` of a format
            // older readers do not know), the fallback is read.
            return Ok(if element.local == b"Choice" {
                Open::Skip
            } else {
                Open::Pass
            });
        }
        Ok(match within {
            None if word("numbering") => Open::Enter(At::Root),
            Some(At::Root) if word("abstractNum") => {
                let id = element.number("abstractNumId")?.unwrap_or(-1);
                self.abstract_ = Some((id, Abstract::default()));
                Open::Enter(At::Abstract)
            }
            Some(At::Root) if word("num") => {
                let id = element.number("numId")?.unwrap_or(-1);
                self.instance = Some((id, Instance::default()));
                Open::Enter(At::Instance)
            }
            Some(At::Abstract) if word("numStyleLink") => {
                if let Some((_, found)) = &mut self.abstract_ {
                    found.style_link = element.attribute("val")?.map(String::from);
                }
                Open::Skip
            }
            Some(At::Abstract | At::Override) if word("lvl") => {
                let index =
                    level_index(element.number("ilvl")?).or(if within == Some(At::Override) {
                        self.override_level
                    } else {
                        None
                    });
                match index {
                    Some(index) => {
                        self.level = Some((index, Level::default()));
                        Open::Enter(At::Level)
                    }
                    None => Open::Skip,
                }
            }
            Some(At::Instance) if word("abstractNumId") => {
                if let Some((_, instance)) = &mut self.instance {
                    instance.abstract_id = element.number("val")?.unwrap_or(-1);
                }
                Open::Skip
            }
            Some(At::Instance) if word("lvlOverride") => {
                self.override_level = level_index(element.number("ilvl")?);
                Open::Enter(At::Override)
            }
            Some(At::Override) if word("startOverride") => {
                let start = element.number("val")?;
                if let (Some(index), Some((_, instance))) =
                    (self.override_level, &mut self.instance)
                    && let Some(slot) = instance.starts.get_mut(index)
                {
                    *slot = start;
                }
                Open::Skip
            }
            Some(At::Level) => {
                if let Some((_, level)) = &mut self.level {
                    let value = element.attribute("val")?;
                    let value = value.as_deref();
                    match element.local {
                        _ if element.ns != Ns::Word => {}
                        b"start" => {
                            level.start = value.and_then(|v| v.trim().parse().ok()).unwrap_or(0)
                        }
                        b"numFmt" => level.format = Format::of(value.unwrap_or("decimal")),
                        b"lvlText" => level.text = value.unwrap_or_default().to_owned(),
                        b"suff" => {
                            level.suffix = match value {
                                Some("space") => Suffix::Space,
                                Some("nothing") => Suffix::Nothing,
                                _ => Suffix::Tab,
                            }
                        }
                        b"lvlRestart" => level.restart = value.and_then(|v| v.trim().parse().ok()),
                        b"isLgl" => level.legal = element.is_on()?,
                        b"pStyle" => level.style = value.map(str::to_owned),
                        _ => {}
                    }
                }
                Open::Skip
            }
            _ => Open::Skip,
        })
    }

    fn close(&mut self, kind: At) -> Result<(), Stop> {
        match kind {
            At::Level => {
                if let Some((index, level)) = self.level.take() {
                    let slot = if self.instance.is_some() {
                        self.instance
                            .as_mut()
                            .and_then(|(_, instance)| instance.levels.get_mut(index))
                    } else {
                        self.abstract_
                            .as_mut()
                            .and_then(|(_, found)| found.levels.get_mut(index))
                    };
                    if let Some(slot) = slot {
                        *slot = Some(level);
                    }
                }
            }
            At::Override => self.override_level = None,
            At::Abstract => {
                if let Some((id, found)) = self.abstract_.take() {
                    self.numbering.abstracts.entry(id).or_insert(found);
                }
            }
            At::Instance => {
                if let Some((id, instance)) = self.instance.take() {
                    self.numbering.instances.entry(id).or_insert(instance);
                }
            }
            At::Root => {}
        }
        Ok(())
    }

    fn text(&mut self, _: At, _: &str) -> Result<(), Stop> {
        Ok(())
    }
}

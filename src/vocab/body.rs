//! Reading the name of a body as a plan writes it: its kind, level and place.
//!
//! A name is a prefix and a body: `銀川市` + `民政局`, `市委` + `宣傳部`,
//! `國家稅務總局XX市` + `稅務局`, `吳忠` + `銀保監分局`. The body is the longest ending of
//! the name that is a key of some kind: a short name, an abbreviation (`人社局`), a former
//! name (`衛計委`), or a full name without its `市`; either script. What stands before it
//! must read as a prefix: a parent body of a vertical branch, then a place, then a level
//! word (`市`, `縣`, `區`, `自治區`…), then `委` or `政府`. A place may stand without a
//! level word after a parent body (`國家統計局吳忠調查隊`), before a branch named by its
//! place (`合肥海關`, `人行合肥中心支行`, `安徽證監局`), or when it is the plan's own
//! (`銀川銀保監分局` in a plan of 銀川). A name that is one of the full names not beginning
//! with `市` (`各縣(市、區)`, `各區、縣級市`) is read whole, unless it is the kind's short
//! name too (`海關`).
//!
//! A central body's name (`財政部`, `海關總署`, a former one such as `國家工商總局`) is at
//! [`Level::National`] when it stands alone, and lends that level to a bare name after
//! it; a collective whose name says its level (`國務院有關部門`, `各省級人民政府`) is at
//! that level; an enterprise or a group's units named by an ending (`省港航集團`,
//! `…工作專班牽頭單位`) take whatever stands before the ending as their own name, and the
//! level of a level word it begins with. A name with nothing to say its level is `bare`,
//! and the registry gives it the document's own level ([`level_of`] its issuer).
//!
//! Only endings as long as the longest key are tried, so a name costs time in proportion
//! to its length, and the names as documents write them are found without allocating.

use std::borrow::Cow;

use once_cell::sync::Lazy;
use strum::{EnumCount, IntoEnumIterator};

use crate::base::hash::NameMap;
use crate::base::names::normalize;
use crate::base::script::fold;
use crate::vocab::department::{Category, Department};
use crate::vocab::level::{Level, leading_level, leading_word, starts_with_level, strip_level};

/// The prefix a responsibility line's first item lends to the items that lack one, and
/// that the full names of the vocabulary begin with: `市`.
pub(crate) const CARRIED_PREFIX: &str = "市";

/// What kind of body a name is, as far as the vocabulary can say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// One kind.
    Known(Department),
    /// An abbreviation or former name that two or more kinds share.
    Ambiguous(&'static [Department]),
    /// No kind the vocabulary knows.
    Unknown,
}

impl Kind {
    /// The kind, if the name has exactly one.
    pub(crate) fn known(self) -> Option<Department> {
        match self {
            Kind::Known(kind) => Some(kind),
            _ => None,
        }
    }
}

/// A body's name as read: its kind, level and place, and whether it has the level of the
/// line's first item, which it lacks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reading<'a> {
    pub(crate) kind: Kind,
    pub(crate) level: Option<Level>,
    /// The place the name gives (`銀川` of `銀川市民政局`), or the first item's.
    pub(crate) place: Option<&'a str>,
    /// Whether the level is the first item's, lent to a name that has none (`財政局` after
    /// `市教育局`).
    pub(crate) carried: bool,
    /// The place and level word the name begins with, which it lends to the items after
    /// it when it is a line's first: `市` of `市委宣傳部`, `銀川市` of `銀川市民政局`.
    pub(crate) lends: &'a str,
    /// Whether the name is a body's with nothing to say its level: no level word, no
    /// place, no level lent, and no name of its own (`發展改革委` alone, not `財政部` or
    /// `吳忠銀保監分局`). Such a body is at the document's own level.
    pub(crate) bare: bool,
}

/// What a line's first item lends to the items that lack a level: its level, place and
/// the words that say them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Carry<'a> {
    pub(crate) level: Level,
    pub(crate) place: Option<&'a str>,
    pub(crate) text: &'a str,
}

impl<'a> Reading<'a> {
    /// What this reading lends to later items, when it is a line's first: a central
    /// body (`財政部`) lends its level with no words, so that `發展改革委` after it is
    /// the central one too.
    pub(crate) fn carry(&self) -> Option<Carry<'a>> {
        let level = self.level?;
        let lends = !self.lends.is_empty() || (level == Level::National && !self.carried);
        lends.then_some(Carry {
            level,
            place: self.place,
            text: self.lends,
        })
    }
}

/// The bodies that own vertically managed branches, which begin the branches' names
/// (`國家稅務總局吳忠市稅務局`, `國家統計局吳忠調查隊`), in either script.
const PARENTS: [&str; 9] = [
    "國家稅務總局",
    "国家税务总局",
    "國家統計局",
    "国家统计局",
    "中國人民銀行",
    "中国人民银行",
    "人民銀行",
    "人民银行",
    "人行",
];

/// The kinds of vertically managed branch named by their place alone, with no level word
/// (`合肥海關`, `吳忠銀保監分局`, `安徽證監局`, `人行合肥中心支行`).
const PLACE_NAMED: [Department; 5] = [
    Department::Customs,
    Department::BankingInsuranceRegulation,
    Department::PeoplesBank,
    Department::SurveyTeam,
    Department::SecuritiesRegulation,
];

/// The collectives whose name says the level of the bodies they stand for, which no
/// line's first item lends them: `國務院有關部門`, `各省級人民政府`, `試點城市政府`,
/// `各縣(市、區)黨委和政府`.
fn collective_level(kind: Department) -> Option<Level> {
    match kind {
        Department::CentralDepartmentsConcerned => Some(Level::National),
        Department::ProvincialGovernments => Some(Level::Province),
        Department::CityGovernments => Some(Level::City),
        Department::CountyPartyCommitteesAndGovernments => Some(Level::County),
        _ => None,
    }
}

/// The kinds named by an ending after a body's own name (`省港航集團`,
/// `…工作專班牽頭單位`, `…領導小組成員單位`): whatever stands before the ending is that
/// name, and a level word it begins with gives the level.
const OWN_NAMED: [Department; 4] = [
    Department::StateOwnedEnterprises,
    Department::DevelopmentZoneCommittees,
    Department::GroupLeadUnits,
    Department::GroupMemberUnits,
];

/// The words after a level word that make a body the Party committee's (`市委`) or the
/// government's (`市政府`), longest first.
const ORGANS: [&str; 3] = ["人民政府", "政府", "委"];

/// The most characters a place name may have when nothing else vouches for it.
const MAX_PLACE_CHARS: usize = 8;

/// The most kinds one key of the name table names (an abbreviation two or three kinds
/// share).
const MAX_SHARED: usize = 4;

/// One key of the name table: the kinds it names, and whether it is a whole name (read
/// only as the whole item, never with a prefix or a carried level).
#[derive(Debug, Clone, Copy)]
struct Key {
    kinds: [Department; MAX_SHARED],
    count: usize,
    whole: bool,
    /// Whether the key is a central body's name (`財政部`), which is at
    /// [`Level::National`] when written alone.
    national: bool,
    /// Whether the key is a name of a body below the centre too (`最高人民法院` is
    /// both); a key that is not is no body's with a prefix (`市住房和城鄉建設部`).
    local: bool,
}

impl Key {
    fn kinds(&self) -> &[Department] {
        self.kinds.get(..self.count).unwrap_or(&self.kinds)
    }

    fn add(&mut self, form: &Form) {
        if !self.kinds().contains(&form.kind) {
            if let Some(slot) = self.kinds.get_mut(self.count) {
                *slot = form.kind;
                self.count += 1;
            }
        }
        self.whole |= form.whole;
        self.national |= form.national;
        self.local |= !form.national;
    }

    /// Whether one of its kinds is named by a place alone.
    fn place_named(&self) -> bool {
        self.kinds().iter().any(|kind| PLACE_NAMED.contains(kind))
    }

    /// Whether one of its kinds is named by an ending after a body's own name.
    fn own_named(&self) -> bool {
        self.kinds().iter().any(|kind| OWN_NAMED.contains(kind))
    }
}

impl Default for Key {
    fn default() -> Key {
        Key {
            kinds: [Department::Other; MAX_SHARED],
            count: 0,
            whole: false,
            national: false,
            local: false,
        }
    }
}

/// Keys by a name, borrowing the vocabulary's own strings where it can.
type Keys = NameMap<Key>;

/// The keys as documents write them, and the longest key's length in bytes.
struct Table {
    keys: Keys,
    longest: usize,
}

/// One key form of a kind.
#[derive(Debug, Clone, Copy)]
struct Form {
    name: &'static str,
    kind: Department,
    /// Read only as the whole item.
    whole: bool,
    /// A central body's name.
    national: bool,
}

/// Every key form of every kind, with its kind, whether it is a whole name and whether
/// it is a central body's: the full names without their `市` (those without one whole,
/// unless the name is the short name and the kind names no collective), the short
/// names, abbreviations and former names, and the central bodies' names and former
/// names, in both scripts.
fn forms() -> impl Iterator<Item = Form> {
    Department::iter()
        .filter(|k| *k != Department::Other)
        .flat_map(|kind| {
            let form = move |name, whole, national| Form {
                name,
                kind,
                whole,
                national,
            };
            // A full name that is the short name (`海關`, `證監局`) has no prefix of its
            // own, and takes a place or level word like a short name.
            let own = move |name: &str| {
                kind.category() == Category::Collective
                    || (name != kind.short_name() && name != kind.simplified_short_name())
            };
            let full = [kind.name(), kind.simplified_name()]
                .into_iter()
                .chain(kind.aliases().iter().copied())
                .chain(kind.simplified_aliases().iter().copied())
                .map(move |name| match name.strip_prefix(CARRIED_PREFIX) {
                    Some(rest) => form(rest, false, false),
                    None => form(name, own(name), false),
                });
            let short = [kind.short_name(), kind.simplified_short_name()]
                .into_iter()
                .chain(kind.abbreviations().iter().copied())
                .chain(kind.simplified_abbreviations().iter().copied())
                .map(move |name| form(name, false, false));
            let former = kind.former_names().iter().flat_map(move |former| {
                [former.name, former.simplified].map(|name| form(name, false, former.national))
            });
            let national = kind
                .national_names()
                .iter()
                .chain(kind.simplified_national_names())
                .map(move |name| form(name, false, true));
            full.chain(short).chain(former).chain(national)
        })
}

static KEYS: Lazy<Table> = Lazy::new(|| {
    // About sixteen forms a kind, both scripts counted.
    let mut keys = Keys::with_capacity_and_hasher(16 * Department::COUNT, Default::default());
    let mut longest = 0;
    for form in forms() {
        longest = longest.max(form.name.len());
        keys.entry(Cow::Borrowed(form.name)).or_default().add(&form);
        if form.name.contains(['(', ')']) {
            let full_width = form.name.replace('(', "（").replace(')', "）");
            keys.entry(Cow::Owned(full_width)).or_default().add(&form);
        }
    }
    Table { keys, longest }
});

/// The keys [`normalize`]d and folded to one script, and a province's `廳` for a city's
/// `局` (民政廳): what a name is read against when it is not written as a key is. Made
/// on the first such name.
static FOLDED: Lazy<Table> = Lazy::new(|| {
    let mut keys = Keys::default();
    let mut longest = 0;
    for form in forms() {
        let mut add = |name: String| {
            longest = longest.max(name.len());
            keys.entry(Cow::Owned(name)).or_default().add(&form);
        };
        let folded = fold(&normalize(form.name));
        if !form.whole && !form.national && form.kind.category() == Category::Government {
            if let Some(stem) = folded.strip_suffix('局') {
                add(format!("{stem}厅"));
            }
        }
        add(folded);
    }
    Table { keys, longest }
});

/// Reads a body's name: `carry` is what the line's first item lends (none for the first
/// item itself), `home` the plan's own place.
pub(crate) fn read<'a>(name: &'a str, carry: Option<Carry<'a>>, home: Option<&str>) -> Reading<'a> {
    if let Some(reading) = read_with(name, name, &KEYS, carry, home) {
        return reading;
    }
    let folded = fold(&normalize(name));
    // The folded form has the name's characters one for one, so a prefix found in it is
    // the same number of characters of the name.
    if folded.chars().count() == name.trim().chars().count() {
        if let Some(reading) = read_with(&folded, name.trim(), &FOLDED, carry, home) {
            return reading;
        }
    }
    unknown(name, carry, home)
}

/// Reads `key` (the name, or its folded form) against `table`; the prefix is taken from
/// `name` at the same character position.
fn read_with<'a>(
    key: &str,
    name: &'a str,
    table: &'static Table,
    carry: Option<Carry<'a>>,
    home: Option<&str>,
) -> Option<Reading<'a>> {
    let from = key.len().saturating_sub(table.longest);
    for (chars, (at, _)) in key
        .char_indices()
        .enumerate()
        .filter(|(_, (at, _))| *at >= from)
    {
        let Some(found) = key.get(at..).and_then(|ending| table.keys.get(ending)) else {
            continue;
        };
        let (kinds, whole) = (found.kinds(), found.whole);
        let national = found.national.then_some(Level::National);
        let kind = match kinds {
            [one] => Kind::Known(*one),
            _ => Kind::Ambiguous(kinds),
        };
        // Read as written, the key is the name; folded, the name has its characters one
        // for one.
        let prefix_end = if key.as_ptr() == name.as_ptr() {
            at
        } else {
            name.char_indices()
                .nth(chars)
                .map_or(name.len(), |(i, _)| i)
        };
        let prefix = name.get(..prefix_end).unwrap_or_default();
        if prefix.is_empty() {
            let own_level = national.or_else(|| kinds.iter().find_map(|k| collective_level(*k)));
            let reading = match (whole, carry) {
                _ if own_level.is_some() => Reading {
                    kind,
                    level: own_level,
                    place: None,
                    carried: false,
                    lends: "",
                    bare: false,
                },
                (false, Some(carry)) => Reading {
                    kind,
                    level: Some(carry.level),
                    place: carry.place,
                    carried: true,
                    lends: "",
                    bare: false,
                },
                _ => Reading {
                    kind,
                    level: None,
                    place: None,
                    carried: false,
                    lends: "",
                    bare: !whole,
                },
            };
            return Some(reading);
        }
        if found.own_named() && read_prefix(prefix, home, None, false).is_none() {
            return Some(Reading {
                kind,
                level: leading_level(prefix),
                place: None,
                carried: false,
                lends: "",
                bare: false,
            });
        }
        if whole || (found.national && !found.local) {
            continue;
        }
        if let Some(prefix) = read_prefix(prefix, home, None, found.place_named()) {
            return Some(Reading {
                kind,
                level: prefix.level,
                place: prefix.place,
                carried: false,
                lends: prefix.lends,
                bare: false,
            });
        }
    }
    None
}

/// A prefix as read.
#[derive(Debug, Clone, Copy)]
struct Prefix<'a> {
    level: Option<Level>,
    place: Option<&'a str>,
    lends: &'a str,
}

/// Reads what stands before a body: `[parent] [place] [level word] [委|政府]`; a place
/// without a level word only after a parent body (`國家統計局吳忠`), before a body named
/// by its place (`place_named`: `合肥海關`) or when it is `home`, the plan's own; a place
/// of at most `max_place` characters when that is given.
fn read_prefix<'a>(
    prefix: &'a str,
    home: Option<&str>,
    max_place: Option<usize>,
    place_named: bool,
) -> Option<Prefix<'a>> {
    let mut start = 0;
    for parent in PARENTS {
        if prefix.starts_with(parent) {
            start = parent.len();
            break;
        }
    }
    let rest = prefix.get(start..)?;
    let mut end = rest.len();
    for organ in ORGANS {
        if let Some(stem) = rest.strip_suffix(organ) {
            end = stem.len();
            break;
        }
    }
    let core = rest.get(..end)?;
    if core.is_empty() {
        return Some(Prefix {
            level: None,
            place: None,
            lends: "",
        });
    }
    // A place folds to as many characters as it has, at most four bytes each.
    let is_home = |place: &str| {
        home.is_some_and(|home| place.len() <= 4 * home.len() && fold(home) == fold(place))
    };
    let fits = |place: &str| {
        (is_place(place) && max_place.is_none_or(|max| place.chars().count() <= max))
            || is_home(place)
    };
    if let Some((place, level)) = strip_level(core) {
        if place.is_empty() {
            return Some(Prefix {
                level: Some(level),
                place: None,
                lends: core,
            });
        }
        return fits(place).then_some(Prefix {
            level: Some(level),
            place: Some(place),
            lends: core,
        });
    }
    (((start > 0 || place_named) && fits(core)) || is_home(core)).then_some(Prefix {
        level: None,
        place: Some(core),
        lends: "",
    })
}

/// Whether `text` can be a place name: a few ideographs or ASCII letters and digits (a
/// template's `XX`), with no punctuation.
fn is_place(text: &str) -> bool {
    if text.len() > 4 * MAX_PLACE_CHARS {
        return false;
    }
    let count = text.chars().count();
    (1..=MAX_PLACE_CHARS).contains(&count)
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// A name no key matches: its level and place read from the longest prefix that ends
/// in a level word (with a short place, or the plan's own), or the carried level.
fn unknown<'a>(name: &'a str, carry: Option<Carry<'a>>, home: Option<&str>) -> Reading<'a> {
    let name = name.trim();
    let mut found = None;
    for (at, _) in name.char_indices().skip(1).take(MAX_PLACE_CHARS + 4) {
        let (Some(prefix), Some(rest)) = (name.get(..at), name.get(at..)) else {
            continue;
        };
        if rest.chars().count() < 2 {
            break;
        }
        if let Some(read) = read_prefix(prefix, home, Some(3), false) {
            if read.level.is_some() {
                found = Some(read);
            }
        }
    }
    match (found, carry) {
        (Some(prefix), _) => Reading {
            kind: Kind::Unknown,
            level: prefix.level,
            place: prefix.place,
            carried: false,
            lends: prefix.lends,
            bare: false,
        },
        (None, Some(carry)) => Reading {
            kind: Kind::Unknown,
            level: Some(carry.level),
            place: carry.place,
            carried: true,
            lends: "",
            bare: false,
        },
        (None, None) => Reading {
            kind: Kind::Unknown,
            level: None,
            place: None,
            carried: false,
            lends: "",
            bare: false,
        },
    }
}

/// The place a plan's issuer or title begins with: `吳忠` of `吳忠市人民政府辦公室`, a
/// place of two to four characters before a level word.
pub(crate) fn place_of(name: &str) -> Option<&str> {
    let name = name.trim();
    name.char_indices().skip(2).take(3).find_map(|(at, _)| {
        let (place, rest) = (name.get(..at)?, name.get(at..)?);
        (starts_with_level(rest) && is_place(place)).then_some(place)
    })
}

/// The place a government's name begins with, with its level word: `吳忠市` of
/// `吳忠市人民政府辦公室`, `寧夏回族自治區` of `寧夏回族自治區人民政府`, `吳忠市` of the
/// party committee's `中共吳忠市委辦公室`; the place of [`place_of`] and the level word
/// after it.
pub(crate) fn government_place(name: &str) -> Option<&str> {
    let name = name.trim();
    let name = name.strip_prefix("中共").unwrap_or(name);
    let place = place_of(name)?;
    let (word, _) = leading_word(name.get(place.len()..)?)?;
    name.get(..place.len() + word.len())
}

/// The bodies whose documents are the central government's: a document they issue is at
/// [`Level::National`].
const CENTRAL_ISSUERS: [&str; 6] = [
    "國務院",
    "国务院",
    "中共中央",
    "中央",
    "全國人大",
    "全国人大",
];

/// The level of a document's issuer or title, which a body named with no level word and
/// no place is at: [`Level::National`] for `國務院辦公廳`, the level word after the
/// place for `安徽省人民政府` or `吳忠市人民政府辦公室`.
pub(crate) fn level_of(name: &str) -> Option<Level> {
    let name = name.trim();
    if CENTRAL_ISSUERS
        .iter()
        .any(|issuer| name.starts_with(issuer))
    {
        return Some(Level::National);
    }
    let place = place_of(name)?;
    leading_level(name.get(place.len()..)?)
}

/// The endings and beginnings of a central body's name, in either script: a name of no
/// known kind written with one (`數據部`, `國家數據局`) looks like a central body's.
const CENTRAL_ENDINGS: [&str; 5] = ["部", "總局", "总局", "署", "會"];
const CENTRAL_BEGINNINGS: [&str; 8] = [
    "國家",
    "国家",
    "中央",
    "全國",
    "全国",
    "中國",
    "中国",
    "國務院",
];

/// The level a name of no known kind looks to be at when it has no level word:
/// [`Level::National`] for a name like a central body's (`數據部`, `國家數據局`, `XX總局`).
pub(crate) fn level_looked(name: &str) -> Option<Level> {
    let name = name.trim();
    let central = CENTRAL_BEGINNINGS.iter().any(|b| name.starts_with(b))
        || (!starts_with_level(name) && CENTRAL_ENDINGS.iter().any(|e| name.ends_with(e)));
    central.then_some(Level::National)
}

impl Department {
    /// The kind's name as a body of `level` writes it, for a renderer: the central
    /// body's ([`national_names`](Department::national_names)) at
    /// [`Level::National`], the province's
    /// ([`provincial_name`](Department::provincial_name)) at [`Level::Province`], and
    /// the city's full name ([`name`](Department::name)) where the kind has no such
    /// form or at any other level.
    ///
    /// ```
    /// use wuzhong_plan::{Department, Level};
    /// assert_eq!(Department::Finance.name_at(Level::National), "財政部");
    /// assert_eq!(Department::Finance.name_at(Level::Province), "省財政廳");
    /// assert_eq!(Department::Finance.name_at(Level::City), "市財政局");
    /// assert_eq!(Department::Customs.name_at(Level::National), "海關總署");
    /// assert_eq!(Department::CountyGovernments.name_at(Level::National), "各縣(市、區)");
    /// // Each form reads back as its kind.
    /// for level in [Level::National, Level::Province, Level::City] {
    ///     assert_eq!(Department::Commerce.name_at(level).parse::<Department>()?, Department::Commerce);
    /// }
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    pub fn name_at(self, level: Level) -> &'static str {
        let at = match level {
            Level::National => self.national_names().first().copied(),
            Level::Province => self.provincial_name(),
            _ => None,
        };
        at.unwrap_or_else(|| self.name())
    }
}

/// Whether `kind` is named by an ending after a body's own name (`省港航集團`): its
/// full name is no name running text is searched for.
pub(crate) fn is_own_named(kind: Department) -> bool {
    OWN_NAMED.contains(&kind)
}

/// The members of a collective kind of body at a place, where they are known: the five
/// county-level divisions of Wuzhong for its `各縣(市、區)`.
pub(crate) fn members_of(kind: Department, place: Option<&str>) -> &'static [&'static str] {
    let wuzhong = place.is_some_and(|place| place == "吳忠" || place == "吴忠");
    if wuzhong { kind.members() } else { &[] }
}

/// The names of kinds that hold a separator outside brackets (`各區、縣級市`), in either
/// script, longest first: an item that begins with one is that name, not split at it.
static JOINED: Lazy<Vec<String>> = Lazy::new(|| {
    let mut joined: Vec<String> = Vec::new();
    for kind in Department::iter() {
        let forms = [
            kind.name(),
            kind.simplified_name(),
            kind.short_name(),
            kind.simplified_short_name(),
        ];
        let all = forms
            .iter()
            .chain(kind.aliases())
            .chain(kind.simplified_aliases())
            .chain(kind.abbreviations())
            .chain(kind.simplified_abbreviations());
        for form in all {
            if has_open_separator(form) && !joined.iter().any(|j| j == form) {
                joined.push((*form).to_owned());
            }
        }
    }
    joined.sort_by_key(|name| std::cmp::Reverse(name.len()));
    joined
});

/// Whether `name` has a `,` `，` or `、` outside brackets.
fn has_open_separator(name: &str) -> bool {
    let mut depth = 0usize;
    name.chars().any(|c| {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0 && matches!(c, ',' | '，' | '、')
    })
}

/// The length in bytes of the name with a separator in it that `text` begins with
/// (`各區、縣級市` of `各區、縣級市,市教育局`), if it begins with one.
pub(crate) fn joined_name(text: &str) -> Option<usize> {
    JOINED
        .iter()
        .find(|name| text.starts_with(name.as_str()))
        .map(String::len)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[test]
    fn a_governments_place_is_its_place_and_level_word() {
        let places = [
            ("吳忠市人民政府辦公室", Some("吳忠市")),
            ("寧夏回族自治區人民政府", Some("寧夏回族自治區")),
            ("安徽省推进“三地一区”建设领导小组办公室", Some("安徽省")),
            ("中共吴忠市委办公室", Some("吴忠市")),
            ("利通區人民政府", Some("利通區")),
            (" 包头市人民政府办公室 ", Some("包头市")),
            ("国务院办公厅", None),
            ("市人民政府", None),
            ("", None),
        ];
        for (name, place) in places {
            assert_eq!(government_place(name), place, "{name}");
        }
    }

    #[test]
    fn no_key_names_more_kinds_than_a_key_holds() {
        let mut kinds: HashMap<&str, Vec<Department>> = HashMap::new();
        for form in forms() {
            let list = kinds.entry(form.name).or_default();
            if !list.contains(&form.kind) {
                list.push(form.kind);
            }
        }
        for (form, list) in kinds {
            assert!(list.len() <= MAX_SHARED, "`{form}`: {list:?}");
        }
    }

    #[test]
    fn a_province_names_its_departments_with_either_script() {
        for name in ["自治區民政廳", "自治区民政厅", "省教育廳"] {
            let reading = read(name, None, None);
            assert!(matches!(reading.kind, Kind::Known(_)), "{name}");
            assert_eq!(reading.level, Some(Level::Province), "{name}");
        }
    }
}

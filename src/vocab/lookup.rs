//! Looking names up: the table of every name of every [`Actor`] (each [`Department`] and
//! the other bodies), what a name a user types stands for, the names running text is
//! searched for, the closest names to one that matches nothing, and the errors of a name
//! that stands for no single department ([`UnknownDepartment`]) or actor
//! ([`UnknownActor`]).
//!
//! `FromStr`, `TryFrom` and the JSON reading of [`Department`] and [`Actor`] are here:
//! a name that is no kind's full name, short name, English name or id is read as a
//! body's name ([`body`](super::body)), `銀川市民政局`, `人社局`. The public lookups that
//! answer with the crate's [`Error`](crate::Error) are above, in `error`.

use std::borrow::Cow;
use std::str::FromStr;

use once_cell::sync::Lazy;
use serde::Deserialize;
use serde::de::Deserializer;
use strum::{EnumCount, IntoEnumIterator};
use thiserror::Error;

use crate::base::hash::NameMap;
use crate::base::names::{
    MAX_SUGGESTED_CHARS, MAX_SUGGESTIONS, NameVisitor, closest_normalized, normalize, suggested,
};
use crate::base::quote::quoted;
use crate::vocab::actor::{Actor, OTHER_ACTORS};
use crate::vocab::body::{self, CARRIED_PREFIX, Kind};
use crate::vocab::department::Department;
use crate::vocab::level::Level;

/// How a key of the name table relates to its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// A full name as a document writes it: canonical, Simplified or an alias.
    Written,
    /// Any other accepted form: short, English, id.
    Typed,
}

/// A name of the vocabulary as the table keys it: itself, borrowed, when [`normalize`]
/// would leave it as it is (a name in Chinese with ASCII brackets), else normalized.
fn key_of(name: &'static str) -> Cow<'static, str> {
    let plain = |c: char| {
        !(c.is_ascii_uppercase() || c.is_whitespace() || matches!(c, '-' | '_' | '（' | '）'))
    };
    if name.chars().all(plain) {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(normalize(name))
    }
}

/// The lookup tables, built on first use.
struct Names {
    /// Every accepted name, normalized, with its actor and form. Written forms win a
    /// tie, so that a name that is both (市民政局 in either script) counts as written.
    all: NameMap<(Actor, Form)>,
    /// The written names of every actor, also with full-width brackets, grouped by their
    /// first two characters and longest first: what running text is searched for.
    patterns: NameMap<Vec<(Cow<'static, str>, Actor)>>,
    /// The characters that begin a pattern, sorted.
    pattern_starts: Vec<char>,
    /// The same, as one bit per character of the Basic Multilingual Plane, where every
    /// character of a name stands: what running text is tested against, a character at
    /// a time.
    start_bits: Vec<u64>,
}

static NAMES: Lazy<Names> = Lazy::new(|| {
    // About ten forms a kind.
    let mut all = NameMap::with_capacity_and_hasher(10 * Department::COUNT, Default::default());
    let mut add = |name: &'static str, actor: Actor, form: Form| {
        let entry = all.entry(key_of(name)).or_insert((actor, form));
        if form == Form::Written {
            entry.1 = Form::Written;
        }
    };
    for department in Department::iter() {
        let actor = Actor::Department(department);
        for name in [department.name(), department.simplified_name()]
            .iter()
            .chain(department.aliases())
            .chain(department.simplified_aliases())
        {
            add(name, actor, Form::Written);
        }
        let typed = [
            department.short_name(),
            department.simplified_short_name(),
            department.english_name(),
            department.id(),
        ];
        for name in typed {
            add(name, actor, Form::Typed);
        }
    }
    for (actor, id, name, simplified, english) in OTHER_ACTORS {
        add(name, actor, Form::Written);
        add(simplified, actor, Form::Written);
        add(id, actor, Form::Typed);
        add(english, actor, Form::Typed);
    }
    let mut patterns: NameMap<Vec<(Cow<'static, str>, Actor)>> =
        NameMap::with_capacity_and_hasher(4 * Department::COUNT, Default::default());
    let mut pattern_starts = Vec::new();
    for (key, (actor, form)) in &all {
        // A text never names `Other`: it stands for the bodies of no known kind.
        // Nor the ending alone of a body named by its own name (`集團`).
        let own_named = actor.department().is_some_and(body::is_own_named);
        if *form != Form::Written || *actor == Actor::Department(Department::Other) || own_named {
            continue;
        }
        let full_width = key
            .contains(['(', ')'])
            .then(|| Cow::Owned(key.replace('(', "（").replace(')', "）")));
        for pattern in std::iter::once(key.clone()).chain(full_width) {
            let (Some(first), Some(prefix)) = (pattern.chars().next(), first_two(&pattern)) else {
                continue;
            };
            if !pattern_starts.contains(&first) {
                pattern_starts.push(first);
            }
            let prefix: Cow<'static, str> = match &pattern {
                Cow::Borrowed(name) => Cow::Borrowed(first_two(name).unwrap_or_default()),
                Cow::Owned(_) => Cow::Owned(prefix.to_owned()),
            };
            let list = patterns.entry(prefix).or_default();
            if !list.iter().any(|(p, _)| *p == pattern) {
                list.push((pattern, *actor));
            }
        }
    }
    for list in patterns.values_mut() {
        list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    }
    pattern_starts.sort_unstable();
    let mut start_bits = vec![0u64; 0x1_0000 / 64];
    for c in &pattern_starts {
        let code = u32::from(*c) as usize;
        if let Some(word) = start_bits.get_mut(code / 64) {
            *word |= 1 << (code % 64);
        }
    }
    Names {
        all,
        patterns,
        pattern_starts,
        start_bits,
    }
});

/// The actor `name` stands for; only written forms when `written` is set. A name typed
/// exactly as the table keys it is found without allocating.
fn find_actor(name: &str, written: bool) -> Option<Actor> {
    exact(name, written).or_else(|| find_normalized(&normalize(name), written))
}

/// The actor whose table key `key` is exactly; only written forms when `written` is set.
fn exact(key: &str, written: bool) -> Option<Actor> {
    NAMES
        .all
        .get(key)
        .filter(|(_, form)| !written || *form == Form::Written)
        .map(|(actor, _)| *actor)
}

/// The actor a [`normalize`]d name stands for, as it is or without a leading `吳忠`.
fn find_normalized(key: &str, written: bool) -> Option<Actor> {
    exact(key, written).or_else(|| {
        let rest = key
            .strip_prefix("吳忠")
            .or_else(|| key.strip_prefix("吴忠"))?;
        rest.starts_with(CARRIED_PREFIX)
            .then(|| exact(rest, written))
            .flatten()
    })
}

/// The department `name` stands for; only written forms when `written` is set.
fn find(name: &str, written: bool) -> Option<Department> {
    find_actor(name, written).and_then(Actor::department)
}

/// The first two characters of `text`, if it has two.
fn first_two(text: &str) -> Option<&str> {
    let mut ends = text.char_indices().map(|(at, c)| at + c.len_utf8());
    ends.nth(1).and_then(|end| text.get(..end))
}

/// Whether an actor's written name begins with `c`.
pub(crate) fn starts_name(c: char) -> bool {
    let code = u32::from(c) as usize;
    match NAMES.start_bits.get(code / 64) {
        Some(word) => word & (1 << (code % 64)) != 0,
        None => NAMES.pattern_starts.binary_search(&c).is_ok(),
    }
}

/// The actor whose written name `text` begins with (the longest such name), and that
/// name.
pub(crate) fn name_at(text: &str) -> Option<(&'static str, Actor)> {
    let list = NAMES.patterns.get(first_two(text)?)?;
    list.iter()
        .find(|(name, _)| text.starts_with(name.as_ref()))
        .map(|(name, actor)| (name.as_ref(), *actor))
}

/// The departments whose names are closest to `name`, best first.
pub(crate) fn suggest(name: &str) -> Vec<Department> {
    // No name is longer than this; a longer input is not a misspelling of one, and
    // comparing it with every name would cost time in proportion to its length.
    if name.chars().nth(MAX_SUGGESTED_CHARS).is_some() {
        return Vec::new();
    }
    let key = normalize(name);
    closest_normalized(&key, forms_of(&FORMS))
}

/// Each kind with the forms of its names a typed name is compared with, normalized once.
type Forms = Vec<(Department, Vec<String>)>;

/// Every kind but `other`, with its names and abbreviations: what [`suggest`] compares.
static FORMS: Lazy<Forms> = Lazy::new(|| {
    Department::iter()
        .filter(|d| *d != Department::Other)
        .map(|d| {
            let forms = d
                .names()
                .chain(d.abbreviations().iter().copied())
                .chain(d.simplified_abbreviations().iter().copied());
            (d, forms.map(normalize).collect())
        })
        .collect()
});

/// The kinds with central bodies, with their central names, current and former: what
/// [`suggest_at`] compares first at [`Level::National`].
static NATIONAL_FORMS: Lazy<Forms> = Lazy::new(|| {
    Department::iter()
        .filter(|d| !d.national_names().is_empty())
        .map(|d| {
            let forms = d
                .national_names()
                .iter()
                .chain(d.simplified_national_names())
                .copied()
                .chain(
                    d.former_names()
                        .iter()
                        .filter(|f| f.national)
                        .flat_map(|f| [f.name, f.simplified]),
                );
            (d, forms.map(normalize).collect())
        })
        .collect()
});

/// The items of a table of forms as [`closest`] takes them.
fn forms_of(forms: &Forms) -> impl Iterator<Item = (Department, impl Iterator<Item = &str>)> {
    forms
        .iter()
        .map(|(kind, forms)| (*kind, forms.iter().map(String::as_str)))
}

/// The departments whose names are closest to `name`, best first, those of `level`
/// first: at [`Level::National`], the kinds whose central bodies' names
/// ([`Department::national_names`], and former ones) come close, then the others.
pub(crate) fn suggest_at(name: &str, level: Option<Level>) -> Vec<Department> {
    let general = suggest(name);
    if level != Some(Level::National) || name.chars().nth(MAX_SUGGESTED_CHARS).is_some() {
        return general;
    }
    let key = normalize(name);
    let mut first = closest_normalized(&key, forms_of(&NATIONAL_FORMS));
    for kind in general {
        if first.len() >= MAX_SUGGESTIONS {
            break;
        }
        if !first.contains(&kind) {
            first.push(kind);
        }
    }
    first
}

impl Department {
    /// The department a name stands for, in any form a user may type: what its
    /// `FromStr` gives, and [`Department::lookup`] with the crate's error.
    pub(crate) fn resolve(name: &str) -> Result<Department, UnknownDepartment> {
        if let Some(department) = Department::from_id(name).or_else(|| find(name, false)) {
            return Ok(department);
        }
        let unknown = |suggestions, candidates| UnknownDepartment {
            input: name.to_owned(),
            suggestions,
            candidates,
        };
        if name.len() > MAX_NAME_BYTES {
            return Err(unknown(Vec::new(), Vec::new()));
        }
        match body::read(name, None, None).kind {
            Kind::Known(department) => Ok(department),
            Kind::Ambiguous(kinds) => Err(unknown(Vec::new(), kinds.to_vec())),
            Kind::Unknown => Err(unknown(
                suggest_at(name, body::level_looked(name)),
                Vec::new(),
            )),
        }
    }
}

/// The most bytes a name may have to be read as a body's: no name of the vocabulary is
/// near this long, and a longer input is no misspelling of one.
const MAX_NAME_BYTES: usize = 4 * MAX_SUGGESTED_CHARS;

/// A name that stands for no single department, the error of `FromStr` and `TryFrom`
/// for [`Department`]: a name no kind has, with the closest kinds as suggestions (best
/// first, possibly none), or one that several kinds share (an abbreviation or former
/// name such as `文旅局`), with those kinds as candidates.
///
/// It becomes the crate's [`Error`](crate::Error) with `?` (through `From`), as
/// [`Error::UnknownDepartment`](crate::Error::UnknownDepartment) or, for a shared name,
/// [`Error::AmbiguousDepartment`](crate::Error::AmbiguousDepartment), with the same
/// message; [`Department::lookup`] answers with that.
///
/// ```
/// use wuzhong_plan::{Department, Error, UnknownDepartment};
/// let err: UnknownDepartment = "市民証局".parse::<Department>().unwrap_err();
/// assert_eq!(err.input(), "市民証局");
/// assert_eq!(err.suggestions().first(), Some(&Department::CivilAffairs));
/// assert!(!err.is_ambiguous());
/// assert!(err.to_string().starts_with("unknown department `市民証局`; did you mean 市民政局"));
///
/// let shared = "文旅局".parse::<Department>().unwrap_err();
/// assert!(shared.is_ambiguous() && shared.candidates().len() == 2);
/// assert!(matches!(Error::from(shared), Error::AmbiguousDepartment { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", describe_department(.input, .suggestions, .candidates))]
pub struct UnknownDepartment {
    pub(crate) input: String,
    pub(crate) suggestions: Vec<Department>,
    pub(crate) candidates: Vec<Department>,
}

impl UnknownDepartment {
    /// The name as given.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The departments whose names are closest to the one given, best first (possibly
    /// none); none for a name that several kinds share.
    pub fn suggestions(&self) -> &[Department] {
        &self.suggestions
    }

    /// The kinds that share the name, when it is ambiguous; none otherwise.
    pub fn candidates(&self) -> &[Department] {
        &self.candidates
    }

    /// Whether the name is one that several kinds share, rather than no kind's.
    pub fn is_ambiguous(&self) -> bool {
        !self.candidates.is_empty()
    }
}

/// The message of an [`UnknownDepartment`]: unknown, or ambiguous.
fn describe_department(
    input: &str,
    suggestions: &[Department],
    candidates: &[Department],
) -> String {
    if candidates.is_empty() {
        unknown_department(input, suggestions)
    } else {
        ambiguous_department(input, candidates)
    }
}

/// The message for a name that several kinds share.
pub(crate) fn ambiguous_department(input: &str, candidates: &[Department]) -> String {
    let named: Vec<String> = candidates
        .iter()
        .map(|d| format!("{} ({})", d.name(), d.id()))
        .collect();
    format!(
        "{} is ambiguous: it is a name of {}; give the full name or the id",
        quoted(input),
        named.join(" and ")
    )
}

/// The message for a name that is no department's: the name quoted, then the closest
/// departments, or what a name looks like.
pub(crate) fn unknown_department(input: &str, suggestions: &[Department]) -> String {
    format!(
        "unknown department {}{}",
        quoted(input),
        did_you_mean(suggestions)
    )
}

/// The end of an unknown-name message: the suggestions, or what a name looks like.
pub(crate) fn did_you_mean(suggestions: &[Department]) -> String {
    suggested(
        suggestions.iter().map(|d| (d.name(), d.id())),
        ": expected a name such as 市民政局, 民政局, civil-affairs or Civil Affairs Bureau",
    )
}

/// The end of an unknown-name message whose suggestions are of `level`: each
/// written as a body of that level writes it ([`Department::name_at`]).
pub(crate) fn did_you_mean_at(suggestions: &[Department], level: Option<Level>) -> String {
    match level {
        Some(level) => suggested(
            suggestions.iter().map(|d| (d.name_at(level), d.id())),
            ": expected a name such as 市民政局, 民政局, civil-affairs or Civil Affairs Bureau",
        ),
        None => did_you_mean(suggestions),
    }
}

impl Actor {
    /// The actor a name stands for: what its `FromStr` gives, and [`Actor::lookup`]
    /// with the crate's error.
    pub(crate) fn resolve(name: &str) -> Result<Actor, UnknownActor> {
        let by_id = Department::from_id(name)
            .map(Actor::Department)
            .or_else(|| {
                OTHER_ACTORS
                    .iter()
                    .find(|entry| entry.1 == name)
                    .map(|entry| entry.0)
            });
        by_id
            .or_else(|| find_actor(name, false))
            .ok_or_else(|| UnknownActor {
                input: name.to_owned(),
            })
    }
}

/// A name that is no actor's, the error of `FromStr` for [`Actor`]: neither a
/// department's nor one of the other bodies the text names.
///
/// It becomes the crate's [`Error`](crate::Error) with `?` (through `From`), as
/// [`Error::UnknownActor`](crate::Error::UnknownActor) with the same message;
/// [`Actor::lookup`] answers with that.
///
/// ```
/// use wuzhong_plan::{Actor, UnknownActor};
/// let err: UnknownActor = "市長".parse::<Actor>().unwrap_err();
/// assert_eq!(err.input(), "市長");
/// assert!(err.to_string().starts_with("unknown body `市長`"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", unknown_actor(.input))]
pub struct UnknownActor {
    pub(crate) input: String,
}

impl UnknownActor {
    /// The name as given.
    pub fn input(&self) -> &str {
        &self.input
    }
}

/// The message for a name that is no actor's.
pub(crate) fn unknown_actor(input: &str) -> String {
    format!(
        "unknown body {}: expected a department's name or id, or one of 市委, 市政府, 各有關部門(單位), 各責任部門",
        quoted(input)
    )
}

impl FromStr for Department {
    type Err = UnknownDepartment;

    fn from_str(s: &str) -> Result<Department, UnknownDepartment> {
        Department::resolve(s)
    }
}

impl TryFrom<&str> for Department {
    type Error = UnknownDepartment;

    fn try_from(s: &str) -> Result<Department, UnknownDepartment> {
        Department::resolve(s)
    }
}

impl TryFrom<&String> for Department {
    type Error = UnknownDepartment;

    fn try_from(s: &String) -> Result<Department, UnknownDepartment> {
        Department::resolve(s)
    }
}

impl TryFrom<String> for Department {
    type Error = UnknownDepartment;

    fn try_from(s: String) -> Result<Department, UnknownDepartment> {
        Department::resolve(&s)
    }
}

impl<'de> Deserialize<'de> for Department {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Department, D::Error> {
        deserializer.deserialize_str(NameVisitor(Department::resolve, "a name or id"))
    }
}

impl FromStr for Actor {
    type Err = UnknownActor;

    fn from_str(s: &str) -> Result<Actor, UnknownActor> {
        Actor::resolve(s)
    }
}

impl<'de> Deserialize<'de> for Actor {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Actor, D::Error> {
        deserializer.deserialize_str(NameVisitor(Actor::resolve, "a name or id"))
    }
}

//! The registry of the organisations a plan names, read from its responsibility lines.
//!
//! Each party is read as a body's name (kind, level, place); a name that says nothing of
//! its level (`發展改革委` alone) is at the plan's own level, which its issuer gives
//! (`國務院` national, `安徽省人民政府` province, `吳忠市人民政府辦公室` city). Parties that
//! name the same body are one organisation: of a known kind, those with the same kind,
//! level and place (a name without a place is the plan's own, when it is of the plan's
//! level); of no known kind, and enterprises and groups' units named by their own names
//! (`省港航集團`), those with the same name once the carried level is restored. The
//! registry is what the parser gives a plan and what loading a document checks its
//! `organizations` against.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::base::hash::Fnv;
use crate::base::quote::quoted;
use crate::base::span::Span;
use crate::model::{
    LeadRule, Mention, Metadata, Organization, OtherName, Party, PlanData, ResponsibilityNote,
    Task, tasks_mut,
};
use crate::read::responsibility::{self, PartyRef};
use crate::read::roles::{self, Rules};
use crate::vocab::body::{self, Kind};
use crate::vocab::department::{Category, Department};
use crate::vocab::level::Level;
use crate::vocab::lookup;
use crate::vocab::record::DepartmentTable;

/// The plan's own place, from its issuer or else its title: `吳忠`.
pub(crate) fn home(metadata: &Metadata) -> Option<&str> {
    let issuer = metadata.issuer.as_deref().and_then(body::place_of);
    issuer.or_else(|| metadata.title.as_deref().and_then(body::place_of))
}

/// The plan's own level, from its issuer or else its title: [`Level::National`] for the
/// State Council's (`國務院`), [`Level::Province`] for `安徽省人民政府`'s, [`Level::City`]
/// for `吳忠市人民政府辦公室`'s. A body named with no level word, no place and no level
/// lent by its line's first item is at this level.
pub(crate) fn home_level(metadata: &Metadata) -> Option<Level> {
    let issuer = metadata.issuer.as_deref().and_then(body::level_of);
    issuer.or_else(|| metadata.title.as_deref().and_then(body::level_of))
}

/// What makes two parties one organisation, borrowing the text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key<'a> {
    Kind(Department, Option<Level>, Option<&'a str>),
    Name(Cow<'a, str>),
}

/// Builds a registry one party at a time, in document order: what reading the lines
/// does, and what the checks do with the parties they read again.
pub(crate) struct Builder<'a> {
    home: Option<&'a str>,
    home_level: Option<Level>,
    keys: HashMap<Key<'a>, usize, BuildHasherDefault<Fnv>>,
    /// How many organisations of each kind there are so far, for the ids.
    counts: HashMap<Department, usize, BuildHasherDefault<Fnv>>,
    organizations: Vec<Organization>,
}

impl<'a> Builder<'a> {
    /// A builder for a plan whose own place is `home`.
    pub(crate) fn new(home: Option<&'a str>) -> Builder<'a> {
        Builder {
            home,
            home_level: None,
            keys: HashMap::default(),
            counts: HashMap::default(),
            organizations: Vec::new(),
        }
    }

    /// A builder for the plan `metadata` describes: its own place and level.
    pub(crate) fn for_plan(metadata: &'a Metadata) -> Builder<'a> {
        Builder {
            home_level: home_level(metadata),
            ..Builder::new(home(metadata))
        }
    }

    /// The plan's own place the builder reads names with.
    pub(crate) fn home(&self) -> Option<&'a str> {
        self.home
    }

    /// Adds the next party, and gives the organisation it names. Only a new
    /// organisation allocates.
    pub(crate) fn add(&mut self, party: &PartyRef<'a>) -> Option<&Organization> {
        let (home, home_level) = (self.home, self.home_level);
        let kind = party.reading.kind.known();
        // A body of a kind named with no level word and no place (`發展改革委` in a State
        // Council opinion) is at the plan's own level; a collective names no one body.
        let bare =
            party.reading.bare && kind.is_some_and(|kind| kind.category() != Category::Collective);
        let level = party.reading.level.or(if bare { home_level } else { None });
        let place = party.reading.place.or(match level {
            None => home,
            Some(level) if Some(level) == home_level => home,
            Some(Level::City) if home_level.is_none() => home,
            Some(_) => None,
        });
        // An enterprise or a group's units are each their own body (`省港航集團`,
        // `省機場集團`), as those of no known kind are.
        let key = match kind {
            Some(kind) if !body::is_own_named(kind) => Key::Kind(kind, level, place),
            _ => Key::Name(full_name(party)),
        };
        let organizations = &mut self.organizations;
        let counts = &mut self.counts;
        let at = *self.keys.entry(key).or_insert_with(|| {
            let full = full_name(party);
            let name = kind
                .and_then(|kind| canonical(kind, &full))
                .map_or_else(|| full.into_owned(), str::to_owned);
            let members = kind
                .map(|kind| body::members_of(kind, place))
                .unwrap_or_default();
            // The kind's id for the first of a kind, numbered after that; `other-1`…
            // for those of no known kind.
            let of_kind = kind.unwrap_or(Department::Other);
            let count = counts.entry(of_kind).or_insert(0);
            *count += 1;
            let id = match (kind, *count) {
                (Some(kind), 1) => kind.id().to_owned(),
                _ => format!("{}-{count}", of_kind.id()),
            };
            organizations.push(Organization {
                id,
                name,
                other_names: Vec::new(),
                kind,
                level,
                place: place.map(str::to_owned),
                members: members.iter().map(|m| (*m).to_owned()).collect(),
            });
            organizations.len() - 1
        });
        let written = party.quote;
        let organization = self.organizations.get_mut(at)?;
        if organization.name != written
            && !organization.other_names.iter().any(|o| o.name == written)
        {
            organization.other_names.push(OtherName::new(written));
        }
        Some(organization)
    }

    /// The organisations of the registry built, in the order they were first named.
    pub(crate) fn finish(self) -> Vec<Organization> {
        self.organizations
    }
}

/// The party's name in full: with the level its line's first item lends, if it takes it.
fn full_name<'a>(party: &PartyRef<'a>) -> Cow<'a, str> {
    match (party.reading.carried, party.carry) {
        (true, Some(carry)) => Cow::Owned(format!("{}{}", carry.text, party.quote)),
        _ => Cow::Borrowed(party.quote),
    }
}

/// The kind's canonical name when `full` is one of its own full names, in the script
/// `full` is written in.
fn canonical(kind: Department, full: &str) -> Option<&'static str> {
    kind.full_names_in_both_scripts()
        .find_map(|(traditional, simplified)| {
            if full == traditional {
                Some(kind.name())
            } else if full == simplified {
                Some(kind.simplified_name())
            } else {
                None
            }
        })
}

/// How much of a plan's responsibility [`complete`] reads from its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fill {
    /// What the parser has just read: every party, note, role and mention.
    Read,
    /// A document of a schema version before the lead rules (and, older still, before
    /// roles and notes): its notes, roles and rules read again, the mentions outside the
    /// notes, and what else it lacks.
    Older,
    /// A document of this version: only what it lacks.
    Given,
}

/// Gives a plan what reading its text gives and its data lacks: the parties of a line
/// written without them, the organisation of a party written without one, and the
/// registry when there is none (as in what the parser has just read, and in documents
/// of schema versions 1 and 2); for what the parser has read and older documents, the
/// notes, roles and mentions too (see [`Fill`]); then the `departments` of the
/// registry's kinds. What the data has is otherwise left as it is, for the checks to
/// compare with the text; a current document that lacks nothing has no line read.
pub(crate) fn complete(data: &mut PlanData, fill: Fill) {
    let lacking = fill != Fill::Given
        || data.organizations.is_empty()
        || data
            .tasks()
            .filter_map(|task| task.responsibility.as_ref())
            .chain(data.tasks().flat_map(|task| &task.further_responsibility))
            .any(|line| {
                line.parties.is_empty()
                    || line
                        .parties
                        .iter()
                        .any(|party| party.organization.is_empty())
            });
    if lacking {
        let (fills, organizations, lead_rules) = read_all(data, fill);
        for (task, found) in tasks_mut(data).zip(fills) {
            found.apply(task, fill);
        }
        if fill != Fill::Given {
            data.lead_rules = lead_rules;
        }
        if data.organizations.is_empty() {
            data.organizations = organizations;
        }
    }
    data.departments = DepartmentTable::new(data.organizations.iter().filter_map(|o| o.kind));
}

/// What reading one task's text gives, owned, with each party's organisation.
struct Found {
    notes: Vec<ResponsibilityNote>,
    /// Each responsibility line's parties, `None` for a line that does not read.
    lines: Vec<Option<Vec<Party>>>,
    mentions: Vec<Mention>,
    rule_parties: Vec<Party>,
}

impl Found {
    fn apply(self, task: &mut Task, fill: Fill) {
        let lines = task
            .responsibility
            .iter_mut()
            .chain(task.further_responsibility.iter_mut());
        for (line, read) in lines.zip(self.lines) {
            let Some(read) = read else {
                continue;
            };
            if line.parties.is_empty() {
                line.parties = read;
                continue;
            }
            for (given, read) in line.parties.iter_mut().zip(read) {
                if given.organization.is_empty() {
                    given.organization = read.organization;
                }
                if fill != Fill::Given {
                    given.role = read.role;
                    given.basis = read.basis;
                }
            }
        }
        match fill {
            Fill::Read => {
                task.notes = self.notes;
                task.rule_parties = self.rule_parties;
                task.mentions = self.mentions;
            }
            Fill::Older => {
                // Mentions of older documents were found in the notes too. Both lists are
                // in the order of the body: the notes are walked once beside them.
                let mut notes = self
                    .notes
                    .iter()
                    .filter(|note| note.continuation.is_none() && !note.title)
                    .peekable();
                task.mentions.retain(|mention| {
                    while notes
                        .next_if(|note| note.span.end <= mention.span.start)
                        .is_some()
                    {}
                    notes
                        .peek()
                        .is_none_or(|note| mention.span.end <= note.span.start)
                });
                task.notes = self.notes;
                task.rule_parties = self.rule_parties;
            }
            Fill::Given => {}
        }
    }
}

/// A party as read, owned, with the organisation it names.
fn owned<'a>(builder: &mut Builder<'a>, party: &PartyRef<'a>) -> Party {
    let mut owned = Party::from(*party);
    if let Some(organization) = builder.add(party) {
        owned.organization = organization.id.clone();
    }
    owned
}

/// Reads every task's notes and responsibility lines once, with the plan's own place
/// known, and builds the registry of the organisations they name.
fn read_all(data: &PlanData, fill: Fill) -> (Vec<Found>, Vec<Organization>, Vec<LeadRule>) {
    let mut builder = Builder::for_plan(&data.metadata);
    let home = builder.home();
    let mut fills = Vec::new();
    let mut rules = Rules::new(data);
    for task in data.tasks() {
        let reading = roles::read_task(task, home, &mut rules);
        let notes = reading
            .scan
            .notes
            .iter()
            .map(|note| ResponsibilityNote {
                title: note.title,
                continuation: note.continuation,
                span: note.span,
                remarks: note.remarks.clone(),
                parties: note
                    .parties
                    .iter()
                    .map(|p| owned(&mut builder, p))
                    .collect(),
            })
            .collect::<Vec<_>>();
        let lines = reading
            .lines
            .iter()
            .map(|line| {
                // The registry takes the parties up to any fault; a line with one is
                // left for the checks to report.
                let read: Vec<Party> = line
                    .parties
                    .iter()
                    .map(|p| owned(&mut builder, p))
                    .collect();
                line.error.is_none().then_some(read)
            })
            .collect();
        // After the lines, as the checks read them.
        let rule_parties = reading
            .ruled
            .iter()
            .map(|p| owned(&mut builder, p))
            .collect();
        let mentions = if fill == Fill::Read {
            let skip: Vec<Span> = notes
                .iter()
                .filter(|note| note.continuation.is_none() && !note.title)
                .map(|note| note.span)
                .collect();
            responsibility::mentions(&task.body, &skip)
                .into_iter()
                .map(Mention::from)
                .collect()
        } else {
            Vec::new()
        };
        fills.push(Found {
            notes,
            lines,
            mentions,
            rule_parties,
        });
    }
    rules.finish(home);
    let lead_rules = rules.found.iter().map(LeadRule::from).collect();
    (fills, builder.finish(), lead_rules)
}

/// What a diagnostic says of a party whose organisation (`id`) has no kind, or `None`
/// when the name does read as one kind; with the closest kinds when `suggest` is set,
/// those of the name's level first (the level its words give, the centre's for a name
/// like a central body's, else `home_level`, the plan's), each written as a body of that
/// level writes it: an unknown `財務部` in a State Council document is offered
/// `財政部 (finance)`, not the city's `市財政局`.
pub(crate) fn why_unknown(
    quote: &str,
    home: Option<&str>,
    home_level: Option<Level>,
    id: &str,
    suggest: bool,
) -> Option<String> {
    let kept = format!("and is kept as organisation `{id}`, of no kind");
    let reading = body::read(quote, None, home);
    match reading.kind {
        Kind::Known(_) => None,
        Kind::Ambiguous(kinds) => {
            let named: Vec<String> = kinds
                .iter()
                .map(|k| format!("{} ({})", k.name(), k.id()))
                .collect();
            Some(format!(
                "{} is a name of {}, {kept}: write the full name",
                quoted(quote),
                named.join(" and ")
            ))
        }
        Kind::Unknown if suggest => Some(format!(
            "{} is no kind of body this crate knows, {kept}{}",
            quoted(quote),
            {
                let level = reading
                    .level
                    .or_else(|| body::level_looked(quote))
                    .or(home_level);
                lookup::did_you_mean_at(&lookup::suggest_at(quote, level), level)
                    .replace(": expected a name such as", "; a kind's name is such as")
            }
        )),
        Kind::Unknown => Some(format!(
            "{} is no kind of body this crate knows, {kept}",
            quoted(quote)
        )),
    }
}

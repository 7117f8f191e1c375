//! [`enum@Error`], the crate's error for everything but reading text: JSON that is not a
//! plan, a plan whose parts do not fit together, a name or value that is not what its
//! type promises.
//!
//! It wraps the errors of the layers below, each raised where its reason is known: a
//! [`ParseError`] or the [`Invalid`]s of the checks (see [`crate::fault`]), a name no
//! vocabulary knows (the vocabularies' own errors, [`UnknownDepartment`],
//! [`UnknownActor`] and [`UnknownDomain`], which the `FromStr` of their types gives and
//! `From` turns into this type, their messages kept word for word), a date, decimal or
//! deadline the model cannot read.
//!
//! The public lookups of those lower layers answer with this type, so that one `?`
//! serves every call: [`Department::lookup`], [`Actor::lookup`], [`Domain::lookup`] and
//! the `FromStr` and `TryFrom` of [`Date`], [`Decimal`] and [`Deadline`] are defined
//! here, each a thin face on the reader of the layer below.

use std::convert::Infallible;
use std::fmt;
use std::str::FromStr;

use thiserror::Error;

use crate::base::quote::{quoted, relayed, relayed_string};
use crate::fault::{Invalid, MAX_COMPOSED, ParseError, list_invalid};
use crate::model::target::{not_a_deadline, not_a_decimal};
use crate::model::{Date, Deadline, Decimal, OLDEST_SCHEMA_VERSION, not_a_date};
use crate::vocab::actor::Actor;
use crate::vocab::department::Department;
use crate::vocab::domain::{Domain, UnknownDomain, unknown_domain};
use crate::vocab::lookup::{
    UnknownActor, UnknownDepartment, ambiguous_department, unknown_actor, unknown_department,
};

/// Everything else that can go wrong: JSON that is not a plan, a plan whose parts do
/// not fit together, a value that is not what its type promises.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// The plain text did not parse.
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// The JSON is malformed or does not follow the schema.
    #[error("invalid plan JSON at line {line}, column {column}{}: {}", at_node(.node.as_deref(), .field.as_deref()), JsonMessage(.message))]
    Json {
        /// The 1-based line of the error in the JSON text.
        line: usize,
        /// The 1-based column.
        column: usize,
        /// The id of the innermost node (part, group, task or target) around the error,
        /// when it has one.
        node: Option<String>,
        /// Where the error is: the path of keys and indexes from that node, or from the
        /// top of the document (`responsibility.parties[0].department`, `metadata.period`).
        field: Option<String>,
        /// What serde_json found wrong.
        message: String,
    },
    /// The JSON is well-formed but written for a schema version this crate does not read.
    #[error(
        "unsupported schema_version {found}: this crate reads versions {} to {expected}",
        OLDEST_SCHEMA_VERSION
    )]
    UnsupportedSchema {
        /// The version the document declares.
        found: u32,
        /// The newest version this crate reads (it reads every one from
        /// [`OLDEST_SCHEMA_VERSION`] on).
        expected: u32,
    },
    /// The plan breaks invariants: every broken one, in document order (see
    /// [`Plan::validate`](crate::Plan::validate)).
    #[error("{}", list_invalid(.0))]
    Invalid(Vec<Invalid>),
    /// A name that is no department's.
    #[error("{}", unknown_department(.input, .suggestions))]
    UnknownDepartment {
        /// The name as given.
        input: String,
        /// The closest known departments, best first (possibly none).
        suggestions: Vec<Department>,
    },
    /// A name that several kinds of body share, such as an abbreviation (`文旅局` is
    /// used for 文化和旅遊局 and for 文化旅遊體育廣電局). A plan's queries resolve it
    /// when the plan has organisations of only one of the kinds.
    #[error("{}", ambiguous_department(.input, .candidates))]
    AmbiguousDepartment {
        /// The name as given.
        input: String,
        /// The kinds that share it.
        candidates: Vec<Department>,
    },
    /// A name that is no actor's: neither a department nor one of the other bodies the
    /// text names.
    #[error("{}", unknown_actor(.input))]
    UnknownActor {
        /// The name as given.
        input: String,
    },
    /// A string that should be a decimal number is not one.
    #[error("{}", not_a_decimal(.input))]
    InvalidDecimal {
        /// The offending string.
        input: String,
    },
    /// A string that should be a deadline is not one.
    #[error("{}", not_a_deadline(.input))]
    InvalidDeadline {
        /// The offending string.
        input: String,
    },
    /// A name that is no domain's.
    #[error("{}", unknown_domain(.input, .suggestions))]
    UnknownDomain {
        /// The name as given.
        input: String,
        /// The closest domains, best first (possibly none).
        suggestions: Vec<Domain>,
    },
    /// A string that should be a `YYYY-MM-DD` date is not one.
    #[error("{}", not_a_date(.input))]
    InvalidDate {
        /// The offending string.
        input: String,
    },
    /// A name that is no level of government's (see
    /// [`Query::try_level`](crate::Query::try_level) for the names it takes).
    #[error("{}", unknown_level(.input))]
    UnknownLevel {
        /// The name as given.
        input: String,
    },
}

impl Error {
    /// The names the error suggests instead of the one given, best first, as its
    /// message writes them: the closest departments of an
    /// [`UnknownDepartment`](Error::UnknownDepartment) and the closest domains of an
    /// [`UnknownDomain`](Error::UnknownDomain), the kinds an
    /// [`AmbiguousDepartment`](Error::AmbiguousDepartment) could mean; none for any
    /// other error, or when nothing is close. For a binding or an interface that
    /// offers them apart from the message.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let Err(error) = plan.tasks_led_by("市民証局") else { panic!("市民証局 is misspelt") };
    /// assert_eq!(error.suggested_names().first(), Some(&"市民政局"));
    /// assert!(error.to_string().contains("did you mean 市民政局"));
    ///
    /// let Err(error) = plan.tasks_in_domain("elderly") else { panic!("no domain is `elderly`") };
    /// assert_eq!(error.suggested_names().first(), Some(&"老有所養"));
    /// assert!(wuzhong_plan::Plan::from_json("{").unwrap_err().suggested_names().is_empty());
    /// ```
    pub fn suggested_names(&self) -> Vec<&'static str> {
        match self {
            Error::UnknownDepartment { suggestions, .. } => {
                suggestions.iter().map(|d| d.name()).collect()
            }
            Error::AmbiguousDepartment { candidates, .. } => {
                candidates.iter().map(|d| d.name()).collect()
            }
            Error::UnknownDomain { suggestions, .. } => {
                suggestions.iter().map(|d| d.name()).collect()
            }
            _ => Vec::new(),
        }
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Error {
        let full = err.to_string();
        // serde_json's message ends with its own " at line L column C"; the fields carry those.
        let message = full
            .rsplit_once(" at line ")
            .map_or(full.as_str(), |(message, _)| message)
            .to_owned();
        Error::Json {
            line: err.line(),
            column: err.column(),
            node: None,
            field: None,
            message,
        }
    }
}

/// `, in `node`, field `field`` for a JSON error's message, as much as is known.
fn at_node(node: Option<&str>, field: Option<&str>) -> String {
    match (node.map(quoted), field.map(quoted)) {
        (Some(node), Some(field)) => format!(", in {node}, field {field}"),
        (Some(node), None) => format!(", in {node}"),
        (None, Some(field)) => format!(", field {field}"),
        (None, None) => String::new(),
    }
}

/// The most characters of an unknown key that a suggestion is looked for: no key of the
/// schema is longer than this.
const MAX_SUGGESTED_KEY: usize = 40;

/// serde_json's message as [`Error::Json`] shows it. An unknown key (or variant) is
/// quoted as every input is, with the closest known one suggested when there is one
/// close enough; a string serde_json quotes is cut; any other message is escaped and cut
/// as a whole.
struct JsonMessage<'a>(&'a str);

impl fmt::Display for JsonMessage<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = self.0;
        for what in ["unknown field `", "unknown variant `"] {
            let Some(rest) = message.strip_prefix(what) else {
                continue;
            };
            // The known names come last and hold no backtick: the unknown one may.
            let tail_at = rest
                .rfind("`, expected ")
                .or_else(|| rest.rfind("`, there are no "));
            let Some((unknown, tail)) = tail_at.and_then(|at| rest.split_at_checked(at)) else {
                continue;
            };
            let tail = tail.strip_prefix('`').unwrap_or(tail);
            let noun = what.trim_end_matches(" `");
            return match closest_key(unknown, tail) {
                Some(known) => write!(f, "{noun} {}; did you mean `{known}`?", quoted(unknown)),
                None => write!(
                    f,
                    "{noun} {}{}",
                    quoted(unknown),
                    relayed(tail, MAX_COMPOSED)
                ),
            };
        }
        // `invalid type: string "…", expected …`: the string, escaped by serde_json, cut.
        if let Some(start) = message.find("string \"").map(|at| at + "string ".len()) {
            if let Some(end) = message.rfind('"').filter(|&end| end > start) {
                if let (Some(before), Some(inside), Some(after)) = (
                    message.get(..start),
                    message.get(start + 1..end),
                    message.get(end + 1..),
                ) {
                    return write!(
                        f,
                        "{}{}{}",
                        relayed(before, MAX_COMPOSED),
                        relayed_string(inside),
                        relayed(after, MAX_COMPOSED)
                    );
                }
            }
        }
        write!(f, "{}", relayed(message, MAX_COMPOSED))
    }
}

/// The known key of serde's list (`one of `a`, `b``, or `` `a` or `b` ``) closest to an
/// unknown one, if one is within an edit distance of a third of its length (at least 1).
fn closest_key<'a>(unknown: &str, known: &'a str) -> Option<&'a str> {
    if unknown.chars().nth(MAX_SUGGESTED_KEY).is_some() {
        return None;
    }
    let typed: Vec<char> = unknown.chars().collect();
    let limit = (typed.len() / 3).max(1);
    known
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|name| (crate::base::names::distance(&typed, name), name))
        .filter(|&(distance, _)| distance <= limit)
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, name)| name)
}

impl From<Infallible> for Error {
    fn from(never: Infallible) -> Error {
        match never {}
    }
}

impl From<UnknownDepartment> for Error {
    fn from(unknown: UnknownDepartment) -> Error {
        if unknown.candidates.is_empty() {
            Error::UnknownDepartment {
                input: unknown.input,
                suggestions: unknown.suggestions,
            }
        } else {
            Error::AmbiguousDepartment {
                input: unknown.input,
                candidates: unknown.candidates,
            }
        }
    }
}

impl From<UnknownActor> for Error {
    fn from(unknown: UnknownActor) -> Error {
        Error::UnknownActor {
            input: unknown.input,
        }
    }
}

impl From<UnknownDomain> for Error {
    fn from(unknown: UnknownDomain) -> Error {
        Error::UnknownDomain {
            input: unknown.input,
            suggestions: unknown.suggestions,
        }
    }
}

impl Department {
    /// The department a name stands for, in any form a user may type (see
    /// [`Department::names`]). This is `FromStr` answering with the crate's error:
    /// `str::parse` gives the name's own, [`UnknownDepartment`].
    ///
    /// ```
    /// use wuzhong_plan::{Department, Error};
    /// assert_eq!(Department::lookup("卫生健康委员会")?, Department::Health);
    /// assert_eq!(Department::lookup("MARKET-REGULATION")?, Department::MarketRegulation);
    /// assert_eq!(Department::lookup("各縣（市、區）")?, Department::CountyGovernments);
    ///
    /// let Err(Error::UnknownDepartment { input, suggestions }) = Department::lookup("市民証局") else {
    ///     panic!("市民証局 is misspelt");
    /// };
    /// assert_eq!(input, "市民証局");
    /// assert_eq!(suggestions.first(), Some(&Department::CivilAffairs));
    /// # Ok::<(), Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::UnknownDepartment`] when the name is none of these, with the closest
    /// departments as suggestions; [`Error::AmbiguousDepartment`] for an abbreviation
    /// or former name that several kinds share (`文旅局`).
    pub fn lookup(name: &str) -> Result<Department, Error> {
        Ok(Department::resolve(name)?)
    }
}

impl Actor {
    /// The actor a name stands for: any form [`Department::lookup`] takes, or the id,
    /// name (either script) or English name of one of the other bodies. This is
    /// `FromStr` answering with the crate's error: `str::parse` gives the name's own,
    /// [`UnknownActor`].
    ///
    /// ```
    /// use wuzhong_plan::{Actor, Department};
    /// assert_eq!(Actor::lookup("各有关部门（单位）")?, Actor::RelevantDepartments);
    /// assert_eq!(Actor::lookup("民政局")?, Actor::Department(Department::CivilAffairs));
    /// assert!(Actor::lookup("市長").is_err());
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::UnknownActor`] when the name is none of these.
    pub fn lookup(name: &str) -> Result<Actor, Error> {
        Ok(Actor::resolve(name)?)
    }
}

impl Domain {
    /// The domain a name stands for, in any form of [`Domain::names`] (the English
    /// name and id in any case, with spaces or hyphens). This is `FromStr` answering
    /// with the crate's error: `str::parse` gives the name's own, [`UnknownDomain`].
    ///
    /// ```
    /// use wuzhong_plan::{Domain, Error};
    /// assert_eq!(Domain::lookup("culture and sports")?, Domain::CultureSports);
    /// let Err(Error::UnknownDomain { suggestions, .. }) = Domain::lookup("elderly") else {
    ///     panic!("`elderly` is no domain's name");
    /// };
    /// assert_eq!(suggestions.first(), Some(&Domain::ElderlyCare));
    /// # Ok::<(), Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::UnknownDomain`] for a name that is none of these, with the closest
    /// domains as suggestions.
    pub fn lookup(name: &str) -> Result<Domain, Error> {
        Ok(Domain::resolve(name)?)
    }
}

impl FromStr for Date {
    type Err = Error;

    fn from_str(s: &str) -> Result<Date, Error> {
        Date::read(s).ok_or_else(|| Error::InvalidDate {
            input: s.to_owned(),
        })
    }
}

impl TryFrom<String> for Date {
    type Error = Error;

    fn try_from(s: String) -> Result<Date, Error> {
        s.parse()
    }
}

impl FromStr for Decimal {
    type Err = Error;

    fn from_str(s: &str) -> Result<Decimal, Error> {
        Decimal::read(s).ok_or_else(|| Error::InvalidDecimal {
            input: s.to_owned(),
        })
    }
}

impl FromStr for Deadline {
    type Err = Error;

    fn from_str(s: &str) -> Result<Deadline, Error> {
        Deadline::read(s).ok_or_else(|| Error::InvalidDeadline {
            input: s.to_owned(),
        })
    }
}

/// The message of [`Error::UnknownLevel`].
fn unknown_level(input: &str) -> String {
    format!(
        "unknown level {}: expected national, province, city, county, district or township (or 国家, 省, 市, 县, 区, 乡镇)",
        quoted(input)
    )
}

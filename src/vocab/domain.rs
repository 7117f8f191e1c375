//! Domains: the livelihood goals of item 48 that each task serves, and the system-level
//! work that serves them all.
//!
//! Task 48 names the plan's nine goals (民生目標): “幼有所育、學有所教、勞有所得、病有所醫、
//! 老有所養、住有所居、弱有所扶、優軍服務有保障、文體服務有保障”. [`Domain`] has one variant
//! for each, and [`Domain::System`] for the tasks that build the public service system
//! itself (finance, reform, data, staffing, land). Which tasks serve which domain is
//! curated in `data/plan.json`: each [`DomainTag`] quotes the words of the task that
//! ground it.

use std::fmt;
use std::str::FromStr;

use once_cell::sync::Lazy;
use serde::de::Deserializer;
use serde::{Deserialize, Serialize, Serializer};
use strum::{EnumCount, EnumIter, IntoEnumIterator};
use thiserror::Error;

use crate::base::names::{NameVisitor, closest, normalize, suggested};
use crate::base::quote::quoted;

/// Declares [`Domain`] and the names of each variant in one table.
macro_rules! domains {
    ($(
        $variant:ident {
            id: $id:literal,
            name: $name:literal,
            simplified: $simplified:literal,
            english: $english:literal,
            doc: $doc:literal,
        }
    )*) => {
        /// A livelihood goal of the plan (item 48's nine 民生目標), or the system-level work
        /// that serves them all.
        ///
        /// `Display` writes the goal as the plan does (`老有所養`); `FromStr` (and
        /// [`Domain::lookup`]) reads that, its Simplified form (`老有所养`), the English
        /// name or the id (these two case-insensitively). In JSON a domain is its
        /// [`id`](Domain::id).
        ///
        /// ```
        /// use wuzhong_plan::Domain;
        /// let domain = Domain::ElderlyCare;
        /// assert_eq!(domain.to_string(), "老有所養");
        /// assert_eq!((domain.id(), domain.english_name()), ("elderly-care", "Elderly care"));
        /// for form in ["老有所養", "老有所养", "elderly-care", "Elderly Care"] {
        ///     assert_eq!(form.parse::<Domain>()?, domain);
        /// }
        /// assert_eq!(Domain::System.to_string(), "公共服務體系");
        /// # Ok::<(), wuzhong_plan::Error>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, EnumCount)]
        pub enum Domain {
            $(
                #[doc = concat!("`", $name, "`: ", $doc)]
                $variant,
            )*
        }

        impl Domain {
            fn info(self) -> (&'static str, &'static str, &'static str, &'static str) {
                match self {
                    $(Domain::$variant => ($id, $name, $simplified, $english),)*
                }
            }
        }
    };
}

domains! {
    Childcare {
        id: "childcare",
        name: "幼有所育",
        simplified: "幼有所育",
        english: "Childcare",
        doc: "care for infants and young children (托育).",
    }
    Education {
        id: "education",
        name: "學有所教",
        simplified: "学有所教",
        english: "Education",
        doc: "schooling, from preschool to vocational and lifelong education.",
    }
    Employment {
        id: "employment",
        name: "勞有所得",
        simplified: "劳有所得",
        english: "Employment",
        doc: "jobs, employment services and vocational training.",
    }
    HealthCare {
        id: "health-care",
        name: "病有所醫",
        simplified: "病有所医",
        english: "Health care",
        doc: "medical services, public health and medical insurance.",
    }
    ElderlyCare {
        id: "elderly-care",
        name: "老有所養",
        simplified: "老有所养",
        english: "Elderly care",
        doc: "care services, institutions and pensions for the old.",
    }
    Housing {
        id: "housing",
        name: "住有所居",
        simplified: "住有所居",
        english: "Housing",
        doc: "housing security and better housing conditions.",
    }
    SocialAssistance {
        id: "social-assistance",
        name: "弱有所扶",
        simplified: "弱有所扶",
        english: "Support for the vulnerable",
        doc: "social assistance, the extremely poor, orphans and people with disabilities.",
    }
    Veterans {
        id: "veterans",
        name: "優軍服務有保障",
        simplified: "优军服务有保障",
        english: "Services for veterans",
        doc: "services for veterans and service members' families.",
    }
    CultureSports {
        id: "culture-sports",
        name: "文體服務有保障",
        simplified: "文体服务有保障",
        english: "Culture and sports",
        doc: "public culture, broadcasting, fitness and sports.",
    }
    System {
        id: "system",
        name: "公共服務體系",
        simplified: "公共服务体系",
        english: "Public service system",
        doc: "the system that serves every goal: finance, reform, data, staffing, land.",
    }
}

/// Every form of every domain's name, normalized, made once.
static NORMALIZED: Lazy<Vec<(String, Domain)>> = Lazy::new(|| {
    Domain::iter()
        .flat_map(|domain| domain.names().map(move |form| (normalize(form), domain)))
        .collect()
});

impl Domain {
    /// The id, as JSON writes it: `elderly-care`.
    pub fn id(self) -> &'static str {
        self.info().0
    }

    /// The goal as the plan writes it (`老有所養`), or `公共服務體系` for
    /// [`Domain::System`].
    pub fn name(self) -> &'static str {
        self.info().1
    }

    /// The name in Simplified script: `老有所养`.
    pub fn simplified_name(self) -> &'static str {
        self.info().2
    }

    /// The English name: `Elderly care`.
    pub fn english_name(self) -> &'static str {
        self.info().3
    }

    /// Whether this is one of item 48's nine goals (every domain but
    /// [`Domain::System`]).
    ///
    /// ```
    /// use wuzhong_plan::Domain;
    /// assert_eq!(Domain::iter().filter(|d| d.is_livelihood_goal()).count(), 9);
    /// ```
    pub fn is_livelihood_goal(self) -> bool {
        self != Domain::System
    }

    /// Every domain, in the order item 48 lists the goals, then [`Domain::System`].
    pub fn iter() -> impl Iterator<Item = Domain> + Clone {
        <Domain as IntoEnumIterator>::iter()
    }

    /// Every form of the name [`Domain::lookup`] accepts as it is: the plan's, the
    /// Simplified (where it differs), the English, the id.
    ///
    /// ```
    /// use wuzhong_plan::Domain;
    /// let names: Vec<&str> = Domain::HealthCare.names().collect();
    /// assert_eq!(names, ["病有所醫", "病有所医", "Health care", "health-care"]);
    /// ```
    pub fn names(self) -> impl Iterator<Item = &'static str> + Clone {
        let (id, name, simplified, english) = self.info();
        [
            Some(name),
            (simplified != name).then_some(simplified),
            Some(english),
            Some(id),
        ]
        .into_iter()
        .flatten()
    }

    /// The domain a name stands for: what its `FromStr` gives, and [`Domain::lookup`]
    /// with the crate's error.
    pub(crate) fn resolve(name: &str) -> Result<Domain, UnknownDomain> {
        // A name as the table writes it (the JSON's ids) needs no normalizing.
        if let Some(domain) = Domain::iter().find(|d| d.names().any(|form| form == name)) {
            return Ok(domain);
        }
        let key = normalize(name);
        NORMALIZED
            .iter()
            .find(|(form, _)| *form == key)
            .map(|(_, domain)| *domain)
            .ok_or_else(|| UnknownDomain {
                input: name.to_owned(),
                // A name that starts a domain's form (`elderly`) counts as close.
                suggestions: closest(&key, Domain::iter().map(|d| (d, d.names())), true),
            })
    }
}

/// A name that is no domain's, the error of `FromStr` and `TryFrom` for [`Domain`], with
/// the closest domains as suggestions (best first, possibly none).
///
/// It becomes the crate's [`Error`](crate::Error) with `?` (through `From`), as
/// [`Error::UnknownDomain`](crate::Error::UnknownDomain) with the same message;
/// [`Domain::lookup`] answers with that.
///
/// ```
/// use wuzhong_plan::{Domain, UnknownDomain};
/// let err: UnknownDomain = "elderly".parse::<Domain>().unwrap_err();
/// assert_eq!(err.input(), "elderly");
/// assert_eq!(err.suggestions().first(), Some(&Domain::ElderlyCare));
/// assert!(err.to_string().starts_with("unknown domain `elderly`; did you mean 老有所養"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", unknown_domain(.input, .suggestions))]
pub struct UnknownDomain {
    pub(crate) input: String,
    pub(crate) suggestions: Vec<Domain>,
}

impl UnknownDomain {
    /// The name as given.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The domains whose names are closest to the one given, best first (possibly none).
    pub fn suggestions(&self) -> &[Domain] {
        &self.suggestions
    }
}

/// The message for a name that is no domain's: the name quoted, then the closest
/// domains, or the domains there are.
pub(crate) fn unknown_domain(input: &str, suggestions: &[Domain]) -> String {
    let ids: Vec<&str> = Domain::iter().map(Domain::id).collect();
    format!(
        "unknown domain {}{}",
        quoted(input),
        suggested(
            suggestions.iter().map(|d| (d.name(), d.id())),
            &format!(": expected one of {}", ids.join(", "))
        )
    )
}

impl fmt::Display for Domain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Domain {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

impl FromStr for Domain {
    type Err = UnknownDomain;

    fn from_str(s: &str) -> Result<Domain, UnknownDomain> {
        Domain::resolve(s)
    }
}

impl TryFrom<&str> for Domain {
    type Error = UnknownDomain;

    fn try_from(s: &str) -> Result<Domain, UnknownDomain> {
        Domain::resolve(s)
    }
}

impl<'de> Deserialize<'de> for Domain {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Domain, D::Error> {
        deserializer.deserialize_str(NameVisitor(
            Domain::resolve,
            "a domain's id, such as `elderly-care`",
        ))
    }
}

/// A task's domain, with the words of the task that ground it.
///
/// ```
/// use wuzhong_plan::Domain;
/// let task = wuzhong_plan::plan().task(15).expect("the plan has a task 15");
/// let veterans = task.domains.iter().find(|tag| tag.domain == Domain::Veterans);
/// assert_eq!(veterans.map(|tag| tag.quote.as_str()), Some("退役軍人服務中心"));
/// assert!(task.body.contains("退役軍人服務中心"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DomainTag {
    /// The domain.
    pub domain: Domain,
    /// Words of the task's title or body that show it serves the domain; loading
    /// checks that they are there.
    pub quote: String,
}

impl DomainTag {
    /// A tag of `domain`, grounded by `quote`.
    pub fn new(domain: Domain, quote: impl Into<String>) -> DomainTag {
        DomainTag {
            domain,
            quote: quote.into(),
        }
    }
}

/// The number of domains, for tables indexed by domain.
pub(crate) const COUNT: usize = Domain::COUNT;

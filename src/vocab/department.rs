//! Departments: the kinds of body plans of the genre make responsible for their tasks,
//! and every form of their names a user may type.
//!
//! [`Department`] has one variant per kind (the table is `kinds.rs`): first the 29
//! bodies of the Wuzhong plan (28 municipal bodies and the county-level governments,
//! `各縣(市、區)`, as one party), then the other kinds a city, county or province names,
//! then [`Department::Other`]. [`Actor`] adds the bodies the running text names without
//! making them responsible (`市委`, `市政府`, `各有關部門(單位)`, `各責任部門`).

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};

use once_cell::sync::Lazy;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use strum::{EnumCount, EnumIter, IntoEnumIterator};

use crate::base::literal_enum;
use crate::base::names::{MAX_SUGGESTED_CHARS, NameVisitor, closest, normalize, suggested};
use crate::base::quote::quoted;
use crate::vocab::body::{self, Kind};

/// Declares [`Department`] and the names of each variant in one table, so that the enum,
/// its lookups and the `departments` list of `data/plan.json` cannot drift apart.
macro_rules! departments {
    ($(
        $variant:ident {
            id: $id:literal,
            name: $name:literal,
            short: $short:literal,
            simplified: $simplified:literal,
            simplified_short: $simplified_short:literal,
            english: $english:literal,
            category: $category:ident,
            aliases: [$($alias:literal),*],
            simplified_aliases: [$($simplified_alias:literal),*],
            abbreviations: [$($abbreviation:literal),*],
            simplified_abbreviations: [$($simplified_abbreviation:literal),*],
            former: [$(($former:literal, $simplified_former:literal, $until:expr)),*],
            members: [$($member:literal),*],
            $(note: $note:literal,)?
        }
    )*) => {
        /// A kind of body that plans of the genre make responsible for tasks: a
        /// working department of the government, a Party body, a people's organisation,
        /// a court, a branch of a vertically managed body, a public institution, or
        /// several bodies named as one party ([`Category`]). The bodies a given plan names
        /// are its [`Organization`](crate::Organization)s, each of a kind.
        ///
        /// The first 29 variants are the bodies of the Wuzhong plan, in the order it
        /// first names them; [`Department::Other`] is last. `Display` writes the
        /// canonical name as a city's plan writes it in full; `FromStr` (and
        /// [`Department::lookup`]) reads any accepted form: the full name, the short name,
        /// either in Traditional or Simplified script, an alias the text uses, an
        /// abbreviation or former name (when no other kind shares it), a name with a
        /// place and level (`銀川市民政局`), the English name or the id (these two
        /// case-insensitively). In JSON a department is its [`id`](Department::id).
        ///
        /// ```
        /// use wuzhong_plan::Department;
        /// let civil = Department::CivilAffairs;
        /// assert_eq!(civil.to_string(), "市民政局");
        /// assert_eq!((civil.id(), civil.short_name(), civil.english_name()),
        ///            ("civil-affairs", "民政局", "Civil Affairs Bureau"));
        /// for form in ["市民政局", "民政局", "civil-affairs", "Civil Affairs Bureau", "吳忠市民政局"] {
        ///     assert_eq!(form.parse::<Department>()?, civil);
        /// }
        /// assert_eq!("市卫生健康委员会".parse::<Department>()?, Department::Health);
        /// assert_eq!("市發展改革委".parse::<Department>()?, Department::DevelopmentReform);
        /// # Ok::<(), wuzhong_plan::Error>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, EnumCount)]
        #[non_exhaustive]
        pub enum Department {
            $(
                #[doc = concat!("`", $name, "`, ", $english, ".")]
                $(#[doc = ""] #[doc = $note])?
                $variant,
            )*
        }

        impl Department {
            /// The kind whose id is `id` exactly (`civil-affairs`), as a `match` the
            /// compiler builds from the table: what reading JSON meets, found without
            /// the table of every name.
            fn from_id(id: &str) -> Option<Department> {
                match id {
                    $($id => Some(Department::$variant),)*
                    _ => None,
                }
            }

            fn info(self) -> &'static Info {
                match self {
                    $(Department::$variant => &Info {
                        id: $id,
                        name: $name,
                        short: $short,
                        simplified: $simplified,
                        simplified_short: $simplified_short,
                        english: $english,
                        category: Category::$category,
                        aliases: &[$($alias),*],
                        simplified_aliases: &[$($simplified_alias),*],
                        abbreviations: &[$($abbreviation),*],
                        simplified_abbreviations: &[$($simplified_abbreviation),*],
                        former: &[$(FormerName {
                            name: $former,
                            simplified: $simplified_former,
                            until: $until,
                        }),*],
                        members: &[$($member),*],
                    },)*
                }
            }
        }
    };
}

literal_enum! {
    /// What sort of body a kind is.
    ///
    /// ```
    /// use wuzhong_plan::{Category, Department};
    /// assert_eq!(Department::CivilAffairs.category(), Category::Government);
    /// assert_eq!(Department::Publicity.category(), Category::Party);
    /// assert_eq!(Category::Party.to_string(), "party");
    /// ```
    #[serde(rename_all = "lowercase")]
    #[strum(serialize_all = "lowercase")]
    #[non_exhaustive]
    pub enum Category {
        /// A working department of the people's government (政府工作部門): 民政局, 財政局.
        Government,
        /// A body of the Communist Party's committee (黨委工作機關): 組織部, 宣傳部, 政法委.
        Party,
        /// A people's organisation (人民團體): 總工會, 團委, 婦聯, 殘聯.
        People,
        /// A court or a procuratorate (法院, 檢察院).
        Judicial,
        /// A branch of a vertically managed national body (垂直管理): 稅務局, 銀保監分局.
        Vertical,
        /// A public institution (事業單位): 住房公積金管理中心, 新聞傳媒中心.
        Institution,
        /// Several bodies named as one party: 各縣(市、區), 各有關部門.
        Collective,
        /// A body of no kind the vocabulary knows ([`Department::Other`]).
        Other,
    }
}

/// A name a kind of body had before a reform renamed it: 衛計委 until 2018 for the
/// health commissions.
///
/// ```
/// use wuzhong_plan::Department;
/// let former = Department::Health.former_names();
/// assert!(former.iter().any(|f| f.name == "衛計委" && f.until == Some(2018)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct FormerName {
    /// The name in Traditional script, without a level prefix: `衛計委`.
    pub name: &'static str,
    /// The name in Simplified script: `卫计委`.
    pub simplified: &'static str,
    /// The year the name ended, where it is known.
    pub until: Option<u16>,
}

/// The names of one department.
struct Info {
    id: &'static str,
    name: &'static str,
    short: &'static str,
    simplified: &'static str,
    simplified_short: &'static str,
    english: &'static str,
    category: Category,
    aliases: &'static [&'static str],
    simplified_aliases: &'static [&'static str],
    abbreviations: &'static [&'static str],
    simplified_abbreviations: &'static [&'static str],
    former: &'static [FormerName],
    members: &'static [&'static str],
}

include!("kinds.rs");

impl Department {
    /// The stable kebab-case identifier, the form JSON uses: `civil-affairs`.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// assert_eq!(Department::MarketRegulation.id(), "market-regulation");
    /// assert_eq!("market-regulation".parse::<Department>()?, Department::MarketRegulation);
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    pub fn id(self) -> &'static str {
        self.info().id
    }

    /// The canonical name as the plan writes it in full: `市民政局`, `吳忠銀保監分局`,
    /// `各縣(市、區)`. This is what `Display` writes.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// assert_eq!(Department::MarketRegulation.name(), "市市場監督管理局");
    /// assert_eq!(Department::BankingInsuranceRegulation.to_string(), "吳忠銀保監分局");
    /// ```
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// The name without its `市` (or `市委`, `吳忠`, `各`) prefix: `民政局`, `宣傳部`,
    /// `銀保監分局`; `市場監督管理局` for [`Department::MarketRegulation`].
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// assert_eq!(Department::Publicity.short_name(), "宣傳部");
    /// ```
    pub fn short_name(self) -> &'static str {
        self.info().short
    }

    /// The full name in Simplified script: `市卫生健康委员会`.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// assert_eq!(Department::Health.simplified_name(), "市卫生健康委员会");
    /// ```
    pub fn simplified_name(self) -> &'static str {
        self.info().simplified
    }

    /// The short name in Simplified script: `卫生健康委员会`.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// assert_eq!(Department::Health.simplified_short_name(), "卫生健康委员会");
    /// ```
    pub fn simplified_short_name(self) -> &'static str {
        self.info().simplified_short
    }

    /// The English name: `Civil Affairs Bureau`.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// assert_eq!(Department::StateAssets.english_name(),
    ///            "State-owned Assets Supervision and Administration Commission");
    /// ```
    pub fn english_name(self) -> &'static str {
        self.info().english
    }

    /// Other full names the text uses for the body, in Traditional script.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// assert_eq!(Department::DevelopmentReform.aliases(), ["市發展和改革委", "市發展改革委"]);
    /// assert_eq!(Department::GovernmentOffice.aliases(), ["吳忠市人民政府辦公室"]);
    /// assert!(Department::CivilAffairs.aliases().is_empty());
    /// ```
    pub fn aliases(self) -> &'static [&'static str] {
        self.info().aliases
    }

    /// The [`aliases`](Department::aliases) in Simplified script, in the same order.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// assert_eq!(Department::DevelopmentReform.simplified_aliases(), ["市发展和改革委", "市发展改革委"]);
    /// ```
    pub fn simplified_aliases(self) -> &'static [&'static str] {
        self.info().simplified_aliases
    }

    /// What sort of body it is: a government department, a Party body, a people's
    /// organisation…
    ///
    /// ```
    /// use wuzhong_plan::{Category, Department};
    /// assert_eq!(Department::CountyGovernments.category(), Category::Collective);
    /// ```
    pub fn category(self) -> Category {
        self.info().category
    }

    /// The abbreviations people write for the body, in Traditional script and without a
    /// level prefix: `人社局` and `人力社保局` for the human resources and social security
    /// bureaus.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// assert!(Department::HumanResourcesSocialSecurity.abbreviations().contains(&"人社局"));
    /// ```
    pub fn abbreviations(self) -> &'static [&'static str] {
        self.info().abbreviations
    }

    /// The [`abbreviations`](Department::abbreviations) in Simplified script, in the
    /// same order.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// assert!(Department::Health.simplified_abbreviations().contains(&"卫健委"));
    /// ```
    pub fn simplified_abbreviations(self) -> &'static [&'static str] {
        self.info().simplified_abbreviations
    }

    /// The names the body had before the reforms that renamed it, oldest first.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// assert!(Department::NaturalResources.former_names().iter().any(|f| f.name == "國土資源局"));
    /// ```
    pub fn former_names(self) -> &'static [FormerName] {
        self.info().former
    }

    /// The bodies a collective party stands for: the five county-level divisions for
    /// [`Department::CountyGovernments`], nothing for the others.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// assert_eq!(Department::CountyGovernments.members(),
    ///            ["利通區", "紅寺堡區", "青銅峽市", "鹽池縣", "同心縣"]);
    /// ```
    pub fn members(self) -> &'static [&'static str] {
        self.info().members
    }

    /// Every form of the name that [`Department::lookup`] accepts as it is (it also
    /// ignores case and spacing in the English name and id, takes full-width brackets
    /// and a leading `吳忠`): full, short, Simplified, aliases, English, id.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// let names: Vec<&str> = Department::Justice.names().collect();
    /// assert_eq!(names, ["市司法局", "司法局", "Justice Bureau", "justice"]);
    /// assert_eq!(Department::Finance.names().count(), 6); // 市財政局, 財政局, 市财政局, 财政局, …
    /// ```
    pub fn names(self) -> impl Iterator<Item = &'static str> + Clone {
        let info = self.info();
        // A Simplified form that is the Traditional one (市民政局) is listed once.
        let simplified =
            |name: &'static str, traditional: &str| (name != traditional).then_some(name);
        [
            Some(info.name),
            Some(info.short),
            simplified(info.simplified, info.name),
            simplified(info.simplified_short, info.short),
            Some(info.english),
            Some(info.id),
        ]
        .into_iter()
        .flatten()
        .chain(info.aliases.iter().copied())
        .chain(info.simplified_aliases.iter().copied())
    }

    /// The full name and the aliases, each as a pair of its Traditional and Simplified
    /// forms.
    pub(crate) fn full_names_in_both_scripts(
        self,
    ) -> impl Iterator<Item = (&'static str, &'static str)> {
        let info = self.info();
        std::iter::once((info.name, info.simplified)).chain(
            info.aliases
                .iter()
                .copied()
                .zip(info.simplified_aliases.iter().copied()),
        )
    }

    /// The department a name stands for, in any form a user may type; the public face
    /// is [`Department::lookup`], which answers with the crate's error.
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
            Kind::Unknown => Err(unknown(suggest(name), Vec::new())),
        }
    }
}

/// The most bytes a name may have to be read as a body's: no name of the vocabulary is
/// near this long, and a longer input is no misspelling of one.
const MAX_NAME_BYTES: usize = 4 * MAX_SUGGESTED_CHARS;

/// A name that is no department's, with the closest departments (best first, possibly
/// none); or one that several kinds share, with those kinds.
/// [`Error::UnknownDepartment`](crate::Error::UnknownDepartment) and
/// [`Error::AmbiguousDepartment`](crate::Error::AmbiguousDepartment) carry the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UnknownDepartment {
    pub(crate) input: String,
    pub(crate) suggestions: Vec<Department>,
    /// The kinds that share the name, when it is ambiguous.
    pub(crate) candidates: Vec<Department>,
}

impl fmt::Display for UnknownDepartment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.candidates.is_empty() {
            unknown_department(&self.input, &self.suggestions).fmt(f)
        } else {
            ambiguous_department(&self.input, &self.candidates).fmt(f)
        }
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

impl fmt::Display for Department {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Department {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Department {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Department, D::Error> {
        deserializer.deserialize_str(NameVisitor(Department::resolve, "a name or id"))
    }
}

literal_enum! {
    /// What a task's text says of a department that takes part in it.
    ///
    /// ```
    /// use wuzhong_plan::{Department, Role};
    /// let task = wuzhong_plan::plan().task(23).expect("the plan has a task 23");
    /// assert_eq!(task.role_of(Department::CivilAffairs), Some(Role::Lead));
    /// assert_eq!(task.role_of(Department::Finance), Some(Role::Support));
    /// assert_eq!(task.role_of(Department::Education), None);
    /// assert_eq!(Role::Lead.to_string(), "lead");
    /// ```
    #[serde(rename_all = "lowercase")]
    #[strum(serialize_all = "lowercase")]
    pub enum Role {
        /// A lead (牽頭單位): as a label or a verb states it, or else the first body a
        /// responsibility line lists. A task may have several (`…分別牽頭`).
        Lead,
        /// A supporting body (配合單位): any other body its responsibility names.
        Support,
    }
}

/// A body the running text of a task names: a [`Department`], or one of the bodies
/// around them that no responsibility line lists.
///
/// `Display` writes the name as the text does (`市委`, `市發展和改革委員會`); in JSON an
/// actor is its id (`party-committee`, or the department's id).
///
/// ```
/// use wuzhong_plan::{Actor, Department};
/// assert_eq!("市委".parse::<Actor>()?, Actor::PartyCommittee);
/// assert_eq!("市發展改革委".parse::<Actor>()?, Actor::Department(Department::DevelopmentReform));
/// assert_eq!(Actor::Government.to_string(), "市政府");
/// assert_eq!(Actor::Government.id(), "government");
/// # Ok::<(), wuzhong_plan::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Actor {
    /// A department, as a responsibility line would name it.
    Department(Department),
    /// `市委`, the municipal committee of the Communist Party of China.
    PartyCommittee,
    /// `市政府`, the municipal government.
    Government,
    /// `各有關部門(單位)`, all departments (and units) concerned.
    RelevantDepartments,
    /// `各責任部門`, the departments responsible for the tasks.
    ResponsibleDepartments,
}

/// The actors other than departments: the variant, its id, its name in Traditional and
/// in Simplified script, and its English name.
static OTHER_ACTORS: [(Actor, &str, &str, &str, &str); 4] = [
    (
        Actor::PartyCommittee,
        "party-committee",
        "市委",
        "市委",
        "Municipal Party Committee",
    ),
    (
        Actor::Government,
        "government",
        "市政府",
        "市政府",
        "Municipal Government",
    ),
    (
        Actor::RelevantDepartments,
        "relevant-departments",
        "各有關部門(單位)",
        "各有关部门(单位)",
        "All Departments Concerned",
    ),
    (
        Actor::ResponsibleDepartments,
        "responsible-departments",
        "各責任部門",
        "各责任部门",
        "Responsible Departments",
    ),
];

impl Actor {
    fn other(
        self,
    ) -> Option<&'static (
        Actor,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    )> {
        OTHER_ACTORS.iter().find(|entry| entry.0 == self)
    }

    /// Every actor: the departments, then the other bodies.
    ///
    /// ```
    /// use strum::IntoEnumIterator;
    /// use wuzhong_plan::{Actor, Department};
    /// assert_eq!(Actor::iter().count(), Department::iter().count() + 4);
    /// assert_eq!(Actor::iter().last(), Some(Actor::ResponsibleDepartments));
    /// ```
    pub fn iter() -> impl Iterator<Item = Actor> + Clone {
        Department::iter()
            .map(Actor::Department)
            .chain(OTHER_ACTORS.iter().map(|entry| entry.0))
    }

    /// The stable identifier, the form JSON uses.
    ///
    /// ```
    /// use wuzhong_plan::{Actor, Department};
    /// assert_eq!(Actor::RelevantDepartments.id(), "relevant-departments");
    /// assert_eq!(Actor::Department(Department::Finance).id(), "finance");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Actor::Department(department) => department.id(),
            other => other.other().map_or("", |entry| entry.1),
        }
    }

    /// The name as the text writes it.
    ///
    /// ```
    /// assert_eq!(wuzhong_plan::Actor::RelevantDepartments.name(), "各有關部門(單位)");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Actor::Department(department) => department.name(),
            other => other.other().map_or("", |entry| entry.2),
        }
    }

    /// The English name.
    ///
    /// ```
    /// assert_eq!(wuzhong_plan::Actor::PartyCommittee.english_name(), "Municipal Party Committee");
    /// ```
    pub fn english_name(self) -> &'static str {
        match self {
            Actor::Department(department) => department.english_name(),
            other => other.other().map_or("", |entry| entry.4),
        }
    }

    /// The department, if the actor is one.
    ///
    /// ```
    /// use wuzhong_plan::{Actor, Department};
    /// assert_eq!(Actor::from(Department::Finance).department(), Some(Department::Finance));
    /// assert_eq!(Actor::Government.department(), None);
    /// ```
    pub fn department(self) -> Option<Department> {
        match self {
            Actor::Department(department) => Some(department),
            _ => None,
        }
    }

    /// The actor a name stands for; the public face is [`Actor::lookup`].
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

/// A name that is no actor's. [`Error::UnknownActor`](crate::Error::UnknownActor)
/// carries the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UnknownActor {
    pub(crate) input: String,
}

impl fmt::Display for UnknownActor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        unknown_actor(&self.input).fmt(f)
    }
}

/// The message for a name that is no actor's.
pub(crate) fn unknown_actor(input: &str) -> String {
    format!(
        "unknown body {}: expected a department's name or id, or one of 市委, 市政府, 各有關部門(單位), 各責任部門",
        quoted(input)
    )
}

impl From<Department> for Actor {
    fn from(department: Department) -> Actor {
        Actor::Department(department)
    }
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Actor {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Actor {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Actor, D::Error> {
        deserializer.deserialize_str(NameVisitor(Actor::resolve, "a name or id"))
    }
}

/// How a key of the name table relates to its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// A full name as a document writes it: canonical, Simplified or an alias.
    Written,
    /// Any other accepted form: short, English, id.
    Typed,
}

/// The 64-bit FNV-1a hash. The name tables hold a few hundred short, fixed keys, for
/// which it is several times faster than the default SipHash; their keys are not chosen
/// by users, so there is no flooding to resist.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A map keyed by names, with the [`Fnv`] hash.
pub(crate) type NameMap<V> = HashMap<Cow<'static, str>, V, BuildHasherDefault<Fnv>>;

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
        let info = department.info();
        let actor = Actor::Department(department);
        for name in [info.name, info.simplified]
            .iter()
            .chain(info.aliases)
            .chain(info.simplified_aliases)
        {
            add(name, actor, Form::Written);
        }
        for name in [info.short, info.simplified_short, info.english, info.id] {
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
        if *form != Form::Written || *actor == Actor::Department(Department::Other) {
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

/// The prefix a responsibility line's first item lends to the items that lack one.
pub(crate) const CARRIED_PREFIX: &str = "市";

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
    let kinds = Department::iter().filter(|d| *d != Department::Other);
    let forms = |d: Department| {
        d.names()
            .chain(d.abbreviations().iter().copied())
            .chain(d.simplified_abbreviations().iter().copied())
    };
    closest(&key, kinds.map(|d| (d, forms(d))), false)
}

/// One department as `data/plan.json` lists it, borrowing what the reader can.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Record<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(borrow)]
    short: Cow<'a, str>,
    #[serde(borrow)]
    simplified: Cow<'a, str>,
    #[serde(borrow)]
    simplified_short: Cow<'a, str>,
    #[serde(borrow)]
    english: Cow<'a, str>,
    #[serde(borrow)]
    aliases: Vec<Cow<'a, str>>,
    #[serde(borrow)]
    simplified_aliases: Vec<Cow<'a, str>>,
    #[serde(borrow)]
    members: Vec<Cow<'a, str>>,
}

impl Record<'static> {
    fn of(department: Department) -> Record<'static> {
        let info = department.info();
        let list = |names: &'static [&'static str]| {
            names.iter().map(|name| Cow::Borrowed(*name)).collect()
        };
        Record {
            id: Cow::Borrowed(info.id),
            name: Cow::Borrowed(info.name),
            short: Cow::Borrowed(info.short),
            simplified: Cow::Borrowed(info.simplified),
            simplified_short: Cow::Borrowed(info.simplified_short),
            english: Cow::Borrowed(info.english),
            aliases: list(info.aliases),
            simplified_aliases: list(info.simplified_aliases),
            members: list(info.members),
        }
    }
}

impl Record<'_> {
    /// Whether the record names `department` exactly as the enum does.
    fn is(&self, department: Department) -> bool {
        let info = department.info();
        let same = |read: &[Cow<'_, str>], known: &[&str]| {
            read.iter().map(|r| r.as_ref()).eq(known.iter().copied())
        };
        self.id == info.id
            && self.name == info.name
            && self.short == info.short
            && self.simplified == info.simplified
            && self.simplified_short == info.simplified_short
            && self.english == info.english
            && same(&self.aliases, info.aliases)
            && same(&self.simplified_aliases, info.simplified_aliases)
            && same(&self.members, info.members)
    }
}

/// The `departments` list of the JSON form: the kinds of the plan's organisations, in
/// the order the plan first names them, each written in full from [`Department`]; on
/// reading, each record is checked to be exactly its kind as this crate names it, so the
/// file and the enum cannot disagree. (Files of schema versions 1 and 2 list the 29
/// bodies of the Wuzhong plan.)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct DepartmentTable(Vec<Department>);

impl DepartmentTable {
    /// The table of these kinds, each once, in the order first given, without
    /// [`Department::Other`].
    pub(crate) fn new(kinds: impl Iterator<Item = Department>) -> DepartmentTable {
        let mut list: Vec<Department> = Vec::new();
        for kind in kinds {
            if kind != Department::Other && !list.contains(&kind) {
                list.push(kind);
            }
        }
        DepartmentTable(list)
    }
}

impl Serialize for DepartmentTable {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|kind| Record::of(*kind)))
    }
}

impl<'de> Deserialize<'de> for DepartmentTable {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<DepartmentTable, D::Error> {
        deserializer.deserialize_seq(TableVisitor)
    }
}

/// Reads the `departments` list one record at a time, checking each against the enum.
struct TableVisitor;

impl<'de> Visitor<'de> for TableVisitor {
    type Value = DepartmentTable;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the list of departments")
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<DepartmentTable, A::Error> {
        let mut kinds = Vec::new();
        let mut i = 0;
        while let Some(record) = seq.next_element::<Record<'de>>()? {
            let Some(department) = Department::from_id(&record.id) else {
                return Err(de::Error::custom(format!(
                    "departments: entry {i} ({}) is not a kind of body this crate knows; it knows {}",
                    quoted(&record.id),
                    Department::COUNT
                )));
            };
            if !record.is(department) {
                return Err(de::Error::custom(format!(
                    "departments: entry {i} ({}) does not match `{}` ({}) as this crate names it",
                    quoted(&record.id),
                    department.id(),
                    department.name()
                )));
            }
            kinds.push(department);
            i += 1;
        }
        Ok(DepartmentTable(kinds))
    }
}

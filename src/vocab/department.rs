//! Departments: the kinds of body plans of the genre make responsible for their tasks,
//! with every form of their names, their abbreviations and former names.
//!
//! [`Department`] has one variant per kind (the table is `kinds.rs`): first the 29
//! bodies of the Wuzhong plan (28 municipal bodies and the county-level governments,
//! `各縣(市、區)`, as one party), then the other kinds a city, county or province names,
//! then [`Department::Other`]. This file holds the kinds and what each is called; the
//! bodies around them that the text names are in [`actor`](super::actor), reading a
//! name as a kind (`FromStr`, JSON) in [`lookup`](super::lookup), and the
//! `departments` list of the JSON form in [`record`](super::record).

use std::fmt;

use serde::{Serialize, Serializer};
use strum::{EnumCount, EnumIter};

use crate::base::literal_enum;

/// `Some` of the expression given, or `None` when there is none: an entry's optional pair.
macro_rules! optional {
    () => {
        None
    };
    ($value:expr) => {
        Some($value)
    };
}

/// A [`FormerName`] as the table writes it: `(name, simplified, until)` for a local
/// body's, `(national name, simplified, since, until)` for a central body's.
macro_rules! former_name {
    (national $name:literal, $simplified:literal, $since:expr, $until:expr) => {
        FormerName {
            name: $name,
            simplified: $simplified,
            since: $since,
            until: $until,
            national: true,
        }
    };
    ($name:literal, $simplified:literal, $until:expr) => {
        FormerName {
            name: $name,
            simplified: $simplified,
            since: None,
            until: $until,
            national: false,
        }
    };
}

/// Declares [`Department`] and the names of each variant in one table, so that the enum,
/// its lookups and the `departments` list of `data/plan.json` cannot drift apart.
///
/// An entry writes its id and category, its English name, its full and short names in
/// both scripts, then only those of the lists (`aliases` to `members`, in this order,
/// with the central body's names and the province's name after `former`) that are not
/// empty, and a `note` for the variant's docs if it has one: a list left out is empty.
macro_rules! departments {
    ($(
        $variant:ident {
            id: $id:literal, category: $category:ident,
            english: $english:literal,
            name: $name:literal, simplified: $simplified:literal,
            short: $short:literal, simplified_short: $simplified_short:literal,
            $(aliases: [$($alias:literal),*],)?
            $(simplified_aliases: [$($simplified_alias:literal),*],)?
            $(abbreviations: [$($abbreviation:literal),*],)?
            $(simplified_abbreviations: [$($simplified_abbreviation:literal),*],)?
            $(former: [$(($($former:tt)*)),*],)?
            $(national: [$($national:literal),*],)?
            $(simplified_national: [$($simplified_national:literal),*],)?
            $(provincial: ($provincial:literal, $simplified_provincial:literal),)?
            $(members: [$($member:literal),*],)?
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
        ///
        /// A kind is shared by the bodies of every level: the ministry, the province's
        /// department and the city's bureau of finance are all [`Department::Finance`],
        /// and [`Department::name_at`] writes each as its level does.
        ///
        /// ```
        /// use wuzhong_plan::{Department, Level};
        /// for form in ["財政部", "财政部", "省財政廳", "自治区财政厅", "市財政局", "縣財政局"] {
        ///     assert_eq!(form.parse::<Department>()?, Department::Finance);
        /// }
        /// assert_eq!("海关总署".parse::<Department>()?, Department::Customs);
        /// assert_eq!("合肥海关".parse::<Department>()?, Department::Customs);
        /// assert_eq!("国家工商总局".parse::<Department>()?, Department::MarketRegulation);
        /// assert_eq!(Department::Customs.name_at(Level::National), "海關總署");
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
            pub(super) fn from_id(id: &str) -> Option<Department> {
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
                        aliases: &[$($($alias),*)?],
                        simplified_aliases: &[$($($simplified_alias),*)?],
                        abbreviations: &[$($($abbreviation),*)?],
                        simplified_abbreviations: &[$($($simplified_abbreviation),*)?],
                        former: &[$($(former_name!($($former)*)),*)?],
                        national: &[$($($national),*)?],
                        simplified_national: &[$($($simplified_national),*)?],
                        provincial: optional!($(($provincial, $simplified_provincial))?),
                        members: &[$($($member),*)?],
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
/// health commissions of cities and counties, 國家工商總局 from 2001 to 2018 for the
/// central market regulator.
///
/// ```
/// use wuzhong_plan::Department;
/// let former = Department::Health.former_names();
/// assert!(former.iter().any(|f| f.name == "衛計委" && f.until == Some(2018) && !f.national));
/// let saic = Department::MarketRegulation.former_names().iter().find(|f| f.name == "國家工商總局");
/// assert_eq!(saic.map(|f| (f.since, f.until, f.national)), Some((Some(2001), Some(2018), true)));
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
    /// The year the name began, where it is known.
    pub since: Option<u16>,
    /// Whether it is the name of the central body (`國家工商總局`, `衛生計生委` of the
    /// State Council), so that a name written with it alone is at [`Level::National`](crate::Level::National),
    /// rather than a local body's without its prefix (`衛計委`).
    pub national: bool,
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
    national: &'static [&'static str],
    simplified_national: &'static [&'static str],
    provincial: Option<(&'static str, &'static str)>,
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

    /// The names of the kind's central body as State Council and Party central documents
    /// write them, in Traditional script, the usual short form first: `財政部` for
    /// [`Department::Finance`], `海關總署` for [`Department::Customs`]. A name written as
    /// one of these alone is at [`Level::National`](crate::Level::National). Empty for a
    /// kind with no central body of its own name, and for a form a city or province
    /// writes too (`發展改革委`, `醫保局`), which takes the level of the document.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// assert_eq!(Department::Finance.national_names(), ["財政部"]);
    /// assert_eq!(Department::MarketRegulation.national_names().first(), Some(&"市場監管總局"));
    /// assert!(Department::CountyGovernments.national_names().is_empty());
    /// ```
    pub fn national_names(self) -> &'static [&'static str] {
        self.info().national
    }

    /// The [`national_names`](Department::national_names) in Simplified script, in the
    /// same order.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// assert_eq!(Department::Customs.simplified_national_names(), ["海关总署"]);
    /// ```
    pub fn simplified_national_names(self) -> &'static [&'static str] {
        self.info().simplified_national
    }

    /// The name a province writes for its body of the kind, in Traditional script,
    /// where it differs from the city's by more than the level word: `省財政廳`.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// assert_eq!(Department::Commerce.provincial_name(), Some("省商務廳"));
    /// assert_eq!(Department::MarketRegulation.provincial_name(), None);
    /// ```
    pub fn provincial_name(self) -> Option<&'static str> {
        self.info().provincial.map(|(traditional, _)| traditional)
    }

    /// The [`provincial_name`](Department::provincial_name) in Simplified script.
    ///
    /// ```
    /// use wuzhong_plan::Department;
    /// assert_eq!(Department::Commerce.simplified_provincial_name(), Some("省商务厅"));
    /// ```
    pub fn simplified_provincial_name(self) -> Option<&'static str> {
        self.info().provincial.map(|(_, simplified)| simplified)
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

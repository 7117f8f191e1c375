//! Levels of government: the tier a body's name puts it at (`市民政局` is a city's,
//! `縣教育局` a county's), read from the level word of its prefix; a central body's name
//! (`財政部`) is at [`Level::National`] without one.

use crate::base::literal_enum;

literal_enum! {
    /// The tier of government a body belongs to, as its name says: the `市` of `市民政局`, the
    /// `縣` of `縣教育局`, the `自治區` of `自治區民政廳`.
    ///
    /// `Display` and `FromStr` use the lowercase English id (`city`); in JSON a level is
    /// that id.
    ///
    /// ```
    /// use wuzhong_plan::Level;
    /// assert_eq!(Level::City.to_string(), "city");
    /// assert_eq!("county".parse::<Level>(), Ok(Level::County));
    /// assert_eq!(Level::City.name(), "市");
    /// assert_eq!("provincial".parse::<Level>(), Ok(Level::Province));
    /// assert_eq!(Level::National.to_string(), "national");
    /// ```
    ///
    /// Each organisation a plan names has the level its name gives: a central body's name
    /// is national, a level word gives its level, and a branch named by its place alone
    /// has none.
    ///
    /// ```
    /// use wuzhong_plan::{Level, parse};
    /// let plan = parse("国务院关于印发实施方案的通知\n一、重点任务\n(一)推进改革\n\
    ///                   1.推进改革。抓好落实。\n责任单位：财政部、省商务厅、合肥海关\n")?;
    /// let levels: Vec<_> = plan.organizations().map(|o| (o.name.as_str(), o.level)).collect();
    /// assert_eq!(levels, [
    ///     ("财政部", Some(Level::National)),
    ///     ("省商务厅", Some(Level::Province)),
    ///     ("合肥海关", None),
    /// ]);
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    #[serde(rename_all = "lowercase")]
    #[strum(serialize_all = "lowercase")]
    #[non_exhaustive]
    pub enum Level {
        /// The State Council and the central bodies: `財政部`, `國家發展改革委`,
        /// `海關總署`, `最高人民法院`, `共青團中央`. `FromStr` takes `central` too.
        #[strum(to_string = "national", serialize = "central")]
        National,
        /// A province, autonomous region or municipality directly under the central
        /// government: `省`, `自治區`. `FromStr` takes `provincial` too.
        #[strum(to_string = "province", serialize = "provincial")]
        Province,
        /// A prefecture-level city, autonomous prefecture or league: `市`, `州`, `盟`.
        City,
        /// A county or banner: `縣`, `旗`.
        County,
        /// A city district: `區`.
        District,
        /// A township, town or subdistrict: `鄉`, `鎮`, `街道`.
        Township,
    }
}

impl Level {
    /// The level word in Traditional script: `市`, `縣`, `區`.
    ///
    /// ```
    /// assert_eq!(wuzhong_plan::Level::County.name(), "縣");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Level::National => "國家",
            Level::Province => "省",
            Level::City => "市",
            Level::County => "縣",
            Level::District => "區",
            Level::Township => "鄉鎮",
        }
    }
}

/// The words that end a prefix and give its level, in either script, longest first so
/// that `自治區` is not read as `區`.
const WORDS: [(&str, Level); 17] = [
    ("自治區", Level::Province),
    ("自治区", Level::Province),
    ("自治州", Level::City),
    ("街道", Level::Township),
    ("省", Level::Province),
    ("市", Level::City),
    ("州", Level::City),
    ("盟", Level::City),
    ("縣", Level::County),
    ("县", Level::County),
    ("旗", Level::County),
    ("區", Level::District),
    ("区", Level::District),
    ("鄉", Level::Township),
    ("乡", Level::Township),
    ("鎮", Level::Township),
    ("镇", Level::Township),
];

/// The level word `text` ends with, and the text before it.
pub(crate) fn strip_level(text: &str) -> Option<(&str, Level)> {
    WORDS
        .iter()
        .find_map(|(word, level)| text.strip_suffix(word).map(|rest| (rest, *level)))
}

/// Whether `text` begins with a level word.
pub(crate) fn starts_with_level(text: &str) -> bool {
    WORDS.iter().any(|(word, _)| text.starts_with(word))
}

/// The level word `text` begins with, if it begins with one: `省` of `省港航集團`.
pub(crate) fn leading_level(text: &str) -> Option<Level> {
    leading_word(text).map(|(_, level)| level)
}

/// The level word `text` begins with, with its level: (`自治區`, [`Level::Province`]) of
/// `自治區人民政府`.
pub(crate) fn leading_word(text: &str) -> Option<(&'static str, Level)> {
    WORDS
        .iter()
        .find(|(word, _)| text.starts_with(word))
        .copied()
}

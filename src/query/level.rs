//! Levels of government as users type them: [`Level::lookup`], which the queries'
//! `--level` and `level=` read with.

use crate::error::Error;
use crate::vocab::level::Level;

/// The names of each level a user may type besides the ids [`Level`]'s `FromStr`
/// takes, in either script: the level word (`省`, `縣`), with `級` (`市級`), and the
/// words for the central government.
const LEVEL_WORDS: [(&str, Level); 26] = [
    ("国家", Level::National),
    ("國家", Level::National),
    ("中央", Level::National),
    ("国家级", Level::National),
    ("國家級", Level::National),
    ("省", Level::Province),
    ("省级", Level::Province),
    ("省級", Level::Province),
    ("自治区", Level::Province),
    ("自治區", Level::Province),
    ("市", Level::City),
    ("市级", Level::City),
    ("市級", Level::City),
    ("县", Level::County),
    ("縣", Level::County),
    ("县级", Level::County),
    ("縣級", Level::County),
    ("区", Level::District),
    ("區", Level::District),
    ("区级", Level::District),
    ("區級", Level::District),
    ("乡镇", Level::Township),
    ("鄉鎮", Level::Township),
    ("乡", Level::Township),
    ("鄉", Level::Township),
    ("街道", Level::Township),
];

impl Level {
    /// The level a name stands for, as users type it: its id in any case (`city`,
    /// `City`), the other ids `FromStr` takes (`provincial`, `province`, `central`,
    /// `national`), or its Chinese word in either script (`市`, `縣級`, `国家`, `省`);
    /// surrounding spaces ignored.
    ///
    /// ```
    /// use wuzhong_plan::Level;
    /// assert_eq!(Level::lookup("Provincial")?, Level::Province);
    /// assert_eq!(Level::lookup("central")?, Level::National);
    /// assert_eq!(Level::lookup(" 縣級 ")?, Level::County);
    /// assert_eq!(Level::lookup("国家")?, Level::National);
    /// let err = Level::lookup("federal").unwrap_err();
    /// assert!(err.to_string().contains("expected national, province, city"));
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::UnknownLevel`] for a name that is no level's.
    pub fn lookup(name: &str) -> Result<Level, Error> {
        let trimmed = name.trim();
        trimmed
            .to_ascii_lowercase()
            .parse::<Level>()
            .ok()
            .or_else(|| {
                LEVEL_WORDS
                    .iter()
                    .find(|(word, _)| *word == trimmed)
                    .map(|(_, level)| *level)
            })
            .ok_or_else(|| Error::UnknownLevel {
                input: name.to_owned(),
            })
    }
}

//! Targets: the commitments the plan states, each a quote at its place in the text,
//! with its number, unit and deadline typed.
//!
//! A [`Target`] is either quantitative (`配建率達到100%`: a [`Quantity`] with a
//! [`Comparator`], a [`Decimal`] value and a [`Unit`]) or qualitative (a dated outcome
//! with no number, such as `形成基本完善的社區托育服務網路`). Its [`Deadline`] is the
//! `到2025年` or `到2023年底` that dates it, if any; commitments the text does not date
//! (`人均不少於0.1平方米`) are targets without one.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Number;
use serde_json::value::RawValue;

use crate::base::number::{Digits, MAX_SIGNIFICANT, run_len, significant_digits, year_of};
use crate::base::quote::quoted;
use crate::base::span::Span;
use crate::fault::{Invalid, InvalidKind};
use crate::model::literal_enum;

/// One commitment of the plan: what it promises, where the text says so, and by when.
///
/// ```
/// use wuzhong_plan::{Comparator, Deadline, TargetKind, Unit};
/// let plan = wuzhong_plan::plan();
/// let target = plan.target("t23.1").expect("task 23 states a target");
/// assert_eq!(target.task, Some(23));
/// assert_eq!(target.quote, "養老機構護理型床位占比達到60%");
/// assert_eq!(target.kind(), TargetKind::Quantitative);
/// let quantity = target.quantity.expect("a number is stated");
/// assert_eq!((quantity.comparator, quantity.value.to_string(), quantity.unit), (Comparator::Reach, "60".to_owned(), Unit::Percent));
/// assert_eq!(target.deadline, Some(Deadline::by(2025)));
///
/// // The quote is the task body's text at the span, for a renderer to highlight:
/// let body = &plan.task(23).expect("the plan has a task 23").body;
/// assert_eq!(target.span.of(body), Some(target.quote.as_str()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Target {
    /// The stable identifier: `t19.2` for the second target of task 19, `p1.3` for the
    /// third objective stated in part 1's prose.
    pub id: String,
    /// The number of the part it stands in.
    pub part: u8,
    /// The task whose body states it; `None` for an objective in a part's prose.
    pub task: Option<u16>,
    /// For an objective in a part's prose, which paragraph of the part (0 for the first).
    pub paragraph: Option<usize>,
    /// The commitment exactly as the text words it.
    pub quote: String,
    /// Where the quote stands in the task's [`body`](crate::Task::body) (or in the part's
    /// paragraph).
    pub span: Span,
    /// A short description of what is measured or promised, in the text's script.
    pub metric: String,
    /// The description in English; `None` for a target the extractor found, which no one
    /// has described yet.
    pub metric_english: Option<String>,
    /// The number the text states, if any.
    pub quantity: Option<Quantity>,
    /// When the text says it is due, if it says.
    pub deadline: Option<Deadline>,
    /// Where the words that date it (`到2025年`) stand, in the same text as the quote.
    pub dated_by: Option<Span>,
}

impl Target {
    /// Whether the target states a number.
    pub fn kind(&self) -> TargetKind {
        match self.quantity {
            Some(_) => TargetKind::Quantitative,
            None => TargetKind::Qualitative,
        }
    }

    /// Whether the deadline falls in `year` or before: `到2025年` and `到2025年底` are both due
    /// by 2025. An undated target is due by no year.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let adaptation = plan.target("t24.1").expect("task 24 states a target"); // 到2025年底
    /// assert!(adaptation.is_due_by(2025) && !adaptation.is_due_by(2024));
    /// let per_capita = plan.target("t7.1").expect("task 7 states two targets"); // undated
    /// assert!(!per_capita.is_due_by(u16::MAX));
    /// ```
    pub fn is_due_by(&self, year: u16) -> bool {
        self.deadline.is_some_and(|deadline| deadline.year <= year)
    }
}

literal_enum! {
    /// Whether a target states a number. `Display` and JSON give `quantitative` or
    /// `qualitative`.
    #[serde(rename_all = "kebab-case")]
    #[strum(serialize_all = "kebab-case")]
    pub enum TargetKind {
        /// A number is stated: `達到95%`, `375套`.
        Quantitative,
        /// A dated outcome without a number: `形成基本完善的社區托育服務網路`.
        Qualitative,
    }
}

literal_enum! {
    /// How the stated number binds. `Display` and JSON give the id (`at-least`);
    /// `FromStr` also reads the text's own words (`至少`, `不少於`, `以上`, `達到`).
    ///
    /// ```
    /// use wuzhong_plan::Comparator;
    /// assert_eq!("不少於".parse::<Comparator>()?, Comparator::AtLeast);
    /// assert_eq!(Comparator::AtLeast.to_string(), "at-least");
    /// assert_eq!("at-least".parse::<Comparator>()?, Comparator::AtLeast);
    /// # Ok::<(), strum::ParseError>(())
    /// ```
    #[serde(rename_all = "kebab-case")]
    pub enum Comparator {
        /// `達到`: reach the value.
        #[strum(to_string = "reach", serialize = "達到", serialize = "达到")]
        Reach,
        /// `至少`, `不少於`, `以上`: the value or more.
        #[strum(
            to_string = "at-least",
            serialize = "至少",
            serialize = "不少於",
            serialize = "不少于",
            serialize = "不低於",
            serialize = "不低于",
            serialize = "以上"
        )]
        AtLeast,
        /// `1-2`: from the value to [`Quantity::max`].
        #[strum(to_string = "range")]
        Range,
        /// A number stated as it is, with no word that bounds it: `375套`, `50%的社區`.
        #[strum(to_string = "exact")]
        Exact,
    }
}

impl Comparator {
    /// The comparator in English words: `reach`, `at least`, `between`, `exactly`.
    pub fn english(self) -> &'static str {
        match self {
            Comparator::Reach => "reach",
            Comparator::AtLeast => "at least",
            Comparator::Range => "between",
            Comparator::Exact => "exactly",
        }
    }
}

literal_enum! {
    /// What a stated number counts or measures. `Display` and JSON give the id
    /// (`m2-per-capita`); [`Unit::symbol`] and [`Unit::english`] give readable forms.
    #[serde(rename_all = "kebab-case")]
    #[strum(serialize_all = "kebab-case")]
    #[non_exhaustive]
    pub enum Unit {
        /// A share, `%`.
        Percent,
        /// Square metres for each resident, `人均…平方米`.
        #[serde(rename = "m2-per-capita")]
        #[strum(to_string = "m2-per-capita")]
        M2PerCapita,
        /// Square metres, `平方米`.
        #[serde(rename = "m2")]
        #[strum(to_string = "m2")]
        M2,
        /// Units of housing, `套`.
        HousingUnits,
        /// Public services, `項` (as in `80項基本公共服務`).
        Services,
        /// Items of another kind, `項`.
        Items,
        /// Institutions in each county-level area, `各縣(市、區)…一所`.
        InstitutionsPerCounty,
        /// Institutions in each township, `每個鄉鎮…一所`.
        InstitutionsPerTownship,
        /// Institutions, `所`.
        Institutions,
        /// Social workers for each hundred beds, `每百張…床位配備社工…名`.
        #[serde(rename = "social-workers-per-100-beds")]
        #[strum(to_string = "social-workers-per-100-beds")]
        SocialWorkersPer100Beds,
        /// People, `名`.
        People,
        /// Specialty groups in each school, `每所…學校…個專業群`.
        SpecialtyGroupsPerSchool,
        /// Things counted with `個`.
        Count,
    }
}

impl Unit {
    /// The unit as the text writes it, or close to it: `%`, `平方米/人`, `套`.
    pub fn symbol(self) -> &'static str {
        match self {
            Unit::Percent => "%",
            Unit::M2PerCapita => "平方米/人",
            Unit::M2 => "平方米",
            Unit::HousingUnits => "套",
            Unit::Services | Unit::Items => "項",
            Unit::InstitutionsPerCounty => "所/縣(市、區)",
            Unit::InstitutionsPerTownship => "所/鄉鎮",
            Unit::Institutions => "所",
            Unit::SocialWorkersPer100Beds => "名/百張床位",
            Unit::People => "名",
            Unit::SpecialtyGroupsPerSchool => "個/校",
            Unit::Count => "個",
        }
    }

    /// The unit in English: `percent`, `m² per capita`, `housing units`.
    pub fn english(self) -> &'static str {
        match self {
            Unit::Percent => "percent",
            Unit::M2PerCapita => "m² per capita",
            Unit::M2 => "m²",
            Unit::HousingUnits => "housing units",
            Unit::Services => "services",
            Unit::Items => "items",
            Unit::InstitutionsPerCounty => "institutions per county",
            Unit::InstitutionsPerTownship => "institutions per township",
            Unit::Institutions => "institutions",
            Unit::SocialWorkersPer100Beds => "social workers per 100 beds",
            Unit::People => "people",
            Unit::SpecialtyGroupsPerSchool => "specialty groups per school",
            Unit::Count => "count",
        }
    }
}

/// The number a quantitative target states: how it binds, the value and its unit.
///
/// `Display` writes it in English: `at least 0.1 m² per capita`, `reach 100%`,
/// `between 1 and 2 specialty groups per school`, `exactly 375 housing units`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub struct Quantity {
    /// How the value binds.
    pub comparator: Comparator,
    /// The value, as the text writes it: `0.1`, `375`; the lower end of a range.
    pub value: Decimal,
    /// The upper end of a range (`2` in `1-2`); `None` unless the comparator is
    /// [`Comparator::Range`].
    pub max: Option<Decimal>,
    /// What the value counts or measures.
    pub unit: Unit,
}

impl Quantity {
    /// A quantity that is not a range.
    pub fn new(comparator: Comparator, value: Decimal, unit: Unit) -> Quantity {
        Quantity {
            comparator,
            value,
            max: None,
            unit,
        }
    }

    /// A range, `min` to `max`.
    pub fn range(min: Decimal, max: Decimal, unit: Unit) -> Quantity {
        Quantity {
            comparator: Comparator::Range,
            value: min,
            max: Some(max),
            unit,
        }
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = match self.unit {
            Unit::Percent => "%".to_owned(),
            unit => format!(" {}", unit.english()),
        };
        match (self.comparator, self.max) {
            (Comparator::Range, Some(max)) => {
                write!(f, "between {} and {max}{unit}", self.value)
            }
            (comparator, _) => write!(f, "{} {}{unit}", comparator.english(), self.value),
        }
    }
}

/// The most digits after the point a [`Decimal`] keeps.
const MAX_SCALE: u8 = 18;

/// A non-negative decimal number, kept exactly as the text writes it: `0.1` is one
/// tenth, not the nearest binary fraction.
///
/// In JSON it is a number (`0.1`, `375`); reading one takes a number of at most 15
/// significant digits, which every reader of JSON reads exactly, and refuses a longer
/// one. `Display` writes the shortest form, and `FromStr` reads digits with at most one
/// point.
///
/// ```
/// use wuzhong_plan::Decimal;
/// let tenth: Decimal = "0.1".parse()?;
/// assert_eq!(tenth.to_string(), "0.1");
/// assert_eq!(tenth, Decimal::new(1, 1).expect("a scale of 1 is kept"));
/// assert!(tenth < Decimal::from(1));
/// assert_eq!("1.50".parse::<Decimal>()?, "1.5".parse()?);
/// assert!("-1".parse::<Decimal>().is_err());
/// # Ok::<(), wuzhong_plan::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    /// The digits, without trailing zeros after the point.
    mantissa: u64,
    /// How many of them stand after the point.
    scale: u8,
}

impl Decimal {
    /// `mantissa` × 10<sup>−`scale`</sup>; `None` if `scale` is over 18.
    pub fn new(mantissa: u64, scale: u8) -> Option<Decimal> {
        if scale > MAX_SCALE {
            return None;
        }
        let (mut mantissa, mut scale) = (mantissa, scale);
        while scale > 0 && mantissa % 10 == 0 {
            mantissa /= 10;
            scale -= 1;
        }
        Some(Decimal { mantissa, scale })
    }

    /// The nearest `f64`, for arithmetic and charts.
    ///
    /// ```
    /// assert_eq!("0.1".parse::<wuzhong_plan::Decimal>()?.to_f64(), 0.1);
    /// # Ok::<(), wuzhong_plan::Error>(())
    /// ```
    pub fn to_f64(self) -> f64 {
        // Both operands are exact for the values a plan states, so the quotient is the
        // correctly rounded value.
        self.mantissa as f64 / 10f64.powi(i32::from(self.scale))
    }

    /// The value as a whole number, if it is one.
    pub fn to_integer(self) -> Option<u64> {
        (self.scale == 0).then_some(self.mantissa)
    }

    /// Whether the value has at most 15 significant digits, so that every reader of its
    /// JSON, including one that reads numbers as `f64`, reads it exactly.
    pub(crate) fn is_exact_in_json(self) -> bool {
        significant_digits(self.mantissa) <= MAX_SIGNIFICANT
    }

    /// The decimal `digits` write, if a `Decimal` keeps it (at most 18 digits after the
    /// point).
    pub(crate) fn from_digits(digits: Digits) -> Option<Decimal> {
        Decimal::new(digits.mantissa, u8::try_from(digits.scale).ok()?)
    }

    /// The value times 10<sup>`power`</sup>, if a `Decimal` holds it with at most 15
    /// significant digits.
    pub(crate) fn times_ten_to(self, power: u32) -> Option<Decimal> {
        let scale = u32::from(self.scale);
        let value = if power <= scale {
            Decimal::new(self.mantissa, u8::try_from(scale - power).ok()?)?
        } else {
            let factor = 10u64.checked_pow(power - scale)?;
            Decimal::from(self.mantissa.checked_mul(factor)?)
        };
        value.is_exact_in_json().then_some(value)
    }

    /// The value as a JSON number: an integer where it is one.
    pub(crate) fn to_number(self) -> Number {
        match self.to_integer() {
            Some(n) => Number::from(n),
            None => Number::from_f64(self.to_f64()).unwrap_or_else(|| Number::from(0u8)),
        }
    }

    /// Reads a JSON number: see [`Decimal::from_literal`], which reads what it writes.
    pub(crate) fn from_number(number: &Number) -> Result<Decimal, InvalidKind> {
        Decimal::from_literal(&number.to_string())
    }

    /// Reads a JSON number as the file writes it (`375`, `0.1`, `1.5e2`), exactly: the
    /// value, if it is at least 0, has at most 15 significant digits and at most 18 after
    /// the point, and is below 2<sup>64</sup>. An error quotes the number as written.
    pub(crate) fn from_literal(text: &str) -> Result<Decimal, InvalidKind> {
        let found = || text.to_owned();
        let not_a_decimal = || InvalidKind::NotADecimal { found: found() };
        let (negative, rest) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (number, exponent) = match rest.split_once(['e', 'E']) {
            Some((number, exponent)) => (number, Some(exponent)),
            None => (rest, None),
        };
        let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
        let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
            return Err(not_a_decimal());
        }
        // The digits without the zeros before and after them, and the power of ten the
        // last of them stands at: `0.0120` is 12 × 10^-3.
        let digits = whole.bytes().chain(fraction.bytes());
        let fraction_len = i64::try_from(fraction.len()).map_err(|_| not_a_decimal())?;
        let significant: Vec<u8> = digits.skip_while(|&b| b == b'0').collect();
        let trailing = significant.iter().rev().take_while(|&&b| b == b'0').count();
        let significant = significant
            .get(..significant.len() - trailing)
            .unwrap_or_default();
        if significant.is_empty() {
            // Zero, however written (`0`, `-0`, `0.0e5`).
            return Ok(Decimal::from(0));
        }
        if negative {
            return Err(InvalidKind::NegativeValue { found: found() });
        }
        if significant.len() > MAX_SIGNIFICANT as usize {
            return Err(InvalidKind::TooPrecise { found: found() });
        }
        let exponent = match exponent {
            None => 0,
            Some(exponent) => {
                let digits = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
                if digits.is_empty() || !all_digits(digits) {
                    return Err(not_a_decimal());
                }
                // An exponent too long for an `i64` is far outside any value kept.
                let magnitude: i64 = digits.parse().map_err(|_| not_a_decimal())?;
                if exponent.starts_with('-') {
                    -magnitude
                } else {
                    magnitude
                }
            }
        };
        let trailing = i64::try_from(trailing).map_err(|_| not_a_decimal())?;
        let power = exponent
            .saturating_sub(fraction_len)
            .saturating_add(trailing);
        let mantissa = significant
            .iter()
            .fold(0u64, |n, &b| n * 10 + u64::from(b - b'0'));
        if power >= 0 {
            let factor = u32::try_from(power)
                .ok()
                .and_then(|power| 10u64.checked_pow(power))
                .ok_or_else(not_a_decimal)?;
            let value = mantissa.checked_mul(factor).ok_or_else(not_a_decimal)?;
            Ok(Decimal::from(value))
        } else {
            let scale = u8::try_from(power.unsigned_abs()).map_err(|_| not_a_decimal())?;
            Decimal::new(mantissa, scale).ok_or_else(not_a_decimal)
        }
    }

    fn cmp_value(self, other: Decimal) -> Ordering {
        let widen = |d: Decimal, to: u8| {
            u128::from(d.mantissa) * 10u128.pow(u32::from(to.saturating_sub(d.scale)))
        };
        let scale = self.scale.max(other.scale);
        widen(self, scale).cmp(&widen(other, scale))
    }
}

impl From<u64> for Decimal {
    fn from(n: u64) -> Decimal {
        Decimal {
            mantissa: n,
            scale: 0,
        }
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Decimal) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Decimal) -> Ordering {
        self.cmp_value(*other)
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.mantissa);
        }
        let digits = format!(
            "{:0width$}",
            self.mantissa,
            width = usize::from(self.scale) + 1
        );
        // `digits` has at least `scale + 1` digits, so the point falls inside it.
        let point = digits.len().saturating_sub(usize::from(self.scale));
        match digits.split_at_checked(point) {
            Some((whole, fraction)) => write!(f, "{whole}.{fraction}"),
            None => f.write_str(&digits),
        }
    }
}

impl Decimal {
    /// The decimal `s` writes (digits with at most one point), if it is one that a
    /// `Decimal` keeps; the public face is `FromStr`, which answers with the crate's
    /// error.
    pub(crate) fn read(s: &str) -> Option<Decimal> {
        let (whole, fraction) = s.split_once('.').unwrap_or((s, ""));
        let digits_only = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty()
            || !digits_only(whole)
            || !digits_only(fraction)
            || (s.contains('.') && fraction.is_empty())
        {
            return None;
        }
        let scale = u8::try_from(fraction.len()).ok()?;
        let mantissa = whole
            .bytes()
            .chain(fraction.bytes())
            .try_fold(0u64, |n, b| {
                n.checked_mul(10)?.checked_add(u64::from(b - b'0'))
            })?;
        Decimal::new(mantissa, scale)
    }
}

/// The message for a string that is no decimal.
pub(crate) fn not_a_decimal(input: &str) -> String {
    format!(
        "{} is not a decimal: expected digits with at most one point, such as 0.1 or 375",
        quoted(input)
    )
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_number().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
        let number = Number::deserialize(deserializer)?;
        Decimal::from_number(&number).map_err(serde::de::Error::custom)
    }
}

/// When a target is due: `到2025年` is by 2025, `到2023年底` by the end of 2023.
///
/// Deadlines order by year, and a plain year before the end of the same year. `Display`
/// writes the text's form; [`Deadline::english`] the English one. `FromStr` reads both.
/// In JSON, `{"year": 2025, "end_of_year": false}`.
///
/// ```
/// use wuzhong_plan::Deadline;
/// let end_2023: Deadline = "到2023年底".parse()?;
/// assert_eq!(end_2023, Deadline::end_of(2023));
/// assert_eq!(end_2023.english().to_string(), "by the end of 2023");
/// assert_eq!(Deadline::by(2025).to_string(), "到2025年");
/// assert_eq!("by 2025".parse::<Deadline>()?, Deadline::by(2025));
/// assert!(end_2023 < Deadline::by(2025) && Deadline::by(2025) < Deadline::end_of(2025));
/// # Ok::<(), wuzhong_plan::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    /// The year.
    pub year: u16,
    /// Whether the text says the end of the year (`年底`) rather than the year (`年`).
    pub end_of_year: bool,
}

impl Deadline {
    /// By `year`: `到2025年`.
    pub fn by(year: u16) -> Deadline {
        Deadline {
            year,
            end_of_year: false,
        }
    }

    /// By the end of `year`: `到2025年底`.
    pub fn end_of(year: u16) -> Deadline {
        Deadline {
            year,
            end_of_year: true,
        }
    }

    /// The deadline in English, `by 2025` or `by the end of 2023`, as a `Display`.
    pub fn english(self) -> impl fmt::Display {
        EnglishDeadline(self)
    }

    /// Reads `到2025年`, `到2025年底` or `到2025年末` at the start of `text`, returning
    /// the deadline and how many bytes it takes. The year is four digits (ASCII or
    /// full-width, `到２０２５年`), the first not 0, that stand apart from other digits and
    /// letters: `到12025年` and `到925年` are no deadline.
    pub(crate) fn read_zh(text: &str) -> Option<(Deadline, usize)> {
        let rest = text.strip_prefix('到')?;
        let len = run_len(rest);
        let year = year_of(rest.get(..len)?)?;
        let rest = rest.get(len..)?.strip_prefix('年')?;
        let taken = '到'.len_utf8() + len + '年'.len_utf8();
        Some(match rest.chars().next() {
            Some(end @ ('底' | '末')) => (Deadline::end_of(year), taken + end.len_utf8()),
            _ => (Deadline::by(year), taken),
        })
    }
}

impl fmt::Display for Deadline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let end = if self.end_of_year { "底" } else { "" };
        write!(f, "到{}年{end}", self.year)
    }
}

struct EnglishDeadline(Deadline);

impl fmt::Display for EnglishDeadline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.end_of_year {
            write!(f, "by the end of {}", self.0.year)
        } else {
            write!(f, "by {}", self.0.year)
        }
    }
}

impl Deadline {
    /// The deadline `s` states (`到2025年`, `到2023年底`, `by 2025`, `by the end of
    /// 2023`), if it is one; the public face is `FromStr`, which answers with the
    /// crate's error.
    pub(crate) fn read(s: &str) -> Option<Deadline> {
        if let Some((deadline, len)) = Deadline::read_zh(s) {
            return (len == s.len()).then_some(deadline);
        }
        let (year, end_of_year) = match s.strip_prefix("by the end of ") {
            Some(year) => (year, true),
            None => (s.strip_prefix("by ")?, false),
        };
        if year.is_empty() || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year = year.parse().ok()?;
        Some(Deadline { year, end_of_year })
    }
}

/// The message for a string that is no deadline.
pub(crate) fn not_a_deadline(input: &str) -> String {
    format!(
        "{} is not a deadline: expected 到2025年, 到2023年底, by 2025 or by the end of 2023",
        quoted(input)
    )
}

/// A target as JSON writes it: the quantity's fields flat, numbers as JSON numbers
/// whose range loading checks.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TargetRecord<'a> {
    id: Cow<'a, str>,
    part: u8,
    task: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    paragraph: Option<usize>,
    quote: Cow<'a, str>,
    span: Span,
    metric: Cow<'a, str>,
    #[serde(default)]
    metric_english: Option<Cow<'a, str>>,
    kind: TargetKind,
    #[serde(default)]
    comparator: Option<Comparator>,
    #[serde(default)]
    value: Option<Written>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    value_max: Option<Written>,
    #[serde(default)]
    unit: Option<Unit>,
    #[serde(default)]
    deadline: Option<DeadlineRecord>,
    #[serde(default)]
    dated_by: Option<Span>,
}

/// A deadline as JSON writes it, its year any JSON number until loading checks it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlineRecord {
    year: Written,
    end_of_year: bool,
}

/// A number of a target's JSON: the value to write, or, read, the number exactly as the
/// file writes it (serde_json's [`RawValue`]), so that loading reads `0.1` as one tenth
/// and not as the `f64` nearest it, and a message quotes `99999999999999999999999`, not
/// `1e23`.
#[derive(Debug, Clone)]
enum Written {
    /// A number to write.
    Value(Number),
    /// A number as a file writes it: JSON's number syntax, checked when read.
    Literal(Box<RawValue>),
}

impl Written {
    /// The text of the number, as written.
    fn text(&self) -> Cow<'_, str> {
        match self {
            Written::Value(number) => Cow::Owned(number.to_string()),
            Written::Literal(raw) => Cow::Borrowed(raw.get()),
        }
    }

    /// The decimal it writes, read exactly.
    fn decimal(&self) -> Result<Decimal, InvalidKind> {
        Decimal::from_literal(&self.text())
    }

    /// The year it writes: digits alone, of a year a `u16` holds.
    fn year(&self) -> Result<u16, InvalidKind> {
        let text = self.text();
        Some(text.as_ref())
            .filter(|text| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|text| text.parse().ok())
            .ok_or_else(|| InvalidKind::YearNotANumber {
                found: text.into_owned(),
            })
    }
}

impl Serialize for Written {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Written::Value(number) => number.serialize(serializer),
            Written::Literal(raw) => raw
                .get()
                .parse::<Number>()
                .map_err(serde::ser::Error::custom)?
                .serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Written {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Written, D::Error> {
        let raw = Box::<RawValue>::deserialize(deserializer)?;
        if raw
            .get()
            .starts_with(['-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
        {
            return Ok(Written::Literal(raw));
        }
        // Anything but a number: the message serde_json gives when it expects one.
        let message = match serde_json::from_str::<Number>(raw.get()) {
            Err(err) => {
                let full = err.to_string();
                full.rsplit_once(" at line ")
                    .map_or(full.clone(), |(message, _)| message.to_owned())
            }
            Ok(_) => "expected a JSON number".to_owned(),
        };
        Err(serde::de::Error::custom(message))
    }
}

impl<'a> From<&'a Target> for TargetRecord<'a> {
    fn from(target: &'a Target) -> TargetRecord<'a> {
        let quantity = target.quantity;
        TargetRecord {
            id: Cow::Borrowed(&target.id),
            part: target.part,
            task: target.task,
            paragraph: target.paragraph,
            quote: Cow::Borrowed(&target.quote),
            span: target.span,
            metric: Cow::Borrowed(&target.metric),
            metric_english: target.metric_english.as_deref().map(Cow::Borrowed),
            kind: target.kind(),
            comparator: quantity.map(|q| q.comparator),
            value: quantity.map(|q| Written::Value(q.value.to_number())),
            value_max: quantity
                .and_then(|q| q.max)
                .map(|max| Written::Value(max.to_number())),
            unit: quantity.map(|q| q.unit),
            deadline: target.deadline.map(|d| DeadlineRecord {
                year: Written::Value(Number::from(d.year)),
                end_of_year: d.end_of_year,
            }),
            dated_by: target.dated_by,
        }
    }
}

// An `Invalid` is large (its kind quotes text), but it is made only for a target that is
// refused, once per target: boxing it would cost every caller for no gain.
#[allow(clippy::result_large_err)]
impl TryFrom<TargetRecord<'_>> for Target {
    type Error = Invalid;

    fn try_from(record: TargetRecord<'_>) -> Result<Target, Invalid> {
        let invalid = |field: &'static str, problem: InvalidKind| {
            Invalid::new(record.id.as_ref(), field, problem)
        };
        let decimal =
            |field, number: &Written| number.decimal().map_err(|problem| invalid(field, problem));
        let quantity = match (
            record.kind,
            record.comparator,
            &record.value,
            &record.value_max,
            record.unit,
        ) {
            (TargetKind::Qualitative, None, None, None, None) => None,
            (TargetKind::Qualitative, ..) => {
                return Err(invalid("kind", InvalidKind::QuantityOfQualitative));
            }
            (TargetKind::Quantitative, Some(comparator), Some(value), max, Some(unit)) => {
                let value = decimal("value", value)?;
                let max = max
                    .as_ref()
                    .map(|max| decimal("value_max", max))
                    .transpose()?;
                match (comparator, max) {
                    (Comparator::Range, Some(max)) if max > value => {}
                    (Comparator::Range, _) => {
                        return Err(invalid("value_max", InvalidKind::RangeWithoutMax));
                    }
                    (_, Some(_)) => {
                        return Err(invalid("value_max", InvalidKind::MaxWithoutRange));
                    }
                    (_, None) => {}
                }
                Some(Quantity {
                    comparator,
                    value,
                    max,
                    unit,
                })
            }
            (TargetKind::Quantitative, ..) => {
                return Err(invalid("kind", InvalidKind::QuantityMissing));
            }
        };
        let deadline = match &record.deadline {
            None => None,
            Some(DeadlineRecord { year, end_of_year }) => {
                let year = year
                    .year()
                    .map_err(|problem| invalid("deadline.year", problem))?;
                Some(Deadline {
                    year,
                    end_of_year: *end_of_year,
                })
            }
        };
        Ok(Target {
            id: record.id.into_owned(),
            part: record.part,
            task: record.task,
            paragraph: record.paragraph,
            quote: record.quote.into_owned(),
            span: record.span,
            metric: record.metric.into_owned(),
            metric_english: record.metric_english.map(Cow::into_owned),
            quantity,
            deadline,
            dated_by: record.dated_by,
        })
    }
}

impl Serialize for Target {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        TargetRecord::from(self).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Target {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Target, D::Error> {
        let record = TargetRecord::deserialize(deserializer)?;
        Target::try_from(record).map_err(serde::de::Error::custom)
    }
}

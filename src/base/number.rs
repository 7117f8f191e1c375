//! Numbers written in digits, as a text writes them (`375`, `0.1`, `1,000`, `５０`), and
//! the years of its dates: what a run of characters around digits states, or why it
//! states no number.
//!
//! A number is the whole run of characters that stand together with its digits: ASCII
//! and full-width letters and digits, a point (`.` or `．`) next to a digit and a comma
//! between two digits. The run is read whole or not at all: `1e309`, `1.2.3`, `.5` and
//! `PM2.5` state no number, and never the number of a part of them (`309`, `5`). What
//! the run states is its digits, all ASCII or all full-width, with at most one point
//! between digits, the whole part grouped by threes with commas or not at all, no zero
//! before other digits, and at most [`MAX_SIGNIFICANT`] significant digits.

/// The most significant digits a number may have: an `f64`, and so a JSON reader that
/// reads numbers as one, keeps every number of 15 significant digits exactly, and some of
/// 16 or 17 only.
pub(crate) const MAX_SIGNIFICANT: u32 = 15;

/// Why a run of characters around digits states no number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NotANumber {
    /// Letters among the digits: `1e309`, `5G`, `PM2.5`.
    Letters,
    /// ASCII and full-width digits together: `１0`.
    MixedWidths,
    /// A point that does not stand between digits, or more than one: `.5`, `5.`,
    /// `1.2.3`, `1..5`.
    Points,
    /// Commas that do not group the whole part by threes: `1,00`, `1,0000`, `0.5,1`.
    Grouping,
    /// A zero before other digits: `005`.
    LeadingZero,
    /// More than [`MAX_SIGNIFICANT`] significant digits, or more than a `u64` holds.
    TooPrecise,
}

impl NotANumber {
    /// Why, in words, for a message: `it has letters among its digits`.
    pub(crate) fn reason(self) -> &'static str {
        match self {
            NotANumber::Letters => "it has letters among its digits",
            NotANumber::MixedWidths => "it mixes ASCII and full-width digits",
            NotANumber::Points => {
                "a point in it does not stand between two digits, or it has more than one"
            }
            NotANumber::Grouping => "its commas do not group its digits by three",
            NotANumber::LeadingZero => "it starts with a zero before other digits",
            NotANumber::TooPrecise => {
                "it has more than 15 significant digits, more than JSON numbers keep exactly"
            }
        }
    }
}

/// A number as a run of text states it: its digits, without the point, and how many of
/// them stand after the point. `1,000.50` is `100050` with a scale of 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Digits {
    /// The digits as one whole number.
    pub(crate) mantissa: u64,
    /// How many of them stand after the point.
    pub(crate) scale: u32,
}

/// The value of an ASCII or full-width digit, and whether it is full-width.
pub(crate) fn digit(c: char) -> Option<(u32, bool)> {
    match c {
        '0'..='9' => Some((u32::from(c) - u32::from('0'), false)),
        '０'..='９' => Some((u32::from(c) - u32::from('０'), true)),
        _ => None,
    }
}

/// Whether `c` is an ASCII or full-width digit.
pub(crate) fn is_digit(c: char) -> bool {
    digit(c).is_some()
}

/// Whether `c` stands in a number's run wherever it is: a letter or a digit, ASCII or
/// full-width.
fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ')
}

/// Whether `c` is a point.
fn is_point(c: char) -> bool {
    matches!(c, '.' | '．')
}

/// Whether `c`, between `before` and `after`, stands in a number's run: a letter or a
/// digit; a point next to a digit; a comma between two digits.
fn in_run(before: Option<char>, c: char, after: Option<char>) -> bool {
    let digit_at = |c: Option<char>| c.is_some_and(is_digit);
    is_word(c)
        || (is_point(c) && (digit_at(before) || digit_at(after)))
        || (c == ',' && digit_at(before) && digit_at(after))
}

/// The length in bytes of the run that starts at the start of `text` (0 if none does).
pub(crate) fn run_len(text: &str) -> usize {
    let mut chars = text.char_indices().peekable();
    let mut before = None;
    while let Some((at, c)) = chars.next() {
        let after = chars.peek().map(|&(_, c)| c);
        if !in_run(before, c, after) {
            return at;
        }
        before = Some(c);
    }
    text.len()
}

/// What the run `run` states: its digits, or why it states no number. The run holds
/// no character outside a run (see [`run_len`]).
pub(crate) fn read_run(run: &str) -> Result<Digits, NotANumber> {
    if run.chars().any(|c| is_word(c) && !is_digit(c)) {
        return Err(NotANumber::Letters);
    }
    let mut widths = run.chars().filter_map(digit).map(|(_, wide)| wide);
    let wide = widths.next().unwrap_or(false);
    if widths.any(|other| other != wide) {
        return Err(NotANumber::MixedWidths);
    }
    let (whole, fraction) = match run.split_once(is_point) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (run, None),
    };
    let has_digits = |part: &str| part.chars().next().is_some_and(is_digit);
    let ends_in_digit = |part: &str| part.chars().next_back().is_some_and(is_digit);
    if let Some(fraction) = fraction {
        if !ends_in_digit(whole) || !has_digits(fraction) || fraction.contains(is_point) {
            return Err(NotANumber::Points);
        }
        if fraction.contains(',') {
            return Err(NotANumber::Grouping);
        }
    }
    if whole.contains(',') {
        let mut groups = whole.split(',');
        let first = groups.next().unwrap_or_default().chars().count();
        if !(1..=3).contains(&first) || !groups.all(|group| group.chars().count() == 3) {
            return Err(NotANumber::Grouping);
        }
    }
    let mut whole_digits = whole.chars().filter(|&c| is_digit(c));
    if whole_digits
        .next()
        .is_some_and(|c| digit(c).is_some_and(|(v, _)| v == 0))
        && whole_digits.next().is_some()
    {
        return Err(NotANumber::LeadingZero);
    }
    let fraction = fraction.unwrap_or_default();
    let mut mantissa: u64 = 0;
    for (value, _) in whole.chars().chain(fraction.chars()).filter_map(digit) {
        mantissa = mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(u64::from(value)))
            .ok_or(NotANumber::TooPrecise)?;
    }
    let scale = u32::try_from(fraction.chars().count()).map_err(|_| NotANumber::TooPrecise)?;
    let digits = Digits { mantissa, scale };
    if significant_digits(mantissa) > MAX_SIGNIFICANT {
        return Err(NotANumber::TooPrecise);
    }
    Ok(digits)
}

/// How many significant digits `mantissa` has: its digits without the zeros it ends in.
pub(crate) fn significant_digits(mantissa: u64) -> u32 {
    let mut m = mantissa;
    if m == 0 {
        return 0;
    }
    while m % 10 == 0 {
        m /= 10;
    }
    m.ilog10() + 1
}

/// The year a date's `年` at byte `at` of `text` follows, if the run before it is one:
/// four digits, ASCII or full-width, the first not 0 (1000 to 9999). `None` for a run of
/// any other length (`12022年`, `922年`), letters or a point among them, or no run.
pub(crate) fn year_before(text: &str, at: usize) -> Option<u16> {
    let head = text.get(..at)?;
    let start = run_start(head);
    let run = head.get(start..)?;
    year_of(run)
}

/// The year `run` writes, if it is four digits of one width, the first not 0.
pub(crate) fn year_of(run: &str) -> Option<u16> {
    let digits = read_run(run).ok()?;
    let count = run.chars().count();
    if count != 4 || digits.scale != 0 || digits.mantissa < 1000 || run.contains(',') {
        return None;
    }
    u16::try_from(digits.mantissa).ok()
}

/// Where the run that ends at the end of `head` starts (`head.len()` if none does).
pub(crate) fn run_start(head: &str) -> usize {
    let mut start = head.len();
    let mut after = None;
    let mut chars = head.char_indices().rev().peekable();
    while let Some((at, c)) = chars.next() {
        let before = chars.peek().map(|&(_, c)| c);
        if !in_run(before, c, after) {
            break;
        }
        start = at;
        after = Some(c);
    }
    start
}

#[cfg(test)]
mod tests {
    use super::{Digits, NotANumber, read_run, run_len, run_start, year_before};

    fn digits(mantissa: u64, scale: u32) -> Result<Digits, NotANumber> {
        Ok(Digits { mantissa, scale })
    }

    #[test]
    fn a_run_states_its_digits() {
        assert_eq!(read_run("375"), digits(375, 0));
        assert_eq!(read_run("0.1"), digits(1, 1));
        assert_eq!(read_run("0"), digits(0, 0));
        assert_eq!(read_run("1,000"), digits(1000, 0));
        assert_eq!(read_run("12,345,678.25"), digits(1_234_567_825, 2));
        assert_eq!(read_run("５０"), digits(50, 0));
        assert_eq!(read_run("２．５"), digits(25, 1));
        assert_eq!(read_run("999999999999999"), digits(999_999_999_999_999, 0));
        // Trailing zeros of a whole number are not significant: 10^18 is one digit.
        assert_eq!(read_run("1000000000000000000"), digits(10u64.pow(18), 0));
    }

    #[test]
    fn a_run_that_is_no_number_says_why() {
        for (run, why) in [
            ("1e309", NotANumber::Letters),
            ("5G", NotANumber::Letters),
            ("PM2.5", NotANumber::Letters),
            ("１0", NotANumber::MixedWidths),
            ("１,000", NotANumber::MixedWidths),
            (".5", NotANumber::Points),
            ("5.", NotANumber::Points),
            ("1.2.3", NotANumber::Points),
            ("1..5", NotANumber::Points),
            ("1,00", NotANumber::Grouping),
            ("1,0000", NotANumber::Grouping),
            ("1000,000", NotANumber::Grouping),
            ("0.5,1", NotANumber::Grouping),
            ("005", NotANumber::LeadingZero),
            ("００５", NotANumber::LeadingZero),
            ("0,100", NotANumber::LeadingZero),
            ("1234567890123456", NotANumber::TooPrecise),
            ("12345678901234567", NotANumber::TooPrecise),
            ("0.12345678901234567", NotANumber::TooPrecise),
            ("99999999999999999999999", NotANumber::TooPrecise),
        ] {
            assert_eq!(read_run(run), Err(why), "{run:?}");
        }
    }

    #[test]
    fn a_run_is_every_character_that_stands_with_the_digits() {
        assert_eq!(run_len("1e309%"), "1e309".len());
        assert_eq!(run_len("1,000套"), "1,000".len());
        assert_eq!(run_len("1, 000套"), 1);
        assert_eq!(run_len("1，000套"), 1);
        assert_eq!(run_len("5.%"), 2);
        assert_eq!(run_len("1..5%"), 4);
        assert_eq!(run_len("６０％"), "６０".len());
        assert_eq!(run_len("50%"), 2);
        assert_eq!(run_len("年"), 0);
        assert_eq!(run_start("於10000"), "於".len());
        assert_eq!(run_start("x.1"), 0);
        assert_eq!(run_start("於"), "於".len());
    }

    #[test]
    fn a_year_is_four_digits() {
        let year = |text: &str| year_before(text, text.find('年').unwrap_or(text.len()));
        assert_eq!(year("於2022年4月26日"), Some(2022));
        assert_eq!(year("2022年"), Some(2022));
        assert_eq!(year("於10000年1月1日"), None);
        assert_eq!(year("12022年"), None);
        assert_eq!(year("922年"), None);
        assert_eq!(year("0922年"), None);
        assert_eq!(year("0000年"), None);
        assert_eq!(year("２０２２年"), Some(2022));
        assert_eq!(year("２０2２年"), None);
        assert_eq!(year("1,022年"), None);
        assert_eq!(year("1.02年"), None);
        assert_eq!(year("9999年"), Some(9999));
        assert_eq!(year("1000年"), Some(1000));
        assert_eq!(year("v2022年"), None);
        assert_eq!(year("1.2022年"), None);
        assert_eq!(year("年"), None);
    }
}

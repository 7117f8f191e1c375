//! Dates as the genre writes them: `2022年4月26日` anywhere in a text (the notice's date
//! of issue, an info box's), and a line that is a date and nothing else, in digits or in
//! Chinese numerals (`二〇一八年十一月十六日`), as a signature block dates a document.

use crate::base::number::{digit, is_digit, run_start, year_before};
use crate::base::numeral::from_numeral;
use crate::base::span::Span;
use crate::model::{Date, is_indent};
use crate::read::lines::trimmed;

/// The first date written `2022年4月26日` in `text`.
pub(crate) fn find_date(text: &str) -> Option<Date> {
    dates_in(text).find_map(|(_, date)| date)
}

/// Each date written `2022年4月26日` in `text`, in order: where it stands, and the date,
/// or `None` for digits in a date's shape that write no date (`10000年1月1日`,
/// `2022年2月30日`). The year is four digits, the first not 0, that stand apart from
/// other digits and letters ([`year_before`]): `12022年` is not 2022. Digits are ASCII
/// or full-width (`２０２２年４月２６日`).
///
/// Each `年` is read with the few bytes around it only: the run of digits before it, and
/// one or two digits, `月`, one or two digits and `日` after it, so that a text of many
/// `年` is read once, not once for each of them.
pub(crate) fn dates_in(text: &str) -> impl Iterator<Item = (Span, Option<Date>)> + '_ {
    text.match_indices('年').filter_map(|(at, _)| {
        let start = run_start(text.get(..at)?);
        let run = text.get(start..at)?;
        if !run.chars().any(is_digit) {
            return None;
        }
        let after = text.get(at + '年'.len_utf8()..)?;
        let (month, rest) = short_number_before(after, '月')?;
        let (day, rest) = short_number_before(rest, '日')?;
        let end = text.len() - rest.len();
        let date = year_before(text, at).and_then(|year| Date::new(year, month, day));
        Some((Span { start, end }, date))
    })
}

/// One or two digits, ASCII or full-width, at the start of `text` and `mark` right after
/// them: their value and the text after the mark.
fn short_number_before(text: &str, mark: char) -> Option<(u8, &str)> {
    let mut value = 0u32;
    let mut count = 0;
    let mut rest = text;
    // A third digit makes the number no month or day; it is looked at, not added.
    for c in text.chars().take(3) {
        let Some((digit, _)) = digit(c) else { break };
        count += 1;
        if count > 2 {
            return None;
        }
        value = value * 10 + digit;
        rest = rest.get(c.len_utf8()..)?;
    }
    if count == 0 {
        return None;
    }
    Some((u8::try_from(value).ok()?, rest.strip_prefix(mark)?))
}

/// The date a line gives when it is a date and nothing else (white space around it
/// aside): `2018年11月16日`, `２０１８年１１月１６日` or `二〇一八年十一月十六日`.
pub(crate) fn date_line(line: &str) -> Option<Date> {
    let text = trimmed(line);
    // The longest date, `二〇一八年十一月二十六日`, is 12 characters; white space inside
    // a padded date makes it a few more. A longer line is no date line, and is not read.
    if text.len() > 3 * 24 {
        return None;
    }
    let spaced;
    let text = if text.contains(|c: char| is_indent(c) || c.is_whitespace()) {
        spaced = text
            .chars()
            .filter(|&c| !is_indent(c) && !c.is_whitespace())
            .collect::<String>();
        spaced.as_str()
    } else {
        text
    };
    if let Some((span, date)) = dates_in(text).next() {
        return (span.start == 0 && span.end == text.len())
            .then_some(date)
            .flatten();
    }
    numeral_date(text)
}

/// The digits 1 to 9 of a year written in Chinese numerals.
const YEAR_DIGITS: [char; 9] = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// The date a text writes in Chinese numerals and nothing else: `二〇一八年十一月十六日`,
/// its year digit by digit (`〇`, `○` or `零` for zero), its month and day as numbers
/// (`十一`, `二十六`).
fn numeral_date(text: &str) -> Option<Date> {
    let (year, rest) = text.split_once('年')?;
    let (month, rest) = rest.split_once('月')?;
    let day = rest.strip_suffix('日')?;
    let mut value: u16 = 0;
    let mut digits = 0;
    for c in year.chars() {
        let digit = match c {
            '〇' | '○' | '零' | 'Ｏ' | 'O' => 0,
            c => YEAR_DIGITS.iter().position(|&d| d == c)? + 1,
        };
        value = value
            .checked_mul(10)?
            .checked_add(u16::try_from(digit).ok()?)?;
        digits += 1;
    }
    if digits != 4 || value < 1000 {
        return None;
    }
    let month = from_numeral(month)?;
    let day = from_numeral(day)?;
    Date::new(value, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The date a line gives, as `YYYY-MM-DD`.
    fn date(line: &str) -> Option<String> {
        date_line(line).map(|date| date.to_string())
    }

    #[test]
    fn a_date_has_a_year_of_four_digits() {
        assert_eq!(find_date("於2022年4月26日印發"), Date::new(2022, 4, 26));
        assert_eq!(find_date("2022年4月26日"), Date::new(2022, 4, 26));
        assert_eq!(find_date("２０２２年４月２６日"), Date::new(2022, 4, 26));
        for text in [
            "於10000年1月1日印發",
            "12022年4月26日",
            "922年4月26日",
            "0922年4月26日",
            "x2022年4月26日",
            "2022年2月30日",
            "2022年13月1日",
            "2022年4月260日",
        ] {
            assert_eq!(find_date(text), None, "{text}");
        }
        // A date that is no date does not hide one after it.
        assert_eq!(
            find_date("12022年4月26日、2022年4月27日"),
            Date::new(2022, 4, 27)
        );
    }

    #[test]
    fn a_date_line_is_a_date_and_nothing_else() {
        // national-2018-jiuye, line 28, padded with no-break spaces.
        assert_eq!(
            date("2018年11月16日\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}"),
            Some("2018-11-16".to_owned())
        );
        // national-2019-zongbaoqu, line 48: a space, then no-break spaces and spaces.
        assert_eq!(
            date("2019年1月12日 \u{a0} \u{a0} \u{a0} \u{a0}"),
            Some("2019-01-12".to_owned())
        );
        assert_eq!(
            date("２０１８年１１月１６日"),
            Some("2018-11-16".to_owned())
        );
        assert_eq!(
            date("二〇一八年十一月十六日"),
            Some("2018-11-16".to_owned())
        );
        assert_eq!(date("二○二二年三月二十三日"), Some("2022-03-23".to_owned()));
        assert_eq!(
            date("二零二二年三月三十一日"),
            Some("2022-03-31".to_owned())
        );
        assert_eq!(date("2018年 11月 16日"), Some("2018-11-16".to_owned()));
        for line in [
            // A date in a sentence, or with words around it.
            "2018年11月16日印发",
            "于2018年11月16日",
            "（2018年11月16日）",
            "2019年1月1日至12月31日",
            // No date: a day the month does not have, a year of five digits or two.
            "2022年2月30日",
            "20180年11月16日",
            "二〇一八年十三月一日",
            "二〇一八年四月三十一日",
            "一八年十一月十六日",
            "二十一八年十一月十六日",
            "国务院",
            "",
        ] {
            assert_eq!(date(line), None, "{line}");
        }
    }
}

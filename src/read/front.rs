//! The metadata a plan's front matter states: its title, issuer, approver, date of issue
//! and period, from the info box, the notice and the title.

use crate::base::numeral::from_numeral;
use crate::base::period::Period;
use crate::model::{Date, Metadata, PlanData};

/// Info-box keys that give the title.
const TITLE_KEYS: [&str; 3] = ["中文名", "中文名稱", "中文名称"];
/// Info-box keys that give the issuer.
const ISSUER_KEYS: [&str; 4] = ["發布單位", "发布单位", "發文機關", "发文机关"];
/// Info-box keys that give the date of issue.
const DATE_KEYS: [&str; 4] = ["頒布時間", "颁布时间", "發布時間", "发布时间"];

/// Reads title, issuer, approver, date and period from the front matter.
pub(crate) fn derive_metadata(data: &PlanData) -> Metadata {
    let entry = |keys: &[&str]| {
        data.info_box
            .iter()
            .flat_map(|info| info.entries.iter())
            .find(|entry| keys.contains(&entry.key.as_str()))
            .map(|entry| entry.value.as_str())
    };
    let notice = || data.notice.iter().chain(data.preamble.iter());
    let title = entry(&TITLE_KEYS)
        .map(str::to_owned)
        .or_else(|| notice().find_map(|line| between(line, "《", "》")));
    let approver = notice()
        .find_map(|line| between(line, "已經", "同意").or_else(|| between(line, "已经", "同意")));
    let issue_date = entry(&DATE_KEYS)
        .and_then(find_date)
        .or_else(|| data.notice.iter().find_map(|line| find_date(line)));
    let period = title.as_deref().and_then(five_year_period);
    Metadata {
        title,
        issuer: entry(&ISSUER_KEYS).map(str::to_owned),
        approver,
        issue_date,
        period,
    }
}

/// The non-empty text between the first `open` and the next `close` after it.
fn between(text: &str, open: &str, close: &str) -> Option<String> {
    // Every line of the front matter is looked at: a short one is passed over without
    // setting up a search.
    if text.len() <= open.len() + close.len() {
        return None;
    }
    let (_, rest) = text.split_once(open)?;
    let (inside, _) = rest.split_once(close)?;
    (!inside.is_empty()).then(|| inside.to_owned())
}

/// The first date written `2022年4月26日` in `text`.
///
/// Each `年` is read with the few bytes around it only: four digits before it, and one
/// or two digits, `月`, one or two digits and `日` after it, so that a text of many `年`
/// is read once, not once for each of them.
fn find_date(text: &str) -> Option<Date> {
    text.match_indices('年').find_map(|(at, _)| {
        let year = text.get(at.checked_sub(4)?..at)?;
        let rest = text.get(at + '年'.len_utf8()..)?;
        let (month, rest) = short_number_before(rest, '月')?;
        let (day, _) = short_number_before(rest, '日')?;
        if !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Date::new(year.parse().ok()?, month, day)
    })
}

/// One or two ASCII digits at the start of `text` and `mark` right after them: their
/// value and the text after the mark.
fn short_number_before(text: &str, mark: char) -> Option<(u8, &str)> {
    let digits = text.bytes().take(3).take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let (number, rest) = text.split_at_checked(digits)?;
    Some((number.parse().ok()?, rest.strip_prefix(mark)?))
}

/// The years of the five-year plan a title names in quotes: `“十四五”` is 2021–2025.
fn five_year_period(title: &str) -> Option<Period> {
    let mut rest = title;
    while let Some((_, after)) = rest.split_once('“') {
        let (quoted, tail) = after.split_once('”')?;
        if let Some(n) = quoted.strip_suffix('五').and_then(from_numeral) {
            // The first two plans ran 1953–1962; three years of adjustment followed,
            // and the third began in 1966.
            let start = match n {
                1 => 1953,
                2 => 1958,
                _ => 1966 + 5 * (u16::from(n) - 3),
            };
            return Some(Period {
                start,
                end: start + 4,
            });
        }
        rest = tail;
    }
    None
}

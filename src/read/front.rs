//! The metadata a plan's front matter states: its title, issuer, approver, date of issue
//! and period, from the info box, the notice and the title.

use crate::base::brackets::without_bracketed_end;
use crate::base::number::{digit, is_digit, run_start, year_before};
use crate::base::numeral::from_numeral;
use crate::base::period::Period;
use crate::base::span::Span;
use crate::model::{Date, Metadata, PlanData};

/// Info-box keys that give the title.
const TITLE_KEYS: [&str; 3] = ["中文名", "中文名稱", "中文名称"];
/// Info-box keys that give the issuer.
const ISSUER_KEYS: [&str; 4] = ["發布單位", "发布单位", "發文機關", "发文机关"];
/// Info-box keys that give the date of issue.
pub(crate) const DATE_KEYS: [&str; 4] = ["頒布時間", "颁布时间", "發布時間", "发布时间"];

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
    // The info box's, the plan's own title line, or a plan named in the notice.
    let title = entry(&TITLE_KEYS)
        .map(str::to_owned)
        .or_else(|| data.preamble.iter().find(|line| is_title(line)).cloned())
        .or_else(|| {
            notice()
                .filter_map(|line| between(line, "《", "》"))
                .find(|named| names_a_plan(named))
        });
    let approver = notice()
        .find_map(|line| between(line, "已經", "同意").or_else(|| between(line, "已经", "同意")));
    let issue_date = entry(&DATE_KEYS)
        .and_then(find_date)
        .or_else(|| data.notice.iter().find_map(|line| find_date(line)))
        .or_else(|| notice().find_map(|line| dated_line(line)));
    let period = title.as_deref().and_then(five_year_period);
    Metadata {
        title,
        issuer: entry(&ISSUER_KEYS).map(str::to_owned),
        approver,
        issue_date,
        period,
    }
}

/// The words a plan's title ends with: 方案, 意見, 要點, 分解, 規劃…, in either script.
const TITLE_ENDINGS: [&str; 26] = [
    "方案", "意見", "意见", "要點", "要点", "分解", "規劃", "规划", "計劃", "计划", "措施", "辦法",
    "办法", "細則", "细则", "清單", "清单", "任務", "任务", "安排", "綱要", "纲要", "決定", "决定",
    "行動", "行动",
];

/// Whether `name` names a plan of the genre: it ends with one of [`TITLE_ENDINGS`],
/// before a bracketed year such as `(2023年)`.
fn names_a_plan(name: &str) -> bool {
    let bare = without_bracketed_end(name);
    TITLE_ENDINGS.iter().any(|ending| bare.ends_with(ending))
}

/// Whether a line of the front matter is the plan's own title: a short line with no
/// punctuation of a sentence or a site's page, that names a plan.
fn is_title(line: &str) -> bool {
    let length = line.chars().count();
    (4..=80).contains(&length)
        && !line.contains(['。', '，', ',', '；', ';', ':', '：', '>', '|', '!', '！'])
        && names_a_plan(line)
}

/// The date of a front-matter line that gives the time of publishing in the form
/// `时间:2023-07-11 17:01`.
fn dated_line(line: &str) -> Option<Date> {
    const KEYS: [&str; 8] = [
        "时间",
        "時間",
        "发布时间",
        "發布時間",
        "日期",
        "发布日期",
        "發布日期",
        "成文日期",
    ];
    let (key, rest) = line.split_once([':', '：'])?;
    if !KEYS.contains(&key.trim()) {
        return None;
    }
    let rest = rest.trim_start();
    let date = rest.get(..10)?;
    // `2023-07-111` is no date of ten characters.
    if rest
        .get(10..)
        .and_then(|after| after.chars().next())
        .is_some_and(is_digit)
    {
        return None;
    }
    Date::read(date)
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

#[cfg(test)]
mod tests {
    use super::{dated_line, find_date};
    use crate::model::Date;

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
    fn a_line_of_the_time_of_publishing_is_ten_characters() {
        assert_eq!(dated_line("时间:2023-07-11 17:01"), Date::new(2023, 7, 11));
        assert_eq!(dated_line("發布日期：2023-07-11"), Date::new(2023, 7, 11));
        for line in [
            "时间:2023-07-111",
            "时间:12023-07-11",
            "时间:2023-7-11",
            "标题:2023-07-11",
        ] {
            assert_eq!(dated_line(line), None, "{line}");
        }
    }
}

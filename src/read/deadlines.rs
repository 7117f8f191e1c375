//! The deadline of a task: where its text dates the task as a whole, in a bracketed
//! note, a `完成时限` line or a deadline cell, and what the words read as.
//!
//! A task's prose is full of dates that are not its deadline: the period an action
//! covers (`2019年1月1日至12月31日`), a target's year (`到2025年…達到95%`), a step on
//! the way (`7月底前完成项目前期手续`). The reader takes none of them. It takes, in
//! one line of a task's text, the first of:
//!
//! - **a clause of a bracketed note** that is a deadline's words and nothing else: the
//!   whole note or one item of it between `，` `,` `；` `;`. `（6月底完成，牵头考核单位：
//!   市政务服务局）` gives `6月底完成`; `（2022年底前完成）` gives `2022年底前完成`;
//!   `（0.5分）（10月底完成，…）` gives `10月底完成`, the score note reading as none;
//!   `（持续推进，牵头考核单位：…）` gives `持续推进`. In a note the words must say that
//!   they set a time limit: an end (`底`, `末`, `内`), `前`, or an outcome (`完成`,
//!   `取得明显成效`…), so that a note that dates something else (`（2023年）`,
//!   `（2021—2025年）`) is none;
//! - **a labelled value**, `完成时限:2023年底` or `完成时限：长期坚持` (`完成时间`
//!   too), inside a note or not: the value after the label, up to the next `，` `；`
//!   `。` or bracket, and it must be a deadline's words whole (`完成时限:2023年` is one,
//!   `完成时限:按进度推进` none).
//!
//! And a table's deadline cell ([`in_cell`]) is read whole: `2019年底前`, `长期坚持`.
//!
//! The words of a deadline:
//!
//! - **dated**: a year `2022年` (four digits, ASCII or full-width), a month `6月` (1 to
//!   12, in digits or `六月`), or a year and a month (`2019年6月`), with after the year
//!   alone an end (`底`, `末`, `内`) or after the month `底`, `末`, `内`, `份`, `初`, `中`,
//!   `上旬`, `中旬`, `下旬` or a day (`30日`); `年底`/`年内` alone is the end of the
//!   document's year. Then `前` (`以前`, `之前`) or not, then an outcome or not:
//!   `完成`, `基本完成`, `全面完成`, `建成`, `取得明显成效`, `取得阶段性成效`,
//!   `取得成效`, `见效`, and after it `并持续推进` or `并长期坚持` or not;
//! - **ongoing**: `长期坚持`, `长期推进`, `持续推进`, `持续优化`, `持续开展`, `持续加强`,
//!   `长期`, `持续` (no date at all).
//!
//! `11月份取得明显成效` and `5月底取得明显成效并持续推进` are deadlines: an evaluation
//! scheme (`考评办法`) dates each task by when it is assessed, and that date is the
//! task's deadline whether the text asks it to be finished or to show clear results by
//! then; the quote keeps the words, so a reader sees which. Such a deadline is dated
//! (month 11, month 5), not ongoing. Not taken: `按进度推进` (no time), a quarter or a
//! half year (`一季度`, `上半年`), `到2025年` (a target's words), a range of dates.
//!
//! A month, or `年底`, without a year is in the year of the document's date of issue,
//! and the reading says so (`year_from_document`); with no date of issue the year is
//! not known. Every word is read in Traditional and Simplified script (`長期堅持`,
//! `持續推進`, `並`), digits ASCII or full-width, brackets and colons ASCII or
//! full-width. A line is walked once.

use crate::base::number::{read_run, run_len, year_of};
use crate::base::numeral::{from_numeral, is_numeral_char};
use crate::base::span::Span;
use crate::model::{Column, DeadlinePlace, PlanData, Task, TaskDeadline, tasks_mut};

/// What a deadline's words read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reading {
    /// The year it is due in, written or the document's.
    pub(crate) year: Option<u16>,
    /// The month, 1 to 12.
    pub(crate) month: Option<u8>,
    /// Whether it has no end.
    pub(crate) ongoing: bool,
    /// Whether the year is the document's, the words writing none.
    pub(crate) year_from_document: bool,
}

/// A deadline found in a line of text: where its words stand, and what they read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) span: Span,
    pub(crate) reading: Reading,
}

/// Where the words stand, which says how much they must say to be a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    /// A clause of a note: the words must say they set a limit (`底`, `前`, `完成`).
    Note,
    /// A value a label or a column names a deadline: a year or a month is enough.
    Named,
}

/// The words of an ongoing task, Simplified then Traditional, longest first.
const ONGOING: [&str; 16] = [
    "长期坚持",
    "長期堅持",
    "长期推进",
    "長期推進",
    "持续推进",
    "持續推進",
    "持续优化",
    "持續優化",
    "持续开展",
    "持續開展",
    "持续加强",
    "持續加強",
    "长期",
    "長期",
    "持续",
    "持續",
];

/// The outcomes a dated deadline may name, in either script.
const OUTCOMES: [&str; 16] = [
    "基本完成",
    "全面完成",
    "完成任务",
    "完成任務",
    "完成",
    "建成",
    "取得明显成效",
    "取得明顯成效",
    "取得阶段性成效",
    "取得階段性成效",
    "取得成效",
    "见效",
    "見效",
    "取得积极成效",
    "取得積極成效",
    "落实到位",
];

/// The labels of a deadline's value, in either script.
const LABELS: [&str; 4] = ["完成时限", "完成時限", "完成时间", "完成時間"];

/// What ends a clause of a note, or a labelled value.
fn is_separator(c: char) -> bool {
    matches!(c, '，' | ',' | '；' | ';' | '。')
}

fn is_open(c: char) -> bool {
    matches!(c, '(' | '（')
}

fn is_close(c: char) -> bool {
    matches!(c, ')' | '）')
}

/// White space around a clause or a cell.
fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// The first deadline in one line of a task's text (its body, a continuation or a
/// closing line): a clause of a bracketed note, or a labelled value, as the module docs
/// say. `document_year` is the year of the document's date of issue, if it has one.
pub(crate) fn in_text(text: &str, document_year: Option<u16>) -> Option<Found> {
    // Most lines have neither a bracket nor a label: a fast search passes them over.
    if !text.contains('(') && !text.contains('（') && !text.contains('完') {
        return None;
    }
    let mut depth = 0usize;
    // Where the outermost bracket's inside starts.
    let mut inside = 0;
    // Text before this offset was the value of a label read already.
    let mut skip_to = 0;
    for (at, c) in text.char_indices() {
        if is_open(c) {
            if depth == 0 {
                inside = at + c.len_utf8();
            }
            depth += 1;
        } else if is_close(c) && depth > 0 {
            depth -= 1;
            if depth == 0 {
                if let Some(found) = in_note(
                    text,
                    Span {
                        start: inside,
                        end: at,
                    },
                    document_year,
                ) {
                    return Some(found);
                }
            }
        } else if c == '完' && depth == 0 && at >= skip_to {
            let Some(value) = labelled_value(text, at) else {
                continue;
            };
            if let Some(found) = read_span(text, value, Context::Named, document_year) {
                return Some(found);
            }
            skip_to = value.end;
        }
    }
    None
}

/// The deadline a table's deadline cell states, read whole (white space and a final
/// `。` around it aside): `2019年底前`, `长期坚持`, `2022年6月`.
pub(crate) fn in_cell(text: &str, document_year: Option<u16>) -> Option<Found> {
    let span = trimmed(
        text,
        Span {
            start: 0,
            end: text.len(),
        },
    );
    read_span(text, span, Context::Named, document_year)
}

/// What a deadline's quote reads as, the quote alone: what loading checks a
/// [`TaskDeadline`]'s fields against.
pub(crate) fn read_quote(quote: &str, document_year: Option<u16>) -> Option<Reading> {
    words(quote, Context::Named, document_year)
}

/// The task's deadline: a table row's deadline cell, or else the first its text gives,
/// in the order of its lines (the title, the body, the continuation lines, the lines after its
/// responsibility).
pub(crate) fn of_task(task: &Task, document_year: Option<u16>) -> Option<TaskDeadline> {
    let cell = task
        .row
        .iter()
        .enumerate()
        .filter(|(_, cell)| cell.column == Column::Deadline)
        .find_map(|(i, cell)| {
            let found = in_cell(&cell.text, document_year)?;
            deadline(&cell.text, DeadlinePlace::Cell(i), found)
        });
    if cell.is_some() {
        return cell;
    }
    let mut lines = [
        (DeadlinePlace::Title, task.title.as_str()),
        (DeadlinePlace::Body, task.body.as_str()),
    ]
    .into_iter()
    .chain(
        task.continuation
            .iter()
            .enumerate()
            .map(|(i, line)| (DeadlinePlace::Continuation(i), line.as_str())),
    )
    .chain(
        task.closing
            .iter()
            .enumerate()
            .map(|(i, line)| (DeadlinePlace::Closing(i), line.as_str())),
    );
    lines.find_map(|(place, text)| {
        let found = in_text(text, document_year)?;
        deadline(text, place, found)
    })
}

/// The deadline `found` in `text`, standing at `place`.
pub(crate) fn deadline(text: &str, place: DeadlinePlace, found: Found) -> Option<TaskDeadline> {
    Some(TaskDeadline {
        quote: found.span.of(text)?.to_owned(),
        place,
        span: found.span,
        year: found.reading.year,
        month: found.reading.month,
        ongoing: found.reading.ongoing,
        year_from_document: found.reading.year_from_document,
    })
}

/// Whether `line` is a labelled deadline and nothing else, its value at `value`:
/// `完成時限:2023年底`, with white space and a final `。` or not. Such a line is read
/// whole, where any other line after a task's responsibility is kept unread.
pub(crate) fn is_whole_line(line: &str, value: Span) -> bool {
    let (Some(before), Some(after)) = (line.get(..value.start), line.get(value.end..)) else {
        return false;
    };
    let label = before.trim_matches(is_space);
    let label = label
        .strip_suffix([':', '：'])
        .map(|label| label.trim_end_matches(is_space));
    let after = after.trim_matches(is_space);
    label.is_some_and(|label| LABELS.contains(&label)) && matches!(after, "" | "。")
}

/// The year of the document's date of issue, which a month without a year is in.
pub(crate) fn document_year(data: &PlanData) -> Option<u16> {
    data.metadata.issue_date.map(|date| date.year)
}

/// Sets each task's deadline from its text, once the metadata, and so the document's
/// year, is known.
pub(crate) fn fill(data: &mut PlanData) {
    let year = document_year(data);
    for task in tasks_mut(data) {
        task.deadline = of_task(task, year);
    }
}

/// The first deadline among the clauses of the note whose inside is at `inside` of
/// `text`: a clause that is a deadline's words, or a labelled value.
fn in_note(text: &str, inside: Span, document_year: Option<u16>) -> Option<Found> {
    let note = inside.of(text)?;
    let mut depth = 0usize;
    let mut start = inside.start;
    let ends = note
        .char_indices()
        .filter_map(|(at, c)| {
            if is_open(c) {
                depth += 1;
            } else if is_close(c) {
                depth = depth.saturating_sub(1);
            } else if depth == 0 && is_separator(c) {
                return Some((inside.start + at, c.len_utf8()));
            }
            None
        })
        .chain(std::iter::once((inside.end, 0)));
    for (end, width) in ends {
        let clause = trimmed(text, Span { start, end });
        start = end + width;
        let value = text
            .get(clause.start..)
            .filter(|rest| rest.starts_with('完'))
            .and_then(|_| labelled_value(text, clause.start))
            .filter(|value| value.end <= clause.end);
        let found = match value {
            Some(value) => read_span(text, value, Context::Named, document_year),
            None => read_span(text, clause, Context::Note, document_year),
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// Where the value of a label that starts at `at` of `text` stands: after the label
/// and its colon, up to the next separator or bracket or the end of the line, white
/// space aside. `None` where no label and colon start there.
fn labelled_value(text: &str, at: usize) -> Option<Span> {
    let rest = text.get(at..)?;
    let label = LABELS.iter().find(|label| rest.starts_with(*label))?;
    let after = rest.get(label.len()..)?;
    let colon = after.chars().next().filter(|c| matches!(c, ':' | '：'))?;
    let start = at + label.len() + colon.len_utf8();
    let value = text.get(start..)?;
    let len = value
        .find(|c: char| is_separator(c) || is_open(c) || is_close(c))
        .unwrap_or(value.len());
    Some(trimmed(
        text,
        Span {
            start,
            end: start + len,
        },
    ))
}

/// `span` of `text` without the white space at either end.
fn trimmed(text: &str, span: Span) -> Span {
    let Some(inner) = span.of(text) else {
        return span;
    };
    let start = span.start + (inner.len() - inner.trim_start_matches(is_space).len());
    let end = span.start + inner.trim_end_matches(is_space).len();
    if start >= end {
        return Span { start, end: start };
    }
    Span { start, end }
}

/// The deadline the words at `span` of `text` state whole, with a final `。` left out.
fn read_span(
    text: &str,
    span: Span,
    context: Context,
    document_year: Option<u16>,
) -> Option<Found> {
    let quote = span.of(text)?;
    let quote = quote
        .strip_suffix('。')
        .unwrap_or(quote)
        .trim_end_matches(is_space);
    let span = Span {
        start: span.start,
        end: span.start + quote.len(),
    };
    let reading = words(quote, context, document_year)?;
    Some(Found { span, reading })
}

/// What `words`, whole, read as: an ongoing task's words or a dated deadline's.
fn words(words: &str, context: Context, document_year: Option<u16>) -> Option<Reading> {
    if words.is_empty() {
        return None;
    }
    if ONGOING.contains(&words) {
        return Some(Reading {
            year: None,
            month: None,
            ongoing: true,
            year_from_document: false,
        });
    }
    let dated = dated(words)?;
    if context == Context::Note && !dated.limit {
        return None;
    }
    let written = dated.year.is_some();
    Some(Reading {
        year: dated.year.or(document_year),
        month: dated.month,
        ongoing: false,
        year_from_document: !written && document_year.is_some(),
    })
}

/// A dated deadline's words as read: the year and month written, and whether the
/// words say they set a limit.
struct Dated {
    year: Option<u16>,
    month: Option<u8>,
    limit: bool,
}

/// Reads `words` whole as a dated deadline (see the module docs).
fn dated(words: &str) -> Option<Dated> {
    let mut rest = words;
    let mut limit = false;
    // The year: `2022年`, or `年底` alone.
    let mut year = None;
    let run = run_len(rest);
    if let Some(after) = rest
        .get(..run)
        .and_then(year_of)
        .and_then(|y| Some((y, rest.get(run..)?.strip_prefix('年')?)))
    {
        year = Some(after.0);
        rest = after.1;
    }
    let month = match month(rest) {
        Some((value, after)) => {
            rest = after;
            Some(value)
        }
        None => None,
    };
    match (year, month) {
        (_, Some(_)) => {
            if let Some(after) = strip_any(rest, &["底", "末", "内", "內"]) {
                rest = after;
                limit = true;
            } else if let Some(after) = strip_any(rest, &["份", "初", "上旬", "中旬", "下旬", "中"])
            {
                rest = after;
            } else if let Some(after) = day(rest) {
                rest = after;
            }
        }
        (Some(_), None) => {
            if let Some(after) = strip_any(rest, &["底", "末", "内", "內"]) {
                rest = after;
                limit = true;
            }
        }
        (None, None) => {
            // `年底前完成`: the end of the document's year.
            rest = strip_any(rest, &["年底", "年末", "年内", "年內"])?;
            limit = true;
        }
    }
    if let Some(after) = strip_any(rest, &["以前", "之前", "前"]) {
        rest = after;
        limit = true;
    }
    if let Some(after) = strip_any(rest, &OUTCOMES) {
        rest = after;
        limit = true;
        if let Some(after) = strip_any(rest, &["并", "並"]) {
            rest = strip_any(after, &ONGOING)?;
        }
    }
    rest.is_empty().then_some(Dated { year, month, limit })
}

/// `text` after the first of `prefixes` it starts with.
fn strip_any<'t>(text: &'t str, prefixes: &[&str]) -> Option<&'t str> {
    prefixes.iter().find_map(|prefix| text.strip_prefix(prefix))
}

/// A month at the start of `text`, `6月` or `六月`, 1 to 12, and the text after it.
fn month(text: &str) -> Option<(u8, &str)> {
    let digits = run_len(text);
    let (value, after) = if digits > 0 {
        let run = text.get(..digits)?;
        (small_number(run, 2)?, text.get(digits..)?)
    } else {
        let len: usize = text
            .chars()
            .take_while(|&c| is_numeral_char(c))
            .map(char::len_utf8)
            .sum();
        (from_numeral(text.get(..len)?)?, text.get(len..)?)
    };
    let after = after.strip_prefix('月')?;
    (1..=12).contains(&value).then_some((value, after))
}

/// A day at the start of `text`, `30日` or `30号`, 1 to 31, and the text after it.
fn day(text: &str) -> Option<&str> {
    let digits = run_len(text);
    let value = small_number(text.get(..digits)?, 2)?;
    let after = strip_any(text.get(digits..)?, &["日", "号", "號"])?;
    (1..=31).contains(&value).then_some(after)
}

/// The whole number a run of at most `max` digits writes, ASCII or full-width, with no
/// zero before other digits.
fn small_number(run: &str, max: usize) -> Option<u8> {
    if run.is_empty() || run.chars().count() > max {
        return None;
    }
    let digits = read_run(run).ok()?;
    if digits.scale != 0 || run.contains(['.', '．', ',']) {
        return None;
    }
    u8::try_from(digits.mantissa).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deadline's quote, year, month, whether ongoing and whether the year is the
    /// document's.
    type Read<'t> = (&'t str, Option<u16>, Option<u8>, bool, bool);

    /// The deadline in `text`, read in a document of 2022.
    fn read(text: &str) -> Option<Read<'_>> {
        let found = in_text(text, Some(2022))?;
        let r = found.reading;
        Some((
            found.span.of(text)?,
            r.year,
            r.month,
            r.ongoing,
            r.year_from_document,
        ))
    }

    #[test]
    fn a_month_in_a_note_takes_the_documents_year() {
        assert_eq!(
            read("推进各级大厅智能化设备应用。（6月底完成，牵头考核单位：市审批服务局）"),
            Some(("6月底完成", Some(2022), Some(6), false, true))
        );
        assert_eq!(
            read("乙。（10月底完成）"),
            Some(("10月底完成", Some(2022), Some(10), false, true))
        );
        // Without a date of issue, the year is not known.
        let found = in_text("乙。（6月底完成）", None).map(|f| f.reading);
        assert_eq!(
            found,
            Some(Reading {
                year: None,
                month: Some(6),
                ongoing: false,
                year_from_document: false
            })
        );
    }

    #[test]
    fn a_year_in_a_note_is_written() {
        assert_eq!(
            read("乙。（2022年底前完成）"),
            Some(("2022年底前完成", Some(2022), None, false, false))
        );
        assert_eq!(
            read("乙(2019年6月底前,市民政局負責)"),
            Some(("2019年6月底前", Some(2019), Some(6), false, false))
        );
        assert_eq!(
            read("乙（２０２３年底前）"),
            Some(("２０２３年底前", Some(2023), None, false, false))
        );
        assert_eq!(
            read("乙（年底前完成）"),
            Some(("年底前完成", Some(2022), None, false, true))
        );
        assert_eq!(
            read("乙（2022年6月30日前完成）"),
            Some(("2022年6月30日前完成", Some(2022), Some(6), false, false))
        );
        assert_eq!(
            read("乙（六月底前完成）"),
            Some(("六月底前完成", Some(2022), Some(6), false, true))
        );
    }

    #[test]
    fn an_ongoing_task_has_no_date() {
        for (text, quote) in [
            ("乙。（持续推进，牵头考核单位：市工信局）", "持续推进"),
            ("乙。(持續推進,牽頭考核單位:市工信局)", "持續推進"),
            ("乙。（长期坚持）", "长期坚持"),
            ("乙。(長期堅持)", "長期堅持"),
            ("乙。（长期）", "长期"),
            ("乙。（持续，牵头单位：市民政局）", "持续"),
            (
                "乙。（持续优化，牵头考核单位：市住建局、审批服务局）",
                "持续优化",
            ),
            ("乙。(持續開展)", "持續開展"),
        ] {
            assert_eq!(read(text), Some((quote, None, None, true, false)), "{text}");
        }
    }

    #[test]
    fn results_by_a_month_are_a_deadline() {
        assert_eq!(
            read(
                "初步建成全市三维地理空间信息平台。（11月份取得明显成效，牵头考核单位：市工信局）"
            ),
            Some(("11月份取得明显成效", Some(2022), Some(11), false, true))
        );
        assert_eq!(
            read("乙。（5月底取得明显成效并持续推进，牵头考核单位：市审批服务局）"),
            Some((
                "5月底取得明显成效并持续推进",
                Some(2022),
                Some(5),
                false,
                true
            ))
        );
        assert_eq!(
            read("乙。（6月底取得階段性成效並持續推進）"),
            Some((
                "6月底取得階段性成效並持續推進",
                Some(2022),
                Some(6),
                false,
                true
            ))
        );
    }

    #[test]
    fn the_first_note_that_is_a_deadline_counts() {
        // A score note first, which is no deadline.
        assert_eq!(
            read("乙。（0.5分）（10月底完成，牵头考核单位：市民政局）"),
            Some(("10月底完成", Some(2022), Some(10), false, true))
        );
        // A deadline after the label in the note.
        assert_eq!(
            read("乙。（牵头单位：市民政局；完成时限：2023年底）"),
            Some(("2023年底", Some(2023), None, false, false))
        );
        // Nested brackets in an item do not split the note.
        assert_eq!(
            read("乙。（市政府（牵头），6月底前完成）"),
            Some(("6月底前完成", Some(2022), Some(6), false, true))
        );
    }

    #[test]
    fn a_labelled_value_is_a_deadline() {
        assert_eq!(
            read("完成时限:2023年底"),
            Some(("2023年底", Some(2023), None, false, false))
        );
        assert_eq!(
            read("完成時限：長期堅持"),
            Some(("長期堅持", None, None, true, false))
        );
        assert_eq!(
            read("完成时限：2023年"),
            Some(("2023年", Some(2023), None, false, false))
        );
        assert_eq!(
            read("完成时间：2022年6月。"),
            Some(("2022年6月", Some(2022), Some(6), false, false))
        );
        assert_eq!(
            read("完成時限: １１月底 "),
            Some(("１１月底", Some(2022), Some(11), false, true))
        );
        assert_eq!(
            read("甲。完成时限：2024年底；"),
            Some(("2024年底", Some(2024), None, false, false))
        );
    }

    #[test]
    fn a_cell_is_read_whole() {
        let cell = |text: &str| {
            let found = in_cell(text, Some(2022))?;
            Some((found.span.of(text)?.to_owned(), found.reading))
        };
        let dated = |year, month| Reading {
            year,
            month,
            ongoing: false,
            year_from_document: false,
        };
        assert_eq!(
            cell("2019年底前"),
            Some(("2019年底前".to_owned(), dated(Some(2019), None)))
        );
        assert_eq!(
            cell(" 2019年 "),
            Some(("2019年".to_owned(), dated(Some(2019), None)))
        );
        assert_eq!(
            cell("长期坚持"),
            Some((
                "长期坚持".to_owned(),
                Reading {
                    year: None,
                    month: None,
                    ongoing: true,
                    year_from_document: false
                }
            ))
        );
        assert_eq!(
            cell("持續推進"),
            Some((
                "持續推進".to_owned(),
                Reading {
                    year: None,
                    month: None,
                    ongoing: true,
                    year_from_document: false
                }
            ))
        );
        assert_eq!(cell("按进度推进"), None);
        assert_eq!(cell("2019年底前完成验收工作"), None);
        assert_eq!(cell(""), None);
    }

    #[test]
    fn dates_in_prose_are_no_deadline() {
        for text in [
            // The period an action covers, a target's year, a step on the way.
            "2019年1月1日至12月31日，开展专项行动。",
            "到2025年，养老机构护理型床位占比达到60%。",
            "7月底前完成项目前期手续，实现平台基础建设和重点功能。",
            "加快实施部分核心设备利旧替代工程，年底前完成全部改造任务。",
            // A note that dates something else, or gives no time.
            "编制规划（2021—2025年）。",
            "责任分解（2023年）。",
            "乙。（2022年6月）",
            "乙。（按进度推进，牵头考核单位：市发改委）",
            "乙。（0.5分）",
            "乙。（上半年完成）",
            "乙。（到2025年底）",
            // A clause that holds more than a deadline.
            "乙。（6月底完成验收并报市政府）",
            "乙。（持续推进数据共享）",
            // A label whose value is no deadline, or with no colon.
            "完成时限：按进度推进",
            "完成时限2023年底",
            // Not a month, not a year.
            "乙。（13月底完成）",
            "乙。（0月底完成）",
            "乙。（06月底完成）",
            "乙。（12022年底前完成）",
            "乙。（1２月底完成）",
            // A bracket left open.
            "乙。（6月底完成",
            "",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn the_quote_reads_back_as_its_fields() {
        let reading = read_quote("6月底完成", Some(2022));
        assert_eq!(
            reading,
            Some(Reading {
                year: Some(2022),
                month: Some(6),
                ongoing: false,
                year_from_document: true
            })
        );
        // A labelled value needs no word of limit.
        assert!(read_quote("2023年", None).is_some());
        assert_eq!(read_quote("6月底完成了", Some(2022)), None);
    }

    #[test]
    fn a_long_line_of_labels_and_brackets_is_read_in_one_pass() {
        // Labels whose values are no deadline, and brackets with no deadline, many
        // times over; the answer is none, and comes at once.
        let line = "完成时限：完成时限：按期（（（".repeat(20_000);
        assert_eq!(read(&line), None);
        let line = "（0.5分）".repeat(20_000) + "（6月底完成）";
        assert_eq!(read(&line).map(|found| found.0), Some("6月底完成"));
    }
}

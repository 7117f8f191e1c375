//! The target extractor: finds candidate targets in text of the genre by pattern, for
//! [`parse`](crate::parse()) to attach to any plan it reads.
//!
//! Sentences end at `。`; clauses at `,` `，` `;` `；` outside brackets and quotes (a
//! `,` between two digits groups them, `1,000`). A clause that opens with `到YYYY年` (or
//! `到YYYY年底`, `到YYYY年末`) dates every clause after it to the end of the sentence; in
//! an objectives part, a paragraph that opens with one is dated throughout. A clause is
//! a quantitative candidate where it states a number with `%`, `平方米` or a counter
//! (`套`, `項`, `所`, `名`, `個`), with the comparator the words around it give
//! (`達到`, `至少`, `不少於`, `以上`, a range `1-2`, `60%-90%`, `3至5`); a dated clause
//! without a number is a qualitative candidate. Two numbers in one clause split it at
//! the `、` between them.
//!
//! A number is read whole or not at all ([`number`](crate::base::number)): digits, ASCII
//! or full-width, with a `萬`, `億`, `千` or `百` after them that multiplies them, or a
//! count in Chinese numerals before a counter (`一所`, `三千個`). A number before a unit
//! that states no quantity (`1e309%`, `-5%`, `.5%`, `1,00套`, `5-3個`, `三五個`) gives
//! the clause no number, and is kept, with why, for the diagnostics ([`unread_in`]);
//! an ordinal (`第3個`) is no quantity, and no finding.

use std::cell::OnceCell;

use crate::base::number::{NotANumber, is_digit, read_run, run_len, run_start};
use crate::base::numeral::count_value;
use crate::base::span::Span;
use crate::model::{
    Comparator, Deadline, Decimal, PartKind, PlanData, Quantity, Target, Unit, deadline_range,
};

/// The candidate targets of a plan just read: those of each objectives part's prose,
/// then those of each task body, in the order of the text, numbered as
/// [`Target::id`] describes. Their metric is their quote, and they have no English yet.
/// A commitment dated outside the plan period (a long-range goal such as `到2035年` in a
/// five-year plan) is not one of the plan's targets, and is left out.
pub(crate) fn targets(data: &PlanData) -> Vec<Target> {
    let (range, _) = deadline_range(&data.metadata);
    let in_range = |found: &Found| found.deadline.is_none_or(|d| range.contains(d.year));
    let mut targets = Vec::new();
    for part in &data.parts {
        if part.kind == PartKind::Objectives {
            let mut count = 0;
            for (index, paragraph) in part.paragraphs.iter().enumerate() {
                for found in targets_in(paragraph, true).into_iter().filter(in_range) {
                    count += 1;
                    targets.push(found.into_target(
                        format!("p{}.{count}", part.number),
                        part.number,
                        None,
                        Some(index),
                        paragraph,
                    ));
                }
            }
        }
        let tasks = part
            .tasks
            .iter()
            .chain(part.groups.iter().flat_map(|group| group.tasks.iter()));
        for task in tasks {
            let found = targets_in(&task.body, false).into_iter().filter(in_range);
            for (count, found) in found.enumerate() {
                targets.push(found.into_target(
                    format!("t{}.{}", task.number, count + 1),
                    part.number,
                    Some(task.number),
                    None,
                    &task.body,
                ));
            }
        }
    }
    targets
}

impl Found {
    fn into_target(
        self,
        id: String,
        part: u8,
        task: Option<u16>,
        paragraph: Option<usize>,
        text: &str,
    ) -> Target {
        let quote = self.span.of(text).unwrap_or_default().to_owned();
        Target {
            id,
            part,
            task,
            paragraph,
            metric: quote.clone(),
            quote,
            span: self.span,
            metric_english: None,
            quantity: self.quantity,
            deadline: self.deadline,
            dated_by: self.dated_by,
        }
    }
}

/// A candidate target: a piece of the text, what it states and what dates it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) span: Span,
    pub(crate) quantity: Option<Quantity>,
    pub(crate) deadline: Option<Deadline>,
    pub(crate) dated_by: Option<Span>,
}

/// Words before a number that make it a lower bound.
const AT_LEAST: [&str; 5] = ["至少", "不少於", "不少于", "不低於", "不低于"];
/// Words before a number that make it a level to reach.
const REACH: [&str; 2] = ["達到", "达到"];
/// How many characters before a number a comparator may stand (`至少建成一所`).
const COMPARATOR_REACH: usize = 4;

/// The bytes [`targets_in`] stops at: the ASCII separators and brackets, and the lead
/// bytes of the others.
// Indexing here runs at compile time: an index out of range would fail the build.
#[allow(clippy::indexing_slicing)]
const CANDIDATE: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = matches!(i as u8, b',' | b';' | b'(' | b')' | 0xE2 | 0xE3 | 0xEF);
        i += 1;
    }
    table
};

/// Whether [`targets_in`] decodes the character that starts with `byte`.
fn is_candidate(byte: u8) -> bool {
    CANDIDATE.get(usize::from(byte)).copied().unwrap_or(false)
}

/// The candidate targets in `text`, in order. With `whole`, a date that opens the text
/// dates all of it (the objectives part's prose).
pub(crate) fn targets_in(text: &str, whole: bool) -> Vec<Found> {
    read(text, whole).found
}

/// The numbers before a unit in `text` that state no quantity, and the `到…年` whose
/// digits are no year, in order, each with the deadline in force where it stands: what
/// [`targets_in`] reads but does not take as a number or a date, for the diagnostics to
/// report.
pub(crate) fn unread_in(text: &str, whole: bool) -> Vec<Unread> {
    read(text, whole).unread
}

/// Reads `text` clause by clause.
fn read(text: &str, whole: bool) -> Reader<'_> {
    let opening = if whole {
        Deadline::read_zh(text).map(|(deadline, len)| (deadline, Span { start: 0, end: len }))
    } else {
        None
    };
    let mut reader = Reader {
        text,
        date: opening,
        found: Vec::new(),
        unread: Vec::new(),
    };
    // One pass over the bytes: every character looked for is ASCII or starts with one
    // of the lead bytes 0xE2 (“ ” ‘ ’), 0xE3 (。《》「」) or 0xEF (，；（）), so only those
    // are decoded.
    let mut depth = 0usize;
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(skip) = bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|&b| is_candidate(b)))
    {
        let at = from + skip;
        from = at + 1;
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            continue;
        };
        match c {
            '(' | '（' | '“' | '‘' | '《' | '「' => depth += 1,
            ')' | '）' | '”' | '’' | '》' | '」' => depth = depth.saturating_sub(1),
            // A comma between two digits groups them (`1,000`): it ends no clause.
            ',' if groups_digits(bytes, at) => {}
            ',' | '，' | ';' | '；' | '。' if depth == 0 => {
                reader.clause(Span { start, end: at });
                if c == '。' {
                    reader.date = opening;
                }
                start = at + c.len_utf8();
            }
            _ => {}
        }
    }
    reader.clause(Span {
        start,
        end: text.len(),
    });
    reader
}

/// The length of the `到…年` that opens `text` with digits where no year stands
/// (`到12025年`, `到925年`, `到２０２５年`); `None` where a deadline or no such words open it.
fn no_deadline(text: &str) -> Option<usize> {
    let rest = text.strip_prefix('到')?;
    let len = run_len(rest);
    let run = rest.get(..len)?;
    if !run.chars().any(is_digit) || Deadline::read_zh(text).is_some() {
        return None;
    }
    rest.get(len..)?
        .starts_with('年')
        .then_some('到'.len_utf8() + len + '年'.len_utf8())
}

/// Whether the ASCII comma at byte `at` of `bytes` stands between two digits, ASCII or
/// full-width (`1,000`, `１,０００`).
fn groups_digits(bytes: &[u8], at: usize) -> bool {
    let ascii = |b: Option<&u8>| b.is_some_and(u8::is_ascii_digit);
    // A full-width digit is EF BC 90 to EF BC 99.
    let wide = |b: Option<&[u8]>| b.is_some_and(|b| matches!(b, [0xEF, 0xBC, 0x90..=0x99]));
    let before = ascii(at.checked_sub(1).and_then(|i| bytes.get(i)))
        || wide(at.checked_sub(3).and_then(|i| bytes.get(i..at)));
    let after = ascii(bytes.get(at + 1)) || wide(bytes.get(at + 1..at + 4));
    before && after
}

/// What reading one text keeps between its clauses: the date in force, the targets
/// found so far and the numbers that state no quantity.
struct Reader<'a> {
    text: &'a str,
    date: Option<(Deadline, Span)>,
    found: Vec<Found>,
    unread: Vec<Unread>,
}

impl Reader<'_> {
    /// Reads one clause: a date that opens it, and the numbers it states.
    fn clause(&mut self, clause: Span) {
        let text = self.text;
        let mut clause = trim(text, clause);
        if let Some((deadline, len)) = clause.of(text).and_then(Deadline::read_zh) {
            let at = Span {
                start: clause.start,
                end: clause.start + len,
            };
            self.date = Some((deadline, at));
            clause = trim(
                text,
                Span {
                    start: at.end,
                    end: clause.end,
                },
            );
        } else if let Some(len) = clause.of(text).and_then(no_deadline) {
            // `到12025年` dates what follows it to no year the text states: what follows
            // is undated, not dated by the date before.
            self.date = None;
            self.unread.push(Unread {
                at: Span {
                    start: clause.start,
                    end: clause.start + len,
                },
                why: Why::NotAYear,
                deadline: None,
            });
        }
        if clause.start >= clause.end {
            return;
        }
        // Two numbers in one clause cut it at the last `、` between them. The numbers
        // are read one at a time, each compared with the one before.
        let mut start = clause.start;
        let mut last: Option<Stated> = None;
        let mut current = None;
        for reading in Numbers::new(text, clause) {
            let stated = match reading {
                Reading::Stated(stated) => stated,
                Reading::Unread(at, why) => {
                    self.unread.push(Unread {
                        at,
                        why,
                        deadline: self.date.map(|(deadline, _)| deadline),
                    });
                    continue;
                }
            };
            let Some(before) = last.replace(stated) else {
                current = Some(stated.quantity);
                continue;
            };
            let between = Span {
                start: before.at.end,
                end: stated.at.start,
            };
            let Some(cut) = between
                .of(text)
                .and_then(|gap| gap.rfind('、'))
                .map(|at| between.start + at)
            else {
                continue;
            };
            self.push(trim(text, Span { start, end: cut }), current);
            start = cut + '、'.len_utf8();
            current = Some(stated.quantity);
        }
        if current.is_none() {
            if self.date.is_some() {
                self.push(clause, None);
            }
            return;
        }
        let end = clause.end;
        self.push(trim(text, Span { start, end }), current);
    }

    fn push(&mut self, span: Span, quantity: Option<Quantity>) {
        self.found.push(Found {
            span,
            quantity,
            deadline: self.date.map(|(deadline, _)| deadline),
            dated_by: self.date.map(|(_, at)| at),
        });
    }
}

/// The span without the whitespace at either end.
fn trim(text: &str, span: Span) -> Span {
    let Some(slice) = span.of(text) else {
        return span;
    };
    let start = span.start + (slice.len() - slice.trim_start().len());
    let end = span.end - (slice.len() - slice.trim_end().len());
    Span {
        start,
        end: end.max(start),
    }
}

/// A number stated in the text, where it stands and what it is.
#[derive(Debug, Clone, Copy)]
struct Stated {
    at: Span,
    quantity: Quantity,
}

/// A number before a unit that states no quantity, or a `到…年` whose digits are no
/// year: where it stands (with the unit), why, and the deadline in force there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unread {
    /// The number with its unit (`1e309%`), or the range (`5-3個`), in the text read.
    pub(crate) at: Span,
    /// Why it states no quantity.
    pub(crate) why: Why,
    /// The deadline in force where it stands.
    pub(crate) deadline: Option<Deadline>,
}

/// Why a number before a unit states no quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Why {
    /// Its run of characters is no number: `1e309`, `.5`, `1,00`.
    Number(NotANumber),
    /// Chinese numerals that write no count: `三五`, `一百一千`.
    Numeral,
    /// Digits and multipliers mixed in a form not taken apart: `5萬3千`.
    Mixed,
    /// A minus sign before it: `-5%`. A quantity is at least 0.
    Negative,
    /// A digit before it across a comma or a space (`1，000`, `2 0%`): one number or two.
    Ambiguous,
    /// A range whose upper end is not above its lower end: `5-3個`.
    RangeDown,
    /// A dash between it and the number before, which makes no range: `60%-90個`.
    NoRange,
    /// A `到…年` whose digits are no year: `到12025年`.
    NotAYear,
}

impl Why {
    /// Why, in words, for a message.
    pub(crate) fn reason(self) -> &'static str {
        match self {
            Why::Number(not) => not.reason(),
            Why::Numeral => {
                "its Chinese numerals write no count: digits side by side, or units that do not fall"
            }
            Why::Mixed => {
                "it mixes digits with 萬, 千 or other numerals after the first multiplier, a form this reader does not take apart"
            }
            Why::Negative => "a minus sign stands before it, and a target's value is at least 0",
            Why::Ambiguous => {
                "a digit stands before it across a comma or a space, so the text may write one number or two"
            }
            Why::RangeDown => "the range does not run upwards",
            Why::NoRange => "a dash joins it to the number before, but the two make no range",
            Why::NotAYear => {
                "a year is four digits, the first not 0, so it dates nothing, and what follows it to the end of the sentence is undated"
            }
        }
    }
}

/// What a clause states at one number: a quantity, or a number before a unit that
/// states none, where it stands in the text and why.
#[derive(Debug, Clone, Copy)]
enum Reading {
    Stated(Stated),
    Unread(Span, Why),
}

/// A number read in a clause: where it ends (after a `萬` or `億` that multiplies it),
/// what it states, and whether it is written in Chinese numerals.
#[derive(Debug, Clone, Copy)]
struct Read {
    end: usize,
    value: Result<Decimal, Why>,
    /// The power of ten a `萬`, `億`, `千` or `百` after it multiplied it by.
    power: u32,
    chinese: bool,
}

/// Every number a clause states before a unit, in order, read one at a time.
struct Numbers<'a> {
    /// The whole text, for what stands before the clause.
    text: &'a str,
    /// Where the clause starts in the text.
    offset: usize,
    words: Words<'a>,
    chars: std::str::CharIndices<'a>,
    /// Where in the clause the next number may start.
    resume: usize,
    /// Where in the clause the last number read with its unit ends.
    last_end: Option<usize>,
}

impl<'a> Numbers<'a> {
    fn new(text: &'a str, clause: Span) -> Numbers<'a> {
        let slice = clause.of(text).unwrap_or_default();
        Numbers {
            text,
            offset: clause.start,
            words: Words::new(slice),
            chars: slice.char_indices(),
            resume: 0,
            last_end: None,
        }
    }

    /// The number that starts at byte `at` of the clause: a run of digits (see
    /// [`number`](crate::base::number)) with a `萬`, `億`, `千` or `百` after it, or a run
    /// of Chinese numerals. Where neither starts, the length of the run of letters there
    /// (0 if none), to be skipped whole.
    fn number_at(&self, at: usize) -> Result<Read, usize> {
        let rest = self.words.clause.get(at..).unwrap_or_default();
        let Some(c) = rest.chars().next() else {
            return Err(0);
        };
        if numeral(c).is_some() {
            let len = rest
                .char_indices()
                .find(|&(_, c)| !is_chinese_numeral(c))
                .map_or(rest.len(), |(i, _)| i);
            let run = rest.get(..len).unwrap_or_default();
            let value = chinese_value(run).map(Decimal::from).ok_or(Why::Numeral);
            return Ok(Read {
                end: at + len,
                value,
                power: 0,
                chinese: true,
            });
        }
        let len = run_len(rest);
        let run = rest.get(..len).unwrap_or_default();
        if !run.chars().any(is_digit) {
            return Err(len);
        }
        let (power, power_len) = multiplier(rest.get(len..).unwrap_or_default());
        let mut value = read_run(run).map_err(Why::Number).and_then(|digits| {
            Decimal::from_digits(digits)
                .and_then(|value| value.times_ten_to(power))
                .ok_or(Why::Number(NotANumber::TooPrecise))
        });
        let mut end = len + power_len;
        // More digits or numerals after a multiplier (`5萬3千`): a form not taken apart,
        // read to its end, so that its tail is not read alone.
        if power_len > 0 {
            let tail = rest.get(end..).unwrap_or_default();
            let more = tail
                .char_indices()
                .find(|&(_, c)| !(is_digit(c) || is_chinese_numeral(c)))
                .map_or(tail.len(), |(i, _)| i);
            if more > 0 {
                end += more;
                value = Err(Why::Mixed);
            }
        }
        Ok(Read {
            end: at + end,
            value,
            power,
            chinese: false,
        })
    }

    /// The unit after a number read, if one follows it: any unit after digits, a
    /// counter after Chinese numerals (`一所`, not `一體化`).
    fn unit_after(&self, read: &Read) -> Option<(Unit, usize)> {
        let rest = self.words.clause.get(read.end..)?;
        if read.chinese && !rest.starts_with(COUNTERS) {
            return None;
        }
        unit_at(&self.words, read.end)
    }

    /// The second number of a range after the connector at byte `at`, with its unit.
    fn upper_end(&self, at: usize) -> Option<(Read, Unit, usize)> {
        let connector = self
            .words
            .clause
            .get(at..)?
            .chars()
            .next()
            .filter(|&c| CONNECTORS.contains(&c))?;
        let read = self.number_at(at + connector.len_utf8()).ok()?;
        let (unit, unit_len) = self.unit_after(&read)?;
        Some((read, unit, unit_len))
    }

    /// What stands right before the number at byte `at` of the clause that makes it no
    /// quantity, whatever it writes (a minus sign, or a digit across a comma or a space),
    /// and where in the text the words a message quotes start: at the sign, or at the
    /// digits before the comma (`1，000套`).
    fn context(&self, at: usize) -> Option<(Why, usize)> {
        let number = self.offset + at;
        let head = self.text.get(..number)?;
        let mut before = head.char_indices().rev();
        let (dash_at, c) = before.next()?;
        if matches!(c, '-' | '－' | '−') {
            let after_number = before.next().is_some_and(|(_, c)| is_digit(c))
                || self.last_end.map(|end| self.offset + end) == Some(dash_at);
            let why = if after_number {
                Why::NoRange
            } else {
                Why::Negative
            };
            return Some((why, dash_at));
        }
        let gap = head.trim_end_matches([' ', '\u{3000}', '\t']);
        let spaced = gap.len() < head.len();
        let gap = match gap.strip_suffix([',', '，']) {
            Some(gap) => gap,
            None if spaced => gap,
            None => return None,
        };
        gap.chars()
            .next_back()
            .is_some_and(is_digit)
            .then(|| (Why::Ambiguous, run_start(gap)))
    }

    /// Whether the number at byte `at` of the clause is an ordinal: `第一個`, `第3項`.
    fn is_ordinal(&self, at: usize) -> bool {
        self.text
            .get(..self.offset + at)
            .is_some_and(|head| head.ends_with('第'))
    }

    /// What the number read at byte `start` states, with what follows it: a range
    /// (`1-2個`, `60%-90%`), a quantity with its unit and comparator, a number before a
    /// unit that states none, or nothing (no unit follows it, or it is an ordinal).
    fn reading(&mut self, start: usize, first: Read) -> Option<Reading> {
        if self.is_ordinal(start) {
            return None;
        }
        // A range with the unit after its upper end: 1-2個.
        if let Some((second, unit, unit_len)) = self.upper_end(first.end) {
            return Some(self.range(start, first, second, unit, second.end + unit_len));
        }
        let (unit, unit_len) = self.unit_after(&first)?;
        let after_unit = first.end + unit_len;
        // A range with the unit after both ends: 60%-90%.
        if let Some((second, _, second_len)) = self
            .upper_end(after_unit)
            .filter(|&(_, second_unit, _)| second_unit == unit)
        {
            return Some(self.range(start, first, second, unit, second.end + second_len));
        }
        let clause = self.words.clause;
        let mut end = after_unit;
        let comparator = if let Some(more) = clause.get(end..).and_then(|r| r.strip_prefix("以上"))
        {
            end = clause.len() - more.len();
            Comparator::AtLeast
        } else {
            comparator_before(clause.get(..start).unwrap_or_default())
        };
        let at = self.span(start, end);
        Some(match self.context(start) {
            Some((why, from)) => Reading::Unread(Span { start: from, ..at }, why),
            None => match first.value {
                Ok(value) => Reading::Stated(Stated {
                    at,
                    quantity: Quantity::new(comparator, value, unit),
                }),
                Err(why) => Reading::Unread(at, why),
            },
        })
    }

    /// The range from the number read at `start` to `second`, in `unit`, which ends at
    /// byte `end` of the clause.
    fn range(
        &mut self,
        start: usize,
        first: Read,
        second: Read,
        unit: Unit,
        end: usize,
    ) -> Reading {
        self.resume = end;
        let at = self.span(start, end);
        // `1-2萬` is 1萬 to 2萬: a multiplier after the upper end only is both ends'.
        let min = match (first.power, first.value) {
            (0, Ok(min)) => min
                .times_ten_to(second.power)
                .ok_or(Why::Number(NotANumber::TooPrecise)),
            (_, min) => min,
        };
        if let Some((why, from)) = self.context(start) {
            return Reading::Unread(Span { start: from, ..at }, why);
        }
        let values = min.and_then(|min| Ok((min, second.value?)));
        match values {
            Ok((min, max)) if max > min => Reading::Stated(Stated {
                at,
                quantity: Quantity::range(min, max, unit),
            }),
            Ok(_) => Reading::Unread(at, Why::RangeDown),
            Err(why) => Reading::Unread(at, why),
        }
    }

    /// Bytes `start..end` of the clause as a span of the text.
    fn span(&self, start: usize, end: usize) -> Span {
        Span {
            start: self.offset + start,
            end: self.offset + end,
        }
    }
}

impl Iterator for Numbers<'_> {
    type Item = Reading;

    fn next(&mut self) -> Option<Reading> {
        while let Some((at, c)) = self.chars.next() {
            if at < self.resume || !may_start(c) {
                continue;
            }
            let first = match self.number_at(at) {
                Ok(first) => first,
                Err(len) => {
                    self.resume = at + len;
                    continue;
                }
            };
            self.resume = first.end;
            if let Some(reading) = self.reading(at, first) {
                let end = match reading {
                    Reading::Stated(stated) => stated.at.end,
                    Reading::Unread(span, _) => span.end,
                } - self.offset;
                self.resume = self.resume.max(end);
                self.last_end = Some(end);
                return Some(reading);
            }
        }
        None
    }
}

/// A clause and what the units of its numbers depend on: whether it has the words that
/// make a count one per county, per township, per capita and so on, and where its last
/// `服務` stands. Each is looked for once, the first time a number asks, so that a
/// clause stating many numbers is read a bounded number of times, not once a number.
struct Words<'a> {
    clause: &'a str,
    per_capita: OnceCell<bool>,
    per_county: OnceCell<bool>,
    per_township: OnceCell<bool>,
    per_100_beds: OnceCell<bool>,
    per_school: OnceCell<bool>,
    /// Where the last `服務` (or `服务`) of the clause starts, if it has one.
    last_service: OnceCell<Option<usize>>,
}

impl<'a> Words<'a> {
    fn new(clause: &'a str) -> Words<'a> {
        Words {
            clause,
            per_capita: OnceCell::new(),
            per_county: OnceCell::new(),
            per_township: OnceCell::new(),
            per_100_beds: OnceCell::new(),
            per_school: OnceCell::new(),
            last_service: OnceCell::new(),
        }
    }

    /// Whether the clause has any of `words`, looked for on the first call only.
    fn has(&self, flag: &OnceCell<bool>, words: &[&str]) -> bool {
        *flag.get_or_init(|| words.iter().any(|word| self.clause.contains(word)))
    }

    fn per_capita(&self) -> bool {
        self.has(&self.per_capita, &["人均"])
    }

    fn per_county(&self) -> bool {
        self.has(&self.per_county, &["各縣", "各县"])
    }

    fn per_township(&self) -> bool {
        self.has(&self.per_township, &["每個鄉鎮", "每个乡镇"])
    }

    fn per_100_beds(&self) -> bool {
        *self.per_100_beds.get_or_init(|| {
            (self.clause.contains("每百張") || self.clause.contains("每百张"))
                && self.clause.contains("社工")
        })
    }

    fn per_school(&self) -> bool {
        self.has(&self.per_school, &["每所"])
    }

    /// Whether `服務` or `服务` stands anywhere from byte `from` of the clause to its end:
    /// where the last one starts is found once, and compared.
    fn service_from(&self, from: usize) -> bool {
        let last = *self.last_service.get_or_init(|| {
            let traditional = self.clause.rfind("服務");
            let simplified = self.clause.rfind("服务");
            traditional.max(simplified)
        });
        last.is_some_and(|at| at >= from)
    }
}

/// Whether a number, or a run of letters to skip, may start with `c`.
fn may_start(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '.' | '．' | '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ')
        || numeral(c).is_some()
}

/// The value of a Chinese numeral character.
fn numeral(c: char) -> Option<u64> {
    Some(match c {
        '一' => 1,
        '兩' | '两' | '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        _ => return None,
    })
}

/// Whether `c` stands in a run of Chinese numerals: a digit, `十`, or a character
/// that writes a larger or a zero (`百`, `萬`, `零`).
fn is_chinese_numeral(c: char) -> bool {
    numeral(c).is_some() || matches!(c, '零' | '〇' | '百' | '千' | '萬' | '万' | '億' | '亿')
}

/// The value of a run of Chinese numerals this reader takes apart: a count as a text
/// writes one (`一`, `兩`, `十五`, `三千`, `一百零五`, `兩萬五千`); not digits side by
/// side (`三五`, an estimate).
fn chinese_value(run: &str) -> Option<u64> {
    count_value(run).filter(|&value| Decimal::from(value).is_exact_in_json())
}

/// The power of ten the `萬`, `億`, `千` and `百` at the start of `text` multiply a
/// number by (`5萬` is 50,000; `1千萬` 10,000,000), and their length in bytes.
fn multiplier(text: &str) -> (u32, usize) {
    let mut power = 0u32;
    let mut len = 0;
    for c in text.chars() {
        let times = match c {
            '百' => 2,
            '千' => 3,
            '萬' | '万' => 4,
            '億' | '亿' => 8,
            _ => break,
        };
        power = power.saturating_add(times);
        len += c.len_utf8();
    }
    (power, len)
}

/// The characters that join the ends of a range: `1-2`, `60%~90%`, `3至5`.
const CONNECTORS: [char; 6] = ['-', '－', '~', '～', '—', '至'];

/// The counters a number may stand before.
const COUNTERS: [char; 7] = ['套', '項', '项', '所', '名', '個', '个'];

/// The comparator the words just before a number give.
fn comparator_before(before: &str) -> Comparator {
    // A plus sign stands between the words and the number: `達到+5%`.
    let before = before.strip_suffix(['+', '＋']).unwrap_or(before);
    // The last COMPARATOR_REACH characters of `before`, or all of it if it is shorter.
    let start = before
        .char_indices()
        .rev()
        .nth(COMPARATOR_REACH - 1)
        .map_or(0, |(at, _)| at);
    let near = before.get(start..).unwrap_or(before);
    if REACH.iter().any(|word| near.ends_with(word)) {
        Comparator::Reach
    } else if AT_LEAST.iter().any(|word| near.contains(word)) {
        Comparator::AtLeast
    } else {
        Comparator::Exact
    }
}

/// The unit after the number that ends at `at`, read with the clause around it, and
/// the length of its word.
fn unit_at(words: &Words<'_>, at: usize) -> Option<(Unit, usize)> {
    let rest = words.clause.get(at..)?;
    if let Some(percent) = rest.chars().next().filter(|c| matches!(c, '%' | '％')) {
        return Some((Unit::Percent, percent.len_utf8()));
    }
    if rest.starts_with("平方米") {
        let unit = if words.per_capita() {
            Unit::M2PerCapita
        } else {
            Unit::M2
        };
        return Some((unit, "平方米".len()));
    }
    let counter = rest.chars().next().filter(|c| COUNTERS.contains(c))?;
    let after_at = at + counter.len_utf8();
    let after = rest.get(counter.len_utf8()..).unwrap_or_default();
    let unit = match counter {
        '套' => Unit::HousingUnits,
        '項' | '项' if words.service_from(after_at) => Unit::Services,
        '項' | '项' => Unit::Items,
        '所' if words.per_county() => Unit::InstitutionsPerCounty,
        '所' if words.per_township() => Unit::InstitutionsPerTownship,
        '所' => Unit::Institutions,
        '名' if words.per_100_beds() => Unit::SocialWorkersPer100Beds,
        '名' => Unit::People,
        '個' | '个'
            if (after.starts_with("專業群") || after.starts_with("专业群"))
                && words.per_school() =>
        {
            Unit::SpecialtyGroupsPerSchool
        }
        _ => Unit::Count,
    };
    Some((unit, counter.len_utf8()))
}

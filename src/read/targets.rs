//! The target extractor: finds candidate targets in text of the genre by pattern, for
//! [`parse`](crate::parse()) to attach to any plan it reads.
//!
//! Sentences end at `。`; clauses at `,` `，` `;` `；` outside brackets and quotes. A
//! clause that opens with `到YYYY年` (or `到YYYY年底`, `到YYYY年末`) dates every clause
//! after it to the end of the sentence; in an objectives part, a paragraph that opens
//! with one is dated throughout. A clause is a quantitative candidate where it states a
//! number with `%`, `平方米` or a counter (`套`, `項`, `所`, `名`, `個`), with the
//! comparator the words around it give (`達到`, `至少`, `不少於`, `以上`, a range
//! `1-2`); a dated clause without a number is a qualitative candidate. Two numbers in
//! one clause split it at the `、` between them.

use std::cell::OnceCell;

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
    let opening = if whole {
        Deadline::read_zh(text).map(|(deadline, len)| (deadline, Span { start: 0, end: len }))
    } else {
        None
    };
    let mut reader = Reader {
        text,
        date: opening,
        found: Vec::new(),
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
    reader.found
}

/// What reading one text keeps between its clauses: the date in force and the targets
/// found so far.
struct Reader<'a> {
    text: &'a str,
    date: Option<(Deadline, Span)>,
    found: Vec<Found>,
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
        }
        if clause.start >= clause.end {
            return;
        }
        // Two numbers in one clause cut it at the last `、` between them. The numbers
        // are read one at a time, each compared with the one before.
        let mut start = clause.start;
        let mut last: Option<Stated> = None;
        let mut current = None;
        for stated in Numbers::new(text, clause) {
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

/// Every number a clause states as a quantity, in order, read one at a time.
struct Numbers<'a> {
    /// Where the clause starts in the text.
    offset: usize,
    words: Words<'a>,
    chars: std::str::CharIndices<'a>,
    /// Where in the clause the next number may start.
    resume: usize,
}

impl<'a> Numbers<'a> {
    fn new(text: &'a str, clause: Span) -> Numbers<'a> {
        let slice = clause.of(text).unwrap_or_default();
        Numbers {
            offset: clause.start,
            words: Words::new(slice),
            chars: slice.char_indices(),
            resume: 0,
        }
    }
}

impl Iterator for Numbers<'_> {
    type Item = Stated;

    fn next(&mut self) -> Option<Stated> {
        let slice = self.words.clause;
        for (at, c) in self.chars.by_ref() {
            if at < self.resume || !(c.is_ascii_digit() || numeral(c).is_some()) {
                continue;
            }
            let Some((value, len)) = slice.get(at..).and_then(number_at) else {
                // Digits too many to read are skipped whole, not read from their tail.
                self.resume = at + digits_len(slice.get(at..).unwrap_or_default());
                continue;
            };
            let after = at + len;
            self.resume = after;
            if let Some((quantity, end)) = quantity_at(&self.words, at, after, value) {
                self.resume = end;
                return Some(Stated {
                    at: Span {
                        start: self.offset + at,
                        end: self.offset + end,
                    },
                    quantity,
                });
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

/// The length in bytes of the ASCII digits at the start of `text`, with a fraction
/// after a `.` if one follows.
fn digits_len(text: &str) -> usize {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let whole = digits(text);
    match text.get(whole..).and_then(|rest| rest.strip_prefix('.')) {
        Some(fraction) if whole > 0 && digits(fraction) > 0 => whole + 1 + digits(fraction),
        _ => whole,
    }
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

/// Reads a number at the start of `text`: ASCII digits with an optional fraction, or a
/// single Chinese numeral (`一所`). Returns the value and its length in bytes.
fn number_at(text: &str) -> Option<(Decimal, usize)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let mut len = digits;
        if let Some(fraction) = text.get(digits..).and_then(|r| r.strip_prefix('.')) {
            let more = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if more > 0 {
                len += 1 + more;
            }
        }
        // A value JSON cannot write exactly (more significant digits than an `f64`
        // keeps) states no quantity, like one too long to read.
        let value = text
            .get(..len)?
            .parse::<Decimal>()
            .ok()
            .filter(|value| value.is_exact_in_json())?;
        return Some((value, len));
    }
    let c = text.chars().next()?;
    let value = numeral(c)?;
    // A Chinese numeral counts only right before a counter: 一所, not 一體化.
    let next = text.get(c.len_utf8()..)?.chars().next()?;
    COUNTERS
        .contains(&next)
        .then_some((Decimal::from(value), c.len_utf8()))
}

/// The counters a number may stand before.
const COUNTERS: [char; 7] = ['套', '項', '项', '所', '名', '個', '个'];

/// What the number at `start..after` of the clause states, if it is a quantity: its
/// comparator and unit, and where its words end.
fn quantity_at(
    words: &Words<'_>,
    start: usize,
    after: usize,
    value: Decimal,
) -> Option<(Quantity, usize)> {
    let clause = words.clause;
    let before = clause.get(..start)?;
    let rest = clause.get(after..)?;
    // A range: 1-2個.
    if let Some(dash) = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '－' | '~' | '～' | '—'))
    {
        let upper = rest.get(dash.len_utf8()..)?;
        // A range runs upwards: `5-3個` is none (and the JSON would refuse it).
        let (max, len) = number_at(upper).filter(|&(max, _)| max > value)?;
        let end = after + dash.len_utf8() + len;
        let (unit, unit_len) = unit_at(words, end)?;
        return Some((Quantity::range(value, max, unit), end + unit_len));
    }
    let (unit, unit_len) = unit_at(words, after)?;
    let mut end = after + unit_len;
    let comparator = if let Some(more) = clause.get(end..).and_then(|r| r.strip_prefix("以上")) {
        end = clause.len() - more.len();
        Comparator::AtLeast
    } else {
        comparator_before(before)
    };
    Some((Quantity::new(comparator, value, unit), end))
}

/// The comparator the words just before a number give.
fn comparator_before(before: &str) -> Comparator {
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

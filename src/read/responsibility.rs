//! Reading who is responsible out of text: the parties of a statement of responsibility
//! (a `責任單位:` line, or a note such as `（牵头单位：…，配合单位：…）`), and the bodies
//! running text mentions.
//!
//! A statement's items are split on `,` `，` `、` `；` `及` outside brackets (`各縣(市、區)`
//! is one item) and outside the names of kinds that hold one (`各區、縣級市`), and
//! trimmed. An item may begin with a label that states a role (`配合单位：`), and end
//! with a verb that states one (`…分別牽頭`, `…按職責分工負責`, before which `等` is
//! dropped) or with an explanatory note that is no body (`(列第一位為牽頭單位,下同)`):
//! the party's quote is the name alone. Each is read as a body's name (see
//! [`crate::vocab::body`]). The level of the first item carries to the items that lack
//! one, across commas too (`市教育局,民政局` is 市教育局 and 市民政局; `銀川市教育局、財政局`
//! lends `銀川市`). An item that names no known kind is still a party, of
//! [`Department::Other`]; the plan reports it. The readers borrow the text, so loading a
//! plan can read every line again to check the parties it was given; the roles are
//! given by [`crate::read::roles`].

use strum::IntoEnumIterator;

use crate::base::brackets::split_bracketed_end;
use crate::base::span::Span;
use crate::fault::ParseErrorKind;
use crate::model::{Mention, Party, ResponsibilityLabel, RoleBasis};
use crate::vocab::actor::{Actor, Role};
use crate::vocab::body::{self, Carry};
use crate::vocab::department::Department;
use crate::vocab::lookup;

/// One party of a responsibility line as read from the text, borrowing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PartyRef<'a> {
    pub(crate) department: Department,
    pub(crate) quote: &'a str,
    pub(crate) span: Span,
    pub(crate) carried_prefix: bool,
    /// The item read as a body's name.
    pub(crate) reading: body::Reading<'a>,
    /// What the line's first item lends to the items that lack a level.
    pub(crate) carry: Option<Carry<'a>>,
    /// The label the item begins with (`配合单位：`), which starts a clause.
    pub(crate) label: Option<ResponsibilityLabel>,
    /// The verb the item ends with (`牽頭`), which ends a clause.
    pub(crate) verb: Option<Verb>,
    /// The role in brackets after the name (`市发改委（牵头）`), the item's alone; or
    /// the one `会同` gives (`X会同Y负责`: X leads, Y supports).
    pub(crate) tag: Option<Verb>,
    /// Whether the item is a catch-all glued on with `等` (`有关部门` in
    /// `商务部等有关部门负责`), which supports unless it is the only party.
    pub(crate) catch_all: bool,
    /// The role, once the statement's clauses are read ([`crate::read::roles`]).
    pub(crate) role: Role,
    /// How the text states the role.
    pub(crate) basis: RoleBasis,
}

/// What a verb after a list of bodies says of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verb {
    /// `分別牽頭`, `共同牽頭`: each leads.
    Jointly,
    /// `牽頭`: they lead.
    Lead,
    /// `負責`, `按職責分工負責`: they lead when no body before them does, else support.
    Responsible,
    /// `配合`, `參與`, `協助`: they support.
    Support,
}

/// The verbs, in both scripts, longest first where one ends another.
const VERBS: [(&str, Verb); 38] = [
    ("按照職責分工負責", Verb::Responsible),
    ("按照职责分工负责", Verb::Responsible),
    ("按職責分工負責", Verb::Responsible),
    ("按职责分工负责", Verb::Responsible),
    ("按職責分工配合", Verb::Support),
    ("按职责分工配合", Verb::Support),
    ("按職責負責", Verb::Responsible),
    ("按职责负责", Verb::Responsible),
    ("分別牽頭", Verb::Jointly),
    ("分别牵头", Verb::Jointly),
    ("共同牽頭", Verb::Jointly),
    ("共同牵头", Verb::Jointly),
    ("牽頭負責", Verb::Lead),
    ("牵头负责", Verb::Lead),
    ("牽頭落實", Verb::Lead),
    ("牵头落实", Verb::Lead),
    ("負責落實", Verb::Responsible),
    ("负责落实", Verb::Responsible),
    ("分工負責", Verb::Responsible),
    ("分工负责", Verb::Responsible),
    ("共同負責", Verb::Responsible),
    ("共同负责", Verb::Responsible),
    ("配合落實", Verb::Support),
    ("配合落实", Verb::Support),
    ("牽頭", Verb::Lead),
    ("牵头", Verb::Lead),
    ("負責", Verb::Responsible),
    ("负责", Verb::Responsible),
    ("配合", Verb::Support),
    ("參與", Verb::Support),
    ("参与", Verb::Support),
    ("協助", Verb::Support),
    ("协助", Verb::Support),
    ("協同", Verb::Support),
    ("协同", Verb::Support),
    ("參加", Verb::Support),
    ("指導", Verb::Lead),
    ("指导", Verb::Lead),
];

/// The catch-alls a list glues on with `等` (`商务部等有关部门`), each its own party,
/// longest first where one begins another.
const CATCH_ALLS: [&str; 10] = [
    "有關部門和單位",
    "有关部门和单位",
    "有關部門",
    "有关部门",
    "有關單位",
    "有关单位",
    "相關部門",
    "相关部门",
    "其他有關部門",
    "其他有关部门",
];

/// `会同` ("together with"): the body before it leads, the one after it supports.
const TOGETHER: [&str; 2] = ["會同", "会同"];

/// The words that make a bracketed remark an explanation of the lists (`下同`, "the
/// same below"; `列第一位`, "listed first"), not a body.
const EXPLANATORY: [&str; 12] = [
    "下同",
    "列第一位",
    "列第一",
    "為牽頭",
    "为牵头",
    "彙總",
    "汇总",
    "除標註",
    "除标注",
    "標註",
    "标注",
    "排名第一",
];

/// The verb `text` ends with, and the text before it.
pub(crate) fn ends_with_verb(text: &str) -> Option<(&str, Verb)> {
    VERBS
        .iter()
        .find_map(|&(verb, said)| text.strip_suffix(verb).map(|rest| (rest, said)))
}

/// Whether a bracketed remark's inside explains the list rather than naming a body.
pub(crate) fn is_explanatory(inside: &str) -> bool {
    // The quotes, and the characters the words start with: a text with none is read once.
    let marks = |c: char| {
        matches!(
            c,
            '“' | '”'
                | '"'
                | '「'
                | '」'
                | '下'
                | '列'
                | '為'
                | '为'
                | '彙'
                | '汇'
                | '除'
                | '標'
                | '标'
                | '排'
        )
    };
    if !inside.contains(marks) {
        return false;
    }
    // A quotation explains, unless the remark ends with a verb of responsibility: then
    // it lists bodies, one of whose names quotes (`省推进“三地一区”建设领导小组…成员单位按职责分工负责`).
    let quotes = inside.contains(['“', '”', '"', '「', '」'])
        && ends_with_verb(inside.trim_end_matches(['。', '；', ';'])).is_none();
    quotes || EXPLANATORY.iter().any(|word| inside.contains(word))
}

/// The label with its colon that `text` begins with, and the text after it.
pub(crate) fn starts_with_label(text: &str) -> Option<(ResponsibilityLabel, &str)> {
    ResponsibilityLabel::iter().find_map(|label| {
        let rest = text.strip_prefix(<&str>::from(label))?;
        let rest = rest.strip_prefix(':').or_else(|| rest.strip_prefix('：'))?;
        Some((label, rest))
    })
}

/// Why a responsibility line does not read as a list of bodies.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum PartyError {
    /// Two separators with nothing between them, or one at an end.
    #[error("an item is empty")]
    Empty,
    /// A bracket that is not closed, or closed without being opened.
    #[error("the brackets do not pair up")]
    Brackets,
}

impl From<PartyError> for ParseErrorKind {
    fn from(err: PartyError) -> ParseErrorKind {
        match err {
            PartyError::Empty => ParseErrorKind::EmptyParty,
            PartyError::Brackets => ParseErrorKind::UnbalancedBrackets,
        }
    }
}

/// The parties of a responsibility line's list, in order, as an iterator that stops
/// after the first error; `home` is the plan's own place, if known.
pub(crate) fn parties<'a>(text: &'a str, home: Option<&'a str>) -> Parties<'a> {
    Parties {
        text,
        home,
        rest_from: 0,
        carry: None,
        first: true,
        after: After::Separator,
        done: false,
    }
}

/// The iterator [`parties`] returns.
pub(crate) struct Parties<'a> {
    text: &'a str,
    home: Option<&'a str>,
    /// Where the next item starts.
    rest_from: usize,
    /// What the first item lends to the items that lack a level.
    carry: Option<Carry<'a>>,
    /// Whether the next item is the first.
    first: bool,
    /// Whether the next item follows `等` as a catch-all, or `会同`.
    after: After,
    done: bool,
}

/// What the item before the next one ended with, which says something of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum After {
    #[default]
    Separator,
    /// `等`, before a catch-all.
    Others,
    /// `会同`.
    Together,
}

impl<'a> Iterator for Parties<'a> {
    type Item = Result<PartyRef<'a>, PartyError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            let result = self.read();
            if result.as_ref().map_or(true, |(_, last)| *last) {
                self.done = true;
            }
            match result {
                // An explanatory remark alone, `(列第一位者為牽頭單位,下同)`, names no body.
                Ok((None, _)) => continue,
                Ok((Some(party), _)) => return Some(Ok(party)),
                Err(err) => return Some(Err(err)),
            }
        }
    }
}

/// One item of a statement as written, before its name is read.
struct Item<'a> {
    quote: &'a str,
    span: Span,
    label: Option<ResponsibilityLabel>,
    verb: Option<Verb>,
    tag: Option<Verb>,
    /// What ends it: a separator, or `等` before a catch-all, or `会同`.
    ends: After,
    /// Where the item after it starts.
    next: usize,
    last: bool,
}

impl<'a> Parties<'a> {
    /// Reads the next item, and whether it is the last.
    fn read(&mut self) -> Result<(Option<PartyRef<'a>>, bool), PartyError> {
        let item = self.item()?;
        let after = std::mem::replace(&mut self.after, item.ends);
        if item.quote.is_empty() {
            self.rest_from = item.next;
            return Ok((None, item.last));
        }
        let reading = body::read(item.quote, self.carry, self.home);
        if self.first {
            self.first = false;
            self.carry = reading.carry();
        }
        self.rest_from = item.next;
        let party = PartyRef {
            department: reading.kind.known().unwrap_or(Department::Other),
            quote: item.quote,
            span: item.span,
            carried_prefix: reading.carried,
            reading,
            carry: self.carry,
            label: item.label,
            verb: item.verb,
            tag: match (after, item.ends) {
                (After::Together, _) => Some(Verb::Support),
                (_, After::Together) => Some(Verb::Lead),
                _ => item.tag,
            },
            catch_all: after == After::Others,
            role: Role::Lead,
            basis: RoleBasis::Order,
        };
        Ok((Some(party), item.last))
    }

    /// The next item as written: its name, where it stands, its label and verb, where
    /// the one after it starts, and whether it is the last.
    fn item(&self) -> Result<Item<'a>, PartyError> {
        let start = self.rest_from;
        let rest = self.text.get(start..).ok_or(PartyError::Empty)?;
        // A name with a separator in it (`各區、縣級市`) is one item.
        let blank = rest.len() - rest.trim_start().len();
        let labelled = rest.get(blank..).and_then(starts_with_label);
        let named_from = labelled.map_or(blank, |(_, after)| rest.len() - after.len());
        let name_start = rest
            .get(named_from..)
            .map_or(named_from, |r| rest.len() - r.trim_start().len());
        let scan_from = rest
            .get(name_start..)
            .and_then(body::joined_name)
            .map_or(name_start, |len| name_start + len);
        // `各有關區、縣級市`: a collective whose places are listed with `、`.
        let collective = rest
            .get(name_start..)
            .is_some_and(|name| name.starts_with('各'));
        let mut depth = 0usize;
        let mut end = None;
        let mut ends = After::Separator;
        let mut previous = '\0';
        for (at, c) in rest.char_indices().skip_while(|(at, _)| *at < scan_from) {
            match c {
                // `商务部等有关部门`: the catch-all after `等` is an item of its own.
                '等' if depth == 0
                    && at > name_start
                    && rest.get(at + c.len_utf8()..).is_some_and(|after| {
                        CATCH_ALLS.iter().any(|word| after.starts_with(word))
                    }) =>
                {
                    end = Some((start + at, start + at + c.len_utf8()));
                    ends = After::Others;
                    break;
                }
                '会' | '會'
                    if depth == 0
                        && at > name_start
                        && rest
                            .get(at..)
                            .is_some_and(|here| TOGETHER.iter().any(|w| here.starts_with(w))) =>
                {
                    end = Some((start + at, start + at + TOGETHER[0].len()));
                    ends = After::Together;
                    break;
                }
                '(' | '（' => depth += 1,
                ')' | '）' => depth = depth.checked_sub(1).ok_or(PartyError::Brackets)?,
                '、' if depth == 0 && collective && continues_collective(rest, at) => {}
                ',' | '，' | '、' | '；' | ';' | '及' if depth == 0 => {
                    // `以及` is one separator.
                    let from = if c == '及' && previous == '以' {
                        at - '以'.len_utf8()
                    } else {
                        at
                    };
                    end = Some((start + from, start + at + c.len_utf8()));
                    break;
                }
                _ => {}
            }
            previous = c;
        }
        if end.is_none() && depth != 0 {
            return Err(PartyError::Brackets);
        }
        let (item_end, next) = end.unwrap_or((self.text.len(), self.text.len()));
        let from = start + named_from;
        let raw = self.text.get(from..item_end).ok_or(PartyError::Empty)?;
        let (name, verb, tag) = name_of(raw);
        // Empty, unless the item is an explanatory remark alone, which is passed over.
        if name.is_empty() && !is_remark(raw.trim()) {
            return Err(PartyError::Empty);
        }
        let lead = name.as_ptr() as usize - raw.as_ptr() as usize;
        let span = Span {
            start: from + lead,
            end: from + lead + name.len(),
        };
        Ok(Item {
            quote: name,
            span,
            label: labelled.map(|(label, _)| label),
            verb,
            tag,
            ends,
            next,
            last: end.is_none(),
        })
    }
}

/// The levels of place a collective lists after its first with `、`: `縣級市` in
/// `各區、縣級市`.
const COLLECTIVE_PLACES: [&str; 14] = [
    "縣級市",
    "县级市",
    "縣(市、區)",
    "县(市、区)",
    "鄉鎮",
    "乡镇",
    "街道",
    "縣",
    "县",
    "區",
    "区",
    "市",
    "鎮",
    "镇",
];

/// Whether the `、` at `at` of `rest` goes on listing the places of a collective: what
/// follows it is a level of place, then a separator or the end.
fn continues_collective(rest: &str, at: usize) -> bool {
    let after = rest.get(at + '、'.len_utf8()..).unwrap_or_default();
    COLLECTIVE_PLACES.iter().any(|place| {
        after.strip_prefix(place).is_some_and(|tail| {
            tail.is_empty() || tail.starts_with([',', '，', '、', '；', ';', ')', '）'])
        })
    })
}

/// The name in an item, without the white space around it, an explanatory remark at
/// either end, a role in brackets after it, a leading `由` ("by"), and a verb and `等`
/// ("and others") at its end; and the verb and the bracketed role.
fn name_of(raw: &str) -> (&str, Option<Verb>, Option<Verb>) {
    let mut name = raw.trim();
    if let Some(rest) = strip_remark_end(name) {
        name = rest.trim_end();
    }
    if let Some(rest) = strip_remark_start(name) {
        name = rest.trim_start();
    }
    // A role in brackets after the name, the item's own: `市发改委（牵头）`.
    let tag = bracketed_role(name).map(|(rest, verb)| {
        name = rest.trim_end();
        verb
    });
    let verb = ends_with_verb(name).map(|(rest, verb)| {
        name = rest.trim_end();
        verb
    });
    for word in ["等", "等單位", "等单位", "等部門", "等部门"] {
        if let Some(rest) = name.strip_suffix(word).filter(|rest| !rest.is_empty()) {
            name = rest.trim_end();
            break;
        }
    }
    if let Some(rest) = name.strip_prefix('由').filter(|rest| !rest.is_empty()) {
        name = rest.trim_start();
    }
    (name, verb, tag)
}

/// The text before a role in brackets it ends with, and the role: `市发改委（牵头）` is
/// 市发改委, who leads; `(牵头单位)` says the same.
fn bracketed_role(text: &str) -> Option<(&str, Verb)> {
    let (before, inside) = split_bracketed_end(text)?;
    let inside = inside.trim();
    let verb = match ends_with_verb(inside) {
        Some(("", verb)) => verb,
        _ => match inside.parse::<ResponsibilityLabel>().ok()?.role()? {
            Role::Lead => Verb::Lead,
            Role::Support => Verb::Support,
        },
    };
    Some((before, verb))
}

/// Whether `text` is an explanatory remark and nothing else: `(列第一位為牽頭單位,下同)`.
fn is_remark(text: &str) -> bool {
    strip_remark_end(text).is_some_and(str::is_empty)
}

/// The text before an explanatory remark it ends with: `市衛生健康委(…,下同)`.
fn strip_remark_end(text: &str) -> Option<&str> {
    let (before, inside) = split_bracketed_end(text)?;
    is_explanatory(inside).then_some(before)
}

/// The text after an explanatory remark it begins with: `(列第一位為牽頭單位,下同)市…`.
fn strip_remark_start(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('(').or_else(|| text.strip_prefix('（'))?;
    let close = inner.find([')', '）'])?;
    let inside = inner.get(..close)?;
    let after = inner.get(close..)?;
    let after = after
        .strip_prefix(')')
        .or_else(|| after.strip_prefix('）'))?;
    is_explanatory(inside).then_some(after)
}

/// Whether a responsibility line's list reads as items (none empty, brackets in pairs),
/// without reading the bodies they name.
pub(crate) fn check_items(text: &str) -> Result<(), PartyError> {
    let mut items = parties(text, None);
    loop {
        let item = items.item()?;
        if item.last {
            return Ok(());
        }
        items.rest_from = item.next;
    }
}

/// A body named in running text, borrowing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MentionRef<'a> {
    pub(crate) actor: Actor,
    pub(crate) quote: &'a str,
    pub(crate) span: Span,
}

/// Every body `text` names by a written form, left to right, the longest name at each
/// place (`市委宣傳部` rather than `市委`), outside the spans of `skip` (the notes of
/// responsibility, in order). The text is walked once; only the places where a name's
/// first character stands are examined.
pub(crate) fn mentions<'a>(text: &'a str, skip: &[Span]) -> Vec<MentionRef<'a>> {
    let mut found = Vec::new();
    let mut next_free = 0;
    let mut skip = skip.iter();
    // The span skipped next: the text from its start is passed over up to its end.
    let mut skipping = skip.next();
    'chars: for (at, c) in text.char_indices() {
        if at < next_free || !lookup::starts_name(c) {
            continue;
        }
        while let Some(span) = skipping.filter(|span| at >= span.start) {
            if at < span.end {
                next_free = span.end;
                continue 'chars;
            }
            skipping = skip.next();
        }
        let Some((name, actor)) = text.get(at..).and_then(lookup::name_at) else {
            continue;
        };
        let end = at + name.len();
        if let Some(quote) = text.get(at..end) {
            found.push(MentionRef {
                actor,
                quote,
                span: Span { start: at, end },
            });
        }
        next_free = end;
    }
    found
}

impl From<PartyRef<'_>> for Party {
    fn from(found: PartyRef<'_>) -> Party {
        Party {
            department: found.department,
            quote: found.quote.to_owned(),
            span: found.span,
            carried_prefix: found.carried_prefix,
            organization: String::new(),
            role: found.role,
            basis: found.basis,
        }
    }
}

impl From<MentionRef<'_>> for Mention {
    fn from(found: MentionRef<'_>) -> Mention {
        Mention {
            actor: found.actor,
            quote: found.quote.to_owned(),
            span: found.span,
        }
    }
}

//! Notes of responsibility inside a task's text: a bracketed list of bodies with a label
//! or a verb that states their roles, `（牵头单位：市发展改革委，配合单位：市委组织部）` or
//! `(市政府辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責)`, most often at the end of
//! the task's paragraph, and in its title too, before the first `。`
//! (`推进甲（市财政局负责）。`): the title is read first, as the first line of its text.
//!
//! A bracketed text is a note when it has a label or a verb and every item of it reads
//! as a body's name. One with the words of responsibility that does not is reported as
//! unread; one that explains the lists (`(列第一位者為牽頭單位,下同)`) is neither. The
//! text is walked once, and only the brackets that hold such words are read.

use strum::IntoEnumIterator;

use crate::base::brackets::without_bracketed_end;
use crate::base::span::Span;
use crate::model::ResponsibilityLabel;
use crate::read::responsibility::{self, PartyError, PartyRef, ends_with_verb, is_explanatory};
use crate::read::rules;
use crate::vocab::body::Kind;

/// A note read from a line of a task's text, borrowing it.
#[derive(Debug, Clone)]
pub(crate) struct NoteRef<'a> {
    /// Whether it stands in the task's title; `continuation` is then `None`.
    pub(crate) title: bool,
    /// The line of the task's text: `None` for the body, `Some(i)` for continuation `i`.
    pub(crate) continuation: Option<usize>,
    /// Where it stands in that line, brackets included.
    pub(crate) span: Span,
    /// Its parties, with spans in that line.
    pub(crate) parties: Vec<PartyRef<'a>>,
    /// Where its parts that name no body stand in that line: a deadline, a scope, the
    /// words of a lead rule.
    pub(crate) remarks: Vec<Span>,
}

/// A lead rule stated in a note, where it stands.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StatedRule {
    /// How many notes of the task come before it: it holds from the next on.
    pub(crate) notes_before: usize,
    /// Whether it stands in the task's title.
    pub(crate) title: bool,
    /// The line of the task's text it stands in.
    pub(crate) continuation: Option<usize>,
    /// Where its words stand in that line.
    pub(crate) span: Span,
}

/// A standing rule in a line of a task's text, where it stands.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StandingRule {
    /// Whether it stands in the task's title.
    pub(crate) title: bool,
    pub(crate) continuation: Option<usize>,
    /// Where its words stand in that line.
    pub(crate) span: Span,
    /// Where the body it names stands in that line.
    pub(crate) body: Span,
}

/// What the notes of a task's text are, and what looked like one but did not read.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scan<'a> {
    pub(crate) notes: Vec<NoteRef<'a>>,
    /// Bracketed texts with the words of responsibility that do not read as bodies,
    /// each with its line (`None` for the title's as for the body's).
    pub(crate) unread: Vec<(Option<usize>, Span)>,
    /// A bracket still open where the task's text ends: where it opens.
    pub(crate) open: Option<(Option<usize>, usize)>,
    /// The lead rules stated in its notes, in order.
    pub(crate) rules: Vec<StatedRule>,
    /// The standing rules in its text, in order.
    pub(crate) standing: Vec<StandingRule>,
    /// Whether the line being read is the task's title.
    in_title: bool,
}

impl<'a> Scan<'a> {
    /// Reads the notes of the task's title, the words before its first `。`
    /// (`推进甲（市财政局负责）`): the first line of its text, read before its body.
    pub(crate) fn title(&mut self, text: &'a str, home: Option<&'a str>) {
        self.in_title = true;
        self.line(text, None, home);
        self.in_title = false;
    }

    /// Reads the notes of one line of a task's text.
    pub(crate) fn line(
        &mut self,
        text: &'a str,
        continuation: Option<usize>,
        home: Option<&'a str>,
    ) {
        self.open = None;
        let notes_before = self.notes.len();
        if let Some((span, body)) = rules::standing(text) {
            self.standing.push(StandingRule {
                title: self.in_title,
                continuation,
                span,
                body,
            });
        }
        // Most lines have no bracket and no colon: each is looked for with a fast byte
        // search (a single `char` is), and such a line is not walked at all.
        if !['(', '（', ':', '：']
            .iter()
            .any(|&mark| text.contains(mark))
        {
            return;
        }
        let mut depth = 0usize;
        let mut start = 0;
        // Where a label ends before a colon outside brackets, the first such place.
        let mut label_at = None;
        // The brackets and colons are found byte by byte, not char by char: `(`, `)` and
        // `:`, or the last byte of `（` (EF BC 88), `）` (EF BC 89) and `：` (EF BC 9A)
        // after their first two.
        let bytes = text.as_bytes();
        let is_mark = |b: &u8| matches!(b, b'(' | b')' | b':' | 0x88 | 0x89 | 0x9a);
        let mut next = 0;
        while let Some(found) = bytes
            .get(next..)
            .and_then(|rest| rest.iter().position(is_mark))
        {
            let at = next + found;
            next = at + 1;
            let b = bytes.get(at).copied().unwrap_or_default();
            let (mark, width) = match b {
                b'(' | b')' | b':' => (b, 1),
                0x88 | 0x89 | 0x9a
                    if at >= 2 && bytes.get(at - 2..at) == Some(&[0xef, 0xbc][..]) =>
                {
                    (b, 3)
                }
                _ => continue,
            };
            let from = at + 1 - width;
            match mark {
                b'(' | 0x88 => {
                    if depth == 0 {
                        start = from;
                    }
                    depth += 1;
                }
                b')' | 0x89 if depth > 0 => {
                    depth -= 1;
                    if depth == 0 {
                        let span = Span { start, end: at + 1 };
                        self.bracketed(text, span, continuation, home);
                    }
                }
                b':' | 0x9a if depth == 0 && label_at.is_none() => {
                    label_at = text.get(..from).and_then(label_before);
                }
                _ => {}
            }
        }
        if depth > 0 {
            self.open = Some((continuation, start));
        }
        let noted = self.notes.len() > notes_before;
        if let (false, Some(start)) = (noted, label_at) {
            // A list a label begins, outside brackets, to the end of the line without
            // its last stop: `责任单位：市民政局、市财政局` in `…。责任单位：…。`.
            let rest = text.get(start..).unwrap_or_default();
            let end = start + rest.trim_end_matches(['。', '；', ';', ' ', '　']).len();
            let span = Span { start, end };
            self.note(text, span, span, Vec::new(), continuation, home);
        }
    }

    fn bracketed(
        &mut self,
        text: &'a str,
        span: Span,
        continuation: Option<usize>,
        home: Option<&'a str>,
    ) {
        let Some(whole) = span.of(text).and_then(inside_brackets) else {
            return;
        };
        let offset = whole.as_ptr() as usize - text.as_ptr() as usize;
        let mut remarks = Vec::new();
        // A lead rule stated after the list: its words are a remark, never a party, and
        // the list before them is read.
        let mut inside = whole;
        if let Some(at) = rules::stated(whole) {
            let rule = Span {
                start: offset + at,
                end: offset + whole.len(),
            };
            self.rules.push(StatedRule {
                notes_before: self.notes.len(),
                title: self.in_title,
                continuation,
                span: rule,
            });
            remarks.push(rule);
            inside = whole
                .get(..at)
                .unwrap_or_default()
                .trim_end_matches(['，', ',', '。', '；', ';', ' ']);
        } else if is_explanatory(whole) {
            return;
        }
        if inside.is_empty() || !speaks_of_roles(inside) {
            return;
        }
        // A clause before a label that names no body, `6月底完成` in
        // `6月底完成，牵头考核单位：…`, and a clause after `；` with a label of its own
        // that states no role, `适用范围：…`, are remarks.
        let mut from = 0;
        if let Some(at) = first_label(inside).filter(|&at| at > 0) {
            let before = inside.get(..at).unwrap_or_default();
            let clause = before.trim_end_matches(['，', ',', '；', ';', ' ']);
            if clause.len() < before.len() && !speaks_of_roles(clause) {
                remarks.insert(
                    0,
                    Span {
                        start: offset,
                        end: offset + clause.len(),
                    },
                );
                from = at;
            }
        }
        let mut to = inside.len();
        if let Some((end, aside)) = scope_after(inside, from) {
            remarks.push(Span {
                start: offset + aside,
                end: offset + inside.len(),
            });
            to = end;
        }
        remarks.sort_by_key(|span| span.start);
        let list = Span {
            start: offset + from,
            end: offset + to,
        };
        self.note(text, span, list, remarks, continuation, home);
    }

    /// Reads the list at `list` of `text` as the parties of a note standing at `span`:
    /// a note when every item names a body and a label or verb states a role, else
    /// unread.
    fn note(
        &mut self,
        text: &'a str,
        span: Span,
        list: Span,
        remarks: Vec<Span>,
        continuation: Option<usize>,
        home: Option<&'a str>,
    ) {
        let Some(inside) = list.of(text) else {
            return;
        };
        let offset = list.start;
        let read: Result<Vec<PartyRef<'a>>, PartyError> =
            responsibility::parties(inside, home).collect();
        let parties = match read {
            Ok(parties)
                if parties.iter().all(names_a_body)
                    && parties
                        .iter()
                        .any(|p| p.label.is_some() || p.verb.is_some()) =>
            {
                parties
            }
            _ => {
                self.unread.push((continuation, span));
                return;
            }
        };
        let parties = parties
            .into_iter()
            .map(|mut party| {
                party.span = Span {
                    start: party.span.start + offset,
                    end: party.span.end + offset,
                };
                party
            })
            .collect();
        self.notes.push(NoteRef {
            title: self.in_title,
            continuation,
            span,
            parties,
            remarks,
        });
    }
}

/// Where a label that `before` ends with starts: `责任单位` in `…。责任单位`.
fn label_before(before: &str) -> Option<usize> {
    ResponsibilityLabel::iter().find_map(|label| {
        let label: &str = label.into();
        before.strip_suffix(label).map(str::len)
    })
}

/// Where the first label of responsibility with its colon stands in `text`: at the
/// first colon that a label ends before, the longest such label. Only the colons are
/// looked for, and the labels compared with what ends there, so that a text is walked
/// once rather than once for each label.
fn first_label(text: &str) -> Option<usize> {
    text.match_indices([':', '：']).find_map(|(colon, _)| {
        let before = text.get(..colon)?;
        ResponsibilityLabel::iter()
            .filter_map(|label| before.strip_suffix(<&str>::from(label)).map(str::len))
            .min()
    })
}

/// A clause after `；` from `from` on whose own label states no responsibility
/// (`适用范围：…`): where the list ends before it, and where the clause starts.
fn scope_after(text: &str, from: usize) -> Option<(usize, usize)> {
    let rest = text.get(from..)?;
    for (at, c) in rest.char_indices() {
        if !matches!(c, '；' | ';') {
            continue;
        }
        let clause_at = at + c.len_utf8();
        let clause = rest.get(clause_at..)?;
        // A label is short: only the next few characters are looked at.
        let Some(colon) = clause
            .char_indices()
            .take(9)
            .find(|(_, c)| matches!(c, ':' | '：'))
            .map(|(i, _)| i)
        else {
            continue;
        };
        let label = clause.get(..colon)?;
        if !label.is_empty()
            && !label.contains(['，', ',', '、', '；', ';'])
            && label.parse::<ResponsibilityLabel>().is_err()
        {
            return Some((from + at, from + clause_at));
        }
    }
    None
}

/// The text inside a bracketed text's outer brackets.
fn inside_brackets(text: &str) -> Option<&str> {
    let open = text.chars().next()?;
    let close = text.chars().next_back()?;
    text.get(open.len_utf8()..text.len().checked_sub(close.len_utf8())?)
}

/// Whether a text has a label or a verb of responsibility in it.
fn speaks_of_roles(text: &str) -> bool {
    // Each word starts with one of these: most texts have none, and are read once.
    let starts = |c: char| {
        matches!(
            c,
            '牽' | '牵'
                | '負'
                | '负'
                | '配'
                | '參'
                | '参'
                | '協'
                | '协'
                | '責'
                | '责'
                | '指'
                | '會'
                | '会'
        )
    };
    if !text.contains(starts) {
        return false;
    }
    const WORDS: [&str; 22] = [
        "會同",
        "会同",
        "指導",
        "指导",
        "牽頭",
        "牵头",
        "負責",
        "负责",
        "配合",
        "參與",
        "参与",
        "協助",
        "协助",
        "協同",
        "协同",
        "責任單位",
        "责任单位",
        "責任部門",
        "责任部门",
        "參加",
        "指導部門",
        "指导部门",
    ];
    WORDS.iter().any(|word| text.contains(word))
}

/// The last characters of the names of bodies: `局`, `委`, `辦公室`, `政府`, `中心`…
const BODY_ENDINGS: &str = "关關局委辦办廳厅院會会府部處处室心所站隊队庭社行司署組组團团聯联協协門门位區区縣县市鎮镇鄉乡道業业校台館馆";

/// Whether a party of a note reads as a body: of a known kind, or a name that ends as
/// the names of bodies do and holds no words of a sentence.
fn names_a_body(party: &PartyRef<'_>) -> bool {
    if !matches!(party.reading.kind, Kind::Unknown) {
        return true;
    }
    let name = party.quote;
    let bare = without_bracketed_end(name);
    name.chars().count() <= 40
        && !name.contains(['為', '为', '或', '的', '是', '“', '”', '。'])
        && ends_with_verb(name).is_none()
        && bare
            .chars()
            .next_back()
            .is_some_and(|c| BODY_ENDINGS.contains(c))
}

//! The front matter of a document and the metadata it states: the title, notice title,
//! document number, issuer, approver, date of issue and period, from the info box, the
//! notice, the first lines and the signature blocks.
//!
//! A document's first lines are its **heading**, the title of the document as a whole:
//! on one line, split over two or three (`国务院关于做好当前和今后一个时期` +
//! `促进就业工作的若干意见`), or given twice (a legal database's text export repeats it),
//! then the **document number** (`国发〔2018〕39号`, `（皖开放办〔2022〕6号）`). Where the
//! heading is a notice that issues a plan (`…关于印发《包头市2022年数字政府建设考评办法》
//! 的通知`), the notice's own lines follow, often closed by a signature block (the issuer,
//! the date), and then the **plan's title** on its own line. The plan is what the model
//! describes: the metadata's `title` is the plan's, and the notice's title is kept
//! beside it as `notice_title`; a document that issues nothing (a State Council opinion,
//! a notice of reforms) has its heading as its `title` and no `notice_title`.

use std::ops::Range;

use crate::base::brackets::without_bracketed_end;
use crate::base::number::is_digit;
use crate::base::numeral::from_numeral;
use crate::base::period::Period;
use crate::model::{Date, Metadata, PlanData, is_indent};
use crate::read::dates::{date_line, find_date};
use crate::read::lines::{is_front_matter_line, is_plain_text, looks_like_part_heading, trimmed};
use crate::read::signature::{Signature, front_signature, is_issuer_name, read_signature};

/// Info-box keys that give the title.
const TITLE_KEYS: [&str; 3] = ["中文名", "中文名稱", "中文名称"];
/// Info-box keys that give the issuer.
const ISSUER_KEYS: [&str; 4] = ["發布單位", "发布单位", "發文機關", "发文机关"];
/// Info-box keys that give the date of issue.
pub(crate) const DATE_KEYS: [&str; 4] = ["頒布時間", "颁布时间", "發布時間", "发布时间"];
/// Info-box keys, and the keys of a front matter's `key:value` lines and table cells,
/// that give the document number.
const NUMBER_KEYS: [&str; 8] = [
    "文号",
    "文號",
    "发文字号",
    "發文字號",
    "发文号",
    "發文號",
    "字号",
    "字號",
];

/// Reads title, notice title, document number, issuer, approver, date and period from
/// the front matter.
///
/// The signature block that closes the main document is not part of the front matter;
/// where the parser keeps it apart, [`metadata_of`] reads it too.
pub(crate) fn derive_metadata(data: &PlanData) -> Metadata {
    metadata_of(data, &data.signature)
}

/// Reads the metadata from the front matter and from `signature`, the lines of the
/// signature block that closes the main document (the issuer and date of a State
/// Council opinion, for one).
///
/// Each field is taken from the first source that gives it: the info box, then the
/// notice's sentence (`…已經…同意,…於2022年4月26日印發`), then the first lines (the
/// heading, the document number, the plan's title, the notice's signature block), then
/// the closing signature block, then a page's `时间:` line.
pub(crate) fn metadata_of<S: AsRef<str>>(data: &PlanData, signature: &[S]) -> Metadata {
    let entry = |keys: &[&str]| {
        data.info_box
            .iter()
            .flat_map(|info| info.entries.iter())
            .find(|entry| keys.contains(&entry.key.as_str()))
            .map(|entry| entry.value.as_str())
    };
    let notice = || data.notice.iter().chain(data.preamble.iter());
    let lines: Vec<&str> = notice().map(String::as_str).collect();
    let front = read_front(&lines);
    let closing: Vec<&str> = signature.iter().map(AsRef::as_ref).collect();
    let closing = read_signature(&closing);
    // The info box's, the title the first lines give, the plan's own title line, or a
    // plan named in the notice.
    let title = entry(&TITLE_KEYS)
        .map(str::to_owned)
        .or_else(|| front.title().map(str::to_owned))
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
        .or_else(|| front.date())
        .or(closing.date)
        .or_else(|| notice().find_map(|line| dated_line(line)));
    let period = title.as_deref().and_then(five_year_period);
    Metadata {
        notice_title: front.notice_title().map(str::to_owned),
        document_number: entry(&NUMBER_KEYS)
            .and_then(document_number)
            .or(front.number.map(|(_, number)| number))
            .map(str::to_owned),
        title,
        issuer: entry(&ISSUER_KEYS)
            .map(str::to_owned)
            .or_else(|| front.issuer())
            .or_else(|| closing.issuer()),
        approver,
        issue_date,
        period,
    }
}

/// A title as the front matter writes it, and the lines it takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Heading {
    /// The title as one line: the lines of a title split over several joined, a title
    /// given twice once (its first copy), white space at the ends taken off.
    pub(crate) text: String,
    /// The indexes of the lines it takes among the lines read; empty for the title of a
    /// plan that only the notice's title names.
    pub(crate) lines: Range<usize>,
}

/// What the first lines of a document (the lines before its first part) say of it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct FrontMatter<'a> {
    /// The document's own title, from its first lines: the notice's, where the document
    /// is a notice that issues a plan.
    pub(crate) heading: Option<Heading>,
    /// The title of the plan the heading's notice issues: its own line after the
    /// notice, or, where no line gives it, the name the notice's title gives it.
    pub(crate) plan_title: Option<Heading>,
    /// The document number, and the index of its line.
    pub(crate) number: Option<(usize, &'a str)>,
    /// The signature block among the lines (a notice's issuer and date), and what it
    /// says.
    pub(crate) signature: Option<(Range<usize>, Signature<'a>)>,
}

impl FrontMatter<'_> {
    /// The title of the plan the document is: the plan's where the document is a notice
    /// that issues one, the heading otherwise.
    pub(crate) fn title(&self) -> Option<&str> {
        self.plan_title
            .as_ref()
            .or(self.heading.as_ref())
            .map(|heading| heading.text.as_str())
    }

    /// The title of the notice that issues the plan, where the document is one.
    pub(crate) fn notice_title(&self) -> Option<&str> {
        self.plan_title
            .as_ref()
            .and(self.heading.as_ref())
            .map(|heading| heading.text.as_str())
    }

    /// The body that issued the document: the one its heading names before `关于`
    /// (`国务院` of `国务院关于…`), or the ones its signature block names, joined by `、`.
    pub(crate) fn issuer(&self) -> Option<String> {
        self.heading
            .as_ref()
            .and_then(|heading| title_issuer(&heading.text))
            .or_else(|| {
                self.signature
                    .as_ref()
                    .and_then(|(_, signature)| signature.issuer())
            })
    }

    /// The date the signature block among the lines gives.
    pub(crate) fn date(&self) -> Option<Date> {
        self.signature
            .as_ref()
            .and_then(|(_, signature)| signature.date)
    }
}

/// Reads the first lines of a document, the lines before its first part, each its
/// content without indentation (blank lines may be among them): its heading, document
/// number, signature block and the title of the plan it issues.
pub(crate) fn read_front<'a>(lines: &[&'a str]) -> FrontMatter<'a> {
    let heading = document_title(lines);
    let number = lines
        .iter()
        .enumerate()
        .find_map(|(at, line)| number_in(line).map(|number| (at, number)));
    let signature = front_signature(lines).map(|range| {
        let block = lines.get(range.clone()).unwrap_or_default();
        (range, read_signature(block))
    });
    let plan_title = heading.as_ref().and_then(|heading| {
        let name = issued_name(&heading.text)?;
        let after = heading.lines.end;
        let signed = signature.as_ref().map(|(range, _)| range.end);
        Some(
            line_titled(lines, after, name)
                .or_else(|| signed.and_then(|at| title_at(lines, at)))
                .unwrap_or_else(|| Heading {
                    text: name.to_owned(),
                    lines: after..after,
                }),
        )
    });
    FrontMatter {
        heading,
        plan_title,
        number,
        signature,
    }
}

/// The most lines a title is split over.
const MAX_TITLE_LINES: usize = 3;

/// The most characters a title has.
const MAX_TITLE_CHARS: usize = 120;

/// The document's title from its first lines: the first line alone where it ends as a
/// title does; the first line once where the second repeats it; or the first two or
/// three lines joined, where the last ends as a title does and the first has the `关于`
/// of a title (`国务院关于…`) or a document number follows them. `None` where the first
/// line is no title (a sentence, a page's breadcrumbs, an info box).
pub(crate) fn document_title(lines: &[&str]) -> Option<Heading> {
    let mut content = lines
        .iter()
        .enumerate()
        .map(|(at, line)| (at, trimmed(line)))
        .filter(|(_, line)| !line.is_empty());
    let (first_at, first) = content.next()?;
    if !is_title_shaped(first) {
        return None;
    }
    let mut text = first.to_owned();
    let mut end = first_at + 1;
    let mut ended = ends_as_title(first);
    let mut count = 1;
    while let Some((at, line)) = content.next() {
        if count == 1 && same_title(first, line) {
            return Some(Heading {
                text,
                lines: first_at..at + 1,
            });
        }
        if ended {
            break;
        }
        if count == MAX_TITLE_LINES || !is_title_shaped(line) {
            return None;
        }
        text.push_str(line);
        end = at + 1;
        count += 1;
        ended = ends_as_title(line);
        if ended {
            let numbered = content
                .clone()
                .next()
                .is_some_and(|(_, next)| document_number(next).is_some());
            if !has_about(first) && !numbered {
                return None;
            }
        }
    }
    ended.then_some(Heading {
        text,
        lines: first_at..end,
    })
}

/// The line or two lines, from index `from` on, that write `name` (a plan's title as
/// the notice's title gives it), brackets, quotes and white space aside.
fn line_titled(lines: &[&str], from: usize, name: &str) -> Option<Heading> {
    let mut content = lines
        .iter()
        .enumerate()
        .skip(from)
        .map(|(at, line)| (at, trimmed(line)))
        .filter(|(_, line)| !line.is_empty())
        .peekable();
    while let Some((at, line)) = content.next() {
        if !is_title_shaped(line) {
            continue;
        }
        if same_title(line, name) {
            return Some(Heading {
                text: line.to_owned(),
                lines: at..at + 1,
            });
        }
        if let Some(&(next_at, next)) = content.peek() {
            if is_title_shaped(next) && folded(line).chain(folded(next)).eq(folded(name)) {
                return Some(Heading {
                    text: format!("{line}{next}"),
                    lines: at..next_at + 1,
                });
            }
        }
    }
    None
}

/// The title on the first line from index `at` on that is not blank, if it is one.
fn title_at(lines: &[&str], at: usize) -> Option<Heading> {
    let (at, line) = lines
        .iter()
        .enumerate()
        .skip(at)
        .map(|(at, line)| (at, trimmed(line)))
        .find(|(_, line)| !line.is_empty())?;
    (is_title_shaped(line) && ends_as_title(line)).then(|| Heading {
        text: line.to_owned(),
        lines: at..at + 1,
    })
}

/// The characters that a title has none of: the punctuation of a sentence, a page's
/// `>` and `|`.
const NOT_IN_TITLE: [char; 12] = [
    '。', '，', ',', '；', ';', '：', ':', '！', '!', '？', '?', '|',
];

/// Whether a line may be (a part of) a title: not too long, without the punctuation of
/// a sentence, and not a line of another kind (a heading, a task, a date, a document
/// number, an info box line).
fn is_title_shaped(line: &str) -> bool {
    let count = line.chars().count();
    (4..=MAX_TITLE_CHARS).contains(&count)
        && !line.contains(NOT_IN_TITLE)
        && !line.contains('>')
        && is_plain_text(line)
        && !looks_like_part_heading(line)
        && !is_front_matter_line(line)
        && document_number(line).is_none()
        && date_line(line).is_none()
}

/// The words a document's title ends with, besides a plan's ([`TITLE_ENDINGS`]).
const DOCUMENT_ENDINGS: [&str; 21] = [
    "通知", "通告", "公告", "批复", "批覆", "报告", "報告", "规定", "規定", "条例", "條例", "指引",
    "指南", "决议", "決議", "纪要", "紀要", "规则", "規則", "制度", "函",
];

/// Whether a line ends as a document's title does: with [`TITLE_ENDINGS`] or
/// [`DOCUMENT_ENDINGS`], before a bracketed year such as `(2023年)`.
fn ends_as_title(line: &str) -> bool {
    let bare = without_bracketed_end(line);
    names_a_plan(line) || DOCUMENT_ENDINGS.iter().any(|ending| bare.ends_with(ending))
}

/// `关于`, in either script.
const ABOUT: [&str; 2] = ["关于", "關於"];

/// Whether a title has the `关于` that follows the issuer.
fn has_about(title: &str) -> bool {
    ABOUT.iter().any(|about| title.contains(about))
}

/// The issuer a title names before its first `关于` (`国务院` of
/// `国务院关于…的若干意见`, `包头市人民政府办公室` of `包头市人民政府办公室关于印发…`):
/// bodies' names, separated by white space where there are several, joined by `、`.
/// `None` for a title with nothing before `关于` or with something else (`安徽省` is a
/// province, not a body).
pub(crate) fn title_issuer(title: &str) -> Option<String> {
    let at = ABOUT.iter().filter_map(|about| title.find(about)).min()?;
    let names: Vec<&str> = title
        .get(..at)?
        .split(|c: char| is_indent(c) || c.is_whitespace())
        .filter(|name| !name.is_empty())
        .collect();
    (!names.is_empty() && names.iter().all(|name| is_issuer_name(name))).then(|| names.join("、"))
}

/// The verbs of a notice that issues a document, in either script.
const ISSUE_VERBS: [&str; 11] = [
    "印发", "印發", "转发", "轉發", "颁布", "頒布", "颁发", "頒發", "发布", "發布", "公布",
];

/// The endings of a notice's title after the name of what it issues.
const NOTICE_ENDINGS: [&str; 4] = ["的通知", "的通告", "的决定", "的決定"];

/// The name of the document a notice's title says it issues: `包头市2022年数字政府建设考评
/// 办法` of `…关于印发《包头市2022年数字政府建设考评办法》的通知`, or, with no `《》`, what
/// stands between the verb and `的通知`. `None` for a title that issues nothing.
pub(crate) fn issued_name(title: &str) -> Option<&str> {
    let at = ABOUT.iter().filter_map(|about| title.find(about)).min()?;
    let after = title.get(at + "关于".len()..)?;
    let rest = ISSUE_VERBS
        .iter()
        .find_map(|verb| after.strip_prefix(verb))?;
    let name = match rest.split_once('《') {
        Some((_, inside)) => inside.split_once('》')?.0,
        None => NOTICE_ENDINGS
            .iter()
            .find_map(|ending| rest.strip_suffix(ending))?,
    };
    (!name.trim().is_empty()).then_some(name)
}

/// Whether two titles are the same, brackets of either width, book-title marks, quotes
/// and white space aside: the two copies of a title a text export gives, or a plan's
/// title and the name its notice gives it.
fn same_title(a: &str, b: &str) -> bool {
    folded(a).eq(folded(b))
}

/// A title's characters as [`same_title`] compares them.
fn folded(title: &str) -> impl Iterator<Item = char> + Clone + '_ {
    title
        .chars()
        .filter(|&c| {
            !is_indent(c)
                && !c.is_whitespace()
                && !matches!(
                    c,
                    '《' | '》' | '〈' | '〉' | '“' | '”' | '"' | '‘' | '’' | '\''
                )
        })
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            c => c,
        })
}

/// The document number a line gives: the line itself (`国发〔2018〕39号`, or bracketed,
/// `（皖开放办〔2022〕6号）`), a `文号：…` line, or the cell after a `文号` cell of a
/// table (`文号 | 平政办〔2013〕11号 | 索引号 | …`).
pub(crate) fn number_in(line: &str) -> Option<&str> {
    if let Some(number) = document_number(line) {
        return Some(number);
    }
    if line.contains('|') {
        let mut cells = line.split('|').map(str::trim);
        while let Some(cell) = cells.next() {
            if NUMBER_KEYS.contains(&cell) {
                return cells.next().and_then(document_number);
            }
        }
        return None;
    }
    let (key, value) = line.split_once([':', '：'])?;
    NUMBER_KEYS
        .contains(&key.trim())
        .then(|| document_number(value))
        .flatten()
}

/// The most characters the issuer's code of a document number has (`国办发`, `皖开放办`).
const MAX_CODE_CHARS: usize = 12;

/// The document number a text is, white space and enclosing brackets aside: the
/// issuer's code, the year in brackets (`〔2018〕`, `[2018]`, `［2018］`, `(2018)`,
/// `【2018】`), the number (after a `第` or not) and `号`: `国发〔2018〕39号`. The
/// number as written, without the enclosing brackets.
pub(crate) fn document_number(text: &str) -> Option<&str> {
    let text = trimmed(text);
    let text = text
        .strip_prefix(['（', '('])
        .and_then(|inner| inner.strip_suffix(['）', ')']))
        .map_or(text, trimmed);
    let open = text.find(['〔', '[', '［', '(', '（', '【'])?;
    let code = text.get(..open)?;
    let count = code.chars().count();
    if !(1..=MAX_CODE_CHARS).contains(&count) || !code.chars().all(char::is_alphabetic) {
        return None;
    }
    let rest = text.get(open..)?;
    let rest = rest.get(rest.chars().next()?.len_utf8()..)?;
    let close = rest.find(['〕', ']', '］', ')', '）', '】'])?;
    let year = rest.get(..close)?;
    if year.chars().count() != 4 || !year.chars().all(is_digit) {
        return None;
    }
    let rest = rest.get(close..)?;
    let rest = rest.get(rest.chars().next()?.len_utf8()..)?;
    let rest = rest.strip_prefix('第').unwrap_or(rest);
    let number = rest.strip_suffix(['号', '號'])?;
    let digits = number.chars().count();
    ((1..=6).contains(&digits) && number.chars().all(is_digit)).then_some(text)
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
mod corpus;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Layout;

    /// national-2018-jiuye, lines 1–5: the title over two lines, the number, the
    /// addressees, the preamble (its first sentence here).
    const JIUYE: [&str; 5] = [
        "国务院关于做好当前和今后一个时期",
        "促进就业工作的若干意见",
        "国发〔2018〕39号",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        "就业是最大的民生，也是经济发展的重中之重。",
    ];

    /// national-2018-chuangxin-table, lines 1–3.
    const CHUANGXIN: [&str; 3] = [
        "国务院办公厅关于推广第二批",
        "支持创新相关改革举措的通知",
        "国办发〔2018〕126号",
    ];

    /// baotou-2022-shuzi-zhengfu-kaoping, lines 1–7, indentation taken off: the
    /// notice's title twice, its number, addressees, text and date, the plan's title.
    const BAOTOU: [&str; 7] = [
        "包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知",
        "包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知",
        "包府办发〔2022〕43号",
        "各旗、县、区人民政府，稀土高新区管委会，市直有关部门、单位：",
        "按照市政府2022年第4次常务会议和《包头市人民政府办公室关于印发包头市数字政府建设行动方案（2021—2023年）的通知》（包府办发〔2022〕10号）要求，为加快推进全市数字政府建设，确保年度重点任务和重点项目按时限高质量完成，经市人民政府同意，将《包头市2022年数字政府建设考评办法》印发给你们，请认真抓好落实。",
        "2022年4月14日",
        "包头市2022年数字政府建设考评办法",
    ];

    /// anhui-2022-rcep-shishi-yijian, lines 1–12 with their blank lines, indentation
    /// taken off: the notice's title twice (the first with ASCII brackets), its number
    /// in brackets, addressees, text, issuer and date, the plan's title.
    const ANHUI: [&str; 12] = [
        "安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室关于印发安徽省关于加快对接区域全面经济伙伴关系协定(RCEP)经贸新规则扎实推进高水平开放实施意见的通知",
        "安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室关于印发安徽省关于加快对接区域全面经济伙伴关系协定（RCEP）经贸新规则扎实推进高水平开放实施意见的通知",
        "",
        "（皖开放办〔2022〕6号）",
        "",
        "省有关单位：",
        "",
        "《安徽省关于加快对接〈区域全面经济伙伴关系协定〉（RCEP）经贸新规则 扎实推进高水平开放实施意见》现印发给你们，请认真贯彻执行。",
        "安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室",
        "",
        "2022年3月23日",
        "安徽省关于加快对接《区域全面经济伙伴关系协定》（RCEP）经贸新规则扎实推进高水平开放实施意见",
    ];

    /// The title a heading gives, and its lines.
    fn heading(lines: &[&str]) -> Option<(String, Range<usize>)> {
        document_title(lines).map(|heading| (heading.text, heading.lines))
    }

    #[test]
    fn a_title_split_over_two_lines_is_joined() {
        assert_eq!(
            heading(&JIUYE),
            Some((
                "国务院关于做好当前和今后一个时期促进就业工作的若干意见".to_owned(),
                0..2
            ))
        );
        assert_eq!(
            heading(&CHUANGXIN),
            Some((
                "国务院办公厅关于推广第二批支持创新相关改革举措的通知".to_owned(),
                0..2
            ))
        );
        // national-2019-zongbaoqu, lines 1–3.
        assert_eq!(
            heading(&[
                "国务院关于促进综合保税区",
                "高水平开放高质量发展的若干意见",
                "国发〔2019〕3号"
            ]),
            Some((
                "国务院关于促进综合保税区高水平开放高质量发展的若干意见".to_owned(),
                0..2
            ))
        );
        // Without `关于`, only a number after the lines says they are a title.
        assert_eq!(
            heading(&[
                "包头市2022年数字政府",
                "建设考评办法",
                "包府办发〔2022〕43号"
            ]),
            Some(("包头市2022年数字政府建设考评办法".to_owned(), 0..2))
        );
        assert_eq!(
            heading(&[
                "首页 专题专栏",
                "建设考评办法",
                "为加快推进建设，制定本办法。"
            ]),
            None
        );
        // Three lines at most, each a title's.
        assert_eq!(
            heading(&[
                "国务院关于做好",
                "当前和今后一个时期",
                "促进就业工作的若干意见"
            ])
            .map(|h| h.1),
            Some(0..3)
        );
        assert_eq!(
            heading(&[
                "国务院关于做好",
                "当前和今后",
                "一个时期",
                "促进就业工作的若干意见"
            ]),
            None
        );
        assert_eq!(
            heading(&["国务院关于做好当前和今后一个时期", "一、支持企业稳定发展"]),
            None
        );
    }

    #[test]
    fn a_title_given_twice_is_taken_once() {
        assert_eq!(heading(&BAOTOU), Some((BAOTOU[0].to_owned(), 0..2)));
        // The copies differ in the width of their brackets; the first is taken.
        assert_eq!(heading(&ANHUI), Some((ANHUI[0].to_owned(), 0..2)));
        // guangzhou, lines 1–2: a title alone, then the preamble.
        assert_eq!(
            heading(&[
                "关于推进人才集聚工程的实施意见",
                "为深入贯彻科学发展观，全面落实省第十一次党代会、市第十次党代会精神，根据《中共广州市委、广州市人民政府关于全面推进新型城市化发展的决定》，就推进人才集聚工程（简称“633”人才工程），提出以下实施意见。",
            ]),
            Some(("关于推进人才集聚工程的实施意见".to_owned(), 0..1))
        );
        // 02-lishui, lines 1–3: a page's breadcrumbs first; no heading.
        assert_eq!(
            heading(&[
                "当前位置:首页",
                ">> 专题专栏 >> 归档专题 >> 2023市政府重点工作(已归档)",
                "市政府工作报告重点工作责任分解(2023年)",
            ]),
            None
        );
        // The Wuzhong source, line 1: a sentence.
        assert_eq!(
            heading(&[
                "《吳忠市“十四五”公共服務發展實施方案》已經吳忠市人民政府同意,吳忠市人民政府辦公室於2022年4月26日印發,請認真貫徹執行。"
            ]),
            None
        );
    }

    #[test]
    fn a_document_number_is_a_code_a_year_and_a_number() {
        assert_eq!(
            document_number("国发〔2018〕39号"),
            Some("国发〔2018〕39号")
        );
        assert_eq!(
            document_number("（皖开放办〔2022〕6号）"),
            Some("皖开放办〔2022〕6号")
        );
        assert_eq!(
            document_number("包府办发〔2022〕43号  "),
            Some("包府办发〔2022〕43号")
        );
        assert_eq!(
            document_number("銀政發[2021]第5號"),
            Some("銀政發[2021]第5號")
        );
        assert_eq!(
            document_number("国发（２０１８）３９号"),
            Some("国发（２０１８）３９号")
        );
        for line in [
            "国发〔18〕39号",
            "国发〔2018〕号",
            "〔2018〕39号",
            "国发2018年39号",
            "国发〔2018〕39号文",
            "按照国发〔2018〕39号要求",
            "国务院关于做好当前和今后一个时期",
        ] {
            assert_eq!(document_number(line), None, "{line}");
        }
        // 04-pingdingshan, line 1: a table of the document's facts.
        assert_eq!(
            number_in("文号 | 平政办〔2013〕11号 | 索引号 | 005452065/2013-00024 | 关键词 | |"),
            Some("平政办〔2013〕11号")
        );
        assert_eq!(
            number_in("发文字号：国发〔2018〕39号"),
            Some("国发〔2018〕39号")
        );
        assert_eq!(number_in("索引号：005452065/2013-00024"), None);
    }

    #[test]
    fn a_title_names_its_issuer_before_its_about() {
        assert_eq!(title_issuer(JIUYE[0]).as_deref(), Some("国务院"));
        assert_eq!(title_issuer(CHUANGXIN[0]).as_deref(), Some("国务院办公厅"));
        assert_eq!(
            title_issuer(BAOTOU[0]).as_deref(),
            Some("包头市人民政府办公室")
        );
        assert_eq!(
            title_issuer(ANHUI[0]).as_deref(),
            Some("安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室")
        );
        assert_eq!(
            title_issuer("中共广州市委 广州市人民政府关于全面推进新型城市化发展的决定").as_deref(),
            Some("中共广州市委、广州市人民政府")
        );
        // Nothing before `关于`, a province, no `关于`.
        assert_eq!(title_issuer("关于推进人才集聚工程的实施意见"), None);
        assert_eq!(title_issuer(ANHUI[11]), None);
        assert_eq!(title_issuer(BAOTOU[6]), None);
    }

    #[test]
    fn a_notice_names_what_it_issues() {
        assert_eq!(
            issued_name(BAOTOU[0]),
            Some("包头市2022年数字政府建设考评办法")
        );
        assert_eq!(
            issued_name(ANHUI[0]),
            Some(
                "安徽省关于加快对接区域全面经济伙伴关系协定(RCEP)经贸新规则扎实推进高水平开放实施意见"
            )
        );
        assert_eq!(
            issued_name("吳忠市人民政府辦公室關於印發吳忠市“十四五”公共服務發展實施方案的通知"),
            Some("吳忠市“十四五”公共服務發展實施方案")
        );
        // A notice of reforms, an opinion: nothing issued.
        assert_eq!(issued_name(CHUANGXIN[0]), None);
        assert_eq!(issued_name(JIUYE[0]), None);
    }

    #[test]
    fn a_notice_carries_its_plan_and_signs_before_it() {
        let front = read_front(&BAOTOU);
        assert_eq!(front.title(), Some(BAOTOU[6]));
        assert_eq!(front.notice_title(), Some(BAOTOU[0]));
        assert_eq!(
            front.plan_title.as_ref().map(|title| title.lines.clone()),
            Some(6..7)
        );
        assert_eq!(front.number, Some((2, "包府办发〔2022〕43号")));
        assert_eq!(front.issuer().as_deref(), Some("包头市人民政府办公室"));
        assert_eq!(front.date(), Date::new(2022, 4, 14));
        let front = read_front(&ANHUI);
        // The plan's line writes `《》` the notice's title leaves out.
        assert_eq!(front.title(), Some(ANHUI[11]));
        assert_eq!(front.notice_title(), Some(ANHUI[0]));
        assert_eq!(front.number, Some((3, "皖开放办〔2022〕6号")));
        assert_eq!(
            front.signature.as_ref().map(|(lines, _)| lines.clone()),
            Some(8..11)
        );
        assert_eq!(front.date(), Date::new(2022, 3, 23));
        // An opinion issues nothing: its heading is its title.
        let front = read_front(&JIUYE);
        assert_eq!(
            front.title(),
            Some("国务院关于做好当前和今后一个时期促进就业工作的若干意见")
        );
        assert_eq!(front.notice_title(), None);
        assert_eq!(
            (front.issuer().as_deref(), front.date()),
            (Some("国务院"), None)
        );
        // A plan whose title has no line of its own: the notice's title names it.
        let front = read_front(&[
            "吳忠市人民政府辦公室關於印發吳忠市“十四五”公共服務發展實施方案的通知",
            "吳政辦發〔2022〕21號",
            "各縣(市、區)人民政府,市政府各部門:",
            "現將《吳忠市“十四五”公共服務發展實施方案》印發給你們,請認真貫徹執行。",
        ]);
        assert_eq!(front.title(), Some("吳忠市“十四五”公共服務發展實施方案"));
        assert_eq!(
            front.plan_title.as_ref().map(|title| title.lines.clone()),
            Some(1..1)
        );
    }

    /// A plan's data whose front matter is `lines`, as the preamble.
    fn data(lines: &[&str]) -> PlanData {
        let mut data = PlanData::new(Layout::default());
        data.preamble = lines
            .iter()
            .filter(|line| !line.is_empty())
            .map(|line| (*line).to_owned())
            .collect();
        data
    }

    #[test]
    fn the_metadata_reads_the_front_matter_and_the_closing_signature() {
        let metadata = metadata_of(
            &data(&JIUYE),
            &[
                "国务院 \u{a0} \u{a0}",
                "2018年11月16日\u{a0}\u{a0}",
                "（此件公开发布）",
            ],
        );
        assert_eq!(
            metadata.title.as_deref(),
            Some("国务院关于做好当前和今后一个时期促进就业工作的若干意见")
        );
        assert_eq!(metadata.notice_title, None);
        assert_eq!(
            metadata.document_number.as_deref(),
            Some("国发〔2018〕39号")
        );
        assert_eq!(metadata.issuer.as_deref(), Some("国务院"));
        assert_eq!(metadata.issue_date, Date::new(2018, 11, 16));
        assert_eq!(metadata.period, None);
        // Without the signature, the date is not known.
        assert_eq!(derive_metadata(&data(&JIUYE)).issue_date, None);
        let metadata = derive_metadata(&data(&BAOTOU));
        assert_eq!(
            metadata.title.as_deref(),
            Some("包头市2022年数字政府建设考评办法")
        );
        assert_eq!(metadata.notice_title.as_deref(), Some(BAOTOU[0]));
        assert_eq!(metadata.issue_date, Date::new(2022, 4, 14));
        // The period is the plan's title's.
        let mut five_year = BAOTOU
            .map(|line| line.replace("2022年数字政府建设考评办法", "“十四五”数字政府建设规划"));
        five_year[4] = "现将规划印发给你们，请认真抓好落实。".to_owned();
        let lines: Vec<&str> = five_year.iter().map(String::as_str).collect();
        let metadata = derive_metadata(&data(&lines));
        assert_eq!(
            metadata.title.as_deref(),
            Some("包头市“十四五”数字政府建设规划")
        );
        assert_eq!(
            metadata.period.map(|p| (p.start, p.end)),
            Some((2021, 2025))
        );
    }

    #[test]
    fn the_wuzhong_metadata_is_the_info_box_and_the_notice() {
        let plan = crate::parse(crate::SOURCE_TEXT);
        let metadata = plan.as_ref().map(|plan| plan.metadata().clone());
        let metadata = metadata.unwrap_or_default();
        assert_eq!(
            metadata.title.as_deref(),
            Some("吳忠市“十四五”公共服務發展實施方案")
        );
        assert_eq!(metadata.issuer.as_deref(), Some("吳忠市人民政府辦公室"));
        assert_eq!(metadata.approver.as_deref(), Some("吳忠市人民政府"));
        assert_eq!(metadata.issue_date, Date::new(2022, 4, 26));
        assert_eq!(
            (metadata.notice_title, metadata.document_number),
            (None, None)
        );
        // Its lines before part 一 (the notice's sentence, the info box, `全文`, the
        // preamble) have no heading, number or signature block.
        let lines: Vec<&str> = crate::SOURCE_TEXT
            .lines()
            .take_while(|line| !line.starts_with("一、"))
            .collect();
        assert_eq!(lines.len(), 7);
        assert_eq!(read_front(&lines), FrontMatter::default());
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

//! One HTML page over a corpus: an index of its plans, a matrix of which kind of body
//! leads how many tasks in each plan, and each plan's page.
//!
//! The page is self-contained as a plan's own page is ([`Plan::to_html`]): the same
//! Content Security Policy, which forbids any request, the same style sheet with a few
//! rules of its own, no script, every piece of text escaped. Each plan's page is its
//! `article` as `to_html` writes it, in a `section` whose `id` is the plan's anchor:
//! `plan-` and the plan's id, each character of it other than a letter, a digit, `.` and
//! `_` written as `-`, its code point in hexadecimal and `-` (`plan-sub-2f-wuzhong.txt`
//! for `sub/wuzhong.txt`). Every id within it is the anchor, `--` and the id the plan's
//! own page gives (`plan-sub-2f-wuzhong.txt--part_2__group_1__task_7`; `data-eid` keeps
//! the eId alone), and its links follow. As the anchor writes each plan's id one way
//! and no anchor holds `--` where an escape could start, the ids of two plans never
//! meet, and none is one of the page's own (`corpus-index`, `corpus-matrix`).
//!
//! [`CorpusPage::add`] renders what the page needs of a document and keeps that (its
//! row, its section, its counts), not the plan; [`CorpusPage::finish`] puts the page
//! together.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use crate::corpus::{Document, Refusal};
use crate::model::DiagnosticKind;
use crate::plan::Plan;
use crate::render::{POLICY, RenderOptions, STYLE, Script, article, lang, xml};
use crate::vocab::department::Department;

/// The rules the page of a corpus adds to a plan's page's style sheet.
const CORPUS_STYLE: &str = "\
header.corpus,section.corpus-index,section.corpus-matrix{padding:1rem 1.25rem}
.wide{overflow-x:auto}
.corpus-index td.plan-id,.corpus-matrix thead th{word-break:break-all}
.corpus-index tr.refused td{color:var(--muted)}
.corpus-index .by-kind{display:block;color:var(--muted);font-size:.85rem}
.corpus-index td.date,.corpus-index td.level,.corpus-index td.count,.corpus-index .by-kind>span,.corpus-matrix .kind{white-space:nowrap}
.corpus-index td.count,.corpus-matrix td,.corpus-matrix .total{text-align:right;font-variant-numeric:tabular-nums}
.corpus-matrix tfoot th,.corpus-matrix tfoot td{font-weight:bold;border-top:2px solid var(--rule)}
.corpus-matrix .kind-id{display:block;color:var(--muted);font-size:.85rem}
section.corpus-plan{border-top:4px solid var(--rule);margin-top:2rem}
.corpus-plan-id{max-width:60rem;margin:1rem auto 0;padding:0 1.25rem;color:var(--muted)}
@media print{
section.corpus-plan{break-before:page}
.corpus-plan .pictures,.corpus-plan .organizations{break-before:page}
}
";

/// The words the page of a corpus adds, in one script.
#[derive(Debug)]
struct Words {
    script: Script,
    corpus: &'static str,
    documents: &'static str,
    read: &'static str,
    refused: &'static str,
    unit: &'static str,
    index: &'static str,
    id: &'static str,
    title: &'static str,
    issuer: &'static str,
    date: &'static str,
    level: &'static str,
    tasks: &'static str,
    diagnostics: &'static str,
    matrix: &'static str,
    matrix_note: &'static str,
    kind: &'static str,
    total: &'static str,
}

const TRADITIONAL: Words = Words {
    script: Script::Traditional,
    corpus: "文件彙編",
    documents: "份文件",
    read: "已讀取",
    refused: "未能讀取",
    unit: "份",
    index: "文件索引",
    id: "編號",
    title: "標題",
    issuer: "發布單位",
    date: "日期",
    level: "層級",
    tasks: "任務",
    diagnostics: "診斷",
    matrix: "牽頭任務比較",
    matrix_note: "各類單位在各文件中牽頭的任務數。",
    kind: "單位類別",
    total: "合計",
};

const SIMPLIFIED: Words = Words {
    script: Script::Simplified,
    corpus: "文件汇编",
    documents: "份文件",
    read: "已读取",
    refused: "未能读取",
    unit: "份",
    index: "文件索引",
    id: "编号",
    title: "标题",
    issuer: "发布单位",
    date: "日期",
    level: "层级",
    tasks: "任务",
    diagnostics: "诊断",
    matrix: "牵头任务比较",
    matrix_note: "各类单位在各文件中牵头的任务数。",
    kind: "单位类别",
    total: "合计",
};

/// The HTML page of a corpus, built one document at a time: an index with a row for
/// every document (its id, title, issuer, date of issue, level, tasks and diagnostics
/// by kind, or its refusal), a matrix of how many tasks each kind of body
/// ([`Department`]) leads in each plan, with totals, and each plan's page in a section
/// of its own (see the module's documentation for their ids).
///
/// The page's own words are in Simplified script when the options ask for it, else in
/// Traditional; each plan's section is in its own script, as its page is.
///
/// ```
/// use wuzhong_plan::{CorpusPage, Document, RenderOptions};
/// let mut page = CorpusPage::new(&RenderOptions::default());
/// page.add(&Document::from_plan("wuzhong.txt", wuzhong_plan::plan().clone()));
/// let html = page.finish();
/// assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"zh-Hant\">"));
/// assert!(html.contains("<td class=\"plan-id\"><a href=\"#plan-wuzhong.txt\">wuzhong.txt</a></td>"));
/// assert!(html.contains("id=\"plan-wuzhong.txt--part_2__group_1__task_7\" data-eid=\"part_2__group_1__task_7\""));
/// // 市民政局 leads 10 tasks.
/// assert!(html.contains("<tr data-kind=\"civil-affairs\"><th scope=\"row\"><span class=\"kind\">民政局</span>"));
/// ```
#[derive(Debug, Clone)]
pub struct CorpusPage {
    options: RenderOptions,
    words: &'static Words,
    /// The index's rows, one a document, in the order they were added.
    rows: String,
    /// The matrix's columns, one a plan read.
    columns: Vec<Column>,
    /// The tasks each kind leads across the plans: the matrix's rows and their totals.
    totals: BTreeMap<Department, usize>,
    /// Each plan's section.
    sections: String,
    /// How many documents have an anchor, by anchor, to tell a second document of the
    /// same id apart.
    anchors: HashMap<String, usize>,
    read: usize,
    refused: usize,
}

/// A plan's column of the matrix: its anchor, its id and title as the header shows
/// them, and how many tasks each kind leads in it.
#[derive(Debug, Clone)]
struct Column {
    anchor: String,
    id: String,
    title: String,
    /// In [`Department`] order, each kind that leads a task.
    led: Vec<(Department, usize)>,
}

impl Default for CorpusPage {
    fn default() -> CorpusPage {
        CorpusPage::new(&RenderOptions::default())
    }
}

impl CorpusPage {
    /// An empty page, its plans to be rendered with `options`.
    pub fn new(options: &RenderOptions) -> CorpusPage {
        let words = match options.script {
            Some(Script::Simplified) => &SIMPLIFIED,
            Some(Script::Traditional) | None => &TRADITIONAL,
        };
        CorpusPage {
            options: *options,
            words,
            rows: String::new(),
            columns: Vec::new(),
            totals: BTreeMap::new(),
            sections: String::new(),
            anchors: HashMap::new(),
            read: 0,
            refused: 0,
        }
    }

    /// Adds a document: its row in the index and, for a plan, its column of the matrix
    /// and its section. A document whose id is one added before has its anchor followed
    /// by `-n2`, `-n3`…, so that its ids are still its own.
    pub fn add(&mut self, document: &Document) {
        let id = xml(document.id()).into_owned();
        match &document.plan {
            Ok(plan) => {
                let anchor = self.anchor(document.id());
                self.add_plan(id, anchor, plan);
            }
            Err(refusal) => self.add_refused(&id, refusal),
        }
    }

    /// The whole page.
    pub fn finish(self) -> String {
        let words = self.words;
        let mut out = String::with_capacity(
            4096 + STYLE.len() + self.rows.len() + self.sections.len() + self.matrix_size(),
        );
        let heading = words.corpus;
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{heading}</title>\n<style>\n{STYLE}{CORPUS_STYLE}</style>\n</head>\n<body>\n\
             <header class=\"corpus\">\n<h1>{heading}</h1>\n\
             <p class=\"corpus-summary\" data-read=\"{read}\" data-refused=\"{refused}\">\
             {total}{documents}：{read_word}{read}{unit}，{refused_word}{refused}{unit}</p>\n\
             <nav><a href=\"#corpus-index\">{index}</a> · <a href=\"#corpus-matrix\">{matrix}</a></nav>\n\
             </header>\n",
            lang(words.script),
            read = self.read,
            refused = self.refused,
            total = self.read + self.refused,
            documents = words.documents,
            read_word = words.read,
            refused_word = words.refused,
            unit = words.unit,
            index = words.index,
            matrix = words.matrix,
        );
        let _ = write!(
            out,
            "<section class=\"corpus-index\" id=\"corpus-index\">\n<h2>{}</h2>\n<div class=\"wide\">\
             <table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            words.index,
            words.id,
            words.title,
            words.issuer,
            words.date,
            words.level,
            words.tasks,
            words.diagnostics,
        );
        out.push_str(&self.rows);
        out.push_str("</tbody>\n</table></div>\n</section>\n");
        self.matrix(&mut out);
        out.push_str(&self.sections);
        out.push_str("</body>\n</html>\n");
        out
    }

    /// The anchor of the plan of id `id`: unique on the page, `-n2` after a second of
    /// the same id.
    fn anchor(&mut self, id: &str) -> String {
        let mut anchor = anchor(id);
        let seen = self.anchors.entry(anchor.clone()).or_insert(0);
        *seen += 1;
        if *seen > 1 {
            let _ = write!(anchor, "-n{seen}");
        }
        anchor
    }

    /// A plan's row, column and section.
    fn add_plan(&mut self, id: String, anchor: String, plan: &Plan) {
        self.read += 1;
        let options = self.options;
        let display = |text: &str| xml(&options.display(text)).into_owned();
        let meta = plan.metadata();
        let title = meta.title.as_deref().map(display).unwrap_or_default();
        let issuer = meta.issuer.as_deref().map(display).unwrap_or_default();
        let date = meta
            .issue_date
            .map(|date| format!("<time datetime=\"{date}\">{date}</time>"))
            .unwrap_or_default();
        let level = match plan.level() {
            Some(level) => format!(
                "<td class=\"level\" data-level=\"{level}\">{}</td>",
                display(level.name())
            ),
            None => "<td class=\"level\"></td>".to_owned(),
        };
        let diagnostics = plan.diagnostics();
        let mut by_kind: BTreeMap<DiagnosticKind, usize> = BTreeMap::new();
        for diagnostic in diagnostics {
            *by_kind.entry(diagnostic.kind).or_insert(0) += 1;
        }
        let _ = write!(
            self.rows,
            "<tr class=\"read\" data-plan=\"{id}\"><td class=\"plan-id\"><a href=\"#{anchor}\">{id}</a></td>\
             <td class=\"title\">{title}</td><td class=\"issuer\">{issuer}</td><td class=\"date\">{date}</td>{level}\
             <td class=\"count tasks\">{}</td><td class=\"count diagnostics\" data-count=\"{}\">{}",
            plan.tasks().len(),
            diagnostics.len(),
            diagnostics.len(),
        );
        if !by_kind.is_empty() {
            self.rows.push_str("<span class=\"by-kind\">");
            for (at, (kind, count)) in by_kind.iter().enumerate() {
                let gap = if at == 0 { "" } else { " " };
                let _ = write!(
                    self.rows,
                    "{gap}<span data-kind=\"{kind}\">{kind} ×{count}</span>"
                );
            }
            self.rows.push_str("</span>");
        }
        self.rows.push_str("</td></tr>\n");

        let led: Vec<(Department, usize)> = plan
            .departments()
            .filter(|load| load.led > 0)
            .map(|load| (load.department, load.led))
            .collect();
        for &(department, count) in &led {
            *self.totals.entry(department).or_insert(0) += count;
        }

        let piece = article(plan, &options, &format!("{anchor}--"));
        let _ = write!(
            self.sections,
            "<section class=\"corpus-plan\" id=\"{anchor}\" data-plan=\"{id}\" lang=\"{}\">\n\
             <p class=\"corpus-plan-id\"><a href=\"#corpus-index\">{}</a> · {id}</p>\n",
            piece.lang, self.words.index,
        );
        self.sections.push_str(&piece.html);
        self.sections.push_str("</section>\n");

        self.columns.push(Column {
            anchor,
            id,
            title,
            led,
        });
    }

    /// A refused document's row: its id and why it was refused.
    fn add_refused(&mut self, id: &str, refusal: &Refusal) {
        self.refused += 1;
        let line = refusal
            .line
            .map(|line| format!(" 第{line}行"))
            .unwrap_or_default();
        let _ = writeln!(
            self.rows,
            "<tr class=\"refused\" data-plan=\"{id}\" data-refusal=\"{kind}\"><td class=\"plan-id\">{id}</td>\
             <td class=\"refusal\" colspan=\"6\">{}：<code>{kind}</code>{line} {}</td></tr>",
            self.words.refused,
            xml(&refusal.message),
            kind = refusal.kind,
        );
    }

    /// About how long the matrix is: a cell for each kind and plan, and the headers.
    fn matrix_size(&self) -> usize {
        let header: usize = self
            .columns
            .iter()
            .map(|column| 64 + column.anchor.len() + column.id.len() + column.title.len())
            .sum();
        header + (self.totals.len() + 1) * (128 + 12 * self.columns.len())
    }

    /// Writes the matrix: a row for each kind that leads a task in some plan, in
    /// [`Department`] order, a column for each plan, in the order they were added, and
    /// the totals of both; a cell is empty where the kind leads none of the plan's tasks.
    fn matrix(&self, out: &mut String) {
        let words = self.words;
        let _ = write!(
            out,
            "<section class=\"corpus-matrix\" id=\"corpus-matrix\">\n<h2>{}</h2>\n<p>{}</p>\n\
             <div class=\"wide\"><table>\n<thead><tr><th scope=\"col\">{}</th>",
            words.matrix, words.matrix_note, words.kind,
        );
        for column in &self.columns {
            let _ = write!(
                out,
                "<th scope=\"col\" data-plan=\"{}\"><a href=\"#{}\" title=\"{}\">{}</a></th>",
                column.id, column.anchor, column.title, column.id
            );
        }
        let _ = write!(
            out,
            "<th scope=\"col\" class=\"total\">{}</th></tr></thead>\n<tbody>\n",
            words.total
        );
        for (&kind, total) in &self.totals {
            let name = match words.script {
                Script::Simplified => kind.simplified_short_name(),
                Script::Traditional => kind.short_name(),
            };
            let _ = write!(
                out,
                "<tr data-kind=\"{id}\"><th scope=\"row\"><span class=\"kind\">{}</span> \
                 <span class=\"kind-id\">{id}</span></th>",
                xml(name),
                id = kind.id(),
            );
            for column in &self.columns {
                match column.led.binary_search_by_key(&kind, |&(kind, _)| kind) {
                    Ok(at) => {
                        let count = column.led.get(at).map_or(0, |&(_, count)| count);
                        let _ = write!(out, "<td>{count}</td>");
                    }
                    Err(_) => out.push_str("<td></td>"),
                }
            }
            let _ = writeln!(out, "<td class=\"total\">{total}</td></tr>");
        }
        let _ = write!(
            out,
            "</tbody>\n<tfoot><tr><th scope=\"row\">{}</th>",
            words.total
        );
        for column in &self.columns {
            let sum: usize = column.led.iter().map(|&(_, count)| count).sum();
            let _ = write!(out, "<td>{sum}</td>");
        }
        let all: usize = self.totals.values().sum();
        let _ = write!(
            out,
            "<td class=\"total\">{all}</td></tr></tfoot>\n</table></div>\n</section>\n"
        );
    }
}

/// The anchor of a plan's section: `plan-` and its id, each character other than a
/// letter, a digit, `.` and `_` written as `-`, its code point in hexadecimal and `-`:
/// `plan-sub-2f-wuzhong.txt`. It holds no white space and nothing that needs escaping,
/// and no two ids have the same.
fn anchor(id: &str) -> String {
    let mut out = String::with_capacity(5 + id.len());
    out.push_str("plan-");
    for c in id.chars() {
        if c.is_ascii_alphanumeric()
            || c == '.'
            || c == '_'
            || (!c.is_ascii() && c.is_alphanumeric())
        {
            out.push(c);
        } else {
            let _ = write!(out, "-{:x}-", u32::from(c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_write_each_id_one_way() {
        assert_eq!(anchor("wuzhong.txt"), "plan-wuzhong.txt");
        assert_eq!(anchor("sub/wuzhong.txt"), "plan-sub-2f-wuzhong.txt");
        assert_eq!(anchor("吳忠 市.txt"), "plan-吳忠-20-市.txt");
        assert_eq!(anchor("a-b"), "plan-a-2d-b");
        assert_eq!(anchor("<\"&'>"), "plan--3c--22--26--27--3e-");
        assert_eq!(anchor(""), "plan-");
        // `/` and `-2f-` are written apart, as are `a/b` and `a_b`.
        assert_ne!(anchor("a/b"), anchor("a-2f-b"));
        assert_ne!(anchor("a/b"), anchor("a_b"));
    }
}

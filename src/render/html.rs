//! The plan as one self-contained HTML page ([`Plan::to_html`]): inline CSS and the two
//! pictures as inline SVG, no script and nothing fetched (its Content Security Policy
//! forbids any request), in the Akoma Ntoso convention of Laws.Africa's viewers: every
//! part, group and task is a `section` whose `id` and `data-eid` are its eId, with the
//! class `akn-part` or `akn-hcontainer` (and `data-name` `group` or `task`), and
//! headings hold `akn-num` (the number as the text writes it: `二、`, `(一)`, `23.`,
//! `（十七）`, `21` for a table's row) and `akn-heading`. A part no heading opens (the
//! tasks of a document without parts) is a section without a heading. An annex is a
//! `section` of class `akn-attachment` (id `annex_1`), headed by its heading line and
//! title, holding its parts (a level lower); a signature block is a `div` of class
//! `akn-conclusions`, a box (`专栏`) an `aside` of class `akn-tblock` with the eId of
//! [`eid::sidebar`], and a table row's cells other than its title, body and bodies
//! (its deadline) are paragraphs of class `cell`, with their column as `data-column`.
//!
//! Inside a text, a target's quote is a `<mark class="target">` with its value, unit and
//! deadline as its `title` (shown on hover, and after it in print); a mention is a
//! `<span class="mention">`; a party is an `<a class="party">` to its organisation's
//! section, whose `id` is the organisation's. Where two targets overlap, the later is
//! marked from where the earlier ends; a mention or party that crosses a target's edge
//! is marked in two pieces, so the elements nest.
//!
//! The page of a corpus holds each plan's `article` as this page has it, with every id
//! and link in it starting with the plan's prefix (`article`).

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::base::span::Span;
use crate::model::{Annex, Colon, Column, Deadline, Part, Party, Target, Task, TaskGroup};
use crate::plan::Plan;
use crate::render::escape::xml;
use crate::render::options::RenderOptions;
use crate::render::options::Script;
use crate::render::shorten::{REPEATED_CHARS, shortened};
use crate::render::svg;
use crate::render::words::{Words, datetime, lang};
use crate::render::{Document, documents, eid, objectives_by_paragraph, party_note};
use crate::vocab::actor::Role;

/// The page's Content Security Policy, which the page of a corpus shares: no request of
/// any kind, the inline style sheet, and images only as `data:` URLs.
pub(crate) const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// The page's style sheet, which the page of a corpus shares.
pub(crate) const STYLE: &str = "\
:root{--ink:#1a1a1a;--muted:#5a5a5a;--rule:#d6d9de;--link:#1f4e99;--mark:#fff1a8;--lead:#1f4e99;--support:#b0602a}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:#fff;font:16px/1.75 'Noto Serif CJK TC','Noto Serif CJK SC','Noto Sans CJK TC','Noto Sans CJK SC','Source Han Serif','PingFang TC','Microsoft JhengHei',serif}
article{max-width:60rem;margin:0 auto;padding:1.5rem 1.25rem 4rem}
h1{font-size:1.8rem;line-height:1.35;margin:.5rem 0 1rem}
h2{font-size:1.4rem;margin:2.5rem 0 .75rem;padding-bottom:.25rem;border-bottom:2px solid var(--rule)}
h3{font-size:1.15rem;margin:2rem 0 .5rem}
h4{font-size:1rem;margin:1.5rem 0 .25rem}
.akn-num{margin-right:.35em;color:var(--muted)}
a{color:var(--link);text-decoration:none}
a:hover,a:focus{text-decoration:underline}
p{margin:.4rem 0}
.akn-meta{color:var(--muted)}
.akn-notice{border-left:4px solid var(--rule);padding-left:.75rem;color:var(--muted)}
dl.akn-info{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.75rem 0}
dl.akn-info dt{color:var(--muted)}dl.akn-info dd{margin:0}
nav.toc ol{list-style:none;padding-left:1.1rem;margin:.2rem 0}
nav.toc>ol{padding-left:0}
nav.toc li{margin:.1rem 0}
.akn-hcontainer[data-name=task]{border-left:3px solid var(--rule);padding-left:.9rem;margin:1.25rem 0}
.akn-hcontainer[data-name=task]:target,.organization:target{background:#f3f6fb}
.responsibility{color:var(--muted);font-size:.95rem}
a.party{font-weight:normal;border-bottom:1px dotted var(--support)}
a.party.lead{font-weight:bold;border-bottom:2px solid var(--lead)}
mark.target{background:var(--mark);padding:0 .1em;border-radius:2px;cursor:help}
.mention{border-bottom:1px dashed var(--muted)}
figure{margin:1.5rem 0;overflow-x:auto}
figure svg{max-width:100%;height:auto}
figcaption{font-weight:bold;margin-bottom:.5rem}
.organization{margin:1rem 0;padding:.25rem .75rem;border:1px solid var(--rule);border-radius:6px}
.organization h3{margin:.5rem 0 .25rem}
.organization ol{margin:.2rem 0;padding-left:1.5rem}
.organization .role{font-weight:bold}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{border-bottom:1px solid var(--rule);padding:.35rem .5rem;text-align:left;vertical-align:top}
@media print{
body{font-size:11pt;line-height:1.6}
article{max-width:none;padding:0}
nav.toc{break-after:page}
a{color:inherit}
a.party.lead{border-bottom:none;text-decoration:underline}
mark.target{background:none;border-bottom:1.5pt solid #000}
mark.target::after{content:' 〔' attr(title) '〕';font-size:.85em;color:#333}
.akn-hcontainer[data-name=task],.organization,figure,tr{break-inside:avoid}
#plan-pictures,#plan-organizations{break-before:page}
figure svg{max-width:100%}
}
";

impl Plan {
    /// The plan as one self-contained HTML page: the front matter, a table of contents,
    /// the parts, groups and tasks as `section`s whose `id` and `data-eid` are their
    /// eIds (`part_2__group_1__task_7`), each party linked to its
    /// organisation's section (which lists the tasks it leads and supports, each by its
    /// number and its title cut to 32 characters), each
    /// target's quote highlighted with its value, unit and deadline, the mentions
    /// marked, the [timeline](Plan::timeline_svg) and [network](Plan::network_svg)
    /// inline, and a table of the targets by deadline. CSS is inline, with print styles;
    /// there is no script, and nothing is fetched. Every piece of the plan's text is
    /// escaped.
    ///
    /// `lang` is `zh-Hant` for a page in Traditional script and `zh-Hans` for one in
    /// Simplified: Simplified when `options` ask for it, else the script the text is
    /// written in (a Simplified text asked for in Traditional stays Simplified).
    ///
    /// ```
    /// use wuzhong_plan::{RenderOptions, Script};
    /// let plan = wuzhong_plan::plan();
    /// let html = plan.to_html(&RenderOptions::default());
    /// assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"zh-Hant\">"));
    /// assert!(html.contains("<section class=\"akn-hcontainer\" data-name=\"task\" \
    ///     id=\"part_2__group_1__task_1\" data-eid=\"part_2__group_1__task_1\">"));
    /// // Each party links to its organisation, with its level and the basis of its role.
    /// assert!(html.contains("<a class=\"party lead\" href=\"#civil-affairs\" data-basis=\"order\" \
    ///     data-level=\"city\" title=\"city, by order\">市民政局</a>"));
    /// let simplified = plan.to_html(&RenderOptions::default().script(Script::Simplified));
    /// assert!(simplified.contains("<html lang=\"zh-Hans\">") && simplified.contains("养老"));
    /// ```
    pub fn to_html(&self, options: &RenderOptions) -> String {
        let words = Words::of(self, options);
        Page {
            plan: self,
            options,
            words: &words,
            prefix: "",
            out: String::with_capacity(size_hint(self)),
        }
        .write()
    }
}

/// One plan's page as a piece of a larger page: its `article`, and the language tag of
/// its script.
pub(crate) struct Article {
    /// The `article` element, from its opening tag to its closing one and the line
    /// break after it.
    pub html: String,
    /// The BCP 47 tag of the script its text is in: `zh-Hant` or `zh-Hans`.
    pub lang: &'static str,
}

/// The page of `plan` as a piece of a larger page (the page of a corpus): its `article`,
/// the same as [`Plan::to_html`] writes it, but with every `id` and every link within it
/// (`href="#…"`, `aria-labelledby`) starting with `prefix`, so that the pages of several
/// plans stand in one page with unique ids: `{prefix}part_2__group_1__task_7`,
/// `{prefix}civil-affairs`. `data-eid` keeps the eId alone. `prefix` is written as it
/// is: it must hold no white space and nothing that needs escaping.
pub(crate) fn article(plan: &Plan, options: &RenderOptions, prefix: &str) -> Article {
    let words = Words::of(plan, options);
    let mut page = Page {
        plan,
        options,
        words: &words,
        prefix,
        out: String::with_capacity(size_hint(plan)),
    };
    page.out.push_str("<article class=\"akn-statement\">\n");
    let title = page.title();
    page.body(&title);
    page.out.push_str("</article>\n");
    Article {
        html: page.out,
        lang: lang(words.script),
    }
}

/// About how long the page of `plan` is, to size its buffer: its tasks' text with its
/// markup, and the rest.
fn size_hint(plan: &Plan) -> usize {
    let tasks: usize = plan
        .tasks()
        .map(|task| task.title.len() + task.body.len() + 1024)
        .sum();
    2 * tasks + 64 * 1024
}

/// A page being written.
struct Page<'a> {
    plan: &'a Plan,
    options: &'a RenderOptions,
    words: &'a Words,
    /// What every `id` and link of the page starts with: nothing for a plan's own page,
    /// the plan's prefix for its piece of a corpus's page (`article`).
    prefix: &'a str,
    out: String,
}

/// Something marked in a text: where, the opening tag, and the closing one.
struct Marked {
    span: Span,
    open: String,
    close: &'static str,
}

impl Page<'_> {
    fn write(mut self) -> String {
        let title = self.title();
        let _ = write!(
            self.out,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
             <article class=\"akn-statement\">\n",
            lang(self.words.script),
        );
        self.body(&title);
        self.out.push_str("</article>\n</body>\n</html>\n");
        self.out
    }

    /// The page's title, displayed and escaped: the plan's, or else the heading of its
    /// first part that has one.
    fn title(&self) -> String {
        let plan = self.plan;
        let title = plan
            .metadata()
            .title
            .clone()
            .or_else(|| {
                plan.parts()
                    .find(|part| !part.headless)
                    .map(|part| part.heading())
            })
            .unwrap_or_default();
        self.display(&title)
    }

    /// What the page's `article` holds: the front matter, the contents, the text, the
    /// pictures, the organisations and the targets.
    fn body(&mut self, title: &str) {
        self.front(title);
        self.contents();
        for document in documents(self.plan) {
            self.document(document);
        }
        self.pictures();
        self.organizations();
        self.targets();
    }

    /// `text` as the options display it, escaped.
    fn display(&self, text: &str) -> String {
        xml(&self.options.display(text)).into_owned()
    }

    /// `text` as a list or table repeats it: shortened to [`REPEATED_CHARS`] characters, then
    /// displayed and escaped.
    fn display_repeated(&self, text: &str) -> String {
        self.display(&shortened(text, REPEATED_CHARS))
    }

    fn front(&mut self, title: &str) {
        let plan = self.plan;
        let _ = write!(
            self.out,
            "<header class=\"akn-preface\">\n<h1 class=\"akn-docTitle\">{title}</h1>\n"
        );
        let meta = plan.metadata();
        let mut line = Vec::new();
        if let Some(issuer) = &meta.issuer {
            line.push(format!(
                "{}：{}",
                self.words.issued_by,
                self.display(issuer)
            ));
        }
        if let Some(date) = meta.issue_date {
            line.push(format!(
                "<time datetime=\"{date}\">{}年{}月{}日</time>",
                date.year, date.month, date.day
            ));
        }
        if let Some(period) = meta.period {
            line.push(format!(
                "{}：<time datetime=\"{}\">{}</time>—<time datetime=\"{}\">{}</time>",
                self.words.period, period.start, period.start, period.end, period.end
            ));
        }
        if !line.is_empty() {
            let _ = writeln!(self.out, "<p class=\"akn-meta\">{}</p>", line.join(" · "));
        }
        for notice in plan.notice() {
            let _ = writeln!(
                self.out,
                "<p class=\"akn-notice\">{}</p>",
                self.display(notice)
            );
        }
        if let Some(info) = plan.info_box() {
            let _ = writeln!(
                self.out,
                "<section class=\"akn-info\">\n<p class=\"akn-info-heading\">{}</p>\n<dl class=\"akn-info\">",
                self.display(&info.heading)
            );
            for entry in &info.entries {
                let _ = writeln!(
                    self.out,
                    "<dt>{}</dt><dd>{}</dd>",
                    self.display(&entry.key),
                    self.display(&entry.value)
                );
            }
            self.out.push_str("</dl>\n</section>\n");
        }
        self.out.push_str("</header>\n");
        if plan.full_text_marker().is_some() || !plan.preamble().is_empty() {
            self.out.push_str("<section class=\"akn-preamble\">\n");
            if let Some(marker) = plan.full_text_marker() {
                let _ = writeln!(
                    self.out,
                    "<p class=\"akn-p full-text\">{}</p>",
                    self.display(marker)
                );
            }
            for paragraph in plan.preamble() {
                let _ = writeln!(
                    self.out,
                    "<p class=\"akn-p\">{}</p>",
                    self.display(paragraph)
                );
            }
            self.out.push_str("</section>\n");
        }
    }

    fn contents(&mut self) {
        let plan = self.plan;
        let words = self.words;
        let _ = writeln!(
            self.out,
            "<nav class=\"toc\" aria-labelledby=\"{p}plan-contents\">\n<h2 id=\"{p}plan-contents\">{}</h2>\n<ol>",
            words.contents,
            p = self.prefix,
        );
        for document in documents(plan) {
            match document.annex {
                Some(annex) => {
                    let _ = write!(
                        self.out,
                        "<li><a href=\"#{}{}\">{}</a><ol>",
                        self.prefix,
                        eid::annex(annex),
                        self.display(&annex_heading(annex))
                    );
                    for part in document.parts {
                        self.part_link(part);
                    }
                    self.out.push_str("</ol></li>\n");
                }
                None => {
                    for part in document.parts {
                        self.part_link(part);
                        self.out.push('\n');
                    }
                }
            }
        }
        let _ = write!(
            self.out,
            "<li><a href=\"#{p}plan-pictures\">{}</a></li>\n\
             <li><a href=\"#{p}plan-organizations\">{}</a></li>\n\
             <li><a href=\"#{p}plan-targets\">{}</a></li>\n</ol>\n</nav>\n",
            words.pictures,
            words.organizations,
            words.targets,
            p = self.prefix,
        );
    }

    /// The contents' item of a part, with its groups and tasks; for a part no heading
    /// opens, its groups' and tasks' items in its place.
    fn part_link(&mut self, part: &Part) {
        if part.headless {
            self.part_items(part);
            return;
        }
        let _ = write!(
            self.out,
            "<li><a href=\"#{}{}\">{}</a>",
            self.prefix,
            eid::part(part),
            self.display(&part.heading())
        );
        if !part.groups.is_empty() || !part.tasks.is_empty() {
            self.out.push_str("<ol>");
            self.part_items(part);
            self.out.push_str("</ol>");
        }
        self.out.push_str("</li>");
    }

    /// The contents' items of a part's groups, with their tasks, and of its own tasks.
    fn part_items(&mut self, part: &Part) {
        for group in &part.groups {
            let _ = write!(
                self.out,
                "<li><a href=\"#{}{}\">{}</a>",
                self.prefix,
                eid::group(group),
                self.display(&group_heading(group))
            );
            self.task_links(&group.tasks);
            self.out.push_str("</li>");
        }
        if part.headless {
            self.task_items(&part.tasks);
        } else {
            self.task_links(&part.tasks);
        }
    }

    fn task_links(&mut self, tasks: &[Task]) {
        if tasks.is_empty() {
            return;
        }
        self.out.push_str("<ol>");
        self.task_items(tasks);
        self.out.push_str("</ol>");
    }

    /// The contents' item of each task: its number as written and its title.
    fn task_items(&mut self, tasks: &[Task]) {
        for task in tasks {
            let _ = write!(
                self.out,
                "<li><a href=\"#{}{}\">{}</a></li>",
                self.prefix,
                eid::task(task),
                self.display(&format!("{}{}", task.label(), task.title))
            );
        }
    }

    /// One document of the text: the plan's own parts and signature block, or an annex
    /// with its heading, title and lines, its parts and its signature block.
    fn document(&mut self, document: Document<'_>) {
        let depth = match document.annex {
            Some(annex) => {
                self.annex(annex);
                1
            }
            None => 0,
        };
        for part in document.parts {
            self.part(part, depth);
        }
        if !document.signature.is_empty() {
            self.out.push_str("<div class=\"akn-conclusions\">\n");
            for line in document.signature {
                let _ = writeln!(self.out, "<p class=\"akn-p\">{}</p>", self.display(line));
            }
            self.out.push_str("</div>\n");
        }
        if document.annex.is_some() {
            self.out.push_str("</section>\n");
        }
    }

    /// Opens an annex's section: its heading line and title, then its other lines.
    fn annex(&mut self, annex: &Annex) {
        let id = eid::annex(annex);
        let _ = write!(
            self.out,
            "<section class=\"akn-attachment\" id=\"{p}{id}\" data-eid=\"{id}\">\n<h2><span class=\"akn-num\">{}</span>",
            self.display(&annex.heading),
            p = self.prefix,
        );
        if let Some(title) = annex.title() {
            let _ = write!(
                self.out,
                "<span class=\"akn-heading\">{}</span>",
                self.display(title)
            );
        }
        self.out.push_str("</h2>\n");
        for line in annex.lines.iter().skip(1) {
            let _ = writeln!(self.out, "<p class=\"akn-p\">{}</p>", self.display(line));
        }
    }

    /// A part, its headings `depth` levels below those of the plan's own parts (1 in an
    /// annex).
    fn part(&mut self, part: &Part, depth: u8) {
        let id = eid::part(part);
        let _ = writeln!(
            self.out,
            "<section class=\"akn-part\" id=\"{p}{id}\" data-eid=\"{id}\">",
            p = self.prefix,
        );
        if !part.headless {
            let heading = part.heading();
            let num = heading
                .strip_suffix(part.title.as_str())
                .unwrap_or_default();
            let level = 2 + depth;
            let _ = writeln!(
                self.out,
                "<h{level}><span class=\"akn-num\">{}</span><span class=\"akn-heading\">{}</span></h{level}>",
                self.display(num),
                self.display(&part.title)
            );
        }
        let objectives = objectives_by_paragraph(self.plan, part);
        for (paragraph, here) in part.paragraphs.iter().zip(objectives) {
            let marks = self.target_marks(here.into_iter());
            self.out.push_str("<p class=\"akn-p\">");
            self.inline(paragraph, marks, Vec::new());
            self.out.push_str("</p>\n");
        }
        for group in &part.groups {
            self.group(group, depth);
        }
        for task in &part.tasks {
            self.task(task, 3 + depth);
        }
        self.out.push_str("</section>\n");
    }

    fn group(&mut self, group: &TaskGroup, depth: u8) {
        let id = eid::group(group);
        let level = 3 + depth;
        let _ = write!(
            self.out,
            "<section class=\"akn-hcontainer\" data-name=\"group\" id=\"{p}{id}\" data-eid=\"{id}\">\n\
             <h{level}><span class=\"akn-num\">{}</span><span class=\"akn-heading\">{}</span></h{level}>\n",
            self.display(&group_number(group)),
            self.display(&group.title),
            p = self.prefix,
        );
        if !group.body.is_empty() {
            let _ = writeln!(
                self.out,
                "<p class=\"akn-p\">{}</p>",
                self.display(&group.body)
            );
        }
        for paragraph in &group.paragraphs {
            let _ = writeln!(
                self.out,
                "<p class=\"akn-p\">{}</p>",
                self.display(paragraph)
            );
        }
        for task in &group.tasks {
            self.task(task, 4 + depth);
        }
        self.out.push_str("</section>\n");
    }

    fn task(&mut self, task: &Task, level: u8) {
        let id = eid::task(task);
        let _ = write!(
            self.out,
            "<section class=\"akn-hcontainer\" data-name=\"task\" id=\"{p}{id}\" data-eid=\"{id}\">\n<h{level}>",
            p = self.prefix,
        );
        let label = task.label();
        if !label.is_empty() {
            let _ = write!(
                self.out,
                "<span class=\"akn-num\">{}</span>",
                self.display(&label)
            );
        }
        // The title, with the parties of its notes.
        self.out.push_str("<span class=\"akn-heading\">");
        let title_marks = task
            .notes_in_title()
            .iter()
            .flat_map(|note| &note.parties)
            .map(|party| party_mark(self.plan, party, self.prefix))
            .collect();
        self.inline(&task.title, Vec::new(), title_marks);
        let _ = writeln!(self.out, "</span></h{level}>");
        // The body, with its targets, mentions and the parties of its notes.
        let targets = self.target_marks(self.plan.targets_in_task(task.number));
        let mut inner = self.note_marks(task, None);
        inner.extend(task.mentions.iter().map(|mention| Marked {
            span: mention.span,
            open: format!(
                "<span class=\"mention\" data-actor=\"{}\">",
                xml(mention.actor.id())
            ),
            close: "</span>",
        }));
        // A task of a title alone (a table's row without a content cell) has no body.
        if !task.body.is_empty() {
            self.out.push_str("<p class=\"akn-p\">");
            self.inline(&task.body, targets, inner);
            self.out.push_str("</p>\n");
        }
        for (i, line) in task.continuation.iter().enumerate() {
            let notes = self.note_marks(task, Some(i));
            self.out.push_str("<p class=\"akn-p\">");
            self.inline(line, Vec::new(), notes);
            self.out.push_str("</p>\n");
        }
        for line in task
            .responsibility
            .iter()
            .chain(&task.further_responsibility)
        {
            let parties = line
                .parties
                .iter()
                .map(|party| party_mark(self.plan, party, self.prefix))
                .collect();
            // A table row's cells of bodies have no colon: the page puts one after the
            // column's label.
            let colon = match line.colon {
                Colon::None if !task.row.is_empty() => "：",
                colon => colon.into(),
            };
            let _ = write!(
                self.out,
                "<p class=\"responsibility\"><span class=\"label\">{}{}</span>",
                self.display(line.label.into()),
                self.display(colon)
            );
            self.inline(&line.text, Vec::new(), parties);
            self.out.push_str("</p>\n");
        }
        for cell in &task.row {
            let Some(word) = self.cell_word(cell.column) else {
                continue;
            };
            if cell.text.trim().is_empty() {
                continue;
            }
            let _ = writeln!(
                self.out,
                "<p class=\"akn-p cell\" data-column=\"{}\"><span class=\"label\">{word}</span>{}</p>",
                cell.column,
                self.display(cell.text.trim())
            );
        }
        for line in &task.closing {
            let _ = writeln!(
                self.out,
                "<p class=\"akn-p closing\">{}</p>",
                self.display(line)
            );
        }
        for (i, sidebar) in task.sidebars.iter().enumerate() {
            let id = eid::sidebar(task, i);
            let level = (level + 1).min(6);
            let _ = writeln!(
                self.out,
                "<aside class=\"akn-tblock\" id=\"{p}{id}\" data-eid=\"{id}\">\n\
                 <h{level}><span class=\"akn-heading\">{}</span></h{level}>",
                self.display(&sidebar.heading),
                p = self.prefix,
            );
            for line in &sidebar.lines {
                let _ = writeln!(self.out, "<p class=\"akn-p\">{}</p>", self.display(line));
            }
            self.out.push_str("</aside>\n");
        }
        self.out.push_str("</section>\n");
    }

    /// The label a table row's cell is shown with, with its colon, for a cell that is
    /// not the row's title, body or bodies (which the task's heading, text and
    /// responsibility show); `None` for those.
    fn cell_word(&self, column: Column) -> Option<&'static str> {
        let simplified = self.words.script == Script::Simplified;
        match column {
            Column::Deadline => Some(if simplified {
                "完成时限："
            } else {
                "完成時限："
            }),
            Column::Scope => Some(if simplified {
                "推广范围："
            } else {
                "推廣範圍："
            }),
            Column::Other => Some(""),
            Column::Number
            | Column::Task
            | Column::Content
            | Column::Lead
            | Column::Support
            | Column::Responsible
            | Column::Guide => None,
        }
    }

    /// The marks of targets' quotes.
    fn target_marks<'t>(&self, targets: impl Iterator<Item = &'t Target>) -> Vec<Marked> {
        targets
            .map(|target| Marked {
                span: target.span,
                open: format!(
                    "<mark class=\"target\" id=\"{p}target-{id}\" data-target=\"{id}\" title=\"{}\">",
                    xml(&self.words.target_note(target, self.options)),
                    id = xml(&target.id),
                    p = self.prefix,
                ),
                close: "</mark>",
            })
            .collect()
    }

    /// The links of the parties of a task's notes in its body (`None`) or a line of its
    /// continuation.
    fn note_marks(&self, task: &Task, line: Option<usize>) -> Vec<Marked> {
        task.notes_in(line)
            .iter()
            .flat_map(|note| &note.parties)
            .map(|party| party_mark(self.plan, party, self.prefix))
            .collect()
    }

    /// Writes `text` with the `outer` marks (targets) and the `inner` ones (parties,
    /// mentions) inside them, each piece displayed and escaped.
    fn inline(&mut self, text: &str, outer: Vec<Marked>, inner: Vec<Marked>) {
        let outer = disjoint(text, outer);
        let inner = disjoint(text, inner);
        let mut cuts: Vec<usize> = Vec::with_capacity(2 + 2 * (outer.len() + inner.len()));
        cuts.push(0);
        cuts.push(text.len());
        for mark in outer.iter().chain(&inner) {
            cuts.push(mark.span.start);
            cuts.push(mark.span.end);
        }
        cuts.sort_unstable();
        cuts.dedup();
        let (mut o, mut i) = (0, 0);
        let (mut open_outer, mut open_inner): (Option<usize>, Option<usize>) = (None, None);
        for pair in cuts.windows(2) {
            let [start, end] = pair else { continue };
            let covering = |marks: &[Marked], at: &mut usize| {
                while marks.get(*at).is_some_and(|m| m.span.end <= *start) {
                    *at += 1;
                }
                marks
                    .get(*at)
                    .is_some_and(|m| m.span.start <= *start)
                    .then_some(*at)
            };
            let want_outer = covering(&outer, &mut o);
            let want_inner = covering(&inner, &mut i);
            if want_outer != open_outer {
                if let Some(open) = open_inner.take().and_then(|at| inner.get(at)) {
                    self.out.push_str(open.close);
                }
                if let Some(open) = open_outer.and_then(|at| outer.get(at)) {
                    self.out.push_str(open.close);
                }
                if let Some(mark) = want_outer.and_then(|at| outer.get(at)) {
                    self.out.push_str(&mark.open);
                }
                open_outer = want_outer;
            }
            if want_inner != open_inner {
                if let Some(open) = open_inner.and_then(|at| inner.get(at)) {
                    self.out.push_str(open.close);
                }
                if let Some(mark) = want_inner.and_then(|at| inner.get(at)) {
                    self.out.push_str(&mark.open);
                }
                open_inner = want_inner;
            }
            if let Some(piece) = text.get(*start..*end) {
                let shown = self.display(piece);
                self.out.push_str(&shown);
            }
        }
        if let Some(open) = open_inner.and_then(|at| inner.get(at)) {
            self.out.push_str(open.close);
        }
        if let Some(open) = open_outer.and_then(|at| outer.get(at)) {
            self.out.push_str(open.close);
        }
    }

    fn pictures(&mut self) {
        let words = self.words;
        let _ = write!(
            self.out,
            "<section class=\"pictures\" id=\"{p}plan-pictures\">\n<h2>{}</h2>\n\
             <figure id=\"{p}plan-timeline\">\n<figcaption>{}</figcaption>\n",
            words.pictures,
            words.timeline,
            p = self.prefix,
        );
        let timeline = svg::timeline(self.plan, self.options, words);
        self.picture(&timeline);
        let _ = write!(
            self.out,
            "\n</figure>\n<figure id=\"{p}plan-network\">\n<figcaption>{}</figcaption>\n",
            words.network,
            p = self.prefix,
        );
        let network = svg::network(self.plan, self.options, words);
        self.picture(&network);
        self.out.push_str("\n</figure>\n</section>\n");
    }

    /// Writes a picture, its links (`href="#…"`, its only references) starting with the
    /// page's prefix. The picture's text is escaped, so the links' openings are the only
    /// `href="#` it holds.
    fn picture(&mut self, svg: &str) {
        if self.prefix.is_empty() {
            self.out.push_str(svg);
            return;
        }
        let link = "href=\"#";
        let mut rest = svg;
        while let Some(at) = rest.find(link) {
            let (before, after) = rest.split_at(at + link.len());
            self.out.push_str(before);
            self.out.push_str(self.prefix);
            rest = after;
        }
        self.out.push_str(rest);
    }

    fn organizations(&mut self) {
        let plan = self.plan;
        let words = self.words;
        let _ = writeln!(
            self.out,
            "<section class=\"organizations\" id=\"{p}plan-organizations\">\n<h2>{}</h2>",
            words.organizations,
            p = self.prefix,
        );
        for org in plan.organizations() {
            let _ = write!(
                self.out,
                "<section class=\"organization\" id=\"{}{}\">\n<h3>{}</h3>\n",
                self.prefix,
                xml(&org.id),
                self.display(&org.name)
            );
            if let Some(level) = org.level {
                let _ = writeln!(
                    self.out,
                    "<p class=\"level\" data-level=\"{level}\">{}：{}</p>",
                    words.level,
                    self.display(level.name())
                );
            }
            if !org.other_names.is_empty() {
                let names: Vec<String> = org
                    .other_names
                    .iter()
                    .map(|other| self.display(&other.name))
                    .collect();
                let _ = writeln!(
                    self.out,
                    "<p class=\"other-names\">{}：{}</p>",
                    words.also_written,
                    names.join("、")
                );
            }
            let led: Vec<&Task> = plan
                .tasks_led_by(org)
                .map(Iterator::collect)
                .unwrap_or_default();
            let supported: Vec<&Task> = plan
                .tasks_supported_by(org)
                .map(Iterator::collect)
                .unwrap_or_default();
            for (role, tasks) in [(words.lead, led), (words.support, supported)] {
                let _ = write!(
                    self.out,
                    "<p><span class=\"role\">{role}</span> ({})</p>",
                    tasks.len()
                );
                if tasks.is_empty() {
                    continue;
                }
                self.out.push_str("<ol>");
                for task in tasks {
                    // The list numbers each task as the text does, where it numbers it.
                    let value = task
                        .written_number()
                        .map(|n| format!(" value=\"{n}\""))
                        .unwrap_or_default();
                    let _ = write!(
                        self.out,
                        "<li{value}><a href=\"#{}{}\">{}{}</a></li>",
                        self.prefix,
                        eid::task(task),
                        self.display(&task.label()),
                        self.display_repeated(&task.title),
                    );
                }
                self.out.push_str("</ol>\n");
            }
            self.out.push_str("</section>\n");
        }
        self.out.push_str("</section>\n");
    }

    fn targets(&mut self) {
        let plan = self.plan;
        let words = self.words;
        let _ = write!(
            self.out,
            "<section class=\"targets\" id=\"{p}plan-targets\">\n<h2>{}</h2>\n<table>\n\
             <thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
            words.targets,
            words.deadline,
            words.target,
            words.metric,
            words.value,
            words.task,
            p = self.prefix,
        );
        // Each part's heading as the rows of its objectives repeat it, made once.
        let part_headings: HashMap<u8, String> = plan
            .parts()
            .map(|part| (part.number, self.display_repeated(&part_name(plan, part))))
            .collect();
        let dated = plan.timeline().flat_map(|(_, targets)| targets);
        let undated = plan.targets().filter(|t| t.deadline.is_none());
        for target in dated.chain(undated) {
            let deadline = match target.deadline {
                Some(deadline) => time(deadline),
                None => words.no_deadline.to_owned(),
            };
            let value = target
                .quantity
                .map(|quantity| xml(&words.quantity(&quantity)).into_owned())
                .unwrap_or_default();
            let (href, place) = match target.task.and_then(|n| plan.task(n)) {
                Some(task) => (
                    eid::task(task),
                    match task.written_number() {
                        Some(_) => self.display(&task.label()),
                        None => self.display_repeated(&task.title),
                    },
                ),
                None => match (plan.part(target.part), part_headings.get(&target.part)) {
                    (Some(part), Some(heading)) => (eid::part(part), heading.clone()),
                    _ => (String::new(), String::new()),
                },
            };
            let _ = writeln!(
                self.out,
                "<tr><td>{deadline}</td><td><a href=\"#{p}target-{id}\">{id}</a></td><td>{}</td>\
                 <td>{value}</td><td><a href=\"#{}{href}\">{place}</a></td></tr>",
                self.display(&target.metric),
                // A target placed nowhere links to the top of the page, as `#` does.
                if href.is_empty() { "" } else { self.prefix },
                id = xml(&target.id),
                p = self.prefix,
            );
        }
        self.out.push_str("</tbody>\n</table>\n</section>\n");
    }
}

/// A group's heading without its body: `(一)推進基本公共服務均等可及`.
fn group_heading(group: &TaskGroup) -> String {
    format!("{}{}", group_number(group), group.title)
}

/// A group's number as its heading writes it: `(一)`, `1.`.
fn group_number(group: &TaskGroup) -> String {
    group.marker().label(u16::from(group.written_number()))
}

/// An annex's heading line and title, as the contents name it: `附件1 青嵐市…方案`.
fn annex_heading(annex: &Annex) -> String {
    match annex.title() {
        Some(title) => format!("{} {title}", annex.heading),
        None => annex.heading.clone(),
    }
}

/// How the table of targets names a part: its heading, or for a part no heading opens,
/// the title of its annex or of the plan.
fn part_name(plan: &Plan, part: &Part) -> String {
    if !part.headless {
        return part.heading();
    }
    let annex = part
        .annex
        .and_then(|n| plan.annexes().iter().find(|annex| annex.number == n));
    match annex {
        Some(annex) => annex_heading(annex),
        None => plan.metadata().title.clone().unwrap_or_default(),
    }
}

/// A deadline as a `<time>`: `<time datetime="2023-12-31">到2023年底</time>`.
fn time(deadline: Deadline) -> String {
    format!(
        "<time datetime=\"{}\">{deadline}</time>",
        datetime(deadline)
    )
}

/// The link of a party to its organisation's section (its id after `prefix`), with the
/// basis of its role and its organisation's level as data and, for people, as its title
/// (`city, by order`).
fn party_mark(plan: &Plan, party: &Party, prefix: &str) -> Marked {
    let class = match party.role {
        Role::Lead => "party lead",
        Role::Support => "party support",
    };
    let basis: &str = party.basis.into();
    let level = plan
        .organization(&party.organization)
        .and_then(|organization| organization.level)
        .map(|level| format!(" data-level=\"{level}\""))
        .unwrap_or_default();
    Marked {
        span: party.span,
        open: format!(
            "<a class=\"{class}\" href=\"#{prefix}{}\" data-basis=\"{basis}\"{level} title=\"{}\">",
            xml(&party.organization),
            xml(&party_note(plan, party))
        ),
        close: "</a>",
    }
}

/// The marks of `text` whose spans fall inside it on character boundaries, in order,
/// each starting no earlier than the one before ends.
fn disjoint(text: &str, mut marks: Vec<Marked>) -> Vec<Marked> {
    marks.retain(|mark| mark.span.start < mark.span.end && mark.span.of(text).is_some());
    marks.sort_by_key(|mark| mark.span.start);
    let mut end = 0;
    marks.retain_mut(|mark| {
        mark.span.start = mark.span.start.max(end);
        let keep = mark.span.start < mark.span.end;
        if keep {
            end = mark.span.end;
        }
        keep
    });
    marks
}

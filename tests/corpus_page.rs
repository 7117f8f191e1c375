//! The page of a corpus ([`CorpusPage`]) over the embedded plan, the documents of
//! `../shared/corpus/`, a plan written to attack the page and a refused file: its index
//! has a row for every document, with each plan's title, issuer, date and level as the
//! document states them and each refusal; its matrix counts the tasks each kind of body
//! leads in each plan as the documents assign them (every count was written by reading
//! the document); each plan's section is its own page's article, its ids prefixed; every
//! id is unique and every link resolves; every piece of text is escaped. Headless
//! Chromium loads the page from a file with the network off and shows its sections and
//! its matrix in its DOM, having requested nothing.
//!
//! Without `../shared/corpus` the page is built without its documents and the checks of
//! them pass with `skipped: ../shared/corpus not found`; without `chromium` on `PATH`
//! the browser test passes with `skipped: chromium not found`; on CI neither may be
//! skipped (see `common/corpus.rs`).

#[path = "common/corpus.rs"]
mod corpus;

#[path = "common/browser.rs"]
mod browser;
#[path = "common/temp.rs"]
mod temp;
use browser::Browser;
use temp::TempDir;

use std::collections::{HashMap, HashSet};

use wuzhong_plan::{
    CorpusPage, Department, Document, Plan, RenderOptions, Script, parse, plan, read_plan,
};

/// What the escaping test puts in a title, a body and a body's name.
const NASTY: &str = "<script>alert('x')</script>&\"]]>";

/// The id of the nasty plan: a file name of markup, quotes and white space.
const NASTY_ID: &str = "nasty <b id=\"x\">&'.txt";

/// A document of `../shared/corpus/` and what its row shows, as read in the file: its
/// title as it states it (`None` for a fragment that states none), and its number of
/// tasks where the corpus's README gives it.
struct Shared {
    file: &'static str,
    title: Option<&'static str>,
    tasks: Option<usize>,
}

const SHARED: &[Shared] = &[
    // Its first line; 45 tasks numbered straight across the parts.
    Shared {
        file: "01-guangzhou-rencai-jiju-2012.txt",
        title: Some("关于推进人才集聚工程的实施意见"),
        tasks: Some(45),
    },
    // After the breadcrumb lines.
    Shared {
        file: "02-lishui-2023-zrfj-partial.txt",
        title: Some("市政府工作报告重点工作责任分解(2023年)"),
        tasks: None,
    },
    // A table of the document's metadata, then the notice: no title line.
    Shared {
        file: "04-pingdingshan-2013-rwfj-partial.txt",
        title: None,
        tasks: None,
    },
    // The text starts at `全文`.
    Shared {
        file: "06-xianyang-2022-fgf-gzyd-trad-partial.txt",
        title: None,
        tasks: None,
    },
    // The plan's own title line after the notice (line 12), not the notice's.
    Shared {
        file: "anhui-2022-rcep-shishi-yijian.txt",
        title: Some(
            "安徽省关于加快对接《区域全面经济伙伴关系协定》（RCEP）经贸新规则扎实推进高水平开放实施意见",
        ),
        tasks: None,
    },
    // The plan the notice issues; tasks 1．–90．.
    Shared {
        file: "baotou-2022-shuzi-zhengfu-kaoping.txt",
        title: Some("包头市2022年数字政府建设考评办法"),
        tasks: Some(90),
    },
    // Its title over two lines, joined.
    Shared {
        file: "national-2018-chuangxin-table.txt",
        title: Some("国务院办公厅关于推广第二批支持创新相关改革举措的通知"),
        tasks: None,
    },
    // Its title over two lines, joined; tasks （一）–（十五）.
    Shared {
        file: "national-2018-jiuye.txt",
        title: Some("国务院关于做好当前和今后一个时期促进就业工作的若干意见"),
        tasks: Some(15),
    },
    Shared {
        file: "national-2019-zongbaoqu.txt",
        title: Some("国务院关于促进综合保税区高水平开放高质量发展的若干意见"),
        tasks: None,
    },
];

/// The bytes of the refused document: a PNG's signature, which is no UTF-8.
const BINARY: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";

/// A plan whose title, group heading, task title and body, target, and a responsible
/// body's name hold markup, an ampersand, quotes and `]]>`.
fn nasty_plan() -> Plan {
    let text = format!(
        "《吳忠市{NASTY}方案》已經吳忠市人民政府同意,請認真貫徹執行。\n\
         基本介紹\n\
         - 中文名:吳忠市{NASTY}方案\n\
         一、重點任務\n\
         (一)推進{NASTY}\n\
         1.發展{NASTY}。建設{NASTY}設施,到2025年,{NASTY}覆蓋率達到95%。\n\
         責任單位:市民政局、市{NASTY}局"
    );
    parse(&text).unwrap()
}

/// The corpus: the embedded plan as `wuzhong.txt`, the shared documents that are there
/// as `shared/FILE`, the nasty plan and a binary file, refused. Whether the shared
/// documents are among them.
fn documents() -> (Vec<Document>, bool) {
    let mut documents = vec![Document::from_plan("wuzhong.txt", plan().clone())];
    let mut shared = true;
    for document in SHARED {
        let Some((_, text)) = corpus::read(document.file) else {
            shared = false;
            break;
        };
        let plan = parse(&text).unwrap_or_else(|err| panic!("{}: {err}", document.file));
        documents.push(Document::from_plan(
            format!("shared/{}", document.file),
            plan,
        ));
    }
    documents.push(Document::from_plan(NASTY_ID, nasty_plan()));
    documents.push(Document::new("images/logo.png", BINARY, read_plan(BINARY)));
    (documents, shared)
}

/// The page of `documents`.
fn page_of(documents: &[Document], options: &RenderOptions) -> String {
    let mut page = CorpusPage::new(options);
    for document in documents {
        page.add(document);
    }
    page.finish()
}

/// `text` as the page escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// The values of every `name="…"` attribute in `html`.
fn attributes<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let needle = format!(" {name}=\"");
    html.match_indices(&needle)
        .filter_map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

/// The element of `html` that starts with `open` (up to the end of `open`'s tag), to
/// the first `close` after it.
fn element<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let start = html
        .find(open)
        .unwrap_or_else(|| panic!("no {open} in the page"));
    let rest = &html[start..];
    &rest[..rest.find(close).unwrap() + close.len()]
}

/// The contents of each element of `html` whose opening tag starts with `open` (`<td`),
/// to its `close`, in order.
fn contents<'a>(html: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    html.match_indices(open)
        .filter(|(at, _)| {
            // `<td` and not `<tdx`.
            html[at + open.len()..].starts_with(['>', ' '])
        })
        .map(|(at, _)| {
            let rest = &html[at..];
            let inner = &rest[rest.find('>').unwrap() + 1..];
            &inner[..inner.find(close).unwrap()]
        })
        .collect()
}

/// The index's rows, by the id of the document each is of.
fn index_rows(html: &str) -> Vec<(String, String)> {
    let index = element(html, "<section class=\"corpus-index\"", "</section>");
    let body = element(index, "<tbody>", "</tbody>");
    body.lines()
        .filter(|line| line.starts_with("<tr "))
        .map(|row| {
            let id = attributes(row, "data-plan")[0].to_owned();
            (id, row.to_owned())
        })
        .collect()
}

/// The matrix: its columns' plan ids, and for each kind its cells (`None` for an empty
/// one) and its total; and the totals' row's cells.
struct Matrix {
    plans: Vec<String>,
    rows: HashMap<String, (Vec<Option<usize>>, usize)>,
    totals: Vec<usize>,
}

impl Matrix {
    fn of(html: &str) -> Matrix {
        let matrix = element(html, "<section class=\"corpus-matrix\"", "</section>");
        let head = element(matrix, "<thead>", "</thead>");
        let plans = attributes(head, "data-plan")
            .into_iter()
            .map(str::to_owned)
            .collect();
        let number = |cell: &str| cell.parse::<usize>().unwrap();
        let body = element(matrix, "<tbody>", "</tbody>");
        let rows = body
            .lines()
            .filter(|line| line.starts_with("<tr "))
            .map(|row| {
                let kind = attributes(row, "data-kind")[0].to_owned();
                let cells = contents(row, "<td", "</td>");
                let (total, cells) = cells.split_last().unwrap();
                let cells = cells
                    .iter()
                    .map(|cell| (!cell.is_empty()).then(|| number(cell)))
                    .collect();
                (kind, (cells, number(total)))
            })
            .collect();
        let foot = element(matrix, "<tfoot>", "</tfoot>");
        let totals = contents(foot, "<td", "</td>")
            .into_iter()
            .map(number)
            .collect();
        Matrix {
            plans,
            rows,
            totals,
        }
    }

    /// How many tasks `kind` leads in the plan of `id`, as its cell says.
    fn led(&self, kind: &str, id: &str) -> usize {
        let column = self.column(id);
        self.rows
            .get(kind)
            .and_then(|(cells, _)| cells[column])
            .unwrap_or(0)
    }

    fn column(&self, id: &str) -> usize {
        self.plans
            .iter()
            .position(|plan| plan == id)
            .unwrap_or_else(|| panic!("no column for {id}"))
    }
}

#[test]
fn the_index_has_a_row_for_every_document_as_it_states_itself() {
    let (documents, shared) = documents();
    let html = page_of(&documents, &RenderOptions::default());
    let rows = index_rows(&html);
    let ids: Vec<String> = documents.iter().map(|d| escaped(d.id())).collect();
    let row_ids: Vec<String> = rows.iter().map(|(id, _)| id.clone()).collect();
    assert_eq!(row_ids, ids, "a row for each document, in order");
    let row = |id: &str| {
        rows.iter()
            .find(|(row_id, _)| row_id == &escaped(id))
            .map(|(_, row)| row.as_str())
            .unwrap_or_else(|| panic!("no row for {id}"))
    };
    let cell = |id: &str, class: &str| {
        let row = row(id);
        contents(row, &format!("<td class=\"{class}\""), "</td>")
            .first()
            .map(|cell| (*cell).to_owned())
            .unwrap_or_else(|| panic!("no {class} cell in {row}"))
    };

    // The embedded plan's line 1 and info box: its title, issuer and date; a city's.
    assert_eq!(
        cell("wuzhong.txt", "title"),
        "吳忠市“十四五”公共服務發展實施方案"
    );
    assert_eq!(cell("wuzhong.txt", "issuer"), "吳忠市人民政府辦公室");
    assert_eq!(
        cell("wuzhong.txt", "date"),
        "<time datetime=\"2022-04-26\">2022-04-26</time>"
    );
    assert!(row("wuzhong.txt").contains("<td class=\"level\" data-level=\"city\">市</td>"));
    // Tasks 1–47, and the three of its part 四 (組織實施); no diagnostics.
    assert_eq!(cell("wuzhong.txt", "count tasks"), "50");
    assert_eq!(cell("wuzhong.txt", "count diagnostics"), "0");
    assert!(row("wuzhong.txt").contains("<a href=\"#plan-wuzhong.txt\">wuzhong.txt</a>"));

    // The refused file: its id, no link, and why.
    let refusal = documents
        .iter()
        .find_map(|d| d.plan.as_ref().err())
        .unwrap();
    let refused = row("images/logo.png");
    assert!(refused.contains("data-refusal=\"not-utf8\""), "{refused}");
    assert!(refused.contains("<td class=\"plan-id\">images/logo.png</td>"));
    assert!(refused.contains("<code>not-utf8</code>"));
    assert!(refused.contains(&escaped(&refusal.message)), "{refused}");
    assert!(!refused.contains("href"), "a refused file has no section");
    let read = documents.iter().filter(|d| d.plan.is_ok()).count();
    assert_eq!(read, if shared { 11 } else { 2 });
    assert!(html.contains(&format!("data-read=\"{read}\" data-refused=\"1\"")));

    if !shared {
        return;
    }
    for document in SHARED {
        let id = format!("shared/{}", document.file);
        assert_eq!(
            cell(&id, "title"),
            document.title.unwrap_or_default(),
            "{}",
            document.file
        );
        if let Some(tasks) = document.tasks {
            assert_eq!(cell(&id, "count tasks"), tasks.to_string(), "{id}");
        }
    }
    // 国务院's opinion, signed 国务院 2018年11月16日: national.
    let jiuye = "shared/national-2018-jiuye.txt";
    assert_eq!(cell(jiuye, "issuer"), "国务院");
    assert_eq!(
        cell(jiuye, "date"),
        "<time datetime=\"2018-11-16\">2018-11-16</time>"
    );
    assert!(row(jiuye).contains("data-level=\"national\""));
    // Issued by a provincial group's office (安徽省…办公室): a province's.
    assert!(row("shared/anhui-2022-rcep-shishi-yijian.txt").contains("data-level=\"province\""));
    // A fragment cut mid-sentence: its diagnostics, by kind, include the cut.
    let lishui = row("shared/02-lishui-2023-zrfj-partial.txt");
    assert!(
        lishui.contains("<span data-kind=\"truncated\">truncated ×1</span>"),
        "{lishui}"
    );
}

#[test]
fn the_matrix_counts_the_tasks_each_kind_leads_as_the_documents_assign_them() {
    let (documents, shared) = documents();
    let html = page_of(&documents, &RenderOptions::default());
    let matrix = Matrix::of(&html);
    let read: Vec<String> = documents
        .iter()
        .filter(|d| d.plan.is_ok())
        .map(|d| escaped(d.id()))
        .collect();
    assert_eq!(matrix.plans, read, "a column for each plan read, in order");

    // data/source.txt: ten of its responsibility lines name 市民政局 first (lines 25,
    // 27, 39, 41, 58, 60, 62, 73, 92, 98), two 市財政局 (43, 103).
    assert_eq!(matrix.led("civil-affairs", "wuzhong.txt"), 10);
    assert_eq!(matrix.led("finance", "wuzhong.txt"), 2);

    // Every cell is what the plan's own query answers, and the totals add up.
    for document in &documents {
        let Ok(plan) = &document.plan else { continue };
        let id = escaped(document.id());
        for load in plan.departments() {
            assert_eq!(
                matrix.led(load.department.id(), &id),
                load.led,
                "{id}: {}",
                load.department.id()
            );
        }
        let column = matrix.column(&id);
        let led: usize = plan.departments().map(|load| load.led).sum();
        assert_eq!(matrix.totals[column], led, "{id}");
    }
    for (kind, (cells, total)) in &matrix.rows {
        assert_eq!(cells.iter().flatten().sum::<usize>(), *total, "{kind}");
        assert!(cells.iter().any(Option::is_some), "{kind} leads some task");
        assert!(kind.parse::<Department>().is_ok(), "{kind} is a kind's id");
    }
    assert_eq!(
        matrix.totals.last(),
        Some(&matrix.totals[..matrix.plans.len()].iter().sum())
    );

    if !shared {
        return;
    }
    // national-2018-jiuye.txt: one note a task, its first body the lead (`列第一位者为
    // 牵头单位，下同`): 人力资源社会保障部 first in eight, 财政部 in three, 各省级人民政府
    // in one, 各有关部门和单位 in the last three.
    let jiuye = "shared/national-2018-jiuye.txt";
    assert_eq!(matrix.led("human-resources-social-security", jiuye), 8);
    assert_eq!(matrix.led("finance", jiuye), 3);
    assert_eq!(matrix.led("provincial-governments", jiuye), 1);
    assert_eq!(matrix.led("departments-and-units-concerned", jiuye), 3);
    assert_eq!(matrix.totals[matrix.column(jiuye)], 15);
    // Row and column across plans: 财政 leads in Wuzhong and in the State Council's.
    let finance = &matrix.rows["finance"].0;
    assert_eq!(finance[matrix.column("wuzhong.txt")], Some(2));
    assert_eq!(finance[matrix.column(jiuye)], Some(3));
}

#[test]
fn every_id_is_unique_and_every_link_resolves() {
    let (mut documents, _) = documents();
    // A second document of an id already there.
    documents.push(Document::from_plan("wuzhong.txt", plan().clone()));
    let html = page_of(&documents, &RenderOptions::default());
    let ids = attributes(&html, "id");
    let unique: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "an id twice");
    for id in &ids {
        assert!(
            !id.is_empty() && !id.contains(|c: char| c.is_whitespace() || "<>\"'&%".contains(c)),
            "{id} is an id a link reaches as it is"
        );
    }
    let mut links = 0;
    for href in attributes(&html, "href") {
        let target = href.strip_prefix('#').expect("links stay on the page");
        assert!(unique.contains(target), "#{target} has no element");
        links += 1;
    }
    assert!(links > 1000, "{links} links");
    // One section a plan read, the second `wuzhong.txt` after `-n2`.
    let sections = html
        .matches("<section class=\"corpus-plan\" id=\"plan-")
        .count();
    assert_eq!(
        sections,
        documents.iter().filter(|d| d.plan.is_ok()).count()
    );
    assert!(html.contains("<section class=\"corpus-plan\" id=\"plan-wuzhong.txt-n2\""));
    assert!(html.contains("id=\"plan-wuzhong.txt-n2--part_2__group_1__task_7\""));
    // The nasty id: each character other than a letter, digit, `.` or `_` in hex.
    assert!(html.contains(
        "<section class=\"corpus-plan\" id=\"plan-nasty-20--3c-b-20-id-3d--22-x-22--3e--26--27-.txt\""
    ));
}

#[test]
fn each_plan_s_section_is_its_own_page_s_article() {
    let (documents, _) = documents();
    let options = RenderOptions::default();
    let html = page_of(&documents, &options);
    for document in &documents {
        let Ok(plan) = &document.plan else { continue };
        let own = plan.to_html(&options);
        let article = element(&own, "<article", "</article>\n");
        let id = escaped(document.id());
        let open = format!("data-plan=\"{id}\"");
        let start = html
            .match_indices("<section class=\"corpus-plan\"")
            .map(|(at, _)| at)
            .find(|&at| html[at..].lines().next().unwrap().contains(&open))
            .unwrap_or_else(|| panic!("no section for {id}"));
        let opening = html[start..].lines().next().unwrap();
        // In the script its own page is in.
        let lang = own
            .lines()
            .nth(1)
            .unwrap()
            .replace("<html ", "")
            .replace('>', "");
        assert!(opening.ends_with(&format!(" {lang}>")), "{opening}");
        let anchor = attributes(opening, "id")[0];
        let within = element(&html[start..], "<article", "</article>\n");
        // The same article, but for the prefix of its ids and links.
        assert_eq!(within.replace(&format!("{anchor}--"), ""), article, "{id}");
        assert!(within.contains(&format!("id=\"{anchor}--")), "{id}");
    }
}

#[test]
fn every_piece_of_text_is_escaped() {
    let (documents, _) = documents();
    let html = page_of(&documents, &RenderOptions::default());
    assert!(!html.contains("<script"), "markup written as markup");
    assert!(!html.contains("<b id"), "an id written as markup");
    let nasty = escaped(NASTY);
    let rows = index_rows(&html);
    let (_, row) = rows
        .iter()
        .find(|(id, _)| id == &escaped(NASTY_ID))
        .expect("the nasty plan has its row");
    assert!(
        row.contains(&format!("<td class=\"title\">吳忠市{nasty}方案</td>")),
        "{row}"
    );
    assert!(row.contains(&format!(">{}</a></td>", escaped(NASTY_ID))));
    // Its organisation of a nasty name is a row of the matrix by its kind's id alone.
    assert!(Matrix::of(&html).rows.contains_key("civil-affairs"));
    // Every attribute value is closed where it should be: no quote is left unescaped.
    for name in ["id", "href", "data-plan", "title", "data-kind"] {
        for value in attributes(&html, name) {
            assert!(!value.contains(['<', '>']), "{name}=\"{value}\"");
        }
    }
}

#[test]
fn the_page_s_words_are_in_the_script_asked_for() {
    let documents = [Document::from_plan("wuzhong.txt", plan().clone())];
    let traditional = page_of(&documents, &RenderOptions::default());
    assert!(traditional.starts_with("<!DOCTYPE html>\n<html lang=\"zh-Hant\">"));
    assert!(traditional.contains("<h2>牽頭任務比較</h2>"));
    assert!(traditional.contains("<span class=\"kind\">衛生健康委員會</span>"));
    let simplified = page_of(
        &documents,
        &RenderOptions::default().script(Script::Simplified),
    );
    assert!(simplified.starts_with("<!DOCTYPE html>\n<html lang=\"zh-Hans\">"));
    assert!(simplified.contains("<h2>牵头任务比较</h2>"));
    assert!(simplified.contains("<span class=\"kind\">卫生健康委员会</span>"));
    assert!(simplified.contains("<td class=\"title\">吴忠市“十四五”公共服务发展实施方案</td>"));
    assert!(simplified.contains(
        "<section class=\"corpus-plan\" id=\"plan-wuzhong.txt\" data-plan=\"wuzhong.txt\" lang=\"zh-Hans\">"
    ));
    // An empty corpus is a page too: its index and matrix have no rows.
    let empty = CorpusPage::new(&RenderOptions::default()).finish();
    assert!(empty.contains("data-read=\"0\" data-refused=\"0\""));
    assert!(empty.contains("<tbody>\n</tbody>"));
    assert!(empty.ends_with("</body>\n</html>\n"));
}

#[test]
fn the_page_opens_in_a_real_browser_without_the_network() {
    let Some(program) = corpus::tool("chromium") else {
        return;
    };
    let dir = TempDir::new("wuzhong-plan-corpus-page");
    let browser = Browser {
        program,
        profile: dir.0.join("profile"),
    };
    let (documents, _) = documents();
    let html = page_of(&documents, &RenderOptions::default());
    let file = dir.file("corpus.html", &html);
    let (dom, requests) = browser.dom_and_requests(&file, &dir.0.join("corpus.netlog.json"));
    let outside: Vec<&String> = requests
        .iter()
        .filter(|url| !url.starts_with("file:") && !url.starts_with("data:"))
        .collect();
    assert!(outside.is_empty(), "the page requested {outside:?}");

    // A section for each plan read, each with its article and its pictures.
    let read = documents.iter().filter(|d| d.plan.is_ok()).count();
    assert_eq!(dom.matches("<section class=\"corpus-plan\"").count(), read);
    assert_eq!(
        dom.matches("<article class=\"akn-statement\">").count(),
        read
    );
    assert_eq!(
        dom.matches("<svg xmlns=\"http://www.w3.org/2000/svg\"")
            .count(),
        2 * read
    );
    // Every task of the embedded plan under its prefixed eId.
    for task in plan().tasks() {
        let eid = match task.group {
            Some(group) => format!("part_{}__group_{group}__task_{}", task.part, task.number),
            None => format!("part_{}__task_{}", task.part, task.number),
        };
        assert!(
            dom.contains(&format!(
                "id=\"plan-wuzhong.txt--{eid}\" data-eid=\"{eid}\""
            )),
            "task {}",
            task.number
        );
    }
    // The index's rows and the matrix's cells, as the browser read them.
    let index = element(&dom, "<section class=\"corpus-index\"", "</section>");
    assert_eq!(
        index.matches("<tr class=\"read\"").count()
            + index.matches("<tr class=\"refused\"").count(),
        documents.len()
    );
    let matrix = element(&dom, "<section class=\"corpus-matrix\"", "</section>");
    let body = element(matrix, "<tbody>", "</tbody>");
    let rows = body.matches("<tr data-kind=").count();
    assert!(rows > 0);
    // One cell a plan and the total, in every row and in the totals'.
    assert_eq!(
        contents(matrix, "<td", "</td>").len(),
        (rows + 1) * (read + 1)
    );
    let civil = element(body, "<tr data-kind=\"civil-affairs\"", "</tr>");
    assert_eq!(contents(civil, "<td", "</td>")[0], "10", "{civil}");
    // The nasty plan's text is text.
    assert!(!dom.contains("<script"), "markup in the DOM");
    assert!(
        dom.contains("&lt;script&gt;alert('x')&lt;/script&gt;&amp;\"]]&gt;"),
        "the nasty title as text"
    );
}

//! Web pages read as plans (`html_text`, `parse_html`): the three gov.cn pages of
//! `../shared/corpus` and their fragments read as the text of the same name, in UTF-8
//! and in the encodings Chinese pages come in; the article found among a page's
//! navigation, metadata, sidebars and footers; the lines a page's HTML makes; the pages
//! refused and why; pages built to make a parser work hard; and random bytes and tag
//! soup, which never make the reader panic.
//!
//! The expectations for the shared pages come from their `.txt`, the text of the same
//! document, and from reading the pages; the others are written from the conventions
//! of the reader (one line a paragraph, a table's row one line with its cells joined
//! by ` | `, white space collapsed as a browser collapses it). The shared files are
//! read at run time, never copied in. Without the directory those tests pass with
//! `skipped: ../shared/corpus not found`, except on CI (see `common/corpus.rs`).

#[path = "common/corpus.rs"]
mod corpus;
#[path = "common/properties.rs"]
mod properties;

use encoding_rs::{GB18030, GBK};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use sha2::{Digest, Sha256};

use properties::{Outcome, check};
use wuzhong_plan::{
    Plan, Refusal, RefusalKind, Role, RuleKind, SourceFormat, html_text, parse, parse_html,
    read_plan,
};

/// The three documents of the corpus that have pages.
const PAGES: [&str; 3] = [
    "national-2019-zongbaoqu",
    "national-2018-jiuye",
    "national-2018-chuangxin-table",
];

/// The text `html_text` reads from `html`, which must have an article.
fn text(html: &str) -> String {
    html_text(html.as_bytes()).unwrap_or_else(|refusal| panic!("refused: {refusal}\n{html}"))
}

/// Why `html_text` refuses `bytes`, which it must.
fn refusal(bytes: &[u8]) -> Refusal {
    match html_text(bytes) {
        Ok(text) => panic!("read as text: {text:?}"),
        Err(refusal) => refusal,
    }
}

/// The hexadecimal SHA-256 digest of `bytes`.
fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The `.txt`, `.body.html` and `.page.html` of a document of the corpus; `None`
/// outside CI when the corpus is absent.
fn document(name: &str) -> Option<(String, String, String)> {
    let (_, txt) = corpus::read(&format!("{name}.txt"))?;
    let (_, body) = corpus::read(&format!("{name}.body.html"))?;
    let (_, page) = corpus::read(&format!("{name}.page.html"))?;
    Some((txt, body, page))
}

/// What a plan's tasks and parties are, to compare two readings of a document: each
/// task's id, number, label, title, body and row, each party of it (as quoted, its
/// organisation, its role and its kind), and the lead rules (their kind, node and
/// quote).
fn outline(plan: &Plan) -> Vec<String> {
    let mut lines = Vec::new();
    for task in plan.tasks() {
        lines.push(format!(
            "task {} {} {:?} {:?} {:?} {:?}",
            task.id,
            task.number,
            task.label(),
            task.title,
            task.body,
            task.row.iter().map(|cell| &cell.text).collect::<Vec<_>>()
        ));
        for party in task.responsible() {
            lines.push(format!(
                "  party {:?} {:?} {:?} {:?}",
                party.quote, party.organization, party.role, party.department
            ));
        }
    }
    for rule in plan.lead_rules() {
        lines.push(format!(
            "rule {:?} {} {:?}",
            rule.kind, rule.node, rule.quote
        ));
    }
    lines
}

/// A plan's JSON without its source, which is all that may differ between a page and
/// its text.
fn json_without_source(plan: &Plan) -> serde_json::Value {
    let json = plan.to_json().unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let removed = value
        .as_object_mut()
        .and_then(|object| object.remove("source"));
    assert!(removed.is_some(), "the JSON records a source");
    value
}

/// Checks that `bytes`, a page of the document whose text is `txt`, gives the plan
/// `txt` gives, recorded as read from `bytes`.
fn assert_same_plan(what: &str, bytes: &[u8], txt: &str) {
    let expected = parse(txt).unwrap();
    let plan = parse_html(bytes).unwrap_or_else(|refusal| panic!("{what}: refused: {refusal}"));
    assert_eq!(plan.to_text(), txt, "{what}: the text read");
    assert_eq!(
        outline(&plan),
        outline(&expected),
        "{what}: tasks and parties"
    );
    assert_eq!(
        json_without_source(&plan),
        json_without_source(&expected),
        "{what}: the whole plan"
    );
    let source = plan.source().unwrap();
    assert_eq!(source.format, SourceFormat::Html, "{what}");
    assert_eq!(
        source.sha256,
        sha256(bytes),
        "{what}: the digest of the page's bytes"
    );
}

// ---------------------------------------------------------------------------------------
// The shared pages

/// The fragment as the content system stored it, and the page as crawled, each read
/// byte for byte as the `.txt`: the title's two lines and the document number, one line
/// a paragraph, no line for the `<p><br></p>` between them, the signature's `&nbsp;`
/// kept as U+00A0, the annex table's rows with their cells joined by ` | `.
#[test]
fn each_page_and_its_fragment_read_as_its_text() {
    for name in PAGES {
        let Some((txt, body, page)) = document(name) else {
            return;
        };
        assert_eq!(text(&body), txt, "{name}.body.html");
        assert_eq!(text(&page), txt, "{name}.page.html");
    }
}

/// Both forms of each page give the plan of its text: the same tasks, parties and
/// lead rules, the same plan in every field but its source, which is the page.
#[test]
fn each_page_and_its_fragment_give_the_plan_of_its_text() {
    for name in PAGES {
        let Some((txt, body, page)) = document(name) else {
            return;
        };
        assert_same_plan(&format!("{name}.body.html"), body.as_bytes(), &txt);
        assert_same_plan(&format!("{name}.page.html"), page.as_bytes(), &txt);
        // Read by its content, a page is a page.
        let plan = read_plan(page.as_bytes()).unwrap();
        assert_eq!(
            plan.source().map(|source| source.format),
            Some(SourceFormat::Html)
        );
    }
}

/// What the pages hold, as reading them finds it.
#[test]
fn the_pages_plans_are_the_documents() {
    let Some((_, _, page)) = document("national-2018-jiuye") else {
        return;
    };
    let plan = parse_html(page.as_bytes()).unwrap();
    // `（一）`–`（十五）`, in five parts; the first note states the lead rule.
    assert_eq!(plan.tasks().len(), 15);
    let first = plan.task(1).unwrap();
    assert_eq!(first.title, "加大稳岗支持力度");
    let parties: Vec<(&str, Role)> = first
        .responsible()
        .map(|party| (party.quote.as_str(), party.role))
        .collect();
    assert_eq!(
        parties,
        [
            ("人力资源社会保障部", Role::Lead),
            ("财政部", Role::Support)
        ]
    );
    let rule = plan.lead_rules().next().unwrap();
    assert_eq!(rule.kind, RuleKind::FirstListedLeads);
    assert_eq!(rule.quote, "列第一位者为牵头单位，下同");
    // The signature's lines keep the `&nbsp;` that pad them on the page.
    let signature: Vec<&str> = plan
        .signature()
        .iter()
        .map(|line| line.trim_end())
        .collect();
    assert_eq!(signature, ["国务院", "2018年11月16日", "（此件公开发布）"]);
    assert!(plan.signature().first().unwrap().ends_with('\u{a0}'));

    let Some((_, _, page)) = document("national-2018-chuangxin-table") else {
        return;
    };
    let plan = parse_html(page.as_bytes()).unwrap();
    // The annex's 17 rows (1–14, 21–23) are its tasks, each a row of the table.
    assert_eq!(plan.tasks().len(), 17);
    let row = plan.task(1).unwrap();
    assert_eq!(row.title, "知识产权民事、刑事、行政案件“三合一”审判");
    let cells: Vec<&str> = row.row.iter().map(|cell| cell.text.as_str()).collect();
    assert_eq!(cells.last(), Some(&"全国"));
    assert!(
        cells.contains(&"最高人民法院、最高人民检察院、国家知识产权局"),
        "{cells:?}"
    );
    assert_eq!(plan.task(15).unwrap().label(), "21");
}

/// The page's metadata box (索引号, 发文机关, 标题, 发文字号, …), its QR-code line, its
/// buttons (images in links) and its frame are not read: the text starts with the
/// title's first line.
#[test]
fn the_metadata_box_buttons_and_frame_of_a_page_are_not_read() {
    for name in PAGES {
        let Some((_, _, page)) = document(name) else {
            return;
        };
        let read = text(&page);
        for dropped in [
            "索 引 号",
            "发文机关",
            "发文字号",
            "主 题 词",
            "扫一扫在手机打开当前页",
        ] {
            assert!(!read.contains(dropped), "{name}: {dropped} was read");
        }
        assert!(read.starts_with("国务院"), "{name}: {read:.40}");
        // The page has them, all the same.
        assert!(
            page.contains("发文机关") && page.contains("<iframe"),
            "{name}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Encodings

/// A page's bytes in `encoding`, after putting `declaration` before it (where the page
/// has none of its own).
fn encoded(page: &str, declaration: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
    let declared = format!("{declaration}{page}");
    let (bytes, _, unmappable) = encoding.encode(&declared);
    assert!(
        !unmappable,
        "the page has characters {} lacks",
        encoding.name()
    );
    bytes.into_owned()
}

/// A GBK copy of a page, declared by `<meta charset="gbk">`, is the same plan: the
/// same text, tasks and parties; its source is the GBK file, whose digest is not the
/// UTF-8 page's.
#[test]
fn a_gbk_copy_of_a_page_gives_the_same_plan() {
    for name in PAGES {
        let Some((txt, _, page)) = document(name) else {
            return;
        };
        assert!(
            !page.contains("charset"),
            "{name}: the crawled page declares nothing"
        );
        let gbk = encoded(&page, "<meta charset=\"gbk\">\n", GBK);
        assert!(std::str::from_utf8(&gbk).is_err(), "GBK is not UTF-8");
        assert_same_plan(&format!("{name}.page.html in GBK"), &gbk, &txt);
        let plan = parse_html(&gbk).unwrap();
        let utf8 = parse_html(page.as_bytes()).unwrap();
        assert_ne!(plan.source(), utf8.source());
        assert_eq!(plan.source().unwrap().sha256, sha256(&gbk));
    }
}

/// `gb18030` and `gb2312` labels, in either form of declaration, and a page that
/// declares nothing but is not UTF-8 (read as GB18030, as a browser in a Chinese locale
/// does), read as the same text.
#[test]
fn gb18030_gb2312_and_undeclared_gbk_pages_are_read() {
    let Some((txt, body, _)) = document("national-2018-jiuye") else {
        return;
    };
    let pages = [
        encoded(&body, "<meta charset=GB18030>", GB18030),
        encoded(
            &body,
            "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
            GBK,
        ),
        encoded(&body, "", GBK),
    ];
    for (i, bytes) in pages.iter().enumerate() {
        assert_eq!(html_text(bytes).unwrap(), txt, "page {i}");
    }
}

/// A UTF-16 page with its byte-order mark (either byte order), and a UTF-8 one with
/// its mark, are read; the mark decides over a `<meta>` that says otherwise.
#[test]
fn pages_with_a_byte_order_mark_are_read_in_its_encoding() {
    let page = "<meta charset=gbk><p>一、总体要求</p><p>1.加强领导。各部门要高度重视。</p>";
    let expected = "一、总体要求\n1.加强领导。各部门要高度重视。\n";
    // The Encoding Standard has no UTF-16 encoder: the code units are written here.
    let units: Vec<u16> = page.encode_utf16().collect();
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(units.iter().flat_map(|unit| unit.to_le_bytes()))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(units.iter().flat_map(|unit| unit.to_be_bytes()))
        .collect();
    assert_eq!(html_text(&le).unwrap(), expected);
    assert_eq!(html_text(&be).unwrap(), expected);
    let utf8: Vec<u8> = b"\xEF\xBB\xBF"
        .iter()
        .chain(page.as_bytes())
        .copied()
        .collect();
    assert_eq!(html_text(&utf8).unwrap(), expected);
    // Without the mark, the page's UTF-8 bytes are no GBK: its `<meta>` is believed.
    assert_eq!(refusal(page.as_bytes()).kind, RefusalKind::BadEncoding);
}

/// The declaration is found as the HTML standard's prescan finds it: past comments and
/// the quoted attributes of other tags, in the first 1,024 bytes only; `charset` in a
/// `content` attribute counts only with `http-equiv="content-type"`; a UTF-16 label in
/// a `<meta>` reads as UTF-8.
#[test]
fn the_declaration_is_found_as_a_browser_finds_it() {
    let gbk_body = GBK.encode("<p>一、总体要求和主要任务</p>").0.into_owned();
    let with = |head: &str| -> Vec<u8> { head.bytes().chain(gbk_body.iter().copied()).collect() };
    let expected = "一、总体要求和主要任务\n";
    // Read as declared.
    assert_eq!(html_text(&with("<meta charset='gbk'>")).unwrap(), expected);
    assert_eq!(
        html_text(&with(
            "<META HTTP-EQUIV=content-type CONTENT='text/html;charset = \"GBK\"'>"
        ))
        .unwrap(),
        expected
    );
    // A declaration in a comment, or in another tag's quoted attribute, is none, nor is
    // a `content` without `http-equiv`: the `<meta>` after each declares the page.
    for head in [
        "<!-- <meta charset=utf-8> --><meta charset=gbk>",
        "<div title='<meta charset=utf-8>'><meta charset=gbk>",
        "<meta content='text/html; charset=utf-8'><meta charset=gbk>",
    ] {
        assert_eq!(html_text(&with(head)).unwrap(), expected, "{head}");
    }
    // Past the first 1,024 bytes, a declaration is not looked for: the bytes are then
    // GB18030, not the UTF-8 declared too late.
    let late = format!("<p>{}</p><meta charset=utf-8>", "x".repeat(1024));
    assert_eq!(
        html_text(&with(&late)).unwrap(),
        format!("{}\n一、总体要求和主要任务\n", "x".repeat(1024))
    );
    // A UTF-16 label in a `<meta>` is UTF-8.
    assert_eq!(
        html_text("<meta charset=utf-16le><p>一、总体要求和主要任务</p>".as_bytes()).unwrap(),
        expected
    );
}

/// An encoding label no browser knows, and one browsers refuse to decode, are refused,
/// naming the label, where it is, and what was expected.
#[test]
fn an_unknown_encoding_is_refused() {
    let unknown =
        refusal(b"<html><head><meta charset=\"gbk2312\"></head><body><p>\xd2\xbb\xa1\xa2</p>");
    assert_eq!(
        (unknown.kind, unknown.line),
        (RefusalKind::BadEncoding, None)
    );
    assert_eq!(
        unknown.message,
        "the web page declares the encoding \"gbk2312\" (in the <meta> tag at byte offset 12), which is no encoding label browsers know: expected a label of the Encoding Standard, such as utf-8, gbk, gb2312, gb18030 or big5"
    );
    let replacement = refusal(b"<meta charset=iso-2022-kr><p>text</p>");
    assert_eq!(replacement.kind, RefusalKind::BadEncoding);
    assert!(
        replacement.message.contains("\"iso-2022-kr\""),
        "{}",
        replacement.message
    );
    assert!(
        replacement.message.contains("refuse to decode"),
        "{}",
        replacement.message
    );
}

/// Bytes that are not in the encoding the page declares are refused at the byte
/// offset of the first that is not, with the bytes, the encoding and where it was
/// declared; so is a page that declares nothing and is neither UTF-8 nor GB18030.
#[test]
fn bytes_not_in_the_page_s_encoding_are_refused_where_they_stand() {
    // 0xFF is no byte of GBK.
    let gbk = refusal(b"<meta charset=gbk><p>\xd2\xbb\xff\xa1\xa2</p>");
    assert_eq!(gbk.kind, RefusalKind::BadEncoding);
    assert_eq!(
        gbk.message,
        "the web page's bytes are not in GBK, the encoding its <meta> tag at byte offset 0 declares (\"gbk\"): invalid byte sequence 0xFF at byte offset 23: expected the whole page in the encoding it declares"
    );
    // A UTF-8 page whose 0xE4 0xB8 stops short of its third byte.
    let utf8 = refusal(b"<meta charset=utf-8><p>\xe4\xb8</p>");
    assert_eq!(utf8.kind, RefusalKind::BadEncoding);
    assert!(utf8.message.contains("not in UTF-8"), "{}", utf8.message);
    assert!(utf8.message.contains("byte offset 23"), "{}", utf8.message);
    // A UTF-16 page of an odd number of bytes ends inside a code unit.
    let odd = refusal(b"\xff\xfe<\x00p\x00>\x00x");
    assert_eq!(odd.kind, RefusalKind::BadEncoding);
    assert!(
        odd.message.contains("byte-order mark gives (UTF-16LE)"),
        "{}",
        odd.message
    );
    assert!(odd.message.contains("byte offset 8"), "{}", odd.message);
    // 0xFF is neither UTF-8 nor GB18030 (where 0x80 alone is the euro sign).
    let neither = refusal(b"<p>text \xff text</p>");
    assert_eq!(neither.kind, RefusalKind::BadEncoding);
    assert_eq!(
        neither.message,
        "the web page declares no encoding, and its bytes are neither UTF-8 (invalid byte sequence 0xFF at byte offset 8) nor GB18030 (invalid byte sequence 0xFF at byte offset 8): expected a page in UTF-8, or one that declares its encoding in a <meta charset> tag"
    );
}

// ---------------------------------------------------------------------------------------
// Finding the article

/// The head, navigation and footer of a made-up government site's pages, around the
/// article each test puts in.
const HEAD: &str = "<!DOCTYPE html><html><head><meta charset=utf-8><title>关于印发重点工作方案的通知_某某市人民政府</title>\
    <script>document.write('<p>脚本写的文字不读</p>');</script><style>p { margin: 0 }</style></head><body>\
    <div class=top><a href=/>首页</a> | <a href=/zwgk>政务公开</a> | <a href=/zwfw>政务服务</a> | <a href=/hdjl>互动交流</a></div>\
    <div class=crumb>当前位置：<a href=/>首页</a> &gt; <a href=/zwgk>政务公开</a> &gt; <a href=/zcwj>政策文件</a></div>";
const FOOT: &str = "<div class=footer><p>主办：某某市人民政府办公室　承办：某某市政务服务数据管理局</p>\
    <p>网站标识码：1234567890　备案号：某ICP备12345678号　公网安备 12345678901234号</p></div></body></html>";

/// The article of the made-up pages, as HTML, and the text it reads as.
const ARTICLE: &str = "<p>各县（区）人民政府，市政府各部门：</p>\
    <p>　　现将《某某市重点工作方案》印发给你们，请结合实际，认真贯彻执行。</p>\
    <p><strong>一、总体要求</strong></p>\
    <p>　　坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动经济社会高质量发展，确保各项任务落到实处。</p>\
    <p><strong>二、重点任务</strong></p>\
    <p>　　（一）加强组织领导。各部门要高度重视，建立工作机制，明确责任分工，加强统筹协调。（市政府办公室牵头，各部门按职责分工负责）</p>\
    <p>　　（二）强化要素保障。统筹安排专项资金，优化审批流程，保障重点项目用地用能需求。（市财政局、市自然资源局负责）</p>";
const ARTICLE_TEXT: &str = "各县（区）人民政府，市政府各部门：\n\
    \u{3000}\u{3000}现将《某某市重点工作方案》印发给你们，请结合实际，认真贯彻执行。\n\
    一、总体要求\n\
    \u{3000}\u{3000}坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动经济社会高质量发展，确保各项任务落到实处。\n\
    二、重点任务\n\
    \u{3000}\u{3000}（一）加强组织领导。各部门要高度重视，建立工作机制，明确责任分工，加强统筹协调。（市政府办公室牵头，各部门按职责分工负责）\n\
    \u{3000}\u{3000}（二）强化要素保障。统筹安排专项资金，优化审批流程，保障重点项目用地用能需求。（市财政局、市自然资源局负责）\n";

/// A sidebar of related documents: links, and a line of text of its own.
const SIDEBAR: &str = "<div class=side><h3>相关文件</h3><ul><li><a href=/1>关于做好某某工作的通知</a></li>\
    <li><a href=/2>关于印发某某办法的通知</a></li></ul><p>以上文件仅供参考，以正式文本为准。</p></div>";

/// The shapes of the genre's pages: a content element beside a title, a date line,
/// share links and a sidebar (gov.cn's `pages_content`); an editor's content two
/// wrappers deep in a layout table (TRS's `TRS_Editor`); an `<article>` with its own
/// `<header>` and `<footer>`. Each reads as its article alone.
#[test]
fn the_article_is_the_element_that_holds_the_paragraphs() {
    let gov_cn = format!(
        "{HEAD}<div class=article><h1>关于印发重点工作方案的通知</h1>\
         <div class=pages-date>2023-01-05 09:00 来源：市政府办公室 【字体：<a>大</a> <a>中</a> <a>小</a>】<a>打印</a></div>\
         <div class=pages_content id=UCAP-CONTENT>{ARTICLE}</div>\
         <div class=share>分享到：<a>微信</a><a>微博</a></div></div>{SIDEBAR}{FOOT}"
    );
    assert_eq!(text(&gov_cn), ARTICLE_TEXT);

    let trs = format!(
        "{HEAD}<table width=100%><tr><td class=title>关于印发重点工作方案的通知</td></tr>\
         <tr><td>发布时间：2023-01-05　来源：市政府办公室</td></tr>\
         <tr><td><div class=TRS_Editor><div class=Custom_UnionStyle>{ARTICLE}</div></div></td></tr></table>{FOOT}"
    );
    assert_eq!(text(&trs), ARTICLE_TEXT);

    let article = format!(
        "{HEAD}<main><article><header><h1>关于印发重点工作方案的通知</h1><p>发布日期：2023-01-05</p></header>\
         {ARTICLE}<footer>责任编辑：张三</footer></article><aside><p>相关阅读：一段与正文无关的说明文字。</p></aside></main>{FOOT}"
    );
    assert_eq!(
        text(&article),
        format!("关于印发重点工作方案的通知\n发布日期：2023-01-05\n{ARTICLE_TEXT}")
    );
}

/// An old page that writes its document in one layout cell, lines broken by `<br>`,
/// beside a cell of navigation; and a content `div` written the same way, beside a
/// date line and a sidebar: the cell, and the `div`, are the article.
#[test]
fn a_document_written_in_one_element_with_line_breaks_is_the_article() {
    let lines = ARTICLE_TEXT.trim_end().replace('\n', "<br>\n");
    let layout = format!(
        "{HEAD}<table><tr><td class=nav><a>首页</a><br><a>政务公开</a><br>栏目导航</td>\
         <td class=content>{lines}</td></tr></table>{FOOT}"
    );
    assert_eq!(text(&layout), ARTICLE_TEXT);
    let zoom = format!(
        "{HEAD}<div class=main><p>发布时间：2023-01-05</p><div id=zoom>{lines}</div>{SIDEBAR}</div>{FOOT}"
    );
    assert_eq!(text(&zoom), ARTICLE_TEXT);
}

/// A table of tasks is read with the paragraphs around it (a notice, then its table,
/// wrapped in a `<div align="center">` as Word's HTML is): one line a row, the header
/// row first, a section row across all columns once, a lead merged down two rows in
/// both. A page whose article is nothing but such a table, beside a sidebar, is the
/// table.
#[test]
fn a_table_of_tasks_is_read_with_the_paragraphs_around_it() {
    let table = "<div align=center><table class=MsoTableGrid border=1>\
        <tr><td><p><b>序号</b></p></td><td><p><b>工作任务</b></p></td><td><p><b>牵头单位</b></p></td><td><p><b>完成时限</b></p></td></tr>\
        <tr><td colspan=4><p><b>一、优化营商环境</b></p></td></tr>\
        <tr><td>1</td><td><p>深化“放管服”改革。</p><p>推行极简审批。</p></td><td rowspan=2>市发展改革委</td><td>2023年6月底</td></tr>\
        <tr><td>2</td><td>完善信用体系，建设信用平台。</td><td>2023年12月底</td></tr>\
        <tr><td colspan=4><p><b>二、推动产业升级</b></p></td></tr>\
        <tr><td>3</td><td>培育壮大战略性新兴产业集群，推动先进制造业和现代服务业深度融合。</td><td>市工业和信息化局</td><td>2023年12月底</td></tr>\
        <tr><td>4</td><td>实施传统产业技术改造工程，推动企业数字化、智能化、绿色化转型。</td><td>市工业和信息化局</td><td>2024年6月底</td></tr>\
        </table></div>";
    let rows = "序号 | 工作任务 | 牵头单位 | 完成时限\n\
        一、优化营商环境\n\
        1 | 深化“放管服”改革。 推行极简审批。 | 市发展改革委 | 2023年6月底\n\
        2 | 完善信用体系，建设信用平台。 | 市发展改革委 | 2023年12月底\n\
        二、推动产业升级\n\
        3 | 培育壮大战略性新兴产业集群，推动先进制造业和现代服务业深度融合。 | 市工业和信息化局 | 2023年12月底\n\
        4 | 实施传统产业技术改造工程，推动企业数字化、智能化、绿色化转型。 | 市工业和信息化局 | 2024年6月底\n";
    let notice = format!(
        "{HEAD}<div id=zoom><p>关于印发重点工作分工方案的通知</p><p>各县（区）人民政府，市政府各部门：现将分工方案印发给你们。</p>{table}</div>{SIDEBAR}{FOOT}"
    );
    assert_eq!(
        text(&notice),
        format!(
            "关于印发重点工作分工方案的通知\n各县（区）人民政府，市政府各部门：现将分工方案印发给你们。\n{rows}"
        )
    );
    let alone = format!("{HEAD}<div class=main><div id=zoom>{table}</div>{SIDEBAR}</div>{FOOT}");
    assert_eq!(text(&alone), rows);
}

/// Pages with no article are refused: navigation only, an empty body, scripts only, a
/// frame whose page is elsewhere, and text too short to be a document. The message
/// says what was looked for, how much the page holds, and what was expected.
#[test]
fn a_page_with_no_article_is_refused() {
    let nav = refusal("<html><body><nav><a href=/>首页</a><a href=/zw>政务公开</a></nav><div class=menu><a>政策文件</a> | <a>政策解读</a></div></body></html>".as_bytes());
    assert_eq!((nav.kind, nav.line), (RefusalKind::NoArticle, None));
    assert_eq!(
        nav.message,
        "no article found in the web page: no element holds 10 characters or more of text in paragraphs outside links, navigation, scripts, forms and hidden elements (the most any holds is 0): expected a page or a fragment of one whose article's paragraphs are in its HTML"
    );
    for page in [
        "<html><head><title>关于印发重点工作方案的通知</title></head><body></body></html>",
        "<script>document.write('<p>一、总体要求和重点任务</p>')</script><noscript>请启用脚本以阅读全文内容</noscript>",
        "<p hidden>一、总体要求和重点任务</p><div style=\"display: none\">二、保障措施和工作要求</div>",
        "<form><select><option>一、总体要求和重点任务</option></select><textarea>二、保障措施和工作要求</textarea><button>提交留言内容</button></form>",
        "<p>通知全文</p>",
        "<!-- 一、总体要求和重点任务 -->",
    ] {
        assert_eq!(
            refusal(page.as_bytes()).kind,
            RefusalKind::NoArticle,
            "{page}"
        );
    }
    let frame = refusal(b"<html><body><iframe src=/content.htm></iframe></body></html>");
    assert!(
        frame
            .message
            .contains("(the most any holds is 0) (the page has a frame, whose page is not read)"),
        "{}",
        frame.message
    );
    assert_eq!(
        parse_html("<nav><a>首页</a></nav>".as_bytes())
            .unwrap_err()
            .kind,
        RefusalKind::NoArticle
    );
}

// ---------------------------------------------------------------------------------------
// Lines

/// Blocks and `<br>` make lines; empty paragraphs (white space, `<br>`, `&nbsp;`)
/// make none; inline elements, Word's `<o:p>` among them, continue the line.
#[test]
fn blocks_and_breaks_make_lines_and_inline_elements_continue_them() {
    assert_eq!(
        text(
            "<div><p>一、总体<b>要求</b><span style='font-family:宋体'>和</span><a href=x>安排</a><o:p></o:p></p>\
              <p><br></p><p> </p><p>&nbsp;</p><p>1.加强领导。<br>责任单位：市政府办公室</p>\
              <h2>二、保障措施</h2><ul><li>甲</li><li>乙</li></ul><div>末尾<div>嵌套</div>之后</div><hr>结束语</div>"
        ),
        "一、总体要求和安排\n1.加强领导。\n责任单位：市政府办公室\n二、保障措施\n甲\n乙\n末尾\n嵌套\n之后\n结束语\n"
    );
}

/// Entities are decoded; `&nbsp;` is U+00A0, kept at a line's start and end and
/// between spaces, never collapsed; U+3000 is kept too.
#[test]
fn entities_are_decoded_and_no_break_spaces_kept() {
    assert_eq!(
        text(
            "<p>&nbsp;&nbsp;国务院 &nbsp; &nbsp;&nbsp;</p><p>&lt;附件&gt; &amp; &#x4E00;&#19968;&ldquo;引号&rdquo;&emsp;&#12288;止</p><p>\u{3000}\u{3000}一、总体要求</p>"
        ),
        "\u{a0}\u{a0}国务院 \u{a0} \u{a0}\u{a0}\n<附件> & 一一“引号”\u{2003}\u{3000}止\n\u{3000}\u{3000}一、总体要求\n"
    );
}

/// White space collapses as a browser collapses it: runs to one space, none at a
/// line's ends, and a line break of the source between two Chinese characters (or
/// full-width punctuation) to nothing, while one next to a Latin letter or a digit is
/// a space; spaces that are no line break stay a space.
#[test]
fn white_space_collapses_as_in_a_browser() {
    assert_eq!(
        text(
            "<p>\n   一、总体\n   要求，\n  强化\t保障 措施\n</p>\n<p>Made in\n China 2025\n年\n</p><p>a\u{200B}\nb</p>"
        ),
        "一、总体要求，强化 保障 措施\nMade in China 2025 年\na\u{200B}b\n"
    );
    // Across inline elements too.
    assert_eq!(
        text("<p><span>推进</span>\n<span>改革措施落地见效</span></p>"),
        "推进改革措施落地见效\n"
    );
}

/// `<pre>` keeps its white space and its lines (without the blank ones).
#[test]
fn preformatted_text_keeps_its_white_space_and_lines() {
    assert_eq!(
        text(
            "<p>前言：以下为原文</p><pre>\n  一、总体要求\n\n    1.  加强领导\t（市政府办公室）\n</pre><p>后记</p>"
        ),
        "前言：以下为原文\n  一、总体要求\n    1.  加强领导\t（市政府办公室）\n后记\n"
    );
}

/// A table of data: a row a line, cells joined by ` | ` (an empty one kept, so the
/// columns stay), a cell across columns once, a cell down rows in each, at its column,
/// up to the end of its group of rows; a row of empty cells makes no line; a cell's
/// paragraphs and line breaks are joined by a space; a table in a cell is read into
/// it.
#[test]
fn a_table_of_data_is_a_line_a_row() {
    assert_eq!(
        text(
            "<table>\
              <thead><tr><th>序号</th><th>任务</th><th>牵头</th><th>配合</th></tr></thead>\
              <tbody><tr><td rowspan=3>1</td><td>甲</td><td rowspan=2>市财政局</td><td></td></tr>\
              <tr><td>乙<br>丙</td><td>市税务局</td></tr>\
              <tr><td colspan=3>丁</td></tr>\
              <tr><td></td><td> </td><td>&nbsp;</td></tr>\
              <tr><td>2</td><td><table><tr><td>子表</td><td>一格</td></tr><tr><td>二行</td></tr></table></td><td>市民政局</td><td>市教育局</td></tr></tbody>\
              <tbody><tr><td rowspan=0>3</td><td>戊</td><td>己</td><td>庚</td></tr><tr><td>辛</td><td>壬</td><td>癸</td></tr></tbody>\
              <tbody><tr><td>4</td><td>子</td><td>丑</td><td>寅</td></tr></tbody></table>"
        ),
        "序号 | 任务 | 牵头 | 配合\n\
         1 | 甲 | 市财政局 | \n\
         1 | 乙 丙 | 市财政局 | 市税务局\n\
         1 | 丁\n\
         2 | 子表 一格 二行 | 市民政局 | 市教育局\n\
         3 | 戊 | 己 | 庚\n\
         3 | 辛 | 壬 | 癸\n\
         4 | 子 | 丑 | 寅\n"
    );
}

/// A table laid out for the page, not for data (one column; a column of navigation
/// beside one that holds the document) is read as blocks: each cell's paragraphs on
/// lines of their own; a table of data inside it is read a row a line.
#[test]
fn a_layout_table_is_read_as_blocks() {
    assert_eq!(
        text(&format!(
            "<div>{ARTICLE}<table><tr><td><p>联系人：张三</p><p>联系电话：1234567</p></td></tr></table></div>"
        )),
        format!("{ARTICLE_TEXT}联系人：张三\n联系电话：1234567\n")
    );
    assert_eq!(
        text(&format!(
            "<table><tr><td><a href=/>首页</a><br><a href=/zw>政务公开</a></td><td>{ARTICLE}\
             <table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>加强领导</td></tr></table></td></tr></table>"
        )),
        format!("{ARTICLE_TEXT}序号 | 任务\n1 | 加强领导\n")
    );
}

/// What is never read: the head, scripts, styles, comments, `<noscript>`, forms'
/// controls, images (and their `alt`), navigation, asides, footers, a page's header
/// (but an article's), and anything hidden by `hidden`, `display: none` or
/// `visibility: hidden`.
#[test]
fn what_is_never_read() {
    assert_eq!(
        text(
            "<html><head><title>标题不读</title><style>p{}</style></head><body>\
              <header><h1>网站名称</h1></header><nav>导航栏目</nav>\
              <section><header><h2>一、总体要求</h2></header>\
              <p>正文<!-- 注释 -->段落<script>var s = '脚本';</script><noscript>无脚本</noscript><img src=a.png alt=图片说明></p>\
              <p hidden>隐藏段落</p><div style=\"display:none\">不显示</div><p>可见<span style=\"visibility: hidden\">不可见</span>文字</p>\
              <p><b hidden>粗体隐藏</b>粗体之后</p>\
              <form><label>姓名</label><input value=输入值><select><option>选项</option></select><textarea>文本框</textarea><button>提交</button></form>\
              <aside>侧栏</aside><footer>页脚</footer></section></body></html>"
        ),
        "一、总体要求\n正文段落\n可见文字\n粗体之后\n姓名\n"
    );
}

// ---------------------------------------------------------------------------------------
// Pages that make a parser work hard

/// Asserts `html` reads, one line a time, as `lines` lines of `line`.
fn assert_lines(what: &str, html: &str, line: &str, lines: usize) {
    let read = text(html);
    assert_eq!(read.lines().count(), lines, "{what}");
    assert!(
        read.lines().all(|each| each == line),
        "{what}: {:?}",
        read.get(..200)
    );
}

/// 50,000 nested `<div>`s, `<table>`s and `<b>`s: no stack overflows, and the text in
/// the innermost is read. (html5ever's tree builder, as the HTML standard writes it,
/// does work in proportion to the depth for many tags; the reader closes elements
/// deeper than 256, as Chromium does deeper than 512, and leaves `<b>` out, so that
/// the page's work stays in proportion to its length.)
#[test]
fn deeply_nested_elements_are_read() {
    const DEPTH: usize = 50_000;
    let line = "一、最深处的一段正文文字";
    for (open, close) in [
        ("<div>", "</div>"),
        ("<table><tr><td>", "</td></tr></table>"),
        ("<b>", "</b>"),
    ] {
        let page = format!("{}{line}{}", open.repeat(DEPTH), close.repeat(DEPTH));
        assert_lines(open, &page, line, 1);
    }
    // Past the depth, each element is closed as it opens and its end tag breaks the
    // line: every paragraph keeps its line.
    let page = format!(
        "{}{}{}",
        "<div>".repeat(600),
        "<div><p>一段正文文字共十一个字</p>".repeat(100),
        "</div>".repeat(700)
    );
    assert_lines(
        "paragraphs in nested divs",
        &page,
        "一段正文文字共十一个字",
        100,
    );
    let page = format!(
        "{}{}",
        "<div>".repeat(600),
        "<div>一段正文文字共十一个字</div><span>一段正文文字共十一个字</span>".repeat(100)
    );
    assert_lines(
        "divs and spans past the depth",
        &page,
        "一段正文文字共十一个字",
        200,
    );
    // A hidden element past the depth hides its content still.
    let page = format!(
        "{}<div hidden><p>隐藏的段落文字内容</p></div><p>一段正文文字共十一个字</p>",
        "<div>".repeat(600)
    );
    assert_lines("hidden past the depth", &page, "一段正文文字共十一个字", 1);
}

/// Paragraphs that each leave a `<b>` open: the standard's parser reopens every one of
/// them in each paragraph after (5,000 paragraphs made twelve million elements); read
/// here, each paragraph is a line.
#[test]
fn formatting_left_open_does_not_multiply() {
    let page: String = (0..20_000)
        .map(|i| format!("<p><b id=b{i}><font color=red>一段正文文字共十一个字</p>"))
        .collect();
    assert_lines("open <b>", &page, "一段正文文字共十一个字", 20_000);
}

/// A cell merged down rows is written in each: a page that would write more than the
/// 16 MiB a plan's text may hold that way is refused, not written.
#[test]
fn text_over_the_limit_is_refused() {
    let page = format!(
        "<table><tr><td rowspan=0>{}</td><td>甲</td></tr>{}</table>",
        "长".repeat(100_000),
        "<tr><td>乙</td></tr>".repeat(100)
    );
    let refused = refusal(page.as_bytes());
    assert_eq!(refused.kind, RefusalKind::TooLarge);
    assert!(refused.message.contains("16 MiB"), "{}", refused.message);
}

/// Empty cells merged down over many empty rows, and many rows of a cell merged down
/// with text: the first make no line, the second a line each, in the cell's column.
#[test]
fn merged_cells_over_many_rows() {
    let empty = format!(
        "<p>一段正文文字共十一个字</p><table><tr>{}<td>甲</td></tr>{}</table>",
        "<td rowspan=0></td>".repeat(20_000),
        "<tr></tr>".repeat(20_000)
    );
    let read = text(&empty);
    assert_eq!(read.lines().count(), 2);
    assert!(
        read.ends_with(&format!("{}甲\n", " | ".repeat(20_000))),
        "{:?}",
        read.get(..100)
    );
    let full = format!(
        "<table><tr><td>序号</td><td rowspan=0>市财政局</td><td>任务</td></tr>{}</table>",
        "<tr><td>1</td><td>推进改革</td></tr>".repeat(1_000)
    );
    let read = text(&full);
    assert_eq!(read.lines().count(), 1_001);
    assert!(
        read.lines()
            .skip(1)
            .all(|line| line == "1 | 市财政局 | 推进改革"),
        "{read:.200}"
    );
}

// ---------------------------------------------------------------------------------------
// `parse_html` end to end

/// The plan of a page keeps the text read (its `to_text`), and records the page: the
/// format `html` and the digest of its bytes.
#[test]
fn a_page_s_plan_keeps_the_text_read_and_records_the_page() {
    let page = format!("{HEAD}<div id=zoom>{ARTICLE}</div>{FOOT}");
    let plan = parse_html(page.as_bytes()).unwrap();
    assert_eq!(plan.to_text(), ARTICLE_TEXT);
    assert_eq!(plan.to_text(), html_text(page.as_bytes()).unwrap());
    let source = plan.source().unwrap();
    assert_eq!(source.format, SourceFormat::Html);
    assert_eq!(source.sha256, sha256(page.as_bytes()));
    assert_ne!(source.sha256, sha256(ARTICLE_TEXT.as_bytes()));
    assert_eq!(plan.parts().count(), 2);
    assert_eq!(
        plan.tasks()
            .map(|task| task.title.as_str())
            .collect::<Vec<_>>(),
        ["加强组织领导", "强化要素保障"]
    );
}

// ---------------------------------------------------------------------------------------
// Properties

/// Checks what any text read from a page is: lines ending with a line feed, none of
/// them white space only, no carriage return.
fn check_read(bytes: &[u8]) -> Result<Outcome, TestCaseError> {
    let _ = parse_html(bytes);
    match html_text(bytes) {
        Ok(text) => {
            prop_assert!(text.ends_with('\n'), "{:?}", text);
            prop_assert!(!text.contains('\r'), "{:?}", text);
            for line in text.lines() {
                prop_assert!(!line.chars().all(char::is_whitespace), "{:?}", text);
            }
            Ok(Outcome::Accepted)
        }
        Err(refusal) => {
            prop_assert!(
                matches!(
                    refusal.kind,
                    RefusalKind::NoArticle | RefusalKind::BadEncoding
                ),
                "{refusal:?}"
            );
            Ok(Outcome::Refused)
        }
    }
}

/// Arbitrary bytes, and arbitrary bytes after `<`, never make the reader panic.
#[test]
fn arbitrary_bytes_never_panic() {
    check(256, vec(any::<u8>(), 0..2048), |bytes| check_read(&bytes));
    check(256, vec(any::<u8>(), 0..2048), |bytes| {
        check_read(&[b"<".as_slice(), &bytes].concat())
    });
}

/// The pieces of pages: tags the tree builder treats each its own way, attributes
/// that hide and merge, entities, comments, raw text, and text of the genre.
const SOUP: &[&str] = &[
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<span>",
    "</span>",
    "<b>",
    "</b>",
    "<font color=red>",
    "</font>",
    "<i hidden>",
    "<a href=x>",
    "</a>",
    "<nobr>",
    "<br>",
    "</br>",
    "<hr>",
    "<table>",
    "</table>",
    "<tbody>",
    "</tbody>",
    "<tr>",
    "</tr>",
    "<td>",
    "</td>",
    "<td rowspan=0>",
    "<td rowspan=3 colspan=2>",
    "<th colspan=99999>",
    "<caption>",
    "<ul>",
    "<li>",
    "</li>",
    "<pre>",
    "</pre>",
    "<h1>",
    "</h1>",
    "<form>",
    "</form>",
    "<select>",
    "<option>",
    "<textarea>",
    "</textarea>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<noscript>",
    "<template>",
    "</template>",
    "<svg>",
    "</svg>",
    "<math>",
    "<foreignObject>",
    "<plaintext>",
    "<xmp>",
    "<iframe>",
    "<nav>",
    "</nav>",
    "<header>",
    "<footer>",
    "<article>",
    "</article>",
    "<section>",
    "<html>",
    "<body>",
    "<frameset>",
    "<div style=\"display:none\">",
    "<p hidden>",
    "<meta charset=gbk>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE html>",
    "&nbsp;",
    "&amp;",
    "&#0;",
    "&#x10FFFF;",
    "&",
    "<",
    ">",
    "\"",
    "'",
    "=",
    " ",
    "\n",
    "\r\n",
    "\t",
    "\u{3000}",
    "\u{a0}",
    "中文",
    "一、总体要求",
    "（一）加强领导。",
    "1.推进改革。",
    "责任单位：市财政局",
    "（市发展改革委牵头）",
    " | ",
    "\u{200B}",
    "x",
];

/// Tag soup made of those pieces never makes the reader panic, and what it reads
/// keeps the text's conventions.
#[test]
fn tag_soup_never_panics() {
    let soup = vec(select(SOUP), 0..300).prop_map(|pieces| pieces.concat());
    let (accepted, _) = check(512, soup, |page| check_read(page.as_bytes()));
    assert!(accepted > 0, "no soup had an article");
}

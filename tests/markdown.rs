//! The Markdown a plan renders to, read back by a CommonMark parser (pulldown-cmark, with
//! GitHub's tables): its headings, the anchors of every part, group, task and
//! organisation, links that all land on an anchor, and the plan's words as text, never as
//! markup. Expectations about the Wuzhong plan were written from reading the source.

#[path = "common/commonmark.rs"]
mod commonmark;
#[path = "common/corpus.rs"]
mod corpus;

use std::collections::BTreeSet;

use commonmark::Block;

use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use wuzhong_plan::{RenderOptions, Script, parse, plan};

/// What a CommonMark parser reads in `markdown`.
#[derive(Default)]
struct Read {
    /// Each heading's level and text.
    headings: Vec<(HeadingLevel, String)>,
    /// The ids of the `<a id="…"></a>` anchors.
    anchors: Vec<String>,
    /// The targets of the links into the document, without their `#`.
    links: Vec<String>,
    /// Every run of text.
    text: Vec<String>,
    /// Raw HTML that is not an anchor.
    other_html: Vec<String>,
}

fn read(markdown: &str) -> Read {
    let mut read = Read::default();
    let mut heading: Option<(HeadingLevel, String)> = None;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => heading = Some((level, String::new())),
            Event::End(TagEnd::Heading(_)) => read.headings.extend(heading.take()),
            Event::Text(text) => {
                if let Some((_, heading)) = &mut heading {
                    heading.push_str(&text);
                }
                read.text.push(text.to_string());
            }
            Event::Start(Tag::Link {
                link_type: LinkType::Inline,
                dest_url,
                ..
            }) => {
                let target = dest_url
                    .strip_prefix('#')
                    .expect("links stay in the document");
                read.links.push(target.to_owned());
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                for piece in html.split("</a>") {
                    let piece = piece.trim();
                    if piece.is_empty() {
                        continue;
                    }
                    match piece
                        .strip_prefix("<a id=\"")
                        .and_then(|rest| rest.strip_suffix("\">"))
                    {
                        Some(id) => read.anchors.push(id.to_owned()),
                        None => read.other_html.push(piece.to_owned()),
                    }
                }
            }
            _ => {}
        }
    }
    read
}

#[test]
fn the_embedded_plan_reads_back_with_its_headings_anchors_and_links() {
    let markdown = plan().to_markdown(&RenderOptions::default());
    let read = read(&markdown);
    let count = |level| read.headings.iter().filter(|(l, _)| *l == level).count();
    // The title; three parts and two closing sections; five groups of part 二 and the
    // 29 bodies the responsibility lines name; the 50 tasks.
    assert_eq!(count(HeadingLevel::H1), 1);
    assert_eq!(read.headings[0].1, "吳忠市“十四五”公共服務發展實施方案");
    assert_eq!(count(HeadingLevel::H2), 5);
    assert_eq!(count(HeadingLevel::H3), 5 + 29);
    assert_eq!(count(HeadingLevel::H4), 50);
    assert!(
        read.headings
            .contains(&(HeadingLevel::H2, "二、重點任務".to_owned()))
    );
    assert!(
        read.headings
            .contains(&(HeadingLevel::H4, "23. 擴大普惠養老服務方式".to_owned()))
    );
    assert!(
        read.headings
            .contains(&(HeadingLevel::H4, "48. 嚴格落實基本公共服務標準".to_owned()))
    );

    let anchors: BTreeSet<&str> = read.anchors.iter().map(String::as_str).collect();
    assert_eq!(anchors.len(), read.anchors.len(), "no anchor twice");
    let tasks = anchors.iter().filter(|a| a.contains("__task_")).count();
    assert_eq!(tasks, 50, "an anchor for each task");
    let groups = anchors
        .iter()
        .filter(|a| a.contains("__group_") && !a.contains("__task_"))
        .count();
    assert_eq!(groups, 5, "an anchor for each group");
    assert!(anchors.contains("part_2__group_2__task_23"));
    assert!(anchors.contains("part_3__task_48"));
    assert!(anchors.contains("civil-affairs"));
    assert!(read.other_html.is_empty(), "{:?}", read.other_html);
    // Every link lands on an anchor; every task with a responsibility line links to its
    // lead (47 tasks), and every organisation links back to its tasks.
    assert!(read.links.len() > 2 * 47);
    for link in &read.links {
        assert!(
            anchors.contains(link.as_str()),
            "the link #{link} lands nowhere"
        );
    }
}

#[test]
fn a_task_shows_its_lead_supporters_domains_and_targets() {
    let markdown = plan().to_markdown(&RenderOptions::default());
    // 7.繼續加強公辦養老機構建設: 責任單位:市民政局、住房和城鄉建設局、… and t7.2, due by
    // the end of 2023.
    let seven = markdown
        .split("<a id=\"part_2__group_1__task_7\"></a>")
        .nth(1)
        .and_then(|rest| rest.split("<a id=").next())
        .expect("task 7 has its section");
    assert!(
        seven.contains("- Lead: **[市民政局](#civil-affairs)**"),
        "{seven}"
    );
    assert!(
        seven.contains("[市住房和城鄉建設局](#housing-urban-rural)"),
        "{seven}"
    );
    assert!(seven.contains("- Domains: 老有所養"), "{seven}");
    assert!(
        seven.contains("t7.2 全市新建城區、新建居住(小)區配套建設養老服務設施的配建率達到100%"),
        "{seven}"
    );
    assert!(seven.contains("by the end of 2023"), "{seven}");
    // The table of targets by deadline starts with the only one due by 2023.
    let table = markdown
        .split("## Targets by deadline")
        .nth(1)
        .expect("a table of targets");
    let first_row = table
        .lines()
        .find(|l| l.starts_with("| by"))
        .expect("a row");
    assert!(
        first_row.starts_with("| by the end of 2023 | t7.2 |"),
        "{first_row}"
    );
}

#[test]
fn simplified_output_converts_the_displayed_text() {
    let options = RenderOptions::default().script(Script::Simplified);
    let markdown = plan().to_markdown(&options);
    assert!(markdown.starts_with("# 吴忠市“十四五”公共服务发展实施方案\n"));
    assert!(markdown.contains("#### 23. 扩大普惠养老服务方式"));
    // Anchors and ids stay as they are.
    assert!(markdown.contains("(#civil-affairs)"));
}

#[test]
fn the_text_of_a_plan_is_never_read_as_markup() {
    let text = "一、重點任務<script>alert(1)</script>\n\
                1.甲*乙*_丙_。[鏈接](http://example.com) & <b>粗</b> | `碼` ]]>\n\
                責任單位:市民政局、<i>某</i>局";
    let plan = parse(text).unwrap();
    let markdown = plan.to_markdown(&RenderOptions::default());
    let read = read(&markdown);
    assert!(read.other_html.is_empty(), "{:?}", read.other_html);
    assert!(read.links.iter().all(|l| !l.contains("example.com")));
    let all = read.text.concat();
    assert!(all.contains("<script>alert(1)</script>"), "{all}");
    assert!(all.contains("甲*乙*_丙_"), "{all}");
    assert!(
        all.contains("[鏈接](http://example.com) & <b>粗</b> | `碼` ]]>"),
        "{all}"
    );
    assert!(all.contains("<i>某</i>局"), "{all}");
    assert_eq!(plan.to_text(), text, "rendering changes nothing");
}

/// A plan whose every title, body, party and quote is written to be read as Markdown: the
/// issue's HTML, images and links, autolinks, a `\|` that would end a table's cell,
/// bodies that would open a code block, a list, a rule, a heading or a quote at the
/// start of a line, control, bidirectional and invisible characters, and what the
/// extensions read (strikethrough, math, super- and subscripts, wiki links, heading
/// attributes, smart punctuation).
const HOSTILE: &str = "一、重點任務<img src=x onerror=alert(1)>\n\
    1.<img src=x onerror=alert(1)>。    code block body\n\
    責任單位:市民政局\n\
    2.<script>alert(1)</script>。1. list body\n\
    責任單位:市民政局、<i>某</i>局\n\
    3.![x](http://evil.example/x.png)。- item body\n\
    責任單位:市民政局\n\
    4.[click](javascript:alert(1))。***\n\
    責任單位:市民政局\n\
    5.<http://evil.example> http://evil.example www.evil.example a@evil.example。# heading body\n\
    責任單位:市民政局\n\
    6.a\\|b `code` ~~s~~ *em* _em_ &amp; $x$ ^s^ ~t~ [[wiki]] {#id}。> quote body\n\
    責任單位:市民政局\n\
    7.   空格開頭。---\n\
    責任單位:市民政局\n\
    8.甲\u{1b}]0;title\u{7}乙\u{1b}[2J\u{9b}丙\u{202e}丁\u{2066}戊\u{200b}己\u{2028}庚\u{2029}。\t1) tab body\n\
    責任單位:市民政局\n\
    9.\"quotes\" 'single' -- ... 1) +。===\n\
    責任單位:市民政局\n\
    10.甲。到2025年,<b>覆蓋率</b>達到60%。\n\
    責任單位:市民政局\n\
    11.乙。到2025年,|覆蓋率|達到[70]%。\n\
    責任單位:市民政局\n";

#[test]
fn hostile_text_reads_back_as_itself_and_never_as_markup() {
    let plan = parse(HOSTILE).unwrap();
    assert_eq!(plan.tasks().len(), 11);
    assert_eq!(plan.targets().count(), 2, "tasks 10 and 11 state a target");
    let markdown = plan.to_markdown(&RenderOptions::default());
    // Nothing a terminal would act on, whatever the text holds.
    let hidden = |c: char| {
        c != '\n' && c.is_control()
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    assert!(!markdown.contains(hidden), "{markdown}");

    let read = commonmark::read(&markdown);
    // The renderer's own anchors, links into the document, bold leads and lists; no
    // other markup at all.
    let own = |m: &str| {
        m.starts_with("anchor ") || m.starts_with("link #") || m == "strong" || m == "list"
    };
    assert_eq!(read.markup_but(own), Vec::<&str>::new(), "{markdown}");

    let headings = read.texts(Block::Heading(4));
    let paragraphs = read.texts(Block::Paragraph);
    for task in plan.tasks() {
        let heading = format!("{}. {}", task.number, task.title);
        assert!(
            headings.contains(&heading.as_str()),
            "{heading:?} in {headings:?}"
        );
        assert!(
            paragraphs.contains(&task.body.as_str()),
            "{:?} in {paragraphs:?}",
            task.body
        );
    }
    assert!(
        read.texts(Block::Heading(2))
            .contains(&"一、重點任務<img src=x onerror=alert(1)>")
    );
    // Every list item is one the renderer writes: a fact, a target or an organisation's
    // tasks; none is a body that starts with `- ` or `1. `.
    let items = read.texts(Block::Item);
    let labels = [
        "Lead: ",
        "Supporting: ",
        "Domains: ",
        "Targets:",
        "Leads: ",
        "Supports: ",
        "Level: ",
    ];
    for item in &items {
        assert!(
            labels.iter().any(|l| item.starts_with(l)) || item.starts_with('t'),
            "{item:?}"
        );
    }
    // `<i>某</i>局` after 市民政局 is read with its level, 市.
    assert!(
        items.contains(&"Supporting: 市<i>某</i>局 (city, by order)"),
        "{items:?}"
    );
    assert!(read.texts(Block::Heading(3)).contains(&"市<i>某</i>局"));
    for target in plan.targets() {
        let item = format!("{} {}", target.id, target.quote);
        assert!(
            items.iter().any(|i| i.starts_with(&item)),
            "{item:?} in {items:?}"
        );
    }
    // The table of targets by deadline: five cells in every row, the quote the fourth.
    let [table] = &read.tables[..] else {
        panic!("one table: {:?}", read.tables);
    };
    assert_eq!(table.len(), 1 + 2);
    assert!(table.iter().all(|row| row.len() == 5), "{table:?}");
    assert_eq!(table[1][3], "<b>覆蓋率</b>達到60%");
    assert_eq!(table[2][3], "|覆蓋率|達到[70]%");
}

/// The plan of the fixture `name` of `tests/fixtures/structure/`.
fn fixture(name: &str) -> wuzhong_plan::Plan {
    let path = format!(
        "{}/tests/fixtures/structure/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    parse(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// Every link of `read` lands on one of its anchors, and no anchor is there twice.
fn links_land(read: &Read, what: &str) {
    let anchors: BTreeSet<&str> = read.anchors.iter().map(String::as_str).collect();
    assert_eq!(anchors.len(), read.anchors.len(), "{what}: an anchor twice");
    for link in &read.links {
        assert!(
            anchors.contains(link.as_str()),
            "{what}: #{link} lands nowhere"
        );
    }
    assert!(read.other_html.is_empty(), "{what}: {:?}", read.other_html);
}

#[test]
fn annexes_are_documents_of_their_own_after_the_notices_signature() {
    let markdown = fixture("two-annexes").to_markdown(&RenderOptions::default());
    let read = read(&markdown);
    links_land(&read, "two-annexes");
    let h1: Vec<&str> = read
        .headings
        .iter()
        .filter(|(level, _)| *level == HeadingLevel::H1)
        .map(|(_, text)| text.as_str())
        .collect();
    assert_eq!(&h1[1..], ["附件1", "附件2"]);
    // Each annex's title, then its parts and tasks, which number from 1. again; their
    // anchors count on across the plan.
    let annex_2 = markdown.split("<a id=\"annex_2\"></a>").nth(1).unwrap();
    assert!(annex_2.starts_with(
        "\n# 附件2\n\n青嵐市農村道路提升工作方案\n\n<a id=\"part_3\"></a>\n## 一、重點任務\n"
    ));
    assert!(annex_2.contains("<a id=\"part_3__task_4\"></a>\n#### 1. 新建農村公路\n"));
    // The notice's signature block stands before the first annex, as in the text.
    let signed = markdown
        .find("\n2022年5月10日\n")
        .expect("the date of the notice");
    assert!(signed < markdown.find("# 附件1").unwrap());
}

#[test]
fn rows_boxes_and_tasks_without_parts_show_as_the_text_writes_them() {
    // A table's row: its number cell, its task cell as the title, its bodies as the
    // lead and supporters, its 完成时限 cell as a fact.
    let markdown = fixture("table-of-tasks").to_markdown(&RenderOptions::default());
    let task_1 = markdown
        .split("<a id=\"part_1__task_1\"></a>\n")
        .nth(1)
        .and_then(|rest| rest.split("<a id=").next())
        .unwrap();
    assert_eq!(
        task_1,
        "#### 1 推行企业开办全程网办\n\n\
         - Lead: **[市市场监督管理局](#market-regulation)** (city, by label)\n\
         - Supporting: [市公安局](#public-security) (city, by label), [市税务局](#taxation) (city, by label)\n\
         - Deadline: 2022年底前\n\n"
    );
    links_land(&read(&markdown), "table-of-tasks");

    // A box after task 1, as a quote of its heading and lines; its numbered lines are
    // no tasks.
    let markdown = fixture("box-between-tasks").to_markdown(&RenderOptions::default());
    let read_box = commonmark::read(&markdown);
    assert!(
        markdown
            .contains("> **专栏1 公共文化设施建设重点工程**\n>\n> 1\\.市图书馆新馆建设工程。\n")
    );
    assert!(
        read_box
            .blocks
            .iter()
            .any(|(block, text)| *block == Block::Paragraph && text == "1.市图书馆新馆建设工程。")
    );
    assert_eq!(
        read(&markdown)
            .headings
            .iter()
            .filter(|(l, _)| *l == HeadingLevel::H4)
            .count(),
        4
    );

    // Tasks `一、` in a text without parts: the part has its anchor and no heading.
    let markdown = fixture("numeral-tasks").to_markdown(&RenderOptions::default());
    let numeral = read(&markdown);
    links_land(&numeral, "numeral-tasks");
    assert!(numeral.anchors.contains(&"part_1".to_owned()));
    assert!(numeral.headings.iter().all(|(_, text)| !text.is_empty()));
    assert!(markdown.contains(
        "<a id=\"part_1\"></a>\n<a id=\"part_1__task_1\"></a>\n#### 一、开展大气污染综合治理\n"
    ));

    // Unnumbered tasks: a heading of the title alone.
    let markdown = fixture("unnumbered-tasks").to_markdown(&RenderOptions::default());
    assert!(markdown.contains("<a id=\"part_2__task_1\"></a>\n#### 加強火源管控\n"));
}

#[test]
fn numbers_as_the_whole_documents_write_them() {
    // 国发〔2018〕39号: tasks （一）–（十五） run on across five parts.
    let file = "national-2018-jiuye.txt";
    let Some(text) = corpus_text(file) else {
        return;
    };
    let markdown = parse(&text).unwrap().to_markdown(&RenderOptions::default());
    let jiuye = read(&markdown);
    links_land(&jiuye, file);
    let h4: Vec<&str> = jiuye
        .headings
        .iter()
        .filter(|(level, _)| *level == HeadingLevel::H4)
        .map(|(_, text)| text.as_str())
        .collect();
    assert_eq!(h4.len(), 15);
    assert_eq!(h4[0], "（一）加大稳岗支持力度");
    assert_eq!(h4[14], "（十五）指导企业等各方履行社会责任");
    // 国办发〔2018〕126号: its annex's rows 21–23 under 五, written as the table numbers
    // them; their anchors are the plan's tasks 15–17.
    let file = "national-2018-chuangxin-table.txt";
    let Some(text) = corpus_text(file) else {
        return;
    };
    let markdown = parse(&text).unwrap().to_markdown(&RenderOptions::default());
    links_land(&read(&markdown), file);
    assert!(markdown.contains(
        "<a id=\"part_8__task_15\"></a>\n#### 21 允许地方高校自主开展人才引进和职称评审\n"
    ));
    assert!(markdown.contains("- Scope: 全国\n"));
}

/// The text of the corpus document `file`, or `None` (with a message) where
/// `../shared/corpus` is absent outside CI.
fn corpus_text(file: &str) -> Option<String> {
    corpus::read(file).map(|(_, text)| text)
}

#[test]
fn each_party_shows_its_level_and_the_basis_of_its_role() {
    // 責任部門:市教育局、財政局 (task 2): the city's bodies, by the order of the line.
    let markdown = wuzhong_plan::plan().to_markdown(&wuzhong_plan::RenderOptions::default());
    assert!(markdown.contains(
        "- Lead: **[市教育局](#education)** (city, by order)\n- Supporting: [市財政局](#finance) (city, by order)\n"
    ));
    assert!(markdown.contains("### 市民政局\n\n- Level: city\n- Leads: "));
    // Labels state the roles; a county's body and a province's.
    let plan =
        wuzhong_plan::parse("一、重點任務\n1.甲。乙。\n牽頭單位:縣教育局\n配合單位:省財政廳\n")
            .unwrap();
    let markdown = plan.to_markdown(&wuzhong_plan::RenderOptions::default());
    assert!(
        markdown.contains(
            "- Lead: **[縣教育局](#education)** (county, by label)\n- Supporting: [省財政廳](#finance) (province, by label)\n"
        ),
        "{markdown}"
    );
}

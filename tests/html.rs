//! The HTML page and its two pictures: everything a plan holds written as text, the
//! page's structure for the embedded plan (the eIds of its parts, groups and tasks, the
//! links of its parties, its highlighted targets), and the page in a real browser:
//! headless Chromium loads it from a file with the network off, takes a screenshot, and
//! shows every task anchor and organisation link in its DOM, having requested nothing
//! from outside. Without `chromium` on `PATH` the browser test passes with
//! `skipped: chromium not found`, except on CI (see `common/corpus.rs`).

#[path = "common/corpus.rs"]
mod corpus;

#[path = "common/browser.rs"]
mod browser;
#[path = "common/temp.rs"]
mod temp;
use browser::Browser;
use temp::TempDir;

use std::collections::HashSet;
use std::path::Path;

use wuzhong_plan::{Plan, RenderOptions, Script, Task, parse, plan};

/// What the escaping test puts in a title, a body and a body's name.
const NASTY: &str = "<script>alert('x')</script>&\"]]>";

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

/// The eId of a task, as the documentation of the eIds gives it.
fn eid(task: &Task) -> String {
    match task.group {
        Some(group) => format!("part_{}__group_{group}__task_{}", task.part, task.number),
        None => format!("part_{}__task_{}", task.part, task.number),
    }
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

/// Asserts that `out` holds the nasty text only as text: no element or CDATA end it
/// could open, every `&` an entity, and the escaped form where it was put.
fn assert_only_text(out: &str, what: &str) {
    assert!(
        !out.to_ascii_lowercase().contains("<script"),
        "{what}: a <script> element"
    );
    assert!(!out.contains("]]>"), "{what}: a raw ]]>");
    for (at, _) in out.match_indices('&') {
        let rest = &out[at..];
        assert!(
            ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
                .iter()
                .any(|entity| rest.starts_with(entity)),
            "{what}: a bare & at {:?}",
            &rest[..rest.len().min(20)]
        );
    }
    assert!(
        out.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;]]&gt;"),
        "{what}: the escaped text is missing"
    );
    // Every attribute's value closes before the next attribute or the end of its tag:
    // no quote from the text ended one early.
    for (at, _) in out.match_indices("=\"") {
        let rest = &out[at + 2..];
        let end = rest.find('"').unwrap();
        assert!(
            !rest[..end].contains('<') && !rest[..end].contains('>'),
            "{what}: markup inside an attribute: {}",
            &rest[..end]
        );
    }
}

#[test]
fn markup_and_quotes_in_a_plan_are_written_as_text() {
    let plan = nasty_plan();
    let title = plan.metadata().title.as_deref().unwrap();
    assert!(title.contains(NASTY), "the title holds the text: {title}");
    let task = plan.task(1).unwrap();
    assert!(task.title.contains(NASTY) && task.body.contains(NASTY));
    let target = plan
        .targets()
        .next()
        .expect("the extractor finds 覆蓋率達到95%");
    assert!(target.quote.contains(NASTY) && target.deadline.is_some());
    let body = plan
        .organizations()
        .find(|org| org.name.contains(NASTY))
        .expect("a body is named with the text");
    let html = plan.to_html(&RenderOptions::default());
    assert_only_text(&html, "html");
    // The body's link and section, the title's heading, the task's heading.
    assert!(html.contains(&format!(
        "<section class=\"organization\" id=\"{}\">",
        body.id
    )));
    assert!(html.contains(&format!(
        "<a class=\"party support\" href=\"#{}\" data-basis=\"order\" data-level=\"city\" title=\"city, by order\">市&lt;script&gt;",
        body.id
    )));
    assert!(html.contains("<h1 class=\"akn-docTitle\">吳忠市&lt;script&gt;"));
    assert!(html.contains("<title>吳忠市&lt;script&gt;"));
    for svg in [
        plan.timeline_svg(&RenderOptions::default()),
        plan.network_svg(&RenderOptions::default()),
    ] {
        assert_only_text(&svg, "svg");
    }
}

#[test]
fn the_embedded_plan_has_an_id_on_every_part_group_and_task() {
    let plan = plan();
    let html = plan.to_html(&RenderOptions::default());
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n"));
    let ids = attributes(&html, "id");
    let unique: HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "every id is used once");
    let tasks: Vec<&str> = html
        .match_indices("<section class=\"akn-hcontainer\" data-name=\"task\" id=\"")
        .map(|(at, _)| &html[at..])
        .collect();
    assert_eq!(tasks.len(), 50);
    for task in plan.tasks() {
        let eid = eid(task);
        assert!(
            html.contains(&format!(
                "<section class=\"akn-hcontainer\" data-name=\"task\" id=\"{eid}\" data-eid=\"{eid}\">"
            )),
            "task {}",
            task.number
        );
    }
    for part in plan.parts() {
        let eid = format!("part_{}", part.number);
        assert!(html.contains(&format!(
            "<section class=\"akn-part\" id=\"{eid}\" data-eid=\"{eid}\">"
        )));
        for group in &part.groups {
            let eid = format!("part_{}__group_{}", group.part, group.number);
            assert!(html.contains(&format!(
                "<section class=\"akn-hcontainer\" data-name=\"group\" id=\"{eid}\" data-eid=\"{eid}\">"
            )));
        }
    }
    // 3 parts, 5 groups, 50 tasks, each with data-eid equal to its id.
    assert_eq!(attributes(&html, "data-eid").len(), 58);
}

#[test]
fn every_link_of_the_embedded_page_resolves() {
    let plan = plan();
    let html = plan.to_html(&RenderOptions::default());
    let ids: HashSet<&str> = attributes(&html, "id").into_iter().collect();
    let hrefs = attributes(&html, "href");
    assert!(hrefs.len() > 300, "{} links", hrefs.len());
    for href in &hrefs {
        let target = href
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("{href} leaves the page"));
        assert!(ids.contains(target), "#{target} has no element");
    }
    // Every organisation has its section, listing what it leads and supports.
    for org in plan.organizations() {
        assert!(ids.contains(org.id.as_str()), "{}", org.id);
    }
    let civil = html
        .split("<section class=\"organization\" id=\"civil-affairs\">")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .unwrap();
    assert!(civil.contains("<h3>市民政局</h3>"));
    assert!(civil.contains("牽頭</span> (10)") && civil.contains("配合</span> (8)"));
    assert!(civil.contains(
        "<li value=\"23\"><a href=\"#part_2__group_2__task_23\">23.擴大普惠養老服務方式</a></li>"
    ));
}

#[test]
fn every_party_links_to_its_organisation() {
    let plan = plan();
    let html = plan.to_html(&RenderOptions::default());
    let mut with_parties = 0;
    for task in plan.tasks() {
        let eid = eid(task);
        let section = html
            .split(&format!("id=\"{eid}\" data-eid=\"{eid}\">"))
            .nth(1)
            .and_then(|rest| rest.split("</section>").next())
            .unwrap();
        let parties: Vec<_> = task.responsible().collect();
        for party in &parties {
            let class = if party.role == wuzhong_plan::Role::Lead {
                "party lead"
            } else {
                "party support"
            };
            // Each body's level, where its name gives one (the city's 市 bodies; not
            // the collective 各縣(市、區) or 吳忠銀保監分局); each leads or supports by the
            // order of its line.
            let known = plan
                .organization(&party.organization)
                .and_then(|o| o.level)
                .is_some();
            assert_eq!(
                known,
                party.quote.starts_with('市') || party.carried_prefix,
                "{}",
                party.quote
            );
            let (level, title) = if known {
                (" data-level=\"city\"", "city, by order")
            } else {
                ("", "by order")
            };
            let link = format!(
                "<a class=\"{class}\" href=\"#{}\" data-basis=\"order\"{level} title=\"{title}\">{}</a>",
                party.organization, party.quote
            );
            assert!(section.contains(&link), "task {}: {link}", task.number);
        }
        assert_eq!(section.matches("<a class=\"party").count(), parties.len());
        with_parties += usize::from(!parties.is_empty());
    }
    assert_eq!(with_parties, 47);
    // Each organisation's section gives its level.
    let civil = html.split("id=\"civil-affairs\">").nth(1).unwrap();
    assert!(
        civil.starts_with(
            "\n<h3>市民政局</h3>\n<p class=\"level\" data-level=\"city\">層級：市</p>"
        ),
        "{}",
        &civil[..200]
    );
    // 責任部門:市教育局,市委編辦
    assert!(html.contains(
        "<p class=\"responsibility\"><span class=\"label\">責任部門:</span>\
         <a class=\"party lead\" href=\"#education\" data-basis=\"order\" data-level=\"city\" title=\"city, by order\">市教育局</a>,\
         <a class=\"party support\" href=\"#public-sector-reform-office\" data-basis=\"order\" data-level=\"city\" title=\"city, by order\">市委編辦</a></p>"
    ));
}

#[test]
fn every_target_quote_is_highlighted_with_what_it_promises() {
    let plan = plan();
    let html = plan.to_html(&RenderOptions::default());
    assert_eq!(html.matches("<mark class=\"target\"").count(), 30);
    for target in plan.targets() {
        let open = format!(
            "<mark class=\"target\" id=\"target-{id}\" data-target=\"{id}\" title=\"",
            id = target.id
        );
        let at = html
            .find(&open)
            .unwrap_or_else(|| panic!("{} is not marked", target.id));
        let rest = &html[at + open.len()..];
        let (title, rest) = rest.split_once("\">").unwrap();
        let quote = rest.split("</mark>").next().unwrap();
        assert_eq!(quote, target.quote, "{}", target.id);
        let deadline = target
            .deadline
            .map_or("未定期限".to_owned(), |d| d.to_string());
        assert!(title.ends_with(&deadline), "{}: {title}", target.id);
    }
    // 全市新建城區、新建居住(小)區配套建設養老服務設施的配建率達到100%
    let t7 = html.split("id=\"target-t7.2\"").nth(1).unwrap();
    assert!(t7.starts_with(" data-target=\"t7.2\" title=\"新建城區、新建居住(小)區養老服務設施配建率：達到100%，到2023年底\">"), "{}", &t7[..200]);
    // The hover text is printed too.
    assert!(html.contains("mark.target::after{content:' 〔' attr(title) '〕'"));
    // The mentions of part 三's tasks: one in 48, six in 49, one in 50.
    assert_eq!(html.matches("<span class=\"mention\"").count(), 8);
    assert!(
        html.contains(
            "<span class=\"mention\" data-actor=\"development-reform\">市發展改革委</span>"
        )
    );
}

#[test]
fn the_page_is_in_the_script_of_its_text() {
    let plan = plan();
    let simplified = plan.to_html(&RenderOptions::default().script(Script::Simplified));
    assert!(simplified.starts_with("<!DOCTYPE html>\n<html lang=\"zh-Hans\">"));
    assert!(
        simplified.contains("<h1 class=\"akn-docTitle\">吴忠市“十四五”公共服务发展实施方案</h1>")
    );
    assert!(simplified.contains("<h2 id=\"plan-contents\">目录</h2>"));
    let source = parse("一、重点任务\n(一)推进基本公共服务\n1.发展养老服务。建设社区养老设施。\n责任单位:市民政局、市财政局").unwrap();
    for options in [
        RenderOptions::default(),
        RenderOptions::default().script(Script::Traditional),
    ] {
        let html = source.to_html(&options);
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"zh-Hans\">"));
        assert!(html.contains("牵头"));
    }
}

#[test]
fn the_page_needs_nothing_from_outside_and_leaves_the_plan_as_it_was() {
    let plan = plan();
    let before = plan.to_json().unwrap();
    let html = plan.to_html(&RenderOptions::default());
    assert_eq!(plan.to_json().unwrap(), before);
    assert!(!html.contains("<script") && !html.contains("<link") && !html.contains("<img"));
    assert!(!html.contains("url("), "CSS fetches nothing");
    for (at, _) in html.match_indices("http") {
        assert!(
            html[at..].starts_with("http://www.w3.org/2000/svg\"")
                || html[at..].starts_with("http-equiv"),
            "{}",
            &html[at..at + 40]
        );
    }
    // The pictures are inlined as they are rendered alone.
    assert!(html.contains(&plan.timeline_svg(&RenderOptions::default())));
    assert!(html.contains(&plan.network_svg(&RenderOptions::default())));
}

#[test]
fn the_network_draws_every_party() {
    let plan = plan();
    let svg = plan.network_svg(&RenderOptions::default());
    let parties: usize = plan
        .tasks()
        .map(|task| {
            let orgs: HashSet<&str> = task
                .responsible()
                .map(|p| p.organization.as_str())
                .collect();
            orgs.len()
        })
        .sum();
    let leads = svg.matches("<circle class=\"nw-lead\"").count() - 1; // the legend's
    let supports = svg.matches("<circle class=\"nw-support\"").count() - 1;
    assert_eq!(leads + supports, parties);
    assert_eq!(leads, plan.tasks().map(|t| t.leads().len()).sum::<usize>());
    // 29 organisations in rows, 47 tasks in columns.
    assert_eq!(svg.matches("<text class=\"nw-org\"").count(), 29);
    assert_eq!(svg.matches("<text class=\"nw-task\"").count(), 47);
    let timeline = plan.timeline_svg(&RenderOptions::default());
    assert_eq!(timeline.matches("<rect class=\"tl-mark").count(), 26);
    assert_eq!(
        timeline.matches("<rect class=\"tl-mark tl-end\"").count(),
        2
    );
}

#[test]
fn the_page_opens_in_a_real_browser_without_the_network() {
    let Some(program) = corpus::tool("chromium") else {
        return;
    };
    let dir = TempDir::new("wuzhong-plan-html");
    let browser = Browser {
        program,
        profile: dir.0.join("profile"),
    };
    let plan = plan();
    let options = RenderOptions::default();
    let page = dir.file("plan.html", plan.to_html(&options));

    // The DOM holds every task anchor and organisation link, and nothing was fetched.
    let (dom, requests) = browser.dom_and_requests(&page, &dir.0.join("page.netlog.json"));
    let outside: Vec<&String> = requests
        .iter()
        .filter(|url| !url.starts_with("file:") && !url.starts_with("data:"))
        .collect();
    assert!(outside.is_empty(), "the page requested {outside:?}");
    for task in plan.tasks() {
        let eid = eid(task);
        assert!(
            dom.contains(&format!("id=\"{eid}\" data-eid=\"{eid}\"")),
            "task {}",
            task.number
        );
        assert!(
            dom.contains(&format!("href=\"#{eid}\"")),
            "a link to task {}",
            task.number
        );
    }
    for org in plan.organizations() {
        assert!(dom.contains(&format!(
            "<section class=\"organization\" id=\"{}\">",
            org.id
        )));
        assert!(
            dom.contains(&format!("href=\"#{}\"", org.id)),
            "a link to {}",
            org.id
        );
    }
    assert_eq!(
        dom.matches("<a class=\"party").count(),
        plan.tasks().map(|t| t.responsible().len()).sum::<usize>()
    );
    assert_eq!(dom.matches("<mark class=\"target\"").count(), 30);
    assert!(dom.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));

    // The check sees a request when there is one: a page that asks for an image.
    let control = dir.file(
        "control.html",
        "<!DOCTYPE html><img src=\"http://example.invalid/x.png\">",
    );
    let (_, requests) = browser.dom_and_requests(&control, &dir.0.join("control.netlog.json"));
    assert_eq!(
        requests,
        ["http://example.invalid/x.png"],
        "the net log shows a page's request"
    );

    // A screenshot of the first screen.
    let shot = dir.0.join("plan.png");
    browser.run(
        &page,
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1200,900".to_owned(),
        ],
    );
    let png = std::fs::read(&shot).expect("the screenshot is written");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    let size = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    assert_eq!((size(16), size(20)), (1200, 900));
    assert!(
        png.len() > 20_000,
        "the screenshot shows the page ({} bytes)",
        png.len()
    );

    // The pictures alone are well-formed XML, which Chromium parses as such.
    for (name, svg) in [
        ("timeline.svg", plan.timeline_svg(&options)),
        ("network.svg", plan.network_svg(&options)),
    ] {
        let file = dir.file(name, &svg);
        let (dom, _) = browser.dom_and_requests(&file, &dir.0.join(format!("{name}.netlog.json")));
        assert!(
            !dom.contains("parsererror"),
            "{name} is not well-formed: {dom}"
        );
        assert!(dom.contains("<a href=\"#part_"), "{name}");
    }

    // The nasty plan's page and pictures show the text as text.
    let nasty = nasty_plan();
    let file = dir.file("nasty.html", nasty.to_html(&options));
    let (dom, requests) = browser.dom_and_requests(&file, &dir.0.join("nasty.netlog.json"));
    assert!(requests.is_empty(), "{requests:?}");
    assert!(!dom.contains("<script"), "{dom}");
    assert!(
        dom.contains("&lt;script&gt;alert('x')&lt;/script&gt;&amp;\"]]&gt;"),
        "{dom}"
    );
    for (name, svg) in [
        ("nasty-timeline.svg", nasty.timeline_svg(&options)),
        ("nasty-network.svg", nasty.network_svg(&options)),
    ] {
        let file = dir.file(name, &svg);
        let (dom, _) = browser.dom_and_requests(&file, &dir.0.join(format!("{name}.netlog.json")));
        assert!(
            !dom.contains("parsererror") && !dom.contains("<script"),
            "{name}: {dom}"
        );
    }
}

/// The plans of every layout: the fixtures of `tests/fixtures/structure/` and, where
/// `../shared/corpus` is there, its documents with annexes, tables and numbering that
/// runs on.
fn layouts() -> Vec<(String, Plan)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/structure");
    let mut plans: Vec<(String, Plan)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, parse(&text).unwrap())
        })
        .collect();
    plans.sort_by(|a, b| a.0.cmp(&b.0));
    for file in [
        "national-2018-chuangxin-table.txt",
        "national-2018-jiuye.txt",
        "baotou-2022-shuzi-zhengfu-kaoping.txt",
    ] {
        let Some((_, text)) = corpus::read(file) else {
            break;
        };
        plans.push((file.to_owned(), parse(&text).unwrap()));
    }
    plans
}

#[test]
fn every_layout_has_an_id_on_every_node_and_every_link_resolves() {
    for (name, plan) in layouts() {
        let html = plan.to_html(&RenderOptions::default());
        let ids = attributes(&html, "id");
        let unique: HashSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "{name}: an id twice");
        for href in attributes(&html, "href") {
            let target = href.strip_prefix('#').expect("links stay on the page");
            assert!(unique.contains(target), "{name}: #{target} has no element");
        }
        for task in plan.tasks() {
            let eid = eid(task);
            assert!(
                html.contains(&format!(
                    "<section class=\"akn-hcontainer\" data-name=\"task\" id=\"{eid}\" data-eid=\"{eid}\">"
                )),
                "{name}: task {}",
                task.number
            );
        }
        for part in plan.parts() {
            assert!(
                unique.contains(format!("part_{}", part.number).as_str()),
                "{name}"
            );
        }
        for annex in plan.annexes() {
            let eid = format!("annex_{}", annex.number);
            assert!(
                html.contains(&format!(
                    "<section class=\"akn-attachment\" id=\"{eid}\" data-eid=\"{eid}\">"
                )),
                "{name}: annex {}",
                annex.number
            );
        }
        // No heading is empty: a part no heading opens has none.
        assert!(!html.contains("<span class=\"akn-num\"></span>"), "{name}");
        assert!(
            !html.contains("<span class=\"akn-heading\"></span>"),
            "{name}"
        );
    }
}

/// The page of the fixture `name` of `tests/fixtures/structure/`.
fn fixture_page(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/structure")
        .join(format!("{name}.txt"));
    let plan = parse(&std::fs::read_to_string(path).unwrap()).unwrap();
    plan.to_html(&RenderOptions::default())
}

#[test]
fn annexes_rows_boxes_and_signatures_are_on_the_page() {
    // Two annexes, each a section under its heading and title, its parts a level
    // lower, its tasks numbered from 1. again; the notice's signature before them.
    let html = fixture_page("two-annexes");
    assert!(html.contains(
        "<section class=\"akn-attachment\" id=\"annex_2\" data-eid=\"annex_2\">\n\
         <h2><span class=\"akn-num\">附件2</span><span class=\"akn-heading\">青嵐市農村道路提升工作方案</span></h2>\n\
         <section class=\"akn-part\" id=\"part_3\" data-eid=\"part_3\">\n\
         <h3><span class=\"akn-num\">一、</span><span class=\"akn-heading\">重點任務</span></h3>\n"
    ));
    assert!(html.contains(
        "<h4><span class=\"akn-num\">1.</span><span class=\"akn-heading\">新建農村公路</span></h4>"
    ));
    assert!(html.contains(
        "<div class=\"akn-conclusions\">\n<p class=\"akn-p\">青嵐市人民政府辦公室</p>\n<p class=\"akn-p\">2022年5月10日</p>\n</div>\n<section class=\"akn-attachment\" id=\"annex_1\""
    ));
    assert!(html.contains("<li><a href=\"#annex_1\">附件1 青嵐市農村供水保障工作方案</a><ol>"));
    // Organisations list the tasks by the numbers the text writes: 市交通運輸局 leads
    // annex 2's tasks 1–3.
    assert!(html.contains("<li value=\"3\"><a href=\"#part_4__task_6\">3.強化督促檢查</a></li>"));

    // A table's row: its number cell, its task cell as the heading, no body, its bodies
    // under their column's label, its deadline.
    let html = fixture_page("table-of-tasks");
    let task = html
        .split("id=\"part_1__task_1\" data-eid=\"part_1__task_1\">\n")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .unwrap();
    assert_eq!(
        task,
        "<h3><span class=\"akn-num\">1</span><span class=\"akn-heading\">推行企业开办全程网办</span></h3>\n\
         <p class=\"responsibility\"><span class=\"label\">牵头单位：</span><a class=\"party lead\" href=\"#market-regulation\" data-basis=\"label\" data-level=\"city\" title=\"city, by label\">市市场监督管理局</a></p>\n\
         <p class=\"responsibility\"><span class=\"label\">配合单位：</span><a class=\"party support\" href=\"#public-security\" data-basis=\"label\" data-level=\"city\" title=\"city, by label\">市公安局</a>、<a class=\"party support\" href=\"#taxation\" data-basis=\"label\" data-level=\"city\" title=\"city, by label\">市税务局</a></p>\n\
         <p class=\"akn-p cell\" data-column=\"deadline\"><span class=\"label\">完成时限：</span>2022年底前</p>\n"
    );

    // A box after task 1: an aside with its heading and lines, inside the task.
    let html = fixture_page("box-between-tasks");
    assert!(html.contains(
        "<aside class=\"akn-tblock\" id=\"part_2__group_1__task_1__tblock_1\" data-eid=\"part_2__group_1__task_1__tblock_1\">\n\
         <h5><span class=\"akn-heading\">专栏1 公共文化设施建设重点工程</span></h5>\n\
         <p class=\"akn-p\">1.市图书馆新馆建设工程。</p>\n"
    ));
    assert_eq!(
        html.matches("data-name=\"task\"").count(),
        4,
        "the box's lines are no tasks"
    );

    // Tasks `一、` without parts: the part is a section with no heading, the contents
    // list the tasks at the top.
    let html = fixture_page("numeral-tasks");
    assert!(html.contains(
        "<section class=\"akn-part\" id=\"part_1\" data-eid=\"part_1\">\n<section class=\"akn-hcontainer\" data-name=\"task\""
    ));
    assert!(
        html.contains("<ol>\n<li><a href=\"#part_1__task_1\">一、开展大气污染综合治理</a></li>")
    );

    // An unnumbered task's heading is its title alone.
    let html = fixture_page("unnumbered-tasks");
    assert!(html.contains("<h3><span class=\"akn-heading\">加強火源管控</span></h3>"));
}

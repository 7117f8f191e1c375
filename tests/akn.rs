//! The Akoma Ntoso renderer: valid against the OASIS schema (read from
//! `../shared/schemas/akn/`, checked with `xmllint`) for the embedded plan, a Simplified
//! full-width plan, another city's plan and generated plans; every reference resolves to
//! an eId in the document; the body's text is the plan's text; and markup, ampersands,
//! quotes and `]]>` in a plan are written as text.

#[allow(dead_code)]
#[path = "common/corpus.rs"]
mod corpus;
#[allow(dead_code)]
#[path = "common/xml.rs"]
mod xml;

#[path = "common/temp.rs"]
mod temp;

use std::collections::HashSet;

use wuzhong_plan::{Plan, RenderOptions};

/// The values of every `name="…"` attribute in `xml`, as written (escaped).
fn attributes<'a>(xml: &'a str, name: &str) -> Vec<&'a str> {
    let pattern = format!(" {name}=\"");
    xml.match_indices(&pattern)
        .filter_map(|(at, _)| {
            let rest = xml.get(at + pattern.len()..)?;
            rest.find('"').and_then(|end| rest.get(..end))
        })
        .collect()
}

/// Every `href="#…"` and `refersTo="#…"` (each of its list) that names no eId.
fn unresolved(xml: &str) -> Vec<String> {
    let ids: HashSet<&str> = attributes(xml, "eId").into_iter().collect();
    let mut refs: Vec<&str> = attributes(xml, "href");
    refs.extend(
        attributes(xml, "refersTo")
            .iter()
            .flat_map(|v| v.split(' ')),
    );
    refs.into_iter()
        .filter_map(|r| r.strip_prefix('#'))
        .filter(|id| !ids.contains(id))
        .map(str::to_owned)
        .collect()
}

/// The text of the preface, preamble, main body, conclusions and attachments (whose
/// documents' `meta` hold no text): the tags removed, the entities read, and each line
/// break the renderer puts between elements removed with the spaces after it.
fn body_text(xml: &str) -> String {
    let start = ["<preface>", "<preamble>", "<mainBody>"]
        .iter()
        .filter_map(|tag| xml.find(tag))
        .min()
        .expect("a body");
    let end = xml.rfind("</statement>").expect("a statement");
    let mut text = String::new();
    let mut in_tag = false;
    for c in xml[start..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    let mut out = String::new();
    let mut lines = text.split('\n');
    out.push_str(lines.next().unwrap_or(""));
    for line in lines {
        out.push_str(line.trim_start_matches(' '));
    }
    out
}

/// The plan's text without its line endings, blank lines and indentation: its content
/// lines joined with nothing between them, in `options`' script.
fn joined_lines(plan: &Plan, options: &RenderOptions) -> String {
    let text = plan.to_text();
    let lines: Vec<&str> = text
        .trim_start_matches('\u{feff}')
        .lines()
        .map(|line| line.trim_start_matches([' ', '\t', '\u{3000}']))
        .filter(|line| !line.trim().is_empty())
        .collect();
    options.display(&lines.concat()).into_owned()
}

#[test]
fn documents_validate_against_the_oasis_schema() {
    let Some(schema) = xml::schema("akn/akomantoso30.xsd") else {
        return;
    };
    let mut documents = Vec::new();
    for (name, plan) in xml::plans() {
        for (i, options) in xml::options().iter().enumerate() {
            documents.push((format!("{name}-{i}"), plan.to_akoma_ntoso(options)));
        }
    }
    for (seed, plan) in xml::generated_plans(200) {
        let options = &xml::options()[seed as usize % 2];
        documents.push((format!("generated-{seed}"), plan.to_akoma_ntoso(options)));
    }
    documents.push((
        "escaping".to_owned(),
        escaping_plan().to_akoma_ntoso(&RenderOptions::default()),
    ));
    assert!(documents.len() >= 207);
    let dir = xml::TempDir::new("wuzhong-plan-akn");
    xml::validate(&schema, &dir, &documents);
}

#[test]
fn every_reference_resolves_to_an_eid() {
    let plans = xml::plans().into_iter().map(|(_, plan)| plan);
    let generated = xml::generated_plans(200).into_iter().map(|(_, plan)| plan);
    for plan in plans.chain(generated).chain([escaping_plan()]) {
        for options in xml::options() {
            let xml = plan.to_akoma_ntoso(&options);
            assert_eq!(unresolved(&xml), Vec::<String>::new(), "{xml}");
            let ids = attributes(&xml, "eId");
            let unique: HashSet<&str> = ids.iter().copied().collect();
            assert_eq!(unique.len(), ids.len(), "an eId is used twice");
        }
    }
}

#[test]
fn the_embedded_plan_refers_to_its_organisations_roles_and_targets() {
    let plan = wuzhong_plan::plan();
    let xml = plan.to_akoma_ntoso(&RenderOptions::default());
    let tlcs = xml.matches("<TLCOrganization ").count();
    // The plan's 29 organisations, the crate as the markup's source, and the three bodies
    // the tasks of part 三 mention that are no organisation: 各責任部門, 市委, 市政府 and
    // 各有關部門(單位).
    assert_eq!(tlcs, 29 + 1 + 4);
    assert!(xml.contains(r##"<FRBRauthor href="#government-office"/>"##));
    assert!(xml.contains(r#"<FRBRdate date="2022-04-26" name="issue"/>"#));
    assert_eq!(xml.matches("<TLCRole ").count(), 2);
    assert_eq!(xml.matches("<TLCConcept ").count(), 30);
    assert_eq!(xml.matches(r#"name="task">"#).count(), 50);
    assert_eq!(xml.matches(r#"name="group">"#).count(), 5);
    assert_eq!(xml.matches("<part ").count(), 3);
    // Every party of tasks 1–47 and every mention of 48–50 is marked.
    let parties: usize = plan.tasks().map(|t| t.responsible().len()).sum();
    let mentions: usize = plan.tasks().map(|t| t.mentions.len()).sum();
    assert_eq!(xml.matches("<organization ").count(), parties + mentions);
    // Each task's first listed body leads, by the order of its line; the role's class
    // is that basis, the organisation's its level: every body of the plan is the
    // city's but the collective 各縣(市、區), of no one level.
    assert_eq!(
        xml.matches("<role refersTo=\"#lead\" class=\"order\">")
            .count(),
        47
    );
    assert_eq!(xml.matches("<role refersTo=\"#lead\"").count(), 47);
    assert!(xml.contains(
        r##"<role refersTo="#lead" class="order"><organization refersTo="#education" class="city">市教育局</organization></role>"##
    ));
    assert!(xml.contains(
        r##"<role refersTo="#support" class="order"><organization refersTo="#county-governments">各縣(市、區)</organization></role>"##
    ));
    // Task 7: 到2023年底 is dated the end of 2023, 配建率達到100% is a quantity.
    assert!(
        xml.contains(r#"<date date="2023-12-31" title="by the end of 2023">到2023年底</date>"#)
    );
    assert!(xml.contains(
        r##"<quantity refersTo="#t7.2" normalized="100" title="reach 100%">全市新建城區"##
    ));
    assert!(xml.contains(r##"<quantity refersTo="#t21.1" normalized="1-2""##));
    // Part 一's one 到2025年 dates its thirteen objectives once.
    let part_one = &xml
        [xml.find(r#"<part eId="part_1">"#).unwrap()..xml.find(r#"<part eId="part_2">"#).unwrap()];
    assert_eq!(part_one.matches("<date ").count(), 1);
    assert_eq!(part_one.matches("<span refersTo=").count(), 13);
    // The numbers as written: 3 parts, 5 groups, 50 tasks.
    let nums: Vec<&str> = xml
        .match_indices("<num>")
        .map(|(at, _)| {
            let rest = &xml[at + 5..];
            &rest[..rest.find("</num>").unwrap()]
        })
        .collect();
    assert_eq!(nums.len(), 58);
    assert_eq!(&nums[..4], ["一、", "二、", "(一)", "1."]);
}

#[test]
fn the_body_holds_every_word_of_the_text_in_order() {
    let plans = xml::plans().into_iter().map(|(_, plan)| plan);
    let generated = xml::generated_plans(200).into_iter().map(|(_, plan)| plan);
    for plan in plans.chain(generated).chain([escaping_plan()]) {
        for options in xml::options() {
            let xml = plan.to_akoma_ntoso(&options);
            assert_eq!(
                body_text(&xml),
                joined_lines(&plan, &options),
                "{}",
                plan.to_text()
            );
        }
    }
}

/// A plan whose title, body and body names hold markup, ampersands, quotes and `]]>`.
fn escaping_plan() -> Plan {
    let text = "基本介紹\n- 中文名:<script>“方案”</script>&'\"]]>\n一、重點任務\n\
                1.<script>alert('x')</script>。A&B \"quoted\" ]]> 到2025年,覆蓋率達到90%。\n\
                責任單位:市<script>&\"]]>局、財政局\n";
    wuzhong_plan::parse(text).expect("the plan with markup parses")
}

#[test]
fn markup_ampersands_quotes_and_cdata_ends_are_written_as_text() {
    let plan = escaping_plan();
    let xml = plan.to_akoma_ntoso(&RenderOptions::default());
    let body = &xml[xml.find("<akomaNtoso").unwrap()..];
    assert!(!body.contains("<script>") && !body.contains("</script>"));
    assert!(!body.contains("]]>"));
    assert!(!body.contains(" & ") && !body.contains("A&B"));
    assert!(body.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assert!(body.contains("A&amp;B &quot;quoted&quot; ]]&gt;"));
    // The title, in FRBRname, and the body's name, in its TLCOrganization and inline.
    assert!(
        xml.contains(
            r#"<FRBRname value="&lt;script&gt;“方案”&lt;/script&gt;&amp;&#39;&quot;]]&gt;"/>"#
        ),
        "{xml}"
    );
    assert!(
        xml.contains(r#"showAs="市&lt;script&gt;&amp;&quot;]]&gt;局""#),
        "{xml}"
    );
    assert!(
        xml.contains(r#"">市&lt;script&gt;&amp;&quot;]]&gt;局</organization>"#),
        "{xml}"
    );
    assert_eq!(
        body_text(&xml),
        joined_lines(&plan, &RenderOptions::default())
    );
}

#[test]
fn rendering_leaves_the_model_as_it_was() {
    let plan = wuzhong_plan::plan();
    let before = plan.to_json().expect("the plan serializes");
    for options in xml::options() {
        let _ = plan.to_akoma_ntoso(&options);
    }
    assert_eq!(plan.to_json().expect("the plan serializes"), before);
    assert_eq!(plan.to_text(), wuzhong_plan::SOURCE_TEXT);
}

/// The plan of the fixture `name` of `tests/fixtures/structure/`.
fn fixture(name: &str) -> Plan {
    let path = format!("{}{name}.txt", xml::STRUCTURES);
    wuzhong_plan::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn annexes_are_attachments_after_the_notices_conclusions() {
    let xml = fixture("two-annexes").to_akoma_ntoso(&RenderOptions::default());
    // The notice has no parts of its own; its signature block is its conclusions.
    assert!(xml.contains(
        "    <mainBody>\n      <p/>\n    </mainBody>\n    <conclusions>\n      \
         <p>青嵐市人民政府辦公室</p>\n      <p>2022年5月10日</p>\n    </conclusions>\n    <attachments>\n"
    ));
    assert_eq!(xml.matches("<attachment eId=").count(), 2);
    assert_eq!(xml.matches("<doc name=\"annex\">").count(), 2);
    // Annex 2: its heading line as the attachment's num, its identification as a
    // component of the plan's work, its title as its preface, its parts numbered from
    // 一 again and its tasks from 1. again, with the eIds counted on.
    let annex_2 = &xml[xml.find(r#"<attachment eId="annex_2">"#).unwrap()..];
    assert!(annex_2.contains("<num>附件2</num>\n        <doc name=\"annex\">\n          <meta>"));
    assert!(annex_2.contains("/!annex_2\"/>"));
    assert!(annex_2.contains(r#"<FRBRname value="青嵐市農村道路提升工作方案"/>"#));
    assert!(annex_2.contains(
        "<preface>\n            <p>青嵐市農村道路提升工作方案</p>\n          </preface>"
    ));
    assert!(annex_2.contains(
        "<part eId=\"part_3\">\n        <num>一、</num>\n        <heading>重點任務</heading>"
    ));
    assert!(annex_2.contains("<hcontainer eId=\"part_3__task_4\" name=\"task\">\n          <num>1.</num>\n          <heading>新建農村公路。</heading>"));
}

#[test]
fn a_row_keeps_its_line_and_a_box_is_a_tblock() {
    let xml = fixture("table-of-tasks").to_akoma_ntoso(&RenderOptions::default());
    // Row 1: its number cell, then its cells on the same line, each a span of its
    // column, the bodies marked as parties of their roles.
    assert!(xml.contains(
        "<hcontainer eId=\"part_1__task_1\" name=\"task\">\n          <num>1</num><content><p class=\"row\"> | \
         <span class=\"task\">推行企业开办全程网办</span> | \
         <span class=\"lead\"><role refersTo=\"#lead\" class=\"label\"><organization refersTo=\"#market-regulation\" class=\"city\">市市场监督管理局</organization></role></span> | \
         <span class=\"support\"><role refersTo=\"#support\" class=\"label\"><organization refersTo=\"#public-security\" class=\"city\">市公安局</organization></role>、\
         <role refersTo=\"#support\" class=\"label\"><organization refersTo=\"#taxation\" class=\"city\">市税务局</organization></role></span> | \
         <span class=\"deadline\">2022年底前</span></p>\n"
    ), "{xml}");
    let xml = fixture("box-between-tasks").to_akoma_ntoso(&RenderOptions::default());
    assert!(xml.contains(
        "<tblock eId=\"part_2__group_1__task_1__tblock_1\">\n                <heading>专栏1 公共文化设施建设重点工程</heading>\n                <p>1.市图书馆新馆建设工程。</p>"
    ), "{xml}");
    assert_eq!(
        xml.matches("name=\"task\">").count(),
        4,
        "the boxes' lines are no tasks"
    );
}

#[test]
fn parts_without_headings_and_unnumbered_tasks_have_no_empty_num() {
    let xml = fixture("numeral-tasks").to_akoma_ntoso(&RenderOptions::default());
    assert!(xml.contains("<part eId=\"part_1\">\n        <hcontainer eId=\"part_1__task_1\" name=\"task\">\n          <num>一、</num>"));
    let xml = fixture("unnumbered-tasks").to_akoma_ntoso(&RenderOptions::default());
    assert!(xml.contains("<hcontainer eId=\"part_2__task_1\" name=\"task\">\n          <heading>加強火源管控。</heading>"));
    for (name, plan) in xml::structures() {
        let xml = plan.to_akoma_ntoso(&RenderOptions::default());
        assert!(
            !xml.contains("<num></num>") && !xml.contains("<heading></heading>"),
            "{name}"
        );
    }
}

//! The StratML renderer: valid against the `PerformancePlanOrReport` schema (read from
//! `../shared/schemas/stratml/`, checked with `xmllint`) for the embedded plan, a
//! Simplified full-width plan, another city's plan and generated plans; and the
//! mapping of groups, tasks, performers and targets, read from data/source.txt.

#[allow(dead_code)]
#[path = "common/corpus.rs"]
mod corpus;
#[allow(dead_code)]
#[path = "common/xml.rs"]
mod xml;

#[path = "common/temp.rs"]
mod temp;

use wuzhong_plan::RenderOptions;

#[test]
fn documents_validate_against_the_stratml_schema() {
    let Some(schema) = xml::schema("stratml/PerformancePlanOrReport.xsd") else {
        return;
    };
    let mut documents = Vec::new();
    for (name, plan) in xml::plans() {
        for (i, options) in xml::options().iter().enumerate() {
            documents.push((format!("{name}-{i}"), plan.to_stratml(options)));
        }
    }
    for (seed, plan) in xml::generated_plans(200) {
        let options = &xml::options()[seed as usize % 2];
        documents.push((format!("generated-{seed}"), plan.to_stratml(options)));
    }
    let text = "一、重點任務\n1.<script>alert('x')</script>。A&B \"q\" ]]>。\n責任單位:市<script>&\"]]>局\n";
    let escaping = wuzhong_plan::parse(text).expect("the plan with markup parses");
    let xml = escaping.to_stratml(&RenderOptions::default());
    assert!(!xml.contains("<script>") && !xml.contains("]]>") && !xml.contains("A&B"));
    assert!(
        xml.contains("<Name>市&lt;script&gt;&amp;&quot;]]&gt;局</Name>"),
        "{xml}"
    );
    documents.push(("escaping".to_owned(), xml));
    assert!(documents.len() >= 207);
    let dir = xml::TempDir::new("wuzhong-plan-stratml");
    xml::validate(&schema, &dir, &documents);
}

#[test]
fn groups_are_goals_tasks_objectives_and_targets_indicators() {
    let plan = wuzhong_plan::plan();
    let xml = plan.to_stratml(&RenderOptions::default());
    assert!(xml.contains(r#"Type="Performance_Plan""#));
    // The issuer, approved by the city government.
    assert!(xml.contains("<Organization>\n      <Name>吳忠市人民政府辦公室</Name>\n      <Description>吳忠市人民政府</Description>"));
    // Part 一's prose, five groups, part 三's tasks outside groups.
    assert_eq!(xml.matches("<Goal>").count(), 1 + 5 + 1);
    assert!(xml.contains("<Name>推進基本公共服務均等可及</Name>"));
    // Fifty tasks and the one paragraph of part 一 that states objectives.
    assert_eq!(xml.matches("<Objective>").count(), 50 + 1);
    assert_eq!(xml.matches("<PerformanceIndicator ").count(), 30);
    assert_eq!(
        xml.matches(r#"PerformanceIndicatorType="Quantitative""#)
            .count(),
        14
    );
    // Task 23: 責任單位:市民政局、衛生健康委員會、財政局,各縣(市、區): the lead first.
    let task = &xml[xml
        .find("<Identifier>part_2__group_2__task_23</Identifier>")
        .unwrap()..];
    let task = &task[..task.find("</Objective>").unwrap()];
    let names: Vec<&str> = task
        .match_indices("<Stakeholder>\n          <Name>")
        .map(|(at, s)| {
            let rest = &task[at + s.len()..];
            &rest[..rest.find('<').unwrap()]
        })
        .collect();
    assert_eq!(
        names,
        ["市民政局", "市衛生健康委員會", "市財政局", "各縣(市、區)"]
    );
    assert_eq!(task.matches("<Name>Lead</Name>").count(), 1);
    assert_eq!(task.matches("<RoleType>Performer</RoleType>").count(), 4);
    // Each with its level (the city's bodies; 各縣(市、區) is of no one level) and the
    // basis of its role: the order of the line.
    assert!(task.contains(
        "<Name>市民政局</Name>\n          <Description>city</Description>\n          <Role>\n            <Name>Lead</Name>\n            <Description>by order</Description>"
    ));
    assert!(task.contains(
        "<Name>各縣(市、區)</Name>\n          <Role>\n            <Name>Support</Name>\n            <Description>by order</Description>"
    ));
    assert_eq!(task.matches("<Description>city</Description>").count(), 3);
    // 到2025年,養老機構護理型床位占比達到60%
    assert!(task.contains(
        "<UnitOfMeasurement>percent</UnitOfMeasurement>\n          <Identifier>t23.1</Identifier>"
    ));
    assert!(task.contains(
        "<NumberOfUnits>60</NumberOfUnits>\n              <EndDate>2025-12-31</EndDate>"
    ));
    // Tasks 48–50 name no responsible body.
    let last = &xml[xml
        .find("<Identifier>part_3__task_48</Identifier>")
        .unwrap()..];
    assert!(!last.contains("<Stakeholder>"));
    assert!(xml.contains("<StartDate>2021-01-01</StartDate>\n    <EndDate>2025-12-31</EndDate>\n    <PublicationDate>2022-04-26</PublicationDate>"));
}

#[test]
fn the_other_city_lists_leads_first() {
    let plan = wuzhong_plan::parse(xml::OTHER_CITY).expect("the other city's plan parses");
    let xml = plan.to_stratml(&RenderOptions::default());
    let task = &xml[xml
        .find("<Identifier>part_2__group_2__task_3</Identifier>")
        .unwrap()..];
    let task = &task[..task.find("</Objective>").unwrap()];
    // (市人力资源社会保障局、市教育局牵头,各区按职责分工负责): two leads, then the support.
    let roles: Vec<&str> = task
        .match_indices("<Role>\n            <Name>")
        .map(|(at, s)| &task[at + s.len()..at + s.len() + 4])
        .collect();
    assert_eq!(roles.first(), Some(&"Lead"));
    assert_eq!(roles.iter().filter(|r| **r == "Lead").count(), 2, "{task}");
}

/// The StratML of the fixture `name` of `tests/fixtures/structure/`.
fn fixture_stratml(name: &str) -> String {
    let path = format!("{}{name}.txt", xml::STRUCTURES);
    let plan = wuzhong_plan::parse(&std::fs::read_to_string(path).unwrap()).unwrap();
    plan.to_stratml(&RenderOptions::default())
}

#[test]
fn numbers_are_sequenced_as_written_and_a_part_without_heading_takes_the_title() {
    // Tasks 一、–六、 in a text without parts: one goal, named after the plan, its
    // objectives sequenced by the numerals the text writes.
    let xml = fixture_stratml("numeral-tasks");
    assert_eq!(xml.matches("<Goal>").count(), 1);
    assert!(xml.contains(
        "<Goal>\n      <Name>青岚市2023年生态环境保护重点工作任务</Name>\n      <Description></Description>\n      <Identifier>part_1</Identifier>\n      <Objective>"
    ));
    assert!(xml.contains(
        "<Identifier>part_1__task_6</Identifier>\n        <SequenceIndicator>六</SequenceIndicator>"
    ));
    // Annex 2's tasks number from 1 again; their identifiers count on.
    let xml = fixture_stratml("two-annexes");
    assert!(xml.contains(
        "<Identifier>part_3__task_4</Identifier>\n        <SequenceIndicator>1</SequenceIndicator>"
    ));
    // An unnumbered task has no sequence.
    let xml = fixture_stratml("unnumbered-tasks");
    let task = &xml[xml.find("<Identifier>part_2__task_1</Identifier>").unwrap()..];
    assert!(!task[..task.find("</Objective>").unwrap()].contains("<SequenceIndicator>"));
}

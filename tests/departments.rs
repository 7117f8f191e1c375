//! Who is responsible: the parties of every responsibility line and the bodies the
//! text mentions. The department names in every form are checked in
//! `tests/department_names.rs`, the department queries in `tests/department_queries.rs`.
//!
//! The expectations below were written from reading the responsibility lines of
//! `data/source.txt`, not from the parser's output.

#[path = "common/responsibility.rs"]
mod responsibility;

use std::collections::BTreeSet;

use strum::IntoEnumIterator;
use wuzhong_plan::Department::{self, *};
use wuzhong_plan::{Actor, DiagnosticKind, SOURCE_TEXT, parse, plan};

use responsibility::EXPECTED;

#[test]
fn every_responsibility_line_lists_the_expected_parties() {
    let plan = plan();
    for (number, parties) in EXPECTED {
        let task = plan.task(number).unwrap();
        assert_eq!(task.parties().collect::<Vec<_>>(), parties, "task {number}");
        assert_eq!(task.lead(), parties.first().copied(), "task {number}");
        assert_eq!(
            task.supporting().collect::<Vec<_>>(),
            parties[1..],
            "task {number}"
        );
    }
    for number in 48..=50 {
        let task = plan.task(number).unwrap();
        assert_eq!(
            task.parties().len(),
            0,
            "task {number} has no responsibility line"
        );
        assert_eq!(task.lead(), None);
    }
}

fn party(task: u16, index: usize) -> wuzhong_plan::Party {
    plan()
        .task(task)
        .unwrap()
        .responsibility
        .as_ref()
        .unwrap()
        .parties[index]
        .clone()
}

#[test]
fn market_regulation_is_read_with_the_carried_prefix_and_loses_no_character() {
    // 責任單位:市衛生健康委員會、醫療保障局、市場監督管理局
    let p = party(36, 2);
    assert_eq!(p.department, MarketRegulation);
    assert_eq!(p.quote, "市場監督管理局");
    assert!(p.carried_prefix);
    assert_eq!(MarketRegulation.name(), "市市場監督管理局");
    // 責任單位:市發展和改革委、市場監督管理局
    let p = party(47, 1);
    assert_eq!(
        (p.department, p.quote.as_str()),
        (MarketRegulation, "市場監督管理局")
    );
}

#[test]
fn county_governments_are_one_party_never_split_inside_brackets() {
    // 責任部門:市衛生健康委員會、人力資源和社會保障局,各縣(市、區)
    let task = plan().task(4).unwrap();
    let parties = &task.responsibility.as_ref().unwrap().parties;
    assert_eq!(parties.len(), 3);
    assert_eq!(parties[2].quote, "各縣(市、區)");
    assert_eq!(parties[2].department, CountyGovernments);
    assert!(!parties[2].carried_prefix);
    assert_eq!(
        CountyGovernments.members(),
        ["利通區", "紅寺堡區", "青銅峽市", "鹽池縣", "同心縣"]
    );
}

#[test]
fn the_banking_regulator_keeps_its_own_prefix() {
    // 責任單位:市衛生健康委員會、民政局、文化旅遊體育廣電局,吳忠銀保監分局
    let p = party(29, 3);
    assert_eq!(p.department, BankingInsuranceRegulation);
    assert_eq!(p.quote, "吳忠銀保監分局");
    assert!(!p.carried_prefix);
}

#[test]
fn the_prefix_carries_across_commas_and_aliases_resolve() {
    // 責任單位:市教育局,民政局
    let p = party(37, 1);
    assert_eq!(
        (p.department, p.quote.as_str(), p.carried_prefix),
        (CivilAffairs, "民政局", true)
    );
    // 責任單位:市委宣傳部,市文化旅遊體育廣電局、發展和改革委員會
    let p = party(31, 2);
    assert_eq!((p.department, p.carried_prefix), (DevelopmentReform, true));
    // 責任單位:市發展和改革委、… (an alias, written in full)
    let p = party(47, 0);
    assert_eq!(
        (p.department, p.quote.as_str(), p.carried_prefix),
        (DevelopmentReform, "市發展和改革委", false)
    );
}

#[test]
fn every_party_and_mention_is_grounded_in_the_text() {
    let mut lines = SOURCE_TEXT.split('\n');
    for task in plan().tasks() {
        if let Some(responsibility) = &task.responsibility {
            let line = format!(
                "{}{}{}",
                responsibility.label, responsibility.colon, responsibility.text
            );
            assert!(
                lines.any(|l| l == line),
                "task {}: `{line}` is a line of the source",
                task.number
            );
            for party in &responsibility.parties {
                assert_eq!(
                    party.span.of(&responsibility.text),
                    Some(party.quote.as_str())
                );
                let read = if party.carried_prefix {
                    format!("市{}", party.quote)
                } else {
                    party.quote.clone()
                };
                let department = party.department;
                assert!(
                    read == department.name() || department.aliases().contains(&read.as_str()),
                    "task {}: `{read}` is how the text names {department:?}",
                    task.number
                );
            }
        }
        assert!(task.body.is_empty() || SOURCE_TEXT.contains(&task.body));
        for mention in &task.mentions {
            assert_eq!(mention.span.of(&task.body), Some(mention.quote.as_str()));
        }
    }
}

#[test]
fn the_plan_names_twenty_eight_municipal_bodies_and_the_counties() {
    let plan = plan();
    assert_eq!(plan.organizations().len(), 29);
    let municipal = plan
        .organizations()
        .filter(|o| o.kind != Some(CountyGovernments))
        .count();
    assert_eq!(municipal, 28);
    // The vocabulary begins with these 29 kinds, in the order the plan first names them.
    let kinds: Vec<Department> = plan.organizations().filter_map(|o| o.kind).collect();
    assert_eq!(kinds, Department::iter().take(29).collect::<Vec<_>>());
    for organization in plan.organizations() {
        assert_eq!(
            Some(organization.id.as_str()),
            organization.kind.map(Department::id)
        );
    }
    let ids: BTreeSet<&str> = Department::iter().map(Department::id).collect();
    assert_eq!(ids.len(), Department::iter().count(), "ids are unique");
    for id in ids {
        assert!(
            id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{id} is kebab-case"
        );
    }
}

#[test]
fn mentions_in_part_three_are_the_bodies_the_text_names() {
    let plan = plan();
    let mentioned = |n: u16| -> Vec<(Actor, String)> {
        plan.task(n)
            .unwrap()
            .mentions
            .iter()
            .map(|m| (m.actor, m.quote.clone()))
            .collect()
    };
    // 48: …各責任部門要嚴格落實…
    assert_eq!(
        mentioned(48),
        [(Actor::ResponsibleDepartments, "各責任部門".to_owned())]
    );
    // 49: 市發展改革委…向市委、市政府報告。市財政局…各有關部門(單位)…各縣(市、區)人民政府…
    assert_eq!(
        mentioned(49),
        [
            (
                Actor::Department(DevelopmentReform),
                "市發展改革委".to_owned()
            ),
            (Actor::PartyCommittee, "市委".to_owned()),
            (Actor::Government, "市政府".to_owned()),
            (Actor::Department(Finance), "市財政局".to_owned()),
            (Actor::RelevantDepartments, "各有關部門(單位)".to_owned()),
            (
                Actor::Department(CountyGovernments),
                "各縣(市、區)人民政府".to_owned()
            ),
        ]
    );
    // 50: 各有關部門(單位)要定期開展…
    assert_eq!(
        mentioned(50),
        [(Actor::RelevantDepartments, "各有關部門(單位)".to_owned())]
    );
    // Tasks 1–47 name their bodies only in their responsibility lines.
    assert!(plan.tasks().take(47).all(|t| t.mentions.is_empty()));
    // Mentions are not responsibility.
    assert!(
        !plan
            .tasks_involving("市發展改革委")
            .unwrap()
            .any(|t| t.number == 49)
    );
}

#[test]
fn an_unknown_body_in_a_responsibility_line_is_an_organisation_with_a_diagnostic() {
    // A misspelt body is kept as written, with no kind, and reported on its line.
    let text = "一、重點任務\n1.甲。乙。\n責任單位:市民証局、財政局";
    let plan = parse(text).unwrap();
    let task = plan.task(1).unwrap();
    assert_eq!(task.parties().collect::<Vec<_>>(), [Other, Finance]);
    let line = task.responsibility.as_ref().unwrap();
    // 財政局 takes the 市 of 市民証局, whose level is read though its kind is not.
    assert!(line.parties[1].carried_prefix);
    let unknown = plan.organization(&line.parties[0].organization).unwrap();
    assert_eq!(
        (unknown.id.as_str(), unknown.name.as_str(), unknown.kind),
        ("other-1", "市民証局", None)
    );
    let [diagnostic] = plan.diagnostics() else {
        panic!("one diagnostic, got {:?}", plan.diagnostics());
    };
    assert_eq!(diagnostic.line, 3);
    assert!(diagnostic.message.contains("`市民証局`"), "{diagnostic}");
    assert!(
        diagnostic
            .message
            .contains("did you mean 市民政局 (civil-affairs)"),
        "{diagnostic}"
    );
    // Another city's body has its kind and its place.
    let text = "一、重點任務\n1.甲。乙。\n責任單位:銀川市民政局";
    let plan = parse(text).unwrap();
    assert_eq!(plan.task(1).unwrap().lead(), Some(CivilAffairs));
    let body = plan.organizations().next().unwrap();
    assert_eq!(body.place.as_deref(), Some("銀川"));
    assert!(plan.diagnostics().is_empty());
    // A first item without a level lends none: 民政局 is read as it is, unprefixed.
    let text = "一、重點任務\n1.甲。乙。\n責任單位:吳忠銀保監分局、民政局";
    let plan = parse(text).unwrap();
    let line = plan.task(1).unwrap().responsibility.as_ref().unwrap();
    assert_eq!(line.parties[1].department, CivilAffairs);
    assert!(!line.parties[1].carried_prefix);
    assert_eq!(plan.organization("civil-affairs").unwrap().name, "民政局");
    // What does not read as a list of bodies is no responsibility: the line is kept as
    // the task's text, and reported on its line.
    let findings = |plan: &wuzhong_plan::Plan| -> Vec<(usize, DiagnosticKind)> {
        plan.diagnostics()
            .iter()
            .map(|d| (d.line, d.kind))
            .collect()
    };
    let text = "一、重點任務\n1.甲。乙。\n責任單位:市教育局、、財政局";
    let plan = parse(text).unwrap();
    assert_eq!(plan.to_text(), text);
    let task = plan.task(1).unwrap();
    assert!(task.responsibility.is_none());
    assert_eq!(task.continuation, ["責任單位:市教育局、、財政局"]);
    assert_eq!(
        findings(&plan),
        [
            (2, DiagnosticKind::NoResponsibility),
            (3, DiagnosticKind::UnreadResponsibility)
        ]
    );
    // A bracket left open at the end of the text: the copy seems cut there.
    let text = "一、重點任務\n1.甲。乙。\n責任單位:市教育局,各縣(市、區";
    let plan = parse(text).unwrap();
    assert_eq!(plan.to_text(), text);
    let task = plan.task(1).unwrap();
    assert!(task.responsibility.is_none());
    assert_eq!(task.continuation, ["責任單位:市教育局,各縣(市、區"]);
    assert_eq!(
        findings(&plan),
        [
            (3, DiagnosticKind::UnreadResponsibility),
            (3, DiagnosticKind::Truncated)
        ]
    );
}

#[test]
fn full_width_and_simplified_lines_read_the_same_parties() {
    let text = "一、重点任务\n1．甲。乙。\n责任单位：市卫生健康委员会、医疗保障局，各县（市、区）";
    let plan = parse(text).unwrap();
    let task = plan.task(1).unwrap();
    assert_eq!(
        task.parties().collect::<Vec<_>>(),
        [Health, HealthcareSecurity, CountyGovernments]
    );
    assert_eq!(plan.to_text(), text);
    let full_width = SOURCE_TEXT
        .replace(',', "，")
        .replace('(', "（")
        .replace(')', "）");
    let reparsed = parse(&full_width).unwrap();
    for (a, b) in reparsed.tasks().zip(wuzhong_plan::plan().tasks()) {
        assert!(a.parties().eq(b.parties()), "task {}", a.number);
        assert!(a.mentioned().eq(b.mentioned()), "task {}", a.number);
    }
}

#[test]
fn mentions_take_the_longest_name_at_each_place() {
    let text = "一、組織實施\n1.協調。市委宣傳部會同市委、市政府辦和各縣（市、區）人民政府落實。";
    let plan = parse(text).unwrap();
    let task = plan.task(1).unwrap();
    let found: Vec<(Actor, &str)> = task
        .mentions
        .iter()
        .map(|m| (m.actor, m.quote.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (Actor::Department(Publicity), "市委宣傳部"),
            (Actor::PartyCommittee, "市委"),
            (Actor::Department(GovernmentOffice), "市政府辦"),
            (
                Actor::Department(CountyGovernments),
                "各縣（市、區）人民政府"
            ),
        ]
    );
    for mention in &task.mentions {
        assert_eq!(mention.span.of(&task.body), Some(mention.quote.as_str()));
    }
}

//! Every form of a note of responsibility, each with its own lead, and the lead rules a
//! document states once (issue 31): one test per form, verb, label and rule, written from
//! the forms as the genre writes them, and from reading two State Council opinions of
//! `../shared/corpus`. Bodies outside the vocabulary are asserted by quote, role and
//! basis, not by kind.

#[path = "common/corpus.rs"]
mod corpus;

use wuzhong_plan::{DiagnosticKind, Plan, Role, RoleBasis, RuleKind, Task, parse};

/// Each party of `task`: its quote, role and basis.
fn parties(task: &Task) -> Vec<(String, Role, RoleBasis)> {
    task.responsible()
        .map(|p| (p.quote.clone(), p.role, p.basis))
        .collect()
}

fn p(quote: &str, role: Role, basis: RoleBasis) -> (String, Role, RoleBasis) {
    (quote.to_owned(), role, basis)
}

/// The plan of one part whose tasks have the texts `tasks`.
fn plan_of(tasks: &[&str]) -> Plan {
    let mut text = "一、任务\n".to_owned();
    for (i, task) in tasks.iter().enumerate() {
        text.push_str(&format!("{}.{task}\n", i + 1));
    }
    parse(&text).unwrap_or_else(|err| panic!("{text}: {err}"))
}

fn task(plan: &Plan, number: u16) -> &Task {
    plan.task(number)
        .unwrap_or_else(|| panic!("the plan has a task {number}"))
}

use Role::{Lead, Support};
use RoleBasis::{Jointly, Label, Order, Rule, Verb};

#[test]
fn one_body_responsible() {
    let plan = plan_of(&["推进通关便利化。（合肥海关负责）"]);
    assert_eq!(parties(task(&plan, 1)), [p("合肥海关", Lead, Verb)]);
}

#[test]
fn one_leads_another_supports() {
    let plan = plan_of(&["推进通关便利化。（省商务厅牵头，合肥海关配合）"]);
    assert_eq!(
        parties(task(&plan, 1)),
        [p("省商务厅", Lead, Verb), p("合肥海关", Support, Verb)]
    );
}

#[test]
fn a_catch_all_glued_with_deng_is_its_own_party_and_supports() {
    let plan = plan_of(&[
        "甲。（市商务局、市财政局等有关部门负责）",
        "乙。（市民政局等有关部门和单位负责）",
    ]);
    assert_eq!(
        parties(task(&plan, 1)),
        [
            p("市商务局", Lead, Verb),
            p("市财政局", Support, Verb),
            p("有关部门", Support, Verb),
        ]
    );
    assert_eq!(
        parties(task(&plan, 2)),
        [
            p("市民政局", Lead, Verb),
            p("有关部门和单位", Support, Verb)
        ]
    );
}

#[test]
fn huitong_the_one_before_leads_the_one_after_supports() {
    let plan = plan_of(&[
        "甲。（市商务局会同有关部门负责）",
        "乙。（市商務局會同市財政局負責）",
    ]);
    assert_eq!(
        parties(task(&plan, 1)),
        [p("市商务局", Lead, Verb), p("有关部门", Support, Verb)]
    );
    assert_eq!(
        parties(task(&plan, 2)),
        [p("市商務局", Lead, Verb), p("市財政局", Support, Verb)]
    );
}

#[test]
fn a_scope_after_the_list_is_kept_as_text() {
    let plan = plan_of(&["甲。（负责部门：市商务局、市财政局；适用范围：全市各开发区）"]);
    let task = task(&plan, 1);
    assert_eq!(
        parties(task),
        [p("市商务局", Lead, Order), p("市财政局", Support, Order)]
    );
    let note = &task.notes[0];
    let remarks: Vec<Option<&str>> = note.remarks.iter().map(|s| s.of(&task.body)).collect();
    assert_eq!(remarks, [Some("适用范围：全市各开发区")]);
}

#[test]
fn a_deadline_before_a_label_goes_to_the_task() {
    let plan = plan_of(&["甲。（6月底完成，牵头考核单位：市商务局、市财政局）"]);
    let task = task(&plan, 1);
    assert_eq!(
        parties(task),
        [p("市商务局", Lead, Label), p("市财政局", Lead, Label)]
    );
    let remarks: Vec<Option<&str>> = task.notes[0]
        .remarks
        .iter()
        .map(|s| s.of(&task.body))
        .collect();
    assert_eq!(remarks, [Some("6月底完成")]);
    assert!(task.deadline.is_some(), "the note's deadline is the task's");
}

#[test]
fn several_notes_each_with_its_own_lead_mid_paragraph_too() {
    let plan = plan_of(&["推进工作。甲（市商务局负责），乙（市财政局、市民政局负责）。"]);
    let task = task(&plan, 1);
    assert_eq!(task.notes.len(), 2);
    assert_eq!(
        parties(task),
        [
            p("市商务局", Lead, Verb),
            p("市财政局", Lead, Verb),
            p("市民政局", Support, Verb),
        ]
    );
}

#[test]
fn each_verb() {
    let plan = plan_of(&[
        "甲。（市商务局、市财政局按职责分工负责）",
        "乙。（市商务局牵头，市财政局参与）",
        "丙。（市商务局指导，市财政局负责）",
        "丁。（市商务局牵头，市财政局按职责分工配合）",
    ]);
    assert_eq!(
        parties(task(&plan, 1)),
        [p("市商务局", Lead, Verb), p("市财政局", Support, Verb)]
    );
    assert_eq!(
        parties(task(&plan, 2)),
        [p("市商务局", Lead, Verb), p("市财政局", Support, Verb)]
    );
    // `指导`: the guiding body leads, and a later `负责` list supports.
    assert_eq!(
        parties(task(&plan, 3)),
        [p("市商务局", Lead, Verb), p("市财政局", Support, Verb)]
    );
    assert_eq!(
        parties(task(&plan, 4)),
        [p("市商务局", Lead, Verb), p("市财政局", Support, Verb)]
    );
}

#[test]
fn each_label() {
    let plan = plan_of(&[
        "甲。（责任单位：市商务局、市财政局）",
        "乙。（牵头单位：市商务局，配合单位：市财政局）",
        "丙。（指导部门：市商务局）",
        "丁。（牽頭考核單位：市商務局）",
    ]);
    assert_eq!(
        parties(task(&plan, 1)),
        [p("市商务局", Lead, Order), p("市财政局", Support, Order)]
    );
    assert_eq!(
        parties(task(&plan, 2)),
        [p("市商务局", Lead, Label), p("市财政局", Support, Label)]
    );
    assert_eq!(parties(task(&plan, 3)), [p("市商务局", Lead, Order)]);
    assert_eq!(parties(task(&plan, 4)), [p("市商務局", Lead, Label)]);
}

#[test]
fn traditional_and_half_width() {
    let plan = plan_of(&["甲。(市商務局牽頭,市財政局、市民政局按職責分工配合)"]);
    assert_eq!(
        parties(task(&plan, 1)),
        [
            p("市商務局", Lead, Verb),
            p("市財政局", Support, Verb),
            p("市民政局", Support, Verb),
        ]
    );
}

#[test]
fn a_name_ending_in_lead_unit_is_never_cut() {
    let plan = plan_of(&[
        "甲。（省十大新兴产业推进组工作专班牵头单位牵头，省十大新兴产业推进组工作专班成员单位按职责分工配合）",
        "乙。（省商务厅牵头，省十大新兴产业推进组工作专班牵头单位按职责分工负责）",
    ]);
    assert_eq!(
        parties(task(&plan, 1)),
        [
            p("省十大新兴产业推进组工作专班牵头单位", Lead, Verb),
            p("省十大新兴产业推进组工作专班成员单位", Support, Verb),
        ]
    );
    assert_eq!(
        parties(task(&plan, 2)),
        [
            p("省商务厅", Lead, Verb),
            p("省十大新兴产业推进组工作专班牵头单位", Support, Verb),
        ]
    );
}

#[test]
fn a_rule_stated_in_the_first_note_holds_below() {
    let plan = plan_of(&[
        "甲。（市财政局、市税务局负责，排在第一位的部门为牵头部门，下同）",
        "乙。（市商务局、市财政局负责）",
        "丙。（市商务局牵头，市财政局配合）",
        "丁。（市民政局负责）",
    ]);
    let rules: Vec<_> = plan.lead_rules().collect();
    assert_eq!(rules.len(), 1);
    assert_eq!(rules[0].kind, RuleKind::FirstListedLeads);
    assert_eq!(rules[0].quote, "排在第一位的部门为牵头部门，下同");
    assert_eq!(rules[0].node, task(&plan, 1).id);
    assert_eq!(
        parties(task(&plan, 1)),
        [p("市财政局", Lead, Rule), p("市税务局", Support, Rule)]
    );
    assert_eq!(
        parties(task(&plan, 2)),
        [p("市商务局", Lead, Rule), p("市财政局", Support, Rule)]
    );
    // A verb that states the roles keeps its basis; one body alone needs no rule.
    assert_eq!(
        parties(task(&plan, 3)),
        [p("市商务局", Lead, Verb), p("市财政局", Support, Verb)]
    );
    assert_eq!(parties(task(&plan, 4)), [p("市民政局", Lead, Verb)]);
}

#[test]
fn a_rule_after_a_full_stop_in_a_note() {
    let plan = plan_of(&[
        "甲。（市人力资源社会保障局、市财政局负责。列第一位者为牵头单位，下同）",
        "乙。（市财政局、市民政局负责）",
    ]);
    assert_eq!(
        plan.lead_rules()
            .map(|r| r.quote.as_str())
            .collect::<Vec<_>>(),
        ["列第一位者为牵头单位，下同"]
    );
    assert_eq!(
        parties(task(&plan, 1)),
        [
            p("市人力资源社会保障局", Lead, Rule),
            p("市财政局", Support, Rule)
        ]
    );
    assert_eq!(
        parties(task(&plan, 2)),
        [p("市财政局", Lead, Rule), p("市民政局", Support, Rule)]
    );
}

#[test]
fn without_a_rule_the_first_listed_leads_by_the_verb() {
    let plan = plan_of(&["甲。（市商务局、市财政局负责）"]);
    assert_eq!(plan.lead_rules().len(), 0);
    assert_eq!(
        parties(task(&plan, 1)),
        [p("市商务局", Lead, Verb), p("市财政局", Support, Verb)]
    );
}

#[test]
fn a_standing_rule_adds_its_body_to_each_task_below() {
    let plan = plan_of(&[
        "甲。以下均需市民政局落实，不再列出。（市商务局负责）",
        "乙。（市财政局负责）",
        "丙。推进工作。",
    ]);
    let rules: Vec<_> = plan.lead_rules().collect();
    assert_eq!(rules.len(), 1);
    assert_eq!(rules[0].kind, RuleKind::Standing);
    assert_eq!(rules[0].quote, "以下均需市民政局落实，不再列出");
    assert_eq!(parties(task(&plan, 1)), [p("市商务局", Lead, Verb)]);
    assert_eq!(
        parties(task(&plan, 2)),
        [p("市财政局", Lead, Verb), p("市民政局", Support, Rule)]
    );
    assert_eq!(parties(task(&plan, 3)), [p("市民政局", Lead, Rule)]);
    let added = &task(&plan, 3).rule_parties[0];
    assert_eq!(added.span.of(&rules[0].quote), Some("市民政局"));
}

/// The standing-rule diagnostics of `plan`: line, node and message.
fn standing_diagnostics(plan: &Plan) -> Vec<(usize, String, String)> {
    plan.diagnostics()
        .iter()
        .filter(|d| d.kind == DiagnosticKind::StandingRule)
        .map(|d| (d.line, d.node.clone(), d.message.clone()))
        .collect()
}

#[test]
fn a_standing_rule_is_said_once_on_its_line_with_its_body_and_tasks() {
    let plan = plan_of(&[
        "甲。以下均需市民政局落实，不再列出。（市商务局负责）",
        "乙。（市财政局负责）",
        "丙。推进工作。",
    ]);
    let found = standing_diagnostics(&plan);
    assert_eq!(found.len(), 1, "{found:?}");
    let (line, node, message) = &found[0];
    // Line 1 is the part's heading; task 1 stands on line 2.
    assert_eq!((*line, node.as_str()), (2, "part-1/task-1"));
    assert!(
        message.contains("以下均需市民政局落实，不再列出"),
        "{message}"
    );
    assert!(message.contains("`市民政局`"), "{message}");
    assert!(
        message.contains("to 2 tasks, task 2 to task 3"),
        "{message}"
    );
    assert_eq!(
        "standing-rule".parse::<DiagnosticKind>(),
        Ok(DiagnosticKind::StandingRule)
    );
    // A text without one has none.
    let plain = plan_of(&["甲。（市商务局负责）", "乙。（市财政局负责）"]);
    assert!(standing_diagnostics(&plain).is_empty());
}

#[test]
fn a_standing_rule_in_the_preamble_covers_every_task() {
    let text = "为推进工作，制定本方案。以下均需试点城市政府落实，不再列出。\n\
                一、任务\n1.甲。（市商务局负责）\n2.乙。推进工作。\n";
    let plan = parse(text).expect("the plan reads");
    let rules: Vec<_> = plan.lead_rules().collect();
    assert_eq!(rules.len(), 1, "{rules:?}");
    assert_eq!(
        (rules[0].node.as_str(), rules[0].continuation, rules[0].kind),
        ("preamble", Some(0), RuleKind::Standing)
    );
    assert_eq!(rules[0].quote, "以下均需试点城市政府落实，不再列出");
    assert_eq!(
        parties(task(&plan, 1)),
        [p("市商务局", Lead, Verb), p("试点城市政府", Support, Rule)]
    );
    assert_eq!(parties(task(&plan, 2)), [p("试点城市政府", Lead, Rule)]);
    // Said on the preamble's line, the first of the text.
    let found = standing_diagnostics(&plan);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1.as_str()), (1, "preamble"));
    assert!(
        found[0].2.contains("to 2 tasks, task 1 to task 2"),
        "{}",
        found[0].2
    );
    // The JSON keeps it, and the checks read it again from the preamble.
    let json = plan.to_json().expect("the plan writes as JSON");
    assert_eq!(Plan::from_json(&json).expect("the JSON loads"), plan);
}

#[test]
fn a_standing_rule_in_a_part_or_group_covers_the_tasks_after_it() {
    let text = "一、任务\n\
                以下均需市民政局落实，不再列出。\n\
                1.甲。（市商务局负责）\n\
                二、保障\n\
                （一）以下均由市财政局负责，不再列出\n\
                1.乙。推进工作。\n\
                （二）保障有力。以下均需市税务局落实，不再列出。\n\
                2.丙。（市商务局、市民政局负责）\n";
    let plan = parse(text).expect("the plan reads");
    let rules: Vec<_> = plan
        .lead_rules()
        .map(|r| (r.node.as_str(), r.continuation, r.quote.as_str()))
        .collect();
    assert_eq!(
        rules,
        [
            ("part-1", Some(0), "以下均需市民政局落实，不再列出"),
            ("part-2/group-1", None, "以下均由市财政局负责，不再列出"),
            ("part-2/group-2", None, "以下均需市税务局落实，不再列出"),
        ]
    );
    let tasks: Vec<&Task> = plan.tasks().collect();
    assert_eq!(tasks.len(), 3);
    assert_eq!(
        parties(tasks[0]),
        [p("市商务局", Lead, Verb), p("市民政局", Support, Rule)]
    );
    // A later rule replaces the one before it.
    assert_eq!(parties(tasks[1]), [p("市财政局", Lead, Rule)]);
    assert_eq!(
        parties(tasks[2]),
        [
            p("市商务局", Lead, Verb),
            p("市民政局", Support, Verb),
            p("市税务局", Support, Rule)
        ]
    );
    let found = standing_diagnostics(&plan);
    let nodes: Vec<(usize, &str)> = found.iter().map(|(l, n, _)| (*l, n.as_str())).collect();
    assert_eq!(
        nodes,
        [(2, "part-1"), (5, "part-2/group-1"), (7, "part-2/group-2")]
    );
    let json = plan.to_json().expect("the plan writes as JSON");
    assert_eq!(Plan::from_json(&json).expect("the JSON loads"), plan);
}

#[test]
fn a_standing_rule_after_the_last_task_is_kept_and_covers_none() {
    let text = "一、任务\n1.甲。（市商务局负责）\n二、保障\n以下均需市民政局落实，不再列出。\n";
    let plan = parse(text).expect("the plan reads");
    let rules: Vec<_> = plan.lead_rules().map(|r| r.node.as_str()).collect();
    assert_eq!(rules, ["part-2"]);
    assert_eq!(parties(task(&plan, 1)), [p("市商务局", Lead, Verb)]);
    let found = standing_diagnostics(&plan);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1.as_str()), (4, "part-2"));
    assert!(found[0].2.contains("to no task"), "{}", found[0].2);
    let json = plan.to_json().expect("the plan writes as JSON");
    assert_eq!(Plan::from_json(&json).expect("the JSON loads"), plan);
}

#[test]
fn a_rule_closing_a_responsibility_line_holds_from_that_line() {
    let text = "一、任务\n\
                1.甲。\n责任单位:市发改委、市财政局\n\
                2.乙。\n责任单位:市发改委、市财政局(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)\n\
                3.丙。\n责任单位:市商务局\n\
                4.丁。\n责任单位:市民政局、市发改委分别牵头\n\
                5.戊。\n责任单位:市商务局、市财政局,市民政局\n";
    let plan = parse(text).expect("the plan reads");
    let rules: Vec<_> = plan.lead_rules().collect();
    assert_eq!(rules.len(), 1, "{rules:?}");
    assert_eq!(
        (
            rules[0].node.as_str(),
            rules[0].continuation,
            rules[0].responsibility,
            rules[0].kind
        ),
        ("part-1/task-2", None, Some(0), RuleKind::FirstListedLeads)
    );
    assert_eq!(
        rules[0].quote,
        "除标注“分别牵头”外,列第一位为牵头或汇总单位,下同"
    );
    // Before the rule, the order; from its own line on, the rule; the words are no party.
    assert_eq!(
        parties(task(&plan, 1)),
        [p("市发改委", Lead, Order), p("市财政局", Support, Order)]
    );
    assert_eq!(
        parties(task(&plan, 2)),
        [p("市发改委", Lead, Rule), p("市财政局", Support, Rule)]
    );
    assert_eq!(parties(task(&plan, 3)), [p("市商务局", Lead, Rule)]);
    assert_eq!(
        parties(task(&plan, 4)),
        [p("市民政局", Lead, Jointly), p("市发改委", Lead, Jointly)]
    );
    assert_eq!(
        parties(task(&plan, 5)),
        [
            p("市商务局", Lead, Rule),
            p("市财政局", Support, Rule),
            p("市民政局", Support, Rule)
        ]
    );
    let json = plan.to_json().expect("the plan writes as JSON");
    assert!(json.contains("\"responsibility\": 0"), "{json}");
    assert_eq!(Plan::from_json(&json).expect("the JSON loads"), plan);
}

#[test]
fn lishui_states_its_rule_in_task_4s_line() {
    let Some((_, text)) = corpus::read("02-lishui-2023-zrfj-partial.txt") else {
        return;
    };
    let plan = parse(&text).expect("the fragment reads");
    // Task 4's line ends `(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)`.
    let rules: Vec<_> = plan.lead_rules().collect();
    assert_eq!(rules.len(), 1, "{rules:?}");
    assert_eq!(rules[0].node, task(&plan, 4).id);
    assert_eq!(
        rules[0].quote,
        "除标注“分别牵头”外,列第一位为牵头或汇总单位,下同"
    );
    let basis = |number: u16| -> Vec<RoleBasis> {
        let mut found: Vec<RoleBasis> =
            task(&plan, number).responsible().map(|p| p.basis).collect();
        found.dedup();
        found
    };
    // Tasks 1–3, each one body, before the rule: the order.
    for number in 1..=3 {
        assert_eq!(basis(number), [Order], "task {number}");
    }
    // Task 4 (twelve bodies), 5, 7, 8 (one each), 10 (five): the rule.
    for number in [4, 5, 7, 8, 10] {
        assert_eq!(basis(number), [Rule], "task {number}");
    }
    // `分别牵头`: each leads, jointly.
    for number in [6, 9] {
        assert_eq!(basis(number), [Jointly], "task {number}");
    }
    let four = parties(task(&plan, 4));
    assert_eq!(four.len(), 12);
    assert_eq!(four[0], p("市发改委", Lead, Rule));
    assert_eq!(four[11], p("市卫生健康委", Support, Rule));
    let ten = parties(task(&plan, 10));
    assert_eq!(ten[0], p("市双招双引办", Lead, Rule));
    assert_eq!(ten[3], p("各县(市、区)政府", Support, Rule));
}

#[test]
fn xianyang_pingdingshan_and_guangzhou_state_no_rule() {
    for name in [
        "06-xianyang-2022-fgf-gzyd-trad-partial.txt",
        "04-pingdingshan-2013-rwfj-partial.txt",
        "01-guangzhou-rencai-jiju-2012.txt",
    ] {
        let Some((_, text)) = corpus::read(name) else {
            return;
        };
        let plan = parse(&text).unwrap_or_else(|err| panic!("{name}: {err}"));
        assert_eq!(plan.lead_rules().len(), 0, "{name}");
        assert!(
            plan.tasks()
                .flat_map(|t| t.responsible())
                .all(|p| p.basis != Rule),
            "{name}"
        );
    }
}

#[test]
fn the_new_fields_round_trip_through_json_and_a_version_5_plan_loads() {
    let plan = plan_of(&[
        "甲。以下均需市民政局落实，不再列出。（市财政局、市税务局负责，排在第一位的部门为牵头部门，下同）",
        "乙。（6月底完成，牵头考核单位：市商务局、市财政局）",
        "丙。（市商务局、市财政局负责）",
    ]);
    let json = plan.to_json().expect("the plan writes as JSON");
    assert!(json.contains("\"lead_rules\""));
    assert!(json.contains("\"rule_parties\""));
    assert!(json.contains("\"remarks\""));
    let again = Plan::from_json(&json).expect("the JSON loads");
    assert_eq!(again, plan);
    let current = format!("\"schema_version\": {}", wuzhong_plan::SCHEMA_VERSION);
    let older = json.replacen(&current, "\"schema_version\": 5", 1);
    assert_eq!(
        Plan::from_json(&older).expect("a version 5 plan loads"),
        plan
    );
    // A rule dropped from the JSON is reported, naming the node and the field.
    let broken = json.replacen(
        "\"kind\": \"standing\"",
        "\"kind\": \"first-listed-leads\"",
        1,
    );
    let err = Plan::from_json(&broken).expect_err("a rule that is not the text's is refused");
    assert!(err.to_string().contains("field `lead_rules["), "{err}");
}

#[test]
fn national_2019_zongbaoqu() {
    let Some((_, text)) = corpus::read("national-2019-zongbaoqu.txt") else {
        return;
    };
    let plan = parse(&text).expect("the opinion reads");
    let rules: Vec<_> = plan.lead_rules().collect();
    assert_eq!(rules.len(), 1);
    assert_eq!(rules[0].quote, "排在第一位的部门为牵头部门，下同");
    let first = plan.tasks().next().expect("a first task");
    assert_eq!(rules[0].node, first.id);
    assert_eq!(
        parties(first),
        [
            p("税务总局", Lead, Rule),
            p("财政部", Support, Rule),
            p("海关总署", Support, Rule),
        ]
    );
    // Task 2: `（海关总署、财政部、税务总局负责）`, the rule holding.
    let second = plan.tasks().nth(1).expect("a second task");
    assert_eq!(
        parties(second),
        [
            p("海关总署", Lead, Rule),
            p("财政部", Support, Rule),
            p("税务总局", Support, Rule),
        ]
    );
    // `（海关总署、商务部等有关部门负责）`: the catch-all is a party of its own.
    let sixth = plan.tasks().nth(5).expect("a sixth task");
    assert_eq!(
        parties(sixth),
        [
            p("海关总署", Lead, Rule),
            p("商务部", Support, Rule),
            p("有关部门", Support, Rule),
        ]
    );
    // Every task of several bodies leads by the rule, to the last.
    let last = plan.tasks().next_back().expect("a last task");
    assert_eq!(parties(last).first(), Some(&p("海关总署", Lead, Rule)));
    for task in plan.tasks() {
        let read = parties(task);
        assert!(!read.is_empty(), "{} names its bodies", task.id);
        if read.len() > 1 {
            assert!(
                read.iter().all(|(_, _, b)| *b == Rule),
                "{}: {read:?}",
                task.id
            );
        }
    }
}

#[test]
fn national_2018_jiuye() {
    let Some((_, text)) = corpus::read("national-2018-jiuye.txt") else {
        return;
    };
    let plan = parse(&text).expect("the opinion reads");
    let rules: Vec<_> = plan.lead_rules().collect();
    assert_eq!(rules.len(), 1);
    assert_eq!(rules[0].quote, "列第一位者为牵头单位，下同");
    let tasks: Vec<&Task> = plan.tasks().collect();
    assert_eq!(
        parties(tasks[0]),
        [
            p("人力资源社会保障部", Lead, Rule),
            p("财政部", Support, Rule)
        ]
    );
    // (五): `（人力资源社会保障部等有关部门和单位负责）`.
    assert_eq!(
        parties(tasks[4]),
        [
            p("人力资源社会保障部", Lead, Rule),
            p("有关部门和单位", Support, Rule),
        ]
    );
    // (十二): `（各省级人民政府负责）`, one body.
    assert_eq!(parties(tasks[11]), [p("各省级人民政府", Lead, Verb)]);
    // (十四): `（各有关部门和单位，各省级人民政府按职责分工负责）`.
    assert_eq!(
        parties(tasks[13]),
        [
            p("各有关部门和单位", Lead, Rule),
            p("各省级人民政府", Support, Rule),
        ]
    );
}

/// The plan of the example: a task of one sentence whose note stands before its
/// first `。`, and a task with a note in its title and a note in its body.
fn title_plan() -> Plan {
    plan_of(&[
        "推进甲（市财政局负责）。抓好落实。",
        "推进乙（市民政局负责），推进丙（市教育局牵头，市财政局配合）。抓好落实。",
    ])
}

#[test]
fn a_note_in_the_title_is_read() {
    let plan = title_plan();
    let first = task(&plan, 1);
    assert_eq!(first.title, "推进甲（市财政局负责）");
    assert_eq!(parties(first), [p("市财政局", Lead, Verb)]);
    let note = &first.notes[0];
    assert!(note.title);
    assert_eq!(note.continuation, None);
    assert_eq!(note.span.of(&first.title), Some("（市财政局负责）"));
    assert_eq!(
        note.parties[0].span.of(&first.title),
        Some("市财政局"),
        "a party's span points into the title"
    );
    // Two notes in one title, each with its own lead.
    let second = task(&plan, 2);
    assert_eq!(
        parties(second),
        [
            p("市民政局", Lead, Verb),
            p("市教育局", Lead, Verb),
            p("市财政局", Support, Verb),
        ]
    );
    assert_eq!(second.notes.len(), 2);
    assert!(second.notes.iter().all(|note| note.title));
    // Neither task is said to name no responsible body.
    assert!(
        !plan
            .diagnostics()
            .iter()
            .any(|d| d.kind == DiagnosticKind::NoResponsibility),
        "{:?}",
        plan.diagnostics()
    );
    // A note in the title is no mention of the body.
    assert!(first.mentions.is_empty() && second.mentions.is_empty());
}

#[test]
fn a_title_note_and_a_body_note_each_with_its_own_lead() {
    let plan = plan_of(&["推进甲（市商务局、市财政局负责）。推进乙。（市民政局、市税务局负责）"]);
    let only = task(&plan, 1);
    assert_eq!(
        parties(only),
        [
            p("市商务局", Lead, Verb),
            p("市财政局", Support, Verb),
            p("市民政局", Lead, Verb),
            p("市税务局", Support, Verb),
        ]
    );
    // The title's note comes first; the body's span points into the body.
    let places: Vec<(bool, Option<&str>)> = only
        .notes
        .iter()
        .map(|note| {
            let text = if note.title { &only.title } else { &only.body };
            (note.title, note.span.of(text))
        })
        .collect();
    assert_eq!(
        places,
        [
            (true, Some("（市商务局、市财政局负责）")),
            (false, Some("（市民政局、市税务局负责）")),
        ]
    );
}

#[test]
fn a_rule_stated_in_a_title_note_holds_below() {
    let plan = plan_of(&[
        "推进甲（市税务局、市财政局负责，排在第一位的部门为牵头部门，下同）。",
        "推进乙。（市商务局、市财政局负责）",
    ]);
    let rule = plan
        .lead_rules()
        .next()
        .expect("the title's note states a rule");
    assert_eq!(
        (
            rule.kind,
            rule.quote.as_str(),
            rule.title,
            rule.continuation
        ),
        (
            RuleKind::FirstListedLeads,
            "排在第一位的部门为牵头部门，下同",
            true,
            None
        )
    );
    let first = task(&plan, 1);
    assert_eq!(rule.node, first.id);
    assert_eq!(rule.span.of(&first.title), Some(rule.quote.as_str()));
    assert_eq!(
        parties(first),
        [p("市税务局", Lead, Rule), p("市财政局", Support, Rule)]
    );
    assert_eq!(
        parties(task(&plan, 2)),
        [p("市商务局", Lead, Rule), p("市财政局", Support, Rule)]
    );
}

#[test]
fn a_standing_rule_in_a_title_covers_the_tasks_below() {
    let plan = plan_of(&[
        "以下均需试点城市政府落实，不再列出（市商务局负责）。",
        "乙。推进工作。",
    ]);
    let rule = plan
        .lead_rules()
        .next()
        .expect("the title states a standing rule");
    assert_eq!((rule.kind, rule.title), (RuleKind::Standing, true));
    assert_eq!(
        rule.span.of(&task(&plan, 1).title),
        Some("以下均需试点城市政府落实，不再列出")
    );
    assert_eq!(parties(task(&plan, 2)), [p("试点城市政府", Lead, Rule)]);
    let json = plan.to_json().expect("the plan writes as JSON");
    assert_eq!(Plan::from_json(&json).expect("the JSON loads"), plan);
}

#[test]
fn a_title_note_in_traditional_script_and_half_width() {
    let plan = plan_of(&[
        "推進甲(市財政局負責)。",
        "推進乙(省商務廳牽頭,合肥海關配合)。抓好落實。",
    ]);
    assert_eq!(parties(task(&plan, 1)), [p("市財政局", Lead, Verb)]);
    assert_eq!(
        parties(task(&plan, 2)),
        [p("省商務廳", Lead, Verb), p("合肥海關", Support, Verb)]
    );
}

#[test]
fn an_unread_bracket_in_a_title_is_said() {
    let plan = plan_of(&["推进甲（由各地按实际情况负责推进落实的有关工作）。抓好落实。"]);
    let unread: Vec<(&str, &str)> = plan
        .diagnostics()
        .iter()
        .filter(|d| d.kind == DiagnosticKind::UnreadResponsibility)
        .map(|d| (d.node.as_str(), d.message.as_str()))
        .collect();
    assert_eq!(unread.len(), 1, "{unread:?}");
    assert_eq!(unread[0].0, "part-1/task-1");
    assert!(
        unread[0]
            .1
            .contains("由各地按实际情况负责推进落实的有关工作"),
        "{unread:?}"
    );
    assert!(task(&plan, 1).notes.is_empty());
}

#[test]
fn a_title_note_round_trips_through_json_and_a_wrong_span_is_refused() {
    let plan = title_plan();
    let json = plan.to_json().expect("the plan writes as JSON");
    assert!(json.contains("\"title\": true"), "{json}");
    assert_eq!(Plan::from_json(&json).expect("the JSON loads"), plan);
    // The problems loading `value` reports on the task's first note.
    let refused = |value: &serde_json::Value| -> Vec<wuzhong_plan::InvalidKind> {
        match Plan::from_json(&serde_json::to_string(value).expect("JSON")) {
            Err(wuzhong_plan::Error::Invalid(problems)) => problems
                .into_iter()
                .filter(|p| (p.node.as_str(), p.field.as_str()) == ("part-1/task-1", "notes[0]"))
                .map(|p| p.kind)
                .collect(),
            other => panic!("expected the note refused, got {other:?}"),
        }
    };
    let mut value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let note = &mut value["parts"][0]["tasks"][0]["notes"][0];
    assert_eq!(note["title"], serde_json::Value::Bool(true), "{note}");
    // The note's place moved by one character: refused, naming the node and the field.
    note["span"]["start"] = (note["span"]["start"].as_u64().unwrap_or_default() + 3).into();
    let kinds = refused(&value);
    assert!(
        matches!(kinds.as_slice(), [wuzhong_plan::InvalidKind::NotAsRead { expected }] if expected.contains("of the title")),
        "{kinds:?}"
    );
    // A title note said to stand in the body is refused too.
    let mut value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let note = &mut value["parts"][0]["tasks"][0]["notes"][0];
    note.as_object_mut().map(|note| note.remove("title"));
    let kinds = refused(&value);
    assert!(
        matches!(
            kinds.as_slice(),
            [wuzhong_plan::InvalidKind::NotAsRead { .. }]
        ),
        "{kinds:?}"
    );
}

#[test]
fn the_renderers_mark_the_parties_of_a_title_note_in_the_heading() {
    let plan = title_plan();
    let options = wuzhong_plan::RenderOptions::default();
    let html = plan.to_html(&options);
    let heading = html
        .split("<span class=\"akn-heading\">")
        .find(|rest| rest.starts_with("推进甲"))
        .and_then(|rest| rest.split("</span></h").next())
        .expect("task 1's heading");
    assert!(
        heading.starts_with("推进甲（<a class=\"party lead\" href=\"#finance\""),
        "{heading}"
    );
    assert!(heading.ends_with(">市财政局</a>负责）"), "{heading}");
    let xml = plan.to_akoma_ntoso(&options);
    let heading = xml
        .split("<heading>")
        .find(|rest| rest.starts_with("推进甲"))
        .and_then(|rest| rest.split("</heading>").next())
        .expect("task 1's heading");
    assert!(
        heading.contains("<organization refersTo=\"#finance\""),
        "{heading}"
    );
    assert!(heading.ends_with("负责）。"), "{heading}");
}

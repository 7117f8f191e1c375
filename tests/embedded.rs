//! The trusted path: `plan()` reads the embedded JSON (`data/plan.json` without its
//! whitespace) without checking its invariants again (this suite proves them), and gives
//! the same plan as `Plan::from_json`, which reads and checks everything, with the same
//! answers from its indexes.

use wuzhong_plan::{Department, PLAN_JSON, PLAN_JSON_COMPACT, Plan, try_plan};

#[test]
fn the_embedded_plan_is_the_checked_plan() {
    let fast = try_plan().expect("the embedded plan loads");
    let checked = Plan::from_json(PLAN_JSON).expect("the embedded JSON is valid");
    assert_eq!(fast, &checked);
    assert_eq!(fast, &Plan::from_json(PLAN_JSON_COMPACT).unwrap());
    // Every invariant holds of what the fast path gave.
    assert_eq!(fast.validate(), Ok(()));
    assert_eq!(fast.to_json().unwrap(), checked.to_json().unwrap());
    assert_eq!(fast.to_text(), wuzhong_plan::SOURCE_TEXT);
    assert_eq!(fast.diagnostics(), checked.diagnostics());
}

#[test]
fn the_embedded_plans_indexes_answer_as_the_checked_plans() {
    let fast = try_plan().expect("the embedded plan loads");
    let checked = Plan::from_json(PLAN_JSON).unwrap();
    let numbers = |tasks: wuzhong_plan::Tasks<'_>| tasks.map(|t| t.number).collect::<Vec<_>>();
    for organization in checked.organizations() {
        let name = organization.name.as_str();
        assert_eq!(
            numbers(fast.tasks_led_by(name).unwrap()),
            numbers(checked.tasks_led_by(name).unwrap()),
            "{name}"
        );
        assert_eq!(
            numbers(fast.tasks_involving(name).unwrap()),
            numbers(checked.tasks_involving(name).unwrap()),
            "{name}"
        );
        let ids = |plan: &Plan| {
            plan.targets_for(name)
                .unwrap()
                .map(|t| t.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(fast), ids(&checked), "{name}");
    }
    for department in [
        Department::CivilAffairs,
        Department::Other,
        Department::CountyGovernments,
    ] {
        assert_eq!(
            numbers(fast.tasks_led_by(department).unwrap()),
            numbers(checked.tasks_led_by(department).unwrap())
        );
    }
    for year in [2020, 2023, 2025, 2030] {
        assert!(
            fast.targets_due_by(year).eq(checked.targets_due_by(year)),
            "{year}"
        );
    }
    assert!(
        fast.departments()
            .map(|d| (d.department, d.led))
            .eq(checked.departments().map(|d| (d.department, d.led)))
    );
    assert!(
        fast.domains()
            .map(|(d, tasks)| (d, numbers(tasks)))
            .eq(checked.domains().map(|(d, tasks)| (d, numbers(tasks))))
    );
    for number in 0..=51 {
        assert_eq!(fast.task(number), checked.task(number));
    }
}

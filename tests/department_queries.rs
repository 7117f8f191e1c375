//! The department queries: the tasks a department leads or supports, the indexes behind
//! them against a scan of the tasks, and the parties and departments of the JSON.
//!
//! The expectations below were written from reading the responsibility lines of
//! `data/source.txt`, not from the parser's output.

#[path = "common/responsibility.rs"]
mod responsibility;

use strum::IntoEnumIterator;
use wuzhong_plan::Department::{self, *};
use wuzhong_plan::{Error, PLAN_JSON, Plan, Role, plan};

use responsibility::EXPECTED;

#[test]
fn civil_affairs_leads_the_tasks_the_text_gives_it() {
    // Read from the source: the lines that begin 責任單位:市民政局.
    let led: Vec<u16> = plan()
        .tasks_led_by("市民政局")
        .unwrap()
        .map(|t| t.number)
        .collect();
    assert_eq!(led, [7, 8, 14, 15, 23, 24, 25, 30, 39, 42]);
}

#[test]
fn the_indexes_agree_with_a_scan_of_the_tasks() {
    let plan = plan();
    let scan = |keep: &dyn Fn(&wuzhong_plan::Task) -> bool| -> Vec<u16> {
        plan.tasks().filter(|t| keep(t)).map(|t| t.number).collect()
    };
    let mut led_total = 0;
    let mut involved_total = 0;
    for department in Department::iter() {
        let led: Vec<u16> = plan
            .tasks_led_by(department)
            .unwrap()
            .map(|t| t.number)
            .collect();
        assert_eq!(led, scan(&|t| t.lead() == Some(department)));
        let involved: Vec<u16> = plan
            .tasks_involving(department)
            .unwrap()
            .map(|t| t.number)
            .collect();
        assert_eq!(involved, scan(&|t| t.parties().any(|p| p == department)));
        let supported: Vec<u16> = plan
            .tasks_supported_by(department)
            .unwrap()
            .map(|t| t.number)
            .collect();
        assert_eq!(
            supported,
            scan(&|t| t.role_of(department) == Some(Role::Support))
        );
        for other in Department::iter() {
            let shared: Vec<u16> = plan
                .co_responsible(department, other)
                .unwrap()
                .map(|t| t.number)
                .collect();
            assert_eq!(
                shared,
                scan(&|t| t.parties().any(|p| p == department) && t.parties().any(|p| p == other))
            );
        }
        led_total += led.len();
        involved_total += involved.len();
    }
    // The grouped view equals the full view: one lead per line, every party counted once.
    assert_eq!(led_total, 47);
    // The parties of the 47 responsibility lines, as `EXPECTED` lists them from the
    // source.
    let parties: usize = EXPECTED.iter().map(|(_, p)| p.len()).sum();
    assert_eq!(involved_total, parties);
    let loads: Vec<_> = plan.departments().collect();
    assert_eq!(loads.len(), 29);
    assert_eq!(loads.iter().map(|l| l.led).sum::<usize>(), 47);
    assert_eq!(loads.iter().map(|l| l.involved()).sum::<usize>(), parties);
    let civil = loads.iter().find(|l| l.department == CivilAffairs).unwrap();
    assert_eq!((civil.led, civil.supporting), (10, 8));
}

/// A body's targets are the targets of the tasks it takes part in, in document order,
/// from either end, and the iterator knows how many are left at each step.
#[test]
fn the_targets_of_each_body_agree_with_a_scan_of_its_tasks() {
    let plan = plan();
    let mut with_targets = 0;
    for department in Department::iter() {
        let scan: Vec<&str> = plan
            .tasks_involving(department)
            .unwrap()
            .flat_map(|task| plan.targets_in_task(task.number))
            .map(|t| t.id.as_str())
            .collect();
        let mut targets = plan.targets_for(department).unwrap();
        assert_eq!(targets.len(), scan.len(), "{department}");
        let forward: Vec<&str> = targets.clone().map(|t| t.id.as_str()).collect();
        assert_eq!(forward, scan, "{department}");
        let mut backward: Vec<&str> = targets.clone().rev().map(|t| t.id.as_str()).collect();
        backward.reverse();
        assert_eq!(backward, scan, "{department}");
        // From both ends at once: the first from the front, the rest from the back.
        if let Some(first) = targets.next() {
            with_targets += 1;
            assert_eq!(targets.len(), scan.len() - 1);
            let mut rest: Vec<&str> = targets.rev().map(|t| t.id.as_str()).collect();
            rest.push(first.id.as_str());
            rest.reverse();
            assert_eq!(rest, scan, "{department}");
        }
    }
    // 市民政局's tasks state targets (t7.2, t23.2), as do others'.
    assert!(with_targets > 1);
}

#[test]
fn civil_affairs_supports_the_tasks_the_text_gives_it() {
    // Read from the source: the lines that list 民政局 after their first item.
    let supported: Vec<u16> = plan()
        .tasks_supported_by(CivilAffairs)
        .unwrap()
        .map(|t| t.number)
        .collect();
    assert_eq!(supported, [13, 17, 26, 29, 34, 37, 43, 45]);
}

#[test]
fn json_without_parties_or_departments_loads_the_same() {
    let mut value: serde_json::Value = serde_json::from_str(PLAN_JSON).unwrap();
    value.as_object_mut().unwrap().remove("departments");
    let without_parties = |value: &serde_json::Value| {
        let mut value = value.clone();
        for part in value["parts"].as_array_mut().unwrap() {
            for group in part["groups"].as_array_mut().unwrap() {
                for task in group["tasks"].as_array_mut().unwrap() {
                    task["responsibility"]
                        .as_object_mut()
                        .unwrap()
                        .remove("parties");
                }
            }
        }
        value
    };
    // With the organisations, which the parties are then given ids of.
    let loaded = Plan::from_json(&without_parties(&value).to_string()).unwrap();
    assert_eq!(&loaded, plan());
    // Without them too, as files of schema version 2 are: they are read from the lines.
    value.as_object_mut().unwrap().remove("organizations");
    value["schema_version"] = 2.into();
    let loaded = Plan::from_json(&without_parties(&value).to_string()).unwrap();
    assert_eq!(&loaded, plan());
    // A file of version 2 as it was written: parties with no organisation.
    for part in value["parts"].as_array_mut().unwrap() {
        for group in part["groups"].as_array_mut().unwrap() {
            for task in group["tasks"].as_array_mut().unwrap() {
                for party in task["responsibility"]["parties"].as_array_mut().unwrap() {
                    party.as_object_mut().unwrap().remove("organization");
                }
            }
        }
    }
    let loaded = Plan::from_json(&value.to_string()).unwrap();
    assert_eq!(&loaded, plan());
}

#[test]
fn json_whose_parties_disagree_with_the_line_is_refused() {
    let mut value: serde_json::Value = serde_json::from_str(PLAN_JSON).unwrap();
    let task = &mut value["parts"][1]["groups"][1]["tasks"][6];
    assert_eq!(task["number"], 23);
    task["responsibility"]["parties"][0]["department"] = "health".into();
    match Plan::from_json(&value.to_string()).unwrap_err() {
        Error::Invalid(problems) => {
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert_eq!(problems[0].node, "part-2/group-2/task-23");
            assert_eq!(problems[0].field, "responsibility.parties[0].department");
            let message = problems[0].to_string();
            assert!(message.contains("civil-affairs"), "{message}");
        }
        other => panic!("expected a broken invariant, got {other:?}"),
    }

    let mut value: serde_json::Value = serde_json::from_str(PLAN_JSON).unwrap();
    value["parts"][2]["tasks"][1]["mentions"][0]["span"]["start"] = 3.into();
    match Plan::from_json(&value.to_string()).unwrap_err() {
        Error::Invalid(problems) => {
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert_eq!(
                (problems[0].node.as_str(), problems[0].field.as_str()),
                ("part-3/task-49", "mentions[0].quote")
            );
        }
        other => panic!("expected a broken invariant, got {other:?}"),
    }

    let json = PLAN_JSON.replacen("\"Civil Affairs Bureau\"", "\"Civil Affairs Office\"", 1);
    match Plan::from_json(&json).unwrap_err() {
        Error::Json { message, .. } => assert!(message.contains("civil-affairs"), "{message}"),
        other => panic!("expected a JSON error, got {other:?}"),
    }

    let json = PLAN_JSON.replacen(
        "\"department\": \"education\"",
        "\"department\": \"educaton\"",
        1,
    );
    match Plan::from_json(&json).unwrap_err() {
        Error::Json { message, .. } => assert!(message.contains("educaton"), "{message}"),
        other => panic!("expected a JSON error, got {other:?}"),
    }
}

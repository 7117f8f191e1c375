//! The department names in every form: each names its department, in either script,
//! any case and any of its aliases; a name that is none is an error with the closest
//! names as suggestions; and the JSON's list of departments is the enum's.
//!
//! The test binary counts allocations through its own global allocator (`tests/common`),
//! per thread, to check that a very long name is refused without being compared with
//! every name.

mod common;

use strum::IntoEnumIterator;
use wuzhong_plan::Department::{self, *};
use wuzhong_plan::{Actor, Error, PLAN_JSON, SOURCE_TEXT, plan};

#[global_allocator]
static ALLOCATOR: common::Counting = common::Counting;

#[test]
fn every_department_is_named_by_the_text_and_its_aliases_are_the_texts() {
    let plan = plan();
    for department in Department::iter().take(29) {
        assert!(
            plan.tasks_involving(department).unwrap().len() > 0,
            "{department:?} takes part in some task"
        );
    }
    for department in Department::iter() {
        for alias in department.aliases() {
            assert!(SOURCE_TEXT.contains(alias), "`{alias}` is in the text");
        }
    }
    // The issuer named in the front matter is the general office, an alias of 市政府辦.
    assert_eq!(
        plan.metadata().issuer.as_deref(),
        Some("吳忠市人民政府辦公室")
    );
    assert_eq!(
        Department::lookup("吳忠市人民政府辦公室").unwrap(),
        GovernmentOffice
    );
    // The county-level divisions the text itself names are members of 各縣(市、區).
    for named in ["利通區", "紅寺堡區", "同心縣"] {
        assert!(SOURCE_TEXT.contains(named));
        assert!(CountyGovernments.members().contains(&named));
    }
}

#[test]
fn every_form_of_a_name_finds_the_same_tasks() {
    let plan = plan();
    let numbers = |tasks: wuzhong_plan::Tasks<'_>| tasks.map(|t| t.number).collect::<Vec<_>>();
    let expected = numbers(plan.tasks_led_by(CivilAffairs).unwrap());
    for form in [
        "市民政局",
        "民政局",
        "civil-affairs",
        "Civil Affairs Bureau",
        "CIVIL AFFAIRS",
        " 吳忠市民政局 ",
    ] {
        assert_eq!(
            numbers(plan.tasks_led_by(form).unwrap()),
            expected,
            "{form}"
        );
    }
    assert_eq!(
        numbers(plan.tasks_led_by("民政局".to_owned()).unwrap()),
        expected
    );
    assert_eq!(
        numbers(plan.tasks_involving("市卫生健康委员会").unwrap()),
        numbers(plan.tasks_involving("市衛生健康委員會").unwrap())
    );
    assert_eq!(
        numbers(plan.tasks_involving("各县（市、区）").unwrap()),
        numbers(plan.tasks_involving(CountyGovernments).unwrap())
    );
}

#[test]
fn every_name_form_looks_up_its_own_department() {
    for department in Department::iter() {
        for form in department.names() {
            assert_eq!(Department::lookup(form).unwrap(), department, "`{form}`");
            assert_eq!(
                Department::lookup(&form.to_uppercase()).unwrap(),
                department
            );
        }
        let shown = department.to_string();
        assert_eq!(shown, department.name());
        assert_eq!(shown.parse::<Department>().unwrap(), department);
        let json = serde_json::to_value(department).unwrap();
        assert_eq!(json, department.id());
        assert_eq!(
            serde_json::from_value::<Department>(json).unwrap(),
            department
        );
    }
    for actor in Actor::iter() {
        assert_eq!(actor.to_string().parse::<Actor>().unwrap(), actor);
        assert_eq!(actor.id().parse::<Actor>().unwrap(), actor);
        let json = serde_json::to_value(actor).unwrap();
        assert_eq!(serde_json::from_value::<Actor>(json).unwrap(), actor);
    }
}

#[test]
fn simplified_names_agree_with_an_independent_converter() {
    for department in Department::iter() {
        assert_eq!(
            department.simplified_name(),
            fast2s::convert(department.name()),
            "{department:?}"
        );
        assert_eq!(
            department.simplified_short_name(),
            fast2s::convert(department.short_name()),
            "{department:?}"
        );
        let converted: Vec<String> = department
            .aliases()
            .iter()
            .map(|a| fast2s::convert(a))
            .collect();
        assert_eq!(department.simplified_aliases(), converted, "{department:?}");
        assert!(department.name().ends_with(department.short_name()));
    }
}

#[test]
fn a_misspelt_name_is_an_error_with_suggestions() {
    match plan().tasks_led_by("市民証局").map(|tasks| tasks.count()) {
        Err(Error::UnknownDepartment { input, suggestions }) => {
            assert_eq!(input, "市民証局");
            assert_eq!(suggestions.first(), Some(&CivilAffairs));
        }
        other => panic!("expected UnknownDepartment, got {other:?}"),
    }
    let err = Department::lookup("市民証局").unwrap_err();
    assert!(
        err.to_string()
            .contains("did you mean 市民政局 (civil-affairs)"),
        "{err}"
    );
    match Department::lookup("healht") {
        Err(Error::UnknownDepartment { suggestions, .. }) => {
            assert_eq!(suggestions.first(), Some(&Health))
        }
        other => panic!("expected UnknownDepartment, got {other:?}"),
    }
    match Department::lookup("xyzzy-quux-bureau-of-nothing") {
        Err(Error::UnknownDepartment { suggestions, .. }) => assert!(suggestions.is_empty()),
        other => panic!("expected UnknownDepartment, got {other:?}"),
    }
    assert!(Department::lookup("").is_err());
    assert!(plan().co_responsible("民政局", "nobody").is_err());
}

/// `Error::suggested_names` gives the names the message suggests, in its order, for a
/// binding to offer apart from the message; none where the message suggests none.
#[test]
fn an_unknown_name_says_which_names_it_suggests() {
    let err = plan()
        .tasks_led_by("市民証局")
        .map(|t| t.count())
        .unwrap_err();
    let names = err.suggested_names();
    assert_eq!(names.first(), Some(&"市民政局"));
    let message = err.to_string();
    let mut at = 0;
    for name in &names {
        let found = message[at..]
            .find(&format!("{name} ("))
            .unwrap_or_else(|| panic!("`{message}` suggests {name} after byte {at}"));
        at += found + name.len();
    }
    let Error::UnknownDepartment { suggestions, .. } = &err else {
        panic!("expected UnknownDepartment, got {err:?}");
    };
    assert_eq!(names.len(), suggestions.len());

    let err = Department::lookup("xyzzy-quux-bureau-of-nothing").unwrap_err();
    assert!(err.suggested_names().is_empty(), "{err}");
    // 科信局 is shared by two kinds: both are named.
    let err = plan().who("科信局").unwrap_err();
    assert_eq!(err.suggested_names().len(), 2, "{err}");
    for name in err.suggested_names() {
        assert!(err.to_string().contains(name), "{err}");
    }
    let err = plan()
        .tasks_in_domain("elderly")
        .map(|t| t.count())
        .unwrap_err();
    assert_eq!(err.suggested_names().first(), Some(&"老有所養"), "{err}");
    let err = wuzhong_plan::Plan::from_json("{").unwrap_err();
    assert!(err.suggested_names().is_empty());
}

/// A name far longer than any department's is refused at once, without suggestions: it
/// is not compared with every name. Counted rather than timed: comparing it with each
/// of the vocabulary's few hundred names and forms would allocate, for each, a row of
/// the edit distance as long as the name (800 KB here), hundreds of megabytes in all;
/// refused at once, the lookup allocates about one copy of the name, which the error
/// keeps.
#[test]
fn a_very_long_name_is_refused_quickly_without_suggestions() {
    let long = "市".repeat(100_000);
    // A first lookup builds the table of names, which is made on first use.
    drop(Department::lookup("市"));
    let before = common::stats();
    let result = Department::lookup(&long);
    let cost = common::stats().since(before);
    match result {
        Err(Error::UnknownDepartment { suggestions, .. }) => assert!(suggestions.is_empty()),
        other => panic!("expected UnknownDepartment, got {other:?}"),
    }
    let copies = cost.allocated as f64 / long.len() as f64;
    println!(
        "a {}-byte name: {} allocations, {} bytes allocated ({copies:.2} times the name)",
        long.len(),
        cost.allocs + cost.reallocs,
        cost.allocated
    );
    assert!(
        copies <= 4.0,
        "looking up a {}-byte name allocated {} bytes, {copies:.1} times the name: \
         more than the copies refusing it needs",
        long.len(),
        cost.allocated
    );
}

#[test]
fn the_json_department_list_is_the_enum() {
    // The kinds of the plan's organisations, each as the enum names it.
    let value: serde_json::Value = serde_json::from_str(PLAN_JSON).unwrap();
    let listed = value["departments"].as_array().unwrap();
    assert_eq!(listed.len(), 29);
    let kinds: Vec<Department> = plan().organizations().filter_map(|o| o.kind).collect();
    assert_eq!(kinds.len(), 29);
    for (record, department) in listed.iter().zip(kinds) {
        assert_eq!(record["id"], department.id());
        assert_eq!(record["name"], department.name());
        assert_eq!(record["short"], department.short_name());
        assert_eq!(record["simplified"], department.simplified_name());
        assert_eq!(
            record["simplified_short"],
            department.simplified_short_name()
        );
        assert_eq!(record["english"], department.english_name());
        assert_eq!(record["aliases"], serde_json::json!(department.aliases()));
        assert_eq!(
            record["simplified_aliases"],
            serde_json::json!(department.simplified_aliases())
        );
        assert_eq!(record["members"], serde_json::json!(department.members()));
    }
}

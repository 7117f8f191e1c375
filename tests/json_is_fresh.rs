//! `data/plan.json` can never drift from `data/source.txt`: these tests fail when the
//! committed file is not exactly what the parser makes of the source, with the file's
//! curated targets and domain tags (which `tests/targets.rs` and `tests/domains.rs`
//! check against the text). To refresh it, and every other generated file:
//!
//! ```text
//! cargo run --example regenerate
//! ```

#[allow(dead_code)]
#[path = "../examples/regenerate/generated.rs"]
mod generated;

use wuzhong_plan::{Error, PLAN_JSON, Plan, SOURCE_TEXT, plan};

#[test]
fn committed_json_is_what_the_source_parses_to() {
    let regenerated = generated::regenerated(SOURCE_TEXT, PLAN_JSON).unwrap();
    let regenerated = generated::plan_json(&regenerated).unwrap();
    assert!(
        PLAN_JSON == regenerated,
        "data/plan.json is stale: run `{}`",
        generated::COMMAND
    );
}

/// The curated fields are read from the JSON being regenerated, not from the plan the
/// crate embeds: an edit to one survives, and nothing else changes.
#[test]
fn an_edit_to_a_curated_field_survives_regeneration() {
    let before = "\"metric_english\": \"Equal access to basic public services clearly improved\"";
    let after = "\"metric_english\": \"Equal access to basic public services much improved\"";
    assert_eq!(
        PLAN_JSON.matches(before).count(),
        1,
        "the field is in data/plan.json"
    );
    let edited = PLAN_JSON.replace(before, after);
    let regenerated = generated::regenerated(SOURCE_TEXT, &edited).unwrap();
    let regenerated = generated::plan_json(&regenerated).unwrap();
    assert_eq!(regenerated, edited);
    assert_ne!(regenerated, PLAN_JSON);
    // A domain tag moved from one task to another survives too: task 1's tag, whose
    // quote 義務教育 task 2's text also has, given to task 2 as well.
    let value: serde_json::Value = serde_json::from_str(PLAN_JSON).unwrap();
    let tag = &value["parts"][1]["groups"][0]["tasks"][0]["domains"][0];
    assert_eq!(tag["quote"], "義務教育");
    let mut edited: serde_json::Value = value.clone();
    let task2 = &mut edited["parts"][1]["groups"][0]["tasks"][1];
    assert_eq!(task2["number"], 2);
    assert!(task2["body"].as_str().unwrap().contains("義務教育"));
    task2["domains"] = serde_json::json!([tag.clone()]);
    let edited = serde_json::to_string(&edited).unwrap();
    let regenerated = generated::regenerated(SOURCE_TEXT, &edited).unwrap();
    let task2 = regenerated.task(2).unwrap();
    assert_eq!(task2.domains.len(), 1);
    assert_eq!(task2.domains[0].quote, "義務教育");
}

#[test]
fn embedded_json_loads() {
    let loaded = Plan::from_json(PLAN_JSON).unwrap();
    assert_eq!(&loaded, plan());
    assert!(wuzhong_plan::try_plan().is_ok());
}

#[test]
fn json_field_names_are_the_documented_ones() {
    let value: serde_json::Value = serde_json::from_str(PLAN_JSON).unwrap();
    let keys =
        |v: &serde_json::Value| -> Vec<String> { v.as_object().unwrap().keys().cloned().collect() };
    let mut top = keys(&value);
    top.sort();
    assert_eq!(
        top,
        [
            "departments",
            "full_text_marker",
            "info_box",
            "layout",
            "metadata",
            "notice",
            "organizations",
            "parts",
            "preamble",
            "schema_version",
            "source",
            "targets"
        ]
    );
    let task = &value["parts"][1]["groups"][0]["tasks"][0];
    let mut fields = keys(task);
    fields.sort();
    assert_eq!(
        fields,
        [
            "body",
            "domains",
            "group",
            "id",
            "marker",
            "number",
            "part",
            "responsibility",
            "title"
        ]
    );
    assert_eq!(task["responsibility"]["label"], "責任部門");
    let mut fields = keys(&task["responsibility"]);
    fields.sort();
    assert_eq!(fields, ["colon", "label", "parties", "text"]);
    let party = &task["responsibility"]["parties"][0];
    let mut fields = keys(party);
    fields.sort();
    assert_eq!(
        fields,
        [
            "basis",
            "carried_prefix",
            "department",
            "organization",
            "quote",
            "role",
            "span"
        ]
    );
    assert_eq!(party["role"], "lead");
    assert_eq!(party["basis"], "order");
    assert_eq!(party["department"], "education");
    assert_eq!(party["organization"], "education");
    // Organisations use Popolo's names: id, name, other_names (objects with a name),
    // classification for the kind.
    let organization = &value["organizations"][0];
    let mut fields = keys(organization);
    fields.sort();
    assert_eq!(
        fields,
        [
            "classification",
            "id",
            "level",
            "name",
            "other_names",
            "place"
        ]
    );
    assert_eq!(
        organization["other_names"],
        serde_json::json!([{"name": "教育局"}])
    );
    let counties = value["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == "county-governments")
        .unwrap();
    assert_eq!(counties["members"].as_array().map(Vec::len), Some(5));
    assert_eq!(party["span"], serde_json::json!({"start": 0, "end": 12}));
    assert_eq!(
        task["domains"],
        serde_json::json!([{"domain": "education", "quote": "義務教育"}])
    );
    let department = &value["departments"][0];
    let mut fields = keys(department);
    fields.sort();
    assert_eq!(
        fields,
        [
            "aliases",
            "english",
            "id",
            "members",
            "name",
            "short",
            "simplified",
            "simplified_aliases",
            "simplified_short"
        ]
    );
    let mention = &value["parts"][2]["tasks"][1]["mentions"][0];
    let mut fields = keys(mention);
    fields.sort();
    assert_eq!(fields, ["actor", "quote", "span"]);
    assert_eq!(value["metadata"]["issue_date"], "2022-04-26");
    let target = value["targets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "t7.2")
        .unwrap();
    let mut fields = keys(target);
    fields.sort();
    assert_eq!(
        fields,
        [
            "comparator",
            "dated_by",
            "deadline",
            "id",
            "kind",
            "metric",
            "metric_english",
            "part",
            "quote",
            "span",
            "task",
            "unit",
            "value"
        ]
    );
    assert_eq!(target["task"], 7);
    assert_eq!(target["kind"], "quantitative");
    assert_eq!(target["comparator"], "reach");
    assert_eq!(target["value"], 100);
    assert_eq!(target["unit"], "percent");
    assert_eq!(
        target["deadline"],
        serde_json::json!({"year": 2023, "end_of_year": true})
    );
    let objective = &value["targets"][0];
    assert_eq!(
        (
            objective["part"].clone(),
            objective["task"].clone(),
            objective["paragraph"].clone()
        ),
        (1.into(), serde_json::Value::Null, 0.into())
    );
}

#[test]
fn json_round_trips_through_serde() {
    let text = plan().to_json().unwrap();
    let again: Plan = serde_json::from_str(&text).unwrap();
    assert_eq!(&again, plan());
}

#[test]
fn malformed_json_reports_line_and_column() {
    let err = Plan::from_json("{\n  \"schema_version\": 1,\n  \"parts\": [}\n").unwrap_err();
    match err {
        Error::Json { line, column, .. } => assert_eq!((line, column), (3, 13)),
        other => panic!("expected a JSON error, got {other:?}"),
    }
}

/// The crate writes version 7 and reads 1 to 7: the embedded JSON marked with an older
/// version (5, before the lead rules, too) loads as the same plan, and one marked before
/// 1 or after 6 is refused.
#[test]
fn json_of_another_schema_version_is_refused() {
    let with_version = |version: u32| {
        PLAN_JSON.replacen(
            "\"schema_version\": 7",
            &format!("\"schema_version\": {version}"),
            1,
        )
    };
    for version in [0, 8, 4_000_000_000] {
        let err = Plan::from_json(&with_version(version)).unwrap_err();
        assert_eq!(
            err,
            Error::UnsupportedSchema {
                found: version,
                expected: 7
            }
        );
        assert_eq!(
            err.to_string(),
            format!("unsupported schema_version {version}: this crate reads versions 1 to 7")
        );
    }
    for version in 1..=6 {
        let older = Plan::from_json(&with_version(version))
            .unwrap_or_else(|err| panic!("version {version}: {err}"));
        assert_eq!(&older, plan(), "version {version}");
    }
}

#[test]
fn json_whose_numbers_do_not_fit_is_refused_naming_node_and_field() {
    let json = PLAN_JSON.replacen("\"number\": 28,", "\"number\": 29,", 1);
    let (node, field) = only_problem(&json);
    assert_eq!(node, "part-2/group-3/task-28");
    assert_eq!(field, "number");
    let json = PLAN_JSON.replacen(
        "\"id\": \"part-2/group-3/task-28\"",
        "\"id\": \"task-28\"",
        1,
    );
    assert_eq!(only_problem(&json), ("task-28".to_owned(), "id".to_owned()));
}

/// The node and field of the one invariant a document breaks.
fn only_problem(json: &str) -> (String, String) {
    match Plan::from_json(json).unwrap_err() {
        Error::Invalid(problems) => {
            assert_eq!(problems.len(), 1, "{problems:?}");
            (problems[0].node.clone(), problems[0].field.clone())
        }
        other => panic!("expected a broken invariant, got {other:?}"),
    }
}

#[test]
fn a_bad_date_in_json_is_an_error_not_a_panic() {
    let json = PLAN_JSON.replacen("2022-04-26", "2022-13-40", 1);
    assert!(matches!(Plan::from_json(&json), Err(Error::Json { .. })));
}

#[test]
fn json_whose_part_kind_contradicts_its_title_is_refused() {
    let json = PLAN_JSON.replacen("\"kind\": \"objectives\"", "\"kind\": \"key-tasks\"", 1);
    assert_eq!(
        only_problem(&json),
        ("part-1".to_owned(), "kind".to_owned())
    );
}

//! The task records of `wuzhong-plan tasks` and `task N`: their `parties` (each body
//! once, in the text's order, with its kind, level, role and basis), the CSV columns
//! added at the end, `--level`, and the JSON Schema of a record
//! (`docs/task-record.schema.json`), against which real output is validated by Python's
//! `jsonschema` (installed by scripts/test.sh in the test environment).

#![cfg(feature = "cli")]

#[path = "common/cli.rs"]
mod cli;
#[allow(dead_code)] // its corpus reader is not needed here, only `tool`
#[path = "common/corpus.rs"]
mod corpus;
#[path = "common/temp.rs"]
mod temp;

use std::path::PathBuf;
use std::process::Command as Process;

use serde_json::{Value, json};

const SCHEMA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/task-record.schema.json");

/// A small plan whose bodies are at three levels: task 1 is led by the province's
/// finance department and supported by the city's civil affairs bureau, task 2 led by
/// the city's finance bureau, task 3 by a county's education bureau; task 4's note
/// states roles with a label.
const LEVELS: &str = "一、重點任務\n\
1.甲。乙。\n責任單位:省財政廳、市民政局\n\
2.丙。丁。\n責任單位:市財政局\n\
3.戊。己。\n責任單位:縣教育局\n\
4.庚。辛。\n牽頭單位:市民政局\n";

fn levels_file(temp: &temp::TempDir) -> PathBuf {
    let path = temp.0.join("levels.txt");
    std::fs::write(&path, LEVELS).unwrap();
    path
}

fn party(id: &str, name: &str, kind: &str, level: &str, role: &str, basis: &str) -> Value {
    json!({"id": id, "name": name, "kind": kind, "level": level, "role": role, "basis": basis})
}

#[test]
fn the_embedded_plans_records_list_their_parties_once_in_the_texts_order() {
    // 責任部門:市教育局、財政局 (task 2); 財政局 after 市教育局 is the city's.
    let task = cli::json(&["task", "2"]);
    assert_eq!(
        task["parties"],
        json!([
            party(
                "education",
                "市教育局",
                "education",
                "city",
                "lead",
                "order"
            ),
            party("finance", "市財政局", "finance", "city", "support", "order"),
        ])
    );
    // The deprecated fields still say the same.
    assert_eq!(task["lead_name"], "市教育局");
    assert_eq!(task["department_names"], json!(["市教育局", "市財政局"]));
    // Every record of `tasks` has them; tasks 48–50 name no body.
    let tasks = cli::json(&["tasks"]);
    let records = tasks.as_array().unwrap();
    assert_eq!(records.len(), 50);
    for record in records {
        let parties = record["parties"].as_array().unwrap();
        let ids: Vec<&str> = parties.iter().map(|p| p["id"].as_str().unwrap()).collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "a body listed twice: {record}");
        let mut expected = record["organizations"].as_array().unwrap().clone();
        let mut found: Vec<Value> = parties.iter().map(|p| p["id"].clone()).collect();
        expected.sort_by_key(|v| v.to_string());
        found.sort_by_key(|v| v.to_string());
        assert_eq!(found, expected, "{}", record["number"]);
    }
}

#[test]
fn parties_carry_each_bodys_level_and_csv_adds_its_columns_at_the_end() {
    let temp = temp::TempDir::new("task-records");
    let file = levels_file(&temp);
    let plan = file.to_str().unwrap();
    let tasks = cli::json(&["--plan", plan, "tasks"]);
    assert_eq!(
        tasks[0]["parties"],
        json!([
            party(
                "finance",
                "省財政廳",
                "finance",
                "province",
                "lead",
                "order"
            ),
            party(
                "civil-affairs",
                "市民政局",
                "civil-affairs",
                "city",
                "support",
                "order"
            ),
        ])
    );
    assert_eq!(tasks[2]["parties"][0]["level"], "county");
    assert_eq!(tasks[3]["parties"][0]["basis"], "label");

    let (header, rows) = cli::csv(&["--plan", plan, "tasks"]);
    // The existing columns keep their places; the new ones come last.
    assert_eq!(header[5], "lead");
    assert_eq!(header[22], "annex");
    assert_eq!(header[23..], ["lead_level", "parties"]);
    assert_eq!(rows[0][23], "province");
    assert_eq!(
        rows[0][24],
        "finance:lead:order:province;civil-affairs:support:order:city"
    );
    assert_eq!(rows[3][24], "civil-affairs:lead:label:city");
    // `task N` shows them to people.
    let table = cli::ok(&["--plan", plan, "task", "1", "--format", "table"]);
    assert!(
        table.contains("省財政廳 (province, lead by order)、市民政局 (city, support by order)"),
        "{table}"
    );
}

#[test]
fn level_narrows_lead_and_involving_and_alone_keeps_tasks_with_a_party_there() {
    let temp = temp::TempDir::new("task-levels");
    let file = levels_file(&temp);
    let plan = file.to_str().unwrap();
    let numbers = |args: &[&str]| {
        let mut all = vec!["--plan", plan];
        all.extend_from_slice(args);
        cli::numbers(&cli::json(&all))
    };
    // A kind's id finds its bodies at every level.
    assert_eq!(numbers(&["tasks", "--lead", "finance"]), [1, 2]);
    assert_eq!(
        numbers(&["tasks", "--lead", "finance", "--level", "city"]),
        [2]
    );
    assert_eq!(
        numbers(&["tasks", "--lead", "财政局", "--level", "省"]),
        [1]
    );
    assert_eq!(
        numbers(&["tasks", "--involving", "民政局", "--level", "provincial"]),
        [0u64; 0]
    );
    assert_eq!(numbers(&["tasks", "--level", "County"]), [3]);
    assert_eq!(numbers(&["tasks", "--level", "city"]), [1, 2, 4]);
    assert_eq!(
        numbers(&["tasks", "--level", "county", "--level", "province"]),
        [1, 3]
    );
    assert_eq!(numbers(&["tasks", "--level", "national"]), [0u64; 0]);

    let departments = cli::json(&["--plan", plan, "departments", "--level", "city"]);
    let ids: Vec<&str> = departments
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["civil-affairs", "finance-2"]);
    let finance = cli::json(&[
        "--plan",
        plan,
        "department",
        "finance",
        "--level",
        "province",
    ]);
    assert_eq!(
        (finance["name"].as_str(), &finance["led"]),
        (Some("省財政廳"), &json!([1]))
    );
    let all = cli::json(&["--plan", plan, "department", "finance"]);
    assert_eq!(all["organizations"], json!(["finance", "finance-2"]));
    assert_eq!(all["led"], json!([1, 2]));

    cli::refused(
        &["--plan", plan, "tasks", "--level", "federal"],
        &["--level", "federal", "national, province, city"],
    );
}

/// Validates each instance against the schema with Python's `jsonschema` (draft
/// 2020-12): the instances that fail, by index. `None` outside CI where python3 or
/// jsonschema is missing.
fn invalid(instances: &Value) -> Option<Vec<u64>> {
    let python = corpus::tool("python3")?;
    let script = r#"
import json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1], encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
instances = json.load(sys.stdin)
print(json.dumps([i for i, one in enumerate(instances) if not validator.is_valid(one)]))
"#;
    let mut child = Process::new(python)
        .args(["-c", script, SCHEMA])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(instances.to_string().as_bytes()).unwrap();
    }
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    if stderr.contains("No module named 'jsonschema'") {
        assert!(
            !corpus::is_ci(std::env::var_os("CI").as_deref()),
            "jsonschema is not installed, and CI is set (scripts/test.sh installs it)"
        );
        eprintln!("skipped: jsonschema not installed (run scripts/test.sh)");
        return None;
    }
    assert!(output.status.success(), "{stderr}");
    Some(serde_json::from_slice(&output.stdout).unwrap())
}

#[test]
fn real_records_validate_against_the_schema_which_deprecates_the_old_fields() {
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(SCHEMA).unwrap()).unwrap();
    let properties = &schema["properties"];
    for old in [
        "lead",
        "lead_name",
        "departments",
        "department_names",
        "lead_organization",
        "organizations",
        "lead_organizations",
    ] {
        assert_eq!(properties[old]["deprecated"], true, "{old}");
        assert!(
            properties[old]["description"]
                .as_str()
                .unwrap()
                .contains("parties"),
            "{old}"
        );
    }
    assert_eq!(properties["parties"].get("deprecated"), None);

    let temp = temp::TempDir::new("task-schema");
    let file = levels_file(&temp);
    let plan = file.to_str().unwrap();
    let mut instances: Vec<Value> = cli::json(&["tasks"]).as_array().unwrap().clone();
    instances.extend(
        cli::json(&["--plan", plan, "tasks"])
            .as_array()
            .unwrap()
            .clone(),
    );
    instances.push(cli::json(&["task", "23"]));
    instances.push(cli::json(&["--plan", plan, "task", "1"]));
    let count = instances.len();
    // Two that must not pass: one without its parties, one with a basis of no kind.
    let mut without = instances[0].clone();
    without.as_object_mut().unwrap().remove("parties");
    let mut unknown_basis = instances[0].clone();
    unknown_basis["parties"][0]["basis"] = json!("guess");
    instances.extend([without, unknown_basis]);
    let Some(failed) = invalid(&Value::Array(instances)) else {
        return;
    };
    assert_eq!(failed, [count as u64, count as u64 + 1]);
}

#[test]
fn the_guides_document_levels_parties_and_the_deprecation() {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |name: &str| std::fs::read_to_string(format!("{root}/docs/{name}")).unwrap();
    let cli = read("cli.md");
    for needed in [
        "`--level LEVEL`",
        "`parties`",
        "`lead_level`",
        "id:role:basis:level",
        "**deprecated**",
        "task-record.schema.json",
    ] {
        assert!(cli.contains(needed), "docs/cli.md: {needed}");
    }
    // Every field of a party, every level and every basis.
    for word in [
        "national", "province", "city", "county", "district", "township", "order", "label", "verb",
        "jointly", "rule",
    ] {
        assert!(cli.contains(&format!("`{word}`")), "docs/cli.md: {word}");
    }
    let schema: Value = serde_json::from_str(&read("task-record.schema.json")).unwrap();
    for (field, property) in schema["properties"].as_object().unwrap() {
        if property["deprecated"] == true {
            assert!(cli.contains(&format!("`{field}`")), "docs/cli.md: {field}");
        }
    }
    let json = read("json.md");
    assert!(json.contains("`national`") && json.contains("`rule`"));
    let render = read("render.md");
    for needed in [
        "data-level",
        "data-basis",
        "class=\"order\"",
        "(city, by order)",
        "by rule",
    ] {
        assert!(render.contains(needed), "docs/render.md: {needed}");
    }
    let python = read("python.md");
    for needed in [
        "level=",
        "`rule`",
        "`national`",
        "`level` (its organisation's level",
    ] {
        assert!(python.contains(needed), "docs/python.md: {needed}");
    }
}

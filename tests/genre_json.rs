//! The genre's plans through JSON: every fixture of `tests/fixtures/genre/` that reads
//! writes JSON that loads back to the same plan (its notes, roles, further lines and
//! spacing checked against the text as it loads), and a hand edit of any of those is
//! refused, naming the field.

use wuzhong_plan::{Error, Plan, Role, parse};

/// Every fixture, by name.
const FIXTURES: &[(&str, &str)] = &[
    (
        "cut-in-note",
        include_str!("fixtures/genre/cut-in-note.txt"),
    ),
    (
        "cut-mid-sentence",
        include_str!("fixtures/genre/cut-mid-sentence.txt"),
    ),
    (
        "digit-title",
        include_str!("fixtures/genre/digit-title.txt"),
    ),
    (
        "explanatory-notes",
        include_str!("fixtures/genre/explanatory-notes.txt"),
    ),
    (
        "group-paragraph",
        include_str!("fixtures/genre/group-paragraph.txt"),
    ),
    (
        "indented-ideographic",
        include_str!("fixtures/genre/indented-ideographic.txt"),
    ),
    (
        "indented-spaces",
        include_str!("fixtures/genre/indented-spaces.txt"),
    ),
    (
        "inline-notes",
        include_str!("fixtures/genre/inline-notes.txt"),
    ),
    (
        "joint-leads",
        include_str!("fixtures/genre/joint-leads.txt"),
    ),
    (
        "lead-then-responsible",
        include_str!("fixtures/genre/lead-then-responsible.txt"),
    ),
    (
        "lead-then-support",
        include_str!("fixtures/genre/lead-then-support.txt"),
    ),
    ("no-tasks", include_str!("fixtures/genre/no-tasks.txt")),
    (
        "notice-with-annex",
        include_str!("fixtures/genre/notice-with-annex.txt"),
    ),
    (
        "part-heading-with-lead",
        include_str!("fixtures/genre/part-heading-with-lead.txt"),
    ),
    (
        "responsibility-line",
        include_str!("fixtures/genre/responsibility-line.txt"),
    ),
    (
        "responsible-then-support",
        include_str!("fixtures/genre/responsible-then-support.txt"),
    ),
    (
        "running-numbers",
        include_str!("fixtures/genre/running-numbers.txt"),
    ),
    (
        "table-under-part",
        include_str!("fixtures/genre/table-under-part.txt"),
    ),
    (
        "unread-note",
        include_str!("fixtures/genre/unread-note.txt"),
    ),
    (
        "verb-note-traditional",
        include_str!("fixtures/genre/verb-note-traditional.txt"),
    ),
];

fn parsed(name: &str) -> Plan {
    let (_, text) = FIXTURES.iter().find(|(n, _)| *n == name).unwrap();
    parse(text).unwrap_or_else(|err| panic!("{name}: {err}"))
}

#[test]
fn every_fixture_loads_back_from_its_json() {
    for (name, text) in FIXTURES {
        let Ok(plan) = parse(text) else {
            // A table without parts is refused, and tested so in tests/genre.rs.
            continue;
        };
        let json = plan.to_json().unwrap();
        let loaded = Plan::from_json(&json).unwrap_or_else(|err| panic!("{name}: {err}"));
        assert_eq!(loaded, plan, "{name}");
        assert_eq!(loaded.to_text(), *text, "{name}");
        assert_eq!(loaded.diagnostics(), plan.diagnostics(), "{name}");
    }
}

/// The field named by the first problem loading `json` reports.
fn refused_field(json: &str) -> (String, String) {
    match Plan::from_json(json) {
        Err(Error::Invalid(problems)) => {
            let first = &problems[0];
            (first.node.clone(), first.field.clone())
        }
        other => panic!("expected the edit to be refused, got {other:?}"),
    }
}

#[test]
fn a_role_changed_by_hand_is_refused() {
    // 2.高新技术企业培育项目 …（牵头单位：市科技局，配合单位：市财政局、…）
    let plan = parsed("inline-notes");
    let json = plan.to_json().unwrap();
    let edited = json.replacen("\"role\": \"support\"", "\"role\": \"lead\"", 1);
    assert_ne!(edited, json);
    let (node, field) = refused_field(&edited);
    assert_eq!(node, "part-2/group-1/task-2");
    assert_eq!(field, "notes[0].parties[1]");
    let task = plan.task(2).unwrap();
    let role = task
        .responsible()
        .find(|p| p.quote == "市财政局")
        .map(|p| p.role);
    assert_eq!(role, Some(Role::Support));
}

#[test]
fn a_note_dropped_by_hand_is_refused() {
    let plan = parsed("inline-notes");
    let mut value: serde_json::Value = serde_json::from_str(&plan.to_json().unwrap()).unwrap();
    let task = &mut value["parts"][1]["groups"][0]["tasks"][0];
    assert_eq!(task["number"], 2);
    task.as_object_mut().unwrap().remove("notes");
    let (node, field) = refused_field(&value.to_string());
    assert_eq!(
        (node.as_str(), field.as_str()),
        ("part-2/group-1/task-2", "notes")
    );
}

#[test]
fn spacing_edited_by_hand_is_refused() {
    let plan = parsed("indented-spaces");
    let value: serde_json::Value = serde_json::from_str(&plan.to_json().unwrap()).unwrap();
    let blank = value["spacing"]["blank_lines"][0].clone();
    assert_eq!(blank["line"], 2, "line 2 of the fixture holds four spaces");
    assert_eq!(blank["text"], "    ");

    let mut edited = value.clone();
    edited["spacing"]["blank_lines"][0]["text"] = "x".into();
    assert_eq!(
        refused_field(&edited.to_string()),
        ("spacing".to_owned(), "spacing.blank_lines[0]".to_owned())
    );

    let mut edited = value.clone();
    edited["spacing"]["blank_lines"][1]["line"] = 2.into();
    assert_eq!(
        refused_field(&edited.to_string()),
        ("spacing".to_owned(), "spacing.blank_lines[1]".to_owned())
    );

    let mut edited = value;
    edited["spacing"]["indents"][0]["indent"] = "  x".into();
    assert_eq!(
        refused_field(&edited.to_string()),
        ("spacing".to_owned(), "spacing.indents[0]".to_owned())
    );
}

#[test]
fn a_prose_line_that_would_read_as_indentation_is_refused() {
    let plan = parsed("indented-spaces");
    let json = plan.to_json().unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["preamble"][0], "關於推進社區居家養老服務的實施方案");
    value["preamble"][0] = " 關於推進社區居家養老服務的實施方案".into();
    let edited = value.to_string();
    assert_ne!(edited, json);
    let Err(Error::Invalid(problems)) = Plan::from_json(&edited) else {
        panic!("a preamble line that begins with a space is accepted");
    };
    assert!(
        problems
            .iter()
            .any(|p| p.node == "preamble" && p.field == "preamble[0]"),
        "{problems:?}"
    );
}

/// A document of schema version 3, written before notes and roles, loads to the same
/// plan: its notes and roles are read from its text, and the mentions it has inside the
/// notes (which version 3 counted as mentions) are dropped.
#[test]
fn a_document_of_version_3_has_its_notes_and_roles_read_as_it_loads() {
    let plan = parsed("inline-notes");
    let mut value: serde_json::Value = serde_json::from_str(&plan.to_json().unwrap()).unwrap();
    value["schema_version"] = 3.into();
    let task = &mut value["parts"][1]["groups"][0]["tasks"][0];
    assert_eq!(task["number"], 2);
    let notes = task.as_object_mut().unwrap().remove("notes").unwrap();
    let mut mentions = Vec::new();
    for party in notes[0]["parties"].as_array().unwrap() {
        if party["department"] != "other" {
            mentions.push(serde_json::json!({
                "actor": party["department"],
                "quote": party["quote"],
                "span": party["span"],
            }));
        }
    }
    assert!(!mentions.is_empty());
    task["mentions"] = mentions.into();
    strip_roles(&mut value);
    let json = value.to_string();
    assert!(!json.contains("\"role\"") && !json.contains("\"basis\""));
    let loaded = Plan::from_json(&json).unwrap();
    assert_eq!(loaded, plan);
}

/// `value` without any `role` or `basis` member, as documents before version 4 were.
fn strip_roles(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.remove("role");
            map.remove("basis");
            map.values_mut().for_each(strip_roles);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_roles),
        _ => {}
    }
}

/// Every task of the JSON that has further responsibility lines.
fn tasks_with_further_lines(value: &mut serde_json::Value) -> Vec<&mut serde_json::Value> {
    let mut found = Vec::new();
    for part in value["parts"].as_array_mut().unwrap() {
        let part = part.as_object_mut().unwrap();
        let mut tasks: Vec<&mut serde_json::Value> = Vec::new();
        for (key, list) in part.iter_mut() {
            match key.as_str() {
                "tasks" => tasks.extend(list.as_array_mut().unwrap().iter_mut()),
                "groups" => {
                    for group in list.as_array_mut().unwrap() {
                        tasks.extend(group["tasks"].as_array_mut().unwrap().iter_mut());
                    }
                }
                _ => {}
            }
        }
        found.extend(
            tasks
                .into_iter()
                .filter(|t| t.get("further_responsibility").is_some()),
        );
    }
    found
}

#[test]
fn a_label_repeated_by_hand_is_refused() {
    // 牵头单位: then 配合单位: under each task.
    let plan = parsed("lead-then-support");
    let mut value: serde_json::Value = serde_json::from_str(&plan.to_json().unwrap()).unwrap();
    let mut tasks = tasks_with_further_lines(&mut value);
    let task = tasks.first_mut().expect("a task with a further line");
    let id = task["id"].as_str().unwrap().to_owned();
    let first = task["responsibility"]["label"].clone();
    assert_ne!(task["further_responsibility"][0]["label"], first);
    task["further_responsibility"][0]["label"] = first;
    let Err(Error::Invalid(problems)) = Plan::from_json(&value.to_string()) else {
        panic!("a repeated label is accepted");
    };
    assert!(
        problems
            .iter()
            .any(|p| p.node == id && p.field == "further_responsibility[0].label"),
        "{problems:?}"
    );
}

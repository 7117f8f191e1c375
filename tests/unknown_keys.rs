//! A key the schema does not have is refused in every object of the JSON, never dropped:
//! each hand edit of `data/plan.json` below adds or misspells a key in one kind of
//! object, and loading names the node, the key and the key that was probably meant.

use wuzhong_plan::{Error, PLAN_JSON, Plan};

/// `PLAN_JSON` with the first `from` after `anchor` replaced by `to`.
fn edit_after(anchor: &str, from: &str, to: &str) -> String {
    let at = PLAN_JSON
        .find(anchor)
        .unwrap_or_else(|| panic!("plan.json has {anchor}"));
    let (head, tail) = PLAN_JSON.split_at(at);
    assert!(tail.contains(from), "plan.json has {from} after {anchor}");
    format!("{head}{}", tail.replacen(from, to, 1))
}

/// The JSON error loading `json` gives: node, field and message.
fn refusal(json: &str) -> (Option<String>, Option<String>, String, String) {
    match Plan::from_json(json) {
        Err(err @ Error::Json { .. }) => {
            let shown = err.to_string();
            let Error::Json {
                node,
                field,
                message,
                ..
            } = err
            else {
                unreachable!()
            };
            (node, field, message, shown)
        }
        other => panic!("expected a JSON error, got {other:?}"),
    }
}

/// The 1-based line and column serde_json reports for a key: the line it stands on,
/// and the byte just past its closing quote.
fn position_of_key(json: &str, key_at: usize, key: &str) -> (usize, usize) {
    let before = &json[..key_at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, key_at - line_start + key.len() + 2)
}

/// Task 9 of the document: 9.健全住房保障體系, tagged housing.
const TASK_9: &str = "\"id\": \"part-2/group-1/task-9\"";

/// Loading `json` is refused with exactly the message for the unknown `key` (the first
/// after task 9's id), at its line and column, with `meant` suggested.
fn assert_refused_in_task_9(json: &str, key: &str, meant: &str) {
    let start = json.find(TASK_9).unwrap();
    let key_at = start + json[start..].find(&format!("\"{key}\"")).unwrap();
    let (line, column) = position_of_key(json, key_at, key);
    let err = Plan::from_json(json).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "invalid plan JSON at line {line}, column {column}, in `part-2/group-1/task-9`, \
             field `{key}`: unknown field `{key}`; did you mean `{meant}`?"
        )
    );
}

#[test]
fn a_task_whose_domains_are_renamed_domain_is_refused() {
    let json = edit_after(TASK_9, "\"domains\": [", "\"domain\": [");
    assert_refused_in_task_9(&json, "domain", "domains");
}

#[test]
fn a_misspelt_continuation_is_refused() {
    let json = edit_after(
        TASK_9,
        "\"title\": \"健全住房保障體系\",",
        "\"title\": \"健全住房保障體系\", \"continuaton\": [\"第二行。\"],",
    );
    assert_refused_in_task_9(&json, "continuaton", "continuation");
}

/// One hand edit per kind of object: where, what to change, and the node, field and
/// suggestion the refusal must give.
struct Case {
    anchor: &'static str,
    from: &'static str,
    to: &'static str,
    node: Option<&'static str>,
    field: &'static str,
    key: &'static str,
    meant: Option<&'static str>,
}

const CASES: &[Case] = &[
    // The metadata, and its period.
    Case {
        anchor: "\"metadata\"",
        from: "\"issuer\":",
        to: "\"isuer\":",
        node: None,
        field: "metadata.isuer",
        key: "isuer",
        meant: Some("issuer"),
    },
    Case {
        anchor: "\"metadata\"",
        from: "\"period\": {\"start\": 2021,",
        to: "\"period\": {\"begin\": 2021,",
        node: None,
        field: "metadata.period.begin",
        key: "begin",
        meant: None,
    },
    // The info box and one of its entries.
    Case {
        anchor: "\"info_box\"",
        from: "\"heading\":",
        to: "\"headings\":",
        node: None,
        field: "info_box.headings",
        key: "headings",
        meant: Some("heading"),
    },
    Case {
        anchor: "\"info_box\"",
        from: "{\"key\": \"頒布時間\",",
        to: "{\"key\": \"頒布時間\", \"note\": \"x\",",
        node: None,
        field: "info_box.entries[1].note",
        key: "note",
        meant: None,
    },
    // A part, a group, a task.
    Case {
        anchor: "\"id\": \"part-1\"",
        from: "\"paragraphs\":",
        to: "\"paragraph\":",
        node: Some("part-1"),
        field: "paragraph",
        key: "paragraph",
        meant: Some("paragraphs"),
    },
    Case {
        anchor: "\"id\": \"part-2/group-3\"",
        from: "\"brackets\":",
        to: "\"bracket\":",
        node: Some("part-2/group-3"),
        field: "bracket",
        key: "bracket",
        meant: Some("brackets"),
    },
    Case {
        anchor: "\"id\": \"part-2/group-1/task-9\"",
        from: "\"body\":",
        to: "\"bodi\":",
        node: Some("part-2/group-1/task-9"),
        field: "bodi",
        key: "bodi",
        meant: Some("body"),
    },
    // A responsibility line, one of its parties, the party's span.
    Case {
        anchor: "\"id\": \"part-2/group-1/task-9\"",
        from: "\"colon\": \":\",",
        to: "\"colon\": \":\", \"lead\": \"housing-urban-rural\",",
        node: Some("part-2/group-1/task-9"),
        field: "responsibility.lead",
        key: "lead",
        meant: None,
    },
    Case {
        anchor: "\"id\": \"part-2/group-1/task-9\"",
        from: "\"carried_prefix\": false,",
        to: "\"carried_prefix\": false, \"leads\": true,",
        node: Some("part-2/group-1/task-9"),
        field: "responsibility.parties[0].leads",
        key: "leads",
        meant: None,
    },
    Case {
        anchor: "\"id\": \"part-2/group-1/task-9\"",
        from: "\"span\": {\"start\": 0, \"end\": 27}",
        to: "\"span\": {\"start\": 0, \"ends\": 27}",
        node: Some("part-2/group-1/task-9"),
        field: "responsibility.parties[0].span.ends",
        key: "ends",
        meant: Some("end"),
    },
    // A mention of task 49.
    Case {
        anchor: "\"id\": \"part-3/task-49\"",
        from: "{\"actor\":",
        to: "{\"actors\":",
        node: Some("part-3/task-49"),
        field: "mentions[0].actors",
        key: "actors",
        meant: Some("actor"),
    },
    // A domain tag.
    Case {
        anchor: "\"id\": \"part-2/group-1/task-9\"",
        from: "{\"domain\": \"housing\",",
        to: "{\"domian\": \"housing\",",
        node: Some("part-2/group-1/task-9"),
        field: "domains[0].domian",
        key: "domian",
        meant: Some("domain"),
    },
    // A target's deadline (targets refused unknown keys already; their deadlines too).
    Case {
        anchor: "\"id\": \"p1.1\"",
        from: "\"end_of_year\":",
        to: "\"end_of_the_year\":",
        node: Some("p1.1"),
        field: "deadline.end_of_the_year",
        key: "end_of_the_year",
        meant: Some("end_of_year"),
    },
    // An organisation, and one of its other names.
    Case {
        anchor: "\"organizations\"",
        from: "\"classification\":",
        to: "\"classificaton\":",
        node: Some("education"),
        field: "classificaton",
        key: "classificaton",
        meant: Some("classification"),
    },
    Case {
        anchor: "\"organizations\"",
        from: "{\"name\": \"教育局\"}",
        to: "{\"names\": \"教育局\"}",
        node: Some("education"),
        field: "other_names[0].names",
        key: "names",
        meant: Some("name"),
    },
    // The layout.
    Case {
        anchor: "\"layout\"",
        from: "\"final_newline\":",
        to: "\"final_newlines\":",
        node: None,
        field: "layout.final_newlines",
        key: "final_newlines",
        meant: Some("final_newline"),
    },
];

#[test]
fn every_kind_of_object_refuses_an_unknown_key() {
    for case in CASES {
        let json = edit_after(case.anchor, case.from, case.to);
        let (node, field, message, shown) = refusal(&json);
        assert_eq!(node.as_deref(), case.node, "{shown}");
        assert_eq!(field.as_deref(), Some(case.field), "{shown}");
        assert!(
            message.starts_with(&format!("unknown field `{}`", case.key)),
            "{message}"
        );
        let place = match case.node {
            Some(node) => format!(", in `{node}`, field `{}`: ", case.field),
            None => format!(", field `{}`: ", case.field),
        };
        assert!(shown.contains(&place), "{shown}");
        match case.meant {
            Some(meant) => assert!(
                shown.ends_with(&format!(
                    "unknown field `{}`; did you mean `{meant}`?",
                    case.key
                )),
                "{shown}"
            ),
            // Nothing close: serde's list of the keys there are.
            None => assert!(shown.contains(", expected "), "{shown}"),
        }
    }
}

#[test]
fn a_misspelt_variant_is_suggested_too() {
    let json = edit_after(
        "\"id\": \"part-1\"",
        "\"kind\": \"objectives\"",
        "\"kind\": \"objective\"",
    );
    let (node, field, _, shown) = refusal(&json);
    assert_eq!(
        (node.as_deref(), field.as_deref()),
        (Some("part-1"), Some("kind"))
    );
    assert!(
        shown.ends_with("unknown variant `objective`; did you mean `objectives`?"),
        "{shown}"
    );
}

#[test]
fn the_document_itself_has_no_unknown_key() {
    assert!(Plan::from_json(PLAN_JSON).is_ok());
}

//! `Plan::validate` and the checks loading runs: for each invariant, a copy of the
//! embedded JSON edited by hand to break only that one, and the report that names it
//! (node id, field, fault). The edits are written from reading `data/plan.json` and the
//! source, the way a user would make them.

use wuzhong_plan::{Error, Invalid, InvalidKind, PLAN_JSON, Plan, SOURCE_TEXT, parse, plan};

/// The embedded JSON with the first `from` after `anchor` replaced by `to`.
fn edit_after(anchor: &str, from: &str, to: &str) -> String {
    edit_after_in(PLAN_JSON, anchor, from, to)
}

fn edit_after_in(json: &str, anchor: &str, from: &str, to: &str) -> String {
    let at = json
        .find(anchor)
        .unwrap_or_else(|| panic!("`{anchor}` is in the JSON"));
    let offset = json[at..]
        .find(from)
        .unwrap_or_else(|| panic!("`{from}` follows `{anchor}`"))
        + at;
    format!("{}{to}{}", &json[..offset], &json[offset + from.len()..])
}

/// Every broken invariant `json` is refused for.
fn problems(json: &str) -> Vec<Invalid> {
    match Plan::from_json(json) {
        Err(Error::Invalid(problems)) => problems,
        other => panic!("expected broken invariants, got {other:?}"),
    }
}

/// The one broken invariant `json` is refused for, with its message.
fn only(json: &str) -> (Invalid, String) {
    let mut found = problems(json);
    assert_eq!(found.len(), 1, "{found:#?}");
    let problem = found.remove(0);
    let message = Plan::from_json(json).unwrap_err().to_string();
    (problem, message)
}

fn node_and_field(problem: &Invalid) -> (&str, &str) {
    (problem.node.as_str(), problem.field.as_str())
}

#[test]
fn the_embedded_plan_and_the_parsed_source_are_valid() {
    assert_eq!(plan().validate(), Ok(()));
    assert_eq!(parse(SOURCE_TEXT).unwrap().validate(), Ok(()));
}

#[test]
fn task_numbers_run_from_1_without_gaps() {
    let json = edit_after(
        "\"id\": \"part-2/group-3/task-28\"",
        "\"number\": 28",
        "\"number\": 29",
    );
    let (problem, message) = only(&json);
    assert_eq!(
        node_and_field(&problem),
        ("part-2/group-3/task-28", "number")
    );
    assert_eq!(
        problem.kind,
        InvalidKind::OutOfSequence {
            expected: 28,
            found: 29
        }
    );
    assert!(
        message.contains("numbered 29, but its place makes it 28"),
        "{message}"
    );
    // Parts and groups count from 1 too.
    let json = edit_after(
        "\"id\": \"part-2/group-3\"",
        "\"number\": 3",
        "\"number\": 4",
    );
    let (problem, _) = only(&json);
    assert_eq!(node_and_field(&problem), ("part-2/group-3", "number"));
    let json = edit_after("\"id\": \"part-3\"", "\"number\": 3", "\"number\": 1");
    let (problem, _) = only(&json);
    assert_eq!(node_and_field(&problem), ("part-3", "number"));
}

#[test]
fn ids_are_the_ones_their_places_give() {
    let json = PLAN_JSON.replacen(
        "\"id\": \"part-2/group-3/task-28\"",
        "\"id\": \"part-2/group-3/task-280\"",
        1,
    );
    let (problem, message) = only(&json);
    assert_eq!(node_and_field(&problem), ("part-2/group-3/task-280", "id"));
    assert_eq!(
        problem.kind,
        InvalidKind::WrongId {
            expected: "part-2/group-3/task-28".into()
        }
    );
    assert!(
        message.contains("expected `part-2/group-3/task-28`"),
        "{message}"
    );
}

#[test]
fn ids_are_unique() {
    // Task 29 given task 28's id.
    let json = PLAN_JSON.replacen(
        "\"id\": \"part-2/group-3/task-29\"",
        "\"id\": \"part-2/group-3/task-28\"",
        1,
    );
    let (problem, message) = only(&json);
    assert_eq!(node_and_field(&problem), ("part-2/group-3/task-28", "id"));
    assert_eq!(
        problem.kind,
        InvalidKind::DuplicateId {
            id: "part-2/group-3/task-28".into(),
            expected: "part-2/group-3/task-29".into()
        }
    );
    assert!(
        message.contains("is the id of another node too"),
        "{message}"
    );
    // Task 23's second target given the first one's id.
    let json = PLAN_JSON.replacen("\"id\": \"t23.2\"", "\"id\": \"t23.1\"", 1);
    let (problem, _) = only(&json);
    assert_eq!(node_and_field(&problem), ("t23.1", "id"));
    assert!(
        matches!(problem.kind, InvalidKind::DuplicateId { ref expected, .. } if expected == "t23.2")
    );
}

#[test]
fn nodes_name_the_part_and_group_they_stand_in() {
    let anchor = "\"id\": \"part-2/group-3/task-28\"";
    let (problem, _) = only(&edit_after(anchor, "\"part\": 2", "\"part\": 3"));
    assert_eq!(node_and_field(&problem), ("part-2/group-3/task-28", "part"));
    let (problem, _) = only(&edit_after(anchor, "\"group\": 3", "\"group\": 2"));
    assert_eq!(
        node_and_field(&problem),
        ("part-2/group-3/task-28", "group")
    );
    let (problem, _) = only(&edit_after(
        "\"id\": \"part-2/group-3\"",
        "\"part\": 2",
        "\"part\": 1",
    ));
    assert_eq!(node_and_field(&problem), ("part-2/group-3", "part"));
    let json = PLAN_JSON.replacen("\"kind\": \"objectives\"", "\"kind\": \"key-tasks\"", 1);
    let (problem, _) = only(&json);
    assert_eq!(node_and_field(&problem), ("part-1", "kind"));
    // A target in task 26 (part 二) that says part 三.
    let (problem, message) = only(&edit_after(
        "\"id\": \"t26.1\"",
        "\"part\": 2",
        "\"part\": 3",
    ));
    assert_eq!(node_and_field(&problem), ("t26.1", "part"));
    assert!(
        message.contains("expected 2, the part its task stands in, found 3"),
        "{message}"
    );
}

#[test]
fn spans_lie_inside_their_text() {
    // Task 9's line is 市住房和城鄉建設局, 27 bytes; a span from byte 1 starts inside 市.
    let json = PLAN_JSON.replacen(
        r#""quote": "市住房和城鄉建設局", "span": {"start": 0,"#,
        r#""quote": "市住房和城鄉建設局", "span": {"start": 1,"#,
        1,
    );
    let (problem, _) = only(&json);
    assert_eq!(
        node_and_field(&problem),
        ("part-2/group-1/task-9", "responsibility.parties[0].span")
    );
    assert_eq!(
        problem.kind,
        InvalidKind::SpanOutsideText {
            start: 1,
            end: 27,
            len: 27,
            place: "the responsibility line".into()
        }
    );
    // A target's span past the end of task 26's body.
    let json = edit_after("\"id\": \"t26.1\"", "\"end\": 112", "\"end\": 100000");
    let (problem, _) = only(&json);
    assert_eq!(node_and_field(&problem), ("t26.1", "span"));
    assert!(matches!(
        problem.kind,
        InvalidKind::SpanOutsideText { end: 100000, .. }
    ));
    // The span of the words that date it, likewise.
    let json = edit_after(
        "\"id\": \"t26.1\"",
        "\"dated_by\": {\"start\": 77",
        "\"dated_by\": {\"start\": 78",
    );
    let (problem, _) = only(&json);
    assert_eq!(node_and_field(&problem), ("t26.1", "dated_by"));
    assert!(matches!(
        problem.kind,
        InvalidKind::SpanOutsideText { start: 78, .. }
    ));
}

#[test]
fn quotes_are_the_text_at_their_spans() {
    let json = edit_after(
        "\"id\": \"t26.1\"",
        "籌集租賃住房375套",
        "籌集租賃住房376套",
    );
    let (problem, message) = only(&json);
    assert_eq!(node_and_field(&problem), ("t26.1", "quote"));
    assert!(
        matches!(problem.kind, InvalidKind::QuoteNotAtSpan { ref found, .. } if found == "籌集租賃住房375套")
    );
    assert!(message.contains("task 26's body"), "{message}");
    // A mention of task 49 whose span no longer covers its quote (各 is 3 bytes).
    let mut value: serde_json::Value = serde_json::from_str(PLAN_JSON).unwrap();
    value["parts"][2]["tasks"][1]["mentions"][0]["span"]["start"] = 3.into();
    let (problem, _) = only(&value.to_string());
    assert_eq!(
        node_and_field(&problem),
        ("part-3/task-49", "mentions[0].quote")
    );
    // A domain tag whose words are not in its task.
    let json = PLAN_JSON.replacen(
        r#""domains": [{"domain": "education", "quote": "義務教育"}]"#,
        r#""domains": [{"domain": "education", "quote": "義務教育法"}]"#,
        1,
    );
    let (problem, _) = only(&json);
    assert_eq!(
        node_and_field(&problem),
        ("part-2/group-1/task-1", "domains[0].quote")
    );
}

#[test]
fn the_lead_is_the_first_body_of_the_line() {
    // Task 9's only party is its lead, 市住房和城鄉建設局; say 市民政局 leads instead.
    let json = PLAN_JSON.replacen(
        r#""department": "housing-urban-rural", "quote": "市住房和城鄉建設局", "span": {"start": 0, "end": 27}"#,
        r#""department": "civil-affairs", "quote": "市住房和城鄉建設局", "span": {"start": 0, "end": 27}"#,
        1,
    );
    let (problem, message) = only(&json);
    assert_eq!(
        node_and_field(&problem),
        (
            "part-2/group-1/task-9",
            "responsibility.parties[0].department"
        )
    );
    assert!(
        message.contains(
            "expected housing-urban-rural, the line's first body, which leads, found civil-affairs"
        ),
        "{message}"
    );
}

#[test]
fn the_other_parties_are_what_the_line_says() {
    // Task 7: 市民政局、住房和城鄉建設局、自然資源局,各縣(市、區). Its second party carries 市.
    let anchor = "\"id\": \"part-2/group-1/task-7\"";
    let json = edit_after(
        anchor,
        "\"carried_prefix\": true",
        "\"carried_prefix\": false",
    );
    let (problem, message) = only(&json);
    assert_eq!(
        node_and_field(&problem),
        ("part-2/group-1/task-7", "responsibility.parties[1]")
    );
    assert!(message.contains("carried prefix true"), "{message}");
}

#[test]
fn department_references_resolve() {
    // In a responsibility line: task 9's 市住房和城鄉建設局 becomes 市住房和城鄉建設部 (same
    // length), quote and all, which names no kind of body. Loading reads the line again:
    // its lead is a body of no known kind, so the party that still says
    // housing-urban-rural is refused, and so is the registry, which lacks that body.
    let json = PLAN_JSON
        .replacen(
            "\"text\": \"市住房和城鄉建設局\"",
            "\"text\": \"市住房和城鄉建設部\"",
            1,
        )
        .replacen(
            r#""quote": "市住房和城鄉建設局", "span": {"start": 0, "end": 27}"#,
            r#""quote": "市住房和城鄉建設部", "span": {"start": 0, "end": 27}"#,
            1,
        );
    let found = problems(&json);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert_eq!(
        node_and_field(&found[0]),
        (
            "part-2/group-1/task-9",
            "responsibility.parties[0].organization"
        )
    );
    assert!(
        found[0]
            .to_string()
            .contains("expected other-1, the organisation `市住房和城鄉建設部` names"),
        "{}",
        found[0]
    );
    assert_eq!(
        node_and_field(&found[1]),
        (
            "part-2/group-1/task-9",
            "responsibility.parties[0].department"
        )
    );
    assert!(
        found[1].to_string().contains(
            "expected other, the line's first body, which leads, found housing-urban-rural"
        ),
        "{}",
        found[1]
    );
    assert_eq!(found[2].node, "organizations");
    assert!(found[2].field.starts_with("organizations["), "{}", found[2]);
    assert!(
        found[2].to_string().contains("市住房和城鄉建設部"),
        "{}",
        found[2]
    );
    // In a party's department id: a JSON error, which names the node and field too.
    let json = PLAN_JSON.replacen(
        r#""department": "housing-urban-rural", "quote": "市住房和城鄉建設局""#,
        r#""department": "housing-urban", "quote": "市住房和城鄉建設局""#,
        1,
    );
    match Plan::from_json(&json).unwrap_err() {
        Error::Json {
            node,
            field,
            line,
            message,
            ..
        } => {
            assert_eq!(node.as_deref(), Some("part-2/group-1/task-9"));
            assert_eq!(
                field.as_deref(),
                Some("responsibility.parties[0].department")
            );
            let expected_line = PLAN_JSON[..PLAN_JSON
                .find("\"housing-urban-rural\", \"quote\": \"市住房和城鄉建設局\"")
                .unwrap()]
                .matches('\n')
                .count()
                + 1;
            assert_eq!(line, expected_line);
            assert!(message.contains("housing-urban"), "{message}");
        }
        other => panic!("expected a JSON error, got {other:?}"),
    }
}

#[test]
fn domain_and_task_references_resolve() {
    let json = PLAN_JSON.replacen(
        r#""domains": [{"domain": "education", "quote": "義務教育"}]"#,
        r#""domains": [{"domain": "schooling", "quote": "義務教育"}]"#,
        1,
    );
    let err = Plan::from_json(&json).unwrap_err();
    assert!(
        matches!(&err, Error::Json { node: Some(node), field: Some(field), .. }
            if node == "part-2/group-1/task-1" && field == "domains[0].domain"),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .contains("in `part-2/group-1/task-1`, field `domains[0].domain`"),
        "{err}"
    );
    // A target in a task the plan does not have.
    let (problem, _) = only(&edit_after(
        "\"id\": \"t26.1\"",
        "\"task\": 26",
        "\"task\": 99",
    ));
    assert_eq!(node_and_field(&problem), ("t26.1", "task"));
    assert_eq!(
        problem.kind,
        InvalidKind::NoSuchPlace {
            place: "task 99".into()
        }
    );
    // An objective in a paragraph part 一 does not have.
    let (problem, _) = only(&edit_after(
        "\"id\": \"p1.1\"",
        "\"paragraph\": 0",
        "\"paragraph\": 9",
    ));
    assert_eq!(node_and_field(&problem), ("p1.1", "paragraph"));
}

#[test]
fn deadlines_fall_inside_the_plan_period() {
    // Task 26's 到2025年 made 到2030年 (same length), and its target's deadline with it:
    // the words and the deadline agree, but 2030 is after the plan period.
    let body_anchor = "\"id\": \"part-2/group-2/task-26\"";
    let json = edit_after(body_anchor, "到2025年", "到2030年");
    let json = edit_after_in(
        &json,
        "\"id\": \"t26.1\"",
        "\"year\": 2025",
        "\"year\": 2030",
    );
    let (problem, message) = only(&json);
    assert_eq!(node_and_field(&problem), ("t26.1", "deadline.year"));
    assert!(matches!(
        problem.kind,
        InvalidKind::DeadlineOutOfRange { year: 2030, .. }
    ));
    assert!(
        message.contains("the deadline year 2030 is outside the plan period 2021–2025"),
        "{message}"
    );
    // A period of 十三五 puts every dated target outside it: a report per target. The
    // metadata's period is read from the title's “十四五”, so the edit breaks that too,
    // and that comes first.
    let json = PLAN_JSON.replacen(
        "\"period\": {\"start\": 2021, \"end\": 2025}",
        "\"period\": {\"start\": 2016, \"end\": 2020}",
        1,
    );
    let mut found = problems(&json);
    let dated = plan().targets().filter(|t| t.deadline.is_some()).count();
    assert_eq!(found.len(), dated + 1);
    let first = found.remove(0);
    assert_eq!(node_and_field(&first), ("metadata", "metadata.period"));
    assert!(first.to_string().contains("2021–2025"), "{first}");
    assert!(
        found.iter().all(|p| p.field == "deadline.year"
            && matches!(p.kind, InvalidKind::DeadlineOutOfRange { .. }))
    );
}

#[test]
fn deadlines_are_what_their_words_say() {
    let json = edit_after(
        "\"id\": \"t26.1\"",
        "\"end_of_year\": false",
        "\"end_of_year\": true",
    );
    let (problem, message) = only(&json);
    assert_eq!(node_and_field(&problem), ("t26.1", "dated_by"));
    assert!(message.contains("`到2025年`"), "{message}");
}

#[test]
fn targets_follow_the_text() {
    // Task 23's two targets listed the other way round, each renamed for its new place:
    // only the order is wrong.
    let entry = |id: &str| {
        let start = PLAN_JSON
            .find(&format!("{{\n      \"id\": \"{id}\""))
            .unwrap();
        let end = PLAN_JSON[start..].find("\n    }").unwrap() + start + "\n    }".len();
        (start, end)
    };
    let (a0, a1) = entry("t23.1");
    let (b0, b1) = entry("t23.2");
    assert_eq!(&PLAN_JSON[a1..b0], ",\n    ");
    let swapped = format!(
        "{}{}{}{}{}",
        &PLAN_JSON[..a0],
        PLAN_JSON[b0..b1].replace("\"t23.2\"", "\"t23.1\""),
        &PLAN_JSON[a1..b0],
        PLAN_JSON[a0..a1].replace("\"t23.1\"", "\"t23.2\""),
        &PLAN_JSON[b1..]
    );
    let (problem, _) = only(&swapped);
    assert_eq!(node_and_field(&problem), ("t23.2", "span"));
    assert_eq!(problem.kind, InvalidKind::OutOfOrder);
}

#[test]
fn every_broken_invariant_is_listed_in_document_order() {
    let json = edit_after(
        "\"id\": \"part-2/group-3/task-28\"",
        "\"number\": 28",
        "\"number\": 29",
    );
    let json = edit_after_in(&json, "\"id\": \"t26.1\"", "\"task\": 26", "\"task\": 99");
    let json = json.replacen("\"kind\": \"objectives\"", "\"kind\": \"key-tasks\"", 1);
    let found = problems(&json);
    let places: Vec<(&str, &str)> = found.iter().map(node_and_field).collect();
    assert_eq!(
        places,
        [
            ("part-1", "kind"),
            ("part-2/group-3/task-28", "number"),
            ("t26.1", "task"),
        ]
    );
    let message = Plan::from_json(&json).unwrap_err().to_string();
    assert!(
        message.starts_with("the plan breaks 3 invariants: `part-1`, field `kind`"),
        "{message}"
    );
    assert!(!message.contains('\n'), "one line: {message}");
}

#[test]
fn a_parsed_plan_leaves_out_commitments_dated_after_its_period() {
    // Task 26's 到2025年 made 到2035年: a long-range goal, not a target of a 十四五 plan.
    let task_26 = SOURCE_TEXT.find("\n26.").unwrap();
    let at = SOURCE_TEXT[task_26..].find("到2025年").unwrap() + task_26;
    let later = format!(
        "{}到2035年{}",
        &SOURCE_TEXT[..at],
        &SOURCE_TEXT[at + "到2025年".len()..]
    );
    let parsed = parse(&later).unwrap();
    assert_eq!(parsed.to_text(), later);
    assert_eq!(parsed.validate(), Ok(()));
    assert_eq!(parsed.targets_in_task(26).count(), 0);
    let earlier = format!(
        "{}到2024年{}",
        &SOURCE_TEXT[..at],
        &SOURCE_TEXT[at + "到2025年".len()..]
    );
    let parsed = parse(&earlier).unwrap();
    let years: Vec<u16> = parsed
        .targets_in_task(26)
        .filter_map(|t| t.deadline.map(|d| d.year))
        .collect();
    assert_eq!(years, [2024]);
}

#[test]
fn fields_are_what_the_text_can_carry_back() {
    use serde_json::{Value, json};
    // Each edit, made to the JSON as a tree, with the node and field it must be refused
    // for. Without these checks each loaded, and its text read back as another plan.
    fn task_one(plan: &mut Value) -> &mut Value {
        &mut plan["parts"][1]["groups"][0]["tasks"][0]
    }
    type Edit = fn(&mut Value);
    let cases: [(&str, Edit, &str, &str); 6] = [
        (
            "an empty task title",
            |plan| task_one(plan)["title"] = json!(""),
            "part-2/group-1/task-1",
            "title",
        ),
        (
            "a task title with 。",
            |plan| task_one(plan)["title"] = json!("最佳化。城鄉義務教育資源"),
            "part-2/group-1/task-1",
            "title",
        ),
        (
            "a body with a line break",
            |plan| {
                let body = task_one(plan)["body"]
                    .as_str()
                    .unwrap()
                    .replacen('。', "。\n", 1);
                task_one(plan)["body"] = json!(body);
            },
            "part-2/group-1/task-1",
            "body",
        ),
        (
            "an empty group title",
            |plan| plan["parts"][1]["groups"][0]["title"] = json!(""),
            "part-2/group-1",
            "title",
        ),
        (
            "a body that names 市民政局 without its mention",
            |plan| {
                let body = format!("{}市民政局", task_one(plan)["body"].as_str().unwrap());
                task_one(plan)["body"] = json!(body);
            },
            "part-2/group-1/task-1",
            "mentions",
        ),
        (
            "an issuer the info box does not give",
            |plan| plan["metadata"]["issuer"] = json!("吳忠市人民政府"),
            "metadata",
            "metadata.issuer",
        ),
    ];
    for (what, edit, node, field) in cases {
        let mut value: Value = serde_json::from_str(PLAN_JSON).unwrap();
        edit(&mut value);
        let found = problems(&value.to_string());
        assert_eq!(found.len(), 1, "{what}: {found:#?}");
        assert_eq!(node_and_field(&found[0]), (node, field), "{what}");
    }
}

/// The embedded JSON, edited as a tree by `edit`.
fn edited(edit: impl Fn(&mut serde_json::Value)) -> String {
    let mut value: serde_json::Value = serde_json::from_str(PLAN_JSON).unwrap();
    edit(&mut value);
    value.to_string()
}

/// A line of prose numbered in a style its document does not number its parts, groups
/// or tasks in (`①`, `（1）`), or standing where no part, group or task does (a notice
/// line `(一)`), is prose: it loads, and its text reads back with it where it was.
#[test]
fn prose_numbered_as_no_structure_where_it_stands_loads_and_reads_back() {
    for line in ["①甲。乙", "（1）甲。乙"] {
        let json = edited(|plan| {
            plan["parts"][1]["groups"][0]["tasks"][0]["continuation"] = serde_json::json!([line]);
        });
        let loaded = Plan::from_json(&json).unwrap_or_else(|err| panic!("{line}: {err}"));
        let again = parse(&loaded.to_text()).unwrap();
        assert_eq!(again.tasks().len(), 50, "{line}");
        assert_eq!(again.task(1).unwrap().continuation, [line]);
        assert_eq!(
            again.task(1).unwrap().responsibility,
            loaded.task(1).unwrap().responsibility
        );
    }
    let json = edited(|plan| plan["notice"].as_array_mut().unwrap().push("(一)甲".into()));
    let loaded = Plan::from_json(&json).unwrap();
    let again = parse(&loaded.to_text()).unwrap();
    assert_eq!(again.notice(), loaded.notice());
    assert_eq!(again.notice().last().map(String::as_str), Some("(一)甲"));
    assert_eq!(again.parts().len(), 3);
    assert_eq!(again.tasks().len(), 50);
}

/// A line of prose that its document's own levels read as a part or a task would not
/// read back as prose: the text would give another plan, so loading refuses it, as it
/// did before documents found their own levels.
#[test]
fn prose_that_its_document_reads_as_structure_is_refused() {
    // Task 1's continuation `2.甲。乙`: the plan's tasks are written `1.`, so the line
    // would read as a task.
    let json = edited(|plan| {
        plan["parts"][1]["groups"][0]["tasks"][0]["continuation"] = serde_json::json!(["2.甲。乙"]);
    });
    let found = problems(&json);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        node_and_field(&found[0]),
        ("part-2/group-1/task-1", "continuation")
    );
    assert!(
        matches!(found[0].kind, InvalidKind::ReadsBackOtherwise { .. }),
        "{found:#?}"
    );
    // A paragraph `二、甲` of part 1: the plan's parts are headed `一、`.
    let json = edited(|plan| {
        plan["parts"][0]["paragraphs"]
            .as_array_mut()
            .unwrap()
            .push("二、甲".into());
    });
    let found = problems(&json);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(node_and_field(&found[0]), ("part-1", "paragraphs"));
}

#[test]
fn the_registry_of_organisations_is_the_one_the_lines_give() {
    let edited = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut value: serde_json::Value = serde_json::from_str(PLAN_JSON).unwrap();
        edit(&mut value);
        problems(&value.to_string())
    };
    // An organisation renamed: the lines call 市財政局 nothing else.
    let found = edited(&|v| v["organizations"][2]["name"] = "市財政廳".into());
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].node.as_str(), found[0].field.as_str()),
        ("organizations", "organizations[2]")
    );
    assert!(found[0].to_string().contains("市財政局"), "{}", found[0]);
    // One left out, and one the lines do not name.
    let found = edited(&|v| {
        v["organizations"].as_array_mut().unwrap().pop();
    });
    assert_eq!(found[0].field, "organizations[28]");
    assert!(
        found[0].to_string().contains("nothing: the list ends"),
        "{}",
        found[0]
    );
    let found = edited(&|v| {
        let extra = serde_json::json!({"id": "public-security", "name": "市公安局"});
        v["organizations"].as_array_mut().unwrap().push(extra);
    });
    assert_eq!(found[0].field, "organizations[29]");
    // A party pointing at another organisation: task 1's 市委編辦 said to be 市教育局.
    let found = edited(&|v| {
        v["parts"][1]["groups"][0]["tasks"][0]["responsibility"]["parties"][1]["organization"] =
            "education".into();
    });
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].node.as_str(), found[0].field.as_str()),
        (
            "part-2/group-1/task-1",
            "responsibility.parties[1].organization"
        )
    );
    assert!(
        found[0]
            .to_string()
            .contains("expected public-sector-reform-office, the organisation `市委編辦` names"),
        "{}",
        found[0]
    );
}

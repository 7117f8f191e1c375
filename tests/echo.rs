//! What an error message or a diagnostic quotes of its input is bounded and visible: a
//! long input is cut (its length given), and control characters, ANSI escapes and
//! bidirectional overrides are written as escapes, while the error's fields and the plan
//! keep the input whole.

use wuzhong_plan::{Department, DiagnosticKind, Error, InvalidKind, PLAN_JSON, Plan, parse};

/// The most bytes a message may take: the fixed text of the longest messages below is
/// under 300 bytes, and what they quote under 300 more.
const MAX_MESSAGE: usize = 600;

/// The characters a message must not hold raw: control characters, the bidirectional
/// controls and the line separators.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// Panics unless `message` is bounded and shows every character.
fn assert_tame(message: &str) {
    assert!(
        message.len() < MAX_MESSAGE,
        "a message of {} bytes: {}…",
        message.len(),
        message.chars().take(300).collect::<String>()
    );
    assert!(
        !message.chars().any(is_hidden),
        "a raw control or bidirectional character in {message:?}"
    );
}

/// A small plan of the genre whose task 1 stands on line 3 and its responsibility
/// line on line 4.
fn plan_with(task: &str, responsibility: &str) -> String {
    format!("一、重點任務\n(一)推進\n{task}\n{responsibility}")
}

/// Digits no task number can be (more than 65535) are no task: the line is kept whole
/// as text, and the diagnostic that says so quotes it, and its number, cut short.
#[test]
fn ten_megabytes_of_digits_as_a_task_number() {
    let digits = "1".repeat(10_000_000);
    let line = format!("{digits}.標題。正文");
    let text = plan_with(&line, "責任部門:市教育局");
    let plan = parse(&text).unwrap();
    assert!(plan.to_text() == text, "the text does not render back");
    // With no `1.` task, `(一)推進` is the item the responsibility line follows: the
    // plan's one task, whose text the line continues.
    assert_eq!(plan.tasks().len(), 1);
    let task = plan.task(1).unwrap();
    assert_eq!(task.title, "推進");
    assert!(
        task.continuation == [line.as_str()],
        "the line is kept whole"
    );
    let [diagnostic] = plan.diagnostics() else {
        panic!("one diagnostic, got {}", plan.diagnostics().len());
    };
    assert_eq!(
        (diagnostic.line, diagnostic.kind),
        (3, DiagnosticKind::Unplaced)
    );
    let message = diagnostic.to_string();
    assert_tame(&message);
    assert!(
        message.contains(&format!(
            "`{}…` (10000000 characters) is not a task number",
            "1".repeat(80)
        )),
        "{message}"
    );
    // In JSON, a task number of ten million digits.
    let json = PLAN_JSON.replacen("\"number\": 9,", &format!("\"number\": {digits},"), 1);
    assert_tame(&Plan::from_json(&json).unwrap_err().to_string());
    let json = PLAN_JSON.replacen("\"number\": 9,", &format!("\"number\": \"{digits}\","), 1);
    let message = Plan::from_json(&json).unwrap_err().to_string();
    assert_tame(&message);
    assert!(message.contains("(10000000 characters)"), "{message}");
}

/// The one diagnostic of the plan `text` parses to, as it is printed.
fn only_diagnostic(text: &str) -> (usize, String) {
    let plan = parse(text).unwrap_or_else(|err| panic!("{err}"));
    let [diagnostic] = plan.diagnostics() else {
        panic!("one diagnostic, got {}", plan.diagnostics().len());
    };
    (diagnostic.line, diagnostic.to_string())
}

#[test]
fn a_department_name_of_three_million_characters() {
    // Read as a body of no known kind, reported on its line, the name cut short.
    let name = "市教育局".repeat(750_000);
    let (line, message) = only_diagnostic(&plan_with("1.標題。正文", &format!("責任部門:{name}")));
    assert_eq!(line, 4);
    assert_tame(&message);
    assert!(
        message.contains(&format!(
            "`{}…` (3000000 characters) is no kind of body this crate knows",
            "市教育局".repeat(20)
        )),
        "{message}"
    );
    // The same name looked up, and in a party of the JSON.
    let err = Department::lookup(&name).unwrap_err();
    assert!(matches!(&err, Error::UnknownDepartment { input, .. } if input == &name));
    assert_tame(&err.to_string());
    let json = PLAN_JSON.replacen(
        "\"department\": \"housing-urban-rural\"",
        &format!("\"department\": \"{name}\""),
        1,
    );
    assert_tame(&Plan::from_json(&json).unwrap_err().to_string());
}

#[test]
fn a_nul_after_a_name_is_shown() {
    let (line, message) = only_diagnostic(&plan_with("1.標題。正文", "責任部門:市教育局\0"));
    assert_eq!(line, 4);
    assert_tame(&message);
    assert!(
        message.contains("`市教育局\\0` is no kind of body this crate knows"),
        "{message}"
    );
}

#[test]
fn ansi_escapes_and_bidi_overrides_in_names_and_lines() {
    for hostile in [
        "\x1b[31m", "\u{202E}", "\u{2066}", "\u{200F}", "\u{061C}", "\r", "\u{7f}",
    ] {
        // In a responsibility line's name: a body of no known kind, or (a line break) a
        // line that does not fit.
        let line = format!("責任部門:市教育局{hostile}");
        match parse(&plan_with("1.標題。正文", &line)) {
            Ok(plan) => {
                assert!(!plan.diagnostics().is_empty(), "{hostile:?}");
                for diagnostic in plan.diagnostics() {
                    assert_tame(&diagnostic.to_string());
                }
            }
            Err(err) => assert_tame(&err.to_string()),
        }
        // In a line that opens like a task but is none (`01.`), kept as text and
        // quoted by its diagnostic; or (a line break) a text whose line endings mix.
        match parse(&plan_with(
            &format!("01.標題{hostile}。正文"),
            "責任部門:市教育局",
        )) {
            Ok(plan) => {
                let unplaced = plan
                    .diagnostics()
                    .iter()
                    .find(|d| d.kind == DiagnosticKind::Unplaced)
                    .unwrap_or_else(|| panic!("{hostile:?}: {:?}", plan.diagnostics()));
                assert_eq!(unplaced.line, 3, "{hostile:?}");
                for diagnostic in plan.diagnostics() {
                    assert_tame(&diagnostic.to_string());
                }
            }
            Err(err) => assert_tame(&err.to_string()),
        }
        // In JSON: a department id, a domain, a key, a string where a number goes.
        for (from, to) in [
            (
                "\"department\": \"housing-urban-rural\"",
                format!("\"department\": \"hou{hostile}sing\""),
            ),
            (
                "{\"domain\": \"housing\",",
                format!("{{\"domain\": \"hou{hostile}sing\","),
            ),
            ("\"number\": 9,", format!("\"number\": \"9{hostile}\",")),
            (
                "\"number\": 9,",
                format!("\"number\": 9, \"x{hostile}\": 1,"),
            ),
        ] {
            let json = PLAN_JSON.replacen(
                from,
                &to.replace('\x1b', "\\u001b")
                    .replace('\r', "\\r")
                    .replace('\u{7f}', "\\u007f"),
                1,
            );
            let err = Plan::from_json(&json).unwrap_err();
            assert_tame(&err.to_string());
        }
        // Raw in a JSON key, which serde_json refuses as it reads it.
        let json = PLAN_JSON.replacen(
            "\"number\": 9,",
            &format!("\"number\": 9, \"x{hostile}\": 1,"),
            1,
        );
        assert_tame(&Plan::from_json(&json).unwrap_err().to_string());
    }
    let (_, message) = only_diagnostic(&plan_with(
        "1.標題。正文",
        "責任部門:\x1b[31m市教育局\u{202E}",
    ));
    assert!(
        message.contains("`\\u{1b}[31m市教育局\\u{202e}` is no kind of body"),
        "{message}"
    );
}

#[test]
fn an_invalid_plan_quotes_its_ids_and_text_bounded() {
    // A target id of three million characters: its place gives `p1.1`.
    let id = "p".repeat(3_000_000);
    let json = PLAN_JSON.replacen("\"id\": \"p1.1\"", &format!("\"id\": \"{id}\u{202E}\""), 1);
    let Err(err @ Error::Invalid(_)) = Plan::from_json(&json) else {
        panic!("the id is refused");
    };
    let message = err.to_string();
    assert_tame(&message);
    let Error::Invalid(problems) = err else {
        unreachable!()
    };
    assert_eq!(
        problems[0].node,
        format!("{id}\u{202E}"),
        "the node keeps the id whole"
    );
    assert!(
        message.contains("(3000001 characters), field `id`"),
        "{message}"
    );

    // A title of three million characters, which the front matter does not give.
    let title = "題".repeat(3_000_000);
    let json = PLAN_JSON.replacen(
        "\"title\": \"吳忠市“十四五”公共服務發展實施方案\",\n    \"issuer\"",
        &format!("\"title\": \"{title}\\u0000\",\n    \"issuer\""),
        1,
    );
    let Err(Error::Invalid(problems)) = Plan::from_json(&json) else {
        panic!("the title is refused");
    };
    assert_eq!(problems[0].field, "metadata.title");
    assert!(matches!(problems[0].kind, InvalidKind::Mismatch { .. }));
    assert_tame(&problems[0].to_string());

    // A domain quote of three million characters, in no task.
    let quote = "住".repeat(3_000_000);
    let json = PLAN_JSON.replacen(
        "{\"domain\": \"housing\", \"quote\": \"住房保障體系\"}",
        &format!("{{\"domain\": \"housing\", \"quote\": \"{quote}\"}}"),
        1,
    );
    let Err(err @ Error::Invalid(_)) = Plan::from_json(&json) else {
        panic!("the quote is refused");
    };
    assert_tame(&err.to_string());
}

#[test]
fn a_long_line_that_reads_back_otherwise_is_quoted_bounded() {
    // A preamble line of a loaded plan that holds a line break, and a million
    // characters: the validation refuses it, and its message is bounded.
    let long = format!("長{}\\n長", "長".repeat(1_000_000));
    let json = PLAN_JSON.replacen(
        "\"preamble\": [\n",
        &format!("\"preamble\": [\n    \"{long}\",\n"),
        1,
    );
    let err = Plan::from_json(&json).expect_err("a line break in a line");
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    assert_tame(&err.to_string());
}

//! `--plan`: the command line answering about a plan read from a file or from standard
//! input, as text or as JSON; what its reading noticed, as warnings, and as errors under
//! `--strict`; and every file it cannot read, or that holds no plan (JSON that is not
//! one, a text that is empty, not UTF-8 or mixes its line endings), refused with one line
//! on stderr and the exit code of a usage or a data error.

#![cfg(feature = "cli")]

#[path = "common/cli.rs"]
mod command;
#[path = "common/temp.rs"]
mod temp;

use command::{cli, fails, json, numbers, ok};
use serde_json::Value;
use temp::TempDir;

/// A small plan of the genre, written for these tests: one key-tasks part, two groups,
/// three tasks, each with its responsibility line.
const SMALL_PLAN: &str = "一、重點任務
(一)兜牢民生底線
1.完善社會救助。健全分層分類的社會救助體系。
責任單位:市民政局、財政局
2.發展養老服務。新建社區養老服務站。
責任單位:市衛生健康委員會、民政局
(二)促進就業創業
3.擴大公益崗位。開發城鄉公益性崗位。
責任單位:市財政局、人力資源和社會保障局
";

/// The answers about `SMALL_PLAN` read from `file`, checked against the text above.
fn small_plan_answers(file: &str) -> Vec<String> {
    let lead = |name: &str| numbers(&json(&["--plan", file, "tasks", "--lead", name]));
    // 市民政局 is listed first for task 1 only, 市財政局 for task 3, and
    // 市衛生健康委員會 for task 2; 市人力資源和社會保障局 leads nothing.
    assert_eq!(lead("民政局"), [1]);
    assert_eq!(lead("civil-affairs"), [1]);
    assert_eq!(lead("財政局"), [3]);
    assert_eq!(lead("市卫生健康委员会"), [2]);
    assert_eq!(lead("人力資源和社會保障局"), Vec::<u64>::new());
    let involving = json(&["--plan", file, "tasks", "--involving", "民政局"]);
    assert_eq!(numbers(&involving), [1, 2]);
    let group = json(&["--plan", file, "tasks", "--group", "二"]);
    assert_eq!(numbers(&group), [3]);

    let task = json(&["--plan", file, "task", "2"]);
    assert_eq!(task["number"], 2);
    assert_eq!(task["id"], "part-1/group-1/task-2");
    assert_eq!(task["part"], 1);
    assert_eq!(task["group"], 1);
    assert_eq!(task["title"], "發展養老服務");
    assert_eq!(task["body"], "新建社區養老服務站。");
    assert_eq!(task["lead"], "health");
    assert_eq!(task["lead_name"], "市衛生健康委員會");
    assert_eq!(
        task["departments"],
        serde_json::json!(["health", "civil-affairs"])
    );
    assert_eq!(task["responsibility"], "市衛生健康委員會、民政局");
    fails(
        2,
        &["--plan", file, "task", "4"],
        &["no task 4", "the plan has tasks 1 to 3"],
    );

    // In the order the plan first names them: 民政局 leads 1 and supports 2; 財政局 leads
    // 3 and supports 1; 衛生健康委員會 leads 2; 人力資源和社會保障局 supports 3.
    let departments = json(&["--plan", file, "departments"]);
    let loads: Vec<(&str, u64, u64)> = departments
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap(),
                d["led"].as_u64().unwrap(),
                d["supporting"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        loads,
        [
            ("civil-affairs", 1, 1),
            ("finance", 1, 1),
            ("health", 1, 0),
            ("human-resources-social-security", 0, 1),
        ]
    );
    let civil = json(&["--plan", file, "department", "民政局"]);
    assert_eq!(civil["led"], serde_json::json!([1]));
    assert_eq!(civil["supporting"], serde_json::json!([2]));

    let text = cli().args(["--plan", file, "text"]).output().unwrap();
    assert!(text.status.success());
    assert_eq!(String::from_utf8(text.stdout).unwrap(), SMALL_PLAN);

    // Every answer, as the other encoding of the plan must give it too.
    [
        &["tasks"][..],
        &["tasks", "--format", "csv"],
        &["task", "1"],
        &["targets"],
        &["departments", "--format", "table"],
        &["department", "財政局"],
        &["domains"],
        &["text"],
    ]
    .iter()
    .map(|args| {
        let mut with_plan = vec!["--plan", file];
        with_plan.extend(*args);
        ok(&with_plan)
    })
    .collect()
}

#[test]
fn plan_from_a_text_file_and_from_its_json() {
    let dir = TempDir::new("wuzhong-plan-cli");
    let text_file = dir.file("small.txt", SMALL_PLAN);
    let text_file = text_file.to_str().unwrap();
    let from_text = small_plan_answers(text_file);

    let json = ok(&["--plan", text_file, "json"]);
    assert!(
        json.ends_with("}\n"),
        "one final newline, as data/plan.json"
    );
    let value: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        value["parts"][0]["groups"][1]["tasks"][0]["title"],
        "擴大公益崗位"
    );
    let json_file = dir.file("small.json", &json);
    let json_file = json_file.to_str().unwrap();
    assert_eq!(small_plan_answers(json_file), from_text);
    assert_eq!(ok(&["--plan", json_file, "json"]), json);

    // The option may stand after the subcommand too.
    assert_eq!(
        ok(&["tasks", "--plan", json_file, "--lead", "財政局"]),
        ok(&["--plan", text_file, "tasks", "--lead", "財政局"])
    );
}

/// JSON or text is told by the first character other than whitespace, after a UTF-8
/// byte-order mark.
#[test]
fn plan_file_kind_is_told_by_its_content() {
    let dir = TempDir::new("wuzhong-plan-cli");
    let json = ok(&[
        "--plan",
        dir.file("a.txt", SMALL_PLAN).to_str().unwrap(),
        "json",
    ]);
    let expected = ok(&[
        "--plan",
        dir.file("b.json", &json).to_str().unwrap(),
        "tasks",
    ]);
    for (name, content) in [
        ("json-named.txt", json.clone()),
        ("bom.json", format!("\u{feff}{json}")),
        ("spaced.json", format!("\n \t\r\n{json}")),
        ("bom.txt", format!("\u{feff}{SMALL_PLAN}")),
        ("text-named.json", SMALL_PLAN.to_owned()),
    ] {
        let file = dir.file(name, content);
        assert_eq!(
            ok(&["--plan", file.to_str().unwrap(), "tasks"]),
            expected,
            "{name}"
        );
    }
    // A text keeps its mark: `text` prints it back, and so does the text of its JSON.
    let marked = format!("\u{feff}{SMALL_PLAN}");
    let bom = dir.file("bom.txt", &marked);
    assert_eq!(ok(&["--plan", bom.to_str().unwrap(), "text"]), marked);
    let bom_json = dir.file(
        "bom-text.json",
        ok(&["--plan", bom.to_str().unwrap(), "json"]),
    );
    assert_eq!(ok(&["--plan", bom_json.to_str().unwrap(), "text"]), marked);
}

/// The published text through `--plan` gives what the embedded plan gives: 市民政局 is
/// listed first for tasks 7, 8, 14, 15, 23, 24, 25, 30, 39 and 42.
#[test]
fn plan_from_the_published_text_and_json() {
    let root = env!("CARGO_MANIFEST_DIR");
    let source = format!("{root}/data/source.txt");
    let led = json(&["--plan", &source, "tasks", "--lead", "民政局"]);
    assert_eq!(numbers(&led), [7, 8, 14, 15, 23, 24, 25, 30, 39, 42]);
    assert_eq!(
        ok(&["--plan", &source, "text"]).as_bytes(),
        std::fs::read(&source).unwrap()
    );
    let plan_json = format!("{root}/data/plan.json");
    assert_eq!(
        ok(&["--plan", &plan_json, "json"]).as_bytes(),
        std::fs::read(&plan_json).unwrap()
    );
    assert_eq!(ok(&["--plan", &plan_json, "domains"]), ok(&["domains"]));
}

/// A `--plan` that names no readable file is a usage error (exit code 2).
#[test]
fn plan_file_that_cannot_be_read_is_a_usage_error() {
    let dir = TempDir::new("wuzhong-plan-cli");
    let missing = dir.0.join("missing.json");
    let missing = missing.to_str().unwrap();
    fails(
        2,
        &["--plan", missing, "tasks"],
        &[&format!("{missing}: no such file"), "--plan"],
    );
    // A directory is a corpus of many plans (tests/cli_corpus.rs); one holding no file
    // is a usage error.
    let directory = dir.0.to_str().unwrap();
    fails(
        2,
        &["--plan", directory, "text"],
        &["--plan: no file to read was found"],
    );
    fails(2, &["--plan", "", "tasks"], &["--plan"]);
    fails(2, &["tasks", "--plan"], &["--plan"]);
}

#[cfg(unix)]
#[test]
fn plan_file_without_permission_is_a_usage_error() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = TempDir::new("wuzhong-plan-cli");
    let file = dir.file("locked.txt", SMALL_PLAN);
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&file).is_ok() {
        // Running as root: permissions do not stop a read, so there is nothing to test.
        return;
    }
    let file = file.to_str().unwrap();
    fails(
        2,
        &["--plan", file, "tasks"],
        &[&format!("{file}: permission denied")],
    );
}

/// A readable file that holds no plan is a data error (exit code 1), named with the
/// file, line and column where there are some.
#[test]
fn plan_file_that_is_not_a_plan_is_a_data_error() {
    let dir = TempDir::new("wuzhong-plan-cli");

    // "一、重點任務\n" is 19 bytes, "(一)組\n" 9 and "1.甲。乙" 11: the bad byte is at 39.
    let latin1 = dir.file("latin1.txt", b"\xe4\xb8\x80\xe3\x80\x81\xe9\x87\x8d\xe9\xbb\x9e\xe4\xbb\xbb\xe5\x8b\x99\n(\xe4\xb8\x80)\xe7\xb5\x84\n1.\xe7\x94\xb2\xe3\x80\x82\xe4\xb9\x99\xff\n");
    assert!(
        std::fs::read_to_string(&latin1).unwrap_err().kind() == std::io::ErrorKind::InvalidData
    );
    let latin1 = latin1.to_str().unwrap();
    fails(
        1,
        &["--plan", latin1, "tasks"],
        &[&format!("{latin1}:3: not UTF-8"), "0xFF", "byte offset 39"],
    );

    let malformed = dir.file("malformed.json", "{\n  \"schema_version\": 1,\n  oops\n}\n");
    let malformed = malformed.to_str().unwrap();
    fails(
        1,
        &["--plan", malformed, "tasks"],
        &[&format!("{malformed}:3:3: "), "JSON"],
    );

    // Well-formed JSON with a task whose id is not the one its place gives.
    let root = env!("CARGO_MANIFEST_DIR");
    let embedded = std::fs::read_to_string(format!("{root}/data/plan.json")).unwrap();
    let renamed = "\"part-2/group-1/task-70\"";
    let broken = embedded.replacen("\"part-2/group-1/task-7\"", renamed, 1);
    assert_ne!(broken, embedded);
    let broken = dir.file("broken.json", broken);
    let broken = broken.to_str().unwrap();
    fails(
        1,
        &["--plan", broken, "tasks"],
        &[&format!("{broken}: "), "task-70"],
    );

    // A key with a line break in it: the message stays on one line.
    let key = dir.file("key.json", "{\"a\\nb\": 1}");
    let key = key.to_str().unwrap();
    fails(1, &["--plan", key, "json"], &[&format!("{key}:1:")]);

    // A text is refused for what makes it no text of the genre, never for its shape:
    // here line 2 ends with `\r\n` where line 1 ends with `\n`.
    let mixed = dir.file("mixed.txt", "一、重點任務\n(一)組\r\n1.甲。乙\n");
    let mixed = mixed.to_str().unwrap();
    fails(
        1,
        &["--plan", mixed, "text"],
        &[&format!("{mixed}:2: "), "the line ends with `\\r\\n`"],
    );

    let empty = dir.file("empty.txt", "");
    let empty = empty.to_str().unwrap();
    fails(
        1,
        &["--plan", empty, "tasks"],
        &[&format!("{empty}:1: "), "empty"],
    );
}

/// A plan as text is at most 16 MiB and a plan as JSON, a web page or a Word file at most 256 MiB, whether the size
/// shows before reading or not; the messages name both limits.
/// A text whose lines do not all fit its structure is read, each line that does not
/// kept as text with a warning on its line; `--strict` makes the warnings errors, exit
/// code 1, and prints no answer.
#[test]
fn plan_file_with_a_line_that_does_not_fit_is_read_and_strict_refuses_it() {
    let dir = TempDir::new("wuzhong-plan-cli");
    // Tasks numbered 1 and 3, as written; a second `責任單位:` line for task 3 (line 7),
    // which is kept as text after the first.
    let text = "一、重點任務\n(一)組\n1.甲。乙。\n責任單位:市民政局\n3.丙。丁。\n責任單位:市財政局\n責任單位:市教育局\n";
    let file = dir.file("plan.txt", text);
    let file = file.to_str().unwrap();
    let output = cli().args(["--plan", file, "text"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8(output.stdout).unwrap(), text);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.is_empty());
    for line in stderr.lines() {
        assert!(
            line.starts_with(&format!("warning: {file}:7: ")),
            "{stderr}"
        );
    }
    let output = cli()
        .args(["--plan", file, "tasks", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let tasks: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(numbers(&tasks), [1, 2]);
    assert_eq!(tasks[1]["title"], "丙");

    let output = cli()
        .args(["--strict", "--plan", file, "tasks"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with(&format!("error: {file}:7: ")),
        "{stderr}"
    );
    assert!(!stderr.contains("warning: "), "{stderr}");
}

#[test]
fn plan_file_over_the_size_limit_is_a_data_error() {
    const TEXT_LIMIT: u64 = 16 * 1024 * 1024;
    const JSON_LIMIT: u64 = 256 * 1024 * 1024;
    let dir = TempDir::new("wuzhong-plan-cli");
    let sparse = |name: &str, len: u64| {
        let path = dir.0.join(name);
        std::fs::File::create(&path).unwrap().set_len(len).unwrap();
        path.to_str().unwrap().to_owned()
    };
    // NUL bytes are no `{`: the file is text.
    let huge = sparse("huge.txt", TEXT_LIMIT + 1);
    fails(
        1,
        &["--plan", &huge, "tasks"],
        &[
            &format!("{huge}: "),
            "as text",
            "16777217 bytes",
            "16 MiB",
            "256 MiB",
        ],
    );
    let huger = sparse("huger.json", JSON_LIMIT + 1);
    fails(
        1,
        &["--plan", &huger, "tasks"],
        &[
            &format!("{huger}: "),
            "268435457 bytes",
            "16 MiB",
            "256 MiB",
        ],
    );
    // Standard input has no size to show: it is read up to the limit and no further.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_wuzhong-plan"))
        .args(["--plan", "-", "tasks"])
        .stdin(std::fs::File::open(&huge).unwrap())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("error: (standard input): ")
            && stderr.contains("more than 16777216 bytes"),
        "{stderr}"
    );
}

/// JSON over the 16 MiB limit for text is read: here the published plan's JSON after
/// 17 MiB of white space, which is still JSON.
#[test]
fn plan_as_json_may_be_larger_than_a_plan_as_text() {
    let root = env!("CARGO_MANIFEST_DIR");
    let json = std::fs::read_to_string(format!("{root}/data/plan.json")).unwrap();
    let dir = TempDir::new("wuzhong-plan-cli");
    let padded = dir.file("padded.json", format!("{}{json}", " ".repeat(17 << 20)));
    assert_eq!(
        ok(&["--plan", padded.to_str().unwrap(), "domains"]),
        ok(&["domains"])
    );
}

/// A text plan of many tasks, each with a responsibility line and two targets.
fn generated_plan(tasks: usize) -> String {
    let mut text = String::from("一、重點任務\n(一)推進\n");
    for n in 1..=tasks {
        text.push_str(&format!(
            "{n}.建設服務設施。到2025年,建成{}所學校,覆蓋率達到95%。\n責任單位:市民政局、財政局\n",
            n % 90 + 1
        ));
    }
    text
}

/// Every plan the command line reads as text, it can read back as the JSON `json`
/// prints: here a text of about 1.3 MB whose JSON is over 16 MiB, the limit for text.
#[test]
fn a_text_plan_whose_json_is_over_16_mib_round_trips() {
    let text = generated_plan(11_000);
    let dir = TempDir::new("wuzhong-plan-cli");
    let text_file = dir.file("big.txt", &text);
    let json = cli()
        .args(["--plan", text_file.to_str().unwrap(), "json"])
        .output()
        .unwrap();
    assert!(
        json.status.success(),
        "{}",
        String::from_utf8_lossy(&json.stderr)
    );
    assert!(json.stdout.len() > 16 << 20, "{} bytes", json.stdout.len());
    let json_file = dir.file("big.json", &json.stdout);
    let again = cli()
        .args(["--plan", json_file.to_str().unwrap(), "text"])
        .output()
        .unwrap();
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert!(
        again.stdout == text.as_bytes(),
        "the text came back changed"
    );
}

/// `--plan -` reads the plan from standard input, JSON or text as a file is read.
#[test]
fn plan_from_standard_input() {
    let from_stdin = |input: &str, args: &[&str]| {
        let output = cli().args(args).write_stdin(input).output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    let dir = TempDir::new("wuzhong-plan-cli");
    let file = dir.file("small.txt", SMALL_PLAN);
    let file = file.to_str().unwrap();
    let expected = ok(&["--plan", file, "tasks"]);
    assert_eq!(from_stdin(SMALL_PLAN, &["--plan", "-", "tasks"]), expected);
    let json = ok(&["--plan", file, "json"]);
    assert_eq!(from_stdin(&json, &["tasks", "--plan", "-"]), expected);
    assert_eq!(from_stdin(SMALL_PLAN, &["--plan", "-", "text"]), SMALL_PLAN);
    let output = cli()
        .args(["--plan", "-", "tasks"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("error: (standard input):1: ") && stderr.contains("empty"),
        "{stderr}"
    );
}

/// Runs the binary to its end, or fails the test after a minute (killing it): a guard
/// against a hang, not a measure of speed. The binary answers at once (a blocked open
/// of the FIFO would never end), so the deadline is as long as a loaded machine could
/// need to start a process.
#[cfg(unix)]
fn within_a_minute(mut child: std::process::Child) -> std::process::Output {
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("still running after a minute");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    child.wait_with_output().unwrap()
}

/// `--plan` reads regular files only: a FIFO with no writer, a socket or a device is a
/// usage error naming what it is, found before the file is opened (opening a FIFO waits
/// for a writer).
#[cfg(unix)]
#[test]
fn plan_file_that_is_not_a_regular_file_is_a_usage_error() {
    use std::process::Stdio;
    let dir = TempDir::new("wuzhong-plan-cli");
    let fifo = dir.0.join("fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success(), "mkfifo failed");
    let fifo = fifo.to_str().unwrap();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_wuzhong-plan"))
        .args(["--plan", fifo, "tasks"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let output = within_a_minute(child);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "error: {fifo}: is a FIFO (named pipe), not a regular file"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("`-` for standard input"), "{stderr}");

    let socket = dir.0.join("socket");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let socket = socket.to_str().unwrap();
    fails(
        2,
        &["--plan", socket, "tasks"],
        &[&format!("{socket}: is a socket, not a regular file")],
    );
    for device in ["/dev/zero", "/dev/null"] {
        if std::path::Path::new(device).exists() {
            fails(
                2,
                &["--plan", device, "tasks"],
                &[&format!(
                    "{device}: is a character device, not a regular file"
                )],
            );
        }
    }
    // A link to a regular file is that file.
    let target = dir.file("small.txt", SMALL_PLAN);
    let link = dir.0.join("link.txt");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    assert_eq!(ok(&["--plan", link.to_str().unwrap(), "text"]), SMALL_PLAN);
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_written_as_path_display_shows_it() {
    use std::os::unix::ffi::OsStrExt as _;
    let name = std::ffi::OsStr::from_bytes(b"plan\xff\xfe.txt");
    let output = cli().arg("--plan").arg(name).arg("tasks").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("error: plan\u{fffd}\u{fffd}.txt: no such file"),
        "{stderr}"
    );
}

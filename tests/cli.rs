//! The `wuzhong-plan` command line, run as a user runs it: every subcommand in every
//! format, its JSON and CSV parsed back, every bad input refused with one line on
//! stderr, exit code 2 and nothing on stdout, and its standard streams closed or full.
//! Expectations are read from the source. Plans read with `--plan` are tested in
//! `tests/cli_plan_file.rs`, the targets and the text search in `tests/cli_targets.rs`.

#![cfg(feature = "cli")]

#[path = "common/cli.rs"]
mod command;

use command::{cli, csv, fails, json, numbers, ok, refused};
use serde_json::Value;

const FORMATS: [&str; 4] = ["table", "json", "csv", "markdown"];

#[test]
fn every_listing_prints_in_every_format() {
    let listings: [&[&str]; 7] = [
        &["tasks"],
        &["task", "23"],
        &["targets"],
        &["target", "t26.1"],
        &["departments"],
        &["department", "民政局"],
        &["domains"],
    ];
    for args in listings {
        for format in FORMATS {
            let mut with_format = args.to_vec();
            with_format.extend(["--format", format]);
            let out = ok(&with_format);
            assert!(out.ends_with('\n'), "{with_format:?}");
            match format {
                "json" => {
                    serde_json::from_str::<Value>(&out).unwrap();
                }
                "csv" => {
                    let (header, rows) = csv(args);
                    assert!(!header.is_empty() && !rows.is_empty(), "{args:?}");
                    assert!(rows.iter().all(|r| r.len() == header.len()));
                }
                "markdown" => {
                    // One table, or (a task's, a department's) several, a blank line
                    // between each.
                    for table in out.split("\n\n") {
                        let mut lines = table.lines();
                        assert!(lines.next().unwrap().starts_with("| "), "{with_format:?}");
                        assert!(lines.next().unwrap().starts_with("|---|"));
                        assert!(lines.all(|l| l.starts_with("| ") && l.ends_with(" |")));
                    }
                }
                _ => assert!(out.lines().count() > 1, "{with_format:?}"),
            }
        }
    }
}

#[test]
fn text_and_json_are_the_embedded_files_byte_for_byte() {
    let root = env!("CARGO_MANIFEST_DIR");
    let source = std::fs::read(format!("{root}/data/source.txt")).unwrap();
    let json = std::fs::read(format!("{root}/data/plan.json")).unwrap();
    assert_eq!(cli().arg("text").output().unwrap().stdout, source);
    assert_eq!(cli().arg("json").output().unwrap().stdout, json);
}

/// 市民政局 is the first body listed for tasks 7, 8, 14, 15, 23, 24, 25, 30, 39 and 42.
#[test]
fn tasks_led_by_any_form_of_a_name() {
    let full = ok(&["tasks", "--lead", "市民政局", "--format", "json"]);
    for form in [
        "民政局",
        "civil-affairs",
        "Civil Affairs Bureau",
        "吳忠市民政局",
    ] {
        assert_eq!(
            ok(&["tasks", "--lead", form, "--format", "json"]),
            full,
            "{form}"
        );
    }
    let tasks: Value = serde_json::from_str(&full).unwrap();
    assert_eq!(numbers(&tasks), [7, 8, 14, 15, 23, 24, 25, 30, 39, 42]);
    // Simplified: 市卫生健康委员会 leads 3, 4, 17, 18, 22, 28, 29, 36.
    let health = json(&["tasks", "--lead", "市卫生健康委员会"]);
    assert_eq!(numbers(&health), [3, 4, 17, 18, 22, 28, 29, 36]);
}

#[test]
fn task_json_has_the_documented_fields() {
    let tasks = json(&["tasks", "--lead", "民政局", "--domain", "elderly-care"]);
    let first = &tasks[0];
    for field in ["number", "id", "title", "lead", "departments", "domains"] {
        assert!(first.get(field).is_some(), "task lacks `{field}`");
    }
    // 7.繼續加強公辦養老機構建設 … 責任單位:市民政局、住房和城鄉建設局、自然資源局,各縣(市、區)
    assert_eq!(first["number"], 7);
    assert_eq!(first["id"], "part-2/group-1/task-7");
    assert_eq!(first["title"], "繼續加強公辦養老機構建設");
    assert_eq!(first["lead"], "civil-affairs");
    assert_eq!(first["lead_name"], "市民政局");
    assert_eq!(
        first["department_names"],
        serde_json::json!([
            "市民政局",
            "市住房和城鄉建設局",
            "市自然資源局",
            "各縣(市、區)"
        ])
    );
    assert!(
        first["domains"]
            .as_array()
            .unwrap()
            .contains(&"elderly-care".into())
    );

    let task = json(&["task", "48"]);
    assert_eq!(
        task["lead"],
        Value::Null,
        "task 48 has no responsibility line"
    );
    assert_eq!(task["departments"], serde_json::json!([]));
    assert_eq!(task["domains"].as_array().unwrap().len(), 9);
    assert!(task["body"].as_str().unwrap().contains("80項基本公共服務"));
}

#[test]
fn target_json_has_the_documented_fields() {
    // 到2023年底,全市新建城區、新建居住(小)區配套建設養老服務設施的配建率達到100%。
    let targets = json(&["targets", "--due-by", "2023"]);
    let targets = targets.as_array().unwrap();
    assert_eq!(targets.len(), 1);
    let target = &targets[0];
    for field in ["id", "task", "quote", "kind", "value", "unit", "deadline"] {
        assert!(target.get(field).is_some(), "target lacks `{field}`");
    }
    assert_eq!(target["task"], 7);
    assert_eq!(target["kind"], "quantitative");
    assert_eq!(target["value"], 100);
    assert_eq!(target["unit"], "percent");
    assert_eq!(
        target["deadline"],
        serde_json::json!({"year": 2023, "end_of_year": true})
    );
    // 到2025年,籌集租賃住房375套 (task 26, led by 市住房和城鄉建設局).
    let housing = json(&["targets", "--lead", "住房和城鄉建設局", "--due-by", "2025"]);
    assert_eq!(housing[0]["task"], 26);
    assert_eq!(housing[0]["value"], 375);
    // Task 17's 形成基本完善的社區托育服務網路 is dated but states no number.
    let childcare = json(&["targets", "--domain", "childcare"]);
    let qualitative: Vec<&Value> = childcare
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["kind"] == "qualitative")
        .collect();
    assert!(!qualitative.is_empty());
    assert!(
        qualitative
            .iter()
            .all(|t| t["value"].is_null() && t["unit"].is_null())
    );
}

#[test]
fn csv_has_the_json_fields_flattened() {
    let (header, rows) = csv(&["tasks", "--domain", "veterans"]);
    assert_eq!(
        header,
        [
            "number",
            "id",
            "part",
            "group",
            "title",
            "lead",
            "lead_name",
            "departments",
            "department_names",
            "domains",
            "domain_names",
            "targets",
            "lead_organization",
            "organizations",
            "lead_organizations",
            "deadline",
            "deadline_year",
            "deadline_month",
            "deadline_ongoing",
            "deadline_year_from_document",
            "label",
            "level",
            "annex",
            "lead_level",
            "parties"
        ]
    );
    // 15.持續強化各類社會服務水平 … 市民政局、退役軍人事務局、司法局; and 48.
    assert_eq!(rows.len(), 2);
    let row = &rows[0];
    assert_eq!(row[0], "15");
    assert_eq!(row[7], "civil-affairs;veterans-affairs;justice");
    assert_eq!(
        row[15..23],
        ["", "", "", "", "", "15.", "3", ""],
        "no deadline of its own; written 15., at level 3, in no annex"
    );
    // The city's bodies, the first leading and the others supporting by the line's order.
    assert_eq!(
        row[23..],
        [
            "city",
            "civil-affairs:lead:order:city;veterans-affairs:support:order:city;justice:support:order:city"
        ]
    );
    assert_eq!(rows[1][23..], ["", ""], "task 48 names no body");
    assert_eq!(rows[1][0], "48");
    assert_eq!(rows[1][3], "", "task 48 stands in no group");

    let (header, rows) = csv(&["targets", "--due-by", "2023"]);
    assert_eq!(header[0], "id");
    assert!(header.contains(&"deadline_year".to_owned()));
    let year = header.iter().position(|h| h == "deadline_year").unwrap();
    assert_eq!(rows[0][year], "2023");
    // The JSON and the CSV list the same records.
    let all = json(&["targets"]);
    assert_eq!(csv(&["targets"]).1.len(), all.as_array().unwrap().len());
}

#[test]
fn filters_combine_and_read_either_script() {
    assert_eq!(
        json(&["tasks", "--grep", "养老"]),
        json(&["tasks", "--grep", "養老"])
    );
    // Group (三) is tasks 28–33; of those, 市衛生健康委員會 takes part in 28, 29 and 30.
    let found = json(&["tasks", "--group", "三", "--involving", "衛生健康委員會"]);
    assert_eq!(numbers(&found), [28, 29, 30]);
    assert_eq!(
        json(&["tasks", "--group", "3"]),
        json(&["tasks", "--group", "(三)"])
    );
    // Both 市民政局 and 市財政局 take part in 8, 23 and 42.
    let shared = json(&["tasks", "--involving", "民政局", "--involving", "財政局"]);
    assert_eq!(numbers(&shared), [8, 23, 42]);
    let none = json(&["tasks", "--lead", "民政局", "--domain", "housing"]);
    assert_eq!(none, serde_json::json!([]));
}

#[test]
fn department_and_domains() {
    let civil = json(&["department", "民政局"]);
    assert_eq!(civil["id"], "civil-affairs");
    assert_eq!(
        civil["led"],
        serde_json::json!([7, 8, 14, 15, 23, 24, 25, 30, 39, 42])
    );
    // 市殘聯、民政局 (13); 市衛生健康委員會、教育局、民政局… (17).
    let supporting: Vec<u64> = civil["supporting"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_u64().unwrap())
        .collect();
    assert!(supporting.starts_with(&[13, 17]));
    let domains = json(&["domains"]);
    let domains = domains.as_array().unwrap();
    assert_eq!(domains.len(), 10);
    assert_eq!(domains[0]["name"], "幼有所育");
    assert_eq!(domains[0]["tasks"], serde_json::json!([17, 18, 48]));
    assert_eq!(domains[9]["id"], "system");
}

#[test]
fn default_format_off_a_terminal_is_json() {
    let piped = ok(&["tasks", "--lead", "民政局"]);
    assert_eq!(
        piped,
        ok(&["tasks", "--lead", "民政局", "--format", "json"])
    );
}

/// Table columns line up by display width: each title cell is padded so that the lead
/// column starts at the same terminal column on every row.
#[test]
fn table_aligns_cjk_text() {
    let out = ok(&["tasks", "--lead", "民政局", "--format", "table"]);
    let starts: Vec<usize> = out
        .lines()
        .skip(1)
        .map(|line| {
            let at = line.find("市民政局").unwrap();
            line[..at]
                .chars()
                .map(|c| if c.is_ascii() { 1 } else { 2 })
                .sum()
        })
        .collect();
    assert_eq!(starts.len(), 10);
    assert!(starts.windows(2).all(|w| w[0] == w[1]), "{out}");
}

#[test]
fn bad_input_is_refused_with_what_would_work() {
    refused(
        &["tasks", "--lead", "市民証局"],
        &["--lead", "市民証局", "did you mean 市民政局"],
    );
    refused(
        &["department", "民證局"],
        &["unknown department", "did you mean 市民政局"],
    );
    refused(
        &["tasks", "--domain", "elderly"],
        &["unknown domain `elderly`", "elderly-care"],
    );
    refused(
        &["tasks", "--format", "xml"],
        &["xml", "table, json, csv, markdown"],
    );
    for year in ["20x5", "99999", "-1", "25"] {
        refused(
            &["targets", "--due-by", year],
            &[year, "not a year", "2025"],
        );
    }
    refused(&["task", "51"], &["no task 51", "1 to 50"]);
    refused(&["task", "0"], &["no task 0", "1 to 50"]);
    refused(
        &["task", "twenty"],
        &["`twenty` is not a task number", "1 to 50"],
    );
    refused(
        &["tasks", "--group", "6"],
        &["no task group `6`", "5 ((五)"],
    );
    refused(&["taks"], &["taks", "tasks"]);
    refused(&["tasks", "--leed", "x"], &["--leed", "--lead"]);
    refused(&[], &["a command is needed", "tasks"]);
}

#[test]
fn every_subcommand_has_help_with_an_example() {
    let commands = [
        "tasks",
        "task",
        "targets",
        "departments",
        "department",
        "domains",
        "text",
        "json",
        "target",
    ];
    for command in commands {
        let help = ok(&[command, "--help"]);
        assert!(help.contains("Example:"), "{command} --help");
        assert!(
            help.contains(&format!("wuzhong-plan {command}")),
            "{command}"
        );
    }
    let help = ok(&["--help"]);
    assert!(help.contains("Examples:"));
    for says in [
        "wuzhong-plan --plan ",
        "--plan - reads",
        "at most 16 MiB as text",
        "at most 256 MiB as JSON",
        "`{`",
        "regular file",
        "`text` takes no --format",
        "\\u{1b}",
        "Exit codes",
        "closes the pipe",
    ] {
        assert!(help.contains(says), "--help lacks `{says}`");
    }
}

/// The Markdown files that show the command line at work: the README and every guide in
/// `docs/`, whether it has `console` blocks today or not.
fn documents() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = vec![root.join("README.md")];
    let mut guides: Vec<std::path::PathBuf> = std::fs::read_dir(root.join("docs"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    guides.sort();
    paths.extend(guides);
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.strip_prefix(root).unwrap().display().to_string();
            (name, text)
        })
        .collect()
}

/// The `console` blocks of the README and the guides show what the commands print on a
/// terminal: each `$ wuzhong-plan …` line is run (as a table, the terminal's default,
/// unless it names a format) and what it prints, on stdout or stderr, must be the lines
/// below it.
#[test]
fn readme_examples_print_what_the_readme_shows() {
    let mut commands = 0;
    for (name, text) in documents() {
        for block in text.split("```console\n").skip(1) {
            let block = block.split("```").next().unwrap();
            let mut entries = block.split("$ wuzhong-plan ").skip(1);
            for entry in entries.by_ref() {
                let (command, expected) = entry.split_once('\n').unwrap();
                let mut args: Vec<&str> = command.split_whitespace().collect();
                if !args.contains(&"--format") {
                    args.extend(["--format", "table"]);
                }
                let output = cli().args(&args).output().unwrap();
                let printed = format!(
                    "{}{}",
                    String::from_utf8(output.stdout).unwrap(),
                    String::from_utf8(output.stderr).unwrap()
                );
                assert_eq!(printed, expected, "{name}: `wuzhong-plan {command}`");
                commands += 1;
            }
        }
    }
    assert!(
        commands >= 8,
        "the README and docs/cli.md show the command line at work"
    );
}

/// `text` prints the plan's text, which is none of --format's formats, and `json` only
/// JSON: any other --format is refused rather than ignored.
#[test]
fn a_format_the_command_does_not_print_is_refused() {
    for format in ["csv", "json", "table", "markdown"] {
        refused(
            &["text", "--format", format],
            &["`text`", "takes no --format", &format!("`{format}`")],
        );
    }
    for format in ["csv", "table", "markdown", "md"] {
        refused(
            &["json", "--format", format],
            &["`json`", "--format json", &format!("`{format}`")],
        );
    }
    refused(&["text", "--format", "xml"], &["unknown format `xml`"]);
    assert_eq!(ok(&["json", "--format", "json"]), ok(&["json"]));
    assert_eq!(ok(&["--format", "JSON", "json"]), ok(&["json"]));
}

/// Control characters, escapes and bidi overrides in a file name or a value are written
/// as visible escapes, and a long one is cut after 80 characters with its length.
#[test]
fn names_in_messages_are_escaped_and_cut() {
    let name = "plan\u{1b}[31m\u{202e}txt.\u{7}\tx.json";
    let stderr = fails(2, &["--plan", name, "tasks"], &["no such file"]);
    assert!(
        stderr.starts_with("error: plan\\u{1b}[31m\\u{202e}txt.\\u{7}\\tx.json: no such file"),
        "{stderr}"
    );
    assert!(!stderr.contains(['\u{1b}', '\u{202e}', '\u{7}', '\t']));

    let long = "名".repeat(300);
    let stderr = fails(2, &["--plan", &long, "tasks"], &["… (300 characters)"]);
    assert!(stderr.contains(&format!("error: {}… (300 characters): ", "名".repeat(80))));
    assert!(!stderr.contains(&"名".repeat(81)));

    let digits = "9".repeat(100_000);
    let stderr = fails(2, &["task", &digits], &["is not a task number"]);
    assert!(stderr.len() < 400, "{} bytes", stderr.len());
    assert!(stderr.contains("… (100000 characters)"), "{stderr}");
    let stderr = fails(2, &["targets", "--due-by", "\u{202e}2025"], &["not a year"]);
    assert!(stderr.contains("`\\u{202e}2025`"), "{stderr}");
}

/// What clap itself quotes of the command line (an unknown subcommand, flag or value)
/// is cut as every quoted value is, however long the argument.
#[test]
fn arguments_clap_refuses_are_cut_in_its_messages() {
    let long = "x".repeat(100_000);
    let flag = format!("--{long}");
    for args in [
        vec![long.as_str()],
        vec!["tasks", flag.as_str()],
        vec!["tasks", "--lead", "民政局", long.as_str()],
    ] {
        let stderr = fails(2, &args, &["… (", "characters)", "wuzhong-plan --help"]);
        assert!(stderr.len() < 400, "{} bytes: {stderr}", stderr.len());
        assert!(!stderr.contains(&"x".repeat(81)), "{stderr}");
    }
}

/// The binary run with its standard streams as the test sets them, `/dev/full` where
/// `full` is true, its other streams piped.
#[cfg(unix)]
fn with_streams(args: &[&str], full_stdout: bool, full_stderr: bool) -> std::process::Output {
    use std::process::Stdio;
    let full = || {
        Stdio::from(
            std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap(),
        )
    };
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_wuzhong-plan"));
    command.args(args).stdin(Stdio::null());
    command.stdout(if full_stdout { full() } else { Stdio::piped() });
    command.stderr(if full_stderr { full() } else { Stdio::piped() });
    command.output().unwrap()
}

/// A stderr that cannot be written (full, or a pipe nobody reads) leaves the exit code
/// the error deserves: no panic (101). An answer that cannot be written to a full
/// stdout is exit code 1, said on stderr in one line.
#[cfg(unix)]
#[test]
fn an_output_that_cannot_be_written_gives_the_exit_code_it_deserves() {
    use std::process::Stdio;
    if !std::path::Path::new("/dev/full").exists() {
        return;
    }
    // stdout, stderr to /dev/full; the exit code expected.
    let cases: [(&[&str], bool, bool, i32); 9] = [
        (&["task", "99"], false, true, 2),
        (&["task", "99"], true, true, 2),
        (&["taks"], false, true, 2),
        (&["--plan", "missing.txt", "tasks"], true, true, 2),
        (&["tasks"], true, true, 1),
        (&["--help"], true, true, 1),
        (&["tasks"], true, false, 1),
        (&["json"], true, false, 1),
        (&["--help"], true, false, 1),
    ];
    for (args, full_stdout, full_stderr, code) in cases {
        let output = with_streams(args, full_stdout, full_stderr);
        assert_eq!(
            output.status.code(),
            Some(code),
            "{args:?}, stdout full: {full_stdout}, stderr full: {full_stderr}"
        );
        if !full_stderr {
            let stderr = String::from_utf8(output.stderr).unwrap();
            assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
            assert!(
                stderr.starts_with("error: writing the output: "),
                "{args:?}: {stderr}"
            );
        }
    }
    // A pipe on stderr that is closed before the error is written.
    for _ in 0..10 {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_wuzhong-plan"))
            .args(["task", "99"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stderr.take());
        let output = child.wait_with_output().unwrap();
        assert_eq!(output.status.code(), Some(2));
        assert!(output.stdout.is_empty());
    }
}

/// A reader that closes the pipe early (`| head -c1`) is no error: exit code 0 and
/// nothing on stderr. The pipe is closed as soon as the process starts, before it can
/// write; `json` and `text` print more than a pipe's buffer holds, so their writes fail
/// however the two processes are scheduled.
#[cfg(unix)]
#[test]
fn a_closed_stdout_pipe_is_no_error() {
    use std::process::Stdio;
    let commands: [&[&str]; 6] = [
        &["--help"],
        &["tasks", "--help"],
        &["--version"],
        &["json"],
        &["text"],
        &["targets", "--format", "table"],
    ];
    for args in commands {
        for _ in 0..10 {
            let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_wuzhong-plan"))
                .args(args)
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            drop(child.stdout.take());
            let output = child.wait_with_output().unwrap();
            assert_eq!(output.status.code(), Some(0), "{args:?}");
            assert!(
                output.stderr.is_empty(),
                "{args:?}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
}

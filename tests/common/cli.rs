//! Running the `wuzhong-plan` binary as the command-line tests do: successes with
//! their stdout, JSON and CSV parsed back, and failures with their exit code and one
//! line on stderr.

#![allow(dead_code)] // each test binary uses part of it

use assert_cmd::Command;
use serde_json::Value;

pub fn cli() -> Command {
    Command::cargo_bin("wuzhong-plan").unwrap()
}

/// Runs the command, asserts it succeeds with nothing on stderr, and returns stdout.
pub fn ok(args: &[&str]) -> String {
    let output = cli().args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stderr.is_empty(), "{args:?} wrote to stderr");
    String::from_utf8(output.stdout).unwrap()
}

pub fn json(args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    serde_json::from_str(&ok(&args)).unwrap()
}

/// The CSV a command prints: its header and rows.
pub fn csv(args: &[&str]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut args = args.to_vec();
    args.extend(["--format", "csv"]);
    read_csv(&ok(&args))
}

/// CSV as a CSV reader reads it: its header and rows.
pub fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

pub fn numbers(value: &Value) -> Vec<u64> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["number"].as_u64().unwrap())
        .collect()
}

/// Runs a bad command: exit code 2, nothing on stdout, one line on stderr that holds
/// every one of `says`.
pub fn refused(args: &[&str], says: &[&str]) {
    fails(2, args, says);
}

/// Runs a command that must fail with `code`: nothing on stdout, one line on stderr that
/// starts with `error: ` and holds every one of `says`.
pub fn fails(code: i32, args: &[&str], says: &[&str]) -> String {
    let output = cli().args(args).output().unwrap();
    assert_eq!(output.status.code(), Some(code), "{args:?}");
    assert!(output.stdout.is_empty(), "{args:?} printed to stdout");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    for part in says {
        assert!(stderr.contains(part), "{args:?}: `{stderr}` lacks `{part}`");
    }
    stderr
}

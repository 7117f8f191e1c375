//! `wuzhong-plan export`, run as a user runs it: the data package of the embedded plan
//! and of a corpus plan, each validated by `frictionless validate` (PyPI's
//! `frictionless`, found on `PATH`), a copy with a broken foreign key refused by it,
//! the Popolo JSON, and the paths and options it refuses.

#![cfg(feature = "cli")]

#[path = "common/corpus.rs"]
mod corpus;
#[path = "common/temp.rs"]
mod temp;

use std::path::Path;
use std::process::Command as Process;

use assert_cmd::Command;
use temp::TempDir;
use wuzhong_plan::{parse, plan};

fn cli() -> Command {
    Command::cargo_bin("wuzhong-plan").unwrap()
}

/// Stdout, stderr and the exit code of the command.
fn run(args: &[&std::ffi::OsStr]) -> (Vec<u8>, String, Option<i32>) {
    let output = cli().args(args).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    (output.stdout, stderr, output.status.code())
}

fn os(text: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(text)
}

/// Runs `frictionless validate` on the package in `dir`: whether it passed, and its
/// report. `None` when frictionless is not on `PATH` (outside CI).
fn validate(dir: &Path) -> Option<(bool, String)> {
    let frictionless = corpus::tool("frictionless")?;
    let output = Process::new(frictionless)
        .arg("validate")
        .arg(dir.join("datapackage.json"))
        .output()
        .unwrap();
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    Some((output.status.success(), report))
}

/// Exports the package of the plan (`--plan` with `plan_file`, if given) into a new
/// directory under `temp` and checks its files against the library's.
fn export(temp: &TempDir, plan_file: Option<&Path>) -> std::path::PathBuf {
    let dir = temp.0.join("package");
    let mut args: Vec<&std::ffi::OsStr> = Vec::new();
    if let Some(file) = plan_file {
        args.extend([os("--plan"), file.as_os_str()]);
    }
    args.extend([os("export"), os("--datapackage"), dir.as_os_str()]);
    let (stdout, stderr, code) = run(&args);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.is_empty());
    dir
}

#[test]
fn the_embedded_plans_package_is_what_the_library_writes_and_validates() {
    let temp = TempDir::new("datapackage");
    let dir = export(&temp, None);
    for (name, contents) in plan().data_package().files() {
        let written = std::fs::read_to_string(dir.join(&name)).unwrap();
        assert_eq!(written, contents, "{name}");
    }
    let text = std::fs::read_to_string(dir.join("plan.txt")).unwrap();
    assert_eq!(text, wuzhong_plan::SOURCE_TEXT);
    let Some((valid, report)) = validate(&dir) else {
        return;
    };
    assert!(valid, "frictionless refuses the package: {report}");

    // Break one foreign key: an organisation that does not exist.
    let broken = temp.0.join("broken");
    std::fs::create_dir(&broken).unwrap();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, broken.join(path.file_name().unwrap())).unwrap();
    }
    let csv = std::fs::read_to_string(broken.join("responsibilities.csv")).unwrap();
    // Task 1, 責任部門:市教育局,市委編辦: its first row names education.
    let row = "\r\n1,1,education,lead,";
    assert!(csv.contains(row), "{csv}");
    let csv = csv.replacen(row, "\r\n1,1,no-such-organization,lead,", 1);
    std::fs::write(broken.join("responsibilities.csv"), csv).unwrap();
    let (valid, report) = validate(&broken).unwrap();
    assert!(!valid, "frictionless takes the broken package: {report}");
    assert!(report.contains("foreign-key"), "{report}");
    assert!(report.contains("no-such-organization"), "{report}");
}

#[test]
fn a_corpus_plans_package_validates() {
    let file = "01-guangzhou-rencai-jiju-2012.txt";
    let Some((path, text)) = corpus::read(file) else {
        return;
    };
    let temp = TempDir::new("datapackage-corpus");
    let dir = export(&temp, Some(&path));
    let plan = parse(&text).unwrap();
    for (name, contents) in plan.data_package().files() {
        let written = std::fs::read_to_string(dir.join(&name)).unwrap();
        assert_eq!(written, contents, "{file}: {name}");
    }
    if let Some((valid, report)) = validate(&dir) {
        assert!(
            valid,
            "frictionless refuses the package of {file}: {report}"
        );
    }
}

#[test]
fn popolo_goes_to_a_file_or_to_stdout() {
    let (stdout, stderr, code) = run(&[os("export"), os("--popolo"), os("-")]);
    assert_eq!((code, stderr.as_str()), (Some(0), ""));
    assert_eq!(String::from_utf8(stdout).unwrap(), plan().to_popolo());

    let temp = TempDir::new("popolo");
    let file = temp.0.join("popolo.json");
    let dir = temp.0.join("new").join("package");
    let (stdout, stderr, code) = run(&[
        os("export"),
        os("--popolo"),
        file.as_os_str(),
        os("--datapackage"),
        dir.as_os_str(),
    ]);
    assert_eq!((code, stderr.as_str(), stdout.len()), (Some(0), "", 0));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), plan().to_popolo());
    assert!(
        dir.join("datapackage.json").is_file(),
        "the missing directories are created"
    );
}

#[test]
fn a_file_for_the_directory_and_missing_or_extra_options_are_refused() {
    let temp = TempDir::new("datapackage-refused");
    let file = temp.file("not-a-dir", "x");
    let (stdout, stderr, code) = run(&[os("export"), os("--datapackage"), file.as_os_str()]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stdout.is_empty());
    assert!(stderr.starts_with("error: --datapackage: "), "{stderr}");
    assert!(
        stderr.contains("not-a-dir") && stderr.contains("is not a directory"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "x",
        "the file is left as it was"
    );

    let (stdout, stderr, code) = run(&[os("export")]);
    assert_eq!(code, Some(2));
    assert!(
        stdout.is_empty() && stderr.contains("--datapackage DIR"),
        "{stderr}"
    );

    let (_, stderr, code) = run(&[
        os("export"),
        os("--popolo"),
        os("-"),
        os("--format"),
        os("csv"),
    ]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("takes no --format"), "{stderr}");
}

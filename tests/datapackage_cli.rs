//! `wuzhong-plan export`, run as a user runs it: the data package of the embedded plan
//! and of a corpus plan, each validated by `frictionless validate` (PyPI's
//! `frictionless`, found on `PATH`), a copy with a broken foreign key refused by it,
//! the Popolo JSON, and the paths and options it refuses; and what it does with the file
//! system it writes to: never through a link, never into anything but a regular file,
//! and whole or not at all.

#![cfg(feature = "cli")]

#[path = "common/corpus.rs"]
mod corpus;
#[path = "common/temp.rs"]
mod temp;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command as Process;
use std::time::Duration;

use assert_cmd::Command;
use temp::TempDir;
use wuzhong_plan::{parse, plan};

/// The command, killed after a minute: a guard against a hang (an export that opened a
/// FIFO would wait for ever), not a measure of speed; each export takes a fraction of a
/// second.
fn cli() -> Command {
    let mut command = Command::cargo_bin("wuzhong-plan").unwrap();
    command.timeout(Duration::from_secs(60));
    command
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

/// Exports the package of the text at `path` into a directory of its own under `temp`,
/// checks each file against the library's, and has frictionless validate it.
fn export_and_validate(temp: &TempDir, name: &str, path: &Path, text: &str) {
    let dir = temp.0.join(name);
    let (stdout, stderr, code) = run(&[
        os("--plan"),
        path.as_os_str(),
        os("export"),
        os("--datapackage"),
        dir.as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{name}: {stderr}");
    assert!(stdout.is_empty());
    let plan = parse(text).unwrap();
    for (file, contents) in plan.data_package().files() {
        let written = std::fs::read_to_string(dir.join(&file)).unwrap();
        assert_eq!(written, contents, "{name}: {file}");
    }
    if let Some((valid, report)) = validate(&dir) {
        assert!(
            valid,
            "frictionless refuses the package of {name}: {report}"
        );
    }
}

#[test]
fn packages_of_annexes_tables_and_restarting_numbers_validate() {
    let temp = TempDir::new("datapackage-layouts");
    // Hand-made: two annexes that each number their tasks from 1., and parts that each
    // number theirs from 1. (the keys of tasks are their places, so they stay unique).
    for name in ["two-annexes", "restart-per-part"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/structure")
            .join(format!("{name}.txt"));
        let text = std::fs::read_to_string(&path).unwrap();
        export_and_validate(&temp, name, &path, &text);
        let annexes = std::fs::read_to_string(temp.0.join(name).join("annexes.csv")).unwrap();
        let expected = if name == "two-annexes" { 3 } else { 1 };
        assert_eq!(annexes.lines().count(), expected, "{name}: {annexes}");
    }
    // A whole document: a notice, its annex a table, rows 15–20 cut.
    let file = "national-2018-chuangxin-table.txt";
    let Some((path, text)) = corpus::read(file) else {
        return;
    };
    export_and_validate(&temp, "chuangxin", &path, &text);
    let tasks = std::fs::read_to_string(temp.0.join("chuangxin").join("tasks.csv")).unwrap();
    // Row 21, the plan's task 15, in annex 1 at level 2, written `21` with the marker `|`.
    assert!(
        tasks
            .lines()
            .any(|line| line.starts_with("15,part-8/task-15,8,,") && line.ends_with(",21,|,21,2,1")),
        "{tasks}"
    );
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

/// A plan of the genre, made of `tasks` tasks, each with a dated target and a
/// responsibility line.
fn plan_of(tasks: usize) -> String {
    let mut text = String::from("一、重點任務\n(一)推進");
    for number in 1..=tasks {
        text.push_str(&format!(
            "\n{number}.標題。到2025年,建成1所學校。\n責任單位:市教育局、市民政局"
        ));
    }
    text.push('\n');
    text
}

/// The names of the data package's files.
fn package_names() -> Vec<String> {
    plan()
        .data_package()
        .files()
        .map(|(name, _)| name)
        .collect()
}

/// Every entry of `dir` with its bytes (a link as `link to TARGET`, anything else that
/// is not a regular file as `(not a file)`): what a test compares before and after.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            let kind = std::fs::symlink_metadata(&path).unwrap().file_type();
            let bytes = if kind.is_symlink() {
                let target = std::fs::read_link(&path).unwrap();
                format!("link to {}", target.display()).into_bytes()
            } else if kind.is_file() {
                std::fs::read(&path).unwrap()
            } else {
                b"(not a file)".to_vec()
            };
            (name, bytes)
        })
        .collect()
}

/// Runs an export that must be refused with exit code 2: nothing on stdout, one line on
/// stderr that names every one of `says`.
fn refused(args: &[&std::ffi::OsStr], says: &[&str]) -> String {
    let (stdout, stderr, code) = run(args);
    assert_eq!(code, Some(2), "{args:?}: {stderr}");
    assert!(stdout.is_empty(), "{args:?}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("error: "), "{stderr}");
    for part in says {
        assert!(stderr.contains(part), "`{stderr}` lacks `{part}`");
    }
    stderr
}

/// `export --datapackage DIR` with `--plan FILE` when given; asserts it succeeds.
fn export_into(dir: &Path, plan_file: Option<&Path>) {
    let mut args: Vec<&std::ffi::OsStr> = Vec::new();
    if let Some(file) = plan_file {
        args.extend([os("--plan"), file.as_os_str()]);
    }
    args.extend([os("export"), os("--datapackage"), dir.as_os_str()]);
    let (stdout, stderr, code) = run(&args);
    assert_eq!((code, stderr.as_str(), stdout.len()), (Some(0), "", 0));
}

/// The path as messages write it: the tests' temporary paths have nothing to escape.
fn shown(path: &Path) -> String {
    path.to_str().unwrap().to_owned()
}

#[test]
fn an_export_writes_into_an_existing_directory_and_over_a_previous_package() {
    let temp = TempDir::new("datapackage-again");
    let small = temp.file("small.txt", plan_of(3));
    let dir = temp.0.join("package");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("notes.txt"), "mine").unwrap();

    export_into(&dir, Some(&small));
    let first = snapshot(&dir);
    let small_plan = parse(&plan_of(3)).unwrap();
    for (name, contents) in small_plan.data_package().files() {
        assert_eq!(first[&name], contents.as_bytes(), "{name}");
    }

    // The embedded plan over the small one's package: every file replaced, the
    // unrelated file kept, and nothing else (no temporary) left in the directory.
    export_into(&dir, None);
    let second = snapshot(&dir);
    let mut expected: BTreeMap<String, Vec<u8>> = plan()
        .data_package()
        .files()
        .map(|(name, contents)| (name, contents.into_bytes()))
        .collect();
    expected.insert("notes.txt".to_owned(), b"mine".to_vec());
    assert_eq!(second, expected);
    assert_ne!(first["tasks.csv"], second["tasks.csv"]);
}

/// The files are created as `std::fs::write` creates a file, readable as the umask
/// allows, not with a temporary file's owner-only mode.
#[cfg(unix)]
#[test]
fn the_files_have_the_mode_of_any_new_file() {
    use std::os::unix::fs::PermissionsExt as _;
    let temp = TempDir::new("datapackage-mode");
    let dir = temp.0.join("package");
    export_into(&dir, None);
    let plain = temp.file("plain.txt", "x");
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    for name in package_names() {
        assert_eq!(mode(&dir.join(&name)), mode(&plain), "{name}");
    }
}

/// A symbolic link at a package's file name is refused, before anything is written:
/// the file it points to, inside the directory or out, is left as it was, and so is
/// every other file of the previous package; a dangling one creates nothing at its
/// target.
#[cfg(unix)]
#[test]
fn a_link_at_a_package_file_name_is_never_followed() {
    let temp = TempDir::new("datapackage-links");
    let outside = temp.file("outside.txt", "secret");
    let dir = temp.0.join("package");
    let small = temp.file("small.txt", plan_of(3));
    export_into(&dir, None);

    std::fs::remove_file(dir.join("tasks.csv")).unwrap();
    std::os::unix::fs::symlink(&outside, dir.join("tasks.csv")).unwrap();
    let before = snapshot(&dir);
    let tasks = dir.join("tasks.csv");
    refused(
        &[
            os("--plan"),
            small.as_os_str(),
            os("export"),
            os("--datapackage"),
            dir.as_os_str(),
        ],
        &[
            &format!(
                "--datapackage: {} is a symbolic link to {}",
                shown(&tasks),
                shown(&outside)
            ),
            "which is not followed",
            "expected a regular file",
        ],
    );
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "secret");
    assert_eq!(snapshot(&dir), before, "nothing in the package was written");

    // A relative link to a file of the package itself is no different.
    std::fs::remove_file(&tasks).unwrap();
    std::os::unix::fs::symlink("plan.txt", &tasks).unwrap();
    let before = snapshot(&dir);
    refused(
        &[os("export"), os("--datapackage"), dir.as_os_str()],
        &["tasks.csv is a symbolic link to plan.txt"],
    );
    assert_eq!(snapshot(&dir), before);

    // A dangling link at plan.txt, into a directory that exists: no file appears there.
    std::fs::remove_file(&tasks).unwrap();
    std::fs::remove_file(dir.join("plan.txt")).unwrap();
    let elsewhere = temp.0.join("elsewhere.txt");
    std::os::unix::fs::symlink(&elsewhere, dir.join("plan.txt")).unwrap();
    refused(
        &[os("export"), os("--datapackage"), dir.as_os_str()],
        &[&format!(
            "{} is a dangling symbolic link to {}",
            shown(&dir.join("plan.txt")),
            shown(&elsewhere)
        )],
    );
    assert!(!elsewhere.exists() && std::fs::symlink_metadata(&elsewhere).is_err());
    assert!(!tasks.exists(), "nothing was written, tasks.csv included");
}

/// A hard link at a package's file name is a regular file, and is replaced: the file
/// that shares it, outside the directory, keeps its bytes, as the new file is renamed
/// into place rather than written into the old one.
#[cfg(unix)]
#[test]
fn a_hard_link_at_a_package_file_name_is_replaced_not_written_through() {
    let temp = TempDir::new("datapackage-hard-link");
    let outside = temp.file("outside.txt", "secret");
    let dir = temp.0.join("package");
    std::fs::create_dir(&dir).unwrap();
    std::fs::hard_link(&outside, dir.join("tasks.csv")).unwrap();
    export_into(&dir, None);
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "secret");
    let tasks = plan()
        .data_package()
        .files()
        .find(|(name, _)| name == "tasks.csv")
        .unwrap()
        .1;
    assert_eq!(
        std::fs::read_to_string(dir.join("tasks.csv")).unwrap(),
        tasks
    );
}

/// A directory, a FIFO or a socket at a package's file name is refused, named with
/// what it is, before anything is written: the FIFO is never opened, so the export does
/// not wait for a writer (`cli` kills it after a minute, failing the test).
#[cfg(unix)]
#[test]
fn what_is_not_a_regular_file_at_a_package_file_name_is_refused() {
    let temp = TempDir::new("datapackage-kinds");
    let dir = temp.0.join("package");
    std::fs::create_dir(&dir).unwrap();
    let fifo = dir.join("mentions.csv");
    let made = Process::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success(), "mkfifo failed");
    let args = [os("export"), os("--datapackage"), dir.as_os_str()];
    refused(
        &args,
        &[&format!(
            "--datapackage: {} is a FIFO (named pipe), not a regular file",
            shown(&fifo)
        )],
    );
    std::fs::remove_file(&fifo).unwrap();

    let directory = dir.join("domains.csv");
    std::fs::create_dir(&directory).unwrap();
    std::fs::write(directory.join("inside.txt"), "kept").unwrap();
    refused(
        &args,
        &[&format!(
            "{} is a directory, not a regular file",
            shown(&directory)
        )],
    );
    assert_eq!(
        std::fs::read_to_string(directory.join("inside.txt")).unwrap(),
        "kept"
    );
    std::fs::remove_dir_all(&directory).unwrap();

    let socket = dir.join("organizations.csv");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    refused(
        &args,
        &[&format!(
            "{} is a socket, not a regular file",
            shown(&socket)
        )],
    );
    let left: Vec<String> = snapshot(&dir).into_keys().collect();
    assert_eq!(left, ["organizations.csv"], "nothing else was written");
}

/// A package file that may not be written (read-only) is refused as a file that cannot
/// be written, exit code 1, before anything is written; it keeps its bytes.
#[test]
fn a_read_only_package_file_is_left_as_it_is() {
    let temp = TempDir::new("datapackage-read-only");
    let dir = temp.0.join("package");
    std::fs::create_dir(&dir).unwrap();
    let tasks = dir.join("tasks.csv");
    std::fs::write(&tasks, "kept").unwrap();
    let mut permissions = std::fs::metadata(&tasks).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&tasks, permissions).unwrap();
    let (stdout, stderr, code) = run(&[os("export"), os("--datapackage"), dir.as_os_str()]);
    assert_eq!((code, stdout.len()), (Some(1), 0), "{stderr}");
    assert!(
        stderr.contains(&format!("{} is read-only", shown(&tasks))),
        "{stderr}"
    );
    assert_eq!(snapshot(&dir).len(), 1, "nothing else was written");
    assert_eq!(std::fs::read_to_string(&tasks).unwrap(), "kept");
}

/// A write that fails part of the way (here a file size limit, as a full disk or a
/// quota would fail it) leaves the previous package whole, every file byte for byte as
/// it was, and no temporary file behind. The limit is 64 KiB (`ulimit -f` counts
/// 512-byte blocks): the small plan's files, the descriptor of either plan (about 35 KB
/// of schema), are under it, and the big plan's tasks.csv, the second file written, is
/// over it, so that the descriptor's temporary was written whole before the failure.
/// With SIGXFSZ ignored, a write past the limit fails with EFBIG instead of killing the
/// process.
#[cfg(unix)]
#[test]
fn a_failed_write_leaves_the_previous_package_whole() {
    let temp = TempDir::new("datapackage-full");
    let small = temp.file("small.txt", plan_of(3));
    let big = temp.file("big.txt", plan_of(2000));
    let dir = temp.0.join("package");
    export_into(&dir, Some(&small));
    let before = snapshot(&dir);
    let limit = 128 * 512;
    assert!(before.values().all(|bytes| bytes.len() < limit));
    let big_plan = parse(&plan_of(2000)).unwrap();
    let big_files: Vec<(String, String)> = big_plan.data_package().files().collect();
    assert_eq!(big_files[0].0, "datapackage.json");
    assert!(big_files[0].1.len() < limit);
    assert_eq!(big_files[1].0, "tasks.csv");
    assert!(big_files[1].1.len() > limit);

    let output = Process::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; ulimit -f 128; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_wuzhong-plan"))
        .args([
            os("--plan"),
            big.as_os_str(),
            os("export"),
            os("--datapackage"),
            dir.as_os_str(),
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(output.stdout.is_empty());
    assert!(
        stderr.starts_with(&format!(
            "error: writing {}: ",
            shown(&dir.join("tasks.csv"))
        )),
        "{stderr}"
    );
    assert_eq!(
        snapshot(&dir),
        before,
        "the previous package, whole, and nothing else"
    );

    // Without the limit, the same export replaces the package.
    export_into(&dir, Some(&big));
    let after = snapshot(&dir);
    for (name, contents) in big_files {
        assert_eq!(after[&name], contents.as_bytes(), "{name}");
    }
}

/// `--popolo FILE` may not be a file of the package it is written with, however the
/// path spells it (through `.`, through a link to DIR, in a DIR still to be created),
/// nor DIR itself: refused before anything is written.
#[test]
fn popolo_may_not_replace_a_package_file() {
    let temp = TempDir::new("popolo-in-package");
    let dir = temp.0.join("package");
    export_into(&dir, None);
    let before = snapshot(&dir);
    // A file system may take TASKS.CSV for tasks.csv.
    for popolo in [
        dir.join("tasks.csv"),
        dir.join(".").join("plan.txt"),
        dir.join("TASKS.CSV"),
    ] {
        refused(
            &[
                os("export"),
                os("--datapackage"),
                dir.as_os_str(),
                os("--popolo"),
                popolo.as_os_str(),
            ],
            &[
                &format!("--popolo: {} is the data package's", shown(&popolo)),
                &format!("such as {}", shown(&dir.join("popolo.json"))),
            ],
        );
        assert_eq!(snapshot(&dir), before);
    }
    // Another name in the package's directory is the usual place.
    let popolo = dir.join("popolo.json");
    let (_, stderr, code) = run(&[
        os("export"),
        os("--datapackage"),
        dir.as_os_str(),
        os("--popolo"),
        popolo.as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&popolo).unwrap(),
        plan().to_popolo()
    );

    // A directory still to be created.
    let new = temp.0.join("new");
    refused(
        &[
            os("export"),
            os("--datapackage"),
            new.as_os_str(),
            os("--popolo"),
            new.join("mentions.csv").as_os_str(),
        ],
        &["is the data package's mentions.csv"],
    );
    // DIR itself, or a directory DIR is to be created in.
    let inner = new.join("inner");
    for popolo in [&inner, &new] {
        refused(
            &[
                os("export"),
                os("--datapackage"),
                inner.as_os_str(),
                os("--popolo"),
                popolo.as_os_str(),
            ],
            &[&format!(
                "--popolo: {} is the --datapackage directory {}, or a directory it is in",
                shown(popolo),
                shown(&inner)
            )],
        );
    }
    // One that exists is a directory, which is refused as such.
    refused(
        &[
            os("export"),
            os("--datapackage"),
            inner.as_os_str(),
            os("--popolo"),
            temp.0.as_os_str(),
        ],
        &[&format!(
            "--popolo: {} is a directory, not a regular file",
            shown(&temp.0)
        )],
    );
    assert!(!new.exists(), "nothing was created");

    #[cfg(unix)]
    {
        let alias = temp.0.join("alias");
        std::os::unix::fs::symlink(&dir, &alias).unwrap();
        refused(
            &[
                os("export"),
                os("--datapackage"),
                dir.as_os_str(),
                os("--popolo"),
                alias.join("targets.csv").as_os_str(),
            ],
            &["is the data package's targets.csv"],
        );
        let mut with_popolo = before.clone();
        with_popolo.insert("popolo.json".to_owned(), plan().to_popolo().into_bytes());
        assert_eq!(snapshot(&dir), with_popolo);
    }
}

/// `--popolo FILE` is written as the package's files are: a link, a FIFO or a directory
/// at FILE is refused, and so is a FILE in a directory that does not exist; the package
/// given with it is then not written either.
#[cfg(unix)]
#[test]
fn popolo_is_written_as_the_package_is() {
    let temp = TempDir::new("popolo-kinds");
    let outside = temp.file("outside.txt", "secret");
    let dir = temp.0.join("package");
    let popolo_args = |popolo: &PathBuf| -> Vec<std::ffi::OsString> {
        vec![
            "export".into(),
            "--datapackage".into(),
            dir.clone().into(),
            "--popolo".into(),
            popolo.clone().into(),
        ]
    };
    fn as_os(args: &[std::ffi::OsString]) -> Vec<&std::ffi::OsStr> {
        args.iter().map(|arg| arg.as_os_str()).collect()
    }

    let link = temp.0.join("popolo-link.json");
    std::os::unix::fs::symlink(&outside, &link).unwrap();
    refused(
        &as_os(&popolo_args(&link)),
        &[&format!(
            "--popolo: {} is a symbolic link to {}",
            shown(&link),
            shown(&outside)
        )],
    );
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "secret");

    let fifo = temp.0.join("popolo-fifo.json");
    assert!(
        Process::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    refused(
        &as_os(&popolo_args(&fifo)),
        &[&format!(
            "{} is a FIFO (named pipe), not a regular file",
            shown(&fifo)
        )],
    );

    let directory = temp.0.join("popolo-dir");
    std::fs::create_dir(&directory).unwrap();
    refused(
        &as_os(&popolo_args(&directory)),
        &[&format!(
            "{} is a directory, not a regular file",
            shown(&directory)
        )],
    );

    let nowhere = temp.0.join("missing").join("popolo.json");
    refused(
        &as_os(&popolo_args(&nowhere)),
        &[&format!(
            "--popolo: {} cannot be written, as {} does not exist",
            shown(&nowhere),
            shown(&temp.0.join("missing"))
        )],
    );
    let in_a_file = outside.join("popolo.json");
    refused(
        &as_os(&popolo_args(&in_a_file)),
        &[&format!(
            "as {} is a regular file, not a directory",
            shown(&outside)
        )],
    );
    assert!(!dir.exists(), "the package was not written either");

    // A directory on the way to DIR, created for it, may hold FILE.
    let (_, stderr, code) = run(&as_os(&popolo_args(&temp.0.join("package").join("p.json"))));
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(dir.join("p.json")).unwrap(),
        plan().to_popolo()
    );
}

/// A symbolic link given as DIR is followed when it leads to a directory (the user
/// named it); a dangling one, or one to a file, is a usage error that says so, and so
/// is a DIR under a dangling link.
#[cfg(unix)]
#[test]
fn a_link_named_as_the_directory_is_followed_to_a_directory_only() {
    let temp = TempDir::new("datapackage-dir-link");
    let target = temp.0.join("target");
    std::fs::create_dir(&target).unwrap();
    let to_dir = temp.0.join("to-dir");
    std::os::unix::fs::symlink(&target, &to_dir).unwrap();
    export_into(&to_dir, None);
    let names: Vec<String> = snapshot(&target).into_keys().collect();
    let mut expected = package_names();
    expected.sort();
    assert_eq!(names, expected);

    let dangling = temp.0.join("dangling");
    let missing = temp.0.join("missing");
    std::os::unix::fs::symlink(&missing, &dangling).unwrap();
    let slash = PathBuf::from(format!("{}/", shown(&dangling)));
    for dir in [&dangling, &slash] {
        refused(
            &[os("export"), os("--datapackage"), dir.as_os_str()],
            &[
                &format!(
                    "--datapackage: {} is a dangling symbolic link to {}",
                    shown(dir),
                    shown(&missing)
                ),
                "expected a directory",
            ],
        );
    }
    let under = dangling.join("package");
    refused(
        &[os("export"), os("--datapackage"), under.as_os_str()],
        &[&format!(
            "{} cannot be created, as {} is a dangling symbolic link to {}",
            shown(&under),
            shown(&dangling),
            shown(&missing)
        )],
    );
    assert!(
        !missing.exists(),
        "nothing was created at the link's target"
    );

    let file = temp.file("file.txt", "x");
    let to_file = temp.0.join("to-file");
    std::os::unix::fs::symlink(&file, &to_file).unwrap();
    refused(
        &[os("export"), os("--datapackage"), to_file.as_os_str()],
        &[&format!(
            "{} is a symbolic link to {}, which is a regular file, not a directory",
            shown(&to_file),
            shown(&file)
        )],
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "x");
}

#[test]
fn a_package_of_bodies_at_several_levels_validates() {
    // The parties' and organisations' `level`, and each basis, against their enums.
    let temp = TempDir::new("datapackage-levels");
    let file = temp.0.join("levels.txt");
    let text =
        "一、重點任務\n1.甲。乙。\n責任單位:省財政廳、市民政局\n2.丙。丁。\n牽頭單位:縣教育局\n";
    std::fs::write(&file, text).unwrap();
    let dir = export(&temp, Some(&file));
    let csv = std::fs::read_to_string(dir.join("responsibilities.csv")).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.ends_with(",level"), "{header}");
    assert!(
        csv.contains(",province\r\n") && csv.contains(",county\r\n"),
        "{csv}"
    );
    let Some((valid, report)) = validate(&dir) else {
        return;
    };
    assert!(valid, "frictionless refuses the package: {report}");
    // A level of no kind is refused.
    let broken = csv.replacen(",province\r\n", ",federal\r\n", 1);
    std::fs::write(dir.join("responsibilities.csv"), broken).unwrap();
    let (valid, report) = validate(&dir).unwrap();
    assert!(!valid, "frictionless takes a level of no kind: {report}");
}

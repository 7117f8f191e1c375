//! The tables of `docs/data.md` that come from the data stay in step with it: each test
//! fails, printing the current table and naming `cargo run --example regenerate`, when
//! the guide's copy is stale. And the README's
//! Python examples run and print what they say they print.

#[allow(dead_code)]
#[path = "common/corpus.rs"]
mod corpus;

#[allow(dead_code)]
#[path = "../examples/regenerate/generated.rs"]
mod generated;

use strum::IntoEnumIterator;
use wuzhong_plan::{Department, plan};

const DATA: &str = include_str!("../docs/data.md");

/// Fails, naming the command that regenerates it, unless `docs/data.md` has `table`
/// whole.
fn assert_has_table(what: &str, table: &str) {
    assert!(
        DATA.contains(table),
        "docs/data.md's {what} is stale: run `{}`; it should read:\n\n{table}",
        generated::COMMAND
    );
}

#[test]
fn the_kinds_table_is_current() {
    let rows = generated::kinds_rows();
    assert_eq!(rows.lines().count(), Department::iter().count());
    assert_has_table(
        "table of kinds",
        &(generated::KINDS_HEADER.to_owned() + &rows),
    );
}

#[test]
fn the_department_table_is_current() {
    let rows = generated::departments_rows(plan()).unwrap();
    assert_eq!(rows.lines().count(), plan().organizations().count());
    assert_has_table(
        "department table",
        &(generated::DEPARTMENTS_HEADER.to_owned() + &rows),
    );
}

#[test]
fn the_target_table_is_current() {
    let rows = generated::targets_rows(plan());
    assert_eq!(rows.lines().count(), plan().targets().count());
    assert_has_table(
        "target table",
        &(generated::TARGETS_HEADER.to_owned() + &rows),
    );
}

#[test]
fn the_domain_table_is_current() {
    let rows = generated::table_rows(DATA, generated::DOMAINS_HEADER)
        .expect("docs/data.md has the domain table");
    // What the regeneration writes: the data's four cells of each task, and the reason
    // the guide gives for it.
    let expected = generated::domain_rows(plan(), rows);
    assert_eq!(
        rows.lines().count(),
        plan().tasks().len(),
        "one row per task"
    );
    for (row, fresh) in rows.lines().zip(expected.lines()) {
        assert!(
            row == fresh,
            "docs/data.md's domain table is stale: run `{}`; `{row}` should read `{fresh}`",
            generated::COMMAND
        );
    }
}

/// The README's ```python blocks, and for each the lines it says it prints: each
/// `print(…)` line ends with `  # ` and what that call prints.
fn python_blocks() -> Vec<(&'static str, Vec<&'static str>)> {
    include_str!("../README.md")
        .split("```python\n")
        .skip(1)
        .map(|block| {
            let block = block.split("```").next().unwrap();
            let prints = block
                .lines()
                .filter(|line| line.trim_start().starts_with("print("))
                .map(|line| {
                    line.rsplit_once("  # ")
                        .unwrap_or_else(|| panic!("`{line}` does not say what it prints"))
                        .1
                })
                .collect();
            (block, prints)
        })
        .collect()
}

/// Whether `python3` on the PATH imports the package `wuzhong_plan`, as the virtual
/// environment `.ci/run` creates and puts on the PATH does.
fn python_has_the_package() -> bool {
    std::process::Command::new("python3")
        .args(["-c", "import wuzhong_plan"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Each Python block of the README runs with `python3` from the crate's root, exits 0
/// and prints, line by line, what its comments say. Without `python3` on the PATH the
/// test is skipped, unless `CI` is set, where it fails; so is a block that imports
/// `wuzhong_plan` when that `python3` cannot import it (`pip install ./python` installs
/// it).
#[test]
fn the_readme_python_examples_print_what_they_say() {
    let blocks = python_blocks();
    assert!(!blocks.is_empty(), "the README has a Python example");
    assert!(
        blocks
            .iter()
            .any(|(block, _)| block.contains("import wuzhong_plan")),
        "the README's Python quick start uses the package"
    );
    let ci = corpus::is_ci(std::env::var_os("CI").as_deref());
    let mut has_package = None;
    for (block, prints) in blocks {
        assert!(
            !prints.is_empty(),
            "the block says what it prints:\n{block}"
        );
        if block.contains("import wuzhong_plan")
            && !*has_package.get_or_insert_with(python_has_the_package)
        {
            assert!(
                !ci,
                "python3 on the PATH cannot import wuzhong_plan, and CI is set: the README's \
                 Python quick start must run (pip install ./python in the environment on the PATH)"
            );
            eprintln!(
                "skipped: python3 on the PATH cannot import wuzhong_plan (pip install ./python), \
                 so the README's block that uses it was not run"
            );
            continue;
        }
        let output = match std::process::Command::new("python3")
            .arg("-c")
            .arg(block)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("PYTHONIOENCODING", "utf-8")
            .output()
        {
            Ok(output) => output,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                assert!(
                    !ci,
                    "python3 is not on the PATH, and CI is set: the README's Python examples must run"
                );
                eprintln!(
                    "skipped: python3 is not on the PATH, so the README's Python examples were not run"
                );
                return;
            }
            Err(error) => panic!("python3 could not be run: {error}"),
        };
        let stdout = String::from_utf8(output.stdout).unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success(),
            "python3 exited with {}:\n{stderr}\n{block}",
            output.status
        );
        let printed: Vec<&str> = stdout.lines().collect();
        assert_eq!(printed, prints, "what the block prints:\n{block}");
    }
}

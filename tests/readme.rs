//! The tables of `docs/data.md` that come from the data stay in step with it: each test
//! fails, printing the current table, when the guide's copy is stale. And the README's
//! Python examples run and print what they say they print.

#[allow(dead_code)]
#[path = "common/corpus.rs"]
mod corpus;

use strum::IntoEnumIterator;
use wuzhong_plan::{Comparator, Department, plan};

const DATA: &str = include_str!("../docs/data.md");

/// The department table as `docs/data.md` should show it: the kinds of the plan's
/// organisations.
fn department_table() -> String {
    let plan = plan();
    let mut table = String::from(
        "| id | name | short | Simplified | English | leads tasks | takes part in |\n\
         |---|---|---|---|---|---|---|\n",
    );
    for department in plan.organizations().filter_map(|o| o.kind) {
        let led: Vec<String> = plan
            .tasks_led_by(department)
            .unwrap()
            .map(|t| t.number.to_string())
            .collect();
        let led = if led.is_empty() {
            "–".to_owned()
        } else {
            led.join(", ")
        };
        let involved = plan.tasks_involving(department).unwrap().len();
        table.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} | {} |\n",
            department.id(),
            department.name(),
            department.short_name(),
            department.simplified_name(),
            department.english_name(),
            led,
            involved
        ));
    }
    table
}

/// The table of every kind of body, as `docs/data.md` should show it.
fn kinds_table() -> String {
    let mut table = String::from(
        "| id | category | name | short | Simplified | English | abbreviations | former names |\n\
         |---|---|---|---|---|---|---|---|\n",
    );
    let or_dash = |list: Vec<String>| {
        if list.is_empty() {
            "–".to_owned()
        } else {
            list.join(", ")
        }
    };
    for kind in Department::iter() {
        let abbreviations = kind
            .abbreviations()
            .iter()
            .zip(kind.simplified_abbreviations())
            .map(|(t, s)| {
                if t == s {
                    (*t).to_owned()
                } else {
                    format!("{t} ({s})")
                }
            })
            .collect();
        let former = kind
            .former_names()
            .iter()
            .map(|f| match f.until {
                Some(year) => format!("{} (until {year})", f.name),
                None => f.name.to_owned(),
            })
            .collect();
        table.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} | {} | {} |\n",
            kind.id(),
            kind.category(),
            kind.name(),
            kind.short_name(),
            kind.simplified_name(),
            kind.english_name(),
            or_dash(abbreviations),
            or_dash(former),
        ));
    }
    table
}

#[test]
fn the_kinds_table_is_current() {
    let table = kinds_table();
    assert!(
        DATA.contains(&table),
        "docs/data.md's table of kinds is stale; it should read:\n\n{table}"
    );
}

#[test]
fn the_department_table_is_current() {
    let table = department_table();
    assert!(
        DATA.contains(&table),
        "docs/data.md's department table is stale; it should read:\n\n{table}"
    );
}

/// The target table as `docs/data.md` should show it.
fn target_table() -> String {
    let plan = plan();
    let mut table = String::from(
        "| id | task | quote | value | unit | deadline | lead |\n\
         |---|---|---|---|---|---|---|\n",
    );
    for target in plan.targets() {
        let task = target
            .task
            .map_or_else(|| format!("part {}", target.part), |n| n.to_string());
        let (value, unit) = match target.quantity {
            Some(q) => {
                let value = match (q.comparator, q.max) {
                    (Comparator::Range, Some(max)) => format!("{}–{max}", q.value),
                    (Comparator::Exact, _) => q.value.to_string(),
                    (comparator, _) => format!("{} {}", comparator.english(), q.value),
                };
                (value, q.unit.english().to_owned())
            }
            None => ("–".to_owned(), "–".to_owned()),
        };
        let deadline = target
            .deadline
            .map_or_else(|| "–".to_owned(), |d| d.english().to_string());
        let lead = target
            .task
            .and_then(|n| plan.task(n))
            .and_then(|t| t.lead())
            .map_or("–", |d| d.name());
        table.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} | {} |\n",
            target.id, task, target.quote, value, unit, deadline, lead
        ));
    }
    table
}

#[test]
fn the_target_table_is_current() {
    let table = target_table();
    assert!(
        DATA.contains(&table),
        "docs/data.md's target table is stale; it should read:\n\n{table}"
    );
}

/// The first four columns of each row of the domain table, as the data gives them; the
/// fifth, the reason, is written by hand.
fn domain_rows() -> Vec<String> {
    plan()
        .tasks()
        .map(|task| {
            let domains: Vec<&str> = task.domains.iter().map(|t| t.domain.name()).collect();
            let quotes: Vec<String> = task
                .domains
                .iter()
                .map(|t| format!("`{}`", t.quote))
                .collect();
            format!(
                "| {} | {} | {} | {} | ",
                task.number,
                task.title,
                domains.join("、"),
                quotes.join(", ")
            )
        })
        .collect()
}

#[test]
fn the_domain_table_is_current() {
    let header = "| task | title | domains | grounded by | why, where not obvious |\n|---|---|---|---|---|\n";
    let start = DATA
        .find(header)
        .expect("docs/data.md has the domain table")
        + header.len();
    let rows: Vec<&str> = DATA[start..]
        .lines()
        .take_while(|line| line.starts_with('|'))
        .collect();
    let expected = domain_rows();
    assert_eq!(rows.len(), expected.len(), "one row per task");
    for (row, prefix) in rows.iter().zip(&expected) {
        assert!(
            row.starts_with(prefix.as_str()) || row.starts_with(prefix.trim_end()),
            "docs/data.md's domain table is stale: `{row}` should start with `{prefix}`"
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

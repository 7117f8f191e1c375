//! The tables of `docs/data.md` that come from the data stay in step with it: each test
//! fails, printing the current table, when the guide's copy is stale.

use strum::IntoEnumIterator;
use wuzhong_plan::{Comparator, Department, plan};

const DATA: &str = include_str!("../docs/data.md");

/// The department table as `docs/data.md` should show it.
fn department_table() -> String {
    let plan = plan();
    let mut table = String::from(
        "| id | name | short | Simplified | English | leads tasks | takes part in |\n\
         |---|---|---|---|---|---|---|\n",
    );
    for department in Department::iter() {
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

//! The README's tables that come from the data stay in step with it: this test fails,
//! printing the current table, when the README's copy is stale.

use strum::IntoEnumIterator;
use wuzhong_plan::{Department, plan};

const README: &str = include_str!("../README.md");

/// The department table as the README should show it.
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
        README.contains(&table),
        "the README's department table is stale; it should read:\n\n{table}"
    );
}

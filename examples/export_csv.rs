//! The responsibility matrix as CSV: one row per department, one column per task, each
//! cell `lead`, `support` or empty; ready for a spreadsheet or pandas.
//!
//! ```text
//! cargo run --example export_csv > responsibility.csv
//! python3 -c "import pandas; print(pandas.read_csv('responsibility.csv', index_col='id'))"
//! ```

use std::process::ExitCode;

use wuzhong_plan::{Role, plan};

fn matrix() -> Result<Vec<u8>, csv::Error> {
    let plan = plan();
    let tasks: Vec<_> = plan
        .tasks()
        .filter(|t| t.responsibility.is_some())
        .collect();
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["id".to_owned(), "department".to_owned()];
    header.extend(tasks.iter().map(|t| format!("task_{}", t.number)));
    writer.write_record(&header)?;
    for load in plan.departments() {
        let department = load.department;
        let mut row = vec![department.id().to_owned(), department.name().to_owned()];
        row.extend(tasks.iter().map(|task| match task.role_of(department) {
            Some(Role::Lead) => "lead".to_owned(),
            Some(Role::Support) => "support".to_owned(),
            None => String::new(),
        }));
        writer.write_record(&row)?;
    }
    writer.into_inner().map_err(|err| err.into_error().into())
}

fn main() -> ExitCode {
    match matrix() {
        Ok(bytes) => {
            print!("{}", String::from_utf8_lossy(&bytes));
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

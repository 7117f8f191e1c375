//! A department's load: the tasks it leads and supports, and the targets it answers for.
//!
//! ```text
//! cargo run --example who_leads              # 市民政局
//! cargo run --example who_leads -- 卫生健康委员会
//! ```

use std::process::ExitCode;

use wuzhong_plan::{Department, Error, plan};

fn main() -> ExitCode {
    let name = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "市民政局".to_owned());
    match report(&name) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            // An unknown name says what was probably meant.
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}

fn report(name: &str) -> Result<String, Error> {
    let plan = plan();
    let department = Department::lookup(name)?;
    let mut out = format!("{department} ({})\n", department.english_name());
    out += "leads:\n";
    for task in plan.tasks_led_by(department)? {
        out += &format!("  {:>2}. {}\n", task.number, task.title);
    }
    out += "supports:\n";
    for task in plan.tasks_supported_by(department)? {
        let lead = task.lead().map_or("-", Department::name);
        out += &format!("  {:>2}. {}  (led by {lead})\n", task.number, task.title);
    }
    out += "answers for:\n";
    for target in plan.targets_for(department)? {
        let due = target
            .deadline
            .map_or_else(|| "undated".to_owned(), |d| d.english().to_string());
        out += &format!("  {:<6} {:<20} {}\n", target.id, due, target.quote);
    }
    Ok(out)
}

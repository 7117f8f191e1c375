//! The timeline: what the plan promises by each deadline, and what it leaves undated.
//!
//! ```text
//! cargo run --example deadlines
//! ```

use wuzhong_plan::{Target, plan};

fn line(target: &Target) -> String {
    let place = target
        .task
        .map_or_else(|| format!("part {}", target.part), |n| format!("task {n}"));
    let what = target.metric_english.as_deref().unwrap_or(&target.metric);
    let amount = target
        .quantity
        .map(|q| format!(": {q}"))
        .unwrap_or_default();
    format!("  {:<6} {place:<8} {what}{amount}\n", target.id)
}

fn main() {
    let plan = plan();
    let mut out = String::new();
    for (deadline, targets) in plan.timeline() {
        out += &format!(
            "{deadline} ({}), {} target(s)\n",
            deadline.english(),
            targets.len()
        );
        for target in targets {
            out += &line(target);
        }
    }
    let undated: Vec<&Target> = plan.targets().filter(|t| t.deadline.is_none()).collect();
    out += &format!("undated, {} target(s)\n", undated.len());
    for target in undated {
        out += &line(target);
    }
    print!("{out}");
}

//! The plan's outline with its counts, who leads, what the tasks serve and what is due
//! when: what the embedded data holds, at a glance.
//!
//! ```text
//! cargo run --example overview
//! ```

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

fn outline(plan: &wuzhong_plan::Plan) -> Result<String, std::fmt::Error> {
    let meta = plan.metadata();
    let or_unknown = |value: Option<String>| value.unwrap_or_else(|| "unknown".to_owned());
    let mut out = String::new();

    writeln!(out, "{}", or_unknown(meta.title.clone()))?;
    writeln!(
        out,
        "issued {} by {}, approved by {}; period {}",
        or_unknown(meta.issue_date.map(|d| d.to_string())),
        or_unknown(meta.issuer.clone()),
        or_unknown(meta.approver.clone()),
        or_unknown(meta.period.map(|p| p.to_string())),
    )?;
    writeln!(out)?;

    for part in plan.parts() {
        let tasks = part.tasks.len() + part.groups.iter().map(|g| g.tasks.len()).sum::<usize>();
        writeln!(
            out,
            "{}  [{}] {} paragraph(s), {} group(s), {} task(s)",
            part.heading(),
            part.kind,
            part.paragraphs.len(),
            part.groups.len(),
            tasks
        )?;
        for group in &part.groups {
            let range = match (group.tasks.first(), group.tasks.last()) {
                (Some(first), Some(last)) => format!("tasks {}–{}", first.number, last.number),
                _ => "no tasks".to_owned(),
            };
            writeln!(out, "  {}  {range}", group.heading())?;
        }
        for task in &part.tasks {
            let named: Vec<String> = task.mentioned().map(|actor| actor.to_string()).collect();
            let names = if named.is_empty() {
                String::new()
            } else {
                format!("  names {}", named.join("、"))
            };
            writeln!(out, "  {}.{}{names}", task.number, task.title)?;
        }
    }

    let with_line = plan.tasks().filter(|t| t.responsibility.is_some()).count();
    writeln!(out)?;
    writeln!(
        out,
        "{} parts, {} groups, {} tasks ({} with a responsibility line), {} bytes of text",
        plan.parts().len(),
        plan.groups().count(),
        plan.tasks().len(),
        with_line,
        plan.to_text().len()
    )?;

    // Who carries the plan: the departments that lead the most tasks.
    let mut loads: Vec<_> = plan.departments().collect();
    loads.sort_by(|a, b| b.led.cmp(&a.led).then(a.department.cmp(&b.department)));
    let leads: Vec<String> = loads
        .iter()
        .take(5)
        .map(|load| format!("{} {}", load.department, load.led))
        .collect();
    writeln!(
        out,
        "{} departments take part; most tasks led: {}",
        loads.len(),
        leads.join(", ")
    )?;

    // What the tasks serve: item 48's livelihood goals, and the system level.
    let domains: Vec<String> = plan
        .domains()
        .map(|(domain, tasks)| format!("{domain} {}", tasks.len()))
        .collect();
    writeln!(out, "tasks by domain: {}", domains.join(", "))?;

    // What is promised, by when: the targets and their deadlines.
    let quantitative = plan
        .targets()
        .filter(|t| t.kind() == wuzhong_plan::TargetKind::Quantitative)
        .count();
    let undated = plan.targets().filter(|t| t.deadline.is_none()).count();
    writeln!(
        out,
        "{} targets ({} quantitative, {} undated); due:",
        plan.targets().len(),
        quantitative,
        undated
    )?;
    for (deadline, targets) in plan.timeline() {
        writeln!(
            out,
            "  {:<20} {}",
            deadline.english().to_string(),
            targets.len()
        )?;
    }
    Ok(out)
}

fn main() -> ExitCode {
    let Ok(text) = outline(wuzhong_plan::plan()) else {
        return ExitCode::FAILURE;
    };
    // A closed pipe (`| head`) is not an error worth a panic.
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

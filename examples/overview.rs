//! The plan's outline with its counts: what the embedded data holds, at a glance.
//!
//! ```text
//! cargo run --example overview
//! ```

fn main() {
    let plan = wuzhong_plan::plan();
    let meta = plan.metadata();
    let or_unknown = |value: Option<String>| value.unwrap_or_else(|| "unknown".to_owned());

    println!("{}", or_unknown(meta.title.clone()));
    println!(
        "issued {} by {}, approved by {}; period {}",
        or_unknown(meta.issue_date.map(|d| d.to_string())),
        or_unknown(meta.issuer.clone()),
        or_unknown(meta.approver.clone()),
        or_unknown(meta.period.map(|p| p.to_string())),
    );
    println!();

    for part in plan.parts() {
        let tasks = part.tasks.len() + part.groups.iter().map(|g| g.tasks.len()).sum::<usize>();
        println!(
            "{}  [{}] {} paragraph(s), {} group(s), {} task(s)",
            part.heading(),
            part.kind,
            part.paragraphs.len(),
            part.groups.len(),
            tasks
        );
        for group in &part.groups {
            let range = match (group.tasks.first(), group.tasks.last()) {
                (Some(first), Some(last)) => format!("tasks {}–{}", first.number, last.number),
                _ => "no tasks".to_owned(),
            };
            println!("  {}  {range}", group.heading());
        }
        for task in &part.tasks {
            println!("  {}.{}", task.number, task.title);
        }
    }

    let with_line = plan.tasks().filter(|t| t.responsibility.is_some()).count();
    println!();
    println!(
        "{} parts, {} groups, {} tasks ({} with a responsibility line), {} bytes of text",
        plan.parts().len(),
        plan.groups().count(),
        plan.tasks().len(),
        with_line,
        plan.to_text().len()
    );
}

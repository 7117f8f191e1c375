//! What `cargo run --example regenerate` writes, made from the data: `data/plan.json`
//! from `data/source.txt` and the curated fields of the current `data/plan.json`, and the
//! tables of `docs/data.md` and `docs/datapackage.md` that the data gives. The tests
//! that hold the committed files fresh (`tests/json_is_fresh.rs`, `tests/readme.rs`,
//! `tests/datapackage.rs`) compare them with what these functions make, so the command
//! and the tests cannot disagree.

use std::fmt::Write as _;

use strum::IntoEnumIterator;
use wuzhong_plan::{Comparator, Department, Error, Plan, parse};

/// The command every freshness test names.
pub const COMMAND: &str = "cargo run --example regenerate";

/// The plan `data/plan.json` should hold: what the parser makes of `source`, with the
/// curated fields of `curated_json` (the targets, every field of each, and the tasks'
/// domain tags), checked against the source again.
///
/// # Errors
///
/// The error reading `curated_json`, parsing `source`, or checking the curated fields
/// against what the source says.
pub fn regenerated(source: &str, curated_json: &str) -> Result<Plan, Error> {
    let curated = Plan::from_json(curated_json)?;
    let domains = curated
        .tasks()
        .flat_map(|task| task.domains.iter().map(|tag| (task.number, tag.clone())));
    parse(source)?
        .with_domains(domains)?
        .with_targets(curated.targets().cloned())
}

/// `data/plan.json` as it should read: the JSON of [`regenerated`], with a final newline.
///
/// # Errors
///
/// Those of [`regenerated`], or of writing the JSON.
pub fn plan_json(plan: &Plan) -> Result<String, Error> {
    Ok(plan.to_json()? + "\n")
}

/// The header of `docs/data.md`'s table of every kind of body.
pub const KINDS_HEADER: &str = "| id | category | name | short | Simplified | English | abbreviations | central body | province | former names |\n|---|---|---|---|---|---|---|---|---|---|\n";

/// The header of `docs/data.md`'s table of the plan's kinds of body.
pub const DEPARTMENTS_HEADER: &str = "| id | name | short | Simplified | English | leads tasks | takes part in |\n|---|---|---|---|---|---|---|\n";

/// The header of `docs/data.md`'s table of targets.
pub const TARGETS_HEADER: &str =
    "| id | task | quote | value | unit | deadline | lead |\n|---|---|---|---|---|---|---|\n";

/// The header of `docs/data.md`'s table of each task's domains, whose last column is
/// written by hand.
pub const DOMAINS_HEADER: &str =
    "| task | title | domains | grounded by | why, where not obvious |\n|---|---|---|---|---|\n";

/// `list` joined with `, `, or `–` when it is empty.
fn or_dash(list: &[String]) -> String {
    if list.is_empty() {
        "–".to_owned()
    } else {
        list.join(", ")
    }
}

/// Each name in Traditional script, with its Simplified form after it in brackets where
/// the two differ: `人社局`, `財政部 (财政部)`.
fn in_both_scripts(traditional: &[&str], simplified: &[&str]) -> Vec<String> {
    traditional
        .iter()
        .zip(simplified)
        .map(|(t, s)| {
            if t == s {
                (*t).to_owned()
            } else {
                format!("{t} ({s})")
            }
        })
        .collect()
}

/// The rows of the table of every kind of body the vocabulary knows.
pub fn kinds_rows() -> String {
    let mut rows = String::new();
    for kind in Department::iter() {
        let abbreviations = in_both_scripts(kind.abbreviations(), kind.simplified_abbreviations());
        let central = in_both_scripts(kind.national_names(), kind.simplified_national_names());
        let province = kind.provincial_name().unwrap_or("–");
        let former: Vec<String> = kind
            .former_names()
            .iter()
            .map(|f| {
                let years = match (f.since, f.until) {
                    (Some(since), Some(until)) => format!("{since}–{until}"),
                    (None, Some(until)) => format!("until {until}"),
                    (Some(since), None) => format!("from {since}"),
                    (None, None) => String::new(),
                };
                match (f.national, years.is_empty()) {
                    (true, true) => format!("{} (central)", f.name),
                    (true, false) => format!("{} (central, {years})", f.name),
                    (false, true) => f.name.to_owned(),
                    (false, false) => format!("{} ({years})", f.name),
                }
            })
            .collect();
        let _ = writeln!(
            rows,
            "| `{}` | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            kind.id(),
            kind.category(),
            kind.name(),
            kind.short_name(),
            kind.simplified_name(),
            kind.english_name(),
            or_dash(&abbreviations),
            or_dash(&central),
            province,
            or_dash(&former),
        );
    }
    rows
}

/// The rows of the table of the kinds of the plan's organisations, with the tasks each
/// leads and how many it takes part in.
///
/// # Errors
///
/// None for a plan's own kinds, which its queries always know.
pub fn departments_rows(plan: &Plan) -> Result<String, Error> {
    let mut rows = String::new();
    for department in plan.organizations().filter_map(|o| o.kind) {
        let led: Vec<String> = plan
            .tasks_led_by(department)?
            .map(|t| t.number.to_string())
            .collect();
        let led = if led.is_empty() {
            "–".to_owned()
        } else {
            led.join(", ")
        };
        let involved = plan.tasks_involving(department)?.len();
        let _ = writeln!(
            rows,
            "| `{}` | {} | {} | {} | {} | {} | {} |",
            department.id(),
            department.name(),
            department.short_name(),
            department.simplified_name(),
            department.english_name(),
            led,
            involved
        );
    }
    Ok(rows)
}

/// The rows of the table of targets.
pub fn targets_rows(plan: &Plan) -> String {
    let mut rows = String::new();
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
        let _ = writeln!(
            rows,
            "| `{}` | {} | {} | {} | {} | {} | {} |",
            target.id, task, target.quote, value, unit, deadline, lead
        );
    }
    rows
}

/// For each task, the first four cells of its row of the domain table, as the data gives
/// them, up to where the hand-written reason starts: `| n | title | domains | quotes | `.
fn domain_row_starts(plan: &Plan) -> Vec<String> {
    plan.tasks()
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

/// The rows of the domain table: the data's four cells for each task, and the reason the
/// current `rows` give for it (by task number), or none.
pub fn domain_rows(plan: &Plan, rows: &str) -> String {
    let reason = |number: u16| {
        rows.lines().find_map(|row| {
            let cells: Vec<&str> = row.split('|').collect();
            let n: u16 = cells.get(1)?.trim().parse().ok()?;
            let last = cells.len().checked_sub(1)?;
            (n == number).then(|| cells.get(5..last).unwrap_or(&[]).join("|"))
        })
    };
    let mut out = String::new();
    for (task, start) in plan.tasks().zip(domain_row_starts(plan)) {
        let reason = reason(task.number).unwrap_or_default();
        let reason = reason.trim();
        if reason.is_empty() {
            let _ = writeln!(out, "{start}|");
        } else {
            let _ = writeln!(out, "{start}{reason} |");
        }
    }
    out
}

/// The rows under `header` in `doc`: every line from the one after the header that
/// starts with `|`.
pub fn table_rows<'a>(doc: &'a str, header: &str) -> Option<&'a str> {
    let start = doc.find(header)? + header.len();
    let rest = doc.get(start..)?;
    let mut end = 0;
    for line in rest.split_inclusive('\n') {
        if !line.starts_with('|') {
            break;
        }
        end += line.len();
    }
    rest.get(..end)
}

/// `doc` with the rows under `header` replaced by `rows`.
fn replace_rows(doc: &str, header: &str, rows: &str) -> Result<String, String> {
    let old = table_rows(doc, header).ok_or_else(|| format!("no table headed {header:?}"))?;
    let start = doc.find(header).unwrap_or_default() + header.len();
    let mut out = String::with_capacity(doc.len() + rows.len());
    out.push_str(doc.get(..start).unwrap_or_default());
    out.push_str(rows);
    out.push_str(doc.get(start + old.len()..).unwrap_or_default());
    Ok(out)
}

/// `docs/data.md` with its four generated tables made from `plan` and the vocabulary.
///
/// # Errors
///
/// Which table the guide lacks, or a query's error.
pub fn data_guide(plan: &Plan, guide: &str) -> Result<String, String> {
    let guide = replace_rows(guide, KINDS_HEADER, &kinds_rows())?;
    let departments = departments_rows(plan).map_err(|err| err.to_string())?;
    let guide = replace_rows(&guide, DEPARTMENTS_HEADER, &departments)?;
    let guide = replace_rows(&guide, TARGETS_HEADER, &targets_rows(plan))?;
    let old = table_rows(&guide, DOMAINS_HEADER).unwrap_or_default();
    let domains = domain_rows(plan, old);
    replace_rows(&guide, DOMAINS_HEADER, &domains)
}

/// The heading of `docs/datapackage.md`'s section of tables.
pub const TABLES_HEADING: &str = "## The tables\n\n";

/// The fields of every table of the data package as `docs/datapackage.md` lists them: a
/// heading and a Markdown table for each, with its keys.
pub fn datapackage_tables(plan: &Plan) -> String {
    let mut out = String::new();
    for table in plan.tables() {
        let _ = write!(out, "### `{}`\n\n{}\n\n", table.name, table.description);
        let key: Vec<String> = table.primary_key.iter().map(|f| format!("`{f}`")).collect();
        let _ = write!(out, "Primary key: {}.", key.join(", "));
        for key in &table.foreign_keys {
            let _ = write!(
                out,
                " `{}` refers to `{}.{}`.",
                key.fields.join("`, `"),
                key.table,
                key.reference.join(", ")
            );
        }
        out.push_str("\n\n| field | type | required | description |\n|---|---|---|---|\n");
        for field in &table.fields {
            let mut description = field.description.to_owned();
            if !field.values.is_empty() && field.values.len() <= 20 {
                let _ = write!(description, " One of {}.", field.values.join(", "));
            }
            let _ = writeln!(
                out,
                "| `{}` | {} | {} | {} |",
                field.name,
                field.kind,
                if field.required { "yes" } else { "" },
                description.replace('|', "\\|")
            );
        }
        out.push('\n');
    }
    out
}

/// `docs/datapackage.md` with its section of tables, from its heading to the next
/// heading of its level, made from `plan`'s tables.
///
/// # Errors
///
/// The guide lacks the section.
pub fn datapackage_guide(plan: &Plan, guide: &str) -> Result<String, String> {
    let start = guide
        .find(TABLES_HEADING)
        .ok_or_else(|| format!("no section headed {TABLES_HEADING:?}"))?
        + TABLES_HEADING.len();
    let rest = guide.get(start..).unwrap_or_default();
    let end = rest.find("\n## ").map_or(rest.len(), |at| at + 1);
    let mut out = String::with_capacity(guide.len());
    out.push_str(guide.get(..start).unwrap_or_default());
    out.push_str(&datapackage_tables(plan));
    out.push_str(rest.get(end..).unwrap_or_default());
    Ok(out)
}

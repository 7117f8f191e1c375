//! The embedded plan's answers to `tasks` and `targets` in JSON and CSV, the formats
//! scripts read, baked into the binary as the plan itself is baked into the library.
//!
//! A script that asks in a loop pays the process each time, and most of what a process
//! of this command line costs is the plan being made (its strings and lists, about 90 KB
//! of fresh heap) and clap building its tree of commands. So a command line that asks
//! only what these tables hold is answered from them, before clap and without the plan:
//!
//! - `tasks` or `targets`, with `--lead`, `--involving`, `--domain`, `--group` and
//!   `--due-by` (each name or value in a form the tables hold: every name of every kind
//!   of body and of every organisation the plan has, every name of every domain, a
//!   group's number, numeral or id, any year `--due-by` reads);
//! - `--format json` or `--format csv`, or no `--format` when stdout is no terminal.
//!
//! Its answer is the records the full path prints, each written once at baking time,
//! picked by masks of task and target positions. Anything else (another command, a
//! table or Markdown, `--grep` or `--quote`, `--plan`, a name in another form, anything
//! clap would refuse or explain) is left to the full path, which answers it as before.
//!
//! `data/answers.rs` holds the tables. A test makes them again from the plan and the
//! record writers and fails when they differ, writing the fresh file to the temporary
//! directory for you to copy over. Others run the values the tables hold (a name for
//! each distinct answer and every seventh other name, every domain, group and year
//! form), alone and together, through both paths in both formats and require the same
//! bytes, and check that what the tables must leave to the full path is left.

use std::ffi::OsString;
use std::io::IsTerminal as _;

use crate::output::Format;

/// The tables, generated from the plan and the record writers.
mod baked {
    include!("../../../data/answers.rs");
}

/// `tasks` or `targets`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Listing {
    Tasks,
    Targets,
}

/// The answer to `args` (the arguments after the program's name) from the tables, or
/// `None` for a command line they do not answer.
pub fn answer(args: &[OsString]) -> Option<Vec<u8>> {
    let mut listing = None;
    let mut format = None;
    let mut tasks = baked::ALL_TASKS;
    let mut targets = baked::ALL_TARGETS;
    let (mut lead, mut group, mut due) = (false, false, false);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let arg = arg.to_str()?;
        let Some(flag) = arg.strip_prefix("--") else {
            if listing.is_some() {
                return None;
            }
            listing = Some(match arg {
                "tasks" => Listing::Tasks,
                "targets" => Listing::Targets,
                _ => return None,
            });
            continue;
        };
        let (flag, value) = match flag.split_once('=') {
            Some((flag, value)) => (flag, value),
            None => {
                let value = args.next()?.to_str()?;
                if value.starts_with('-') {
                    return None;
                }
                (flag, value)
            }
        };
        if flag == "format" {
            if format.replace(value).is_some() {
                return None;
            }
            continue;
        }
        // Filters stand after the command, as clap takes them.
        listing?;
        let (task_mask, target_mask) = match flag {
            "lead" => {
                first(&mut lead)?;
                let party = baked::party(value)?;
                pick(&baked::LED_TASKS, &baked::LED_TARGETS, party)?
            }
            "involving" => {
                let party = baked::party(value)?;
                pick(&baked::INVOLVING_TASKS, &baked::INVOLVING_TARGETS, party)?
            }
            "domain" => {
                let domain = baked::domain(value)?;
                pick(&baked::DOMAIN_TASKS, &baked::DOMAIN_TARGETS, domain)?
            }
            "group" => {
                first(&mut group)?;
                let at = baked::group(value)?;
                pick(&baked::GROUP_TASKS, &baked::GROUP_TARGETS, at)?
            }
            "due-by" => {
                first(&mut due)?;
                due_by(crate::year_value(value).ok()?)
            }
            _ => return None,
        };
        tasks &= task_mask;
        targets &= target_mask;
    }
    let format = match format {
        Some(value) => Format::parse(value).ok()?,
        None if std::io::stdout().is_terminal() => Format::Table,
        None => Format::Json,
    };
    match (listing?, format) {
        (Listing::Tasks, Format::Json) => json(baked::TASK_JSON, &baked::TASK_JSON_ENDS, tasks),
        (Listing::Tasks, Format::Csv) => csv(
            baked::TASK_CSV_HEADER,
            baked::TASK_CSV,
            &baked::TASK_CSV_ENDS,
            tasks,
        ),
        (Listing::Targets, Format::Json) => {
            json(baked::TARGET_JSON, &baked::TARGET_JSON_ENDS, targets)
        }
        (Listing::Targets, Format::Csv) => csv(
            baked::TARGET_CSV_HEADER,
            baked::TARGET_CSV,
            &baked::TARGET_CSV_ENDS,
            targets,
        ),
        (_, Format::Table | Format::Markdown) => None,
    }
}

/// Marks a filter clap takes once as seen: `None` the second time, for clap to refuse.
fn first(seen: &mut bool) -> Option<()> {
    (!std::mem::replace(seen, true)).then_some(())
}

/// The task and target masks at `at` in these tables.
fn pick(tasks: &[u64], targets: &[u64], at: usize) -> Option<(u64, u64)> {
    Some((*tasks.get(at)?, *targets.get(at)?))
}

/// The masks of the tasks with a target due by the end of `year`, and of those targets:
/// those of the last year in [`baked::DUE`] at or before it.
fn due_by(year: u16) -> (u64, u64) {
    baked::DUE
        .iter()
        .take_while(|(from, _, _)| *from <= year)
        .last()
        .map_or((0, 0), |&(_, tasks, targets)| (tasks, targets))
}

/// The records at the positions `mask` sets, in order: record `i` is `text[ends[i - 1]..
/// ends[i]]`. `None` if the tables do not hold one of them, so that the full path
/// answers rather than part of the answer being printed.
fn records<'t>(text: &'t str, ends: &[u32], mask: u64) -> Option<Vec<&'t str>> {
    let mut found = Vec::with_capacity(mask.count_ones() as usize);
    let mut rest = mask;
    while rest != 0 {
        let at = rest.trailing_zeros() as usize;
        rest &= rest - 1;
        let start = match at.checked_sub(1) {
            Some(before) => *ends.get(before)?,
            None => 0,
        };
        let end = *ends.get(at)?;
        found.push(text.get(usize::try_from(start).ok()?..usize::try_from(end).ok()?)?);
    }
    Some(found)
}

/// The records as the full path's JSON prints them: a pretty-printed array, or `[]`.
fn json(text: &str, ends: &[u32], mask: u64) -> Option<Vec<u8>> {
    let records = records(text, ends, mask)?;
    if records.is_empty() {
        return Some(b"[]\n".to_vec());
    }
    let mut out = Vec::with_capacity(records.iter().map(|r| r.len() + 2).sum::<usize>() + 4);
    out.extend_from_slice(b"[\n");
    out.extend_from_slice(records.join(",\n").as_bytes());
    out.extend_from_slice(b"\n]\n");
    Some(out)
}

/// The records as the full path's CSV prints them: the header, then a row each.
fn csv(header: &str, text: &str, ends: &[u32], mask: u64) -> Option<Vec<u8>> {
    let records = records(text, ends, mask)?;
    let mut out = Vec::with_capacity(header.len() + records.iter().map(|r| r.len()).sum::<usize>());
    out.extend_from_slice(header.as_bytes());
    for record in records {
        out.extend_from_slice(record.as_bytes());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    //! The tables made again from the plan and the record writers, and every command line
    //! they answer run through both paths.

    use std::collections::BTreeMap;
    use std::ffi::OsString;
    use std::fmt::Write as _;

    use clap::Parser as _;
    use strum::IntoEnumIterator as _;
    use wuzhong_plan::{Department, Domain, Plan, Query, Target, Task, plan};

    use super::answer;
    use crate::output::{Format, Output};
    use crate::{Cli, group_number, records, run};

    type Outcome = Result<(), Box<dyn std::error::Error>>;

    /// The tables as `data/answers.rs` holds them.
    const BAKED: &str = include_str!("../../../data/answers.rs");

    /// What the full path prints for `args`, or its error message.
    fn full(args: &[&str]) -> Result<Vec<u8>, String> {
        let argv = std::iter::once("wuzhong-plan").chain(args.iter().copied());
        let cli = Cli::try_parse_from(argv).map_err(|err| err.to_string())?;
        run(&cli).map_err(|failure| failure.message)
    }

    /// What the tables answer for `args`.
    fn fast(args: &[&str]) -> Option<Vec<u8>> {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        answer(&args)
    }

    /// The positions of `items` among `all`, as a mask.
    fn mask<'a, T: 'a>(all: &[&T], items: impl Iterator<Item = &'a T>) -> u64 {
        items
            .filter_map(|item| all.iter().position(|other| std::ptr::eq(*other, item)))
            .fold(0, |mask, at| mask | (1u64 << at))
    }

    /// The masks of a query's tasks and targets.
    struct Masks<'p> {
        tasks: Vec<&'p Task>,
        targets: Vec<&'p Target>,
    }

    impl<'p> Masks<'p> {
        fn new(plan: &'p Plan) -> Masks<'p> {
            Masks {
                tasks: plan.tasks().collect(),
                targets: plan.targets().collect(),
            }
        }

        fn of(&self, query: Query<'p>) -> (u64, u64) {
            (
                mask(&self.tasks, query.clone().tasks()),
                mask(&self.targets, query.targets()),
            )
        }
    }

    /// Names, each with the value its table gives, as a `match` with one arm for each
    /// value.
    fn lookup(out: &mut String, name: &str, keys: &BTreeMap<String, usize>) {
        let mut arms: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
        for (key, at) in keys {
            arms.entry(*at).or_default().push(key);
        }
        let _ = writeln!(out, "pub(super) fn {name}(name: &str) -> Option<usize> {{");
        let _ = writeln!(out, "    match name {{");
        for (at, keys) in arms {
            let keys: Vec<String> = keys.iter().map(|key| format!("{key:?}")).collect();
            let _ = writeln!(out, "        {} => Some({at}),", keys.join(" | "));
        }
        let _ = writeln!(out, "        _ => None,\n    }}\n}}\n");
    }

    /// Where `value` stands in `distinct`, added at the end if it is new.
    fn intern<T: PartialEq>(distinct: &mut Vec<T>, value: T) -> usize {
        if let Some(at) = distinct.iter().position(|d| *d == value) {
            return at;
        }
        distinct.push(value);
        distinct.len() - 1
    }

    /// A table of masks.
    fn mask_table(out: &mut String, name: &str, values: &[u64]) {
        let values: Vec<String> = values.iter().map(|v| format!("{v:#x}")).collect();
        let _ = writeln!(
            out,
            "pub(super) const {name}: [u64; {}] = [{}];",
            values.len(),
            values.join(", ")
        );
    }

    /// Records written one by one, as a text and the end of each.
    fn texts(out: &mut String, name: &str, records: &[String]) {
        let mut ends = Vec::new();
        let mut total = 0;
        for record in records {
            total += record.len();
            ends.push(total.to_string());
        }
        let _ = writeln!(
            out,
            "pub(super) const {name}: &str = {:?};",
            records.concat()
        );
        let _ = writeln!(
            out,
            "pub(super) const {name}_ENDS: [u32; {}] = [{}];",
            ends.len(),
            ends.join(", ")
        );
    }

    /// The lines that hold each record as the full path writes it alone: in JSON, the
    /// array's one element (`NAME_JSON`); in CSV, the header (`NAME_CSV_HEADER`) and the
    /// row after it (`NAME_CSV`).
    fn written(
        out: &mut String,
        name: &str,
        header: &str,
        outputs: impl Iterator<Item = Result<Output, String>>,
    ) -> Result<(), String> {
        let (mut json, mut csv) = (Vec::new(), Vec::new());
        for output in outputs {
            let output = output?;
            let array = output.render(Format::Json)?;
            let element = array
                .strip_prefix("[\n")
                .and_then(|rest| rest.strip_suffix("\n]\n"))
                .ok_or_else(|| format!("a one-record array is `[\\n…\\n]\\n`: {array}"))?;
            json.push(element.to_owned());
            let rows = output.render(Format::Csv)?;
            let row = rows
                .strip_prefix(header)
                .ok_or_else(|| format!("a row follows the header: {rows}"))?;
            csv.push(row.to_owned());
        }
        texts(out, &format!("{name}_JSON"), &json);
        let _ = writeln!(
            out,
            "pub(super) const {name}_CSV_HEADER: &str = {header:?};"
        );
        texts(out, &format!("{name}_CSV"), &csv);
        Ok(())
    }

    /// Every name `--lead` and `--involving` take in the tables: every name of every kind
    /// and every name and id of the plan's organisations, each with the masks of what it
    /// leads and takes part in.
    fn parties_of<'p>(
        plan: &'p Plan,
        masks: &Masks<'p>,
    ) -> Result<Vec<(String, [u64; 4])>, String> {
        let mut names: Vec<String> = Vec::new();
        for kind in Department::iter() {
            names.extend(kind.names().map(str::to_owned));
            names.extend(kind.abbreviations().iter().map(|n| (*n).to_owned()));
            names.extend(
                kind.simplified_abbreviations()
                    .iter()
                    .map(|n| (*n).to_owned()),
            );
        }
        for organization in plan.organizations() {
            names.push(organization.id.clone());
            names.extend(organization.names().map(str::to_owned));
        }
        let mut found = Vec::new();
        for name in names {
            let Ok(who) = plan.who(&name) else { continue };
            let (led_tasks, led_targets) = masks.of(plan.query().led_by(who));
            let (involving_tasks, involving_targets) = masks.of(plan.query().involving(who));
            found.push((
                name,
                [led_tasks, led_targets, involving_tasks, involving_targets],
            ));
        }
        if found.is_empty() {
            return Err("no name resolves in the plan".to_owned());
        }
        Ok(found)
    }

    /// The tables, as `data/answers.rs` should hold them.
    fn bake() -> Result<String, String> {
        let plan = plan();
        let masks = Masks::new(plan);
        if masks.tasks.len() > 64 || masks.targets.len() > 64 {
            return Err("the masks hold 64 tasks and 64 targets at most".to_owned());
        }
        let mut out = String::from(
            "// The embedded plan's answers to `tasks` and `targets` in JSON and CSV, made by\n\
             // the test `answers::tests::the_baked_answers_are_fresh` from the plan and the\n\
             // record writers of the command line. Do not edit: run that test and copy the\n\
             // file it writes over this one.\n\n",
        );
        let (all_tasks, all_targets) = masks.of(plan.query());
        let _ = writeln!(out, "pub(super) const ALL_TASKS: u64 = {all_tasks:#x};");
        let _ = writeln!(
            out,
            "pub(super) const ALL_TARGETS: u64 = {all_targets:#x};\n"
        );

        // The records, one at a time, as the full path writes them.
        let task_header = records::tasks(plan, std::iter::empty())?.render(Format::Csv)?;
        let one_task = |task: &&Task| records::tasks(plan, std::iter::once(*task));
        written(
            &mut out,
            "TASK",
            &task_header,
            masks.tasks.iter().map(one_task),
        )?;
        let target_header = records::targets(plan, std::iter::empty())?.render(Format::Csv)?;
        let one_target = |target: &&Target| records::targets(plan, std::iter::once(*target));
        written(
            &mut out,
            "TARGET",
            &target_header,
            masks.targets.iter().map(one_target),
        )?;
        out.push('\n');

        // Names of bodies, by the masks they give.
        let mut distinct: Vec<[u64; 4]> = Vec::new();
        let mut keys = BTreeMap::new();
        for (name, found) in parties_of(plan, &masks)? {
            let at = intern(&mut distinct, found);
            keys.entry(name).or_insert(at);
        }
        lookup(&mut out, "party", &keys);
        let column =
            |i: usize| -> Vec<u64> { distinct.iter().filter_map(|d| d.get(i).copied()).collect() };
        mask_table(&mut out, "LED_TASKS", &column(0));
        mask_table(&mut out, "LED_TARGETS", &column(1));
        mask_table(&mut out, "INVOLVING_TASKS", &column(2));
        mask_table(&mut out, "INVOLVING_TARGETS", &column(3));
        out.push('\n');

        // Domains, by every name `Domain::lookup` reads as them.
        let mut keys = BTreeMap::new();
        let (mut tasks, mut targets) = (Vec::new(), Vec::new());
        for (at, domain) in Domain::iter().enumerate() {
            for name in domain.names() {
                if Domain::lookup(name).ok() == Some(domain) {
                    keys.entry(name.to_owned()).or_insert(at);
                }
            }
            let (t, g) = masks.of(plan.query().domain(domain));
            tasks.push(t);
            targets.push(g);
        }
        lookup(&mut out, "domain", &keys);
        mask_table(&mut out, "DOMAIN_TASKS", &tasks);
        mask_table(&mut out, "DOMAIN_TARGETS", &targets);
        out.push('\n');

        // Groups, by number, numeral and id, as `--group` reads them.
        let mut keys = BTreeMap::new();
        let mut distinct = Vec::new();
        for group in plan.groups() {
            for form in [group.number.to_string(), group.numeral(), group.id.clone()] {
                let Ok(number) = group_number(plan, &form) else {
                    continue;
                };
                let at = intern(&mut distinct, masks.of(plan.query().in_group(number)));
                keys.entry(form).or_insert(at);
            }
        }
        let (tasks, targets): (Vec<u64>, Vec<u64>) = distinct.into_iter().unzip();
        lookup(&mut out, "group", &keys);
        mask_table(&mut out, "GROUP_TASKS", &tasks);
        mask_table(&mut out, "GROUP_TARGETS", &targets);
        out.push('\n');

        // `--due-by`: the years at which the answer changes, over every year it reads.
        let mut due: Vec<(u16, u64, u64)> = Vec::new();
        let mut last = (0, 0);
        for year in 1000..=9999u16 {
            let found = masks.of(plan.query().due_by(year));
            if found != last {
                due.push((year, found.0, found.1));
                last = found;
            }
        }
        let due: Vec<String> = due
            .iter()
            .map(|(year, t, g)| format!("({year}, {t:#x}, {g:#x})"))
            .collect();
        let _ = writeln!(
            out,
            "pub(super) const DUE: [(u16, u64, u64); {}] = [{}];",
            due.len(),
            due.join(", ")
        );
        Ok(out)
    }

    /// Every filter value the tables hold, by flag, with the first of each value's names
    /// first: names of bodies, domains and groups, and the forms of years `--due-by` reads.
    fn values() -> Result<Vec<(&'static str, Vec<String>)>, String> {
        let plan = plan();
        let masks = Masks::new(plan);
        let mut parties: Vec<String> = Vec::new();
        let mut seen: Vec<[u64; 4]> = Vec::new();
        let mut others: Vec<String> = Vec::new();
        for (name, found) in parties_of(plan, &masks)? {
            if seen.contains(&found) {
                others.push(name);
            } else {
                seen.push(found);
                parties.push(name);
            }
        }
        // Every seventh of the other names too, through both paths.
        parties.extend(others.into_iter().step_by(7));
        let domains = Domain::iter()
            .flat_map(|domain| domain.names().map(str::to_owned))
            .collect();
        let groups = plan
            .groups()
            .flat_map(|g| [g.number.to_string(), g.numeral(), g.id.clone()])
            .collect();
        let mut years: Vec<String> = (2019..=2027).map(|y| y.to_string()).collect();
        years.extend(
            [
                "1000",
                "9999",
                "2025年",
                "2023年底",
                "到2025年",
                "by 2025",
                "２０２５",
            ]
            .map(str::to_owned),
        );
        Ok(vec![
            ("--lead", parties.clone()),
            ("--involving", parties),
            ("--domain", domains),
            ("--group", groups),
            ("--due-by", years),
        ])
    }

    /// Checks that the tables answer `args` with the bytes the full path prints.
    fn same(args: &[&str]) -> Outcome {
        let expected =
            full(args).map_err(|err| format!("{args:?}: the full path failed: {err}"))?;
        match fast(args) {
            Some(found) if found == expected => Ok(()),
            Some(found) => Err(format!(
                "{args:?}: the tables answer\n{}\nwhere the full path prints\n{}",
                String::from_utf8_lossy(&found),
                String::from_utf8_lossy(&expected)
            )
            .into()),
            None => Err(format!("{args:?}: the tables do not answer").into()),
        }
    }

    #[test]
    fn the_tables_answer_each_filter_as_the_full_path_does() -> Outcome {
        let values = values()?;
        for listing in ["tasks", "targets"] {
            for format in ["json", "csv"] {
                same(&[listing, "--format", format])?;
                for (flag, values) in &values {
                    for value in values {
                        same(&[listing, flag, value, "--format", format])?;
                    }
                }
            }
        }
        Ok(())
    }

    #[test]
    fn the_tables_answer_filters_together_as_the_full_path_does() -> Outcome {
        let values = values()?;
        let first = |flag: &str| -> Vec<String> {
            values
                .iter()
                .find(|(f, _)| *f == flag)
                .map(|(_, v)| v.iter().take(28).cloned().collect())
                .unwrap_or_default()
        };
        let (parties, domains, groups) = (first("--lead"), first("--domain"), first("--group"));
        for listing in ["tasks", "targets"] {
            for (i, party) in parties.iter().enumerate() {
                let domain = domains
                    .get(i % domains.len().max(1))
                    .map_or("", String::as_str);
                let group = groups
                    .get(i % groups.len().max(1))
                    .map_or("", String::as_str);
                let other = parties
                    .get((i + 5) % parties.len())
                    .map_or("", String::as_str);
                same(&[listing, "--lead", party, "--domain", domain])?;
                same(&[
                    listing,
                    "--involving",
                    party,
                    "--involving",
                    other,
                    "--format",
                    "csv",
                ])?;
                same(&[
                    listing, "--lead", party, "--group", group, "--due-by", "2023",
                ])?;
                same(&[
                    listing,
                    "--domain",
                    domain,
                    "--domain",
                    "elderly-care",
                    "--due-by",
                    "2025",
                ])?;
            }
        }
        Ok(())
    }

    #[test]
    fn the_tables_take_the_flags_as_clap_does() -> Outcome {
        // A global --format before the command, values after `=`, the default format.
        same(&["--format", "csv", "tasks", "--lead", "民政局"])?;
        same(&["--format=json", "targets", "--due-by=2023"])?;
        same(&["tasks", "--lead=市民政局", "--format=CSV"])?;
        same(&["tasks", "--lead", "民政局"])?;
        same(&["targets", "--domain", "老有所養", "--involving", "衛健委"])?;
        Ok(())
    }

    #[test]
    fn other_command_lines_are_left_to_the_full_path() {
        let left: &[&[&str]] = &[
            &[],
            &["-h"],
            &["--version"],
            &["task", "23"],
            &["departments"],
            &["tasks", "--help"],
            &["tasks", "extra"],
            &["tasks", "targets"],
            &["tasks", "--format", "table"],
            &["tasks", "--format", "markdown"],
            &["tasks", "--format", "xml"],
            &["tasks", "--format", "json", "--format", "csv"],
            &["--format", "json", "tasks", "--format", "json"],
            &["tasks", "--grep", "養老"],
            &["targets", "--quote", "配建率"],
            &["--plan", "other.json", "tasks"],
            &["tasks", "--plan", "other.json"],
            &["--strict", "tasks"],
            &["--lead", "民政局", "tasks"],
            &["tasks", "--lead"],
            &["tasks", "--lead", "-x"],
            &["tasks", "--lead", ""],
            &["tasks", "--lead", "民証局"],
            &["tasks", "--lead", " 民政局"],
            &["tasks", "--lead", "民政局", "--lead", "財政局"],
            &["tasks", "--group", "9"],
            &["tasks", "--group", "1", "--group", "2"],
            &["tasks", "--due-by", "20x5"],
            &["tasks", "--due-by", "-2025"],
            &["tasks", "--due-by", "2025", "--due-by", "2023"],
            &["tasks", "--domain", "no-such-domain"],
            &["tasks", "-x"],
            &["tasks", "--", "--lead"],
            &["tasks", "--leads", "民政局"],
        ];
        for args in left {
            assert!(
                fast(args).is_none(),
                "{args:?} is the full path's to answer"
            );
        }
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStringExt as _;
            let args = [
                OsString::from("tasks"),
                OsString::from("--lead"),
                OsString::from_vec(vec![0xff]),
            ];
            assert!(
                answer(&args).is_none(),
                "a name that is no UTF-8 is the full path's"
            );
        }
    }

    #[test]
    fn the_baked_answers_are_fresh() -> Outcome {
        let fresh = bake()?;
        if fresh != BAKED {
            let path = std::env::temp_dir().join("wuzhong-plan.answers.rs");
            std::fs::write(&path, &fresh)?;
            return Err(format!(
                "data/answers.rs is stale: the fresh tables are in {}; copy them over it",
                path.display()
            )
            .into());
        }
        Ok(())
    }
}

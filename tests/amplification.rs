//! Every output is in proportion to its input: each renderer, the data package's files,
//! Popolo, the JSON and the command line's answers write at most `per_byte` bytes for
//! each byte of the plan's text, and `plus` more, the bounds `docs/robustness.md`
//! states in its table (read by `tests/common/bounds.rs`, which the fuzz targets
//! `render` and `export` read too).
//!
//! The input is the plan's text, [`Plan::to_text`], which for a plan read with
//! [`parse`] is the text read, byte for byte. The plans are built to amplify: what one
//! output writes once for each pair of things (an organisation and a task, a target and
//! a lead) made large on both sides, and the smallest text that makes each kind of fact
//! (a target of two bytes, a party of two, a task of four, a line of two), which the
//! outputs write with the most markup per byte. The issue's plan, one task with a
//! title of 10,000 characters and 1,000 parties, rendered 671 times its size as the
//! network picture and 1,342 times as the page, before each picture and list cut what
//! it repeats.

#[path = "common/bounds.rs"]
mod bounds;
#[path = "common/temp.rs"]
mod temp;

use std::fmt::Write as _;

use assert_cmd::Command;
use bounds::{Bound, FORMATS, bound};
use temp::TempDir;
use wuzhong_plan::{Domain, DomainTag, Plan, RenderOptions, Script, parse};

/// A title of `chars` characters.
fn long(c: char, chars: usize) -> String {
    std::iter::repeat_n(c, chars).collect()
}

/// The issue's plan: one task whose title is 10,000 characters, and 1,000 parties, each
/// a body of its own.
fn the_issues_plan() -> String {
    let mut text = format!(
        "一、重點任務\n1.{}。正文\n責任單位:市教育局",
        long('標', 10_000)
    );
    for i in 1..1000 {
        let _ = write!(text, "、市甲{i}辦");
    }
    text.push('\n');
    text
}

/// A long title, and many bodies of names as short as can be: each dot of the network
/// and each item of an organisation's list repeats the title.
fn a_long_title_and_tiny_parties() -> String {
    let mut text = format!("一、重點任務\n1.{}。正文\n責任單位:局", long('標', 2_000));
    for i in 1..=2_000 {
        let _ = write!(text, ",{i}");
    }
    text.push('\n');
    text
}

/// Many tasks, each naming the same many bodies: each pair an item of a list, a dot, a
/// row of the responsibilities.
fn many_tasks_with_many_parties() -> String {
    let parties: String = (1..=60).map(|i| format!("、市乙{i}辦")).collect();
    let mut text = String::from("一、重點任務\n");
    for task in 1..=60 {
        let _ = writeln!(
            text,
            "{task}.{}。正文\n責任單位:市教育局{parties}",
            long('題', 40)
        );
    }
    text
}

/// Many targets whose quotes are long.
fn targets_with_long_quotes() -> String {
    let quote = long('建', 100);
    let targets: Vec<String> = (0..300).map(|_| format!("{quote}1所")).collect();
    format!(
        "一、重點任務\n1.標題。到2025年,{}\n責任單位:市教育局\n",
        targets.join("、")
    )
}

/// A long title, and many targets in its task: a target's record names its task.
fn a_long_title_and_many_targets() -> String {
    format!(
        "一、重點任務\n1.{}。到2025年,{}1所\n責任單位:市教育局\n",
        long('標', 10_000),
        "1所、".repeat(2_000)
    )
}

/// Several groups with long titles, each with many tasks under it.
fn long_group_titles_and_many_tasks() -> String {
    let mut text = String::from("一、重點任務\n");
    let mut task = 0;
    for numeral in ["一", "二", "三", "四", "五"] {
        let _ = writeln!(text, "({numeral}){}", long('組', 5_000));
        for _ in 0..200 {
            task += 1;
            let _ = writeln!(text, "{task}.標。正\n責任單位:市教育局、市民政局");
        }
    }
    text
}

/// A task whose text names many bodies apart from its responsibility.
fn many_mentions() -> String {
    format!(
        "一、重點任務\n1.標題。{}正文\n",
        "市發展改革委、".repeat(2_000)
    )
}

/// A task with many joint leads and many targets: each target's record names the
/// task's leads.
fn joint_leads_and_many_targets() -> String {
    let leads: Vec<String> = (1..=300).map(|i| format!("市丙{i}辦")).collect();
    format!(
        "一、重點任務\n1.標題。到2025年,{}1所\n牽頭單位:{}\n",
        "1所、".repeat(2_000),
        leads.join("、")
    )
}

/// A task whose one lead has a name of 10,000 characters, and many targets.
fn a_long_lead_and_many_targets() -> String {
    format!(
        "一、重點任務\n1.標題。到2025年,{}1所\n責任單位:市{}辦\n",
        "1所、".repeat(2_000),
        long('丁', 10_000)
    )
}

/// The smallest text of each kind of fact, repeated: what each output writes the most
/// markup for, per byte.
fn tiny_facts() -> Vec<(&'static str, String)> {
    let numbered = |count: usize, item: &dyn Fn(usize) -> String| -> String {
        (1..=count).map(item).collect()
    };
    vec![
        (
            "qualitative targets of two bytes (`a,`)",
            format!("一、重點任務\n1.標題。到2025年,{}\n", "a,".repeat(4_000)),
        ),
        (
            "targets of a character every format escapes (`\",`)",
            format!("一、重點任務\n1.標題。到2025年,{}\n", "\",".repeat(4_000)),
        ),
        (
            "targets of three bytes (`1%,`)",
            format!("一、重點任務\n1.標題。到2025年,{}\n", "1%,".repeat(4_000)),
        ),
        (
            "objectives of two bytes in a part's prose",
            format!(
                "一、主要目標\n到2025年,{}\n二、重點任務\n1.標題。正文\n",
                "a,".repeat(4_000)
            ),
        ),
        (
            "an objective in each of many paragraphs",
            format!(
                "一、主要目標\n{}二、重點任務\n1.標題。正文\n",
                "到2025年,達到1%。\n".repeat(1_000)
            ),
        ),
        (
            "tasks of four bytes",
            format!("一、重點任務\n{}", numbered(2_000, &|i| format!("{i}.a\n"))),
        ),
        (
            "tasks with a party each",
            format!(
                "一、重點任務\n{}",
                numbered(2_000, &|i| format!("{i}.a\n責任單位:{i}\n"))
            ),
        ),
        (
            "parties of two bytes (`,1`)",
            format!(
                "一、重點任務\n1.標題。正文\n責任單位:局{}\n",
                numbered(4_000, &|i| format!(",{i}"))
            ),
        ),
        (
            "notes of responsibility in a task's further lines",
            format!(
                "一、重點任務\n1.標題。正文\n{}",
                numbered(3_000, &|i| format!("正。({i}牽頭)\n"))
            ),
        ),
        (
            "lines of the notice",
            format!("{}全文\n一、重點任務\n1.標題。正文\n", "a\n".repeat(4_000)),
        ),
        (
            "a task's further lines",
            format!("一、重點任務\n1.標題。正文\n{}", "a\n".repeat(4_000)),
        ),
        (
            "entries of the info box",
            format!(
                "基本介紹\n{}全文\n一、重點任務\n1.標題。正文\n",
                "- a:b\n".repeat(2_000)
            ),
        ),
        (
            "characters every format escapes",
            format!("一、重點任務\n1.標題。{}\n", "&<>\"'".repeat(2_000)),
        ),
    ]
}

/// Every plan built to amplify, read from its text, with its name.
fn amplifying_plans() -> Vec<(String, Plan)> {
    let mut texts: Vec<(&str, String)> = vec![
        (
            "the issue's: a title of 10,000 characters and 1,000 parties",
            the_issues_plan(),
        ),
        (
            "a long title and 2,000 tiny parties",
            a_long_title_and_tiny_parties(),
        ),
        (
            "60 tasks each naming the same 61 bodies",
            many_tasks_with_many_parties(),
        ),
        ("300 targets with long quotes", targets_with_long_quotes()),
        (
            "a long title and 2,000 targets",
            a_long_title_and_many_targets(),
        ),
        (
            "long group titles over 1,000 tasks",
            long_group_titles_and_many_tasks(),
        ),
        ("2,000 mentions", many_mentions()),
        (
            "300 joint leads and 2,000 targets",
            joint_leads_and_many_targets(),
        ),
        (
            "a lead of 10,000 characters and 2,000 targets",
            a_long_lead_and_many_targets(),
        ),
        ("the Wuzhong plan", wuzhong_plan::plan().to_text()),
    ];
    texts.extend(tiny_facts());
    let mut plans: Vec<(String, Plan)> = texts
        .into_iter()
        .map(|(name, text)| {
            let plan = parse(&text).unwrap_or_else(|err| panic!("{name}: {err}"));
            assert_eq!(plan.to_text(), text, "{name}: the text renders back");
            (name.to_owned(), plan)
        })
        .collect();
    plans.push((
        "tasks of four bytes, each tagged with every domain".to_owned(),
        every_domain_on_tiny_tasks(),
    ));
    plans
}

/// Tasks of a few bytes, each tagged with every domain: the domains' table and the
/// renderers write a row or a word for each tag, which only a curated plan has.
fn every_domain_on_tiny_tasks() -> Plan {
    let count: u16 = 500;
    let text: String = (1..=count).map(|i| format!("{i}.a\n")).collect();
    let plan = parse(&format!("一、重點任務\n{text}")).expect("tiny tasks parse");
    let tags = (1..=count)
        .flat_map(|task| Domain::iter().map(move |domain| (task, DomainTag::new(domain, "a"))));
    plan.with_domains(tags)
        .expect("each tag's quote is in its task")
}

/// Every output of the library for `plan`, with the name the table of bounds gives it,
/// in each script.
fn outputs(plan: &Plan) -> Vec<(String, String)> {
    let mut outputs = Vec::new();
    for script in [Script::Traditional, Script::Simplified] {
        let options = RenderOptions::default().script(script);
        for format in FORMATS {
            outputs.push((format.to_string(), plan.render(format, &options)));
        }
    }
    outputs.extend(plan.data_package().files());
    outputs.push(("popolo".to_owned(), plan.to_popolo()));
    outputs.push(("json".to_owned(), plan.to_json().expect("the plan's JSON")));
    outputs
}

/// The ratio of `output` to `input` bytes, for messages.
fn ratio(output: usize, input: usize) -> f64 {
    output as f64 / input.max(1) as f64
}

/// Every renderer, every file of the data package, Popolo and the JSON, on every plan
/// built to amplify, in both scripts, within the bound the docs state for it.
#[test]
fn every_output_is_within_its_bound() {
    let mut worst: Vec<(String, f64, String)> = Vec::new();
    let mut failures = Vec::new();
    for (name, plan) in amplifying_plans() {
        let input = plan.to_text().len();
        for (output, written) in outputs(&plan) {
            let bound = bound(&output);
            let times = ratio(written.len(), input);
            match worst.iter_mut().find(|(o, _, _)| *o == output) {
                Some(entry) if entry.1 < times => *entry = (output.clone(), times, name.clone()),
                Some(_) => {}
                None => worst.push((output.clone(), times, name.clone())),
            }
            if written.len() > bound.most(input) {
                failures.push(format!(
                    "{output} of {name}: {} bytes for {input} bytes of text ({times:.1} ×), \
                     over {} × {input} + {}",
                    written.len(),
                    bound.per_byte,
                    bound.plus
                ));
            }
        }
    }
    for (output, times, plan) in &worst {
        eprintln!("{output}: at most {times:.1} × its text, for {plan}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The issue's plan: its network picture and its page repeat the title in full only
/// where the task stands, and cut it to 32 characters in each of the 1,000 dots and the
/// 1,000 organisations' lists.
#[test]
fn the_issues_plan_states_its_title_once_in_each_place() {
    let plan = parse(&the_issues_plan()).unwrap();
    assert_eq!(plan.organizations().len(), 1000);
    let title = long('標', 10_000);
    // 31 characters of it and the ellipsis: 32 characters.
    let cut = format!("{}…", long('標', 31));
    let options = RenderOptions::default();
    let svg = plan.network_svg(&options);
    // The task's column's tooltip.
    assert_eq!(svg.matches(title.as_str()).count(), 1);
    // One dot for each organisation, each with the cut title.
    assert_eq!(svg.matches(cut.as_str()).count(), 1000);
    assert_eq!(svg.matches("<circle class=\"nw-").count(), 1000 + 2);
    let html = plan.to_html(&options);
    // The table of contents, the task's heading and the network's column.
    assert_eq!(html.matches(title.as_str()).count(), 3);
    // The dots of the network, and the list of each organisation.
    assert_eq!(html.matches(cut.as_str()).count(), 2 * 1000);
    let input = plan.to_text().len();
    // Before: 671 and 1,342 times the text.
    assert!(svg.len() < 12 * input, "{}", ratio(svg.len(), input));
    assert!(html.len() < 24 * input, "{}", ratio(html.len(), input));
}

/// A name longer than 32 characters is cut in the dots that repeat it, and stands
/// whole in its row's label tooltip.
#[test]
fn the_network_cuts_a_long_name_in_its_dots_only() {
    let name = format!("市{}辦", long('戊', 100));
    let mut text = String::from("一、重點任務\n");
    for task in 1..=3 {
        let _ = writeln!(text, "{task}.標題。正文\n責任單位:{name}");
    }
    let plan = parse(&text).unwrap();
    let svg = plan.network_svg(&RenderOptions::default());
    assert_eq!(svg.matches(name.as_str()).count(), 1, "the row's tooltip");
    let cut = format!("市{}…", long('戊', 30));
    assert_eq!(svg.matches(cut.as_str()).count(), 3, "one dot a task");
}

// ---------------------------------------------------------------------------------------
// The command line

/// The answers of the command line for the plan of `text`, each in every format: its
/// first target and its first organisation where it has them.
fn answers(text: &str) -> Vec<Vec<String>> {
    let plan = parse(text).unwrap();
    let mut answers: Vec<Vec<String>> = [
        &["tasks"][..],
        &["task", "1"],
        &["targets"],
        &["departments"],
        &["domains"],
    ]
    .iter()
    .map(|args| args.iter().map(|&arg| arg.to_owned()).collect())
    .collect();
    if let Some(target) = plan.targets().next() {
        answers.push(vec!["target".to_owned(), target.id.clone()]);
    }
    if let Some(organization) = plan.organizations().next() {
        answers.push(vec!["department".to_owned(), organization.name.clone()]);
    }
    answers
}

/// Runs the command line on the plan in `file` with `args`, and gives its stdout.
fn answer(file: &std::path::Path, args: &[&str]) -> Vec<u8> {
    let output = Command::cargo_bin("wuzhong-plan")
        .unwrap()
        .arg("--plan")
        .arg(file)
        .args(args)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

/// Every answer of the command line for the plan of `text`, in every format, within
/// the bound the docs state for the answers.
fn answers_are_within_their_bound(text: &str) {
    let dir = TempDir::new("amplification");
    let file = dir.file("plan.txt", text);
    let input = text.len();
    let mut failures = Vec::new();
    for args in answers(text) {
        for format in ["table", "json", "csv", "markdown"] {
            let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
            args.extend(["--format", format]);
            let written = answer(&file, &args).len();
            let bound: Bound = bound(args[0]);
            let times = ratio(written, input);
            let what = format!("{} --format {format}", args[0]);
            eprintln!("{what}: {times:.1} × its text");
            if written > bound.most(input) {
                failures.push(format!(
                    "{what}: {written} bytes for {input} ({times:.1} ×)"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The issue's plan: each organisation's answer names the task, the task names every
/// organisation.
#[test]
fn the_answers_on_the_issues_plan_are_within_their_bound() {
    answers_are_within_their_bound(&the_issues_plan());
}

/// A target's record repeated each of its task's 300 leads.
#[test]
fn the_answers_on_joint_leads_and_targets_are_within_their_bound() {
    answers_are_within_their_bound(&joint_leads_and_many_targets());
    let leads: Vec<String> = (1..=300).map(|i| format!("市丙{i}辦")).collect();
    answers_are_within_their_bound(&format!(
        "一、重點任務\n1.標題。到2025年,{}\n牽頭單位:{}\n",
        "a,".repeat(1_500),
        leads.join("、")
    ));
}

/// A target's record repeated its task's lead's name of 10,000 characters.
#[test]
fn the_answers_on_a_long_lead_and_targets_are_within_their_bound() {
    answers_are_within_their_bound(&a_long_lead_and_many_targets());
}

/// The smallest targets and parties, for which each record is largest per byte.
#[test]
fn the_answers_on_the_smallest_facts_are_within_their_bound() {
    answers_are_within_their_bound(&format!(
        "一、重點任務\n1.標題。到2025年,{}\n責任單位:市教育局\n",
        "a,".repeat(1_500)
    ));
    answers_are_within_their_bound(&format!(
        "一、重點任務\n1.標題。正文\n責任單位:市教育局{}\n",
        (1..=1_000).map(|i| format!(",{i}")).collect::<String>()
    ));
}

/// A target's record lists the first 8 of its task's 300 joint leads, and says there
/// are 300; `task 1` lists all of them.
#[test]
fn a_target_lists_the_first_leads_and_their_count() {
    let dir = TempDir::new("amplification");
    let file = dir.file("plan.txt", joint_leads_and_many_targets());
    let targets: serde_json::Value =
        serde_json::from_slice(&answer(&file, &["targets", "--format", "json"])).unwrap();
    let targets = targets.as_array().unwrap();
    assert_eq!(targets.len(), 2_001);
    for target in targets {
        let listed: Vec<&str> = target["lead_organizations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|id| id.as_str().unwrap())
            .collect();
        assert_eq!(
            listed,
            [
                "other-1", "other-2", "other-3", "other-4", "other-5", "other-6", "other-7",
                "other-8"
            ]
        );
        assert_eq!(target["lead_count"], 300);
        assert_eq!(target["lead_name"], "市丙1辦");
    }
    let task: serde_json::Value =
        serde_json::from_slice(&answer(&file, &["task", "1", "--format", "json"])).unwrap();
    assert_eq!(task["lead_organizations"].as_array().unwrap().len(), 300);
    // For people: the names that fit in 32 characters, then `…`.
    let table = String::from_utf8(answer(&file, &["target", "t1.1", "--format", "table"])).unwrap();
    let lead = table
        .lines()
        .find_map(|line| line.strip_prefix("lead"))
        .unwrap()
        .trim();
    assert_eq!(
        lead,
        "市丙1辦、市丙2辦、市丙3辦、市丙4辦、市丙5辦、市丙6辦、市…"
    );
    assert_eq!(lead.chars().count(), 32);
}

/// A lead's name of 10,000 characters is cut to 32 in each target's record, and stands
/// whole in `departments`.
#[test]
fn a_target_cuts_a_long_lead_name() {
    let dir = TempDir::new("amplification");
    let file = dir.file("plan.txt", a_long_lead_and_many_targets());
    let name = format!("市{}辦", long('丁', 10_000));
    let targets: serde_json::Value =
        serde_json::from_slice(&answer(&file, &["targets", "--format", "json"])).unwrap();
    let cut = format!("市{}…", long('丁', 30));
    for target in targets.as_array().unwrap() {
        assert_eq!(target["lead_name"], cut.as_str());
        assert_eq!(target["lead_count"], 1);
    }
    let departments: serde_json::Value =
        serde_json::from_slice(&answer(&file, &["departments", "--format", "json"])).unwrap();
    assert_eq!(departments[0]["name"], name.as_str());
}

//! How `parse` scales with the size of its input: the real source (1×) and synthetic
//! plans about 10× and 100× its size.
//!
//! A synthetic plan keeps the real front matter, part 一, the five group headings of
//! part 二 and part 三, and repeats each group's tasks (each task line with its
//! responsibility line) inside the group until the text is about `factor` times the
//! source's size. Task numbers are written afresh so that they run on without a gap
//! across the document, part 三's tasks after part 二's. Each text is checked to parse,
//! with the expected number of tasks, before anything is timed.
//!
//! The `adversarial` group times `parse` on texts of 1 MiB made of a long run of one
//! token the parser looks for (`年`, numbers with units, `、`, brackets, deadlines, the
//! items of a `責任單位:` line, heading markers, line breaks), each inside just enough
//! of the genre to reach the code that reads it, beside the 100× plan of about the same
//! order of size. A quadratic loop makes such a text take seconds, not milliseconds.
//!
//! `cargo bench --bench scale`, then `python3 benches/scale.py` for the medians, the
//! throughput and the ratios to linear time.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use wuzhong_plan::{SOURCE_TEXT, parse};

/// A task line: ASCII digits, then the number's marker.
fn task_number(line: &str) -> Option<(&str, &str)> {
    let end = line.bytes().position(|b| !b.is_ascii_digit())?;
    let (digits, rest) = line.split_at(end);
    let marked = rest.starts_with('.') || rest.starts_with('．') || rest.starts_with('、');
    (!digits.is_empty() && marked).then_some((digits, rest))
}

/// The source with the tasks of each group of part 二 written `repeats` times, and
/// every task renumbered in document order; returns the text and its number of tasks.
fn synthetic(repeats: usize) -> (String, usize) {
    let lines: Vec<&str> = SOURCE_TEXT.split('\n').collect();
    // The output's lines, the tasks of each group of part 二 gathered into a block
    // that is written `repeats` times when the group ends.
    let mut out: Vec<&str> = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    let mut in_tasks_part = false;
    let mut in_group_tasks = false;
    for &line in &lines {
        let part_heading = line.starts_with("二、") || line.starts_with("三、");
        let group_heading = line.starts_with('(');
        if in_group_tasks && (part_heading || group_heading) {
            for _ in 0..repeats {
                out.extend_from_slice(&block);
            }
            block.clear();
            in_group_tasks = false;
        }
        if part_heading {
            in_tasks_part = line.starts_with("二、");
        }
        if in_tasks_part && !part_heading && !group_heading {
            in_group_tasks |= task_number(line).is_some();
        }
        if in_group_tasks {
            block.push(line);
        } else {
            out.push(line);
        }
    }
    assert!(block.is_empty(), "part 二 is not the last part");
    let mut tasks = 0;
    let text = out
        .iter()
        .map(|&line| match task_number(line) {
            Some((_, rest)) => {
                tasks += 1;
                format!("{tasks}{rest}")
            }
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    (text, tasks)
}

/// The number of repeats that brings the text closest to `factor` times the source.
fn repeats_for(factor: usize) -> usize {
    let once = synthetic(1).0.len();
    let twice = synthetic(2).0.len();
    let per_repeat = twice - once;
    let fixed = once - per_repeat;
    let wanted = factor * SOURCE_TEXT.len();
    let repeats = (wanted.saturating_sub(fixed) + per_repeat / 2) / per_repeat;
    repeats.max(1)
}

fn scale(c: &mut Criterion) {
    let real = parse(SOURCE_TEXT).expect("the source parses");
    let real_tasks = real.tasks().len();
    // The tasks that are repeated (part 二's, all in groups) and those that are not.
    let repeated = real.part(2).map_or(0, |part| {
        part.groups.iter().map(|g| g.tasks.len()).sum::<usize>()
    });
    let fixed = real_tasks - repeated;
    assert_eq!((repeated, fixed), (47, 3), "the source's tasks");
    assert_eq!(
        synthetic(1).0,
        SOURCE_TEXT,
        "one repeat is the source itself"
    );

    let mut group = c.benchmark_group("scale");
    group.warm_up_time(Duration::from_secs(2));
    for factor in [1, 10, 100] {
        let repeats = if factor == 1 { 1 } else { repeats_for(factor) };
        let (text, tasks) = synthetic(repeats);
        assert_eq!(
            tasks,
            repeated * repeats + fixed,
            "the {factor}× text's task lines"
        );
        // Check before timing: the text parses, with every task, and renders back.
        let plan = parse(&text).unwrap_or_else(|err| panic!("the {factor}× text: {err}"));
        assert_eq!(plan.tasks().len(), tasks, "the {factor}× text's tasks");
        let task_numbers: Vec<u16> = plan.tasks().map(|t| t.number).collect();
        let expected: Vec<u16> = (1..=u16::try_from(tasks).expect("tasks fit a u16")).collect();
        assert_eq!(task_numbers, expected, "the {factor}× text's task numbers");
        assert_eq!(plan.to_text(), text);
        eprintln!(
            "scale/parse/{factor}x: {} bytes ({:.2}× the source), {tasks} tasks, {} targets",
            text.len(),
            text.len() as f64 / SOURCE_TEXT.len() as f64,
            plan.targets().count(),
        );
        drop(plan);

        // About 0.4 ms, 4 ms and 40 ms a run: fewer samples for the larger texts keep
        // the 100× case to some seconds.
        let (samples, seconds) = match factor {
            1 => (100, 5),
            10 => (50, 10),
            _ => (20, 15),
        };
        group.sample_size(samples);
        group.measurement_time(Duration::from_secs(seconds));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("parse", format!("{factor}x")),
            text.as_str(),
            |b, text| b.iter(|| parse(black_box(text))),
        );
    }
    group.finish();
}

/// The size of each adversarial text.
const ADVERSARIAL_SIZE: usize = 1024 * 1024;

/// A task part with one group and the start of one task's line, up to its body.
const TASK: &str = "一、重點任務\n(一)推進\n1.標題。";
/// A task to end the front matter with.
const AFTER_NOTICE: &str = "\n全文\n一、重點任務\n(一)推進\n1.標題。正文";

/// The adversarial shapes: a name, the text before the run, the token repeated and the
/// text after it.
const SHAPES: [(&str, &str, &str, &str); 15] = [
    ("years-in-notice", "", "2022年", AFTER_NOTICE),
    ("numbers-one-clause", TASK, "1所", ""),
    ("numbers-with-dunhao", TASK, "1所、", ""),
    ("ranges", TASK, "1-2個", ""),
    ("dunhao", TASK, "、", ""),
    ("brackets", TASK, "(", ""),
    ("deadlines", TASK, "到2025年,", ""),
    (
        "objectives",
        "一、主要目標\n",
        "到2025年,1%",
        "\n二、重點任務\n(一)推進\n1.標題。正文",
    ),
    (
        "responsibility-items",
        "一、重點任務\n(一)推進\n1.標題。正文\n責任單位:市教育局",
        "、民政局",
        "",
    ),
    (
        "unknown-bodies",
        "一、重點任務\n(一)推進\n1.標題。正文\n責任單位:市教育局",
        "、市留交辦",
        "",
    ),
    ("task-markers", "一、重點任務\n(一)推進\n", "1.", ""),
    ("notes", TASK, "正文。(市民政局牽頭,市財政局配合)", ""),
    (
        "indented-lines",
        "",
        "　　字\n\n",
        "一、重點任務\n(一)推進\n1.標題。正文",
    ),
    (
        "many-lines",
        "",
        "字\n",
        "一、重點任務\n(一)推進\n1.標題。正文",
    ),
    (
        "empty-lines",
        "",
        "\n",
        "一、重點任務\n(一)推進\n1.標題。正文",
    ),
];

fn adversarial_text(head: &str, token: &str, tail: &str) -> String {
    let repeats = (ADVERSARIAL_SIZE - head.len() - tail.len()) / token.len();
    format!("{head}{}{tail}", token.repeat(repeats))
}

fn adversarial(c: &mut Criterion) {
    let mut group = c.benchmark_group("adversarial");
    group.warm_up_time(Duration::from_secs(1));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(3));
    for (name, head, token, tail) in SHAPES {
        let text = adversarial_text(head, token, tail);
        // Check before timing: each text parses and renders back.
        let plan = parse(&text).unwrap_or_else(|err| panic!("the {name} text: {err}"));
        assert_eq!(plan.to_text(), text);
        eprintln!(
            "adversarial/parse/{name}: {} bytes, {} tasks, {} targets",
            text.len(),
            plan.tasks().len(),
            plan.targets().count(),
        );
        drop(plan);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("parse", name), text.as_str(), |b, text| {
            b.iter(|| parse(black_box(text)))
        });
    }
    group.finish();
}

criterion_group!(benches, scale, adversarial);
criterion_main!(benches);

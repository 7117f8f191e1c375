//! Linear cost on hostile input: `parse`, `Plan::from_json` of what it writes, the
//! renderers, the domain validation and the first text query do work in proportion to
//! the size of their input, whatever its shape.
//!
//! Each shape is a long run of one token the readers look for (`年`, a number with a
//! unit, `、`, a bracket, a heading marker, the items of a `責任單位:` line, `到2025年`,
//! line breaks, ...) inside just enough of the genre to reach the code that reads it.
//! The reproductions of the quadratic cases once reported come first, each its own
//! test, then the property over every shape, then the renderers, then two tests of the
//! checks themselves.
//!
//! # Counted, in every `cargo test`
//!
//! Each check runs its operation on an input of [`COUNTED`] bytes (64 KiB of text, or
//! of JSON within a tenth) and on one 8 times larger, and counts what the operation does on
//! its thread through the test binary's global allocator (`tests/common`, which counts
//! per thread, so tests running side by side do not disturb each other):
//!
//! - allocations: calls to `alloc` and `realloc`;
//! - bytes allocated: each allocation's size and each reallocation's new size;
//! - bytes written: the length of what a renderer returns.
//!
//! Per byte of input, each count at 8× may be at most [`COUNTED_MARGIN`] (3) times the
//! count at 1×. The counts do not depend on the machine or on its load, only on the
//! code and the standard library, so the check gives the same answer on a busy machine
//! as on an idle one. A linear operation gives about 1, a quadratic one 8, `n log n`
//! about 1.2. The margin is over 1 because a string or vector that grows by doubling
//! may hold up to twice as many bytes per byte of input at one size as at another: the
//! highest growth measured here, 1.58 (bytes allocated rendering HTML and Akoma Ntoso
//! of many tasks), is such a step, the same per byte from 256 KiB to 1 MiB. What this
//! catches: a string or vector copied whole at each step (quadratic bytes allocated), a
//! temporary allocated per pair of items (quadratic allocations), output that repeats
//! what came before (quadratic bytes written). [`a_quadratic_copy_is_counted`] shows
//! each of the three failing the check; in a scratch copy of the library, the StratML
//! renderer joining a part's paragraphs once for each of its objectives failed
//! [`rendering_is_linear`] at 7.7 (12 GB allocated for the larger plan).
//!
//! What it cannot catch is a quadratic scan that allocates nothing: every case once
//! reported was one (the date reader reading to the end of the line after each `年`,
//! the unit reader searching the rest of the clause after each number, the domain
//! validation comparing each tag with every tag before it). The library has no step
//! counter to count those with, so they are timed instead.
//!
//! # Timed, in `.ci/run`'s release step only
//!
//! With `WUZHONG_PLAN_TIME_LINEAR` set (to anything but `0`), as `.ci/run` sets it for
//! `cargo test --release --all-features --test linear`, each check is also timed: at
//! [`TIMED`] bytes (1 MiB in an optimized build, a quarter of that in a debug one) and
//! 4 times that, [`RUNS`] (5) samples of each size, the sizes in turn, and the medians
//! compared. Each sample repeats the operation for at least [`SAMPLE`] (25 ms), the
//! smaller size 4 times as often as the larger, so that both lose the same share of
//! their time to other processes; one timing runs at a time. Per byte, the larger may
//! take at most [`TIMED_MARGIN`] (2.5) times as long as the smaller, 10 times as long in
//! all: linear is 4 times (up to 7.6 measured, from the cache), quadratic 16. The
//! median of five is not moved by a sample or two that another process slowed, and a
//! quadratic loop stays at 16 however busy the machine. Without the variable (as in
//! `cargo test` and `bash scripts/test.sh`) nothing is timed: a test that asserts wall
//! time fails for users whose machine is busy.
//! [`an_allocation_free_quadratic_scan_is_timed`] shows the blind spot of the counts
//! and, when timing, the timed check failing on it.

mod common;
#[path = "common/shapes.rs"]
mod shapes;
#[path = "common/docx.rs"]
mod word;

use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use common::Counting;
use shapes::{DATES_AND_NUMBERS, INSIDE_A_LINE, LINES, Shape, TASK};
use wuzhong_plan::{Domain, DomainTag, Format, Plan, RenderOptions, Unit, parse};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The variable that turns the timing on; `.ci/run` sets it for its release step.
const TIME_LINEAR: &str = "WUZHONG_PLAN_TIME_LINEAR";

/// The smaller size of text, or of JSON, each shape is counted at; the larger is
/// [`COUNTED_RATIO`] times this.
const COUNTED: usize = 64 * 1024;

/// The ratio of the sizes counted.
const COUNTED_RATIO: usize = 8;

/// The most a count per byte of input may grow from the smaller size to the larger: a
/// string or vector grown by doubling may hold up to twice as much per byte at one size
/// as at another, a quadratic count grows 8 times.
const COUNTED_MARGIN: f64 = 3.0;

/// The smaller size of text, or of JSON, each shape is timed at; the larger is
/// [`TIMED_RATIO`] times this.
const TIMED: usize = if cfg!(debug_assertions) {
    256 * 1024
} else {
    1024 * 1024
};

/// The ratio of the sizes timed.
const TIMED_RATIO: usize = 4;

/// The most the median time per byte of input may grow from the smaller size to the
/// larger: 2.5 is 10 times as long at 4 times the size, where quadratic is 16 times.
/// Linear readers measured up to 1.9 (on a loaded machine): those that read their input
/// once, fast, run from the cache at 1 MiB, repeated, and from memory at 4 MiB.
const TIMED_MARGIN: f64 = 2.5;

/// The times each size is timed.
const RUNS: usize = 5;

/// The sizes of one check's inputs, in the unit its `make` takes: bytes of text or
/// JSON, or tags.
#[derive(Debug, Clone, Copy)]
struct Sizes {
    counted: usize,
    timed: usize,
}

/// Text and JSON at [`COUNTED`] and [`TIMED`] bytes.
const TEXT: Sizes = Sizes {
    counted: COUNTED,
    timed: TIMED,
};

/// Whether `.ci/run` asked for the timing.
fn timing() -> bool {
    std::env::var_os(TIME_LINEAR).is_some_and(|value| !value.is_empty() && value != "0")
}

/// What one run of an operation did on this thread.
#[derive(Debug, Clone, Copy)]
struct Work {
    allocations: u64,
    allocated: u64,
    written: u64,
}

/// Runs `op` once and counts its work; `op` returns the bytes it wrote (0 for a reader).
fn count(op: impl FnOnce() -> usize) -> Work {
    let before = common::stats();
    let written = op();
    let cost = common::stats().since(before);
    Work {
        allocations: cost.allocs + cost.reallocs,
        allocated: cost.allocated,
        written: written as u64,
    }
}

/// How much each count per byte grew from the small input to the large one (1 is
/// linear): the quantity's name, its counts on the small and the large input, and the
/// growth. A count of 0 on the small input is taken as 1, so that a constant count of
/// 0 or 1 is no growth.
fn counted_growth<I>(
    (small, small_len): (&I, usize),
    (large, large_len): (&I, usize),
    op: &mut dyn FnMut(&I) -> usize,
) -> [(&'static str, u64, u64, f64); 3] {
    // A first run, uncounted, builds whatever the library makes on first use.
    op(small);
    let (s, l) = (count(|| op(small)), count(|| op(large)));
    let growth = |small: u64, large: u64| {
        (large as f64 / large_len as f64) / (small.max(1) as f64 / small_len as f64)
    };
    [
        (
            "allocations",
            s.allocations,
            l.allocations,
            growth(s.allocations, l.allocations),
        ),
        (
            "bytes allocated",
            s.allocated,
            l.allocated,
            growth(s.allocated, l.allocated),
        ),
        (
            "bytes written",
            s.written,
            l.written,
            growth(s.written, l.written),
        ),
    ]
}

/// The least a timed sample lasts: the operation is repeated until it does. A sample
/// many times longer than the scheduler's time slice loses the same share of its time
/// to other processes at either size, where a run of a millisecond may run whole or be
/// cut, which on a busy machine made the larger sizes look slower.
const SAMPLE: Duration = Duration::from_millis(25);

/// One timed measurement at a time in this process: the tests run side by side, and
/// two timings at once on a 2-core machine time each other.
static TIMING: Mutex<()> = Mutex::new(());

/// The median times of one run of `op` on the small and the large input, [`RUNS`]
/// samples each, the sizes in turn, each sample the same number of bytes read (at least
/// [`SAMPLE`] long), and how much the time per byte grew (1 is linear).
fn timed_growth<I>(
    (small, small_len): (&I, usize),
    (large, large_len): (&I, usize),
    op: &mut dyn FnMut(&I) -> usize,
) -> (Duration, Duration, f64) {
    let _alone = TIMING.lock().unwrap_or_else(PoisonError::into_inner);
    let mut time = |input: &I, repeats: u32| {
        let start = Instant::now();
        for _ in 0..repeats {
            op(input);
        }
        start.elapsed() / repeats
    };
    let once = time(large, 1);
    let large_repeats = (SAMPLE.as_secs_f64() / once.as_secs_f64().max(1e-9)).ceil();
    let small_repeats = (large_repeats * large_len as f64 / small_len as f64).round();
    let (large_repeats, small_repeats) = (large_repeats as u32, (small_repeats as u32).max(1));
    let (mut smalls, mut larges) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        smalls.push(time(small, small_repeats));
        larges.push(time(large, large_repeats));
    }
    let median = |mut runs: Vec<Duration>| {
        runs.sort();
        runs[runs.len() / 2]
    };
    let (s, l) = (median(smalls), median(larges));
    let growth =
        (l.as_secs_f64() / large_len as f64) / (s.as_secs_f64().max(1e-9) / small_len as f64);
    (s, l, growth)
}

/// Checks that `op` does work in proportion to its input: counted on `make(sizes.counted)`
/// and `make(8 × sizes.counted)`, and, when [`timing`], timed on `make(sizes.timed)` and
/// `make(4 × sizes.timed)`. `make` returns the input and its length in bytes (or in
/// the unit the growth is measured in); `op` returns the bytes it wrote.
fn assert_linear<I>(
    what: &str,
    sizes: Sizes,
    make: &dyn Fn(usize) -> (I, usize),
    mut op: impl FnMut(&I) -> usize,
) {
    {
        let (small, small_len) = make(sizes.counted);
        let (large, large_len) = make(COUNTED_RATIO * sizes.counted);
        let counts = counted_growth((&small, small_len), (&large, large_len), &mut op);
        for (quantity, s, l, growth) in counts {
            if s == 0 && l == 0 {
                continue;
            }
            eprintln!(
                "{what}: {quantity}: {s} for {small_len} bytes, {l} for {large_len} bytes: \
                 {growth:.2} × linear"
            );
            assert!(
                growth <= COUNTED_MARGIN,
                "{what}: {quantity}: {l} for {large_len} bytes against {s} for {small_len} \
                 bytes, {growth:.1} times as many per byte: not linear"
            );
        }
    }
    if timing() {
        let (small, small_len) = make(sizes.timed);
        let (large, large_len) = make(TIMED_RATIO * sizes.timed);
        let (s, l, growth) = timed_growth((&small, small_len), (&large, large_len), &mut op);
        eprintln!(
            "{what}: medians of {RUNS}: {small_len} bytes in {s:?}, {large_len} bytes in \
             {l:?}: {growth:.2} × linear"
        );
        assert!(
            growth <= TIMED_MARGIN,
            "{what}: {large_len} bytes take {growth:.1} times as long per byte as {small_len} \
             bytes (medians of {RUNS} runs: {l:?} against {s:?}): not linear"
        );
    }
}

/// A text and its length.
fn sized(text: String) -> (String, usize) {
    let len = text.len();
    (text, len)
}

/// Many tasks, each with a dated target, two numbers and a responsibility line.
fn many_tasks(size: usize) -> String {
    let mut text = String::from("一、重點任務\n(一)推進");
    let mut number = 0;
    while text.len() < size {
        number += 1;
        text.push_str(&format!(
            "\n{number}.標題。到2025年,建成1所學校、2所醫院。\n責任單位:市教育局、市民政局"
        ));
    }
    text
}

/// `parse` of `make(size)`, counted and timed at [`TEXT`]'s sizes.
fn parse_linear(name: &str, make: &dyn Fn(usize) -> String) {
    assert_linear(
        &format!("parse: {name}"),
        TEXT,
        &|size| sized(make(size)),
        |text: &String| {
            drop(parse(text));
            0
        },
    );
}

/// The JSON of the shape's plan at about `size` bytes (within a tenth), if the shape
/// parses: the text's size is guessed from a sample's, then corrected from what the
/// guess gave, since a plan's JSON is many times its text for the shapes that state
/// many targets, and some of it does not grow with the text.
fn json_of(make: &dyn Fn(usize) -> String, size: usize) -> Option<String> {
    let json_of_text = |text_size: usize| parse(&make(text_size)).ok()?.to_json().ok();
    let (mut text_size, mut json) = (1024, json_of_text(1024)?);
    for _ in 0..4 {
        if json.len().abs_diff(size) <= size / 10 {
            break;
        }
        text_size = (text_size as f64 * size as f64 / json.len() as f64).max(64.0) as usize;
        json = json_of_text(text_size)?;
    }
    Some(json)
}

/// `Plan::from_json` of the JSON of `make`'s plans, at about [`TEXT`]'s sizes of JSON,
/// if the shape parses.
fn from_json_linear(name: &str, make: &dyn Fn(usize) -> String) {
    let parses = parse(&make(1024)).is_ok_and(|plan| plan.to_json().is_ok());
    if !parses {
        return;
    }
    assert_linear(
        &format!("from_json: {name}"),
        TEXT,
        &|size| sized(json_of(make, size).expect("a shape that parses parses at any size")),
        |json: &String| {
            drop(Plan::from_json(json));
            0
        },
    );
}

// ---------------------------------------------------------------------------------------
// The issue's reproductions

/// `python3 -c "print('2022年'*128000+'\n全文\n一、重點任務\n(一)推進\n1.標題。正文')"`: the
/// date reader scanned to the end of the line for `月` and `日` after every `年`.
#[test]
fn many_years_in_the_notice() {
    let text = |years: usize| {
        format!(
            "{}\n全文\n一、重點任務\n(一)推進\n1.標題。正文\n",
            "2022年".repeat(years)
        )
    };
    let plan = parse(&text(128_000)).expect("the notice is prose");
    assert_eq!(plan.notice().len(), 1);
    assert_eq!(
        plan.metadata().issue_date,
        None,
        "no 年 is followed by a month"
    );
    parse_linear("the issue's 2022年, repeated", &|size| {
        text(size / "2022年".len())
    });
}

/// `python3 -c "print('一、重點任務\n(一)推進\n1.標題。'+'1所'*128000)"`: the unit reader
/// looked through the whole clause for `各縣`, `每個鄉鎮` and the like after every number.
#[test]
fn many_institutions_in_one_clause() {
    let text = |count: usize| format!("一、重點任務\n(一)推進\n1.標題。{}\n", "1所".repeat(count));
    let issue = text(128_000);
    let plan = parse(&issue).expect("a body of numbers parses");
    // No `、` between the numbers: one target, the first number's.
    let targets: Vec<_> = plan.targets().collect();
    assert_eq!(targets.len(), 1);
    assert_eq!(
        targets[0].quantity.map(|q| q.unit),
        Some(Unit::Institutions)
    );
    assert_eq!(targets[0].quote.len(), issue.len() - TASK.len() - 1);
    parse_linear("the issue's 1所, repeated", &|size| {
        text(size / "1所".len())
    });
}

/// Many targets of one task whose supporters are named before its lead (`1所、`
/// repeated, then thousands of supporters, then the lead): each target's lead was looked
/// for past every supporter, once for each target, and the index kept an entry for each
/// pair of a party and a target.
fn supporters_then_lead(size: usize) -> String {
    let mut text = format!(
        "一、重點任務\n1.標題。到2025年,{}1所\n配合單位:市財政局",
        "1所、".repeat(size / 2 / "1所、".len())
    );
    let mut number = 0;
    while text.len() < size {
        number += 1;
        text.push_str(&format!("、市機構{number}局"));
    }
    text.push_str("\n牽頭單位:市民政局");
    text
}

/// One task with many targets and many parties: the index listed, for each
/// organisation, every target of every task it takes part in, one entry for each pair of
/// a party and a target, so that 256 KiB of such a task asked for 3 GB and 1 MiB more
/// than the machine had. It now keeps one range of targets for each party.
#[test]
fn many_targets_and_many_parties_of_one_task() {
    let text = supporters_then_lead;
    let plan = parse(&text(4096)).expect("the task parses");
    let targets = plan.targets().count();
    // Every party, the lead and each supporter, takes part in the task of every target.
    assert_eq!(
        plan.targets_for("市財政局").expect("a party").len(),
        targets
    );
    assert_eq!(
        plan.targets_for("市民政局").expect("the lead").count(),
        targets
    );
    assert_eq!(
        plan.targets_for("市民政局")
            .expect("the lead")
            .rev()
            .count(),
        targets
    );
    parse_linear("many targets and many parties of one task", &text);
}

/// The same with `平方米`, `名` and `項`, whose units also read the clause around them
/// (`人均`, `每百張`…`社工`, a `服務` after the `項`), and with `、` between the numbers,
/// which makes each one a target of its own.
#[test]
fn many_square_metres_people_and_items_in_one_clause() {
    for (token, tail, unit) in [
        ("1平方米", "", Unit::M2),
        ("1平方米、", "人均", Unit::M2PerCapita),
        ("1名", "", Unit::People),
        ("1名、", "每百張床位社工", Unit::SocialWorkersPer100Beds),
        ("1項", "", Unit::Items),
        ("1項、", "服務", Unit::Services),
    ] {
        let text = |count: usize| {
            format!(
                "一、重點任務\n(一)推進\n1.標題。{}{tail}\n",
                token.repeat(count)
            )
        };
        let plan = parse(&text(25_000)).expect("a body of numbers parses");
        let expected = if token.ends_with('、') { 25_000 } else { 1 };
        assert_eq!(plan.targets().count(), expected, "{token}{tail}");
        assert!(
            plan.targets()
                .all(|t| t.quantity.is_some_and(|q| q.unit == unit)),
            "{token}{tail}"
        );
        parse_linear(&format!("{token} repeated, then `{tail}`"), &|size| {
            text(size / token.len())
        });
    }
}

/// A `服務` decides the unit of every `項` before it in the clause, and of none after it.
#[test]
fn services_count_only_before_the_word() {
    let plan = parse("一、重點任務\n(一)推進\n1.標題。1項、2項服務、3項\n").expect("parses");
    let units: Vec<Unit> = plan
        .targets()
        .filter_map(|t| t.quantity.map(|q| q.unit))
        .collect();
    assert_eq!(units, [Unit::Services, Unit::Services, Unit::Items]);
}

/// Many domain tags on one task: each tag's quote was looked for in the task's text
/// and each tag compared with every tag before it. Counted at 4,000 and 32,000 tags,
/// timed at 25,000 and 100,000.
#[test]
fn many_domain_tags_on_one_task() {
    let body = "義務教育".repeat(50_000);
    let plan = parse(&format!("一、重點任務\n(一)推進\n1.標題。{body}\n")).expect("parses");
    let tags = |count: usize| -> (Vec<(u16, DomainTag)>, usize) {
        let tags = (0..count)
            .map(|i| (1, DomainTag::new(Domain::Education, format!("不在{i}"))))
            .collect();
        (tags, count)
    };
    let refused = plan.clone().with_domains(tags(25_000).0);
    let Err(wuzhong_plan::Error::Invalid(problems)) = refused else {
        panic!("repeated tags are refused");
    };
    assert_eq!(problems.len(), 25_000, "each tag is at fault once");
    assert_linear(
        "with_domains: tags",
        Sizes {
            counted: 4_000,
            timed: 25_000,
        },
        &tags,
        |tags| {
            drop(plan.clone().with_domains(tags.iter().cloned()));
            0
        },
    );
}

// ---------------------------------------------------------------------------------------
// The property

fn every_shape_is_read_in_linear_time(shapes: &[Shape]) {
    for shape in shapes {
        parse_linear(shape.name, &|size| shape.text(size));
        from_json_linear(shape.name, &|size| shape.text(size));
    }
}

/// Each shape of dates and numbers at [`COUNTED`] and 8 × [`COUNTED`] bytes of text
/// for `parse`, and at about as many bytes of JSON for `from_json` where the shape
/// parses (and timed at [`TIMED`] and 4 × [`TIMED`] in `.ci/run`).
#[test]
fn dates_and_numbers_are_read_in_linear_time() {
    every_shape_is_read_in_linear_time(DATES_AND_NUMBERS);
}

/// The same for the runs inside one line.
#[test]
fn runs_inside_a_line_are_read_in_linear_time() {
    every_shape_is_read_in_linear_time(INSIDE_A_LINE);
}

/// The same for the runs of lines, and for many tasks.
#[test]
fn lines_and_tasks_are_read_in_linear_time() {
    every_shape_is_read_in_linear_time(LINES);
    parse_linear("many tasks", &many_tasks);
    from_json_linear("many tasks", &many_tasks);
}

/// A responsibility line of many bodies no vocabulary knows, each another: each is an
/// organisation and a diagnostic, and only the first few diagnostics look for the
/// closest kinds.
fn many_unknown_bodies(size: usize) -> String {
    let mut text = String::from("一、重點任務\n(一)推進\n1.標題。正文\n責任單位:市教育局");
    let mut number = 0;
    while text.len() < size {
        number += 1;
        text.push_str(&format!("、市甲{number}辦"));
    }
    text
}

#[test]
fn many_bodies_of_no_known_kind_are_read_in_linear_time() {
    parse_linear("many bodies of no known kind", &many_unknown_bodies);
    from_json_linear("many bodies of no known kind", &many_unknown_bodies);
    let plan = parse(&many_unknown_bodies(COUNTED)).unwrap();
    assert_eq!(plan.diagnostics().len(), plan.organizations().len() - 1);
}

/// Every renderer writes a plan with work linear in its size: many tasks, each with a
/// target, two numbers and a responsibility line, and a plan of the genre's other forms
/// (notes, roles in brackets, indentation), a body for each task, objectives, many
/// parties of one task, notes on many lines, a long title over many bodies (whose
/// output grew as their product), and many targets of a task whose many supporters come
/// before its lead. Counted at plans of [`COUNTED`] and 8 × [`COUNTED`] bytes of text,
/// timed at a quarter of [`TIMED`] and [`TIMED`].
#[test]
fn rendering_is_linear() {
    let other_forms = |size: usize| {
        let mut text = String::from("　　一、重点任务\n");
        let mut number = 0;
        while text.len() < size {
            number += 1;
            text.push_str(&format!(
                "　　{number}.标题。到2025年，建成1所学校。（牵头单位：市教育局，配合单位：市财政局、各区、县级市）\n\n"
            ));
        }
        text
    };
    // A body of its own for each task: a row of the network for each.
    let many_bodies = |size: usize| {
        let mut text = String::from("一、重点任务\n");
        let mut number = 0;
        while text.len() < size {
            number += 1;
            text.push_str(&format!(
                "{number}.标题。正文。\n责任单位:市机构{number}局\n"
            ));
        }
        text
    };
    let repeat = |head: &'static str, token: &'static str, tail: &'static str| {
        move |size: usize| {
            let count = size / token.len();
            format!("{head}{}{tail}", token.repeat(count))
        }
    };
    let objectives = repeat(
        "一、主要目標\n",
        "到2025年,達到1%。\n",
        "二、重點任務\n1.標題。正文",
    );
    let parties = repeat(
        "一、重點任務\n1.標題。正文\n責任單位:市教育局",
        "、市民政局",
        "",
    );
    let noted_lines = repeat(
        "一、重點任務\n1.標題。正文\n",
        "正文。(市民政局牽頭)\n",
        "正文",
    );
    // A title and the bodies of its task, both growing: each dot of the network and each
    // organisation's list on the page repeated the whole title, output that grew as
    // their product until what they repeat was cut.
    let title_and_bodies = |size: usize| {
        let mut text = format!(
            "一、重點任務\n1.{}。正文\n責任單位:市教育局",
            "標".repeat(size / 2 / "標".len())
        );
        let mut number = 0;
        while text.len() < size {
            number += 1;
            text.push_str(&format!("、市機構{number}局"));
        }
        text
    };
    let shapes: [(&str, &dyn Fn(usize) -> String); 8] = [
        ("many tasks", &many_tasks),
        ("notes and indentation", &other_forms),
        ("a body for each task", &many_bodies),
        ("objectives in many paragraphs", &objectives),
        ("many parties of one task", &parties),
        ("a note on each continuation line", &noted_lines),
        (
            "a long title and many bodies of its task",
            &title_and_bodies,
        ),
        (
            "many targets of a task whose supporters come before its lead",
            &supporters_then_lead,
        ),
    ];
    let sizes = Sizes {
        counted: COUNTED,
        timed: TIMED / 4,
    };
    let mut wanted = vec![sizes.counted, COUNTED_RATIO * sizes.counted];
    if timing() {
        wanted.extend([sizes.timed, TIMED_RATIO * sizes.timed]);
    }
    for (name, make) in shapes {
        // Each plan is parsed once, and rendered in every format.
        let plans: Vec<(usize, Plan, usize)> = wanted
            .iter()
            .map(|&size| {
                let plan = parse(&make(size)).expect("the plan parses");
                let len = plan.to_text().len();
                (size, plan, len)
            })
            .collect();
        let plan_of = |size: usize| {
            let (_, plan, len) = plans
                .iter()
                .find(|(made, _, _)| *made == size)
                .expect("each size is parsed beforehand");
            (plan, *len)
        };
        let options = RenderOptions::default();
        for format in [
            Format::Markdown,
            Format::Html,
            Format::AkomaNtoso,
            Format::StratMl,
            Format::TimelineSvg,
            Format::NetworkSvg,
        ] {
            assert_linear(
                &format!("render {format}: {name}"),
                sizes,
                &plan_of,
                |plan: &&Plan| plan.render(format, &options).len(),
            );
        }
        assert_linear(
            &format!("the data package and Popolo: {name}"),
            sizes,
            &plan_of,
            |plan: &&Plan| {
                let files: usize = plan.data_package().files().map(|(_, f)| f.len()).sum();
                files + plan.to_popolo().len()
            },
        );
    }
}

/// The first text query prepares a task's text (folds it, converts it to the mainland's
/// wording and reads back the mirror's, aligns the two) with work linear in its length:
/// one task whose body is a long run of Taiwan phrases and the mirror's wordings, and a
/// query (`小学`) that stands in the converted text at every `中國小` (read back as
/// `中小学`) but is never the conversion of a span of the text, so every occurrence is
/// checked and refused. The converter is slow in a debug build, so the sizes are a
/// sixteenth of the others' counted, and an eighth of the others' timed.
#[test]
fn text_queries_across_variants_are_linear() {
    let text = |size: usize| {
        let token = "推進網路最佳化與數位化,發展智慧型網路,中國小教師套用。";
        sized(format!(
            "一、重點任務\n1.標題。{}",
            token.repeat(size / token.len())
        ))
    };
    let first_query = |text: &String| {
        let plan = parse(text).expect("the plan parses");
        assert_eq!(plan.query().text("小学").tasks().count(), 0);
        assert_eq!(plan.query().text("优化").tasks().count(), 1);
        0
    };
    assert_linear(
        "the first text query across variants",
        Sizes {
            counted: COUNTED / 16,
            timed: TIMED / 32,
        },
        &text,
        first_query,
    );
}

// ---------------------------------------------------------------------------------------
// The checks themselves

/// Each count fails on what it is there to catch: a string copied whole at each
/// character (quadratic bytes allocated), a temporary string for each pair of
/// characters (quadratic allocations), and an output that repeats everything before
/// each character (quadratic bytes written). A linear copy passes all three.
#[test]
fn a_quadratic_copy_is_counted() {
    let text = |size: usize| sized("字".repeat(size / "字".len()));
    let (small, large) = (text(1024), text(COUNTED_RATIO * 1024));
    let growth = |op: &mut dyn FnMut(&String) -> usize| {
        counted_growth((&small.0, small.1), (&large.0, large.1), op)
    };
    let of = |counts: [(&'static str, u64, u64, f64); 3], quantity: &str| {
        counts
            .into_iter()
            .find(|count| count.0 == quantity)
            .map(|(_, _, _, growth)| growth)
            .unwrap()
    };

    let linear = growth(&mut |text: &String| text.clone().len());
    assert!(
        linear.iter().all(|count| count.3 <= COUNTED_MARGIN),
        "a copy: {linear:?}"
    );

    let copied = growth(&mut |text: &String| {
        let mut out = String::new();
        for c in text.chars() {
            out = format!("{out}{c}");
        }
        0
    });
    assert!(of(copied, "allocations") <= COUNTED_MARGIN, "{copied:?}");
    assert!(of(copied, "bytes allocated") > COUNTED_MARGIN, "{copied:?}");

    let pairs = growth(&mut |text: &String| {
        let chars: Vec<char> = text.chars().collect();
        let mut same = 0;
        for (i, a) in chars.iter().enumerate() {
            for b in &chars[..i] {
                same += usize::from(a.to_string() == b.to_string());
            }
        }
        let _ = std::hint::black_box(same);
        0
    });
    assert!(of(pairs, "allocations") > COUNTED_MARGIN, "{pairs:?}");

    let repeated = growth(&mut |text: &String| {
        let mut out = String::new();
        for (i, _) in text.char_indices() {
            out.push_str(&text[..i]);
        }
        out.len()
    });
    assert!(
        of(repeated, "bytes written") > COUNTED_MARGIN,
        "{repeated:?}"
    );
}

/// The counts' blind spot: a quadratic scan that allocates nothing counts as linear
/// (every quadratic case once reported was one). The timed check, when `.ci/run` asks
/// for it, finds it: its median time per byte grows about 4 times from 1× to 4×.
#[test]
fn an_allocation_free_quadratic_scan_is_timed() {
    let text = |size: usize| sized("字".repeat(size / "字".len()));
    // For each character, the characters after it that are the same.
    let mut scan = |text: &String| {
        let chars = text.as_bytes();
        let mut same = 0usize;
        for (i, a) in chars.iter().enumerate().step_by(3) {
            same += chars[i..].iter().filter(|b| *b == a).count();
        }
        let _ = std::hint::black_box(same);
        0
    };
    let (small, large) = (text(1024), text(COUNTED_RATIO * 1024));
    let counts = counted_growth((&small.0, small.1), (&large.0, large.1), &mut scan);
    assert!(
        counts
            .iter()
            .all(|(_, _, _, growth)| *growth <= COUNTED_MARGIN),
        "{counts:?}"
    );
    if timing() {
        let (small, large) = (text(16 * 1024), text(TIMED_RATIO * 16 * 1024));
        let (s, l, growth) = timed_growth((&small.0, small.1), (&large.0, large.1), &mut scan);
        assert!(
            growth > TIMED_MARGIN,
            "{s:?} and {l:?}: {growth:.2} × linear"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Documents as published

/// A page of `size` bytes: `head`, then `token` repeated, then `tail`.
fn page_of(head: &str, token: &str, tail: &str, size: usize) -> (Vec<u8>, usize) {
    let count = size / token.len().max(1);
    let page = format!("{head}{}{tail}", token.repeat(count)).into_bytes();
    let len = page.len();
    (page, len)
}

/// `html_text`, and `parse_html` where the page holds a plan, on pages of every shape
/// a page's reader walks: many paragraphs, table rows and cells, cells merged down rows,
/// breaks, entities and no-break spaces, spans inside one paragraph, elements nested
/// ever deeper (divisions, tables, inline elements), comments and scripts to pass over,
/// a navigation as long as the article, and a page in GBK.
#[test]
fn pages_are_read_in_linear_time() {
    let shapes: [(&str, &str, &str, &str); 13] = [
        (
            "paragraphs",
            "<html><body><div>",
            "<p>1．标题。正文（市财政局负责）</p>\n",
            "</div></body></html>",
        ),
        (
            "table rows",
            "<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>",
            "<tr><td>1</td><td>推进甲</td><td>市财政局</td></tr>",
            "</table>",
        ),
        (
            "cells of one row",
            "<table><tr>",
            "<td>甲</td>",
            "</tr></table>",
        ),
        (
            "cells merged down rows",
            "<table><tr><td>序号</td><td rowspan=65535>牵头单位</td></tr>",
            "<tr><td>1</td></tr>",
            "</table>",
        ),
        ("breaks", "<p>", "一、标题<br>", "</p>"),
        (
            "entities and no-break spaces",
            "<p>",
            "&amp;&nbsp;&#x4E00;&lt; ",
            "</p>",
        ),
        (
            "spans in a paragraph",
            "<p>",
            "<span style=\"font-weight: bold\">一</span>",
            "</p>",
        ),
        ("nested divisions", "<body>", "<div>一", "</body>"),
        ("nested tables", "<body>", "<table><tr><td>一", "</body>"),
        (
            "nested inline elements",
            "<body><p>",
            "<b>一",
            "</p></body>",
        ),
        (
            "comments and scripts",
            "<body><p>一、标题</p>",
            "<!-- 注释 --><script>var a = '<p>';</script>",
            "</body>",
        ),
        (
            "navigation",
            "<body><p>一、标题</p><p>1．标题。正文。</p>",
            "<nav><a href=/>首页</a></nav>",
            "</body>",
        ),
        (
            "an undeclared page that is not UTF-8",
            "<body><p>",
            "\u{4e00}",
            "</p></body>",
        ),
    ];
    for (name, head, token, tail) in shapes {
        let gbk = name.contains("not UTF-8");
        assert_linear(
            &format!("html_text: {name}"),
            TEXT,
            &|size| {
                let (page, len) = page_of(head, token, tail, size);
                if gbk {
                    let text = String::from_utf8(page).unwrap_or_default();
                    let (bytes, _, _) = encoding_rs::GB18030.encode(&text);
                    let bytes = bytes.into_owned();
                    let len = bytes.len();
                    (bytes, len)
                } else {
                    (page, len)
                }
            },
            |page: &Vec<u8>| {
                drop(wuzhong_plan::parse_html(page));
                0
            },
        );
    }
}

/// `parse_docx` on Word documents of every shape the reader walks: many paragraphs,
/// many numbered on two levels, a table's rows, cells merged down many rows, runs in one
/// paragraph, tables nested ever deeper in cells, deleted text, and fields. The size
/// is the document part's, before it is zipped.
#[test]
fn word_documents_are_read_in_linear_time() {
    let numbering = r#"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#;
    let numbered = |level: u32, text: &str| {
        format!(
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
        )
    };
    let cell = |properties: &str, text: &str| {
        format!(
            "<w:tc><w:tcPr>{properties}</w:tcPr>{}</w:tc>",
            word::p(text)
        )
    };
    let shapes: [(&str, String, String, String); 8] = [
        ("paragraphs", String::new(), word::p("1．标题。正文（市财政局负责）"), String::new()),
        (
            "numbered paragraphs",
            numbered(0, "重点任务"),
            format!("{}{}", numbered(1, "标题。正文（市财政局负责）"), numbered(0, "部分")),
            String::new(),
        ),
        (
            "table rows",
            format!("<w:tbl><w:tr>{}{}</w:tr>", cell("", "序号"), cell("", "牵头单位")),
            format!("<w:tr>{}{}</w:tr>", cell("", "1"), cell("", "市财政局")),
            "</w:tbl>".to_owned(),
        ),
        (
            "cells merged down rows",
            format!("<w:tbl><w:tr>{}{}</w:tr>", cell("", "序号"), cell("<w:vMerge w:val=\"restart\"/>", "市财政局")),
            format!("<w:tr>{}{}</w:tr>", cell("", "1"), cell("<w:vMerge/>", "")),
            "</w:tbl>".to_owned(),
        ),
        ("runs in a paragraph", "<w:p>".to_owned(), "<w:r><w:t>一</w:t></w:r>".to_owned(), "</w:p>".to_owned()),
        ("tables nested in cells", String::new(), "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>一</w:t></w:r></w:p>".to_owned(), String::new()),
        ("deleted text", "<w:p>".to_owned(), "<w:del><w:r><w:delText>删</w:delText></w:r></w:del><w:r><w:t>一</w:t></w:r>".to_owned(), "</w:p>".to_owned()),
        (
            "fields",
            "<w:p>".to_owned(),
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>".to_owned(),
            "</w:p>".to_owned(),
        ),
    ];
    for (name, head, token, tail) in &shapes {
        assert_linear(
            &format!("parse_docx: {name}"),
            TEXT,
            &|size| {
                let count = size / token.len().max(1);
                let body = format!("{head}{}{tail}", token.repeat(count));
                let docx = word::docx_of(&body, Some(numbering), None);
                (docx, body.len())
            },
            |docx: &Vec<u8>| {
                drop(wuzhong_plan::parse_docx(docx));
                0
            },
        );
    }
}

//! Load, render and query costs of the embedded plan.
//!
//! `cargo bench --bench load`; `docs/performance.md` quotes the medians.

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ferrous_opencc::OpenCC;
use ferrous_opencc::config::BuiltinConfig;
use wuzhong_plan::{
    Department, Domain, PLAN_JSON, PLAN_JSON_COMPACT, Plan, RenderOptions, SOURCE_TEXT, Target,
    Tasks, parse, plan,
};

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    // What `plan()` does on first use: read the embedded JSON (without whitespace), check
    // it, and build the indexes.
    group.bench_function("from_json", |b| {
        b.iter(|| Plan::from_json(black_box(PLAN_JSON_COMPACT)))
    });
    // The same from the pretty-printed file, as a program reading `data/plan.json` does.
    group.bench_function("from_json_pretty", |b| {
        b.iter(|| Plan::from_json(black_box(PLAN_JSON)))
    });
    group.bench_function("parse_source", |b| b.iter(|| parse(black_box(SOURCE_TEXT))));
    // The check loading runs, alone: every invariant of the embedded plan.
    let embedded = plan();
    group.bench_function("validate", |b| b.iter(|| black_box(embedded).validate()));
    // Floors for `from_json`: serde_json reading the same text into its own tree, and
    // only checking its syntax.
    group.bench_function("json_value", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(PLAN_JSON_COMPACT)))
    });
    group.bench_function("json_syntax_only", |b| {
        b.iter(|| serde_json::from_str::<serde::de::IgnoredAny>(black_box(PLAN_JSON_COMPACT)))
    });
    group.finish();
}

fn render(c: &mut Criterion) {
    let plan = plan();
    let mut group = c.benchmark_group("render");
    group.bench_function("to_text", |b| b.iter(|| black_box(plan).to_text()));
    group.bench_function("to_json", |b| b.iter(|| black_box(plan).to_json()));
    let options = RenderOptions::default();
    group.bench_function("markdown", |b| {
        b.iter(|| black_box(plan).to_markdown(black_box(&options)))
    });
    group.bench_function("akn", |b| {
        b.iter(|| black_box(plan).to_akoma_ntoso(black_box(&options)))
    });
    group.bench_function("stratml", |b| {
        b.iter(|| black_box(plan).to_stratml(black_box(&options)))
    });
    group.bench_function("html", |b| b.iter(|| black_box(plan).to_html(&options)));
    group.bench_function("timeline_svg", |b| {
        b.iter(|| black_box(plan).timeline_svg(&options))
    });
    group.bench_function("network_svg", |b| {
        b.iter(|| black_box(plan).network_svg(&options))
    });
    group.finish();
}

fn lookup(c: &mut Criterion) {
    let plan = plan();
    let mut group = c.benchmark_group("lookup");
    group.bench_function("task", |b| b.iter(|| plan.task(black_box(28))));
    group.bench_function("node", |b| {
        b.iter(|| plan.node(black_box("part-2/group-3/task-28")))
    });
    group.bench_function("tasks_iterate", |b| {
        b.iter(|| black_box(plan).tasks().map(|t| t.body.len()).sum::<usize>())
    });
    group.finish();
}

/// Walks a query's answer, so that the bench measures the walk as well as the lookup.
fn walk(tasks: Result<Tasks<'_>, wuzhong_plan::Error>) -> u32 {
    tasks.map_or(0, |tasks| tasks.map(|t| u32::from(t.number)).sum())
}

fn query(c: &mut Criterion) {
    let plan = plan();
    let mut group = c.benchmark_group("query");
    // 市民政局 leads 10 tasks and takes part in 18.
    group.bench_function("tasks_led_by/enum", |b| {
        b.iter(|| walk(plan.tasks_led_by(black_box(Department::CivilAffairs))))
    });
    // The lookup alone: the index list for the department, as an iterator.
    group.bench_function("tasks_led_by/lookup_only", |b| {
        b.iter(|| {
            plan.tasks_led_by(black_box(Department::CivilAffairs))
                .map_or(0, |tasks| tasks.len())
        })
    });
    group.bench_function("tasks_led_by/short_name", |b| {
        b.iter(|| walk(plan.tasks_led_by(black_box("民政局"))))
    });
    group.bench_function("tasks_involving/enum", |b| {
        b.iter(|| walk(plan.tasks_involving(black_box(Department::CivilAffairs))))
    });
    group.bench_function("tasks_involving/simplified_name", |b| {
        b.iter(|| walk(plan.tasks_involving(black_box("市卫生健康委员会"))))
    });
    group.bench_function("co_responsible/enum", |b| {
        b.iter(|| {
            plan.co_responsible(
                black_box(Department::CivilAffairs),
                black_box(Department::Health),
            )
            .map_or(0, |tasks| tasks.count())
        })
    });
    group.bench_function("departments", |b| {
        b.iter(|| {
            black_box(plan)
                .departments()
                .map(|d| d.involved())
                .sum::<usize>()
        })
    });
    group.bench_function("lookup/english", |b| {
        b.iter(|| Department::lookup(black_box("Civil Affairs Bureau")))
    });
    // An abbreviation, read as a body's name: no full name matches it.
    group.bench_function("lookup/abbreviation", |b| {
        b.iter(|| Department::lookup(black_box("人社局")))
    });
    // A name with another city's prefix.
    group.bench_function("lookup/other_city", |b| {
        b.iter(|| Department::lookup(black_box("銀川市民政局")))
    });
    // Names against the plan: one the plan writes for an organisation, and an
    // abbreviation of a kind.
    group.bench_function("who/plan_name", |b| {
        b.iter(|| plan.who(black_box("財政局")).is_ok())
    });
    group.bench_function("who/abbreviation", |b| {
        b.iter(|| plan.who(black_box("衛健委")).is_ok())
    });
    group.bench_function("tasks_led_by/abbreviation", |b| {
        b.iter(|| walk(plan.tasks_led_by(black_box("人社局"))))
    });
    group.bench_function("organizations", |b| {
        b.iter(|| {
            black_box(plan)
                .organizations()
                .filter(|o| o.kind.is_some())
                .count()
        })
    });
    group.finish();
}

/// Walks a list of targets, so that the bench measures the walk as well as the lookup.
fn walk_targets<'a>(targets: impl Iterator<Item = &'a Target>) -> usize {
    targets.map(|t| t.span.start).sum()
}

fn targets(c: &mut Criterion) {
    let plan = plan();
    let mut group = c.benchmark_group("targets");
    // All 26 dated targets.
    group.bench_function("due_by_2025", |b| {
        b.iter(|| walk_targets(plan.targets_due_by(black_box(2025))))
    });
    // 市民政局 takes part in tasks that state 10 targets.
    group.bench_function("for/enum", |b| {
        b.iter(|| {
            plan.targets_for(black_box(Department::CivilAffairs))
                .map_or(0, walk_targets)
        })
    });
    group.bench_function("for/short_name", |b| {
        b.iter(|| {
            plan.targets_for(black_box("民政局"))
                .map_or(0, walk_targets)
        })
    });
    group.bench_function("timeline", |b| {
        b.iter(|| {
            black_box(plan)
                .timeline()
                .map(|(deadline, targets)| usize::from(deadline.year) + targets.len())
                .sum::<usize>()
        })
    });
    group.bench_function("target", |b| b.iter(|| plan.target(black_box("t19.2"))));
    group.finish();
}

/// The builder: three conditions on indexes, and the same with a text condition in
/// Simplified script (the bodies are folded on the first text query, before timing), and
/// the costs of text queries across variants.
fn compose(c: &mut Criterion) {
    let plan = plan();
    let mut group = c.benchmark_group("compose");
    group.bench_function("three_conditions", |b| {
        b.iter(|| {
            plan.query()
                .led_by(black_box(Department::CivilAffairs))
                .domain(black_box(Domain::ElderlyCare))
                .due_by(black_box(2025))
                .tasks()
                .map(|t| u32::from(t.number))
                .sum::<u32>()
        })
    });
    // The first text query of a plan folds every task's text; each run gets a plan
    // loaded afresh (loading is not timed).
    group.bench_function("first_text_query", |b| {
        b.iter_batched(
            || Plan::from_json(PLAN_JSON).unwrap(),
            |fresh| {
                let found = fresh.query().text(black_box("养老")).tasks().count();
                (fresh, found) // dropped after the timing
            },
            BatchSize::LargeInput,
        )
    });
    // The same with a phrase the tables rewrite: 优化 for the plan's 最佳化.
    group.bench_function("first_text_query/phrase", |b| {
        b.iter_batched(
            || Plan::from_json(PLAN_JSON).unwrap(),
            |fresh| {
                let found = fresh.query().text(black_box("优化")).tasks().count();
                (fresh, found)
            },
            BatchSize::LargeInput,
        )
    });
    // What the first text query of a process adds: building the converter of the Taiwan
    // tables (the library builds it once and keeps it).
    group.bench_function("variants_converter", |b| {
        b.iter(|| OpenCC::from_config(black_box(BuiltinConfig::Tw2sp)).is_ok())
    });
    // The two conversion crates on the same job, the whole source to Simplified script:
    // `fast2s`, which folds and renders, and OpenCC's `t2s` configuration, which could
    // do it too (docs/design.md says why it does not).
    group.bench_function("to_simplified/fast2s", |b| {
        b.iter(|| fast2s::convert(black_box(SOURCE_TEXT)).len())
    });
    if let Ok(t2s) = OpenCC::from_config(BuiltinConfig::T2s) {
        assert_eq!(t2s.convert(SOURCE_TEXT), fast2s::convert(SOURCE_TEXT));
        group.bench_function("to_simplified/opencc_t2s", |b| {
            b.iter(|| t2s.convert(black_box(SOURCE_TEXT)).len())
        });
    }
    let _ = plan.query().text("养老").tasks().count();
    let _ = plan.query().quote("养老").tasks().count();
    // Later text queries, the texts prepared: characters only, a phrase the tables
    // rewrite, and a target's own quote.
    group.bench_function("text/characters", |b| {
        b.iter(|| plan.query().text(black_box("养老")).tasks().count())
    });
    group.bench_function("text/phrase", |b| {
        b.iter(|| plan.query().text(black_box("优化")).tasks().count())
    });
    group.bench_function("quote/phrase", |b| {
        b.iter(|| plan.query().quote(black_box("网络")).targets().count())
    });
    group.bench_function("three_conditions_and_text", |b| {
        b.iter(|| {
            plan.query()
                .led_by(black_box(Department::CivilAffairs))
                .domain(black_box(Domain::ElderlyCare))
                .due_by(black_box(2025))
                .text(black_box("居家养老"))
                .tasks()
                .count()
        })
    });
    group.bench_function("targets_three_conditions", |b| {
        b.iter(|| {
            walk_targets(
                plan.query()
                    .involving(black_box(Department::Health))
                    .domain(black_box(Domain::ElderlyCare))
                    .due_by(black_box(2025))
                    .targets(),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, load, render, lookup, query, targets, compose);
criterion_main!(benches);

//! Load and render costs of the embedded plan.
//!
//! `cargo bench --bench load`; the README quotes the medians.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use wuzhong_plan::{PLAN_JSON, Plan, SOURCE_TEXT, parse, plan};

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    // What `plan()` does on first use: parse the embedded JSON and build the indexes.
    group.bench_function("from_json", |b| {
        b.iter(|| Plan::from_json(black_box(PLAN_JSON)))
    });
    group.bench_function("parse_source", |b| b.iter(|| parse(black_box(SOURCE_TEXT))));
    group.finish();
}

fn render(c: &mut Criterion) {
    let plan = plan();
    let mut group = c.benchmark_group("render");
    group.bench_function("to_text", |b| b.iter(|| black_box(plan).to_text()));
    group.bench_function("to_json", |b| b.iter(|| black_box(plan).to_json()));
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

criterion_group!(benches, load, render, lookup);
criterion_main!(benches);

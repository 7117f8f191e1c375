//! The embedded plan's first use in a fresh process, the cost a command line, a Python
//! call or a service pays once per process: this bench starts itself as a child 101
//! times, each child times its one call to `plan()` and prints it, and the bench prints
//! the median and the range. Criterion's hot loop cannot measure this: after its first
//! iteration the plan is loaded and every cache is warm.
//!
//! `cargo bench --bench first_use`

use std::process::Command;
use std::time::Instant;

/// The variable that makes the bench a child.
const CHILD: &str = "WUZHONG_PLAN_FIRST_USE_CHILD";
/// Children started; odd, so that the median is one of them.
const RUNS: usize = 101;

fn main() {
    if std::env::var_os(CHILD).is_some() {
        let start = Instant::now();
        let plan = std::hint::black_box(wuzhong_plan::plan());
        let took = start.elapsed();
        assert_eq!(plan.tasks().len(), 50, "the embedded plan did not load");
        println!("{}", took.as_nanos());
        return;
    }
    let exe = std::env::current_exe().expect("the bench's own path");
    let mut times: Vec<u128> = (0..RUNS)
        .map(|_| {
            let out = Command::new(&exe)
                .env(CHILD, "1")
                .output()
                .expect("starting the child");
            assert!(out.status.success(), "the child failed");
            String::from_utf8_lossy(&out.stdout)
                .trim()
                .parse()
                .expect("the child prints nanoseconds")
        })
        .collect();
    times.sort_unstable();
    let micros = |ns: u128| ns as f64 / 1000.0;
    let at = |q: usize| times[(times.len() - 1) * q / 4];
    println!(
        "plan() first use in a fresh process, {RUNS} processes: median {:.1} µs \
         (quartiles {:.1}–{:.1} µs, range {:.1}–{:.1} µs)",
        micros(at(2)),
        micros(at(1)),
        micros(at(3)),
        micros(times[0]),
        micros(times[times.len() - 1]),
    );
}

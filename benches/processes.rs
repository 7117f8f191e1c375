//! Whole processes, as a shell loop runs them: the command line answering
//! `tasks --lead 市民政局 --format json`, beside a Rust program that does nothing (built
//! here with `rustc -O`, the floor any Rust command line stands on), the command line
//! printing its version (clap parsing its arguments, no plan loaded) and jq answering
//! the same question from `data/plan.json`. The answers are checked before anything is timed. The commands take
//! turns, round after round, so that a slower spell of the machine falls on all of them;
//! the bench prints each one's median, quartiles and range, and its median over the
//! no-op's and over the command line's answer.
//!
//! `cargo bench --features cli --bench processes`; `WUZHONG_PLAN_CLI=PATH` times another
//! build of the command line in its place (an older one, to compare).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Rounds; in each, every command runs `PER_ROUND` times.
const ROUNDS: usize = 40;
const PER_ROUND: usize = 5;

const JQ_PROGRAM: &str = "[.parts[] | (.tasks[]?, .groups[]?.tasks[]) \
    | select(.responsibility != null and ([.responsibility.parties[] | select(.role == \"lead\")][0].organization == \"civil-affairs\")) \
    | .number]";

struct Subject {
    name: &'static str,
    program: PathBuf,
    args: Vec<String>,
    times: Vec<Duration>,
}

impl Subject {
    fn new(name: &'static str, program: impl Into<PathBuf>, args: &[&str]) -> Subject {
        Subject {
            name,
            program: program.into(),
            args: args.iter().map(|a| (*a).to_owned()).collect(),
            times: Vec::new(),
        }
    }

    fn output(&self) -> Vec<u8> {
        let out = Command::new(&self.program)
            .args(&self.args)
            .output()
            .unwrap_or_else(|err| panic!("running {}: {err}", self.name));
        assert!(out.status.success(), "{} failed", self.name);
        out.stdout
    }

    fn time(&mut self) {
        let start = Instant::now();
        let status = Command::new(&self.program)
            .args(&self.args)
            .stdout(Stdio::null())
            .status()
            .unwrap_or_else(|err| panic!("running {}: {err}", self.name));
        self.times.push(start.elapsed());
        assert!(status.success(), "{} failed", self.name);
    }

    /// The median, as the report's quartiles take it: the lower middle of an even count.
    fn median(&self) -> Duration {
        let mut times = self.times.clone();
        times.sort_unstable();
        times[(times.len() - 1) / 2]
    }
}

/// The task numbers of a JSON answer: an array of task records or of numbers.
fn numbers(json: &[u8]) -> Vec<u64> {
    let value: serde_json::Value = serde_json::from_slice(json).expect("a JSON answer");
    value
        .as_array()
        .expect("an array")
        .iter()
        .map(|item| {
            item.get("number")
                .unwrap_or(item)
                .as_u64()
                .expect("a task number")
        })
        .collect()
}

/// Builds `fn main() {}` with `rustc -O` in a directory of its own.
fn no_op(dir: &Path) -> PathBuf {
    std::fs::create_dir_all(dir).expect("a directory for the no-op");
    let source = dir.join("no_op.rs");
    std::fs::write(&source, "fn main() {}\n").expect("writing the no-op");
    let binary = dir.join("no-op");
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let status = Command::new(rustc)
        .args(["-O", "--edition", "2021", "-o"])
        .arg(&binary)
        .arg(&source)
        .status()
        .expect("running rustc");
    assert!(status.success(), "rustc failed on the no-op");
    binary
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("wuzhong-plan-processes-{}", std::process::id()));
    let plan_json = root.join("data/plan.json");
    let plan_json = plan_json.to_str().expect("a UTF-8 path");
    let cli_program = std::env::var_os("WUZHONG_PLAN_CLI").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_wuzhong-plan")),
        PathBuf::from,
    );
    let mut subjects = vec![
        Subject::new("no-op (rustc -O)", no_op(&dir), &[]),
        Subject::new("wuzhong-plan --version", &cli_program, &["--version"]),
        Subject::new(
            "wuzhong-plan",
            &cli_program,
            &["tasks", "--lead", "市民政局", "--format", "json"],
        ),
        Subject::new("jq", "jq", &["-c", JQ_PROGRAM, plan_json]),
    ];
    let [_, version, cli, jq] = &subjects[..] else {
        unreachable!("four subjects")
    };
    let printed = String::from_utf8(version.output()).expect("the version is UTF-8");
    assert!(
        printed.starts_with("wuzhong-plan "),
        "--version printed {printed:?}"
    );
    let (from_cli, from_jq) = (numbers(&cli.output()), numbers(&jq.output()));
    assert_eq!(
        from_cli, from_jq,
        "the command line and jq answer differently"
    );
    assert_eq!(from_cli, [7, 8, 14, 15, 23, 24, 25, 30, 39, 42]);

    for subject in &mut subjects {
        subject.time(); // warm the page cache
        subject.times.clear();
    }
    for _ in 0..ROUNDS {
        for subject in &mut subjects {
            for _ in 0..PER_ROUND {
                subject.time();
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);

    let floor = subjects[0].median();
    let cli_median = subjects[2].median();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!("{} runs each, interleaved:", ROUNDS * PER_ROUND);
    for subject in &subjects {
        let mut times = subject.times.clone();
        times.sort_unstable();
        let q = |i: usize| times[(times.len() - 1) * i / 4];
        println!(
            "{:<24} median {:6.3} ms  (quartiles {:.3}–{:.3}, range {:.3}–{:.3})  {:5.2}× the no-op, {:5.2}× the command line's answer",
            subject.name,
            ms(q(2)),
            ms(q(1)),
            ms(q(3)),
            ms(times[0]),
            ms(times[times.len() - 1]),
            q(2).as_secs_f64() / floor.as_secs_f64(),
            q(2).as_secs_f64() / cli_median.as_secs_f64(),
        );
    }
}

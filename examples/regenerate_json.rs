//! Regenerates `data/plan.json` from `data/source.txt`, keeping the curated targets and
//! domain tags of the current `data/plan.json`:
//!
//! ```text
//! cargo run --example regenerate_json > data/plan.json
//! ```
//!
//! Everything but the targets and the tasks' domains is what the parser reads from the
//! source. Those two are curated by hand in `data/plan.json` (the parser's own targets
//! are only the extractor's candidates, and it tags no domains), so this keeps them,
//! checked against the source again. The test
//! `tests/json_is_fresh.rs` fails whenever the committed file differs from what this
//! prints.

use std::io::Write as _;
use std::process::ExitCode;

use wuzhong_plan::{Error, SOURCE_TEXT, parse, try_plan};

fn main() -> ExitCode {
    let current = match try_plan() {
        Ok(plan) => plan,
        Err(err) => {
            eprintln!("error: data/plan.json, which holds the curated targets and domains: {err}");
            return ExitCode::FAILURE;
        }
    };
    let domains = current
        .tasks()
        .flat_map(|task| task.domains.iter().map(|tag| (task.number, tag.clone())));
    let generated = parse(SOURCE_TEXT)
        .map_err(Error::from)
        .and_then(|plan| plan.with_domains(domains))
        .and_then(|plan| plan.with_targets(current.targets().cloned()))
        .and_then(|plan| plan.to_json());
    match generated {
        Ok(json) => match writeln!(std::io::stdout().lock(), "{json}") {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("error: writing the JSON: {err}");
                ExitCode::FAILURE
            }
        },
        Err(err) => {
            eprintln!("error: data/source.txt: {err}");
            ExitCode::FAILURE
        }
    }
}

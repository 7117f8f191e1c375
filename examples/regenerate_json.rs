//! Regenerates `data/plan.json` from `data/source.txt`:
//!
//! ```text
//! cargo run --example regenerate_json > data/plan.json
//! ```
//!
//! The test `tests/json_is_fresh.rs` fails whenever the committed file differs from
//! what this prints.

use std::io::Write as _;
use std::process::ExitCode;

fn main() -> ExitCode {
    let generated = wuzhong_plan::parse(wuzhong_plan::SOURCE_TEXT)
        .map_err(wuzhong_plan::Error::from)
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

//! Regenerates every generated file of the repository, in place:
//!
//! ```text
//! cargo run --example regenerate
//! ```
//!
//! - `data/plan.json`: what the parser reads from `data/source.txt`, with the curated
//!   fields of the current `data/plan.json` (the targets and the tasks' domain tags,
//!   which the parser does not make: its targets are only the extractor's candidates,
//!   and it tags no domains), checked against the source again. Both files are read
//!   from the disk, so an edit to a curated field survives.
//! - `docs/data.md`: the tables of the kinds of body, the plan's organisations, the
//!   targets, and the first four columns of the domains (the fifth, the reason, is
//!   written by hand and kept).
//! - `docs/datapackage.md`: the section that lists every table of the data package.
//!
//! A file is written only when it changes, through a new file beside it renamed over it,
//! so that an interrupted run leaves the old file whole. The tests that hold these
//! files fresh compare them with what the same code (`generated.rs`) makes, and name
//! this command when they differ. Given a directory, it regenerates the files of that
//! copy of the repository instead.

mod generated;

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let argument = std::env::args_os().nth(1);
    if argument
        .as_ref()
        .is_some_and(|a| a == "--help" || a == "-h")
    {
        println!(
            "usage: {} [-- REPOSITORY]\n\nRegenerates data/plan.json, docs/data.md's tables and \
             docs/datapackage.md's tables in place, from data/source.txt and the curated \
             fields of data/plan.json.",
            generated::COMMAND
        );
        return ExitCode::SUCCESS;
    }
    let root = argument.map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    match regenerate(&root) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn regenerate(root: &Path) -> Result<(), String> {
    let read =
        |path: &str| fs::read_to_string(root.join(path)).map_err(|err| format!("{path}: {err}"));
    let source = read("data/source.txt")?;
    let current = read("data/plan.json")?;
    let plan = generated::regenerated(&source, &current)
        .map_err(|err| format!("data/plan.json from data/source.txt: {err}"))?;
    let json = generated::plan_json(&plan).map_err(|err| format!("data/plan.json: {err}"))?;
    write(root, "data/plan.json", &current, &json)?;

    let guide = read("docs/data.md")?;
    let fresh =
        generated::data_guide(&plan, &guide).map_err(|err| format!("docs/data.md: {err}"))?;
    write(root, "docs/data.md", &guide, &fresh)?;

    let guide = read("docs/datapackage.md")?;
    let fresh = generated::datapackage_guide(&plan, &guide)
        .map_err(|err| format!("docs/datapackage.md: {err}"))?;
    write(root, "docs/datapackage.md", &guide, &fresh)
}

/// Replaces `path` (under `root`), which holds `old`, with `new`, saying which it did.
fn write(root: &Path, path: &str, old: &str, new: &str) -> Result<(), String> {
    if old == new {
        println!("{path}: current");
        return Ok(());
    }
    let target = root.join(path);
    let temporary = target.with_extension(format!("regenerate-{}.tmp", std::process::id()));
    let written = fs::File::create_new(&temporary)
        .and_then(|mut file| {
            file.write_all(new.as_bytes())?;
            file.sync_all()
        })
        .and_then(|()| fs::rename(&temporary, &target));
    if let Err(err) = written {
        let _ = fs::remove_file(&temporary);
        return Err(format!("{path}: {err}"));
    }
    println!("{path}: regenerated");
    Ok(())
}

//! `export`: the plan as a Frictionless data package (`--datapackage DIR`) and its
//! organisations as Popolo JSON (`--popolo FILE`), from the library's
//! [`Plan::data_package`] and [`Plan::to_popolo`].

use std::path::{Path, PathBuf};

use clap::Args;
use wuzhong_plan::Plan;

use crate::{Failure, names};

/// What `export` writes; at least one.
#[derive(Args)]
pub struct Export {
    /// Write a Frictionless data package into DIR (created if missing): datapackage.json,
    /// a CSV file for each table, and plan.txt, the text the offsets point into
    #[arg(long, value_name = "DIR")]
    datapackage: Option<PathBuf>,
    /// Write the organisations as Popolo JSON to FILE (`-` for standard output)
    #[arg(long, value_name = "FILE")]
    popolo: Option<PathBuf>,
}

/// Writes what `export` asks for; returns what goes to stdout (the Popolo JSON for
/// `--popolo -`, else nothing).
pub fn run(plan: &Plan, export: &Export) -> Result<Vec<u8>, Failure> {
    if export.datapackage.is_none() && export.popolo.is_none() {
        return Err(Failure::usage(
            "`export` needs --datapackage DIR, --popolo FILE or both; see `wuzhong-plan export --help`",
        ));
    }
    if let Some(dir) = &export.datapackage {
        check_dir(dir)?;
    }
    let mut stdout = Vec::new();
    if let Some(dir) = &export.datapackage {
        write_package(plan, dir)?;
    }
    if let Some(file) = &export.popolo {
        let popolo = plan.to_popolo();
        if file.as_os_str() == "-" {
            stdout = popolo.into_bytes();
        } else {
            std::fs::write(file, popolo)
                .map_err(|err| Failure::data(format!("writing {}: {err}", names::file(file))))?;
        }
    }
    Ok(stdout)
}

/// Refuses a `--datapackage` path that exists and is no directory (a regular file, a
/// link to one, a device).
fn check_dir(dir: &Path) -> Result<(), Failure> {
    match std::fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => Err(Failure::usage(format!(
            "--datapackage: {} is not a directory: expected a directory to write the package into, or a path to create one at",
            names::file(dir)
        ))),
        _ => Ok(()),
    }
}

/// Creates `dir` if missing and writes every file of the package into it.
fn write_package(plan: &Plan, dir: &Path) -> Result<(), Failure> {
    let failed = |what: &Path, err: std::io::Error| {
        Failure::data(format!("writing {}: {err}", names::file(what)))
    };
    std::fs::create_dir_all(dir).map_err(|err| failed(dir, err))?;
    for (name, contents) in plan.data_package().files() {
        let path = dir.join(name);
        std::fs::write(&path, contents).map_err(|err| failed(&path, err))?;
    }
    Ok(())
}

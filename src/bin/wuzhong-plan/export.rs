//! `export`: the plan as a Frictionless data package (`--datapackage DIR`) and its
//! organisations as Popolo JSON (`--popolo FILE`), from the library's
//! [`Plan::data_package`] and [`Plan::to_popolo`].
//!
//! Everything is checked before anything is written: `DIR` (a directory, a link the
//! user named that leads to one, or a path to create one at), each of the package's
//! file names in it, and `FILE`, each of which may be nothing or a regular file and
//! nothing else ([`files::replaceable`]). A `FILE` that is one of the package's files,
//! or `DIR` itself, is refused. Then every file is written whole, to a temporary beside
//! it, and the temporaries are renamed into place together ([`files::Batch`]), so that
//! a failure leaves the files that were there as they were.

use std::ffi::OsStr;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use clap::Args;
use wuzhong_plan::{Corpus, Plan, Table};

use crate::corpus::Tally;
use crate::files::{self, Batch, Stream};
use crate::{Failure, names};

/// What a usage error about `--datapackage DIR` ends with.
const DIR_EXPECTED: &str =
    "expected a directory to write the package into, or a path to create one at";

/// What a usage error about a file of the package ends with.
const FILE_EXPECTED: &str =
    "expected a regular file that may be written, for the package to replace, or no file";

/// What a usage error about `--popolo FILE` ends with.
const POPOLO_EXPECTED: &str = "expected a regular file that may be written, a path to create one at, or `-` for standard output";

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
    let package: Option<(&Path, Vec<(String, String)>)> = export
        .datapackage
        .as_deref()
        .map(|dir| (dir, plan.data_package().files().collect()));
    let popolo = export
        .popolo
        .as_deref()
        .filter(|file| file.as_os_str() != "-");

    let mut existing = false;
    if let Some((dir, package_files)) = &package {
        existing = check_dir(dir)?;
        if existing {
            for (file, _) in package_files {
                let path = dir.join(file);
                files::replaceable(&path, &names::file(&path), "--datapackage", FILE_EXPECTED)?;
            }
        }
    }
    if let Some(file) = popolo {
        check_popolo(file, package.as_ref())?;
    }

    let mut batch = Batch::default();
    if let Some((dir, package_files)) = package {
        let real = created(dir, existing)?;
        for (file, contents) in package_files {
            let name = names::file(&dir.join(&file));
            batch.stage(&real.join(&file), name, contents.as_bytes())?;
        }
    }
    if let Some(file) = popolo {
        batch.stage(file, names::file(file), plan.to_popolo().as_bytes())?;
    }
    batch.commit()?;
    match export.popolo.as_deref() {
        Some(file) if file.as_os_str() == "-" => Ok(plan.to_popolo().into_bytes()),
        _ => Ok(Vec::new()),
    }
}

/// Whether `--datapackage DIR` names a directory (`true`) or nothing, which is to be
/// created (`false`). A symbolic link named as `DIR` is followed, to a directory only;
/// anything else there is refused, and so is a path that cannot be created because a
/// directory on the way is something else.
fn check_dir(dir: &Path) -> Result<bool, Failure> {
    let name = names::file(dir);
    // Without a final `/`, which would make the link's target the thing looked at.
    let bare: PathBuf = dir.components().collect();
    match std::fs::symlink_metadata(&bare) {
        Ok(metadata) if metadata.is_dir() => Ok(true),
        Ok(metadata) if metadata.file_type().is_symlink() => followed(&bare, &name).map(|()| true),
        Ok(metadata) => Err(Failure::usage(format!(
            "--datapackage: {name} is not a directory but {}: {DIR_EXPECTED}",
            wuzhong_plan::quote::file_kind(metadata.file_type())
        ))),
        Err(err) if matches!(err.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory) => {
            creatable(dir, &name)?;
            Ok(false)
        }
        Err(err) => Err(Failure::usage(format!(
            "--datapackage: {name} cannot be examined ({err}): {DIR_EXPECTED}"
        ))),
    }
}

/// Refuses the symbolic link named as `DIR` unless it leads to a directory.
fn followed(link: &Path, name: &str) -> Result<(), Failure> {
    let refused = |what: String| {
        Failure::usage(format!(
            "--datapackage: {name} is {}{what}: {DIR_EXPECTED}",
            names::link(link)
        ))
    };
    match std::fs::metadata(link) {
        Ok(metadata) if metadata.is_dir() => Ok(()),
        Ok(metadata) => Err(refused(format!(
            ", which is {}, not a directory",
            wuzhong_plan::quote::file_kind(metadata.file_type())
        ))),
        // names::link says that it leads nowhere.
        Err(err) if err.kind() == ErrorKind::NotFound => Err(refused(String::new())),
        Err(err) => Err(refused(format!(", which cannot be followed ({err})"))),
    }
}

/// Refuses a missing `DIR` whose nearest existing ancestor, links followed, is no
/// directory (a file, a dangling link), since it could not be created there.
fn creatable(dir: &Path, name: &str) -> Result<(), Failure> {
    for ancestor in dir.ancestors().skip(1) {
        let probe = if ancestor.as_os_str().is_empty() {
            Path::new(".")
        } else {
            ancestor
        };
        let is_link = std::fs::symlink_metadata(probe)
            .is_ok_and(|metadata| metadata.file_type().is_symlink());
        let what = match std::fs::metadata(probe) {
            Ok(metadata) if metadata.is_dir() => return Ok(()),
            Ok(metadata) if is_link => format!(
                "{}, which is {}",
                names::link(probe),
                wuzhong_plan::quote::file_kind(metadata.file_type())
            ),
            Ok(metadata) => wuzhong_plan::quote::file_kind(metadata.file_type()).to_owned(),
            Err(err) if err.kind() == ErrorKind::NotFound && is_link => names::link(probe),
            Err(err) if matches!(err.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory) => {
                continue;
            }
            // Creating it will say what is wrong.
            Err(_) => return Ok(()),
        };
        return Err(Failure::usage(format!(
            "--datapackage: {name} cannot be created, as {} is {what} and not a directory: {DIR_EXPECTED}",
            names::file(probe)
        )));
    }
    Ok(())
}

/// Creates `DIR` if it did not exist, and returns its path with every link resolved,
/// where the package is written, so that a link named as `DIR` is followed once.
fn created(dir: &Path, existing: bool) -> Result<PathBuf, Failure> {
    let failed =
        |err: std::io::Error| Failure::data(format!("creating {}: {err}", names::file(dir)));
    if !existing {
        std::fs::create_dir_all(dir).map_err(failed)?;
    }
    dir.canonicalize().map_err(failed)
}

/// Refuses a `--popolo FILE` that names no file, has something other than a regular
/// file at it, is in no directory (one that neither exists nor is created for the
/// package), or is (or holds) the package: one of its files (its name in any case), or
/// `DIR` or a directory `DIR` is in.
fn check_popolo(
    file: &Path,
    package: Option<&(&Path, Vec<(String, String)>)>,
) -> Result<(), Failure> {
    let name = names::file(file);
    let text = file.to_string_lossy();
    let last = text
        .rsplit(std::path::is_separator)
        .next()
        .unwrap_or_default();
    let Some(file_name) = file
        .file_name()
        .filter(|_| !matches!(last, "" | "." | ".."))
    else {
        return Err(Failure::usage(format!(
            "--popolo: {name} names no file: {POPOLO_EXPECTED}"
        )));
    };
    files::replaceable(file, &name, "--popolo", POPOLO_EXPECTED)?;
    let parent = match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let real_dir = package.map(|(dir, _)| resolved(dir));
    let made_for_package = || {
        real_dir
            .as_ref()
            .is_some_and(|real_dir| real_dir.starts_with(resolved(parent)))
    };
    let why = match std::fs::metadata(parent) {
        Ok(metadata) if metadata.is_dir() => None,
        Ok(metadata) => Some(format!(
            "is {}, not a directory",
            wuzhong_plan::quote::file_kind(metadata.file_type())
        )),
        // The package's directory, and those on the way to it, are created first.
        Err(_) if made_for_package() => None,
        Err(err) if err.kind() == ErrorKind::NotFound => Some("does not exist".to_owned()),
        Err(err) => Some(format!("cannot be examined ({err})")),
    };
    if let Some(why) = why {
        return Err(Failure::usage(format!(
            "--popolo: {name} cannot be written, as {} {why}: {POPOLO_EXPECTED}",
            names::file(parent)
        )));
    }
    let (Some((dir, package_files)), Some(real_dir)) = (package, real_dir) else {
        return Ok(());
    };
    if real_dir.starts_with(resolved(file)) {
        return Err(Failure::usage(format!(
            "--popolo: {name} is the --datapackage directory {}, or a directory it is in: {POPOLO_EXPECTED}",
            names::file(dir)
        )));
    }
    // Without regard to case, which a file system may disregard too.
    let in_package = file_name.to_str().is_some_and(|file_name| {
        package_files
            .iter()
            .any(|(package_file, _)| package_file.eq_ignore_ascii_case(file_name))
    });
    if in_package && resolved(parent) == real_dir {
        return Err(Failure::usage(format!(
            "--popolo: {name} is the data package's {}, which it would replace: expected a file of another name, such as {}",
            names::file(Path::new(file_name)),
            names::file(&dir.join("popolo.json"))
        )));
    }
    Ok(())
}

/// `path` with every link resolved, as far as it exists: its longest existing ancestor
/// made canonical, and the rest as written; the path as written if no part of it can
/// be resolved. An empty path is the current directory.
fn resolved(path: &Path) -> PathBuf {
    let mut rest: Vec<&OsStr> = Vec::new();
    let mut base = path;
    loop {
        let probe = if base.as_os_str().is_empty() {
            Path::new(".")
        } else {
            base
        };
        if let Ok(real) = probe.canonicalize() {
            return rest.iter().rev().fold(real, |path, part| path.join(part));
        }
        match (base.parent(), base.file_name()) {
            (Some(parent), Some(part)) => {
                rest.push(part);
                base = parent;
            }
            _ => return path.to_path_buf(),
        }
    }
}

/// `export --datapackage DIR` across many plans: one package of the corpus, its tables
/// (`plans` first, one row for every file tried) written a plan at a time as the plans
/// are read, so that memory holds a batch of plans, never the corpus. Every file goes
/// to a temporary first and is renamed into place only once all are written, as for
/// one plan.
pub fn corpus(corpus: &Corpus, tally: &mut Tally, export: &Export) -> Result<Vec<u8>, Failure> {
    if export.popolo.is_some() {
        return Err(Failure::usage(
            "--popolo: writes one plan's organisations, and --plan names many: the organisations of every plan are in the data package's organizations.csv, each with its plan (export --datapackage DIR)",
        ));
    }
    let Some(dir) = export.datapackage.as_deref() else {
        return Err(Failure::usage(
            "`export` needs --datapackage DIR; see `wuzhong-plan export --help`",
        ));
    };
    let layout = wuzhong_plan::corpus_tables(std::iter::empty());
    let descriptor = wuzhong_plan::corpus_descriptor();
    let existing = check_dir(dir)?;
    if existing {
        let files = std::iter::once(DESCRIPTOR.to_owned()).chain(layout.iter().map(Table::path));
        for file in files {
            let path = dir.join(file);
            files::replaceable(&path, &names::file(&path), "--datapackage", FILE_EXPECTED)?;
        }
    }
    let real = created(dir, existing)?;
    let mut streams = Vec::with_capacity(layout.len());
    for table in &layout {
        let path = table.path();
        let mut stream = Stream::begin(&real.join(&path), names::file(&dir.join(&path)))?;
        stream.write(table.csv_header().as_bytes())?;
        streams.push(stream);
    }
    let mut failure = None;
    tally.documents_mapped(
        corpus,
        |document| {
            let tables = wuzhong_plan::corpus_tables(std::iter::once(&document));
            tables.iter().map(Table::csv_rows).collect::<Vec<String>>()
        },
        |rows| {
            if failure.is_some() {
                return;
            }
            for (stream, rows) in streams.iter_mut().zip(rows) {
                if let Err(err) = stream.write(rows.as_bytes()) {
                    failure = Some(err);
                    return;
                }
            }
        },
    );
    if let Some(failure) = failure {
        return Err(failure);
    }
    let mut batch = Batch::default();
    for stream in streams {
        batch.keep(stream)?;
    }
    let name = names::file(&dir.join(DESCRIPTOR));
    batch.stage(&real.join(DESCRIPTOR), name, descriptor.as_bytes())?;
    batch.commit()?;
    Ok(Vec::new())
}

/// The name of a data package's descriptor.
const DESCRIPTOR: &str = "datapackage.json";

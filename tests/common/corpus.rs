//! The real documents of the genre kept beside the repository, in `../shared/corpus/`:
//! read at run time, never copied in; and the programs some tests run (`chromium`).
//! Where the directory or a program is absent the tests that need it pass with a
//! message, except on CI, where its absence fails them.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// The corpus directory, beside the crate's own.
pub const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/");

/// Whether a value of the `CI` variable says the tests run on CI: any value but none,
/// the empty one, or `false`.
pub fn is_ci(value: Option<&OsStr>) -> bool {
    value.is_some_and(|value| !value.is_empty() && value != "false")
}

/// The path and text of the corpus file `name`; `None`, after printing
/// `skipped: ../shared/corpus not found`, when the directory is absent and `CI` is not
/// set. Panics when the directory is absent on CI, or the file in it cannot be read.
pub fn read(name: &str) -> Option<(PathBuf, String)> {
    let dir = Path::new(DIR);
    if !dir.is_dir() {
        assert!(
            !is_ci(std::env::var_os("CI").as_deref()),
            "../shared/corpus not found (looked in {DIR}), and CI is set: \
             the tests of the real documents may not be skipped there"
        );
        eprintln!("skipped: ../shared/corpus not found");
        return None;
    }
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("reading {}: {err}", path.display()));
    Some((path, text))
}

/// The path of the program `name` on `PATH`; `None`, after printing
/// `skipped: NAME not found`, when it is not there and `CI` is not set. Panics when it
/// is not there on CI, where `.ci/run` installs it.
#[allow(dead_code)] // not every test binary needs a tool
pub fn tool(name: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|candidate| candidate.is_file())
    });
    if found.is_none() {
        assert!(
            !is_ci(std::env::var_os("CI").as_deref()),
            "{name} not found on PATH, and CI is set: the tests that need it may not be \
             skipped there (.ci/run installs it)"
        );
        eprintln!("skipped: {name} not found");
    }
    found
}

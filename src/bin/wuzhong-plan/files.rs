//! How the command line writes files: whole or not at all, and never through a link.
//!
//! Before anything is written, each name a file is to be written at is looked at without
//! following a link ([`replaceable`]). Nothing there, or a regular file, may be replaced;
//! a symbolic link (one that leads nowhere too), a directory, a FIFO, a socket or a
//! device is refused, so that a link planted at the name cannot send the write to its
//! target and a FIFO cannot hold the command for ever (it is never opened).
//!
//! A [`Batch`] then writes each file to a temporary file of its own in the file's
//! directory (created new, so that it opens nothing already there, and named
//! `.NAME.XXXXXX.tmp`), flushed to the disk; only once every one is written are they
//! renamed into place, one after the other. A rename replaces the directory entry,
//! never what a link at it points to, and never writes into a file another name shares
//! (a hard link). A failure while writing (a full disk, a quota, a file size limit)
//! removes the temporaries and leaves every file as it was.

use std::fs::Metadata;
use std::io::{ErrorKind, Write as _};
use std::path::{Path, PathBuf};

use tempfile::{Builder, TempPath};

use crate::{Failure, names};

/// Refuses what stands at `path` unless it is nothing or a regular file that may be
/// written, without following a link. `option` starts each message (`--popolo`) and
/// `expected` ends it (`expected a regular file to replace, …`); `name` is `path` as
/// messages write it.
pub fn replaceable(path: &Path, name: &str, option: &str, expected: &str) -> Result<(), Failure> {
    match std::fs::symlink_metadata(path) {
        // A directory on the way that is missing or no directory: the writing says so.
        Err(err) if matches!(err.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory) => Ok(()),
        Err(err) => Err(Failure::usage(format!(
            "{option}: {name} cannot be examined ({err}): {expected}"
        ))),
        Ok(metadata) => regular(path, &metadata, name, option, expected),
    }
}

/// Refuses the file at `path`, of which `metadata` was read without following a link,
/// unless it is a regular file that may be written.
fn regular(
    path: &Path,
    metadata: &Metadata,
    name: &str,
    option: &str,
    expected: &str,
) -> Result<(), Failure> {
    let kind = metadata.file_type();
    if kind.is_symlink() {
        return Err(Failure::usage(format!(
            "{option}: {name} is {}, which is not followed: {expected}",
            names::link(path)
        )));
    }
    if !kind.is_file() {
        return Err(Failure::usage(format!(
            "{option}: {name} is {}, not a regular file: {expected}",
            wuzhong_plan::quote::file_kind(kind)
        )));
    }
    if metadata.permissions().readonly() {
        return Err(Failure::data(format!(
            "{option}: {name} is read-only: {expected}"
        )));
    }
    Ok(())
}

/// Files written to temporaries, renamed into place together by [`Batch::commit`]; the
/// temporaries of a batch dropped before are removed.
#[derive(Default)]
pub struct Batch {
    staged: Vec<Staged>,
}

/// A file written to a temporary, to be renamed to its path.
struct Staged {
    temporary: TempPath,
    path: PathBuf,
    name: String,
}

impl Batch {
    /// Writes `contents` to a new temporary file in `path`'s directory, to be renamed to
    /// `path` by [`Batch::commit`]; `name` is `path` as messages write it. A failure is a
    /// data error.
    pub fn stage(&mut self, path: &Path, name: String, contents: &[u8]) -> Result<(), Failure> {
        let mut stream = Stream::begin(path, name)?;
        stream.write(contents)?;
        self.keep(stream)
    }

    /// Flushes what was written to `stream` to the disk, and stages its temporary to be
    /// renamed to its path by [`Batch::commit`].
    pub fn keep(&mut self, stream: Stream) -> Result<(), Failure> {
        let Stream { file, path, name } = stream;
        let file = file
            .into_inner()
            .map_err(|err| Failure::data(format!("writing {name}: {}", err.error())))?;
        file.as_file()
            .sync_all()
            .map_err(|err| Failure::data(format!("writing {name}: {err}")))?;
        self.staged.push(Staged {
            temporary: file.into_temp_path(),
            path,
            name,
        });
        Ok(())
    }

    /// Renames every temporary into place, in the order they were staged. A rename that
    /// fails (a directory put at the name since it was checked, an I/O error) removes the
    /// temporaries left and says how many files were replaced already.
    pub fn commit(self) -> Result<(), Failure> {
        let total = self.staged.len();
        for (done, staged) in self.staged.into_iter().enumerate() {
            staged.temporary.persist(&staged.path).map_err(|err| {
                Failure::data(format!(
                    "replacing {}: {}; {done} of the {total} files were replaced already",
                    staged.name, err.error
                ))
            })?;
        }
        Ok(())
    }
}

/// A file being written a piece at a time to a temporary in its directory, which
/// [`Batch::keep`] stages; dropped unkept, the temporary is removed.
pub struct Stream {
    file: std::io::BufWriter<tempfile::NamedTempFile>,
    path: PathBuf,
    name: String,
}

impl Stream {
    /// A new temporary file in `path`'s directory, named `.NAME.XXXXXX.tmp`, created new
    /// so that it opens nothing already there; `name` is `path` as messages write it.
    pub fn begin(path: &Path, name: String) -> Result<Stream, Failure> {
        let dir = match path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        let mut prefix = std::ffi::OsString::from(".");
        prefix.push(path.file_name().unwrap_or_default());
        prefix.push(".");
        let mut builder = Builder::new();
        builder.prefix(&prefix).suffix(".tmp");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            // As `std::fs::write` creates a file: readable by all, less the umask.
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let file = builder.tempfile_in(dir).map_err(|err| {
            Failure::data(format!(
                "writing {name}: cannot create a temporary file in {} ({err})",
                names::file(dir)
            ))
        })?;
        Ok(Stream {
            file: std::io::BufWriter::with_capacity(1 << 16, file),
            path: path.to_path_buf(),
            name,
        })
    }

    /// Appends `bytes`.
    pub fn write(&mut self, bytes: &[u8]) -> Result<(), Failure> {
        self.file
            .write_all(bytes)
            .map_err(|err| Failure::data(format!("writing {}: {err}", self.name)))
    }
}

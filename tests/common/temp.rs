//! A directory of its own under the system's temporary directory, removed with what it
//! holds when dropped: where the tests write the files they hand to the command line,
//! `xmllint` and the browser, never into the source tree.

#![allow(dead_code)] // each test binary uses part of it

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A temporary directory, unique to the process, the call and the moment.
pub struct TempDir(pub PathBuf);

impl TempDir {
    /// A new directory whose name starts with `prefix`.
    pub fn new(prefix: &str) -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let name = format!(
            "{prefix}-{}-{}-{nanos}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let path = std::env::temp_dir().join(name);
        std::fs::create_dir(&path).expect("creating a temporary directory");
        TempDir(path)
    }

    /// Writes `bytes` to the file `name` in the directory and returns its path.
    pub fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).expect("writing a temporary file");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

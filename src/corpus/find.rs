//! Finding a corpus's files: each argument a file or a directory walked recursively,
//! and an id for each file.
//!
//! A directory is walked with `walkdir`, its entries in the order of their names (as
//! bytes), depth first. Hidden entries (a name starting with `.`) are passed over, a
//! hidden directory with all it holds; so are symbolic links inside it, never followed,
//! and anything that is neither a directory nor a regular file (a FIFO, a socket, a
//! device), never opened: each is noted in [`Corpus::skipped`] with why. A directory
//! below the argument that cannot be read is noted the same way, and the walk goes on.
//!
//! An id is a file's path below the directory argument it was found under, or a file
//! argument's own name. Where two files would share an id, each of them takes its
//! [`CorpusFile::name`] instead; a file reached twice by the same path is taken once.
//! The cost is linear in the number of entries (and a sort of each directory's).

use std::collections::{HashMap, HashSet};
use std::fs::FileType;
use std::io;
use std::path::{Component, Path, PathBuf};

use walkdir::WalkDir;

use crate::base::quote::file_kind;

use crate::corpus::{Corpus, CorpusFile, Skipped};

/// Why a corpus could not be found: an argument that names nothing readable.
///
/// Its `name` is the argument as given (any byte that is not UTF-8 replaced by U+FFFD),
/// not escaped: a program that shows it on a terminal escapes it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{name}: {reason}")]
#[non_exhaustive]
pub struct CorpusError {
    /// The argument, as text.
    pub name: String,
    /// What is wrong with it, and what was expected.
    pub reason: String,
}

/// What an argument's error ends with: what it should have named.
const EXPECTED: &str =
    "expected a plan file (plain text, JSON, a web page or a Word file) or a directory of them";

impl Corpus {
    /// The files under `paths`, in order: each argument a file, taken whatever its name
    /// (its id is its file name), or a directory, walked recursively in the order of its
    /// entries' names (each file's id is its path below the directory, its components
    /// joined by `/`). A directory argument that is a symbolic link is followed; links
    /// found inside a directory are not. Hidden entries, links inside a directory and
    /// anything but directories and regular files are passed over, each noted in
    /// [`Corpus::skipped`]. Two files that would share an id each take their
    /// [`CorpusFile::name`] as id instead; a file reached twice by the same path (a
    /// directory and a file in it, both given) is taken once, where it is first found.
    ///
    /// ```
    /// use wuzhong_plan::Corpus;
    ///
    /// let dir = tempfile::tempdir()?;
    /// std::fs::create_dir_all(dir.path().join("ningxia/.drafts"))?;
    /// std::fs::write(dir.path().join("ningxia/wuzhong.txt"), wuzhong_plan::SOURCE_TEXT)?;
    /// std::fs::write(dir.path().join("ningxia/.drafts/old.txt"), "draft")?;
    /// std::fs::write(dir.path().join("beijing.json"), wuzhong_plan::PLAN_JSON)?;
    ///
    /// let corpus = Corpus::find([dir.path()])?;
    /// let ids: Vec<&str> = corpus.files().iter().map(|file| file.id.as_str()).collect();
    /// assert_eq!(ids, ["beijing.json", "ningxia/wuzhong.txt"]);
    /// assert!(corpus.skipped()[0].name.ends_with("ningxia/.drafts"));
    ///
    /// // A file named itself takes its file name as id.
    /// let one = Corpus::find([dir.path().join("ningxia/wuzhong.txt")])?;
    /// assert_eq!(one.files()[0].id, "wuzhong.txt");
    ///
    /// // A name that stands for nothing is an error.
    /// let missing = Corpus::find([dir.path().join("missing")]).unwrap_err();
    /// assert!(missing.reason.starts_with("no such file or directory"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// A [`CorpusError`] naming the first argument that does not exist, cannot be read
    /// (a directory whose entries cannot be listed), or is neither a regular file nor a
    /// directory.
    pub fn find<I, P>(paths: I) -> Result<Corpus, CorpusError>
    where
        I: IntoIterator<Item = P>,
        P: AsRef<Path>,
    {
        let mut found = Found::default();
        for path in paths {
            found.argument(path.as_ref())?;
        }
        let Found {
            mut files, skipped, ..
        } = found;
        unique_ids(&mut files);
        Ok(Corpus { files, skipped })
    }

    /// The files found, in the corpus's order: the arguments' order, and within a
    /// directory the order of its walk.
    pub fn files(&self) -> &[CorpusFile] {
        &self.files
    }

    /// The entries passed over, in the order they were met, each with why.
    pub fn skipped(&self) -> &[Skipped] {
        &self.skipped
    }

    /// How many files the corpus has.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether the corpus has no files.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// What the arguments gave so far.
#[derive(Default)]
struct Found {
    /// The files, in order.
    files: Vec<CorpusFile>,
    /// The entries passed over.
    skipped: Vec<Skipped>,
    /// The paths already taken, without a leading `./`.
    seen: HashSet<PathBuf>,
}

impl Found {
    /// Takes the argument `path`: a file, or a directory walked.
    fn argument(&mut self, path: &Path) -> Result<(), CorpusError> {
        // The argument the user typed is followed if it is a link.
        let metadata = std::fs::metadata(path).map_err(|err| not_found(path, &err))?;
        if metadata.is_file() {
            let id = path
                .file_name()
                .map_or_else(|| text(path), |name| name.to_string_lossy().into_owned());
            self.take(path.to_path_buf(), id);
            Ok(())
        } else if metadata.is_dir() {
            self.walk(path)
        } else {
            Err(CorpusError {
                name: path.to_string_lossy().into_owned(),
                reason: format!(
                    "is {}, not a regular file or a directory: {EXPECTED}",
                    file_kind(metadata.file_type())
                ),
            })
        }
    }

    /// Walks the directory `root`, taking its regular files and noting what it passes
    /// over.
    fn walk(&mut self, root: &Path) -> Result<(), CorpusError> {
        let mut entries = WalkDir::new(root)
            .follow_links(false)
            .follow_root_links(true)
            .sort_by_file_name()
            .into_iter();
        while let Some(entry) = entries.next() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    let depth = err.depth();
                    let path = err.path().unwrap_or(root).to_path_buf();
                    let io = io::Error::from(err);
                    if depth == 0 {
                        return Err(not_found(root, &io));
                    }
                    self.skip(&path, format!("cannot be read ({io}): not walked"));
                    continue;
                }
            };
            if entry.depth() == 0 {
                continue;
            }
            let kind_of = entry.file_type();
            let path = entry.path();
            if entry.file_name().as_encoded_bytes().first() == Some(&b'.') {
                if kind_of.is_dir() {
                    entries.skip_current_dir();
                    self.skip(
                        path,
                        "a hidden directory (its name starts with `.`): not walked".to_owned(),
                    );
                } else {
                    self.skip(
                        path,
                        format!(
                            "{}, hidden (its name starts with `.`): not read",
                            described(path, kind_of)
                        ),
                    );
                }
            } else if kind_of.is_symlink() {
                self.skip(
                    path,
                    format!(
                        "{}: a link inside a directory is not followed",
                        described(path, kind_of)
                    ),
                );
            } else if kind_of.is_file() {
                let below = path.strip_prefix(root).unwrap_or(path);
                let id = below
                    .components()
                    .map(|part| part.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                self.take(path.to_path_buf(), id);
            } else if !kind_of.is_dir() {
                self.skip(
                    path,
                    format!("{}, not a regular file: not opened", file_kind(kind_of)),
                );
            }
        }
        Ok(())
    }

    /// Takes the file at `path` with `id`, unless it was taken already.
    fn take(&mut self, path: PathBuf, id: String) {
        if self.seen.insert(normal(&path)) {
            let name = text(&path);
            self.files.push(CorpusFile { id, path, name });
        }
    }

    /// Notes the entry at `path` as passed over.
    fn skip(&mut self, path: &Path, reason: String) {
        self.skipped.push(Skipped {
            name: text(path),
            reason,
        });
    }
}

/// Makes every file's id unique: the files whose ids collide each take their name as
/// id, as often as that makes new collisions (a name may be another file's id). Names
/// differ unless two paths' bytes that are not UTF-8 were replaced alike; those files
/// then take their name and ` (2)`, ` (3)`… in the corpus's order. Linear in the files.
fn unique_ids(files: &mut [CorpusFile]) {
    let mut holders: HashMap<String, Vec<usize>> = HashMap::new();
    let mut pending = Vec::new();
    for (index, file) in files.iter().enumerate() {
        let list = holders.entry(file.id.clone()).or_default();
        list.push(index);
        if list.len() == 2 {
            pending.push(file.id.clone());
        }
    }
    while let Some(id) = pending.pop() {
        let Some(list) = holders.remove(&id) else {
            continue;
        };
        let mut keep = Vec::new();
        for index in list {
            let Some(file) = files.get_mut(index) else {
                continue;
            };
            if file.id == file.name {
                keep.push(index);
                continue;
            }
            file.id.clone_from(&file.name);
            let list = holders.entry(file.id.clone()).or_default();
            list.push(index);
            if list.len() == 2 {
                pending.push(file.id.clone());
            }
        }
        // Files whose id is their name already, and still collide: names replaced alike.
        let mut keep = keep.into_iter();
        let first = keep.next();
        let mut n = 1;
        for index in keep {
            let Some(file) = files.get_mut(index) else {
                continue;
            };
            let numbered = loop {
                n += 1;
                let numbered = format!("{} ({n})", file.name);
                if !holders.contains_key(&numbered) {
                    break numbered;
                }
            };
            file.id.clone_from(&numbered);
            holders.insert(numbered, vec![index]);
        }
        holders.insert(id, first.into_iter().collect());
    }
}

/// `path` as [`CorpusFile::name`] writes it: its components joined by `/`, a leading
/// `./` dropped, any byte that is not UTF-8 replaced by U+FFFD.
pub(crate) fn text(path: &Path) -> String {
    let mut text = String::new();
    for component in normal(path).components() {
        match component {
            Component::RootDir => text.push('/'),
            Component::Prefix(prefix) => text.push_str(&prefix.as_os_str().to_string_lossy()),
            _ => {
                if !text.is_empty() && !text.ends_with('/') {
                    text.push('/');
                }
                text.push_str(&component.as_os_str().to_string_lossy());
            }
        }
    }
    if text.is_empty() {
        text.push('.');
    }
    text
}

/// `path` without a leading `.` component, as two arguments naming one file compare.
fn normal(path: &Path) -> PathBuf {
    let mut components = path.components().peekable();
    if components.peek() == Some(&Component::CurDir) {
        components.next();
    }
    components.collect()
}

/// An argument that cannot be read: why, in words.
fn not_found(path: &Path, err: &io::Error) -> CorpusError {
    let what = match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => format!("cannot be read ({err})"),
    };
    CorpusError {
        name: path.to_string_lossy().into_owned(),
        reason: format!("{what}: {EXPECTED}"),
    }
}

/// What the entry at `path` is, in words, a symbolic link with its target: `a symbolic
/// link to plan.txt`, `a dangling symbolic link to gone.txt`.
fn described(path: &Path, kind_of: FileType) -> String {
    if !kind_of.is_symlink() {
        return file_kind(kind_of).to_owned();
    }
    let Ok(target) = std::fs::read_link(path) else {
        return "a symbolic link".to_owned();
    };
    let dangling = matches!(
        std::fs::metadata(path),
        Err(err) if err.kind() == io::ErrorKind::NotFound
    );
    let adjective = if dangling { "dangling " } else { "" };
    format!("a {adjective}symbolic link to {}", target.to_string_lossy())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(id: &str, name: &str) -> CorpusFile {
        CorpusFile {
            id: id.to_owned(),
            path: PathBuf::from(name),
            name: name.to_owned(),
        }
    }

    fn ids(files: &[CorpusFile]) -> Vec<&str> {
        files.iter().map(|file| file.id.as_str()).collect()
    }

    #[test]
    fn names_join_components_with_slashes() {
        assert_eq!(text(Path::new("./plans//a/./b.txt")), "plans/a/b.txt");
        assert_eq!(text(Path::new("plans/")), "plans");
        assert_eq!(text(Path::new(".")), ".");
        assert_eq!(text(Path::new("/srv/plans/a.txt")), "/srv/plans/a.txt");
        assert_eq!(text(Path::new("../plans/a.txt")), "../plans/a.txt");
    }

    #[test]
    fn colliding_ids_take_names_until_none_collides() {
        // `a/x.txt` and `b/x.txt` collide as `x.txt`; `a/x.txt` is then also the id a
        // third file has below a directory `c`, which takes its own name in turn.
        let mut files = vec![
            file("x.txt", "a/x.txt"),
            file("x.txt", "b/x.txt"),
            file("a/x.txt", "c/a/x.txt"),
            file("y.txt", "c/y.txt"),
        ];
        unique_ids(&mut files);
        assert_eq!(ids(&files), ["a/x.txt", "b/x.txt", "c/a/x.txt", "y.txt"]);
    }

    #[test]
    fn names_replaced_alike_are_numbered() {
        let mut files = vec![
            file("\u{fffd}.txt", "d/\u{fffd}.txt"),
            file("\u{fffd}.txt", "d/\u{fffd}.txt"),
            file("\u{fffd}.txt", "d/\u{fffd}.txt"),
        ];
        unique_ids(&mut files);
        assert_eq!(
            ids(&files),
            ["d/\u{fffd}.txt", "d/\u{fffd}.txt (2)", "d/\u{fffd}.txt (3)"]
        );
    }
}

//! Finding and reading a corpus (`Corpus::find`, `CorpusFile::read`, `Corpus::map`), on
//! directories each test builds in a temporary directory: the ids and their order, what
//! is passed over and why, collisions, each kind of refusal, the limits, the digests,
//! and the batches `map` reads lazily and in order.
//!
//! The expectations come from the binding rules of issue 32 (ids: the path below a
//! directory argument, `/`-joined, or a file argument's name; the full path where two
//! collide) and from the command line's `--plan FILE` (src/bin/wuzhong-plan/source.rs),
//! whose reading the corpus mirrors.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use wuzhong_plan::{
    Corpus, Document, PLAN_JSON, Refusal, RefusalKind, SOURCE_TEXT, Skipped, Status,
};

/// 16 MiB, the limit of a plan as text.
const TEXT_LIMIT: usize = 16 * 1024 * 1024;

/// Writes `bytes` at `path` below `root`, making the directories it needs.
fn write(root: &Path, path: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = root.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    path
}

fn ids(corpus: &Corpus) -> Vec<&str> {
    corpus.files().iter().map(|file| file.id.as_str()).collect()
}

/// A path as the corpus writes it in names (the temporary directory's paths are
/// absolute, without `.` or `..`, and UTF-8).
fn name(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

fn skipped(corpus: &Corpus) -> Vec<(String, &str)> {
    corpus
        .skipped()
        .iter()
        .map(|Skipped { name, reason, .. }| (name.clone(), reason.as_str()))
        .collect()
}

fn refused_by(document: Document) -> Refusal {
    match document.plan {
        Ok(_) => panic!("{} was read as a plan", document.id()),
        Err(refusal) => refusal,
    }
}

/// The one file of a corpus made of `bytes`, read.
fn read_one(bytes: impl AsRef<[u8]>) -> Document {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "plan", bytes);
    let corpus = Corpus::find([&path]).unwrap();
    assert_eq!(corpus.len(), 1);
    corpus.files()[0].read()
}

#[test]
fn nested_directories_are_walked_in_the_order_of_their_names() {
    let dir = tempfile::tempdir().unwrap();
    // Written out of order: the order is the names', byte by byte, depth first.
    write(dir.path(), "b.txt", "乙");
    write(dir.path(), "b/d/e.json", "{}");
    write(dir.path(), "b/c.txt", "丙");
    write(dir.path(), "a.txt", "甲");
    write(dir.path(), "10.txt", "十");
    write(dir.path(), "9.txt", "九");
    let corpus = Corpus::find([dir.path()]).unwrap();
    assert_eq!(
        ids(&corpus),
        ["10.txt", "9.txt", "a.txt", "b/c.txt", "b/d/e.json", "b.txt"]
    );
    assert!(corpus.skipped().is_empty(), "{:?}", corpus.skipped());
    let file = &corpus.files()[4];
    assert_eq!(file.path, dir.path().join("b/d/e.json"));
    assert_eq!(file.name, name(&dir.path().join("b/d/e.json")));
    assert_eq!(corpus.len(), 6);
    assert!(!corpus.is_empty());
}

#[test]
fn a_relative_argument_gives_names_without_a_leading_dot() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "plans/sub/a.txt", "甲");
    let here = std::env::current_dir().unwrap();
    // The path from here to the temporary directory, written with `./` and `..`s.
    let ups: PathBuf = here.components().skip(1).map(|_| "..").collect();
    let relative = Path::new(".")
        .join(ups)
        .join(dir.path().strip_prefix("/").unwrap())
        .join("plans");
    let corpus = Corpus::find([&relative]).unwrap();
    assert_eq!(ids(&corpus), ["sub/a.txt"]);
    let file = &corpus.files()[0];
    assert_eq!(file.path, relative.join("sub/a.txt"));
    assert!(!file.name.starts_with("./"), "{}", file.name);
    assert!(file.name.ends_with("/plans/sub/a.txt"), "{}", file.name);
}

#[test]
fn an_empty_directory_is_an_empty_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = Corpus::find([dir.path()]).unwrap();
    assert!(corpus.is_empty());
    assert_eq!(corpus.len(), 0);
    assert_eq!(corpus.read().count(), 0);
}

#[test]
fn hidden_files_and_directories_are_skipped_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "plan.txt", SOURCE_TEXT);
    write(dir.path(), ".plan.txt", SOURCE_TEXT);
    write(dir.path(), ".git/config", "[core]");
    write(dir.path(), ".git/objects/plan.txt", SOURCE_TEXT);
    write(dir.path(), "sub/.DS_Store", [0u8, 1, 2]);
    write(dir.path(), "sub/plan.txt", SOURCE_TEXT);
    let corpus = Corpus::find([dir.path()]).unwrap();
    assert_eq!(ids(&corpus), ["plan.txt", "sub/plan.txt"]);
    // A hidden directory is one note: nothing below it is listed.
    assert_eq!(
        skipped(&corpus),
        [
            (
                name(&dir.path().join(".git")),
                "a hidden directory (its name starts with `.`): not walked"
            ),
            (
                name(&dir.path().join(".plan.txt")),
                "a regular file, hidden (its name starts with `.`): not read"
            ),
            (
                name(&dir.path().join("sub/.DS_Store")),
                "a regular file, hidden (its name starts with `.`): not read"
            ),
        ]
    );
}

#[test]
fn a_file_argument_is_taken_whatever_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let hidden = write(dir.path(), ".hidden", SOURCE_TEXT);
    let bare = write(dir.path(), "sub/README", SOURCE_TEXT);
    let corpus = Corpus::find([&hidden, &bare]).unwrap();
    assert_eq!(ids(&corpus), [".hidden", "README"]);
    assert_eq!(corpus.files()[1].name, name(&bare));
    assert!(corpus.skipped().is_empty());
    assert!(
        corpus
            .read()
            .all(|document| document.status() == Status::Read)
    );
}

#[test]
fn an_argument_that_names_nothing_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "plan.txt", SOURCE_TEXT);
    let missing = dir.path().join("no such plans");
    let err = Corpus::find([dir.path(), &missing]).unwrap_err();
    assert_eq!(err.name, name(&missing));
    assert_eq!(
        err.reason,
        "no such file or directory: expected a plan file (plain text, JSON, a web page or a Word file) or a directory of them"
    );
    assert_eq!(err.to_string(), format!("{}: {}", err.name, err.reason));
}

#[cfg(unix)]
#[test]
fn links_inside_a_directory_are_skipped_and_a_linked_argument_is_followed() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("plans");
    write(&plans, "plan.txt", SOURCE_TEXT);
    write(dir.path(), "elsewhere/other.txt", SOURCE_TEXT);
    symlink("plan.txt", plans.join("copy.txt")).unwrap();
    symlink(dir.path().join("elsewhere"), plans.join("more")).unwrap();
    symlink("gone.txt", plans.join("dangling.txt")).unwrap();
    let corpus = Corpus::find([&plans]).unwrap();
    assert_eq!(ids(&corpus), ["plan.txt"]);
    assert_eq!(
        skipped(&corpus),
        [
            (
                name(&plans.join("copy.txt")),
                "a symbolic link to plan.txt: a link inside a directory is not followed"
            ),
            (
                name(&plans.join("dangling.txt")),
                "a dangling symbolic link to gone.txt: a link inside a directory is not followed"
            ),
            (
                name(&plans.join("more")),
                format!(
                    "a symbolic link to {}: a link inside a directory is not followed",
                    name(&dir.path().join("elsewhere"))
                )
                .as_str()
            ),
        ]
    );

    // The link the user typed is followed, to a directory or to a file.
    let typed = dir.path().join("typed");
    symlink(&plans, &typed).unwrap();
    let through = Corpus::find([&typed]).unwrap();
    assert_eq!(ids(&through), ["plan.txt"]);
    assert_eq!(through.files()[0].path, typed.join("plan.txt"));
    let file = Corpus::find([plans.join("copy.txt")]).unwrap();
    assert_eq!(ids(&file), ["copy.txt"]);
    let document = file.files()[0].read();
    assert_eq!(document.status(), Status::Read);
    assert_eq!(document.bytes, SOURCE_TEXT.len() as u64);
}

/// Makes a FIFO at `path` with `mkfifo`; `false` where there is no `mkfifo`.
#[cfg(unix)]
fn mkfifo(path: &Path) -> bool {
    match std::process::Command::new("mkfifo").arg(path).status() {
        Ok(status) => {
            assert!(status.success(), "mkfifo {} failed", path.display());
            true
        }
        Err(err) => {
            eprintln!("skipped: mkfifo could not be run ({err})");
            false
        }
    }
}

/// Runs `work` on another thread, failing if it takes more than a minute: what would
/// open a FIFO waits for a writer for ever.
#[cfg(unix)]
fn without_hanging<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || send.send(work()));
    receive
        .recv_timeout(Duration::from_secs(60))
        .expect("the work did not end: a FIFO was opened")
}

#[cfg(unix)]
#[test]
fn a_fifo_is_skipped_and_never_opened() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    write(&root, "a.txt", SOURCE_TEXT);
    if !mkfifo(&root.join("b.fifo")) {
        return;
    }
    write(&root, "c.json", PLAN_JSON);
    let found = root.clone();
    let (corpus, statuses) = without_hanging(move || {
        let corpus = Corpus::find([&found]).unwrap();
        let statuses: Vec<Status> = corpus.map(|document| document.status()).collect();
        (corpus, statuses)
    });
    assert_eq!(ids(&corpus), ["a.txt", "c.json"]);
    assert_eq!(statuses, [Status::Read, Status::Read]);
    assert_eq!(
        skipped(&corpus),
        [(
            name(&root.join("b.fifo")),
            "a FIFO (named pipe), not a regular file: not opened"
        )]
    );

    // A FIFO typed as an argument is an error, not a file to open.
    let fifo = root.join("b.fifo");
    let err = without_hanging(move || Corpus::find([fifo]).unwrap_err());
    assert_eq!(
        err.reason,
        "is a FIFO (named pipe), not a regular file or a directory: expected a plan file (plain text, JSON, a web page or a Word file) or a directory of them"
    );

    // A file found regular and made a FIFO before it is read is refused unopened.
    let corpus = Corpus::find([&root]).unwrap();
    std::fs::remove_file(root.join("a.txt")).unwrap();
    assert!(mkfifo(&root.join("a.txt")));
    let document = without_hanging(move || corpus.files()[0].read());
    assert_eq!(document.bytes, 0);
    assert_eq!(document.sha256, None);
    let refusal = refused_by(document);
    assert_eq!(refusal.kind, RefusalKind::Unreadable);
    assert_eq!(
        refusal.message,
        "is a FIFO (named pipe), not a regular file, and was not opened: expected a plan file (plain text, JSON, a web page or a Word file)"
    );
}

#[test]
fn a_file_gone_before_it_is_read_is_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "plan.txt", SOURCE_TEXT);
    let corpus = Corpus::find([dir.path()]).unwrap();
    std::fs::remove_file(path).unwrap();
    let document = corpus.read().next().unwrap();
    assert_eq!((document.bytes, document.sha256.as_deref()), (0, None));
    let refusal = refused_by(document);
    assert_eq!(refusal.kind, RefusalKind::Unreadable);
    assert_eq!(refusal.line, None);
    assert_eq!(
        refusal.message,
        "no such file: expected a readable plan file (plain text, JSON, a web page or a Word file)"
    );
}

#[test]
fn ids_that_collide_across_arguments_become_full_paths() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "ningxia/plan.txt", SOURCE_TEXT);
    let b = write(dir.path(), "gansu/plan.txt", SOURCE_TEXT);
    write(dir.path(), "gansu/other.txt", SOURCE_TEXT);
    write(dir.path(), "shaanxi/plan.txt", SOURCE_TEXT);
    write(dir.path(), "shaanxi/xian.txt", SOURCE_TEXT);

    // Two file arguments of one name.
    let corpus = Corpus::find([&a, &b]).unwrap();
    assert_eq!(ids(&corpus), [name(&a), name(&b)]);

    // Two directories holding `plan.txt`: only the colliding ids change.
    let gansu = dir.path().join("gansu");
    let shaanxi = dir.path().join("shaanxi");
    let corpus = Corpus::find([&gansu, &shaanxi]).unwrap();
    assert_eq!(
        ids(&corpus),
        [
            "other.txt".to_owned(),
            name(&b),
            name(&shaanxi.join("plan.txt")),
            "xian.txt".to_owned()
        ]
    );
    let unique: std::collections::HashSet<&str> = ids(&corpus).into_iter().collect();
    assert_eq!(unique.len(), corpus.len());
}

#[test]
fn the_same_file_reached_twice_is_taken_once() {
    let dir = tempfile::tempdir().unwrap();
    let plan = write(dir.path(), "plans/sub/plan.txt", SOURCE_TEXT);
    write(dir.path(), "plans/other.txt", SOURCE_TEXT);
    let plans = dir.path().join("plans");
    // The directory, a file in it (first found in the directory), the file again by a
    // path with `.` in it, the directory with a final `/`.
    let again = dir.path().join("plans/./sub/plan.txt");
    let slash = PathBuf::from(format!("{}/", plans.display()));
    let corpus = Corpus::find([&plans, &plan, &again, &slash]).unwrap();
    assert_eq!(ids(&corpus), ["other.txt", "sub/plan.txt"]);
    // A file named first keeps its own id; the directory adds the others.
    let corpus = Corpus::find([&plan, &plans]).unwrap();
    assert_eq!(ids(&corpus), ["plan.txt", "other.txt"]);
}

#[test]
fn ids_are_the_same_in_every_run() {
    let dir = tempfile::tempdir().unwrap();
    for (i, place) in ["yinchuan", "wuzhong", "guyuan", "zhongwei"]
        .iter()
        .enumerate()
    {
        write(dir.path(), &format!("{place}/plan-{i}.txt"), SOURCE_TEXT);
        write(dir.path(), &format!("{place}/plan.json"), "{}");
    }
    let single = dir.path().join("wuzhong/plan.json");
    let first = Corpus::find([dir.path(), &single]).unwrap();
    let second = Corpus::find([dir.path(), &single]).unwrap();
    assert_eq!(first, second);
    assert_eq!(first.len(), 8);
    assert_eq!(ids(&first)[0], "guyuan/plan-2.txt");
}

#[test]
fn the_order_is_the_arguments_then_each_walk() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "z/1.txt", "一");
    write(dir.path(), "z/2.txt", "二");
    let single = write(dir.path(), "m.txt", "中");
    write(dir.path(), "a/1.json", "{}");
    let corpus = Corpus::find([dir.path().join("z"), single, dir.path().join("a")]).unwrap();
    assert_eq!(ids(&corpus), ["1.txt", "2.txt", "m.txt", "1.json"]);
    let read: Vec<String> = corpus.read().map(|doc| doc.id().to_owned()).collect();
    assert_eq!(read, ids(&corpus));
}

#[test]
fn a_json_plan_is_read_with_or_without_a_byte_order_mark() {
    let document = read_one(PLAN_JSON);
    assert_eq!(document.status(), Status::Read);
    assert_eq!(document.bytes, PLAN_JSON.len() as u64);
    let plan = document.plan.unwrap();
    assert_eq!(plan.tasks().len(), 50);
    assert_eq!(plan.to_text(), SOURCE_TEXT);

    let marked = read_one(format!("\u{feff}  \n{PLAN_JSON}"));
    assert_eq!(marked.status(), Status::Read);
    assert_eq!(marked.plan.unwrap().to_text(), SOURCE_TEXT);
}

#[test]
fn a_text_plan_is_read_and_keeps_its_byte_order_mark() {
    let document = read_one(SOURCE_TEXT);
    assert_eq!(document.status(), Status::Read);
    assert_eq!(document.bytes, SOURCE_TEXT.len() as u64);
    let plan = document.plan.unwrap();
    assert_eq!(plan.tasks().len(), 50);
    assert_eq!(plan.to_text(), SOURCE_TEXT);

    let marked = format!("\u{feff}{SOURCE_TEXT}");
    let document = read_one(&marked);
    assert_eq!(document.plan.unwrap().to_text(), marked);
}

#[test]
fn the_digest_is_the_sha256_of_the_bytes() {
    let document = read_one("abc");
    assert_eq!(document.bytes, 3);
    assert_eq!(
        document.sha256.as_deref(),
        Some("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    );
    // A refused file read whole has its digest too: the empty file's.
    let empty = read_one("");
    assert_eq!(
        empty.sha256.as_deref(),
        Some("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    );
}

#[test]
fn a_binary_file_is_refused_as_not_utf8_at_its_line_and_offset() {
    let png = read_one(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    assert_eq!(png.bytes, 16);
    assert!(png.sha256.is_some());
    let refusal = refused_by(png);
    assert_eq!(
        (refusal.kind, refusal.line),
        (RefusalKind::NotUtf8, Some(1))
    );
    assert_eq!(
        refusal.message,
        "line 1: not UTF-8: invalid byte sequence 0x89 at byte offset 0: expected a plan as UTF-8 text"
    );

    // `一、` is six bytes: the bad byte is the eighth, on line 2.
    let later = refused_by(read_one(b"\xe4\xb8\x80\xe3\x80\x81\n\xff"));
    assert_eq!((later.kind, later.line), (RefusalKind::NotUtf8, Some(2)));
    assert_eq!(
        later.message,
        "line 2: not UTF-8: invalid byte sequence 0xFF at byte offset 7: expected a plan as UTF-8 text"
    );

    // A file cut inside a character.
    let cut = refused_by(read_one(b"\n\n\xe4\xb8"));
    assert_eq!((cut.kind, cut.line), (RefusalKind::NotUtf8, Some(3)));
    assert_eq!(
        cut.message,
        "line 3: not UTF-8: the file ends inside a character at byte offset 2: expected a plan as UTF-8 text"
    );
}

#[test]
fn an_empty_or_blank_file_is_refused_as_empty() {
    let empty = read_one("");
    assert_eq!(empty.bytes, 0);
    let refusal_empty = refused_by(empty);
    assert_eq!(
        (refusal_empty.kind, refusal_empty.line),
        (RefusalKind::Empty, None)
    );
    assert_eq!(
        refusal_empty.message,
        "the file is empty: expected a plan (plain text, JSON, a web page or a Word file)"
    );
    for blank in ["\n", " \t\r\n", "\u{feff}", "\u{feff}\u{3000}\n"] {
        let document = read_one(blank);
        assert_eq!(document.bytes, blank.len() as u64);
        let refused = refused_by(document);
        assert_eq!(refused.kind, RefusalKind::Empty, "{blank:?}");
        assert_eq!(
            refused.message,
            "the file holds only white space: expected a plan (plain text, JSON, a web page or a Word file)"
        );
    }
}

#[test]
fn bad_json_is_refused_at_its_line() {
    let refused = refused_by(read_one("{\n  \"schema_version\": 6,\n  oops\n}"));
    assert_eq!(
        (refused.kind, refused.line),
        (RefusalKind::InvalidJson, Some(3))
    );
    // The JSON reader's message, as `Plan::from_json` gives it, then how the file was
    // taken and what was expected.
    assert_eq!(
        refused.message,
        "invalid plan JSON at line 3, column 3, field `schema_version`: key must be a string (read as JSON, as the file starts with `{`: expected a plan in this crate's JSON schema)"
    );
    // JSON that is well formed but not a plan.
    let other = refused_by(read_one("{\"type\": \"FeatureCollection\"}"));
    assert_eq!(other.kind, RefusalKind::InvalidJson);
    assert_eq!(other.line, Some(1));
}

#[test]
fn text_that_does_not_read_is_refused_at_its_line() {
    // Line 2 ends with `\r\n`, line 1 with `\n`.
    let refused = refused_by(read_one("一、重點任務\n(一)推進\r\n1.甲。乙"));
    assert_eq!(
        (refused.kind, refused.line),
        (RefusalKind::NotAPlan, Some(2))
    );
    assert_eq!(
        refused.message,
        "line 2: the line ends with `\\r\\n` but the text's first line ends with `\\n` (at `(一)推進`) (read as plain text, as the file does not start with `{`, `<` or a zip's `PK`: expected a plan of the genre)"
    );
}

#[test]
fn text_over_16_mib_is_too_large_and_read_one_byte_past_the_limit() {
    let mut bytes = vec![b'a'; TEXT_LIMIT + 1];
    let document = read_one(&bytes);
    assert_eq!(document.bytes, TEXT_LIMIT as u64 + 1);
    assert_eq!(document.sha256, None);
    let refused = refused_by(document);
    assert_eq!((refused.kind, refused.line), (RefusalKind::TooLarge, None));
    assert_eq!(
        refused.message,
        "the file is over the size limit for a plan as text (16777217 bytes): a plan as text may be at most 16 MiB, as JSON, a web page or a Word file at most 256 MiB"
    );
    // Larger still, only one byte past the limit is read; the message gives the size.
    bytes.extend_from_slice(&[b'a'; 1000]);
    let document = read_one(&bytes);
    assert_eq!(document.bytes, TEXT_LIMIT as u64 + 1);
    assert!(refused_by(document).message.contains("(16778217 bytes)"));
}

#[test]
fn json_after_16_mib_of_white_space_is_read_as_json() {
    // White space for more than the limit of text, then the embedded plan's JSON: the
    // white space decides nothing, so the file is read whole, as the command line's
    // `--plan FILE` reads it, and holds the plan.
    let mut bytes = vec![b' '; TEXT_LIMIT + 1];
    bytes.extend_from_slice(wuzhong_plan::PLAN_JSON.as_bytes());
    let document = read_one(&bytes);
    assert_eq!(document.bytes, bytes.len() as u64);
    assert_eq!(document.format, Some(wuzhong_plan::InputFormat::Json));
    let plan = document.plan.expect("the plan after the white space");
    assert_eq!(plan.tasks().len(), 50);
}

#[test]
fn json_over_16_mib_is_read_whole() {
    // `{` then white space: over the limit for text, under that for JSON, so it is read
    // whole, and refused only as JSON that ends too soon.
    let mut bytes = vec![b' '; TEXT_LIMIT + 1];
    bytes[0] = b'{';
    let document = read_one(&bytes);
    assert_eq!(document.bytes, TEXT_LIMIT as u64 + 1);
    assert!(document.sha256.is_some());
    let refused = refused_by(document);
    assert_eq!(refused.kind, RefusalKind::InvalidJson);
    assert_eq!(refused.line, Some(1));
}

#[test]
fn map_reads_a_batch_only_when_it_is_reached() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..200 {
        write(dir.path(), &format!("{i:03}.txt"), format!("{i}"));
    }
    let corpus = Corpus::find([dir.path()]).unwrap();
    assert_eq!(corpus.len(), 200);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(4)
        .build()
        .unwrap();
    // Sixteen files a thread: batches of 64.
    let batch = 64;
    let calls = AtomicUsize::new(0);
    pool.install(|| {
        let mut documents = corpus.map(|document| {
            calls.fetch_add(1, Ordering::SeqCst);
            document.id().to_owned()
        });
        assert_eq!(
            calls.load(Ordering::SeqCst),
            0,
            "nothing is read before it is asked"
        );
        assert_eq!(documents.next().as_deref(), Some("000.txt"));
        let after_one = calls.load(Ordering::SeqCst);
        assert!(
            (1..=batch).contains(&after_one),
            "{after_one} files read for the first"
        );
        let mut taken = vec!["000.txt".to_owned()];
        taken.extend(documents.by_ref().take(batch));
        let after_two = calls.load(Ordering::SeqCst);
        assert!(
            after_two <= 2 * batch,
            "{after_two} files read for the first {} ",
            batch + 1
        );
        taken.extend(documents);
        assert_eq!(taken, ids(&corpus));
    });
    assert_eq!(calls.load(Ordering::SeqCst), 200);
}

#[test]
fn map_gives_many_files_in_order() {
    let dir = tempfile::tempdir().unwrap();
    // Plans and refusals mixed, in nested directories, so that files of a batch take
    // unequal times.
    for i in 0..200 {
        let path = format!("{}/{}/{i:03}.txt", i % 3, i % 7);
        match i % 4 {
            0 => write(dir.path(), &path, SOURCE_TEXT),
            1 => write(dir.path(), &path, [0xffu8, i as u8]),
            2 => write(dir.path(), &path, ""),
            _ => write(dir.path(), &path, format!("一、第{i}部分\n")),
        };
    }
    let corpus = Corpus::find([dir.path()]).unwrap();
    assert_eq!(corpus.len(), 200);
    let read: Vec<(String, Status, Option<RefusalKind>)> = corpus
        .map(|document| {
            let kind = document.plan.as_ref().err().map(|refusal| refusal.kind);
            (document.id().to_owned(), document.status(), kind)
        })
        .collect();
    let expected_ids = ids(&corpus);
    assert_eq!(
        read.iter().map(|(id, ..)| id.as_str()).collect::<Vec<_>>(),
        expected_ids
    );
    for (id, status, kind) in &read {
        let i: usize = id
            .rsplit('/')
            .next()
            .and_then(|file| file.strip_suffix(".txt"))
            .and_then(|number| number.parse().ok())
            .unwrap();
        let expected = match i % 4 {
            0 | 3 => (Status::Read, None),
            1 => (Status::Refused, Some(RefusalKind::NotUtf8)),
            _ => (Status::Refused, Some(RefusalKind::Empty)),
        };
        assert_eq!((*status, *kind), expected, "{id}");
    }
    // `read` gives the same documents in the same order.
    let again: Vec<String> = corpus.read().map(|doc| doc.id().to_owned()).collect();
    assert_eq!(again, expected_ids);
}

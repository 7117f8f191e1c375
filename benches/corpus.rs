//! A corpus at once, against the script a researcher would write instead: the command
//! line reading a directory of plans into one data package
//! (`wuzhong-plan --plan DIR export --datapackage OUT`), beside `benches/corpus_peer.py`,
//! one CPython process reading the same files with regular expressions into a package of
//! its own (`plans.csv`, `parties.csv`); and, without writing a package, the command line
//! printing every plan's tasks (`--plan DIR tasks --format csv`) beside the peer printing
//! its parties (`--stdout`).
//!
//! The corpus is built in a temporary directory from the real documents of
//! `../shared/corpus/*.txt`, the web pages `../shared/corpus/*.page.html` (which the
//! command line reads with `parse_html`, the peer with `html.parser`) and the embedded
//! plan (its text and its JSON): the documents
//! in each of [`REGIONS`] directories and again in an `archive/` directory inside each,
//! and one file that is not UTF-8 (a PDF's first bytes), the same files on every run.
//! Both sides are checked before anything is timed: each exits 0, writes its files, and
//! has one row in its `plans.csv` for every file; the peer finds parties read from the
//! documents, the same in every copy, and prints with `--stdout` what it writes. The
//! commands take turns, round after round (which side goes first alternating), so that a
//! slower spell of the machine falls on both; the bench prints each one's median,
//! quartiles, files per second and peak memory (`/usr/bin/time -v`, when there is one),
//! and the median over the rounds of the peer's time over ours.
//!
//! `cargo bench --features cli --bench corpus`. `WUZHONG_PLAN_CLI=PATH` times another
//! build of the command line; `WUZHONG_PLAN_PYTHON=PATH` another interpreter than the
//! one `python3` names (which is asked for its own path, so that a launcher such as
//! pyenv's shim is not timed). Without `../shared/corpus` the bench says so and stops
//! (and fails when `CI` is set); when the command line does not take a directory after
//! `--plan`, only the peer is timed.

use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Rounds; in each, every command runs once.
const ROUNDS: usize = 15;
/// The directories the documents are copied into, each with an `archive/` inside.
const REGIONS: usize = 24;
/// The real documents, beside the crate's own directory.
const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
/// The file that is not UTF-8, below the corpus directory.
const BINARY: &str = "region-01/scan.pdf";

/// Whether a value of the `CI` variable says the bench runs on CI, as the tests read it.
fn is_ci(value: Option<&OsStr>) -> bool {
    value.is_some_and(|value| !value.is_empty() && value != "false")
}

/// The documents: each `*.txt` and `*.page.html` (a crawled web page) of
/// `../shared/corpus` by name, then the embedded plan's text and JSON. `None`, after a message, when the directory is absent.
fn documents() -> Option<Vec<(String, Vec<u8>)>> {
    let dir = Path::new(SHARED);
    if !dir.is_dir() {
        assert!(
            !is_ci(std::env::var_os("CI").as_deref()),
            "../shared/corpus not found, and CI is set"
        );
        println!("skipped: ../shared/corpus not found; the corpus bench needs its documents");
        return None;
    }
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("listing ../shared/corpus")
        .map(|entry| entry.expect("an entry of ../shared/corpus").file_name())
        .map(|name| name.into_string().expect("a UTF-8 file name"))
        .filter(|name| name.ends_with(".txt") || name.ends_with(".page.html"))
        .collect();
    names.sort_unstable();
    assert!(
        names.iter().any(|name| name.ends_with(".txt")),
        "../shared/corpus has no .txt documents"
    );
    let mut documents: Vec<(String, Vec<u8>)> = names
        .into_iter()
        .map(|name| {
            let bytes = std::fs::read(dir.join(&name))
                .unwrap_or_else(|err| panic!("reading ../shared/corpus/{name}: {err}"));
            (name, bytes)
        })
        .collect();
    documents.push((
        "wuzhong-source.txt".to_owned(),
        wuzhong_plan::SOURCE_TEXT.as_bytes().to_vec(),
    ));
    documents.push((
        "wuzhong-plan.json".to_owned(),
        wuzhong_plan::PLAN_JSON.as_bytes().to_vec(),
    ));
    Some(documents)
}

/// Writes the corpus into `dir`: every document in `region-NN/` and `region-NN/archive/`
/// for each of the [`REGIONS`], and [`BINARY`]. Returns each file's path below `dir`,
/// `/`-joined, sorted, and the bytes of them all.
fn build(dir: &Path, documents: &[(String, Vec<u8>)]) -> (Vec<String>, u64) {
    let mut ids = Vec::new();
    let mut bytes = 0;
    let mut write = |id: String, contents: &[u8]| {
        let path = dir.join(&id);
        std::fs::create_dir_all(path.parent().expect("a file in a directory"))
            .expect("creating the corpus's directories");
        std::fs::write(&path, contents).expect("writing a file of the corpus");
        bytes += contents.len() as u64;
        ids.push(id);
    };
    for region in 1..=REGIONS {
        for place in ["", "archive/"] {
            for (name, contents) in documents {
                write(format!("region-{region:02}/{place}{name}"), contents);
            }
        }
    }
    write(
        BINARY.to_owned(),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\xff\xfe\x00",
    );
    ids.sort_unstable();
    (ids, bytes)
}

/// The rows of a CSV file, each field by its header's name.
fn rows(csv: &[u8]) -> Vec<BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_reader(csv);
    let headers = reader.headers().expect("a CSV header").clone();
    reader
        .records()
        .map(|record| {
            let record = record.expect("a CSV record");
            headers
                .iter()
                .zip(record.iter())
                .map(|(header, field)| (header.to_owned(), field.to_owned()))
                .collect()
        })
        .collect()
}

/// Checks a `plans.csv`: one row for every file of the corpus, its path in the column
/// `column`, and the file that is not UTF-8 refused.
fn check_plans(who: &str, path: &Path, column: &str, ids: &[String]) {
    let csv = std::fs::read(path).unwrap_or_else(|err| panic!("{who}: {}: {err}", path.display()));
    let plans = rows(&csv);
    let mut found: Vec<&str> = plans
        .iter()
        .map(|row| row.get(column).map_or("", String::as_str))
        .collect();
    found.sort_unstable();
    assert_eq!(
        found, ids,
        "{who}: plans.csv has not one row for every file of the corpus"
    );
    let binary = plans
        .iter()
        .find(|row| row.get(column).is_some_and(|id| id == BINARY))
        .expect("the binary file's row");
    assert_eq!(
        binary.get("status").map(String::as_str),
        Some("refused"),
        "{who}: {BINARY} is not UTF-8 and should be refused"
    );
}

/// Checks the peer's `parties.csv`: parties read in the documents by hand, and the same
/// parties in every copy of a document.
fn check_parties(csv: &[u8], documents: &[(String, Vec<u8>)]) {
    let parties = rows(csv);
    let field =
        |row: &BTreeMap<String, String>, name: &str| row.get(name).cloned().unwrap_or_default();
    // (document, line, body, role), each read in the document: a label in a note, a verb
    // after the bodies in Simplified and in Traditional script (ASCII brackets), a
    // `牵头单位:` line, a responsibility line with a bracket inside a body, and a clause of
    // bodies alone after a label.
    let expected = [
        ("01-guangzhou-rencai-jiju-2012.txt", 8, "市委组织部", "lead"),
        (
            "01-guangzhou-rencai-jiju-2012.txt",
            8,
            "市国资委",
            "support",
        ),
        ("01-guangzhou-rencai-jiju-2012.txt", 11, "各区", "support"),
        ("anhui-2022-rcep-shishi-yijian.txt", 26, "合肥海关", "lead"),
        (
            "anhui-2022-rcep-shishi-yijian.txt",
            26,
            "省贸促会",
            "support",
        ),
        (
            "anhui-2022-rcep-shishi-yijian.txt",
            26,
            "省商务厅",
            "support",
        ),
        (
            "06-xianyang-2022-fgf-gzyd-trad-partial.txt",
            4,
            "市政府辦公室",
            "lead",
        ),
        (
            "04-pingdingshan-2013-rwfj-partial.txt",
            8,
            "市工业和信息化局",
            "lead",
        ),
        (
            "baotou-2022-shuzi-zhengfu-kaoping.txt",
            31,
            "市审批服务局",
            "lead",
        ),
        ("national-2019-zongbaoqu.txt", 17, "税务总局", "responsible"),
        ("wuzhong-source.txt", 13, "市委編辦", "responsible"),
        ("wuzhong-source.txt", 19, "各縣(市、區)", "responsible"),
    ];
    for (name, line, body, role) in expected {
        if !documents.iter().any(|(document, _)| document == name) {
            continue; // a document the shared directory no longer has
        }
        let plan = format!("region-07/archive/{name}");
        assert!(
            parties.iter().any(|row| field(row, "plan") == plan
                && field(row, "line") == line.to_string()
                && field(row, "body") == body
                && field(row, "role") == role),
            "the peer did not find {body} ({role}) on line {line} of {plan}"
        );
    }
    for (name, _) in documents {
        let counts: Vec<usize> = (1..=REGIONS)
            .flat_map(|region| {
                ["", "archive/"].map(|place| format!("region-{region:02}/{place}{name}"))
            })
            .map(|plan| {
                parties
                    .iter()
                    .filter(|row| field(row, "plan") == plan)
                    .count()
            })
            .collect();
        assert!(
            counts.windows(2).all(|pair| pair[0] == pair[1]),
            "the peer found different parties in copies of {name}: {counts:?}"
        );
    }
}

/// One command, and its times.
struct Subject {
    name: String,
    program: PathBuf,
    args: Vec<OsString>,
    /// The package directory it writes, removed before each run.
    out: Option<PathBuf>,
    times: Vec<Duration>,
    /// Its peak resident memory, in KiB.
    peak: Option<u64>,
}

impl Subject {
    fn new(name: &str, program: &Path, args: &[&OsStr], out: Option<&Path>) -> Subject {
        Subject {
            name: name.to_owned(),
            program: program.to_owned(),
            args: args.iter().map(|arg| (*arg).to_owned()).collect(),
            out: out.map(Path::to_owned),
            times: Vec::new(),
            peak: None,
        }
    }

    fn clear(&self) {
        if let Some(out) = &self.out {
            match std::fs::remove_dir_all(out) {
                Ok(()) => {}
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
                Err(err) => panic!("removing {}: {err}", out.display()),
            }
        }
    }

    /// Runs it once, its output kept.
    fn output(&self) -> Output {
        self.clear();
        Command::new(&self.program)
            .args(&self.args)
            .output()
            .unwrap_or_else(|err| panic!("running {}: {err}", self.name))
    }

    fn time(&mut self) {
        self.clear();
        let start = Instant::now();
        let status = Command::new(&self.program)
            .args(&self.args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap_or_else(|err| panic!("running {}: {err}", self.name));
        self.times.push(start.elapsed());
        assert!(status.success(), "{} failed", self.name);
    }

    /// Its peak resident memory, run once under `time -v`.
    fn measure(&mut self, time: &Path) {
        self.clear();
        let out = Command::new(time)
            .arg("-v")
            .arg(&self.program)
            .args(&self.args)
            .stdout(Stdio::null())
            .output()
            .unwrap_or_else(|err| panic!("running {} under time -v: {err}", self.name));
        assert!(out.status.success(), "{} failed under time -v", self.name);
        self.peak = String::from_utf8_lossy(&out.stderr)
            .lines()
            .find_map(|line| {
                line.trim()
                    .strip_prefix("Maximum resident set size (kbytes):")
                    .and_then(|kib| kib.trim().parse().ok())
            });
    }

    fn sorted(&self) -> Vec<Duration> {
        let mut times = self.times.clone();
        times.sort_unstable();
        times
    }
}

/// The value at the `i`th quarter of sorted values, as the report's quartiles take it:
/// the lower middle of an even count.
fn quarter<T: Copy>(sorted: &[T], i: usize) -> T {
    sorted[(sorted.len() - 1) * i / 4]
}

/// The interpreter `python3` names, asked for its own path; `None`, after a message,
/// when there is none.
fn python() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("WUZHONG_PLAN_PYTHON") {
        return Some(path.into());
    }
    let asked = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output();
    match asked {
        Ok(out) if out.status.success() => {
            let path = String::from_utf8(out.stdout).expect("a UTF-8 path");
            Some(PathBuf::from(path.trim()))
        }
        _ => {
            assert!(
                !is_ci(std::env::var_os("CI").as_deref()),
                "python3 not found, and CI is set"
            );
            println!("skipped: python3 not found; the corpus bench needs it for its peer");
            None
        }
    }
}

/// The first line a failed command wrote on stderr.
fn complaint(out: &Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = stderr.lines().next().unwrap_or("").trim().to_owned();
    format!("exit {:?}: {line}", out.status.code())
}

/// Checks the command line's package, or says why its side is skipped.
fn check_ours(out: &Output, package: &Path, ids: &[String]) -> bool {
    if !out.status.success() {
        println!(
            "skipped, our side: `wuzhong-plan --plan DIR export --datapackage OUT` failed \
             ({}); the command line must take a directory after --plan",
            complaint(out)
        );
        return false;
    }
    for file in ["datapackage.json", "plans.csv"] {
        assert!(
            package.join(file).is_file(),
            "wuzhong-plan wrote no {file} into its package"
        );
    }
    check_plans("wuzhong-plan", &package.join("plans.csv"), "id", ids);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if let Some(summary) = stderr.lines().last() {
        println!("wuzhong-plan: {summary}");
    }
    true
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Some(documents) = documents() else {
        return;
    };
    let Some(python) = python() else {
        return;
    };
    let cli = std::env::var_os("WUZHONG_PLAN_CLI").map_or_else(
        || PathBuf::from(env!("CARGO_BIN_EXE_wuzhong-plan")),
        PathBuf::from,
    );
    let temp = tempfile::Builder::new()
        .prefix("wuzhong-plan-corpus-")
        .tempdir()
        .expect("a temporary directory");
    let (corpus, ours, theirs) = (
        temp.path().join("corpus"),
        temp.path().join("ours"),
        temp.path().join("peer"),
    );
    let (ids, bytes) = build(&corpus, &documents);
    let files = ids.len();
    println!(
        "corpus: {files} files ({} documents in {REGIONS} directories and their archive/, \
         and one file that is not UTF-8), {bytes} bytes",
        documents.len()
    );

    let peer = root.join("benches/corpus_peer.py");
    let dir = corpus.as_os_str();
    let export = Subject::new(
        "wuzhong-plan --plan DIR export --datapackage OUT",
        &cli,
        &[
            OsStr::new("--plan"),
            dir,
            OsStr::new("export"),
            OsStr::new("--datapackage"),
            ours.as_os_str(),
        ],
        Some(&ours),
    );
    let peer_export = Subject::new(
        "python3 corpus_peer.py DIR OUT",
        &python,
        &[peer.as_os_str(), dir, theirs.as_os_str()],
        Some(&theirs),
    );
    let tasks = Subject::new(
        "wuzhong-plan --plan DIR tasks --format csv",
        &cli,
        &[
            OsStr::new("--plan"),
            dir,
            OsStr::new("tasks"),
            OsStr::new("--format"),
            OsStr::new("csv"),
        ],
        None,
    );
    let peer_print = Subject::new(
        "python3 corpus_peer.py DIR --stdout",
        &python,
        &[peer.as_os_str(), dir, OsStr::new("--stdout")],
        None,
    );

    // The peer: its package, its parties, and the same parties printed.
    let out = peer_export.output();
    assert!(
        out.status.success(),
        "the peer failed ({})",
        complaint(&out)
    );
    check_plans("the peer", &theirs.join("plans.csv"), "path", &ids);
    let parties = std::fs::read(theirs.join("parties.csv")).expect("the peer's parties.csv");
    check_parties(&parties, &documents);
    let printed = peer_print.output();
    assert!(
        printed.status.success(),
        "the peer failed with --stdout ({})",
        complaint(&printed)
    );
    assert!(
        printed.stdout == parties,
        "the peer printed with --stdout other parties than it wrote"
    );
    println!(
        "the peer: {}",
        String::from_utf8_lossy(&out.stderr).trim_end()
    );

    // Our side, when the command line takes a directory.
    let mut pairs: Vec<[Subject; 2]> = Vec::new();
    if check_ours(&export.output(), &ours, &ids) {
        pairs.push([export, peer_export]);
        let out = tasks.output();
        let header = out
            .stdout
            .split(|&byte| byte == b'\n')
            .next()
            .unwrap_or(b"");
        if out.status.success() && header.starts_with(b"plan,") {
            pairs.push([tasks, peer_print]);
        } else {
            println!(
                "skipped, the second pair: `wuzhong-plan --plan DIR tasks --format csv` \
                 failed or printed no `plan` column ({})",
                complaint(&out)
            );
        }
    } else {
        pairs.push([peer_export, peer_print]);
    }

    let time = Path::new("/usr/bin/time");
    if time.is_file() {
        for subject in pairs.iter_mut().flatten() {
            subject.measure(time);
        }
    }
    for round in 0..ROUNDS {
        for pair in &mut pairs {
            let (first, second) = pair.split_at_mut(1);
            if round % 2 == 0 {
                first[0].time();
                second[0].time();
            } else {
                second[0].time();
                first[0].time();
            }
        }
    }

    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "\n{ROUNDS} rounds, in turns; medians, quartiles and range in ms, peak resident memory"
    );
    println!("| command | median | quartiles | range | files/s | peak memory |");
    println!("|---|---|---|---|---|---|");
    for subject in pairs.iter().flatten() {
        let times = subject.sorted();
        let median = quarter(&times, 2);
        println!(
            "| `{}` | {:.0} ms | {:.0}–{:.0} | {:.0}–{:.0} | {:.0} | {} |",
            subject.name,
            ms(median),
            ms(quarter(&times, 1)),
            ms(quarter(&times, 3)),
            ms(times[0]),
            ms(times[times.len() - 1]),
            files as f64 / median.as_secs_f64(),
            subject.peak.map_or_else(
                || "–".to_owned(),
                |kib| format!("{:.1} MiB", kib as f64 / 1024.0)
            ),
        );
    }
    for [cli, peer] in &pairs {
        if cli.program == peer.program {
            continue; // the peer alone
        }
        let mut ratios: Vec<f64> = cli
            .times
            .iter()
            .zip(&peer.times)
            .map(|(cli, peer)| peer.as_secs_f64() / cli.as_secs_f64())
            .collect();
        ratios.sort_unstable_by(f64::total_cmp);
        println!(
            "`{}` over `{}`, paired by round: median {:.2}× (quartiles {:.2}–{:.2}, range {:.2}–{:.2})",
            peer.name,
            cli.name,
            quarter(&ratios, 2),
            quarter(&ratios, 1),
            quarter(&ratios, 3),
            ratios[0],
            ratios[ratios.len() - 1],
        );
    }
}

//! `wuzhong-plan --plan DIR`: many plans at once, as a researcher runs it over a
//! directory of documents. The test builds a corpus of hundreds of files from the
//! shared documents and the embedded plan, in nested directories, with a binary file
//! and an empty one among them, and checks that one data package of the corpus
//! validates, that every file has its row in `plans`, that the refused files are
//! listed and warned of while the rest are read, and that an answer across the plans
//! tags each record with its plan.

#![cfg(feature = "cli")]

#[path = "common/corpus.rs"]
mod corpus;
#[path = "common/temp.rs"]
mod temp;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command as Process;
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;
use temp::TempDir;

/// The shared documents the corpus is built from, as text of the genre.
const SHARED: [&str; 9] = [
    "01-guangzhou-rencai-jiju-2012.txt",
    "02-lishui-2023-zrfj-partial.txt",
    "04-pingdingshan-2013-rwfj-partial.txt",
    "06-xianyang-2022-fgf-gzyd-trad-partial.txt",
    "anhui-2022-rcep-shishi-yijian.txt",
    "baotou-2022-shuzi-zhengfu-kaoping.txt",
    "national-2018-chuangxin-table.txt",
    "national-2018-jiuye.txt",
    "national-2019-zongbaoqu.txt",
];

/// How many regions the corpus has: each a directory holding every document, half of
/// them a level deeper.
const REGIONS: usize = 24;

/// A corpus written by [`build`]: its directory, and the id each file is to have
/// (its path below the directory) with whether it is to be read.
struct Built {
    dir: TempDir,
    files: BTreeMap<String, bool>,
}

/// Builds the corpus: in each of [`REGIONS`] directories (`region-07/`, and for odd
/// regions `region-07/2022/`) a copy of each shared document, of the embedded plan's
/// text and of its JSON; at the top a binary file (PNG's signature and bytes that are
/// no UTF-8) and an empty file; and a hidden directory, which is passed over. `None`
/// when the shared documents are absent outside CI.
fn build() -> Option<Built> {
    let mut documents: Vec<(String, Vec<u8>)> = Vec::new();
    for name in SHARED {
        let (_, text) = corpus::read(name)?;
        documents.push((name.to_owned(), text.into_bytes()));
    }
    documents.push((
        "wuzhong.txt".to_owned(),
        wuzhong_plan::SOURCE_TEXT.as_bytes().to_vec(),
    ));
    documents.push((
        "wuzhong.json".to_owned(),
        wuzhong_plan::PLAN_JSON.as_bytes().to_vec(),
    ));
    let dir = TempDir::new("wuzhong-plan-corpus");
    let mut files = BTreeMap::new();
    for region in 0..REGIONS {
        let mut below = format!("region-{region:02}");
        if region % 2 == 1 {
            below.push_str("/2022");
        }
        std::fs::create_dir_all(dir.0.join(&below)).unwrap();
        for (name, bytes) in &documents {
            let id = format!("{below}/{name}");
            std::fs::write(dir.0.join(&id), bytes).unwrap();
            files.insert(id, true);
        }
    }
    dir.file(
        "scan.png",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\xfd".as_slice(),
    );
    files.insert("scan.png".to_owned(), false);
    dir.file("empty.txt", b"");
    files.insert("empty.txt".to_owned(), false);
    std::fs::create_dir(dir.0.join(".cache")).unwrap();
    std::fs::write(dir.0.join(".cache/plan.txt"), wuzhong_plan::SOURCE_TEXT).unwrap();
    Some(Built { dir, files })
}

/// The command, killed after five minutes: a guard against a hang, not a measure of
/// speed.
fn cli() -> Command {
    let mut command = Command::cargo_bin("wuzhong-plan").unwrap();
    command.timeout(Duration::from_secs(300));
    command
}

/// Stdout, stderr and the exit code of the command.
fn run(args: &[&std::ffi::OsStr]) -> (String, String, Option<i32>) {
    let output = cli().args(args).output().unwrap();
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
        output.status.code(),
    )
}

fn os(text: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(text)
}

/// The rows of a CSV file, each as its header's names beside its cells.
fn rows(path: &Path) -> Vec<BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    reader
        .records()
        .map(|record| {
            let record = record.unwrap();
            header
                .iter()
                .cloned()
                .zip(record.iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

#[test]
fn a_directory_of_hundreds_of_documents_is_one_data_package() {
    let Some(built) = build() else { return };
    let out = TempDir::new("wuzhong-plan-corpus-package");
    let package = out.0.join("package");
    let (stdout, stderr, code) = run(&[
        os("--plan"),
        built.dir.0.as_os_str(),
        os("export"),
        os("--datapackage"),
        package.as_os_str(),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stdout, "");
    let total = built.files.len();
    let refused = built.files.values().filter(|read| !**read).count();
    assert!(total > 250, "the corpus has {total} files");
    // One warning a refused file, naming it; then the summary.
    for (id, read) in &built.files {
        let warned = stderr.lines().any(|line| {
            line.starts_with("warning: ") && line.contains(id.as_str()) && line.contains("refused")
        });
        assert_eq!(warned, !read, "{id}: {stderr}");
    }
    let summary = format!("{total} files: {} read, {refused} refused", total - refused);
    assert_eq!(stderr.lines().last(), Some(summary.as_str()), "{stderr}");
    // No progress bar drawn into a pipe.
    assert!(
        !stderr.contains('\r') && !stderr.contains('\u{1b}'),
        "{stderr}"
    );

    // Every file tried has its row, by its id, with its status.
    let plans = rows(&package.join("plans.csv"));
    let listed: BTreeMap<String, bool> = plans
        .iter()
        .map(|row| (row["id"].clone(), row["status"] == "read"))
        .collect();
    assert_eq!(listed, built.files);
    assert_eq!(plans.len(), total, "a file listed twice");
    for row in &plans {
        let path = built.dir.0.join(&row["id"]);
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(row["bytes"], bytes.len().to_string(), "{}", row["id"]);
        assert_eq!(row["sha256"].len(), 64, "{}", row["id"]);
        if row["status"] == "refused" {
            assert!(
                !row["error"].is_empty(),
                "{} refused without a reason",
                row["id"]
            );
        } else {
            assert_eq!(row["error"], "", "{}", row["id"]);
        }
    }
    // Files of the same bytes have the same digest; the hidden directory is not read.
    let digest = |id: &str| {
        plans
            .iter()
            .find(|row| row["id"] == id)
            .map(|row| row["sha256"].clone())
    };
    assert_eq!(
        digest("region-00/wuzhong.txt"),
        digest("region-01/2022/wuzhong.txt")
    );
    assert_ne!(
        digest("region-00/wuzhong.txt"),
        digest("region-00/wuzhong.json")
    );
    assert!(!listed.keys().any(|id| id.contains(".cache")));

    // Each table's rows carry their plan: Wuzhong's 50 tasks in each of its copies.
    let tasks = rows(&package.join("tasks.csv"));
    for region in ["region-00/wuzhong.txt", "region-05/2022/wuzhong.json"] {
        let numbers: Vec<&str> = tasks
            .iter()
            .filter(|row| row["plan"] == region)
            .map(|row| row["number"].as_str())
            .collect();
        assert_eq!(numbers.len(), 50, "{region}");
        assert_eq!(numbers.first(), Some(&"1"));
        assert_eq!(numbers.last(), Some(&"50"));
    }
    let ids: BTreeSet<&str> = listed.keys().map(String::as_str).collect();
    assert!(tasks.iter().all(|row| ids.contains(row["plan"].as_str())));
    assert!(!tasks.iter().any(|row| row["plan"] == "scan.png"));

    // frictionless validates the package: its keys, with `plan` in each, and its
    // foreign keys to `plans`.
    let Some(frictionless) = corpus::tool("frictionless") else {
        return;
    };
    let output = Process::new(frictionless)
        .arg("validate")
        .arg(package.join("datapackage.json"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn a_query_across_plans_tags_each_answer_with_its_plan() {
    let Some(built) = build() else { return };
    let (stdout, stderr, code) = run(&[
        os("--plan"),
        built.dir.0.as_os_str(),
        os("tasks"),
        os("--lead"),
        os("finance"),
        os("--format"),
        os("json"),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    let records: Vec<Value> = serde_json::from_str(&stdout).unwrap();
    // Every record starts with its plan, as the text writes it.
    let raw: Vec<Box<serde_json::value::RawValue>> = serde_json::from_str(&stdout).unwrap();
    assert_eq!(raw.len(), records.len());
    for record in &raw {
        assert!(
            record.get().starts_with("{\n    \"plan\": "),
            "{}",
            record.get()
        );
    }
    for record in &records {
        let plan = record["plan"].as_str().unwrap();
        assert_eq!(built.files.get(plan), Some(&true), "{plan}");
    }
    // In each copy of Wuzhong's plan, 市財政局 is listed first for tasks 16 and 44
    // (lines 43 and 103 of the source).
    for copy in ["region-00/wuzhong.txt", "region-23/2022/wuzhong.json"] {
        let numbers: Vec<u64> = records
            .iter()
            .filter(|record| record["plan"] == copy)
            .map(|record| record["number"].as_u64().unwrap())
            .collect();
        assert_eq!(numbers, [16, 44], "{copy}");
    }
    // The State Council's finance body is 财政部: in 国发〔2018〕39号 it is listed first
    // in three notes (`（财政部、工业和信息化部、…负责）` and two more), and the document's
    // rule makes the first listed the lead; in 国发〔2019〕3号 it is never first.
    let led_in = |name: &str| -> Vec<&str> {
        records
            .iter()
            .filter(|record| record["plan"] == format!("region-00/{name}"))
            .map(|record| record["lead_name"].as_str().unwrap())
            .collect()
    };
    assert_eq!(led_in("national-2018-jiuye.txt"), ["财政部"; 3]);
    assert!(led_in("national-2019-zongbaoqu.txt").is_empty());

    // As CSV, `plan` is the first column.
    let (stdout, _, code) = run(&[
        os("--plan"),
        built.dir.0.as_os_str(),
        os("tasks"),
        os("--lead"),
        os("finance"),
        os("--format"),
        os("csv"),
    ]);
    assert_eq!(code, Some(0));
    let header = stdout.lines().next().unwrap();
    assert!(header.starts_with("plan,number,id,"), "{header}");
    assert_eq!(stdout.lines().count(), records.len() + 1);
}

#[test]
fn plans_given_one_by_one_answer_together_and_a_name_no_plan_knows_is_an_error() {
    let Some((guangzhou, _)) = corpus::read("01-guangzhou-rencai-jiju-2012.txt") else {
        return;
    };
    let dir = TempDir::new("wuzhong-plan-two");
    let wuzhong = dir.file("wuzhong.txt", wuzhong_plan::SOURCE_TEXT);
    let (stdout, stderr, code) = run(&[
        os("--plan"),
        wuzhong.as_os_str(),
        os("--plan"),
        guangzhou.as_os_str(),
        os("departments"),
        os("--format"),
        os("csv"),
    ]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stderr.lines().last(), Some("2 files: 2 read, 0 refused"));
    let plans: BTreeSet<&str> = stdout
        .lines()
        .skip(1)
        .filter_map(|line| line.split(',').next())
        .collect();
    assert_eq!(
        plans,
        BTreeSet::from(["wuzhong.txt", "01-guangzhou-rencai-jiju-2012.txt"])
    );

    // 市民政局 is Wuzhong's; Guangzhou names a 市民政局 too; a body neither names is
    // an error, with exit code 2.
    let (_, stderr, code) = run(&[
        os("--plan"),
        wuzhong.as_os_str(),
        os("--plan"),
        guangzhou.as_os_str(),
        os("tasks"),
        os("--lead"),
        os("不存在的局"),
    ]);
    assert_eq!(code, Some(2), "{stderr}");
    let last = stderr.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("error: --lead: unknown department `不存在的局`"),
        "{stderr}"
    );

    // A --plan that names nothing is a usage error.
    let missing = dir.0.join("missing");
    let (_, stderr, code) = run(&[
        os("--plan"),
        wuzhong.as_os_str(),
        os("--plan"),
        missing.as_os_str(),
        os("tasks"),
    ]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("missing"), "{stderr}");
}

#[test]
fn strict_refuses_plans_with_findings_but_answers_from_the_rest() {
    let dir = TempDir::new("wuzhong-plan-strict");
    dir.file("wuzhong.txt", wuzhong_plan::SOURCE_TEXT);
    // A body of no known kind is a diagnostic.
    dir.file(
        "odd.txt",
        "一、重點任務\n1.推進改革。抓好落實。\n責任單位:市某某奇怪委員會\n",
    );
    dir.file("empty.txt", "");
    let (stdout, stderr, code) = run(&[
        os("--plan"),
        dir.0.as_os_str(),
        os("--strict"),
        os("tasks"),
        os("--format"),
        os("csv"),
    ]);
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(
        stderr.lines().last(),
        Some("3 files: 1 read, 2 refused (--strict refuses a plan whose reading noticed anything)")
    );
    assert!(stderr.contains("odd.txt: refused"), "{stderr}");
    // Wuzhong's 50 tasks are answered all the same.
    assert_eq!(stdout.lines().count(), 51, "{stdout}");

    let (_, stderr, code) = run(&[os("--plan"), dir.0.as_os_str(), os("tasks")]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stderr.lines().last(), Some("3 files: 2 read, 1 refused"));
    assert!(
        stderr.contains("odd.txt: 1 finding of the reading (1 unknown-body)"),
        "{stderr}"
    );
}

#[test]
fn text_json_and_render_answer_across_plans() {
    let dir = TempDir::new("wuzhong-plan-outputs");
    dir.file("a.txt", wuzhong_plan::SOURCE_TEXT);
    std::fs::create_dir(dir.0.join("more")).unwrap();
    std::fs::write(
        dir.0.join("more/b.txt"),
        "一、重點任務\n1.推進改革。抓好落實。\n責任單位:市民政局\n",
    )
    .unwrap();
    let plan = |args: &[&str]| {
        let mut all = vec![os("--plan"), dir.0.as_os_str()];
        all.extend(args.iter().map(|a| os(a)));
        run(&all)
    };

    // `text`: each plan's text after a line naming it, as `head` names its files.
    let (stdout, stderr, code) = plan(&["text"]);
    assert_eq!(code, Some(0), "{stderr}");
    let expected = format!(
        "==> a.txt <==\n{}\n\n==> more/b.txt <==\n一、重點任務\n1.推進改革。抓好落實。\n責任單位:市民政局\n",
        wuzhong_plan::SOURCE_TEXT
    );
    assert_eq!(stdout, expected);

    // `json`: JSON Lines, each plan's JSON whole, which loads back as the plan.
    let (stdout, stderr, code) = plan(&["json"]);
    assert_eq!(code, Some(0), "{stderr}");
    let lines: Vec<Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["plan"], "a.txt");
    assert_eq!(lines[1]["plan"], "more/b.txt");
    let first = wuzhong_plan::Plan::from_json(&lines[0]["document"].to_string()).unwrap();
    assert_eq!(first.to_text(), wuzhong_plan::SOURCE_TEXT);

    // `render --to html`: one page, a section for each plan; a format of one document
    // is refused.
    let (stdout, stderr, code) = plan(&["render", "--to", "html"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.starts_with("<!DOCTYPE html>"), "{}", &stdout[..40]);
    assert!(stdout.contains("擴大普惠養老服務方式") && stdout.contains("推進改革"));
    assert!(stdout.matches("<section").count() >= 2);
    let (stdout, stderr, code) = plan(&["render", "--to", "akn"]);
    assert_eq!((code, stdout.as_str()), (Some(2), ""));
    assert!(stderr.contains("--to akn: renders one plan"), "{stderr}");

    // `task 1` in each plan that has it, each tagged.
    let (stdout, stderr, code) = plan(&["task", "1", "--format", "csv"]);
    assert_eq!(code, Some(0), "{stderr}");
    let rows: Vec<&str> = stdout.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{stdout}");
    assert!(rows[0].starts_with("a.txt,1,") && rows[1].starts_with("more/b.txt,1,"));
    // `task 50` only in Wuzhong's; a task no plan has is an error.
    let (stdout, _, code) = plan(&["task", "50", "--format", "csv"]);
    assert_eq!((code, stdout.lines().count()), (Some(0), 2));
    let (_, stderr, code) = plan(&["task", "51"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("there is no task 51"), "{stderr}");
}

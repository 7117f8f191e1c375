//! The data package of a corpus, written by hand from the library's parts as a writer
//! that streams a corpus writes it (the descriptor, each table's header once and then
//! its rows a document at a time, each plan's text in `texts`), over the embedded plan,
//! every text of `../shared/corpus/` and a binary file: `frictionless validate` passes
//! (and fails on a row of an unknown plan), every document has its `plans` row with its
//! status and what its text says of it, every primary key is unique, every row carries
//! its plan, every reference resolves within its plan, and each quote's offsets point
//! at it in its plan's text.
//!
//! The expectations of each document were written by reading it. Without
//! `../shared/corpus` the package holds the embedded plan and the binary file alone
//! (`skipped: ../shared/corpus not found`), except on CI (see `common/corpus.rs`), and
//! without `frictionless` on `PATH` its validation is skipped the same way.

#[path = "common/corpus.rs"]
mod corpus;
#[path = "common/temp.rs"]
mod temp;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use temp::TempDir;
use wuzhong_plan::{
    Document, SOURCE_TEXT, Status, Table, corpus_descriptor, corpus_tables, parse, plan, read_plan,
};

/// A binary file: no UTF-8 (a PNG's signature).
const BINARY: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";

/// What a plan's row in `plans` says of it, as its text reads: its title, issuer, date of
/// issue, level and place, `""` where the text gives none, and its number of tasks where
/// another test counted them.
struct Expected {
    id: &'static str,
    title: &'static str,
    issuer: &'static str,
    date: &'static str,
    level: &'static str,
    place: &'static str,
    tasks: Option<usize>,
}

/// The embedded plan, read as a file called `wuzhong.txt`.
const WUZHONG: Expected = Expected {
    id: "wuzhong.txt",
    title: "吳忠市“十四五”公共服務發展實施方案",
    issuer: "吳忠市人民政府辦公室",
    date: "2022-04-26",
    level: "city",
    place: "吳忠市",
    tasks: Some(50),
};

/// The documents of `../shared/corpus/`, each read from its first lines and its
/// signature.
const SHARED: &[Expected] = &[
    // The title alone: no issuer, no date, no place, so no level; 45 tasks (see
    // tests/corpus.rs).
    Expected {
        id: "shared/01-guangzhou-rencai-jiju-2012.txt",
        title: "关于推进人才集聚工程的实施意见",
        issuer: "",
        date: "",
        level: "",
        place: "",
        tasks: Some(45),
    },
    // A page: its title, and `时间:2023-07-11`; `信息来源: 丽水市政府` is no issuer.
    Expected {
        id: "shared/02-lishui-2023-zrfj-partial.txt",
        title: "市政府工作报告重点工作责任分解(2023年)",
        issuer: "",
        date: "2023-07-11",
        level: "",
        place: "",
        tasks: None,
    },
    // Starts in the notice's table of metadata and its body: no title.
    Expected {
        id: "shared/04-pingdingshan-2013-rwfj-partial.txt",
        title: "",
        issuer: "",
        date: "",
        level: "",
        place: "",
        tasks: None,
    },
    // Starts at `全文`, in the preamble.
    Expected {
        id: "shared/06-xianyang-2022-fgf-gzyd-trad-partial.txt",
        title: "",
        issuer: "",
        date: "",
        level: "",
        place: "",
        tasks: None,
    },
    // A provincial office's notice (`皖开放办〔2022〕6号`), signed 2022年3月23日.
    Expected {
        id: "shared/anhui-2022-rcep-shishi-yijian.txt",
        title: "安徽省关于加快对接《区域全面经济伙伴关系协定》（RCEP）经贸新规则扎实推进高水平开放实施意见",
        issuer: "安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室",
        date: "2022-03-23",
        level: "province",
        place: "安徽省",
        tasks: None,
    },
    // The city government's office (`包府办发〔2022〕43号`), 2022年4月14日.
    Expected {
        id: "shared/baotou-2022-shuzi-zhengfu-kaoping.txt",
        title: "包头市2022年数字政府建设考评办法",
        issuer: "包头市人民政府办公室",
        date: "2022-04-14",
        level: "city",
        place: "包头市",
        tasks: None,
    },
    // The State Council's: national, and no place.
    Expected {
        id: "shared/national-2018-chuangxin-table.txt",
        title: "国务院办公厅关于推广第二批支持创新相关改革举措的通知",
        issuer: "国务院办公厅",
        date: "2018-12-23",
        level: "national",
        place: "",
        tasks: None,
    },
    Expected {
        id: "shared/national-2018-jiuye.txt",
        title: "国务院关于做好当前和今后一个时期促进就业工作的若干意见",
        issuer: "国务院",
        date: "2018-11-16",
        level: "national",
        place: "",
        tasks: None,
    },
    Expected {
        id: "shared/national-2019-zongbaoqu.txt",
        title: "国务院关于促进综合保税区高水平开放高质量发展的若干意见",
        issuer: "国务院",
        date: "2019-01-12",
        level: "national",
        place: "",
        tasks: None,
    },
];

/// The id of the binary file.
const BINARY_ID: &str = "scans/page.png";

/// The names of the texts of `../shared/corpus/`, sorted; none, after the message of
/// `common/corpus.rs` (or its failure on CI), when the directory is absent.
fn shared_texts() -> Vec<String> {
    let dir = Path::new(corpus::DIR);
    if !dir.is_dir() {
        assert!(corpus::read(SHARED[0].id.trim_start_matches("shared/")).is_none());
        return Vec::new();
    }
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".txt"))
        .collect();
    names.sort();
    names
}

/// The corpus: the embedded plan, each text of `../shared/corpus/` parsed, and the
/// binary file, refused.
fn documents() -> Vec<Document> {
    let mut documents = vec![Document::new(
        WUZHONG.id,
        SOURCE_TEXT.as_bytes(),
        Ok(plan().clone()),
    )];
    for name in shared_texts() {
        let (_, text) = corpus::read(&name).unwrap();
        let plan = parse(&text).unwrap_or_else(|err| panic!("{name}: {err}"));
        documents.push(Document::new(
            format!("shared/{name}"),
            text.as_bytes(),
            Ok(plan),
        ));
    }
    documents.push(Document::new(BINARY_ID, BINARY, read_plan(BINARY)));
    documents
}

/// Writes the package of `documents` into `dir` as a streaming writer does, and returns
/// each CSV file's name and contents.
fn write_package(dir: &Path, documents: &[Document]) -> Vec<(String, String)> {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join("datapackage.json"), corpus_descriptor()).unwrap();
    let mut files: Vec<(String, String)> = corpus_tables(std::iter::empty())
        .iter()
        .map(|table| (table.path(), table.csv_header()))
        .collect();
    for document in documents {
        let tables = corpus_tables(std::slice::from_ref(document));
        assert_eq!(tables.len(), files.len());
        for (table, (name, csv)) in tables.iter().zip(&mut files) {
            assert_eq!(&table.path(), name);
            csv.push_str(&table.csv_rows());
        }
    }
    for (name, csv) in &files {
        std::fs::write(dir.join(name), csv).unwrap();
    }
    files
}

/// Runs `frictionless validate` on the package in `dir`: whether it passed, and its
/// report. `None` when frictionless is not on `PATH` (outside CI).
fn validate(dir: &Path) -> Option<(bool, String)> {
    let frictionless = corpus::tool("frictionless")?;
    let output = Command::new(frictionless)
        .arg("validate")
        .arg(dir.join("datapackage.json"))
        .output()
        .unwrap();
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    Some((output.status.success(), report))
}

/// A CSV file's rows, each a map of field name to cell.
fn read_csv(path: &Path) -> Vec<HashMap<String, String>> {
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
            header
                .iter()
                .cloned()
                .zip(record.unwrap().iter().map(str::to_owned))
                .collect()
        })
        .collect()
}

/// The cells of `fields` in `row`.
fn key(row: &HashMap<String, String>, fields: &[String]) -> Vec<String> {
    fields.iter().map(|field| row[field].clone()).collect()
}

/// The names a descriptor lists.
fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_corpus_package_validates_and_holds_every_document() {
    let documents = documents();
    let temp = TempDir::new("corpus-package");
    let dir = temp.0.join("package");
    let files = write_package(&dir, &documents);

    // Streamed a document at a time, each file is the whole corpus's table.
    let whole = corpus_tables(&documents);
    for (table, (name, csv)) in whole.iter().zip(&files) {
        assert_eq!(&table.to_csv(), csv, "{name}");
    }

    let descriptor: Value = serde_json::from_str(&corpus_descriptor()).unwrap();
    let resources = descriptor["resources"].as_array().unwrap();
    let names: Vec<&str> = resources
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "plans.csv",
            "diagnostics.csv",
            "tasks.csv",
            "organizations.csv",
            "responsibilities.csv",
            "targets.csv",
            "domains.csv",
            "mentions.csv",
            "annexes.csv",
            "texts.csv",
        ]
    );
    let tables: HashMap<String, Vec<HashMap<String, String>>> = resources
        .iter()
        .map(|r| {
            let name = r["name"].as_str().unwrap().to_owned();
            let rows = read_csv(&dir.join(r["path"].as_str().unwrap()));
            (name, rows)
        })
        .collect();

    // Every document has its row, in order, with its status.
    let plans = &tables["plans"];
    let ids: Vec<&str> = plans.iter().map(|row| row["id"].as_str()).collect();
    let expected_ids: Vec<&str> = documents.iter().map(Document::id).collect();
    assert_eq!(ids, expected_ids);
    let shared = shared_texts();
    assert_eq!(plans.len(), shared.len() + 2);
    let row = |id: &str| {
        plans
            .iter()
            .find(|row| row["id"] == id)
            .unwrap_or_else(|| panic!("no plans row for {id}"))
    };
    let mut expected: Vec<&Expected> = vec![&WUZHONG];
    if !shared.is_empty() {
        expected.extend(SHARED);
    }
    for want in expected {
        let got = row(want.id);
        assert_eq!(got["status"], "read", "{}", want.id);
        assert_eq!(got["error"], "", "{}", want.id);
        assert_eq!(got["refusal"], "", "{}", want.id);
        assert_eq!(got["title"], want.title, "{}", want.id);
        assert_eq!(got["issuer"], want.issuer, "{}", want.id);
        assert_eq!(got["date"], want.date, "{}", want.id);
        assert_eq!(got["level"], want.level, "{}", want.id);
        assert_eq!(got["place"], want.place, "{}", want.id);
        if let Some(tasks) = want.tasks {
            assert_eq!(got["tasks"], tasks.to_string(), "{}", want.id);
        }
    }
    // The binary file: refused, as not UTF-8, with no text and nothing read.
    let binary = row(BINARY_ID);
    assert_eq!(binary["status"], "refused");
    assert_eq!(binary["refusal"], "not-utf8");
    assert!(!binary["error"].is_empty());
    assert_eq!(binary["bytes"], BINARY.len().to_string());
    assert_eq!(binary["sha256"].len(), 64);
    for field in [
        "title",
        "issuer",
        "date",
        "level",
        "place",
        "tasks",
        "diagnostics",
    ] {
        assert_eq!(binary[field], "", "{field}");
    }
    for document in &documents {
        let got = row(document.id());
        let status = match document.status() {
            Status::Read => "read",
            _ => "refused",
        };
        assert_eq!(got["status"], status, "{}", document.id());
        assert_eq!(got["bytes"], document.bytes.to_string());
        assert_eq!(got["path"], document.id());
    }

    // Every primary key is unique; every table but plans has its plan first in each
    // row and in its key, a plan that was read.
    let read: HashSet<&str> = plans
        .iter()
        .filter(|row| row["status"] == "read")
        .map(|row| row["id"].as_str())
        .collect();
    for resource in resources {
        let name = resource["name"].as_str().unwrap();
        let schema = &resource["schema"];
        let primary = strings(&schema["primaryKey"]);
        let rows = &tables[name];
        let mut seen = HashSet::new();
        for row in rows {
            assert!(
                seen.insert(key(row, &primary)),
                "{name} repeats {:?}",
                key(row, &primary)
            );
        }
        if name == "plans" {
            continue;
        }
        assert_eq!(schema["fields"][0]["name"], "plan", "{name}");
        assert_eq!(primary[0], "plan", "{name}");
        assert!(
            schema["foreignKeys"]
                .as_array()
                .unwrap()
                .iter()
                .any(|key| key["fields"] == serde_json::json!(["plan"])
                    && key["reference"]["resource"] == "plans"),
            "{name}: no key to plans"
        );
        for row in rows {
            assert!(
                read.contains(row["plan"].as_str()),
                "{name}: a row of {}",
                row["plan"]
            );
        }
    }
    // Each plan's counts are its rows.
    for plan_row in plans.iter().filter(|row| row["status"] == "read") {
        let id = &plan_row["id"];
        for (field, table) in [("tasks", "tasks"), ("diagnostics", "diagnostics")] {
            let count = tables[table]
                .iter()
                .filter(|row| &row["plan"] == id)
                .count();
            assert_eq!(plan_row[field], count.to_string(), "{id}: {field}");
        }
    }
    // The Wuzhong plan's 50 tasks, 29 organisations, no diagnostics; Guangzhou's task 1
    // names no party (line 4).
    let of = |table: &str, id: &str| tables[table].iter().filter(|row| row["plan"] == id).count();
    assert_eq!(of("organizations", WUZHONG.id), 29);
    assert_eq!(of("diagnostics", WUZHONG.id), 0);
    if !shared.is_empty() {
        let guangzhou = SHARED[0].id;
        assert!(
            tables["diagnostics"]
                .iter()
                .any(|row| row["plan"] == guangzhou
                    && row["kind"] == "no-responsibility"
                    && row["line"] == "4")
        );
    }

    // Every reference of a plan's table resolves within its plan: those the descriptor
    // declares, and those it cannot (a reference that may be empty).
    let mut resolved: HashMap<(&str, String), usize> = HashMap::new();
    for table in plan().tables() {
        for foreign in &table.foreign_keys {
            let fields: Vec<String> = std::iter::once("plan")
                .chain(foreign.fields.iter().copied())
                .map(str::to_owned)
                .collect();
            let reference: Vec<String> = std::iter::once("plan")
                .chain(foreign.reference.iter().copied())
                .map(str::to_owned)
                .collect();
            let targets: HashSet<Vec<String>> = tables[foreign.table]
                .iter()
                .map(|row| key(row, &reference))
                .collect();
            for row in &tables[table.name] {
                let cells = key(row, &fields);
                if cells.iter().skip(1).any(String::is_empty) {
                    continue;
                }
                assert!(
                    targets.contains(&cells),
                    "{}: {cells:?} refers to nothing",
                    table.name
                );
                *resolved
                    .entry((table.name, foreign.fields.join(",")))
                    .or_insert(0) += 1;
            }
        }
    }
    // Among them, a lead (which may be empty) and a party (never empty) of each task
    // of the Wuzhong plan.
    assert!(resolved[&("tasks", "lead_organization".to_owned())] >= 50);
    assert!(resolved[&("responsibilities", "organization".to_owned())] >= 50);

    // Each plan's text is its row of texts, and each party's offsets point at its quote
    // there.
    let text_of = |plan: &str| -> String {
        let rows: Vec<&HashMap<String, String>> = tables["texts"]
            .iter()
            .filter(|row| row["plan"] == plan)
            .collect();
        assert_eq!(rows.len(), 1, "{plan} has {} texts", rows.len());
        rows[0]["text"].clone()
    };
    let mut checked = 0;
    for row in &tables["responsibilities"] {
        let text = text_of(&row["plan"]);
        let number = |field: &str| row[field].parse::<usize>().unwrap();
        assert_eq!(
            &text[number("byte_start")..number("byte_end")],
            row["quote"],
            "{}",
            row["plan"]
        );
        let chars: String = text
            .chars()
            .skip(number("char_start"))
            .take(number("char_end") - number("char_start"))
            .collect();
        assert_eq!(chars, row["quote"]);
        checked += 1;
    }
    assert!(checked >= 100, "{checked} parties");
    for document in &documents {
        match &document.plan {
            Ok(plan) => assert_eq!(text_of(document.id()), plan.to_text()),
            Err(_) => assert!(
                !tables["texts"]
                    .iter()
                    .any(|row| row["plan"] == document.id())
            ),
        }
    }
    assert_eq!(text_of(documents[0].id()), SOURCE_TEXT);

    let Some((valid, report)) = validate(&dir) else {
        return;
    };
    assert!(valid, "frictionless refuses the corpus's package: {report}");

    // A row of a plan the corpus does not have breaks the key to plans.
    let broken = temp.0.join("broken");
    std::fs::create_dir_all(&broken).unwrap();
    copy_dir(&dir, &broken);
    let csv = std::fs::read_to_string(broken.join("domains.csv")).unwrap();
    let row = format!("\r\n{},1,education,", WUZHONG.id);
    assert!(csv.contains(&row), "{csv}");
    let csv = csv.replacen(&row, "\r\nno-such-plan.txt,1,education,", 1);
    std::fs::write(broken.join("domains.csv"), csv).unwrap();
    let (valid, report) = validate(&broken).unwrap();
    assert!(!valid, "frictionless takes a row of no plan: {report}");
    assert!(report.contains("foreign-key"), "{report}");
}

/// The row of `plans` whose id is `id`.
fn row_of<'a>(plans: &'a [HashMap<String, String>], id: &str) -> &'a HashMap<String, String> {
    plans.iter().find(|row| row["id"] == id).unwrap()
}

/// Copies the files of `from` into `to`.
fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let path: PathBuf = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, target).unwrap();
        }
    }
}

#[test]
fn a_table_is_its_header_and_its_rows() {
    let documents = documents();
    let mut tables: Vec<Table<'_>> = plan().tables();
    tables.extend(corpus_tables(&documents));
    tables.extend(corpus_tables(std::iter::empty()));
    for table in &tables {
        let (header, rows) = (table.csv_header(), table.csv_rows());
        assert_eq!(table.to_csv(), format!("{header}{rows}"), "{}", table.name);
        // The header is one line of the fields' names.
        let names: Vec<&str> = table.fields.iter().map(|f| f.name).collect();
        assert_eq!(header, format!("{}\r\n", names.join(",")), "{}", table.name);
        assert_eq!(rows.is_empty(), table.rows.is_empty(), "{}", table.name);
    }
    // With no documents, the tables have their schemas and no rows.
    let empty = corpus_tables(std::iter::empty());
    assert_eq!(empty.len(), 10);
    assert!(
        empty
            .iter()
            .all(|t| t.rows.is_empty() && t.csv_rows().is_empty())
    );
    assert!(
        empty[4]
            .csv_header()
            .starts_with("plan,task,position,organization,role,")
    );
}

#[test]
fn a_plans_tables_gain_its_id_and_keep_their_rows() {
    let documents = [Document::new(
        WUZHONG.id,
        SOURCE_TEXT.as_bytes(),
        Ok(plan().clone()),
    )];
    let corpus = corpus_tables(&documents);
    for own in plan().tables() {
        let table = corpus.iter().find(|t| t.name == own.name).unwrap();
        assert_eq!(table.fields.len(), own.fields.len() + 1, "{}", own.name);
        assert_eq!(table.fields[0].name, "plan");
        for (field, own_field) in table.fields.iter().skip(1).zip(&own.fields) {
            assert_eq!(
                (field.name, field.kind, field.required, &field.values),
                (
                    own_field.name,
                    own_field.kind,
                    own_field.required,
                    &own_field.values
                )
            );
        }
        let mut primary = vec!["plan"];
        primary.extend(&own.primary_key);
        assert_eq!(table.primary_key, primary);
        assert_eq!(table.rows.len(), own.rows.len(), "{}", own.name);
        for (row, own_row) in table.rows.iter().zip(&own.rows) {
            assert_eq!(row[0].as_str(), Some(WUZHONG.id));
            assert_eq!(&row[1..], &own_row[..]);
        }
        // One foreign key to plans; then each of the plan's whose fields are always
        // filled, with `plan` on both sides; one whose field may be empty is left out
        // (frictionless would refuse a key of `plan` and an empty cell).
        assert_eq!(
            (
                table.foreign_keys[0].fields.as_slice(),
                table.foreign_keys[0].table
            ),
            (["plan"].as_slice(), "plans")
        );
        let kept: Vec<_> = own
            .foreign_keys
            .iter()
            .filter(|key| {
                key.fields
                    .iter()
                    .all(|name| own.field(name).is_some_and(|(_, f)| f.required))
            })
            .collect();
        assert_eq!(table.foreign_keys.len(), kept.len() + 1, "{}", own.name);
        for (key, own_key) in table.foreign_keys.iter().skip(1).zip(kept) {
            assert_eq!(key.table, own_key.table);
            assert_eq!(key.fields[0], "plan");
            assert_eq!(&key.fields[1..], own_key.fields.as_slice());
            assert_eq!(key.reference[0], "plan");
            assert_eq!(&key.reference[1..], own_key.reference.as_slice());
        }
    }
    // Which are kept and which left out, by name.
    let declared = |name: &str| -> Vec<Vec<&str>> {
        let table = corpus.iter().find(|t| t.name == name).unwrap();
        table
            .foreign_keys
            .iter()
            .map(|k| k.fields.clone())
            .collect()
    };
    assert_eq!(
        declared("responsibilities"),
        [
            vec!["plan"],
            vec!["plan", "task"],
            vec!["plan", "organization"]
        ]
    );
    assert_eq!(declared("tasks"), [vec!["plan"]]);
    assert_eq!(declared("targets"), [vec!["plan"]]);
    assert_eq!(declared("mentions"), [vec!["plan"], vec!["plan", "task"]]);
    // The descriptor names the text each plan's offsets point into.
    let descriptor: Value = serde_json::from_str(&corpus_descriptor()).unwrap();
    assert_eq!(descriptor["profile"], "tabular-data-package");
    let description = descriptor["description"].as_str().unwrap();
    assert!(description.contains("texts") && description.contains("Article 5"));
    let responsibilities = &descriptor["resources"][4]["schema"];
    let byte_start = responsibilities["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "byte_start")
        .unwrap();
    assert!(
        byte_start["description"]
            .as_str()
            .unwrap()
            .contains("texts.csv")
    );
    assert!(
        !byte_start["description"]
            .as_str()
            .unwrap()
            .contains("plan.txt")
    );
}

/// A table's section as `docs/datapackage.md` writes each: its heading and description,
/// its keys, and a row for each field (the format `cargo run --example regenerate`
/// writes a single plan's tables in).
fn section(table: &Table<'_>) -> String {
    let mut out = format!("### `{}`\n\n{}\n\n", table.name, table.description);
    let key: Vec<String> = table.primary_key.iter().map(|f| format!("`{f}`")).collect();
    out.push_str(&format!("Primary key: {}.", key.join(", ")));
    for key in &table.foreign_keys {
        out.push_str(&format!(
            " `{}` refers to `{}.{}`.",
            key.fields.join("`, `"),
            key.table,
            key.reference.join(", ")
        ));
    }
    out.push_str("\n\n| field | type | required | description |\n|---|---|---|---|\n");
    for field in &table.fields {
        let mut description = field.description.to_owned();
        if !field.values.is_empty() && field.values.len() <= 20 {
            description.push_str(&format!(" One of {}.", field.values.join(", ")));
        }
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            field.name,
            field.kind,
            if field.required { "yes" } else { "" },
            description.replace('|', "\\|")
        ));
    }
    out
}

#[test]
fn the_guide_lists_the_corpus_tables_fields() {
    let guide = include_str!("../docs/datapackage.md");
    let start = guide
        .find("\n## A corpus's package\n")
        .expect("docs/datapackage.md has a section on a corpus's package");
    let corpus_section = &guide[start..];
    let tables = corpus_tables(std::iter::empty());
    for table in &tables[..2] {
        let section = section(table);
        assert!(
            corpus_section.contains(&section),
            "docs/datapackage.md's corpus section should list {} as:\n\n{section}",
            table.name
        );
    }
    // Every table's key, as the section lists them.
    for table in &tables[2..] {
        let key: Vec<String> = table.primary_key.iter().map(|f| format!("`{f}`")).collect();
        let listed = format!("`{}` ({})", table.name, key.join(", "));
        assert!(corpus_section.contains(&listed), "{listed}");
    }
    for command in [
        "read_csv_auto('out/tasks.csv')",
        "read_csv_auto('out/*/tasks.csv', union_by_name = true)",
        "spark.read.csv(\"out/*/tasks.csv\", header=True)",
        "wuzhong-plan --plan shard-01/ export --datapackage out/shard-01",
    ] {
        assert!(corpus_section.contains(command), "{command}");
    }
}

//! `wuzhong-plan --plan` on documents as they are published: a web page, the same page in
//! another encoding, a page with no article, a Word document, and a directory of pages
//! and Word files among texts. The pages are the shared gov.cn crawls, whose `.txt` of
//! the same name is their text; the Word documents are written here, one paragraph for
//! each line of a shared text.

#![cfg(feature = "cli")]

#[path = "common/cli.rs"]
mod command;
#[path = "common/corpus.rs"]
mod corpus;
#[path = "common/temp.rs"]
mod temp;
#[path = "common/docx.rs"]
mod word;

use std::io::{Cursor, Write};

use command::{cli, json, ok, read_csv};
use serde_json::Value;
use sha2::{Digest, Sha256};
use temp::TempDir;
use word::docx_of_lines;
use zip::ZipWriter;
use zip::write::SimpleFileOptions;

/// A page of the shared corpus, its bytes and its `.txt`'s; `None` outside CI when the
/// corpus is absent.
fn page(name: &str) -> Option<(Vec<u8>, String)> {
    let (_, html) = corpus::read(&format!("{name}.page.html"))?;
    let (_, text) = corpus::read(&format!("{name}.txt"))?;
    Some((html.into_bytes(), text))
}

/// What the command prints for `args` after `--plan FILE`.
fn answer(file: &std::path::Path, args: &[&str]) -> String {
    let mut all = vec!["--plan", file.to_str().unwrap_or_default()];
    all.extend(args);
    ok(&all)
}

#[test]
fn a_page_answers_as_its_text_does() {
    let Some((html, text)) = page("national-2018-jiuye") else {
        return;
    };
    let dir = TempDir::new("published-page");
    let page = dir.file("jiuye.page.html", &html);
    let txt = dir.file("jiuye.txt", &text);
    // 国发〔2018〕39号 names 财政部 first in three notes, which its rule `列第一位者为牵头单位`
    // makes its lead: tasks （二） `（财政部、工业和信息化部、人民银行、银保监会负责）`,
    // （三） and （十一）; task （一）'s note names 人力资源社会保障部 first.
    for args in [
        &["tasks", "--lead", "财政部", "--format", "json"][..],
        &[
            "tasks",
            "--involving",
            "人力资源社会保障部",
            "--format",
            "csv",
        ],
        &["departments", "--format", "json"],
        &["text"],
    ] {
        assert_eq!(answer(&page, args), answer(&txt, args), "{args:?}");
    }
    let led: Value = serde_json::from_str(&answer(
        &page,
        &["tasks", "--lead", "财政部", "--format", "json"],
    ))
    .unwrap_or_default();
    let numbers: Vec<u64> = led
        .as_array()
        .map(|tasks| tasks.iter().filter_map(|t| t["number"].as_u64()).collect())
        .unwrap_or_default();
    assert_eq!(numbers, [2, 3, 11]);
}

#[test]
fn a_pages_json_records_the_page_and_its_text_is_the_text_read() {
    let Some((html, text)) = page("national-2019-zongbaoqu") else {
        return;
    };
    let dir = TempDir::new("published-json");
    let file = dir.file("zongbaoqu.page.html", &html);
    let plan = json(&["--plan", file.to_str().unwrap_or_default(), "json"]);
    assert_eq!(plan["source"]["format"], "html");
    let digest = format!("{:x}", Sha256::digest(&html));
    assert_eq!(plan["source"]["sha256"], digest.as_str());
    // `text` prints the text read from the page, which reads as the `.txt` does.
    let read = answer(&file, &["text"]);
    let from_page = wuzhong_plan::parse(&read).expect("the text read parses");
    let from_txt = wuzhong_plan::parse(&text).expect("the .txt parses");
    let titles = |plan: &wuzhong_plan::Plan| -> Vec<String> {
        plan.tasks().map(|task| task.title.clone()).collect()
    };
    assert_eq!(titles(&from_page), titles(&from_txt));
    assert!(!titles(&from_txt).is_empty());
}

#[test]
fn a_page_in_gbk_reads_as_the_page_in_utf8() {
    let Some((html, _)) = page("national-2018-jiuye") else {
        return;
    };
    // The crawl is a fragment that declares no encoding (and is UTF-8); its copy
    // declares GBK, as a page served so does, and is written in it.
    let utf8 = String::from_utf8(html).unwrap_or_default();
    let declared = format!("<meta charset=\"gbk\">\n{utf8}");
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&declared);
    assert!(!unmappable, "every character of the page is in GBK");
    let dir = TempDir::new("published-gbk");
    let page = dir.file("jiuye.page.html", &utf8);
    let copy = dir.file("jiuye-gbk.html", &gbk);
    assert!(std::str::from_utf8(&gbk).is_err(), "the copy is no UTF-8");
    for args in [&["text"][..], &["tasks", "--format", "json"]] {
        assert_eq!(answer(&copy, args), answer(&page, args), "{args:?}");
    }
}

#[test]
fn a_page_with_no_article_is_refused_naming_the_file() {
    let dir = TempDir::new("published-bad");
    let file = dir.file(
        "nav.html",
        "<!DOCTYPE html><html><head><title>首页</title><script>var x = 1;</script></head>\
         <body><nav><a href=\"/\">首页</a> <a href=\"/zc\">政策</a></nav></body></html>",
    );
    let output = cli()
        .args(["--plan", file.to_str().unwrap_or_default(), "tasks"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(stderr.contains("nav.html: "), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn a_directory_of_pages_word_files_and_texts_is_one_corpus() {
    let dir = TempDir::new("published-corpus");
    let mut expected = Vec::new();
    for name in [
        "national-2018-jiuye",
        "national-2019-zongbaoqu",
        "national-2018-chuangxin-table",
    ] {
        let Some((html, text)) = page(name) else {
            return;
        };
        let Some((_, body)) = corpus::read(&format!("{name}.body.html")) else {
            return;
        };
        let plans = dir.0.join("plans");
        std::fs::create_dir_all(&plans).unwrap_or_default();
        std::fs::write(plans.join(format!("{name}.page.html")), &html).unwrap_or_default();
        std::fs::write(plans.join(format!("{name}.body.html")), &body).unwrap_or_default();
        std::fs::write(plans.join(format!("{name}.txt")), &text).unwrap_or_default();
        std::fs::write(plans.join(format!("{name}.docx")), docx_of_lines(&text))
            .unwrap_or_default();
        expected.push((format!("{name}.body.html"), "html"));
        expected.push((format!("{name}.page.html"), "html"));
        expected.push((format!("{name}.txt"), "text"));
        expected.push((format!("{name}.docx"), "docx"));
    }
    expected.sort();
    let plans = dir.0.join("plans");
    let out = dir.0.join("out");
    // Every file is read: the summary line on stderr says so.
    let output = cli()
        .args([
            "--plan",
            plans.to_str().unwrap_or_default(),
            "export",
            "--datapackage",
            out.to_str().unwrap_or_default(),
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let files = expected.len();
    assert_eq!(
        stderr.trim_end(),
        format!("{files} files: {files} read, 0 refused")
    );
    let (header, rows) =
        read_csv(&std::fs::read_to_string(out.join("plans.csv")).unwrap_or_default());
    let column = |name: &str| header.iter().position(|field| field == name);
    let (id, format, status) = (column("id"), column("format"), column("status"));
    let mut found: Vec<(String, String)> = Vec::new();
    for row in &rows {
        let cell = |at: Option<usize>| at.and_then(|at| row.get(at)).cloned().unwrap_or_default();
        assert_eq!(cell(status), "read", "{row:?}");
        found.push((cell(id), cell(format)));
    }
    found.sort();
    let expected: Vec<(String, String)> = expected
        .into_iter()
        .map(|(id, format)| (id, format.to_owned()))
        .collect();
    assert_eq!(found, expected);
    // Each document's four files give it the same tasks.
    let tasks = std::fs::read_to_string(out.join("tasks.csv")).unwrap_or_default();
    let (header, rows) = read_csv(&tasks);
    let plan = header.iter().position(|field| field == "plan");
    let count = |id: &str| {
        rows.iter()
            .filter(|row| {
                plan.and_then(|at| row.get(at))
                    .is_some_and(|cell| cell == id)
            })
            .count()
    };
    for name in [
        "national-2018-jiuye",
        "national-2019-zongbaoqu",
        "national-2018-chuangxin-table",
    ] {
        let txt = count(&format!("{name}.txt"));
        assert!(txt > 0, "{name} has tasks");
        assert_eq!(count(&format!("{name}.page.html")), txt, "{name}");
        assert_eq!(count(&format!("{name}.body.html")), txt, "{name}");
        assert_eq!(count(&format!("{name}.docx")), txt, "{name}");
    }
}

#[test]
fn a_word_document_answers_as_its_text_does() {
    let Some((_, text)) = corpus::read("national-2019-zongbaoqu.txt") else {
        return;
    };
    let dir = TempDir::new("published-docx");
    let docx = docx_of_lines(&text);
    // Named as nothing in particular: the content tells it is a Word document.
    let word = dir.file("zongbaoqu.bin", &docx);
    let txt = dir.file("zongbaoqu.txt", &text);
    for args in [
        &["text"][..],
        &["tasks", "--format", "json"],
        &["departments", "--format", "csv"],
    ] {
        assert_eq!(answer(&word, args), answer(&txt, args), "{args:?}");
    }
    let plan = json(&["--plan", word.to_str().unwrap_or_default(), "json"]);
    assert_eq!(plan["source"]["format"], "docx");
    let digest = format!("{:x}", Sha256::digest(&docx));
    assert_eq!(plan["source"]["sha256"], digest.as_str());
}

#[test]
fn a_zip_that_is_no_word_document_is_refused_naming_the_file() {
    let dir = TempDir::new("published-zip");
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    writer
        .start_file("readme.txt", SimpleFileOptions::default())
        .expect("a file of the zip");
    writer.write_all(b"hello").expect("writing it");
    let zip = writer.finish().expect("the zip").into_inner();
    let file = dir.file("archive.zip", &zip);
    for bytes in [&zip[..], b"PK\x03\x04 and then nothing of a zip"] {
        std::fs::write(&file, bytes).unwrap_or_default();
        let output = cli()
            .args(["--plan", file.to_str().unwrap_or_default(), "tasks"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.starts_with("error: "), "{stderr}");
        assert!(stderr.contains("archive.zip: "), "{stderr}");
        assert!(stderr.contains("expected a Word document"), "{stderr}");
    }
}

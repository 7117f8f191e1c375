//! Any text that `parse` accepts exports within the bounds `docs/robustness.md` states
//! (its table of bounds, read by `tests/common/bounds.rs`): each file of the data
//! package, Popolo and the JSON is at most `per_byte` bytes for each byte of the text,
//! and `plus` more. And what is exported reads back: each table's CSV, read as RFC 4180
//! with the `csv` crate, has the table's fields as its header and as many records as
//! the table has rows; `plan.txt` is the text; Popolo is JSON with an entry for each
//! organisation.

#![no_main]

#[path = "../../tests/common/bounds.rs"]
mod bounds;

use libfuzzer_sys::fuzz_target;

/// Asserts that `output`, `written` bytes long, is within its bound for `text` bytes.
fn within(output: &str, written: usize, text: usize) {
    let bound = bounds::bound(output);
    assert!(
        written <= bound.most(text),
        "{output} has {written} bytes for {text} bytes of text, over the bound of {} × {text} + {}",
        bound.per_byte,
        bound.plus,
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(plan) = wuzhong_plan::parse(text) else {
        return;
    };
    let package = plan.data_package();
    for (name, contents) in package.files() {
        within(&name, contents.len(), text.len());
        if name == wuzhong_plan::TEXT_FILE {
            assert_eq!(contents, text, "plan.txt is not the text");
        }
        let Some(table) = package.tables.iter().find(|table| table.path() == name) else {
            continue;
        };
        let mut reader = csv::Reader::from_reader(contents.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .expect("a table's CSV has a header")
            .iter()
            .map(str::to_owned)
            .collect();
        let fields: Vec<&str> = table.fields.iter().map(|field| field.name).collect();
        assert_eq!(
            header, fields,
            "{name}: the header is not the table's fields"
        );
        let mut records = 0;
        for record in reader.records() {
            let record = record.unwrap_or_else(|err| panic!("{name}: a record: {err}"));
            assert_eq!(record.len(), fields.len(), "{name}: a record's cells");
            records += 1;
        }
        assert_eq!(records, table.rows.len(), "{name}: the records read back");
    }
    let popolo = plan.to_popolo();
    within("popolo", popolo.len(), text.len());
    let popolo: serde_json::Value = serde_json::from_str(&popolo).expect("Popolo is JSON");
    assert_eq!(
        popolo["organizations"].as_array().map(Vec::len),
        Some(plan.organizations().len()),
        "Popolo has an entry for each organisation"
    );
    let json = plan.to_json().expect("a parsed plan writes JSON");
    within("json", json.len(), text.len());
});

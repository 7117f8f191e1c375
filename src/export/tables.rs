//! The tables, each defined once: its fields, keys and rows. A table's rows are built
//! as arrays of as many cells as it has fields, so that a row and its schema cannot
//! disagree on the number of columns.

use std::collections::HashMap;

use strum::IntoEnumIterator;

use crate::base::span::Span;
use crate::export::document::{Anchor, Document, Place};
use crate::export::table::{Cell, Field, FieldType, ForeignKey, Table};
use crate::model::{Comparator, NumberMarker, Target, TargetKind, Task, Unit};
use crate::plan::Plan;
use crate::vocab::actor::{Actor, Role};
use crate::vocab::department::{Category, Department};
use crate::vocab::domain::Domain;
use crate::vocab::level::Level;

use FieldType::{Boolean, Integer, Number, String as Text, Year};

/// Every table, in the order of the package's resources.
pub(crate) fn tables<'p>(plan: &'p Plan, document: &Document) -> Vec<Table<'p>> {
    vec![
        tasks(plan, document),
        organizations(plan),
        responsibilities(plan, document),
        targets(plan, document),
        domains(plan, document),
        mentions(plan, document),
        annexes(plan, document),
    ]
}

/// A table from its fields and rows of as many cells.
fn table<'p, const N: usize>(
    name: &'static str,
    description: &'static str,
    fields: [Field; N],
    primary_key: &[&'static str],
    foreign_keys: Vec<ForeignKey>,
    rows: impl Iterator<Item = [Cell<'p>; N]>,
) -> Table<'p> {
    Table {
        name,
        description,
        fields: fields.into(),
        primary_key: primary_key.to_vec(),
        foreign_keys,
        rows: rows.map(Vec::from).collect(),
    }
}

fn field(name: &'static str, kind: FieldType, description: &'static str) -> Field {
    Field::new(name, kind, description)
}

/// The description of `byte_start`, which names the file of the plan's text.
const BYTE_START: &str =
    "Where the quote starts in the plan's text (plan.txt), in UTF-8 bytes from 0.";

/// The description of a field of a plan's table in a corpus's package: its own, but
/// where it names the file of the plan's text, which there is the plan's row of `texts`.
pub(crate) fn corpus_description(description: &'static str) -> &'static str {
    if description == BYTE_START {
        "Where the quote starts in the plan's text (its row's `text` in texts.csv), in UTF-8 bytes from 0."
    } else {
        description
    }
}

/// The five fields that place a quote in the whole text.
fn place_fields() -> [Field; 5] {
    [
        field(
            "line",
            Integer,
            "The line of the plan's text the quote stands on, counted from 1.",
        )
        .required(),
        field("byte_start", Integer, BYTE_START).required(),
        field(
            "byte_end",
            Integer,
            "Where the quote ends in the plan's text, in UTF-8 bytes, exclusive.",
        )
        .required(),
        field(
            "char_start",
            Integer,
            "Where the quote starts in the plan's text, in characters (Unicode code points) from 0.",
        )
        .required(),
        field(
            "char_end",
            Integer,
            "Where the quote ends in the plan's text, in characters, exclusive.",
        )
        .required(),
    ]
}

/// The five cells of a place.
fn place_cells<'p>(place: Place) -> [Cell<'p>; 5] {
    [
        place.line.into(),
        place.bytes.0.into(),
        place.bytes.1.into(),
        place.chars.0.into(),
        place.chars.1.into(),
    ]
}

/// The five cells of a place, null where the quote could not be placed.
fn optional_place_cells<'p>(place: Option<Place>) -> [Cell<'p>; 5] {
    place.map_or(
        [Cell::Null, Cell::Null, Cell::Null, Cell::Null, Cell::Null],
        place_cells,
    )
}

fn department_ids() -> impl Iterator<Item = &'static str> {
    Department::iter().map(Department::id)
}

fn names<T: Into<&'static str>>(values: impl Iterator<Item = T>) -> Vec<&'static str> {
    values.map(Into::into).collect()
}

fn tasks<'p>(plan: &'p Plan, document: &Document) -> Table<'p> {
    let fields = [
        field(
            "number",
            Integer,
            "The task's number: its place among the plan's tasks, 1, 2, 3… in the text's order across parts and annexes, which the other tables name it by. It is the number the text writes (1 for `1.`) unless the numbering restarts or skips: see `written_number`.",
        )
        .required(),
        field("id", Text, "The task's stable id, `part-2/group-1/task-1`.").required(),
        field(
            "part",
            Integer,
            "The number of the part it stands in: the part's place among the plan's parts, counted on across annexes.",
        )
        .required(),
        field(
            "group",
            Integer,
            "The number of the task group it stands in, if any.",
        ),
        field(
            "title",
            Text,
            "The title: the task's text up to its first `。`.",
        ),
        field("body", Text, "The rest of the task's line after the title."),
        field(
            "lead_organization",
            Text,
            "The id of the organisation that leads it (the first, for joint leads); empty when its text names none.",
        ),
        field(
            "responsibility",
            Text,
            "Its first responsibility line's list of bodies as written (`市教育局、財政局`), if it has one.",
        ),
        field(
            "line",
            Integer,
            "The line of the plan's text the task starts on, counted from 1.",
        )
        .required(),
        field(
            "deadline",
            Text,
            "The task's own deadline as the text writes it, in a note, a `完成時限` line or cell (`6月底完成`, `2022年底前`, `持续推进`); empty when the text gives none.",
        ),
        field(
            "deadline_year",
            Year,
            "The year the task is due in: the year written, or the document's (the year of its date of issue) for a month written without one; empty for an ongoing task.",
        ),
        field(
            "deadline_month",
            Integer,
            "The month the task is due in, 1 to 12; empty for a deadline of a whole year.",
        ),
        field(
            "deadline_ongoing",
            Boolean,
            "Whether the task has no end (`长期坚持`, `持续推进`); empty without a deadline.",
        ),
        field(
            "deadline_year_from_document",
            Boolean,
            "Whether `deadline_year` is the document's, the text writing a month (`6月底完成`) or the end of the year (`年底前`) without a year; empty without a deadline.",
        ),
        field(
            "label",
            Text,
            "The task's number as the text writes it, with its marker (`1.`, `（十七）`, `21` for a table's row 21); empty for a task the text does not number.",
        ),
        field(
            "marker",
            Text,
            "How the text writes the number, as the style of 1 (`.` for `1.`, `（一）` for `（十七）`, `|` for a table's row); empty for a task the text does not number.",
        )
        .one_of(
            NumberMarker::iter()
                .filter(|marker| *marker != NumberMarker::Unnumbered)
                .map(<&str>::from),
        ),
        field(
            "written_number",
            Integer,
            "The value of the number the text writes (17 for `（十七）`), which is `number` unless the numbering restarts or skips; empty for a task the text does not number.",
        ),
        field(
            "level",
            Integer,
            "The depth of the task's numbering in its document (the plan's own text, or its annex): 1, plus 1 where the document has parts with headings, plus 1 where it has task groups (3 for `一、` `（一）` `1.`).",
        )
        .required(),
        field(
            "annex",
            Integer,
            "The number of the annex the task stands in (see the annexes table); empty in the plan's own text.",
        ),
    ];
    // The annex of each part, to give each task its own.
    let annex_of: HashMap<u8, u8> = plan
        .parts()
        .filter_map(|part| Some((part.number, part.annex?)))
        .collect();
    let rows = plan.tasks().map(move |task| {
        let line = document
            .task(task.number)
            .and_then(|lines| lines.title)
            .map(|anchor| anchor.line);
        let lead = task
            .responsible()
            .find(|party| party.role == Role::Lead)
            .map(|party| party.organization.as_str());
        let deadline = task.deadline.as_ref();
        [
            task.number.into(),
            task.id.as_str().into(),
            task.part.into(),
            task.group.into(),
            task.title.as_str().into(),
            task.body.as_str().into(),
            lead.into(),
            task.responsibility.as_ref().map(|r| r.text.as_str()).into(),
            line.into(),
            deadline.map(|d| d.quote.as_str()).into(),
            deadline.and_then(|d| d.year).into(),
            deadline.and_then(|d| d.month).into(),
            deadline.map(|d| d.ongoing).into(),
            deadline.map(|d| d.year_from_document).into(),
            task.written_number().map(|_| task.label()).into(),
            (task.marker != NumberMarker::Unnumbered)
                .then(|| <&str>::from(task.marker))
                .into(),
            task.written_number().into(),
            plan.level_of(task).into(),
            annex_of.get(&task.part).copied().into(),
        ]
    });
    table(
        "tasks",
        "A task of the plan, with its number as the text writes it.",
        fields,
        &["number"],
        vec![
            ForeignKey::new("lead_organization", "organizations", "id"),
            ForeignKey::new("annex", "annexes", "number"),
        ],
        rows,
    )
}

fn annexes<'p>(plan: &'p Plan, document: &Document) -> Table<'p> {
    let fields = [
        field(
            "number",
            Integer,
            "The annex's place among the plan's annexes, 1 for the first.",
        )
        .required(),
        field("id", Text, "The annex's stable id, `annex-1`.").required(),
        field(
            "heading",
            Text,
            "Its heading line as written: `附件`, `附件1`.",
        )
        .required(),
        field(
            "title",
            Text,
            "Its title: the first line after the heading, if any.",
        ),
        field(
            "parts",
            Integer,
            "How many of the plan's parts stand in it.",
        )
        .required(),
        field("tasks", Integer, "How many tasks stand in it.").required(),
        field(
            "line",
            Integer,
            "The line of the plan's text its heading stands on, counted from 1.",
        )
        .required(),
    ];
    let mut parts: HashMap<u8, usize> = HashMap::new();
    let mut tasks: HashMap<u8, usize> = HashMap::new();
    for part in plan.parts() {
        if let Some(annex) = part.annex {
            *parts.entry(annex).or_default() += 1;
            *tasks.entry(annex).or_default() +=
                part.tasks.len() + part.groups.iter().map(|g| g.tasks.len()).sum::<usize>();
        }
    }
    let rows = plan.annexes().iter().map(move |annex| {
        [
            annex.number.into(),
            annex.id.as_str().into(),
            annex.heading.as_str().into(),
            annex.title().into(),
            parts.get(&annex.number).copied().unwrap_or_default().into(),
            tasks.get(&annex.number).copied().unwrap_or_default().into(),
            document.annex(annex.number).into(),
        ]
    });
    table(
        "annexes",
        "An annex (`附件1`) the plan's notice carries: a document of its own, with its title, parts and tasks.",
        fields,
        &["number"],
        Vec::new(),
        rows,
    )
}

fn organizations(plan: &Plan) -> Table<'_> {
    let fields = [
        field(
            "id",
            Text,
            "The organisation's id within the plan: its kind's id for the first of a kind (`civil-affairs`), then `civil-affairs-2`…; `other-1`… for a body of no known kind.",
        )
        .required(),
        field(
            "name",
            Text,
            "Its name in full, with the level it carries (`市財政局`).",
        )
        .required(),
        field(
            "kind",
            Text,
            "Its kind of body, when the vocabulary knows it: a kind's id, which the schema's `enum` lists.",
        )
        .one_of(department_ids()),
        field(
            "category",
            Text,
            "The category of its kind.",
        )
        .one_of(names(Category::iter())),
        field(
            "english_name",
            Text,
            "The English name of its kind.",
        ),
        field(
            "level",
            Text,
            "The level of government its name puts it at: `national` (the State Council's bodies), `province`, `city`, `county`, `district` or `township`.",
        )
        .one_of(names(Level::iter())),
        field(
            "place",
            Text,
            "The place it serves (`吳忠`), if known.",
        ),
        field(
            "other_names",
            Text,
            "The other names the text writes for it, in the order it first writes them, joined with `;`.",
        ),
        field(
            "members",
            Text,
            "For a collective, the bodies it stands for where known, joined with `;`.",
        ),
        field(
            "tasks_led",
            Integer,
            "How many tasks it leads.",
        )
        .required(),
        field(
            "tasks_supported",
            Integer,
            "How many tasks it supports.",
        )
        .required(),
    ];
    let index = plan.organizations_index();
    let rows = plan.organizations().enumerate().map(move |(at, org)| {
        let joined = |names: &mut dyn Iterator<Item = &str>| {
            let joined = names.collect::<Vec<_>>().join(";");
            if joined.is_empty() {
                Cell::Null
            } else {
                Cell::from(joined)
            }
        };
        [
            org.id.as_str().into(),
            org.name.as_str().into(),
            org.kind.map(Department::id).into(),
            org.kind.map(|kind| <&str>::from(kind.category())).into(),
            org.kind.map(Department::english_name).into(),
            org.level.map(<&str>::from).into(),
            org.place.as_deref().into(),
            joined(&mut org.other_names.iter().map(|o| o.name.as_str())),
            joined(&mut org.members.iter().map(String::as_str)),
            index.led_list(at).len().into(),
            index.supporting_list(at).len().into(),
        ]
    });
    table(
        "organizations",
        "A body the plan names in its statements of responsibility.",
        fields,
        &["id"],
        Vec::new(),
        rows,
    )
}

/// Where a party's span points: its statement's text, placed. `note` is the note's
/// line, whether the title and which line of the text, or `None` for the
/// responsibility line `line`.
fn party_anchor(
    document: &Document,
    task: &Task,
    note: Option<(bool, Option<usize>)>,
    line: usize,
) -> Option<Anchor> {
    let lines = document.task(task.number)?;
    match note {
        Some((true, _)) => lines.title,
        Some((false, None)) => lines.body,
        Some((false, Some(i))) => lines.continuation.get(i).copied(),
        None => lines.responsibility.get(line).copied(),
    }
}

fn responsibilities<'p>(plan: &'p Plan, document: &Document) -> Table<'p> {
    let [line, byte_start, byte_end, char_start, char_end] = place_fields();
    let fields = [
            field("task", Integer, "The task's number.").required(),
            field(
                "position",
                Integer,
                "The party's position among the task's parties in the text's order (the notes in its text, then its responsibility lines), from 1.",
            )
            .required(),
            field(
                "organization",
                Text,
                "The id of the organisation the party names.",
            )
            .required(),
            field("role", Text, "Whether the body leads or supports the task.")
                .required()
                .one_of(names(Role::iter())),
            field(
                "basis",
                Text,
                "How the text states the role: by the order of a list (the first leads), a label (`牽頭單位:`), a verb (`…牽頭`), jointly (`…分別牽頭`), or by a lead rule the document states once (`排在第一位的部门为牵头部门，下同`).",
            )
            .required()
            .one_of(names(crate::model::RoleBasis::iter())),
            field(
                "kind",
                Text,
                "The kind of body the party names (a department id; `other` for a body of no known kind).",
            )
            .required()
            .one_of(department_ids()),
            field("quote", Text, "The party exactly as written (`財政局`).").required(),
            field(
                "carried_prefix",
                Boolean,
                "Whether the party is read with the level of the statement's first item, which it lacks (`財政局` after `市教育局` is 市財政局).",
            )
            .required(),
        line, byte_start, byte_end, char_start, char_end,
        field(
            "level",
            Text,
            "The level of government of the organisation the party names (`national`, `province`, `city`, `county`, `district` or `township`), where its name gives one; the organisations table's `level`.",
        )
        .one_of(names(Level::iter())),
    ];
    let mut rows = Vec::new();
    for task in plan.tasks() {
        let notes = task
            .notes
            .iter()
            .map(|note| (Some((note.title, note.continuation)), 0, &note.parties));
        let lines = task
            .responsibility
            .iter()
            .chain(&task.further_responsibility)
            .enumerate()
            .map(|(i, line)| (None, i, &line.parties));
        let mut position = 0usize;
        for (note, line, parties) in notes.chain(lines) {
            let anchor = party_anchor(document, task, note, line);
            for party in parties {
                position += 1;
                let place = anchor.map(|anchor| document.place(anchor, party.span));
                let [line, byte_start, byte_end, char_start, char_end] =
                    optional_place_cells(place);
                let cells = [
                    task.number.into(),
                    position.into(),
                    party.organization.as_str().into(),
                    <&str>::from(party.role).into(),
                    <&str>::from(party.basis).into(),
                    party.department.id().into(),
                    party.quote.as_str().into(),
                    party.carried_prefix.into(),
                    line,
                    byte_start,
                    byte_end,
                    char_start,
                    char_end,
                    plan.organization(&party.organization)
                        .and_then(|organization| organization.level)
                        .map(<&str>::from)
                        .into(),
                ];
                rows.push(cells);
            }
        }
    }
    table(
        "responsibilities",
        "One party of a task's statements of responsibility: a task, an organisation and its role, with where the text names it.",
        fields,
        &["task", "position"],
        vec![
            ForeignKey::new("task", "tasks", "number"),
            ForeignKey::new("organization", "organizations", "id"),
        ],
        rows.into_iter(),
    )
}

/// The text a target's span points into, placed.
fn target_anchor(document: &Document, target: &Target) -> Option<Anchor> {
    match (target.task, target.paragraph) {
        (Some(task), _) => document.task(task)?.body,
        (None, Some(index)) => document.paragraph(target.part, index),
        (None, None) => None,
    }
}

fn targets<'p>(plan: &'p Plan, document: &Document) -> Table<'p> {
    let [line, byte_start, byte_end, char_start, char_end] = place_fields();
    let fields = [
            field(
                "id",
                Text,
                "The target's stable id: `t19.2` for the second of task 19, `p1.3` for the third objective of part 1's prose.",
            )
            .required(),
            field(
                "task",
                Integer,
                "The number of the task whose body states it; empty for an objective in a part's prose.",
            ),
            field("part", Integer, "The number of the part it stands in.").required(),
            field(
                "paragraph",
                Integer,
                "For an objective in a part's prose, the paragraph of the part, from 0.",
            ),
            field("quote", Text, "The commitment exactly as the text words it.").required(),
            field("metric", Text, "What is measured or promised, in short, in the text's script."),
            field(
                "metric_english",
                Text,
                "The metric in English, where someone has written it.",
            ),
            field(
                "kind",
                Text,
                "Whether a number is stated.",
            )
            .required()
            .one_of(names(TargetKind::iter())),
            field(
                "lead_organization",
                Text,
                "The id of the organisation that leads the target's task (the first, for joint leads); empty when there is none.",
            ),
            field("comparator", Text, "How the value binds; empty for a qualitative target.")
                .one_of(names(Comparator::iter())),
            field(
                "value",
                Number,
                "The value, as the text writes it; the lower end of a range.",
            ),
            field("value_max", Number, "The upper end of a range."),
            field("unit", Text, "What the value counts or measures.")
                .one_of(names(Unit::iter())),
            field(
                "deadline_year",
                Year,
                "The year it is due by, if the text dates it.",
            ),
            field(
                "deadline_end_of_year",
                Boolean,
                "Whether the text says the end of that year (`到2025年底`) rather than the year (`到2025年`); empty when undated.",
            ),
        line, byte_start, byte_end, char_start, char_end,
    ];
    // The first lead of each task, found once for the task: a task's parties are read
    // once, however many targets it states.
    let mut first_leads: HashMap<u16, Option<&str>> = HashMap::new();
    let rows = plan.targets().map(move |target| {
        let quantity = target.quantity;
        let lead = match target.task {
            Some(task) => *first_leads
                .entry(task)
                .or_insert_with(|| plan.target_leads(target).next().map(|o| o.id.as_str())),
            None => None,
        };
        let place = target_anchor(document, target).map(|a| document.place(a, target.span));
        let [line, byte_start, byte_end, char_start, char_end] = optional_place_cells(place);
        [
            target.id.as_str().into(),
            target.task.into(),
            target.part.into(),
            target.paragraph.into(),
            target.quote.as_str().into(),
            target.metric.as_str().into(),
            target.metric_english.as_deref().into(),
            <&str>::from(target.kind()).into(),
            lead.into(),
            quantity.map(|q| <&str>::from(q.comparator)).into(),
            quantity.map(|q| q.value).into(),
            quantity.and_then(|q| q.max).into(),
            quantity.map(|q| <&str>::from(q.unit)).into(),
            target.deadline.map(|d| d.year).into(),
            target.deadline.map(|d| d.end_of_year).into(),
            line,
            byte_start,
            byte_end,
            char_start,
            char_end,
        ]
    });
    table(
        "targets",
        "A commitment the plan states, with its number, unit and deadline where it states them.",
        fields,
        &["id"],
        vec![
            ForeignKey::new("task", "tasks", "number"),
            ForeignKey::new("lead_organization", "organizations", "id"),
        ],
        rows,
    )
}

fn domains<'p>(plan: &'p Plan, document: &Document) -> Table<'p> {
    let [line, byte_start, byte_end, char_start, char_end] = place_fields();
    let fields = [
            field("task", Integer, "The task's number.").required(),
            field("domain", Text, "The domain's id.")
                .required()
                .one_of(Domain::iter().map(Domain::id)),
            field(
                "name",
                Text,
                "The domain as the plan writes it (`老有所養`).",
            )
            .required(),
            field(
                "quote",
                Text,
                "Words of the task's title or body that show it serves the domain (their first place in the title, else in the body).",
            )
            .required(),
        line, byte_start, byte_end, char_start, char_end,
    ];
    let mut rows = Vec::new();
    for task in plan.tasks() {
        let lines = document.task(task.number);
        for tag in &task.domains {
            let in_title = task
                .title
                .find(&tag.quote)
                .map(|at| (lines.and_then(|l| l.title), at));
            let found = in_title.or_else(|| {
                task.body
                    .find(&tag.quote)
                    .map(|at| (lines.and_then(|l| l.body), at))
            });
            let place = found.and_then(|(anchor, at)| {
                let span = Span {
                    start: at,
                    end: at + tag.quote.len(),
                };
                anchor.map(|anchor| document.place(anchor, span))
            });
            let [line, byte_start, byte_end, char_start, char_end] = optional_place_cells(place);
            let cells = [
                task.number.into(),
                tag.domain.id().into(),
                tag.domain.name().into(),
                tag.quote.as_str().into(),
                line,
                byte_start,
                byte_end,
                char_start,
                char_end,
            ];
            rows.push(cells);
        }
    }
    table(
        "domains",
        "A livelihood domain a task serves, with the words that ground it.",
        fields,
        &["task", "domain"],
        vec![ForeignKey::new("task", "tasks", "number")],
        rows.into_iter(),
    )
}

fn mentions<'p>(plan: &'p Plan, document: &Document) -> Table<'p> {
    let [line, byte_start, byte_end, char_start, char_end] = place_fields();
    let fields = [
            field("task", Integer, "The task's number.").required(),
            field(
                "position",
                Integer,
                "The mention's position among the task's mentions, from 1.",
            )
            .required(),
            field(
                "actor",
                Text,
                "The body named: a department id, or party-committee, government, relevant-departments, responsible-departments.",
            )
            .required()
            .one_of(Actor::iter().map(Actor::id)),
            field("actor_name", Text, "The body's name in full, as the vocabulary writes it (市發展和改革委員會 for `市發展改革委`).").required(),
            field(
                "organization",
                Text,
                "The id of the plan's organisation the mention names: the one the plan's statements of responsibility name so, else the plan's only organisation of the mention's kind; empty when there is none or several.",
            ),
            field("quote", Text, "The name exactly as written.").required(),
        line, byte_start, byte_end, char_start, char_end,
    ];
    let index = plan.organizations_index();
    let organizations: Vec<&str> = plan.organizations().map(|o| o.id.as_str()).collect();
    // The one organisation of each kind, for a mention whose name the plan's
    // organisations do not use (`市發展改革委` for 市發展和改革委員會); none where the plan
    // has several of the kind.
    let mut only_of_kind: HashMap<Department, Option<&str>> = HashMap::new();
    for org in plan.organizations() {
        if let Some(kind) = org.kind {
            only_of_kind
                .entry(kind)
                .and_modify(|only| *only = None)
                .or_insert(Some(org.id.as_str()));
        }
    }
    let mut rows = Vec::new();
    for task in plan.tasks() {
        let body = document.task(task.number).and_then(|lines| lines.body);
        for (i, mention) in task.mentions.iter().enumerate() {
            let organization = index
                .named(plan.data(), &mention.quote)
                .and_then(|at| organizations.get(at).copied())
                .or_else(|| {
                    let kind = mention.actor.department()?;
                    only_of_kind.get(&kind).copied().flatten()
                });
            let place = body.map(|anchor| document.place(anchor, mention.span));
            let [line, byte_start, byte_end, char_start, char_end] = optional_place_cells(place);
            let cells = [
                task.number.into(),
                (i + 1).into(),
                mention.actor.id().into(),
                mention.actor.name().into(),
                organization.into(),
                mention.quote.as_str().into(),
                line,
                byte_start,
                byte_end,
                char_start,
                char_end,
            ];
            rows.push(cells);
        }
    }
    table(
        "mentions",
        "A body a task's text names apart from its statements of responsibility (tasks 48–50 of the Wuzhong plan).",
        fields,
        &["task", "position"],
        vec![
            ForeignKey::new("task", "tasks", "number"),
            ForeignKey::new("organization", "organizations", "id"),
        ],
        rows.into_iter(),
    )
}

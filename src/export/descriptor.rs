//! The `datapackage.json` descriptor of a [`DataPackage`]: a Frictionless tabular data
//! package with one resource for each table, its Table Schema written from the table's
//! own definition.

use serde::Serialize;

use crate::export::{DataPackage, Field, TEXT_FILE, Table};

/// What the descriptor says of where the data comes from and what may be done with it.
const DESCRIPTION: &str = "The tables of a Chinese government implementation plan, as the \
wuzhong-plan crate reads it: its tasks, the organisations it names, who leads and who \
supports each task, its targets, the livelihood domains its tasks serve, the bodies \
its text mentions, and the annexes its notice carries. Where a row quotes the text, its line and offsets point into plan.txt, \
the plan's text, written beside the tables: byte offsets count UTF-8 bytes, character \
offsets count Unicode code points, each from 0, the end exclusive. The text is the \
issuing government's: Article 5 of the Copyright Law of the People's Republic of China \
leaves documents of an administrative nature issued by state organs outside its \
protection. The tables' layout is the crate's, under MIT OR Apache-2.0.";

/// The descriptor, its keys in the order the Data Package standard lists them.
#[derive(Serialize)]
struct Package<'a> {
    profile: &'static str,
    name: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    description: String,
    resources: Vec<Resource<'a>>,
}

/// A table's resource.
#[derive(Serialize)]
struct Resource<'a> {
    name: &'static str,
    path: String,
    profile: &'static str,
    description: &'static str,
    format: &'static str,
    mediatype: &'static str,
    encoding: &'static str,
    schema: Schema<'a>,
}

/// A table's Table Schema.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Schema<'a> {
    fields: Vec<FieldSchema<'a>>,
    primary_key: &'a [&'static str],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    foreign_keys: Vec<ForeignKeySchema<'a>>,
}

/// A field of a Table Schema.
#[derive(Serialize)]
struct FieldSchema<'a> {
    name: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    description: &'static str,
    #[serde(skip_serializing_if = "Constraints::is_empty")]
    constraints: Constraints<'a>,
}

/// A field's constraints.
#[derive(Serialize)]
struct Constraints<'a> {
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    required: bool,
    #[serde(rename = "enum", skip_serializing_if = "<[_]>::is_empty")]
    values: &'a [&'static str],
}

impl Constraints<'_> {
    fn is_empty(&self) -> bool {
        !self.required && self.values.is_empty()
    }
}

/// A foreign key of a Table Schema.
#[derive(Serialize)]
struct ForeignKeySchema<'a> {
    fields: &'a [&'static str],
    reference: Reference<'a>,
}

/// What a foreign key refers to.
#[derive(Serialize)]
struct Reference<'a> {
    resource: &'static str,
    fields: &'a [&'static str],
}

impl DataPackage<'_> {
    /// The `datapackage.json` descriptor: profile `tabular-data-package`, the plan's
    /// title, and a resource for each table, with its path, its fields (name, type,
    /// description, constraints), its primary key and its foreign keys.
    ///
    /// ```
    /// let plan = wuzhong_plan::plan();
    /// let descriptor: serde_json::Value = serde_json::from_str(&plan.data_package().descriptor())?;
    /// assert_eq!(descriptor["profile"], "tabular-data-package");
    /// assert_eq!(descriptor["resources"][2]["path"], "responsibilities.csv");
    /// assert_eq!(descriptor["resources"][2]["schema"]["primaryKey"], serde_json::json!(["task", "position"]));
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn descriptor(&self) -> String {
        descriptor(
            "plan-tables",
            self.title,
            DESCRIPTION.replace("plan.txt", TEXT_FILE),
            &self.tables,
        )
    }
}

/// The `datapackage.json` of a tabular data package called `name`, with its title and
/// description, and a resource for each of `tables`, in their order: what a plan's
/// package and a corpus's both write.
pub(crate) fn descriptor(
    name: &'static str,
    title: Option<&str>,
    description: String,
    tables: &[Table<'_>],
) -> String {
    let package = Package {
        profile: "tabular-data-package",
        name,
        title,
        description,
        resources: tables.iter().map(resource).collect(),
    };
    let mut text = serde_json::to_string_pretty(&package).unwrap_or_default();
    text.push('\n');
    text
}

/// The resource of one table.
fn resource<'a>(table: &'a Table<'_>) -> Resource<'a> {
    Resource {
        name: table.name,
        path: table.path(),
        profile: "tabular-data-resource",
        description: table.description,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        schema: Schema {
            fields: table.fields.iter().map(field).collect(),
            primary_key: &table.primary_key,
            foreign_keys: table
                .foreign_keys
                .iter()
                .map(|key| ForeignKeySchema {
                    fields: &key.fields,
                    reference: Reference {
                        resource: key.table,
                        fields: &key.reference,
                    },
                })
                .collect(),
        },
    }
}

/// The schema of one field.
fn field(field: &Field) -> FieldSchema<'_> {
    FieldSchema {
        name: field.name,
        kind: field.kind.into(),
        description: field.description,
        constraints: Constraints {
            required: field.required,
            values: &field.values,
        },
    }
}

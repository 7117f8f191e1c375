//! The `departments` list of the JSON form: each kind the plan's organisations are of,
//! written in full from [`Department`], and on reading checked to be exactly that kind as
//! this crate names it, so that the file and the enum cannot disagree.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use strum::EnumCount;

use crate::base::quote::quoted;
use crate::vocab::department::Department;

/// One department as `data/plan.json` lists it, borrowing what the reader can.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Record<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(borrow)]
    short: Cow<'a, str>,
    #[serde(borrow)]
    simplified: Cow<'a, str>,
    #[serde(borrow)]
    simplified_short: Cow<'a, str>,
    #[serde(borrow)]
    english: Cow<'a, str>,
    #[serde(borrow)]
    aliases: Vec<Cow<'a, str>>,
    #[serde(borrow)]
    simplified_aliases: Vec<Cow<'a, str>>,
    #[serde(borrow)]
    members: Vec<Cow<'a, str>>,
}

impl Record<'static> {
    fn of(department: Department) -> Record<'static> {
        let list = |names: &'static [&'static str]| {
            names.iter().map(|name| Cow::Borrowed(*name)).collect()
        };
        Record {
            id: Cow::Borrowed(department.id()),
            name: Cow::Borrowed(department.name()),
            short: Cow::Borrowed(department.short_name()),
            simplified: Cow::Borrowed(department.simplified_name()),
            simplified_short: Cow::Borrowed(department.simplified_short_name()),
            english: Cow::Borrowed(department.english_name()),
            aliases: list(department.aliases()),
            simplified_aliases: list(department.simplified_aliases()),
            members: list(department.members()),
        }
    }
}

impl Record<'_> {
    /// Whether the record names `department` exactly as the enum does.
    fn is(&self, department: Department) -> bool {
        let same = |read: &[Cow<'_, str>], known: &[&str]| {
            read.iter().map(|r| r.as_ref()).eq(known.iter().copied())
        };
        self.id == department.id()
            && self.name == department.name()
            && self.short == department.short_name()
            && self.simplified == department.simplified_name()
            && self.simplified_short == department.simplified_short_name()
            && self.english == department.english_name()
            && same(&self.aliases, department.aliases())
            && same(&self.simplified_aliases, department.simplified_aliases())
            && same(&self.members, department.members())
    }
}

/// The `departments` list of the JSON form: the kinds of the plan's organisations, in
/// the order the plan first names them, each written in full from [`Department`]; on
/// reading, each record is checked to be exactly its kind as this crate names it, so the
/// file and the enum cannot disagree. (Files of schema versions 1 and 2 list the 29
/// bodies of the Wuzhong plan.)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct DepartmentTable(Vec<Department>);

impl DepartmentTable {
    /// The table of these kinds, each once, in the order first given, without
    /// [`Department::Other`].
    pub(crate) fn new(kinds: impl Iterator<Item = Department>) -> DepartmentTable {
        let mut list: Vec<Department> = Vec::new();
        for kind in kinds {
            if kind != Department::Other && !list.contains(&kind) {
                list.push(kind);
            }
        }
        DepartmentTable(list)
    }
}

impl Serialize for DepartmentTable {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|kind| Record::of(*kind)))
    }
}

impl<'de> Deserialize<'de> for DepartmentTable {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<DepartmentTable, D::Error> {
        deserializer.deserialize_seq(TableVisitor)
    }
}

/// Reads the `departments` list one record at a time, checking each against the enum.
struct TableVisitor;

impl<'de> Visitor<'de> for TableVisitor {
    type Value = DepartmentTable;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the list of departments")
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<DepartmentTable, A::Error> {
        let mut kinds = Vec::new();
        let mut i = 0;
        while let Some(record) = seq.next_element::<Record<'de>>()? {
            let Some(department) = Department::from_id(&record.id) else {
                return Err(de::Error::custom(format!(
                    "departments: entry {i} ({}) is not a kind of body this crate knows; it knows {}",
                    quoted(&record.id),
                    Department::COUNT
                )));
            };
            if !record.is(department) {
                return Err(de::Error::custom(format!(
                    "departments: entry {i} ({}) does not match `{}` ({}) as this crate names it",
                    quoted(&record.id),
                    department.id(),
                    department.name()
                )));
            }
            kinds.push(department);
            i += 1;
        }
        Ok(DepartmentTable(kinds))
    }
}

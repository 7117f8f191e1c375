//! The embedded plan's data and indexes, baked: `data/plan.rs` is the Rust code that
//! builds the data [`Plan::from_json`](crate::Plan::from_json) reads from
//! `data/plan.json` and the indexes it builds of them, so that `plan()` makes the model
//! without reading JSON or building indexes (only the table of names, made on the first
//! lookup by name, as for any plan). It is written by `plan::bake` (compiled for the
//! tests alone), whose test fails when the file is not what `data/plan.json` gives; a
//! test of `tests/embedded.rs` proves that the plan it makes is
//! `Plan::from_json(PLAN_JSON)`.

// The code names every type a plan's data can hold; the embedded plan need not hold
// each of them.
#![allow(unused_imports)]

use std::borrow::Cow;

use crate::base::period::Period;
use crate::base::span::Span;
use crate::model::{
    BlankLine, Brackets, Colon, Comparator, Date, Deadline, Decimal, Indent, InfoBox, InfoEntry,
    Layout, LineEnding, Mention, Metadata, NumberMarker, Organization, OtherName, Part, PartKind,
    Party, PlanData, Quantity, Responsibility, ResponsibilityLabel, ResponsibilityNote, RoleBasis,
    Spacing, Target, Task, TaskGroup, TaskLoc, Unit,
};
use crate::vocab::actor::{Actor, Role};
use crate::vocab::department::Department;
use crate::vocab::domain::{Domain, DomainTag};
use crate::vocab::level::Level;
use crate::vocab::record::DepartmentTable;
use once_cell::sync::OnceCell;

use super::index::{
    DepartmentIndex, DomainIndex, Index, Lists, OrganizationIndex, RoleLists, Slot, TargetIndex,
};

/// One of the plan's strings; called, not inlined, to keep the code that builds the plan
/// small: it runs once, and its size is what costs.
#[inline(never)]
fn s(text: &str) -> String {
    text.to_owned()
}

include!("../../data/plan.rs");

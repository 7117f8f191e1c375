//! Writes a plan's data as the Rust code of `data/plan.rs`, which [`super::baked`]
//! compiles into the crate; compiled for the tests alone, whose
//! `the_baked_plan_is_fresh` fails when `data/plan.rs` is not what `data/plan.json`
//! gives.
//!
//! Each value becomes the expression that builds it: a struct literal naming every
//! field (`literal_struct!` destructures without `..`, so a field added to the model
//! breaks the build here until it is baked too), `s("…")` for a string, `vec![…]`,
//! `Some(…)`, and `Type::Variant` for the small enums. Each task is a function of its own,
//! so that no function of the generated code is large. The indexes are baked the same
//! way, their lists as `Cow::Borrowed(&[…])` of constants, which the compiler places in
//! the binary so that the baked plan copies and allocates nothing for them, except what
//! they make on first use (the table of names, the diagnostics, the prepared texts),
//! which the baked plan makes on first use too.

use std::borrow::Cow;
use std::fmt::Write as _;

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

use super::index::{
    DepartmentIndex, DomainIndex, Index, Lists, OrganizationIndex, RoleLists, Slot, TargetIndex,
};

/// The columns a line of the generated code fits in, where it can.
const WIDTH: usize = 100;

/// The code that builds a value.
pub(super) enum Expr {
    /// Written as it is: a number, a path, a call with no arguments.
    Atom(String),
    /// `head(argument, …)`.
    Call(&'static str, Vec<Expr>),
    /// `vec![item, …]`, or `Cow::Borrowed(&[item, …])` for a list of constants, which the
    /// compiler places in the binary, borrowed where it stands.
    List(ListKind, Vec<Expr>),
    /// `Name { field: value, … }`.
    Struct(&'static str, Vec<(&'static str, Expr)>),
}

/// How a list is written.
#[derive(Clone, Copy)]
pub(super) enum ListKind {
    /// `vec![…]`, allocated.
    Vec,
    /// `Cow::Borrowed(&[…])`, a static.
    Borrowed,
}

impl ListKind {
    /// What opens and closes the list.
    fn delimiters(self) -> (&'static str, &'static str) {
        match self {
            ListKind::Vec => ("vec![", "]"),
            ListKind::Borrowed => ("Cow::Borrowed(&[", "])"),
        }
    }
}

impl Expr {
    /// The expression on one line.
    fn flat(&self) -> String {
        let joined = |items: &mut dyn Iterator<Item = String>| items.collect::<Vec<_>>().join(", ");
        match self {
            Expr::Atom(text) => text.clone(),
            Expr::Call(head, args) => {
                format!("{head}({})", joined(&mut args.iter().map(Expr::flat)))
            }
            Expr::List(kind, items) => {
                let (open, close) = kind.delimiters();
                format!("{open}{}{close}", joined(&mut items.iter().map(Expr::flat)))
            }
            Expr::Struct(name, fields) => format!(
                "{name} {{ {} }}",
                joined(
                    &mut fields
                        .iter()
                        .map(|(field, value)| format!("{field}: {}", value.flat()))
                )
            ),
        }
    }

    /// Writes the expression, its first line already indented by `indent` spaces and
    /// started with `lead` (a field's name), on one line if it fits and one item per
    /// line if not.
    fn write(&self, out: &mut String, indent: usize, lead: &str) {
        let flat = self.flat();
        if indent + lead.chars().count() + flat.chars().count() < WIDTH {
            out.push_str(&flat);
            return;
        }
        let pad = " ".repeat(indent + 4);
        let (open, close, items): (String, &str, Vec<(String, &Expr)>) = match self {
            Expr::Atom(text) => {
                out.push_str(text);
                return;
            }
            Expr::Call(head, args) => (
                format!("{head}("),
                ")",
                args.iter().map(|arg| (String::new(), arg)).collect(),
            ),
            Expr::List(kind, items) => {
                let (open, close) = kind.delimiters();
                (
                    open.to_owned(),
                    close,
                    items.iter().map(|item| (String::new(), item)).collect(),
                )
            }
            Expr::Struct(name, fields) => (
                format!("{name} {{"),
                "}",
                fields
                    .iter()
                    .map(|(field, value)| (format!("{field}: "), value))
                    .collect(),
            ),
        };
        out.push_str(&open);
        out.push('\n');
        for (lead, item) in items {
            out.push_str(&pad);
            out.push_str(&lead);
            item.write(out, indent + 4, &lead);
            out.push_str(",\n");
        }
        out.push_str(&" ".repeat(indent));
        out.push_str(close);
    }
}

/// A value that can be written as the code that builds it.
pub(super) trait Bake {
    fn bake(&self) -> Expr;
}

impl Bake for String {
    fn bake(&self) -> Expr {
        Expr::Atom(format!("s({self:?})"))
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self) -> Expr {
        match self {
            Some(value) => Expr::Call("Some", vec![value.bake()]),
            None => Expr::Atom("None".to_owned()),
        }
    }
}

/// An index's list, borrowed from the binary: its items are constants (numbers, task
/// locations, slots), so the list is a static the compiler promotes, and the baked plan
/// copies and allocates nothing for it.
impl<T: Bake + Clone> Bake for Cow<'static, [T]> {
    fn bake(&self) -> Expr {
        Expr::List(ListKind::Borrowed, self.iter().map(Bake::bake).collect())
    }
}

impl<T: Bake> Bake for Vec<T> {
    fn bake(&self) -> Expr {
        if self.is_empty() {
            Expr::Atom("Vec::new()".to_owned())
        } else {
            Expr::List(ListKind::Vec, self.iter().map(Bake::bake).collect())
        }
    }
}

/// Numbers and flags, as Rust writes them.
macro_rules! bake_display {
    ($($type:ty),*) => {$(
        impl Bake for $type {
            fn bake(&self) -> Expr {
                Expr::Atom(self.to_string())
            }
        }
    )*};
}

bake_display!(bool, u8, u16, u32, usize);

/// Enums of unit variants: their path, from the derived `Debug`.
macro_rules! bake_unit_enum {
    ($($type:ident),*) => {$(
        impl Bake for $type {
            fn bake(&self) -> Expr {
                Expr::Atom(format!(concat!(stringify!($type), "::{:?}"), self))
            }
        }
    )*};
}

bake_unit_enum!(
    Brackets,
    Colon,
    Comparator,
    Department,
    Domain,
    Level,
    LineEnding,
    NumberMarker,
    PartKind,
    ResponsibilityLabel,
    Role,
    RoleBasis,
    Unit
);

/// The literal of a struct naming every field: `literal()`, each field's value baked, or,
/// for a field written `field = code`, that code (what an index makes on first use, made
/// then again).
macro_rules! literal_struct {
    ($($type:ident { $($field:ident $(= $code:expr)?),* $(,)? })*) => {$(
        impl $type {
            fn literal(&self) -> Expr {
                #[allow(unused_variables)]
                let $type { $($field),* } = self;
                Expr::Struct(
                    stringify!($type),
                    vec![$((stringify!($field), literal_struct!(@value $field $($code)?))),*],
                )
            }
        }
    )*};
    (@value $field:ident) => {
        $field.bake()
    };
    (@value $field:ident $code:expr) => {
        Expr::Atom($code.to_owned())
    };
}

/// Structs baked as their literal.
macro_rules! bake_struct {
    ($($type:ident { $($fields:tt)* })*) => {$(
        literal_struct! { $type { $($fields)* } }
        impl Bake for $type {
            fn bake(&self) -> Expr {
                self.literal()
            }
        }
    )*};
}

// Baked where they stand: a task is the call of a function of its own (below), and the
// whole plan's data and indexes are the bodies of `data()` and `index()`.
literal_struct! {
    Task {
        id, number, part, group, marker, title, title_stop, body, continuation,
        responsibility, further_responsibility, closing, notes, mentions, domains,
    }
    PlanData {
        schema_version, metadata, notice, info_box, full_text_marker, preamble, parts,
        targets, organizations, departments = "DepartmentTable::default()", layout, spacing,
    }
    Index {
        tasks, departments, organizations, diagnostics = "OnceCell::new()", targets, domains,
        task_texts = "OnceCell::new()", target_quotes = "OnceCell::new()",
    }
}

bake_struct! {
    Span { start, end }
    Period { start, end }
    Date { year, month, day }
    Metadata { title, issuer, approver, issue_date, period }
    InfoEntry { key, colon, value }
    InfoBox { heading, entries }
    Layout { line_ending, final_newline, byte_order_mark }
    BlankLine { line, text }
    Indent { line, indent }
    Spacing { blank_lines, indents }
    Party { department, quote, span, carried_prefix, organization, role, basis }
    Mention { actor, quote, span }
    Responsibility { label, colon, text, parties }
    ResponsibilityNote { continuation, span, parties }
    DomainTag { domain, quote }
    TaskGroup { id, part, number, brackets, title, title_stop, body, paragraphs, tasks }
    Part { id, number, title, kind, paragraphs, tasks, groups }
    OtherName { name }
    Organization { id, name, other_names, kind, level, place, members }
    Deadline { year, end_of_year }
    Quantity { comparator, value, max, unit }
    Target {
        id, part, task, paragraph, quote, span, metric, metric_english, quantity, deadline,
        dated_by,
    }
    TaskLoc { part, group, task, number }
    RoleLists { led, supporting, involved }
    DepartmentIndex { slots, merged, lists }
    TargetIndex { order, by_task, by_part, by_merged_kind, by_organization, by_deadline }
    OrganizationIndex { by_name = "OnceCell::new()", folded = "OnceCell::new()", lists }
}

impl Bake for Actor {
    fn bake(&self) -> Expr {
        match self {
            Actor::Department(department) => {
                Expr::Call("Actor::Department", vec![department.bake()])
            }
            other => Expr::Atom(format!("Actor::{other:?}")),
        }
    }
}

impl Bake for Decimal {
    fn bake(&self) -> Expr {
        let (mantissa, scale) = self.parts();
        Expr::Call("Decimal::from_parts", vec![mantissa.bake(), scale.bake()])
    }
}

bake_display!(u64);

impl<A: Bake, B: Bake> Bake for (A, B) {
    fn bake(&self) -> Expr {
        Expr::Call("", vec![self.0.bake(), self.1.bake()])
    }
}

impl<T: Bake + Clone> Bake for Lists<T> {
    fn bake(&self) -> Expr {
        let Lists { starts, items } = self;
        Expr::Struct(
            "Lists",
            vec![("starts", starts.bake()), ("items", items.bake())],
        )
    }
}

impl Bake for Slot {
    fn bake(&self) -> Expr {
        match self {
            Slot::Empty => Expr::Atom("Slot::Empty".to_owned()),
            Slot::One(at) => Expr::Call("Slot::One", vec![at.bake()]),
            Slot::Merged(at) => Expr::Call("Slot::Merged", vec![at.bake()]),
        }
    }
}

impl Bake for DomainIndex {
    fn bake(&self) -> Expr {
        Expr::Call("DomainIndex", vec![self.0.bake()])
    }
}

/// A task, where it stands in its part or group: the call of its own function.
impl Bake for Task {
    fn bake(&self) -> Expr {
        Expr::Atom(format!("task_{}()", self.number))
    }
}

/// The code of `data/plan.rs` for a plan's data and indexes: `fn data() -> PlanData`,
/// with a function for each task, and `fn index() -> Index`. The table of kinds is left
/// empty, as loading JSON leaves it until the plan is made, and what the indexes make on
/// first use is left to be made then.
pub(super) fn bake(data: &PlanData, index: &Index) -> String {
    let mut out = String::from(
        "// @generated from data/plan.json by the test `plan::bake::tests::the_baked_plan_is_fresh`,\n\
         // which fails when this file is not what data/plan.json gives and writes the fresh\n\
         // code beside the tests' temporary files. Do not edit.\n\n\
         /// The embedded plan's data, as `Plan::from_json` reads it from `data/plan.json`.\n\
         pub(crate) fn data() -> PlanData {\n    ",
    );
    data.literal().write(&mut out, 4, "");
    out.push_str("\n}\n");
    for task in data.tasks() {
        let _ = write!(out, "\nfn task_{}() -> Task {{\n    ", task.number);
        task.literal().write(&mut out, 4, "");
        out.push_str("\n}\n");
    }
    out.push_str(
        "\n/// The indexes `Plan::from_json` builds of the embedded plan's data.\n\
         pub(crate) fn index() -> Index {\n    ",
    );
    index.literal().write(&mut out, 4, "");
    out.push_str("\n}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Plan;

    type Result = std::result::Result<(), Box<dyn std::error::Error>>;

    #[test]
    fn the_baked_plan_is_fresh() -> Result {
        let plan = Plan::from_json(crate::PLAN_JSON)?;
        let fresh = bake(&plan.data, &plan.index);
        let baked = include_str!("../../data/plan.rs");
        let path = std::env::temp_dir().join("wuzhong-plan.baked.rs");
        if fresh != baked {
            std::fs::write(&path, &fresh)?;
        }
        assert!(
            fresh == baked,
            "data/plan.rs is not the code data/plan.json gives; the fresh code is at {}: \
             copy it over data/plan.rs",
            path.display()
        );
        Ok(())
    }

    #[test]
    fn the_baked_plan_is_the_plan_from_json() -> Result {
        let plan = Plan::from_json(crate::PLAN_JSON)?;
        let baked = Plan::embedded();
        assert_eq!(baked.data, plan.data);
        assert_eq!(baked, plan);
        // The indexes as building them gives, part by part (what they make on first use
        // is made alike from the same data).
        let (baked, built) = (&baked.index, &plan.index);
        assert_eq!(baked.tasks, built.tasks);
        assert_eq!(baked.departments, built.departments);
        assert_eq!(baked.organizations.lists, built.organizations.lists);
        assert_eq!(baked.targets, built.targets);
        assert_eq!(baked.domains, built.domains);
        assert!(baked.organizations.by_name.get().is_none());
        Ok(())
    }

    #[test]
    fn code_fits_its_width_or_breaks_an_item_a_line() {
        let short = Expr::Struct(
            "Span",
            vec![("start", 0usize.bake()), ("end", 4usize.bake())],
        );
        let mut out = String::new();
        short.write(&mut out, 4, "");
        assert_eq!(out, "Span { start: 0, end: 4 }");
        let long = vec!["一二三四五六七八九十".repeat(4); 3].bake();
        let mut out = String::new();
        long.write(&mut out, 0, "");
        let line = format!("    s({:?}),\n", "一二三四五六七八九十".repeat(4));
        assert_eq!(out, format!("vec![\n{line}{line}{line}]"));
    }
}

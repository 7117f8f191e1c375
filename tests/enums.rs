//! Every enum's `Display` and `FromStr` round-trip, and its JSON form is its `Display`.
//! (`Department` and `Actor`, whose JSON form is their id, are checked in
//! `tests/department_names.rs`.)

use std::fmt::Display;
use std::str::FromStr;

use strum::IntoEnumIterator;
use wuzhong_plan::{
    Brackets, Category, Colon, Column, Comparator, FieldType, InputFormat, Level, LineEnding,
    NumberMarker, PartKind, RefusalKind, ResponsibilityLabel, Role, SourceFormat, Status,
    TargetKind, Unit,
};

fn check<E>()
where
    E: IntoEnumIterator + Display + FromStr + PartialEq + std::fmt::Debug + serde::Serialize,
    <E as FromStr>::Err: std::fmt::Debug,
{
    let mut count = 0;
    for variant in E::iter() {
        let shown = variant.to_string();
        assert_eq!(shown.parse::<E>().unwrap(), variant, "`{shown}` reads back");
        assert_eq!(
            serde_json::to_value(&variant).unwrap(),
            serde_json::Value::String(shown)
        );
        count += 1;
    }
    assert!(count >= 2);
}

#[test]
fn display_from_str_and_json_agree() {
    check::<PartKind>();
    check::<Brackets>();
    check::<NumberMarker>();
    check::<Colon>();
    check::<ResponsibilityLabel>();
    check::<LineEnding>();
    check::<Role>();
    check::<Category>();
    check::<Level>();
    check::<TargetKind>();
    check::<Comparator>();
    check::<Unit>();
    check::<FieldType>();
    check::<Column>();
    check::<Status>();
    check::<RefusalKind>();
    check::<SourceFormat>();
    check::<InputFormat>();
}

#[test]
fn comparators_read_the_texts_words() {
    for (word, comparator) in [
        ("達到", Comparator::Reach),
        ("达到", Comparator::Reach),
        ("至少", Comparator::AtLeast),
        ("不少於", Comparator::AtLeast),
        ("不少于", Comparator::AtLeast),
        ("以上", Comparator::AtLeast),
    ] {
        assert_eq!(word.parse::<Comparator>().unwrap(), comparator, "{word}");
    }
    // Every unit has a readable symbol and English name of its own.
    let mut english: Vec<&str> = Unit::iter().map(|u| u.english()).collect();
    english.sort();
    let before = english.len();
    english.dedup();
    assert_eq!(english.len(), before);
    assert!(Unit::iter().all(|u| !u.symbol().is_empty()));
}

#[test]
fn part_kinds_are_recognised_in_either_script() {
    for (title, kind) in [
        ("主要目標", PartKind::Objectives),
        ("主要目标", PartKind::Objectives),
        ("重點任務", PartKind::KeyTasks),
        ("重点任务", PartKind::KeyTasks),
        ("組織實施", PartKind::Implementation),
        ("组织实施", PartKind::Implementation),
        ("推進措施", PartKind::Other),
    ] {
        assert_eq!(PartKind::of_title(title), kind, "{title}");
    }
}

#[test]
fn the_literal_forms_are_the_characters_the_text_uses() {
    assert_eq!(NumberMarker::FullWidthDot.to_string(), "．");
    assert_eq!(Colon::FullWidth.to_string(), "：");
    assert_eq!(Brackets::FullWidth.to_string(), "（）");
    assert_eq!(ResponsibilityLabel::UnitSimplified.to_string(), "责任单位");
    assert_eq!(
        "\u{8cac}\u{4efb}\u{55ae}\u{4f4d}"
            .parse::<ResponsibilityLabel>()
            .unwrap(),
        ResponsibilityLabel::Unit
    );
    assert_eq!(
        "指導部門".parse::<ResponsibilityLabel>().unwrap(),
        ResponsibilityLabel::GuideDepartment
    );
    assert_eq!(
        ResponsibilityLabel::GuideDepartmentSimplified.traditional(),
        ResponsibilityLabel::GuideDepartment
    );
    // Its bodies lead or support by their order, as those of `責任單位` do.
    assert_eq!(ResponsibilityLabel::GuideDepartment.role(), None);
}

#[test]
fn table_columns_are_read_from_the_header_words_in_either_script() {
    for (words, column) in [
        (["序号", "序號"], Column::Number),
        (["工作任务", "工作任務"], Column::Task),
        (["改革举措", "改革舉措"], Column::Task),
        (["主要内容", "主要內容"], Column::Content),
        (["牵头单位", "牽頭單位"], Column::Lead),
        (["配合部门", "配合部門"], Column::Support),
        (["责任单位", "責任單位"], Column::Responsible),
        (["指导部门", "指導部門"], Column::Guide),
        (["完成时限", "完成時限"], Column::Deadline),
        (["推广范围", "推廣範圍"], Column::Scope),
    ] {
        for word in words {
            assert_eq!(word.parse::<Column>().unwrap(), column, "{word}");
        }
    }
    assert!("备注".parse::<Column>().is_err());
    assert_eq!(
        Column::Lead.label(),
        Some(ResponsibilityLabel::LeadUnitSimplified)
    );
    assert_eq!(Column::Deadline.label(), None);
}

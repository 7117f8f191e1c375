//! Every enum's `Display` and `FromStr` round-trip, and its JSON form is its `Display`.
//! (`Department` and `Actor`, whose JSON form is their id, are checked in
//! `tests/department_names.rs`.)

use std::fmt::Display;
use std::str::FromStr;

use strum::IntoEnumIterator;
use wuzhong_plan::{
    Brackets, Category, Colon, Comparator, FieldType, Level, LineEnding, NumberMarker, PartKind,
    ResponsibilityLabel, Role, TargetKind, Unit,
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
}

//! Property tests of mutated inputs: the real source text mutated (lines deleted,
//! duplicated or swapped, the text truncated, punctuation swapped between ASCII and
//! full-width, characters inserted, line endings changed), one mutation at a time and
//! several at once, parses losslessly or is refused, and its plan survives JSON; the
//! real JSON mutated (lines deleted, duplicated or swapped, truncation, digits and
//! numbers changed, string values swapped) loads, renders its text and survives JSON,
//! or is refused. The mutations are in `tests/common/mutations.rs`; the inputs are
//! random on each run, as `tests/properties.rs` describes.

use proptest::collection::vec;
use proptest::prelude::*;
use wuzhong_plan::{PLAN_JSON, SOURCE_TEXT};

#[path = "common/properties.rs"]
mod properties;

use properties::*;

#[path = "common/mutations.rs"]
mod mutations;

use mutations::*;

#[test]
fn one_mutation_of_the_source_parses_losslessly_or_is_refused() {
    let tally = check(400, text_mutation(), |mutation| {
        check_text(&mutation.apply(SOURCE_TEXT))
    });
    assert_both(tally, "one mutation of the source");
}

#[test]
fn mutations_of_the_source_parse_losslessly_or_are_refused() {
    let tally = check(300, vec(text_mutation(), 2..=5), |mutations| {
        check_text(&mutate(SOURCE_TEXT, &mutations))
    });
    assert_both(tally, "mutations of the source");
}

#[test]
fn one_mutation_of_the_json_loads_and_round_trips_or_is_refused() {
    let tally = check(400, json_mutation(), |mutation| {
        check_json(&mutation.apply(PLAN_JSON))
    });
    assert_both(tally, "one mutation of the JSON");
}

#[test]
fn mutations_of_the_json_load_and_round_trip_or_are_refused() {
    let mutations = prop_oneof![
        1 => vec(json_mutation(), 2..=4),
        3 => vec(gentle_json_mutation(), 2..=3),
    ];
    let tally = check(400, mutations, |mutations| {
        check_json(&mutate(PLAN_JSON, &mutations))
    });
    assert_both(tally, "mutations of the JSON");
}

#[test]
fn mutations_do_what_they_say() {
    let text = "a,b\n(c):d\ne";
    assert_eq!(Mutation::DeleteLine(1).apply(text), "a,b\ne");
    assert_eq!(Mutation::DuplicateLine(3).apply(text), "a,b\na,b\n(c):d\ne");
    assert_eq!(Mutation::SwapLines(0, 2).apply(text), "e\n(c):d\na,b");
    assert_eq!(Mutation::Truncate(4).apply(text), "a,b\n");
    assert_eq!(Mutation::Truncate(11).apply(text), text);
    assert_eq!(Mutation::Truncate(12).apply(text), "");
    assert_eq!(Mutation::FlipMark(1).apply(text), "a,b\n（c):d\ne");
    assert_eq!(Mutation::FlipLine(1).apply(text), "a,b\n（c）：d\ne");
    assert_eq!(Mutation::FlipAll(0, true).apply(text), "a，b\n(c):d\ne");
    assert_eq!(Mutation::FlipAll(0, false).apply("a，b"), "a,b");
    assert_eq!(Mutation::Insert(1, 0).apply(text), "a ,b\n(c):d\ne");
    assert_eq!(Mutation::Insert(11, 3).apply(text), "a,b\n(c):d\ne\r");
    assert_eq!(Mutation::CrLf.apply(text), "a,b\r\n(c):d\r\ne");
    assert_eq!(
        Mutation::ToggleFinalNewline.apply(text),
        format!("{text}\n")
    );
    assert_eq!(Mutation::ToggleFinalNewline.apply("a\n"), "a");
    assert_eq!(Mutation::Digit(1, 7).apply("a1b2c3"), "a1b7c3");
    assert_eq!(Mutation::Number(1, 4).apply("a1b23c4"), "a1b65535c4");

    let json = r#"{"a": "x", "b": ["y", "z\"q"], "a": "w"}"#;
    let values: Vec<_> = string_values(json)
        .into_iter()
        .map(|(range, key)| (&json[range], key))
        .collect();
    assert_eq!(
        values,
        [
            ("x", Some("a")),
            ("y", None),
            ("z\\\"q", None),
            ("w", Some("a"))
        ]
    );
    assert_eq!(
        Mutation::SwapValues(0, 2).apply(json),
        r#"{"a": "z\"q", "b": ["y", "x"], "a": "w"}"#
    );
    assert_eq!(
        Mutation::SwapLikeValues(0, 1).apply(json),
        r#"{"a": "w", "b": ["y", "z\"q"], "a": "x"}"#
    );
}

//! Running a property, as the property tests do (`tests/properties.rs`,
//! `tests/properties_mutations.rs`, `tests/properties_generated.rs`): a fixed number of
//! random cases, no failure persisted to files, and the checks each input gets.

#![allow(dead_code)] // each test binary uses part of it

use std::cell::Cell;
use std::fmt::Debug;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use wuzhong_plan::{ParseErrorKind, Plan, parse};

// ---------------------------------------------------------------------------------------
// Running a property

/// What a property did with one input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Accepted,
    Refused,
}

/// The runner's configuration: `cases` cases unless `PROPTEST_CASES` says otherwise,
/// and no failure persistence.
pub fn config(cases: u32) -> Config {
    let defaults = Config::default();
    let cases = if std::env::var_os("PROPTEST_CASES").is_some() {
        defaults.cases
    } else {
        cases
    };
    Config {
        cases,
        failure_persistence: None,
        ..defaults
    }
}

/// Runs `property` on `cases` inputs drawn from `strategy`, panics with the minimal
/// failing input if it fails, and returns how many inputs were accepted and refused.
pub fn check<S>(
    cases: u32,
    strategy: S,
    property: impl Fn(S::Value) -> Result<Outcome, TestCaseError>,
) -> (usize, usize)
where
    S: Strategy,
    S::Value: Debug,
{
    let accepted = Cell::new(0);
    let refused = Cell::new(0);
    let mut runner = TestRunner::new(config(cases));
    let result = runner.run(&strategy, |value| {
        match property(value)? {
            Outcome::Accepted => accepted.set(accepted.get() + 1),
            Outcome::Refused => refused.set(refused.get() + 1),
        }
        Ok(())
    });
    if let Err(err) = result {
        panic!("{err}");
    }
    // Shown with `--nocapture`: how much of the input got past the readers.
    eprintln!("{} accepted, {} refused", accepted.get(), refused.get());
    (accepted.get(), refused.get())
}

// ---------------------------------------------------------------------------------------
// The checks each input gets

/// `parse` does not panic; a text it accepts renders back exactly and survives JSON,
/// and one it refuses is not refused as `NotLossless` (the parser's round-trip check).
/// `Plan::from_json` does not panic on the text either.
pub fn check_text(text: &str) -> Result<Outcome, TestCaseError> {
    // A plain text is no JSON; whether it loads is not the point, only that it returns.
    let _ = Plan::from_json(text);
    match parse(text) {
        Ok(plan) => {
            prop_assert_eq!(plan.to_text(), text);
            let json = plan
                .to_json()
                .map_err(|err| TestCaseError::fail(format!("to_json: {err}")))?;
            let again = Plan::from_json(&json)
                .map_err(|err| TestCaseError::fail(format!("from_json(to_json): {err}")))?;
            prop_assert!(again == plan, "the parsed plan changed through JSON");
            Ok(Outcome::Accepted)
        }
        Err(err) => {
            prop_assert_ne!(&err.kind, &ParseErrorKind::NotLossless, "{}", err);
            Ok(Outcome::Refused)
        }
    }
}

/// `Plan::from_json` does not panic; a plan it loads renders its text and gives an
/// equal plan back through JSON.
pub fn check_json(json: &str) -> Result<Outcome, TestCaseError> {
    let Ok(plan) = Plan::from_json(json) else {
        return Ok(Outcome::Refused);
    };
    let text = plan.to_text();
    let again = plan
        .to_json()
        .map_err(|err| TestCaseError::fail(format!("to_json: {err}")))?;
    let reloaded = Plan::from_json(&again)
        .map_err(|err| TestCaseError::fail(format!("from_json(to_json): {err}")))?;
    prop_assert!(reloaded == plan, "the loaded plan changed through JSON");
    prop_assert_eq!(&reloaded.to_text(), &text);
    // Its text reads back into the same plan, once its curated lists join it.
    let tags = plan
        .tasks()
        .flat_map(|t| t.domains.iter().map(|tag| (t.number, tag.clone())));
    let back = parse(&text)
        .map_err(|err| TestCaseError::fail(format!("parse(to_text): {err}")))
        .and_then(|parsed| {
            parsed
                .with_domains(tags)
                .and_then(|parsed| parsed.with_targets(plan.targets().cloned()))
                .map_err(|err| TestCaseError::fail(format!("curated lists: {err}")))
        })?;
    // The source it records is the text read, whose digest the JSON's edits did not
    // change; all else is the same plan.
    let digest = back.source().map(|source| source.sha256.clone());
    prop_assert_eq!(digest.map(|digest| digest.len()), Some(64));
    let without_source = |plan: &Plan| -> Result<serde_json::Value, TestCaseError> {
        let mut value: serde_json::Value = plan
            .to_json()
            .ok()
            .and_then(|json| serde_json::from_str(&json).ok())
            .ok_or_else(|| TestCaseError::fail("the plan's JSON does not read back"))?;
        if let Some(object) = value.as_object_mut() {
            object.remove("source");
        }
        Ok(value)
    };
    prop_assert!(
        without_source(&back)? == without_source(&plan)?,
        "the text read back into another plan"
    );
    Ok(Outcome::Accepted)
}

/// Bytes are used as text where they are UTF-8, and always through a lossy conversion.
pub fn check_bytes(bytes: &[u8]) -> Result<Outcome, TestCaseError> {
    let mut outcome = Outcome::Refused;
    if let Ok(text) = std::str::from_utf8(bytes) {
        if check_text(text)? == Outcome::Accepted {
            outcome = Outcome::Accepted;
        }
        check_json(text)?;
    }
    let lossy = String::from_utf8_lossy(bytes);
    if check_text(&lossy)? == Outcome::Accepted {
        outcome = Outcome::Accepted;
    }
    check_json(&lossy)?;
    Ok(outcome)
}

/// Asserts the strategy reached both outcomes, so the property was not vacuous.
pub fn assert_both((accepted, refused): (usize, usize), what: &str) {
    assert!(
        accepted > 0,
        "{what}: no input was accepted ({refused} refused)"
    );
    assert!(
        refused > 0,
        "{what}: no input was refused ({accepted} accepted)"
    );
}

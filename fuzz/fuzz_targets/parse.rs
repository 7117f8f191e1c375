//! Any text of the genre gives a plan that renders back to itself byte for byte: `parse`
//! refuses only an empty text and one whose line endings are mixed, never a text for
//! its shape.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wuzhong_plan::ParseErrorKind;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match wuzhong_plan::parse(text) {
        Ok(plan) => assert_eq!(
            plan.to_text(),
            text,
            "the parsed plan does not render its text"
        ),
        Err(err) => assert!(
            matches!(
                err.kind,
                ParseErrorKind::EmptyDocument | ParseErrorKind::MixedLineEndings { .. }
            ),
            "a text refused for its shape: {err}"
        ),
    }
});

//! Any text that `parse` accepts renders back to itself byte for byte.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(plan) = wuzhong_plan::parse(text) {
        assert_eq!(
            plan.to_text(),
            text,
            "the parsed plan does not render its text"
        );
    }
});

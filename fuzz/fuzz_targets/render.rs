//! Any text that `parse` accepts renders in every format, in both scripts, within the
//! bound `docs/robustness.md` states for that format (its table of bounds, read by
//! `tests/common/bounds.rs`): at most `per_byte` bytes for each byte of the text, and
//! `plus` more. A plan whose output repeats its text for each pair of things (a title for
//! each of a task's organisations, a name for each of its targets) fails here.

#![no_main]

#[path = "../../tests/common/bounds.rs"]
mod bounds;

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use wuzhong_plan::{Format, RenderOptions, Script};

/// The bound of each renderer, read from the docs once.
fn bounds() -> &'static [(Format, bounds::Bound)] {
    static BOUNDS: OnceLock<Vec<(Format, bounds::Bound)>> = OnceLock::new();
    BOUNDS.get_or_init(|| {
        bounds::FORMATS
            .iter()
            .map(|&format| (format, bounds::bound(&format.to_string())))
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(plan) = wuzhong_plan::parse(text) else {
        return;
    };
    for script in [Script::Traditional, Script::Simplified] {
        let options = RenderOptions::default().script(script);
        for &(format, bound) in bounds() {
            let written = plan.render(format, &options).len();
            assert!(
                written <= bound.most(text.len()),
                "{format} ({script:?}) wrote {written} bytes for {} bytes of text, over \
                 the bound of {} × {} + {}",
                text.len(),
                bound.per_byte,
                text.len(),
                bound.plus,
            );
        }
    }
});

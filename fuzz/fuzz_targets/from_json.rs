//! Any JSON that `Plan::from_json` accepts is written out by `to_json` as JSON that
//! reads back to an equal plan.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wuzhong_plan::Plan;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(plan) = Plan::from_json(json) {
        let written = plan.to_json().expect("an accepted plan writes JSON");
        let again = Plan::from_json(&written).expect("the written JSON reads back");
        assert_eq!(
            again, plan,
            "the written JSON reads back to a different plan"
        );
    }
});

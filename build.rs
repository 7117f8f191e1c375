//! Writes `plan.compact.json` to `OUT_DIR`: `data/plan.json` without the whitespace
//! between its tokens, which is what `plan()` reads. A fifth of the pretty file is
//! indentation, which the embedded plan's first use then need not scan; the file users
//! read, diff and edit stays pretty. A doctest of `PLAN_JSON_COMPACT` checks that both
//! read to the same plan.

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=data/plan.json");
    println!("cargo::rerun-if-changed=build.rs");
    let pretty = std::fs::read_to_string("data/plan.json").unwrap_or_else(|err| {
        panic!("data/plan.json cannot be read: {err}");
    });
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_else(|| {
        panic!("cargo sets OUT_DIR for build scripts");
    }));
    std::fs::write(out.join("plan.compact.json"), compact(&pretty)).unwrap_or_else(|err| {
        panic!("OUT_DIR/plan.compact.json cannot be written: {err}");
    });
}

/// `json` without the whitespace outside its strings.
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

//! Edits of the real plan's JSON, field by field: the input picks fields of
//! `data/plan.json` and writes new values into them (a number, a string, `true`,
//! `null`), so nearly every input is a well-formed plan document with a few fields
//! changed, the way a hand edit changes one. `Plan::from_json` must refuse it with an
//! error or accept it; if it accepts it, `validate` passes, the JSON it writes reads
//! back to an equal plan, and its text parses back into it.

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use wuzhong_plan::{PLAN_JSON, Plan};

fn tree() -> &'static Value {
    static TREE: OnceLock<Value> = OnceLock::new();
    TREE.get_or_init(|| serde_json::from_str(PLAN_JSON).expect("the embedded JSON reads"))
}

/// Walks down from `value`, each byte choosing a child (modulo their count), until a
/// byte of 0 or a leaf; returns the value reached.
fn pick<'a>(mut value: &'a mut Value, bytes: &mut std::slice::Iter<'_, u8>) -> &'a mut Value {
    loop {
        let Some(&byte) = bytes.next() else {
            return value;
        };
        let count = match &*value {
            Value::Object(map) => map.len(),
            Value::Array(items) => items.len(),
            _ => 0,
        };
        if byte == 0 || count == 0 {
            return value;
        }
        let i = usize::from(byte) % count;
        value = match value {
            Value::Object(map) => map.values_mut().nth(i).expect("i < len"),
            Value::Array(items) => &mut items[i],
            _ => unreachable!("count is 0 for a leaf"),
        };
    }
}

/// A new value made from the next bytes: the first picks its kind.
fn new_value(bytes: &mut std::slice::Iter<'_, u8>) -> Value {
    let kind = bytes.next().copied().unwrap_or(0);
    match kind % 5 {
        0 => Value::Null,
        1 => Value::Bool(kind & 0x80 != 0),
        2 => {
            let raw: Vec<u8> = bytes.by_ref().take(4).copied().collect();
            let mut four = [0u8; 4];
            four[..raw.len()].copy_from_slice(&raw);
            Value::from(i32::from_le_bytes(four))
        }
        3 => {
            let len = usize::from(bytes.next().copied().unwrap_or(0) % 16);
            let raw: Vec<u8> = bytes.by_ref().take(len).copied().collect();
            Value::String(String::from_utf8_lossy(&raw).into_owned())
        }
        _ => {
            // A character of the text (CJK or punctuation), repeated.
            let code = 0x4e00 + u32::from(bytes.next().copied().unwrap_or(0)) * 37;
            let c = char::from_u32(code).unwrap_or('、');
            Value::String(c.to_string().repeat(usize::from(kind % 3) + 1))
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let mut plan = tree().clone();
    let mut bytes = data.iter();
    // Up to four edits, each a path then a value.
    for _ in 0..4 {
        if bytes.len() == 0 {
            break;
        }
        let target = pick(&mut plan, &mut bytes);
        *target = new_value(&mut bytes);
    }
    let json = serde_json::to_string(&plan).expect("a tree writes");
    if let Ok(plan) = Plan::from_json(&json) {
        assert_eq!(plan.validate(), Ok(()), "an accepted plan is valid");
        let written = plan.to_json().expect("an accepted plan writes JSON");
        let again = Plan::from_json(&written).expect("the written JSON reads back");
        assert_eq!(
            again, plan,
            "the written JSON reads back to a different plan"
        );
        // Its text reads back into the same plan, once the curated lists join it.
        let text = plan.to_text();
        let tags = plan
            .tasks()
            .flat_map(|t| t.domains.iter().map(|tag| (t.number, tag.clone())));
        let back = wuzhong_plan::parse(&text)
            .expect("an accepted plan's text parses")
            .with_domains(tags)
            .expect("its domains fit its text")
            .with_targets(plan.targets().cloned())
            .expect("its targets fit its text");
        assert_eq!(back, plan, "the text reads back into another plan");
    }
});

//! Any bytes read as a Word document either give text of the conventions or are refused,
//! never a panic: the text ends each line with `\n`, has no blank line and is within
//! 16 MiB, and `parse_docx` gives the plan of exactly that text, recording the file as a
//! `docx`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wuzhong_plan::{SourceFormat, docx_text, parse_docx};

fuzz_target!(|data: &[u8]| {
    let read = docx_text(data);
    let planned = parse_docx(data);
    match read {
        Ok(text) => {
            assert!(text.ends_with('\n'), "the text does not end its last line");
            assert!(
                text.lines()
                    .all(|line| line.chars().any(|c| !c.is_whitespace())),
                "the text has a blank line"
            );
            assert!(text.len() <= 16 * 1024 * 1024, "the text is over its limit");
            if let Ok(plan) = planned {
                assert_eq!(plan.to_text(), text, "the plan does not keep the text read");
                assert_eq!(
                    plan.source().map(|source| source.format),
                    Some(SourceFormat::Docx)
                );
            }
        }
        Err(refusal) => {
            let refused = planned.expect_err("parse_docx read what docx_text refused");
            assert_eq!(
                refused.kind, refusal.kind,
                "the two readers refuse differently"
            );
        }
    }
});

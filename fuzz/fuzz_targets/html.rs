//! Any bytes read as a web page: `html_text` and `parse_html` never panic, whatever
//! the bytes' encoding or the page's shape. What `html_text` reads is lines, each
//! ending with a line feed and none of them white space only, within the 16 MiB a
//! plan's text may hold; it refuses a page only for its encoding, for having no
//! article, or for text over that limit; and the plan `parse_html` gives holds that
//! text, and records the page as its source.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wuzhong_plan::{RefusalKind, SourceFormat};

/// The most text a plan may hold, in bytes: 16 MiB.
const TEXT_LIMIT: usize = 16 * 1024 * 1024;

fuzz_target!(|data: &[u8]| {
    let text = wuzhong_plan::html_text(data);
    match &text {
        Ok(text) => {
            assert!(
                text.ends_with('\n'),
                "the text does not end a line: {text:?}"
            );
            assert!(
                text.lines()
                    .all(|line| !line.chars().all(char::is_whitespace)),
                "a line of white space only: {text:?}"
            );
            assert!(text.len() <= TEXT_LIMIT, "{} bytes of text", text.len());
        }
        Err(refusal) => assert!(
            matches!(
                refusal.kind,
                RefusalKind::BadEncoding | RefusalKind::NoArticle | RefusalKind::TooLarge
            ),
            "refused as {}: {refusal}",
            refusal.kind
        ),
    }
    if let Ok(plan) = wuzhong_plan::parse_html(data) {
        assert_eq!(
            Some(plan.to_text()),
            text.ok(),
            "the plan does not hold the text read"
        );
        assert_eq!(
            plan.source().map(|source| source.format),
            Some(SourceFormat::Html)
        );
    }
});

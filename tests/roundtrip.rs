//! The model loses nothing: rendering it gives back `data/source.txt` byte for byte,
//! whether it came from the embedded JSON or from parsing the text.

use wuzhong_plan::{ParseErrorKind, SOURCE_TEXT, parse, plan};

/// `data/source.txt` is the published text: facts about the file itself, from `wc`
/// and from reading it.
#[test]
fn source_is_the_published_text() {
    assert_eq!(SOURCE_TEXT.len(), 30_839);
    assert_eq!(SOURCE_TEXT.matches('\n').count(), 112);
    assert!(!SOURCE_TEXT.ends_with('\n'));
    assert!(
        SOURCE_TEXT.starts_with("《吳忠市“十四五”公共服務發展實施方案》已經吳忠市人民政府同意,")
    );
    assert!(SOURCE_TEXT.ends_with("確保各項目標任務落到實處。"));
    // The script conversion's wording stays as published.
    assert!(SOURCE_TEXT.contains("1.最佳化城鄉義務教育資源。"));
}

#[test]
fn embedded_plan_renders_the_source_byte_for_byte() {
    assert_eq!(plan().to_text().as_bytes(), SOURCE_TEXT.as_bytes());
}

#[test]
fn parsed_source_renders_the_source_byte_for_byte() {
    let parsed = parse(SOURCE_TEXT).unwrap();
    assert_eq!(parsed.to_text().as_bytes(), SOURCE_TEXT.as_bytes());
}

/// The embedded plan is the parsed source, but for the targets and the tasks' domains,
/// which are curated in the JSON (the parser's targets are the extractor's candidates,
/// and it tags no domains).
#[test]
fn embedded_plan_equals_the_parsed_source_with_the_curated_targets_and_domains() {
    let parsed = parse(SOURCE_TEXT).unwrap();
    assert_ne!(parsed.targets().len(), 0, "the extractor finds candidates");
    assert!(parsed.tasks().all(|t| t.domains.is_empty()));
    let domains = plan()
        .tasks()
        .flat_map(|t| t.domains.iter().map(|tag| (t.number, tag.clone())));
    let curated = parsed
        .with_domains(domains)
        .unwrap()
        .with_targets(plan().targets().cloned())
        .unwrap();
    assert_eq!(plan(), &curated);
}

/// Every prefix of the source, cut at a character boundary, either parses into a plan
/// that renders that prefix exactly, or is refused with an error; none panics.
#[test]
fn every_prefix_parses_losslessly_or_is_refused() {
    let boundaries: Vec<usize> = SOURCE_TEXT
        .char_indices()
        .map(|(i, _)| i)
        .step_by(13)
        .collect();
    let mut parsed = 0;
    for end in boundaries {
        let prefix = &SOURCE_TEXT[..end];
        match parse(prefix) {
            Ok(plan) => {
                assert_eq!(plan.to_text(), prefix);
                // The extractor's candidates are grounded in the prefix's own text.
                for target in plan.targets() {
                    let text = match target.task {
                        Some(n) => plan.task(n).unwrap().body.as_str(),
                        None => plan.part(target.part).unwrap().paragraphs
                            [target.paragraph.unwrap()]
                        .as_str(),
                    };
                    assert_eq!(target.span.of(text), Some(target.quote.as_str()));
                }
                parsed += 1;
            }
            // NotLossless is the parser's safety net: a prefix refused with it would mean
            // the model (its targets included) disagreed with itself.
            Err(err) => assert_ne!(err.kind, ParseErrorKind::NotLossless, "at byte {end}"),
        }
    }
    assert!(parsed > 0);
}

/// Whatever `parse` accepts comes back equal through its JSON, at any size: a task with
/// more than 100,000 targets was refused on reading its own JSON back, since the ids'
/// numbers were read with five digits at most (`t1.100000`, field `id`: expected
/// `t1.100000`).
#[test]
fn a_task_with_more_than_100_000_targets_comes_back_through_its_json() {
    let count = 100_001;
    let text = format!(
        "一、重點任務\n(一)推進\n1.標題。{}\n",
        vec!["1所"; count].join("、")
    );
    let plan = parse(&text).expect("a task of many numbers parses");
    assert_eq!(plan.targets().count(), count);
    let last = plan.target("t1.100001").expect("the last target by its id");
    assert_eq!(last.quote, "1所");
    assert!(plan.target("t1.100002").is_none());
    let json = plan.to_json().expect("writes");
    let again = wuzhong_plan::Plan::from_json(&json).expect("reads back");
    assert_eq!(again, plan);
    assert_eq!(again.to_text(), text);
}

/// Node ids are read with as many digits as they have, and refused only when the number
/// does not fit or has a leading zero.
#[test]
fn ids_with_long_numbers_are_read_or_refused_without_a_digit_limit() {
    let plan = plan();
    assert!(plan.target("t19.0000002").is_none(), "leading zeros");
    assert!(
        plan.target("t19.99999999999999999999999").is_none(),
        "overflow"
    );
    assert!(plan.target("t100000.1").is_none(), "no such task");
    assert!(plan.node("part-2/group-3/task-100000").is_none());
    assert!(plan.node("part-99999999999999999999999").is_none());
    assert_eq!(plan.target("t19.2").map(|t| t.id.as_str()), Some("t19.2"));
}

//! Hand-made broken inputs: each is refused with the expected kind of error, on the
//! expected line, and none panics.

use wuzhong_plan::{DiagnosticKind, ParseErrorKind, SOURCE_TEXT, parse};

/// A small, well-formed plan of the genre, which the broken inputs below change.
const GOOD: &str = "\
前言。
一、主要目標
到2025年,目標。
二、重點任務
(一)第一組
1.甲。正文。
責任單位:市民政局
2.乙。正文。
責任單位:市財政局
(二)第二組
3.丙。正文。
責任單位:市教育局
三、組織實施
4.丁。正文。";

fn error_of(text: &str) -> (usize, ParseErrorKind) {
    let err = parse(text).expect_err("the input is broken");
    (err.line, err.kind)
}

#[test]
fn the_good_plan_parses() {
    let plan = parse(GOOD).unwrap();
    assert_eq!(plan.tasks().len(), 4);
    assert_eq!(plan.to_text(), GOOD);
}

#[test]
fn a_skipped_task_number() {
    let text = GOOD.replace("3.丙", "4.丙");
    assert_eq!(
        error_of(&text),
        (
            11,
            ParseErrorKind::TaskOutOfSequence {
                expected: 3,
                found: 4
            }
        )
    );
}

#[test]
fn a_repeated_task_number() {
    let text = GOOD.replace("2.乙", "1.乙");
    assert_eq!(
        error_of(&text),
        (
            8,
            ParseErrorKind::TaskOutOfSequence {
                expected: 2,
                found: 1
            }
        )
    );
}

#[test]
fn a_task_number_with_a_leading_zero() {
    let text = GOOD.replace("2.乙", "02.乙");
    assert_eq!(
        error_of(&text),
        (
            8,
            ParseErrorKind::InvalidTaskNumber {
                digits: "02".to_owned()
            }
        )
    );
}

#[test]
fn a_group_in_the_objectives_part() {
    let text = GOOD.replace("到2025年,目標。", "(一)目標組");
    let (line, kind) = error_of(&text);
    assert_eq!(line, 3);
    assert!(
        matches!(kind, ParseErrorKind::GroupOutsideTaskPart { .. }),
        "{kind:?}"
    );
}

#[test]
fn a_group_in_the_implementation_part() {
    let text = GOOD.replace("三、組織實施\n", "三、組織實施\n(一)保障組\n");
    let (line, kind) = error_of(&text);
    assert_eq!(line, 14);
    assert!(
        matches!(kind, ParseErrorKind::GroupOutsideTaskPart { .. }),
        "{kind:?}"
    );
}

#[test]
fn a_group_before_any_part() {
    let text = GOOD.replace("前言。", "(一)前言組");
    let (line, kind) = error_of(&text);
    assert_eq!(line, 1);
    assert!(
        matches!(kind, ParseErrorKind::GroupOutsideTaskPart { .. }),
        "{kind:?}"
    );
}

#[test]
fn a_task_before_any_part() {
    let text = format!("1.甲。正文。\n{GOOD}");
    assert_eq!(error_of(&text), (1, ParseErrorKind::TaskOutsidePart));
}

#[test]
fn a_responsibility_line_after_a_group_heading() {
    let text = GOOD.replace("(二)第二組\n", "(二)第二組\n責任單位:市民政局\n");
    assert_eq!(
        error_of(&text),
        (11, ParseErrorKind::ResponsibilityWithoutTask)
    );
}

#[test]
fn a_responsibility_line_in_the_preamble() {
    let text = GOOD.replace("前言。", "責任單位:市民政局");
    assert_eq!(
        error_of(&text),
        (1, ParseErrorKind::ResponsibilityWithoutTask)
    );
}

#[test]
fn two_responsibility_lines_for_one_task() {
    let text = GOOD.replace("責任單位:市財政局", "責任單位:市財政局\n責任單位:市民政局");
    assert_eq!(
        error_of(&text),
        (10, ParseErrorKind::DuplicateResponsibility { task: 2 })
    );
}

#[test]
fn a_responsibility_line_that_names_no_one() {
    let text = GOOD.replace("責任單位:市財政局", "責任單位: ");
    assert_eq!(error_of(&text), (9, ParseErrorKind::EmptyResponsibility));
}

#[test]
fn an_empty_task_title() {
    let text = GOOD.replace("2.乙。", "2.。");
    assert_eq!(
        error_of(&text),
        (8, ParseErrorKind::EmptyTitle { node: "task" })
    );
}

#[test]
fn an_empty_part_title() {
    let text = GOOD.replace("三、組織實施", "三、");
    assert_eq!(
        error_of(&text),
        (13, ParseErrorKind::EmptyTitle { node: "part" })
    );
}

#[test]
fn an_empty_group_title() {
    let text = GOOD.replace("(二)第二組", "(二)");
    assert_eq!(
        error_of(&text),
        (10, ParseErrorKind::EmptyTitle { node: "group" })
    );
}

#[test]
fn a_part_out_of_sequence() {
    let text = GOOD.replace("三、組織實施", "四、組織實施");
    assert_eq!(
        error_of(&text),
        (
            13,
            ParseErrorKind::PartOutOfSequence {
                expected: 3,
                found: 4
            }
        )
    );
}

#[test]
fn a_group_out_of_sequence() {
    let text = GOOD.replace("(二)第二組", "(三)第二組");
    assert_eq!(
        error_of(&text),
        (
            10,
            ParseErrorKind::GroupOutOfSequence {
                expected: 2,
                found: 3
            }
        )
    );
}

#[test]
fn mismatched_group_brackets() {
    let text = GOOD.replace("(二)第二組", "(二）第二組");
    assert_eq!(error_of(&text), (10, ParseErrorKind::MismatchedBrackets));
}

/// Prose after a responsibility line (a `完成時限:` line of a breakdown) is kept with
/// its task, unread, and reported: it no longer refuses the text.
#[test]
fn prose_after_a_responsibility_line() {
    let text = GOOD.replace("責任單位:市民政局\n", "責任單位:市民政局\n另有說明。\n");
    let plan = wuzhong_plan::parse(&text).unwrap();
    assert_eq!(plan.to_text(), text);
    assert_eq!(plan.task(1).unwrap().closing, ["另有說明。"]);
    let unread: Vec<(usize, DiagnosticKind)> = plan
        .diagnostics()
        .iter()
        .map(|d| (d.line, d.kind))
        .filter(|(_, kind)| *kind == DiagnosticKind::UnreadText)
        .collect();
    assert_eq!(unread, [(8, DiagnosticKind::UnreadText)]);
}

#[test]
fn mixed_line_endings() {
    let text = GOOD.replacen('\n', "\r\n", 3);
    let (line, kind) = error_of(&text);
    assert_eq!(line, 4);
    assert!(
        matches!(kind, ParseErrorKind::MixedLineEndings { .. }),
        "{kind:?}"
    );
}

/// GOOD with each line ended by `usual`, except line `n`, ended by `odd`.
fn with_break(usual: &str, n: usize, odd: &str) -> String {
    let mut text = String::new();
    for (i, line) in GOOD.lines().enumerate() {
        text.push_str(line);
        text.push_str(if i + 1 == n { odd } else { usual });
    }
    text
}

/// Every line break is the kind the first one sets: a `\r` or `\n` of another kind is
/// refused on the line it ends, naming both kinds.
#[test]
fn line_breaks_of_another_kind() {
    for (usual, n, odd, expected, found) in [
        ("\n", 4, "\r\n", "`\\n`", "`\\r\\n`"),
        ("\n", 2, "\r", "`\\n`", "`\\r`"),
        ("\r", 3, "\n", "`\\r`", "`\\n`"),
        ("\r", 5, "\r\n", "`\\r`", "`\\r\\n`"),
        ("\r\n", 2, "\n", "`\\r\\n`", "`\\n`"),
        ("\r\n", 6, "\r", "`\\r\\n`", "`\\r`"),
    ] {
        let text = with_break(usual, n, odd);
        assert_eq!(
            error_of(&text),
            (n, ParseErrorKind::MixedLineEndings { expected, found }),
            "{text:?}"
        );
    }
    // The same text with one kind throughout parses, whichever kind it is.
    for usual in ["\n", "\r\n", "\r"] {
        let text = with_break(usual, 0, usual);
        assert_eq!(wuzhong_plan::parse(&text).map(|p| p.to_text()), Ok(text));
    }
}

#[test]
fn an_empty_text() {
    assert_eq!(error_of(""), (1, ParseErrorKind::EmptyDocument));
}

/// With no part heading, the error names the first line that looks like one written
/// otherwise (`一.`, `第一部分`), or else the first line: not the last line of the text.
#[test]
fn a_text_with_no_parts() {
    assert_eq!(error_of("前言。\n結語。"), (1, ParseErrorKind::NoParts));
    assert_eq!(
        error_of("前言。\n\n一.總體要求\n正文。\n二.重點任務\n結語。"),
        (3, ParseErrorKind::NoParts)
    );
    assert_eq!(
        error_of("　　前言。\n第一部分 總體要求\n結語。"),
        (2, ParseErrorKind::NoParts)
    );
}

/// Lines 45 and 46 of the source are task 17 and its responsibility line, the first
/// task of group (二) on line 44.
#[test]
fn the_source_without_task_17() {
    let lines: Vec<&str> = SOURCE_TEXT.split('\n').collect();
    assert!(lines[44].starts_with("17.發展優質普惠托育服務。"));

    let without_task_line: Vec<&str> = lines
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != 44)
        .map(|(_, l)| *l)
        .collect();
    let (line, kind) = error_of(&without_task_line.join("\n"));
    assert_eq!(
        (line, kind),
        (45, ParseErrorKind::ResponsibilityWithoutTask)
    );

    let without_task: Vec<&str> = lines
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != 44 && i != 45)
        .map(|(_, l)| *l)
        .collect();
    assert_eq!(
        error_of(&without_task.join("\n")),
        (
            45,
            ParseErrorKind::TaskOutOfSequence {
                expected: 17,
                found: 18
            }
        )
    );
}

#[test]
fn errors_name_the_line_and_quote_it() {
    let text = GOOD.replace("3.丙", "4.丙");
    let message = parse(&text).unwrap_err().to_string();
    assert_eq!(
        message,
        "line 11: task 4 is out of sequence: expected task 3 (at `4.丙。正文。`)"
    );
}

/// A broken invariant that only the validation after the line-by-line reading finds is
/// reported on the line it stands on, quoting that line.
#[test]
fn a_fault_found_by_the_validation_is_on_its_own_line() {
    // Eleven lines of notice, then a twelfth that reads as an entry of the info box the
    // next line opens: the text would read back with it in the box.
    let notice: String = (1..=11).map(|i| format!("通知第{i}行。\n")).collect();
    let text = format!(
        "{notice}- 頒布時間:2022年4月26日\n基本介紹\n- 發布單位:吳忠市人民政府辦公室\n全文\n{GOOD}"
    );
    let err = parse(&text).expect_err("the notice line reads as an info entry");
    assert_eq!(err.line, 12, "{err}");
    assert_eq!(err.excerpt, "- 頒布時間:2022年4月26日");
    let ParseErrorKind::Invalid(problems) = &err.kind else {
        panic!("expected the validation's refusal, got {:?}", err.kind);
    };
    assert_eq!(
        (problems[0].node.as_str(), problems[0].field.as_str()),
        ("notice", "notice[11]")
    );
    assert!(err.to_string().starts_with("line 12: "), "{err}");
    assert!(
        err.to_string().ends_with("(at `- 頒布時間:2022年4月26日`)"),
        "{err}"
    );
}

#[test]
fn a_second_info_heading_after_the_box_is_on_its_own_line() {
    // Without a `全文` line, the preamble's first line after the box is a second
    // `基本介紹`, which would read as the box's heading.
    let text = format!("通知。\n基本介紹\n- 發布單位:吳忠市人民政府辦公室\n基本介紹\n{GOOD}");
    let err = parse(&text).expect_err("the preamble reads as the box");
    assert_eq!((err.line, err.excerpt.as_str()), (4, "基本介紹"), "{err}");
    let ParseErrorKind::Invalid(problems) = &err.kind else {
        panic!("expected the validation's refusal, got {:?}", err.kind);
    };
    assert_eq!(
        (problems[0].node.as_str(), problems[0].field.as_str()),
        ("preamble", "preamble[0]")
    );
}

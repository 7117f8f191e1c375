//! Other plans of the genre parse too, in the variants real documents come in, and the
//! round trip stays byte-exact whatever the variant.

use wuzhong_plan::{
    Brackets, Colon, LineEnding, NumberMarker, PartKind, Plan, ResponsibilityLabel, SOURCE_TEXT,
    parse,
};

/// A plan in Simplified script with full-width punctuation, `1．` and `2、` numbering,
/// no info box and a final newline.
const SIMPLIFIED: &str = "\
为推进公共服务发展，制定本方案。
一、主要目标
到2025年，公共服务水平明显提高。
二、重点任务
（一）推进基本公共服务均等可及
1．优化义务教育资源。推进学校标准化建设。
责任部门：市教育局，市委编办
2、强化卫生设施建设。改革疾病预防控制体系。
责任单位：市卫生健康委员会、人力资源和社会保障局
三、组织实施
3.强化监督落实。定期开展监测评估。
";

#[test]
fn simplified_full_width_plan_parses() {
    let plan = parse(SIMPLIFIED).unwrap();
    let kinds: Vec<PartKind> = plan.parts().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            PartKind::Objectives,
            PartKind::KeyTasks,
            PartKind::Implementation
        ]
    );
    assert_eq!(plan.groups().next().unwrap().brackets, Brackets::FullWidth);
    let markers: Vec<NumberMarker> = plan.tasks().map(|t| t.marker).collect();
    assert_eq!(
        markers,
        [
            NumberMarker::FullWidthDot,
            NumberMarker::Comma,
            NumberMarker::Dot
        ]
    );
    let first = plan.task(1).unwrap();
    assert_eq!(first.title, "优化义务教育资源");
    assert_eq!(first.body, "推进学校标准化建设。");
    let responsibility = first.responsibility.as_ref().unwrap();
    assert_eq!(
        responsibility.label,
        ResponsibilityLabel::DepartmentSimplified
    );
    assert_eq!(responsibility.colon, Colon::FullWidth);
    assert_eq!(responsibility.text, "市教育局，市委编办");
    assert_eq!(
        plan.task(2).unwrap().responsibility.as_ref().unwrap().label,
        ResponsibilityLabel::UnitSimplified
    );
    // With no info box or 全文 line, the front matter is all preamble.
    assert!(plan.notice().is_empty());
    assert_eq!(plan.preamble(), ["为推进公共服务发展，制定本方案。"]);
    assert!(plan.metadata().title.is_none());
    assert!(plan.layout().final_newline);
    assert_eq!(plan.to_text(), SIMPLIFIED);
}

#[test]
fn crlf_line_endings_round_trip() {
    let text = SIMPLIFIED.replace('\n', "\r\n");
    let plan = parse(&text).unwrap();
    assert_eq!(plan.layout().line_ending, LineEnding::CrLf);
    assert_eq!(plan.tasks().len(), 3);
    assert_eq!(plan.to_text(), text);
}

#[test]
fn cr_line_endings_round_trip() {
    // Classic Mac OS text: `\r` alone ends each line, and is not one long line.
    let text = SIMPLIFIED.replace('\n', "\r");
    let plan = parse(&text).unwrap();
    assert_eq!(plan.layout().line_ending, LineEnding::Cr);
    assert!(plan.layout().final_newline);
    assert_eq!(plan.tasks().len(), 3);
    assert_eq!(plan.to_text(), text);
    let again = Plan::from_json(&plan.to_json().unwrap()).unwrap();
    assert_eq!(again.to_text(), text);

    let source = SOURCE_TEXT.replace('\n', "\r");
    let plan = parse(&source).unwrap();
    assert_eq!(plan.tasks().len(), 50);
    assert!(!plan.layout().final_newline);
    assert_eq!(plan.to_text(), source);
}

#[test]
fn a_byte_order_mark_is_kept() {
    for text in [
        format!("\u{feff}{SOURCE_TEXT}"),
        format!("\u{feff}{}", SIMPLIFIED.replace('\n', "\r\n")),
    ] {
        let plan = parse(&text).unwrap();
        assert!(plan.layout().byte_order_mark);
        // The mark is not part of the first line: the front matter reads as without it.
        assert_eq!(plan.tasks().len(), parse(&text[3..]).unwrap().tasks().len());
        assert_eq!(plan.to_text(), text);
        let json = plan.to_json().unwrap();
        assert!(json.contains("\"byte_order_mark\": true"));
        assert_eq!(Plan::from_json(&json).unwrap().to_text(), text);
    }
    // A plan without one writes no such field, so older readers see the same layout.
    assert!(!wuzhong_plan::plan().layout().byte_order_mark);
    assert!(!wuzhong_plan::PLAN_JSON.contains("byte_order_mark"));
    // Only a mark at the very start is one; a mark alone is an empty document.
    assert_eq!(
        parse("\u{feff}").unwrap_err().kind,
        wuzhong_plan::ParseErrorKind::EmptyDocument
    );
}

/// The real source with every `,` `:` `(` `)` made full-width and every task number
/// followed by `．` instead of `.`.
#[test]
fn the_source_in_full_width_punctuation() {
    let mut text = SOURCE_TEXT
        .replace(',', "，")
        .replace(':', "：")
        .replace('(', "（")
        .replace(')', "）");
    for n in (1..=50).rev() {
        text = text.replace(&format!("\n{n}."), &format!("\n{n}．"));
    }
    let plan = parse(&text).unwrap();
    assert_eq!(plan.tasks().len(), 50);
    assert_eq!(plan.groups().count(), 5);
    assert!(plan.tasks().all(|t| t.marker == NumberMarker::FullWidthDot));
    assert!(plan.groups().all(|g| g.brackets == Brackets::FullWidth));
    assert_eq!(
        plan.task(23).unwrap().responsibility.as_ref().unwrap().text,
        "市民政局、衛生健康委員會、財政局，各縣（市、區）"
    );
    assert_eq!(
        plan.metadata().issue_date.unwrap().to_string(),
        "2022-04-26"
    );
    assert_eq!(plan.to_text(), text);
}

#[test]
fn the_source_with_crlf_and_a_final_newline() {
    let text = SOURCE_TEXT.replace('\n', "\r\n") + "\r\n";
    let plan = parse(&text).unwrap();
    assert_eq!(plan.tasks().len(), 50);
    assert_eq!(plan.to_text(), text);
}

#[test]
fn a_task_without_a_full_stop_is_all_title_and_can_run_on() {
    let text = "一、重點任務\n1.甲\n第一段。\n第二段。\n責任單位:市民政局";
    let plan = parse(text).unwrap();
    let task = plan.task(1).unwrap();
    assert_eq!(task.title, "甲");
    assert!(!task.title_stop);
    assert_eq!(task.body, "");
    assert_eq!(task.continuation, ["第一段。", "第二段。"]);
    assert_eq!(plan.to_text(), text);
}

#[test]
fn parts_and_groups_past_ten_use_compound_numerals() {
    let mut text = String::new();
    for n in [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一",
    ] {
        text.push_str(&format!("{n}、第{n}部分\n"));
    }
    let plan = parse(&text).unwrap();
    assert_eq!(plan.parts().len(), 11);
    assert_eq!(plan.part(11).unwrap().title, "第十一部分");
    assert_eq!(plan.to_text(), text);
}

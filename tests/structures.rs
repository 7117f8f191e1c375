//! The structures a document of the genre may have, one hand-made fixture in
//! `tests/fixtures/structure/` for each: numbering that runs on across parts or
//! restarts in each part, group or annex; two documents in one notice; a gap after a
//! publisher's cut; tasks straight under a part beside parts with groups; `一、` as the
//! task level; tasks the text does not number; the markers `1﹒` `1．` `（1）` `①`;
//! groups under `保障措施`; boxes `专栏` between tasks; titles split over two lines or
//! given twice; signature blocks; a table of tasks; and a line that fits no structure.
//!
//! Each table below was written by reading its fixture: each task's ordinal, its number
//! as written, its annex, part and group, its level, its title and its leads (from
//! today's forms: `（牵头单位：X，配合单位：Y）` notes, `責任單位:` lines whose first body
//! leads, and a table's `牵头单位` column); the parts, groups, annexes and signature
//! block; the deadlines; and the lines a diagnostic must name. Every fixture renders
//! back byte for byte. The fixtures are in Simplified with full-width punctuation and
//! in Traditional with ASCII punctuation, as the Wuzhong source (`data/source.txt`).

#[path = "common/outline.rs"]
mod outline;

use outline::{AnnexRow, DeadlineRow, GroupRow, PartRow, TaskRow};
use wuzhong_plan::{Diagnostic, DiagnosticKind, Plan, Role};

/// A task as read: the row of [`TaskRow`] (ordinal, number as written, annex, part,
/// group, level, title), then the quotes of its leads in text order.
type Row = (
    u16,
    &'static str,
    Option<u8>,
    &'static str,
    Option<&'static str>,
    u8,
    &'static str,
    &'static [&'static str],
);

/// What a fixture must read as.
struct Fixture {
    tasks: &'static [Row],
    parts: &'static [PartRow],
    groups: &'static [GroupRow],
    annexes: &'static [AnnexRow],
    /// The main document's signature block after its last part; `None`: not checked
    /// (the issuer and date stand in the front matter).
    signature: Option<&'static [&'static str]>,
    deadlines: &'static [DeadlineRow],
    /// The 1-based lines the structure's diagnostics name, in order (see
    /// [`structural`]).
    diagnostics: &'static [usize],
}

macro_rules! fixture {
    ($name:literal) => {
        ($name, include_str!(concat!("fixtures/structure/", $name)))
    };
}

/// Whether a diagnostic is about the structure, the concern here: not a body of no
/// known kind (the vocabulary's concern), not the annex list of a notice (which the
/// genre's tests check), and not a deadline's year taken from the document's date
/// (which its table states).
fn structural(diagnostic: &Diagnostic) -> bool {
    !matches!(
        diagnostic.kind,
        DiagnosticKind::UnknownBody | DiagnosticKind::AnnexList
    ) && !diagnostic.kind.to_string().starts_with("deadline")
}

/// The quotes of the task's leads, in text order.
fn leads(task: &wuzhong_plan::Task) -> Vec<&str> {
    task.responsible()
        .filter(|party| party.role == Role::Lead)
        .map(|party| party.quote.as_str())
        .collect()
}

/// Parses `text` and checks everything `expected` says of it.
fn check(name: &str, text: &str, expected: &Fixture) -> Plan {
    let plan = outline::parse(name, text);
    let rows: Vec<TaskRow> = expected
        .tasks
        .iter()
        .map(|row| (row.0, row.1, row.2, row.3, row.4, row.5, row.6))
        .collect();
    outline::check_tasks(name, &plan, &rows);
    for (task, row) in plan.tasks().zip(expected.tasks) {
        assert_eq!(
            leads(task),
            row.7,
            "{name}: the leads of task {}",
            task.number
        );
    }
    outline::check_parts(name, &plan, expected.parts);
    outline::check_groups(name, &plan, expected.groups);
    outline::check_annexes(name, &plan, expected.annexes);
    if let Some(signature) = expected.signature {
        outline::check_signature(name, &plan, signature);
    }
    outline::check_deadlines(name, &plan, expected.deadlines);
    outline::check_quotes_in_text(name, &plan);
    let mut lines: Vec<usize> = plan
        .diagnostics()
        .iter()
        .filter(|diagnostic| structural(diagnostic))
        .map(|diagnostic| diagnostic.line)
        .collect();
    lines.sort_unstable();
    assert_eq!(
        lines,
        expected.diagnostics,
        "{name}: the lines of the diagnostics: {:?}",
        plan.diagnostics()
    );
    plan
}

/// A line of the fixture, 1-based.
fn line(text: &str, number: usize) -> &str {
    text.lines().nth(number - 1).unwrap()
}

#[test]
fn numbering_continuous_across_parts() {
    let (name, text) = fixture!("continuous-across-parts.txt");
    // `（一）`–`（六）` carry the notes: they are the tasks, numbered across three parts;
    // no part has a group. The signature block follows the last task.
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "（一）", None, "一", None, 2, "落实稳岗返还政策", &["市人力资源和社会保障局"]),
        (2, "（二）", None, "一", None, 2, "加大融资支持力度", &["市财政局"]),
        (3, "（三）", None, "二", None, 2, "扩大创业担保贷款", &["市财政局"]),
        (4, "（四）", None, "二", None, 2, "建设创业孵化基地", &["市人力资源和社会保障局"]),
        (5, "（五）", None, "三", None, 2, "开展职业技能培训", &["市人力资源和社会保障局"]),
        (6, "（六）", None, "三", None, 2, "实行失业登记常住地服务", &["市人力资源和社会保障局"]),
    ];
    let plan = check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[
                (1, "一", None, "支持企业稳定岗位"),
                (2, "二", None, "鼓励创业带动就业"),
                (3, "三", None, "强化就业服务"),
            ],
            groups: &[],
            annexes: &[],
            signature: Some(&["青岚市人民政府", "2023年3月1日", "（此件公开发布）"]),
            deadlines: &[],
            diagnostics: &[],
        },
    );
    // The signature is no text of task （六）.
    let last = plan.task(6).unwrap();
    assert!(last.continuation.is_empty() && last.closing.is_empty());
    assert!(last.body.ends_with("（牵头单位：市人力资源和社会保障局）"));
}

#[test]
fn numbering_restarting_in_each_part() {
    let (name, text) = fixture!("restart-per-part.txt");
    // `1.` restarts under each part: the ordinals run 1–6, the written numbers 1, 2 in
    // each part. `完成時限:` lines state three deadlines.
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "1.", None, "一", None, 2, "新建中小學校", &["市教育局"]),
        (2, "2.", None, "一", None, 2, "擴大學前教育資源", &["市教育局"]),
        (3, "1.", None, "二", None, 2, "建設社區衛生服務中心", &["市衛生健康委員會"]),
        (4, "2.", None, "二", None, 2, "提升基層醫療服務能力", &["市衛生健康委員會"]),
        (5, "1.", None, "三", None, 2, "建設居家養老服務站", &["市民政局"]),
        (6, "2.", None, "三", None, 2, "提高高齡津貼標準", &["市民政局"]),
    ];
    let plan = check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[
                (1, "一", None, "教育"),
                (2, "二", None, "醫療"),
                (3, "三", None, "養老"),
            ],
            groups: &[],
            annexes: &[],
            signature: Some(&[]),
            deadlines: &[
                (1, "2023年底", Some(2023), None, false, false),
                (4, "2023年6月底", Some(2023), Some(6), false, false),
                (5, "長期堅持", None, None, true, false),
            ],
            diagnostics: &[],
        },
    );
    let written: Vec<Option<u16>> = plan.tasks().map(|task| task.written).collect();
    assert_eq!(written, [None, None, Some(1), Some(2), Some(1), Some(2)]);
    // The ids use the ordinal, so each is unique.
    let mut ids: Vec<&str> = plan.tasks().map(|task| task.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 6);
}

#[test]
fn numbering_restarting_in_each_group() {
    let (name, text) = fixture!("restart-per-group.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "1．", None, "二", Some("（一）"), 3, "推行企业开办一日办结", &["市市场监督管理局"]),
        (2, "2．", None, "二", Some("（一）"), 3, "推进不动产登记便民化", &["市自然资源局"]),
        (3, "1．", None, "二", Some("（二）"), 3, "降低企业用电成本", &["市发展和改革委员会"]),
        (4, "2．", None, "二", Some("（二）"), 3, "保障项目建设用地", &["市自然资源局"]),
        (5, "1．", None, "二", Some("（三）"), 3, "推行包容审慎监管", &["市市场监督管理局"]),
    ];
    check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[
                (1, "一", None, "总体要求"),
                (2, "二", None, "重点任务"),
                (3, "三", None, "保障措施"),
            ],
            groups: &[
                (2, 1, "（一）", "提升政务服务效能"),
                (2, 2, "（二）", "优化要素保障"),
                (2, 3, "（三）", "加强市场监管"),
            ],
            annexes: &[],
            signature: Some(&[]),
            // `确保各项任务按期完成` (line 20) is prose of part 三, no task's deadline.
            deadlines: &[],
            diagnostics: &[],
        },
    );
}

#[test]
fn parts_restarting_in_an_annex_after_a_signature() {
    let (name, text) = fixture!("annex-restarts-parts.txt");
    // The notice has parts 一、二 of prose and its signature (lines 10–11) before the
    // annex; the annex (`附件` + its title) restarts at 一、 and holds the tasks.
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "1.", Some(1), "一", None, 2, "建设政务云平台", &["市大数据局"]),
        (2, "2.", Some(1), "一", None, 2, "完善电子政务外网", &["市大数据局"]),
        (3, "3.", Some(1), "二", None, 2, "推行高频事项掌上办", &["市政务服务管理局"]),
        (4, "4.", Some(1), "二", None, 2, "推进电子证照应用", &["市政务服务管理局"]),
        (5, "5.", Some(1), "三", None, 2, "完善数据共享交换平台", &["市大数据局"]),
    ];
    let plan = check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[
                (1, "一", None, "提高思想认识"),
                (2, "二", None, "抓好工作落实"),
                (3, "一", Some(1), "夯实数字基础设施"),
                (4, "二", Some(1), "提升政务服务水平"),
                (5, "三", Some(1), "强化数据共享"),
            ],
            groups: &[],
            annexes: &[(1, "附件", "青岚市数字政府建设工作要点")],
            signature: Some(&["青岚市人民政府办公室", "2023年2月20日"]),
            deadlines: &[],
            diagnostics: &[],
        },
    );
    let written: Vec<Option<u8>> = plan.parts().map(|part| part.written).collect();
    assert_eq!(written, [None, None, Some(1), Some(2), Some(3)]);
    // `每季度末` (line 8) is in the notice's prose, no task.
    assert!(plan.parts().take(2).all(|part| part.tasks.is_empty()));
}

#[test]
fn two_documents_in_one_notice() {
    let (name, text) = fixture!("two-annexes.txt");
    // `附件1` and `附件2` each have a title, parts 一、二 and tasks 1.–3.; the notice
    // before them has no part (its annex list, lines 5–6, lists them).
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "1.", Some(1), "一", None, 2, "實施農村供水工程改造", &["市水利局"]),
        (2, "2.", Some(1), "一", None, 2, "加強農村飲用水水質檢測", &["市衛生健康委員會"]),
        (3, "3.", Some(1), "二", None, 2, "加強資金保障", &["市財政局"]),
        (4, "1.", Some(2), "一", None, 2, "新建農村公路", &["市交通運輸局"]),
        (5, "2.", Some(2), "一", None, 2, "實施危橋改造", &["市交通運輸局"]),
        (6, "3.", Some(2), "二", None, 2, "強化督促檢查", &["市交通運輸局"]),
    ];
    let plan = check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[
                (1, "一", Some(1), "重點任務"),
                (2, "二", Some(1), "保障措施"),
                (3, "一", Some(2), "重點任務"),
                (4, "二", Some(2), "保障措施"),
            ],
            groups: &[],
            annexes: &[
                (1, "附件1", "青嵐市農村供水保障工作方案"),
                (2, "附件2", "青嵐市農村道路提升工作方案"),
            ],
            signature: None,
            deadlines: &[],
            diagnostics: &[],
        },
    );
    // The annex list's items (lines 5–6) are no tasks.
    assert_eq!(plan.tasks().len(), 6);
    assert_eq!(line(text, 6), "2.青嵐市農村道路提升工作方案");
    assert!(
        plan.tasks()
            .all(|task| task.title != "青嵐市農村道路提升工作方案")
    );
    // The second document's tasks keep their own numbers: 1, 2, 3 again.
    let written: Vec<Option<u16>> = plan.tasks().map(|task| task.written_number()).collect();
    assert_eq!(
        written,
        [Some(1), Some(2), Some(3), Some(1), Some(2), Some(3)]
    );
}

#[test]
fn a_gap_in_the_numbering_after_a_publishers_cut() {
    let (name, text) = fixture!("gap-after-cut.txt");
    // Part 二 and tasks 4–7 were cut (`（本文有删减）`, line 14): part 三 follows part 一,
    // task 8 follows task 3.
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "1.", None, "一", None, 2, "支持企业加大研发投入", &["市科技局"]),
        (2, "2.", None, "一", None, 2, "培育高新技术企业", &["市科技局"]),
        (3, "3.", None, "一", None, 2, "支持建设研发机构", &["市科技局"]),
        (4, "8.", None, "三", None, 2, "引进高层次人才", &["市委组织部"]),
        (5, "9.", None, "三", None, 2, "建设人才公寓", &["市住房和城乡建设局"]),
        (6, "10.", None, "三", None, 2, "优化人才服务", &["市委组织部"]),
    ];
    let plan = check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[
                (1, "一", None, "支持企业创新"),
                (2, "三", None, "支持人才引进"),
            ],
            groups: &[],
            annexes: &[],
            signature: Some(&["青岚市人民政府", "2023年4月6日", "（本文有删减）"]),
            deadlines: &[],
            diagnostics: &[],
        },
    );
    assert_eq!(plan.part(2).unwrap().written, Some(3));
    assert_eq!(plan.task(4).unwrap().written, Some(8));
}

#[test]
fn tasks_straight_under_a_part_beside_parts_with_groups() {
    let (name, text) = fixture!("tasks-under-part-and-groups.txt");
    // Tasks 5–6 stand in part 三 with no group; the document has groups, so all its
    // tasks are level 3.
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "1.", None, "二", Some("（一）"), 3, "建设物流枢纽", &["市发展和改革委员会"]),
        (2, "2.", None, "二", Some("（一）"), 3, "完善县乡村物流网络", &["市商务局"]),
        (3, "3.", None, "二", Some("（二）"), 3, "引育物流龙头企业", &["市商务局"]),
        (4, "4.", None, "二", Some("（二）"), 3, "推动冷链物流发展", &["市商务局"]),
        (5, "5.", None, "三", None, 3, "加强组织领导", &["市发展和改革委员会"]),
        (6, "6.", None, "三", None, 3, "加大资金支持", &["市财政局"]),
    ];
    check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[
                (1, "一", None, "发展目标"),
                (2, "二", None, "重点任务"),
                (3, "三", None, "保障措施"),
            ],
            groups: &[
                (2, 1, "（一）", "完善物流基础设施"),
                (2, 2, "（二）", "培育物流市场主体"),
            ],
            annexes: &[],
            signature: Some(&[]),
            // `到2025年` (line 4) is the objectives' target, no task's deadline.
            deadlines: &[],
            diagnostics: &[],
        },
    );
}

#[test]
fn numeral_items_as_the_tasks_of_a_document_without_parts() {
    let (name, text) = fixture!("numeral-tasks.txt");
    // Each `一、…。（牵头单位：…）` item carries a note: it is a task, level 1, in the
    // one headless part.
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "一、", None, "", None, 1, "开展大气污染综合治理", &["市生态环境局"]),
        (2, "二、", None, "", None, 1, "推进水污染防治", &["市生态环境局"]),
        (3, "三、", None, "", None, 1, "加强土壤污染风险管控", &["市生态环境局"]),
        (4, "四、", None, "", None, 1, "推进固体废物污染防治", &["市城市管理局"]),
        (5, "五、", None, "", None, 1, "加强生态保护修复", &["市自然资源局"]),
        (6, "六、", None, "", None, 1, "强化生态环境执法", &["市生态环境局"]),
    ];
    let plan = check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[(1, "", None, "")],
            groups: &[],
            annexes: &[],
            signature: Some(&["青岚市生态环境保护委员会", "2023年2月15日"]),
            deadlines: &[],
            diagnostics: &[],
        },
    );
    assert!(plan.part(1).unwrap().headless);
}

#[test]
fn paragraphs_with_notes_as_the_tasks_when_nothing_is_numbered() {
    let (name, text) = fixture!("unnumbered-tasks.txt");
    // No numbered item: the four paragraphs of part 二 that carry a note are the tasks.
    // The paragraphs of parts 一 and 三 carry none and stay prose.
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "", None, "二", None, 2, "加強火源管控", &["市林業局"]),
        (2, "", None, "二", None, 2, "開展隱患排查", &["市林業局"]),
        (3, "", None, "二", None, 2, "強化撲救隊伍建設", &["市應急管理局"]),
        (4, "", None, "二", None, 2, "加強宣傳教育", &["市委宣傳部"]),
    ];
    let plan = check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[
                (1, "一", None, "工作目標"),
                (2, "二", None, "工作措施"),
                (3, "三", None, "保障措施"),
            ],
            groups: &[],
            annexes: &[],
            signature: Some(&["青嵐市人民政府辦公室", "2022年11月1日"]),
            deadlines: &[],
            diagnostics: &[],
        },
    );
    assert!(plan.part(1).unwrap().tasks.is_empty());
    assert!(plan.part(3).unwrap().tasks.is_empty());
    assert!(plan.tasks().all(|task| task.written.is_none()));
}

#[test]
fn tasks_numbered_with_a_small_full_stop() {
    let (name, text) = fixture!("small-dot.txt");
    // `1﹒`: U+FE52 SMALL FULL STOP.
    assert!(line(text, 5).starts_with("1\u{FE52}"));
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "1﹒", None, "一", None, 2, "落实企业主体责任", &["市应急管理局"]),
        (2, "2﹒", None, "一", None, 2, "压实部门监管责任", &["市应急管理局"]),
        (3, "3﹒", None, "二", None, 2, "开展危险化学品专项整治", &["市应急管理局"]),
        (4, "4﹒", None, "二", None, 2, "加强道路交通安全管理", &["市公安局"]),
        (5, "5﹒", None, "二", None, 2, "推进建筑施工安全治理", &["市住房和城乡建设局"]),
        (6, "6﹒", None, "三", None, 2, "加强应急救援队伍建设", &["市应急管理局"]),
    ];
    check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[
                (1, "一", None, "强化安全生产责任"),
                (2, "二", None, "深化重点领域整治"),
                (3, "三", None, "夯实安全基础"),
            ],
            groups: &[],
            annexes: &[],
            signature: Some(&[]),
            deadlines: &[],
            diagnostics: &[],
        },
    );
}

#[test]
fn tasks_numbered_with_a_full_width_full_stop() {
    let (name, text) = fixture!("full-width-dot.txt");
    // `1．`: U+FF0E FULLWIDTH FULL STOP, under groups in ASCII brackets.
    assert!(line(text, 5).starts_with("1\u{FF0E}"));
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "1．", None, "一", Some("(一)"), 3, "建設社區健身中心", &["市體育局"]),
        (2, "2．", None, "一", Some("(一)"), 3, "建設健身步道", &["市體育局"]),
        (3, "3．", None, "一", Some("(二)"), 3, "舉辦全民健身運動會", &["市體育局"]),
        (4, "4．", None, "一", Some("(二)"), 3, "推廣全民健身活動", &["市體育局"]),
    ];
    check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[(1, "一", None, "重點任務")],
            groups: &[
                (1, 1, "(一)", "完善健身設施"),
                (1, 2, "(二)", "豐富賽事活動"),
            ],
            annexes: &[],
            signature: Some(&[]),
            deadlines: &[],
            diagnostics: &[],
        },
    );
}

#[test]
fn tasks_numbered_in_parentheses() {
    let (name, text) = fixture!("parenthesized-digits.txt");
    // `（1）`–`（4）` under groups `（一）` `（二）`, numbered across them.
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "（1）", None, "一", Some("（一）"), 3, "新建改造农村户用卫生厕所", &["市农业农村局"]),
        (2, "（2）", None, "一", Some("（一）"), 3, "建设农村公共厕所", &["市农业农村局"]),
        (3, "（3）", None, "一", Some("（二）"), 3, "完善垃圾收运体系", &["市住房和城乡建设局"]),
        (4, "（4）", None, "一", Some("（二）"), 3, "推进垃圾分类减量", &["市住房和城乡建设局"]),
    ];
    check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[(1, "一", None, "重点任务"), (2, "二", None, "保障措施")],
            groups: &[
                (1, 1, "（一）", "推进农村厕所革命"),
                (1, 2, "（二）", "加强农村生活垃圾治理"),
            ],
            annexes: &[],
            signature: Some(&[]),
            deadlines: &[],
            diagnostics: &[],
        },
    );
}

#[test]
fn tasks_numbered_with_circled_digits() {
    let (name, text) = fixture!("circled.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "①", None, "一", None, 2, "做好高校畢業生就業", &["市人力資源和社會保障局"]),
        (2, "②", None, "一", None, 2, "促進農村勞動力轉移就業", &["市人力資源和社會保障局"]),
        (3, "③", None, "二", None, 2, "落實創業擔保貸款政策", &["市財政局"]),
        (4, "④", None, "二", None, 2, "建設創業孵化基地", &["市人力資源和社會保障局"]),
        (5, "⑤", None, "三", None, 2, "開展職業技能培訓", &["市人力資源和社會保障局"]),
    ];
    check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[
                (1, "一", None, "穩定重點群體就業"),
                (2, "二", None, "支持創業帶動就業"),
                (3, "三", None, "強化就業服務"),
            ],
            groups: &[],
            annexes: &[],
            signature: Some(&[]),
            deadlines: &[],
            diagnostics: &[],
        },
    );
}

#[test]
fn groups_under_a_part_that_is_not_the_key_tasks() {
    let (name, text) = fixture!("groups-under-safeguards.txt");
    // Part 一 holds tasks 1–2 with no group; part 二 `保障措施` holds groups (一) (二).
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "1.", None, "一", None, 3, "推行企業開辦一網通辦", &["市市場監督管理局"]),
        (2, "2.", None, "一", None, 3, "壓減工程建設項目審批時間", &["市住房和城鄉建設局"]),
        (3, "3.", None, "二", Some("(一)"), 3, "建立工作推進機制", &["市發展和改革委員會"]),
        (4, "4.", None, "二", Some("(二)"), 3, "開展營商環境評價", &["市發展和改革委員會"]),
        (5, "5.", None, "二", Some("(二)"), 3, "加強督促檢查", &["市政府督查室"]),
    ];
    check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[(1, "一", None, "重點任務"), (2, "二", None, "保障措施")],
            groups: &[
                (2, 1, "(一)", "加強組織領導"),
                (2, 2, "(二)", "強化督查考核"),
            ],
            annexes: &[],
            signature: Some(&[]),
            deadlines: &[],
            diagnostics: &[],
        },
    );
}

#[test]
fn boxes_between_tasks() {
    let (name, text) = fixture!("box-between-tasks.txt");
    // `专栏1` (lines 8–11) stands after task 1, `专栏2` (lines 15–17) after task 3: their
    // numbered lines are no tasks.
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "1.", None, "二", Some("（一）"), 3, "推进总分馆制建设", &["市文化和旅游局"]),
        (2, "2.", None, "二", Some("（一）"), 3, "建设城市书房", &["市文化和旅游局"]),
        (3, "3.", None, "二", Some("（二）"), 3, "开展群众文化活动", &["市文化和旅游局"]),
        (4, "4.", None, "二", Some("（二）"), 3, "推进文旅融合发展", &["市文化和旅游局"]),
    ];
    let plan = check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[(1, "一", None, "主要目标"), (2, "二", None, "重点任务")],
            groups: &[
                (2, 1, "（一）", "完善公共文化设施网络"),
                (2, 2, "（二）", "丰富群众文化活动"),
            ],
            annexes: &[],
            signature: Some(&[]),
            // Task 2's `到2025年建成城市书房三十个` is a target in its prose.
            deadlines: &[],
            diagnostics: &[],
        },
    );
    let boxes: Vec<usize> = plan.tasks().map(|task| task.sidebars.len()).collect();
    assert_eq!(boxes, [1, 0, 1, 0]);
    // The box is not the task's text.
    let first = plan.task(1).unwrap();
    assert!(first.continuation.is_empty() && first.closing.is_empty());
    assert!(!first.body.contains("专栏"));
}

#[test]
fn a_title_split_over_two_lines() {
    let (name, text) = fixture!("title-split.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "（一）", None, "一", None, 2, "加大援企稳岗力度", &["市人力资源和社会保障局"]),
        (2, "（二）", None, "一", None, 2, "降低企业经营成本", &["市税务局"]),
        (3, "（三）", None, "二", None, 2, "做好困难群众兜底保障", &["市民政局"]),
    ];
    let plan = check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[
                (1, "一", None, "稳定市场主体"),
                (2, "二", None, "保障基本民生"),
            ],
            groups: &[],
            annexes: &[],
            signature: Some(&["青岚市人民政府", "2023年1月20日", "（此件公开发布）"]),
            deadlines: &[],
            diagnostics: &[],
        },
    );
    assert_eq!(
        plan.metadata().title.as_deref(),
        Some("青岚市人民政府关于进一步做好稳就业保民生工作的实施意见")
    );
}

#[test]
fn a_title_given_twice() {
    let (name, text) = fixture!("title-twice.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "1.", None, "一", None, 2, "加強市容環境整治", &["市城市管理局"]),
        (2, "2.", None, "一", None, 2, "規範停車秩序管理", &["市公安局"]),
        (3, "3.", None, "二", None, 2, "加強督促考核", &["市城市管理局"]),
    ];
    let plan = check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[(1, "一", None, "重點任務"), (2, "二", None, "保障措施")],
            groups: &[],
            annexes: &[],
            signature: Some(&["青嵐市人民政府", "2022年9月5日"]),
            deadlines: &[],
            diagnostics: &[],
        },
    );
    assert_eq!(
        plan.metadata().title.as_deref(),
        Some("青嵐市人民政府關於加強城市精細化管理的實施意見")
    );
}

#[test]
fn a_table_of_tasks() {
    let (name, text) = fixture!("table-of-tasks.txt");
    // The header (line 8) names the columns; `一、` `二、` section lines are parts; each
    // row is a task whose title is its `工作任务` cell, whose lead is its `牵头单位`
    // cell and whose deadline is its `完成时限` cell. `9月底前` takes the year of the
    // notice's date, 2022年3月10日 (line 6).
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "1", None, "一", None, 2, "推行企业开办全程网办", &["市市场监督管理局"]),
        (2, "2", None, "一", None, 2, "推进“一件事一次办”改革", &["市政务服务管理局"]),
        (3, "3", None, "一", None, 2, "深化“证照分离”改革", &["市市场监督管理局"]),
        (4, "4", None, "二", None, 2, "压减获得电力时间", &["市发展和改革委员会"]),
        (5, "5", None, "二", None, 2, "保障重点项目建设用地", &["市自然资源局"]),
        (6, "6", None, "二", None, 2, "降低企业融资成本", &["市地方金融监督管理局"]),
    ];
    let plan = check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[
                (1, "一", None, "提升政务服务效能"),
                (2, "二", None, "优化要素保障"),
            ],
            groups: &[],
            annexes: &[],
            signature: None,
            deadlines: &[
                (1, "2022年底前", Some(2022), None, false, false),
                (2, "2022年6月底前", Some(2022), Some(6), false, false),
                (3, "长期坚持", None, None, true, false),
                (4, "9月底前", Some(2022), Some(9), false, true),
                (5, "持续推进", None, None, true, false),
                (6, "2023年3月底前", Some(2023), Some(3), false, false),
            ],
            diagnostics: &[],
        },
    );
    let cells: Vec<&str> = plan
        .task(1)
        .unwrap()
        .row
        .iter()
        .map(|cell| cell.text.as_str())
        .collect();
    assert_eq!(
        cells,
        [
            "推行企业开办全程网办",
            "市市场监督管理局",
            "市公安局、市税务局",
            "2022年底前"
        ]
    );
    // The header and the section lines are no rows.
    assert!(plan.tasks().all(|task| task.row.len() == 4));
}

#[test]
fn a_line_that_fits_no_structure_is_kept_with_a_diagnostic() {
    let (name, text) = fixture!("stray-line.txt");
    // Line 9, `(3)…`, is numbered in a style no other line uses, with no (1) or (2)
    // before it and no responsibility: it fits no level of the structure found. It is
    // kept as text at its line (the round trip), and a diagnostic names it.
    assert_eq!(line(text, 9), "(3)完善社區應急管理機制。");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, "1.", None, "一", Some("(一)"), 3, "建設社區綜合服務設施", &["市民政局"]),
        (2, "2.", None, "一", Some("(一)"), 3, "推進社區工作者職業化", &["市民政局"]),
        (3, "3.", None, "二", None, 3, "加強督促檢查", &["市民政局"]),
    ];
    let plan = check(
        name,
        text,
        &Fixture {
            tasks: TASKS,
            parts: &[(1, "一", None, "重點任務"), (2, "二", None, "保障措施")],
            groups: &[(1, 1, "(一)", "健全社區服務體系")],
            annexes: &[],
            signature: Some(&[]),
            deadlines: &[],
            diagnostics: &[9],
        },
    );
    assert!(
        plan.tasks()
            .all(|task| task.title != "完善社區應急管理機制")
    );
    assert!(!plan.diagnostics().is_empty(), "`--strict` refuses it");
}

/// The command line: the stray line's fixture loads with a warning, and `--strict`
/// refuses it (exit code 1) where a fixture whose structure fits is accepted (those
/// below name only bodies of kinds the vocabulary knows, so nothing is diagnosed).
#[cfg(feature = "cli")]
mod cli {
    use assert_cmd::Command;

    const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/structure/");

    fn run(file: &str, strict: bool) -> std::process::Output {
        let path = format!("{DIR}{file}");
        let mut command = Command::cargo_bin("wuzhong-plan").unwrap();
        command.args(["tasks", "--plan", &path, "--format", "json"]);
        if strict {
            command.arg("--strict");
        }
        command.output().unwrap()
    }

    #[test]
    fn strict_refuses_a_line_that_fits_no_structure() {
        let loose = run("stray-line.txt", false);
        let stderr = String::from_utf8(loose.stderr).unwrap();
        assert_eq!(loose.status.code(), Some(0), "{stderr}");
        assert!(stderr.contains("stray-line.txt:9: "), "{stderr}");
        let strict = run("stray-line.txt", true);
        let stderr = String::from_utf8(strict.stderr).unwrap();
        assert_eq!(strict.status.code(), Some(1), "{stderr}");
        assert!(strict.stdout.is_empty());
        assert!(stderr.contains("stray-line.txt:9: "), "{stderr}");
    }

    #[test]
    fn strict_accepts_each_structure_that_fits() {
        for file in [
            "restart-per-part.txt",
            "restart-per-group.txt",
            "full-width-dot.txt",
            "circled.txt",
        ] {
            let output = run(file, true);
            let stderr = String::from_utf8(output.stderr).unwrap();
            assert_eq!(output.status.code(), Some(0), "{file}: {stderr}");
        }
    }
}

/// The helpers that write a number as the tables do, checked for themselves.
#[test]
fn the_labels_of_the_tables_read_back_as_numbers() {
    assert_eq!(outline::numeral(1), "一");
    assert_eq!(outline::numeral(10), "十");
    assert_eq!(outline::numeral(17), "十七");
    assert_eq!(outline::numeral(23), "二十三");
    for (label, value) in [
        ("（十七）", Some(17)),
        ("（七）", Some(7)),
        ("(一)", Some(1)),
        ("十一、", Some(11)),
        ("一、", Some(1)),
        ("1．", Some(1)),
        ("10.", Some(10)),
        ("1﹒", Some(1)),
        ("（4）", Some(4)),
        ("21", Some(21)),
        ("⑤", Some(5)),
        ("⑳", Some(20)),
        ("", None),
    ] {
        assert_eq!(outline::value_of_label(label), value, "`{label}`");
    }
}

/// An annex's number is a `u8`: in a text that opens with an annex, the 255th annex
/// takes the lines of any after it, and the text still reads, whole.
#[test]
fn past_the_255th_annex_an_annex_heading_is_text() {
    let text = "附件\n标题\n一、重点任务\n1.甲。乙。（牵头单位：市民政局）\n".repeat(300);
    let plan = wuzhong_plan::parse(&text).expect("any text of the genre reads");
    assert_eq!(plan.annexes().len(), 255);
    assert_eq!(plan.annexes().last().map(|a| a.number), Some(255));
    assert_eq!(plan.to_text(), text);
}

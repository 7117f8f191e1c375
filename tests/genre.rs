//! The genre as other cities publish it, one hand-made fixture in `tests/fixtures/genre/`
//! for each form: indentation and blank lines, notices with annexes, tasks without
//! groups, groups written as paragraphs, `牽頭` in headings, titles that start with
//! digits, every form of responsibility line and note, tables, and texts cut short.
//! Each table below was written by reading its fixture; the fixtures are in Simplified
//! and Traditional script, with ASCII and full-width punctuation.

#[path = "common/reading.rs"]
mod reading;

use reading::{Expected, Row, assert_basis, check, check_clean, numbers, quotes, task};
use wuzhong_plan::{DiagnosticKind, NumberMarker, Role, RoleBasis};

macro_rules! fixture {
    ($name:literal) => {
        ($name, include_str!(concat!("fixtures/genre/", $name)))
    };
}

#[test]
fn lines_indented_with_ideographic_spaces_and_blank_lines_between() {
    let (name, text) = fixture!("indented-ideographic.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, Some(1), "建设县级物流配送中心", &["市商务局"], &["市交通运输局"]),
        (2, 1, Some(1), "改造乡镇商贸中心", &["市商务局"], &["市供销社", "各县（市、区）人民政府"]),
    ];
    let plan = check_clean(name, text, TASKS);
    for number in [1, 2] {
        assert_basis(name, &plan, number, Role::Lead, RoleBasis::Order);
        assert_basis(name, &plan, number, Role::Support, RoleBasis::Order);
    }
}

#[test]
fn lines_indented_with_spaces_and_a_blank_line_of_spaces() {
    let (name, text) = fixture!("indented-spaces.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, Some(1), "建設社區養老服務站", &["市民政局"], &["市住房和城鄉建設局"]),
        (2, 1, Some(2), "培訓養老護理員", &["市人力資源和社會保障局"], &["市民政局"]),
    ];
    check_clean(name, text, TASKS);
}

#[test]
fn a_notice_with_an_annex_list_before_the_plan() {
    let (name, text) = fixture!("notice-with-annex.txt");
    // Line 6 `附件:1.…实施方案` and line 7 `2.…分工表` are the notice's annex list, not
    // tasks: the plan starts after `附件1` and its own title, at line 13.
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, Some(1), "推行企业开办一日办结", &["市市场监管局"], &["市税务局"]),
        (2, 1, Some(1), "推进不动产登记便民化", &["市自然资源局"], &["市税务局"]),
    ];
    let plan = check(
        name,
        text,
        &Expected {
            tasks: TASKS,
            cut: None,
            diagnostics: &[(DiagnosticKind::AnnexList, 6)],
        },
    );
    assert_eq!(
        plan.metadata().title.as_deref(),
        Some("青岚市优化营商环境三年行动实施方案")
    );
}

#[test]
fn tasks_under_parts_without_groups_numbered_across_parts() {
    let (name, text) = fixture!("running-numbers.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, None, "擴大公益性崗位", &["市人力資源和社會保障局"], &["市財政局"]),
        (2, 1, None, "支持返鄉創業", &["市人力資源和社會保障局"], &["市農業農村局"]),
        (3, 1, None, "做好高校畢業生就業", &["市人力資源和社會保障局"], &["市教育局"]),
        (4, 2, None, "推進老舊小區改造", &["市住房和城鄉建設局"], &["市財政局"]),
        (5, 2, None, "擴大保障性租賃住房供給", &["市住房和城鄉建設局"], &["市自然資源局"]),
        // 保障措施 is an implementation part: its task names no party, and no
        // diagnostic asks for one.
        (6, 3, None, "加強督促檢查", &[], &[]),
    ];
    let plan = check_clean(name, text, TASKS);
    assert_eq!(plan.parts().count(), 3);
    assert_eq!(plan.groups().count(), 0);
    let led = plan.tasks_led_by("市人力資源和社會保障局").unwrap();
    assert_eq!(numbers(led), [1, 2, 3]);
    let supported = plan.tasks_supported_by("市財政局").unwrap();
    assert_eq!(numbers(supported), [1, 4]);
}

#[test]
fn a_group_heading_written_as_a_paragraph_ending_in_a_colon() {
    let (name, text) = fixture!("group-paragraph.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, Some(1), "新型研发机构培育", &["市科技局"], &["市财政局"]),
        (2, 1, Some(1), "重点实验室建设", &["市科技局"], &["市教育局"]),
        (3, 1, Some(2), "领军人才引进", &["市委组织部"], &["市科技局"]),
    ];
    let plan = check_clean(name, text, TASKS);
    // The title is the heading up to its first `。`; the rest of the paragraph is the
    // group's body.
    let first = plan.group(1, 1).expect("group (一) of part 一");
    assert_eq!(first.title, "创新平台提升计划");
    assert!(first.title_stop);
    assert!(first.body.ends_with('：'), "{}", first.body);
    let second = plan.group(1, 2).expect("group (二) of part 一");
    assert_eq!(second.title, "创新人才引育计划");
    assert!(second.body.ends_with('：'), "{}", second.body);
}

#[test]
fn a_part_heading_naming_who_leads_is_not_responsibility() {
    let (name, text) = fixture!("part-heading-with-lead.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, None, "推進重大項目建設", &["市發展和改革委員會"], &["市財政局"]),
        (2, 1, None, "優化營商環境", &["市營商環境建設局"], &["市市場監督管理局"]),
        (3, 2, None, "推進農村人居環境整治", &["市農業農村局"], &["市生態環境局"]),
    ];
    let plan = check_clean(name, text, TASKS);
    let titles: Vec<&str> = plan.parts().map(|part| part.title.as_str()).collect();
    assert_eq!(titles, ["市長牽頭的重點工作", "副市長牽頭的重點工作"]);
    for number in [1, 2, 3] {
        assert_basis(name, &plan, number, Role::Lead, RoleBasis::Order);
    }
}

#[test]
fn task_titles_that_start_with_digits() {
    let (name, text) = fixture!("digit-title.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, None, "青年人才集聚", &["市人力社保局"], &[]),
        (2, 1, None, "技能人才培养", &["市人力社保局"], &["市教育局"]),
        // `3.121人才工程`: task 3, titled 121人才工程.
        (3, 1, None, "121人才工程", &["市委组织部"], &["市人力社保局"]),
        // `4.5G应用人才培训`: task 4, not a decimal 4.5.
        (4, 1, None, "5G应用人才培训", &["市工业和信息化局"], &[]),
    ];
    check_clean(name, text, TASKS);
}

#[test]
fn a_responsibility_line_whose_first_body_leads() {
    let (name, text) = fixture!("responsibility-line.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, Some(1), "新建改擴建中小學校", &["市教育局"], &["市自然資源局", "市住房和城鄉建設局"]),
        (2, 1, Some(1), "推進集團化辦學", &["市教育局"], &[]),
    ];
    let plan = check_clean(name, text, TASKS);
    assert_basis(name, &plan, 1, Role::Lead, RoleBasis::Order);
    assert_basis(name, &plan, 1, Role::Support, RoleBasis::Order);
    assert_basis(name, &plan, 2, Role::Lead, RoleBasis::Order);
    for number in [1, 2] {
        let task = task(name, &plan, number);
        assert!(task.responsibility.is_some());
        assert!(task.further_responsibility.is_empty());
        assert!(task.notes.is_empty());
    }
}

#[test]
fn a_lead_line_followed_by_a_supporting_line() {
    let (name, text) = fixture!("lead-then-support.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, None, "推进政务数据共享", &["市大数据局"], &["市政府办公室", "市公安局", "各县(市、区)人民政府"]),
        // Two bodies on the `牵头单位:` line: both lead.
        (2, 1, None, "建设城市运行管理中心", &["市城市管理局", "市大数据局"], &["市应急管理局"]),
    ];
    let plan = check_clean(name, text, TASKS);
    for number in [1, 2] {
        assert_basis(name, &plan, number, Role::Lead, RoleBasis::Label);
        assert_basis(name, &plan, number, Role::Support, RoleBasis::Label);
        let task = task(name, &plan, number);
        assert!(task.responsibility.is_some(), "task {number}: 牵头单位");
        assert_eq!(
            task.further_responsibility.len(),
            1,
            "task {number}: 配合单位"
        );
    }
    assert_eq!(numbers(plan.tasks_led_by("市大数据局").unwrap()), [1, 2]);
    assert!(numbers(plan.tasks_led_by("市公安局").unwrap()).is_empty());
    assert_eq!(numbers(plan.tasks_supported_by("市公安局").unwrap()), [1]);
    assert_eq!(numbers(plan.tasks_involving("市公安局").unwrap()), [1]);
}

#[test]
fn a_lead_line_followed_by_a_responsibility_line_of_supporters() {
    let (name, text) = fixture!("lead-then-responsible.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, Some(1), "推動傳統產業升級", &["市工業和信息化局"], &["市發展和改革委員會", "市財政局", "相關縣（市、區）政府"]),
        (2, 1, Some(1), "培育戰略性新興產業", &["市發展和改革委員會"], &["市工業和信息化局", "高新區管委會"]),
    ];
    let plan = check_clean(name, text, TASKS);
    for number in [1, 2] {
        assert_basis(name, &plan, number, Role::Lead, RoleBasis::Label);
        assert_basis(name, &plan, number, Role::Support, RoleBasis::Label);
        assert_eq!(task(name, &plan, number).further_responsibility.len(), 1);
    }
    assert_eq!(
        numbers(plan.tasks_led_by("市發展和改革委員會").unwrap()),
        [2]
    );
    assert_eq!(
        numbers(plan.tasks_supported_by("市發展和改革委員會").unwrap()),
        [1]
    );
}

#[test]
fn a_responsibility_line_followed_by_a_supporting_line() {
    let (name, text) = fixture!("responsible-then-support.txt");
    // The `责任单位：` line states no roles, so its first body leads and the others
    // support; the `配合单位：` line's bodies support by their label.
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, None, "扩大消费", &["市商务局"], &["市文化广电旅游局", "市财政局"]),
        (2, 1, None, "稳定外贸", &["市商务局"], &["市贸促会", "青岚海关"]),
    ];
    let plan = check_clean(name, text, TASKS);
    assert_basis(name, &plan, 1, Role::Support, RoleBasis::Label);
    let second = task(name, &plan, 2);
    let customs = second
        .responsible()
        .find(|party| party.quote == "青岚海关")
        .expect("青岚海关 supports task 2");
    assert_eq!(customs.basis, RoleBasis::Label);
    assert_eq!(second.further_responsibility.len(), 1);
}

#[test]
fn inline_notes_at_the_end_of_the_task_paragraph() {
    let (name, text) = fixture!("inline-notes.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, None, "目标", &[], &[]),
        (2, 2, Some(1), "高新技术企业培育项目", &["市科技局"], &["市财政局", "市税务局", "各区、县级市"]),
        (3, 2, Some(1), "企业研发中心建设项目", &["市工业和信息化局"], &[]),
    ];
    let plan = check(
        name,
        text,
        &Expected {
            tasks: TASKS,
            cut: None,
            // Task 1, in part 一 (总体目标), names no party.
            diagnostics: &[(DiagnosticKind::NoResponsibility, 2)],
        },
    );
    for (number, holds) in [(2, "牵头单位：市科技局"), (3, "牵头单位：市工业和信息化局")]
    {
        let task = task(name, &plan, number);
        assert!(task.responsibility.is_none(), "task {number} has no line");
        assert_eq!(task.notes.len(), 1, "task {number} has one note");
        let note = task.notes[0].span.of(&task.body);
        assert!(
            note.is_some_and(|note| note.contains(holds)),
            "task {number}: {note:?}"
        );
        assert_basis(name, &plan, number, Role::Lead, RoleBasis::Label);
    }
    assert_eq!(task(name, &plan, 2).notes[0].parties.len(), 4);
    assert_basis(name, &plan, 2, Role::Support, RoleBasis::Label);
}

#[test]
fn a_note_with_verbs_in_traditional_script_and_ascii_punctuation() {
    let (name, text) = fixture!("verb-note-traditional.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, None, "推行告知承諾制", &["市政府辦公室", "市審批改革辦"], &["市級各有關部門", "各縣市區政府"]),
        (2, 1, None, "壓減審批時限", &["市審批改革辦"], &["市發展和改革委員會", "市自然資源局"]),
        // A body that alone 負責 the task leads it.
        (3, 1, None, "推進證照分離", &["市市場監督管理局"], &[]),
    ];
    let plan = check_clean(name, text, TASKS);
    for number in [1, 2, 3] {
        assert_basis(name, &plan, number, Role::Lead, RoleBasis::Verb);
        assert_eq!(task(name, &plan, number).notes.len(), 1);
    }
    for number in [1, 2] {
        assert_basis(name, &plan, number, Role::Support, RoleBasis::Verb);
    }
}

#[test]
fn joint_leads() {
    let (name, text) = fixture!("joint-leads.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, None, "城乡居民收入增长与经济增长同步", &["市人力社保局", "市农业农村局"], &[]),
        (2, 1, None, "城镇新增就业三万人以上", &["市人力社保局"], &[]),
        (3, 1, None, "单位生产总值能耗下降完成省定任务", &["市发改委", "市生态环境局"], &["市统计局"]),
    ];
    let plan = check_clean(name, text, TASKS);
    assert_basis(name, &plan, 1, Role::Lead, RoleBasis::Jointly);
    assert_basis(name, &plan, 2, Role::Lead, RoleBasis::Order);
    assert_basis(name, &plan, 3, Role::Lead, RoleBasis::Jointly);
    assert_eq!(numbers(plan.tasks_led_by("市农业农村局").unwrap()), [1]);
    assert_eq!(numbers(plan.tasks_led_by("市人力社保局").unwrap()), [1, 2]);
    assert_eq!(numbers(plan.tasks_led_by("市生态环境局").unwrap()), [3]);
    assert_eq!(numbers(plan.tasks_supported_by("市统计局").unwrap()), [3]);
}

#[test]
fn explanatory_notes_are_not_bodies() {
    let (name, text) = fixture!("explanatory-notes.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, None, "扩大有效投资", &["市发改委"], &["市财政局", "市自然资源局"]),
        (2, 1, None, "促进消费回补", &["市商务局"], &["市文广旅体局"]),
        (3, 2, None, "提升养老服务", &["市民政局"], &["市卫生健康委"]),
    ];
    let plan = check(
        name,
        text,
        &Expected {
            tasks: TASKS,
            cut: None,
            // Neither the heading's note nor the paragraph's is in a task's text.
            diagnostics: &[],
        },
    );
    // The notes state a lead rule (`列第一位者为工作牵头单位或汇总单位,下同`) in part 一's
    // heading, task 1's line and part 二's paragraph: each list's first body leads by
    // the rule, whose words are no party.
    let rules: Vec<(&str, Option<usize>, Option<usize>)> = plan
        .lead_rules()
        .map(|r| (r.node.as_str(), r.continuation, r.responsibility))
        .collect();
    assert_eq!(
        rules,
        [
            ("part-1", None, None),
            ("part-1/task-1", None, Some(0)),
            ("part-2", Some(0), None)
        ]
    );
    for number in [1, 2, 3] {
        assert_basis(name, &plan, number, Role::Lead, RoleBasis::Rule);
        assert_basis(name, &plan, number, Role::Support, RoleBasis::Rule);
        let task = task(name, &plan, number);
        for party in task.responsible() {
            assert!(
                !party.quote.contains("第一位"),
                "task {number}: {}",
                party.quote
            );
            assert!(!party.quote.contains('('), "task {number}: {}", party.quote);
        }
    }
}

#[test]
fn a_note_in_a_task_that_is_not_read_as_bodies_is_reported() {
    let (name, text) = fixture!("unread-note.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, None, "完善人才评价机制", &["市人力社保局"], &["市科技局"]),
        (2, 1, None, "改进职称评审", &["市人力社保局"], &[]),
    ];
    let plan = check(
        name,
        text,
        &Expected {
            tasks: TASKS,
            cut: None,
            // `（具体评价办法由牵头部门会同行业主管部门负责制定）` in the middle of task 1.
            diagnostics: &[(DiagnosticKind::UnreadResponsibility, 3)],
        },
    );
    assert!(task(name, &plan, 1).notes.is_empty());
}

/// A table of tasks with no part heading: the title line and the header are front
/// matter, and each row is a task numbered as its first cell writes it, in a part no
/// heading opens; the `牵头单位` column's bodies lead, the `责任单位` column's, beside
/// it, support.
#[test]
fn a_table_without_a_part_heading_reads_its_rows_as_tasks() {
    let (name, text) = fixture!("table-without-parts.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, None, "压缩企业开办时间。(1)推行企业开办全程网办;(2)免费刻制公章。", &["市市场监管局"], &["市公安局", "市税务局"]),
        (2, 1, None, "提升获得电力水平。(1)压减办电环节;(2)降低接电成本。", &["市发改委"], &["国网青岚供电公司"]),
        (3, 1, None, "优化不动产登记。(1)推行交易、缴税、登记一窗受理。", &["市自然资源局"], &["市住建局", "市税务局"]),
    ];
    let plan = check_clean(name, text, TASKS);
    assert_eq!(
        plan.preamble(),
        [
            "青岚市2022年优化营商环境重点任务清单",
            "序号 | 重点工作 | 牵头单位 | 责任单位"
        ],
        "{name}"
    );
    let part = plan.part(1).unwrap();
    assert!(
        part.headless,
        "{name}: the rows stand in a part no heading opens"
    );
    for task in plan.tasks() {
        assert_eq!(
            task.marker,
            NumberMarker::Cell,
            "{name}: task {}",
            task.number
        );
        assert_eq!(task.label(), task.number.to_string(), "{name}");
        assert_eq!(
            plan.level_of(task),
            1,
            "{name}: rows are the document's only level"
        );
    }
}

/// Under a part heading, the header is the part's paragraph and the rows its tasks.
#[test]
fn a_table_under_a_part_heading_reads_its_rows_as_tasks() {
    let (name, text) = fixture!("table-under-part.txt");
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, None, "压缩企业开办时间。(1)推行企业开办全程网办;(2)免费刻制公章。", &["市市场监管局"], &["市公安局", "市税务局"]),
        (2, 1, None, "提升获得电力水平。(1)压减办电环节;(2)降低接电成本。", &["市发改委"], &["国网青岚供电公司"]),
    ];
    let plan = check_clean(name, text, TASKS);
    let part = plan.part(1).unwrap();
    assert_eq!(part.heading(), "一、重点任务", "{name}");
    assert_eq!(
        part.paragraphs,
        ["序号 | 重点工作 | 牵头单位 | 责任单位"],
        "{name}: the header (line 3)"
    );
    assert!(
        plan.tasks().all(|task| task.marker == NumberMarker::Cell),
        "{name}"
    );
}

#[test]
fn a_text_cut_in_the_middle_of_its_last_task() {
    let (name, text) = fixture!("cut-mid-sentence.txt");
    assert!(!text.ends_with('\n'));
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, Some(1), "推进农村宽带网络覆盖", &["市工业和信息化局"], &["市农业农村局"]),
    ];
    check(
        name,
        text,
        &Expected {
            tasks: TASKS,
            cut: Some((2, 1, Some(1), "建设乡村数字服务站")),
            diagnostics: &[(DiagnosticKind::Truncated, 6)],
        },
    );
}

#[test]
fn a_text_cut_inside_a_note() {
    let (name, text) = fixture!("cut-in-note.txt");
    assert!(text.ends_with("(市政府辦公室、市"));
    #[rustfmt::skip]
    const TASKS: &[Row] = &[
        (1, 1, None, "推行電子證照應用", &["市政府辦公室"], &["市級各有關部門"]),
    ];
    let plan = check(
        name,
        text,
        &Expected {
            tasks: TASKS,
            cut: Some((2, 1, None, "推進政務服務事項標準化")),
            diagnostics: &[(DiagnosticKind::Truncated, 5)],
        },
    );
    assert_basis(name, &plan, 1, Role::Lead, RoleBasis::Verb);
    assert_basis(name, &plan, 1, Role::Support, RoleBasis::Verb);
}

/// Without a part heading or a task, the whole text is front matter, and the
/// diagnostic that says so stands on the first line that looks like a heading written
/// otherwise (`第一部分 总体要求`, line 4; `一.工作措施` is line 6).
#[test]
fn no_part_heading_is_reported_at_the_first_line_that_looks_like_one() {
    let (name, text) = fixture!("no-part-heading.txt");
    let plan = check(
        name,
        text,
        &Expected {
            tasks: &[],
            cut: None,
            diagnostics: &[(DiagnosticKind::NoTasks, 4)],
        },
    );
    assert_eq!(plan.parts().len(), 0, "{name}");
    assert_eq!(plan.preamble().len(), 7, "{name}: every line");
    assert!(
        plan.diagnostics()[0]
            .message
            .contains("`第一部分 总体要求` looks like a part heading"),
        "{name}: {}",
        plan.diagnostics()[0]
    );
}

#[test]
fn no_part_heading_nor_anything_like_one_is_reported_at_the_first_line() {
    let text = "关于加强城市绿化管理的通知\n坚持规划引领。\n加强绿地养护管理。\n";
    let plan = check(
        "three lines of prose",
        text,
        &Expected {
            tasks: &[],
            cut: None,
            diagnostics: &[(DiagnosticKind::NoTasks, 1)],
        },
    );
    assert_eq!(
        plan.preamble(),
        [
            "关于加强城市绿化管理的通知",
            "坚持规划引领。",
            "加强绿地养护管理。"
        ]
    );
}

#[test]
fn a_plan_without_tasks_says_so() {
    let (name, text) = fixture!("no-tasks.txt");
    let plan = wuzhong_plan::parse(text).unwrap_or_else(|err| panic!("{name}: {err:?}"));
    assert_eq!(plan.to_text(), text);
    assert_eq!(plan.tasks().len(), 0);
    assert_eq!(plan.parts().count(), 2);
    let kinds: Vec<&DiagnosticKind> = plan.diagnostics().iter().map(|d| &d.kind).collect();
    assert_eq!(kinds, [&DiagnosticKind::NoTasks], "{name}");
}

#[test]
fn every_party_quote_is_a_name_alone() {
    // Across the fixtures: no quote keeps a label, a verb, `等` or a bracket.
    let fixtures = [
        fixture!("indented-ideographic.txt"),
        fixture!("indented-spaces.txt"),
        fixture!("notice-with-annex.txt"),
        fixture!("running-numbers.txt"),
        fixture!("group-paragraph.txt"),
        fixture!("part-heading-with-lead.txt"),
        fixture!("digit-title.txt"),
        fixture!("responsibility-line.txt"),
        fixture!("lead-then-support.txt"),
        fixture!("lead-then-responsible.txt"),
        fixture!("responsible-then-support.txt"),
        fixture!("inline-notes.txt"),
        fixture!("verb-note-traditional.txt"),
        fixture!("joint-leads.txt"),
        fixture!("explanatory-notes.txt"),
        fixture!("unread-note.txt"),
    ];
    let not_in_a_name = [
        "单位", "單位", "牵头", "牽頭", "负责", "負責", "配合", "：", ":", "（", "）", "(", ")",
        "，", ",", "等",
    ];
    for (name, text) in fixtures {
        let plan = wuzhong_plan::parse(text).unwrap_or_else(|err| panic!("{name}: {err:?}"));
        for task in plan.tasks() {
            for role in [Role::Lead, Role::Support] {
                for quote in quotes(task, role) {
                    let whole = quote.contains("（市、区）")
                        || quote.contains("(市、区)")
                        || quote.contains("（市、區）");
                    for part in not_in_a_name {
                        let bracket = "（）()".contains(part);
                        assert!(
                            !quote.contains(part) || (bracket && whole),
                            "{name}: task {}: `{quote}` holds `{part}`",
                            task.number
                        );
                    }
                }
            }
        }
    }
}

/// A role in brackets after a name (`市发改委（牵头）`), a list that a label begins at
/// the end of a task's own line without brackets, and a line after the responsibility
/// (`完成时限：`), which is kept and read as the task's deadline, so not reported.
#[test]
fn roles_in_brackets_labels_in_the_line_and_lines_after_the_responsibility() {
    let text = "一、重点任务\n\
                1.建设智慧停车场。新增公共停车泊位三千个。\n\
                责任单位：市城管局（牵头）、市公安局、市住建局\n\
                完成时限：2024年底\n\
                2.改造背街小巷。完成改造二十条。牵头单位：市住建局；配合单位：市城管局。\n\
                3.整治占道经营。建立长效机制。\n\
                责任单位：市城管局、市市场监管局(配合)\n";
    let plan = wuzhong_plan::parse(text).unwrap();
    assert_eq!(plan.to_text(), text);
    let one = task("inline", &plan, 1);
    assert_eq!(quotes(one, Role::Lead), ["市城管局"]);
    assert_eq!(quotes(one, Role::Support), ["市公安局", "市住建局"]);
    assert_eq!(one.closing, ["完成时限：2024年底"]);
    let deadline = one
        .deadline
        .as_ref()
        .expect("task 1 is due at the end of 2024");
    assert_eq!(
        (
            deadline.quote.as_str(),
            deadline.place,
            deadline.year,
            deadline.month
        ),
        (
            "2024年底",
            wuzhong_plan::DeadlinePlace::Closing(0),
            Some(2024),
            None
        )
    );
    assert_eq!(deadline.span.of(&one.closing[0]), Some("2024年底"));
    let two = task("inline", &plan, 2);
    assert_eq!(quotes(two, Role::Lead), ["市住建局"]);
    assert_eq!(quotes(two, Role::Support), ["市城管局"]);
    assert_eq!(two.notes.len(), 1);
    let note = &two.notes[0];
    assert_eq!(
        note.span.of(&two.body),
        Some("牵头单位：市住建局；配合单位：市城管局")
    );
    // The bodies of the note are not mentions of the body text.
    assert!(two.mentions.is_empty(), "{:?}", two.mentions);
    let three = task("inline", &plan, 3);
    assert_eq!(quotes(three, Role::Lead), ["市城管局"]);
    assert_eq!(quotes(three, Role::Support), ["市市场监管局"]);
    let found: Vec<(usize, DiagnosticKind)> = plan
        .diagnostics()
        .iter()
        .filter(|d| d.kind != DiagnosticKind::UnknownBody)
        .map(|d| (d.line, d.kind))
        .collect();
    // The `完成时限：` line is the deadline and nothing else: nothing is left unread.
    assert_eq!(found, []);
}

/// An explanatory remark that stands alone in a list, or before its first body, names
/// no body and is passed over.
#[test]
fn a_remark_alone_in_a_list_names_no_body() {
    let text = "一、重点工作(列第一位者为工作牵头单位或汇总单位,下同)\n\
                1.完善养老服务网络。新建社区养老服务站十个。\n\
                责任单位:(列第一位者为工作牵头单位或汇总单位,下同)市民政局、市财政局\n\
                2.提升护理能力。培训护理员五百人次。\n\
                责任单位:市人力社保局、市民政局,(下同)\n";
    let plan = wuzhong_plan::parse(text).unwrap();
    assert_eq!(plan.to_text(), text);
    let one = task("remarks", &plan, 1);
    assert_eq!(quotes(one, Role::Lead), ["市民政局"]);
    assert_eq!(quotes(one, Role::Support), ["市财政局"]);
    let two = task("remarks", &plan, 2);
    assert_eq!(quotes(two, Role::Lead), ["市人力社保局"]);
    assert_eq!(quotes(two, Role::Support), ["市民政局"]);
    assert_eq!(
        plan.part(1).unwrap().title,
        "重点工作(列第一位者为工作牵头单位或汇总单位,下同)"
    );
}

//! The shape of the embedded plan, with every expectation written from reading
//! `data/source.txt`.

use wuzhong_plan::{Colon, Date, Node, NumberMarker, PartKind, Period, ResponsibilityLabel, plan};

#[test]
fn three_parts_with_their_titles_and_kinds() {
    let parts: Vec<_> = plan()
        .parts()
        .map(|p| (p.number, p.title.as_str(), p.kind, p.id.as_str()))
        .collect();
    assert_eq!(
        parts,
        [
            (1, "主要目標", PartKind::Objectives, "part-1"),
            (2, "重點任務", PartKind::KeyTasks, "part-2"),
            (3, "組織實施", PartKind::Implementation, "part-3"),
        ]
    );
}

#[test]
fn part_one_is_one_paragraph_dated_2025() {
    let part = plan().part(1).unwrap();
    assert_eq!(part.paragraphs.len(), 1);
    assert!(part.paragraphs[0].starts_with("到2025年,基本公共服務均等化水平明顯提高"));
    assert!(part.paragraphs[0].ends_with("民生福祉達到新水平。"));
    assert!(part.tasks.is_empty() && part.groups.is_empty());
}

#[test]
fn five_groups_in_part_two_with_their_tasks() {
    let groups: Vec<_> = plan()
        .groups()
        .map(|g| {
            let numbers: Vec<u16> = g.tasks.iter().map(|t| t.number).collect();
            (g.part, g.number, g.title.as_str(), numbers)
        })
        .collect();
    let expected: [(u8, u8, &str, Vec<u16>); 5] = [
        (2, 1, "推進基本公共服務均等可及", (1..=16).collect()),
        (2, 2, "擴大普惠性非基本公共服務供給", (17..=27).collect()),
        (2, 3, "發展多層次多樣化生活服務", (28..=33).collect()),
        (2, 4, "推動公共服務體系改革創新", (34..=43).collect()),
        (2, 5, "健全公共服務要素保障體系", (44..=47).collect()),
    ];
    assert_eq!(groups, expected);
    assert!(plan().part(2).unwrap().tasks.is_empty());
}

#[test]
fn part_three_holds_tasks_48_to_50_outside_any_group() {
    let part = plan().part(3).unwrap();
    let numbers: Vec<u16> = part.tasks.iter().map(|t| t.number).collect();
    assert_eq!(numbers, [48, 49, 50]);
    assert!(part.groups.is_empty());
    assert_eq!(plan().task(48).unwrap().title, "嚴格落實基本公共服務標準");
    assert_eq!(plan().task(49).unwrap().title, "完善工作體制機制");
    assert_eq!(plan().task(50).unwrap().title, "強化監督落實");
}

#[test]
fn fifty_tasks_numbered_in_order() {
    let numbers: Vec<u16> = plan().tasks().map(|t| t.number).collect();
    assert_eq!(numbers, (1..=50).collect::<Vec<u16>>());
    assert_eq!(plan().tasks().len(), 50);
    assert_eq!(plan().tasks().next_back().unwrap().number, 50);
    assert!(plan().task(0).is_none());
    assert!(plan().task(51).is_none());
    for task in plan().tasks() {
        assert_eq!(task.marker, NumberMarker::Dot);
        assert!(
            task.title_stop,
            "task {} ends its title with 。",
            task.number
        );
        assert!(task.continuation.is_empty());
    }
}

#[test]
fn responsibility_lines_1_to_6_say_department_7_to_47_unit_48_to_50_none() {
    for task in plan().tasks() {
        let label = task.responsibility.as_ref().map(|r| r.label);
        let expected = match task.number {
            1..=6 => Some(ResponsibilityLabel::Department),
            7..=47 => Some(ResponsibilityLabel::Unit),
            _ => None,
        };
        assert_eq!(label, expected, "task {}", task.number);
        if let Some(r) = &task.responsibility {
            assert_eq!(r.colon, Colon::Ascii);
        }
    }
}

#[test]
fn raw_responsibility_lines_are_kept_as_written() {
    let raw = |n: u16| {
        plan()
            .task(n)
            .unwrap()
            .responsibility
            .as_ref()
            .unwrap()
            .text
            .as_str()
    };
    assert_eq!(raw(1), "市教育局,市委編辦");
    assert_eq!(raw(2), "市教育局、財政局");
    assert_eq!(raw(23), "市民政局、衛生健康委員會、財政局,各縣(市、區)");
    assert_eq!(
        raw(29),
        "市衛生健康委員會、民政局、文化旅遊體育廣電局,吳忠銀保監分局"
    );
    assert_eq!(raw(36), "市衛生健康委員會、醫療保障局、市場監督管理局");
    assert_eq!(raw(47), "市發展和改革委、市場監督管理局");
}

#[test]
fn titles_and_bodies_split_at_the_first_full_stop() {
    let task = plan().task(26).unwrap();
    assert_eq!(task.title, "積極推動改善住房條件");
    assert!(task.body.starts_with("持續解決群體住房困難問題"));
    assert!(task.body.contains("到2025年,籌集租賃住房375套。"));
    // The stray spaces of the published text stay where they are.
    assert!(plan().task(7).unwrap().body.contains("居住 (小)區"));
    assert!(plan().task(17).unwrap().body.contains("各縣 (市、區)"));
}

#[test]
fn ids_follow_the_hierarchy_and_resolve() {
    let plan = plan();
    assert_eq!(plan.task(1).unwrap().id, "part-2/group-1/task-1");
    assert_eq!(plan.task(28).unwrap().id, "part-2/group-3/task-28");
    assert_eq!(plan.task(50).unwrap().id, "part-3/task-50");
    assert_eq!(plan.group(2, 5).unwrap().id, "part-2/group-5");
    for task in plan.tasks() {
        assert!(matches!(plan.node(&task.id), Some(Node::Task(t)) if t.number == task.number));
        let parent = plan.parent(&task.id).unwrap();
        match task.group {
            Some(g) => assert_eq!(parent, Node::Group(plan.group(task.part, g).unwrap())),
            None => assert_eq!(parent, Node::Part(plan.part(task.part).unwrap())),
        }
    }
    for group in plan.groups() {
        assert_eq!(
            plan.parent(&group.id),
            Some(Node::Part(plan.part(group.part).unwrap()))
        );
    }
    assert!(plan.node("task-28").is_none());
    assert!(plan.parent("part-2").is_none());
}

#[test]
fn metadata_as_the_front_matter_states_it() {
    let meta = plan().metadata();
    assert_eq!(
        meta.title.as_deref(),
        Some("吳忠市“十四五”公共服務發展實施方案")
    );
    assert_eq!(meta.issuer.as_deref(), Some("吳忠市人民政府辦公室"));
    assert_eq!(meta.approver.as_deref(), Some("吳忠市人民政府"));
    assert_eq!(meta.issue_date, Date::new(2022, 4, 26));
    assert_eq!(
        meta.period,
        Some(Period {
            start: 2021,
            end: 2025
        })
    );
}

#[test]
fn front_matter_is_kept_in_its_pieces() {
    let plan = plan();
    assert_eq!(plan.notice().len(), 1);
    assert!(plan.notice()[0].starts_with("《吳忠市“十四五”公共服務發展實施方案》已經"));
    let info = plan.info_box().unwrap();
    assert_eq!(info.heading, "基本介紹");
    let entries: Vec<_> = info
        .entries
        .iter()
        .map(|e| (e.key.as_str(), e.value.as_str()))
        .collect();
    assert_eq!(
        entries,
        [
            ("中文名", "吳忠市“十四五”公共服務發展實施方案"),
            ("頒布時間", "2022年4月26日"),
            ("發布單位", "吳忠市人民政府辦公室"),
        ]
    );
    assert_eq!(plan.full_text_marker(), Some("全文"));
    assert_eq!(plan.preamble().len(), 1);
    assert!(plan.preamble()[0].starts_with("為認真貫徹落實中央及自治區"));
    assert!(!plan.layout().final_newline);
}

#[test]
fn only_exact_ids_resolve() {
    let plan = plan();
    for id in [
        "",
        "part-0",
        "part-4",
        "part-02",
        "part-2/",
        "part-2/group-6",
        "part-3/group-1",
        "part-2/task-28",
        "part-2/group-2/task-28",
        "part-2/group-3/task-28/x",
        "part-2/group-03/task-28",
        "part-3/task-47",
        "task-28",
        "Part-2",
    ] {
        assert!(plan.node(id).is_none(), "`{id}` names no node");
        assert!(plan.parent(id).is_none(), "`{id}` has no parent");
    }
    assert!(matches!(plan.node("part-3"), Some(Node::Part(p)) if p.title == "組織實施"));
    assert!(
        matches!(plan.node("part-2/group-3/task-33"), Some(Node::Task(t)) if t.title == "推動家政服務提質擴容")
    );
}

#[test]
fn a_node_serializes_as_itself_under_its_kind() {
    let node = plan().node("part-3/task-49").unwrap();
    let value = serde_json::to_value(node).unwrap();
    assert_eq!(value["task"]["title"], "完善工作體制機制");
    assert_eq!(value["task"]["number"], 49);
}

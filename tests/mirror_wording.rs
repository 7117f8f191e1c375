//! Text queries across the wiki mirror's wording: the plan's text is a mirror's
//! conversion to Traditional script, which writes some of the mainland's phrases in words
//! that OpenCC's Taiwan tables do not read back (`套用` for `应用`, `中國小` for `中小学`).
//! The library keeps a table of them; a mainland query finds the mirror's wording, in
//! either script, and never where the wording is part of a longer word.
//!
//! Every count and task below was read from data/source.txt (each task is one line
//! there: `grep -o 套用 data/source.txt | wc -l`, `grep -n 套用 data/source.txt`).

#[allow(dead_code)]
#[path = "common/corpus.rs"]
mod corpus;

use wuzhong_plan::{Plan, SOURCE_TEXT, parse, plan};

fn found(plan: &Plan, text: &str) -> Vec<u16> {
    plan.query().text(text).tasks().map(|t| t.number).collect()
}

/// A task's text as text queries search it: its title, body and continuation lines.
fn task_text(plan: &Plan, number: u16) -> String {
    let task = plan.task(number).expect("the plan has the task");
    let mut text = format!("{}{}", task.title, task.body);
    for line in &task.continuation {
        text.push_str(line);
    }
    text
}

/// One pair of the mirror's table, as the plan holds it.
struct Pair {
    /// The mainland's phrase, in Simplified and in Traditional script.
    mainland: [&'static str; 2],
    /// The mirror's wording, as the plan writes it and in Simplified script.
    mirror: [&'static str; 2],
    /// How many times the source writes the mirror's wording.
    occurrences: usize,
    /// The tasks whose text holds it, each with how many times.
    tasks: &'static [(u16, usize)],
}

/// Every pair of the table whose mainland phrase the plan does not otherwise match.
/// (智能 is the eighth: the tables pair it with 智慧 as well, so it has tests of its own.)
const PAIRS: [Pair; 7] = [
    // 22: 便民服務套用, 電子健康碼套用, 區塊鏈技術套用; 28: 資源開發套用; 30: 數據套用
    // 設備; 32: 普惠套用; 43: 集成套用.
    Pair {
        mainland: ["应用", "應用"],
        mirror: ["套用", "套用"],
        occurrences: 7,
        tasks: &[(22, 3), (28, 1), (30, 1), (32, 1), (43, 1)],
    },
    // 1: 中國小教職工; 19: 中國小閒置校舍; 21: 聯合中國小; 37: 中國小教師.
    Pair {
        mainland: ["中小学", "中小學"],
        mirror: ["中國小", "中国小"],
        occurrences: 4,
        tasks: &[(1, 1), (19, 1), (21, 1), (37, 1)],
    },
    // Twice in part 一's prose (not a task), then 41: 呼應人民民眾期待; 48: 確保人民民眾
    // 享有.
    Pair {
        mainland: ["人民群众", "人民群眾"],
        mirror: ["人民民眾", "人民民众"],
        occurrences: 4,
        tasks: &[(41, 1), (48, 1)],
    },
    // 12: 全民健身公共服務格線化服務體系.
    Pair {
        mainland: ["网格化", "網格化"],
        mirror: ["格線化", "格线化"],
        occurrences: 1,
        tasks: &[(12, 1)],
    },
    // 21: 探索實行國中生每學年到職業學校.
    Pair {
        mainland: ["初中生", "初中生"],
        mirror: ["國中生", "国中生"],
        occurrences: 1,
        tasks: &[(21, 1)],
    },
    // 17: 有條件的幼稚園; 19: 幼稚園布局規劃, 普惠性幼稚園, 公辦幼稚園 (twice), 配套幼稚園.
    Pair {
        mainland: ["幼儿园", "幼兒園"],
        mirror: ["幼稚園", "幼稚园"],
        occurrences: 6,
        tasks: &[(17, 1), (19, 5)],
    },
    // 47: 精準服務、主動回響的公共服務提供機制.
    Pair {
        mainland: ["响应", "響應"],
        mirror: ["回響", "回响"],
        occurrences: 1,
        tasks: &[(47, 1)],
    },
];

#[test]
fn each_wording_stands_where_the_source_has_it() {
    let plan = plan();
    for pair in &PAIRS {
        let [wording, _] = pair.mirror;
        assert_eq!(
            SOURCE_TEXT.matches(wording).count(),
            pair.occurrences,
            "{wording}"
        );
        let in_tasks: Vec<(u16, usize)> = plan
            .tasks()
            .map(|t| (t.number, task_text(plan, t.number).matches(wording).count()))
            .filter(|&(_, count)| count > 0)
            .collect();
        assert_eq!(in_tasks, pair.tasks, "{wording}");
        // The plan never writes the mainland's phrase itself.
        for phrase in pair.mainland {
            assert_eq!(SOURCE_TEXT.matches(phrase).count(), 0, "{phrase}");
        }
    }
}

/// The mainland's phrase in either script finds every task with the mirror's wording,
/// and no other; so does the mirror's wording, in either script.
#[test]
fn mainland_queries_find_the_mirrors_wording() {
    let plan = plan();
    for pair in &PAIRS {
        let tasks: Vec<u16> = pair.tasks.iter().map(|&(number, _)| number).collect();
        for query in pair.mainland.into_iter().chain(pair.mirror) {
            assert_eq!(found(plan, query), tasks, "{query}");
        }
    }
}

/// Every occurrence is found in its own phrase, in the mainland's wording: each query
/// finds its task alone, and the queries of a task are as many as the task's
/// occurrences. Part 一's prose, which no text query searches, holds the other two
/// 人民民眾; the quote of target p1.5 holds one of them.
#[test]
fn each_occurrence_is_found_in_its_phrase() {
    let plan = plan();
    let phrases: [(&str, &str, u16); 25] = [
        ("套用", "便民服务应用", 22),
        ("套用", "电子健康码应用", 22),
        ("套用", "区块链技术应用", 22),
        ("套用", "资源开发应用", 28),
        ("套用", "数据应用设备", 30),
        ("套用", "普惠应用", 32),
        ("套用", "集成应用", 43),
        ("中國小", "中小学教职工", 1),
        ("中國小", "中小学闲置校舍", 19),
        ("中國小", "联合中小学", 21),
        ("中國小", "中小学教师", 37),
        ("人民民眾", "呼应人民群众期待", 41),
        ("人民民眾", "确保人民群众享有", 48),
        ("格線化", "公共服务网格化服务体系", 12),
        ("國中生", "探索实行初中生每学年", 21),
        ("幼稚園", "有条件的幼儿园利用", 17),
        ("幼稚園", "幼儿园布局规划", 19),
        ("幼稚園", "普惠性幼儿园为主体", 19),
        ("幼稚園", "公办幼儿园为骨干", 19),
        ("幼稚園", "有条件的公办幼儿园通过", 19),
        ("幼稚園", "配套幼儿园建设", 19),
        ("回響", "精准服务、主动响应", 47),
        // The mirror writes 智能 as 智慧型 here; the tables read 智慧型 back as 智能型.
        ("智慧型", "智能养老监护", 30),
        ("智慧型", "移动智能终端", 32),
        ("智慧型", "数字化智能化", 32),
    ];
    for (_, phrase, task) in phrases {
        assert_eq!(found(plan, phrase), [task], "{phrase}");
    }
    for wording in [
        "套用",
        "中國小",
        "人民民眾",
        "格線化",
        "國中生",
        "幼稚園",
        "回響",
        "智慧型",
    ] {
        let in_tasks: Vec<u16> = plan
            .tasks()
            .flat_map(|t| {
                let count = task_text(plan, t.number).matches(wording).count();
                std::iter::repeat_n(t.number, count)
            })
            .collect();
        let queried: Vec<u16> = phrases
            .iter()
            .filter(|&&(w, _, _)| w == wording)
            .map(|&(_, _, task)| task)
            .collect();
        assert_eq!(queried, in_tasks, "{wording}");
    }
    // In Traditional script too.
    assert_eq!(found(plan, "區塊鏈技術應用標準化"), [22]);
    assert_eq!(found(plan, "統籌市本級中小學教職工"), [1]);
    let quoted: Vec<&str> = plan
        .query()
        .quote("人民群众最期待")
        .targets()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(quoted, ["p1.5"]);
    assert_eq!(SOURCE_TEXT.matches("適應人民民眾多樣化").count(), 1);
}

/// The mirror writes 智能 as 智慧型 in tasks 30 and 32; the tables pair 智能 with 智慧
/// as well (人工智慧, 智慧醫療), so 智能 alone finds tasks 31 and 43 too.
#[test]
fn intelligent_finds_the_mirrors_zhihuixing() {
    let plan = plan();
    assert_eq!(SOURCE_TEXT.matches("智慧型").count(), 3);
    assert_eq!(found(plan, "智能"), [30, 31, 32, 43]);
    for query in ["智能终端", "智能終端", "智慧型终端", "智慧型終端"] {
        assert_eq!(found(plan, query), [32], "{query}");
    }
    assert_eq!(found(plan, "智能化共同发展"), [32]);
    assert_eq!(found(plan, "智能养老"), [30, 43]);
}

/// The negative cases in the plan: a part of the mirror's wording, or a mainland word
/// that shares a part of it, finds only what the plan writes.
#[test]
fn parts_of_the_mirrors_wording_find_nothing_more() {
    let plan = plan();
    // 中小 stands once, in task 33's 中小家政服務企業; 中國小 holds no 中小.
    assert_eq!(found(plan, "中小"), [33]);
    // 小学 and 中学 are parts of 中小学, which the plan writes 中國小: they are not found.
    assert_eq!(found(plan, "小学"), [] as [u16; 0]);
    assert_eq!(found(plan, "中学"), [] as [u16; 0]);
    // 应 finds the tasks that write 應 (適應, 呼應, 供應), not those whose 套用 reads as
    // 应用: 应 alone is no part of 套用.
    let ying: Vec<u16> = plan
        .tasks()
        .map(|t| t.number)
        .filter(|&n| task_text(plan, n).contains('應'))
        .collect();
    assert_eq!(found(plan, "应"), ying);
    assert!(!ying.contains(&28) && !ying.contains(&43));
    // 群众 is a part of 人民群众; the plan writes 民眾.
    assert_eq!(found(plan, "群众"), [] as [u16; 0]);
    assert_eq!(found(plan, "网格"), [] as [u16; 0]);
    // 网络 does not find 網際網路 (the Internet): tasks 28, 29, 43 and 50 write it alone.
    let network = found(plan, "网络");
    for task in [28, 29, 43, 50] {
        assert!(!network.contains(&task), "{task}");
    }
}

/// A plan in the mirror's wording whose words stand where the mirror's wording is part
/// of another word: after 配套 and a measure, 中國 before a word in 小, a 國 before
/// 中生代; and 方程式, an equation, which is no 程序.
const LONGER_WORDS: &str = "\
為推進公共服務發展,制定本方案。
一、重點任務
1.建設配套用房。完善配套用地和配套用電。
責任單位:市住房和城鄉建設局
2.研究中國小說。推動中國小康社會和中國小微企業。
責任單位:市文化旅遊體育廣電局
3.發布一套用於監測的標準。每套用於一個社區。
責任單位:市民政局
4.保護中國中生代化石。
責任單位:市自然資源局
5.建設網際網路醫院。
責任單位:市衛生健康委員會
6.推廣方程式賽車運動。
責任單位:市文化旅遊體育廣電局
7.推進中國小教師培訓,推動數據套用設備。
責任單位:市教育局
";

#[test]
fn the_wording_inside_a_longer_word_is_not_found() {
    let plan = parse(LONGER_WORDS).expect("the plan parses");
    for (query, expected) in [
        ("应用", vec![7]),
        ("應用", vec![7]),
        ("中小学", vec![7]),
        ("中小學", vec![7]),
        ("中小企业", vec![]),
        ("初中生", vec![]),
        ("网络", vec![]),
        ("互联网", vec![5]),
        ("程序", vec![]),
        ("方程式", vec![6]),
        // Literal parts of the text are found as written.
        ("配套用房", vec![1]),
        ("套用", vec![1, 3, 7]),
        ("中国小说", vec![2]),
        ("中國小微企業", vec![2]),
        ("中生代", vec![4]),
        ("一套用于", vec![3]),
    ] {
        assert_eq!(found(&plan, query), expected, "{query}");
    }
}

/// A plan in the mainland's wording and Simplified script: the mirror's wording, in
/// either script, finds the mainland's phrase, as Taiwan's does.
const MAINLAND: &str = "\
为推进公共服务发展，制定本方案。
一、重点任务
1．推进中小学教师队伍建设。开展数据应用。
责任单位：市教育局
2．及时回应人民群众期待。推进网格化管理。
责任单位：市民政局
3．发展智能养老服务。建设初中生实践基地和幼儿园。
责任单位：市民政局
4．建立主动响应机制。建设配套用房，按程序公布。
责任单位：市发展改革委
";

#[test]
fn the_mirrors_wording_finds_the_mainlands() {
    let plan = parse(MAINLAND).expect("the plan parses");
    for (query, expected) in [
        ("套用", vec![1, 4]),
        ("數據套用", vec![1]),
        ("中國小教師", vec![1]),
        ("中国小", vec![1]),
        ("人民民眾", vec![2]),
        ("格線化管理", vec![2]),
        ("智慧型養老", vec![3]),
        ("國中生", vec![3]),
        ("幼稚園", vec![3]),
        ("主動回響", vec![4]),
        ("按程式公布", vec![4]),
        ("应用", vec![1]),
    ] {
        assert_eq!(found(&plan, query), expected, "{query}");
    }
}

/// The corpus's other document from such a mirror, Xianyang's (its first 2,000 bytes:
/// tasks 1 and 2), writes 最佳化, 網際網路 (task 1's “網際網路+監管”) and 入口網站, which
/// OpenCC's tables reverse, and 程式 (task 2's 按程式在市、縣兩級政府入口網站公布), which
/// they read as 程序 while reading the mainland's 程序 as 进程: the mirror's table pairs
/// the two. Its 依法設定 is the mainland's own 设定, found as written.
#[test]
fn the_xianyang_fragment_is_found_in_the_mainlands_wording() {
    let Some((_, text)) = corpus::read("06-xianyang-2022-fgf-gzyd-trad-partial.txt") else {
        return;
    };
    let plan = parse(&text).expect("the fragment parses");
    assert_eq!(plan.tasks().len(), 2);
    for (query, expected) in [
        ("互联网+监管", vec![1]),
        ("依法设定", vec![1]),
        ("按程序在市", vec![2]),
        ("政府门户网站", vec![2]),
        ("入口網站", vec![2]),
        ("应用", vec![]),
        ("中小学", vec![]),
        ("人民群众", vec![]),
    ] {
        assert_eq!(found(&plan, query), expected, "{query}");
    }
}

/// `tasks --grep 应用` lists the tasks that write 套用, and `targets --quote 人民群众`
/// the target whose quote writes 人民民眾, run as a user runs them.
#[cfg(feature = "cli")]
#[test]
fn the_command_line_finds_the_mirrors_wording() {
    use assert_cmd::Command;
    let run = |args: &[&str]| -> String {
        let output = Command::cargo_bin("wuzhong-plan")
            .expect("the binary is built")
            .args(args)
            .output()
            .expect("the binary runs");
        assert!(output.status.success(), "{args:?}");
        assert!(output.stderr.is_empty(), "{args:?}");
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    let first_cells = |args: &[&str]| -> String {
        let mut args = args.to_vec();
        args.extend(["--format", "csv"]);
        run(&args)
            .lines()
            .skip(1)
            .filter_map(|line| line.split(',').next())
            .collect::<Vec<_>>()
            .join(",")
    };
    for (query, expected) in [
        ("应用", "22,28,30,32,43"),
        ("應用", "22,28,30,32,43"),
        ("中小学", "1,19,21,37"),
        ("人民群众", "41,48"),
        ("网格化", "12"),
        ("幼儿园", "17,19"),
        ("智能终端", "32"),
    ] {
        assert_eq!(
            first_cells(&["tasks", "--grep", query]),
            expected,
            "{query}"
        );
    }
    assert_eq!(first_cells(&["targets", "--quote", "人民群众"]), "p1.5");
}

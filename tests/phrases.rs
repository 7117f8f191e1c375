//! Text queries across Chinese variants: the same characters in either script, and a
//! phrase in the mainland's wording finding Taiwan's and the reverse, as the OpenCC
//! project's Taiwan phrase tables pair them. Every expected list is read from
//! data/source.txt (each task is one line there; `grep -n 最佳化 data/source.txt`).

use wuzhong_plan::{Plan, parse, plan};

fn found(plan: &Plan, text: &str) -> Vec<u16> {
    plan.query().text(text).tasks().map(|t| t.number).collect()
}

#[test]
fn characters_in_either_script_match_as_before() {
    let plan = plan();
    assert_eq!(found(plan, "养老"), found(plan, "養老"));
    assert!(found(plan, "养老").contains(&23));
    // A literal part of a phrase the tables rewrite still finds it: 最佳 of 最佳化.
    assert_eq!(found(plan, "最佳"), found(plan, "最佳化"));
    // 網際網路 becomes 互联网 in the mainland's wording; its 際網 still matches.
    assert_eq!(found(plan, "际网"), [25, 28, 29, 43, 50]);
}

/// 最佳化 stands in tasks 1, 3, 26, 39, 40, 42 (twice), 44 and 47 (twice): its 10
/// occurrences. The plan never writes 優化.
#[test]
fn optimise_finds_the_taiwan_phrase() {
    let expected = [1, 3, 26, 39, 40, 42, 44, 47];
    let plan = plan();
    for query in ["优化", "優化", "最佳化"] {
        assert_eq!(found(plan, query), expected, "{query}");
    }
    // In a longer phrase too: task 47 is 最佳化資源配置機制.
    assert_eq!(found(plan, "优化资源配置"), [47]);
}

/// 網路 stands alone in tasks 11, 12, 14, 17 (設施網路, 服務網路), 25 (服務網路), 32
/// (電視網路, 網路視聽) and 38 (網路文學). In tasks 25, 28, 29, 43 and 50 it is part of
/// 網際網路, which the tables give as 互聯網 (the Internet), not as 網絡.
#[test]
fn network_finds_the_taiwan_phrase() {
    let plan = plan();
    let alone = [11, 12, 14, 17, 25, 32, 38];
    for query in ["网络", "網絡"] {
        assert_eq!(found(plan, query), alone, "{query}");
    }
    assert_eq!(
        found(plan, "网路"),
        [11, 12, 14, 17, 25, 28, 29, 32, 38, 43, 50]
    );
    let internet = [25, 28, 29, 43, 50];
    for query in ["互联网", "互聯網", "網際網路"] {
        assert_eq!(found(plan, query), internet, "{query}");
    }
}

/// 數位化 stands in tasks 32 and 43, twice in each; the plan never writes 數字化.
#[test]
fn digitalisation_finds_the_taiwan_phrase() {
    let plan = plan();
    for query in ["数字化", "數字化", "數位化", "数位化"] {
        assert_eq!(found(plan, query), [32, 43], "{query}");
    }
}

/// The tables pair 智能 with 智慧 wherever it stands, so 智能 finds every task with 智慧:
/// 30 (智慧型養老監護), 31, 32 (智慧型 twice) and 43. The plan never writes 智能. The
/// mirror's 智慧型 is the mainland's 智能 too (`tests/mirror_wording.rs`), so 智能型 reads
/// as 智能 and finds the same tasks.
#[test]
fn intelligent_finds_every_taiwan_zhihui() {
    let plan = plan();
    assert_eq!(found(plan, "智能"), [30, 31, 32, 43]);
    assert_eq!(found(plan, "智慧"), [30, 31, 32, 43]);
    assert_eq!(found(plan, "智能型"), [30, 31, 32, 43]);
    // 智能型养老 reads as 智能养老, as task 43's 智慧養老 does.
    assert_eq!(found(plan, "智能型养老"), [30, 43]);
}

/// 人民民眾 stands in part 一's prose (twice) and in tasks 41 and 48. The Taiwan tables
/// hold no pair for 人民群众 (nor for 群眾 and 民眾); the mirror's table does
/// (`tests/mirror_wording.rs`), so the mainland's phrase finds the plan's in either
/// script, and the plan's own phrase finds its tasks.
#[test]
fn renmin_qunzhong_is_paired_by_the_mirrors_table() {
    let plan = plan();
    assert_eq!(found(plan, "人民群众"), [41, 48]);
    assert_eq!(found(plan, "人民群眾"), [41, 48]);
    assert_eq!(found(plan, "人民民众"), [41, 48]);
}

/// A plan in the mainland's wording and Simplified script.
const MAINLAND: &str = "\
为推进公共服务发展，制定本方案。
一、主要目标
到2025年，公共服务水平明显提高。
二、重点任务
（一）推进基本公共服务均等可及
1．优化义务教育资源。推进学校标准化建设。
责任部门：市教育局
2．完善公共文化服务网络。推进图书馆数字化改造。
责任单位：市文化旅游广电局
3．发展智能养老服务。建设养老服务信息平台。
责任单位：市民政局
三、组织实施
4．强化监督落实。定期开展监测评估。
责任单位：市发展改革委
";

#[test]
fn taiwan_phrases_find_the_mainland_ones() {
    let plan = parse(MAINLAND).unwrap();
    for (query, expected) in [
        ("最佳化", [1]),
        ("優化", [1]),
        ("最佳化義務教育", [1]),
        ("網路", [2]),
        ("網絡", [2]),
        ("數位化", [2]),
        ("智慧", [3]),
        ("智慧養老", [3]),
    ] {
        assert_eq!(found(&plan, query), expected, "{query}");
    }
    // The mirror's 智慧型 is the mainland's 智能.
    assert_eq!(found(&plan, "智慧型"), [3]);
    assert_eq!(found(&plan, "监测"), [4]);
}

/// The query builder's other conditions combine with a phrase as with any text.
#[test]
fn a_phrase_combines_with_other_conditions() {
    let plan = plan();
    // Group (五) is tasks 44–47.
    let in_group_5: Vec<u16> = plan
        .query()
        .text("优化")
        .in_group(5)
        .tasks()
        .map(|t| t.number)
        .collect();
    assert_eq!(in_group_5, [44, 47]);
    assert_eq!(found(plan, "优化\u{0}"), [] as [u16; 0]);
}

/// `Query::quote` looks in the target's own words: task 7 states two targets, and only
/// t7.2 (到2023年底 … 配建率達到100%) says 配建率.
#[test]
fn quote_searches_the_targets_own_words() {
    let plan = plan();
    let by_task: Vec<&str> = plan
        .query()
        .text("配建率")
        .targets()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(by_task, ["t7.1", "t7.2"]);
    let by_quote: Vec<&str> = plan
        .query()
        .quote("配建率")
        .targets()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(by_quote, ["t7.2"]);
    let tasks: Vec<u16> = plan
        .query()
        .quote("配建率")
        .tasks()
        .map(|t| t.number)
        .collect();
    assert_eq!(tasks, [7]);
    for target in plan.query().quote("网络").targets() {
        assert!(target.quote.contains("網路"), "{}", target.quote);
    }
    assert!(plan.query().quote("网络").targets().count() > 0);
}

/// The command line's `--grep` goes through the same query: `tasks --grep 优化` lists
/// the tasks with 最佳化, run as a user runs it.
#[cfg(feature = "cli")]
#[test]
fn the_command_line_greps_across_phrases() {
    for (query, expected) in [
        ("优化", "1,3,26,39,40,42,44,47"),
        ("网络", "11,12,14,17,25,32,38"),
        ("数字化", "32,43"),
    ] {
        let output = assert_cmd::Command::cargo_bin("wuzhong-plan")
            .unwrap()
            .args(["tasks", "--grep", query, "--format", "csv"])
            .output()
            .unwrap();
        assert!(output.status.success(), "{query}");
        assert!(output.stderr.is_empty(), "{query}");
        let text = String::from_utf8(output.stdout).unwrap();
        let numbers: Vec<&str> = text
            .lines()
            .skip(1)
            .filter_map(|line| line.split(',').next())
            .collect();
        assert_eq!(numbers.join(","), expected, "{query}");
    }
}

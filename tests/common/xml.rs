//! What the XML tests share: `xmllint` against the schemas in `../shared/schemas/`, which
//! are read in place, never copied; a temporary directory that removes itself; the
//! plans every renderer is checked on; and a deterministic generator of plans.

use std::path::{Path, PathBuf};
use std::process::Command;

use wuzhong_plan::{Plan, RenderOptions, Script};

use crate::corpus::is_ci;

/// The schemas directory, beside the crate's own.
pub const SCHEMAS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/schemas/");

/// The options every XML renderer is checked with: the source's script, and Simplified.
pub fn options() -> [RenderOptions; 2] {
    [
        RenderOptions::default(),
        RenderOptions::default().script(Script::Simplified),
    ]
}

/// The schema at `name` under [`SCHEMAS`], when it and `xmllint` are there. Prints why
/// and gives `None` when either is missing and `CI` is not set; panics on CI.
pub fn schema(name: &str) -> Option<PathBuf> {
    let ci = is_ci(std::env::var_os("CI").as_deref());
    let path = Path::new(SCHEMAS).join(name);
    if !path.is_file() {
        assert!(!ci, "{} not found, and CI is set", path.display());
        eprintln!(
            "skipped: ../shared/schemas not found (looked for {})",
            path.display()
        );
        return None;
    }
    let found = Command::new("xmllint").arg("--version").output().is_ok();
    if !found {
        assert!(
            !ci,
            "xmllint not found, and CI is set (Debian: libxml2-utils)"
        );
        eprintln!("skipped: xmllint not found (Debian: apt-get install libxml2-utils)");
        return None;
    }
    Some(path)
}

pub use crate::temp::TempDir;

/// Writes each document into `dir` and validates them all against `schema` in one run of
/// `xmllint`, failing with its report on the first that is not valid.
pub fn validate(schema: &Path, dir: &TempDir, documents: &[(String, String)]) {
    let mut paths = Vec::new();
    for (name, xml) in documents {
        let path = dir.0.join(format!("{name}.xml"));
        std::fs::write(&path, xml).expect("writing a document");
        paths.push(path);
    }
    let output = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(schema)
        .args(&paths)
        .output()
        .expect("running xmllint");
    let report = String::from_utf8_lossy(&output.stderr);
    let invalid: Vec<&str> = report
        .lines()
        .filter(|line| !line.ends_with(" validates"))
        .take(20)
        .collect();
    assert!(
        output.status.success() && invalid.is_empty(),
        "xmllint refused {} of {} documents:\n{}",
        report
            .lines()
            .filter(|l| l.ends_with("fails to validate"))
            .count(),
        paths.len(),
        invalid.join("\n")
    );
    assert_eq!(
        report.lines().filter(|l| l.ends_with(" validates")).count(),
        paths.len()
    );
}

/// Another city's plan, in Simplified script and full-width punctuation: `牵头单位：` and
/// `配合单位：` lines, a note of responsibility in a task's text, a note with verbs,
/// joint leads, a role in brackets, a mention, targets with and without deadlines.
pub const OTHER_CITY: &str = "\
银川市“十四五”养老服务发展实施方案
为推进养老服务高质量发展，结合银川实际，制定本方案。
一、主要目标
到2025年，养老服务体系基本健全，护理型床位占比达到55%。
二、重点任务
（一）完善养老服务网络
1．建设社区养老服务设施。到2024年底，街道综合养老服务中心覆盖率达到100%。
牵头单位：市民政局
配合单位：市财政局、市自然资源局，各区、县级市
2．发展普惠托育服务。每个街道至少建成1所托育机构（牵头单位：市卫生健康委，配合单位：市教育局、市民政局）。
（二）强化要素保障
3．加强人才队伍建设。支持院校开设养老专业，培养养老护理员不少于500名(市人力资源社会保障局、市教育局牵头,各区按职责分工负责)。
4．健全财政投入机制。落实养老服务补贴政策。
责任单位：市财政局、市民政局分别牵头
5．推进医养结合。市卫生健康委要会同市医疗保障局做好衔接。
责任单位：市卫生健康委（牵头）、市医疗保障局
三、组织实施
6．加强组织领导。各有关部门(单位)要按照职责分工抓好落实。
";

/// The plans every renderer is checked on: the embedded one, the same in Simplified
/// script with full-width punctuation, [`OTHER_CITY`], and the [`structures`].
pub fn plans() -> Vec<(String, Plan)> {
    let simplified = simplified_full_width(wuzhong_plan::SOURCE_TEXT);
    let mut plans = vec![
        ("embedded".to_owned(), wuzhong_plan::plan().clone()),
        (
            "simplified".to_owned(),
            wuzhong_plan::parse(&simplified).expect("the Simplified plan parses"),
        ),
        (
            "other-city".to_owned(),
            wuzhong_plan::parse(OTHER_CITY).expect("the other city's plan parses"),
        ),
    ];
    plans.extend(structures());
    plans
}

/// The fixtures of `tests/fixtures/structure/`, one for each layout a document of the
/// genre may take (annexes, boxes, a table of tasks, numbering that restarts or skips,
/// unnumbered tasks, `一、` tasks without parts…).
pub const STRUCTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/structure/");

/// The whole documents of `../shared/corpus/` whose layouts the fixtures do not cover
/// alone: a notice with its annex as a table, a numbering of `（一）` tasks run on
/// across parts, parts that restart in an annex.
pub const CORPUS_DOCUMENTS: [&str; 5] = [
    "national-2018-chuangxin-table.txt",
    "national-2018-jiuye.txt",
    "national-2019-zongbaoqu.txt",
    "baotou-2022-shuzi-zhengfu-kaoping.txt",
    "anhui-2022-rcep-shishi-yijian.txt",
];

/// The plans of every layout: each fixture of [`STRUCTURES`], by its file's name, and
/// each document of [`CORPUS_DOCUMENTS`] where `../shared/corpus` is there.
pub fn structures() -> Vec<(String, Plan)> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(STRUCTURES)
        .expect("tests/fixtures/structure")
        .map(|entry| entry.expect("a fixture").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut plans: Vec<(String, Plan)> = files
        .iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(path).expect("a fixture's text");
            let plan = wuzhong_plan::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, plan)
        })
        .collect();
    for file in CORPUS_DOCUMENTS {
        let Some((_, text)) = crate::corpus::read(file) else {
            break;
        };
        let plan = wuzhong_plan::parse(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        plans.push((file.trim_end_matches(".txt").to_owned(), plan));
    }
    plans
}

/// `text` in Simplified script, with full-width commas, colons and brackets.
pub fn simplified_full_width(text: &str) -> String {
    let simplified = wuzhong_plan::RenderOptions::default()
        .script(wuzhong_plan::Script::Simplified)
        .display(text)
        .into_owned();
    simplified
        .replace(',', "，")
        .replace(':', "：")
        .replace('(', "（")
        .replace(')', "）")
}

/// A small deterministic random source (a linear congruential generator).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407))
    }

    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const PROSE: &[&str] = &[
    "推进公共服务均等化",
    "到2025年，社区养老服务覆盖率达到90%",
    "到2023年底，新建住房375套",
    "每个乡镇至少建成一所公办中心园",
    "人均不少于0.1平方米",
    "支持<script>alert('x')</script>试点",
    "落实“A&B”与'引号'及]]>标记",
    "市委、市政府统筹协调",
    "各有关部门(单位)按照职责分工落实",
    "每所学校重点办好1-2个专业群",
    "完善服務網路，提升服務質量",
];

const TITLES: &[&str] = &[
    "完善养老服务",
    "发展普惠托育",
    "强化人才保障",
    "加强<b>设施</b>建设",
    "健全“財政”机制&保障",
];

const LISTS: &[&str] = &[
    "責任單位:市民政局、財政局,各縣(市、區)",
    "责任单位：市教育局",
    "责任部门：市卫生健康委员会、人力资源和社会保障局",
    "牵头单位：市发展改革委",
    "責任單位:市民政局、市財政局分別牽頭",
    "责任单位：市住房和城乡建设局（牵头）、市自然资源局",
];

/// The text of a generated plan: a few parts, groups and tasks of the genre, with
/// targets, notes, lists of each form, and markup, ampersands and quotes in the text.
pub fn generated(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut lines = vec![format!(
        "某市“十四五”公共服务实施方案{}",
        rng.pick(&["", "<&>", "\"]]>\""])
    )];
    if rng.below(2) == 0 {
        lines.push("为推进公共服务发展，制定本方案。".to_owned());
    }
    let mut number = 0;
    let parts = 1 + rng.below(3);
    for p in 0..parts {
        let title = ["主要目标", "重点任务", "组织实施"][p];
        lines.push(format!("{}、{title}", ["一", "二", "三"][p]));
        if p == 0 || rng.below(3) == 0 {
            lines.push(format!("{}。", rng.pick(PROSE)));
        }
        let groups = if p == 1 { rng.below(3) } else { 0 };
        let mut write_tasks = |rng: &mut Rng, lines: &mut Vec<String>, count: usize| {
            for _ in 0..count {
                number += 1;
                let marker = rng.pick(&[".", "．", "、"]);
                let mut body = format!("{}。{}。", rng.pick(TITLES), rng.pick(PROSE));
                if rng.below(3) == 0 {
                    body.push_str(&format!("{}。", rng.pick(PROSE)));
                }
                if rng.below(4) == 0 {
                    body.push_str("（牵头单位：市民政局，配合单位：市财政局）");
                }
                lines.push(format!("{number}{marker}{body}"));
                if rng.below(4) != 0 {
                    lines.push(rng.pick(LISTS).to_owned());
                }
            }
        };
        if groups == 0 {
            let count = if p == 0 {
                rng.below(2)
            } else {
                1 + rng.below(3)
            };
            write_tasks(&mut rng, &mut lines, count);
        }
        for g in 0..groups {
            let brackets = rng.pick(&["()", "（）"]);
            let (open, close) = brackets.split_at(brackets.len() / 2);
            lines.push(format!(
                "{open}{}{close}{}",
                ["一", "二"][g],
                rng.pick(TITLES)
            ));
            let count = 1 + rng.below(3);
            write_tasks(&mut rng, &mut lines, count);
        }
    }
    lines.join("\n") + "\n"
}

/// At least `count` generated plans that parse, with their seeds.
pub fn generated_plans(count: usize) -> Vec<(u64, Plan)> {
    let mut plans = Vec::new();
    let mut seed = 0;
    while plans.len() < count {
        assert!(seed < count as u64 * 10, "too few generated plans parse");
        if let Ok(plan) = wuzhong_plan::parse(&generated(seed)) {
            plans.push((seed, plan));
        }
        seed += 1;
    }
    plans
}

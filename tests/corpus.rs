//! The real documents of the genre in `../shared/corpus/` (see its README), each read
//! as a reader reads it: its tasks, the part and group each stands in, its title, and
//! its leads and supporters as quoted in the text, in order; the byte-for-byte round
//! trip; the last task of a cut file, present and incomplete; and the diagnostics that
//! say what was left unread. Every expectation was written by reading the file.
//!
//! The files are read at run time, never copied in. Without the directory these tests
//! pass with `skipped: ../shared/corpus not found`, except on CI (see `common/corpus.rs`).

#[path = "common/corpus.rs"]
mod corpus;
#[path = "common/reading.rs"]
mod reading;

use reading::{Expected, Row, assert_basis, check, numbers};
use wuzhong_plan::{DiagnosticKind, Role, RoleBasis};

/// A file of the corpus and what it must read as.
struct Document {
    file: &'static str,
    expected: Expected,
}

/// 关于推进人才集聚工程的实施意见, Guangzhou, 2012: the whole document. Five parts;
/// task 1 stands under part 一 with no group and no note; part 二 has six groups and
/// part 三 three, each a paragraph ending in `：`; parts 四 and 五 have no groups. Every
/// other task ends with a note `（牵头单位：…，配合单位：…）`, task 29's with a lead only.
const GUANGZHOU: Document = Document {
    file: "01-guangzhou-rencai-jiju-2012.txt",
    expected: Expected {
        tasks: GUANGZHOU_TASKS,
        cut: None,
        // Task 1 (line 4) names no party.
        diagnostics: &[(DiagnosticKind::NoResponsibility, 4)],
    },
};

#[rustfmt::skip]
const GUANGZHOU_TASKS: &[Row] = &[
    (1, 1, None, "目标", &[], &[]),
    (2, 2, Some(1), "战略性主导产业紧缺人才开发项目", &["市发展改革委"], &["市委组织部", "市人力资源和社会保障局", "各区、县级市"]),
    (3, 2, Some(1), "羊城企业家培养项目", &["市委组织部"], &["市国资委"]),
    (4, 2, Some(1), "民营企业家素质提升项目", &["市经贸委"], &["市人力资源和社会保障局", "市工商联", "各区、县级市"]),
    (5, 2, Some(1), "高技能人才精工项目", &["市人力资源和社会保障局"], &["市教育局", "各区、县级市"]),
    (6, 2, Some(1), "金融高级人才开发项目", &["市金融办"], &["市发展改革委", "市人力资源和社会保障局", "各区、县级市"]),
    (7, 2, Some(1), "专业技术人才知识更新项目", &["市人力资源和社会保障局"], &["各区、县级市"]),
    (8, 2, Some(1), "“赢在广州”大学生创业扶持项目", &["市人力资源和社会保障局"], &["市工商局", "市金融办", "团市委", "各区、县级市"]),
    (9, 2, Some(2), "“百人计划”拓展项目", &["市委组织部"], &["市科技和信息化局", "市人力资源和社会保障局"]),
    (10, 2, Some(2), "“羊城学者”特聘岗位项目", &["市委组织部"], &["各有关单位"]),
    (11, 2, Some(2), "121人才梯队项目", &["市人力资源和社会保障局"], &["各区、县级市"]),
    (12, 2, Some(2), "博士后培养项目", &["市人力资源和社会保障局"], &["各区、县级市"]),
    (13, 2, Some(2), "珠江科技新星项目", &["市科技和信息化局"], &["各区、县级市"]),
    (14, 2, Some(2), "“菁英计划”留学项目", &["市教育局"], &["市人力资源和社会保障局", "市国资委"]),
    (15, 2, Some(2), "“百会进千企”金桥项目", &["市科协"], &["市发展改革委", "市科技和信息化局", "市国资委", "市经贸委"]),
    (16, 2, Some(3), "大学生村官培养项目", &["市委组织部"], &["各区、县级市"]),
    (17, 2, Some(3), "城市运行管理人才开发项目", &["市城管委"], &["各区、县级市"]),
    (18, 2, Some(3), "农村基层和北部山区人才支持项目", &["市人力资源和社会保障局"], &["市委组织部", "各区、县级市"]),
    (19, 2, Some(3), "农村实用人才培养项目", &["市农业局"], &["市科协", "各有关区、县级市"]),
    (20, 2, Some(4), "羊城文化名家资助项目", &["市委宣传部"], &["各有关单位", "各区、县级市"]),
    (21, 2, Some(4), "文化创意产业领军人才项目", &["市文化广电新闻出版局"], &["各有关单位", "各区、县级市"]),
    (22, 2, Some(4), "体育各类领军人才项目", &["市体育局"], &["市人力资源和社会保障局", "各区、县级市"]),
    (23, 2, Some(5), "高素质教育人才队伍建设项目", &["市教育局"], &["市人力资源和社会保障局", "各区、县级市"]),
    (24, 2, Some(5), "医疗卫生人才保障项目", &["市卫生局"], &["市人力资源和社会保障局", "各区、县级市"]),
    (25, 2, Some(5), "社会工作人才培养项目", &["市民政局"], &["市人力资源和社会保障局", "各区、县级市"]),
    (26, 2, Some(5), "民主法治人才项目", &["市委政法委"], &["市法院", "市检察院", "市公安局", "市司法局", "市法制办", "各区、县级市"]),
    (27, 2, Some(5), "杰出青年人才支持项目", &["团市委"], &["市人力资源和社会保障局"]),
    (28, 2, Some(6), "“红棉计划”创业项目", &["市留交办"], &["各有关单位", "各区、县级市"]),
    (29, 2, Some(6), "百名高端外国专家引进项目", &["市人力资源和社会保障局"], &[]),
    (30, 2, Some(6), "千名国际人才培训项目", &["市人力资源和社会保障局"], &["各有关单位", "各区、县级市"]),
    (31, 2, Some(6), "高校合作项目", &["市委组织部"], &["市发展改革委", "市人力资源和社会保障局", "市科技和信息化局", "市教育局", "各区、县级市"]),
    (32, 3, Some(1), "中国留学人员广州科技交流会", &["市留交办"], &["各有关单位", "各区、县级市"]),
    (33, 3, Some(1), "人才研究智库", &["市委组织部"], &["市科技和信息化局", "市人力资源和社会保障局", "市留交办"]),
    (34, 3, Some(1), "高技能人才公共实训鉴定基地", &["市人力资源和社会保障局"], &["各有关单位", "各区、县级市"]),
    (35, 3, Some(2), "“千人计划”南方创业服务中心", &["市委组织部"], &["市科技和信息化局", "市人力资源和社会保障局", "市财政局", "越秀区"]),
    (36, 3, Some(2), "人才特区", &["市委组织部"], &["市人力资源和社会保障局", "市科技和信息化局", "各有关区、县级市"]),
    (37, 3, Some(3), "人才资源服务产业园", &["市人力资源和社会保障局"], &["市委组织部", "各有关单位", "各区、县级市"]),
    (38, 3, Some(3), "人才公寓", &["市住房保障办"], &["市规划局", "市国土房管局", "各区、县级市"]),
    (39, 3, Some(3), "广州人才信息管理平台", &["市人力资源和社会保障局"], &["市委组织部", "各有关单位", "各区、县级市"]),
    (40, 4, None, "健全党管人才领导体制和工作格局", &["市委组织部"], &["市编办", "市人力资源和社会保障局", "各有关单位", "各区、县级市"]),
    (41, 4, None, "确立人才优先投入机制", &["市财政局"], &["市委组织部", "各有关单位", "各区、县级市"]),
    (42, 4, None, "创新人才管理服务方式", &["市委组织部"], &["各有关单位", "各区、县级市"]),
    (43, 5, None, "加强组织领导", &["市委组织部"], &["各项目牵头单位", "各区、县级市"]),
    (44, 5, None, "完善责任考核", &["市委组织部"], &["各项目牵头单位", "各区、县级市"]),
    (45, 5, None, "营造良好环境", &["市委组织部"], &["市委宣传部", "各有关单位", "各区、县级市"]),
];

/// 市政府工作报告重点工作责任分解(2023年), Lishui: the first 2,000 bytes, which stop in
/// task 11's `责任单位:市` (line 54). Tasks 1–9 stand under part 一 with no group, each
/// followed by a `责任单位:` line; the note on task 4's line is no body.
const LISHUI: Document = Document {
    file: "02-lishui-2023-zrfj-partial.txt",
    expected: Expected {
        tasks: LISHUI_TASKS,
        cut: Some((
            11,
            2,
            Some(1),
            "紧盯“中字头、国字号、500强”推动招大引强再上新高,力争引进20亿级项目不少于12个、50亿级项目不少于2个,努力实现百亿级重大产业项目接二连三再突破,莲青缙松遂龙要在50亿级、云庆景要在20亿级项目招引上取得突破",
        )),
        diagnostics: &[(DiagnosticKind::Truncated, 54)],
    },
};

#[rustfmt::skip]
const LISHUI_TASKS: &[Row] = &[
    (1, 1, None, "生产总值增长6%以上,高质量前提下能快则快", &["市发改委"], &[]),
    (2, 1, None, "规上工业增加值增长8%", &["市经信局"], &[]),
    (3, 1, None, "研发投入强度达到2.3%", &["市科技局"], &[]),
    (4, 1, None, "固定资产投资增长10%", &["市发改委"], &["市经信局", "市科技局", "市财政局", "市自然资源局", "市生态环境局", "市建设局", "市交通运输局", "市水利局", "市农业农村局", "市文广旅体局", "市卫生健康委"]),
    (5, 1, None, "社会消费品零售总额增长5%,外贸出口增长5%", &["市商务局"], &[]),
    (6, 1, None, "城乡居民收入增速保持全省领先、农民收入增速快于城镇居民", &["市人力社保局", "市农业农村局"], &[]),
    (7, 1, None, "一般公共预算收入与经济增长基本同步", &["市财政局"], &[]),
    (8, 1, None, "居民消费价格涨幅控制在3%以内", &["市发改委"], &[]),
    (9, 1, None, "城镇新增就业、节能减排降碳完成省定任务", &["市人力社保局", "市发改委"], &[]),
    (10, 2, Some(1), "实施招商引资“百千”行动,每年招引亿元以上制造业项目100个,带动未来五年制造业投资1000亿元以上", &["市双招双引办"], &["市发改委", "市经信局", "各县(市、区)政府", "丽水开发区管委会"]),
];

/// 平政办〔2013〕11号, Pingdingshan: the first 2,000 bytes, which stop in task 5's first
/// sentence (line 21). Two lines of document metadata as a table, an addressee line and
/// a notice before part 一; each task has a `牵头单位:` line and a `责任单位:` line of
/// supporters.
const PINGDINGSHAN: Document = Document {
    file: "04-pingdingshan-2013-rwfj-partial.txt",
    expected: Expected {
        tasks: PINGDINGSHAN_TASKS,
        // No `。` before the cut: the whole line is the title.
        cut: Some((
            5,
            1,
            Some(3),
            "每个产业集聚区都要围绕各自主导产业,引进国内外知名企业,形成龙头带",
        )),
        // The metadata table of lines 1–2 holds no tasks.
        diagnostics: &[(DiagnosticKind::Truncated, 21)],
    },
};

#[rustfmt::skip]
const PINGDINGSHAN_TASKS: &[Row] = &[
    (1, 1, Some(1), "对煤炭、电力、化工、钢铁等传统优势产业,加大帮扶力度,搭建好产销对接、银企对接服务平台,帮助企业开拓市场,增加订单,释放产能", &["市工业和信息化局"], &["市发改委", "市政府金融办", "市商务局", "市煤炭局"]),
    (2, 1, Some(1), "利用市场倒逼机制,加快产业产品结构调整,重点抓好平煤神马25万吨己二酸和20万吨己内酰胺、海星化工10万吨针状焦、厚普盐化120万吨真空制盐、中加矿业300万吨铁精粉等项目建设,不断向下游精深加工延伸,巩固扩大传统产业优势", &["市发改委"], &["市工业和信息化局", "相关县(市、区)政府"]),
    (3, 1, Some(2), "装备制造产业,重点抓好智能电网高端装备产业基地、煤炭综采成套装备及智能控制系统、隆鑫机车工业园等项目,装备制造板块主营业务收入超400亿元", &["市发改委"], &["市工业和信息化局", "高新区管委会", "新城区管委会", "相关县(市、区)政府"]),
    (4, 1, Some(2), "围绕新兴产业,重点抓好圣光医疗孵化园、兴宇中科锂电池隔膜等项目,形成一批超100亿元的优势产业集群和超20亿元的特色产业集群", &["市发改委"], &["市工业和信息化局", "高新区管委会", "新城区管委会", "相关县(市、区)政府"]),
];

/// 咸陽市2022年深化“放管服”改革最佳化營商環境工作要點, Xianyang: the first 2,000
/// bytes, which stop inside task 2's note `(市政府辦公室、市` (line 5). `全文`, a
/// preamble, one part, no groups; responsibility is a note with verbs.
const XIANYANG: Document = Document {
    file: "06-xianyang-2022-fgf-gzyd-trad-partial.txt",
    expected: Expected {
        tasks: XIANYANG_TASKS,
        cut: Some((2, 1, None, "持續深化相對集中行政許可權改革")),
        diagnostics: &[(DiagnosticKind::Truncated, 5)],
    },
};

#[rustfmt::skip]
const XIANYANG_TASKS: &[Row] = &[
    (1, 1, None, "全面實施行政許可事項清單管理", &["市政府辦公室", "市行政審批制度改革工作領導小組辦公室"], &["市級各有關部門", "各縣市區政府"]),
];

const DOCUMENTS: [&Document; 4] = [&GUANGZHOU, &LISHUI, &PINGDINGSHAN, &XIANYANG];

/// Reads and checks a document; `None` when the corpus is absent (outside CI).
fn read(document: &Document) -> Option<wuzhong_plan::Plan> {
    let (_, text) = corpus::read(document.file)?;
    Some(check(document.file, &text, &document.expected))
}

#[test]
fn guangzhou() {
    let Some(plan) = read(&GUANGZHOU) else { return };
    let name = GUANGZHOU.file;
    for number in 2..=45 {
        assert_basis(name, &plan, number, Role::Lead, RoleBasis::Label);
        if number != 29 {
            assert_basis(name, &plan, number, Role::Support, RoleBasis::Label);
        }
        let task = reading::task(name, &plan, number);
        assert!(task.responsibility.is_none(), "task {number} has no line");
        assert_eq!(task.notes.len(), 1, "task {number} has one note");
    }
    // The groups are the paragraphs that end in `实施如下重点项目：`.
    let groups: Vec<(u8, u8)> = plan.groups().map(|g| (g.part, g.number)).collect();
    assert_eq!(
        groups,
        [
            (2, 1),
            (2, 2),
            (2, 3),
            (2, 4),
            (2, 5),
            (2, 6),
            (3, 1),
            (3, 2),
            (3, 3)
        ]
    );
    assert_eq!(plan.parts().count(), 5);
    // （一）产业提升人才行动计划。围绕发展战略性主导产业，…实施如下重点项目：
    let first = plan.group(2, 1).unwrap();
    assert_eq!(first.title, "产业提升人才行动计划");
    assert!(first.body.starts_with("围绕发展战略性主导产业"));
    assert!(first.body.ends_with("实施如下重点项目："));
    assert_eq!(
        plan.metadata().title.as_deref(),
        Some("关于推进人才集聚工程的实施意见")
    );
    assert_eq!(numbers(plan.tasks_led_by("市留交办").unwrap()), [28, 32]);
    assert_eq!(numbers(plan.tasks_supported_by("市留交办").unwrap()), [33]);
    assert_eq!(numbers(plan.tasks_led_by("市财政局").unwrap()), [41]);
    assert_eq!(numbers(plan.tasks_supported_by("市财政局").unwrap()), [35]);
    assert_eq!(numbers(plan.tasks_led_by("市经贸委").unwrap()), [4]);
    assert_eq!(numbers(plan.tasks_supported_by("市经贸委").unwrap()), [15]);
}

#[test]
fn lishui() {
    let Some(plan) = read(&LISHUI) else { return };
    let name = LISHUI.file;
    for number in [6, 9] {
        assert_basis(name, &plan, number, Role::Lead, RoleBasis::Jointly);
    }
    // Before any rule is stated, the first listed leads by the genre's convention.
    for number in [1, 2, 3] {
        assert_basis(name, &plan, number, Role::Lead, RoleBasis::Order);
    }
    // Task 4's line ends with the document's rule, `(除标注“分别牵头”外,列第一位为牵头或
    // 汇总单位,下同)`: from that line on, the first listed leads and the others support
    // because the document says so (its words are no party); `分别牵头` stays joint.
    for number in [4, 5, 7, 8, 10] {
        assert_basis(name, &plan, number, Role::Lead, RoleBasis::Rule);
    }
    assert_basis(name, &plan, 4, Role::Support, RoleBasis::Rule);
    assert_basis(name, &plan, 10, Role::Support, RoleBasis::Rule);
    assert_eq!(
        numbers(plan.tasks_led_by("市发改委").unwrap()),
        [1, 4, 8, 9]
    );
    assert_eq!(numbers(plan.tasks_supported_by("市发改委").unwrap()), [10]);
    assert_eq!(numbers(plan.tasks_led_by("市人力社保局").unwrap()), [6, 9]);
    assert_eq!(numbers(plan.tasks_led_by("市农业农村局").unwrap()), [6]);
    assert_eq!(
        numbers(plan.tasks_supported_by("市农业农村局").unwrap()),
        [4]
    );
    // The page's own title line and its `时间:2023-07-11 17:01` line.
    let metadata = plan.metadata();
    assert_eq!(
        metadata.title.as_deref(),
        Some("市政府工作报告重点工作责任分解(2023年)")
    );
    assert_eq!(
        metadata.issue_date.map(|d| d.to_string()).as_deref(),
        Some("2023-07-11")
    );
    // Every line after the title's is followed by a blank line, kept as spacing.
    assert!(plan.spacing().blank_lines.len() >= 20);
}

#[test]
fn pingdingshan() {
    let Some(plan) = read(&PINGDINGSHAN) else {
        return;
    };
    let name = PINGDINGSHAN.file;
    for number in 1..=4 {
        assert_basis(name, &plan, number, Role::Lead, RoleBasis::Label);
        assert_basis(name, &plan, number, Role::Support, RoleBasis::Label);
        let task = reading::task(name, &plan, number);
        assert_eq!(
            task.further_responsibility.len(),
            1,
            "task {number}: 责任单位"
        );
    }
    assert_eq!(numbers(plan.tasks_led_by("市发改委").unwrap()), [2, 3, 4]);
    assert_eq!(numbers(plan.tasks_supported_by("市发改委").unwrap()), [1]);
    assert_eq!(numbers(plan.tasks_led_by("市工业和信息化局").unwrap()), [1]);
    assert_eq!(
        numbers(plan.tasks_supported_by("市工业和信息化局").unwrap()),
        [2, 3, 4]
    );
}

#[test]
fn xianyang() {
    let Some(plan) = read(&XIANYANG) else { return };
    let name = XIANYANG.file;
    assert_basis(name, &plan, 1, Role::Lead, RoleBasis::Verb);
    assert_basis(name, &plan, 1, Role::Support, RoleBasis::Verb);
    assert_eq!(reading::task(name, &plan, 1).notes.len(), 1);
}

#[test]
fn the_corpus_may_be_absent_only_off_ci() {
    use std::ffi::OsStr;
    assert!(!corpus::is_ci(None));
    assert!(!corpus::is_ci(Some(OsStr::new(""))));
    assert!(!corpus::is_ci(Some(OsStr::new("false"))));
    assert!(corpus::is_ci(Some(OsStr::new("true"))));
    assert!(corpus::is_ci(Some(OsStr::new("1"))));
    assert!(corpus::DIR.ends_with("/../shared/corpus/"));
}

/// The command line: each file loads through `--plan` with exit code 0, the tasks read
/// above, and its diagnostics on stderr as `warning: FILE:LINE: …`; `--strict` makes
/// them errors, exit code 1.
#[cfg(feature = "cli")]
mod cli {
    use super::{DOCUMENTS, Document, corpus};
    use assert_cmd::Command;
    use serde_json::Value;

    fn run(path: &str, strict: bool) -> std::process::Output {
        let mut command = Command::cargo_bin("wuzhong-plan").unwrap();
        command.args(["tasks", "--plan", path, "--format", "json"]);
        if strict {
            command.arg("--strict");
        }
        command.output().unwrap()
    }

    fn expected_numbers(document: &Document) -> Vec<u64> {
        let expected = &document.expected;
        let mut numbers: Vec<u64> = expected.tasks.iter().map(|row| u64::from(row.0)).collect();
        numbers.extend(expected.cut.map(|cut| u64::from(cut.0)));
        numbers
    }

    #[test]
    fn every_file_loads_and_warns_on_stderr() {
        for document in DOCUMENTS {
            let Some((path, _)) = corpus::read(document.file) else {
                return;
            };
            let path = path.to_str().unwrap();
            let output = run(path, false);
            let stderr = String::from_utf8(output.stderr).unwrap();
            assert_eq!(output.status.code(), Some(0), "{path}: {stderr}");
            let tasks: Value = serde_json::from_slice(&output.stdout).unwrap();
            let read: Vec<u64> = tasks
                .as_array()
                .unwrap()
                .iter()
                .map(|task| task["number"].as_u64().unwrap())
                .collect();
            assert_eq!(read, expected_numbers(document), "{path}");
            let prefix = format!("warning: {path}:");
            for line in stderr.lines() {
                assert!(line.starts_with(&prefix), "{path}: `{line}`");
            }
            for (kind, line) in document.expected.diagnostics {
                let at = format!("warning: {path}:{line}: ");
                assert!(
                    stderr.lines().any(|l| l.starts_with(&at)),
                    "{path}: no warning for {kind:?} at line {line}: {stderr}"
                );
            }
        }
    }

    #[test]
    fn every_file_renders_back_through_the_command_line() {
        for document in DOCUMENTS {
            let Some((path, text)) = corpus::read(document.file) else {
                return;
            };
            let path = path.to_str().unwrap();
            let output = Command::cargo_bin("wuzhong-plan")
                .unwrap()
                .args(["text", "--plan", path])
                .output()
                .unwrap();
            assert_eq!(output.status.code(), Some(0), "{path}");
            assert!(
                output.stdout == text.as_bytes(),
                "{path} does not render back"
            );
        }
    }

    #[test]
    fn strict_makes_the_warnings_errors() {
        for document in DOCUMENTS {
            let Some((path, _)) = corpus::read(document.file) else {
                return;
            };
            let path = path.to_str().unwrap();
            let output = run(path, true);
            let stderr = String::from_utf8(output.stderr).unwrap();
            assert_eq!(output.status.code(), Some(1), "{path}: {stderr}");
            assert!(output.stdout.is_empty(), "{path} printed to stdout");
            assert!(!stderr.contains("warning: "), "{path}: {stderr}");
            for line in stderr.lines() {
                assert!(line.starts_with("error: "), "{path}: `{line}`");
            }
            let (_, first) = document.expected.diagnostics[0];
            assert!(
                stderr.contains(&format!("{path}:{first}: ")),
                "{path}: the error names no line {first}: {stderr}"
            );
        }
    }
}

/// Each document's JSON loads back to the same plan: its notes, roles, further lines
/// and spacing are checked against the text again as it loads.
#[test]
fn every_file_loads_back_from_its_json() {
    for document in DOCUMENTS {
        let Some((_, text)) = corpus::read(document.file) else {
            return;
        };
        let plan = wuzhong_plan::parse(&text).unwrap();
        let json = plan.to_json().unwrap();
        let loaded = wuzhong_plan::Plan::from_json(&json)
            .unwrap_or_else(|err| panic!("{}: {err}", document.file));
        assert_eq!(loaded, plan, "{}", document.file);
        assert_eq!(loaded.to_text(), text, "{}", document.file);
    }
}

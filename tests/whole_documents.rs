//! The five whole documents of `../shared/corpus/` (see its README) as a reader finds
//! their structure: each task in order with its number as written, the annex, part and
//! group it stands in, its level and its title; the parts, groups, annexes and
//! signature block; the deadlines the tasks state; and the text rendered back byte for
//! byte. Every table was written by reading the file, line by line.
//!
//! What the tasks of each document are:
//! - 国发〔2019〕3号 (综合保税区): the `1.`–`21.` paragraphs of part 四, which carry the
//!   notes `（X、Y负责）`; part 二's `（一）`–`（四）` are principles, task groups with no
//!   task, and part 四's `（一）`–`（五）` are the groups of the tasks.
//! - 国发〔2018〕39号 (就业): `（一）`–`（十五）`, numbered straight across five parts, no
//!   groups.
//! - 国办发〔2018〕126号 (支持创新): the 17 rows of the annex's table (1–14, 21–23: the
//!   publisher cut rows 15–20 with section 四); the annex's `一、…方面` lines are its
//!   parts; the notice's part 一 `（一）`–`（五）` are groups that sum the rows up.
//! - 包府办发〔2022〕43号 (包头): `1．`–`90．` in the annex, under parts `一、`–`七、`
//!   that restart there and groups `（一）` that restart in each part; the notice's part
//!   三 `（一）`–`（四）` are groups with no task.
//! - 皖开放办〔2022〕6号 (安徽 RCEP): `1.`–`24.`, numbered straight across groups and
//!   parts; 22–24 stand straight under part 三 with no group.
//!
//! A task's level is the depth of its numbering in its document (the main document or
//! its annex): 1, plus 1 if that document has headed parts, plus 1 if it has any task
//! group. So the chuangxin rows are level 2 (the annex has parts but no groups) although
//! the notice has groups, and Anhui's 22–24 are level 3 like the others.
//!
//! Deadlines: only 包头's notes state them, as the note's first clause before
//! `牵头考核单位`. The quote is that clause as written. A month alone takes the
//! document's year (2022, from `2022年4月14日`). A clause with a month is dated by
//! that month even where it goes on `并持续推进`: it is not ongoing. `持续推进` and
//! `持续优化` are ongoing. `按进度推进` ("as scheduled", tasks 53 and 60) gives no date
//! and says nothing ongoing, so it is no deadline. Neither are the dates inside the
//! task bodies (task 53's `7月底前完成项目前期手续`, task 60's `年底前完成全部改造任务`).
//! The other four documents date no task: their notes name bodies only, and the dates
//! of their bodies (`2019年1月1日至12月31日`, `本意见印发之日起30日内`) are terms of a
//! policy, not deadlines of a task.
//!
//! The files are read at run time, never copied in. Without the directory these tests
//! pass with `skipped: ../shared/corpus not found`, except on CI (see `common/corpus.rs`).

#[path = "common/corpus.rs"]
mod corpus;
#[path = "common/outline.rs"]
mod outline;

use outline::{AnnexRow, DeadlineRow, GroupRow, PartRow, TaskRow};

/// A file of the corpus and what it must read as.
struct Document {
    file: &'static str,
    tasks: &'static [TaskRow],
    parts: &'static [PartRow],
    groups: &'static [GroupRow],
    annexes: &'static [AnnexRow],
    signature: &'static [&'static str],
    deadlines: &'static [DeadlineRow],
}

/// Parses the file and checks everything `document` says of it; `None` when the corpus
/// is absent (outside CI).
fn check(document: &Document) -> Option<wuzhong_plan::Plan> {
    let (_, text) = corpus::read(document.file)?;
    let name = document.file;
    let plan = outline::parse(name, &text);
    outline::check_tasks(name, &plan, document.tasks);
    outline::check_parts(name, &plan, document.parts);
    outline::check_groups(name, &plan, document.groups);
    outline::check_annexes(name, &plan, document.annexes);
    outline::check_signature(name, &plan, document.signature);
    outline::check_deadlines(name, &plan, document.deadlines);
    outline::check_quotes_in_text(name, &plan);
    Some(plan)
}

// ---------------------------------------------------------------------------------------
// 国务院关于促进综合保税区高水平开放高质量发展的若干意见 (国发〔2019〕3号)

const ZONGBAOQU: Document = Document {
    file: "national-2019-zongbaoqu.txt",
    tasks: ZONGBAOQU_TASKS,
    parts: &[
        (1, "一", None, "指导思想"),
        (2, "二", None, "基本原则"),
        (3, "三", None, "发展目标"),
        (4, "四", None, "主要任务"),
        (5, "五", None, "有关要求"),
    ],
    groups: &[
        (2, 1, "（一）", "坚持深化改革，简政放权"),
        (2, 2, "（二）", "坚持对标国际，开放引领"),
        (2, 3, "（三）", "坚持创新驱动，转型升级"),
        (2, 4, "（四）", "坚持质量第一，效益优先"),
        (4, 1, "（一）", "统筹两个市场，打造加工制造中心"),
        (4, 2, "（二）", "推动创新创业，打造研发设计中心"),
        (4, 3, "（三）", "推进贸易便利化，打造物流分拨中心"),
        (4, 4, "（四）", "延伸产业链条，打造检测维修中心"),
        (4, 5, "（五）", "培育新动能新优势，打造销售服务中心"),
    ],
    annexes: &[],
    signature: &["国务院", "2019年1月12日", "（此件公开发布）"],
    deadlines: &[],
};

#[rustfmt::skip]
const ZONGBAOQU_TASKS: &[TaskRow] = &[
    (1, "1.", None, "四", Some("（一）"), 3, "拓展两个市场"),
    (2, "2.", None, "四", Some("（一）"), 3, "提前适用政策"),
    (3, "3.", None, "四", Some("（一）"), 3, "释放企业产能"),
    (4, "4.", None, "四", Some("（一）"), 3, "促进内销便利"),
    (5, "5.", None, "四", Some("（一）"), 3, "强化企业市场主体地位"),
    (6, "6.", None, "四", Some("（二）"), 3, "促进研发创新"),
    (7, "7.", None, "四", Some("（二）"), 3, "建设创新高地"),
    (8, "8.", None, "四", Some("（二）"), 3, "优化信用管理"),
    (9, "9.", None, "四", Some("（二）"), 3, "支持医疗设备研发"),
    (10, "10.", None, "四", Some("（三）"), 3, "简化进出区管理"),
    (11, "11.", None, "四", Some("（三）"), 3, "便利货物流转"),
    (12, "12.", None, "四", Some("（三）"), 3, "试行汽车保税存储"),
    (13, "13.", None, "四", Some("（三）"), 3, "促进文物回流"),
    (14, "14.", None, "四", Some("（四）"), 3, "开展检测维修"),
    (15, "15.", None, "四", Some("（四）"), 3, "支持再制造业"),
    (16, "16.", None, "四", Some("（四）"), 3, "创新监管模式"),
    (17, "17.", None, "四", Some("（五）"), 3, "发展租赁业态"),
    (18, "18.", None, "四", Some("（五）"), 3, "促进跨境电商发展"),
    (19, "19.", None, "四", Some("（五）"), 3, "支持服务外包"),
    (20, "20.", None, "四", Some("（五）"), 3, "支持期货交割"),
    (21, "21.", None, "四", Some("（五）"), 3, "推广创新制度"),
];

#[test]
fn zongbaoqu() {
    let Some(plan) = check(&ZONGBAOQU) else {
        return;
    };
    // The principles of part 二 are groups without tasks: every task is in part 四.
    for number in 1..=4 {
        let group = plan.group(2, number).unwrap();
        assert!(group.tasks.is_empty(), "principle （{number}） has no task");
    }
    // Line 42's part 五 holds prose only, and the lines after it are the signature.
    assert!(plan.part(5).unwrap().tasks.is_empty());
    assert!(plan.part(5).unwrap().groups.is_empty());
}

// ---------------------------------------------------------------------------------------
// 国务院关于做好当前和今后一个时期促进就业工作的若干意见 (国发〔2018〕39号)

const JIUYE: Document = Document {
    file: "national-2018-jiuye.txt",
    tasks: JIUYE_TASKS,
    parts: &[
        (1, "一", None, "支持企业稳定发展"),
        (2, "二", None, "鼓励支持就业创业"),
        (3, "三", None, "积极实施培训"),
        (4, "四", None, "及时开展下岗失业人员帮扶"),
        (5, "五", None, "落实各方责任"),
    ],
    groups: &[],
    annexes: &[],
    signature: &["国务院", "2018年11月16日", "（此件公开发布）"],
    deadlines: &[],
};

#[rustfmt::skip]
const JIUYE_TASKS: &[TaskRow] = &[
    (1, "（一）", None, "一", None, 2, "加大稳岗支持力度"),
    (2, "（二）", None, "一", None, 2, "发挥政府性融资担保机构作用支持小微企业"),
    (3, "（三）", None, "二", None, 2, "加大创业担保贷款贴息及奖补政策支持力度"),
    (4, "（四）", None, "二", None, 2, "支持创业载体建设"),
    (5, "（五）", None, "二", None, 2, "扩大就业见习补贴范围"),
    (6, "（六）", None, "三", None, 2, "支持困难企业开展职工在岗培训"),
    (7, "（七）", None, "三", None, 2, "开展失业人员培训"),
    (8, "（八）", None, "三", None, 2, "放宽技术技能提升补贴申领条件"),
    (9, "（九）", None, "四", None, 2, "实行失业登记常住地服务"),
    (10, "（十）", None, "四", None, 2, "落实失业保险待遇"),
    (11, "（十一）", None, "四", None, 2, "保障困难群众基本生活"),
    (12, "（十二）", None, "五", None, 2, "落实地方政府主体责任"),
    (13, "（十三）", None, "五", None, 2, "明确部门组织协调责任"),
    (14, "（十四）", None, "五", None, 2, "切实抓好政策服务"),
    (15, "（十五）", None, "五", None, 2, "指导企业等各方履行社会责任"),
];

#[test]
fn jiuye() {
    let Some(plan) = check(&JIUYE) else { return };
    // `（十七）`-style numbering runs on: （三） opens part 二, not a group (1).
    let third = plan.task(3).unwrap();
    assert_eq!((third.part, third.group), (2, None));
    // The `（X）` items are tasks, so no part has a group.
    assert_eq!(plan.groups().count(), 0);
    // Task （十五） (line 25) is the last: line 26, a paragraph of prose, is no task.
    assert_eq!(plan.tasks().len(), 15);
}

// ---------------------------------------------------------------------------------------
// 国务院办公厅关于推广第二批支持创新相关改革举措的通知 (国办发〔2018〕126号)

const CHUANGXIN: Document = Document {
    file: "national-2018-chuangxin-table.txt",
    tasks: CHUANGXIN_TASKS,
    parts: &[
        (1, "一", None, "推广的改革举措（共23项）"),
        (2, "二", None, "高度重视推广工作"),
        (3, "三", None, "认真抓好组织实施"),
        (4, "一", Some(1), "知识产权保护方面（共5项）"),
        (5, "二", Some(1), "科技成果转化激励方面（共4项）"),
        (6, "三", Some(1), "科技金融创新方面（共5项）"),
        (7, "四", Some(1), "军民深度融合方面（共6项）"),
        (8, "五", Some(1), "管理体制创新方面（共3项）"),
    ],
    groups: CHUANGXIN_GROUPS,
    annexes: &[(1, "附件", "第二批支持创新相关改革举措推广清单")],
    signature: &["国务院办公厅", "2018年12月23日", "（本文有删减）"],
    deadlines: &[],
};

#[rustfmt::skip]
const CHUANGXIN_GROUPS: &[GroupRow] = &[
    (1, 1, "（一）", "知识产权保护方面5项：知识产权民事、刑事、行政案件“三合一”审判；省级行政区内专利等专业技术性较强的知识产权案件跨市（区）审理；以降低侵权损失为核心的专利保险机制；知识产权案件审判中引入技术调查官制度；基于“两表指导、审助分流”的知识产权案件快速审判机制"),
    (1, 2, "（二）", "科技成果转化激励方面4项：以事前产权激励为核心的职务科技成果权属改革；技术经理人全程参与的科技成果转化服务模式；技术股与现金股结合激励的科技成果转化相关方利益捆绑机制；“定向研发、定向转化、定向服务”的订单式研发和成果转化机制"),
    (1, 3, "（三）", "科技金融创新方面5项：区域性股权市场设置科技创新专板；基于“六专机制”的科技型企业全生命周期金融综合服务；推动政府股权基金投向种子期、初创期企业的容错机制；以协商估值、坏账分担为核心的中小企业商标质押贷款模式；创新创业团队回购地方政府产业投资基金所持股权的机制"),
    (1, 4, "（四）", "军民深度融合方面6项"),
    (1, 5, "（五）", "管理体制创新方面3项：允许地方高校自主开展人才引进和职称评审；以授权为基础、市场化方式运营为核心的科研仪器设备开放共享机制；以地方立法形式建立推动改革创新的决策容错机制"),
];

#[rustfmt::skip]
const CHUANGXIN_TASKS: &[TaskRow] = &[
    (1, "1", Some(1), "一", None, 2, "知识产权民事、刑事、行政案件“三合一”审判"),
    (2, "2", Some(1), "一", None, 2, "省级行政区内专利等专业技术性较强的知识产权案件跨市（区）审理"),
    (3, "3", Some(1), "一", None, 2, "以降低侵权损失为核心的专利保险机制"),
    (4, "4", Some(1), "一", None, 2, "知识产权案件审判中引入技术调查官制度"),
    (5, "5", Some(1), "一", None, 2, "基于“两表指导、审助分流”的知识产权案件快速审判机制"),
    (6, "6", Some(1), "二", None, 2, "以事前产权激励为核心的职务科技成果权属改革"),
    (7, "7", Some(1), "二", None, 2, "技术经理人全程参与的科技成果转化服务模式"),
    (8, "8", Some(1), "二", None, 2, "技术股与现金股结合激励的科技成果转化相关方利益捆绑机制"),
    (9, "9", Some(1), "二", None, 2, "“定向研发、定向转化、定向服务”的订单式研发和成果转化机制"),
    (10, "10", Some(1), "三", None, 2, "区域性股权市场设置科技创新专板"),
    (11, "11", Some(1), "三", None, 2, "基于“六专机制”的科技型企业全生命周期金融综合服务"),
    (12, "12", Some(1), "三", None, 2, "推动政府股权基金投向种子期、初创期企业的容错机制"),
    (13, "13", Some(1), "三", None, 2, "以协商估值、坏账分担为核心的中小企业商标质押贷款模式"),
    (14, "14", Some(1), "三", None, 2, "创新创业团队回购地方政府产业投资基金所持股权的机制"),
    // Part 四 (line 40) is cut whole: rows 15–20 are not in the text.
    (15, "21", Some(1), "五", None, 2, "允许地方高校自主开展人才引进和职称评审"),
    (16, "22", Some(1), "五", None, 2, "以授权为基础、市场化方式运营为核心的科研仪器设备开放共享机制"),
    (17, "23", Some(1), "五", None, 2, "以地方立法形式建立推动改革创新的决策容错机制"),
];

#[test]
fn chuangxin() {
    let Some(plan) = check(&CHUANGXIN) else {
        return;
    };
    // Part 四 of the annex (line 40) stands with no row under it.
    let cut = plan.part(7).unwrap();
    assert!(cut.tasks.is_empty() && cut.groups.is_empty());
    // Each row keeps its cells after the number: 改革举措, 主要内容, 指导部门, 推广范围.
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
            "知识产权民事、刑事、行政案件“三合一”审判",
            "整合分散的审判资源，实行知识产权民事、刑事、行政案件审判“三合一”，实现审判力量集中、审判标准统一，提高审判效率，缩短审判周期。",
            "最高人民法院、最高人民检察院、国家知识产权局",
            "全国",
        ]
    );
    let last = plan.task(17).unwrap();
    assert_eq!(last.row.len(), 4);
    assert_eq!(last.row.last().map(|cell| cell.text.as_str()), Some("全国"));
    // Row 6's 推广范围 is not 全国.
    assert_eq!(
        plan.task(6)
            .unwrap()
            .row
            .last()
            .map(|cell| cell.text.as_str()),
        Some("8个改革试验区域")
    );
    // The summaries of part 一 are groups with no task: the rows are the tasks.
    assert!(plan.groups().all(|group| group.tasks.is_empty()));
}

// ---------------------------------------------------------------------------------------
// 包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知 (包府办发〔2022〕43号)

const BAOTOU: Document = Document {
    file: "baotou-2022-shuzi-zhengfu-kaoping.txt",
    tasks: BAOTOU_TASKS,
    parts: &[
        (1, "一", None, "考评对象"),
        (2, "二", None, "考评内容"),
        (3, "三", None, "考评方式"),
        (4, "四", None, "考评结果应用"),
        (5, "一", Some(1), "政务服务\"一网通办\"（25分）"),
        (6, "二", Some(1), "政府治理“一网统管\"（25分）"),
        (7, "三", Some(1), "政府办公统一协同（20分）"),
        (8, "四", Some(1), "强化基础设施支撑（10分）"),
        (9, "五", Some(1), "释放数据要素价值（10分）"),
        (10, "六", Some(1), "筑牢安全防护体系（5分）"),
        (11, "七", Some(1), "加强统筹管理和工作保障（5分）"),
    ],
    groups: BAOTOU_GROUPS,
    annexes: &[(1, "附件", "包头市数字政府建设考评指标")],
    // The notice's date (line 6) stands before the plan's title, in the front matter;
    // lines 25–26 after the last part are the annex list, not a signature.
    signature: &[],
    deadlines: BAOTOU_DEADLINES,
};

#[rustfmt::skip]
const BAOTOU_GROUPS: &[GroupRow] = &[
    (3, 1, "（一）", "考评以日常监测、实地调研、民意调查、第三方评估等方式进行"),
    (3, 2, "（二）", "实行百分制"),
    (3, 3, "（三）", "以各牵头考核单位报送分值为基础，参考数字政府专班核实情况，计算各旗县区、稀土高新区及各部门7个方面分值的平均分值，形成最终分值"),
    (3, 4, "（四）", "对牵头考核单位相同的考评指标大项，由牵头考核单位自行明确大项中各小项分值，并进行考评打分"),
    (5, 1, "（一）", "一体化政务服务平台建设（3分）"),
    (5, 2, "（二）", "政务服务便民热线升级（2分）"),
    (5, 3, "（三）", "政府网站集约化平台升级（1.5分）"),
    (5, 4, "（四）", "线上进一网（2分）"),
    (5, 5, "（五）", "线下进一窗（1分）"),
    (5, 6, "（六）", "深化“最多跑一次\"（2分）"),
    (5, 7, "（七）", "推进政务服务“跨域通办\"（1分）"),
    (5, 8, "（八）", "强化全流程监管（0.5分）"),
    (5, 9, "（九）", "优化政务服务应用（12分）"),
    (6, 1, "（一）", "建设智慧包头城市大脑能力平台（5分）"),
    (6, 2, "（二）", "探索数字财政应用场景（4分）"),
    (6, 3, "（三）", "构建市场多元监管格局（4分）"),
    (6, 4, "（四）", "强化重点领域市场监管（8分）"),
    (6, 5, "（五）", "完善信用监管（4分）"),
    (7, 1, "（一）", "升级建设政府一体化协同办公平台"),
    (8, 1, "（一）", "建设立体高速信息网络（5分）"),
    (8, 2, "（二）", "完善态势感知体系（3分）"),
    (8, 3, "（三）", "深化泛在普惠政务网络（2分）"),
    (9, 1, "（一）", "推进智慧城市大数据中心建设（3分）"),
    (9, 2, "（二）", "推进基础和主题数据库建设（2分）"),
    (9, 3, "（三）", "推动高效务实的数据共享开放（2分）"),
    (9, 4, "（四）", "加快政务数据有序开放（3分）"),
    (10, 1, "（一）", "建立健全安全防护管理机制"),
    (10, 2, "（二）", "强化安全防护支撑能力"),
    (11, 1, "（一）", "建立组织协调评价机制（1分）"),
    (11, 2, "（二）", "强化工作保障（3分）"),
    (11, 3, "（三）", "强化宣传推广（1分）"),
];

#[rustfmt::skip]
const BAOTOU_TASKS: &[TaskRow] = &[
    (1, "1．", Some(1), "一", Some("（一）"), 3, "除涉密、法律法规禁止和必须人员、车辆现场核验的事项外，各级政务服务事项全部开通全程网办"),
    (2, "2．", Some(1), "一", Some("（一）"), 3, "通过大数据平台和一体化政务服务平台，不断完善数据分析、机器学习等功能，强化审批智能化"),
    (3, "3．", Some(1), "一", Some("（二）"), 3, "全面提升“12345\"政务热线服务水平"),
    (4, "4．", Some(1), "一", Some("（二）"), 3, "成立各级政务服务便民热线工作机构，主要领导兼任负责人，强化热线整合、运维管理和督促检查等工作"),
    (5, "5．", Some(1), "一", Some("（三）"), 3, "采取全市统一建设方式，市政府门户网站、各部门网站、各旗县区政府（管委会）门户网站均集中迁移至本平台统一运维监管、统一安全防护管理，大幅提升本地区网站的大数据、高并发承载能力"),
    (6, "6．", Some(1), "一", Some("（四）"), 3, "持续梳理政务服务事项，全部纳入一体化平台"),
    (7, "7．", Some(1), "一", Some("（四）"), 3, "升级建设智能审批模块，加快实现扫码亮证、一证通办、无感通办、电子证照、电子云签、秒批秒办等功能"),
    (8, "8．", Some(1), "一", Some("（四）"), 3, "深化工程建设项目审批制度改革和营商环境评价要求，加快工程建设项目审批系统持续优化、平台整合、数据共享"),
    (9, "9．", Some(1), "一", Some("（五）"), 3, "完善“前台综合受理、后台分类办理、统一窗口出件\"模式，不断优化调整窗口设置，各级大厅综合一窗率达90%以上"),
    (10, "10．", Some(1), "一", Some("（五）"), 3, "推动“鹿城之窗\"自助终端向企业、社区、园区等重点区域延伸"),
    (11, "11．", Some(1), "一", Some("（六）"), 3, "推进各级大厅智能化设备应用，实现客服、预约、人脸识别等线上线下互动"),
    (12, "12．", Some(1), "一", Some("（六）"), 3, "对标浙江、上海、北京等先进地区，新增企业群众关心关注的行业和领域，形成新的“一件事\"清单，并不断扩大覆盖范围，加强上下游部门的数据共享，推动“一件事\"落实落地"),
    (13, "13．", Some(1), "一", Some("（六）"), 3, "完善会商联审制度，组建并优化专业化帮办代办队伍，为企业提供全程无偿代办帮办服务"),
    (14, "14．", Some(1), "一", Some("（七）"), 3, "推动基层部门的公共服务业务系统与一体化平台对接，不断优化全市通办互办事项目录"),
    (15, "15．", Some(1), "一", Some("（七）"), 3, "按照国家、自治区“跨省通办\"“跨市通办\"事项清单，完善跨地区通办机制，优化服务窗口，大幅增加办件量"),
    (16, "16．", Some(1), "一", Some("（七）"), 3, "在现有窗口评价器、手机APP、网站、叫号机、自助机、短信等评价渠道的基础上，继续拓展评价渠道和范围，方便企业群众对各级政务服务做出客观真实评价"),
    (17, "17．", Some(1), "一", Some("（七）"), 3, "加强评价数据综合分析和应用，将“好差评\"反映问题作为优化办事流程、动态调整办事指南的重要依据"),
    (18, "18．", Some(1), "一", Some("（八）"), 3, "适时聘请评估机构，对全市政务服务开展第三方评估，以评促改、以评促优"),
    (19, "19．", Some(1), "一", Some("（九）"), 3, "按照自治区要求，加快梳理政务服务数据三张清单，完成目录数据挂载"),
    (20, "20．", Some(1), "一", Some("（九）"), 3, "完成全民健康信息平台基础功能扩展，强化各类应用和数据共享"),
    (21, "21．", Some(1), "一", Some("（九）"), 3, "完成信息平台上线前15项业务编码贯标、对照待遇清单梳理政策、两定机构接口改造、医保专网铺设、政策参数配置、系统测试等多项工作"),
    (22, "22．", Some(1), "一", Some("（九）"), 3, "建设“包头文化云\"，拓宽公共文化服务领域，提供群众文化艺术辅导、培训、演出、文艺活动以及讲座、展览展示等直播、展播内容，发布公共文化服务信息、动态和群众文化艺术理论成果以及群众文化创作精品"),
    (23, "23．", Some(1), "一", Some("（九）"), 3, "加快文旅“一云一池三平台\"建设，完成平台搭建、功能研发、资源池填充、推广营销等，按时完成“一键游包头\"项目并上线试运行"),
    (24, "24．", Some(1), "一", Some("（九）"), 3, "推进公共体育场馆数字化建设，提供健身场地、器材及其他信息实时查询"),
    (25, "25．", Some(1), "一", Some("（九）"), 3, "优化升级包头教育云平台，在寒暑假为全市学生提供“名师视界\"录播课堂，为中小学生及家长、教师提供丰富教育教学和课程资源，为学生提供个性化学习服务"),
    (26, "26．", Some(1), "一", Some("（九）"), 3, "在现有新生入学、教师招聘、教师资格认定等62项“一站式\"便民服务的基础上，继续聚焦就业服务、教育缴费、证照办理等民生热点“一网通办\"，全面实现学生毕业证、教师资格证、办学许可证等教育类证照电子化"),
    (27, "27．", Some(1), "一", Some("（九）"), 3, "推进中小学信息科技课程建设，依据国家课程方案和课程标准，引进适合包头实际的多层次课程，逐步强化、优化编程和人工智能等教学内容，全面提升学生信息素养"),
    (28, "28．", Some(1), "一", Some("（九）"), 3, "升级就业培训管理信息平台，将培训补贴申领、审核、拨付等业务列入平台，实现培训机构线上申请培训补贴，打通培训链式办理渠道"),
    (29, "29．", Some(1), "一", Some("（九）"), 3, "拓展智慧养老服务平台功能，实现全市老年人户籍、健康、就诊、养老金、医保等信息共享共用，为老年人提供便捷养老服务"),
    (30, "30．", Some(1), "一", Some("（九）"), 3, "探索推进“区块链+AI\"在企业登记全程电子化中的集成应用"),
    (31, "31．", Some(1), "一", Some("（九）"), 3, "按照自治区要求，加快三张数据目录清单认领和填报"),
    (32, "32．", Some(1), "一", Some("（九）"), 3, "加快企业注销“一网通办\"平台应用，对符合条件的、注销材料齐全的事项即时办结"),
    (33, "33．", Some(1), "一", Some("（九）"), 3, "建设“包头知识产权智慧监管平台\"“包头市知识产权质押融资平台\"“包头市知识产权侵权预警平台\"，通过大数据实现知识产权侵权预警、质押融资、运营等功能，向全市乃至全区创新主体提供侵权预警提醒、技术转移、成果转化、质押融资、信息共享等服务，实现知识产权智慧监管与公共服务“一站即达\"目标"),
    (34, "34．", Some(1), "一", Some("（九）"), 3, "迁移现有交易系统进入电子政务外网，对接并使用全区统一的“监管一张网\"和综合评标评审专家库，推进各类进场交易项目全程电子化"),
    (35, "35．", Some(1), "一", Some("（九）"), 3, "配合市发改委做好涉企信用数据整合和平台对接工作"),
    (36, "36．", Some(1), "一", Some("（九）"), 3, "本着“先易后难\"原则，有序开放公共数据，助力中小企业融资"),
    (37, "37．", Some(1), "一", Some("（九）"), 3, "全面落实国家、自治区电子税务局各项功能"),
    (38, "38．", Some(1), "一", Some("（九）"), 3, "推行抵押登记“不见面\"办理，扩大便民服务点业务受理范围，延伸服务半径"),
    (39, "39．", Some(1), "二", Some("（一）"), 3, "建设城市基本体征、重大事件、常态风险等三大类实时感知，从“观、管、防\"三方面入手完成城市治理“一网统管\"试点建设"),
    (40, "40．", Some(1), "二", Some("（一）"), 3, "开展智慧城市二期建设，会同城管执法、市场监管、生态环境、审批服务等部门开展相关领域“一网统管\"应用开发"),
    (41, "41．", Some(1), "二", Some("（一）"), 3, "完成经济运行领域云图等模块建设"),
    (42, "42．", Some(1), "二", Some("（二）"), 3, "打造财政项目枢纽综合服务管理平台，推动全市各类项目提前谋划，全面提升项目储备质量和项目使用效益，促进各级专项资金争取和快速执行，为政府投资、专项债支持等各类项目提供全流程服务和管理，实现预算编制、资金使用、项目安排等业务功能全覆盖"),
    (43, "43．", Some(1), "二", Some("（二）"), 3, "搭建国有资产信息管理运营服务平台，全面、准确、动态掌握我市各类国有资产数据，做到资产状况“一览无遗\"，资产家底“心中有数\""),
    (44, "44．", Some(1), "二", Some("（三）"), 3, "推动部门自建监管系统与“互联网+监管\"系统整合对接"),
    (45, "45．", Some(1), "二", Some("（三）"), 3, "依托国家企业信用信息公示系统（部门协同监管平台——内蒙古）开展“双随机、一公开\"监管，除特殊行业、重点领域外，按照不同风险级别开展“双随机、一公开\"监管，大幅压减检查次数"),
    (46, "46．", Some(1), "二", Some("（四）"), 3, "全市90%的重点领域市场主体纳入自治区市场监管重点领域智慧监管（风险管控）平台，实现常态化智慧监管"),
    (47, "47．", Some(1), "二", Some("（四）"), 3, "全市新增2400户（累计约3600户）大中型餐饮单位纳入“互联网+明厨亮灶\"社会共治智慧监管平台，并强化日常监管"),
    (48, "48．", Some(1), "二", Some("（四）"), 3, "利用原有城市管理基础部件和地理信息空间数据，以及市大数据中心汇聚的公安和住建等行业数据，汇聚城市管理基础数据、城市部件事件监管数据、城市管理行业应用（包括智慧城管、市政公用设施、园林绿化、地下管网等多行业）数据、公众诉求数据、网络舆情数据等，对各类数据进行清洗、校验、抽取、融合，形成综合性城市管理数据中心"),
    (49, "49．", Some(1), "二", Some("（四）"), 3, "推进大气环境精细化监测管理平台建设，利用智能监测设备和互联网技术，形成全天候、多维度的智能多维感知体系，提升主城区大气环境的精细化监测管理水平"),
    (50, "50．", Some(1), "二", Some("（四）"), 3, "积极对接审计署、审计厅，推进信息化综合改造三期工程"),
    (51, "51．", Some(1), "二", Some("（五）"), 3, "依托国家企业信用信息公示平台，做好行政许可、行政处罚、行政检查等涉企信息归集共享工作"),
    (52, "52．", Some(1), "二", Some("（五）"), 3, "依托信用金融综合服务平台，构建互信、可信的信用融资服务市场"),
    (53, "53．", Some(1), "二", Some("（五）"), 3, "建立电子化网络化的全市物价信息服务平台，7月底前完成项目前期手续，实现平台基础建设和重点功能"),
    (54, "54．", Some(1), "三", Some("（一）"), 3, "采用云平台构架，建设政务云应用支撑平台，实现统一用户、统一身份认证管理、统一权限、自定义工作流、自定义表单、统一消息、统一提醒管理等通用功能，把全市各级部门、单位纳入范围，达到一次投入，减少二次开发费用"),
    (55, "55．", Some(1), "三", Some("（一）"), 3, "建设全市统一的移动协同办公平台，打造公文流转、信息报送、督查督办、资料管理等共性应用平台，实现全文检索、即时通讯、通知提醒等常用功能"),
    (56, "56．", Some(1), "三", Some("（一）"), 3, "以应用整合方式，嵌入整合城市大数据和城市大脑数据分析功能"),
    (57, "57．", Some(1), "三", Some("（一）"), 3, "建设统一政务网络办公区，推动VPN专用链路建设，实现政务网络办公区互联互通"),
    (58, "58．", Some(1), "三", Some("（一）"), 3, "推动实现协同办公平台各项业务功能及模块全面兼容国产软硬件平台及设备，包括数据库、电子签章"),
    (59, "59．", Some(1), "四", Some("（一）"), 3, "新增5G基站1000座，累计建设5G基站4600个"),
    (60, "60．", Some(1), "四", Some("（一）"), 3, "加快实施部分核心设备利旧替代工程，年底前完成全部改造任务，推进IPV6互联网出口扩容至5G"),
    (61, "61．", Some(1), "四", Some("（一）"), 3, "推进智慧广电项目，对主干链路进行扩容，达到万兆到旗县区、千兆到苏木乡镇（街道）、百兆到嘎查村（社区）、20兆进牧户的带宽要求，力争实现50兆进牧户，所有牧户实现按需接入宽带网络"),
    (62, "62．", Some(1), "四", Some("（一）"), 3, "制定边境地区网络覆盖方案，按分工交由达茂旗牵头落实"),
    (63, "63．", Some(1), "四", Some("（二）"), 3, "初步建成全市三维地理空间信息平台"),
    (64, "64．", Some(1), "四", Some("（二）"), 3, "公安、市场监管、城管执法等部门积极配合监控视频接入"),
    (65, "65．", Some(1), "四", Some("（三）"), 3, "接入各方面监控感知数据，建立感知数据深度融合体系"),
    (66, "66．", Some(1), "四", Some("（三）"), 3, "推进条件较好旗县区，分批次实现千兆升级"),
    (67, "67．", Some(1), "四", Some("（三）"), 3, "建设包头市电子政务外网安全监测平台，提高包头市电子政务外网监测预警、信息共享和应急联动能力，形成数据采集、数据分析、预警通告和态势展现等安全监测能力，并与自治区电子政务外网安全监测平台对接"),
    (68, "68．", Some(1), "五", Some("（一）"), 3, "建设包头市政务大数据中心，汇总各类政务数据资源，构建逻辑集中的全市一体化政务大数据中心"),
    (69, "69．", Some(1), "五", Some("（一）"), 3, "建立包头智慧城市——政务信息资源大数据池"),
    (70, "70．", Some(1), "五", Some("（一）"), 3, "建立依职能按需共享机制，按照“谁主管、谁提供、谁负责\"原则，不断梳理完善政务信息资源共享目录"),
    (71, "71．", Some(1), "五", Some("（一）"), 3, "建立基础数据动态更新和校正完善机制"),
    (72, "72．", Some(1), "五", Some("（二）"), 3, "建成全市智慧城市——政务信息资源共享交换平台"),
    (73, "73．", Some(1), "五", Some("（二）"), 3, "加快推进政务、城管、交通、旅游、卫健等领域五大主题数据库建设"),
    (74, "74．", Some(1), "五", Some("（三）"), 3, "与自治区大数据中心、自治区政务服务局建立接口连接，获取包头本地数据"),
    (75, "75．", Some(1), "五", Some("（三）"), 3, "联通市本级50个部门的政务数据，实现政务数据在政府各部门内部顺畅流通"),
    (76, "76．", Some(1), "五", Some("（四）"), 3, "建立依职能按需开放机制，按照“谁主管、谁提供、谁负责\"原则，不断梳理完善政务数据资源分级分类开放目录"),
    (77, "77．", Some(1), "五", Some("（四）"), 3, "逐步建立分行业、分场景的可控数据开放机制，优先推动信用、卫生健康、交通、气象、教育等经济社会效应明显的数据资源向社会开放"),
    (78, "78．", Some(1), "六", Some("（一）"), 3, "严格落实网络安全工作责任制，明确各级部门主体责任和监督责任，建立权责清晰的安全管理体系"),
    (79, "79．", Some(1), "六", Some("（一）"), 3, "健全安全监测、测评审查和联合检查常态化工作机制，加强日常监测预警"),
    (80, "80．", Some(1), "六", Some("（一）"), 3, "建立安全事件应急响应和处理机制，制定安全应急预案，明确应急处置程序，定期开展网络安全应急演练，构筑多点位、多层次的安全应急体系"),
    (81, "81．", Some(1), "六", Some("（二）"), 3, "严格落实网络安全技术措施同步规划、同步建设、同步使用要求，确保重要系统和设施安全有序运行"),
    (82, "82．", Some(1), "六", Some("（二）"), 3, "构建安全防护体系，落实网络安全等级保护和分级保护、关键信息基础设施安全保护等相关法规和制度，强化云、网、平台、数据资源、信息系统等领域安全保护，提高系统访问、技术应用、运维服务、数据流动等方面的安全防护能力"),
    (83, "83．", Some(1), "六", Some("（二）"), 3, "推进集智能监测、威胁预测和态势感知于一体的安全态势感知分析能力建设，强化网络安全威胁监测处置的及时性、准确性和有效性"),
    (84, "84．", Some(1), "六", Some("（二）"), 3, "依法依规加强政务数据安全保护，做好政务数据开放和社会化利用的安全管理"),
    (85, "85．", Some(1), "六", Some("（二）"), 3, "强化个人信息保护，规范身份信息、隐私信息、生物特征信息的采集、传输和使用，加强对收集使用个人信息的安全监管能力"),
    (86, "86．", Some(1), "七", Some("（一）"), 3, "成立以主要领导为组长的各级各部门数字政府建设领导机构，统筹协调督促数字政府建设工作"),
    (87, "87．", Some(1), "七", Some("（二）"), 3, "加大财政资金保障力度，加强数字政府建设领域财政资金的使用与管理，完善政府购买服务机制和流程，优化资金使用配置，提高资金使用效率"),
    (88, "88．", Some(1), "七", Some("（二）"), 3, "完善人才培养、引进、使用机制，畅通数字政府建设专门岗位和急需人才选拔渠道，强化高质量、专业化人才引进培育"),
    (89, "89．", Some(1), "七", Some("（二）"), 3, "提供数字政府运行所需的标准化组件、技术应用组件、网络环境、云平台资源等运行环境保障和技术支撑，满足业务应用需求"),
    (90, "90．", Some(1), "七", Some("（三）"), 3, "利用各种宣传形式，通过政府网站、传统媒体和新媒体等渠道多层次、全方位加强对数字政府建设新理念、新做法、新成效的宣传推广"),
];

/// Each note's first clause, before `牵头考核单位`. Tasks 53 and 60 (`按进度推进`) have
/// none; `持续优化` (task 8) is ongoing like `持续推进`.
#[rustfmt::skip]
const BAOTOU_DEADLINES: &[DeadlineRow] = &[
    (1, "5月底取得明显成效并持续推进", Some(2022), Some(5), false, true),
    (2, "5月底取得阶段性成效并持续推进", Some(2022), Some(5), false, true),
    (3, "6月底完成", Some(2022), Some(6), false, true),
    (4, "6月底完成", Some(2022), Some(6), false, true),
    (5, "7月底完成", Some(2022), Some(7), false, true),
    (6, "5月底完成", Some(2022), Some(5), false, true),
    (7, "6月底取得阶段性成效并持续推进", Some(2022), Some(6), false, true),
    (8, "持续优化", None, None, true, false),
    (9, "3月底取得阶段性成效并持续推进", Some(2022), Some(3), false, true),
    (10, "持续推进", None, None, true, false),
    (11, "6月底完成", Some(2022), Some(6), false, true),
    (12, "5月底取得阶段性成效并持续推进", Some(2022), Some(5), false, true),
    (13, "持续推进", None, None, true, false),
    (14, "6月底取得明显成效并持续推进", Some(2022), Some(6), false, true),
    (15, "持续推进", None, None, true, false),
    (16, "持续推进", None, None, true, false),
    (17, "6月底完成", Some(2022), Some(6), false, true),
    (18, "10月底完成", Some(2022), Some(10), false, true),
    (19, "5月底取得阶段性成效并持续推进", Some(2022), Some(5), false, true),
    (20, "6月底完成", Some(2022), Some(6), false, true),
    (21, "持续推进", None, None, true, false),
    (22, "12月取得明显成效并持续推进", Some(2022), Some(12), false, true),
    (23, "11月底完成", Some(2022), Some(11), false, true),
    (24, "持续推进", None, None, true, false),
    (25, "6月底取得阶段性成效并持续推进", Some(2022), Some(6), false, true),
    (26, "6月底取得阶段性成效并持续推进", Some(2022), Some(6), false, true),
    (27, "持续推进", None, None, true, false),
    (28, "10月底完成", Some(2022), Some(10), false, true),
    (29, "10月底完成", Some(2022), Some(10), false, true),
    (30, "10月底完成", Some(2022), Some(10), false, true),
    (31, "5月底取得阶段性成效并持续推进", Some(2022), Some(5), false, true),
    (32, "6月底完成", Some(2022), Some(6), false, true),
    (33, "11月底完成", Some(2022), Some(11), false, true),
    (34, "10月底完成", Some(2022), Some(10), false, true),
    (35, "6月底完成", Some(2022), Some(6), false, true),
    (36, "6月底完成", Some(2022), Some(6), false, true),
    (37, "持续推进", None, None, true, false),
    (38, "6月底完成", Some(2022), Some(6), false, true),
    (39, "11月取得明显成效", Some(2022), Some(11), false, true),
    (40, "11月取得明显成效", Some(2022), Some(11), false, true),
    (41, "10月底完成", Some(2022), Some(10), false, true),
    (42, "6月底完成", Some(2022), Some(6), false, true),
    (43, "12月底完成", Some(2022), Some(12), false, true),
    (44, "持续推进", None, None, true, false),
    (45, "持续推进", None, None, true, false),
    (46, "6月底取得阶段性成效", Some(2022), Some(6), false, true),
    (47, "8月底完成", Some(2022), Some(8), false, true),
    (48, "持续推进", None, None, true, false),
    (49, "持续推进", None, None, true, false),
    (50, "持续推进", None, None, true, false),
    (51, "持续推进", None, None, true, false),
    (52, "持续推进", None, None, true, false),
    // 53: `按进度推进`, no deadline.
    (54, "6月底完成", Some(2022), Some(6), false, true),
    (55, "6月底完成", Some(2022), Some(6), false, true),
    (56, "10月底完成", Some(2022), Some(10), false, true),
    (57, "6月份取得明显成效", Some(2022), Some(6), false, true),
    (58, "8月底完成", Some(2022), Some(8), false, true),
    (59, "持续推进", None, None, true, false),
    // 60: `按进度推进`, no deadline.
    (61, "10月底完成", Some(2022), Some(10), false, true),
    (62, "10月底完成", Some(2022), Some(10), false, true),
    (63, "11月份取得明显成效", Some(2022), Some(11), false, true),
    (64, "持续推进", None, None, true, false),
    (65, "持续推进", None, None, true, false),
    (66, "5月底完成", Some(2022), Some(5), false, true),
    (67, "8月底完成", Some(2022), Some(8), false, true),
    (68, "持续推进", None, None, true, false),
    (69, "6月底取得阶段性成效并持续推进", Some(2022), Some(6), false, true),
    (70, "10月取得明显成效", Some(2022), Some(10), false, true),
    (71, "6月底完成", Some(2022), Some(6), false, true),
    (72, "6月底取得明显成效", Some(2022), Some(6), false, true),
    (73, "持续推进", None, None, true, false),
    (74, "持续推进", None, None, true, false),
    (75, "持续推进", None, None, true, false),
    (76, "6月底取得明显成效并持续推进", Some(2022), Some(6), false, true),
    (77, "6月底取得明显成效并持续推进", Some(2022), Some(6), false, true),
    (78, "持续推进", None, None, true, false),
    (79, "持续推进", None, None, true, false),
    (80, "持续推进", None, None, true, false),
    (81, "持续推进", None, None, true, false),
    (82, "持续推进", None, None, true, false),
    (83, "持续推进", None, None, true, false),
    (84, "持续推进", None, None, true, false),
    (85, "持续推进", None, None, true, false),
    (86, "4月底完成", Some(2022), Some(4), false, true),
    (87, "持续推进", None, None, true, false),
    (88, "持续推进", None, None, true, false),
    (89, "持续推进", None, None, true, false),
    (90, "持续推进", None, None, true, false),
];

#[test]
fn baotou() {
    let Some(plan) = check(&BAOTOU) else { return };
    // The notice's part 三 groups hold no task; its prose (lines 14–19) stays in (一).
    for number in 1..=4 {
        assert!(plan.group(3, number).unwrap().tasks.is_empty());
    }
    // A score note `（0.5分）` before the deadline's note does not hide it (task 19,
    // line 57), and a task with no `。` before its note keeps the note (task 6, line 39).
    assert!(plan.task(19).unwrap().body.contains("（0.5分）（5月底"));
    assert!(
        plan.task(6)
            .unwrap()
            .body
            .ends_with("（5月底完成，牵头考核单位：市审批服务局）")
    );
    // Task 88 (line 149) breaks off with `，` before its note: its title is its first
    // sentence, and the note is still its own.
    assert!(
        plan.task(88)
            .unwrap()
            .body
            .ends_with("打造数字政府生态圈，（持续推进，牵头考核单位：市委组织部、市人社局）")
    );
    // Due by 2022: every dated task, none of the ongoing ones.
    let dated = BAOTOU_DEADLINES
        .iter()
        .filter(|row| row.2.is_some())
        .count();
    let due = plan
        .tasks()
        .filter(|task| task.deadline.as_ref().is_some_and(|d| d.year == Some(2022)))
        .count();
    assert_eq!(due, dated);
    assert_eq!(dated, 53);
}

// ---------------------------------------------------------------------------------------
// 安徽省关于加快对接RCEP经贸新规则扎实推进高水平开放实施意见 (皖开放办〔2022〕6号)

const ANHUI: Document = Document {
    file: "anhui-2022-rcep-shishi-yijian.txt",
    tasks: ANHUI_TASKS,
    parts: &[
        (1, "一", None, "发展目标"),
        (2, "二", None, "重点任务"),
        (3, "三", None, "保障措施"),
    ],
    groups: &[
        (2, 1, "（一）", "大力发展货物贸易"),
        (2, 2, "（二）", "推进服务贸易升级"),
        (2, 3, "（三）", "加快贸易新业态发展"),
        (2, 4, "（四）", "深化双向投资合作"),
        (2, 5, "（五）", "搭建经贸合作平台"),
        (2, 6, "（六）", "提升产业竞争力"),
        (2, 7, "（七）", "优化营商环境"),
    ],
    annexes: &[],
    // The notice's issuer and date (lines 9–11) stand before the plan's title, in the
    // front matter; nothing follows the last task.
    signature: &[],
    deadlines: &[],
};

#[rustfmt::skip]
const ANHUI_TASKS: &[TaskRow] = &[
    (1, "1.", None, "二", Some("（一）"), 3, "扩大优势产品出口"),
    (2, "2.", None, "二", Some("（一）"), 3, "积极扩大进口"),
    (3, "3.", None, "二", Some("（一）"), 3, "用好原产地规则"),
    (4, "4.", None, "二", Some("（一）"), 3, "着力拓展对日贸易"),
    (5, "5.", None, "二", Some("（二）"), 3, "深化服务贸易合作"),
    (6, "6.", None, "二", Some("（二）"), 3, "大力发展数字贸易"),
    (7, "7.", None, "二", Some("（三）"), 3, "推动跨境电商高质量发展"),
    (8, "8.", None, "二", Some("（三）"), 3, "支持海外仓建设布局"),
    (9, "9.", None, "二", Some("（四）"), 3, "推进落实外商投资国民待遇"),
    (10, "10.", None, "二", Some("（四）"), 3, "加大“双招双引”力度"),
    (11, "11.", None, "二", Some("（四）"), 3, "拓展对外投资领域"),
    (12, "12.", None, "二", Some("（四）"), 3, "加强区域合作"),
    (13, "13.", None, "二", Some("（五）"), 3, "加快合作园区建设"),
    (14, "14.", None, "二", Some("（五）"), 3, "用好经贸交流平台"),
    (15, "15.", None, "二", Some("（六）"), 3, "推动产业链优化升级"),
    (16, "16.", None, "二", Some("（六）"), 3, "加强标准化建设"),
    (17, "17.", None, "二", Some("（七）"), 3, "提升货物通关效率"),
    (18, "18.", None, "二", Some("（七）"), 3, "打造国际物流网络"),
    (19, "19.", None, "二", Some("（七）"), 3, "强化知识产权保护"),
    (20, "20.", None, "二", Some("（七）"), 3, "优化金融信保服务"),
    (21, "21.", None, "二", Some("（七）"), 3, "加强法律咨询援助"),
    (22, "22.", None, "三", None, 3, "加强组织领导"),
    (23, "23.", None, "三", None, 3, "加强培训指导"),
    (24, "24.", None, "三", None, 3, "加强风险应对"),
];

#[test]
fn anhui() {
    let Some(plan) = check(&ANHUI) else { return };
    // Tasks 22–24 stand straight in part 三, beside part 二's groups.
    let third = plan.part(3).unwrap();
    assert!(third.groups.is_empty());
    let straight: Vec<u16> = third.tasks.iter().map(|task| task.number).collect();
    assert_eq!(straight, [22, 23, 24]);
}

/// No two rows of a table name the same task, and every document's tasks are numbered
/// 1, 2, 3 … in order (the tables above, checked for themselves).
#[test]
fn the_tables_are_consistent() {
    for document in [&ZONGBAOQU, &JIUYE, &CHUANGXIN, &BAOTOU, &ANHUI] {
        for (at, row) in document.tasks.iter().enumerate() {
            assert_eq!(usize::from(row.0), at + 1, "{}", document.file);
            assert!(
                !row.6.is_empty() && !row.6.contains('。'),
                "{}",
                document.file
            );
        }
        for (at, part) in document.parts.iter().enumerate() {
            assert_eq!(usize::from(part.0), at + 1, "{}", document.file);
        }
    }
    // Chuangxin's rows as written: 1–14, then 21–23.
    let written: Vec<Option<u16>> = CHUANGXIN
        .tasks
        .iter()
        .map(|row| outline::value_of_label(row.1))
        .collect();
    let mut wanted: Vec<Option<u16>> = (1..=14).map(Some).collect();
    wanted.extend((21..=23).map(Some));
    assert_eq!(written, wanted);
}

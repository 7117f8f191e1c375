//! Who leads and who supports each task of the real documents of `../shared/corpus/`
//! (see its README), at every level of government: each party as the text quotes it, in
//! text order, with its role, the basis of that role, its kind and its level. Every
//! expectation was written by reading the file, not from the reader's output.
//!
//! How each document states who leads:
//! - 国发〔2019〕3号 (综合保税区), tasks `1.`–`21.` of part 四: one note `（X、Y负责）` at
//!   the end of each task. The first note states the rule for the whole document,
//!   `…排在第一位的部门为牵头部门，下同`: in a list of several bodies the first leads and the
//!   others support, on the basis of the stated rule ([`RoleBasis::Rule`]), the note that
//!   states it included; a lone body `（海关总署负责）` leads by its verb. A catch-all
//!   glued with `等` (`商务部等有关部门`) is its own party, `有关部门`, which supports. The
//!   rule's words are no party.
//! - 国发〔2018〕39号 (就业), tasks `（一）`–`（十五）`: likewise, with the rule
//!   `列第一位者为牵头单位，下同` stated in the first note. `X、Y，Z按职责分工负责` is one
//!   list under the rule. `各有关部门和单位，各省级人民政府按职责分工负责` (tasks 十四 and
//!   十五) is a list of two collectives, neither glued on with `等`: the rule makes the
//!   first lead.
//! - 皖开放办〔2022〕6号 (安徽 RCEP), tasks `1.`–`24.`: one or several notes per task,
//!   some in the middle of the paragraph, each with its own lead by its verbs
//!   (`X负责`; `X牵头，Y配合`; `X牵头，Y、Z按职责分工配合`; `X牵头，Y按职责分工负责`). A
//!   task's parties are all its notes' parties, in text order, so a body may stand twice.
//! - 国办发〔2018〕126号 (支持创新), the 17 rows of the annex's table: the bodies of the
//!   `指导部门` column, the first leading by order, since nothing states a rule.
//! - 包府办发〔2022〕43号 (包头), tasks `1．`–`90．`: each note is
//!   `（deadline，牵头考核单位：X、Y）`; every body under the label leads by the label, and
//!   the deadline clause before it is no body. Ten tasks and more, across the seven parts.
//!
//! Levels: a central body's name (`财政部`, `海关总署`, `国家发展改革委`) is national, and so
//! is a bare name in a State Council document (`发展改革委`, `药监局`) and a catch-all that
//! carries its list's level (`海关总署、商务部等有关部门`); `省…` is provincial, `市…` is
//! city, and a body after a `市` one carries it (`审批服务局` after `市住建局`). Where the
//! reading does not settle a level (a branch named by its place, `合肥海关`; a collective
//! of every level, `各有关部门和单位`) or a kind (`中科院`), the table says so and the test
//! leaves it unchecked.
//!
//! Then, over every party of every note, responsibility line and table cell of the
//! corpus: each is grounded (its span in its note's or line's text is its quote, and that
//! text is the document's), and at least 95% resolve to a kind; the ones that do not are
//! exactly those listed in [`UNRESOLVED`], and `docs/coverage.md` states the figure.
//!
//! The files are read at run time, never copied in. Without the directory these tests
//! pass with `skipped: ../shared/corpus not found`, except on CI (see `common/corpus.rs`).

#[path = "common/corpus.rs"]
mod corpus;

use std::collections::BTreeMap;

use wuzhong_plan::Level::{self, City, National, Province};
use wuzhong_plan::Role::{self, Lead, Support};
use wuzhong_plan::RoleBasis::{self, Label, Order, Rule, Verb};
use wuzhong_plan::{Department, Party, Plan, Task};

/// One party as the text names it: its quote, role and basis, the id of its kind, and its
/// level. [`UNSETTLED`] for a kind, and `None` for a level, where the reading does not
/// settle it.
type Body = (&'static str, Role, RoleBasis, &'static str, Option<Level>);

/// One task: its number as the text writes it, and its parties in text order.
type Row = (u16, &'static [Body]);

/// A kind the reading does not settle: not checked.
const UNSETTLED: &str = "";

const N: Option<Level> = Some(National);
const P: Option<Level> = Some(Province);
const C: Option<Level> = Some(City);

/// A file of the corpus and the tasks whose parties are written out.
struct Document {
    file: &'static str,
    tasks: &'static [Row],
}

// ---------------------------------------------------------------------------------------
// 国务院关于促进综合保税区高水平开放高质量发展的若干意见 (国发〔2019〕3号), every task.

const ZONGBAOQU: Document = Document {
    file: "national-2019-zongbaoqu.txt",
    tasks: ZONGBAOQU_TASKS,
};

#[rustfmt::skip]
const ZONGBAOQU_TASKS: &[Row] = &[
    // （税务总局、财政部、海关总署负责，排在第一位的部门为牵头部门，下同）
    (1, &[("税务总局", Lead, Rule, "taxation", N), ("财政部", Support, Rule, "finance", N), ("海关总署", Support, Rule, "customs", N)]),
    (2, &[("海关总署", Lead, Rule, "customs", N), ("财政部", Support, Rule, "finance", N), ("税务总局", Support, Rule, "taxation", N)]),
    (3, &[("海关总署", Lead, Rule, "customs", N), ("商务部", Support, Rule, "commerce", N)]),
    (4, &[("商务部", Lead, Rule, "commerce", N), ("海关总署", Support, Rule, "customs", N)]),
    (5, &[("海关总署", Lead, Verb, "customs", N)]),
    // （海关总署、商务部等有关部门负责）
    (6, &[("海关总署", Lead, Rule, "customs", N), ("商务部", Support, Rule, "commerce", N), ("有关部门", Support, Rule, "departments-concerned", N)]),
    (7, &[("发展改革委", Lead, Rule, "development-reform", N), ("科技部", Support, Rule, "science-technology", N), ("海关总署", Support, Rule, "customs", N)]),
    (8, &[("市场监管总局", Lead, Rule, "market-regulation", N), ("海关总署", Support, Rule, "customs", N)]),
    (9, &[("药监局", Lead, Rule, "medical-products", N), ("海关总署", Support, Rule, "customs", N)]),
    (10, &[("海关总署", Lead, Verb, "customs", N)]),
    (11, &[("海关总署", Lead, Verb, "customs", N)]),
    (12, &[("发展改革委", Lead, Rule, "development-reform", N), ("海关总署", Support, Rule, "customs", N)]),
    (13, &[("海关总署", Lead, Rule, "customs", N), ("文化和旅游部", Support, Rule, "culture-tourism", N), ("文物局", Support, Rule, "cultural-heritage", N)]),
    (14, &[("商务部", Lead, Rule, "commerce", N), ("工业和信息化部", Support, Rule, "industry-information-technology", N), ("生态环境部", Support, Rule, "ecology-environment", N), ("海关总署", Support, Rule, "customs", N)]),
    (15, &[("商务部", Lead, Rule, "commerce", N), ("发展改革委", Support, Rule, "development-reform", N), ("工业和信息化部", Support, Rule, "industry-information-technology", N), ("海关总署", Support, Rule, "customs", N)]),
    (16, &[("海关总署", Lead, Verb, "customs", N)]),
    (17, &[("海关总署", Lead, Rule, "customs", N), ("财政部", Support, Rule, "finance", N), ("税务总局", Support, Rule, "taxation", N)]),
    (18, &[("商务部", Lead, Rule, "commerce", N), ("海关总署", Support, Rule, "customs", N), ("有关部门", Support, Rule, "departments-concerned", N)]),
    (19, &[("海关总署", Lead, Rule, "customs", N), ("财政部", Support, Rule, "finance", N), ("商务部", Support, Rule, "commerce", N)]),
    (20, &[("海关总署", Lead, Rule, "customs", N), ("证监会", Support, Rule, "securities-regulation", N)]),
    (21, &[("海关总署", Lead, Rule, "customs", N), ("商务部", Support, Rule, "commerce", N), ("有关部门", Support, Rule, "departments-concerned", N)]),
];

// ---------------------------------------------------------------------------------------
// 国务院关于做好当前和今后一个时期促进就业工作的若干意见 (国发〔2018〕39号), every task.

const JIUYE: Document = Document {
    file: "national-2018-jiuye.txt",
    tasks: JIUYE_TASKS,
};

#[rustfmt::skip]
const JIUYE_TASKS: &[Row] = &[
    // （一）…（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）
    (1, &[("人力资源社会保障部", Lead, Rule, "human-resources-social-security", N), ("财政部", Support, Rule, "finance", N)]),
    (2, &[("财政部", Lead, Rule, "finance", N), ("工业和信息化部", Support, Rule, "industry-information-technology", N), ("人民银行", Support, Rule, "peoples-bank", N), ("银保监会", Support, Rule, "banking-insurance-regulation", N)]),
    // The line's `（超过100人的企业达到15%）` is no note.
    (3, &[("财政部", Lead, Rule, "finance", N), ("人力资源社会保障部", Support, Rule, "human-resources-social-security", N), ("人民银行", Support, Rule, "peoples-bank", N), ("银保监会", Support, Rule, "banking-insurance-regulation", N)]),
    // （…、市场监管总局，各省级人民政府按职责分工负责）
    (4, &[("人力资源社会保障部", Lead, Rule, "human-resources-social-security", N), ("科技部", Support, Rule, "science-technology", N), ("财政部", Support, Rule, "finance", N), ("住房城乡建设部", Support, Rule, "housing-urban-rural", N), ("市场监管总局", Support, Rule, "market-regulation", N), ("各省级人民政府", Support, Rule, "provincial-governments", P)]),
    // （人力资源社会保障部等有关部门和单位负责）
    (5, &[("人力资源社会保障部", Lead, Rule, "human-resources-social-security", N), ("有关部门和单位", Support, Rule, "departments-and-units-concerned", N)]),
    (6, &[("人力资源社会保障部", Lead, Rule, "human-resources-social-security", N), ("财政部", Support, Rule, "finance", N)]),
    // The line's `（含技工院校）` is no note.
    (7, &[("人力资源社会保障部", Lead, Rule, "human-resources-social-security", N), ("财政部", Support, Rule, "finance", N), ("教育部", Support, Rule, "education", N), ("有关部门和单位", Support, Rule, "departments-and-units-concerned", N)]),
    (8, &[("人力资源社会保障部", Lead, Rule, "human-resources-social-security", N), ("财政部", Support, Rule, "finance", N)]),
    (9, &[("人力资源社会保障部", Lead, Rule, "human-resources-social-security", N), ("财政部", Support, Rule, "finance", N), ("税务总局", Support, Rule, "taxation", N), ("各省级人民政府", Support, Rule, "provincial-governments", P)]),
    (10, &[("人力资源社会保障部", Lead, Rule, "human-resources-social-security", N), ("医保局", Support, Rule, "healthcare-security", N)]),
    // （财政部、人力资源社会保障部、民政部等有关部门和单位按职责分工负责）
    (11, &[("财政部", Lead, Rule, "finance", N), ("人力资源社会保障部", Support, Rule, "human-resources-social-security", N), ("民政部", Support, Rule, "civil-affairs", N), ("有关部门和单位", Support, Rule, "departments-and-units-concerned", N)]),
    (12, &[("各省级人民政府", Lead, Verb, "provincial-governments", P)]),
    (13, &[("各有关部门和单位", Lead, Verb, "departments-and-units-concerned", None)]),
    (14, &[("各有关部门和单位", Lead, Rule, "departments-and-units-concerned", None), ("各省级人民政府", Support, Rule, "provincial-governments", P)]),
    (15, &[("各有关部门和单位", Lead, Rule, "departments-and-units-concerned", None), ("各省级人民政府", Support, Rule, "provincial-governments", P)]),
];

// ---------------------------------------------------------------------------------------
// 国务院办公厅关于推广第二批支持创新相关改革举措的通知 (国办发〔2018〕126号): the 17 rows
// of the annex's table, numbered as written (rows 15–20 were cut by the publisher).

const CHUANGXIN: Document = Document {
    file: "national-2018-chuangxin-table.txt",
    tasks: CHUANGXIN_TASKS,
};

#[rustfmt::skip]
const CHUANGXIN_TASKS: &[Row] = &[
    (1, &[("最高人民法院", Lead, Order, "supreme-court", N), ("最高人民检察院", Support, Order, "procuratorate", N), ("国家知识产权局", Support, Order, "intellectual-property", N)]),
    (2, &[("最高人民法院", Lead, Order, "supreme-court", N), ("国家知识产权局", Support, Order, "intellectual-property", N)]),
    (3, &[("国家知识产权局", Lead, Order, "intellectual-property", N), ("中国银保监会", Support, Order, "banking-insurance-regulation", N)]),
    (4, &[("最高人民法院", Lead, Order, "supreme-court", N), ("国家知识产权局", Support, Order, "intellectual-property", N)]),
    (5, &[("最高人民法院", Lead, Order, "supreme-court", N), ("国家知识产权局", Support, Order, "intellectual-property", N)]),
    // 中科院, the Chinese Academy of Sciences, is an academy: of no kind of body.
    (6, &[("科技部", Lead, Order, "science-technology", N), ("国家发展改革委", Support, Order, "development-reform", N), ("财政部", Support, Order, "finance", N), ("国家知识产权局", Support, Order, "intellectual-property", N), ("教育部", Support, Order, "education", N), ("国务院国资委", Support, Order, "state-assets", N), ("中科院", Support, Order, UNSETTLED, N), ("司法部", Support, Order, "justice", N)]),
    (7, &[("科技部", Lead, Order, "science-technology", N)]),
    (8, &[("科技部", Lead, Order, "science-technology", N), ("国务院国资委", Support, Order, "state-assets", N)]),
    (9, &[("科技部", Lead, Order, "science-technology", N)]),
    (10, &[("中国证监会", Lead, Order, "securities-regulation", N)]),
    (11, &[("中国银保监会", Lead, Order, "banking-insurance-regulation", N), ("科技部", Support, Order, "science-technology", N), ("中国人民银行", Support, Order, "peoples-bank", N)]),
    (12, &[("国家发展改革委", Lead, Order, "development-reform", N), ("财政部", Support, Order, "finance", N)]),
    (13, &[("中国人民银行", Lead, Order, "peoples-bank", N), ("中国银保监会", Support, Order, "banking-insurance-regulation", N), ("工业和信息化部", Support, Order, "industry-information-technology", N), ("国家知识产权局", Support, Order, "intellectual-property", N)]),
    (14, &[("国家发展改革委", Lead, Order, "development-reform", N), ("财政部", Support, Order, "finance", N)]),
    (21, &[("教育部", Lead, Order, "education", N), ("人力资源社会保障部", Support, Order, "human-resources-social-security", N)]),
    (22, &[("科技部", Lead, Order, "science-technology", N), ("财政部", Support, Order, "finance", N), ("国务院国资委", Support, Order, "state-assets", N)]),
    (23, &[("国家发展改革委", Lead, Order, "development-reform", N), ("国务院国资委", Support, Order, "state-assets", N), ("审计署", Support, Order, "audit", N)]),
];

// ---------------------------------------------------------------------------------------
// 安徽省关于加快对接RCEP经贸新规则扎实推进高水平开放实施意见 (皖开放办〔2022〕6号),
// every task. 合肥海关, 人行合肥中心支行 and 中国出口信用保险公司安徽分公司 are branches
// named by their place, whose level the reading leaves unsettled.

const ANHUI: Document = Document {
    file: "anhui-2022-rcep-shishi-yijian.txt",
    tasks: ANHUI_TASKS,
};

#[rustfmt::skip]
const ANHUI_TASKS: &[Row] = &[
    // Three notes: （合肥海关负责） （省商务厅牵头，合肥海关配合） （省商务厅牵头，省农业农村厅配合）
    (1, &[("合肥海关", Lead, Verb, "customs", None), ("省商务厅", Lead, Verb, "commerce", P), ("合肥海关", Support, Verb, "customs", None), ("省商务厅", Lead, Verb, "commerce", P), ("省农业农村厅", Support, Verb, "agriculture-rural", P)]),
    (2, &[("省商务厅", Lead, Verb, "commerce", P), ("合肥海关", Support, Verb, "customs", None)]),
    (3, &[("合肥海关", Lead, Verb, "customs", None), ("省贸促会", Support, Verb, "trade-promotion", P), ("省商务厅", Support, Verb, "commerce", P)]),
    (4, &[("省商务厅", Lead, Verb, "commerce", P), ("合肥海关", Support, Verb, "customs", None)]),
    (5, &[("省商务厅", Lead, Verb, "commerce", P), ("省发展改革委", Support, Verb, "development-reform", P), ("省经济和信息化厅", Support, Verb, "industry-information-technology", P), ("省外汇管理局", Support, Verb, "foreign-exchange", P), ("省教育厅", Support, Verb, "education", P)]),
    (6, &[("省商务厅", Lead, Verb, "commerce", P)]),
    (7, &[("省商务厅", Lead, Verb, "commerce", P)]),
    (8, &[("省商务厅", Lead, Verb, "commerce", P)]),
    (9, &[("省商务厅", Lead, Verb, "commerce", P), ("省市场监管局", Support, Verb, "market-regulation", P), ("省发展改革委", Support, Verb, "development-reform", P), ("省司法厅", Support, Verb, "justice", P)]),
    // （省商务厅牵头，省十大新兴产业推进组工作专班牵头单位按职责分工负责）: a body whose own name ends in 牵头单位.
    (10, &[("省商务厅", Lead, Verb, "commerce", P), ("省十大新兴产业推进组工作专班牵头单位", Support, Verb, "group-lead-units", P)]),
    (11, &[("省商务厅", Lead, Verb, "commerce", P), ("省经济和信息化厅", Support, Verb, "industry-information-technology", P), ("省农业农村厅", Support, Verb, "agriculture-rural", P)]),
    (12, &[("省商务厅", Lead, Verb, "commerce", P)]),
    (13, &[("省商务厅", Lead, Verb, "commerce", P), ("省外办", Support, Verb, "foreign-affairs", P), ("省贸促会", Support, Verb, "trade-promotion", P)]),
    // Two notes: （省商务厅牵头，省经济和信息化厅配合） （省外办负责）
    (14, &[("省商务厅", Lead, Verb, "commerce", P), ("省经济和信息化厅", Support, Verb, "industry-information-technology", P), ("省外办", Lead, Verb, "foreign-affairs", P)]),
    (15, &[("省十大新兴产业推进组工作专班牵头单位", Lead, Verb, "group-lead-units", P), ("省十大新兴产业推进组工作专班成员单位", Support, Verb, "group-member-units", P)]),
    // Two notes, each with its own lead.
    (16, &[("省经济和信息化厅", Lead, Verb, "industry-information-technology", P), ("省市场监管局", Lead, Verb, "market-regulation", P)]),
    (17, &[("合肥海关", Lead, Verb, "customs", None), ("省港航集团", Support, Verb, "state-owned-enterprises", P), ("省机场集团", Support, Verb, "state-owned-enterprises", P)]),
    // Two notes with the same bodies, each led by another.
    (18, &[("省发展改革委", Lead, Verb, "development-reform", P), ("省交通运输厅", Support, Verb, "transport", P), ("省民航机场集团", Support, Verb, "state-owned-enterprises", P), ("省港航集团", Support, Verb, "state-owned-enterprises", P), ("省交通运输厅", Lead, Verb, "transport", P), ("省发展改革委", Support, Verb, "development-reform", P), ("省民航机场集团", Support, Verb, "state-owned-enterprises", P), ("省港航集团", Support, Verb, "state-owned-enterprises", P)]),
    (19, &[("省市场监管局", Lead, Verb, "market-regulation", P), ("省版权局", Support, Verb, "copyright", P), ("省科技厅", Support, Verb, "science-technology", P), ("省农业农村厅", Support, Verb, "agriculture-rural", P), ("省司法厅", Support, Verb, "justice", P), ("省公安厅", Support, Verb, "public-security", P), ("省商务厅", Support, Verb, "commerce", P), ("省文化旅游厅", Support, Verb, "culture-tourism", P), ("省贸促会", Support, Verb, "trade-promotion", P)]),
    (20, &[("人行合肥中心支行", Lead, Verb, "peoples-bank", None), ("中国出口信用保险公司安徽分公司", Lead, Verb, "state-owned-enterprises", None)]),
    (21, &[("省贸促会", Lead, Verb, "trade-promotion", P), ("省商务厅", Lead, Verb, "commerce", P)]),
    (22, &[("省推进“三地一区”建设领导小组改革开放新高地执行小组成员单位", Lead, Verb, "group-member-units", P)]),
    (23, &[("省商务厅", Lead, Verb, "commerce", P), ("合肥海关", Support, Verb, "customs", None), ("省贸促会", Support, Verb, "trade-promotion", P)]),
    (24, &[("省商务厅", Lead, Verb, "commerce", P), ("省外办", Support, Verb, "foreign-affairs", P), ("省贸促会", Support, Verb, "trade-promotion", P)]),
];

// ---------------------------------------------------------------------------------------
// 包头市2022年数字政府建设考评办法 (包府办发〔2022〕43号): fourteen tasks, from each of
// the annex's seven parts. Every body under `牵头考核单位：` leads.

const BAOTOU: Document = Document {
    file: "baotou-2022-shuzi-zhengfu-kaoping.txt",
    tasks: BAOTOU_TASKS,
};

#[rustfmt::skip]
const BAOTOU_TASKS: &[Row] = &[
    // Part 一. （6月底完成，牵头考核单位：市政府办公室、市公安局）
    (3, &[("市政府办公室", Lead, Label, "government-office", C), ("市公安局", Lead, Label, "public-security", C)]),
    // （持续优化，牵头考核单位：市住建局、审批服务局）: the second carries the first's 市.
    (8, &[("市住建局", Lead, Label, "housing-urban-rural", C), ("审批服务局", Lead, Label, "administrative-approval", C)]),
    (20, &[("市卫健委", Lead, Label, "health", C)]),
    (34, &[("市公共资源交易中心", Lead, Label, "public-resources-trading", C)]),
    (36, &[("市政府金融办", Lead, Label, "financial-work", C), ("市工信局", Lead, Label, "industry-information-technology", C)]),
    (37, &[("市税务局", Lead, Label, "taxation", C)]),
    // Part 二.
    (40, &[("市市场监管局", Lead, Label, "market-regulation", C)]),
    (50, &[("市审计局", Lead, Label, "audit", C)]),
    // Part 三.
    (57, &[("市工信局", Lead, Label, "industry-information-technology", C)]),
    // Part 四. The body's `按分工交由达茂旗牵头落实` is no note.
    (62, &[("市工信局", Lead, Label, "industry-information-technology", C)]),
    // Part 五.
    (72, &[("市工信局", Lead, Label, "industry-information-technology", C)]),
    // Part 六.
    (79, &[("市委网信办", Lead, Label, "cyberspace-affairs", C)]),
    // Part 七.
    (86, &[("市政府办公室", Lead, Label, "government-office", C), ("市委组织部", Lead, Label, "organization-department", C)]),
    (87, &[("市财政局", Lead, Label, "finance", C), ("市发改委", Lead, Label, "development-reform", C), ("市政府金融办", Lead, Label, "financial-work", C)]),
    (90, &[("市委宣传部", Lead, Label, "publicity", C), ("市政府办公室", Lead, Label, "government-office", C)]),
];

const DOCUMENTS: [&Document; 5] = [&ZONGBAOQU, &JIUYE, &ANHUI, &CHUANGXIN, &BAOTOU];

// ---------------------------------------------------------------------------------------
// Checks.

/// Parses a corpus file; `None` when the corpus is absent (outside CI).
fn read(file: &str) -> Option<(String, Plan)> {
    let (_, text) = corpus::read(file)?;
    let plan =
        wuzhong_plan::parse(&text).unwrap_or_else(|err| panic!("{file} is refused: {err:?}"));
    Some((text, plan))
}

/// The task the text numbers `number`, which must be the only one so numbered.
fn task<'p>(file: &str, plan: &'p Plan, number: u16) -> &'p Task {
    plan.task_by_reference(&number.to_string())
        .unwrap_or_else(|| panic!("{file}: no task, or several, numbered {number}"))
}

/// Every party of the task with the text its span points into: its note's line (the
/// body or a continuation line) or its responsibility line (a table row's bodies cell
/// among them), in the order [`Task::responsible`] yields them.
fn grounded(task: &Task) -> Vec<(&Party, &str)> {
    let mut parties = Vec::new();
    for note in &task.notes {
        let line = match note.continuation {
            None => task.body.as_str(),
            Some(at) => task.continuation[at].as_str(),
        };
        parties.extend(note.parties.iter().map(|party| (party, line)));
    }
    for line in task
        .responsibility
        .iter()
        .chain(&task.further_responsibility)
    {
        parties.extend(line.parties.iter().map(|party| (party, line.text.as_str())));
    }
    parties
}

/// Each party's span in its note's or line's text is its quote, inside its note's
/// brackets for a note, and that note or line is written in the document.
fn assert_grounded(file: &str, text: &str, task: &Task) {
    let number = task.number;
    for note in &task.notes {
        let line = match note.continuation {
            None => task.body.as_str(),
            Some(at) => task.continuation[at].as_str(),
        };
        let written = note
            .span
            .of(line)
            .unwrap_or_else(|| panic!("{file}: task {number}: a note's span is off its line"));
        assert!(
            text.contains(written),
            "{file}: task {number}: the note `{written}` is not in the text"
        );
        for party in &note.parties {
            assert!(
                note.span.start <= party.span.start && party.span.end <= note.span.end,
                "{file}: task {number}: `{}` stands outside its note `{written}`",
                party.quote
            );
        }
    }
    for line in task
        .responsibility
        .iter()
        .chain(&task.further_responsibility)
    {
        assert!(
            text.contains(line.text.as_str()),
            "{file}: task {number}: the line `{}` is not in the text",
            line.text
        );
    }
    let parties = grounded(task);
    assert_eq!(
        parties.len(),
        task.responsible().len(),
        "{file}: task {number}: every party stands in a note or a line"
    );
    for ((party, line), responsible) in parties.into_iter().zip(task.responsible()) {
        assert!(
            std::ptr::eq(party, responsible),
            "{file}: task {number}: the order of its parties"
        );
        assert_eq!(
            party.span.of(line),
            Some(party.quote.as_str()),
            "{file}: task {number}: the span of `{}`",
            party.quote
        );
    }
}

/// Checks each written task of `document`: its parties' quotes, roles and bases in
/// order, each party's kind and level, and where each stands. Every task is checked
/// before it fails, naming each one that reads otherwise.
fn check(document: &Document) -> Option<Plan> {
    let file = document.file;
    let (text, plan) = read(file)?;
    let mut wrong = Vec::new();
    for &(number, expected) in document.tasks {
        let task = task(file, &plan, number);
        assert_grounded(file, &text, task);
        let read: Vec<(&str, Role, RoleBasis)> = task
            .responsible()
            .map(|party| (party.quote.as_str(), party.role, party.basis))
            .collect();
        let wanted: Vec<(&str, Role, RoleBasis)> = expected
            .iter()
            .map(|&(quote, role, basis, _, _)| (quote, role, basis))
            .collect();
        if read != wanted {
            wrong.push(format!("task {number}: read {read:?}, not {wanted:?}"));
            continue;
        }
        for (party, &(quote, _, _, kind, level)) in task.responsible().zip(expected) {
            let Some(organization) = plan.organization(&party.organization) else {
                wrong.push(format!("task {number}: `{quote}` names no organisation"));
                continue;
            };
            let read_kind = (party.department.id(), organization.kind.map(Department::id));
            if kind != UNSETTLED && read_kind != (kind, Some(kind)) {
                wrong.push(format!(
                    "task {number}: `{quote}` is of kind {read_kind:?}, not {kind}"
                ));
            }
            if level.is_some() && organization.level != level {
                wrong.push(format!(
                    "task {number}: `{quote}` is at level {:?}, not {level:?}",
                    organization.level
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{file}:\n{}", wrong.join("\n"));
    Some(plan)
}

#[test]
fn zongbaoqu_every_task() {
    let Some(plan) = check(&ZONGBAOQU) else {
        return;
    };
    assert_eq!(plan.tasks().len(), ZONGBAOQU_TASKS.len());
    // The rule's words are no party.
    for task in plan.tasks() {
        for party in task.responsible() {
            assert!(
                !party.quote.contains("牵头部门"),
                "task {}: `{}`",
                task.number,
                party.quote
            );
        }
    }
}

#[test]
fn jiuye_every_task() {
    let Some(plan) = check(&JIUYE) else { return };
    assert_eq!(plan.tasks().len(), JIUYE_TASKS.len());
    for task in plan.tasks() {
        for party in task.responsible() {
            assert!(
                !party.quote.contains("牵头单位"),
                "task {}: `{}`",
                task.number,
                party.quote
            );
        }
    }
}

#[test]
fn anhui_every_task_every_note() {
    let Some(plan) = check(&ANHUI) else { return };
    assert_eq!(plan.tasks().len(), ANHUI_TASKS.len());
    // The notes of a task, each with its own lead: three in task 1, two in 14, 16, 18,
    // 20 and 21, one in each other.
    for task in plan.tasks() {
        let notes = match task.number {
            1 => 3,
            14 | 16 | 18 | 20 | 21 => 2,
            _ => 1,
        };
        assert_eq!(task.notes.len(), notes, "task {}: its notes", task.number);
        for note in &task.notes {
            assert_eq!(
                note.parties.iter().filter(|p| p.role == Lead).count(),
                1,
                "task {}: each note has one lead",
                task.number
            );
        }
    }
}

#[test]
fn chuangxin_every_row() {
    let Some(plan) = check(&CHUANGXIN) else {
        return;
    };
    assert_eq!(plan.tasks().len(), CHUANGXIN_TASKS.len());
}

#[test]
fn baotou_ten_tasks_and_more_across_its_parts() {
    let Some(plan) = check(&BAOTOU) else { return };
    let parts: std::collections::BTreeSet<u8> = BAOTOU_TASKS
        .iter()
        .map(|&(number, _)| task(BAOTOU.file, &plan, number).part)
        .collect();
    assert_eq!(
        parts.len(),
        7,
        "the tasks come from each of the annex's parts"
    );
    assert!(BAOTOU_TASKS.len() >= 10);
    // Every task has its one note, and every body of it leads by the label.
    for task in plan.tasks() {
        assert_eq!(task.notes.len(), 1, "task {}: its note", task.number);
        assert!(
            task.responsible().len() > 0,
            "task {}: its leads",
            task.number
        );
        for party in task.responsible() {
            assert_eq!(
                (party.role, party.basis),
                (Lead, Label),
                "task {}: `{}`",
                task.number,
                party.quote
            );
        }
    }
}

#[test]
fn the_tables_are_written_for_whole_documents() {
    // Three whole documents have every task written out; the table rows are the
    // chuangxin annex's 17; Baotou has at least ten.
    let counts: Vec<(&str, usize)> = DOCUMENTS.iter().map(|d| (d.file, d.tasks.len())).collect();
    assert_eq!(
        counts,
        [
            ("national-2019-zongbaoqu.txt", 21),
            ("national-2018-jiuye.txt", 15),
            ("anhui-2022-rcep-shishi-yijian.txt", 24),
            ("national-2018-chuangxin-table.txt", 17),
            ("baotou-2022-shuzi-zhengfu-kaoping.txt", 15),
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Coverage: every party of every note, responsibility line and table cell of the corpus.

/// Every text file of the corpus, with the number of parties its notes, lines and cells
/// name, counted by reading: a catch-all glued on with `等` is a party of its own, a
/// stated rule's words are none, and a cut file's last, cut party (Lishui's `市`) is one.
const PARTIES: [(&str, usize); 9] = [
    // The 45 tasks of tests/corpus.rs.
    ("01-guangzhou-rencai-jiju-2012.txt", 146),
    // Tasks 1–10 of tests/corpus.rs, 27 parties, and task 11's cut `市`.
    ("02-lishui-2023-zrfj-partial.txt", 28),
    ("04-pingdingshan-2013-rwfj-partial.txt", 18),
    ("06-xianyang-2022-fgf-gzyd-trad-partial.txt", 4),
    ("anhui-2022-rcep-shishi-yijian.txt", 71),
    // The 90 notes name 101 bodies under `牵头考核单位：`.
    ("baotou-2022-shuzi-zhengfu-kaoping.txt", 101),
    ("national-2018-chuangxin-table.txt", 43),
    ("national-2018-jiuye.txt", 42),
    ("national-2019-zongbaoqu.txt", 51),
];

/// The parties of no known kind: file, quote, how many times the file names it, and why.
const UNRESOLVED: [(&str, &str, usize, &str); 14] = [
    (
        "01-guangzhou-rencai-jiju-2012.txt",
        "市法院",
        1,
        "a court named by its city alone: the courts are kinds by their tier, and `法院` names none",
    ),
    (
        "01-guangzhou-rencai-jiju-2012.txt",
        "市经贸委",
        2,
        "an economic and trade commission, which later reforms split between industry and commerce",
    ),
    (
        "01-guangzhou-rencai-jiju-2012.txt",
        "市科技和信息化局",
        7,
        "a bureau of science and of informatisation: a name two kinds share",
    ),
    (
        "01-guangzhou-rencai-jiju-2012.txt",
        "市文化广电新闻出版局",
        1,
        "a bureau of culture, broadcasting and the press, of no one kind",
    ),
    (
        "01-guangzhou-rencai-jiju-2012.txt",
        "市留交办",
        3,
        "the office for returned overseas students' exchange, a body of Guangzhou's own",
    ),
    (
        "01-guangzhou-rencai-jiju-2012.txt",
        "越秀区",
        1,
        "a district, named by its place: a government, not a kind of department",
    ),
    (
        "01-guangzhou-rencai-jiju-2012.txt",
        "市住房保障办",
        1,
        "a housing security office, a body of Guangzhou's own",
    ),
    (
        "01-guangzhou-rencai-jiju-2012.txt",
        "市国土房管局",
        1,
        "a bureau of land and of housing: two kinds in one",
    ),
    (
        "02-lishui-2023-zrfj-partial.txt",
        "市双招双引办",
        1,
        "an office for attracting investment and talent, a body of Lishui's own",
    ),
    (
        "02-lishui-2023-zrfj-partial.txt",
        "市",
        1,
        "the text stops inside the name",
    ),
    (
        "04-pingdingshan-2013-rwfj-partial.txt",
        "市煤炭局",
        1,
        "a coal bureau, a body of a coal city's own",
    ),
    (
        "06-xianyang-2022-fgf-gzyd-trad-partial.txt",
        "市行政審批制度改革工作領導小組辦公室",
        1,
        "the office of a leading group, of no standing kind",
    ),
    (
        "baotou-2022-shuzi-zhengfu-kaoping.txt",
        "市文旅局",
        1,
        "`文旅局` is a name two kinds share: culture and tourism, or culture, tourism and sports",
    ),
    (
        "national-2018-chuangxin-table.txt",
        "中科院",
        1,
        "the Chinese Academy of Sciences, an academy",
    ),
];

/// What the corpus's parties come to: how many, how many resolve to a kind, and those
/// that do not, by file and quote, with how many times each stands.
struct Coverage {
    total: usize,
    resolved: usize,
    unresolved: BTreeMap<(String, String), usize>,
    per_file: Vec<(String, usize)>,
}

impl Coverage {
    /// `resolved of total parties (percent%)`, as the docs page states it.
    fn figure(&self) -> String {
        // Tenths of a percent, rounded down, so that 95.0% is never a rounded 94.96%.
        let tenths = self.resolved * 1000 / self.total;
        format!(
            "{} of {} parties ({}.{}%)",
            self.resolved,
            self.total,
            tenths / 10,
            tenths % 10
        )
    }
}

/// Reads every file of [`PARTIES`]; `None` when the corpus is absent (outside CI).
fn coverage() -> Option<Coverage> {
    let mut coverage = Coverage {
        total: 0,
        resolved: 0,
        unresolved: BTreeMap::new(),
        per_file: Vec::new(),
    };
    for (file, _) in PARTIES {
        let (_, plan) = read(file)?;
        let mut count = 0;
        for task in plan.tasks() {
            for party in task.responsible() {
                count += 1;
                if party.department == Department::Other {
                    *coverage
                        .unresolved
                        .entry((file.to_owned(), party.quote.clone()))
                        .or_default() += 1;
                } else {
                    coverage.resolved += 1;
                }
            }
        }
        coverage.total += count;
        coverage.per_file.push((file.to_owned(), count));
    }
    Some(coverage)
}

#[test]
fn every_party_of_the_corpus_is_grounded() {
    for (file, _) in PARTIES {
        let Some((text, plan)) = read(file) else {
            return;
        };
        for task in plan.tasks() {
            assert_grounded(file, &text, task);
        }
    }
}

#[test]
fn every_file_names_the_parties_read_from_it() {
    let Some(coverage) = coverage() else { return };
    let wanted: Vec<(String, usize)> = PARTIES.iter().map(|&(f, n)| (f.to_owned(), n)).collect();
    assert_eq!(coverage.per_file, wanted, "the parties each file names");
}

#[test]
fn the_parties_of_no_known_kind_are_the_listed_ones() {
    let Some(coverage) = coverage() else { return };
    let listed: BTreeMap<(String, String), usize> = UNRESOLVED
        .iter()
        .map(|&(file, quote, count, _)| ((file.to_owned(), quote.to_owned()), count))
        .collect();
    assert_eq!(coverage.unresolved, listed, "the parties of no known kind");
}

#[test]
fn at_least_95_percent_of_the_parties_resolve_to_a_kind() {
    let Some(coverage) = coverage() else { return };
    assert!(
        coverage.resolved * 100 >= coverage.total * 95,
        "{} resolve to a kind: {:?}",
        coverage.figure(),
        coverage.unresolved
    );
}

#[test]
fn the_coverage_page_states_the_figure_and_the_list() {
    let Some(coverage) = coverage() else { return };
    let page = include_str!("../docs/coverage.md");
    let figure = coverage.figure();
    assert!(
        page.contains(&figure),
        "docs/coverage.md is stale: it should state `{figure}`"
    );
    for ((file, quote), count) in &coverage.unresolved {
        let row = format!("| `{file}` | `{quote}` | {count} |");
        assert!(
            page.contains(&row),
            "docs/coverage.md is stale: it should list `{row}`"
        );
    }
    for (file, count) in &coverage.per_file {
        let row = format!("| `{file}` | {count} |");
        assert!(
            page.contains(&row),
            "docs/coverage.md is stale: it should list `{row}`"
        );
    }
}

/// The figure the page states is the one the written counts give, whatever the reader
/// reads: [`PARTIES`] less [`UNRESOLVED`]. (So the page, the lists and the reader agree
/// once the tests above pass.)
#[test]
fn the_written_counts_give_the_figure_the_page_states() {
    let total: usize = PARTIES.iter().map(|&(_, count)| count).sum();
    let unresolved: usize = UNRESOLVED.iter().map(|&(_, _, count, _)| count).sum();
    let coverage = Coverage {
        total,
        resolved: total - unresolved,
        unresolved: BTreeMap::new(),
        per_file: Vec::new(),
    };
    let page = include_str!("../docs/coverage.md");
    assert!(
        page.contains(&format!("**{}**", coverage.figure())),
        "docs/coverage.md should state `{}`",
        coverage.figure()
    );
    for (file, quote, count, why) in UNRESOLVED {
        let row = format!("| `{file}` | `{quote}` | {count} | {why} |");
        assert!(page.contains(&row), "docs/coverage.md should list `{row}`");
    }
}

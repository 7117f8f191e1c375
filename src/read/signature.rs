//! The signature block of a document: the lines that close it, or that close the notice
//! a plan is issued with, naming who issued it and when.
//!
//! ```text
//! 国务院
//! 2018年11月16日
//! （此件公开发布）
//! ```
//!
//! A block is one or more issuer lines (`国务院`, `包头市人民政府办公室`, padded with
//! spaces or not), a date line (`2018年11月16日`, full-width digits, or
//! `二〇一八年十一月十六日`), then closing remarks (`（此件公开发布）`, `（本文有删减）`,
//! `（此件主动公开）`). The date line is what makes it one: an issuer line with no date
//! after it is the last line of some prose, and is left there; a date line may stand
//! alone (the notice of a plan, dated but not signed). A closing remark, a fixed phrase
//! in brackets, counts with or without the lines before it. Anything else, a line of
//! prose above all (a `。`, a comma, a long line), ends the block.
//!
//! The lines these functions take are a line's content, its indentation taken off; white
//! space at its end, which published copies pad the signature with, is allowed.

use std::ops::Range;

use crate::base::number::is_digit;
use crate::model::{Date, is_indent};
use crate::read::dates::date_line;
use crate::read::lines::{is_plain_text, looks_like_part_heading, trimmed};

/// The most issuer lines a block has: a joint document names each body on its own line.
const MAX_ISSUER_LINES: usize = 4;

/// The most characters an issuer's name has.
const MAX_ISSUER_CHARS: usize = 40;

/// The punctuation of prose, which no issuer line, date line or title has.
const PROSE_PUNCTUATION: [char; 13] = [
    '。', '，', ',', '；', ';', '：', ':', '！', '!', '？', '?', '|', '、',
];

/// The words an issuer's name ends with: the kinds of body that sign documents, in
/// either script.
const ISSUER_ENDINGS: [&str; 28] = [
    "院", "厅", "廳", "局", "委", "会", "會", "办", "辦", "室", "部", "署", "府", "组", "組", "处",
    "處", "中心", "行", "关", "關", "联", "聯", "团", "團", "队", "隊", "司",
];

/// A signature block read: the names of the bodies that sign it, in order, and its date.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Signature<'a> {
    /// The names the issuer lines give, each as written, without the spaces that pad or
    /// separate them.
    pub(crate) issuers: Vec<&'a str>,
    /// The date the date line gives.
    pub(crate) date: Option<Date>,
}

impl Signature<'_> {
    /// The issuers as one name, joined by `、` where there are several; `None` when the
    /// block names none.
    pub(crate) fn issuer(&self) -> Option<String> {
        (!self.issuers.is_empty()).then(|| self.issuers.join("、"))
    }
}

/// How many of the trailing lines of `lines` (the lines after a document's last part,
/// or before an annex starts) form a signature block: 0 when they end with anything
/// else. Blank lines inside the block and after it count with it; blank lines alone do
/// not make one.
pub(crate) fn signature_len(lines: &[&str]) -> usize {
    /// What the line above may be, going up from the last line.
    enum Expect {
        /// A closing remark or the date line.
        Closing,
        /// An issuer line, this many having been taken.
        Issuers(usize),
    }
    let mut expect = Expect::Closing;
    let mut taken = 0;
    for (seen, line) in lines.iter().rev().enumerate() {
        if is_blank(line) {
            continue;
        }
        expect = match expect {
            Expect::Closing if is_closing_remark(line) => Expect::Closing,
            Expect::Closing if date_line(line).is_some() => Expect::Issuers(0),
            Expect::Issuers(n) if n < MAX_ISSUER_LINES && issuer_names(line).is_some() => {
                Expect::Issuers(n + 1)
            }
            _ => break,
        };
        taken = seen + 1;
    }
    taken
}

/// The first signature block that stands among the lines of a front matter (the lines
/// before a document's first part): the issuer and date of a notice, before the title
/// of the plan it issues. A date line alone on its line makes one, with the issuer lines
/// right above it and the closing remarks right below it; blank lines between them count
/// with the block.
pub(crate) fn front_signature(lines: &[&str]) -> Option<Range<usize>> {
    let date = lines.iter().position(|line| date_line(line).is_some())?;
    let mut start = date;
    let mut issuers = 0;
    for (at, line) in lines.iter().enumerate().take(date).rev() {
        if is_blank(line) {
            continue;
        }
        if issuers == MAX_ISSUER_LINES || issuer_names(line).is_none() {
            break;
        }
        issuers += 1;
        start = at;
    }
    let mut end = date + 1;
    for (at, line) in lines.iter().enumerate().skip(date + 1) {
        if is_blank(line) {
            continue;
        }
        if !is_closing_remark(line) {
            break;
        }
        end = at + 1;
    }
    Some(start..end)
}

/// What a signature block's lines (as [`signature_len`] or [`front_signature`] found
/// them) say: the bodies its issuer lines name and the date of its date line.
pub(crate) fn read_signature<'a>(block: &[&'a str]) -> Signature<'a> {
    let mut signature = Signature::default();
    for line in block {
        if let Some(names) = issuer_names(line) {
            signature.issuers.extend(names);
        } else if let Some(date) = date_line(line).filter(|_| signature.date.is_none()) {
            signature.date = Some(date);
        }
    }
    signature
}

/// Whether a line holds nothing but white space.
fn is_blank(line: &str) -> bool {
    trimmed(line).is_empty()
}

/// Whether a line is a closing remark: a fixed phrase in brackets on the status of the
/// document, `（此件公开发布）`, `（此件主动公开）`, `（此件发至县级）`, `（本文有删减）`,
/// in either width and script.
pub(crate) fn is_closing_remark(line: &str) -> bool {
    let text = trimmed(line);
    let Some(inside) = text
        .strip_prefix(['（', '('])
        .and_then(|rest| rest.strip_suffix(['）', ')']))
    else {
        return false;
    };
    let short = inside.chars().count() <= 12;
    let plain = !inside.contains(PROSE_PUNCTUATION) && !inside.contains(['（', '(']);
    let phrase = inside.starts_with("此件")
        || inside.starts_with("本件")
        || ["本文有删减", "本文有刪減", "有删减", "有刪減"].contains(&inside);
    short && plain && phrase
}

/// The names an issuer line gives: one or more names of bodies, separated by white
/// space, each ending with a word a body's name ends with (`国务院`, `办公厅`, `人民政府`,
/// `委员会`…), with no punctuation of prose and no `关于` of a title. `None` for any
/// other line.
pub(crate) fn issuer_names(line: &str) -> Option<impl Iterator<Item = &str>> {
    let text = trimmed(line);
    if text.is_empty() || text.len() > 4 * 3 * MAX_ISSUER_CHARS {
        return None;
    }
    let names = || {
        text.split(|c: char| is_indent(c) || c.is_whitespace())
            .filter(|name| !name.is_empty())
    };
    names().all(is_issuer_name).then(names)
}

/// Whether `name` reads as the name of a body that issues documents: short, ending as
/// bodies' names do, and nothing else, not a title (`关于`, `《》`), a heading or a task
/// (`五、加强督查督办`, `（三）召开推进会`).
pub(crate) fn is_issuer_name(name: &str) -> bool {
    let count = name.chars().count();
    (2..=MAX_ISSUER_CHARS).contains(&count)
        && ISSUER_ENDINGS.iter().any(|ending| name.ends_with(ending))
        && !name.contains(PROSE_PUNCTUATION)
        && !name.contains(['《', '》'])
        && !name.contains("关于")
        && !name.contains("關於")
        && !name.starts_with(is_digit)
        && !name.starts_with(['（', '(', '【', '[', '［'])
        && !looks_like_part_heading(name)
        && is_plain_text(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of `lines` from `start` on.
    fn from<'a, 'b>(lines: &'b [&'a str], start: usize) -> &'b [&'a str] {
        lines.get(start..).unwrap_or_default()
    }

    /// national-2018-jiuye, lines 26–29: the last paragraph, then the block, padded
    /// with spaces and no-break spaces as the page was.
    const JIUYE_END: [&str; 4] = [
        "从工业企业结构调整专项奖补资金中安排部分资金并适时下达，由地方统筹纳入就业补助资金，专项用于当前稳就业工作。各地要对现有补贴项目进行梳理，在保持政策连续性、稳定性的基础上，对补贴项目、补贴方式进行归并简化，提高资金使用效益。各地贯彻落实本意见的有关情况及发现的重要问题，要及时报送人力资源社会保障部。",
        "国务院 \u{a0} \u{a0} \u{a0} \u{a0} \u{a0} \u{a0} \u{a0}\u{a0}",
        "2018年11月16日\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}",
        "（此件公开发布）",
    ];

    /// national-2018-chuangxin-table, lines 16–19, before its annex (line 20, `附件`).
    const CHUANGXIN_BEFORE_ANNEX: [&str; 4] = [
        "附件：第二批支持创新相关改革举措推广清单",
        "国务院办公厅 \u{a0} \u{a0} \u{a0} \u{a0} \u{a0} \u{a0}",
        "2018年12月23日\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}",
        "（本文有删减）",
    ];

    /// anhui-2022-rcep-shishi-yijian, lines 8–12, indentation taken off: the notice's
    /// last line, its issuer, a blank line, its date, the plan's title.
    const ANHUI_NOTICE_END: [&str; 5] = [
        "《安徽省关于加快对接〈区域全面经济伙伴关系协定〉（RCEP）经贸新规则 扎实推进高水平开放实施意见》现印发给你们，请认真贯彻执行。",
        "安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室",
        "",
        "2022年3月23日",
        "安徽省关于加快对接《区域全面经济伙伴关系协定》（RCEP）经贸新规则扎实推进高水平开放实施意见",
    ];

    /// baotou-2022-shuzi-zhengfu-kaoping, lines 3–7, indentation taken off: the number,
    /// the addressees, the notice, its date alone, the plan's title.
    const BAOTOU_NOTICE: [&str; 5] = [
        "包府办发〔2022〕43号",
        "各旗、县、区人民政府，稀土高新区管委会，市直有关部门、单位：",
        "按照市政府2022年第4次常务会议和《包头市人民政府办公室关于印发包头市数字政府建设行动方案（2021—2023年）的通知》（包府办发〔2022〕10号）要求，为加快推进全市数字政府建设，确保年度重点任务和重点项目按时限高质量完成，经市人民政府同意，将《包头市2022年数字政府建设考评办法》印发给你们，请认真抓好落实。",
        "2022年4月14日",
        "包头市2022年数字政府建设考评办法",
    ];

    #[test]
    fn a_closing_remark_is_a_bracketed_phrase_on_the_document() {
        for line in [
            "（此件公开发布）",
            "（本文有删减）",
            "（此件主动公开）",
            "(此件公開發布)",
            "（此件发至县级）  ",
        ] {
            assert!(is_closing_remark(line), "{line}");
        }
        for line in [
            "此件公开发布",
            "（财政部、人力资源社会保障部负责）",
            "（此件公开发布。联系人：张三，电话：1234）",
            "（一）加大稳岗支持力度。",
            "（本文有删减的部分见附件的说明）",
        ] {
            assert!(!is_closing_remark(line), "{line}");
        }
    }

    #[test]
    fn an_issuer_line_names_bodies() {
        let names = |line| issuer_names(line).map(Iterator::collect::<Vec<_>>);
        assert_eq!(names(JIUYE_END[1]), Some(vec!["国务院"]));
        assert_eq!(names(CHUANGXIN_BEFORE_ANNEX[1]), Some(vec!["国务院办公厅"]));
        assert_eq!(
            names(ANHUI_NOTICE_END[1]),
            Some(vec![
                "安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室"
            ])
        );
        assert_eq!(
            names("中共中央办公厅　　国务院办公厅"),
            Some(vec!["中共中央办公厅", "国务院办公厅"])
        );
        for line in [
            JIUYE_END[0],
            // national-2018-jiuye, line 1: a title's first line.
            "国务院关于做好当前和今后一个时期",
            BAOTOU_NOTICE[0],
            BAOTOU_NOTICE[1],
            BAOTOU_NOTICE[4],
            "一、加强组织领导",
            "2018年11月16日",
            "",
        ] {
            assert_eq!(names(line), None, "{line}");
        }
    }

    #[test]
    fn the_signature_of_a_state_council_document_closes_it() {
        assert_eq!(signature_len(&JIUYE_END), 3);
        let block = read_signature(from(&JIUYE_END, 1));
        assert_eq!(block.issuers, ["国务院"]);
        assert_eq!(block.issuer().as_deref(), Some("国务院"));
        assert_eq!(block.date, Date::new(2018, 11, 16));
        // The annex list line is not part of the block.
        assert_eq!(signature_len(&CHUANGXIN_BEFORE_ANNEX), 3);
        let block = read_signature(from(&CHUANGXIN_BEFORE_ANNEX, 1));
        assert_eq!(block.issuer().as_deref(), Some("国务院办公厅"));
        assert_eq!(block.date, Date::new(2018, 12, 23));
    }

    #[test]
    fn a_block_needs_its_date_for_its_issuers() {
        let prose = "各地要抓好落实。";
        // An issuer line alone at the end is the last line of prose.
        assert_eq!(signature_len(&[prose, "国务院"]), 0);
        assert_eq!(signature_len(&[prose, "国务院", "（此件公开发布）"]), 1);
        // A date alone closes a document; a remark alone too.
        assert_eq!(signature_len(&[prose, "2018年11月16日"]), 1);
        assert_eq!(signature_len(&[prose, "（此件公开发布）"]), 1);
        // Two bodies on two lines, and a blank line inside the block and after it.
        let joint = [
            prose,
            "中共包头市委办公室",
            "包头市人民政府办公室",
            "",
            "2022年4月14日",
            "（此件公开发布）",
            "　　",
        ];
        assert_eq!(signature_len(&joint), 6);
        assert_eq!(
            read_signature(from(&joint, 1)).issuer().as_deref(),
            Some("中共包头市委办公室、包头市人民政府办公室")
        );
        // Prose never: a sentence, or a date in one; nor a blank line alone.
        assert_eq!(signature_len(&[prose]), 0);
        assert_eq!(signature_len(&[prose, ""]), 0);
        assert_eq!(signature_len(&["本意见自2018年11月16日起施行。"]), 0);
        assert_eq!(signature_len(&[]), 0);
        // A heading or a task before a date is no issuer, though it ends as a body's
        // name does.
        for heading in [
            "（三）召开推进会",
            "五、加强督查督办",
            "五 加强督查督办",
            "3.成立工作领导小组",
        ] {
            assert_eq!(signature_len(&[heading, "2018年11月16日"]), 1, "{heading}");
        }
        // Two dates: the second alone is the block.
        assert_eq!(
            signature_len(&["国务院", "2018年11月16日", "2018年11月17日"]),
            1
        );
    }

    #[test]
    fn the_notice_of_a_plan_is_signed_inside_the_front_matter() {
        assert_eq!(front_signature(&ANHUI_NOTICE_END), Some(1..4));
        let block = read_signature(ANHUI_NOTICE_END.get(1..4).unwrap_or_default());
        assert_eq!(block.date, Date::new(2022, 3, 23));
        assert_eq!(
            block.issuer().as_deref(),
            Some("安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室")
        );
        // The date alone, unsigned.
        assert_eq!(front_signature(&BAOTOU_NOTICE), Some(3..4));
        let block = read_signature(BAOTOU_NOTICE.get(3..4).unwrap_or_default());
        assert_eq!((block.issuer(), block.date), (None, Date::new(2022, 4, 14)));
        // Closing remarks after the date are part of it.
        let remarked = [
            "现印发给你们。",
            "国务院",
            "2018年11月16日",
            "（此件公开发布）",
            "某某方案",
        ];
        assert_eq!(front_signature(&remarked), Some(1..4));
        // A front matter with no date line alone has none: guangzhou's lines 1–2.
        assert_eq!(
            front_signature(&[
                "关于推进人才集聚工程的实施意见",
                "为深入贯彻科学发展观，全面落实省第十一次党代会、市第十次党代会精神，根据《中共广州市委、广州市人民政府关于全面推进新型城市化发展的决定》，就推进人才集聚工程（简称“633”人才工程），提出以下实施意见。",
            ]),
            None
        );
    }
}

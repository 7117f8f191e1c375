//! The front matter and signature blocks of the real documents in `../shared/corpus/`,
//! read at run time (never copied in): for each whole document, the title, notice
//! title, document number, issuer and date, and where its signature blocks stand. Every
//! expectation was written by reading the file. Without the directory these tests pass
//! with `skipped: ../shared/corpus not found`, except on CI (see `tests/common/corpus.rs`).

#[path = "../../../tests/common/corpus.rs"]
#[allow(clippy::panic, dead_code)]
mod files;

use std::ops::Range;

use crate::model::NumberMarker;
use crate::model::{Date, Layout, Metadata, PlanData};
use crate::read::front::{metadata_of, read_front};
use crate::read::lines::{indented, numbered, split_lines};
use crate::read::signature::{front_signature, signature_len};

/// A whole document of the corpus and what its front matter and signatures say.
struct Document {
    file: &'static str,
    /// The line (from 1) of the annex heading the main document stops before, if it has
    /// an annex.
    annex: Option<usize>,
    /// The lines (from 1) of the signature block that closes the main document.
    closing: Option<Range<usize>>,
    /// The lines (from 1) of the signature block inside the front matter.
    inner: Option<Range<usize>>,
    title: &'static str,
    notice_title: Option<&'static str>,
    number: Option<&'static str>,
    issuer: Option<&'static str>,
    date: Option<(u16, u8, u8)>,
}

const DOCUMENTS: [Document; 6] = [
    // Lines 1–2 the title, 3 the number; 27–29 `国务院`, the date, `（此件公开发布）`.
    Document {
        file: "national-2018-jiuye.txt",
        annex: None,
        closing: Some(27..30),
        inner: None,
        title: "国务院关于做好当前和今后一个时期促进就业工作的若干意见",
        notice_title: None,
        number: Some("国发〔2018〕39号"),
        issuer: Some("国务院"),
        date: Some((2018, 11, 16)),
    },
    // Lines 1–2 the title, 3 the number; 47–49 the signature.
    Document {
        file: "national-2019-zongbaoqu.txt",
        annex: None,
        closing: Some(47..50),
        inner: None,
        title: "国务院关于促进综合保税区高水平开放高质量发展的若干意见",
        notice_title: None,
        number: Some("国发〔2019〕3号"),
        issuer: Some("国务院"),
        date: Some((2019, 1, 12)),
    },
    // A notice of reforms, which issues no plan: its title is the document's. Line 16
    // lists the annex, 17–19 sign the notice (`（本文有删减）`), 20 heads the annex.
    Document {
        file: "national-2018-chuangxin-table.txt",
        annex: Some(20),
        closing: Some(17..20),
        inner: None,
        title: "国务院办公厅关于推广第二批支持创新相关改革举措的通知",
        notice_title: None,
        number: Some("国办发〔2018〕126号"),
        issuer: Some("国务院办公厅"),
        date: Some((2018, 12, 23)),
    },
    // Lines 1 and 2 the notice's title twice, 3 the number, 6 its date alone (no
    // issuer line: the title names it), 7 the plan's title. Lines 25–26 list the annex,
    // 27 heads it; the main document has no closing signature.
    Document {
        file: "baotou-2022-shuzi-zhengfu-kaoping.txt",
        annex: Some(27),
        closing: None,
        inner: Some(6..7),
        title: "包头市2022年数字政府建设考评办法",
        notice_title: Some(
            "包头市人民政府办公室关于印发《包头市2022年数字政府建设考评办法》的通知",
        ),
        number: Some("包府办发〔2022〕43号"),
        issuer: Some("包头市人民政府办公室"),
        date: Some((2022, 4, 14)),
    },
    // Lines 1 and 2 the notice's title twice (line 1 with ASCII brackets), 4 the number
    // in brackets, 9 the issuer, 11 the date, 12 the plan's title, which writes
    // `《》` where the notice's title does not. No closing signature.
    Document {
        file: "anhui-2022-rcep-shishi-yijian.txt",
        annex: None,
        closing: None,
        inner: Some(9..12),
        title: "安徽省关于加快对接《区域全面经济伙伴关系协定》（RCEP）经贸新规则扎实推进高水平开放实施意见",
        notice_title: Some(
            "安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室关于印发安徽省关于加快对接区域全面经济伙伴关系协定(RCEP)经贸新规则扎实推进高水平开放实施意见的通知",
        ),
        number: Some("皖开放办〔2022〕6号"),
        issuer: Some("安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室"),
        date: Some((2022, 3, 23)),
    },
    // Line 1 the title; no number, issuer, date or signature.
    Document {
        file: "01-guangzhou-rencai-jiju-2012.txt",
        annex: None,
        closing: None,
        inner: None,
        title: "关于推进人才集聚工程的实施意见",
        notice_title: None,
        number: None,
        issuer: None,
        date: None,
    },
];

/// The lines of a text, each its content without indentation (`""` for a blank line).
fn contents(text: &str) -> Vec<&str> {
    let (lines, _) = split_lines(text).unwrap_or_default();
    lines
        .iter()
        .map(|line| indented(line).map_or("", |(_, content)| content))
        .collect()
}

#[test]
fn each_whole_document_states_its_title_number_issuer_and_date() {
    for document in &DOCUMENTS {
        let Some((_, text)) = files::read(document.file) else {
            return;
        };
        let name = document.file;
        let lines = contents(&text);
        assert!(lines.len() > 20, "{name}: {} lines", lines.len());
        // The front matter: the lines before part 一.
        let first_part = lines
            .iter()
            .position(|line| {
                numbered(line)
                    .is_some_and(|item| item.marker == NumberMarker::Numeral && item.value == 1)
            })
            .unwrap_or_default();
        assert!(first_part > 0, "{name}: no part 一");
        let front = lines.get(..first_part).unwrap_or_default();
        // The main document: up to its annex, or the end.
        let main = lines
            .get(..document.annex.map_or(lines.len(), |at| at - 1))
            .unwrap_or_default();
        let closing = signature_len(main);
        let found = (closing > 0).then(|| (main.len() - closing + 1)..(main.len() + 1));
        assert_eq!(found, document.closing, "{name}: the closing signature");
        let inner = front_signature(front).map(|range| range.start + 1..range.end + 1);
        assert_eq!(
            inner, document.inner,
            "{name}: the front matter's signature"
        );
        let block = main.get(main.len() - closing..).unwrap_or_default();
        // The front matter as the parser keeps it: its lines that are not blank.
        let mut data = PlanData::new(Layout::default());
        data.preamble = front
            .iter()
            .filter(|line| !line.is_empty())
            .map(|line| (*line).to_owned())
            .collect();
        let metadata = metadata_of(&data, block);
        let expected = Metadata {
            title: Some(document.title.to_owned()),
            notice_title: document.notice_title.map(str::to_owned),
            document_number: document.number.map(str::to_owned),
            issuer: document.issuer.map(str::to_owned),
            approver: None,
            issue_date: document.date.and_then(|(y, m, d)| Date::new(y, m, d)),
            period: None,
        };
        assert_eq!(metadata, expected, "{name}");
        // The heading alone, read from the lines with their blank lines.
        let heading = read_front(front).heading.map(|heading| heading.text);
        let expected = document.notice_title.unwrap_or(document.title);
        assert_eq!(heading.as_deref(), Some(expected), "{name}: the heading");
    }
}

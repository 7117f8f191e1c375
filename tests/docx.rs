//! Reading Word documents (`docx_text`, `parse_docx`): the files that are refused and
//! why, and the text of small documents written here with the `zip` crate's writer, one
//! for each convention of the text (`docs/published.md`): paragraphs and breaks, tables
//! with cells merged across and down, the numbers Word generates and how it counts them,
//! tracked changes, fields, and what is passed over.
//!
//! Each document is a few lines of WordprocessingML, and each expectation is written
//! from what Word shows for it.

use std::io::Cursor;

#[path = "common/docx.rs"]
mod word;

use proptest::prelude::*;
use word::{CONTENT_TYPES, PACKAGE_RELS, W, document, docx, docx_of, p, zip, zip_with};
use wuzhong_plan::{
    InputFormat, RefusalKind, SourceFormat, docx_text, parse, parse_docx, read_plan,
};
use zip::CompressionMethod;

/// The text of a document whose body is `body`.
fn text(body: &str) -> String {
    docx_text(&docx(body)).unwrap_or_else(|refusal| panic!("{}", refusal.message))
}

/// A paragraph numbered by instance `num` at level `ilvl`.
fn numbered(num: u32, ilvl: u32, text: &str) -> String {
    format!(
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{num}\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
    )
}

/// A cell of one paragraph, with `properties` (the inside of its `w:tcPr`).
fn tc(properties: &str, text: &str) -> String {
    format!("<w:tc><w:tcPr>{properties}</w:tcPr>{}</w:tc>", p(text))
}

fn tr(cells: &[String]) -> String {
    format!("<w:tr>{}</w:tr>", cells.concat())
}

fn tbl(rows: &[String]) -> String {
    format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>{}</w:tbl>",
        rows.concat()
    )
}

/// A level of an abstract numbering.
fn lvl(ilvl: u32, start: u32, format: &str, text: &str, extra: &str) -> String {
    format!(
        r#"<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{format}"/><w:lvlText w:val="{text}"/>{extra}<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl>"#
    )
}

fn refusal(bytes: &[u8]) -> (RefusalKind, String) {
    let refused = docx_text(bytes).expect_err("refused");
    (refused.kind, refused.message)
}

// ---------------------------------------------------------------------------------------
// Files that are refused.

#[test]
fn a_file_that_is_no_zip_is_refused_as_not_word() {
    let (kind, message) = refusal(b"hello, world");
    assert_eq!(kind, RefusalKind::NotWord);
    assert!(message.starts_with("not a zip archive: "), "{message}");
    assert!(
        message.ends_with(": expected a Word document (.docx)"),
        "{message}"
    );
}

#[test]
fn random_bytes_after_a_zip_signature_are_refused_as_not_word() {
    let mut bytes = b"PK\x03\x04".to_vec();
    bytes.extend((0..2000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    assert_eq!(InputFormat::of(&bytes), InputFormat::Docx);
    let (kind, message) = refusal(&bytes);
    assert_eq!(kind, RefusalKind::NotWord);
    assert!(message.starts_with("not a zip archive: "), "{message}");
    let through = read_plan(&bytes).unwrap_err();
    assert_eq!((through.kind, through.message), (kind, message));
}

#[test]
fn an_ole_file_is_named_as_an_old_doc_or_an_encrypted_docx() {
    let mut bytes = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    bytes.extend([0u8; 504]);
    let (kind, message) = refusal(&bytes);
    assert_eq!(kind, RefusalKind::NotWord);
    assert!(
        message.starts_with("not a zip archive: the file is an OLE compound file"),
        "{message}"
    );
    assert!(
        message.contains("(.doc)") && message.contains("password"),
        "{message}"
    );
    // Read by its content, it is not taken for a Word file: it is not text either.
    assert_eq!(InputFormat::of(&bytes), InputFormat::Text);
    assert_eq!(read_plan(&bytes).unwrap_err().kind, RefusalKind::NotUtf8);
}

#[test]
fn a_zip_without_a_document_part_is_refused_naming_the_part() {
    let bytes = zip(&[
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("word/styles.xml", b"<w:styles/>"),
    ]);
    let (kind, message) = refusal(&bytes);
    assert_eq!(kind, RefusalKind::NotWord);
    assert!(
        message.contains("no document part (word/document.xml)"),
        "{message}"
    );

    // An OpenDocument text is a zip too, with none of Word's parts.
    let odt = zip(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", b"<office:document-content/>"),
    ]);
    assert_eq!(refusal(&odt).0, RefusalKind::NotWord);

    // A package that names a document part it does not hold.
    let rels = PACKAGE_RELS.replace("word/document.xml", "word/main.xml");
    let named = zip(&[("_rels/.rels", rels.as_bytes())]);
    let (kind, message) = refusal(&named);
    assert_eq!(kind, RefusalKind::NotWord);
    assert!(
        message.contains(
            "word/main.xml, which the package's relationships name, or word/document.xml"
        ),
        "{message}"
    );
}

#[test]
fn a_workbook_is_not_a_word_document() {
    let rels = PACKAGE_RELS.replace("word/document.xml", "xl/workbook.xml");
    let bytes = zip(&[
        ("_rels/.rels", rels.as_bytes()),
        ("xl/workbook.xml", b"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>"),
    ]);
    let (kind, message) = refusal(&bytes);
    assert_eq!(kind, RefusalKind::NotWord);
    assert!(
        message.contains("xl/workbook.xml") && message.contains("<workbook>"),
        "{message}"
    );
}

#[test]
fn a_document_without_a_body_or_without_text_is_refused_as_no_body() {
    let bare =
        format!(r#"<w:document xmlns:w="{W}"><w:background w:color="FFFFFF"/></w:document>"#);
    let bytes = zip(&[("word/document.xml", bare.as_bytes())]);
    let (kind, message) = refusal(&bytes);
    assert_eq!(kind, RefusalKind::NoBody);
    assert!(
        message.contains("word/document.xml has no body (w:body)"),
        "{message}"
    );

    let (kind, message) = refusal(&docx(&format!("<w:p/>{}{}", p("  \u{3000} "), p(""))));
    assert_eq!(kind, RefusalKind::NoBody);
    assert!(message.contains("holds no paragraph of text"), "{message}");
    assert_eq!(
        parse_docx(&docx("<w:p/>")).unwrap_err().kind,
        RefusalKind::NoBody
    );
}

#[test]
fn a_document_part_that_is_not_well_formed_is_refused_at_its_byte_offset() {
    // A paragraph left open: the end tag of the body does not match it.
    let broken = format!(
        r#"<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>一</w:t></w:r></w:body></w:document>"#
    );
    let offset = broken.find("</w:body>").unwrap();
    let (kind, message) = refusal(&zip(&[("word/document.xml", broken.as_bytes())]));
    assert_eq!(kind, RefusalKind::NotWord);
    assert!(
        message.starts_with("the part word/document.xml is not well-formed XML: "),
        "{message}"
    );
    assert!(
        message.contains(&format!("at byte offset {offset}:")),
        "{message}"
    );

    // An entity XML does not define, and bytes that are not UTF-8.
    let entity = format!(
        r#"<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p></w:body></w:document>"#
    );
    let (kind, message) = refusal(&zip(&[("word/document.xml", entity.as_bytes())]));
    assert_eq!(kind, RefusalKind::NotWord);
    assert!(message.contains("&nbsp;"), "{message}");
    let mut latin = format!(r#"<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>"#).into_bytes();
    let at = latin.len();
    latin.extend(b"caf\xe9</w:t></w:r></w:p></w:body></w:document>");
    let (kind, message) = refusal(&zip(&[("word/document.xml", &latin)]));
    assert_eq!(kind, RefusalKind::NotWord);
    assert!(
        message.contains(&format!(
            "not UTF-8 (nor UTF-16 with a byte-order mark) at byte offset {}",
            at + 3
        )),
        "{message}"
    );

    // A document that stops inside an element.
    let cut = format!(r#"<w:document xmlns:w="{W}"><w:body><w:p>"#);
    let (_, message) = refusal(&zip(&[("word/document.xml", cut.as_bytes())]));
    assert!(message.contains("ends inside an element"), "{message}");

    // The numbering part is read too, and refused as well when broken.
    let bytes = docx_of(
        &p("一"),
        Some("<w:abstractNum w:abstractNumId=\"1\">"),
        None,
    );
    let (kind, message) = refusal(&bytes);
    assert_eq!(kind, RefusalKind::NotWord);
    assert!(
        message.starts_with("the part word/numbering.xml is not well-formed XML"),
        "{message}"
    );
}

/// A raw deflate stream (fixed Huffman codes) of `len` zero bytes: a zero, then
/// matches of 258 bytes at distance 1, then the rest as literals. About 13 bits for
/// each 258 bytes, so that a part that really inflates to over 256 MiB takes 1.7 MB.
fn zeros_deflated(len: u64) -> Vec<u8> {
    struct Bits {
        out: Vec<u8>,
        acc: u64,
        count: u32,
    }
    impl Bits {
        /// Writes `n` bits of `value`, least significant first.
        fn put(&mut self, value: u64, n: u32) {
            self.acc |= value << self.count;
            self.count += n;
            while self.count >= 8 {
                self.out.push(self.acc as u8);
                self.acc >>= 8;
                self.count -= 8;
            }
        }
        /// Writes a Huffman code of `n` bits, most significant first.
        fn code(&mut self, code: u64, n: u32) {
            let reversed = (0..n).fold(0, |acc, i| acc | (((code >> i) & 1) << (n - 1 - i)));
            self.put(reversed, n);
        }
    }
    let mut bits = Bits {
        out: Vec::new(),
        acc: 0,
        count: 0,
    };
    bits.put(1, 1); // the final block
    bits.put(1, 2); // fixed Huffman codes
    let literal_zero = |bits: &mut Bits| bits.code(0b0011_0000, 8);
    literal_zero(&mut bits);
    let mut left = len - 1;
    while left >= 258 {
        bits.code(0b1100_0101, 8); // length code 285: 258 bytes
        bits.code(0, 5); // distance code 0: 1 byte back
        left -= 258;
    }
    for _ in 0..left {
        literal_zero(&mut bits);
    }
    bits.code(0, 7); // end of block
    bits.put(0, 7);
    bits.out
}

/// The CRC-32 of `len` zero bytes.
fn crc_of_zeros(len: u64) -> u32 {
    let table: Vec<u32> = (0..256u32)
        .map(|n| {
            (0..8).fold(n, |c, _| {
                if c & 1 == 1 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                }
            })
        })
        .collect();
    let mut crc = 0xFFFF_FFFFu32;
    for _ in 0..len {
        crc = table[(crc & 0xFF) as usize] ^ (crc >> 8);
    }
    !crc
}

/// A zip of one deflated part, `name`, written by hand: `data` (a raw deflate stream)
/// inflates to `size` bytes whose CRC-32 is `crc`.
fn zip_by_hand(name: &str, data: &[u8], size: u32, crc: u32) -> Vec<u8> {
    let mut out = Vec::new();
    let header = |out: &mut Vec<u8>, central: bool| {
        out.extend(if central {
            b"PK\x01\x02".as_slice()
        } else {
            b"PK\x03\x04"
        });
        if central {
            out.extend(20u16.to_le_bytes()); // made by
        }
        out.extend(20u16.to_le_bytes()); // needed
        out.extend(0u16.to_le_bytes()); // flags
        out.extend(8u16.to_le_bytes()); // deflated
        out.extend([0u8; 4]); // time, date
        out.extend(crc.to_le_bytes());
        out.extend((data.len() as u32).to_le_bytes());
        out.extend(size.to_le_bytes());
        out.extend((name.len() as u16).to_le_bytes());
        out.extend(0u16.to_le_bytes()); // extra
        if central {
            out.extend([0u8; 6]); // comment, disk, internal attributes
            out.extend(0u32.to_le_bytes()); // external attributes
            out.extend(0u32.to_le_bytes()); // the local header's offset
        }
        out.extend(name.as_bytes());
    };
    header(&mut out, false);
    out.extend(data);
    let directory = out.len();
    header(&mut out, true);
    let directory_len = out.len() - directory;
    out.extend(b"PK\x05\x06");
    out.extend([0u8; 4]);
    out.extend(1u16.to_le_bytes());
    out.extend(1u16.to_le_bytes());
    out.extend((directory_len as u32).to_le_bytes());
    out.extend((directory as u32).to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

#[test]
fn the_hand_written_zip_of_zeros_inflates_as_it_declares() {
    let data = zeros_deflated(100_000);
    let bytes = zip_by_hand("zeros.bin", &data, 100_000, crc_of_zeros(100_000));
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut inflated = Vec::new();
    std::io::Read::read_to_end(&mut archive.by_name("zeros.bin").unwrap(), &mut inflated).unwrap();
    assert_eq!(inflated, vec![0u8; 100_000]);
}

#[test]
fn a_document_part_that_declares_more_than_256_mib_is_refused_without_inflating_it() {
    let size: u32 = 256 * 1024 * 1024 + 1;
    let data = zeros_deflated(u64::from(size));
    assert!(data.len() < 2 * 1024 * 1024, "{}", data.len());
    // The size is honest: the stream inflates to it. The CRC is left 0 (counting it would
    // take longer than the test); it is never checked, as the part is never inflated.
    let bytes = zip_by_hand("word/document.xml", &data, size, 0);
    let (kind, message) = refusal(&bytes);
    assert_eq!(kind, RefusalKind::TooLarge);
    assert_eq!(
        message,
        "the part word/document.xml declares 268435457 bytes uncompressed, over the 268435456 bytes left of the 256 MiB a Word file's parts may take together uncompressed: expected a Word document whose parts fit"
    );
    assert_eq!(parse_docx(&bytes).unwrap_err().kind, RefusalKind::TooLarge);
}

#[test]
fn a_text_over_16_mib_is_refused() {
    // A cell merged down 20 rows, of 1 MiB of text: 20 MiB of text from a small file.
    let long = "长".repeat(350_000);
    let mut rows = vec![tr(&[
        tc("<w:vMerge w:val=\"restart\"/>", &long),
        tc("", "1"),
    ])];
    for _ in 0..20 {
        rows.push(tr(&[tc("<w:vMerge/>", ""), tc("", "2")]));
    }
    let bytes = docx(&tbl(&rows));
    assert!(bytes.len() < 1024 * 1024, "{}", bytes.len());
    let (kind, message) = refusal(&bytes);
    assert_eq!(kind, RefusalKind::TooLarge);
    assert!(message.starts_with("the Word document's text is over the size limit for a plan as text (more than 16777216 bytes)"), "{message}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = docx_text(&bytes);
        let mut zip = b"PK\x03\x04".to_vec();
        zip.extend(&bytes);
        prop_assert!(docx_text(&zip).is_err());
        let _ = parse_docx(&zip);
    }

    #[test]
    fn a_damaged_document_never_panics(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8)
    ) {
        // Stored, so that a flipped byte lands in the XML itself as often as in the zip.
        let body = format!(
            "{}{}{}",
            numbered(1, 0, "扩大就业"),
            tbl(&[tr(&[tc("<w:gridSpan w:val=\"2\"/>", "一"), tc("<w:vMerge w:val=\"restart\"/>", "二")])]),
            "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>"
        );
        let numbering = format!(
            r#"<w:abstractNum w:abstractNumId="0">{}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#,
            lvl(0, 1, "chineseCounting", "%1、", "")
        );
        let document = document(&body);
        let numbering = format!(r#"<w:numbering xmlns:w="{W}">{numbering}</w:numbering>"#);
        let mut bytes = zip_with(
            &[("word/document.xml", document.as_bytes()), ("word/numbering.xml", numbering.as_bytes())],
            CompressionMethod::Stored,
        );
        for (at, byte) in flips {
            let at = at.index(bytes.len());
            bytes[at] = byte;
        }
        let _ = docx_text(&bytes);
    }
}

// ---------------------------------------------------------------------------------------
// Paragraphs, lines and runs.

#[test]
fn each_paragraph_is_a_line_and_empty_ones_are_none() {
    let body = [
        p("一、总体要求"),
        "<w:p/>".to_owned(),
        p("   "),
        "<w:p><w:r><w:t>1.扩大</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>就业</w:t></w:r><w:r><w:t>。</w:t></w:r></w:p>".to_owned(),
        p("　　国务院　　"),
    ]
    .concat();
    assert_eq!(text(&body), "一、总体要求\n1.扩大就业。\n　　国务院　　\n");
}

#[test]
fn breaks_end_lines_and_runs_keep_their_characters() {
    let body = [
        "<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:cr/><w:t>第三行</w:t><w:br w:type=\"page\"/><w:t>第四行</w:t></w:r></w:p>",
        // Two breaks make no empty line, and a break at the end none either.
        "<w:p><w:r><w:t>甲</w:t><w:br/><w:br/><w:t>乙</w:t><w:br/></w:r></w:p>",
        "<w:p><w:r><w:t>序号</w:t><w:tab/><w:t>名称</w:t></w:r></w:p>",
        "<w:p><w:r><w:t>2019</w:t><w:noBreakHyphen/><w:t>2020</w:t><w:softHyphen/><w:t>年</w:t></w:r></w:p>",
        "<w:p><w:r><w:t>A&amp;B &lt;C&gt; &#x4E00;&#20108;\u{a0}end</w:t></w:r></w:p>",
    ]
    .concat();
    assert_eq!(
        text(&body),
        "第一行\n第二行\n第三行\n第四行\n甲\n乙\n序号\t名称\n2019-2020年\nA&B <C> 一二\u{a0}end\n"
    );
}

#[test]
fn white_space_at_the_ends_of_a_run_is_kept_only_where_preserved() {
    let body = "<w:p><w:r><w:t>  一  </w:t></w:r><w:r><w:t xml:space=\"preserve\">  二  </w:t></w:r><w:r><w:t>三\n四</w:t></w:r></w:p>";
    assert_eq!(text(body), "一  二  三 四\n");
}

#[test]
fn what_a_reader_sees_is_kept_and_the_rest_dropped() {
    let body = [
        // Tracked changes: insertions kept, deletions and moves away dropped.
        "<w:p><w:r><w:t>保留</w:t></w:r><w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>插入</w:t></w:r></w:ins><w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>删除</w:delText></w:r></w:del><w:moveFrom w:id=\"3\" w:author=\"a\"><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:moveTo w:id=\"4\" w:author=\"a\"><w:r><w:t>移来</w:t></w:r></w:moveTo></w:p>",
        // A hyperlink's and a content control's text, a field's result but not its instruction.
        "<w:p><w:hyperlink r:id=\"rId9\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:sdt><w:sdtPr><w:alias w:val=\"标题\"/></w:sdtPr><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> DATE \\@ \"yyyy年M月d日\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2019年1月12日</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:fldSimple w:instr=\" SEQ 表 \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>",
        // Drawings, text boxes, footnote references, symbols and hidden text dropped.
        "<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"图\"/></wp:inline></w:drawing></w:r><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>显示</w:t></w:r></w:p>",
        // Of alternative content, the fallback.
        "<w:p><mc:AlternateContent><mc:Choice Requires=\"w14\"><w:r><w:t>新版</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>旧版</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>",
        // A table of contents is a copy of the headings.
        "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\o \"1-3\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>一、总体要求</w:t></w:r><w:r><w:tab/><w:t>1</w:t></w:r></w:p><w:p><w:r><w:t>二、重点任务</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>",
    ]
    .concat();
    assert_eq!(
        text(&body),
        "保留插入移来\n链接控件2019年1月12日1\n正文显示\n旧版\n"
    );
}

#[test]
fn a_paragraph_whose_mark_is_deleted_runs_on_into_the_next() {
    let body = [
        "<w:p><w:pPr><w:rPr><w:del w:id=\"1\" w:author=\"a\"/></w:rPr></w:pPr><w:r><w:t>合并</w:t></w:r></w:p>",
        &p("之后"),
        &p("另起"),
        // The last paragraph of a cell whose mark is deleted stays in its cell.
        &tbl(&[tr(&[
            "<w:tc><w:p><w:pPr><w:rPr><w:del w:id=\"2\" w:author=\"a\"/></w:rPr></w:pPr><w:r><w:t>格</w:t></w:r></w:p></w:tc>".to_owned(),
            tc("", "邻"),
        ])]),
    ]
    .concat();
    assert_eq!(text(&body), "合并之后\n另起\n格 | 邻\n");
}

// ---------------------------------------------------------------------------------------
// Tables.

#[test]
fn a_task_table_with_merged_header_cells_gives_each_row_its_bodies() {
    // 序号 | 工作任务 | 责任单位 (over 牵头单位 and 配合单位) | 完成时限, the other header
    // cells merged down the two header rows.
    let restart = "<w:vMerge w:val=\"restart\"/>";
    let below = "<w:vMerge/>";
    let rows = [
        tr(&[
            tc(restart, "序号"),
            tc(restart, "工作任务"),
            tc("<w:gridSpan w:val=\"2\"/>", "责任单位"),
            tc(restart, "完成时限"),
        ]),
        tr(&[
            tc(below, ""),
            tc(below, ""),
            tc("", "牵头单位"),
            tc("", "配合单位"),
            tc(below, ""),
        ]),
        tr(&[tc("<w:gridSpan w:val=\"5\"/>", "一、扩大就业（共2项）")]),
        tr(&[
            tc("", "1"),
            tc("", "新增城镇就业"),
            tc(restart, "市人力资源和社会保障局"),
            tc("", "市财政局"),
            tc(restart, "2025年底"),
        ]),
        tr(&[
            tc("", "2"),
            tc("", "开展职业技能培训"),
            tc(below, ""),
            tc("", "市教育局、市财政局"),
            tc(below, ""),
        ]),
    ];
    assert_eq!(
        text(&tbl(&rows)),
        "序号 | 工作任务 | 责任单位 | 完成时限\n\
         序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限\n\
         一、扩大就业（共2项）\n\
         1 | 新增城镇就业 | 市人力资源和社会保障局 | 市财政局 | 2025年底\n\
         2 | 开展职业技能培训 | 市人力资源和社会保障局 | 市教育局、市财政局 | 2025年底\n"
    );
}

#[test]
fn cells_join_their_paragraphs_and_keep_their_places() {
    let rows = [
        // Two paragraphs and a break in one cell; an empty cell between.
        tr(&[
            format!(
                "<w:tc>{}<w:p/>{}</w:tc>",
                p("第一段"),
                "<w:p><w:r><w:t>第二段</w:t><w:br/><w:t>续</w:t></w:r></w:p>"
            ),
            tc("", ""),
            tc("", "末"),
        ]),
        // A row of empty cells is no line; a deleted row neither.
        tr(&[tc("", ""), tc("", " ")]),
        format!(
            "<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"a\"/></w:trPr>{}</w:tr>",
            tc("", "删去的行")
        ),
        // A table in a cell: its rows joined by a space.
        tr(&[
            format!(
                "<w:tc>{}{}</w:tc>",
                p("外"),
                tbl(&[tr(&[tc("", "内1"), tc("", "内2")]), tr(&[tc("", "内3")])])
            ),
            tc("", "旁"),
        ]),
        // Word's older merge across: the continued cell is not written.
        tr(&[
            tc("<w:hMerge w:val=\"restart\"/>", "横"),
            tc("<w:hMerge/>", ""),
            tc("", "右"),
        ]),
    ];
    assert_eq!(
        text(&format!("{}{}{}", p("表前"), tbl(&rows), p("表后"))),
        "表前\n第一段 第二段 续 |  | 末\n外 内1 | 内2 内3 | 旁\n横 | 右\n表后\n"
    );
}

// ---------------------------------------------------------------------------------------
// Numbering.

/// The numbering part of the genre: 一、 then （一） then 1. then （1）, as one abstract
/// numbering with instance 1, and instance 2 over the same abstract numbering.
fn genre_numbering(instances: &str) -> String {
    format!(
        r#"<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{}{}{}{}</w:abstractNum>{instances}"#,
        lvl(0, 1, "chineseCounting", "%1、", ""),
        lvl(1, 1, "chineseCounting", "（%2）", ""),
        lvl(2, 1, "decimal", "%3.", ""),
        lvl(3, 1, "decimal", "（%4）", "<w:suff w:val=\"space\"/>"),
    )
}

#[test]
fn word_numbers_paragraphs_as_the_genre_writes_them() {
    let numbering = genre_numbering(r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#);
    let mut body = String::new();
    body += &numbered(1, 0, "总体要求");
    body += &numbered(1, 1, "指导思想");
    body += &numbered(1, 1, "基本原则");
    body += &numbered(1, 0, "重点任务");
    body += &numbered(1, 1, "扩大就业");
    for task in ["稳定岗位。", "开发岗位。"] {
        body += &numbered(1, 2, task);
    }
    body += &numbered(1, 3, "细则");
    body += &numbered(1, 1, "保障民生");
    body += &numbered(1, 2, "兜底保障。");
    for _ in 0..8 {
        body += &numbered(1, 0, "其他");
    }
    let expected = "一、总体要求\n（一）指导思想\n（二）基本原则\n二、重点任务\n（一）扩大就业\n1.稳定岗位。\n2.开发岗位。\n（1） 细则\n（二）保障民生\n1.兜底保障。\n\
        三、其他\n四、其他\n五、其他\n六、其他\n七、其他\n八、其他\n九、其他\n十、其他\n";
    assert_eq!(
        docx_text(&docx_of(&body, Some(&numbering), None)).unwrap(),
        expected
    );
}

#[test]
fn formats_starts_and_suffixes() {
    let numbering = format!(
        r#"<w:abstractNum w:abstractNumId="0">{}{}{}{}{}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:abstractNum w:abstractNumId="1">{}</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        <w:abstractNum w:abstractNumId="2">{}</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>"#,
        lvl(0, 9, "decimalZero", "%1", "<w:suff w:val=\"nothing\"/>"),
        lvl(1, 1, "decimalEnclosedCircle", "%2", ""),
        lvl(2, 3, "ideographTraditional", "%3、", ""),
        lvl(3, 1, "upperRoman", "%4.", "<w:suff w:val=\"space\"/>"),
        lvl(4, 1, "lowerLetter", "%1.%5)", "<w:isLgl/>"),
        lvl(0, 1, "bullet", "\u{F0B7}", ""),
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><mc:AlternateContent><mc:Choice Requires=\"w14\"><w:numFmt w:val=\"custom\" w:format=\"001, 002, 003, ...\"/></mc:Choice><mc:Fallback><w:numFmt w:val=\"decimalZero\"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val=\"%1.\"/></w:lvl>",
    );
    let body = [
        numbered(1, 0, "甲"),
        numbered(1, 0, "乙"),
        numbered(1, 1, "圈"),
        numbered(1, 1, "圈"),
        numbered(1, 2, "干"),
        numbered(1, 3, "罗马"),
        numbered(1, 4, "法律"),
        numbered(2, 0, "要点"),
        numbered(3, 0, "兼容"),
    ]
    .concat();
    assert_eq!(
        docx_text(&docx_of(&body, Some(&numbering), None)).unwrap(),
        "09甲\n10乙\n①圈\n②圈\n丙、干\nI. 罗马\n10.1)法律\n要点\n01.兼容\n"
    );
}

#[test]
fn two_instances_of_one_abstract_numbering_count_on_and_an_override_starts_again() {
    let numbering = genre_numbering(
        r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
        <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="5"/></w:lvlOverride></w:num>"#,
    );
    let body = [
        numbered(1, 2, "一"),
        numbered(1, 2, "二"),
        // Another instance of the same abstract numbering counts on.
        numbered(2, 2, "三"),
        p("中间一段"),
        // An instance that overrides the start starts again where it is first used …
        numbered(3, 2, "重新"),
        numbered(3, 2, "再"),
        // … and the other instances count on from there.
        numbered(1, 2, "接续"),
        numbered(4, 2, "从五"),
        numbered(4, 2, "六"),
    ]
    .concat();
    assert_eq!(
        docx_text(&docx_of(&body, Some(&numbering), None)).unwrap(),
        "1.一\n2.二\n3.三\n中间一段\n1.重新\n2.再\n3.接续\n5.从五\n6.六\n"
    );
}

#[test]
fn levels_start_again_after_a_level_above_them_as_lvl_restart_says() {
    let numbering = format!(
        r#"<w:abstractNum w:abstractNumId="0">{}{}{}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#,
        lvl(0, 1, "chineseCounting", "%1、", ""),
        lvl(1, 1, "chineseCounting", "（%2）", ""),
        // Tasks numbered straight across the parts: never started again.
        lvl(2, 1, "decimal", "%3.", "<w:lvlRestart w:val=\"0\"/>"),
    );
    let body = [
        numbered(1, 0, "甲"),
        numbered(1, 1, "子"),
        numbered(1, 2, "任务"),
        numbered(1, 0, "乙"),
        numbered(1, 2, "任务"),
        numbered(1, 1, "丑"),
        numbered(1, 2, "任务"),
    ]
    .concat();
    assert_eq!(
        docx_text(&docx_of(&body, Some(&numbering), None)).unwrap(),
        "一、甲\n（一）子\n1.任务\n二、乙\n2.任务\n（一）丑\n3.任务\n"
    );

    let restart_after_first = format!(
        r#"<w:abstractNum w:abstractNumId="0">{}{}{}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#,
        lvl(0, 1, "chineseCounting", "%1、", ""),
        lvl(1, 1, "chineseCounting", "（%2）", ""),
        // Started again only after the first level.
        lvl(2, 1, "decimal", "%3.", "<w:lvlRestart w:val=\"1\"/>"),
    );
    assert_eq!(
        docx_text(&docx_of(&body, Some(&restart_after_first), None)).unwrap(),
        "一、甲\n（一）子\n1.任务\n二、乙\n1.任务\n（一）丑\n2.任务\n"
    );
}

#[test]
fn a_level_shown_before_its_first_paragraph_is_one_less_than_its_start() {
    let numbering = format!(
        r#"<w:abstractNum w:abstractNumId="0">{}{}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#,
        lvl(0, 1, "decimal", "%1", ""),
        lvl(1, 1, "decimal", "%1.%2", ""),
    );
    let body = [
        numbered(1, 1, "小节"),
        numbered(1, 0, "章"),
        numbered(1, 1, "小节"),
    ]
    .concat();
    assert_eq!(
        docx_text(&docx_of(&body, Some(&numbering), None)).unwrap(),
        "0.1小节\n1章\n1.1小节\n"
    );
}

#[test]
fn numbering_through_styles_and_empty_numbered_paragraphs() {
    let numbering = genre_numbering(r#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#);
    // Heading 1 numbers at level 0; Heading 2 is based on it at level 1; Task is based on
    // Heading 2 without numbering of its own; Plain takes the numbering away; Loop and
    // Round are based on each other.
    let styles = r#"
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Task"><w:basedOn w:val="Heading2"/></w:style>
        <w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Round"/></w:style>
        <w:style w:type="paragraph" w:styleId="Round"><w:basedOn w:val="Loop"/></w:style>"#;
    let styled = |style: &str, text: &str| {
        format!(
            "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
        )
    };
    let body = [
        styled("Heading1", "总体要求"),
        styled("Heading2", "指导思想"),
        // An empty numbered paragraph is counted, as Word shows its number, but no line.
        "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr></w:p>".to_owned(),
        styled("Task", "基本原则"),
        // numId 0 takes the style's numbering away.
        "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>不编号</w:t></w:r></w:p>".to_owned(),
        styled("Loop", "循环的样式"),
        styled("Heading1", "重点任务"),
        // A paragraph's own level with its style's instance.
        "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:numPr><w:ilvl w:val=\"2\"/></w:numPr></w:pPr><w:r><w:t>任务</w:t></w:r></w:p>".to_owned(),
    ]
    .concat();
    assert_eq!(
        docx_text(&docx_of(&body, Some(&numbering), Some(styles))).unwrap(),
        "一、总体要求\n（一）指导思想\n（三）基本原则\n不编号\n循环的样式\n二、重点任务\n1.任务\n"
    );
}

#[test]
fn numbered_paragraphs_in_a_table_are_numbered_too() {
    let numbering = format!(
        r#"<w:abstractNum w:abstractNumId="0">{}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#,
        lvl(0, 1, "decimal", "%1", ""),
    );
    let cell = |text: &str| format!("<w:tc>{}</w:tc>", numbered(1, 0, text));
    let body = tbl(&[
        tr(&[cell(""), tc("", "序号")]),
        tr(&[cell(""), tc("", "任务一")]),
        tr(&[cell(""), tc("", "任务二")]),
    ]);
    // Word numbers empty numbered cells too; it is the cell's text that is empty.
    assert_eq!(
        docx_text(&docx_of(&body, Some(&numbering), None)).unwrap(),
        " | 序号\n | 任务一\n | 任务二\n"
    );
    let body = tbl(&[
        tr(&[cell("任务"), tc("", "甲")]),
        tr(&[cell("任务"), tc("", "乙")]),
    ]);
    assert_eq!(
        docx_text(&docx_of(&body, Some(&numbering), None)).unwrap(),
        "1任务 | 甲\n2任务 | 乙\n"
    );
}

// ---------------------------------------------------------------------------------------
// Parts, names and namespaces.

#[test]
fn parts_are_found_through_the_relationships() {
    let rels = PACKAGE_RELS.replace("word/document.xml", "/content/main.xml");
    let own_rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="lists/nums.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.gov.cn/" TargetMode="External"/></Relationships>"#;
    let numbering = format!(
        r#"<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="7">{}</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>"#,
        lvl(0, 1, "chineseCounting", "%1、", "")
    );
    let main = document(&numbered(3, 0, "总体要求"));
    let bytes = zip(&[
        ("_rels/.rels", rels.as_bytes()),
        ("content/_rels/main.xml.rels", own_rels.as_bytes()),
        ("content/lists/nums.xml", numbering.as_bytes()),
        ("content/main.xml", main.as_bytes()),
    ]);
    assert_eq!(docx_text(&bytes).unwrap(), "一、总体要求\n");
}

#[test]
fn names_are_read_by_namespace_not_by_prefix() {
    // Any prefix for WordprocessingML, strict conformance's namespace too; `w:` bound to
    // another namespace is not WordprocessingML.
    let any_prefix = format!(
        r#"<x:document xmlns:x="{W}"><x:body><x:p><x:r><x:t>前缀</x:t></x:r></x:p><x:p xmlns:w="urn:other"><w:r><w:t>别的</w:t></w:r></x:p></x:body></x:document>"#
    );
    assert_eq!(
        docx_text(&zip(&[("word/document.xml", any_prefix.as_bytes())])).unwrap(),
        "前缀\n"
    );
    let strict = r#"<document xmlns="http://purl.oclc.org/ooxml/wordprocessingml/main"><body><p><r><t>严格</t></r></p></body></document>"#;
    assert_eq!(
        docx_text(&zip(&[("word/document.xml", strict.as_bytes())])).unwrap(),
        "严格\n"
    );
}

#[test]
fn a_part_in_utf16_is_read() {
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="{W}"><w:body>{}</w:body></w:document>"#,
        p("十六位")
    );
    let mut bytes = vec![0xFF, 0xFE];
    for unit in xml.encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    assert_eq!(
        docx_text(&zip(&[("word/document.xml", &bytes)])).unwrap(),
        "十六位\n"
    );
}

#[test]
fn deep_nesting_costs_no_stack() {
    let depth = 100_000;
    let body = format!(
        "{}{}{}{}",
        "<w:sdt><w:sdtContent>".repeat(depth),
        p("深"),
        "</w:sdtContent></w:sdt>".repeat(depth),
        "<w:tbl><w:tr><w:tc>".repeat(2000) + &p("表") + &"</w:tc></w:tr></w:tbl>".repeat(2000),
    );
    assert_eq!(text(&body), "深\n表\n");
}

// ---------------------------------------------------------------------------------------
// A plan from a Word document.

#[test]
fn a_word_document_gives_the_plan_of_its_text() {
    let lines = [
        "关于做好就业工作的实施方案",
        "一、重点任务",
        "1.扩大就业。新增城镇就业岗位。（市人力资源和社会保障局牵头，市财政局配合）",
        "2.稳定岗位。支持企业稳岗。（市财政局负责）",
    ];
    let body: String = lines.iter().map(|line| p(line)).collect();
    let bytes = docx(&body);
    let from_text = parse(&(lines.join("\n") + "\n")).unwrap();
    let plan = parse_docx(&bytes).unwrap();
    assert_eq!(plan.to_text(), from_text.to_text());
    assert_eq!(plan.tasks().len(), 2);
    let source = plan.source().unwrap();
    assert_eq!(source.format, SourceFormat::Docx);
    assert_ne!(Some(source), from_text.source());
    assert_eq!(read_plan(&bytes).unwrap().to_text(), plan.to_text());
}

#[test]
fn an_attribute_given_twice_is_not_well_formed() {
    let broken = format!(
        r#"<w:document xmlns:w="{W}"><w:body><w:p w:rsidR="1" w:rsidR="2"/></w:body></w:document>"#
    );
    let (kind, message) = refusal(&zip(&[("word/document.xml", broken.as_bytes())]));
    assert_eq!(kind, RefusalKind::NotWord);
    assert!(
        message.starts_with("the part word/document.xml is not well-formed XML"),
        "{message}"
    );
}

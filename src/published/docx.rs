//! A Word document's text: one line a paragraph, a table's row one line, the numbers
//! Word generates written as a reader sees them.
//!
//! A `.docx` is a zip archive of XML parts. The archive is read with the `zip` crate
//! (`package`), its parts found through its relationships (`rels`), and each part read
//! with `quick-xml`'s streaming reader (`xml`), front to back, keeping only what the text
//! needs: the styles' numbering (`styles`), the numbering definitions and their counters
//! (`numbering`, the numbers written by `numerals`), and the body's text (`body`).
//! [`docx_text`] says what is read and what is dropped.

mod body;
mod numbering;
mod numerals;
mod package;
mod rels;
mod styles;
mod xml;

use crate::published::Refusal;
use crate::published::limits::{PUBLISHED_LIMIT, TEXT_LIMIT};

use numbering::Numbering;
use package::Package;
use rels::{DOCUMENT, no_document, parts};
use styles::Styles;

/// The text of a Word document (`.docx`): its body's paragraphs and tables in order,
/// one line a paragraph, a table's row one line of its cells joined by ` | `, each
/// line ended by `\n`, with the numbers Word generates for numbered paragraphs written
/// before their text.
///
/// ```
/// use std::io::Write;
/// use wuzhong_plan::{RefusalKind, docx_text};
///
/// let document = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
///   <w:p><w:r><w:t>一、重点任务</w:t></w:r></w:p>
///   <w:p><w:r><w:t>扩大就业。</w:t></w:r><w:del><w:r><w:delText>删去的字。</w:delText></w:r></w:del></w:p>
///   <w:p/>
///   <w:tbl>
///     <w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>责任单位</w:t></w:r></w:p></w:tc></w:tr>
///     <w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>市人力资源和社会保障局</w:t></w:r></w:p></w:tc></w:tr>
///   </w:tbl>
/// </w:body></w:document>"#;
/// let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
/// zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default())?;
/// zip.write_all(document.as_bytes())?;
/// let docx = zip.finish()?.into_inner();
///
/// assert_eq!(
///     docx_text(&docx)?,
///     "一、重点任务\n扩大就业。\n序号 | 责任单位\n1 | 市人力资源和社会保障局\n"
/// );
///
/// let refusal = docx_text(b"PK\x03\x04 not a zip").unwrap_err();
/// assert_eq!(refusal.kind, RefusalKind::NotWord);
/// assert!(refusal.message.starts_with("not a zip archive: "), "{}", refusal.message);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # What is read
///
/// The main document part: the target of the package's `officeDocument` relationship
/// (`_rels/.rels`), or `word/document.xml` where the package names none, or names one it
/// does not hold; and the styles and numbering parts the document part's relationships
/// name (or `word/styles.xml` and `word/numbering.xml`, Word's names, where it has no
/// relationships part). Headers, footers, footnotes, endnotes and comments are not read.
///
/// In the body (`w:body`), in order:
///
/// - A paragraph (`w:p`) is one line: its runs' text (`w:t`) as written, but that a
///   `w:t` without `xml:space="preserve"` loses the XML white space at either end (as
///   Word shows it) and a line break inside one reads as a space; a tab (`w:tab`,
///   `w:ptab`) is a tab; a break (`w:br`, of any type, a page break too, and `w:cr`)
///   ends the line; a non-breaking hyphen (`w:noBreakHyphen`) is `-`; an optional
///   hyphen (`w:softHyphen`) is nothing. A line of nothing but white space (an empty
///   paragraph) is not written.
/// - The text of hyperlinks, content controls (`w:sdt`, as they show: their placeholder
///   text too), smart tags, custom XML, insertions (`w:ins`) and text moved here
///   (`w:moveTo`) is kept; so is a field's result (a date, a cross-reference, a
///   hyperlink's text), but for a table of contents' (a `TOC` field), which copies the
///   headings with their page numbers.
/// - A table (`w:tbl`): each row one line, its cells' text joined by ` | `. A cell's
///   own paragraphs are joined by one space (and so are its lines). A cell merged
///   across columns (`w:gridSpan`, or Word's older `w:hMerge`) is one cell, written
///   once; a cell merged down rows (`w:vMerge`) stands in every row it covers, its text
///   written again in each, so that the columns stay aligned and each task's row has its
///   bodies. An empty cell is written as nothing between its ` | `s; a row whose cells
///   are all empty is not written. A table in a cell is written in the cell, its rows
///   joined by one space.
/// - Numbered paragraphs (`w:numPr`, the paragraph's own or its style's, up the styles
///   it is based on) have their number written before their text, as Word shows it:
///   `1.`, `（一）`, `一、`, `1.2`, with what Word puts after the number written as
///   nothing for a tab (the default) and as one space for a space, so that a number
///   and its text read `1.扩大就业`, as the genre writes them. Word's number formats
///   are written as Word writes them (`一`, `十一`, `二十`, `①`, `甲`, `A`, `iv`…; a
///   bullet is nothing), and counted as Word counts them: the counters belong to the
///   abstract numbering, so that two numbering instances of it count on from each
///   other, and an instance that overrides a level's start starts it again where the
///   instance is first used; a level starts again after a paragraph of a level above
///   it (or as `w:lvlRestart` says). An empty numbered paragraph is counted, as Word
///   numbers it, but writes no line.
///
/// # What is dropped
///
/// Deleted text (`w:del`, `w:delText`) and text moved away (`w:moveFrom`), as the
/// document reads with its tracked changes accepted: a paragraph whose mark is deleted
/// runs on into the next, and a deleted row is not written. Field instructions
/// (`w:instrText`), hidden text (a run's own `w:vanish`), drawings, pictures, text
/// boxes, embedded objects, symbols (`w:sym`), equations, ruby text (`w:rt`; the base
/// is kept), and footnote, endnote and comment references. Of markup compatibility's
/// alternatives (`mc:AlternateContent`), only the fallback is read. Elements of other
/// namespaces are passed over whole.
///
/// # Limits
///
/// The parts read may take at most 256 MiB together, uncompressed: a part whose zip
/// entry declares more than is left is refused before it is inflated, and a part that
/// inflates to more than it declares (a zip bomb) is refused after at most one byte past
/// the limit. The text may be at most 16 MiB, and is refused as soon as it is over.
/// A file that holds more than eight zip end records is refused (a Word document holds
/// one). The reading is linear in the parts: no element is read twice, and deep nesting
/// costs memory, not stack.
///
/// # Errors
///
/// A [`Refusal`], with a message that says what is wrong, where, and what was expected,
/// of kind:
///
/// - [`RefusalKind::NotWord`](crate::RefusalKind::NotWord): not a zip archive (`not a
///   zip archive: … expected a Word document (.docx)`; an OLE file, which an old `.doc`
///   and an encrypted, password-protected `.docx` are, is named as one); a zip with no
///   document part (naming the part looked for), or whose document part's root is not
///   `w:document` (an `.xlsx`, a `.pptx`); an encrypted part, or one the zip reader
///   cannot inflate; a part read that is not well-formed XML (naming the part and the
///   byte offset): the file cannot be read as a Word document, whichever of these it is;
/// - [`RefusalKind::NoBody`](crate::RefusalKind::NoBody): a document part with no body,
///   or whose body holds no paragraph of text;
/// - [`RefusalKind::TooLarge`](crate::RefusalKind::TooLarge): parts over 256 MiB
///   uncompressed, or text over 16 MiB.
pub fn docx_text(bytes: &[u8]) -> Result<String, Refusal> {
    // The parts may take what a file may, and the text what a plan as text may.
    let text_limit = usize::try_from(TEXT_LIMIT).unwrap_or(usize::MAX);
    text_within(bytes, PUBLISHED_LIMIT, text_limit)
}

/// The text of a Word document whose parts may take at most `parts` bytes together,
/// uncompressed, and whose text at most `text` bytes: [`docx_text`] with its limits,
/// which tests give small ones.
pub(crate) fn text_within(
    bytes: &[u8],
    parts_limit: u64,
    text_limit: usize,
) -> Result<String, Refusal> {
    let mut package = Package::open(bytes, parts_limit)?;
    let found = parts(&mut package)?;
    let styles = match &found.styles {
        Some(name) => match package.part(name)? {
            Some(xml) => Styles::read(name, &xml)?,
            None => Styles::default(),
        },
        None => Styles::default(),
    };
    let numbering = match &found.numbering {
        Some(name) => match package.part(name)? {
            Some(xml) => Numbering::read(name, &xml)?,
            None => Numbering::default(),
        },
        None => Numbering::default(),
    };
    let (name, xml) = match package.part(&found.document)? {
        Some(xml) => (found.document, xml),
        None if found.document == DOCUMENT => return Err(no_document(DOCUMENT)),
        None => match package.part(DOCUMENT)? {
            Some(xml) => (DOCUMENT.to_owned(), xml),
            None => {
                return Err(no_document(&format!(
                    "{}, which the package's relationships name, or {DOCUMENT}",
                    found.document
                )));
            }
        },
    };
    body::text(&name, &xml, &styles, numbering, text_limit)
}

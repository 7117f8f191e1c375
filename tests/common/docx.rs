//! Word documents written by the tests: a zip of the parts a `.docx` needs, with the
//! `zip` crate's writer, around a body of WordprocessingML.

#![allow(dead_code)] // each test binary uses part of it

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
pub const MC: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// The parts every package here has beside its document part.
pub const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
pub const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

/// A zip of `parts`, each deflated.
pub fn zip(parts: &[(&str, &[u8])]) -> Vec<u8> {
    zip_with(parts, CompressionMethod::Deflated)
}

pub fn zip_with(parts: &[(&str, &[u8])], method: CompressionMethod) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(method);
    for (name, bytes) in parts {
        writer.start_file(*name, options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// A document part whose body is `body`.
pub fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:mc="{MC}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" mc:Ignorable="w14"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"#
    )
}

/// A Word document whose body is `body`, with `numbering` and `styles` parts where
/// given.
pub fn docx_of(body: &str, numbering: Option<&str>, styles: Option<&str>) -> Vec<u8> {
    let document = document(body);
    let mut parts: Vec<(&str, Vec<u8>)> = vec![
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes().to_vec()),
        ("_rels/.rels", PACKAGE_RELS.as_bytes().to_vec()),
        ("word/document.xml", document.into_bytes()),
    ];
    if let Some(numbering) = numbering {
        parts.push((
            "word/numbering.xml",
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W}" xmlns:mc="{MC}">{numbering}</w:numbering>"#).into_bytes(),
        ));
    }
    if let Some(styles) = styles {
        parts.push((
            "word/styles.xml",
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">{styles}</w:styles>"#).into_bytes(),
        ));
    }
    let borrowed: Vec<(&str, &[u8])> = parts
        .iter()
        .map(|(name, bytes)| (*name, bytes.as_slice()))
        .collect();
    zip(&borrowed)
}

pub fn docx(body: &str) -> Vec<u8> {
    docx_of(body, None, None)
}

/// A paragraph of one run of `text`.
pub fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

/// A document of one paragraph for each line of `text`, each escaped for XML.
pub fn docx_of_lines(text: &str) -> Vec<u8> {
    let escape = |line: &str| {
        line.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let body: String = text.lines().map(|line| p(&escape(line))).collect();
    docx(&body)
}

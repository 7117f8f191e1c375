//! Which parts of the archive are the document, its styles and its numbering: the
//! package's relationships (`_rels/.rels`, then the document part's own), as Office Open
//! XML finds its parts, with Word's usual names where a package has no relationships.

use crate::published::{Refusal, RefusalKind};

use super::package::Package;
use super::xml::{Element, Handler, Open, Stop, walk};

/// The package's relationships.
const PACKAGE_RELATIONSHIPS: &str = "_rels/.rels";

/// The document part Word writes, where the package's relationships do not name one.
pub(super) const DOCUMENT: &str = "word/document.xml";

/// The relationship types' namespaces: ECMA-376 transitional, as Word writes them, and
/// strict.
const TYPES: [&str; 2] = [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/",
];

/// The parts a document's text is read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Parts {
    /// The main document part (`word/document.xml`).
    pub(super) document: String,
    /// Its styles (`word/styles.xml`), where it has any.
    pub(super) styles: Option<String>,
    /// Its numbering definitions (`word/numbering.xml`), where it has any.
    pub(super) numbering: Option<String>,
}

/// The parts of `package`: the document part the package's relationships name (the
/// target of its `officeDocument` relationship, or `word/document.xml`), and the styles
/// and numbering parts the document's relationships name (or, where it has none,
/// `styles.xml` and `numbering.xml` beside it, as Word names them).
pub(super) fn parts(package: &mut Package<'_>) -> Result<Parts, Refusal> {
    let named = match package.part(PACKAGE_RELATIONSHIPS)? {
        Some(xml) => relationships(PACKAGE_RELATIONSHIPS, &xml, "")?
            .into_iter()
            .find(|(kind, _)| kind == "officeDocument")
            .map(|(_, target)| target),
        None => None,
    };
    let document = named.unwrap_or_else(|| DOCUMENT.to_owned());
    let (folder, file) = match document.rsplit_once('/') {
        Some((folder, file)) => (format!("{folder}/"), file),
        None => (String::new(), document.as_str()),
    };
    let own = format!("{folder}_rels/{file}.rels");
    let (styles, numbering) = match package.part(&own)? {
        Some(xml) => {
            let found = relationships(&own, &xml, &folder)?;
            let find = |wanted: &str| {
                found
                    .iter()
                    .find(|(kind, _)| kind == wanted)
                    .map(|(_, target)| target.clone())
            };
            (find("styles"), find("numbering"))
        }
        None => (
            Some(format!("{folder}styles.xml")),
            Some(format!("{folder}numbering.xml")),
        ),
    };
    Ok(Parts {
        document,
        styles,
        numbering,
    })
}

/// The relationships of the part `part` (its bytes `xml`): each internal one's type,
/// the last segment of its URI (`officeDocument`, `styles`), and its target, the part
/// name it resolves to from `folder`.
fn relationships(part: &str, xml: &[u8], folder: &str) -> Result<Vec<(String, String)>, Refusal> {
    let mut reader = Relationships {
        folder,
        found: Vec::new(),
    };
    walk(part, xml, &mut reader)?;
    Ok(reader.found)
}

/// The reader of a relationships part.
struct Relationships<'f> {
    folder: &'f str,
    found: Vec<(String, String)>,
}

/// Where a relationships part's reader is.
#[derive(Debug, Clone, Copy)]
enum At {
    /// In `Relationships`.
    Root,
}

impl Handler for Relationships<'_> {
    type Kind = At;

    fn open(&mut self, within: Option<At>, element: &Element<'_>) -> Result<Open<At>, Stop> {
        match within {
            None if element.local == b"Relationships" => Ok(Open::Enter(At::Root)),
            Some(At::Root) if element.local == b"Relationship" => {
                let external = element
                    .attribute("TargetMode")?
                    .is_some_and(|mode| mode.eq_ignore_ascii_case("external"));
                let kind = element.attribute("Type")?.and_then(|kind| {
                    TYPES
                        .iter()
                        .find_map(|base| kind.strip_prefix(base))
                        .map(str::to_owned)
                });
                let target = element.attribute("Target")?;
                if let (false, Some(kind), Some(target)) = (external, kind, target) {
                    self.found.push((kind, resolve(self.folder, &target)));
                }
                Ok(Open::Skip)
            }
            _ => Ok(Open::Skip),
        }
    }

    fn close(&mut self, _: At) -> Result<(), Stop> {
        Ok(())
    }

    fn text(&mut self, _: At, _: &str) -> Result<(), Stop> {
        Ok(())
    }
}

/// The part name a relationship's target names from `folder`: `/word/document.xml`
/// from the package's root, `styles.xml` beside the source part, with `.` and `..`
/// segments resolved and `%XX` escapes of ASCII characters decoded.
fn resolve(folder: &str, target: &str) -> String {
    let target = unescape(target);
    let joined = match target.strip_prefix('/') {
        Some(absolute) => absolute.to_owned(),
        None => format!("{folder}{target}"),
    };
    let mut segments: Vec<&str> = Vec::new();
    for segment in joined.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(other),
        }
    }
    segments.join("/")
}

/// `target` with its `%XX` escapes of ASCII characters decoded.
fn unescape(target: &str) -> String {
    let mut out = String::with_capacity(target.len());
    let mut rest = target;
    while let Some(at) = rest.find('%') {
        out.push_str(rest.get(..at).unwrap_or_default());
        let escaped = rest
            .get(at + 1..at + 3)
            .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            .filter(u8::is_ascii);
        match escaped {
            Some(byte) => {
                out.push(char::from(byte));
                rest = rest.get(at + 3..).unwrap_or_default();
            }
            None => {
                out.push('%');
                rest = rest.get(at + 1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

/// The refusal for a package with no document part: `looked` names where it was
/// looked for.
pub(super) fn no_document(looked: &str) -> Refusal {
    Refusal::new(
        RefusalKind::NotWord,
        None,
        format!(
            "a zip archive with no document part ({looked}): expected a Word document (.docx), whose text is in word/document.xml"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_resolves_from_its_folder() {
        assert_eq!(resolve("", "word/document.xml"), "word/document.xml");
        assert_eq!(resolve("", "/word/document.xml"), "word/document.xml");
        assert_eq!(resolve("word/", "styles.xml"), "word/styles.xml");
        assert_eq!(
            resolve("word/", "../customXml/item1.xml"),
            "customXml/item1.xml"
        );
        assert_eq!(resolve("word/", "./numbering.xml"), "word/numbering.xml");
        assert_eq!(
            resolve("", "word/my%20document.xml"),
            "word/my document.xml"
        );
        assert_eq!(resolve("", "word/100%.xml"), "word/100%.xml");
        assert_eq!(resolve("", "word/%E6.xml"), "word/%E6.xml");
    }
}

//! Where a plan's text was read from: the format of the file and its SHA-256 digest.

use serde::{Deserialize, Deserializer, Serialize};

use crate::base::digest::is_sha256;
use crate::base::literal_enum;

literal_enum! {
    /// The format of the file a plan's text was read from; `Display`, `FromStr` and JSON
    /// use `text`, `html` and `docx`.
    #[serde(rename_all = "kebab-case")]
    #[strum(serialize_all = "kebab-case")]
    #[non_exhaustive]
    pub enum SourceFormat {
        /// Plain text of the genre, read as it is ([`parse`](crate::parse())).
        Text,
        /// A web page, or a fragment of one, whose article was read as text
        /// ([`parse_html`](crate::parse_html)).
        Html,
        /// A Word document (`.docx`), whose paragraphs and tables were read as text
        /// ([`parse_docx`](crate::parse_docx)).
        Docx,
    }
}

/// The file a plan's text was read from: its format, and the SHA-256 digest of its
/// bytes as they were read (before any decoding), so that the plan can be traced to
/// the very file.
///
/// A plan [`parse`](crate::parse()) reads has the format `text` and the digest of the
/// text's UTF-8 bytes; one read from a web page or a Word file has that file's.
///
/// ```
/// use wuzhong_plan::SourceFormat;
///
/// let plan = wuzhong_plan::parse("一、重點任務\n")?;
/// let source = plan.source().expect("a parsed plan records its source");
/// assert_eq!(source.format, SourceFormat::Text);
/// // `printf '一、重點任務\n' | sha256sum`
/// assert_eq!(source.sha256.len(), 64);
/// # Ok::<(), wuzhong_plan::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Source {
    /// The format of the file.
    pub format: SourceFormat,
    /// The SHA-256 digest of the file's bytes, as 64 lowercase hexadecimal digits.
    #[serde(deserialize_with = "sha256_digest")]
    pub sha256: String,
}

impl Source {
    /// The source of a plan read from a file of `format` whose digest is `sha256`.
    pub(crate) fn new(format: SourceFormat, sha256: String) -> Source {
        Source { format, sha256 }
    }
}

/// A SHA-256 digest as JSON holds it, refused (at its place in the JSON) unless it is
/// 64 lowercase hexadecimal digits.
fn sha256_digest<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    let digest = String::deserialize(deserializer)?;
    if is_sha256(&digest) {
        Ok(digest)
    } else {
        Err(serde::de::Error::invalid_value(
            serde::de::Unexpected::Str(&digest),
            &"a SHA-256 digest: 64 lowercase hexadecimal digits",
        ))
    }
}

//! A Word document's zip archive, its parts read within a limit on what they take
//! uncompressed, together.
//!
//! The limit holds for the bytes a part inflates to, not for what its zip entry declares:
//! a part whose declared size is over what is left is refused before a byte of it is
//! inflated, and every part is read through [`Read::take`] with one byte more than is
//! left, so that a part that inflates to more than it declares (a zip bomb) is refused
//! after at most that one byte past the limit.

use std::io::{Cursor, Read};

use zip::ZipArchive;
use zip::result::ZipError;

use crate::published::{Refusal, RefusalKind};

/// The signature an OLE compound file starts with: an old Word document (`.doc`), and an
/// encrypted, password-protected `.docx`, which Word writes as one.
const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// The signature of a zip archive's end record.
const END: &[u8] = b"PK\x05\x06";

/// The most end records a file may hold. A Word document has one; another appears only
/// inside a part stored uncompressed that is itself a zip. The zip reader tries each
/// end record it finds, from the last, reading the central directory each names, so
/// that a file made of thousands of them would cost thousands of readings.
const MOST_ENDS: usize = 8;

/// What a refusal says a Word document is, that the file was expected to be.
const EXPECTED: &str = "expected a Word document (.docx)";

/// A Word document's zip archive, and what is left of its limit.
pub(super) struct Package<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    /// The most bytes the parts read may take together, uncompressed.
    limit: u64,
    /// What is left of it.
    left: u64,
    /// The bytes read from parts so far, counted as they are inflated.
    read: u64,
}

impl<'a> Package<'a> {
    /// The zip archive `bytes`, whose parts may take at most `limit` bytes together.
    pub(super) fn open(bytes: &'a [u8], limit: u64) -> Result<Package<'a>, Refusal> {
        if bytes.starts_with(OLE) {
            return Err(not_a_zip(
                "the file is an OLE compound file (it starts with D0 CF 11 E0), as an old Word document (.doc) is, and a .docx encrypted with a password",
            ));
        }
        if bytes
            .windows(END.len())
            .filter(|window| *window == END)
            .nth(MOST_ENDS)
            .is_some()
        {
            return Err(not_a_zip(&format!(
                "the file holds more than {MOST_ENDS} zip end records (PK 05 06), where a Word document holds one"
            )));
        }
        let archive =
            ZipArchive::new(Cursor::new(bytes)).map_err(|err| not_a_zip(&err.to_string()))?;
        Ok(Package {
            archive,
            limit,
            left: limit,
            read: 0,
        })
    }

    /// The bytes read from parts so far, uncompressed.
    #[cfg(test)]
    pub(super) fn read(&self) -> u64 {
        self.read
    }

    /// The index of the part `name`: its entry of that name, or else the one whose name
    /// differs only in case or in `\` for `/` (part names are not case-sensitive).
    fn index(&self, name: &str) -> Option<usize> {
        if let Some(index) = self.archive.index_for_name(name) {
            return Some(index);
        }
        let same = |entry: &&str| {
            entry.len() == name.len()
                && entry
                    .bytes()
                    .zip(name.bytes())
                    .all(|(a, b)| a.eq_ignore_ascii_case(&b) || (a == b'\\' && b == b'/'))
        };
        let found = self.archive.file_names().find(same)?;
        self.archive.index_for_name(found)
    }

    /// The bytes of the part `name` uncompressed, or `None` where the archive has no
    /// such part.
    pub(super) fn part(&mut self, name: &str) -> Result<Option<Vec<u8>>, Refusal> {
        let Some(index) = self.index(name) else {
            return Ok(None);
        };
        let mut file = self.archive.by_index(index).map_err(|err| match err {
            ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED) => Refusal::new(
                RefusalKind::NotWord,
                None,
                format!("the part {name} is encrypted: {EXPECTED}, saved without a password"),
            ),
            other => unreadable(name, &other.to_string()),
        })?;
        let declared = file.size();
        if declared > self.left {
            return Err(too_large(
                name,
                &format!("declares {declared} bytes uncompressed"),
                self.left,
                self.limit,
            ));
        }
        let mut bytes = Vec::new();
        let result = file
            .by_ref()
            .take(self.left.saturating_add(1))
            .read_to_end(&mut bytes);
        let taken = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
        self.read = self.read.saturating_add(taken);
        if taken > self.left {
            return Err(too_large(
                name,
                &format!("inflates to more than the {declared} bytes it declares"),
                self.left,
                self.limit,
            ));
        }
        result.map_err(|err| unreadable(name, &err.to_string()))?;
        self.left -= taken;
        Ok(Some(bytes))
    }
}

/// A file that is not a zip archive, for `why`.
fn not_a_zip(why: &str) -> Refusal {
    Refusal::new(
        RefusalKind::NotWord,
        None,
        format!("not a zip archive: {why}: {EXPECTED}"),
    )
}

/// A part the zip reader could not inflate.
fn unreadable(name: &str, why: &str) -> Refusal {
    Refusal::new(
        RefusalKind::NotWord,
        None,
        format!("the part {name} cannot be read from the zip archive: {why}: {EXPECTED}"),
    )
}

/// A part over what is left of the limit.
fn too_large(name: &str, what: &str, left: u64, limit: u64) -> Refusal {
    Refusal::new(
        RefusalKind::TooLarge,
        None,
        format!(
            "the part {name} {what}, over the {left} bytes left of the {} a Word file's parts may take together uncompressed: expected a Word document whose parts fit",
            size(limit)
        ),
    )
}

/// A size in bytes as messages write it: in MiB where it is a whole number of them.
pub(super) fn size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes % MIB == 0 {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use std::error::Error;
    use std::io::Write;

    use zip::write::SimpleFileOptions;
    use zip::{CompressionMethod, ZipWriter};

    use super::*;

    /// A zip of `parts`, deflated or stored.
    fn zip(parts: &[(&str, &[u8])], method: CompressionMethod) -> Result<Vec<u8>, Box<dyn Error>> {
        let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default().compression_method(method);
        for (name, bytes) in parts {
            writer.start_file(*name, options)?;
            writer.write_all(bytes)?;
        }
        Ok(writer.finish()?.into_inner())
    }

    /// `archive` with every size its entries declare uncompressed set to `declared`:
    /// the local headers' (at 22) and the central directory's (at 24).
    fn declaring(mut archive: Vec<u8>, declared: u32) -> Vec<u8> {
        let mut at = 0;
        while let Some(found) = archive.get(at..).and_then(|rest| {
            rest.windows(4)
                .position(|w| w == b"PK\x03\x04" || w == b"PK\x01\x02")
        }) {
            let start = at + found;
            let local = archive.get(start + 2) == Some(&3);
            let offset = start + if local { 22 } else { 24 };
            if let Some(field) = archive.get_mut(offset..offset + 4) {
                field.copy_from_slice(&declared.to_le_bytes());
            }
            at = start + 4;
        }
        archive
    }

    #[test]
    fn a_part_that_declares_more_than_is_left_is_refused_before_it_is_read()
    -> Result<(), Box<dyn Error>> {
        let bytes = zip(
            &[("a.xml", &[b'a'; 600]), ("b.xml", &[b'b'; 600])],
            CompressionMethod::Deflated,
        )?;
        let mut package = Package::open(&bytes, 1000)?;
        assert_eq!(package.part("a.xml")?.map(|part| part.len()), Some(600));
        let refused = package.part("b.xml").err();
        assert_eq!(
            refused.as_ref().map(|refused| refused.kind),
            Some(RefusalKind::TooLarge)
        );
        assert_eq!(
            refused.map(|refused| refused.message).unwrap_or_default(),
            "the part b.xml declares 600 bytes uncompressed, over the 400 bytes left of the 1000 bytes a Word file's parts may take together uncompressed: expected a Word document whose parts fit"
        );
        assert_eq!(package.read(), 600, "b.xml was not inflated");
        assert_eq!(package.part("c.xml")?, None);
        Ok(())
    }

    #[test]
    fn a_part_that_inflates_to_more_than_it_declares_is_refused_one_byte_past_the_limit()
    -> Result<(), Box<dyn Error>> {
        for method in [CompressionMethod::Deflated, CompressionMethod::Stored] {
            let honest = zip(&[("bomb.xml", &[b'x'; 100_000])], method)?;
            let bytes = declaring(honest, 10);
            let mut package = Package::open(&bytes, 1000)?;
            let refused = package.part("bomb.xml").err();
            assert_eq!(
                refused.as_ref().map(|refused| refused.kind),
                Some(RefusalKind::TooLarge),
                "{method:?}"
            );
            let message = refused.map(|refused| refused.message).unwrap_or_default();
            assert!(
                message.starts_with(
                    "the part bomb.xml inflates to more than the 10 bytes it declares, over the 1000 bytes left"
                ),
                "{message}"
            );
            // Read through `take`: one byte past the limit, of the 100,000 there are.
            assert_eq!(package.read(), 1001, "{method:?}");
        }
        Ok(())
    }

    #[test]
    fn the_parts_share_one_limit() -> Result<(), Box<dyn Error>> {
        let bytes = zip(
            &[("a.xml", &[b'a'; 700]), ("b.xml", &[b'b'; 700])],
            CompressionMethod::Deflated,
        )?;
        let bytes = declaring(bytes, 100);
        let mut package = Package::open(&bytes, 1000)?;
        assert!(package.part("a.xml").is_ok());
        assert_eq!(package.read(), 700);
        let refused = package.part("b.xml").err();
        assert_eq!(
            refused.map(|refused| refused.kind),
            Some(RefusalKind::TooLarge)
        );
        assert_eq!(package.read(), 700 + 301);
        Ok(())
    }

    #[test]
    fn part_names_are_found_whatever_their_case() -> Result<(), Box<dyn Error>> {
        let bytes = zip(&[("Word/Document.XML", b"x")], CompressionMethod::Stored)?;
        let mut package = Package::open(&bytes, 1000)?;
        assert_eq!(package.part("word/document.xml")?, Some(b"x".to_vec()));
        Ok(())
    }

    #[test]
    fn a_file_of_many_end_records_is_refused() {
        let bytes = b"PK\x05\x06".repeat(9);
        let refused = Package::open(&bytes, 1000).err();
        assert!(
            refused
                .map(|refused| refused.message)
                .unwrap_or_default()
                .contains("more than 8 zip end records"),
        );
    }

    #[test]
    fn sizes_are_named_in_mib_where_whole() {
        assert_eq!(size(256 * 1024 * 1024), "256 MiB");
        assert_eq!(size(1000), "1000 bytes");
    }
}

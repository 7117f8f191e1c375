//! The limits on what is read: of a file, of the text read from it, and of a Word
//! file's parts uncompressed.

/// The largest plan as text read, in bytes: 16 MiB; the text read from a web page or a
/// Word file may be no larger.
pub(crate) const TEXT_LIMIT: u64 = 16 * 1024 * 1024;

/// [`TEXT_LIMIT`] as messages name it.
pub(crate) const TEXT_LIMIT_NAME: &str = "16 MiB";

/// The largest plan as JSON read, in bytes: 256 MiB; a web page or a Word file may be no
/// larger, and a Word file's parts, uncompressed, no larger together.
pub(crate) const PUBLISHED_LIMIT: u64 = 256 * 1024 * 1024;

/// [`PUBLISHED_LIMIT`] as messages name it.
pub(crate) const PUBLISHED_LIMIT_NAME: &str = "256 MiB";

/// Whether `len` bytes are over `limit`.
pub(crate) fn over(len: usize, limit: u64) -> bool {
    u64::try_from(len).map_or(true, |len| len > limit)
}

//! The SHA-256 digest of a file's bytes, as plans record their source's and a corpus's
//! `plans` table each file's.

use sha2::{Digest, Sha256};

/// The SHA-256 digest of `bytes`, in lowercase hexadecimal.
pub(crate) fn sha256(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

/// Whether `digest` is a SHA-256 digest as [`sha256`] writes it: 64 lowercase
/// hexadecimal digits.
pub(crate) fn is_sha256(digest: &str) -> bool {
    digest.len() == 64
        && digest
            .bytes()
            .all(|byte| byte.is_ascii_digit() || (b'a'..=b'f').contains(&byte))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_as_sha256sum_writes_them() {
        // `printf abc | sha256sum`
        let abc = sha256(b"abc");
        assert_eq!(
            abc,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert!(is_sha256(&abc));
        assert!(!is_sha256(&abc.to_uppercase()));
        assert!(!is_sha256(abc.get(1..).unwrap_or_default()));
    }
}

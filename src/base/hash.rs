//! A fast hasher for the crate's own tables, and the map of names built on it.
//!
//! The tables of names (a vocabulary's forms, a plan's organisations) hold a few hundred
//! short keys that this crate chooses, not its users, so there is no flooding to resist
//! and the default SipHash is only slower.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The 64-bit FNV-1a hash. For a table of a few hundred short, fixed keys it is several
/// times faster than the default SipHash; its keys are not chosen by users, so there is
/// no flooding to resist.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A map keyed by names, most of them borrowed for the life of the program, with the
/// [`Fnv`] hash.
pub(crate) type NameMap<V> = HashMap<Cow<'static, str>, V, BuildHasherDefault<Fnv>>;

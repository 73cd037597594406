//! A fast hasher for the resolver's small maps (rustc's FxHash).
//!
//! The maps are keyed by gazetteer ids and actor indices, looked up once per homonym of
//! every name the pass meets: SipHash's resistance to chosen keys buys nothing (the keys
//! come from the bundled data, not from the text) and cost 4% of the pass.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The multiplier of rustc's FxHasher.
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// rustc's FxHasher: rotate, xor, multiply, a word at a time.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` with [`FxHasher`].
pub(crate) type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub(crate) type FxHashSet<T> = HashSet<T, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn hash_of<T: Hash>(value: T) -> u64 {
        BuildHasherDefault::<FxHasher>::default().hash_one(value)
    }

    #[test]
    fn ids_that_differ_hash_apart_and_equal_ones_alike() {
        let ids = [
            "wof:85678377",
            "wof:85678378",
            "gn:YE.05",
            "gn:YE.50",
            "gn:SA.05",
        ];
        for a in ids {
            for b in ids {
                assert_eq!(hash_of(a) == hash_of(b), a == b, "{a} {b}");
            }
        }
        let mut map: FxHashMap<&str, usize> = FxHashMap::default();
        for (i, id) in ids.iter().enumerate() {
            map.insert(id, i);
        }
        assert_eq!(map.get("gn:YE.50"), Some(&3));
    }
}

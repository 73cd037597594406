//! The hash every lexicon of the pipeline uses for its word maps.
//!
//! Lexicon keys are short, fixed and trusted: the keyed SipHash of `std` guards against
//! flooding that cannot happen here and costs more than the lookup itself. This is an
//! FxHash-style multiply-rotate over eight bytes a step, so a word is hashed in two or
//! three multiplications.

use std::hash::{BuildHasherDefault, Hasher};

/// Builds [`WordHasher`]s: `HashMap<K, V, BuildWordHasher>`.
pub type BuildWordHasher = BuildHasherDefault<WordHasher>;

/// The multiplier of rustc's FxHash, also used by filters that need a cheap mix of a
/// word's bytes.
pub const WORD_HASH_SEED: u64 = 0x517c_c1b7_2722_0a95;

/// A fast, unkeyed hasher for lexicon words (see the module documentation).
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // Fold the high bits, which the multiplications fill best, into the low ones
        // that pick the bucket.
        let h = self.0;
        (h ^ (h >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (h >> 32)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(chunk);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(eight)).wrapping_mul(WORD_HASH_SEED);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The tail as a little-endian word, byte by byte: a copy of a few bytes of
            // unknown length would be a call to `memcpy` on every word.
            let tail = rest
                .iter()
                .rev()
                .fold(0u64, |acc, &byte| (acc << 8) | u64::from(byte));
            h = (h.rotate_left(5) ^ tail ^ ((rest.len() as u64) << 59))
                .wrapping_mul(WORD_HASH_SEED);
        }
        self.0 = h;
    }

    fn write_u8(&mut self, byte: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(WORD_HASH_SEED);
    }
}

/// How many opening words [`opening_words`] hashes: syndicated copies of a story differ by
/// a dateline, a credit or a closing line, not by their opening.
pub const OPENING_WORDS: usize = 300;

/// [`WordHasher`] hashes of a text's first [`OPENING_WORDS`] words and numbers, in their
/// matching form: what near-copies of a document are told by. The claims pass reads them
/// from the tokens it makes anyway; anyone else gets the same from
/// [`crate::Normalized::with_tokens`].
pub fn opening_words(norm: &crate::Normalized<'_>, tokens: &[crate::Token]) -> Vec<u64> {
    let text = norm.as_str().as_bytes();
    tokens
        .iter()
        .filter(|t| matches!(t.kind, crate::TokenKind::Word | crate::TokenKind::Digits))
        .take(OPENING_WORDS)
        .map(|t| {
            let mut h = WordHasher::default();
            h.write(
                text.get(t.start as usize..t.end as usize)
                    .unwrap_or_default(),
            );
            h.finish()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn words_of_every_length_are_told_apart() {
        let words = [
            "",
            "و",
            "عام",
            "ثلاثه",
            "اربعمائه",
            "الخامس والعشرون",
            "a",
            "abcdefgh",
            "abcdefghi",
        ];
        let map: HashMap<&str, usize, BuildWordHasher> =
            words.iter().enumerate().map(|(i, w)| (*w, i)).collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(map.get(w), Some(&i));
        }
        assert_eq!(map.get("عامي"), None);
    }
}

//! The scan's first test on every word: can a figure start here at all?
//!
//! Nearly every word of a news text is no number word, no vague figure and no `a`. The
//! gate tells them apart from the token's bytes alone, before any slicing of the text:
//! a Bloom filter over every spelling the parsers can start on, probed with one hash of
//! the word's last eight bytes and its length. It never rejects a word that can start a
//! figure, and lets through two or three words in a hundred of ordinary news text.

use crate::{lexicon, vague};
use rasid_text::{Token, TokenKind, WORD_HASH_SEED};
use std::sync::LazyLock;

/// Words the scan may start on besides number words and vague figures: the article of
/// `a hundred`, `a few`, and the web addresses whose digits are skipped.
const OTHER_STARTS: [&str; 5] = ["a", "an", "http", "https", "www"];

/// Blocks of the filter, a power of two: 16 KiB, which stays in the first-level cache.
const BLOCKS: usize = 1 << 11;

static GATE: LazyLock<Gate> = LazyLock::new(|| {
    let mut gate = Gate {
        blocks: vec![0; BLOCKS].into_boxed_slice(),
    };
    let words = lexicon::words()
        .map(str::to_string)
        .chain(vague::forms())
        .chain(OTHER_STARTS.iter().map(|w| w.to_string()));
    for w in words {
        let (block, bits) = probe(word_hash(w.as_bytes(), 0, w.len()));
        if let Some(slot) = gate.blocks.get_mut(block) {
            *slot |= bits;
        }
    }
    gate
});

/// A blocked Bloom filter: each word sets three bits of one 64-bit block.
pub(crate) struct Gate {
    blocks: Box<[u64]>,
}

impl Gate {
    /// The gate, built on first use.
    pub fn get() -> &'static Gate {
        &GATE
    }

    /// The first of `tokens` from `i` on that may start a figure: digits, a sign or a
    /// point (`-5`, `%50`, `.25`), or a word the filter lets through. `tokens.len()` when
    /// none does. Kept apart from the scan so that this loop, which every token of a text
    /// goes through, has the registers to itself.
    #[inline(never)]
    pub fn next_start(&self, text: &[u8], tokens: &[Token], mut i: usize) -> usize {
        while let Some(t) = tokens.get(i) {
            let candidate = match t.kind {
                TokenKind::Digits => true,
                TokenKind::Word => self.may_start(text, t),
                TokenKind::Punct => {
                    matches!(text.get(t.start as usize), Some(b'-' | b'%' | b'.'))
                }
            };
            if candidate {
                return i;
            }
            i += 1;
        }
        i
    }

    /// Whether the word token `t` of `text` may start a figure (never false for one that
    /// can).
    #[inline]
    pub fn may_start(&self, text: &[u8], t: &Token) -> bool {
        let (block, bits) = probe(word_hash(text, t.start as usize, t.end as usize));
        self.blocks
            .get(block)
            .is_some_and(|slot| slot & bits == bits)
    }
}

/// The block and the three bits of a word's hash, from its well-mixed high bits.
#[inline]
fn probe(h: u64) -> (usize, u64) {
    let block = (h >> (64 - BLOCKS.trailing_zeros())) as usize;
    let bits = 1 << ((h >> 40) & 63) | 1 << ((h >> 34) & 63) | 1 << ((h >> 28) & 63);
    (block, bits)
}

/// A hash of the word `text[start..end]` from its last eight bytes (all of it, when
/// shorter) and its length: clitics go in front, so endings tell words apart best.
/// Reads the eight bytes at once where the text before the word allows, and byte by
/// byte only at the very start of a text; both ways give the same hash, so the filter
/// can be built from words standing alone.
#[inline]
fn word_hash(text: &[u8], start: usize, end: usize) -> u64 {
    let len = end.saturating_sub(start);
    if len == 0 {
        return 0;
    }
    // A shift rather than a test on the length: whether a word is shorter than eight
    // bytes is a coin toss the branch predictor would lose.
    let drop = 8 * (8 - len.min(8));
    let last = match end.checked_sub(8).and_then(|at| load8(text, at)) {
        Some(x) => x >> drop,
        None => little_endian(text.get(end - len.min(8)..end).unwrap_or_default()),
    };
    (last ^ (len as u64).wrapping_mul(WORD_HASH_SEED)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The eight bytes of `text` at `at`, as a little-endian number.
#[inline]
fn load8(text: &[u8], at: usize) -> Option<u64> {
    let eight = text.get(at..at.checked_add(8)?)?;
    eight.try_into().ok().map(u64::from_le_bytes)
}

/// Up to eight bytes as a little-endian number, the first byte lowest.
fn little_endian(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .rev()
        .fold(0u64, |x, &b| (x << 8) | u64::from(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn token(start: usize, end: usize) -> Token {
        Token {
            start: start as u32,
            end: end as u32,
            kind: rasid_text::TokenKind::Word,
            space_before: true,
            newline_before: false,
        }
    }

    #[test]
    fn every_start_word_passes_wherever_it_stands() {
        let gate = Gate::get();
        let words: Vec<String> = lexicon::words()
            .map(str::to_string)
            .chain(vague::forms())
            .chain(OTHER_STARTS.iter().map(|w| w.to_string()))
            .collect();
        for w in &words {
            for (before, after) in [
                ("", ""),
                ("x", ""),
                ("", " قتل"),
                ("في عام ", " قتل 20 شخصا"),
            ] {
                let text = format!("{before}{w}{after}");
                let t = token(before.len(), before.len() + w.len());
                assert!(gate.may_start(text.as_bytes(), &t), "{w:?} in {text:?}");
            }
        }
    }

    #[test]
    fn most_ordinary_words_are_stopped() {
        let gate = Gate::get();
        let text = "قال المتحدث باسم التحالف ان الطائرات قصفت مواقع الحوثيين في المدينه امس \
                    the spokesman said that aircraft struck positions near the city";
        let mut passed = 0;
        let mut total = 0;
        for w in text.split(' ') {
            let start = w.as_ptr() as usize - text.as_ptr() as usize;
            total += 1;
            passed += usize::from(gate.may_start(text.as_bytes(), &token(start, start + w.len())));
        }
        assert!(passed * 5 <= total, "{passed} of {total}");
    }

    proptest! {
        /// The hash of a word does not depend on the bytes around it.
        #[test]
        fn hash_ignores_the_surroundings(before in "\\PC{0,12}", word in "\\PC{0,20}", after in "\\PC{0,12}") {
            let text = format!("{before}{word}{after}");
            let alone = word_hash(word.as_bytes(), 0, word.len());
            prop_assert_eq!(word_hash(text.as_bytes(), before.len(), before.len() + word.len()), alone);
        }
    }
}

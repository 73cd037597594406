//! Near-duplicate documents: syndicated wire copies and lightly edited republications.
//!
//! Each document's words are hashed into shingles of [`SHINGLE`] words, and the shingles
//! into a MinHash signature of [`HASHES`] minima (one-permutation hashing: one hash a
//! shingle, binned, empty bins filled from their neighbours); signatures are banded ([`BANDS`] bands of
//! [`ROWS`]) so that only documents sharing a band are compared, and two documents are
//! near-duplicates when at least [`SAME`] of their minima agree (an estimated Jaccard
//! similarity of their shingles of 0.8 or more). The words are a document's opening words
//! in their matching form (`rasid_text::opening_words`): copies differ by a dateline, a
//! credit or a closing line, not by their opening.
//!
//! The brief suggests `gaoya` for MinHash; it brings rayon, rand, crossbeam and sha-1 for
//! the hundred lines needed here, and its random seeds would make runs differ, so rasid has
//! its own (ARCHITECTURE.md, "Choices").

use std::collections::HashMap;

/// Words per shingle.
const SHINGLE: usize = 4;
/// Minima per signature.
pub const HASHES: usize = 64;
/// Bands of the signature for candidate pairs.
const BANDS: usize = 16;
/// Minima per band.
const ROWS: usize = HASHES / BANDS;
/// Minima that must agree for two documents to be near-duplicates (0.8 of [`HASHES`]).
const SAME: usize = HASHES * 4 / 5;
/// Documents with fewer shingles than this are never called copies: a short notice says
/// the same words as another by nature.
const MIN_SHINGLES: usize = 20;

/// A document's MinHash signature; `None` for a document too short to compare.
pub type Signature = Option<[u64; HASHES]>;

/// A 64-bit mix (SplitMix64's finaliser): spreads a hash and a seed into a new hash.
fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The MinHash signature of a text: of its opening words, as the claims pass hashes them
/// (`rasid_text::opening_words`), so that both give one signature.
pub fn signature(text: &str) -> Signature {
    let (norm, tokens) = rasid_text::Normalized::with_tokens(text);
    signature_of(&rasid_text::opening_words(&norm, &tokens))
}

/// The MinHash signature of a text's opening words, hashed (`rasid_extract` hashes them
/// as it reads each document, so that no other pass is needed).
pub fn signature_of(words: &[u64]) -> Signature {
    let shingles = words.windows(SHINGLE);
    if shingles.len() < MIN_SHINGLES {
        return None;
    }
    // One permutation: each shingle's hash falls in one of HASHES bins by its low bits
    // and keeps the bin's minimum of its other bits — one hash a shingle, not HASHES.
    let mut minima = [u64::MAX; HASHES];
    for window in shingles {
        // The words in order, rotated by their place, mixed once.
        let h = mix(window
            .iter()
            .enumerate()
            .fold(0u64, |acc, (k, &w)| acc ^ w.rotate_left(17 * k as u32)));
        if let Some(m) = minima.get_mut((h & (HASHES as u64 - 1)) as usize) {
            *m = (*m).min(h >> HASHES.trailing_zeros());
        }
    }
    // An empty bin borrows the next filled one's minimum, told apart by how far it
    // borrowed (densification), so that two short texts do not agree on empty bins.
    let filled: Vec<(usize, u64)> = minima
        .iter()
        .enumerate()
        .filter(|(_, m)| **m != u64::MAX)
        .map(|(k, m)| (k, *m))
        .collect();
    let dense: [u64; HASHES] = std::array::from_fn(|k| match minima.get(k) {
        Some(&m) if m != u64::MAX => m,
        _ => {
            let next = filled
                .iter()
                .find(|(j, _)| *j > k)
                .or_else(|| filled.first())
                .copied();
            next.map_or(u64::MAX, |(j, m)| mix(m ^ (j.wrapping_sub(k) as u64)))
        }
    });
    Some(dense)
}

/// Finds, document by document in input order, the earlier document each is a
/// near-duplicate of.
#[derive(Debug, Default)]
pub struct Duplicates {
    /// Per band, the documents whose band hashes to the key.
    bands: Vec<HashMap<u64, Vec<usize>>>,
    /// The signatures seen, by document index.
    seen: Vec<Signature>,
}

impl Duplicates {
    /// An empty index.
    pub fn new() -> Self {
        Duplicates {
            bands: (0..BANDS).map(|_| HashMap::new()).collect(),
            seen: Vec::new(),
        }
    }

    /// Adds the next document and says which earlier one it copies (the earliest of those
    /// it is near to), if any.
    pub fn add(&mut self, sig: Signature) -> Option<usize> {
        let index = self.seen.len();
        let found = sig.as_ref().and_then(|s| {
            let mut candidates: Vec<usize> = Vec::new();
            for (b, band) in self.bands.iter().enumerate() {
                if let Some(docs) = band.get(&band_key(s, b)) {
                    candidates.extend(docs);
                }
            }
            candidates.sort_unstable();
            candidates.dedup();
            candidates.into_iter().find(|&c| {
                self.seen
                    .get(c)
                    .and_then(|o| o.as_ref())
                    .is_some_and(|o| o.iter().zip(s).filter(|(a, b)| a == b).count() >= SAME)
            })
        });
        if let Some(s) = &sig {
            for (b, band) in self.bands.iter_mut().enumerate() {
                band.entry(band_key(s, b)).or_default().push(index);
            }
        }
        self.seen.push(sig);
        found
    }
}

/// The hash of band `b` of a signature.
fn band_key(sig: &[u64; HASHES], b: usize) -> u64 {
    sig.iter()
        .skip(b * ROWS)
        .take(ROWS)
        .fold(b as u64, |acc, &m| mix(acc ^ m))
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "قالت مصادر محلية إن قصفا مدفعيا استهدف حي الزهور في مدينة الحسكة صباح اليوم ما أسفر عن مقتل خمسة مدنيين بينهم طفلان وإصابة عشرة آخرين بجروح متفاوتة نقلوا إلى المستشفى الوطني في المدينة وأضافت المصادر أن القصف مصدره مواقع للفصائل المسلحة جنوب المدينة وأن فرق الدفاع المدني ما زالت تبحث عن ناجين تحت الأنقاض";

    #[test]
    fn a_syndicated_copy_is_found_and_another_story_is_not() {
        let mut index = Duplicates::new();
        assert_eq!(index.add(signature(STORY)), None);
        // The same story with a dateline and a credit added: a copy of the first.
        let copy = format!("الحسكة (رويترز) - {STORY} (تحرير محمد)");
        assert_eq!(index.add(signature(&copy)), Some(0));
        // Another story of the same place and day is not.
        let other = "أعلنت قوات سوريا الديمقراطية اليوم في بيان أنها اعتقلت عشرين شخصا يشتبه في انتمائهم إلى خلايا نائمة في ريف الحسكة الجنوبي خلال حملة أمنية استمرت ثلاثة أيام وشملت قرى عدة وأضاف البيان أن الحملة ستتواصل حتى القضاء على الخلايا وأن المعتقلين أحيلوا إلى القضاء";
        assert_eq!(index.add(signature(other)), None);
        // A short notice is never called a copy.
        assert_eq!(signature("مقتل خمسة مدنيين في الحسكة"), None);
    }
}

//! rasid's text layer: normalisation for matching with an offset map back to the
//! original bytes, tokens, sentence and clause segmentation, and language detection.
//!
//! Everything here is pure: no I/O, no failure on messy text. Every later stage
//! (numbers, time, lexicons, claims) matches against [`Normalized::as_str`] and maps
//! what it finds back to the original with [`Normalized::original_range`].
#![deny(missing_docs)]

mod hash;
mod lang;
mod normalize;
mod segment;
mod tokens;

pub use hash::{opening_words, BuildWordHasher, WordHasher, OPENING_WORDS, WORD_HASH_SEED};
pub use lang::{detect_language, guess_language, Language, LanguageGuess};
pub use normalize::{normalize_str, Normalized};
pub use segment::{clauses, clauses_of, sentences, Segment};
pub use tokens::{tokenize, Token, TokenKind};

//! The claims of rasid: every figure a document states about people affected by violence
//! or security action (killed, wounded, escaped, detained, capacity ...), with whom it
//! counts, who states it, how sure, and the clause that says so.
//!
//! [`extract`] reads one document's text with the text layer (normalisation with offsets,
//! sentences, clauses), the number grammar (`rasid-numbers`: values, bounds, approx, vague
//! figures) and the knowledge (`rasid-lexicon`: actors, member nouns, places, facilities,
//! event words), and the word lists of `data/claims/` ([`ClaimWords`]). A number is a
//! claim when a measure word stands by it; everything else about the claim is read from
//! its sentence. No I/O here, and no failure on messy text: a text yields what it can.
//!
//! Offsets are bytes of the ORIGINAL text: `&text[claim.evidence]` is the clause.
#![deny(missing_docs)]

mod claims;
mod when;
mod words;

pub use claims::{extract, Claim, DocumentClaims, Source, Value, PART_OF_OTHERS};
pub use when::{AsOf, Episode, FigureTime, Timeline, When, RECALL_MARKERS};
pub use words::{
    Attribution, ClaimSources, ClaimWords, CountWord, Measure, Modifier, WordKind, NOT_A_FIGURE,
};

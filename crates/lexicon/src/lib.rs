//! What rasid knows about the world of its reports: places (gazetteer of Syria, Iraq and
//! the region, and a curated list of camps, prisons, bases ...), detention facilities,
//! actors, member nouns and event words, and [`annotate`], which finds all of them in a
//! text with one automaton pass over its normalised form.
//!
//! The data lives in the repository's `data/` folder as reviewable TSV and is compiled in
//! ([`Knowledge::bundled`]); [`Knowledge::from_sources`] takes other texts. No I/O here.
//!
//! Not yet: relative descriptions (جنوب مدينة الحسكة، ريف دير الزور الشرقي) are found as
//! their anchor place only, without the coarser precision they call for.
#![deny(missing_docs)]

mod annotate;
mod data;
mod knowledge;
mod patterns;

pub use annotate::{annotate, Entity, EntityKind, Location};
pub use data::{Actor, Facility, Member, Place, Precision, Sources, Trigger};
pub use knowledge::Knowledge;

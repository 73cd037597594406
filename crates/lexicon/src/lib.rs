//! What rasid knows about the world of its reports: places (gazetteer of Syria, Iraq and
//! the region, and a curated list of camps, prisons, bases ...), detention facilities,
//! actors, member nouns and event words, and [`annotate`], which finds all of them in a
//! text with one automaton pass over its normalised form.
//!
//! The data lives in the repository's `data/` folder as reviewable TSV and is compiled in
//! ([`Knowledge::bundled`]); [`Knowledge::from_sources`] takes other texts. No I/O here.
//!
//! Relative descriptions (جنوب مدينة الحسكة، ريف دير الزور، ريف دير الزور الشرقي) keep
//! the anchor place with [`Location::relative`] set and a coarser precision; the
//! direction is not yet applied to the coordinates.
#![deny(missing_docs)]

mod annotate;
mod data;
mod knowledge;
mod patterns;

pub use annotate::{annotate, Entity, EntityKind, Location};
pub use data::{Actor, Facility, Member, Place, Precision, Sources, Trigger};
pub use knowledge::Knowledge;

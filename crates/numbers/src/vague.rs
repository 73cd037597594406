//! Figures named without a number: `عشرات`, `مئات الالاف`, `بضعه`, `عدد من`, `dozens`.

use crate::ctx::Ctx;
use crate::Vague;

/// A vague figure and the bounds it stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct VagueRead {
    pub end: usize,
    pub vague: Vague,
    pub low: f64,
    pub high: Option<f64>,
}

/// The clitics [`base`] strips, longest first.
const CLITICS: [&str; 9] = ["وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف"];

/// Every word [`read`] matches once [`base`] has stripped its clitics: what a vague
/// figure can start with.
const HEADWORDS: &[&str] = &[
    "عشرات",
    "dozens",
    "scores",
    "tens",
    "مئات",
    "hundreds",
    "الاف",
    "الوف",
    "thousands",
    "ملايين",
    "millions",
    "بضعه",
    "بضع",
    "عده",
    "عدد",
    "عددا",
    "several",
    "few",
    "number",
    "handful",
];

/// Every spelling, clitics included, on which [`read`] may find a vague figure: the
/// words the scan's gate must let through.
pub(crate) fn forms() -> impl Iterator<Item = String> {
    HEADWORDS.iter().flat_map(|&w| {
        let glued = CLITICS
            .iter()
            .map(move |p| format!("{p}{w}"))
            .filter(move |form| base(form) == w);
        std::iter::once(w.to_string()).chain(glued)
    })
}

/// Strips the clitics Arabic glues to these words (`والعشرات`, `بمئات`).
fn base(w: &str) -> &str {
    if matches!(
        w,
        "بضعه" | "بضع" | "عشرات" | "مئات" | "الاف" | "الوف" | "عده" | "عدد" | "عددا"
    ) {
        return w;
    }
    for p in CLITICS {
        if let Some(rest) = w.strip_prefix(p) {
            if rest.len() >= 6 {
                return rest;
            }
        }
    }
    w
}

/// Whether [`read`] may find a vague figure at the word `w`: a cheap test on its
/// ending that rejects almost every word before any lookup.
#[inline(always)]
pub(crate) fn maybe_vague(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ات", "اف", "وف", "ين", "ضعه", "ضع", "عده", "دد", "ددا", "s", "few", "number", "handful",
        "several",
    ];
    // The last byte first: one table test rejects most words.
    const LAST_BYTES: [bool; 256] = {
        let mut table = [false; 256];
        let mut i = 0;
        while i < ENDINGS.len() {
            let e = ENDINGS[i].as_bytes();
            table[e[e.len() - 1] as usize] = true;
            i += 1;
        }
        table
    };
    // An Arabic ending is two letters at least: its last four bytes are compared first,
    // as one number each (no slice comparison per ending).
    const ARABIC_TAILS: [u32; ENDINGS.len()] = {
        let mut tails = [0u32; ENDINGS.len()];
        let mut i = 0;
        while i < ENDINGS.len() {
            let e = ENDINGS[i].as_bytes();
            if e[e.len() - 1] >= 0x80 {
                assert!(e.len() >= 4, "an Arabic ending of one letter");
                let n = e.len();
                tails[i] = u32::from_le_bytes([e[n - 4], e[n - 3], e[n - 2], e[n - 1]]);
            }
            i += 1;
        }
        tails
    };
    let b = w.as_bytes();
    let last = b.last().copied().unwrap_or(0);
    if !LAST_BYTES.get(usize::from(last)).copied().unwrap_or(false) {
        return false;
    }
    if last >= 0x80 {
        let Some(tail) = b
            .len()
            .checked_sub(4)
            .and_then(|at| b.get(at..))
            .and_then(|t| <[u8; 4]>::try_from(t).ok())
        else {
            return false;
        };
        // A tail of 0 would match the ASCII endings' empty slots: an Arabic last byte
        // never makes one.
        let tail = u32::from_le_bytes(tail);
        if !ARABIC_TAILS.contains(&tail) {
            return false;
        }
    }
    ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Reads a vague figure at token `i`.
#[inline]
pub(crate) fn read(ctx: &Ctx<'_>, i: usize) -> Option<VagueRead> {
    let w = ctx.word(i);
    if w.is_empty() {
        return None;
    }
    if !maybe_vague(w) {
        return None;
    }
    read_word(ctx, i, w)
}

/// [`read`] of a word whose ending may be vague: apart, so that the test of the many
/// words that end otherwise stays small.
#[inline(never)]
fn read_word(ctx: &Ctx<'_>, i: usize, w: &str) -> Option<VagueRead> {
    let next = ctx.word(i + 1);
    let next_base = base(next);
    let v = |end: usize, vague: Vague, low: f64, high: Option<f64>| {
        Some(VagueRead {
            end,
            vague,
            low,
            high,
        })
    };
    let thousands_next = matches!(next_base, "الاف" | "الوف");
    let millions_next = next_base == "ملايين";
    match base(w) {
        "عشرات" | "dozens" | "scores" | "tens" => {
            let of = usize::from(matches!(next, "of"));
            let after = base(ctx.word(i + 1 + of));
            if matches!(after, "الاف" | "الوف" | "thousands") {
                v(i + 2 + of, Vague::TensOfThousands, 20_000.0, Some(99_999.0))
            } else if matches!(after, "ملايين" | "millions") {
                v(i + 2 + of, Vague::Millions, 20e6, Some(99_999_999.0))
            } else if w == "tens" {
                None
            } else {
                v(i + 1, Vague::Dozens, 20.0, Some(99.0))
            }
        }
        "مئات" | "hundreds" => {
            let of = usize::from(matches!(next, "of"));
            let after = base(ctx.word(i + 1 + of));
            if matches!(after, "الاف" | "الوف" | "thousands") {
                v(
                    i + 2 + of,
                    Vague::HundredsOfThousands,
                    200_000.0,
                    Some(999_999.0),
                )
            } else if matches!(after, "ملايين" | "millions") {
                v(i + 2 + of, Vague::Millions, 200e6, Some(999_999_999.0))
            } else {
                v(i + 1, Vague::Hundreds, 200.0, Some(999.0))
            }
        }
        "الاف" | "الوف" | "thousands" => v(i + 1, Vague::Thousands, 2000.0, Some(9999.0)),
        "ملايين" | "millions" => v(i + 1, Vague::Millions, 2e6, Some(9_999_999.0)),
        "بضعه" | "بضع" => {
            if matches!(base(next), "عشر" | "عشره") {
                v(i + 2, Vague::Few, 13.0, Some(19.0))
            } else if next_base == "مئات" {
                v(i + 2, Vague::Hundreds, 300.0, Some(900.0))
            } else if thousands_next {
                v(i + 2, Vague::Thousands, 3000.0, Some(9000.0))
            } else if millions_next {
                v(i + 2, Vague::Millions, 3e6, Some(9e6))
            } else {
                v(i + 1, Vague::Few, 3.0, Some(9.0))
            }
        }
        "عده" if w == "عده" => v(i + 1, Vague::Several, 2.0, None),
        "عدد" | "عددا" if next == "من" => v(i + 2, Vague::Several, 2.0, None),
        "several" => v(i + 1, Vague::Several, 2.0, None),
        "few" if i > 0 && ctx.word(i - 1) == "a" => v(i + 1, Vague::Few, 3.0, Some(9.0)),
        "number" if next == "of" && i > 0 && ctx.word(i - 1) == "a" => {
            v(i + 2, Vague::Several, 2.0, None)
        }
        "handful" if next == "of" => v(i + 2, Vague::Few, 3.0, Some(9.0)),
        _ => None,
    }
}

/// Whether the vague figure read at `i` starts one token earlier, at an article (`a few`).
pub(crate) fn starts_before(ctx: &Ctx<'_>, i: usize) -> bool {
    matches!(ctx.word(i), "few" | "number") && i > 0 && ctx.word(i - 1) == "a"
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rasid_text::{tokenize, Normalized};

    /// Reads a vague figure at the first token of `text`, or at the second when the first
    /// is the article `a`.
    fn read_text(text: &str) -> Option<(String, VagueRead)> {
        let n = Normalized::new(text);
        let tokens = tokenize(n.as_str());
        let ctx = Ctx {
            text: n.as_str(),
            tokens: &tokens,
            source: Some(&n),
        };
        let i = usize::from(ctx.word(0) == "a");
        read(&ctx, i).map(|v| (ctx.word(i).to_string(), v))
    }

    #[test]
    fn every_clitic_form_is_listed() {
        let forms: Vec<String> = forms().collect();
        for (text, word) in [
            ("والعشرات من الجرحى", "والعشرات"),
            ("بمئات الالاف", "بمئات"),
            ("وبضعه جنود", "وبضعه"),
            ("عدد من القتلى", "عدد"),
            ("a few days", "few"),
            ("a number of people", "number"),
            ("tens of thousands", "tens"),
        ] {
            let (read_word, _) = read_text(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(read_word, word);
            assert!(forms.contains(&read_word), "{word} is not in forms()");
        }
    }

    proptest! {
        /// The scan's gate lets through only the words of `forms()`: no other word may
        /// start a vague figure.
        #[test]
        fn only_listed_forms_read(
            word in "[وبلفال]{0,3}(عشرات|مئات|الاف|الوف|ملايين|بضعه|بضع|عده|عدد|عددا|[عشراتمئلفوينبضده]{1,6})",
            next in "(من|الاف|عشر|ملايين|مئات|[a-z]{1,5})",
        ) {
            let forms: Vec<String> = forms().collect();
            if let Some((w, _)) = read_text(&format!("{word} {next}")) {
                prop_assert!(forms.contains(&w), "{} read as vague", w);
            }
        }
    }
}

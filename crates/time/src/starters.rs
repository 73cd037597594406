//! The stems that can start a time expression: every other word is skipped with one
//! hash lookup, so the parser costs little on text that holds no times.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// FxHash-style, eight bytes a step: short keys, no need for a keyed hash against flooding
/// in a fixed lexicon.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // Fold the high bits, which the multiplications fill best, into the low ones
        // that pick the bucket.
        let h = self.0;
        (h ^ (h >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (h >> 32)
    }

    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes per step: a word is hashed in two or three multiplications.
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(chunk);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(eight)).wrapping_mul(SEED);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut eight = [0u8; 8];
            if let Some(head) = eight.get_mut(..rest.len()) {
                head.copy_from_slice(rest);
            }
            h = (h.rotate_left(5) ^ u64::from_le_bytes(eight) ^ ((rest.len() as u64) << 59))
                .wrapping_mul(SEED);
        }
        self.0 = h;
    }

    fn write_u8(&mut self, byte: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(SEED);
    }
}

/// The multiplier of FxHash.
const SEED: u64 = 0x517c_c1b7_2722_0a95;

/// What a word can be, as bits: a rule runs only on words of the classes it starts
/// with, and a word of no class starts nothing.
pub(crate) type Classes = u16;
/// A Gregorian month name (or the first word of one).
pub(crate) const MONTH: Classes = 1;
/// A Hijri month name (or the first word of one).
pub(crate) const HIJRI: Classes = 1 << 1;
/// A weekday.
pub(crate) const WEEKDAY: Classes = 1 << 2;
/// A part of the day.
pub(crate) const DAY_PART: Classes = 1 << 3;
/// `امس`, `غدا`, `الآن`...
pub(crate) const RELATIVE_DAY: Classes = 1 << 4;
/// A unit of time.
pub(crate) const UNIT: Classes = 1 << 5;
/// A season.
pub(crate) const SEASON: Classes = 1 << 6;
/// Any other word that opens or modifies an expression: `الساعة`, `يوم`, `منذ`, `هذا`...
pub(crate) const CUE: Classes = 1 << 7;
/// A number (digits, or a number word found by `rasid-numbers`); set by the cursor.
pub(crate) const NUMBER: Classes = 1 << 8;

#[rustfmt::skip]
const MONTH_WORDS: &[&str] = &[
    "يناير", "جانفي", "فبراير", "فيفري", "شباط", "اذار", "مارس", "ابريل", "افريل", "نيسان",
    "مايو", "ماي", "ايار", "يونيو", "يونيه", "جوان", "حزيران", "يوليو", "يوليه", "جويليه",
    "يوليوز", "تموز", "اغسطس", "اغشت", "اوت", "غشت", "اب", "سبتمبر", "ايلول", "شتنبر",
    "اكتوبر", "نوفمبر", "نونبر", "ديسمبر", "دجنبر", "كانون", "تشرين", "january", "jan",
    "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul",
    "august", "aug", "september", "sep", "sept", "october", "oct", "november", "nov",
    "december", "dec",
];

#[rustfmt::skip]
const HIJRI_WORDS: &[&str] = &[
    "محرم", "صفر", "ربيع", "جمادي", "ذو", "ذي", "رجب", "شعبان", "رمضان", "شوال",
];

#[rustfmt::skip]
const WEEKDAY_WORDS: &[&str] = &[
    "احد", "اثنين", "اثنان", "ثلاثاء", "ثلاثا", "اربعاء", "اربعا", "خميس", "جمعه", "سبت",
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sun",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat",
];

#[rustfmt::skip]
const DAY_PART_WORDS: &[&str] = &[
    "فجر", "فجرا", "صباح", "صباحا", "صبحا", "صبح", "ضحي", "ظهر", "ظهرا", "ظهيره", "عصر",
    "عصرا", "مساء", "مساءا", "مسا", "مغرب", "مغربا", "عشاء", "ليل", "ليلا", "morning",
    "noon", "midday", "afternoon", "evening", "tonight", "night", "midnight", "dawn",
    "ليله", "tonight",
];

#[rustfmt::skip]
const RELATIVE_DAY_WORDS: &[&str] = &[
    "امس", "بارحه", "مبارح", "امبارح", "غدا", "غد", "بكره", "بكرا", "today", "yesterday",
    "tomorrow", "الان", "now",
];

#[rustfmt::skip]
const UNIT_WORDS: &[&str] = &[
    "ثانيه", "ثانيتين", "ثانيتان", "ثوان", "ثواني", "دقيقه", "دقيقتين", "دقيقتان", "دقائق",
    "دقايق", "ساعتين", "ساعتان", "ساعات", "يومين", "يومان", "ايام", "اسبوع", "اسبوعين",
    "اسبوعان", "اسابيع", "شهرين", "شهران", "اشهر", "شهور", "سنتين", "سنتان", "عامين",
    "عامان", "سنوات", "سنين", "اعوام", "يوما", "اسبوعا", "شهرا", "عاما", "second",
    "seconds", "minute", "minutes", "hour", "hours", "day", "days", "weeks", "months",
    "ساعه", "يوم", "شهر", "عام", "سنه", "اسبوع", "week", "month", "year",
];

#[rustfmt::skip]
const SEASON_WORDS: &[&str] = &[
    "شتاء", "صيف", "خريف", "ربيع", "winter", "spring", "summer", "autumn", "fall",
];

#[rustfmt::skip]
const CUE_WORDS: &[&str] = &[
    "بقيه", "باقي", "rest",
    "عشرينيات", "ثلاثينيات", "اربعينيات", "خمسينيات", "ستينيات", "سبعينيات", "ثمانينيات",
    "تسعينيات", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
    "eighties", "nineties",
    "حتي", "after", "before", "since", "until", "till", "ربيع", "منتصف", "in", "ساعه",
    "يوم", "نهار", "هذا", "هذه", "هاد", "هذي", "هاي", "اول", "بعد", "قبل", "منذ", "شهر",
    "عام", "سنه", "عامي", "سنتي", "year", "years", "the", "last", "next", "this", "on",
    "at", "month", "week", "طوال", "طيله", "عده", "بضع", "بضعه", "نصف", "نص", "ربع", "ثلث",
    "مطلع", "اوائل", "بدايه", "مستهل", "early", "اواسط", "mid", "نهايه", "اواخر", "ختام",
    "late", "اخر", "past", "اسبوع",
];

static CLASSES: LazyLock<HashMap<&'static str, Classes, BuildHasherDefault<WordHasher>>> =
    LazyLock::new(|| {
        let mut map = HashMap::default();
        for (class, words) in [
            (MONTH, MONTH_WORDS),
            (HIJRI, HIJRI_WORDS),
            (WEEKDAY, WEEKDAY_WORDS),
            (DAY_PART, DAY_PART_WORDS),
            (RELATIVE_DAY, RELATIVE_DAY_WORDS),
            (UNIT, UNIT_WORDS),
            (SEASON, SEASON_WORDS),
            (CUE, CUE_WORDS),
        ] {
            for &w in words {
                *map.entry(w).or_insert(0) |= class;
            }
        }
        map
    });

/// A 4096-bit filter over (length, last two bytes) of every word above: most words of a
/// text are rejected by one bit test before any hashing.
static FILTER: LazyLock<[u64; 64]> = LazyLock::new(|| {
    let mut bits = [0u64; 64];
    for &w in CLASSES.keys() {
        let k = filter_key(w);
        if let Some(slot) = bits.get_mut(k / 64) {
            *slot |= 1 << (k % 64);
        }
    }
    bits
});

fn filter_key(s: &str) -> usize {
    let b = s.as_bytes();
    let last = b.last().copied().unwrap_or(0) as usize;
    let before = b
        .len()
        .checked_sub(2)
        .and_then(|i| b.get(i))
        .copied()
        .unwrap_or(0) as usize;
    (b.len().wrapping_mul(613) ^ last.wrapping_mul(31) ^ before.wrapping_mul(7919)) % 4096
}

/// The classes of a stem (0 when it starts nothing).
pub(crate) fn classes(stem: &str) -> Classes {
    let k = filter_key(stem);
    let maybe = FILTER
        .get(k / 64)
        .is_some_and(|slot| slot & (1 << (k % 64)) != 0);
    if !maybe {
        return 0;
    }
    CLASSES.get(stem).copied().unwrap_or(0)
}

/// Whether a stem can start a time expression.
pub(crate) fn is_starter(stem: &str) -> bool {
    classes(stem) != 0
}

//! The stems that can start a time expression: every other word is skipped with one
//! hash lookup, so the parser costs little on text that holds no times.

use rasid_text::{BuildWordHasher, WORD_HASH_SEED as SEED};
use std::collections::HashMap;
use std::sync::LazyLock;

/// What a word can be, as bits: a rule runs only on words of the classes it starts
/// with, and a word of no class starts nothing.
pub(crate) type Classes = u32;
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
/// `واحده`: the clock reads `الساعة الواحدة` though the numbers parser leaves it alone.
pub(crate) const ONE: Classes = 1 << 9;
/// `اول`: the first day of a month (`أول يناير`).
pub(crate) const FIRST: Classes = 1 << 10;
/// A unit of time that the unit list leaves out: English abbreviations (`2 hrs`,
/// `this min`) and accusatives no text writes alone, which start nothing, and `years`,
/// a cue.
pub(crate) const UNIT_AFTER: Classes = 1 << 11;
/// `الجاري`, `الحالي`: the current month after a day (`21 الجاري`); starts nothing.
pub(crate) const CURRENT: Classes = 1 << 12;
/// `عقدين`, `عقود`: decades counted back or ahead (`العقدين الماضيين`).
pub(crate) const DECADES: Classes = 1 << 13;
/// A word a piece of `periods` opens on, besides units and numbers: `أول`, `آخر`,
/// `غرة`, `العشر`, `القرن`, `النصف`, `العقد`, `weekend`... Starts nothing by itself.
pub(crate) const PERIOD: Classes = 1 << 14;
/// A word `clock::day_part_at` reads as (part of) a part of the day that the list of
/// parts leaves out: `am`, `p.m.`, `منتصف النهار`, `وقت الغداء`. Starts nothing.
pub(crate) const PART_AFTER: Classes = 1 << 15;
/// A word `clock::early_or_late` opens on (`أواخر`, `وقت`, `ساعات`...): all are cues or
/// units too, so it starts nothing by itself.
pub(crate) const EARLY_LATE: Classes = 1 << 16;
/// A word `clock::clock` opens on before the hour: `الساعة`, `at`, ISO's `T`. All are
/// cues too, so it starts nothing by itself.
pub(crate) const CLOCK_CUE: Classes = 1 << 17;
/// A decade in words, `dates::decade` (`السبعينيات`, `seventies`): all cues too.
pub(crate) const DECADE_WORD: Classes = 1 << 18;
/// `عام`, `سنة`, `year`, the cues `dates::year` reads before a year: all cues too.
pub(crate) const YEAR_CUE: Classes = 1 << 19;
/// A word `scan::part_of_period` opens on: a third or the rest of a period (`مطلع`,
/// `أواخر`, `بقية`), `وقت لاحق`, `لاحقا`, a week (`الأسبوع الأول`, `أول أسبوع`). All
/// are cues too.
pub(crate) const PART_OPEN: Classes = 1 << 20;
/// The classes that let a word start an expression: [`UNIT_AFTER`], [`CURRENT`],
/// [`PERIOD`], [`PART_AFTER`], [`EARLY_LATE`], [`CLOCK_CUE`], [`DECADE_WORD`],
/// [`YEAR_CUE`] and [`PART_OPEN`] alone do not.
pub(crate) const STARTS: Classes = !(UNIT_AFTER
    | CURRENT
    | PERIOD
    | PART_AFTER
    | EARLY_LATE
    | CLOCK_CUE
    | DECADE_WORD
    | YEAR_CUE
    | PART_OPEN);

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
    "tomorrow", "الان", "حاليا", "now", "currently",
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
const UNIT_AFTER_WORDS: &[&str] = &[
    "sec", "secs", "min", "mins", "hr", "hrs", "ثانيها", "دقيقها", "ساعها", "سنها", "years",
];

#[rustfmt::skip]
const PERIOD_WORDS: &[&str] = &[
    "اول", "first", "اخر", "last", "غره", "عشر", "عشره", "قرن", "عطله", "weekend", "second",
    "third", "fourth", "final", "نصف", "ثلث", "ربع", "عقد",
];

#[rustfmt::skip]
const PART_AFTER_WORDS: &[&str] = &["am", "pm", "p", "a", "نهار", "غداء"];

/// The stems `clock::early_or_late` reads at its first word: a third of a period, `أول`
/// and `آخر`, and the time or hours (`في وقت متأخر`, `الساعات الأولى`).
#[rustfmt::skip]
const EARLY_LATE_WORDS: &[&str] = &[
    "اوائل", "مطلع", "بدايه", "منتصف", "اواسط", "اواخر", "نهايه", "اول", "اخر", "وقت",
    "ساعه", "ساعات", "الساعات",
];

/// The words `scan::part_of_period` opens on (see [`PART_OPEN`]).
#[rustfmt::skip]
const PART_OPEN_WORDS: &[&str] = &[
    "وقت", "لاحقا", "later", "earlier", "مطلع", "اوائل", "بدايه", "مستهل", "early", "منتصف",
    "اواسط", "mid", "نهايه", "اواخر", "ختام", "late", "بقيه", "باقي", "rest", "اول", "اخر",
    "اسبوع",
];

/// The decades `dates::decade` reads: an Arabic word with its `ات`, or English.
#[rustfmt::skip]
const DECADE_WORDS: &[&str] = &[
    "عشرينيات", "ثلاثينيات", "اربعينيات", "خمسينيات", "ستينيات", "سبعينيات", "ثمانينيات",
    "تسعينيات", "twenties", "thirties", "forties", "fifties", "sixties", "seventies",
    "eighties", "nineties",
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
    "late", "اخر", "past", "recent", "coming", "لاحقا", "later", "earlier", "اسبوع", "واحده", "الواحده", "وقت",
    "عقد", "عقدين", "عقدان", "عقود", "decade", "first", "عطله", "weekend", "شهري",
    "اعتبارا", "ابتداء", "ابتداءا", "بدءا", "بدء", "اقصاه", "t", "غره", "عشر", "third", "fourth", "final",
    "قرن", "half",
];

static CLASSES: LazyLock<HashMap<&'static str, Classes, BuildWordHasher>> = LazyLock::new(|| {
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
        (ONE, &["واحده"]),
        (FIRST, &["اول"]),
        (UNIT_AFTER, UNIT_AFTER_WORDS),
        (CURRENT, &["جاري", "حالي"]),
        (DECADES, &["عقدين", "عقدان", "عقود"]),
        (PERIOD, PERIOD_WORDS),
        (PART_AFTER, PART_AFTER_WORDS),
        (EARLY_LATE, EARLY_LATE_WORDS),
        (CLOCK_CUE, &["ساعه", "at", "t"]),
        (DECADE_WORD, DECADE_WORDS),
        (YEAR_CUE, &["عام", "سنه", "year"]),
        (PART_OPEN, PART_OPEN_WORDS),
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
    let table: &[(u64, &str, Classes)] = &CLASS_TABLE;
    let h = word_hash(stem.as_bytes());
    let mut k = (h >> 40) as usize;
    for _ in 0..table.len() {
        match table.get(k % table.len()) {
            Some(&(slot_hash, word, classes)) if slot_hash == h && word == stem => return classes,
            Some(&(_, word, _)) if !word.is_empty() => k += 1,
            _ => return 0,
        }
    }
    0
}

/// [`CLASSES`] as an open-addressed table on [`word_hash`] (an empty word marks a free
/// slot; a quarter full at most): a lookup costs one hash of two loads and, mostly, one
/// probe, where the map hashes every byte.
static CLASS_TABLE: LazyLock<Vec<(u64, &'static str, Classes)>> = LazyLock::new(|| {
    let size = (CLASSES.len() * 4).next_power_of_two();
    let mut table = vec![(0, "", 0); size];
    for (&word, &classes) in CLASSES.iter() {
        let h = word_hash(word.as_bytes());
        let mut k = (h >> 40) as usize;
        while table.get(k % size).is_some_and(|&(_, w, _)| !w.is_empty()) {
            k += 1;
        }
        if let Some(slot) = table.get_mut(k % size) {
            *slot = (h, word, classes);
        }
    }
    table
});

/// Whether a stem can start a time expression.
pub(crate) fn is_starter(stem: &str) -> bool {
    classes(stem) & STARTS != 0
}

/// The longest ending [`classes_of`] compares.
const TAIL: usize = 6;

/// Every word list above, for the filters built at compile time.
const ALL_WORDS: [&[&str]; 17] = [
    PART_OPEN_WORDS,
    DECADE_WORDS,
    &["عام", "سنه", "year"],
    &["ساعه", "at", "t"],
    EARLY_LATE_WORDS,
    PART_AFTER_WORDS,
    PERIOD_WORDS,
    UNIT_AFTER_WORDS,
    &["جاري", "حالي"],
    MONTH_WORDS,
    HIJRI_WORDS,
    WEEKDAY_WORDS,
    DAY_PART_WORDS,
    RELATIVE_DAY_WORDS,
    UNIT_WORDS,
    SEASON_WORDS,
    CUE_WORDS,
];

/// A 65,536-bit filter over the endings of every word above: its last [`TAIL`] bytes,
/// or the whole word when shorter. Built at compile time: no lazy access per word.
static TAILS: [u64; 1024] = {
    let mut bits = [0u64; 1024];
    let mut list = 0;
    while list < ALL_WORDS.len() {
        let words = ALL_WORDS[list];
        let mut w = 0;
        while w < words.len() {
            let b = words[w].as_bytes();
            let len = if b.len() < TAIL { b.len() } else { TAIL };
            let k = tail_key(last_eight(b), len);
            bits[k / 64] |= 1 << (k % 64);
            w += 1;
        }
        list += 1;
    }
    bits
};

/// The last eight bytes of `b` as one number, the last byte highest (zeros in front of
/// a shorter `b`).
const fn last_eight(b: &[u8]) -> u64 {
    let start = b.len().saturating_sub(8);
    let mut x = 0u64;
    let mut i = start;
    while i < b.len() {
        x = (x >> 8) | ((b[i] as u64) << 56);
        i += 1;
    }
    x
}

/// The filter bit of the last `len` (1..=8) bytes held in `last` (see [`last_eight`]).
const fn tail_key(last: u64, len: usize) -> usize {
    let tail = (last >> (8 * (8 - len) as u32)) | ((len as u64) << 56);
    (tail.wrapping_mul(SEED) >> 48) as usize
}

/// Whether the filter holds the last `len` bytes of a word whose [`last_eight`] is `last`.
fn tail_known(last: u64, len: usize) -> bool {
    let k = tail_key(last, len);
    TAILS
        .get(k / 64)
        .is_some_and(|slot| slot & (1 << (k % 64)) != 0)
}

/// [`last_eight`] at run time: one load for a word of eight bytes or more.
fn last_eight_fast(b: &[u8]) -> u64 {
    match b.len().checked_sub(8).and_then(|at| b.get(at..)) {
        Some(eight) => eight.try_into().map_or(0, u64::from_le_bytes),
        None => last_eight(b),
    }
}

/// Every form a clitic can take before a starter after `و`/`ف`, as
/// [`crate::lexicon::stems`] peels them: `لل`, or `ب`/`ل`/`ك` with or without `ال`, or `ال`.
const PREFIXES: [&str; 9] = ["", "لل", "ب", "ل", "ك", "بال", "لال", "كال", "ال"];

/// How many bits [`WORD_FILTER`] holds (a power of two).
const WORD_FILTER_BITS: usize = 1 << 17;

/// A filter over [`word_hash`] of every starter behind every form of clitics (two bits
/// a word, from two parts of its hash): most words of a text are rejected by one bit
/// test, and nearly all the others by the second, before their readings are cut.
static WORD_FILTER: LazyLock<Box<WordFilter>> = LazyLock::new(|| {
    let mut bits = Box::new([0u64; WORD_FILTER_BITS / 64]);
    let mut word = String::new();
    for &stem in CLASSES.keys() {
        for conjunction in ["", "و", "ف"] {
            for prefix in PREFIXES {
                word.clear();
                word.push_str(conjunction);
                word.push_str(prefix);
                word.push_str(stem);
                let h = word_hash(word.as_bytes());
                for k in [
                    h >> (64 - KEY_BITS),
                    (h >> 20) & (WORD_FILTER_BITS as u64 - 1),
                ] {
                    let k = k as usize;
                    if let Some(slot) = bits.get_mut(k / 64) {
                        *slot |= 1 << (k % 64);
                    }
                }
            }
        }
    }
    bits
});

/// A cheap hash of a word for [`WORD_FILTER`]: its length and its first and last eight
/// (or four) bytes, two loads whatever its length.
#[inline]
fn word_hash(b: &[u8]) -> u64 {
    let n = b.len();
    let (first, last) = match (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        (Some(first), Some(last)) => (u64::from_le_bytes(*first), u64::from_le_bytes(*last)),
        _ => match (b.first_chunk::<4>(), b.last_chunk::<4>()) {
            (Some(first), Some(last)) => (
                u64::from(u32::from_le_bytes(*first)),
                u64::from(u32::from_le_bytes(*last)),
            ),
            _ => (b.iter().fold(0, |acc, &x| (acc << 8) | u64::from(x)), 0),
        },
    };
    (first.rotate_left(29) ^ last ^ ((n as u64) << 56)).wrapping_mul(SEED)
}

/// The bits of a [`WORD_FILTER`] index.
const KEY_BITS: u32 = WORD_FILTER_BITS.trailing_zeros();

/// The classes of a word (0 when it starts nothing), as the cursor finds them: one bit
/// test, then its readings for the few words that pass.
#[cfg(test)]
pub(crate) fn word_classes(word: &str) -> Classes {
    if may_start(word.as_bytes()) {
        classes_of(word, crate::lexicon::stems(word).iter())
    } else {
        0
    }
}

/// Whether the word of these bytes may have a class ([`classes_of`] of its readings):
/// false for most words of a text, found with one bit test.
#[cfg(test)]
pub(crate) fn may_start(word: &[u8]) -> bool {
    may_start_in(word_filter(), word)
}

/// The bits of [`WORD_FILTER`]: an array, so that no index into it needs a check.
pub(crate) type WordFilter = [u64; WORD_FILTER_BITS / 64];

/// The bits of [`WORD_FILTER`], for a caller that tests many words.
pub(crate) fn word_filter() -> &'static WordFilter {
    &WORD_FILTER
}

/// [`may_start`] with the filter in hand.
#[inline]
pub(crate) fn may_start_in(filter: &WordFilter, word: &[u8]) -> bool {
    let h = word_hash(word);
    let bit = |k: u64| {
        let k = k as usize;
        filter
            .get(k / 64)
            .is_some_and(|slot| slot & (1 << (k % 64)) != 0)
    };
    bit(h >> (64 - KEY_BITS)) && bit((h >> 20) & (WORD_FILTER_BITS as u64 - 1))
}

/// The classes of a word (0 when it starts nothing), the union over its clitic
/// `readings` ([`crate::lexicon::stems`]). Every reading is an ending of the word, so one bit
/// test on its last bytes rejects it before any hashing: most words of a text cost one
/// test per reading.
pub(crate) fn classes_of<'a>(
    word: &str,
    readings: impl Iterator<Item = (&'a str, bool)>,
) -> Classes {
    let last = last_eight_fast(word.as_bytes());
    readings.fold(0, |acc, (stem, _)| {
        let len = stem.len().min(TAIL);
        if len > 0 && tail_known(last, len) {
            acc | classes(stem)
        } else {
            acc
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon;
    use proptest::prelude::*;

    /// Whether a reading of `word` is a starter: what the filter must never deny.
    fn has_starter_reading(word: &str) -> bool {
        lexicon::stems(word).iter().any(|(s, _)| classes(s) != 0)
    }

    /// The table behind [`classes`] answers as the map it is built from.
    #[test]
    fn the_class_table_holds_every_word_of_the_lists() {
        for (&w, &c) in CLASSES.iter() {
            assert_eq!(classes(w), c, "{w}");
        }
        for w in [
            "",
            "قال",
            "الحكومه",
            "said",
            "ساعاتي",
            "يوميا",
            "mayor",
            "x",
        ] {
            assert_eq!(classes(w), CLASSES.get(w).copied().unwrap_or(0), "{w}");
        }
    }

    #[test]
    fn every_starter_passes_the_filter_with_any_clitics() {
        let clitics = [
            "", "و", "ف", "ب", "ل", "ك", "ال", "لل", "وال", "بال", "وبال", "فلل", "وكال", "فبال",
        ];
        for w in CLASSES.keys() {
            for p in clitics {
                let word = format!("{p}{w}");
                assert_eq!(
                    classes_of(&word, lexicon::stems(&word).iter()) != 0,
                    has_starter_reading(&word),
                    "{word}"
                );
                assert_eq!(
                    word_classes(&word),
                    classes_of(&word, lexicon::stems(&word).iter()),
                    "{word}"
                );
            }
        }
    }

    /// `scan::PIECES` tries `relative_day`, `weekday` and `season` only when one of the
    /// first words has these classes: every word those rules read as a day, a weekday
    /// or a season must have them.
    #[test]
    fn the_words_gated_rules_need_have_their_class() {
        let day = RELATIVE_DAY | UNIT;
        for w in [
            "اليوم",
            "امس",
            "بارحه",
            "مبارح",
            "امبارح",
            "غدا",
            "غد",
            "بكره",
            "بكرا",
            "today",
            "yesterday",
            "tomorrow",
            "الان",
            "now",
        ] {
            let named = lexicon::stems(w)
                .iter()
                .any(|(s, article)| lexicon::relative_day(s, article).is_some());
            assert!(named || matches!(w, "الان" | "now"), "{w}");
            assert!(classes_of(w, lexicon::stems(w).iter()) & day != 0, "{w}");
        }
        for w in [
            "احد",
            "اثنين",
            "اثنان",
            "ثلاثاء",
            "ثلاثا",
            "اربعاء",
            "اربعا",
            "خميس",
            "جمعه",
            "سبت",
            "sunday",
            "sun",
            "monday",
            "mon",
            "tuesday",
            "tue",
            "tues",
            "wednesday",
            "wed",
            "thursday",
            "thu",
            "thurs",
            "friday",
            "fri",
            "saturday",
            "sat",
        ] {
            assert!(lexicon::weekday(w).is_some(), "{w}");
            assert!(classes(w) & WEEKDAY != 0, "{w}");
        }
        for w in [
            "شتاء", "ربيع", "صيف", "خريف", "winter", "spring", "summer", "autumn", "fall",
        ] {
            assert!(classes(w) & SEASON != 0, "{w}");
        }
    }

    /// The first words `clock::early_or_late` reads (`اوائل`, the thirds, `اول`/`اخر`,
    /// `وقت`, the hours).
    const EARLY_LATE_OPENERS: &[&str] = &[
        "اوائل",
        "مطلع",
        "بدايه",
        "منتصف",
        "اواسط",
        "اواخر",
        "نهايه",
        "اول",
        "اخر",
        "وقت",
        "ساعه",
        "ساعات",
        "الساعات",
    ];

    /// The words that open a part of a period (`مطلع العام`, `late 2015`, `بقية الشهر`).
    const PART_OPENING_WORDS: &[&str] = &[
        "مطلع",
        "اوائل",
        "بدايه",
        "مستهل",
        "early",
        "منتصف",
        "اواسط",
        "mid",
        "نهايه",
        "اواخر",
        "ختام",
        "late",
        "بقيه",
        "باقي",
        "rest",
    ];

    /// `scan::piece` reads a part of a period only at a cue.
    #[test]
    fn words_opening_a_part_of_a_period_are_cues() {
        for w in PART_OPENING_WORDS.iter().copied().chain(["اسبوع"]) {
            assert!(classes(w) & CUE != 0, "{w}");
        }
    }

    /// The gates of `scan::PIECES` beyond a day's name: every word `clock`,
    /// `day_of_month`, `period` and `offset` read in place of a number, and every unit
    /// `amount` and `period` read, carry the class their gate asks for. (Month names and
    /// `شهر` need no test: `dates` reads them only at tokens of their class, and figures
    /// sit only at number tokens, see `cursor::tests::only_number_tokens_hold_figures`.)
    #[test]
    fn gates_hold_what_their_rules_read() {
        // `clock`: `الساعة الواحدة`, which the numbers parser leaves alone.
        for w in ["واحده", "الواحده"] {
            assert!(word_classes(w) & ONE != 0, "{w}");
        }
        // `day_of_month` and `day_month`: `أول` as the first day.
        for w in ["اول", "الاول", "لاول", "واول"] {
            assert!(word_classes(w) & FIRST != 0, "{w}");
        }
        // `day_of_month`: `21 الجاري`.
        for w in ["الجاري", "الحالي", "والجاري"] {
            assert!(word_classes(w) & CURRENT != 0, "{w}");
            assert!(!is_starter(w), "{w}");
        }
        // Every stem `lexicon::unit` knows (as written in its `match`), and its
        // accusative with `ا` that `relative::unit_word` reads for a unit of one.
        #[rustfmt::skip]
        let units = [
            "ثانيه", "second", "sec", "secs", "ثانيتين", "ثانيتان", "ثوان", "ثواني",
            "seconds", "دقيقه", "minute", "min", "mins", "دقيقتين", "دقيقتان", "دقائق",
            "دقايق", "minutes", "ساعه", "hour", "hr", "ساعتين", "ساعتان", "ساعات", "hours",
            "hrs", "يوم", "day", "يومين", "يومان", "ايام", "days", "اسبوع", "week",
            "اسبوعين", "اسبوعان", "اسابيع", "weeks", "شهر", "month", "شهرين", "شهران",
            "اشهر", "شهور", "months", "سنه", "عام", "year", "سنتين", "سنتان", "عامين",
            "عامان", "سنوات", "سنين", "اعوام", "years",
        ];
        for w in units {
            let (_, count) = lexicon::unit(w).unwrap_or_else(|| panic!("{w} is no unit"));
            assert!(classes(w) & (UNIT | UNIT_AFTER) != 0, "{w}");
            if count == lexicon::UnitCount::One && !w.is_ascii() {
                let accusative = format!("{w}ا");
                assert!(
                    classes(&accusative) & (UNIT | UNIT_AFTER) != 0,
                    "{accusative}"
                );
            }
        }
        // `scan::read_piece` tries `clock::early_or_late` only at a cue or a unit: the
        // words it opens on.
        for w in EARLY_LATE_OPENERS.iter().copied().chain(["بالساعات"]) {
            assert!(word_classes(w) & (CUE | UNIT) != 0, "{w}");
        }
        // ... and only at a word of [`EARLY_LATE`]: every stem it asks for at its first
        // word (`hours_of_day_part`, the thirds, `اول`/`اخر`, `وقت` and the hours), behind
        // any clitics.
        for stem in EARLY_LATE_OPENERS.iter().copied() {
            for clitics in [
                "", "و", "ف", "ب", "ل", "ال", "وال", "بال", "فال", "لل", "وبال",
            ] {
                let w = format!("{clitics}{stem}");
                if lexicon::stems(&w).iter().any(|(s, _)| s == stem) || w == stem {
                    assert!(word_classes(&w) & EARLY_LATE != 0, "{w}");
                }
            }
        }
        // `scan::PIECES` tries `clock::clock` at a word that is no number only at a
        // [`CLOCK_CUE`]: `is_hour_word` (`الساعة` behind any clitics), `at` and ISO's `t`;
        // every other path of the clock reads digits or a figure at the start (only
        // number tokens hold them), or `واحده` ([`ONE`]). `read_piece` asks for `يوم` only
        // at a [`UNIT`].
        for w in ["at", "t"] {
            assert!(word_classes(w) & CLOCK_CUE != 0, "{w}");
        }
        for clitics in [
            "", "و", "ف", "ب", "ل", "ال", "وال", "بال", "فال", "لل", "وبال", "ك",
        ] {
            let w = format!("{clitics}ساعه");
            let readings = lexicon::stems(&w);
            if readings.iter().any(|(s, article)| s == "ساعه" && article) {
                assert!(word_classes(&w) & CLOCK_CUE != 0, "{w}");
            }
            let w = format!("{clitics}يوم");
            if lexicon::stems(&w).iter().any(|(s, _)| s == "يوم") {
                assert!(word_classes(&w) & UNIT != 0, "{w}");
            }
        }
        // `dates::decade` reads a word whose reading, less `ات`, is a decade, and which
        // ends in `ات` or is English (one reading, itself): the readings are endings of
        // the word, so each is one of [`DECADE_WORDS`]. `dates::year` reads a figure at
        // the start (a number token) or a reading `عام`, `سنه`, `year` ([`YEAR_CUE`]).
        let arabic_tens = [
            "عشريني",
            "ثلاثيني",
            "اربعيني",
            "خمسيني",
            "ستيني",
            "سبعيني",
            "ثمانيني",
            "تسعيني",
        ];
        for tens in arabic_tens {
            assert!(
                DECADE_WORDS.contains(&format!("{tens}ات").as_str()),
                "{tens}"
            );
        }
        for stem in DECADE_WORDS.iter().chain(&["عام", "سنه", "year"]) {
            for clitics in [
                "", "و", "ف", "ب", "ل", "ال", "وال", "بال", "فال", "لل", "وبال", "ك",
            ] {
                let w = format!("{clitics}{stem}");
                if lexicon::stems(&w).iter().any(|(s, _)| s == *stem) {
                    let class = if stem.ends_with("ات") || stem.ends_with("ies") {
                        DECADE_WORD
                    } else {
                        YEAR_CUE
                    };
                    assert!(word_classes(&w) & class != 0, "{w}");
                }
            }
        }
        // `scan::read_piece` tries `part_of_period` at a cue only at a [`PART_OPEN`]
        // word or before a weekday: `later_cue` reads `وقت`, `لاحقا`, `later`, `earlier`
        // as words; the thirds and the rest, `اول`/`اخر` of `leading_week_rank` and
        // `اسبوع` are readings; `nth_weekday` needs a weekday after it.
        for w in ["وقت", "لاحقا", "later", "earlier"] {
            assert!(word_classes(w) & PART_OPEN != 0, "{w}");
        }
        for stem in PART_OPENING_WORDS
            .iter()
            .copied()
            .chain(["اول", "اخر", "اسبوع"])
        {
            for clitics in [
                "", "و", "ف", "ب", "ل", "ال", "وال", "بال", "فال", "لل", "وبال", "ك",
            ] {
                let w = format!("{clitics}{stem}");
                if lexicon::stems(&w).iter().any(|(s, _)| s == stem) {
                    assert!(word_classes(&w) & PART_OPEN != 0, "{w}");
                }
            }
        }
        // `relative::last_n` counts decades (`العقدين الماضيين`).
        for w in ["عقدين", "عقدان", "عقود", "العقود", "والعقدين"] {
            assert!(word_classes(w) & DECADES != 0, "{w}");
        }
        // `scan::read_piece` tries `periods::piece` only at a number, or with a unit or
        // one of these at the start or right after it (`هذا القرن`, `this weekend`).
        for w in [
            "اول",
            "الاول",
            "first",
            "اخر",
            "last",
            "غره",
            "العشر",
            "العشره",
            "القرن",
            "قرن",
            "عطله",
            "weekend",
            "second",
            "third",
            "fourth",
            "final",
            "النصف",
            "الثلث",
            "الربع",
            "العقد",
        ] {
            assert!(word_classes(w) & PERIOD != 0, "{w}");
        }
        for w in PERIOD_WORDS {
            assert_eq!(is_starter(w), classes(w) & !PERIOD != 0, "{w}");
        }
        // `clock::day_part` reads a part of the day (every stem `lexicon::day_part`
        // knows, as written in its `match`), `p`/`a` of `p.m.`, `منتصف النهار` and `وقت
        // الغداء` within three tokens of its start.
        #[rustfmt::skip]
        let parts = [
            "فجر", "فجرا", "dawn", "صباح", "صباحا", "صبحا", "صبح", "ضحي", "morning", "am",
            "ظهر", "ظهرا", "ظهيره", "noon", "midday", "عصر", "عصرا", "afternoon", "مساء",
            "مساءا", "مسا", "مغربا", "evening", "pm", "tonight", "ليل", "ليلا", "ليله", "night",
            "midnight",
        ];
        for w in parts {
            assert!(lexicon::day_part(w).is_some(), "{w}");
            assert!(classes(w) & (DAY_PART | PART_AFTER) != 0, "{w}");
        }
        for w in ["p", "a", "النهار", "الغداء", "الليل", "الظهيره", "العصر"]
        {
            assert!(word_classes(w) & (DAY_PART | PART_AFTER) != 0, "{w}");
        }
        for w in PART_AFTER_WORDS {
            assert_eq!(is_starter(w), classes(w) & !PART_AFTER != 0, "{w}");
        }
        // A unit of no other class starts nothing.
        for w in UNIT_AFTER_WORDS {
            assert_eq!(is_starter(w), classes(w) & !UNIT_AFTER != 0, "{w}");
        }
    }

    #[test]
    fn common_words_are_rejected() {
        for word in ["الحكومة", "وزارة", "مصادر", "government", "said"] {
            let word = rasid_text::normalize_str(word);
            assert_eq!(classes_of(&word, lexicon::stems(&word).iter()), 0, "{word}");
        }
    }

    proptest! {
        #[test]
        fn a_whole_word_has_the_classes_of_its_readings(
            word in "[وفبلكا]{0,4}[ء-يa-z]{0,7}"
        ) {
            prop_assert_eq!(word_classes(&word), classes_of(&word, lexicon::stems(&word).iter()));
        }

        #[test]
        fn both_readings_of_the_last_bytes_agree(word in "[ء-يa-z]{0,12}") {
            prop_assert_eq!(last_eight(word.as_bytes()), last_eight_fast(word.as_bytes()));
        }

        #[test]
        fn the_filter_never_denies_a_starter(word in "[وفبلكا]{0,4}[ء-يa-z]{0,7}") {
            let readings = lexicon::stems(&word);
            let all = readings.iter().fold(0, |acc, (s, _)| acc | classes(s));
            prop_assert_eq!(classes_of(&word, readings.iter()), all);
        }

        #[test]
        fn stems_cut_no_more_than_the_bound(word in "[وفبلكا]{0,6}[ء-ي]{0,6}") {
            for (s, _) in lexicon::stems(&word).iter() {
                prop_assert!(word.len() - s.len() <= lexicon::MAX_PROCLITIC_BYTES);
            }
        }
    }
}

//! The stems that can start a time expression: every other word is skipped with one
//! hash lookup, so the parser costs little on text that holds no times.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// FNV-1a: short keys, no need for a keyed hash against flooding in a fixed lexicon.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Month names, weekdays, parts of the day, units, relative words and cues, in matching
/// form and without clitics.
#[rustfmt::skip]
const WORDS: &[&str] = &[
    "حتي", "after", "before", "since", "until", "till",
    "يناير", "جانفي", "فبراير", "فيفري", "شباط", "اذار", "مارس", "ابريل", "افريل", "نيسان",
    "مايو", "ماي", "ايار", "يونيو", "يونيه", "جوان", "حزيران", "يوليو", "يوليه", "جويليه",
    "يوليوز", "تموز", "اغسطس", "اغشت", "اوت", "غشت", "اب", "سبتمبر", "ايلول", "شتنبر",
    "اكتوبر", "نوفمبر", "نونبر", "ديسمبر", "دجنبر", "كانون", "تشرين", "january", "jan",
    "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul",
    "august", "aug", "september", "sep", "sept", "october", "oct", "november", "nov",
    "december", "dec", "محرم", "صفر", "ربيع", "جمادي", "ذو", "ذي", "رجب", "شعبان", "رمضان",
    "شوال", "احد", "اثنين", "اثنان", "ثلاثاء", "ثلاثا", "اربعاء", "اربعا", "خميس", "جمعه",
    "سبت", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sun", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "فجر", "فجرا", "صباح",
    "صباحا", "صبحا", "صبح", "ضحي", "ظهر", "ظهرا", "ظهيره", "عصر", "عصرا", "مساء", "مساءا",
    "مسا", "مغرب", "مغربا", "عشاء", "ليل", "ليلا", "منتصف", "morning", "noon", "midday",
    "afternoon", "evening", "tonight", "night", "midnight", "dawn", "in", "ساعه", "يوم",
    "نهار", "هذا", "هذه", "هاد", "هذي", "هاي", "اول", "امس", "بارحه", "مبارح", "امبارح",
    "غدا", "غد", "بكره", "بكرا", "بعد", "قبل", "منذ", "شهر", "عام", "سنه", "عامي", "سنتي",
    "year", "years", "today", "yesterday", "tomorrow", "the", "last", "next", "this", "on",
    "at", "month", "week", "طوال", "طيله", "عده", "بضع", "بضعه", "نصف", "نص", "ربع", "ثلث",
    "مطلع", "اوائل", "بدايه", "مستهل", "early", "اواسط", "mid", "نهايه", "اواخر", "ختام",
    "late", "اخر", "past", "الان", "now", "شتاء", "صيف", "خريف", "winter", "spring",
    "summer", "autumn", "fall", "ليله", "tonight", "ثانيه", "ثانيتين", "ثانيتان", "ثوان",
    "ثواني", "دقيقه", "دقيقتين", "دقيقتان", "دقائق", "دقايق", "ساعتين", "ساعتان", "ساعات",
    "يومين", "يومان", "ايام", "اسبوع", "اسبوعين", "اسبوعان", "اسابيع", "شهرين", "شهران",
    "اشهر", "شهور", "سنتين", "سنتان", "عامين", "عامان", "سنوات", "سنين", "اعوام", "يوما",
    "اسبوعا", "شهرا", "عاما", "second", "seconds", "minute", "minutes", "hour", "hours",
    "day", "days", "weeks", "months",
];

static STARTERS: LazyLock<HashSet<&'static str, BuildHasherDefault<Fnv>>> =
    LazyLock::new(|| WORDS.iter().copied().collect());

/// Whether a stem can start a time expression.
pub(crate) fn is_starter(stem: &str) -> bool {
    STARTERS.contains(stem)
}

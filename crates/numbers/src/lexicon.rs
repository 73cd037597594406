//! Number words, in normalised form, and the clitics Arabic glues to them.
//!
//! Every entry is written as `rasid_text::normalize_str` leaves it (`ه` for `ة`, `ي` for
//! `ى`, bare `ا` for hamzated alefs), so lookups are plain `match`es on `&str` with no
//! allocation.

use rasid_text::{BuildWordHasher, WORD_HASH_SEED as SEED};
use std::collections::HashMap;
use std::sync::LazyLock;
use Form::{Dual, Plural, Single};
use Word::*;

/// Whether a scale word is singular (`الف`), dual (`الفين`) or plural (`الاف`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// `الف`, `مليون`: multiplied by what precedes, one when alone.
    Single,
    /// `الفان`, `مليونين`: two of the scale, never multiplied.
    Dual,
    /// `الاف`, `ملايين`: after 3 to 10; alone it is a vague figure.
    Plural,
}

/// What a number word means.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Word {
    /// 0 to 9 and `عشره` alone (10).
    Unit(u8),
    /// `احد`, `اثني`: 1 or 2, only before `عشر` (`احد عشر`).
    TeenUnit(u8),
    /// `عشر`, `عشره`: 10 alone, or the second half of 11 to 19.
    Ten,
    /// 11 to 19 in one word (colloquial `خمستاشر`, English `fifteen`).
    Teen(u8),
    /// 20 to 90.
    Tens(u8),
    /// 100 to 900 (`مائه`, `مئتين`, `ثلاثمائه`).
    Hundreds(u16),
    /// `مئات`: after a unit (`اربع مئات`) 400; alone a vague figure.
    HundredsPlural,
    /// Thousand and up.
    Scale(f64, Form),
    /// `الاول`, `الثالث`: 1 to 10 as a rank.
    Ordinal(u8),
    /// `الحادي`: 1 as a rank, only in compounds (`الحادي عشر`, `الحادي والعشرون`).
    OrdinalTeenUnit(u8),
    /// `twentieth`, `hundredth`: English ordinal of a round number.
    OrdinalRound(f64),
    /// `نصف`, `ربع`, `ثلث`, `ثلثان`.
    Fraction(f64),
    /// `نص`: colloquial half, only after `و` (`ساعه ونص`), since alone it means "text".
    HalfColloquial,
    /// `ارباع`, `اخماس`: the denominator, after a unit (`ثلاثه ارباع`).
    FractionPlural(u8),
    /// `دزينه`, `dozen`: twelve.
    Dozen,
    /// `دزينتين`: two dozen, twenty-four (a dual, never multiplied).
    DozenPair,
}

/// A number word found in a token, with the clitics glued before it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Lexeme {
    /// The word's meaning.
    pub word: Word,
    /// Starts with the conjunction `و` or `ف`.
    pub conj: bool,
    /// Carries the article `ال` (also inside `لل`, `بال`).
    pub definite: bool,
    /// Carries a preposition `ب` or `ل` (`ك` is left out: `كميه` is a word).
    pub preposition: bool,
}

/// Clitic prefixes, longest first, with (conjunction, definite, preposition).
const PREFIXES: &[(&str, bool, bool, bool)] = &[
    ("وال", true, true, false),
    ("فال", true, true, false),
    ("بال", false, true, true),
    ("لل", false, true, true),
    ("ال", false, true, false),
    ("و", true, false, false),
    ("ف", true, false, false),
    ("ب", false, false, true),
    ("ل", false, false, true),
];

/// Every number word with every clitic combination, built once: one hash lookup per token.
static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(build()));

/// The number words and a filter on their endings.
struct Lexicon {
    words: HashMap<Box<str>, Lexeme, BuildWordHasher>,
    /// A 65,536-bit filter over the last [`TAIL`] bytes (or all, when fewer) of every
    /// word: clitics are glued in front, so endings are few, and most tokens of a text
    /// are rejected by one bit test before any hashing.
    tails: Box<[u64; 1024]>,
}

/// The longest ending the filter of [`Lexicon`] compares.
const TAIL: usize = 6;

impl Lexicon {
    fn new(words: HashMap<Box<str>, Lexeme, BuildWordHasher>) -> Self {
        let mut tails = Box::new([0u64; 1024]);
        for w in words.keys() {
            let k = tail_key(w.as_bytes());
            if let Some(slot) = tails.get_mut(k / 64) {
                *slot |= 1 << (k % 64);
            }
        }
        Lexicon { words, tails }
    }

    /// The lexeme of a token that passed [`Lexicon::may_hold`]: apart, so that the
    /// test of the many tokens that do not stays small.
    #[inline(never)]
    fn get(&self, token: &str) -> Option<Lexeme> {
        self.words.get(token).copied()
    }

    /// Whether `token` may be a word of the lexicon (never false for one).
    #[inline]
    fn may_hold(&self, token: &str) -> bool {
        let k = tail_key(token.as_bytes());
        self.tails
            .get(k / 64)
            .is_some_and(|slot| slot & (1 << (k % 64)) != 0)
    }
}

/// The filter bit of the last [`TAIL`] bytes of `b` (all of them when fewer), with
/// their count.
#[inline]
fn tail_key(b: &[u8]) -> usize {
    let len = b.len().min(TAIL);
    let tail = match b.len().checked_sub(8).and_then(|at| b.get(at..)) {
        Some(eight) => eight.try_into().map_or(0, u64::from_le_bytes) >> (8 * (8 - TAIL)),
        None => b
            .get(b.len() - len..)
            .unwrap_or_default()
            .iter()
            .fold(0u64, |x, &byte| (x << 8) | u64::from(byte)),
    };
    let packed = tail ^ ((len as u64) << 56);
    (packed.wrapping_mul(SEED) >> 48) as usize
}

fn build() -> HashMap<Box<str>, Lexeme, BuildWordHasher> {
    let mut map = HashMap::with_capacity_and_hasher(8192, BuildWordHasher::default());
    let mut bare: Vec<(String, Word)> = Vec::new();
    for (words, word) in ARABIC {
        for w in *words {
            bare.push(((*w).to_string(), *word));
        }
    }
    for (stems, n) in STEMS {
        for stem in *stems {
            if *n >= 3 {
                for h in ["مائه", "مئه", "ميه", "مايه"] {
                    bare.push((format!("{stem}{h}"), Word::Hundreds(u16::from(*n) * 100)));
                }
            }
            for t in [
                "طعشر", "طاشر", "تاشر", "تعشر", "طعش", "تعش", "عشر", "عشره", "اشر", "عش", "اعشر",
            ] {
                bare.push((format!("{stem}{t}"), Word::Teen(10 + n)));
            }
        }
    }
    // Clitic forms first, so that a bare word that happens to start like a clitic
    // (`واحد`, `الف`) keeps its own meaning.
    for &(prefix, conj, definite, preposition) in PREFIXES {
        for (w, word) in &bare {
            // `لست`, `بست`: two-letter words take only the conjunction and the article.
            if w.chars().count() < 3 && !matches!(prefix, "و" | "ال" | "وال") {
                continue;
            }
            let lexeme = Lexeme {
                word: *word,
                conj,
                definite,
                preposition,
            };
            map.insert(format!("{prefix}{w}").into_boxed_str(), lexeme);
        }
    }
    for (w, word) in &bare {
        map.insert(w.clone().into_boxed_str(), Lexeme::bare(*word));
    }
    for (words, word) in ENGLISH {
        for w in *words {
            map.insert((*w).into(), Lexeme::bare(*word));
        }
    }
    map
}

impl Lexeme {
    fn bare(word: Word) -> Self {
        Lexeme {
            word,
            conj: false,
            definite: false,
            preposition: false,
        }
    }
}

/// Looks up an Arabic or English number word, with any Arabic clitics glued before it.
#[inline]
pub(crate) fn lookup(token: &str) -> Option<Lexeme> {
    if token.len() > 40 {
        return None;
    }
    let lexicon = &*LEXICON;
    if !lexicon.may_hold(token) {
        return None;
    }
    lexicon.get(token)
}

/// Every spelling [`lookup`] knows, clitics included.
pub(crate) fn words() -> impl Iterator<Item = &'static str> {
    let lexicon: &'static Lexicon = &LEXICON;
    lexicon.words.keys().map(|w| &**w)
}

/// Arabic number words without clitics, in normalised form.
const ARABIC: &[(&[&str], Word)] = &[
    (&["صفر"], Unit(0)),
    (&["واحد", "واحده"], Unit(1)),
    (
        &[
            "اثنان",
            "اثنين",
            "اثنتان",
            "اثنتين",
            "ثنتان",
            "ثنتين",
            "اتنين",
            "تنين",
            "اتنان",
        ],
        Unit(2),
    ),
    (&["ثلاث", "ثلاثه", "تلات", "تلاته", "ثلاثا"], Unit(3)),
    (&["اربع", "اربعه", "اربعا"], Unit(4)),
    (&["خمس", "خمسه", "خمسا"], Unit(5)),
    (&["ست", "سته", "ستا"], Unit(6)),
    (
        &[
            "ثمان",
            "ثماني",
            "ثمانيه",
            "تمان",
            "تماني",
            "تمانيه",
            "تمنيه",
            "ثمنيه",
            "ثمانيا",
        ],
        Unit(8),
    ),
    (&["سبع", "سبعه", "سبعا"], Unit(7)),
    (&["تسع", "تسعه", "تسعا"], Unit(9)),
    (&["عشر", "عشره", "عشرا"], Ten),
    (&["احد", "احدي"], TeenUnit(1)),
    (
        &[
            "اثني",
            "اثنا",
            "اثنتا",
            "اثنتي",
            "اتني",
            "اتنا",
            "ثنتا",
            "ثنتي",
        ],
        TeenUnit(2),
    ),
    (&["عشرون", "عشرين"], Tens(20)),
    (&["ثلاثون", "ثلاثين", "تلاتين", "تلاتون", "ثلاتين"], Tens(30)),
    (&["اربعون", "اربعين"], Tens(40)),
    (&["خمسون", "خمسين"], Tens(50)),
    (&["ستون", "ستين"], Tens(60)),
    (&["سبعون", "سبعين"], Tens(70)),
    (
        &["ثمانون", "ثمانين", "تمانين", "تمانون", "ثمنين", "تمنين"],
        Tens(80),
    ),
    (&["تسعون", "تسعين"], Tens(90)),
    (
        &["مائه", "مئه", "ميه", "مايه", "مءه", "مئا", "مائا"],
        Hundreds(100),
    ),
    (
        &[
            "مئتان",
            "مئتين",
            "مائتان",
            "مائتين",
            "مئتا",
            "مائتا",
            "مئتي",
            "مائتي",
            "مئتيان",
            "مائتيان",
        ],
        Hundreds(200),
    ),
    (&["مئات", "مءات", "ميات", "مايات"], HundredsPlural),
    (&["الف", "الفا"], Scale(1e3, Single)),
    (&["الفان", "الفين", "الفي"], Scale(1e3, Dual)),
    (&["الاف", "الوف"], Scale(1e3, Plural)),
    (&["مليون", "مليونا"], Scale(1e6, Single)),
    (&["مليونان", "مليونين", "مليوني"], Scale(1e6, Dual)),
    (&["ملايين"], Scale(1e6, Plural)),
    (&["مليار", "مليارا", "بليون", "بليونا"], Scale(1e9, Single)),
    (
        &["ملياران", "مليارين", "ملياري", "بليونان", "بليونين"],
        Scale(1e9, Dual),
    ),
    (&["مليارات", "بلايين", "بليونات"], Scale(1e9, Plural)),
    (
        &["تريليون", "ترليون", "تريليونا", "ترليونا"],
        Scale(1e12, Single),
    ),
    (&["تريليونان", "تريليونين", "ترليونين"], Scale(1e12, Dual)),
    (&["تريليونات", "ترليونات"], Scale(1e12, Plural)),
    (&["اول", "اولي"], Ordinal(1)),
    (&["ثاني", "ثانيه", "تاني", "تانيه"], Ordinal(2)),
    (&["ثالث", "ثالثه", "تالت", "تالته"], Ordinal(3)),
    (&["رابع", "رابعه"], Ordinal(4)),
    (&["خامس", "خامسه"], Ordinal(5)),
    (&["سادس", "سادسه"], Ordinal(6)),
    (&["سابع", "سابعه"], Ordinal(7)),
    (&["ثامن", "ثامنه", "تامن", "تامنه"], Ordinal(8)),
    (&["تاسع", "تاسعه"], Ordinal(9)),
    (&["عاشر", "عاشره"], Ordinal(10)),
    (&["حادي", "حاديه"], OrdinalTeenUnit(1)),
    (&["نصف"], Fraction(0.5)),
    (&["ربع"], Fraction(0.25)),
    (&["ثلث"], Fraction(1.0 / 3.0)),
    (&["ثلثان", "ثلثين", "ثلثي", "ثلثا"], Fraction(2.0 / 3.0)),
    (&["سدس"], Fraction(1.0 / 6.0)),
    (&["نص"], HalfColloquial),
    (&["اثلاث"], FractionPlural(3)),
    (&["ارباع"], FractionPlural(4)),
    (&["اخماس"], FractionPlural(5)),
    (&["اسداس"], FractionPlural(6)),
    (&["اسباع"], FractionPlural(7)),
    (&["اثمان"], FractionPlural(8)),
    (&["اتساع"], FractionPlural(9)),
    (&["اعشار"], FractionPlural(10)),
    (&["دزينه", "دسته", "دزينات", "دستات"], Dozen),
    (&["دزينتين", "دزينتان", "دستتين", "دستتان"], DozenPair),
];

/// Units that start run-together compounds: `ثلاثمائه`, `خمستاشر`, `ستطعش`.
const STEMS: &[(&[&str], u8)] = &[
    (&["احد", "حد", "احدي"], 1),
    (
        &[
            "اثن", "اتن", "اثنا", "اتنا", "اثني", "اتني", "طن", "اطن", "اطنا",
        ],
        2,
    ),
    (
        &["ثلاث", "ثلث", "تلات", "تلت", "ثلاثه", "تلاته", "تلتا", "ثلت"],
        3,
    ),
    (&["اربع", "اربعت", "اربعه", "اربعط", "ربع", "ربعت"], 4),
    (&["خمس", "خمست", "خمسه", "خمسط"], 5),
    (&["ست", "سط", "سته", "ستت"], 6),
    (&["سبع", "سبعت", "سبعه", "سبعط"], 7),
    (
        &[
            "ثمان",
            "ثماني",
            "ثمن",
            "تمان",
            "تمن",
            "تماني",
            "ثمنت",
            "تمنت",
            "ثمانيه",
        ],
        8,
    ),
    (&["تسع", "تسعت", "تسعه", "تسعط"], 9),
];

/// English number words (lowercase, as normalisation leaves them).
const ENGLISH: &[(&[&str], Word)] = &[
    (&["zero"], Unit(0)),
    (&["one"], Unit(1)),
    (&["two"], Unit(2)),
    (&["three"], Unit(3)),
    (&["four"], Unit(4)),
    (&["five"], Unit(5)),
    (&["six"], Unit(6)),
    (&["seven"], Unit(7)),
    (&["eight"], Unit(8)),
    (&["nine"], Unit(9)),
    (&["ten"], Teen(10)),
    (&["eleven"], Teen(11)),
    (&["twelve"], Teen(12)),
    (&["thirteen"], Teen(13)),
    (&["fourteen"], Teen(14)),
    (&["fifteen"], Teen(15)),
    (&["sixteen"], Teen(16)),
    (&["seventeen"], Teen(17)),
    (&["eighteen"], Teen(18)),
    (&["nineteen"], Teen(19)),
    (&["twenty"], Tens(20)),
    (&["thirty"], Tens(30)),
    (&["forty", "fourty"], Tens(40)),
    (&["fifty"], Tens(50)),
    (&["sixty"], Tens(60)),
    (&["seventy"], Tens(70)),
    (&["eighty"], Tens(80)),
    (&["ninety"], Tens(90)),
    (&["hundred"], Hundreds(100)),
    (&["hundreds"], HundredsPlural),
    (&["thousand"], Scale(1e3, Single)),
    (&["thousands"], Scale(1e3, Plural)),
    (&["million"], Scale(1e6, Single)),
    (&["millions"], Scale(1e6, Plural)),
    (&["billion"], Scale(1e9, Single)),
    (&["billions"], Scale(1e9, Plural)),
    (&["trillion"], Scale(1e12, Single)),
    (&["first"], Ordinal(1)),
    (&["second"], Ordinal(2)),
    (&["third"], Ordinal(3)),
    (&["fourth"], Ordinal(4)),
    (&["fifth"], Ordinal(5)),
    (&["sixth"], Ordinal(6)),
    (&["seventh"], Ordinal(7)),
    (&["eighth"], Ordinal(8)),
    (&["ninth"], Ordinal(9)),
    (&["tenth"], OrdinalRound(10.0)),
    (&["eleventh"], OrdinalRound(11.0)),
    (&["twelfth"], OrdinalRound(12.0)),
    (&["thirteenth"], OrdinalRound(13.0)),
    (&["fourteenth"], OrdinalRound(14.0)),
    (&["fifteenth"], OrdinalRound(15.0)),
    (&["sixteenth"], OrdinalRound(16.0)),
    (&["seventeenth"], OrdinalRound(17.0)),
    (&["eighteenth"], OrdinalRound(18.0)),
    (&["nineteenth"], OrdinalRound(19.0)),
    (&["twentieth"], OrdinalRound(20.0)),
    (&["thirtieth"], OrdinalRound(30.0)),
    (&["fortieth"], OrdinalRound(40.0)),
    (&["fiftieth"], OrdinalRound(50.0)),
    (&["sixtieth"], OrdinalRound(60.0)),
    (&["seventieth"], OrdinalRound(70.0)),
    (&["eightieth"], OrdinalRound(80.0)),
    (&["ninetieth"], OrdinalRound(90.0)),
    (&["hundredth"], OrdinalRound(100.0)),
    (&["thousandth"], OrdinalRound(1000.0)),
    (&["millionth"], OrdinalRound(1e6)),
    (&["half"], Fraction(0.5)),
    (&["quarter"], Fraction(0.25)),
    (&["thirds"], FractionPlural(3)),
    (&["quarters"], FractionPlural(4)),
    (&["fifths"], FractionPlural(5)),
    (&["dozen"], Dozen),
];

/// The denominator a cardinal word also names as a fraction: `خمس` is five and a fifth,
/// `عشر` ten and a tenth (unvowelled, only grammar tells them apart). A glued
/// conjunction or preposition is allowed (`وخمس`, `بعشر`). `سبع` and `تسع` are left out:
/// before a definite noun they are far more often a lion or a place (`سبع البور`) and a
/// verb (`تسع الطائره 100 راكب`) than a seventh or a ninth.
pub(crate) fn fraction_homograph(word: &str) -> Option<u8> {
    let bare = |w: &str| match w {
        "خمس" => Some(5),
        "عشر" => Some(10),
        _ => None,
    };
    bare(word).or_else(|| {
        let c = word.chars().next()?;
        if matches!(c, 'و' | 'ف' | 'ب' | 'ل') {
            bare(word.get(c.len_utf8()..)?)
        } else {
            None
        }
    })
}

/// Whether a word carries the article (`الفطيره`, `للسكان`, `والمقاتلين`): a fraction
/// word before such a noun is in construct with it (`خمس السكان`, a fifth of the
/// population), while a cardinal from three to ten takes an indefinite plural.
pub(crate) fn is_definite_noun(word: &str) -> bool {
    if let Some(l) = lookup(word) {
        // `الاف`, `الف` start like the article but are bare scale words.
        return l.definite;
    }
    if matches!(
        word,
        "الي"
            | "الا"
            | "الان"
            | "الذي"
            | "التي"
            | "الذين"
            | "اللذين"
            | "اللتين"
            | "اللواتي"
            | "اللاتي"
            | "اللتي"
    ) {
        return false;
    }
    let rest = ["ال", "وال", "فال", "بال", "لل"]
        .iter()
        .find_map(|p| word.strip_prefix(p));
    rest.is_some_and(|r| r.chars().count() >= 2)
}

/// Month names (normalised), which make a neighbouring four-digit number a year and a
/// small one a day of the month.
pub(crate) fn is_month(w: &str) -> bool {
    matches!(
        w,
        "يناير"
            | "فبراير"
            | "مارس"
            | "ابريل"
            | "مايو"
            | "يونيو"
            | "يونيه"
            | "يوليو"
            | "يوليه"
            | "اغسطس"
            | "سبتمبر"
            | "اكتوبر"
            | "نوفمبر"
            | "ديسمبر"
            | "كانون"
            | "شباط"
            | "اذار"
            | "نيسان"
            | "ايار"
            | "حزيران"
            | "تموز"
            | "اب"
            | "ايلول"
            | "تشرين"
            | "محرم"
            | "ربيع"
            | "جمادي"
            | "رجب"
            | "شعبان"
            | "رمضان"
            | "شوال"
            | "القعده"
            | "الحجه"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// Words before a number that make it a year: `عام 2019`, `in 2015`.
pub(crate) fn is_year_word(w: &str) -> bool {
    is_year_noun(w)
        || matches!(
            w,
            "بسنه"
                | "منذ"
                | "ومنذ"
                | "حتي"
                | "مطلع"
                | "اواخر"
                | "اوائل"
                | "اواسط"
                | "منتصف"
                | "نهايه"
                | "بدايه"
                | "خلال"
                | "موسم"
                | "في"
                | "وفي"
                | "in"
                | "since"
                | "until"
                | "during"
                | "by"
                | "early"
                | "late"
                | "mid"
        )
}

/// The nouns "year" (`عام`, `سنة`, `عامي`): a four-digit number after them is a year
/// even outside the modern range (`عام 1258`).
pub(crate) fn is_year_noun(w: &str) -> bool {
    matches!(
        w,
        "عام"
            | "العام"
            | "لعام"
            | "بعام"
            | "وعام"
            | "سنه"
            | "السنه"
            | "لسنه"
            | "year"
            | "عامي"
    )
}

/// Words before a number that make it a reference, not a count: `القرار 2254`.
pub(crate) fn is_reference_word(w: &str) -> bool {
    let w = w
        .strip_prefix("وال")
        .or_else(|| w.strip_prefix("بال"))
        .or_else(|| w.strip_prefix("لل"))
        .or_else(|| w.strip_prefix("ال"))
        .unwrap_or(w);
    matches!(
        w,
        "صفحه"
            | "ماده"
            | "قرار"
            | "قانون"
            | "مرسوم"
            | "فقره"
            | "بند"
            | "رقم"
            | "فصل"
            | "حلقه"
            | "لواء"
            | "فرقه"
            | "كتيبه"
            | "طريق"
            | "page"
            | "pages"
            | "article"
            | "resolution"
            | "law"
            | "no"
            | "number"
            | "decree"
            | "paragraph"
            | "chapter"
            | "section"
            | "route"
            | "highway"
            | "flight"
            | "brigade"
            | "division"
            | "p"
    )
}

/// Whether a word starts with the conjunction `و` glued to it.
pub(crate) fn starts_with_and(word: &str) -> bool {
    word.starts_with('و') && word.chars().count() > 2
}

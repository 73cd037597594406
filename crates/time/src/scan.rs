//! The walk over the tokens: pieces, merged into expressions, joined into intervals,
//! resolved into mentions.

use crate::cursor::Cursor;
use crate::interval::{inherit, interval, interval_mention, is_dated, opens_interval, range_after};
use crate::lexicon::{self, DayPart};
use crate::resolve::{resolve, Fields, Window};
use crate::starters::{
    Classes, CLOCK_CUE, CUE, CURRENT, DAY_PART, DECADE_WORD, EARLY_LATE, FIRST, HIJRI, MONTH,
    NUMBER, ONE, PART_AFTER, PART_OPEN, PERIOD, RELATIVE_DAY, SEASON, STARTS, UNIT, UNIT_AFTER,
    WEEKDAY, YEAR_CUE,
};
use crate::{clock, dates, duration, relative};
use crate::{DurationUnit, Precision, TimeFlag, TimeKind, TimeMention, TimeOptions};
use rasid_numbers::NumberMention;
use rasid_text::{Normalized, Token, TokenKind};

type PieceFn = fn(&Cursor, usize) -> Option<(usize, Fields)>;

/// One piece rule and when it is worth trying.
struct PieceRule {
    /// The classes of word it can start on.
    starts: Classes,
    /// The classes one of its first words must have (0: any)...
    needs: Classes,
    /// ...up to this many tokens after the start.
    reach: usize,
    /// At a number and nothing else, the classes one of the three tokens after the
    /// number must have (0: any).
    after_number: Classes,
    /// At digits and nothing else, whether what follows may complete the rule.
    at_digits: Option<fn(&Cursor, usize) -> bool>,
    /// The rule itself.
    rule: PieceFn,
}

/// A rule tried wherever it can start.
const fn always(starts: Classes, rule: PieceFn) -> PieceRule {
    gated(starts, 0, 0, 0, rule)
}

/// A rule tried only where the words near its start have the classes it reads.
const fn gated(
    starts: Classes,
    needs: Classes,
    reach: usize,
    after_number: Classes,
    rule: PieceFn,
) -> PieceRule {
    PieceRule {
        starts,
        needs,
        reach,
        after_number,
        at_digits: None,
        rule,
    }
}

/// Whether a clock reading may follow digits at `i` alone (no `الساعة` before them):
/// [`clock::clock`] reads one only with punctuation after the digits (`9:30`, `9.30`,
/// `14,30 GMT`), a minute unit (`ثلاث دقائق قبل`), universal time (`0300 GMT`), a part of
/// the day (`7 مساء`, `340 مساء`, `7 p.m.`, `10 am`, `1 بعد منتصف الليل`, `7 هذا
/// المساء`) within three tokens, or minutes (`7 ونصف`, `7 و45`, `7 الا ربع`, `7 o'clock`).
/// Digits are never a rank, so no other path of the clock reads them.
fn clock_may_follow_digits(c: &Cursor, i: usize) -> bool {
    let Some(e) = c.figure(i).map(|f| f.end) else {
        return false;
    };
    let punct = |k: usize| c.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Punct);
    if punct(i + 1) || punct(e) {
        return true;
    }
    if (i + 1..=e + 3).any(|k| c.classes(k) & (DAY_PART | PART_AFTER) != 0)
        || c.classes(e) & (UNIT | UNIT_AFTER) != 0
    {
        return true;
    }
    clock_word_after_digits(c, i, e)
}

/// The words after digits `i` (whose figure ends at `e`) that make them a clock time
/// and have no class of their own: minutes after `و`, fractions (`7 ونصف`, `7 الا
/// ربع`), `o'clock`, and time zones (`7 بتوقيت غرينتش`).
fn clock_word_after_digits(c: &Cursor, i: usize, e: usize) -> bool {
    let w = c.word(e);
    if w.is_empty() && c.word(i + 1).is_empty() {
        // No word after the digits: none of the words below.
        return false;
    }
    w.starts_with('و')
        || lexicon::fraction(w).is_some()
        || matches!(w, "and" | "الا" | "o")
        || is_time_zone(c.word(i + 1))
}

/// The words of universal time after a clock time (`0300 GMT`, `7 بتوقيت غرينتش`).
fn is_time_zone(w: &str) -> bool {
    matches!(
        w,
        "gmt" | "utc" | "غرينتش" | "جرينتش" | "تغ" | "ت" | "بتوقيت" | "توقيت"
    )
}

/// How many tokens after a figure [`counts_only`] looks for a word of time: more than
/// any rule reads after one (the amount of `relative::offset` reaches five).
const DIGITS_REACH: usize = 6;

/// Whether the number at `i` counts something and starts nothing (`قتل 25 شخصا`, `بنسبة
/// 40 في المئة`, `للمرة الأولى`): numbers are the commonest starts in news, and the
/// dearest to reject rule by rule. Every reading that opens on a number needs, after
/// it, a word of time ([`starters`] classes: a month, a unit, a part of the day ...)
/// within [`DIGITS_REACH`] tokens of the figure, punctuation (`9:30`, `12/3/2022`, `5-7
/// آذار`), a clock word ([`clock_word_after_digits`]), or a year's own figure (1000 to
/// 2200, or three or four digits before a Hijri marker). Debug builds check each
/// rejection against every rule.
fn counts_only(c: &Cursor, i: usize) -> bool {
    // `9:30`, `12/3`, `5-7 آذار`, and with digits glued after, `12.3.2022` and `14,30`
    // (a point or comma inside the figure is its decimal part: `2.80 %`, whose
    // readings as a clock need a word after it); not a percent sign, a bracket, a quote
    // or a full stop ending the sentence.
    let joins = |k: usize| match c.tokens.get(k) {
        Some(t) if t.kind == TokenKind::Punct => match t.first_char(c.text) {
            ':' | '/' | '-' => true,
            '.' | ',' => c
                .tokens
                .get(k + 1)
                .is_some_and(|d| d.kind == TokenKind::Digits && !d.space_before),
            _ => false,
        },
        _ => false,
    };
    // What may follow the figure ending at `e`: `ل` before a second hour (`من 5 ل 7`,
    // `من الستة للسبعة`: a range of counts takes `الى`), or a word of time within
    // reach, where reach starts again after every other number (`من 5 الى 7 من شهر
    // آذار`, `12 و13 و14 آذار`), since a second number means nothing alone either.
    let word_of_time_after = |e: usize| {
        let w = c.word(e);
        if matches!(w, "ل" | "لل") || w.starts_with("لل") {
            return true;
        }
        let mut last = e + DIGITS_REACH;
        let mut k = e;
        while k <= last {
            let classes = c.classes(k);
            if classes & TIME_AFTER_DIGITS & !NUMBER != 0 {
                return true;
            }
            if classes & NUMBER != 0 {
                // A second number written as a clock time or a date (`من 1 الى 3:30`).
                if joins(k + 1) {
                    return true;
                }
                last = k + DIGITS_REACH;
            }
            k += 1;
        }
        false
    };
    let time_after = |e: usize| {
        joins(e)
            || clock_word_after_digits(c, i, e)
            || clock_word_after_digits(c, i, i + 1)
            || is_time_zone(c.word(e))
            || word_of_time_after(e)
    };
    let Some((value, n)) = c.digits(i) else {
        // A number word and nothing else (`الأولى`, `ثلاثة`), not a year in words.
        return c.classes(i) == NUMBER
            && c.figure(i).is_some_and(|f| {
                !f.int().is_some_and(|v| (1000..=2200).contains(&v)) && !time_after(f.end)
            });
    };
    if (n == 4 && (1000..=2200).contains(&value))
        || ((3..=4).contains(&n) && lexicon::is_hijri_marker(c.word(i + 1)))
    {
        return false;
    }
    if c.is_punct(i + 1, ':') || c.is_punct(i + 1, '/') || c.is_punct(i + 1, '-') {
        return false;
    }
    let mut e = c.figure(i).map_or(i + 1, |f| f.end);
    let glued = |k: usize| c.tokens.get(k).is_some_and(|t| !t.space_before);
    if e == i + 1
        && (c.is_punct(i + 1, '.') || c.is_punct(i + 1, ','))
        && glued(i + 1)
        && c.is_digits(i + 2)
        && glued(i + 2)
    {
        // Digits, a point and digits that the figure leaves out (`2.47 في المئة`, read
        // as a percentage): a decimal, unless a second separator makes it a date
        // (`12.3.2022`).
        if glued(i + 3) && ['.', '/', '-'].iter().any(|&p| c.is_punct(i + 3, p)) {
            return false;
        }
        e = i + 3;
    }
    !time_after(e)
}

/// The classes [`counts_only`] looks for after digits: all but those of words that only
/// open or join an expression (`بعد`, `هذا`, `حتى`, `الساعة`, `مطلع`), which no reading
/// of digits needs after them without a word of time further on.
const TIME_AFTER_DIGITS: Classes = !(CUE | EARLY_LATE | CLOCK_CUE | PART_OPEN);

/// How many tokens after a cue [`cue_alone`] looks for a word of time: more than any
/// rule reads after one (`قبل أكثر من عدة أيام` reaches four).
const CUE_REACH: usize = 6;

/// Whether word `i` is a cue and nothing else (`بعد`, `هذا`, `قبل`, `حتى`, `منذ`) with no
/// word of time after it (`بعد ذلك`, `هذا المشروع`): every rule that opens on a cue reads
/// a word of another class (a unit, a number, a month, a day's name ...) within
/// [`CUE_REACH`] tokens. Debug builds check each rejection against every rule.
fn cue_alone(c: &Cursor, i: usize) -> bool {
    c.classes(i) == CUE && (i + 1..=i + CUE_REACH).all(|k| c.classes(k) & !CUE == 0)
}

/// Whether the start at `i` can be passed over unread: digits that count something
/// ([`counts_only`]) or a cue alone ([`cue_alone`]), the commonest starts of news text,
/// and the dearest to reject rule by rule.
fn starts_nothing(c: &Cursor, i: usize) -> bool {
    cue_alone(c, i) || counts_only(c, i)
}

/// The piece rules, most specific first, each with the classes of word it can start on
/// and the classes of word it needs near. A rule that needs a day's name (`امس`,
/// `الخميس`, `الصيف`), a number, a month or a unit within its first words is not tried
/// on a cue (`قبل`, `هذا`, `the`) that has none after it, and one that needs a month or
/// a unit after a number not on a number with none after it: most cues and numbers of
/// a text are such. The tests `gates_hold_what_their_rules_read` (in `starters`) and
/// `only_number_tokens_hold_figures` (in `cursor`) check the words behind each gate.
const PIECES: [PieceRule; 13] = [
    // `اليوم الثالث`: a rank right after `اليوم`.
    gated(CUE, NUMBER, 3, 0, relative::event_day),
    // `السبعينيات`, `the seventies` ([`DECADE_WORD`]).
    always(DECADE_WORD, dates::decade),
    gated(SEASON | CUE, SEASON, 3, 0, dates::season),
    always(NUMBER, dates::numeric_date),
    // Every reading is a figure or digits (a number token) or `واحده`, at most two
    // tokens after `الساعة (`.
    // It opens on `الساعة`, `at` or ISO's `T` ([`CLOCK_CUE`]), or on the hour itself.
    PieceRule {
        at_digits: Some(clock_may_follow_digits),
        ..gated(CLOCK_CUE | NUMBER | ONE, NUMBER | ONE, 3, 0, clock::clock)
    },
    // A month name, or `شهر` and a figure, at most three tokens after `أول من`; after a
    // day's number, the month or `شهر` (a cue) within two tokens (`15 من شهر يناير`).
    gated(
        MONTH | HIJRI | CUE | NUMBER,
        MONTH | HIJRI | NUMBER,
        3,
        MONTH | HIJRI | CUE,
        dates::day_month,
    ),
    // A figure or `أول` as the day, at most one token after `يوم`; after the day,
    // `الجاري` or a period of one month within two tokens (`20 من الشهر المقبل`).
    gated(
        CUE | NUMBER,
        NUMBER | FIRST,
        3,
        UNIT | UNIT_AFTER | CURRENT,
        dates::day_of_month,
    ),
    // Digits or a figure, at most one token after `عام`.
    // At a word, `عام`, `سنة` or `year` ([`YEAR_CUE`]).
    gated(YEAR_CUE | NUMBER, NUMBER, 3, 0, dates::year),
    // `اليوم` is read as a unit's name.
    gated(
        RELATIVE_DAY | CUE,
        RELATIVE_DAY | UNIT,
        3,
        0,
        relative::relative_day,
    ),
    gated(WEEKDAY | CUE, WEEKDAY, 3, 0, relative::weekday),
    // A unit of one, at most one token after `هذا` or `last`.
    gated(UNIT | CUE, UNIT | UNIT_AFTER, 3, 0, relative::period),
    // An amount: a figure, or a unit, at most five tokens after `قبل أكثر من عدة`; the
    // unit right after a number.
    gated(
        CUE | NUMBER | UNIT,
        NUMBER | UNIT | UNIT_AFTER,
        5,
        UNIT | UNIT_AFTER,
        relative::offset,
    ),
    // A part of the day, or `p.m.`, `النهار` of `منتصف النهار`, `الغداء` of `وقت
    // الغداء`, at most three tokens after `هذا منتصف`, `in the`.
    gated(DAY_PART | CUE, DAY_PART | PART_AFTER, 3, 0, clock::day_part),
];

/// The first piece rule that reads something at `i`.
pub(crate) fn first_piece(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let classes = c.classes(i);
    if classes & STARTS == 0 {
        return None;
    }
    let near = classes | c.classes(i + 1) | c.classes(i + 2) | c.classes(i + 3);
    let far = std::cell::OnceCell::new();
    let within = |reach: usize| {
        if reach <= 3 {
            near
        } else {
            *far.get_or_init(|| (4..=reach).fold(near, |acc, k| acc | c.classes(i + k)))
        }
    };
    // At a number alone: the classes of the three tokens after it (none without a
    // figure: the gated rules read one).
    let after_number = (classes == NUMBER).then(|| {
        c.figure(i).map_or(0, |f| {
            c.classes(f.end) | c.classes(f.end + 1) | c.classes(f.end + 2)
        })
    });
    let admits = |p: &PieceRule| {
        p.starts & classes != 0
            && (p.needs == 0 || p.needs & within(p.reach) != 0)
            && (p.after_number == 0 || after_number.is_none_or(|a| p.after_number & a != 0))
            && (after_number.is_none() || !c.is_digits(i) || p.at_digits.is_none_or(|ok| ok(c, i)))
    };
    // The rules one after another, each a constant: a direct call and a branch of its
    // own for each, where a loop over the table made one indirect call whose target
    // the processor kept guessing wrong.
    macro_rules! first_of {
        ($($k:literal)*) => {{
            $({
                const RULE: &PieceRule = &PIECES[$k];
                if admits(RULE) {
                    if let Some(found) = (RULE.rule)(c, i) {
                        return Some(found);
                    }
                }
            })*
            None
        }};
    }
    const _: () = assert!(PIECES.len() == 13, "first_piece lists every rule of PIECES");
    first_of!(0 1 2 3 4 5 6 7 8 9 10 11 12)
}

/// One piece at `i`, also after a leading `يوم` (`يوم 20 يناير`).
fn piece(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    if !c.can_start(i) {
        return None;
    }
    c.remembered_piece(i, || read_piece(c, i))
}

/// [`piece`], read from the tokens.
fn read_piece(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    // `أسبوع 15 سبتمبر`: the week holding a day (at `أسبوع`, a unit).
    if c.classes(i) & UNIT != 0 {
        if let Some(found) = crate::week_of_day::week_holding_day(c, i) {
            return Some(found);
        }
    }
    // `خميس، 06 مايو`: a weekday without its article before a date.
    if c.classes(i) & WEEKDAY != 0 {
        if let Some(found) = crate::week_of_day::bare_weekday_before_date(c, i) {
            return Some(found);
        }
    }
    // Every piece of `periods` opens on a word or an ordinal (none on digits): an edge,
    // a part or a unit (`أول`, `النصف`, `الأيام`), or `هذا`, `this` before one.
    let period = !c.is_digits(i)
        && ((c.classes(i) | c.classes(i + 1)) & (PERIOD | UNIT | UNIT_AFTER) != 0
            || c.classes(i) & NUMBER != 0);
    if let Some(found) = period.then(|| crate::periods::piece(c, i)).flatten() {
        return Some(found);
    }
    // The words that open a part of a period (`مطلع`, `الاسبوع`) are all cues: at any
    // other word only `ثالث خميس من الشهر` can start there.
    // Of the cues, only those of [`PART_OPEN`] open one, unless a weekday follows
    // (`أول خميس`, `ثالث جمعة`).
    let period = if c.classes(i) & CUE != 0 {
        (c.classes(i) & PART_OPEN != 0 || weekday_follows(c, i))
            .then(|| part_of_period(c, i))
            .flatten()
    } else {
        weekday_follows(c, i).then(|| nth_weekday(c, i)).flatten()
    };
    if let Some(found) = period {
        return Some(found);
    }
    // It opens on `وقت`, `أواخر`, `أول` or `ساعات` ([`EARLY_LATE`]).
    let early_or_late = c.classes(i) & EARLY_LATE != 0;
    if let Some(found) = early_or_late.then(|| clock::early_or_late(c, i)).flatten() {
        return Some(found);
    }
    if let Some(found) = first_piece(c, i) {
        return Some(found);
    }
    // `يوم` is a unit: no other word has this reading.
    if c.classes(i) & UNIT != 0
        && c.lookup(i, |s, article| (s == "يوم" && !article).then_some(()))
            .is_some()
    {
        return dates::day_month(c, i + 1).or_else(|| dates::numeric_date(c, i + 1));
    }
    None
}

/// Whether a weekday follows at `i + 1` or after `يوم` (`ثالث خميس`, `ثاني يوم جمعة`), as
/// [`nth_weekday`] reads one.
fn weekday_follows(c: &Cursor, i: usize) -> bool {
    (c.classes(i + 1) | c.classes(i + 2)) & WEEKDAY != 0
}

/// `مطلع العام الجاري`, `أواخر الشهر الماضي`, `منتصف آذار`, `نهاية 2019`: a third of a
/// month, year or week; `الأسبوع الأول من عام 2015`: one of its weeks. Its opening
/// words must stay [`CUE`] starters (`piece` asks only at a cue).
fn part_of_period(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let later = later_cue(c, i);
    let third = if let Some((_, part)) = later {
        Some(part)
    } else {
        c.lookup(i, |s, _| match s {
            "مطلع" | "اوائل" | "بدايه" | "مستهل" | "early" => Some(0),
            "منتصف" | "اواسط" | "mid" => Some(1),
            "نهايه" | "اواخر" | "ختام" | "late" => Some(2),
            "بقيه" | "باقي" | "rest" => Some(3),
            _ => None,
        })
    };
    if third.is_none() {
        if let Some(found) = nth_weekday(c, i) {
            return Some(found);
        }
    }
    // `الأسبوع الأول من عام 2015`, `الأسبوع الأخير من الشهر الماضي`.
    let week = if third.is_none() {
        if let Some(found) = leading_week_rank(c, i) {
            Some(found)
        } else {
            c.lookup(i, |s, article| (s == "اسبوع" && article).then_some(()))?;
            if c.word(i + 1) == "الاخير" {
                Some((i + 2, 0))
            } else {
                let f = c.figure(i + 1).filter(|f| f.ordinal)?;
                let n = i8::try_from(f.int()?)
                    .ok()
                    .filter(|n| (1..=5).contains(n))?;
                Some((f.end, n))
            }
        }
    } else {
        None
    };
    let mut j = match (week, later) {
        (_, Some((after, _))) => after,
        (Some((after, _)), _) if c.word(after) == "من" => after + 1,
        (Some((after, _)), _) => after,
        (None, None) => i + 1,
    };
    if c.is_punct(j, '-') {
        j += 1;
    }
    // `نهاية فصل الشتاء الماضي`: the word for season before a season's name.
    if third.is_some() && c.word(j) == "فصل" && dates::season(c, j + 1).is_some() {
        j += 1;
    }
    // `بقية الأسبوع`, `باقي الشهر`, `بقية اليوم`: the current one.
    let bare_period = || {
        let (unit, _) = c.lookup(j, |s, article| {
            article
                .then(|| lexicon::unit(s))
                .flatten()
                .filter(|&(_, n)| n == lexicon::UnitCount::One)
        })?;
        let fields = match unit {
            DurationUnit::Day => Fields {
                relative_day: Some(0),
                ..Fields::default()
            },
            _ => Fields {
                relative_period: Some((unit, 0)),
                ..Fields::default()
            },
        };
        Some((j + 1, fields))
    };
    let (end, mut fields) = first_piece(c, j)
        .or_else(|| {
            if third == Some(3) {
                bare_period()
            } else {
                None
            }
        })
        .or_else(|| crate::periods::piece(c, j))
        // `منذ بداية العام`, `الأسبوع الثاني من الشهر`: the current one.
        .or_else(bare_period)
        // `بقية يومنا`, `نهاية أسبوعي`: only after a part word.
        .or_else(|| third.and_then(|_| crate::week_of_day::possessed_period(c, j)))?;
    if matches!(third, Some(3 | 4)) && fields.relative_day == Some(0) && fields.hour.is_none() {
        fields.part = third;
        return Some((end, fields));
    }
    let other_cue = later.is_some() || week.is_some();
    if let Some(found) = part_of_one_day(c, third, other_cue, (j, end), fields) {
        return Some(found);
    }
    let coarse = fields.day.is_none()
        && fields.hour.is_none()
        && fields.day_part.is_none()
        && fields.weekday.is_none()
        && fields.relative_day.is_none()
        && fields.offset.is_none()
        && (fields.month.is_some()
            || fields.year.is_some()
            || (fields.season.is_some() && week.is_none())
            || (fields.decade.is_some() && week.is_none())
            || (fields.century.or(fields.century_shift).is_some() && week.is_none())
            || matches!(
                fields.relative_period,
                Some((
                    DurationUnit::Week | DurationUnit::Month | DurationUnit::Year,
                    _
                ))
            ));
    // Later in a past or coming period is no part of what remains after the reference.
    if !coarse || (later.is_some() && !matches!(fields.relative_period, Some((_, 0)))) {
        return None;
    }
    match week {
        Some((_, n)) => fields.week_of = Some(n),
        None => fields.part = third,
    }
    Some((end, fields))
}

/// `أول أسبوع من يناير`, `آخر أسبوع من العام`: the rank before an indefinite `أسبوع`
/// that a period follows. Returns (end, week: 1 for the first, 0 for the last).
fn leading_week_rank(c: &Cursor, i: usize) -> Option<(usize, i8)> {
    let n = c.lookup(i, |s, article| match (s, article) {
        ("اول", false) => Some(1),
        ("اخر", false) => Some(0),
        _ => None,
    })?;
    c.lookup(i + 1, |s, article| (s == "اسبوع" && !article).then_some(()))?;
    matches!(c.word(i + 2), "من" | "في").then_some((i + 3, n))
}

/// `نهاية يوم الخميس`, `منتصف الغد`: the end of one named day is its evening and its
/// middle is noon (`حتى نهاية يوم الخميس 5 ذي القعدة` ends with that day). Its start is
/// left alone: `منذ بداية اليوم` may count from midnight or from the morning. Not after
/// `وقت لاحق` or a week rank, which ask for a longer period, nor before the rank of a
/// day (`نهاية اليوم الـ15 من سبتمبر`), nor for `البارحة`, a night (`منتصف البارحة` is
/// midnight).
fn part_of_one_day(
    c: &Cursor,
    third: Option<i8>,
    other_cue: bool,
    (start, end): (usize, usize),
    mut fields: Fields,
) -> Option<(usize, Fields)> {
    if c.stem_is(start, &["البارحه", "بارحه"]) || c.word(end) == "ال" || c.figure(end).is_some()
    {
        return None;
    }
    let part = match third? {
        1 => DayPart::Noon,
        2 => DayPart::Evening,
        _ => return None,
    };
    // A day and month alone are left out: `نهاية ايار 25` more often counts after the
    // month than names its day.
    let one_day = fields.relative_day.is_some() || fields.weekday.is_some();
    let bare_day = fields.hour.is_none()
        && fields.day_part.is_none()
        && fields.offset.is_none()
        && fields.event_day.is_none()
        && fields.part.is_none();
    if other_cue || !one_day || !bare_day {
        return None;
    }
    fields.day_part = Some(part);
    Some((end, fields))
}

/// `في وقت لاحق من هذا الشهر`, `لاحقا في هذا الأسبوع`, `later this year`: later in the
/// current period is what remains of it, as `بقية` (part 3); `في وقت سابق من هذا الشهر`,
/// `earlier today`: earlier in it is what passed of it (part 4). Returns where the period
/// starts, and the part.
fn later_cue(c: &Cursor, i: usize) -> Option<(usize, i8)> {
    let (after, part) = match c.word(i) {
        "وقت" if c.word(i + 1) == "لاحق" => (i + 2, 3),
        "وقت" if c.word(i + 1) == "سابق" => (i + 2, 4),
        "لاحقا" | "later" => (i + 1, 3),
        "earlier" => (i + 1, 4),
        _ => return None,
    };
    let at = match c.word(after) {
        "من" | "في" | "in" => after + 1,
        _ => after,
    };
    Some((at, part))
}

/// `آخر خميس من شهر شباط`, `أول اثنين من الشهر الماضي`, `ثالث جمعة من شهر 5`: the Nth
/// (or last) weekday of a month.
fn nth_weekday(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let n = match c.lookup(i, |s, _| match s {
        "اول" => Some(1),
        "ثاني" => Some(2),
        "ثالث" => Some(3),
        "رابع" => Some(4),
        "خامس" => Some(5),
        "اخر" => Some(0),
        _ => None,
    }) {
        Some(n) => n,
        None => i8::try_from(c.figure(i).filter(|f| f.ordinal)?.int()?)
            .ok()
            .filter(|n| (1..=5).contains(n))?,
    };
    let mut j = i + 1;
    if c.stem_is(j, &["يوم"]) {
        j += 1;
    }
    let weekday = c.lookup(j, |s, _| lexicon::weekday(s))?;
    j += 1;
    if !matches!(c.word(j), "من" | "في") {
        return None;
    }
    let (end, mut fields) = first_piece(c, j + 1)?;
    let month_level = fields.day.is_none()
        && fields.weekday.is_none()
        && (fields.month.is_some()
            || matches!(fields.relative_period, Some((DurationUnit::Month, _))));
    if !month_level {
        return None;
    }
    fields.weekday = Some(weekday);
    fields.week_of = Some(n);
    Some((end, fields))
}

/// Words that may sit between the pieces of one expression.
pub(crate) fn is_connector(c: &Cursor, i: usize) -> bool {
    c.is_punct(i, ',')
        || matches!(
            c.word(i),
            "في" | "من"
                | "عند"
                | "على"
                | "علي"
                | "حوالي"
                | "نحو"
                | "قرابه"
                | "تمام"
                | "حدود"
                | "بحدود"
                | "on"
                | "at"
                | "of"
                | "the"
                | "around"
                | "about"
                | "الموافق"
        )
}

/// Pieces merged from `i` on: (first token, end, fields).
pub(crate) fn expression(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let (end, fields) = piece(c, i)?;
    Some(extend(c, end, fields))
}

/// Merges the pieces that follow `end` into `fields`.
pub(crate) fn extend(c: &Cursor, mut end: usize, mut fields: Fields) -> (usize, Fields) {
    loop {
        let mut k = end;
        let mut skipped = 0;
        while skipped < 2 && is_connector(c, k) {
            k += 1;
            skipped += 1;
        }
        if c.breaks_before(k) || k >= c.len() {
            break;
        }
        // `هذا الأسبوع من الثلاثاء إلى الخميس`: `من` opens a range inside the period,
        // read by `range_within`, not a piece of it.
        if skipped > 0 && matches!(c.word(k - 1), "من" | "from") && interval(c, k - 1).is_some() {
            break;
        }
        if let Some((e, day)) = crate::relative::weekday_in_parens(c, k, &fields) {
            if fields.merge(&day) {
                end = e;
                continue;
            }
        }
        if let Some((e, time)) = dateline_time(c, k, &fields) {
            if fields.merge(&time) {
                end = e;
                continue;
            }
        }
        // `الخميس في السابعة`: a feminine rank is an hour, never a day of the month.
        let rank_hour = c
            .figure(k)
            .is_some_and(|f| clock::ordinal_hour(c, k, &f).is_some());
        let found = if rank_hour {
            bare_hour(c, k, skipped, &fields).or_else(|| piece(c, k))
        } else {
            piece(c, k).or_else(|| bare_hour(c, k, skipped, &fields))
        };
        match found {
            Some((e, more)) if fields.merge(&more) => end = e,
            _ => break,
        }
    }
    (end, fields)
}

/// `الخميس 06 مايو 2021 - 10:50 ص`, `6/6/2021 12.15`: the time of a news dateline after
/// its full date.
fn dateline_time(c: &Cursor, k: usize, fields: &Fields) -> Option<(usize, Fields)> {
    if fields.hour.is_some() || fields.day.is_none() || fields.month.is_none() {
        return None;
    }
    if !(c.is_punct(k, '-') || c.is_punct(k, '–')) {
        // `6/6/2021 12.15`: hours and minutes with a dot right after a full date.
        let (h, hn) = c.digits(k)?;
        let (m, mn) = c.digits(k + 2)?;
        let dot = c.is_punct(k + 1, '.') && c.glued(k + 1) && c.glued(k + 2);
        // `6/6/2021 12.50 مليون`: a figure, not a time.
        let word_after = !c.word(k + 3).is_empty() && !c.can_start(k + 3);
        if !(dot && hn <= 2 && mn == 2 && h < 24 && m < 60) || c.is_punct(k + 3, '.') || word_after
        {
            return None;
        }
        let time = Fields {
            hour: i8::try_from(h).ok(),
            minute: i8::try_from(m).ok(),
            ..Fields::default()
        };
        return Some((k + 3, time));
    }
    let (end, time) = clock::clock(c, k + 1)?;
    (c.is_punct(k + 2, ':') && time.minute.is_some()).then_some((end, time))
}

/// `الخميس في السابعة`, `23 أكتوبر في السابعة`: an ordinal hour alone after a day and
/// `في`/`عند`.
fn bare_hour(c: &Cursor, k: usize, skipped: usize, fields: &Fields) -> Option<(usize, Fields)> {
    if fields.hour.is_some() {
        return None;
    }
    // `مساء 7`: digits right after a part of the day.
    let after_part = skipped == 0 && fields.day_part.is_some() && c.is_digits(k);
    let dated = fields.day.is_some() || fields.weekday.is_some() || fields.relative_day.is_some();
    let after_in = skipped > 0 && matches!(c.word(k - 1), "في" | "عند");
    let after_day = after_in && dated;
    // `الليلة في 7`, `في الصباح في 7`: digits after a part of the day.
    let after_day_part = after_in && fields.day_part.is_some();
    if !(after_part || after_day || after_day_part) {
        return None;
    }
    let f = c.figure(k)?;
    let hour = i8::try_from(f.int()?).ok()?;
    let part_of_day = after_day_part && f.digits > 0;
    // `اليوم في خامس أيام العيد`: only a feminine rank is an hour.
    let rank = f.ordinal && clock::ordinal_hour(c, k, &f).is_some();
    if !(rank || after_part || part_of_day) || !(1..=12).contains(&hour) {
        return None;
    }
    // `قتل مساء 7 أشخاص`: a count of something, not seven o'clock.
    let next = c.word(f.end);
    if (after_part || f.digits > 0)
        && !next.is_empty()
        && !c.can_start(f.end)
        && !is_connector(c, f.end)
    {
        return None;
    }
    let mut fields = Fields {
        hour: Some(hour),
        ..Fields::default()
    };
    let mut end = f.end;
    if let Some((e, m, correction)) = clock::minutes_after(c, end) {
        fields.hour = Some((hour + correction).rem_euclid(24));
        fields.minute = Some(m);
        end = e;
    }
    Some((end, fields))
}

pub(crate) fn flags(f: &Fields) -> Vec<TimeFlag> {
    if f.month_names_disagree {
        vec![TimeFlag::MonthNamesDisagree]
    } else {
        Vec::new()
    }
}

fn unit_precision(unit: DurationUnit) -> Precision {
    match unit {
        DurationUnit::Second => Precision::Second,
        DurationUnit::Minute => Precision::Minute,
        DurationUnit::Hour => Precision::Hour,
        DurationUnit::Day => Precision::Day,
        DurationUnit::Week => Precision::Week,
        DurationUnit::Month => Precision::Month,
        DurationUnit::Year => Precision::Year,
    }
}

/// The mentions of a text.
pub(crate) fn find(
    text: &Normalized<'_>,
    tokens: &[Token],
    numbers: &[NumberMention],
    options: &TimeOptions,
) -> Vec<TimeMention> {
    let c = Cursor::new(text.as_str(), tokens, numbers);
    let mut out = Vec::new();
    // Without a reference, dates missing their year wait for the text's own year.
    let mut yearless: Vec<(usize, Fields)> = Vec::new();
    let mut years: Vec<i32> = Vec::new();
    // Every token that can start one, and the word before one that opens an interval
    // on it (`من 5 الى 7`), in text order, from where the last expression ended.
    let mut i = 0;
    for &start in c.starts() {
        if start < i {
            continue;
        }
        // The start, after the word before it when that opens an interval on it (`من 5
        // الى 7`); worked out only for the starts that are read.
        let ats = || {
            start
                .checked_sub(1)
                .filter(|&b| b >= i && !c.can_start(b) && opens_interval(&c, b))
                .into_iter()
                .chain(std::iter::once(start))
        };
        if starts_nothing(&c, start) {
            // Nor does an interval open on it (`من 25 شخصا`): its first end is a reading
            // at `start`, or digits whose second end has a word of time after it.
            debug_assert!(
                ats().all(|at| mention_at(&c, at, options).is_none_or(|(end, _, _)| end <= at)),
                "starts_nothing passed over an expression at token {start}"
            );
            continue;
        }
        for at in ats() {
            if at < i {
                continue;
            }
            let Some((end, mut m, fields)) = mention_at(&c, at, options).filter(|f| f.0 > at)
            else {
                continue;
            };
            let norm = span_of(&c, at, end);
            m.span = text.original_range(norm.clone());
            m.norm_span = norm;
            if let Some(f) = fields {
                match f.year {
                    Some(y) if !f.hijri => years.push(y),
                    None if f.month.is_some() && m.start.is_none() => {
                        yearless.push((out.len(), f));
                    }
                    _ => {}
                }
            }
            out.push(m);
            i = end;
        }
    }
    if options.reference.is_none() && !yearless.is_empty() {
        year_from_context(&mut out, &yearless, &years, options);
    }
    out
}

/// `وصل في 20 كانون الثاني 2022 ... وغادر في 25 كانون الثاني`: when every year the text
/// states is the same one, a Gregorian day and month without a year are in it. The day
/// itself is never guessed.
fn year_from_context(
    out: &mut [TimeMention],
    yearless: &[(usize, Fields)],
    years: &[i32],
    options: &TimeOptions,
) {
    let Some(&year) = years.first() else {
        return;
    };
    if years.iter().any(|&y| y != year) {
        return;
    }
    for (index, fields) in yearless {
        if fields.hijri || fields.month_shift.is_some() {
            continue;
        }
        let mut f = *fields;
        f.year = Some(year);
        let w = resolve(&f, options);
        if let Some(m) = out.get_mut(*index) {
            m.start = w.start;
            m.end = w.end;
            m.precision = w.precision;
        }
    }
}

/// The normalised bytes of tokens `start..end`, without the proclitics of the first
/// word when the word itself is no time word (`بالأمس` shows `الأمس`, `لبضع ساعات`
/// shows `بضع ساعات`, but `بعد` stays whole).
fn span_of(c: &Cursor, start: usize, end: usize) -> std::ops::Range<usize> {
    let whole = crate::starters::is_starter(c.word(start))
        || opens_interval(c, start)
        || c.word(start).starts_with("ال")
        || c.figure(start).is_some();
    let trim = if whole { 0 } else { c.proclitic_len(start) };
    let s = c.tokens.get(start).map_or(0, |t| t.start as usize + trim);
    let e = c
        .tokens
        .get(end.saturating_sub(1))
        .map_or(s, |t| t.end as usize)
        .max(s);
    s..e
}

pub(crate) fn blank(kind: TimeKind) -> TimeMention {
    TimeMention {
        span: 0..0,
        norm_span: 0..0,
        kind,
        start: None,
        end: None,
        precision: None,
        flags: Vec::new(),
        duration: None,
        event_day: None,
    }
}

/// A range inside the period just read: `نوفمبر بين 15 و 19` (days of that month),
/// `الأسبوع المقبل بين الأربعاء والجمعة` (weekdays of that week).
fn range_within(
    c: &Cursor,
    end: usize,
    period: &Fields,
    options: &TimeOptions,
) -> Option<(usize, TimeMention, Option<Fields>)> {
    let month_only = period.month.is_some() && period.day.is_none() && period.hour.is_none();
    let week =
        matches!(period.relative_period, Some((DurationUnit::Week, _))) && period.weekday.is_none();
    if !(month_only || week) || !matches!(c.word(end), "بين" | "من" | "between" | "from") {
        return None;
    }
    if week {
        let (e, mut f1, mut f2) = interval(c, end)?;
        if f1.weekday.is_none() || f2.weekday.is_none() {
            return None;
        }
        f1.relative_period = period.relative_period;
        f2.relative_period = period.relative_period;
        if let Some(m) = interval_mention(&f1, &f2, options) {
            return Some((e, m, None));
        }
        // `الأسبوع الماضي بين الجمعة والأحد`: the second day is in the next week.
        if let Some((DurationUnit::Week, shift)) = period.relative_period {
            f2.relative_period = Some((DurationUnit::Week, shift + 1));
            return Some((e, interval_mention(&f1, &f2, options)?, None));
        }
        return None;
    }
    let first = c.figure(end + 1)?;
    let sep = first.end;
    let glued_and = c.word(sep).starts_with('و') && c.word(sep).len() > 2;
    let at = if glued_and {
        sep
    } else if matches!(c.word(sep), "و" | "and" | "الي" | "حتي" | "to") || c.is_punct(sep, '-')
    {
        sep + 1
    } else {
        return None;
    };
    let second = c.figure(at)?;
    let day = |n: Option<i64>| {
        n.and_then(|n| i8::try_from(n).ok())
            .filter(|d| (1..=31).contains(d))
    };
    let (d1, d2) = (day(first.int())?, day(second.int())?);
    let f1 = Fields {
        day: Some(d1),
        ..*period
    };
    let f2 = Fields {
        day: Some(d2),
        ..*period
    };
    Some((second.end, interval_mention(&f1, &f2, options)?, None))
}

/// `اعتبارا من`, `ابتداء من`, `بدءا من` at `i`: "as of", a start like `منذ`.
fn starting_from(c: &Cursor, i: usize) -> bool {
    c.word(i + 1) == "من"
        && c.lookup(i, |s, _| {
            matches!(s, "اعتبارا" | "ابتداء" | "ابتداءا" | "بدءا" | "بدء").then_some(())
        })
        .is_some()
}

/// `في موعد أقصاه 30 حزيران`, `موعد نهائي أقصاه الخميس`: a deadline, "by", an end like
/// `حتى`. Returns where the date starts. (`في موعد لا يتجاوز الغد` says the same, but
/// `لا` as a starter word costs the whole scan a tenth of its speed.)
fn deadline(c: &Cursor, i: usize) -> Option<usize> {
    let after_deadline = i > 0 && matches!(c.word(i - 1), "موعد" | "نهائي" | "النهائي");
    (after_deadline && c.word(i) == "اقصاه").then_some(i + 1)
}

/// `منذ عام 2011`, `حتى الساعة 8 مساء`, `قبل 1/1/2016`, `بعد الساعة 4 مساءً`: an
/// interval open on one side. A clock reading bounds it at its instant; a day, month or
/// year at its start (`منذ`, `قبل`) or its end (`حتى`, `بعد`).
fn open_interval(
    c: &Cursor,
    i: usize,
    options: &TimeOptions,
) -> Option<(usize, TimeMention, Option<Fields>)> {
    #[derive(PartialEq)]
    enum Side {
        Since,
        After,
        Before,
        Until,
    }
    let side = match c.word(i) {
        "منذ" | "ومنذ" | "since" => Side::Since,
        "بعد" | "وبعد" | "after" => Side::After,
        "قبل" | "وقبل" | "before" => Side::Before,
        "حتي" | "وحتي" | "لغايه" | "until" | "till" => Side::Until,
        _ if starting_from(c, i) => Side::Since,
        _ if deadline(c, i).is_some() => Side::Until,
        _ => return None,
    };
    // `بعد الظهر` is a part of the day, `منذ يومين` an offset: those are pieces.
    if piece(c, i).is_some() {
        return None;
    }
    let first = if starting_from(c, i) {
        i + 2
    } else {
        deadline(c, i).unwrap_or(i + 1)
    };
    let (end, fields) = expression(c, first)?;
    // `في موعد أقصاه الثلاثاء من الساعة 10 حتى 12`: the hours of that day, not its end.
    if deadline(c, i).is_some() && matches!(c.word(end), "من" | "بين") {
        return None;
    }
    let named = fields.hour.is_some()
        || fields.day.is_some()
        || fields.month.is_some()
        || fields.year.is_some()
        || fields.weekday.is_some()
        || fields.relative_day.is_some()
        // `منذ بداية العام`, `حتى نهاية الشهر`, `منذ الربع الأول`, `منذ العقد الماضي`.
        || fields.part.is_some()
        || fields.week_of.is_some()
        || fields.edge_day.is_some()
        || fields.slice.is_some()
        || fields.decade.is_some()
        || fields.decade_shift.is_some()
        || (first == i + 2 && fields.relative_period.is_some());
    if !named || fields.offset.is_some() || fields.event_day.is_some() {
        return None;
    }
    let w = resolve(&fields, options);
    let clock = fields.hour.is_some();
    let mut m = blank(TimeKind::Interval);
    match side {
        Side::Since => m.start = w.start,
        Side::After => m.start = if clock { w.start } else { w.end },
        Side::Before => m.end = w.start,
        Side::Until => m.end = if clock { w.start } else { w.end },
    }
    if m.start.is_some() || m.end.is_some() {
        m.precision = w.precision;
    }
    m.flags = flags(&fields);
    Some((end, m, None))
}

/// `بعد ثلاثة أيام من 5 حزيران`, `قبل أسبوع من أول رجب`: whole days, weeks, months or
/// years before or after a named day; the day they lead to. An event (`بعد يومين من
/// الهجوم`) is no named day: that stays a duration for the claim layer.
fn offset_from_day(
    c: &Cursor,
    i: usize,
    options: &TimeOptions,
) -> Option<(usize, TimeMention, Option<Fields>)> {
    let sign = match c.word(i) {
        "بعد" | "وبعد" => 1,
        "قبل" | "وقبل" => -1,
        _ => return None,
    };
    let (end, unit, value, _) = relative::amount(c, i + 1)?;
    let (end, length) = duration::calendar_length(c, end, unit, value?)?;
    if length.seconds != 0 || !matches!(c.word(end), "من" | "علي" | "على") {
        return None;
    }
    let (after, fields) = expression(c, end + 1)?;
    let names_day = fields.day.is_some()
        || fields.edge_day.is_some()
        || fields.weekday.is_some()
        || fields.relative_day.is_some();
    if !names_day || fields.hour.is_some() || fields.day_part.is_some() || fields.offset.is_some() {
        return None;
    }
    let length = if sign < 0 { length.negated() } else { length };
    let w = crate::resolve::day_shifted(resolve(&fields, options), length);
    let mut m = blank(TimeKind::Instant);
    m.start = w.start;
    m.end = w.end;
    m.precision = w.precision;
    m.flags = flags(&fields);
    Some((after, m, None))
}

/// The mention starting at token `i`, with the fields of a plain instant.
fn mention_at(
    c: &Cursor,
    i: usize,
    options: &TimeOptions,
) -> Option<(usize, TimeMention, Option<Fields>)> {
    if let Some((end, mut f1, mut f2)) = interval(c, i) {
        // `من 5 إلى 6 مساء يوم 22 نيسان`: a day after a range of hours dates both ends.
        let mut end = end;
        if f1.hour.is_some() && !is_dated(&f1) && !is_dated(&f2) {
            let k = if is_connector(c, end) { end + 1 } else { end };
            if let Some((e, day)) = piece(c, k) {
                if is_dated(&day) && day.hour.is_none() && day.day_part.is_none() {
                    inherit(&mut f1, &day, false);
                    inherit(&mut f2, &day, true);
                    end = e;
                }
            }
        }
        if let Some(m) = interval_mention(&f1, &f2, options) {
            return Some((end, m, None));
        }
    }
    // `الأيام العشرة الأخيرة من رمضان` is a part of the month, not the last ten days.
    let last_n = (c.unit_ahead(i) || c.decades_ahead(i))
        .then(|| relative::last_n(c, i))
        .flatten()
        .filter(|_| {
            crate::periods::ten_days_counted(c, i).is_none()
                && crate::periods::first_or_last_units(c, i).is_none()
        });
    if let Some((end, unit, amount, shift)) = last_n {
        let mut m = blank(TimeKind::Interval);
        m.duration = Some(crate::Duration {
            value: amount,
            unit,
        });
        if let Some(r) = options.reference {
            let sign = if shift < 0 { -amount } else { amount };
            let other = offset_moment(r, unit, sign);
            if let Some(o) = other {
                let (s, e) = if o < r { (o, r) } else { (r, o) };
                m.start = Some(s);
                m.end = Some(e);
                m.precision = Some(unit_precision(unit));
            }
        }
        return Some((end, m, None));
    }
    // `الأيام القليلة الماضية` opens on a unit; English `the past few days` on a word.
    let last_few = c.word(i).is_ascii() || c.classes(i) & (UNIT | UNIT_AFTER) != 0;
    if let Some((end, unit, shift)) = last_few.then(|| relative::last_few(c, i)).flatten() {
        let mut m = blank(TimeKind::Interval);
        if let Some(r) = options.reference {
            let far = offset_moment(r, unit, f64::from(shift) * relative::FEW_UNITS);
            if let Some(o) = far {
                let (s, e) = if o < r { (o, r) } else { (r, o) };
                m.start = Some(s);
                m.end = Some(e);
                m.precision = Some(unit_precision(unit));
            }
        }
        return Some((end, m, None));
    }
    if let Some((end, w)) = crate::same_day_offset::same_day_offset(c, i, options) {
        let mut m = blank(TimeKind::Instant);
        m.start = w.start;
        m.end = w.end;
        m.precision = w.precision;
        return Some((end, m, None));
    }
    if let Some(found) = offset_from_day(c, i, options) {
        return Some(found);
    }
    if let Some((end, w, named)) = crate::month_offset::offset_from_month(c, i, options) {
        let mut m = blank(TimeKind::Instant);
        m.start = w.start;
        m.end = w.end;
        m.precision = w.precision;
        m.flags = flags(&named);
        return Some((end, m, None));
    }
    if let Some(found) = open_interval(c, i, options) {
        return Some(found);
    }
    if let Some((end, fields)) = expression(c, i) {
        if let Some(found) = range_within(c, end, &fields, options) {
            return Some(found);
        }
        // `اليوم من الخامسة إلى السابعة`, `يوم الجمعة بين 1 و4 مساء`: a day, then a range
        // of hours on it.
        if is_dated(&fields) && fields.hour.is_none() {
            if let Some((e, mut f1, mut f2)) = interval(c, end) {
                if f1.hour.is_some() && !is_dated(&f1) && !is_dated(&f2) {
                    inherit(&mut f1, &fields, false);
                    inherit(&mut f2, &fields, true);
                    if f1.day_part.is_none() {
                        f1.day_part = fields.day_part;
                    }
                    if f2.day_part.is_none() {
                        f2.day_part = fields.day_part;
                    }
                    if let Some(m) = interval_mention(&f1, &f2, options) {
                        return Some((e, m, None));
                    }
                }
            }
        }
        if let Some((end, m)) = range_after(c, end, &fields)
            .and_then(|(end, f1, f2)| Some((end, interval_mention(&f1, &f2, options)?)))
        {
            return Some((end, m, None));
        }
        let Window {
            start,
            end: stop,
            precision,
        } = resolve(&fields, options);
        let mut m = blank(TimeKind::Instant);
        m.start = start;
        m.end = stop;
        m.precision = precision;
        m.flags = flags(&fields);
        m.event_day = fields.event_day;
        return Some((end, m, Some(fields)));
    }
    if let Some((end, length)) = c.unit_ahead(i).then(|| duration::duration(c, i)).flatten() {
        let mut m = blank(TimeKind::Duration);
        m.duration = length;
        m.precision = length.map(|d| unit_precision(d.unit));
        return Some((end, m, None));
    }
    None
}

fn offset_moment(
    r: jiff::civil::DateTime,
    unit: DurationUnit,
    amount: f64,
) -> Option<jiff::civil::DateTime> {
    let n = amount.round() as i64;
    let span = match unit {
        DurationUnit::Second => jiff::Span::new().try_seconds(n),
        DurationUnit::Minute => jiff::Span::new().try_minutes(n),
        DurationUnit::Hour => jiff::Span::new().try_hours(n),
        DurationUnit::Day => jiff::Span::new().try_days(n),
        DurationUnit::Week => jiff::Span::new().try_weeks(n),
        DurationUnit::Month => jiff::Span::new().try_months(n),
        DurationUnit::Year => jiff::Span::new().try_years(n),
    }
    .ok()?;
    r.checked_add(span).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasid_text::{normalize_str, tokenize};

    /// Every reading the clock takes at bare digits passes [`clock_may_follow_digits`];
    /// counts of things do not.
    #[test]
    fn the_clock_gate_at_digits_keeps_every_reading() {
        for (text, reading) in [
            ("7:30 صباحا", true),
            ("9.30 مساء", true),
            ("0300 gmt", true),
            ("14,30 ت غ", true),
            ("340 مساء", true),
            ("7 p.m.", true),
            ("10 am", true),
            ("7 مساء", true),
            ("7 من مساء الخميس", true),
            ("7 هذا المساء", true),
            ("1 بعد منتصف الليل", true),
            ("7 و45 دقيقة مساء", true),
            ("7 الا ربع مساء", true),
            ("3 دقائق قبل الثامنة", true),
            ("15 شخصا", false),
            ("2000 منزل", false),
        ] {
            let text = normalize_str(text);
            let tokens = tokenize(&text);
            let normalized = Normalized::new(&text);
            let numbers = rasid_numbers::find_numbers(&normalized, &tokens);
            let c = Cursor::new(&text, &tokens, &numbers);
            let read = clock::clock(&c, 0).is_some();
            assert_eq!(read, reading, "{text}");
            assert!(!read || clock_may_follow_digits(&c, 0), "{text}");
            assert_eq!(clock_may_follow_digits(&c, 0), reading, "{text}");
        }
    }
}

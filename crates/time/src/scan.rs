//! The walk over the tokens: pieces, merged into expressions, joined into intervals,
//! resolved into mentions.

use crate::cursor::Cursor;
use crate::lexicon::DayPart;
use crate::resolve::{resolve, Fields, Window};
use crate::{clock, dates, duration, relative};
use crate::{DurationUnit, Precision, TimeFlag, TimeKind, TimeMention, TimeOptions};
use rasid_numbers::NumberMention;
use rasid_text::{Normalized, Token};
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

type FastSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// Stems that can start a piece; any other word is skipped with one hash lookup.
static STARTERS: LazyLock<FastSet> = LazyLock::new(|| {
    let words = [
        // Gregorian months
        "يناير",
        "جانفي",
        "فبراير",
        "فيفري",
        "شباط",
        "اذار",
        "مارس",
        "ابريل",
        "افريل",
        "نيسان",
        "مايو",
        "ماي",
        "ايار",
        "يونيو",
        "يونيه",
        "جوان",
        "حزيران",
        "يوليو",
        "يوليه",
        "جويليه",
        "يوليوز",
        "تموز",
        "اغسطس",
        "اغشت",
        "اوت",
        "غشت",
        "اب",
        "سبتمبر",
        "ايلول",
        "شتنبر",
        "اكتوبر",
        "نوفمبر",
        "نونبر",
        "ديسمبر",
        "دجنبر",
        "كانون",
        "تشرين",
        "january",
        "jan",
        "february",
        "feb",
        "march",
        "mar",
        "april",
        "apr",
        "may",
        "june",
        "jun",
        "july",
        "jul",
        "august",
        "aug",
        "september",
        "sep",
        "sept",
        "october",
        "oct",
        "november",
        "nov",
        "december",
        "dec",
        // Hijri months
        "محرم",
        "صفر",
        "ربيع",
        "جمادي",
        "ذو",
        "ذي",
        "رجب",
        "شعبان",
        "رمضان",
        "شوال",
        // weekdays
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
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sun",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        // parts of the day
        "فجر",
        "فجرا",
        "صباح",
        "صباحا",
        "صبحا",
        "صبح",
        "ضحي",
        "ظهر",
        "ظهرا",
        "ظهيره",
        "عصر",
        "عصرا",
        "مساء",
        "مساءا",
        "مسا",
        "مغرب",
        "مغربا",
        "عشاء",
        "ليل",
        "ليلا",
        "منتصف",
        "morning",
        "noon",
        "midday",
        "afternoon",
        "evening",
        "tonight",
        "night",
        "midnight",
        "dawn",
        "in",
        // cues and relative words
        "ساعه",
        "يوم",
        "نهار",
        "هذا",
        "هذه",
        "هاد",
        "هذي",
        "هاي",
        "اول",
        "امس",
        "بارحه",
        "مبارح",
        "امبارح",
        "غدا",
        "غد",
        "بكره",
        "بكرا",
        "بعد",
        "قبل",
        "منذ",
        "بين",
        "من",
        "شهر",
        "عام",
        "سنه",
        "عامي",
        "سنتي",
        "year",
        "years",
        "today",
        "yesterday",
        "tomorrow",
        "the",
        "last",
        "next",
        "this",
        "on",
        "at",
        "between",
        "from",
        "month",
        "week",
        "طوال",
        "طيله",
        "عده",
        "بضع",
        "بضعه",
        "نصف",
        "نص",
        "ربع",
        "ثلث",
        "مطلع",
        "اوائل",
        "بدايه",
        "مستهل",
        "early",
        "اواسط",
        "mid",
        "نهايه",
        "اواخر",
        "ختام",
        "late",
        "اخر",
        "past",
        "الان",
        "now",
        "شتاء",
        "صيف",
        "خريف",
        "winter",
        "spring",
        "summer",
        "autumn",
        "fall",
        "ليله",
        "tonight",
    ];
    let mut set: FastSet = words.into_iter().collect();
    for unit in [
        "ثانيه",
        "ثانيتين",
        "ثانيتان",
        "ثوان",
        "ثواني",
        "دقيقه",
        "دقيقتين",
        "دقيقتان",
        "دقائق",
        "دقايق",
        "ساعتين",
        "ساعتان",
        "ساعات",
        "يومين",
        "يومان",
        "ايام",
        "اسبوع",
        "اسبوعين",
        "اسبوعان",
        "اسابيع",
        "شهرين",
        "شهران",
        "اشهر",
        "شهور",
        "سنتين",
        "سنتان",
        "عامين",
        "عامان",
        "سنوات",
        "سنين",
        "اعوام",
        "يوما",
        "اسبوعا",
        "شهرا",
        "عاما",
        "second",
        "seconds",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "weeks",
        "months",
    ] {
        set.insert(unit);
    }
    set
});

/// Whether token `i` can start an expression: digits, or a word with a known stem.
fn can_start(c: &Cursor, i: usize) -> bool {
    if c.is_digits(i) {
        return true;
    }
    let w = c.word(i);
    if w.is_empty() {
        return false;
    }
    c.stems_of(i).any(|(s, _)| STARTERS.contains(s)) || c.figure(i).is_some()
}

type PieceFn = fn(&Cursor, usize) -> Option<(usize, Fields)>;

/// The piece rules, most specific first.
const PIECES: [PieceFn; 12] = [
    relative::event_day,
    dates::season,
    dates::numeric_date,
    clock::clock,
    dates::day_month,
    dates::day_of_month,
    dates::year,
    relative::relative_day,
    relative::weekday,
    relative::period,
    relative::offset,
    clock::day_part,
];

/// One piece at `i`, also after a leading `يوم` (`يوم 20 يناير`).
fn piece(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    if !c.can_start(i) {
        return None;
    }
    if let Some(found) = part_of_period(c, i) {
        return Some(found);
    }
    if let Some(found) = PIECES.iter().find_map(|rule| rule(c, i)) {
        return Some(found);
    }
    if c.lookup(i, |s, article| (s == "يوم" && !article).then_some(()))
        .is_some()
    {
        return dates::day_month(c, i + 1).or_else(|| dates::numeric_date(c, i + 1));
    }
    None
}

/// `مطلع العام الجاري`, `أواخر الشهر الماضي`, `منتصف آذار`, `نهاية 2019`: a third of a
/// month, year or week.
fn part_of_period(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let part = c.lookup(i, |s, _| match s {
        "مطلع" | "اوائل" | "بدايه" | "مستهل" | "early" => Some(0),
        "منتصف" | "اواسط" | "mid" => Some(1),
        "نهايه" | "اواخر" | "ختام" | "late" => Some(2),
        _ => None,
    })?;
    let mut j = i + 1;
    if c.is_punct(j, '-') {
        j += 1;
    }
    let (end, mut fields) = PIECES.iter().find_map(|rule| rule(c, j))?;
    let coarse = fields.day.is_none()
        && fields.hour.is_none()
        && fields.day_part.is_none()
        && fields.weekday.is_none()
        && fields.relative_day.is_none()
        && fields.offset.is_none()
        && (fields.month.is_some()
            || fields.year.is_some()
            || matches!(
                fields.relative_period,
                Some((
                    DurationUnit::Week | DurationUnit::Month | DurationUnit::Year,
                    _
                ))
            ));
    if !coarse {
        return None;
    }
    fields.part = Some(part);
    Some((end, fields))
}

/// Words that may sit between the pieces of one expression.
fn is_connector(c: &Cursor, i: usize) -> bool {
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
fn expression(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let (end, fields) = piece(c, i)?;
    Some(extend(c, end, fields))
}

/// Merges the pieces that follow `end` into `fields`.
fn extend(c: &Cursor, mut end: usize, mut fields: Fields) -> (usize, Fields) {
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
        match piece(c, k).or_else(|| bare_hour(c, k, skipped, &fields)) {
            Some((e, more)) if fields.merge(&more) => end = e,
            _ => break,
        }
    }
    (end, fields)
}

/// `الخميس في السابعة`, `23 أكتوبر في السابعة`: an ordinal hour alone after a day and
/// `في`/`عند`.
fn bare_hour(c: &Cursor, k: usize, skipped: usize, fields: &Fields) -> Option<(usize, Fields)> {
    let dated = fields.day.is_some() || fields.weekday.is_some() || fields.relative_day.is_some();
    if skipped == 0 || !dated || fields.hour.is_some() {
        return None;
    }
    if !matches!(c.word(k - 1), "في" | "عند") {
        return None;
    }
    let f = c.figure(k)?;
    let hour = i8::try_from(f.int()?).ok()?;
    if !f.ordinal || !(1..=12).contains(&hour) {
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

/// An interval whose first end is the expression `f1` ending at `e1`, without `من`:
/// `ليل الخميس الى الجمعة`, `الساعة الثامنة صباحا الى 11 مساء`.
fn range_after(c: &Cursor, e1: usize, f1: &Fields) -> Option<(usize, Fields, Fields)> {
    let sep_ok = matches!(
        c.word(e1),
        "الي" | "حتي" | "لغايه" | "وحتي" | "to" | "until" | "till"
    ) || (c.is_punct(e1, '-') && c.glued(e1 + 1) == c.glued(e1));
    if !sep_ok {
        return None;
    }
    if f1.day_part == Some(DayPart::Night) && f1.weekday.is_some() && f1.hour.is_none() {
        let (e2, mut f2) = relative::weekday(c, e1 + 1)?;
        f2.hour = Some(6);
        return Some((e2, *f1, f2));
    }
    let dated = |f: &Fields| f.day.is_some() || f.relative_day.is_some() || f.weekday.is_some();
    if f1.hour.is_none() && !dated(f1) {
        return None;
    }
    let (e2, mut f2) = second_end(c, e1, false, f1)?;
    let same_level = if f1.hour.is_some() {
        f2.hour.is_some()
    } else {
        dated(&f2) && f2.hour.is_none()
    };
    if !same_level {
        return None;
    }
    let mut f1 = *f1;
    inherit(&mut f2, &f1, true);
    inherit(&mut f1, &f2, false);
    Some((e2, f1, f2))
}

/// `بين عامي 2014 و2019`, `من السابعة مساء الى الخامسة صباحا`, `between 2014 and 2019`.
fn interval(c: &Cursor, i: usize) -> Option<(usize, Fields, Fields)> {
    let w = c.word(i);
    let between = matches!(w, "بين" | "وبين" | "between");
    let from = matches!(w, "من" | "ومن" | "from");
    if !(between || from) {
        return dash_range(c, i);
    }
    let mut j = i + 1;
    let years = c
        .lookup(j, |s, _| {
            matches!(s, "عامي" | "سنتي" | "years").then_some(())
        })
        .is_some();
    if years {
        j += 1;
    }
    // The first end: an expression, a bare year, or a bare number whose meaning the
    // second end gives (`من 5 الى 6 مساء`, `من 13 الى 15 شباط`).
    let mut bare_number = None;
    let (e1, f1) = if years {
        dates::bare_year(c, j)?
    } else if let Some(found) = expression(c, j).or_else(|| dates::bare_year(c, j)) {
        found
    } else {
        let f = c.figure(j)?;
        bare_number = Some(f.int()?);
        (f.end, Fields::default())
    };
    let (e2, mut f2) = second_end(c, e1, between, &f1)?;
    let mut f1 = f1;
    if let Some(n) = bare_number {
        let n = i8::try_from(n).ok()?;
        if f2.hour.is_some() && (0..=24).contains(&n) {
            f1.hour = Some(n);
            f1.day_part = f2.day_part;
            if let (Some(p), Some(h)) = (f2.day_part, f2.hour) {
                // `من 11 الى 2 ظهرا`: the start is before noon.
                if p.adjust_hour(n) > p.adjust_hour(h) {
                    f1.day_part = None;
                }
            }
        } else if f2.day.is_some()
            && (f2.month.is_some() || f2.relative_period.is_some())
            && (1..=31).contains(&n)
        {
            f1.day = Some(n);
            f1.month = f2.month;
            f1.year = f2.year;
            f1.hijri = f2.hijri;
            f1.relative_period = f2.relative_period;
        } else {
            return None;
        }
    }
    if f1.is_empty() || f2.is_empty() {
        return None;
    }
    inherit(&mut f2, &f1, true);
    inherit(&mut f1, &f2, false);
    // `ليل الخميس الى الجمعة`: the night ends at dawn.
    if f1.day_part == Some(DayPart::Night) && f2.hour.is_none() && f2.day_part.is_none() {
        f2.hour = Some(6);
    }
    Some((e2, f1, f2))
}

/// `19-20 نوفمبر`, `2014-2018`: two days of one month, or two years, joined by a dash.
fn dash_range(c: &Cursor, i: usize) -> Option<(usize, Fields, Fields)> {
    let (a, na) = c.digits(i)?;
    if !(c.is_punct(i + 1, '-') || c.is_punct(i + 1, '–')) || c.glued(i + 1) != c.glued(i + 2) {
        return None;
    }
    let (b, nb) = c.digits(i + 2)?;
    if na == 4 && nb == 4 && (1000..=2200).contains(&a) && a < b && b <= 2200 {
        if c.is_punct(i + 3, '-') || c.is_punct(i + 3, '/') {
            return None;
        }
        let year = |y: u64| Fields {
            year: i32::try_from(y).ok(),
            ..Fields::default()
        };
        return Some((i + 3, year(a), year(b)));
    }
    // `1-3 مساءً`, `8-9 صباحا`: two hours and a part of the day.
    if na <= 2 && nb <= 2 && a <= 12 && b <= 12 {
        if let Some((end, part)) = clock::day_part_at(c, i + 3) {
            let hour = |h: u64| Fields {
                hour: i8::try_from(h).ok(),
                day_part: Some(part),
                ..Fields::default()
            };
            let mut f1 = hour(a);
            if part.adjust_hour(f1.hour.unwrap_or(0))
                > part.adjust_hour(i8::try_from(b).unwrap_or(0))
            {
                f1.day_part = None;
            }
            return Some((end, f1, hour(b)));
        }
    }
    if na > 2 || !(1..=31).contains(&a) || a >= b {
        return None;
    }
    let (end, f2) = dates::day_month(c, i + 2)?;
    let (Some(_), Some(month)) = (f2.day, f2.month) else {
        return None;
    };
    let f1 = Fields {
        day: i8::try_from(a).ok(),
        month: Some(month),
        year: f2.year,
        hijri: f2.hijri,
        ..Fields::default()
    };
    Some((end, f1, f2))
}

/// The separator and the second end of an interval whose first end stops at `e1`.
fn second_end(c: &Cursor, e1: usize, between: bool, f1: &Fields) -> Option<(usize, Fields)> {
    let sep = c.word(e1);
    let k = if between {
        if matches!(sep, "و" | "and") || c.is_punct(e1, '-') {
            e1 + 1
        } else if sep.starts_with('و') {
            e1 // `بين الخامسة والسادسة`
        } else {
            return None;
        }
    } else if matches!(
        sep,
        "الي"
            | "حتي"
            | "لغايه"
            | "وحتي"
            | "والي"
            | "to"
            | "until"
            | "till"
            | "through"
            | "ل"
            | "لل"
    ) || c.is_punct(e1, '-')
    {
        e1 + 1
    } else if sep.starts_with('ل') {
        // `للساعة خمسة`, `للخمسة`: the preposition glued to the second end.
        e1
    } else {
        return None;
    };
    let year_only = |f: &Fields| f.year.is_some() && f.month.is_none() && f.day.is_none();
    if let Some(found) = expression(c, k) {
        return Some(found);
    }
    if year_only(f1) {
        return dates::bare_year(c, k);
    }
    // `من الساعة 9 الى 11 مساء`, `من السابعة الى التاسعة`: a bare number after a clock.
    if f1.hour.is_some() {
        let f = c.figure(k)?;
        let h = i8::try_from(f.int()?).ok()?;
        if !(0..=24).contains(&h) || f.digits > 2 {
            return None;
        }
        let mut fields = Fields {
            hour: Some(h),
            ..Fields::default()
        };
        let mut end = f.end;
        if let Some((e, m, _)) = clock::minutes_after(c, end) {
            fields.minute = Some(m);
            end = e;
        }
        return Some(extend(c, end, fields));
    }
    None
}

/// Fills the date of one end of an interval from the other (`من السابعة مساء الى الخامسة
/// صباحا يوم غد`: the start takes no day from the end; `من 13 الى 15 شباط` the month).
fn inherit(to: &mut Fields, from: &Fields, to_is_end: bool) {
    // `من الساعة 5 الى 7 مساء`: one end takes the other's part of the day when that
    // keeps the start first.
    if let (Some(h_to), None, Some(h_from), Some(part)) =
        (to.hour, to.day_part, from.hour, from.day_part)
    {
        let (a, b) = (part.adjust_hour(h_to), part.adjust_hour(h_from));
        if (to_is_end && a >= b) || (!to_is_end && a <= b) {
            to.day_part = Some(part);
        }
    }
    let dated = |f: &Fields| {
        f.day.is_some() || f.month.is_some() || f.weekday.is_some() || f.relative_day.is_some()
    };
    if to.month.is_some() && to.year.is_none() && from.year.is_some() && to.hijri == from.hijri {
        to.year = from.year;
    }
    if to.day.is_some() && to.month.is_none() && from.month.is_some() {
        to.month = from.month;
        to.year = to.year.or(from.year);
        to.hijri = from.hijri;
    }
    if !dated(to)
        && to.year.is_none()
        && (to.hour.is_some() || to.day_part.is_some())
        && dated(from)
    {
        to.day = from.day;
        to.month = from.month;
        to.year = from.year;
        to.hijri = from.hijri;
        to.weekday = from.weekday;
        to.weekday_shift = from.weekday_shift;
        to.relative_day = from.relative_day;
    }
}

fn flags(f: &Fields) -> Vec<TimeFlag> {
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
    let c = Cursor::new(text.as_str(), tokens, numbers, can_start);
    let mut out = Vec::new();
    // Without a reference, dates missing their year wait for the text's own year.
    let mut yearless: Vec<(usize, Fields)> = Vec::new();
    let mut years: Vec<i32> = Vec::new();
    let mut i = 0;
    while i < c.len() {
        if !c.can_start(i) {
            i += 1;
            continue;
        }
        match mention_at(&c, i, options) {
            Some((end, mut m, fields)) if end > i => {
                let norm = span_of(&c, i, end);
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
            _ => i += 1,
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
    let whole = STARTERS.contains(c.word(start))
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

fn blank(kind: TimeKind) -> TimeMention {
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

/// The mention starting at token `i`, with the fields of a plain instant.
fn mention_at(
    c: &Cursor,
    i: usize,
    options: &TimeOptions,
) -> Option<(usize, TimeMention, Option<Fields>)> {
    if let Some((end, f1, f2)) = interval(c, i) {
        if let Some(m) = interval_mention(&f1, &f2, options) {
            return Some((end, m, None));
        }
    }
    if let Some((end, unit, amount, shift)) = relative::last_n(c, i) {
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
    if let Some((end, fields)) = expression(c, i) {
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
    if let Some((end, length)) = duration::duration(c, i) {
        let mut m = blank(TimeKind::Duration);
        m.duration = length;
        m.precision = length.map(|d| unit_precision(d.unit));
        return Some((end, m, None));
    }
    None
}

/// The mention of an interval; `None` when its ends resolve in the wrong order (two
/// expressions that only look like one interval).
fn interval_mention(f1: &Fields, f2: &Fields, options: &TimeOptions) -> Option<TimeMention> {
    let w1 = resolve(f1, options);
    let mut w2 = resolve(f2, options);
    // A clock reading ends an interval at its own instant (`من 5 الى 6 مساء` ends at
    // 18:00); a day, month or year ends it after the whole unit.
    if f2.hour.is_some() {
        w2.end = w2.start;
    }
    if let (Some(s), Some(e), Some(p)) = (w1.start, w2.end, w2.precision) {
        // `من السابعة مساء الى الخامسة صباحا`: the end is on the next day.
        if e <= s && p <= Precision::Hour {
            // `من 1:30 بعد الظهر الى 4`: twelve hours later when that is the same
            // day, else the next day.
            let later = e.checked_add(jiff::Span::new().hours(12)).ok();
            w2.end = match later {
                Some(l) if l > s && l.date() == e.date() && f2.day_part.is_none() => Some(l),
                _ => crate::resolve::add_days(e.date(), 1)
                    .map(|d| jiff::civil::DateTime::from_parts(d, e.time())),
            };
        }
    }
    let mut m = blank(TimeKind::Interval);
    m.start = w1.start;
    m.end = w2.end;
    m.precision = match (w1.precision, w2.precision) {
        (Some(a), Some(b)) => Some(a.min(b)),
        _ => None,
    };
    let mut fl = flags(f1);
    fl.extend(flags(f2));
    fl.dedup();
    m.flags = fl;
    if let (Some(s), Some(e)) = (m.start, m.end) {
        if s >= e {
            return None;
        }
    } else {
        m.start = None;
        m.end = None;
        m.precision = None;
    }
    Some(m)
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

//! Lengths of time: `تسعة أيام`, `7 أيام`, `أسبوعين`, `شهرين`, `ثلاثة أشهر`, `سنة ونصف`,
//! `ساعة وربع`, `for three days`. A vague plural (`ساعات`, `لعدة أيام`) is still a
//! duration, reported without a length.

use crate::cursor::Cursor;
use crate::lexicon;
use crate::relative;
use crate::{Duration, DurationUnit};

/// Words before a lone unit that make it a length: `لمدة ساعة`, `خلال أسبوع`.
fn is_duration_cue(c: &Cursor, i: usize) -> bool {
    let word = c.word(i);
    c.lookup(i, |s, _| {
        matches!(
            s,
            "مده"
                | "خلال"
                | "طوال"
                | "طيله"
                | "منذ"
                | "قبل"
                | "بعد"
                | "قرابه"
                | "نحو"
                | "حوالي"
                | "زهاء"
                | "اكثر"
                | "اقل"
                | "استمر"
                | "استمرت"
                | "يستمر"
                | "تستمر"
                | "دام"
                | "دامت"
                | "for"
                | "about"
                | "nearly"
                | "almost"
                | "within"
                | "over"
        )
        .then_some(())
    })
    .is_some()
        || matches!(word, "من" | "في" | "ل" | "a" | "an" | "one")
}

/// Singular units that are also common words (`عام` general, `ثانية` second in rank,
/// `سنة`, `يوم`, `دقيقة` precise, `ساعة` a watch or `كم/ساعة`): a length only with a
/// cue, `واحد`, or a fraction.
fn is_ambiguous_single(unit: DurationUnit) -> bool {
    matches!(
        unit,
        DurationUnit::Second
            | DurationUnit::Minute
            | DurationUnit::Hour
            | DurationUnit::Year
            | DurationUnit::Day
    )
}

/// A duration at `i`: (end, length). The length is `None` for a vague plural. A length
/// right after `كل` is the period of a recurrence (`مرة كل أسبوع`, `كل 3 أشهر`), and
/// rasid reports no recurrences.
pub(crate) fn duration(c: &Cursor, i: usize) -> Option<(usize, Option<Duration>)> {
    // `طوال اليوم`, `طيلة الأسبوع`: the whole of one unit.
    if c.lookup(i, |s, _| matches!(s, "طوال" | "طيله").then_some(()))
        .is_some()
    {
        let (unit, count) = c.lookup(i + 1, |s, _| lexicon::unit(s))?;
        if count == lexicon::UnitCount::One {
            return Some((i + 2, Some(Duration { value: 1.0, unit })));
        }
        return None;
    }
    // `عدة أيام`, `بضع ساعات`: a vague count of a plural.
    let vague = c
        .lookup(i, |s, _| matches!(s, "عده" | "بضع" | "بضعه").then_some(()))
        .is_some();
    let start = if vague { i + 1 } else { i };
    let (end, unit, value, explicit) = relative::amount(c, start)?;
    if names_the_day(c, end) || i > 0 && c.stem_is(i - 1, &["كل"]) {
        return None;
    }
    // `2:14 دقيقة`: the seconds of minutes written with a colon, no length of their own.
    if i > 0 && c.is_punct(i - 1, ':') && c.glued(i) {
        return None;
    }
    if vague {
        return value.is_none().then_some((end, None));
    }
    if value.is_none() && names_whose_units(c, end) {
        return None;
    }
    if value.is_none() {
        // A bare plural (`أيام الحرب`) is no duration; a cue makes it a vague one
        // (`لساعات`, `منذ أيام`).
        // `من أشهر شعراء العرب`: after `من`, `أشهر` is "the most famous".
        let elative = c.word(i) == "اشهر" && i > 0 && c.word(i - 1) == "من";
        let cued = (i > 0 && is_duration_cue(c, i - 1) || c.word(i).starts_with('ل')) && !elative;
        return cued.then_some((end, None));
    }
    let lone_singular = value == Some(1.0) && !explicit;
    // `شهر الحركة والعمل`, `ساعة الصفر`: the unit of a thing, no length.
    if lone_singular && names_whose_units(c, end) {
        return None;
    }
    if lone_singular {
        // A glued `ل` or `ب` before an hour or a minute is a cue too: `لساعة إضافية`,
        // `قبل موعده بساعة` (`ليوم العيد` is no length).
        let glued_cue = matches!(unit, DurationUnit::Hour | DurationUnit::Minute)
            && matches!(c.word(i).chars().next(), Some('ل' | 'ب'))
            && c.proclitic_len(i) > 0
            && !names_whose_units(c, end);
        let cued = i == 0 || is_duration_cue(c, i - 1) || c.breaks_before(i) || glued_cue;
        if is_ambiguous_single(unit) && !cued {
            return None;
        }
        // `في ساعة مبكرة من صباح أمس`: at an early hour, no length.
        if matches!(c.word(end), "مبكره" | "متاخره" | "باكره") {
            return None;
        }
        // `عام 2019`, `شهر 2`: a date, not a length.
        if c.is_digits(end) {
            return None;
        }
    }
    let Some(value) = value else {
        return Some((end, None));
    };
    let (end, value) = fold(c, end, unit, value);
    Some((end, Some(Duration { value, unit })))
}

/// Whether a definite word follows an uncounted plural, making it `the units of` that
/// thing rather than a length: `خلال أيام العيد`, `منذ سنوات الحرب`, `قبل ساعات الفجر`.
/// An adjective after an indefinite plural is indefinite too (`لساعات طويلة`).
pub(crate) fn names_whose_units(c: &Cursor, end: usize) -> bool {
    let word = c.word(end);
    // `منذ ساعات فجر الأحد`: the hours of a part of the day (`ساعات صباحا` is hours, in
    // the morning).
    let noun_of_day_part = !word.starts_with('و') && !word.ends_with('ا');
    if c.classes(end) & crate::starters::DAY_PART != 0 && noun_of_day_part {
        return true;
    }
    word.starts_with("ال")
        && !matches!(
            word,
            "التي"
                | "الذي"
                | "الذين"
                | "اللذين"
                | "اللتين"
                | "اللذان"
                | "اللتان"
                | "اللاتي"
                | "اللواتي"
                | "الي"
                | "الا"
                | "الان"
        )
}

/// Whether the singular `يوم` that ended an amount at `end` introduces the day it names
/// rather than counting: `وإصابة 173 يوم الأحد` is 173 wounded on Sunday, `الرحلة 127
/// يوم 6 يوليو` a flight on 6 July. A count of days takes `أيام` or `يوما`; the bare
/// singular before a weekday or a day of a month is the day's name.
fn names_the_day(c: &Cursor, end: usize) -> bool {
    if end == 0 || c.word(end - 1) != "يوم" {
        return false;
    }
    let weekday = c
        .lookup(end, |s, _| lexicon::weekday(s).map(|_| ()))
        .is_some();
    let day_of_month = c.is_digits(end)
        && c.lookup(end + 1, |s, _| lexicon::gregorian_month(s).map(|_| ()))
            .is_some();
    weekday || day_of_month
}

/// Adds the parts in other units that follow a length (`ساعتين و30 دقيقة`, `10 دقائق
/// و20 ثانية`, `سنة وشهرين`), folded into its unit. Returns the new end and value.
pub(crate) fn fold(c: &Cursor, mut end: usize, unit: DurationUnit, mut value: f64) -> (usize, f64) {
    while let Some((e, other, amount)) = and_more(c, end) {
        value += amount * ratio(other, unit);
        end = e;
    }
    (end, value)
}

/// `و` (or a comma) + an amount of another unit, at `i`.
fn and_more(c: &Cursor, i: usize) -> Option<(usize, DurationUnit, f64)> {
    let comma = c.is_punct(i, ',');
    let i = if comma { i + 1 } else { i };
    let w = c.word(i);
    // A bare next part needs a comma, `و`, or a number (`2 سنة 1 شهر`): `بعد شهرين يوم
    // الخميس` is two months, then a day.
    let number = c.classes(i) & crate::starters::NUMBER != 0;
    if !(comma || w.starts_with('و') || w == "and" || number) {
        return None;
    }
    let (end, unit, value) = if w == "و" || w == "and" {
        let (e, u, v, _) = relative::amount(c, i + 1)?;
        (e, u, v?)
    } else if let Some(fr) = lexicon::fraction(w) {
        // `ونصف دقيقة`
        let (u, _) = c.lookup(i + 1, |s, _| relative::unit_word(s))?;
        (i + 2, u, fr)
    } else {
        // `وساعتين`, or a bare next part after a comma: `3 سنين، 3 شهور`.
        let (e, u, v, _) = relative::amount(c, i)?;
        (e, u, v?)
    };
    Some((end, unit, value))
}

/// A unit's length in seconds, months and years at their mean Gregorian length.
fn seconds(unit: DurationUnit) -> f64 {
    const DAY: f64 = 86_400.0;
    match unit {
        DurationUnit::Second => 1.0,
        DurationUnit::Minute => 60.0,
        DurationUnit::Hour => 3_600.0,
        DurationUnit::Day => DAY,
        DurationUnit::Week => 7.0 * DAY,
        DurationUnit::Month => 365.2425 * DAY / 12.0,
        DurationUnit::Year => 365.2425 * DAY,
    }
}

/// How many `to` units one `from` unit is.
fn ratio(from: DurationUnit, to: DurationUnit) -> f64 {
    match (from, to) {
        (DurationUnit::Month, DurationUnit::Year) => 1.0 / 12.0,
        _ => seconds(from) / seconds(to),
    }
}

/// A length kept in calendar parts (whole months, whole days, seconds) with its finest
/// unit, so that an offset of several parts lands on the right day: `منذ شهر و21 يوماً`
/// is one calendar month and 21 days back, at day precision, where folding into 1.69
/// months would lose the days.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct CalendarLength {
    /// Whole calendar months (years count twelve).
    pub months: i64,
    /// Whole days (weeks count seven).
    pub days: i64,
    /// Clock time, in seconds.
    pub seconds: i64,
    /// The finest unit named, which sets the precision of the point it leads to.
    pub finest: DurationUnit,
}

impl CalendarLength {
    /// `value` units and nothing else; `None` as for [`CalendarLength::add`].
    fn of(unit: DurationUnit, value: f64) -> Option<CalendarLength> {
        let mut length = CalendarLength {
            months: 0,
            days: 0,
            seconds: 0,
            finest: unit,
        };
        length.add(unit, value)?;
        Some(length)
    }

    /// Adds `value` units; `None` when a month or year part is not whole (`سنة ونصف`
    /// has no calendar reading in months and days).
    fn add(&mut self, unit: DurationUnit, value: f64) -> Option<()> {
        let whole = |v: f64| (v.fract() == 0.0 && v.abs() < 1e9).then_some(v as i64);
        match unit {
            DurationUnit::Year => self.months += whole(value * 12.0)?,
            DurationUnit::Month => self.months += whole(value)?,
            DurationUnit::Week | DurationUnit::Day => {
                let days = if unit == DurationUnit::Week {
                    value * 7.0
                } else {
                    value
                };
                match whole(days) {
                    Some(d) => self.days += d,
                    None => self.seconds += (days * 86_400.0).round() as i64,
                }
            }
            _ => self.seconds += (value * seconds(unit)).round() as i64,
        }
        if seconds(unit) < seconds(self.finest) {
            self.finest = unit;
        }
        Some(())
    }

    /// The same length pointing the other way.
    pub(crate) fn negated(self) -> CalendarLength {
        CalendarLength {
            months: -self.months,
            days: -self.days,
            seconds: -self.seconds,
            finest: self.finest,
        }
    }
}

/// Like [`fold`], but keeps the parts apart as a [`CalendarLength`]. `None` when only
/// one whole part is named (the plain amount says it all) or a part has no calendar
/// reading.
pub(crate) fn calendar_parts(
    c: &Cursor,
    mut end: usize,
    unit: DurationUnit,
    value: f64,
) -> Option<(usize, CalendarLength)> {
    let mut length = CalendarLength::of(unit, value)?;
    let mut parts = 1;
    while let Some((e, other, amount)) = and_more(c, end) {
        length.add(other, amount)?;
        end = e;
        parts += 1;
    }
    // One whole part needs no calendar reading; a fractional year does (`سنة ونصف` is
    // 18 months).
    (parts > 1 || value.fract() != 0.0).then_some((end, length))
}

/// The amount at `end` (already read as `value` units) with any parts that follow, as a
/// [`CalendarLength`], also when there is one part. `None` for a part with no calendar
/// reading.
pub(crate) fn calendar_length(
    c: &Cursor,
    end: usize,
    unit: DurationUnit,
    value: f64,
) -> Option<(usize, CalendarLength)> {
    if let Some(found) = calendar_parts(c, end, unit, value) {
        return Some(found);
    }
    Some((end, CalendarLength::of(unit, value)?))
}

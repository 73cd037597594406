//! Intervals: `بين عامي 2014 و2019`, `من السابعة مساء الى الخامسة صباحا`, `من 13 الى 15
//! شباط`, `19-20 نوفمبر`, `2014-2018`, `يومي الخميس والجمعة`, `ليل الخميس الى الجمعة`,
//! and how one end lends the other its day, month or part of the day.

use crate::cursor::Cursor;
use crate::lexicon::DayPart;
use crate::resolve::{resolve, Fields};
use crate::scan::{blank, expression, extend, flags};
use crate::starters::{HIJRI, MONTH, NUMBER};
use crate::{clock, dates, relative, Precision, TimeKind, TimeMention, TimeOptions};

/// An interval whose first end is the expression `f1` ending at `e1`, without `من`:
/// `ليل الخميس الى الجمعة`, `الساعة الثامنة صباحا الى 11 مساء`.
pub(crate) fn range_after(c: &Cursor, e1: usize, f1: &Fields) -> Option<(usize, Fields, Fields)> {
    if let Some(found) = night_of_two_days(c, e1, f1) {
        return Some(found);
    }
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

/// `ليل السبت الأحد`: a night named by the two days it joins, with no separator.
fn night_of_two_days(c: &Cursor, e1: usize, f1: &Fields) -> Option<(usize, Fields, Fields)> {
    let first = f1.weekday.filter(|_| f1.day_part == Some(DayPart::Night))?;
    if f1.hour.is_some() || f1.weekday_shift.is_some() {
        return None;
    }
    let (e2, mut f2) = relative::weekday(c, e1)?;
    if f2.weekday != Some(first.next()) || f2.weekday_shift.is_some() || f2.day.is_some() {
        return None;
    }
    f2.hour = Some(6);
    Some((e2, *f1, f2))
}

/// Whether token `i` is a word that opens an interval (`من`, `بين`, `يومي`, `from`):
/// such words start a mention only when one can start right after them.
pub(crate) fn opens_interval(c: &Cursor, i: usize) -> bool {
    let w = c.word(i);
    matches!(w, "من" | "ومن" | "بين" | "وبين" | "between" | "from") || dual_of_unit(c, i)
}

/// `يومي`, `عامي`, `سنتي`, `شهري` opening an interval themselves (`خلال عامي 2019
/// و2020`, `خلال شهري آب وأيلول`): the dual of a unit joins two of them.
fn dual_of_unit(c: &Cursor, i: usize) -> bool {
    let w = c.word(i);
    (w.ends_with("يومي") || w.ends_with("عامي") || w.ends_with("سنتي") || w.ends_with("شهري"))
        && c.stem_is(i, &["يومي", "عامي", "سنتي", "شهري"])
}

/// `بين عامي 2014 و2019`, `من السابعة مساء الى الخامسة صباحا`, `between 2014 and 2019`,
/// `من الستة للسبعة`.
pub(crate) fn interval(c: &Cursor, i: usize) -> Option<(usize, Fields, Fields)> {
    interval_of_expressions(c, i)
        .or_else(|| spoken_hour_range(c, i))
        .or_else(|| hours_on_a_day(c, i))
}

/// `من 5 الى 6 من 22 نيسان`, `from 9 to 11 of 3/2/2022`: two bare numbers "of" a named
/// day are hours of that day (a range of days names a month, not a day, after it: `من
/// 13 الى 15 شباط`). Both numbers are written in digits and fit the clock. Without that
/// `من` they may count something on that day (`ارتفع العدد من 5 الى 7 يوم الأحد`).
fn hours_on_a_day(c: &Cursor, i: usize) -> Option<(usize, Fields, Fields)> {
    if !matches!(c.word(i), "من" | "ومن" | "from") {
        return None;
    }
    let hour_at = |j: usize| -> Option<(usize, i8)> {
        let f = c
            .figure(j)
            .filter(|f| !f.ordinal && (1..=2).contains(&f.digits))?;
        let h = i8::try_from(f.int()?)
            .ok()
            .filter(|h| (0..=24).contains(h))?;
        Some((f.end, h))
    };
    let (e1, h1) = hour_at(i + 1)?;
    let sep_ok = matches!(c.word(e1), "الي" | "حتي" | "to" | "until") || c.is_punct(e1, '-');
    if !sep_ok {
        return None;
    }
    let (e2, h2) = hour_at(e1 + 1)?;
    if !matches!(c.word(e2), "من" | "of") {
        return None;
    }
    let at = e2 + 1;
    let (end, day) = expression(c, at)?;
    let one_day = (day.day.is_some() && day.month.is_some())
        || day.weekday.is_some()
        || day.relative_day.is_some();
    if !one_day || day.hour.is_some() || day.day_part.is_some() {
        return None;
    }
    let f1 = Fields {
        hour: Some(h1),
        ..day
    };
    let f2 = Fields {
        hour: Some(h2),
        ..day
    };
    Some((end, f1, f2))
}

/// `من الستة للسبعة`, `من 5 ل 7 مساء`, `من الاربعه ونص للخمسه`: the colloquial range of
/// hours, whose `ل` says the two numbers are hours (a range of counts takes `الي`: `من
/// 5 الى 7 سنوات`), so cardinals there read the clock.
///
/// `بين السته والسبعه مساء` joins two cardinals with `و`, as any range of counts does:
/// only a part of the day after them makes them hours.
fn spoken_hour_range(c: &Cursor, i: usize) -> Option<(usize, Fields, Fields)> {
    let between = matches!(c.word(i), "بين" | "وبين");
    if !(between || matches!(c.word(i), "من" | "ومن")) {
        return None;
    }
    let (e1, mut f1) = clock::spoken_hour(c, i + 1)?;
    let sep = c.word(e1);
    // `من اثنين الى خمسة مساء`: `الي` joins counts too, so, as with `بين`, only a part of
    // the day after the second end makes them hours.
    let counts_too = between || matches!(sep, "الي" | "حتي");
    let k = if between {
        match sep {
            "و" => e1 + 1,
            _ if sep.starts_with('و') => e1,
            _ => return None,
        }
    } else if matches!(sep, "ل" | "لل") {
        e1 + 1
    } else if sep.starts_with("لل") {
        e1 // `للسبعه`
    } else if counts_too {
        e1 + 1
    } else {
        return None;
    };
    let (e2, f2) = clock::spoken_hour(c, k)?;
    // `قتل بين الخمسه والسبعه مساء الخميس`: counts before the evening of a day.
    if counts_too && (f2.day_part.is_none() || clock::day_follows(c, e2)) {
        return None;
    }
    // `من 5 ل 7 لاعبين`: a bare number before a word that is no time counts that word.
    let plain_word_after = !c.word(e2).is_empty() && !c.can_start(e2) && !c.breaks_before(e2);
    if f2.minute.is_none() && f2.day_part.is_none() && plain_word_after {
        return None;
    }
    let (e2, mut f2) = extend(c, e2, f2);
    inherit(&mut f2, &f1, true);
    inherit(&mut f1, &f2, false);
    Some((e2, f1, f2))
}

/// [`interval`] of two expressions, or of a bare number and an expression that says
/// what it counts.
fn interval_of_expressions(c: &Cursor, i: usize) -> Option<(usize, Fields, Fields)> {
    let w = c.word(i);
    // `يومي الخميس والجمعة`, `يومي 12 و13 آذار`: the dual of day joins two days.
    let dual = dual_of_unit(c, i);
    let between = matches!(w, "بين" | "وبين" | "between") || dual;
    let from = matches!(w, "من" | "ومن" | "from" | "منذ" | "ومنذ" | "since");
    if !(between || from) {
        // A month opens with its name, or with `شهر` before a figure.
        let month = c.classes(i) & (MONTH | HIJRI) != 0 || c.classes(i + 1) & NUMBER != 0;
        // The other three open on digits.
        if !month && !c.is_digits(i) {
            return None;
        }
        return dash_range(c, i)
            .or_else(|| consecutive_days(c, i))
            .or_else(|| bare_day_range(c, i))
            .or_else(|| month.then(|| month_dash_range(c, i)).flatten());
    }
    let mut months = c.stem_is(i, &["شهري"]);
    let mut j = i + 1;
    let years = (dual && c.stem_is(i, &["عامي", "سنتي"]))
        || c.lookup(j, |s, _| {
            matches!(s, "عامي" | "سنتي" | "years").then_some(())
        })
        .is_some();
    if years && !dual {
        j += 1;
    }
    // `بين شهري يناير ومارس`
    if !dual && c.stem_is(j, &["شهري"]) {
        j += 1;
        months = true;
    }
    // Two month names after `شهري` are months even when also common words (`آب`).
    if months {
        let (e1, f1) = dates::named_month(c, j)?;
        let k = if c.word(e1) == "و" { e1 + 1 } else { e1 };
        if k == e1 && !c.word(k).starts_with('و') {
            return None;
        }
        let (e2, mut f2) = dates::named_month(c, k)?;
        let mut f1 = f1;
        inherit(&mut f2, &f1, true);
        inherit(&mut f1, &f2, false);
        return Some((e2, f1, f2));
    }
    // The first end: an expression, a bare year, or a bare number whose meaning the
    // second end gives (`من 5 الى 6 مساء`, `من 13 الى 15 شباط`).
    let mut bare_number = None;
    let mut bare_minute = None;
    let mut rank_start = false;
    let (e1, f1) = if years {
        dates::bare_year(c, j)?
    } else if let Some(found) = expression(c, j).or_else(|| dates::bare_year(c, j)) {
        found
    } else if let Some(found) = month_before_month(c, j, between) {
        found
    } else {
        let f = c.figure(j)?;
        if let Some(h) = clock::ordinal_hour(c, j, &f) {
            // `من الخامسة إلى السابعة`: two ranks of the clock, each alone.
            rank_start = true;
            let fields = Fields {
                hour: Some(h),
                ..Fields::default()
            };
            (f.end, fields)
        } else if let Some((h, m, end)) = dotted_hour(c, j) {
            // `من 4.30 وحتى 12 مساء`: hours and minutes with a dot, a clock only when
            // the second end is one.
            bare_number = Some(h);
            bare_minute = Some(m);
            (end, Fields::default())
        } else {
            bare_number = Some(f.int()?);
            (f.end, Fields::default())
        }
    };
    let (e2, mut f2) = second_end(c, e1, between, &f1)?;
    if !years && between && after_ranging_verb(c, i) && is_year_only(&f1) && is_year_only(&f2) {
        return None;
    }
    if f1.hour.is_some() && f2.hour.is_none() {
        return None;
    }
    // `الجوائز من السابعة وحتى الحادية والعشرين`: ranks of a list, not of the clock.
    if rank_start && f2.day_part.is_none() && f2.hour.is_some_and(|h| h > 12) {
        return None;
    }
    let mut f1 = f1;
    if let Some(n) = bare_number {
        let n = i8::try_from(n).ok()?;
        if f2.hour.is_some() && (0..=24).contains(&n) {
            f1.hour = Some(n);
            f1.minute = bare_minute;
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
            && bare_minute.is_none()
        {
            f1.day = Some(n);
            f1.month = f2.month;
            f1.year = f2.year;
            f1.hijri = f2.hijri;
            f1.month_shift = f2.month_shift;
            f1.relative_period = f2.relative_period;
        } else {
            return None;
        }
    }
    if f1.is_empty() || f2.is_empty() {
        return None;
    }
    let start_undated = f1.relative_day.is_none() && !is_dated(&f1);
    inherit(&mut f2, &f1, true);
    inherit(&mut f1, &f2, false);
    overnight_start(&mut f1, &f2, start_undated);
    // `ليل الخميس الى الجمعة`: the night ends at dawn.
    if f1.day_part == Some(DayPart::Night) && f2.hour.is_none() && f2.day_part.is_none() {
        f2.hour = Some(6);
    }
    Some((e2, f1, f2))
}

/// Whether the fields hold a year and nothing finer.
fn is_year_only(f: &Fields) -> bool {
    f.year.is_some() && f.month.is_none() && f.day.is_none() && f.hour.is_none()
}

/// Whether a form of `تراوح` ("to range") comes up to three words before `i`: what
/// follows is an amount (`يتراوح السعر بين 1000 و2000 ريال`), not two years.
fn after_ranging_verb(c: &Cursor, i: usize) -> bool {
    (1..=3).any(|back| i >= back && c.word(i - back).contains("تراوح"))
}

/// `من مارس إلى مايو الماضي`: a month name that is also a word (`مارس` "practised")
/// opens an interval when the second end is a month too.
fn month_before_month(c: &Cursor, j: usize, between: bool) -> Option<(usize, Fields)> {
    let (e1, f1) = dates::named_month(c, j)?;
    let (_, f2) = second_end(c, e1, between, &f1)?;
    (f2.month.is_some() && f2.day.is_none() && f2.hour.is_none()).then_some((e1, f1))
}

/// `الموافق 4 إلى 6 أغسطس`, `22 حتى 30 من الشهر الجاري`: a range of days with no `من`
/// before it, when the second end names the month of both and comes later in it.
fn bare_day_range(c: &Cursor, i: usize) -> Option<(usize, Fields, Fields)> {
    let (a, n) = c.digits(i)?;
    if n > 2 || !matches!(c.word(i + 1), "الي" | "حتي" | "وحتي") {
        return None;
    }
    // `من 23 / 4 إلى 26 / 6`: the month of a date in figures, not a day.
    if i > 0 && ['/', '-', '.', ':'].iter().any(|&p| c.is_punct(i - 1, p)) {
        return None;
    }
    let a = i8::try_from(a).ok().filter(|a| (1..=31).contains(a))?;
    let (e2, f2) = expression(c, i + 2)?;
    let month_named =
        f2.month.is_some() || matches!(f2.relative_period, Some((crate::DurationUnit::Month, _)));
    if !month_named || f2.day.is_none_or(|b| b <= a) || f2.hour.is_some() {
        return None;
    }
    let f1 = Fields {
        day: Some(a),
        month: f2.month,
        year: f2.year,
        hijri: f2.hijri,
        month_shift: f2.month_shift,
        relative_period: f2.relative_period,
        ..Fields::default()
    };
    Some((e2, f1, f2))
}

/// `يونيو - يوليو 2015`, `(سبتمبر- نوفمبر)`: two months of one naming joined by a dash
/// (a double name pairs two namings: [`dates::named_month`] reads those).
fn month_dash_range(c: &Cursor, i: usize) -> Option<(usize, Fields, Fields)> {
    let (e1, mut f1) = dates::named_month(c, i)?;
    if f1.year.is_some() || f1.hijri || !(c.is_punct(e1, '-') || c.is_punct(e1, '–')) {
        return None;
    }
    let (mut e2, mut f2) = dates::named_month(c, e1 + 1)?;
    if f2.hijri || f2.month == f1.month {
        return None;
    }
    // `سبتمبر- نوفمبر من هذا العام`: the year of both.
    if f2.year.is_none() && c.word(e2) == "من" {
        if let Some((e, year)) = crate::relative::period(c, e2 + 1) {
            if let Some((crate::DurationUnit::Year, shift)) = year.relative_period {
                f2.relative_period = Some((crate::DurationUnit::Year, shift));
                f1.relative_period = f2.relative_period;
                e2 = e;
            }
        }
    }
    inherit(&mut f2, &f1, true);
    inherit(&mut f1, &f2, false);
    Some((e2, f1, f2))
}

/// `4.30`: an hour up to twelve and two digits of minutes joined by a dot. Returns the
/// hour, the minute and where the reading ends.
fn dotted_hour(c: &Cursor, j: usize) -> Option<(i64, i8, usize)> {
    let (h, hn) = c.digits(j)?;
    let (m, mn) = c.digits(j + 2)?;
    let dotted = c.is_punct(j + 1, '.') && c.glued(j + 1) && c.glued(j + 2);
    if !dotted || hn > 2 || h > 12 || mn != 2 || m > 59 {
        return None;
    }
    Some((i64::try_from(h).ok()?, i8::try_from(m).ok()?, j + 3))
}

/// `15 و16 مارس`: two days in a row of one month, named with `و`; the span of both.
fn consecutive_days(c: &Cursor, i: usize) -> Option<(usize, Fields, Fields)> {
    let (a, na) = c.digits(i)?;
    if na > 2 {
        return None;
    }
    let k = if c.word(i + 1) == "و" { i + 2 } else { i + 1 };
    if k == i + 1 && !c.word(k).starts_with('و') {
        return None;
    }
    let (end, f2) = dates::day_month(c, k)?;
    let (Some(day), Some(_)) = (f2.day, f2.month) else {
        return None;
    };
    if u64::try_from(day).ok()? != a + 1 {
        return None;
    }
    let f1 = Fields {
        day: i8::try_from(a).ok(),
        ..f2
    };
    Some((end, f1, f2))
}

/// `19-20 نوفمبر`, `2014-2018`: two days of one month, or two years, joined by a dash.
pub(crate) fn dash_range(c: &Cursor, i: usize) -> Option<(usize, Fields, Fields)> {
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
pub(crate) fn second_end(
    c: &Cursor,
    e1: usize,
    between: bool,
    f1: &Fields,
) -> Option<(usize, Fields)> {
    let sep = c.word(e1);
    let k = if between {
        // `ما بين 3 إلى 5 فبراير`, `يومي 7 إلى 8 أكتوبر`: news also closes `بين` with `إلى`.
        if matches!(sep, "و" | "and" | "الي" | "حتي") || c.is_punct(e1, '-') {
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
    // `من يناير إلى مارس`: after a month, a name that is also a word (`مارس`) is a month;
    // `ل` joins hours, not months (`الست من شوال لرمضان` are days of fasting).
    if f1.month.is_some() && f1.day.is_none() && f1.hour.is_none() && !sep.starts_with('ل') {
        return dates::named_month(c, k);
    }
    // `من الساعة 9 الى 11 مساء`, `من السابعة الى التاسعة`: a bare number after a clock.
    if f1.hour.is_some() {
        let f = c.figure(k)?;
        let h = i8::try_from(f.int()?).ok()?;
        if !(0..=24).contains(&h) || f.digits > 2 {
            return None;
        }
        // `العاشرة صباحا إلى عشرين`: a cardinal word past twelve is a count, not an hour.
        if f.digits == 0 && !f.ordinal && h > 12 {
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

/// Whether fields name a day (by date, weekday or relative day).
pub(crate) fn is_dated(f: &Fields) -> bool {
    f.day.is_some() || f.weekday.is_some() || f.relative_day.is_some()
}

/// Fills the date of one end of an interval from the other (`من 13 الى 15 شباط`: the
/// month; `من السابعة مساء الى الخامسة صباحا يوم غد`: the day, which
/// [`overnight_start`] then moves back for a start later on the clock).
pub(crate) fn inherit(to: &mut Fields, from: &Fields, to_is_end: bool) {
    // `من الساعة 5 الى 7 مساء`: one end takes the other's part of the day when that
    // keeps the start first.
    if let (Some(h_to), None, Some(h_from), Some(part)) =
        (to.hour, to.day_part, from.hour, from.day_part)
    {
        // Midnight (`الثانية عشرة ليلا`) ends the day: it counts as 24 here.
        let late = |h: i8| if h == 0 { 24 } else { h };
        let (a, b) = (late(part.adjust_hour(h_to)), late(part.adjust_hour(h_from)));
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
        // `من يوم 3 إلى 4 أغسطس المقبل`: both days are in the next August.
        to.month_shift = to.month_shift.or(from.month_shift);
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

/// `من العاشرة مساء حتى السادسة صباح الغد`: a start that took its day from the end but
/// reads a later clock time is on the day before.
fn overnight_start(f1: &mut Fields, f2: &Fields, start_undated: bool) {
    let (Some(h1), Some(h2), Some(day)) = (f1.hour, f2.hour, f1.relative_day) else {
        return;
    };
    if !start_undated || f2.relative_day != Some(day) {
        return;
    }
    let clock = |f: &Fields, h: i8| {
        let h = f.day_part.map_or(h, |p| p.adjust_hour(h));
        i32::from(h) * 60 + i32::from(f.minute.unwrap_or(0))
    };
    if clock(f1, h1) > clock(f2, h2) {
        f1.relative_day = Some(day - 1);
    }
}

/// `من السابعة مساء حتى 12 مساء`, `حظر التجول من الساعة 12 مساء حتى السادسة صباحا`:
/// twelve "in the evening" ending an evening (or a bare hour, then in the evening) or
/// starting a night that ends in the morning is midnight, not noon (`من الساعة 12 مساء
/// الى الساعة 3 مساء` stays noon).
fn midnight_said_in_the_evening(mut f1: Fields, mut f2: Fields) -> (Fields, Fields) {
    let twelve_in_the_evening =
        |f: &Fields| f.hour == Some(12) && f.day_part == Some(DayPart::Evening);
    let clock = |f: &Fields| f.hour.map(|h| f.day_part.map_or(h, |p| p.adjust_hour(h)));
    // `من 4.30 وحتى 12 مساء`: a bare start before twelve in the evening is in the evening.
    let bare_start = f1.day_part.is_none() && f1.hour.is_some_and(|h| (1..12).contains(&h));
    if twelve_in_the_evening(&f2) && bare_start {
        f1.day_part = Some(DayPart::Evening);
    }
    if twelve_in_the_evening(&f2) && clock(&f1).is_some_and(|h| (13..24).contains(&h)) {
        f2.hour = Some(24);
    } else if twelve_in_the_evening(&f1)
        && matches!(f2.day_part, Some(DayPart::Morning | DayPart::Dawn))
        && clock(&f2).is_some_and(|h| h < 12)
    {
        f1.hour = Some(24);
    }
    (f1, f2)
}

/// The mention of an interval; `None` when its ends resolve in the wrong order (two
/// expressions that only look like one interval).
pub(crate) fn interval_mention(
    f1: &Fields,
    f2: &Fields,
    options: &TimeOptions,
) -> Option<TimeMention> {
    let (f1, f2) = &midnight_said_in_the_evening(*f1, *f2);
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
    // `من اليوم حتى 22 أكتوبر`: a day or month named without a year that would end
    // the interval before it starts is the first one after the start.
    if let (Some(s), Some(e)) = (w1.start, w2.end) {
        if e <= s
            && f2.year.is_none()
            && f2.month.is_some()
            && f2.month_shift.is_none()
            && f2.hour.is_none()
        {
            let after_start = TimeOptions {
                reference: Some(s),
                prefer: crate::Prefer::Future,
            };
            w2 = resolve(f2, &after_start);
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

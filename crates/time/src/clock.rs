//! Times of day: `الساعة السابعة مساء`, `الساعة 7 و15 دقيقة`, `٠٧:٣٠ صباحاً`, `19:00`,
//! `7 p.m.`, and parts of the day alone: `فجرا`, `ظهرا`, `منتصف الليل`, `بعد الظهر`.

use crate::cursor::{Cursor, Figure};
use crate::lexicon::{self, DayPart};
use crate::resolve::Fields;

/// Whether a word is `الساعه` (the hour of the clock, with any clitic).
fn is_hour_word(c: &Cursor, i: usize) -> bool {
    c.lookup(i, |s, article| (s == "ساعه" && article).then_some(()))
        .is_some()
}

/// A part of the day at `i`, one or two words; returns its end.
pub(crate) fn day_part_at(c: &Cursor, i: usize) -> Option<(usize, DayPart)> {
    let w = c.word(i);
    if w.is_empty() {
        return None;
    }
    // `p.m.`, `a.m.`
    if matches!(w, "p" | "a") && c.is_punct(i + 1, '.') && c.word(i + 2) == "m" {
        let end = if c.is_punct(i + 3, '.') { i + 4 } else { i + 3 };
        let part = if w == "p" {
            DayPart::Evening
        } else {
            DayPart::Morning
        };
        return Some((end, part));
    }
    if c.stem_is(i, &["منتصف"]) {
        // `منتصف الليل`, `منتصف-الليل`
        let k = if c.is_punct(i + 1, '-') { i + 2 } else { i + 1 };
        if c.stem_is(k, &["ليل", "ليله"]) {
            return Some((k + 1, DayPart::Midnight));
        }
        if c.stem_is(k, &["نهار", "ظهر", "ظهيره"]) {
            return Some((k + 1, DayPart::Noon));
        }
        return None;
    }
    if w == "بعد" && c.stem_is(i + 1, &["ظهر", "ظهيره"]) {
        return Some((i + 2, DayPart::Afternoon));
    }
    // `قبل ظهر اليوم`, `الحادية عشرة قبل الظهر`: the forenoon, a.m.
    if w == "قبل" && c.stem_is(i + 1, &["ظهر", "ظهيره"]) {
        return Some((i + 2, DayPart::Morning));
    }
    // `الخامسة بعد العصر`: after the afternoon prayer, still late afternoon.
    if w == "بعد" && matches!(c.word(i + 1), "العصر" | "عصر") {
        return Some((i + 2, DayPart::LateAfternoon));
    }
    if w == "in" && c.word(i + 1) == "the" {
        let part = lexicon::day_part(c.word(i + 2))?;
        return Some((i + 3, part));
    }
    let part = c.lookup(i, |s, _| lexicon::day_part(s))?;
    Some((i + 1, part))
}

/// The end of `بعد منتصف الليل` at `i` (`after midnight`), which places the hour before
/// it in the small hours.
fn after_midnight(c: &Cursor, i: usize) -> Option<usize> {
    let at = match c.word(i) {
        "بعد" | "after" => i + 1,
        _ => return None,
    };
    let (end, part) = day_part_at(c, at)?;
    (part == DayPart::Midnight).then_some(end)
}

/// A minute stated after an hour: `:30`, `ونصف`, `وربع`, `و15 دقيقه`, `الا ربع`.
/// Returns (end, minute, hour correction).
pub(crate) fn minutes_after(c: &Cursor, j: usize) -> Option<(usize, i8, i8)> {
    if c.is_punct(j, ':') && c.glued(j) && c.glued(j + 1) {
        let (m, n) = c.digits(j + 1)?;
        if n != 2 || m > 59 {
            return None;
        }
        let mut end = j + 2;
        if c.is_punct(end, ':') && c.glued(end) && c.digits(end + 1).is_some_and(|(_, n)| n == 2) {
            end += 2;
        }
        return Some((end, m as i8, 0));
    }
    let w = c.word(j);
    if let Some(fr) = lexicon::fraction(w) {
        return Some((j + 1, (fr * 60.0).round() as i8, 0));
    }
    let glued_and = w.starts_with('و') && w.chars().count() > 1;
    if w == "و" || w == "and" || glued_and {
        let at = if glued_and { j } else { j + 1 };
        // Minutes are cardinals, with their unit (`و15 دقيقة`) or too many to be an hour
        // (`و45`): `بين الساعة 5 و6` and `الخامسة والسادسة` join two hours.
        if let Some(f) = c.figure(at).filter(|f| !f.ordinal) {
            let m = f.int()?;
            let unit = c
                .lookup(f.end, |s, _| {
                    matches!(lexicon::unit(s), Some((crate::DurationUnit::Minute, _))).then_some(())
                })
                .is_some();
            if (0..60).contains(&m) && (unit || m > 24) {
                return Some((f.end + usize::from(unit), m as i8, 0));
            }
        }
    }
    if w == "الا" {
        let next = c.word(j + 1);
        let m = match next {
            "ربع" | "الربع" | "ربعا" => Some((j + 2, 15)),
            "ثلث" | "الثلث" | "ثلثا" => Some((j + 2, 20)),
            _ => c.figure(j + 1).and_then(|f| {
                let m = f.int()?;
                let mut end = f.end;
                if c.lookup(end, |s, _| {
                    matches!(lexicon::unit(s), Some((crate::DurationUnit::Minute, _))).then_some(())
                })
                .is_some()
                {
                    end += 1;
                }
                (1..60).contains(&m).then_some((end, m as i8))
            }),
        };
        let (end, m) = m?;
        return Some((end, 60 - m, -1));
    }
    None
}

/// A clock time at `i`.
pub(crate) fn clock(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    // `T12:34:20`, `2016-11-07T12:34:20`: the ISO 8601 mark glued before a reading.
    let iso = c.word(i) == "t" && c.glued(i + 1) && c.is_digits(i + 1) && c.is_punct(i + 2, ':');
    let mut j = if iso { i + 1 } else { i };
    let cue = is_hour_word(c, j) || c.word(j) == "at";
    if cue {
        j += 1;
        // `الساعة الـ 7`: the article of the figure written apart from it.
        if c.word(j) == "ال" && c.is_digits(j + 1) {
            j += 1;
        }
    }
    // `الساعة (11:59) مساء`: the reading in brackets after `الساعة`.
    let bracketed = cue && c.is_punct(j, '(') && c.is_digits(j + 1);
    if bracketed {
        j += 1;
    }
    // `9.30 مساء`: hours and minutes with a dot, which the numbers parser reads as 9.3.
    if let (Some((h, hn)), true, Some((m, 2))) = (
        c.digits(j),
        c.is_punct(j + 1, '.') && c.glued(j + 1) && c.glued(j + 2),
        c.digits(j + 2),
    ) {
        if hn <= 2 && h <= 24 && m < 60 && (cue || day_part_at(c, j + 3).is_some()) {
            let mut fields = Fields {
                hour: i8::try_from(h).ok(),
                minute: i8::try_from(m).ok(),
                ..Fields::default()
            };
            let mut end = j + 3;
            if bracketed && c.is_punct(end, ')') {
                end += 1;
            }
            if let Some((e, part)) = day_part_at(c, end) {
                fields.day_part = Some(part);
                end = e;
            }
            return Some((end, fields));
        }
    }
    if let Some(found) = universal_clock(c, j) {
        return Some(found);
    }
    if !cue {
        if let Some(found) = minutes_from_clock(c, i) {
            return Some(found);
        }
    }
    if let Some(found) = compressed(c, j) {
        return Some(found);
    }
    let mut f = match c.figure(j) {
        Some(f) => f,
        // `الساعة الواحدة`, `في الواحدة ظهرا`: one is an adjective the numbers parser
        // leaves alone; the checks below still ask for a cue, a part of the day or minutes.
        None if matches!(c.word(j), "الواحده" | "واحده") => Figure {
            end: j + 1,
            value: 1.0,
            ordinal: true,
            digits: 0,
        },
        None => return None,
    };
    // `الثامنة وعشرين`, `الساعة خمسة وخمسين دقيقة`: the numbers parser joins the hour and
    // its minutes into one number (the 28th, 55).
    let mut word_minutes = None;
    if f.digits == 0 && f.end > j + 1 {
        if let Some(h) = hour_word(c, j).filter(|h| h.end < f.end) {
            if let Some(found) = word_minutes_after(c, h.end).filter(|&(e, _)| e >= f.end) {
                f = h;
                word_minutes = Some(found);
            }
        }
    }
    // `عشرة وخمسة وأربعين مساء`, `خمسة عشر وثلاثين مساء`: an hour in cardinal words the
    // numbers parser left apart from its minutes, before a part of the day.
    // `ارتفع العدد الى خمسة وعشرين مساء`: a count after a word that leads to one.
    let after_number = i > 0
        && (c.figure(i - 1).is_some()
            || matches!(c.word(i - 1), "الي" | "نحو" | "حوالي" | "قرابه" | "من"));
    if word_minutes.is_none() && f.digits == 0 && !f.ordinal && !cue && !after_number {
        word_minutes = word_minutes_after(c, f.end).filter(|&(e, _)| spoken_time_before_part(c, e));
    }
    // `3 وثلث`, `12 ونص`: the numbers parser reads the fraction with the hour.
    let mut fraction_minutes = (f.value.fract() * 60.0).round();
    // `الساعة 14,30`: the decimal comma of some papers separates hours and minutes
    // (`الساعة 10,00` states them too).
    let mut comma_minutes = false;
    if f.digits > 0 && f.end == j + 3 && cue && c.is_punct(j + 1, ',') {
        if let Some((m, 2)) = c.digits(j + 2).filter(|&(m, _)| m < 60) {
            fraction_minutes = m as f64;
            comma_minutes = true;
        }
    }
    let hour = f.value.trunc() as i64;
    if !(0..=24).contains(&hour) || f.digits > 2 || f.value < 0.0 {
        return None;
    }
    let strong_cue = cue && c.word(i) != "at";
    // `على الخمسة العصر`: a definite cardinal right before a part of the day (not before
    // a day: `قتل الخمسة مساء الخميس`) is the colloquial hour.
    let definite_hour = c.word(j).starts_with("ال")
        && (1..=12).contains(&hour)
        && day_part_at(c, f.end).is_some_and(|(e, _)| !day_follows(c, e));
    let spoken = !after_number && word_minutes.is_some_and(|(e, _)| spoken_time_before_part(c, e));
    if f.digits == 0
        && !strong_cue
        && !f.ordinal
        && !definite_hour
        && !spoken
        && !c.word(i).is_ascii()
    {
        // A bare Arabic cardinal word is a count (`قتل ثلاثة مساء الخميس`): clock hours
        // are ordinals (`الثالثة مساء`) or follow `الساعة`.
        return None;
    }
    // `الأول مساء اليوم`: hours are feminine ranks; a masculine one ranks something else.
    if !strong_cue && f.ordinal && f.digits == 0 && !c.word(j).ends_with('ه') {
        return None;
    }
    // `الساعات الأولى من صباح اليوم`: an ordinal that ranks the noun before it.
    if !cue && f.ordinal && i > 0 && c.lookup(i - 1, |s, _| lexicon::unit(s)).is_some() {
        return None;
    }
    let mut end = f.end;
    let mut fields = Fields {
        hour: Some(hour as i8),
        ..Fields::default()
    };
    let mut colon = false;
    if fraction_minutes > 0.0 || comma_minutes {
        fields.minute = Some(fraction_minutes as i8);
    } else if let Some((e, m)) = word_minutes {
        fields.minute = Some(m);
        end = e;
    } else if let Some((e, m, correction)) = minutes_after(c, end) {
        colon = c.is_punct(end, ':');
        // `مدته 2:14 دقيقة`: minutes and seconds of a length, not a clock reading (but
        // `الساعة 11:59 دقيقة مساء` is one).
        let clock_unit = c.lookup(e, |s, _| lexicon::unit(s)).is_some_and(|(u, _)| {
            matches!(
                u,
                crate::DurationUnit::Hour
                    | crate::DurationUnit::Minute
                    | crate::DurationUnit::Second
            )
        });
        if colon && clock_unit && !strong_cue {
            return None;
        }
        let h = (hour as i8 + correction).rem_euclid(24);
        fields.hour = Some(h);
        fields.minute = Some(m);
        if colon && e == end + 4 {
            fields.second = c.digits(end + 3).and_then(|(v, _)| i8::try_from(v).ok());
        }
        end = e;
    } else if f.digits == 0 && (f.ordinal || strong_cue) {
        // `السابعة وعشرة`, `الساعة خمسة وعشر دقائق`.
        if let Some((e, m)) = word_minutes_after(c, end) {
            fields.minute = Some(m);
            end = e;
        }
    }
    if c.word(end) == "o" && c.is_punct(end + 1, '\'') && c.word(end + 2) == "clock" {
        end += 3;
    }
    if bracketed {
        // `في الساعة (12 شخصا)`: a bracket holding more than the reading holds no time.
        if !c.is_punct(end, ')') {
            return None;
        }
        end += 1;
    }
    let mut part_end = end;
    if matches!(c.word(part_end), "من" | "في") {
        part_end += 1;
    }
    if let Some(e) = after_midnight(c, end) {
        // `الساعة الواحدة بعد منتصف الليل`: an hour of the small hours.
        fields.day_part = Some(DayPart::Midnight);
        end = e;
    } else if let Some((e, part)) = day_part_at(c, part_end) {
        fields.day_part = Some(part);
        end = e;
    } else if let Some((e, part)) = this_day_part(c, end) {
        fields.day_part = Some(part);
        fields.relative_day = Some(0);
        end = e;
    } else if matches!(c.word(end), "am" | "pm")
        || (colon && matches!(c.word(end), "ص" | "م") && !c.glued(end))
    {
        // `10:50 ص`, `7:30 م`: the abbreviations of صباحا and مساء after a clock reading.
        fields.day_part = Some(if matches!(c.word(end), "pm" | "م") {
            DayPart::Evening
        } else {
            DayPart::Morning
        });
        end += 1;
    }
    if fields.day_part.is_some() && fields.minute.is_none() {
        // `التاسعة مساء وثلاثة أرباع`: a fraction of the hour after its part of the day
        // (a whole number there is a count: `9 مساء وثلاثة قتلى`).
        let fraction = c
            .number_alone(if c.word(end) == "و" { end + 1 } else { end }, c.len())
            .filter(|f| f.value > 0.0 && f.value < 1.0);
        if let (Some((e, m)), Some(_)) = (word_minutes_after(c, end), fraction) {
            fields.minute = Some(m);
            end = e;
        }
    }
    if let (Some(h), Some(m)) = (fields.hour, fields.minute) {
        // `الخامسة والنصف إلا ثلاث دقائق`: minutes taken from a time with minutes.
        if c.word(end) == "الا" {
            if let Some((e, back, _)) = minutes_after(c, end) {
                let total = i64::from(h) * 60 + i64::from(m) - i64::from(60 - back);
                if total >= 0 {
                    fields.hour = i8::try_from(total / 60).ok();
                    fields.minute = i8::try_from(total % 60).ok();
                    end = e;
                }
            }
        }
    }
    // `الثامنة والنصف`: an ordinal hour with its minutes is a clock reading too.
    let ordinal_with_minutes = f.ordinal && fields.minute.is_some();
    if !(strong_cue
        || colon
        || fields.day_part.is_some()
        || ordinal_with_minutes
        || hour_after_preposition(c, i, j, &f, end))
    {
        return None;
    }
    if colon && !cue && fields.day_part.is_none() && hour > 24 {
        return None;
    }
    Some((end, fields))
}

/// Whether an hour and its minutes in cardinal words ending at `e` stand before an
/// adverbial part of the day that no day follows: `ثمانية وأربعين مساء` is 20:40, read
/// as the clock because a count rarely takes a part of the day with no day (`قتل خمسة
/// وعشرين مساء الخميس` stays a count).
fn spoken_time_before_part(c: &Cursor, e: usize) -> bool {
    let adverbial = c
        .lookup(e, |s, _| lexicon::is_adverbial_day_part(s).then_some(()))
        .is_some()
        && !c.word(e).is_ascii();
    adverbial && !day_follows(c, e + 1)
}

/// `هذا الصباح`, `هذه الليلة`, `this morning` after an hour (`الثامنة والنصف هذا
/// الصباح`): today's part of the day, as `صباح اليوم`. Returns its end and the part.
fn this_day_part(c: &Cursor, i: usize) -> Option<(usize, DayPart)> {
    if !matches!(c.word(i), "هذا" | "هذه" | "this") {
        return None;
    }
    day_part_at(c, i + 1)
}

/// Whether a token is a minute unit (`دقيقه`, `دقائق`, `minutes`).
fn is_minute_unit(c: &Cursor, i: usize) -> bool {
    c.lookup(i, |s, _| {
        matches!(lexicon::unit(s), Some((crate::DurationUnit::Minute, _))).then_some(())
    })
    .is_some()
}

/// An hour written as one number word, or a teen in two (`الحاديه عشره`), read on its
/// own: `الثامنه` in `الثامنه وعشرين`.
fn hour_word(c: &Cursor, j: usize) -> Option<Figure> {
    let limit = if matches!(c.word(j + 1), "عشر" | "عشره") {
        j + 2
    } else {
        j + 1
    };
    let f = c.number_alone(j, limit)?;
    f.int().filter(|h| (0..=24).contains(h))?;
    Some(f)
}

/// Minutes in words after an hour in words: `وعشرين`, `و خمس دقائق`, `وخمسه وعشرين
/// دقيقه`, `و ثلاثه ارباع`. A rank (`والعشرين`) is no minute: `الحاديه والعشرين` is an
/// hour of the 24-hour clock.
fn word_minutes_after(c: &Cursor, j: usize) -> Option<(usize, i8)> {
    let w = c.word(j);
    let at = if w == "و" {
        j + 1
    } else if w.starts_with('و') && w.chars().count() > 1 {
        j
    } else {
        return None;
    };
    let f = c.number_alone(at, c.len()).filter(|f| !f.ordinal)?;
    let m = if f.value > 0.0 && f.value < 1.0 {
        (f.value * 60.0).round() as i64
    } else {
        f.int()?
    };
    if !(1..60).contains(&m) {
        return None;
    }
    let unit = is_minute_unit(c, f.end);
    Some((f.end + usize::from(unit), m as i8))
}

/// The hour a feminine rank up to twelve names (`الخامسة`, `الحادية عشرة`), as the clock
/// reads it once the context says it is one.
pub(crate) fn ordinal_hour(c: &Cursor, start: usize, f: &Figure) -> Option<i8> {
    let h = f.int().filter(|h| (1..=12).contains(h))?;
    // `الحادية عشر` is common for `الحادية عشرة`: the first word decides.
    let feminine = c.word(start).ends_with('ه');
    (f.ordinal && f.digits == 0 && feminine)
        .then(|| i8::try_from(h).ok())
        .flatten()
}

/// `عند السابعة`, `حتى الحادية عشرة`: a feminine rank up to twelve after a preposition of
/// time reads the clock; `في` is left out: `في السابعة` is as often an age and `في الثانية`
/// "per second".
fn hour_after_preposition(c: &Cursor, i: usize, j: usize, f: &Figure, end: usize) -> bool {
    i == j
        && i > 0
        && ordinal_hour(c, j, f).is_some()
        && matches!(c.word(i - 1), "عند" | "حتي" | "منذ")
        && !matches!(c.word(end), "من" | "عشر" | "عشره")
        && c.lookup(end, |s, _| lexicon::unit(s)).is_none()
}

/// `340 مساء`, `1140 صباحا`: hours and minutes written as one number before a part of
/// the day. Not before a day (`340 مساء الخميس` counts 340 of something).
fn compressed(c: &Cursor, j: usize) -> Option<(usize, Fields)> {
    let (v, n) = c.digits(j)?;
    if !(3..=4).contains(&n) || c.is_punct(j + 1, ':') || c.is_punct(j + 1, '.') {
        return None;
    }
    let (hour, minute) = (v / 100, v % 100);
    if let Some(end) = universal_time_end(c, j + 1).filter(|_| n == 4) {
        // `0300 GMT`, `الساعة 1430 بتوقيت غرينتش`: agency times on the 24-hour clock.
        if hour > 23 || minute > 59 {
            return None;
        }
        let fields = Fields {
            hour: i8::try_from(hour).ok(),
            minute: i8::try_from(minute).ok(),
            ..Fields::default()
        };
        return Some((end, fields));
    }
    if !(1..=12).contains(&hour) || minute > 59 {
        return None;
    }
    let (end, part) = day_part_at(c, j + 1)?;
    if matches!(part, DayPart::Midnight | DayPart::Noon) || day_follows(c, end) {
        return None;
    }
    let fields = Fields {
        hour: i8::try_from(hour).ok(),
        minute: i8::try_from(minute).ok(),
        day_part: Some(part),
        ..Fields::default()
    };
    Some((end, fields))
}

/// `07:00 ت غ`, `4,01 تغ`, `14.30 GMT`: hours and minutes (any separator) in universal
/// time.
fn universal_clock(c: &Cursor, j: usize) -> Option<(usize, Fields)> {
    let (h, hn) = c.digits(j)?;
    let sep = c.is_punct(j + 1, ':') || c.is_punct(j + 1, ',') || c.is_punct(j + 1, '.');
    if !(sep && c.glued(j + 1) && c.glued(j + 2)) {
        return None;
    }
    let (m, mn) = c.digits(j + 2)?;
    if hn > 2 || mn != 2 || h > 23 || m > 59 {
        return None;
    }
    let end = universal_time_end(c, j + 3)?;
    let fields = Fields {
        hour: i8::try_from(h).ok(),
        minute: i8::try_from(m).ok(),
        ..Fields::default()
    };
    Some((end, fields))
}

/// The end of `GMT`, `UTC` or `(بتوقيت) غرينتش` at `i`.
fn universal_time_end(c: &Cursor, i: usize) -> Option<usize> {
    match c.word(i) {
        "gmt" | "utc" | "غرينتش" | "جرينتش" | "تغ" => Some(i + 1),
        // `ت غ`, `ت.غ`: AFP's abbreviation of توقيت غرينتش.
        "ت" if c.word(i + 1) == "غ" => Some(i + 2),
        "ت" if c.is_punct(i + 1, '.') && c.word(i + 2) == "غ" => Some(i + 3),
        "بتوقيت" | "توقيت" if matches!(c.word(i + 1), "غرينتش" | "جرينتش") => {
            Some(i + 2)
        }
        _ => None,
    }
}

/// `ثلاث دقائق قبل الثامنة`, `عشرين دقيقة بعد الخامسة صباح الغد`: minutes counted from
/// a clock reading.
fn minutes_from_clock(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let f = c.figure(i).filter(|f| !f.ordinal)?;
    let n = f.int().filter(|n| (1..60).contains(n))?;
    if !is_minute_unit(c, f.end) {
        return None;
    }
    let k = f.end + 1;
    let sign = match c.word(k) {
        "قبل" | "حتي" | "الي" | "to" | "before" => -1,
        "بعد" | "past" | "after" => 1,
        _ => return None,
    };
    // The minutes count from a rank of the clock even when nothing else marks it
    // (`قبل الثامنة`).
    let bare_rank = || {
        let f = c.figure(k + 1)?;
        let h = ordinal_hour(c, k + 1, &f)?;
        let fields = Fields {
            hour: Some(h),
            ..Fields::default()
        };
        (f.end == k + 2 || c.word(k + 2) == "عشر" || c.word(k + 2) == "عشره")
            .then_some((f.end, fields))
    };
    let (end, mut fields) = clock(c, k + 1).or_else(bare_rank)?;
    let hour = i64::from(fields.hour?);
    let total = hour * 60 + i64::from(fields.minute.unwrap_or(0)) + sign * n;
    if !(0..24 * 60).contains(&total) {
        return None;
    }
    fields.hour = i8::try_from(total / 60).ok();
    fields.minute = i8::try_from(total % 60).ok();
    Some((end, fields))
}

/// `في وقت متأخر من مساء الخميس`, `في ساعة مبكرة من صباح اليوم`, `في الساعات الأولى من
/// فجر الأحد`: the first or last half of a part of the day (`part` 0 or 2), or the first or
/// last third of a longer period (`في وقت متأخر من العام الماضي`). Returns the end of the
/// period's first piece; what follows it (`يوم الخميس`) is merged by the caller.
pub(crate) fn early_or_late(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    if let Some(found) = hours_of_day_part(c, i) {
        return Some(found);
    }
    // `أواخر الصباح`, `أوائل المساء`: the words that take a third of a longer period.
    let leading = c.lookup(i, |s, _| match s {
        "اوائل" | "مطلع" | "بدايه" => Some(0),
        "منتصف" | "اواسط" => Some(1),
        "اواخر" | "نهايه" => Some(2),
        _ => None,
    });
    // `في أول الليل`, `آخر الليل`: first and last only before a part of the day with the
    // article (`أول ليلة` is the first night, `آخر الأسبوع` is no hour).
    let leading = leading.or_else(|| {
        let part = match c.word(i) {
            "اول" => 0,
            "اخر" => 2,
            _ => return None,
        };
        let at = i + 1;
        let definite = c.word(at).starts_with("ال") && !c.stem_is(at, &["ليله"]);
        (definite && day_part_at(c, at).is_some()).then_some(part)
    });
    if leading == Some(1) && day_part_at(c, i).is_some() {
        // `منتصف الليل`, `منتصف النهار` are midnight and noon.
        return None;
    }
    let (part, mut j) = match leading {
        Some(part) if c.is_punct(i + 1, '-') => (part, i + 2),
        Some(part) => (part, i + 1),
        None => {
            if !c.stem_is(i, &["وقت", "ساعه", "ساعات", "الساعات"]) {
                return None;
            }
            let part = match c.word(i + 1) {
                "مبكر" | "مبكره" | "باكر" | "الاولي" => 0,
                "متاخر" | "متاخره" | "متاخرا" => 2,
                _ => return None,
            };
            (part, i + 2)
        }
    };
    if c.word(j) == "من" {
        j += 1;
    }
    // The cue stands for `في`: `في وقت متأخر من الليل` needs no day after it.
    let bare_part = || {
        let (end, part) = day_part_at(c, j)?;
        let fields = Fields {
            day_part: Some(part),
            ..Fields::default()
        };
        Some((end, fields))
    };
    let (end, mut fields) = crate::scan::first_piece(c, j).or_else(bare_part)?;
    if leading.is_some() && fields.day_part.is_none() {
        return None;
    }
    let coarse = fields.day.is_none()
        && fields.weekday.is_none()
        && fields.relative_day.is_none()
        && (fields.month.is_some()
            || fields.year.is_some()
            || matches!(
                fields.relative_period,
                Some((
                    crate::DurationUnit::Week
                        | crate::DurationUnit::Month
                        | crate::DurationUnit::Year,
                    _
                ))
            ));
    let ok = fields.hour.is_none()
        && fields.offset.is_none()
        && fields.part.is_none()
        && !matches!(fields.day_part, Some(DayPart::Midnight | DayPart::Noon))
        && (fields.day_part.is_some() || coarse);
    if !ok {
        return None;
    }
    fields.part = Some(part);
    Some((end, fields))
}

/// `في ساعات الصباح الأولى`, `ساعات الليل المتأخرة`: the first or last half of a part of
/// the day, said after it.
fn hours_of_day_part(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    if !c.stem_is(i, &["ساعات"]) {
        return None;
    }
    let (end, day_part) = day_part_at(c, i + 1)?;
    if matches!(day_part, DayPart::Midnight | DayPart::Noon) {
        return None;
    }
    let part = match c.word(end) {
        "الاولي" | "الباكره" => 0,
        "الاخيره" | "المتاخره" => 2,
        _ => return None,
    };
    let fields = Fields {
        day_part: Some(day_part),
        part: Some(part),
        ..Fields::default()
    };
    Some((end + 1, fields))
}

/// A part of the day alone (`فجرا`, `مساء`, `منتصف الليل`).
pub(crate) fn day_part(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    // `هذا الصباح`, `هذه الليلة`, `this morning`, and `الليلة` alone: today's.
    let this = matches!(c.word(i), "هذا" | "هذه" | "this");
    // `وقت الظهيرة`: the time of a part of the day is that part.
    let time_of = c.word(i) == "وقت";
    let at = if this || time_of { i + 1 } else { i };
    // `وقت الغداء`: lunch time is midday; `الغداء` alone is a meal, not a time.
    let lunch = time_of && c.stem_is(at, &["غداء"]);
    let (end, part) = if lunch {
        (at + 1, DayPart::Noon)
    } else {
        day_part_at(c, at)?
    };
    let tonight = c.word(at) == "الليله" || c.word(at) == "tonight";
    // A noun form needs a day after it (`فجر الخميس`, `صباح اليوم`), a cue before it
    // (`صلاة العصر`, `في الصباح`, `منذ الفجر`) or `هذا`.
    let adverbial = c
        .lookup(at, |s, _| lexicon::is_adverbial_day_part(s).then_some(()))
        .is_some()
        || part == DayPart::Midnight
        || c.stem_is(at, &["منتصف"])
        || matches!(c.word(at), "p" | "a" | "بعد" | "قبل" | "in");
    // `ليلة` alone names a night only before a day (`ليلة الخميس`): `ليلة القدر` is none.
    // `منذ فجر الإسلام`, `منذ فجر التاريخ`: a noun in construct with a thing that is no
    // day is its dawn, not the time of day.
    let construct =
        !c.word(at).starts_with("ال") && c.word(end).starts_with("ال") && !day_follows(c, end);
    let cue = (time_of || day_part_cue(c, i)) && !c.stem_is(at, &["ليله"]) && !construct;
    if zuhran_is_no_time(c, at) {
        return None;
    }
    // `مساء اليوم الأول من العيد`, `صباح اليوم التالي`: the part of a day counted from an
    // event, which the reference does not fix.
    if c.word(end) == "اليوم" && crate::relative::event_day(c, end).is_some()
        || c.word(end) == "اليوم" && matches!(c.word(end + 1), "التالي" | "السابق")
    {
        return None;
    }
    if !(adverbial || this || tonight || day_follows(c, end) || cue) {
        return None;
    }
    let mut fields = Fields {
        day_part: Some(part),
        relative_day: (this || tonight).then_some(0),
        ..Fields::default()
    };
    // `الليلة الماضية` is last night.
    let mut end = end;
    if tonight {
        if let Some((e, shift)) = crate::relative::shift_at(c, end) {
            fields.relative_day = Some(i64::from(shift));
            end = e;
        }
    }
    if part == DayPart::Midnight {
        fields.hour = Some(0);
    } else if matches!(c.word(end), "الباكر" | "باكر" | "المبكر" | "مبكرا") {
        // `الصباح الباكر`, `صباح باكر`: its first half.
        fields.part = Some(0);
        end += 1;
    }
    Some((end, fields))
}

/// Whether a day follows at `i` (`فجر الخميس`, `صباح اليوم`, `مساء 20 يناير`).
pub(crate) fn day_follows(c: &Cursor, i: usize) -> bool {
    let i = if matches!(c.word(i), "يوم" | "من") {
        i + 1
    } else {
        i
    };
    crate::relative::relative_day(c, i).is_some()
        || crate::relative::weekday(c, i).is_some()
        || crate::dates::numeric_date(c, i).is_some()
        || crate::dates::day_month(c, i).is_some_and(|(_, f)| f.day.is_some())
}

/// `ظهرا` alone is as often the verb "the two appeared" (`اللذين ظهرا في المقطع`) or the
/// backstroke (`سباق 50 مترا ظهرا`) as "at noon": read neither after a relative pronoun,
/// a particle of the verb or a distance, nor before what a verb takes (`في`, `أمام`).
fn zuhran_is_no_time(c: &Cursor, at: usize) -> bool {
    if !c.stem_is(at, &["ظهرا"]) || at == 0 {
        return false;
    }
    let before = c.word(at - 1);
    let after = c.word(at + 1);
    matches!(
        before,
        "متر"
            | "مترا"
            | "اللذين"
            | "اللذان"
            | "الذين"
            | "حيث"
            | "قد"
            | "لقد"
            | "وقد"
            | "علي"
    ) || matches!(after, "في" | "امام" | "بشكل" | "معا" | "وهما")
}

/// Whether the word before `i` makes a part-of-the-day noun a time: `في الصباح`, `صلاة
/// العصر`, `منذ الفجر`.
fn day_part_cue(c: &Cursor, i: usize) -> bool {
    // `في العصر` is as often "in the era" as "in the afternoon", `في الظهر` "in the
    // back" (`أصيب برصاصة في الظهر`) as "at noon".
    let era = c.stem_is(i, &["عصر", "ظهر"]);
    i > 0
        && !(era && c.word(i - 1) == "في")
        && c.lookup(i - 1, |s, _| {
            matches!(
                s,
                "في" | "عند"
                    | "صلاه"
                    | "منذ"
                    | "حتي"
                    | "قبل"
                    | "بعد"
                    | "خلال"
                    | "طوال"
                    | "وقت"
                    | "ساعات"
            )
            .then_some(())
        })
        .is_some()
}

/// One end of a spoken range of hours (`الستة`, `الاربعه ونص`, `العشره وعشرين دقيقه`,
/// `9 وعشرين دقيقه`, `عشره الا ربع الصبح`): an hour up to twelve, in digits or in words
/// (cardinal or rank), its minutes and its part of the day. Only
/// [`crate::interval::interval`] asks, once the range itself says these are hours: a bare
/// cardinal elsewhere is a count.
pub(crate) fn spoken_hour(c: &Cursor, j: usize) -> Option<(usize, Fields)> {
    // `بين السته والسبعه`: the numbers parser reads the two as one range, no figure here.
    let f = c.figure(j).or_else(|| c.number_alone(j, j + 1))?;
    if f.digits > 2 || f.value < 0.0 {
        return None;
    }
    // `العشره وعشرين`: the numbers parser joins the hour and its minutes (30).
    // (`الاربعه ونص` is read whole: 4.5.)
    let split = f.digits == 0 && f.value.fract() == 0.0;
    let (f, joined_minutes) = match hour_word(c, j).filter(|h| split && h.end < f.end) {
        Some(h) => match word_minutes_after(c, h.end).filter(|&(e, _)| e >= f.end) {
            Some(found) => (h, Some(found)),
            None => return None,
        },
        None => (f, None),
    };
    let hour = f.value.trunc() as i64;
    if !(1..=12).contains(&hour) {
        return None;
    }
    let mut fields = Fields {
        hour: i8::try_from(hour).ok(),
        ..Fields::default()
    };
    let mut end = f.end;
    // `الاربعه ونص`: the numbers parser reads the fraction with the hour.
    let fraction = (f.value.fract() * 60.0).round();
    if fraction > 0.0 {
        fields.minute = Some(fraction as i8);
    } else if let Some((e, m)) = joined_minutes {
        fields.minute = Some(m);
        end = e;
    } else if let Some((e, m, correction)) = minutes_after(c, end) {
        // `عشره الا ربع`: a quarter to ten.
        fields.hour = Some((hour as i8 + correction).rem_euclid(24));
        fields.minute = Some(m);
        end = e;
    }
    // `من 5 ل 7 سنوات`: a count of some unit, not the clock.
    if c.lookup(end, |s, _| lexicon::unit(s)).is_some() {
        return None;
    }
    if let Some((e, part)) = day_part_at(c, end) {
        fields.day_part = Some(part);
        end = e;
    }
    Some((end, fields))
}

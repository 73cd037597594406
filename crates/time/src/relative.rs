//! Expressions resolved against the reference: `امس`, `أول أمس`, `بعد غد`, weekdays
//! (`الخميس الماضي`, `last Tuesday`), periods (`الاسبوع الماضي`, `الشهر المقبل`, `هذا
//! العام`, `next week`), offsets (`منذ يومين`, `قبل ثلاثة أيام`, `two days ago`), and the
//! day of an event (`اليوم الثالث للهجوم`).

use crate::cursor::Cursor;
use crate::lexicon::{self, UnitCount};
use crate::resolve::Fields;
use crate::DurationUnit;

/// A shift after a period or weekday: `الماضي` -1, `قبل الماضي` -2, `بعد القادم` +2.
pub(crate) fn shift_at(c: &Cursor, i: usize) -> Option<(usize, i32)> {
    // Spoken Arabic: `السنة اللي بعد الجاي`.
    if c.word(i) == "اللي" && matches!(c.word(i + 1), "قبل" | "بعد") {
        return shift_at(c, i + 1);
    }
    let w = c.word(i);
    if let Some(s) = c.lookup(i, |s, article| {
        // English shift words precede; Arabic ones follow with the article.
        (article || s.is_ascii())
            .then(|| lexicon::shift_word(s))
            .flatten()
    }) {
        if !w.is_ascii() {
            return Some((i + 1, s));
        }
        return None;
    }
    if w == "قبل" && c.lookup(i + 1, |s, _| lexicon::shift_word(s)) == Some(-1) {
        return Some((i + 2, -2));
    }
    if w == "بعد" && c.lookup(i + 1, |s, _| lexicon::shift_word(s)) == Some(1) {
        return Some((i + 2, 2));
    }
    None
}

/// `اليوم`, `امس`, `أول أمس`, `أمس الأول`, `غدا`, `بعد غد`, `يوم أمس`, `today`, and
/// `الآن`, `حاليا`, `now` (the reference moment, to the second).
pub(crate) fn relative_day(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let mut j = i;
    let w = c.word(j);
    if w.is_empty() {
        return None;
    }
    if matches!(w, "الان" | "حاليا" | "now" | "currently") {
        return Some((
            i + 1,
            Fields {
                offset: Some((DurationUnit::Second, 0.0)),
                ..Fields::default()
            },
        ));
    }
    let (end, n) = if c.stem_is(j, &["اول"]) && matches!(c.word(j + 1), "امس" | "مبارح" | "امبارح")
    {
        (j + 2, -2)
    } else if c.stem_is(j, &["اول"]) && c.word(j + 1) == "من" && c.word(j + 2) == "امس" {
        (j + 3, -2)
    } else if c.stem_is(j, &["امس"])
        && c.stem_is(j + 1, &["اول"])
        && c.word(j + 1).starts_with("ال")
    {
        (j + 2, -2)
    } else if w == "بعد" && c.stem_is(j + 1, &["غد", "غدا", "بكره", "بكرا"]) {
        (j + 2, 2)
    } else if w == "قبل" && c.stem_is(j + 1, &["امس", "مبارح"]) {
        (j + 2, -2)
    } else if w == "قبل" && c.word(j + 1) == "يوم" && c.stem_is(j + 2, &["امس"]) {
        (j + 3, -2)
    } else if w == "the" && c.word(j + 1) == "day" && matches!(c.word(j + 2), "before" | "after") {
        let n = match (c.word(j + 2), c.word(j + 3)) {
            ("before", "yesterday") => -2,
            ("after", "tomorrow") => 2,
            _ => return None,
        };
        (j + 4, n)
    } else {
        let lead = c.stem_is(j, &["يوم", "نهار"]) && !w.contains("ال")
            || matches!(w, "هذا" | "هاد" | "هذه");
        if lead {
            j += 1;
        }
        let n = c.lookup(j, lexicon::relative_day)?;
        // `اليوم الثالث`, `اليوم التالي`: a day counted from an event, not today.
        if n == 0
            && (c.figure(j + 1).is_some_and(|f| f.ordinal)
                || matches!(
                    c.word(j + 1),
                    "التالي" | "السابق" | "الاول" | "الاخير" | "الافتتاحي" | "الختامي"
                ))
        {
            return None;
        }
        if lead && n == 0 && !matches!(w, "هذا" | "هاد" | "هذه") {
            return None;
        }
        // `عن بكرة أبيهم` ("all of them, to the last"): an idiom; `بكرة القدم` ("with
        // the football"): a ball. Neither is tomorrow; `بكرة الخميس`, `بكرة الصبح` are.
        if c.stem_is(j, &["بكره"]) {
            let next = c.word(j + 1);
            let time_word = c.classes(j + 1)
                & (crate::starters::WEEKDAY | crate::starters::DAY_PART | crate::starters::CUE)
                != 0;
            // `بكرة رأسية`, `بكرة عرضية`: a header, a cross.
            let ball = matches!(
                next,
                "راسيه" | "عرضيه" | "ثابته" | "طويله" | "ساقطه" | "قويه" | "زاحفه"
            );
            if next.starts_with("ابي") || (next.starts_with("ال") && !time_word) || ball {
                return None;
            }
        }
        if n == 0 {
            if let Some((e, s)) = shift_at(c, j + 1) {
                return Some((
                    e,
                    Fields {
                        relative_day: Some(i64::from(s)),
                        ..Fields::default()
                    },
                ));
            }
        }
        (j + 1, n)
    };
    Some((
        end,
        Fields {
            relative_day: Some(i64::from(n)),
            ..Fields::default()
        },
    ))
}

/// `الخميس`, `يوم الخميس`, `الخميس الماضي`, `الخميس قبل الماضي`, `last Tuesday`, `on
/// Thursday`.
pub(crate) fn weekday(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let mut j = i;
    let mut fields = Fields::default();
    let w = c.word(j);
    if w.is_empty() {
        return None;
    }
    if matches!(w, "last" | "next" | "this" | "on") {
        if w != "on" {
            fields.weekday_shift = lexicon::shift_word(w);
        }
        j += 1;
    } else if c.stem_is(j, &["يوم", "نهار"]) && !w.contains("ال") {
        j += 1;
    } else if matches!(w, "هذا" | "هذه") {
        fields.weekday_shift = Some(0);
        j += 1;
        // `هذا يوم الجمعة`
        if c.word(j) == "يوم" {
            j += 1;
        }
    }
    // An Arabic weekday takes the article or follows `يوم`: bare `احد` is "one",
    // `اثنين` "two".
    let after_day = j > i;
    let wd = c.lookup(j, |s, article| {
        // `احد` and `اثنين` are "one" and "two" (and `واحد` peels to `احد`): they name a
        // day only with the article.
        let numeral = matches!(s, "احد" | "اثنين" | "اثنان");
        (article || (after_day && !numeral) || s.is_ascii())
            .then(|| lexicon::weekday(s))
            .flatten()
    })?;
    // `الاثنين والعشرين`: twenty-two (a rank or a count), not Monday.
    if wd == jiff::civil::Weekday::Monday && is_tens_after_and(c.word(j + 1)) {
        return None;
    }
    let mut end = j + 1;
    // English abbreviations: `Thu.`
    if c.word(j).is_ascii() && c.word(j).len() <= 4 && c.is_punct(end, '.') && c.glued(end) {
        end += 1;
    }
    fields.weekday = Some(wd);
    if fields.weekday_shift.is_none() {
        if let Some((e, s)) = shift_at(c, end) {
            fields.weekday_shift = Some(s);
            end = e;
        }
    }
    // `الخميس 21`, `الجمعة في 22`: a day of the month with the weekday, unless a month
    // follows (then the date is a piece of its own).
    if fields.weekday_shift.is_none() {
        if let Some(found) = nth_of_month(c, end, wd, fields) {
            return Some(found);
        }
        let k = if c.word(end) == "في" { end + 1 } else { end };
        // `الخميس 20 الجاري`, `الخميس 20 من الشهر الماضي`
        if let Some((e, f)) = crate::dates::day_of_month(c, k) {
            if f.relative_period.is_some() {
                fields.day = f.day;
                fields.relative_period = f.relative_period;
                return Some((e, fields));
            }
        }
        // Digits, or an ordinal past the fifth: `الأحد الثاني` is the second Sunday, not
        // Sunday the 2nd; `الثلاثاء الحادي والثلاثين` is the 31st. A feminine rank up to
        // twelve is an hour (`الخميس في السابعة`).
        let hour = |f: &crate::cursor::Figure| f.value <= 12.0 && c.word(k).ends_with('ه');
        let is_day = c.figure(k).is_some_and(|f| {
            (f.digits > 0 && f.digits <= 2) || (f.ordinal && f.value > 5.0 && !hour(&f))
        });
        if is_day
            && !hour_after_weekday(c, k)
            && crate::dates::day_month(c, k).is_none()
            && crate::dates::numeric_date(c, k).is_none()
        {
            if let Some((e, day)) = crate::dates::day_at(c, k) {
                // `قتل يوم الخميس 25 شخصا`, `الأحد 3 مشتبهين`: digits before a counted noun
                // are a count (of the dead), not the 25th.
                let counted_noun = c.is_digits(k) && !c.can_start(e) && is_counted_noun(c.word(e));
                let count = c.lookup(e, |s, _| unit_word(s)).is_some() || counted_noun;
                if !count {
                    fields.day = Some(day);
                    end = e;
                }
            }
        }
    }
    Some((end, fields))
}

/// `الأحد الثاني`, `الجمعة الأولى من شهر رمضان`: an ordinal up to the fifth after a
/// weekday at `k` counts that weekday in a month (the named one, else the current one).
/// A masculine rank before `من` + month is a day of the month (`الأحد الثالث من شوال`);
/// a feminine rank is an hour (`الخميس الثانية`) except after `الجمعة`, itself
/// feminine; `الجمعة الثانية على التوالي` and `الجمعة الأولى بعد العيد` count from
/// something else.
fn nth_of_month(
    c: &Cursor,
    k: usize,
    wd: jiff::civil::Weekday,
    mut fields: Fields,
) -> Option<(usize, Fields)> {
    let figure = c.figure(k).filter(|f| f.ordinal && f.digits == 0)?;
    let n = i8::try_from(figure.int()?)
        .ok()
        .filter(|n| (1..=5).contains(n))?;
    let last = c.word(figure.end - 1);
    let feminine = last.ends_with('ه') || (n == 1 && last.ends_with('ي'));
    if feminine && wd != jiff::civil::Weekday::Friday {
        return None;
    }
    let after = figure.end;
    let counted_elsewhere = matches!(c.word(after), "بعد" | "قبل" | "منذ")
        || (matches!(c.word(after), "علي" | "على") && c.word(after + 1) == "التوالي")
        || c.stem_is(after, &["توالي"]);
    if counted_elsewhere {
        return None;
    }
    // `يوم الأحد الثالث من شوال` is the 3rd of Shawwal, as news dates a day; the
    // feminine `الجمعة الثانية من رمضان` counts Fridays.
    let of_month = matches!(c.word(after), "من" | "في");
    if of_month && !feminine {
        return None;
    }
    fields.week_of = Some(n);
    let mut end = after;
    if of_month {
        if let Some((e, month)) = crate::scan::first_piece(c, after + 1) {
            let month_level = month.day.is_none()
                && month.weekday.is_none()
                && (month.month.is_some()
                    || matches!(month.relative_period, Some((DurationUnit::Month, _))));
            if month_level && fields.merge(&month) {
                end = e;
            }
        }
    }
    Some((end, fields))
}

/// Whether the digits at `k`, after a weekday, are an hour rather than a day of the month:
/// `الاثنين 8 صباحا`, `الخميس 8:30`, `الاثنين 8-9 صباحا` (a part of the day or minutes
/// follow).
fn hour_after_weekday(c: &Cursor, k: usize) -> bool {
    let Some((h, n)) = c.digits(k) else {
        return false;
    };
    if n > 2 || h > 12 {
        return false;
    }
    let part_at = |j: usize| crate::clock::day_part_at(c, j).is_some();
    (c.is_punct(k + 1, ':') && c.glued(k + 1))
        || part_at(k + 1)
        || ((c.is_punct(k + 1, '-') || c.is_punct(k + 1, '–'))
            && c.digits(k + 2).is_some()
            && part_at(k + 3))
}

/// `الاسبوع الماضي`, `الشهر المقبل`, `العام الماضي`, `هذا العام`, `السنه قبل الماضيه`,
/// `last week`, `this year`.
pub(crate) fn period(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let w = c.word(i);
    if w.is_empty() {
        return None;
    }
    let period_unit = |k: usize, need_article: bool| {
        c.lookup(k, |s, article| {
            if need_article && !article && !s.is_ascii() {
                return None;
            }
            match lexicon::unit(s)? {
                (
                    u @ (DurationUnit::Minute
                    | DurationUnit::Hour
                    | DurationUnit::Week
                    | DurationUnit::Month
                    | DurationUnit::Year),
                    UnitCount::One,
                ) => Some(u),
                _ => None,
            }
        })
    };
    let fields = |unit, shift: i32| Fields {
        relative_period: Some((unit, i64::from(shift))),
        ..Fields::default()
    };
    // English: `last week`, `next month`, `this year`.
    if w.is_ascii() {
        let shift = lexicon::shift_word(w)?;
        let unit = period_unit(i + 1, false)?;
        return Some((i + 2, fields(unit, shift)));
    }
    if matches!(w, "هذا" | "هذه" | "هاد" | "هذي" | "هاي") {
        let unit = period_unit(i + 1, true)?;
        return Some((i + 2, fields(unit, 0)));
    }
    let unit = period_unit(i, true)?;
    // `الشهر هذا`, `السنة هاي`: the demonstrative after the noun, unless it points at
    // the next word (`شهد العام هذا التحول`).
    if matches!(c.word(i + 1), "هذا" | "هذه" | "هاد" | "هذي" | "هاي")
        && !c.word(i + 2).starts_with("ال")
    {
        return Some((i + 2, fields(unit, 0)));
    }
    let (end, shift) = shift_at(c, i + 1)?;
    Some((end, fields(unit, shift)))
}

/// An amount of a unit at `i`: `ثلاثة أيام`, `3 ايام`, `يومين`, `ساعة`, `24 ساعه`,
/// `ساعة ونصف`, `دقيقه واحده`. Returns (end, unit, amount); the amount is `None` for
/// a vague plural (`ساعات`).
pub(crate) fn amount(c: &Cursor, i: usize) -> Option<(usize, DurationUnit, Option<f64>, bool)> {
    let unit_at = |k: usize| c.lookup(k, |s, article| (!article).then(|| unit_word(s)).flatten());
    if let Some(f) = c.figure(i).filter(|f| !f.ordinal) {
        if let Some((unit, _)) = unit_at(f.end) {
            let (end, value) = unit_tail(c, f.end + 1, f.value);
            return Some((end, unit, Some(value), true));
        }
        if c.is_digits(i) || f.end > i + 1 {
            return None;
        }
    }
    // `نصف ساعة`, `ربع الساعة`
    let part = match c.word(i) {
        "نصف" | "نص" => Some(0.5),
        "ربع" => Some(0.25),
        "ثلث" => Some(1.0 / 3.0),
        _ => None,
    };
    if let Some(part) = part {
        let (unit, count) = c.lookup(i + 1, |s, _| unit_word(s))?;
        return (count == UnitCount::One).then_some((i + 2, unit, Some(part), true));
    }
    // `half an hour`
    if c.word(i) == "half" && matches!(c.word(i + 1), "an" | "a") {
        let (unit, count) = c.lookup(i + 2, |s, _| unit_word(s))?;
        return (count == UnitCount::One).then_some((i + 3, unit, Some(0.5), true));
    }
    let (unit, count) = unit_at(i)?;
    let value = match count {
        UnitCount::One => 1.0,
        UnitCount::Two => 2.0,
        UnitCount::Plural => return Some((i + 1, unit, None, false)),
    };
    let (end, value) = unit_tail(c, i + 1, value);
    let explicit = count == UnitCount::Two || end > i + 1;
    Some((end, unit, Some(value), explicit))
}

/// What may follow a unit: `واحد`, `كامل`, `ونصف`, `الا ربع`.
fn unit_tail(c: &Cursor, mut end: usize, mut value: f64) -> (usize, f64) {
    if matches!(
        c.word(end),
        "واحد" | "واحده" | "كامل" | "كامله" | "كاملا" | "كاملين"
    ) {
        end += 1;
    }
    if let Some(fr) = fraction_of_unit(c, end) {
        value += fr;
        end += 1;
    } else if c.word(end) == "الا" {
        let fr = match c.word(end + 1) {
            "ربع" => Some(0.25),
            "ثلث" => Some(1.0 / 3.0),
            _ => None,
        };
        if let Some(fr) = fr {
            value -= fr;
            end += 2;
        }
    }
    (end, value)
}

/// A fraction word at `i` that belongs to the unit before it: `ساعة ونصف`, but not
/// `ساعة ونصف دقيقة`, where the half is of the minute.
fn fraction_of_unit(c: &Cursor, i: usize) -> Option<f64> {
    let fr = lexicon::fraction(c.word(i))?;
    let unit_follows = c
        .lookup(i + 1, |s, article| {
            (!article).then(|| unit_word(s)).flatten()
        })
        .is_some();
    (!unit_follows).then_some(fr)
}

/// A unit word, also in the accusative (`يوما`, `عاما`, `شهرا`).
pub(crate) fn unit_word(stem: &str) -> Option<(DurationUnit, UnitCount)> {
    lexicon::unit(stem).or_else(|| {
        let bare = stem.strip_suffix('ا')?;
        match lexicon::unit(bare)? {
            (u, UnitCount::One) => Some((u, UnitCount::One)),
            _ => None,
        }
    })
}

/// `منذ يومين`, `قبل ثلاثة أيام`, `قبل ساعة`, `بعد ساعتين`, `two days ago`.
pub(crate) fn offset(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let w = c.word(i);
    let sign = match w {
        "منذ" | "قبل" | "ومنذ" | "وقبل" => -1.0,
        "بعد" | "وبعد" => 1.0,
        _ => {
            // `أسبوعين من الآن` (from now), English `two days ago`.
            let (end, unit, value, _) = amount(c, i)?;
            // `شهر و21 يوما من الآن`: the parts count too.
            let parts = value.and_then(|v| crate::duration::calendar_parts(c, end, unit, v));
            let (after, total) = match (parts, value) {
                (Some(_), Some(v)) => {
                    let (e, v) = crate::duration::fold(c, end, unit, v);
                    (e, Some(v))
                }
                _ => (end, value),
            };
            if c.word(after) == "من" && c.word(after + 1) == "الان" {
                return Some((
                    after + 2,
                    Fields {
                        offset: Some((unit, total?)),
                        offset_parts: parts.map(|(_, p)| p),
                        ..Fields::default()
                    },
                ));
            }
            if c.word(end) != "ago" || !c.word(i).is_ascii() && !c.is_digits(i) {
                return None;
            }
            let value = value?;
            return Some((
                end + 1,
                Fields {
                    offset: Some((unit, -value)),
                    ..Fields::default()
                },
            ));
        }
    };
    // `منذ نحو عامين`, `قبل أكثر من ثلاثة أيام`: a hedge before the amount.
    let mut at = i + 1;
    if matches!(
        c.word(at),
        "نحو" | "حوالي" | "قرابه" | "زهاء" | "about" | "nearly"
    ) {
        at += 1;
    } else if matches!(c.word(at), "اكثر" | "اقل") && c.word(at + 1) == "من" {
        at += 2;
    }
    // `قبل بضعة أيام`, `قبل أيام`: a few units ago, a window (see [`vague_offset`]).
    if sign < 0.0 && w != "منذ" && w != "ومنذ" {
        if let Some(found) = vague_offset(c, at) {
            return Some(found);
        }
    }
    let (end, unit, value, _) = amount(c, at)?;
    // `بعد سنة هجرية`, `قبل عامين هجريين`: whole Hijri years from the reference's.
    if unit == DurationUnit::Year && crate::periods::is_hijri_adjective(c.word(end)) {
        let years = value.filter(|v| v.fract() == 0.0)?;
        return Some((
            end + 1,
            Fields {
                relative_period: Some((DurationUnit::Year, (sign * years) as i64)),
                hijri: true,
                ..Fields::default()
            },
        ));
    }
    // `منذ شهرين ويوم واحد`: the parts in smaller units count too.
    let parts = value.and_then(|v| crate::duration::calendar_parts(c, end, unit, v));
    let (end, value) = match value {
        Some(v) => {
            let (e, v) = crate::duration::fold(c, end, unit, v);
            (e, Some(v))
        }
        None => (end, None),
    };
    // `بعد أسبوعين من الآن` counts from now; `بعد ساعتين من الهجوم` from an event, not
    // from the reference.
    let from_now = c.word(end) == "من" && c.word(end + 1) == "الان";
    if sign > 0.0 && matches!(c.word(end), "من" | "على" | "علي") && !from_now {
        return None;
    }
    let end = if from_now { end + 2 } else { end };
    // `قبل عام 2019` is a year, not an offset.
    if c.digits(end).is_some_and(|(_, n)| n == 4) {
        return None;
    }
    let value = value?;
    let parts = parts.map(|(_, p)| if sign < 0.0 { p.negated() } else { p });
    Some((
        end,
        Fields {
            offset: Some((unit, sign * value)),
            offset_parts: parts,
            ..Fields::default()
        },
    ))
}

/// `اليوم (الأحد)`, `أمس (السبت)`, `31 يوليو (الجمعة)`: the weekday a news report adds
/// in brackets after a relative day or a date, one day with it. Returns (end, fields).
pub(crate) fn weekday_in_parens(c: &Cursor, k: usize, before: &Fields) -> Option<(usize, Fields)> {
    if !c.is_punct(k, '(') || before.weekday.is_some() {
        return None;
    }
    if before.relative_day.is_none() && before.day.is_none() {
        return None;
    }
    let (end, fields) = weekday(c, k + 1)?;
    let named_day_only = fields.weekday_shift.is_none() && fields.day.is_none();
    (named_day_only && c.is_punct(end, ')')).then_some((end + 1, fields))
}

/// A noun as a count puts it: the accusative singular after 11-99 (`شخصا`, `قتيلا`), a
/// sound plural (`مشتبهين`, `مدنيون`), or a common broken plural of people (`أشخاص`,
/// `قتلى`). Prepositions (`مع`, `في`) are none.
fn is_counted_noun(word: &str) -> bool {
    let letters = word.chars().count();
    letters >= 3 && (word.ends_with('ا') || word.ends_with("ين") || word.ends_with("ون"))
        || matches!(
            word,
            "اشخاص" | "قتلي" | "جرحي" | "اطفال" | "جنود" | "عناصر" | "افراد" | "اسري"
        )
}

/// `والعشرين`, `والثلاثين`...: the tens of a compound number after `و`.
fn is_tens_after_and(word: &str) -> bool {
    matches!(
        word,
        "والعشرين"
            | "والثلاثين"
            | "والاربعين"
            | "والخمسين"
            | "والستين"
            | "والسبعين"
            | "والثمانين"
            | "والتسعين"
            | "وعشرين"
            | "وثلاثين"
            | "واربعين"
            | "وخمسين"
            | "وستين"
            | "وسبعين"
            | "وثمانين"
            | "وتسعين"
    )
}

/// After `قبل`: a vague count of a plural unit (`بضعة أيام`, `عدة أشهر`) or the bare
/// plural (`أيام`, `ساعات`), a few units before the reference. `منذ أيام` stays a
/// length (it also means "for days"), and `قبل ساعات من الهجوم` counts from an event.
fn vague_offset(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let counted = c
        .lookup(i, |s, _| matches!(s, "عده" | "بضع" | "بضعه").then_some(()))
        .is_some();
    let at = if counted { i + 1 } else { i };
    let (mut end, unit, value, _) = amount(c, at)?;
    // `قبل أيام قليلة`, `قبل ساعات معدودة`.
    if matches!(c.word(end), "قليله" | "معدوده") {
        end += 1;
    }
    if value.is_some()
        || matches!(c.word(end), "من" | "على" | "علي")
        || crate::duration::names_whose_units(c, end)
    {
        return None;
    }
    Some((
        end,
        Fields {
            vague_offset: Some((unit, -1)),
            ..Fields::default()
        },
    ))
}

/// `اليوم الثالث للهجوم`, `لليوم الثالث على التوالي`: day N of an event.
pub(crate) fn event_day(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    c.lookup(i, |s, article| (s == "يوم" && article).then_some(()))?;
    let f = c.figure(i + 1)?;
    if !f.ordinal {
        return None;
    }
    let n = u32::try_from(f.int()?).ok()?;
    Some((
        f.end,
        Fields {
            event_day: Some(n),
            ..Fields::default()
        },
    ))
}

/// The last or next N units, ending or starting at the reference: `الـ24 ساعة
/// الماضية`, `خلال الأيام الثلاثة الماضية`, `الساعات الـ48 المقبلة`. Returns (end, unit,
/// amount, shift).
pub(crate) fn last_n(c: &Cursor, i: usize) -> Option<(usize, DurationUnit, f64, i32)> {
    if let Some(found) = crate::periods::last_decades(c, i) {
        return Some(found);
    }
    // `آخر 3 سنوات`, `last three years`, `past 24 hours`.
    if c.stem_is(i, &["اخر"]) || matches!(c.word(i), "last" | "past") {
        let f = c.figure(i + 1)?;
        let (unit, count) = c.lookup(f.end, |s, _| unit_word(s))?;
        return (count == UnitCount::Plural || f.value > 2.0).then_some((
            f.end + 1,
            unit,
            f.value,
            -1,
        ));
    }
    // Number first: `الـ24 ساعه الماضيه`.
    if let Some(f) = c.figure(i) {
        // The unit is indefinite: `الأربعاء الأسبوع الماضي` is a weekday, not four weeks.
        let (unit, _) = c.lookup(f.end, |s, article| {
            (!article).then(|| unit_word(s)).flatten()
        })?;
        let (end, shift) = last_shift_at(c, f.end + 1)?;
        return (shift != 0).then_some((end, unit, f.value, shift));
    }
    // Unit first: `الايام الثلاثه الماضيه`, or a dual: `اليومين الماضيين`.
    let (unit, count) = c.lookup(i, |s, article| article.then(|| lexicon::unit(s)).flatten())?;
    if count == UnitCount::Two {
        let (end, shift) = last_shift_at(c, i + 1).or_else(|| dual_shift(c, i + 1))?;
        return (shift != 0).then_some((end, unit, 2.0, shift));
    }
    if count != UnitCount::Plural {
        return None;
    }
    let f = c.figure(i + 1)?;
    let (end, shift) = last_shift_at(c, f.end)?;
    (shift != 0).then_some((end, unit, f.value, shift))
}

/// The last or next few units, a vague count ending or starting at the reference:
/// `الأيام الماضية`, `السنوات القليلة الماضية`, `الأسابيع العديدة المقبلة`, `في الأيام
/// الأخيرة`. A few is read as up to [`FEW_UNITS`] units, as `قبل أيام` is (3 to 9).
/// Returns (end, unit, shift). `الأيام الأخيرة من رمضان` is the end of another period, not
/// of the reference's past, and is left alone.
pub(crate) fn last_few(c: &Cursor, i: usize) -> Option<(usize, DurationUnit, i32)> {
    if c.word(i).is_ascii() {
        return last_few_english(c, i);
    }
    let (unit, count) = c.lookup(i, |s, article| article.then(|| lexicon::unit(s)).flatten())?;
    if count != UnitCount::Plural {
        return None;
    }
    let at = if matches!(c.word(i + 1), "القليله" | "العديده") {
        i + 2
    } else {
        i + 1
    };
    let (end, shift) = last_shift_at(c, at)?;
    if shift.abs() != 1 {
        return None;
    }
    // `الأيام الأخيرة من حياته`, `السنوات الأخيرة للحرب`: the end of something else.
    let last_word = c.word(end - 1).starts_with("الاخير");
    let next = c.word(end);
    if last_word && (next == "من" || next.starts_with('ل')) {
        return None;
    }
    Some((end, unit, shift))
}

/// `the past few days`, `in recent weeks`, `the coming months`, `the next several
/// years`; `the last days of the war` is the end of something else. `last` and `next`
/// need `few` or `several`: `its last weeks` is rarely the reference's.
fn last_few_english(c: &Cursor, i: usize) -> Option<(usize, DurationUnit, i32)> {
    // The article stays out of the span, as in `the past 24 hours`.
    let at = i;
    let shift = match c.word(at) {
        "past" | "last" | "recent" => -1,
        "next" | "coming" => 1,
        _ => return None,
    };
    let counted = matches!(c.word(at + 1), "few" | "several");
    if !counted && matches!(c.word(at), "last" | "next") {
        return None;
    }
    let unit_at = if counted { at + 2 } else { at + 1 };
    let (unit, count) = lexicon::unit(c.word(unit_at))?;
    if count != UnitCount::Plural || c.word(unit_at + 1) == "of" {
        return None;
    }
    Some((unit_at + 1, unit, shift))
}

/// The outer count of a vague few units (`قبل أيام`, `الأيام الماضية`).
pub(crate) const FEW_UNITS: f64 = 9.0;

/// A shift after a count of units, where `الأخيرة` also means the past ones:
/// `السنوات العشر الأخيرة`, `اليومين الأخيرين`.
pub(crate) fn last_shift_at(c: &Cursor, i: usize) -> Option<(usize, i32)> {
    if matches!(
        c.word(i),
        "الاخير" | "الاخيره" | "الاخيرين" | "الاخيرتين" | "الاخيران" | "الاخيرتان"
    ) {
        return Some((i + 1, -1));
    }
    shift_at(c, i)
}

/// A shift word in the dual, agreeing with a dual unit: `الماضيين`, `المقبلين`.
pub(crate) fn dual_shift(c: &Cursor, i: usize) -> Option<(usize, i32)> {
    let w = c.word(i);
    let stem = w.strip_prefix("ال")?;
    let single = stem
        .strip_suffix("تين")
        .or_else(|| stem.strip_suffix("ين"))?;
    let shift = lexicon::shift_word(single)?;
    Some((i + 1, shift))
}

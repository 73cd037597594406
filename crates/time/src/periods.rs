//! Pieces cut from a period or counted in larger blocks: the first or last day of a
//! month or year (`آخر يوم من شهر رمضان`, `أول أيام العام الجديد`), its halves and
//! quarters (`النصف الأول من العام`, `الربع الثالث من عام 2016`), decades relative to the
//! reference (`العقد الماضي`), and Hijri years relative to it (`العام الهجري المقبل`).

use crate::cursor::Cursor;
use crate::relative::shift_at;
use crate::resolve::Fields;
use crate::starters::{CUE, NUMBER, UNIT};
use crate::DurationUnit;

/// Any of this module's pieces at `i`.
pub(crate) fn piece(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    // Every piece here opens on a cue (`أول`, `آخر`, `غرة`, `العشر`, `النصف`, `عقد`,
    // `هذا`, `عام`, `the`, `weekend`...), on `يوم` or `second`, or on an ordinal figure:
    // a month name, a weekday or a part of the day alone starts none of them.
    if c.classes(i) & (CUE | UNIT | NUMBER) == 0 || !may_open(c, i) {
        return None;
    }
    edge_day(c, i)
        .or_else(|| first_of_month(c, i))
        .or_else(|| ten_days(c, i))
        .or_else(|| ten_days_counted(c, i))
        .or_else(|| first_or_last_units(c, i))
        .or_else(|| century(c, i))
        .or_else(|| weekend(c, i))
        .or_else(|| slice(c, i))
        .or_else(|| decade(c, i))
        .or_else(|| hijri_year(c, i))
}

/// Whether a piece of this module may open at `i`: the union of the words each rule
/// reads first, asked with one pass over the readings of `i` instead of one per rule
/// (most cues and units of a text open none). `every_rule_opens_where_may_open_says`
/// checks a reading of each rule.
fn may_open(c: &Cursor, i: usize) -> bool {
    // [`ten_days`], [`ten_days_counted`], [`century`] and [`hijri_year`] after `هذا`,
    // [`weekend`], [`english_slice`].
    matches!(
        c.word(i),
        "العشر"
            | "الايام"
            | "العشره"
            | "هذا"
            | "هذه"
            | "the"
            | "this"
            | "last"
            | "next"
            | "weekend"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "final"
    )
    // [`edge_day`] at `ثالث يوم`.
    || c.figure(i).is_some_and(|f| f.ordinal)
    || c.lookup(i, |s, article| {
        // [`edge_day`], [`first_of_month`], [`weekend`]; with the article, [`edge_day`]
        // (`اليوم`), [`century`], [`slice`], [`decade`], [`hijri_year`] and
        // [`first_or_last_units`] (a plural unit).
        let opens = matches!(s, "اول" | "first" | "اخر" | "last" | "غره" | "عطله")
            || (article
                && (matches!(
                    s,
                    "يوم" | "قرن" | "نصف" | "ثلث" | "ربع" | "عقد" | "عام" | "سنه"
                ) || crate::lexicon::unit(s)
                    .is_some_and(|(_, n)| n == crate::lexicon::UnitCount::Plural)));
        opens.then_some(())
    })
    .is_some()
}

/// Whether fields name a whole month, year or week, with no day inside it.
fn is_period(f: &Fields) -> bool {
    f.day.is_none()
        && f.hour.is_none()
        && f.day_part.is_none()
        && f.weekday.is_none()
        && f.relative_day.is_none()
        && f.offset.is_none()
        && f.part.is_none()
        && f.week_of.is_none()
        && f.season.is_none()
        && f.decade.is_none()
        && (f.month.is_some()
            || f.year.is_some()
            || matches!(
                f.relative_period,
                Some((
                    DurationUnit::Week | DurationUnit::Month | DurationUnit::Year,
                    _
                ))
            ))
}

/// The period after `من`/`في` at `j`, if it names one.
fn period_after(c: &Cursor, j: usize) -> Option<(usize, Fields)> {
    let j = if matches!(c.word(j), "من" | "في" | "of") {
        j + 1
    } else {
        j
    };
    if let Some((end, fields)) = crate::scan::first_piece(c, j) {
        return is_period(&fields).then_some((end, fields));
    }
    // `من العام`, `من الشهر`: the current one.
    let current = c.lookup(j, |s, article| {
        article
            .then(|| crate::lexicon::unit(s))
            .flatten()
            .filter(|&(_, n)| n == crate::lexicon::UnitCount::One)
    });
    if let Some((unit @ (DurationUnit::Month | DurationUnit::Year), _)) = current {
        return Some((
            j + 1,
            Fields {
                relative_period: Some((unit, 0)),
                ..Fields::default()
            },
        ));
    }
    // `من رمضان`, `من 2019`: a month or a year the words before make one.
    crate::dates::named_month(c, j).or_else(|| crate::dates::announced_year(c, j))
}

/// `آخر يوم من شهر رمضان`, `اليوم الأخير من العام الماضي`, `أول يوم من الشهر المقبل`,
/// `اليوم الأول من رمضان`, `أول أيام العام`, `ثالث يوم من الشهر`, `اليوم العاشر من
/// رمضان`: day N or the last day of a period.
fn edge_day(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let edge = |k: usize| {
        c.lookup(k, |s, _| match s {
            "اول" | "first" => Some(1),
            "اخر" | "last" => Some(-1),
            _ => None,
        })
        .or_else(|| {
            // `ثالث يوم من الشهر`: an ordinal without the article.
            let f = c.figure(k).filter(|f| f.ordinal && f.end == k + 1)?;
            (!c.word(k).starts_with("ال")).then_some(())?;
            i8::try_from(f.int()?).ok().filter(|n| (1..=31).contains(n))
        })
    };
    let (first_edge, after) = if let Some(e) = edge(i) {
        // `أول يوم`, `آخر أيام`, `first day of`.
        let day = c.lookup(i + 1, |s, article| {
            (!article && matches!(s, "يوم" | "ايام" | "day")).then_some(())
        });
        day?;
        (e, i + 2)
    } else {
        // `اليوم الأول`, `اليوم الأخير`.
        c.lookup(i, |s, article| (article && s == "يوم").then_some(()))?;
        let e = match c.word(i + 1) {
            "الاول" => 1,
            "الاخير" => -1,
            _ => {
                // `اليوم الثالث من الشهر` (`اليوم الثالث للهجوم` is an event's day).
                let f = c.figure(i + 1).filter(|f| f.ordinal)?;
                let n = i8::try_from(f.int()?)
                    .ok()
                    .filter(|n| (1..=31).contains(n))?;
                return period_after(c, f.end).map(|(end, mut fields)| {
                    fields.edge_day = Some(n);
                    (end, fields)
                });
            }
        };
        (e, i + 2)
    };
    let (end, mut fields) = period_after(c, after)?;
    fields.edge_day = Some(first_edge);
    Some((end, fields))
}

/// `النصف الأول من العام`, `الربع الثالث من عام 2016`, `الربع الأخير من العام
/// الماضي`, `الثلث الأخير من الشهر`: one of the equal halves, thirds or quarters of a
/// year or month.
fn slice(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    if let Some(found) = english_slice(c, i) {
        return Some(found);
    }
    let count = c.lookup(i, |s, article| match (s, article) {
        ("نصف", true) => Some(2),
        ("ثلث", true) => Some(3),
        ("ربع", true) => Some(4),
        _ => None,
    })?;
    let index = if c.word(i + 1) == "الاخير" {
        (count, i + 2)
    } else {
        let f = c.figure(i + 1).filter(|f| f.ordinal)?;
        let n = i8::try_from(f.int()?)
            .ok()
            .filter(|n| (1..=count).contains(n))?;
        (n, f.end)
    };
    let (end, mut fields) = period_after(c, index.1)?;
    if !names_whole_year_or_month(&fields) {
        return None;
    }
    fields.slice = Some((index.0 - 1, count));
    Some((end, fields))
}

/// `العقد الماضي`, `العقد المنصرم`, `العقد المقبل`: a decade of the calendar (2010-2019)
/// before or after the reference's, as `الشهر الماضي` is a calendar month. `هذا العقد`,
/// `العقد الحالي` and `العقد السابق` are left out: in news they are mostly a contract.
fn decade(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    c.lookup(i, |s, article| (article && s == "عقد").then_some(()))?;
    let shift = c.lookup(i + 1, |s, article| match (s, article) {
        ("ماضي" | "منصرم", true) => Some(-1),
        ("مقبل" | "قادم", true) => Some(1),
        _ => None,
    })?;
    Some((
        i + 2,
        Fields {
            decade_shift: Some(shift),
            ..Fields::default()
        },
    ))
}

/// Whether a word says `Hijri` in any agreement: `الهجري`, `الهجرية`, `هجريه`,
/// `هجريين`, `هجريتين`.
pub(crate) fn is_hijri_adjective(word: &str) -> bool {
    let w = word.strip_prefix("ال").unwrap_or(word);
    matches!(
        w,
        "هجري" | "هجريه" | "هجريين" | "هجريان" | "هجريتين" | "هجريتان" | "هجريات"
    )
}

/// `العام الهجري المقبل`, `السنة الهجرية الماضية`, `هذا العام الهجري`: a Hijri year relative to the reference's.
fn hijri_year(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let this = matches!(c.word(i), "هذا" | "هذه");
    let at = if this { i + 1 } else { i };
    c.lookup(at, |s, article| {
        (article && matches!(s, "عام" | "سنه")).then_some(())
    })?;
    if !is_hijri_adjective(c.word(at + 1)) || !c.word(at + 1).starts_with("ال") {
        return None;
    }
    // `السنة الهجرية 1445`
    if !this {
        if let Some((v, 3..=4)) = c.digits(at + 2) {
            let year = i32::try_from(v).ok().filter(|y| (1..=1600).contains(y))?;
            return Some((at + 3, crate::dates::year_fields(year, true)));
        }
    }
    let (end, shift) = if this {
        (at + 2, 0)
    } else {
        shift_at(c, at + 2)?
    };
    Some((
        end,
        Fields {
            relative_period: Some((DurationUnit::Year, i64::from(shift))),
            hijri: true,
            ..Fields::default()
        },
    ))
}

/// `العقدين الماضيين`, `العقود الثلاثة الماضية`, `الثلاثة عقود المقبلة`: the last or
/// next N decades, counted in years from the reference like `الأيام الثلاثة الماضية`.
/// Returns (end, unit, amount, shift) as [`crate::relative::last_n`].
pub(crate) fn last_decades(c: &Cursor, i: usize) -> Option<(usize, DurationUnit, f64, i32)> {
    let decades = |k: usize| {
        c.lookup(k, |s, article| match s {
            "عقدين" | "عقدان" => Some((Some(2.0), article)),
            "عقود" => Some((None, article)),
            _ => None,
        })
    };
    let (count, end) = match decades(i) {
        // `العقدين الماضيين`, `العقود الثلاثة الماضية`.
        Some((Some(two), true)) => (two, i + 1),
        Some((None, true)) => {
            let f = c.figure(i + 1).filter(|f| !f.ordinal)?;
            (f.value, f.end)
        }
        Some(_) => return None,
        None => {
            // `الثلاثة عقود المقبلة`, `2 العقود الماضية`.
            if c.classes(i) & crate::starters::NUMBER == 0 {
                return None;
            }
            let f = c.figure(i).filter(|f| !f.ordinal)?;
            let (none, _) = decades(f.end)?;
            if none.is_some() {
                return None;
            }
            (f.value, f.end + 1)
        }
    };
    let (end, shift) =
        crate::relative::last_shift_at(c, end).or_else(|| crate::relative::dual_shift(c, end))?;
    (shift != 0 && count > 0.0).then_some((end, DurationUnit::Year, count * 10.0, shift))
}

/// `عطلة نهاية الأسبوع`, `عطلة نهاية الأسبوع المقبل`, `the weekend`: Friday and
/// Saturday, the weekend of most Arab countries, of the week named; with none, the
/// last one or the next one as [`crate::Prefer`] says.
fn weekend(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let end = if c.lookup(i, |s, _| (s == "عطله").then_some(())).is_some() {
        if c.word(i + 1) != "نهايه" || c.word(i + 2) != "الاسبوع" {
            return None;
        }
        i + 3
    } else {
        let at = if matches!(c.word(i), "the" | "this" | "last" | "next") {
            i + 1
        } else {
            i
        };
        if c.word(at) != "weekend" {
            return None;
        }
        if let Some(shift) = (at > i)
            .then(|| crate::lexicon::shift_word(c.word(i)))
            .flatten()
        {
            return Some((
                at + 1,
                Fields {
                    relative_period: Some((DurationUnit::Week, i64::from(shift))),
                    weekend: true,
                    ..Fields::default()
                },
            ));
        }
        at + 1
    };
    // With no shift word the weekend follows `Prefer`, as a bare weekday does.
    let (end, period) = match shift_at(c, end) {
        Some((e, shift)) => (e, Some((DurationUnit::Week, i64::from(shift)))),
        None => (end, None),
    };
    Some((
        end,
        Fields {
            relative_period: period,
            weekend: true,
            ..Fields::default()
        },
    ))
}

/// `غرة رمضان`, `غرة شهر شوال`: the first day of a month.
fn first_of_month(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    c.lookup(i, |s, _| (s == "غره").then_some(()))?;
    let (end, mut fields) = period_after(c, i + 1)?;
    let month =
        fields.month.is_some() || matches!(fields.relative_period, Some((DurationUnit::Month, _)));
    if !month {
        return None;
    }
    fields.edge_day = Some(1);
    Some((end, fields))
}

/// `العشر الأواخر من رمضان`, `العشر الأوائل من ذي الحجة`: the first, middle or last ten
/// days of a month, as `مطلع`, `منتصف`, `أواخر` read them.
fn ten_days(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    if c.word(i) != "العشر" {
        return None;
    }
    let part = match c.word(i + 1) {
        "الاوائل" | "الاولي" => 0,
        "الاواسط" | "الوسطي" => 1,
        "الاواخر" | "الاخيره" => 2,
        _ => return None,
    };
    let (end, fields) = period_after(c, i + 2)?;
    part_of_month(end, fields, part)
}

/// `الأيام العشرة الأولى من الشهر`, `العشرة أيام الأخيرة من رمضان`: the ten days of
/// [`ten_days`] counted with the word `أيام`.
pub(crate) fn ten_days_counted(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let ten = |k: usize| matches!(c.word(k), "العشره" | "العشر");
    let after = match c.word(i) {
        "الايام" if ten(i + 1) => i + 2,
        "العشره" if c.word(i + 1) == "ايام" => i + 2,
        _ => return None,
    };
    let part = match c.word(after) {
        "الاولي" => 0,
        "الاخيره" => 2,
        _ => return None,
    };
    let (end, fields) = period_after(c, after + 1)?;
    // Without `من`, `الأيام العشرة الأخيرة` counts back from the reference instead.
    if !matches!(c.word(after + 1), "من" | "في") {
        return None;
    }
    part_of_month(end, fields, part)
}

/// `الأيام الأولى من شهر رمضان`, `الأسابيع الأخيرة من العام الماضي`, `الأشهر الأولى من
/// 2015`: the first or last units of a longer period are its early or late part, as
/// `مطلع` and `أواخر` read them (not `الأولى من رمضان`, its first day); `الأشهر السبعة
/// الأولى من العام` are its first seven months.
pub(crate) fn first_or_last_units(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let (unit, count) = c.lookup(i, |s, article| {
        article.then(|| crate::lexicon::unit(s)).flatten()
    })?;
    if count != crate::lexicon::UnitCount::Plural {
        return None;
    }
    // `الأشهر الستة الأولى من العام`: a count of months that divides the year.
    let months = c
        .figure(i + 1)
        .filter(|f| !f.ordinal && unit == DurationUnit::Month)
        .and_then(|f| Some((f.end, i8::try_from(f.int()?).ok()?)));
    let at = months.map_or(i + 1, |(end, _)| end);
    let part = match c.word(at) {
        "الاولي" => 0,
        "الاخيره" => 2,
        _ => return None,
    };
    if !matches!(c.word(at + 1), "من" | "في") {
        return None;
    }
    let (end, mut fields) = period_after(c, at + 1)?;
    if let Some((_, n)) = months {
        let year = fields.year.is_some()
            || matches!(fields.relative_period, Some((DurationUnit::Year, _)));
        // Hijri months do not fall on Gregorian month starts: left out.
        if !(1..=11).contains(&n)
            || !year
            || fields.hijri
            || fields.month.is_some()
            || fields.day.is_some()
        {
            return None;
        }
        fields.month_run = Some((if part == 0 { 0 } else { 12 - n }, n));
        return Some((end, fields));
    }
    let longer = match unit {
        DurationUnit::Day | DurationUnit::Week => {
            fields.month.is_some()
                || fields.year.is_some()
                || matches!(
                    fields.relative_period,
                    Some((DurationUnit::Month | DurationUnit::Year, _))
                )
        }
        DurationUnit::Month => {
            fields.month.is_none()
                && (fields.year.is_some()
                    || matches!(fields.relative_period, Some((DurationUnit::Year, _))))
        }
        _ => false,
    };
    if !longer {
        return None;
    }
    fields.part = Some(part);
    Some((end, fields))
}

/// `القرن الماضي`, `القرن الحالي`, `هذا القرن`, `القرن العشرين`, `القرن الـ19`: a
/// century of a hundred years from its round year (the twentieth is 1900-1999, as news
/// counts it). A Hijri century, one before the Christian era, and `القرن الأفريقي` (the
/// Horn of Africa: no rank after it) are left out.
fn century(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let this = matches!(c.word(i), "هذا") && c.word(i + 1) == "القرن";
    let at = if this { i + 1 } else { i };
    c.lookup(at, |s, article| (article && s == "قرن").then_some(()))?;
    let (end, fields) = if this {
        (
            at + 1,
            Fields {
                century_shift: Some(0),
                ..Fields::default()
            },
        )
    } else if let Some(shift) = c.lookup(at + 1, |s, article| match (s, article) {
        ("ماضي" | "منصرم" | "سابق", true) => Some(-1),
        ("حالي" | "جاري", true) => Some(0),
        ("مقبل" | "قادم", true) => Some(1),
        _ => None,
    }) {
        (
            at + 2,
            Fields {
                century_shift: Some(shift),
                ..Fields::default()
            },
        )
    } else {
        let f = c.figure(at + 1)?;
        if f.digits > 2 {
            return None;
        }
        let n = i32::try_from(f.int()?)
            .ok()
            .filter(|n| (1..=22).contains(n))?;
        (
            f.end,
            Fields {
                century: Some((n - 1) * 100),
                ..Fields::default()
            },
        )
    };
    if is_hijri_adjective(c.word(end)) || crate::years::before_christ(c, end) {
        return None;
    }
    let end = if crate::lexicon::is_gregorian_marker(c.word(end)) {
        end + 1
    } else {
        end
    };
    Some((end, fields))
}

/// `first half of 2022`, `the third quarter of last year`, `last quarter of 2021`.
fn english_slice(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let index = match c.word(i) {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "last" | "final" => 0,
        _ => return None,
    };
    let count = match c.word(i + 1) {
        "half" => 2,
        "quarter" => 4,
        _ => return None,
    };
    let index = if index == 0 { count } else { index };
    if index > count || c.word(i + 2) != "of" {
        return None;
    }
    let (end, mut fields) = period_after(c, i + 3)?;
    if !names_whole_year_or_month(&fields) {
        return None;
    }
    fields.slice = Some((index - 1, count));
    Some((end, fields))
}

/// Whether a period names a whole year or month (`عام 2016`, `الشهر الماضي`): the only
/// periods that halves, thirds and quarters divide.
fn names_whole_year_or_month(fields: &Fields) -> bool {
    fields.year.is_some()
        || fields.month.is_some()
        || matches!(
            fields.relative_period,
            Some((DurationUnit::Month | DurationUnit::Year, _))
        )
}

/// The early, middle or late `part` of the period `fields` read up to `end`, when that
/// period is a month (named or relative): the ten days of `العشر الأواخر من رمضان`.
fn part_of_month(end: usize, mut fields: Fields, part: i8) -> Option<(usize, Fields)> {
    let month =
        fields.month.is_some() || matches!(fields.relative_period, Some((DurationUnit::Month, _)));
    if !month {
        return None;
    }
    fields.part = Some(part);
    Some((end, fields))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasid_text::{normalize_str, tokenize, Normalized};

    /// A reading of every rule of [`piece`] opens where [`may_open`] says one may.
    #[test]
    fn every_rule_opens_where_may_open_says() {
        for text in [
            "آخر يوم من شهر رمضان",
            "أول أيام العام الجديد",
            "ثالث يوم من الشهر",
            "اليوم الأخير من العام الماضي",
            "اليوم العاشر من رمضان",
            "غرة شهر رمضان",
            "العشر الأواخر من رمضان",
            "الأيام العشرة الأولى من الشهر",
            "العشرة أيام الأخيرة من الشهر",
            "الأشهر الستة الأولى من العام",
            "الأيام الأولى من الشهر",
            "القرن الماضي",
            "هذا القرن",
            "القرن 19",
            "عطلة نهاية الأسبوع",
            "the weekend",
            "this weekend",
            "weekend",
            "first half of 2020",
            "النصف الأول من العام",
            "الربع الثالث من عام 2016",
            "العقد الماضي",
            "العام الهجري المقبل",
            "هذا العام الهجري",
            "السنة الهجرية 1445",
        ] {
            let text = normalize_str(text);
            let tokens = tokenize(&text);
            let normalized = Normalized::new(&text);
            let numbers = rasid_numbers::find_numbers(&normalized, &tokens);
            let c = Cursor::new(&text, &tokens, &numbers);
            let opens = [
                edge_day,
                first_of_month,
                ten_days,
                ten_days_counted,
                first_or_last_units,
                century,
                weekend,
                slice,
                decade,
                hijri_year,
            ]
            .iter()
            .any(|rule| rule(&c, 0).is_some());
            assert!(opens, "no rule reads {text}");
            assert!(may_open(&c, 0), "{text}");
        }
    }
}

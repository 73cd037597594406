//! `بعد ثلاثة أشهر من شهر محرم`, `قبل عامين من آذار 2020`: whole months or years before
//! or after a named month. The result is the month they lead to, counted in the named
//! month's own calendar (three Hijri months after Muharram is Rabi' al-Thani), at month
//! precision: no day is named, so none is guessed.

use crate::cursor::Cursor;
use crate::resolve::{resolve, Fields, Window};
use crate::scan::expression;
use crate::{duration, hijri, relative, TimeOptions};

/// The month `N` months or years before (`قبل`) or after (`بعد`) the month named after
/// `من`, starting at token `i`: (end token, its window, the fields of the named month).
/// A named day, weekday, hour or event is no plain month: other rules read those.
pub(crate) fn offset_from_month(
    c: &Cursor,
    i: usize,
    options: &TimeOptions,
) -> Option<(usize, Window, Fields)> {
    let sign: i64 = match c.word(i) {
        "بعد" | "وبعد" => 1,
        "قبل" | "وقبل" => -1,
        _ => return None,
    };
    let (end, unit, value, _) = relative::amount(c, i + 1)?;
    let (end, length) = duration::calendar_length(c, end, unit, value?)?;
    let whole_months = length.months != 0 && length.days == 0 && length.seconds == 0;
    if !whole_months || !matches!(c.word(end), "من" | "علي") {
        return None;
    }
    let (after, named) = expression(c, end + 1)?;
    if !names_only_a_month(&named) {
        return None;
    }
    let start = resolve(&named, options).start?.date();
    let (year, month) = if named.hijri {
        let (y, m, _) = hijri::from_gregorian(start)?;
        (y, m)
    } else {
        (i32::from(start.year()), start.month())
    };
    let index = i64::from(year) * 12 + i64::from(month - 1) + sign * length.months;
    let shifted = Fields {
        year: Some(i32::try_from(index.div_euclid(12)).ok()?),
        month: Some(i8::try_from(index.rem_euclid(12) + 1).ok()?),
        hijri: named.hijri,
        ..Fields::default()
    };
    Some((after, resolve(&shifted, options), named))
}

/// A month (with or without a year or `القادم`), and nothing finer or vaguer.
fn names_only_a_month(f: &Fields) -> bool {
    f.month.is_some()
        && f.day.is_none()
        && f.edge_day.is_none()
        && f.weekday.is_none()
        && f.relative_day.is_none()
        && f.hour.is_none()
        && f.day_part.is_none()
        && f.offset.is_none()
        && f.offset_parts.is_none()
        && f.vague_offset.is_none()
        && f.part.is_none()
        && f.week_of.is_none()
        && f.slice.is_none()
        && f.season.is_none()
        && f.event_day.is_none()
        && !f.month_names_disagree
}

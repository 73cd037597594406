//! `في مثل هذا اليوم قبل عام` (on this day a year ago), `هذا الوقت بعد أسبوعين` (this
//! time in two weeks): the reference's own day moved by whole days, weeks, months or
//! years. The offset alone (`قبل عام`) names the whole year before; with `هذا اليوم`
//! it names one day, and `هذا اليوم` is then no "today" of its own.

use crate::cursor::Cursor;
use crate::resolve::{day_shifted, resolve, Fields, Window};
use crate::{duration, relative, TimeOptions};

/// `هذا اليوم` / `هذا الوقت` / `هذا التاريخ` then `قبل` or `بعد` and a length in whole
/// days to years, at token `i`: (end token, the day it leads to). A clock length (`قبل
/// ساعتين`) or an event (`هذا اليوم بعد الانتصار`) is no such day, and a weekday or day
/// after the length is read with it instead.
pub(crate) fn same_day_offset(
    c: &Cursor,
    i: usize,
    options: &TimeOptions,
) -> Option<(usize, Window)> {
    if c.word(i) != "هذا" || !matches!(c.word(i + 1), "اليوم" | "الوقت" | "التاريخ")
    {
        return None;
    }
    let before = match c.word(i + 2) {
        "قبل" => true,
        "بعد" => false,
        _ => return None,
    };
    let (end, unit, value, _) = relative::amount(c, i + 3)?;
    let (end, length) = duration::calendar_length(c, end, unit, value?)?;
    if length.seconds != 0 || (length.months == 0 && length.days == 0) {
        return None;
    }
    // `هذا الوقت بعد أسبوعين يوم الأربعاء`: a named day follows; the offset reads with it.
    if crate::scan::expression(c, end).is_some_and(|(_, f)| f.weekday.is_some() || f.day.is_some())
    {
        return None;
    }
    let length = if before { length.negated() } else { length };
    let today = Fields {
        relative_day: Some(0),
        ..Fields::default()
    };
    Some((end, day_shifted(resolve(&today, options), length)))
}

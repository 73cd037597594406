//! What an expression says (its [`Fields`]) turned into a window of civil time: `start`
//! inclusive, `end` exclusive, at the expression's precision.
//!
//! A day is never guessed: without a reference, a weekday or a day and month with no
//! year stay unresolved.

use crate::lexicon::DayPart;
use crate::{hijri, DurationUnit, Precision, Prefer, TimeOptions};
use jiff::civil::{Date, DateTime, Time, Weekday};
use jiff::Span;

/// Everything one expression states, before resolution. Pieces of an expression
/// (`مساء` + `الخميس` + `20 كانون الثاني`) each fill some fields and are merged.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Fields {
    /// A year, Gregorian unless `hijri`.
    pub year: Option<i32>,
    /// 1..=12, Gregorian unless `hijri`.
    pub month: Option<i8>,
    /// 1..=31.
    pub day: Option<i8>,
    /// The year, month and day are Hijri.
    pub hijri: bool,
    /// A named month or season moved by `الماضي` / `المقبل` (`شباط المقبل`, `الصيف
    /// الماضي`).
    pub month_shift: Option<i32>,
    /// A weekday.
    pub weekday: Option<Weekday>,
    /// `الخميس الماضي` -1, `الخميس المقبل` +1; `None` follows [`Prefer`].
    pub weekday_shift: Option<i32>,
    /// Days from the reference day: `امس` -1.
    pub relative_day: Option<i64>,
    /// A period relative to the reference: `الاسبوع الماضي` is (Week, -1).
    pub relative_period: Option<(DurationUnit, i64)>,
    /// An offset from the reference moment: `قبل ساعتين` is (Hour, -2).
    pub offset: Option<(DurationUnit, f64)>,
    /// A vague count of units before (-1) or after (+1) the reference: `قبل بضعة أيام`,
    /// `قبل أيام` (a few, read as 3 to 9).
    pub vague_offset: Option<(DurationUnit, i8)>,
    /// Hour on the clock as said (12-hour figures are adjusted by `day_part`).
    pub hour: Option<i8>,
    /// Minute.
    pub minute: Option<i8>,
    /// Second.
    pub second: Option<i8>,
    /// Part of a period: 0 its start (`مطلع`), 1 its middle (`منتصف`), 2 its end
    /// (`أواخر`), each a third of it; 3 what remains of it after the reference (`بقية`);
    /// 4 what passed of it before the reference (`في وقت سابق من هذا الشهر`).
    pub part: Option<i8>,
    /// Week N (1..=5) of a month or year counted in 7-day blocks from its first day, or 0
    /// for its last seven days.
    pub week_of: Option<i8>,
    /// A season: 0 winter, 1 spring, 2 summer, 3 autumn (of the northern hemisphere,
    /// three whole months; winter starts in the December before its year).
    pub season: Option<i8>,
    /// The first year of a decade (`التسعينيات` is 1990).
    pub decade: Option<i32>,
    /// Part of the day.
    pub day_part: Option<DayPart>,
    /// The two names of a double month name disagree.
    pub month_names_disagree: bool,
    /// Day N of an event (`اليوم الثالث للهجوم`).
    pub event_day: Option<u32>,
    /// An offset of several parts kept in calendar units (`منذ شهر و21 يوما`), signed;
    /// when set it places the point instead of the folded `offset`.
    pub offset_parts: Option<crate::duration::CalendarLength>,
    /// Day N (1-based) or the last day (-1) of the period the other fields name (`آخر
    /// يوم من شهر رمضان`, `ثالث يوم من الشهر`).
    pub edge_day: Option<i8>,
    /// Part k (0-based) of n equal parts of a year or month (`الربع الثالث` is (2, 4)).
    pub slice: Option<(i8, i8)>,
    /// A calendar decade relative to the reference's (`العقد الماضي` is -1).
    pub decade_shift: Option<i32>,
    /// The weekend (Friday and Saturday) of the week the other fields name.
    pub weekend: bool,
    /// The first year of a century (`القرن العشرين` is 1900).
    pub century: Option<i32>,
    /// A century relative to the reference's (`القرن الماضي` is -1).
    pub century_shift: Option<i32>,
    /// Months `(first, count)` of the year the other fields name, `first` from 0
    /// (`الأشهر السبعة الأولى من العام` is (0, 7)).
    pub month_run: Option<(i8, i8)>,
    /// The week (Sunday to Saturday) holding the day the other fields name (`أسبوع 15
    /// سبتمبر`).
    pub week_holding: bool,
}

impl Fields {
    /// Adds another piece's fields; refuses (returning `false`, leaving `self` as it
    /// was) when both state the same thing, since then they are two expressions.
    pub(crate) fn merge(&mut self, other: &Fields) -> bool {
        // Two parts of the day agree when they are the same (`هذا الصباح في 7 صباحا`) or
        // when they touch and only one comes with an hour, which then places it
        // (`الليلة الساعة 9:30 مساء`, `منتصف الليل الليلة`); `الرابعة مساء ... ظهرا` clash.
        fn parts_clash(a: &Fields, b: &Fields) -> bool {
            let hours = |p: DayPart| match p {
                DayPart::Midnight => (24, 25),
                p => p.hours(),
            };
            match (a.day_part, b.day_part) {
                (Some(x), Some(y)) if x != y => {
                    let ((x0, x1), (y0, y1)) = (hours(x), hours(y));
                    let touch = x0 <= y1 && y0 <= x1;
                    !touch || a.hour.is_some() == b.hour.is_some()
                }
                _ => false,
            }
        }
        fn clash<T>(a: &Option<T>, b: &Option<T>) -> bool {
            a.is_some() && b.is_some()
        }
        // `الخميس بعد أسبوعين`: a weekday in the week some whole weeks away.
        let weeks = |f: &Fields| match f.offset {
            Some((DurationUnit::Week, n)) if n.fract() == 0.0 && f.weekday.is_none() => {
                Some(n as i64)
            }
            _ => None,
        };
        let lone_weekday = |f: &Fields| {
            f.weekday.is_some() && f.weekday_shift.is_none() && f.relative_period.is_none()
        };
        if let (Some(n), true) = (weeks(other), lone_weekday(self)) {
            self.relative_period = Some((DurationUnit::Week, n));
            return true;
        }
        if let (Some(n), true) = (weeks(self), lone_weekday(other)) {
            self.offset = None;
            self.weekday = other.weekday;
            self.relative_period = Some((DurationUnit::Week, n));
            return true;
        }
        let date_a = self.day.is_some() || self.month.is_some() || self.year.is_some();
        let date_b = other.day.is_some() || other.month.is_some() || other.year.is_some();
        // A year may complete a day and month (`20 يناير` + `2022`), nothing else.
        let date_clash = date_a
            && date_b
            && !(self.year.is_none()
                && other.year.is_some()
                && other.month.is_none()
                && other.day.is_none()
                && self.month.is_some()
                && self.hijri == other.hijri);
        // `مواليد 2000 مساء غد`: a year alone and a time of day or a day counted from the
        // reference with no date of its own are two expressions.
        let lone_year = |f: &Fields| f.year.is_some() && f.month.is_none() && f.day.is_none();
        let undated_time = |f: &Fields| {
            (f.relative_day.is_some() || f.day_part.is_some() || f.hour.is_some())
                && f.year.is_none()
                && f.month.is_none()
                && f.day.is_none()
        };
        let year_and_time =
            (lone_year(self) && undated_time(other)) || (lone_year(other) && undated_time(self));
        if date_clash
            || year_and_time
            || clash(&self.weekday, &other.weekday)
            || clash(&self.relative_day, &other.relative_day)
            || clash(&self.relative_period, &other.relative_period)
            || clash(&self.offset, &other.offset)
            || clash(&self.hour, &other.hour)
            || parts_clash(self, other)
            || clash(&self.event_day, &other.event_day)
            || (self.offset.is_some() || other.offset.is_some())
            || (self.vague_offset.is_some() || other.vague_offset.is_some())
            || (self.event_day.is_some() || other.event_day.is_some())
        {
            return false;
        }
        let before = *self;
        self.year = self.year.or(other.year);
        self.month = self.month.or(other.month);
        self.day = self.day.or(other.day);
        self.hijri |= other.hijri && date_b;
        if !date_a && date_b {
            self.hijri = other.hijri;
        }
        self.month_shift = self.month_shift.or(other.month_shift);
        self.weekday = self.weekday.or(other.weekday);
        self.weekday_shift = self.weekday_shift.or(other.weekday_shift);
        self.relative_day = self.relative_day.or(other.relative_day);
        self.relative_period = self.relative_period.or(other.relative_period);
        self.hour = self.hour.or(other.hour);
        self.minute = self.minute.or(other.minute);
        self.second = self.second.or(other.second);
        self.part = self.part.or(other.part);
        self.week_of = self.week_of.or(other.week_of);
        self.season = self.season.or(other.season);
        self.decade = self.decade.or(other.decade);
        // `الليلة الساعة 9:30 مساء`: the part said with the hour is the finer one.
        self.day_part = if before.hour.is_none() && other.hour.is_some() {
            other.day_part.or(self.day_part)
        } else {
            self.day_part.or(other.day_part)
        };
        self.edge_day = self.edge_day.or(other.edge_day);
        self.slice = self.slice.or(other.slice);
        self.decade_shift = self.decade_shift.or(other.decade_shift);
        self.weekend |= other.weekend;
        self.week_holding |= other.week_holding;
        self.month_run = self.month_run.or(other.month_run);
        self.century = self.century.or(other.century);
        self.century_shift = self.century_shift.or(other.century_shift);
        self.month_names_disagree |= other.month_names_disagree;
        // A period and a day in one expression (`الاسبوع الماضي` + `يوم الاثنين`) are
        // one weekday in that period: allowed. A relative day names the same day as a
        // weekday or a day of a named month beside it (`أمس الأحد`, `غدا 8 نوفمبر`): one
        // expression, checked when resolved. Any other pairing is two expressions.
        let bare_day = self.day.is_some() && self.month.is_none();
        if self.relative_day.is_some_and(|n| n != 0) && bare_day {
            *self = before;
            return false;
        }
        true
    }

    /// Whether the fields name anything at all.
    pub(crate) fn is_empty(&self) -> bool {
        *self == Fields::default()
    }
}

/// A resolved window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Window {
    pub start: Option<DateTime>,
    pub end: Option<DateTime>,
    pub precision: Option<Precision>,
}

impl Window {
    const UNKNOWN: Window = Window {
        start: None,
        end: None,
        precision: None,
    };

    fn of(start: DateTime, end: DateTime, precision: Precision) -> Window {
        Window {
            start: Some(start),
            end: Some(end),
            precision: Some(precision),
        }
    }

    fn day(date: Date) -> Window {
        match add_days(date, 1) {
            Some(next) => Window::of(
                date.to_datetime(Time::midnight()),
                next.to_datetime(Time::midnight()),
                Precision::Day,
            ),
            None => Window::UNKNOWN,
        }
    }
}

pub(crate) fn add_days(date: Date, n: i64) -> Option<Date> {
    date.checked_add(Span::new().try_days(n).ok()?).ok()
}

fn add_months(date: Date, n: i64) -> Option<Date> {
    date.checked_add(Span::new().try_months(n).ok()?).ok()
}

fn ymd(year: i32, month: i8, day: i8) -> Option<Date> {
    Date::new(i16::try_from(year).ok()?, month, day).ok()
}

fn month_window(year: i32, month: i8, hijri_cal: bool) -> Window {
    let bounds = if hijri_cal {
        hijri::month_start(year, month).zip(hijri::next_month_start(year, month))
    } else {
        ymd(year, month, 1).and_then(|s| Some((s, add_months(s, 1)?)))
    };
    match bounds {
        Some((s, e)) => Window::of(midnight(s), midnight(e), Precision::Month),
        None => Window::UNKNOWN,
    }
}

fn year_window(year: i32, hijri_cal: bool) -> Window {
    let bounds = if hijri_cal {
        hijri::to_gregorian(year, 1, 1).zip(hijri::to_gregorian(year + 1, 1, 1))
    } else {
        ymd(year, 1, 1).zip(ymd(year + 1, 1, 1))
    };
    match bounds {
        Some((s, e)) => Window::of(midnight(s), midnight(e), Precision::Year),
        None => Window::UNKNOWN,
    }
}

fn week_window(date: Date) -> Window {
    // Arabic news weeks start on Sunday in most of the region (Saturday in a few).
    let back = i64::from(date.weekday().to_sunday_zero_offset());
    match add_days(date, -back).and_then(|s| Some((s, add_days(s, 7)?))) {
        Some((s, e)) => Window::of(midnight(s), midnight(e), Precision::Week),
        None => Window::UNKNOWN,
    }
}

fn midnight(date: Date) -> DateTime {
    date.to_datetime(Time::midnight())
}

/// The reference's calendar fields in the expression's calendar.
fn reference_ymd(reference: Date, hijri_cal: bool) -> Option<(i32, i8, i8)> {
    if hijri_cal {
        hijri::from_gregorian(reference)
    } else {
        Some((
            i32::from(reference.year()),
            reference.month(),
            reference.day(),
        ))
    }
}

/// The year of a month (and day) named without one: the latest such date not after the
/// reference when reading the past, the earliest not before it for the future.
fn infer_year(f: &Fields, reference: Date, prefer: Prefer) -> Option<i32> {
    let month = f.month?;
    let (ry, rm, rd) = reference_ymd(reference, f.hijri)?;
    let named = (month, f.day.unwrap_or(1));
    let now = (rm, if f.day.is_some() { rd } else { 1 });
    let year = match (f.month_shift, prefer) {
        (Some(s), _) if s < 0 => {
            let y = if named < now { ry } else { ry - 1 };
            y + (s + 1)
        }
        (Some(s), _) if s > 0 => {
            let y = if named > now { ry } else { ry + 1 };
            y + (s - 1)
        }
        (Some(_), _) => ry,
        (None, Prefer::Past) => {
            if named > now {
                ry - 1
            } else {
                ry
            }
        }
        (None, Prefer::Future) => {
            if named < now {
                ry + 1
            } else {
                ry
            }
        }
    };
    Some(year)
}

fn named_day(f: &Fields, year: i32, month: i8, day: i8) -> Option<Date> {
    if f.hijri {
        hijri::to_gregorian(year, month, day)
    } else {
        ymd(year, month, day)
    }
}

/// The weekday `wd` nearest the reference in the asked direction.
fn resolve_weekday(
    wd: Weekday,
    shift: Option<i32>,
    reference: Date,
    prefer: Prefer,
) -> Option<Date> {
    let today = i64::from(reference.weekday().to_sunday_zero_offset());
    let target = i64::from(wd.to_sunday_zero_offset());
    let back = (today - target).rem_euclid(7); // days since the last such weekday (0 = today)
    let ahead = (target - today).rem_euclid(7);
    let offset = match shift {
        Some(s) if s < 0 => {
            let last = if back == 0 { 7 } else { back };
            -last - 7 * i64::from(-s - 1)
        }
        Some(s) if s > 0 => {
            let next = if ahead == 0 { 7 } else { ahead };
            next + 7 * i64::from(s - 1)
        }
        Some(_) => {
            // `هذا الخميس`: the one of the current week.
            target - today
        }
        None => match prefer {
            Prefer::Past => -back,
            Prefer::Future => ahead,
        },
    };
    add_days(reference, offset)
}

fn offset_window(reference: DateTime, unit: DurationUnit, amount: f64) -> Window {
    let whole = amount.trunc() as i64;
    let frac_minutes = ((amount - amount.trunc()) * 60.0).round() as i64;
    let span = match unit {
        DurationUnit::Second => Span::new().try_seconds(whole),
        DurationUnit::Minute => Span::new().try_minutes(whole),
        DurationUnit::Hour => Span::new()
            .try_hours(whole)
            .and_then(|s| s.try_minutes(frac_minutes)),
        DurationUnit::Day => Span::new().try_days(whole),
        DurationUnit::Week => Span::new().try_weeks(whole),
        DurationUnit::Month => Span::new().try_months(whole),
        DurationUnit::Year => Span::new().try_years(whole),
    };
    let Some(moment) = span.ok().and_then(|s| reference.checked_add(s).ok()) else {
        return Window::UNKNOWN;
    };
    truncate(moment, unit)
}

/// The window at the finest unit of a several-part offset from the reference.
fn parts_window(reference: DateTime, parts: crate::duration::CalendarLength) -> Window {
    let span = Span::new()
        .try_months(parts.months)
        .and_then(|s| s.try_days(parts.days))
        .and_then(|s| s.try_seconds(parts.seconds));
    match span.ok().and_then(|s| reference.checked_add(s).ok()) {
        Some(moment) => truncate(moment, parts.finest),
        None => Window::UNKNOWN,
    }
}

/// The day `length` away from a day window (`بعد ثلاثة أيام من 5 حزيران`); unknown
/// unless the window is one day.
pub(crate) fn day_shifted(w: Window, length: crate::duration::CalendarLength) -> Window {
    match (w.start, w.precision) {
        (Some(start), Some(Precision::Day)) => {
            let span = Span::new()
                .try_months(length.months)
                .and_then(|s| s.try_days(length.days));
            match span.ok().and_then(|s| start.date().checked_add(s).ok()) {
                Some(d) => Window::day(d),
                None => Window::UNKNOWN,
            }
        }
        _ => Window::UNKNOWN,
    }
}

/// The window of the given unit that holds `moment`.
fn truncate(moment: DateTime, unit: DurationUnit) -> Window {
    let date = moment.date();
    let t = moment.time();
    let at = |h: i8, m: i8, s: i8| {
        Time::new(h, m, s, 0)
            .ok()
            .map(|t| DateTime::from_parts(date, t))
    };
    let window = |start: Option<DateTime>, span: Span, p: Precision| match start
        .and_then(|s| Some((s, s.checked_add(span).ok()?)))
    {
        Some((s, e)) => Window::of(s, e, p),
        None => Window::UNKNOWN,
    };
    match unit {
        DurationUnit::Second => window(
            at(t.hour(), t.minute(), t.second()),
            Span::new().seconds(1),
            Precision::Second,
        ),
        DurationUnit::Minute => window(
            at(t.hour(), t.minute(), 0),
            Span::new().minutes(1),
            Precision::Minute,
        ),
        DurationUnit::Hour => window(at(t.hour(), 0, 0), Span::new().hours(1), Precision::Hour),
        DurationUnit::Day => Window::day(date),
        DurationUnit::Week => week_window(date),
        DurationUnit::Month => month_window(i32::from(date.year()), date.month(), false),
        DurationUnit::Year => year_window(i32::from(date.year()), false),
    }
}

/// The window of a period relative to the reference (`الشهر الماضي`).
fn period_window(reference: Date, unit: DurationUnit, shift: i64) -> Window {
    let moved = match unit {
        DurationUnit::Day => add_days(reference, shift),
        DurationUnit::Week => add_days(reference, shift.saturating_mul(7)),
        DurationUnit::Month => add_months(reference, shift),
        DurationUnit::Year => reference
            .checked_add(Span::new().try_years(shift).ok().unwrap_or_default())
            .ok(),
        _ => Some(reference),
    };
    match moved {
        Some(d) => truncate(midnight(d), unit),
        None => Window::UNKNOWN,
    }
}

/// A day of the month named without its month (`الخميس 21`, `21 الجاري`, `20 من الشهر
/// القادم`): in the month a period names, else the nearest in the preferred direction.
fn day_in_month(
    reference: Date,
    day: i8,
    period: Option<(DurationUnit, i64)>,
    prefer: Prefer,
) -> Option<Date> {
    let first = reference.first_of_month();
    let month_shift = match period {
        Some((DurationUnit::Month, shift)) => shift,
        _ => match prefer {
            Prefer::Past if day > reference.day() => -1,
            Prefer::Future if day < reference.day() => 1,
            _ => 0,
        },
    };
    let month = add_months(first, month_shift)?;
    Date::new(month.year(), month.month(), day).ok()
}

/// The year of `يونيو العام المقبل`: a month with a relative year.
fn relative_year(f: &Fields, reference: Option<Date>) -> Option<i32> {
    let (DurationUnit::Year, shift) = f.relative_period? else {
        return None;
    };
    let (year, _, _) = reference_ymd(reference?, f.hijri)?;
    Some(year + i32::try_from(shift).ok()?)
}

/// Narrows a window to its first, middle or last third (whole days).
fn narrow(w: Window, part: i8) -> Window {
    let (Some(s), Some(e)) = (w.start, w.end) else {
        return w;
    };
    if w.precision == Some(Precision::Hour) {
        // A part of the day (`في وقت متأخر من المساء`): its first or last half, or the
        // half in the middle.
        let Ok(hours) = s.until(e).map(|sp| i64::from(sp.get_hours())) else {
            return w;
        };
        let (from, to) = match part {
            0 => (0, hours / 2),
            1 => (hours / 4, hours - hours / 4),
            _ => (hours / 2, hours),
        };
        return match (
            s.checked_add(Span::new().hours(from)),
            s.checked_add(Span::new().hours(to)),
        ) {
            (Ok(a), Ok(b)) if a < b => Window::of(a, b, Precision::Hour),
            _ => w,
        };
    }
    let Ok(days) = s.date().until(e.date()).map(|sp| i64::from(sp.get_days())) else {
        return w;
    };
    if days < 3 {
        return w;
    }
    // A year in thirds of four months, a month in tens of days, anything else in
    // thirds of its days.
    if w.precision == Some(Precision::Year) {
        // A decade in years: `أواخر التسعينيات` is 1997-1999; a century in decades:
        // `منتصف القرن الماضي` is 1930-1969.
        let (from, to) = if days > 3000 {
            let (a, b) = match part {
                0 => (0, 3),
                1 => (3, 7),
                _ => (7, 10),
            };
            let tenth = if days > 30_000 { 120 } else { 12 };
            (
                add_months(s.date(), a * tenth),
                add_months(s.date(), b * tenth),
            )
        } else {
            let from = add_months(s.date(), i64::from(part.clamp(0, 2)) * 4);
            (from, from.and_then(|d| add_months(d, 4)))
        };
        return match (from, to) {
            (Some(a), Some(b)) => Window {
                start: Some(midnight(a)),
                end: Some(midnight(b)),
                precision: w.precision,
            },
            _ => w,
        };
    }
    if w.precision == Some(Precision::Month) && days > 31 {
        return narrow_in_months(w, s.date(), part);
    }
    let third = if w.precision == Some(Precision::Month) {
        10
    } else {
        days / 3
    };
    let (from, to) = match part {
        0 => (0, third),
        1 => (third, 2 * third),
        _ => (2 * third, days),
    };
    match (add_days(s.date(), from), add_days(s.date(), to)) {
        (Some(a), Some(b)) => Window {
            start: Some(midnight(a)),
            end: Some(midnight(b)),
            precision: w.precision,
        },
        _ => w,
    }
}

/// A stretch of whole months (a season: `أواخر الصيف الماضي`) narrowed to its first,
/// middle or last third in whole months: one month of a season.
fn narrow_in_months(w: Window, first: Date, part: i8) -> Window {
    let months = w
        .end
        .and_then(|e| first.until((jiff::Unit::Month, e.date())).ok())
        .map_or(0, |sp| i64::from(sp.get_months()));
    let third = months / 3;
    if third == 0 {
        return w;
    }
    let (from, to) = match part {
        0 => (0, third),
        1 => (third, months - third),
        _ => (months - third, months),
    };
    match (add_months(first, from), add_months(first, to)) {
        (Some(a), Some(b)) => Window {
            start: Some(midnight(a)),
            end: Some(midnight(b)),
            precision: w.precision,
        },
        _ => w,
    }
}

/// Resolves fields against the options.
pub(crate) fn resolve(f: &Fields, options: &TimeOptions) -> Window {
    if f.weekend {
        return weekend_window(f, options);
    }
    if f.week_holding {
        let day = resolve(
            &Fields {
                week_holding: false,
                ..*f
            },
            options,
        );
        return week_holding_window(day);
    }
    if let Some((first, count)) = f.month_run {
        let year = resolve(
            &Fields {
                month_run: None,
                ..*f
            },
            options,
        );
        return month_run_window(year, first, count);
    }
    if f.edge_day.is_some() || f.slice.is_some() {
        let whole = resolve_whole(
            &Fields {
                edge_day: None,
                slice: None,
                ..*f
            },
            options,
        );
        return match (f.edge_day, f.slice) {
            (Some(edge), _) => edge_window(whole, edge),
            // `نهاية النصف الأول`: a third of the half.
            (None, Some((k, n))) => match f.part {
                Some(part @ 0..=2) => {
                    // In thirds of its days, not in the tens of days of a month.
                    let slice = slice_window(whole, k, n);
                    let days = Window {
                        precision: Some(Precision::Day),
                        ..slice
                    };
                    Window {
                        precision: slice.precision,
                        ..narrow(days, part)
                    }
                }
                _ => slice_window(whole, k, n),
            },
            (None, None) => whole,
        };
    }
    if let (Some(n), Some(wd)) = (f.week_of, f.weekday) {
        // The Nth weekday of a month: resolve the month, then count.
        // With no month named (`الأحد الثاني`), the current one.
        let current = (f.month.is_none() && f.year.is_none() && f.relative_period.is_none())
            .then_some((DurationUnit::Month, 0));
        let month = Fields {
            weekday: None,
            week_of: None,
            relative_period: f.relative_period.or(current),
            ..*f
        };
        return nth_weekday(resolve_whole(&month, options), wd, n);
    }
    let whole = resolve_whole(f, options);
    match (f.part, f.week_of) {
        // `بقية الأسبوع`: from the reference to the end of the period.
        (Some(3), _) => match (whole.start, whole.end, options.reference) {
            (Some(s), Some(e), Some(r)) if r < e => Window {
                start: Some(r.max(s)),
                end: Some(e),
                precision: whole.precision,
            },
            _ => Window::UNKNOWN,
        },
        // `في وقت سابق من هذا العام`: from its start to the reference.
        (Some(4), _) => match (whole.start, whole.end, options.reference) {
            (Some(s), Some(e), Some(r)) if s < r => Window {
                start: Some(s),
                end: Some(r.min(e)),
                precision: whole.precision,
            },
            _ => Window::UNKNOWN,
        },
        (Some(part), _) => narrow(whole, part),
        (None, Some(n)) => week_of(whole, n),
        (None, None) => whole,
    }
}

/// The week, Sunday to Saturday, holding the start of a window of one day or finer.
fn week_holding_window(w: Window) -> Window {
    let day_or_finer = w.precision.is_some_and(|p| {
        matches!(
            p,
            Precision::Second | Precision::Minute | Precision::Hour | Precision::Day
        )
    });
    let Some(start) = w.start.filter(|_| day_or_finer) else {
        return Window::UNKNOWN;
    };
    let date = start.date();
    let back = i64::from(date.weekday().to_sunday_zero_offset());
    match add_days(date, -back).and_then(|s| Some((s, add_days(s, 7)?))) {
        Some((s, e)) => Window::of(midnight(s), midnight(e), Precision::Week),
        None => Window::UNKNOWN,
    }
}

/// Friday and Saturday of the week the fields name; with no week named, the last
/// weekend begun by the reference (past) or the next not yet over (future).
fn weekend_window(f: &Fields, options: &TimeOptions) -> Window {
    let of_week = |shift: i64| {
        let week = resolve_whole(
            &Fields {
                weekend: false,
                relative_period: Some((DurationUnit::Week, shift)),
                ..*f
            },
            options,
        );
        match week.end.and_then(|e| Some((add_days(e.date(), -2)?, e))) {
            Some((s, e)) => Window::of(midnight(s), e, Precision::Day),
            None => Window::UNKNOWN,
        }
    };
    match (f.relative_period, options.prefer, options.reference) {
        (Some((DurationUnit::Week, shift)), _, _) => of_week(shift),
        (_, Prefer::Past, Some(r)) => {
            let this = of_week(0);
            if this.start.is_some_and(|s| s > r) {
                of_week(-1)
            } else {
                this
            }
        }
        _ => of_week(0),
    }
}

/// Day `edge` (1-based) or the last day (-1) of a window.
fn edge_window(w: Window, edge: i8) -> Window {
    let (Some(s), Some(e)) = (w.start, w.end) else {
        return Window::UNKNOWN;
    };
    let day = if edge < 0 {
        add_days(e.date(), -1)
    } else {
        add_days(s.date(), i64::from(edge) - 1)
    };
    match day {
        Some(d) if midnight(d) < e => Window::day(d),
        _ => Window::UNKNOWN,
    }
}

/// Months `first..first + count` (from 0) of a year's window, at month precision.
fn month_run_window(w: Window, first: i8, count: i8) -> Window {
    let Some(s) = w.start else {
        return Window::UNKNOWN;
    };
    if w.precision != Some(Precision::Year) {
        return Window::UNKNOWN;
    }
    let (first, count) = (i64::from(first), i64::from(count));
    match add_months(s.date(), first).zip(add_months(s.date(), first + count)) {
        Some((a, b)) => Window::of(midnight(a), midnight(b), Precision::Month),
        None => Window::UNKNOWN,
    }
}

/// Part `k` of `n` equal parts of a year (in whole months: quarters are three) or of a
/// month (in whole days: the second half of a 31-day month starts on the 16th).
fn slice_window(w: Window, k: i8, n: i8) -> Window {
    let (Some(s), Some(e)) = (w.start, w.end) else {
        return Window::UNKNOWN;
    };
    let (k, n) = (i64::from(k), i64::from(n.max(1)));
    let bounds = if w.precision == Some(Precision::Year) {
        let months = 12 / n;
        add_months(s.date(), k * months)
            .zip(add_months(s.date(), (k + 1) * months))
            .map(|(a, b)| (a, b, Precision::Month))
    } else {
        let days = s
            .date()
            .until(e.date())
            .map(|sp| i64::from(sp.get_days()))
            .unwrap_or(0);
        let at = |part: i64| add_days(s.date(), days * part / n);
        at(k).zip(at(k + 1)).map(|(a, b)| (a, b, Precision::Day))
    };
    match bounds {
        Some((a, b, p)) => Window::of(midnight(a), midnight(b), p),
        None => Window::UNKNOWN,
    }
}

/// The `n`th `weekday` of a window (0: the last one), at day precision.
fn nth_weekday(w: Window, weekday: Weekday, n: i8) -> Window {
    let (Some(s), Some(e)) = (w.start, w.end) else {
        return Window::UNKNOWN;
    };
    let target = i64::from(weekday.to_sunday_zero_offset());
    let day = if n == 0 {
        add_days(e.date(), -1).and_then(|last| {
            let back = (i64::from(last.weekday().to_sunday_zero_offset()) - target).rem_euclid(7);
            add_days(last, -back)
        })
    } else {
        let ahead = (target - i64::from(s.date().weekday().to_sunday_zero_offset())).rem_euclid(7);
        add_days(s.date(), ahead + 7 * i64::from(n - 1))
    };
    match day {
        Some(d) if midnight(d) >= s && midnight(d) < e => Window::day(d),
        _ => Window::UNKNOWN,
    }
}

/// Week `n` of a window (0: its last seven days), at week precision.
fn week_of(w: Window, n: i8) -> Window {
    let (Some(s), Some(e)) = (w.start, w.end) else {
        return w;
    };
    let first = if n == 0 {
        add_days(e.date(), -7)
    } else {
        add_days(s.date(), 7 * i64::from(n - 1))
    };
    match first.and_then(|f| Some((f, add_days(f, 7)?))) {
        Some((a, b)) if midnight(a) >= s && midnight(a) < e => {
            Window::of(midnight(a), midnight(b).min(e), Precision::Week)
        }
        _ => Window::UNKNOWN,
    }
}

/// The year of the season `shift` seasons of its name away from the reference's
/// current season: `الصيف الماضي` in January 2022 is summer 2021, in September 2022
/// (autumn) summer 2022. Winter belongs to the year it ends in.
fn season_year(reference: Date, season: i8, shift: i32) -> Option<i32> {
    let (year, month) = (i32::from(reference.year()), reference.month());
    let (current_year, current) = match month {
        12 => (year + 1, 0),
        1..=2 => (year, 0),
        m => (year, (m / 3) as i32),
    };
    let now = current_year * 4 + current;
    let season = i32::from(season);
    let index = if shift < 0 {
        let back = (now - season).rem_euclid(4);
        now - if back == 0 { 4 } else { back } + 4 * (shift + 1)
    } else if shift > 0 {
        let ahead = (season - now).rem_euclid(4);
        now + if ahead == 0 { 4 } else { ahead } + 4 * (shift - 1)
    } else {
        current_year * 4 + season
    };
    Some(index.div_euclid(4))
}

/// The three months of a season in a year: `صيف 2014` is June to August 2014.
fn season_window(year: i32, season: i8) -> Window {
    let first = match season {
        0 => ymd(year - 1, 12, 1),
        s => ymd(year, 3 * s, 1),
    };
    match first.and_then(|s| Some((s, add_months(s, 3)?))) {
        Some((s, e)) => Window::of(midnight(s), midnight(e), Precision::Month),
        None => Window::UNKNOWN,
    }
}

/// Whether a year written with no era marker is the Hijri one: it lies within two years
/// of the reference's Hijri year and centuries from its Gregorian one (`عام 1436` in a
/// Saudi paper of 2015 is 1436 AH, not 1436 AD).
fn hijri_by_era(year: i32, reference: Date) -> bool {
    let far_from_gregorian = (year - i32::from(reference.year())).abs() > 100;
    far_from_gregorian
        && hijri::from_gregorian(reference).is_some_and(|(h, _, _)| (year - h).abs() <= 2)
}

fn resolve_whole(f: &Fields, options: &TimeOptions) -> Window {
    let reference = options.reference;
    let ref_date = reference.map(|r| r.date());
    if let Some(shift) = f.decade_shift {
        let first = ref_date.map(|r| i32::from(r.year()).div_euclid(10) * 10 + 10 * shift);
        return match first.and_then(|y| ymd(y, 1, 1).zip(ymd(y + 10, 1, 1))) {
            Some((s, e)) => Window::of(midnight(s), midnight(e), Precision::Year),
            None => Window::UNKNOWN,
        };
    }
    if let (Some((DurationUnit::Year, _)), true, None, None) =
        (f.relative_period, f.hijri, f.month, f.year)
    {
        // `العام الهجري المقبل`: a Hijri year relative to the reference's.
        return relative_year(f, ref_date).map_or(Window::UNKNOWN, |y| year_window(y, true));
    }
    // A decade already placed in its century (`الخمسينيات من القرن الماضي`) is the finer.
    if let Some(first) = f.decade {
        return match ymd(first, 1, 1).zip(ymd(first + 10, 1, 1)) {
            Some((s, e)) => Window::of(midnight(s), midnight(e), Precision::Year),
            None => Window::UNKNOWN,
        };
    }
    if let Some(first) = f.century.or_else(|| {
        let shift = f.century_shift?;
        Some(i32::from(ref_date?.year()).div_euclid(100) * 100 + 100 * shift)
    }) {
        return match ymd(first, 1, 1).zip(ymd(first + 100, 1, 1)) {
            Some((s, e)) => Window::of(midnight(s), midnight(e), Precision::Year),
            None => Window::UNKNOWN,
        };
    }
    if f.century_shift.is_some() {
        return Window::UNKNOWN;
    }
    if let Some(first) = f.decade {
        return match ymd(first, 1, 1).zip(ymd(first + 10, 1, 1)) {
            Some((s, e)) => Window::of(midnight(s), midnight(e), Precision::Year),
            None => Window::UNKNOWN,
        };
    }
    if let Some(season) = f.season {
        let year = f
            .year
            .or_else(|| relative_year(f, ref_date))
            .or_else(|| season_year(ref_date?, season, f.month_shift?));
        return year.map_or(Window::UNKNOWN, |y| season_window(y, season));
    }
    let mut date: Option<Date> = None;
    let mut coarse = Window::UNKNOWN;
    let mut anchored = false; // something named a day, even if unresolved

    if let (Some(month), Some(day)) = (f.month, f.day) {
        anchored = true;
        let stated = f.year.or_else(|| relative_year(f, ref_date));
        let year = stated.or_else(|| ref_date.and_then(|r| infer_year(f, r, options.prefer)));
        date = year.and_then(|y| named_day(f, y, month, day));
        // `الجمعة 6 آب` with no year: when the inferred year's 6 August is another day,
        // the weekday picks the year next to it, in the preferred direction first.
        if let (None, Some(wd), Some(y), Some(d)) = (stated, f.weekday, year, date) {
            if d.weekday() != wd {
                let other = match options.prefer {
                    Prefer::Past => [y - 1, y + 1],
                    Prefer::Future => [y + 1, y - 1],
                };
                let fits = other
                    .into_iter()
                    .filter_map(|y| named_day(f, y, month, day))
                    .find(|d| d.weekday() == wd);
                date = fits.or(date);
            }
        }
    } else if let (Some(day), None) = (f.day, f.month) {
        anchored = true;
        date = ref_date.and_then(|r| day_in_month(r, day, f.relative_period, options.prefer));
    } else if let Some(month) = f.month {
        let year = f
            .year
            .or_else(|| relative_year(f, ref_date))
            .or_else(|| ref_date.and_then(|r| infer_year(f, r, options.prefer)));
        if let Some(y) = year {
            coarse = month_window(y, month, f.hijri);
        }
    } else if let Some(year) = f.year {
        let hijri = f.hijri || ref_date.is_some_and(|r| hijri_by_era(year, r));
        coarse = year_window(year, hijri);
    } else if let Some(n) = f.relative_day {
        anchored = true;
        let day = ref_date.and_then(|r| add_days(r, n));
        // `غدا الثلاثاء` is that day; when the reference disagrees with the weekday
        // (a report dated a day late), the named weekday nearest to it.
        date = match (day, f.weekday) {
            (Some(d), Some(wd)) => {
                let ahead = i64::from(wd.to_sunday_zero_offset())
                    - i64::from(d.weekday().to_sunday_zero_offset());
                add_days(d, (ahead + 3).rem_euclid(7) - 3)
            }
            (d, _) => d,
        };
    } else if let Some(wd) = f.weekday {
        anchored = true;
        date = match (ref_date, f.relative_period) {
            (Some(r), Some((DurationUnit::Week, shift))) => {
                // `الاسبوع الماضي يوم الاثنين`: that weekday in that week.
                let start = add_days(r, shift.saturating_mul(7))
                    .and_then(|d| add_days(d, -i64::from(d.weekday().to_sunday_zero_offset())));
                start.and_then(|s| add_days(s, i64::from(wd.to_sunday_zero_offset())))
            }
            (Some(r), _) => resolve_weekday(wd, f.weekday_shift, r, options.prefer),
            (None, _) => None,
        };
    } else if let Some((unit, shift)) = f.relative_period {
        if matches!(
            unit,
            DurationUnit::Hour | DurationUnit::Minute | DurationUnit::Second
        ) {
            if let Some(r) = reference {
                coarse = offset_window(r, unit, shift as f64);
            }
        } else if let Some(r) = ref_date {
            coarse = period_window(r, unit, shift);
        }
    } else if let (Some((unit, sign)), Some(r)) = (f.vague_offset, reference) {
        // A few units away: from the ninth unit to the third, the outer ones whole.
        let (near, far) = (f64::from(sign) * 3.0, f64::from(sign) * 9.0);
        let (a, b) = (offset_window(r, unit, far), offset_window(r, unit, near));
        let (first, last) = if sign < 0 { (a, b) } else { (b, a) };
        if let (Some(_), Some(end)) = (first.start, last.end) {
            coarse = Window {
                end: Some(end),
                ..first
            };
        }
    } else if let Some((unit, amount)) = f.offset {
        if let Some(r) = reference {
            coarse = match f.offset_parts {
                Some(parts) => parts_window(r, parts),
                None => offset_window(r, unit, amount),
            };
        }
    }

    if f.hour.is_some() || f.day_part.is_some() {
        if !anchored && coarse.start.is_none() {
            date = ref_date;
        }
        let Some(date) = date else {
            return Window::UNKNOWN;
        };
        return time_of_day(f, date);
    }
    match date {
        Some(d) => Window::day(d),
        None if anchored => Window::UNKNOWN,
        None => coarse,
    }
}

fn time_of_day(f: &Fields, date: Date) -> Window {
    if let Some(hour) = f.hour {
        let h = match f.day_part {
            Some(p) => p.adjust_hour(hour),
            None => hour,
        };
        // `منتصف ليل الخميس` ends Thursday: midnight of a named day is the next day's
        // 00:00 (a bare `منتصف الليل` is the one that began the reference day).
        // Likewise the small hours of a named day's night (`الساعة 1 ليل الأحد`).
        let named_day = f.day.is_some() || f.weekday.is_some() || f.relative_day.is_some();
        let small_hours_of_night = f.day_part == Some(DayPart::Night) && h < 6;
        let next_day = f.day_part == Some(DayPart::Midnight) || small_hours_of_night;
        let (date, h) = if h >= 24 || (next_day && named_day) {
            (add_days(date, 1), h % 24)
        } else {
            (Some(date), h)
        };
        let Some(date) = date else {
            return Window::UNKNOWN;
        };
        let Ok(t) = Time::new(h, f.minute.unwrap_or(0), f.second.unwrap_or(0), 0) else {
            return Window::UNKNOWN;
        };
        let start = DateTime::from_parts(date, t);
        let (span, p) = if f.second.is_some() {
            (Span::new().seconds(1), Precision::Second)
        } else if f.minute.is_some() {
            (Span::new().minutes(1), Precision::Minute)
        } else {
            (Span::new().hours(1), Precision::Hour)
        };
        return match start.checked_add(span) {
            Ok(end) => Window::of(start, end, p),
            Err(_) => Window::UNKNOWN,
        };
    }
    let Some(part) = f.day_part else {
        return Window::day(date);
    };
    let (h0, h1) = part.hours();
    let start = Time::new(h0, 0, 0, 0)
        .ok()
        .map(|t| DateTime::from_parts(date, t));
    let end = if h1 >= 24 {
        add_days(date, 1).map(midnight)
    } else {
        Time::new(h1, 0, 0, 0)
            .ok()
            .map(|t| DateTime::from_parts(date, t))
    };
    match (start, end) {
        (Some(s), Some(e)) => Window::of(s, e, Precision::Hour),
        _ => Window::UNKNOWN,
    }
}

//! Dates, times and durations in Arabic and English news text.
//!
//! [`find_times`] walks the tokens once. At each token that can start an expression it
//! reads *pieces* (a date, a clock time, a weekday, a part of the day, a relative day, a
//! period, an offset), merges adjacent pieces into one expression (`مساء الخميس 20 كانون
//! الثاني`), joins two expressions into an interval (`بين عامي 2014 و2019`, `من ... الى
//! ...`), and resolves it against [`TimeOptions`]. Durations are lengths with no
//! position (`تسعة أيام`). Number words come from `rasid-numbers`; digits are read here.
//!
//! Conventions (documented because other parsers differ):
//! - `start` is inclusive, `end` exclusive, both at the expression's precision: `قبل
//!   ساعتين` at 10:38 is 08:00..09:00, not 08:38. An interval ending on a clock reading
//!   ends at that instant (`من 5 الى 7 مساء` is 17:00..19:00); one ending on a day,
//!   month or year includes it (`بين عامي 2014 و2019` ends on 2020-01-01).
//! - `منذ`/`بعد` and `قبل`/`حتى` before a date or time make an interval open on one
//!   side (`منذ عام 2011` has a start and no end); with an amount they are offsets
//!   (`منذ يومين`). `بعد الظهر` and `قبل الظهر` are parts of the day (afternoon,
//!   forenoon), and an hour before `بعد منتصف الليل` is in the small hours.
//! - A day is never guessed: without a reference, a weekday or a day and month with no
//!   year stay unresolved (`start`/`end`/`precision` all `None`), unless every year the
//!   same text states is one and the same: then a Gregorian day and month take it.
//! - A month or day named without a year is the latest one not after the reference with
//!   [`Prefer::Past`], the earliest not before it with [`Prefer::Future`]; `شباط الماضي`
//!   is the last February before the current month. A day and month with no year in an
//!   event's name (`ثورة 25 يناير`, `هجمات 11 سبتمبر`) are not read: its year is not
//!   the reference's.
//! - Weeks start on Sunday, as in most Arabic-speaking countries. A weekday with
//!   `القادم`/`الماضي` is the next or last one from the reference (`الأحد القادم` on a
//!   Monday is six days ahead); after `الأسبوع القادم`/`الماضي` it is that day of the
//!   next or last Sunday-to-Saturday week.
//! - A relative day and the weekday or date beside it are one day (`غدا الثلاثاء`,
//!   `أمس 6 نوفمبر`, `اليوم (الأحد)`); when the reference disagrees, the date named
//!   wins, and a weekday is the one nearest the relative day.
//! - `ليلة الخميس` and `ليل الخميس` are the night of that day (20:00..24:00); `ليل
//!   الخميس إلى الجمعة` (or `ليل الخميس الجمعة`) runs from Thursday evening to Friday
//!   06:00; an hour before 06:00 in a named night is on the next day.
//! - `مطلع`/`منتصف`/`أواخر` narrow a year to four months, a month to ten days (the last
//!   part runs to its end), a week to a third (`الأيام الأولى من` and `الأشهر الأخيرة
//!   من` a longer period read as `مطلع`/`أواخر`, `الأشهر السبعة الأولى من العام` as its
//!   first seven months); seasons are three whole months (winter
//!   starts in the December before its year) and need a year or `هذا`, and `مطلع`/
//!   `منتصف`/`أواخر` narrow one to a month (`أواخر الصيف الماضي` is August); `بقية الشهر`
//!   runs from the reference to the end of the month, as does `في وقت لاحق من هذا
//!   الشهر` (`later this month`), while `في وقت سابق من هذا الشهر` (`earlier this
//!   month`) runs from its start to the reference; decades (`التسعينيات`) are ten
//!   years of the twentieth century unless a century is named; a century
//!   (`القرن العشرين`, `القرن الماضي`) is the hundred years from its round year (1900-1999).
//! - Years before 1000 need a bare `عام`/`سنة` before them (`عام 762`; `هذا العام 282
//!   حالة` is a count); a year before the Christian era (`عام 586 قبل الميلاد`) is not read.
//!   `مواليد` ("born in") makes the number after it a year (`من مواليد 1986`), not
//!   `المواليد` ("the births"), which a count follows. A year alone and a time of day or
//!   `غد`/`أمس` with no date of their own are two expressions (`مواليد 2000 مساء غد`).
//! - The end of one named day (`نهاية يوم الخميس`, `نهاية اليوم`) is its evening, its
//!   middle (`منتصف الغد`) noon. A deadline (`في موعد أقصاه 30 حزيران`) ends like
//!   `حتى`. Twelve `مساء` ending an evening or starting a night that ends in the morning
//!   is midnight (`حظر التجول من 12 مساء حتى 6 صباحا`), else noon.
//! - `في وقت مبكر/متأخر من` and `الساعات الأولى من` narrow a part of the day to its first
//!   or last half (`في وقت متأخر من مساء أمس` is 21:00..24:00), `الصباح الباكر`, `أول
//!   الليل` to its first half, `آخر الليل` to its last; before a longer period they act as `مطلع`/`أواخر`.
//! - Minutes counted from an hour are a clock reading (`ثلاث دقائق قبل الثامنة` is 7:57);
//!   `الثامنة وعشرين` is 8:20 (a rank with `و` and a bare cardinal), while
//!   `الحادية والعشرين` (both ranks) is 21:00.
//! - Days counted from an event (`اليوم التالي`, `اليوم الثالث للهجوم`) are not resolved
//!   against the reference: the second carries [`TimeMention::event_day`]. Likewise the
//!   month or year after (`الشهر التالي`, `العام التالي`): news tells them from the
//!   story's event, so they are no mention.
//! - Durations carry the precision of their unit; parts in other units are folded into
//!   the first (`ساعتين و30 دقيقة` is 2.5 hours). A vague plural after a cue or a vague
//!   count (`منذ ساعات`, `لعدة أيام`) is a [`TimeKind::Duration`] with `duration: None`;
//!   a bare plural (`أيام الحرب`) is no mention. After `قبل`, a vague count or a bare
//!   plural is a window of the third to the ninth unit before the reference (`قبل بضعة
//!   أيام`, `قبل ساعات`); `منذ أيام` stays a length. The last or next few units
//!   (`الأيام القليلة الماضية`, `الأسابيع المقبلة`, `the past few days`) are an interval
//!   of nine units from the reference with `duration: None`; a counted stretch
//!   (`الأيام الثلاثة المقبلة`, `3 أيام القادمة`) likewise starts at the reference. A
//!   lone unit needs a cue (`لمدة ساعة`; `دقيقة` is also "precise", `ساعة` a watch); a
//!   unit before a definite word names that thing (`أيام العيد`, `شهر العسل`); a length
//!   after `كل` is the period of a recurrence (`مرة كل أسبوع`), which rasid does not
//!   report.
//! - Spans leave out a leading conjunction or preposition glued to the first word
//!   (`بالأمس` shows `الأمس`).
#![deny(missing_docs)]

mod clock;
mod cursor;
mod dates;
mod duration;
mod hijri;
mod interval;
mod lexicon;
mod month_offset;
mod periods;
mod relative;
mod resolve;
mod same_day_offset;
mod scan;
mod starters;
mod week_of_day;
mod years;

use jiff::civil::DateTime;
use rasid_numbers::NumberMention;
use rasid_text::{Normalized, Token};
use std::ops::Range;

/// Which way to resolve an expression that could point either way (`الثلاثاء`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Prefer {
    /// News reports past events: a bare weekday is the last one.
    #[default]
    Past,
    /// Schedules announce future ones.
    Future,
}

/// How relative expressions are resolved.
#[derive(Debug, Clone, Copy, Default)]
pub struct TimeOptions {
    /// The moment the text speaks from (a document's publication time). Without it,
    /// relative expressions stay unresolved.
    pub reference: Option<DateTime>,
    /// Direction for ambiguous expressions.
    pub prefer: Prefer,
}

/// What an expression denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeKind {
    /// A point at some precision: `20 كانون الثاني 2022`, `الساعة السابعة مساءً`.
    Instant,
    /// A stretch with a start and an end: `بين عامي 2014 و2019`.
    Interval,
    /// A length of time: `تسعة أيام`.
    Duration,
}

/// The finest unit an expression fixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// A second.
    Second,
    /// A minute.
    Minute,
    /// An hour.
    Hour,
    /// A day.
    Day,
    /// A week.
    Week,
    /// A month.
    Month,
    /// A year.
    Year,
}

/// Something in the expression worth telling a reader about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeFlag {
    /// A double month name whose two names disagree (`كانون الثاني/ديسمبر`).
    MonthNamesDisagree,
}

/// A unit of duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationUnit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Years.
    Year,
}

/// A length of time.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Duration {
    /// How many units (may be fractional: `ساعة ونصف`).
    pub value: f64,
    /// The unit.
    pub unit: DurationUnit,
}

/// One date, time or duration found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeMention {
    /// Byte range in the original text.
    pub span: Range<usize>,
    /// Byte range in the normalised text.
    pub norm_span: Range<usize>,
    /// What the expression denotes.
    pub kind: TimeKind,
    /// Start of the denoted time, `None` where unknown.
    pub start: Option<DateTime>,
    /// Exclusive end of the denoted time, `None` where unknown.
    pub end: Option<DateTime>,
    /// The finest unit the expression fixes; `None` when nothing is resolved.
    pub precision: Option<Precision>,
    /// Notes for the reader.
    pub flags: Vec<TimeFlag>,
    /// For durations, the length.
    pub duration: Option<Duration>,
    /// Day N of an event (`اليوم الثالث للهجوم` is 3): an instant whose date needs the
    /// event's start, which only the claim layer can know.
    pub event_day: Option<u32>,
}

/// Finds dates, times and durations in a normalised text, in text order.
///
/// `tokens` must be [`rasid_text::tokenize`] of `text.as_str()`. Number words are read
/// with [`rasid_numbers::find_numbers`].
pub fn find_times(
    text: &Normalized<'_>,
    tokens: &[Token],
    options: &TimeOptions,
) -> Vec<TimeMention> {
    let numbers = rasid_numbers::find_numbers(text, tokens);
    scan::find(text, tokens, &numbers, options)
}

/// [`find_times`] for a pipeline that has already run [`rasid_numbers::find_numbers`]
/// on the same text and tokens: the numbers are not searched twice.
pub fn find_times_with_numbers(
    text: &Normalized<'_>,
    tokens: &[Token],
    numbers: &[NumberMention],
    options: &TimeOptions,
) -> Vec<TimeMention> {
    scan::find(text, tokens, numbers, options)
}

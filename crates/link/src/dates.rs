//! The dates of reports, as days: what a report's start and end say, and what the words of
//! an unresolved one come to beside another report's date.

use jiff::civil::{Date, DateTime};
use rasid_records::IncidentTime;
use rasid_text::Normalized;
use rasid_time::{find_times, Precision, Prefer, TimeOptions};

/// The days a time covers, first and last (inclusive), as day numbers (days since
/// 1970-01-01): linking compares them pairwise, so they are plain integers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Days {
    pub(crate) first: i32,
    pub(crate) last: i32,
}

impl Days {
    /// Whether the two share a day, or are within `slack` days of each other.
    pub(crate) fn near(self, other: Days, slack: i32) -> bool {
        other.first - self.last <= slack && self.first - other.last <= slack
    }

    /// One day.
    pub(crate) fn day(d: Date) -> Days {
        let n = day_number(d);
        Days { first: n, last: n }
    }

    /// How many days it spans.
    pub(crate) fn len(self) -> i32 {
        self.last - self.first + 1
    }
}

/// Days since 1970-01-01 of a civil date (the proleptic Gregorian calendar).
fn day_number(d: Date) -> i32 {
    let (y, m, day) = (
        i32::from(d.year()),
        i32::from(d.month()),
        i32::from(d.day()),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The first day an ISO date written by the records names (`2022-01-20T18:00`,
/// `2022-01-20`, `2022-01`, `2022`), and the last.
fn days_of_text(date: &str) -> Option<Days> {
    let year: i16 = date.get(..4)?.parse().ok()?;
    let month: Option<i8> = date.get(5..7).and_then(|m| m.parse().ok());
    let day: Option<i8> = date.get(8..10).and_then(|d| d.parse().ok());
    let span = |first: Date, last: Date| Days {
        first: day_number(first),
        last: day_number(last),
    };
    match (month, day) {
        (Some(m), Some(d)) => Date::new(year, m, d).ok().map(Days::day),
        (Some(m), None) => {
            let first = Date::new(year, m, 1).ok()?;
            Some(span(first, first.last_of_month()))
        }
        _ => Some(span(
            Date::new(year, 1, 1).ok()?,
            Date::new(year, 12, 31).ok()?,
        )),
    }
}

/// The day an incident that starts at `start` (a day or finer) ends when it lasts the
/// longest of `durations` (value, unit: `days`, `hours`, `weeks`): the battle that began
/// on the evening of 20 January and went on for nine days ended on 29 January. `None`
/// when the start names no day or no duration is in days, hours or weeks.
pub(crate) fn end_after(
    start: &IncidentTime,
    durations: impl IntoIterator<Item = (u64, String)>,
) -> Option<IncidentTime> {
    // The day of `2022-01-20` or `2022-01-20T18:00`; a month or a year names none.
    let first: Date = start.date.as_deref()?.get(..10)?.parse().ok()?;
    let days = durations
        .into_iter()
        .filter_map(|(value, unit)| match unit.as_str() {
            "days" => Some(value),
            "hours" => Some(value.div_ceil(24)),
            "weeks" => value.checked_mul(7),
            _ => None,
        })
        .max()?;
    // Longer than a few years is no incident's span but a misreading: none.
    let days = i32::try_from(days)
        .ok()
        .filter(|&d| (1..=3 * 366).contains(&d))?;
    let last = first.checked_add(jiff::Span::new().days(days)).ok()?;
    Some(IncidentTime {
        date: Some(last.to_string()),
        precision: "day".to_owned(),
        text: None,
    })
}

/// The days a report's start and end cover, when they are resolved.
pub(crate) fn days(start: Option<&IncidentTime>, end: Option<&IncidentTime>) -> Option<Days> {
    let first = days_of_text(start?.date.as_deref()?)?;
    let last = end
        .and_then(|e| e.date.as_deref())
        .and_then(days_of_text)
        .map_or(first.last, |d| d.last);
    Some(Days {
        first: first.first,
        last: last.max(first.first),
    })
}

/// The month and day the words of an unresolved time fix (`في العشرين من كانون الثاني`:
/// 1, 20), whatever the year: read against two references a year and a week apart, they
/// name the same month and day. A weekday or a relative day (`الثلاثاء`, `أمس`) names none:
/// it would take any date.
pub(crate) fn fixed_month_day(words: &str) -> Option<(i8, i8)> {
    let read = |reference: Date| -> Option<(i8, i8)> {
        let (norm, tokens) = Normalized::with_tokens(words);
        let options = TimeOptions {
            reference: Some(DateTime::from(reference)),
            prefer: Prefer::Past,
        };
        let found = find_times(&norm, &tokens, &options);
        let t = found
            .iter()
            .find(|t| t.precision.is_some_and(|p| p <= Precision::Day))?;
        t.start.map(|s| (s.month(), s.day()))
    };
    let once = read(Date::new(2001, 7, 1).ok()?)?;
    let later = read(Date::new(2002, 7, 9).ok()?)?;
    (once == later).then_some(once)
}

/// Whether a month and day falls within a day of `days`, in one of its years; `None` when
/// `days` span more than a month (a window of a year holds every month and day: it
/// says nothing).
pub(crate) fn meets(days: Days, (month, day): (i8, i8)) -> Option<bool> {
    if days.len() > 31 {
        return None;
    }
    let year_of = |n: i32| -> i16 {
        // Days since 1970 to a year: close enough to bound the years to try (one either
        // side).
        i16::try_from(1970 + n.div_euclid(365)).unwrap_or(i16::MAX)
    };
    let years = year_of(days.first).saturating_sub(1)..=year_of(days.last).saturating_add(1);
    let mut any = false;
    for y in years {
        let Ok(d) = Date::new(y, month, day) else {
            continue;
        };
        any = true;
        if days.near(Days::day(d), 1) {
            return Some(true);
        }
    }
    any.then_some(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_fix_a_day_and_month() {
        // (words, the month and day they fix)
        let cases: &[(&str, Option<(i8, i8)>)] = &[
            ("في العشرين من شهر كانون الثاني/ يناير", Some((1, 20))),
            ("20 January", Some((1, 20))),
            ("5 تموز", Some((7, 5))),
            ("الساعة ٠٧:٣٠ من صباح اليوم الثلاثاء", None),
            ("أمس", None),
        ];
        for (words, want) in cases {
            assert_eq!(fixed_month_day(words), *want, "{words}");
        }
        let january = Days {
            first: day_number(Date::new(2022, 1, 19).expect("a date")),
            last: day_number(Date::new(2022, 1, 21).expect("a date")),
        };
        assert_eq!(meets(january, (1, 20)), Some(true));
        assert_eq!(meets(january, (3, 20)), Some(false));
        let a_year = Days {
            first: day_number(Date::new(2023, 1, 17).expect("a date")),
            last: day_number(Date::new(2024, 1, 16).expect("a date")),
        };
        assert_eq!(meets(a_year, (1, 20)), None);
    }

    #[test]
    fn record_dates_read_as_days() {
        let t = |date: &str| IncidentTime {
            date: Some(date.into()),
            precision: "day".into(),
            text: None,
        };
        let d = days(Some(&t("2022-01-20T18:00")), Some(&t("2022-01-29"))).expect("days");
        assert_eq!(d.len(), 10);
        assert_eq!(d.first, day_number(Date::new(2022, 1, 20).expect("a date")));
        let y = days(Some(&t("2016")), None).expect("a year");
        assert_eq!(y.len(), 366);
        assert_eq!(day_number(Date::new(1970, 1, 1).expect("a date")), 0);
        assert_eq!(day_number(Date::new(2000, 3, 1).expect("a date")), 11_017);
        assert!(d.near(Days::day(Date::new(2022, 1, 30).expect("a date")), 1));
        assert!(!d.near(y, 30));
    }

    #[test]
    fn durations_carry_the_end_on_from_the_start() {
        let t = |date: &str| IncidentTime {
            date: Some(date.into()),
            precision: "hour".into(),
            text: None,
        };
        let d = |v: u64, unit: &str| (v, unit.to_owned());
        type Case<'a> = (&'a str, Vec<(u64, String)>, Option<&'a str>);
        // (start, durations stated, the end they give)
        let cases: &[Case<'_>] = &[
            // "went on for about nine days" and "for 7 days": the longest.
            (
                "2022-01-20T18:00",
                vec![d(9, "days"), d(7, "days")],
                Some("2022-01-29"),
            ),
            ("2022-01-20", vec![d(48, "hours")], Some("2022-01-22")),
            ("2023-12-30", vec![d(2, "weeks")], Some("2024-01-13")),
            // No day to count from, no duration in days, or no span of an incident.
            ("2022-01", vec![d(9, "days")], None),
            ("2022-01-20", vec![d(3, "months")], None),
            ("2022-01-20", vec![d(2022, "days")], None),
            ("2022-01-20", vec![], None),
        ];
        for (start, durations, want) in cases {
            let end = end_after(&t(start), durations.clone());
            assert_eq!(
                end.and_then(|e| e.date).as_deref(),
                *want,
                "{start} {durations:?}"
            );
        }
    }
}

//! The dates of reports, as days: what a report's start and end say, and what the words of
//! an unresolved one come to beside another report's date.

use jiff::civil::{Date, DateTime};
use rasid_records::IncidentTime;
use rasid_text::Normalized;
use rasid_time::{find_times, Precision, Prefer, TimeOptions};

/// The days a time covers, first and last (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Days {
    pub(crate) first: Date,
    pub(crate) last: Date,
}

impl Days {
    /// Whether the two share a day, or are within `slack` days of each other.
    pub(crate) fn near(self, other: Days, slack: i32) -> bool {
        let apart = |a: Date, b: Date| b.since(a).map_or(i32::MAX, |s| s.get_days());
        apart(self.last, other.first) <= slack && apart(other.last, self.first) <= slack
    }

    /// One day.
    pub(crate) fn day(d: Date) -> Days {
        Days { first: d, last: d }
    }
}

/// The first day an ISO date written by the records names (`2022-01-20T18:00`,
/// `2022-01-20`, `2022-01`, `2022`), and the last.
fn days_of_text(date: &str) -> Option<Days> {
    let year: i16 = date.get(..4)?.parse().ok()?;
    let month: Option<i8> = date.get(5..7).and_then(|m| m.parse().ok());
    let day: Option<i8> = date.get(8..10).and_then(|d| d.parse().ok());
    match (month, day) {
        (Some(m), Some(d)) => Date::new(year, m, d).ok().map(Days::day),
        (Some(m), None) => {
            let first = Date::new(year, m, 1).ok()?;
            Some(Days {
                first,
                last: first.last_of_month(),
            })
        }
        _ => Some(Days {
            first: Date::new(year, 1, 1).ok()?,
            last: Date::new(year, 12, 31).ok()?,
        }),
    }
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

/// The day the words of an unresolved time name when read beside `near` (a day of another
/// report): only words that fix a day and month (`في العشرين من كانون الثاني`) whatever
/// the reference within a week, never a weekday or a relative day (`الثلاثاء`, `أمس`),
/// which would take any date.
pub(crate) fn fixed_day(words: &str, near: Date) -> Option<Date> {
    let read = |reference: Date| -> Option<Date> {
        let (norm, tokens) = Normalized::with_tokens(words);
        let options = TimeOptions {
            reference: Some(DateTime::from(reference.tomorrow().ok()?)),
            prefer: Prefer::Past,
        };
        let found = find_times(&norm, &tokens, &options);
        let t = found
            .iter()
            .find(|t| t.precision.is_some_and(|p| p <= Precision::Day))?;
        t.start.map(|s| s.date())
    };
    let once = read(near)?;
    let week_later = read(near.checked_add(jiff::Span::new().days(8)).ok()?)?;
    (once == week_later).then_some(once)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_fix_a_day_read_beside_another_date() {
        let near = Date::new(2022, 1, 20).expect("a date");
        // (words, the day they name beside 20 January 2022)
        let cases: &[(&str, Option<&str>)] = &[
            ("في العشرين من شهر كانون الثاني/ يناير", Some("2022-01-20")),
            ("20 January", Some("2022-01-20")),
            ("الساعة ٠٧:٣٠ من صباح اليوم الثلاثاء", None),
            ("أمس", None),
        ];
        for (words, want) in cases {
            let got = fixed_day(words, near).map(|d| d.to_string());
            assert_eq!(got.as_deref(), *want, "{words}");
        }
    }

    #[test]
    fn record_dates_read_as_days() {
        let t = |date: &str| IncidentTime {
            date: Some(date.into()),
            precision: "day".into(),
            text: None,
        };
        let d = days(Some(&t("2022-01-20T18:00")), Some(&t("2022-01-29"))).expect("days");
        assert_eq!(
            (d.first.to_string(), d.last.to_string()),
            ("2022-01-20".into(), "2022-01-29".into())
        );
        let y = days(Some(&t("2016")), None).expect("a year");
        assert_eq!(y.last.to_string(), "2016-12-31");
        assert!(d.near(Days::day(Date::new(2022, 1, 30).expect("a date")), 1));
        assert!(!d.near(y, 30));
    }
}

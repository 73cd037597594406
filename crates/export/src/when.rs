//! Incident dates at their precision, and the precision codes of ACLED and UCDP.
//!
//! Records write dates as ISO text at their precision (`2022`, `2022-01`, `2022-01-20`,
//! `2022-01-20T19:00`); an incident's end is inclusive. Nothing here fills in a day the
//! records leave open: a date at year precision has no ACLED event date.

use rasid_records::IncidentTime;

/// A civil date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    /// Year.
    pub year: i32,
    /// Month, 1-12.
    pub month: u8,
    /// Day of the month, 1-31.
    pub day: u8,
}

impl Day {
    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    fn number(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `n` days after 1970-01-01 (civil_from_days).
    fn from_number(n: i64) -> Day {
        let z = n + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Day {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }

    /// The last day of its month.
    fn month_end(self) -> Day {
        let (y, m) = if self.month == 12 {
            (self.year + 1, 1)
        } else {
            (self.year, self.month + 1)
        };
        Day::from_number(
            Day {
                year: y,
                month: m,
                day: 1,
            }
            .number()
                - 1,
        )
    }
}

/// Days from `a` to `b` (`b - a`).
pub fn days_between(a: Day, b: Day) -> i64 {
    b.number() - a.number()
}

/// The first and last day an ISO date at some precision covers: `2022-01` is 1 to 31
/// January; `None` for a year alone or text that is no date.
pub fn day_range(date: &str) -> Option<(Day, Day)> {
    let date = date.get(..10.min(date.len()))?;
    let mut parts = date.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month) {
        return None;
    }
    let first = Day {
        year,
        month,
        day: 1,
    };
    match parts.next() {
        None => Some((first, first.month_end())),
        Some(d) => {
            let day: u8 = d.parse().ok()?;
            let last = first.month_end().day;
            (1..=last).contains(&day).then_some({
                let d = Day { year, month, day };
                (d, d)
            })
        }
    }
}

/// The year an ISO date names.
pub fn year_of(date: &str) -> Option<i32> {
    date.get(..4)?.parse().ok()
}

/// The days an incident spans: from its start's first day to its end's last (its start's
/// last when it has no end). `None` when the start fixes no month.
pub fn incident_days(
    start: Option<&IncidentTime>,
    end: Option<&IncidentTime>,
) -> Option<(Day, Day)> {
    let (first, start_last) = day_range(start?.date.as_deref()?)?;
    let last = end
        .and_then(|e| e.date.as_deref())
        .and_then(day_range)
        .map_or(start_last, |(_, l)| l)
        .max(first);
    Some((first, last))
}

/// ACLED's event date and time precision of an incident's start: 1 when the day is known,
/// 2 when it lies within a week (the window's middle day), 3 when only the month (or a
/// window up to a month) is known (the middle of the span). `None` when the records fix no
/// month: ACLED codes no event without one, and rasid invents none.
pub fn acled_date(start: Option<&IncidentTime>) -> Option<(Day, u8)> {
    let start = start?;
    let (first, last) = day_range(start.date.as_deref()?)?;
    match start.precision.as_str() {
        "minute" | "hour" | "day" => Some((first, 1)),
        "month" => Some((middle(first, last), 3)),
        _ => None,
    }
}

/// ACLED's event date and precision for a window (the start and end that bound an unknown
/// day): its middle day, 2 within a week, 3 within a month, else none.
pub fn acled_window(start: Option<&IncidentTime>, end: Option<&IncidentTime>) -> Option<(Day, u8)> {
    let (first, last) = incident_days(start, end)?;
    let span = days_between(first, last) + 1;
    let code = match span {
        1 => 1,
        2..=7 => 2,
        8..=31 => 3,
        _ => return None,
    };
    Some((middle(first, last), code))
}

fn middle(first: Day, last: Day) -> Day {
    Day::from_number(first.number() + days_between(first, last) / 2)
}

/// Whether an incident's start is a window (its day unknown within bounds).
pub fn is_window(start: Option<&IncidentTime>) -> bool {
    start.is_some_and(|s| s.precision == "window")
}

/// UCDP's `date_prec`: 1 the exact day, 2 within 2-6 days, 3 within a week, 4 within a
/// month (8-30 days, or the month), 5 more than a month but within a year.
pub fn ucdp_date_prec(start: Option<&IncidentTime>, first: Day, last: Day) -> Option<u8> {
    let span = days_between(first, last) + 1;
    let exact = matches!(
        start.map(|s| s.precision.as_str()),
        Some("minute" | "hour" | "day")
    );
    Some(match span {
        1 => 1,
        _ if exact => 1,
        2..=6 => 2,
        7 => 3,
        8..=31 => 4,
        32..=366 => 5,
        _ => return None,
    })
}

/// ACLED's `geo_precision` of a gazetteer precision: 1 the place itself (a facility,
/// neighbourhood or town), 2 a part of a region near a town (a district), 3 a larger
/// region (a governorate). A country alone has none: ACLED codes no such event.
pub fn acled_geo_precision(precision: &str) -> Option<u8> {
    match precision {
        "facility" | "neighbourhood" | "town" => Some(1),
        "district" => Some(2),
        "governorate" => Some(3),
        _ => None,
    }
}

/// UCDP's `where_prec`: 1 the exact place, 3 a second-order division (district), 4 a
/// first-order division (governorate), 6 only the country.
pub fn ucdp_where_prec(precision: &str) -> Option<u8> {
    match precision {
        "facility" | "neighbourhood" | "town" => Some(1),
        "district" => Some(3),
        "governorate" => Some(4),
        "country" => Some(6),
        _ => None,
    }
}

/// PRIO-GRID's cell id of a point: half-degree cells numbered from the south-west corner
/// (-180, -90) row by row eastwards, 720 to a row (Tollefsen, Strand and Buhaug 2012).
pub fn priogrid_gid(lat: f64, lon: f64) -> Option<u32> {
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        return None;
    }
    // Floor of half-degree steps; the north and east edges fall in the last cell.
    let row = (((lat + 90.0) * 2.0).floor() as u32).min(359);
    let col = (((lon + 180.0) * 2.0).floor() as u32).min(719);
    Some(row * 720 + col + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str, precision: &str) -> IncidentTime {
        IncidentTime {
            date: Some(date.into()),
            precision: precision.into(),
            text: None,
        }
    }

    #[test]
    fn acled_time_precision_codes() {
        let cases = [
            ("2022-01-20T19:00", "hour", Some(("2022-01-20", 1))),
            ("2022-01-20", "day", Some(("2022-01-20", 1))),
            ("2022-01", "month", Some(("2022-01-16", 3))),
            ("2022", "year", None),
        ];
        for (date, precision, want) in cases {
            let got = acled_date(Some(&at(date, precision))).map(|(d, c)| (d.iso(), c));
            assert_eq!(
                got,
                want.map(|(d, c)| (d.to_owned(), c)),
                "{date} {precision}"
            );
        }
    }

    #[test]
    fn acled_window_codes() {
        let cases = [
            ("2022-01-10", "2022-01-10", Some(("2022-01-10", 1))),
            ("2022-01-10", "2022-01-16", Some(("2022-01-13", 2))),
            ("2022-01-01", "2022-01-20", Some(("2022-01-10", 3))),
            ("2022-01-01", "2022-03-20", None),
        ];
        for (s, e, want) in cases {
            let got = acled_window(Some(&at(s, "window")), Some(&at(e, "window")))
                .map(|(d, c)| (d.iso(), c));
            assert_eq!(got, want.map(|(d, c)| (d.to_owned(), c)), "{s}..{e}");
        }
    }

    #[test]
    fn ucdp_date_precision_codes() {
        let d = |s: &str| day_range(s).map(|r| r.0).expect("a date");
        let cases = [
            ("day", "2022-01-20", "2022-01-20", Some(1)),
            ("day", "2022-01-20", "2022-01-29", Some(1)),
            ("window", "2022-01-20", "2022-01-23", Some(2)),
            ("window", "2022-01-20", "2022-01-26", Some(3)),
            ("month", "2022-01-01", "2022-01-31", Some(4)),
            ("window", "2022-01-01", "2022-06-30", Some(5)),
        ];
        for (precision, a, b, want) in cases {
            let start = at(a, precision);
            assert_eq!(
                ucdp_date_prec(Some(&start), d(a), d(b)),
                want,
                "{precision} {a}..{b}"
            );
        }
    }

    #[test]
    fn month_ends_and_leap_years() {
        let cases = [
            ("2024-02", "2024-02-29"),
            ("2023-02", "2023-02-28"),
            ("2022-12", "2022-12-31"),
        ];
        for (month, last) in cases {
            assert_eq!(day_range(month).map(|r| r.1.iso()), Some(last.to_owned()));
        }
        assert_eq!(day_range("2022-02-30"), None);
        assert_eq!(day_range("not a date"), None);
        assert_eq!(day_range("٢٠٢٢-٠١"), None);
    }

    #[test]
    fn geo_precision_codes() {
        let cases = [
            ("facility", Some(1), Some(1)),
            ("town", Some(1), Some(1)),
            ("district", Some(2), Some(3)),
            ("governorate", Some(3), Some(4)),
            ("country", None, Some(6)),
        ];
        for (p, acled, ucdp) in cases {
            assert_eq!(
                (acled_geo_precision(p), ucdp_where_prec(p)),
                (acled, ucdp),
                "{p}"
            );
        }
    }

    #[test]
    fn priogrid_cells() {
        // The south-west corner is cell 1; the cell north of it is 721.
        assert_eq!(priogrid_gid(-89.9, -179.9), Some(1));
        assert_eq!(priogrid_gid(-89.4, -179.9), Some(721));
        // al-Sina'a prison, al-Hasakah: row 252, column 441 (0-based).
        assert_eq!(priogrid_gid(36.4775, 40.7625), Some(252 * 720 + 441 + 1));
        assert_eq!(priogrid_gid(91.0, 0.0), None);
    }
}

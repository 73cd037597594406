//! Hijri dates to and from Gregorian, with the Umm al-Qura calendar that Saudi and Gulf
//! news use (icu falls back to the tabular civil calendar outside Umm al-Qura's tables).

use icu_calendar::cal::Hijri;
use icu_calendar::{Date, Iso};
use jiff::civil;

/// The Gregorian day of a Hijri date, `None` when the date does not exist. The 30th of
/// a month Umm al-Qura counts 29 days is the day after its 29th: months begin with a
/// sighting, and a country that saw the new moon a day later dates that day the 30th.
pub(crate) fn to_gregorian(year: i32, month: i8, day: i8) -> Option<civil::Date> {
    exact_gregorian(year, month, day).or_else(|| {
        if day != 30 {
            return None;
        }
        exact_gregorian(year, month, 29)?.tomorrow().ok()
    })
}

fn exact_gregorian(year: i32, month: i8, day: i8) -> Option<civil::Date> {
    let month = u8::try_from(month).ok()?;
    let day = u8::try_from(day).ok()?;
    if !(1..=12).contains(&month) || !(1..=30).contains(&day) || !(1..=3000).contains(&year) {
        return None;
    }
    let hijri =
        Date::try_new_hijri_with_calendar(year, month, day, Hijri::new_umm_al_qura()).ok()?;
    let iso = hijri.to_calendar(Iso);
    civil::Date::new(
        i16::try_from(iso.year().extended_year()).ok()?,
        i8::try_from(iso.month().ordinal).ok()?,
        i8::try_from(iso.day_of_month().0).ok()?,
    )
    .ok()
}

/// The Hijri (year, month, day) of a Gregorian day.
pub(crate) fn from_gregorian(date: civil::Date) -> Option<(i32, i8, i8)> {
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    let iso = Date::try_new_iso(i32::from(date.year()), month, day).ok()?;
    let hijri = iso.to_calendar(Hijri::new_umm_al_qura());
    Some((
        hijri.year().extended_year(),
        i8::try_from(hijri.month().ordinal).ok()?,
        i8::try_from(hijri.day_of_month().0).ok()?,
    ))
}

/// The first Gregorian day of a Hijri month.
pub(crate) fn month_start(year: i32, month: i8) -> Option<civil::Date> {
    to_gregorian(year, month, 1)
}

/// The first Gregorian day of the Hijri month after the given one.
pub(crate) fn next_month_start(year: i32, month: i8) -> Option<civil::Date> {
    if month >= 12 {
        to_gregorian(year + 1, 1, 1)
    } else {
        to_gregorian(year, month + 1, 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days() {
        // 1 Ramadan 1443 was Saturday 2 April 2022 in Umm al-Qura.
        assert_eq!(to_gregorian(1443, 9, 1), civil::Date::new(2022, 4, 2).ok());
        // 1 Muharram 1445 was 19 July 2023.
        assert_eq!(to_gregorian(1445, 1, 1), civil::Date::new(2023, 7, 19).ok());
        assert_eq!(from_gregorian(civil::date(2022, 4, 2)), Some((1443, 9, 1)));
        assert_eq!(to_gregorian(1443, 13, 1), None);
        // Safar 1433 has 29 days in Umm al-Qura: its 30th is 1 Rabi' al-Awwal.
        assert_eq!(
            to_gregorian(1433, 2, 30),
            civil::Date::new(2012, 1, 24).ok()
        );
        assert_eq!(to_gregorian(1433, 2, 31), None);
    }
}

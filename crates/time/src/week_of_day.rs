//! `أسبوع 15 سبتمبر`: the week holding a named day, and `بقية يومنا`, `نهاية أسبوعي`:
//! a day or week with a possessive ending after a part of a period; `خميس، 06 مايو`:
//! a weekday without its article right before a date.

use crate::cursor::Cursor;
use crate::dates;
use crate::lexicon;
use crate::resolve::Fields;
use crate::DurationUnit;

/// `أسبوع 15 سبتمبر`, `اسبوع 3 مارس 2024`: an indefinite `أسبوع` right before a day and
/// its month is the week (Sunday to Saturday) holding that day. The definite
/// `الأسبوع 15 سبتمبر` is left alone (`الأسبوع` then counts on its own), and so is a
/// month with no day (`أسبوع مارس`).
pub(crate) fn week_holding_day(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    c.lookup(i, |s, article| (s == "اسبوع" && !article).then_some(()))?;
    if c.proclitic_len(i) != 0 {
        return None;
    }
    let (end, fields) = dates::day_month(c, i + 1)?;
    let one_day = fields.day.is_some()
        && fields.month.is_some()
        && fields.hour.is_none()
        && fields.weekday.is_none()
        && !fields.hijri;
    one_day.then_some((
        end,
        Fields {
            week_holding: true,
            ..fields
        },
    ))
}

/// `يومي`, `يومنا`, `يومك`, `أسبوعي`, `أسبوعنا`: the current day or week said with a
/// possessive ending, as the part words read it (`بقية يومنا` is `بقية اليوم`). Only
/// after such a word: alone, `يومي` and `أسبوعي` are most often adjectives (daily,
/// weekly); and `ه` (his) is left out, since a narrative's day need not be the
/// reference's. Returns where it ends and the current day or week.
pub(crate) fn possessed_period(c: &Cursor, j: usize) -> Option<(usize, Fields)> {
    let word = c.word(j);
    let stem = ["نا", "ي", "ك"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix))?;
    let fields = match stem {
        "يوم" => Fields {
            relative_day: Some(0),
            ..Fields::default()
        },
        "اسبوع" => Fields {
            relative_period: Some((DurationUnit::Week, 0)),
            ..Fields::default()
        },
        _ => return None,
    };
    Some((j + 1, fields))
}

/// `خميس، 06 مايو 2021`, `لخميس 6 مايو` (a dateline that lost its article to a typo or
/// a glued `ل`): a weekday without the article is read only right before a day and its
/// month, which the walk then joins to it. Not `احد` and `اثنين`, which are "one" and
/// "two" before a count as much as days. Where the weekday and the date disagree, the
/// date wins as everywhere.
pub(crate) fn bare_weekday_before_date(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let weekday = c.lookup(i, |s, article| {
        let numeral = matches!(s, "احد" | "اثنين" | "اثنان");
        (!article && !numeral && !s.is_ascii())
            .then(|| lexicon::weekday(s))
            .flatten()
    })?;
    let date_at = if c.is_punct(i + 1, ',') { i + 2 } else { i + 1 };
    let (_, date) = dates::day_month(c, date_at)?;
    (date.day.is_some() && date.month.is_some()).then_some((
        i + 1,
        Fields {
            weekday: Some(weekday),
            ..Fields::default()
        },
    ))
}

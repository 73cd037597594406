//! Years that the common year rules of `dates` leave out, each taken only where the words
//! around it make a year the one reading: an early year after a bare `عام` (`عام 247`,
//! `سنة ستمائة وخمسين`), a year spoken in two halves (`عام تسعة عشر تسعة وتسعين`), and
//! a year in words closing a clause after `في` (`في ألف وسبعمائة وتسعة وثمانين`), and
//! a year after `مواليد` (`من مواليد 1990`, "born in 1990").

use crate::cursor::Cursor;
use crate::lexicon;

/// Whether the words at `i` put the year before them before the Christian era (`قبل
/// الميلاد`, `ق.م`, `BC`): such a year is not read, since a calendar year AD would be
/// wrong by twice its value.
pub(crate) fn before_christ(c: &Cursor, i: usize) -> bool {
    match c.word(i) {
        "قبل" => c.stem_is(i + 1, &["ميلاد", "مسيح"]),
        "ق" => c.is_punct(i + 1, '.') && c.word(i + 2) == "م",
        "bc" | "bce" => true,
        _ => false,
    }
}

/// A year of the first millennium after a bare `عام`/`سنة`/`year` (no article, so not
/// `هذا العام 282 حالة`): three digits or words from 100 to 999, with an optional era
/// marker. Returns (end, year, gregorian marker seen).
pub(crate) fn early_year(c: &Cursor, i: usize) -> Option<(usize, i32, bool)> {
    let f = c.figure(i)?;
    if f.ordinal || !(f.digits == 3 || f.digits == 0) {
        return None;
    }
    let year = i32::try_from(f.int()?)
        .ok()
        .filter(|y| (100..=999).contains(y))?;
    let mut end = f.end;
    let gregorian = lexicon::is_gregorian_marker(c.word(end));
    if gregorian {
        end += 1;
    }
    if before_christ(c, end) || lexicon::is_hijri_marker(c.word(end)) {
        return None;
    }
    Some((end, year, gregorian))
}

/// A year spoken in two halves after `عام`: its century then its last two figures
/// (`تسعة عشر تسعة وتسعون`, `تسعة عشر وثمانية وسبعين` is 1978). Both halves are number
/// words, the first from 11 to 20, the second below 100. Returns (end, year).
pub(crate) fn spoken_year(c: &Cursor, i: usize) -> Option<(usize, i32)> {
    let century = c.figure(i)?;
    let hundreds = century.int().filter(|n| (11..=20).contains(n))?;
    if century.ordinal || century.digits > 0 {
        return None;
    }
    let rest = c.figure(century.end)?;
    let last = rest.int().filter(|n| (0..=99).contains(n))?;
    if rest.ordinal || rest.digits > 0 {
        return None;
    }
    // `عام تسعة عشر عشرة آلاف` is no year: the second half ends the number.
    if c.figure(rest.end).is_some() {
        return None;
    }
    let year = i32::try_from(hundreds * 100 + last).ok()?;
    Some((rest.end, year))
}

/// Whether `مواليد` ("born in", in `من مواليد 1990`) comes just before `i`: a year
/// follows it. Not `المواليد` with its article, "the births", which a count follows
/// (`بلغ عدد المواليد 2000`).
pub(crate) fn after_born(c: &Cursor, i: usize) -> bool {
    i > 0
        && c.lookup(i - 1, |s, article| {
            (s == "مواليد" && !article).then_some(())
        })
        .is_some()
}

/// A year in words from 1000 to 2100 after `في` that ends a clause (`وقعت المعركة في
/// ألف وسبعمائة وتسعة وثمانين.`): a number followed by a noun is a count (`في ألفين
/// منزل`); after `مواليد` wherever the clause goes on (`من مواليد ألفين ويلعب`).
/// Returns (end, year).
pub(crate) fn year_in_words_after_in(c: &Cursor, i: usize) -> Option<(usize, i32)> {
    let born = after_born(c, i);
    if i == 0 || !(born || matches!(c.word(i - 1), "في" | "وفي")) {
        return None;
    }
    let f = c.figure(i)?;
    if f.ordinal || f.digits > 0 {
        return None;
    }
    let year = i32::try_from(f.int()?)
        .ok()
        .filter(|y| (1000..=2100).contains(y))?;
    let mut end = f.end;
    if lexicon::is_gregorian_marker(c.word(end)) {
        end += 1;
    }
    (born || c.word(end).is_empty()).then_some((end, year))
}

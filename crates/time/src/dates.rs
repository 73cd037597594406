//! Calendar dates: `20/1/2022`, `2022-01-20`, `20 كانون الثاني 2022`, `في العشرين من شهر
//! كانون الثاني/ يناير`, `January 20, 2022`, `5 رمضان 1443 هـ`, and years (`عام 2019`).

use crate::cursor::Cursor;
use crate::lexicon::{self, MonthName};
use crate::resolve::Fields;
use crate::starters::{CUE, DAY_PART, HIJRI, MONTH};

/// A month name read at a token.
#[derive(Debug, Clone, Copy)]
struct MonthAt {
    end: usize,
    month: i8,
    hijri: bool,
    ambiguous: bool,
    disagree: bool,
}

impl MonthAt {
    /// A month read from one name (two names that could disagree are joined later).
    fn new(end: usize, month: i8, hijri: bool, ambiguous: bool) -> MonthAt {
        MonthAt {
            end,
            month,
            hijri,
            ambiguous,
            disagree: false,
        }
    }
}

/// Whether a word is `شهر` (also `الشهر`, `بشهر`...).
fn is_month_word(c: &Cursor, i: usize) -> bool {
    // Both words are cues: any other word is rejected without reading its stems.
    c.classes(i) & CUE != 0
        && c.lookup(i, |s, _| (s == "شهر" || s == "month").then_some(()))
            .is_some()
}

/// One month name (one or two words) at `i`.
fn single_month(c: &Cursor, i: usize) -> Option<MonthAt> {
    // Every month name is a month starter, and the cursor keeps the Hijri class only
    // where a Hijri name is read whole: other words are rejected without a lookup.
    if c.classes(i) & (MONTH | HIJRI) == 0 {
        return None;
    }
    let w = c.word(i);
    if w.is_empty() {
        return None;
    }
    if let Some(m) = c.lookup(i, |s, article| {
        // `باب المندب`, `لاب`: a two-letter name under a peeled `ب`/`ل` is another word.
        let peeled_short = s.chars().count() <= 2 && s.len() < w.len() && !w.starts_with('و');
        (!article && !peeled_short)
            .then(|| lexicon::gregorian_month(s))
            .flatten()
    }) {
        let MonthName {
            month,
            ambiguous,
            needs_second,
        } = m;
        if needs_second {
            let first = c
                .stems_of(i)
                .map(|(s, _)| s)
                .find(|s| matches!(*s, "كانون" | "تشرين"))?;
            let month = lexicon::levantine_month(first, c.word(i + 1))?;
            return Some(MonthAt::new(i + 2, month, false, false));
        }
        // English abbreviations may carry a full stop: `Jan.`
        let mut end = i + 1;
        if w.len() <= 4 && w.is_ascii() && c.is_punct(end, '.') && c.glued(end) {
            end += 1;
        }
        return Some(MonthAt::new(end, month, false, ambiguous));
    }
    let (first, (month, needs_second)) = c.stems_of(i).find_map(|(s, article)| {
        let named = !article || s == "محرم" && muharram_with_article(c, i);
        Some((s, named.then(|| lexicon::hijri_month(s))??))
    })?;
    if needs_second {
        let month = lexicon::hijri_month_second(first, c.word(i + 1))?;
        return Some(MonthAt::new(i + 2, month, true, false));
    }
    Some(MonthAt::new(i + 1, month, true, true))
}

/// `المحرم` is Muharram after `شهر`, `الله` or `غرة`, or after `من` and a day (`العاشر
/// من المحرم`); elsewhere it is "the forbidden" or a woman's guardian.
fn muharram_with_article(c: &Cursor, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let before = c.word(i - 1);
    if matches!(before, "شهر" | "الله" | "غره") {
        return true;
    }
    before == "من" && i >= 2 && (c.is_digits(i - 2) || c.figure(i - 2).is_some())
}

/// A month name, or a double name (`كانون الثاني/ يناير`, `كانون الثاني - يناير`,
/// `كانون الثاني (يناير)`), or `شهر 2`.
fn month_at(c: &Cursor, i: usize) -> Option<MonthAt> {
    let Some(mut first) = single_month(c, i) else {
        // `شهر 2`, `الشهر التاسع`: a month by number after the word month.
        if is_month_word(c, i) {
            let f = c.figure(i + 1)?;
            let n = f.int()?;
            if (1..=12).contains(&n) && (f.digits == 0 || f.digits <= 2) {
                // A cardinal word names the month only right after the word, alone
                // (`شهر تسعة`, September); `شهر وثلاثة أيام` is a length.
                let cardinal_name = !c.word(i + 1).starts_with('و')
                    && f.end == i + 2
                    && c.lookup(f.end, |s, article| {
                        (!article).then(|| crate::relative::unit_word(s)).flatten()
                    })
                    .is_none();
                if f.digits == 0 && !f.ordinal && !cardinal_name {
                    return None;
                }
                // `هذا الشهر سابع أعلى مستوى`: an indefinite rank after `الشهر` is no
                // attribute of it (`الشهر السابع` is).
                let definite = c.lookup(i, |_, article| article.then_some(())).is_some();
                if f.ordinal && f.digits == 0 && definite && !c.word(i + 1).starts_with("ال") {
                    return None;
                }
                return Some(MonthAt::new(f.end, n as i8, false, false));
            }
        }
        return None;
    };
    let j = first.end;
    let (open, sep_end) = if c.is_punct(j, '/') || c.is_punct(j, '-') || c.is_punct(j, '–') {
        (false, j + 1)
    } else if c.is_punct(j, '(') {
        (true, j + 1)
    } else {
        // `مارس آذار 2020`: the two namings side by side, naming the same month.
        if let Some(second) = single_month(c, j) {
            if second.month == first.month && second.hijri == first.hijri {
                first.ambiguous = false;
                first.end = second.end;
            }
        }
        return Some(first);
    };
    let Some(second) = single_month(c, sep_end) else {
        return Some(first);
    };
    if second.hijri != first.hijri {
        return Some(first);
    }
    // `يونيو - يوليو 2015`: two different months of one naming joined by a dash are a
    // range (read in `interval`), not a double name.
    if !open && !c.is_punct(j, '/') && second.month != first.month && !first.hijri {
        let levantine = |k: usize| c.stems_of(k).any(|(s, _)| lexicon::is_levantine_month(s));
        if levantine(i) == levantine(sep_end) {
            return Some(first);
        }
    }
    let mut end = second.end;
    if open {
        if c.is_punct(end, ')') {
            end += 1;
        } else {
            return Some(first);
        }
    }
    first.disagree = second.month != first.month;
    first.ambiguous = false;
    first.end = end;
    Some(first)
}

/// A year at `i` (four digits, or three to four for Hijri with a marker), with an
/// optional era marker. Returns (end, year, hijri marker seen, gregorian marker seen).
fn year_at(c: &Cursor, i: usize) -> Option<(usize, i32, bool, bool)> {
    let (v, n) = c.digits(i)?;
    if !(3..=4).contains(&n) {
        return None;
    }
    let year = i32::try_from(v).ok()?;
    let mut end = i + 1;
    let mut hijri = false;
    let mut gregorian = false;
    let marker = c.word(end);
    if lexicon::is_hijri_marker(marker) {
        hijri = true;
        end += 1;
    } else if lexicon::is_gregorian_marker(marker) {
        gregorian = true;
        end += 1;
    }
    if !hijri && !(1000..=2200).contains(&year) {
        return None;
    }
    Some((end, year, hijri, gregorian))
}

/// A day of the month at `i`: one or two digits, or an ordinal or cardinal word.
pub(crate) fn day_at(c: &Cursor, i: usize) -> Option<(usize, i8)> {
    // `أول يناير`, `الأول من أيلول`, `مطلع`: the first.
    if c.lookup(i, |s, _| (s == "اول").then_some(())).is_some() && !c.word(i + 1).is_empty() {
        return Some((i + 1, 1));
    }
    let f = c.figure(i)?;
    let n = f.int()?;
    if !(1..=31).contains(&n) || f.digits > 2 {
        return None;
    }
    Some((f.end, n as i8))
}

/// Adds an optional year after a month (`يناير 2022`, `January 20, 2022`).
fn with_year(c: &Cursor, mut end: usize, fields: &mut Fields) -> usize {
    let at = if c.is_punct(end, ',') || c.is_punct(end, '.') {
        end + 1
    } else {
        end
    };
    let mut at = at;
    // `من العام 2022`, `عام 2022` after a month.
    if c.word(at) == "من" {
        at += 1;
    }
    if c.lookup(at, |s, _| matches!(s, "عام" | "سنه").then_some(()))
        .is_some()
    {
        at += 1;
    }
    let after_cue = at > end && c.stem_is(at - 1, &["عام", "سنه"]);
    let spoken = || {
        after_cue
            .then(|| crate::years::spoken_year(c, at))
            .flatten()
            .map(|(e, year)| (e, year, false, false))
    };
    if let Some((e, year, hijri_marker, _)) = year_at(c, at)
        .or_else(|| year_in_words(c, at))
        .or_else(spoken)
    {
        if fields.hijri || !hijri_marker {
            fields.year = Some(year);
            end = e;
        }
    } else if fields.hijri && lexicon::is_hijri_marker(c.word(end)) {
        end += 1;
    }
    end
}

/// A year written in words where a year is expected (`ألفين وثمانية عشر` after a month,
/// `عام ألفين`), read by the numbers parser.
fn year_in_words(c: &Cursor, i: usize) -> Option<(usize, i32, bool, bool)> {
    let f = c.figure(i)?;
    let year = i32::try_from(f.int()?).ok()?;
    if f.digits > 0 || f.ordinal || !(1000..=2200).contains(&year) {
        return None;
    }
    let mut end = f.end;
    let hijri = lexicon::is_hijri_marker(c.word(end));
    if hijri || lexicon::is_gregorian_marker(c.word(end)) {
        end += 1;
    }
    Some((end, year, hijri, !hijri))
}

/// `20 كانون الثاني 2022`, `العشرين من شهر يناير`, `5 رمضان 1443 هـ`, `يناير 2022`,
/// `January 20, 2022`, `شهر رمضان`.
pub(crate) fn day_month(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let mut fields = Fields::default();
    // Day first.
    if let Some((mut j, day)) = day_at(c, i) {
        if c.word(j) == "من" || c.word(j) == "of" {
            j += 1;
        } else if (c.is_punct(j, '-') || c.is_punct(j, '/') || c.is_punct(j, '.'))
            && single_month(c, j + 1).is_some()
        {
            // `28-نوفمبر`, `2/ أكتوبر`; but `1 - صفر` is a score (zero), not 1 Safar.
            if c.is_punct(j, '-') && c.word(j + 1) == "صفر" {
                return None;
            }
            j += 1;
        }
        if is_month_word(c, j) && single_month(c, j + 1).is_some() {
            j += 1;
        }
        if let Some(m) = month_at(c, j) {
            fields.day = Some(day);
            fields.month = Some(m.month);
            fields.hijri = m.hijri;
            fields.month_names_disagree = m.disagree;
            let mut end = with_year(c, m.end, &mut fields);
            if fields.year.is_none() && names_an_event(c, i) {
                return None;
            }
            // `السابع من أكتوبر الماضي`: the last such day before the reference.
            if fields.year.is_none() {
                if let Some(shift) = c.lookup(end, |s, article| {
                    article.then(|| lexicon::shift_word(s)).flatten()
                }) {
                    fields.month_shift = Some(shift.signum());
                    end += 1;
                }
            }
            return Some((end, fields));
        }
    }
    // Month first, maybe after `هذا` (`هذا يناير`, `هذا شهر آذار`); not the month of
    // an event's name (`ثورة 25 يناير`).
    if in_an_event_name(c, i) {
        return None;
    }
    let mut j = i;
    let this = matches!(c.word(j), "هذا" | "هذه");
    if this {
        j += 1;
    }
    let month_word = is_month_word(c, j);
    if month_word && single_month(c, j + 1).is_some() {
        j += 1;
    }
    let m = month_at(c, j)?;
    fields.month = Some(m.month);
    fields.hijri = m.hijri;
    fields.month_names_disagree = m.disagree;
    let mut end = m.end;
    // `January 20, 2022`, `شباط الرابع عشر`: a day after the month, unless it is a year.
    let dash = c.is_punct(end, '-') && c.is_digits(end + 1);
    let day_from = if dash { end + 1 } else { end };
    if year_at(c, day_from).is_none() {
        if let Some((e, day)) = day_at(c, day_from) {
            let f = c.figure(day_from);
            // `عقود سبتمبر 20 سنتا`: a count of what follows (a unit, or a noun in the
            // accusative of a count), not a day.
            let accusative = c.word(e).ends_with('ا') && c.classes(e) & DAY_PART == 0;
            let is_count_of_next = c.lookup(e, |s, _| lexicon::unit(s)).is_some() || accusative;
            // `صفر والثانية`: a rank after `و` starts something else; `أغسطس 1.6 بالمئة`
            // a decimal.
            let joined = c.word(day_from).starts_with('و')
                || c.is_punct(day_from + 1, '.')
                    && c.glued(day_from + 1)
                    && c.is_digits(day_from + 2);
            if !is_count_of_next && !joined && f.is_some_and(|f| f.digits > 0 || f.ordinal) {
                fields.day = Some(day);
                end = e;
            }
        }
    }
    let before_year = end;
    end = with_year(c, end, &mut fields);
    let has_context = month_word
        || this
        || fields.day.is_some()
        || end > before_year
        || !m.ambiguous
        || (i > 0 && is_month_cue(c, i - 1))
        // `مارس من العام الماضي`: a month of a year named after it.
        || (c.word(end) == "من" && c.stem_is(end + 1, &["عام", "سنه"]));
    if !has_context {
        return None;
    }
    if fields.day.is_none() && end == before_year && !month_word && !this && names_a_thing(c, j) {
        return None;
    }
    if this {
        fields.month_shift = Some(0);
    }
    // `أكتوبر 7 الماضي`
    if fields.year.is_none() && fields.day.is_some() && !this {
        if let Some(shift) = c.lookup(end, |s, article| {
            article.then(|| lexicon::shift_word(s)).flatten()
        }) {
            fields.month_shift = Some(shift.signum());
            end += 1;
        }
    }
    // `شباط المقبل`, `نوفمبر الماضي`.
    if fields.year.is_none() && fields.day.is_none() && !this {
        if let Some(shift) = c.lookup(end, |s, _| lexicon::shift_word(s)) {
            fields.month_shift = Some(shift);
            end += 1;
        } else if c.word(end) == "قبل" && c.word(end + 1).ends_with("ماضي") {
            fields.month_shift = Some(-2);
            end += 2;
        } else if c.word(end) == "بعد"
            && (c.lookup(end + 1, |s, _| lexicon::shift_word(s)) == Some(1)
                // `أكتوبر بعد التالي`: `التالي` (the following) only after `بعد` here;
                // alone (`اليوم التالي`) it follows the story, not the reference.
                || matches!(c.word(end + 1), "التالي" | "التاليه"))
        {
            fields.month_shift = Some(2);
            end += 2;
        }
    }
    Some((end, fields))
}

/// Whether a lone month name at `j` names a thing: quoted (`شركة «نيسان»`) or after a
/// word for a maker or its product (`سيارات نيسان`).
fn names_a_thing(c: &Cursor, j: usize) -> bool {
    if j == 0 {
        return false;
    }
    let quote = |k: usize| c.is_punct(k, '«') || c.is_punct(k, '"') || c.is_punct(k, '»');
    // `شهر "يوليو" الماضي`, `تسليم "سبتمبر"` (a delivery month), `تموز "يوليو" 2015`:
    // still a month.
    let month_around = j >= 2
        && (is_month_word(c, j - 2)
            || single_month(c, j - 2).is_some()
            || c.classes(j - 2) & CUE != 0
            || c.word(j - 2) == "تسليم")
        || c.lookup(j + 2, |s, _| lexicon::shift_word(s)).is_some()
        || c.is_digits(j + 2);
    (quote(j - 1) && quote(j + 1) && !month_around)
        || c.stem_is(j - 1, &["شركه", "سياره", "سيارات", "مصنع", "ماركه"])
        // `أيلول الأسود`: Black September, an organisation and the events of 1970.
        || c.word(j + 1) == "الاسود"
}

/// `ثورة 25 يناير`, `هجمات 11 سبتمبر`: a day and month with no year after a revolution,
/// an attack or events names that event, whose year the text does not give; it is not the
/// latest such day before the reference.
fn names_an_event(c: &Cursor, i: usize) -> bool {
    i > 0
        && c.stem_is(
            i - 1,
            &[
                "ثوره",
                "ثورتي",
                "حركه",
                "انتفاضه",
                "احداث",
                "هجمات",
                "تفجيرات",
                "اعتداءات",
            ],
        )
}

/// Whether the month name at `i` follows the day of an event's name, maybe as the second
/// name of that month (`ثورة 25 يناير`, `هجمات 11 سبتمبر (أيلول)`).
fn in_an_event_name(c: &Cursor, i: usize) -> bool {
    let mut k = i;
    // `سبتمبر (أيلول)`: step back over the first name and the bracket.
    if k >= 2 && c.is_punct(k - 1, '(') && single_month(c, k - 2).is_some() {
        k -= 2;
    }
    // The day just before, digits or words, maybe with `من` (`الحادي عشر من سبتمبر`).
    (k.saturating_sub(5)..k).any(|j| {
        c.figure(j)
            .is_some_and(|f| f.end == k || f.end + 1 == k && c.word(f.end) == "من")
            && names_an_event(c, j)
    })
}

/// `20/1/2022`, `20-1-2022`, `2022-01-20`, `20.1.2022`, `6/8`, and month and year:
/// `9/2021`, `03-2015`, `2015/3`.
pub(crate) fn numeric_date(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let (a, na) = c.digits(i)?;
    let sep = ['/', '-', '.']
        .into_iter()
        .find(|&s| c.is_punct(i + 1, s))?;
    // `6 / 10 / 1436هـ`, `4 - 8 - 2015م`: spaces around the slashes or dashes of a whole
    // date with its year.
    let spaced = sep != '.'
        && c.is_punct(i + 3, sep)
        && c.digits(i + 4).is_some_and(|(_, n)| n == 4)
        && c.digits(i + 2).is_some_and(|(_, n)| n <= 2);
    if !spaced && (!c.glued(i + 1) || !c.glued(i + 2)) {
        return None;
    }
    let (b, nb) = c.digits(i + 2)?;
    let three = c.is_punct(i + 3, sep) && (spaced || c.glued(i + 3) && c.glued(i + 4));
    let mut fields = Fields::default();
    if three {
        let (d3, n3) = c.digits(i + 4)?;
        if c.is_punct(i + 5, sep) && c.glued(i + 5) && c.is_digits(i + 6) {
            return None; // an identifier, not a date
        }
        let (y, m, d) = if na == 4 {
            (a, b, d3)
        } else if n3 == 4 || n3 == 2 {
            let y = if n3 == 2 { 2000 + d3 } else { d3 };
            if b > 12 && a <= 12 {
                (y, a, b) // month first, as in American writing
            } else {
                (y, b, a)
            }
        } else {
            return None;
        };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) || nb > 2 {
            return None;
        }
        fields.year = i32::try_from(y).ok();
        fields.month = Some(m as i8);
        fields.day = Some(d as i8);
        let mut end = i + 5;
        // Years 1300-1599 are Hijri (`14-09-1432 هـ`); a marker may follow either way.
        fields.hijri = (1300..1600).contains(&y);
        if lexicon::is_hijri_marker(c.word(end)) {
            fields.hijri = true;
            end += 1;
        } else if lexicon::is_gregorian_marker(c.word(end)) {
            end += 1;
        }
        return Some((end, fields));
    }
    // Month and year: `9/2021`, `03-2015`, `2015/3`.
    // A separator on either side makes a longer identifier (`12/2021/5`).
    let another =
        c.is_punct(i + 3, sep) && c.glued(i + 3) || i > 0 && c.is_punct(i - 1, sep) && c.glued(i);
    if sep != '.' && na <= 2 && nb == 4 && (1..=12).contains(&a) && !another {
        fields.month = Some(a as i8);
        fields.year = i32::try_from(b).ok();
        return Some((i + 3, fields));
    }
    if sep == '/' && na == 4 && nb <= 2 && (1..=12).contains(&b) && !another {
        fields.month = Some(b as i8);
        fields.year = i32::try_from(a).ok();
        return Some((i + 3, fields));
    }
    // Day and month alone: only with a slash, never a decimal or a range.
    if sep != '/' || na > 2 || nb > 2 || c.is_punct(i + 3, '/') {
        return None;
    }
    let (d, m) = if (1..=12).contains(&b) {
        (a, b)
    } else {
        (b, a) // `4/22`: month first
    };
    if !(1..=31).contains(&d) || !(1..=12).contains(&m) {
        return None;
    }
    fields.day = Some(d as i8);
    fields.month = Some(m as i8);
    let end = with_year(c, i + 3, &mut fields);
    Some((end, fields))
}

/// Whether a word before a month name that is also a common word (`آب`, `مارس`,
/// `رجب`) makes it the month: `في آب`, `خلال رمضان`, `منتصف مارس`.
fn is_month_cue(c: &Cursor, i: usize) -> bool {
    c.lookup(i, |s, _| {
        matches!(
            s,
            "في" | "خلال"
                | "منذ"
                | "حتي"
                | "مطلع"
                | "اوائل"
                | "منتصف"
                | "اواسط"
                | "اواخر"
                | "نهايه"
                | "بدايه"
                | "مستهل"
                | "طوال"
                | "in"
                | "since"
                | "during"
                | "until"
                | "by"
                | "early"
                | "mid"
                | "late"
        )
        .then_some(())
    })
    .is_some()
}

/// Whether a word announces a year: `عام`, `سنه`, `العام`, `in`, `since`...
fn is_year_cue(c: &Cursor, i: usize) -> bool {
    c.lookup(i, |s, _| {
        matches!(
            s,
            "عام"
                | "سنه"
                | "مطلع"
                | "اوائل"
                | "منتصف"
                | "اواخر"
                | "اواسط"
                | "نهايه"
                | "بدايه"
                | "ربيع"
                | "صيف"
                | "خريف"
                | "شتاء"
                | "year"
                | "in"
                | "since"
                | "by"
                | "during"
                | "until"
                | "of"
                | "between"
                | "from"
                | "منذ"
                | "حتي"
                | "late"
                | "early"
                | "mid"
        )
        .then_some(())
    })
    .is_some()
}

/// A year with a cue word before it (`عام 2019`, `in 2019`) or an era marker after it
/// (`2019م`, `1443 هـ`). Returns the fields and whether the cue word is part of the span.
pub(crate) fn year(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let mut j = i;
    let w = c.word(j);
    let cue = c.lookup(i, |s, article| {
        matches!(s, "عام" | "سنه" | "year").then_some(article)
    });
    let cue_in_span = cue.is_some();
    if cue_in_span {
        j += 1;
    } else if !w.is_empty() {
        return crate::years::year_in_words_after_in(c, i)
            .map(|(end, year)| (end, year_fields(year, false)));
    }
    let (end, year, hijri, gregorian) = year_at(c, j)
        .or_else(|| cue_in_span.then(|| year_in_words(c, j)).flatten())
        .or_else(|| {
            // Only after a bare `عام`: `هذا العام 282 حالة` is a count.
            (cue == Some(false))
                .then(|| crate::years::early_year(c, j))
                .flatten()
                .map(|(end, year, gregorian)| (end, year, false, gregorian))
        })
        .or_else(|| {
            cue_in_span
                .then(|| crate::years::spoken_year(c, j))
                .flatten()
                .map(|(end, year)| (end, year, false, false))
        })?;
    if !hijri && crate::years::before_christ(c, end) {
        return None;
    }
    // `في 2019` is a year when no noun follows (`في 2000 غارة` is a count).
    let after_in = i > 0
        && matches!(c.word(i - 1), "في" | "وفي")
        && (1900..=2100).contains(&year)
        && (c.word(end).is_empty() || matches!(c.word(end), "و" | "م"));
    let born = (1900..=2100).contains(&year) && crate::years::after_born(c, i);
    let cued = cue_in_span || after_in || born || (i > 0 && is_year_cue(c, i - 1));
    if !(cued || hijri || gregorian) {
        return None;
    }
    if hijri && !(1..=1600).contains(&year) {
        return None;
    }
    let mut fields = year_fields(year, hijri);
    let mut end = end;
    if !hijri {
        if let Some(marker_end) = hijri_words(c, end) {
            fields.hijri = true;
            end = marker_end;
        }
    }
    Some((end, fields))
}

fn hijri_words(c: &Cursor, i: usize) -> Option<usize> {
    lexicon::is_hijri_marker(c.word(i)).then_some(i + 1)
}

/// The fields of a year and nothing else.
pub(crate) fn year_fields(year: i32, hijri: bool) -> Fields {
    Fields {
        year: Some(year),
        hijri,
        ..Fields::default()
    }
}

/// Whether `i` starts a bare four-digit year: the second year of `بين عامي 2014 و2019`.
pub(crate) fn bare_year(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let (end, year, hijri, _) = year_at(c, i)?;
    Some((end, year_fields(year, hijri)))
}

/// A day of the month with the month only relative: `21 الجاري`, `20 من الشهر القادم`,
/// `يوم 27`.
pub(crate) fn day_of_month(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let mut j = i;
    let lead = c
        .lookup(j, |s, article| (s == "يوم" && !article).then_some(()))
        .is_some();
    if lead {
        j += 1;
    }
    let (mut end, day) = day_at(c, j)?;
    let mut fields = Fields {
        day: Some(day),
        ..Fields::default()
    };
    let mut k = end;
    if matches!(c.word(k), "من" | "في") {
        k += 1;
    }
    if c.lookup(k, |s, article| {
        (article && matches!(s, "جاري" | "حالي")).then_some(())
    })
    .is_some()
    {
        fields.relative_period = Some((crate::DurationUnit::Month, 0));
        end = k + 1;
    } else if let Some((e, f)) = crate::relative::period(c, k) {
        match f.relative_period {
            Some((crate::DurationUnit::Month, _)) => {
                fields.relative_period = f.relative_period;
                end = e;
            }
            _ => return None,
        }
    } else if !lead || !c.is_digits(j) {
        return None;
    }
    // `يوم 27 قتيلا` is not a date; a unit after it makes it a count.
    if c.lookup(end, |s, _| crate::relative::unit_word(s))
        .is_some()
    {
        return None;
    }
    // `يوم 20 يناير` is a whole date, read by `day_month`.
    if lead && (day_month(c, j).is_some() || numeric_date(c, j).is_some()) {
        return None;
    }
    Some((end, fields))
}

/// A season with its year: `صيف 2014`, `شتاء العام الماضي`, `هذا الصيف`, `summer 2014`.
/// A season word alone is not taken (`الربيع العربي` is no date).
pub(crate) fn season(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let this = matches!(c.word(i), "هذا" | "هذه" | "this");
    let at = if this { i + 1 } else { i };
    let season = c.lookup(at, |s, _| match s {
        "شتاء" | "winter" => Some(0),
        "ربيع" | "spring" => Some(1),
        "صيف" | "summer" => Some(2),
        "خريف" | "autumn" | "fall" => Some(3),
        _ => None,
    })?;
    let mut fields = Fields {
        season: Some(season),
        ..Fields::default()
    };
    let mut j = at + 1;
    if matches!(c.word(j), "من" | "of") {
        j += 1;
    }
    if this {
        fields.relative_period = Some((crate::DurationUnit::Year, 0));
        return Some((at + 1, fields));
    }
    if let Some((end, f)) = year(c, j).or_else(|| {
        year_at(c, j).map(|(end, y, hijri, _)| {
            (
                end,
                Fields {
                    year: Some(y),
                    hijri,
                    ..Fields::default()
                },
            )
        })
    }) {
        if f.hijri {
            return None;
        }
        fields.year = f.year;
        // `شتاء 2021-2022`: a winter named by both its years belongs to the second.
        if season == 0 && (c.is_punct(end, '-') || c.is_punct(end, '/')) {
            if let Some((e, y, _, _)) = year_at(c, end + 1) {
                if f.year.map(|y| y + 1) == Some(y) {
                    fields.year = Some(y);
                    return Some((e, fields));
                }
            }
        }
        return Some((end, fields));
    }
    // `الصيف الماضي`, `الربيع المقبل`: the season before or after the current one.
    if let Some((end, shift)) = crate::relative::shift_at(c, at + 1) {
        if shift != 0 {
            fields.month_shift = Some(shift);
            return Some((end, fields));
        }
    }
    let (end, f) = crate::relative::period(c, j)?;
    match f.relative_period {
        Some((crate::DurationUnit::Year, shift)) => {
            fields.relative_period = Some((crate::DurationUnit::Year, shift));
            Some((end, fields))
        }
        _ => None,
    }
}

/// A decade of the twentieth century by name: `التسعينيات`, `في سبعينيات القرن الماضي`,
/// `the nineties`; a ten-year window.
pub(crate) fn decade(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let tens = c.lookup(i, |s, _| {
        let s = s.strip_suffix("ات").unwrap_or(s);
        match s {
            "عشريني" | "twenties" => Some(2),
            "ثلاثيني" | "thirties" => Some(3),
            "اربعيني" | "forties" => Some(4),
            "خمسيني" | "fifties" => Some(5),
            "ستيني" | "sixties" => Some(6),
            "سبعيني" | "seventies" => Some(7),
            "ثمانيني" | "eighties" => Some(8),
            "تسعيني" | "nineties" => Some(9),
            _ => None,
        }
    })?;
    // Without `ات` the word is an age or an adjective (`ثمانيني` "octogenarian").
    if !c.word(i).ends_with("ات") && !c.word(i).is_ascii() {
        return None;
    }
    // `في العشرينيات من عمره`, `in his twenties`: an age.
    let age_at = |k: usize| c.stem_is(k, &["عمر", "عمره", "عمرها", "عمرهم"]);
    if (c.word(i + 1) == "من" && age_at(i + 2))
        || (c.word(i + 1) == "of" && matches!(c.word(i + 2), "his" | "her" | "their" | "age"))
        || (i > 0 && matches!(c.word(i - 1), "his" | "her" | "their"))
    {
        return None;
    }
    let mut end = i + 1;
    // `سبعينيات القرن الماضي` (the twentieth), `سبعينيات القرن التاسع عشر`.
    let mut century = 1900;
    // `الخمسينيات من القرن الماضي` (not `من القرن الميلادي`, which names none).
    if c.word(end) == "من"
        && c.stem_is(end + 1, &["قرن"])
        && (c.word(end + 2) == "الماضي" || c.figure(end + 2).is_some())
    {
        end += 1;
    }
    if c.stem_is(end, &["قرن"]) {
        end += 1;
        if c.word(end) == "الماضي" {
            end += 1;
        } else {
            let f = c.figure(end)?;
            let n = i32::try_from(f.int()?)
                .ok()
                .filter(|n| (1..=21).contains(n))?;
            century = (n - 1) * 100;
            end = f.end;
        }
    }
    Some((
        end,
        Fields {
            decade: Some(century + 10 * tens),
            ..Fields::default()
        },
    ))
}

/// A month name at `i` with its year if one follows, taken without the context
/// `day_month` asks of a name that is also a common word: for callers whose own words
/// make it a month (`اليوم الأول من رمضان`).
pub(crate) fn named_month(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    let m = month_at(c, i)?;
    let mut fields = Fields {
        month: Some(m.month),
        hijri: m.hijri,
        month_names_disagree: m.disagree,
        ..Fields::default()
    };
    let end = with_year(c, m.end, &mut fields);
    Some((end, fields))
}

/// A year in digits or in words with no cue before it, for callers whose own words
/// announce one (`الربع الثالث من ألفين وعشرين`).
pub(crate) fn announced_year(c: &Cursor, i: usize) -> Option<(usize, Fields)> {
    if let Some(found) = bare_year(c, i) {
        return Some(found);
    }
    let (end, year, hijri, _) = year_in_words(c, i)?;
    Some((end, year_fields(year, hijri)))
}

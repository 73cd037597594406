//! Laws: every Gregorian date written in any regional naming parses back to itself;
//! Hijri dates agree with icu's Umm al-Qura calendar both ways; any text, however
//! mangled, yields well-formed mentions.

use icu_calendar::cal::Hijri;
use icu_calendar::{Date, Iso};
use jiff::civil::{self, DateTime};
use proptest::prelude::*;
use rasid_text::{tokenize, Normalized};
use rasid_time::{find_times, Precision, Prefer, TimeKind, TimeOptions};

const LEVANTINE: [&str; 12] = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
];
const EGYPTIAN: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "إبريل",
    "مايو",
    "يونيه",
    "يوليه",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];
const GULF: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "اغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];
const MAGHREBI: [&str; 12] = [
    "جانفي",
    "فيفري",
    "مارس",
    "أفريل",
    "ماي",
    "جوان",
    "جويلية",
    "أوت",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];
const ENGLISH: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const HIJRI: [&str; 12] = [
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
];

fn starts(text: &str, options: &TimeOptions) -> Vec<(Option<DateTime>, Option<Precision>)> {
    let normalized = Normalized::new(text);
    let tokens = tokenize(normalized.as_str());
    find_times(&normalized, &tokens, options)
        .iter()
        .map(|m| (m.start, m.precision))
        .collect()
}

fn arabic_digits(n: u32) -> String {
    n.to_string()
        .chars()
        .map(|c| char::from_u32(0x0660 + c.to_digit(10).unwrap_or(0)).unwrap_or(c))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn gregorian_dates_parse_back(
        year in 1950i16..2100,
        month in 1i8..=12,
        day in 1i8..=31,
        naming in 0usize..5,
        indic in any::<bool>(),
    ) {
        let Ok(date) = civil::Date::new(year, month, day) else { return Ok(()) };
        let names = [LEVANTINE, EGYPTIAN, GULF, MAGHREBI, ENGLISH][naming];
        let name = names[(month - 1) as usize];
        let text = if indic {
            format!("{} {name} {}", arabic_digits(day as u32), arabic_digits(year as u32))
        } else {
            format!("{day} {name} {year}")
        };
        let found = starts(&text, &TimeOptions::default());
        let want = vec![(Some(date.to_datetime(civil::Time::midnight())), Some(Precision::Day))];
        prop_assert_eq!(found, want, "{}", text);
    }

    #[test]
    fn hijri_dates_agree_with_icu(year in 1350i32..1500, month in 1u8..=12, day in 1u8..=30) {
        let Ok(hijri) = Date::try_new_hijri_with_calendar(year, month, day, Hijri::new_umm_al_qura()) else {
            return Ok(());
        };
        let iso = hijri.to_calendar(Iso);
        let text = format!("{day} {} {year} هـ", HIJRI[(month - 1) as usize]);
        let found = starts(&text, &TimeOptions::default());
        prop_assert_eq!(found.len(), 1, "{}", text);
        let Some(start) = found[0].0 else {
            return Err(TestCaseError::fail(format!("{text} unresolved")));
        };
        prop_assert_eq!(
            (i32::from(start.year()), start.month() as u8, start.day() as u8),
            (iso.year().extended_year(), iso.month().ordinal, iso.day_of_month().0),
            "{}", text
        );
        // And back: the Gregorian day is that Hijri day.
        let back = Date::try_new_iso(i32::from(start.year()), start.month() as u8, start.day() as u8)
            .map(|d| d.to_calendar(Hijri::new_umm_al_qura()));
        let back = back.map(|d| (d.year().extended_year(), d.month().ordinal, d.day_of_month().0));
        prop_assert_eq!(back.ok(), Some((year, month, day)));
    }

    #[test]
    fn any_text_gives_well_formed_mentions(words in prop::collection::vec(prop::sample::select(VOCABULARY), 0..14), glue in prop::collection::vec(prop::sample::select(&[" ", "", "\n", "/", "-", ":"][..]), 14)) {
        let mut text = String::new();
        for (w, g) in words.iter().zip(glue.iter()) {
            text.push_str(w);
            text.push_str(g);
        }
        let normalized = Normalized::new(&text);
        let tokens = tokenize(normalized.as_str());
        let reference = civil::date(2022, 1, 20).at(19, 0, 0, 0);
        for prefer in [Prefer::Past, Prefer::Future] {
            for reference in [None, Some(reference)] {
                let options = TimeOptions { reference, prefer };
                let mut last_end = 0;
                for m in find_times(&normalized, &tokens, &options) {
                    prop_assert!(m.span.start <= m.span.end && m.span.end <= text.len());
                    prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
                    prop_assert!(m.norm_span.start >= last_end, "mentions overlap in {:?}", text);
                    last_end = m.norm_span.end;
                    if let (Some(s), Some(e)) = (m.start, m.end) {
                        prop_assert!(s <= e, "{} > {} in {:?}", s, e, text);
                    }
                    // Only an interval may be open on one side (`منذ عام 2011`).
                    if m.kind != TimeKind::Interval {
                        prop_assert_eq!(m.start.is_some(), m.end.is_some());
                    }
                    prop_assert!(
                        (m.start.is_none() && m.end.is_none()) || m.precision.is_some()
                    );
                }
            }
        }
    }
}

proptest! {
    #[test]
    fn arbitrary_strings_never_panic(text in "\\PC{0,80}") {
        let normalized = Normalized::new(&text);
        let tokens = tokenize(normalized.as_str());
        let reference = civil::date(2022, 1, 20).at(19, 0, 0, 0);
        for options in [TimeOptions::default(), TimeOptions { reference: Some(reference), prefer: Prefer::Future }] {
            for m in find_times(&normalized, &tokens, &options) {
                prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            }
        }
    }
}

const VOCABULARY: &[&str] = &[
    "الساعة",
    "7",
    "19",
    "30",
    "00",
    "2022",
    "1443",
    "هـ",
    "مساء",
    "صباحاً",
    "فجرا",
    "من",
    "إلى",
    "حتى",
    "بين",
    "و",
    "يناير",
    "كانون",
    "الثاني",
    "شباط",
    "رمضان",
    "ذو",
    "الحجة",
    "الخميس",
    "يوم",
    "ليل",
    "أمس",
    "أول",
    "اليوم",
    "الثالث",
    "الماضي",
    "المقبل",
    "قبل",
    "بعد",
    "منذ",
    "أيام",
    "يومين",
    "ساعتين",
    "ونصف",
    "الا",
    "ربع",
    "عام",
    "عامي",
    "سنة",
    "الشهر",
    "الأسبوع",
    "مطلع",
    "منتصف",
    "الليل",
    "p",
    ".",
    "m",
    "last",
    "week",
    "ago",
    "two",
    "days",
    "January",
    "20",
    ",",
    "٢٠",
    "١٥",
    "(",
    ")",
    "ثلاثة",
    "العشرين",
    "شهر",
    "الجاري",
    "32",
    "99",
    "0",
];

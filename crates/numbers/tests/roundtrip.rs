//! Laws: every whole number written out in words parses back to itself.

use proptest::prelude::*;
use rasid_numbers::{arabic_words, english_words, find_numbers, Case, Gender, NumberKind};
use rasid_text::{tokenize, Normalized};

/// The single figure found in `text`, with its kind.
fn read_back(text: &str) -> Vec<(Option<f64>, NumberKind, usize)> {
    let n = Normalized::new(text);
    let tokens = tokenize(n.as_str());
    find_numbers(&n, &tokens)
        .into_iter()
        .map(|m| (m.value, m.kind, m.span.len()))
        .collect()
}

fn assert_reads(text: &str, n: u64) -> Result<(), TestCaseError> {
    let found = read_back(text);
    prop_assert_eq!(
        found,
        vec![(Some(n as f64), NumberKind::Cardinal, text.len())],
        "{} ({})",
        text,
        n
    );
    Ok(())
}

fn gender() -> impl Strategy<Value = Gender> {
    prop_oneof![Just(Gender::Masculine), Just(Gender::Feminine)]
}

fn case() -> impl Strategy<Value = Case> {
    prop_oneof![Just(Case::Nominative), Just(Case::Oblique)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn arabic_words_read_back(n in 0u64..=1_000_000_000, g in gender(), c in case()) {
        assert_reads(&arabic_words(n, g, c), n)?;
    }

    #[test]
    fn small_arabic_numbers_read_back(n in 0u64..=2_000, g in gender(), c in case()) {
        assert_reads(&arabic_words(n, g, c), n)?;
    }

    #[test]
    fn english_words_read_back(n in 0u64..=10_000_000) {
        assert_reads(&english_words(n), n)?;
    }

    #[test]
    fn digits_read_back(n in 0u64..=999_999_999) {
        let text = format!("قتل {n} شخصا");
        let found = read_back(&text);
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(found[0].0, Some(n as f64));
    }

    #[test]
    fn never_panics_and_spans_are_sound(s in "\\PC{0,60}") {
        let n = Normalized::new(&s);
        let tokens = tokenize(n.as_str());
        for m in find_numbers(&n, &tokens) {
            prop_assert!(m.span.start <= m.span.end && m.span.end <= s.len());
            prop_assert!(s.is_char_boundary(m.span.start) && s.is_char_boundary(m.span.end));
            if let (Some(low), Some(high)) = (m.low, m.high) {
                prop_assert!(low <= high);
            }
        }
    }
}

/// Pieces that number expressions are made of, to shake the parser with dense input.
const PIECES: &[&str] = &[
    "و",
    "ال",
    "بين",
    "من",
    "الى",
    "أكثر",
    "أقل",
    "لا",
    "يتجاوز",
    "نحو",
    "عشرات",
    "آلاف",
    "ألف",
    "ألفين",
    "مئة",
    "ثلاث",
    "ثلاثة",
    "عشر",
    "عشرة",
    "عشرون",
    "أحد",
    "الحادي",
    "الثاني",
    "ونصف",
    "أرباع",
    "فاصلة",
    "مليون",
    "ملايين",
    "بالمئة",
    "في",
    "المئة",
    "عام",
    "الصفحة",
    "1",
    "20",
    "2019",
    "0501234567",
    "1,500",
    "2.5",
    "١٢/٥",
    "%",
    "-",
    "+",
    "^",
    "e",
    "/",
    ":",
    ".",
    ",",
    "<",
    ">",
    "=",
    "a",
    "dozen",
    "and",
    "to",
    "between",
    "more",
    "than",
    "f",
    "st",
    "\n",
    "بعد",
    "تقريبا",
    "أو",
    "يساوي",
    "نسبة",
    "http",
    "sixty",
    "-",
    "five",
    "hundred",
];

fn dense_text() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(PIECES), any::<bool>()), 0..24).prop_map(|v| {
        let mut s = String::new();
        for (piece, space) in v {
            if space {
                s.push(' ');
            }
            s.push_str(if piece == "\\n" { "\n" } else { piece });
        }
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn dense_number_text_is_sound(s in dense_text()) {
        let n = Normalized::new(&s);
        let tokens = tokenize(n.as_str());
        let found = find_numbers(&n, &tokens);
        let mut last_end = 0;
        for m in &found {
            prop_assert!(m.span.start <= m.span.end && m.span.end <= s.len());
            prop_assert!(s.is_char_boundary(m.span.start) && s.is_char_boundary(m.span.end));
            prop_assert!(m.tokens.start >= last_end && m.tokens.start < m.tokens.end);
            last_end = m.tokens.end;
            if let (Some(low), Some(high)) = (m.low, m.high) {
                prop_assert!(low <= high, "{} > {} in {:?}", low, high, s);
            }
        }
    }
}

#[test]
fn every_number_below_ten_thousand_reads_back() {
    for n in 0..=10_000u64 {
        for g in [Gender::Masculine, Gender::Feminine] {
            for c in [Case::Nominative, Case::Oblique] {
                let text = arabic_words(n, g, c);
                let found = read_back(&text);
                assert_eq!(
                    found,
                    vec![(Some(n as f64), NumberKind::Cardinal, text.len())],
                    "{text} ({n} {g:?} {c:?})"
                );
            }
        }
        let text = english_words(n);
        assert_eq!(
            read_back(&text),
            vec![(Some(n as f64), NumberKind::Cardinal, text.len())],
            "{text}"
        );
    }
}

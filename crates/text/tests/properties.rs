//! Laws of the normaliser, the tokenizer and the segmenter, checked on generated text
//! that looks like Arabic news at its messiest: letters with harakat and tatweel, digits
//! of three scripts, presentation forms, bidi marks, Arabic and ASCII punctuation.

use proptest::prelude::*;
use rasid_text::{clauses, clauses_of, normalize_str, sentences, tokenize, Normalized, TokenKind};

/// Characters that exercise every rule of the normaliser.
fn messy_char() -> impl Strategy<Value = char> {
    prop_oneof![
        // Arabic letters, including hamza forms, alef maqsura, taa marbuta.
        4 => prop::char::range('\u{0621}', '\u{064A}'),
        // Harakat, superscript alef, Quranic marks, tatweel.
        1 => prop::char::range('\u{064B}', '\u{065F}'),
        1 => prop::sample::select(vec!['\u{0670}', '\u{0640}', '\u{0610}', '\u{06D6}', '\u{06ED}']),
        // Digits: ASCII, Arabic-Indic, Persian.
        1 => prop::char::range('0', '9'),
        1 => prop::char::range('\u{0660}', '\u{0669}'),
        1 => prop::char::range('\u{06F0}', '\u{06F9}'),
        // Arabic presentation forms A and B (ligatures decompose to several letters).
        1 => prop::char::range('\u{FB50}', '\u{FDFF}'),
        1 => prop::char::range('\u{FE70}', '\u{FEFF}'),
        // Fullwidth forms.
        1 => prop::char::range('\u{FF01}', '\u{FF5E}'),
        // Bidi and zero-width controls, byte order mark, soft hyphen.
        1 => prop::sample::select(vec![
            '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202A}',
            '\u{202E}', '\u{2066}', '\u{2069}', '\u{FEFF}', '\u{061C}', '\u{00AD}',
        ]),
        // Punctuation, Arabic and typographic.
        2 => prop::sample::select(vec![
            '،', '؛', '؟', '٫', '٬', '٪', '۔', '«', '»', '“', '”', '‘', '’', '.', ',', '!',
            '?', ':', ';', '"', '\'', '(', ')', '/', '-', '–', '—', '…', '%',
        ]),
        // Spaces and line breaks of several kinds.
        2 => prop::sample::select(vec![' ', ' ', '\n', '\t', '\u{00A0}', '\u{2009}', '\u{2028}']),
        // ASCII and other Latin with case, including letters whose lower case is longer.
        2 => prop::char::range('A', 'z'),
        1 => prop::sample::select(vec!['İ', 'ß', 'É', 'é', 'Ω', 'Ǆ', 'ﬁ']),
        // Anything at all.
        1 => any::<char>(),
    ]
}

fn messy_text() -> impl Strategy<Value = String> {
    prop::collection::vec(messy_char(), 0..80).prop_map(|cs| cs.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn tokens_cut_while_normalising_are_the_tokens_of_the_result(s in messy_text()) {
        let (n, tokens) = Normalized::with_tokens(&s);
        prop_assert_eq!(n.as_str(), normalize_str(&s));
        prop_assert_eq!(tokens, tokenize(n.as_str()));
    }

    #[test]
    fn normalising_is_idempotent(s in messy_text()) {
        let once = normalize_str(&s);
        prop_assert_eq!(normalize_str(&once), once);
    }

    #[test]
    fn offsets_stay_in_bounds_on_boundaries_and_in_order(s in messy_text()) {
        let n = Normalized::new(&s);
        let norm = n.as_str();
        let mut previous_end = 0;
        let mut previous_start = 0;
        let ends = norm.char_indices().map(|(i, c)| (i, i + c.len_utf8()));
        for (start, end) in ends {
            let range = n.original_range(start..end);
            prop_assert!(range.end <= s.len());
            prop_assert!(s.is_char_boundary(range.start) && s.is_char_boundary(range.end));
            // Every normalised character comes from some original bytes.
            prop_assert!(range.start < range.end, "{:?} maps to an empty range", start..end);
            // Monotone: consecutive characters map to ordered ranges that do not
            // overlap, except characters of one ligature or digit, which share theirs.
            prop_assert!(range.start >= previous_start);
            prop_assert!(
                range.start >= previous_end || range.start == previous_start,
                "{:?} overlaps the previous character", start..end
            );
            previous_start = range.start;
            previous_end = range.end;
        }
        prop_assert_eq!(n.original_range(0..norm.len()).end, s.len());
    }

    #[test]
    fn any_range_maps_inside_the_original(s in messy_text(), a in 0usize..200, b in 0usize..200) {
        let n = Normalized::new(&s);
        let len = n.as_str().len();
        let (lo, hi) = (a.min(b).min(len), a.max(b).min(len));
        let range = n.original_range(lo..hi);
        prop_assert!(range.start <= range.end && range.end <= s.len());
        prop_assert!(s.is_char_boundary(range.start) && s.is_char_boundary(range.end));
    }

    #[test]
    fn tokens_cover_the_text_in_order_without_overlap(s in messy_text()) {
        let n = Normalized::new(&s);
        let norm = n.as_str();
        let tokens = tokenize(norm);
        let mut last = 0;
        for t in &tokens {
            let (start, end) = (t.start as usize, t.end as usize);
            prop_assert!(start >= last && start < end && end <= norm.len());
            prop_assert!(norm.is_char_boundary(start) && norm.is_char_boundary(end));
            // What lies between tokens is white space only.
            prop_assert!(norm[last..start].chars().all(char::is_whitespace));
            prop_assert_eq!(t.space_before, start > last);
            if t.kind == TokenKind::Digits {
                prop_assert!(t.text(norm).bytes().all(|b| b.is_ascii_digit()));
            }
            last = end;
        }
        prop_assert!(norm[last..].chars().all(char::is_whitespace));
    }

    #[test]
    fn segments_partition_the_tokens(s in messy_text()) {
        let n = Normalized::new(&s);
        let tokens = tokenize(n.as_str());
        let sentence_list = sentences(&n, &tokens);
        for segments in [&sentence_list, &clauses(&n, &tokens)] {
            let mut next = 0;
            for seg in segments {
                prop_assert_eq!(seg.tokens.start, next);
                prop_assert!(seg.tokens.end > seg.tokens.start);
                prop_assert!(seg.norm_span.start <= seg.norm_span.end);
                prop_assert!(seg.span.start <= seg.span.end && seg.span.end <= s.len());
                prop_assert!(s.is_char_boundary(seg.span.start) && s.is_char_boundary(seg.span.end));
                // The span is the original range of the normalised span.
                prop_assert_eq!(&seg.span, &n.original_range(seg.norm_span.clone()));
                next = seg.tokens.end;
            }
            prop_assert_eq!(next, tokens.len());
        }
        // Clauses of one sentence are the clauses of the whole text inside it.
        let all = clauses(&n, &tokens);
        for sentence in &sentence_list {
            let inner: Vec<_> = all
                .iter()
                .filter(|c| c.tokens.start >= sentence.tokens.start && c.tokens.end <= sentence.tokens.end)
                .cloned()
                .collect();
            prop_assert_eq!(clauses_of(&n, &tokens, sentence), inner);
        }
        // Clauses never cross a sentence boundary.
        let bounds: Vec<usize> = sentence_list.iter().map(|x| x.tokens.start).collect();
        for c in clauses(&n, &tokens) {
            prop_assert!(!bounds.iter().any(|&b| c.tokens.start < b && b < c.tokens.end));
        }
    }
}

//! Tokens, sentences and clauses never panic and stay inside the text, in order:
//! tokens do not overlap, sentences and clauses each cover every token exactly once,
//! clauses never cross a sentence, and every span lands on character boundaries.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rasid_text::{clauses, sentences, tokenize, Normalized, Segment};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let n = Normalized::new(text);
    let norm = n.as_str();
    let tokens = tokenize(norm);
    let mut last = 0;
    for t in &tokens {
        assert!(t.start as usize >= last && t.start < t.end);
        assert!(norm.is_char_boundary(t.start as usize) && norm.is_char_boundary(t.end as usize));
        last = t.end as usize;
    }
    let sentence_list = sentences(&n, &tokens);
    let clause_list = clauses(&n, &tokens);
    for segments in [&sentence_list, &clause_list] {
        check_partition(text, norm, segments, tokens.len());
    }
    let starts: Vec<usize> = sentence_list.iter().map(|s| s.tokens.start).collect();
    for c in &clause_list {
        assert!(!starts
            .iter()
            .any(|&s| c.tokens.start < s && s < c.tokens.end));
    }
    for s in &sentence_list {
        let inner = rasid_text::clauses_of(&n, &tokens, s);
        check_partition(text, norm, &inner, s.tokens.end);
    }
});

/// `segments` cover tokens `0..end` (or `first..end` from the first segment) in order.
fn check_partition(text: &str, norm: &str, segments: &[Segment], end: usize) {
    let mut next = segments.first().map_or(0, |s| s.tokens.start);
    for s in segments {
        assert_eq!(s.tokens.start, next);
        assert!(s.tokens.end > s.tokens.start);
        assert!(s.norm_span.start <= s.norm_span.end && s.norm_span.end <= norm.len());
        assert!(s.span.start <= s.span.end && s.span.end <= text.len());
        assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        next = s.tokens.end;
    }
    if !segments.is_empty() {
        assert_eq!(next, end);
    }
}

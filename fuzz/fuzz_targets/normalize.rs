//! Normalisation never panics, and its offset map always lands on character boundaries
//! of the original, in order; the tokens cut while normalising are those of the result.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rasid_text::Normalized;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let n = Normalized::new(text);
    let norm = n.as_str();
    let mut last = 0;
    for (i, _) in norm.char_indices().chain(std::iter::once((norm.len(), ' '))) {
        let range = n.original_range(last..i);
        assert!(range.start <= range.end && range.end <= text.len());
        assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        last = i;
    }
    assert_eq!(rasid_text::normalize_str(norm), norm, "normalisation is idempotent");
    let (with_tokens, tokens) = Normalized::with_tokens(text);
    assert_eq!(with_tokens.as_str(), norm);
    assert_eq!(tokens, rasid_text::tokenize(norm), "tokens cut in the normalising pass");
});

//! The knowledge annotator never panics, and every entity points at real bytes in text
//! order without overlap.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rasid_lexicon::{annotate, Knowledge};
use rasid_text::Normalized;
use std::sync::LazyLock;

static KNOWLEDGE: LazyLock<Knowledge> = LazyLock::new(Knowledge::bundled);

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (n, tokens) = Normalized::with_tokens(text);
    let mut last_end = 0;
    for e in annotate(&KNOWLEDGE, &n, &tokens) {
        assert!(e.start >= last_end && e.start <= e.end && e.end <= text.len());
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
        assert_eq!(&text[e.start..e.end], e.text);
        last_end = e.end;
    }
});

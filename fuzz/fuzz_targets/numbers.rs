//! The number parser never panics and every mention points at real bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rasid_text::{tokenize, Normalized};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let n = Normalized::new(text);
    let tokens = tokenize(n.as_str());
    for m in rasid_numbers::find_numbers(&n, &tokens) {
        assert!(m.span.start <= m.span.end && m.span.end <= text.len());
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        if let (Some(low), Some(high)) = (m.low, m.high) {
            assert!(low <= high, "{low} > {high} in {:?}", &text[m.span.clone()]);
        }
    }
});

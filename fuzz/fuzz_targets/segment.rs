//! Tokens and segments never panic and stay inside the text, in order.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rasid_text::{tokenize, Normalized};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let n = Normalized::new(text);
    let tokens = tokenize(n.as_str());
    let mut last = 0;
    for t in &tokens {
        assert!(t.start as usize >= last && t.start < t.end);
        assert!(n.as_str().is_char_boundary(t.start as usize));
        last = t.end as usize;
    }
});

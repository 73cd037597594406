//! The time parser never panics, with or without a reference, and every mention points
//! at real bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rasid_text::{tokenize, Normalized};
use rasid_time::{Prefer, TimeOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let n = Normalized::new(text);
    let tokens = tokenize(n.as_str());
    let reference = jiff::civil::date(2022, 1, 20).at(19, 0, 0, 0);
    for options in [
        TimeOptions::default(),
        TimeOptions { reference: Some(reference), prefer: Prefer::Past },
        TimeOptions { reference: Some(reference), prefer: Prefer::Future },
    ] {
        for m in rasid_time::find_times(&n, &tokens, &options) {
            assert!(m.span.start <= m.span.end && m.span.end <= text.len());
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            if let (Some(start), Some(end)) = (m.start, m.end) {
                assert!(start <= end, "{start} > {end} in {:?}", &text[m.span.clone()]);
            }
        }
    }
});

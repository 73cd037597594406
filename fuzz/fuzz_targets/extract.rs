//! The claims reader never panics, with or without a publication date, and every claim's
//! evidence, figure, actor, source and time words point at real bytes of the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rasid_extract::{extract, ClaimWords};
use rasid_lexicon::Knowledge;
use std::sync::LazyLock;

static KNOWLEDGE: LazyLock<Knowledge> = LazyLock::new(Knowledge::bundled);
static WORDS: LazyLock<ClaimWords> = LazyLock::new(ClaimWords::bundled);

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // The first byte chooses whether the text has a publication date to resolve against.
    let published = (data.first().is_some_and(|b| b % 2 == 0))
        .then(|| jiff::civil::date(2015, 8, 5).at(10, 0, 0, 0));
    for c in extract(&WORDS, &KNOWLEDGE, text, published).claims {
        if let (Some(start), Some(end)) = (c.time.start, c.time.end) {
            assert!(start <= end);
        }
        let ranges = [
            Some(c.evidence),
            Some(c.figure),
            c.actor_text,
            c.source.text,
            c.time.text,
        ];
        for r in ranges.into_iter().flatten() {
            assert!(r.start <= r.end && r.end <= text.len());
            assert!(text.get(r).is_some());
        }
        if let (Some(low), Some(high)) = (c.value.low, c.value.high) {
            assert!(low <= high);
        }
    }
});

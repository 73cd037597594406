//! The claims reader never panics, and every claim's evidence, figure, actor and source
//! words point at real bytes of the text.
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
    for c in extract(&WORDS, &KNOWLEDGE, text, None).claims {
        let ranges = [Some(c.evidence), Some(c.figure), c.actor_text, c.source.text];
        for r in ranges.into_iter().flatten() {
            assert!(r.start <= r.end && r.end <= text.len());
            assert!(text.get(r).is_some());
        }
        if let (Some(low), Some(high)) = (c.value.low, c.value.high) {
            assert!(low <= high);
        }
    }
});

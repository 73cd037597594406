//! Any bytes as a feed: items or an error, never a panic; a feed read has items, and an
//! item's text, when it has one, is not blank.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rasid_ingest::read_feed;

fuzz_target!(|data: &[u8]| {
    let Ok(feed) = read_feed(data) else {
        return;
    };
    assert!(!feed.items.is_empty());
    for item in &feed.items {
        if let Some(text) = &item.text {
            assert!(!text.trim().is_empty());
        }
    }
});

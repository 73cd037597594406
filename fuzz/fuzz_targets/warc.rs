//! Any bytes as a WARC archive: records numbered 1, 2, 3 ... then at most one error and
//! nothing after it; no block longer than the input; never a panic, nor a hang on a
//! lying Content-Length. Each record's HTML, if any, is no longer than its block plus
//! nothing (chunks only shrink it).
#![no_main]
use libfuzzer_sys::fuzz_target;
use rasid_ingest::WarcReader;

fuzz_target!(|data: &[u8]| {
    let mut expected = 1;
    let mut failed = false;
    for record in WarcReader::new(data) {
        assert!(!failed, "a record after an error");
        match record {
            Ok(record) => {
                assert_eq!(record.number, expected);
                assert!(record.block.len() <= data.len());
                if let Some(html) = record.html() {
                    assert!(html.len() <= record.block.len());
                }
                expected += 1;
            }
            Err(_) => failed = true,
        }
    }
});

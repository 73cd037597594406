//! Decoding never panics on any bytes, and what it returns is text: no NUL, no
//! byte-order mark kept, and valid UTF-8 without one comes back unchanged.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rasid_ingest::decode;

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = decode(data) else {
        return;
    };
    assert!(!decoded.text.is_empty());
    assert!(!decoded.text.contains('\0'));
    if !decoded.bom {
        if let Ok(utf8) = std::str::from_utf8(data) {
            assert_eq!(decoded.text, utf8);
            assert_eq!(decoded.encoding, "UTF-8");
        }
    }
});

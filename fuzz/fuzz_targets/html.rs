//! Any bytes as an HTML page: an article with text that has a letter or digit and no
//! NUL, or an error; never a panic, whatever the markup, charset declaration or JSON-LD.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rasid_ingest::read_html;

fuzz_target!(|data: &[u8]| {
    let Ok(article) = read_html(data, Some("https://www.example.com/news/1")) else {
        return;
    };
    assert!(article.text.chars().any(char::is_alphanumeric));
    assert!(!article.text.contains('\0'));
    assert!(!article.text.starts_with(char::is_whitespace));
});

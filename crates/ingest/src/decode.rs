//! Bytes of unknown encoding to UTF-8 text.
//!
//! Arabic news files come as UTF-8 (sometimes with a byte-order mark), as UTF-16 from
//! Windows tools, and as Windows-1256 or ISO-8859-6 from older sites. A byte-order mark
//! decides when there is one; valid UTF-8 is taken as UTF-8; anything else goes to
//! chardetng, whose guess for Arabic bytes is one of the two legacy Arabic code pages.
//! Binary files are refused rather than turned into pages of mojibake.

use chardetng::EncodingDetector;
use encoding_rs::{Encoding, UTF_8};

/// Text decoded from bytes, with how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text as UTF-8, without the byte-order mark.
    pub text: String,
    /// The WHATWG name of the encoding it was read in (`UTF-8`, `UTF-16LE`,
    /// `windows-1256`, `ISO-8859-6`, ...).
    pub encoding: &'static str,
    /// Whether the bytes began with a byte-order mark (dropped from `text`), which
    /// shifts every offset into `text` against the bytes even for UTF-8.
    pub bom: bool,
    /// Whether some bytes were malformed in that encoding and became U+FFFD.
    pub replaced: bool,
}

/// Why bytes are not text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// No bytes at all (or only a byte-order mark).
    #[error("empty")]
    Empty,
    /// A NUL character: text files never hold one, binary files nearly always do.
    #[error("binary data: NUL character at byte {offset}")]
    Nul {
        /// Byte offset of the first NUL in the input (after any byte-order mark, for
        /// UTF-16 the offset of its code unit).
        offset: usize,
    },
    /// Too many control characters or undecodable bytes for the bytes to be text.
    #[error("binary data: {percent}% of the characters are control characters or undecodable")]
    Junk {
        /// The share of such characters, in whole percent.
        percent: u32,
    },
}

/// Share of control or undecodable characters (in percent) above which bytes are junk.
/// Real text has next to none; a few stray ones (a form feed, a bad byte) are tolerated.
const MAX_JUNK_PERCENT: usize = 10;

/// Decodes bytes of unknown encoding: UTF-8 (with or without BOM), UTF-16 LE/BE with a
/// BOM, else the encoding chardetng guesses (Windows-1256 or ISO-8859-6 for Arabic);
/// binary junk (NUL characters, mostly control characters) is an error, not text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let (encoding, bom_len) = match Encoding::for_bom(bytes) {
        Some((encoding, len)) => (encoding, len),
        // Valid UTF-8 without a mark (nearly every input): validated once, not again by
        // encoding_rs, and no NUL can hide in a character.
        None => match std::str::from_utf8(bytes) {
            Ok(text) => return decode_utf8(text),
            Err(_) => {
                let mut detector = EncodingDetector::new();
                detector.feed(bytes, true);
                (detector.guess(None, false), 0)
            }
        },
    };
    let body = bytes.get(bom_len..).unwrap_or_default();
    if body.is_empty() {
        return Err(DecodeError::Empty);
    }
    if !is_utf16(encoding) {
        if let Some(offset) = body.iter().position(|&b| b == 0) {
            return Err(DecodeError::Nul { offset });
        }
    }
    let (text, replaced) = encoding.decode_without_bom_handling(body);
    if let Some(index) = text.find('\0') {
        return Err(DecodeError::Nul {
            offset: index_in_utf16(&text, index),
        });
    }
    check_junk(&text)?;
    Ok(Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        bom: bom_len > 0,
        replaced,
    })
}

/// [`decode`] of bytes that are valid UTF-8 without a byte-order mark.
fn decode_utf8(text: &str) -> Result<Decoded, DecodeError> {
    check_utf8(text)?;
    Ok(utf8(text.to_owned()))
}

/// [`decode`] of bytes the caller gives up: valid UTF-8 without a byte-order mark (nearly
/// every input) becomes the text as it is, without a copy.
pub(crate) fn decode_owned(bytes: Vec<u8>) -> Result<Decoded, DecodeError> {
    if Encoding::for_bom(&bytes).is_some() {
        return decode(&bytes);
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            check_utf8(&text)?;
            Ok(utf8(text))
        }
        Err(error) => decode(error.as_bytes()),
    }
}

/// Text read as UTF-8 without a byte-order mark.
fn utf8(text: String) -> Decoded {
    Decoded {
        text,
        encoding: UTF_8.name(),
        bom: false,
        replaced: false,
    }
}

/// [`decode`]'s checks of valid UTF-8 without a byte-order mark, in its order: empty,
/// NUL, junk.
fn check_utf8(text: &str) -> Result<(), DecodeError> {
    if text.is_empty() {
        return Err(DecodeError::Empty);
    }
    // `contains` of a byte is a memchr; the position is looked for only when there is one.
    if text.as_bytes().contains(&0) {
        let offset = text.bytes().position(|b| b == 0).unwrap_or(0);
        return Err(DecodeError::Nul { offset });
    }
    check_junk(text)
}

fn is_utf16(encoding: &'static Encoding) -> bool {
    encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE
}

/// Byte offset in UTF-16 of the character at `index` of `text` (two bytes a code unit).
fn index_in_utf16(text: &str, index: usize) -> usize {
    text.get(..index)
        .map_or(0, |before| before.encode_utf16().count() * 2)
}

/// Refuses text whose characters are mostly control characters (other than white
/// space) or replacement characters.
///
/// Read byte by byte, the whole input being asked: control characters are U+0000..U+001F
/// and U+007F (one byte) and U+0080..U+009F (`C2 80`..`C2 9F`); the replacement
/// character is `EF BF BD`.
fn check_junk(text: &str) -> Result<(), DecodeError> {
    let bytes = text.as_bytes();
    let total = text.chars().count();
    // A control character other than white space, or the first byte of a two- or
    // three-byte one that may be junk; as 0 or 1, so that a block's test vectorises.
    let may_start_junk = |b: u8| {
        (u8::from(b < 0x20) & u8::from(!matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)))
            | u8::from(b == 0x7f)
            | u8::from(b == 0xc2)
            | u8::from(b == 0xef)
    };
    let mut junk = 0usize;
    // Most blocks hold no byte that may start a junk character (line breaks and tabs
    // are none); one branch-free test skips them.
    const BLOCK: usize = 32;
    for (n, block) in bytes.chunks(BLOCK).enumerate() {
        if block.iter().fold(0, |any, &b| any | may_start_junk(b)) == 0 {
            continue;
        }
        for (k, &b) in block.iter().enumerate() {
            let i = n * BLOCK + k;
            let is_junk = match b {
                b'\t' | b'\n' | b'\r' | 0x0c => false,
                0x00..=0x1f | 0x7f => true,
                0xc2 => matches!(bytes.get(i + 1), Some(0x80..=0x9f)),
                0xef => bytes.get(i + 1..i + 3) == Some(&[0xbf, 0xbd]),
                _ => false,
            };
            junk += usize::from(is_junk);
        }
    }
    if total > 0 && junk * 100 > total * MAX_JUNK_PERCENT {
        let percent = u32::try_from(junk * 100 / total).unwrap_or(100);
        return Err(DecodeError::Junk { percent });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The character-by-character definition the byte scan of [`check_junk`] follows.
    fn junk_by_chars(text: &str) -> (usize, usize) {
        let total = text.chars().count();
        let junk = text
            .chars()
            .filter(|&c| match c {
                '\t' | '\n' | '\r' | '\u{c}' => false,
                '\u{fffd}' => true,
                c => c.is_control(),
            })
            .count();
        (total, junk)
    }

    #[test]
    fn junk_is_counted_as_characters_are() {
        let cases = [
            "",
            "قتل ثلاثة مدنيين\n",
            "a\u{1}b\u{7f}c\u{85}d\u{9f}e\u{a0}f",
            "\u{fffd}\u{fffd}x\u{fffe}\u{feff}",
            "\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}\u{b}\u{e}text",
            "tab\tform\u{c}feed\r\n",
            "ﻻ ﷲ \u{c2} \u{ef}",
        ];
        for text in cases {
            let (total, junk) = junk_by_chars(text);
            let expected = total > 0 && junk * 100 > total * MAX_JUNK_PERCENT;
            assert_eq!(check_junk(text).is_err(), expected, "{text:?}");
        }
        // Just under and just over the limit: 1 junk character in 11, then in 9.
        assert!(check_junk(&format!("\u{85}{}", "ﻻ".repeat(10))).is_ok());
        assert!(check_junk(&format!("\u{85}{}", "ﻻ".repeat(8))).is_err());
    }

    #[test]
    fn utf8_without_a_mark_is_checked_as_any_text() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b"ab\0c"), Err(DecodeError::Nul { offset: 2 }));
        assert!(matches!(
            decode(b"\x01\x02\x03x"),
            Err(DecodeError::Junk { percent: 75 })
        ));
        let decoded = decode("نص".as_bytes());
        assert_eq!(
            decoded.map(|d| (d.text, d.encoding)),
            Ok(("نص".to_string(), "UTF-8"))
        );
    }
}

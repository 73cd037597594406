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
        None if std::str::from_utf8(bytes).is_ok() => (UTF_8, 0),
        None => {
            let mut detector = EncodingDetector::new();
            detector.feed(bytes, true);
            (detector.guess(None, false), 0)
        }
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
fn check_junk(text: &str) -> Result<(), DecodeError> {
    let mut total = 0usize;
    let mut junk = 0usize;
    for c in text.chars() {
        total += 1;
        let is_junk = match c {
            '\t' | '\n' | '\r' | '\u{c}' => false,
            '\u{fffd}' => true,
            c => c.is_control(),
        };
        junk += usize::from(is_junk);
    }
    if total > 0 && junk * 100 > total * MAX_JUNK_PERCENT {
        let percent = u32::try_from(junk * 100 / total).unwrap_or(100);
        return Err(DecodeError::Junk { percent });
    }
    Ok(())
}

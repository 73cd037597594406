//! Tokens of a normalised text: words, digit runs and punctuation.
//!
//! Numbers, dates and lexicon lookups all walk the same tokens, so they are cut once
//! here. A token never spans a change of kind: `ال192` is the word `ال` followed by the
//! digits `192` with no space between, which is how parsers see prefixes glued to
//! numbers (`بـ3` becomes `ب` `3` after tatweel is dropped).

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters of any script (Arabic, Latin, ...).
    Word,
    /// ASCII digits `0-9` (other digit scripts are already folded by normalisation).
    Digits,
    /// Any single other visible character: punctuation, symbols.
    Punct,
}

/// One token, with byte offsets into the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte in the normalised text.
    pub start: u32,
    /// One past the last byte in the normalised text.
    pub end: u32,
    /// What the token is made of.
    pub kind: TokenKind,
    /// Whether white space separates this token from the previous one. Parsers use it to
    /// tell `1,500` (one number) from `1, 500` (two).
    pub space_before: bool,
    /// Whether a line break separates this token from the previous one: no expression
    /// crosses a paragraph.
    pub newline_before: bool,
}

impl Token {
    /// The token's byte range in the normalised text.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The token's text, given the normalised text it was cut from.
    pub fn text<'t>(&self, normalized: &'t str) -> &'t str {
        &normalized[self.range()]
    }

    /// The single character of a punctuation token (or the first of any token).
    pub fn first_char(&self, normalized: &str) -> char {
        self.text(normalized).chars().next().unwrap_or(' ')
    }
}

/// Cuts a normalised text into tokens.
pub fn tokenize(normalized: &str) -> Vec<Token> {
    // About one token per five bytes, and a few more so that a short English phrase
    // (`about 2.5 million displaced`) never grows the vector.
    let mut tokens = Vec::with_capacity(normalized.len() / 5 + 4);
    let arabic = &*ARABIC_WORD_CHARS;
    let bytes = normalized.as_bytes();
    let mut i = 0;
    let mut space_before = false;
    let mut newline_before = false;
    while let Some(&b) = bytes.get(i) {
        // The two commonest cases first: a space, an Arabic letter.
        if b == b' ' {
            space_before = true;
            i += 1;
            continue;
        }
        let (kind, end) = if b & 0xFC == 0xD8 && is_arabic_word_char(bytes, i, arabic) {
            // The first letter is known to be one: the word goes on after it.
            (TokenKind::Word, word_end(normalized, i + 2, arabic))
        } else if b.is_ascii_digit() {
            let mut j = i + 1;
            while j < bytes.len() && bytes[j].is_ascii_digit() {
                j += 1;
            }
            (TokenKind::Digits, j)
        } else if b.is_ascii_alphabetic() || (b >= 0x80 && is_word_char_at(normalized, i, arabic)) {
            (TokenKind::Word, word_end(normalized, i, arabic))
        } else if b.is_ascii_whitespace() {
            space_before = true;
            newline_before |= b == b'\n';
            i += 1;
            continue;
        } else {
            let len = utf8_len(b);
            let c = normalized[i..].chars().next().unwrap_or(' ');
            if c.is_whitespace() {
                space_before = true;
                i += len;
                continue;
            }
            (TokenKind::Punct, i + len)
        };
        tokens.push(Token {
            start: i as u32,
            end: end as u32,
            kind,
            space_before,
            newline_before,
        });
        space_before = false;
        newline_before = false;
        i = end;
    }
    tokens
}

/// Cuts tokens from characters fed in text order with their positions in the
/// normalised text, so that the normaliser can cut them as it writes instead of a second
/// pass over its output ([`crate::Normalized::with_tokens`]). Gives exactly what
/// [`tokenize`] gives on the finished text: a property test holds the two together.
pub(crate) struct TokenSink {
    tokens: Vec<Token>,
    /// The word or digit run being read: its kind and first byte.
    open: Option<(TokenKind, u32)>,
    /// The separators seen since the last token was opened.
    space_before: bool,
    newline_before: bool,
    /// What the open token had before it.
    open_space_before: bool,
    open_newline_before: bool,
    arabic: &'static [bool; 256],
}

impl TokenSink {
    /// A sink for a text of about `len` bytes.
    pub(crate) fn with_capacity(len: usize) -> Self {
        TokenSink {
            tokens: Vec::with_capacity(len / 5 + 4),
            open: None,
            space_before: false,
            newline_before: false,
            open_space_before: false,
            open_newline_before: false,
            arabic: &ARABIC_WORD_CHARS,
        }
    }

    /// The character of the Arabic block at offset `index` from U+0600, kept as it is,
    /// at normalised byte `at`: the hot path, one table lookup and one comparison.
    #[inline]
    pub(crate) fn arabic(&mut self, at: usize, index: usize) {
        if self.arabic.get(index).copied().unwrap_or(false) {
            self.word(at);
        } else {
            self.punct(at, 2);
        }
    }

    /// An ASCII byte at normalised byte `at` (after case folding).
    #[inline]
    pub(crate) fn ascii(&mut self, at: usize, b: u8) {
        match b {
            b' ' => self.space(at, false),
            b'a'..=b'z' | b'A'..=b'Z' => self.word(at),
            b'0'..=b'9' => self.digit(at),
            b'\n' => self.space(at, true),
            b'\t' | b'\r' | 0x0B | 0x0C => self.space(at, false),
            _ => self.punct(at, 1),
        }
    }

    /// Any normalised output starting at byte `at`, classified character by character
    /// as [`tokenize`] does.
    pub(crate) fn text(&mut self, at: usize, s: &str) {
        for (offset, c) in s.char_indices() {
            let at = at + offset;
            let code = c as u32;
            if c.is_ascii() {
                self.ascii(at, code as u8);
            } else if (0x0600..0x0700).contains(&code) {
                self.arabic(at, (code - 0x0600) as usize);
            } else if is_word_char(c) {
                self.word(at);
            } else if c.is_whitespace() {
                self.space(at, false);
            } else {
                self.punct(at, c.len_utf8());
            }
        }
    }

    /// A letter at normalised byte `at`: opens a word unless one is open.
    #[inline]
    pub(crate) fn word(&mut self, at: usize) {
        if !matches!(self.open, Some((TokenKind::Word, _))) {
            self.open(at, TokenKind::Word);
        }
    }

    #[inline]
    fn digit(&mut self, at: usize) {
        if !matches!(self.open, Some((TokenKind::Digits, _))) {
            self.open(at, TokenKind::Digits);
        }
    }

    fn open(&mut self, at: usize, kind: TokenKind) {
        self.close(at);
        self.open = Some((kind, to_u32(at)));
        self.open_space_before = self.space_before;
        self.open_newline_before = self.newline_before;
        self.space_before = false;
        self.newline_before = false;
    }

    fn space(&mut self, at: usize, newline: bool) {
        self.close(at);
        self.space_before = true;
        self.newline_before |= newline;
    }

    fn punct(&mut self, at: usize, len: usize) {
        self.close(at);
        self.tokens.push(Token {
            start: to_u32(at),
            end: to_u32(at + len),
            kind: TokenKind::Punct,
            space_before: self.space_before,
            newline_before: self.newline_before,
        });
        self.space_before = false;
        self.newline_before = false;
    }

    /// Ends the open word or digit run at byte `at`.
    #[inline]
    fn close(&mut self, at: usize) {
        if let Some((kind, start)) = self.open.take() {
            self.tokens.push(Token {
                start,
                end: to_u32(at),
                kind,
                space_before: self.open_space_before,
                newline_before: self.open_newline_before,
            });
        }
    }

    /// The tokens of a normalised text `len` bytes long.
    pub(crate) fn finish(mut self, len: usize) -> Vec<Token> {
        self.close(len);
        self.tokens
    }
}

/// Token offsets are `u32`, as the normaliser's; longer texts are split long before.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One past the last byte of the word starting at `start`.
#[inline]
fn word_end(s: &str, start: usize, arabic: &[bool; 256]) -> usize {
    let bytes = s.as_bytes();
    let mut j = start;
    while let Some(&c) = bytes.get(j) {
        if c & 0xFC == 0xD8 {
            // Arabic letters, the bulk of the text: answered without decoding.
            if !is_arabic_word_char(bytes, j, arabic) {
                break;
            }
            j += 2;
        } else if c.is_ascii_alphabetic() {
            j += 1;
        } else if c >= 0x80 && is_word_char_at(s, j, arabic) {
            j += utf8_len(c);
        } else {
            break;
        }
    }
    j
}

/// Whether the character at byte `i` belongs in a word; `arabic` is
/// [`ARABIC_WORD_CHARS`], passed in so that the hot loop does not touch the lazy cell.
#[inline]
fn is_word_char_at(s: &str, i: usize, arabic: &[bool; 256]) -> bool {
    let bytes = s.as_bytes();
    if bytes.get(i).is_some_and(|&lead| lead & 0xFC == 0xD8) {
        return is_arabic_word_char(bytes, i, arabic);
    }
    s.get(i..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(is_word_char)
}

/// Whether the character at `i`, whose lead byte is in 0xD8..=0xDB (U+0600..U+06FF),
/// belongs in a word: one table lookup.
#[inline]
fn is_arabic_word_char(bytes: &[u8], i: usize, arabic: &[bool; 256]) -> bool {
    let lead = bytes.get(i).map_or(0, |&b| b & 0x03);
    let low = bytes.get(i + 1).map_or(0, |&b| b & 0x3F);
    let index = (usize::from(lead) << 6) | usize::from(low);
    arabic.get(index).copied().unwrap_or(false)
}

/// Whether the character U+0600 + `index` belongs in a word.
pub(crate) fn is_arabic_word_index(index: usize) -> bool {
    ARABIC_WORD_CHARS.get(index).copied().unwrap_or(false)
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c)
}

/// [`is_word_char`] for U+0600..U+06FF, computed once from it.
static ARABIC_WORD_CHARS: std::sync::LazyLock<[bool; 256]> = std::sync::LazyLock::new(|| {
    let mut table = [false; 256];
    for (offset, slot) in (0u32..).zip(table.iter_mut()) {
        *slot = char::from_u32(0x0600 + offset).is_some_and(is_word_char);
    }
    table
});

/// Combining marks that normalisation keeps (non-Arabic scripts) stay inside words.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}')
}

fn utf8_len(first_byte: u8) -> usize {
    match first_byte {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{normalize_str, Normalized};

    fn cut(s: &str) -> Vec<(String, TokenKind, bool)> {
        let n = normalize_str(s);
        tokenize(&n)
            .iter()
            .map(|t| (t.text(&n).to_string(), t.kind, t.space_before))
            .collect()
    }

    #[test]
    fn words_digits_and_punctuation() {
        use TokenKind::*;
        assert_eq!(
            cut("قتل ١٤٠ عنصراً، ال١٩٢"),
            vec![
                ("قتل".into(), Word, false),
                ("140".into(), Digits, true),
                ("عنصرا".into(), Word, true),
                (",".into(), Punct, false),
                ("ال".into(), Word, true),
                ("192".into(), Digits, false),
            ]
        );
        assert_eq!(
            cut("بـ3 and 1,500"),
            vec![
                ("ب".into(), Word, false),
                ("3".into(), Digits, false),
                ("and".into(), Word, true),
                ("1".into(), Digits, true),
                (",".into(), Punct, false),
                ("500".into(), Digits, false),
            ]
        );
    }

    #[test]
    fn tokens_cut_while_normalising_match_a_second_pass() {
        let cases = [
            "قُتِلَ ١٤٠ عنصراً، ال١٩٢ في «الحسكة»",
            "بـ3 and 1,500 The SDF\u{00A0}said\n\nU.S. forces",
            "\u{FEFB}\u{FE8D}\u{FEDF} Ａ１ İstanbul ﬁve\u{200F}؟",
            "قـــوات\t٢٫٥%\u{2028}x\u{0301}y ۞ ؍",
            "",
        ];
        for text in cases {
            let (n, tokens) = Normalized::with_tokens(text);
            assert_eq!(tokens, tokenize(n.as_str()), "tokens of {text:?}");
        }
    }

    #[test]
    fn newline_is_recorded() {
        let n = normalize_str("a\n\nb");
        let t = tokenize(&n);
        assert!(t[1].newline_before && t[1].space_before);
        assert!(!t[0].newline_before);
    }
}

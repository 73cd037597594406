//! Offset-preserving normalisation for matching.
//!
//! Arabic news writes the same word many ways: `أكثر` and `اكثر`, `مائة` and `مئة`,
//! `٣` and `3`, with or without harakat, tatweel or invisible bidi marks. Every
//! matcher downstream (numbers, dates, lexicons) compares against one canonical form,
//! produced here. The canonical form is for matching only and is never shown to a user:
//! every position in it maps back to a byte range of the original text, so that
//! evidence always points at real bytes.
//!
//! The map is stored as *runs*. A linear run is a stretch where normalised and original
//! bytes correspond one to one (plain ASCII, Arabic letters, or letters replaced by one
//! of the same UTF-8 length such as `أ` to `ا`). An atomic run is one original character
//! (or ligature) whose replacement has a different length (`٣` to `3`, `ﻻ` to `لا`);
//! positions inside it map to the whole source character. Dropped characters (harakat,
//! tatweel, zero-width and bidi controls) emit nothing and leave a gap between runs.

use crate::tokens::TokenSink;
use std::ops::Range;

/// A text in matching form, with the map back to the original bytes.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    original: &'a str,
    text: String,
    runs: Vec<Run>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    /// First normalised byte of the run.
    norm_start: u32,
    /// First original byte of the run.
    orig_start: u32,
    /// One past the last original byte of the run.
    orig_end: u32,
    /// Whether normalised and original bytes correspond one to one inside the run.
    linear: bool,
}

/// What one original character becomes in matching form.
enum Mapped {
    /// The character itself.
    Keep,
    /// Nothing: the character carries no meaning for matching.
    Drop,
    /// Another single character.
    Char(char),
    /// Several characters (compatibility decompositions of ligatures).
    Str(String),
}

impl<'a> Normalized<'a> {
    /// Normalises `original` for matching.
    ///
    /// Never fails: any valid UTF-8 has a matching form. Runs in one pass with an ASCII
    /// fast path, since the throughput of the whole pipeline rests on it.
    pub fn new(original: &'a str) -> Self {
        Self::build(original, &mut NoTokens)
    }

    /// Normalises `original` and cuts the matching form into tokens in the same pass:
    /// what `let n = Normalized::new(original); let t = tokenize(n.as_str());` gives,
    /// without reading the text twice. Pipelines use this; [`crate::tokenize`] remains
    /// for text that is already normalised.
    pub fn with_tokens(original: &'a str) -> (Self, Vec<crate::Token>) {
        let mut sink = TokenSink::with_capacity(original.len());
        let normalized = Self::build(original, &mut sink);
        let tokens = sink.finish(normalized.text.len());
        (normalized, tokens)
    }

    /// The one normalising loop, feeding what it writes to `sink` (nothing for
    /// [`Self::new`], which the compiler then leaves out).
    fn build(original: &'a str, sink: &mut impl CharSink) -> Self {
        let arabic = &*ARABIC_BLOCK;
        let mut builder = Builder {
            text: String::with_capacity(original.len()),
            runs: Vec::with_capacity(16),
            unchanged: 0,
            linear_norm: 0,
            linear_orig: 0,
        };
        let bytes = original.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b & 0xFC == 0xD8 {
                // The Arabic block U+0600..U+06FF: its class comes from a table.
                let low = bytes.get(i + 1).map_or(0, |&c| c & 0x3F);
                let index = (usize::from(b & 0x03) << 6) | usize::from(low);
                let opens_word = if arabic.keep_word(index) {
                    sink.word(builder.norm_position(i));
                    i += 2;
                    true
                } else if arabic.keep(index) {
                    sink.arabic(builder.norm_position(i), index);
                    i += 2;
                    false
                } else {
                    match arabic.classes.get(index) {
                        Some(Class::Drop) => {
                            builder.drop(original, i, 2);
                            i += 2;
                            continue;
                        }
                        Some(&Class::Replace(m)) => {
                            // Always a letter (`أ` -> `ا`, `ة` -> `ه`): a word goes on.
                            sink.word(builder.norm_position(i));
                            builder.replace(original, i, 2, m);
                            i += 2;
                            true
                        }
                        Some(&Class::Atomic(m)) => {
                            sink.text(builder.norm_position(i), m);
                            builder.push_atomic(original, m, i, 2);
                            i += 2;
                            continue;
                        }
                        _ => false,
                    }
                };
                if opens_word {
                    // The rest of the word: letters kept as they are, letters replaced by
                    // letters and dropped marks all leave the word open, so the sink has
                    // nothing to do until it ends.
                    while let (Some(&lead), Some(&next)) = (bytes.get(i), bytes.get(i + 1)) {
                        if lead & 0xFC != 0xD8 {
                            break;
                        }
                        let index = (usize::from(lead & 0x03) << 6) | usize::from(next & 0x3F);
                        if arabic.keep_word(index) {
                            i += 2;
                            continue;
                        }
                        match arabic.classes.get(index) {
                            Some(&Class::Replace(m)) => builder.replace(original, i, 2, m),
                            Some(Class::Drop) => builder.drop(original, i, 2),
                            _ => break,
                        }
                        i += 2;
                    }
                    continue;
                }
                if arabic.keep(index) {
                    continue;
                }
            } else if b < 0x80 {
                let at = builder.norm_position(i);
                if b.is_ascii_uppercase() {
                    builder.replace(original, i, 1, char::from(b.to_ascii_lowercase()));
                }
                sink.ascii(at, b.to_ascii_lowercase());
                i += 1;
                continue;
            }
            let Some(c) = original.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            let len = c.len_utf8();
            let at = builder.norm_position(i);
            match map_char(c) {
                Mapped::Keep => sink.text(at, original.get(i..i + len).unwrap_or_default()),
                Mapped::Drop => builder.drop(original, i, len),
                Mapped::Char(m) => {
                    let mut buf = [0u8; 4];
                    let m = m.encode_utf8(&mut buf);
                    sink.text(at, m);
                    if m.len() == len {
                        builder.replace_str(original, i, len, m);
                    } else {
                        builder.push_atomic(original, m, i, len);
                    }
                }
                Mapped::Str(s) => {
                    sink.text(at, &s);
                    builder.push_atomic(original, &s, i, len);
                }
            }
            i += len;
        }
        builder.finish(original);
        Normalized {
            original,
            text: builder.text,
            runs: builder.runs,
        }
    }

    /// The original text this was made from.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// The matching form.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a normalised position to the original byte where the character at that
    /// position starts. A position at the end maps to the end of the original.
    pub fn original_start(&self, norm: usize) -> usize {
        self.start_in_run(norm, |n| self.run_index(n))
    }

    /// [`Self::original_start`], with `index_of` finding the run of a position.
    fn start_in_run(&self, norm: usize, index_of: impl FnOnce(usize) -> usize) -> usize {
        if norm >= self.text.len() {
            return self.original.len();
        }
        let run = &self.runs[index_of(norm)];
        if run.linear {
            // A position inside a character (a caller's slip) snaps back to its start.
            let mut orig = run.orig_start as usize + (norm - run.norm_start as usize);
            while !self.original.is_char_boundary(orig) {
                orig -= 1;
            }
            orig
        } else {
            run.orig_start as usize
        }
    }

    /// Maps an exclusive normalised end position to the exclusive original end, so that
    /// the original range covers every source byte of the characters before `norm`,
    /// including dropped marks (harakat, tatweel) that follow the last of them.
    pub fn original_end(&self, norm: usize) -> usize {
        self.end_in_run(norm, |n| self.run_index(n))
    }

    /// [`Self::original_end`], with `index_of` finding the run of a position.
    fn end_in_run(&self, norm: usize, index_of: impl FnOnce(usize) -> usize) -> usize {
        if norm == 0 {
            return self.runs.first().map_or(0, |r| r.orig_start as usize);
        }
        if norm >= self.text.len() {
            return self.original.len();
        }
        let index = index_of(norm - 1);
        let run = &self.runs[index];
        let run_norm_end = self.run_norm_end(index);
        if norm == run_norm_end {
            // At a run boundary: take in the dropped characters before the next run.
            self.runs
                .get(index + 1)
                .map_or(self.original.len(), |next| next.orig_start as usize)
        } else if run.linear {
            // A position inside a character (a caller's slip) snaps forward to its end.
            let mut orig = run.orig_start as usize + (norm - run.norm_start as usize);
            while !self.original.is_char_boundary(orig) {
                orig += 1;
            }
            orig
        } else {
            run.orig_end as usize
        }
    }

    /// Maps a normalised byte range to the original byte range it came from.
    pub fn original_range(&self, norm: Range<usize>) -> Range<usize> {
        let start = self.original_start(norm.start);
        let end = self.original_end(norm.end).max(start);
        start..end
    }

    /// [`Self::original_range`] for many ranges in increasing order, such as the
    /// segments of a text: `cursor` (start it at 0) keeps the run the last lookup ended
    /// in, so that a pass over a text steps through the runs instead of searching all of
    /// them for every range. Gives the same result as `original_range` whatever the
    /// cursor holds.
    pub fn original_range_from(&self, norm: Range<usize>, cursor: &mut usize) -> Range<usize> {
        let start = self.start_in_run(norm.start, |n| self.run_index_from(n, cursor));
        let end = self
            .end_in_run(norm.end, |n| self.run_index_from(n, cursor))
            .max(start);
        start..end
    }

    /// The run holding `norm`, looked for from `cursor` on: a few steps forward, else a
    /// binary search; `cursor` is left on the run found.
    fn run_index_from(&self, norm: usize, cursor: &mut usize) -> usize {
        let holds_or_precedes = |i: usize| {
            self.runs
                .get(i)
                .is_some_and(|r| r.norm_start as usize <= norm)
        };
        let mut index = *cursor;
        if !holds_or_precedes(index) {
            index = self.run_index(norm);
        } else {
            let mut steps = 0;
            while holds_or_precedes(index + 1) {
                index += 1;
                steps += 1;
                if steps == 8 {
                    index = self.run_index(norm);
                    break;
                }
            }
        }
        *cursor = index;
        index
    }

    /// The original text behind a normalised range: what evidence shows.
    pub fn original_slice(&self, norm: Range<usize>) -> &'a str {
        let range = self.original_range(norm);
        &self.original[range]
    }

    fn run_index(&self, norm: usize) -> usize {
        // Runs are sorted by norm_start and the first starts at 0.
        self.runs
            .partition_point(|r| r.norm_start as usize <= norm)
            .saturating_sub(1)
    }

    fn run_norm_end(&self, index: usize) -> usize {
        self.runs
            .get(index + 1)
            .map_or(self.text.len(), |r| r.norm_start as usize)
    }
}

/// Builds the matching form and its runs in one pass. Unchanged bytes are not copied one
/// by one: they pile up from `unchanged` and are copied in one go when something changes.
/// The open linear run starts at `linear_norm`/`linear_orig` and is only written out when
/// a dropped or atomic character ends it, since same-length replacements keep it linear.
struct Builder {
    text: String,
    runs: Vec<Run>,
    unchanged: usize,
    linear_norm: usize,
    linear_orig: usize,
}

impl Builder {
    /// Where original byte `at` (not yet written, at or after `unchanged`) lands in the
    /// matching form.
    #[inline]
    fn norm_position(&self, at: usize) -> usize {
        self.text.len() + at.saturating_sub(self.unchanged)
    }

    /// Copies the unchanged original bytes up to `to`.
    fn flush(&mut self, original: &str, to: usize) {
        if let Some(slice) = original.get(self.unchanged..to) {
            self.text.push_str(slice);
        }
        self.unchanged = to;
    }

    /// Ends the open linear run at original byte `orig_end` (it holds everything up to
    /// there), and opens the next one after `skip` original bytes.
    fn end_linear(&mut self, orig_end: usize, skip: usize) {
        if orig_end > self.linear_orig {
            self.runs.push(Run {
                norm_start: to_u32(self.linear_norm),
                orig_start: to_u32(self.linear_orig),
                orig_end: to_u32(orig_end),
                linear: true,
            });
        }
        self.linear_norm = self.text.len();
        self.linear_orig = orig_end + skip;
    }

    /// Replaces the character at `at` (`len` bytes) by `c` of the same length.
    #[inline]
    fn replace(&mut self, original: &str, at: usize, len: usize, c: char) {
        self.flush(original, at);
        self.text.push(c);
        self.unchanged = at + len;
    }

    /// Replaces the character at `at` (`len` bytes) by `s` of the same length.
    #[inline]
    fn replace_str(&mut self, original: &str, at: usize, len: usize, s: &str) {
        self.flush(original, at);
        self.text.push_str(s);
        self.unchanged = at + len;
    }

    /// Drops the character at `at`.
    fn drop(&mut self, original: &str, at: usize, len: usize) {
        self.flush(original, at);
        self.end_linear(at, len);
        self.unchanged = at + len;
    }

    /// Replaces the character at `at` by a replacement of another length, mapped as a
    /// whole.
    fn push_atomic(&mut self, original: &str, replacement: &str, at: usize, len: usize) {
        self.flush(original, at);
        self.end_linear(at, 0);
        self.unchanged = at + len;
        if !replacement.is_empty() {
            self.text.push_str(replacement);
            self.runs.push(Run {
                norm_start: to_u32(self.linear_norm),
                orig_start: to_u32(at),
                orig_end: to_u32(at + len),
                linear: false,
            });
        }
        self.linear_norm = self.text.len();
        self.linear_orig = at + len;
    }

    fn finish(&mut self, original: &str) {
        self.flush(original, original.len());
        self.end_linear(original.len(), 0);
    }
}

/// What the normalising loop tells about the characters it writes, at their positions
/// in the matching form: a token cutter, or nothing.
trait CharSink {
    /// A kept character of the Arabic block, by its offset from U+0600.
    fn arabic(&mut self, at: usize, index: usize);
    /// An ASCII byte, after case folding.
    fn ascii(&mut self, at: usize, b: u8);
    /// A letter that continues or opens a word.
    fn word(&mut self, at: usize);
    /// Any other output.
    fn text(&mut self, at: usize, s: &str);
}

/// The sink of [`Normalized::new`]: tokens are not wanted.
struct NoTokens;

impl CharSink for NoTokens {
    #[inline(always)]
    fn arabic(&mut self, _: usize, _: usize) {}
    #[inline(always)]
    fn ascii(&mut self, _: usize, _: u8) {}
    #[inline(always)]
    fn word(&mut self, _: usize) {}
    #[inline(always)]
    fn text(&mut self, _: usize, _: &str) {}
}

impl CharSink for TokenSink {
    #[inline(always)]
    fn arabic(&mut self, at: usize, index: usize) {
        TokenSink::arabic(self, at, index);
    }
    #[inline(always)]
    fn ascii(&mut self, at: usize, b: u8) {
        TokenSink::ascii(self, at, b);
    }
    #[inline(always)]
    fn word(&mut self, at: usize) {
        TokenSink::word(self, at);
    }
    #[inline]
    fn text(&mut self, at: usize, s: &str) {
        TokenSink::text(self, at, s);
    }
}

/// Offsets are stored as `u32` to halve the map; texts over 4 GiB are split by ingest
/// long before they get here, so saturating is only a guard.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// What normalisation does to a character of the Arabic block, for the fast path.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Kept as it is.
    Keep,
    /// Dropped.
    Drop,
    /// Replaced by another letter of the Arabic block (same UTF-8 length). The letter
    /// is always a word character, which lets the hot loop carry on through a word.
    Replace(char),
    /// Replaced by an ASCII character (digits, punctuation), mapped as a whole.
    Atomic(&'static str),
    /// Anything else: go through [`map_char`].
    Other,
}

/// The class of every character U+0600..U+06FF, with a bitset of the kept ones (most
/// of an Arabic text) for a one-instruction test on the hot path.
struct ArabicBlock {
    keep: [u64; 4],
    /// The kept characters that are word characters for the tokenizer (the letters).
    keep_word: [u64; 4],
    classes: [Class; 256],
}

impl ArabicBlock {
    /// Whether the character at `index` (its offset from U+0600) is kept as it is.
    #[inline]
    fn keep(&self, index: usize) -> bool {
        let word = self.keep.get(index >> 6).copied().unwrap_or(0);
        (word >> (index & 63)) & 1 != 0
    }

    /// Whether the character at `index` is kept and continues a word.
    #[inline]
    fn keep_word(&self, index: usize) -> bool {
        let word = self.keep_word.get(index >> 6).copied().unwrap_or(0);
        (word >> (index & 63)) & 1 != 0
    }
}

/// [`ArabicBlock`], derived once from [`map_char`] so that the fast path can never
/// disagree with it.
static ARABIC_BLOCK: std::sync::LazyLock<ArabicBlock> = std::sync::LazyLock::new(|| {
    let mut block = ArabicBlock {
        keep: [0; 4],
        keep_word: [0; 4],
        classes: [Class::Other; 256],
    };
    for (offset, class) in (0u32..).zip(block.classes.iter_mut()) {
        if let Some(c) = char::from_u32(0x0600 + offset) {
            *class = match map_char(c) {
                Mapped::Keep => Class::Keep,
                Mapped::Drop => Class::Drop,
                Mapped::Char(m) if ('\u{0600}'..='\u{06FF}').contains(&m) => Class::Replace(m),
                Mapped::Char(m) if m.is_ascii() => ascii_str(m).map_or(Class::Other, Class::Atomic),
                Mapped::Char(_) | Mapped::Str(_) => Class::Other,
            };
        }
        if *class == Class::Keep {
            if let Some(word) = block.keep.get_mut((offset >> 6) as usize) {
                *word |= 1 << (offset & 63);
            }
            if crate::tokens::is_arabic_word_index(offset as usize) {
                if let Some(word) = block.keep_word.get_mut((offset >> 6) as usize) {
                    *word |= 1 << (offset & 63);
                }
            }
        }
    }
    block
});

/// An ASCII character as a static one-byte string, for the Arabic digits and
/// punctuation of the fast path.
fn ascii_str(c: char) -> Option<&'static str> {
    const ASCII: &str = "0123456789,;?.%";
    let at = ASCII.find(c)?;
    ASCII.get(at..at + 1)
}

/// Normalises one character for matching (see the module documentation).
fn map_char(c: char) -> Mapped {
    match c {
        // Arabic-Indic and extended (Persian/Urdu) digits.
        '\u{0660}'..='\u{0669}' => Mapped::Char(ascii_digit(c as u32 - 0x0660)),
        '\u{06F0}'..='\u{06F9}' => Mapped::Char(ascii_digit(c as u32 - 0x06F0)),
        // Alef with hamza above or below, madda, wasla, wavy hamza.
        'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' => Mapped::Char('ا'),
        // Alef maqsura and Persian yeh to yaa; keheh to kaf.
        'ى' | '\u{06CC}' => Mapped::Char('ي'),
        '\u{06A9}' => Mapped::Char('ك'),
        // Taa marbuta to haa.
        'ة' => Mapped::Char('ه'),
        // Tatweel, harakat, superscript alef, Quranic annotation marks.
        '\u{0640}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0610}'..='\u{061A}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'
        | '\u{06E8}'
        | '\u{06EA}'..='\u{06ED}' => Mapped::Drop,
        // Zero-width characters, bidi controls, byte order mark, soft hyphen.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{061C}'
        | '\u{00AD}' => Mapped::Drop,
        // Arabic punctuation.
        '،' => Mapped::Char(','),
        '؛' => Mapped::Char(';'),
        '؟' => Mapped::Char('?'),
        '٫' => Mapped::Char('.'),
        '٬' => Mapped::Char(','),
        '٪' => Mapped::Char('%'),
        '۔' => Mapped::Char('.'),
        // Typographic quotes and guillemets.
        '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '〝' | '〞' => Mapped::Char('"'),
        '‘' | '’' | '‚' | '‛' | '′' | '‹' | '›' => Mapped::Char('\''),
        // Spaces and line separators.
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Mapped::Char(' ')
        }
        '\u{2028}' | '\u{2029}' | '\u{0085}' => Mapped::Char('\n'),
        // Dashes and minus signs.
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => {
            Mapped::Char('-')
        }
        // Arabic presentation forms and fullwidth/halfwidth forms: compatibility
        // decomposition, then the same rules on each resulting character.
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' | '\u{FF01}'..='\u{FFEF}' => {
            compatibility(c)
        }
        _ if c.is_uppercase() => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => Mapped::Char(l),
                (Some(l), Some(m)) => {
                    let mut s = String::from(l);
                    s.push(m);
                    s.extend(lower);
                    Mapped::Str(s)
                }
                _ => Mapped::Keep,
            }
        }
        _ => Mapped::Keep,
    }
}

fn ascii_digit(d: u32) -> char {
    char::from_digit(d, 10).unwrap_or('0')
}

fn compatibility(c: char) -> Mapped {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    for d in std::iter::once(c).nfkc() {
        match map_char_base(d) {
            Mapped::Keep => out.push(d),
            Mapped::Drop => {}
            Mapped::Char(m) => out.push(m),
            Mapped::Str(s) => out.push_str(&s),
        }
    }
    if out.len() == c.len_utf8() && out.chars().count() == 1 {
        out.chars().next().map_or(Mapped::Drop, Mapped::Char)
    } else if out.is_empty() {
        Mapped::Drop
    } else {
        Mapped::Str(out)
    }
}

/// [`map_char`] for characters that came out of a compatibility decomposition, which
/// are never presentation forms themselves (so no recursion).
fn map_char_base(c: char) -> Mapped {
    match c {
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' | '\u{FF01}'..='\u{FFEF}' => Mapped::Keep,
        _ if c.is_ascii_uppercase() => Mapped::Char(c.to_ascii_lowercase()),
        _ => map_char(c),
    }
}

/// Normalises a short string (a lexicon entry, a query) to its matching form, without
/// the offset map.
pub fn normalize_str(s: &str) -> String {
    Normalized::new(s).text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (original, matching form): one row per rule.
    const CASES: &[(&str, &str)] = &[
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("أإآٱ", "اااا"),
        ("مستشفى", "مستشفي"),
        ("مدينة", "مدينه"),
        ("قـــوات", "قوات"),
        ("مُحَمَّدٌ", "محمد"),
        ("قوات\u{200F} سوريا\u{200C}", "قوات سوريا"),
        ("نعم، لا؛ لماذا؟", "نعم, لا; لماذا?"),
        ("٢٫٥", "2.5"),
        ("١٬٥٠٠", "1,500"),
        ("«داعش»", "\"داعش\""),
        ("“ISIS”", "\"isis\""),
        ("The SDF", "the sdf"),
        ("\u{FEFB}", "لا"),
        ("\u{FE8D}\u{FEDF}", "ال"),
        ("Ａ１", "a1"),
        ("50٪", "50%"),
        ("Straße", "straße"),
        ("İ", "i\u{307}"),
    ];

    #[test]
    fn table() {
        for (original, expected) in CASES {
            assert_eq!(
                normalize_str(original),
                *expected,
                "normalising {original:?}"
            );
        }
    }

    #[test]
    fn arabic_replacements_are_word_letters() {
        for class in ARABIC_BLOCK.classes.iter() {
            if let &Class::Replace(m) = class {
                let index = m as usize - 0x0600;
                assert!(
                    crate::tokens::is_arabic_word_index(index),
                    "{m} is not a letter"
                );
            }
        }
    }

    #[test]
    fn arabic_block_fast_path_agrees_with_map_char() {
        for c in ('\u{0600}'..='\u{06FF}').chain('\u{FB50}'..='\u{FB60}') {
            let expected = match map_char(c) {
                Mapped::Keep => c.to_string(),
                Mapped::Drop => String::new(),
                Mapped::Char(m) => m.to_string(),
                Mapped::Str(s) => s,
            };
            assert_eq!(
                normalize_str(&format!("ب{c}ب")),
                format!("ب{expected}ب"),
                "normalising U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn offsets_point_at_the_source_characters() {
        let original = "قُتِلَ ١٤٠ عنصراً";
        let n = Normalized::new(original);
        assert_eq!(n.as_str(), "قتل 140 عنصرا");
        let digits = n.as_str().find("140").expect("digits");
        assert_eq!(n.original_slice(digits..digits + 3), "١٤٠");
        // A word whose last letter carries a dropped mark keeps the mark.
        assert_eq!(
            n.original_slice(0..n.as_str().find(' ').expect("space")),
            "قُتِلَ"
        );
        // Inside an atomic run, a range widens to the whole source character.
        assert_eq!(n.original_slice(digits + 1..digits + 2), "٤");
        let word = n.as_str().rfind(' ').expect("space") + 1;
        assert_eq!(n.original_slice(word..n.as_str().len()), "عنصراً");
    }

    #[test]
    fn ligature_positions_widen_to_the_ligature() {
        let original = "x\u{FEFB}y";
        let n = Normalized::new(original);
        assert_eq!(n.as_str(), "xلاy");
        // The alef inside the lam-alef ligature maps to the whole ligature.
        assert_eq!(n.original_slice(3..5), "\u{FEFB}");
        assert_eq!(n.original_slice(0..1), "x");
        assert_eq!(n.original_slice(5..6), "y");
    }

    #[test]
    fn empty_and_all_dropped() {
        let n = Normalized::new("");
        assert_eq!(n.as_str(), "");
        assert_eq!(n.original_range(0..0), 0..0);
        let n = Normalized::new("\u{064E}\u{0640}");
        assert_eq!(n.as_str(), "");
        assert_eq!(n.original_range(0..0), 4..4);
    }
}

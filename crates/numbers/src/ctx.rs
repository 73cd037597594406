//! Bounds-checked access to the tokens of one text, so that no parser indexes past the end.

use rasid_text::{Normalized, Token, TokenKind};

/// The normalised text and its tokens.
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// The original text, when the caller has it: a few spellings are only told apart
    /// there (the narrow no-break space of `1 234 567.89` normalises to a plain space).
    pub source: Option<&'a Normalized<'a>>,
}

impl<'a> Ctx<'a> {
    /// Token `i`, if there is one.
    pub fn tok(&self, i: usize) -> Option<&'a Token> {
        self.tokens.get(i)
    }

    /// The text of token `i`, empty past the end.
    pub fn text(&self, i: usize) -> &'a str {
        self.tok(i)
            .and_then(|t| self.text.get(t.range()))
            .unwrap_or("")
    }

    /// The text of token `i` if it is a word, else empty.
    pub fn word(&self, i: usize) -> &'a str {
        match self.tok(i) {
            Some(t) if t.kind == TokenKind::Word => self.text.get(t.range()).unwrap_or(""),
            _ => "",
        }
    }

    /// Whether token `i` is the punctuation character `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        match self.tok(i) {
            Some(t) if t.kind == TokenKind::Punct => t.first_char(self.text) == c,
            _ => false,
        }
    }

    /// Whether token `i` is a digit run.
    pub fn is_digits(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == TokenKind::Digits)
    }

    /// Whether token `i` exists and follows the previous token with no space.
    pub fn glued(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| !t.space_before)
    }

    /// Whether token `i` exists and starts a new line (no expression crosses one).
    pub fn newline(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.newline_before)
    }

    /// Whether token `i` is a word in Latin letters.
    pub fn is_latin_word(&self, i: usize) -> bool {
        let w = self.word(i);
        w.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
    }

    /// Whether the space before token `i` was, in the original text, a no-break or thin
    /// space (U+00A0, U+2009, U+202F): the typographic thousands separator, never the
    /// gap between two figures of a list.
    pub fn typographic_gap(&self, i: usize) -> bool {
        let (Some(src), Some(prev), Some(t)) = (
            self.source,
            i.checked_sub(1).and_then(|p| self.tok(p)),
            self.tok(i),
        ) else {
            return false;
        };
        if !t.space_before || prev.range().end > t.range().start {
            return false;
        }
        let gap = src.original_slice(prev.range().end..t.range().start);
        !gap.is_empty()
            && gap
                .chars()
                .all(|c| matches!(c, '\u{00A0}' | '\u{2009}' | '\u{202F}'))
    }
}

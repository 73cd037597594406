//! Bounds-checked access to the tokens of one text, so that no parser indexes past the end.

use rasid_text::{Token, TokenKind};

/// The normalised text and its tokens.
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
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
}

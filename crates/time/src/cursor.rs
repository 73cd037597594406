//! Read access to the tokens of one text, with the figures of `rasid-numbers` attached,
//! so that every grammar rule asks the same questions the same cheap way.

use crate::lexicon::{self, Stems};
use crate::resolve::Fields;
use crate::starters::{self, Classes};
use rasid_numbers::{NumberKind, NumberMention};
use rasid_text::{Token, TokenKind};
use std::cell::{Cell, RefCell};

/// A number read at a token: digits interpreted here, words by `rasid-numbers`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Figure {
    /// One past the last token of the number.
    pub end: usize,
    /// Its value.
    pub value: f64,
    /// Written as an ordinal (`الثالث`, `العشرين` when the numbers parser says so).
    pub ordinal: bool,
    /// Written with digits; the count of digits (a year has four).
    pub digits: usize,
}

impl Figure {
    /// The value as a small whole number, if it is one.
    pub(crate) fn int(&self) -> Option<i64> {
        (self.value.fract() == 0.0 && self.value.abs() < 1.0e12).then_some(self.value as i64)
    }
}

/// The tokens of one normalised text and the number mentions found in it.
pub(crate) struct Cursor<'t> {
    /// The normalised text.
    pub text: &'t str,
    /// Its tokens.
    pub tokens: &'t [Token],
    numbers: &'t [NumberMention],
    /// What is known of every token, decided once (one allocation for all).
    words: Vec<TokenFacts>,
    /// The tokens that may start an expression ([`Cursor::can_start`]), in text order:
    /// the scan visits these instead of every token.
    starts: TokenList,
    /// The figures of [`TokenFacts::figure`].
    figures: Vec<Figure>,
    /// The pieces last read ([`Cursor::remembered_piece`]), held inline (no allocation
    /// per text): a ring of token index and piece, `usize::MAX` marking an empty slot.
    pieces: RefCell<PieceRing>,
    /// The readings last cut ([`Cursor::readings`]), slot `i % REMEMBERED_READINGS` for
    /// token `i`: the rules ask again and again about the few tokens near where the
    /// walk is, and never about most tokens of a text.
    readings: [Cell<(usize, Stems<'t>)>; REMEMBERED_READINGS],
}

/// How many readings the cursor remembers (a power of two): more than the walk reads
/// ahead of a start.
const REMEMBERED_READINGS: usize = 8;

/// What the cursor decides once about one token, in 8 bytes: the cursor writes one for
/// every token of a text, so it holds only what every rule asks first.
#[derive(Clone, Copy)]
struct TokenFacts {
    /// What the token can be ([`starters::Classes`]).
    classes: Classes,
    /// The number read at it ([`Cursor::figure`]), as one plus its index in
    /// `Cursor::figures` (0: none): the rules ask for the same figures many times.
    figure: u32,
}

/// The articles and prepositions written glued before digits (`الـ24`, `بالـ3`): such a
/// word holds the figure.
const GLUED_ARTICLES: [&str; 6] = ["ال", "لل", "بال", "وال", "ل", "ب"];

/// Whether word token `i` is one of [`GLUED_ARTICLES`].
fn is_glued_article(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| {
        t.kind == TokenKind::Word
            && GLUED_ARTICLES
                .iter()
                .any(|a| a.as_bytes() == text.as_bytes().get(t.range()).unwrap_or_default())
    })
}

/// How many token indices a [`TokenList`] holds inline.
const INLINE_TOKENS: usize = 16;

/// Token indices (the tokens that may hold a figure, or start an expression): a short
/// text has few, held inline (no allocation); a long one spills them all into a vector.
#[derive(Default)]
struct TokenList {
    held: [usize; INLINE_TOKENS],
    /// How many are held inline.
    count: usize,
    /// All of them once more than [`INLINE_TOKENS`] came.
    spilled: Vec<usize>,
}

impl TokenList {
    fn push(&mut self, i: usize) {
        if !self.spilled.is_empty() {
            self.spilled.push(i);
        } else if let Some(slot) = self.held.get_mut(self.count) {
            *slot = i;
            self.count += 1;
        } else {
            self.spilled.extend_from_slice(&self.held);
            self.spilled.push(i);
        }
    }

    /// The tokens pushed so far.
    fn as_slice(&self) -> &[usize] {
        if self.spilled.is_empty() {
            self.held.get(..self.count).unwrap_or_default()
        } else {
            &self.spilled
        }
    }

    /// The tokens pushed so far, to sort.
    fn as_mut_slice(&mut self) -> &mut [usize] {
        if self.spilled.is_empty() {
            self.held.get_mut(..self.count).unwrap_or_default()
        } else {
            &mut self.spilled
        }
    }

    /// How many were pushed.
    fn len(&self) -> usize {
        if self.spilled.is_empty() {
            self.count
        } else {
            self.spilled.len()
        }
    }

    /// The `k`th token pushed.
    fn get(&self, k: usize) -> Option<usize> {
        if self.spilled.is_empty() {
            self.held.get(..self.count)?.get(k).copied()
        } else {
            self.spilled.get(k).copied()
        }
    }
}

/// What the piece rules read at a token: its end and fields, or nothing.
pub(crate) type Piece = Option<(usize, Fields)>;

/// How many pieces the cursor remembers: the walk asks again only near where it is.
const REMEMBERED_PIECES: usize = 8;

/// The last [`REMEMBERED_PIECES`] pieces read and the slot the next one replaces.
struct PieceRing {
    slots: [(usize, Piece); REMEMBERED_PIECES],
    next: usize,
}

/// The text of word token `i`, or "" when it is not a word.
fn next_word<'t>(text: &'t str, tokens: &[Token], i: usize) -> &'t str {
    match tokens.get(i) {
        Some(t) if t.kind == TokenKind::Word => text.get(t.range()).unwrap_or(""),
        _ => "",
    }
}

/// Whether a word with these readings names a Hijri month before `next`, as
/// `dates::single_month` reads one: `الذي` and `ذو صلة` look like the first word of
/// `ذو الحجة` but name nothing without its second word, and they are common.
fn names_hijri_month(readings: &Stems<'_>, next: &str) -> bool {
    // `المحرم` may be Muharram; `dates::single_month` reads its context.
    readings.iter().any(|(s, article)| {
        (!article || s == "محرم")
            && lexicon::hijri_month(s).is_some_and(|(_, needs_second)| {
                !needs_second || lexicon::hijri_month_second(s, next).is_some()
            })
    })
}

/// The classes of word token `i`, which passed the word filter, keeping its readings in
/// `readings`: apart from the loop over every token, which most words leave after one
/// bit test.
#[inline(never)]
fn classes_of_word<'t>(
    text: &'t str,
    tokens: &[Token],
    i: usize,
    readings: &[Cell<(usize, Stems<'t>)>; REMEMBERED_READINGS],
) -> Classes {
    let w = tokens
        .get(i)
        .and_then(|t| text.get(t.range()))
        .unwrap_or("");
    let stems = lexicon::stems(w);
    let mut class = starters::classes_of(w, stems.iter());
    if class & starters::HIJRI != 0 && !names_hijri_month(&stems, next_word(text, tokens, i + 1)) {
        class &= !starters::HIJRI;
    }
    // The rules ask about words near a start, most of them such words: keep the
    // readings cut.
    if let Some(slot) = readings.get(i % REMEMBERED_READINGS) {
        slot.set((i, stems));
    }
    class
}

impl<'t> Cursor<'t> {
    /// Wraps a text, its tokens and its number mentions (in text order).
    pub(crate) fn new(text: &'t str, tokens: &'t [Token], numbers: &'t [NumberMention]) -> Self {
        // One pass: the classes of the few words that may start something (see
        // [`starters::classes_of`]), one bit test for every other word; and the tokens
        // that may hold a figure.
        let filter = starters::word_filter();
        let bytes = text.as_bytes();
        // The tokens that may hold a figure, in text order once sorted.
        let mut number_tokens = TokenList::default();
        // The tokens that may start an expression, in text order once sorted.
        let mut starts = TokenList::default();
        let readings: [Cell<(usize, Stems<'t>)>; REMEMBERED_READINGS] =
            std::array::from_fn(|_| Cell::new((usize::MAX, lexicon::no_stems())));
        let mut words: Vec<TokenFacts> = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let classes = match t.kind {
                    TokenKind::Word => {
                        let word = bytes.get(t.range()).unwrap_or_default();
                        if starters::may_start_in(filter, word) {
                            let classes = classes_of_word(text, tokens, i, &readings);
                            if classes & starters::STARTS != 0 {
                                starts.push(i);
                            }
                            classes
                        } else {
                            0
                        }
                    }
                    TokenKind::Digits => {
                        number_tokens.push(i);
                        starts.push(i);
                        starters::NUMBER
                    }
                    TokenKind::Punct => 0,
                };
                TokenFacts { classes, figure: 0 }
            })
            .collect();
        // Whether a later pass made a token a start, out of text order.
        let mut starts_added = false;
        // Digits glued to an article (`الـ24`): the article holds the figure.
        for k in 0..number_tokens.len() {
            let Some(digits) = number_tokens.get(k) else {
                break;
            };
            let glued = tokens.get(digits).is_some_and(|t| !t.space_before);
            let Some(article) = digits.checked_sub(1).filter(|_| glued) else {
                continue;
            };
            if is_glued_article(text, tokens, article) {
                if let Some(facts) = words.get_mut(article) {
                    if facts.classes & starters::STARTS == 0 {
                        starts.push(article);
                        starts_added = true;
                    }
                    facts.classes |= starters::NUMBER;
                    number_tokens.push(article);
                }
            }
        }
        // Number words (`ثلاثة أيام`).
        for m in numbers {
            if matches!(m.kind, NumberKind::Cardinal | NumberKind::Ordinal) {
                if let Some(facts) = words.get_mut(m.tokens.start) {
                    if facts.classes & starters::NUMBER == 0 {
                        if facts.classes & starters::STARTS == 0 {
                            starts.push(m.tokens.start);
                            starts_added = true;
                        }
                        facts.classes |= starters::NUMBER;
                        number_tokens.push(m.tokens.start);
                    }
                }
            }
        }
        number_tokens.as_mut_slice().sort_unstable();
        if starts_added {
            starts.as_mut_slice().sort_unstable();
        }
        let mut cursor = Cursor {
            text,
            tokens,
            numbers,
            words,
            starts,
            figures: Vec::new(),
            pieces: RefCell::new(PieceRing {
                slots: [(usize::MAX, None); REMEMBERED_PIECES],
                next: 0,
            }),
            readings,
        };
        // Only digits, an article glued to digits and the first word of a cardinal or
        // ordinal mention can hold a figure: all are [`starters::NUMBER`] tokens.
        for &i in number_tokens.as_mut_slice().iter() {
            cursor.hold_figure(i);
        }
        debug_assert!(
            cursor
                .starts()
                .iter()
                .copied()
                .eq((0..tokens.len()).filter(|&i| cursor.can_start(i))),
            "the list of starts is every token that can start, in order"
        );
        cursor
    }

    /// Reads the figure at token `i` once, for [`Cursor::figure`].
    fn hold_figure(&mut self, i: usize) {
        let Some(figure) = self.read_figure(i) else {
            return;
        };
        let Ok(index) = u32::try_from(self.figures.len() + 1) else {
            return;
        };
        self.figures.push(figure);
        if let Some(facts) = self.words.get_mut(i) {
            facts.figure = index;
        }
    }

    /// The piece at token `i`, read by `read` unless read lately: the walk asks for the
    /// same piece from several rules (an open interval, then the expression itself)
    /// and again at the next start. `read` must depend on `i` alone.
    pub(crate) fn remembered_piece(&self, i: usize, read: impl FnOnce() -> Piece) -> Piece {
        if let Ok(pieces) = self.pieces.try_borrow() {
            if let Some(&(_, piece)) = pieces.slots.iter().find(|&&(at, _)| at == i) {
                return piece;
            }
        }
        let piece = read();
        if let Ok(mut pieces) = self.pieces.try_borrow_mut() {
            let next = pieces.next;
            if let Some(slot) = pieces.slots.get_mut(next) {
                *slot = (i, piece);
            }
            pieces.next = (next + 1) % REMEMBERED_PIECES;
        }
        piece
    }

    /// The tokens that [`Cursor::can_start`], in text order.
    pub(crate) fn starts(&self) -> &[usize] {
        self.starts.as_slice()
    }

    /// Whether token `i` may start an expression.
    pub(crate) fn can_start(&self, i: usize) -> bool {
        self.classes(i) & starters::STARTS != 0
    }

    /// What token `i` can be.
    pub(crate) fn classes(&self, i: usize) -> Classes {
        self.words.get(i).map_or(0, |facts| facts.classes)
    }

    /// Whether a unit of time may be read as the unit of an amount at `i` or `i + 1`
    /// ([`crate::relative::amount`]): at one of `i..=i + 2` (`ساعات`, `نصف ساعة`, `طوال
    /// اليوم`, `عدة أيام`), or right after a figure at `i` or `i + 1` (`ثلاثة أيام`,
    /// `آخر 3 سنوات`).
    pub(crate) fn unit_ahead(&self, i: usize) -> bool {
        const UNITS: Classes = starters::UNIT | starters::UNIT_AFTER;
        let near = self.classes(i) | self.classes(i + 1) | self.classes(i + 2);
        near & UNITS != 0
            || [i, i + 1].into_iter().any(|k| {
                self.figure(k)
                    .is_some_and(|f| self.classes(f.end) & UNITS != 0)
            })
    }

    /// Whether `عقدين`/`عقود` stand at `i` or right after a figure at `i`, as
    /// [`crate::periods::last_decades`] reads them.
    pub(crate) fn decades_ahead(&self, i: usize) -> bool {
        self.classes(i) & starters::DECADES != 0
            || self
                .figure(i)
                .is_some_and(|f| self.classes(f.end) & starters::DECADES != 0)
    }

    /// The clitic readings of token `i` (none past the last token; none of a token
    /// that is no word), cut when first asked for and remembered a while.
    fn readings(&self, i: usize) -> Option<Stems<'t>> {
        let t = self.tokens.get(i)?;
        let slot = self.readings.get(i % REMEMBERED_READINGS)?;
        let (at, stems) = slot.get();
        if at == i {
            return Some(stems);
        }
        let stems = match t.kind {
            TokenKind::Word => lexicon::stems(self.text.get(t.range()).unwrap_or("")),
            _ => lexicon::no_stems(),
        };
        slot.set((i, stems));
        Some(stems)
    }

    /// The first reading of word token `i` that `f` knows (see [`lexicon::lookup`]).
    pub(crate) fn lookup<T>(&self, i: usize, f: impl Fn(&'t str, bool) -> Option<T>) -> Option<T> {
        self.readings(i)?.iter().find_map(|(s, a)| f(s, a))
    }

    /// The clitic readings of token `i`.
    pub(crate) fn stems_of(&self, i: usize) -> impl Iterator<Item = (&'t str, bool)> + '_ {
        self.readings(i).into_iter().flat_map(Stems::into_readings)
    }

    /// The bytes of proclitics (`و`, `ب`, `ل`...) at the start of word token `i`.
    pub(crate) fn proclitic_len(&self, i: usize) -> usize {
        self.readings(i).map_or(0, |s| s.proclitic_len())
    }

    /// Whether a reading of token `i` is one of `wanted`.
    pub(crate) fn stem_is(&self, i: usize, wanted: &[&str]) -> bool {
        self.lookup(i, |s, _| wanted.contains(&s).then_some(()))
            .is_some()
    }

    /// How many tokens there are.
    pub(crate) fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The text of word token `i`, or "" when it is not a word.
    pub(crate) fn word(&self, i: usize) -> &'t str {
        match self.tokens.get(i) {
            Some(t) if t.kind == TokenKind::Word => self.text.get(t.range()).unwrap_or(""),
            _ => "",
        }
    }

    /// Whether token `i` is the punctuation `c`.
    pub(crate) fn is_punct(&self, i: usize, c: char) -> bool {
        match self.tokens.get(i) {
            Some(t) if t.kind == TokenKind::Punct => t.first_char(self.text) == c,
            _ => false,
        }
    }

    /// Whether token `i` is a digit run.
    pub(crate) fn is_digits(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Digits)
    }

    /// Whether token `i` follows its predecessor without a space.
    pub(crate) fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    /// Whether a line break separates token `i` from the one before.
    pub(crate) fn breaks_before(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.newline_before)
    }

    /// The value of digit token `i` with its digit count.
    pub(crate) fn digits(&self, i: usize) -> Option<(u64, usize)> {
        let t = self.tokens.get(i)?;
        if t.kind != TokenKind::Digits {
            return None;
        }
        // The figure of a digit run read alone holds its value already.
        if let Some(f) = self.figure(i).filter(|f| f.end == i + 1 && f.digits > 0) {
            return Some((f.value as u64, f.digits));
        }
        self.parse_digits(t)
    }

    /// The value of digit token `t` with its digit count, read from the text.
    fn parse_digits(&self, t: &Token) -> Option<(u64, usize)> {
        let s = self.text.get(t.range())?;
        if s.len() > 12 {
            return None;
        }
        // Digit tokens hold ASCII digits: read them without the general parser.
        let mut value = 0u64;
        for &b in s.as_bytes() {
            if !b.is_ascii_digit() {
                return s.parse::<u64>().ok().map(|v| (v, s.len()));
            }
            value = value * 10 + u64::from(b - b'0');
        }
        if s.is_empty() {
            return None;
        }
        Some((value, s.len()))
    }

    /// The number mention that starts at token `i`.
    fn mention_at(&self, i: usize) -> Option<&NumberMention> {
        let idx = self
            .numbers
            .binary_search_by_key(&i, |m| m.tokens.start)
            .ok()?;
        self.numbers.get(idx)
    }

    /// The number written in words at token `i` read on its own, stopping before token
    /// `limit`: the parts of `الثامنه وعشرين` (an hour and its minutes) that
    /// `rasid-numbers` joins into one rank.
    pub(crate) fn number_alone(&self, i: usize, limit: usize) -> Option<Figure> {
        if self.word(i).is_empty() {
            return None;
        }
        let tokens = self.tokens.get(..limit.min(self.tokens.len()))?;
        let n = rasid_numbers::read_number_at(self.text, tokens, i)?;
        Some(Figure {
            end: n.tokens.end,
            value: n.value,
            ordinal: n.ordinal,
            digits: 0,
        })
    }

    /// A number starting at token `i`: digits (also glued to an article, `الـ24`), or a
    /// cardinal or ordinal word found by `rasid-numbers`.
    pub(crate) fn figure(&self, i: usize) -> Option<Figure> {
        let index = self.words.get(i)?.figure;
        let index = usize::try_from(index).ok()?.checked_sub(1)?;
        self.figures.get(index).copied()
    }

    /// [`Cursor::figure`], read from the tokens and mentions.
    fn read_figure(&self, i: usize) -> Option<Figure> {
        // Digits the numbers parser reads as one figure over several tokens (`1.5`,
        // `100 000`, `١٬٥٠٠`).
        if self.is_digits(i) {
            if let Some(m) = self.mention_at(i) {
                if m.tokens.end > i + 1
                    && m.kind == NumberKind::Cardinal
                    && m.vague.is_none()
                    && !self.is_punct(i + 1, ':')
                    && !self.is_punct(i + 1, '/')
                {
                    if let Some(value) = m.value {
                        return Some(Figure {
                            end: m.tokens.end,
                            value,
                            ordinal: false,
                            digits: self.digits(i).map_or(0, |(_, n)| n),
                        });
                    }
                }
            }
        }
        if let Some((v, n)) = self.digits(i) {
            return Some(Figure {
                end: i + 1,
                value: v as f64,
                ordinal: false,
                digits: n,
            });
        }
        let w = self.word(i);
        if GLUED_ARTICLES.contains(&w) && self.glued(i + 1) {
            if let Some((v, n)) = self.digits(i + 1) {
                return Some(Figure {
                    end: i + 2,
                    value: v as f64,
                    ordinal: false,
                    digits: n,
                });
            }
        }
        if w.is_empty() {
            return None;
        }
        let m = self.mention_at(i)?;
        if !matches!(m.kind, NumberKind::Cardinal | NumberKind::Ordinal) || m.vague.is_some() {
            return None;
        }
        let value = m.value?;
        Some(Figure {
            end: m.tokens.end.max(i + 1),
            value,
            ordinal: m.kind == NumberKind::Ordinal,
            digits: 0,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasid_text::{normalize_str, tokenize};

    /// Whether the first token of `text` keeps the Hijri month class.
    fn first_is_hijri(text: &str) -> bool {
        let text = normalize_str(text);
        let tokens = tokenize(&text);
        let c = Cursor::new(&text, &tokens, &[]);
        c.classes(0) & starters::HIJRI != 0
    }

    /// `scan::PIECES` gates rules that read a figure or digits on [`starters::NUMBER`]:
    /// no other token may hold one.
    #[test]
    fn only_number_tokens_hold_figures() {
        for text in [
            "قتل 15 شخصا في 20 كانون الثاني 2022 الساعة 7:30 مساء",
            "منذ ثلاثة أيام وقبل خمسة عشر عاما، في الـ24 من الشهر",
            "الساعة الثامنة والنصف بالـ3 و1.5 و100 000 و١٬٥٠٠ و٢٠٢٢",
            "الحادي والعشرين من مايو، الأول من أيلول، أول يناير",
            "between 2014 and 2019, two days ago at 10:30 p.m.",
        ] {
            let text = normalize_str(text);
            let tokens = tokenize(&text);
            let normalized = rasid_text::Normalized::new(&text);
            let numbers = rasid_numbers::find_numbers(&normalized, &tokens);
            let c = Cursor::new(&text, &tokens, &numbers);
            for i in 0..tokens.len() + 2 {
                if c.figure(i).is_some() || c.digits(i).is_some() {
                    assert!(c.classes(i) & starters::NUMBER != 0, "{text}: token {i}");
                }
            }
        }
    }

    #[test]
    fn a_hijri_first_word_needs_its_second() {
        for (text, hijri) in [
            ("ذو الحجة", true),
            ("ذي القعدة 1443", true),
            ("ربيع الأول", true),
            ("رمضان", true),
            ("الذي قال", false),
            ("ذو صلة", false),
            ("ذي", false),
            ("ربيع عربي", false),
        ] {
            assert_eq!(first_is_hijri(text), hijri, "{text}");
        }
    }
}

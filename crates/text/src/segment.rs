//! Sentence and clause segmentation of Arabic and English news.
//!
//! A figure belongs to the clause that states it: `قتل 5 مدنيين، بينما أصيب 12 آخرون`
//! holds two claims. Sentences end at `.` `!` `?` (Arabic `؟` is `?` once normalised) and
//! at line breaks, but not inside numbers (`2.5`), abbreviations (`U.S.`, `Dr.`, `No. 5`,
//! `أ.ف.ب`), initials, or quotes the sentence goes on after (`"Why?" he asked`).
//!
//! Arabic news often runs a whole paragraph as one sentence joined by `،` and `و`, so
//! clauses split further at `,` `;` `:` and before clause-opening conjunctions (و، ف،
//! ثم، بينما، حيث، إذ، فيما، كما، لكن، غير أن; English while, whereas, but...) when what
//! follows starts a verb or a new subject. The splitter is conservative: it never cuts a
//! number (`1,500`), a number phrase (`ألف وخمسمائة`), a pair of names joined by `و`
//! (`قوات سوريا الديمقراطية والتحالف الدولي`) or a date (`الأحد، 20 كانون الثاني`).
//!
//! Everything works on tokens: no allocation per token, lexicon checks only for the few
//! tokens that can open a clause.

use crate::{Normalized, Token, TokenKind};
use std::collections::HashMap;
use std::ops::Range;

/// A sentence or clause: where it is in the normalised text, in the original, and which
/// tokens it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// Byte range in the normalised text, from its first token to its last.
    pub norm_span: Range<usize>,
    /// Byte range in the original text (what evidence shows).
    pub span: Range<usize>,
    /// Indices of its tokens.
    pub tokens: Range<usize>,
}

impl Segment {
    /// The segment of tokens `range`; `cursor` speeds up mapping segments in text order
    /// (see [`Normalized::original_range_from`]).
    fn from_tokens(
        text: &Normalized<'_>,
        tokens: &[Token],
        range: Range<usize>,
        cursor: &mut usize,
    ) -> Self {
        let start = tokens.get(range.start).map_or(0, |t| t.start as usize);
        let end = range
            .end
            .checked_sub(1)
            .and_then(|last| tokens.get(last))
            .map_or(start, |t| t.end as usize);
        let norm_span = start..end.max(start);
        Segment {
            span: text.original_range_from(norm_span.clone(), cursor),
            norm_span,
            tokens: range,
        }
    }
}

/// Cuts a text into sentences, in order. Sentences cover every token exactly once;
/// a text without tokens has none.
///
/// `tokens` must be [`crate::tokenize`] of `text.as_str()`.
pub fn sentences(text: &Normalized<'_>, tokens: &[Token]) -> Vec<Segment> {
    let mut out = Vec::with_capacity(tokens.len() / 24);
    let mut cursor = 0;
    for_each_sentence(text, tokens, |range| {
        out.push(Segment::from_tokens(text, tokens, range, &mut cursor));
    });
    out
}

/// Cuts a text into clauses, in order: every sentence split further (see the module
/// documentation). Clauses cover every token exactly once and never cross a sentence.
pub fn clauses(text: &Normalized<'_>, tokens: &[Token]) -> Vec<Segment> {
    let mut out = Vec::with_capacity(tokens.len() / 12);
    let mut cursor = 0;
    for_each_sentence(text, tokens, |range| {
        split_clauses(text, tokens, range, &mut out, &mut cursor);
    });
    out
}

/// The clauses of one sentence (a segment returned by [`sentences`]), for callers that
/// walk sentences first and only need clauses of some.
pub fn clauses_of(text: &Normalized<'_>, tokens: &[Token], sentence: &Segment) -> Vec<Segment> {
    let mut out = Vec::new();
    let end = sentence.tokens.end.min(tokens.len());
    let start = sentence.tokens.start.min(end);
    split_clauses(text, tokens, start..end, &mut out, &mut 0);
    out
}

/// Calls `emit` with the token range of each sentence.
fn for_each_sentence(text: &Normalized<'_>, tokens: &[Token], mut emit: impl FnMut(Range<usize>)) {
    let norm = text.as_str();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        if i > start && token.newline_before && !is_hard_wrap(text, tokens, i) {
            emit(start..i);
            start = i;
        }
        if token.kind == TokenKind::Punct
            && matches!(
                norm.as_bytes().get(token.start as usize),
                Some(b'.' | b'!' | b'?' | 0xE2)
            )
            && is_terminal(token.first_char(norm))
        {
            let next = end_of_terminal_run(norm, tokens, i);
            if is_sentence_end(text, tokens, i, next) {
                emit(start..next);
                start = next;
            }
            i = next.max(i + 1);
            continue;
        }
        i += 1;
    }
    if start < tokens.len() {
        emit(start..tokens.len());
    }
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '}')
}

/// Index of the first token from `from` on that is not a closing quote or bracket
/// glued to the one before.
fn end_of_closers(norm: &str, tokens: &[Token], from: usize) -> usize {
    let mut j = from;
    while let Some(t) = tokens.get(j) {
        if t.space_before || t.kind != TokenKind::Punct || !is_closer(t.first_char(norm)) {
            break;
        }
        j += 1;
    }
    j
}

/// Index of the first token after a run of terminals (`?!`, `...`) and the closing
/// quotes or brackets glued to it.
fn end_of_terminal_run(norm: &str, tokens: &[Token], first: usize) -> usize {
    let mut j = first + 1;
    while let Some(t) = tokens.get(j) {
        if t.space_before || t.kind != TokenKind::Punct || !is_terminal(t.first_char(norm)) {
            break;
        }
        j += 1;
    }
    end_of_closers(norm, tokens, j)
}

/// Whether the terminal at token `at`, whose run ends before token `next`, ends the
/// sentence.
fn is_sentence_end(text: &Normalized<'_>, tokens: &[Token], at: usize, next: usize) -> bool {
    let norm = text.as_str();
    let Some(following) = tokens.get(next) else {
        return true;
    };
    if following.newline_before {
        return true;
    }
    let single_dot = next == at + 1 && tokens.get(at).is_some_and(|t| t.first_char(norm) == '.');
    if single_dot {
        if !following.space_before {
            // Glued: 2.5, U.S, www.spa.gov.sa, ا.ف.ب; only a missing space between two
            // Arabic words (`القتلي.وقال`) is a real end.
            return at > 0
                && is_arabic_word(norm, &tokens[at - 1])
                && tokens[at - 1].end - tokens[at - 1].start > 2
                && is_arabic_word(norm, following);
        }
        if at > 0 && !tokens[at].space_before && is_abbreviation(text, tokens, at - 1, next) {
            return false;
        }
    }
    match following.kind {
        // `"Is it over?", he asked` / `?) and`: the sentence goes on.
        TokenKind::Punct => !matches!(following.first_char(norm), ',' | ';' | ':' | ')' | ']'),
        // `"Why?" he asked`, `U.S. forces`: a lower-case word goes on.
        TokenKind::Word => !starts_lowercase_latin(text, following),
        TokenKind::Digits => true,
    }
}

/// Whether the word at `word`, followed by a dot, is an abbreviation rather than the
/// end of a sentence; `next` is the token after the dot.
fn is_abbreviation(text: &Normalized<'_>, tokens: &[Token], word: usize, next: usize) -> bool {
    let norm = text.as_str();
    let Some(token) = tokens.get(word) else {
        return false;
    };
    if token.kind != TokenKind::Word {
        return false;
    }
    let w = token.text(norm);
    let next_is_digits = tokens
        .get(next)
        .is_some_and(|t| t.kind == TokenKind::Digits);
    if w.chars().nth(1).is_none() {
        // A single letter: an initial (`J. Smith`, `U.S.`) or an Arabic abbreviation
        // (`د.` doctor, `ا.ف.ب`), except the year and era letters after a number
        // (`2015 م.`, `1436 هـ.`).
        if w.is_ascii() {
            return !tokens
                .get(next)
                .is_some_and(|t| is_english_sentence_opener(text, t));
        }
        let after_number = word > 0 && tokens[word - 1].kind == TokenKind::Digits;
        return !after_number;
    }
    match w {
        // Titles and ranks always precede a name.
        "mr" | "mrs" | "ms" | "dr" | "prof" | "gen" | "col" | "lt" | "maj" | "capt" | "cpt"
        | "sgt" | "cpl" | "pvt" | "adm" | "cmdr" | "brig" | "rep" | "sen" | "gov" | "pres"
        | "rev" | "st" | "mt" | "ft" | "sheikh" | "vs" | "jr" | "sr" | "messrs" => true,
        // Words only abbreviated before a number: No. 5, Jan. 20, Art. 3.
        "no" | "nos" | "art" | "vol" | "p" | "pp" | "fig" | "jan" | "feb" | "mar" | "apr"
        | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec" | "approx" | "est" => {
            next_is_digits
        }
        _ => false,
    }
}

/// Capitalised words that start an English sentence after an initial (`... in the
/// U.S. The army said`).
fn is_english_sentence_opener(text: &Normalized<'_>, token: &Token) -> bool {
    matches!(
        token.text(text.as_str()),
        "the"
            | "a"
            | "an"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "this"
            | "that"
            | "there"
            | "but"
            | "and"
            | "in"
            | "on"
            | "at"
            | "after"
            | "his"
            | "her"
            | "their"
            | "its"
    ) && !starts_lowercase_latin(text, token)
}

fn is_arabic_word(norm: &str, token: &Token) -> bool {
    token.kind == TokenKind::Word
        && token
            .text(norm)
            .chars()
            .next()
            .is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// Whether the original spelling of a word starts with a lower-case Latin letter (case
/// is gone from the normalised text).
fn starts_lowercase_latin(text: &Normalized<'_>, token: &Token) -> bool {
    // An original lower-case ASCII letter is kept as it is, so a normalised token that
    // does not start with one (any Arabic word) is answered without the offset map.
    let first = text.as_str().as_bytes().get(token.start as usize);
    if !first.is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    let range = text.original_range(token.range());
    text.original()
        .get(range)
        .and_then(|s| s.chars().next())
        .is_some_and(|c| c.is_ascii_lowercase())
}

/// A line break inside an English paragraph that was wrapped by hand: the line before
/// does not end a sentence and the next one goes on in lower case.
fn is_hard_wrap(text: &Normalized<'_>, tokens: &[Token], at: usize) -> bool {
    let norm = text.as_str();
    let Some(before) = at.checked_sub(1).and_then(|b| tokens.get(b)) else {
        return false;
    };
    let ends_open = match before.kind {
        TokenKind::Word => before.text(norm).is_ascii(),
        TokenKind::Digits => true,
        TokenKind::Punct => matches!(before.first_char(norm), ',' | ';' | '-'),
    };
    ends_open
        && tokens
            .get(at)
            .is_some_and(|t| t.kind == TokenKind::Word && starts_lowercase_latin(text, t))
}

/// Splits the sentence `range` into clauses, pushing them onto `out`.
fn split_clauses(
    text: &Normalized<'_>,
    tokens: &[Token],
    range: Range<usize>,
    out: &mut Vec<Segment>,
    cursor: &mut usize,
) {
    let norm = text.as_str();
    let bytes = norm.as_bytes();
    let pairs = &*OPENER_PAIRS;
    let mut start = range.start;
    let in_range = tokens.get(range.clone()).unwrap_or_default();
    for (i, token) in (range.start..).zip(in_range) {
        // Byte tests first: most tokens cannot cut, and are passed over without slicing.
        let at = token.start as usize;
        let cut = match token.kind {
            TokenKind::Punct if matches!(bytes.get(at), Some(b',' | b';' | b':')) => {
                // A quote or bracket glued after the comma closes with it:
                // `"We are horrified," he said`.
                is_clause_punct(norm, tokens, i).then(|| end_of_closers(norm, tokens, i + 1))
            }
            TokenKind::Word => {
                let head = match bytes.get(at..at + 6) {
                    Some(&[a, b, c, d, e, f]) => [a, b, c, d, e, f],
                    _ => {
                        let byte = |k: usize| bytes.get(at + k).copied().unwrap_or(0);
                        [byte(0), byte(1), byte(2), byte(3), byte(4), byte(5)]
                    }
                };
                let len = (token.end - token.start) as usize;
                (may_open_clause_start(head, len, pairs)
                    && opens_clause(norm, tokens, i, range.end))
                .then_some(i)
            }
            _ => None,
        };
        if let Some(cut) = cut {
            if cut > start && cut < range.end {
                out.push(Segment::from_tokens(text, tokens, start..cut, cursor));
                start = cut;
            }
        }
    }
    if start < range.end {
        out.push(Segment::from_tokens(text, tokens, start..range.end, cursor));
    }
}

/// Whether punctuation token `i` ends a clause: `,` `;` `:` outside numbers, times and
/// dates.
fn is_clause_punct(norm: &str, tokens: &[Token], i: usize) -> bool {
    let c = tokens[i].first_char(norm);
    if !matches!(c, ',' | ';' | ':') {
        return false;
    }
    let before = i.checked_sub(1).and_then(|b| tokens.get(b));
    let after = tokens.get(i + 1);
    if let (Some(b), Some(a)) = (before, after) {
        let glued = !tokens[i].space_before && !a.space_before;
        if glued && b.kind == TokenKind::Digits && a.kind == TokenKind::Digits {
            // 1,500 and 10:30.
            return false;
        }
        if c == ',' {
            // `Jan. 20, 2022`: a comma before a year.
            if b.kind == TokenKind::Digits && a.kind == TokenKind::Digits && is_year(a.text(norm)) {
                return false;
            }
            // `الأحد، 20 كانون الثاني`, `Sunday, Jan. 20`: a comma after a weekday.
            if b.kind == TokenKind::Word && is_weekday(b.text(norm)) {
                return false;
            }
        }
    }
    true
}

fn is_year(digits: &str) -> bool {
    digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"))
}

fn is_weekday(word: &str) -> bool {
    let word = word.strip_prefix("ال").unwrap_or(word);
    matches!(
        word,
        "سبت"
            | "احد"
            | "اثنين"
            | "ثلاثاء"
            | "اربعاء"
            | "خميس"
            | "جمعه"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

/// Whether word token `i` opens a new clause (the cut goes before it); `end` is the end
/// of the sentence.
fn opens_clause(norm: &str, tokens: &[Token], i: usize, end: usize) -> bool {
    let w = tokens[i].text(norm);
    // `في`, among the commonest words, opens a clause only as `في حين` ("whereas"):
    // answered from the next word's text, without the two lexicon lookups below.
    if matches!(w, "في" | "وفي") {
        return i + 1 < end
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && t.text(norm) == "حين");
    }
    if !may_open_clause(w) {
        return false;
    }
    let Some(info) = LEXICON.get(w) else {
        return false;
    };
    let next_word = || {
        tokens
            .get(i + 1)
            .filter(|t| i + 1 < end && t.kind == TokenKind::Word)
            .and_then(|t| LEXICON.get(t.text(norm)))
    };
    match info.opener {
        None => false,
        Some(Opener::Always) => true,
        Some(Opener::UnlessIdiom) => !next_word().is_some_and(|n| n.ends_idiom),
        Some(Opener::BeforeAnna) => next_word().is_some_and(|n| n.anna),
        Some(Opener::BeforeHin) => next_word().is_some_and(|n| n.hin),
        Some(Opener::BeforeClause) => next_word().is_some_and(|n| n.verb_like || n.subject),
        Some(Opener::BeforeEnglishSubject) => next_word().is_some_and(|n| n.english_subject),
    }
}

/// The cheapest rejection, on a word's first six bytes and its length, since this runs
/// for every word. An Arabic word can open a clause only if its first two letters start
/// a lexicon conjunction (بينما، لكن، حيث...), or it is و or ف, bare or glued to two
/// letters that start a lexicon word (وقال، فقد); the table lookups are combined without
/// branching, as which words pass is unpredictable. English openers start with w a t b.
fn may_open_clause_start(head: [u8; 6], len: usize, pairs: &OpenerPairs) -> bool {
    let [a, b, c, d, e, f] = head;
    if a < 0x80 {
        return matches!(a, b'w' | b'a' | b't' | b'b');
    }
    let (first, second) = (arabic_letter(a, b), arabic_letter(c, d));
    if pairs.conjunctions.contains(first, second) {
        return true;
    }
    // و or ف: bare, or glued to a lexicon word.
    ((first == WAW) | (first == FA))
        && ((len == 2) | pairs.glued.contains(second, arabic_letter(e, f)))
}

/// The index 1..128 of an Arabic letter U+0600..U+067F from its two UTF-8 bytes, 0 for
/// anything else (no pair holds 0).
fn arabic_letter(lead: u8, low: u8) -> usize {
    let index = (usize::from(lead & 1) << 6) | usize::from(low & 0x3F);
    index * usize::from(lead & 0xFE == 0xD8)
}

const WAW: usize = 0x48;
const FA: usize = 0x41;

/// Pairs of Arabic letters (by [`arabic_letter`] index) as a 2 KiB bitset.
struct LetterPairs([u64; 256]);

impl LetterPairs {
    fn new() -> Self {
        LetterPairs([0; 256])
    }

    /// The word and bit of the pair `(x, y)`; both are below 128.
    fn bit(x: usize, y: usize) -> (usize, u32) {
        let index = ((x & 127) << 7) | (y & 127);
        (index >> 6, (index & 63) as u32)
    }

    /// Adds the first two letters of `word` (if it starts with two Arabic letters).
    fn insert(&mut self, word: &str) {
        if let [a, b, c, d, ..] = *word.as_bytes() {
            let (x, y) = (arabic_letter(a, b), arabic_letter(c, d));
            if x != 0 && y != 0 {
                let (cell, bit) = Self::bit(x, y);
                if let Some(cell) = self.0.get_mut(cell) {
                    *cell |= 1 << bit;
                }
            }
        }
    }

    #[inline]
    fn contains(&self, x: usize, y: usize) -> bool {
        let (cell, bit) = Self::bit(x, y);
        let cell = self.0.get(cell).copied().unwrap_or(0);
        (cell >> bit) & 1 != 0
    }
}

/// The first two letters of the lexicon's Arabic conjunctions, and of the words that
/// follow a glued و or ف, derived from the lexicon once so that they never disagree.
struct OpenerPairs {
    conjunctions: LetterPairs,
    glued: LetterPairs,
}

static OPENER_PAIRS: std::sync::LazyLock<OpenerPairs> = std::sync::LazyLock::new(|| {
    let mut pairs = OpenerPairs {
        conjunctions: LetterPairs::new(),
        glued: LetterPairs::new(),
    };
    for (word, info) in LEXICON.iter().filter(|(_, info)| info.opener.is_some()) {
        match word.strip_prefix('و').or_else(|| word.strip_prefix('ف')) {
            Some(rest) if info.opener == Some(Opener::Always) => pairs.glued.insert(rest),
            _ => pairs.conjunctions.insert(word),
        }
    }
    pairs
});

/// Cheap rejection before the lexicon lookup: only words glued to و or ف, and a few
/// conjunctions, can open a clause.
fn may_open_clause(word: &str) -> bool {
    match word.as_bytes() {
        // وال، فال: a conjunction before a definite noun, never before a verb.
        [0xD9, 0x88 | 0x81, 0xD8, 0xA7, 0xD9, 0x84, ..] => false,
        [0xD9, 0x88 | 0x81, ..] => true,
        [0xD8, 0xA7, 0xD8, 0xB0] => true,
        [0xD8 | 0xD9, 0xA8 | 0xAD | 0x84 | 0xBA | 0xAB | 0x83, ..] => matches!(
            word,
            "بينما"
                | "بيد"
                | "حيث"
                | "لكن"
                | "لكنه"
                | "لكنها"
                | "لكنهم"
                | "غير"
                | "ثم"
                | "كما"
        ),
        [b'w' | b'a' | b't' | b'b', ..] => {
            matches!(
                word,
                "whereas" | "while" | "although" | "though" | "but" | "and"
            )
        }
        _ => false,
    }
}

/// How a conjunction decides whether it opens a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opener {
    /// Always (بينما، حيث، لكن، whereas; و or ف glued to a verb or a pronoun).
    Always,
    /// Unless an idiom follows (فيما يتعلق، فيما بعد).
    UnlessIdiom,
    /// Only before أن (غير أن).
    BeforeAnna,
    /// Only before حين (في حين).
    BeforeHin,
    /// Before a verb or a subject pronoun (ثم، كما، bare و and ف).
    BeforeClause,
    /// Before an English subject pronoun (and they).
    BeforeEnglishSubject,
}

/// What the segmenter knows about a word.
#[derive(Debug, Clone, Copy, Default)]
struct WordInfo {
    opener: Option<Opener>,
    verb_like: bool,
    subject: bool,
    english_subject: bool,
    ends_idiom: bool,
    anna: bool,
    hin: bool,
}

/// Past-tense (third person masculine singular) verbs of news reports, normalised; the
/// lexicon adds their feminine, plural, dual and object-pronoun forms.
const PAST_VERBS: &[&str] = &[
    "قال",
    "اضاف",
    "اكد",
    "اشار",
    "اوضح",
    "تابع",
    "اعلن",
    "افاد",
    "ذكر",
    "كان",
    "تم",
    "جاء",
    "شن",
    "استهدف",
    "سقط",
    "لقي",
    "نفذ",
    "هاجم",
    "قصف",
    "انفجر",
    "اطلق",
    "اعتقل",
    "شهد",
    "تمكن",
    "بلغ",
    "ارتفع",
    "نقل",
    "طالب",
    "دعا",
    "اعتبر",
    "لفت",
    "كشف",
    "قتل",
    "اصيب",
    "جرح",
    "اسفر",
    "ادي",
    "اسقط",
    "دمر",
    "سيطر",
    "تقدم",
    "انسحب",
    "فر",
    "هرب",
    "اختطف",
    "خطف",
    "اعدم",
    "ذبح",
    "فجر",
    "اقتحم",
    "حاصر",
    "عثر",
    "نفي",
    "رفض",
    "حذر",
    "توعد",
    "تبني",
    "اعترف",
    "نشر",
    "بث",
    "استشهد",
    "نجا",
    "تعرض",
    "اندلع",
    "دار",
    "عاد",
    "بدا",
    "انتهي",
    "استمر",
    "استولي",
    "اسر",
    "احتجز",
    "افرج",
    "وقع",
    "وصل",
    "تواصل",
    "تجدد",
    "شارك",
    "اصدر",
    "صرح",
    "اعرب",
    "ندد",
    "دان",
    "ادان",
    "قام",
    "اتهم",
    "وثق",
    "رصد",
    "سجل",
    "تسبب",
    "خلف",
    "اودي",
    "حاول",
    "قضي",
];

/// Endings of past-tense verbs: feminine ت, plural وا, dual ا/تا, object pronouns.
const PAST_SUFFIXES: &[&str] = &[
    "", "ت", "وا", "تا", "ا", "ه", "ها", "هم", "ته", "تها", "تهم",
];

/// Present-tense verbs that open clauses in news, normalised.
const PRESENT_VERBS: &[&str] = &[
    "يقول",
    "تقول",
    "يضيف",
    "تضيف",
    "يذكر",
    "يشار",
    "يتم",
    "تتم",
    "يعتبر",
    "تعتبر",
    "يوكد",
    "يؤكد",
    "تؤكد",
    "توكد",
    "ياتي",
    "تاتي",
    "يبلغ",
    "تبلغ",
    "يقدر",
    "تقدر",
    "يتوقع",
    "يجري",
    "تجري",
    "يزال",
    "تزال",
    "يواصل",
    "تواصل",
    "يشير",
    "تشير",
    "يحاول",
    "تحاول",
    "يسيطر",
    "تسيطر",
    "يتعرض",
    "تتعرض",
    "يعيش",
    "يبقي",
    "تبقي",
    "يتزامن",
    "يحتجز",
    "تحتجز",
    "يوجد",
    "توجد",
    "يعاني",
    "تعاني",
];

/// Particles that only stand before verbs.
const VERB_PARTICLES: &[&str] = &["قد", "لقد", "لم", "لن", "سوف"];

/// Subjects that open a nominal clause: pronouns and demonstratives.
const SUBJECTS: &[&str] = &[
    "هو",
    "هي",
    "هم",
    "هما",
    "هن",
    "نحن",
    "انا",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "هولاء",
    "هؤلاء",
];

/// Words after which فيما is not a conjunction: فيما يتعلق (as regards), فيما بعد (later).
const AFTER_FIMA_IDIOMS: &[&str] = &["يتعلق", "يخص", "بعد", "بين"];

const CONJUNCTIONS: &[(&str, Opener)] = &[
    ("بينما", Opener::Always),
    ("حيث", Opener::Always),
    ("اذ", Opener::Always),
    ("لكن", Opener::Always),
    ("لكنه", Opener::Always),
    ("لكنها", Opener::Always),
    ("لكنهم", Opener::Always),
    ("ولكن", Opener::Always),
    ("ولكنه", Opener::Always),
    ("ولكنها", Opener::Always),
    ("ولكنهم", Opener::Always),
    ("بيد", Opener::Always),
    ("whereas", Opener::Always),
    ("while", Opener::Always),
    ("although", Opener::Always),
    ("though", Opener::Always),
    ("but", Opener::Always),
    ("فيما", Opener::UnlessIdiom),
    ("وفيما", Opener::UnlessIdiom),
    ("غير", Opener::BeforeAnna),
    ("وغير", Opener::BeforeAnna),
    ("في", Opener::BeforeHin),
    ("وفي", Opener::BeforeHin),
    ("ثم", Opener::BeforeClause),
    ("كما", Opener::BeforeClause),
    ("و", Opener::BeforeClause),
    ("ف", Opener::BeforeClause),
    ("and", Opener::BeforeEnglishSubject),
];

/// Every word the segmenter knows, with what it knows of it, built once.
static LEXICON: std::sync::LazyLock<HashMap<String, WordInfo, Fx>> =
    std::sync::LazyLock::new(build_lexicon);

fn build_lexicon() -> HashMap<String, WordInfo, Fx> {
    let mut map: HashMap<String, WordInfo, Fx> = HashMap::default();
    let mut verb_like: Vec<String> = Vec::new();
    for verb in PAST_VERBS {
        verb_like.extend(PAST_SUFFIXES.iter().map(|suffix| format!("{verb}{suffix}")));
    }
    verb_like.extend(
        PRESENT_VERBS
            .iter()
            .chain(VERB_PARTICLES)
            .map(|w| w.to_string()),
    );
    for word in &verb_like {
        map.entry(word.clone()).or_default().verb_like = true;
    }
    for word in SUBJECTS {
        map.entry(word.to_string()).or_default().subject = true;
    }
    // و or ف glued to a verb or a subject: وقال، فقد، وهو.
    for word in verb_like
        .iter()
        .map(String::as_str)
        .chain(SUBJECTS.iter().copied())
    {
        for conjunction in ["و", "ف"] {
            map.entry(format!("{conjunction}{word}"))
                .or_default()
                .opener = Some(Opener::Always);
        }
    }
    for word in ["he", "she", "they", "it", "we", "i", "there"] {
        map.entry(word.to_string()).or_default().english_subject = true;
    }
    for word in AFTER_FIMA_IDIOMS {
        map.entry(word.to_string()).or_default().ends_idiom = true;
    }
    for word in ["ان", "انه", "انها", "انهم"] {
        map.entry(word.to_string()).or_default().anna = true;
    }
    map.entry("حين".to_string()).or_default().hin = true;
    for (word, opener) in CONJUNCTIONS {
        map.entry(word.to_string()).or_default().opener = Some(*opener);
    }
    map
}

type Fx = crate::hash::BuildWordHasher;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    fn cut(text: &str, f: fn(&Normalized<'_>, &[Token]) -> Vec<Segment>) -> Vec<String> {
        let n = Normalized::new(text);
        let tokens = tokenize(n.as_str());
        f(&n, &tokens)
            .iter()
            .map(|s| text[s.span.clone()].to_string())
            .collect()
    }

    #[test]
    fn a_single_sentence_without_terminal() {
        assert_eq!(cut("قتل 5 مدنيين", sentences), vec!["قتل 5 مدنيين"]);
        assert!(cut("", sentences).is_empty());
        assert!(cut("  \n ", clauses).is_empty());
    }

    #[test]
    fn segment_spans_and_tokens_agree() {
        let text = "قُتل ٣ مدنيين. وأُصيب ٥ آخرون.";
        let n = Normalized::new(text);
        let tokens = tokenize(n.as_str());
        let s = sentences(&n, &tokens);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens, 0..4);
        assert_eq!(s[1].tokens.start, 4);
        assert_eq!(s[1].tokens.end, tokens.len());
        assert_eq!(&text[s[1].span.clone()], "وأُصيب ٥ آخرون.");
        assert_eq!(&n.as_str()[s[1].norm_span.clone()], "واصيب 5 اخرون.");
        let c = clauses_of(&n, &tokens, &s[1]);
        assert_eq!(c, vec![s[1].clone()]);
    }
}

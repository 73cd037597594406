//! Compound numbers: number words, digits followed by scale words, fractions and
//! decimals, in Arabic (`ثلاثه الاف ومئتان`, `الخامس والعشرون`, `مليون ونصف`) and
//! English (`one hundred and twenty`, `2.5 million`, `twenty-first`).
//!
//! Arabic compounds follow a small grammar: a unit and `عشر` make a teen, a unit and
//! `و` + tens make 21 to 99, a unit before `مائه` or a scale multiplies it, and a term
//! joined by `و` is added only when it is smaller than the place it fills (`الف
//! وخمسمائه`). That last rule is what keeps `بين 10 و15` and `قتل 5 وجرح 10` apart.

use crate::ctx::Ctx;
use crate::digits::{self, DigitRead};
use crate::lexicon::{self, Form, Lexeme, Word};
use crate::qualifiers::{self, Qualifier};
use crate::NumberKind;

/// A number read from words and digits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Cardinal {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub kind: NumberKind,
    /// The whole number is `x` times a scale (`3 آلاف`, `اربعه ملايين`): (x, scale).
    /// Lets `بين 3 و4 آلاف` give the scale to both ends.
    pub tail_scale: Option<(f64, f64)>,
    /// Whether any scale word took part.
    pub has_scale: bool,
    /// A rank only because of the article (`العشرين`), with no ordinal word: after
    /// `فوق` or `اكثر من` it is a count again (`فوق الخمسين`).
    pub rank_by_article: bool,
    /// A single digit run with nothing else: may be a year, a day, a reference.
    pub digits: Option<DigitRead>,
}

/// Whether token `j` is a scale word (`الف`, `مليون`, `مائه`): the Egyptian `٢/٥` before
/// one is a decimal, never a date.
pub(crate) fn scale_follows(ctx: &Ctx<'_>, j: usize) -> bool {
    matches!(
        lexicon::lookup(ctx.word(j)).map(|l| l.word),
        Some(Word::Scale(..) | Word::Hundreds(100))
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    Unit,
    TeenUnit,
    Teen,
    Tens,
    Hundreds,
    Scale,
    Num,
    Fraction,
    Dozen,
}

/// One piece of a compound: a number word or a digit number.
#[derive(Debug, Clone, Copy)]
enum Item {
    Word(Lexeme),
    Num(DigitRead),
}

struct State {
    total: f64,
    current: f64,
    /// A term added with `و` must be smaller than this.
    mag: f64,
    /// The last piece was a unit (1 to 9): it may take `عشر` or `و` + tens.
    unit: Option<u8>,
    /// `current` before the last unit was added (for `مائه وثلاثه ارباع`).
    before_unit: f64,
    last: Last,
    last_scale: f64,
    max_scale: f64,
    tail: Option<(f64, f64)>,
    ordinal: bool,
    /// `احد` or `الحادي` wait for `عشر` (or `و` + tens for the ordinal).
    pending_teen: bool,
    pending_ordinal_teen: bool,
    done: bool,
    english: bool,
    pieces: usize,
}

impl State {
    fn value(&self) -> f64 {
        self.total + self.current
    }

    fn first(&mut self, item: Item) -> bool {
        use Word::*;
        match item {
            Item::Num(d) => {
                self.current = d.value;
                self.last = Last::Num;
                self.mag = 0.0;
            }
            Item::Word(l) => match l.word {
                Unit(n) => self.set_unit(n, f64::from(n)),
                TeenUnit(n) => {
                    self.set_unit(n, f64::from(n));
                    self.last = Last::TeenUnit;
                    self.pending_teen = true;
                }
                Ten => {
                    self.current = 10.0;
                    self.last = Last::Teen;
                    self.mag = 0.0;
                }
                Teen(n) => {
                    self.current = f64::from(n);
                    self.last = Last::Teen;
                    self.mag = 0.0;
                }
                Tens(n) => {
                    self.current = f64::from(n);
                    self.last = Last::Tens;
                    self.mag = 0.0;
                }
                Hundreds(h) => {
                    self.current = f64::from(h);
                    self.last = Last::Hundreds;
                    self.mag = 100.0;
                }
                Scale(s, Form::Single) => self.set_scale(1.0, s),
                Scale(s, Form::Dual) => self.set_scale(2.0, s),
                Scale(_, Form::Plural) | HundredsPlural => return false,
                Ordinal(n) => {
                    self.ordinal = true;
                    if n == 10 {
                        self.current = 10.0;
                        self.last = Last::Teen;
                        self.mag = 0.0;
                    } else {
                        self.set_unit(n, f64::from(n));
                    }
                }
                OrdinalTeenUnit(n) => {
                    self.ordinal = true;
                    self.set_unit(n, f64::from(n));
                    self.last = Last::TeenUnit;
                    self.pending_ordinal_teen = true;
                }
                OrdinalRound(v) => {
                    self.ordinal = true;
                    self.current = v;
                    self.last = Last::Teen;
                    self.mag = 0.0;
                }
                Fraction(f) => {
                    self.current = f;
                    self.last = Last::Fraction;
                    self.mag = 0.0;
                }
                HalfColloquial | FractionPlural(_) => return false,
                Dozen | DozenPair => {
                    self.current = if l.word == DozenPair { 24.0 } else { 12.0 };
                    self.last = Last::Dozen;
                    self.mag = 0.0;
                }
            },
        }
        true
    }

    fn set_unit(&mut self, n: u8, v: f64) {
        self.before_unit = self.current;
        self.current += v;
        self.unit = Some(n);
        self.last = Last::Unit;
        self.mag = 0.0;
    }

    fn set_scale(&mut self, count: f64, scale: f64) {
        self.total += count * scale;
        self.tail = (self.total == count * scale).then_some((count, scale));
        self.last = Last::Scale;
        self.last_scale = scale;
        self.max_scale = self.max_scale.max(scale);
        self.mag = scale;
        self.unit = None;
    }

    /// Adds a piece written right after the previous one, with no `و`.
    fn juxtaposed(&mut self, item: Item, hyphen: bool) -> bool {
        use Word::*;
        let Item::Word(l) = item else {
            return false;
        };
        match l.word {
            Ten if self.unit.is_some() && matches!(self.last, Last::Unit | Last::TeenUnit) => {
                self.current += 10.0;
                self.unit = None;
                self.last = Last::Teen;
                self.pending_teen = false;
                self.pending_ordinal_teen = false;
                true
            }
            Tens(n) | Teen(n) if l.definite && self.last == Last::Fraction && self.pieces == 1 => {
                // `خمس العشرين`: a fifth of the twenty.
                self.current *= f64::from(n);
                self.done = true;
                true
            }
            Hundreds(h) if l.definite && self.last == Last::Fraction && self.pieces == 1 => {
                self.current *= f64::from(h);
                self.done = true;
                true
            }
            Hundreds(h)
                if !self.english
                    && self.last == Last::Scale
                    && self.current == 0.0
                    && f64::from(h) < self.last_scale =>
            {
                // `الف خمسمائه`: the hundreds after a thousand, without `و`.
                self.current = f64::from(h);
                self.after_hundreds();
                true
            }
            Hundreds(100)
                if self.current > 0.0
                    && (self.current < 100.0 || self.last == Last::Num && self.total == 0.0)
                    && (self.current.fract() == 0.0 || self.last == Last::Fraction) =>
            {
                self.current *= 100.0;
                self.after_hundreds();
                true
            }
            HundredsPlural if self.last == Last::Unit && self.current <= 10.0 => {
                self.current *= 100.0;
                self.after_hundreds();
                true
            }
            Scale(s, form) if form != Form::Dual => {
                if self.current > 0.0 {
                    if form == Form::Plural
                        && !(matches!(self.last, Last::Num | Last::Unit)
                            || (self.current % 100.0 <= 10.0 && self.current.fract() == 0.0))
                    {
                        return false;
                    }
                    if self.total > 0.0 && s >= self.last_scale {
                        return false;
                    }
                    let before = self.total;
                    self.total += self.current * s;
                    self.tail = (before == 0.0).then_some((self.current, s));
                    self.current = 0.0;
                    self.last = Last::Scale;
                    self.last_scale = s;
                    self.max_scale = self.max_scale.max(s);
                    self.mag = s;
                    self.unit = None;
                    true
                } else if self.last == Last::Scale
                    && form == Form::Single
                    && s > self.last_scale
                    && self.total > 0.0
                {
                    // `الف مليون`: a thousand millions.
                    self.total *= s;
                    self.tail = None;
                    self.last_scale = s;
                    self.max_scale = self.max_scale.max(s);
                    self.mag = s;
                    true
                } else {
                    false
                }
            }
            FractionPlural(d) if self.last == Last::Unit || self.last == Last::Num => {
                let numerator = self.current - self.before_unit;
                self.current = self.before_unit + numerator / f64::from(d);
                self.last = Last::Fraction;
                self.done = true;
                true
            }
            FractionPlural(d)
                if self.total == 0.0
                    && matches!(self.last, Last::Tens | Last::Teen | Last::Hundreds) =>
            {
                // `واحد وعشرون اخماس`: twenty-one fifths.
                self.current /= f64::from(d);
                self.last = Last::Fraction;
                self.done = true;
                true
            }
            Dozen if self.current > 0.0 && self.last != Last::Scale => {
                self.current *= 12.0;
                self.last = Last::Dozen;
                self.mag = 0.0;
                true
            }
            Unit(n) | Ordinal(n)
                if self.english && self.last == Last::Tens && (1..=9).contains(&n) =>
            {
                let _ = hyphen;
                self.current += f64::from(n);
                self.ordinal |= matches!(l.word, Ordinal(_));
                self.unit = None;
                self.last = Last::Teen;
                self.mag = 0.0;
                true
            }
            Teen(n) | Tens(n) | Unit(n)
                if self.english && self.last == Last::Scale && self.current == 0.0 =>
            {
                // `two thousand five`, `one hundred twenty`.
                self.add_term(f64::from(n), l.word)
            }
            Teen(n) | Tens(n) | Unit(n)
                if self.english && self.last == Last::Hundreds && self.current > 0.0 =>
            {
                self.add_term(f64::from(n), l.word)
            }
            _ => false,
        }
    }

    fn after_hundreds(&mut self) {
        self.last = Last::Hundreds;
        self.mag = 100.0;
        self.unit = None;
        self.tail = None;
    }

    /// Adds a term joined by `و` / `and`.
    fn conjoined(&mut self, item: Item) -> bool {
        use Word::*;
        let word = match item {
            Item::Num(d) => {
                if d.kind != NumberKind::Cardinal || !d.plain || d.value >= self.mag {
                    return false;
                }
                self.current += d.value;
                self.tail = None;
                self.last = Last::Num;
                self.mag = 0.0;
                self.unit = None;
                return true;
            }
            Item::Word(l) => l.word,
        };
        match word {
            Tens(t) if self.unit.is_some() && matches!(self.last, Last::Unit | Last::TeenUnit) => {
                self.current += f64::from(t);
                self.pending_teen = false;
                self.unit = None;
                self.last = Last::Tens;
                self.mag = 0.0;
                self.pending_ordinal_teen = false;
                self.tail = None;
                true
            }
            Fraction(f) if self.ordinal => {
                let _ = f;
                false
            }
            Fraction(f) => {
                self.add_fraction(f);
                true
            }
            HalfColloquial if !self.ordinal => {
                self.add_fraction(0.5);
                true
            }
            Scale(s, form) if form != Form::Plural && s < self.mag => {
                self.total += self.current;
                self.current = 0.0;
                self.total += if form == Form::Dual { 2.0 * s } else { s };
                self.tail = None;
                self.last = Last::Scale;
                self.last_scale = s;
                self.mag = s;
                self.unit = None;
                true
            }
            Unit(n) | Ordinal(n) | TeenUnit(n) | OrdinalTeenUnit(n)
                if f64::from(n) < self.mag && n > 0 =>
            {
                self.ordinal |= matches!(word, Ordinal(_) | OrdinalTeenUnit(_));
                self.tail = None;
                if n == 10 {
                    self.current += 10.0;
                    self.last = Last::Teen;
                    self.mag = 0.0;
                    self.unit = None;
                } else {
                    self.set_unit(n, f64::from(n));
                    if matches!(word, TeenUnit(_)) {
                        self.last = Last::TeenUnit;
                        self.pending_teen = true;
                    }
                }
                true
            }
            Unit(n) if self.last == Last::Tens && self.current % 10.0 == 0.0 && n > 0 => {
                // `اربعين وخمسه`: tens before units, as speech sometimes has it.
                self.current += f64::from(n);
                self.last = Last::Teen;
                self.mag = 0.0;
                true
            }
            Ten | Teen(_) | Tens(_) | Hundreds(_) => {
                let v = match word {
                    Ten => 10.0,
                    Teen(n) | Tens(n) => f64::from(n),
                    Hundreds(h) => f64::from(h),
                    _ => 0.0,
                };
                self.add_term(v, word)
            }
            Dozen | DozenPair => {
                // `ثلاثمائه ودزينتين`: dozens added to a larger place.
                let v = if word == DozenPair { 24.0 } else { 12.0 };
                if v >= self.mag {
                    return false;
                }
                self.current += v;
                self.tail = None;
                self.unit = None;
                self.last = Last::Dozen;
                self.mag = 0.0;
                true
            }
            OrdinalRound(v) if v < self.mag => {
                self.ordinal = true;
                self.current += v;
                self.mag = 0.0;
                self.last = Last::Teen;
                true
            }
            _ => false,
        }
    }

    fn add_term(&mut self, v: f64, word: Word) -> bool {
        if v >= self.mag {
            return false;
        }
        self.current += v;
        self.tail = None;
        self.unit = None;
        if matches!(word, Word::Hundreds(_)) {
            self.last = Last::Hundreds;
            self.mag = 100.0;
        } else {
            self.last = if matches!(word, Word::Tens(_)) {
                Last::Tens
            } else {
                Last::Teen
            };
            self.mag = 0.0;
        }
        true
    }

    fn add_fraction(&mut self, f: f64) {
        if self.last == Last::Scale && self.current == 0.0 {
            self.total += f * self.last_scale;
        } else {
            self.current += f;
        }
        self.tail = None;
        self.last = Last::Fraction;
        self.done = true;
    }
}

/// The piece at token `j`: a number word or a plain digit number.
fn item(ctx: &Ctx<'_>, j: usize) -> Option<(Item, usize)> {
    if ctx.is_digits(j) {
        let d = digits::read(ctx, j)?;
        return Some((Item::Num(d), d.end));
    }
    let w = ctx.word(j);
    if w.is_empty() {
        return None;
    }
    if matches!(w, "a" | "an") {
        // `a hundred`, `a dozen`, `a half`: the article counts as one.
        let next = lexicon::lookup(ctx.word(j + 1))?;
        return match next.word {
            Word::Hundreds(100) | Word::Scale(_, Form::Single) | Word::Dozen => Some((
                Item::Word(Lexeme {
                    word: Word::Unit(1),
                    ..next
                }),
                j + 1,
            )),
            Word::Fraction(_) => Some((Item::Word(next), j + 2)),
            _ => None,
        };
    }
    lexicon::lookup(w).map(|l| (Item::Word(l), j + 1))
}

/// Reads the compound number starting at token `i`.
pub(crate) fn read(ctx: &Ctx<'_>, i: usize) -> Option<Cardinal> {
    let (mut first, mut j) = item(ctx, i)?;
    if let Item::Word(l) = first {
        if l.word == Word::HalfColloquial && scale_follows(ctx, j) {
            // `نص مئه`: half a hundred.
            first = Item::Word(Lexeme {
                word: Word::Fraction(0.5),
                ..l
            });
        }
    }
    if let Item::Word(l) = first {
        if !l.definite && !ctx.newline(j) && lexicon::is_definite_noun(ctx.word(j)) {
            if let Some(d) = lexicon::fraction_homograph(ctx.word(i)) {
                // `خمس الفطيره`, `عشر السكان`: a fraction in construct with its noun.
                first = Item::Word(Lexeme {
                    word: Word::Fraction(1.0 / f64::from(d)),
                    ..l
                });
            }
        }
    }
    if let Item::Num(d) = first {
        if d.kind != NumberKind::Cardinal {
            return Some(Cardinal {
                start: d.start.min(i),
                end: d.end,
                value: d.value,
                kind: d.kind,
                tail_scale: None,
                has_scale: false,
                rank_by_article: false,
                digits: Some(d),
            });
        }
    }
    let english = ctx.is_latin_word(i);
    let mut st = State {
        total: 0.0,
        current: 0.0,
        mag: f64::INFINITY,
        unit: None,
        before_unit: 0.0,
        last: Last::Num,
        last_scale: 0.0,
        max_scale: 0.0,
        tail: None,
        ordinal: false,
        pending_teen: false,
        pending_ordinal_teen: false,
        done: false,
        english,
        pieces: 1,
    };
    if !st.first(first) {
        return None;
    }
    let first_lexeme = match first {
        Item::Word(l) => Some(l),
        Item::Num(_) => None,
    };
    let mut end = j;
    while !st.done && !ctx.newline(j) {
        let w = ctx.word(j);
        let hyphen = ctx.is_punct(j, '-') && ctx.glued(j) && ctx.glued(j + 1) && english;
        let conj_token = matches!(w, "و" | "and");
        let at = if conj_token || hyphen { j + 1 } else { j };
        let Some((mut next, next_end)) = item(ctx, at) else {
            break;
        };
        if ctx.word(at) == "واحد" && !conj_token && is_ten(ctx, next_end) {
            // `وأحد عشر` normalises to `واحد عشر`: the conjunction and eleven.
            next = Item::Word(Lexeme {
                word: Word::TeenUnit(1),
                conj: true,
                definite: false,
                preposition: false,
            });
        }
        let conj = conj_token || matches!(next, Item::Word(l) if l.conj);
        if matches!(next, Item::Word(l) if l.preposition) {
            // `بالمئه`, `لالف`: a preposition starts a new phrase.
            break;
        }
        if conj
            && matches!(next, Item::Num(_))
            && st.total > 0.0
            && scale_value(ctx, next_end).is_some_and(|s| s >= st.last_scale)
        {
            // `الف و3 الاف`: the digits start a number of their own.
            break;
        }
        if conj && !st.ordinal {
            if let (Item::Word(l), Some((Item::Word(f), f_end))) = (next, item(ctx, next_end)) {
                if let (Word::Unit(n), Word::FractionPlural(d)) = (l.word, f.word) {
                    // `عشرون وثلاثه اخماس`: a fraction added to the number.
                    st.add_fraction(f64::from(n) / f64::from(d));
                    st.pieces += 2;
                    end = f_end;
                    break;
                }
            }
        }
        if !conj && !st.english && st.last == Last::Scale && st.current == 0.0 {
            // `الف خمس مائه`, `4 الاف 3 مائه و21`: a smaller place written without `و`.
            let small = match next {
                Item::Num(d) => d.kind == NumberKind::Cardinal && d.plain && d.value >= 1.0,
                Item::Word(l) => matches!(l.word, Word::Unit(1..=9)) && !l.definite,
            };
            let place = scale_value(ctx, next_end).filter(|_| !ctx.newline(next_end));
            let v = match next {
                Item::Num(d) => d.value,
                Item::Word(l) => match l.word {
                    Word::Unit(n) => f64::from(n),
                    _ => 0.0,
                },
            };
            if small
                && place.is_some_and(|p| p < st.last_scale && v < 1000.0 && v * p < st.last_scale)
            {
                if let Item::Word(Lexeme {
                    word: Word::Unit(n),
                    ..
                }) = next
                {
                    st.set_unit(n, v);
                } else {
                    st.current = v;
                    st.last = Last::Num;
                    st.mag = 0.0;
                }
                st.tail = None;
                st.pieces += 1;
                j = next_end;
                end = next_end;
                continue;
            }
        }
        if !conj && !st.english && st.last == Last::Tens && !starts_number(ctx, next_end) {
            // `ثلاثه وعشرون خمس`: from eleven on, the counted noun is singular, so a
            // fraction word after tens counts fractions (twenty-three fifths).
            let d = lexicon::fraction_homograph(ctx.word(at))
                .filter(|_| !matches!(next, Item::Word(l) if l.conj || l.preposition))
                .map(f64::from)
                .or(match next {
                    Item::Word(Lexeme {
                        word: Word::Fraction(f),
                        conj: false,
                        definite: false,
                        ..
                    }) if f < 0.5 => Some(1.0 / f),
                    _ => None,
                });
            if let Some(d) = d {
                st.current /= d;
                st.last = Last::Fraction;
                st.pieces += 1;
                end = next_end;
                break;
            }
        }
        if conj
            && !st.english
            && st.pieces == 1
            && matches!(first_lexeme, Some(l) if l.word == Word::Ordinal(1))
            && matches!(next, Item::Word(l) if matches!(l.word, Word::Tens(_)))
        {
            // `الاول والاربعين`: the 41st is `الحادي والاربعون` (or `الواحد`); `الاول`
            // never takes tens, so these are two ranks of a list.
            break;
        }
        if conj && !st.ordinal && st.total > 0.0 {
            if let Some(f) = fraction_value(next) {
                if let Some(s) = single_scale(ctx, next_end).filter(|&s| s < st.last_scale) {
                    // `الف وربع مية`, `الفين وعشرين ونص مية`: a fraction of a smaller place
                    // (a quarter of a hundred) added to the number.
                    st.current += f * s;
                    st.tail = None;
                    st.last = Last::Fraction;
                    st.pieces += 2;
                    end = next_end + 1;
                    break;
                }
            }
        }
        if conj
            && !st.ordinal
            && st.last == Last::Tens
            && st.value() > 100.0
            && matches!(next, Item::Word(l) if l.word == Word::Tens(50) && !l.definite)
        {
            // `مائه وثلاثون وخمسين`: fifty cannot follow the tens, so `خمسين` is the dual
            // of the fraction `خمس`, two fifths.
            st.add_fraction(0.4);
            st.pieces += 1;
            end = next_end;
            break;
        }
        if conj
            && !st.ordinal
            && matches!(st.last, Last::Unit | Last::Teen | Last::Tens)
            && st.mag <= 5.0
            && !matches!(ctx.word(i.wrapping_sub(1)), "بين" | "وبين")
            && ctx.word(next_end).is_empty()
            && !ctx.is_digits(next_end)
        {
            let bare = if conj_token {
                ctx.word(at)
            } else {
                ctx.word(at).get('و'.len_utf8()..).unwrap_or("")
            };
            if let Some(d) = lexicon::fraction_homograph(bare).filter(|_| bare == "خمس") {
                // `ثلاثه و خمس.`: five cannot be added to the number (`مائه وخمس` is 105)
                // and nothing counted follows, so the `خمس` is a fifth.
                st.add_fraction(1.0 / f64::from(d));
                st.pieces += 1;
                end = next_end;
                break;
            }
        }
        let accepted = if conj {
            st.conjoined(next)
        } else {
            st.juxtaposed(next, hyphen)
        };
        if !accepted {
            break;
        }
        st.pieces += 1;
        j = next_end;
        end = next_end;
    }
    if st.pending_teen || (st.pending_ordinal_teen && st.pieces == 1) {
        return None;
    }
    if st.pieces == 1 && !st.ordinal && matches!(ctx.word(end), "الا" | "غير") {
        // `مية الا ربع`, `الف الا ثلث`: a round place less a fraction of it (75, 666).
        let round = match first {
            Item::Word(l) => matches!(l.word, Word::Hundreds(100) | Word::Scale(_, Form::Single)),
            Item::Num(_) => false,
        };
        let less = item(ctx, end + 1).and_then(|(it, e)| match it {
            Item::Word(l) if !l.definite && !l.conj => match l.word {
                Word::Fraction(f) if f < 0.5 => Some((f, e)),
                _ => None,
            },
            _ => None,
        });
        if let (true, Some((f, e))) = (round, less) {
            let whole = st.value();
            st.total = 0.0;
            st.current = whole * (1.0 - f);
            st.last = Last::Fraction;
            st.tail = None;
            end = e;
        }
    }
    // `الواحد والعشرين بعد المئه`: a rank counted past a hundred or a thousand.
    if ctx.word(end) == "بعد" {
        if let Some(l) = lexicon::lookup(ctx.word(end + 1)) {
            if let Word::Hundreds(h) = l.word {
                if l.definite && st.value() < f64::from(h) {
                    st.current += f64::from(h);
                    st.ordinal = true;
                    end += 2;
                }
            } else if let Word::Scale(s, Form::Single) = l.word {
                if l.definite && st.value() < s {
                    st.current += s;
                    st.ordinal = true;
                    end += 2;
                }
            }
        }
    }
    let mut value = st.value();
    let mut tail_scale = st.tail.filter(|_| st.last == Last::Scale);
    // Decimals said in words: `عشره فاصله سبعه`, `two point five million`.
    if matches!(ctx.word(end), "فاصله" | "فاصل" | "point")
        && !st.ordinal
        && st.last != Last::Fraction
    {
        if let Some(frac) = read_plain(ctx, end + 1) {
            let (digits_value, scale) = match frac.tail_scale {
                Some((x, s)) if !st_has_scale(&st) => (x, s),
                _ => (frac.value, 1.0),
            };
            let places = digits_in(digits_value);
            value = (value + digits_value / 10f64.powi(places)) * scale;
            tail_scale = (scale > 1.0).then_some((value / scale, scale));
            end = frac.end;
        }
    }
    if st.ordinal && second_to_last(ctx, i, end) {
        // `الثانيه الي الاخير`, `second to last`: counted from the end, so no rank from
        // the start can be given.
        return None;
    }
    let rank_by_article = !st.ordinal && definite_rank(first_lexeme, st.pieces, value);
    let kind = if st.ordinal || rank_by_article {
        NumberKind::Ordinal
    } else {
        NumberKind::Cardinal
    };
    if let Some(l) = first_lexeme {
        let bounded_fraction = matches!(l.word, Word::Fraction(_)) && after_bound(ctx, i);
        if st.pieces == 1
            && l.definite
            && matches!(l.word, Word::Unit(1 | 2) | Word::Fraction(_))
            && !bounded_fraction
        {
            // `الواحد` (single, as in `السهم الواحد`), `الاثنين` (Monday), `النصف الثاني`
            // (a half as a noun, not a quantity).
            return None;
        }
    }
    let digits = match first {
        Item::Num(d) if st.pieces == 1 && end == d.end => Some(d),
        _ => None,
    };
    let start = match first {
        Item::Num(d) => d.start.min(i),
        Item::Word(_) => i,
    };
    Some(Cardinal {
        start,
        end,
        value,
        kind,
        tail_scale,
        has_scale: st.max_scale > 0.0 || st_has_scale(&st),
        rank_by_article,
        digits,
    })
}

/// Whether a comparison ends right before token `i` (`فوق الربع`, `اقل من النصف`): a
/// definite fraction there is a quantity, not a noun (`النصف الثاني`).
fn after_bound(ctx: &Ctx<'_>, i: usize) -> bool {
    matches!(
        qualifiers::before(ctx, i, 0),
        Some((
            _,
            Qualifier::MoreThan | Qualifier::LessThan | Qualifier::AtLeast | Qualifier::AtMost
        ))
    )
}

/// Whether a number could start at token `j`.
fn starts_number(ctx: &Ctx<'_>, j: usize) -> bool {
    ctx.is_digits(j) || lexicon::lookup(ctx.word(j)).is_some()
}

/// Whether the rank that ends before token `end` is counted from the end (`الثانيه الي
/// الاخير`, `third to last`), and not the start of a span of ranks (`من الاول الي الاخير`).
fn second_to_last(ctx: &Ctx<'_>, i: usize, end: usize) -> bool {
    let from_end = match ctx.word(end) {
        "الي" => matches!(ctx.word(end + 1), "الاخير" | "الاخيره"),
        "to" => ctx.word(end + 1) == "last",
        _ => false,
    };
    from_end
        && !matches!(
            ctx.word(i.wrapping_sub(1)),
            "من" | "from" | "بين" | "between"
        )
}

/// A fraction word as a number (`ربع`, `نص`), if the piece is one.
fn fraction_value(piece: Item) -> Option<f64> {
    match piece {
        Item::Word(l) if !l.definite && !l.preposition => match l.word {
            Word::Fraction(f) => Some(f),
            Word::HalfColloquial => Some(0.5),
            _ => None,
        },
        _ => None,
    }
}

/// The bare singular place word at token `j` (`مئه`, `الف`, `مليون`), if it is one.
fn single_scale(ctx: &Ctx<'_>, j: usize) -> Option<f64> {
    if ctx.newline(j) {
        return None;
    }
    let l = lexicon::lookup(ctx.word(j))?;
    if l.definite || l.conj || l.preposition {
        return None;
    }
    match l.word {
        Word::Scale(s, Form::Single) => Some(s),
        Word::Hundreds(100) => Some(100.0),
        _ => None,
    }
}

/// The scale word at token `j`, if it is one.
fn scale_value(ctx: &Ctx<'_>, j: usize) -> Option<f64> {
    match lexicon::lookup(ctx.word(j))?.word {
        Word::Scale(s, _) => Some(s),
        Word::Hundreds(100) => Some(100.0),
        _ => None,
    }
}

fn is_ten(ctx: &Ctx<'_>, j: usize) -> bool {
    matches!(
        lexicon::lookup(ctx.word(j)).map(|l| l.word),
        Some(Word::Ten)
    )
}

fn st_has_scale(st: &State) -> bool {
    st.max_scale > 0.0
}

/// A number read without the decimal step (the part after `فاصله`).
fn read_plain(ctx: &Ctx<'_>, i: usize) -> Option<Cardinal> {
    let c = read(ctx, i)?;
    (c.kind == NumberKind::Cardinal).then_some(c)
}

/// Digits in the integer part of a whole number (at least one).
fn digits_in(v: f64) -> i32 {
    let mut n = 1;
    let mut x = v.abs();
    while x >= 10.0 && n < 18 {
        x /= 10.0;
        n += 1;
    }
    n
}

/// Whether a definite compound is a rank: `العشرين`, `المئه`, `الواحد والعشرين` are;
/// `الثلاثه` (the three: `الجنود الثلاثه`) is a count.
fn definite_rank(first: Option<Lexeme>, pieces: usize, value: f64) -> bool {
    let Some(l) = first else { return false };
    if !l.definite {
        return false;
    }
    match l.word {
        Word::Unit(_) | Word::Ten | Word::TeenUnit(_) => pieces > 1 && value >= 11.0,
        Word::Teen(_) => true,
        Word::Tens(_) | Word::Hundreds(_) | Word::Scale(..) => true,
        _ => false,
    }
}

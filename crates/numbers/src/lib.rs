//! Numbers in Arabic and English news text.
//!
//! Finds every figure a sentence states — `1,500`, `١٬٥٠٠`, `ألف وخمسمائة`, `3 آلاف`,
//! `قرابة 140`, `أكثر من 100`, `بين 10 و15`, `عشرات` — and gives each its value or its
//! bounds, whether it is hedged, vague or an ordinal. Numbers that are not counts (years,
//! dates, times, phone numbers, identifiers, page and law numbers) are recognised too and
//! marked with their [`NumberKind`], so that claims never count them.
#![deny(missing_docs)]

mod cardinal;
mod ctx;
mod digits;
mod gate;
mod lexicon;
mod qualifiers;
mod vague;
mod writer;

use cardinal::Cardinal;
use ctx::Ctx;
use qualifiers::Qualifier;
use rasid_text::{Normalized, Token, TokenKind};
use std::ops::Range;

pub use writer::{arabic_words, english_words, Case, Gender};

/// What a number in the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberKind {
    /// A count or quantity: `140 عنصراً`, `ألف وخمسمائة سجين`, `عشرات`.
    Cardinal,
    /// A rank: `الثالث`, `الحادي عشر`, `العشرين`.
    Ordinal,
    /// A percentage: `50%`, `خمسون بالمئة`.
    Percent,
    /// A year (`عام 2019`): a date, not a count.
    Year,
    /// Part of a date or time written with digits (`20/1/2022`, `10:30`).
    DateOrTime,
    /// A phone number, IP address, identifier or code.
    Identifier,
    /// A page, law, article or resolution number (`القرار 2254`).
    Reference,
}

impl NumberKind {
    /// Whether claims may count with this number.
    pub fn is_count(self) -> bool {
        matches!(self, NumberKind::Cardinal | NumberKind::Percent)
    }
}

/// A figure named without a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Vague {
    /// عشرات، العشرات، dozens, scores: 20 to 99.
    Dozens,
    /// مئات، hundreds: 200 to 999.
    Hundreds,
    /// آلاف، thousands: 2,000 to 9,999.
    Thousands,
    /// عشرات الآلاف، tens of thousands: 20,000 to 99,999.
    TensOfThousands,
    /// مئات الآلاف، hundreds of thousands: 200,000 to 999,999.
    HundredsOfThousands,
    /// ملايين، millions: 2,000,000 to 9,999,999.
    Millions,
    /// بضعة، بضع، a few: 3 to 9.
    Few,
    /// عدد من، several, a number of: at least 2, no upper bound.
    Several,
}

/// One number found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// Byte range in the original text (what evidence shows).
    pub span: Range<usize>,
    /// Byte range in the normalised text.
    pub norm_span: Range<usize>,
    /// Indices of the tokens the mention covers.
    pub tokens: Range<usize>,
    /// The number stated, when one is: `قرابة 140` is 140. `None` when the text only
    /// gives bounds (`أكثر من 100`, `بين 10 و15`, `عشرات`).
    pub value: Option<f64>,
    /// Inclusive lower bound, `None` where open. Exactly 117 is 117..=117; `أكثر من 100`
    /// is 101 with no upper bound. Bounds on a fraction keep the fraction (`أكثر من نصف`
    /// is 0.5): the one-past rule is for whole counts.
    pub low: Option<f64>,
    /// Inclusive upper bound, `None` where open.
    pub high: Option<f64>,
    /// Hedged: قرابة، نحو، حوالي، about.
    pub approx: bool,
    /// A figure named without a number.
    pub vague: Option<Vague>,
    /// What kind of number this is.
    pub kind: NumberKind,
}

/// Finds the numbers in a normalised text, in text order.
///
/// `tokens` must be [`rasid_text::tokenize`] of `text.as_str()`. Mentions never overlap
/// and are sorted by their first token.
pub fn find_numbers(text: &Normalized<'_>, tokens: &[Token]) -> Vec<NumberMention> {
    let ctx = Ctx {
        text: text.as_str(),
        tokens,
        source: Some(text),
    };
    let bytes = ctx.text.as_bytes();
    let gate = gate::Gate::get();
    let mut out = Vec::new();
    let mut floor = 0;
    // Mentions come in text order: the offset map is walked, not searched, for each.
    let mut run_cursor = 0;
    let mut i = 0;
    while i < tokens.len() {
        // Most tokens are ordinary words: one test on their bytes skips them.
        let skipped = i;
        i = gate.next_start(bytes, tokens, i);
        if cfg!(debug_assertions) {
            for k in skipped..i {
                debug_assert!(mention_at(&ctx, k, floor).is_none(), "the gate stopped {k}");
            }
        }
        if i >= tokens.len() {
            break;
        }
        if matches!(ctx.word(i), "http" | "https" | "www") && ctx.glued(i + 1) {
            // Digits inside a web address are no figures.
            i += 1;
            while ctx.glued(i) {
                i += 1;
            }
            floor = i;
            continue;
        }
        let Some(found) = mention_at(&ctx, i, floor) else {
            i += 1;
            continue;
        };
        // A value no text can state (an overflow of digits or exponents) is no figure.
        if [found.value, found.low, found.high]
            .iter()
            .flatten()
            .any(|v| !v.is_finite())
        {
            i = found.end.max(i + 1);
            floor = i;
            continue;
        }
        let (Some(first), Some(last)) = (tokens.get(found.start), tokens.get(found.end - 1)) else {
            i += 1;
            continue;
        };
        // `واكثر من 100`: the evidence starts at the qualifier, not at its conjunction.
        let norm_span =
            (first.start as usize + found.clitic).min(last.end as usize)..last.end as usize;
        out.push(NumberMention {
            span: text.original_range_from(norm_span.clone(), &mut run_cursor),
            norm_span,
            tokens: found.start..found.end,
            value: found.value,
            low: found.low,
            high: found.high,
            approx: found.approx,
            vague: found.vague,
            kind: found.kind,
        });
        floor = found.end;
        i = found.end;
    }
    merge_bounds(&ctx, &mut out);
    out
}

/// `اكثر من 100 واقل من 300`: a lower and an upper bound joined by `و` are one range,
/// when they agree (`اكثر من 40 واقل من 10` stays two figures).
fn merge_bounds(ctx: &Ctx<'_>, out: &mut Vec<NumberMention>) {
    let mut k = 0;
    while k + 1 < out.len() {
        let (Some(a), Some(b)) = (out.get(k), out.get(k + 1)) else {
            break;
        };
        let joined = a.tokens.end == b.tokens.start
            && lexicon::starts_with_and(ctx.text(b.tokens.start))
            || a.tokens.end + 1 == b.tokens.start && matches!(ctx.word(a.tokens.end), "و" | "and");
        let bounds = a.value.is_none()
            && b.value.is_none()
            && a.vague.is_none()
            && b.vague.is_none()
            && a.kind == b.kind
            && a.kind.is_count();
        let (low, high) = match (a.low, a.high, b.low, b.high) {
            (Some(l), None, None, Some(h)) | (None, Some(h), Some(l), None) => (l, h),
            _ => {
                k += 1;
                continue;
            }
        };
        if joined && bounds && low <= high {
            let merged = NumberMention {
                span: a.span.start..b.span.end,
                norm_span: a.norm_span.start..b.norm_span.end,
                tokens: a.tokens.start..b.tokens.end,
                value: None,
                low: Some(low),
                high: Some(high),
                approx: a.approx || b.approx,
                vague: None,
                kind: a.kind,
            };
            out.splice(k..k + 2, [merged]);
        }
        k += 1;
    }
}

/// A mention before it is mapped to byte ranges.
struct Found {
    start: usize,
    /// Bytes of a conjunction glued to the first token that the span leaves out.
    clitic: usize,
    end: usize,
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    approx: bool,
    vague: Option<Vague>,
    kind: NumberKind,
}

impl Found {
    /// A figure stated exactly, with no qualifier: `140`, `ألف وخمسمائة`, `الثالث`.
    fn exact(start: usize, end: usize, value: f64, kind: NumberKind) -> Found {
        Found {
            start,
            clitic: 0,
            end,
            value: Some(value),
            low: Some(value),
            high: Some(value),
            approx: false,
            vague: None,
            kind,
        }
    }
}

/// Whether token `i` can start a number at all: the quick rejection that keeps the scan
/// cheap on ordinary words.
fn may_start(ctx: &Ctx<'_>, i: usize) -> bool {
    match ctx.tok(i).map(|t| t.kind) {
        Some(TokenKind::Digits) => true,
        Some(TokenKind::Word) => ctx.text(i).len() >= 2 || ctx.text(i) == "a",
        Some(TokenKind::Punct) => {
            (ctx.is_punct(i, '-') || ctx.is_punct(i, '%') || ctx.is_punct(i, '.'))
                && ctx.is_digits(i + 1)
                && ctx.glued(i + 1)
        }
        None => false,
    }
}

fn mention_at(ctx: &Ctx<'_>, i: usize, floor: usize) -> Option<Found> {
    if !may_start(ctx, i) {
        return None;
    }
    if let Some(v) = vague::read(ctx, i) {
        let mut start = i;
        if vague::starts_before(ctx, i) && i > floor {
            start = i - 1;
        }
        let mut approx = false;
        let mut clitic = 0;
        if let Some((q_start, Qualifier::Approx)) = qualifiers::before(ctx, start, floor) {
            start = q_start;
            clitic = qualifiers::clitic_len(ctx, q_start);
            approx = true;
        }
        return Some(Found {
            start,
            clitic,
            end: v.end,
            value: None,
            low: Some(v.low),
            high: v.high,
            approx,
            vague: Some(v.vague),
            kind: NumberKind::Cardinal,
        });
    }
    // A word starts a figure only as a number word (or `a hundred`): most words of a
    // text stop here, after one filtered lookup.
    if ctx.tok(i).is_some_and(|t| t.kind == TokenKind::Word) {
        let w = ctx.word(i);
        if !matches!(w, "a" | "an") && lexicon::lookup(w).is_none() {
            return None;
        }
    }
    // Signs and a leading percent: `-5`, `%50` (right-to-left text copied in reverse).
    let mut sign = 1.0;
    let mut lead = i;
    let mut percent_before = false;
    let mut at = i;
    if ctx.tok(i).is_some_and(|t| t.kind == TokenKind::Punct) {
        let after_sign = ctx
            .tok(i.wrapping_sub(1))
            .is_some_and(|t| t.kind == TokenKind::Punct);
        let free = i == 0 || !ctx.glued(i) || after_sign;
        if !free {
            return None;
        }
        if ctx.is_punct(i, '-') {
            sign = -1.0;
        } else if ctx.is_punct(i, '.') {
            // `.25`: a decimal with no integer part.
            let d = digits::read(ctx, i + 1)?;
            if !d.plain || d.kind != NumberKind::Cardinal {
                return None;
            }
            let mut value = digits::fraction(ctx.text(i + 1));
            let mut end = d.end;
            let mut kind = NumberKind::Cardinal;
            // `.5%`, `.01 في المئه`: the percent belongs to the decimal as after `0.5`.
            if let Some((e, factor)) = percent_after(ctx, end) {
                value *= factor;
                end = e;
                kind = NumberKind::Percent;
            }
            return Some(Found::exact(i, end, value, kind));
        } else {
            percent_before = true;
        }
        at = i + 1;
    }
    if matches!(ctx.word(at), "بالمئه" | "بالمائه" | "بالميه" | "بالالف") {
        return None;
    }
    if ctx.word(at) == "one"
        && at > 0
        && matches!(
            ctx.word(at - 1),
            "no" | "any" | "every" | "some" | "the" | "this" | "that"
        )
    {
        // `no one`, `the one who`: a pronoun.
        return None;
    }
    if matches!(ctx.word(at), "واحد" | "واحده")
        && at > 0
        && matches!(ctx.word(at - 1), "اي" | "كل" | "لكل" | "بكل")
        && !matches!(ctx.word(at + 1), "و" | "الف" | "مليون")
    {
        // `اي واحد`, `كل واحد منهم`: which one, each one — a pronoun.
        return None;
    }
    let mut c = cardinal::read(ctx, at)?;
    slash_fraction(ctx, &mut c, floor);
    if at == i && !month_ordinal_ok(ctx, i, &c) {
        return None;
    }
    if c.kind == NumberKind::Ordinal
        && i == floor
        && i > 0
        && lexicon::lookup(ctx.word(i)).is_some_and(|l| !l.definite && !l.conj)
    {
        // `30 ثانيه`: a unit after a count, not a rank.
        return None;
    }
    if c.start < at {
        lead = c.start;
    }
    if lead < floor {
        // A prefix glued to the digits already belongs to the previous mention.
        return None;
    }
    if matches!(ctx.word(lead.wrapping_sub(1)), "سالب" | "ناقص" | "minus") && lead > floor {
        sign = -1.0;
        lead -= 1;
    }
    c.value *= sign;
    c.kind = classify(ctx, &c);
    if c.digits.is_some() || c.kind == NumberKind::Cardinal {
        power(ctx, &mut c);
    }
    let mut end = c.end;
    let mut percent = percent_before;
    if let Some((e, factor)) = percent_after(ctx, end) {
        percent = true;
        c.value *= factor;
        end = e;
    }
    // The word before the figure, past an article or preposition glued to its digits
    // (`قرابه ال100`, `بـ300`): where qualifiers end.
    let qual_at = if ctx.is_digits(lead)
        && lead > floor
        && ctx.glued(lead)
        && matches!(ctx.word(lead - 1), "ال" | "ب" | "ل" | "لل" | "بال" | "وال")
    {
        lead - 1
    } else {
        lead
    };
    if c.rank_by_article
        && matches!(
            qualifiers::before(ctx, qual_at, floor),
            Some((
                _,
                Qualifier::MoreThan
                    | Qualifier::LessThan
                    | Qualifier::AtLeast
                    | Qualifier::AtMost
                    | Qualifier::Approx
            ))
        )
    {
        c.kind = NumberKind::Cardinal;
    }
    if !c.kind.is_count() && c.kind != NumberKind::Cardinal || c.kind == NumberKind::Ordinal {
        return Some(Found::exact(lead, end, c.value, c.kind));
    }

    // `نسبه 10`, `بنسبه 10`: a rate, even without `%`.
    if lead > floor && matches!(ctx.word(lead - 1), "نسبه" | "بنسبه" | "ونسبه") {
        percent = true;
        lead -= 1;
    }
    let before = qualifiers::before(ctx, qual_at, floor)
        .or_else(|| qualifiers::symbol_before(ctx, lead, floor))
        .or_else(|| {
            if ctx.is_digits(lead) || lexicon::lookup(ctx.word(lead)).is_some() {
                qualifiers::governing_verb(ctx, lead, floor)
            } else {
                None
            }
        });
    let mut start = lead;
    let mut clitic = 0;
    let value = c.value;
    let mut range: Option<(f64, f64)> = None;
    if let Some((b, e, bp)) = range_end(ctx, &c, end, before.map(|(_, q)| q)) {
        let mut a = value;
        if !c.has_scale {
            if let Some((x, s)) = b.tail_scale {
                if a <= x {
                    a *= s;
                }
            }
        }
        percent |= bp;
        range = Some((a.min(b.value), a.max(b.value)));
        end = e;
    }
    let mut approx = false;
    let mut low = Some(value);
    let mut high = Some(value);
    let mut stated = Some(value);
    let mut bound = None;
    match before {
        Some((s, Qualifier::Between | Qualifier::From)) if range.is_some() => {
            start = s;
            clitic = qualifiers::clitic_len(ctx, s);
        }
        Some((_, Qualifier::Between | Qualifier::From)) | None => {}
        // `over nine days` is a span of time, not a bound.
        Some((s, Qualifier::MoreThan))
            if ctx.word(s) == "over"
                && matches!(
                    ctx.word(end),
                    "days" | "weeks" | "months" | "years" | "hours" | "minutes" | "nights"
                ) => {}
        Some((s, q)) => {
            start = s;
            clitic = qualifiers::clitic_len(ctx, s);
            bound = Some(q);
        }
    }
    if matches!(bound, Some(Qualifier::MoreThan | Qualifier::LessThan)) {
        if let Some(e) = qualifiers::or_equal(ctx, end) {
            end = e;
            bound = match bound {
                Some(Qualifier::MoreThan) => Some(Qualifier::AtLeast),
                _ => Some(Qualifier::AtMost),
            };
        }
    }
    if bound == Some(Qualifier::Exact) {
        bound = None;
    }
    if bound.is_none() || bound == Some(Qualifier::Approx) {
        let suffix = qualifiers::after(ctx, end).or_else(|| qualifiers::after_noun(ctx, end));
        if let Some((e, q)) = suffix.filter(|_| range.is_none()) {
            end = e;
            if bound.is_none() || q != Qualifier::Approx {
                bound = Some(q);
            }
            if q == Qualifier::Approx {
                approx = true;
            }
        }
    }
    if let Some((lo, hi)) = range {
        stated = None;
        low = Some(lo);
        high = Some(hi);
        approx |= bound == Some(Qualifier::Approx);
    } else {
        let whole = value.fract() == 0.0;
        match bound {
            Some(Qualifier::Approx) => approx = true,
            // SPEC's one-past rule is for whole counts: `اكثر من 100` is 101, but
            // `اكثر من نصف` is above a half, so a fraction stays its own bound.
            Some(Qualifier::MoreThan) => {
                stated = None;
                low = Some(if whole { value + 1.0 } else { value });
                high = None;
            }
            Some(Qualifier::AtLeast) => {
                stated = None;
                low = Some(value);
                high = None;
            }
            Some(Qualifier::AtMost) => {
                stated = None;
                low = None;
                high = Some(value);
            }
            Some(Qualifier::LessThan) => {
                stated = None;
                low = None;
                high = Some(if whole { value - 1.0 } else { value });
            }
            _ => {}
        }
    }
    Some(Found {
        start,
        clitic,
        end,
        value: stated,
        low,
        high,
        approx,
        vague: None,
        kind: if percent {
            NumberKind::Percent
        } else {
            NumberKind::Cardinal
        },
    })
}

/// `اكثر من 1/2`: after a comparison, a proper fraction written with a slash is a
/// share, not a day and month.
fn slash_fraction(ctx: &Ctx<'_>, c: &mut Cardinal, floor: usize) {
    let Some(d) = c.digits else { return };
    if d.kind != NumberKind::DateOrTime || d.end != d.start + 3 || !ctx.is_punct(d.start + 1, '/') {
        return;
    }
    let bound = matches!(
        qualifiers::before(ctx, d.start, floor),
        Some((
            _,
            Qualifier::MoreThan | Qualifier::LessThan | Qualifier::AtLeast | Qualifier::AtMost
        ))
    );
    let numerator = digits::integer(ctx.text(d.start));
    let denominator = digits::integer(ctx.text(d.start + 2));
    if bound && numerator < denominator && numerator > 0.0 {
        c.value = numerator / denominator;
        c.kind = NumberKind::Cardinal;
        c.digits = None;
    }
}

/// `1.1^23`, `2.5^-1`: a power written with a caret after a digit number.
fn power(ctx: &Ctx<'_>, c: &mut Cardinal) {
    let Some(d) = c.digits else { return };
    if c.end != d.end || !ctx.is_punct(c.end, '^') || !ctx.glued(c.end) {
        return;
    }
    let mut j = c.end + 1;
    let mut sign = 1.0;
    while ctx.glued(j) && (ctx.is_punct(j, '-') || ctx.is_punct(j, '+')) && j < c.end + 4 {
        if ctx.is_punct(j, '-') {
            sign = -sign;
        }
        j += 1;
    }
    if !ctx.glued(j) {
        return;
    }
    let Some(exp) = digits::read(ctx, j) else {
        return;
    };
    if exp.kind != NumberKind::Cardinal || exp.value > 300.0 {
        return;
    }
    c.value = c.value.signum() * c.value.abs().powf(sign * exp.value);
    c.kind = NumberKind::Cardinal;
    c.end = exp.end;
    c.digits = None;
}

/// `الثاني` in `كانون الثاني` or `ربيع الاول` names a month, not a rank.
fn month_ordinal_ok(ctx: &Ctx<'_>, i: usize, c: &Cardinal) -> bool {
    if c.kind != NumberKind::Ordinal {
        return true;
    }
    if i > 0 && matches!(ctx.word(i - 1), "كانون" | "تشرين" | "ربيع" | "جمادي") {
        return false;
    }
    // `اول امس`: the day before yesterday.
    !matches!(ctx.word(c.end), "امس")
}

/// `%`, `بالمئه`, `في المئه`, `percent` after a number: one past its last token, and
/// the factor to a percentage (`في الالف`, per mille, is a tenth of a percent).
pub(crate) fn percent_after(ctx: &Ctx<'_>, end: usize) -> Option<(usize, f64)> {
    if ctx.newline(end) {
        return None;
    }
    if ctx.is_punct(end, '%') {
        return Some((end + 1, 1.0));
    }
    match ctx.word(end) {
        "بالمئه" | "بالمائه" | "بالميه" | "percent" | "pct" => {
            Some((end + 1, 1.0))
        }
        "بالالف" => Some((end + 1, 0.1)),
        "في" => match ctx.word(end + 1) {
            "المئه" | "المائه" | "الميه" => Some((end + 2, 1.0)),
            "الالف" => Some((end + 2, 0.1)),
            "المليون" => Some((end + 2, 1e-4)),
            _ => None,
        },
        "per" if ctx.word(end + 1) == "cent" => Some((end + 2, 1.0)),
        _ => None,
    }
}

/// The second number of a range after `c` (`10 الي 15`, `10-15`, `بين 10 و15`,
/// `ثلاثه او اربعه`): the number, one past its last token, whether it is a percentage.
fn range_end(
    ctx: &Ctx<'_>,
    c: &Cardinal,
    end: usize,
    before: Option<Qualifier>,
) -> Option<(Cardinal, usize, bool)> {
    if ctx.newline(end) || c.kind != NumberKind::Cardinal {
        return None;
    }
    let between = before == Some(Qualifier::Between);
    let w = ctx.word(end);
    let (b_at, strict) = match w {
        "الي" | "حتي" | "to" => (end + 1, true),
        "او" | "or" => (end + 1, true),
        "و" | "and" if between => (end + 1, false),
        _ if ctx.is_punct(end, '-') || ctx.is_punct(end, '~') => {
            if ctx.glued(end) != ctx.glued(end + 1) || !ctx.is_digits(end + 1) {
                return None;
            }
            (end + 1, true)
        }
        _ if between && lexicon::lookup(w).is_some_and(|l| l.conj) => (end, false),
        _ => return None,
    };
    if ctx.newline(b_at) {
        return None;
    }
    let b = cardinal::read(ctx, b_at)?;
    if b.kind != NumberKind::Cardinal || !b.value.is_finite() {
        return None;
    }
    let mut b_end = b.end;
    let mut percent = false;
    if let Some((e, _)) = percent_after(ctx, b_end) {
        percent = true;
        b_end = e;
    }
    if is_year(c) && is_year(&b) {
        return None;
    }
    if strict && b.value <= c.value && b.tail_scale.is_none() {
        return None;
    }
    Some((b, b_end, percent))
}

fn is_year(c: &Cardinal) -> bool {
    c.digits
        .is_some_and(|d| d.plain && d.len == 4 && (1900.0..=2100.0).contains(&d.value))
}

/// What a number made of one digit run is, from the words around it.
fn classify(ctx: &Ctx<'_>, c: &Cardinal) -> NumberKind {
    let Some(d) = c.digits else { return c.kind };
    if d.kind != NumberKind::Cardinal || !d.plain {
        return d.kind;
    }
    let i = d.start;
    // Skip an article or clitic glued to the digits: `الـ20`, `بـ3`.
    let mut p = i.checked_sub(1);
    if let Some(k) = p {
        if ctx.glued(i)
            && matches!(
                ctx.word(k),
                "ال" | "ل" | "ب" | "و" | "لل" | "بال" | "وال" | "ف"
            )
        {
            p = k.checked_sub(1);
        }
    }
    let prev = p.map_or("", |k| ctx.word(k));
    if lexicon::is_reference_word(prev) {
        return NumberKind::Reference;
    }
    if matches!(prev, "الساعه" | "at") && d.value <= 24.0 {
        return NumberKind::DateOrTime;
    }
    let next = ctx.word(d.end);
    let month_before = lexicon::is_month(prev)
        || (matches!(prev, "الثاني" | "الاول" | "الاولي" | "الاخره")
            && p.and_then(|k| k.checked_sub(1))
                .is_some_and(|k| lexicon::is_month(ctx.word(k))));
    let era_suffix = ctx.glued(d.end) && matches!(next, "م" | "ه" | "هـ");
    if era_suffix && (3..=4).contains(&d.len) {
        // `921م`, `1436هـ`.
        return NumberKind::Year;
    }
    if d.len == 4 && (1000.0..=2100.0).contains(&d.value) {
        let strong = lexicon::is_year_noun(prev);
        let modern = (1900.0..=2100.0).contains(&d.value);
        let suffix = ctx.glued(d.end) && matches!(next, "م" | "ه" | "هـ")
            || matches!(
                next,
                "م" | "ميلادي" | "ميلاديه" | "هجري" | "هجريه" | "ad" | "bc"
            );
        let is_year_digits = |k: usize| {
            ctx.is_digits(k)
                && ctx.text(k).len() == 4
                && (1900.0..=2100.0).contains(&digits::integer(ctx.text(k)))
        };
        let connector = |k: usize| {
            matches!(ctx.word(k), "الي" | "حتي" | "و" | "to" | "and") || ctx.is_punct(k, '-')
        };
        // `2011 الي 2015`, `عامي 2019 و2020`: years on both sides of a connector.
        let year_range = i >= 2 && connector(i - 1) && is_year_digits(i - 2)
            || connector(d.end) && is_year_digits(d.end + 1);
        if strong
            || suffix
            || (modern && (lexicon::is_year_word(prev) || month_before || year_range))
        {
            return NumberKind::Year;
        }
    }
    if d.len <= 2 && (1.0..=31.0).contains(&d.value) {
        let month_after =
            lexicon::is_month(next) || (next == "من" && lexicon::is_month(ctx.word(d.end + 1)));
        if month_after || month_before {
            return NumberKind::DateOrTime;
        }
    }
    NumberKind::Cardinal
}

/// A number read on its own at one token, whatever stands before it.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberAt {
    /// Indices of the tokens the number covers.
    pub tokens: Range<usize>,
    /// Its value.
    pub value: f64,
    /// Written as a rank (`الثامنه`).
    pub ordinal: bool,
}

/// Reads the number (words or digits) starting at token `i`, as if nothing preceded it.
///
/// [`find_numbers`] joins `الثامنه وعشرين` into one rank (the 28th), which is right in a
/// date; a clock reads it as an hour and its minutes. This lets the time parser read each
/// part: pass `&tokens[..k]` to stop the number before token `k`.
pub fn read_number_at(text: &str, tokens: &[Token], i: usize) -> Option<NumberAt> {
    let ctx = Ctx {
        text,
        tokens,
        source: None,
    };
    let read = cardinal::read(&ctx, i)?;
    if !matches!(read.kind, NumberKind::Cardinal | NumberKind::Ordinal) || read.end <= i {
        return None;
    }
    Some(NumberAt {
        tokens: i..read.end,
        value: read.value,
        ordinal: read.kind == NumberKind::Ordinal,
    })
}

//! Words around a number that hedge it or turn it into a bound: `قرابه 140`,
//! `اكثر من 100`, `ما لا يقل عن 20`, `لا يتجاوز 30`, `100 او اكثر`, `at least 20`.

use crate::ctx::Ctx;
use rasid_text::{BuildWordHasher, TokenKind};
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// How a qualifier changes the number it governs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Qualifier {
    /// قرابه، نحو، about: the value stands, hedged.
    Approx,
    /// اكثر من، تجاوز، more than: exclusive lower bound.
    MoreThan,
    /// ما لا يقل عن، at least: inclusive lower bound.
    AtLeast,
    /// لا يتجاوز، up to: inclusive upper bound.
    AtMost,
    /// اقل من، fewer than: exclusive upper bound.
    LessThan,
    /// بين، between: opens a range closed by `و` / `and`.
    Between,
    /// من، from: opens a range closed by `الي` / `to`.
    From,
    /// يساوي، ما يعادل، equals: states the number as it is (low = high = value).
    Exact,
}

use Qualifier::*;

/// A phrase of words (normalised) and what it does to the number next to it.
type Phrase = (&'static [&'static str], Qualifier);

/// Phrases before a number, in normalised form. Longest first within a meaning does not
/// matter: the longest match over all of them wins.
const BEFORE: &[(&[&str], Qualifier)] = &[
    (&["قرابه"], Approx),
    (&["نحو"], Approx),
    (&["حوالي"], Approx),
    (&["زهاء"], Approx),
    (&["ما", "يقارب"], Approx),
    (&["يقارب"], Approx),
    (&["تقارب"], Approx),
    (&["ما", "يقرب", "من"], Approx),
    (&["يقرب", "من"], Approx),
    (&["ما", "يناهز"], Approx),
    (&["يناهز"], Approx),
    (&["ناهز"], Approx),
    (&["تناهز"], Approx),
    (&["في", "حدود"], Approx),
    (&["تقريبا"], Approx),
    (&["about"], Approx),
    (&["around"], Approx),
    (&["nearly"], Approx),
    (&["almost"], Approx),
    (&["approximately"], Approx),
    (&["roughly"], Approx),
    (&["some"], Approx),
    (&["an", "estimated"], Approx),
    (&["estimated"], Approx),
    (&["circa"], Approx),
    (&["اكثر", "من"], MoreThan),
    (&["ما", "يزيد", "عن"], MoreThan),
    (&["ما", "يزيد", "علي"], MoreThan),
    (&["يزيد", "عن"], MoreThan),
    (&["يزيد", "علي"], MoreThan),
    (&["تزيد", "عن"], MoreThan),
    (&["تزيد", "علي"], MoreThan),
    (&["ما", "يربو", "علي"], MoreThan),
    (&["يربو", "علي"], MoreThan),
    (&["ازيد", "من"], MoreThan),
    (&["ما", "يفوق"], MoreThan),
    (&["يفوق"], MoreThan),
    (&["تفوق"], MoreThan),
    (&["فاق"], MoreThan),
    (&["فاقت"], MoreThan),
    (&["تجاوز"], MoreThan),
    (&["تجاوزت"], MoreThan),
    (&["يتجاوز"], MoreThan),
    (&["تتجاوز"], MoreThan),
    (&["ما", "يتجاوز"], MoreThan),
    (&["تخطي"], MoreThan),
    (&["تخطت"], MoreThan),
    (&["يتخطي"], MoreThan),
    (&["فوق"], MoreThan),
    (&["اكبر", "من"], MoreThan),
    (&["over"], MoreThan),
    (&["more", "than"], MoreThan),
    (&["upwards", "of"], MoreThan),
    (&["in", "excess", "of"], MoreThan),
    (&["exceeding"], MoreThan),
    (&["ما", "لا", "يقل", "عن"], AtLeast),
    (&["ما", "لا", "يقل", "علي"], AtLeast),
    (&["لا", "يقل", "عن"], AtLeast),
    (&["لا", "يقل", "علي"], AtLeast),
    (&["لا", "تقل", "عن"], AtLeast),
    (&["ما", "لا", "تقل", "عن"], AtLeast),
    (&["علي", "الاقل"], AtLeast),
    (&["at", "least"], AtLeast),
    (&["no", "fewer", "than"], AtLeast),
    (&["no", "less", "than"], AtLeast),
    (&["not", "less", "than"], AtLeast),
    (&["a", "minimum", "of"], AtLeast),
    (&["ما", "لا", "يزيد", "عن"], AtMost),
    (&["ما", "لا", "يزيد", "علي"], AtMost),
    (&["لا", "يزيد", "عن"], AtMost),
    (&["لا", "يزيد", "علي"], AtMost),
    (&["لا", "تزيد", "عن"], AtMost),
    (&["لا", "تزيد", "علي"], AtMost),
    (&["لا", "يتجاوز"], AtMost),
    (&["لا", "تتجاوز"], AtMost),
    (&["ما", "لا", "يتجاوز"], AtMost),
    (&["لا", "يتعدي"], AtMost),
    (&["لا", "اكثر", "من"], AtMost),
    (&["ليس", "اكثر", "من"], AtMost),
    (&["ما", "يصل", "الي"], AtMost),
    (&["يصل", "الي"], AtMost),
    (&["تصل", "الي"], AtMost),
    (&["علي", "الاكثر"], AtMost),
    (&["up", "to"], AtMost),
    (&["at", "most"], AtMost),
    (&["no", "more", "than"], AtMost),
    (&["not", "more", "than"], AtMost),
    (&["a", "maximum", "of"], AtMost),
    (&["اقل", "من"], LessThan),
    (&["ما", "يقل", "عن"], LessThan),
    (&["يقل", "عن"], LessThan),
    (&["دون"], LessThan),
    (&["اصغر", "من"], LessThan),
    (&["less", "than"], LessThan),
    (&["fewer", "than"], LessThan),
    (&["under"], LessThan),
    (&["below"], LessThan),
    (&["اكبر", "من", "او", "يساوي"], AtLeast),
    (&["اكثر", "من", "او", "يساوي"], AtLeast),
    (&["اعلي", "من", "او", "يساوي"], AtLeast),
    (&["اكبر", "من", "او", "تساوي"], AtLeast),
    (&["اكثر", "من", "او", "تساوي"], AtLeast),
    (&["يساوي", "او", "اكثر", "من"], AtLeast),
    (&["يساوي", "او", "اكبر", "من"], AtLeast),
    (&["علي", "الاقل", "او", "يساوي"], AtLeast),
    (&["لا", "اقل", "من"], AtLeast),
    (&["اقل", "من", "او", "يساوي"], AtMost),
    (&["اصغر", "من", "او", "يساوي"], AtMost),
    (&["اقل", "من", "او", "تساوي"], AtMost),
    (&["اصغر", "من", "او", "تساوي"], AtMost),
    (&["اخفض", "او", "يساوي"], AtMost),
    (&["ادني", "او", "يساوي"], AtMost),
    (&["يساوي", "او", "اقل", "من"], AtMost),
    (&["يساوي", "او", "اصغر", "من"], AtMost),
    (&["اعلي", "من"], MoreThan),
    (&["ادني", "من"], LessThan),
    (&["ادني"], LessThan),
    (&["اخفض", "من"], LessThan),
    (&["تحت"], LessThan),
    (&["اعلي", "من", "او", "تساوي"], AtLeast),
    (&["ادني", "من", "او", "يساوي"], AtMost),
    (&["اخفض", "من", "او", "يساوي"], AtMost),
    (&["يساوي"], Exact),
    (&["تساوي"], Exact),
    (&["ما", "يساوي"], Exact),
    // Not `تعادل`: in sports news it is a draw (`تعادل 1-1`).
    (&["يعادل"], Exact),
    (&["ما", "يعادل"], Exact),
    (&["equals"], Exact),
    (&["equal", "to"], Exact),
    (&["بين"], Between),
    (&["ما", "بين"], Between),
    (&["between"], Between),
    (&["من"], From),
    (&["from"], From),
];

/// Phrases after a number.
const AFTER: &[(&[&str], Qualifier)] = &[
    (&["تقريبا"], Approx),
    (&["or", "so"], Approx),
    (&["ونيف"], MoreThan),
    (&["ونيفا"], MoreThan),
    (&["و", "نيف"], MoreThan),
    (&["وبضعه"], MoreThan),
    (&["وبضع"], MoreThan),
    (&["and", "more"], AtLeast),
    (&["او", "اكثر"], AtLeast),
    (&["او", "اكبر"], AtLeast),
    (&["فاكثر"], AtLeast),
    (&["واكثر"], AtLeast),
    (&["وما", "فوق"], AtLeast),
    (&["او", "يزيد"], AtLeast),
    (&["or", "more"], AtLeast),
    (&["او", "اقل"], AtMost),
    (&["فاقل"], AtMost),
    (&["or", "less"], AtMost),
    (&["or", "fewer"], AtMost),
    (&["علي", "الاكثر"], AtMost),
    (&["at", "most"], AtMost),
    (&["علي", "الاقل"], AtLeast),
    (&["at", "least"], AtLeast),
];

/// Whether token `k` is the word `p`, allowing a glued `و`/`ف` on the first word of a
/// phrase (`واكثر من`).
fn word_is(ctx: &Ctx<'_>, k: usize, p: &str, first: bool) -> bool {
    let Some(t) = ctx.tok(k) else { return false };
    if t.kind != TokenKind::Word {
        return false;
    }
    let w = ctx.word(k);
    w == p || (first && strip_clitic(w) == Some(p))
}

/// A qualifier word without the clitic glued before it: the conjunctions `و` and `ف`,
/// and the prepositions `ب` and `ل` before the few words news joins them to (`بنحو 900`,
/// `باكثر من 30`, `بما يعادل 80`, `استمر لقرابة تسعة أيام`; not `بدون`, which is no `دون`).
fn strip_clitic(w: &str) -> Option<&str> {
    let c = w.chars().next()?;
    let rest = w.get(c.len_utf8()..).filter(|r| !r.is_empty())?;
    match c {
        'و' | 'ف' => Some(rest),
        'ب' | 'ل'
            if matches!(
                rest,
                "نحو" | "حوالي" | "قرابه" | "زهاء" | "اكثر" | "اقل" | "ما" | "ازيد"
            ) =>
        {
            Some(rest)
        }
        _ => None,
    }
}

/// The phrases of [`BEFORE`] by their last word: one lookup rejects the word before a
/// number in the common case where it qualifies nothing.
static BY_LAST_WORD: LazyLock<HashMap<&'static str, Vec<Phrase>, BuildWordHasher>> =
    LazyLock::new(|| {
        let mut map: HashMap<&'static str, Vec<Phrase>, BuildWordHasher> = HashMap::default();
        for &(phrase, q) in BEFORE {
            if let Some(last) = phrase.last() {
                map.entry(*last).or_default().push((phrase, q));
            }
        }
        map
    });

/// The first words of [`BEFORE`]: where a glued `و`/`ف` is a conjunction, not a letter.
static FIRST_WORDS: LazyLock<HashSet<&'static str, BuildWordHasher>> = LazyLock::new(|| {
    BEFORE
        .iter()
        .filter_map(|(p, _)| p.first().copied())
        .collect()
});

/// Bytes of the conjunction glued to the qualifier that starts at token `start`
/// (`واقل من`, `ومن`): a span starts after it, since the evidence is the figure and its
/// qualifier, not the conjunction that links it to the sentence.
pub(crate) fn clitic_len(ctx: &Ctx<'_>, start: usize) -> usize {
    let w = ctx.word(start);
    if FIRST_WORDS.contains(w) {
        return 0;
    }
    match strip_clitic(w) {
        Some(rest) if FIRST_WORDS.contains(rest) => w.len() - rest.len(),
        _ => 0,
    }
}

/// The longest qualifier that ends right before token `i` and starts at or after
/// `floor`: (first token, meaning).
pub(crate) fn before(ctx: &Ctx<'_>, i: usize, floor: usize) -> Option<(usize, Qualifier)> {
    if ctx.newline(i) || i == 0 || i - 1 < floor {
        return None;
    }
    let last = ctx.word(i - 1);
    if last.is_empty() {
        return None;
    }
    let mut best: Option<(usize, Qualifier)> = None;
    let bare = strip_clitic(last);
    for key in [Some(last), bare].into_iter().flatten() {
        let Some(candidates) = BY_LAST_WORD.get(key) else {
            continue;
        };
        for &(phrase, q) in candidates {
            let n = phrase.len();
            if i < n || i - n < floor {
                continue;
            }
            let start = i - n;
            if best.is_some_and(|(b, _)| b <= start) {
                continue;
            }
            let matched = phrase
                .iter()
                .enumerate()
                .all(|(k, p)| word_is(ctx, start + k, p, k == 0))
                && (start + 1..=i).all(|k| !ctx.newline(k));
            if matched {
                best = Some((start, q));
            }
        }
    }
    best
}

/// A qualifier that starts at token `end`: (one past its last token, meaning).
/// `او اكثر` followed by `من` and a number is not one: it starts a bound of its own.
pub(crate) fn after(ctx: &Ctx<'_>, end: usize) -> Option<(usize, Qualifier)> {
    if ctx.newline(end) {
        return None;
    }
    // The word after the figure is read once: most are the first word of no phrase.
    if !opens_after(ctx.word(end)) {
        return None;
    }
    AFTER.iter().find_map(|&(phrase, q)| {
        let matched = phrase
            .iter()
            .enumerate()
            .all(|(k, p)| word_is(ctx, end + k, p, false) && !ctx.newline(end + k));
        if !matched {
            return None;
        }
        let stop = end + phrase.len();
        if matches!(ctx.word(stop), "من" | "than" | "عن" | "علي") {
            // `او اكثر من` closes the phrase only when no number follows.
            if starts_number(ctx, stop + 1) {
                return None;
            }
            return Some((stop + 1, q));
        }
        Some((stop, q))
    })
}

/// Whether `w` is the first word of a phrase of [`AFTER`]: one `match`, compiled to a
/// test of the length and a comparison or two, where a walk over the phrases would
/// compare two dozen strings for every figure.
fn opens_after(w: &str) -> bool {
    matches!(
        w,
        "تقريبا"
            | "or"
            | "ونيف"
            | "ونيفا"
            | "و"
            | "وبضعه"
            | "وبضع"
            | "and"
            | "او"
            | "فاكثر"
            | "واكثر"
            | "وما"
            | "فاقل"
            | "علي"
            | "at"
    )
}

/// `علي الاقل` or `تقريبا` after the counted noun: `مقتل عشره جنود علي الاقل`.
pub(crate) fn after_noun(ctx: &Ctx<'_>, end: usize) -> Option<(usize, Qualifier)> {
    // The phrase's first word, one or two words on, is tested first: it is seldom there,
    // and the test of the words between looks them up in the lexicon.
    let opens = |k: usize| matches!(ctx.word(k), "علي" | "at" | "تقريبا");
    if !opens(end + 1) && !opens(end + 2) {
        return None;
    }
    for gap in 1..=2 {
        let words = (end..end + gap).all(|k| {
            ctx.tok(k)
                .is_some_and(|t| t.kind == TokenKind::Word && !t.newline_before)
                && !starts_number(ctx, k)
                && !matches!(ctx.word(k), "و" | "او" | "من" | "في" | "and" | "or")
        });
        if !words {
            return None;
        }
        let at = end + gap;
        if ctx.newline(at) {
            return None;
        }
        let found = match (ctx.word(at), ctx.word(at + 1)) {
            ("علي", "الاقل") | ("at", "least") => Some((at + 2, AtLeast)),
            ("تقريبا", _) => Some((at + 1, Approx)),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

/// `او يساوي` after a strict bound makes it inclusive (`اكثر من 5000 او يساوي`).
pub(crate) fn or_equal(ctx: &Ctx<'_>, end: usize) -> Option<usize> {
    let matched = matches!(ctx.word(end), "او" | "or")
        && matches!(ctx.word(end + 1), "يساوي" | "تساوي" | "equal")
        && !ctx.newline(end)
        && !starts_number(ctx, end + 2);
    matched.then_some(end + 2)
}

/// Whether a number could start at token `i`.
fn starts_number(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.is_digits(i) || crate::lexicon::lookup(ctx.word(i)).is_some()
}

/// Comparison signs right before token `i`: `>`, `>=`, `<`, `<=`, `< =`.
pub(crate) fn symbol_before(ctx: &Ctx<'_>, i: usize, floor: usize) -> Option<(usize, Qualifier)> {
    if i == 0 || i - 1 < floor {
        return None;
    }
    let k = i - 1;
    if ctx.is_punct(k, '=') {
        if k == 0 || k - 1 < floor {
            return None;
        }
        let q = if ctx.is_punct(k - 1, '>') {
            AtLeast
        } else if ctx.is_punct(k - 1, '<') {
            AtMost
        } else {
            return None;
        };
        if k >= 2
            && (ctx.is_punct(k - 2, '<') || ctx.is_punct(k - 2, '>') || ctx.is_punct(k - 2, '='))
        {
            return None;
        }
        return Some((k - 1, q));
    }
    if ctx.is_punct(k, '>') && closes_tag(ctx, k) {
        // `<a0> 29`: the `>` closes a tag or a bracket.
        return None;
    }
    let q = if ctx.is_punct(k, '>') {
        MoreThan
    } else if ctx.is_punct(k, '<') {
        LessThan
    } else {
        return None;
    };
    if k >= 1 && (ctx.is_punct(k - 1, '<') || ctx.is_punct(k - 1, '>') || ctx.is_punct(k - 1, '='))
    {
        return None;
    }
    Some((k, q))
}

/// Whether the `>` at token `k` ends a `<...>` written without spaces.
fn closes_tag(ctx: &Ctx<'_>, k: usize) -> bool {
    let mut j = k;
    while j > 0 && j + 8 > k && ctx.glued(j) {
        j -= 1;
        if ctx.is_punct(j, '<') {
            return j + 1 < k;
        }
    }
    false
}

/// Verbs that bound a figure they govern through its noun: `تجاوز عدد القتلي 100`.
/// Returns the verb's token when the words between are that noun phrase.
pub(crate) fn governing_verb(ctx: &Ctx<'_>, i: usize, floor: usize) -> Option<(usize, Qualifier)> {
    // At most three words between the verb and the number, the first of them a word for
    // a count or toll.
    for gap in 2..=4 {
        if i < gap + 1 || i - gap - 1 < floor {
            break;
        }
        let verb = i - gap - 1;
        if !(verb + 1..i).all(|k| {
            ctx.tok(k)
                .is_some_and(|t| t.kind == TokenKind::Word && !t.newline_before)
        }) {
            return None;
        }
        if !matches!(
            ctx.word(verb + 1),
            "عدد" | "حصيله" | "الحصيله" | "اعداد" | "عددهم" | "حصيلتها" | "ضحايا"
        ) {
            continue;
        }
        let q = match ctx.word(verb) {
            "تجاوز" | "تجاوزت" | "يتجاوز" | "تتجاوز" | "فاق" | "فاقت" | "يفوق" | "تفوق"
            | "تخطي" | "تخطت" | "يتخطي" | "تعدي" | "تعدت" => MoreThan,
            "ناهز" | "يناهز" | "ناهزت" | "قارب" | "قاربت" | "يقارب" => {
                Approx
            }
            _ => continue,
        };
        return Some((verb, q));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_after_a_figure_opens_with_a_listed_word() {
        for (phrase, _) in AFTER {
            let first = phrase.first().copied().unwrap_or_default();
            assert!(opens_after(first), "{first} is missing from opens_after");
        }
    }
}

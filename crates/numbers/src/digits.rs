//! Numbers written with digits: separators, decimals, and the digit strings that are not
//! quantities (dates, times, phone numbers, codes).
//!
//! Normalisation has already folded every digit script to ASCII and `٫ ٬ ،` to `. ,`, so
//! `١٬٥٠٠` arrives here as the tokens `1` `,` `500`.

use crate::ctx::Ctx;
use crate::NumberKind;
use rasid_text::TokenKind;

/// A number read from digit tokens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct DigitRead {
    /// First token (a glued Latin prefix or `+` belongs to the number).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The value (for dates, times and identifiers, that of the first group).
    pub value: f64,
    /// What the digits are.
    pub kind: NumberKind,
    /// A single run of digits with nothing glued: the only shape a year can take.
    pub plain: bool,
    /// Number of digits in the first group.
    pub len: usize,
}

/// Longest chain of separated digit groups looked at (`1,234,567,890` is four).
const MAX_GROUPS: usize = 8;

/// Reads the number whose first digit run is token `i`.
pub(crate) fn read(ctx: &Ctx<'_>, i: usize) -> Option<DigitRead> {
    if !ctx.is_digits(i) {
        return None;
    }
    let first = ctx.text(i);
    let mut read = DigitRead {
        start: i,
        end: i + 1,
        value: integer(first),
        kind: NumberKind::Cardinal,
        plain: true,
        len: first.len(),
    };
    if i > 0 && ctx.glued(i) {
        if ctx.is_latin_word(i - 1) {
            read.start = i - 1;
            read.kind = NumberKind::Identifier;
            read.plain = false;
        } else if i > 1 && ctx.is_punct(i - 1, '-') && ctx.glued(i - 1) && ctx.is_latin_word(i - 2)
        {
            read.start = i - 2;
            read.kind = NumberKind::Identifier;
            read.plain = false;
        } else if ctx.is_punct(i - 1, '+') {
            read.start = i - 1;
            read.kind = NumberKind::Identifier;
            read.plain = false;
        }
    }

    let mut groups = [i; MAX_GROUPS];
    let mut seps = [' '; MAX_GROUPS];
    let mut n = 1;
    while n < MAX_GROUPS {
        let sep = groups[n - 1] + 1;
        let Some(t) = ctx.tok(sep) else { break };
        if t.kind != TokenKind::Punct || t.space_before {
            break;
        }
        let c = t.first_char(ctx.text);
        if !matches!(c, ',' | '.' | '/' | ':' | '-')
            || !ctx.is_digits(sep + 1)
            || !ctx.glued(sep + 1)
        {
            break;
        }
        seps[n - 1] = c;
        groups[n] = sep + 1;
        n += 1;
    }
    let groups = &groups[..n];
    let seps = &seps[..n - 1];

    if n == 1 {
        spaced_thousands(ctx, &mut read);
    } else {
        read.plain = false;
        classify_groups(ctx, groups, seps, &mut read);
    }
    if read.kind == NumberKind::Cardinal && read.plain && looks_like_phone(first) {
        read.kind = NumberKind::Identifier;
    }
    if read.kind == NumberKind::Identifier && ctx.is_punct(read.start, '+') {
        phone_groups(ctx, &mut read);
    }
    latin_suffix(ctx, &mut read);
    Some(read)
}

/// `+963 11 2345678`: the groups of an international phone number, separated by single
/// spaces on one line, belong to it; none of them is a figure.
fn phone_groups(ctx: &Ctx<'_>, read: &mut DigitRead) {
    let mut j = read.end;
    let mut groups = 0;
    while groups < 5
        && ctx.is_digits(j)
        && !ctx.glued(j)
        && !ctx.newline(j)
        && (1..=8).contains(&ctx.text(j).len())
    {
        j += 1;
        groups += 1;
    }
    read.end = j;
}

/// `1 234 567`: groups of three after a short head, separated by spaces.
fn spaced_thousands(ctx: &Ctx<'_>, read: &mut DigitRead) {
    if read.len > 3 {
        return;
    }
    let mut j = read.end;
    let mut value = read.value;
    while ctx.is_digits(j) && !ctx.glued(j) && !ctx.newline(j) && ctx.text(j).len() == 3 {
        // `5 100 200` could be a list; a group must not itself start a separated number.
        let decimals = ctx.is_punct(j + 1, '.') && ctx.is_digits(j + 2) && ctx.glued(j + 1);
        if decimals {
            if !(ctx.typographic_gap(j) && ctx.glued(j + 2)) {
                break;
            }
            // `1 234 567.89` with narrow no-break spaces: the decimals end the figure.
            value = value * 1000.0 + decimal(ctx.text(j), ctx.text(j + 2));
            j += 3;
            break;
        }
        value = value * 1000.0 + integer(ctx.text(j));
        j += 1;
    }
    if j > read.end {
        read.value = value;
        read.end = j;
        read.plain = false;
    }
}

/// Groups joined by `, . / : -` with no spaces.
fn classify_groups(ctx: &Ctx<'_>, groups: &[usize], seps: &[char], read: &mut DigitRead) {
    let text = |k: usize| groups.get(k).map_or("", |&g| ctx.text(g));
    let last = groups.len() - 1;
    let end_all = groups[last] + 1;
    let all = |c: char| seps.iter().all(|&s| s == c);
    let a = text(0);
    let b = text(1);
    let (av, bv) = (integer(a), integer(b));
    let date_able = |x: f64, y: f64| {
        (1.0..=31.0).contains(&x) && (1.0..=12.0).contains(&y)
            || (1.0..=12.0).contains(&x) && (1.0..=31.0).contains(&y)
    };
    if read.kind == NumberKind::Identifier {
        read.end = end_all;
        return;
    }
    if all(':') {
        if b.len() == 2 && av <= 24.0 {
            read.kind = NumberKind::DateOrTime;
            read.end = end_all;
        } else {
            read.end = groups[0] + 1;
            read.plain = true;
        }
        return;
    }
    if all('/') {
        if groups.len() == 2 {
            // A scale word or a percent after it: no date is `ملايين` or `في المئة`.
            let decimal_only = crate::cardinal::scale_follows(ctx, end_all)
                || crate::percent_after(ctx, end_all).is_some();
            if decimal_only || !(date_able(av, bv) || b.len() == 4) {
                // Egyptian decimal: `٢/٥ مليون`, `١٢/٧٥`, `١١/١٠ في المئة`.
                read.value = decimal(a, b);
            } else {
                read.kind = NumberKind::DateOrTime;
            }
        } else {
            read.kind = NumberKind::DateOrTime;
        }
        read.end = end_all;
        return;
    }
    if all('-') {
        if groups.len() == 2 {
            if a.len() == 4 && b.len() == 2 && bv <= 12.0 {
                read.kind = NumberKind::DateOrTime;
                read.end = end_all;
            } else {
                // `10-15` is a range: the caller reads the second number.
                read.end = groups[0] + 1;
                read.plain = true;
            }
        } else {
            read.kind = if groups.len() == 3 && (a.len() == 4 || text(2).len() == 4) {
                NumberKind::DateOrTime
            } else {
                NumberKind::Identifier
            };
            read.end = end_all;
        }
        return;
    }
    if seps.iter().any(|&s| matches!(s, '/' | ':' | '-')) {
        // Mixed with dates or times: keep the first group as a plain number.
        read.end = groups[0] + 1;
        read.plain = true;
        return;
    }
    read.end = end_all;
    if groups.len() == 2 {
        if seps[0] == ',' && b.len() == 3 {
            read.value = av * 1000.0 + bv;
            zero_led_groups(ctx, read);
        } else {
            read.value = decimal(a, b);
        }
        return;
    }
    let threes = |from: usize, to: usize| (from..to).all(|k| text(k).len() == 3);
    if all('.') {
        if groups.len() == 4 && groups.iter().all(|&g| ctx.text(g).len() <= 3) {
            read.kind = NumberKind::Identifier;
        } else if groups.len() == 3 && date_able(av, bv) && matches!(text(2).len(), 2 | 4) {
            read.kind = NumberKind::DateOrTime;
        } else if threes(1, groups.len()) && a.len() <= 3 {
            read.value = thousands(ctx, groups);
        } else {
            read.kind = NumberKind::Identifier;
        }
        return;
    }
    // `1,234,567`, `1,234.5`, `1.234,5`, `12,220,13` (a comma as the decimal mark).
    let same_head = seps[..seps.len() - 1].iter().all(|&s| s == seps[0]);
    if a.len() <= 3 && same_head && threes(1, last) {
        if text(last).len() == 3 && seps[last - 1] == seps[0] {
            read.value = thousands(ctx, groups);
            zero_led_groups(ctx, read);
        } else {
            read.value = thousands(ctx, &groups[..last]) + fraction(text(last));
        }
        return;
    }
    read.end = groups[0] + 1;
    read.plain = true;
}

/// `1,000 000`: after a grouped number, a spaced group of three digits led by a zero
/// cannot be a figure of its own, so it goes on the thousands (the separator changed).
fn zero_led_groups(ctx: &Ctx<'_>, read: &mut DigitRead) {
    let mut j = read.end;
    let three =
        |j: usize| ctx.is_digits(j) && !ctx.glued(j) && !ctx.newline(j) && ctx.text(j).len() == 3;
    if !(three(j) && ctx.text(j).starts_with('0')) {
        return;
    }
    while three(j) && !(ctx.is_punct(j + 1, '.') && ctx.glued(j + 1)) {
        read.value = read.value * 1000.0 + integer(ctx.text(j));
        j += 1;
    }
    read.end = j;
}

/// Digit strings that are phone numbers rather than quantities.
fn looks_like_phone(digits: &str) -> bool {
    digits.len() >= 10 || (digits.len() >= 8 && digits.starts_with('0'))
}

/// Latin letters glued after the digits: `21st`, `1990s`, `5bn`, `F16`-like codes.
fn latin_suffix(ctx: &Ctx<'_>, read: &mut DigitRead) {
    if !(ctx.glued(read.end) && ctx.is_latin_word(read.end)) {
        return;
    }
    let suffix = ctx.word(read.end);
    if read.kind != NumberKind::Cardinal {
        if read.kind == NumberKind::Identifier {
            read.end += 1;
        }
        return;
    }
    if suffix == "e" {
        // Scientific notation: `1e10`, `12.32e+14`, `-12e-1`.
        let mut j = read.end + 1;
        let mut sign = 1;
        if ctx.glued(j) && (ctx.is_punct(j, '+') || ctx.is_punct(j, '-')) {
            if ctx.is_punct(j, '-') {
                sign = -1;
            }
            j += 1;
        }
        if ctx.glued(j) && ctx.is_digits(j) && ctx.text(j).len() <= 3 {
            let exp = sign * integer(ctx.text(j)) as i32;
            let scaled = read.value * 10f64.powi(exp);
            if scaled.is_finite() {
                read.value = scaled;
                read.plain = false;
            } else {
                // `0e909`, `5e999`: no number a text states; a code.
                read.kind = NumberKind::Identifier;
            }
            read.end = j + 1;
            return;
        }
    }
    match suffix {
        "st" | "nd" | "rd" | "th" if read.plain => read.kind = NumberKind::Ordinal,
        "s" if read.plain && read.len == 4 => read.kind = NumberKind::Year,
        "s" => {}
        "k" => read.value *= 1e3,
        "m" | "mn" => read.value *= 1e6,
        "bn" | "b" => read.value *= 1e9,
        "km" | "kg" | "cm" | "mm" | "ml" | "kw" | "mw" | "t" | "kph" | "mph" => return,
        "am" | "pm" | "h" | "hrs" | "gmt" | "utc" => read.kind = NumberKind::DateOrTime,
        _ => read.kind = NumberKind::Identifier,
    }
    read.plain = false;
    read.end += 1;
}

/// The value of a run of ASCII digits (never fails: anything else counts as zero).
pub(crate) fn integer(digits: &str) -> f64 {
    digits.bytes().fold(0.0, |v, b| {
        if b.is_ascii_digit() {
            v * 10.0 + f64::from(b - b'0')
        } else {
            v
        }
    })
}

/// `0.` followed by the digits.
pub(crate) fn fraction(digits: &str) -> f64 {
    let mut scale = 1.0;
    let mut v = 0.0;
    for b in digits.bytes().take(17) {
        if b.is_ascii_digit() {
            scale /= 10.0;
            v += f64::from(b - b'0') * scale;
        }
    }
    v
}

fn decimal(int: &str, frac: &str) -> f64 {
    integer(int) + fraction(frac)
}

fn thousands(ctx: &Ctx<'_>, groups: &[usize]) -> f64 {
    groups
        .iter()
        .fold(0.0, |v, &g| v * 1000.0 + integer(ctx.text(g)))
}

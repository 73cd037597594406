//! Numbers written out in words, in Arabic (both genders, both cases) and English.
//!
//! The parser's round-trip tests rest on it, and reports and fixtures need figures
//! spelled the way news writes them.

/// The gender of the counted noun, which Arabic numerals 1 to 19 agree with (in
/// reverse for 3 to 10: `ثلاثة رجال`, `ثلاث نساء`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Counting a masculine noun: `ثلاثة`, `أحد عشر`.
    Masculine,
    /// Counting a feminine noun: `ثلاث`, `إحدى عشرة`.
    Feminine,
}

/// Grammatical case, which changes duals and tens (`عشرون` / `عشرين`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Case {
    /// `اثنان`، `عشرون`، `مئتان`، `ألفان`.
    Nominative,
    /// Accusative and genitive: `اثنين`، `عشرين`، `مئتين`، `ألفين`.
    Oblique,
}

const UNITS_MASC: [&str; 11] = [
    "صفر",
    "واحد",
    "اثنان",
    "ثلاثة",
    "أربعة",
    "خمسة",
    "ستة",
    "سبعة",
    "ثمانية",
    "تسعة",
    "عشرة",
];
const UNITS_FEM: [&str; 11] = [
    "صفر",
    "واحدة",
    "اثنتان",
    "ثلاث",
    "أربع",
    "خمس",
    "ست",
    "سبع",
    "ثماني",
    "تسع",
    "عشر",
];
const TENS: [&str; 10] = [
    "", "", "عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع",
];
const HUNDREDS: [&str; 10] = [
    "",
    "مائة",
    "مئتان",
    "ثلاثمائة",
    "أربعمائة",
    "خمسمائة",
    "ستمائة",
    "سبعمائة",
    "ثمانمائة",
    "تسعمائة",
];

/// Writes `n` in Arabic words as a news text would: `ألف وخمسمائة`, `ثلاثة وعشرون`.
///
/// `gender` is that of the counted noun and governs the last group (below a thousand);
/// multipliers of thousands and millions are masculine, as `ألف` and `مليون` are.
pub fn arabic_words(n: u64, gender: Gender, case: Case) -> String {
    if n == 0 {
        return "صفر".to_string();
    }
    const SCALES: [(u64, &str, &str, &str, &str, &str); 4] = [
        (
            1_000_000_000_000,
            "تريليون",
            "تريليونان",
            "تريليونين",
            "تريليونات",
            "تريليونا",
        ),
        (
            1_000_000_000,
            "مليار",
            "ملياران",
            "مليارين",
            "مليارات",
            "مليارا",
        ),
        (1_000_000, "مليون", "مليونان", "مليونين", "ملايين", "مليونا"),
        (1_000, "ألف", "ألفان", "ألفين", "آلاف", "ألفا"),
    ];
    let mut parts: Vec<String> = Vec::new();
    let mut rest = n;
    for (scale, one, two_nom, two_obl, plural, accusative) in SCALES {
        let count = rest / scale;
        rest %= scale;
        if count == 0 {
            continue;
        }
        let part = match count {
            1 => one.to_string(),
            2 => match case {
                Case::Nominative => two_nom.to_string(),
                Case::Oblique => two_obl.to_string(),
            },
            c => {
                let head = below_thousand(c, Gender::Masculine, case, true);
                let noun = match c % 100 {
                    3..=10 => plural,
                    11..=99 => accusative,
                    _ => one,
                };
                format!("{head} {noun}")
            }
        };
        parts.push(part);
    }
    if rest > 0 {
        parts.push(below_thousand(rest, gender, case, false));
    }
    parts.join(" و")
}

/// 1 to 999. `construct` is set before a scale noun (`مئتا ألف`).
fn below_thousand(n: u64, gender: Gender, case: Case, construct: bool) -> String {
    let hundreds = (n / 100) as usize;
    let below = n % 100;
    let mut parts: Vec<String> = Vec::new();
    if hundreds > 0 {
        let h = if hundreds == 2 {
            match (case, construct && below == 0) {
                (Case::Nominative, true) => "مئتا",
                (Case::Oblique, true) => "مئتي",
                (Case::Nominative, false) => "مئتان",
                (Case::Oblique, false) => "مئتين",
            }
        } else {
            HUNDREDS.get(hundreds).copied().unwrap_or("")
        };
        parts.push(h.to_string());
    }
    if below > 0 {
        parts.push(below_hundred(below, gender, case));
    }
    parts.join(" و")
}

fn below_hundred(n: u64, gender: Gender, case: Case) -> String {
    let fem = gender == Gender::Feminine;
    let unit = |u: u64| -> String {
        let u = u as usize;
        match (u, fem, case) {
            (2, false, Case::Oblique) => "اثنين".to_string(),
            (2, true, Case::Oblique) => "اثنتين".to_string(),
            _ if fem => UNITS_FEM.get(u).copied().unwrap_or("").to_string(),
            _ => UNITS_MASC.get(u).copied().unwrap_or("").to_string(),
        }
    };
    match n {
        0..=10 => unit(n),
        11..=19 => {
            let ten = if fem { "عشرة" } else { "عشر" };
            let head = match (n, fem, case) {
                (11, false, _) => "أحد".to_string(),
                (11, true, _) => "إحدى".to_string(),
                (12, false, Case::Nominative) => "اثنا".to_string(),
                (12, false, Case::Oblique) => "اثني".to_string(),
                (12, true, Case::Nominative) => "اثنتا".to_string(),
                (12, true, Case::Oblique) => "اثنتي".to_string(),
                // 13 to 19: the unit disagrees as alone, and `عشر` agrees.
                (u, _, _) => unit(u - 10),
            };
            format!("{head} {ten}")
        }
        _ => {
            let t = (n / 10) as usize;
            let stem = TENS.get(t).copied().unwrap_or("");
            let stem = if t == 2 { "عشر" } else { stem };
            let tens = match case {
                Case::Nominative => format!("{stem}ون"),
                Case::Oblique => format!("{stem}ين"),
            };
            let tens = if t == 8 {
                match case {
                    Case::Nominative => "ثمانون".to_string(),
                    Case::Oblique => "ثمانين".to_string(),
                }
            } else {
                tens
            };
            match n % 10 {
                0 => tens,
                1 if fem => format!("إحدى و{tens}"),
                u => format!("{} و{tens}", unit(u)),
            }
        }
    }
}

/// Writes `n` in English words: `one hundred and twenty-three thousand`.
pub fn english_words(n: u64) -> String {
    if n == 0 {
        return "zero".to_string();
    }
    const SCALES: [(u64, &str); 4] = [
        (1_000_000_000_000, "trillion"),
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1_000, "thousand"),
    ];
    let mut parts: Vec<String> = Vec::new();
    let mut rest = n;
    for (scale, name) in SCALES {
        let count = rest / scale;
        rest %= scale;
        if count > 0 {
            parts.push(format!("{} {name}", english_below_thousand(count)));
        }
    }
    if rest > 0 {
        if !parts.is_empty() && rest < 100 {
            parts.push("and".to_string());
        }
        parts.push(english_below_thousand(rest));
    }
    parts.join(" ")
}

fn english_below_thousand(n: u64) -> String {
    const ONES: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let hundreds = n / 100;
    let below = n % 100;
    let mut out = String::new();
    if hundreds > 0 {
        out.push_str(ONES.get(hundreds as usize).copied().unwrap_or(""));
        out.push_str(" hundred");
        if below > 0 {
            out.push_str(" and ");
        }
    }
    if below > 0 {
        if below < 20 {
            out.push_str(ONES.get(below as usize).copied().unwrap_or(""));
        } else {
            out.push_str(TENS.get((below / 10) as usize).copied().unwrap_or(""));
            if !below.is_multiple_of(10) {
                out.push('-');
                out.push_str(ONES.get((below % 10) as usize).copied().unwrap_or(""));
            }
        }
    }
    out
}

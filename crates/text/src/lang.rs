//! Language of a document: Arabic, English or something else.
//!
//! The engine only reads Arabic and English, and a document's language picks the
//! lexicons. Script decides almost everything and is cheap, so letters are counted first
//! over a bounded prefix; only text written mostly in Latin letters goes to whatlang's
//! trigram model, to tell English from French, Spanish or Turkish. Arabic script with
//! many Persian or Urdu letters (پ چ ژ گ ک ی ے) is not Arabic.

/// A language the engine can read, or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// Arabic (any region's spelling).
    Arabic,
    /// English.
    English,
    /// Anything else, or too little text to tell.
    Other,
}

/// The decision with the evidence behind it, for callers that log or threshold it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LanguageGuess {
    /// The language decided.
    pub language: Language,
    /// Share of letters in the examined prefix that are Arabic-script letters.
    pub arabic_share: f32,
    /// Share of letters in the examined prefix that are Latin letters.
    pub latin_share: f32,
    /// Letters examined (the prefix is bounded, so this is bounded too).
    pub letters: usize,
    /// How sure the decision is, from 0 to 1: the script share for Arabic, whatlang's
    /// confidence for English, 0 for [`Language::Other`] by lack of text.
    pub confidence: f32,
}

/// How much of a document is examined: a news article's language shows in its first
/// lines, and bounding the prefix keeps detection O(1) per document.
const PREFIX_BYTES: usize = 4096;

/// Fewer letters than this say nothing about a language.
const MIN_LETTERS: usize = 3;

/// Latin text shorter than this is too short for trigrams.
const MIN_LATIN_LETTERS: usize = 12;

/// The language of a document (see [`guess_language`] for the evidence).
pub fn detect_language(text: &str) -> Language {
    guess_language(text).language
}

/// The language of a document, with the script shares it rests on.
pub fn guess_language(text: &str) -> LanguageGuess {
    let prefix = bounded_prefix(text, PREFIX_BYTES);
    let mut arabic = 0usize;
    let mut persian = 0usize;
    let mut latin = 0usize;
    let mut letters = 0usize;
    // Read by bytes: ASCII and the Arabic letters proper (U+0621..U+064A, `D8 A1`..`D9 8A`),
    // most of any text, are told from their bytes; other characters are decoded.
    let bytes = prefix.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if b.is_ascii_alphabetic() {
                latin += 1;
                letters += 1;
            }
            i += 1;
            continue;
        }
        // No Persian letter is among the Arabic letters proper (script_of's first arm).
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        if (b == 0xD8 && (0xA1..=0xBF).contains(&next))
            || (b == 0xD9 && (0x80..=0x8A).contains(&next))
        {
            arabic += 1;
            letters += 1;
            i += 2;
            continue;
        }
        let Some(c) = prefix.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        match script_of(c) {
            Script::Arabic => {
                arabic += 1;
                letters += 1;
            }
            Script::PersianOrUrdu => {
                arabic += 1;
                persian += 1;
                letters += 1;
            }
            Script::Latin => {
                latin += 1;
                letters += 1;
            }
            Script::OtherLetter => letters += 1,
            Script::NotLetter => {}
        }
    }
    let share = |n: usize| {
        if letters == 0 {
            0.0
        } else {
            n as f32 / letters as f32
        }
    };
    let (arabic_share, latin_share) = (share(arabic), share(latin));
    let mut guess = LanguageGuess {
        language: Language::Other,
        arabic_share,
        latin_share,
        letters,
        confidence: 0.0,
    };
    if letters < MIN_LETTERS {
        return guess;
    }
    if arabic_share >= 0.5 {
        // Persian and Urdu share the script; their own letters give them away.
        if persian * 20 <= arabic {
            guess.language = Language::Arabic;
            guess.confidence = arabic_share;
        } else {
            guess.confidence = persian as f32 / arabic as f32;
        }
    } else if latin_share >= 0.5 && latin >= MIN_LATIN_LETTERS {
        if let Some(info) = whatlang::detect(prefix) {
            guess.confidence = info.confidence() as f32;
            if info.lang() == whatlang::Lang::Eng {
                guess.language = Language::English;
            }
        }
    }
    guess
}

enum Script {
    Arabic,
    PersianOrUrdu,
    Latin,
    OtherLetter,
    NotLetter,
}

fn script_of(c: char) -> Script {
    match c {
        // Letters used by Persian and Urdu but not by Arabic.
        'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' | 'ے' | 'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ھ' => {
            Script::PersianOrUrdu
        }
        '\u{0621}'..='\u{064A}'
        | '\u{066E}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06FA}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFC}' => Script::Arabic,
        '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' if c.is_alphabetic() => Script::Latin,
        _ if c.is_alphabetic() => Script::OtherLetter,
        _ => Script::NotLetter,
    }
}

/// The longest prefix of at most `max` bytes that ends on a character boundary.
fn bounded_prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_counted_as_characters_are() {
        // The character-by-character count the byte reading of guess_language follows.
        let by_chars = |text: &str| {
            let (mut arabic, mut latin, mut letters) = (0, 0, 0);
            for c in text.chars() {
                match (c.is_ascii(), script_of(c)) {
                    (true, _) if c.is_ascii_alphabetic() => {
                        (latin, letters) = (latin + 1, letters + 1)
                    }
                    (true, _) => {}
                    (false, Script::Arabic | Script::PersianOrUrdu) => {
                        (arabic, letters) = (arabic + 1, letters + 1)
                    }
                    (false, Script::Latin) => (latin, letters) = (latin + 1, letters + 1),
                    (false, Script::OtherLetter) => letters += 1,
                    (false, Script::NotLetter) => {}
                }
            }
            (arabic, latin, letters)
        };
        let texts = [
            "قُتل ثلاثة مدنيين، وأصيب 12 آخرون في قصف على بلدة ـــ الحولة",
            "پیش از چهار گروه ی ک گ",
            "Zürich, São Paulo and Ærø; 42 killed",
            "ﻻ ﷲ ٠١٢ ۱۲۳ ۴ Ωμέγα 中文 \u{200f}\u{fffd}",
            "",
        ];
        for text in texts {
            let g = guess_language(text);
            let (arabic, latin, letters) = by_chars(text);
            let share = |n: usize| {
                if letters == 0 {
                    0.0
                } else {
                    n as f32 / letters as f32
                }
            };
            assert_eq!(
                (g.letters, g.arabic_share, g.latin_share),
                (letters, share(arabic), share(latin)),
                "{text}"
            );
        }
    }

    #[test]
    fn table() {
        use Language::*;
        let cases: &[(&str, Language)] = &[
            ("", Other),
            ("   12, 500 - ", Other),
            ("قتل", Arabic),
            ("قُتل ١٤٠ عنصراً من قوات سوريا الديمقراطية", Arabic),
            ("قالت وكالة (أ ف ب) إن 12 شخصاً قتلوا في هجوم على سجن الصناعة في الحسكة", Arabic),
            // An Arabic report quoting an English name stays Arabic.
            ("أعلن التحالف الدولي (Global Coalition) مقتل 5 عناصر من داعش", Arabic),
            (
                "At least 12 people were killed and 30 wounded in an attack on a prison in Hasakah on Thursday, officials said.",
                English,
            ),
            ("Five civilians were killed in the shelling.", English),
            // An English report quoting Arabic stays English.
            (
                "The group, known in Arabic as الدولة الإسلامية, claimed the attack on the city and said its fighters killed dozens of soldiers.",
                English,
            ),
            (
                "Au moins douze personnes ont été tuées jeudi dans une attaque contre une prison de la ville.",
                Other,
            ),
            (
                "Al menos doce personas murieron el jueves en un ataque contra una prisión de la ciudad.",
                Other,
            ),
            ("ok", Other),
            ("دست کم دوازده نفر در حمله به زندان کشته شدند", Other),
            ("Взрыв в центре города унёс жизни двенадцати человек", Other),
        ];
        for (text, expected) in cases {
            assert_eq!(detect_language(text), *expected, "{text}");
        }
    }

    #[test]
    fn shares_are_reported() {
        let g = guess_language("قتل 5 في حلب");
        assert_eq!(g.language, Language::Arabic);
        assert_eq!(g.letters, 8);
        assert!((g.arabic_share - 1.0).abs() < f32::EPSILON);
        assert_eq!(g.latin_share, 0.0);
    }

    #[test]
    fn the_prefix_is_bounded_on_a_char_boundary() {
        let long = "ب".repeat(10_000);
        let g = guess_language(&long);
        assert_eq!(g.language, Language::Arabic);
        assert_eq!(g.letters, PREFIX_BYTES / 2);
        let odd = format!("x{long}");
        assert_eq!(guess_language(&odd).language, Language::Arabic);
    }
}

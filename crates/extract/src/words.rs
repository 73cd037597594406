//! The word lists claims are read with (data/claims/*.tsv): what a word measures, who
//! states a figure and how sure, and the lines that are never article body.
//!
//! Forms are stored normalised ([`rasid_text::normalize_str`]) and split into words, and
//! indexed by their first word: a text is matched word by word, each word also tried
//! without its proclitics (و ف، ب ل ك، ال), so `وقتل`, `بالقتلى` and `للمعتقلين` find
//! `قتل`, `قتلى` and `معتقلين`.

use rasid_text::{normalize_str, BuildWordHasher, Token, TokenKind};
use std::collections::HashMap;

/// What a measure word counts (SPEC.md's `measure`) and in what unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Measure {
    /// killed, wounded, captured, executed, arrested, escaped, attempted_escape,
    /// surrendered, detained, capacity, attackers, participants, duration; or
    /// [`NOT_A_FIGURE`] for words whose counts are none of these (a release).
    pub measure: &'static str,
    /// people, days, hours, attempts.
    pub unit: &'static str,
    /// How the word bears on a count beside it.
    pub kind: WordKind,
}

/// The measure of words whose counts are no figure of SPEC.md (`الإفراج عن 50 معتقلا`
/// is a release, not a held population): they take the count from the other words.
pub const NOT_A_FIGURE: &str = "none";

/// How a measure word bears on a count (data/claims/measures.tsv's `kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    /// The word says what befell the counted (قتل، فرار، يستوعب): it decides the measure.
    Event,
    /// A noun naming people by their state (سجين، أسرى، جرحى): its measure holds only
    /// when no event word of the clause governs the count (`فرار 300 سجين` escaped).
    Status,
    /// A verb of holding (يضم، يحتجز): a held population only beside a place of
    /// detention or a prisoner noun (`يضم التحالف 10 دول` is no figure).
    Holding,
    /// A place of detention (سجن، مخيم): no figure of its own.
    Place,
    /// Things, units, years or money (عملية، كيلومتر، عاما): a count of them counts no
    /// people, and is no figure.
    Thing,
    /// Days or hours (أيام، ساعات): a count of them is a duration, beside a duration word
    /// (`استمر تسعة أيام`) in a sentence with an event of violence.
    Time,
    /// A verb whose object may be goods (ضبط): a figure only when people are counted.
    Seizing,
}

/// How a word bears on who states a figure and how sure they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attribution {
    /// A verb of saying: قال، أكد، أعلن, said.
    Said,
    /// بحسب، وفقا لـ، نقلا عن, according to.
    AccordingTo,
    /// A statement or a spokesman: بيان، المتحدث باسم.
    Statement,
    /// Unnamed sources: مصادر محلية، ناشطون, sources.
    UnnamedSource,
    /// The figure is believed, not known: يعتقد، يرجح، أنباء عن, reportedly.
    Believed,
    /// Reports disagree or a party denies: تضاربت المعلومات, denied.
    Disputed,
    /// Reports no one names: believed, from unnamed sources (أنباء عن, reportedly).
    Rumour,
}

/// How a word before a number bounds or blurs it (data/claims/modifiers.tsv).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modifier {
    /// قرابة، نحو، حوالي, about: the figure is hedged.
    Approx,
    /// أكثر من، تجاوز، ما يزيد على, more than: low is one past the number.
    MoreThan,
    /// ما لا يقل عن، على الأقل, at least: low is the number.
    AtLeast,
    /// لا يتجاوز، حتى, up to: high is the number.
    AtMost,
    /// أقل من، دون, fewer than: high is one under the number.
    LessThan,
    /// العديد من، أعداد كبيرة من, many: a count with no size, when people follow.
    Unspecified,
}

/// A form of some list, as words in matching form, and what it means.
#[derive(Debug, Clone)]
struct Form<T> {
    words: Vec<String>,
    meaning: T,
}

/// A list of forms indexed by their first word.
#[derive(Debug, Clone)]
struct FormIndex<T> {
    by_first: HashMap<String, Vec<Form<T>>, BuildWordHasher>,
}

impl<T: Copy> FormIndex<T> {
    fn new(forms: impl IntoIterator<Item = (String, T)>) -> Self {
        let mut by_first: HashMap<String, Vec<Form<T>>, BuildWordHasher> = HashMap::default();
        for (form, meaning) in forms {
            let norm = normalize_str(&form);
            let words: Vec<String> = norm.split_whitespace().map(str::to_owned).collect();
            let Some(first) = words.first().cloned() else {
                continue;
            };
            let list = by_first.entry(first).or_default();
            list.push(Form { words, meaning });
            // Longest forms first, so that `لقي حتفه` wins over `لقي`.
            list.sort_by_key(|f| std::cmp::Reverse(f.words.len()));
        }
        FormIndex { by_first }
    }

    /// The longest form that starts at token `i`, as (meaning, one past its last token).
    fn at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(T, usize)> {
        let token = tokens.get(i)?;
        if token.kind != TokenKind::Word {
            return None;
        }
        let word = text.get(token.start as usize..token.end as usize)?;
        for stem in without_proclitics(word) {
            let Some(forms) = self.by_first.get(stem) else {
                continue;
            };
            for form in forms {
                let rest = form.words.get(1..).unwrap_or_default();
                let follows = rest.iter().enumerate().all(|(k, w)| {
                    tokens
                        .get(i + 1 + k)
                        .and_then(|t| text.get(t.start as usize..t.end as usize))
                        .is_some_and(|t| t == w)
                });
                if follows {
                    return Some((form.meaning, i + form.words.len()));
                }
            }
        }
        None
    }
}

/// A word and its forms without proclitics, longest first: `وبالقتلى` gives itself,
/// `بالقتلى`, `القتلى`, `قتلى`. Forms of fewer than two letters are left out. No
/// allocation: this runs on every word a list is asked about.
fn without_proclitics(word: &str) -> impl Iterator<Item = &str> {
    let conjunction = word.strip_prefix('و').or_else(|| word.strip_prefix('ف'));
    let rest = conjunction.unwrap_or(word);
    let (preposition, article) = match rest.strip_prefix("لل") {
        Some(r) => (Some(r), None),
        None => {
            let preposition = rest
                .strip_prefix('ب')
                .or_else(|| rest.strip_prefix('ل'))
                .or_else(|| rest.strip_prefix('ك'));
            (preposition, preposition.unwrap_or(rest).strip_prefix("ال"))
        }
    };
    [Some(word), conjunction, preposition, article]
        .into_iter()
        .flatten()
        .filter(|f| f.chars().nth(1).is_some())
}

/// The claims word lists, compiled for matching.
#[derive(Debug, Clone)]
pub struct ClaimWords {
    measures: FormIndex<Measure>,
    attribution: FormIndex<Attribution>,
    modifiers: FormIndex<Modifier>,
    /// Nouns that carry their number: duals (2) and one person (1).
    nouns: FormIndex<u8>,
    /// Words of deaths and injuries that are no violence: accidents, illness, disasters.
    contexts: FormIndex<()>,
    /// Normalised patterns of lines that are never article body.
    boilerplate: Vec<String>,
}

/// The texts of the word lists, as in data/claims/.
#[derive(Debug, Clone, Copy)]
pub struct ClaimSources<'a> {
    /// measures.tsv: form, measure, unit, kind, note.
    pub measures: &'a str,
    /// attribution.tsv: form, role, note.
    pub attribution: &'a str,
    /// modifiers.tsv: form, role, note.
    pub modifiers: &'a str,
    /// nouns.tsv: form, count, note.
    pub nouns: &'a str,
    /// contexts.tsv: form, context, note.
    pub contexts: &'a str,
    /// boilerplate.tsv: pattern, kind, note.
    pub boilerplate: &'a str,
}

impl ClaimSources<'static> {
    /// The lists bundled from the repository's data/claims/.
    pub fn bundled() -> Self {
        ClaimSources {
            measures: include_str!("../../../data/claims/measures.tsv"),
            attribution: include_str!("../../../data/claims/attribution.tsv"),
            modifiers: include_str!("../../../data/claims/modifiers.tsv"),
            nouns: include_str!("../../../data/claims/nouns.tsv"),
            contexts: include_str!("../../../data/claims/contexts.tsv"),
            boilerplate: include_str!("../../../data/claims/boilerplate.tsv"),
        }
    }
}

/// SPEC.md's measures: a row naming another is skipped, never trusted.
const MEASURES: &[&str] = &[
    "killed",
    "wounded",
    "captured",
    "executed",
    "arrested",
    "escaped",
    "attempted_escape",
    "surrendered",
    "detained",
    "capacity",
    "attackers",
    "participants",
    "duration",
];
const UNITS: &[&str] = &["people", "days", "hours", "attempts"];

/// The data rows of a TSV text (header and blank lines skipped), split on tabs.
fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

impl ClaimWords {
    /// Compiles the lists; rows with unknown values are skipped (the data checker,
    /// scripts/check_claim_words.py, rejects them before they are committed).
    pub fn new(src: &ClaimSources<'_>) -> Self {
        let measures = rows(src.measures).filter_map(|r| {
            let form = r.first()?;
            let measure = MEASURES
                .iter()
                .chain(&[NOT_A_FIGURE])
                .find(|m| Some(**m) == r.get(1).copied())?;
            let unit = UNITS
                .iter()
                .find(|u| Some(**u) == r.get(2).copied())
                .unwrap_or(&"people");
            let kind = match r.get(3).copied() {
                Some("event") => WordKind::Event,
                Some("status") => WordKind::Status,
                Some("holding") => WordKind::Holding,
                Some("place") => WordKind::Place,
                Some("thing") => WordKind::Thing,
                Some("time") => WordKind::Time,
                Some("seizing") => WordKind::Seizing,
                _ => return None,
            };
            Some((
                (*form).to_owned(),
                Measure {
                    measure,
                    unit,
                    kind,
                },
            ))
        });
        let attribution = rows(src.attribution).filter_map(|r| {
            let role = match *r.get(1)? {
                "said" => Attribution::Said,
                "according_to" => Attribution::AccordingTo,
                "statement" => Attribution::Statement,
                "unnamed_source" => Attribution::UnnamedSource,
                "believed" => Attribution::Believed,
                "disputed" => Attribution::Disputed,
                "rumour" => Attribution::Rumour,
                _ => return None,
            };
            Some(((*r.first()?).to_owned(), role))
        });
        let modifiers = rows(src.modifiers).filter_map(|r| {
            let role = match *r.get(1)? {
                "approx" => Modifier::Approx,
                "more_than" => Modifier::MoreThan,
                "at_least" => Modifier::AtLeast,
                "at_most" => Modifier::AtMost,
                "less_than" => Modifier::LessThan,
                "vague_unspecified" => Modifier::Unspecified,
                _ => return None,
            };
            Some(((*r.first()?).to_owned(), role))
        });
        let nouns = rows(src.nouns).filter_map(|r| {
            let count = match *r.get(1)? {
                "1" => 1,
                "2" => 2,
                _ => return None,
            };
            Some(((*r.first()?).to_owned(), count))
        });
        let contexts = rows(src.contexts).filter_map(|r| Some(((*r.first()?).to_owned(), ())));
        let boilerplate = rows(src.boilerplate)
            .filter_map(|r| r.first().map(|p| normalize_str(p).trim().to_owned()))
            .filter(|p| !p.is_empty())
            .collect();
        ClaimWords {
            measures: FormIndex::new(measures),
            attribution: FormIndex::new(attribution),
            modifiers: FormIndex::new(modifiers),
            nouns: FormIndex::new(nouns),
            contexts: FormIndex::new(contexts),
            boilerplate,
        }
    }

    /// The lists bundled from data/claims/.
    pub fn bundled() -> Self {
        Self::new(&ClaimSources::bundled())
    }

    /// The measure word starting at token `i`, and one past its last token.
    pub fn measure_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(Measure, usize)> {
        self.measures.at(text, tokens, i)
    }

    /// The attribution or hedge word starting at token `i`, and one past its last token.
    pub fn attribution_at(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
    ) -> Option<(Attribution, usize)> {
        self.attribution.at(text, tokens, i)
    }

    /// The modifier starting at token `i`, and one past its last token.
    pub fn modifier_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(Modifier, usize)> {
        self.modifiers.at(text, tokens, i)
    }

    /// Whether `word` (normalised) is itself the first word of a measure form, with no
    /// proclitic peeled (`وفيات` is; `وإصابة` is `إصابة` after the conjunction).
    pub fn is_measure_form(&self, word: &str) -> bool {
        self.measures.by_first.contains_key(word)
    }

    /// Whether a word of an accident, an illness or a disaster starts at token `i`, and
    /// one past its last token.
    pub fn context_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<usize> {
        self.contexts.at(text, tokens, i).map(|((), end)| end)
    }

    /// The noun carrying its number at token `i` (`جنديين` 2, `ضابط` 1), and one past it.
    pub fn noun_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(u8, usize)> {
        self.nouns.at(text, tokens, i)
    }

    /// Whether a normalised line is boilerplate (a credit, a share line, a disclaimer):
    /// short, and holding one of the patterns.
    pub fn is_boilerplate(&self, line: &str) -> bool {
        line.len() <= 400 && self.boilerplate.iter().any(|p| line.contains(p.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasid_text::{tokenize, Normalized};

    fn words() -> ClaimWords {
        ClaimWords::new(&ClaimSources {
            measures: "form\tmeasure\tunit\tkind\tnote\nقتل\tkilled\tpeople\tevent\t\nقتلى\tkilled\tpeople\tevent\t\nلقي حتفه\tkilled\tpeople\tevent\t\nلقي\tkilled\tpeople\tevent\t\nجرحى\twounded\tpeople\tstatus\t\nمعارك\tbogus\tpeople\tevent\t\nسجن\tdetained\tpeople\tplace\t\n",
            attribution: "form\trole\tnote\nبحسب\taccording_to\t\nمصادر محلية\tunnamed_source\t\n",
            modifiers: "form\trole\tnote\n",
            nouns: "form\tcount\tnote\nجنديين\t2\t\n",
            contexts: "form\tcontext\tnote\nحادث مروري\taccident\t\n",
            boilerplate: "pattern\tkind\tnote\nRead in English\tnavigation\t\n",
        })
    }

    #[test]
    fn forms_are_found_without_their_proclitics_and_longest_first() {
        let w = words();
        let cases: &[(&str, Option<&str>, usize)] = &[
            ("وقتل ثلاثة", Some("killed"), 1),
            ("سقط عشرات القتلى", None, 0),
            ("بالقتلى", Some("killed"), 1),
            ("لقي حتفه أمس", Some("killed"), 2),
            ("للجرحى", Some("wounded"), 1),
            // A row whose measure SPEC does not know is skipped.
            ("معارك", None, 0),
        ];
        for &(text, measure, end) in cases {
            let n = Normalized::new(text);
            let tokens = tokenize(n.as_str());
            let got = w.measure_at(n.as_str(), &tokens, 0);
            assert_eq!(got.map(|(m, _)| m.measure), measure, "{text}");
            if measure.is_some() {
                assert_eq!(got.map(|(_, e)| e), Some(end), "{text}");
            }
        }
        let n = Normalized::new("نقلت مصادر محلية");
        let tokens = tokenize(n.as_str());
        assert_eq!(
            w.attribution_at(n.as_str(), &tokens, 1),
            Some((Attribution::UnnamedSource, 3))
        );
        assert!(w.is_boilerplate(&normalize_str("Read in English")));
    }
}

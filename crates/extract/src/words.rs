//! The word lists claims are read with (data/claims/*.tsv): what a word measures, who
//! states a figure and how sure, and the lines that are never article body.
//!
//! Forms are stored normalised ([`rasid_text::normalize_str`]) and split into words, and
//! indexed by their first word: a text is matched word by word, each word also tried
//! without its proclitics (و ف، ب ل ك، ال), so `وقتل`, `بالقتلى` and `للمعتقلين` find
//! `قتل`, `قتلى` and `معتقلين`.

use daachorse::DoubleArrayAhoCorasick;
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

/// A word that is a count itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountWord {
    /// A noun that carries its number (data/claims/nouns.tsv): a dual 2, one person 1.
    Noun(u8),
    /// A plural noun of casualties with no number, `some` in nouns.tsv (`سقوط قتلى
    /// وجرحى`): a count with no size where an event befalls them.
    Plural,
    /// A count with no size (العديد من، أعداد كبيرة من: modifiers.tsv's vague_unspecified).
    NoSize,
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
    /// For the last four bytes of a first word (hashed to [`BUCKETS`] buckets), bit `n`
    /// set when some first word ending in them is `n` bytes long (`n` capped at 63):
    /// most words of a text are no first word, and this rejects them before they are
    /// stripped of proclitics and hashed.
    ends: Box<[u64; BUCKETS]>,
    /// The same for the first four bytes: a form without proclitics begins where they
    /// end, so it is asked of each form alone.
    heads: Box<[u64; BUCKETS]>,
}

/// Buckets of [`FormIndex::ends`] and [`FormIndex::heads`]: a few hundred first words
/// leave most empty.
const BUCKETS: usize = 1024;

/// The bucket of up to four bytes and how many there are.
fn bucket<'a>(bytes: impl Iterator<Item = &'a u8>, count: usize) -> usize {
    let key = bytes.fold(count as u32, |acc, &b| acc << 8 ^ u32::from(b));
    (key.wrapping_mul(0x9e37_79b1) >> 22) as usize % BUCKETS
}

/// The bucket of [`FormIndex::ends`] of a word: its last four bytes (two Arabic letters),
/// or all of a shorter word's. A word and its forms without proclitics of four bytes or
/// more share it.
fn end_bucket(word: &[u8]) -> usize {
    bucket(word.iter().rev().take(4), word.len().min(4))
}

/// The bucket of [`FormIndex::heads`] of a word: its first four bytes, or all of a
/// shorter word's.
fn head_bucket(word: &[u8]) -> usize {
    bucket(word.iter().take(4), word.len().min(4))
}

/// The bit of the filters a word of `len` bytes sets.
fn length_bit(len: usize) -> u64 {
    1u64 << len.min(63)
}

/// Whether `bits` of a filter hold a word of `len` bytes.
fn holds(bits: Option<&u64>, len: usize) -> bool {
    bits.is_some_and(|bits| bits & length_bit(len) != 0)
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
        let mut ends = Box::new([0u64; BUCKETS]);
        let mut heads = Box::new([0u64; BUCKETS]);
        for first in by_first.keys().map(String::as_bytes) {
            if let Some(bits) = ends.get_mut(end_bucket(first)) {
                *bits |= length_bit(first.len());
            }
            if let Some(bits) = heads.get_mut(head_bucket(first)) {
                *bits |= length_bit(first.len());
            }
        }
        FormIndex {
            by_first,
            ends,
            heads,
        }
    }

    /// Whether `word` or one of its forms without proclitics may be a first word by both
    /// filters: the forms are shorter by whole two-byte letters (و ف ب ل ك، لل، ال), at
    /// most eight bytes, and share the word's last four bytes when they have four.
    fn may_start_any(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let shared = self.ends.get(end_bucket(bytes));
        [0, 2, 4, 6, 8].into_iter().any(|cut| {
            let ends = match bytes.len().checked_sub(cut) {
                Some(len) if len >= 4 => holds(shared, len),
                // Forms of one letter are never matched.
                Some(len) if len >= 2 => bytes
                    .get(cut..)
                    .is_some_and(|form| holds(self.ends.get(end_bucket(form)), len)),
                _ => false,
            };
            // The head of the form that would begin `cut` bytes in, asked only of forms
            // whose end fits.
            ends && bytes
                .get(cut..)
                .is_some_and(|form| holds(self.heads.get(head_bucket(form)), form.len()))
        })
    }

    /// Whether `word` may be a first word: false only when none is.
    fn may_start(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        holds(self.ends.get(end_bucket(bytes)), bytes.len())
            && holds(self.heads.get(head_bucket(bytes)), bytes.len())
    }

    /// The longest form that starts at token `i`, as (meaning, one past its last token).
    fn at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(T, usize)> {
        let token = tokens.get(i)?;
        if token.kind != TokenKind::Word {
            return None;
        }
        let word = text.get(token.start as usize..token.end as usize)?;
        if !self.may_start_any(word) {
            return None;
        }
        for stem in without_proclitics(word) {
            if !self.may_start(stem) {
                continue;
            }
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
#[derive(Clone)]
pub struct ClaimWords {
    measures: FormIndex<Measure>,
    attribution: FormIndex<Attribution>,
    modifiers: FormIndex<Modifier>,
    /// Words that are counts themselves: nouns that carry their number (a dual, one
    /// person) and counts with no size (العديد من): one lookup a word finds either.
    counts: FormIndex<CountWord>,
    /// Words of deaths and injuries that are no violence: accidents, illness, disasters.
    contexts: FormIndex<()>,
    /// Normalised patterns of lines that are never article body, in one automaton:
    /// every sentence's line is asked, and one pass beats a search per pattern. `None`
    /// when there is no pattern.
    boilerplate: Option<DoubleArrayAhoCorasick<u32>>,
    /// Which compiled lists these are (clones share it): the key of [`LAST_LINE`].
    id: u64,
}

/// The last line a thread asked [`ClaimWords::is_boilerplate`] about, of which lists,
/// and the answer.
#[derive(Default)]
struct LastLine {
    lists: u64,
    line: String,
    boilerplate: bool,
}

thread_local! {
    static LAST_LINE: std::cell::RefCell<LastLine> = std::cell::RefCell::default();
}

/// Ids of compiled lists, from 1 (0 is no lists, in a fresh [`LastLine`]).
static NEXT_LISTS_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

impl std::fmt::Debug for ClaimWords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClaimWords")
            .field("measures", &self.measures)
            .field("attribution", &self.attribution)
            .field("modifiers", &self.modifiers)
            .field("counts", &self.counts)
            .field("contexts", &self.contexts)
            .field(
                "boilerplate",
                &self.boilerplate.as_ref().map_or(0, |a| a.num_states()),
            )
            .finish()
    }
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
                "1" => CountWord::Noun(1),
                "2" => CountWord::Noun(2),
                "some" => CountWord::Plural,
                _ => return None,
            };
            Some(((*r.first()?).to_owned(), count))
        });
        let no_size = rows(src.modifiers)
            .filter(|r| r.get(1) == Some(&"vague_unspecified"))
            .filter_map(|r| Some(((*r.first()?).to_owned(), CountWord::NoSize)));
        let contexts = rows(src.contexts).filter_map(|r| Some(((*r.first()?).to_owned(), ())));
        let mut patterns: Vec<String> = rows(src.boilerplate)
            .filter_map(|r| r.first().map(|p| normalize_str(p).trim().to_owned()))
            .filter(|p| !p.is_empty())
            .collect();
        // The automaton refuses a pattern twice; once is as good.
        patterns.sort_unstable();
        patterns.dedup();
        let boilerplate = DoubleArrayAhoCorasick::new(&patterns).ok();
        ClaimWords {
            measures: FormIndex::new(measures),
            attribution: FormIndex::new(attribution),
            modifiers: FormIndex::new(modifiers),
            counts: FormIndex::new(nouns.chain(no_size)),
            contexts: FormIndex::new(contexts),
            boilerplate,
            id: NEXT_LISTS_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
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

    /// The noun carrying its number at token `i` (`جنديين` 2, `ضابط` 1; a plural of
    /// casualties, `قتلى`, none), and one past it.
    pub fn noun_at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(Option<u8>, usize)> {
        match self.counts.at(text, tokens, i)? {
            (CountWord::Noun(n), end) => Some((Some(n), end)),
            (CountWord::Plural, end) => Some((None, end)),
            (CountWord::NoSize, _) => None,
        }
    }

    /// The word that is a count itself at token `i`, and one past it.
    pub fn count_word_at(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
    ) -> Option<(CountWord, usize)> {
        self.counts.at(text, tokens, i)
    }

    /// Whether a normalised line is boilerplate (a credit, a share line, a disclaimer):
    /// short, and holding one of the patterns.
    ///
    /// Every sentence asks of its line, so a paragraph's sentences ask of the same line
    /// one after another: the last answer of each thread is kept, for these lists.
    pub fn is_boilerplate(&self, line: &str) -> bool {
        if line.len() > 400 {
            return false;
        }
        let scan = || {
            self.boilerplate
                .as_ref()
                .is_some_and(|a| a.find_iter(line).next().is_some())
        };
        LAST_LINE.with(|last| {
            let Ok(mut last) = last.try_borrow_mut() else {
                return scan();
            };
            if last.lists == self.id && last.line == line {
                return last.boilerplate;
            }
            let boilerplate = scan();
            last.lists = self.id;
            last.line.clear();
            last.line.push_str(line);
            last.boilerplate = boilerplate;
            boilerplate
        })
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

    #[test]
    fn a_line_asked_again_or_of_other_lists_gets_their_answer() {
        let credits = words();
        let none = ClaimWords::new(&ClaimSources {
            measures: "form\tmeasure\tunit\tkind\tnote\n",
            attribution: "form\trole\tnote\n",
            modifiers: "form\trole\tnote\n",
            nouns: "form\tcount\tnote\n",
            contexts: "form\tcontext\tnote\n",
            boilerplate: "pattern\tkind\tnote\n",
        });
        let line = normalize_str("Read in English");
        let body = normalize_str("قتل ثلاثة مدنيين في قصف على البلدة");
        let asked: &[(&ClaimWords, &str, bool)] = &[
            (&credits, &line, true),
            (&credits, &line, true),
            (&none, &line, false),
            (&credits, &line, true),
            (&credits, &body, false),
            (&credits.clone(), &line, true),
        ];
        for &(lists, text, expected) in asked {
            assert_eq!(lists.is_boilerplate(text), expected, "{text}");
        }
    }
}

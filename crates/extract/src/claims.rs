//! Reading the figures of one document: a count next to a measure word, whom it counts,
//! who states it and how sure, and the clause that says so.

use crate::when::{AsOf, Episode, FigureTime, Timeline, When};
use crate::words::{Attribution, ClaimWords, CountWord, Measure, Modifier, WordKind, NOT_A_FIGURE};
use jiff::civil::DateTime;
use rasid_lexicon::{annotate, Entity, EntityKind, Knowledge};
use rasid_numbers::{find_numbers, NumberMention, Vague};
use rasid_text::{clauses_of, sentences, Normalized, Segment, Token};
use std::ops::Range;

/// How many tokens a measure word may stand before its number (`أسفر الهجوم عن مقتل
/// قرابة 140`; `يضم سجن الصناعة أو سجن الحسكة المركزي، قرابة 3500 سجين`), no other count
/// between, or after it (`117 قتيلا`; `ستة من رجال الجيش والشرطة قتلوا`), no other count
/// between.
const MEASURE_BEFORE: usize = 12;
const MEASURE_AFTER: usize = 8;
/// How many tokens after the number the words naming whom it counts may start (`117 من
/// عناصر قوات سوريا الديمقراطية`).
const ACTOR_AFTER: usize = 8;

/// A figure's value, as SPEC.md's `value`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Value {
    /// Inclusive lower bound, `None` where open.
    pub low: Option<u64>,
    /// Inclusive upper bound, `None` where open.
    pub high: Option<u64>,
    /// A hedged figure: قرابة، نحو، حوالي, about.
    pub approx: bool,
    /// dozens, hundreds, thousands or unspecified for a figure with no number.
    pub vague: Option<&'static str>,
}

/// Who states a figure, as SPEC.md's `source`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source<'k> {
    /// author, named or unnamed.
    pub kind: &'static str,
    /// The named party's id, when it has one.
    pub actor: Option<&'k str>,
    /// Byte range in the original text of the words that name the source.
    pub text: Option<Range<usize>>,
}

/// One figure one document states.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim<'k> {
    /// SPEC.md's measure.
    pub measure: &'static str,
    /// people, days, hours, attempts.
    pub unit: &'static str,
    /// Whom the figure counts: an actor id, `UNKNOWN` when the text does not say.
    pub actor: &'k str,
    /// Byte range in the original text of the words naming whom it counts.
    pub actor_text: Option<Range<usize>>,
    /// The figure.
    pub value: Value,
    /// Who states it.
    pub source: Source<'k>,
    /// asserted, attributed, believed or disputed.
    pub hedge: &'static str,
    /// The event type of the sentence's event word, if any.
    pub event_type: Option<&'k str>,
    /// The facility the sentence names, if any.
    pub facility: Option<&'k str>,
    /// The first place the sentence names, if any (its id).
    pub place: Option<&'k str>,
    /// Byte range in the original text of the clause or sentence that states it: always
    /// on character boundaries of the original.
    pub evidence: Range<usize>,
    /// Byte range in the original text of the number itself.
    pub figure: Range<usize>,
    /// When the event it reports happened (unresolved rather than guessed).
    pub time: When,
    /// The day a running toll describes (`في اليوم الثالث`), when the text fixes it.
    pub as_of: Option<AsOf>,
    /// Which of the document's events it belongs to, or a facility description.
    pub episode: Episode,
    /// The measures of the verbs coordinated with this one over the same count (`أسر
    /// وقتل العشرات`: captured, with killed here): the figure counts them together.
    pub combined_with: Option<&'static str>,
    /// The index (in [`DocumentClaims::claims`]) of the figure this one is a part of
    /// (`بلغ عدد القتلى 117: 77 من ... و40 من ...`; `مقتل 10 بينهم 3 أطفال`).
    pub part_of: Option<usize>,
    /// What a reader should know about the figure: a part larger than its whole, parts
    /// adding up to more than their whole.
    pub notes: Vec<&'static str>,
    /// How the counted actor was found (for the document-wide pass).
    actor_found: ActorFound,
    /// The tokens of the number (for lists of parts).
    count_tokens: Range<usize>,
}

/// The measure word found for a number.
struct Found {
    measure: Measure,
    /// Its tokens.
    tokens: Range<usize>,
    /// In the number's own clause (or its own noun).
    near: bool,
    /// The measure of a verb coordinated after it over the same count.
    combined_with: Option<&'static str>,
}

/// How a claim's actor was found: named with the count, or guessed from the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ActorFound {
    /// Named after the count, by its own noun, or as the measure noun's complement.
    WithTheCount,
    /// The actor nearest before the count: often whom it counts, sometimes who acts.
    Before,
    /// Not named.
    Nowhere,
    /// Not named, and the count's noun names prisoners or detainees (`آلاف من السجناء`).
    HeldNoun,
    /// The speaker's own people (`117 of their fighters`, `five of our soldiers`): the
    /// party that states the figure, once the sentence's source is read.
    Speaker,
}

/// Possessives that make a count the speaker's own people when a member noun follows.
const SPEAKER_OWN: &[&str] = &["their", "its", "our"];

/// Plural member nouns that take a possessive suffix after `من` (`12 من جنوده`، `3 من
/// عناصرها`): the people of the party the pronoun points back to, as `of their fighters`
/// is in English. In construct form (`مقاتلي`, not `مقاتلين`).
const OWN_PEOPLE_STEMS: &[&str] = &[
    "عناصر",
    "مقاتلي",
    "جنود",
    "أفراد",
    "منتسبي",
    "رجال",
    "حراس",
    "ضباط",
    "أعضائ",
];

/// The possessive suffixes (his, her or its, their, their two), longest first.
const POSSESSIVE_SUFFIXES: &[&str] = &["هما", "هم", "ها", "ه"];

/// [`OWN_PEOPLE_STEMS`] in the matching form.
static OWN_PEOPLE: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    OWN_PEOPLE_STEMS
        .iter()
        .map(|w| rasid_text::normalize_str(w))
        .collect()
});

/// Whether a word is a member noun with a possessive suffix (`جنوده`, `مقاتليها`).
fn own_people(word: &str) -> bool {
    POSSESSIVE_SUFFIXES.iter().any(|suffix| {
        word.strip_suffix(suffix)
            .is_some_and(|stem| OWN_PEOPLE.iter().any(|s| s == stem))
    })
}

/// Member nouns (data/actors/members.tsv ids) of people held: whom they count, when the
/// sentence does not say, is the document's held population.
const HELD_NOUNS: &[&str] = &["detainee", "prisoner"];

/// Measures of a held population or of people leaving or giving up one: their counted
/// actor, when the sentence does not name it, is the one the document's other such figures
/// name (`ويقبع فيه نحو ألفي سجين` after `3500 سجين من عناصر داعش`), not the holder
/// named before the count.
const HELD: &[&str] = &["detained", "escaped", "attempted_escape", "surrendered"];

/// Words that make the counts after them parts of the figure before (`مقتل 10 بينهم 3
/// أطفال`), in matching form.
const PART_CUES: &[&str] = &["بينهم", "منهم", "بينهن", "منهن", "including", "among"];

/// How many tokens after a figure the next one may start and still count the same group
/// when it names none (`قتل 173 مدنيا وأصيب العشرات`).
const NEXT_FIGURE: usize = 6;

/// Words right before an actor that name it as who did it (`برصاص الشرطة`، `هجمات شنتها
/// بوكو حرام`), in matching form; `على يد` and `من قبل` are read as pairs.
const AGENT_MARKERS: &[&str] = &[
    "برصاص",
    "بنيران",
    "شنه",
    "شنها",
    "شنتها",
    "شنوه",
    "نفذه",
    "نفذها",
    "نفذتها",
    "القتها",
    "زرعها",
    "زرعتها",
    "اطلقها",
    "اطلقتها",
    "by",
];

/// Measures of what one side does to people (arrests, executions, abductions): the
/// actor named before their count is who acts, not whom it counts.
const AGENTIVE: &[&str] = &["arrested", "executed", "captured"];

/// The note on a count that is a part of people a figure elsewhere counts (`4 من بين
/// الفارين`): reconciling leaves it out.
pub const PART_OF_OTHERS: &str = "a part of those counted elsewhere";

/// Words after a count that make it more of the group counted before (`وإصابة 37 آخرين`),
/// in matching form.
const OTHERS: &[&str] = &[
    "اخرين",
    "اخرون",
    "اخريات",
    "اخران",
    "اخرين",
    "others",
    "more",
];

/// Words before a count that make it a whole whose listed parts follow (`بلغ عدد القتلى
/// 117: 77 من ... و40 من ...`), in matching form.
const TOTAL_CUES: &[&str] = &["عدد", "حصيله", "اجمالي", "مجموع", "مجمل", "total", "toll"];

/// Words that introduce what a verb of saying says: the speaker is not after them (`أكدت
/// مصادر محلية أن التنظيم ...`: the organisation is what is said, not who says it).
const CONTENT_CUES: &[&str] = &[
    "ان", "بان", "انه", "انها", "انهم", "الي", "that", ":", "\"", "'",
];

/// Everything read from one document.
#[derive(Debug, Clone, Default)]
pub struct DocumentClaims<'k> {
    /// Its claims, in text order.
    pub claims: Vec<Claim<'k>>,
    /// The places and facilities it names, in text order (ids), for grouping. Read only
    /// when the text states a figure (empty otherwise, like `event_types`).
    pub places: Vec<&'k str>,
    /// The event types it names, in text order.
    pub event_types: Vec<&'k str>,
    /// Hashes of its opening words (`rasid_text::opening_words`), read from the tokens
    /// this pass makes anyway: what near-copies are told by (`rasid_link::signature_of`).
    pub words: Vec<u64>,
}

/// Reads every figure of `text` (a document's whole text, the original): never fails,
/// whatever the text; boilerplate lines yield nothing. `published` (the document's
/// publication time, when known) resolves relative dates; without it they stay
/// unresolved.
pub fn extract<'k>(
    words: &ClaimWords,
    knowledge: &'k Knowledge,
    text: &str,
    published: Option<DateTime>,
) -> DocumentClaims<'k> {
    let (norm, tokens) = Normalized::with_tokens(text);
    let opening = rasid_text::opening_words(&norm, &tokens);
    let numbers = with_noun_counts(words, &norm, &tokens, find_numbers(&norm, &tokens));
    let mut out = DocumentClaims {
        words: opening,
        ..DocumentClaims::default()
    };
    let counts: Vec<Range<usize>> = numbers
        .iter()
        .filter(|n| n.kind.is_count())
        .map(|n| n.tokens.clone())
        .collect();
    // Monitors, agencies and organisations report figures; they are not what is counted.
    let reporters: Vec<&str> = knowledge
        .actors
        .iter()
        .filter(|a| matches!(a.kind.as_str(), "source" | "ngo" | "igo"))
        .map(|a| a.id.as_str())
        .collect();
    let reader = Reader {
        words,
        reporters: &reporters,
        norm: &norm,
        tokens: &tokens,
        knowledge,
        entities: std::cell::OnceCell::new(),
        counts: &counts,
    };
    let sentences = sentences(&norm, &tokens);
    let mut sources = SourceMemo::new(sentences.len());
    let mut next_number = 0;
    // The sentence of each claim, for its time once the figures are known.
    let mut sentence_of: Vec<usize> = Vec::new();
    for (k, sentence) in sentences.iter().enumerate() {
        // The numbers inside the sentence (numbers are in text order and never overlap).
        while numbers
            .get(next_number)
            .is_some_and(|n| n.tokens.start < sentence.tokens.start)
        {
            next_number += 1;
        }
        let first = next_number;
        while numbers
            .get(next_number)
            .is_some_and(|n| n.tokens.end <= sentence.tokens.end)
        {
            next_number += 1;
        }
        let in_sentence = numbers.get(first..next_number).unwrap_or_default();
        if in_sentence.is_empty() || reader.boilerplate(sentence) {
            continue;
        }
        // Who states the figures is read once a sentence has one (most numbers are
        // none): the claims take a placeholder, filled in below.
        let unread = (
            Source {
                kind: "author",
                actor: None,
                text: None,
            },
            "asserted",
        );
        let first_of_sentence = out.claims.len();
        let clauses = clauses_of(&norm, &tokens, sentence);
        let no_violence = std::cell::OnceCell::new();
        // The sentence's last claim: a list of counts after it continues it.
        let mut last: Option<usize> = None;
        for number in in_sentence {
            let previous = last.and_then(|i| Some((i, out.claims.get(i)?)));
            let claim = reader
                .claim(sentence, &clauses, number, (&unread.0, unread.1), previous)
                .filter(|c| {
                    !matches!(c.measure, "killed" | "wounded")
                        || !*no_violence.get_or_init(|| reader.no_violence(sentence))
                });
            if let Some(claim) = claim {
                last = Some(out.claims.len());
                out.claims.push(claim);
                sentence_of.push(k);
            }
        }
        if out.claims.len() > first_of_sentence {
            let (source, hedge) = sources.resolved(&reader, &sentences, k);
            // A party counting its own people; a monitor or an agency has none.
            let speaker = source.actor.filter(|a| !reporters.contains(a));
            for c in out.claims.iter_mut().skip(first_of_sentence) {
                c.source = source.clone();
                c.hedge = hedge;
                if c.actor_found == ActorFound::Speaker {
                    if let Some(party) = speaker {
                        c.actor = party;
                        c.actor_found = ActorFound::WithTheCount;
                    }
                }
            }
        }
    }
    held_actors(&mut out.claims);
    note_parts(&mut out.claims);
    // Dates are read only where there are figures to date (most texts have none).
    if !out.claims.is_empty() {
        let entities = reader.entities();
        for e in entities {
            match e.kind {
                EntityKind::Place | EntityKind::Facility => out.places.push(e.id),
                EntityKind::Event => out.event_types.extend(e.event_type),
                _ => {}
            }
        }
        // Boilerplate gives no date: the timeline reads the other sentences.
        let mut kept: Vec<Segment> = Vec::with_capacity(sentences.len());
        let mut kept_index: Vec<usize> = Vec::with_capacity(sentences.len());
        for s in &sentences {
            kept_index.push(kept.len());
            if !reader.boilerplate(s) {
                kept.push(s.clone());
            }
        }
        let timeline = Timeline::read(&norm, &tokens, &numbers, &kept, entities, published);
        for (claim, &k) in out.claims.iter_mut().zip(&sentence_of) {
            let index = kept_index.get(k).copied().unwrap_or(usize::MAX);
            let FigureTime {
                time,
                as_of,
                episode,
            } = timeline.of_figure(
                index,
                claim.evidence.clone(),
                claim.figure.clone(),
                claim.measure,
            );
            claim.time = time;
            claim.as_of = as_of;
            claim.episode = episode;
        }
    }
    drop_subsumed(&mut out.claims);
    out
}

/// Leaves out a figure with no size (`تمكن العديد من السجناء من الهروب`) when its document
/// counts the same people for the same event (`فرار ما يزيد على 300`): it says nothing the
/// number does not, and reconciling would give it no weight. Parts keep their wholes.
fn drop_subsumed(claims: &mut Vec<Claim<'_>>) {
    let sized = |c: &Claim<'_>| c.value.vague != Some("unspecified");
    let subsumed: Vec<bool> = claims
        .iter()
        .map(|c| {
            !sized(c)
                && claims.iter().any(|o| {
                    sized(o)
                        && o.measure == c.measure
                        && o.actor == c.actor
                        && o.episode == c.episode
                })
        })
        .collect();
    if !subsumed.contains(&true) {
        return;
    }
    // New indices of the kept claims, for `part_of`.
    let mut new_index = Vec::with_capacity(claims.len());
    let mut kept = 0usize;
    for &gone in &subsumed {
        new_index.push((!gone).then_some(kept));
        kept += usize::from(!gone);
    }
    let mut i = 0;
    claims.retain(|_| {
        let keep = !subsumed.get(i).copied().unwrap_or(false);
        i += 1;
        keep
    });
    for c in claims.iter_mut() {
        c.part_of = c.part_of.and_then(|w| new_index.get(w).copied().flatten());
    }
}

/// Who states each sentence's figures, read only for the sentences that need it: those
/// with numbers, and the sentences before one whose verb of saying names no one (`وأضاف
/// أن ...` goes on quoting the party named before).
struct SourceMemo<'k> {
    /// Per sentence: not read yet, a boilerplate line, or its own source and hedge and
    /// whether it is a verb of saying that names no one.
    own: Vec<Option<Option<OwnSource<'k>>>>,
}

/// A sentence's source read from its own words.
#[derive(Clone)]
struct OwnSource<'k> {
    source: Source<'k>,
    hedge: &'static str,
    /// A verb of saying that names no one: the party quoted before goes on.
    names_no_one: bool,
}

impl<'k> SourceMemo<'k> {
    fn new(sentences: usize) -> Self {
        SourceMemo {
            own: vec![None; sentences],
        }
    }

    /// Sentence `k`'s own source (`None` on a boilerplate line).
    fn own(
        &mut self,
        reader: &Reader<'_, '_, 'k>,
        sentences: &[Segment],
        k: usize,
    ) -> Option<OwnSource<'k>> {
        if let Some(known) = self.own.get(k).cloned().flatten() {
            return known;
        }
        let sentence = sentences.get(k)?;
        let read = (!reader.boilerplate(sentence)).then(|| {
            let (source, hedge, names_no_one) = reader.source(sentence);
            OwnSource {
                source,
                hedge,
                names_no_one,
            }
        });
        if let Some(slot) = self.own.get_mut(k) {
            *slot = Some(read.clone());
        }
        read
    }

    /// Who states sentence `k`'s figures: its own source, or, for a verb of saying that
    /// names no one, the last party or unnamed source named before it (else the first such
    /// verb of the chain).
    fn resolved(
        &mut self,
        reader: &Reader<'_, '_, 'k>,
        sentences: &[Segment],
        k: usize,
    ) -> (Source<'k>, &'static str) {
        let Some(own) = self.own(reader, sentences, k) else {
            return (
                Source {
                    kind: "author",
                    actor: None,
                    text: None,
                },
                "asserted",
            );
        };
        if !own.names_no_one {
            return (own.source, own.hedge);
        }
        let mut first_of_chain = None;
        for j in (0..k).rev() {
            let Some(before) = self.own(reader, sentences, j) else {
                continue;
            };
            if before.source.kind == "author" {
                continue;
            }
            if !before.names_no_one {
                return (before.source, own.hedge);
            }
            first_of_chain = Some(before.source);
        }
        (first_of_chain.unwrap_or(own.source), own.hedge)
    }
}

/// Adds the nouns that carry their number (data/claims/nouns.tsv) to the numbers, as
/// counts: a dual wherever it stands (`جنديين قتلا`، `مقتل عنصرين`), one person only right
/// after an event word (`مقتل ضابط`), right before one (`شرطيا قتل`) or after a part cue
/// (`بينهم قيادي`). A noun after a number is that number's own (`3 جنود`، `30 قتيلا`).
fn with_noun_counts(
    words: &ClaimWords,
    norm: &Normalized<'_>,
    tokens: &[Token],
    numbers: Vec<NumberMention>,
) -> Vec<NumberMention> {
    let text = norm.as_str();
    let word = |i: usize| {
        tokens
            .get(i)
            .and_then(|t| text.get(t.start as usize..t.end as usize))
            .unwrap_or("")
    };
    let event_at = |i: usize| {
        words
            .measure_at(text, tokens, i)
            .filter(|(m, _)| m.kind == WordKind::Event && m.measure != NOT_A_FIGURE)
    };
    // A count of `count` people (`None`: no size, at least 2) over tokens `i..end`.
    let mention = |i: usize, end: usize, count: Option<u8>| {
        let (first, last) = (tokens.get(i)?, tokens.get(end.checked_sub(1)?)?);
        let norm_span = first.start as usize..last.end as usize;
        let value = count.map(f64::from);
        Some(NumberMention {
            span: norm.original_range(norm_span.clone()),
            norm_span,
            tokens: i..end,
            value,
            low: value.or(Some(2.0)),
            high: value,
            approx: false,
            vague: count.is_none().then_some(Vague::Several),
            kind: rasid_numbers::NumberKind::Cardinal,
        })
    };
    // The word at `i` without the conjunction و.
    let bare = |i: usize| {
        let w = word(i);
        w.strip_prefix('و').unwrap_or(w)
    };
    let definite = |w: &str| ["ال", "بال", "لل", "كال"].iter().any(|p| w.starts_with(p));
    let mut added: Vec<NumberMention> = Vec::new();
    let mut next_number = 0;
    let mut i = 0;
    while i < tokens.len() {
        // Skip the numbers and the word right after each (its own noun).
        while numbers.get(next_number).is_some_and(|n| n.tokens.end < i) {
            next_number += 1;
        }
        if let Some(n) = numbers.get(next_number) {
            if n.tokens.start <= i && i <= n.tokens.end {
                i = n.tokens.end + 1;
                continue;
            }
        }
        let Some((found, end)) = words.count_word_at(text, tokens, i) else {
            i += 1;
            continue;
        };
        let counted = match found {
            // `العديد من القتلى`: a count with no size (kept when people follow, see
            // `counts_people`).
            CountWord::NoSize => mention(i, end, None),
            // `سقوط قتلى وجرحى`: an indefinite plural of casualties right after the
            // event that befell them (or after the plural before it) counts them with no
            // size.
            CountWord::Plural => {
                let before = i.checked_sub(1).map_or("", &bare);
                let after_plural = added
                    .last()
                    .is_some_and(|m| m.tokens.end == i && m.value.is_none());
                let befallen = BEFALLS.iter().any(|b| b == before) || after_plural;
                (!definite(bare(i)) && befallen)
                    .then(|| mention(i, end, None))
                    .flatten()
            }
            CountWord::Noun(count) => {
                let w = bare(i);
                // A definite noun of a title or role is one known person (`مقتل
                // السفير`); a definite nisba is an adjective (`العصيان المدني`).
                // `الأحد` is Sunday.
                let nisba = w.ends_with('ي') || w.ends_with("يا") || w.ends_with("يه");
                let one_of = w.ends_with("احد") || w.ends_with("احدي");
                let known_one = (nisba || one_of) && definite(w);
                let after_between = i > 0 && word(i - 1) == "بين";
                let beside_event = !after_between && count == 2
                    || (i > 0 && event_at(i - 1).is_some_and(|(_, e)| e == i))
                    || event_at(end).is_some()
                    || (i > 0 && PART_CUES.contains(&bare(i - 1)));
                (!after_between && beside_event && (count == 2 || !known_one))
                    .then(|| mention(i, end, Some(count)))
                    .flatten()
            }
        };
        added.extend(counted);
        i = end;
    }
    if added.is_empty() {
        return numbers;
    }
    let mut all = numbers;
    all.extend(added);
    all.sort_by_key(|n| n.tokens.start);
    all
}

/// Words after which an indefinite plural of casualties is what an event left (`سقوط
/// قتلى`، `وقوع إصابات`، `أوقع جرحى`، `أسفر عن قتلى`، `أدى إلى قتلى`).
const BEFALLS_WORDS: &[&str] = &[
    "سقوط",
    "سقط",
    "وقوع",
    "وقع",
    "أوقع",
    "أوقعت",
    "خلف",
    "خلفت",
    "عن",
    "إلى",
];

/// [`BEFALLS_WORDS`] in the matching form.
static BEFALLS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    BEFALLS_WORDS
        .iter()
        .map(|w| rasid_text::normalize_str(w))
        .collect()
});

/// Gives the held-population figures whose sentence does not name whom they count
/// ([`HELD`]), and counts of prisoners of no named side, the actor the document's other
/// held-population figures name most (the first of equals).
fn held_actors(claims: &mut [Claim<'_>]) {
    let mut tally: Vec<(&str, usize)> = Vec::new();
    for c in claims.iter() {
        if HELD.contains(&c.measure)
            && c.actor_found == ActorFound::WithTheCount
            && c.actor != "UNKNOWN"
        {
            match tally.iter_mut().find(|(a, _)| *a == c.actor) {
                Some((_, n)) => *n += 1,
                None => tally.push((c.actor, 1)),
            }
        }
    }
    let Some(most) = tally.iter().map(|(_, n)| *n).max() else {
        return;
    };
    let Some(&(actor, _)) = tally.iter().find(|(_, n)| *n == most) else {
        return;
    };
    for c in claims.iter_mut() {
        let held = HELD.contains(&c.measure) && c.actor_found != ActorFound::WithTheCount;
        if held || c.actor_found == ActorFound::HeldNoun {
            c.actor = actor;
            c.actor_text = None;
        }
    }
}

/// Notes a part larger than its whole, and parts that add up to more than their whole.
fn note_parts(claims: &mut [Claim<'_>]) {
    let mut sums: Vec<(usize, u64)> = Vec::new();
    for i in 0..claims.len() {
        let Some(whole) = claims.get(i).and_then(|c| c.part_of) else {
            continue;
        };
        let part_low = claims.get(i).and_then(|c| c.value.low).unwrap_or(0);
        let whole_high = claims.get(whole).and_then(|c| c.value.high);
        if whole_high.is_some_and(|h| part_low > h) {
            if let Some(c) = claims.get_mut(i) {
                c.notes.push("part larger than its whole");
            }
        }
        match sums.iter_mut().find(|(w, _)| *w == whole) {
            Some((_, sum)) => *sum = sum.saturating_add(part_low),
            None => sums.push((whole, part_low)),
        }
    }
    for (whole, sum) in sums {
        if let Some(c) = claims.get_mut(whole) {
            if c.value.high.is_some_and(|h| sum > h) {
                c.notes.push("parts add up to more than their whole");
            }
        }
    }
}

/// The document being read.
struct Reader<'a, 't, 'k> {
    words: &'a ClaimWords,
    /// Actors that report figures and are never counted (SOHR, the UN, news agencies).
    reporters: &'a [&'k str],
    norm: &'a Normalized<'t>,
    tokens: &'a [Token],
    knowledge: &'k Knowledge,
    /// The places, facilities, actors and event words of the text, annotated only once a
    /// figure needs them: most numbers stand by no measure word, and most texts then
    /// state no figure at all.
    entities: std::cell::OnceCell<Vec<Entity<'t, 'k>>>,
    /// The token ranges of the numbers that count, in text order.
    counts: &'a [Range<usize>],
}

impl<'t, 'k> Reader<'_, 't, 'k> {
    /// Whether the sentence lies on a boilerplate line (a credit, a share line).
    fn boilerplate(&self, sentence: &Segment) -> bool {
        let text = self.norm.as_str();
        let line_start = text
            .get(..sentence.norm_span.start)
            .and_then(|t| t.rfind('\n'))
            .map_or(0, |i| i + 1);
        let line_end = text
            .get(sentence.norm_span.end..)
            .and_then(|t| t.find('\n'))
            .map_or(text.len(), |i| sentence.norm_span.end + i);
        text.get(line_start..line_end)
            .is_some_and(|line| self.words.is_boilerplate(line))
    }

    /// The entities whose first byte lies in tokens `tokens` (entities are in text order
    /// and carry original offsets).
    fn entities_in(&self, tokens: Range<usize>) -> &[Entity<'t, 'k>] {
        let Some(bytes) = self.original_of(tokens) else {
            return &[];
        };
        let entities = self.entities();
        let from = entities.partition_point(|e| e.start < bytes.start);
        let to = entities.partition_point(|e| e.start < bytes.end);
        entities.get(from..to).unwrap_or_default()
    }

    /// Every entity of the text, in text order (annotated on first use).
    fn entities(&self) -> &[Entity<'t, 'k>] {
        self.entities
            .get_or_init(|| annotate(self.knowledge, self.norm, self.tokens))
    }

    /// The claim a number states, when a measure word stands by it or the number is one
    /// of a list after a figure (`117 من قوات قسد، 77 من حامية السجن و40 من المقاتلين`).
    fn claim(
        &self,
        sentence: &Segment,
        clauses: &[Segment],
        number: &NumberMention,
        (source, hedge): (&Source<'k>, &'static str),
        previous: Option<(usize, &Claim<'k>)>,
    ) -> Option<Claim<'k>> {
        if number.kind != rasid_numbers::NumberKind::Cardinal {
            return None;
        }

        let clause = clauses
            .iter()
            .find(|c| c.tokens.start <= number.tokens.start && number.tokens.end <= c.tokens.end);
        let clause_tokens = clause.map_or(sentence.tokens.clone(), |c| c.tokens.clone());
        let found = if self.definite(number) {
            self.adjective_of(number)
        } else {
            self.measure_near(sentence, &clause_tokens, number)
        };
        if found
            .as_ref()
            .is_some_and(|f| f.measure.measure == NOT_A_FIGURE)
        {
            return None;
        }
        // A word of the number's own clause decides; else a list the number continues;
        // else a word further off.
        let listed = previous.and_then(|(i, prev)| Some((i, prev, self.listed(prev, number)?)));
        let (measure, measure_tokens, combined_with, part_of) = match (found, listed) {
            (Some(f), _) if f.near => (f.measure, f.tokens, f.combined_with, None),
            (_, Some((i, prev, is_part))) => (
                Measure {
                    measure: prev.measure,
                    unit: prev.unit,
                    kind: WordKind::Event,
                },
                number.tokens.clone(),
                None,
                is_part.then(|| prev.part_of.unwrap_or(i)),
            ),
            // A count with no size (`بعدد كبير من المقاتلين`) needs its measure word close.
            (Some(_), None) if number.vague == Some(Vague::Several) => return None,
            (Some(f), None) => (f.measure, f.tokens, f.combined_with, None),
            (None, None) => return None,
        };
        // Killed and wounded counted together (`مقتل وإصابة 60`، `90 مدنيا بين قتيل
        // وجريح`) state neither figure.
        let killed_and_wounded =
            |a: &str, b: &str| matches!((a, b), ("killed", "wounded") | ("wounded", "killed"));
        if combined_with.is_some_and(|other| killed_and_wounded(measure.measure, other))
            || self.between_killed_and_wounded(number.tokens.end)
        {
            return None;
        }
        // A year written alone (`2005 - مقتل 14`، `حرب غزة 2014`) counts no one.
        if self.year_like(number) && !self.counts_people(number) {
            return None;
        }
        // A duration is a figure of an incident only in a sentence that names one.
        if measure.measure == "duration"
            && !self
                .entities_in(sentence.tokens.clone())
                .iter()
                .any(|e| e.kind == EntityKind::Event)
        {
            return None;
        }
        let value = self.bounded(number, value_of(number, measure)?);
        if value.vague == Some("unspecified") && !self.counts_people(number) {
            return None;
        }
        let (mut actor, mut actor_text, mut actor_found) = self.counted(
            sentence,
            &clause_tokens,
            number,
            (measure.measure, measure_tokens.clone()),
        );
        // `وإصابة 37 آخرين`: the others are of the group the figure before counts; a count
        // whose sentence names no one else (`قتل 173 مدنيا وأصيب العشرات`) is of it too.
        let close = |p: &Claim<'_>| number.tokens.start <= p.count_tokens.end + NEXT_FIGURE;
        if let Some((_, prev)) =
            previous.filter(|(_, p)| p.actor_found == ActorFound::WithTheCount && close(p))
        {
            let others = OTHERS.contains(&self.word(number.tokens.end));
            if others || actor_found != ActorFound::WithTheCount {
                actor = prev.actor;
                actor_text = prev.actor_text.clone();
                actor_found = ActorFound::WithTheCount;
            }
        }
        // `4 من بين الفارين`، `3 من القتلى`: a part of those a figure elsewhere counts.
        let mut notes = Vec::new();
        if self.part_of_those_counted(number, measure.measure) {
            notes.push(PART_OF_OTHERS);
        }
        // A duration or a capacity counts no one.
        if matches!(measure.measure, "duration" | "capacity") {
            actor = "UNKNOWN";
            actor_text = None;
            actor_found = ActorFound::Nowhere;
        }
        // Evidence: the clause holding the number, or the sentence when the measure word
        // lies in another clause.
        let evidence = match clause {
            Some(c)
                if c.tokens.start <= measure_tokens.start && measure_tokens.end <= c.tokens.end =>
            {
                c.span.clone()
            }
            _ => sentence.span.clone(),
        };
        let in_sentence = self.entities_in(sentence.tokens.clone());
        let event_type = in_sentence.iter().find_map(|e| e.event_type);
        // Where: the facility or place of the number's own clause, nearest it (`مثل سجن
        // عايد في الطبقة الذي يضم نحو ألف معتقل` in a list of prisons), else the sentence's
        // first.
        let in_clause = self.entities_in(clause_tokens.clone());
        let at = number.span.start;
        let nearest = |kinds: &[EntityKind]| {
            in_clause
                .iter()
                .filter(|e| kinds.contains(&e.kind))
                .min_by_key(|e| e.start.abs_diff(at))
                .or_else(|| in_sentence.iter().find(|e| kinds.contains(&e.kind)))
                .map(|e| e.id)
        };
        let facility = nearest(&[EntityKind::Facility]);
        let place = nearest(&[EntityKind::Place, EntityKind::Facility]);
        Some(Claim {
            measure: measure.measure,
            unit: measure.unit,
            actor,
            actor_text,
            value,
            source: source.clone(),
            hedge,
            event_type,
            facility,
            place,
            evidence,
            figure: number.span.clone(),
            combined_with,
            part_of,
            notes,
            actor_found,
            count_tokens: number.tokens.clone(),
            // Read from the document's timeline by `extract`.
            time: When::default(),
            as_of: None,
            episode: Episode::Main,
        })
    }

    /// The normalised text of token `i` ("" past the end).
    fn word(&self, i: usize) -> &str {
        let text = self.norm.as_str();
        self.tokens
            .get(i)
            .and_then(|t| text.get(t.start as usize..t.end as usize))
            .unwrap_or("")
    }

    /// Whether the word at token `i` carries the conjunction و or ف as a proclitic (`وإصابة`),
    /// not as its first letter (`وفيات`).
    fn conjoined(&self, i: usize) -> bool {
        let w = self.word(i);
        (w.starts_with('و') || w.starts_with('ف')) && !self.words.is_measure_form(w)
    }

    /// Whether a verb or verbal noun at token `i` opens a pair governing one count: after
    /// a preposition (`أسفر عن مقتل وإصابة 20`، `تمكن من أسر وقتل العشرات`), with one
    /// attached (`بمقتل وإصابة`) or first in its sentence (`قتل وجرح 20 شخصا`), not after
    /// its own subject (`شرطيا قتل وأصيب ثلاثة آخرون` states two figures).
    fn opens_verb_pair(&self, i: usize) -> bool {
        let w = self.word(i);
        let w = w.strip_prefix('و').unwrap_or(w);
        i == 0
            || w.starts_with('ب')
            || w.starts_with('ل')
            || matches!(
                self.word(i - 1),
                "من" | "عن" | "الي" | "في" | "," | "." | ":"
            )
    }

    /// Whether the number is a definite number word (`الثلاثة`), which follows its noun as
    /// an adjective (`الأسرى الثلاثة`, `أيام المعركة التسعة`); plurals of magnitude
    /// (`العشرات من`) are nouns and count what follows them.
    fn definite(&self, number: &NumberMention) -> bool {
        let first = self.word(number.tokens.start);
        let first = first.strip_prefix('و').unwrap_or(first);
        // `ألف` folds to `الف`: a thousand, not the article.
        let thousand = matches!(first, "الف" | "الفا" | "الفان" | "الفين" | "الفي" | "الاف");
        number.vague.is_none()
            && !thousand
            && first.starts_with("ال")
            && !first.chars().any(|c| c.is_ascii_digit())
    }

    /// The measure of the noun a definite number word describes: the word right before it
    /// (or the one before that, past a genitive: `أسرى الجيش الثلاثة`) when it names people
    /// by what befell them; the days of a battle or the blocks of a prison are no figure.
    fn adjective_of(&self, number: &NumberMention) -> Option<Found> {
        let text = self.norm.as_str();
        let start = number.tokens.start;
        (start.saturating_sub(2)..start).rev().find_map(|i| {
            let (m, end) = self.words.measure_at(text, self.tokens, i)?;
            matches!(m.kind, WordKind::Event | WordKind::Status).then_some(Found {
                measure: m,
                tokens: i..end,
                near: true,
                combined_with: None,
            })
        })
    }

    /// Whether `بين قتيل وجريح` (between killed and wounded) follows within a word or two of
    /// token `from`.
    fn between_killed_and_wounded(&self, from: usize) -> bool {
        let text = self.norm.as_str();
        (from..from + 3).any(|i| {
            self.word(i) == "بين"
                && self
                    .words
                    .measure_at(text, self.tokens, i + 1)
                    .is_some_and(|(a, end)| {
                        self.words
                            .measure_at(text, self.tokens, end)
                            .is_some_and(|(b, _)| {
                                matches!(
                                    (a.measure, b.measure),
                                    ("killed", "wounded") | ("wounded", "killed")
                                )
                            })
                    })
        })
    }

    /// Whether the words after the count make it a part of people counted elsewhere by
    /// the same measure: `من بين` or `من` and a measure noun with the article (`4 من بين
    /// الفارين` of an escape, `3 من القتلى` of the dead; not `آلاف من السجناء` who riot).
    fn part_of_those_counted(&self, number: &NumberMention, measure: &str) -> bool {
        let text = self.norm.as_str();
        let mut i = number.tokens.end;
        if self.word(i) != "من" {
            return false;
        }
        i += 1;
        if self.word(i) == "بين" {
            i += 1;
        }
        self.word(i).starts_with("ال")
            && self
                .words
                .measure_at(text, self.tokens, i)
                .is_some_and(|(m, _)| {
                    m.measure == measure && matches!(m.kind, WordKind::Event | WordKind::Status)
                })
    }

    /// Whether the number is four digits that read as a year of the last century or this one.
    fn year_like(&self, number: &NumberMention) -> bool {
        let w = self.word(number.tokens.start);
        number.tokens.len() == 1
            && w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && number.value.is_some_and(|v| (1900.0..=2035.0).contains(&v))
    }

    /// Whether a count with no size (`عدد من`، `عدة`) counts people: its noun (after
    /// `من` when there is one) is a measure word or names people (`عدد من القتلى`، `عدة
    /// مدنيين`), not things (`عدد من السجون`، `عدة محاور`).
    fn counts_people(&self, number: &NumberMention) -> bool {
        let text = self.norm.as_str();
        // A plural of casualties counts people itself (`سقوط قتلى`).
        let is_people = |i: usize| {
            self.words
                .measure_at(text, self.tokens, i)
                .is_some_and(|(m, _)| matches!(m.kind, WordKind::Event | WordKind::Status))
        };
        if number.value.is_none() && number.tokens.len() == 1 && is_people(number.tokens.start) {
            return true;
        }
        let mut i = number.tokens.end;
        if self.word(i) == "من" {
            i += 1;
        }
        is_people(i)
            || self
                .entities_in(i..i + 1)
                .iter()
                .any(|e| matches!(e.kind, EntityKind::Member | EntityKind::Actor))
    }

    /// Whether `number` continues a list after the figure `previous` (no measure word of
    /// its own between them, a comma, `و` or `بينهم` before it), and if so whether it is
    /// a part of that figure: after `بينهم`, or when the figure is a total (`عدد
    /// القتلى 117، 77 من ... و40 من ...`) — else a sibling (`5 في حماة و3 في حمص`).
    fn listed(&self, previous: &Claim<'k>, number: &NumberMention) -> Option<bool> {
        let gap = previous.count_tokens.end..number.tokens.start;
        if gap.is_empty() || gap.len() > ACTOR_AFTER + 2 {
            return None;
        }
        if self.previous_count(number) != previous.count_tokens.end {
            return None;
        }
        let start = number.tokens.start;
        let part_cue = (start.saturating_sub(3)..start).any(|i| {
            let w = self.word(i);
            PART_CUES.contains(&w.strip_prefix('و').unwrap_or(w))
        });
        let before = self.word(start.wrapping_sub(1));
        let linked = part_cue
            || matches!(before, "," | ":" | ";" | "و" | "-")
            || self.word(start).starts_with('و');
        if !linked {
            return None;
        }
        let whole = previous.count_tokens.start;
        let total = (whole.saturating_sub(4)..whole).any(|i| {
            let w = self.word(i);
            let w = w.strip_prefix('و').unwrap_or(w);
            TOTAL_CUES.contains(&w.strip_prefix("ال").unwrap_or(w))
        });
        Some(part_cue || total || previous.part_of.is_some())
    }

    /// The first token of the next count after `number` (`usize::MAX` when none): the
    /// words after it belong to that figure.
    fn next_count(&self, number: &NumberMention) -> usize {
        let i = self.counts.partition_point(|c| c.start < number.tokens.end);
        self.counts.get(i).map_or(usize::MAX, |c| c.start)
    }

    /// One past the last token of the count before `number` (0 when none).
    fn previous_count(&self, number: &NumberMention) -> usize {
        let i = self
            .counts
            .partition_point(|c| c.end <= number.tokens.start);
        i.checked_sub(1)
            .and_then(|i| self.counts.get(i))
            .map_or(0, |c| c.end)
    }

    /// Whether a count starts at token `i`.
    fn count_starts(&self, i: usize) -> bool {
        self.counts.binary_search_by_key(&i, |c| c.start).is_ok()
    }

    /// Whether token `i` comes right after a count (its measure noun: `30 قتيلا`).
    fn follows_count(&self, i: usize) -> bool {
        let j = self.counts.partition_point(|c| c.end < i);
        self.counts.get(j).is_some_and(|c| c.end == i)
    }

    /// The measure word that decides what the number counts, searched before it (within
    /// [`MEASURE_BEFORE`] tokens, no other count between, nearest first) and after it
    /// (within [`MEASURE_AFTER`], up to the next count), inside the sentence. In order:
    /// the count's own event noun (`30 قتيلا`); an event word of its clause before it
    /// (`استسلم ... قرابة 1000 معتقل`), then after it (`العشرات ... حاولوا الفرار`); its own
    /// status noun (`1000 معتقل`); status words of the clause; then words of other clauses.
    /// Words naming a group (attackers, participants) give way to an event word before
    /// them (`قتلى التنظيم من المهاجمين قرابة 374` counts the dead); a verb of holding
    /// counts only beside a place of detention or a prisoner noun.
    fn measure_near(
        &self,
        sentence: &Segment,
        clause: &Range<usize>,
        number: &NumberMention,
    ) -> Option<Found> {
        let text = self.norm.as_str();
        // The previous count's last token: measure words before it are its own.
        let previous = self.previous_count(number);
        let from = number
            .tokens
            .start
            .saturating_sub(MEASURE_BEFORE)
            .max(sentence.tokens.start)
            .max(previous);
        // The next count's first token: measure words after it are its own.
        let next = self.next_count(number);
        let after_end = (number.tokens.end + MEASURE_AFTER)
            .min(sentence.tokens.end)
            .min(next);
        let at = |i: usize| {
            let (m, end) = self.words.measure_at(text, self.tokens, i)?;
            Some((m, i..end))
        };
        // A noun carrying its number (`قتيلين`) is its own measure word; so is a noun the
        // number reader took into the mention (`32 قتيلا على الأقل`).
        let own = self
            .words
            .noun_at(text, self.tokens, number.tokens.start)
            .and_then(|_| at(number.tokens.start))
            .or_else(|| (number.tokens.start + 1..number.tokens.end).find_map(at))
            .or_else(|| at(number.tokens.end));
        // A word after the count that opens a new phrase (`استشهاد 15 وإصابة 33`) is not
        // its noun.
        let own =
            own.filter(|(_, r)| r.start != number.tokens.end || !self.conjoined(number.tokens.end));
        let counts_things = own.as_ref().is_some_and(|(m, _)| {
            matches!(m.kind, WordKind::Place | WordKind::Thing | WordKind::Time)
        });
        let time_unit = own
            .as_ref()
            .filter(|(m, _)| m.kind == WordKind::Time)
            .map(|(m, _)| m.unit);
        let before: Vec<(Measure, Range<usize>)> = (from..number.tokens.start)
            .rev()
            .filter(|&i| !self.follows_count(i) || self.conjoined(i))
            .filter_map(at)
            .collect();
        let after_from = own.as_ref().map_or(number.tokens.end, |(_, r)| r.end);
        let after: Vec<(Measure, Range<usize>)> = (after_from..after_end.max(after_from))
            .filter_map(at)
            .collect();
        let in_clause = |r: &Range<usize>| clause.start <= r.start && r.end <= clause.end;
        let group = |m: &Measure| matches!(m.measure, "attackers" | "participants");
        let held_here = std::cell::OnceCell::new();
        let held_here = || {
            *held_here.get_or_init(|| {
                own.as_ref()
                    .is_some_and(|(m, _)| m.kind == WordKind::Status)
                    || self
                        .entities_in(sentence.tokens.clone())
                        .iter()
                        .any(|e| e.kind == EntityKind::Facility)
                    || sentence.tokens.clone().any(|i| {
                        at(i).is_some_and(|(m, _)| {
                            m.kind == WordKind::Place
                                || (m.kind == WordKind::Status
                                    && matches!(m.measure, "detained" | "captured" | "arrested"))
                        })
                    })
            })
        };
        // A count of things, places or time (`20 سجنا آخر`، `18 عاما`) is no figure of
        // people: only a duration takes it.
        let people = std::cell::OnceCell::new();
        let deciding = |m: &Measure| match m.kind {
            _ if m.measure == "duration" => time_unit.is_some(),
            _ if counts_things => false,
            // An escape is from custody: people fleeing a war or a front are no figure here.
            WordKind::Event if matches!(m.measure, "escaped" | "attempted_escape") => held_here(),
            WordKind::Event => true,
            WordKind::Holding => held_here(),
            WordKind::Seizing => *people.get_or_init(|| self.counts_people(number)),
            WordKind::Status | WordKind::Place | WordKind::Thing | WordKind::Time => false,
        };
        // A duration is counted in the unit its number names (`7 أيام`, `48 ساعة`).
        let near = |(m, r): &(Measure, Range<usize>)| Found {
            measure: Measure {
                unit: time_unit.unwrap_or(m.unit),
                ..*m
            },
            tokens: r.clone(),
            near: true,
            combined_with: None,
        };
        // A plural of casualties with no number (`سقوط جرحى`) is its own measure, a status
        // noun or not.
        let plural = number.value.is_none()
            && self
                .words
                .noun_at(text, self.tokens, number.tokens.start)
                .is_some_and(|(n, _)| n.is_none());
        if let Some(o) = own
            .as_ref()
            .filter(|(m, _)| plural && matches!(m.kind, WordKind::Event | WordKind::Status))
        {
            return Some(near(o));
        }
        // The count's own event noun.
        if let Some(o) = own.as_ref().filter(|(m, _)| deciding(m) && !group(m)) {
            return Some(near(o));
        }
        let clause_after = || after.iter().filter(|(_, r)| in_clause(r));
        // English states the event after the count (`20 people were killed`): its words
        // after the count come first.
        let english = self
            .word(number.tokens.end)
            .bytes()
            .all(|b| b.is_ascii_alphabetic())
            && !self.word(number.tokens.end).is_empty();
        if english {
            if let Some(a) = clause_after().find(|(m, _)| deciding(m) && !group(m)) {
                return Some(near(a));
            }
        }
        // An event word of the clause before the count; a group word gives way to one
        // before it.
        let mut group_before = None;
        for candidate in before.iter().filter(|(_, r)| in_clause(r)) {
            if !deciding(&candidate.0) {
                continue;
            }
            if group(&candidate.0) {
                group_before.get_or_insert(candidate);
                continue;
            }
            return Some(self.coordinated(near(candidate), &before, number));
        }
        if let Some(g) = group_before {
            return Some(near(g));
        }
        if let Some(a) = clause_after().find(|(m, _)| deciding(m) && !group(m)) {
            return Some(near(a));
        }
        if let Some(a) = clause_after().find(|(m, _)| deciding(m)) {
            return Some(near(a));
        }
        // Its own status or group noun, then status words of its clause (`مئات من
        // المعتقلين`).
        if counts_things {
            return None;
        }
        if let Some(o) = own.as_ref() {
            return Some(near(o));
        }
        let status = |(m, _): &&(Measure, Range<usize>)| m.kind == WordKind::Status;
        if let Some(s) = before
            .iter()
            .chain(&after)
            .filter(|(_, r)| in_clause(r))
            .find(status)
        {
            return Some(near(s));
        }
        // Words of other clauses: events, then status words, then groups.
        let far = |f: Found| Found { near: false, ..f };
        let others = || before.iter().chain(&after).filter(|(_, r)| !in_clause(r));
        others()
            .find(|(m, _)| deciding(m) && !group(m))
            .or_else(|| others().find(status))
            .or_else(|| others().find(|(m, _)| deciding(m)))
            .map(|c| far(near(c)))
    }

    /// The first of verbs coordinated over one count (`أسر وقتل العشرات`): the count
    /// is stated for them together, under the first, with the chosen one noted.
    fn coordinated(
        &self,
        chosen: Found,
        before: &[(Measure, Range<usize>)],
        number: &NumberMention,
    ) -> Found {
        // Only verbs right before the count, the first with no count of its own before it
        // (`173 مدنيا قتلوا وأصيب العشرات` states two figures).
        if !self.word(chosen.tokens.start).starts_with('و')
            || chosen.tokens.end != number.tokens.start
        {
            return chosen;
        }
        let first = before.iter().find(|(m, r)| {
            r.end == chosen.tokens.start
                && self.previous_count(number) + 3 <= r.start
                && self.opens_verb_pair(r.start)
                && m.kind == WordKind::Event
                && m.measure != chosen.measure.measure
                && m.measure != NOT_A_FIGURE
                && !matches!(m.measure, "attackers" | "participants")
        });
        match first {
            Some((m, r)) => Found {
                measure: *m,
                tokens: r.start..chosen.tokens.end,
                near: chosen.near,
                combined_with: Some(chosen.measure.measure),
            },
            None => chosen,
        }
    }

    /// A bound or hedge the number reader left out, from data/claims/modifiers.tsv right
    /// before the number (the article between allowed: `لا يتجاوز الـ 30`).
    fn bounded(&self, number: &NumberMention, value: Value) -> Value {
        let exact = value.low.is_some() && value.low == value.high && value.vague.is_none();
        if !exact {
            return value;
        }
        let text = self.norm.as_str();
        let start = number.tokens.start;
        let found = (start.saturating_sub(4)..start).find_map(|i| {
            let (m, end) = self.words.modifier_at(text, self.tokens, i)?;
            let between_ok = (end..start).all(|k| {
                self.tokens
                    .get(k)
                    .and_then(|t| text.get(t.start as usize..t.end as usize))
                    .is_some_and(|w| w == "ال")
            });
            between_ok.then_some(m)
        });
        // `32 قتيلا على الأقل`، `700 من العسكريين على الأقل`, `20 people at least`: a lower
        // bound after the count and its noun, before the next count.
        let next = self.next_count(number);
        let found = found.or_else(|| {
            let end = number.tokens.end;
            (end..(end + 5).min(next)).find_map(|i| {
                matches!(
                    self.words.modifier_at(text, self.tokens, i),
                    Some((Modifier::AtLeast, _))
                )
                .then_some(Modifier::AtLeast)
            })
        });
        let Some(n) = value.low else { return value };
        match found {
            Some(Modifier::Approx) => Value {
                approx: true,
                ..value
            },
            Some(Modifier::MoreThan) => Value {
                low: Some(n + 1),
                high: None,
                ..value
            },
            Some(Modifier::AtLeast) => Value {
                low: Some(n),
                high: None,
                ..value
            },
            Some(Modifier::AtMost) => Value {
                low: None,
                high: Some(n),
                ..value
            },
            Some(Modifier::LessThan) => Value {
                low: None,
                high: n.checked_sub(1),
                ..value
            },
            Some(Modifier::Unspecified) | None => value,
        }
    }

    /// Whom the number counts: the group its own noun names (`أربعة مدنيين`), the first
    /// actor named after it in its clause, the actor its member noun implies, the actor
    /// after the measure word, else the actor nearest before it (a guess), else `UNKNOWN`.
    fn counted(
        &self,
        sentence: &Segment,
        clause: &Range<usize>,
        number: &NumberMention,
        (measure_name, measure): (&str, Range<usize>),
    ) -> (&'k str, Option<Range<usize>>, ActorFound) {
        // The count's own noun, or the noun that is the count (`جنديين`).
        let own = number.tokens.start..number.tokens.end + 1;
        if let Some((member, implied)) = self
            .entities_in(own)
            .iter()
            .find_map(|e| (e.kind == EntityKind::Member).then_some((e, e.actor?)))
        {
            return (
                implied,
                Some(member.start..member.end),
                ActorFound::WithTheCount,
            );
        }
        // Whether a party speaks before the count (`قال الجيش إن`, `the SDF said`): only
        // then is `its own` the speaker's. Asked only of a possessive count.
        let text = self.norm.as_str();
        let stated = || {
            (sentence.tokens.start..number.tokens.start)
                .any(|i| self.words.attribution_at(text, self.tokens, i).is_some())
        };
        // `12 من جنوده`: the people of the party the pronoun points back to, the actor
        // named nearest before the count, the speaker included (`قال الجيش العراقي إن 12
        // من جنوده`, but `هجوم شنه تنظيم داعش ... وقتل 12 من عناصره` counts ISIS); with
        // none named, the speaker's.
        if self.word(number.tokens.end) == "من" && own_people(self.word(number.tokens.end + 1)) {
            let party = |e: &&Entity<'_, 'k>| {
                e.kind == EntityKind::Actor && !self.reporters.contains(&actor_id(e))
            };
            let before = sentence.tokens.start..number.tokens.start;
            if let Some(actor) = self.entities_in(before).iter().rfind(party) {
                return (
                    actor_id(actor),
                    Some(actor.start..actor.end),
                    ActorFound::WithTheCount,
                );
            }
            if stated() {
                return ("UNKNOWN", None, ActorFound::Speaker);
            }
        }
        // The words naming whom it counts end where the source begins (`20 fighters were
        // killed, according to the Observatory`: the Observatory counts, it is not counted),
        // where the clause ends, and where the next figure begins (`77 من حامية السجن و40
        // من المقاتلين`).
        let next = self.next_count(number);
        let limit = (number.tokens.end + ACTOR_AFTER)
            .min(sentence.tokens.end)
            .min(clause.end.max(number.tokens.end))
            .min(next);
        let end = (number.tokens.end..limit)
            .find(|&i| self.words.attribution_at(text, self.tokens, i).is_some())
            .unwrap_or(limit);
        let window = number.tokens.end..end;
        let after = self.entities_in(window.clone());
        let counted_actor = |e: &&Entity<'_, 'k>| {
            e.kind == EntityKind::Actor
                && !self.reporters.contains(&actor_id(e))
                && !self.named_as_agent(e)
        };
        if let Some(actor) = after.iter().find(counted_actor) {
            let start = after
                .first()
                .map_or(actor.start, |e| e.start.min(actor.start));
            return (
                actor_id(actor),
                Some(start..actor.end),
                ActorFound::WithTheCount,
            );
        }
        // A group named after `من` counts it when the count has no noun of its own (`أربعة
        // من المدنيين`); after one (`1000 معتقل من كبار السن`) it only describes them.
        let bare = self.word(number.tokens.end) == "من";
        if let Some((member, implied)) = after
            .iter()
            .filter(|_| bare)
            .find_map(|e| (e.kind == EntityKind::Member).then_some((e, e.actor?)))
        {
            return (
                implied,
                Some(member.start..member.end),
                ActorFound::WithTheCount,
            );
        }
        // Else the actor that follows the measure word itself (`قتلى التنظيم ... قرابة
        // 374`): the noun's own complement, not the perpetrator named elsewhere.
        let own = measure.end..(measure.end + 3).min(sentence.tokens.end).min(clause.end);
        if let Some(actor) = self.entities_in(own).iter().find(counted_actor) {
            return (
                actor_id(actor),
                Some(actor.start..actor.end),
                ActorFound::WithTheCount,
            );
        }
        // `117 of their fighters and guards` in a statement: the speaker's own people.
        let member_at = after
            .iter()
            .find(|e| e.kind == EntityKind::Member)
            .map(|e| e.start);
        let theirs = member_at.is_some_and(|member| {
            window.clone().any(|i| {
                self.original_of(i..i + 1)
                    .is_some_and(|r| r.start < member && SPEAKER_OWN.contains(&self.word(i)))
            })
        });
        if theirs && stated() {
            return ("UNKNOWN", None, ActorFound::Speaker);
        }
        // Prisoners and detainees of no named side are the document's held population.
        let held_noun = after
            .iter()
            .any(|e| e.kind == EntityKind::Member && HELD_NOUNS.contains(&e.id));
        // Arrests, executions and abductions are done by someone: the actor named before
        // them is who acts (`ألقت الشرطة المصرية القبض على 8`، `داعش أعدم نحو 50`).
        if AGENTIVE.contains(&measure_name) {
            let found = if held_noun {
                ActorFound::HeldNoun
            } else {
                ActorFound::Nowhere
            };
            return ("UNKNOWN", None, found);
        }
        // Else the actor named nearest before the number in its sentence, outside any
        // attribution: more often whom the figure counts than not (`قصفت الطائرات مواقع
        // لداعش ما أسفر عن مقتل 30`), though sometimes who did it.
        let before = sentence.tokens.start..number.tokens.start;
        let cue = before
            .clone()
            .rev()
            .find(|&i| self.words.attribution_at(text, self.tokens, i).is_some());
        let before = cue.map_or(before.clone(), |c| before.start.max(c + 1)..before.end);
        if let Some(actor) = self.entities_in(before).iter().rfind(counted_actor) {
            let found = if held_noun {
                ActorFound::HeldNoun
            } else {
                ActorFound::Before
            };
            return (actor_id(actor), Some(actor.start..actor.end), found);
        }
        let found = if held_noun {
            ActorFound::HeldNoun
        } else {
            ActorFound::Nowhere
        };
        ("UNKNOWN", None, found)
    }

    /// Who states the sentence's figures and how sure: a named party after بحسب or
    /// beside a verb of saying, unnamed sources, or the outlet itself.
    fn source(&self, sentence: &Segment) -> (Source<'k>, &'static str, bool) {
        let text = self.norm.as_str();
        let mut hedge = None;
        // A party the lexicon knows, named by a cue; a cue with a party it does not know
        // (`وزارة الخارجية الإيطالية`, `قناة إن تي في`, a person); unnamed sources.
        let mut party: Option<(&'k str, Option<Range<usize>>)> = None;
        let mut said: Option<Option<Range<usize>>> = None;
        let mut unnamed: Option<Option<Range<usize>>> = None;
        let mut unnamed_of: Option<&'k str> = None;
        let mut bare_said = false;
        let mut i = sentence.tokens.start;
        while i < sentence.tokens.end {
            let Some((role, end)) = self.words.attribution_at(text, self.tokens, i) else {
                i += 1;
                continue;
            };
            let span = self.original_of(i..end);
            match role {
                Attribution::Believed => hedge = Some("believed"),
                Attribution::Rumour => {
                    hedge = Some("believed");
                    unnamed.get_or_insert(span);
                }
                Attribution::Disputed => {
                    // `تضاربت المعلومات`, `منها من قال`: reports without a name.
                    hedge = Some("disputed");
                    unnamed.get_or_insert(span);
                }
                // One word alone (مصادر، ناشطون, sources) is a source only beside a verb
                // of saying or بحسب: `من الناشطين الكرد` names whom a figure counts.
                Attribution::UnnamedSource if end > i + 1 || self.cue_beside(sentence, i..end) => {
                    unnamed.get_or_insert(span);
                }
                Attribution::UnnamedSource => {}
                Attribution::Said | Attribution::AccordingTo | Attribution::Statement => {
                    // The party named right after the cue (بحسب المرصد السوري، قال
                    // المتحدث باسم قسد) or right before a verb of saying.
                    // What follows أن or a colon is what is said, not who says it.
                    // So is what follows the first count (`وأشارت إلى مقتل 18 مدنيا`).
                    let stop = (end..(end + 6).min(sentence.tokens.end))
                        .find(|&k| CONTENT_CUES.contains(&self.word(k)) || self.count_starts(k))
                        .unwrap_or((end + 6).min(sentence.tokens.end));
                    let after = end..stop;
                    let named = self
                        .entities_in(after)
                        .iter()
                        .find(|e| e.kind == EntityKind::Actor)
                        .or_else(|| {
                            // (`the Syrian Observatory for Human Rights reported`: a
                            // long name ends right before the verb.)
                            let before = i.saturating_sub(8).max(sentence.tokens.start)..i;
                            self.entities_in(before)
                                .iter()
                                .rfind(|e| e.kind == EntityKind::Actor)
                        });
                    // `مصدر في قوات البيشمركة`: an unnamed source of a known party.
                    let of_party = named.filter(|p| {
                        (end..stop).any(|k| {
                            self.original_of(k..k + 1)
                                .is_some_and(|b| b.start < p.start)
                                && matches!(
                                    self.words.attribution_at(text, self.tokens, k),
                                    Some((Attribution::UnnamedSource, _))
                                )
                        })
                    });
                    match named {
                        Some(p) if of_party.is_some() => {
                            unnamed.get_or_insert(span);
                            unnamed_of.get_or_insert(actor_id(p));
                        }
                        Some(p) if party.is_none() => {
                            party = Some((
                                actor_id(p),
                                span.map(|s| s.start.min(p.start)..s.end.max(p.end)),
                            ));
                        }
                        _ => {
                            // The words after the cue name whoever it is.
                            let subject = (end + 3).min(sentence.tokens.end);
                            said.get_or_insert(self.original_of(i..subject.max(end)));
                            // Only a bare verb of saying goes on quoting the party before
                            // (`وأضاف`); `بحسب الجيش` names a party of its own.
                            bare_said |= role == Attribution::Said;
                        }
                    }
                }
            }
            i = end.max(i + 1);
        }
        // A verb of saying that names no one (`وأضاف أن ...`) goes on quoting the party
        // named before: the caller resolves it (see SourceMemo).
        let names_no_one = party.is_none() && unnamed.is_none() && said.is_some() && bare_said;
        let source = match (party, unnamed, said) {
            (Some((id, text)), _, _) => Source {
                kind: "named",
                actor: Some(id),
                text,
            },
            (None, Some(text), _) => Source {
                kind: "unnamed",
                actor: unnamed_of,
                text,
            },
            (None, None, Some(text)) => Source {
                kind: "named",
                actor: None,
                text,
            },
            (None, None, None) => Source {
                kind: "author",
                actor: None,
                text: None,
            },
        };
        let hedge = hedge.unwrap_or(if source.kind == "author" {
            "asserted"
        } else {
            "attributed"
        });
        (source, hedge, names_no_one)
    }

    /// Whether the sentence tells of deaths or injuries that are no violence: it names an
    /// accident, an illness or a disaster (data/claims/contexts.tsv) and no event of
    /// violence (`لقي أربعة أشخاص مصرعهم في حادث مروري`).
    fn no_violence(&self, sentence: &Segment) -> bool {
        let text = self.norm.as_str();
        sentence
            .tokens
            .clone()
            .any(|i| self.words.context_at(text, self.tokens, i).is_some())
            && !self
                .entities_in(sentence.tokens.clone())
                .iter()
                .any(|e| e.kind == EntityKind::Event)
    }

    /// Whether the actor is named as who did it (`على يد الحوثي`، `من قبل التنظيم`، `برصاص
    /// الشرطة`، `هجمات شنتها بوكو حرام`): it is not whom the figure counts.
    fn named_as_agent(&self, e: &Entity<'_, 'k>) -> bool {
        let first = self
            .tokens
            .partition_point(|t| self.norm.original_start(t.start as usize) < e.start);
        let before = |k: usize| first.checked_sub(k).map_or("", |i| self.word(i));
        let w1 = before(1);
        let w1 = w1.strip_prefix('و').unwrap_or(w1);
        AGENT_MARKERS.contains(&w1)
            || matches!(
                (before(2), w1),
                ("علي", "يد") | ("من", "قبل") | ("علي", "ايدي")
            )
    }

    /// Whether a verb of saying or `بحسب` stands within three tokens of `words`.
    fn cue_beside(&self, sentence: &Segment, words: Range<usize>) -> bool {
        let text = self.norm.as_str();
        let from = words.start.saturating_sub(3).max(sentence.tokens.start);
        let to = (words.end + 3).min(sentence.tokens.end);
        (from..to).filter(|i| !words.contains(i)).any(|i| {
            matches!(
                self.words.attribution_at(text, self.tokens, i),
                Some((
                    Attribution::Said | Attribution::AccordingTo | Attribution::Statement,
                    _
                ))
            )
        })
    }

    /// The original byte range of tokens `range`.
    fn original_of(&self, range: Range<usize>) -> Option<Range<usize>> {
        let first = self.tokens.get(range.start)?;
        let last = self.tokens.get(range.end.checked_sub(1)?)?;
        Some(
            self.norm
                .original_range(first.start as usize..last.end as usize),
        )
    }
}

/// The id an actor entity counts as: an actor folded into its parent counts as the
/// parent (قسد's units as SDF).
fn actor_id<'k>(e: &Entity<'_, 'k>) -> &'k str {
    e.actor.unwrap_or(e.id)
}

/// A number's value as whole people (or days): bounds rounded outwards, vague figures as
/// SPEC.md bounds them; `None` for fractions and for numbers too large to count people.
fn value_of(number: &NumberMention, measure: Measure) -> Option<Value> {
    let whole = |x: f64| -> Option<u64> {
        (x.is_finite() && x >= 0.0 && x.fract() == 0.0 && x < 1e9).then_some(x as u64)
    };
    // SPEC.md names dozens, hundreds, thousands and unspecified; larger plurals of
    // magnitude (عشرات الآلاف) are thousands, their bounds kept from the number reader.
    let vague = number.vague.map(|v| match v {
        Vague::Dozens => "dozens",
        Vague::Hundreds => "hundreds",
        Vague::Thousands
        | Vague::TensOfThousands
        | Vague::HundredsOfThousands
        | Vague::Millions => "thousands",
        Vague::Few | Vague::Several => "unspecified",
    });
    let (low, high) = match (number.value, number.low, number.high) {
        (Some(v), _, _) => (Some(whole(v)?), Some(whole(v)?)),
        (None, low, high) => (
            low.map(|l| whole(l.ceil())).unwrap_or(None),
            high.map(|h| whole(h.floor())).unwrap_or(None),
        ),
    };
    if low.is_none() && high.is_none() && vague.is_none() {
        return None;
    }
    // A duration is counted in its own unit; people figures of zero state nothing.
    if measure.unit == "people" && high == Some(0) {
        return None;
    }
    Some(Value {
        low,
        high,
        approx: number.approx,
        vague,
    })
}

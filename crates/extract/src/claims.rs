//! Reading the figures of one document: a count next to a measure word, whom it counts,
//! who states it and how sure, and the clause that says so.

use crate::when::{AsOf, Episode, FigureTime, Timeline, When};
use crate::words::{Attribution, ClaimWords, Measure, Modifier};
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
}

/// Everything read from one document.
#[derive(Debug, Clone, Default)]
pub struct DocumentClaims<'k> {
    /// Its claims, in text order.
    pub claims: Vec<Claim<'k>>,
    /// The places and facilities it names, in text order (ids), for grouping.
    pub places: Vec<&'k str>,
    /// The event types it names, in text order.
    pub event_types: Vec<&'k str>,
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
    let numbers = find_numbers(&norm, &tokens);
    let entities = annotate(knowledge, &norm, &tokens);
    let mut out = DocumentClaims::default();
    for e in &entities {
        match e.kind {
            EntityKind::Place | EntityKind::Facility => out.places.push(e.id),
            EntityKind::Event => out.event_types.extend(e.event_type),
            _ => {}
        }
    }
    let counts: Vec<Range<usize>> = numbers
        .iter()
        .filter(|n| n.kind.is_count())
        .map(|n| n.tokens.clone())
        .collect();
    let reader = Reader {
        words,
        norm: &norm,
        tokens: &tokens,
        entities: &entities,
        counts: &counts,
    };
    let kept: Vec<Segment> = sentences(&norm, &tokens)
        .into_iter()
        .filter(|s| !reader.boilerplate(s))
        .collect();
    // The sentence of each claim, for its time once the figures are known.
    let mut sentence_of: Vec<usize> = Vec::new();
    // The source of the last sentence that named one: `وأضاف أن ...` goes on quoting it.
    let mut carried: Option<Source<'k>> = None;
    for (index, sentence) in kept.iter().enumerate() {
        let (source, hedge) = reader.source(sentence, carried.as_ref());
        if source.kind != "author" {
            carried = Some(source.clone());
        }
        let mut in_sentence = numbers
            .iter()
            .filter(|n| {
                n.tokens.start >= sentence.tokens.start && n.tokens.end <= sentence.tokens.end
            })
            .peekable();
        if in_sentence.peek().is_none() {
            continue;
        }
        let clauses = clauses_of(&norm, &tokens, sentence);
        for number in in_sentence {
            if let Some(claim) = reader.claim(sentence, &clauses, number, (&source, hedge)) {
                out.claims.push(claim);
                sentence_of.push(index);
            }
        }
    }
    // Dates are read only where there are figures to date (most texts have none).
    if !out.claims.is_empty() {
        let timeline = Timeline::read(&norm, &tokens, &numbers, &kept, &entities, published);
        for (claim, &index) in out.claims.iter_mut().zip(&sentence_of) {
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
    out
}

/// The document being read.
struct Reader<'a, 't, 'k> {
    words: &'a ClaimWords,
    norm: &'a Normalized<'t>,
    tokens: &'a [Token],
    entities: &'a [Entity<'t, 'k>],
    /// The token ranges of the numbers that count, in text order.
    counts: &'a [Range<usize>],
}

impl<'k> Reader<'_, '_, 'k> {
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
    fn entities_in(&self, tokens: Range<usize>) -> &[Entity<'_, 'k>] {
        let Some(bytes) = self.original_of(tokens) else {
            return &[];
        };
        let from = self.entities.partition_point(|e| e.start < bytes.start);
        let to = self.entities.partition_point(|e| e.start < bytes.end);
        self.entities.get(from..to).unwrap_or_default()
    }

    /// The claim a number states, when a measure word stands by it.
    fn claim(
        &self,
        sentence: &Segment,
        clauses: &[Segment],
        number: &NumberMention,
        (source, hedge): (&Source<'k>, &'static str),
    ) -> Option<Claim<'k>> {
        if number.kind != rasid_numbers::NumberKind::Cardinal {
            return None;
        }
        let (measure, measure_tokens) = self.measure_near(sentence, number)?;
        let value = self.bounded(number, value_of(number, measure)?);
        let (actor, actor_text) = self.counted(sentence, number, measure_tokens.clone());
        // Evidence: the clause holding the number, or the sentence when the measure word
        // lies in another clause.
        let clause = clauses
            .iter()
            .find(|c| c.tokens.start <= number.tokens.start && number.tokens.end <= c.tokens.end);
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
        let facility = in_sentence
            .iter()
            .find(|e| e.kind == EntityKind::Facility)
            .map(|e| e.id);
        let place = in_sentence
            .iter()
            .find(|e| matches!(e.kind, EntityKind::Place | EntityKind::Facility))
            .map(|e| e.id);
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
            // Read from the document's timeline by `extract`.
            time: When::default(),
            as_of: None,
            episode: Episode::Main,
        })
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

    /// Whether token `i` comes right after a count (its measure noun: `30 قتيلا`).
    fn follows_count(&self, i: usize) -> bool {
        let j = self.counts.partition_point(|c| c.end < i);
        self.counts.get(j).is_some_and(|c| c.end == i)
    }

    /// The measure word before the number (within [`MEASURE_BEFORE`] tokens and no
    /// other count between, nearest first) or after it (within [`MEASURE_AFTER`]),
    /// inside the sentence. Words naming a group (attackers, participants) give way to a
    /// word of an event in the same window: `قتلى التنظيم من المهاجمين قرابة 374` counts
    /// the dead.
    fn measure_near(
        &self,
        sentence: &Segment,
        number: &NumberMention,
    ) -> Option<(Measure, Range<usize>)> {
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
        let measure_at = |i: usize| {
            let (m, end) = self.words.measure_at(text, self.tokens, i)?;
            Some((m, i..end))
        };
        // A measure noun right after a count is its own (`30 قتيلا ونحو 100 جريح`): it
        // comes first, and is no one else's.
        let mut found: Vec<(Measure, Range<usize>)> = Vec::new();
        found.extend(measure_at(number.tokens.end));
        found.extend(
            (from..number.tokens.start)
                .rev()
                .filter(|&i| !self.follows_count(i))
                .filter_map(measure_at),
        );
        let after_end = (number.tokens.end + MEASURE_AFTER)
            .min(sentence.tokens.end)
            .min(next);
        found.extend((number.tokens.end..after_end).find_map(measure_at));
        let group = |m: &Measure| matches!(m.measure, "attackers" | "participants");
        let first = found.first().cloned();
        found.into_iter().find(|(m, _)| !group(m)).or(first)
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
            None => value,
        }
    }

    /// Whom the number counts: the first actor named after it in the sentence, else the
    /// actor its member noun implies (مدنيين: civilians), else `UNKNOWN`.
    fn counted(
        &self,
        sentence: &Segment,
        number: &NumberMention,
        measure: Range<usize>,
    ) -> (&'k str, Option<Range<usize>>) {
        // The words naming whom it counts end where the source begins (`20 fighters were
        // killed, according to the Observatory`: the Observatory counts, it is not counted).
        let text = self.norm.as_str();
        // ... and where the next figure begins (`77 من حامية السجن و40 من المقاتلين`).
        let next = self.next_count(number);
        let limit = (number.tokens.end + ACTOR_AFTER)
            .min(sentence.tokens.end)
            .min(next);
        let end = (number.tokens.end..limit)
            .find(|&i| self.words.attribution_at(text, self.tokens, i).is_some())
            .unwrap_or(limit);
        let window = number.tokens.end..end;
        let after = self.entities_in(window);
        if let Some(actor) = after.iter().find(|e| e.kind == EntityKind::Actor) {
            let start = after
                .first()
                .map_or(actor.start, |e| e.start.min(actor.start));
            return (actor_id(actor), Some(start..actor.end));
        }
        if let Some((member, implied)) = after
            .iter()
            .find_map(|e| (e.kind == EntityKind::Member).then_some((e, e.actor?)))
        {
            return (implied, Some(member.start..member.end));
        }
        // Else the actor that follows the measure word itself (`قتلى التنظيم ... قرابة
        // 374`): the noun's own complement, not the perpetrator named elsewhere.
        let own = measure.end..(measure.end + 3).min(sentence.tokens.end);
        if let Some(actor) = self
            .entities_in(own)
            .iter()
            .find(|e| e.kind == EntityKind::Actor)
        {
            return (actor_id(actor), Some(actor.start..actor.end));
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
        if let Some(actor) = self
            .entities_in(before)
            .iter()
            .rfind(|e| e.kind == EntityKind::Actor)
        {
            return (actor_id(actor), Some(actor.start..actor.end));
        }
        ("UNKNOWN", None)
    }

    /// Who states the sentence's figures and how sure: a named party after بحسب or
    /// beside a verb of saying, unnamed sources, or the outlet itself.
    fn source(
        &self,
        sentence: &Segment,
        carried: Option<&Source<'k>>,
    ) -> (Source<'k>, &'static str) {
        let text = self.norm.as_str();
        let mut hedge = None;
        // A party the lexicon knows, named by a cue; a cue with a party it does not know
        // (`وزارة الخارجية الإيطالية`, `قناة إن تي في`, a person); unnamed sources.
        let mut party: Option<(&'k str, Option<Range<usize>>)> = None;
        let mut said: Option<Option<Range<usize>>> = None;
        let mut unnamed: Option<Option<Range<usize>>> = None;
        let mut i = sentence.tokens.start;
        while i < sentence.tokens.end {
            let Some((role, end)) = self.words.attribution_at(text, self.tokens, i) else {
                i += 1;
                continue;
            };
            let span = self.original_of(i..end);
            match role {
                Attribution::Believed => hedge = Some("believed"),
                Attribution::Disputed => {
                    // `تضاربت المعلومات`, `منها من قال`: reports without a name.
                    hedge = Some("disputed");
                    unnamed.get_or_insert(span);
                }
                Attribution::UnnamedSource => {
                    unnamed.get_or_insert(span);
                }
                Attribution::Said | Attribution::AccordingTo | Attribution::Statement => {
                    // The party named right after the cue (بحسب المرصد السوري، قال
                    // المتحدث باسم قسد) or right before a verb of saying.
                    let after = end..(end + 6).min(sentence.tokens.end);
                    let named = self
                        .entities_in(after)
                        .iter()
                        .find(|e| e.kind == EntityKind::Actor)
                        .or_else(|| {
                            let before = i.saturating_sub(4).max(sentence.tokens.start)..i;
                            self.entities_in(before)
                                .iter()
                                .rfind(|e| e.kind == EntityKind::Actor)
                        });
                    match named {
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
                        }
                    }
                }
            }
            i = end.max(i + 1);
        }
        let source = match (party, unnamed, said, carried) {
            (Some((id, text)), _, _, _) => Source {
                kind: "named",
                actor: Some(id),
                text,
            },
            (None, Some(text), _, _) => Source {
                kind: "unnamed",
                actor: None,
                text,
            },
            // `وأضاف أن ...`, `وقال إن ...`: the party quoted before.
            (None, None, Some(_), Some(c)) => c.clone(),
            (None, None, Some(text), None) => Source {
                kind: "named",
                actor: None,
                text,
            },
            (None, None, None, _) => Source {
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
        (source, hedge)
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

//! When each figure happened, and which incident of its document it belongs to.
//!
//! A report tells one main event, and often recalls earlier ones (the 1992 fire, the 2016
//! takeover, "the attack two years ago") or describes a facility (its capacity, the
//! prisoners it holds) in passing. [`Timeline::read`] finds the document's time mentions
//! once (`rasid-time`, resolved against the publication date when there is one) and
//! walks the sentences in order, keeping the *episode* the text is telling:
//!
//! - a *signal* is a position in time the text names (a date, a time, a weekday) or a
//!   recall marker ([`RECALL_MARKERS`]: الذكرى السنوية، سبق أن، العام الماضي، two years
//!   ago); a proximal demonstrative before an event word (`هذا الهجوم`, `this attack`)
//!   signals the main event again;
//! - a time after the publication date is a plan, not a position (`الأحد المقبل`);
//! - the main event's time is the first named position that no marker recalls and that is
//!   not more than a year before the publication date;
//! - a position is *recalled* when a marker points at it (the marker overlaps it or stands
//!   before it in its sentence) or when it ends more than a month before the main event's
//!   start (or, the main time unknown, more than a year before publication). Recalled
//!   positions of one year are one episode; a marker with no date of its own joins the
//!   recalled episode the text is already telling, else opens one;
//! - a sentence with no signal goes on with the episode of the last signal before it.
//!
//! A figure belongs to the episode of the signal nearest to it in its clause, else in its
//! sentence (a marker with no date speaks only for the figures after it), else to the
//! episode carried into its sentence; a held population or a
//! capacity (`يضم`، `يستوعب`، holds) whose clause has no event word of its own describes a
//! facility and belongs to no incident ([`Episode::Description`]). Its time is the
//! position of its own episode nearest to it in its clause, else in its sentence, else the
//! episode's first position; a date is never guessed: unresolved mentions stay unresolved.
//! Its `as_of` is the day of a running toll: `اليوم الثالث` ("day 3", or the date when
//! the episode's first day is known) or `حتى` a date.

use jiff::civil::{Date, DateTime};
use jiff::ToSpan;
use rasid_lexicon::{Entity, EntityKind};
use rasid_numbers::NumberMention;
use rasid_text::{normalize_str, Normalized, Segment, Token};
use rasid_time::{
    find_times_with_numbers, Precision, Prefer, TimeFlag, TimeKind, TimeMention, TimeOptions,
};
use std::ops::Range;
use std::sync::LazyLock;

/// Words that tell of an earlier event: the position they stand by (or the episode they
/// open) is recalled, not the main event. Matched on the matching form, with a one-letter
/// proclitic allowed (`والذكرى`).
pub const RECALL_MARKERS: &[&str] = &[
    "الذكرى السنوية",
    "الذكرى",
    "ذكرى",
    "السنوية الأولى",
    "السنوية الثانية",
    "السنوية الثالثة",
    "سبق أن",
    "سبق وأن",
    "سبق لها أن",
    "سبق له أن",
    "العام الماضي",
    "العام المنصرم",
    "السنة الماضية",
    "العام السابق",
    "قبل عامين",
    "قبل سنتين",
    "قبل عام",
    "قبل سنة",
    "قبل أعوام",
    "قبل سنوات",
    "قبل أعوام",
    "anniversary",
    "years ago",
    "a year ago",
    "last year",
    "previously",
];

/// The words of an anniversary itself, in matching form.
static ANNIVERSARY: LazyLock<Vec<String>> = LazyLock::new(|| {
    ["الذكرى", "ذكرى", "anniversary"]
        .iter()
        .map(|w| normalize_str(w))
        .collect()
});

/// When a text with no publication date was written, from an anniversary it names with
/// its date (`مع قرب حلول الذكرى السنوية الثانية للهجوم ... الـ20 من كانون الثاني 2022`):
/// between the one before and that one (a day after, for one that falls today). `None`
/// without such words.
fn implied_now(
    norm: &Normalized<'_>,
    tokens: &[Token],
    numbers: &[NumberMention],
    found: &[TimeMention],
) -> Option<(DateTime, DateTime)> {
    let text = norm.as_str();
    let is_anniversary = |t: &Token| {
        let w = text.get(t.start as usize..t.end as usize).unwrap_or("");
        // One proclitic letter allowed (`والذكرى`, `للذكرى`).
        let peeled = [w.strip_prefix('و'), w.strip_prefix('ل')];
        ANNIVERSARY
            .iter()
            .any(|a| a == w || peeled.iter().flatten().any(|p| a == p))
    };
    for (i, t) in tokens.iter().enumerate() {
        if !is_anniversary(t) {
            continue;
        }
        // Its ordinal, as the number reader reads it, within three words either side
        // (`الذكرى السنوية الثانية`, `the second anniversary of`).
        let near = i.saturating_sub(3)..i + 4;
        let Some(n) = numbers
            .iter()
            .filter(|m| m.kind == rasid_numbers::NumberKind::Ordinal)
            .find(|m| near.contains(&m.tokens.start))
            .and_then(|m| m.value)
            .filter(|&v| (1.0..=100.0).contains(&v))
        else {
            continue;
        };
        // Whole by the filter above.
        let n = n as i64;
        // The date of the event it marks: the first resolved date after the words,
        // within the sentence-sized stretch that follows.
        let from = t.end as usize;
        let date = found.iter().find(|m| {
            m.kind == TimeKind::Instant
                && m.start.is_some()
                && m.norm_span.start >= from
                && m.norm_span.start <= from + 400
                && text
                    .get(from..m.norm_span.start)
                    .is_some_and(|between| !between.contains(['.', '\n']))
        })?;
        let start = date.start?;
        let lo = start.checked_add((n - 1).years()).ok()?;
        let hi = start
            .checked_add(n.years())
            .ok()?
            .checked_add(1.day())
            .ok()?;
        return Some((lo, hi));
    }
    None
}

/// Gives the mentions that only a reference date resolves (`الثلاثاء`, `أمس`) the window
/// between their readings at `lo` and at `hi`: the text was written then, so they lie
/// there. Mentions that need no reference are left as they are.
fn resolve_within(
    norm: &Normalized<'_>,
    tokens: &[Token],
    numbers: &[NumberMention],
    found: &mut [TimeMention],
    (lo, hi): (DateTime, DateTime),
) {
    let at = |reference: DateTime| {
        let options = TimeOptions {
            reference: Some(reference),
            prefer: Prefer::Past,
        };
        find_times_with_numbers(norm, tokens, numbers, &options)
    };
    let (early, late) = (at(lo), at(hi));
    for m in found.iter_mut().filter(|m| m.start.is_none()) {
        let same = |other: &&TimeMention| other.norm_span == m.norm_span;
        let first = early.iter().find(same).and_then(|e| e.start);
        let last = late.iter().find(same).and_then(|l| l.end);
        if let (Some(first), Some(last)) = (first.map(|f| f.max(lo)), last.map(|l| l.min(hi))) {
            if first < last && m.kind == TimeKind::Instant {
                m.start = Some(first);
                m.end = Some(last);
                m.precision = Some(Precision::Day);
            }
        }
    }
}

/// Words that point at the text's own event when an event word follows (`هذا الهجوم`).
const PROXIMAL: &[&str] = &["هذا", "هذه", "this"];

/// Measures that describe a facility's state rather than count an event.
const DESCRIPTIVE_MEASURES: &[&str] = &["detained", "capacity"];

/// Measures that are no running toll: they take no `as_of`.
const NO_TOLL_MEASURES: &[&str] = &["detained", "capacity", "duration"];

/// The markers in matching form, word by word, longest first (so `الذكرى السنوية` wins
/// over `الذكرى`).
static MARKERS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    let mut m: Vec<Vec<String>> = RECALL_MARKERS
        .iter()
        .map(|s| {
            normalize_str(s)
                .split_whitespace()
                .map(str::to_owned)
                .collect()
        })
        .collect();
    m.sort_by_key(|words: &Vec<String>| std::cmp::Reverse(words.len()));
    m.dedup();
    m
});

/// The first words of the markers, sorted: most words start none.
static MARKER_STARTS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut w: Vec<String> = MARKERS.iter().filter_map(|m| m.first().cloned()).collect();
    w.sort();
    w.dedup();
    w
});

/// When a claim's event happened, as SPEC.md's claim `time`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct When {
    /// Start, `None` where the text does not fix it.
    pub start: Option<DateTime>,
    /// Exclusive end, `None` where unknown.
    pub end: Option<DateTime>,
    /// The finest unit fixed; `None` for an unresolved mention (or none at all).
    pub precision: Option<Precision>,
    /// Byte range in the original text of the words that say when, if any.
    pub text: Option<Range<usize>>,
    /// The words contradict themselves: a month named twice under two names that
    /// disagree (`كانون الثاني/ديسمبر`); the Levantine name is the one read.
    pub month_names_disagree: bool,
    /// Its start and end bound an unknown day (`قبل أيام`, `الأسبوع الماضي`): SPEC.md's
    /// precision `window`, written in days.
    pub window: bool,
}

impl When {
    /// SPEC.md's precision name: minute, hour, day, month, year, window (its start and
    /// end bound an unknown day: `قبل أيام`, `الأسبوع الماضي`, `earlier this month`) or
    /// unresolved.
    pub fn precision_name(&self) -> &'static str {
        if self.is_window() {
            return "window";
        }
        match (self.start, self.precision) {
            (Some(_), Some(Precision::Second | Precision::Minute)) => "minute",
            (Some(_), Some(Precision::Hour)) => "hour",
            (Some(_), Some(Precision::Day)) => "day",
            (Some(_), Some(Precision::Week)) => "window",
            (Some(_), Some(Precision::Month)) => "month",
            (Some(_), Some(Precision::Year)) => "year",
            _ => "unresolved",
        }
    }

    /// The start written at its precision (`2022`, `2022-01`, `2022-01-20`,
    /// `2022-01-20T19:00`; a window's days).
    pub fn start_text(&self) -> Option<String> {
        Some(at_precision(self.start?, self.written_precision()?))
    }

    /// The last unit the time includes, written like [`When::start_text`]: the end is
    /// inclusive in the records (`2022-01-20`..`2022-01-29` is ten days).
    pub fn end_text(&self) -> Option<String> {
        let last = self.end?.checked_sub(1.second()).ok()?;
        Some(at_precision(last, self.written_precision()?))
    }

    /// Whether the time bounds an unknown day (a resolved window).
    pub fn is_window(&self) -> bool {
        self.window && self.start.is_some()
    }

    /// The precision its dates are written at: days for a window.
    fn written_precision(&self) -> Option<Precision> {
        if self.is_window() {
            Some(Precision::Day)
        } else {
            self.precision
        }
    }

    fn of(m: &TimeMention) -> When {
        When {
            start: m.start,
            end: m.end,
            precision: m.start.and(m.precision),
            text: Some(m.span.clone()),
            month_names_disagree: m.flags.contains(&TimeFlag::MonthNamesDisagree),
            window: m.kind == TimeKind::Instant && bounds_a_day(m),
        }
    }
}

/// Whether an instant bounds an unknown day rather than naming one unit of its precision:
/// it spans more than a day and is not one whole month or year (`قبل أيام`, `earlier this
/// month`, `مطلع العام`); a week always does. A stretch (`بين 10 و15 آب`) names its days.
fn bounds_a_day(m: &TimeMention) -> bool {
    let (Some(start), Some(end), Some(precision)) = (m.start, m.end, m.precision) else {
        return false;
    };
    let one = |span: jiff::Span| start.checked_add(span).ok() == Some(end);
    if start.checked_add(1.day()).is_ok_and(|d| end <= d) {
        return false;
    }
    match precision {
        Precision::Week => true,
        Precision::Second | Precision::Minute | Precision::Hour | Precision::Day => true,
        Precision::Month => !(start.day() == 1 && one(1.month())),
        Precision::Year => !(start.month() == 1 && start.day() == 1 && one(1.year())),
    }
}

/// A date written at a precision.
fn at_precision(t: DateTime, precision: Precision) -> String {
    match precision {
        Precision::Year => format!("{:04}", t.year()),
        Precision::Month => format!("{:04}-{:02}", t.year(), t.month()),
        Precision::Day | Precision::Week => {
            format!("{:04}-{:02}-{:02}", t.year(), t.month(), t.day())
        }
        Precision::Hour => format!(
            "{:04}-{:02}-{:02}T{:02}:00",
            t.year(),
            t.month(),
            t.day(),
            t.hour()
        ),
        Precision::Minute | Precision::Second => format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}",
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute()
        ),
    }
}

/// The day a running toll describes, as SPEC.md's `as_of`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AsOf {
    /// A date the text fixes.
    Date(Date),
    /// Day N of the incident, its first day unknown (`في اليوم الثالث`).
    Day(u32),
}

impl std::fmt::Display for AsOf {
    /// `2022-01-22` or `day 3`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AsOf::Date(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            AsOf::Day(n) => write!(f, "day {n}"),
        }
    }
}

/// Which of its document's events a figure belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Episode {
    /// The event the document reports.
    #[default]
    Main,
    /// An earlier event it recalls; the number tells recalled events apart within the
    /// document (1, 2 ... in the order the text first recalls them).
    Recalled(usize),
    /// A facility's capacity or held population: no incident.
    Description,
}

/// When a figure happened, as of when, and in which episode.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FigureTime {
    /// The time of the event it reports.
    pub time: When,
    /// The day of a running toll.
    pub as_of: Option<AsOf>,
    /// Its episode.
    pub episode: Episode,
}

/// What a time mention is to the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// A point or stretch when something happened.
    Position,
    /// `منذ` a time: a stretch reaching to the present, not an event's time.
    Since,
    /// `حتى` a time: the day a toll is counted to.
    Until,
    /// A stretch open on one side with no `منذ`/`حتى` (`قبل عام 2015`): a bound, not the
    /// event's time.
    Bound,
    /// A time after publication (`الأحد المقبل`): something planned, not an event the
    /// figures report.
    Planned,
    /// A length.
    Length,
    /// Day N of the event.
    EventDay(u32),
}

/// One time mention and what it is to the story.
#[derive(Debug, Clone)]
struct Mention {
    time: TimeMention,
    role: Role,
    /// For positions: index into [`Timeline::episodes`].
    episode: usize,
}

/// Something in a sentence that says which episode the text is telling.
#[derive(Debug, Clone)]
struct Signal {
    /// Original bytes.
    at: Range<usize>,
    episode: usize,
    /// A marker with no date of its own: it names the earlier event after it
    /// (`في الذكرى السنوية للتفجير الذي قتل فيه 40`), so it speaks only for the figures
    /// that follow it in its sentence.
    ahead_only: bool,
}

/// One (non-boilerplate) sentence as the timeline sees it.
#[derive(Debug, Clone, Default)]
struct SentenceTimes {
    span: Range<usize>,
    /// The episode carried in from the sentences before.
    carried: usize,
    signals: Vec<Signal>,
    /// Indices into [`Timeline::mentions`] of the mentions inside it.
    mentions: Range<usize>,
}

/// One episode of the document: index 0 is the main event.
#[derive(Debug, Clone, Default)]
struct EpisodeState {
    /// The year of its recalled positions, when resolved.
    year: Option<i16>,
    /// Its first position (index into mentions).
    anchor: Option<usize>,
}

/// The document's time mentions and episodes, read once; ask [`Timeline::of_figure`]
/// for each figure.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    mentions: Vec<Mention>,
    sentences: Vec<SentenceTimes>,
    episodes: Vec<EpisodeState>,
    /// Original start bytes of the event words other than arrest words, in text order.
    events: Vec<usize>,
    /// The publication time: a toll is not counted to a day after it.
    published: Option<DateTime>,
}

impl Timeline {
    /// Reads the time mentions of a document and the episode of each sentence.
    ///
    /// `sentences` are the sentences the claims are read from (boilerplate left out), in
    /// text order; the index of a sentence in it is what [`Timeline::of_figure`] takes.
    /// `published` resolves relative dates (`أمس`, `الثلاثاء`); without it they stay
    /// unresolved.
    pub fn read(
        norm: &Normalized<'_>,
        tokens: &[Token],
        numbers: &[NumberMention],
        sentences: &[Segment],
        entities: &[Entity<'_, '_>],
        published: Option<DateTime>,
    ) -> Timeline {
        let options = TimeOptions {
            reference: published,
            prefer: Prefer::Past,
        };
        let text = norm.as_str();
        let mut found = find_times_with_numbers(norm, tokens, numbers, &options);
        // With no publication date, an anniversary the text names still bounds when it
        // was written, and so its relative dates.
        if published.is_none() {
            if let Some(now) = implied_now(norm, tokens, numbers, &found) {
                resolve_within(norm, tokens, numbers, &mut found, now);
            }
        }
        let events: Vec<usize> = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Event)
            .map(|e| e.start)
            .collect();
        // The lexicon reads the verbs of a held population (`يحتجز`، `اعتقلوا`) as
        // arrest words: how a population came to be held is no event of its own.
        let own_events: Vec<usize> = entities
            .iter()
            .filter(|e| e.kind == EntityKind::Event && e.event_type != Some("arrest"))
            .map(|e| e.start)
            .collect();
        // Mentions inside the kept sentences only (boilerplate gives no date).
        let mut mentions = Vec::new();
        let mut rows = Vec::with_capacity(sentences.len());
        let mut f = 0;
        for s in sentences {
            while found.get(f).is_some_and(|m| m.span.start < s.span.start) {
                f += 1;
            }
            let first = mentions.len();
            while let Some(m) = found.get(f).filter(|m| m.span.end <= s.span.end) {
                let planned = m
                    .start
                    .zip(published.and_then(|p| p.checked_add(1.day()).ok()))
                    .is_some_and(|(start, limit)| start > limit);
                let role = if planned {
                    Role::Planned
                } else {
                    role_of(text, m)
                };
                mentions.push(Mention {
                    time: m.clone(),
                    role,
                    episode: 0,
                });
                f += 1;
            }
            rows.push(SentenceTimes {
                span: s.span.clone(),
                mentions: first..mentions.len(),
                ..SentenceTimes::default()
            });
        }
        // Recall markers: the position each points at, or none.
        let mut pointed = vec![false; mentions.len()];
        let mut loose_markers: Vec<Vec<Range<usize>>> = vec![Vec::new(); sentences.len()];
        let mut main_signals: Vec<Vec<Range<usize>>> = vec![Vec::new(); sentences.len()];
        for (i, s) in sentences.iter().enumerate() {
            let Some(row) = rows.get(i) else { continue };
            for marker in markers_in(norm, tokens, s) {
                // Inside a stretch or a length it is no recall: `منذ العام الماضي` runs to
                // now, `قبل عام 2015` bounds a time.
                let within_other = row.mentions.clone().any(|k| {
                    mentions.get(k).is_some_and(|m| {
                        m.role != Role::Position
                            && m.time.span.start <= marker.start
                            && marker.end <= m.time.span.end
                    })
                });
                if within_other {
                    continue;
                }
                let target = row.mentions.clone().find(|&k| {
                    mentions
                        .get(k)
                        .is_some_and(|m| m.role == Role::Position && m.time.span.end > marker.start)
                });
                match target {
                    Some(k) => {
                        if let Some(p) = pointed.get_mut(k) {
                            *p = true;
                        }
                    }
                    None => {
                        if let Some(l) = loose_markers.get_mut(i) {
                            l.push(marker);
                        }
                    }
                }
            }
            if let Some(m) = main_signals.get_mut(i) {
                *m = proximal_events(norm, tokens, s, &events);
            }
        }
        // The main event's time: the first position no marker recalls and not more than a
        // year before publication (times after it are plans, no positions).
        let main = mentions.iter().enumerate().position(|(k, m)| {
            m.role == Role::Position
                && !pointed.get(k).copied().unwrap_or(false)
                && published.is_none_or(|p| {
                    let old = m.time.end.zip(p.checked_sub(366.days()).ok());
                    old.is_none_or(|(end, limit)| end > limit)
                })
        });
        let main_start = main
            .and_then(|k| mentions.get(k))
            .and_then(|m| m.time.start);
        // Before this instant a position is an earlier event: a month before the main
        // event; with its day unknown, a year before publication; with no publication
        // date, before the year ahead of the latest year the text names (a report speaks
        // from no earlier than the latest year it names).
        let latest_year = mentions
            .iter()
            .filter(|m| m.role == Role::Position)
            .filter_map(|m| m.time.start.map(|s| s.year()))
            .max();
        let recalled_before = match (main_start, published, latest_year) {
            (Some(start), _, _) => start.checked_sub(31.days()).ok(),
            (None, Some(p), _) => p.checked_sub(366.days()).ok(),
            (None, None, Some(y)) => Date::new(y.saturating_sub(1), 1, 1)
                .ok()
                .map(|d| d.to_datetime(jiff::civil::Time::midnight())),
            (None, None, None) => None,
        };
        let mut timeline = Timeline {
            mentions,
            sentences: Vec::new(),
            episodes: vec![EpisodeState {
                year: None,
                anchor: main,
            }],
            events: own_events,
            published,
        };
        // Walk the sentences, carrying the episode.
        let mut current = 0usize;
        for (i, mut row) in rows.into_iter().enumerate() {
            row.carried = current;
            // (position, what): a position mention, a loose marker, a main signal.
            let mut items: Vec<(Range<usize>, Item)> = Vec::new();
            for k in row.mentions.clone() {
                if let Some(m) = timeline.mentions.get(k) {
                    if m.role == Role::Position {
                        items.push((m.time.span.clone(), Item::Position(k)));
                    }
                }
            }
            for r in loose_markers.get(i).into_iter().flatten() {
                items.push((r.clone(), Item::Marker));
            }
            for r in main_signals.get(i).into_iter().flatten() {
                items.push((r.clone(), Item::Main));
            }
            items.sort_by_key(|(r, _)| r.start);
            for (at, item) in items {
                let episode = match item {
                    Item::Main => 0,
                    Item::Marker => timeline.recalled_episode(None, None, current),
                    Item::Position(k) => {
                        let Some(m) = timeline.mentions.get(k) else {
                            continue;
                        };
                        let before = m
                            .time
                            .end
                            .zip(recalled_before)
                            .is_some_and(|(end, limit)| end <= limit);
                        let recalled =
                            Some(k) != main && (pointed.get(k).copied().unwrap_or(false) || before);
                        if recalled {
                            let year = m.time.start.map(|s| s.year());
                            timeline.recalled_episode(year, Some(k), current)
                        } else {
                            0
                        }
                    }
                };
                if let Item::Position(k) = item {
                    if let Some(m) = timeline.mentions.get_mut(k) {
                        m.episode = episode;
                    }
                }
                row.signals.push(Signal {
                    at,
                    episode,
                    ahead_only: matches!(item, Item::Marker),
                });
                current = episode;
            }
            timeline.sentences.push(row);
        }
        timeline
    }

    /// The recalled episode a signal belongs to: the one of its year, else the one being
    /// told when it has no year yet (or the signal none), else a new one.
    fn recalled_episode(
        &mut self,
        year: Option<i16>,
        anchor: Option<usize>,
        current: usize,
    ) -> usize {
        if let Some(y) = year {
            if let Some(e) = self.episodes.iter().skip(1).position(|e| e.year == Some(y)) {
                return e + 1;
            }
        }
        if current > 0 {
            if let Some(e) = self.episodes.get_mut(current) {
                if year.is_none() || e.year.is_none() {
                    e.year = e.year.or(year);
                    e.anchor = e.anchor.or(anchor);
                    return current;
                }
            }
        }
        self.episodes.push(EpisodeState { year, anchor });
        self.episodes.len() - 1
    }

    /// The time, `as_of` and episode of a figure of sentence `sentence` (its index in
    /// the sentences given to [`Timeline::read`]): `evidence` is the clause (or sentence)
    /// that states it and `figure` the number, both original bytes; `measure` is its
    /// SPEC.md measure.
    pub fn of_figure(
        &self,
        sentence: usize,
        evidence: Range<usize>,
        figure: Range<usize>,
        measure: &str,
    ) -> FigureTime {
        let Some(row) = self.sentences.get(sentence) else {
            return FigureTime::default();
        };
        let near = |r: &Range<usize>| distance(r, &figure);
        let inside =
            |r: &Range<usize>, outer: &Range<usize>| r.start >= outer.start && r.end <= outer.end;
        let mentions = || {
            row.mentions
                .clone()
                .filter_map(|k| self.mentions.get(k).map(|m| (k, m)))
        };
        let described = DESCRIPTIVE_MEASURES.contains(&measure) && !self.has_event(&evidence);
        // The episode: the nearest signal in the clause, else in the sentence, else the
        // one carried in.
        let signal = |within: &Range<usize>| {
            row.signals
                .iter()
                .filter(|s| inside(&s.at, within) && !(s.ahead_only && s.at.start > figure.start))
                .min_by_key(|s| near(&s.at))
                .map(|s| s.episode)
        };
        let episode = signal(&evidence)
            .or_else(|| signal(&row.span))
            .unwrap_or(row.carried);
        // The time: a position of that episode in the clause, else in the sentence,
        // else the episode's first. A description has only a time of its own clause.
        let position = |within: &Range<usize>| {
            mentions()
                .filter(|(_, m)| {
                    m.role == Role::Position
                        && inside(&m.time.span, within)
                        && (described || m.episode == episode)
                })
                .min_by_key(|(_, m)| near(&m.time.span))
                .map(|(k, _)| k)
        };
        // A time the figure's own clause or sentence names is the day it tells of;
        // else the episode's first position is its start.
        let local = if described {
            position(&evidence)
        } else {
            position(&evidence).or_else(|| position(&row.span))
        };
        let time_of = local.or_else(|| {
            self.episodes
                .get(episode)
                .and_then(|e| e.anchor)
                .filter(|_| !described)
        });
        let time = time_of
            .and_then(|k| self.mentions.get(k))
            .map_or_else(When::default, |m| When::of(&m.time));
        // As of, for a toll: day N in the clause or the sentence, or `حتى` a date (not
        // after publication) in the clause.
        let toll = |within: &Range<usize>, until: bool| {
            mentions()
                .filter(|(_, m)| {
                    let role =
                        matches!(m.role, Role::EventDay(_)) || (until && m.role == Role::Until);
                    role && inside(&m.time.span, within)
                })
                .min_by_key(|(_, m)| near(&m.time.span))
                .map(|(_, m)| m)
        };
        let counts_a_toll = !described && !NO_TOLL_MEASURES.contains(&measure);
        let as_of = toll(&evidence, true)
            .or_else(|| toll(&row.span, false))
            .filter(|_| counts_a_toll)
            .and_then(|m| match m.role {
                // Day N: the day named beside it (`أمس، في اليوم الثالث`), else N-1
                // days after the episode's start, else just `day N`.
                Role::EventDay(n) => {
                    Some(match day_of(&time, if local.is_some() { 1 } else { n }) {
                        Some(d) => AsOf::Date(d),
                        None => AsOf::Day(n),
                    })
                }
                Role::Until => m
                    .time
                    .end
                    .filter(|&e| {
                        let limit = self.published.and_then(|p| p.checked_add(1.day()).ok());
                        limit.is_none_or(|limit| e <= limit)
                    })
                    .and_then(|e| e.checked_sub(1.second()).ok())
                    .map(|d| AsOf::Date(d.date())),
                _ => None,
            });
        FigureTime {
            time,
            as_of,
            episode: if described {
                Episode::Description
            } else if episode == 0 {
                Episode::Main
            } else {
                Episode::Recalled(episode)
            },
        }
    }

    /// Whether an event word starts inside `range` (original bytes).
    fn has_event(&self, range: &Range<usize>) -> bool {
        let i = self.events.partition_point(|&s| s < range.start);
        self.events.get(i).is_some_and(|&s| s < range.end)
    }
}

/// What a signal is, while sorting them.
#[derive(Debug, Clone, Copy)]
enum Item {
    Position(usize),
    Marker,
    Main,
}

/// Day `n` of an episode whose first day `time` fixes (day precision or finer).
fn day_of(time: &When, n: u32) -> Option<Date> {
    let start = time.start?;
    if time.precision? > Precision::Day {
        return None;
    }
    let days = i64::from(n.checked_sub(1)?);
    start.date().checked_add(days.days()).ok()
}

/// Bytes between two ranges (0 when they overlap).
fn distance(a: &Range<usize>, b: &Range<usize>) -> usize {
    // One of the two is 0: the gap on the side where they do not overlap.
    b.start
        .saturating_sub(a.end)
        .max(a.start.saturating_sub(b.end))
}

/// What a mention is to the story, from its kind and its first word or the word right
/// before it (`منذ العام الماضي`: the time reader leaves `منذ` out before a relative year).
fn role_of(text: &str, m: &TimeMention) -> Role {
    if let Some(n) = m.event_day {
        return Role::EventDay(n);
    }
    if m.kind == TimeKind::Duration {
        return Role::Length;
    }
    let first = text
        .get(m.norm_span.clone())
        .and_then(|t| t.split_whitespace().next())
        .unwrap_or("");
    let before = text
        .get(..m.norm_span.start)
        .and_then(|t| t.split_whitespace().next_back())
        .unwrap_or("");
    let bare = |w: &'_ str| -> String {
        w.strip_prefix('و')
            .filter(|w| w.chars().count() > 2)
            .unwrap_or(w)
            .to_owned()
    };
    let cue = |w: &str| matches!(w, "منذ" | "since" | "حتي" | "لغايه" | "until" | "till");
    let word = if cue(&bare(first)) {
        bare(first)
    } else {
        bare(before)
    };
    match word.as_str() {
        "منذ" | "since" => Role::Since,
        // The matching form writes `حتى` as `حتي`.
        "حتي" | "لغايه" | "until" | "till" => Role::Until,
        _ if m.kind == TimeKind::Interval && m.start.is_some() != m.end.is_some() => Role::Bound,
        _ => Role::Position,
    }
}

/// The recall markers in a sentence, as original byte ranges: whole words, the first
/// with one proclitic allowed (`والذكرى`, `بالذكرى`).
fn markers_in(norm: &Normalized<'_>, tokens: &[Token], sentence: &Segment) -> Vec<Range<usize>> {
    let text = norm.as_str();
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let is_start = |w: &str| {
        MARKER_STARTS
            .binary_search_by(|s| s.as_str().cmp(w))
            .is_ok()
    };
    let mut found = Vec::new();
    let mut i = sentence.tokens.start;
    while i < sentence.tokens.end {
        let w = word(i);
        let bare = w
            .strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])
            .filter(|b| b.chars().count() > 1)
            .unwrap_or(w);
        if !is_start(w) && !is_start(bare) {
            i += 1;
            continue;
        }
        let matched = MARKERS.iter().find(|m| {
            m.first().is_some_and(|f| f == w || f == bare)
                && i + m.len() <= sentence.tokens.end
                && m.iter().enumerate().skip(1).all(|(k, f)| word(i + k) == f)
        });
        match matched.map(Vec::len) {
            Some(n) => {
                let first = tokens.get(i);
                let last = tokens.get(i + n - 1);
                if let (Some(first), Some(last)) = (first, last) {
                    found.push(norm.original_range(first.start as usize..last.end as usize));
                }
                i += n;
            }
            None => i += 1,
        }
    }
    found
}

/// Original ranges of `هذا`/`هذه`/`this` right before an event word in a sentence: the
/// text speaks of its own event again.
fn proximal_events(
    norm: &Normalized<'_>,
    tokens: &[Token],
    sentence: &Segment,
    events: &[usize],
) -> Vec<Range<usize>> {
    let text = norm.as_str();
    let mut out = Vec::new();
    for i in sentence.tokens.clone() {
        let (Some(t), Some(next)) = (tokens.get(i), tokens.get(i + 1)) else {
            continue;
        };
        if i + 1 >= sentence.tokens.end || !PROXIMAL.contains(&t.text(text)) {
            continue;
        }
        let next_start = norm.original_start(next.start as usize);
        if events.binary_search(&next_start).is_ok() {
            out.push(norm.original_range(t.start as usize..next.end as usize));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Option<DateTime> {
        s.parse().ok()
    }

    #[test]
    fn times_are_written_at_their_precision_with_an_inclusive_end() {
        use Precision::{Day, Hour, Minute, Month, Week, Year};
        // (start, exclusive end, precision, window, start text, end text, precision name)
        #[rustfmt::skip]
        let cases = [
            ("2022-01-01T00:00", "2023-01-01T00:00", Year, false, "2022", "2022", "year"),
            ("2022-01-01T00:00", "2022-02-01T00:00", Month, false, "2022-01", "2022-01", "month"),
            ("2022-01-20T00:00", "2022-01-30T00:00", Day, false, "2022-01-20", "2022-01-29", "day"),
            ("2022-01-20T18:00", "2022-01-21T00:00", Hour, false, "2022-01-20T18:00", "2022-01-20T23:00", "hour"),
            ("2022-01-20T07:30", "2022-01-20T07:31", Minute, false, "2022-01-20T07:30", "2022-01-20T07:30", "minute"),
            // A few days ago, last week, early last year: windows, written in days.
            ("2015-07-27T00:00", "2015-08-03T00:00", Day, true, "2015-07-27", "2015-08-02", "window"),
            ("2015-07-26T00:00", "2015-08-02T00:00", Week, true, "2015-07-26", "2015-08-01", "window"),
            ("2014-01-01T00:00", "2014-05-01T00:00", Year, true, "2014-01-01", "2014-04-30", "window"),
        ];
        for (start, end, precision, window, start_text, end_text, name) in cases {
            let w = When {
                start: at(start),
                end: at(end),
                precision: Some(precision),
                text: None,
                month_names_disagree: false,
                window,
            };
            assert_eq!(w.start_text().as_deref(), Some(start_text), "{start}");
            assert_eq!(w.end_text().as_deref(), Some(end_text), "{end}");
            assert_eq!(w.precision_name(), name);
        }
        assert_eq!(When::default().precision_name(), "unresolved");
        assert_eq!(When::default().start_text(), None);
    }

    #[test]
    fn markers_are_whole_words_with_one_proclitic_allowed() {
        // (sentence, the markers found)
        let cases: &[(&str, &[&str])] = &[
            ("في الذكرى السنوية للهجوم", &["الذكرى السنوية"]),
            ("بالذكرى الثانية", &["بالذكرى"]),
            ("تذكرى", &[]),
            ("سبق أن قتل وسبق وأن جرح", &["سبق أن", "وسبق وأن"]),
            ("قتل قبل عامين وليس قبل عام", &["قبل عامين", "قبل عام"]),
            ("Two years ago, and last year", &["years ago", "last year"]),
        ];
        for (text, want) in cases {
            let (norm, tokens) = Normalized::with_tokens(text);
            let sentence = rasid_text::sentences(&norm, &tokens).into_iter().next();
            let found: Vec<&str> = sentence
                .map(|s| markers_in(&norm, &tokens, &s))
                .unwrap_or_default()
                .into_iter()
                .filter_map(|r| text.get(r))
                .collect();
            assert_eq!(&found, want, "{text}");
        }
    }

    #[test]
    fn as_of_reads_day_n_or_a_date() {
        assert_eq!(AsOf::Day(3).to_string(), "day 3");
        let d = Date::new(2015, 8, 12).ok().map(AsOf::Date);
        assert_eq!(d.map(|d| d.to_string()).as_deref(), Some("2015-08-12"));
    }
}

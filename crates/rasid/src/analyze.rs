//! `rasid analyze INPUT... --out DIR`: documents, claims and incidents as SPEC.md's JSON
//! Lines. Documents are read by rasid-ingest, claims by rasid-extract on every core; the
//! output is the same bytes whatever the number of threads, and no half-written file is
//! ever left behind: each file is written beside its name and renamed into place.

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rasid_extract::{extract, Claim, ClaimWords, DocumentClaims, Episode, When};
use rasid_ingest::{read_inputs_fetching, Document, FetchPolicy, Fetcher};
use rasid_lexicon::Knowledge;
use rasid_link::{link, signature_of, Duplicates, Report, Signature};
use rasid_records::{
    ClaimRecord, ContradictionRecord, DocumentRecord, EvidenceRecord, IncidentRecord, IncidentTime,
    PlaceRecord, SourceRecord, TimeRecord, ValueRecord,
};
use rasid_text::{detect_language, Language};
use sha2::{Digest, Sha256};
use std::fs;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Instant;

/// Arguments of `rasid analyze`.
#[derive(clap::Args)]
pub struct AnalyzeArgs {
    /// Files or folders: plain text, HTML pages, RSS/Atom feeds, WARC archives, JSON
    /// Lines of documents, JSON arrays, SaudiNewsNet zips, and any of them gzipped.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Fetch the article each feed item links to over HTTP (robots.txt honoured, one
    /// request a second per host) instead of using the feed's own text.
    #[arg(long)]
    fetch: bool,
    /// The folder to write documents.jsonl, claims.jsonl and incidents.jsonl into.
    #[arg(long)]
    out: PathBuf,
    /// Worker threads (default: every core).
    #[arg(long)]
    threads: Option<usize>,
}

/// What one document yields.
pub(crate) struct Analysed<'k> {
    pub(crate) doc: Document,
    language: &'static str,
    pub(crate) sha256: String,
    /// Its MinHash signature, for near-copies.
    pub(crate) signature: Signature,
    claims: DocumentClaims<'k>,
    /// Its text in the matching form, when the caller asked for it (for search).
    pub(crate) matching: Option<String>,
}

/// One document's records, as both `analyze` and `ingest` write them: its document record,
/// its claims in text order, each with the index of its report in `reports` (none for a
/// facility description), and its reports (one per episode).
pub(crate) struct DocumentOutput {
    pub(crate) record: DocumentRecord,
    pub(crate) claims: Vec<(ClaimRecord, Option<usize>)>,
    pub(crate) reports: Vec<Report>,
}

/// Documents handed over between threads at once: a hand-over per document would wake a
/// thread per document (a hundred thousand context switches over SaudiNewsNet).
const BATCH: usize = 32;

/// Batches read ahead of the workers at most: enough to keep every core busy while a
/// zip is being read, few enough that the corpus never sits in memory whole.
const READ_AHEAD: usize = 8;

/// Unreadable inputs named one by one; past these, only counted.
const MAX_ERRORS_SHOWN: usize = 100;

/// Documents numbered in input order.
type Batch<T> = Vec<(usize, T)>;

/// Runs `rasid analyze`: the pipeline, then the linked claims and incidents.
pub fn run(args: AnalyzeArgs) -> Result<()> {
    let mut writer = AnalyzeWriter::new(&args.out);
    let failed = analyse_inputs(
        &args.inputs,
        args.threads,
        args.fetch,
        &|_: &str| false,
        false,
        |a, knowledge| match a {
            Some(a) => writer.add(a, knowledge),
            None => Ok(()),
        },
    )?;
    let written = writer.finish()?;
    if written.documents == 0 {
        bail!("no usable document in the inputs ({failed} unreadable)");
    }
    eprintln!(
        "rasid: {} documents, {} claims, {failed} inputs skipped -> {}",
        written.documents,
        written.claims,
        args.out.display()
    );
    Ok(())
}

/// Reads, analyses and hands over as one pipeline: a reader thread reads the inputs in
/// order (from the start, while the knowledge loads), workers (every core, or `threads`)
/// extract the claims, and `consume` gets each document in input order as soon as the
/// documents before it are done, on the calling thread; with `fetch`, feed items' pages are
/// fetched (politely: see rasid-ingest). A document whose SHA-256 `skip`
/// knows is not analysed: `consume` gets `None` in its place. With `matching_form`, the
/// workers also give each document's text in its matching form. Memory holds the
/// documents in flight, not the corpus. Gives the number of inputs that could not be read.
pub(crate) fn analyse_inputs(
    inputs: &[PathBuf],
    threads: Option<usize>,
    fetch: bool,
    skip: &(dyn Fn(&str) -> bool + Sync),
    matching_form: bool,
    mut consume: impl FnMut(Option<Analysed<'_>>, &Knowledge) -> Result<()>,
) -> Result<usize> {
    let workers = threads
        .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1)
        .max(1);
    let progress = Progress::new();
    let (todo_tx, todo_rx) = mpsc::sync_channel::<Batch<Document>>(READ_AHEAD);
    let failed = std::thread::scope(|outer| -> Result<usize> {
        let reader = {
            let progress = &progress;
            let fetcher = fetch.then(|| Fetcher::new(FetchPolicy::default()));
            outer.spawn(move || read_all(inputs, fetcher, todo_tx, progress))
        };
        let words = ClaimWords::bundled();
        let knowledge = Knowledge::bundled();
        let consumed = std::thread::scope(|scope| -> Result<()> {
            // Shared by the workers alone: when they are gone, reading stops.
            let todo_rx = Arc::new(Mutex::new(todo_rx));
            let (done_tx, done_rx) = mpsc::channel::<Batch<Option<Analysed<'_>>>>();
            for _ in 0..workers {
                let todo_rx = Arc::clone(&todo_rx);
                let done_tx = done_tx.clone();
                let (words, knowledge) = (&words, &knowledge);
                scope.spawn(move || loop {
                    // The lock is held while waiting: one worker waits on the queue, the
                    // others on the lock.
                    let next = todo_rx.lock().ok().and_then(|rx| rx.recv().ok());
                    let Some(batch) = next else {
                        break;
                    };
                    let done = batch
                        .into_iter()
                        .map(|(i, doc)| {
                            let mut a = analyse(doc, words, knowledge, skip);
                            if let Some(a) = a.as_mut().filter(|_| matching_form) {
                                a.matching = Some(rasid_text::normalize_str(&a.doc.text));
                            }
                            (i, a)
                        })
                        .collect();
                    if done_tx.send(done).is_err() {
                        break;
                    }
                });
            }
            drop((todo_rx, done_tx));
            // In input order: each document as soon as those before it are done.
            let mut waiting = std::collections::BTreeMap::new();
            let mut next = 0usize;
            for batch in done_rx {
                waiting.extend(batch);
                while let Some(a) = waiting.remove(&next) {
                    next += 1;
                    let bytes = a.as_ref().map_or(0, |a| a.doc.text.len());
                    consume(a, &knowledge)?;
                    progress.done(bytes);
                }
            }
            Ok(())
        });
        let failed = reader
            .join()
            .map_err(|_| anyhow::anyhow!("the reader thread failed"))?;
        consumed?;
        Ok(failed)
    })?;
    progress.finish();
    Ok(failed)
}

/// Reads every input in order and queues its documents, numbered, under unique ids;
/// gives the number of inputs skipped. Stops early when the workers are gone (the writer
/// failed). The queue closes when it returns.
fn read_all(
    inputs: &[PathBuf],
    fetcher: Option<Fetcher>,
    todo: mpsc::SyncSender<Batch<Document>>,
    progress: &Progress,
) -> usize {
    let mut failed = 0usize;
    let mut ids = UniqueIds::default();
    let mut queued = 0usize;
    let mut batch = Vec::with_capacity(BATCH);
    for item in read_inputs_fetching(inputs, fetcher) {
        match item {
            Ok(mut doc) => {
                ids.make_unique(&mut doc);
                progress.read(doc.text.len());
                batch.push((queued, doc));
                queued += 1;
                if batch.len() == BATCH {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                    if todo.send(full).is_err() {
                        return failed;
                    }
                }
            }
            Err(e) => {
                failed += 1;
                // Every error names its input; a corpus with hundreds of empty articles
                // shows the first ones and a count.
                if failed <= MAX_ERRORS_SHOWN {
                    progress.println(&format!("rasid: skipped: {e}"));
                } else if failed == MAX_ERRORS_SHOWN + 1 {
                    progress.println("rasid: skipped: more inputs, counted below");
                }
            }
        }
    }
    if !batch.is_empty() {
        // The workers being gone, the writer's error is reported instead.
        let _ = todo.send(batch);
    }
    failed
}

/// Two inputs of one id (two folders with a `report.txt`) get `-2`, `-3` ... in order.
#[derive(Default)]
struct UniqueIds {
    seen: std::collections::HashMap<String, usize>,
}

impl UniqueIds {
    fn make_unique(&mut self, doc: &mut Document) {
        let n = self.seen.entry(doc.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            doc.id = format!("{}-{n}", doc.id);
        }
    }
}

/// Language, SHA-256 and claims of one document; `None` for one whose SHA-256 `skip`
/// knows (stored already), before any of the work.
pub(crate) fn analyse<'k>(
    doc: Document,
    words: &ClaimWords,
    knowledge: &'k Knowledge,
    skip: &(dyn Fn(&str) -> bool + Sync),
) -> Option<Analysed<'k>> {
    let sha256 = format!("{:x}", Sha256::digest(doc.text.as_bytes()));
    if skip(&sha256) {
        return None;
    }
    let published = doc.published.as_deref().and_then(published_time);
    let claims = extract(words, knowledge, &doc.text, published);
    let language = match detect_language(&doc.text) {
        Language::Arabic => "ar",
        Language::English => "en",
        Language::Other => "und",
    };
    let signature = signature_of(&claims.words);
    Some(Analysed {
        doc,
        language,
        sha256,
        signature,
        claims,
        matching: None,
    })
}

/// What the writer wrote.
#[derive(Debug, Default, Clone, Copy)]
struct Written {
    documents: usize,
    claims: usize,
}

/// The three files being written, each beside its final name.
struct Outputs {
    documents: BufWriter<fs::File>,
    claims: BufWriter<fs::File>,
    incidents: BufWriter<fs::File>,
    /// (partial file, final name) of each.
    staged: Vec<(PathBuf, PathBuf)>,
}

/// The names of the three files, in [`Outputs`]' order.
const OUTPUT_NAMES: [&str; 3] = ["documents.jsonl", "claims.jsonl", "incidents.jsonl"];

impl Outputs {
    fn create(dir: &Path) -> Result<Self> {
        fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let mut staged = Vec::new();
        let mut files = Vec::new();
        for name in OUTPUT_NAMES {
            let path = dir.join(name);
            let tmp = dir.join(format!(".{name}.partial"));
            let file = fs::File::create(&tmp)
                .with_context(|| format!("cannot write {}", tmp.display()))?;
            files.push(BufWriter::with_capacity(1 << 16, file));
            staged.push((tmp, path));
        }
        let mut files = files.into_iter();
        let (Some(documents), Some(claims), Some(incidents)) =
            (files.next(), files.next(), files.next())
        else {
            bail!("cannot open the output files");
        };
        Ok(Outputs {
            documents,
            claims,
            incidents,
            staged,
        })
    }

    /// Flushes the files and renames them into place: a failure before leaves the
    /// previous files (or none), never half of one.
    fn finish(self) -> Result<()> {
        let Outputs {
            documents,
            claims,
            incidents,
            staged,
        } = self;
        for (mut file, (tmp, _)) in [documents, claims, incidents].into_iter().zip(&staged) {
            file.flush()
                .with_context(|| format!("cannot write {}", tmp.display()))?;
        }
        for (tmp, path) in staged {
            fs::rename(&tmp, &path).with_context(|| format!("cannot write {}", path.display()))?;
        }
        Ok(())
    }
}

/// `analyze`'s output as the documents come, in input order: documents are written at
/// once, claims and incidents once every document is linked. The files are created with
/// the first document, so that inputs without any leave the folder untouched.
struct AnalyzeWriter<'d> {
    dir: &'d Path,
    outputs: Option<Outputs>,
    written: Written,
    // Claims wait for their incidents, which wait for every document: linking is across
    // documents.
    claims: Vec<(ClaimRecord, Option<usize>)>,
    reports: Vec<Report>,
    copies: Duplicates,
    doc_ids: Vec<String>,
}

impl<'d> AnalyzeWriter<'d> {
    fn new(dir: &'d Path) -> Self {
        AnalyzeWriter {
            dir,
            outputs: None,
            written: Written::default(),
            claims: Vec::new(),
            reports: Vec::new(),
            copies: Duplicates::new(),
            doc_ids: Vec::new(),
        }
    }

    fn add(&mut self, a: Analysed<'_>, knowledge: &Knowledge) -> Result<()> {
        let out = match &mut self.outputs {
            Some(out) => out,
            None => self.outputs.insert(Outputs::create(self.dir)?),
        };
        // A near-copy of an earlier document (a syndicated story) names it.
        let copy_of = self
            .copies
            .add(a.signature)
            .and_then(|i| self.doc_ids.get(i).cloned());
        self.doc_ids.push(a.doc.id.clone());
        let output = document_output(&a, knowledge, copy_of);
        write_jsonl(&mut out.documents, &output.record)?;
        let first_report = self.reports.len();
        self.claims.extend(
            output
                .claims
                .into_iter()
                .map(|(c, r)| (c, r.map(|r| r + first_report))),
        );
        self.reports.extend(output.reports);
        self.written.documents += 1;
        self.written.claims += a.claims.claims.len();
        Ok(())
    }

    fn finish(self) -> Result<Written> {
        let Some(mut out) = self.outputs else {
            return Ok(self.written);
        };
        let linking = link(&self.reports);
        for (mut claim, report) in self.claims {
            claim.incident_id = report
                .and_then(|r| linking.incident_of.get(r))
                .and_then(|&i| linking.incidents.get(i))
                .map(|i| i.incident_id.clone());
            write_jsonl(&mut out.claims, &claim)?;
        }
        for incident in &linking.incidents {
            write_jsonl(&mut out.incidents, incident)?;
        }
        out.finish()?;
        Ok(self.written)
    }
}

/// One document's records; `copy_of` names the earlier document it is a near-copy of.
pub(crate) fn document_output(
    a: &Analysed<'_>,
    knowledge: &Knowledge,
    copy_of: Option<String>,
) -> DocumentOutput {
    let copy = copy_of.is_some();
    let mut output = DocumentOutput {
        record: document_record(a, copy_of),
        claims: Vec::with_capacity(a.claims.claims.len()),
        reports: Vec::new(),
    };
    document_reports(a, knowledge, copy, &mut output.claims, &mut output.reports);
    output
}

/// A document's claims as records, each with the index of its report in `reports`, and
/// its reports: one per episode (its main event, each event it recalls), in the order of
/// their first figure; a facility description belongs to none.
fn document_reports(
    a: &Analysed<'_>,
    knowledge: &Knowledge,
    copy: bool,
    claims: &mut Vec<(ClaimRecord, Option<usize>)>,
    reports: &mut Vec<Report>,
) {
    let mut groups: Vec<Group> = Vec::new();
    // Per episode, the group of its last claim: a claim that names no place of its own
    // goes on with it.
    let mut last_of: Vec<(Episode, usize)> = Vec::new();
    let mut ids = Vec::with_capacity(a.claims.claims.len());
    let first_claim = claims.len();
    for (n, c) in a.claims.claims.iter().enumerate() {
        let claim_id = format!("{}#{}", a.doc.id, n + 1);
        let report = (c.episode != Episode::Description).then(|| {
            let area = claim_area(knowledge, c);
            let last = last_of
                .iter()
                .find(|(e, _)| *e == c.episode)
                .map(|(_, g)| *g);
            // The group of this episode whose place lies within 25 km of the claim's; a
            // claim with no place of its own goes on with its episode's last claim.
            let found = match area {
                Some(here) => groups.iter().position(|g| {
                    g.episode == c.episode
                        && g.area.is_none_or(|there| {
                            rasid_link::distance_km(here, there) <= SAME_AREA_KM
                        })
                }),
                None => last.or_else(|| groups.iter().position(|g| g.episode == c.episode)),
            };
            let at = match found {
                Some(at) => at,
                None => {
                    groups.push(Group {
                        episode: c.episode,
                        area,
                        report: reports.len() + groups.len(),
                        members: Vec::new(),
                    });
                    groups.len() - 1
                }
            };
            if let Some(g) = groups.get_mut(at) {
                if g.area.is_none() {
                    g.area = area;
                }
            }
            match last_of.iter_mut().find(|(e, _)| *e == c.episode) {
                Some((_, g)) => *g = at,
                None => last_of.push((c.episode, at)),
            }
            match groups.get_mut(at) {
                Some(g) => {
                    g.members.push(n);
                    g.report
                }
                None => usize::MAX,
            }
        });
        claims.push((claim_record(&claim_id, None, a, c, knowledge), report));
        ids.push(claim_id);
    }
    let mut main_seen = false;
    for Group {
        episode, members, ..
    } in &groups
    {
        let pairs: Vec<(&String, &Claim<'_>)> = members
            .iter()
            .filter_map(|&n| Some((ids.get(n)?, a.claims.claims.get(n)?)))
            .collect();
        // The document's own title and event words go to its first main event only.
        let main = *episode == Episode::Main && !main_seen;
        main_seen |= main;
        let incident = incident_record("", a, main, &pairs, knowledge);
        let records = members
            .iter()
            .filter_map(|&n| claims.get(first_claim + n).map(|(c, _)| c.clone()))
            .collect();
        reports.push(Report {
            incident,
            claims: records,
            copy,
        });
    }
}

/// The claims of one document that make one report: one episode at one area.
struct Group {
    episode: Episode,
    /// Where (lat, lon), once a claim names a place of a town or finer.
    area: Option<(f64, f64)>,
    /// The report's index among all reports.
    report: usize,
    /// Its claims, as indices into the document's.
    members: Vec<usize>,
}

/// Places further apart than this are two events of one episode (a roundup of a day's
/// attacks in several towns), not one.
const SAME_AREA_KM: f64 = 25.0;

/// Where a claim happened, when its clause names a facility or a place of a town or finer:
/// a governorate or a country says too little to tell two events apart.
fn claim_area(knowledge: &Knowledge, c: &Claim<'_>) -> Option<(f64, f64)> {
    let place = c.facility.or(c.place).and_then(|id| knowledge.place(id))?;
    matches!(
        place.precision,
        rasid_lexicon::Precision::Facility
            | rasid_lexicon::Precision::Neighbourhood
            | rasid_lexicon::Precision::Town
    )
    .then_some((place.lat, place.lon))
}

/// One JSON Lines record.
fn write_jsonl(out: &mut impl Write, record: &impl serde::Serialize) -> Result<()> {
    serde_json::to_writer(&mut *out, record)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// Progress on a terminal: documents analysed out of those read so far, and MB/s of
/// text. Nothing when stderr is no terminal (a log, a pipe), so that what is written
/// there stays the same from run to run.
struct Progress {
    bar: Option<ProgressBar>,
    read: AtomicUsize,
    bytes_done: AtomicUsize,
    started: Instant,
}

impl Progress {
    fn new() -> Self {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(4));
            if let Ok(style) = ProgressStyle::with_template(
                "analysing {pos}/{len} documents read, {msg} [{elapsed}]",
            ) {
                bar.set_style(style);
            }
            bar
        });
        Progress {
            bar,
            read: AtomicUsize::new(0),
            bytes_done: AtomicUsize::new(0),
            started: Instant::now(),
        }
    }

    /// One more document read.
    fn read(&self, _bytes: usize) {
        let read = self.read.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some(bar) = &self.bar {
            bar.set_length(read as u64);
        }
    }

    /// One more document written.
    fn done(&self, bytes: usize) {
        let Some(bar) = &self.bar else {
            return;
        };
        let bytes = self.bytes_done.fetch_add(bytes, Ordering::Relaxed) + bytes;
        bar.inc(1);
        if bar.position() % 64 == 0 {
            let seconds = self.started.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!("{:.1} MB/s", bytes as f64 / 1e6 / seconds));
        }
    }

    /// A line above the bar (or alone).
    fn println(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

fn document_record(a: &Analysed<'_>, duplicate_of: Option<String>) -> DocumentRecord {
    DocumentRecord {
        doc_id: a.doc.id.clone(),
        url: a.doc.url.clone(),
        outlet: a.doc.outlet.clone(),
        title: a.doc.title.clone(),
        author: a.doc.author.clone(),
        published: a.doc.published.clone(),
        language: a.language.to_owned(),
        sha256: a.sha256.clone(),
        chars: a.doc.text.chars().count(),
        duplicate_of,
        origin: a.doc.origin.clone(),
    }
}

/// The text of an original byte range.
fn slice(text: &str, range: Option<&std::ops::Range<usize>>) -> Option<String> {
    range.and_then(|r| text.get(r.clone())).map(str::to_owned)
}

fn place_record(knowledge: &Knowledge, id: Option<&str>) -> Option<PlaceRecord> {
    let p = id.and_then(|id| knowledge.place(id))?;
    // The English name where the gazetteer has one (SPEC.md's examples), else the Arabic.
    let name = |p: &rasid_lexicon::Place| {
        if p.name_en.is_empty() {
            p.name_ar.clone()
        } else {
            p.name_en.clone()
        }
    };
    Some(PlaceRecord {
        id: p.id.clone(),
        name: name(p),
        lat: p.lat,
        lon: p.lon,
        admin1: knowledge.place(&p.admin1_id).map(name),
        country: p.country.clone(),
        precision: p.precision.as_str().to_owned(),
    })
}

fn claim_record(
    claim_id: &str,
    incident_id: Option<&str>,
    a: &Analysed<'_>,
    c: &Claim<'_>,
    knowledge: &Knowledge,
) -> ClaimRecord {
    let text = &a.doc.text;
    let owned = |s: Option<&str>| s.map(str::to_owned);
    ClaimRecord {
        claim_id: claim_id.to_owned(),
        doc_id: a.doc.id.clone(),
        incident_id: owned(incident_id),
        facility: owned(c.facility),
        event_type: owned(c.event_type),
        measure: c.measure.to_owned(),
        unit: c.unit.to_owned(),
        actor: c.actor.to_owned(),
        actor_text: slice(text, c.actor_text.as_ref()),
        value: ValueRecord {
            low: c.value.low,
            high: c.value.high,
            approx: c.value.approx,
            vague: owned(c.value.vague),
        },
        source: SourceRecord {
            kind: c.source.kind.to_owned(),
            actor: owned(c.source.actor),
            text: slice(text, c.source.text.as_ref()),
        },
        hedge: c.hedge.to_owned(),
        // A date the text does not fix stays unresolved: none is invented.
        time: TimeRecord {
            start: c.time.start_text(),
            end: c.time.end_text(),
            precision: c.time.precision_name().to_owned(),
            text: slice(text, c.time.text.as_ref()),
        },
        as_of: c.as_of.map(|d| d.to_string()),
        place: place_record(knowledge, c.place),
        evidence: EvidenceRecord {
            start: c.evidence.start,
            end: c.evidence.end,
            text: slice(text, Some(&c.evidence)).unwrap_or_default(),
        },
        // Claim numbers are 1-based within the document (see write_document).
        part_of: c.part_of.map(|i| format!("{}#{}", a.doc.id, i + 1)),
        combined_with: owned(c.combined_with),
        notes: c.notes.iter().map(|n| (*n).to_owned()).collect(),
    }
}

/// One incident of a document: the claims of one episode, titled and dated from them.
fn incident_record(
    id: &str,
    a: &Analysed<'_>,
    main: bool,
    members: &[(&String, &Claim<'_>)],
    knowledge: &Knowledge,
) -> IncidentRecord {
    let mut event_types: Vec<&str> = Vec::new();
    // The main event also takes the event words of the whole document.
    let document_events = a.claims.event_types.iter().copied().filter(|_| main);
    for t in members
        .iter()
        .filter_map(|(_, c)| c.event_type)
        .chain(document_events)
    {
        if !event_types.contains(&t) {
            event_types.push(t);
        }
    }
    let mut actors: Vec<&str> = Vec::new();
    for (_, c) in members {
        if c.actor != "UNKNOWN" && !actors.contains(&c.actor) {
            actors.push(c.actor);
        }
    }
    let named = members.iter().find_map(|(_, c)| c.facility);
    let place = named
        .or_else(|| members.iter().find_map(|(_, c)| c.place))
        .or_else(|| a.claims.places.first().copied().filter(|_| main));
    // A report at a facility is of it, though its figures' sentences do not name it (`the
    // prison` after `Ghwayran prison` in the lead).
    let facility =
        named.or_else(|| place.filter(|p| knowledge.facilities.iter().any(|f| f.id == *p)));
    // Its time: the earliest start and the latest end its claims resolve; else the words
    // of its first claim that says when, unresolved.
    let resolved = || {
        members
            .iter()
            .map(|(_, c)| &c.time)
            .filter(|t| t.start.is_some())
    };
    let first = resolved().min_by_key(|t| t.start);
    let last = resolved().max_by_key(|t| t.end);
    let unresolved = members
        .iter()
        .find_map(|(_, c)| c.time.text.as_ref().map(|r| (&c.time, r)));
    let at = |t: Option<&When>, date: fn(&When) -> Option<String>| match (t, unresolved) {
        (Some(t), _) => Some(IncidentTime {
            date: date(t),
            precision: t.precision_name().to_owned(),
            text: None,
        }),
        (None, Some((u, r))) => Some(IncidentTime {
            date: None,
            precision: u.precision_name().to_owned(),
            text: slice(&a.doc.text, Some(r)),
        }),
        (None, None) => None,
    };
    let start = at(first, When::start_text);
    let end = at(last, When::end_text);
    // The document's own title for its main event; a recalled event is titled from its
    // claims: what, where, when.
    let title = match (&a.doc.title, main) {
        (Some(t), true) => Some(t.clone()),
        _ => {
            let what = event_types.first().copied();
            let where_ = place.and_then(|p| knowledge.place(p)).map(|p| {
                if p.name_en.is_empty() {
                    p.name_ar.clone()
                } else {
                    p.name_en.clone()
                }
            });
            // A window is its two bounds (ISO 8601's `start/end`), never one date.
            let when = first.and_then(|t| match (t.is_window(), t.start_text(), t.end_text()) {
                (true, Some(s), Some(e)) => Some(format!("{s}/{e}")),
                (_, s, _) => s,
            });
            let parts: Vec<String> = [what.map(str::to_owned), where_, when]
                .into_iter()
                .flatten()
                .collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
    };
    let claims: Vec<String> = members.iter().map(|(id, _)| (*id).clone()).collect();
    // A date that contradicts itself (two month names that disagree) is a contradiction
    // of the incident's date, whichever claims state it.
    let disagreeing: Vec<&(&String, &Claim<'_>)> = members
        .iter()
        .filter(|(_, c)| c.time.month_names_disagree)
        .collect();
    let contradictions: Vec<ContradictionRecord> = match disagreeing.first() {
        Some((_, first)) => {
            let words = slice(&a.doc.text, first.time.text.as_ref()).unwrap_or_default();
            vec![ContradictionRecord {
                measure: "date".to_owned(),
                claims: disagreeing.iter().map(|(id, _)| (*id).clone()).collect(),
                explanation: format!("the month is named twice and the names disagree: {words}"),
            }]
        }
        None => Vec::new(),
    };
    IncidentRecord {
        incident_id: id.to_owned(),
        title,
        event_types: event_types.into_iter().map(str::to_owned).collect(),
        start,
        end,
        place: place_record(knowledge, place),
        facility: facility.map(str::to_owned),
        actors: actors.into_iter().map(str::to_owned).collect(),
        documents: vec![a.doc.id.clone()],
        claims,
        figures: Vec::new(),
        contradictions,
    }
}

/// A document's `published` (an ISO date or date-time, with or without an offset) as the
/// local date-time the text speaks from; `None` when it does not parse.
fn published_time(published: &str) -> Option<jiff::civil::DateTime> {
    let s = published.trim();
    if let Ok(t) = s.parse::<jiff::civil::DateTime>() {
        return Some(t);
    }
    // `2024-01-16T10:00:00Z`, `2024-01-16T10:00:00+03:00`: the wall-clock part.
    if let Some(t) = s
        .get(..19)
        .and_then(|p| p.parse::<jiff::civil::DateTime>().ok())
    {
        return Some(t);
    }
    s.get(..10)
        .and_then(|p| p.parse::<jiff::civil::Date>().ok())
        .map(|d| d.to_datetime(jiff::civil::Time::midnight()))
}

#[cfg(test)]
mod tests {
    use super::published_time;

    #[test]
    fn published_dates_read_as_the_local_time_they_name() {
        // (published, the date-time the text speaks from)
        let cases = [
            ("2015-08-05", Some("2015-08-05T00:00:00")),
            ("2015-08-05T10:30:00", Some("2015-08-05T10:30:00")),
            ("2015-08-05T10:30:00Z", Some("2015-08-05T10:30:00")),
            ("2015-08-05T10:30:00+03:00", Some("2015-08-05T10:30:00")),
            (" 2015-08-05 ", Some("2015-08-05T00:00:00")),
            ("last Tuesday", None),
            ("", None),
        ];
        for (published, want) in cases {
            let got = published_time(published).map(|t| t.to_string());
            assert_eq!(got.as_deref(), want, "{published:?}");
        }
    }
}

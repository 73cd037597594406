//! `rasid analyze INPUT... --out DIR`: documents, claims and incidents as SPEC.md's JSON
//! Lines. Documents are read by rasid-ingest, claims by rasid-extract on every core; the
//! output is the same bytes whatever the number of threads, and no half-written file is
//! ever left behind: each file is written beside its name and renamed into place.

use anyhow::{bail, Context, Result};
use rasid_extract::{extract, Claim, ClaimWords, DocumentClaims, Episode, When};
use rasid_ingest::{read_inputs, Document};
use rasid_lexicon::Knowledge;
use rasid_text::{detect_language, Language};
use serde_json::{json, Value as Json};
use sha2::{Digest, Sha256};
use std::fs;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Arguments of `rasid analyze`.
#[derive(clap::Args)]
pub struct AnalyzeArgs {
    /// Files or folders: plain text, JSON Lines of documents, JSON arrays, SaudiNewsNet
    /// zips.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// The folder to write documents.jsonl, claims.jsonl and incidents.jsonl into.
    #[arg(long)]
    out: PathBuf,
    /// Worker threads (default: every core).
    #[arg(long)]
    threads: Option<usize>,
}

/// What a worker reads of one document: its language, SHA-256 and claims.
type Read<'k> = (&'static str, String, DocumentClaims<'k>);

/// What one document yields.
struct Analysed<'k> {
    doc: Document,
    language: &'static str,
    sha256: String,
    claims: DocumentClaims<'k>,
}

pub fn run(args: AnalyzeArgs) -> Result<()> {
    let mut docs = Vec::new();
    let mut failed = 0usize;
    for item in read_inputs(&args.inputs) {
        match item {
            Ok(doc) => docs.push(doc),
            Err(e) => {
                failed += 1;
                // Every error names its input; a corpus with hundreds of empty articles
                // shows the first ones and a count.
                if failed <= 20 {
                    eprintln!("rasid: skipped: {e}");
                } else if failed == 21 {
                    eprintln!("rasid: skipped: more inputs, counted below");
                }
            }
        }
    }
    if docs.is_empty() {
        bail!("no usable document in the inputs ({failed} unreadable)");
    }
    unique_ids(&mut docs);
    let words = ClaimWords::bundled();
    let knowledge = Knowledge::bundled();
    let analysed = analyse_all(docs, &words, &knowledge, args.threads);
    write_outputs(&args.out, &analysed, &knowledge)?;
    let claims: usize = analysed.iter().map(|a| a.claims.claims.len()).sum();
    eprintln!(
        "rasid: {} documents, {claims} claims, {failed} inputs skipped -> {}",
        analysed.len(),
        args.out.display()
    );
    Ok(())
}

/// Two inputs of one id (two folders with a `report.txt`) get `-2`, `-3` ... in order.
fn unique_ids(docs: &mut [Document]) {
    let mut seen = std::collections::HashMap::<String, usize>::new();
    for doc in docs.iter_mut() {
        let n = seen.entry(doc.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            doc.id = format!("{}-{n}", doc.id);
        }
    }
}

/// Extracts every document on `threads` workers (default: the machine's cores), in
/// input order whatever the scheduling.
fn analyse_all<'k>(
    docs: Vec<Document>,
    words: &ClaimWords,
    knowledge: &'k Knowledge,
    threads: Option<usize>,
) -> Vec<Analysed<'k>> {
    let workers = threads
        .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1)
        .max(1);
    let total = docs.len();
    // Workers read the documents in place and fill one slot each.
    let slots: Vec<Mutex<Option<Read<'k>>>> = (0..total).map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let progress = std::io::stderr().is_terminal();
    std::thread::scope(|scope| {
        for _ in 0..workers.min(total) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let (Some(doc), Some(slot)) = (docs.get(i), slots.get(i)) else {
                    break;
                };
                let published = doc.published.as_deref().and_then(published_time);
                let claims = extract(words, knowledge, &doc.text, published);
                let language = match detect_language(&doc.text) {
                    Language::Arabic => "ar",
                    Language::English => "en",
                    Language::Other => "und",
                };
                let sha256 = format!("{:x}", Sha256::digest(doc.text.as_bytes()));
                if let Ok(mut slot) = slot.lock() {
                    *slot = Some((language, sha256, claims));
                }
                let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                if progress && (n.is_multiple_of(50) || n == total) {
                    eprint!("\ranalysing: {n}/{total} documents");
                    if n == total {
                        eprintln!();
                    }
                }
            });
        }
    });
    docs.into_iter()
        .zip(slots)
        .filter_map(|(doc, slot)| {
            let (language, sha256, claims) = slot.into_inner().ok().flatten()?;
            Some(Analysed {
                doc,
                language,
                sha256,
                claims,
            })
        })
        .collect()
}

/// Writes the three files, each first beside its final name, then renamed: a failure
/// leaves the previous files (or none), never half of one.
fn write_outputs(dir: &Path, analysed: &[Analysed<'_>], knowledge: &Knowledge) -> Result<()> {
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut documents = Vec::new();
    let mut claims = Vec::new();
    let mut incidents = Vec::new();
    let mut incident_no = 0usize;
    for a in analysed {
        documents.push(document_record(a));
        if a.claims.claims.is_empty() {
            continue;
        }
        // One incident per episode of the document (its main event, each event it
        // recalls), numbered in the order of their first figure; a facility description
        // belongs to none. Linking across documents is issue 5's.
        let mut groups: Vec<(Episode, String, Vec<usize>)> = Vec::new();
        let mut ids = Vec::with_capacity(a.claims.claims.len());
        for (n, c) in a.claims.claims.iter().enumerate() {
            let claim_id = format!("{}#{}", a.doc.id, n + 1);
            let incident_id = if c.episode == Episode::Description {
                None
            } else {
                let at = match groups.iter().position(|(e, _, _)| *e == c.episode) {
                    Some(at) => at,
                    None => {
                        incident_no += 1;
                        groups.push((c.episode, format!("inc-{incident_no}"), Vec::new()));
                        groups.len() - 1
                    }
                };
                groups.get_mut(at).map(|(_, id, members)| {
                    members.push(n);
                    id.clone()
                })
            };
            claims.push(claim_record(
                &claim_id,
                incident_id.as_deref(),
                a,
                c,
                knowledge,
            ));
            ids.push(claim_id);
        }
        for (episode, incident_id, members) in &groups {
            let members: Vec<(&String, &Claim<'_>)> = members
                .iter()
                .filter_map(|&n| Some((ids.get(n)?, a.claims.claims.get(n)?)))
                .collect();
            incidents.push(incident_record(
                incident_id,
                a,
                *episode,
                &members,
                knowledge,
            ));
        }
    }
    let files = [
        ("documents.jsonl", documents),
        ("claims.jsonl", claims),
        ("incidents.jsonl", incidents),
    ];
    let mut staged = Vec::new();
    for (name, records) in &files {
        let path = dir.join(name);
        let tmp = dir.join(format!(".{name}.partial"));
        write_jsonl(&tmp, records).with_context(|| format!("cannot write {}", tmp.display()))?;
        staged.push((tmp, path));
    }
    for (tmp, path) in staged {
        fs::rename(&tmp, &path).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

fn write_jsonl(path: &Path, records: &[Json]) -> Result<()> {
    let mut out = BufWriter::new(fs::File::create(path)?);
    for r in records {
        serde_json::to_writer(&mut out, r)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

fn document_record(a: &Analysed<'_>) -> Json {
    json!({
        "doc_id": a.doc.id,
        "url": a.doc.url,
        "outlet": a.doc.outlet,
        "title": a.doc.title,
        "author": Json::Null,
        "published": a.doc.published,
        "language": a.language,
        "sha256": a.sha256,
        "chars": a.doc.text.chars().count(),
        "duplicate_of": Json::Null,
        "origin": a.doc.origin,
    })
}

/// The text of an original byte range, or null.
fn slice(text: &str, range: Option<&std::ops::Range<usize>>) -> Json {
    range
        .and_then(|r| text.get(r.clone()))
        .map_or(Json::Null, |t| Json::String(t.to_owned()))
}

fn place_record(knowledge: &Knowledge, id: Option<&str>) -> Json {
    let Some(p) = id.and_then(|id| knowledge.place(id)) else {
        return Json::Null;
    };
    // The English name where the gazetteer has one (SPEC.md's examples), else the Arabic.
    let name = |p: &rasid_lexicon::Place| {
        if p.name_en.is_empty() {
            p.name_ar.clone()
        } else {
            p.name_en.clone()
        }
    };
    let admin1 = knowledge.place(&p.admin1_id).map(name);
    json!({
        "id": p.id,
        "name": name(p),
        "lat": p.lat,
        "lon": p.lon,
        "admin1": admin1,
        "country": p.country,
        "precision": p.precision.as_str(),
    })
}

fn claim_record(
    claim_id: &str,
    incident_id: Option<&str>,
    a: &Analysed<'_>,
    c: &Claim<'_>,
    knowledge: &Knowledge,
) -> Json {
    let text = &a.doc.text;
    json!({
        "claim_id": claim_id,
        "doc_id": a.doc.id,
        "incident_id": incident_id,
        "facility": c.facility,
        "event_type": c.event_type,
        "measure": c.measure,
        "unit": c.unit,
        "actor": c.actor,
        "actor_text": slice(text, c.actor_text.as_ref()),
        "value": {
            "low": c.value.low,
            "high": c.value.high,
            "approx": c.value.approx,
            "vague": c.value.vague,
        },
        "source": {
            "kind": c.source.kind,
            "actor": c.source.actor,
            "text": slice(text, c.source.text.as_ref()),
        },
        "hedge": c.hedge,
        // A date the text does not fix stays unresolved: none is invented.
        "time": {
            "start": c.time.start_text(),
            "end": c.time.end_text(),
            "precision": c.time.precision_name(),
            "text": slice(text, c.time.text.as_ref()),
        },
        "as_of": c.as_of.map(|d| d.to_string()),
        "place": place_record(knowledge, c.place),
        "evidence": {
            "start": c.evidence.start,
            "end": c.evidence.end,
            "text": slice(text, Some(&c.evidence)),
        },
        // Claim numbers are 1-based within the document (see write_outputs).
        "part_of": c.part_of.map(|i| format!("{}#{}", a.doc.id, i + 1)),
        "combined_with": c.combined_with,
        "notes": c.notes,
    })
}

/// One incident of a document: the claims of one episode, titled and dated from them.
fn incident_record(
    id: &str,
    a: &Analysed<'_>,
    episode: Episode,
    members: &[(&String, &Claim<'_>)],
    knowledge: &Knowledge,
) -> Json {
    let main = episode == Episode::Main;
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
    let facility = members.iter().find_map(|(_, c)| c.facility);
    let place = facility
        .or_else(|| members.iter().find_map(|(_, c)| c.place))
        .or_else(|| a.claims.places.first().copied().filter(|_| main));
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
        (Some(t), _) => json!({"date": date(t), "precision": t.precision_name()}),
        (None, Some((u, r))) => json!({
            "date": Json::Null,
            "precision": u.precision_name(),
            "text": slice(&a.doc.text, Some(r)),
        }),
        (None, None) => Json::Null,
    };
    let start = at(first, When::start_text);
    let end = at(last, When::end_text);
    // The document's own title for its main event; a recalled event is titled from its
    // claims: what, where, when.
    let title = match (&a.doc.title, main) {
        (Some(t), true) => Json::String(t.clone()),
        _ => {
            let what = event_types.first().copied();
            let where_ = place.and_then(|p| knowledge.place(p)).map(|p| {
                if p.name_en.is_empty() {
                    p.name_ar.clone()
                } else {
                    p.name_en.clone()
                }
            });
            let when = first.and_then(When::start_text);
            let parts: Vec<String> = [what.map(str::to_owned), where_, when]
                .into_iter()
                .flatten()
                .collect();
            if parts.is_empty() {
                Json::Null
            } else {
                Json::String(parts.join(", "))
            }
        }
    };
    let claims: Vec<&String> = members.iter().map(|(id, _)| *id).collect();
    // A date that contradicts itself (two month names that disagree) is a contradiction
    // of the incident's date, whichever claims state it.
    let disagreeing: Vec<&(&String, &Claim<'_>)> = members
        .iter()
        .filter(|(_, c)| c.time.month_names_disagree)
        .collect();
    let contradictions: Vec<Json> = match disagreeing.first() {
        Some((_, first)) => {
            let words = slice(&a.doc.text, first.time.text.as_ref());
            let words = words.as_str().unwrap_or_default();
            vec![json!({
                "measure": "date",
                "claims": disagreeing.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
                "explanation": format!("the month is named twice and the names disagree: {words}"),
            })]
        }
        None => Vec::new(),
    };
    json!({
        "incident_id": id,
        "title": title,
        "event_types": event_types,
        "start": start,
        "end": end,
        "place": place_record(knowledge, place),
        "facility": facility,
        "actors": actors,
        "documents": [a.doc.id],
        "claims": claims,
        "figures": [],
        "contradictions": contradictions,
    })
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

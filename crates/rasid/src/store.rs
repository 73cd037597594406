//! The store commands: `rasid ingest` adds documents to the embedded store (rasid-store)
//! and links the incidents again; `search`, `incidents`, `show` and `facilities` read it.
//! The store is one SQLite file: `--db PATH`, else `RASID_DB`, else
//! `$XDG_DATA_HOME/rasid/rasid.db` (`~/.local/share/rasid/rasid.db`); its path is printed
//! when it is created.

use crate::analyze::{analyse_inputs, document_output};
use anyhow::{bail, Context, Result};
use rasid_lexicon::Knowledge;
use rasid_link::Duplicates;
use rasid_records::{ClaimRecord, IncidentRecord, IncidentTime};
use rasid_store::{Facility, IncidentFilter, NewDocument, Store, BATCH_DOCUMENTS};
use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

/// Where the store is.
#[derive(clap::Args)]
pub struct DbArgs {
    /// The store's file (default: RASID_DB, else $XDG_DATA_HOME/rasid/rasid.db or
    /// ~/.local/share/rasid/rasid.db).
    #[arg(long, value_name = "PATH")]
    db: Option<PathBuf>,
}

impl DbArgs {
    pub(crate) fn path(&self) -> Result<PathBuf> {
        let env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        if let Some(db) = self
            .db
            .clone()
            .or_else(|| env("RASID_DB").map(PathBuf::from))
        {
            return Ok(db);
        }
        let data = env("XDG_DATA_HOME")
            .map(PathBuf::from)
            .or_else(|| env("HOME").map(|h| PathBuf::from(h).join(".local").join("share")))
            .context("no place for the store: give --db PATH or set RASID_DB")?;
        Ok(data.join("rasid").join("rasid.db"))
    }

    /// Opens the store, creating it (and saying where) when there is none.
    fn open_or_create(&self) -> Result<(Store, PathBuf)> {
        let path = self.path()?;
        let fresh = !path.exists();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
        }
        let store =
            Store::open(&path).with_context(|| format!("cannot open {}", path.display()))?;
        if fresh {
            eprintln!("rasid: new store at {}", path.display());
        }
        Ok((store, path))
    }

    /// Opens an existing store; none is an error that says how to make one.
    pub(crate) fn open(&self) -> Result<Store> {
        let path = self.path()?;
        if !path.exists() {
            bail!(
                "no store at {}: `rasid ingest INPUT...` makes one",
                path.display()
            );
        }
        Store::open(&path).with_context(|| format!("cannot open {}", path.display()))
    }
}

/// Arguments of `rasid ingest`.
#[derive(clap::Args)]
pub struct IngestArgs {
    /// Files or folders, read as `rasid analyze` reads them: plain text, HTML, feeds,
    /// WARC, JSON Lines of documents, JSON arrays, SaudiNewsNet zips, gzipped or not.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    #[command(flatten)]
    db: DbArgs,
    /// Worker threads (default: every core).
    #[arg(long)]
    threads: Option<usize>,
    /// Documents a transaction: a kill loses at most the batch in flight.
    #[arg(long, default_value_t = BATCH_DOCUMENTS as u64, value_parser = clap::value_parser!(u64).range(1..))]
    batch: u64,
    /// Fetch the page each feed item links to (politely: robots.txt, a rate limit per
    /// host, rasid's user agent), as `rasid analyze --fetch` does.
    #[arg(long)]
    fetch: bool,
}

/// Adds the documents the store does not hold (by the SHA-256 of their text), a batch a
/// transaction, then links every stored report again in one transaction. A kill loses at
/// most the batch in flight; the next ingest adds it and links.
pub fn ingest(args: IngestArgs) -> Result<()> {
    let started = Instant::now();
    let batch = usize::try_from(args.batch).unwrap_or(BATCH_DOCUMENTS);
    let (mut store, path) = args.db.open_or_create()?;
    let known = store.known()?;
    let stored = known.hashes;
    // Near-copies are found against every stored document too, in the order added.
    let mut copies = Duplicates::new();
    let mut order: Vec<String> = Vec::with_capacity(known.signatures.len());
    for (doc_id, signature) in known.signatures {
        copies.add(signature);
        order.push(doc_id);
    }
    let mut taken = known.doc_ids;
    let mut seen: HashSet<String> = HashSet::new();
    let mut unchanged = 0usize;
    // The store is written on a thread of its own, a batch a transaction, while the
    // workers go on with the next documents.
    let (batches, to_store) = std::sync::mpsc::sync_channel::<Vec<NewDocument>>(2);
    let (failed, added) = std::thread::scope(|scope| -> Result<(usize, usize)> {
        let writer = scope.spawn(|| -> Result<usize> {
            let mut added = 0;
            for batch in to_store {
                added += store.add_documents(&batch)?;
            }
            Ok(added)
        });
        let mut pending: Vec<NewDocument> = Vec::with_capacity(batch);
        let failed = analyse_inputs(
            &args.inputs,
            args.threads,
            args.fetch,
            &|sha: &str| stored.contains(sha),
            true,
            |a, knowledge| {
                // Stored already, or twice in these inputs.
                let Some(mut a) = a.filter(|a| seen.insert(a.sha256.clone())) else {
                    unchanged += 1;
                    return Ok(());
                };
                // Another text under a stored id (two folders' `report.txt`) gets `-2`,
                // `-3` ...
                let base = a.doc.id.clone();
                let mut n = 1;
                while taken.contains(&a.doc.id) {
                    n += 1;
                    a.doc.id = format!("{base}-{n}");
                }
                taken.insert(a.doc.id.clone());
                let copy_of = copies.add(a.signature).and_then(|i| order.get(i).cloned());
                order.push(a.doc.id.clone());
                let output = document_output(&a, knowledge, copy_of);
                pending.push(NewDocument {
                    record: output.record,
                    text: std::mem::take(&mut a.doc.text),
                    search_text: a.matching.take().unwrap_or_default(),
                    signature: a.signature,
                    claims: output.claims,
                    reports: output.reports.into_iter().map(|r| r.incident).collect(),
                });
                if pending.len() >= batch {
                    let full = std::mem::replace(&mut pending, Vec::with_capacity(batch));
                    // A closed channel means the writer failed: its error is reported.
                    if batches.send(full).is_err() {
                        bail!("the store's writer stopped");
                    }
                }
                Ok(())
            },
        );
        if !pending.is_empty() {
            let _ = batches.send(pending);
        }
        drop(batches);
        // The writer's error first: the pipeline's would only say that it stopped.
        let added = writer
            .join()
            .map_err(|_| anyhow::anyhow!("the store's writer failed"))??;
        Ok((failed?, added))
    })?;
    store.put_facilities(&facilities(&Knowledge::bundled()))?;
    let linked = Instant::now();
    let incidents = if store.needs_link()? {
        let n = store.relink()?;
        eprintln!(
            "rasid: linked {n} incidents in {:.2} s",
            linked.elapsed().as_secs_f64()
        );
        n as u64
    } else {
        store.counts()?.incidents
    };
    let counts = store.counts()?;
    eprintln!(
        "rasid: {added} documents added, {unchanged} already stored (same text), {failed} inputs skipped; \
         the store holds {} documents, {} claims, {incidents} incidents ({}, {:.2} s)",
        counts.documents,
        counts.claims,
        path.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The lexicon's facilities with the gazetteer's names and points.
fn facilities(knowledge: &Knowledge) -> Vec<Facility> {
    let name = |s: &str| (!s.is_empty()).then(|| s.to_owned());
    knowledge
        .facilities
        .iter()
        .map(|f| {
            let place = knowledge.place(&f.id);
            let governorate = place
                .and_then(|p| knowledge.place(&p.admin1_id))
                .and_then(|g| name(&g.name_en).or_else(|| name(&g.name_ar)));
            Facility {
                id: f.id.clone(),
                kind: f.kind.clone(),
                operator: f.operator.clone(),
                name_ar: place.and_then(|p| name(&p.name_ar)),
                name_en: place.and_then(|p| name(&p.name_en)),
                point: place.map(|p| (p.lat, p.lon)),
                governorate,
                aliases_ar: f.aliases_ar.clone(),
                aliases_en: f.aliases_en.clone(),
            }
        })
        .collect()
}

/// Arguments of `rasid search`.
#[derive(clap::Args)]
pub struct SearchArgs {
    /// Words every document found holds, Arabic or English, in any spelling the
    /// normaliser folds together.
    #[arg(required = true)]
    query: Vec<String>,
    #[command(flatten)]
    db: DbArgs,
    /// At most this many documents.
    #[arg(long, default_value_t = 20)]
    limit: usize,
}

/// Prints the documents found: id and title, then the words around the match.
pub fn search(args: SearchArgs) -> Result<()> {
    let store = args.db.open()?;
    let hits = store.search(&args.query.join(" "), args.limit)?;
    if hits.is_empty() {
        eprintln!("rasid: no document holds every word");
    }
    print_out(|out| {
        for hit in &hits {
            writeln!(
                out,
                "{}\t{}",
                hit.doc_id,
                hit.title.as_deref().unwrap_or("")
            )?;
            writeln!(out, "    {}", hit.snippet.replace('\n', " "))?;
        }
        Ok(())
    })
}

/// Arguments of `rasid incidents`.
#[derive(clap::Args)]
pub struct IncidentsArgs {
    #[command(flatten)]
    db: DbArgs,
    /// Starting on or after this date (2015-08-05, 2015-08, 2015).
    #[arg(long)]
    since: Option<String>,
    /// Starting on or before this date (2015-08-05, 2015-08, 2015).
    #[arg(long)]
    until: Option<String>,
    /// Within KM of a point: LAT,LON,KM.
    #[arg(long, value_name = "LAT,LON,KM", value_parser = parse_near)]
    near: Option<(f64, f64, f64)>,
    /// In this governorate (its English name: Al-Hasakah, Aleppo ...).
    #[arg(long)]
    governorate: Option<String>,
    /// Counting this actor (SPEC.md's ids: SDF, ISIS, CIVILIANS ...).
    #[arg(long)]
    actor: Option<String>,
    /// Of this event type (SPEC.md's list: attack, prison_break ...).
    #[arg(long = "type")]
    event_type: Option<String>,
    /// Print SPEC's incident records as JSON Lines.
    #[arg(long)]
    json: bool,
}

/// `LAT,LON,KM`: a point and a radius.
fn parse_near(s: &str) -> Result<(f64, f64, f64), String> {
    let parts: Vec<&str> = s.split(',').map(str::trim).collect();
    let numbers: Vec<f64> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    match numbers[..] {
        [lat, lon, km]
            if parts.len() == 3
                && (-90.0..=90.0).contains(&lat)
                && (-180.0..=180.0).contains(&lon)
                && km >= 0.0
                && km.is_finite() =>
        {
            Ok((lat, lon, km))
        }
        _ => Err(format!(
            "{s:?} is not LAT,LON,KM (a latitude, a longitude and a radius in km)"
        )),
    }
}

/// Lists the incidents the filters keep, in order of their start.
pub fn incidents(args: IncidentsArgs) -> Result<()> {
    let store = args.db.open()?;
    let filter = IncidentFilter {
        since: args.since,
        until: args.until,
        near: args.near,
        governorate: args.governorate,
        actor: args.actor,
        event_type: args.event_type,
        ..IncidentFilter::default()
    };
    let incidents = store.incidents(&filter)?;
    print_out(|out| {
        for incident in &incidents {
            if args.json {
                serde_json::to_writer(&mut *out, incident)?;
                writeln!(out)?;
            } else {
                writeln!(out, "{}", incident_line(incident))?;
            }
        }
        Ok(())
    })
}

/// An incident in a line: id, start, place, title, figures, documents.
fn incident_line(i: &IncidentRecord) -> String {
    let figures: Vec<String> = i.figures.iter().map(figure).collect();
    format!(
        "{}\t{}\t{}\t{}\t{}\t{} documents",
        i.incident_id,
        when(i.start.as_ref()),
        i.place.as_ref().map_or("", |p| p.name.as_str()),
        i.title.as_deref().unwrap_or("").replace('\n', " "),
        figures.join(", "),
        i.documents.len()
    )
}

fn when(t: Option<&IncidentTime>) -> String {
    match t {
        Some(IncidentTime { date: Some(d), .. }) => d.clone(),
        Some(IncidentTime { text: Some(w), .. }) => format!("({w})"),
        _ => "-".to_owned(),
    }
}

fn figure(f: &rasid_records::FigureRecord) -> String {
    let n = |v: Option<u64>| v.map_or("?".to_owned(), |v| v.to_string());
    let range = if f.low == f.high {
        n(f.low)
    } else {
        format!("{}-{}", n(f.low), n(f.high))
    };
    format!("{} {} {range}", f.measure, f.actor)
}

/// Arguments of `rasid show`.
#[derive(clap::Args)]
pub struct ShowArgs {
    /// The incident's id (`inc-12`).
    incident: String,
    #[command(flatten)]
    db: DbArgs,
    /// Print the incident and its claims as SPEC's JSON records, one a line.
    #[arg(long)]
    json: bool,
}

/// Prints an incident: what, where, when, its figures, its contradictions and every claim
/// with the words that state it.
pub fn show(args: ShowArgs) -> Result<()> {
    let store = args.db.open()?;
    let Some((incident, claims)) = store.incident(&args.incident)? else {
        bail!("no incident {} in the store", args.incident);
    };
    print_out(|out| {
        if args.json {
            serde_json::to_writer(&mut *out, &incident)?;
            writeln!(out)?;
            for claim in &claims {
                serde_json::to_writer(&mut *out, claim)?;
                writeln!(out)?;
            }
            return Ok(());
        }
        write!(out, "{}", describe(&incident, &claims))
    })
}

/// The text `rasid show` prints.
fn describe(i: &IncidentRecord, claims: &[ClaimRecord]) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(s, "{}  {}", i.incident_id, i.title.as_deref().unwrap_or(""));
    let _ = writeln!(
        s,
        "  when: {} to {}",
        when(i.start.as_ref()),
        when(i.end.as_ref())
    );
    if let Some(p) = &i.place {
        let _ = writeln!(
            s,
            "  where: {} ({}, {}; {:.4}, {:.4}, {})",
            p.name,
            p.admin1.as_deref().unwrap_or("-"),
            p.country,
            p.lat,
            p.lon,
            p.precision
        );
    }
    if let Some(f) = &i.facility {
        let _ = writeln!(s, "  facility: {f}");
    }
    let _ = writeln!(s, "  types: {}", i.event_types.join(", "));
    let _ = writeln!(s, "  actors: {}", i.actors.join(", "));
    let _ = writeln!(s, "  documents: {}", i.documents.join(", "));
    let _ = writeln!(s, "figures:");
    for f in &i.figures {
        let n = |v: Option<u64>| v.map_or("?".to_owned(), |v| v.to_string());
        let _ = writeln!(
            s,
            "  {} {}: low {}, best {}, high {} (ACLED {}) from {}",
            f.measure,
            f.actor,
            n(f.low),
            n(f.best),
            n(f.high),
            n(f.acled),
            f.claims.join(", ")
        );
    }
    let _ = writeln!(s, "contradictions:");
    for c in &i.contradictions {
        let _ = writeln!(
            s,
            "  {}: {} ({})",
            c.measure,
            c.explanation,
            c.claims.join(", ")
        );
    }
    let _ = writeln!(s, "claims:");
    for c in claims {
        let value = match (c.value.low, c.value.high, &c.value.vague) {
            (_, _, Some(v)) => v.clone(),
            (Some(l), Some(h), _) if l == h => l.to_string(),
            (l, h, _) => format!(
                "{}-{}",
                l.map_or("?".to_owned(), |v| v.to_string()),
                h.map_or("?".to_owned(), |v| v.to_string())
            ),
        };
        let approx = if c.value.approx { "~" } else { "" };
        let source = c
            .source
            .text
            .as_deref()
            .or(c.source.actor.as_deref())
            .unwrap_or(&c.source.kind);
        let _ = writeln!(
            s,
            "  {}  {} {} {approx}{value} {}, {} ({source})",
            c.claim_id, c.measure, c.actor, c.unit, c.hedge
        );
        let _ = writeln!(
            s,
            "      \"{}\" [{}..{}]",
            c.evidence.text.replace('\n', " "),
            c.evidence.start,
            c.evidence.end
        );
    }
    s
}

/// Arguments of `rasid facilities`.
#[derive(clap::Args)]
pub struct FacilitiesArgs {
    #[command(flatten)]
    db: DbArgs,
}

/// Lists the lexicon's facilities with the number of incidents at each, most first.
pub fn list_facilities(args: FacilitiesArgs) -> Result<()> {
    let store = args.db.open()?;
    let facilities = store.facilities()?;
    print_out(|out| {
        for (f, incidents) in &facilities {
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{incidents} incidents",
                f.id,
                f.kind,
                f.name_en.as_deref().unwrap_or("-"),
                f.name_ar.as_deref().unwrap_or("-"),
                f.governorate.as_deref().unwrap_or("-"),
            )?;
        }
        Ok(())
    })
}

/// Writes to standard output, buffered; a reader that stops early (`| head`) ends the
/// command quietly rather than with an error.
fn print_out(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

/// The store as a source of records for `rasid export`.
pub(crate) struct StoreRecords(pub DbArgs);

impl crate::export::RecordSource for StoreRecords {
    fn load(&self) -> Result<crate::export::RecordSet> {
        let (documents, claims, incidents) = self.0.open()?.records()?;
        Ok(crate::export::RecordSet {
            documents,
            claims,
            incidents,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_reads_a_point_and_a_radius() {
        // (argument, what it reads as)
        let cases = [
            ("36.5,40.75,25", Some((36.5, 40.75, 25.0))),
            (" 36.5 , 40.75 , 0 ", Some((36.5, 40.75, 0.0))),
            ("-33.9,151.2,10.5", Some((-33.9, 151.2, 10.5))),
            ("36.5,40.75", None),
            ("36.5,40.75,25,1", None),
            ("91,40,25", None),
            ("36,181,25", None),
            ("36,40,-1", None),
            ("36,40,inf", None),
            ("الحسكة,40,25", None),
            ("", None),
        ];
        for (arg, want) in cases {
            assert_eq!(parse_near(arg).ok(), want, "{arg:?}");
        }
    }

    #[test]
    fn the_db_flag_wins_over_the_default() {
        let given = PathBuf::from("/tmp/elsewhere.db");
        let args = DbArgs {
            db: Some(given.clone()),
        };
        assert_eq!(args.path().expect("a path"), given);
    }
}

//! The store's contract (issue 5 §3): `rasid ingest` holds what `rasid analyze` writes,
//! adds nothing the second time, and survives `kill -9`: what was committed stays, the
//! file stays sound, and a rerun completes to the same store as an uninterrupted ingest.

use rasid_store::Store;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn rasid() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rasid"));
    // Never the user's own store.
    command
        .env_remove("RASID_DB")
        .env("XDG_DATA_HOME", "/nonexistent");
    command
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles")
}

/// A fresh folder under the target directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

fn run(command: &mut Command) -> String {
    let out = command.output().expect("rasid runs");
    assert!(
        out.status.success(),
        "rasid failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn ingest(inputs: &[&Path], db: &Path) -> String {
    let out = rasid()
        .arg("ingest")
        .args(inputs)
        .arg("--db")
        .arg(db)
        .output()
        .expect("rasid runs");
    assert!(
        out.status.success(),
        "rasid ingest failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stderr).expect("UTF-8")
}

fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).expect("one JSON value per line"))
        .collect()
}

/// The incidents of a store, by id.
fn stored_incidents(db: &Path) -> Vec<Value> {
    let mut incidents = json_lines(&run(rasid().args(["incidents", "--json", "--db"]).arg(db)));
    incidents.sort_by_key(|i| i["incident_id"].as_str().map(str::to_owned));
    incidents
}

#[test]
fn the_store_holds_what_analyze_writes_and_a_second_ingest_adds_nothing() {
    let dir = scratch("store-analyze");
    let db = dir.join("rasid.db");
    let first = ingest(&[&examples()], &db);
    assert!(first.contains("new store at"), "{first}");
    assert!(first.contains("2 documents added"), "{first}");
    let second = ingest(&[&examples()], &db);
    assert!(!second.contains("new store at"), "{second}");
    assert!(
        second.contains("0 documents added, 2 already stored"),
        "{second}"
    );

    run(rasid()
        .arg("analyze")
        .arg(examples())
        .arg("--out")
        .arg(dir.join("out")));
    let mut analysed = json_lines(
        &std::fs::read_to_string(dir.join("out/incidents.jsonl")).expect("incidents.jsonl"),
    );
    analysed.sort_by_key(|i| i["incident_id"].as_str().map(str::to_owned));
    assert!(!analysed.is_empty());
    assert_eq!(stored_incidents(&db), analysed);

    // `show` gives every claim of an incident with its evidence, as analyze wrote them.
    let claims =
        json_lines(&std::fs::read_to_string(dir.join("out/claims.jsonl")).expect("claims.jsonl"));
    for incident in &analysed {
        let id = incident["incident_id"].as_str().expect("an id");
        let shown = json_lines(&run(rasid().args(["show", id, "--json", "--db"]).arg(&db)));
        assert_eq!(shown.first(), Some(incident));
        let want: Vec<&Value> = claims
            .iter()
            .filter(|c| c["incident_id"].as_str() == Some(id))
            .collect();
        assert_eq!(shown.iter().skip(1).collect::<Vec<_>>(), want, "{id}");
        let text = run(rasid().args(["show", id, "--db"]).arg(&db));
        for claim in &want {
            let evidence = claim["evidence"]["text"].as_str().expect("evidence");
            assert!(
                text.contains(&evidence.replace('\n', " ")),
                "{id}: {evidence}"
            );
        }
    }

    // Search folds spellings: the articles write الصناعة, the query الصناعه.
    let found = run(rasid().args(["search", "سجن", "الصناعه", "--db"]).arg(&db));
    assert!(found.contains("000_c2e5c5aa21498906"), "{found}");
    let facilities = run(rasid().args(["facilities", "--db"]).arg(&db));
    assert!(
        facilities.lines().any(|l| l.starts_with("sinaa-prison\t")),
        "{facilities}"
    );
}

#[test]
fn the_store_is_found_through_rasid_db_and_xdg_data_home() {
    let dir = scratch("store-location");
    let by_env = dir.join("env.db");
    let out = rasid()
        .arg("ingest")
        .arg(examples())
        .env("RASID_DB", &by_env)
        .output()
        .expect("rasid runs");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains(&by_env.display().to_string()));
    assert!(by_env.exists());
    let out = rasid()
        .arg("ingest")
        .arg(examples())
        .env("XDG_DATA_HOME", &dir)
        .output()
        .expect("rasid runs");
    assert!(out.status.success());
    assert!(dir.join("rasid/rasid.db").exists());
    // Reading a store that is not there says how to make one.
    let out = rasid()
        .args(["search", "سجن", "--db"])
        .arg(dir.join("none.db"))
        .output()
        .expect("rasid runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("rasid ingest"));
}

/// Many short documents, each a distinct text, as JSON Lines: enough that an ingest
/// commits several batches.
fn many_documents(path: &Path, n: usize) {
    let mut paragraphs: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(examples()).expect("examples") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("an article");
            paragraphs.extend(
                text.split("\n\n")
                    .map(str::trim)
                    .filter(|p| p.chars().count() > 40)
                    .map(str::to_owned),
            );
        }
    }
    assert!(!paragraphs.is_empty());
    let mut out = String::new();
    for i in 0..n {
        let text = format!("{} (الخبر {i})", paragraphs[i % paragraphs.len()]);
        let record = serde_json::json!({
            "id": format!("doc-{i}"),
            "published": "2022-01-21",
            "title": format!("خبر {i}"),
            "text": text,
        });
        out.push_str(&record.to_string());
        out.push('\n');
    }
    std::fs::write(path, out).expect("writes the inputs");
}

#[test]
fn a_killed_ingest_loses_nothing_committed_and_a_rerun_completes() {
    let dir = scratch("store-kill");
    let inputs = dir.join("many.jsonl");
    const N: usize = 1200;
    many_documents(&inputs, N);

    // The store an uninterrupted ingest makes.
    let whole = dir.join("whole.db");
    ingest(&[&inputs], &whole);

    let db = dir.join("killed.db");
    let mut child = rasid()
        .arg("ingest")
        .arg(&inputs)
        .arg("--db")
        .arg(&db)
        .args(["--threads", "1", "--batch", "100"])
        .stderr(Stdio::null())
        .spawn()
        .expect("rasid starts");
    // Killed once its first batch is committed.
    let started = Instant::now();
    let mut committed = 0;
    while committed == 0 && started.elapsed() < Duration::from_secs(120) {
        std::thread::sleep(Duration::from_millis(20));
        committed = db
            .exists()
            .then(|| Store::open(&db).and_then(|s| s.counts()).ok())
            .flatten()
            .map_or(0, |c| c.documents);
    }
    child.kill().expect("kill -9");
    let status = child.wait().expect("rasid ends");
    assert!(!status.success(), "the ingest ended before it was killed");

    let store = Store::open(&db).expect("the killed store opens");
    assert_eq!(store.integrity_check().expect("checks"), "ok");
    let kept = store.counts().expect("counts");
    assert!(kept.documents >= committed, "{kept:?} < {committed}");
    assert!(kept.documents < N as u64, "{kept:?}");
    // Documents come a batch at a time, each with every claim and report it has.
    assert_eq!(kept.documents % 100, 0, "{kept:?}");
    drop(store);

    let rerun = ingest(&[&inputs], &db);
    assert!(
        rerun.contains(&format!("{} already stored", kept.documents)),
        "{rerun}"
    );
    let done = Store::open(&db).expect("opens");
    assert_eq!(done.integrity_check().expect("checks"), "ok");
    let want = Store::open(&whole)
        .expect("opens")
        .counts()
        .expect("counts");
    assert_eq!(done.counts().expect("counts"), want);
    assert_eq!(want.documents, N as u64);
    assert_eq!(stored_incidents(&db), stored_incidents(&whole));
}

#[test]
fn export_reads_the_store_as_it_reads_an_analyze_folder() {
    let dir = scratch("export-from-store");
    let db = dir.join("rasid.db");
    ingest(&[&examples()], &db);
    let out = dir.join("analyzed");
    run(rasid()
        .arg("analyze")
        .arg(examples())
        .arg("--out")
        .arg(&out));
    for format in ["acled", "ucdp", "geojson", "jsonl", "csv"] {
        let from_store = run(rasid()
            .args(["export", "--format", format, "--db"])
            .arg(&db));
        let from_folder = run(rasid()
            .args(["export", "--format", format, "--from"])
            .arg(&out));
        // The same rows, whatever the timestamp column says.
        let rows = |text: &str| text.lines().count();
        assert_eq!(rows(&from_store), rows(&from_folder), "{format}");
        assert!(from_store.contains("inc-1"), "{format}: {from_store}");
    }
}

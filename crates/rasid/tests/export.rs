//! `rasid export` over a real run: the example articles analysed, then written in every
//! format; and the failures a user meets (no analyze folder, a broken line).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn rasid() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rasid"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn analyzed(name: &str) -> PathBuf {
    let out = scratch(name);
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles");
    let status = rasid()
        .arg("analyze")
        .arg(&examples)
        .arg("--out")
        .arg(&out)
        .status()
        .expect("rasid runs");
    assert!(status.success(), "rasid analyze failed");
    out
}

fn export(from: &Path, format: &str, extra: &[&str]) -> Vec<u8> {
    let out = rasid()
        .args(["export", "--format", format, "--from"])
        .arg(from)
        .args(extra)
        .output()
        .expect("rasid runs");
    assert!(
        out.status.success(),
        "rasid export --format {format}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn count_lines(path: &Path) -> usize {
    std::fs::read_to_string(path)
        .expect("an analyze output")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count()
}

#[test]
fn every_format_from_the_example_articles() {
    let dir = analyzed("export-examples");
    let incidents = count_lines(&dir.join("incidents.jsonl"));
    let claims = count_lines(&dir.join("claims.jsonl"));
    assert!(incidents > 0 && claims > 0);

    // ACLED: one row per incident, the codebook's columns, the seed assault a battle on
    // 20 January 2022 at al-Sina'a prison, known to the day and the place.
    let acled = export(&dir, "acled", &[]);
    let mut reader = csv::Reader::from_reader(acled.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, rasid_export::ACLED_COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(rows.len(), incidents);
    let col = |name: &str| header.iter().position(|h| h == name).expect("a column");
    let assault = rows
        .iter()
        .find(|r| &r[col("event_date")] == "2022-01-20")
        .expect("the 2022 assault");
    assert_eq!(
        [
            &assault[col("event_type")],
            &assault[col("time_precision")],
            &assault[col("geo_precision")],
            &assault[col("country")]
        ],
        ["Battles", "1", "1", "Syria"]
    );
    assert!(assault[col("fatalities")].parse::<u64>().expect("a number") > 0);

    // UCDP: low <= best <= high where high is bounded.
    let ucdp = export(&dir, "ucdp", &[]);
    let mut reader = csv::Reader::from_reader(ucdp.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, rasid_export::UCDP_COLUMNS);
    let at = |name: &str| header.iter().position(|h| h == name).expect("a column");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert!(!rows.is_empty(), "the assault has deaths");
    for r in &rows {
        let n = |c: &str| r[at(c)].parse::<u64>().ok();
        let (low, best) = (n("low").expect("low"), n("best").expect("best"));
        assert!(low <= best, "{r:?}");
        if let Some(high) = n("high") {
            assert!(best <= high, "{r:?}");
        }
    }

    // GeoJSON: a FeatureCollection, a feature per incident, points in lon, lat order.
    let geo: Value = serde_json::from_slice(&export(&dir, "geojson", &[])).expect("JSON");
    assert_eq!(geo["type"], "FeatureCollection");
    let features = geo["features"].as_array().expect("features");
    assert_eq!(features.len(), incidents);
    let point = &features[0]["geometry"]["coordinates"];
    let (lon, lat) = (
        point[0].as_f64().expect("lon"),
        point[1].as_f64().expect("lat"),
    );
    assert!(
        (40.0..41.0).contains(&lon) && (36.0..37.0).contains(&lat),
        "{point}"
    );

    // JSON Lines: every incident and every claim.
    let jsonl = export(&dir, "jsonl", &[]);
    assert_eq!(
        jsonl
            .split(|b| *b == b'\n')
            .filter(|l| !l.is_empty())
            .count(),
        incidents + claims
    );

    // Claims CSV with a BOM, written to a file: the Arabic evidence as the claims hold it.
    let file = dir.join("claims.csv");
    export(
        &dir,
        "csv",
        &["--bom", "--out", file.to_str().expect("a path")],
    );
    let bytes = std::fs::read(&file).expect("the file");
    let body = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("a byte order mark");
    let mut reader = csv::Reader::from_reader(body);
    let evidence: Vec<String> = reader
        .records()
        .map(|r| r.expect("a row")[31].to_owned())
        .collect();
    let claims_evidence: Vec<String> = std::fs::read_to_string(dir.join("claims.jsonl"))
        .expect("claims")
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("a claim");
            v["evidence"]["text"].as_str().expect("evidence").to_owned()
        })
        .collect();
    assert_eq!(evidence, claims_evidence);
    assert!(evidence.iter().any(|e| e.contains("سجن")));
}

#[test]
fn a_missing_folder_or_a_broken_line_is_a_clear_error() {
    let missing = scratch("export-missing");
    let out = rasid()
        .args(["export", "--format", "acled", "--from"])
        .arg(&missing)
        .output()
        .expect("rasid runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("documents.jsonl"));

    let dir = analyzed("export-broken");
    std::fs::write(dir.join("incidents.jsonl"), "{\"incident_id\": 3}\n").expect("write");
    let target = dir.join("out.csv");
    let out = rasid()
        .args(["export", "--format", "acled", "--from"])
        .arg(&dir)
        .arg("--out")
        .arg(&target)
        .output()
        .expect("rasid runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("incidents.jsonl:1"));
    assert!(!target.exists(), "nothing written on failure");
}

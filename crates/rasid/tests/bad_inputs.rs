//! `rasid analyze` over the bad-input corpus (`crates/ingest/tests/data/bad`, one small
//! broken file of every kind) plus 1 GB files made here (sparse, never committed) and a
//! few good files: it succeeds, names every bad file once with a clear reason, reads
//! every good one, and writes the good ones' claims.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn data(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../ingest/tests/data")
        .join(kind)
}

fn lines(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON value per line"))
        .collect()
}

#[test]
fn every_bad_input_is_named_once_and_the_good_ones_are_analysed() {
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bad-inputs");
    let _ = std::fs::remove_dir_all(&scratch);
    let huge_dir = scratch.join("huge");
    std::fs::create_dir_all(&huge_dir).expect("scratch folder");
    // 1 GB each, sparse: nothing is written to disk, and nothing may be read whole.
    let mut huge = Vec::new();
    for name in ["huge.txt", "huge.html", "huge.warc", "huge.rss"] {
        let path = huge_dir.join(name);
        let file = std::fs::File::create(&path).expect("create");
        file.set_len(1 << 30).expect("sparse 1 GB");
        huge.push(path);
    }
    let bad: Vec<PathBuf> = std::fs::read_dir(data("bad"))
        .expect("bad corpus")
        .map(|e| e.expect("entry").path())
        .collect();
    assert!(bad.len() >= 30, "the corpus has {} files", bad.len());
    let good = [
        data("good/aleppo-1256.html"),
        data("good/crawl.warc.gz"),
        data("good/annahar.rss"),
    ];
    let out = scratch.join("out");
    let output = Command::new(env!("CARGO_BIN_EXE_rasid"))
        .arg("analyze")
        .arg(data("bad"))
        .args(&huge)
        .args(&good)
        .arg("--out")
        .arg(&out)
        .output()
        .expect("rasid runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let skipped: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("rasid: skipped: "))
        .collect();
    for path in bad.iter().chain(&huge) {
        let shown = path.display().to_string();
        let naming: Vec<&&str> = skipped
            .iter()
            .filter(|l| {
                l.strip_prefix(shown.as_str())
                    .is_some_and(|rest| rest.starts_with([':', '#']))
            })
            .collect();
        assert_eq!(naming.len(), 1, "{shown}: {naming:?}\n{stderr}");
        // A reason after the name, not just the name.
        let reason = naming[0].get(shown.len()..).unwrap_or_default();
        assert!(reason.len() > 6, "{shown}: no reason in {reason:?}");
    }
    assert_eq!(skipped.len(), bad.len() + huge.len(), "{stderr}");
    let total = bad.len() + huge.len();
    assert!(
        stderr.contains(&format!("{total} inputs skipped")),
        "{stderr}"
    );
    for (path, reason) in [
        (&huge[0], "1073741824 bytes, over the 268435456-byte limit"),
        (&huge[2], "header line over 64 KB"),
    ] {
        let line = format!("{}: ", path.display());
        assert!(
            skipped
                .iter()
                .any(|l| l.starts_with(&line) && l.contains(reason)),
            "{line}{reason}\n{stderr}"
        );
    }

    let documents: BTreeSet<String> = lines(&out.join("documents.jsonl"))
        .iter()
        .map(|d| d["doc_id"].as_str().unwrap_or_default().to_string())
        .collect();
    let expected: BTreeSet<String> = [
        "aleppo-1256",
        "aleppo",
        "car-bomb",
        "aleppo-strike",
        "idlib-shelling",
    ]
    .into_iter()
    .map(str::to_string)
    .collect();
    assert_eq!(documents, expected);
    let with_claims: BTreeSet<String> = lines(&out.join("claims.jsonl"))
        .iter()
        .map(|c| c["doc_id"].as_str().unwrap_or_default().to_string())
        .collect();
    for doc in ["aleppo-1256", "aleppo", "car-bomb", "aleppo-strike"] {
        assert!(
            with_claims.contains(doc),
            "no claim of {doc}: {with_claims:?}"
        );
    }
}

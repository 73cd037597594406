//! `rasid analyze`'s contract (SPEC.md): the three files, every claim's evidence pointing
//! at real bytes of its document, the same bytes on every run and thread count, and a
//! clear failure, with nothing written, when no input is usable.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn rasid() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rasid"))
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles")
}

/// A fresh folder under the target directory for one test's output.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn analyze(inputs: &[&Path], out: &Path, threads: usize) {
    let status = rasid()
        .arg("analyze")
        .args(inputs)
        .arg("--out")
        .arg(out)
        .arg("--threads")
        .arg(threads.to_string())
        .status()
        .expect("rasid runs");
    assert!(status.success(), "rasid analyze failed");
}

fn lines(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON value per line"))
        .collect()
}

#[test]
fn evidence_is_the_documents_own_bytes_over_a_whole_run() {
    let out = scratch("analyze-evidence");
    let inputs = examples();
    analyze(&[&inputs], &out, 2);
    let documents = lines(&out.join("documents.jsonl"));
    assert_eq!(documents.len(), 2, "{documents:?}");
    let claims = lines(&out.join("claims.jsonl"));
    assert!(!claims.is_empty(), "the example articles state figures");
    for claim in &claims {
        let doc = claim["doc_id"].as_str().expect("doc_id");
        let text = std::fs::read_to_string(inputs.join(format!("{doc}.txt"))).expect("input");
        let e = &claim["evidence"];
        let (start, end) = (
            e["start"].as_u64().expect("start") as usize,
            e["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(
            text.get(start..end),
            e["text"].as_str(),
            "{}",
            claim["claim_id"]
        );
        for field in ["measure", "unit", "actor", "hedge"] {
            assert!(claim[field].is_string(), "{field} in {claim}");
        }
    }
    let incidents = lines(&out.join("incidents.jsonl"));
    for incident in &incidents {
        for id in incident["claims"].as_array().expect("claims") {
            assert!(claims.iter().any(|c| c["claim_id"] == *id), "{id}");
        }
    }
}

#[test]
fn the_same_input_gives_the_same_bytes_on_one_thread_or_two() {
    let one = scratch("analyze-one");
    let two = scratch("analyze-two");
    analyze(&[&examples()], &one, 1);
    analyze(&[&examples()], &two, 2);
    for name in ["documents.jsonl", "claims.jsonl", "incidents.jsonl"] {
        let a = std::fs::read(one.join(name)).expect("first run");
        let b = std::fs::read(two.join(name)).expect("second run");
        assert!(a == b, "{name} differs between runs");
    }
}

#[test]
fn no_usable_input_fails_clearly_and_writes_nothing() {
    let out = scratch("analyze-nothing");
    let missing = scratch("analyze-missing-input").join("none.txt");
    let result = rasid()
        .arg("analyze")
        .arg(&missing)
        .arg("--out")
        .arg(&out)
        .output()
        .expect("rasid runs");
    assert!(!result.status.success());
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.contains("none.txt"), "names the input: {stderr}");
    assert!(!out.join("claims.jsonl").exists());
}

#[test]
fn a_recalled_event_is_its_own_incident_and_a_capacity_belongs_to_none() {
    let dir = scratch("analyze-episodes");
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let input = dir.join("docs.jsonl");
    let doc = serde_json::json!({
        "id": "report",
        "published": "2015-08-05T10:00:00",
        "text": "قتل 7 من عناصر الشرطة أمس في هجوم على سجن المدينة. \
            ويضم السجن نحو 2000 سجين. \
            وكان التنظيم قد هاجم السجن نفسه عام 2012 وقتل فيه 30 حارسا.",
    });
    std::fs::write(&input, format!("{doc}\n")).expect("input written");
    let out = dir.join("out");
    analyze(&[&input], &out, 1);
    let claims = lines(&out.join("claims.jsonl"));
    let incidents = lines(&out.join("incidents.jsonl"));
    let by_low = |low: u64| {
        claims
            .iter()
            .find(|c| c["value"]["low"].as_u64() == Some(low))
            .unwrap_or_else(|| panic!("no claim of {low}: {claims:#?}"))
    };
    let (today, held, recalled) = (by_low(7), by_low(2000), by_low(30));
    assert_eq!(today["incident_id"], "inc-1");
    assert_eq!(today["time"]["start"], "2015-08-04");
    assert_eq!(today["time"]["precision"], "day");
    assert_eq!(today["time"]["text"], "أمس");
    assert!(held["incident_id"].is_null(), "{held:#?}");
    assert_eq!(recalled["incident_id"], "inc-2");
    assert_eq!(recalled["time"]["start"], "2012");
    assert_eq!(incidents.len(), 2, "{incidents:#?}");
    assert_eq!(incidents[0]["start"]["date"], "2015-08-04");
    assert_eq!(incidents[1]["start"]["date"], "2012");
    assert_eq!(incidents[1]["start"]["precision"], "year");
}

#[test]
fn a_date_whose_month_names_disagree_is_a_contradiction_of_its_incident() {
    let dir = scratch("analyze-month-names");
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let input = dir.join("report.txt");
    std::fs::write(
        &input,
        "قتل 6 أشخاص في 14 شباط/مارس 2016 بتفجير في السوق.\n",
    )
    .expect("input written");
    let out = dir.join("out");
    analyze(&[&input], &out, 1);
    let incidents = lines(&out.join("incidents.jsonl"));
    assert_eq!(incidents.len(), 1, "{incidents:#?}");
    let contradictions = incidents[0]["contradictions"].as_array().expect("a list");
    assert_eq!(contradictions.len(), 1, "{incidents:#?}");
    assert_eq!(contradictions[0]["measure"], "date");
    assert_eq!(contradictions[0]["claims"][0], "report#1");
}

#[test]
fn an_english_report_joins_the_arabic_reports_of_its_event() {
    // A short English report of the 2022 assault, written for this test: the speaker's
    // "their fighters", the facility named only in the lead, an SDF toll that agrees
    // with the Arabic 117 and a monitor's that does not.
    let dir = scratch("analyze-english");
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let english = dir.join("en_report.txt");
    std::fs::write(
        &english,
        "Islamic State fighters attacked the Ghwayran prison in the Syrian city of Hasakah \
         on the evening of January 20, 2022, detonating a car bomb at the gate.\n\n\
         The Syrian Democratic Forces said 117 of their fighters and guards were killed \
         before they retook the prison.\n\n\
         According to the Syrian Observatory for Human Rights, about 370 people died in the \
         fighting, including 260 Islamic State members.\n\n\
         Kurdish officials said dozens of prisoners escaped.\n",
    )
    .expect("input written");
    let out = dir.join("out");
    analyze(&[&examples(), &english], &out, 2);
    let claims = lines(&out.join("claims.jsonl"));
    let incidents = lines(&out.join("incidents.jsonl"));
    let sdf = claims
        .iter()
        .find(|c| c["doc_id"] == "en_report" && c["value"]["low"].as_u64() == Some(117))
        .unwrap_or_else(|| panic!("no English claim of 117: {claims:#?}"));
    assert_eq!(sdf["measure"], "killed");
    assert_eq!(
        sdf["actor"], "SDF",
        "their fighters are the speaker's: {sdf:#?}"
    );
    let of_english = sdf["incident_id"].as_str().expect("linked");
    let incident = incidents
        .iter()
        .find(|i| i["incident_id"] == of_english)
        .expect("its incident");
    let documents = incident["documents"].as_array().expect("documents");
    for doc in ["000_c2e5c5aa21498906", "004_1a49d70bedb94837", "en_report"] {
        assert!(documents.iter().any(|d| d == doc), "{doc}: {incident:#?}");
    }
    assert_eq!(incident["start"]["date"], "2022-01-20T18:00");
    // Nine days by one Arabic report: the battle ends on 29 January.
    assert_eq!(incident["end"]["date"], "2022-01-29");
}

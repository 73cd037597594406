//! The probe commands' contract: one JSON line per input line, byte offsets that point at
//! the input, the documented fields. Outside suites evaluate rasid through these.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

fn rasid() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rasid"))
}

/// Runs `rasid ARGS` with `stdin`, returning stdout lines parsed as JSON.
fn run(args: &[&str], stdin: &str) -> Vec<Value> {
    let mut child = rasid()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rasid starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("rasid runs");
    assert!(
        out.status.success(),
        "rasid {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON value per line"))
        .collect()
}

/// Every found item's `text` is exactly the input's bytes between `start` and `end`.
fn assert_offsets(line: &Value) {
    let input = line["input"].as_str().expect("input");
    for item in line["found"].as_array().expect("found") {
        let start = item["start"].as_u64().expect("start") as usize;
        let end = item["end"].as_u64().expect("end") as usize;
        assert_eq!(&input[start..end], item["text"].as_str().expect("text"));
    }
}

#[test]
fn numbers_one_line_per_input_line() {
    let input = "قتل قرابة 140 عنصراً\nفرّ أكثر من ١٠٠ معتقل\n\nno numbers here\nمقتل العشرات\n";
    let lines = run(&["parse", "numbers"], input);
    assert_eq!(
        lines.len(),
        5,
        "one output line per input line, empty ones too"
    );
    for line in &lines {
        assert_offsets(line);
    }
    let first = &lines[0]["found"][0];
    assert_eq!(first["text"], "قرابة 140");
    assert_eq!(first["value"], 140);
    assert_eq!(first["approx"], true);
    let second = &lines[1]["found"][0];
    assert_eq!(second["value"], Value::Null);
    assert_eq!(second["low"], 101);
    assert_eq!(second["high"], Value::Null);
    assert_eq!(lines[2]["found"].as_array().map(Vec::len), Some(0));
    assert_eq!(lines[3]["found"].as_array().map(Vec::len), Some(0));
    assert_eq!(lines[4]["found"][0]["vague"], "dozens");
}

#[test]
fn numbers_leave_out_non_counts_unless_all() {
    let text = "اتصل على 0501234567 عام 2019";
    let counts = run(&["parse", "numbers", text], "");
    assert_eq!(counts[0]["found"].as_array().map(Vec::len), Some(0));
    let all = run(&["parse", "numbers", "--all", text], "");
    let kinds: Vec<&str> = all[0]["found"]
        .as_array()
        .expect("found")
        .iter()
        .filter_map(|i| i["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"year"), "{kinds:?}");
    assert!(kinds.contains(&"identifier"), "{kinds:?}");
}

#[test]
fn time_resolves_against_the_reference_and_flags_disagreeing_months() {
    let lines = run(
        &["parse", "time", "--reference", "2024-01-16T12:00:00"],
        "مساء الـ20 من كانون الثاني/ديسمبر من عام 2022\nأمس\nاستمر الهجوم تسعة أيام\n",
    );
    assert_eq!(lines.len(), 3);
    for line in &lines {
        assert_offsets(line);
    }
    let date = &lines[0]["found"][0];
    assert_eq!(date["kind"], "instant");
    assert!(date["value"]["start"]
        .as_str()
        .is_some_and(|s| s.starts_with("2022-01-20")));
    assert_eq!(date["flags"][0], "month_names_disagree");
    let yesterday = &lines[1]["found"][0];
    assert_eq!(yesterday["value"]["start"], "2024-01-15T00:00:00");
    assert_eq!(yesterday["value"]["end"], "2024-01-16T00:00:00");
    assert_eq!(yesterday["precision"], "day");
    let duration = &lines[2]["found"][0];
    assert_eq!(duration["kind"], "duration");
    assert_eq!(duration["duration"]["value"], 9);
    assert_eq!(duration["duration"]["unit"], "days");
}

#[test]
fn a_weekday_without_reference_is_never_guessed() {
    let lines = run(&["parse", "time", "يوم الثلاثاء الساعة 07:30 صباحاً"], "");
    for item in lines[0]["found"].as_array().expect("found") {
        if item["kind"] == "instant" {
            assert_eq!(item["value"]["start"], Value::Null, "{item}");
        }
    }
}

#[test]
fn files_reads_the_bundled_articles() {
    let articles = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/articles");
    let lines = run(&["parse", "files", articles], "");
    assert!(lines.len() > 5, "sentences with figures in the examples");
    for line in &lines {
        assert_eq!(line["language"], "ar");
        let sentence = &line["sentence"];
        let path = line["file"].as_str().expect("file");
        let bytes = std::fs::read(path).expect("article");
        let text = std::str::from_utf8(&bytes).expect("UTF-8");
        let start = sentence["start"].as_u64().expect("start") as usize;
        let end = sentence["end"].as_u64().expect("end") as usize;
        assert_eq!(&text[start..end], sentence["text"].as_str().expect("text"));
    }
    let all: String = lines.iter().map(|l| l.to_string()).collect();
    assert!(all.contains("ألف وخمسمائة"), "a figure in words is found");
    assert!(
        all.contains("month_names_disagree"),
        "the January/December slip"
    );
}

#[test]
fn unreadable_input_is_named_and_fails() {
    let dir = std::env::temp_dir().join(format!("rasid-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("latin1.txt");
    std::fs::write(&bad, b"caf\xe9 \xff\xfe binary").expect("write");
    let out = rasid()
        .args(["parse", "files"])
        .arg(&bad)
        .output()
        .expect("rasid runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("latin1.txt"), "{stderr}");
    let missing = rasid()
        .args(["parse", "files", "/nonexistent/rasid/input.txt"])
        .output()
        .expect("rasid runs");
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/rasid/input.txt"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn entities_name_places_actors_and_events_with_original_offsets() {
    let input = "قُتل 40 من المقاتلين و117 من قوات قسد في هجوم لداعش على سجن الصناعة، وفرّ بعضهم بالحسكة\n\nISIS fighters attacked Raqqa.\n";
    let lines = run(&["parse", "entities"], input);
    assert_eq!(lines.len(), 3, "one output line per input line");
    for line in &lines {
        assert_offsets(line);
    }
    let ids = |line: &Value| -> Vec<(String, String)> {
        line["found"]
            .as_array()
            .expect("found")
            .iter()
            .map(|f| {
                (
                    f["kind"].as_str().expect("kind").to_owned(),
                    f["id"].as_str().expect("id").to_owned(),
                )
            })
            .collect()
    };
    let first = ids(&lines[0]);
    for (kind, id) in [
        ("member", "fighter"),
        ("actor", "SDF"),
        ("actor", "ISIS"),
        ("facility", "sinaa-prison"),
    ] {
        assert!(
            first.contains(&(kind.to_owned(), id.to_owned())),
            "{kind} {id} in {first:?}"
        );
    }
    let hasakah = lines[0]["found"]
        .as_array()
        .expect("found")
        .iter()
        .find(|f| f["text"] == "بالحسكة")
        .expect("بالحسكة found with its proclitic");
    assert_eq!(hasakah["kind"], "place");
    assert_eq!(hasakah["country"], "SY");
    assert!(hasakah["lat"]
        .as_f64()
        .is_some_and(|lat| (36.0..37.0).contains(&lat)));
    assert!(lines[1]["found"].as_array().expect("found").is_empty());
    let english = ids(&lines[2]);
    assert!(
        english.contains(&("actor".to_owned(), "ISIS".to_owned())),
        "{english:?}"
    );
    assert!(english.iter().any(|(k, _)| k == "place"), "{english:?}");
}

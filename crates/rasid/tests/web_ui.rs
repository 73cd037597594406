//! The web UI end to end: a store of examples/articles, `rasid serve` on a free loopback
//! port, and web/e2e/run.mjs driving Debian's headless chromium through playwright-core
//! (map, the 2022 incident opened from its marker, highlighted evidence equal to each
//! claim's evidence text, Arabic, the facility page, the phone layout, the first load).
//! Screenshots and summary.json land in `target/e2e-artifacts/`.
//!
//! Needs /usr/bin/chromium (or `RASID_CHROMIUM`), node and web/node_modules (`npm ci` in
//! web/). Without them the test says so and passes, except under `CI=true`, where it fails.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// What is missing to run the browser, if anything.
fn missing_tools(chromium: &Path) -> Option<String> {
    if !chromium.exists() {
        return Some(format!(
            "{} is absent (apt-get install -y chromium)",
            chromium.display()
        ));
    }
    if Command::new("node")
        .arg("--version")
        .output()
        .map_or(true, |out| !out.status.success())
    {
        return Some("node is absent (apt-get install -y nodejs npm)".into());
    }
    if !repository()
        .join("web/node_modules/playwright-core")
        .exists()
    {
        return Some("web/node_modules/playwright-core is absent (cd web && npm ci)".into());
    }
    None
}

/// `rasid serve`, killed when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The first `http://127.0.0.1:PORT` in a line, without trailing punctuation.
fn url_in(line: &str) -> Option<String> {
    let at = line.find("http://127.0.0.1:")?;
    let rest = &line[at..];
    let end = rest[17..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(rest.len(), |i| 17 + i);
    (end > 17).then(|| rest[..end].to_string())
}

/// Starts the server on a free port and returns it with the URL it printed.
fn serve(db: &Path) -> (Server, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rasid"))
        .args(["serve", "--addr", "127.0.0.1:0", "--db"])
        .arg(db)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rasid serve starts");
    let (sender, receiver) = mpsc::channel();
    for stream in [
        child
            .stdout
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
        child
            .stderr
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
    ]
    .into_iter()
    .flatten()
    {
        let sender = sender.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                eprintln!("rasid serve: {line}");
                if let Some(url) = url_in(&line) {
                    let _ = sender.send(url);
                }
            }
        });
    }
    let server = Server(child);
    let url = receiver
        .recv_timeout(Duration::from_secs(60))
        .expect("rasid serve prints its http://127.0.0.1:PORT address within a minute");
    (server, url)
}

#[test]
fn the_url_is_read_from_what_serve_prints() {
    for (line, url) in [
        (
            "rasid: serving http://127.0.0.1:43117 (read-only)",
            Some("http://127.0.0.1:43117"),
        ),
        (
            "listening on http://127.0.0.1:8080/",
            Some("http://127.0.0.1:8080"),
        ),
        ("http://127.0.0.1:", None),
        ("nothing here", None),
    ] {
        assert_eq!(url_in(line).as_deref(), url, "{line}");
    }
}

#[test]
fn the_ui_shows_the_2022_incident_with_its_evidence_in_chromium() {
    let chromium = std::env::var_os("RASID_CHROMIUM")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    if let Some(missing) = missing_tools(&chromium) {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "the UI end-to-end test cannot run under CI: {missing}"
        );
        eprintln!("skipping the UI end-to-end test: {missing}");
        return;
    }
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("web-ui-e2e");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).expect("scratch folder");
    let db = scratch.join("store.db");
    let ingest = Command::new(env!("CARGO_BIN_EXE_rasid"))
        .arg("ingest")
        .arg(repository().join("examples/articles"))
        .arg("--db")
        .arg(&db)
        .output()
        .expect("rasid ingest runs");
    assert!(
        ingest.status.success(),
        "rasid ingest failed: {}",
        String::from_utf8_lossy(&ingest.stderr)
    );

    let (_server, url) = serve(&db);
    let artifacts = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../e2e-artifacts");
    let output = Command::new("node")
        .arg(repository().join("web/e2e/run.mjs"))
        .arg("--url")
        .arg(&url)
        .arg("--artifacts")
        .arg(&artifacts)
        .arg("--chromium")
        .arg(&chromium)
        .args(["--runs", "5"])
        .current_dir(repository().join("web"))
        .output()
        .expect("node runs the end-to-end script");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    println!("{stdout}");
    eprintln!("{stderr}");
    assert!(
        output.status.success(),
        "the UI end-to-end checks failed (screenshots in {}):\n{stderr}",
        artifacts.display()
    );
    assert!(
        stdout.contains("clicking the marker opened"),
        "the script reported no marker click:\n{stdout}"
    );
}

//! `rasid serve` against a store of the reference articles, over loopback: every route,
//! its filters and pages, errors as JSON with the right status, evidence offsets that
//! index the served text, injection-shaped input that is only ever data, and documents
//! added with the token.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

fn rasid() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rasid"))
}

/// A store of examples/articles in a fresh folder.
fn store(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a folder");
    let db = dir.join("rasid.db");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/articles");
    let status = rasid()
        .arg("ingest")
        .arg(examples)
        .arg("--db")
        .arg(&db)
        .stderr(Stdio::null())
        .status()
        .expect("rasid runs");
    assert!(status.success(), "rasid ingest failed");
    db
}

/// A running `rasid serve`, stopped when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(db: &Path, token_file: Option<&Path>) -> Server {
        let mut cmd = rasid();
        cmd.arg("serve")
            .arg("--db")
            .arg(db)
            .arg("--addr")
            .arg("127.0.0.1:0")
            .env_remove("RASID_TOKEN")
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        if let Some(file) = token_file {
            cmd.arg("--token-file").arg(file);
        }
        let mut child = cmd.spawn().expect("rasid serve starts");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("its output");
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("it says where it listens");
        let addr = line
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("no URL in {line:?}"))
            .to_owned();
        Server { child, addr }
    }

    /// One request; gives the status, the headers (lower-case names) and the body.
    fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Answer {
        let mut stream = TcpStream::connect(&self.addr).expect("connects");
        let mut head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.addr,
            body.len()
        );
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).expect("writes");
        // A server that refuses a body early may close before it is all sent.
        let _ = stream.write_all(body);
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw);
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a complete answer");
        let head = String::from_utf8_lossy(&raw[..split]).to_string();
        let mut lines = head.lines();
        let status: u16 = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .expect("a status");
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_lowercase(), v.trim().to_owned()))
            .collect();
        Answer {
            status,
            headers,
            body: raw[split + 4..].to_vec(),
        }
    }

    fn get(&self, path: &str) -> Answer {
        self.request("GET", path, &[], b"")
    }

    /// A GET that must answer 200 with JSON.
    fn json(&self, path: &str) -> Value {
        let answer = self.get(path);
        assert_eq!(answer.status, 200, "{path}: {}", answer.text());
        answer.json()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Answer {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).to_string()
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.text()))
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// An error as the API gives them: JSON with a message.
    fn error(&self) -> String {
        assert_eq!(
            self.header("content-type"),
            Some("application/json"),
            "{}",
            self.text()
        );
        self.json()["error"]
            .as_str()
            .unwrap_or_else(|| panic!("no message in {}", self.text()))
            .to_owned()
    }
}

/// Request headers: (name, value).
type Headers<'a> = &'a [(&'a str, &'a str)];

fn ids(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["incident_id"].as_str().expect("an id").to_owned())
        .collect()
}

#[test]
fn every_route_reads_the_reference_store() {
    let db = store("serve-read");
    let server = Server::start(&db, None);

    let stats = server.json("/api/stats");
    assert_eq!(stats["documents"], 2);
    assert_eq!(stats["incidents"], 3);
    let claims_in_store = stats["claims"].as_u64().expect("claims");
    assert!(claims_in_store > 0);

    // Incidents: filters and pages. (query, total, ids in order)
    let everything = server.json("/api/incidents");
    assert_eq!(everything["total"], 3);
    assert_eq!(everything["limit"], 100);
    assert_eq!(
        ids(&everything),
        ["inc-2", "inc-1", "inc-3"],
        "by start date, undated last"
    );
    let cases: &[(&str, u64, &[&str])] = &[
        ("limit=1", 3, &["inc-2"]),
        ("limit=1&offset=1", 3, &["inc-1"]),
        ("limit=2&offset=2", 3, &["inc-3"]),
        ("offset=9", 3, &[]),
        ("since=2020", 2, &["inc-1", "inc-3"]),
        // The rocket strike is a window that starts on 20 January 2023.
        ("since=2023", 1, &["inc-3"]),
        ("since=2022-01-20&until=2022-01", 1, &["inc-1"]),
        ("until=2016", 1, &["inc-2"]),
        ("bbox=40.5,36.3,41,36.6", 3, &["inc-2", "inc-1", "inc-3"]),
        ("bbox=0,0,1,1", 0, &[]),
        ("bbox=170,-90,-170,90", 0, &[]),
        ("governorate=al-hasakah", 3, &["inc-2", "inc-1", "inc-3"]),
        ("governorate=Aleppo", 0, &[]),
        ("actor=SDF", 1, &["inc-1"]),
        ("actor=CIVILIANS&type=attack", 1, &["inc-1"]),
        ("type=attempted_escape&limit=2", 3, &["inc-2", "inc-1"]),
        ("type=earthquake", 0, &[]),
        (
            "q=%D8%BA%D9%88%D9%8A%D8%B1%D8%A7%D9%86",
            3,
            &["inc-2", "inc-1", "inc-3"],
        ),
        ("q=zzzqqq", 0, &[]),
        // Injection-shaped values are only ever data.
        ("actor=ISIS%27%20OR%20%271%27%3D%271", 0, &[]),
        ("q=%22%20OR%20%221%22%3D%221", 0, &[]),
        ("q=%27%3B%20DROP%20TABLE%20incidents%3B%20--", 0, &[]),
        ("governorate=%27)%20OR%201%3D1%20--", 0, &[]),
        (
            "type=x%22%20UNION%20SELECT%20record%20FROM%20claims%20--",
            0,
            &[],
        ),
    ];
    for (query, total, want) in cases {
        let page = server.json(&format!("/api/incidents?{query}"));
        assert_eq!(page["total"], *total, "{query}");
        assert_eq!(ids(&page), *want, "{query}");
    }
    // Nothing was dropped by the injection-shaped queries.
    assert_eq!(server.json("/api/stats"), stats);

    // One incident: the 2022 assault with its five contradictions.
    let detail = server.json("/api/incidents/inc-1");
    assert_eq!(detail["incident"]["incident_id"], "inc-1");
    assert_eq!(
        detail["incident"]["contradictions"]
            .as_array()
            .expect("contradictions")
            .len(),
        5
    );
    let claims = detail["claims"].as_array().expect("claims").clone();
    assert!(!claims.is_empty());
    assert!(claims.iter().all(|c| c["incident_id"] == "inc-1"));
    assert_eq!(
        detail["by_source"].as_array().expect("by source").len(),
        claims.len()
    );
    let docs: Vec<&str> = detail["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .filter_map(|d| d["doc_id"].as_str())
        .collect();
    assert_eq!(docs, ["000_c2e5c5aa21498906", "004_1a49d70bedb94837"]);
    let dates: Vec<&str> = detail["over_time"]
        .as_array()
        .expect("over time")
        .iter()
        .filter_map(|p| p["date"].as_str())
        .collect();
    assert!(!dates.is_empty());
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");

    // Every claim's evidence is the bytes it points at in the served text.
    for c in &claims {
        let id = c["claim_id"].as_str().expect("an id");
        let got = server.json(&format!("/api/claims/{}", id.replace('#', "%23")));
        assert_eq!(got["claim"]["claim_id"], id);
        let text = got["text"].as_str().expect("the document's text");
        let (start, end) = (
            got["claim"]["evidence"]["start"].as_u64().expect("start") as usize,
            got["claim"]["evidence"]["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(
            text.as_bytes().get(start..end),
            got["claim"]["evidence"]["text"].as_str().map(str::as_bytes),
            "{id}"
        );
        assert_eq!(got["document"]["doc_id"], c["doc_id"]);
    }

    // Documents: a page, one with its text and claims.
    let page = server.json("/api/documents?limit=1&offset=1");
    assert_eq!(
        (page["total"].as_u64(), page["limit"].as_u64()),
        (Some(2), Some(1))
    );
    let doc_id = page["items"][0]["doc_id"]
        .as_str()
        .expect("an id")
        .to_owned();
    let doc = server.json(&format!("/api/documents/{doc_id}"));
    let on_disk = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../examples/articles")
            .join(format!("{doc_id}.txt")),
    )
    .expect("the article");
    assert_eq!(doc["text"].as_str(), Some(on_disk.as_str()));
    let doc_claims = doc["claims"].as_array().expect("claims");
    assert!(!doc_claims.is_empty());
    assert!(doc_claims.iter().all(|c| c["doc_id"] == doc_id.as_str()));

    // Facilities: the list and one, with its aliases, incidents and series.
    let facilities = server.json("/api/facilities");
    let first = &facilities[0];
    assert_eq!(first["facility"]["id"], "sinaa-prison");
    // The 2022 assault, the 2016 attempt it recalls and the later rocket strike.
    assert_eq!(first["incidents"], 3);
    assert!(first["facility"]["aliases_ar"]
        .as_array()
        .is_some_and(|a| !a.is_empty()));
    let sinaa = server.json("/api/facilities/sinaa-prison");
    assert_eq!(sinaa["incidents"].as_array().map(Vec::len), Some(3));
    let series = sinaa["series"].as_array().expect("series");
    assert!(
        !series.is_empty(),
        "the held population of the 2022 article"
    );
    for point in series {
        assert!(["capacity", "detained"].contains(&point["measure"].as_str().unwrap_or("")));
        assert!(point["date"].is_string());
    }

    // Search.
    let hits = server.json("/api/search?q=%D8%BA%D9%88%D9%8A%D8%B1%D8%A7%D9%86&limit=5");
    assert_eq!(hits.as_array().map(Vec::len), Some(2));
    assert!(hits[0]["snippet"].as_str().is_some_and(|s| s.contains('[')));

    // The OpenAPI document names every route.
    let api = server.json("/openapi.json");
    for path in [
        "/api/stats",
        "/api/incidents",
        "/api/incidents/{id}",
        "/api/claims/{id}",
        "/api/documents",
        "/api/documents/{id}",
        "/api/facilities",
        "/api/facilities/{id}",
        "/api/search",
        "/openapi.json",
        "/",
        "/assets/{path}",
        "/geo/{path}",
    ] {
        assert!(
            api["paths"][path].is_object(),
            "{path} is not in the OpenAPI document"
        );
    }
    assert!(api["paths"]["/api/documents"]["post"].is_object());
}

#[test]
fn errors_are_json_with_their_status() {
    let db = store("serve-errors");
    let server = Server::start(&db, None);
    // (method, path, status, words the message holds)
    let cases = [
        ("GET", "/api/incidents/inc-999", 404, "inc-999"),
        (
            "GET",
            "/api/incidents/inc-1%27%20OR%20%271%27%3D%271",
            404,
            "no incident",
        ),
        ("GET", "/api/claims/nope%231", 404, "no claim"),
        ("GET", "/api/documents/nope", 404, "no document"),
        ("GET", "/api/facilities/nope", 404, "no facility"),
        ("GET", "/api/nothing", 404, "nothing at"),
        ("GET", "/assets/app.js", 404, "nothing at"),
        ("GET", "/geo/nowhere.json", 404, "nothing at"),
        ("GET", "/api/incidents?limit=ten", 400, "limit"),
        ("GET", "/api/incidents?limit=5001", 400, "5000"),
        ("GET", "/api/incidents?offset=-1", 400, "offset"),
        ("GET", "/api/incidents?bbox=1,2,3", 400, "bbox"),
        ("GET", "/api/incidents?since=yesterday", 400, "since"),
        ("GET", "/api/documents?limit=x", 400, "limit"),
        ("GET", "/api/search", 400, "q"),
        ("POST", "/api/documents", 405, "read-only"),
        ("DELETE", "/api/stats", 405, "method not allowed"),
        ("PUT", "/api/incidents/inc-1", 405, "method not allowed"),
    ];
    for (method, path, status, words) in cases {
        let answer = server.request(method, path, &[], b"{\"text\":\"x\"}");
        assert_eq!(answer.status, status, "{method} {path}: {}", answer.text());
        let message = answer.error();
        assert!(message.contains(words), "{method} {path}: {message:?}");
    }
}

#[test]
fn the_web_ui_and_its_map_layers_are_served() {
    let db = store("serve-web-ui");
    let server = Server::start(&db, None);
    let page = server.request("GET", "/", &[], b"");
    assert_eq!(page.status, 200, "{}", page.text());
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let html = page.text();
    assert!(html.starts_with("<!doctype html>"), "{html}");
    // Every script and stylesheet the page names, and both map layers, are served.
    let mut paths: Vec<&str> = html
        .split('"')
        .filter(|part| part.starts_with("/assets/"))
        .collect();
    assert_eq!(paths.len(), 2, "{html}");
    paths.extend(["/geo/countries.json", "/geo/admin.json"]);
    for path in paths {
        let answer = server.request("GET", path, &[], b"");
        assert_eq!(answer.status, 200, "{path}");
        assert!(!answer.body.is_empty(), "{path}");
        let expected = rasid_webui_content_type(path);
        assert_eq!(answer.header("content-type"), Some(expected), "{path}");
        // Hashed scripts and styles are kept by browsers for good; the map layers are
        // asked again.
        let caching = if path.starts_with("/assets/") {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        assert_eq!(answer.header("cache-control"), Some(caching), "{path}");
    }
    assert_eq!(page.header("cache-control"), Some("no-cache"));
    let admin = server.json("/geo/admin.json");
    assert_eq!(admin["type"], "Topology");
}

/// What the UI's files are served as.
fn rasid_webui_content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, extension)| extension) {
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        _ => "application/json",
    }
}

#[test]
fn documents_are_added_only_with_the_token() {
    let db = store("serve-write");
    let token_file = db.with_file_name("token");
    std::fs::write(&token_file, "s3cret-token\n").expect("writes the token");
    let server = Server::start(&db, Some(&token_file));
    let text = "قتل خمسة مدنيين وأصيب عشرة آخرون في قصف استهدف مدينة الحسكة يوم الثلاثاء.";
    let body =
        json!({"text": text, "title": "قصف على الحسكة", "published": "2022-02-01"}).to_string();
    let auth = [("Authorization", "Bearer s3cret-token")];
    // (headers, body, status)
    let refused: [(Headers, Vec<u8>, u16); 5] = [
        (&[], body.clone().into_bytes(), 401),
        (
            &[("Authorization", "Bearer wrong")],
            body.clone().into_bytes(),
            401,
        ),
        (&auth, b"not json".to_vec(), 400),
        (&auth, br#"{"text": "  "}"#.to_vec(), 400),
        (&auth, vec![b' '; 4 * 1024 * 1024 + 1], 413),
    ];
    for (headers, body, status) in refused {
        let answer = server.request("POST", "/api/documents", headers, &body);
        assert_eq!(answer.status, status, "{}", answer.text());
        answer.error();
    }
    assert_eq!(server.json("/api/stats")["documents"], 2);

    let added = server.request("POST", "/api/documents", &auth, body.as_bytes());
    assert_eq!(added.status, 201, "{}", added.text());
    let added = added.json();
    let doc_id = added["doc_id"].as_str().expect("an id").to_owned();
    assert!(added["claims"].as_u64().is_some_and(|n| n >= 1), "{added}");
    assert!(
        added["incidents"].as_u64().is_some_and(|n| n >= 1),
        "{added}"
    );
    let stats = server.json("/api/stats");
    assert_eq!(stats["documents"], 3);
    let doc = server.json(&format!("/api/documents/{doc_id}"));
    assert_eq!(doc["text"].as_str(), Some(text));
    assert_eq!(doc["document"]["title"], "قصف على الحسكة");

    // The same text again is the same document.
    let again = server.request("POST", "/api/documents", &auth, body.as_bytes());
    assert_eq!(again.status, 200, "{}", again.text());
    assert_eq!(again.json()["doc_id"], doc_id.as_str());
    assert_eq!(server.json("/api/stats"), stats);
}

#[test]
fn documents_ingested_while_serving_are_served() {
    let db = store("serve-ingest");
    let server = Server::start(&db, None);
    assert_eq!(server.json("/api/stats")["documents"], 2);
    assert_eq!(server.json("/api/stats")["documents"], 2, "asked again");
    let article = db.with_file_name("new.txt");
    std::fs::write(&article, "قتل ثلاثة مدنيين في قصف على مدينة الحسكة أمس.").expect("writes");
    let status = rasid()
        .args(["ingest"])
        .arg(&article)
        .arg("--db")
        .arg(&db)
        .stderr(Stdio::null())
        .status()
        .expect("rasid runs");
    assert!(status.success());
    let seen = (0..50).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        server.json("/api/stats")["documents"] == 3
    });
    assert!(seen, "the new document is never served");
}

//! The polite fetcher against a real HTTP server on 127.0.0.1 started here: robots.txt
//! read once and obeyed, requests to one host spaced out, a named user agent, a
//! timeout, an error status; and a feed whose items' pages are fetched.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rasid_ingest::{read_inputs_fetching, FetchError, FetchPolicy, Fetcher, IngestError};

/// One request the server saw.
#[derive(Debug, Clone)]
struct Seen {
    path: String,
    user_agent: String,
    at: Instant,
}

/// A small HTTP/1.1 server on a free loopback port, a thread a connection.
struct Server {
    base: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

const ROBOTS: &str = "User-agent: *\nDisallow: /private\n";

fn page() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/good/aleppo-1256.html"))
        .expect("fixture")
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&seen);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let log = Arc::clone(&log);
                std::thread::spawn(move || answer(stream, &log));
            }
        });
        Server { base, seen }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("log").clone()
    }
}

fn answer(mut stream: TcpStream, log: &Mutex<Vec<Seen>>) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_string();
    let mut user_agent = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("user-agent") {
                user_agent = value.trim().to_string();
            }
        }
    }
    log.lock().expect("log").push(Seen {
        path: path.clone(),
        user_agent,
        at: Instant::now(),
    });
    let (status, content_type, body) = match path.as_str() {
        "/robots.txt" => ("200 OK", "text/plain", ROBOTS.as_bytes().to_vec()),
        "/news/aleppo" => ("200 OK", "text/html; charset=windows-1256", page()),
        "/news/slow" => {
            std::thread::sleep(Duration::from_secs(3));
            ("200 OK", "text/html", b"<p>too late</p>".to_vec())
        }
        _ => (
            "404 Not Found",
            "text/html",
            b"<p>no such page</p>".to_vec(),
        ),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

fn policy() -> FetchPolicy {
    FetchPolicy {
        per_host_interval: Duration::from_millis(300),
        timeout: Duration::from_secs(1),
        ..FetchPolicy::default()
    }
}

#[test]
fn the_fetcher_is_polite_and_fails_clearly() {
    let server = Server::start();
    let mut fetcher = Fetcher::new(policy());
    let url = |path: &str| format!("{}{path}", server.base);

    assert_eq!(fetcher.get(&url("/news/aleppo")).expect("page"), page());
    let disallowed = fetcher.get(&url("/private/report"));
    assert!(
        matches!(disallowed, Err(FetchError::Disallowed { .. })),
        "{disallowed:?}"
    );
    let missing = fetcher.get(&url("/news/missing"));
    assert!(
        matches!(missing, Err(FetchError::Status { status: 404, .. })),
        "{missing:?}"
    );
    let started = Instant::now();
    let slow = fetcher.get(&url("/news/slow"));
    let waited = started.elapsed();
    assert!(matches!(slow, Err(FetchError::Http { .. })), "{slow:?}");
    // The interval (0.3 s) and the timeout (1 s), not the server's 3 s.
    assert!(waited < Duration::from_millis(2500), "{waited:?}");
    let error = slow.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(error.starts_with(&url("/news/slow")), "{error}");

    let seen = server.seen();
    let paths: Vec<&str> = seen.iter().map(|s| s.path.as_str()).collect();
    // robots.txt once, first; the disallowed page never asked for.
    assert_eq!(
        paths,
        ["/robots.txt", "/news/aleppo", "/news/missing", "/news/slow"]
    );
    for pair in seen.windows(2) {
        let gap = pair[1].at.duration_since(pair[0].at);
        assert!(
            gap >= Duration::from_millis(290),
            "{gap:?} between {pair:?}"
        );
    }
    for request in &seen {
        assert!(
            request.user_agent.starts_with("rasid/")
                && request.user_agent == rasid_ingest::user_agent(),
            "{request:?}"
        );
    }
}

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rasid-fetch-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch");
    dir
}

#[test]
fn a_feed_with_fetch_reads_the_linked_pages() {
    let server = Server::start();
    let dir = scratch("feed");
    let feed = dir.join("feed.rss");
    let item = |title: &str, path: &str| {
        format!(
            "<item><title>{title}</title><link>{}{path}</link><description>وصف قصير للخبر</description></item>",
            server.base
        )
    };
    let xml = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>النهار</title><link>{}</link><description>d</description>{}{}{}</channel></rss>",
        server.base,
        item("غارة على حلب", "/news/aleppo"),
        item("سري", "/private/secret"),
        item("مفقود", "/news/missing"),
    );
    std::fs::write(&feed, xml).expect("write feed");
    let results: Vec<_> =
        read_inputs_fetching(std::slice::from_ref(&feed), Some(Fetcher::new(policy()))).collect();
    let _ = std::fs::remove_dir_all(&dir);
    let shown = feed.display().to_string();
    let mut documents = Vec::new();
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok(doc) => documents.push(doc),
            Err(error) => errors.push(error),
        }
    }
    // The first item's page, read as HTML; the others keep the feed's own text.
    assert_eq!(documents.len(), 3);
    assert!(
        documents[0].text.contains("12 شخصا قتلوا"),
        "{}",
        documents[0].text
    );
    assert_eq!(documents[0].author.as_deref(), Some("سامر الحلبي"));
    assert_eq!(documents[0].encoding, "windows-1256");
    assert_eq!(documents[1].text, "وصف قصير للخبر");
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            format!(
                "{shown}#1: fetch {}/private/secret: disallowed by robots.txt",
                server.base
            ),
            format!(
                "{shown}#2: fetch {}/news/missing: HTTP status 404",
                server.base
            ),
        ]
    );
    assert!(errors
        .iter()
        .all(|e| matches!(e, IngestError::Fetch { .. })));
}

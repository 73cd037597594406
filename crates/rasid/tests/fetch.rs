//! `rasid analyze --fetch` over a feed whose items link to a server on 127.0.0.1
//! started here: the linked page becomes the item's document, a page robots.txt
//! disallows is never requested and is named in the errors.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};

/// Serves robots.txt (disallowing /private) and one Arabic page; logs every path.
fn serve() -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    let page = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../ingest/tests/data/good/aleppo-1256.html"),
    )
    .expect("fixture");
    let log = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&log);
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut request = String::new();
            let _ = reader.read_line(&mut request);
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
                    break;
                }
            }
            let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
            seen.lock().expect("log").push(path.clone());
            let (status, body) = match path.as_str() {
                "/robots.txt" => ("200 OK", b"User-agent: *\nDisallow: /private\n".to_vec()),
                "/news/aleppo" => ("200 OK", page.clone()),
                _ => ("404 Not Found", b"no".to_vec()),
            };
            let head = format!(
                "HTTP/1.1 {status}\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    (base, log)
}

#[test]
fn fetch_reads_the_pages_a_feed_links_to() {
    let (base, log) = serve();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fetch");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch");
    let feed = dir.join("feed.rss");
    std::fs::write(
        &feed,
        format!(
            "<rss version=\"2.0\"><channel><title>النهار</title><link>{base}</link><description>d</description>\
             <item><title>غارة</title><link>{base}/news/aleppo</link><description>ملخص</description></item>\
             <item><title>سري</title><link>{base}/private/x</link><description>ملخص آخر</description></item>\
             </channel></rss>"
        ),
    )
    .expect("feed");
    let out = dir.join("out");
    let output = Command::new(env!("CARGO_BIN_EXE_rasid"))
        .arg("analyze")
        .arg(&feed)
        .arg("--fetch")
        .arg("--out")
        .arg(&out)
        .output()
        .expect("rasid runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "rasid: skipped: {}#1: fetch {base}/private/x: disallowed by robots.txt",
            feed.display()
        )),
        "{stderr}"
    );
    assert_eq!(*log.lock().expect("log"), ["/robots.txt", "/news/aleppo"]);
    let documents = std::fs::read_to_string(out.join("documents.jsonl")).expect("documents");
    let first: serde_json::Value =
        serde_json::from_str(documents.lines().next().unwrap_or_default()).expect("JSON");
    // The page's author and length, not the feed's one-word summary.
    assert_eq!(first["author"], "سامر الحلبي");
    assert!(first["chars"].as_u64().unwrap_or(0) > 300, "{first}");
}

//! `read_inputs` over files written to a fresh folder: every format, folder order, and
//! inputs that fail without stopping the rest.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use rasid_ingest::{read_inputs, Document, IngestError};

const ARABIC: &str = "أعلنت قوات الأمن مقتل ثلاثة مسلحين في اشتباك قرب الحدود.";
const ENGLISH: &str = "Security forces said three gunmen were killed in a clash near the border.";

/// A folder of its own under the system's temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("rasid-ingest-{}-{name}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    /// Writes `bytes` to `relative` (creating folders) and returns its path.
    fn write(&self, relative: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create folder");
        }
        std::fs::write(&path, bytes).expect("write file");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn read(paths: &[PathBuf]) -> Vec<Result<Document, IngestError>> {
    read_inputs(paths).collect()
}

fn documents(results: &[Result<Document, IngestError>]) -> Vec<&Document> {
    results.iter().filter_map(|r| r.as_ref().ok()).collect()
}

fn errors(results: &[Result<Document, IngestError>]) -> Vec<String> {
    results
        .iter()
        .filter_map(|r| r.as_ref().err().map(ToString::to_string))
        .collect()
}

#[test]
fn plain_text_in_any_encoding_is_one_document_named_after_the_file() {
    let dir = TempDir::new("plain");
    let (windows_1256, _, _) = encoding_rs::WINDOWS_1256.encode(ARABIC);
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(ARABIC.as_bytes());
    // (file, bytes, id, text, encoding)
    let cases: Vec<(&str, Vec<u8>, &str, &str, &str)> = vec![
        (
            "utf8.txt",
            ARABIC.as_bytes().to_vec(),
            "utf8",
            ARABIC,
            "UTF-8",
        ),
        (
            "english",
            ENGLISH.as_bytes().to_vec(),
            "english",
            ENGLISH,
            "UTF-8",
        ),
        ("bom.TXT", bom, "bom", ARABIC, "UTF-8"),
        (
            "legacy.txt",
            windows_1256.into_owned(),
            "legacy",
            ARABIC,
            "windows-1256",
        ),
    ];
    for (file, bytes, id, text, encoding) in cases {
        let path = dir.write(file, &bytes);
        let results = read(std::slice::from_ref(&path));
        assert_eq!(results.len(), 1, "{file}");
        let document = results[0].as_ref().expect(file);
        assert_eq!(document.id, id, "{file}");
        assert_eq!(document.text, text, "{file}");
        assert_eq!(document.encoding, encoding, "{file}");
        assert_eq!(document.origin, path.display().to_string(), "{file}");
        assert_eq!(document.url, None, "{file}");
    }
}

#[test]
fn json_lines_go_on_after_a_bad_line() {
    let dir = TempDir::new("jsonl");
    let lines = [
        format!(
            r#"{{"id": "a1", "url": "https://example.org/a1", "outlet": "Example", "published": "2024-03-02", "title": "اشتباك", "text": "{ARABIC}"}}"#
        ),
        r#"{"id": "a2", "text": "unterminated"#.to_string(),
        String::new(),
        format!(r#"{{"text": "{ENGLISH}"}}"#),
        r#"{"id": "a5", "url": 5, "text": "x"}"#.to_string(),
        r#"{"id": "a6"}"#.to_string(),
        r#"["not", "an", "object"]"#.to_string(),
        r#"{"id": 7, "text": "seven"}"#.to_string(),
    ];
    let path = dir.write("feed.jsonl", lines.join("\r\n").as_bytes());
    let results = read(std::slice::from_ref(&path));
    let file = path.display().to_string();
    let docs = documents(&results);
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a1", "feed-4", "7"]);
    assert_eq!(docs[0].outlet.as_deref(), Some("Example"));
    assert_eq!(docs[0].published.as_deref(), Some("2024-03-02"));
    assert_eq!(docs[0].title.as_deref(), Some("اشتباك"));
    assert_eq!(docs[0].text, ARABIC);
    assert_eq!(docs[1].origin, format!("{file}:4"));
    let errors = errors(&results);
    let expected_starts = [
        format!("{file}:2: not valid JSON"),
        format!("{file}:5: `url` is not a string"),
        format!("{file}:6: no `text` field"),
        format!("{file}:7: expected a JSON object"),
    ];
    assert_eq!(errors.len(), expected_starts.len(), "{errors:?}");
    for (error, start) in errors.iter().zip(&expected_starts) {
        assert!(error.starts_with(start.as_str()), "{error} / {start}");
    }
}

#[test]
fn json_arrays_of_documents_and_of_saudinewsnet_articles() {
    let dir = TempDir::new("json");
    let spec = format!(
        r#"[{{"id": "s1", "text": "{ARABIC}"}}, {{"url": "https://example.org/news/2024/clash-report.html", "text": "{ENGLISH}"}}, {{"text": "{ENGLISH}"}}]"#
    );
    let saudi = format!(
        r#"[{{"source": "example", "url": "http://news.example.sa/article/12345", "date_extracted": "2015-07-21 02:51:32", "title": "عنوان", "author": "", "content": "{ARABIC}"}},
           {{"source": "example", "url": "http://news.example.sa/article/12345", "date_extracted": "2015-07-21 02:52:00", "title": "", "content": "{ARABIC}"}},
           {{"source": "example", "url": "http://news.example.sa/article/12346", "content": ""}}]"#
    );
    let spec_path = dir.write("docs.json", spec.as_bytes());
    let saudi_path = dir.write("2015-07-21.json", saudi.as_bytes());
    let results = read(&[spec_path.clone(), saudi_path.clone()]);
    let docs = documents(&results);
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    // The repeated URL falls back to `<stem>-<index>` so that ids stay unique.
    assert_eq!(
        ids,
        ["s1", "clash-report", "docs-2", "12345", "2015-07-21-1"]
    );
    let article = docs[3];
    assert_eq!(article.outlet.as_deref(), Some("example"));
    assert_eq!(article.published.as_deref(), Some("2015-07-21T02:51:32"));
    assert_eq!(article.title.as_deref(), Some("عنوان"));
    assert_eq!(article.origin, format!("{}#0", saudi_path.display()));
    assert_eq!(docs[4].title, None);
    let errors = errors(&results);
    assert_eq!(
        errors,
        [format!("{}#2: empty", saudi_path.display())],
        "{errors:?}"
    );
}

#[test]
fn a_zip_holds_json_arrays() {
    let dir = TempDir::new("zip");
    let path = dir.0.join("2015-07-22.zip");
    {
        let file = std::fs::File::create(&path).expect("create zip");
        let mut zip = zip::ZipWriter::new(file);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        let articles = format!(
            r#"[{{"source": "example", "url": "http://news.example.sa/a/1", "date_extracted": "2015-07-22 10:00:00", "title": "t", "content": "{ARABIC}"}},
               {{"source": "example", "url": "http://news.example.sa/a/2", "content": "{ENGLISH}"}}]"#
        );
        zip.start_file("2015-07-22.json", options).expect("entry");
        zip.write_all(articles.as_bytes()).expect("write entry");
        zip.start_file("notes.md", options).expect("entry");
        zip.write_all(b"not read").expect("write entry");
        zip.start_file("broken.json", options).expect("entry");
        zip.write_all(b"[{").expect("write entry");
        zip.finish().expect("finish zip");
    }
    let results = read(std::slice::from_ref(&path));
    let docs = documents(&results);
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["1", "2"]);
    assert_eq!(docs[0].text, ARABIC);
    assert_eq!(
        docs[1].origin,
        format!("{}:2015-07-22.json#1", path.display())
    );
    let errors = errors(&results);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with(&format!("{}:broken.json: not valid JSON", path.display())),
        "{errors:?}"
    );
}

#[test]
fn folders_are_read_recursively_in_sorted_path_order() {
    let dir = TempDir::new("walk");
    for file in [
        "b/2.txt",
        "a.txt",
        "b/1.txt",
        "c/d/e.txt",
        "b/10.txt",
        ".hidden.txt",
        ".git/x.txt",
        "README.md",
        "d/page.html",
        "table.csv",
    ] {
        let body = if file.ends_with(".html") {
            format!("<html><body><p>{file}</p></body></html>")
        } else {
            file.to_string()
        };
        dir.write(file, body.as_bytes());
    }
    let results = read(std::slice::from_ref(&dir.0));
    // Hidden files, README.md and the spreadsheet are passed over.
    assert_eq!(errors(&results), Vec::<String>::new());
    let texts: Vec<&str> = documents(&results)
        .iter()
        .map(|d| d.text.as_str())
        .collect();
    assert_eq!(
        texts,
        [
            "a.txt",
            "b/1.txt",
            "b/10.txt",
            "b/2.txt",
            "c/d/e.txt",
            "d/page.html"
        ]
    );
}

#[test]
fn bad_inputs_are_errors_naming_the_file_and_the_rest_goes_on() {
    let dir = TempDir::new("bad");
    let good = dir.write("good.txt", ARABIC.as_bytes());
    let empty = dir.write("empty.txt", b"");
    let binary = dir.write("image.txt", &[0x89, b'P', b'N', b'G', 0, 0, 0, 0x0D]);
    let html = dir.write("page.html", b"<html></html>");
    let warc = dir.write("crawl.warc", b"WARC/1.0");
    let unknown = dir.write("table.csv", b"a,b");
    let not_zip = dir.write("fake.zip", b"not a zip at all");
    let not_array = dir.write("object.json", br#"{"text": "x"}"#);
    let missing = dir.0.join("missing.txt");
    let inputs = [
        empty.clone(),
        binary.clone(),
        html.clone(),
        missing.clone(),
        warc.clone(),
        unknown.clone(),
        not_zip.clone(),
        not_array.clone(),
        good.clone(),
    ];
    let results = read(&inputs);
    let show = |p: &Path| p.display().to_string();
    let expected = [
        format!("{}: empty", show(&empty)),
        format!("{}: binary data", show(&binary)),
        format!("{}: HTML page with no text", show(&html)),
        format!("{}: cannot read", show(&missing)),
        format!("{}: WARC record 1: archive ends inside", show(&warc)),
        format!("{}: .csv files are not an input format", show(&unknown)),
        format!("{}: unreadable zip", show(&not_zip)),
        format!("{}: expected a JSON array", show(&not_array)),
    ];
    let errors = errors(&results);
    assert_eq!(errors.len(), expected.len(), "{errors:?}");
    for (error, start) in errors.iter().zip(&expected) {
        assert!(error.starts_with(start.as_str()), "{error} / {start}");
    }
    for (result, input) in results.iter().zip(&inputs) {
        if let Err(error) = result {
            assert_eq!(error.origin(), show(input));
        }
    }
    let docs = documents(&results);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].id, "good");
}

#[test]
fn a_file_over_the_limit_is_refused_with_its_size() {
    let dir = TempDir::new("large");
    let path = dir.0.join("huge.txt");
    let file = std::fs::File::create(&path).expect("create");
    // Sparse on the file systems tests run on: no 256 MB are written.
    file.set_len(rasid_ingest::MAX_INPUT_BYTES + 1)
        .expect("set length");
    let results = read(std::slice::from_ref(&path));
    let errors = errors(&results);
    assert_eq!(
        errors,
        [format!(
            "{}: 268435457 bytes, over the 268435456-byte limit for one input",
            path.display()
        )]
    );
}

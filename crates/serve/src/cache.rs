//! Answers of GET /api/... kept while the store does not change: every read route is a
//! function of the store, and most requests ask what was asked a moment ago (the first page
//! of incidents, the dossier an analyst is reading). The store's generation moves when this
//! server adds a document and, through SQLite's `data_version` polled on a connection of its
//! own, when another process (`rasid ingest`) writes the file: an answer of an older
//! generation is never sent. Bounded in bytes: full, it starts again empty.

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How often another process's writes are looked for.
const POLL: Duration = Duration::from_millis(250);

/// Kept answers and the store's generation.
pub(crate) struct ResponseCache {
    capacity: usize,
    generation: AtomicU64,
    kept: Mutex<Kept>,
}

#[derive(Default)]
struct Kept {
    bytes: usize,
    answers: HashMap<String, (u64, Bytes)>,
}

impl ResponseCache {
    /// A cache of at most `capacity` bytes of answers; with `db`, a thread that watches the
    /// file for other writers (it ends when the cache is dropped).
    pub(crate) fn new(capacity: usize, db: Option<PathBuf>) -> Arc<Self> {
        let cache = Arc::new(ResponseCache {
            capacity,
            generation: AtomicU64::new(0),
            kept: Mutex::new(Kept::default()),
        });
        if let Some(db) = db.filter(|_| capacity > 0) {
            let watched = Arc::downgrade(&cache);
            std::thread::spawn(move || {
                let Ok(store) = rasid_store::Store::open_read_only(&db) else {
                    return;
                };
                let mut seen = store.data_version().ok();
                while let Some(cache) = watched.upgrade() {
                    let now = store.data_version().ok();
                    if now != seen {
                        cache.changed();
                        seen = now;
                    }
                    drop(cache);
                    std::thread::sleep(POLL);
                }
            });
        }
        cache
    }

    /// The store changed: no kept answer is sent again.
    pub(crate) fn changed(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        if let Ok(mut kept) = self.kept.lock() {
            *kept = Kept::default();
        }
    }

    fn get(&self, key: &str) -> Option<Bytes> {
        let generation = self.generation.load(Ordering::SeqCst);
        let kept = self.kept.lock().ok()?;
        kept.answers
            .get(key)
            .filter(|(g, _)| *g == generation)
            .map(|(_, b)| b.clone())
    }

    fn put(&self, key: String, generation: u64, body: Bytes) {
        if body.len() > self.capacity / 8 || generation != self.generation.load(Ordering::SeqCst) {
            return;
        }
        let Ok(mut kept) = self.kept.lock() else {
            return;
        };
        if kept.bytes + body.len() > self.capacity {
            *kept = Kept::default();
        }
        kept.bytes += body.len() + key.len();
        kept.answers.insert(key, (generation, body));
    }
}

/// Sends a kept answer to a GET of `/api/...`, or runs the request and keeps its answer
/// when it is a 200 of JSON.
pub(crate) async fn cached(
    State(cache): State<Arc<ResponseCache>>,
    request: Request,
    next: Next,
) -> Response {
    let uri = request.uri();
    if cache.capacity == 0 || request.method() != Method::GET || !uri.path().starts_with("/api/") {
        return next.run(request).await;
    }
    let key = uri
        .path_and_query()
        .map_or_else(|| uri.path().to_owned(), |p| p.as_str().to_owned());
    if let Some(body) = cache.get(&key) {
        return json(body);
    }
    // The generation before the reads: a change during them keeps nothing.
    let generation = cache.generation.load(Ordering::SeqCst);
    let response = next.run(request).await;
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes() == b"application/json");
    if response.status() != StatusCode::OK || !is_json {
        return response;
    }
    let (parts, body) = response.into_parts();
    match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => {
            cache.put(key, generation, bytes.clone());
            Response::from_parts(parts, Body::from(bytes))
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

fn json(body: Bytes) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_of_an_older_generation_are_never_given() {
        let cache = ResponseCache::new(1 << 20, None);
        cache.put("/api/stats".into(), 0, Bytes::from_static(b"{\"a\":1}"));
        assert_eq!(cache.get("/api/stats").as_deref(), Some(&b"{\"a\":1}"[..]));
        cache.changed();
        assert_eq!(cache.get("/api/stats"), None);
        // Read before the change, kept after it: dropped.
        cache.put("/api/stats".into(), 0, Bytes::from_static(b"old"));
        assert_eq!(cache.get("/api/stats"), None);
    }

    #[test]
    fn a_full_cache_starts_again_and_large_answers_are_not_kept() {
        let cache = ResponseCache::new(800, None);
        cache.put("/big".into(), 0, Bytes::from(vec![b'x'; 101]));
        assert_eq!(cache.get("/big"), None);
        for i in 0..20 {
            cache.put(format!("/api/{i}"), 0, Bytes::from(vec![b'x'; 90]));
        }
        let kept = (0..20)
            .filter(|i| cache.get(&format!("/api/{i}")).is_some())
            .count();
        assert!(kept > 0 && kept < 20, "{kept}");
        assert!(cache.kept.lock().map(|k| k.bytes <= 800).unwrap_or(false));
    }

    #[test]
    fn another_writer_is_seen() {
        let dir = tempfile::tempdir().expect("a folder");
        let db = dir.path().join("s.db");
        let mut writer = rasid_store::Store::open(&db).expect("a store");
        let cache = ResponseCache::new(1 << 20, Some(db.clone()));
        std::thread::sleep(POLL * 2);
        cache.put(
            "/api/stats".into(),
            cache.generation.load(Ordering::SeqCst),
            Bytes::from_static(b"{}"),
        );
        assert!(cache.get("/api/stats").is_some());
        writer.put_facilities(&[]).expect("writes");
        std::thread::sleep(POLL * 3);
        assert_eq!(cache.get("/api/stats"), None);
    }
}

//! rasid's HTTP API over the store (rasid-store): an axum [`Router`] whose routes read
//! incidents, claims, documents, facilities and search results as SPEC's records, with an
//! OpenAPI document at `/openapi.json`, and serve the web UI's files at `/`, `/assets/...`
//! and `/geo/...` from an injected [`Assets`] function.
//!
//! Reads run on a pool of read-only SQLite connections off the async runtime (WAL lets
//! them read beside a writer), so a slow query never stalls the others. The server is
//! read-only unless it is given a token and an [`Analyzer`]: then `POST /api/documents`
//! with `Authorization: Bearer TOKEN` analyses a document (the analysis lives in the
//! binary, which injects it, so that this crate does not depend on the pipeline), stores
//! it and links the incidents again. Every error is a status and `{"error": "..."}`.
#![deny(missing_docs)]

mod api;
mod cache;
mod views;

pub use api::ApiDoc;
pub use views::{by_source, over_time, series, BySource, OverTime, SeriesPoint, HOLDING_MEASURES};

use axum::Router;
use rasid_store::{NewDocument, Store, StoreError};
use serde::Deserialize;
use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Semaphore;

/// The web UI's files: a request path (`/`, `/assets/app.js`, `/geo/countries.json`) to
/// its bytes and content type, or `None` when there is no such file. A plain function, so
/// that the UI can be compiled into the binary without this crate knowing how.
pub type Assets = fn(&str) -> Option<(Cow<'static, [u8]>, &'static str)>;

/// Whether a UI file may be cached by browsers for good (its name carries its content's
/// hash): `Cache-Control: immutable` for these, `no-cache` (ask again) for the others.
pub type Immutable = fn(&str) -> bool;

/// Serves no file: every UI path answers 404 (an API-only server).
pub fn no_assets(_path: &str) -> Option<(Cow<'static, [u8]>, &'static str)> {
    None
}

/// A document posted to `POST /api/documents`.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
pub struct NewInput {
    /// Its text (plain UTF-8): claims' evidence offsets will index its bytes.
    pub text: String,
    /// Its headline.
    pub title: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// When it was published, ISO 8601 (a date or a date-time): relative dates in the
    /// text ("yesterday") are read from it.
    pub published: Option<String>,
    /// The outlet that published it.
    pub outlet: Option<String>,
    /// Its language (`ar`, `en`), when the sender knows it better than detection.
    pub language: Option<String>,
}

/// Turns a posted document into a document to store (the pipeline of `rasid analyze`),
/// or says why it cannot. The doc id it gives must be derived from the text (its SHA-256)
/// so that one text posted twice is one document.
pub type Analyzer = Arc<dyn Fn(NewInput) -> Result<NewDocument, String> + Send + Sync>;

/// Largest request body accepted: a long article with room to spare.
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;

/// Longest a request may take before it is answered 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Largest page of incidents or documents.
pub const MAX_LIMIT: u64 = 5000;

/// A page's size when none is asked for.
pub const DEFAULT_LIMIT: u64 = 100;

/// What a server serves.
pub struct Config {
    /// The store's file; it must exist (it is migrated if older).
    pub db: PathBuf,
    /// The bearer token that allows `POST /api/documents`; `None` keeps the server
    /// read-only.
    pub token: Option<String>,
    /// The analysis of posted documents; needed with a token.
    pub analyzer: Option<Analyzer>,
    /// The UI's files.
    pub assets: Assets,
    /// Which of them never change under their name.
    pub immutable: Immutable,
    /// Read-only connections (default: twice the cores, at least 4).
    pub readers: Option<usize>,
    /// Bytes of answers kept for GETs asked again while the store does not change
    /// ([`DEFAULT_CACHE_BYTES`]; 0 keeps none).
    pub cache_bytes: usize,
}

/// Answers kept by default: 64 MB.
pub const DEFAULT_CACHE_BYTES: usize = 64 << 20;

/// What can stop a server from starting.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The store could not be opened or migrated.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A token without an analysis to run, or an empty token.
    #[error("serve: {0}")]
    Config(String),
}

/// Everything a handler reads.
pub(crate) struct AppState {
    pub(crate) readers: Arc<ReadPool>,
    /// The writer and the analysis, when documents may be posted.
    pub(crate) writer: Option<Writer>,
    pub(crate) assets: Assets,
    pub(crate) immutable: Immutable,
    pub(crate) cache: Arc<cache::ResponseCache>,
}

/// What adding a document needs.
pub(crate) struct Writer {
    pub(crate) token: String,
    pub(crate) analyzer: Analyzer,
    pub(crate) store: Mutex<Store>,
}

/// Read-only connections, each used by one blocking task at a time.
pub(crate) struct ReadPool {
    db: PathBuf,
    permits: Semaphore,
    stores: Mutex<Vec<Store>>,
}

impl ReadPool {
    fn open(db: PathBuf, n: usize) -> Result<Self, StoreError> {
        let stores = (0..n)
            .map(|_| Store::open_read_only(&db))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ReadPool {
            db,
            permits: Semaphore::new(n),
            stores: Mutex::new(stores),
        })
    }

    /// Runs `read` on a connection of the pool, on a blocking thread, once one is free.
    pub(crate) async fn read<T: Send + 'static>(
        self: &Arc<Self>,
        read: impl FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, api::ApiError> {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|_| api::ApiError::internal("the store is closed"))?;
        let pool = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let taken = pool.stores.lock().ok().and_then(|mut s| s.pop());
            // A connection lost to a panic is replaced.
            let store = match taken {
                Some(store) => store,
                None => Store::open_read_only(&pool.db)?,
            };
            let out = read(&store);
            if let Ok(mut stores) = pool.stores.lock() {
                stores.push(store);
            }
            out
        })
        .await
        .map_err(|_| api::ApiError::internal("a read failed"))?
        .map_err(api::ApiError::from)
    }
}

/// The server's routes over the store `config` names: opens (and migrates, once) the
/// store and its pool of readers.
pub fn router(config: Config) -> Result<Router, ServeError> {
    let readers = config.readers.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get() * 2)
            .unwrap_or(4)
            .max(4)
    });
    let writer = match (config.token, config.analyzer) {
        (Some(token), _) if token.trim().is_empty() => {
            return Err(ServeError::Config("the token is empty".into()))
        }
        (Some(token), Some(analyzer)) => Some(Writer {
            token: token.trim().to_owned(),
            analyzer,
            store: Mutex::new(Store::open(&config.db)?),
        }),
        (Some(_), None) => {
            return Err(ServeError::Config(
                "a token is given but no analysis to run on posted documents".into(),
            ))
        }
        (None, _) => None,
    };
    if writer.is_none() {
        // Migrate an older store once, then only read it.
        if let Err(StoreError::OtherSchema { .. }) = Store::open_read_only(&config.db) {
            drop(Store::open(&config.db)?);
        }
    }
    let cache = cache::ResponseCache::new(config.cache_bytes, Some(config.db.clone()));
    let state = AppState {
        cache,
        readers: Arc::new(ReadPool::open(config.db, readers.max(1))?),
        writer,
        assets: config.assets,
        immutable: config.immutable,
    };
    Ok(api::routes(Arc::new(state)))
}

/// Serves `router` on `listener` until the process is interrupted (Ctrl-C).
pub async fn serve(listener: tokio::net::TcpListener, router: Router) -> std::io::Result<()> {
    axum::serve(listener, router)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}

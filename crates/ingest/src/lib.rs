//! The inputs of `rasid analyze INPUT...` as documents: the I/O edge of the pipeline.
//!
//! [`read_inputs`] takes files and folders and yields one [`Document`] per article, or
//! one [`IngestError`] per document or input it cannot read, so that one bad file never
//! stops a run. Formats go by extension:
//!
//! - `.txt` or none: plain text in any encoding [`decode`] reads; the id is the file
//!   name without its extension.
//! - `.jsonl` / `.ndjson`: one input document a line, as in `SPEC.md`
//!   (`{"id", "url", "outlet", "published", "title", "text"}`, only `text` required); a
//!   line without an id gets `<file stem>-<line number>`.
//! - `.json`: an array of such documents, or of SaudiNewsNet articles (`content`, `url`,
//!   `date` or `date_extracted`, `source`, `title`); a document without an id takes the
//!   last segment of its URL, else `<file stem>-<index>`.
//! - `.zip`: every `.json` entry inside, read as above.
//!
//! - `.html` / `.htm` / `.xhtml`: a web page; its main content, headline, author, date
//!   and outlet (see [`read_html`]); the id is the file name without its extension.
//! - `.xml` / `.rss` / `.atom`: an RSS, Atom or JSON feed, each item a document (see
//!   [`read_feed`]); the id comes from the item's link, else `<file stem>-<index>`.
//! - `.warc`: a WARC archive, each HTML response a document (see [`WarcReader`]); the
//!   id comes from `WARC-Target-URI`, else `<file stem>-<record>`.
//! - `.gz`: any of these gzipped (`page.html.gz`, `feed.xml.gz`, `crawl.warc.gz`).
//!
//! Files over [`MAX_INPUT_BYTES`] (unpacked, for gzip) are refused before they are
//! read; WARC archives, read record by record, may be of any size, each record within
//! the limit.

#![deny(missing_docs)]

mod decode;
mod feed;
mod fetch;
mod html;
mod records;
mod walk;
mod warc;

use std::path::{Path, PathBuf};

pub use decode::{decode, DecodeError, Decoded};
pub use feed::{read_feed, Feed, FeedError, FeedItem};
pub use fetch::user_agent;
pub use fetch::{FetchError, FetchPolicy, Fetcher, Robots};
pub use html::{read_html, HtmlArticle, HtmlError};
pub use warc::{WarcError, WarcReader, WarcRecord};

/// The largest file (or zip entry, unpacked) read, in bytes: 256 MB. Larger inputs are
/// refused, not truncated, so that a stray disk image or zip bomb cannot exhaust memory.
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// One input document, as SPEC.md's input record, plus where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The document's id: given by the input, else derived as the module documentation
    /// says. Ids derived from URLs are unique within one [`read_inputs`] run.
    pub id: String,
    /// Where the article was published online.
    pub url: Option<String>,
    /// The outlet that published it (SaudiNewsNet's `source`).
    pub outlet: Option<String>,
    /// The publication date or date-time, as the input gives it (ISO 8601; SaudiNewsNet's
    /// `2015-07-21 02:51:32` becomes `2015-07-21T02:51:32`).
    pub published: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// The author or byline, when the input names one (HTML pages, feed items).
    pub author: Option<String>,
    /// The body, as UTF-8. Evidence offsets index these bytes. For a plain-text file in
    /// UTF-8 without a byte-order mark they are the file's bytes; for any other encoding,
    /// or after a byte-order mark, they index this decoded UTF-8 text, not the file.
    pub text: String,
    /// Where it came from: the path, `path:line` for JSON Lines, `path#index` for a
    /// JSON array, `path:entry#index` for a JSON array inside a zip.
    pub origin: String,
    /// The WHATWG name of the encoding the file was read in (see [`Decoded::encoding`]).
    pub encoding: &'static str,
}

/// What went wrong with one input; `Display` always names the file (and line, entry or
/// index), through [`IngestError::origin`].
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The file or folder could not be opened, listed or read.
    #[error("{origin}: cannot read: {source}")]
    Io {
        /// The path.
        origin: String,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The file (or unpacked zip entry) is larger than [`MAX_INPUT_BYTES`].
    #[error("{origin}: {size} bytes, over the {limit}-byte limit for one input")]
    TooLarge {
        /// The path (or `zip:entry`).
        origin: String,
        /// Its size in bytes.
        size: u64,
        /// The limit, [`MAX_INPUT_BYTES`].
        limit: u64,
    },
    /// The file has no bytes (or only a byte-order mark), or a document has no text.
    #[error("{origin}: empty")]
    Empty {
        /// The path, `zip:entry`, or the document's `path:line` or `path#index`.
        origin: String,
    },
    /// The bytes are not text in any encoding read (binary data).
    #[error("{origin}: {source}")]
    Decode {
        /// The path (or `zip:entry`).
        origin: String,
        /// Why the bytes are not text.
        #[source]
        source: DecodeError,
    },
    /// A file of an extension rasid does not read.
    #[error("{origin}: {format} files are not an input format")]
    Unsupported {
        /// The path.
        origin: String,
        /// The format, as its extension says.
        format: String,
    },
    /// A JSON file, JSON Lines line or zip entry that is not valid JSON.
    #[error("{origin}: not valid JSON: {source}")]
    Json {
        /// The path, `path:line` or `zip:entry`.
        origin: String,
        /// What the parser said.
        #[source]
        source: serde_json::Error,
    },
    /// Valid JSON that is not an input document (no `text`, a field of the wrong type).
    #[error("{origin}: {problem}")]
    Record {
        /// The path, `path:line`, `path#index` or `zip:entry#index`.
        origin: String,
        /// What is wrong with it.
        problem: String,
    },
    /// An HTML page with no article (no text once decoded and parsed).
    #[error("{origin}: {source}")]
    Html {
        /// The path, or `path#record N` in a WARC archive.
        origin: String,
        /// Why.
        #[source]
        source: HtmlError,
    },
    /// A feed that cannot be parsed or has no items.
    #[error("{origin}: {source}")]
    Feed {
        /// The path.
        origin: String,
        /// Why.
        #[source]
        source: FeedError,
    },
    /// A WARC archive that breaks off or breaks the format at some record.
    #[error("{origin}: WARC {source}")]
    Warc {
        /// The path.
        origin: String,
        /// The record and what is wrong with it.
        #[source]
        source: WarcError,
    },
    /// A gzip file cut short or corrupt.
    #[error("{origin}: unreadable gzip: {source}")]
    Gzip {
        /// The path.
        origin: String,
        /// What the decompressor said.
        #[source]
        source: std::io::Error,
    },
    /// A page a feed item links to that could not be fetched (`--fetch`).
    #[error("{origin}: fetch {source}")]
    Fetch {
        /// The feed and item, `path#index`.
        origin: String,
        /// Why.
        #[source]
        source: FetchError,
    },
    /// A zip archive (or one of its entries) that cannot be read.
    #[error("{origin}: unreadable zip: {source}")]
    Zip {
        /// The path (or `zip:entry`).
        origin: String,
        /// What the zip reader said.
        #[source]
        source: zip::result::ZipError,
    },
}

impl IngestError {
    /// The input the error is about: the path, and line, entry or index where it has one.
    pub fn origin(&self) -> &str {
        match self {
            IngestError::Io { origin, .. }
            | IngestError::TooLarge { origin, .. }
            | IngestError::Empty { origin }
            | IngestError::Decode { origin, .. }
            | IngestError::Unsupported { origin, .. }
            | IngestError::Json { origin, .. }
            | IngestError::Record { origin, .. }
            | IngestError::Zip { origin, .. }
            | IngestError::Html { origin, .. }
            | IngestError::Feed { origin, .. }
            | IngestError::Warc { origin, .. }
            | IngestError::Gzip { origin, .. }
            | IngestError::Fetch { origin, .. } => origin,
        }
    }
}

/// Every document of the inputs (files or folders, recursively, in sorted path order so
/// runs are deterministic), one Result per document or per unreadable input: a bad
/// input is reported and the rest goes on.
///
/// Inputs are read in the order given; a folder's files in sorted path order, skipping
/// hidden entries (names starting with `.`), files of extensions that are no input format
/// (`README.md`; named on its own, such a file is an error), and symbolic links to
/// folders.
/// Each file is read when the iterator reaches it.
pub fn read_inputs(paths: &[PathBuf]) -> impl Iterator<Item = Result<Document, IngestError>> {
    read_inputs_fetching(paths, None)
}

/// As [`read_inputs`], and with a [`Fetcher`] each feed item's linked page is fetched
/// and read as the item's article (`rasid analyze --fetch`).
pub fn read_inputs_fetching(
    paths: &[PathBuf],
    mut fetcher: Option<Fetcher>,
) -> impl Iterator<Item = Result<Document, IngestError>> {
    let mut ids = records::DerivedIds::default();
    // Owned, so that the iterator does not borrow the caller's list.
    let inputs: Vec<PathBuf> = paths.to_vec();
    inputs
        .into_iter()
        .flat_map(|path| walk::files(&path))
        .flat_map(move |file| match file {
            Ok(path) => records::read_file(&path, &mut ids, fetcher.as_mut()),
            Err(error) => vec![Err(error)],
        })
}

/// A path as error messages and origins show it.
fn display(path: &Path) -> String {
    path.display().to_string()
}

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
//! HTML, XML, RSS/Atom, WARC and gzip are refused as not supported yet. Files over
//! [`MAX_INPUT_BYTES`] are refused before they are read.

#![deny(missing_docs)]

mod decode;
mod records;
mod walk;

use std::path::{Path, PathBuf};

pub use decode::{decode, DecodeError, Decoded};

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
    /// A format rasid does not read yet (HTML, XML, RSS/Atom, WARC, gzip, or an unknown
    /// extension).
    #[error("{origin}: {format} input is not supported yet")]
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
            | IngestError::Zip { origin, .. } => origin,
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
    let mut ids = records::DerivedIds::default();
    // Owned, so that the iterator does not borrow the caller's list.
    let inputs: Vec<PathBuf> = paths.to_vec();
    inputs
        .into_iter()
        .flat_map(|path| walk::files(&path))
        .flat_map(move |file| match file {
            Ok(path) => records::read_file(&path, &mut ids),
            Err(error) => vec![Err(error)],
        })
}

/// A path as error messages and origins show it.
fn display(path: &Path) -> String {
    path.display().to_string()
}

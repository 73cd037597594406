//! WARC archives (ISO 28500, versions 0.17 to 1.1) to their records, and an HTTP
//! response record to the HTML page it holds.
//!
//! A record is a `WARC/x.y` line, header lines up to a blank line, a block of exactly
//! `Content-Length` bytes and two line ends. Reading goes by that length, never by
//! lines in the block, so memory stays bounded by one record (itself capped at
//! [`MAX_INPUT_BYTES`]) whatever the bytes are; a record cut short is an error naming
//! its number, and the records before it stand. Gzip (one member per record, as Common
//! Crawl and web archivers write) is undone before, by the caller.

use std::io::{BufRead, Read};

use crate::MAX_INPUT_BYTES;

/// The longest header line read (a WARC-Target-URI can be long, not this long).
const MAX_HEADER_LINE: u64 = 64 * 1024;

/// The most header lines one record has before it is taken for junk.
const MAX_HEADER_LINES: usize = 1000;

/// One WARC record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarcRecord {
    /// Its number in the archive, from 1.
    pub number: usize,
    /// `WARC-Type`, lower-cased: `response`, `request`, `warcinfo`, `resource`, ...
    pub kind: String,
    /// `WARC-Target-URI`: the URL the content was fetched from.
    pub target_uri: Option<String>,
    /// `WARC-Date`: when it was archived (ISO 8601).
    pub date: Option<String>,
    /// The block's `Content-Type` (`application/http; msgtype=response`, `text/html`).
    pub content_type: Option<String>,
    /// The block: for a response, the HTTP status line, headers and payload.
    pub block: Vec<u8>,
}

/// Why a WARC archive cannot be read on from some record.
#[derive(Debug, thiserror::Error)]
pub enum WarcError {
    /// The bytes could not be read (a truncated or corrupt gzip member, a disk error).
    #[error("record {record}: cannot read: {source}")]
    Io {
        /// The record being read, from 1.
        record: usize,
        /// What the reader said.
        #[source]
        source: std::io::Error,
    },
    /// Not a WARC record where one should start, or a header that breaks the format.
    #[error("record {record}: {problem}")]
    Format {
        /// The record, from 1.
        record: usize,
        /// What is wrong.
        problem: String,
    },
    /// The archive ends inside a record's block.
    #[error("record {record}: truncated: {got} of {expected} bytes")]
    Truncated {
        /// The record, from 1.
        record: usize,
        /// Bytes present.
        got: u64,
        /// `Content-Length`.
        expected: u64,
    },
}

/// The records of a WARC archive, in order; after the first error, none.
pub struct WarcReader<R> {
    reader: R,
    number: usize,
    failed: bool,
}

impl<R: BufRead> WarcReader<R> {
    /// Reads records from uncompressed WARC bytes.
    pub fn new(reader: R) -> Self {
        WarcReader {
            reader,
            number: 0,
            failed: false,
        }
    }

    /// One line, without its line end, at most [`MAX_HEADER_LINE`] bytes; `None` at the
    /// end of the input.
    fn line(&mut self) -> Result<Option<Vec<u8>>, WarcError> {
        let mut line = Vec::new();
        let read = (&mut self.reader)
            .take(MAX_HEADER_LINE)
            .read_until(b'\n', &mut line)
            .map_err(|source| WarcError::Io {
                record: self.number,
                source,
            })?;
        if read == 0 {
            return Ok(None);
        }
        if line.last() != Some(&b'\n') {
            if read as u64 == MAX_HEADER_LINE {
                return Err(self.format("header line over 64 KB: not a WARC archive"));
            }
            // The input ends inside a line: only blank padding may end an archive so.
            if line.iter().any(|b| !b.is_ascii_whitespace()) {
                return Err(self.format("archive ends inside the record's headers"));
            }
        }
        while matches!(line.last(), Some(b'\n' | b'\r')) {
            line.pop();
        }
        Ok(Some(line))
    }

    fn format(&self, problem: &str) -> WarcError {
        WarcError::Format {
            record: self.number,
            problem: problem.to_string(),
        }
    }

    fn next_record(&mut self) -> Result<Option<WarcRecord>, WarcError> {
        self.number += 1;
        // Records are separated by blank lines; the input may end after them.
        let version = loop {
            match self.line()? {
                None => return Ok(None),
                Some(line) if line.is_empty() => continue,
                Some(line) => break line,
            }
        };
        if !version.starts_with(b"WARC/") {
            return Err(self.format("does not start with a WARC/ version line: not a WARC record"));
        }
        let mut record = WarcRecord {
            number: self.number,
            kind: String::new(),
            target_uri: None,
            date: None,
            content_type: None,
            block: Vec::new(),
        };
        let mut length = None;
        let mut lines = 0;
        loop {
            let Some(line) = self.line()? else {
                return Err(self.format("archive ends inside the record's headers"));
            };
            if line.is_empty() {
                break;
            }
            lines += 1;
            if lines > MAX_HEADER_LINES {
                return Err(self.format("more than 1000 header lines"));
            }
            let line = String::from_utf8_lossy(&line);
            let Some((name, value)) = line.split_once(':') else {
                // A folded continuation line (obsolete but allowed) carries nothing read.
                if line.starts_with([' ', '\t']) {
                    continue;
                }
                return Err(self.format(&format!("header line without a colon: {:.60}", line)));
            };
            let value = value.trim().to_string();
            match name.trim().to_ascii_lowercase().as_str() {
                "warc-type" => record.kind = value.to_ascii_lowercase(),
                // WARC 1.0 wrote the URI in angle brackets in some tools.
                "warc-target-uri" => {
                    record.target_uri = Some(value.trim_matches(['<', '>']).to_string())
                }
                "warc-date" => record.date = Some(value),
                "content-type" => record.content_type = Some(value),
                "content-length" => {
                    length = Some(value.parse::<u64>().map_err(|_| {
                        self.format(&format!("Content-Length is not a number: {value:.40}"))
                    })?)
                }
                _ => {}
            }
        }
        let Some(length) = length else {
            return Err(self.format("no Content-Length"));
        };
        if length > MAX_INPUT_BYTES {
            return Err(self.format(&format!(
                "Content-Length {length} over the {MAX_INPUT_BYTES}-byte limit for one record"
            )));
        }
        let mut block = Vec::new();
        let got = (&mut self.reader)
            .take(length)
            .read_to_end(&mut block)
            .map_err(|source| WarcError::Io {
                record: self.number,
                source,
            })? as u64;
        if got < length {
            return Err(WarcError::Truncated {
                record: self.number,
                got,
                expected: length,
            });
        }
        record.block = block;
        Ok(Some(record))
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Result<WarcRecord, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        match self.next_record() {
            Ok(record) => record.map(Ok),
            Err(error) => {
                self.failed = true;
                Some(Err(error))
            }
        }
    }
}

impl WarcRecord {
    /// The HTML page a record holds: the payload of a successful HTTP `response`
    /// record whose `Content-Type` is HTML (chunked transfer undone), or a `resource`
    /// record of `text/html`. `None` for any other record (requests, metadata, images,
    /// redirects, errors).
    pub fn html(&self) -> Option<Vec<u8>> {
        let content_type = self.content_type.as_deref().unwrap_or_default();
        match self.kind.as_str() {
            "resource" | "conversion" if is_html(content_type) => Some(self.block.clone()),
            "response" if content_type.starts_with("application/http") => http_html(&self.block),
            "response" if is_html(content_type) => Some(self.block.clone()),
            _ => None,
        }
    }
}

fn is_html(content_type: &str) -> bool {
    let lower = content_type.to_ascii_lowercase();
    lower.contains("text/html") || lower.contains("application/xhtml")
}

/// The payload of an HTTP response when it is a 2xx HTML page.
fn http_html(block: &[u8]) -> Option<Vec<u8>> {
    let split = block.windows(4).position(|w| w == b"\r\n\r\n");
    let (head, body) = match split {
        Some(at) => (block.get(..at)?, block.get(at + 4..)?),
        None => {
            let at = block.windows(2).position(|w| w == b"\n\n")?;
            (block.get(..at)?, block.get(at + 2..)?)
        }
    };
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    let status = lines.next()?;
    let code = status.split_whitespace().nth(1)?;
    if !code.starts_with('2') {
        return None;
    }
    let mut html = false;
    let mut chunked = false;
    for line in lines {
        if let Some((name, value)) = line.split_once(':') {
            let value = value.trim().to_ascii_lowercase();
            match name.trim().to_ascii_lowercase().as_str() {
                "content-type" => html = is_html(&value),
                "transfer-encoding" => chunked = value.contains("chunked"),
                _ => {}
            }
        }
    }
    if !html {
        return None;
    }
    if chunked {
        dechunk(body)
    } else {
        Some(body.to_vec())
    }
}

/// A chunked HTTP body joined, or `None` when the chunks are broken (some archivers
/// record the body already joined while keeping the header: then it is taken as is).
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let end = rest.windows(2).position(|w| w == b"\r\n")?;
        let size_text = std::str::from_utf8(rest.get(..end)?).ok()?;
        let size_text = size_text.split(';').next()?.trim();
        let Ok(size) = usize::from_str_radix(size_text, 16) else {
            return Some(body.to_vec());
        };
        rest = rest.get(end + 2..)?;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(rest.get(..size)?);
        rest = rest.get(size..)?;
        rest = rest.strip_prefix(b"\r\n").unwrap_or(rest);
    }
}

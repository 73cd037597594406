//! One file to documents, by format: plain text, JSON Lines, JSON arrays, zips of JSON.

use std::collections::HashSet;
use std::io::Read;
use std::path::Path;

use serde_json::{Map, Value};

use flate2::read::MultiGzDecoder;

use crate::decode::decode_owned;
use crate::feed::read_feed;
use crate::fetch::Fetcher;
use crate::html::{read_html, HtmlError};
use crate::warc::WarcReader;
use crate::{display, DecodeError, Document, IngestError, MAX_INPUT_BYTES};

/// How a file is read, from its extension.
#[derive(Clone, Copy)]
enum Format {
    PlainText,
    JsonLines,
    JsonArray,
    Zip,
    Html,
    Feed,
    Warc,
}

/// How a file's bytes come: as they are, or gzipped (`.gz`, one member or many).
#[derive(Clone, Copy)]
enum Packing {
    Plain,
    Gzip,
}

/// The format of `path` (for `x.html.gz`, the format of `x.html`, gzipped), or the
/// error that refuses it.
fn format_of(path: &Path) -> Result<(Format, Packing), IngestError> {
    let extension = lowercase_extension(path);
    let (extension, packing) = match extension.as_deref() {
        Some("gz") => (
            path.file_stem()
                .and_then(|s| lowercase_extension(Path::new(s))),
            Packing::Gzip,
        ),
        _ => (extension, Packing::Plain),
    };
    let format = match extension.as_deref() {
        None | Some("txt") => Format::PlainText,
        Some("jsonl" | "ndjson") => Format::JsonLines,
        Some("json") => Format::JsonArray,
        Some("zip") if matches!(packing, Packing::Plain) => Format::Zip,
        Some("html" | "htm" | "xhtml" | "shtml" | "php" | "asp" | "aspx") => Format::Html,
        Some("xml" | "rss" | "atom") => Format::Feed,
        Some("warc") => Format::Warc,
        Some(other) => {
            return Err(IngestError::Unsupported {
                origin: display(path),
                format: match packing {
                    Packing::Gzip => format!("gzipped .{other}"),
                    Packing::Plain => format!(".{other}"),
                },
            })
        }
    };
    Ok((format, packing))
}

fn lowercase_extension(path: &Path) -> Option<String> {
    path.extension().map(|e| e.to_string_lossy().to_lowercase())
}

/// Whether a file found in a folder is an input: one rasid reads. Others (a README.md,
/// a licence, a spreadsheet beside the articles) are passed over there, and refused
/// only when named on their own.
pub(crate) fn is_input_in_folder(path: &Path) -> bool {
    format_of(path).is_ok()
}

/// Ids derived from URLs so far in one run, so that two articles whose URLs end alike
/// (`.../20150721/fe1.htm`, `.../20150722/fe1.htm`) do not share one.
#[derive(Default)]
pub(crate) struct DerivedIds {
    seen: HashSet<String>,
}

impl DerivedIds {
    /// The id a URL gives, if no document of the run has it yet, else `fallback`.
    fn id_for_url(&mut self, url: Option<&str>, fallback: impl FnOnce() -> String) -> String {
        url.and_then(id_from_url)
            .filter(|id| self.seen.insert(id.clone()))
            .unwrap_or_else(fallback)
    }
}

/// Every document of one file, or the errors in their place.
pub(crate) fn read_file(
    path: &Path,
    ids: &mut DerivedIds,
    fetcher: Option<&mut Fetcher>,
) -> Vec<Result<Document, IngestError>> {
    let (format, packing) = match format_of(path) {
        Ok(found) => found,
        Err(error) => return vec![Err(error)],
    };
    let origin = display(path);
    // `x.html.gz` is named `x`, as `x.html` is.
    let stem_path = match packing {
        Packing::Gzip => path.file_stem().map(Path::new).unwrap_or(path),
        Packing::Plain => path,
    };
    let stem = stem_path
        .file_stem()
        .map_or_else(|| origin.clone(), |s| s.to_string_lossy().into_owned());
    match format {
        Format::Zip => return read_zip(path, &origin, ids),
        Format::Warc => return read_warc_file(path, &origin, &stem, packing, ids),
        _ => {}
    }
    let bytes = match packing {
        Packing::Plain => read_bytes(path, &origin),
        Packing::Gzip => read_gzip(path, &origin),
    };
    let bytes = match bytes {
        Ok(bytes) if bytes.is_empty() => {
            return vec![Err(IngestError::Empty { origin })];
        }
        Ok(bytes) => bytes,
        Err(error) => return vec![Err(error)],
    };
    match format {
        Format::Html => vec![html_document(&bytes, None, stem, origin, None)],
        Format::Feed => read_feed_file(&bytes, &origin, &stem, ids, fetcher),
        _ => {
            let decoded = match decode_as(bytes, &origin) {
                Ok(decoded) => decoded,
                Err(error) => return vec![Err(error)],
            };
            let source = Source {
                origin: &origin,
                stem: &stem,
                encoding: decoded.encoding,
            };
            match format {
                Format::JsonLines => json_lines(&decoded.text, &source),
                Format::JsonArray => json_array(&decoded.text, &source, ids),
                _ => vec![Ok(Document {
                    id: stem.clone(),
                    url: None,
                    outlet: None,
                    published: None,
                    title: None,
                    author: None,
                    text: decoded.text,
                    origin,
                    encoding: decoded.encoding,
                })],
            }
        }
    }
}

/// One HTML page as a document; `archived` is a date to use when the page has none
/// (a WARC record's date).
fn html_document(
    bytes: &[u8],
    url: Option<&str>,
    id: String,
    origin: String,
    archived: Option<&str>,
) -> Result<Document, IngestError> {
    let page = match read_html(bytes, url) {
        Ok(page) => page,
        Err(HtmlError::Decode(DecodeError::Empty)) => return Err(IngestError::Empty { origin }),
        Err(source) => return Err(IngestError::Html { origin, source }),
    };
    Ok(Document {
        id,
        url: url.map(str::to_string).or(page.url),
        outlet: page.outlet,
        published: page.published.or_else(|| archived.map(str::to_string)),
        title: page.title,
        author: page.author,
        text: page.text,
        origin,
        encoding: page.encoding,
    })
}

/// A gzip file unpacked (every member, as `cat a.gz b.gz` makes one), refused past
/// [`MAX_INPUT_BYTES`] unpacked (a gzip bomb) or when cut short or corrupt.
fn read_gzip(path: &Path, origin: &str) -> Result<Vec<u8>, IngestError> {
    let io_error = |source| IngestError::Io {
        origin: origin.to_string(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io_error)?;
    if file.metadata().map_err(io_error)?.len() == 0 {
        return Err(IngestError::Empty {
            origin: origin.to_string(),
        });
    }
    let unpacked = MultiGzDecoder::new(std::io::BufReader::new(file));
    read_limited(unpacked, 0).map_err(|error| match error {
        Limited::Io(source) => IngestError::Gzip {
            origin: origin.to_string(),
            source,
        },
        Limited::Over(size) => too_large(origin, size),
    })
}

/// Every HTML page of a WARC archive (plain or gzipped per record) as a document, read
/// record by record: an archive of any size is read in the memory of one record. A bad
/// record ends the archive with an error naming it; the pages before it stand.
fn read_warc_file(
    path: &Path,
    origin: &str,
    stem: &str,
    packing: Packing,
    ids: &mut DerivedIds,
) -> Vec<Result<Document, IngestError>> {
    let file = match std::fs::File::open(path).and_then(|f| Ok((f.metadata()?.len(), f))) {
        Ok((0, _)) => {
            return vec![Err(IngestError::Empty {
                origin: origin.to_string(),
            })]
        }
        Ok((_, file)) => std::io::BufReader::new(file),
        Err(source) => {
            return vec![Err(IngestError::Io {
                origin: origin.to_string(),
                source,
            })]
        }
    };
    let records: Box<dyn Iterator<Item = _>> = match packing {
        Packing::Plain => Box::new(WarcReader::new(file)),
        Packing::Gzip => Box::new(WarcReader::new(std::io::BufReader::new(
            MultiGzDecoder::new(file),
        ))),
    };
    let mut documents = Vec::new();
    let mut records_read = 0usize;
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(source) => {
                documents.push(Err(IngestError::Warc {
                    origin: origin.to_string(),
                    source,
                }));
                return documents;
            }
        };
        records_read += 1;
        let Some(page) = record.html() else {
            continue;
        };
        let url = record.target_uri.as_deref();
        let record_origin = format!("{origin}#record {}", record.number);
        let id = ids.id_for_url(url, || format!("{stem}-{}", record.number));
        documents.push(html_document(
            &page,
            url,
            id,
            record_origin,
            record.date.as_deref(),
        ));
    }
    if records_read == 0 {
        documents.push(Err(IngestError::Empty {
            origin: origin.to_string(),
        }));
    } else if documents.is_empty() {
        documents.push(Err(IngestError::Record {
            origin: origin.to_string(),
            problem: match records_read {
                1 => "WARC archive of 1 record, not an HTML page".to_string(),
                n => format!("WARC archive of {n} records, none an HTML page"),
            },
        }));
    }
    documents
}

/// Every item of a feed as a document: its own text, or with a fetcher the page it
/// links to (the item's title, date and author filling what the page lacks). A page
/// that cannot be fetched is an error naming the item and its URL, and the item's own
/// text is kept.
fn read_feed_file(
    bytes: &[u8],
    origin: &str,
    stem: &str,
    ids: &mut DerivedIds,
    mut fetcher: Option<&mut Fetcher>,
) -> Vec<Result<Document, IngestError>> {
    let feed = match read_feed(bytes) {
        Ok(feed) => feed,
        Err(source) => {
            return vec![Err(IngestError::Feed {
                origin: origin.to_string(),
                source,
            })]
        }
    };
    let mut documents = Vec::new();
    for (index, item) in feed.items.into_iter().enumerate() {
        let item_origin = format!("{origin}#{index}");
        let id = ids.id_for_url(item.link.as_deref(), || format!("{stem}-{index}"));
        let outlet = item
            .link
            .as_deref()
            .and_then(crate::html::host)
            .or_else(|| feed.title.clone());
        let mut fetched = None;
        if let (Some(fetcher), Some(link)) = (fetcher.as_deref_mut(), item.link.as_deref()) {
            let page = fetcher
                .get(link)
                .map_err(|source| IngestError::Fetch {
                    origin: item_origin.clone(),
                    source,
                })
                .and_then(|page| {
                    html_document(&page, Some(link), id.clone(), item_origin.clone(), None)
                });
            match page {
                Ok(page) => fetched = Some(page),
                Err(error) => documents.push(Err(error)),
            }
        }
        let document = match (fetched, item.text) {
            (Some(page), _) => Ok(Document {
                title: page.title.or(item.title),
                author: page.author.or(item.author),
                published: page.published.or(item.published),
                outlet: page.outlet.or(outlet),
                ..page
            }),
            (None, Some(text)) => Ok(Document {
                id,
                url: item.link,
                outlet,
                published: item.published,
                title: item.title,
                author: item.author,
                text,
                origin: item_origin,
                encoding: "UTF-8",
            }),
            (None, None) => Err(IngestError::Empty {
                origin: item_origin,
            }),
        };
        documents.push(document);
    }
    documents
}

/// The file or zip entry documents come from.
struct Source<'a> {
    /// The path, or `path:entry` inside a zip.
    origin: &'a str,
    /// The file name without its extension, for derived ids.
    stem: &'a str,
    /// The encoding the bytes were read in.
    encoding: &'static str,
}

/// The file's bytes, refusing one over the limit before reading it, and an empty one.
fn read_bytes(path: &Path, origin: &str) -> Result<Vec<u8>, IngestError> {
    let io_error = |source| IngestError::Io {
        origin: origin.to_string(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io_error)?.len();
    if size > MAX_INPUT_BYTES {
        return Err(too_large(origin, size));
    }
    let file = std::fs::File::open(path).map_err(io_error)?;
    read_limited(file, size).map_err(|error| match error {
        Limited::Io(source) => io_error(source),
        Limited::Over(size) => too_large(origin, size),
    })
}

enum Limited {
    Io(std::io::Error),
    Over(u64),
}

/// Reads at most [`MAX_INPUT_BYTES`] (a file can grow, and a zip entry can lie about
/// its size); an empty read is [`IngestError::Empty`] by the caller's decode.
/// `expected` is the size the file or entry gives: room for it is made at once (capped
/// at the limit), not grown by doubling and copying.
fn read_limited(reader: impl Read, expected: u64) -> Result<Vec<u8>, Limited> {
    let room = usize::try_from(expected.min(MAX_INPUT_BYTES)).unwrap_or(0);
    // One byte more, so that reading to the end needs no second allocation.
    let mut bytes = Vec::with_capacity(room.saturating_add(1));
    reader
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(Limited::Io)?;
    let size = bytes.len() as u64;
    if size > MAX_INPUT_BYTES {
        return Err(Limited::Over(size));
    }
    Ok(bytes)
}

fn too_large(origin: &str, size: u64) -> IngestError {
    IngestError::TooLarge {
        origin: origin.to_string(),
        size,
        limit: MAX_INPUT_BYTES,
    }
}

/// Decodes, with no bytes (or only a byte-order mark) reported as empty.
fn decode_as(bytes: Vec<u8>, origin: &str) -> Result<crate::Decoded, IngestError> {
    decode_owned(bytes).map_err(|source| match source {
        DecodeError::Empty => IngestError::Empty {
            origin: origin.to_string(),
        },
        source => IngestError::Decode {
            origin: origin.to_string(),
            source,
        },
    })
}

/// One document a line; blank lines are skipped, a bad line is an error and the next
/// lines go on.
fn json_lines(text: &str, source: &Source) -> Vec<Result<Document, IngestError>> {
    let mut documents = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let number = index + 1;
        let origin = format!("{}:{number}", source.origin);
        let fallback_id = format!("{}-{number}", source.stem);
        let document = serde_json::from_str::<Value>(line)
            .map_err(|error| IngestError::Json {
                origin: origin.clone(),
                source: error,
            })
            .and_then(|mut value| {
                let record = as_object(&mut value, &origin)?;
                let id = explicit_id(record, &origin)?.unwrap_or(fallback_id);
                to_document(record, id, origin.clone(), source.encoding)
            });
        documents.push(document);
    }
    documents
}

/// A JSON array of input documents or SaudiNewsNet articles; a bad element is an error
/// and the rest go on.
fn json_array(
    text: &str,
    source: &Source,
    ids: &mut DerivedIds,
) -> Vec<Result<Document, IngestError>> {
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => {
            return vec![Err(IngestError::Json {
                origin: source.origin.to_string(),
                source: error,
            })]
        }
    };
    let Value::Array(elements) = value else {
        return vec![Err(IngestError::Record {
            origin: source.origin.to_string(),
            problem: "expected a JSON array of documents".to_string(),
        })];
    };
    elements
        .into_iter()
        .enumerate()
        .map(|(index, mut element)| {
            let origin = format!("{}#{index}", source.origin);
            let record = as_object(&mut element, &origin)?;
            let id = match explicit_id(record, &origin)? {
                Some(id) => id,
                None => {
                    let url = string_field(record, "url", &origin)?;
                    ids.id_for_url(url.as_deref(), || format!("{}-{index}", source.stem))
                }
            };
            to_document(record, id, origin, source.encoding)
        })
        .collect()
}

/// Every `.json` entry of a zip, each read as a JSON array; other entries are skipped.
fn read_zip(path: &Path, origin: &str, ids: &mut DerivedIds) -> Vec<Result<Document, IngestError>> {
    let zip_error = |origin: &str, source| IngestError::Zip {
        origin: origin.to_string(),
        source,
    };
    let size = match std::fs::metadata(path) {
        Ok(meta) => meta.len(),
        Err(source) => {
            return vec![Err(IngestError::Io {
                origin: origin.to_string(),
                source,
            })]
        }
    };
    if size > MAX_INPUT_BYTES {
        return vec![Err(too_large(origin, size))];
    }
    if size == 0 {
        return vec![Err(IngestError::Empty {
            origin: origin.to_string(),
        })];
    }
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(source) => {
            return vec![Err(IngestError::Io {
                origin: origin.to_string(),
                source,
            })]
        }
    };
    let mut archive = match zip::ZipArchive::new(std::io::BufReader::new(file)) {
        Ok(archive) => archive,
        Err(source) => return vec![Err(zip_error(origin, source))],
    };
    let mut documents = Vec::new();
    for index in 0..archive.len() {
        let mut entry = match archive.by_index(index) {
            Ok(entry) => entry,
            Err(source) => {
                documents.push(Err(zip_error(&format!("{origin}:entry {index}"), source)));
                continue;
            }
        };
        let name = entry.name().to_string();
        let is_json = Path::new(&name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        if entry.is_dir() || !is_json {
            continue;
        }
        let entry_origin = format!("{origin}:{name}");
        if entry.size() > MAX_INPUT_BYTES {
            documents.push(Err(too_large(&entry_origin, entry.size())));
            continue;
        }
        let expected = entry.size();
        let bytes = match read_limited(&mut entry, expected) {
            Ok(bytes) => bytes,
            Err(Limited::Io(source)) => {
                documents.push(Err(IngestError::Io {
                    origin: entry_origin,
                    source,
                }));
                continue;
            }
            Err(Limited::Over(size)) => {
                documents.push(Err(too_large(&entry_origin, size)));
                continue;
            }
        };
        let decoded = match decode_as(bytes, &entry_origin) {
            Ok(decoded) => decoded,
            Err(error) => {
                documents.push(Err(error));
                continue;
            }
        };
        let stem = Path::new(&name)
            .file_stem()
            .map_or_else(|| name.clone(), |s| s.to_string_lossy().into_owned());
        let source = Source {
            origin: &entry_origin,
            stem: &stem,
            encoding: decoded.encoding,
        };
        documents.extend(json_array(&decoded.text, &source, ids));
    }
    documents
}

fn as_object<'a>(
    value: &'a mut Value,
    origin: &str,
) -> Result<&'a mut Map<String, Value>, IngestError> {
    value.as_object_mut().ok_or_else(|| IngestError::Record {
        origin: origin.to_string(),
        problem: "expected a JSON object (a document)".to_string(),
    })
}

/// The record's `id`, a string or a whole number.
fn explicit_id(record: &Map<String, Value>, origin: &str) -> Result<Option<String>, IngestError> {
    match record.get("id") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(id)) if id.trim().is_empty() => Ok(None),
        Some(Value::String(id)) => Ok(Some(id.clone())),
        Some(Value::Number(n)) if n.is_u64() || n.is_i64() => Ok(Some(n.to_string())),
        Some(_) => Err(IngestError::Record {
            origin: origin.to_string(),
            problem: "`id` is neither a string nor a whole number".to_string(),
        }),
    }
}

/// An optional string field: missing, null or empty is `None`; any other type an error.
fn string_field(
    record: &Map<String, Value>,
    name: &str,
    origin: &str,
) -> Result<Option<String>, IngestError> {
    match record.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(IngestError::Record {
            origin: origin.to_string(),
            problem: format!("`{name}` is not a string"),
        }),
    }
}

/// [`string_field`] that moves the string out of the record: the text of a document,
/// the bulk of the input, is not copied.
fn take_string_field(
    record: &mut Map<String, Value>,
    name: &str,
    origin: &str,
) -> Result<Option<String>, IngestError> {
    match record.get_mut(name) {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(Some(std::mem::take(s))),
        _ => string_field(record, name, origin),
    }
}

/// An input document (`text`, `outlet`, `published`) or, without `text`, a SaudiNewsNet
/// article (`content`, `source`, `date` or `date_extracted`). Its text is moved out of
/// `record`.
fn to_document(
    record: &mut Map<String, Value>,
    id: String,
    origin: String,
    encoding: &'static str,
) -> Result<Document, IngestError> {
    let (text, outlet, published) = if record.contains_key("text") {
        let text = take_string_field(record, "text", &origin)?;
        let field = |name: &str| string_field(record, name, &origin);
        (text, field("outlet")?, field("published")?)
    } else if record.contains_key("content") {
        let field = |name: &str| string_field(record, name, &origin);
        let date = match field("date")? {
            Some(date) => Some(date),
            None => field("date_extracted")?,
        };
        let source = field("source");
        let text = take_string_field(record, "content", &origin)?;
        (text, source?, date)
    } else {
        return Err(IngestError::Record {
            origin,
            problem: "no `text` field".to_string(),
        });
    };
    let Some(text) = text else {
        return Err(IngestError::Empty { origin });
    };
    let field = |name: &str| string_field(record, name, &origin);
    Ok(Document {
        id,
        url: field("url")?,
        outlet,
        published: published.map(|p| iso_date_time(&p)),
        title: field("title")?,
        author: field("author")?,
        text,
        origin,
        encoding,
    })
}

/// `2015-07-21 02:51:32` (SaudiNewsNet's form) as ISO `2015-07-21T02:51:32`; any other
/// value unchanged.
fn iso_date_time(value: &str) -> String {
    let bytes = value.as_bytes();
    let date_like = bytes.len() > 11
        && bytes.get(10) == Some(&b' ')
        && bytes.iter().take(10).enumerate().all(|(i, &b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        })
        && bytes.get(11).is_some_and(u8::is_ascii_digit);
    if date_like {
        value.replacen(' ', "T", 1)
    } else {
        value.to_string()
    }
}

/// The last segment of a URL's path without its extension (`article_974922.html` ->
/// `article_974922`), with the query's values appended when there is a query
/// (`News_Detail.aspx?ArticleID=229720` -> `News_Detail-229720`): the part of the URL
/// that names the article.
fn id_from_url(url: &str) -> Option<String> {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let without_fragment = after_scheme.split('#').next().unwrap_or_default();
    let (location, query) = without_fragment
        .split_once('?')
        .unwrap_or((without_fragment, ""));
    // The host is not part of the path.
    let path = location.split_once('/').map_or("", |(_, path)| path);
    let last = path.split('/').rev().find(|s| !s.is_empty())?;
    let base = match last.rsplit_once('.') {
        Some((base, ext))
            if !base.is_empty()
                && (1..=5).contains(&ext.len())
                && ext.bytes().all(|b| b.is_ascii_alphabetic()) =>
        {
            base
        }
        _ => last,
    };
    let mut id = base.to_string();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let value = pair.split_once('=').map_or(pair, |(_, value)| value);
        if !value.is_empty() {
            id.push('-');
            id.push_str(value);
        }
    }
    Some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_urls() {
        let cases = [
            ("http://www.alriyadh.com/1066713", Some("1066713")),
            (
                "http://www.aleqt.com/2015/07/20/article_974922.html",
                Some("article_974922"),
            ),
            (
                "http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=229720&CategoryID=1",
                Some("News_Detail-229720-1"),
            ),
            (
                "http://www.alweeam.com.sa/348531/طيران-ناس/",
                Some("طيران-ناس"),
            ),
            ("http://sabq.org/PHGKif#top", Some("PHGKif")),
            ("http://sabq.org/", None),
            ("sabq.org", None),
            ("", None),
        ];
        for (url, expected) in cases {
            assert_eq!(id_from_url(url).as_deref(), expected, "{url}");
        }
    }

    #[test]
    fn saudinewsnet_dates_become_iso() {
        let cases = [
            ("2015-07-21 02:51:32", "2015-07-21T02:51:32"),
            ("2015-07-21", "2015-07-21"),
            ("2015-07-21T02:51:32Z", "2015-07-21T02:51:32Z"),
            ("21 يوليو 2015", "21 يوليو 2015"),
        ];
        for (input, expected) in cases {
            assert_eq!(iso_date_time(input), expected);
        }
    }
}

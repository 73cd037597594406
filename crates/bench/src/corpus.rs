//! Loading the SaudiNewsNet articles: every zip in a folder holds one JSON array of
//! `{source, url, date_extracted, title, author, content}`, read by `rasid-ingest`.

use anyhow::{Context, Result};
use jiff::civil::DateTime;
use rasid_ingest::IngestError;
use std::path::Path;

/// One article's text and the moment it was collected (the reference for relative
/// dates), when that parses.
pub struct Article {
    /// The article body.
    pub content: String,
    /// `date_extracted`, as a civil date-time.
    pub reference: Option<DateTime>,
}

/// Reads every article of every `*.zip` in `dir`, in file-name order, stopping once
/// `max_bytes` of article text are in (all of it when `None`). Articles without text are
/// passed over; any other unreadable input is an error.
pub fn load(dir: &Path, max_bytes: Option<usize>) -> Result<Vec<Article>> {
    let mut zips: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("listing {}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "zip"))
        .collect();
    zips.sort();
    let mut articles = Vec::new();
    let mut bytes = 0;
    for document in rasid_ingest::read_inputs(&zips) {
        let document = match document {
            Ok(document) => document,
            Err(IngestError::Empty { .. }) => continue,
            Err(error) => return Err(error.into()),
        };
        if max_bytes.is_some_and(|max| bytes >= max) {
            break;
        }
        bytes += document.text.len();
        articles.push(Article {
            reference: document.published.as_deref().and_then(parse_reference),
            content: document.text,
        });
    }
    Ok(articles)
}

/// `2015-07-21 02:51:32` (a space, not a `T`) or any ISO form jiff reads.
fn parse_reference(s: &str) -> Option<DateTime> {
    s.parse()
        .ok()
        .or_else(|| s.replacen(' ', "T", 1).parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_with_a_space() {
        let d = parse_reference("2015-07-21 02:51:32").expect("parses");
        assert_eq!(d, jiff::civil::date(2015, 7, 21).at(2, 51, 32, 0));
        assert!(parse_reference("yesterday").is_none());
    }
}

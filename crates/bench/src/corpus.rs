//! Loading the SaudiNewsNet articles: every zip in a folder holds one JSON array of
//! `{source, url, date_extracted, title, author, content}`.

use anyhow::{Context, Result};
use jiff::civil::DateTime;
use serde_json::Value;
use std::io::Read;
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
/// `max_bytes` of article text are in (all of it when `None`).
pub fn load(dir: &Path, max_bytes: Option<usize>) -> Result<Vec<Article>> {
    let mut zips: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("listing {}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "zip"))
        .collect();
    zips.sort();
    let mut articles = Vec::new();
    let mut bytes = 0;
    for path in &zips {
        let file =
            std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
        let mut archive =
            zip::ZipArchive::new(file).with_context(|| format!("reading {}", path.display()))?;
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i)?;
            let mut json = String::new();
            entry
                .read_to_string(&mut json)
                .with_context(|| format!("unpacking {} from {}", entry.name(), path.display()))?;
            let parsed: Value = serde_json::from_str(&json)
                .with_context(|| format!("parsing {} from {}", entry.name(), path.display()))?;
            for a in parsed.as_array().into_iter().flatten().filter_map(article) {
                if max_bytes.is_some_and(|max| bytes >= max) {
                    return Ok(articles);
                }
                bytes += a.content.len();
                articles.push(a);
            }
        }
    }
    Ok(articles)
}

fn article(value: &Value) -> Option<Article> {
    let content = value.get("content")?.as_str()?.to_string();
    let reference = value
        .get("date_extracted")
        .and_then(Value::as_str)
        .and_then(parse_reference);
    Some(Article { content, reference })
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

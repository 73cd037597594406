//! An RSS, Atom or JSON Feed to its items, each an article of its own.
//!
//! feed-rs reads every common flavour (RSS 0.9x to 2.0, RSS 1.0, Atom, JSON Feed). An
//! item's text is its full content when the feed carries it, else its description or
//! summary, with any HTML markup turned into plain text. An item's link is kept: with
//! `--fetch` the linked page gives the article when the feed only teases it.

use crate::html::tidy;

/// One item of a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedItem {
    /// The item's link (its first `alternate` link, else its first link).
    pub link: Option<String>,
    /// The item's title.
    pub title: Option<String>,
    /// Its publication date (else its update date), as ISO 8601 in UTC.
    pub published: Option<String>,
    /// Its authors' names, joined.
    pub author: Option<String>,
    /// Its content or else its summary as plain text; `None` when it has neither.
    pub text: Option<String>,
}

/// A feed and its items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    /// The feed's title: the outlet, nearly always.
    pub title: Option<String>,
    /// The items in the feed's order.
    pub items: Vec<FeedItem>,
}

/// Why bytes are not a feed with items.
#[derive(Debug, thiserror::Error)]
pub enum FeedError {
    /// Not a feed feed-rs reads (broken XML, another XML vocabulary, bad JSON).
    #[error("not an RSS, Atom or JSON feed: {0}")]
    Parse(String),
    /// A well-formed feed with no items.
    #[error("feed with no items")]
    NoItems,
}

/// Reads a feed's items.
pub fn read_feed(bytes: &[u8]) -> Result<Feed, FeedError> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| FeedError::Parse(e.to_string()))?;
    if feed.entries.is_empty() {
        return Err(FeedError::NoItems);
    }
    let title = feed.title.as_ref().and_then(|t| plain(&t.content));
    let items = feed
        .entries
        .into_iter()
        .map(|entry| {
            let link = entry
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or(entry.links.first())
                .map(|l| l.href.trim().to_string())
                .filter(|l| !l.is_empty());
            let text = entry
                .content
                .as_ref()
                .and_then(|c| c.body.as_deref())
                .and_then(plain)
                .or_else(|| entry.summary.as_ref().and_then(|s| plain(&s.content)));
            let authors: Vec<String> = entry
                .authors
                .iter()
                .filter_map(|p| p.name.as_deref().map(person_name))
                .filter(|n| !n.is_empty())
                .collect();
            FeedItem {
                link,
                title: entry.title.as_ref().and_then(|t| plain(&t.content)),
                published: entry
                    .published
                    .or(entry.updated)
                    .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
                author: (!authors.is_empty()).then(|| authors.join(", ")),
                text,
            }
        })
        .collect();
    Ok(Feed { title, items })
}

/// Text that may hold HTML markup or entities as plain text; `None` if nothing is left.
fn plain(text: &str) -> Option<String> {
    let text = if text.contains('<') || text.contains('&') {
        let fragment = dom_query::Document::from(format!("<body>{text}</body>"));
        fragment.select("script, style").remove();
        tidy(&fragment.select("body").formatted_text())
    } else {
        tidy(text)
    };
    (!text.is_empty()).then_some(text)
}

/// An RSS author as a name: `news@example.com (Samer Halabi)` -> `Samer Halabi`.
fn person_name(author: &str) -> String {
    let author = author.trim();
    match author.split_once('(') {
        Some((_, name)) if author.ends_with(')') => name.trim_end_matches(')').trim().to_string(),
        _ => author.to_string(),
    }
}

//! An HTML page to an article: its main content, headline, author, date and outlet.
//!
//! News pages carry the article among menus, share bars, related links and footers;
//! dom_smoothie (Mozilla's Readability in Rust) keeps the main content. The metadata
//! comes from where publishers put it: JSON-LD (`NewsArticle`'s `headline`, `author`,
//! `datePublished`), Open Graph and `article:` meta tags, Dublin Core (`dc.date`), a
//! `<time datetime>`, and the outlet from `og:site_name` or else the URL's host.
//!
//! The bytes are decoded by the page's own declaration (a byte-order mark, else
//! `<meta charset>` or `http-equiv` in the first kilobytes), else detected as any text
//! (see [`crate::decode`]): Arabic pages come in UTF-8, Windows-1256 and ISO-8859-6.

use dom_smoothie::{Config, Readability, TextMode};
use encoding_rs::Encoding;

use crate::decode::{decode, DecodeError};

/// An article read from one HTML page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlArticle {
    /// The main content as plain text, paragraphs on their own lines.
    pub text: String,
    /// The headline (JSON-LD `headline`, `og:title`, else `<title>` cleaned of the
    /// site's name).
    pub title: Option<String>,
    /// The author or byline.
    pub author: Option<String>,
    /// The publication date as the page gives it (ISO 8601 nearly always).
    pub published: Option<String>,
    /// The outlet: `og:site_name`, JSON-LD `publisher`, else the URL's host.
    pub outlet: Option<String>,
    /// The page's canonical URL (`og:url` or `<link rel=canonical>`), when it has one.
    pub url: Option<String>,
    /// The WHATWG name of the encoding the page was read in.
    pub encoding: &'static str,
}

/// Why a page gives no article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HtmlError {
    /// The bytes are not text (binary, empty).
    #[error("{0}")]
    Decode(#[from] DecodeError),
    /// The page parsed but holds no text (an empty body, only scripts or markup).
    #[error("HTML page with no text")]
    NoText,
}

/// How far into the page a `<meta charset>` is looked for: the HTML standard's 1024
/// bytes, with room for pages that put long comments or scripts first.
const CHARSET_SNIFF_BYTES: usize = 4096;

/// Elements that are never the article, dropped when Readability finds no main content
/// and the whole body is taken instead.
const BOILERPLATE: &str = "script, style, noscript, template, nav, header, footer, aside, \
     form, menu, [role=navigation], [role=banner], [role=contentinfo]";

/// Reads one HTML page. `url` is where it was found (a WARC record, a feed link), used
/// for the outlet when the page names none.
pub fn read_html(bytes: &[u8], url: Option<&str>) -> Result<HtmlArticle, HtmlError> {
    let (html, encoding) = decode_html(bytes)?;
    let document = dom_query::Document::from(html.as_str());
    let meta = Meta::of(&document);
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    // A URL Readability refuses (relative, junk) only loses link resolution.
    let absolute = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let readability = Readability::with_document(document.clone(), absolute, Some(config.clone()))
        .or_else(|_| Readability::with_document(document.clone(), None, Some(config)));
    let article = readability.ok().and_then(|mut r| r.parse().ok());
    let mut text = article
        .as_ref()
        .map(|a| tidy(&a.text_content))
        .unwrap_or_default();
    if text.is_empty() {
        document.select(BOILERPLATE).remove();
        text = tidy(&document.select("body").formatted_text());
    }
    // Stray markup characters of a broken page (`<<>>`) are no text.
    if !text.chars().any(char::is_alphanumeric) {
        return Err(HtmlError::NoText);
    }
    let article_field = |f: fn(&dom_smoothie::Article) -> Option<&str>| {
        article.as_ref().and_then(f).and_then(non_empty)
    };
    let title = meta
        .headline
        .clone()
        .or_else(|| article_field(|a| Some(a.title.as_str())));
    let author = meta
        .author
        .clone()
        .or_else(|| article_field(|a| a.byline.as_deref()));
    let published = article_field(|a| a.published_time.as_deref()).or(meta.published.clone());
    let outlet = article_field(|a| a.site_name.as_deref())
        .or(meta.site_name.clone())
        .or_else(|| meta.url.as_deref().or(url).and_then(host));
    Ok(HtmlArticle {
        text,
        title,
        author,
        published,
        outlet,
        url: meta.url,
        encoding,
    })
}

/// The page as text, in the encoding it declares, else the one detected.
fn decode_html(bytes: &[u8]) -> Result<(String, &'static str), DecodeError> {
    if Encoding::for_bom(bytes).is_none() {
        if let Some(encoding) = declared_charset(bytes) {
            // A page declaring UTF-8 that is not is better read by detection.
            let valid_utf8 = std::str::from_utf8(bytes).is_ok();
            if encoding != encoding_rs::UTF_8 || valid_utf8 {
                if bytes.is_empty() {
                    return Err(DecodeError::Empty);
                }
                if let Some(offset) = bytes.iter().position(|&b| b == 0) {
                    return Err(DecodeError::Nul { offset });
                }
                let (text, _) = encoding.decode_without_bom_handling(bytes);
                return Ok((text.into_owned(), encoding.name()));
            }
        }
    }
    let decoded = decode(bytes)?;
    Ok((decoded.text, decoded.encoding))
}

/// The encoding a page declares in its first bytes: `<meta charset="...">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=...">`. A declared
/// UTF-16 is ignored (the declaration could not be read in ASCII if it were true).
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..CHARSET_SNIFF_BYTES).unwrap_or(bytes);
    let head = head.to_ascii_lowercase();
    let mut rest = head.as_slice();
    while let Some(at) = find(rest, b"charset") {
        rest = rest.get(at + b"charset".len()..)?;
        let value = rest
            .iter()
            .skip_while(|b| b.is_ascii_whitespace())
            .skip_while(|&&b| b == b'=')
            .skip_while(|b| b.is_ascii_whitespace() || **b == b'"' || **b == b'\'')
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
            .copied()
            .collect::<Vec<u8>>();
        if let Some(encoding) = Encoding::for_label(&value) {
            if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
                return Some(encoding_rs::UTF_8);
            }
            return Some(encoding);
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Metadata read from the page's head and JSON-LD, before Readability changes the tree.
#[derive(Default)]
struct Meta {
    headline: Option<String>,
    author: Option<String>,
    published: Option<String>,
    site_name: Option<String>,
    url: Option<String>,
}

impl Meta {
    fn of(document: &dom_query::Document) -> Meta {
        let meta = |names: &[&str]| {
            names.iter().find_map(|name| {
                let selector = format!(
                    "meta[property=\"{name}\" i], meta[name=\"{name}\" i], meta[itemprop=\"{name}\" i]"
                );
                document
                    .select(&selector)
                    .iter()
                    .find_map(|m| m.attr("content").and_then(|c| non_empty(&c)))
            })
        };
        let mut found = Meta::default();
        for script in document
            .select("script[type=\"application/ld+json\" i]")
            .iter()
        {
            if let Ok(value) = serde_json::from_str::<serde_json::Value>(&script.text()) {
                found.merge_json_ld(&value, 0);
            }
        }
        found.headline = found
            .headline
            .or_else(|| meta(&["og:title", "twitter:title", "dc.title", "headline"]));
        found.author = found
            .author
            .or_else(|| {
                meta(&[
                    "author",
                    "article:author",
                    "dc.creator",
                    "byl",
                    "sailthru.author",
                ])
            })
            .filter(|a| !a.starts_with("http"));
        found.published = found
            .published
            .or_else(|| {
                meta(&[
                    "article:published_time",
                    "og:published_time",
                    "datePublished",
                    "dc.date",
                    "dc.date.issued",
                    "dcterms.created",
                    "pubdate",
                    "publish-date",
                    "date",
                ])
            })
            .or_else(|| {
                document
                    .select("time[datetime]")
                    .iter()
                    .find_map(|t| t.attr("datetime").and_then(|d| non_empty(&d)))
            });
        found.site_name = found
            .site_name
            .or_else(|| meta(&["og:site_name", "application-name"]));
        found.url = meta(&["og:url"])
            .or_else(|| {
                document
                    .select("link[rel=canonical]")
                    .attr("href")
                    .and_then(|h| non_empty(&h))
            })
            .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
        found
    }

    /// Fills what is still missing from a JSON-LD value: an article object, a list or an
    /// `@graph` of them. Depth-limited, as JSON from the web can nest without end.
    fn merge_json_ld(&mut self, value: &serde_json::Value, depth: usize) {
        use serde_json::Value;
        if depth > 8 {
            return;
        }
        match value {
            Value::Array(items) => {
                for item in items {
                    self.merge_json_ld(item, depth + 1);
                }
            }
            Value::Object(object) => {
                if let Some(graph) = object.get("@graph") {
                    self.merge_json_ld(graph, depth + 1);
                }
                let kind = object.get("@type").map(json_text).unwrap_or_default();
                if !kind.contains("Article") && !kind.contains("Posting") && kind != "Report" {
                    return;
                }
                let text = |name: &str| object.get(name).map(json_text).and_then(|t| non_empty(&t));
                if self.headline.is_none() {
                    self.headline = text("headline").or_else(|| text("name"));
                }
                if self.published.is_none() {
                    self.published = text("datePublished").or_else(|| text("dateCreated"));
                }
                if self.author.is_none() {
                    self.author = object.get("author").and_then(person_names);
                }
                if self.site_name.is_none() {
                    self.site_name = object.get("publisher").and_then(person_names);
                }
            }
            _ => {}
        }
    }
}

/// A JSON-LD string, or the names of a list of strings or `@type` values, joined.
fn json_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.trim().to_string(),
        serde_json::Value::Array(items) => items
            .iter()
            .filter_map(|i| i.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    }
}

/// The `name`s of a JSON-LD person or organisation, or of a list of them, joined.
fn person_names(value: &serde_json::Value) -> Option<String> {
    let names: Vec<String> = match value {
        serde_json::Value::Array(items) => items.iter().filter_map(person_names).collect(),
        serde_json::Value::Object(o) => o.get("name").map(json_text).into_iter().collect(),
        serde_json::Value::String(s) => vec![s.trim().to_string()],
        _ => Vec::new(),
    };
    let names: Vec<String> = names.into_iter().filter(|n| !n.is_empty()).collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// The host of an absolute URL, without `www.`.
pub(crate) fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    non_empty(host).map(|h| h.to_ascii_lowercase())
}

fn non_empty(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// Text with each line's spaces collapsed, blank lines dropped and lines joined by one
/// newline, so that a claim's evidence reads as the page showed it.
pub(crate) fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&words.join(" "));
    }
    out
}

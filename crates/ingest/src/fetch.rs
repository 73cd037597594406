//! Fetching the article pages a feed links to, politely.
//!
//! A [`Fetcher`] names itself ([`user_agent`]), asks each host's
//! `robots.txt` first and keeps out of what it disallows for rasid or for every robot,
//! waits between two requests to one host (its own interval, or the host's longer
//! `Crawl-delay`), gives up on a page after a timeout, and reads at most a size cap.
//! HTTP is ureq with rustls (pure Rust, Mozilla's roots built in): no system TLS.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// The user agent every request sends: who is asking (`rasid/<version>`) and, when the
/// package names its repository (`repository` in Cargo.toml), where to read about it:
/// `rasid/0.1.0 (+https://...)`.
pub fn user_agent() -> String {
    let version = env!("CARGO_PKG_VERSION");
    match env!("CARGO_PKG_REPOSITORY") {
        "" => format!("rasid/{version}"),
        repository => format!("rasid/{version} (+{repository})"),
    }
}

/// The product token `robots.txt` groups are matched against.
const ROBOT_NAME: &str = "rasid";

/// How a [`Fetcher`] behaves; [`FetchPolicy::default`] is what `--fetch` uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchPolicy {
    /// The least time between two requests to one host (robots.txt included).
    pub per_host_interval: Duration,
    /// The longest a whole request may take, connection to last byte.
    pub timeout: Duration,
    /// The most bytes of one page read; a larger page is an error.
    pub max_bytes: u64,
    /// The longest `Crawl-delay` honoured: a host asking for more is waited on this long.
    pub max_crawl_delay: Duration,
}

impl Default for FetchPolicy {
    fn default() -> Self {
        FetchPolicy {
            per_host_interval: Duration::from_secs(1),
            timeout: Duration::from_secs(20),
            max_bytes: 8 * 1024 * 1024,
            max_crawl_delay: Duration::from_secs(30),
        }
    }
}

/// Why a page was not fetched.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The URL is not an absolute `http` or `https` URL.
    #[error("{url}: not an http(s) URL")]
    BadUrl {
        /// The URL.
        url: String,
    },
    /// The host's robots.txt disallows the page to rasid.
    #[error("{url}: disallowed by robots.txt")]
    Disallowed {
        /// The URL.
        url: String,
    },
    /// The server answered with an error status.
    #[error("{url}: HTTP status {status}")]
    Status {
        /// The URL.
        url: String,
        /// The status code.
        status: u16,
    },
    /// No answer within the timeout, a connection refused, a body over the cap...
    #[error("{url}: {source}")]
    Http {
        /// The URL.
        url: String,
        /// What ureq said.
        #[source]
        source: Box<ureq::Error>,
    },
}

/// What a host's robots.txt says to rasid.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Robots {
    /// `(allow, path pattern)` rules of the group that applies, in file order.
    rules: Vec<(bool, String)>,
    /// The group's `Crawl-delay`, in seconds.
    crawl_delay: Option<f64>,
}

impl Robots {
    /// Reads a robots.txt: the group naming rasid applies, else the `*` group, else
    /// nothing is disallowed.
    pub fn parse(text: &str) -> Robots {
        let mut named = None::<Robots>;
        let mut any = None::<Robots>;
        // The agents of the group being read, and whether its rules have begun.
        let mut agents: Vec<String> = Vec::new();
        let mut in_rules = false;
        let mut current = Robots::default();
        let mut finish = |agents: &[String], group: Robots| {
            if agents
                .iter()
                .any(|a| ROBOT_NAME.starts_with(a.as_str()) && !a.is_empty() && a != "*")
            {
                named
                    .get_or_insert_with(Robots::default)
                    .merge(group.clone());
            }
            if agents.iter().any(|a| a == "*") {
                any.get_or_insert_with(Robots::default).merge(group);
            }
        };
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or_default().trim();
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim();
            match key.trim().to_ascii_lowercase().as_str() {
                "user-agent" => {
                    if in_rules {
                        finish(&agents, std::mem::take(&mut current));
                        agents.clear();
                        in_rules = false;
                    }
                    agents.push(value.to_ascii_lowercase());
                }
                "disallow" | "allow" => {
                    in_rules = true;
                    // An empty Disallow allows everything: no rule.
                    if !value.is_empty() {
                        current
                            .rules
                            .push((key.trim().eq_ignore_ascii_case("allow"), value.to_string()));
                    }
                }
                "crawl-delay" => {
                    in_rules = true;
                    current.crawl_delay = value
                        .parse::<f64>()
                        .ok()
                        .filter(|d| d.is_finite() && *d >= 0.0);
                }
                _ => {}
            }
        }
        finish(&agents, current);
        named.or(any).unwrap_or_default()
    }

    fn merge(&mut self, other: Robots) {
        self.rules.extend(other.rules);
        self.crawl_delay = self.crawl_delay.or(other.crawl_delay);
    }

    /// Whether a path (with its query) may be fetched: the longest matching rule
    /// decides, `Allow` winning a tie, as RFC 9309 says.
    pub fn allows(&self, path: &str) -> bool {
        let mut best: Option<(usize, bool)> = None;
        for (allow, pattern) in &self.rules {
            if pattern_matches(pattern, path) {
                let length = pattern.len();
                let better = match best {
                    None => true,
                    Some((best_length, best_allow)) => {
                        length > best_length || (length == best_length && *allow && !best_allow)
                    }
                };
                if better {
                    best = Some((length, *allow));
                }
            }
        }
        best.is_none_or(|(_, allow)| allow)
    }
}

/// A robots.txt path pattern: a prefix, where `*` matches any run of characters and a
/// final `$` anchors the end.
fn pattern_matches(pattern: &str, path: &str) -> bool {
    let (pattern, anchored) = match pattern.strip_suffix('$') {
        Some(p) => (p, true),
        None => (pattern, false),
    };
    let mut parts = pattern.split('*');
    let Some(first) = parts.next() else {
        return true;
    };
    let Some(mut rest) = path.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        if last && anchored {
            return rest.ends_with(part);
        }
        match rest.find(part) {
            Some(at) => rest = rest.get(at + part.len()..).unwrap_or_default(),
            None => return false,
        }
    }
    !anchored || rest.is_empty()
}

/// A polite HTTP client for one run: robots.txt per host read once, requests to one
/// host spaced out.
pub struct Fetcher {
    agent: ureq::Agent,
    policy: FetchPolicy,
    robots: HashMap<String, Robots>,
    last_request: HashMap<String, Instant>,
}

impl Fetcher {
    /// A fetcher with the given policy.
    pub fn new(policy: FetchPolicy) -> Fetcher {
        let agent = ureq::Agent::config_builder()
            .user_agent(user_agent())
            .timeout_global(Some(policy.timeout))
            .http_status_as_error(false)
            .max_redirects(5)
            .build()
            .into();
        Fetcher {
            agent,
            policy,
            robots: HashMap::new(),
            last_request: HashMap::new(),
        }
    }

    /// The page at `url`, after robots.txt allows it and the host's interval has passed.
    pub fn get(&mut self, url: &str) -> Result<Vec<u8>, FetchError> {
        let (origin, path) = split_url(url).ok_or_else(|| FetchError::BadUrl {
            url: url.to_string(),
        })?;
        if !self.robots.contains_key(&origin) {
            let robots_url = format!("{origin}/robots.txt");
            // No robots.txt (404, an error, a timeout) is taken as no rule, as RFC 9309
            // says for "unavailable"; the request still counts against the interval.
            let robots = match self.request(&origin, &robots_url, 512 * 1024) {
                Ok(bytes) => Robots::parse(&String::from_utf8_lossy(&bytes)),
                Err(_) => Robots::default(),
            };
            self.robots.insert(origin.clone(), robots);
        }
        let allowed = self.robots.get(&origin).is_none_or(|r| r.allows(&path));
        if !allowed {
            return Err(FetchError::Disallowed {
                url: url.to_string(),
            });
        }
        self.request(&origin, url, self.policy.max_bytes)
    }

    /// One GET, after waiting out the host's interval.
    fn request(&mut self, origin: &str, url: &str, max_bytes: u64) -> Result<Vec<u8>, FetchError> {
        let crawl_delay = self
            .robots
            .get(origin)
            .and_then(|r| r.crawl_delay)
            .map(|d| Duration::from_secs_f64(d).min(self.policy.max_crawl_delay))
            .unwrap_or_default();
        let interval = self.policy.per_host_interval.max(crawl_delay);
        if let Some(last) = self.last_request.get(origin) {
            let ready = *last + interval;
            let now = Instant::now();
            if ready > now {
                std::thread::sleep(ready - now);
            }
        }
        self.last_request.insert(origin.to_string(), Instant::now());
        let http = |source| FetchError::Http {
            url: url.to_string(),
            source: Box::new(source),
        };
        let mut response = self.agent.get(url).call().map_err(http)?;
        let status = response.status().as_u16();
        if !(200..300).contains(&status) {
            return Err(FetchError::Status {
                url: url.to_string(),
                status,
            });
        }
        response
            .body_mut()
            .with_config()
            .limit(max_bytes)
            .read_to_vec()
            .map_err(http)
    }
}

/// `https://host:port` and the path with its query, of an absolute http(s) URL.
fn split_url(url: &str) -> Option<(String, String)> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = rest.get(..end)?;
    if authority.is_empty() {
        return None;
    }
    let path = rest.get(end..)?.split('#').next().unwrap_or_default();
    let path = if path.is_empty() || path.starts_with('?') {
        format!("/{path}")
    } else {
        path.to_string()
    };
    Some((
        format!("{scheme}://{}", authority.to_ascii_lowercase()),
        path,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn robots_rules() {
        let robots = "User-agent: *\nDisallow: /private\nAllow: /private/open\nCrawl-delay: 2\n\n\
                      User-agent: BadBot\nDisallow: /\n";
        let cases = [
            ("/news/1.html", true),
            ("/private/x", false),
            ("/private/open/x", true),
            ("/privately", false),
        ];
        let parsed = Robots::parse(robots);
        for (path, allowed) in cases {
            assert_eq!(parsed.allows(path), allowed, "{path}");
        }
        assert_eq!(parsed.crawl_delay, Some(2.0));
        let named =
            Robots::parse("User-agent: *\nDisallow:\n\nUser-agent: rasid\nDisallow: /*.pdf$\n");
        assert!(!named.allows("/a/report.pdf"));
        assert!(named.allows("/a/report.pdf.html"));
        assert!(named.allows("/private"));
    }

    #[test]
    fn urls_split() {
        let cases = [
            (
                "https://Example.com/a/b?c=1#f",
                Some(("https://example.com", "/a/b?c=1")),
            ),
            (
                "http://127.0.0.1:8080",
                Some(("http://127.0.0.1:8080", "/")),
            ),
            ("ftp://x/y", None),
            ("/relative", None),
        ];
        for (url, expected) in cases {
            let got = split_url(url);
            assert_eq!(
                got.as_ref().map(|(o, p)| (o.as_str(), p.as_str())),
                expected,
                "{url}"
            );
        }
    }
}

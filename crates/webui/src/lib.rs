//! rasid's web UI, embedded: the files npm builds into `web/dist` (the bundled script and
//! stylesheet, fonts, `index.html`) and the two map layers (`geo/countries.json`, the
//! Natural Earth borders of world-atlas; `geo/admin.json`, the gazetteer's governorates
//! and districts), compiled into the binary so that `rasid serve` needs no file and the
//! browser fetches nothing from the internet.
//!
//! The build script runs `npm ci` (when `web/node_modules` is missing or older than the
//! lock file) and `npm run build` whenever `web/dist` is missing or older than `web/src`.
#![deny(missing_docs)]

use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

/// The bytes and content type of the UI file at `path` (`/`, `index.html`,
/// `/assets/main-HASH.js`, `geo/admin.json`; a leading `/` is optional), or `None`. Paths
/// are matched exactly against the embedded files, so `..` and the like find nothing.
pub fn asset(path: &str) -> Option<(Cow<'static, [u8]>, &'static str)> {
    let path = path.strip_prefix('/').unwrap_or(path);
    let path = if path.is_empty() { "index.html" } else { path };
    let index = ASSETS
        .binary_search_by(|(name, _)| (*name).cmp(path))
        .ok()?;
    let (name, bytes) = ASSETS.get(index)?;
    Some((Cow::Borrowed(*bytes), content_type(name)))
}

/// Whether a file's name carries its content's hash (`/assets/main-5NZJ2TC6.js`), so that
/// a server may let browsers cache it for good; `index.html`, the map layers and the
/// licence texts do not.
pub fn is_immutable(path: &str) -> bool {
    let path = path.strip_prefix('/').unwrap_or(path);
    path.starts_with("assets/") && !path.ends_with(".txt")
}

/// The paths of every embedded file, sorted (without a leading `/`).
pub fn paths() -> impl Iterator<Item = &'static str> {
    ASSETS.iter().map(|(name, _)| *name)
}

/// The content type a file's extension calls for.
pub fn content_type(path: &str) -> &'static str {
    let extension = path.rsplit_once('.').map_or("", |(_, extension)| extension);
    match extension.to_ascii_lowercase().as_str() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "txt" => "text/plain; charset=utf-8",
        "map" => "application/json",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests;

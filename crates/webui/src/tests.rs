use super::*;

fn text(path: &str) -> String {
    let (bytes, _) = asset(path).unwrap_or_else(|| panic!("{path} is embedded"));
    String::from_utf8(bytes.into_owned()).unwrap_or_else(|_| panic!("{path} is UTF-8"))
}

#[test]
fn content_types_follow_extensions() {
    for (path, expected) in [
        ("index.html", "text/html; charset=utf-8"),
        ("assets/main-ABC.js", "text/javascript; charset=utf-8"),
        ("assets/main-ABC.css", "text/css; charset=utf-8"),
        ("geo/admin.json", "application/json"),
        ("assets/font-X.woff2", "font/woff2"),
        ("assets/layers-X.png", "image/png"),
        ("assets/X.LEGAL.txt", "text/plain; charset=utf-8"),
        ("README", "application/octet-stream"),
        ("INDEX.HTML", "text/html; charset=utf-8"),
    ] {
        assert_eq!(content_type(path), expected, "{path}");
    }
}

#[test]
fn the_root_and_index_html_are_the_same_page() {
    for path in ["", "/", "index.html", "/index.html"] {
        let (bytes, kind) = asset(path).unwrap_or_else(|| panic!("{path:?} is served"));
        assert_eq!(kind, "text/html; charset=utf-8", "{path:?}");
        assert!(bytes.starts_with(b"<!doctype html>"), "{path:?}");
    }
}

#[test]
fn unknown_and_escaping_paths_find_nothing() {
    for path in [
        "/nothing",
        "../Cargo.toml",
        "/assets/../index.html",
        "assets",
        "geo/",
        "/api/stats",
        "index.htm",
    ] {
        assert!(asset(path).is_none(), "{path:?}");
    }
}

#[test]
fn every_asset_the_page_names_is_embedded() {
    let html = text("index.html");
    let mut named = 0;
    for part in html.split('"').filter(|part| part.starts_with("/assets/")) {
        assert!(
            asset(part).is_some(),
            "index.html names {part}, which is not embedded"
        );
        named += 1;
    }
    assert_eq!(
        named, 2,
        "index.html names one script and one stylesheet: {html}"
    );
    // The stylesheet's fonts and images are embedded too.
    let css_path = html
        .split('"')
        .find(|part| part.ends_with(".css"))
        .unwrap_or_default();
    let css = text(css_path);
    for url in css.split("url(").skip(1) {
        let target = url
            .split(')')
            .next()
            .unwrap_or_default()
            .trim_matches(|c| c == '"' || c == '\'');
        // Inline data and fragment references (leaflet's old-IE `#default#VML`) fetch nothing.
        if target.starts_with("data:") || target.starts_with('#') {
            continue;
        }
        assert!(
            asset(target).is_some(),
            "{css_path} refers to {target}, which is not embedded"
        );
    }
}

#[test]
fn nothing_refers_to_the_internet() {
    for path in paths()
        .filter(|path| path.ends_with(".js") || path.ends_with(".css") || path.ends_with(".html"))
    {
        let content = text(path);
        for scheme in ["http://", "https://"] {
            for (at, _) in content.match_indices(scheme) {
                let url: String = content[at..]
                    .chars()
                    .take_while(|c| !matches!(c, '"' | '\'' | ')' | ' ' | '<' | '>'))
                    .collect();
                // Namespace names and licence text are not fetched.
                let allowed = [
                    "http://www.w3.org/",
                    "https://leafletjs.com",
                    "https://github.com/",
                    "http://leafletjs.com",
                ];
                assert!(
                    allowed.iter().any(|prefix| url.starts_with(prefix)),
                    "{path} refers to {url}"
                );
            }
        }
    }
}

#[test]
fn the_map_layers_are_topojson_with_their_objects() {
    for (path, objects) in [
        ("geo/countries.json", &["countries"][..]),
        ("geo/admin.json", &["governorates", "districts"][..]),
    ] {
        let value: serde_json::Value =
            serde_json::from_str(&text(path)).unwrap_or_else(|error| panic!("{path}: {error}"));
        assert_eq!(value["type"], "Topology", "{path}");
        for object in objects {
            let geometries = value["objects"][object]["geometries"]
                .as_array()
                .map_or(0, Vec::len);
            assert!(
                geometries > 10,
                "{path}: {object} has {geometries} geometries"
            );
        }
    }
    let admin: serde_json::Value =
        serde_json::from_str(&text("geo/admin.json")).unwrap_or_default();
    let names: Vec<&str> = admin["objects"]["governorates"]["geometries"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|geometry| geometry["properties"]["name_ar"].as_str())
        .collect();
    assert!(
        names.contains(&"الحسكة"),
        "governorates have Arabic names: {names:?}"
    );
}

#[test]
fn hashed_assets_are_immutable_and_the_page_is_not() {
    for (path, immutable) in [
        ("/assets/main-5NZJ2TC6.js", true),
        ("assets/x.woff2", true),
        ("/index.html", false),
        ("/geo/admin.json", false),
        ("/assets/main.js.LEGAL.txt", false),
        ("/assets/LICENSES.txt", false),
    ] {
        assert_eq!(is_immutable(path), immutable, "{path}");
    }
}

#[test]
fn the_licences_of_what_is_bundled_are_served() {
    let licences = text("/assets/LICENSES.txt");
    for words in [
        "Leaflet",
        "BSD 2-Clause",
        "topojson-client",
        "world-atlas",
        "SIL Open Font License",
        "Who's On First",
    ] {
        assert!(licences.contains(words), "LICENSES.txt names {words}");
    }
}

//! Every input kind read from the fixtures in `tests/data/good` (made by
//! `tests/data/make_fixtures.py`): the article's text without the page's menus and
//! footers, and its headline, author, date and outlet from where the page puts them.

use std::path::{Path, PathBuf};

use rasid_ingest::{read_inputs, Document};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/good")
        .join(name)
}

fn read_ok(name: &str) -> Vec<Document> {
    read_inputs(&[fixture(name)])
        .map(|r| r.unwrap_or_else(|e| panic!("{name}: {e}")))
        .collect()
}

/// What one document read from a fixture must be.
struct Expected {
    file: &'static str,
    /// The document's index among the file's documents.
    index: usize,
    id: &'static str,
    title: Option<&'static str>,
    author: Option<&'static str>,
    published: Option<&'static str>,
    outlet: Option<&'static str>,
    url: Option<&'static str>,
    encoding: &'static str,
    /// Words of the article that must be in its text.
    has: &'static [&'static str],
}

const ALEPPO: &[&str] = &["12 شخصا قتلوا", "ريف إدلب", "سيارات الإسعاف"];
const MOGADISHU: &[&str] = &["At least 15 people were killed", "Madina hospital"];

const CASES: &[Expected] = &[
    Expected {
        file: "aleppo-1256.html",
        index: 0,
        id: "aleppo-1256",
        title: Some("غارة جوية على سوق في حلب"),
        author: Some("سامر الحلبي"),
        published: Some("2024-03-12T08:30:00+03:00"),
        outlet: Some("النهار"),
        url: None,
        encoding: "windows-1256",
        has: ALEPPO,
    },
    Expected {
        file: "aleppo-detected.htm",
        index: 0,
        id: "aleppo-detected",
        title: Some("غارة جوية على سوق في حلب"),
        author: Some("سامر الحلبي"),
        published: Some("2024-03-12T08:30:00+03:00"),
        outlet: Some("النهار"),
        url: None,
        encoding: "windows-1256",
        has: ALEPPO,
    },
    Expected {
        file: "aleppo-iso.html",
        index: 0,
        id: "aleppo-iso",
        title: Some("غارة جوية على سوق في حلب"),
        author: Some("سامر الحلبي"),
        published: Some("2024-03-12T08:30:00+03:00"),
        outlet: Some("النهار"),
        url: None,
        encoding: "ISO-8859-6",
        has: ALEPPO,
    },
    Expected {
        file: "mogadishu.html",
        index: 0,
        id: "mogadishu",
        title: Some("Car bomb kills at least 15 in Mogadishu"),
        author: Some("Amina Hassan"),
        published: Some("2024-05-04T16:00:00Z"),
        outlet: Some("Horn Daily"),
        url: None,
        encoding: "UTF-8",
        has: MOGADISHU,
    },
    Expected {
        file: "mogadishu-copy.html.gz",
        index: 0,
        id: "mogadishu-copy",
        title: Some("Car bomb kills at least 15 in Mogadishu"),
        author: Some("Amina Hassan"),
        published: Some("2024-05-04T16:00:00Z"),
        outlet: Some("Horn Daily"),
        url: None,
        encoding: "UTF-8",
        has: &["Mogadishu on Saturday afternoon"],
    },
    Expected {
        file: "annahar.rss",
        index: 0,
        id: "aleppo-strike",
        title: Some("غارة على حلب"),
        author: Some("سامر الحلبي"),
        published: Some("2024-03-12T05:30:00Z"),
        outlet: Some("annahar.example"),
        url: Some("https://annahar.example/news/2024/03/12/aleppo-strike"),
        encoding: "UTF-8",
        has: &["12 شخصا قتلوا"],
    },
    Expected {
        file: "annahar.rss",
        index: 1,
        id: "idlib-shelling",
        title: Some("قصف على إدلب"),
        author: None,
        published: Some("2024-03-12T07:00:00Z"),
        outlet: Some("annahar.example"),
        url: Some("https://annahar.example/news/2024/03/12/idlib-shelling"),
        encoding: "UTF-8",
        has: &["انتشلت جثث سبعة أشخاص"],
    },
    Expected {
        file: "horn.atom",
        index: 0,
        id: "car-bomb",
        title: Some("Car bomb in Mogadishu"),
        author: Some("Amina Hassan"),
        published: Some("2024-05-04T16:00:00Z"),
        outlet: Some("horn.example"),
        url: Some("https://horn.example/2024/05/04/car-bomb"),
        encoding: "UTF-8",
        has: &["At least 15 people were killed"],
    },
    // A WARC gzipped per record: the request, the image, the 404 and the warcinfo are
    // passed over; the page without a date takes the record's.
    Expected {
        file: "crawl.warc.gz",
        index: 0,
        id: "aleppo",
        title: Some("غارة جوية على سوق في حلب"),
        author: Some("سامر الحلبي"),
        published: Some("2024-03-12T08:30:00+03:00"),
        outlet: Some("النهار"),
        url: Some("https://annahar.example/news/aleppo"),
        encoding: "UTF-8",
        has: ALEPPO,
    },
    Expected {
        file: "crawl.warc.gz",
        index: 1,
        id: "car-bomb",
        title: Some("Car bomb kills at least 15 in Mogadishu"),
        author: Some("Amina Hassan"),
        published: Some("2024-05-05T09:00:00Z"),
        outlet: Some("Horn Daily"),
        url: Some("https://horn.example/2024/05/04/car-bomb"),
        encoding: "UTF-8",
        has: MOGADISHU,
    },
    Expected {
        file: "plain.warc",
        index: 0,
        id: "aleppo",
        title: Some("غارة جوية على سوق في حلب"),
        author: Some("سامر الحلبي"),
        published: Some("2024-03-12T08:30:00+03:00"),
        outlet: Some("النهار"),
        url: Some("https://annahar.example/news/aleppo"),
        encoding: "UTF-8",
        has: ALEPPO,
    },
    Expected {
        file: "utf16.txt",
        index: 0,
        id: "utf16",
        title: None,
        author: None,
        published: None,
        outlet: None,
        url: None,
        encoding: "UTF-16LE",
        has: &["12 شخصا قتلوا"],
    },
];

/// Menus, sidebars, footers and headers of the fixtures' pages.
const BOILERPLATE: &[&str] = &[
    "الرئيسية",
    "الأكثر قراءة",
    "جميع الحقوق محفوظة",
    "سياسة الخصوصية",
    "Subscribe now",
    "All rights reserved",
    "Cookie settings",
];

#[test]
fn every_input_kind_gives_its_article_and_metadata() {
    for case in CASES {
        let documents = read_ok(case.file);
        let doc = documents
            .get(case.index)
            .unwrap_or_else(|| panic!("{}: no document {}", case.file, case.index));
        let what = format!("{}#{}", case.file, case.index);
        assert_eq!(doc.id, case.id, "{what}");
        assert_eq!(doc.title.as_deref(), case.title, "{what}");
        assert_eq!(doc.author.as_deref(), case.author, "{what}");
        assert_eq!(doc.published.as_deref(), case.published, "{what}");
        assert_eq!(doc.outlet.as_deref(), case.outlet, "{what}");
        assert_eq!(doc.url.as_deref(), case.url, "{what}");
        assert_eq!(doc.encoding, case.encoding, "{what}");
        for words in case.has {
            assert!(
                doc.text.contains(words),
                "{what}: no {words:?} in {:?}",
                doc.text
            );
        }
        for words in BOILERPLATE {
            assert!(
                !doc.text.contains(words),
                "{what}: {words:?} kept in {:?}",
                doc.text
            );
        }
    }
}

#[test]
fn a_warc_gives_only_its_html_responses() {
    let documents = read_ok("crawl.warc.gz");
    let origins: Vec<String> = documents
        .iter()
        .map(|d| d.origin.rsplit('/').next().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        origins,
        ["crawl.warc.gz#record 3", "crawl.warc.gz#record 6"]
    );
}

#[test]
fn a_folder_of_every_kind_reads_them_all_in_path_order() {
    let results: Vec<_> = read_inputs(&[fixture("")]).collect();
    let errors: Vec<String> = results
        .iter()
        .filter_map(|r| r.as_ref().err().map(ToString::to_string))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(results.len(), 12);
}

#[test]
fn an_html_page_without_a_charset_declaration_is_detected() {
    // Windows-1256 bytes with no declaration at all, not even <meta>: chardetng's
    // guess for Arabic.
    let page =
        "<html dir=\"rtl\"><body><p>قتل خمسة أشخاص في انفجار بمدينة الموصل.</p></body></html>";
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(page);
    let article = rasid_ingest::read_html(&bytes, Some("https://www.mosul.example/a/1"))
        .expect("readable page");
    assert_eq!(article.encoding, "windows-1256");
    assert!(article.text.contains("قتل خمسة أشخاص"), "{}", article.text);
    assert_eq!(article.outlet.as_deref(), Some("mosul.example"));
}

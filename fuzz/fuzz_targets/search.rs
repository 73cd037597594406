//! Any query, Arabic, English or bytes of neither, is searched without an error (no word
//! is ever read as FTS5 syntax) and finds only stored documents.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rasid_records::DocumentRecord;
use rasid_store::{NewDocument, Store};
use std::sync::{Mutex, OnceLock};

const TEXTS: [&str; 3] = [
    "قصف صاروخي يطال سجن الصناعة في الحسكة ومقتل خمسة مدنيين",
    "The SDF said shelling near the Hasakah hospital killed seven civilians (AND OR NOT NEAR)",
    "\"quoted\" * ^ - + : ( ) { } column:value NEAR(a b, 2)",
];

fn store() -> &'static Mutex<Store> {
    static STORE: OnceLock<Mutex<Store>> = OnceLock::new();
    STORE.get_or_init(|| {
        let mut store = Store::open_in_memory().expect("an in-memory store");
        let docs: Vec<NewDocument> = TEXTS
            .iter()
            .enumerate()
            .map(|(i, text)| NewDocument {
                record: DocumentRecord {
                    doc_id: format!("d{i}"),
                    url: None,
                    outlet: None,
                    title: Some(text.chars().take(12).collect()),
                    author: None,
                    published: None,
                    language: "und".into(),
                    sha256: format!("{i}"),
                    chars: text.chars().count(),
                    duplicate_of: None,
                    origin: format!("d{i}"),
                },
                text: (*text).to_owned(),
                search_text: rasid_text::normalize_str(text),
                signature: None,
                claims: Vec::new(),
                reports: Vec::new(),
            })
            .collect();
        store.add_documents(&docs).expect("adds");
        Mutex::new(store)
    })
}

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let Ok(store) = store().lock() else {
        return;
    };
    let hits = store.search(&query, 10).expect("every query is searchable");
    for hit in hits {
        assert!(["d0", "d1", "d2"].contains(&hit.doc_id.as_str()));
    }
});

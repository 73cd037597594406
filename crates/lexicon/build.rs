//! Compiles the bundled knowledge ahead of time: the daachorse automaton over every
//! normalised form, and the table of what each pattern means, written to OUT_DIR and
//! included by `Knowledge::bundled`, so that loading skips the automaton build.
#![allow(dead_code)]

#[path = "src/data.rs"]
mod data;
#[path = "src/patterns.rs"]
mod patterns;

use daachorse::{CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use std::path::PathBuf;

fn main() {
    for file in [
        "../../data/places/gazetteer.tsv",
        "../../data/places/curated.tsv",
        "../../data/places/common_word_names.tsv",
        "../../data/places/ambiguous.tsv",
        "../../data/facilities/facilities.tsv",
        "../../data/actors/actors.tsv",
        "../../data/actors/ambiguous.tsv",
        "../../data/actors/members.tsv",
        "../../data/events/triggers.tsv",
        "src/data.rs",
        "src/patterns.rs",
    ] {
        println!("cargo::rerun-if-changed={file}");
    }
    let src = data::Sources::bundled();
    let tables = patterns::Tables::read(&src);
    let (patterns, groups) = patterns::compile(&tables, &src);
    let automaton = CharwiseDoubleArrayAhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build_with_values(patterns.into_iter().enumerate().map(|(i, p)| (p, i as u32)))
        .unwrap_or_else(|e| panic!("daachorse rejected the knowledge patterns: {e}"));
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    std::fs::write(out.join("automaton.bin"), automaton.serialize())
        .unwrap_or_else(|e| panic!("writing automaton.bin: {e}"));
    std::fs::write(out.join("groups.bin"), groups.encode())
        .unwrap_or_else(|e| panic!("writing groups.bin: {e}"));
}

//! Throughput of the text layer alone (normalise, tokenize, segment) on the example
//! articles of /work/shared/corpus/seeds, so that it can be measured while the parsers
//! change. `rasid-bench throughput` measures the whole pipeline on the full corpus.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rasid_text::{clauses, sentences, tokenize, Normalized};
use std::hint::black_box;

/// The example articles, joined; an English paragraph of our own when they are absent.
fn sample() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/seeds");
    let mut text = String::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        {
            text.push_str(&std::fs::read_to_string(path).unwrap_or_default());
            text.push('\n');
        }
    }
    if text.is_empty() {
        text = "At least 12 people were killed and 30 wounded on Thursday, officials said. \
                U.S. forces withdrew while the fighting went on.\n"
            .repeat(200);
    }
    text
}

fn pipeline(c: &mut Criterion) {
    let text = sample();
    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("normalise", |b| {
        b.iter(|| Normalized::new(black_box(&text)).as_str().len())
    });
    group.bench_function("normalise+tokenize", |b| {
        b.iter(|| {
            let n = Normalized::new(black_box(&text));
            tokenize(n.as_str()).len()
        })
    });
    group.bench_function("normalise+tokenize+sentences", |b| {
        b.iter(|| {
            let n = Normalized::new(black_box(&text));
            let tokens = tokenize(n.as_str());
            sentences(&n, &tokens).len()
        })
    });
    group.bench_function("normalise+tokenize+clauses", |b| {
        b.iter(|| {
            let n = Normalized::new(black_box(&text));
            let tokens = tokenize(n.as_str());
            clauses(&n, &tokens).len()
        })
    });
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);

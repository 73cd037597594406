//! `rasid-bench entities`: the knowledge annotator over news articles: load time of all
//! knowledge, memory of its automaton, and MB/s of normalise + tokenize + annotate.

use crate::corpus;
use crate::stats::{median, median_rates, time};
use crate::Options;
use anyhow::Result;
use rasid_lexicon::{annotate, Knowledge};
use rasid_text::Normalized;
use std::hint::black_box;

/// Runs the entities benchmark; exits quietly when the corpus is absent.
pub fn run(options: &Options) -> Result<()> {
    let loads: Vec<f64> = (0..options.runs)
        .map(|_| {
            let start = std::time::Instant::now();
            black_box(Knowledge::bundled());
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    let knowledge = Knowledge::bundled();
    say!(
        "knowledge: {} places, {} facilities, {} actors, {} member nouns, {} triggers; {} patterns",
        knowledge.places.len(),
        knowledge.facilities.len(),
        knowledge.actors.len(),
        knowledge.members.len(),
        knowledge.triggers.len(),
        knowledge.pattern_count()
    );
    say!(
        "load (median of {}): {:.1} ms; heap {:.1} MB, of which the automaton {:.1} MB",
        options.runs,
        median(loads),
        knowledge.heap_bytes() as f64 / 1e6,
        knowledge.automaton_heap_bytes() as f64 / 1e6
    );
    let Some(dir) = crate::shared_dir(options.dir.as_ref(), "corpus/saudinewsnet") else {
        say!("entities: corpus folder not found (pass --corpus DIR); skipping throughput");
        return Ok(());
    };
    let max_bytes = options.max_mb.map(|mb| (mb * 1e6) as usize);
    let articles = corpus::load(&dir, max_bytes)?;
    let bytes: usize = articles.iter().map(|a| a.content.len()).sum();
    if bytes == 0 {
        say!("entities: no article text in {}; skipping", dir.display());
        return Ok(());
    }
    let megabytes = bytes as f64 / 1e6;
    let mut found = 0;
    let timings: Vec<_> = (0..options.runs)
        .map(|_| {
            time(|| {
                found = articles
                    .iter()
                    .map(|a| {
                        let (n, tokens) = Normalized::with_tokens(black_box(&a.content));
                        annotate(&knowledge, &n, &tokens).len()
                    })
                    .sum::<usize>();
            })
        })
        .collect();
    let (wall, cpu) = median_rates(|_| megabytes, &timings);
    let rate = cpu.unwrap_or(wall);
    say!(
        "corpus: {} articles, {megabytes:.1} MB; {found} entities ({:.0} per MB)",
        articles.len(),
        found as f64 / megabytes
    );
    say!(
        "normalise + tokenize + annotate: {rate:.1} MB/s (cpu), {wall:.1} MB/s (wall), one thread"
    );
    let verdict = if rate >= 50.0 { "meets" } else { "misses" };
    say!("{verdict} the goal of 50 MB/s on one core");
    Ok(())
}

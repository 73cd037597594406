//! `rasid-bench throughput`: MB/s of each stage of the text pipeline over news articles,
//! on one thread, with all text in memory before the clock starts.

use crate::corpus::{self, Article};
use crate::stats::{median_rates, time};
use crate::Options;
use anyhow::Result;
use rasid_text::{clauses, sentences, tokenize, Normalized};
use rasid_time::{Prefer, TimeOptions};
use std::hint::black_box;

/// One cumulative stage: what it runs on one article, returning a count that keeps
/// the optimiser from skipping the work.
struct Stage {
    name: &'static str,
    run: fn(&Article) -> usize,
}

const STAGES: &[Stage] = &[
    Stage {
        name: "baseline (chars().count())",
        run: |a| a.content.chars().count(),
    },
    Stage {
        name: "normalise",
        run: |a| Normalized::new(&a.content).as_str().len(),
    },
    Stage {
        name: "+ tokenize",
        run: |a| Normalized::with_tokens(&a.content).1.len(),
    },
    Stage {
        name: "+ tokenize (second pass)",
        run: |a| {
            let n = Normalized::new(&a.content);
            tokenize(n.as_str()).len()
        },
    },
    Stage {
        name: "+ sentences",
        run: |a| {
            let (n, tokens) = Normalized::with_tokens(&a.content);
            sentences(&n, &tokens).len()
        },
    },
    Stage {
        name: "+ clauses (segment)",
        run: |a| {
            let (n, tokens) = Normalized::with_tokens(&a.content);
            clauses(&n, &tokens).len()
        },
    },
    Stage {
        name: "+ find_numbers",
        run: |a| {
            let (n, tokens) = Normalized::with_tokens(&a.content);
            clauses(&n, &tokens).len() + rasid_numbers::find_numbers(&n, &tokens).len()
        },
    },
    Stage {
        name: "+ find_times (full pipeline)",
        run: |a| {
            let (n, tokens) = Normalized::with_tokens(&a.content);
            let options = TimeOptions {
                reference: a.reference,
                prefer: Prefer::Past,
            };
            // The time parser reuses the numbers already found, as a pipeline does.
            let numbers = rasid_numbers::find_numbers(&n, &tokens);
            clauses(&n, &tokens).len()
                + numbers.len()
                + rasid_time::find_times_with_numbers(&n, &tokens, &numbers, &options).len()
        },
    },
];

/// Runs the throughput benchmark; exits quietly when the corpus is absent.
pub fn run(options: &Options) -> Result<()> {
    let Some(dir) = crate::shared_dir(options.dir.as_ref(), "corpus/saudinewsnet") else {
        say!("throughput: corpus folder not found (pass --corpus DIR); skipping");
        return Ok(());
    };
    let max_bytes = options.max_mb.map(|mb| (mb * 1e6) as usize);
    let articles = corpus::load(&dir, max_bytes)?;
    let bytes: usize = articles.iter().map(|a| a.content.len()).sum();
    if bytes == 0 {
        say!("throughput: no article text in {}; skipping", dir.display());
        return Ok(());
    }
    let megabytes = bytes as f64 / 1e6;
    say!(
        "corpus: {} articles, {megabytes:.1} MB of text from {}; median of {} runs, one thread",
        articles.len(),
        dir.display(),
        options.runs
    );
    say!("{:<34} {:>10} {:>10}", "stage", "MB/s (cpu)", "MB/s (wall)");
    let chosen = STAGES.iter().filter(|s| {
        options
            .stage
            .as_ref()
            .is_none_or(|name| s.name.contains(name.as_str()))
    });
    let mut rates = Vec::with_capacity(STAGES.len());
    for stage in chosen {
        let timings: Vec<_> = (0..options.runs)
            .map(|_| {
                time(|| {
                    let total: usize = articles.iter().map(|a| (stage.run)(black_box(a))).sum();
                    black_box(total);
                })
            })
            .collect();
        let (wall, cpu) = median_rates(|_| megabytes, &timings);
        let cpu_text = cpu.map_or("n/a".to_string(), |r| format!("{r:.1}"));
        say!("{:<34} {cpu_text:>10} {wall:>10.1}", stage.name);
        rates.push(cpu.unwrap_or(wall));
    }
    if options.stage.is_some() {
        return Ok(());
    }
    if let (Some(&baseline), Some(&full)) = (rates.first(), rates.last()) {
        say!("full pipeline / baseline: {:.4}", full / baseline);
        let verdict = if full >= 100.0 { "meets" } else { "misses" };
        say!("full pipeline {full:.1} MB/s {verdict} the goal of 100 MB/s on one core");
    }
    Ok(())
}

//! `rasid-bench`: how fast rasid's text pipeline runs on one core.
//!
//! `throughput` measures MB/s over the SaudiNewsNet articles, stage by stage, against a
//! baseline that only touches every byte; `expressions` measures short expressions per
//! second through the parsers. See README.md for how to read the figures.

/// Prints a line to standard output; a closed pipe (`| head`) drops the rest of the
/// report quietly instead of panicking as `println!` does.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

mod corpus;
mod entities;
mod expressions;
mod stats;
mod throughput;

use anyhow::{bail, Context, Result};
use std::path::PathBuf;

const USAGE: &str = "\
usage: rasid-bench throughput [--corpus DIR] [--runs N] [--stage NAME] [--max-mb N]
       rasid-bench expressions [--suites DIR] [--runs N]
       rasid-bench entities [--corpus DIR] [--runs N] [--max-mb N]";

/// Options shared by both commands.
struct Options {
    /// Folder of input data (corpus zips, or expression suites).
    dir: Option<PathBuf>,
    /// Timed runs; the median is reported.
    runs: usize,
    /// Only the throughput stage whose name contains this (for profiling one stage).
    stage: Option<String>,
    /// Stop loading articles past this many megabytes of text (for profiling runs).
    max_mb: Option<f64>,
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let Some(command) = args.next() else {
        say!("{USAGE}");
        return Ok(());
    };
    let dir_flag = match command.as_str() {
        "throughput" | "entities" => "--corpus",
        "expressions" => "--suites",
        "-h" | "--help" | "help" => {
            say!("{USAGE}");
            return Ok(());
        }
        other => bail!("unknown command {other:?}\n{USAGE}"),
    };
    let mut options = Options {
        dir: None,
        runs: 5,
        stage: None,
        max_mb: None,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => {
                let n = args.next().context("--runs needs a number")?;
                options.runs = n.parse().with_context(|| format!("--runs {n:?}"))?;
                if options.runs == 0 {
                    bail!("--runs must be at least 1");
                }
            }
            "--max-mb" if command == "throughput" || command == "entities" => {
                let n = args.next().context("--max-mb needs a number")?;
                options.max_mb = Some(n.parse().with_context(|| format!("--max-mb {n:?}"))?);
            }
            "--stage" if command == "throughput" => {
                options.stage = Some(args.next().context("--stage needs a stage name")?);
            }
            flag if flag == dir_flag => {
                options.dir = Some(
                    args.next()
                        .with_context(|| format!("{flag} needs a folder"))?
                        .into(),
                );
            }
            other => bail!("unknown argument {other:?}\n{USAGE}"),
        }
    }
    match command.as_str() {
        "throughput" => throughput::run(&options),
        "entities" => entities::run(&options),
        _ => expressions::run(&options),
    }
}

/// The folder given, or the first default that exists: `../shared/<rel>` from the work
/// tree (the usual current directory), then the same beside this crate's work tree.
fn shared_dir(given: Option<&PathBuf>, rel: &str) -> Option<PathBuf> {
    if let Some(dir) = given {
        return Some(dir.clone());
    }
    [
        PathBuf::from("../shared").join(rel),
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")).join(rel),
    ]
    .into_iter()
    .find(|p| p.is_dir())
}

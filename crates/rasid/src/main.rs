//! The `rasid` command line.
mod analyze;
mod parse;

use anyhow::Result;
use clap::{Parser, Subcommand};

/// rasid (راصد): a sourced, cross-checked record of armed-conflict incidents from Arabic
/// and English news.
#[derive(Parser)]
#[command(name = "rasid", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read documents and write their documents, claims and incidents as JSON Lines
    /// (SPEC.md): `rasid analyze INPUT... --out DIR`.
    Analyze(analyze::AnalyzeArgs),
    /// Probe the text parsers: print what they find in a text, as JSON lines.
    #[command(subcommand)]
    Parse(parse::ParseCommand),
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Analyze(args) => analyze::run(args),
        Command::Parse(command) => parse::run(command),
    }
}

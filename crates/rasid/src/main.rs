//! The `rasid` command line.
mod analyze;
mod export;
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
    /// Write the records of an analyze folder as ACLED- or UCDP-GED-compatible CSV,
    /// GeoJSON, JSON Lines or a CSV of claims: `rasid export --format acled --from DIR`.
    Export(export::ExportArgs),
    /// Probe the text parsers: print what they find in a text, as JSON lines.
    #[command(subcommand)]
    Parse(parse::ParseCommand),
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Analyze(args) => analyze::run(args),
        Command::Export(args) => export::run(args),
        Command::Parse(command) => parse::run(command),
    }
}

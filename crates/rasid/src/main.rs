//! The `rasid` command line.
mod analyze;
mod export;
mod parse;
mod serve;
mod store;

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
    /// Add documents to the store (by content: stored ones are skipped) and link its
    /// incidents again: `rasid ingest INPUT... [--db PATH]`.
    Ingest(store::IngestArgs),
    /// Find the stored documents that hold every word of a query.
    Search(store::SearchArgs),
    /// List the stored incidents, narrowed by date, place, governorate, actor or type.
    Incidents(store::IncidentsArgs),
    /// Show one incident: its figures, contradictions and every claim with its evidence.
    Show(store::ShowArgs),
    /// List the lexicon's detention facilities and camps with their incidents.
    Facilities(store::FacilitiesArgs),
    /// Serve the store over HTTP: the JSON API (OpenAPI at /openapi.json) and the web UI,
    /// on 127.0.0.1:8080 by default; read-only unless given a token.
    Serve(serve::ServeArgs),
    /// Probe the text parsers: print what they find in a text, as JSON lines.
    #[command(subcommand)]
    Parse(parse::ParseCommand),
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Analyze(args) => analyze::run(args),
        Command::Export(args) => export::run(args),
        Command::Ingest(args) => store::ingest(args),
        Command::Search(args) => store::search(args),
        Command::Incidents(args) => store::incidents(args),
        Command::Show(args) => store::show(args),
        Command::Facilities(args) => store::list_facilities(args),
        Command::Serve(args) => serve::run(args),
        Command::Parse(command) => parse::run(command),
    }
}

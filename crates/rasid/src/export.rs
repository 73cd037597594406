//! `rasid export --format acled|ucdp|geojson|jsonl|csv [--out FILE]`: rasid's records in
//! the formats the field reads (rasid-export), from the records of an analyze folder.
//!
//! Where the records come from is a [`RecordSource`]: today the folder `rasid analyze
//! --out DIR` writes; the store implements the same trait to feed the same exports.

use std::fs;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use rasid_export::{export, Format, Options, Records};
use rasid_records::{ClaimRecord, DocumentRecord, IncidentRecord};
use serde::de::DeserializeOwned;

/// `rasid export`'s arguments.
#[derive(Args)]
pub struct ExportArgs {
    /// What to write: ACLED-compatible CSV, UCDP-GED-compatible CSV, a GeoJSON
    /// FeatureCollection of incidents, JSON Lines of incidents and claims, or a flat CSV
    /// of claims.
    #[arg(long, value_enum)]
    format: FormatArg,
    /// The folder `rasid analyze --out DIR` wrote (documents.jsonl, claims.jsonl,
    /// incidents.jsonl); without it, the store (`--db`, RASID_DB or the default place).
    #[arg(long, value_name = "DIR")]
    from: Option<PathBuf>,
    #[command(flatten)]
    db: crate::store::DbArgs,
    /// The file to write; standard output when absent.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Start CSV with a UTF-8 byte order mark, so that Excel shows Arabic text.
    #[arg(long)]
    bom: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Acled,
    Ucdp,
    Geojson,
    Jsonl,
    Csv,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Acled => Format::Acled,
            FormatArg::Ucdp => Format::Ucdp,
            FormatArg::Geojson => Format::Geojson,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Csv => Format::Csv,
        }
    }
}

/// The records an export reads, owned.
#[derive(Debug, Default)]
pub struct RecordSet {
    /// Documents.
    pub documents: Vec<DocumentRecord>,
    /// Claims.
    pub claims: Vec<ClaimRecord>,
    /// Incidents.
    pub incidents: Vec<IncidentRecord>,
}

impl RecordSet {
    fn records(&self) -> Records<'_> {
        Records {
            documents: &self.documents,
            claims: &self.claims,
            incidents: &self.incidents,
        }
    }
}

/// Somewhere records can be read from: an analyze folder or the store.
pub trait RecordSource {
    /// Every document, claim and incident it holds.
    fn load(&self) -> Result<RecordSet>;
}

/// The folder `rasid analyze --out DIR` writes.
pub struct AnalyzeFolder(pub PathBuf);

impl RecordSource for AnalyzeFolder {
    fn load(&self) -> Result<RecordSet> {
        Ok(RecordSet {
            documents: read_jsonl(&self.0.join("documents.jsonl"))?,
            claims: read_jsonl(&self.0.join("claims.jsonl"))?,
            incidents: read_jsonl(&self.0.join("incidents.jsonl"))?,
        })
    }
}

/// One record a line; a line that is not one is an error naming `path:line`.
fn read_jsonl<T: DeserializeOwned>(path: &Path) -> Result<Vec<T>> {
    let file = fs::File::open(path).with_context(|| {
        format!(
            "cannot read {} (give --from the folder `rasid analyze --out` wrote)",
            path.display()
        )
    })?;
    let mut out = Vec::new();
    for (i, line) in BufReader::new(file).lines().enumerate() {
        let line = line.with_context(|| format!("cannot read {}:{}", path.display(), i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let record = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: not a rasid record", path.display(), i + 1))?;
        out.push(record);
    }
    Ok(out)
}

/// Runs `rasid export`.
pub fn run(args: ExportArgs) -> Result<()> {
    let set = match &args.from {
        Some(dir) => AnalyzeFolder(dir.clone()).load()?,
        None => crate::store::StoreRecords(args.db).load()?,
    };
    write(&set, args.format.into(), args.bom, args.out.as_deref())
}

/// Writes `set` in `format` to `out` (a file, written beside its name and renamed into
/// place so that a failure leaves no half of it) or to standard output.
pub fn write(set: &RecordSet, format: Format, bom: bool, out: Option<&Path>) -> Result<()> {
    let options = Options {
        bom,
        timestamp: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()
            .and_then(|d| i64::try_from(d.as_secs()).ok()),
    };
    let summary = match out {
        Some(path) => {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "export".to_owned());
            let tmp = path.with_file_name(format!(".{name}.partial"));
            let file = fs::File::create(&tmp)
                .with_context(|| format!("cannot write {}", tmp.display()))?;
            let mut writer = BufWriter::new(file);
            let summary = export(format, set.records(), options, &mut writer)
                .and_then(|s| writer.flush().map(|()| s).map_err(Into::into));
            let summary = match summary {
                Ok(s) => s,
                Err(e) => {
                    let _ = fs::remove_file(&tmp);
                    return Err(e).with_context(|| format!("cannot write {}", path.display()));
                }
            };
            fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
            summary
        }
        None => {
            let stdout = std::io::stdout();
            let mut writer = BufWriter::new(stdout.lock());
            let summary = export(format, set.records(), options, &mut writer)?;
            writer.flush()?;
            summary
        }
    };
    let skipped = match summary.skipped {
        0 => String::new(),
        n => format!(" ({n} incidents with no deaths are no UCDP event)"),
    };
    eprintln!("rasid export: {} records written{skipped}", summary.written);
    Ok(())
}

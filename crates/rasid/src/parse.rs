//! `rasid parse`: the probe commands, stable so that outside suites can evaluate the
//! parsers. One JSON line per input: `{"input": ..., "found": [...]}`.

use anyhow::{Context, Result};
use clap::{Args, Subcommand, ValueEnum};
use jiff::civil::DateTime;
use rasid_lexicon::{annotate, Entity, Knowledge};
use rasid_numbers::{NumberKind, NumberMention, Vague};
use rasid_text::Normalized;
use rasid_time::{DurationUnit, Precision, Prefer, TimeFlag, TimeKind, TimeMention, TimeOptions};
use serde_json::{json, Value};
use std::io::{BufRead, BufWriter, Write};
use std::path::PathBuf;

/// What to parse.
#[derive(Subcommand)]
pub enum ParseCommand {
    /// Numbers: digits in every script, number words, qualifiers, ranges, vague figures.
    Numbers(NumbersArgs),
    /// Dates, times and durations.
    Time(TimeArgs),
    /// Places, facilities, actors, member nouns and event words, with their ids (and for
    /// places coordinates, governorate and precision).
    Entities(EntitiesArgs),
    /// Runs the probe over the bundled example articles (or the given files): every
    /// number and time expression, one JSON line per sentence that holds any.
    Files(FilesArgs),
}

/// Arguments of `rasid parse numbers`.
#[derive(Args)]
pub struct NumbersArgs {
    /// Also list numbers that are not counts (years, dates, phone numbers, references).
    #[arg(long)]
    all: bool,
    /// The text; without it, one input per line from standard input.
    text: Option<String>,
}

/// Arguments of `rasid parse time`.
#[derive(Args)]
pub struct TimeArgs {
    /// The moment relative expressions are resolved against, `YYYY-MM-DDTHH:MM:SS`.
    #[arg(long, value_parser = parse_reference)]
    reference: Option<DateTime>,
    /// Which way an ambiguous expression points.
    #[arg(long, value_enum, default_value_t = PreferArg::Past)]
    prefer: PreferArg,
    /// The text; without it, one input per line from standard input.
    text: Option<String>,
}

/// Arguments of `rasid parse entities`.
#[derive(Args)]
pub struct EntitiesArgs {
    /// The text; without it, one input per line from standard input.
    text: Option<String>,
}

/// Arguments of `rasid parse files`.
#[derive(Args)]
pub struct FilesArgs {
    /// Text files, or folders of `.txt` files, to read.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// The moment relative expressions are resolved against.
    #[arg(long, value_parser = parse_reference)]
    reference: Option<DateTime>,
}

#[derive(Clone, Copy, ValueEnum)]
enum PreferArg {
    Past,
    Future,
}

fn parse_reference(s: &str) -> Result<DateTime, String> {
    s.parse::<DateTime>()
        .map_err(|e| format!("expected YYYY-MM-DDTHH:MM:SS: {e}"))
}

/// Runs one `rasid parse` subcommand.
pub fn run(command: ParseCommand) -> Result<()> {
    match command {
        ParseCommand::Numbers(args) => {
            let all = args.all;
            each_input(args.text, |text| numbers_json(text, all))
        }
        ParseCommand::Time(args) => {
            let options = TimeOptions {
                reference: args.reference,
                prefer: match args.prefer {
                    PreferArg::Past => Prefer::Past,
                    PreferArg::Future => Prefer::Future,
                },
            };
            each_input(args.text, |text| times_json(text, &options))
        }
        ParseCommand::Entities(args) => {
            let knowledge = Knowledge::bundled();
            each_input(args.text, |text| entities_json(&knowledge, text))
        }
        ParseCommand::Files(args) => files(&args),
    }
}

/// Applies `probe` to the one text given, or to each line of standard input.
fn each_input(text: Option<String>, probe: impl Fn(&str) -> Vec<Value>) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut emit = |input: &str| -> Result<()> {
        let line = json!({"input": input, "found": probe(input)});
        writeln!(out, "{line}").context("writing to standard output")
    };
    match text {
        Some(text) => emit(&text)?,
        None => {
            let stdin = std::io::stdin();
            let mut buf = Vec::new();
            let mut reader = stdin.lock();
            loop {
                buf.clear();
                let n = reader
                    .read_until(b'\n', &mut buf)
                    .context("reading standard input")?;
                if n == 0 {
                    break;
                }
                let line = String::from_utf8_lossy(&buf);
                let line = line.strip_suffix('\n').unwrap_or(&line);
                let line = line.strip_suffix('\r').unwrap_or(line);
                emit(line)?;
            }
        }
    }
    out.flush().context("writing to standard output")
}

fn entities_json(knowledge: &Knowledge, text: &str) -> Vec<Value> {
    let (normalized, tokens) = Normalized::with_tokens(text);
    annotate(knowledge, &normalized, &tokens)
        .iter()
        .map(entity_json)
        .collect()
}

fn entity_json(e: &Entity<'_, '_>) -> Value {
    let mut v = json!({
        "start": e.start,
        "end": e.end,
        "text": e.text,
        "kind": e.kind.as_str(),
        "id": e.id,
    });
    if let Some(l) = &e.location {
        v["lat"] = json!(l.lat);
        v["lon"] = json!(l.lon);
        v["country"] = json!(l.country);
        v["admin1_id"] = json!(l.admin1_id);
        v["admin1"] = json!(l.admin1_name);
        v["precision"] = json!(l.precision.as_str());
        if let Some(r) = l.relative {
            v["relative"] = json!(r);
        }
    }
    if let Some(t) = e.event_type {
        v["event_type"] = json!(t);
    }
    if let Some(r) = e.role {
        v["role"] = json!(r);
    }
    if let Some(a) = e.actor {
        v["actor"] = json!(a);
    }
    v
}

fn numbers_json(text: &str, all: bool) -> Vec<Value> {
    let (normalized, tokens) = Normalized::with_tokens(text);
    rasid_numbers::find_numbers(&normalized, &tokens)
        .iter()
        .filter(|m| all || m.kind.is_count() || m.kind == NumberKind::Ordinal)
        .map(|m| number_json(text, m))
        .collect()
}

fn number_json(text: &str, m: &NumberMention) -> Value {
    json!({
        "start": m.span.start,
        "end": m.span.end,
        "text": &text[m.span.clone()],
        "value": m.value.map(number_value),
        "low": m.low.map(number_value),
        "high": m.high.map(number_value),
        "approx": m.approx,
        "vague": m.vague.map(vague_name),
        "ordinal": m.kind == NumberKind::Ordinal,
        "kind": kind_name(m.kind),
    })
}

/// Whole numbers print as integers, so that `140` is not `140.0`.
fn number_value(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        json!(v as i64)
    } else {
        json!(v)
    }
}

fn vague_name(v: Vague) -> &'static str {
    match v {
        Vague::Dozens => "dozens",
        Vague::Hundreds => "hundreds",
        Vague::Thousands => "thousands",
        Vague::TensOfThousands => "tens_of_thousands",
        Vague::HundredsOfThousands => "hundreds_of_thousands",
        Vague::Millions => "millions",
        Vague::Few => "few",
        Vague::Several => "several",
    }
}

fn kind_name(k: NumberKind) -> &'static str {
    match k {
        NumberKind::Cardinal => "cardinal",
        NumberKind::Ordinal => "ordinal",
        NumberKind::Percent => "percent",
        NumberKind::Year => "year",
        NumberKind::DateOrTime => "date_or_time",
        NumberKind::Identifier => "identifier",
        NumberKind::Reference => "reference",
    }
}

fn times_json(text: &str, options: &TimeOptions) -> Vec<Value> {
    let (normalized, tokens) = Normalized::with_tokens(text);
    rasid_time::find_times(&normalized, &tokens, options)
        .iter()
        .map(|m| time_json(text, m))
        .collect()
}

fn time_json(text: &str, m: &TimeMention) -> Value {
    json!({
        "start": m.span.start,
        "end": m.span.end,
        "text": &text[m.span.clone()],
        "kind": match m.kind {
            TimeKind::Instant => "instant",
            TimeKind::Interval => "interval",
            TimeKind::Duration => "duration",
        },
        "value": {
            "start": m.start.map(|d| d.to_string()),
            "end": m.end.map(|d| d.to_string()),
        },
        "precision": m.precision.map(precision_name),
        "flags": m.flags.iter().map(|f| match f {
            TimeFlag::MonthNamesDisagree => "month_names_disagree",
        }).collect::<Vec<_>>(),
        "duration": m.duration.map(|d| json!({
            "value": number_value(d.value),
            "unit": unit_name(d.unit),
        })),
        "event_day": m.event_day,
    })
}

fn precision_name(p: Precision) -> &'static str {
    match p {
        Precision::Second => "second",
        Precision::Minute => "minute",
        Precision::Hour => "hour",
        Precision::Day => "day",
        Precision::Week => "week",
        Precision::Month => "month",
        Precision::Year => "year",
    }
}

fn unit_name(u: DurationUnit) -> &'static str {
    match u {
        DurationUnit::Second => "seconds",
        DurationUnit::Minute => "minutes",
        DurationUnit::Hour => "hours",
        DurationUnit::Day => "days",
        DurationUnit::Week => "weeks",
        DurationUnit::Month => "months",
        DurationUnit::Year => "years",
    }
}

fn files(args: &FilesArgs) -> Result<()> {
    let options = TimeOptions {
        reference: args.reference,
        prefer: Prefer::Past,
    };
    let paths = expand_inputs(&args.files)?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    for path in &paths {
        match read_text(path) {
            Ok(text) => file_json(&mut out, path, &text, &options)?,
            Err(err) => {
                failed += 1;
                eprintln!("rasid: skipping {}: {err:#}", path.display());
            }
        }
    }
    out.flush().context("writing to standard output")?;
    if failed > 0 {
        anyhow::bail!("{failed} of {} inputs could not be read", paths.len());
    }
    Ok(())
}

/// Files as given, and the `.txt` files of folders (sorted, not recursive), so that a
/// folder of articles works as one argument.
fn expand_inputs(inputs: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut paths = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(input)
                .with_context(|| format!("listing {}", input.display()))?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "txt"))
                .collect();
            found.sort();
            if found.is_empty() {
                anyhow::bail!("{} holds no .txt files", input.display());
            }
            paths.extend(found);
        } else {
            paths.push(input.clone());
        }
    }
    Ok(paths)
}

/// A text file's contents; not UTF-8 is an error naming the file (ingest, a later
/// issue, detects legacy encodings).
fn read_text(path: &std::path::Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "{} is not UTF-8 text (invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// One JSON line per sentence of `text` that holds a number or a time expression.
fn file_json(
    out: &mut impl Write,
    path: &std::path::Path,
    text: &str,
    options: &TimeOptions,
) -> Result<()> {
    let (normalized, tokens) = Normalized::with_tokens(text);
    let language = rasid_text::detect_language(text);
    let numbers = rasid_numbers::find_numbers(&normalized, &tokens);
    let times = rasid_time::find_times_with_numbers(&normalized, &tokens, &numbers, options);
    let file = path.display().to_string();
    for sentence in rasid_text::sentences(&normalized, &tokens) {
        let within = |span: &std::ops::Range<usize>| {
            sentence.norm_span.start <= span.start && span.start < sentence.norm_span.end
        };
        let found_numbers: Vec<Value> = numbers
            .iter()
            .filter(|m| within(&m.norm_span))
            .filter(|m| m.kind.is_count() || m.kind == NumberKind::Ordinal)
            .map(|m| number_json(text, m))
            .collect();
        let found_times: Vec<Value> = times
            .iter()
            .filter(|m| within(&m.norm_span))
            .map(|m| time_json(text, m))
            .collect();
        if found_numbers.is_empty() && found_times.is_empty() {
            continue;
        }
        let line = json!({
            "file": file,
            "language": language_code(language),
            "sentence": {
                "start": sentence.span.start,
                "end": sentence.span.end,
                "text": &text[sentence.span.clone()],
            },
            "numbers": found_numbers,
            "times": found_times,
        });
        writeln!(out, "{line}").context("writing to standard output")?;
    }
    Ok(())
}

/// ISO 639-1 codes, as documents.jsonl will carry them.
fn language_code(language: rasid_text::Language) -> &'static str {
    match language {
        rasid_text::Language::Arabic => "ar",
        rasid_text::Language::English => "en",
        rasid_text::Language::Other => "other",
    }
}

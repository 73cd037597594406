//! `rasid serve`: the store over HTTP (rasid-serve), with the analysis of `rasid analyze`
//! injected for documents posted with the token.

use crate::analyze::{analyse, document_output};
use crate::store::DbArgs;
use anyhow::{bail, Context, Result};
use rasid_extract::ClaimWords;
use rasid_lexicon::Knowledge;
use rasid_serve::{Analyzer, Config, NewInput};
use rasid_store::NewDocument;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

/// Arguments of `rasid serve`.
#[derive(clap::Args)]
pub struct ServeArgs {
    #[command(flatten)]
    db: DbArgs,
    /// Where to listen; port 0 picks a free one. Anything but a loopback address serves
    /// the store to the network.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: String,
    /// A file holding the bearer token that allows adding documents (POST
    /// /api/documents); RASID_TOKEN does too. Without either the server is read-only.
    #[arg(long, value_name = "FILE")]
    token_file: Option<PathBuf>,
    /// Megabytes of answers kept for requests asked again while the store does not
    /// change (0: none).
    #[arg(long, value_name = "MB", default_value_t = 64)]
    cache_mb: usize,
}

/// Serves until interrupted; prints the URL once listening.
pub fn run(args: ServeArgs) -> Result<()> {
    let db = args.db.path()?;
    if !db.exists() {
        bail!(
            "no store at {}: `rasid ingest INPUT...` makes one",
            db.display()
        );
    }
    let token = match &args.token_file {
        Some(file) => Some(
            std::fs::read_to_string(file)
                .with_context(|| format!("cannot read the token file {}", file.display()))?
                .trim()
                .to_owned(),
        ),
        None => std::env::var("RASID_TOKEN")
            .ok()
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty()),
    };
    if token.as_deref() == Some("") {
        bail!("the token file is empty");
    }
    let writable = token.is_some();
    let config = Config {
        db: db.clone(),
        analyzer: token.is_some().then(analyzer),
        token,
        assets: rasid_webui::asset,
        immutable: rasid_webui::is_immutable,
        readers: None,
        cache_bytes: args.cache_mb.saturating_mul(1 << 20),
    };
    let router =
        rasid_serve::router(config).with_context(|| format!("cannot serve {}", db.display()))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the server's runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(&args.addr)
            .await
            .with_context(|| format!("cannot listen on {}", args.addr))?;
        let addr = listener.local_addr()?;
        let mut out = std::io::stdout().lock();
        writeln!(
            out,
            "rasid: serving {} at http://{addr}/ ({})",
            db.display(),
            if writable {
                "documents may be added with the token"
            } else {
                "read-only"
            }
        )?;
        out.flush()?;
        drop(out);
        rasid_serve::serve(listener, router).await?;
        Ok(())
    })
}

/// The pipeline of `rasid analyze` for one posted document, whose id is `post-` and the
/// start of its text's SHA-256 (one text posted twice is one document).
fn analyzer() -> Analyzer {
    let words = ClaimWords::bundled();
    let knowledge = Knowledge::bundled();
    Arc::new(move |input: NewInput| -> Result<NewDocument, String> {
        let sha = format!("{:x}", Sha256::digest(input.text.as_bytes()));
        let doc = rasid_ingest::Document {
            id: format!("post-{}", sha.get(..16).unwrap_or(&sha)),
            url: input.url,
            outlet: input.outlet,
            published: input.published,
            title: input.title,
            author: None,
            text: input.text,
            origin: "POST /api/documents".to_owned(),
            encoding: "UTF-8",
        };
        let mut a = analyse(doc, &words, &knowledge, &|_: &str| false)
            .ok_or_else(|| "the document could not be analysed".to_owned())?;
        let mut output = document_output(&a, &knowledge, None);
        if let Some(language) = input.language.filter(|l| !l.trim().is_empty()) {
            output.record.language = language.trim().to_owned();
        }
        Ok(NewDocument {
            record: output.record,
            search_text: rasid_text::normalize_str(&a.doc.text),
            text: std::mem::take(&mut a.doc.text),
            signature: a.signature,
            claims: output.claims,
            reports: output.reports.into_iter().map(|r| r.incident).collect(),
        })
    })
}

//! Builds web/ into web/dist with npm when dist is missing or older than its sources, then
//! writes `$OUT_DIR/assets.rs`: every file of web/dist as `(path, include_bytes!(...))`,
//! sorted by path for binary search.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

/// What the npm build reads, relative to the repository root.
const SOURCES: &[&str] = &[
    "web/src",
    "web/build.mjs",
    "web/package.json",
    "web/package-lock.json",
    "data/places/admin_boundaries.topo.json",
    "data/actors/actors.tsv",
];

fn main() {
    let manifest = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let root = manifest.join("../..");
    let web = root.join("web");
    let dist = web.join("dist");
    for source in SOURCES {
        println!("cargo:rerun-if-changed={}", root.join(source).display());
    }
    // A deleted or rebuilt dist reruns this script (its index.html is written last).
    println!(
        "cargo:rerun-if-changed={}",
        dist.join("index.html").display()
    );

    let built = modified(&dist.join("index.html"));
    let newest_source = SOURCES
        .iter()
        .filter_map(|source| newest(&root.join(source)))
        .max();
    let stale = match (built, newest_source) {
        (None, _) => true,
        (Some(built), Some(source)) => source > built,
        (Some(_), None) => false,
    };
    if stale {
        let lock = modified(&web.join("package-lock.json"));
        let installed = modified(&web.join("node_modules/.package-lock.json"));
        if installed.is_none() || lock > installed {
            npm(&web, &["ci", "--no-audit", "--no-fund"]);
        }
        npm(&web, &["run", "build"]);
    }

    let mut files = Vec::new();
    collect(&dist, &dist, &mut files);
    files.sort();
    if !files.iter().any(|(path, _)| path == "index.html") {
        panic!(
            "rasid-webui: {} holds no index.html; run `cd web && npm ci && npm run build`",
            dist.display()
        );
    }
    let mut code = String::from(
        "/// Every file of web/dist, sorted by path.\nstatic ASSETS: &[(&str, &[u8])] = &[\n",
    );
    for (path, file) in &files {
        writeln!(
            code,
            "    ({path:?}, include_bytes!({:?})),",
            file.display().to_string()
        )
        .expect("writing to a String");
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("assets.rs"), code).expect("rasid-webui: cannot write assets.rs in OUT_DIR");
}

/// Runs `npm ARGS` in web/, failing the build with the step's name when it fails.
fn npm(web: &Path, args: &[&str]) {
    let step = format!("npm {}", args.join(" "));
    println!("cargo:warning=rasid-webui: web/dist is missing or older than web/src: running `{step}` in web/");
    let status = Command::new("npm").args(args).current_dir(web).status();
    match status {
        Ok(status) if status.success() => {}
        Ok(status) => panic!(
            "rasid-webui: `{step}` in {} failed ({status}); the web UI is built with Node.js 20+ and npm: \
             run `cd web && npm ci && npm run build` to see why",
            web.display()
        ),
        Err(error) => panic!(
            "rasid-webui: cannot run `{step}` in {} ({error}); the web UI is built with Node.js 20+ and npm \
             (https://nodejs.org): install them, or build web/dist elsewhere and copy it here",
            web.display()
        ),
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    fs::metadata(path)
        .and_then(|metadata| metadata.modified())
        .ok()
}

/// The newest modification time of a file, or of any file under a folder.
fn newest(path: &Path) -> Option<SystemTime> {
    let metadata = fs::metadata(path).ok()?;
    if !metadata.is_dir() {
        return metadata.modified().ok();
    }
    fs::read_dir(path)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| newest(&entry.path()))
        .max()
}

/// Every file under `folder` as (path relative to `base` with `/` separators, absolute path).
fn collect(base: &Path, folder: &Path, files: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            collect(base, &path, files);
        } else if let Ok(relative) = path.strip_prefix(base) {
            let name = relative
                .components()
                .map(|part| part.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            let absolute = fs::canonicalize(&path).unwrap_or(path);
            files.push((name, absolute));
        }
    }
}

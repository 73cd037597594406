#!/usr/bin/env python3
"""The web UI's first load (issue 6, goal under 1 s): navigation start to the map drawn.

Starts `rasid serve` (release by default) on a free loopback port over a store, then runs
web/e2e/run.mjs --measure-only, which loads the page RUNS times in headless chromium with
the browser cache cleared before each load and reads the page's own `rasid:map-drawn`
mark (set once the country borders, the governorate and district polygons and every
incident marker are on the map). Prints the median and every run.

The store is a fresh one of examples/articles unless --db names one (e.g. a store of the
whole SaudiNewsNet corpus from scripts/bench_store.py --keep). Needs node, web/node_modules
(cd web && npm ci) and /usr/bin/chromium; without them it says so and exits 0.

    cargo build --release -p rasid && python3 scripts/bench_ui_load.py [--runs 9] [--db STORE]
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def default_rasid() -> Path:
    target = os.environ.get("CARGO_TARGET_DIR")
    return (Path(target) if target else REPO / "target") / "release" / "rasid"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rasid", type=Path, default=default_rasid())
    parser.add_argument("--db", type=Path, help="an existing store (default: a fresh one of examples/articles)")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    missing = [
        what
        for what, ok in [
            (f"{args.chromium} (apt-get install -y chromium)", Path(args.chromium).exists()),
            ("node", shutil.which("node") is not None),
            ("web/node_modules (cd web && npm ci)", (REPO / "web" / "node_modules" / "playwright-core").exists()),
        ]
        if not ok
    ]
    if missing:
        print(f"skipping: {', '.join(missing)} missing")
        return 0
    if not args.rasid.exists():
        sys.exit(f"{args.rasid} is missing: cargo build --release -p rasid (or --rasid PATH)")

    with tempfile.TemporaryDirectory(prefix="rasid-ui-load-") as scratch:
        db = args.db
        if db is None:
            db = Path(scratch) / "store.db"
            subprocess.run([args.rasid, "ingest", REPO / "examples" / "articles", "--db", db], check=True, capture_output=True)
        server = subprocess.Popen([args.rasid, "serve", "--db", db, "--addr", "127.0.0.1:0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            url = None
            deadline = time.monotonic() + 60
            while url is None and time.monotonic() < deadline:
                line = server.stdout.readline()
                if not line:
                    break
                match = re.search(r"http://127\.0\.0\.1:\d+", line)
                url = match.group(0) if match else None
            if url is None:
                sys.exit("rasid serve printed no address")
            done = subprocess.run(
                ["node", REPO / "web" / "e2e" / "run.mjs", "--url", url, "--measure-only", "--runs", str(args.runs),
                 "--chromium", args.chromium, "--artifacts", Path(scratch) / "artifacts"],
                capture_output=True, text=True, cwd=REPO / "web",
            )
            if done.returncode != 0:
                sys.exit(f"the measurement failed:\n{done.stdout}{done.stderr}")
            print(done.stdout.strip().splitlines()[0])
            print(f"store: {db}; server: {args.rasid}")
        finally:
            server.terminate()
            server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())

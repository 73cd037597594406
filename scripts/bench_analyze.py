#!/usr/bin/env python3
"""End-to-end throughput of `rasid analyze` over SaudiNewsNet (issue 4, "Throughput").

Runs `rasid analyze CORPUS --out TMP` several times and reports the medians of: wall
seconds, user+sys CPU seconds, MB/s by the wall clock, MB per CPU-second (the per-core
figure: text MB / (user + sys)) and peak RSS. MB is 10^6 bytes of article text (the UTF-8
`content` of every article of every zip), not of zip or JSON.

With `--baseline OTHER_RASID`, runs alternate between the two binaries (the machine's
speed drifts: only figures of one session compare), both are reported, and their three
output files are compared byte for byte.

Standard library only. Without the corpus folder it says so and exits 0.

    python3 scripts/bench_analyze.py                     # 5 runs of the built rasid
    python3 scripts/bench_analyze.py --baseline /tmp/base --runs 5
"""

import argparse
import filecmp
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "saudinewsnet"
OUTPUTS = ("documents.jsonl", "claims.jsonl", "incidents.jsonl")


def default_rasid() -> Path:
    target = os.environ.get("CARGO_TARGET_DIR")
    base = Path(target) if target else REPO / "target"
    return base / "release" / "rasid"


def text_bytes(corpus: Path) -> int:
    """UTF-8 bytes of the `content` of every article of every zip."""
    total = 0
    for path in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if not name.endswith(".json"):
                    continue
                for article in json.loads(z.read(name)):
                    content = article.get("content") if isinstance(article, dict) else None
                    if isinstance(content, str):
                        total += len(content.encode("utf-8"))
    return total


def run_once(rasid: Path, corpus: Path, out: Path, threads):
    """(wall s, user s, sys s, peak RSS bytes) of one run."""
    if out.exists():
        shutil.rmtree(out)
    command = [str(rasid), "analyze", str(corpus), "--out", str(out)]
    if threads:
        command += ["--threads", str(threads)]
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    if status != 0:
        sys.exit(f"{rasid} failed (status {status}): {' '.join(command)}")
    # ru_maxrss is in kilobytes on Linux.
    return wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss * 1024


def report(name: str, runs, mb: float) -> None:
    wall = statistics.median(r[0] for r in runs)
    cpu = statistics.median(r[1] + r[2] for r in runs)
    user = statistics.median(r[1] for r in runs)
    system = statistics.median(r[2] for r in runs)
    rss = statistics.median(r[3] for r in runs)
    per_cpu = statistics.median(mb / (r[1] + r[2]) for r in runs)
    per_wall = statistics.median(mb / r[0] for r in runs)
    print(
        f"{name:>9}: wall {wall:.2f} s ({per_wall:.1f} MB/s), "
        f"user+sys {cpu:.2f} s ({user:.2f} + {system:.2f}), "
        f"{per_cpu:.1f} MB per CPU-second, peak RSS {rss / 1e6:.0f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rasid", type=Path, default=None)
    parser.add_argument("--baseline", type=Path, default=None, help="another rasid to alternate with")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()

    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}: nothing to measure")
        return 0
    rasid = args.rasid or default_rasid()
    if not rasid.exists():
        sys.exit(f"no rasid at {rasid}: cargo build --release -p rasid")
    mb = text_bytes(args.corpus) / 1e6
    print(f"corpus: {args.corpus} ({mb:.1f} MB of article text), {args.runs} runs each, medians")

    binaries = [("rasid", rasid)] + ([("baseline", args.baseline)] if args.baseline else [])
    results = {name: [] for name, _ in binaries}
    with tempfile.TemporaryDirectory(prefix="rasid-bench-") as tmp:
        outs = {name: Path(tmp) / name for name, _ in binaries}
        for _ in range(args.runs):
            for name, binary in binaries:
                results[name].append(run_once(binary, args.corpus, outs[name], args.threads))
        for name, _ in binaries:
            report(name, results[name], mb)
        if args.baseline:
            same = all(
                filecmp.cmp(outs["rasid"] / f, outs["baseline"] / f, shallow=False)
                for f in OUTPUTS
            )
            print("outputs: " + ("byte-identical" if same else "DIFFER from the baseline's"))
            if not same:
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

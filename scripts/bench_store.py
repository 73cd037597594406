#!/usr/bin/env python3
"""The store's figures over SaudiNewsNet (issue 5 §3).

1. `rasid ingest CORPUS --db NEW` into a fresh store: wall and user+sys CPU seconds
   (goal: under 30 s on 2 cores), and the seconds the re-link took (rasid's own report).
2. The same ingest again: it must add nothing and take a fraction of the first.
3. `rasid search QUERY --db` for each query of QUERIES, REPEATS times, each a whole
   command as a user runs it (process start and store open included): median and p95
   milliseconds (goal: p95 under 50 ms), and how many queries found something.

Standard library only. Without the corpus folder it says so and exits 0.

    python3 scripts/bench_store.py                 # the release rasid of CARGO_TARGET_DIR
    python3 scripts/bench_store.py --rasid PATH --keep /tmp/snn.db
"""

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "saudinewsnet"

# Words SaudiNewsNet's articles use, Arabic and English, frequent and rare, one word and
# several, in spellings the normaliser folds (ة/ه, ى/ي, hamzas).
QUERIES = [
    "السعودية", "الرياض", "جدة", "مكة المكرمة", "الحج", "وزارة الصحة", "أمير منطقة",
    "الملك سلمان", "ولي العهد", "النفط", "أسعار النفط", "سوق الأسهم", "الهلال",
    "كرة القدم", "اليمن", "الحوثيين", "عاصفة الحزم", "التحالف", "داعش", "تفجير مسجد",
    "القديح", "انفجار", "مقتل", "اصابه", "الشرطه", "مستشفي", "ايران", "سوريا",
    "اللاجئين", "Saudi", "oil", "Yemen", "Riyadh", "كورونا", "فيروس كورونا",
    "هيئة الأمر بالمعروف", "الطقس", "أمطار", "المرور", "حادث مروري",
]
REPEATS = 3


def default_rasid() -> Path:
    target = os.environ.get("CARGO_TARGET_DIR")
    base = Path(target) if target else REPO / "target"
    return base / "release" / "rasid"


def timed(command):
    """(wall seconds, CPU seconds of the child, stdout, stderr)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        sys.exit(f"{' '.join(map(str, command))} failed:\n{done.stderr}")
    return wall, cpu, done.stdout, done.stderr


def summary(stderr: str) -> str:
    return next((l for l in stderr.splitlines() if "documents added" in l), "?")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rasid", type=Path, default=default_rasid())
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--keep", type=Path, help="build the store here and keep it")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"bench_store: no corpus at {args.corpus}; skipped")
        return
    if not args.rasid.is_file():
        sys.exit(f"no rasid at {args.rasid}: cargo build --release -p rasid")

    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "rasid.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        ingest = [args.rasid, "ingest", args.corpus, "--db", db]
        print(f"machine: {os.cpu_count()} cores; corpus {args.corpus}")

        wall1, cpu1, _, err1 = timed(ingest)
        linked = re.search(r"linked \d+ incidents in ([\d.]+) s", err1)
        print(f"first ingest: {wall1:.2f} s wall, {cpu1:.2f} s CPU, "
              f"re-link {linked.group(1) if linked else '?'} s")
        print(f"  {summary(err1)}")
        size = sum(Path(f"{db}{s}").stat().st_size
                   for s in ("", "-wal") if Path(f"{db}{s}").exists())
        print(f"  store: {size / 1e6:.0f} MB")

        wall2, cpu2, _, err2 = timed(ingest)
        print(f"second ingest: {wall2:.2f} s wall, {cpu2:.2f} s CPU "
              f"({wall2 / wall1:.0%} of the first)")
        print(f"  {summary(err2)}")
        if not re.search(r"\b0 documents added", err2):
            sys.exit("the second ingest added documents")

        times, found = [], 0
        for q in QUERIES:
            for r in range(REPEATS):
                wall, _, out, _ = timed([args.rasid, "search", q, "--db", db])
                times.append(wall * 1000)
                if r == 0 and out.strip():
                    found += 1
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
        print(f"search: {len(QUERIES)} queries x {REPEATS}: median "
              f"{statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms; "
              f"{found} queries found documents")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The API's load figures over SaudiNewsNet (issue 6, Measured).

1. Makes a store of the whole corpus with `rasid ingest` (or reuses `--db PATH`).
2. Starts `rasid serve` (release) on a free loopback port.
3. From this second process, `wrk -c 200 -t 2 -d 20s --latency` against
   a. the incident list, `/api/incidents` (the first page of 100, as the UI asks for it),
   b. incident details, `/api/incidents/{id}`, a Lua script cycling over every real id.
   Reports requests a second, p50/p99 latency, and errors (socket errors and non-2xx
   answers). Goal: p99 under 50 ms, no errors. Both with the server's answer cache (its
   default, 64 MB) and without it (`--cache-mb 0`: every request read from SQLite).

Needs wrk (`apt-get install -y wrk`). Without the corpus folder it says so and exits 0;
it is not part of CI.

    python3 scripts/bench_serve.py                       # release rasid of CARGO_TARGET_DIR
    python3 scripts/bench_serve.py --db /tmp/snn.db      # build the store there once, reuse it
"""

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "saudinewsnet"

DETAIL_LUA = """
local ids = {}
for line in io.lines("%s") do ids[#ids + 1] = line end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/incidents/" .. ids[(n %% #ids) + 1])
end
"""


def default_rasid() -> Path:
    target = os.environ.get("CARGO_TARGET_DIR")
    base = Path(target) if target else REPO / "target"
    return base / "release" / "rasid"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.load(r)


def wrk(args, url: str, script=None) -> dict:
    command = ["wrk", "-c", str(args.connections), "-t", "2", "-d", args.duration,
               "--latency", "--timeout", "10s"]
    if script:
        command += ["-s", script]
    out = subprocess.run(command + [url], capture_output=True, text=True, check=True).stdout
    latency = dict(re.findall(r"^\s+(50|75|90|99)%\s+(\S+)$", out, re.M))
    rps = re.search(r"Requests/sec:\s+(\S+)", out)
    total = re.search(r"(\d+) requests in", out)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = sum(map(int, socket_errors.groups())) if socket_errors else 0
    return {
        "requests": int(total.group(1)) if total else 0,
        "rps": rps.group(1) if rps else "?",
        "p50": latency.get("50", "?"),
        "p99": latency.get("99", "?"),
        "socket_errors": errors,
        "non_2xx": int(non2xx.group(1)) if non2xx else 0,
        "raw": out,
    }


def ms(value: str) -> float:
    """wrk's latency (`812.00us`, `3.21ms`, `1.02s`) in milliseconds."""
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value)
    if not m:
        return float("nan")
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[m.group(2)]
    return float(m.group(1)) * scale


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rasid", type=Path, default=default_rasid())
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--db", type=Path, help="the store to serve (made here if absent)")
    parser.add_argument("--duration", default="20s")
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--cache-mb", type=int, nargs="+", default=[64, 0],
                        help="serve with each of these --cache-mb (0: every answer read anew)")
    args = parser.parse_args()
    if not args.corpus.is_dir() and not (args.db and args.db.exists()):
        print(f"bench_serve: no corpus at {args.corpus}; skipped")
        return
    if not args.rasid.is_file():
        sys.exit(f"no rasid at {args.rasid}: cargo build --release -p rasid")
    if not shutil.which("wrk"):
        sys.exit("no wrk: apt-get install -y wrk")

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "rasid.db"
        if not db.exists():
            start = time.perf_counter()
            subprocess.run([args.rasid, "ingest", args.corpus, "--db", db], check=True,
                           stderr=subprocess.DEVNULL)
            print(f"store: ingested {args.corpus} in {time.perf_counter() - start:.1f} s")
        failed = False
        for cache_mb in args.cache_mb:
            failed |= not run_server(args, db, Path(tmp), cache_mb)
        if failed:
            sys.exit(1)


def run_server(args, db: Path, tmp: Path, cache_mb: int) -> bool:
    """Serves `db` with `--cache-mb cache_mb` and loads it; whether both goals were met."""
    port = free_port()
    server = subprocess.Popen(
        [args.rasid, "serve", "--db", db, "--addr", f"127.0.0.1:{port}",
         "--cache-mb", str(cache_mb)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={k: v for k, v in os.environ.items() if k != "RASID_TOKEN"})
    try:
        line = server.stdout.readline()
        if "http://" not in line:
            sys.exit(f"rasid serve did not start: {line!r}")
        base = f"http://127.0.0.1:{port}"
        stats = get_json(f"{base}/api/stats")
        ids = []
        while len(ids) < stats["incidents"]:
            page = get_json(f"{base}/api/incidents?limit=5000&offset={len(ids)}")
            if not page["items"]:
                break
            ids += [i["incident_id"] for i in page["items"]]
        ids_file = tmp / "ids.txt"
        ids_file.write_text("\n".join(ids) + "\n")
        script = tmp / "details.lua"
        script.write_text(DETAIL_LUA % ids_file)
        print(f"machine: {os.cpu_count()} cores, {os.uname().machine}, load "
              f"{os.getloadavg()[0]:.1f}; store {db}: {stats['documents']} documents, "
              f"{stats['claims']} claims, {stats['incidents']} incidents; "
              f"rasid serve --cache-mb {cache_mb}")
        print(f"wrk -c {args.connections} -t 2 -d {args.duration} --latency, "
              f"from a second process on loopback")
        met = True
        for name, url, lua in [
            ("incident list (/api/incidents, 100 a page)", f"{base}/api/incidents", None),
            (f"incident details (cycling over {len(ids)} ids)", f"{base}/", str(script)),
        ]:
            r = wrk(args, url, lua)
            errors = r["socket_errors"] + r["non_2xx"]
            good = ms(r["p99"]) < 50 and errors == 0
            met &= good
            if r["p99"] == "?":
                # wrk printed no latency line this script could read: show what it printed.
                print(r["raw"], file=sys.stderr)
            print(f"  {name}: {r['requests']} requests, {r['rps']} req/s, "
                  f"p50 {r['p50']}, p99 {r['p99']}, errors {errors} "
                  f"(socket {r['socket_errors']}, non-2xx {r['non_2xx']}) "
                  f"{'ok' if good else 'MISSES the goal (p99 < 50 ms, no errors)'}")
        return met
    finally:
        server.terminate()
        server.wait()

if __name__ == "__main__":
    main()

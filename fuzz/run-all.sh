#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 60), one after the other, and stops
# at the first target that finds a crash (its input is saved under fuzz/artifacts/).
#
#   fuzz/run-all.sh 60            # from anywhere
#   TARGETS="normalize segment" fuzz/run-all.sh 300
#
# Uses the nightly toolchain when rustup has one; otherwise stable with
# RUSTC_BOOTSTRAP=1, which lets stable accept the -Z flags cargo-fuzz passes.
set -euo pipefail

seconds="${1:-60}"
cd "$(dirname "$0")"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "cargo-fuzz is missing: cargo install cargo-fuzz" >&2
    exit 1
fi

if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    fuzz=(cargo +nightly fuzz)
else
    export RUSTC_BOOTSTRAP=1
    fuzz=(cargo fuzz)
fi

targets="${TARGETS:-$("${fuzz[@]}" list)}"
logs="$(mktemp -d)"
for target in $targets; do
    echo "== $target: ${seconds}s (log: $logs/$target.log)"
    status=0
    "${fuzz[@]}" run "$target" -- -max_total_time="$seconds" >"$logs/$target.log" 2>&1 || status=$?
    grep -E '^Done [0-9]+ runs' "$logs/$target.log" || true
    if [ "$status" -ne 0 ]; then
        grep -E 'panicked|ERROR|SUMMARY|Test unit written' "$logs/$target.log" >&2 || true
        echo "== $target FAILED (exit $status): input saved under fuzz/artifacts/$target/" >&2
        exit 1
    fi
    echo "== $target: no crash in ${seconds}s"
done

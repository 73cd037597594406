"""The rasid binary the evaluation scripts run (standard library only): the one named on
the command line, else target/release/rasid under CARGO_TARGET_DIR or the repository,
built first when missing."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def probe_path(given):
    if given:
        return given
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    path = os.path.join(target, "release", "rasid")
    if not os.path.exists(path):
        print(f"{path} is missing: running `cargo build --release -p rasid`", file=sys.stderr)
        subprocess.run(["cargo", "build", "--release", "-p", "rasid"], cwd=ROOT, check=True,
                       stdout=sys.stderr)
    return path

"""Run every benchmark script, each in its own process, print every figure line, and keep the
table of this run in benchmarks/README.md. Exits 1 when a goal was missed or a script broke.

``--city [DIR]`` also runs city_district.py (100 offices × 20,000 rows; about an hour to build
the data, or reusing it from DIR): left out otherwise, and the summary says so."""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from harness import MISSED_EXIT

HERE = Path(__file__).resolve().parent
README = HERE / "README.md"
START, END = "<!-- last run: start -->", "<!-- last run: end -->"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--city", nargs="?", const="", metavar="DIR",
                        help="also the 100-office district (its data kept in / reused from DIR)")
    options = parser.parse_args(argv)      # --help or a typo stops here, before an hour of benchmarks
    runs = [(script, []) for script in sorted(HERE.glob("bench_*.py"))]
    city = options.city is not None
    if city:
        runs.append((HERE / "city_district.py", ["--data", options.city] if options.city else []))
    lines, broken, missed = [], [], []
    for script, args in runs:
        result = subprocess.run([sys.executable, str(script), *args], cwd=HERE, capture_output=True, text=True)
        found = [ln for ln in result.stdout.splitlines() if " goal " in ln]
        for ln in found or [f"{script.name}: no result"]:
            print(ln, flush=True)
        lines += found
        if result.returncode == MISSED_EXIT:
            missed.append(script.name)
        elif result.returncode != 0:
            broken.append(script.name)
            print(f"{script.name} failed ({result.returncode}):\n{result.stderr[-3000:]}", flush=True)
    summary = (f"{len(lines)} figures, {sum(ln.endswith('met') for ln in lines)} met; "
               f"missed in: {', '.join(missed) or 'none'}; broken: {', '.join(broken) or 'none'}"
               + ("" if city else "; city district not run (--city)"))
    print(summary, flush=True)
    _keep_table(lines, summary)
    return 1 if missed or broken else 0


def _keep_table(lines: list[str], summary: str) -> None:
    table = "\n".join(f"    {ln}" for ln in lines)
    section = (f"{START}\nLast run ({datetime.now():%Y-%m-%d %H:%M}, {summary}):\n\n{table}\n{END}")
    text = README.read_text(encoding="utf-8")
    if START in text:
        text = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: section, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n## Last run\n\n" + section + "\n"
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

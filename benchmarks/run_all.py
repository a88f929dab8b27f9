"""Run every benchmark script, each in its own process, and print their lines."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    failed = 0
    for script in scripts:
        result = subprocess.run([sys.executable, str(script)], cwd=HERE, capture_output=True, text=True)
        lines = [ln for ln in result.stdout.splitlines() if "ratio" in ln]
        print("\n".join(lines) if lines else f"{script.name}: no result", flush=True)
        if result.returncode != 0:
            failed += 1
            print(f"{script.name} failed:\n{result.stderr[-2000:]}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Shared by the benchmark scripts: time the best of N runs, print one comparable line."""
from __future__ import annotations

import gc
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def best_of(fn, repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs: the least disturbed by a noisy machine."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def peak_mb() -> float:
    """Peak resident memory of this process and its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def report(name: str, ours: float, floor: float, goal_ratio: float, *, extra_goal_ms: float | None = None) -> bool:
    ratio = ours / floor if floor else float("inf")
    met = ratio <= goal_ratio and (extra_goal_ms is None or ours * 1000 <= extra_goal_ms)
    goal = f"≤ {goal_ratio:g}×" + (f" and < {extra_goal_ms:g} ms" if extra_goal_ms else "")
    print(f"{name:<44} ours {_fmt(ours):>10}  floor {_fmt(floor):>10}  ratio {ratio:5.2f}×  "
          f"goal {goal:<18} {'met' if met else 'MISSED'}  peak {peak_mb():.0f} MB", flush=True)
    return met


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"

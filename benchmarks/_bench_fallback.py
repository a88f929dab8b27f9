"""The shared benchmarks/harness.py when present; a copy of its two functions otherwise, so
these scripts run on their own branch too. Prints: name, ours, floor, ratio, goal, met/missed."""
from __future__ import annotations

try:
    from harness import best_of, report  # noqa: F401
except ImportError:
    import gc
    import time

    def best_of(fn, repeat: int = 3) -> float:
        times = []
        for _ in range(repeat):
            gc.collect()
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        return min(times)

    def report(name: str, ours: float, floor: float, goal_ratio: float, *, extra_goal_ms: float | None = None) -> bool:
        ratio = ours / floor if floor else float("inf")
        met = ratio <= goal_ratio and (extra_goal_ms is None or ours * 1000 <= extra_goal_ms)
        goal = f"≤ {goal_ratio:g}×" + (f" and < {extra_goal_ms:g} ms" if extra_goal_ms else "")
        print(f"{name}, ours {ours * 1000:.1f} ms, floor {floor * 1000:.1f} ms, ratio {ratio:.2f}×, "
              f"goal {goal}, {'met' if met else 'missed'}", flush=True)
        return met

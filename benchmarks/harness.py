"""Shared by the benchmark scripts: every measurement runs in its own child process, floor and
ours interleaved and repeated, so each peak memory is that process alone and a noisy moment on
a shared machine hurts both alike. One comparable line per figure; minimum and median shown.

A script names its jobs (functions returning the seconds they measured, or a dict of named
seconds) and calls ``child_or_parent(jobs, main)``: run as ``script --child JOB ARGS…`` it runs
one job and prints its result; otherwise it runs ``main`` and exits 3 when a goal was missed."""
from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MEMORY_GOAL_MB = 300
MISSED_EXIT = 3          # run_all tells "a goal was missed" from "the script broke"
_RESULT = "BENCH-RESULT "


def own_peak_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_or_parent(jobs: dict, main) -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        result = jobs[sys.argv[2]](*sys.argv[3:])
        timings = result if isinstance(result, dict) else {"": result}
        print(_RESULT + json.dumps({"seconds": timings, "peak_mb": own_peak_mb()}), flush=True)
        sys.stdout.flush()
        os._exit(0)       # no teardown noise (Qt objects, thread pools) after the figure is taken
    sys.exit(0 if main() else MISSED_EXIT)


@dataclass
class Sample:
    seconds: dict
    peak_mb: float


def in_child(script: str, job: str, *args: str, env: dict | None = None) -> Sample:
    """Run one job in a fresh interpreter. A job may return ``"wall"`` timings measured from
    ``START_MONOTONIC`` (the parent's clock just before the spawn: CLOCK_MONOTONIC is system-wide)."""
    env = dict(os.environ if env is None else env, PYTHONPATH=str(ROOT), START_MONOTONIC=repr(time.monotonic()))
    proc = subprocess.run([sys.executable, script, "--child", job, *args], capture_output=True, text=True,
                          env=env, cwd=ROOT)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(_RESULT)]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{Path(script).name} {job} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    data = json.loads(lines[-1][len(_RESULT):])
    return Sample(data["seconds"], data["peak_mb"])


def since_spawn() -> float:
    """Seconds since the parent spawned this child: the whole process, interpreter start included."""
    return time.monotonic() - float(os.environ["START_MONOTONIC"])


@dataclass
class Figure:
    ours: list = field(default_factory=list)
    floor: list = field(default_factory=list)
    ours_peak: float = 0.0
    floor_peak: float = 0.0


def interleaved(script: str, floor_job: tuple, ours_job: tuple, repeat: int, *, before=None,
                env: dict | None = None) -> dict[str, Figure]:
    """floor, ours, floor, ours… each in its own process; ``before(k, which)`` resets state."""
    figures: dict[str, Figure] = {}
    for k in range(repeat):
        for which, (job, *args) in (("floor", floor_job), ("ours", ours_job)):
            if before is not None:
                before(k, which)
            s = in_child(script, job, *args, env=env)
            for key, seconds in s.seconds.items():
                fig = figures.setdefault(key, Figure())
                getattr(fig, which).append(seconds)
                peak = max(getattr(fig, which + "_peak"), s.peak_mb)
                setattr(fig, which + "_peak", peak)
    return figures


def report(name: str, fig: Figure, goal_ratio: float | None, *, goal_ms: float | None = None,
           memory_goal: bool = True) -> bool:
    """One line; a goal is met on the minimums (the least disturbed runs); memory on the worst run."""
    ours_min, floor_min = min(fig.ours), min(fig.floor)
    ratio = ours_min / floor_min if floor_min else float("inf")
    med_ratio = statistics.median(fig.ours) / statistics.median(fig.floor) if fig.floor else float("inf")
    met = ((goal_ratio is None or ratio <= goal_ratio) and (goal_ms is None or ours_min * 1000 <= goal_ms)
           and (not memory_goal or fig.ours_peak <= MEMORY_GOAL_MB))
    goal = " and ".join(([f"≤ {goal_ratio:g}×"] if goal_ratio is not None else [])
                        + ([f"≤ {goal_ms:g} ms"] if goal_ms is not None else [])
                        + ([f"≤ {MEMORY_GOAL_MB} MB"] if memory_goal else []))
    print(f"{name:<42} ours {_fmt(ours_min)} (med {_fmt(statistics.median(fig.ours))})  "
          f"floor {_fmt(floor_min)} (med {_fmt(statistics.median(fig.floor))})  "
          f"ratio {ratio:.2f}× (med {med_ratio:.2f}×)  peak {fig.ours_peak:.0f} MB (floor {fig.floor_peak:.0f})  "
          f"n={len(fig.ours)}  goal {goal}  {'met' if met else 'MISSED'}", flush=True)
    return met


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start

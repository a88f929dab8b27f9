"""Untrusted workbooks are guarded and parsed in a child process, one file at a time.

A native failure inside a reader (a Rust panic or an allocation failure aborts the process,
exit 134) then ends only the child: that file is refused as unsafe and the next file gets a
fresh child. Why a 'spawn' multiprocessing child: it is the one start method Windows has, it
works in the PyInstaller build (``multiprocessing.freeze_support()`` in ``desktop/__main__.py``),
it needs no shell-out, and one child serves a whole merge, so the normal path pays its start
(about 0.3 s) once. The child bounds its own memory where the platform allows (RLIMIT_AS on
Linux and macOS, a job object on Windows) and the parent bounds its time."""
from __future__ import annotations

import logging
import multiprocessing
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from .limits import UnsafeWorkbook
from desktop.messages import Message, QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
MEMORY_BYTES = 1536 * 1024 * 1024   # address space, not resident memory: the net under the guard
TIMEOUT_SECONDS = 180
_lock = threading.Lock()            # one child, shared by the threads of one process
_worker: "_Worker | None" = None


def _bound_memory(limit: int) -> None:
    try:
        if sys.platform == "win32":
            from ._win_job import limit_own_memory
            limit_own_memory(limit)
        else:
            import resource
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except Exception:               # no bound is no reason to refuse the file: the guard still runs
        logging.getLogger(__name__).warning("could not bound the reading child's memory", exc_info=True)


def _serve(conn, limit: int) -> None:
    """The child: run each job it is sent and send back its result or its refusal."""
    _bound_memory(limit)
    while True:
        try:
            job, args = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", job(*args)))
        except UnsafeWorkbook as exc:
            conn.send(("refused", exc.message, exc.reason))
        except MemoryError:
            conn.send(("refused", "读取时内存不足（文件内容超出本程序接受的范围），已拒绝", "unsafe"))
        except Exception as exc:  # anything a reader raises is that file's failure, never the caller's
            conn.send(("failed", f"{type(exc).__name__}：{exc}", "malformed"))


class _Worker:
    def __init__(self):
        ctx = multiprocessing.get_context("spawn")
        self.conn, theirs = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(theirs, MEMORY_BYTES), daemon=True,
                                   name="street-ledger-reader")
        self.process.start()
        theirs.close()

    def send(self, job: Callable, path: Path) -> None:
        self.conn.send((job, (path,)))

    def receive(self, path: Path):
        """The job's result; UnsafeWorkbook for a refusal, a crash or a timeout."""
        try:
            if not self.conn.poll(TIMEOUT_SECONDS):
                self.stop()
                raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "读取文件 {0} 超过 {1} 秒仍未完成，已中止并拒绝该文件。文件可能被恶意构造，请向报送单位重新索取"),
                                             path.name, TIMEOUT_SECONDS))
            answer = self.conn.recv()
        except (EOFError, OSError, ConnectionError):
            code = self.stop()
            log.warning("reading child ended with exit code %s on %s", code, path)
            raise UnsafeWorkbook(Message(QT_TRANSLATE_NOOP("core", "读取文件 {0} 时读取程序异常退出（退出码 {1}），该文件未被读取。文件可能被恶意构造或已损坏，请向报送单位重新索取；其余文件不受影响"),
                                         path.name, code)) from None
        if answer[0] == "ok":
            return answer[1]
        message = answer[1] if answer[0] == "refused" else \
            Message(QT_TRANSLATE_NOOP("core", "无法读取文件 {0}（{1}），可能已损坏。请在 Excel 中打开并另存为 .xlsx 后再试"),
                    path.name, answer[1])
        raise UnsafeWorkbook(message, answer[2])

    def alive(self) -> bool:
        return self.process.is_alive()

    def stop(self):
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()
        return self.process.exitcode


def _ready() -> _Worker:
    global _worker
    if _worker is None or not _worker.alive():
        _worker = _Worker()
    return _worker


def _drop() -> None:
    global _worker
    _worker = None


def run_in_child(job: Callable, path: Path):
    """``job(path)`` in the reading child."""
    with _lock:
        worker = _ready()
        try:
            worker.send(job, path)
            return worker.receive(path)
        finally:
            if not worker.alive():
                _drop()


def run_ahead(job: Callable, paths: list[Path]) -> Iterator[tuple[Path, object]]:
    """``(path, job(path) or its UnsafeWorkbook)`` for each path, in order; the child starts on
    the next path before this one is handed over, so its reading overlaps the caller's work."""
    with _lock:
        worker, pending = None, False
        try:
            for n, path in enumerate(paths):
                if worker is None:
                    worker = _ready()
                    worker.send(job, path)
                pending = True
                try:
                    result = worker.receive(path)
                except UnsafeWorkbook as exc:
                    result = exc
                pending = False
                if not worker.alive():
                    _drop()
                    worker = None
                elif n + 1 < len(paths):
                    worker.send(job, paths[n + 1])
                    pending = True
                yield path, result
        finally:
            if pending and worker is not None:      # abandoned with a file in flight: its answer is nobody's
                worker.stop()
                _drop()


def stop_reader() -> None:
    """End the reading child now (a new one starts with the next file)."""
    with _lock:
        if _worker is not None:
            _worker.stop()
        _drop()


def reader_peak_bytes() -> int | None:
    """The reading child's peak resident memory so far (Linux; None elsewhere or without a child)."""
    worker = _worker
    if worker is None or not worker.alive():
        return None
    try:
        with open(f"/proc/{worker.process.pid}/status", encoding="ascii") as status:
            line = next(l for l in status if l.startswith("VmHWM"))
    except (OSError, StopIteration):
        return None
    return int(line.split()[1]) * 1024


@contextmanager
def headroom(extra: int) -> Iterator[None]:
    """In the reading child on Linux: lower the address-space limit to what the child maps now
    plus ``extra`` while a reader runs whose allocation cannot be judged before it happens (an
    .xls: calamine fills a sheet's whole range before its size can be read). Past it, the reader
    fails and the file is refused; elsewhere the child's general bound stays."""
    status = Path("/proc/self/status")
    if multiprocessing.parent_process() is None or not status.exists():
        yield
        return
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    used = int(next(l for l in status.read_text().splitlines() if l.startswith("VmSize")).split()[1]) * 1024
    ceiling = used + extra if hard == resource.RLIM_INFINITY else min(used + extra, hard)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))

"""The reading child on the largest files the guard accepts (desktop/exchange/guard/limits.py),
and a district merging an office whose register has 200,000 rows.

Not a floor comparison: it measures once and prints, for each file, whether the guard accepted
it, the reading child's peak resident memory (VmHWM) and address space (VmPeak, what its 1.5 GB
RLIMIT_AS bounds), and the seconds it took; then the window's process (the merge) alone. Files:

  real-200k   an office's own export, 200,000 register rows (benchmarks' sample data)
  short-text  the cell limit filled with short text cells, 17 to a row
  long-text   the sheet-XML limit filled with long CJK text cells
  shared      the referenced-characters limit drawn from one long shared string

    python benchmarks/measure_guard_bound.py [--keep FOLDER]

Builds its files in a temporary folder (about 30 MB of files, 2–4 minutes for the export)."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import ROOT, child_or_parent, in_child, own_peak_mb  # noqa: E402

sys.path.insert(0, str(ROOT / "tests"))
ROWS = 200_000
PERIOD = "2023-06"


def _status(pid: int) -> dict[str, int]:
    out = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            key, _, rest = line.partition(":")
            if key in ("VmHWM", "VmPeak"):
                out[key] = int(rest.split()[0]) // 1024
    return out


def read_in_child(path: str) -> dict:
    """One file through the real path: guard and calamine in the reading child."""
    from desktop.exchange.guard import child
    from desktop.exchange.guard.reading import read_book
    from desktop.exchange.guard.limits import UnsafeWorkbook

    start = time.perf_counter()
    try:
        book = read_book(Path(path))
        verdict = f"accepted ({sum(len(r) for r in book.sheets.values()):,} rows)"
    except UnsafeWorkbook as exc:
        verdict = f"refused: {exc.message[:120]}"
    elapsed = time.perf_counter() - start
    worker = child._worker
    mem = _status(worker.process.pid) if worker is not None and worker.alive() else {}
    return {"line": f"{verdict}; {elapsed:.1f} s; reading child VmHWM {mem.get('VmHWM', '?')} MB, "
                    f"VmPeak {mem.get('VmPeak', '?')} MB (its bound {child.MEMORY_BYTES // 2 ** 20} MB)"}


def merge_at_district(folder: str) -> float:
    """The district merging the office's workbook: the window's process measured alone."""
    from db.schema import open_database
    from desktop.exchange.guard import child
    from desktop.exchange.merge import merge_files
    from desktop.security.auth import User

    db = open_database(Path(folder) / "district.sqlite")
    start = time.perf_counter()
    results = merge_files(db, sorted((Path(folder) / "out").glob("*.xlsx")), user=User("bench", "supervisor"))
    elapsed = time.perf_counter() - start
    worker = child._worker
    mem = _status(worker.process.pid) if worker is not None and worker.alive() else {}
    db.close()
    return {"line": f"merge {[(r.status, r.reason[:60]) for r in results]}; {elapsed:.1f} s; merging process "
                    f"{own_peak_mb():.0f} MB; reading child VmHWM {mem.get('VmHWM', '?')} MB"}


def _real(folder: Path) -> Path:
    from db.schema import open_database
    from desktop.exchange.export import SignOff, export_period
    from desktop.plan.loader import load_plan_file
    from desktop.registers.sample_data import fill_big_register
    from desktop.security.auth import User
    from desktop.security.signing import active_key
    from desktop.security.trust import confirm_key
    from desktop.system.paths import default_plan_path
    from desktop.system.provision import initialise
    from desktop.unit import unit_of

    plan = load_plan_file(default_plan_path())
    office = plan.offices[0]
    initialise(folder / "office.sqlite", district=False, office_code=office.code, admin="bench",
               password="bench-2023!", passphrase="bench-key-2023")
    initialise(folder / "district.sqlite", district=True, office_code=None, admin="bench", password="bench-2023!",
               passphrase="bench-key-2023")
    db = open_database(folder / "office.sqlite")
    fill_big_register(db, plan, office.code, ROWS, seed=5)
    start = time.perf_counter()
    result = export_period(db, plan, unit_of(db), User("bench", "admin"), PERIOD, folder=folder / "out",
                           sign_off=SignOff("a", "b", "c", "d"), passphrase="bench-key-2023")
    print(f"  export of {ROWS:,} rows: {time.perf_counter() - start:.0f} s, "
          f"{result.path.stat().st_size / 2 ** 20:.1f} MB", flush=True)
    district = open_database(folder / "district.sqlite")
    confirm_key(district, active_key(db).public_raw, office.code, office.name, user=User("bench", "supervisor"))
    district.close()
    db.close()
    return result.path


def _short_text(path: Path, limits) -> Path:
    """As many 17-to-a-row short text cells as the cell limit takes."""
    import hostile_books

    columns = 17
    rows = (limits.max_total_cells - 100) // columns
    with tempfile.TemporaryFile() as body:
        for r in range(1, rows + 1):
            body.write(b"<row>" + b"".join(b'<c t="inlineStr"><is><t>%d\xe5\xbc\xa0</t></is></c>' % (r * columns + c)
                                          for c in range(columns)) + b"</row>")
        body.seek(0)
        hostile_books.workbook(path, {"名单": ("worksheets/sheet1.xml", hostile_books.sheet(body.read()))})
    return path


def _long_text(path: Path, limits) -> Path:
    """Cells of 10,000 CJK characters up to the sheet-XML limit, drawn at random from 16 (one
    repeated character would be refused for its compression ratio, text drawn from thousands
    for the file size: this one compresses to about a fifth)."""
    import random

    import hostile_books

    rng = random.Random(16)
    alphabet = [chr(0x5F20 + k) for k in range(16)]
    texts = [b'<c t="inlineStr"><is><t>' + "".join(rng.choices(alphabet, k=10_000)).encode()
             + b"</t></is></c>" for _ in range(1_000)]          # 30 MB apart: beyond deflate's 32 KB window
    cells = (limits.max_sheet_bytes - 65_536) // len(texts[0])
    rows = b"".join(b"<row>" + b"".join(texts[(r * 10 + c) % 1000] for c in range(10)) + b"</row>"
                    for r in range(cells // 10))
    hostile_books.workbook(path, {"长文本": ("worksheets/sheet1.xml", hostile_books.sheet(rows))})
    return path


def _shared(path: Path, limits) -> Path:
    """One shared string of 32,767 characters, drawn by as many cells as the limit allows."""
    import hostile_books

    text = "张" * limits.max_field_chars
    sst = (b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
           b"<si><t>" + text.encode() + b"</t></si></sst>")
    n = limits.max_referenced_chars // len(text)
    rows = b"".join(b"<row>" + b'<c t="s"><v>0</v></c>' * 10 + b"</row>" for _ in range(n // 10))
    hostile_books.workbook(path, {"共享": ("worksheets/sheet1.xml", hostile_books.sheet(rows))},
                           extra={"xl/sharedStrings.xml": sst})
    return path


def main() -> bool:
    from desktop.exchange.guard.limits import DEFAULT_LIMITS

    keep = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="bench-guard-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["STREET_LEDGER_HOME"] = str(folder / "home")
    try:
        print(f"limits: {DEFAULT_LIMITS.max_total_cells:,} cells, {DEFAULT_LIMITS.max_cells:,} positions a sheet, "
              f"{DEFAULT_LIMITS.max_sheet_bytes // 2 ** 20} MB sheet XML, {DEFAULT_LIMITS.max_rows:,} rows", flush=True)
        real = next((folder / "out").glob("*.xlsx"), None) if keep else None
        real = real or _real(folder)
        files = [real, _short_text(folder / "short-text.xlsx", DEFAULT_LIMITS),
                 _long_text(folder / "long-text.xlsx", DEFAULT_LIMITS), _shared(folder / "shared.xlsx", DEFAULT_LIMITS)]
        for f in files:
            with zipfile.ZipFile(f) as zf:
                xml = sum(i.file_size for i in zf.infolist() if i.filename.startswith("xl/worksheets/"))
            print(f"{f.name}: {f.stat().st_size / 2 ** 20:.1f} MB file, {xml / 2 ** 20:.0f} MB sheet XML", flush=True)
            print("  " + in_child(__file__, "read", str(f)).seconds["line"], flush=True)
        print("  " + in_child(__file__, "merge", str(folder)).seconds["line"], flush=True)
        return True
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    child_or_parent({"read": read_in_child, "merge": merge_at_district}, main)

"""What a workbook may hold, and the refusal every check raises.

The limits are sized for the largest file we must take: an office workbook whose register has
the 200,000 rows of DESIGN §9 (``sized_for``). Measured on one (17 columns, as the sample data
fills them): 2.6 million filled cells, 3.4 million positions of used range, 167 MB of sheet XML
in an 18 MB file. Such a file is read in the reading child, never in the window's process: the
child held 536 MB at its peak (calamine's copy, the Python objects and the pickle it sends
back), and on the worst file these limits accept — 3.4 million short text cells, or 260 MB of
long text — it stays within its 1.5 GB address-space bound (benchmarks/measure_guard_bound.py
builds them and measures). The largest other part a reader loads (styles, the shared-string
table) keeps its smaller bounds."""
from __future__ import annotations

from dataclasses import dataclass

from desktop.errors import UserError


REGISTER_ROWS = 200_000       # the longest register DESIGN §9 holds an office to
REGISTER_COLUMNS = 17         # the widest register of the plan: the record key and 16 fields
BASE_CELLS = 2_000            # the fixed sheets: cover, 指标进度 (77 indicators), signature
BASE_SHEET_BYTES = 512 * 1024
ROW_SHEET_BYTES = 1_280       # one register row as our export writes it: 836 bytes measured, with room


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 100 * 1024 * 1024
    max_entries: int = 2000
    max_uncompressed_bytes: int = 512 * 1024 * 1024
    max_ratio: int = 200
    max_rows: int = 250_000          # any sheet: the longest register with a quarter to spare
    max_columns: int = 200
    max_cells: int = 4_000_000       # rows × columns of a sheet's used range, what calamine allocates
    max_total_area: int = 6_000_000  # the same over every sheet of the workbook
    max_total_cells: int = BASE_CELLS + REGISTER_ROWS * REGISTER_COLUMNS   # cells written, every sheet
    max_sheets: int = 200
    max_sheet_bytes: int = BASE_SHEET_BYTES + REGISTER_ROWS * ROW_SHEET_BYTES   # all sheets' XML (inline text)
    max_part_bytes: int = 16 * 1024 * 1024     # any other part (styles, workbook, drawings …)
    max_shared_strings: int = 1_000_000
    max_shared_chars: int = 16_000_000         # the shared-string table's text
    max_referenced_chars: int = 48_000_000     # text cells draw from that table, each use counted
    max_count_attribute: int = 1_000_000       # count="…" a reader may reserve room for
    max_field_chars: int = 32_767              # Excel's own limit for one cell
    max_csv_bytes: int = 100 * 1024 * 1024


def sized_for(register_rows: int) -> Limits:
    """The limits that take an office workbook whose register has ``register_rows`` rows of
    REGISTER_COLUMNS filled cells, and little more. ``sized_for(REGISTER_ROWS)`` is the default;
    a test takes a small one to show a file of that many rows passes at reduced scale."""
    rows = register_rows + register_rows // 4
    return Limits(max_rows=rows, max_cells=rows * 16, max_total_area=rows * 24,
                  max_total_cells=BASE_CELLS + register_rows * REGISTER_COLUMNS,
                  max_sheet_bytes=BASE_SHEET_BYTES + register_rows * ROW_SHEET_BYTES,
                  max_referenced_chars=register_rows * 240)


DEFAULT_LIMITS = sized_for(REGISTER_ROWS)


class UnsafeWorkbook(UserError):
    """Refused before parsing; ``reason`` is a short status word for reports (unsafe/malformed)."""

    def __init__(self, message: str, reason: str = "unsafe"):
        super().__init__(message)
        self.reason = reason

    def __reduce__(self):            # crosses the process boundary from the reading child
        return (type(self), (self.message, self.reason))

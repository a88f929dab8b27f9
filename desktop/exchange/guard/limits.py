"""What a workbook may hold, and the refusal every check raises.

The limits keep what any reader of ours allocates (python-calamine for every read, openpyxl in
read-only mode) under the 300 MB of DESIGN §9: about 200 bytes per filled cell in calamine
(its own copy plus the Python object), 32 bytes per position of a sheet's used range (calamine
fills the rectangle from A1 to the last cell), and the text the cells hold. The largest file
we expect — a 50,000-row register of 17 columns — is about 850,000 cells."""
from __future__ import annotations

from dataclasses import dataclass

from desktop.errors import UserError


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 100 * 1024 * 1024
    max_entries: int = 2000
    max_uncompressed_bytes: int = 512 * 1024 * 1024
    max_ratio: int = 200
    max_rows: int = 250_000          # any sheet: more rows than any register we hold
    max_columns: int = 200
    max_cells: int = 3_000_000       # rows × columns of a sheet's used range, what calamine allocates
    max_total_area: int = 6_000_000  # the same over every sheet of the workbook
    max_total_cells: int = 1_000_000  # cells actually written, every sheet together
    max_sheets: int = 200
    max_sheet_bytes: int = 64 * 1024 * 1024    # every sheet's XML together (inline text lives there)
    max_part_bytes: int = 16 * 1024 * 1024     # any other part (styles, workbook, drawings …)
    max_shared_strings: int = 1_000_000
    max_shared_chars: int = 16_000_000         # the shared-string table's text
    max_referenced_chars: int = 24_000_000     # text cells draw from that table, each use counted
    max_count_attribute: int = 1_000_000       # count="…" a reader may reserve room for
    max_field_chars: int = 32_767              # Excel's own limit for one cell
    max_csv_bytes: int = 100 * 1024 * 1024


DEFAULT_LIMITS = Limits()


class UnsafeWorkbook(UserError):
    """Refused before parsing; ``reason`` is a short status word for reports (unsafe/malformed)."""

    def __init__(self, message: str, reason: str = "unsafe"):
        super().__init__(message)
        self.reason = reason

    def __reduce__(self):            # crosses the process boundary from the reading child
        return (type(self), (self.message, self.reason))

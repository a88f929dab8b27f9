"""What a month's submission says, apart from when it was exported and which revision it is.

The digest is the workbook's canonical content digest (desktop.workbook.digest) over the same
sheets the export writes, with the export time and the revision number held fixed: two exports
of a month with equal digests tell the district exactly the same, so the second makes no new
revision. The sign-off (填报人, 审核人, …) and the signing key count as content."""
from __future__ import annotations

from desktop import export_sheets
from desktop.workbook.digest import ContentDigest

_FIXED = {"exported_at": "2000-01-01T00:00:00", "revision": "0"}


def content_digest(db, plan, unit, period: str, meta: dict[str, str], fingerprint: str) -> str:
    fixed = {**meta, **_FIXED}
    digest = ContentDigest(fixed)
    for sheet in export_sheets.build(db, plan, unit, period, fixed, fingerprint):
        digest.start_sheet(sheet.name, sheet.columns)
        if sheet.header:
            digest.add_row([c.header for c in sheet.columns], as_text=True)
        for values in sheet.rows:
            digest.add_row(values)
    return digest.hexdigest()


def unchanged_message(revision: int) -> str:
    return f"与第{revision}版内容相同，未生成新版本"

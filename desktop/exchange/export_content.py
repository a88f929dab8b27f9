"""What a month's submission says, apart from when it was exported and which revision it is.

The digest is the workbook's canonical content digest (desktop.exchange.workbook.digest) over the same
sheets the export writes, with the export time and the revision number held fixed: two exports
of a month with equal digests tell the district exactly the same, so the second makes no new
revision. The sign-off (填报人, 审核人, …) and the signing key count as content."""
from __future__ import annotations

from desktop.exchange import export_sheets
from desktop.exchange.workbook.digest import ContentDigest

# the audit head moves with every logged action (the export itself logs one): not content
_FIXED = {"exported_at": "2000-01-01T00:00:00", "revision": "0", "audit_seq": "0", "audit_hash": ""}


def content_digest(db, plan, unit, period: str, meta: dict[str, str], fingerprint: str,
                   rules: tuple = ((), {})) -> str:
    fixed = {**meta, **_FIXED}
    digest = ContentDigest(fixed)
    for sheet in export_sheets.build(db, plan, unit, period, fixed, fingerprint, rules):
        digest.add_sheet(sheet)
    return digest.hexdigest()


class ContentWhileWriting:
    """The same digest as ``content_digest``, taken by the writer from the rows it canonicalises
    for the signature (``write_signed(content=…, content_sheets=…)``): the sheets are built, read
    and canonicalised once. Only the cover differs between what is written and what counts as
    content (export time, revision): its fixed version is hashed in its place."""

    def __init__(self, plan, unit, meta: dict[str, str], fingerprint: str):
        self.fixed = {**meta, **_FIXED}
        self.digest = ContentDigest(self.fixed)
        cover = export_sheets.cover_sheet(plan, unit, self.fixed, fingerprint)
        self.stand_ins = {cover.name: cover}

    def hexdigest(self) -> str:
        return self.digest.hexdigest()


def unchanged_message(revision: int) -> str:
    return f"与第{revision}版内容相同，未生成新版本"

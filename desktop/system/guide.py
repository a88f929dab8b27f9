"""Where the user guide (docs/用户指南.md and its images) is, from source, a frozen bundle
(build_installer.spec puts docs/ beside resources/) or an installed wheel (pyproject's
data-files put it under the installation's share/street-ledger/docs)."""
from __future__ import annotations

import os
import sysconfig
from pathlib import Path

from desktop.system.paths import resources_dir

GUIDE_NAME = "用户指南.md"


def guide_candidates() -> list[Path]:
    found = [resources_dir().parent / "docs" / GUIDE_NAME]
    for scheme in (None, f"{os.name}_user"):
        try:
            data = sysconfig.get_path("data", scheme) if scheme else sysconfig.get_path("data")
        except KeyError:
            continue
        found.append(Path(data) / "share" / "street-ledger" / "docs" / GUIDE_NAME)
    return found


def guide_path() -> Path | None:
    return next((p for p in guide_candidates() if p.is_file()), None)

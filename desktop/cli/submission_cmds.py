"""verify (and, with the export feature, export): the signed monthly workbook."""
from __future__ import annotations

import json
from pathlib import Path

from desktop.office_verify import STATUS_LABELS, verify_own
from desktop.provision import unit_of

from .common import EXIT_OK, EXIT_PARTIAL, open_existing
from .merge_cmds import district_verify


def register(sub) -> None:
    p = sub.add_parser("verify", help="校验报送表：街道库中看是否由本单位密钥签名；区汇总库中给出合并时的结论（不合并）")
    p.add_argument("files", nargs="+", metavar="F.xlsx")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)


def cmd_verify(args) -> int:
    db = open_existing(args)
    try:
        if unit_of(db).is_district:        # the district answers as merge would, merging nothing
            return district_verify(args, db)
        results = [verify_own(db, Path(f)) for f in args.files]
    finally:
        db.close()
    if args.json:
        print(json.dumps([r.as_dict() for r in results], ensure_ascii=False, indent=2))
    else:
        for r in results:
            print(f"{r.file}：{STATUS_LABELS.get(r.status, r.status)}（{r.status}）— {r.reason}")
    return EXIT_OK if all(r.status == "verified" for r in results) else EXIT_PARTIAL

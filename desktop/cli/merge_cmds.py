"""merge (and verify in a district database): check each workbook and merge the verified ones."""
from __future__ import annotations

import json

from desktop.exchange.merge import merge_files, verify_files
from desktop.exchange.statuses import ACCEPTED, label
from desktop.security.trust import require_supervisor

from .common import EXIT_OK, EXIT_PARTIAL, logged_in


def register(sub) -> None:
    p = sub.add_parser("merge", help="区汇总：校验并合并街道报送表（文件或文件夹；退出码 3 表示有文件被拒）")
    p.add_argument("inputs", nargs="+", metavar="F.xlsx|DIR")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_merge)


def report(args, results) -> None:
    if args.json:
        print(json.dumps([r.as_dict() for r in results], ensure_ascii=False, indent=2))
        return
    for r in results:
        who = f"{r.unit_name or r.office} {r.period} 第{r.revision}版 " if r.office else ""
        print(f"{r.file}：{who}{label(r.status)}（{r.status}）— {r.reason}"
              + (f"\n  注意：{r.warning}" if r.warning else ""))


def cmd_merge(args) -> int:
    with logged_in(args) as s:
        db, user = s.db, s.user
        require_supervisor(user)
        results = merge_files(db, args.inputs, user=user)
    report(args, results)
    return EXIT_OK if all(r.status in ACCEPTED for r in results) else EXIT_PARTIAL


def district_verify(args, db) -> int:
    """verify in a district database: what merge would answer, nothing merged or recorded."""
    results = verify_files(db, args.files)
    report(args, results)
    return EXIT_OK if all(r.status == "verified" for r in results) else EXIT_PARTIAL

"""report: the district's signed consolidated workbook for a period."""
from __future__ import annotations

from desktop.district.report import make_report

from .common import EXIT_OK, authenticate, emit, open_existing, passphrase_from_env


def register(sub) -> None:
    p = sub.add_parser("report", help="区汇总：生成带数字签名的全区汇总表（口令取自 STREET_LEDGER_PASSPHRASE）")
    p.add_argument("--period", required=True, metavar="YYYY-MM")
    p.add_argument("--out", required=True, metavar="F.xlsx")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_report)


def cmd_report(args) -> int:
    db = open_existing(args)
    try:
        user = authenticate(args, db)
        result = make_report(db, args.out, args.period, user=user, passphrase=passphrase_from_env())
    finally:
        db.close()
    emit(args, {"file": str(result.path), "revision": result.revision, "digest": result.digest,
                "fingerprint": result.fingerprint, "offices_reporting": result.offices_reporting},
         f"已生成汇总表：{result.path}（第{result.revision}版，本月报送街道 {result.offices_reporting} 个）\n"
         f"签名密钥指纹：{result.fingerprint}")
    return EXIT_OK

"""The audit log judged against anchors kept outside it.

The hash chain (db/audit.py) shows a row changed in place, but someone holding the database
file can drop the triggers, cut rows off the end, empty the log, or rewrite a row and recompute
every hash after it: the chain is then whole again. So the head of the chain (last sequence
number and hash) also leaves the database: every signed workbook carries it under the office
signature (``head_meta``), the export history records it, each backup holds a full copy of the
chain, and the district records the head of every file it receives. ``check`` compares the log
with every anchor it can find and names what does not fit.

What this does not give: rows appended after the newest anchor are vouched for by nothing
outside the file (the program has no secret to key them with: the signing key is locked by a
passphrase nobody types for a login or an entry). They are reported as not yet anchored, and
the next export or backup anchors them."""
from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable

from db import audit
from db import audit_anchor as anchor_rows
from desktop.system import backups
from desktop.unit import unit_of
from desktop.security.signing import own_fingerprints
from desktop.exchange.workbook.reader import read_signed
from desktop.exchange.guard import UnsafeWorkbook, check_file

SEQ_KEY, HASH_KEY = "audit_seq", "audit_hash"
SIGNED_FILES_READ = 3          # the newest intact workbooks are enough: one anchor covers all before it
SIGNED_FILES_TRIED = 8         # each read hashes the whole file: older exports without a head stop the search
BACKUPS_READ = 40
RESTORE_ACTION = "恢复备份"        # desktop.system.backups.restore
TRIGGERS_RESTORED_ACTION = "恢复审计保护"   # db.audit_guard.restore


def head_meta(db) -> dict[str, str]:
    """The audit head as signed workbook metadata (the signature covers every meta key)."""
    head = audit.head(db)
    return {SEQ_KEY: str(head[0] if head else 0), HASH_KEY: head[1] if head else audit.GENESIS}


@dataclass(frozen=True)
class Anchor:
    source: str                       # what vouches for it, as the user would find it
    seq: int
    hash: str
    signed: bool = False
    hashes: dict[int, str] | None = None   # a backup's whole chain


@dataclass(frozen=True)
class Finding:
    code: str          # triggers_missing | chain_broken | emptied | truncated | rewritten
    message: str
    source: str = ""
    seq: int | None = None


@dataclass
class AuditCheck:
    rows: int
    last_seq: int
    chain_break: int | None
    triggers_restored: list[str]
    anchors: list[Anchor] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    anchored_seq: int = 0             # the furthest entry an anchor agrees with
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def unanchored(self) -> int:
        return max(0, self.last_seq - self.anchored_seq)

    def as_dict(self) -> dict:
        return {"rows": self.rows, "last_seq": self.last_seq, "chain_break": self.chain_break,
                "triggers_restored": self.triggers_restored, "anchored_seq": self.anchored_seq,
                "unanchored": self.unanchored, "notes": self.notes,
                "anchors": [{"source": a.source, "seq": a.seq, "signed": a.signed} for a in self.anchors],
                "findings": [asdict(f) for f in self.findings]}


def _workbook_anchor(path: Path, unit_code: str, ours: set[str]) -> Anchor | str:
    """The head a workbook of ours carries, or why it cannot serve."""
    try:
        check_file(path)
    except UnsafeWorkbook as exc:
        return f"{path.name}：{exc.message}"
    reading = read_signed(path, keep_rows=False)
    meta = reading.meta
    if reading.status != "intact":
        return f"{path.name}：{reading.reason}"
    if meta.get("unit_code") != unit_code or reading.fingerprint not in ours:
        return f"{path.name}：不是本单位密钥签名的文件"
    seq = meta.get(SEQ_KEY, "")
    if not seq.isdigit() or len(meta.get(HASH_KEY, "")) != 64:
        return f"{path.name}：该文件由较早版本导出，不带审计锚点"
    return Anchor(f"报送表 {path.name}（已签名）", int(seq), meta[HASH_KEY], signed=True)


def _backup_anchor(path: Path, unit_code: str) -> Anchor | str:
    try:
        chain = anchor_rows.read_backup_chain(path)
    except sqlite3.Error as exc:
        return f"{path.name}：无法读取（{exc}）"
    if chain.unit_code != unit_code:
        return f"{path.name}：不是本单位的数据库"
    if chain.broken_at is not None:
        return f"{path.name}：备份自身的审计链在第 {chain.broken_at} 条不符（或为旧版格式），不作凭证"
    if not chain.hashes:
        return f"{path.name}：备份中没有审计记录"
    seq = max(chain.hashes)
    return Anchor(f"备份 {path.name}", seq, chain.hashes[seq], hashes=chain.hashes)


def collect_anchors(db, db_path: Path, extra: Iterable[Path] = ()) -> tuple[list[Anchor], list[str]]:
    """Every anchor within reach, and a note for each candidate that could not serve."""
    unit = unit_of(db).code
    ours = own_fingerprints(db)
    anchors: list[Anchor] = []
    notes: list[str] = []
    files_read = files_tried = 0
    for row in anchor_rows.export_heads(db):
        label = f"导出记录 {row['period']} 第{row['revision']}版"
        if row["audit_seq"] is not None:
            anchors.append(Anchor(label, row["audit_seq"], row["audit_hash"]))
        path = Path(row["file_path"])
        if files_read < SIGNED_FILES_READ and files_tried < SIGNED_FILES_TRIED and path.is_file():
            files_tried += 1
            found = _workbook_anchor(path, unit, ours)
            if isinstance(found, Anchor):
                anchors.append(found)
                files_read += 1
            else:
                notes.append(found)
    folder = backups.folder_for(db, db_path)
    for b in backups.list_backups(folder, Path(db_path).stem)[:BACKUPS_READ]:
        found = _backup_anchor(b.path, unit)
        (anchors if isinstance(found, Anchor) else notes).append(found)
    for item in extra:
        item = Path(item)
        paths = sorted(item.iterdir()) if item.is_dir() else [item]
        for path in paths:
            if path.suffix.lower() == ".xlsx":
                found = _workbook_anchor(path, unit, ours)
            elif path.suffix.lower() == ".sqlite":
                found = _backup_anchor(path, unit)
            else:
                continue
            (anchors if isinstance(found, Anchor) else notes).append(found)
    return anchors, notes


def _judge(db, rows: int, last_seq: int, a: Anchor) -> Finding | None:
    if a.seq <= 0:
        return None
    if rows == 0:
        return Finding("emptied", f"审计日志的全部记录已被删除：{a.source} 证明当时已有 {a.seq} 条记录", a.source, a.seq)
    if last_seq < a.seq:
        return Finding("truncated", f"审计日志末尾的记录被删除：现在只到第 {last_seq} 条，"
                                    f"而 {a.source} 证明已有第 {a.seq} 条", a.source, a.seq)
    if audit.hash_at(db, a.seq) == a.hash:
        return None
    first = a.seq
    if a.hashes is not None:             # a backup holds the whole chain: name the first entry that differs
        current = audit.hashes(db)
        first = next(i for i in sorted(a.hashes) if current.get(i) != a.hashes[i])
        if first == 1:
            return Finding("rewritten", f"审计日志自第 1 条起与 {a.source} 完全不同：原有记录被全部删除或替换",
                           a.source, 1)
        return Finding("rewritten", f"审计日志第 {first} 条与 {a.source} 中的不同：该条记录被改写，"
                                    "或被删除后重新计算了校验值", a.source, first)
    return Finding("rewritten", f"审计日志第 {a.seq} 条及之前的记录与 {a.source} 记下的不同："
                                "有记录被改写、插入或删除后重新计算了校验值", a.source, a.seq)


def check(db, db_path: Path, extra: Iterable[Path] = ()) -> AuditCheck:
    """The chain, the triggers and every anchor; each problem named once (the furthest anchor)."""
    head = audit.head(db)
    result = AuditCheck(rows=audit.total_rows(db), last_seq=head[0] if head else 0,
                        chain_break=audit.verify_chain(db),
                        triggers_restored=list(getattr(db, "audit_triggers_restored", []) or []))
    if result.triggers_restored:
        result.findings.append(Finding(
            "triggers_missing", f"审计日志的保护触发器（{'、'.join(result.triggers_restored)}）被删除或改动，"
                                "已在本次打开时重建：有人可能绕过程序直接改过数据库"))
    if result.chain_break is not None:
        result.findings.append(Finding("chain_broken", f"审计日志第 {result.chain_break} 条记录与前后记录的校验链不符："
                                                       "日志可能被改动过", seq=result.chain_break))
    result.anchors, result.notes = collect_anchors(db, Path(db_path), extra)
    # A restore legitimately replaces the log after the backup's head with another history; anchors
    # reaching past the first restore entry come from the replaced database. They are set aside and
    # said, never silently: a forged restore entry would be shown here.
    restores = [r[0] for r in audit.search(db, action=RESTORE_ACTION, limit=1_000_000)]
    cut = min(restores) if restores else None
    seen: set[str] = set()
    for a in sorted(result.anchors, key=lambda a: (-a.seq, not a.signed)):
        if cut is not None and a.seq >= cut:
            result.notes.append(f"{a.source} 记下的第 {a.seq} 条在第 {cut} 条「恢复备份」之后，属于被替换的数据库，未比对")
            continue
        found = _judge(db, result.rows, result.last_seq, a)
        if found is None:
            result.anchored_seq = max(result.anchored_seq, a.seq)
        elif found.code not in seen:
            seen.add(found.code)
            result.findings.append(found)
    _earlier_restorations(db, result)
    return result


def _earlier_restorations(db, result: AuditCheck) -> None:
    """Triggers put back at an earlier open (by the window, say) stay a finding until a later
    anchor has carried that entry out of the database; after that, a note."""
    entries = audit.search(db, action=TRIGGERS_RESTORED_ACTION, limit=1_000_000)
    if result.triggers_restored and entries:
        entries = entries[1:]                 # the newest is this open's own, reported above
    for entry_id, at, *_ in entries:
        text = f"{at.replace('T', ' ')} 打开数据库时发现审计日志的保护触发器被删除或改动，已重建（审计日志第 {entry_id} 条）"
        if entry_id > result.anchored_seq:
            result.findings.append(Finding("triggers_missing", text, seq=entry_id))
        else:
            result.notes.append(text)


def summary(result: AuditCheck) -> str:
    """One paragraph for the command line."""
    if not result.ok:
        return "；\n".join(f.message for f in result.findings) + "。\n请从备份恢复前先保留现有文件，并交技术人员检查。"
    if not result.anchors:
        return f"审计日志链完整（{result.rows} 条），但还没有可比对的导出文件或备份作为外部凭证"
    tail = (f"；其后 {result.unanchored} 条尚无外部凭证（下次导出报送表或备份时锚定）"
            if result.unanchored else "")
    return (f"审计日志链完整（{result.rows} 条），至第 {result.anchored_seq} 条与 "
            f"{len(result.anchors)} 个外部凭证（已签名报送表、导出记录、备份）一致{tail}")


def received_head_warning(previous: dict | None, meta: dict) -> str:
    """At the district: does an office's new file carry an audit head behind, or different from,
    one it sent before? (Its log was cut back, or rewritten, or restored from a backup.)
    A warning for the supervisor to ask about, not a refusal: a restore does the same."""
    seq, digest = meta.get(SEQ_KEY, ""), meta.get(HASH_KEY, "")
    if previous is None or not seq.isdigit():
        return ""
    before = f"{previous['period']} 第{previous['revision']}版"
    if int(seq) < previous["audit_seq"]:
        return (f"注意：该街道审计日志只到第 {seq} 条，而此前收到的 {before} 已到第 {previous['audit_seq']} 条："
                "其日志可能被删减或从备份恢复过，请向该街道核实")
    if int(seq) == previous["audit_seq"] and digest != previous["audit_hash"]:
        return (f"注意：该街道审计日志第 {seq} 条与此前收到的 {before} 所载不同："
                "其日志可能被改写过，请向该街道核实")
    return ""

"""Public keys the district trusts, each bound to one unit (信任密钥)."""
from __future__ import annotations

_COLS = ("fingerprint, unit_code, unit_name, public_key, added_at, added_by, how, replaces, "
         "revoked_at, revoke_cutoff, use_count, last_used_at, retired_at, replaced_by")


def add(db, *, fingerprint: str, unit_code: str, unit_name: str, public_key: bytes, added_at: str,
        added_by: str, how: str, replaces: str | None = None) -> None:
    db.execute(
        "INSERT INTO trusted_keys (fingerprint, unit_code, unit_name, public_key, added_at, added_by, how, replaces) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [fingerprint, unit_code, unit_name, public_key, added_at, added_by, how, replaces],
    )


def by_fingerprint(db, fingerprint: str) -> dict | None:
    rows = _select(db, "WHERE fingerprint = ?", [fingerprint])
    return rows[0] if rows else None


def all_keys(db) -> list[dict]:
    return _select(db, "ORDER BY unit_code, added_at", [])


def revoke(db, fingerprint: str, *, at: str, cutoff: str | None) -> None:
    db.execute("UPDATE trusted_keys SET revoked_at = ?, revoke_cutoff = ? WHERE fingerprint = ?",
               [at, cutoff, fingerprint])


def retire(db, fingerprint: str, *, at: str, replaced_by: str) -> None:
    """An accepted rotation: the old key keeps its history but vouches for nothing received later.
    The first retirement stands (a second rotation statement never moves it later)."""
    db.execute("UPDATE trusted_keys SET retired_at = ?, replaced_by = ? WHERE fingerprint = ? AND retired_at IS NULL",
               [at, replaced_by, fingerprint])


def record_use(db, fingerprint: str, at: str) -> None:
    db.execute("UPDATE trusted_keys SET use_count = use_count + 1, last_used_at = ? WHERE fingerprint = ?",
               [at, fingerprint])


def _select(db, tail: str, params: list) -> list[dict]:
    cur = db.execute(f"SELECT {_COLS} FROM trusted_keys {tail}", params)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]

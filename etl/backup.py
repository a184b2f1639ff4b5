"""`python -m etl.backup DIR [--db PATH]`: the whole warehouse, the kept uploads (files and event
log), the accounts (hashes only, with the audit log) and the saved slide decks copied into DIR,
with `manifest.json` listing every file's size and SHA-256. `python -m etl.restore DIR`
(etl.restore) checks every checksum first and then brings them back identical. The session
signing key (metrics.accounts) is left out: a restored install starts with no open session.

Taken under the warehouse's writer lock, after a checkpoint, so no load, approval or build runs
half-way through a backup; the accounts file is copied with SQLite's online backup, so logins may
go on meanwhile. DIR must be new or empty: a backup never overwrites another."""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import sys
from datetime import datetime, timezone
from pathlib import Path

from etl import warehouse
from metrics import accounts, store

MANIFEST = "manifest.json"
FORMAT = "st-dashboard-backup/1"
# the parts of an install, as named inside a backup
WAREHOUSE, UPLOADS, ACCOUNTS, DECKS = "warehouse.duckdb", "uploads", "accounts.sqlite", "decks"


class BackupError(RuntimeError):
    pass


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def parts(db=None) -> dict[str, Path]:
    """Where each part of the install lives for the warehouse `db`."""
    return {WAREHOUSE: store.db_path(db), UPLOADS: store.uploads_dir(db), ACCOUNTS: accounts.accounts_path(db),
            DECKS: store.decks_dir(db)}


def _manifest_entries(root: Path) -> list[dict]:
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.name != MANIFEST)
    return [{"path": p.relative_to(root).as_posix(), "bytes": p.stat().st_size, "sha256": sha256_file(p)} for p in files]


def backup(target: str | os.PathLike, db=None) -> dict:
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"Thư mục {target} không trống: bản sao lưu không ghi đè lên gì.")
    where = parts(db)
    if not where[WAREHOUSE].exists():
        raise BackupError(f"Không có kho dữ liệu {where[WAREHOUSE]}.")
    target.mkdir(parents=True, exist_ok=True)
    with warehouse.writer(db, wait=60) as con:
        con.execute("CHECKPOINT")
        shutil.copyfile(where[WAREHOUSE], target / WAREHOUSE)
        if where[UPLOADS].is_dir():
            shutil.copytree(where[UPLOADS], target / UPLOADS)
    if where[ACCOUNTS].exists():
        src = sqlite3.connect(where[ACCOUNTS])
        dst = sqlite3.connect(target / ACCOUNTS)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
    if where[DECKS].is_dir():
        # a deck is saved as a hidden temporary file, then linked to its name: only saved decks
        shutil.copytree(where[DECKS], target / DECKS, ignore=shutil.ignore_patterns(".*"))
    manifest = {"format": FORMAT, "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "source": str(where[WAREHOUSE]), "files": _manifest_entries(target)}
    (target / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    return manifest


def verify(source: str | os.PathLike) -> dict:
    """The manifest of a backup whose every file is present with its size and checksum, and
    nothing else beside them; otherwise BackupError naming each file that is wrong."""
    source = Path(source)
    try:
        manifest = json.loads((source / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise BackupError(f"{source}: không đọc được {MANIFEST} ({exc}).") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{source}: không phải bản sao lưu của bảng số liệu này ({manifest.get('format')}).")
    wrong = []
    listed = {e["path"] for e in manifest["files"]}
    for e in manifest["files"]:
        p = source / e["path"]
        if not p.is_file():
            wrong.append(f"thiếu {e['path']}")
        elif p.stat().st_size != e["bytes"] or sha256_file(p) != e["sha256"]:
            wrong.append(f"sai tổng kiểm {e['path']}")
    extra = [p.relative_to(source).as_posix() for p in source.rglob("*") if p.is_file() and p.name != MANIFEST]
    wrong += [f"không có trong danh mục: {x}" for x in sorted(set(extra) - listed)]
    if WAREHOUSE not in listed:
        wrong.append(f"thiếu {WAREHOUSE}")
    if wrong:
        raise BackupError(f"{source}: bản sao lưu không nguyên vẹn — " + "; ".join(wrong))
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl.backup", description=__doc__.splitlines()[0])
    ap.add_argument("dir", metavar="DIR")
    ap.add_argument("--db", help=f"kho dữ liệu (mặc định ${store.DB_ENV} hoặc {store.DEFAULT_DB})")
    args = ap.parse_args(argv)
    try:
        manifest = backup(args.dir, args.db)
    except (BackupError, store.WarehouseBusy) as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1
    size = sum(e["bytes"] for e in manifest["files"])
    print(f"Đã sao lưu {len(manifest['files'])} tệp ({size:,} byte) vào {args.dir}; danh mục tổng kiểm: {MANIFEST}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`python -m etl.restore DIR [--db PATH]`: bring back a backup made by `python -m etl.backup`.

Every file's checksum is checked against the backup's manifest before anything is touched; a
damaged or incomplete backup changes nothing. Under the warehouse's writer lock, each part (the
warehouse, the kept uploads, the accounts, the saved slide decks) is copied beside its place and
then moved in; whatever was there before is kept aside in `<name>.before-restore-<time>/`, never
deleted."""
from __future__ import annotations

import argparse
import os
import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from etl import backup as bk
from etl import commit, publish, warehouse
from metrics import store


def _republish(target: Path) -> None:
    """Readers read the published snapshot, not the file: publish the restored warehouse whole, as
    it is (its read model came with it), or, for a warehouse from before the read model, remove
    the snapshot so the app rebuilds it."""
    try:
        commit.publish_whole(target)
    except duckdb.Error:
        shutil.rmtree(publish.snapshot_dir(target), ignore_errors=True)


def restore(source: str | os.PathLike, db=None) -> dict:
    source = Path(source)
    manifest = bk.verify(source)
    where = bk.parts(db)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    target = where[bk.WAREHOUSE]
    aside = target.parent / f"{target.stem}.before-restore-{stamp}"
    moved = []
    with warehouse.writer_lock(db, wait=60):
        # copy first, beside each place: a copy that fails leaves the install as it was
        staged = {}
        for name, place in where.items():
            src = source / name
            if not src.exists():
                continue
            tmp = place.with_name(place.name + f".restoring-{stamp}")
            if src.is_dir():
                shutil.copytree(src, tmp)
            else:
                shutil.copyfile(src, tmp)
            staged[name] = tmp
        # then swap: what was there goes aside (kept), the staged copy moves in
        leftovers = [target.with_name(target.name + ".wal")]
        for name, place in [*where.items(), *(("wal", p) for p in leftovers)]:
            if place.exists():
                aside.mkdir(exist_ok=True)
                os.replace(place, aside / place.name)
                moved.append(place.name)
            if name in staged:
                os.replace(staged[name], place)
        _republish(target)
    return {"files": len(manifest["files"]), "created_at": manifest["created_at"],
            "kept_aside": str(aside) if moved else None}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl.restore", description=__doc__.splitlines()[0])
    ap.add_argument("dir", metavar="DIR")
    ap.add_argument("--db", help=f"kho dữ liệu (mặc định ${store.DB_ENV} hoặc {store.DEFAULT_DB})")
    args = ap.parse_args(argv)
    try:
        done = restore(args.dir, args.db)
    except (bk.BackupError, store.WarehouseBusy) as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 1
    print(f"Đã khôi phục {done['files']} tệp từ bản sao lưu {done['created_at']}."
          + (f" Dữ liệu trước đó được giữ ở {done['kept_aside']}." if done["kept_aside"] else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

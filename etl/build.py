"""`python -m etl.build [--db PATH]`: build the warehouse from data/ plus the kept uploads.

Idempotent: the file is built whole under a temporary name and then moved into place, so a
reader never sees half a build and a failed build leaves the old file untouched. Uploads are
never lost: they live beside the warehouse (see etl/uploads.py) and are replayed in order."""
from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime, timezone

import duckdb

from etl import curated, load, uploads, warehouse


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def build(path: str | os.PathLike | None = None) -> dict:
    """Build (or rebuild) the warehouse at `path`; return counts."""
    with warehouse.writer_lock(path, wait=60) as target:
        return _build(target)


def _build(target) -> dict:
    tmp = target.with_name(target.name + ".building")
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    sources = curated.normalize_sources(curated.read_sources())
    facts = curated.normalize_facts(curated.read_facts(), sources)
    con = duckdb.connect(str(tmp), config={"autoinstall_known_extensions": "false"})
    try:
        con.execute("BEGIN")
        load.create_schema(con)
        load.load_registries(con)
        load.insert_sources(con, sources.assign(upload_id=None))
        load.insert_observations(con, facts, loaded_at=_now(), loaded_by="etl.build (data/)")
        con.execute("COMMIT")
        replayed = uploads.replay(con, warehouse.uploads_dir(target))
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, target)
    return {"path": str(target), "curated_facts": len(facts), "sources": len(sources), **replayed}


def ensure(path: str | os.PathLike | None = None) -> bool:
    """Build the warehouse when it is absent; True when this call built it. Several app processes
    or sessions starting together: one builds, the others wait for it instead of failing."""
    if warehouse.db_path(path).exists():
        return False
    with warehouse.writer_lock(path, wait=300) as target:
        if target.exists():
            return False
        _build(target)
        return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl.build", description=__doc__.splitlines()[0])
    ap.add_argument("--db", help=f"warehouse file (default: ${warehouse.DB_ENV} or {warehouse.DEFAULT_DB})")
    args = ap.parse_args(argv)
    try:
        result = build(args.db)
    except warehouse.WarehouseBusy as exc:
        print(exc, file=sys.stderr)
        return 3
    print(f"Đã xây dựng kho dữ liệu {result['path']}: {result['curated_facts']} số liệu từ data/, "
          f"{result['uploads']} tệp tải lên ({result['upload_facts']} số liệu), {result['undone']} đã hoàn tác.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Publishing the read model to readers: a snapshot directory beside the warehouse file.

    <name>.snapshot/
        manifest.json                    which file holds what, and the version: swapped atomically
        v00000042/facts/indicator=X/…    Parquet, one file per indicator for the big tables
        v00000042/facts_by_province/province_code=14/…   the same rows, one file per province
        v00000042/data_index.parquet     the small tables, whole

Why this shape (README, "Readers never wait for writers"): DuckDB lets one process write a file
or several read it, never both, so readers cannot share the writer's file. Copying the whole
file per upload costs in proportion to the warehouse; here a commit rewrites only the partitions
of the indicators it touched and of the provinces it touched (a province's other indicators read
back from its previous file), plus the small tables, into a new version folder, then replaces
manifest.json with os.replace — a reader sees the old version or the new one, never a mix.
Files are immutable once written; folders no longer referenced are removed after a grace period
long enough for any query that started on them to finish.

Called only by etl.commit, after the database committed, under the writer lock."""
from __future__ import annotations

import json
import os
import shutil
import time
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from etl.readmodel import each_equal, literal

MANIFEST = "manifest.json"
KEEP_SECONDS = 300  # an unreferenced version folder lives this long (a long query may still read it)

# snapshot table -> (source in the writer's database, partition column, row order inside a partition).
# The facts and the history are published twice: by indicator (what most pages ask for) and by
# province (a province's profile, its coverage: one file instead of one per indicator).
PARTITIONED = {
    "facts": ("current_facts", "indicator", "province_code, frame, period_start, period_end, measure"),
    "facts_by_province": ("current_facts", "province_code", "indicator, frame, period_start, period_end, measure"),
    "facts_today": ("facts_today", "indicator", "province_code, period_start, period_end, measure"),
    "history": ("observation_history", "indicator",
                "province_code, frame, period, measure, active DESC, position, observation_id"),
    "history_by_province": ("observation_history", "province_code",
                            "indicator, frame, period, measure, active DESC, position, observation_id"),
    "disagreements": ("stock_disagreements", "indicator", "province_code, frame, period, measure, other_period"),
    "disagreements_by_province": ("stock_disagreements", "province_code",
                                  "indicator, frame, period, measure, other_period"),
}
# the by-province copies and the by-indicator copy each is made from
BY_PROVINCE = {"facts_by_province": "facts", "history_by_province": "history",
               "disagreements_by_province": "disagreements"}
# 3: one file per indicator, and per province for the by-province copies (2 split provinces into
# 16 buckets of indicators: cheaper to republish, but a page reading 4 provinces opened 64 files and
# took 4-5x longer). A manifest of another layout (or none) is republished whole at the next publish.
LAYOUT = 3
WHOLE = ("data_index", "sources", "uploads", "provinces", "indicators", "synthetic_indicators", "synthetic_meta")
EMPTY_PARTITION = "__empty__"


def snapshot_dir(db: Path) -> Path:
    return db.parent / f"{db.stem}.snapshot"


def exists(db: Path) -> bool:
    return (snapshot_dir(db) / MANIFEST).exists()


def _stale_mark(db: Path) -> Path:
    return snapshot_dir(db) / ".publishing"


def mark_stale(db: Path) -> bool:
    """Called by etl.commit before its COMMIT: until a publish completes, the snapshot may lag the
    database. Returns True when the mark was already there (an earlier commit or publish died
    before publishing): the next publish must then be whole."""
    folder = snapshot_dir(db)
    folder.mkdir(parents=True, exist_ok=True)
    mark = _stale_mark(db)
    leftover = mark.exists()
    mark.touch()
    return leftover


def is_stale(db: Path) -> bool:
    """A commit or a publish died half-way: the snapshot may not show what the database holds."""
    return _stale_mark(db).exists()


def read_manifest(folder: Path) -> dict | None:
    try:
        return json.loads((folder / MANIFEST).read_text("utf-8"))
    except FileNotFoundError:
        return None


def _path_sql(path: Path) -> str:
    return str(path).replace("'", "''")


def _province_rows(source: str, province: str, indicators: list[str], folder: Path, old_files: list[str]) -> str:
    """A touched province's rows: recomputed for the touched indicators only; its other indicators'
    rows are the previous version's, read back from its file (not recomputed: a province's history
    is a window over its every observation)."""
    fresh = each_equal("indicator", indicators,
                       f"SELECT * FROM {source} WHERE province_code = {literal(province)} AND {{match}}")
    if not old_files:
        return f"({fresh})"
    files = ", ".join(f"'{_path_sql(folder / f)}'" for f in old_files)
    kept = (f"SELECT *, {literal(province)} AS province_code FROM read_parquet([{files}], hive_partitioning = false) "
            f"WHERE indicator NOT IN ({', '.join(literal(i) for i in indicators)})")
    return f"(({fresh}) UNION ALL BY NAME ({kept}))"


def _copy(con: duckdb.DuckDBPyConnection, select: str, target: Path, options: str = "") -> None:
    target_sql = str(target).replace("'", "''")
    con.execute(f"COPY ({select}) TO '{target_sql}' (FORMAT parquet, COMPRESSION zstd{options})")


def publish(con: duckdb.DuckDBPyConnection, db: Path, indicators: list[str] | None,
            provinces: list[str] | None = None, whole: bool = False) -> int:
    """Write the partitions of the touched `indicators` and `provinces` (None: all) and the small
    tables into a new version folder, then swap the manifest and clear the stale mark. `whole`:
    the snapshot may lag the database by more than this change (mark_stale said so)."""
    folder = snapshot_dir(db)
    folder.mkdir(parents=True, exist_ok=True)
    old = read_manifest(folder)
    pending = _stale_mark(db)
    if (whole or old is None or old.get("db") != db.name
            or old.get("layout") != LAYOUT or set(old.get("partitioned", {})) != set(PARTITIONED)):
        # no usable snapshot yet, or a commit or publish died half-way: publish everything
        indicators = provinces = None
    pending.touch()
    version = (old["version"] + 1) if old else 1
    vname = f"v{version:08d}"
    vdir = folder / vname
    shutil.rmtree(vdir, ignore_errors=True)  # a leftover of a publish that died before its manifest
    vdir.mkdir()
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views()").fetchall()}
    tables = views | {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    touched_by = {"indicator": indicators, "province_code": provinces}
    partitioned: dict[str, dict[str, list[str]]] = {}
    for name, (source, key, order) in PARTITIONED.items():
        touched = touched_by[key] if indicators is not None else None
        if touched is None and name in BY_PROVINCE and source in views:
            # the same rows as the by-indicator copy just written: read back, not computed again
            cols = ", ".join(r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {source} LIMIT 0").fetchall())
            twin = _path_sql(vdir / BY_PROVINCE[name] / "*" / "*.parquet")
            rows, kept = (f"SELECT {cols} FROM read_parquet('{twin}', hive_partitioning = true, "
                          "hive_types = {'indicator': VARCHAR})"), {}
        elif touched is None:
            rows, kept = f"SELECT * FROM {source}", {}
        elif name in BY_PROVINCE:
            rows = " UNION ALL ".join(_province_rows(source, p, indicators, folder, old["partitioned"][name].get(p, []))
                                      for p in touched) or None
            kept = {k: v for k, v in old["partitioned"][name].items() if k not in set(touched)}
        else:
            # one `key = 'x'` per value, not an IN list: see readmodel.each_equal (the history and
            # disagreements views rank only that indicator's observations then)
            rows = each_equal(key, touched, f"SELECT * FROM {source} WHERE {{match}}") if touched else None
            kept = {k: v for k, v in old["partitioned"][name].items() if k not in set(touched)}
        target = vdir / name
        if rows is not None:
            _copy(con, f"SELECT * FROM ({rows}) ORDER BY {key}, {order}", target,
                  f", PARTITION_BY ({key}), ROW_GROUP_SIZE 16384, OVERWRITE_OR_IGNORE")
        empty = target / f"{key}={EMPTY_PARTITION}"
        empty.mkdir(parents=True, exist_ok=True)
        _copy(con, f"SELECT * EXCLUDE ({key}) FROM {source} LIMIT 0", empty / "data_0.parquet")
        written = {}
        for part in sorted(target.glob(f"{key}=*")):
            code = part.name.split("=", 1)[1]
            files = sorted(part.glob("*.parquet"))
            if code != EMPTY_PARTITION and files:
                written[code] = [str(f.relative_to(folder)) for f in files]
        partitioned[name] = {**kept, **written}
        partitioned[name][EMPTY_PARTITION] = [str((empty / "data_0.parquet").relative_to(folder))]
    whole = {}
    for name in WHOLE:
        if name in tables:
            _copy(con, f"SELECT * FROM {name}", vdir / f"{name}.parquet")
            whole[name] = str((vdir / f"{name}.parquet").relative_to(folder))
    manifest = {"version": version, "db": db.name, "layout": LAYOUT,
                "keys": {name: key for name, (_, key, _) in PARTITIONED.items()},
                "published_at": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
                "synthetic": "synthetic_meta" in whole, "partitioned": partitioned, "whole": whole}
    manifest["retired"] = _retired(folder, old, manifest)
    tmp = folder / f".{MANIFEST}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, folder / MANIFEST)
    pending.unlink(missing_ok=True)
    _collect(folder, manifest)
    return version


def _referenced(manifest: dict) -> set[str]:
    names = {p.split("/", 1)[0] for files in manifest["partitioned"].values() for fs in files.values() for p in fs}
    return names | {p.split("/", 1)[0] for p in manifest["whole"].values()}


def _retired(folder: Path, old: dict | None, new: dict) -> dict[str, float]:
    """Version folders no longer referenced, with the time they stopped being referenced."""
    live = _referenced(new)
    retired = dict(old.get("retired", {})) if old else {}
    now = time.time()
    for name in (_referenced(old) if old else set()):
        retired.setdefault(name, now)
    for d in folder.glob("v*"):  # folders of a snapshot that had no manifest, or of a died publish
        retired.setdefault(d.name, now)
    return {k: v for k, v in retired.items() if k not in live and (folder / k).exists()}


def _collect(folder: Path, manifest: dict) -> None:
    """Remove version folders nothing references any more, once the grace period has passed."""
    now = time.time()
    for name, since in manifest["retired"].items():
        if now - since > KEEP_SECONDS:
            shutil.rmtree(folder / name, ignore_errors=True)

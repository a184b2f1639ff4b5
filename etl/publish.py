"""Publishing the read model to readers: a snapshot directory beside the warehouse file.

    <name>.snapshot/
        manifest.json                    which file holds what, and the version: swapped atomically
        v00000042/facts/indicator=X/…    Parquet, one file per indicator for the big tables
        v00000042/facts_by_province/province_code=14/…   the same rows, one file per province
        v00000042/data_index.parquet     the small tables, whole

Why this shape (README, "Readers never wait for writers"): DuckDB lets one process write a file
or several read it, never both, so readers cannot share the writer's file. Copying the whole
file per upload costs in proportion to the warehouse; here a commit rewrites only the partitions
of the indicators it touched, adds to each touched province's file an overlay of its changed
indicators (_province_rows), and rewrites the small tables that changed, into a new version
folder, then replaces manifest.json with os.replace — a reader sees the old version or the new
one, never a mix.
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

from etl import readmodel, warehouse
from etl.readmodel import each_equal, literal
from metrics.schema import BY_PROVINCE_COPIES, DATA_LISTS

MANIFEST = "manifest.json"
KEEP_SECONDS = 300  # an unreferenced version folder lives this long (a long query may still read it)

# snapshot table -> (source in the writer's database, partition column, row order inside a partition).
# The facts and the history are published twice: by indicator (what most pages ask for) and by
# province (a province's profile, its coverage: one file instead of one per indicator).
PARTITIONED = {
    "facts": ("current_facts", "indicator", "province_code, frame, period_start, period_end, measure"),
    "facts_by_province": ("current_facts", "province_code", "indicator, frame, period_start, period_end, measure"),
    "facts_today": ("facts_today", "indicator", "province_code, period_start, period_end, measure"),
    # the overview's 34-province view reads a few provinces' core indicators: by indicator that was
    # 13 files decoded whole at 100 k (8,188 rows for its 996; the province filter applies after
    # decoding, the files being one row group each), by province 4 files
    "facts_today_by_province": ("facts_today", "province_code", "indicator, period_start, period_end, measure"),
    "history": ("observation_history", "indicator",
                "province_code, frame, period, measure, active DESC, position, observation_id"),
    "history_by_province": ("observation_history", "province_code",
                            "indicator, frame, period, measure, active DESC, position, observation_id"),
    "disagreements": ("stock_disagreements", "indicator", "province_code, frame, period, measure, other_period"),
    "disagreements_by_province": ("stock_disagreements", "province_code",
                                  "indicator, frame, period, measure, other_period"),
    # the province profile's first screen: one small file per province (etl.readmodel.SUMMARY_SQL)
    "province_summary": ("province_summary", "province_code", "view, frame, indicator"),
    # the coverage grid's cells as reported (etl.readmodel.COVERAGE_SQL)
    "coverage_years": ("coverage_years", "province_code", "frame, indicator, year"),
    # the coverage page's sources line (etl.readmodel.SOURCES_SQL)
    "coverage_sources": ("coverage_sources", "province_code", "frame, year, source"),
}
# tables added to the snapshot after others were published: a snapshot without them gets them
# whole at its next publish, the rest stays incremental (not a whole republish: minutes at 10 M)
ADDED = tuple(readmodel.ADDED) + ("facts_today_by_province",)
# the by-province copies and the by-indicator copy each is made from
BY_PROVINCE = BY_PROVINCE_COPIES
# the tables whose touched provinces include the successors of the frame-63 provinces a change
# touched (their facts feed the merger view: facts_today, the summary's "today" rows)
FED = ("province_summary", "facts_today_by_province")
# 4: one file per indicator, and per province for the by-province copies, with overlays (3: without;
# 2 split provinces into 16 buckets of indicators: cheaper to republish, but a page reading 4
# provinces opened 64 files and took 4-5x longer). A manifest of another layout (or none) is
# republished whole at the next publish. An overlay's files are listed apart from the partitions
# (under "overlays"): a reader of layout 3 reads the bases only — the previous values, never a
# value twice.
LAYOUT = 4
COMPATIBLE = (3, 4)  # a layout-3 manifest is a layout-4 one without overlays: extended, not republished
WHOLE = ("data_index", "sources", "uploads", "provinces", "indicators", "synthetic_indicators", "synthetic_meta")
# the lookups' lists, computed from data_index (metrics.schema.DATA_LISTS), published as small
# tables too: a snapshot without them gets them at its next publish (lacks_added)
EMPTY_PARTITION = "__empty__"
# A touched province's by-province file is rewritten whole once more than this many of its
# indicators are overlaid on its base (_province_rows); below, a publish writes only their rows.
MAX_OVERLAID = 32
# rows per Parquet row group (DuckDB's zone maps skip whole row groups); smaller for the 34-province
# table by province, whose readers take a few indicators of a province: at 10 M a province's file is
# ~110 k rows sorted by indicator, and the overview's 13 core indicators of 4 provinces took 43 ms
# of CPU in groups of 16 k, 30 ms in groups of 2 k (by indicator: 25 ms)
ROW_GROUP_SIZE = {"facts_today_by_province": 2048}
ROWS_PER_GROUP = 16384


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


def lacks_added(db: Path) -> bool:
    """The published snapshot lacks a table added since it was published (ADDED, DATA_LISTS)."""
    return missing_added(read_manifest(snapshot_dir(db)) or {})


def missing_added(manifest: dict) -> bool:
    """This manifest lacks a table added since it was published: a read-model table (ADDED) or a
    list of what has data (DATA_LISTS, made from its data_index)."""
    whole = manifest.get("whole", {})
    return (any(name not in manifest.get("partitioned", {}) for name in ADDED)
            or ("data_index" in whole and any(name not in whole for name in DATA_LISTS)))


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


def _kept(province: str, folder: Path, files: list[str], without: list[str]) -> str:
    """A province's rows read back from the previous version's `files`, without `without`'s
    indicators (not recomputed: a province's history is a window over its every observation)."""
    listed = ", ".join(f"'{_path_sql(folder / f)}'" for f in files)
    where = f" WHERE indicator NOT IN ({', '.join(literal(i) for i in without)})" if without else ""
    return (f"SELECT *, {literal(province)} AS province_code FROM read_parquet([{listed}], hive_partitioning = false)"
            + where)


def _province_rows(fresh: str, province: str, indicators: list[str], folder: Path, old_files: list[str],
                   old_overlay: dict | None) -> tuple[str, dict | None]:
    """(the rows of a touched province's new file, its overlay for the manifest or None: whole).
    `fresh`: the province's current rows of the touched `indicators`.

    A one-value upload must not rewrite the province's whole file (at 10 M, ~150 k facts and ~300 k
    history rows: ~0.9 s of a 1.2 s publish). The province's base file stays as it is; the new
    file holds only the current rows of the indicators changed since that base (the overlay), and
    readers read the base without those indicators (metrics.snapshot). Once more than
    MAX_OVERLAID indicators differ from the base, the province is written whole again: base
    without them, the overlay's other rows, the fresh rows (compaction)."""
    overlay = old_overlay or {"files": [], "indicators": []}
    base = old_files
    masked = sorted(set(overlay["indicators"]) | set(indicators))
    parts = [f"({fresh})"]
    if overlay["files"]:
        parts.append(f"({_kept(province, folder, overlay['files'], indicators)})")
    if base and len(masked) <= MAX_OVERLAID:
        return " UNION ALL BY NAME ".join(parts), {"indicators": masked}
    if base:
        parts.append(f"({_kept(province, folder, base, masked)})")
    return " UNION ALL BY NAME ".join(parts), None


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
    if (whole or old is None or old.get("db") != db.name or old.get("layout") not in COMPATIBLE
            or not set(PARTITIONED) - set(ADDED) <= set(old.get("partitioned", {})) <= set(PARTITIONED)):
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
    touched_by = {"indicator": indicators, "province_code": provinces, "summary": provinces}
    if provinces is not None and indicators is not None and "province_lineage" in views:
        # a frame-63 province's facts feed its successor's merger view: that summary changed too
        fed = con.execute("SELECT DISTINCT code34 FROM province_lineage WHERE code63 IN (SELECT unnest(?))",
                          [list(provinces)]).fetchall()
        touched_by["summary"] = sorted(set(provinces) | {r[0] for r in fed})
    partitioned: dict[str, dict[str, list[str]]] = {}
    overlays: dict[str, dict[str, dict]] = {}  # by-province copy -> province -> its overlay (see _province_rows)
    for name, (source, key, order) in PARTITIONED.items():
        if name in ADDED and source not in tables:
            continue  # a warehouse of earlier code (etl.readmodel.ensure adds it): readers do without
        touched = (touched_by["summary" if name in FED else key]
                   if indicators is not None and name in old["partitioned"] and source in tables else None)
        overlaid: dict[str, dict] = {}  # the touched provinces written as an overlay on their base
        bases: dict[str, list[str]] = {}
        if touched is None and name in BY_PROVINCE and source in views:
            # the same rows as the by-indicator copy just written: read back, not computed again
            cols = ", ".join(r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {source} LIMIT 0").fetchall())
            twin = _path_sql(vdir / BY_PROVINCE[name] / "*" / "*.parquet")
            rows, kept = (f"SELECT {cols} FROM read_parquet('{twin}', hive_partitioning = true, "
                          "hive_types = {'indicator': VARCHAR})"), {}
        elif touched is None:
            rows, kept = f"SELECT * FROM {source}", {}
        elif name in BY_PROVINCE:
            old_overlays = old.get("overlays", {}).get(name, {})
            # the touched indicators' rows were just written by indicator: a province's share is
            # read back from those small files, not computed again from the views
            twin = ", ".join(f"'{_path_sql(folder / f)}'" for i in indicators
                             for f in partitioned[BY_PROVINCE[name]].get(i, []))
            cols = ", ".join(r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {source} LIMIT 0").fetchall())
            pieces = []
            for p in touched:
                files = old["partitioned"][name].get(p, [])
                fresh = (f"SELECT {cols} FROM read_parquet([{twin}], "
                         f"hive_partitioning = true, hive_types = {{'indicator': VARCHAR}}) "
                         f"WHERE province_code = {literal(p)}") if twin else f"SELECT {cols} FROM {source} WHERE FALSE"
                rows_p, overlay = _province_rows(fresh, p, indicators, folder, files, old_overlays.get(p))
                pieces.append(f"({rows_p})")
                if overlay is not None:
                    overlaid[p] = overlay
                    bases[p] = files
            rows = " UNION ALL ".join(pieces) or None
            kept = {k: v for k, v in old["partitioned"][name].items() if k not in set(touched)}
            overlays[name] = {k: v for k, v in old_overlays.items() if k not in set(touched)}
        else:
            # one `key = 'x'` per value, not an IN list: see readmodel.each_equal (the history and
            # disagreements views rank only that indicator's observations then)
            computed = touched
            if source == "stock_disagreements" and "indicators" in tables:
                # NOTE: the view pairs values of stock indicators only (its JOIN on indicators):
                # a flow's partition is empty, not worth ranking its observations (~0.1 s at 10 M)
                stocks = {r[0] for r in con.execute("SELECT code FROM indicators WHERE temporal = 'stock'").fetchall()}
                computed = [i for i in touched if i in stocks]
            rows = each_equal(key, computed, f"SELECT * FROM {source} WHERE {{match}}") if computed else None
            kept = {k: v for k, v in old["partitioned"][name].items() if k not in set(touched)}
        target = vdir / name
        if rows is not None:
            _copy(con, f"SELECT * FROM ({rows}) ORDER BY {key}, {order}", target,
                  f", PARTITION_BY ({key}), ROW_GROUP_SIZE {ROW_GROUP_SIZE.get(name, ROWS_PER_GROUP)}, OVERWRITE_OR_IGNORE")
        empty = target / f"{key}={EMPTY_PARTITION}"
        if touched is None:  # (an incremental publish keeps the previous version's empty file)
            empty.mkdir(parents=True, exist_ok=True)
            _copy(con, f"SELECT * EXCLUDE ({key}) FROM {source} LIMIT 0", empty / "data_0.parquet")
        written = {}
        for part in sorted(target.glob(f"{key}=*")):
            code = part.name.split("=", 1)[1]
            files = sorted(part.glob("*.parquet"))
            if code != EMPTY_PARTITION and files:
                written[code] = [str(f.relative_to(folder)) for f in files]
        partitioned[name] = {**kept, **written}
        for p, overlay in overlaid.items():  # the base stays listed; the overlay's files (none: all its rows went)
            partitioned[name][p] = bases[p]
            overlays[name][p] = {"files": written.pop(p, []), "indicators": overlay["indicators"]}
        partitioned[name][EMPTY_PARTITION] = ([str((empty / "data_0.parquet").relative_to(folder))]
                                              if touched is None else old["partitioned"][name][EMPTY_PARTITION])
    whole, fingerprints = {}, {}
    # the small tables whole, and the lists of what has data (a few hundred rows, computed here once, not by every
    # reader at every query): a table or list the change left as it was (its rows' hashes say so) keeps its file
    smalls = [(name, f"SELECT * FROM {name}") for name in WHOLE if name in tables]
    smalls += [(name, f"SELECT * FROM ({select}) ORDER BY ALL")
               for name, select in (DATA_LISTS.items() if "data_index" in tables else ())]
    for name, select in smalls:
        count, total = con.execute(f"SELECT count(*), sum(hash(t)) FROM ({select}) t").fetchall()[0]
        fingerprints[name] = f"{count}:{total}"
        if (indicators is not None and name in old["whole"]
                and old.get("fingerprints", {}).get(name) == fingerprints[name]):
            whole[name] = old["whole"][name]
            continue
        _copy(con, select, vdir / f"{name}.parquet")
        whole[name] = str((vdir / f"{name}.parquet").relative_to(folder))
    manifest = {"version": version, "db": db.name, "layout": LAYOUT,
                "keys": {name: key for name, (_, key, _) in PARTITIONED.items()},
                "published_at": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
                "synthetic": "synthetic_meta" in whole, "partitioned": partitioned,
                "overlays": {name: o for name, o in overlays.items() if o}, "whole": whole,
                "fingerprints": fingerprints}
    manifest["retired"] = _retired(folder, old, manifest)
    _swap(folder, manifest)
    pending.unlink(missing_ok=True)
    _collect(folder, manifest)
    return version


def overlaid(manifest: dict | None) -> list[str]:
    """The provinces whose by-province files carry an overlay in this manifest, the most overlaid
    indicators first (what a reader pays most for): the order compact() folds them in."""
    count: dict[str, int] = {}
    for by in (manifest or {}).get("overlays", {}).values():
        for p, o in by.items():
            count[p] = count.get(p, 0) + len(o["indicators"])
    return sorted(count, key=lambda p: (-count[p], p))


def compact(db: Path, stop=None, provinces: list[str] | None = None) -> list[str]:
    """Fold the overlays back into their provinces' by-province files, one province per new
    version, and return the provinces folded. The caller holds the writer lock (etl.compact).

    Each province is written whole again from the published files themselves — its base file
    without the overlaid indicators, then the overlay — into a new version folder, and the
    manifest is swapped as publish() swaps it: a reader sees the province overlaid or folded,
    never a mix, and the same rows either way (they are the rows it read, not recomputed: the
    warehouse file is never opened). `stop()` is asked before each province (etl.compact: a
    writer waiting for the lock), so a writer that arrives waits for one province's rewrite at
    most. A compaction that dies leaves the previous manifest, whole and current: no stale mark
    (that would make the next publish whole: minutes at 10 M), its half-written folder is removed
    by the next publish or compaction (the same version name) or collected as retired."""
    folder = snapshot_dir(db)
    done: list[str] = []
    con = duckdb.connect(":memory:", config={"autoinstall_known_extensions": "false",
                                             "autoload_known_extensions": "false"})
    try:
        while True:
            old = read_manifest(folder)
            if (old is None or old.get("db") != db.name or old.get("layout") not in COMPATIBLE
                    or is_stale(db)):
                break  # nothing published, or the next publish is whole anyway
            todo = [p for p in overlaid(old) if provinces is None or p in provinces]
            if not todo or (stop is not None and stop()):
                break
            province = todo[0]
            version = old["version"] + 1
            vname = f"v{version:08d}"
            vdir = folder / vname
            shutil.rmtree(vdir, ignore_errors=True)  # a leftover of a publish or compaction that died
            vdir.mkdir()
            partitioned = {name: dict(parts) for name, parts in old["partitioned"].items()}
            overlays = {name: dict(by) for name, by in old.get("overlays", {}).items()}
            for name, by in overlays.items():
                overlay = by.pop(province, None)
                if overlay is None:
                    continue
                key, order = PARTITIONED[name][1], PARTITIONED[name][2]
                base = partitioned[name].get(province, [])
                reads = []
                if base:  # the base without the overlaid indicators: exactly what readers read of it
                    listed = ", ".join(f"'{_path_sql(folder / f)}'" for f in base)
                    mask = ", ".join(literal(i) for i in overlay["indicators"])
                    reads.append(f"SELECT * FROM read_parquet([{listed}], hive_partitioning = false) "
                                 f"WHERE indicator NOT IN ({mask})")
                if overlay["files"]:
                    listed = ", ".join(f"'{_path_sql(folder / f)}'" for f in overlay["files"])
                    reads.append(f"SELECT * FROM read_parquet([{listed}], hive_partitioning = false)")
                target = vdir / name / f"{key}={province}" / "data_0.parquet"
                target.parent.mkdir(parents=True)
                rows = 0
                if reads:
                    rows = con.execute(
                        f"COPY (SELECT * FROM ({' UNION ALL BY NAME '.join(reads)}) ORDER BY {order}) "
                        f"TO '{_path_sql(target)}' (FORMAT parquet, COMPRESSION zstd, "
                        f"ROW_GROUP_SIZE {ROW_GROUP_SIZE.get(name, ROWS_PER_GROUP)})"
                    ).fetchall()[0][0]
                if rows:
                    partitioned[name][province] = [str(target.relative_to(folder))]
                else:  # every row of the province went (an undo): no file, as publish() lists none
                    partitioned[name].pop(province, None)
                    shutil.rmtree(target.parent, ignore_errors=True)
            warehouse.fault("compact_before_manifest")
            manifest = {**old, "version": version,
                        "published_at": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
                        "partitioned": partitioned, "overlays": {n: by for n, by in overlays.items() if by}}
            manifest["retired"] = _retired(folder, old, manifest)
            _swap(folder, manifest)
            _collect(folder, manifest)
            done.append(province)
    finally:
        con.close()
    return done


def _swap(folder: Path, manifest: dict) -> None:
    """Replace manifest.json atomically (readers see the old one or the new one, whole)."""
    tmp = folder / f".{MANIFEST}.{os.getpid()}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(manifest, ensure_ascii=False))  # (json.dump writes piece by piece: slower)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, folder / MANIFEST)


def _referenced(manifest: dict) -> set[str]:
    names = {p.split("/", 1)[0] for files in manifest["partitioned"].values() for fs in files.values() for p in fs}
    names |= {p.split("/", 1)[0] for by in manifest.get("overlays", {}).values() for o in by.values()
              for p in o["files"]}
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

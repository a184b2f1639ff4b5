"""Reading the published snapshot (etl.publish): one long-lived in-process DuckDB per process,
one cursor per thread, views swapped when a new version is published.

Readers never open the writer's database file, so a load, an undo or a rebuild never makes them
wait, and they never make a writer wait. Each query first checks the manifest (a stat, ~µs); when
its version changed, the views are re-pointed at the new files (a catalog change, milliseconds)
and the next query sees the new data — no restart, no copy.

The version number is the key for every cached result (metrics.queries, views.cache)."""
from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import duckdb

from metrics.schema import BY_PROVINCE_COPIES, DATA_LISTS

MANIFEST = "manifest.json"
EMPTY_PARTITION = "__empty__"
_CONFIG = {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}


class SnapshotMissing(FileNotFoundError):
    """No snapshot has been published beside this warehouse yet."""


def snapshot_dir(db: Path) -> Path:
    return db.parent / f"{db.stem}.snapshot"


@dataclass
class _State:
    stamp: tuple = ()
    version: int = 0
    synthetic: bool = False
    key: str = ""


class Snapshot:
    """The published read model of one warehouse, as views in a private in-memory database."""

    def __init__(self, db: Path):
        self.folder = snapshot_dir(db)
        self._prefix = str(self.folder).replace("'", "''") + "/"
        self.con = duckdb.connect(":memory:", config=_CONFIG)
        # parquet footers are read once per file, not once per query
        self.con.execute("SET parquet_metadata_cache = true")
        self._state = _State()
        # name -> (key column, select list, {key value: files}, {key value: overlay}) of the installed version
        self._parts: dict = {}
        self._whole: dict = {}  # small table -> its file (relative), in the installed version
        self._stale: set = set()
        self._columns: dict = {}  # an empty partition's file -> its columns  # partitioned tables whose view is not the installed version's yet
        self._lock = threading.Lock()
        self._local = threading.local()

    def _stamp(self) -> tuple:
        try:
            st = (self.folder / MANIFEST).stat()
        except FileNotFoundError:
            raise SnapshotMissing(str(self.folder)) from None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def refresh(self) -> int:
        """Point the views at the newest published version; returns it."""
        stamp = self._stamp()
        if stamp == self._state.stamp:
            return self._state.version
        with self._lock:
            stamp = self._stamp()
            if stamp == self._state.stamp:
                return self._state.version
            manifest = json.loads((self.folder / MANIFEST).read_text("utf-8"))
            if manifest["version"] != self._state.version:
                self._install(manifest)
            # the cache key: unique per warehouse and publication, even if the folder is recreated
            key = f"{self.folder}#{manifest['version']}@{manifest.get('published_at', '')}"
            self._state = _State(stamp, manifest["version"], bool(manifest.get("synthetic")), key)
            return self._state.version

    def _path(self, rel: str) -> str:
        # NOTE: plain strings, not pathlib: a 10 M snapshot lists ~4,000 files, and building each
        # path with pathlib was ~60 % of picking up a new version (py-spy: ~0.3 s of 0.5 s)
        return self._prefix + rel.replace("'", "''")

    def _install(self, manifest: dict) -> None:
        cur = self.con.cursor()
        parts_of: dict = {}
        before = self._parts
        try:
            cur.execute("BEGIN")
            for name, parts in manifest["partitioned"].items():
                key = manifest.get("keys", {}).get(name, "indicator")
                paths = {k: [self._path(p) for p in fs] for k, fs in parts.items()}
                overlays = {k: {"files": [self._path(p) for p in o["files"]], "indicators": o["indicators"]}
                            for k, o in manifest.get("overlays", {}).get(name, {}).items()}
                empty = paths[EMPTY_PARTITION][0]
                if empty not in self._columns:  # (a publish keeps the empty file while the columns stay)
                    self._columns[empty] = [r[0] for r in cur.execute(
                        f"DESCRIBE SELECT * FROM read_parquet('{empty}')").fetchall()]
                cols = self._columns[empty]
                # the column order of the writer's table: indicator after province, as in `facts`
                order = _ORDER.get(name, cols)
                select = ", ".join(c for c in order if c in cols or c == key)
                parts_of[name] = (key, select, paths, overlays)
            self._parts = parts_of
            # the views over whole partitioned tables are (re)created when a query names them
            # (prepare): binding one costs ~10 ms per 64 files, ~45 ms over ~1,300 at 10 M, and
            # most queries read a few partitions (relation), so a new version is picked up sooner.
            # Until then a view still reads the previous version's (immutable) files.
            self._stale = set(parts_of)
            self._whole = dict(manifest["whole"])
            for name, rel in manifest["whole"].items():
                cur.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet('{self._path(rel)}')")
            for name, select in DATA_LISTS.items():
                if name not in manifest["whole"] and "data_index" in manifest["whole"]:
                    # a snapshot of earlier code: the list computed from its data_index (each read)
                    cur.execute(f"CREATE OR REPLACE VIEW {name} AS {select}")
            if "synthetic_meta" not in manifest["whole"]:
                cur.execute("CREATE OR REPLACE VIEW synthetic_meta AS SELECT NULL::VARCHAR AS key, NULL::VARCHAR AS value WHERE FALSE")
                cur.execute("CREATE OR REPLACE VIEW synthetic_indicators AS SELECT * FROM indicators WHERE FALSE")
            cur.execute("COMMIT")
        except BaseException:
            self._parts = before
            raise
        finally:
            cur.close()

    def prepare(self, sql: str) -> None:
        """Bring the views over whole partitioned tables that `sql` reads up to the installed
        version (call before executing it: metrics.queries does)."""
        if not self._stale:
            return
        named = set(_NAMED.findall(_RELATION.sub("", sql)))
        if not named & self._stale:
            return
        with self._lock:
            cur = self.con.cursor()
            try:
                for name in sorted(named & self._stale):
                    # NOTE: a whole by-indicator table is its by-province copy (the same rows,
                    # published together): a view over 64 files instead of ~1,300 at 10 M
                    twin = next((p for p, b in BY_INDICATOR.items() if b == name and p in self._parts), name)
                    cur.execute(f"CREATE OR REPLACE VIEW {name} AS {self._read(twin, None)}")
                    self._stale.discard(name)
            finally:
                cur.close()

    def _read(self, name: str, keys) -> str:
        """SELECT the rows of `name`'s partitions of `keys` (None: all) in the installed version.

        A province touched since its by-province file was last written whole has an overlay
        (etl.publish._province_rows): a small file holding the current rows of the indicators
        changed since, read as it is, and the base file read without those indicators."""
        key, select, parts, overlays = self._parts[name]
        # NOTE: in the keys' order, not the caller's: each file is written in the order queries want
        # their rows (metrics.queries.FACT_ORDER, indicator first), and DuckDB returns the files' rows in
        # the list's order, so a by-indicator read comes back ordered and queries.ordered_rows moves
        # nothing (the overview's 34-province view: 13 core indicators in the registry's order, ~0.5 ms
        # of a 996-row take at 100 k)
        chosen = sorted(set(keys)) if keys is not None else sorted(k for k in parts if k != EMPTY_PARTITION)
        plain, masked, bases = [], [], []
        for k in chosen:
            files = parts.get(k, ())
            overlay = overlays.get(k)
            if overlay is None:
                plain += files
                continue
            plain += overlay["files"]
            bases += files
            masked.append(f"({key} = {_literal(k)} AND indicator IN ({', '.join(map(_literal, overlay['indicators']))}))")
        # NOTE: the partition value is text: without hive_types "01" would be read as 1
        hive = f"hive_partitioning = true, hive_types = {{'{key}': VARCHAR}}"
        reads = [f"SELECT {select} FROM read_parquet([{', '.join(repr_sql(f) for f in plain)}], {hive})"] if plain else []
        if bases:
            reads.append(f"SELECT {select} FROM read_parquet([{', '.join(repr_sql(f) for f in bases)}], {hive}) "
                         f"WHERE NOT ({' OR '.join(masked)})")
        if not reads:
            reads = [f"SELECT {select} FROM read_parquet({repr_sql(parts[EMPTY_PARTITION][0])}, {hive})"]
        return " UNION ALL ".join(reads)

    def relation(self, name: str, keys) -> str:
        """A FROM item named `name` that reads only the partitions of these keys (indicators, or
        province codes for the *_by_province copies). The view over every partition costs ~4 ms
        per query just to bind at 277 files (twice the query itself); this binds the few needed.
        The files are the installed version's: immutable, kept while referenced. (The comments
        mark where it starts and ends, for the benchmark that swaps it for the writer's table.)"""
        return f"(SELECT /*snapshot*/ * FROM ({self._read(name, keys)}) /*snapshot*/) AS {name}"

    def has(self, name: str) -> bool:
        """Whether the installed version publishes this partitioned table (a snapshot of earlier
        code may lack one added since: etl.publish.ADDED)."""
        return name in self._parts

    def file_of(self, name: str) -> str:
        """The file a small table is read from in the installed version ("" if none): a publish
        that left the table as it was keeps its file, so this says whether it changed."""
        return self._whole.get(name, "")

    @property
    def version(self) -> int:
        return self._state.version

    @property
    def key(self) -> str:
        return self._state.key

    @property
    def synthetic(self) -> bool:
        return self._state.synthetic

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's cursor (DuckDB connections refuse concurrent calls; cursors do not)."""
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self._local.cursor = self.con.cursor()
        return cur


_ORDER = {
    "facts": ["province_code", "frame", "province_name", "indicator", "period", "period_start", "period_end",
              "period_kind", "measure", "value", "unit", "qualifier", "status", "source", "quote", "alternatives",
              "note", "loaded_at", "source_kind", "source_id", "sheet", "cell", "upload_id"],
}
_ORDER["facts_by_province"] = _ORDER["facts"]
_ORDER["facts_today"] = _ORDER["facts_today_by_province"] = _ORDER["facts"] + [
    "comparable", "reason", "reason_en", "predecessors"]
_ORDER["history"] = ["observation_id", "province_code", "frame", "indicator", "period", "measure", "period_start",
                     "period_end", "value", "unit", "qualifier", "status", "quote", "note", "loaded_at", "loaded_by",
                     "upload_id", "active", "source_kind", "source", "position", "file_name", "uploaded_at",
                     "undone_at", "undone_by", "differs"]
_ORDER["history_by_province"] = _ORDER["history"]
_ORDER["disagreements"] = _ORDER["disagreements_by_province"] = [
    "province_code", "frame", "indicator", "period", "measure", "other_period", "value", "unit", "qualifier", "status",
    "source", "quote", "note"]
_ORDER["province_summary"] = ["view", "province_code", "frame", "indicator", "n_facts", "n_values", "n_disagreeing",
                              "period", "period_start", "period_end", "measure", "value", "qualifier", "status",
                              "comparable"]
_ORDER["coverage_years"] = ["province_code", "frame", "indicator", "year", "category", "n_values"]
_ORDER["coverage_sources"] = ["province_code", "frame", "year", "source", "first_indicator", "first_start",
                              "first_end", "first_measure"]

# a whole by-indicator table and its by-province copy (etl.publish.BY_PROVINCE): the same rows
BY_INDICATOR = BY_PROVINCE_COPIES


_RELATION = re.compile(r"\(SELECT /\*snapshot\*/.*?/\*snapshot\*/\) AS \w+", re.S)
_NAMED = re.compile(r"\b(?:FROM|JOIN)\s+(\w+)", re.I)


def _literal(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def repr_sql(path: str) -> str:
    """A path made by Snapshot._path (quotes already doubled) as an SQL string."""
    return f"'{path}'"


_snapshots: dict[Path, Snapshot] = {}
_snapshots_lock = threading.Lock()


def of(db: Path) -> Snapshot:
    """The process's one Snapshot of this warehouse, current."""
    snap = _snapshots.get(db)
    if snap is None:
        with _snapshots_lock:
            snap = _snapshots.get(db) or _snapshots.setdefault(db, Snapshot(db))
    snap.refresh()
    return snap


def exists(db: Path) -> bool:
    return (snapshot_dir(db) / MANIFEST).exists()


def version(db: Path) -> int:
    """The published version (0: none). Cheap: a stat when nothing changed."""
    try:
        return of(db).version
    except SnapshotMissing:
        return 0


def key(db: Path) -> str:
    """The key of every cached result: this warehouse's snapshot and its version ("" when none)."""
    try:
        return of(db).key
    except SnapshotMissing:
        return ""

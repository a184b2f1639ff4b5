"""The warehouse file: where it is, its schema, and how to open it safely.

One DuckDB file, default `data/warehouse/st_dashboard.duckdb`, overridden by the environment
variable ST_DASHBOARD_DB. Accepted uploads are kept beside it in `uploads/` (content-addressed,
with an append-only log), so the file itself can always be rebuilt from `data/` plus uploads.

Concurrency. DuckDB lets one process write a file, or several read it, not both; inside one
process a read-only and a read-write connection to the same file cannot coexist. So:
  - every connection is short-lived (opened, used, closed);
  - writers (build, ingest, undo) first take an exclusive lock file, waiting briefly, then say
    "busy, try again" (WarehouseBusy) instead of crashing;
  - readers open read-only and retry for a moment while a writer holds the file;
  - inside one process, a lock serialises connections so threads never mix the two modes.
Pages cache query results keyed on `version()`, so a new upload shows at once.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import threading
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
DB_ENV = "ST_DASHBOARD_DB"
DEFAULT_DB = DATA_DIR / "warehouse" / "st_dashboard.duckdb"
WAIT_SECONDS = float(os.environ.get("ST_DASHBOARD_WAIT", "15"))

# NOTE: without this DuckDB tries to download extensions it thinks a query needs; offline that
# hangs for seconds before failing. Everything we use is built in.
_CONFIG = {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}

_process_lock = threading.RLock()


class WarehouseBusy(RuntimeError):
    """Another writer holds the warehouse; try again shortly."""

    def __init__(self, path: Path):
        super().__init__(f"Kho dữ liệu đang bận (đang có tiến trình khác ghi vào {path.name}); vui lòng thử lại sau ít phút.")


class WarehouseMissing(FileNotFoundError):
    pass


def db_path(path: str | os.PathLike | None = None) -> Path:
    return Path(path or os.environ.get(DB_ENV) or DEFAULT_DB).resolve()


def uploads_dir(path: str | os.PathLike | None = None) -> Path:
    """Kept uploads live beside the warehouse file, never inside it."""
    p = db_path(path)
    return p.parent / f"{p.stem}.uploads"


def version(path: str | os.PathLike | None = None) -> str:
    """Changes whenever the file is written or replaced: the key for cached query results."""
    try:
        st = db_path(path).stat()
    except FileNotFoundError:
        return "missing"
    return f"{st.st_ino}-{st.st_mtime_ns}-{st.st_size}"


def _is_lock_error(exc: Exception) -> bool:
    msg = str(exc).lower()
    return "lock" in msg or "conflicting" in msg or "different configuration" in msg


def _connect(path: Path, read_only: bool, deadline: float) -> duckdb.DuckDBPyConnection:
    delay = 0.02
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only, config=_CONFIG)
        except duckdb.Error as exc:
            if not _is_lock_error(exc) or time.monotonic() > deadline:
                if _is_lock_error(exc):
                    raise WarehouseBusy(path) from exc
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


@contextlib.contextmanager
def reader(path: str | os.PathLike | None = None):
    """A read-only connection, closed on exit."""
    p = db_path(path)
    if not p.exists():
        raise WarehouseMissing(str(p))
    deadline = time.monotonic() + WAIT_SECONDS
    with _process_lock:
        con = _connect(p, True, deadline)
        try:
            yield con
        finally:
            con.close()


@contextlib.contextmanager
def writer_lock(path: str | os.PathLike | None = None, wait: float | None = None):
    """The exclusive right to write this warehouse (and its uploads folder), across processes."""
    p = db_path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    lock_file = p.parent / f".{p.name}.lock"
    deadline = time.monotonic() + (WAIT_SECONDS if wait is None else wait)
    with open(lock_file, "a+") as fh:
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise WarehouseBusy(p) from None
                time.sleep(0.05)
        try:
            yield p
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@contextlib.contextmanager
def writer(path: str | os.PathLike | None = None, wait: float | None = None):
    """A read-write connection under the writer lock; the caller manages its transaction."""
    with writer_lock(path, wait) as p:
        deadline = time.monotonic() + (WAIT_SECONDS if wait is None else wait)
        with _process_lock:
            con = _connect(p, False, deadline)
            try:
                yield con
            finally:
                con.close()


SOURCE_RANK = {"report": 3, "narrative": 2, "press": 1}

SCHEMA = """
CREATE TABLE provinces (
    code VARCHAR NOT NULL, frame VARCHAR NOT NULL, name_vi VARCHAR NOT NULL, name_ascii VARCHAR,
    name_en VARCHAR, kind VARCHAR, region VARCHAR, iso_3166_2 VARCHAR, valid_from DATE, valid_to DATE,
    successor_code VARCHAR, PRIMARY KEY (code, frame));

CREATE TABLE indicators (
    code VARCHAR PRIMARY KEY, name_vi VARCHAR, name_en VARCHAR, unit_vi VARCHAR, unit_en VARCHAR,
    kind VARCHAR, additive BOOLEAN, min DOUBLE, max DOUBLE, higher_is_better BOOLEAN,
    decimals INTEGER, temporal VARCHAR, parent VARCHAR, definition_vi VARCHAR, definition_en VARCHAR);

-- kind: report (a department's own uploaded report) > narrative (a department's or a provincial
-- office's narrative document) > press. rank orders them for the current-value rule.
CREATE TABLE sources (
    source_id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, rank INTEGER NOT NULL, title VARCHAR,
    publisher VARCHAR, url VARCHAR, published VARCHAR, published_on DATE, language VARCHAR,
    machine_translated BOOLEAN, document VARCHAR, note VARCHAR, upload_id VARCHAR);

CREATE TABLE uploads (
    upload_id VARCHAR PRIMARY KEY, sha256 VARCHAR NOT NULL, file_name VARCHAR NOT NULL,
    uploaded_at TIMESTAMP NOT NULL, uploaded_by VARCHAR, province_hint VARCHAR, period_hint VARCHAR,
    facts INTEGER, undone_at TIMESTAMP, undone_by VARCHAR);

CREATE SEQUENCE observation_ids;

-- Every value any source gave, never deleted: undoing an upload only deactivates its rows.
CREATE TABLE observations (
    observation_id BIGINT PRIMARY KEY DEFAULT nextval('observation_ids'),
    province_code VARCHAR NOT NULL, frame VARCHAR NOT NULL, indicator VARCHAR NOT NULL,
    period VARCHAR NOT NULL, period_start DATE NOT NULL, period_end DATE NOT NULL,
    period_kind VARCHAR NOT NULL, measure VARCHAR NOT NULL, value DOUBLE NOT NULL,
    unit VARCHAR NOT NULL, qualifier VARCHAR NOT NULL DEFAULT '', status VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL, sheet VARCHAR, cell VARCHAR, quote VARCHAR, note VARCHAR,
    published_on DATE, loaded_at TIMESTAMP NOT NULL, loaded_by VARCHAR, upload_id VARCHAR,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CHECK (measure IN ('actual', 'plan')),
    CHECK (status IN ('reported', 'estimated', 'uncertain')),
    CHECK (frame IN ('63', '34')));

-- One row per observation, ranked within its fact: current = 1. The rule (README): a
-- department's report beats a narrative document, which beats press; among equals the later
-- publication or upload wins.
CREATE VIEW ranked_observations AS
SELECT o.*, s.kind AS source_kind, s.rank AS source_rank,
       CASE WHEN s.kind = 'report'
            THEN concat_ws(', ', 'Báo cáo của Sở tải lên: ' || u.file_name,
                           'trang tính ' || o.sheet, 'ô ' || o.cell,
                           'ngày ' || strftime(u.uploaded_at, '%d/%m/%Y'))
            ELSE concat_ws(', ', s.publisher, s.title, nullif(s.url, ''),
                           CASE WHEN s.document IS NOT NULL AND s.document <> '' THEN 'tài liệu ' || s.document END,
                           nullif(s.published, ''))
       END AS source,
       row_number() OVER (
           PARTITION BY o.province_code, o.frame, o.indicator, o.period, o.measure
           ORDER BY s.rank DESC, o.published_on DESC NULLS LAST, o.loaded_at DESC, o.observation_id DESC
       ) AS position
FROM observations o
JOIN sources s USING (source_id)
LEFT JOIN uploads u ON u.upload_id = o.upload_id
WHERE o.active;

CREATE VIEW facts AS
WITH counts AS (
    SELECT province_code, frame, indicator, period, measure, count(DISTINCT value) AS n_values
    FROM ranked_observations GROUP BY ALL)
SELECT r.province_code, r.frame, p.name_vi AS province_name, r.indicator, r.period,
       r.period_start, r.period_end, r.period_kind, r.measure, r.value, r.unit, r.qualifier,
       r.status, r.source, r.quote, CAST(c.n_values - 1 AS INTEGER) AS alternatives, r.note,
       r.loaded_at, r.source_kind, r.source_id, r.sheet, r.cell, r.upload_id
FROM ranked_observations r
JOIN counts c USING (province_code, frame, indicator, period, measure)
JOIN provinces p ON p.code = r.province_code AND p.frame = r.frame
WHERE r.position = 1;
"""

"""Where the warehouse is and how to read it: its path (ST_DASHBOARD_DB, default
`data/warehouse/st_dashboard.duckdb`), its version, and short-lived read-only connections.

The read half of the warehouse; the writer lock and the schema live in `etl.warehouse`.

Concurrency. DuckDB lets one process write a file, or several read it, not both; inside one
process a read-only and a read-write connection to the same file cannot coexist. So:
  - every connection is short-lived (opened, used, closed);
  - writers (etl) first take an exclusive lock file, then open through `connect` below;
  - readers open read-only and retry for a moment while a writer holds the file;
  - inside one process, `process_lock` serialises connections so threads never mix the two modes.
Query results are cached keyed on `version()`, so a new upload shows at once.
"""
from __future__ import annotations

import contextlib
import functools
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

process_lock = threading.RLock()


class WarehouseBusy(RuntimeError):
    """Another writer holds the warehouse; try again shortly."""

    def __init__(self, path: Path):
        super().__init__(f"Kho dữ liệu đang bận (đang có tiến trình khác ghi vào {path.name}); vui lòng thử lại sau ít phút.")


class WarehouseMissing(FileNotFoundError):
    pass


def db_path(path: str | os.PathLike | None = None) -> Path:
    raw = os.fspath(path or os.environ.get(DB_ENV) or DEFAULT_DB)
    return _resolved(raw) if os.path.isabs(raw) else Path(raw).resolve()  # a relative one follows the cwd


@functools.lru_cache(maxsize=64)
def _resolved(path: str) -> Path:
    # NOTE: every query names its warehouse; resolving walks the path with a system call per
    # component (py-spy: ~5 % of a page run), so once per spelling
    return Path(path).resolve()


def uploads_dir(path: str | os.PathLike | None = None) -> Path:
    """Kept uploads live beside the warehouse file, never inside it."""
    p = db_path(path)
    return p.parent / f"{p.stem}.uploads"


def decks_dir(path: str | os.PathLike | None = None) -> Path:
    """Saved slide decks (views.decks) live in `decks/` beside the warehouse file; declared here so
    the writer's backup and restore (etl) find them without importing the views."""
    return db_path(path).parent / "decks"


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


def connect(path: Path, read_only: bool, deadline: float) -> duckdb.DuckDBPyConnection:
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
def connection(path: Path, read_only: bool, deadline: float):
    """A connection opened under the process's lock (threads never mix modes), closed on exit: the
    readers' (reader) and the writer's (etl.warehouse.writer, inside its writer lock)."""
    with process_lock:
        con = connect(path, read_only, deadline)
        try:
            yield con
        finally:
            con.close()


@contextlib.contextmanager
def reader(path: str | os.PathLike | None = None):
    """A read-only connection, closed on exit."""
    p = db_path(path)
    if not p.exists():
        raise WarehouseMissing(str(p))
    with connection(p, True, time.monotonic() + WAIT_SECONDS) as con:
        yield con



"""The one way a write ends: every load, undo, approval, unlock and build commits through `commit()`.

In order:
1. inside the caller's open transaction, the read model is brought up to date for the facts the
   write touched (etl.readmodel), so the `facts` view is current the moment the command returns
   and a crash can never leave the facts and the read model disagreeing;
2. the event the commit makes true is kept aside as pending (etl.uploads), and the snapshot is
   marked stale (etl.publish): a crash after the COMMIT is repaired from both;
3. COMMIT — the database is the truth from here on;
4. a new read-only snapshot is published for readers, in proportion to the change;
5. the event is appended to the log beside the warehouse (and its pending copy cleared);
6. the snapshot's overlays are folded back into their provinces' files in the background once the
   writer lock is free, one province at a time while no writer waits (etl.compact).
The log follows the database, never leads it: a write whose commit failed is never logged, and a
crash between 3 and 5 leaves the database ahead of the log, which etl.pipeline.reconcile repairs
from the pending event. A publish that fails (or a crash before it) leaves the stale mark, so
the next publish — the next write, or the app's start — republishes the whole snapshot.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import duckdb
import pandas as pd

from etl import compact, publish, readmodel, uploads, warehouse
from metrics import store

# events etl.pipeline.reconcile can repair from a pending copy (keyed by upload_id)
RECONCILED = ("upload", "text", "undo")


fault = warehouse.fault  # the crash tests' injection points (here, and etl.pipeline's)


def commit(con: duckdb.DuckDBPyConnection, db: str | os.PathLike | None, event: dict | None,
           touched: pd.DataFrame | None) -> int | None:
    """Refresh the read model, COMMIT, publish, log `event` (see the module's docstring).

    The caller has opened the transaction (BEGIN) and applied its change; on any failure before
    the COMMIT the transaction is rolled back and nothing is written. `touched`: the fact keys
    whose observations changed (None: everything, as after a build). `db`: the warehouse path or
    None for the configured one. Returns the snapshot version readers will see (None if the
    publish failed: the data is committed and logged; readers keep the previous snapshot until
    the next publish, which is then whole)."""
    path = store.db_path(db)
    folder = store.uploads_dir(path)
    pending = event is not None and event.get("event") in RECONCILED
    try:
        indicators = readmodel.refresh(con, touched)
        behind = publish.mark_stale(path)
        if pending:
            uploads.write_pending(folder, event)  # what the log will say, should we die before it does
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    fault("after_commit")
    version = None
    try:
        provinces = None if touched is None else sorted(touched["province_code"].unique())
        version = publish.publish(con, path, None if touched is None else indicators, provinces, whole=behind)
    except (OSError, duckdb.Error) as exc:
        print(f"Cảnh báo: đã ghi vào kho nhưng chưa công bố được bản đọc ({exc}); "
              "lần ghi sau hoặc lần khởi động ứng dụng sẽ công bố lại toàn bộ.", file=sys.stderr)
    fault("after_publish")
    if event is not None:
        try:
            uploads.append_event(folder, event)
            if pending:
                uploads.clear_pending(folder, event["upload_id"])
        except OSError as exc:
            # the write happened; the log is behind and the next writer (or etl.check) catches it up
            print(f"Cảnh báo: đã ghi vào kho nhưng chưa ghi được nhật ký ({exc}); sẽ bổ sung ở lần ghi sau.",
                  file=sys.stderr)
    fault("after_log")
    if version is not None:
        # the new data is visible: fold the snapshot's overlays in the background once the lock is
        # free, stopping for any writer that waits (etl.compact)
        compact.soon(path)
    return version


def commit_aside(con: duckdb.DuckDBPyConnection) -> None:
    """The commit of a warehouse built aside (etl.pipeline's build, bench.synth): its read model,
    whole, committed with the caller's open transaction. Nobody reads that file yet, and nothing
    is logged (a build replays the log), so it is published by publish_whole() once in place."""
    try:
        readmodel.refresh(con, None)
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def upgrade(con: duckdb.DuckDBPyConnection) -> bool:
    """Add the read-model tables a warehouse of earlier code lacks (etl.readmodel.ensure), in
    their own transaction (the caller holds the writer lock); True when it added any."""
    con.execute("BEGIN")
    try:
        added = readmodel.ensure(con)
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return added


def publish_added(db: str | os.PathLike | Path) -> bool:
    """A warehouse of earlier code, or its snapshot, lacks a read-model table added since
    (publish.ADDED) or a list of what has data (metrics.schema.DATA_LISTS): add it and publish it beside the snapshot's other files, which stay as they
    are (the caller holds the writer lock). False when nothing was missing or the publish failed."""
    if not publish.missing_added(publish.read_manifest(publish.snapshot_dir(Path(db))) or {}):
        return False
    return _publish(db, [], [])


def publish_whole(db: str | os.PathLike | Path) -> bool:
    """Publish the whole snapshot of a committed warehouse (the caller holds the writer lock):
    after a build or a restore, or when a commit died before publishing (publish.is_stale). A
    failure is reported, not raised: the warehouse is right, and the stale mark stays so that the
    next publish (the next write, or the app's start) is whole."""
    publish.mark_stale(Path(db))
    return _publish(db, None)


def _publish(db: str | os.PathLike | Path, *touched) -> bool:
    """Upgrade the committed warehouse and publish its snapshot (`touched` as publish.publish takes
    it: None for the whole, empty lists for the tables alone). A failure is reported, not raised."""
    con = None
    try:
        con = duckdb.connect(str(db), config={"autoinstall_known_extensions": "false"})
        upgrade(con)
        publish.publish(con, Path(db), *touched)
        return True
    except (OSError, duckdb.IOException) as exc:
        print(f"Cảnh báo: chưa công bố được bản đọc của kho dữ liệu ({exc}).", file=sys.stderr)
        return False
    finally:
        if con is not None:
            con.close()

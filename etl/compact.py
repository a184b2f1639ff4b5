"""`python -m etl compact --db PATH`: fold the snapshot's overlays back into their provinces' files
when no writer waits (etl.publish.compact), and the same after each commit, in the background.

Why (README, "Readers never wait for writers"): a publish writes a touched province's changed
indicators as an overlay beside its base file, so that a one-value upload does not rewrite the
province's whole file (~0.9 s at 10 M); but every reader of that province then reads two files and
masks the base (a page of coverage values 2.4x slower at 10 M). Folding later costs the rewrite the
publish avoided, at a moment when nobody waits for it: after the commit's publish has made the new
data visible (freshness unchanged), one province at a time, stopping as soon as a writer waits for
the lock (etl.warehouse.writer_waiting) — that writer waits for one province's rewrite at most.

Exit codes: 0 done (or nothing to fold), 1 stopped or not started because a writer was at work
(cron's next run, or the next commit, folds the rest), 2 usage."""
from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path

from etl import publish, warehouse
from metrics import store
from metrics.store import WarehouseBusy

# after a commit (etl.commit), a background thread folds the overlays: on unless this is "0"
# (then only the command does, e.g. from cron; the test suite sets it, so that no snapshot version
# moves behind a test's back)
ENV = "ST_DASHBOARD_COMPACT"
# how long that thread keeps asking for the lock the committing caller may still hold (its other
# commits, its log): past this, the next commit or the command folds the rest
SOON_SECONDS = 60.0
_threads: dict[Path, threading.Thread] = {}
_again: set[Path] = set()
_threads_lock = threading.Lock()


def run(db: str | os.PathLike | None = None, wait: float = 0.0) -> dict:
    """Take the writer lock (waiting `wait` s, without announcing: a compaction is nobody's
    wait) and fold every overlaid province unless a writer waits; {"folded": [...], "left": [...],
    "seconds": s}. Raises WarehouseBusy when the lock stayed taken."""
    t0 = time.perf_counter()
    with warehouse.writer_lock(db, wait=wait, announce=False) as path:
        folded = publish.compact(path, stop=lambda: warehouse.writer_waiting(path))
        left = publish.overlaid(publish.read_manifest(publish.snapshot_dir(path)))
    return {"folded": folded, "left": left, "seconds": round(time.perf_counter() - t0, 3)}


def enabled() -> bool:
    return os.environ.get(ENV, "1") != "0"


def soon(db: str | os.PathLike | None) -> None:
    """After a commit's publish: fold the overlays in a background thread of this process once the
    writer lock is free (the caller still holds it). One thread per warehouse; a commit while it
    works asks it to look again. Not a daemon: a command line's process finishes the province it
    is on, or all of them, before it exits (a writer waiting stops it)."""
    if not enabled():
        return
    path = store.db_path(db)
    try:
        if not publish.overlaid(publish.read_manifest(publish.snapshot_dir(path))):
            return
    except (OSError, ValueError):
        return  # never fails the write that asked: the command or the next publish sees it
    with _threads_lock:
        running = _threads.get(path)
        if running is not None and running.is_alive():
            _again.add(path)
            return
        thread = threading.Thread(target=_fold_when_free, args=(path,), name=f"compact {path.name}")
        _threads[path] = thread
        thread.start()


def _fold_when_free(path: Path) -> None:
    deadline = time.monotonic() + SOON_SECONDS
    while time.monotonic() < deadline:
        with _threads_lock:
            _again.discard(path)
        try:
            # NOTE: a writer waiting for the lock is let in first: compact() asks before each province
            if not warehouse.writer_waiting(path):
                run(path)
        except WarehouseBusy:
            pass  # the committing caller (or another writer) still holds it
        except Exception as exc:  # never fails the write that asked: the command or the next commit retries
            print(f"Cảnh báo: chưa gộp được lớp phủ của bản đọc ({exc}).", file=sys.stderr)
            return
        with _threads_lock:
            left = publish.overlaid(publish.read_manifest(publish.snapshot_dir(path)))
            if not left and path not in _again:
                _threads.pop(path, None)
                return
        time.sleep(0.2)
    with _threads_lock:
        _threads.pop(path, None)


def wait_idle(db: str | os.PathLike | None = None, timeout: float = 120.0) -> None:
    """Wait for this process's background compaction of `db` to end (tests, benchmarks)."""
    thread = _threads.get(store.db_path(db))
    if thread is not None:
        thread.join(timeout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m etl compact", description=(
        "Gộp lớp phủ của bản đọc vào tệp của từng tỉnh khi không có ai đang chờ ghi "
        "(fold the published snapshot's overlays into their provinces' files while no writer waits)."))
    ap.add_argument("--db", help="kho dữ liệu (mặc định: ST_DASHBOARD_DB)")
    ap.add_argument("--wait", type=float, default=60.0,
                    help="chờ khóa ghi tối đa bao nhiêu giây (mặc định 60)")
    ap.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    args = ap.parse_args(argv)
    db = store.db_path(args.db)
    if not publish.exists(db):
        print(f"Chưa có bản đọc nào bên cạnh {db.name}: không có gì để gộp.", file=sys.stderr)
        return 0
    try:
        result = run(db, args.wait)
    except WarehouseBusy:
        print("Kho dữ liệu đang được ghi; lần sau sẽ gộp.", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"Đã gộp {len(result['folded'])} tỉnh ({', '.join(result['folded']) or 'không'}) "
              f"trong {result['seconds']:.2f} s; còn lớp phủ: {', '.join(result['left']) or 'không'}.")
    return 1 if result["left"] else 0

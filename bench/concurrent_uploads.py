"""Benchmark: 8 uploads of 100,000 rows at once, with readers querying the warehouse throughout.

    python bench/concurrent_uploads.py [--uploads 8] [--rows 100000] [--readers 2]

Two rounds on fresh warehouses, each starting the uploads as 8 `python -m etl.ingest` processes
at the same moment (synthetic data, marked as such in every workbook):
  1. without --wait: how many landed, how many were told "busy" (and wrote nothing), how many failed;
  2. with --wait (the CLI retries while another upload holds the warehouse, as the upload page
     does): all of them land.
Readers read the way the app's pages read (metrics.queries): the published snapshot through this
process's one long-lived in-process connection (metrics.snapshot), a cursor per thread, the
manifest checked before every query — never the writer's file — but without the per-version
result cache, so every read runs its query. The slowest read, the read errors and the number of
uploads the readers saw by the end (new versions picked up while the writers ran) are reported."""
from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl import pipeline  # noqa: E402
from metrics import queries, snapshot, store  # noqa: E402
from tests.fixtures.excel.make_tidy_large import TITLE, make_tidy_workbook  # noqa: E402


def variants(base: bytes, n: int) -> list[bytes]:
    """n workbooks with the same rows and a different title (so each is a distinct upload)."""
    src = zipfile.ZipFile(io.BytesIO(base))
    out = []
    for k in range(n):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for info in src.infolist():
                data = src.read(info.filename)
                if info.filename.startswith("xl/worksheets/"):
                    data = data.replace(TITLE.encode(), f"{TITLE} (bản {k + 1})".encode(), 1)
                z.writestr(info.filename, data)
        out.append(buf.getvalue())
    return out


# what the overview asks for one indicator, and how many uploads are published
READ_SQL = ("SELECT province_code, period, measure, value FROM facts WHERE indicator = 'tasks_managed' "
            "ORDER BY province_code, period_start")
SEEN_SQL = "SELECT count(*) FROM uploads"


def reader_loop(db: Path, stop: threading.Event, times: list[float], errors: list[str], seen: list[int]) -> None:
    db = store.db_path(db)
    while not stop.is_set():
        t0 = time.perf_counter()
        try:
            snap = snapshot.of(db)  # as queries.version(): a stat of the manifest, views re-pointed when it changed
            snap.prepare(READ_SQL)
            queries.frame(snap.cursor(), READ_SQL)
            seen.append(int(snap.cursor().execute(SEEN_SQL).fetchone()[0]))
        except Exception as exc:  # noqa: BLE001 — counted, the benchmark goes on
            errors.append(f"{type(exc).__name__}: {exc}"[:200])
        times.append(time.perf_counter() - t0)
        time.sleep(0.05)


def one_round(files: list[Path], db: Path, wait: float | None, readers: int) -> dict:
    pipeline.build(db)
    with store.reader(db) as con:
        curated_uploads = con.execute("SELECT count(*) FROM uploads").fetchall()[0][0]
    stop, times, errors, seen = threading.Event(), [], [], []
    threads = [threading.Thread(target=reader_loop, args=(db, stop, times, errors, seen)) for _ in range(readers)]
    for th in threads:
        th.start()
    t0 = time.perf_counter()
    extra = ["--wait", str(wait)] if wait else []
    procs = [subprocess.Popen([sys.executable, "-m", "etl.ingest", str(f), "--db", str(db), "--json", *extra],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in files]
    landed = busy = failed = 0
    reasons: set[str] = set()
    for p in procs:
        out, err = p.communicate(timeout=1800)
        try:
            result = json.loads(out)[0]
        except (ValueError, IndexError):
            failed += 1
            reasons.add(f"exit {p.returncode}: {err.strip()[-200:]}")
            continue
        rules = {pr["rule"] for pr in result["problems"]}
        if result["status"] == "accepted":
            landed += 1
        elif rules == {"busy"}:
            busy += 1
        else:
            failed += 1
            reasons.update(f"{pr['rule']}: {pr.get('message', '')[:160]}" for pr in result["problems"][:3])
    elapsed = time.perf_counter() - t0
    time.sleep(1.0)  # the readers' next queries see the last publication
    stop.set()
    for th in threads:
        th.join()
    with store.reader(db) as con:
        in_db = con.execute("SELECT count(*) FROM uploads").fetchall()[0][0]
    ordered = sorted(times)
    return {"landed": landed, "busy": busy, "failed": failed, "uploads_in_db": in_db - curated_uploads,
            "seconds": elapsed, "reads": len(times), "slowest_read": ordered[-1] if ordered else 0.0,
            "median_read": ordered[len(ordered) // 2] if ordered else 0.0,
            "read_errors": len(errors), "error_kinds": sorted(set(errors))[:5],
            "seen_by_readers": (seen[-1] - curated_uploads) if seen else 0,
            "failure_reasons": sorted(reasons)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--uploads", type=int, default=8)
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--readers", type=int, default=2)
    args = ap.parse_args()
    os.environ.setdefault("ST_DASHBOARD_WAIT", "15")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        make_tidy_workbook(tmp / "base.xlsx", args.rows)
        files = []
        for k, data in enumerate(variants((tmp / "base.xlsx").read_bytes(), args.uploads)):
            files.append(tmp / f"tidy_synthetic_{k + 1}.xlsx")
            files[-1].write_bytes(data)
        print(f"{args.uploads} uploads of {args.rows:,} rows at once, {args.readers} readers throughout")
        print(f"{'round':22} {'landed':>6} {'busy':>5} {'failed':>6} {'in db':>6} {'seen':>5} {'seconds':>8} "
              f"{'reads':>6} {'median read':>12} {'slowest read':>13} {'read errors':>11}", flush=True)
        for label, wait in (("no --wait", None), ("--wait 900", 900.0)):
            (tmp / label.replace(" ", "")).mkdir()
            r = one_round(files, tmp / label.replace(" ", "") / "w.duckdb", wait, args.readers)
            print(f"{label:22} {r['landed']:6} {r['busy']:5} {r['failed']:6} {r['uploads_in_db']:6} "
                  f"{r['seen_by_readers']:5} {r['seconds']:8.1f} {r['reads']:6} {r['median_read'] * 1000:10.1f}ms "
                  f"{r['slowest_read']:12.2f}s {r['read_errors']:11}", flush=True)
            for reason in r["failure_reasons"]:
                print(f"    failed because: {reason}")
            for kind in r["error_kinds"]:
                print(f"    read error: {kind}")


if __name__ == "__main__":
    main()

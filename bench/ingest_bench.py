"""Benchmark: the whole ingest (read + interpret + validate, no write) against a bare calamine read
of the same file, measured side by side in one run. Synthetic data, marked as such in the files.

    python bench/ingest_bench.py [--rows 100000] [--repeat 5]

Each round times, one after the other, a bare calamine read, the ingest in this process and the
ingest as uploads run it (in a worker process, etl.sandbox), rotating their order, so that the
load of a shared machine falls on all three alike; the table gives the medians and the ratios
ingest / bare read (the aim: within 1.5×). The worker's own start-up (a fork from the forkserver
and an empty round trip) is measured beside them and reported apart."""
from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from etl import ingest, sandbox  # noqa: E402
from tests.fixtures.excel.make_tidy_large import make_tidy_workbook  # noqa: E402

CLASSIC = ROOT / "tests" / "fixtures" / "excel" / "files" / "classic_ninhthuan_2021.xlsx"


def bare_calamine(data: bytes) -> None:
    pd.read_excel(io.BytesIO(data), sheet_name=None, header=None, engine="calamine")


def whole_ingest(data: bytes, name: str) -> int:
    result = ingest.examine(data, name)
    assert result.accepted, [p.message_en for p in result.problems[:3]]
    return len(result.facts)


def in_worker(data: bytes, name: str) -> int:
    result = sandbox.examine(data, name)
    assert result.accepted, [p.message_en for p in result.problems[:3]]
    return len(result.facts)


def _nothing(conn) -> None:
    conn.send(None)
    conn.close()


def worker_start() -> None:
    """A worker's start-up alone: forked from the forkserver, it answers at once and ends."""
    ctx = sandbox._ctx()
    receiver, sender = ctx.Pipe(duplex=False)
    worker = ctx.Process(target=_nothing, args=(sender,), daemon=True)
    worker.start()
    sender.close()
    receiver.recv()
    worker.join()
    receiver.close()


def side_by_side(runs: dict, repeat: int) -> dict[str, float]:
    """Median seconds of each of `runs` (name -> function), timed in rounds, the order rotated."""
    times = {name: [] for name in runs}
    names = list(runs)
    for i in range(repeat):
        for name in names[i % len(names):] + names[:i % len(names)]:
            t0 = time.perf_counter()
            runs[name]()
            times[name].append(time.perf_counter() - t0)
    return {name: statistics.median(ts) for name, ts in times.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    t0 = time.perf_counter()
    sandbox.start()
    worker_start()
    first = time.perf_counter() - t0
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "tidy_synthetic.xlsx"
        make_tidy_workbook(big, args.rows)
        cases = [("classic form (test fixture)", CLASSIC.read_bytes(), CLASSIC.name),
                 (f"tidy {args.rows:,} rows (synthetic)", big.read_bytes(), big.name)]
        print(f"{'workbook':34} {'calamine read':>14} {'in process':>11} {'ratio':>7} {'in worker':>10} {'ratio':>7} "
              f"{'facts':>8}")
        for label, data, name in cases:
            facts = whole_ingest(data, name)  # warm-up, and the fact count
            assert in_worker(data, name) == facts
            t = side_by_side({"bare": lambda: bare_calamine(data), "ingest": lambda: whole_ingest(data, name),
                              "worker": lambda: in_worker(data, name)}, args.repeat)
            print(f"{label:34} {t['bare']:13.3f}s {t['ingest']:10.3f}s {t['ingest'] / t['bare']:6.2f}× "
                  f"{t['worker']:9.3f}s {t['worker'] / t['bare']:6.2f}× {facts:8,}")
        start = side_by_side({"start": worker_start}, max(args.repeat, 10))["start"]
        print(f"worker (etl.sandbox), reported apart: first start of the forkserver (imports, registry) {first:.2f}s; "
              f"each worker's start-up (fork, an empty round trip, exit) {start:.3f}s")
        print(f"load average (1 min): {load_before:.1f} before the timings, {os.getloadavg()[0]:.1f} after; "
              f"medians of {args.repeat}, order rotated each round")


if __name__ == "__main__":  # the worker processes import this file as __mp_main__: keep the guard
    main()

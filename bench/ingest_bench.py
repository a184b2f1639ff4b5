"""Benchmark: the whole ingest (read + interpret + validate, no write) against a bare calamine read
of the same file, measured side by side in one run. Synthetic data, marked as such in the files.

    python bench/ingest_bench.py [--rows 100000] [--repeat 3]

Prints a table of median seconds and the ratio ingest / bare read (the aim: within 1.5×)."""
from __future__ import annotations

import argparse
import io
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


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "tidy_synthetic.xlsx"
        make_tidy_workbook(big, args.rows)
        cases = [("classic form (test fixture)", CLASSIC.read_bytes(), CLASSIC.name),
                 (f"tidy {args.rows:,} rows (synthetic)", big.read_bytes(), big.name)]
        print(f"{'workbook':34} {'calamine read':>14} {'whole ingest':>13} {'ratio':>7} {'facts':>8}")
        for label, data, name in cases:
            facts = whole_ingest(data, name)  # warm-up, and the fact count
            t_bare = median_time(lambda: bare_calamine(data), args.repeat)
            t_ingest = median_time(lambda: whole_ingest(data, name), args.repeat)
            print(f"{label:34} {t_bare:13.3f}s {t_ingest:12.3f}s {t_ingest / t_bare:6.2f}× {facts:8,}")
        # the product reads uploads in a worker process (etl.sandbox): its start-up and the result's
        # trip back are reported apart from the ingest itself
        t0 = time.perf_counter()
        sandbox.start()
        sandbox.examine(CLASSIC.read_bytes(), CLASSIC.name)
        first = time.perf_counter() - t0
        per_file = median_time(lambda: sandbox.examine(CLASSIC.read_bytes(), CLASSIC.name), args.repeat)
        data = big.read_bytes()
        in_worker = median_time(lambda: sandbox.examine(data, big.name), args.repeat)
        t_bare = median_time(lambda: bare_calamine(data), args.repeat)
        print(f"worker: first start (forkserver, imports) {first:.2f}s; per file (fork + classic form) "
              f"{per_file:.3f}s; tidy {args.rows:,} rows through the worker {in_worker:.3f}s "
              f"({in_worker / t_bare:.2f}× bare calamine, including the worker and the result's transfer)")


if __name__ == "__main__":  # the worker processes import this file as __mp_main__: keep the guard
    main()

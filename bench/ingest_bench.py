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


def spare_ready() -> None:
    """Wait, untimed, until the upload workers' spare (etl.sandbox, forked ahead of need and
    prepared while idle) is ready, so that its preparation never overlaps a timed run; nothing on
    code without a spare."""
    if hasattr(sandbox, "ready"):
        sandbox.ready()


def spare_start() -> tuple[float, float]:
    """The spare's preparation, reported apart: (wall seconds from its fork until it is ready, its
    CPU seconds as the kernel counts them)."""
    if not hasattr(sandbox, "ready"):
        return float("nan"), float("nan")
    spare_ready()
    worker, conn = sandbox._spare
    conn.recv()                      # its "ready": a spare taken from here is used by no upload
    sandbox._spare = None
    worker.kill()
    worker.join()
    conn.close()
    t0 = time.perf_counter()
    sandbox.ready()
    wall = time.perf_counter() - t0
    with open(f"/proc/{sandbox._spare[0].pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return wall, (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def side_by_side(runs: dict, repeat: int) -> dict[str, float]:
    """Median seconds of each of `runs` (name -> function), timed in rounds, the order rotated."""
    times = {name: [] for name in runs}
    names = list(runs)
    for i in range(repeat):
        for name in names[i % len(names):] + names[:i % len(names)]:
            spare_ready()
            c0, t0 = time.process_time(), time.perf_counter()
            runs[name]()
            times[name].append(time.perf_counter() - t0)
            CPU.setdefault(name, []).append(time.process_time() - c0)
    return {name: statistics.median(ts) for name, ts in times.items()}


CPU: dict[str, list[float]] = {}   # this process's CPU seconds (all its threads) per run, by name


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
            cpu = {name: statistics.median(CPU.pop(name)) for name in ("bare", "ingest", "worker")}
            print(f"{'  CPU of this process':34} {cpu['bare']:13.3f}s {cpu['ingest']:10.3f}s "
                  f"{cpu['ingest'] / cpu['bare']:6.2f}× {cpu['worker']:9.3f}s (the worker's own CPU not counted)")
        start = side_by_side({"start": worker_start}, max(args.repeat, 10))["start"]
        spares = sorted(spare_start() for _ in range(3))
        print(f"worker (etl.sandbox), reported apart: first start of the forkserver (imports, registry) {first:.2f}s; "
              f"each worker's start-up (fork, an empty round trip, exit) {start:.3f}s; the spare's preparation "
              f"(fork, touching its memory; off the upload's path) median of 3 {spares[1][0]:.3f}s wall, "
              f"CPU {sorted(c for _, c in spares)[1]:.2f}s")
        print(f"load average (1 min): {load_before:.1f} before the timings, {os.getloadavg()[0]:.1f} after; "
              f"medians of {args.repeat}, order rotated each round")


if __name__ == "__main__":  # the worker processes import this file as __mp_main__: keep the guard
    main()

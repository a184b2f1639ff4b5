"""CPU time of the 100,000-row tidy ingest against a bare calamine read, as README's bench28/speed27
tables count it: in process (this process's CPU), and through the upload worker (etl.sandbox) — the
parent's CPU (a thread reading the worker's /proc every 5 ms included) plus the worker's own, read
from /proc/<pid>/stat, its preparation as the spare subtracted. Synthetic data.

    python3 bench/ingest_cpu.py [--rows 100000] [--runs 7]

Prints the median of each, the two ratios and the worker's minor page faults (ingest33)."""
from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from etl import ingest, sandbox  # noqa: E402
from tests.fixtures.excel.make_tidy_large import make_tidy_workbook  # noqa: E402

_TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> tuple[float, int] | None:
    """(user + system CPU seconds, minor faults) of process `pid`, or None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / _TICK, int(fields[7])


def worker_cpu(data: bytes, name: str) -> tuple[float, int]:
    sandbox.ready()
    pid = sandbox._spare[0].pid
    before = _stat(pid)
    last = [before]
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            s = _stat(pid)
            if s is None:
                return
            last[0] = s
            time.sleep(0.005)

    t = threading.Thread(target=watch, daemon=True)
    c0 = time.process_time()
    t.start()
    result = sandbox.examine(data, name)
    done.set()
    t.join()
    parent = time.process_time() - c0
    assert result.accepted
    return parent + last[0][0] - before[0], last[0][1] - before[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    sandbox.start()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "tidy_synthetic.xlsx"
        make_tidy_workbook(big, args.rows)
        data, name = big.read_bytes(), big.name
    ingest.examine(data, name)
    sandbox.examine(data, name)
    bare, inproc, worker, faults = [], [], [], []
    for i in range(args.runs):
        for what in (["bare", "ingest", "worker"][i % 3:] + ["bare", "ingest", "worker"][:i % 3]):
            if what == "bare":
                c0 = time.process_time()
                pd.read_excel(io.BytesIO(data), sheet_name=None, header=None, engine="calamine")
                bare.append(time.process_time() - c0)
            elif what == "ingest":
                c0 = time.process_time()
                ingest.examine(data, name)
                inproc.append(time.process_time() - c0)
            else:
                cpu, flt = worker_cpu(data, name)
                worker.append(cpu)
                faults.append(flt)
    b, i_, w = (statistics.median(x) for x in (bare, inproc, worker))
    print(f"CPU, medians of {args.runs}: calamine read {b:.3f} s | in process {i_:.3f} s {i_ / b:.2f}× | "
          f"in the worker {w:.3f} s {w / b:.2f}× | worker's minor faults {statistics.median(faults):,.0f} | "
          f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":  # the worker processes import this file as __mp_main__: keep the guard
    main()

"""ingest38: the upload worker's spare prepares the memory the read will use. Speed itself is
measured in bench/ingest_cpu.py and bench/ingest_bench.py, never asserted here."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# In a process of its own (the test process's heap is whatever its other tests left): the malloc
# heap before and after the spare's preparation, as glibc counts it (mallinfo2: `arena` the heap's
# bytes, `hblkhd` the blocks mapped apart)
_PROBE = """
import ctypes, json, sys
sys.path.insert(0, {root!r})
from etl import sandbox

class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]

libc = ctypes.CDLL(None)
libc.mallinfo2.restype = MallInfo2
sandbox._touch_memory(0, sandbox.SPARE_HEAP_BYTES)
after = libc.mallinfo2()
print(json.dumps({{"heap": after.arena, "free_in_heap": after.fordblks,
                  "mapped_apart": after.hblkhd, "wanted": sandbox.SPARE_HEAP_BYTES}}))
"""


def _has_mallinfo2() -> bool:
    import ctypes

    try:
        return hasattr(ctypes.CDLL(None), "mallinfo2")
    except OSError:
        return False


@pytest.mark.skipif(not _has_mallinfo2(), reason="glibc's mallinfo2 is needed to see the heap")
def test_the_spare_keeps_the_heap_it_touched_for_the_read():
    """The spare 'touched' 64 MB of heap in one block above the mmap threshold it sets itself: the
    block was mapped apart and handed back on free, the heap never grew, and the upload's read
    faulted its pages in anyway (~18,300 faults for 100,000 rows; ~7,400 now). The touched memory
    is now in the heap, free for the read to take."""
    p = subprocess.run([sys.executable, "-c", _PROBE.format(root=str(ROOT))], cwd=ROOT, capture_output=True,
                       text=True, timeout=120)
    assert p.returncode == 0, p.stderr[-2000:]
    seen = json.loads(p.stdout.strip().splitlines()[-1])
    assert seen["heap"] >= seen["wanted"], seen
    assert seen["free_in_heap"] >= seen["wanted"], seen     # free for the read, not given back
    assert seen["mapped_apart"] < seen["wanted"], seen


def test_a_tidy_upload_read_by_a_prepared_spare_gives_the_same_facts_twice(tmp_path):
    """Two uploads of the same tidy workbook, each read by a freshly prepared spare (its heap now
    kept), give the uploader the same facts as examine() in process."""
    import pandas as pd

    from etl import pipeline, sandbox
    from tests.fixtures.excel.make_tidy_large import make_tidy_workbook

    make_tidy_workbook(tmp_path / "tidy.xlsx", 5000)
    data = (tmp_path / "tidy.xlsx").read_bytes()
    here = pipeline.examine(data, "tidy.xlsx")
    assert here.accepted and len(here.facts) > 0
    for _ in range(2):
        assert sandbox.ready(120)
        there = sandbox.examine(data, "tidy.xlsx")
        pd.testing.assert_frame_equal(there.facts, here.facts, check_exact=True)
        assert (there.status, there.ignored, there.problems) == (here.status, here.ignored, here.problems)

"""speed27: what an upload's worker process does before and after reading the file, as the server
runs it. Speed itself is measured in bench/ingest_bench.py, never asserted here."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "tests" / "fixtures" / "excel" / "files" / "classic_ninhthuan_2021.xlsx"

# A stand-in for app.py as Streamlit runs it: a script (run by path, as "__main__") that the upload
# workers would import again as "__mp_main__" — each import is logged — and that reads two uploads
# through etl.sandbox behind the guard app.py has.
_SERVER_SCRIPT = """
import json, os, sys
sys.path.insert(0, {root!r})
with open({log!r}, "a") as fh:
    fh.write(__name__ + " " + str(os.getpid()) + "\\n")

if __name__ == "__main__":
    from etl import sandbox
    data = open({report!r}, "rb").read()
    results = [sandbox.examine(data, "bao-cao.xlsx") for _ in range(2)]
    import threading
    for t in threading.enumerate():
        if t.name == "sandbox-spare":
            t.join(60)
    print(json.dumps({{"read": [[r.status, len(r.facts)] for r in results], "spare": sandbox._spare is not None}}))
"""


def test_an_upload_worker_does_not_run_the_servers_script_again(tmp_path):
    """Each upload's worker imported app.py again (streamlit, metrics, views: ~0.5 s of CPU per
    upload before its first cell); now the workers' forkserver imports it once, and two uploads
    read the same as before."""
    log = tmp_path / "imports.log"
    script = tmp_path / "app_like.py"
    script.write_text(textwrap.dedent(_SERVER_SCRIPT.format(root=str(ROOT), log=str(log), report=str(REPORT))))
    # run from the repository, as the server is (the forkserver imports etl from its working directory)
    p = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert p.returncode == 0, p.stderr[-2000:]
    answer = json.loads(p.stdout.strip().splitlines()[-1])
    results = answer["read"]
    assert [status for status, _ in results] == ["accepted", "accepted"]
    assert answer["spare"]     # the server prepares the next upload's worker ahead of need
    assert results[0][1] == results[1][1] > 0
    runs = [line.split()[0] for line in log.read_text().splitlines()]
    # the script itself, then once in the forkserver; never once per upload
    assert runs == ["__main__", "__mp_main__"], runs


def test_a_command_line_prepares_no_spare_worker(tmp_path, monkeypatch, capsys):
    """`python -m etl.ingest` reads its files one after another: it wants no worker prepared beside them,
    even where it maps too much to fork from itself and reads through the forkserver as the server does
    (a spare there cost ~0.19 s of CPU after every file: the corpus test's scorer spent ~200 s on them)."""
    import multiprocessing
    import threading

    from etl import ingest, sandbox

    if sandbox._spare is not None:     # another test's: taken down, so that only this test's would be seen
        sandbox._spare[0].kill()
        sandbox._spare[0].join(10)
        monkeypatch.setattr(sandbox, "_spare", None)
    monkeypatch.setattr(sandbox, "_address_space", lambda: 1 << 40)   # too large to fork from itself
    monkeypatch.setattr(sandbox, "_context", multiprocessing.get_context("forkserver"))
    for _ in range(2):
        assert ingest.main([str(REPORT), "--db", str(tmp_path / "w.duckdb"), "--dry-run", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)[0]["status"] == "accepted"
    for t in threading.enumerate():
        if t.name == "sandbox-spare":
            t.join(60)
    assert sandbox._spare is None


def _same_reading(there, here) -> None:
    import pandas as pd

    pd.testing.assert_frame_equal(there.facts, here.facts, check_exact=True)
    assert (there.status, there.ignored, there.problems, there.suggestions, there.questions) == (
        here.status, here.ignored, here.problems, here.suggestions, here.questions)


def test_the_spare_worker_reads_an_upload_as_the_ingest_does_in_process():
    """The worker forked ahead of need (its memory touched while it waited) gives the uploader the
    same facts, set-aside cells and problems as examine() in process, then ends: the next upload
    is read by another one."""
    from etl import pipeline, sandbox
    from tests.fixtures import hostile

    for name, data in [("bao-cao.xlsx", REPORT.read_bytes()),
                       ("tidy.xlsx", hostile.tidy_workbook(hostile.tidy_rows(3000)))]:
        assert sandbox.ready(120)
        spare = sandbox._spare
        there = sandbox.examine(data, name)
        assert sandbox._spare is not spare          # this one was used, and used once
        _same_reading(there, pipeline.examine(data, name))
        assert there.problems or len(there.facts) > 0    # a reading, not an empty answer


def test_a_spare_worker_that_died_while_waiting_costs_no_upload():
    """Killed while idle (the kernel's OOM killer, an operator): the upload is read by a fresh
    worker, not refused as 'could not be read safely'."""
    import os
    import signal

    from etl import pipeline, sandbox

    assert sandbox.ready(120)
    os.kill(sandbox._spare[0].pid, signal.SIGKILL)
    sandbox._spare[0].join(10)
    data = REPORT.read_bytes()
    result = sandbox.examine(data, "bao-cao.xlsx")
    assert result.accepted, [p.message_en for p in result.problems]
    _same_reading(result, pipeline.examine(data, "bao-cao.xlsx"))


def test_a_hostile_file_read_by_the_spare_is_refused_and_the_next_upload_is_read():
    """The spare has the fresh worker's limits: a cell at XFD1048576 is refused naming it, and the
    upload after it is read."""
    from etl import sandbox
    from tests.fixtures import hostile

    assert sandbox.ready(120)
    result = sandbox.examine(hostile.far_cell("XFD1048576"), "xa.xlsx")
    assert [(p.rule, p.cell) for p in result.problems] == [("too_large", "XFD1048576")], \
        [p.message_en for p in result.problems]
    assert sandbox.examine(REPORT.read_bytes(), "bao-cao.xlsx").accepted

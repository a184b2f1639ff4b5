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
    print(json.dumps([[r.status, len(r.facts)] for r in results]))
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
    results = json.loads(p.stdout.strip().splitlines()[-1])
    assert [status for status, _ in results] == ["accepted", "accepted"]
    assert results[0][1] == results[1][1] > 0
    runs = [line.split()[0] for line in log.read_text().splitlines()]
    # the script itself, then once in the forkserver; never once per upload
    assert runs == ["__main__", "__mp_main__"], runs


"""What the pickers' search boxes (views/ui.py search_box) add to a page run: each page with a
picker, a fresh AppTest's second run timed (bench.run's AppTest measure: warm shared caches, one
ScriptCache, a cookie-less visitor), against the empty page, interleaved, on a warehouse built from
data/. Run it in two checkouts to compare: `python3 bench/pickers_cost.py [ROOT] [--repeat N]`
(ROOT: the checkout whose app is timed, this one by default)."""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

parser = argparse.ArgumentParser()
parser.add_argument("root", nargs="?", default=str(Path(__file__).resolve().parent.parent))
parser.add_argument("--repeat", type=int, default=15)
args = parser.parse_args()
sys.path.insert(0, args.root)
os.chdir(args.root)

from bench import protocol, run  # noqa: E402  (the timed checkout's)
from etl import build  # noqa: E402
from streamlit.runtime import Runtime  # noqa: E402
from streamlit.runtime.scriptrunner.script_cache import ScriptCache  # noqa: E402
from streamlit.testing.v1 import app_test, local_script_runner  # noqa: E402

PAGES = [("compare", "pages/compare.py"), ("profile", "pages/profile.py"), ("map", "pages/map.py"),
         ("coverage", "pages/coverage.py"), ("data", "pages/data.py")]

db = Path(tempfile.mkdtemp()) / "w.duckdb"
build.build(db)
os.environ["ST_DASHBOARD_DB"] = str(db)
shared = ScriptCache()
app_test.ScriptCache = lambda: shared
local_script_runner.ScriptCache = lambda: shared  # app.py's: bench.run's NOTE
app_test.PagesManager = run._server_pages_manager(app_test.PagesManager)
app_test.MagicMock = run._runtime_with_client(app_test.MagicMock)
run.apptest_run(None, protocol.EMPTY_APP)
print(f"{args.root}: page | median ms | empty page median ms | ratio")
for name, page in PAGES:
    run.apptest_run(page)
    ours, floor = [], []
    for _ in range(args.repeat):
        ours.append(run.apptest_run(page))
        floor.append(run.apptest_run(None, protocol.EMPTY_APP))
    o, f = statistics.median(ours), statistics.median(floor)
    print(f"{name} | {o * 1000:.1f} | {f * 1000:.1f} | {o / f:.2f}x", flush=True)
Runtime._instance = None

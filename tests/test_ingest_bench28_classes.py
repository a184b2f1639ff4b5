"""bench28: issue 13's page runs in AppTest (bench.run pages_apptest) run on a warehouse and write
their table; no timing is asserted (speed is measured in bench/, never in tests). bench is run as
a command, as the synthetic warehouse's tests run it (tests never import bench)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ("overview", "compare", "profile", "map", "coverage", "data")


def test_every_page_runs_in_apptest_beside_the_empty_page_and_its_table_is_written(tmp_path):
    # a tiny synthetic warehouse where bench.run looks for its 100k one (it is made only when absent)
    db = tmp_path / "synth-100k.duckdb"
    subprocess.run([sys.executable, "-m", "bench.synth", "--observations", "2000", "--db", str(db)],
                   cwd=ROOT, check=True, capture_output=True, timeout=300)
    readme = tmp_path / "README.md"
    readme.write_text("## Benchmarks\n\n<!-- bench:pages_apptest -->\nold\n<!-- /bench:pages_apptest -->\n\n"
                      "## Known limitations\n", "utf-8")
    run = subprocess.run([sys.executable, "-m", "bench.run", "--quick", "--only", "pages_apptest", "--sizes", "100k",
                          "--readme", str(readme)], cwd=ROOT, capture_output=True, text=True, timeout=900,
                         env={**os.environ, "ST_BENCH_DIR": str(tmp_path)})
    # a page that raised in AppTest stops the benchmark (never timed as a fast page)
    assert run.returncode == 0, run.stderr[-2000:]
    for page in PAGES:
        assert re.search(rf"^ratio pages_apptest_{page}_100k \d+\.\d\d$", run.stdout, re.M), (page, run.stdout[-1500:])
    text = readme.read_text("utf-8")
    table = text[text.index("<!-- bench:pages_apptest -->"):text.index("<!-- /bench:pages_apptest -->")]
    assert "old" not in table and "## Known limitations" in text  # replaced in place, the rest kept
    rows = [line for line in table.splitlines() if line.startswith("| 100k |")]
    assert [line.split("|")[2].strip() for line in rows] == list(PAGES)
    for line in rows:  # every page timed with as many runs as the empty page, each figure a number
        cells = [c.strip() for c in line.split("|")[3:-1]]
        assert int(cells[0]) >= 3 and all(re.fullmatch(r"\d+\.\d", c) for c in cells[1:5]), line
        assert re.fullmatch(r"\d+\.\d\d×", cells[5]), line

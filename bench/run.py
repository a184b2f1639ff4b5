"""`python -m bench.run [--quick] [--only NAME,...] [--sizes 100k,1M,10M] [--readme PATH]`: the scale benchmarks.

Every figure is measured side by side with its floor in the same run, and each benchmark ends
with `ratio NAME X` lines and writes its table into README.md (between `<!-- bench:NAME -->`
markers). Synthetic warehouses (bench.synth) are made once under $ST_BENCH_DIR (default
/tmp/st-bench), never under data/.

  queries    every query each page issues (metrics.queries, uncached, on the published snapshot)
             vs the bare DuckDB SQL returning the same rows from the read-model tables of the
             writer's file on an open connection: median, p95 (20 calls, fewer for a query whose
             calls took the time budget), ratio of p95s; apart from them (README's "data page"
             table) the data page's shared table of every fact, read once per data version, and
             its downloads, built on a click (one province's facts as CSV and Excel)
  pages      each page as a new session's first script run over the websocket vs an empty page; then
             each page's run in AppTest (this process, warm shared caches) vs the empty page's
             (also alone: pages_apptest)
  freshness  an upload's commit to a reader in another process seeing the new figure, with the
             slowest reader query while the writer works
  rebuild    the read model's refresh and the publish after loads of 1 value, 1,000 and 10,000 rows
  burst      N sessions open the overview at once (protocol level) vs an empty page at the same
             N; then 1 vs 2 app processes behind nginx
  coldstart  process start to the overview's first finished run vs Streamlit's hello page
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import types
from pathlib import Path

import duckdb

from bench import protocol, synth
from metrics.schema import DATA_LISTS

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BENCH_DIR = Path(os.environ.get("ST_BENCH_DIR", "/tmp/st-bench"))
SIZES = {"100k": 100_000, "1M": 1_000_000, "10M": 10_000_000}
RATIOS: list[str] = []


def ratio(name: str, x: float) -> None:
    RATIOS.append(f"ratio {name} {x:.2f}")


def write_table(name: str, title: str, lines: list[str]) -> None:
    """Replace (or add) this benchmark's table in README.md (--readme), under '## Benchmarks'."""
    block = f"<!-- bench:{name} -->\n{title}\n\n" + "\n".join(lines) + f"\n<!-- /bench:{name} -->"
    text = README.read_text("utf-8")
    pattern = re.compile(rf"<!-- bench:{name} -->.*?<!-- /bench:{name} -->", re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text)
    else:
        anchor = "## Known limitations"
        text = text.replace(anchor, block + "\n\n" + anchor, 1) if anchor in text else text + "\n" + block + "\n"
    README.write_text(text, "utf-8")


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(0.95 * (len(xs) - 1))))]


def ms(x: float) -> str:
    return f"{x * 1000:.1f}"


def synthetic_warehouse(label: str) -> Path:
    from etl import pipeline

    path = BENCH_DIR / f"synth-{label}.duckdb"
    if not path.exists() or not (path.parent / f"{path.stem}.snapshot" / "manifest.json").exists():
        BENCH_DIR.mkdir(parents=True, exist_ok=True)
        print(f"generating {label} synthetic observations -> {path}", flush=True)
        synth.main(["--observations", str(SIZES[label]), "--db", str(path)])
    elif pipeline.ensure_snapshot(path):  # one made by earlier code: the read-model tables added since
        print(f"added the read model's new tables to {path}", flush=True)
    return path


def real_warehouse() -> Path:
    from etl import pipeline

    path = BENCH_DIR / "real.duckdb"
    if not path.exists():
        BENCH_DIR.mkdir(parents=True, exist_ok=True)
        pipeline.build(path)
    return path


# --- 1. queries -----------------------------------------------------------------------------

def page_queries(db: Path) -> list[tuple[str, object]]:
    """(page: query, call) for what each page issues, with the pages' default choices."""
    from metrics import queries, registry
    from views import cache, maps, ui

    four63 = [ui.parse_province_option(o) for o in ui.default_provinces("reported")]
    four34 = [ui.parse_province_option(o) for o in ui.default_provinces("today")]
    core = list(registry.display().core)
    queries.version(db)  # the warehouse's synthetic indicators shown, as the pages show them
    every = [c for c in registry.shown_indicators() if c in set(queries.indicators_with_data(db))]
    lo, hi = maps.year_bounds(queries.year_span(db))
    last10 = (max(lo, hi - 9), hi)  # the coverage page's default years
    summary = queries.province_summary("14", "63", db=db)
    counts = {} if summary is None else {c: int(n) for c, n in zip(summary["indicator"], summary["n_disagreeing"]) if n}
    shown = ui.PAGE_SIZES[len(ui.PAGE_SIZES) // 2]  # the disagreements' first page: its facts' indicators
    first_page, _ = cache.disagreement_indicators(counts, 0, shown)
    return [
        ("lookups: indicators_with_data", lambda: queries.indicators_with_data(db)),
        ("lookups: provinces_with_data", lambda: queries.provinces_with_data(db)),
        ("lookups: year_span", lambda: queries.year_span(db)),
        ("overview: facts (4 provinces)", lambda: queries.facts_view(core, four63, db=db)),
        ("overview: 34-province view", lambda: queries.facts_view(core, four34, mode="today", db=db)),
        ("compare: facts", lambda: queries.facts_view(["tasks_managed"], four63, db=db)),
        # the first screen: the read model's summary (one row per indicator, with the counts of
        # disagreeing facts), the first page of the facts that disagree (the indicators its 100
        # facts belong to) and their other values; the details a page of 8 indicators (the core
        # group) at a time
        ("profile: summary", lambda: queries.province_summary("14", "63", db=db)),
        ("profile: a page of disagreeing facts", lambda: queries.disagreeing_facts("14", "63", indicators=first_page, db=db)),
        ("profile: their other values", lambda: queries.alternatives(first_page, [("14", "63")], db=db)),
        ("profile: a page of details", lambda: queries.facts(core[:8], [("14", "63")], db=db)),
        ("profile: its other values", lambda: queries.alternatives(core[:8], [("14", "63")], db=db)),
        ("map: one indicator", lambda: queries.map_facts("tasks_managed", db=db)),
        ("map: 34-province view", lambda: queries.map_facts("tasks_managed", "today", db=db)),
        # the grid of every indicator: the read model's cells; the sources line counted in DuckDB; the
        # values of the page of 30 indicators shown (its tooltips and details)
        ("coverage: cells (every indicator)", lambda: queries.coverage_years(four63, years=last10, db=db)),
        ("coverage: sources line", lambda: queries.coverage_sources(every, four63, years=last10, db=db)),
        ("coverage: a page's values", lambda: queries.coverage_facts(every[:30], four63, years=last10, db=db)),
        ("data: fact history", lambda: queries.fact_history("14", "63", "tasks_managed", "2020", "actual", db=db)),
    ]


def data_page_reads(db: Path) -> list[tuple[str, object]]:
    """What the data page reads that is no page query: its shared table of every fact, read once
    per data version for every session (views.cache._everything; the page filters, searches and
    pages it in memory). At 10 M its 6.5 M rows take several GB in the reading process (and the bare
    SQL's copy beside it): measured after the page queries, apart from them."""
    from metrics import queries

    return [("data: every fact, the page's shared table (once per version)", lambda: queries.every_fact(db=db))]


def bench_downloads(db: Path, label: str, repeat: int = 3, excel: bool = True) -> list[str]:
    """The data page's downloads, built when someone clicks (views.cache.data_export): one
    province's every fact, as CSV and as Excel (when within tables.EXCEL_MAX_ROWS; `excel` False:
    not built — openpyxl takes ~25 s a file at 1 M, too long for a timed window)."""
    from metrics import queries
    from views import tables

    every = queries.every_fact(db=db)
    rank = tables.page_rank(every)
    rows = every.iloc[tables.fact_positions(every, provinces=[("14", "63")], rank=rank)]
    every = None
    others = tables.other_values_map(queries.alternatives(sorted(set(rows["indicator"])), [("14", "63")], db=db), "vi")
    sources = tables.sources_frame(queries.sources_of(rows["source_id"], db=db), "vi")
    out = []
    for name, build in (("CSV", lambda: tables.csv_bytes(tables.export_frame(rows, others, "vi"))),
                        ("Excel", lambda: tables.excel_bytes(tables.export_frame(rows, others, "vi"), sources, "vi"))):
        if name == "Excel" and len(rows) > tables.EXCEL_MAX_ROWS:
            out.append(f"| {label} | download: one province (14-63), {name} | {len(rows):,} | — | over the limit ({tables.EXCEL_MAX_ROWS:,} rows): not offered | | |")
            continue
        if name == "Excel" and not excel:
            out.append(f"| {label} | download: one province (14-63), {name} | {len(rows):,} | — | not built in this run (--no-excel) | | |")
            continue
        took, size = [], 0
        for _ in range(repeat if len(rows) <= 20_000 else 1):  # a national province's file: once
            t0 = time.perf_counter()
            size = len(build())
            took.append(time.perf_counter() - t0)
        out.append(f"| {label} | download: one province (14-63), {name} | {len(rows):,} | {len(took)} | "
                   f"{statistics.median(took):.2f} s | {max(took):.2f} s | {size / 1e6:.1f} MB |")
        print(out[-1], flush=True)
    return out


# The history and the disagreements have no table in the writer's read model: they are published
# from views (observation_history, stock_disagreements) that rank every observation — seconds to
# a minute per call at 10 M, which is no floor for a query reading a few of their partitions. For
# them the bare SQL is the same SQL over the same published Parquet partitions, run as it is on an
# already-open DuckDB connection: the floor of our wrapper (the cursor, the result to pandas).
_PUBLISHED_ONLY = ("history", "history_by_province", "disagreements", "disagreements_by_province")


def _bare_from(m: re.Match) -> str:
    return m.group(0) if m.group(1) in _PUBLISHED_ONLY else f"FROM {m.group(1)}"


_BARE_TABLES = [  # the snapshot's partitions named in a query (Snapshot.relation) -> the table they copy
                (r"FROM \(SELECT /\*snapshot\*/.*?/\*snapshot\*/\) AS (\w+)", _bare_from),
                (r"\bFROM facts_by_province\b", "FROM current_facts"), (r"\bFROM facts\b", "FROM current_facts"),
                (r"\bFROM facts_today_by_province\b", "FROM facts_today"),
                (r"\bFROM history_by_province\b", "FROM observation_history"),
                (r"\bFROM history\b", "FROM observation_history"),
                (r"\bFROM disagreements_by_province\b", "FROM stock_disagreements"),
                (r"\bFROM disagreements\b", "FROM stock_disagreements")]
# the lookups' lists are published only (etl.publish: computed from data_index when a commit publishes);
# the writer has no table of them: their floor is the list computed from the writer's data_index
_BARE_TABLES += [(rf"\bFROM {name}\b", f"FROM ({select}) AS {name}") for name, select in DATA_LISTS.items()]


# A p95 needs calls: the 19th of 20 is one; the slowest of 5 (what --quick took) is the machine's
# worst second more than the query. Each query is called QUERY_CALLS times (interleaved with its bare
# SQL), fewer only when its calls so far took QUERY_BUDGET seconds (the data page's every fact: ~10 s
# a call at 10 M), and never fewer than 3; the table says how many calls each row had.
QUERY_CALLS = 20
QUERY_BUDGET = 60.0


def bench_queries(sizes: list[str], repeat: int = QUERY_CALLS, budget: float = QUERY_BUDGET,
                  excel: bool = True) -> None:
    from metrics import queries, store

    head = ["| size | page: query | rows | calls | median ms | p95 ms | bare SQL median ms | bare p95 ms | p95 ratio |",
            "|---|---|---|---|---|---|---|---|---|"]
    lines, data_lines = list(head), list(head)
    downloads = ["| size | what | rows | builds | median | slowest | file |", "|---|---|---|---|---|---|---|"]
    for label in sizes:
        db = synthetic_warehouse(label)
        bare = duckdb.connect(str(db), read_only=True, config=dict(store._CONFIG))  # same config as the app's readers
        for name, call, table in ([(n, c, lines) for n, c in page_queries(db)]
                                  + [(n, c, data_lines) for n, c in data_page_reads(db)]):
            seen: list[tuple[str, tuple]] = []
            real_cached = queries._cached

            def spy(dbp, version, sql, params, order=(), _real=real_cached):
                seen.append((sql, params, order))
                return _real.__wrapped__(dbp, version, sql, params, order)

            real_file = queries._file_cached

            def spy_file(dbp, version, sql, params, _real=real_file):  # the workflow's reads of the file
                seen.append((sql, params, ()))
                return _real.__wrapped__(dbp, version, sql, params)

            queries._cached = spy
            queries._file_cached = spy_file
            try:
                ours, theirs = [], []
                rows = 0
                for i in range(repeat):  # interleaved: the machine's load hits both alike
                    if i >= 3 and sum(ours) + sum(theirs) > budget:
                        break
                    seen.clear()
                    t0 = time.perf_counter()
                    out = call()
                    ours.append(time.perf_counter() - t0)
                    rows = len(out) if hasattr(out, "__len__") else 1
                    out = None  # freed here, not inside the next call's timing
                    t0 = time.perf_counter()
                    for sql, params, order in seen:
                        for pat, rep in _BARE_TABLES:
                            sql = re.sub(pat, rep, sql, flags=re.S)
                        # the same rows in the same order: what the query orders outside SQL, here ORDER BY
                        queries.frame(bare, sql + (f" ORDER BY {', '.join(order)}" if order else ""), params)
                    theirs.append(time.perf_counter() - t0)
            finally:
                queries._cached = real_cached
                queries._file_cached = real_file
            r = p95(ours) / max(p95(theirs), 1e-6)
            table.append(f"| {label} | {name} | {rows:,} | {len(ours)} | {ms(statistics.median(ours))} | {ms(p95(ours))} | "
                         f"{ms(statistics.median(theirs))} | {ms(p95(theirs))} | {r:.2f}× |")
            print(table[-1], flush=True)
            ratio(f"query_{label}_{re.sub(r'[^a-z0-9]+', '_', name.lower()).strip('_')}", r)
        bare.close()
        downloads += bench_downloads(db, label, excel=excel)
    write_table("queries", "#### Queries (synthetic data; uncached call through metrics.queries on the published "
                "snapshot vs bare SQL on the writer's read-model tables, interleaved)", lines)
    write_table("data_page", "#### The data page's shared table and downloads (synthetic data; not page queries: "
                "the table is read once per data version for every session, a download is built on a click)",
                data_lines + ["", *downloads])


# --- 2. pages -------------------------------------------------------------------------------

PAGES = [("overview", ""), ("compare", "so-sanh"), ("profile", "ho-so-tinh"), ("map", "ban-do"),
         ("coverage", "do-phu"), ("data", "du-lieu")]


def bench_pages(sizes: list[str], repeat: int) -> None:
    lines = ["| size | page | first run median ms | p95 ms | empty page median ms | ratio |", "|---|---|---|---|---|---|"]
    with protocol.serve(protocol.EMPTY_APP) as empty:
        for label in sizes:
            db = synthetic_warehouse(label)
            with protocol.serve(ROOT / "app.py", env={"ST_DASHBOARD_DB": str(db)}) as app:
                for name, path in PAGES:
                    protocol.burst(app.url, 1, path)  # the first visitor after start fills the shared caches
                    ours, floor = [], []
                    for _ in range(repeat):
                        ours.append(protocol.burst(app.url, 1, path)[0][0] or float("nan"))
                        floor.append(protocol.burst(empty.url, 1)[0][0] or float("nan"))
                    r = statistics.median(ours) / statistics.median(floor)
                    lines.append(f"| {label} | {name} | {ms(statistics.median(ours))} | {ms(p95(ours))} | "
                                 f"{ms(statistics.median(floor))} | {r:.2f}× |")
                    print(lines[-1], flush=True)
                    ratio(f"page_{label}_{name}", r)
    write_table("pages", "#### Page runs (a new session's first script run over the websocket, warm shared "
                "caches, vs an empty Streamlit page; synthetic data)", lines)


# The same pages in Streamlit's AppTest (streamlit.testing.v1), in this process: the script run
# alone, no websocket, no transport of the messages — the server-side cost the 150 ms goal
# names. Each timed run is a fresh AppTest's (a new session: its own session state) second run: its
# first, untimed, opens the overview (AppTest.switch_page finds a page st.navigation registered, so
# it needs that run) and pays AppTest's own set-up — a scan of every installed package's metadata
# for components, ~0.13 s a new AppTest, which a server does once when it starts: timed, it was
# nine tenths of the empty page's run and made every page look 0.1× of it. Then the page is opened
# (the overview: again) and that run is timed. All share the process's st.cache_data and
# st.cache_resource: a first session per page, untimed, warms them. The floor: a fresh AppTest of
# the empty page, its second run timed the same way, interleaved.
# NOTE: AppTest also compiles the app's script and the page's anew on every run (a new ScriptCache
# per run: streamlit.testing.v1.app_test), where a server compiles each once for the process (the
# Runtime's one ScriptCache): py-spy, the profile page at 1 M, 42 % of its runs' script thread in
# ScriptCache.get_bytecode (app.py and the page parsed and rewritten for magic), against nothing for
# the four-line empty page. The benchmark gives every AppTest one ScriptCache, as a server has.
# NOTE: Streamlit 1.67's AppTest holds two: its PagesManager's (app_test.ScriptCache: the pages'
# code) and its LocalScriptRunner's (local_script_runner.ScriptCache: the main script's, app.py),
# so with the first shared alone every timed run still compiled app.py — ~2–4 ms of script-thread
# CPU (cProfile: one builtins.compile per run), against 0.06 ms for the empty page's four lines.
# Both are the one shared cache.
# NOTE: AppTest also forgets, before every run, that the app calls st.navigation
# (PagesManager.uses_pages_directory = None: streamlit.testing.v1.app_test._run), and app.py has a
# pages/ folder beside it, so every run went Streamlit's old multipage way first
# (script_runner._mpa_v1: a glob of pages/, 13 st.Page objects resolved and stat'ed, a navigation
# of its own) before app.py's st.navigation — cProfile, compare at 1 M: 192 _create_page calls in
# 16 runs. A server does that once per process: st.navigation sets the class's flag to False and
# nothing sets it back. The benchmark keeps it as a server has it (_server_pages_manager).
# NOTE: AppTest's mock Runtime (a MagicMock, new in every run) answers runtime.get_client() with a
# fresh mock, so st.context.cookies — which views.auth reads in every run of every page, for the
# login cookie — builds a chain of MagicMocks each run: py-spy, the overview at 1 M, ~55 % of its
# runs' script thread (unittest.mock), against nothing for the empty page, which reads no cookie. A
# server's get_client() returns the session's websocket client, whose cookies are the handshake
# request's dictionary. The benchmark gives the mock runtime such a client: a visitor with no cookie.
_VISITOR = types.SimpleNamespace(client_context=types.SimpleNamespace(cookies={}, headers=(), remote_ip="127.0.0.1"))


def _server_pages_manager(real):
    def make(*args, **kwargs):
        manager = real(*args, **kwargs)
        # every app timed calls st.navigation (app.py) or has no pages/ folder (the empty page)
        real.uses_pages_directory = False
        return manager
    return make


def _runtime_with_client(real_mock):
    def make(*args, **kwargs):
        runtime = real_mock(*args, **kwargs)
        runtime.get_client = lambda session_id: _VISITOR
        return runtime
    return make
APPTEST_PAGES = [("overview", "pages/overview.py"), ("compare", "pages/compare.py"), ("profile", "pages/profile.py"),
                 ("map", "pages/map.py"), ("coverage", "pages/coverage.py"), ("data", "pages/data.py")]
APPTEST_TIMEOUT = 300  # seconds a run may take: a cold first run at 10 M fills the shared caches


def apptest_run(page: str | None, app: Path = ROOT / "app.py") -> float:
    """Seconds of `page`'s run in a fresh AppTest of `app`, after the AppTest's first run (None:
    the first page again); raises when a run raised, so an error is never timed as a fast page."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(app), default_timeout=APPTEST_TIMEOUT)
    at.run()
    if page:
        at.switch_page(page)
    t0 = time.perf_counter()
    at.run()
    took = time.perf_counter() - t0
    if at.exception:
        raise RuntimeError(f"{app.name} {page or ''}: {[e.message for e in at.exception]}")
    return took


def bench_pages_apptest(sizes: list[str], repeat: int, budget: float = 60.0) -> None:
    """Each page's run in AppTest with warm caches vs the empty page's, `repeat` times each
    (fewer once a page's runs took `budget` seconds, never fewer than 3)."""
    from streamlit.runtime import Runtime
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import app_test, local_script_runner

    lines = ["| size | page | runs | AppTest run median ms | p95 ms | empty page median ms | p95 ms | ratio |",
             "|---|---|---|---|---|---|---|---|"]
    saved_env, saved_runtime = os.environ.get("ST_DASHBOARD_DB"), Runtime._instance
    shared = ScriptCache()
    app_test.ScriptCache = lambda: shared  # one for the process, as a server's Runtime has (NOTE above)
    local_script_runner.ScriptCache = lambda: shared  # the main script's too (NOTE above)
    real_pages_manager = app_test.PagesManager
    app_test.PagesManager = _server_pages_manager(real_pages_manager)  # st.navigation's flag kept (NOTE above)
    real_mock = app_test.MagicMock  # app_test makes its mock Runtime with it, and nothing else
    app_test.MagicMock = _runtime_with_client(real_mock)  # a server's session client (NOTE above)
    try:
        for label in sizes:
            db = synthetic_warehouse(label)
            os.environ["ST_DASHBOARD_DB"] = str(db)  # the app reads the warehouse it names, as a server does
            apptest_run(None, protocol.EMPTY_APP)
            for name, page in APPTEST_PAGES:
                apptest_run(page)  # the first session of the page fills the shared caches: not timed
                ours, floor = [], []
                for i in range(repeat):  # interleaved: the machine's load hits both alike
                    if i >= 3 and sum(ours) + sum(floor) > budget:
                        break
                    ours.append(apptest_run(page))
                    floor.append(apptest_run(None, protocol.EMPTY_APP))
                r = statistics.median(ours) / statistics.median(floor)
                lines.append(f"| {label} | {name} | {len(ours)} | {ms(statistics.median(ours))} | {ms(p95(ours))} | "
                             f"{ms(statistics.median(floor))} | {ms(p95(floor))} | {r:.2f}× |")
                print(lines[-1], flush=True)
                ratio(f"pages_apptest_{name}_{label}", r)
    finally:  # AppTest leaves its mock runtime installed; what runs next in this process sees none
        Runtime._instance = saved_runtime
        app_test.ScriptCache = ScriptCache
        local_script_runner.ScriptCache = ScriptCache
        app_test.PagesManager = real_pages_manager
        app_test.MagicMock = real_mock
        if saved_env is None:
            os.environ.pop("ST_DASHBOARD_DB", None)
        else:
            os.environ["ST_DASHBOARD_DB"] = saved_env
    write_table("pages_apptest", "#### Page runs in AppTest (a fresh AppTest per run in the benchmark's process, its "
                "second run timed — the page opened after the overview —, warm shared caches and one ScriptCache "
                "as a server has, vs an empty "
                "Streamlit page's second AppTest run; synthetic data)", lines)


# --- 3. freshness ---------------------------------------------------------------------------

# A reader in another process: metrics.queries on the published snapshot, as an app process reads
# it, its result cache cleared before every query (each one does the real work, as the first
# query after a new version does). It polls one fact until its new value shows, and logs every
# query's start and length, so the slowest query while the writer worked can be told.
_READER = r"""
import json, sys, time
from metrics import queries
db, code, frame, ind, period, want, until = sys.argv[1:8]
want, until = float(want), float(until)
seen, log = None, []
queries.facts([ind], [(code, frame)], measure="actual", db=db)
print("ready", flush=True)
while time.time() < until and (seen is None or time.time() < seen + 1.0):
    queries._cached.cache_clear()
    t0, p0 = time.time(), time.perf_counter()
    df = queries.facts([ind], [(code, frame)], measure="actual", db=db)
    log.append((t0, time.perf_counter() - p0))
    row = df[df["period"] == period]
    if seen is None and not row.empty and float(row["value"].iloc[0]) == want:
        seen = time.time()
    time.sleep(0.01)
print(json.dumps({"seen": seen, "log": log}))
"""

FRESH_PROVINCE = ("14", "63")  # Sơn La, one of the overview's default provinces
FRESH_INDICATOR = "tasks_managed"


def _overview_fact(db: Path) -> str:
    """The period of the overview card the upload will change (Sơn La's tasks managed)."""
    from metrics import queries, registry
    from views import tables

    core = list(registry.display().core)
    deck = tables.cards(queries.facts_view(core, [FRESH_PROVINCE], db=db), [FRESH_PROVINCE], core)
    card = next(c for c in deck[FRESH_PROVINCE] if c.indicator == FRESH_INDICATOR)
    period = str(card.row["period"])
    assert period.isdigit(), f"the overview shows {period}, not a year: the template takes a year"
    return period


def _page_poller(url: str, text: str, stop: threading.Event, runs: list) -> None:
    """A visitor opening the overview again and again (a new session each time): logs each run's
    start, length (None: dropped) and whether it showed `text`."""
    from tools import streamlit_client

    while not stop.is_set():
        t0 = time.time()
        run = streamlit_client.run_sync(streamlit_client.session_run(url, "", "", timeout=120, keep_texts=True))
        runs.append((t0, run.seconds, run.seconds is not None and any(text in t for t in run.texts)))


def bench_freshness(sizes: list[str], repeat: int = 3) -> None:
    """An upload of one value (the project's template, through examine and load as the command
    line does) while a reader process and a page visitor poll for it. Timed from the upload's
    COMMIT (etl.commit's "after_commit" point) to the first reader query and the first finished
    overview run that show the new figure; the load itself and its publish apart; the slowest
    reader query while the writer worked (from the load's start to the publish: a reader that
    waited on the writer would show the load's length here), the first query on the new version
    (views re-pointed) and the first overview run showing the figure (every shared cache is keyed
    on the version, so that run recomputes the page), against their medians before the load."""
    import json

    from etl import commit, pipeline, publish, readmodel
    from metrics import registry
    from tests.fixtures.filled import filled_template
    from views import fmt

    ind = registry.indicator(FRESH_INDICATOR)
    lines = ["| size | load call s | read-model refresh s | COMMIT → new snapshot in place s | COMMIT → reader process sees it s | "
             "COMMIT → overview page shows it s | reader query: median before ms | slowest while the writer "
             "worked ms | first on the new version ms | overview run: median before ms | first showing it ms |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    marks: dict[str, float] = {}
    real_fault = commit.fault

    def mark(point: str) -> None:
        marks[point] = time.time()
        real_fault(point)

    # the read model's refresh inside the load's transaction (etl.commit), timed apart: with the
    # publish, what a write costs beyond its own rows, which must follow the change, not the warehouse
    real_refresh, refreshes = readmodel.refresh, []

    def timed_refresh(con, touched=None):
        t0 = time.perf_counter()
        try:
            return real_refresh(con, touched)
        finally:
            refreshes.append(time.perf_counter() - t0)

    for label in sizes:
        db = synthetic_warehouse(label)
        period = _overview_fact(db)
        rows = []
        with protocol.serve(ROOT / "app.py", env={"ST_DASHBOARD_DB": str(db)}) as app:
            protocol.burst(app.url, 1)  # the first run after start
            for k in range(repeat):
                want = float(4000 + (int(time.time()) + 331 * k) % 997)  # within the indicator's range
                text = fmt.value(want, ind.unit("vi"), ind.decimals, "", "vi")  # as the card writes it
                data = filled_template(want)
                result = pipeline.examine(data, f"GIA-LAP_freshness_{label}_{int(time.time())}_{k}.xlsx",
                                          FRESH_PROVINCE[0], period)
                assert result.accepted, [p.message_en for p in result.problems]
                reader = subprocess.Popen(
                    [sys.executable, "-c", _READER, str(db), *FRESH_PROVINCE, FRESH_INDICATOR, period, str(want),
                     str(time.time() + 240)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
                assert reader.stdout.readline().strip() == "ready"
                runs: list = []
                stop = threading.Event()
                poller = threading.Thread(target=_page_poller, args=(app.url, text, stop, runs), daemon=True)
                poller.start()
                time.sleep(3)  # both readers at work before the writer starts
                marks.clear()
                refreshes.clear()
                commit.fault, readmodel.refresh = mark, timed_refresh
                try:
                    t0 = time.time()
                    pipeline.load(result, data, db=db, by="bench.freshness (GIẢ LẬP)")
                    t1 = time.time()
                finally:
                    commit.fault, readmodel.refresh = real_fault, real_refresh
                deadline = time.time() + 180
                while not any(shown for start, _, shown in runs if start >= t0) and time.time() < deadline:
                    time.sleep(0.05)
                stop.set()
                poller.join(130)
                got = json.loads(reader.communicate(timeout=260)[0].strip().splitlines()[-1])
                c = marks["after_commit"]
                page_seen = min((start + secs for start, secs, shown in runs if shown and secs), default=float("nan"))
                seen = got["seen"] or float("nan")
                qlog = got["log"]
                # the manifest's swap (its file is written just before os.replace); the publish's
                # clean-up of folders retired over 5 minutes ago runs after it, readers never wait for it
                # NOTE: a compaction after the load (etl.compact, in this process's background) swaps the
                # manifest again later: then the publish's own swap is the last thing before "after_publish"
                pub = min((publish.snapshot_dir(db) / publish.MANIFEST).stat().st_mtime, marks["after_publish"])
                nan = float("nan")
                before = [d for s, d in qlog if s + d < t0] or [nan]
                writing = [d for s, d in qlog if s + d >= t0 and s < pub] or [nan]  # the writer at work
                first_new = next((d for s, d in qlog if s >= pub), nan)  # views re-pointed, new files
                pbefore = [d for s, d, _ in runs if d and s + d < t0] or [nan]
                pfirst = next((d for s, d, shown in runs if shown and d), nan)
                rows.append((t1 - t0, sum(refreshes), pub - c, seen - c, page_seen - c, statistics.median(before), max(writing),
                             first_new, statistics.median(pbefore), pfirst))
                print(f"freshness {label} #{k + 1}: load {t1 - t0:.2f} s (read-model refresh {rows[-1][1]:.2f} s), "
                      f"published {rows[-1][2]:.2f} s, reader {rows[-1][3]:.2f} s, page {rows[-1][4]:.2f} s after "
                      "the COMMIT", flush=True)
        med = [statistics.median(col) for col in zip(*rows)]
        worst = [max(col) for col in zip(*rows)]
        lines.append(f"| {label} | {med[0]:.2f} (max {worst[0]:.2f}) | {med[1]:.2f} (max {worst[1]:.2f}) | "
                     f"{med[2]:.2f} (max {worst[2]:.2f}) | {med[3]:.2f} (max {worst[3]:.2f}) | "
                     f"{med[4]:.2f} (max {worst[4]:.2f}) | {ms(med[5])} | {ms(worst[6])} | {ms(med[7])} | "
                     f"{ms(med[8])} | {ms(med[9])} |")
        print(lines[-1], flush=True)
        ratio(f"freshness_{label}_read_model_refresh_seconds", med[1])
        ratio(f"freshness_{label}_commit_to_snapshot_seconds", med[2])
        ratio(f"freshness_{label}_commit_to_reader_seconds", med[3])
        ratio(f"freshness_{label}_commit_to_page_seconds", med[4])
        ratio(f"freshness_{label}_slowest_reader_while_writing_vs_median", worst[6] / med[5])
    write_table("freshness", f"#### Freshness (an upload of one value into the synthetic warehouse, {repeat} "
                "times per size, medians; a reader process on metrics.queries and a visitor reopening the "
                "overview poll for it meanwhile)", lines)


# --- 3b. rebuild: what a write costs beyond its rows, by the size of the change ----------------

def _distinct_tidy(n_rows: int, tag: str) -> bytes:
    """bench's synthetic tidy workbook of n_rows (tests.fixtures.excel.make_tidy_large, marked
    GIẢ LẬP), its title tagged so that each load is a new file (the same bytes again change nothing)."""
    import io
    import tempfile
    import zipfile

    from tests.fixtures.excel.make_tidy_large import TITLE, make_tidy_workbook

    with tempfile.TemporaryDirectory() as tmp:
        make_tidy_workbook(Path(tmp) / "t.xlsx", n_rows)
        src = zipfile.ZipFile(Path(tmp) / "t.xlsx")
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for info in src.infolist():
                z.writestr(info.filename, src.read(info.filename).replace(TITLE.encode(), f"{TITLE} ({tag})".encode()))
        return buf.getvalue()


def bench_rebuild(sizes: list[str], changes: tuple[int, ...] = (1, 1_000, 10_000)) -> None:
    """Loads of 1 value (the project's template), 1,000 and 10,000 rows (the synthetic tidy
    workbook: 19 indicators, ~53 provinces, one year; 63 provinces, three years) into each synthetic
    warehouse, through pipeline.load as the command line loads: the read model's refresh inside the
    load's transaction and the publish after the COMMIT (etl.commit), timed apart. The goal: both
    in proportion to the change, not to the warehouse — the same change costs alike at 1 M and 10 M,
    and far below the whole read model and snapshot (bench.synth prints those when it builds one)."""
    from etl import commit, pipeline, readmodel
    from tests.fixtures.filled import filled_template

    lines = ["| size | change | facts loaded | indicators touched | load call s | read-model refresh s | "
             "COMMIT → new snapshot in place s | 1-min load |", "|---|---|---|---|---|---|---|---|"]
    times: dict[str, float] = {}
    real_fault, real_refresh = commit.fault, readmodel.refresh

    def mark(point: str) -> None:
        times[point] = time.perf_counter()
        real_fault(point)

    def timed_refresh(con, touched=None):
        t0 = time.perf_counter()
        try:
            return real_refresh(con, touched)
        finally:
            times["refresh"] = time.perf_counter() - t0

    for label in sizes:
        db = synthetic_warehouse(label)
        for n in changes:
            tag = f"GIA-LAP_rebuild_{label}_{n}_{int(time.time())}"
            if n == 1:
                data = filled_template(float(4000 + int(time.time()) % 997))
                result = pipeline.examine(data, f"{tag}.xlsx", FRESH_PROVINCE[0], _overview_fact(db))
            else:
                data = _distinct_tidy(n, tag)
                result = pipeline.examine(data, f"{tag}.xlsx")
            assert result.accepted, [p.message_en for p in result.problems[:3]]
            times.clear()
            commit.fault, readmodel.refresh = mark, timed_refresh
            try:
                t0 = time.perf_counter()
                out = pipeline.load(result, data, db=db, by="bench.rebuild (GIẢ LẬP)")
                t1 = time.perf_counter()
            finally:
                commit.fault, readmodel.refresh = real_fault, real_refresh
            assert out.status == "loaded", out
            what = "1 value (the template)" if n == 1 else f"{n:,} rows (tidy workbook)"
            lines.append(f"| {label} | {what} | {out.facts:,} | {result.facts['indicator'].nunique()} | {t1 - t0:.2f} | "
                         f"{times['refresh']:.2f} | {times['after_publish'] - times['after_commit']:.2f} | "
                         f"{os.getloadavg()[0]:.1f} |")
            print(lines[-1], flush=True)
            ratio(f"rebuild_{label}_{n}_refresh_seconds", times["refresh"])
            ratio(f"rebuild_{label}_{n}_publish_seconds", times["after_publish"] - times["after_commit"])
    write_table("rebuild", "#### What a write costs beyond its rows: the read model's refresh and the publish, by the "
                "size of the change (synthetic data; one load each)", lines)


# --- 4. burst -------------------------------------------------------------------------------

# A server process collects and freezes its heap once, a second after a page's first run
# (views.cache.settle_heap: a full collection, ~0.1 s of CPU on this app's heap): the bursts start
# after it, as a conference's would on a server that has served anyone before; a bare process's
# first visitors are the cold-start benchmark's. It fell inside the first 30-session rounds.
SETTLED = 2.5


# NOTE: both servers are warmed before the first burst (the empty page's first script run, its
# compile and imports, once fell inside its first 30-session round and flattered the ratio at 30),
# and which server bursts first alternates round by round, so that neither always starts while the
# other's sessions are still closing. Seven rounds: with three, one busy second of a shared machine
# moved a 60-session median by 0.1–0.3 of the ratio.
def bench_burst(counts: list[int], label: str, rounds: int = 7) -> None:
    """Each burst `rounds` times, alternating with the empty page's (a shared machine's load falls
    on both alike); medians of the walls, the server's CPU over every round."""
    db = real_warehouse() if label == "real" else synthetic_warehouse(label)
    # the server CPU per session of both sides beside the walls: on a shared machine the walls move with
    # the load (one busy second moves a 30-session ratio by 0.1–0.2), the CPU each session costs less
    lines = ["| data | sessions at once | processes | app: wall s (median) | dropped | sessions/s | "
             "empty page: wall s (median) | sessions/s | throughput ratio | app: first session done s | "
             "app: server CPU ms/session | empty page: server CPU ms/session | app: server MB/session | 1-min load |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    env = {"ST_DASHBOARD_DB": str(db)}
    with protocol.serve(protocol.EMPTY_APP) as empty, protocol.serve(ROOT / "app.py", env=env) as app:
        protocol.burst(app.url, 1)  # warm: the first run after start
        protocol.burst(empty.url, 1)
        time.sleep(SETTLED)
        for n in counts:
            walls, fwalls, firsts, dropped, cpu, fcpu, loads = [], [], [], 0, 0.0, 0.0, []
            rss0 = app.rss_mb()
            for round_ in range(rounds):
                loads.append(os.getloadavg()[0])
                if round_ % 2:  # the empty page first in every other round
                    cpu0 = empty.cpu_seconds()
                    fwalls.append(protocol.burst(empty.url, n)[1])
                    fcpu += empty.cpu_seconds() - cpu0
                cpu0 = app.cpu_seconds()
                times, wall = protocol.burst(app.url, n)
                cpu += app.cpu_seconds() - cpu0
                walls.append(wall)
                dropped += sum(t is None for t in times)
                firsts.append(min((t for t in times if t is not None), default=float("nan")))
                if not round_ % 2:
                    cpu0 = empty.cpu_seconds()
                    fwalls.append(protocol.burst(empty.url, n)[1])
                    fcpu += empty.cpu_seconds() - cpu0
            rss1 = app.rss_mb()
            wall, fwall = statistics.median(walls), statistics.median(fwalls)
            r = (n / wall) / (n / fwall)
            lines.append(f"| {label} | {n} | 1 | {wall:.2f} | {dropped} | {n / wall:.1f} | {fwall:.2f} | "
                         f"{n / fwall:.1f} | {r:.2f}× | {statistics.median(firsts):.2f} | "
                         f"{1000 * cpu / (n * rounds):.1f} | {1000 * fcpu / (n * rounds):.1f} | "
                         f"{max(0.0, rss1 - rss0) / n:.2f} | {min(loads):.1f}–{max(loads):.1f} |")
            print(lines[-1], flush=True)
            ratio(f"burst_{label}_{n}", r)
    # 1 vs 2 processes behind nginx, same burst
    n = max(counts)
    walls = {}
    for procs in (1, 2):
        with _apps(procs, env) as ports, protocol.nginx(ports) as url:
            protocol.burst(url, procs * 2)
            time.sleep(SETTLED)
            runs = [protocol.burst(url, n) for _ in range(rounds)]
            walls[procs] = wall = statistics.median(w for _, w in runs)
            lines.append(f"| {label} | {n} | {procs} behind nginx | {wall:.2f} | "
                         f"{sum(t is None for times, _ in runs for t in times)} | {n / wall:.1f} | | | | | | | | "
                         f"{os.getloadavg()[0]:.1f} |")
            print(lines[-1], flush=True)
    gain = walls[1] / walls[2]
    ratio(f"burst_{label}_{n}_two_processes_gain", gain)
    lines.append("")
    lines.append(f"Two processes behind nginx vs one: ×{gain:.2f} throughput at {n} sessions (2 cores).")
    write_table(f"burst_{label}", f"#### Conference burst, {label} data (protocol-level sessions opening the "
                "overview at once vs an empty page at the same concurrency)", lines)


from contextlib import ExitStack, contextmanager  # noqa: E402


@contextmanager
def _apps(n: int, env: dict):
    with ExitStack() as stack:
        servers = [stack.enter_context(protocol.serve(ROOT / "app.py", env=env)) for _ in range(n)]
        yield [s.port for s in servers]


# --- 5. cold start --------------------------------------------------------------------------

def bench_coldstart(sizes: list[str], repeat: int) -> None:
    import streamlit.hello

    hello = Path(streamlit.hello.__file__).with_name("streamlit_app.py")
    lines = ["| data | app: start → first overview run s | hello page: start → first run s | ratio |", "|---|---|---|---|"]
    for label in ["real", *sizes]:
        db = real_warehouse() if label == "real" else synthetic_warehouse(label)
        ours, floor = [], []
        for _ in range(repeat):
            ours.append(_cold(ROOT / "app.py", {"ST_DASHBOARD_DB": str(db)}))
            floor.append(_cold(hello, {}))
        r = statistics.median(ours) / statistics.median(floor)
        lines.append(f"| {label} | {statistics.median(ours):.2f} | {statistics.median(floor):.2f} | {r:.2f}× |")
        print(lines[-1], flush=True)
        ratio(f"coldstart_{label}", r)
    write_table("coldstart", "#### Cold start (an already-built warehouse)", lines)


def _cold(app: Path, env: dict) -> float:
    t0 = time.perf_counter()
    with protocol.serve(app, env=env) as server:
        first = protocol.burst(server.url, 1)[0][0]
        assert first is not None, f"{app} did not finish its first run"
        return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    global README
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="100k and 1M, fewer repeats, bursts of 30 and 60")
    ap.add_argument("--only", default="queries,pages,freshness,rebuild,burst,coldstart")
    ap.add_argument("--bursts", default=None, help="sessions at once, e.g. 30,60,100,200 (default: 30,60 with "
                    "--quick, else 30,60,100,200)")
    ap.add_argument("--sizes", default=None, help="e.g. 100k,1M,10M (default 100k,1M; 10M when generated)")
    ap.add_argument("--readme", type=Path, default=README, help="the file the tables are written into "
                    "(default: the repository's README.md)")
    ap.add_argument("--no-excel", action="store_true", help="queries: build the data page's downloads as CSV "
                    "only (an Excel file of one province takes ~25 s at 1 M)")
    args = ap.parse_args(argv)
    README = args.readme
    only = set(args.only.split(","))
    sizes = args.sizes.split(",") if args.sizes else (
        ["100k", "1M"] + (["10M"] if (BENCH_DIR / "synth-10M.duckdb").exists() and not args.quick else []))
    repeat = 5 if args.quick else 15
    if "queries" in only:  # --quick too: 20 calls per query (a p95), within a time budget per query
        bench_queries(sizes, QUERY_CALLS, QUERY_BUDGET / 2 if args.quick else QUERY_BUDGET * 2,
                      excel=not args.no_excel)
    if "pages" in only:
        bench_pages([s for s in sizes if s != "100k"] or sizes, 3 if args.quick else 7)
    if "pages" in only or "pages_apptest" in only:
        bench_pages_apptest([s for s in sizes if s != "100k"] or sizes, 10 if args.quick else QUERY_CALLS)
    if "freshness" in only:
        bench_freshness([s for s in sizes if s != "100k"] or sizes, 2 if args.quick else 3)
    if "rebuild" in only:
        bench_rebuild([s for s in sizes if s != "100k"] or sizes)
    if "burst" in only:
        counts = ([int(n) for n in args.bursts.split(",")] if args.bursts
                  else [30, 60] if args.quick else [30, 60, 100, 200])
        bench_burst(counts, "real")
        if not args.quick:
            bench_burst([30, 60], "1M")
    if "coldstart" in only:
        bench_coldstart([s for s in sizes if s != "100k"] or sizes, 2 if args.quick else 3)
    print("\n".join(RATIOS))
    return 0


if __name__ == "__main__":
    sys.exit(main())

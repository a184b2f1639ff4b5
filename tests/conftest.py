"""Shared fixtures: one warehouse built from the real data/ once per test session."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.fixtures.browser import CHROMIUM, serve

# No background compaction of the snapshot after a commit (etl.compact.soon) in the suite: it moves
# the published version behind a test's back. tests/test_ingest_compact27_classes.py turns it on.
os.environ.setdefault("ST_DASHBOARD_COMPACT", "0")


# NOTE: the suite runs on two workers, each file's tests on one (tests/run.sh: --dist loadfile). xdist's own
# order (the files with the most tests first) started the corpus test (6 tests, ~a third of the suite's
# time) last: one worker scored the corpus alone for minutes while the other had finished (session 34:
# 866 s of the 900 s budget). The longest files start first now, the longest first, and the hundreds
# of short class-test files fill in beside them; measured with `--durations` (README "Tests").
LONGEST_FIRST = ("test_workbook_corpus.py", "test_workbook_variants.py", "test_browser_pages.py",
                 "test_hostile_files.py", "test_browser_pickers.py", "test_read_model.py", "test_ingest_load.py",
                 "test_workflow.py", "test_browser_workflow.py", "test_scale_out.py", "test_faults.py",
                 "test_pages_accounts.py", "test_prose.py", "test_backup.py", "test_ingest_compact27_classes.py")


def pytest_collection_modifyitems(config, items):
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))   # stable: a file's tests keep their order


@pytest.fixture(scope="session")
def warehouse_path(tmp_path_factory) -> Path:
    """A warehouse built from data/ (no uploads) in a temporary folder."""
    from etl import build

    path = tmp_path_factory.mktemp("warehouse") / "test.duckdb"
    build.build(path)
    return path


@pytest.fixture(scope="session")
def _built_once(tmp_path_factory) -> Path:
    """The folder of a warehouse built from data/ once per test process, never written to: what
    `fresh_warehouse` copies."""
    from etl import build

    folder = tmp_path_factory.mktemp("built-once")
    build.build(folder / "w.duckdb")
    return folder


@pytest.fixture()
def fresh_warehouse(tmp_path, _built_once) -> Path:
    """A warehouse of this test's own, for tests that write: a copy of one built from data/ (the file
    and its published snapshot, whose manifest names its files relative to it).

    NOTE: 48 tests built their own (~1.3 s of CPU and the build's syncs each, ~2–10 s of a worker's
    time): copying the built folder is ~0.1 s and gives the same warehouse (session 36)."""
    import shutil

    for entry in _built_once.iterdir():
        if entry.name.endswith(".lock"):
            continue
        if entry.is_dir():
            shutil.copytree(entry, tmp_path / entry.name)
        else:
            shutil.copy2(entry, tmp_path / entry.name)
    return tmp_path / "w.duckdb"


@pytest.fixture()
def app_env(warehouse_path, monkeypatch):
    monkeypatch.setenv("ST_DASHBOARD_DB", str(warehouse_path))
    return warehouse_path


# --- real browser: Debian's Chromium driven by Playwright (never a downloaded browser) ----------


@pytest.fixture(scope="session")
def served_app(warehouse_path, tmp_path_factory):
    """The real app served on localhost against the session's test warehouse; yields its URL."""
    with serve(warehouse_path, tmp_path_factory.mktemp("app_home")) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                                    "--disable-background-networking", "--disable-component-update",
                                    "--no-first-run", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True, locale="vi-VN")
    pg = context.new_page()
    yield pg
    context.close()


# --- pages in AppTest: the one way a test opens a page -----------------------------------------

@pytest.fixture()
def open_page(warehouse_path, monkeypatch):
    """open_page(page, db=None, secrets=None, widgets=None, check=True, **query_params) -> AppTest:
    the app at `page` opened from a URL carrying the query parameters, against the session's
    warehouse or `db` (tests/fixtures/apptest.py)."""
    from tests.fixtures.apptest import open_app_page

    def _open(page, *, db=None, **kwargs):
        monkeypatch.setenv("ST_DASHBOARD_DB", str(db or warehouse_path))
        return open_app_page(page, **kwargs)
    return _open


@pytest.fixture(autouse=True)
def _upload_workers_as_found():
    """The command line called in this process (`etl.ingest.main`, as the corpus test does) makes every later
    upload worker a plain fork (etl.sandbox.prefer_fork: right for a single-threaded command, never the server)
    and turns the spare worker off (the server's).
    A page under AppTest after it forked its upload's worker from a threaded process and showed no answer at
    all (session 34: the accounts pages failed whenever the corpus test had run before them on one worker).
    Every test gets back the way of starting workers it found."""
    sandbox = sys.modules.get("etl.sandbox")
    found = (sandbox._context, sandbox._spares_wanted) if sandbox is not None else (None, True)
    yield
    if (sandbox := sys.modules.get("etl.sandbox")) is not None:
        sandbox._context, sandbox._spares_wanted = found


@pytest.fixture(autouse=True)
def _main_module_as_found():
    """AppTest runs its script as "__main__" and leaves it there. An upload's worker started later in
    the same test process (etl.sandbox) would then run that script again as "__mp_main__" and fail
    (NameError '__args' in AppTest's wrapper): the server's "__main__" is app.py throughout, so every
    test gets back the one it found."""
    main = sys.modules.get("__main__")
    yield
    if main is not None:
        sys.modules["__main__"] = main

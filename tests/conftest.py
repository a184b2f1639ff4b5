"""Shared fixtures: one warehouse built from the real data/ once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.fixtures.paths import ROOT


@pytest.fixture(scope="session")
def warehouse_path(tmp_path_factory) -> Path:
    """A warehouse built from data/ (no uploads) in a temporary folder."""
    from etl import build

    path = tmp_path_factory.mktemp("warehouse") / "test.duckdb"
    build.build(path)
    return path


@pytest.fixture()
def fresh_warehouse(tmp_path) -> Path:
    """A warehouse of this test's own, for tests that write."""
    from etl import build

    path = tmp_path / "w.duckdb"
    build.build(path)
    return path


@pytest.fixture()
def app_env(warehouse_path, monkeypatch):
    monkeypatch.setenv("ST_DASHBOARD_DB", str(warehouse_path))
    return warehouse_path


# --- real browser: Debian's Chromium driven by Playwright (never a downloaded browser) ----------

import contextlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
from tests.fixtures.browser import wait_for_app  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(db: Path, home: Path, browser, secrets: str = ""):
    """The real app served on localhost against the warehouse `db`, in a HOME of its own (no
    secrets of the machine's user, or `secrets`, where "{url}" is the app's URL); yields its URL
    and stops the server on exit."""
    port = _free_port()
    if secrets:
        (home / ".streamlit").mkdir(exist_ok=True)
        (home / ".streamlit" / "secrets.toml").write_text(secrets.replace("{url}", f"http://127.0.0.1:{port}"))
    env = {**os.environ, "ST_DASHBOARD_DB": str(db), "HOME": str(home)}
    log = home / "server.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=open(log, "w"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).status == 200:
                    break
            except OSError:
                time.sleep(0.3)
        else:
            raise RuntimeError("the app did not start: " + log.read_text())
        # NOTE: Streamlit shows "Page not found" to the very first session of a fresh server that
        # opens a non-default page (streamlit/streamlit#9992): open the main page once first.
        warm = browser.new_page()
        warm.goto(url)
        wait_for_app(warm, 60_000)
        warm.close()
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a busy machine: do not fail the last test's teardown
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def served_app(warehouse_path, tmp_path_factory, browser):
    """The real app served on localhost against the session's test warehouse; yields its URL."""
    with serve(warehouse_path, tmp_path_factory.mktemp("app_home"), browser) as url:
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

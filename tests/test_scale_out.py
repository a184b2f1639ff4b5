"""Past one machine (README): two app processes serve one warehouse's published snapshot; a file
loaded through the one writer shows in both without a restart. And the nginx front (deploy/)
is a valid configuration that routes to both. And one process serves a crowd arriving at once."""
from __future__ import annotations

import gzip
import re
import shutil
import subprocess
import time
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from etl import pipeline
from tests.fixtures.filled import filled_template
from tools import streamlit_client, streamlit_server


@contextmanager
def app_process(db: Path, tmp: Path):
    """An app process (tools.serve) on `db`'s published snapshot; its log in `tmp`."""
    with streamlit_server.serve(module="tools.serve", env={"ST_DASHBOARD_DB": str(db)}, log_dir=tmp) as server:
        yield server.url


def overview_texts(url: str) -> str:
    return "\n".join(streamlit_client.texts_of(url, "", "prov=02-63", timeout=180))


def shows_within(url: str, text: str, seconds: float = 240) -> str:
    """A fresh session's overview, asked again until it shows `text` (a run under heavy load may
    be dropped and retried); the last page's text either way."""
    deadline = time.time() + seconds
    while True:
        run = streamlit_client.run_sync(streamlit_client.session_run(url, "", "prov=02-63", timeout=180, keep_texts=True))
        page = "\n".join(run.texts)
        if (run.seconds is not None and text in page) or time.time() > deadline:
            return page
        time.sleep(1)


def test_sessions_opening_pages_at_once_each_run_their_page(fresh_warehouse, tmp_path):
    """A conference hall at once: sessions opening the overview and the comparison page together,
    on one process whose page objects are shared by every run (views.ui.shared_pages) — each
    session's run finishes and draws its page (none refused as "This page cannot be called
    directly", none dropped)."""
    import asyncio

    async def crowd(url: str) -> list:
        return await asyncio.gather(*(
            streamlit_client.session_run(url, page, query, timeout=240, keep_texts=True)
            for _ in range(20) for page, query in (("", "prov=02-63"), ("so-sanh", ""))))

    with app_process(fresh_warehouse, tmp_path) as url:
        streamlit_client.texts_of(url, "", "prov=02-63", timeout=240)  # the shared pages built
        runs = streamlit_client.run_sync(crowd(url))
    failed = [run.texts[-1:] for run in runs if run.seconds is None]
    assert not failed, failed
    assert all("Hà Giang" in "\n".join(run.texts) for run in runs[::2])  # the overview's runs


def test_two_processes_serve_a_new_upload_without_restart(fresh_warehouse, tmp_path):
    with ExitStack() as stack:
        urls = [stack.enter_context(app_process(fresh_warehouse, tmp_path)) for _ in range(2)]
        for url in urls:  # Hà Giang has no tasks figure yet
            assert "Hà Giang" in overview_texts(url) and "4.321 nhiệm vụ" not in overview_texts(url)
        data = filled_template(4321)
        result = pipeline.examine(data, "bao-cao-ha-giang-2024.xlsx", "02", "2024")
        assert result.accepted
        pipeline.load(result, data, db=fresh_warehouse, by="test")  # the one writer
        for url in urls:  # both processes, no restart: the new snapshot at a next run
            assert "4.321 nhiệm vụ" in shows_within(url, "4.321 nhiệm vụ")


@pytest.mark.skipif(not shutil.which("nginx") and not Path("/usr/sbin/nginx").exists(),
                    reason="nginx is not installed (Debian package nginx)")
def test_nginx_config_is_valid_and_routes_to_the_apps(fresh_warehouse, tmp_path):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    with ExitStack() as stack:
        urls = [stack.enter_context(app_process(fresh_warehouse, tmp_path)) for _ in range(2)]
        listen = streamlit_server.free_port()
        conf = streamlit_server.nginx_config([int(u.rsplit(":", 1)[1]) for u in urls], listen, tmp_path)
        check = subprocess.run([nginx, "-t", "-p", str(tmp_path), "-c", str(conf)],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stderr
        proc = subprocess.Popen([nginx, "-p", str(tmp_path), "-c", str(conf), "-g", "daemon off;"])
        try:
            front = f"http://127.0.0.1:{listen}"
            for _ in range(100):
                try:
                    with urllib.request.urlopen(f"{front}/_stcore/health", timeout=1) as r:
                        assert any("st_route=" in c for c in r.headers.get_all("Set-Cookie") or [])  # sticky key
                        break
                except OSError:
                    time.sleep(0.1)
            assert "Hà Giang" in overview_texts(front)  # the websocket goes through the proxy
        finally:
            proc.terminate()
            proc.wait(10)


@pytest.mark.skipif(not shutil.which("nginx") and not Path("/usr/sbin/nginx").exists(),
                    reason="nginx is not installed (Debian package nginx)")
def test_nginx_serves_streamlits_front_end_from_its_cache_compressed(warehouse_path, tmp_path):
    """A new browser fetches Streamlit's front end (/static/: ~2.6 MB of JavaScript and fonts): behind
    nginx, the first request of a file reaches an app process, every later one is nginx's cached copy,
    sent gzip'ed to a browser that accepts it — the same bytes once unpacked."""
    with app_process(warehouse_path, tmp_path) as url, \
            streamlit_server.nginx([int(url.rsplit(":", 1)[1])]) as front:
        with urllib.request.urlopen(f"{front}/", timeout=30) as r:
            index = r.read().decode()
        asset = re.search(r'src="\.?/?(static/js/[^"]+\.js)"', index).group(1)
        with urllib.request.urlopen(f"{url}/{asset}", timeout=30) as r:
            direct = r.read()
        statuses = []
        for _ in range(2):
            request = urllib.request.Request(f"{front}/{asset}", headers={"Accept-Encoding": "gzip"})
            with urllib.request.urlopen(request, timeout=30) as r:
                statuses.append(r.headers["X-Cache-Status"])
                assert r.headers["Content-Encoding"] == "gzip"
                body = r.read()
            assert gzip.decompress(body) == direct
            assert len(body) < len(direct) / 2
        assert statuses == ["MISS", "HIT"]

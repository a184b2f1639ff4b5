"""The overview in Chromium behind nginx (deploy/nginx.conf), Streamlit's front end served from
nginx's cache and compressed: the page a second new browser sees is drawn and styled as without
nginx, from nothing but cached front-end files."""
import shutil
from pathlib import Path

import pytest

from tests.fixtures.browser import new_page, wait_for_app
from tools import streamlit_server

pytestmark = pytest.mark.skipif(not shutil.which("nginx") and not Path("/usr/sbin/nginx").exists(),
                                reason="nginx is not installed (Debian package nginx)")


def test_the_overview_behind_nginx_is_drawn_and_styled_from_its_cached_front_end(warehouse_path, tmp_path, browser):
    with streamlit_server.serve(module="tools.serve", env={"ST_DASHBOARD_DB": str(warehouse_path), "HOME": str(tmp_path)},
                                log_dir=tmp_path) as app, streamlit_server.nginx([app.port]) as front:
        for visit in ("first", "second"):  # each a new browser: the second one's front end is all cached
            page = new_page(browser)
            front_end = []
            page.on("response", lambda r: front_end.append((r.url, r.headers.get("x-cache-status"),
                                                            r.headers.get("content-encoding")))
                    if "/static/" in r.url else None)
            page.goto(f"{front}/")
            wait_for_app(page, 60_000)
            card = page.locator(".ov-card").first
            card.wait_for(timeout=30_000)
            # the overview's own stylesheet applies (views.cards: a card's border and radius, the value's size)
            assert card.evaluate("e => getComputedStyle(e).borderTopLeftRadius") == "8px"
            assert page.locator(".ov-value").first.evaluate("e => getComputedStyle(e).fontSize") == "30px"
            assert page.get_by_text("Page not found").count() == 0 and page.get_by_role("dialog").count() == 0
            assert front_end, "no front-end file fetched"
            if visit == "second":
                assert {status for _, status, _ in front_end} == {"HIT"}, front_end
                scripts = [enc for url, _, enc in front_end if url.endswith(".js")]
                assert scripts and set(scripts) == {"gzip"}
            page.context.close()

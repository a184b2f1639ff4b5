"""The map in a real browser with every request outside the app blocked: the provinces are drawn
(plotly.js must not need its CDN world map) and nothing leaves 127.0.0.1; a click on a province
opens the history of the value it shows."""
import re
from urllib.parse import urlparse

from playwright.sync_api import expect

from tests.fixtures.browser import wait_for_app


def test_map_draws_its_provinces_offline(served_app, page):
    host = urlparse(served_app).netloc
    outside = []

    def only_the_app(route):
        url = route.request.url
        if url.startswith("data:") or urlparse(url).netloc == host:
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    page.route("**/*", only_the_app)
    page.goto(f"{served_app}/ban-do")
    wait_for_app(page)
    paths = ".js-plotly-plot .choroplethlayer path"
    page.wait_for_function(f"document.querySelectorAll('{paths}').length >= 63", timeout=15_000)
    assert page.locator(paths).count() == 63, "one shape per province of frame 63"
    assert page.get_by_text("Nhiệm vụ KH&CN được quản lý — Năm 2023").first.is_visible()
    legend = page.locator(".js-plotly-plot .legend").first.text_content()
    assert "Chưa có số liệu (62)" in legend
    assert not outside, f"requests left the app: {outside}"


def test_a_click_on_a_province_opens_its_values_history(served_app, page):
    page.goto(f"{served_app}/ban-do")
    wait_for_app(page)
    coloured = page.locator(".js-plotly-plot .choroplethlayer .trace").first.locator("path").first  # Ninh Thuận, 2023
    coloured.wait_for(timeout=15_000)
    coloured.scroll_into_view_if_needed()
    box = coloured.bounding_box()
    # as a person clicks: at the shape, through plotly's own hit test
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(page.get_by_text("Lịch sử của một số liệu: Ninh Thuận · Nhiệm vụ KH&CN được quản lý · Năm 2023")).to_be_visible(
        timeout=30_000)
    expect(page.get_by_text(re.compile("Đang dùng: 32 nhiệm vụ — nạp bởi"))).to_be_visible(timeout=30_000)

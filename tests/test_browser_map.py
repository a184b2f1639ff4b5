"""The map in a real browser with every request outside the app blocked: the provinces are drawn
(plotly.js must not need its CDN world map) and nothing leaves 127.0.0.1."""
from urllib.parse import urlparse

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

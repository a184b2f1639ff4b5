"""What only a real browser shows: the app served, a province picked, the chart drawn."""
import re

from tests.fixtures.browser import wait_for_app


def test_pick_a_province_and_see_the_chart(served_app, page):
    page.goto(f"{served_app}/so-sanh?ind=tasks_managed")
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot .scatterlayer .trace", timeout=30_000)
    assert page.get_by_text("So sánh chỉ tiêu giữa các tỉnh").is_visible()
    assert page.locator("[role=dialog]").count() == 0, "no error dialog"
    province_box = page.locator("[data-testid='stMultiSelect']").filter(has_text="Tỉnh")
    picker = province_box.locator("input")
    picker.click()
    picker.fill("Khánh")  # with its accents, in the picker itself (without: the search box beside it)
    page.get_by_role("option").filter(has_text="Khánh Hòa").first.click()
    page.keyboard.press("Escape")
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot .scatterlayer .trace", timeout=30_000)
    assert "Khánh Hòa" in province_box.inner_text()
    legend = page.locator(".js-plotly-plot .legend").first.text_content()
    assert "Ninh Thuận" in legend
    assert page.get_by_text("Nguồn:").first.is_visible()


def test_a_shared_link_reproduces_its_view(served_app, page):
    page.goto(f"{served_app}/so-sanh?lang=en&ind=tasks_managed&prov=14-63&prov=58-63&chart=bar&years=2019&years=2022")
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot .barlayer .trace", timeout=30_000)
    assert page.get_by_text("Compare an indicator across provinces").is_visible()
    provinces = page.locator("[data-testid='stMultiSelect']").filter(has_text="Provinces").inner_text()
    assert "Son La" in provinces and "Ninh Thuan" in provinces and "Kon Tum" not in provinces
    ticks = page.locator(".js-plotly-plot .xtick").all_text_contents()
    assert ticks and min(ticks) >= "2019" and max(ticks) <= "2022"
    # changing a widget rewrites the link
    page.get_by_text("Small multiples").click()
    # the link is rewritten by the rerun the click starts: wait for it, not for the app to look idle
    page.wait_for_url(re.compile(r"chart=small"), timeout=30_000)
    assert "prov=14-63" in page.url

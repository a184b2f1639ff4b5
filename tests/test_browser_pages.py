"""Every page in a real browser: it renders with no exception shown, draws its chart where it has
one, and on a 390 px phone nothing scrolls sideways."""
import re

import pytest
from playwright.sync_api import expect

from tests.fixtures.browser import new_page, serve, wait_for_app

PLOTLY = ".js-plotly-plot .main-svg"
PAGES = [  # (url path, title shown, what its chart is drawn as, if it has one)
    ("", "Tổng quan", ".ov-card"),
    ("so-sanh", "So sánh chỉ tiêu giữa các tỉnh", PLOTLY),
    ("ho-so-tinh", "Tóm tắt: mọi chỉ tiêu của tỉnh", "[data-testid='stDataFrame']"),  # the summary first
    ("ho-so-tinh?tab=details", "Ninh Thuận", PLOTLY),  # a link naming the details tab: the charts
    ("ban-do", "Bản đồ", PLOTLY),
    ("do-phu", "Độ phủ dữ liệu", None),
    ("du-lieu", "Dữ liệu", None),
    ("trinh-chieu", "Trình chiếu", None),
    ("tai-len", "Tải lên báo cáo", None),
]


@pytest.fixture()
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1, is_mobile=True,
                                  has_touch=True, locale="vi-VN")
    pg = context.new_page()
    yield pg
    context.close()


@pytest.mark.parametrize("path,title,chart", PAGES, ids=[p[0] or "tong-quan" for p in PAGES])
def test_page_renders_on_a_phone(served_app, phone, path, title, chart):
    phone.goto(f"{served_app}/{path}")
    wait_for_app(phone, 60_000)
    if chart:
        phone.wait_for_selector(chart, timeout=30_000)
    assert phone.locator("[data-testid='stException']").count() == 0
    assert phone.get_by_text(title).first.is_visible()
    overflow = phone.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth,"
        " document.querySelector('[data-testid=\"stMain\"]')?.scrollWidth ?? 0]")
    assert overflow[0] <= overflow[1] and overflow[2] <= overflow[1], f"horizontal scroll on /{path}: {overflow}"


def test_a_link_to_a_page_opened_first_on_a_fresh_server_shows_the_page_and_no_error(warehouse_path, tmp_path, browser):
    """A QR code or a shared link to a page, opened by a fresh server's very first visitor: the page,
    without Streamlit's English "Page not found" box over it (the first session was routed by the
    pages/ folder, where "/ban-do" names no file; `python3 -m tools.serve` routes it by st.navigation)."""
    with serve(warehouse_path, tmp_path) as url:
        page = new_page(browser)
        page.goto(f"{url}/ban-do")
        wait_for_app(page, 60_000)
        page.wait_for_selector(PLOTLY, timeout=30_000)
        assert page.get_by_text("Bản đồ chỉ tiêu theo tỉnh").first.is_visible()
        assert page.get_by_text("Page not found").count() == 0
        assert page.get_by_role("dialog").count() == 0
        page.context.close()


def test_the_overviews_merger_view_switch_opens_the_other_view_and_no_error(served_app, browser):
    """The overview's "Theo 34 tỉnh hiện nay" link: the same page in today's 34 provinces, without
    Streamlit's "Page not found" box (the link once named the overview's path, which Streamlit serves
    at the root only); then a card's history link and the province picker's link, the same way."""
    page = new_page(browser)
    page.goto(f"{served_app}/")
    wait_for_app(page, 60_000)
    page.wait_for_selector(".ov-card", timeout=30_000)
    page.get_by_text("Theo 34 tỉnh hiện nay").first.click()
    page.wait_for_url("**view=today**", timeout=30_000)
    wait_for_app(page, 60_000)
    page.wait_for_selector(".ov-card", timeout=30_000)
    assert page.get_by_text("Khánh Hòa (từ 1/7/2025)").first.is_visible()
    assert page.get_by_text("Page not found").count() == 0
    assert page.get_by_role("dialog").count() == 0
    # a card's "Lịch sử số liệu này" link opens that value's history; "Chọn tỉnh khác" the picker
    page.locator("a.ov-hist").first.click()
    page.wait_for_url("**fact=**", timeout=30_000)
    wait_for_app(page, 60_000)
    page.get_by_text("Lịch sử của một số liệu: Khánh Hòa").first.wait_for(timeout=30_000)
    page.get_by_text("Chọn tỉnh khác").first.click()
    page.wait_for_url("**pick=1**", timeout=30_000)
    wait_for_app(page, 60_000)
    page.locator("[data-testid='stMultiSelect']").filter(has_text="Tỉnh").wait_for(timeout=30_000)
    assert page.get_by_text("Page not found").count() == 0
    assert page.get_by_role("dialog").count() == 0
    page.context.close()


def test_the_overviews_own_name_in_a_link_opens_the_overview_keeping_its_choices(served_app, browser):
    """"/tong-quan" — the overview's name, typed from a slide or kept from an old link — opens the
    overview at the root with the link's language and provinces, not Streamlit's English "Page not
    found" box over it (Streamlit serves the default page at the root only)."""
    page = new_page(browser)
    page.goto(f"{served_app}/tong-quan?prov=62-63&lang=en")
    wait_for_app(page, 60_000)
    page.wait_for_selector(".ov-card", timeout=30_000)
    page.wait_for_url(lambda url: "/tong-quan" not in url, timeout=30_000)
    assert "lang=en" in page.url and "prov=62-63" in page.url
    assert page.get_by_text("Page not found").count() == 0
    assert page.get_by_role("dialog").count() == 0
    assert page.locator(".ov-province h3", has_text="Kon Tum").count() == 1
    assert page.locator(".ov-province h3", has_text="Ninh Thuận").count() == 0
    page.context.close()


_HEADING_LOOK = """() => { const h = document.querySelector('h1'); const s = getComputedStyle(h), r = h.getBoundingClientRect();
  return {look: [s.fontFamily, s.fontSize, s.fontWeight, s.lineHeight, s.padding, s.margin, s.color, s.scrollMarginTop],
          box: [r.left, r.top, r.width], text: h.innerText.trim(), id: h.id}; }"""


@pytest.mark.parametrize("width", [1280, 390])
def test_the_overviews_title_inside_its_block_looks_as_st_title_draws_every_other_pages_title(served_app, browser, width):
    """The overview draws its title inside its one HTML block (a message fewer per visitor in a
    conference hall): on a projector and on a phone it must look as st.title draws the other
    pages' titles — same font, size, weight, spacing, colour and place — keep Streamlit's anchor
    id, and show the link to itself on hover."""
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="vi-VN")
    page = context.new_page()
    looks = {}
    for path, name in (("", "Tổng quan các chỉ tiêu chính"), ("so-sanh", "So sánh chỉ tiêu giữa các tỉnh")):
        page.goto(f"{served_app}/{path}")
        wait_for_app(page, 60_000)
        page.get_by_role("heading", name=name, level=1).wait_for(timeout=30_000)
        looks[path] = page.evaluate(_HEADING_LOOK)
        assert looks[path]["text"] == name
    ours, theirs = looks[""], looks["so-sanh"]
    assert ours["look"] == theirs["look"]
    assert ours["box"][:2] == theirs["box"][:2] and abs(ours["box"][2] - theirs["box"][2]) <= 1
    assert ours["id"] == "tong-quan-cac-chi-tieu-chinh"
    page.goto(f"{served_app}/")
    wait_for_app(page, 60_000)
    title = page.locator("h1.ov-title")
    title.hover()
    link = title.locator("a.ov-anchor")
    assert link.is_visible() and link.get_attribute("href") == "#tong-quan-cac-chi-tieu-chinh"
    assert link.bounding_box()["width"] == 16
    context.close()


def test_overview_cards_draw_their_trend_line_on_a_phone(served_app, phone):
    """A card whose value has earlier comparable values says "Xu hướng: …" and draws the line below
    it (an inline <svg> was dropped by st.html's sanitizer: no card showed its line)."""
    phone.goto(f"{served_app}/")
    wait_for_app(phone, 60_000)
    phone.wait_for_selector(".ov-card", timeout=30_000)
    trend_cards = phone.locator(".ov-card", has_text=re.compile(r"Xu hướng: .+ → "))  # "Năm 2021 → Năm 2023"
    assert trend_cards.count() >= 1
    for i in range(trend_cards.count()):
        line = trend_cards.nth(i).locator("img.ov-spark")
        assert line.count() == 1, f"card {i} says 'Xu hướng' but draws no line"
        line.scroll_into_view_if_needed()
        box = line.bounding_box()
        assert box["width"] > 200 and 28 <= box["height"] <= 36
        assert phone.evaluate("(img) => img.complete && img.naturalWidth > 0", line.element_handle())


def test_the_profile_shows_its_summary_and_its_charts_one_click_away(served_app, browser):
    """The profile opens on its summary, no chart sent; a click on the second tab draws each
    indicator's chart, with no error, and puts the tab in the address (a link to share)."""
    page = new_page(browser)
    page.goto(f"{served_app}/ho-so-tinh")
    wait_for_app(page, 60_000)
    expect(page.get_by_text("Tóm tắt: mọi chỉ tiêu của tỉnh").first).to_be_visible(timeout=30_000)
    expect(page.get_by_test_id("stDataFrame").first).to_be_visible(timeout=30_000)
    assert page.locator(PLOTLY).count() == 0
    page.get_by_role("tab", name="Biểu đồ và chi tiết từng chỉ tiêu").click()
    page.wait_for_url("**tab=details**", timeout=30_000)
    page.wait_for_selector(PLOTLY, timeout=30_000)
    expect(page.get_by_role("heading", name="Nhiệm vụ KH&CN được quản lý").first).to_be_visible(timeout=30_000)
    assert page.locator("[data-testid='stException']").count() == 0
    page.context.close()


@pytest.mark.parametrize("path,label,shown", [
    ("so-sanh", "Bảng số liệu trên biểu đồ", "[data-testid='stDataFrame']"),
    ("ho-so-tinh?tab=details", "Về các số liệu này", "text=Đơn vị"),
    ("do-phu", "Về dữ liệu này", "text=Nguồn: các báo cáo"),
    ("ban-do", "Về chỉ tiêu này", "text=Ranh giới tỉnh"),  # speed41: the map's note drawn when opened
    ("du-lieu", "Lịch sử của một số liệu", "[data-testid='stSelectbox']"),  # speed41: the fact picker
    ("du-lieu", "Lọc thêm", "[data-testid='stSlider']"),  # speed42: the years, kinds, statuses and sources
])
def test_a_closed_expander_shows_its_content_when_opened(served_app, browser, path, label, shown):
    """The compare page's numbers drawn, the profile's notes on each indicator and the coverage
    page's note on its data are drawn only while their expander is open (views.ui.drawn_when_open):
    a click on the label shows them, with no error, as when they were sent closed in every run."""
    page = new_page(browser)
    page.goto(f"{served_app}/{path}")
    wait_for_app(page, 60_000)
    box = page.get_by_test_id("stExpander").filter(has_text=label).first
    box.scroll_into_view_if_needed()
    box.locator("summary").click()
    expect(box.locator(shown).first).to_be_visible(timeout=30_000)
    assert page.locator("[data-testid='stException']").count() == 0
    page.context.close()


def test_a_pages_title_block_switches_language_and_view_keeping_its_choices(served_app, browser):
    """The analysis pages' title block (views.ui.page_header): "English" and "Theo 34 tỉnh hiện nay"
    are links to the same page (not the overview) at its address, so the provinces chosen stay, and
    the page comes back in the other language or view; no "Page not found", no error."""
    page = new_page(browser)
    page.goto(f"{served_app}/so-sanh?prov=14-63&prov=58-63")
    wait_for_app(page, 60_000)
    page.wait_for_selector(PLOTLY, timeout=30_000)
    page.locator("a.ov-lang-other").first.click()
    page.wait_for_url(re.compile(r".*/so-sanh\?prov=14-63&prov=58-63.*lang=en"), timeout=30_000)
    wait_for_app(page, 60_000)
    page.wait_for_selector(PLOTLY, timeout=30_000)
    expect(page.get_by_text("Compare an indicator across provinces").first).to_be_visible(timeout=30_000)
    page.locator("a.ov-view-other").first.click()
    page.wait_for_url(re.compile(r".*/so-sanh\?.*lang=en.*view=today"), timeout=30_000)
    wait_for_app(page, 60_000)
    page.wait_for_selector(PLOTLY, timeout=30_000)
    expect(page.get_by_text("Today's 34 provinces").first).to_be_visible(timeout=30_000)
    assert page.get_by_text("Page not found").count() == 0
    assert page.locator("[data-testid='stException']").count() == 0
    page.context.close()


@pytest.mark.parametrize("path", ["so-sanh", "du-lieu"])
def test_a_pickers_chosen_names_are_readable_on_a_phone(served_app, phone, path):
    # a picker and its search box share a row; on a phone the picker takes the whole line and the box wraps under it
    # (side by side the picker shrank to ~140 px and "Ninh Thuận" showed as "Ni…")
    phone.goto(f"{served_app}/{path}")
    wait_for_app(phone, 60_000)
    # the pickers' row drawn whole (its search box the row's last element) before it is measured
    phone.wait_for_selector("[data-testid='stMain'] [data-testid='stHorizontalBlock'] [data-testid='stTextInput']",
                            timeout=30_000)
    rows = phone.evaluate("""() => {
        const main = document.querySelector('[data-testid="stMainBlockContainer"]').getBoundingClientRect();
        const pad = parseFloat(getComputedStyle(document.querySelector('[data-testid="stMainBlockContainer"]')).paddingLeft) * 2;
        return [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stHorizontalBlock"]')]
          .filter(row => row.querySelector('[data-testid="stTextInput"]'))
          .map(row => {
            const picker = row.querySelector('[data-testid="stMultiSelect"], [data-testid="stSelectbox"]').getBoundingClientRect();
            const box = row.querySelector('[data-testid="stTextInput"]').getBoundingClientRect();
            return {picker: picker.width, content: main.width - pad, below: box.top >= picker.bottom};
          });
    }""")
    assert rows, f"no picker with its search box on /{path}"
    for row in rows:
        assert row["picker"] >= 0.9 * row["content"] and row["below"], f"/{path}: {row}"

"""The presentation in a real browser: a shared deck link opens on slide 1 and the keyboard advances it."""
from playwright.sync_api import expect

from views import decks
from tests.fixtures.browser import wait_for_app

DECK = decks.encode([
    decks.Slide("tasks_managed", (("58", "63"), ("14", "63")), (2016, 2025), "line"),
    decks.Slide("ocop_products", (("58", "63"), ("14", "63"), ("60", "63")), (2018, 2025), "bar"),
])


def _close_page_not_found(page):
    # NOTE: Streamlit (issue #9992) shows a "Page not found" dialog over the right page on the first
    # visit to a non-default page after the server starts; it leaves the page inert until closed.
    dialog = page.get_by_role("dialog").filter(has_text="Page not found")
    if dialog.count():
        page.keyboard.press("Escape")
        expect(dialog).to_have_count(0)


def test_a_deck_link_opens_on_slide_one_and_the_keyboard_advances_it(served_app, page):
    page.goto(f"{served_app}/trinh-chieu?deck={DECK}")
    wait_for_app(page)
    _close_page_not_found(page)
    title = page.locator(".st-key-slide h1")
    expect(title).to_have_text("Nhiệm vụ KH&CN được quản lý")
    assert float(title.evaluate("h => getComputedStyle(h).fontSize").removesuffix("px")) >= 36
    expect(page.locator("[data-testid='stSidebar']")).to_be_hidden()  # full screen: no chrome
    expect(page.locator(".slide-source")).to_contain_text("Nguồn:")
    expect(page.locator(".st-key-slide img").first).to_be_visible()  # the QR code

    page.keyboard.press("ArrowRight")  # what a presentation clicker or the presenter sends
    expect(title).to_have_text("Sản phẩm OCOP được công nhận", timeout=20_000)
    page.wait_for_selector(".js-plotly-plot .barlayer .trace", timeout=20_000)
    assert "slide=2" in page.url
    tick = page.locator(".js-plotly-plot .xtick text").first
    assert float(tick.evaluate("t => getComputedStyle(t).fontSize").removesuffix("px")) >= 18
    expect(page.locator(".slide-link")).to_contain_text("slide=2")

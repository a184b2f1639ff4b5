"""Downloads in a real browser: the Data page's CSV (UTF-8 with BOM, exactly the rows on screen)
and a chart's PNG from plotly's own "Download plot as a png" button."""
import csv
import io
import re

from playwright.sync_api import expect

from tests.fixtures.browser import wait_for_app


def test_csv_and_png_downloads_arrive(served_app, page):
    page.goto(f"{served_app}/du-lieu?prov=14-63&kind=range")
    wait_for_app(page)
    count = page.get_by_text(re.compile(r"^\d+ số liệu \(trên tổng số \d+\)$"))
    shown = int(count.inner_text().split()[0])
    assert shown > 0
    # the buttons sit in a popover beside the count, drawn when it is opened (speed45)
    page.get_by_role("button", name="⬇ Tải về (CSV, Excel)").click()
    csv_button = page.get_by_role("button", name="⬇ Tải CSV")
    csv_button.wait_for(timeout=30_000)
    expect(page.get_by_text(f"Tệp tải về chứa đúng {shown} dòng đang hiển thị", exact=False)).to_be_visible()
    with page.expect_download(timeout=15_000) as info:
        csv_button.click()
    data = open(info.value.path(), "rb").read()
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == shown
    assert {r["Tỉnh"] for r in rows} == {"Sơn La"} and {r["Mã kỳ"].count("/") for r in rows} == {1}

    page.goto(f"{served_app}/ho-so-tinh?prov=14-63&tab=details")  # the charts' tab
    chart = page.locator(".js-plotly-plot").first
    chart.wait_for(timeout=30_000)
    chart.hover()
    with page.expect_download(timeout=15_000) as info:
        chart.locator(".modebar-btn[data-title='Download plot as a PNG']").click()
    png = open(info.value.path(), "rb").read()
    assert png.startswith(b"\x89PNG") and len(png) > 10_000
    assert re.fullmatch(r"[a-z0-9_]+-14-63\.png", info.value.suggested_filename)  # indicator-province

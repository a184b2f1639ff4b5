"""In a real browser: a report with a row the matcher is unsure of shows the suggestion on its
row; confirming it re-reads the file (the fact is in the preview count), the load puts it on
the Compare page, and a second report with the same label is taken without asking."""
import re

from playwright.sync_api import expect

from tests.conftest import UPLOAD_KEY, wait_for_app
from tests.fixtures.labels.workbooks import classic_report

LABEL = "Số sản phẩm được đánh giá, xếp hạng OCOP"   # close to "Sản phẩm OCOP được công nhận", not certain


def _open_upload_page(page, url):
    page.goto(f"{url}/tai-len")
    wait_for_app(page)
    page.get_by_label("Khóa tải lên").fill(UPLOAD_KEY)
    page.get_by_label("Khóa tải lên").press("Enter")
    wait_for_app(page)


def test_confirm_a_suggested_row_then_the_same_label_is_taken_without_asking(served_app, page, tmp_path):
    first = tmp_path / "kontum-2019-ocop.xlsx"
    first.write_bytes(classic_report([(LABEL, 987)], province="Kon Tum", year=2019))
    _open_upload_page(page, served_app)
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(first))
    # asked on its row, nothing taken yet
    expect(page.get_by_text(re.compile(r"Cần xác nhận chỉ tiêu \(1 dòng\)"))).to_be_visible(timeout=30_000)
    expect(page.get_by_text(re.compile(r"Dòng 10 · ‘Số sản phẩm được đánh giá, xếp hạng OCOP’ → "
                                       r"Sản phẩm OCOP được công nhận · độ tin cậy 0,\d\d"))).to_be_visible()
    expect(page.get_by_text(re.compile("kontum-2019-ocop.xlsx: bị từ chối"))).to_be_visible()
    page.get_by_role("button", name="Xác nhận", exact=True).click()
    wait_for_app(page)
    # confirmed: the file is read again and the row's fact is in the preview count
    expect(page.get_by_text(re.compile("Đã ghi nhớ"))).to_be_visible(timeout=30_000)
    expect(page.get_by_text("kontum-2019-ocop.xlsx: hợp lệ — 1 số liệu")).to_be_visible(timeout=30_000)
    assert page.get_by_text(re.compile("Cần xác nhận chỉ tiêu")).count() == 0
    page.get_by_role("button", name=re.compile("Xác nhận nạp")).click()
    expect(page.get_by_text(re.compile("đã nạp 1 số liệu"))).to_be_visible(timeout=30_000)
    # the learned label is listed for the administrator
    expect(page.get_by_text("Nhãn đã học (quản trị)")).to_be_visible()

    # on the Compare page, Kon Tum's 2019 value is drawn
    page.goto(f"{served_app}/so-sanh?ind=ocop_products&prov=62-63&chart=bar")
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot .barlayer .trace", timeout=30_000)
    drawn = " ".join(page.locator(".js-plotly-plot").first.all_text_contents())
    assert "kontum-2019-ocop.xlsx, trang tính BC 2019, ô D10" in drawn, drawn[:500]
    # the numbers drawn (the expander's CSV, exactly what the grid shows) hold the value
    page.get_by_text(re.compile("^Bảng số liệu trên biểu đồ")).first.click()
    with page.expect_download(timeout=30_000) as dl:
        page.get_by_role("button", name="⬇ Tải bảng (CSV)").first.click()
    drawn_csv = open(dl.value.path(), encoding="utf-8-sig").read()
    assert "Kon Tum" in drawn_csv and "987" in drawn_csv, drawn_csv

    # a second report with the same label: taken at once
    second = tmp_path / "kontum-2018-ocop.xlsx"
    second.write_bytes(classic_report([(LABEL, 654)], province="Kon Tum", year=2018))
    _open_upload_page(page, served_app)
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(second))
    expect(page.get_by_text("kontum-2018-ocop.xlsx: hợp lệ — 1 số liệu")).to_be_visible(timeout=30_000)
    assert page.get_by_text(re.compile("Cần xác nhận chỉ tiêu")).count() == 0

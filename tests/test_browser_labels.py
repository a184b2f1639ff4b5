"""In a real browser, on an app of its own with accounts: an editor uploads a report with a row the
matcher is unsure of and sees the suggestion on its row; confirming it re-reads the file (the fact
is in the preview count); the draft is submitted, a reviewer approves it (and the learned label),
and the figure is on the public Compare page; the editor's second report with the same label is
taken without asking."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from metrics import accounts
from tests.fixtures.accounts import TEST_PASSWORD as PASSWORD
from tests.fixtures.browser import serve
from tests.fixtures.browser import login, login_again_if_asked, new_page
from tests.fixtures.browser import wait_while_busy as wait_for_app
from tests.fixtures.labels.workbooks import classic_report

expect.set_options(timeout=30_000)  # a shared 2-core machine: Streamlit reruns can take seconds

LABEL = "Số sản phẩm được đánh giá, xếp hạng OCOP"   # close to "Sản phẩm OCOP được công nhận", not certain
COMPARE = "/so-sanh?ind=ocop_products&prov=62-63&chart=bar"   # Kon Tum (frame 63), now part of Quảng Ngãi


@pytest.fixture(scope="module")
def labels_app(tmp_path_factory, browser):
    from etl import build

    folder = tmp_path_factory.mktemp("labels_install")
    db = folder / "w.duckdb"
    build.build(db)
    accounts.add("qn-editor", "editor", PASSWORD, ("51",), actor="test", db=db)      # Quảng Ngãi (34)
    accounts.add("qn-reviewer", "reviewer", PASSWORD, ("51",), actor="test", db=db)
    with serve(db, folder) as url:
        yield url, db


_DRAWN = ("Array.from(document.querySelectorAll('.js-plotly-plot')).flatMap(p => (p._fullData || p.data || [])"
          ".flatMap(t => [...Array.from(t.y || []), ...Array.from(t.x || [])]))")





def _upload(page, path):
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(path))


def test_confirm_a_suggested_row_then_publish_and_the_same_label_is_taken_without_asking(labels_app, browser, tmp_path):
    url, db = labels_app
    first = tmp_path / "kontum-2019-ocop.xlsx"
    first.write_bytes(classic_report([(LABEL, 987)], province="Kon Tum", year=2019))
    editor = new_page(browser)
    editor.goto(f"{url}/tai-len")
    wait_for_app(editor)
    login(editor, "qn-editor")
    _upload(editor, first)
    # asked on its row, nothing taken yet (the file has no other fact, so it cannot be saved)
    expect(editor.get_by_text(re.compile(r"Cần xác nhận chỉ tiêu \(1 dòng\)"))).to_be_visible(timeout=60_000)
    expect(editor.get_by_text(re.compile(r"Dòng 10 · ‘Số sản phẩm được đánh giá, xếp hạng OCOP’ → "
                                         r"Sản phẩm OCOP được công nhận · độ tin cậy 0,\d\d"))).to_be_visible()
    expect(editor.get_by_text(re.compile("kontum-2019-ocop.xlsx: bị từ chối"))).to_be_visible()
    assert not editor.get_by_role("button", name=re.compile("thành bản nháp")).count()
    editor.get_by_role("button", name="Xác nhận", exact=True).click()
    wait_for_app(editor)
    # confirmed: the file is read again and the row's fact is in the preview count
    expect(editor.get_by_text(re.compile("Đã ghi nhớ: .* áp dụng ngay cho tỉnh của bạn"))).to_be_visible(timeout=60_000)
    expect(editor.get_by_text("kontum-2019-ocop.xlsx: hợp lệ — 1 số liệu")).to_be_visible(timeout=60_000)
    assert editor.get_by_text(re.compile("Cần xác nhận chỉ tiêu")).count() == 0
    editor.get_by_role("button", name=re.compile("thành bản nháp")).click()
    expect(editor.get_by_text(re.compile("đã lưu bản nháp"))).to_be_visible(timeout=60_000)
    editor.get_by_role("button", name="Gửi duyệt").click()
    wait_for_app(editor)
    expect(editor.get_by_text("chờ duyệt").first).to_be_visible(timeout=60_000)

    # a reviewer of the province approves the draft, and the label for every province
    reviewer = new_page(browser)
    reviewer.goto(f"{url}/duyet")
    wait_for_app(reviewer)
    login(reviewer, "qn-reviewer")
    expect(reviewer.get_by_text(re.compile("kontum-2019-ocop.xlsx .* 1 số liệu: 1 mới"))).to_be_visible(timeout=60_000)
    reviewer.get_by_role("button", name="Phê duyệt và công bố").click()
    expect(reviewer.get_by_text(re.compile("đã phê duyệt"))).to_be_visible(timeout=60_000)
    expect(reviewer.get_by_text("Nhãn đã học", exact=True)).to_be_visible()
    expect(reviewer.get_by_text(re.compile("chờ duyệt \\(chỉ tỉnh 51\\)")).first).to_be_attached()
    reviewer.get_by_role("button", name="Duyệt", exact=True).click()
    expect(reviewer.get_by_text(re.compile("Đã duyệt nhãn ‘Số sản phẩm được đánh giá, xếp hạng OCOP’"))).to_be_visible(timeout=60_000)

    # on the public Compare page, Kon Tum's 2019 value is drawn
    visitor = new_page(browser)
    visitor.goto(f"{url}{COMPARE}")
    wait_for_app(visitor)
    visitor.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    try:  # the numbers plotly was given (bars may be drawn either way: x and y)
        visitor.wait_for_function(f"() => {_DRAWN}.includes(987)", timeout=60_000)
    except Exception:
        visitor.screenshot(path=str(tmp_path / "compare.png"), full_page=True)
        drawn = visitor.evaluate("() => " + _DRAWN)
        raise AssertionError(f"987 not drawn: {drawn}; screenshot {tmp_path / 'compare.png'}")

    # the editor's next report with the same label: taken at once, nothing asked
    second = tmp_path / "kontum-2018-ocop.xlsx"
    second.write_bytes(classic_report([(LABEL, 654)], province="Kon Tum", year=2018))
    editor.reload()
    wait_for_app(editor)
    login_again_if_asked(editor, "qn-editor")  # a reload starts a new Streamlit session
    _upload(editor, second)
    expect(editor.get_by_text("kontum-2018-ocop.xlsx: hợp lệ — 1 số liệu")).to_be_visible(timeout=60_000)
    assert editor.get_by_text(re.compile("Cần xác nhận chỉ tiêu")).count() == 0


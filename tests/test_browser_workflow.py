"""The reporting workflow in a real browser, on an app of its own (a fresh install): the
create-admin instruction; an editor logs in, uploads a draft and submits it; the public Compare
page does not show it; a reviewer logs in, sees the difference list and approves; the public page
shows the figure; a second upload for the locked period is refused. A reload keeps a local login
(its signed session cookie) until logout or until the account is disabled."""
from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

expect.set_options(timeout=90_000)  # a shared 2-core machine: Streamlit reruns can take seconds

from metrics import accounts
from tests.fixtures.accounts import TEST_PASSWORD
from tests.fixtures.browser import serve
from tests.fixtures.browser import login, login_again_if_asked
from tests.fixtures.browser import wait_while_busy as wait_for_app
from tests.fixtures.workbooks import filled_template

# Kon Tum, a province that went to Quảng Ngãi; TFP's share has public figures (Ninh Thuận's) but none of
# Kon Tum's. (It was the S&T budget until mend27a took the one curated budget row out — a recurrent
# line, not the whole budget: with no public figure at all the page offers another indicator.)
COMPARE = "/so-sanh?ind=tfp_contribution&prov=62-63"


@pytest.fixture(scope="module")
def fresh_app(tmp_path_factory, browser):
    from etl import build

    folder = tmp_path_factory.mktemp("fresh_install")
    db = folder / "w.duckdb"
    build.build(db)
    with serve(db, folder) as url:
        yield url, db




def plotted_values(page) -> list:
    """Every y value drawn by the page's plotly charts (empty when nothing is drawn)."""
    return page.evaluate("() => Array.from(document.querySelectorAll('.js-plotly-plot'))"
                         ".flatMap(p => (p.data || []).flatMap(t => Array.from(t.y || [])))")


def test_fresh_install_then_draft_submit_approve_publish_and_lock(fresh_app, browser, tmp_path):
    url, db = fresh_app
    visitor = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN").new_page()
    visitor.goto(f"{url}/tai-len")
    wait_for_app(visitor)
    expect(visitor.get_by_text("Chưa có tài khoản nào")).to_be_visible()
    expect(visitor.get_by_text("python -m etl.accounts add TÊN --role admin")).to_be_visible()

    # the operator creates the accounts on the server (the command line's functions)
    accounts.add("qn-editor", "editor", TEST_PASSWORD, ("51",), actor="test", db=db)    # Quảng Ngãi (34)
    accounts.add("qn-reviewer", "reviewer", TEST_PASSWORD, ("51",), actor="test", db=db)

    editor = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN").new_page()
    editor.goto(f"{url}/tai-len")
    wait_for_app(editor)
    login(editor, "qn-editor")
    first = tmp_path / "kontum-2024.xlsx"
    first.write_bytes(filled_template("Kon Tum", 2024, {"tfp_contribution": 12.5}))
    editor.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(first))
    # the first upload starts the worker server (etl.sandbox): seconds alone, over a minute at load 30 (the
    # standalone check of 6 December failed here at 30 s)
    expect(editor.get_by_text("kontum-2024.xlsx: hợp lệ — 1 số liệu")).to_be_visible(timeout=90_000)
    editor.get_by_role("button", name=re.compile("thành bản nháp")).click()
    expect(editor.get_by_text(re.compile("đã lưu bản nháp"))).to_be_visible(timeout=90_000)
    editor.get_by_role("button", name="Gửi duyệt").click()
    wait_for_app(editor)
    expect(editor.get_by_text("chờ duyệt").first).to_be_visible(timeout=90_000)

    # the public Compare page does not show the submission
    visitor.goto(f"{url}{COMPARE}")
    wait_for_app(visitor)
    expect(visitor.get_by_text("So sánh chỉ tiêu giữa các tỉnh")).to_be_visible()
    expect(visitor.get_by_text("Chưa có số liệu cho lựa chọn này.")).to_be_visible()  # Kon Tum has none public
    assert 12.5 not in plotted_values(visitor)

    reviewer = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN").new_page()
    reviewer.goto(f"{url}/duyet")
    wait_for_app(reviewer)
    login(reviewer, "qn-reviewer")
    expect(reviewer.get_by_text(re.compile("kontum-2024.xlsx .* 1 số liệu: 1 mới, 0 thay đổi, 0 không đổi"))).to_be_visible()
    expect(reviewer.locator("[data-testid='stDataFrame']").first).to_be_visible()  # the difference list
    reviewer.get_by_role("button", name="Phê duyệt và công bố").click()
    expect(reviewer.get_by_text(re.compile("đã phê duyệt"))).to_be_visible(timeout=90_000)

    visitor.goto(f"{url}{COMPARE}")
    wait_for_app(visitor)
    visitor.wait_for_selector(".js-plotly-plot .main-svg", timeout=90_000)
    assert 12.5 in plotted_values(visitor)
    # one click on the point shows that value's history: who loaded it, who approved it
    box = visitor.locator(".js-plotly-plot .scatterlayer .trace .points path").first.bounding_box()
    visitor.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # as a person clicks: through plotly's hit test
    wait_for_app(visitor)
    expect(visitor.get_by_text(re.compile("Lịch sử của một số liệu: Kon Tum"))).to_be_visible(timeout=90_000)
    expect(visitor.get_by_text(re.compile(r"Đang dùng: 12,5\s*% .* nạp bởi qn-editor .* duyệt bởi qn-reviewer"))).to_be_visible()

    # a second upload for the locked province-period is refused, saying why
    second = tmp_path / "kontum-2024-sua.xlsx"
    second.write_bytes(filled_template("Kon Tum", 2024, {"tfp_contribution": 13.0}))
    editor.reload()
    wait_for_app(editor)
    login_again_if_asked(editor, "qn-editor")  # a reload starts a new Streamlit session
    editor.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(str(second))
    expect(editor.get_by_text(re.compile("kontum-2024-sua.xlsx: bị từ chối toàn bộ"))).to_be_visible(timeout=90_000)
    expect(editor.get_by_text(re.compile("đã được phê duyệt và khóa")).first).to_be_attached()
    assert not editor.get_by_role("button", name=re.compile("thành bản nháp")).count()



def test_a_reload_keeps_a_local_login_until_logout_or_the_account_is_disabled(fresh_app, browser):
    url, db = fresh_app
    accounts.add("kh-reload", "editor", TEST_PASSWORD, ("56",), actor="test", db=db)
    page = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN").new_page()
    page.goto(f"{url}/tai-len")
    wait_for_app(page)
    login(page, "kh-reload")
    logout = page.get_by_role("button", name="Đăng xuất")
    expect(logout).to_be_visible()
    page.wait_for_function("document.cookie.includes('st_dashboard_session=')")
    [cookie] = [c for c in page.context.cookies() if c["name"] == "st_dashboard_session"]
    assert cookie["sameSite"] == "Strict" and cookie["path"] == "/"
    assert "kh-reload" not in cookie["value"] and TEST_PASSWORD not in cookie["value"]
    assert 0 < cookie["expires"] - time.time() <= accounts.SESSION_MAX_HOURS * 3600

    page.reload()  # a new Streamlit session: the cookie carries the login over
    wait_for_app(page)
    expect(page.get_by_role("button", name="Đăng xuất")).to_be_visible()
    expect(page.locator("[data-testid='stFileUploader']")).to_be_visible()
    assert not page.get_by_label("Tên đăng nhập").count()

    page.get_by_role("button", name="Đăng xuất").click()
    expect(page.get_by_label("Tên đăng nhập")).to_be_visible()
    page.wait_for_function("!document.cookie.includes('st_dashboard_session=')")
    page.context.add_cookies([{**cookie}])  # a copy of the token kept from before the logout opens nothing
    page.reload()
    wait_for_app(page)
    expect(page.get_by_label("Tên đăng nhập")).to_be_visible()

    login(page, "kh-reload")
    expect(page.get_by_role("button", name="Đăng xuất")).to_be_visible()
    page.wait_for_function("document.cookie.includes('st_dashboard_session=')")
    accounts.set_disabled("kh-reload", actor="test", db=db)  # the operator disables the account
    page.reload()
    wait_for_app(page)
    expect(page.get_by_label("Tên đăng nhập")).to_be_visible()
    assert not page.locator("[data-testid='stFileUploader']").count()

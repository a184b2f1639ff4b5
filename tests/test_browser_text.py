"""Figures from narrative text in a real browser, on an app of its own: an editor logs in on
Số liệu từ văn bản, pastes a paragraph, sees the candidates with their quotes (the number
highlighted), ticks two and saves them as a draft, submits it; a reviewer approves; the province
profile then shows both indicators with the quote and the pasted document as their source."""
from __future__ import annotations

import re

import duckdb
import pytest
from playwright.sync_api import expect

expect.set_options(timeout=30_000)  # a shared 2-core machine: Streamlit reruns can take seconds

from tests.fixtures.accounts import add_account
from tests.fixtures.browser import serve
from tests.fixtures.browser import BUSY_TIMEOUT, login, new_page
from tests.fixtures.browser import wait_while_busy as wait_for_app

PARAGRAPH = ("Dữ liệu kiểm thử. Năm 2019, Sở Khoa học và Công nghệ tỉnh Lâm Đồng đã tổ chức nghiệm thu 17 nhiệm vụ "
             "KH&CN cấp tỉnh; 6 nhiệm vụ KH&CN cấp quốc gia được nghiệm thu; tổ chức 3 lớp tập huấn.")
NAMES = ("Nhiệm vụ KH&CN cấp tỉnh được nghiệm thu", "Nhiệm vụ KH&CN cấp quốc gia được nghiệm thu")


@pytest.fixture(scope="module")
def text_app(tmp_path_factory, browser):
    from etl import build

    folder = tmp_path_factory.mktemp("text_app")
    db = folder / "w.duckdb"
    build.build(db)
    add_account(db, "ld-editor", "editor", ("68",))     # Lâm Đồng
    add_account(db, "ld-reviewer", "reviewer", ("68",))
    with serve(db, folder) as url:
        yield url, db





def test_paste_a_paragraph_tick_two_save_approve_and_find_them_on_the_profile(text_app, browser):
    url, db = text_app
    editor = new_page(browser)
    editor.goto(f"{url}/van-ban")
    wait_for_app(editor)
    login(editor, "ld-editor")
    box = editor.get_by_label("Dán văn bản")
    box.fill(PARAGRAPH)
    box.press("Control+Enter")
    wait_for_app(editor)
    expect(editor.get_by_text("2 số liệu đề xuất")).to_be_visible()
    # each candidate with its quote, the number highlighted
    expect(editor.locator("mark", has_text="17")).to_be_visible()
    expect(editor.locator("blockquote", has_text="6 nhiệm vụ KH&CN cấp quốc gia được nghiệm thu")).to_be_visible()
    for n, name in enumerate(NAMES, 1):
        editor.locator("[data-testid='stCheckbox']").filter(has_text=name).locator("label").click()
        # the condition, not idleness: each ticked fact's period and province drawn under it
        expect(editor.get_by_label(re.compile(r"^Kỳ \(ví dụ"))).to_have_count(n)
        wait_for_app(editor)
    for period in editor.get_by_label(re.compile(r"^Kỳ \(ví dụ")).all():
        expect(period).to_have_value("2019")
    editor.get_by_role("button", name=re.compile("Lưu 2 số liệu đã chọn")).click()
    saved = editor.get_by_text(re.compile("đã lưu bản nháp 2 số liệu"))
    refused = editor.get_by_text(re.compile("không nạp, không ghi gì"))
    expect(saved.or_(refused).first).to_be_visible()
    # a refusal names its problems in a table: shown in the failure, not only "not visible"
    assert not refused.count(), editor.locator("[data-testid='stMain']").inner_text()
    expect(saved).to_be_visible()

    # submitted, like an uploaded report, from the editor's list of reports
    editor.get_by_role("link", name=re.compile("Báo cáo của tỉnh")).click()
    # the condition: the upload page's URL (on a loaded machine the old page is still drawn for a while)
    editor.wait_for_url(re.compile(r"/tai-len"), timeout=BUSY_TIMEOUT)
    wait_for_app(editor)
    # the list of reports is drawn (the condition): on a loaded machine the text page's own lines
    # naming the file were still on screen beside it
    expect(editor.get_by_role("button", name="Gửi duyệt")).to_be_visible()
    expect(editor.get_by_text(re.compile("văn bản dán vào.txt")).first).to_be_visible()
    editor.get_by_role("button", name="Gửi duyệt").click()
    wait_for_app(editor)
    expect(editor.get_by_text("chờ duyệt").first).to_be_visible()

    reviewer = new_page(browser)
    reviewer.goto(f"{url}/duyet")
    wait_for_app(reviewer)
    login(reviewer, "ld-reviewer")
    expect(reviewer.get_by_text(re.compile(r"văn bản dán vào\.txt .* 2 số liệu: 2 mới"))).to_be_visible()
    reviewer.get_by_role("button", name="Phê duyệt và công bố").click()
    expect(reviewer.get_by_text(re.compile("đã phê duyệt"))).to_be_visible()

    # the province profile: both indicators, their source the pasted document, and the quote
    visitor = new_page(browser)
    visitor.goto(f"{url}/ho-so-tinh?prov=68-63&group=I&tab=details")  # their group: I. S&T tasks, in full
    wait_for_app(visitor)
    for name in NAMES:
        expect(visitor.get_by_role("heading", name=name)).to_be_attached()
    with duckdb.connect(str(db), read_only=True) as con:
        shown = con.execute("SELECT indicator, value, quote, source FROM facts WHERE province_code = '68' "
                            "AND frame = '63' AND period = '2019' AND indicator LIKE 'tasks_accepted_%' "
                            "ORDER BY value").fetchall()
    assert [(i, v) for i, v, _, _ in shown] == [("tasks_accepted_national", 6), ("tasks_accepted_provincial", 17)]
    assert shown[0][2] == "6 nhiệm vụ KH&CN cấp quốc gia được nghiệm thu"
    assert shown[1][2].startswith("Năm 2019, Sở Khoa học và Công nghệ tỉnh Lâm Đồng đã tổ chức nghiệm thu 17")
    assert all("văn bản dán vào" in src for *_, src in shown)
    # on screen: the quote in the indicator's table (the grid draws the rows in view)
    national = visitor.get_by_role("heading", name=NAMES[1])
    national.scroll_into_view_if_needed()
    grid = visitor.locator("[data-testid='stDataFrame']").filter(
        has=visitor.get_by_text("6 nhiệm vụ KH&CN cấp quốc gia được nghiệm thu"))
    expect(grid.first).to_be_attached()


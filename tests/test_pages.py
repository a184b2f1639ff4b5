"""The served pages, through Streamlit's AppTest (no browser): what a user sees and can do."""
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.test_ingest_load import filled_template

ROOT = Path(__file__).resolve().parent.parent


WIDGET_KINDS = ("selectbox", "radio", "multiselect", "text_input", "slider", "select_slider", "toggle",
                "checkbox", "number_input", "segmented_control", "pills")


def set_widget(at, key, value):
    """Set a widget by its key (the URL sync of bind="query-params" itself needs a browser)."""
    for kind in WIDGET_KINDS:
        for k in (f"_url_widget_{key}", key):  # widgets kept in the URL by views.ui.url_select
            try:
                widget = getattr(at, kind)(key=k)
            except (KeyError, AttributeError):
                continue
            widget.set_value(value)
            return
    raise KeyError(key)


def app(db, monkeypatch, page="pages/compare.py", **widgets):
    """The app on `page`, with widgets (by key) set as a shared link would set them."""
    monkeypatch.setenv("ST_DASHBOARD_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    for k, v in widgets.items():
        set_widget(at, k, v)
    if widgets:
        at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def chart_spec(at, i=0):
    return json.loads(at.get("plotly_chart")[i].proto.spec)


def test_compare_page_defaults_to_vietnamese_with_sources(warehouse_path, monkeypatch):
    at = app(warehouse_path, monkeypatch)
    assert at.title[0].value == "So sánh chỉ tiêu giữa các tỉnh"
    assert at.get("plotly_chart"), "a chart is drawn"
    captions = " ".join(c.value for c in at.caption)
    assert "Nguồn:" in captions


def test_compare_shows_ninh_thuan_2021_figures(warehouse_path, monkeypatch):
    at = app(warehouse_path, monkeypatch, ind=["tasks_managed"])
    spec = chart_spec(at)
    names = [tr.get("name", "") for tr in spec["data"]]
    assert any("Ninh Thuận" in n for n in names)
    hover = json.dumps(spec["data"], ensure_ascii=False)
    assert "Năm 2021" in hover and "36 nhiệm vụ" in hover


def test_multi_year_value_is_shown_as_its_period(warehouse_path, monkeypatch):
    at = app(warehouse_path, monkeypatch, ind=["tfp_contribution"])
    texts = " ".join(str(i.value) for i in at.info)
    assert "Không có số liệu theo năm" in texts
    table = at.dataframe[0].value
    row = table[table["Tỉnh"] == "Ninh Thuận"].iloc[0]
    assert row["Kỳ"] == "Giai đoạn 2020–2023" and row["Giá trị"] == "33\u00a0%"
    spec = json.dumps(chart_spec(at), ensure_ascii=False)
    assert "Giai đoạn 2020–2023" in spec  # drawn as a span over 2020–2023, not as a year


def test_english_switch(warehouse_path, monkeypatch):
    at = app(warehouse_path, monkeypatch, lang="en")
    assert at.title[0].value == "Compare an indicator across provinces"


def upload_page(db, monkeypatch):
    """The upload page with an administrator logged in (accounts: tests/test_pages_accounts.py)."""
    from metrics import accounts

    monkeypatch.setenv("ST_DASHBOARD_DB", str(db))
    monkeypatch.setattr(accounts, "sleep", lambda s: None)
    accounts.add("admin", "admin", "mat-khau-kiem-thu-01", (), actor="test", db=db)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/upload.py")
    at.run()
    at.text_input(key="login_name").set_value("admin")
    at.text_input(key="login_password").set_value("mat-khau-kiem-thu-01")
    [b for b in at.button if b.label == "Đăng nhập"][0].click()
    return at.run()


def test_upload_preview_save_as_draft_and_undo(fresh_warehouse, monkeypatch):
    at = upload_page(fresh_warehouse, monkeypatch)
    data = filled_template(values={"tasks_managed": 40, "tasks_accepted": 11})
    at.get("file_uploader")[0].set_value(("bao-cao.xlsx", data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert any("hợp lệ — 2 số liệu" in s.value for s in at.success)
    preview = at.dataframe[0].value
    assert set(preview["Chỉ tiêu"]) == {"Nhiệm vụ KH&CN được quản lý", "Nhiệm vụ KH&CN được nghiệm thu"}
    assert set(preview["Kỳ"]) == {"Năm 2021"}
    confirm = [b for b in at.button if "thành bản nháp" in b.label][0]
    confirm.click().run()
    assert any("đã lưu bản nháp (2 số liệu)" in s.value for s in at.success)
    undo = [b for b in at.button if b.label == "Hoàn tác"]
    assert len(undo) == 1
    undo[0].click().run()
    assert not [b for b in at.button if b.label == "Hoàn tác"]


def test_upload_page_refuses_a_broken_file_with_reasons(fresh_warehouse, monkeypatch):
    at = upload_page(fresh_warehouse, monkeypatch)
    data = (ROOT / "tests/fixtures/excel/files/bad_range.xlsx").read_bytes()
    at.get("file_uploader")[0].set_value(("bad_range.xlsx", data, "application/octet-stream"))
    at.run()
    assert any("bị từ chối toàn bộ" in e.value for e in at.error)
    problems = at.dataframe[0].value
    assert set(problems["Quy tắc"]) == {"range"} and all(problems["Ô"] != "—")
    assert not [b for b in at.button if "thành bản nháp" in b.label]


def test_file_names_are_shown_as_text_never_as_markdown(fresh_warehouse, monkeypatch):
    at = upload_page(fresh_warehouse, monkeypatch)
    data = filled_template(values={"tasks_managed": 40})
    name = "báo cáo ![x](http://example.invalid/pixel.png).xlsx"
    at.get("file_uploader")[0].set_value((name, data, "application/octet-stream"))
    at.run()
    shown = [s.value for s in at.success]
    assert shown and all("![x](" not in s for s in shown)
    assert any(r"\!\[x\]\(http\://example\.invalid/pixel\.png\)" in s for s in shown)

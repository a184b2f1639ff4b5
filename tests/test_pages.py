"""The served pages, through Streamlit's AppTest (no browser): what a user sees and can do."""
import json
from pathlib import Path

import pytest

from tests.fixtures.accounts import add_account, log_in, no_login_delay
from tests.fixtures.apptest import page_title, switch_link
from tests.fixtures.workbooks import filled_template

ROOT = Path(__file__).resolve().parent.parent


def chart_spec(at, i=0):
    return json.loads(at.get("plotly_chart")[i].proto.spec)


def test_compare_page_defaults_to_vietnamese_with_sources(open_page):
    at = open_page("pages/compare.py")
    assert page_title(at) == "So sánh chỉ tiêu giữa các tỉnh"
    assert at.get("plotly_chart"), "a chart is drawn"
    captions = " ".join(c.value for c in at.caption)
    assert "Nguồn:" in captions


def test_compare_shows_ninh_thuan_2021_figures(open_page):
    at = open_page("pages/compare.py", widgets={"ind": ["tasks_managed"]})
    spec = chart_spec(at)
    names = [tr.get("name", "") for tr in spec["data"]]
    assert any("Ninh Thuận" in n for n in names)
    hover = json.dumps(spec["data"], ensure_ascii=False)
    assert "Năm 2021" in hover and "36 nhiệm vụ" in hover


def test_multi_year_value_is_shown_as_its_period(open_page):
    at = open_page("pages/compare.py", widgets={"ind": ["tfp_contribution"]})
    texts = " ".join(str(i.value) for i in at.info)
    assert "Không có số liệu theo năm" in texts
    table = at.dataframe[0].value
    row = table[table["Tỉnh"] == "Ninh Thuận"].iloc[0]
    assert row["Kỳ"] == "Giai đoạn 2020–2023" and row["Giá trị"] == "33\u00a0%"
    spec = json.dumps(chart_spec(at), ensure_ascii=False)
    assert "Giai đoạn 2020–2023" in spec  # drawn as a span over 2020–2023, not as a year


def test_english_switch(open_page):
    """The title block's "English" link opens the page at the same address with ?lang=en."""
    at = open_page("pages/compare.py", prov="14-63")
    assert switch_link(at, "ov-lang") == ("Tiếng Việt", "English", "?prov=14-63&lang=en")
    at = open_page("pages/compare.py", prov="14-63", lang="en")
    assert page_title(at) == "Compare an indicator across provinces"


@pytest.fixture()
def upload_page(fresh_warehouse, open_page, monkeypatch):
    """The upload page with an administrator logged in (accounts: tests/test_pages_accounts.py)."""
    no_login_delay(monkeypatch)
    add_account(fresh_warehouse, "admin", "admin")
    return log_in(open_page("pages/upload.py", db=fresh_warehouse), "admin")


def test_upload_preview_save_as_draft_and_undo(upload_page):
    at = upload_page
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


def test_a_cell_asked_about_is_answered_on_its_row_and_then_taken(upload_page):
    """0.85 in a % row among rates typed 85 and 72.4: asked, not taken; the uploader clicks
    "Là 85 %" on its row and the preview takes it, with a note saying the uploader decided."""
    from tests.fixtures.layouts.workbooks import LAYOUTS

    at = upload_page
    at.get("file_uploader")[0].set_value(("tong-hop.xlsx", LAYOUTS["rate_fraction_among_percentages"]()[0],
                                          "application/octet-stream"))
    at.run()
    assert any("Cần hỏi lại (1 ô)" in w.value for w in at.warning)
    assert any("hợp lệ — 4 số liệu" in s.value for s in at.success)
    assert "Số liệu!D5" not in set(at.dataframe[0].value["Ô"])
    assert {b.label for b in at.button} >= {"Là 85 %", "Là 0,85 %"}
    next(b for b in at.button if b.label == "Là 85 %").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert any("Ô D5" in s.value and "85 %" in s.value for s in at.success)
    assert not any("Cần hỏi lại" in w.value for w in at.warning)
    preview = at.dataframe[0].value
    d5 = preview[preview["Ô"] == "Số liệu!D5"].iloc[0]
    assert d5["Giá trị"] == "85\u00a0%" and "xác nhận là 85 %" in d5["Ghi chú"]
    assert any("hợp lệ — 5 số liệu" in s.value for s in at.success)


def test_upload_page_refuses_a_broken_file_with_reasons(upload_page):
    at = upload_page
    data = (ROOT / "tests/fixtures/excel/files/bad_range.xlsx").read_bytes()
    at.get("file_uploader")[0].set_value(("bad_range.xlsx", data, "application/octet-stream"))
    at.run()
    assert any("bị từ chối toàn bộ" in e.value for e in at.error)
    problems = at.dataframe[0].value
    assert set(problems["Quy tắc"]) == {"range"} and all(problems["Ô"] != "—")
    assert not [b for b in at.button if "thành bản nháp" in b.label]


def test_file_names_are_shown_as_text_never_as_markdown(upload_page):
    at = upload_page
    data = filled_template(values={"tasks_managed": 40})
    name = "báo cáo ![x](http://example.invalid/pixel.png).xlsx"
    at.get("file_uploader")[0].set_value((name, data, "application/octet-stream"))
    at.run()
    shown = [s.value for s in at.success]
    assert shown and all("![x](" not in s for s in shown)
    assert any(r"\!\[x\]\(http\://example\.invalid/pixel\.png\)" in s for s in shown)


def test_an_upload_worker_that_imports_the_app_script_runs_nothing_of_it(tmp_path):
    """multiprocessing re-imports the main module in every worker it starts; under Streamlit that
    is app.py. Imported that way ("__mp_main__"), the app must not build a warehouse from the
    environment the worker inherited nor draw anything: the worker only reads its file."""
    import os
    import subprocess
    import sys

    target = tmp_path / "not-to-be-built.duckdb"
    run = subprocess.run([sys.executable, "-c", "import runpy; runpy.run_path('app.py', run_name='__mp_main__')"],
                         cwd=ROOT, env={**os.environ, "ST_DASHBOARD_DB": str(target)},
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert not target.exists(), "importing app.py as a worker's main module built a warehouse"
    assert "streamlit run" not in run.stderr, "it drew the app in bare mode"


def test_no_page_relies_on_streamlit_magic_which_is_off():
    """.streamlit/config.toml turns "magic" off (Streamlit recompiles the scripts whenever its
    script cache was emptied — when the last session left — and magic's AST rewrite was ~25 % of a
    lone visitor's first run of the profile at 10 M observations). A bare value on its own line in
    a page would then show nothing: no page may have one."""
    import ast
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["runner"]["magicEnabled"] is False
    bare = []
    for path in [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))]:
        tree = ast.parse(path.read_text("utf-8"))
        docstrings = {id(body[0]) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                      for body in [node.body] if body and isinstance(body[0], ast.Expr)
                      and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str)}
        bare += [f"{path.name}:{node.lineno}" for node in ast.walk(tree)
                 if isinstance(node, ast.Expr) and id(node) not in docstrings
                 and not isinstance(node.value, (ast.Call, ast.Await, ast.Yield, ast.YieldFrom))]
    assert not bare, f"a bare expression would be written by magic, which is off: {bare}"

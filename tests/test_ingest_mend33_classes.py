"""mend33's classes: what the code review of two sessions' work mended, each as a person would notice it."""
import pytest

from tests.fixtures.accounts import add_account, log_in, no_login_delay
from tests.fixtures.reports import reasons, taken


@pytest.fixture()
def admin(fresh_warehouse, monkeypatch):
    no_login_delay(monkeypatch)
    add_account(fresh_warehouse, "admin", "admin")
    return fresh_warehouse


def test_a_province_code_is_named_alike_on_the_upload_page_and_the_text_page(admin, open_page):
    """Code 52 is Bình Định before 1/7/2025 and the new Gia Lai after: the upload page named it "Gia Lai",
    the text page "Bình Định" — the same hint, two provinces. Both now name both, frame by frame; a code of
    one province in both frames stays one name."""
    upload = log_in(open_page("pages/upload.py", db=admin), "admin").selectbox(key="hint_province").options
    text = log_in(open_page("pages/text_upload.py", db=admin), "admin").selectbox(key="text_province").options
    for shown in (upload, text):
        assert "52 · Bình Định / Gia Lai (từ 1/7/2025)" in shown, shown
        assert "64 · Gia Lai" in shown and "56 · Khánh Hòa" in shown and "01 · Hà Nội" in shown, shown
    assert upload[1:] == text[1:], "the same codes, the same names on both pages"


# --- one list of a plan's names for a row's "Ghi chú" cell and a note under the table -----------------------

@pytest.mark.parametrize("note", [
    "(*) Số liệu năm 2024 là số KH.",
    "Ghi chú: Số liệu năm 2024 là mục tiêu.",
    "Lưu ý: số liệu năm 2024 là số dự kiến.",
])
def test_a_note_under_the_table_naming_a_year_as_a_plan_by_any_plan_name_sets_that_year_aside(note):
    """"(*) Số liệu năm 2024 là số KH" under "Năm 2023 | Năm 2024": the 2024 figures were stored as the year's
    actual — the note under the table knew "là số kế hoạch" only, a row's "Ghi chú" cell also "KH", "mục tiêu",
    "số dự kiến" (two lists of one idea; now metrics/header_words.toml row_note_plan_words serves both)."""
    from tests.test_ingest_probe38_classes import H, OCOP_ROW, TASKS_ACCEPTED_ROW, YEARS, _both, _sheet
    got = _sheet(H + list(YEARS), OCOP_ROW + [30, 40], TASKS_ACCEPTED_ROW + [18, 20], [], [note])
    assert taken(got) == _both("2023", 30, 18)
    assert "ghi chú dưới bảng" in reasons(got)


def test_a_note_citing_a_plans_document_under_the_table_leaves_the_figures():
    """"Số liệu năm 2024 theo Kế hoạch số 12/KH-UBND" cites a document: the figures stay."""
    from tests.test_ingest_probe38_classes import H, OCOP_ROW, TASKS_ACCEPTED_ROW, YEARS, _both, _sheet
    got = _sheet(H + list(YEARS), OCOP_ROW + [30, 40], TASKS_ACCEPTED_ROW + [18, 20], [],
                 ["Ghi chú: Số liệu năm 2024 thực hiện theo Kế hoạch số 12/KH-UBND."])
    assert taken(got) == {**_both("2023", 30, 18), **_both("2024", 40, 20)}

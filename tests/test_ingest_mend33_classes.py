"""mend33's classes: what the code review of two sessions' work mended, each as a person would notice it."""
import pytest

from tests.fixtures.accounts import add_account, log_in, no_login_delay


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

"""The page Số liệu từ văn bản (AppTest): behind the same login as uploads; an editor pastes a
paragraph, sees the proposed facts with their quotes (the number highlighted), ticks and edits,
and saves a draft of their province (not public until approved); a text about another province is
refused with rule `permission`, a fact without a period is refused with the reason, nothing written."""
from __future__ import annotations

import duckdb
import pytest

from tests.fixtures.accounts import add_account, button, log_in, no_login_delay

PAGE = "pages/text_upload.py"
PARAGRAPH = ("Dữ liệu kiểm thử. Năm 2022, Sở Khoa học và Công nghệ tỉnh Khánh Hòa đã tổ chức nghiệm thu 14 nhiệm vụ "
             "KH&CN cấp tỉnh và bàn giao kết quả của 9 nhiệm vụ cho các đơn vị ứng dụng; phối hợp tổ chức 3 lớp tập huấn.")
QUOTE = ("Năm 2022, Sở Khoa học và Công nghệ tỉnh Khánh Hòa đã tổ chức nghiệm thu 14 nhiệm vụ KH&CN cấp tỉnh "
         "và bàn giao kết quả của 9 nhiệm vụ cho các đơn vị ứng dụng")


@pytest.fixture()
def team(fresh_warehouse, monkeypatch):
    """A warehouse with a Khánh Hòa editor and a Khánh Hòa reviewer (test accounts)."""
    no_login_delay(monkeypatch)
    for name, role in (("kh-editor", "editor"), ("kh-reviewer", "reviewer")):
        add_account(fresh_warehouse, name, role, ("56",))
    return fresh_warehouse


def paste(at, text: str):
    at.text_area[0].set_value(text).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def refusals(at):
    """The table of reasons a refused load shows (one row per problem)."""
    assert at.dataframe, "a refusal lists its reasons in a table"
    return at.dataframe[-1].value


def uploads(db) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT file_name, state, account, facts FROM uploads").fetchall()


def test_a_fresh_install_shows_the_create_admin_command_not_the_page(fresh_warehouse, open_page):
    at = open_page(PAGE, db=fresh_warehouse)
    assert any("Chưa có tài khoản nào" in w.value for w in at.warning)
    assert not at.text_area and not at.get("file_uploader")


def test_the_page_needs_an_editor(team, open_page):
    at = open_page(PAGE, db=team)
    assert not at.text_area, "proposing and saving facts needs a login"
    log_in(at, "kh-reviewer")
    assert any("không có quyền" in e.value for e in at.error), [e.value for e in at.error]
    assert not at.text_area


def test_an_editor_saves_the_ticked_facts_as_a_draft_of_their_province(team, open_page):
    at = log_in(open_page(PAGE, db=team), "kh-editor")
    assert at.selectbox[0].value == "56", "an editor of one province: the text's province defaults to theirs"
    paste(at, PARAGRAPH)
    labels = [b.label for b in at.checkbox]
    assert len(labels) == 2, labels   # the training classes are not a fact
    assert any("Nhiệm vụ KH&CN cấp tỉnh được nghiệm thu · Năm 2022 · 14 nhiệm vụ · 56 · Khánh Hòa" in x for x in labels)
    assert any("<mark>14</mark>" in h.proto.body for h in at.get("html")), "the number is highlighted in its quote"
    assert not [b for b in at.button if "bản nháp" in b.label], "nothing to save before a tick"
    at.checkbox[0].check().run()
    period = [w for w in at.text_input if w.label.startswith("Kỳ")]
    assert [w.value for w in period] == ["2022"], "a ticked fact's period can be edited"
    button(at, "Lưu 1 số liệu đã chọn thành bản nháp").click().run()
    assert any("đã lưu bản nháp 1 số liệu" in s.value for s in at.success), [e.value for e in at.error]
    assert uploads(team) == [("văn bản dán vào.txt", "draft", "kh-editor", 1)]
    with duckdb.connect(str(team), read_only=True) as con:
        pending = con.execute("SELECT indicator, period, value, quote, state FROM pending_observations").fetchall()
        public = con.execute("SELECT count(*) FROM facts WHERE quote LIKE '%Khánh Hòa đã tổ chức nghiệm thu 14%'"
                             ).fetchall()[0][0]
    assert pending == [("tasks_accepted_provincial", "2022", 14.0, QUOTE, "draft")]
    assert public == 0, "a draft is not public"
    # the reviewer's list of differences says where the value was read: the sentence quoted
    from metrics import queries
    from views import review

    [(upload_id,)] = duckdb.connect(str(team), read_only=True).execute("SELECT upload_id FROM uploads").fetchall()
    shown = review.differences_frame(queries.upload_differences(upload_id, team), "vi")
    assert shown[["Kỳ", "Trích dẫn"]].values.tolist() == [["Năm 2022", QUOTE]], shown


def test_a_text_about_another_province_is_refused_with_rule_permission(team, open_page):
    at = log_in(open_page(PAGE, db=team), "kh-editor")
    paste(at, PARAGRAPH.replace("Khánh Hòa", "Sơn La"))
    assert any("14 · Sơn La" in b.label for b in at.checkbox)
    at.checkbox[0].check().run()
    button(at, "Lưu 1 số liệu đã chọn thành bản nháp").click().run()
    assert any("không ghi gì" in e.value for e in at.error)
    refused = refusals(at)
    assert list(refused["Quy tắc"]) == ["permission"], refused
    assert "Sơn La" in refused["Lỗi"].iloc[0]
    assert uploads(team) == []


def test_a_fact_without_a_period_is_asked_for_and_nothing_is_written_without_it(team, open_page):
    at = log_in(open_page(PAGE, db=team), "kh-editor")
    paste(at, "Đến nay, toàn tỉnh Khánh Hòa có 202 sản phẩm OCOP.")
    assert "chưa rõ kỳ" in at.checkbox[0].label
    at.checkbox[0].check().run()
    button(at, "Lưu 1 số liệu đã chọn thành bản nháp").click().run()
    assert any("không ghi gì" in e.value for e in at.error)
    assert "chưa có kỳ" in refusals(at)["Lỗi"].iloc[0]
    assert uploads(team) == []


def test_in_english_the_refusal_is_in_english(team, open_page):
    at = log_in(open_page(PAGE, db=team, lang="en"), "kh-editor")
    paste(at, "Đến nay, toàn tỉnh Khánh Hòa có 202 sản phẩm OCOP.")
    at.checkbox[0].check().run()
    [save] = [b for b in at.button if b.label.startswith("Save")]
    save.click().run()
    assert any("nothing written" in e.value for e in at.error), [e.value for e in at.error]
    refused = refusals(at)
    assert list(refused.columns[-2:]) == ["Rule", "Problem"]
    assert refused["Problem"].iloc[0].startswith("Fact 1 (") and "no period" in refused["Problem"].iloc[0], refused
    assert uploads(team) == []

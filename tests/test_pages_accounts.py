"""Accounts and the reporting workflow on the served pages (AppTest): the fresh-install
instruction, login (wrong password, lockout, expiry, logout), an editor's draft and submission,
a reviewer's queue with differences, approve / return, the locked period, the audit page, and
drafts on the data page for the people who may see them only."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from metrics import accounts, queries
from tests.fixtures.accounts import add_account, button, log_in, no_login_delay, shown_text, upload
from tests.fixtures.workbooks import filled_template


@pytest.fixture()
def team(fresh_warehouse, monkeypatch):
    """A warehouse with a Khánh Hòa editor, a Sơn La editor, a Khánh Hòa reviewer and an admin."""
    no_login_delay(monkeypatch)
    monkeypatch.setenv("ST_DASHBOARD_DB", str(fresh_warehouse))
    for name, role, provinces in (("kh-editor", "editor", ("56",)), ("sl-editor", "editor", ("14",)),
                                  ("kh-reviewer", "reviewer", ("56",)), ("admin", "admin", ())):
        add_account(fresh_warehouse, name, role, provinces)
    return fresh_warehouse


def test_a_fresh_install_tells_the_visitor_the_create_admin_command(fresh_warehouse, open_page):
    at = open_page("pages/upload.py", db=fresh_warehouse)
    assert any("Chưa có tài khoản nào" in w.value for w in at.warning)
    assert [c.value for c in at.code] == ["python -m etl.accounts add TÊN --role admin"]
    assert not at.get("file_uploader")
    assert at.get("download_button"), "the template stays downloadable"


def test_wrong_passwords_then_lockout_then_login_and_logout(team, open_page):
    at = open_page("pages/upload.py", db=team)
    assert not at.get("file_uploader"), "uploading needs a login"
    log_in(at, "kh-editor", "sai-mat-khau-123")
    assert any("không đúng" in e.value and "Còn 4 lần thử" in e.value for e in at.error)
    for _ in range(accounts.MAX_FAILURES - 1):
        log_in(at, "kh-editor", "sai-mat-khau-123")
    assert any("tạm khóa" in e.value for e in at.error)
    log_in(at, "kh-editor")  # the right password does not open a locked account
    assert any("tạm khóa" in e.value for e in at.error) and not at.get("file_uploader")
    assert list(accounts.audit_log(person="kh-editor", db=team)["action"])[:2] == ["login_locked", "login_failed"]

    at = open_page("pages/upload.py", db=team)
    log_in(at, "admin")
    assert at.get("file_uploader")
    assert "admin" in shown_text(at)
    button(at, "Đăng xuất").click().run()
    assert not at.get("file_uploader") and at.text_input(key="login_name")
    assert "logout" in set(accounts.audit_log(person="admin", db=team)["action"])


def test_an_idle_session_expires(team, open_page):
    at = open_page("pages/upload.py", db=team)
    log_in(at, "admin")
    assert at.get("file_uploader")
    at.session_state["_account"] = {**at.session_state["_account"], "last_seen": 0.0}
    at.run()
    assert not at.get("file_uploader")
    assert any("hết hạn" in i.value for i in at.info)


def test_an_editor_saves_a_draft_submits_it_and_another_province_is_refused(team, open_page):
    at = open_page("pages/upload.py", db=team)
    log_in(at, "kh-editor")
    upload(at, "kontum-2021.xlsx", filled_template("Kon Tum", 2021, {"tasks_managed": 40}))
    assert any("bị từ chối toàn bộ" in e.value for e in at.error)
    assert set(at.dataframe[0].value["Quy tắc"]) == {"permission"}
    assert not [b for b in at.button if "bản nháp" in b.label]

    upload(at, "ninhthuan-2021.xlsx", filled_template("Ninh Thuận", 2021, {"tasks_managed": 777}))
    button(at, "thành bản nháp").click().run()
    assert any("đã lưu bản nháp" in s.value for s in at.success)
    assert "bản nháp" in shown_text(at)
    assert queries.pending_facts(team)["value"].tolist() == [777]
    button(at, "Gửi duyệt").click().run()
    assert not at.exception
    assert queries.workflow_uploads(team)["state"].tolist() == ["submitted"]
    assert "chờ duyệt" in shown_text(at)

    # the Sơn La editor never sees Khánh Hòa's upload, on the upload page or the data page
    other = open_page("pages/upload.py", db=team)
    log_in(other, "sl-editor")
    assert "ninhthuan-2021.xlsx" not in shown_text(other)
    data_page = open_page("pages/data.py", db=team)
    login_on_upload_then(data_page, "sl-editor")
    assert "Số liệu chưa công bố" not in shown_text(data_page)


def login_on_upload_then(at: AppTest, name: str) -> AppTest:
    """Log in on the upload page, then come back to the page `at` was on (one session)."""
    at.switch_page("pages/upload.py")
    at.run()
    log_in(at, name)
    at.switch_page("pages/data.py")
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _submitted(team, value=777, name="ninhthuan-2021.xlsx") -> str:
    from etl import ingest, workflow

    data = filled_template("Ninh Thuận", 2021, {"tasks_managed": value})
    result = ingest.examine(data, name)
    editor = accounts.get("kh-editor", team)
    outcome = ingest.load(result, data, team, user=editor)
    workflow.submit(outcome.upload_id, editor, team)
    return outcome.upload_id


def test_a_reviewer_sees_the_differences_approves_and_the_period_locks(team, open_page):
    before = queries.facts(["tasks_managed"], [("58", "63")], db=team)
    before_2021 = before[before["period"] == "2021"]["value"].tolist()
    _submitted(team)
    at = open_page("pages/review.py", db=team)
    log_in(at, "kh-reviewer")
    assert "ninhthuan-2021.xlsx" in shown_text(at)
    diff = at.dataframe[0].value
    expected = f"thay đổi {int(before_2021[0])} → 777" if before_2021 else "mới"
    assert expected in diff["Khác biệt"].tolist()
    data_page = login_on_upload_then(open_page("pages/data.py", db=team), "kh-reviewer")
    assert "Số liệu chưa công bố" in shown_text(data_page) and "chờ duyệt" in str(data_page.dataframe[-1].value)

    button(at, "Phê duyệt").click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert any("đã phê duyệt" in s.value for s in at.success)
    assert queries.facts(["tasks_managed"], [("58", "63")], db=team).set_index("period").loc["2021", "value"] == 777
    assert queries.locks(team)["period"].tolist() == ["2021"]

    # a new upload for the locked period is refused on the page, with the message
    editor = open_page("pages/upload.py", db=team)
    log_in(editor, "kh-editor")
    upload(editor, "ninhthuan-2021-b.xlsx", filled_template("Ninh Thuận", 2021, {"tasks_managed": 778}))
    problems = editor.dataframe[0].value
    assert set(problems["Quy tắc"]) == {"locked"}
    assert "đã được phê duyệt và khóa; liên hệ quản trị viên để mở khóa" in " ".join(problems["Lỗi"])

    # the admin sees the lock on the review page and unlocks it (audited)
    admin = open_page("pages/review.py", db=team)
    log_in(admin, "admin")
    admin.text_input(key="reason-58-63-2021").set_value("Sở xin sửa")
    button(admin, "Mở khóa").click().run()
    assert queries.locks(team).empty
    assert accounts.audit_log(db=team)["action"].iloc[0] == "unlock"


def test_returning_needs_a_comment_and_the_editor_sees_it(team, open_page):
    _submitted(team)
    at = open_page("pages/review.py", db=team)
    log_in(at, "kh-reviewer")
    button(at, "Trả lại").click().run()
    assert any("lý do" in e.value for e in at.error)
    assert queries.workflow_uploads(team)["state"].tolist() == ["submitted"]
    at.text_input(key=f"comment-{queries.workflow_uploads(team)['upload_id'].iloc[0]}").set_value("Thiếu số liệu 2020")
    button(at, "Trả lại").click().run()
    assert queries.workflow_uploads(team)["state"].tolist() == ["returned"]
    editor = open_page("pages/upload.py", db=team)
    log_in(editor, "kh-editor")
    assert any("Thiếu số liệu 2020" in w.value for w in editor.warning)


def test_the_audit_page_is_for_administrators_filterable_and_downloadable(team, open_page):
    _submitted(team)
    reviewer = open_page("pages/review.py", db=team)
    log_in(reviewer, "kh-reviewer")
    with pytest.raises(ValueError):  # not even in the navigation of a reviewer
        reviewer.switch_page("pages/audit.py")
    at = open_page("pages/review.py", db=team)
    log_in(at, "admin")
    at.switch_page("pages/audit.py")
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    log = at.dataframe[0].value
    assert {"upload", "submit", "login", "account_add"} <= set(log["Thao tác"])
    at.selectbox[0].set_value("kh-editor").run()
    log = at.dataframe[0].value
    assert set(log["Người thực hiện"]) | set(log["Đối tượng"]) >= {"kh-editor"}
    assert "admin" not in set(log["Người thực hiện"])
    assert at.get("download_button")

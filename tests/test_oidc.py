"""Logging in through an OpenID Connect provider (Streamlit's st.login): the claim mapping, and the
whole redirect flow in a real browser against a local mock provider (oidc-provider-mock), offline."""
from __future__ import annotations

import re

import pytest

from metrics import accounts
from views.auth import user_from_claims


def test_the_claim_mapping():
    kh = user_from_claims({"sub": "u1", "email": "kh@khcn.gov.vn", "st_role": "editor", "st_provinces": ["56"]})
    assert (kh.name, kh.role, kh.provinces) == ("kh@khcn.gov.vn", "editor", ("56",))
    assert kh.scope.allows("58", "63", __import__("datetime").date(2024, 12, 31)), "lineage applies to provider users"
    by_group = user_from_claims({"sub": "u2", "groups": ["staff", "st-reviewer", "st-editor"], "st_provinces": "14,62"})
    assert (by_group.name, by_group.role, by_group.provinces) == ("u2", "reviewer", ("14", "62"))
    assert user_from_claims({"sub": "u3", "groups": ["st-admin"]}).role == "admin"
    assert user_from_claims({"sub": "u4", "groups": ["staff"]}) is None, "no role granted: no access"
    assert user_from_claims({"sub": "u5", "st_role": "editor"}) is None, "an editor needs provinces"
    assert user_from_claims({"sub": "u6", "st_role": "editor", "st_provinces": ["99"]}) is None
    assert user_from_claims({"sub": "u7", "st_role": "owner", "groups": "st-editor", "st_provinces": "51"}).role == "editor"


SECRETS = """
[auth]
redirect_uri = "{url}/oauth2callback"
cookie_secret = "test-only-cookie-secret-not-used-anywhere-else"
client_id = "st-dashboard"
client_secret = "test-only-client-secret"
server_metadata_url = "{provider}/.well-known/openid-configuration"
"""


@pytest.fixture(scope="module")
def provider():
    from oidc_provider_mock import User, run_server_in_thread

    users = [User(sub="reviewer-kh", claims={"email": "reviewer@khanhhoa.gov.vn", "st_role": "reviewer",
                                             "st_provinces": ["56"]}),
             User(sub="guest", claims={"email": "guest@example.vn"})]
    with run_server_in_thread(user_claims=users) as server:
        yield f"http://localhost:{server.server_port}"


def test_login_through_the_provider_gives_the_role_of_the_claims(provider, browser, tmp_path, monkeypatch):
    from playwright.sync_api import expect

    from etl import build
    from tests.fixtures.browser import serve, wait_for_app

    db = tmp_path / "w.duckdb"
    build.build(db)
    with serve(db, tmp_path, SECRETS.replace("{provider}", provider)) as url:
        page = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN").new_page()
        page.goto(f"{url}/duyet")
        wait_for_app(page)
        assert not page.get_by_label("Tên đăng nhập").count(), "no local account exists: only the provider"
        page.get_by_role("button", name="Đăng nhập bằng tài khoản của cơ quan").click()
        page.wait_for_url(re.compile(r"/oauth2/authorize"), timeout=30_000)
        page.get_by_role("button", name="reviewer-kh").click()
        page.wait_for_url(re.compile(r"^" + re.escape(url)), timeout=30_000)
        page.goto(f"{url}/duyet")
        wait_for_app(page)
        expect(page.get_by_text(re.compile("reviewer@khanhhoa.gov.vn — người duyệt — Khánh Hòa"))).to_be_visible()
        expect(page.get_by_text("Không có báo cáo nào chờ duyệt.")).to_be_visible()
        login = accounts.audit_log(person="reviewer@khanhhoa.gov.vn", db=db).iloc[0]
        assert login["action"] == "login" and "oidc" in login["detail"]

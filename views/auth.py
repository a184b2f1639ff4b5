"""Who is using this session: the login form, the session (expiry, logout) and the role gates of
the pages that need a login (upload, review, audit). Viewing approved figures needs none.

Two ways in, one `User` out (metrics.accounts):
  - local accounts (the embedded default): name + password checked by metrics.accounts.authenticate
    (Argon2id, slowed and locked out after repeated wrong passwords);
  - an OpenID Connect provider through Streamlit's `st.login`, when `[auth]` is configured in
    .streamlit/secrets.toml: roles and provinces come from the provider's claims (CLAIMS below,
    documented in the README).
A local login is a session of metrics.accounts (a signed, expiring token): it lives in Streamlit's
session state and, so that a reload of the page keeps it, in a cookie the browser sends with the
page's connection (read with st.context.cookies, written by SESSION_COOKIE_JS, a component of a
few lines). It expires after IDLE_MINUTES without activity or MAX_HOURS in all; logout ends it at
once, and disabling the account or resetting its password ends every session of it. The account
is read again on every click, so disabling it or changing its role takes effect on the next click."""
from __future__ import annotations

import os

import time

import streamlit as st

from metrics import accounts
from views.i18n import t

SESSION_KEY = "_account"
IDLE_MINUTES = accounts.SESSION_IDLE_MINUTES
MAX_HOURS = accounts.SESSION_MAX_HOURS
COOKIE = "st_dashboard_session"

# Writes (token) or deletes (no token) the session cookie in the page itself (a v2 component has no
# iframe). SameSite=Strict: never sent by a request another site starts; Secure over https. The
# cookie is readable by the page's scripts (only a server response can set HttpOnly, and Streamlit
# offers pages no response to set it on): the token is therefore short-lived, signed, stored only
# hashed on the server, and ended by logout, so a copied token is worth no more than the session.
SESSION_COOKIE_JS = """
export default function ({ data }) {
  if (!data || !data.name) return;
  const secure = window.location.protocol === "https:" ? "; Secure" : "";
  const value = data.token ? data.token : "";
  const maxAge = data.token ? Math.max(0, data.max_age) : 0;
  document.cookie = `${data.name}=${value}; Path=/; Max-Age=${maxAge}; SameSite=Strict${secure}`;
}
"""
_session_cookie = st.components.v2.component("st_dashboard_session_cookie", js=SESSION_COOKIE_JS)
CREATE_ADMIN_COMMAND = "python -m etl.accounts add TÊN --role admin"

# OpenID Connect claims -> our roles and provinces (README "Accounts and roles").
CLAIMS = {"role": "st_role", "groups": "groups", "provinces": "st_provinces"}
GROUP_ROLES = {"st-admin": "admin", "st-reviewer": "reviewer", "st-editor": "editor"}


def user_from_claims(claims: dict) -> accounts.User | None:
    """A User from an identity provider's claims, or None when they grant no role here.
    role: the `st_role` claim, else the strongest of the `groups` named in GROUP_ROLES;
    provinces: `st_provinces` (a list or a comma-separated string of province codes)."""
    role = claims.get(CLAIMS["role"])
    if role not in accounts.ROLES:
        groups = claims.get(CLAIMS["groups"]) or []
        if isinstance(groups, str):
            groups = [g.strip() for g in groups.split(",")]
        granted = [GROUP_ROLES[g] for g in groups if g in GROUP_ROLES]
        role = next((r for r in ("admin", "reviewer", "editor") if r in granted), None)
    if role is None:
        return None
    raw = claims.get(CLAIMS["provinces"]) or ()
    if isinstance(raw, str):
        raw = raw.split(",")
    try:
        provinces = accounts.parse_provinces(",".join(str(c) for c in raw))
    except accounts.AccountError:
        return None
    if role == "editor" and not provinces:
        return None
    name = str(claims.get("email") or claims.get("preferred_username") or claims.get("sub"))
    return accounts.User(name, role, provinces)


_SECRETS_SEEN = [0.0, False]  # when the secrets files were last looked for, and whether one exists


def _secrets_file_exists() -> bool:
    """Whether a secrets file exists, looked for at most once a second per process (reading the
    option and two stats in every run of every session was ~2 % of an overview burst's CPU)."""
    now = time.monotonic()
    if now - _SECRETS_SEEN[0] > 1.0:
        _SECRETS_SEEN[1] = any(os.path.exists(p) for p in st.get_option("secrets.files"))
        _SECRETS_SEEN[0] = now
    return _SECRETS_SEEN[1]


def _oidc_configured() -> bool:
    # NOTE: with no secrets file, st.secrets searches and parses again (and fails) on every access,
    # in every run of every session (~1.5 % of the server's CPU in an overview burst, py-spy): two
    # stats say so first. Secrets given another way (AppTest) are already parsed.
    if getattr(st.secrets, "_secrets", None) is None and not _secrets_file_exists():
        return False
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all
        return False


def _oidc_user() -> accounts.User | None:
    if not _oidc_configured() or not st.user.is_logged_in:
        return None
    claims = st.user.to_dict()
    user = user_from_claims(claims)
    if not st.session_state.get("_oidc_seen"):  # audit each provider login once per session
        st.session_state["_oidc_seen"] = True
        if user is None:
            accounts.audit(str(claims.get("email") or claims.get("sub")), "login_failed",
                           detail={"via": "oidc", "reason": "no_role_in_claims"})
        else:
            accounts.audit(user.name, "login", user.name, accounts.Scope(user.provinces).pairs.keys(),
                           {"via": "oidc", "role": user.role})
    return user


def _cookie_token() -> str | None:
    """The session token the browser sent with this page's connection, tried once per value."""
    try:
        token = st.context.cookies.get(COOKIE)
    except Exception:  # no browser connection (a bare script run)
        return None
    if not isinstance(token, str) or not token or st.session_state.get("_cookie_tried") == token:
        return None
    st.session_state["_cookie_tried"] = token
    return token


def current_user() -> accounts.User | None:
    """The logged-in person, or None. Ends an expired session (and says so once); takes up the
    session a reload's cookie carries."""
    oidc = _oidc_user()
    if oidc is not None:
        return oidc
    session = st.session_state.get(SESSION_KEY)
    now = time.time()
    if not session:
        token = _cookie_token()
        if token is None:
            return None
        user, _ = accounts.session_user(token)
        if user is None:
            st.session_state["_cookie_clear"] = True
            return None
        accounts.audit(user.name, "login", user.name, detail={"via": "session_cookie"})
        session = st.session_state[SESSION_KEY] = {"name": user.name, "since": now, "last_seen": now, "token": token}
    if now - session["last_seen"] > IDLE_MINUTES * 60 or now - session["since"] > MAX_HOURS * 3600:
        del st.session_state[SESSION_KEY]
        st.session_state["_session_expired"] = st.session_state["_cookie_clear"] = True
        accounts.end_session(session.get("token", ""), "expired")
        accounts.audit(session["name"], "logout", session["name"], detail={"reason": "expired"})
        return None
    user, why = accounts.session_user(session.get("token", ""))
    if user is None:  # ended by logout elsewhere, a password reset, disabling; or expired
        del st.session_state[SESSION_KEY]
        st.session_state["_cookie_clear"] = True
        st.session_state["_session_expired"] = why == "expired"
        return None
    session["last_seen"] = now
    return user


def keep_session_cookie() -> None:
    """Write the session's cookie (once per token) or delete it after logout or expiry; nothing for
    a visitor who never logged in. Called by app.py on every run."""
    session = st.session_state.get(SESSION_KEY)
    token = session.get("token") if session else None
    if token:
        max_age = accounts.token_expires(token) - int(time.time())
        _session_cookie(key="session_cookie", data={"name": COOKIE, "token": token, "max_age": max_age},
                        height=0)
    elif st.session_state.get("_cookie_clear"):
        _session_cookie(key="session_cookie", data={"name": COOKIE, "token": None}, height=0)


def logout() -> None:
    session = st.session_state.pop(SESSION_KEY, None)
    if session:
        accounts.end_session(session.get("token", ""), "logout")
        accounts.audit(session["name"], "logout", session["name"])
        st.session_state["_cookie_clear"] = True
    if _oidc_configured() and st.user.is_logged_in:
        st.logout()


def login_form(lang: str) -> None:
    """The login form, or on a fresh install the command that creates the first administrator."""
    if _oidc_configured() and st.user.is_logged_in:  # logged in at the provider, but no role here
        st.error(t("auth_no_role", lang).format(name=st.user.get("email") or st.user.get("sub")))
        st.button(t("auth_logout", lang), on_click=st.logout)
        return
    if not accounts.has_accounts() and not _oidc_configured():
        st.warning(t("auth_no_accounts", lang))
        st.code(CREATE_ADMIN_COMMAND, language="bash")
        st.caption(t("auth_no_accounts_hint", lang))
        return
    if st.session_state.pop("_session_expired", False):
        st.info(t("auth_expired", lang))
    st.info(t("auth_needed", lang))
    if _oidc_configured():
        st.button(t("auth_oidc", lang), on_click=st.login, type="primary")
    if not accounts.has_accounts():
        return
    with st.form("login", enter_to_submit=True):
        name = st.text_input(t("auth_name", lang), autocomplete="username", key="login_name")
        password = st.text_input(t("auth_password", lang), type="password", autocomplete="current-password",
                                 key="login_password")
        submitted = st.form_submit_button(t("auth_login", lang), type="primary")
    if not submitted:
        return
    result = accounts.authenticate(name, password, via="web")
    if result.user is not None:
        st.session_state[SESSION_KEY] = {"name": result.user.name, "since": time.time(), "last_seen": time.time(),
                                          "token": accounts.start_session(result.user.name)}
        st.session_state["_cookie_clear"] = False
        st.rerun()
    elif result.reason == "locked":
        st.error(t("auth_locked", lang).format(minutes=accounts.LOCKOUT_MINUTES,
                                               until=f"{result.locked_until:%H:%M} UTC"))
    elif result.reason == "disabled":
        st.error(t("auth_disabled", lang))
    else:
        left = accounts.MAX_FAILURES - result.failures
        st.error(t("auth_wrong", lang) + (" " + t("auth_tries_left", lang).format(n=left) if result.failures else ""))


ROLE_CHECKS = {"upload": "can_upload", "review": "can_review", "admin": "is_admin"}


def require(need: str, lang: str) -> accounts.User:
    """The logged-in person allowed to `need` (upload | review | admin); otherwise the login form
    (or a refusal) and the page stops here."""
    user = current_user()
    if user is None:
        login_form(lang)
        st.stop()
    account_bar(user, lang)
    if not getattr(user, ROLE_CHECKS[need]):
        st.error(t("auth_not_allowed", lang).format(name=user.name, role=t(f"role_{user.role}", lang)))
        st.stop()
    return user


def _scope_words(scope: accounts.Scope, lang: str) -> str:
    return t("scope_everything", lang) if scope.everything else scope.province_names(lang)


def account_bar(user: accounts.User, lang: str) -> None:
    """Who is logged in, their role and provinces, and the logout button."""
    left, right = st.columns([5, 1])
    left.caption(t("auth_as", lang).format(name=user.name, role=t(f"role_{user.role}", lang),
                                            scope=_scope_words(user.scope, lang)))
    if right.button(t("auth_logout", lang), key="logout"):
        logout()
        st.rerun()

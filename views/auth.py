"""Who is using this session: the login form, the session (expiry, logout) and the role gates of
the pages that need a login (upload, review, audit). Viewing approved figures needs none.

Two ways in, one `User` out (metrics.accounts):
  - local accounts (the embedded default): name + password checked by metrics.accounts.authenticate
    (Argon2id, slowed and locked out after repeated wrong passwords);
  - an OpenID Connect provider through Streamlit's `st.login`, when `[auth]` is configured in
    .streamlit/secrets.toml: roles and provinces come from the provider's claims (CLAIMS below,
    documented in the README).
The session lives in Streamlit's session state, so it ends with the browser tab; it also expires
after IDLE_MINUTES without activity or MAX_HOURS in all, and logout ends it at once. The account
is read again on every run, so disabling it or changing its role takes effect on the next click."""
from __future__ import annotations

import time

import streamlit as st

from metrics import accounts
from views.i18n import t

SESSION_KEY = "_account"
IDLE_MINUTES = 30
MAX_HOURS = 12
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


def _oidc_configured() -> bool:
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


def current_user() -> accounts.User | None:
    """The logged-in person, or None. Ends an expired session (and says so once)."""
    oidc = _oidc_user()
    if oidc is not None:
        return oidc
    session = st.session_state.get(SESSION_KEY)
    if not session:
        return None
    now = time.time()
    if now - session["last_seen"] > IDLE_MINUTES * 60 or now - session["since"] > MAX_HOURS * 3600:
        del st.session_state[SESSION_KEY]
        st.session_state["_session_expired"] = True
        accounts.audit(session["name"], "logout", session["name"], detail={"reason": "expired"})
        return None
    user = accounts.get(session["name"])
    if user is None or user.disabled:
        del st.session_state[SESSION_KEY]
        return None
    session["last_seen"] = now
    return user


def logout() -> None:
    session = st.session_state.pop(SESSION_KEY, None)
    if session:
        accounts.audit(session["name"], "logout", session["name"])
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
        st.session_state[SESSION_KEY] = {"name": result.user.name, "since": time.time(), "last_seen": time.time()}
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

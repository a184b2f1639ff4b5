"""Accounts: the command line contract, hashes, scopes with the merger lineage, lockout, audit."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date, timedelta

import pytest

from etl import accounts as cli
from metrics import accounts

PASSWORD = "mat-khau-kiem-thu-01"


@pytest.fixture()
def db(tmp_path, monkeypatch):
    """A warehouse path of this test's own (the accounts file lives beside it; no warehouse needed)."""
    monkeypatch.setenv(accounts.PASSWORD_ENV, PASSWORD)
    monkeypatch.setattr(accounts, "sleep", lambda seconds: None)
    return tmp_path / "w.duckdb"


@pytest.fixture()
def pauses(monkeypatch):
    recorded: list[float] = []
    monkeypatch.setattr(accounts, "sleep", recorded.append)
    return recorded


def run(*args, db) -> int:
    return cli.main([*args, "--db", str(db)])


def test_add_from_the_environment_stores_a_salted_slow_hash_beside_the_warehouse(db, capsys):
    assert run("add", "admin1", "--role", "admin", db=db) == 0
    assert run("add", "admin2", "--role", "admin", db=db) == 0
    path = accounts.accounts_path(db)
    assert path.parent == db.parent and path.exists()
    assert path.stat().st_mode & 0o077 == 0, "the accounts file is readable by its owner only"
    hashes = [h for (h,) in sqlite3.connect(path).execute("SELECT password_hash FROM accounts")]
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert hashes[0] != hashes[1], "same password, different salts"
    assert PASSWORD not in path.read_bytes().decode("latin-1")
    assert accounts.authenticate("admin1", PASSWORD, db).user.role == "admin"


def test_the_command_line_contract_in_a_real_process(tmp_path):
    """`python -m etl.accounts add NAME --role ... --province ... --db PATH` with the password from
    the environment; `list` shows it; a short password is refused with exit 1."""
    db = tmp_path / "w.duckdb"
    env = {"ST_DASHBOARD_PASSWORD": PASSWORD, "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "etl.accounts", "add", "kh-editor", "--role", "editor",
                           "--province", "56", "--db", str(db)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    listed = subprocess.run([sys.executable, "-m", "etl.accounts", "list", "--db", str(db), "--json"],
                            env=env, capture_output=True, text=True)
    assert json.loads(listed.stdout)[0] | {"locked_until": None, "last_login": None} == {
        "name": "kh-editor", "role": "editor", "provinces": ["56"], "disabled": False,
        "locked_until": None, "last_login": None}
    short = subprocess.run([sys.executable, "-m", "etl.accounts", "add", "x-admin", "--role", "admin",
                            "--db", str(db)], env={**env, "ST_DASHBOARD_PASSWORD": "ngan-qua"},
                           capture_output=True, text=True)
    assert short.returncode == 1 and "12 ký tự" in short.stderr
    no_password = subprocess.run([sys.executable, "-m", "etl.accounts", "add", "y-admin", "--role", "admin",
                                  "--db", str(db)], env={"PATH": "/usr/bin:/bin"}, capture_output=True,
                                 text=True, stdin=subprocess.DEVNULL)
    assert no_password.returncode == 1 and "ST_DASHBOARD_PASSWORD" in no_password.stderr
    assert [u.name for u in accounts.users(db)] == ["kh-editor"]


def test_usage_errors_and_refusals(db, capsys):
    assert run("add", "ed", "--role", "editor", db=db) == 1, "an editor needs provinces"
    assert "--province" in capsys.readouterr().err
    assert run("add", "ed", "--role", "editor", "--province", "99", db=db) == 1
    assert "99" in capsys.readouterr().err
    assert run("add", "có dấu", "--role", "admin", db=db) == 1
    with pytest.raises(SystemExit) as exc:
        run("add", "someone", "--role", "owner", db=db)
    assert exc.value.code == 2
    assert run("add", "boss", "--role", "admin", db=db) == 0
    assert run("add", "BOSS", "--role", "reviewer", db=db) == 1, "names are unique regardless of case"
    assert run("set-role", "nobody", "--role", "admin", db=db) == 1
    assert run("list", db=db) == 0
    assert "boss" in capsys.readouterr().out


def test_fresh_install_list_says_how_to_create_the_first_admin(db, capsys):
    assert not accounts.has_accounts(db)
    assert run("list", db=db) == 0
    assert "python -m etl.accounts add TÊN --role admin" in capsys.readouterr().out


def test_set_role_disable_enable_reset_password_are_audited(db, pauses, monkeypatch):
    run("add", "nv-sonla", "--role", "editor", "--province", "14", db=db)
    run("set-role", "nv-sonla", "--role", "reviewer", "--province", "14,62", db=db)
    assert accounts.get("nv-sonla", db).role == "reviewer"
    assert accounts.get("nv-sonla", db).provinces == ("14", "62")
    run("disable", "nv-sonla", db=db)
    assert accounts.authenticate("nv-sonla", PASSWORD, db).reason == "disabled"
    run("enable", "nv-sonla", db=db)
    monkeypatch.setenv(accounts.PASSWORD_ENV, "mat-khau-moi-dai-hon")
    run("reset-password", "nv-sonla", db=db)
    assert accounts.authenticate("nv-sonla", PASSWORD, db).user is None
    assert accounts.authenticate("nv-sonla", "mat-khau-moi-dai-hon", db).user.name == "nv-sonla"
    log = accounts.audit_log(person="nv-sonla", db=db)
    assert list(log["action"])[::-1] == [
        "account_add", "account_set_role", "account_disable", "login_failed", "account_enable",
        "account_reset_password", "login_failed", "login"]
    assert log["actor"].iloc[-1].startswith("dòng lệnh (")
    assert set(accounts.audit_log(province=("62", "63"), db=db)["action"]) == {"account_set_role"}


def test_wrong_passwords_are_slowed_then_locked_out(db, pauses, monkeypatch):
    run("add", "reviewer1", "--role", "reviewer", db=db)
    results = [accounts.authenticate("reviewer1", "sai-mat-khau-roi", db) for _ in range(accounts.MAX_FAILURES)]
    assert [r.reason for r in results] == ["wrong"] * (accounts.MAX_FAILURES - 1) + ["locked"]
    assert pauses == sorted(pauses) and pauses[0] > 0 and pauses[-1] > pauses[0], "each wrong try waits longer"
    # locked: even the right password is refused, and checking it costs no pause
    locked = accounts.authenticate("reviewer1", PASSWORD, db)
    assert locked.user is None and locked.reason == "locked"
    assert locked.locked_until - accounts.now() > timedelta(minutes=accounts.LOCKOUT_MINUTES - 1)
    actions = list(accounts.audit_log(person="reviewer1", db=db)["action"])
    assert actions[:2] == ["login_locked", "login_failed"]
    # after the lockout time, the right password works again and the count starts over
    later = accounts.now() + timedelta(minutes=accounts.LOCKOUT_MINUTES + 1)
    monkeypatch.setattr(accounts, "now", lambda: later)
    assert accounts.authenticate("reviewer1", PASSWORD, db).user.name == "reviewer1"
    assert accounts.authenticate("reviewer1", "sai-mat-khau-roi", db).failures == 1


def test_unknown_names_are_audited_and_slowed_like_wrong_passwords(db, pauses):
    run("add", "admin", "--role", "admin", db=db)
    assert accounts.authenticate("khong-co-ai", PASSWORD, db).reason == "wrong"
    assert pauses and pauses[0] > 0
    entry = accounts.audit_log(person="khong-co-ai", db=db).iloc[0]
    assert entry["action"] == "login_failed" and "unknown_name" in entry["detail"]


# --- scopes: the registry's lineage decides -----------------------------------------------------

BEFORE = date(2024, 12, 31)
AFTER = date(2025, 12, 31)


def test_a_khanh_hoa_editor_writes_khanh_hoa_and_its_predecessors_before_the_merger():
    scope = accounts.User("kh", "editor", ("56",)).scope
    assert scope.allows("56", "34", AFTER)
    assert scope.allows("56", "63", BEFORE), "Khánh Hòa of frame 63"
    assert scope.allows("58", "63", BEFORE), "Ninh Thuận, merged into Khánh Hòa"
    assert not scope.allows("58", "63", AFTER), "not for periods after 1 July 2025"
    assert not scope.allows("58", "63", date(2025, 7, 1))
    assert scope.allows("58", "63", date(2025, 6, 30))
    assert not scope.allows("62", "63", BEFORE), "Kon Tum went to Quảng Ngãi"
    assert not scope.allows("14", "34", AFTER)
    assert "Ninh Thuận" in scope.province_names() and "Khánh Hòa" in scope.province_names()


def test_lineage_comes_from_the_registry_not_from_a_list(monkeypatch):
    from metrics import registry

    real = registry.provinces()
    p = real[("62", "63")]
    moved = {**real, ("62", "63"): type(p)(**{**p.__dict__, "successor_code": "56"})}
    monkeypatch.setattr(registry, "provinces", lambda: moved)
    assert accounts.User("kh", "editor", ("56",)).scope.allows("62", "63", BEFORE)


def test_a_son_la_editor_cannot_write_kon_tum_and_a_frame_63_code_gives_history_only():
    sonla = accounts.User("sl", "editor", ("14",)).scope
    assert sonla.allows("14", "34", AFTER) and sonla.allows("14", "63", BEFORE)
    assert not sonla.allows("62", "63", BEFORE) and not sonla.allows("51", "34", AFTER)
    ninh_thuan = accounts.User("nt", "editor", ("58",)).scope
    assert ninh_thuan.allows("58", "63", BEFORE) and not ninh_thuan.allows("56", "34", AFTER)


def test_admins_and_reviewers_without_provinces_cover_everything():
    assert accounts.User("a", "admin", ()).scope.allows("62", "63", BEFORE)
    assert accounts.User("r", "reviewer", ()).scope.allows("01", "34", AFTER)
    assert not accounts.User("r", "reviewer", ("14",)).scope.allows("01", "34", AFTER)


# --- sessions: a signed, expiring token keeps a login across a browser reload ------------------

def test_a_session_token_opens_its_account_until_logout(db):
    run("add", "kh-editor", "--role", "editor", "--province", "56", db=db)
    token = accounts.start_session("kh-editor", db)
    user, why = accounts.session_user(token, db)
    assert user.name == "kh-editor" and user.provinces == ("56",) and why == ""
    key = accounts.session_key_path(db)
    assert len(key.read_bytes()) == 32 and key.stat().st_mode & 0o777 == 0o600, "a random key, its owner's only"
    # the accounts file keeps only a hash of the session's id, never the token
    with sqlite3.connect(accounts.accounts_path(db)) as con:
        stored = " ".join(str(v) for row in con.execute("SELECT * FROM sessions") for v in row)
    assert token.split(".")[0] not in stored and token not in stored
    accounts.end_session(token, db=db)
    assert accounts.session_user(token, db) == (None, "ended")


def test_a_forged_or_tampered_token_opens_nothing(db):
    run("add", "kh-editor", "--role", "editor", "--province", "56", db=db)
    run("add", "admin", "--role", "admin", db=db)
    token = accounts.start_session("kh-editor", db)
    session_id, expires, mac = token.split(".")
    flipped = mac[:-2] + ("A" if mac[-2] != "A" else "B") + mac[-1]
    later = str(int(expires) + 3600)
    for bad in (f"{session_id}.{expires}.{flipped}",          # signature changed
                f"{session_id}.{later}.{mac}",                # lifetime stretched
                accounts.start_session("admin", db).split(".")[0] + f".{expires}.{mac}",  # another session's id
                "", "admin", token + "x", token.replace(".", "", 1)):
        assert accounts.session_user(bad, db)[0] is None, bad
    # a token signed with another key (another server's, or after the key file is replaced) fails
    accounts.session_key_path(db).write_bytes(b"k" * 32)
    assert accounts.session_user(token, db) == (None, "invalid")


def test_disabling_or_resetting_the_password_ends_every_session_of_the_account(db, monkeypatch):
    run("add", "kh-editor", "--role", "editor", "--province", "56", db=db)
    first, second = accounts.start_session("kh-editor", db), accounts.start_session("kh-editor", db)
    run("disable", "kh-editor", db=db)
    run("enable", "kh-editor", db=db)
    assert accounts.session_user(first, db) == (None, "ended") == accounts.session_user(second, db)
    third = accounts.start_session("kh-editor", db)
    monkeypatch.setenv(accounts.PASSWORD_ENV, "mat-khau-moi-dai-hon")
    run("reset-password", "kh-editor", db=db)
    assert accounts.session_user(third, db) == (None, "ended")
    with sqlite3.connect(accounts.accounts_path(db)) as con:
        reasons = [r[0] for r in con.execute("SELECT end_reason FROM sessions ORDER BY rowid")]
    assert reasons == ["disabled", "disabled", "password_reset"]


def test_a_session_ends_when_idle_or_too_old_and_says_so_in_the_audit(db, monkeypatch):
    run("add", "kh-editor", "--role", "editor", "--province", "56", db=db)
    token = accounts.start_session("kh-editor", db)
    start = accounts.now()
    monkeypatch.setattr(accounts, "now", lambda: start + timedelta(minutes=accounts.SESSION_IDLE_MINUTES - 1))
    assert accounts.session_user(token, db)[0] is not None, "used within the idle time: still open (and touched)"
    monkeypatch.setattr(accounts, "now", lambda: start + timedelta(minutes=2 * accounts.SESSION_IDLE_MINUTES - 3))
    assert accounts.session_user(token, db)[0] is not None, "the last use counts, not the login"
    monkeypatch.setattr(accounts, "now", lambda: start + timedelta(minutes=3 * accounts.SESSION_IDLE_MINUTES))
    assert accounts.session_user(token, db) == (None, "expired")
    assert accounts.session_user(token, db) == (None, "ended"), "an expired session stays ended"
    entry = accounts.audit_log(person="kh-editor", db=db).iloc[0]
    assert entry["action"] == "logout" and "expired" in entry["detail"]
    # however busy, a session ends SESSION_MAX_HOURS after the login
    token = accounts.start_session("kh-editor", db)
    start = accounts.now()
    for minutes in range(20, accounts.SESSION_MAX_HOURS * 60, 20):
        monkeypatch.setattr(accounts, "now", lambda m=minutes: start + timedelta(minutes=m))
        assert accounts.session_user(token, db)[0] is not None
    monkeypatch.setattr(accounts, "now", lambda: start + timedelta(hours=accounts.SESSION_MAX_HOURS, minutes=1))
    assert accounts.session_user(token, db) == (None, "expired")

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

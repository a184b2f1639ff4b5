"""Backup and restore: the round trip brings back every table of the warehouse, the kept uploads,
the accounts and the saved slide decks identical; a damaged backup is refused and changes nothing."""
from __future__ import annotations

import json
import sqlite3

import duckdb
import pytest

from etl import backup as bk
from etl import ingest, restore as rs, workflow
from metrics import accounts, queries, store
from views import decks
from views.slides import Slide
from tests.fixtures.workbooks import filled_template

PASSWORD = "mat-khau-kiem-thu-01"


def tables(db) -> dict[str, list]:
    """Every table of the warehouse, sorted rows (the round trip must keep each one)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        names = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        return {n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        con.close()


def account_tables(db) -> dict[str, list]:
    con = sqlite3.connect(accounts.accounts_path(db))
    try:
        return {n: con.execute(f"SELECT * FROM {n} ORDER BY 1").fetchall() for n in ("accounts", "audit")}
    finally:
        con.close()


@pytest.fixture()
def install(fresh_warehouse, monkeypatch):
    """A warehouse with accounts, an approved (locked) upload, a draft and an admin load."""
    monkeypatch.setattr(accounts, "sleep", lambda s: None)
    db = fresh_warehouse
    editor = accounts.add("kh-editor", "editor", PASSWORD, ("56",), actor="test", db=db)
    reviewer = accounts.add("kh-reviewer", "reviewer", PASSWORD, ("56",), actor="test", db=db)
    accounts.authenticate("kh-editor", "sai-mat-khau-123", db)
    for year, value in ((2021, 777), (2022, 12)):
        data = filled_template("Ninh Thuận", year, {"tasks_managed": value})
        out = ingest.load(ingest.examine(data, f"nt-{year}.xlsx"), data, db, user=editor)
        if year == 2021:
            workflow.submit(out.upload_id, editor, db)
            workflow.approve(out.upload_id, reviewer, db)
    data = filled_template("Sơn La", 2020, {"st_budget": 3.5})
    ingest.load(ingest.examine(data, "sonla-2020.xlsx"), data, db)
    # two saved slide decks, and a save caught half-way (its hidden temporary file)
    decks.save_deck("Hội nghị Đà Lạt", decks.encode([Slide("tasks_managed", (("58", "63"),), (2016, 2025), "line")]), db=db)
    decks.save_deck("Kon Tum 2024", decks.encode([Slide("st_budget", (("62", "63"),), (2018, 2025), "bar")]), db=db)
    (store.decks_dir(db) / ".dang-luu.123.tmp").write_text("{", "utf-8")
    return db


def test_round_trip_brings_back_every_table_the_uploads_and_the_accounts(install, tmp_path, capsys):
    before = tables(install)
    assert before["transitions"] and before["locks"] and before["uploads"], "the fixture has workflow data"
    assert bk.main([str(tmp_path / "bk"), "--db", str(install)]) == 0
    manifest = json.loads((tmp_path / "bk" / "manifest.json").read_text())
    paths = {e["path"] for e in manifest["files"]}
    assert {"warehouse.duckdb", "accounts.sqlite", "uploads/events.jsonl"} <= paths
    assert sum(p.startswith("uploads/files/") for p in paths) == 3
    assert all(len(e["sha256"]) == 64 for e in manifest["files"])
    assert PASSWORD.encode() not in (tmp_path / "bk" / "accounts.sqlite").read_bytes(), "hashes only"

    elsewhere = tmp_path / "restored" / "w.duckdb"
    assert rs.main([str(tmp_path / "bk"), "--db", str(elsewhere)]) == 0
    assert tables(elsewhere) == before
    assert account_tables(elsewhere) == account_tables(install)
    src, dst = install.parent / "w.uploads", elsewhere.parent / "w.uploads"
    assert sorted(p.relative_to(src) for p in src.rglob("*")) == sorted(p.relative_to(dst) for p in dst.rglob("*"))
    assert all((dst / p.relative_to(src)).read_bytes() == p.read_bytes() for p in src.rglob("*") if p.is_file())
    # the restored install works: its figures, locks and logins are the originals'
    assert queries.locks(elsewhere)["period"].tolist() == ["2021"]
    assert accounts.authenticate("kh-reviewer", PASSWORD, elsewhere).user.role == "reviewer"
    # the saved slide decks come back byte for byte, and the Presentation page lists them
    assert {"decks/hoi-nghi-da-lat.json", "decks/kon-tum-2024.json"} <= paths
    assert not any(p.startswith("decks/.") for p in paths), "no half-saved deck"
    saved = {p.name: p.read_bytes() for p in store.decks_dir(install).glob("*.json")}
    assert {p.name: p.read_bytes() for p in store.decks_dir(elsewhere).glob("*.json")} == saved
    assert [(d["slug"], d["name"]) for d in decks.saved_decks(elsewhere)] == [
        (d["slug"], d["name"]) for d in decks.saved_decks(install)]
    assert {d["name"] for d in decks.saved_decks(elsewhere)} == {"Hội nghị Đà Lạt", "Kon Tum 2024"}


def test_restoring_over_an_install_keeps_what_was_there_aside(install, tmp_path):
    bk.backup(tmp_path / "bk", install)
    before = tables(install)
    data = filled_template("Sơn La", 2019, {"st_budget": 9.0})
    ingest.load(ingest.examine(data, "later.xlsx"), data, install)
    assert tables(install) != before
    # a deck deleted since the backup and one saved since
    assert decks.delete_deck("kon-tum-2024", install)
    decks.save_deck("Sau sao lưu", decks.encode([Slide("st_budget", (("14", "63"),), (2018, 2025), "bar")]), db=install)
    done = rs.restore(tmp_path / "bk", install)
    assert tables(install) == before
    assert {d["slug"] for d in decks.saved_decks(install)} == {"hoi-nghi-da-lat", "kon-tum-2024"}
    aside = next(install.parent.glob("w.before-restore-*"))
    assert str(aside) == done["kept_aside"] and (aside / "w.duckdb").exists() and (aside / "w.uploads").is_dir()
    assert (aside / "decks" / "sau-sao-luu.json").exists(), "the deck saved after the backup is kept aside"


def test_a_damaged_or_incomplete_backup_is_refused_and_changes_nothing(install, tmp_path, capsys):
    bk.backup(tmp_path / "bk", install)
    target = tmp_path / "other" / "w.duckdb"
    events = tmp_path / "bk" / "uploads" / "events.jsonl"
    events.write_text(events.read_text() + "\n")
    assert rs.main([str(tmp_path / "bk"), "--db", str(target)]) == 1
    assert "sai tổng kiểm uploads/events.jsonl" in capsys.readouterr().err
    assert not target.exists()
    (tmp_path / "bk" / "accounts.sqlite").unlink()
    with pytest.raises(bk.BackupError, match="thiếu accounts.sqlite"):
        bk.verify(tmp_path / "bk")
    assert bk.main([str(tmp_path / "bk"), "--db", str(install)]) == 1, "a backup never overwrites another"

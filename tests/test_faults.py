"""Crashes, full disks, vanished files and stale write-ahead logs: afterwards the warehouse opens,
holds all or none of a file, the log agrees with it (etl.check), and a rebuild gives the same facts.

The process is killed with SIGKILL at chosen points (ST_DASHBOARD_FAULT, etl.pipeline._fault):
inside the transaction, after the kept file is stored, between the commit and the log, after the
log; and inside an undo, between its commit and its log."""
from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from etl import check, ingest, pipeline, uploads
from metrics import store
from tests.fixtures import hostile

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    path = tmp_path_factory.mktemp("faults") / "w.duckdb"
    pipeline.build(path)
    return path


@pytest.fixture()
def db(base, tmp_path):
    path = tmp_path / "w.duckdb"
    shutil.copy(base, path)
    return path


def facts(db) -> list[tuple]:
    with store.reader(db) as con:
        return con.execute("SELECT province_code, frame, indicator, period, measure, value, source_id IS NOT NULL, "
                           "upload_id IS NOT NULL FROM facts ORDER BY ALL").fetchall()


def upload_rows(db) -> list[tuple]:
    with store.reader(db) as con:
        return con.execute("SELECT u.upload_id, u.undone_at IS NOT NULL, count(o.observation_id) FILTER (WHERE o.active) "
                           "FROM uploads u LEFT JOIN observations o USING (upload_id) GROUP BY ALL").fetchall()


def python(code: str, fault: str | None, timeout: float = 120):
    env = {**os.environ, "ST_DASHBOARD_FAULT": fault or ""}
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)


REPORT = hostile.tidy_workbook(hostile.tidy_rows(4))  # 4 facts for Ninh Thuận, 2000–2003


def _assert_consistent_and_rebuilds(db, expect_loaded: bool, expect_undone: bool = False):
    rows = upload_rows(db)  # the warehouse opens
    if expect_loaded:
        assert len(rows) == 1 and rows[0][1] == expect_undone and rows[0][2] == (0 if expect_undone else 4), rows
    else:
        assert rows == []
    before = facts(db)
    result = pipeline.build(db)  # settles the .wal, reconciles the log from the database, rebuilds
    assert facts(db) == before
    assert not db.with_name(db.name + ".wal").exists()
    assert not list(db.parent.glob("*.building*"))
    found = check.check(db)
    assert found.agrees, found.lines()
    return result


@pytest.mark.parametrize("point, loaded", [("after_apply", False), ("after_store", False),
                                           ("after_commit", True), ("after_log", True)])
def test_sigkill_during_a_load(db, tmp_path, point, loaded):
    f = tmp_path / "bao-cao.xlsx"
    f.write_bytes(REPORT)
    p = subprocess.run([sys.executable, "-m", "etl.ingest", str(f), "--db", str(db)], cwd=ROOT, capture_output=True,
                       text=True, timeout=120, env={**os.environ, "ST_DASHBOARD_FAULT": point})
    assert p.returncode == -signal.SIGKILL, p.stderr[-1500:]
    _assert_consistent_and_rebuilds(db, loaded)


@pytest.mark.parametrize("point, undone", [("undo_after_apply", False), ("after_commit", True)])
def test_sigkill_during_an_undo(db, point, undone):
    outcome = ingest.load(ingest.examine(REPORT, "bao-cao.xlsx"), REPORT, db)
    p = python(f"from etl import pipeline; pipeline.undo({outcome.upload_id!r}, {str(db)!r})", point)
    assert p.returncode == -signal.SIGKILL, p.stderr[-1500:]
    _assert_consistent_and_rebuilds(db, True, expect_undone=undone)


def test_old_log_events_the_database_never_got_are_voided_not_replayed(db):
    """A log written under the old order (event before commit) holds an upload the database never
    committed and an undo it never applied: check reports both; the build voids them."""
    outcome = ingest.load(ingest.examine(REPORT, "that.xlsx"), REPORT, db)
    folder = store.uploads_dir(db)
    uploads.append_event(folder, {"event": "undo", "upload_id": outcome.upload_id, "at": "2025-01-01T00:00:00",
                                  "by": "x"})
    uploads.append_event(folder, {"event": "upload", "upload_id": "ghost-1", "sha256": uploads.sha256(REPORT),
                                  "file_name": "ma.xlsx", "at": "2025-01-01T00:00:00", "by": "x"})
    found = check.check(db)
    assert found.undo_not_in_db == [outcome.upload_id] and found.logged_not_in_db == ["ghost-1"]
    before = facts(db)
    pipeline.build(db)
    assert facts(db) == before and upload_rows(db) == [(outcome.upload_id, False, 4)]
    assert check.check(db).agrees


def test_damaged_last_line_and_missing_kept_file_are_reported_and_the_build_goes_on(db):
    a = hostile.tidy_workbook(hostile.tidy_rows(2))
    b = hostile.tidy_workbook(hostile.tidy_rows(3, province="Sơn La"))
    ingest.load(ingest.examine(a, "a.xlsx"), a, db)
    ob = ingest.load(ingest.examine(b, "b.xlsx"), b, db)
    folder = store.uploads_dir(db)
    uploads.stored_file(folder, uploads.sha256(a)).unlink()
    with open(folder / uploads.LOG_NAME, "ab") as fh:
        fh.write(b'{"event": "upload", "upload_id": "cut-sh')  # a crash mid-line
    found = check.check(db)
    assert not found.agrees
    assert [n for n, _ in found.damaged_lines] == [3] and [name for _, name in found.missing_files] == ["a.xlsx"]
    result = pipeline.build(db)
    assert any("hỏng" in n for n in result["notes"]) and any("a.xlsx" in n for n in result["notes"])
    assert [r[0] for r in upload_rows(db)] == [ob.upload_id]  # b is there, a reported
    uploads.append_event(folder, {"event": "undo", "upload_id": ob.upload_id, "at": "2025-01-01T00:00:00", "by": "x"})
    assert uploads.read_events(folder)[-1]["upload_id"] == ob.upload_id  # the damaged line did not swallow it


def test_stale_wal_of_another_file_is_removed_and_the_warehouse_opens(db, tmp_path):
    """The reported failure: a .wal beside the warehouse that does not belong to it made every open
    fail after a rebuild. The build settles it; the warehouse opens."""
    other = tmp_path / "other.duckdb"
    p = python(f"""
import duckdb, os, signal
con = duckdb.connect({str(other)!r})
con.execute("CREATE TABLE t AS SELECT range AS x FROM range(1000)")
con.execute("CHECKPOINT")
con.execute("INSERT INTO t SELECT range FROM range(10)")
os.kill(os.getpid(), signal.SIGKILL)
""", None)
    assert p.returncode == -signal.SIGKILL
    shutil.copy(other.with_name("other.duckdb.wal"), db.with_name(db.name + ".wal"))
    before = facts_via_copy(db)
    result = pipeline.build(db)
    assert any(".wal" in n for n in result["notes"])
    assert facts(db) == before
    assert not db.with_name(db.name + ".wal").exists()


def facts_via_copy(db) -> list[tuple]:
    """The facts of a warehouse whose .wal may be foreign: read from a copy without it."""
    copy = db.with_name("copy.duckdb")
    shutil.copy(db, copy)
    return facts(copy)


def test_full_disk_during_a_build_keeps_the_warehouse_and_leaves_nothing(db, monkeypatch):
    before = facts(db)

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(pipeline.os, "replace", full)
    with pytest.raises(pipeline.WriteFailed, match="Đĩa đầy"):
        pipeline.build(db)
    monkeypatch.undo()
    assert facts(db) == before
    assert sorted(p.name for p in db.parent.iterdir() if p.name.startswith("w.duckdb")) == ["w.duckdb"]


def test_build_command_reports_an_unwritable_place_in_words(tmp_path):
    blocker = tmp_path / "tep"
    blocker.write_text("không phải thư mục")
    p = subprocess.run([sys.executable, "-m", "etl.build", "--db", str(blocker / "w.duckdb")], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 1 and "Traceback" not in p.stderr and "Không" in p.stderr, p.stderr[-1500:]


def test_ingest_a_then_b_vanished_reports_both(db, tmp_path, monkeypatch, capsys):
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    a.write_bytes(REPORT)
    b.write_bytes(REPORT)
    real = ingest.sandbox.examine

    def examine_then_delete_b(data, name, *args, **kw):
        b.unlink(missing_ok=True)  # b goes while a is being read
        return pipeline.examine(data, name, *args)
    monkeypatch.setattr(ingest.sandbox, "examine", examine_then_delete_b)
    code = ingest.main([str(a), str(b), "--db", str(db), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [(o["file"], o["status"]) for o in out] == [("a.xlsx", "accepted"), ("b.xlsx", "rejected")]
    assert out[1]["problems"][0]["rule"] == "unreadable"
    assert upload_rows(db)[0][2] == 4 and real is not None

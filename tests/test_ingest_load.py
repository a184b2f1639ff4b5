"""Loading uploads: one transaction, nothing from a refused file, the same content twice changes
nothing, a newer report becomes current with the old value kept, undo brings it back, and a
rebuild from data/ plus the kept uploads loses nothing."""
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pytest

from etl import build, ingest, pipeline, uploads, warehouse
from metrics import queries, registry, store
from tests.fixtures.facts import current
from tests.fixtures.workbooks import filled_template

FIXTURES = Path(__file__).parent / "fixtures" / "excel" / "files"
ROOT = Path(__file__).resolve().parent.parent


def counts(db):
    with store.reader(db) as con:
        return con.execute("SELECT (SELECT count(*) FROM observations), (SELECT count(*) FROM uploads), "
                           "(SELECT count(*) FROM sources)").fetchall()[0]


def test_template_reads_back_exactly():
    def depth(ind):
        return 0 if not ind.parent else 1 + depth(registry.indicator(ind.parent))
    # parts smaller than their wholes, every value inside its range
    values = {ind.code: (7 if ind.kind == "rank" else max(ind.min, min(ind.max, 90 - 20 * depth(ind))))
              for ind in registry.indicators().values()}
    values["tthc_level4_rate"] = 87.5
    # levels that sum exactly to their total; parts that do not overlap summing below their whole
    for ind in registry.indicators().values():
        if ind.sum_of:
            values.update({part: values[ind.code] / len(ind.sum_of) for part in ind.sum_of})
        for group in ind.disjoint_parts:
            values.update({part: values[ind.code] // (len(group) + 1) for part in group})
    data = filled_template("Sơn La", 2024, values)
    result = ingest.examine(data, "mau.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = {r.indicator: r.value for r in result.facts.itertuples()}
    assert got == pytest.approx(values)
    assert set(result.facts.province_code) == {"14"} and set(result.facts.frame) == {"63"}


def test_upload_becomes_current_and_undo_restores(fresh_warehouse):
    db = fresh_warehouse
    before = current(db, "tasks_managed")
    assert before[0] == 36  # from the narrative source
    data = filled_template(values={"tasks_managed": 40, "tasks_accepted": 11})
    result = ingest.examine(data, "bao-cao-ninh-thuan-2021.xlsx")
    outcome = ingest.load(result, data, db, by="kiểm thử")
    assert outcome.status == "loaded" and outcome.facts == 2 and outcome.replaced == 2
    value, source, alternatives = current(db, "tasks_managed")
    assert value == 40 and "bao-cao-ninh-thuan-2021.xlsx" in source and "Biểu 01!E" in source.replace("trang tính ", "").replace(", ô ", "!")
    assert alternatives >= 1  # the narrative's 36 stays visible as another reported value
    history = queries.other_values("58", "63", "tasks_managed", "2021", "actual", db=db)
    assert list(history.value[:2]) == [40, 36]
    assert ingest.load(result, data, db).status == "unchanged"
    assert counts(db)[1] == 1
    assert ingest.undo(outcome.upload_id, db) == 2
    assert current(db, "tasks_managed")[0] == 36


def test_refused_file_writes_nothing(fresh_warehouse):
    db = fresh_warehouse
    before = counts(db)
    data = (FIXTURES / "bad_part_whole.xlsx").read_bytes()
    result = ingest.examine(data, "bad_part_whole.xlsx")
    assert not result.accepted and result.facts.empty
    assert ingest.load(result, data, db).status == "rejected"
    assert counts(db) == before
    assert not (store.uploads_dir(db) / "events.jsonl").exists()


def test_failure_inside_the_transaction_leaves_nothing(fresh_warehouse, monkeypatch):
    db = fresh_warehouse
    before = counts(db)
    data = filled_template(values={"tasks_managed": 41})
    result = ingest.examine(data, "x.xlsx")

    def boom(*a, **k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(uploads, "store", boom)
    with pytest.raises(pipeline.WriteFailed, match="Đĩa đầy"):
        ingest.load(result, data, db)
    assert counts(db) == before
    assert uploads.read_events(store.uploads_dir(db)) == []


def test_log_failing_after_the_commit_keeps_the_upload_and_the_log_catches_up(fresh_warehouse, monkeypatch):
    """The database is the truth: an upload committed while the log could not be written stays,
    and the next write brings the log in line so that a rebuild keeps it."""
    db = fresh_warehouse
    data = filled_template(values={"tasks_managed": 41})
    result = ingest.examine(data, "x.xlsx")
    real = uploads.append_event

    def boom(*a, **k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(uploads, "append_event", boom)
    outcome = ingest.load(result, data, db)
    assert outcome.status == "loaded" and current(db, "tasks_managed")[0] == 41
    monkeypatch.setattr(uploads, "append_event", real)
    with warehouse.writer(db) as con:
        found = pipeline.reconcile(con, store.uploads_dir(db), repair=False)
    assert found.db_not_logged == [outcome.upload_id] and not found.agrees
    build.build(db)  # the build reconciles first
    assert current(db, "tasks_managed")[0] == 41
    assert [e["upload_id"] for e in uploads.read_events(store.uploads_dir(db))] == [outcome.upload_id]


def test_rebuild_keeps_uploads_and_undos(fresh_warehouse):
    db = fresh_warehouse
    a = filled_template(values={"tasks_managed": 40})
    b = filled_template(values={"tasks_accepted": 12})
    ra, rb = ingest.examine(a, "a.xlsx"), ingest.examine(b, "b.xlsx")
    ingest.load(ra, a, db)
    ob = ingest.load(rb, b, db)
    ingest.undo(ob.upload_id, db)
    before = (current(db, "tasks_managed")[0], current(db, "tasks_accepted")[0], counts(db))
    build.build(db)
    after = (current(db, "tasks_managed")[0], current(db, "tasks_accepted")[0], counts(db))
    assert before == after == (40, 10, after[2])


def test_cli_json_and_exit_codes(fresh_warehouse, tmp_path):
    good = tmp_path / "good.xlsx"
    good.write_bytes(filled_template(values={"tasks_managed": 40}))
    bad = FIXTURES / "bad_range.xlsx"
    run = lambda *args: subprocess.run([sys.executable, "-m", "etl.ingest", *args], cwd=ROOT,
                                       capture_output=True, text=True, timeout=120)
    p = run(str(good), str(bad), "--db", str(fresh_warehouse), "--json")
    assert p.returncode == 1, p.stderr
    out = json.loads(p.stdout)
    assert [o["status"] for o in out] == ["accepted", "rejected"]
    assert out[0]["counts"]["facts"] == 1 and out[0]["facts"][0]["cell"].startswith("E")
    assert out[1]["facts"] == [] and {pr["rule"] for pr in out[1]["problems"]} == {"range"}
    assert all(pr["sheet"] and pr["cell"] for pr in out[1]["problems"])
    assert "ngoài khoảng hợp lệ" in out[1]["problems"][0]["message"]
    assert current(fresh_warehouse, "tasks_managed")[0] == 40
    en = run(str(bad), "--dry-run", "--json", "--lang", "en")
    assert "outside its valid range" in json.loads(en.stdout)[0]["problems"][0]["message"]
    assert run(str(good), "--db", str(fresh_warehouse)).returncode == 0
    assert run(str(tmp_path / "missing.xlsx")).returncode == 2
    assert run(str(good), "--bogus").returncode == 2


def test_app_reads_while_command_line_writes(fresh_warehouse, tmp_path):
    """Readers (the app's query path) and writers in other processes at the same time: no crash,
    no corrupt file, and a reader sees the new value while writes are still going on."""
    db = fresh_warehouse
    first, second = tmp_path / "r2021.xlsx", tmp_path / "r2022.xlsx"
    first.write_bytes(filled_template(values={"tasks_managed": 44}))
    second.write_bytes(filled_template(year=2022, values={"tasks_managed": 45}))

    def value_2021():
        df = queries.facts(["tasks_managed"], [("58", "63")], db=db)
        return df.loc[df["period"] == "2021", "value"].iloc[0]

    before = value_2021()
    assert before != 44
    errors, seen = [], []   # seen: (monotonic time, value read)
    stop = threading.Event()

    def read_loop():
        while not stop.is_set():
            try:
                seen.append((time.monotonic(), value_2021()))
            except Exception as exc:  # noqa: BLE001 - any error is the failure we test for
                errors.append(exc)
    threads = [threading.Thread(target=read_loop) for _ in range(3)]
    for th in threads:
        th.start()
    runs = []
    for f in (first, second):   # two writers one after the other; the readers never stop
        runs.append(subprocess.run([sys.executable, "-m", "etl.ingest", str(f), "--db", str(db)], cwd=ROOT,
                                   capture_output=True, text=True, timeout=120))
        runs[-1].finished = time.monotonic()
    stop.set()
    for th in threads:
        th.join()
    assert [r.returncode for r in runs] == [0, 0], [r.stdout + r.stderr for r in runs]
    assert errors == []
    values = [v for _, v in seen]
    assert before in values, "readers read before the first write landed"
    during_second = [v for at, v in seen if runs[0].finished <= at < runs[1].finished]
    assert 44 in during_second, "a reader saw the first write's value while the second write went on"
    assert value_2021() == 44
    duckdb.connect(str(db), read_only=True).close()  # the file is intact


def test_writer_says_busy_instead_of_crashing(fresh_warehouse, monkeypatch):
    data = filled_template(values={"tasks_managed": 45})
    result = ingest.examine(data, "busy.xlsx")
    monkeypatch.setattr(warehouse, "WAIT_SECONDS", 0.2)
    outcome = {}

    def try_load():
        try:
            outcome["r"] = ingest.load(result, data, fresh_warehouse)
        except warehouse.WarehouseBusy as exc:
            outcome["r"] = exc
    with warehouse.writer_lock(fresh_warehouse):  # another writer holds the warehouse
        th = threading.Thread(target=try_load)
        th.start()
        th.join()
    assert isinstance(outcome["r"], warehouse.WarehouseBusy)
    assert "thử lại" in str(outcome["r"])
    assert ingest.load(result, data, fresh_warehouse).status == "loaded"  # and works once it is free


def test_page_and_command_line_load_at_the_same_time(fresh_warehouse, tmp_path):
    """Two writers at once (the page's code path in a thread, the command line in a process):
    both files land, one after the other; nothing crashes, nothing is half-written."""
    db = fresh_warehouse
    f = tmp_path / "cli.xlsx"
    f.write_bytes(filled_template("Sơn La", 2022, {"tasks_managed": 50}))
    page_data = filled_template("Kon Tum", 2022, {"tasks_managed": 30})
    page_result = ingest.examine(page_data, "page.xlsx")
    outcome = {}
    proc = subprocess.Popen([sys.executable, "-m", "etl.ingest", str(f), "--db", str(db)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    th = threading.Thread(target=lambda: outcome.setdefault("page", ingest.load(page_result, page_data, db, by="trang")))
    th.start()
    th.join()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, out + err
    assert outcome["page"].status == "loaded"
    assert current(db, "tasks_managed", "2022", "14")[0] == 50
    assert current(db, "tasks_managed", "2022", "62")[0] == 30
    assert counts(db)[1] == 2

"""The read model (etl.readmodel), its publication (etl.publish) and its readers (metrics.snapshot):
what a commit refreshes equals a full recomputation; readers see a new upload at their next query
without a restart; the synthetic warehouse (bench.synth's code, run small) is marked as such."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from etl import pipeline, publish, readmodel, uploads
from metrics import queries, registry, snapshot, store
from metrics.schema import DATA_LISTS
from tests.fixtures.snapshots import assert_same_tables, published, published_whole, upload

ROOT = Path(__file__).resolve().parent.parent
TABLES = {"current_facts": readmodel.FACT_ORDER, "facts_today": readmodel.TODAY_ORDER,
          "data_index": "indicator, province_code, frame, measure", "province_summary": readmodel.SUMMARY_ORDER,
          "coverage_years": readmodel.COVERAGE_ORDER, "coverage_sources": readmodel.SOURCES_ORDER}


def tables_of(db: Path) -> dict[str, pd.DataFrame]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").df() for t in TABLES}
    finally:
        con.close()


def recomputed(db: Path) -> dict[str, pd.DataFrame]:
    """The read model rebuilt from scratch in a copy of the warehouse."""
    copy = db.with_name("copy.duckdb")
    copy.write_bytes(db.read_bytes())
    con = duckdb.connect(str(copy))
    con.execute("BEGIN")
    readmodel.refresh(con, None)
    con.execute("COMMIT")
    con.close()
    out = tables_of(copy)
    copy.unlink()
    return out


def test_incremental_refresh_equals_a_full_rebuild_after_load_and_undo(fresh_warehouse):
    first = upload(fresh_warehouse, 4321, "02", "2024")
    upload(fresh_warehouse, 777, "58", "2021")  # Ninh Thuận: feeds Khánh Hòa's rebuilt 2021
    for name, table in tables_of(fresh_warehouse).items():
        pd.testing.assert_frame_equal(table, recomputed(fresh_warehouse)[name], check_dtype=False, obj=name)
    pipeline.undo(first, db=fresh_warehouse)
    after = tables_of(fresh_warehouse)
    for name, table in after.items():
        pd.testing.assert_frame_equal(table, recomputed(fresh_warehouse)[name], check_dtype=False, obj=name)
    facts = after["current_facts"]
    assert facts[(facts.province_code == "02") & (facts.indicator == "tasks_managed")].empty  # undone: gone
    today = after["facts_today"]
    kh = today[(today.province_code == "56") & (today.indicator == "tasks_managed") & (today.period == "2021")]
    assert not kh.empty  # Khánh Hòa's 2021 rebuilt from its predecessors, with Ninh Thuận's 777 among them


def test_a_reader_sees_a_new_upload_at_its_next_query_and_versions_move(fresh_warehouse):
    before = snapshot.version(fresh_warehouse)
    assert queries.facts(["tasks_managed"], [("02", "63")], db=fresh_warehouse).empty
    upload(fresh_warehouse, 4321, "02", "2024")
    assert snapshot.version(fresh_warehouse) == before + 1
    got = queries.facts(["tasks_managed"], [("02", "63")], db=fresh_warehouse)
    assert got["value"].tolist() == [4321.0]
    assert got["source"].iloc[0].startswith("Báo cáo của Sở tải lên: bao-cao-02-2024")
    # the publish rewrote only the touched indicator's partition: the others are the old files
    manifest = publish.read_manifest(publish.snapshot_dir(fresh_warehouse))
    versions = {p.split("/")[0] for p in manifest["partitioned"]["facts"].get("ocop_products", [])}
    assert versions == {f"v{before:08d}"} and manifest["partitioned"]["facts"]["tasks_managed"][0].startswith(
        f"v{before + 1:08d}/")


def test_the_province_picker_lists_a_newly_uploaded_province_at_a_readers_next_call(fresh_warehouse):
    """The lookups (the pickers' provinces and indicators, the years of the charts) read lists
    published with the snapshot, not its data_index. A reader that has read them, and every small
    table of the previous version, lists Hà Giang after the first upload into it at its next call,
    without a restart; the published lists are what data_index says."""
    def pairs():
        return set(queries.provinces_with_data(db=fresh_warehouse).itertuples(index=False, name=None))

    assert ("02", "63") not in pairs()
    indicators, span = queries.indicators_with_data(db=fresh_warehouse), queries.year_span(db=fresh_warehouse)
    for name in publish.WHOLE:
        if snapshot.of(fresh_warehouse).file_of(name):
            queries.query(f"SELECT * FROM {name}", (), fresh_warehouse)
    upload(fresh_warehouse, 4321, "02", "2024")
    assert ("02", "63") in pairs()
    assert queries.indicators_with_data(db=fresh_warehouse) == indicators and "tasks_managed" in indicators
    assert queries.year_span(db=fresh_warehouse) == span
    snap = snapshot.of(fresh_warehouse)
    # the new list is the new version's file; the lists the upload left as they were keep theirs
    assert snap.file_of("provinces_with_data").startswith(f"v{snap.version:08d}/")
    assert not snap.file_of("indicators_with_data").startswith(f"v{snap.version:08d}/")
    con = duckdb.connect(str(fresh_warehouse), read_only=True)
    try:
        for name, select in DATA_LISTS.items():
            read = snap.cursor().execute(f"SELECT * FROM {name} ORDER BY ALL").fetchall()
            assert read == con.execute(f"SELECT * FROM ({select}) ORDER BY ALL").fetchall(), name
    finally:
        con.close()


def test_a_snapshot_published_without_the_lists_answers_and_gets_them_at_the_next_start(fresh_warehouse):
    """A snapshot of earlier code has no lists: its readers compute them from its data_index (the
    same answers), and the app's next start (ensure_snapshot) publishes them beside its files,
    which stay as they are."""
    folder = publish.snapshot_dir(fresh_warehouse)
    answers = (queries.indicators_with_data(db=fresh_warehouse),
               queries.provinces_with_data(db=fresh_warehouse).to_dict("records"), queries.year_span(db=fresh_warehouse))
    manifest = publish.read_manifest(folder)
    old = {**manifest, "version": manifest["version"] + 1,
           "whole": {k: v for k, v in manifest["whole"].items() if k not in DATA_LISTS}}
    (folder / publish.MANIFEST).write_text(json.dumps(old), "utf-8")
    assert publish.lacks_added(fresh_warehouse)
    assert (queries.indicators_with_data(db=fresh_warehouse),
            queries.provinces_with_data(db=fresh_warehouse).to_dict("records"),
            queries.year_span(db=fresh_warehouse)) == answers
    assert pipeline.ensure_snapshot(fresh_warehouse) is True
    after = publish.read_manifest(folder)
    assert set(DATA_LISTS) <= set(after["whole"]) and after["partitioned"] == old["partitioned"]
    assert not publish.lacks_added(fresh_warehouse)
    assert (queries.indicators_with_data(db=fresh_warehouse),
            queries.provinces_with_data(db=fresh_warehouse).to_dict("records"),
            queries.year_span(db=fresh_warehouse)) == answers


def test_an_incremental_publish_equals_a_whole_one(fresh_warehouse, tmp_path):
    """A commit republishes only what it touched — the by-province copies keep the touched
    province's other indicators from the previous version's file — and readers see exactly what a
    whole publish of the same warehouse shows, after loads into two provinces and an undo."""
    first = upload(fresh_warehouse, 4321, "02", "2024")
    upload(fresh_warehouse, 777, "58", "2021")
    upload(fresh_warehouse, 13, "14", "2022")
    pipeline.undo(first, db=fresh_warehouse)
    manifest = publish.read_manifest(publish.snapshot_dir(fresh_warehouse))
    by_province = manifest["partitioned"]["history_by_province"]
    last = f"v{manifest['version']:08d}/"  # the undo's publish: Hà Giang's overlay only
    # each touched province keeps its base file (the whole build's) and gets a small overlay: the
    # current rows of the indicators changed since, never a rewrite of the province's every row
    assert not any(f.startswith(last) for f in by_province["02"] + by_province["14"])
    overlay = manifest["overlays"]["history_by_province"]["02"]
    assert overlay["indicators"] == ["tasks_managed"] and [f[:len(last)] for f in overlay["files"]] == [last]
    in_overlay = duckdb.sql(f"SELECT DISTINCT indicator FROM read_parquet('{publish.snapshot_dir(fresh_warehouse)}/"
                            f"{overlay['files'][0]}')").fetchall()
    assert in_overlay == [("tasks_managed",)]
    incremental = published(fresh_warehouse)
    assert_same_tables(incremental, published_whole(fresh_warehouse, tmp_path))
    sonla = incremental["facts_by_province"]
    assert sonla[(sonla.province_code == "14") & (sonla.indicator == "tasks_managed")
                 & (sonla.period == "2022")]["value"].tolist() == [13]
    assert incremental["history_by_province"].query("province_code == '02' and indicator == 'tasks_managed' "
                                                    "and period == '2024'")["undone_at"].notna().all()


def test_a_province_with_many_overlaid_indicators_is_written_whole_again(fresh_warehouse, monkeypatch):
    """Past publish.MAX_OVERLAID changed indicators a province's file is rewritten whole (the
    overlay is folded into it) and readers still see every current value, as a whole publish."""
    monkeypatch.setattr(publish, "MAX_OVERLAID", 1)
    upload(fresh_warehouse, 4321, "14", "2022")
    manifest = publish.read_manifest(publish.snapshot_dir(fresh_warehouse))
    assert manifest["overlays"]["facts_by_province"]["14"]["indicators"] == ["tasks_managed"]
    upload(fresh_warehouse, 5, "14", "2022", indicator="ocop_products", name="bao-cao-14-2022-ocop.xlsx")
    manifest = publish.read_manifest(publish.snapshot_dir(fresh_warehouse))
    assert "14" not in manifest.get("overlays", {}).get("facts_by_province", {})
    assert manifest["partitioned"]["facts_by_province"]["14"] == [
        f"v{manifest['version']:08d}/facts_by_province/province_code=14/data_0.parquet"]
    got = queries.facts(["tasks_managed", "ocop_products"], [("14", "63")], db=fresh_warehouse)
    by = {(r.indicator, r.period): r.value for r in got.itertuples() if r.measure == "actual"}
    assert by[("tasks_managed", "2022")] == 4321 and by[("ocop_products", "2022")] == 5
    assert_same_tables(published(fresh_warehouse), published_whole(fresh_warehouse, fresh_warehouse.parent))


def test_the_overview_shows_an_upload_at_its_next_run_and_computes_only_the_touched_province_again(
        fresh_warehouse, open_page):
    """The overview's per-province part is cached on the snapshot files it reads: an upload into Hà
    Giang changes Hà Giang's key (its next run shows the figure, no restart) and leaves Sơn La's
    alone (its cards are not computed again)."""
    core = list(registry.display().core)
    before = {p: queries.facts_view_key(core, [p], db=fresh_warehouse) for p in (("02", "63"), ("14", "63"))}
    at = open_page("pages/overview.py", db=fresh_warehouse, prov=["02-63", "14-63"])
    assert "4.321 nhiệm vụ" not in " ".join(block.proto.body for block in at.get("html"))
    upload(fresh_warehouse, 4321, "02", "2024")
    after = {p: queries.facts_view_key(core, [p], db=fresh_warehouse) for p in before}
    assert after[("02", "63")] != before[("02", "63")] and after[("14", "63")] == before[("14", "63")]
    at.run()
    assert "4.321 nhiệm vụ" in " ".join(block.proto.body for block in at.get("html"))


def test_a_snapshot_of_the_previous_layout_is_extended_not_republished_whole(fresh_warehouse):
    """A layout-3 snapshot (no overlays; what the previous code published) is a layout-4 one
    without overlays: the next upload adds an overlay to it instead of rewriting every partition
    (minutes at 10 M)."""
    folder = publish.snapshot_dir(fresh_warehouse)
    manifest = publish.read_manifest(folder)
    (folder / publish.MANIFEST).write_text(json.dumps({**manifest, "layout": 3}), "utf-8")
    upload(fresh_warehouse, 4321, "14", "2022")
    after = publish.read_manifest(folder)
    assert after["layout"] == publish.LAYOUT
    assert after["partitioned"]["facts_by_province"]["14"] == manifest["partitioned"]["facts_by_province"]["14"]
    assert after["partitioned"]["facts"]["ocop_products"] == manifest["partitioned"]["facts"]["ocop_products"]
    assert after["overlays"]["facts_by_province"]["14"]["indicators"] == ["tasks_managed"]
    got = queries.facts(["tasks_managed"], [("14", "63")], db=fresh_warehouse)
    assert got[(got.period == "2022") & (got.measure == "actual")]["value"].tolist() == [4321.0]


def test_another_process_reads_while_the_writer_holds_the_file(fresh_warehouse):
    """Readers use the snapshot, never the writer's file: a reader in another process answers
    while this process holds the warehouse open for writing."""
    from etl import warehouse

    reader = ("import sys; from metrics import queries; "
              "print(len(queries.facts(['tasks_managed'], [('14', '63')], db=sys.argv[1])))")
    with warehouse.writer(fresh_warehouse) as con:
        con.execute("BEGIN")
        out = subprocess.run([sys.executable, "-c", reader, str(fresh_warehouse)], cwd=ROOT, capture_output=True,
                             text=True, timeout=60, env={**os.environ, "ST_DASHBOARD_WAIT": "0.5"})
        con.execute("ROLLBACK")
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) > 0


def test_a_failed_publish_makes_the_next_one_whole(fresh_warehouse, monkeypatch):
    real = publish._copy
    calls = {"n": 0}

    def failing(con, select, target, options=""):
        calls["n"] += 1
        raise OSError("disk full")

    monkeypatch.setattr(publish, "_copy", failing)
    uid = upload(fresh_warehouse, 4321, "02", "2024")  # committed and logged: the load stands
    monkeypatch.setattr(publish, "_copy", real)
    assert calls["n"] and uid in {e["upload_id"] for e in uploads.read_events(store.uploads_dir(fresh_warehouse))}
    assert publish.is_stale(fresh_warehouse)
    assert queries.facts(["tasks_managed"], [("02", "63")], db=fresh_warehouse)["value"].tolist() != [4321.0]
    upload(fresh_warehouse, 55, "04", "2024")  # its publish redoes everything, the lost upload included
    assert queries.facts(["tasks_managed"], [("02", "63")], db=fresh_warehouse)["value"].tolist() == [4321.0]


def test_a_crash_between_commit_and_publish_is_published_whole_at_the_next_start(fresh_warehouse):
    """Killed after the COMMIT, before the snapshot: the stale mark stays, readers still see the
    old figure, and the app's next start (ensure_snapshot) publishes the whole snapshot."""
    code = "import sys; from pathlib import Path; from tests.fixtures.snapshots import upload; upload(Path(sys.argv[1]), 4321)"
    p = subprocess.run([sys.executable, "-c", code, str(fresh_warehouse)], cwd=ROOT, capture_output=True, text=True,
                       timeout=120, env={**os.environ, "ST_DASHBOARD_FAULT": "after_commit"})
    assert p.returncode == -9, p.stderr[-1500:]
    assert publish.is_stale(fresh_warehouse)
    assert queries.facts(["tasks_managed"], [("02", "63")], db=fresh_warehouse).empty
    assert pipeline.ensure_snapshot(fresh_warehouse) is True
    assert not publish.is_stale(fresh_warehouse)
    assert queries.facts(["tasks_managed"], [("02", "63")], db=fresh_warehouse)["value"].tolist() == [4321.0]


def test_synthetic_warehouse_is_marked_and_keeps_out_of_the_registry(tmp_path):
    db = tmp_path / "synth.duckdb"
    run = subprocess.run([sys.executable, "-m", "bench.synth", "--observations", "3000", "--db", str(db)],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "SYNTHETIC" in run.stdout
    con = duckdb.connect(str(db), read_only=True)
    n_obs = con.execute("SELECT count(*) FROM observations").fetchall()[0][0]
    kinds = {r[0] for r in con.execute("SELECT DISTINCT kind FROM sources").fetchall()}
    unmarked = con.execute("SELECT count(*) FROM sources WHERE publisher NOT LIKE '%GIẢ LẬP%'").fetchall()[0][0]
    con.close()
    assert n_obs == 3000 and kinds == {"report", "narrative", "press"} and unmarked == 0
    assert queries.synthetic(db)["generator"] == "bench.synth"
    queries.version(db)
    assert registry.indicator("synth_001").name_vi.endswith("(GIẢ LẬP)")
    assert "synth_001" not in registry.read_indicator_table()  # never in the registry file
    # pages list (and sort tables by) the declared indicators first, then the warehouse's own
    rank = registry.shown_rank()
    assert rank["tasks_managed"] < rank["synth_001"] and len(rank) == len(registry.shown_indicators())
    # the same N and seed give the same rows
    again = tmp_path / "again.duckdb"
    subprocess.run([sys.executable, "-m", "bench.synth", "--observations", "3000", "--db", str(again)],
                   cwd=ROOT, check=True, capture_output=True, timeout=300)
    q = "SELECT * EXCLUDE (observation_id) FROM observations ORDER BY ALL"
    a, b = (duckdb.connect(str(p), read_only=True).execute(q).df() for p in (db, again))
    pd.testing.assert_frame_equal(a, b)
    registry.set_overlay([])
    assert "synth_001" not in registry.shown_rank()
    queries._installed = ()


def test_synthetic_data_never_goes_under_data(tmp_path):
    run = subprocess.run([sys.executable, "-m", "bench.synth", "--observations", "100", "--db",
                          str(ROOT / "data" / "warehouse" / "synthetic.duckdb")], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 2 and "never goes under data/" in run.stderr
    assert not (ROOT / "data" / "warehouse" / "synthetic.duckdb").exists()


def test_the_app_says_synthetic_on_every_page(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    db = tmp_path / "synth.duckdb"
    subprocess.run([sys.executable, "-m", "bench.synth", "--observations", "2000", "--db", str(db)],
                   cwd=ROOT, check=True, capture_output=True, timeout=300)
    monkeypatch.setenv("ST_DASHBOARD_DB", str(db))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert any("DỮ LIỆU GIẢ LẬP" in w.value for w in at.warning)
    at.switch_page("pages/profile.py")
    at.run()
    assert any("DỮ LIỆU GIẢ LẬP" in w.value for w in at.warning)
    registry.set_overlay([])
    queries._installed = ()


def test_facts_come_in_the_read_models_order_as_order_by_gives_it(warehouse_path):
    """metrics.queries orders facts outside SQL (ordered_rows): the same rows in the same order as
    ORDER BY on the read model's tables, whose files are written in that very order."""
    assert queries.FACT_ORDER == tuple(readmodel.FACT_ORDER.split(", "))
    assert queries.TODAY_ORDER == tuple(readmodel.TODAY_ORDER.split(", "))
    con = duckdb.connect(str(warehouse_path), read_only=True)
    try:
        want = con.execute(f"SELECT {queries._FACT_COLUMNS} FROM current_facts ORDER BY {readmodel.FACT_ORDER}"
                           ).to_arrow_table().to_pandas(date_as_object=False)
        today = con.execute(f"SELECT {queries._TODAY_COLUMNS} FROM facts_today ORDER BY {readmodel.TODAY_ORDER}"
                            ).to_arrow_table().to_pandas(date_as_object=False)
    finally:
        con.close()
    pd.testing.assert_frame_equal(queries.facts(db=warehouse_path), want)
    pd.testing.assert_frame_equal(queries.facts_view(mode="today", db=warehouse_path), today)
    pairs = [("58", "63"), ("14", "34"), ("56", "34")]
    got = queries.facts(["tasks_managed", "st_budget", "ocop_products"], pairs, db=warehouse_path)
    keep = want["indicator"].isin(["tasks_managed", "st_budget", "ocop_products"]) & pd.Series(
        list(zip(want["province_code"], want["frame"]))).isin(pairs)
    assert len(got) > 0
    pd.testing.assert_frame_equal(got, want[keep].reset_index(drop=True))


@pytest.mark.parametrize("arrow_rows", [0, 10_000], ids=["numpy ranks", "arrow sort"])
def test_rows_ordered_outside_sql_equal_order_by_with_missing_values_and_accents(arrow_rows, monkeypatch):
    """Both ways of ordering (numpy ranks for large results, Arrow's sort for a page's few rows)."""
    monkeypatch.setattr(queries, "_ARROW_SORT_ROWS", arrow_rows)
    import datetime
    import random

    import pyarrow as pa

    rnd = random.Random(7)
    n = 3000
    rows = pa.table({
        "indicator": [rnd.choice(["b", "a", "Ä", "z", "ế", "tasks_managed", None]) for _ in range(n)],
        "province_code": [rnd.choice(["01", "14", "58", "9"]) for _ in range(n)],
        "frame": [rnd.choice(["63", "34"]) for _ in range(n)],
        "period_start": [rnd.choice([datetime.date(2020, 1, 1), datetime.date(2019, 7, 1), None]) for _ in range(n)],
        "period_end": [datetime.date(2021, rnd.randint(1, 12), 1) for _ in range(n)],
        "measure": [rnd.choice(["actual", "plan"]) for _ in range(n)],
        "row": list(range(n))})
    con = duckdb.connect()
    try:
        want = con.execute(f"SELECT * FROM rows ORDER BY {readmodel.FACT_ORDER}, row").to_arrow_table()
    finally:
        con.close()
    assert queries.ordered_rows(rows, queries.FACT_ORDER).equals(want)  # ties keep their order (row)
    assert queries.ordered_rows(want, queries.FACT_ORDER) is want  # in order already: nothing moves


def test_coverage_reads_the_values_touching_its_years_only(warehouse_path):
    every = queries.facts(measure="actual", db=warehouse_path)
    got = queries.coverage_facts((), [("58", "63"), ("14", "63")], years=(2021, 2023), db=warehouse_path)
    start, end = every["period_start"].dt.year, every["period_end"].dt.year
    keep = every["province_code"].isin(["58", "14"]) & (every["frame"] == "63") & (end >= 2021) & (start <= 2023)
    assert len(got) > 0 and list(got.columns) == list(queries.COVERAGE_COLUMNS)
    pd.testing.assert_frame_equal(got, every.loc[keep, list(queries.COVERAGE_COLUMNS)].reset_index(drop=True))

"""Folding the snapshot's overlays back into their provinces' files (etl.publish.compact,
etl.compact): readers see the same rows before and after (overlays of changed and of removed
indicators — an undo), no query answers differently, a writer that arrives waits for one province
at most, a compaction killed half-way leaves the snapshot readable, and a commit's overlays are
folded in the background after its publish made them visible."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import pandas as pd

import etl.__main__ as dispatcher
from etl import compact, pipeline, publish, warehouse
from metrics import queries
from tests.fixtures.snapshots import assert_same_tables, manifest_of, published, published_whole, upload
from tests.fixtures.apptest import ROOT

CORE = ["tasks_managed", "ocop_products"]
PROVINCES = [("02", "63"), ("14", "63"), ("58", "63")]
# the provinces of today whose 34-province rows those uploads change (the by-province copy of
# facts_today): Sơn La itself, Hà Giang's successor Tuyên Quang, Ninh Thuận's Khánh Hòa
TODAY = [("08", "34"), ("14", "34"), ("56", "34")]
OVERLAID = ["02", "08", "14", "56", "58"]


def overlaid_warehouse(db) -> None:
    """Overlays of a changed indicator (Sơn La, Ninh Thuận: tasks_managed and OCOP) and of one
    whose every row went (Hà Giang: an upload, then its undo)."""
    first = upload(db, 4321, "02", "2024")
    upload(db, 13, "14", "2022")
    upload(db, 5, "14", "2022", indicator="ocop_products", name="bao-cao-14-2022-ocop.xlsx")
    upload(db, 777, "58", "2021")
    pipeline.undo(first, db=db)
    assert sorted(publish.overlaid(manifest_of(db))) == OVERLAID


def answers(db) -> dict[str, pd.DataFrame]:
    """What the pages' queries return for these provinces (uncached: each version is new)."""
    out = {"facts": queries.facts(CORE, PROVINCES, db=db),
           "alternatives": queries.alternatives(CORE, PROVINCES, db=db),
           "coverage values": queries.coverage_facts(CORE, PROVINCES, db=db),
           "history": queries.fact_history("14", "63", "tasks_managed", "2022", "actual", db=db),
           "34-province view": queries.facts_view(CORE, TODAY, mode="today", db=db)}
    for code, frame in PROVINCES:
        out[f"disagreeing {code}"] = queries.disagreeing_facts(code, frame, db=db)
    return {k: v.reset_index(drop=True) for k, v in out.items()}


def test_a_compaction_folds_every_overlay_and_readers_see_the_same_rows(fresh_warehouse, tmp_path):
    db = fresh_warehouse
    overlaid_warehouse(db)
    before, asked = published(db), answers(db)
    version, overlays = manifest_of(db)["version"], manifest_of(db)["overlays"]
    assert asked["facts"].query("province_code == '14' and indicator == 'tasks_managed' and period == '2022' "
                                "and measure == 'actual'")["value"].tolist() == [13]
    assert asked["facts"].query("province_code == '02' and indicator == 'tasks_managed'").empty  # undone
    assert asked["34-province view"].query("province_code == '14' and indicator == 'tasks_managed' "
                                           "and period == '2022' and measure == 'actual'")["value"].tolist() == [13]

    result = compact.run(db)
    assert sorted(result["folded"]) == OVERLAID and result["left"] == []
    after = manifest_of(db)
    assert after["version"] == version + len(OVERLAID)  # one version per province: a writer waits for one at most
    assert not after.get("overlays")
    for name, by in overlays.items():  # each folded province is one whole file of the last versions
        for p in by:
            files = after["partitioned"][name].get(p, [])
            assert all(f.split("/")[0] > f"v{version:08d}" for f in files), (name, p, files)
    assert overlays["facts_today_by_province"].keys() == {"08", "14", "56"}  # today's provinces fed
    for name, table in published(db).items():
        pd.testing.assert_frame_equal(table, before[name], obj=name)
    for name, table in answers(db).items():
        pd.testing.assert_frame_equal(table, asked[name], obj=name)
    # and what a whole publish of the same warehouse shows
    assert_same_tables(published(db), published_whole(db, tmp_path))
    assert compact.run(db)["folded"] == []  # nothing left: no new version
    assert manifest_of(db)["version"] == version + len(OVERLAID)


def test_a_writer_that_arrives_waits_for_one_province_at_most(fresh_warehouse, monkeypatch):
    """A writer announces itself while it waits for the lock; the compaction sees it after the
    province it was rewriting and lets it in. The rest is folded the next time."""
    db = fresh_warehouse
    overlaid_warehouse(db)
    got_lock = threading.Event()
    release = threading.Event()

    def writer():
        with warehouse.writer_lock(db, wait=60):
            got_lock.set()
            release.wait(60)

    real_fault = warehouse.fault
    started = []

    def arrive(point):
        if point == "compact_before_manifest" and not started:
            started.append(threading.Thread(target=writer))
            started[0].start()
            deadline = time.monotonic() + 30
            while not warehouse.writer_waiting(db) and time.monotonic() < deadline:
                time.sleep(0.01)
            assert warehouse.writer_waiting(db)
        real_fault(point)

    monkeypatch.setattr(warehouse, "fault", arrive)
    version = manifest_of(db)["version"]
    result = compact.run(db)
    assert len(result["folded"]) == 1 and len(result["left"]) == len(OVERLAID) - 1
    assert manifest_of(db)["version"] == version + 1
    assert got_lock.wait(30)  # the writer got the lock right after that province
    assert not warehouse.writer_waiting(db)
    release.set()
    started[0].join(30)
    monkeypatch.setattr(warehouse, "fault", real_fault)
    assert sorted(compact.run(db)["folded"]) == sorted(result["left"])


def test_a_compaction_killed_before_its_manifest_leaves_the_snapshot_readable(fresh_warehouse, tmp_path):
    """Killed after writing a province's new file, before swapping the manifest: readers keep the
    previous version (the same rows), the snapshot is not marked stale (the next publish stays
    incremental), the next load publishes and shows its figure, the next compaction folds all."""
    db = fresh_warehouse
    overlaid_warehouse(db)
    before, old = published(db), manifest_of(db)
    run = subprocess.run([sys.executable, "-m", "etl", "compact", "--db", str(db)], cwd=ROOT, capture_output=True,
                         text=True, timeout=120, env={**os.environ, "ST_DASHBOARD_FAULT": "compact_before_manifest"})
    assert run.returncode == -9, run.stderr[-1500:]
    assert manifest_of(db) == old and not publish.is_stale(db)
    assert (publish.snapshot_dir(db) / f"v{old['version'] + 1:08d}").exists()  # the half-written folder
    for name, table in published(db).items():
        pd.testing.assert_frame_equal(table, before[name], obj=name)
    upload(db, 99, "04", "2024")  # the next write: incremental, in the version the compaction left
    after = manifest_of(db)
    assert after["version"] == old["version"] + 1
    assert after["overlays"]["facts_by_province"]["04"]["indicators"] == ["tasks_managed"]
    assert after["partitioned"]["facts"]["ocop_products"] == old["partitioned"]["facts"]["ocop_products"]
    assert queries.facts(["tasks_managed"], [("04", "63")], db=db)["value"].tolist() == [99.0]
    rc = dispatcher.main(["compact", "--db", str(db), "--json"])
    assert rc == 0 and not manifest_of(db).get("overlays")
    assert_same_tables(published(db), published_whole(db, tmp_path))


def test_after_a_commit_its_overlay_is_folded_once_the_new_figure_is_visible(fresh_warehouse, monkeypatch):
    """The background compaction starts after the commit's publish: the figure is already in the
    snapshot readers use (as an overlay) when it starts, and in the folded file after."""
    db = fresh_warehouse
    monkeypatch.setenv(compact.ENV, "1")
    seen = []
    real = publish.compact

    def watched(path, stop=None, provinces=None):
        m = manifest_of(path)
        seen.append((m["overlays"]["facts_by_province"]["14"]["indicators"],
                     queries.facts(["tasks_managed"], [("14", "63")], db=path)
                     .query("period == '2022' and measure == 'actual'")["value"].tolist()))
        return real(path, stop, provinces)

    monkeypatch.setattr(publish, "compact", watched)
    upload(db, 4321, "14", "2022")
    compact.wait_idle(db)
    assert seen and seen[0] == (["tasks_managed"], [4321.0])
    assert not manifest_of(db).get("overlays")
    got = queries.facts(["tasks_managed"], [("14", "63")], db=db)
    assert got.query("period == '2022' and measure == 'actual'")["value"].tolist() == [4321.0]


def test_compact_on_the_command_line(fresh_warehouse, capsys):
    db = fresh_warehouse
    assert dispatcher.main(["compact", "--db", str(db), "--json"]) == 0  # a build's snapshot: no overlay
    assert json.loads(capsys.readouterr().out)["folded"] == []
    upload(db, 4321, "14", "2022")
    assert dispatcher.main(["compact", "--db", str(db)]) == 0
    assert "Đã gộp 1 tỉnh (14)" in capsys.readouterr().out

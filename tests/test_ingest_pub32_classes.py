"""The 34-province view published by province too (etl.publish facts_today_by_province): the
overview's view of a few of today's provinces reads their files, not one file per core indicator;
after an upload into a merged province's predecessor the successor's 34-province rows show it at
once (an overlay, as the reported facts have); a snapshot published before the copy existed is
read by indicator until its next publish adds the copy, and that publish stays incremental."""
from __future__ import annotations

import json

import pandas as pd

from etl import commit, publish
from metrics import queries, registry
from tests.fixtures.snapshots import assert_same_tables, manifest_of, published, published_whole, upload

# Sơn La kept its borders; Ninh Thuận (58) merged into Khánh Hòa (56) on 1 July 2025
TODAY = [("14", "34"), ("56", "34")]


def today_view(db) -> pd.DataFrame:
    return queries.facts_view(list(registry.display().core), TODAY, mode="today", db=db).reset_index(drop=True)


def test_the_34_province_view_reads_only_the_asked_provinces_files(fresh_warehouse):
    sql = queries.facts_view_key(list(registry.display().core), TODAY, mode="today", db=fresh_warehouse)
    assert "facts_today_by_province/province_code=14/" in sql and "facts_today_by_province/province_code=56/" in sql
    assert "facts_today/indicator=" not in sql and "province_code=02/" not in sql


def test_an_upload_into_a_former_province_shows_in_its_successors_34_province_rows(fresh_warehouse, tmp_path):
    """Ninh Thuận's value feeds Khánh Hòa's rows of today: its by-province file gets an overlay (not
    a rewrite), and the view answers as a whole publish of the same warehouse does."""
    before = today_view(fresh_warehouse)
    old = manifest_of(fresh_warehouse)
    upload(fresh_warehouse, 777, "58", "2021")
    upload(fresh_warehouse, 13, "14", "2022")
    after = manifest_of(fresh_warehouse)
    overlays = after["overlays"]["facts_today_by_province"]
    assert overlays.keys() == {"14", "56"} and overlays["56"]["indicators"] == ["tasks_managed"]
    assert after["partitioned"]["facts_today_by_province"]["56"] == old["partitioned"]["facts_today_by_province"]["56"]
    got = today_view(fresh_warehouse)
    sonla = got.query("province_code == '14' and indicator == 'tasks_managed' and period == '2022' "
                      "and measure == 'actual'")
    assert sonla["value"].tolist() == [13]
    assert not got.equals(before)
    incremental = published(fresh_warehouse)
    whole = published_whole(fresh_warehouse, tmp_path)
    assert_same_tables(incremental, whole)
    # the view over the incremental snapshot is the view over the whole one
    pd.testing.assert_frame_equal(got, today_view(tmp_path / "whole" / fresh_warehouse.name))


def test_a_snapshot_without_the_copy_is_read_by_indicator_then_extended_not_republished(fresh_warehouse):
    folder = publish.snapshot_dir(fresh_warehouse)
    manifest = manifest_of(fresh_warehouse)
    expected = today_view(fresh_warehouse)
    # what base31's code published: no by-province copy of the 34-province table
    old = {**manifest, "version": manifest["version"] + 1,
           "partitioned": {k: v for k, v in manifest["partitioned"].items() if k != "facts_today_by_province"}}
    (folder / publish.MANIFEST).write_text(json.dumps(old), "utf-8")
    assert publish.lacks_added(fresh_warehouse)
    sql = queries.facts_view_key(list(registry.display().core), TODAY, mode="today", db=fresh_warehouse)
    assert "facts_today/indicator=" in sql and "facts_today_by_province" not in sql
    pd.testing.assert_frame_equal(today_view(fresh_warehouse), expected)
    assert commit.publish_added(fresh_warehouse)  # what the app's start and the benchmarks call
    after = manifest_of(fresh_warehouse)
    assert after["version"] == old["version"] + 1
    for name in ("facts", "facts_by_province", "facts_today", "history"):  # the rest kept, not rewritten
        assert after["partitioned"][name] == old["partitioned"][name], name
    assert after["partitioned"]["facts_today_by_province"]["14"][0].startswith(f"v{after['version']:08d}/")
    pd.testing.assert_frame_equal(today_view(fresh_warehouse), expected)

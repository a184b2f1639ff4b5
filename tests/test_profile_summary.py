"""The province profile's summary is materialized with the read model (etl.readmodel's
province_summary): the profile shows exactly what it computed from the province's every fact
before, a load changes it, and a snapshot published before it existed gets it without a whole
republish."""
from __future__ import annotations

import json

import duckdb
import pandas as pd
import pytest

from etl import pipeline, publish
from metrics import queries, registry
from tests.fixtures.filled import filled_template
from views import cache


def upload(db, value: float, province: str, period: str) -> str:
    data = filled_template(value)
    result = pipeline.examine(data, f"bao-cao-{province}-{period}-{value:g}.xlsx", province, period)
    assert result.accepted, [p.message_en for p in result.problems]
    return pipeline.load(result, data, db=db, by="test").upload_id


def _plain(view: dict) -> dict:
    """A profile_view as comparable values (its tables are Arrow, ready for the screen)."""
    out = dict(view)
    for k in ("summary", "disagreements", "table"):
        if k in out:
            out[k] = out[k].to_pandas() if hasattr(out[k], "to_pandas") else out[k]
    return out


def paged_disagreements(version, mode, code, frame, lang, n: int, size: int) -> tuple[pd.DataFrame, list[str]]:
    """Every page of the disagreements (profile_disagreements), pages of `size` facts, put together."""
    pages = [_plain(cache.profile_disagreements(version, mode, code, frame, lang, start, min(start + size, n)))
             for start in range(0, n, size)]
    if not pages:
        return None, []
    return (pd.concat([p["table"] for p in pages], ignore_index=True),
            [f for p in pages for f in p["facts"]])


def assert_same_view(db, mode: str, code: str, frame: str, lang: str = "vi") -> dict:
    version = queries.version(db)
    got = _plain(cache.profile_view(version, mode, code, frame, lang))
    want = _plain(cache.profile_view_of_facts(version, mode, code, frame, lang))
    assert set(got) == set(want) - {"disagreements", "disagreement_facts"}
    pd.testing.assert_frame_equal(got["summary"].reset_index(drop=True), want["summary"].reset_index(drop=True))
    for k in set(got) - {"summary"}:
        assert got[k] == want[k], (mode, code, frame, k)
    # the disagreements, a page at a time (pages of 1, 3 and 100 facts: a page boundary inside
    # an indicator's facts and between indicators), are the one table computed from every fact
    for size in (1, 3, 100):
        table, facts = paged_disagreements(version, mode, code, frame, lang, got["n_disagreeing"], size)
        if table is None:
            assert want["disagreements"].empty and want["disagreement_facts"] == []
            continue
        pd.testing.assert_frame_equal(table, want["disagreements"].reset_index(drop=True), obj=f"pages of {size}")
        assert facts == want["disagreement_facts"]
    return got


def test_the_summary_shows_what_the_province_facts_gave_in_both_views_and_languages(app_env):
    """Every province with data, as reported and (frame-34 provinces) in the merger view: the same
    summary rows (latest value, period, status, counts), fact links, disagreements and counts."""
    provinces = queries.provinces_with_data(app_env)
    assert len(provinces) > 10
    disagreeing = 0
    for code, frame in zip(provinces["province_code"], provinces["frame"]):
        got = assert_same_view(app_env, "reported", code, frame)
        disagreeing += got["n_disagreeing"]
        if frame == "34":
            assert_same_view(app_env, "today", code, frame)
    assert disagreeing > 0  # the comparison covered provinces whose sources disagree
    assert_same_view(app_env, "reported", "14", "63", "en")
    assert_same_view(app_env, "today", "56", "34", "en")


def test_the_first_screen_reads_the_summary_not_the_provinces_facts(app_env, monkeypatch):
    """The profile's summary and counts come from one small table; the province's every fact is
    never read for it (the disagreements read only the facts that disagree)."""
    asked = []
    real = queries.facts

    def spy(indicators=(), provinces=(), *a, **k):
        asked.append(tuple(indicators))
        return real(indicators, provinces, *a, **k)

    monkeypatch.setattr(queries, "facts", spy)
    cache._profile_frame.clear()
    cache._profile_disagreeing.clear()
    cache.profile_view.clear()
    view = cache.profile_view(queries.version(app_env), "reported", "14", "63", "vi")
    assert view["n_indicators"] > 0
    summary = queries.province_summary("14", "63", db=app_env)
    assert len(summary) == view["n_indicators"]
    assert int(summary["n_values"].sum()) == view["n_values"]
    assert asked == []  # the disagreements: queries.disagreeing_facts


def test_a_page_of_disagreements_reads_the_other_values_of_its_own_indicators_only(app_env, monkeypatch):
    """The first page of a province's disagreements asks for the disagreeing facts and other
    values of the indicators its facts belong to, never of the province's every indicator."""
    asked = []
    real_alternatives, real_disagreeing = queries.alternatives, queries.disagreeing_facts

    def alternatives(indicators=(), provinces=(), *a, **k):
        asked.append(("alternatives", tuple(indicators)))
        return real_alternatives(indicators, provinces, *a, **k)

    def disagreeing(code, frame, mode="reported", indicators=(), *a, **k):
        asked.append(("disagreeing", tuple(indicators)))
        return real_disagreeing(code, frame, mode, indicators, *a, **k)

    monkeypatch.setattr(queries, "alternatives", alternatives)
    monkeypatch.setattr(queries, "disagreeing_facts", disagreeing)
    for f in (cache._profile_disagreeing, cache.profile_disagreements, cache.other_values, cache.profile_view):
        f.clear()
    version = queries.version(app_env)
    view = cache.profile_view(version, "reported", "14", "34", "en")
    assert view["n_disagreeing"] == 5 and len(view["disagreeing"]) > 1
    page = cache.profile_disagreements(version, "reported", "14", "34", "en", 0, 1)
    first = page["facts"][0].split("|")[1]  # the fact id: province|indicator|period|measure
    assert asked and all(ind == (first,) for _, ind in asked), asked
    assert len(set(page["facts"])) == 1


def test_a_load_updates_the_summary_of_its_province_and_of_the_merged_province_it_feeds(fresh_warehouse, monkeypatch):
    monkeypatch.setenv("ST_DASHBOARD_DB", str(fresh_warehouse))
    ind = "tasks_managed"
    before = queries.province_summary("02", "63", db=fresh_warehouse).set_index("indicator")
    assert ind not in before.index  # Hà Giang has no tasks managed yet: the upload adds the row
    upload(fresh_warehouse, 4321, "02", "2024")
    row = queries.province_summary("02", "63", db=fresh_warehouse).set_index("indicator").loc[ind]
    assert (row["period"], row["value"], row["measure"], row["n_facts"]) == ("2024", 4321.0, "actual", 1)
    assert_same_view(fresh_warehouse, "reported", "02", "63")
    # Ninh Thuận (58, frame 63) feeds Khánh Hòa (56, frame 34) in the merger view
    upload(fresh_warehouse, 777, "58", "2021")
    row = queries.province_summary("58", "63", db=fresh_warehouse).set_index("indicator").loc[ind]
    assert row["n_facts"] >= 1
    assert_same_view(fresh_warehouse, "reported", "58", "63")
    assert_same_view(fresh_warehouse, "today", "56", "34")
    # the publish rewrote the summary of the touched province and of its successor only
    manifest = publish.read_manifest(publish.snapshot_dir(fresh_warehouse))
    last = f"v{manifest['version']:08d}/"
    rewritten = {p for p, files in manifest["partitioned"]["province_summary"].items()
                 if any(f.startswith(last) for f in files)}
    assert rewritten == {"58", "56"}


def test_a_snapshot_of_earlier_code_gets_the_summary_without_a_whole_republish(fresh_warehouse, monkeypatch):
    """A warehouse and snapshot made before the summary existed: the profile computes it from the
    facts meanwhile, and the next start adds the table and publishes it beside the other files."""
    monkeypatch.setenv("ST_DASHBOARD_DB", str(fresh_warehouse))
    folder = publish.snapshot_dir(fresh_warehouse)
    con = duckdb.connect(str(fresh_warehouse))
    con.execute("DROP TABLE province_summary")
    con.close()
    manifest = publish.read_manifest(folder)
    del manifest["partitioned"]["province_summary"]
    (folder / publish.MANIFEST).write_text(json.dumps({**manifest, "version": manifest["version"] + 1}), "utf-8")
    assert queries.province_summary("14", "63", db=fresh_warehouse) is None
    got = _plain(cache.profile_view(queries.version(fresh_warehouse), "reported", "14", "63", "vi"))
    assert got["n_indicators"] > 0  # computed from the facts
    assert publish.lacks_added(fresh_warehouse)
    assert pipeline.ensure_snapshot(fresh_warehouse) is True
    after = publish.read_manifest(folder)
    assert "province_summary" in after["partitioned"]
    assert after["partitioned"]["facts"] == manifest["partitioned"]["facts"]  # the rest kept as it was
    assert after["partitioned"]["history_by_province"] == manifest["partitioned"]["history_by_province"]
    assert_same_view(fresh_warehouse, "reported", "14", "63")
    assert not publish.lacks_added(fresh_warehouse)
    assert pipeline.ensure_snapshot(fresh_warehouse) is False


@pytest.mark.parametrize("code, frame", [("14", "63"), ("56", "34")])
def test_the_summary_names_each_indicator_once_in_the_registry(app_env, code, frame):
    summary = queries.province_summary(code, frame, db=app_env)
    assert summary["indicator"].is_unique
    assert set(summary["indicator"]) <= set(registry.shown_indicators())


def test_the_disagreements_found_once_give_the_table_and_its_fact_ids(app_env):
    version = queries.version(app_env)
    df, others = cache._profile_frame(version, "reported", "14", "63", "vi")
    table, facts = cache.tables.disagreements(df, others, "vi")
    pd.testing.assert_frame_equal(table, cache.tables.disagreement_table(df, others, "vi"))
    assert facts == cache.tables.disagreement_facts(df, others) and len(facts) == len(table) > 0

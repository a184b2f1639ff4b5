"""The coverage grid's cells are materialized with the read model (etl.readmodel's coverage_years):
the page shows exactly what it computed from the values before — summary, every page of the grid
with its tooltips and details, the sources line, the CSV — in both views, and a load changes
them."""
from __future__ import annotations

import json

import duckdb
import pandas as pd
import pytest

from etl import pipeline, publish
from metrics import queries, rules
from tests.fixtures.filled import filled_template
from views import cache, fmt, maps


def upload(db, value: float, province: str, period: str) -> str:
    data = filled_template(value)
    result = pipeline.examine(data, f"bao-cao-{province}-{period}-{value:g}.xlsx", province, period)
    assert result.accepted, [p.message_en for p in result.problems]
    return pipeline.load(result, data, db=db, by="test").upload_id


def _screen(x):
    return x.to_pandas() if hasattr(x, "to_pandas") else x


def reference(db, mode, provinces, codes, years, lang):
    """The grid as the page computed it before: from the values of every indicator chosen."""
    facts = queries.coverage_facts(codes, list(provinces), mode, years, db=db)
    cells = maps.coverage_cells(facts, list(provinces), codes, years, mode, lang)
    shown = rules.touching_years(facts, years)
    return cells, fmt.source_line(shown[shown["source"].fillna("") != ""], lang)


def assert_same_grid(db, mode, provinces, years, lang="vi", codes=None):
    version = queries.version(db)
    codes = codes or queries.indicators_with_data(db)
    choice = cache.coverage_choice(codes)
    args = (version, mode, tuple(provinces), choice, tuple(years), lang)
    cells, sources = reference(db, mode, provinces, codes, years, lang)
    grid = cache._coverage_grid(*args)
    assert grid is not None  # the read model's cells were read
    pd.testing.assert_frame_equal(grid.drop(columns=["detail"]), cells.drop(columns=["detail"]), obj="cells")
    view = cache.coverage_view(*args)
    pd.testing.assert_frame_equal(_screen(view["summary"]), maps.coverage_summary(cells, lang), obj="summary")
    assert view["sources"] == sources
    for page in range(1, -(-len(codes) // cache.COVERAGE_PAGE) + 1):
        chunk = codes[(page - 1) * cache.COVERAGE_PAGE: page * cache.COVERAGE_PAGE]
        mine = cells[cells["indicator"].isin(chunk)]
        got = cache.coverage_page(*args, page)
        assert got["html"].body == cache.SharedHtml(maps.coverage_html(mine, lang)).body
        pd.testing.assert_frame_equal(_screen(got["details"]),
                                      maps.coverage_details(mine[mine["detail"] != ""], lang), obj="details")
    assert cache.coverage_csv(*args) == cache.tables.csv_bytes(maps.coverage_grid(cells, lang).reset_index())
    return grid


@pytest.mark.parametrize("mode, provinces, years", [
    ("reported", [("14", "63"), ("02", "63"), ("58", "63"), ("79", "63")], (2016, 2025)),
    ("reported", [("56", "34"), ("14", "63")], (2010, 2026)),
    ("today", [("56", "34"), ("08", "34"), ("14", "34")], (2016, 2025)),
])
def test_the_grid_from_the_read_models_cells_is_the_grid_from_the_values(app_env, mode, provinces, years):
    grid = assert_same_grid(app_env, mode, provinces, years)
    assert (grid["category"] != "missing").any()


def test_english_and_a_few_indicators(app_env):
    assert_same_grid(app_env, "today", [("56", "34"), ("02", "63")], (2018, 2025), "en",
                     codes=["tasks_managed", "ocop_products"])


def test_nearly_every_indicator_is_the_grid_of_those_indicators(app_env):
    # the sources line asks for the indicators left out (NOT IN) when they are fewer than those chosen
    every = queries.indicators_with_data(app_env)
    codes = [c for c in every if c not in ("tasks_managed", "ocop_products")]
    assert len(every) - len(codes) == 2 and len(codes) > 2
    assert_same_grid(app_env, "reported", [("14", "63"), ("58", "63"), ("56", "34")], (2010, 2026), codes=codes)


def test_a_load_changes_the_cells_of_its_province(fresh_warehouse, monkeypatch):
    monkeypatch.setenv("ST_DASHBOARD_DB", str(fresh_warehouse))
    cells = queries.coverage_years([("02", "63")], db=fresh_warehouse)
    assert cells[(cells.indicator == "tasks_managed") & (cells.year == 2024)].empty
    upload(fresh_warehouse, 4321, "02", "2024")
    cells = queries.coverage_years([("02", "63")], db=fresh_warehouse)
    assert cells[(cells.indicator == "tasks_managed") & (cells.year == 2024)]["category"].tolist() == ["reported"]
    assert_same_grid(fresh_warehouse, "reported", [("02", "63"), ("14", "63")], (2016, 2025))
    upload(fresh_warehouse, 777, "58", "2021")  # Ninh Thuận: covers part of Khánh Hòa's 2021
    assert_same_grid(fresh_warehouse, "today", [("56", "34")], (2016, 2025))
    manifest = publish.read_manifest(publish.snapshot_dir(fresh_warehouse))
    last = f"v{manifest['version']:08d}/"
    rewritten = {p for p, files in manifest["partitioned"]["coverage_years"].items()
                 if any(f.startswith(last) for f in files)}
    assert rewritten == {"58"}


def test_a_snapshot_without_the_cells_draws_the_grid_from_the_values(fresh_warehouse, monkeypatch):
    monkeypatch.setenv("ST_DASHBOARD_DB", str(fresh_warehouse))
    folder = publish.snapshot_dir(fresh_warehouse)
    con = duckdb.connect(str(fresh_warehouse))
    con.execute("DROP TABLE coverage_years")
    con.close()
    manifest = publish.read_manifest(folder)
    del manifest["partitioned"]["coverage_years"]
    (folder / publish.MANIFEST).write_text(json.dumps({**manifest, "version": manifest["version"] + 1}), "utf-8")
    provinces, years = (("14", "63"), ("02", "63")), (2016, 2025)
    codes = queries.indicators_with_data(fresh_warehouse)
    args = (queries.version(fresh_warehouse), "reported", provinces, cache.coverage_choice(codes), years, "vi")
    assert queries.coverage_years(list(provinces), db=fresh_warehouse) is None
    cells, sources = reference(fresh_warehouse, "reported", provinces, codes, years, "vi")
    assert cache.coverage_view(*args)["sources"] == sources
    assert pipeline.ensure_snapshot(fresh_warehouse) is True  # the next start adds the table
    assert "coverage_years" in publish.read_manifest(folder)["partitioned"]
    assert_same_grid(fresh_warehouse, "reported", list(provinces), years)


@pytest.mark.parametrize("mode, provinces, years", [
    ("reported", [("14", "63"), ("02", "63"), ("58", "63"), ("79", "63")], (2016, 2025)),
    ("reported", [("56", "34"), ("14", "63")], None),
    ("today", [("56", "34"), ("08", "34"), ("14", "34")], (2020, 2021)),
])
def test_the_sources_line_from_the_read_models_rows_is_the_one_from_the_values(app_env, monkeypatch, mode,
                                                                               provinces, years):
    """Every source in the same order and the same count, from the rows per province, year and
    source (etl.readmodel.SOURCES_SQL) as from the values of every indicator."""
    every = queries.indicators_with_data(app_env)
    mine = queries.coverage_sources(every, provinces, mode, years, limit=10_000, db=app_env)
    monkeypatch.setattr(queries, "_published", lambda db, name: False)
    theirs = queries.coverage_sources(every, provinces, mode, years, limit=10_000, db=app_env)
    assert mine == theirs and mine[1] > 1


def test_a_snapshot_without_the_sources_rows_counts_the_sources_line_from_the_values(fresh_warehouse, monkeypatch):
    monkeypatch.setenv("ST_DASHBOARD_DB", str(fresh_warehouse))
    folder = publish.snapshot_dir(fresh_warehouse)
    provinces, years = [("14", "63"), ("02", "63")], (2016, 2025)
    every = queries.indicators_with_data(fresh_warehouse)
    before = queries.coverage_sources(every, provinces, "reported", years, limit=1000, db=fresh_warehouse)
    con = duckdb.connect(str(fresh_warehouse))
    con.execute("DROP TABLE coverage_sources")
    con.close()
    manifest = publish.read_manifest(folder)
    del manifest["partitioned"]["coverage_sources"]
    (folder / publish.MANIFEST).write_text(json.dumps({**manifest, "version": manifest["version"] + 1}), "utf-8")
    assert not queries._published(fresh_warehouse, "coverage_sources")
    assert queries.coverage_sources(every, provinces, "reported", years, limit=1000, db=fresh_warehouse) == before
    assert pipeline.ensure_snapshot(fresh_warehouse) is True  # the next start adds the table
    assert queries._published(fresh_warehouse, "coverage_sources")
    assert queries.coverage_sources(every, provinces, "reported", years, limit=1000, db=fresh_warehouse) == before

"""Shared fixtures: one warehouse built from the real data/ once per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def warehouse_path(tmp_path_factory) -> Path:
    """A warehouse built from data/ (no uploads) in a temporary folder."""
    from etl import build

    path = tmp_path_factory.mktemp("warehouse") / "test.duckdb"
    build.build(path)
    return path


@pytest.fixture()
def fresh_warehouse(tmp_path) -> Path:
    """A warehouse of this test's own, for tests that write."""
    from etl import build

    path = tmp_path / "w.duckdb"
    build.build(path)
    return path


@pytest.fixture()
def app_env(warehouse_path, monkeypatch):
    monkeypatch.setenv("ST_DASHBOARD_DB", str(warehouse_path))
    return warehouse_path

"""The only writer of the warehouse: schema, registries, sources, observations, uploads.

Every function takes an open read-write connection; the caller owns the transaction."""
from __future__ import annotations

from datetime import datetime

import duckdb
import pandas as pd

from etl import readmodel
from etl.warehouse import SCHEMA
from metrics import registry
from metrics.schema import OBSERVATION_COLUMNS, SOURCE_COLUMNS



def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(SCHEMA)
    readmodel.create(con)


def load_registries(con: duckdb.DuckDBPyConnection) -> None:
    prov = pd.DataFrame([{
        "code": p.code, "frame": p.frame, "name_vi": p.name_vi, "name_ascii": p.name_ascii,
        "name_en": p.name_en, "kind": p.kind, "region": p.region, "iso_3166_2": p.iso_3166_2 or None,
        "valid_from": p.valid_from, "valid_to": p.valid_to, "successor_code": p.successor_code,
        "renamed_on": p.renamed.on if p.renamed else None, "renamed_vi": p.renamed.name_vi if p.renamed else None,
    } for p in registry.provinces().values()])
    ind = pd.DataFrame([{
        "code": i.code, "name_vi": i.name_vi, "name_en": i.name_en, "unit_vi": i.unit_vi,
        "unit_en": i.unit_en, "kind": i.kind, "additive": i.additive, "min": i.min, "max": i.max,
        "higher_is_better": i.higher_is_better, "decimals": i.decimals, "temporal": i.temporal,
        "parent": i.parent, "definition_vi": i.definition_vi, "definition_en": i.definition_en,
    } for i in registry.indicators().values()])
    con.execute("DELETE FROM provinces")
    con.execute("DELETE FROM indicators")
    _insert(con, "provinces", prov)
    _insert(con, "indicators", ind)


def _insert(con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame) -> None:
    if df.empty:
        return
    name = f"_incoming_{table}"
    con.register(name, df)
    try:
        cols = ", ".join(df.columns)
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {name}")
    finally:
        con.unregister(name)


def insert_sources(con: duckdb.DuckDBPyConnection, sources: pd.DataFrame) -> None:
    df = sources.reindex(columns=list(SOURCE_COLUMNS))
    _insert(con, "sources", df)


def insert_observations(con: duckdb.DuckDBPyConnection, observations: pd.DataFrame, *,
                        loaded_at: datetime | None, loaded_by: str, upload_id: str | None = None) -> int:
    """loaded_at None: each row's own `loaded_at` and `upload_id` (a batch of many uploads)."""
    df = observations.reindex(columns=list(OBSERVATION_COLUMNS)).copy()
    if loaded_at is None:
        df["loaded_at"] = observations["loaded_at"].to_numpy()
        df["upload_id"] = observations["upload_id"].to_numpy()
    else:
        df["loaded_at"] = loaded_at
        df["upload_id"] = upload_id
    df["loaded_by"] = loaded_by
    _insert(con, "observations", df)
    return len(df)


def record_upload(con: duckdb.DuckDBPyConnection, *, upload_id: str, sha256: str, file_name: str,
                  uploaded_at: datetime, uploaded_by: str, province_hint: str | None,
                  period_hint: str | None, facts: int, state: str = "approved", account: str | None = None) -> None:
    con.execute(
        "INSERT INTO uploads (upload_id, sha256, file_name, uploaded_at, uploaded_by, province_hint,"
        " period_hint, facts, state, account) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [upload_id, sha256, file_name, uploaded_at, uploaded_by, province_hint, period_hint, facts, state, account])


def record_uploads(con: duckdb.DuckDBPyConnection, uploads: pd.DataFrame) -> None:
    """Many upload records at once (same columns as record_upload's arguments)."""
    _insert(con, "uploads", uploads.reindex(columns=[
        "upload_id", "sha256", "file_name", "uploaded_at", "uploaded_by", "province_hint", "period_hint", "facts"]))


def undo_upload(con: duckdb.DuckDBPyConnection, upload_id: str, *, at: datetime, by: str) -> int:
    """Deactivate an upload's observations; the values they replaced become current again."""
    n = con.execute("SELECT count(*) FROM observations WHERE upload_id = ? AND active", [upload_id]).fetchall()[0][0]
    con.execute("UPDATE observations SET active = FALSE WHERE upload_id = ?", [upload_id])
    con.execute("UPDATE uploads SET undone_at = ?, undone_by = ? WHERE upload_id = ?", [at, by, upload_id])
    return n


# --- a registry overlay stored in the warehouse (synthetic benchmark data only) ----------------
# Synthetic indicators never enter metrics/indicators.toml: they live in the warehouse that holds
# their values, and the read side overlays them on the registry (metrics.registry.set_overlay).
# `synthetic_meta` marks the whole warehouse as synthetic (the app shows a banner).
OVERLAY_DDL = """
CREATE TABLE IF NOT EXISTS synthetic_indicators AS SELECT * FROM indicators WHERE FALSE;
CREATE TABLE IF NOT EXISTS synthetic_meta (key VARCHAR PRIMARY KEY, value VARCHAR);
"""


def load_overlay(con: duckdb.DuckDBPyConnection, indicators: pd.DataFrame, meta: dict[str, str]) -> None:
    con.execute(OVERLAY_DDL)
    _insert(con, "synthetic_indicators", indicators)
    _insert(con, "indicators", indicators)
    _insert(con, "synthetic_meta", pd.DataFrame({"key": list(meta), "value": list(meta.values())}))

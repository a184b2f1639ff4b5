"""The query module: the only reader of the warehouse. Pages call these functions and draw.

Results are cached per warehouse version (etl.warehouse.version), so every process sees a new
upload on its next call and repeated views cost nothing. Callers get their own copy."""
from __future__ import annotations

import functools
import os

import pandas as pd

from etl import warehouse

FACT_COLUMNS = (
    "province_code, frame, province_name, indicator, period, period_start, period_end, period_kind, "
    "measure, value, unit, qualifier, status, source, quote, alternatives, note, loaded_at, "
    "source_kind, source_id, sheet, cell, upload_id"
)


def _db(db: str | os.PathLike | None) -> str:
    return str(warehouse.db_path(db))


@functools.lru_cache(maxsize=512)
def _cached(db: str, version: str, sql: str, params: tuple) -> pd.DataFrame:
    with warehouse.reader(db) as con:
        return con.execute(sql, list(params)).df()


def query(sql: str, params: tuple = (), db: str | os.PathLike | None = None) -> pd.DataFrame:
    path = _db(db)
    return _cached(path, warehouse.version(path), sql, tuple(params)).copy()


def _in(column: str, values) -> tuple[str, list]:
    values = list(values)
    if not values:
        return "FALSE", []
    return f"{column} IN ({', '.join('?' * len(values))})", values


def facts(indicators=(), provinces=(), measure: str | None = None, frame: str | None = None,
          db: str | os.PathLike | None = None) -> pd.DataFrame:
    """Current facts, filtered. provinces: (code, frame) pairs; empty filters mean all."""
    where, params = ["TRUE"], []
    if indicators:
        clause, vals = _in("indicator", indicators)
        where.append(clause)
        params += vals
    if provinces:
        pairs = list(provinces)
        where.append("(" + " OR ".join("(province_code = ? AND frame = ?)" for _ in pairs) + ")")
        for code, fr in pairs:
            params += [code, fr]
    if measure:
        where.append("measure = ?")
        params.append(measure)
    if frame:
        where.append("frame = ?")
        params.append(frame)
    sql = (f"SELECT {FACT_COLUMNS} FROM facts WHERE {' AND '.join(where)} "
           "ORDER BY indicator, province_code, frame, period_start, period_end, measure")
    return query(sql, tuple(params), db)


def other_values(province_code: str, frame: str, indicator: str, period: str, measure: str,
                 db: str | os.PathLike | None = None) -> pd.DataFrame:
    """Every value reported for one fact, the current one first (position 1)."""
    sql = ("SELECT position, value, unit, qualifier, status, source, quote, note, source_kind, loaded_at "
           "FROM ranked_observations WHERE province_code = ? AND frame = ? AND indicator = ? "
           "AND period = ? AND measure = ? ORDER BY position")
    return query(sql, (province_code, frame, indicator, period, measure), db)


def alternatives(indicators=(), provinces=(), db: str | os.PathLike | None = None) -> pd.DataFrame:
    """Non-current values that differ from the current one, for the facts asked about."""
    where, params = ["r.position > 1", "r.value <> f.value"], []
    if indicators:
        clause, vals = _in("r.indicator", indicators)
        where.append(clause)
        params += vals
    if provinces:
        pairs = list(provinces)
        where.append("(" + " OR ".join("(r.province_code = ? AND r.frame = ?)" for _ in pairs) + ")")
        for code, fr in pairs:
            params += [code, fr]
    sql = ("SELECT r.province_code, r.frame, r.indicator, r.period, r.measure, r.value, r.unit, "
           "r.qualifier, r.status, r.source, r.quote, r.note FROM ranked_observations r "
           "JOIN facts f USING (province_code, frame, indicator, period, measure) "
           f"WHERE {' AND '.join(where)} ORDER BY r.indicator, r.province_code, r.period, r.position")
    return query(sql, tuple(params), db)


def indicators_with_data(db: str | os.PathLike | None = None) -> list[str]:
    return query("SELECT DISTINCT indicator FROM facts ORDER BY indicator", (), db)["indicator"].tolist()


def provinces_with_data(db: str | os.PathLike | None = None) -> pd.DataFrame:
    return query("SELECT DISTINCT province_code, frame FROM facts ORDER BY frame DESC, province_code", (), db)


def uploads(db: str | os.PathLike | None = None) -> pd.DataFrame:
    return query("SELECT upload_id, file_name, sha256, uploaded_at, uploaded_by, province_hint, "
                 "period_hint, facts, undone_at, undone_by FROM uploads ORDER BY uploaded_at DESC", (), db)

"""The query module: the only reader of the warehouse. Pages call these functions and draw.

Reads go to the published snapshot (metrics.snapshot): one long-lived in-process connection, a
cursor per thread, never the writer's file, so readers never wait for a load. Results are cached
per snapshot version, so every process sees a new upload on its next call and repeated views
cost nothing. Callers get their own copy."""
from __future__ import annotations

import datetime
import functools
import os
import warnings

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from metrics import registry, snapshot, store
from metrics.schema import FACT_COLUMNS

_FACT_COLUMNS = ", ".join(FACT_COLUMNS)
_TODAY_COLUMNS = _FACT_COLUMNS + ", comparable, reason, reason_en, predecessors"
_AS_REPORTED_COLUMNS = _FACT_COLUMNS + ", TRUE AS comparable, '' AS reason, '' AS reason_en, '' AS predecessors"


# The copy DuckDB warns about is the point (see frame()); a filter set once, because
# warnings.catch_warnings() is not thread-safe and sessions query from many threads.
warnings.filterwarnings("ignore", message="Arrow output on a DB-API result", category=UserWarning)


def _db(db: str | os.PathLike | None) -> str:
    return str(store.db_path(db))


def frame(cursor: duckdb.DuckDBPyConnection, sql: str, params: tuple | list = (), order: tuple = ()) -> pd.DataFrame:
    """A query's rows as a DataFrame, through Arrow; `order`: the columns to order them by
    (ordered, as ORDER BY would, by ordered_rows).

    NOTE: `.df()` costs a fixed 20–50 ms per call for our ~25-column rows (measured with DuckDB 2.0
    and pandas 3); Arrow then `to_pandas` returns the same values in ~5 ms. Dates come back as
    datetime64, as from `.df()`. (`con.sql(q, params=…)` was slower still: no filter pushdown.)"""
    table = cursor.execute(sql, list(params)).to_arrow_table()
    if order:
        table = ordered_rows(table, order)
    return table.to_pandas(date_as_object=False)


def ordered_rows(table: pa.Table, order: tuple) -> pa.Table:
    """`table` in the order of these columns, ascending, missing values last: the rows of `ORDER
    BY order` in DuckDB (text in code-point order, its default binary collation). Tied rows keep
    their order (the keys we order by are unique per fact).

    NOTE: DuckDB's ORDER BY moves every column of every row: on a province's 98 k facts at 10 M
    observations it was ~2/3 of the query (0.3–0.5 s of 0.55–0.78 s, 23 columns). Here the keys'
    ranks are sorted with numpy, and since the snapshot's files are written in this order the
    rows usually need no moving at all."""
    if table.num_rows < 2:
        return table
    if table.num_rows <= _ARROW_SORT_ROWS:
        # NOTE: for a page's few hundred rows Arrow's own stable sort costs less than ranking each
        # key in numpy (its fixed costs per key: 0.15 against 0.44–0.63 ms for the compare page's
        # 99 facts); from ~100 k rows on (a province's facts) they cost the same. Same order.
        rows = pc.sort_indices(table, sort_keys=[(name, "ascending", "at_end") for name in order])
        if pc.all(pc.equal(rows, pa.array(np.arange(len(rows), dtype=np.uint64)))).as_py():
            return table
        return table.take(rows)
    keys = []
    for name in reversed(order):  # np.lexsort: the last key sorts first
        column = table[name].combine_chunks()
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            coded = pc.dictionary_encode(column)
            words = np.asarray(coded.dictionary.to_pylist(), dtype=object)
            rank = np.empty(len(words) + 1, dtype=np.int64)
            rank[np.argsort(words, kind="stable")] = np.arange(len(words))
            rank[-1] = len(words)  # a missing value: last
            keys.append(rank[pc.fill_null(coded.indices, len(words)).to_numpy()])
        else:
            if pa.types.is_temporal(column.type):  # dates and times by their integer value
                column = column.view(pa.int32() if pa.types.is_date32(column.type) else pa.int64())
            keys.append(pc.fill_null(column, 0).to_numpy(zero_copy_only=False))
            keys.append(column.is_null().to_numpy(zero_copy_only=False))  # missing last, before the value
    rows = np.lexsort(keys)
    if np.array_equal(rows, np.arange(len(rows))):
        return table
    return table.take(rows)


_ARROW_SORT_ROWS = 10_000


@functools.lru_cache(maxsize=1024)
def _cached(db: str, version: str, sql: str, params: tuple, order: tuple = ()) -> pd.DataFrame:
    snap = snapshot.of(store.db_path(db))
    try:
        snap.prepare(sql)
        return frame(snap.cursor(), sql, params, order)
    except duckdb.IOException:
        # a file of an old version was collected under a long-idle reader: take the newest, once
        snap.refresh()
        snap.prepare(sql)
        return frame(snap.cursor(), sql, params, order)


def version(db: str | os.PathLike | None = None) -> str:
    """The data version pages read: the key of every cached result, unique per warehouse and
    publication ("" when nothing is published)."""
    path = store.db_path(db)
    # NOTE: one stat of the manifest per call (snapshot.of); it was two (the key, then the overlay's
    # file): each stat lets go of the GIL, which in a crowd hands it to another thread and back
    try:
        snap = snapshot.of(path)
    except snapshot.SnapshotMissing:
        return ""
    v = snap.key
    if v:
        _install_overlay(str(path), v, snap.file_of("synthetic_indicators"))
    return v


_installed: tuple = ()


def _install_overlay(db: str, v: str, file: str) -> None:
    """The served warehouse's synthetic indicators (bench.synth) as the registry's overlay: again
    only when their table's file changed, not at every new version (at 10 M, ~1,300 entries:
    ~70 ms of the first page run after each upload)."""
    global _installed
    source = file or v
    if _installed != (db, source):
        registry.set_overlay(_cached(db, v, "SELECT * FROM synthetic_indicators", ()).to_dict("records"))
        _installed = (db, source)


def query(sql: str, params: tuple = (), db: str | os.PathLike | None = None, order: tuple = ()) -> pd.DataFrame:
    """The rows of `sql` on the published snapshot (cached per version); `order`: columns to order
    them by (frame), in place of an ORDER BY."""
    path = _db(db)
    v = version(path)
    if not v:
        raise store.WarehouseMissing(path)
    return _own(_cached(path, v, sql, tuple(params), tuple(order)))


def _own(cached: pd.DataFrame) -> pd.DataFrame:
    """The caller's own copy of a cached result.

    NOTE: a shallow copy is enough: under pandas 3's copy-on-write, the first change a caller
    makes to a column (or the frame) copies what it changes, never the cached buffers, and the
    arrays it hands out (to_numpy) are read-only. The deep copy it replaces copied the numeric and
    date columns on every call, cache hits included: 0.26 against 0.11 ms for the overview's 1,211
    facts at 10 M — a small saving (the Arrow-backed text columns are immutable, shared either way)."""
    return cached.copy(deep=False)


@functools.lru_cache(maxsize=256)
def _file_cached(db: str, file_version: str, sql: str, params: tuple) -> pd.DataFrame:
    with store.reader(db) as con:
        return frame(con, sql, params)


def writer_file_query(sql: str, params: tuple = (), db: str | os.PathLike | None = None) -> pd.DataFrame:
    """For the workflow's private data (drafts, reviews, locks, uploads): read-only from the
    warehouse file itself, cached per file version. Public pages read the snapshot (query)."""
    path = _db(db)
    return _own(_file_cached(path, store.version(path), sql, tuple(params)))


def synthetic(db: str | os.PathLike | None = None) -> dict | None:
    """The synthetic warehouse's description (bench.synth), or None for real data."""
    meta = query("SELECT key, value FROM synthetic_meta", (), db)
    return dict(zip(meta["key"], meta["value"])) if not meta.empty else None


def _literals(values) -> str:
    """Indicator codes inlined (escaped) so DuckDB prunes the snapshot's files at bind time."""
    return ", ".join("'" + str(v).replace("'", "''") + "'" for v in values)


def _in(column: str, values) -> tuple[str, list]:
    values = list(values)
    if not values:
        return "FALSE", []
    return f"{column} IN ({', '.join('?' * len(values))})", values


def _fact_filter(indicators, provinces) -> tuple[list[str], list]:
    """WHERE clauses and parameters for indicators and (code, frame) pairs; empty means all."""
    where, params = [], []
    if indicators:
        where.append(f"indicator IN ({_literals(indicators)})")
    if provinces:
        pairs = list(dict.fromkeys(provinces))
        codes = sorted({c for c, _ in pairs})
        # a plain IN list: DuckDB's zone maps skip row groups on it
        # literals, like the indicators: the by-province copy's files are pruned at bind time
        where.append(f"province_code IN ({_literals(codes)})")
        frames = {f for _, f in pairs}
        if len(frames) == 1:
            where.append("frame = ?")
            params.append(pairs[0][1])
        else:
            where.append("(" + " OR ".join("(province_code = ? AND frame = ?)" for _ in pairs) + ")")
            for code, fr in pairs:
                params += [code, fr]
    return where, params


def facts(indicators=(), provinces=(), measure: str | None = None, frame: str | None = None,
          db: str | os.PathLike | None = None, _columns: str = _FACT_COLUMNS) -> pd.DataFrame:
    """Current facts, filtered. provinces: (code, frame) pairs; empty filters mean all."""
    sql, params = _facts_sql(indicators, provinces, measure, frame, db, _columns)
    return query(sql, params, db, FACT_ORDER)


def every_fact(db: str | os.PathLike | None = None) -> pd.DataFrame:
    """Every current fact, as facts() gives them but in no promised order and without the columns
    the data page never reads (_EVERY_FACT_COLUMNS): for a caller that
    orders the rows itself (the data page ranks them once per version, views.tables.page_rank).

    NOTE: ordering them here as facts() does was ~45 % of reading them (6.5 M facts at 10 M
    observations: a lexsort and a take of every column), for an order the data page never used."""
    sql, params = _facts_sql((), (), None, None, db, _EVERY_FACT_COLUMNS)
    return query(sql, params, db)


# what the data page shows, searches, filters and downloads of every fact: its unit is the
# registry's (views.tables.export_frame), its upload id never shown — two columns of 23 not read
_EVERY_FACT_COLUMNS = ", ".join(c for c in FACT_COLUMNS if c not in ("unit", "upload_id"))


# the order of every facts query's rows (the read model's files are written in it)
FACT_ORDER = ("indicator", "province_code", "frame", "period_start", "period_end", "measure")
TODAY_ORDER = ("indicator", "province_code", "period_start", "period_end", "measure")


def _facts_sql(indicators, provinces, measure, frame, db, _columns, years=None) -> tuple[str, tuple]:
    where, params = _fact_filter(indicators, provinces)
    where.insert(0, "TRUE")
    if years:  # values whose period touches these years
        where.append("period_end >= ? AND period_start <= ?")
        params += [datetime.date(years[0], 1, 1), datetime.date(years[1], 12, 31)]
    if measure:
        where.append("measure = ?")
        params.append(measure)
    if frame:
        where.append("frame = ?")
        params.append(frame)
    # ordered by FACT_ORDER (in frame(), not ORDER BY: see ordered_rows)
    sql = f"SELECT {_columns} FROM {_by(indicators, provinces, 'facts', db)} WHERE {' AND '.join(where)}"
    return sql, tuple(params)


def _by(indicators, provinces, table: str, db=None) -> str:
    """The published copy to read: by indicator, unless provinces narrow it more (a province's
    every indicator is one file in the by-province copy, one file per indicator in the other);
    only the partitions asked for (metrics.snapshot.Snapshot.relation)."""
    if (provinces and (not indicators or len(indicators) > 2 * len(set(provinces)))
            and _published(db, f"{table}_by_province")):  # (a snapshot of earlier code may lack the copy)
        return _partitions(f"{table}_by_province", sorted({p[0] if isinstance(p, tuple) else p for p in provinces}), db)
    return _partitions(table, indicators, db) if indicators else table


def _partitions(table: str, keys, db=None) -> str:
    try:
        return snapshot.of(store.db_path(db)).relation(table, keys)
    except (snapshot.SnapshotMissing, KeyError):  # nothing published, or a snapshot without the copy
        return table


def other_values(province_code: str, frame: str, indicator: str, period: str, measure: str,
                 db: str | os.PathLike | None = None) -> pd.DataFrame:
    """Every value reported for one fact, the current one first (position 1)."""
    sql = ("SELECT position, value, unit, qualifier, status, source, quote, note, source_kind, loaded_at "
           f"FROM {_partitions('history', [indicator], db)} WHERE indicator IN ({_literals([indicator])}) "
           "AND province_code = ? AND frame = ? "
           "AND period = ? AND measure = ? AND position IS NOT NULL ORDER BY position")
    return query(sql, (province_code, frame, period, measure), db)


def alternatives(indicators=(), provinces=(), db: str | os.PathLike | None = None) -> pd.DataFrame:
    """Non-current values that differ from the current one, for the facts asked about."""
    where, params = _fact_filter(indicators, provinces)
    # and, for a stock, the value of another period that disagrees with it (stock_disagreements)
    sql = ("SELECT * FROM (SELECT province_code, frame, indicator, period, measure, value, unit, qualifier, status, "
           f"source, quote, note, 0 AS crossed, position FROM {_by(indicators, provinces, 'history', db)} "
           f"WHERE {' AND '.join(where + ['differs'])} "
           "UNION ALL SELECT province_code, frame, indicator, period, measure, value, unit, qualifier, status, "
           "source, quote, concat_ws(' ', '[' || other_period || ']', note) AS note, 1 AS crossed, 0 AS position "
           f"FROM {_by(indicators, provinces, 'disagreements', db)} WHERE {' AND '.join(where) or 'TRUE'}) "
           "ORDER BY indicator, province_code, period, crossed, position")
    return query(sql, tuple(params + params), db).drop(columns=["crossed", "position"])


# NOTE: the lookups read lists published beside the snapshot (metrics.schema.DATA_LISTS: a few
# hundred rows), not data_index itself: computing them from its Parquet file on each read scanned
# 35 k rows at 1 M observations, 175 k at 10 M (1.3–1.7× the same SQL on the writer's table)
def indicators_with_data(db: str | os.PathLike | None = None) -> list[str]:
    return query("SELECT indicator FROM indicators_with_data ORDER BY indicator", (), db)["indicator"].tolist()


def provinces_with_data(db: str | os.PathLike | None = None) -> pd.DataFrame:
    return query("SELECT province_code, frame FROM provinces_with_data ORDER BY frame DESC, province_code", (), db)


def uploads(db: str | os.PathLike | None = None) -> pd.DataFrame:
    return writer_file_query("SELECT upload_id, file_name, sha256, uploaded_at, uploaded_by, province_hint, "
                 "period_hint, facts, undone_at, undone_by, undone_at IS NOT NULL AS undone "
                 "FROM uploads ORDER BY uploaded_at DESC", (), db)


def facts_view(indicators=(), provinces=(), mode: str = "reported", measure: str | None = None,
               db: str | os.PathLike | None = None) -> pd.DataFrame:
    """Facts for display in either view of the 2025 merger.
    mode "reported": each value in the frame it was reported in; provinces are (code, frame) pairs.
    mode "today": today's 34 provinces, periods before July 2025 rebuilt from predecessors
    (etl.readmodel); provinces are frame-34 codes (or (code, "34") pairs)."""
    sql, params = _facts_view_sql(indicators, provinces, mode, measure, db)
    return query(sql, params, db, TODAY_ORDER if mode == "today" else FACT_ORDER)


def disagreeing_facts(code: str, frame: str, mode: str = "reported", indicators=(),
                      db: str | os.PathLike | None = None) -> pd.DataFrame:
    """A province's facts with another value reported (alternatives > 0), as facts_view gives
    them (mode "today": a frame-34 province in the merger view): the profile's disagreements,
    without reading its every fact (~98 k at 10 M observations); of these indicators only (()
    : all; a page of the disagreements names the few indicators it shows: ~18 k facts at 10 M)."""
    indicators = list(indicators)
    if mode == "today" and frame == "34":
        sql, params = _facts_view_sql(indicators, [code], "today", None, db)
        order = TODAY_ORDER
    else:
        sql, params = _facts_sql(indicators, [(code, frame)], None, None, db, _FACT_COLUMNS)
        order = FACT_ORDER
    return query(sql + " AND alternatives > 0", params, db, order)


def facts_view_key(indicators=(), provinces=(), mode: str = "reported", db: str | os.PathLike | None = None) -> str:
    """What facts_view's result depends on, for caches finer than the data version: its query,
    which names the snapshot files it reads (immutable: a new version that leaves them alone
    gives the same key). A query of a whole table names no files: then the version is the key."""
    sql, params = _facts_view_sql(indicators, provinces, mode, None, db)
    return sql + repr(params) + ("" if "/*snapshot*/" in sql else version(db))


def _facts_view_sql(indicators, provinces, mode, measure, db) -> tuple[str, tuple]:
    if mode != "today":
        # the merger view's columns, constant as reported: in the SQL, not added to every copy in pandas
        return _facts_sql(indicators, provinces, measure, None, db, _AS_REPORTED_COLUMNS)
    codes = sorted({p[0] if isinstance(p, tuple) else p for p in provinces})
    where, params = ["TRUE"], []
    if indicators:
        where.append(f"indicator IN ({_literals(indicators)})")
    if codes:
        where.append(f"province_code IN ({', '.join('?' * len(codes))})")
        params += codes
    if measure:
        where.append("measure = ?")
        params.append(measure)
    # etl.readmodel rebuilt the 34 provinces when the data changed (the merger rule is there)
    today = _by(indicators, codes, "facts_today", db)
    return f"SELECT {_TODAY_COLUMNS} FROM {today} WHERE {' AND '.join(where)}", tuple(params)  # TODAY_ORDER


# --- overview and province profile -------------------------------------------------------------

SUMMARY_COLUMNS = ("province_code", "frame", "indicator", "n_facts", "n_values", "n_disagreeing", "period",
                   "period_start", "period_end", "measure", "value", "qualifier", "status", "comparable")


def province_summary(code: str, frame: str, mode: str = "reported",
                     db: str | os.PathLike | None = None) -> pd.DataFrame | None:
    """One row per indicator a province has, as its profile's summary shows it (etl.readmodel's
    province_summary, materialized when data changes): the value shown (latest; certain values
    first, actual before plan) with its fact key, how many facts and values, how many disagree.
    In "today" mode a frame-34 province's rows are those of the merger view. None when the
    published snapshot predates the table (the caller computes it from the facts)."""
    try:
        if not snapshot.of(store.db_path(db)).has("province_summary"):
            return None
    except snapshot.SnapshotMissing:
        return None
    view = "today" if mode == "today" and frame == "34" else "reported"
    sql = (f"SELECT {', '.join(SUMMARY_COLUMNS)} FROM {_partitions('province_summary', [code], db)} "
           "WHERE province_code = ? AND view = ? AND frame = ?")
    return query(sql, (code, view, frame), db, ("indicator",))


# --- map and coverage --------------------------------------------------------------------------


def map_facts(indicator: str, mode: str = "reported", db: str | os.PathLike | None = None) -> pd.DataFrame:
    """One indicator's actual values for every province: as reported (both frames), or in "today"
    mode for today's 34 provinces with pre-merger periods rebuilt (non-comparable ones NaN, with
    the reason)."""
    return facts_view([indicator], (), mode=mode, measure="actual", db=db)


def year_span(db: str | os.PathLike | None = None) -> tuple[int, int] | None:
    """First and last calendar year any fact touches (None for an empty warehouse)."""
    df = query("SELECT lo, hi FROM year_span", (), db)
    lo, hi = df.iloc[0]["lo"], df.iloc[0]["hi"]
    return None if pd.isna(lo) else (int(lo), int(hi))


# what the coverage grid reads of a fact (its cells, their details and the sources line)
COVERAGE_COLUMNS = ("province_code", "frame", "indicator", "period", "period_start", "period_end", "period_kind",
                    "measure", "value", "qualifier", "status", "source")


def coverage_facts(indicators=(), provinces=(), mode: str = "reported", years: tuple[int, int] | None = None,
                   db: str | os.PathLike | None = None) -> pd.DataFrame:
    """Actual values of the provinces asked for ((code, frame) pairs); in "today" mode also those
    of each frame-34 province's frame-63 predecessors, so coverage can say who is missing. Only
    the values touching `years` (first, last), if given, and only COVERAGE_COLUMNS: a national
    warehouse's grid reads ~1,300 indicators of each province."""
    pairs = _coverage_pairs(provinces, mode) or [("__", "__")]
    sql, params = _facts_sql(indicators, pairs, "actual", None, db, ", ".join(COVERAGE_COLUMNS), years)
    return query(sql, params, db, FACT_ORDER)



def _coverage_pairs(provinces, mode: str) -> list[tuple[str, str]]:
    """The (code, frame) pairs whose values a coverage grid reads: in "today" mode each frame-34
    province's frame-63 predecessors too (they cover its years before the merger)."""
    pairs = list(provinces)
    if mode == "today":
        pairs += [(q.code, "63") for code, frame in provinces if frame == "34"
                  for q in registry.predecessors(registry.province(code, "34"))]
    return list(dict.fromkeys(pairs))


def coverage_years(provinces=(), mode: str = "reported", years: tuple[int, int] | None = None,
                   db: str | os.PathLike | None = None) -> pd.DataFrame | None:
    """The coverage grid's cells as reported, materialized when data changes (etl.readmodel's
    coverage_years): (province_code, frame, indicator, year, category) for every year an actual
    value touches, of the provinces asked for ((code, frame) pairs; in "today" mode with their
    predecessors), within `years` (first, last) if given. Every indicator: the caller keeps
    those it shows. None when the published snapshot predates the table."""
    try:
        if not snapshot.of(store.db_path(db)).has("coverage_years"):
            return None
    except snapshot.SnapshotMissing:
        return None
    pairs = _coverage_pairs(provinces, mode) or [("__", "__")]
    where, params = _fact_filter((), pairs)
    if years:
        where.append("year BETWEEN ? AND ?")
        params += [int(years[0]), int(years[1])]
    codes = sorted({c for c, _ in pairs})
    sql = (f"SELECT province_code, frame, indicator, year, category FROM {_partitions('coverage_years', codes, db)} "
           f"WHERE {' AND '.join(where)}")
    return query(sql, tuple(params), db)


def coverage_sources(indicators=(), provinces=(), mode: str = "reported", years: tuple[int, int] | None = None,
                     limit: int = 4, db: str | os.PathLike | None = None) -> tuple[list[str], int]:
    """(the first `limit` distinct sources, how many there are) of the values coverage_facts
    returns, in its order — counted in DuckDB, not read into Python (~170 k values at 10 M)."""
    pairs = _coverage_pairs(provinces, mode) or [("__", "__")]
    only = _indicator_filter(indicators, db)
    if not only and _published(db, "coverage_sources"):
        # every indicator with data (the page's default): the read model's rows per province, year
        # and source (etl.readmodel.SOURCES_SQL), ~800 per province and 10 years at 10 M, not the
        # ~43 k values they sum up
        where, params = _fact_filter((), pairs)
        if years:
            where.append("year BETWEEN ? AND ?")
            params += [int(years[0]), int(years[1])]
        codes = sorted({c for c, _ in pairs})
        sql = ("WITH s AS (SELECT source, min((first_indicator, province_code, frame, first_start, first_end, "
               f"first_measure)) AS first FROM {_partitions('coverage_sources', codes, db)} "
               f"WHERE {' AND '.join(where)} GROUP BY source) "
               f"SELECT source, count(*) OVER () AS n FROM s ORDER BY first LIMIT {int(limit)}")
        got = query(sql, tuple(params), db)
        return got["source"].tolist(), int(got["n"].iloc[0]) if len(got) else 0
    sql, params = _facts_sql((), pairs, "actual", None, db,
                             "source, indicator, province_code, frame, period_start, period_end, measure", years)
    sql += only
    sql = ("WITH f AS (" + sql + " AND coalesce(source, '') <> ''), "
           "s AS (SELECT source, min((indicator, province_code, frame, period_start, period_end, measure)) AS first "
           "      FROM f GROUP BY source) "
           f"SELECT source, count(*) OVER () AS n FROM s ORDER BY first LIMIT {int(limit)}")
    got = query(sql, params, db)
    return got["source"].tolist(), int(got["n"].iloc[0]) if len(got) else 0


def _published(db, name: str) -> bool:
    """Whether the published snapshot has this read-model table (one of earlier code may not)."""
    try:
        return snapshot.of(store.db_path(db)).has(name)
    except snapshot.SnapshotMissing:
        return False


def _indicator_filter(indicators, db=None) -> str:
    """" AND …" keeping the rows of these indicators (() : all), written as the shorter list: the
    coverage page asks for every indicator with data by default (~1,300 at 10 M), and with them
    as an IN list DuckDB spent ~190 ms binding and testing it (measured); every indicator with
    data needs no filter, nearly every one a NOT IN of the few left out."""
    if not indicators:
        return ""
    chosen = set(indicators)
    rest = [c for c in indicators_with_data(db) if c not in chosen]
    if len(chosen) <= len(rest):
        return f" AND indicator IN ({_literals(sorted(chosen))})"
    return f" AND indicator NOT IN ({_literals(rest)})" if rest else ""


# --- data and sources --------------------------------------------------------------------------


_HISTORY_TAIL = ("SELECT *, CASE WHEN public THEN lead(value) OVER w END AS replaced_by_value, "
                 "CASE WHEN public THEN lead(public_at) OVER w END AS replaced_at FROM h "
                 "WINDOW w AS (PARTITION BY public ORDER BY public_at, observation_id) "
                 "ORDER BY active DESC, position NULLS LAST, loaded_at DESC, observation_id DESC")


def fact_history(province_code: str, frame: str, indicator: str, period: str, measure: str,
                 db: str | os.PathLike | None = None, pending: bool = False) -> pd.DataFrame:
    """Every value ever loaded for one fact, newest first: active ones with their position (1 =
    in use), values from uploads that were undone (active = false, position NULL) and values
    waiting for review (state draft/submitted/returned). Each says who loaded it, who approved it
    and when, and which value came after it (replaced_by_value, replaced_at). Values waiting for
    review are left out unless `pending` (for the people whose scope covers the fact).

    The public history reads the published snapshot (the indicator's `history` partition, a few
    thousand rows at 10 M observations, and the uploads' states), as every page does; only the
    reviewers' history with pending values reads the warehouse file."""
    if pending:
        return _fact_history_with_pending(province_code, frame, indicator, period, measure, db)
    # the same rows and columns as _fact_history_with_pending's, from the read model's
    # observation_history (its public values, position set, and the undone ones); a value of an
    # upload not approved is not public
    sql = ("WITH h AS (SELECT x.observation_id, x.indicator, x.value, x.unit, x.qualifier, x.status, x.quote, "
           "x.note, x.loaded_at, x.loaded_by, x.upload_id, x.active, x.source_kind, x.position, x.file_name, "
           "x.uploaded_at, x.undone_at, x.undone_by, coalesce(u.state, 'approved') AS state, "
           "u.reviewed_by AS approved_by, CASE WHEN u.state = 'approved' THEN u.reviewed_at END AS approved_at, "
           "x.source, coalesce(CASE WHEN u.state = 'approved' THEN u.reviewed_at END, x.loaded_at) AS public_at, "
           "x.active AND coalesce(u.state, 'approved') = 'approved' AS public "
           f"FROM (SELECT * FROM {_partitions('history', [indicator], db)} "
           f"      WHERE indicator = {_literals([indicator])} AND province_code = ? AND frame = ? AND period = ? "
           "       AND measure = ?) x "
           "LEFT JOIN uploads u ON u.upload_id = x.upload_id "
           "WHERE coalesce(u.state, 'approved') = 'approved') " + _HISTORY_TAIL)
    return query(sql, (province_code, frame, period, measure), db)


def _fact_history_with_pending(province_code: str, frame: str, indicator: str, period: str, measure: str,
                               db: str | os.PathLike | None = None) -> pd.DataFrame:
    """fact_history with the values waiting for review, read from the warehouse file itself
    (read-only; one fact, on request): drafts are never published to the snapshot."""
    sql = ("WITH h AS (SELECT o.observation_id, o.indicator, o.value, o.unit, o.qualifier, o.status, o.quote, "
           "o.note, o.loaded_at, o.loaded_by, o.upload_id, o.active, s.kind AS source_kind, r.position, "
           "u.file_name, u.uploaded_at, u.undone_at, u.undone_by, coalesce(u.state, 'approved') AS state, "
           "u.reviewed_by AS approved_by, CASE WHEN u.state = 'approved' THEN u.reviewed_at END AS approved_at, "
           "source_text(s.kind, u.file_name, o.sheet, o.cell, u.uploaded_at, s.publisher, s.title, s.url, "
           "            s.document, s.published) AS source, "
           "coalesce(CASE WHEN u.state = 'approved' THEN u.reviewed_at END, o.loaded_at) AS public_at, "
           "o.active AND coalesce(u.state, 'approved') = 'approved' AS public "
           "FROM observations o JOIN sources s USING (source_id) "
           "LEFT JOIN uploads u ON u.upload_id = o.upload_id "
           # the fact's own ranking: its key reaches the window (partitioned by that key) only as
           # a filter on the view itself, not through a join on observation_id (that ranked every
           # observation of the warehouse: 5 s at 10 M)
           "LEFT JOIN (SELECT observation_id, position FROM ranked_observations WHERE province_code = ? "
           "           AND frame = ? AND indicator = ? AND period = ? AND measure = ?) r "
           "  ON r.observation_id = o.observation_id "
           "WHERE o.province_code = ? AND o.frame = ? AND o.indicator = ? AND o.period = ? AND o.measure = ?) "
           + _HISTORY_TAIL)
    key = (province_code, frame, indicator, period, measure)
    return writer_file_query(sql, key + key, db)


def sources_of(source_ids, db: str | os.PathLike | None = None) -> pd.DataFrame:
    """The sources table rows for these ids (for the sources sheet of a download)."""
    clause, vals = _in("source_id", sorted(set(source_ids)))
    sql = ("SELECT source_id, kind, publisher, title, url, published, language, machine_translated, "
           f"document, note FROM sources WHERE {clause} ORDER BY source_id")
    return query(sql, tuple(vals), db)


# --- the reporting workflow (drafts, submissions, approvals, locks) ------------------------------
# Filtering by a person's scope is metrics.accounts.Scope.mask on these rows: an editor sees the
# drafts of the provinces they may write, never another province's.

def pending_facts(db: str | os.PathLike | None = None) -> pd.DataFrame:
    """Values waiting for review (draft, submitted, returned), with their upload's state."""
    return writer_file_query("SELECT p.upload_id, p.state, p.account, p.file_name, p.uploaded_at, p.submitted_at, "
                 "p.review_comment, p.province_code, p.frame, pr.name_vi AS province_name, p.indicator, p.period, "
                 "p.period_start, p.period_end, p.period_kind, p.measure, p.value, p.unit, p.qualifier, p.status, "
                 "p.sheet, p.cell, p.note FROM pending_observations p "
                 "JOIN provinces pr ON pr.code = p.province_code AND pr.frame = p.frame "
                 "ORDER BY p.uploaded_at DESC, p.indicator, p.province_code, p.period_start", (), db)


def workflow_uploads(db: str | os.PathLike | None = None) -> pd.DataFrame:
    """Every upload with its state and review, and each (province, frame, period) it covers as one
    row (so a scope can be applied to it): upload_id repeats once per province-period."""
    return writer_file_query("SELECT u.upload_id, u.file_name, u.sha256, u.uploaded_at, u.uploaded_by, u.account, u.facts, "
                 "u.state, u.submitted_at, u.submitted_by, u.reviewed_at, u.reviewed_by, u.review_comment, "
                 "u.undone_at, u.undone_by, u.undone_at IS NOT NULL AS undone, o.province_code, o.frame, o.period, "
                 "max(o.period_end) AS period_end "
                 "FROM uploads u LEFT JOIN observations o ON o.upload_id = u.upload_id "
                 "GROUP BY ALL ORDER BY u.uploaded_at DESC, o.province_code, o.period", (), db)


def upload_differences(upload_id: str, db: str | os.PathLike | None = None) -> pd.DataFrame:
    """An upload's values against the current public ones: change = new | changed | unchanged,
    with the current value (and its source) where there is one."""
    sql = ("SELECT o.province_code, o.frame, pr.name_vi AS province_name, o.indicator, o.period, o.period_start, "
           "o.measure, o.value, o.unit, o.sheet, o.cell, o.quote, f.value AS current_value, f.source AS current_source, "
           "CASE WHEN f.value IS NULL THEN 'new' WHEN f.value = o.value THEN 'unchanged' ELSE 'changed' END AS change "
           "FROM observations o JOIN provinces pr ON pr.code = o.province_code AND pr.frame = o.frame "
           "LEFT JOIN facts f ON f.province_code = o.province_code AND f.frame = o.frame AND f.indicator = o.indicator "
           "AND f.period = o.period AND f.measure = o.measure "
           "WHERE o.upload_id = ? AND o.active ORDER BY o.indicator, o.province_code, o.period_start, o.measure")
    return writer_file_query(sql, (upload_id,), db)


def transitions(upload_id: str | None = None, db: str | os.PathLike | None = None) -> pd.DataFrame:
    where, params = ("WHERE upload_id = ?", (upload_id,)) if upload_id else ("", ())
    return writer_file_query(f"SELECT upload_id, action, acted_at, acted_by, comment FROM transitions {where} ORDER BY acted_at", params, db)


def locks(db: str | os.PathLike | None = None) -> pd.DataFrame:
    """Province-periods locked by an approval and not unlocked."""
    return writer_file_query("SELECT l.province_code, l.frame, p.name_vi AS province_name, l.period, l.locked_at, l.locked_by, "
                 "l.upload_id FROM locks l JOIN provinces p ON p.code = l.province_code AND p.frame = l.frame "
                 "WHERE l.unlocked_at IS NULL ORDER BY l.locked_at DESC", (), db)

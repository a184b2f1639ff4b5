"""The read model: what pages read, computed when data changes, not when it is read.

Tables (in the writer's database; published to readers by etl.publish):
  current_facts  one row per fact with its current value and alternatives count — the `facts`
                 view is exactly this table (as-reported frames only);
  facts_today    today's 34 provinces: their own facts plus pre-merger facts rebuilt from their
                 predecessors (counts summed only when every predecessor reported that period and
                 measure; rates, indices and ranks never summed or averaged — kept only where the
                 territory did not change); extra columns comparable, reason, reason_en, predecessors;
  data_index     (indicator, province, frame, measure) -> how many facts, first and last day:
                 the lists of indicators, provinces and years with data;
  province_summary  one row per (view, province, frame, indicator): the value a province profile's
                 summary shows for it (the latest, certain values first, actual before plan),
                 how many facts and values it has and how many of them disagree with another
                 source — the profile's first screen reads ~1,300 rows, not the province's every
                 fact (~98 k at 10 M observations); view 'reported' from current_facts, 'today'
                 (the frame-34 provinces in the merger view) from facts_today.
  coverage_years one row per (province, frame, indicator, year) with an actual value touching the
                 year: the coverage grid's cell as reported (the best of what those values say:
                 a year reported or estimated, part of a year, a stock, a span, uncertain) — the
                 grid reads ~13 k cells per province instead of its values.
  coverage_sources one row per (province, frame, year, source) of the actual values touching the
                 year, with the first of them (indicator, period, measure): the coverage page's
                 sources line over every indicator reads ~800 rows per province and 10 years at
                 10 M observations instead of ~43 k values.
Rows are ordered by indicator, province, frame, period so DuckDB's zone maps skip what a filter
does not need. `refresh()` recomputes only the facts a commit touched (their keys), the merged
provinces and index rows they feed, so its cost follows the change, not the warehouse.

The rules themselves stay where they are declared: the current-value rule is the
`computed_facts` view (etl.warehouse), the merger rule is `TODAY_SQL` below."""
from __future__ import annotations

import duckdb
import pandas as pd

FACT_KEY = ("province_code", "frame", "indicator", "period", "measure")
_KEY = ", ".join(FACT_KEY)
FACT_ORDER = "indicator, province_code, frame, period_start, period_end, measure"
TODAY_ORDER = "indicator, province_code, period_start, period_end, measure"

# the province profile's summary (SUMMARY_SQL); added to a warehouse built before it by ensure()
SUMMARY_DDL = """
CREATE TABLE province_summary (view VARCHAR, province_code VARCHAR, frame VARCHAR, indicator VARCHAR,
                               n_facts BIGINT, n_values BIGINT, n_disagreeing BIGINT, period VARCHAR,
                               period_start DATE, period_end DATE, measure VARCHAR, value DOUBLE,
                               qualifier VARCHAR, status VARCHAR, comparable BOOLEAN);
"""
# the coverage grid's cells (COVERAGE_SQL); added like the summary
COVERAGE_DDL = """
CREATE TABLE coverage_years (province_code VARCHAR, frame VARCHAR, indicator VARCHAR, year INTEGER,
                             category VARCHAR, n_values BIGINT);
"""
# the coverage page's sources line (SOURCES_SQL); added like the summary
SOURCES_DDL = """
CREATE TABLE coverage_sources (province_code VARCHAR, frame VARCHAR, year INTEGER, source VARCHAR,
                               first_indicator VARCHAR, first_start DATE, first_end DATE, first_measure VARCHAR);
"""
ADDED = {"province_summary": SUMMARY_DDL, "coverage_years": COVERAGE_DDL, "coverage_sources": SOURCES_DDL}

DDL = SUMMARY_DDL + COVERAGE_DDL + SOURCES_DDL + """
CREATE TABLE current_facts AS SELECT * FROM computed_facts WHERE FALSE;
CREATE OR REPLACE VIEW facts AS SELECT * FROM current_facts;
CREATE TABLE facts_today AS
    SELECT *, TRUE AS comparable, '' AS reason, '' AS reason_en, '' AS predecessors FROM current_facts WHERE FALSE;
CREATE TABLE data_index (indicator VARCHAR, province_code VARCHAR, frame VARCHAR, measure VARCHAR,
                         facts BIGINT, first_day DATE, last_day DATE);
-- every value ever loaded, with its place in its fact (position 1 = current; NULL = undone) and
-- whether it differs from the current value: the profile's and data page's "other values" and
-- a fact's history, published per indicator like the facts
CREATE VIEW observation_history AS
WITH h AS (
    SELECT r.observation_id, r.province_code, r.frame, r.indicator, r.period, r.measure, r.period_start,
           r.period_end, r.value, r.unit, r.qualifier, r.status, r.quote, r.note, r.loaded_at, r.loaded_by,
           r.upload_id, r.active, r.source_kind, r.source, r.position
    FROM ranked_observations r
    UNION ALL
    SELECT o.observation_id, o.province_code, o.frame, o.indicator, o.period, o.measure, o.period_start,
           o.period_end, o.value, o.unit, o.qualifier, o.status, o.quote, o.note, o.loaded_at, o.loaded_by,
           o.upload_id, o.active, s.kind, source_text(s.kind, u.file_name, o.sheet, o.cell, u.uploaded_at,
           s.publisher, s.title, s.url, s.document, s.published), CAST(NULL AS BIGINT)
    FROM observations o JOIN sources s USING (source_id) LEFT JOIN uploads u ON u.upload_id = o.upload_id
    WHERE NOT o.active)
SELECT h.*, u.file_name, u.uploaded_at, u.undone_at, u.undone_by,
       coalesce(h.position > 1 AND h.value <> f.value, FALSE) AS differs
FROM h LEFT JOIN uploads u ON u.upload_id = h.upload_id
LEFT JOIN current_facts f USING (province_code, frame, indicator, period, measure);
-- each frame-34 province and its frame-63 predecessors (the registry's successor codes)
CREATE VIEW province_lineage AS
SELECT n.code AS code34, n.name_vi AS name34, o.code AS code63, o.name_vi AS name63_vi, o.name_en AS name63_en,
       count(*) OVER (PARTITION BY n.code) AS n_preds,
       string_agg(o.name_vi, ', ' ORDER BY o.code) OVER (PARTITION BY n.code) AS names_vi
FROM provinces n JOIN provinces o ON o.frame = '63' AND o.successor_code = n.code
WHERE n.frame = '34';
"""

# The 2025 merger rule for the (code34, indicator) pairs in `_affected` (README, "Theo 34 tỉnh").
TODAY_SQL = """
WITH own AS (
    SELECT f.*, TRUE AS comparable, '' AS reason, '' AS reason_en, '' AS predecessors
    FROM current_facts f JOIN _affected a ON a.code34 = f.province_code AND a.indicator = f.indicator
    WHERE f.frame = '34'),
old AS (
    SELECT f.*, l.code34, l.name34, l.n_preds, l.names_vi
    FROM current_facts f
    JOIN province_lineage l ON l.code63 = f.province_code
    JOIN _affected a ON a.code34 = l.code34 AND a.indicator = f.indicator
    WHERE f.frame = '63'),
single AS (   -- one predecessor: the same territory, its value stands as it is
    SELECT code34 AS province_code, '34' AS frame, name34 AS province_name, indicator, period, period_start,
           period_end, period_kind, measure, value, unit, qualifier, status, source, quote, alternatives,
           concat_ws(' ', nullif(note, ''), 'Cùng địa giới với ' || names_vi || ' trước 01/7/2025.') AS note,
           loaded_at, source_kind, source_id, sheet, cell, upload_id,
           TRUE AS comparable, '' AS reason, '' AS reason_en, names_vi AS predecessors
    FROM old WHERE n_preds = 1),
sources AS (  -- each distinct source once, in province order
    SELECT code34, indicator, period, measure, source, min(province_code) AS first_code
    FROM old WHERE n_preds > 1 GROUP BY ALL),
source_lines AS (
    SELECT code34, indicator, period, measure, string_agg(source, ' | ' ORDER BY first_code) AS source
    FROM sources GROUP BY ALL),
grouped AS (
    SELECT o.code34, any_value(o.name34) AS name34, o.indicator, o.period, o.measure,
           any_value(o.period_start) AS period_start, any_value(o.period_end) AS period_end,
           any_value(o.period_kind) AS period_kind, arg_min(o.unit, o.province_code) AS unit,
           any_value(o.n_preds) AS n_preds, any_value(o.names_vi) AS names_vi,
           list(o.province_code ORDER BY o.province_code) AS have,
           sum(o.value) AS total, max(o.loaded_at) AS loaded_at,
           CASE max(CASE o.status WHEN 'uncertain' THEN 2 WHEN 'estimated' THEN 1 ELSE 0 END)
                WHEN 2 THEN 'uncertain' WHEN 1 THEN 'estimated' ELSE 'reported' END AS status,
           CASE WHEN count(DISTINCT coalesce(o.qualifier, '')) = 1 THEN any_value(coalesce(o.qualifier, '')) ELSE '' END
               AS qualifier,
           CAST(sum(o.alternatives) AS INTEGER) AS alternatives,
           'Cộng từ các tỉnh trước sáp nhập ('
               || string_agg(format('{}: {:g}', o.province_name, o.value), '; ' ORDER BY o.province_code) || ').'
               AS sum_note
    FROM old o WHERE o.n_preds > 1 GROUP BY o.code34, o.indicator, o.period, o.measure),
judged AS (
    SELECT g.*, i.additive, i.name_vi AS ind_vi, i.name_en AS ind_en,
           (SELECT string_agg(l.name63_vi, ', ' ORDER BY l.code63) FROM province_lineage l
             WHERE l.code34 = g.code34 AND NOT list_contains(g.have, l.code63)) AS missing_vi,
           (SELECT string_agg(l.name63_en, ', ' ORDER BY l.code63) FROM province_lineage l
             WHERE l.code34 = g.code34 AND NOT list_contains(g.have, l.code63)) AS missing_en
    FROM grouped g LEFT JOIN indicators i ON i.code = g.indicator),
merged AS (
    SELECT j.code34 AS province_code, '34' AS frame, j.name34 AS province_name, j.indicator, j.period,
           j.period_start, j.period_end, j.period_kind, j.measure,
           CASE WHEN j.additive AND j.missing_vi IS NULL THEN j.total END AS value,  -- NULL: not comparable
           j.unit,
           CASE WHEN j.additive AND j.missing_vi IS NULL THEN j.qualifier ELSE '' END AS qualifier,
           j.status,
           CASE WHEN j.additive AND j.missing_vi IS NULL THEN s.source ELSE '' END AS source,
           CAST(NULL AS VARCHAR) AS quote,
           CASE WHEN j.additive AND j.missing_vi IS NULL THEN j.alternatives ELSE 0 END AS alternatives,
           CASE WHEN j.additive AND j.missing_vi IS NULL THEN j.sum_note END AS note,
           j.loaded_at, CAST(NULL AS VARCHAR) AS source_kind, CAST(NULL AS VARCHAR) AS source_id,
           CAST(NULL AS VARCHAR) AS sheet, CAST(NULL AS VARCHAR) AS cell, CAST(NULL AS VARCHAR) AS upload_id,
           j.additive AND j.missing_vi IS NULL AS comparable,
           CASE WHEN NOT j.additive
                THEN j.ind_vi || ' không cộng hay lấy trung bình giữa các tỉnh sáp nhập (' || j.names_vi || ').'
                WHEN j.missing_vi IS NOT NULL
                THEN 'Thiếu số liệu của ' || j.missing_vi || ' cho kỳ này; không cộng khi thiếu tỉnh.'
                ELSE '' END AS reason,
           CASE WHEN NOT j.additive THEN j.ind_en || ' is never summed or averaged across merged provinces.'
                WHEN j.missing_vi IS NOT NULL
                THEN 'No figure from ' || j.missing_en || ' for this period; not summed with a predecessor missing.'
                ELSE '' END AS reason_en,
           j.names_vi AS predecessors
    FROM judged j JOIN source_lines s USING (code34, indicator, period, measure))
SELECT * FROM own
UNION ALL BY NAME SELECT * FROM single
UNION ALL BY NAME SELECT * FROM merged
"""


def create(con: duckdb.DuckDBPyConnection) -> None:
    """The read-model tables and the `facts` view over them (after the base schema)."""
    con.execute(DDL)


def _columns(con, table: str) -> str:
    return ", ".join(r[0] for r in con.execute(f"DESCRIBE {table}").fetchall())


def _ordered_insert(con, table: str, select: str, order: str) -> None:
    cols = _columns(con, table)
    con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM ({select}) ORDER BY {order}")


def refresh(con: duckdb.DuckDBPyConnection, touched: pd.DataFrame | None = None) -> list[str]:
    """Bring the read model up to date inside the caller's transaction.

    touched: the fact keys (FACT_KEY columns) whose observations changed; None rebuilds everything
    (a build, the synthetic warehouse). Returns the indicators whose rows changed (for publishing)."""
    ensure(con, fill=touched is not None)  # (a whole refresh fills it below)
    if touched is None:
        con.execute("DELETE FROM current_facts")
        _ordered_insert(con, "current_facts", "SELECT * FROM computed_facts", FACT_ORDER)
        con.execute("CREATE OR REPLACE TEMP TABLE _affected AS "
                    "SELECT DISTINCT code34, indicator FROM current_facts f JOIN province_lineage l "
                    "ON (f.frame = '63' AND l.code63 = f.province_code) OR (f.frame = '34' AND l.code34 = f.province_code)")
        con.execute("DELETE FROM facts_today")
        _ordered_insert(con, "facts_today", TODAY_SQL, TODAY_ORDER)
        con.execute("DELETE FROM data_index")
        _ordered_insert(con, "data_index", _INDEX_SQL.format(where="TRUE"), "indicator, province_code, frame, measure")
        con.execute("DROP TABLE _affected")
        fill_summary(con)
        fill_coverage(con)
        fill_sources(con)
        return [r[0] for r in con.execute("SELECT DISTINCT indicator FROM computed_facts ORDER BY 1").fetchall()]
    keys = touched[list(FACT_KEY)].drop_duplicates()
    if keys.empty:
        return []
    indicators = sorted(keys["indicator"].unique())
    in_list = ", ".join("'" + i.replace("'", "''") + "'" for i in indicators)
    con.register("_touched_df", keys)
    try:
        # a stock's value can disagree with another period's (stock_disagreements): a change
        # refreshes the whole series of its province, indicator and measure
        con.execute("CREATE OR REPLACE TEMP TABLE _touched AS "
                    f"SELECT DISTINCT {_KEY} FROM observations o "
                    "SEMI JOIN (SELECT DISTINCT province_code, frame, indicator, measure FROM _touched_df) s "
                    f"USING (province_code, frame, indicator, measure) WHERE o.indicator IN ({in_list}) "
                    f"UNION SELECT {_KEY} FROM _touched_df")
    finally:
        con.unregister("_touched_df")
    key_match = " AND ".join(f"f.{k} = t.{k}" for k in FACT_KEY)
    con.execute(f"DELETE FROM current_facts f USING _touched t WHERE {key_match}")
    _ordered_insert(con, "current_facts",
                    each_equal("f.indicator", indicators,
                               f"SELECT f.* FROM computed_facts f SEMI JOIN _touched t USING ({_KEY}) WHERE {{match}}"),
                    FACT_ORDER)
    # the merged provinces these facts feed (a frame-63 province feeds its successor)
    con.execute("CREATE OR REPLACE TEMP TABLE _affected AS "
                "SELECT DISTINCT l.code34, t.indicator FROM _touched t JOIN province_lineage l "
                "ON (t.frame = '63' AND l.code63 = t.province_code) OR (t.frame = '34' AND l.code34 = t.province_code)")
    con.execute("DELETE FROM facts_today f USING _affected a WHERE f.province_code = a.code34 AND f.indicator = a.indicator")
    _ordered_insert(con, "facts_today", TODAY_SQL, TODAY_ORDER)
    con.execute("CREATE OR REPLACE TEMP TABLE _cells AS SELECT DISTINCT indicator, province_code, frame FROM _touched")
    con.execute("DELETE FROM data_index d USING _cells c WHERE d.indicator = c.indicator "
                "AND d.province_code = c.province_code AND d.frame = c.frame")
    _ordered_insert(con, "data_index", _INDEX_SQL.format(
        where=f"indicator IN ({in_list}) AND (indicator, province_code, frame) IN (SELECT * FROM _cells)"),
        "indicator, province_code, frame, measure")
    # the profile's summary of the cells touched (reported) and of the merged provinces fed (today)
    con.execute("DELETE FROM province_summary s USING _cells c WHERE s.view = 'reported' "
                "AND s.indicator = c.indicator AND s.province_code = c.province_code AND s.frame = c.frame")
    con.execute("DELETE FROM province_summary s USING _affected a WHERE s.view = 'today' "
                "AND s.province_code = a.code34 AND s.indicator = a.indicator")
    _ordered_insert(con, "province_summary", SUMMARY_SQL.format(
        reported=f"indicator IN ({in_list}) AND (province_code, frame, indicator) IN "
                 "(SELECT province_code, frame, indicator FROM _cells)",
        today=f"indicator IN ({in_list}) AND (province_code, indicator) IN (SELECT code34, indicator FROM _affected)"),
        SUMMARY_ORDER)
    con.execute("DELETE FROM coverage_years y USING _cells c WHERE y.indicator = c.indicator "
                "AND y.province_code = c.province_code AND y.frame = c.frame")
    _ordered_insert(con, "coverage_years", COVERAGE_SQL.format(
        where=f"indicator IN ({in_list}) AND (province_code, frame, indicator) IN "
              "(SELECT province_code, frame, indicator FROM _cells)"), COVERAGE_ORDER)
    # the sources line's rows of every (province, frame, year) an actual value of a touched fact
    # touches (before or after the change: the observations hold both), recomputed over every
    # indicator of those provinces and years
    con.execute("CREATE OR REPLACE TEMP TABLE _source_years AS "
                "SELECT DISTINCT province_code, frame, CAST(unnest(range(year(period_start), year(period_end) + 1)) "
                "AS INTEGER) AS year FROM observations o SEMI JOIN _touched t USING (" + _KEY + ") "
                f"WHERE o.indicator IN ({in_list}) AND o.measure = 'actual'")
    con.execute("DELETE FROM coverage_sources s USING _source_years c WHERE s.province_code = c.province_code "
                "AND s.frame = c.frame AND s.year = c.year")
    first, last = con.execute("SELECT min(year), max(year) FROM _source_years").fetchone()
    if first is not None:  # only the values touching those years are read (the province's others are not)
        pairs = con.execute("SELECT DISTINCT province_code, frame FROM _source_years ORDER BY ALL").fetchall()
        _ordered_insert(con, "coverage_sources", SOURCES_SQL.format(
            # literals, not a subquery: DuckDB filters the scan instead of joining every fact
            where="(" + " OR ".join(f"(province_code = {literal(p)} AND frame = {literal(f)})" for p, f in pairs) + ") "
                  f"AND period_start <= DATE '{int(last):04d}-12-31' AND period_end >= DATE '{int(first):04d}-01-01'",
            years="(province_code, frame, year) IN (SELECT province_code, frame, year FROM _source_years)"),
            SOURCES_ORDER)
    for tmp in ("_touched", "_affected", "_cells", "_source_years"):
        con.execute(f"DROP TABLE {tmp}")
    return indicators


SUMMARY_ORDER = "province_code, view, frame, indicator"
# The value a profile's summary shows for an indicator (views.tables.profile_summary's rule, once
# in SQL): a value before none, a certain one before an uncertain one, actual before plan, the
# latest period; per (view, province, frame, indicator) with its counts. A fact "disagrees" when
# another source reported another value or a stock's other period disagrees with it
# (alternatives > 0: exactly the facts the profile's other values name); in the merger view a
# sum rebuilt from several predecessors has no source of its own (source_id NULL) and names none.
SUMMARY_SQL = """
WITH f AS (
    SELECT 'reported' AS view, province_code, frame, indicator, period, period_start, period_end, measure, value,
           qualifier, status, TRUE AS comparable, alternatives > 0 AS disagrees
    FROM current_facts WHERE {reported}
    UNION ALL
    SELECT 'today' AS view, province_code, '34' AS frame, indicator, period, period_start, period_end, measure,
           value, qualifier, status, coalesce(comparable, TRUE) AS comparable,
           coalesce(alternatives > 0 AND source_id IS NOT NULL, FALSE) AS disagrees
    FROM facts_today WHERE {today}),
ranked AS (
    SELECT *, row_number() OVER (PARTITION BY view, province_code, frame, indicator
                                 ORDER BY value IS NOT NULL DESC, (status <> 'uncertain' AND value IS NOT NULL) DESC,
                                          measure = 'actual' DESC, period_end DESC, period_start DESC, period, measure)
              AS pick,
           count(*) OVER w AS n_facts, count(value) OVER w AS n_values, count_if(disagrees) OVER w AS n_disagreeing
    FROM f WINDOW w AS (PARTITION BY view, province_code, frame, indicator))
SELECT view, province_code, frame, indicator, n_facts, n_values, n_disagreeing, period, period_start, period_end,
       measure, value, qualifier, status, comparable
FROM ranked WHERE pick = 1
"""


def fill_summary(con: duckdb.DuckDBPyConnection) -> None:
    """province_summary rebuilt whole from current_facts and facts_today."""
    con.execute("DELETE FROM province_summary")
    _ordered_insert(con, "province_summary", SUMMARY_SQL.format(reported="TRUE", today="TRUE"), SUMMARY_ORDER)


COVERAGE_ORDER = "province_code, frame, indicator, year"
# metrics.rules.value_categories and best_category in SQL (the writer may not import the read
# side's rules; tests/test_coverage_cells.py checks the two give the same cells): what each actual
# value says about the years it touches, and per year the best of it (COVERAGE_CATEGORIES' order).
COVERAGE_SQL = """
WITH v AS (
    SELECT province_code, frame, indicator, year(period_start) AS y0, year(period_end) AS y1,
           CASE WHEN status = 'uncertain' THEN 'uncertain'
                WHEN period_kind = 'year' AND status = 'estimated' THEN 'estimated'
                WHEN period_kind = 'year' THEN 'reported'
                WHEN period_kind = 'date' THEN 'stock'
                WHEN year(period_start) <> year(period_end) THEN 'multi'
                ELSE 'partial' END AS category
    FROM current_facts WHERE measure = 'actual' AND {where}),
y AS (SELECT province_code, frame, indicator, unnest(range(y0, y1 + 1)) AS year, category FROM v)
SELECT province_code, frame, indicator, CAST(year AS INTEGER) AS year,
       arg_min(category, list_position(['reported', 'estimated', 'partial', 'stock', 'multi', 'uncertain'],
                                       category)) AS category,
       count(*) AS n_values
FROM y GROUP BY ALL
"""


def fill_coverage(con: duckdb.DuckDBPyConnection) -> None:
    """coverage_years rebuilt whole from current_facts."""
    con.execute("DELETE FROM coverage_years")
    _ordered_insert(con, "coverage_years", COVERAGE_SQL.format(where="TRUE"), COVERAGE_ORDER)


SOURCES_ORDER = "province_code, frame, year, source"
# The coverage page's sources line (metrics.queries.coverage_sources) ranks each source by the
# first actual value citing it in (indicator, province, frame, period_start, period_end, measure)
# order: per (province, frame, year, source) the first such value touching that year, so that the
# first over any provinces and years is the first of these rows'.
SOURCES_SQL = """
WITH v AS (
    SELECT province_code, frame, source, indicator, period_start, period_end, measure,
           unnest(range(year(period_start), year(period_end) + 1)) AS year
    FROM current_facts WHERE measure = 'actual' AND coalesce(source, '') <> '' AND {where}),
m AS (SELECT province_code, frame, CAST(year AS INTEGER) AS year, source,
             min((indicator, period_start, period_end, measure)) AS first
      FROM v GROUP BY ALL)
SELECT province_code, frame, year, source, first[1] AS first_indicator, first[2] AS first_start,
       first[3] AS first_end, first[4] AS first_measure
FROM m WHERE {years}
"""


def fill_sources(con: duckdb.DuckDBPyConnection) -> None:
    """coverage_sources rebuilt whole from current_facts."""
    con.execute("DELETE FROM coverage_sources")
    _ordered_insert(con, "coverage_sources", SOURCES_SQL.format(where="TRUE", years="TRUE"), SOURCES_ORDER)


_FILL = {"province_summary": fill_summary, "coverage_years": fill_coverage, "coverage_sources": fill_sources}


def ensure(con: duckdb.DuckDBPyConnection, fill: bool = True) -> bool:
    """Add the read-model tables a warehouse built by earlier code lacks (ADDED), filled whole
    (inside the caller's transaction); True when it added any."""
    have = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "current_facts" not in have:
        return False
    added = False
    for name, ddl in ADDED.items():
        if name not in have:
            con.execute(ddl)
            if fill:
                _FILL[name](con)
            added = True
    return added


def literal(value) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def each_equal(column: str, values, select: str) -> str:
    """`select` once per value with `{match}` as `column = 'value'`, the parts joined by UNION ALL.

    NOTE: DuckDB 2.0 carries an equality on a fact-key column through the views' joins and windows
    down to the observations (both sides of stock_disagreements' self-join, hence computed_facts
    and observation_history), but not an IN list — not even of one value: then one side ranks
    every observation of the warehouse. At 1 M observations, refreshing one indicator's facts
    took 1.9 s with `IN ('x')` and 0.04 s with `= 'x'` (the publish's by-province copies alike)."""
    return " UNION ALL ".join(f"({select.format(match=f'{column} = {literal(v)}')})" for v in values)


_INDEX_SQL = ("SELECT indicator, province_code, frame, measure, count(*) AS facts, min(period_start) AS first_day, "
              "max(period_end) AS last_day FROM current_facts WHERE {where} GROUP BY ALL")


def touched_by_upload(con: duckdb.DuckDBPyConnection, upload_id: str) -> pd.DataFrame:
    """The fact keys an upload's observations belong to (what its load or undo changes)."""
    return con.execute(f"SELECT DISTINCT {_KEY} FROM observations WHERE upload_id = ?", [upload_id]).df()

"""The query module: the only reader of the warehouse. Pages call these functions and draw.

Results are cached per warehouse version (metrics.store.version), so every process sees a new
upload on its next call and repeated views cost nothing. Callers get their own copy."""
from __future__ import annotations

import functools
import os

import pandas as pd

from metrics import store
from metrics.schema import FACT_COLUMNS

_FACT_COLUMNS = ", ".join(FACT_COLUMNS)


def _db(db: str | os.PathLike | None) -> str:
    return str(store.db_path(db))


@functools.lru_cache(maxsize=512)
def _cached(db: str, version: str, sql: str, params: tuple) -> pd.DataFrame:
    with store.reader(db) as con:
        return con.execute(sql, list(params)).df()


def query(sql: str, params: tuple = (), db: str | os.PathLike | None = None) -> pd.DataFrame:
    path = _db(db)
    return _cached(path, store.version(path), sql, tuple(params)).copy()


def _in(column: str, values) -> tuple[str, list]:
    values = list(values)
    if not values:
        return "FALSE", []
    return f"{column} IN ({', '.join('?' * len(values))})", values


def _fact_filter(indicators, provinces, alias: str = "") -> tuple[list[str], list]:
    """WHERE clauses and parameters for indicators and (code, frame) pairs; empty means all."""
    where, params = [], []
    if indicators:
        clause, vals = _in(f"{alias}indicator", indicators)
        where.append(clause)
        params += vals
    if provinces:
        pairs = list(provinces)
        where.append("(" + " OR ".join(f"({alias}province_code = ? AND {alias}frame = ?)" for _ in pairs) + ")")
        for code, fr in pairs:
            params += [code, fr]
    return where, params


def facts(indicators=(), provinces=(), measure: str | None = None, frame: str | None = None,
          db: str | os.PathLike | None = None) -> pd.DataFrame:
    """Current facts, filtered. provinces: (code, frame) pairs; empty filters mean all."""
    where, params = _fact_filter(indicators, provinces)
    where.insert(0, "TRUE")
    if measure:
        where.append("measure = ?")
        params.append(measure)
    if frame:
        where.append("frame = ?")
        params.append(frame)
    sql = (f"SELECT {_FACT_COLUMNS} FROM facts WHERE {' AND '.join(where)} "
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
    where, params = _fact_filter(indicators, provinces, alias="r.")
    where += ["r.position > 1", "r.value <> f.value"]
    # and, for a stock, the value of another period that disagrees with it (see stock_disagreements)
    cross_where, cross_params = _fact_filter(indicators, provinces, alias="d.")
    sql = ("SELECT * FROM (SELECT r.province_code, r.frame, r.indicator, r.period, r.measure, r.value, r.unit, "
           "r.qualifier, r.status, r.source, r.quote, r.note, 0 AS crossed, r.position FROM ranked_observations r "
           "JOIN facts f USING (province_code, frame, indicator, period, measure) "
           f"WHERE {' AND '.join(where)} "
           "UNION ALL SELECT d.province_code, d.frame, d.indicator, d.period, d.measure, d.value, d.unit, "
           "d.qualifier, d.status, d.source, d.quote, "
           "concat_ws(' ', '[' || d.other_period || ']', d.note) AS note, 1 AS crossed, 0 AS position "
           f"FROM stock_disagreements d WHERE {' AND '.join(cross_where) or 'TRUE'}) "
           "ORDER BY indicator, province_code, period, crossed, position")
    return query(sql, tuple(params + cross_params), db).drop(columns=["crossed", "position"])


def indicators_with_data(db: str | os.PathLike | None = None) -> list[str]:
    return query("SELECT DISTINCT indicator FROM facts ORDER BY indicator", (), db)["indicator"].tolist()


def provinces_with_data(db: str | os.PathLike | None = None) -> pd.DataFrame:
    return query("SELECT DISTINCT province_code, frame FROM facts ORDER BY frame DESC, province_code", (), db)


def uploads(db: str | os.PathLike | None = None) -> pd.DataFrame:
    return query("SELECT upload_id, file_name, sha256, uploaded_at, uploaded_by, province_hint, "
                 "period_hint, facts, undone_at, undone_by, undone_at IS NOT NULL AS undone "
                 "FROM uploads ORDER BY uploaded_at DESC", (), db)


def facts_view(indicators=(), provinces=(), mode: str = "reported", measure: str | None = None,
               db: str | os.PathLike | None = None) -> pd.DataFrame:
    """Facts for display in either view of the 2025 merger.
    mode "reported": each value in the frame it was reported in; provinces are (code, frame) pairs.
    mode "today": today's 34 provinces, periods before July 2025 rebuilt from predecessors
    (metrics.merger); provinces are frame-34 codes (or (code, "34") pairs)."""
    if mode != "today":
        df = facts(indicators, provinces, measure, db=db)
        df["comparable"], df["reason"], df["reason_en"], df["predecessors"] = True, "", "", ""
        return df
    from metrics import merger, registry

    codes = [p[0] if isinstance(p, tuple) else p for p in provinces] or [p.code for p in registry.in_frame("34")]
    pairs = [(c, "34") for c in codes]
    pairs += [(q.code, "63") for c in codes for q in registry.predecessors(registry.province(c, "34"))]
    return merger.to_frame34(facts(indicators, pairs, measure, db=db), codes)


# --- overview and province profile -------------------------------------------------------------


# --- map and coverage --------------------------------------------------------------------------


def map_facts(indicator: str, mode: str = "reported", db: str | os.PathLike | None = None) -> pd.DataFrame:
    """One indicator's actual values for every province: as reported (both frames), or in "today"
    mode for today's 34 provinces with pre-merger periods rebuilt (non-comparable ones NaN, with
    the reason)."""
    return facts_view([indicator], (), mode=mode, measure="actual", db=db)


def year_span(db: str | os.PathLike | None = None) -> tuple[int, int] | None:
    """First and last calendar year any fact touches (None for an empty warehouse)."""
    df = query("SELECT year(min(period_start)) AS lo, year(max(period_end)) AS hi FROM facts", (), db)
    lo, hi = df.iloc[0]["lo"], df.iloc[0]["hi"]
    return None if pd.isna(lo) else (int(lo), int(hi))


def coverage_facts(indicators=(), provinces=(), mode: str = "reported",
                   db: str | os.PathLike | None = None) -> pd.DataFrame:
    """Actual values of the provinces asked for ((code, frame) pairs); in "today" mode also those
    of each frame-34 province's frame-63 predecessors, so coverage can say who is missing."""
    from metrics import registry

    pairs = list(provinces)
    if mode == "today":
        pairs += [(q.code, "63") for code, frame in provinces if frame == "34"
                  for q in registry.predecessors(registry.province(code, "34"))]
    if not pairs:
        return facts(indicators, [("__", "__")], "actual", db=db)
    return facts(indicators, list(dict.fromkeys(pairs)), "actual", db=db)



# --- data and sources --------------------------------------------------------------------------


def fact_history(province_code: str, frame: str, indicator: str, period: str, measure: str,
                 db: str | os.PathLike | None = None, pending: bool = False) -> pd.DataFrame:
    """Every value ever loaded for one fact, newest first: active ones with their position (1 =
    in use), values from uploads that were undone (active = false, position NULL) and values
    waiting for review (state draft/submitted/returned). Each says who loaded it, who approved it
    and when, and which value came after it (replaced_by_value, replaced_at). Values waiting for
    review are left out unless `pending` (for the people whose scope covers the fact)."""
    sql = ("WITH h AS (SELECT o.observation_id, o.indicator, o.value, o.unit, o.qualifier, o.status, o.quote, "
           "o.note, o.loaded_at, o.loaded_by, o.upload_id, o.active, s.kind AS source_kind, r.position, "
           "u.file_name, u.uploaded_at, u.undone_at, u.undone_by, coalesce(u.state, 'approved') AS state, "
           "u.reviewed_by AS approved_by, CASE WHEN u.state = 'approved' THEN u.reviewed_at END AS approved_at, "
           "CASE WHEN s.kind = 'report' "
           "     THEN concat_ws(', ', 'Báo cáo của Sở tải lên: ' || u.file_name, 'trang tính ' || o.sheet, "
           "                    'ô ' || o.cell, 'ngày ' || strftime(u.uploaded_at, '%d/%m/%Y')) "
           "     ELSE concat_ws(', ', s.publisher, s.title, nullif(s.url, ''), "
           "                    CASE WHEN s.document IS NOT NULL AND s.document <> '' THEN 'tài liệu ' || s.document END, "
           "                    nullif(s.published, '')) END AS source, "
           "coalesce(CASE WHEN u.state = 'approved' THEN u.reviewed_at END, o.loaded_at) AS public_at, "
           "o.active AND coalesce(u.state, 'approved') = 'approved' AS public "
           "FROM observations o JOIN sources s USING (source_id) "
           "LEFT JOIN uploads u ON u.upload_id = o.upload_id "
           "LEFT JOIN ranked_observations r ON r.observation_id = o.observation_id "
           "WHERE o.province_code = ? AND o.frame = ? AND o.indicator = ? AND o.period = ? AND o.measure = ? "
           "AND (? OR coalesce(u.state, 'approved') = 'approved')) "
           "SELECT *, CASE WHEN public THEN lead(value) OVER w END AS replaced_by_value, "
           "CASE WHEN public THEN lead(public_at) OVER w END AS replaced_at FROM h "
           "WINDOW w AS (PARTITION BY public ORDER BY public_at, observation_id) "
           "ORDER BY active DESC, position NULLS LAST, loaded_at DESC, observation_id DESC")
    return query(sql, (province_code, frame, indicator, period, measure, pending), db)


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
    return query("SELECT p.upload_id, p.state, p.account, p.file_name, p.uploaded_at, p.submitted_at, "
                 "p.review_comment, p.province_code, p.frame, pr.name_vi AS province_name, p.indicator, p.period, "
                 "p.period_start, p.period_end, p.period_kind, p.measure, p.value, p.unit, p.qualifier, p.status, "
                 "p.sheet, p.cell, p.note FROM pending_observations p "
                 "JOIN provinces pr ON pr.code = p.province_code AND pr.frame = p.frame "
                 "ORDER BY p.uploaded_at DESC, p.indicator, p.province_code, p.period_start", (), db)


def workflow_uploads(db: str | os.PathLike | None = None) -> pd.DataFrame:
    """Every upload with its state and review, and each (province, frame, period) it covers as one
    row (so a scope can be applied to it): upload_id repeats once per province-period."""
    return query("SELECT u.upload_id, u.file_name, u.sha256, u.uploaded_at, u.uploaded_by, u.account, u.facts, "
                 "u.state, u.submitted_at, u.submitted_by, u.reviewed_at, u.reviewed_by, u.review_comment, "
                 "u.undone_at, u.undone_by, u.undone_at IS NOT NULL AS undone, o.province_code, o.frame, o.period, "
                 "max(o.period_end) AS period_end "
                 "FROM uploads u LEFT JOIN observations o ON o.upload_id = u.upload_id "
                 "GROUP BY ALL ORDER BY u.uploaded_at DESC, o.province_code, o.period", (), db)


def upload_differences(upload_id: str, db: str | os.PathLike | None = None) -> pd.DataFrame:
    """An upload's values against the current public ones: change = new | changed | unchanged,
    with the current value (and its source) where there is one."""
    sql = ("SELECT o.province_code, o.frame, pr.name_vi AS province_name, o.indicator, o.period, o.period_start, "
           "o.measure, o.value, o.unit, o.sheet, o.cell, f.value AS current_value, f.source AS current_source, "
           "CASE WHEN f.value IS NULL THEN 'new' WHEN f.value = o.value THEN 'unchanged' ELSE 'changed' END AS change "
           "FROM observations o JOIN provinces pr ON pr.code = o.province_code AND pr.frame = o.frame "
           "LEFT JOIN facts f ON f.province_code = o.province_code AND f.frame = o.frame AND f.indicator = o.indicator "
           "AND f.period = o.period AND f.measure = o.measure "
           "WHERE o.upload_id = ? AND o.active ORDER BY o.indicator, o.province_code, o.period_start, o.measure")
    return query(sql, (upload_id,), db)


def transitions(upload_id: str | None = None, db: str | os.PathLike | None = None) -> pd.DataFrame:
    where, params = ("WHERE upload_id = ?", (upload_id,)) if upload_id else ("", ())
    return query(f"SELECT upload_id, action, acted_at, acted_by, comment FROM transitions {where} ORDER BY acted_at", params, db)


def locks(db: str | os.PathLike | None = None) -> pd.DataFrame:
    """Province-periods locked by an approval and not unlocked."""
    return query("SELECT l.province_code, l.frame, p.name_vi AS province_name, l.period, l.locked_at, l.locked_by, "
                 "l.upload_id FROM locks l JOIN provinces p ON p.code = l.province_code AND p.frame = l.frame "
                 "WHERE l.unlocked_at IS NULL ORDER BY l.locked_at DESC", (), db)

"""The shape of a fact, declared once: its key, the columns of an examined fact, of a stored
observation and of the `facts` view, and the order of source kinds for the current-value rule.

Used by the Excel validator (`etl.validate`), the loader (`etl.load`), the curated build
(`etl.curated`) and the queries (`metrics.queries`); the DDL in `etl.warehouse` creates exactly
these columns (tests/test_architecture.py checks that they agree)."""
from __future__ import annotations

# A fact: one value per (province, frame, indicator, period, measure); every source's value for it
# is an observation, and the current one is chosen by SOURCE_RANK then recency (README).
FACT_KEY = ("province_code", "frame", "indicator", "period", "measure")

# Where a value lies in time and what it is: shared by examined facts and observations.
_VALUE = ("period_start", "period_end", "period_kind", "value", "unit", "qualifier", "status")

# A fact read from a file, before it is stored (etl.validate.to_frame).
EXAMINED_COLUMNS = (*FACT_KEY, *_VALUE, "sheet", "cell", "quote", "note")

# What the loader inserts into `observations` (the rest are filled by the loader or by defaults).
OBSERVATION_COLUMNS = (*FACT_KEY, *_VALUE, "source_id", "sheet", "cell", "quote", "note", "published_on")

SOURCE_COLUMNS = (
    "source_id", "kind", "rank", "title", "publisher", "url", "published", "published_on", "language",
    "machine_translated", "document", "note", "upload_id",
)

# The `facts` view: one row per fact with its current value (a public contract: README).
FACT_COLUMNS = (
    "province_code", "frame", "province_name", "indicator", "period", "period_start", "period_end",
    "period_kind", "measure", "value", "unit", "qualifier", "status", "source", "quote", "alternatives",
    "note", "loaded_at", "source_kind", "source_id", "sheet", "cell", "upload_id",
)

# report (a department's own uploaded report) > narrative (a department's or a provincial office's
# narrative document) > press.
SOURCE_RANK = {"report": 3, "narrative": 2, "press": 1}

# What has data, for the pages' lookups (metrics.queries.indicators_with_data, provinces_with_data,
# year_span): each list computed from the read model's data_index when a commit publishes
# (etl.publish, a small file of its own) and read as it is. Computing them from the published
# data_index on every read scanned its every row (175 k at 10 M observations) for a few hundred.
# A snapshot published without them computes them from its data_index (metrics.snapshot).
DATA_LISTS = {
    "indicators_with_data": "SELECT DISTINCT indicator FROM data_index",
    "provinces_with_data": "SELECT DISTINCT province_code, frame FROM data_index",
    "year_span": "SELECT year(min(first_day)) AS lo, year(max(last_day)) AS hi FROM data_index",
}

# The published snapshot's by-province copies and the by-indicator table each holds the same rows of:
# etl.publish writes a copy from its table, metrics.snapshot reads either as the other (declared once:
# the two modules kept a map each, facts_today_by_province added to both by hand).
BY_PROVINCE_COPIES = {"facts_by_province": "facts", "history_by_province": "history",
                      "disagreements_by_province": "disagreements", "facts_today_by_province": "facts_today"}

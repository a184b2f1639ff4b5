"""wrong41 (issue #8, precision first): wrong numbers last session left, found by this session's reviewers; each class
with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and
beside it the honest neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import OCOP_ROW, facts, table

NGHE_AN = "40"


def _na(code: str, period: str, value) -> dict:
    return {(NGHE_AN, "63", code, period, "actual"): value}


# --- 4. a month, then a date (or a date, then a month) in one span ---------------------------------------------------

@pytest.mark.parametrize("column", ["T1/2024 - 31/3/2024", "Tháng 1/2024 – 31/3/2024", "Từ tháng 1/2024 đến 31/3/2024",
                                    "01/01/2024 - T3/2024"])
def test_a_month_then_a_date_is_the_span_not_the_month(column):
    """WRONG: a column headed "T1/2024 - 31/3/2024" stored the first quarter's 11 OCOP products as January 2024's
    ("01/01/2024 - T3/2024" as March's): the span runs from the month's first day to the date."""
    got = facts(table(OCOP_ROW + [11], columns=(column,), name="report.xlsx"))
    assert got == _na("ocop_products", "2024-Q1", 11), (column, got)


def test_a_month_then_a_date_of_no_whole_months_is_no_one_month():
    got = facts(table(OCOP_ROW + [11], columns=("T1/2024 - 15/3/2024",), name="report.xlsx"))
    assert not any(k[3] == "2024-01" for k in got), got


@pytest.mark.parametrize("column, period", [("T1/2024", "2024-01"), ("T1/2024 - T3/2024", "2024-Q1"),
                                            ("01/01/2024 - 31/3/2024", "2024-Q1"), ("Tháng 1 - 6/2024", "2024-S1")])
def test_probe_months_and_date_spans_read_as_before(column, period):
    assert facts(table(OCOP_ROW + [11], columns=(column,), name="report.xlsx")) == _na("ocop_products", period, 11)

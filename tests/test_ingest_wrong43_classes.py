"""wrong43 (issue #8, precision first): wrong numbers and refused honest files found and left last session; each class
with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and
beside it the honest neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import OCOP_ROW, facts, table

NGHE_AN = "40"


def _na(code: str, period: str, value, measure: str = "actual", frame: str = "63") -> dict:
    return {(NGHE_AN, frame, code, period, measure): value}


# --- 6. a count of months no year has -------------------------------------------------------------------------------

@pytest.mark.parametrize("column", ["13 tháng năm 2024", "13 tháng đầu năm 2024", "13T/2024", "14 tháng 2024",
                                    "0 tháng năm 2024"])
def test_a_count_of_months_no_year_has_names_no_period(column):
    """WRONG: "13 tháng năm 2024" (a count of thirteen months) stored the 11 OCOP products as the whole year 2024:
    the count unread, the year left. No year has thirteen months: the column names no period."""
    got = facts(table(OCOP_ROW + [11], columns=(column,), name="report.xlsx"))
    assert got == {}, (column, got)


@pytest.mark.parametrize("column, period", [("12 tháng năm 2024", "2024"), ("9 tháng năm 2024", "2024-01/2024-09"),
                                            ("6 tháng đầu năm 2024", "2024-S1"), ("6T/2024", "2024-S1"),
                                            ("Năm 2024", "2024"), ("Tháng 12/2024", "2024-12")])
def test_probe_a_count_of_months_of_one_year_reads_as_before(column, period):
    assert facts(table(OCOP_ROW + [11], columns=(column,), name="report.xlsx")) == _na("ocop_products", period, 11)

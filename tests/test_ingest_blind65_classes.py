"""blind65 (issue #8, batch 65 at first sight): the classes the new 34 provinces' year-end reports of 2025 showed,
each with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is)
and the near misses that must stay as they are (precision first)."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import OCOP_ROW, OCOP_VALID_ROW, TASKS_ACCEPTED_ROW, facts, table, taken

NGHE_AN = "40"
NO_PERIOD = "BIỂU TỔNG HỢP SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ"


def _f(indicator: str, period: str, value, frame: str = "63", province: str = NGHE_AN):
    return {(province, frame, indicator, period, "actual"): value}


# --- 1. a span of days whose first day carries no year: "01/7-31/12/2025" ------------------------------------

@pytest.mark.parametrize("column, period, frame", [
    ("01/7-31/12/2025", "2025-S2", "34"),
    ("Từ 01/7 - 31/12/2025", "2025-S2", "34"),
    ("01/7 đến 31/12/2025", "2025-S2", "34"),
    ("01/10-31/12/2024", "2024-Q4", "63"),
    ("01/01-30/9/2024", "2024-01/2024-09", "63"),
])
def test_a_span_of_days_with_one_year_is_that_span_never_the_year(column, period, frame):
    """WRONG: a column headed "01/7-31/12/2025" (the new Bắc Ninh's second half, the year written once at the
    end) stored its 70 OCOP products and 18 tasks accepted as the whole year 2025's; "01/10-31/12/2024" stored
    the fourth quarter as 2024. The first day takes the end's year: the span it names."""
    got = table(OCOP_ROW + [70], TASKS_ACCEPTED_ROW + [18], title=NO_PERIOD, columns=(column,))
    assert taken(got) == {**_f("ocop_products", period, 70, frame), **_f("tasks_accepted", period, 18, frame)}


def test_halves_by_days_beside_the_year_are_read_not_refused():
    """REFUSED: the new Bắc Ninh's "Bắc Giang (cũ) 01/01-30/6/2025 | Tỉnh Bắc Ninh 01/7-31/12/2025 | Năm 2025"
    — the first read as a day (30/06/2025, a flow at a date: the cell refused), the second as the year (two values
    of 2025 beside "Năm 2025"): the honest file was refused. Each is its half."""
    got = table(OCOP_ROW + [22, 47, 69], TASKS_ACCEPTED_ROW + [14, 33, 47], title=NO_PERIOD,
                columns=("01/01-30/6/2025", "01/7-31/12/2025", "Năm 2025"))
    assert taken(got) == {**_f("ocop_products", "2025-S1", 22), **_f("ocop_products", "2025-S2", 47, "34"),
                          **_f("ocop_products", "2025", 69, "34"),
                          **_f("tasks_accepted", "2025-S1", 14), **_f("tasks_accepted", "2025-S2", 33, "34"),
                          **_f("tasks_accepted", "2025", 47, "34")}


@pytest.mark.parametrize("column", [
    "3/5-30/6/2024",          # from the 3rd of May: no whole months (asked)
    "15/3-31/12/2024",        # from mid-March
])
def test_probe_a_span_of_no_whole_months_stays_no_period(column):
    got = table(OCOP_ROW + [70], TASKS_ACCEPTED_ROW + [18], title=NO_PERIOD, columns=(column,))
    assert facts(got) == {}


@pytest.mark.parametrize("column, period", [
    ("01/01/2024-30/6/2024", "2024-S1"),          # both years written: as before
    ("Từ 01/01 đến 30/6/2024", "2024-S1"),        # "từ … đến …": as before
    ("Năm 2024", "2024"),
])
def test_probe_spans_already_read_stay_as_they_were(column, period):
    got = table(OCOP_ROW + [70], TASKS_ACCEPTED_ROW + [18], title=NO_PERIOD, columns=(column,))
    assert taken(got) == {**_f("ocop_products", period, 70), **_f("tasks_accepted", period, 18)}


def test_probe_a_stock_at_a_day_stays_that_day():
    """"Đến 30/6/2024" over a stock is its value at that day (the half's end), not a span."""
    got = table(OCOP_VALID_ROW + [120], title=NO_PERIOD, columns=("Đến 30/6/2024",))
    assert taken(got) == _f("ocop_products_total", "2024-06-30", 120)

"""wrong42 (issue #8, precision first): wrong numbers last session found and left; each class with the smallest
realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and beside it the honest
neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import OCOP_ROW, examine, facts, head, reasons, table

NGHE_AN = "40"


def _na(code: str, period: str, value) -> dict:
    return {(NGHE_AN, "63", code, period, "actual"): value}


# --- 2. an approximation or a bound in a figure cell -------------------------------------------------------------

@pytest.mark.parametrize("cell", ["~45", "khoảng 45", "Khoảng 45", "gần 45", "≈45", "xấp xỉ 45", "~ 45 sản phẩm",
                                  "trên 45", "hơn 45", ">45", "≥ 45", "ít nhất 45"])
def test_an_approximation_or_a_bound_in_a_cell_is_no_figure(cell):
    """WRONG: "~45", "khoảng 45", "gần 45" in a figure cell were stored as 45 OCOP products: an approximation is not
    the actual value (a line of text's or a sentence's was set aside already): the cell alone is set aside, saying
    why."""
    result = table(OCOP_ROW + [cell], name="report.xlsx")
    assert facts(result) == {}, (cell, facts(result))
    assert f"“{cell}”" in reasons(result), reasons(result)


@pytest.mark.parametrize("cell", [45, "45", "45 sản phẩm", "Đạt 45", "45 (ước)"])
def test_probe_a_stated_figure_is_still_read(cell):
    got = facts(table(OCOP_ROW + [cell], name="report.xlsx"))
    assert got == _na("ocop_products", "2024", 45), (cell, got)


# --- 4. a month or quarter no calendar has ------------------------------------------------------------------------

@pytest.mark.parametrize("column", ["T13/2024 - 31/3/2024", "Tháng 13/2024", "T13/2024", "Quý V/2024",
                                    "Quý 5 năm 2024", "Tháng 0/2024", "32/12/2024"])
def test_an_impossible_month_quarter_or_day_names_no_period(column):
    """WRONG: "T13/2024 - 31/3/2024" (no month 13: a typo), "Quý V/2024" stored the 11 OCOP products as the whole
    year 2024: the month or quarter unread, the year left. A month or quarter no calendar has names no period."""
    got = facts(table(OCOP_ROW + [11], columns=(column,), name="report.xlsx"))
    assert got == {}, (column, got)


@pytest.mark.parametrize("column, period", [("T12/2024", "2024-12"), ("Tháng 01/2024", "2024-01"),
                                            ("Quý IV/2024", "2024-Q4"), ("Quý 4 năm 2024", "2024-Q4"),
                                            ("T1/2024 - 31/3/2024", "2024-Q1"), ("31/12/2024", "2024"),
                                            ("Tháng 10, 2024", "2024-10")])
def test_probe_real_months_quarters_and_dates_read_as_before(column, period):
    assert facts(table(OCOP_ROW + [11], columns=(column,), name="report.xlsx")) == _na("ocop_products", period, 11)


# --- 5. the dossiers of one kind of online service ----------------------------------------------------------------

@pytest.mark.parametrize("label", ["Tỷ lệ hồ sơ trực tuyến một phần", "Tỷ lệ hồ sơ trực tuyến toàn trình",
                                   "Tỷ lệ hồ sơ nộp trực tuyến một phần", "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình",
                                   "Tỷ lệ hồ sơ TTHC được xử lý trực tuyến một phần"])
def test_one_kinds_online_dossiers_are_no_online_dossier_rate(label):
    """WRONG: "Tỷ lệ hồ sơ trực tuyến một phần | 45,5" (the dossiers of services offered partly online, Nghị định
    42/2022) and "… toàn trình" (fully online) were each stored as the online dossier rate, which counts both."""
    got = facts(table(["1", label, "%", 45.5]))
    assert got == {}, (label, got)


@pytest.mark.parametrize("label, code, period", [
    ("Tỷ lệ hồ sơ trực tuyến", "online_dossier_rate", "2024"),
    ("Tỷ lệ hồ sơ giải quyết trực tuyến", "online_dossier_rate", "2024"),
    ("Tỷ lệ hồ sơ được tiếp nhận trực tuyến", "online_dossier_rate", "2024"),
    ("Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình", "tthc_level4_rate", "2024-12-31")])
def test_probe_the_online_dossier_rate_and_the_fully_online_procedures_read_as_before(label, code, period):
    assert facts(table(["1", label, "%", 45.5])) == _na(code, period, 45.5), label

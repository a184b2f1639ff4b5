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
                                    "Quý 5 năm 2024", "Tháng 0/2024", "32/12/2024", "Quý IV/2024 - Quý V/2024",
                                    "T12/2024 - T13/2024"])
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


# --- 1. a total of places' columns that name their own period, under a title's span --------------------------------

_SPAN = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN GIAI ĐOẠN 2021-2025"


def _khanh_hoa(columns: tuple, figures: list, title: str = _SPAN) -> dict:
    return facts(table(OCOP_ROW + figures, columns=columns, title=title, province="Khánh Hòa", name="report.xlsx"))


@pytest.mark.parametrize("columns, figures", [
    (("Ninh Thuận (cũ) 6 tháng đầu năm 2025", "Khánh Hòa (cũ) 6 tháng đầu năm 2025", "Cộng"), [5, 7, 12]),
    (("Ninh Thuận (cũ) 6 tháng đầu năm 2025", "Khánh Hòa (cũ) 6 tháng đầu năm 2025", "Tổng cộng"), [5, 7, 12]),
    (("Ninh Thuận (cũ) năm 2024", "Khánh Hòa (cũ) năm 2024", "Cộng"), [5, 7, 12]),
    (("Ninh Thuận (cũ) 6 tháng đầu năm 2025", "Khánh Hòa (cũ) 6 tháng đầu năm 2025", "Toàn tỉnh"), [5, 7, 12]),
    (("Ninh Thuận (cũ) năm 2024", "Khánh Hòa (cũ) năm 2025", "Cộng"), [5, 7, 12]),
    (("Ninh Thuận (cũ) 6 tháng đầu năm 2025", "Khánh Hòa (cũ) 6 tháng đầu năm 2025", "Khánh Hòa 6 tháng cuối năm 2025",
      "Cộng"), [5, 7, 9, 21])])
def test_a_total_of_places_naming_their_own_period_is_never_the_titles_span(columns, figures):
    """WRONG: under "… GIAI ĐOẠN 2021-2025", "Ninh Thuận (cũ) 6 tháng đầu năm 2025 | Khánh Hòa (cũ) 6 tháng đầu năm
    2025 | Cộng" stored the sum 12 as the new Khánh Hòa's OCOP products of 2021/2025: a column's own period wins over
    the title's span, and a sum of parts of different periods is no fact."""
    got = _khanh_hoa(columns, figures)
    assert not any(k[3] == "2021/2025" for k in got), got
    assert {k[3] for k in got} <= {"2024", "2025-S1", "2025-S2"}, got


def test_probe_the_former_provinces_halves_and_the_years_total_read_as_before():
    got = _khanh_hoa(("Ninh Thuận (cũ) 6 tháng đầu năm 2025", "Khánh Hòa (cũ) 6 tháng đầu năm 2025", "Cộng"), [5, 7, 12])
    assert got == {("58", "63", "ocop_products", "2025-S1", "actual"): 5, ("56", "63", "ocop_products", "2025-S1",
                                                                           "actual"): 7}
    years = _khanh_hoa(("Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024", "Năm 2025", "Cộng"), [1, 2, 3, 4, 5, 15])
    assert years[("56", "34", "ocop_products", "2021/2025", "actual")] == 15
    whole_year = _khanh_hoa(("Ninh Thuận (cũ) năm 2025", "Khánh Hòa (cũ) năm 2025", "Cộng"), [5, 7, 12])
    assert whole_year == {("56", "34", "ocop_products", "2025", "actual"): 12}   # the territory's year, as blind63
    places = _khanh_hoa(("Ninh Thuận (cũ)", "Khánh Hòa (cũ)", "Cộng"), [5, 7, 12])
    assert places == {("56", "34", "ocop_products", "2021/2025", "actual"): 12}


# --- 3. a change between two periods (not wrong on combo38: probes) ------------------------------------------------

@pytest.mark.parametrize("column", ["Quý IV/2024 so với Quý IV/2023", "Năm 2025 so với năm 2024", "So với cùng kỳ",
                                    "Tăng/giảm (%)", "Quý IV/2024 so với cùng kỳ", "Quý IV/2024 (tăng/giảm)",
                                    "Quý IV/2024 - Quý IV/2023", "Quý IV/2024/Quý IV/2023"])
def test_probe_a_change_between_two_periods_is_never_a_periods_value(column):
    got = facts(table(OCOP_ROW + [11, 105.2], columns=("Quý III/2024", column), name="report.xlsx"))
    assert got == _na("ocop_products", "2024-Q3", 11), (column, got)


@pytest.mark.parametrize("sub", ["So với Quý IV/2023", "So với cùng kỳ", "Tăng/giảm (%)", "% so với cùng kỳ"])
def test_probe_a_change_under_its_period_is_never_the_periods_value(sub):
    result = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024")
                     + [["STT", "Chỉ tiêu", "ĐVT", "Quý IV/2024", None], ["", "", "", "Số lượng", sub],
                        OCOP_ROW + [11, 105.2]], merges=("D6:E6",), name="report.xlsx")
    assert facts(result) == _na("ocop_products", "2024-Q4", 11), (sub, facts(result))

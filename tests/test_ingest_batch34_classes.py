"""What the thirty-fourth blind batch of the workbook corpus revealed (one file per layout, offices
that never changed and the national and regional compilations, 2019–2026), one class per test: each
report is built here, marked as test data, and read by `etl.ingest.examine` as an upload is. A
statistician's reading is the expectation; beside each rule, probes where it must not fire."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, facts, head, taken

_YEARS_HEADER = ["Năm", "Nhiệm vụ KH&CN được quản lý (nhiệm vụ)", "Sản phẩm OCOP được công nhận (sản phẩm)"]
_YEARS = [[2022, 52, 24], [2023, 55, 28], [2024, 58, 33]]


def _years_table(last: list) -> list[list]:
    return [*head("Cao Bằng", "KẾT QUẢ HOẠT ĐỘNG KH&CN QUA CÁC NĂM"), _YEARS_HEADER, *_YEARS, last]


def test_a_total_row_under_the_years_is_no_period_and_refuses_nothing():
    """Cao Bằng's years down the rows with the indicators across, and under the years a "Cộng" row
    (the years added up: tasks managed counted again each year they run). Read as a period it
    refused the honest file (rule `period`, batch 34: 27 facts lost); it is the table's total, no
    period's figure, and every year's figure is taken."""
    for total in ("Cộng", "Tổng cộng", "Tổng số", "Cộng các năm"):
        result = examine(_years_table([total, 165, 85]))
        got = taken(result)
        assert got[("04", "63", "tasks_managed", "2024", "actual")] == 58, total
        assert got[("04", "63", "ocop_products", "2022", "actual")] == 24, total
        assert len(got) == 6, (total, got)   # the years' six figures, nothing of the total
        assert any("tổng cộng qua các kỳ" in i.reason_vi for i in result.ignored), total


def test_a_total_word_before_a_period_is_still_that_period():
    """Probe (another period): "Tổng 6 tháng đầu năm 2024" under the years is the first half of
    2024 a person reads, not a total to set aside — the rule fires only where no period is read."""
    got = taken(examine([*head("Cao Bằng", "KẾT QUẢ HOẠT ĐỘNG KH&CN QUA CÁC KỲ"), _YEARS_HEADER,
                         [2023, 55, 28], ["Tổng 6 tháng đầu năm 2024", 31, 17]]))
    assert got[("04", "63", "tasks_managed", "2024-S1", "actual")] == 31
    assert got[("04", "63", "ocop_products", "2024-S1", "actual")] == 17


def test_a_period_that_cannot_be_read_still_refuses_the_file():
    """Probe (a real problem): "Năm 20224" (a typo in the year) is no total: the file is refused with
    rule `period` naming the cell, as before."""
    result = examine(_years_table(["Năm 20224", 60, 35]))
    assert not result.accepted
    assert [p.rule for p in result.problems] == ["period"]
    assert "A10" in result.problems[0].message_vi


_EXPORT_HEADER = ["STT", "Tên đơn vị", "Tên chỉ tiêu", "Kỳ báo cáo", "Giá trị", "Đơn vị tính"]
_CITY_LABEL = "Số nhiệm vụ KH&CN cấp thành phố mới triển khai"


def _export(rows: list[list]) -> list[list]:
    return [[MARK], _EXPORT_HEADER, *rows]


def test_an_export_row_of_a_central_city_names_its_provincial_level_cap_thanh_pho():
    """A reporting system's export, each row naming its department: "Sở Khoa học và Công nghệ thành
    phố Huế | Số nhiệm vụ KH&CN cấp thành phố mới triển khai | Quý I/2026" — the city's provincial
    level, as in a city's own form. The export has no title naming the city, so the level was read as
    written and the row matched nothing (batch 34)."""
    got = taken(examine(_export([
        [1, "Sở Khoa học và Công nghệ thành phố Huế", "Số nhiệm vụ KH&CN được quản lý", "Quý I/2026", 96, "nhiệm vụ"],
        [2, "Sở Khoa học và Công nghệ thành phố Huế", _CITY_LABEL, "Quý I/2026", 7, "nhiệm vụ"]])))
    assert got[("46", "34", "tasks_new_provincial", "2026-Q1", "actual")] == 7
    assert got[("46", "34", "tasks_managed", "2026-Q1", "actual")] == 96


def test_an_export_row_of_a_province_keeps_cap_thanh_pho_a_district_level_city():
    """Probes (another province; the same label remembered from a city's row above): in one export
    Hà Nội's row is its provincial level, Thanh Hóa's (a province whose "thành phố" is a district-level
    city) is no level the registry counts — neither its provincial new tasks nor all new tasks."""
    # (no STT column: the rows take the shortcut of tidy rows, each distinct cell read once — Thanh
    # Hóa's province and period read on its first row, the label on Hà Nội's)
    got = facts(examine([[MARK], _EXPORT_HEADER[1:],
                         ["Sở Khoa học và Công nghệ tỉnh Thanh Hóa", "Số nhiệm vụ KH&CN được quản lý", "Năm 2025", 61,
                          "nhiệm vụ"],
                         ["Sở Khoa học và Công nghệ thành phố Hà Nội", _CITY_LABEL, "Năm 2025", 58, "nhiệm vụ"],
                         ["Sở Khoa học và Công nghệ tỉnh Thanh Hóa", _CITY_LABEL, "Năm 2025", 4, "nhiệm vụ"]]))
    assert got[("01", "34", "tasks_new_provincial", "2025", "actual")] == 58
    assert got[("38", "34", "tasks_managed", "2025", "actual")] == 61
    for ind in ("tasks_new_provincial", "tasks_new"):
        assert ("38", "34", ind, "2025", "actual") not in got, ind


def test_an_export_row_before_the_renaming_keeps_cap_thanh_pho_a_district_level_city():
    """Probe (another period): Thừa Thiên Huế's row of 2024, when Huế was a district-level city of the
    province — its row's own period decides, not the city it became."""
    got = facts(examine(_export([
        [1, "Sở Khoa học và Công nghệ tỉnh Thừa Thiên Huế", _CITY_LABEL, "Năm 2024", 6, "nhiệm vụ"],
        [2, "Sở Khoa học và Công nghệ tỉnh Thừa Thiên Huế", "Số nhiệm vụ KH&CN được quản lý", "Năm 2024", 88,
         "nhiệm vụ"]])))
    assert got[("46", "63", "tasks_managed", "2024", "actual")] == 88
    for ind in ("tasks_new_provincial", "tasks_new"):
        assert ("46", "63", ind, "2024", "actual") not in got, ind

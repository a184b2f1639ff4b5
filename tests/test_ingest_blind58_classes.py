"""Batch 58 (multi-sheet workbooks as a department keeps them through the year): the classes its first sight
revealed. Each class: the report that stored a wrong number or was refused whole, then probes of the honest
neighbours that must stay as they are. Each workbook is built here, marked as test data, and read by
`etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, examine_book, facts, head, reasons, taken

KON_TUM, KHANH_HOA, QUANG_NGAI = "62", "56", "51"


# --- 1. an item's number opening a text cell is no figure ----------------------------------------------------

def _contents(entries: list[list]):
    """Kon Tum's 2023 workbook: a contents sheet listing each table's subject and its sheet."""
    return examine_book({"Mục lục": [["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KON TUM"], [MARK],
                                     ["BÁO CÁO SỐ LIỆU KH&CN NĂM 2023 - MỤC LỤC"], [],
                                     ["STT", "Tên biểu", "Sheet"]] + entries})


@pytest.mark.parametrize("entry", [[1, "Nhiệm vụ KH&CN", "1. Nhiệm vụ"],
                                   [1, "Nhiệm vụ KH&CN được nghiệm thu", "1. Nhiệm vụ"],
                                   [3, "Sản phẩm OCOP được công nhận", "3. Sản phẩm OCOP"],
                                   [2, "Nhiệm vụ KH&CN", "2) Nhiệm vụ KH&CN"]])
def test_a_contents_sheets_numbered_sheet_name_is_no_figure(entry):
    """"1 | Nhiệm vụ KH&CN | 1. Nhiệm vụ" (the sheet's name beside its subject) was read "Nhiệm vụ KH&CN: 1."
    and stored as Kon Tum's 1 task managed in 2023 (beside the tasks sheet, the file was refused)."""
    assert facts(_contents([entry])) == {}


def test_probe_a_contents_sheet_beside_its_table_loads_the_table():
    tasks = [["SỞ KH&CN KON TUM"], [MARK], ["BIỂU 1. NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2023"], [],
             ["TT", "Chỉ tiêu", "ĐVT", "Số lượng"], ["1", "Số nhiệm vụ KH&CN đang triển khai", "nhiệm vụ", 47],
             ["2", "- Cấp tỉnh", "nhiệm vụ", 31]]
    toc = _contents([[1, "Nhiệm vụ KH&CN", "1. Nhiệm vụ"]])
    both = examine_book({"Mục lục": [["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KON TUM"], [MARK],
                                     ["BÁO CÁO SỐ LIỆU KH&CN NĂM 2023 - MỤC LỤC"], [], ["STT", "Tên biểu", "Sheet"],
                                     [1, "Nhiệm vụ KH&CN", "1. Nhiệm vụ"]], "1. Nhiệm vụ": tasks})
    assert not toc.accepted
    assert taken(both) == {(KON_TUM, "63", "tasks_managed", "2023", "actual"): 47.0,
                           (KON_TUM, "63", "tasks_managed_provincial", "2023", "actual"): 31.0}


@pytest.mark.parametrize("cell, value", [("12 nhiệm vụ", 12.0), ("1.250 nhiệm vụ", 1250.0),
                                         ("2. Nghiệm thu 12 nhiệm vụ", 12.0)])
def test_probe_a_figure_typed_beside_its_label_stays_read(cell, value):
    """A figure typed with its unit, one with a thousands dot, and an item's sentence after its number."""
    r = examine(head("Kon Tum", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2023")
                + [["STT", "Nội dung", "Kết quả"], ["1", "Nhiệm vụ KH&CN được nghiệm thu", cell]])
    assert taken(r) == {(KON_TUM, "63", "tasks_accepted", "2023", "actual"): value}


# --- 2. a former area's sheet in the merged province's workbook ---------------------------------------------

def _area(title_line: str, rows: list[list]) -> list[list]:
    return [["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KHÁNH HÒA"], [MARK], [title_line], [],
            ["TT", "Chỉ tiêu", "ĐVT", "Năm 2025"]] + rows


ACCEPTED = ["1", "Số nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"]


def test_former_areas_sheets_named_by_initials_are_shares_not_the_new_province():
    """"KH cũ" and "NT cũ" titled "SỐ LIỆU NĂM 2025 - ĐỊA BÀN KHÁNH HÒA (CŨ)" / "… NINH THUẬN (CŨ)" under the
    department's heading: both were read as the new Khánh Hòa's 2025 (19 and 11), the honest file refused."""
    r = examine_book({"KH cũ": _area("SỐ LIỆU NĂM 2025 - ĐỊA BÀN KHÁNH HÒA (CŨ)", [ACCEPTED + [19]]),
                      "NT cũ": _area("SỐ LIỆU NĂM 2025 - ĐỊA BÀN NINH THUẬN (CŨ)", [ACCEPTED + [11]]),
                      "Tổng hợp": _area("TỔNG HỢP KẾT QUẢ NĂM 2025 TOÀN TỈNH", [ACCEPTED + [30]])})
    assert taken(r) == {(KHANH_HOA, "34", "tasks_accepted", "2025", "actual"): 30.0}
    assert "phần của địa bàn tỉnh cũ" in reasons(r)


def test_a_former_provinces_sheet_named_without_brackets_is_its_share():
    """The new Quảng Ngãi's Q3 2025 with a sheet "Kon Tum cũ": its 3 tasks accepted against the province's 9."""
    q3 = [["UBND TỈNH QUẢNG NGÃI"], [MARK], ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ III NĂM 2025"], [],
          ["STT", "Chỉ tiêu", "ĐVT", "Quý III"], ["1", "Nhiệm vụ KH&CN nghiệm thu trong quý", "nhiệm vụ", 9]]
    kt = [["SỞ KH&CN QUẢNG NGÃI"], [MARK], ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ III NĂM 2025"], [],
          ["STT", "Chỉ tiêu", "ĐVT", "Quý III"], ["1", "Nhiệm vụ KH&CN nghiệm thu trong quý", "nhiệm vụ", 3]]
    assert taken(examine_book({"Q3-2025": q3, "Kon Tum cũ": kt})) == {
        (QUANG_NGAI, "34", "tasks_accepted", "2025-Q3", "actual"): 9.0}


def test_probe_a_former_provinces_sheet_before_the_merger_stays_its_own():
    """The same sheet names on 2024 (before the merger): the former province's own figures."""
    kt = [["SỞ KH&CN KON TUM"], [MARK], ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"], [],
          ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 14]]
    assert taken(examine_book({"Kon Tum cũ": kt})) == {(KON_TUM, "63", "tasks_accepted", "2024", "actual"): 14.0}


def test_probe_the_province_that_kept_its_name_in_a_sheet_of_another_year_stays_read():
    """A sheet "Ninh Thuận" of 2024 in a regional compilation (no "cũ"): Ninh Thuận's own 2024."""
    nt = [[MARK], ["SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024"], [], ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện 2024"],
          ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 20]]
    assert taken(examine_book({"Ninh Thuận": nt})) == {("58", "63", "tasks_accepted", "2024", "actual"): 20.0}


# --- 3. a former area's column named by initials ----------------------------------------------------------------

def _summary(columns: list[str], values: list):
    return examine(head("Khánh Hòa", "TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025 TOÀN TỈNH (SAU SẮP XẾP)")
                   + [["TT", "Chỉ tiêu", "ĐVT"] + columns, ACCEPTED + values])


@pytest.mark.parametrize("column", ["Địa bàn KH cũ", "Địa bàn KH (cũ)", "Trên địa bàn NT cũ"])
def test_a_former_areas_column_named_by_initials_is_no_plan(column):
    """"Toàn tỉnh | Địa bàn KH cũ | Địa bàn NT cũ": "KH" read as "kế hoạch" stored the former Khánh Hòa's
    19 tasks accepted as the new Khánh Hòa's plan for 2025."""
    got = facts(_summary([column], [19]))
    assert not any(k[2] == "tasks_accepted" for k in got), got


def test_probe_a_plan_column_and_a_named_former_provinces_column_stay_read():
    assert taken(_summary(["KH năm 2025", "TH năm 2025"], [25, 30])) == {
        (KHANH_HOA, "34", "tasks_accepted", "2025", "plan"): 25.0,
        (KHANH_HOA, "34", "tasks_accepted", "2025", "actual"): 30.0}
    got = facts(_summary(["Địa bàn Ninh Thuận (cũ)", "Toàn tỉnh"], [11, 30]))
    assert got == {(KHANH_HOA, "34", "tasks_accepted", "2025", "actual"): 30.0}, got


# --- 4. "Trong quý" in a report on a quarter is that quarter -------------------------------------------------

SON_LA = "14"


def _quarterly(title: str, columns: list[str], values: list):
    return examine(head("Sơn La", title) + [["STT", "Nội dung", "Đơn vị tính"] + columns,
                                             ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"] + values])


def test_in_the_quarter_column_of_a_quarters_report_is_that_quarter():
    """Sơn La's 'Q2-2024' sheet "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ II" with "Trong quý | Lũy kế từ đầu năm":
    the quarter's own 5 tasks accepted were lost (only the half's 8 read)."""
    got = taken(_quarterly("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ II NĂM 2024", ["Trong quý", "Lũy kế từ đầu năm"],
                           [5, 8]))
    assert got == {(SON_LA, "63", "tasks_accepted", "2024-Q2", "actual"): 5.0,
                   (SON_LA, "63", "tasks_accepted", "2024-S1", "actual"): 8.0}


def test_in_the_month_column_of_a_months_report_is_that_month():
    got = taken(_quarterly("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN THÁNG 4 NĂM 2024", ["Trong tháng", "Lũy kế từ đầu năm"],
                           [2, 9]))
    assert got[(SON_LA, "63", "tasks_accepted", "2024-04", "actual")] == 2.0


@pytest.mark.parametrize("title, columns", [
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 9 THÁNG NĂM 2024", ["Trong quý", "Lũy kế 9 tháng"]),
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024", ["Trong quý", "Cả năm"]),
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ II NĂM 2024", ["Trong tháng", "Lũy kế từ đầu năm"])])
def test_probe_in_the_quarter_under_another_span_names_no_period(title, columns):
    """Which quarter "Trong quý" is in a report on nine months or a year is not said: unread, never the span."""
    got = facts(_quarterly(title, columns, [4, 12]))
    assert 4.0 not in got.values(), got


@pytest.mark.parametrize("note", ["(Số liệu bao gồm địa bàn tỉnh Ninh Thuận cũ)", "Số liệu gồm cả Ninh Thuận cũ",
                                  "(Chưa bao gồm địa bàn Ninh Thuận cũ)"])
def test_probe_a_title_saying_what_the_whole_includes_stays_the_new_province(note):
    """The new Khánh Hòa's report on 2025 whose title line says the figures include the former Ninh Thuận:
    the province's own whole (frame34_khanhhoa_2025's golden), never a former area's sheet."""
    r = examine_book({"Biểu 01": [["UBND TỈNH KHÁNH HÒA"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
                                  ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025"], [note], [],
                                  ["TT", "Chỉ tiêu", "ĐVT", "Năm 2025"], ACCEPTED + [30]]})
    assert taken(r) == {(KHANH_HOA, "34", "tasks_accepted", "2025", "actual"): 30.0}

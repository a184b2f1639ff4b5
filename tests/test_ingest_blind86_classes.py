"""Classes found by blind batch 86 (the South-Central Coast and the Central Highlands, 2020–2026, as files come out of
software: Excel tables, pivots, exports of task- and OCOP-management systems), each with its failing case and probes —
honest neighbours that must read as before, wrong ones that must stay set aside. Every workbook is built in memory
with `tests.fixtures.reports`, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, examine_book, facts, taken

DAK_LAK = "66"

# --- 1. a level's column in a register of tasks is no header ----------------------------------------------------

TASK_FIELDS = ["Mã nhiệm vụ", "Tên nhiệm vụ", "Cấp quản lý", "Tình trạng", "Năm bắt đầu", "Năm kết thúc",
               "Kinh phí NSNN (tr.đ)"]
TASKS = [["ĐL-2020-03", "Nghiên cứu giống cà phê vối kháng bệnh", "Tỉnh", "Đã nghiệm thu", 2020, 2022, 1850],
         ["ĐL-2021-09", "Chế phẩm sinh học xử lý vỏ cà phê", "Cơ sở", "Đã nghiệm thu", 2021, 2022, 260],
         ["ĐL-2022-01", "Bản đồ số thổ nhưỡng vùng chuyên canh", "Tỉnh", "Đang thực hiện", 2022, 2024, 2100],
         ["QG-2021-02", "Dự án NTMN chế biến mắc ca", "Quốc gia", "Đang thực hiện", 2021, 2024, 6200]]
SUMMARY = [["THỐNG KÊ NHIỆM VỤ KH&CN NĂM 2022 - SỞ KH&CN TỈNH ĐẮK LẮK"], [MARK], [],
           ["Nội dung", "Số lượng"], ["Tổng số nhiệm vụ quản lý trong năm", 4], ["Nhiệm vụ đã nghiệm thu", 2]]
SUMMARY_READ = {"tasks_managed": 4, "tasks_accepted": 2}


def _of_2022(result) -> dict:
    return {k[2]: v for k, v in taken(result).items() if k[:2] == (DAK_LAK, "63") and k[3] == "2022"}


@pytest.mark.parametrize("tasks", [TASKS, TASKS[:2], TASKS[1:]], ids=["all", "province-first", "grassroots-first"])
def test_a_task_register_beside_its_summary_no_longer_refuses_the_file(tasks):
    """HONEST FILE REFUSED (blind86, Đắk Lắk's 2022 export of its task-management system): the data sheet's first
    task, "… | Tỉnh | Đã nghiệm thu | 2020 | 2022 | 1850", was read as the sheet's header ("Tỉnh" a provinces'
    header word) and "Quốc gia", "Cơ sở" below it as unknown provinces: the whole file refused, the summary sheet's
    counts lost. A cell of a column headed "Cấp quản lý", in a row of figures, is a level (etl/headers.py
    _header_score, _under_a_level_header)."""
    result = examine_book({"ThongKe": SUMMARY, "DuLieu": [TASK_FIELDS, *tasks, [], [MARK]]}, "dl.xlsx")
    assert _of_2022(result) == SUMMARY_READ


def test_probe_the_summary_alone_reads_as_before():
    assert _of_2022(examine_book({"ThongKe": SUMMARY}, "dl.xlsx")) == SUMMARY_READ


def test_probe_levels_as_rows_under_cap_quan_ly_still_read():
    """An honest table of levels ("Cấp quản lý | Số nhiệm vụ" over "Cấp tỉnh | 30", "Cấp cơ sở | 12", "Tổng cộng")
    reads its levels as before — the header row is no row of figures."""
    rows = [["UBND TỈNH ĐẮK LẮK"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
            ["SỐ NHIỆM VỤ KH&CN ĐANG THỰC HIỆN NĂM 2022 PHÂN THEO CẤP QUẢN LÝ"], [],
            ["STT", "Cấp quản lý", "ĐVT", "Số nhiệm vụ"], ["1", "Cấp tỉnh", "Nhiệm vụ", 30],
            ["2", "Cấp cơ sở", "Nhiệm vụ", 12], [None, "Tổng cộng", "Nhiệm vụ", 42]]
    got = _of_2022(examine(rows, name="dl.xlsx"))
    assert got.get("tasks_managed") == 42 and got.get("tasks_managed_provincial") == 30


def test_probe_tidy_rows_of_provinces_still_name_their_province():
    """A tidy sheet "Tỉnh | Chỉ tiêu | Năm | Giá trị" keeps its provinces' column (no level's header above it)."""
    rows = [["Dữ liệu tổng hợp các tỉnh Tây Nguyên"], [MARK], [],
            ["Tỉnh", "Chỉ tiêu", "Năm", "Giá trị"],
            ["Đắk Lắk", "Sản phẩm OCOP được công nhận", 2022, 31],
            ["Gia Lai", "Sản phẩm OCOP được công nhận", 2022, 27]]
    got = taken(examine(rows, name="tn.xlsx"))
    assert got[(DAK_LAK, "63", "ocop_products", "2022", "actual")] == 31
    assert got[("64", "63", "ocop_products", "2022", "actual")] == 27


def test_probe_a_register_with_an_unknown_place_in_a_provinces_column_is_still_refused():
    """Wrong neighbour: a register whose column is headed "Tỉnh" (no level's header) and names "Quốc gia" beside
    Đắk Lắk's rows still refuses (an unknown province), as before."""
    rows = [["Tỉnh", "Chỉ tiêu", "Năm", "Giá trị"], [None, MARK],
            ["Đắk Lắk", "Sản phẩm OCOP được công nhận", 2022, 31],
            ["Quốc gia", "Sản phẩm OCOP được công nhận", 2022, 27]]
    result = examine(rows, name="tn.xlsx")
    assert not result.accepted


# --- 2. a field name's "_" is a space for its period too -----------------------------------------------------------

QUANG_NGAI = "51"


def _field_table(fields: list[str], row: list):
    """The new Quảng Ngãi's table "ChiTieu | DVT | <fields>" of one row, the province in the title line."""
    rows = [["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NGÃI - SỐ LIỆU XUẤT TỪ PHẦN MỀM"], [MARK], [],
            ["ChiTieu", "DVT", *fields], row]
    return examine(rows, name="qn.xlsx")


@pytest.mark.parametrize("field,period", [("SL_Q3_2026", "2026-Q3"), ("SL_9T_2026", "2026-01/2026-09"),
                                          ("SL_6T_2026", "2026-S1"), ("Q3_2026", "2026-Q3")])
def test_a_field_name_joined_by_underscores_reads_its_own_period(field, period):
    """WRONG NUMBERS (blind86, the new Quảng Ngãi's Excel table "DN_Q3_2026 | DN_9T_2026"): a field name's "Q3",
    "9T", "6T" joined to the year by "_" were read as the year — a quarter's or nine months' figure stored as 2026's
    (etl/headers.py _header_role, _FIELD_NAME)."""
    got = taken(_field_table([field], ["Doanh nghiệp được hỗ trợ đổi mới công nghệ", "DN", 18]))
    assert got == {(QUANG_NGAI, "34", "enterprises_supported", period, "actual"): 18}


def test_a_quarter_and_nine_months_side_by_side_are_two_facts_not_two_values_of_the_year():
    got = taken(_field_table(["SL_Q3_2026", "SL_9T_2026"], ["Doanh nghiệp được hỗ trợ đổi mới công nghệ", "DN", 18, 46]))
    assert got == {(QUANG_NGAI, "34", "enterprises_supported", "2026-Q3", "actual"): 18,
                   (QUANG_NGAI, "34", "enterprises_supported", "2026-01/2026-09", "actual"): 46}


@pytest.mark.parametrize("field,period", [("Nam_2025", "2025"), ("GiaTri_2025", "2025"), ("GiaTri_6T2025", "2025-S1")])
def test_probe_field_names_of_a_year_read_as_before(field, period):
    got = taken(_field_table([field], ["Doanh nghiệp được hỗ trợ đổi mới công nghệ", "DN", 18]))
    frame = "34" if period == "2025" else "63"
    assert {k[3] for k in got} == {period}, got
    assert all(v == 18 for v in got.values())


def test_probe_a_plan_field_is_still_no_actual():
    """Wrong neighbour: "KH_2026" (the plan) beside "SL_Q3_2026" stores no actual of 2026."""
    got = facts(_field_table(["SL_Q3_2026", "KH_2026"], ["Doanh nghiệp được hỗ trợ đổi mới công nghệ", "DN", 18, 60]))
    assert (QUANG_NGAI, "34", "enterprises_supported", "2026", "actual") not in got

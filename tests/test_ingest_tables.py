"""Sheets with more than one table, and tables with levels as rows (README "Whole reports"): each
report is built here, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, head as _head, taken

_TWO_TABLES = _head("Bình Thuận", "Số liệu khoa học và công nghệ năm 2024") + [
    ["Bảng 1. Nhiệm vụ khoa học và công nghệ năm 2024"],
    ["TT", "Cấp quản lý", "Số nhiệm vụ đang thực hiện (nhiệm vụ)", "Số nhiệm vụ được nghiệm thu (nhiệm vụ)",
     "Kinh phí bố trí (triệu đồng)"],
    [1, "Cấp quốc gia", 3, 1, 4500],
    [2, "Cấp tỉnh", 28, 9, 21350],
    [3, "Cấp cơ sở", 12, 5, 1250],
    [None, "Tổng cộng", 43, 15, 27100],
    [],
    ["Bảng 2. Tiềm lực KH&CN và cải cách hành chính (tính đến 31/12/2024)"],
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Ghi chú"],
    [1, "Tổng số tổ chức KH&CN trên địa bàn", "tổ chức", 21, None],
    [2, "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình", "%", 96.3, MARK],
]


def test_two_tables_on_one_sheet_are_each_read_with_their_own_header():
    """The second table's header ("TT | Chỉ tiêu | Đơn vị tính | Năm 2024") is read as its own, not
    as rows of the first; its caption merged across the table is no header of its columns."""
    result = examine(_TWO_TABLES, merges=("A6:E6", "A13:E13"), name="binhthuan_2024.xlsx")
    got = taken(result)
    assert got[("60", "63", "st_organizations", "2024-12-31", "actual")] == 21
    assert got[("60", "63", "tthc_level4_rate", "2024-12-31", "actual")] == 96.3
    cells = dict(zip(result.facts.indicator, result.facts.cell))
    assert cells["st_organizations"] == "D15"


def test_levels_as_rows_give_each_columns_indicator_by_level():
    """"Cấp quản lý" over the levels, indicators in the column headers: the total row is the column's
    indicator, a level its declared part; a level with no declared part (grassroots tasks accepted)
    is set aside by its cell, and the levels given are no complete breakdown of the tasks accepted
    (the file is not refused for 1 + 9 ≠ 15, and no total is derived from them)."""
    result = examine(_TWO_TABLES, name="binhthuan_2024.xlsx")
    got = taken(result)
    expect = {"tasks_managed_national": 3, "tasks_managed_provincial": 28, "tasks_managed_grassroots": 12,
              "tasks_managed": 43, "tasks_accepted_national": 1, "tasks_accepted_provincial": 9, "tasks_accepted": 15}
    for code, value in expect.items():
        assert got[("60", "63", code, "2024", "actual")] == value, code
    aside = {i.cell: i for i in result.ignored if i.cell}
    assert "Cấp cơ sở" in aside["D10"].text and "không lấy ô này" in aside["D10"].reason_vi
    assert any(i.text.startswith("Cột E") for i in result.ignored)   # funding: no indicator named, listed


def test_levels_given_without_their_total_accepted_derive_none():
    rows = _head("Sơn La", "Kết quả năm 2024") + [
        ["TT", "Cấp quản lý", "Số nhiệm vụ được nghiệm thu"],
        [1, "Cấp quốc gia", 2], [2, "Cấp tỉnh", 11], [3, "Cấp cơ sở", 6]]
    result = examine(rows, name="sonla_2024.xlsx")
    got = taken(result)
    assert ("14", "63", "tasks_accepted", "2024", "actual") not in got   # 2 + 11 is not all the tasks accepted
    assert got[("14", "63", "tasks_accepted_provincial", "2024", "actual")] == 11

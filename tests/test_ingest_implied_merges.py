"""A report whose merged cells were lost when it was re-saved or exported (etl/implied_merges.py):
undone, the text left in the first cell; or undone and filled, the text repeated in every cell it
covered. A person reads the same table as with the merges, so the ingest must take the same facts.
Undone, "Kết quả thực hiện giai đoạn 2020 - 2024" left over its first year made that column the
whole span (a wrong number); filled, "Năm 2024" twice over "Kế hoạch | Thực hiện" and a label
repeated beside its levels refused honest files as two values for one fact."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import examine, head, taken

_HEADER = ["TT", "Chỉ tiêu", "ĐVT", "Kết quả thực hiện giai đoạn 2020 - 2024", None, None, None, None]
_YEARS = [None, None, None, 2020, 2021, 2022, 2023, 2024]
_ROWS = [
    ["1", "Số nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 21, 24, 26, 29, 31],
    ["2", "Số sản phẩm OCOP được công nhận", "sản phẩm", 40, 52, 61, 70, 66],
]


def _years_table(form: str) -> tuple[list[list], tuple[str, ...]]:
    top = head("Bình Định", "Tổng kết các chỉ tiêu khoa học và công nghệ giai đoạn 2020 - 2024")
    if form == "merged":
        return top + [_HEADER, _YEARS] + _ROWS, ("A6:A7", "B6:B7", "C6:C7", "D6:H6")
    if form == "undone":
        return top + [_HEADER, _YEARS] + _ROWS, ()
    filled_header = [v if v is not None else _HEADER[3] for v in _HEADER]
    filled_years = [h if y is None else y for h, y in zip(_HEADER, _YEARS)]
    return top + [filled_header, filled_years] + _ROWS, ()


@pytest.mark.parametrize("form", ["merged", "undone", "filled"])
def test_a_span_over_years_read_the_same_merged_undone_or_filled(form):
    rows, merges = _years_table(form)
    got = taken(examine(rows, merges=merges, name=f"binhdinh_2020_2024_{form}.xlsx"))
    assert got == {("52", "63", ind, str(2020 + i), "actual"): row[3 + i]
                   for ind, row in (("tasks_accepted", _ROWS[0]), ("ocop_products", _ROWS[1])) for i in range(5)}


_LEVELS = [
    ["1", "Nhiệm vụ KH&CN đang quản lý", "Tổng số", "nhiệm vụ", 52, 57],
    [None, None, "Cấp quốc gia", "nhiệm vụ", 4, 5],
    [None, None, "Cấp tỉnh", "nhiệm vụ", 30, 33],
    [None, None, "Cấp cơ sở", "nhiệm vụ", 18, 19],
    ["2", "Nhiệm vụ KH&CN được nghiệm thu", None, "nhiệm vụ", 14, 16],
]


@pytest.mark.parametrize("form", ["merged", "undone", "filled"])
def test_a_label_beside_its_levels_read_the_same_merged_undone_or_filled(form):
    rows = [list(r) for r in _LEVELS]
    if form == "filled":
        for r in rows[1:4]:
            r[0], r[1] = rows[0][0], rows[0][1]
    merges = ("A7:A10", "B7:B10") if form == "merged" else ()
    got = taken(examine(head("Đồng Nai", "Kết quả thực hiện các chỉ tiêu khoa học và công nghệ năm 2024") + [
        ["STT", "Chỉ tiêu", "Phân loại", "ĐVT", "Kế hoạch năm 2024", "Thực hiện năm 2024"]] + rows,
        merges=merges, name=f"dongnai_2024_{form}.xlsx"))
    actual = {k[2]: v for k, v in got.items() if k[4] == "actual" and k[3] == "2024"}
    assert actual == {"tasks_managed": 57, "tasks_managed_national": 5, "tasks_managed_provincial": 33,
                      "tasks_managed_grassroots": 19, "tasks_accepted": 16}


def test_a_unit_repeated_down_its_column_joins_no_rows():
    """The same unit on every row is no label merged down: each row keeps its own label."""
    got = taken(examine(head("Sơn La", "Kết quả năm 2024") + [
        ["Chỉ tiêu", "ĐVT", "Năm 2024"],
        ["Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 40],
        ["Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12],
    ], name="sonla_2024.xlsx"))
    assert got == {("14", "63", "tasks_managed", "2024", "actual"): 40,
                   ("14", "63", "tasks_accepted", "2024", "actual"): 12}


def test_a_long_tables_keys_repeated_on_every_row_are_no_label_filled_down():
    """A long table repeats its province on every row beside different indicators: that is no label
    filled down beside its parts (blanking the copies left the figures without a province)."""
    rows = [["Mã tỉnh", "Tỉnh/thành phố", "Chỉ tiêu", "ĐVT", 2023, 2024, "Ghi chú"],
            ["14", "Sơn La", "Người làm nghiên cứu khoa học", "người", "1.086", "1.124", head("Sơn La", "")[2][0]],
            ["14", "Sơn La", "Sáng kiến được công nhận", "sáng kiến", "205", "188", None],
            ["62", "Kon Tum", "Người làm nghiên cứu khoa học", "người", "864", "902", None],
            ["62", "Kon Tum", "Sáng kiến được công nhận", "sáng kiến", "140", "152", None]]
    got = taken(examine(rows, name="tay_nguyen_tay_bac_2023_2024.xlsx"))
    assert got[("14", "63", "initiatives_recognized", "2024", "actual")] == 188
    assert got[("62", "63", "initiatives_recognized", "2023", "actual")] == 140
    assert len(got) == 8

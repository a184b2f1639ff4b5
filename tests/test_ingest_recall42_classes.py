"""recall42 (issue #8, recall at first sight): honest figures lost though a statistician reads them at a glance;
each class with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload
is), and beside it the near misses that must keep reading as before (precision first: never a wrong number for a
found one)."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import examine, facts, head, reasons, taken

KON_TUM = "62"


# --- 1. the whole first, its STT blank, under a header whose columns open with a digit ------------------------

def _ocop_by_district(total_first: bool = True, total: str = "Toàn tỉnh"):
    """Kon Tum's OCOP products recognized in 2024 by district (batch 64, "Bảng 2"): "STT | Địa phương | 3 sao |
    4 sao | Cộng | Ghi chú", the province's row first with no order number, then its districts."""
    whole = [None, total, 27, 5, 32, None]
    parts = [["1", "Thành phố Kon Tum", 9, 2, 11, None], ["2", "Huyện Đăk Hà", 6, 1, 7, None],
             ["3", "Huyện Kon Plông", 5, 2, 7, "Sâm, dược liệu"], ["4", "Huyện Ngọc Hồi", 4, "-", 4, None],
             ["5", "Các huyện còn lại", 3, "-", 3, None]]
    return examine(head("Kon Tum", "Sản phẩm OCOP được công nhận năm 2024") + [
        ["STT", "Địa phương", "3 sao", "4 sao", "Cộng", "Ghi chú"], *([whole] + parts if total_first else parts + [whole])])


OCOP_2024 = {(KON_TUM, "63", "ocop_products_3star", "2024", "actual"): 27,
             (KON_TUM, "63", "ocop_products_4star", "2024", "actual"): 5,
             (KON_TUM, "63", "ocop_products", "2024", "actual"): 32}


def test_the_provinces_row_first_under_star_columns_is_the_provinces_figure():
    """LOST (refused): Kon Tum's OCOP by district with "Toàn tỉnh" FIRST, its STT blank (batch 64): "3 sao" read
    as a figure made the header a label over its parts, "STT" merged down over "Toàn tỉnh" joined it to the
    header ("Địa phương Toàn tỉnh", a label column) and the districts were looked up as indicators — "không tìm
    thấy chỉ tiêu nào", the 32 products lost. The header is the header: read as with the total last."""
    got = _ocop_by_district()
    assert taken(got) == OCOP_2024
    assert "một phần của tỉnh" in reasons(got)


def test_probe_the_total_last_reads_the_same():
    assert taken(_ocop_by_district(total_first=False)) == OCOP_2024


def test_probe_the_districts_alone_store_nothing_of_the_province():
    """The districts are parts: without the province's row nothing of Kon Tum is stored (as before)."""
    got = _ocop_by_district(total="Thành phố Kon Tum mở rộng")
    assert facts(got) == {}


TASKS = "Tổng số nhiệm vụ KH&CN đang quản lý"


@pytest.mark.parametrize("periods, read_as", [
    ((2023, 2024), ("2023", "2024")),                                     # the years typed as numbers
    (("Năm 2023", "9 tháng năm 2024"), ("2023", "2024-01/2024-09")),       # a part of a year
    (("6 tháng đầu năm 2023", "6 tháng đầu năm 2024"), ("2023-S1", "2024-S1")),
])
def test_the_total_first_without_its_number_is_read_under_any_periods(periods, read_as):
    """LOST: "STT | Chỉ tiêu | 2023 | 2024" (or "9 tháng năm 2024", "6 tháng đầu năm 2024") over " | Tổng số nhiệm
    vụ KH&CN đang quản lý | 40 | 45" then the levels numbered 1, 2: the total joined the header, its 40 and 45
    lost while the levels were read. With "Năm 2023 | Năm 2024" it was read — a period written with a digit
    first must read the same."""
    got = taken(examine(head("Kon Tum", "Báo cáo kết quả hoạt động KH&CN năm 2024") + [
        ["STT", "Chỉ tiêu", *periods], [None, TASKS, 40, 45],
        ["1", "Nhiệm vụ cấp quốc gia", 5, 6], ["2", "Nhiệm vụ cấp tỉnh", 35, 39]]))
    first, second = read_as
    assert got[(KON_TUM, "63", "tasks_managed", first, "actual")] == 40
    assert got[(KON_TUM, "63", "tasks_managed", second, "actual")] == 45
    assert got[(KON_TUM, "63", "tasks_managed_provincial", second, "actual")] == 39


@pytest.mark.parametrize("filled", [False, True])
def test_probe_a_label_over_its_parts_is_still_one_merged_label(filled):
    """A label merged down beside its parts ("Nhiệm vụ KH&CN đang quản lý | Tổng số" over " | Cấp quốc gia",
    " | Cấp tỉnh"), the merge undone or filled: still read as the label of each part (as before)."""
    label = "Nhiệm vụ KH&CN đang quản lý"
    got = taken(examine(head("Kon Tum", "Báo cáo kết quả hoạt động KH&CN năm 2024") + [
        ["TT", "Chỉ tiêu", "Phân loại", "Năm 2024"],
        ["1", label, "Tổng số", 40], ["1" if filled else None, label if filled else None, "Cấp quốc gia", 5],
        ["1" if filled else None, label if filled else None, "Cấp tỉnh", 35]]))
    assert got == {(KON_TUM, "63", "tasks_managed", "2024", "actual"): 40,
                   (KON_TUM, "63", "tasks_managed_national", "2024", "actual"): 5,
                   (KON_TUM, "63", "tasks_managed_provincial", "2024", "actual"): 35}


def test_an_unnumbered_first_row_beside_a_unit_column_is_read():
    """LOST: "TT | Nội dung | ĐVT | 2023 | 2024" (the years typed as numbers) over an unnumbered first row "Sản
    phẩm OCOP được công nhận | sản phẩm | 40 | 45": the row joined the header, its two figures lost."""
    got = taken(examine(head("Kon Tum", "Báo cáo kết quả hoạt động KH&CN năm 2024") + [
        ["TT", "Nội dung", "ĐVT", 2023, 2024], [None, "Sản phẩm OCOP được công nhận", "sản phẩm", 40, 45],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 5, 6]]))
    assert got == {(KON_TUM, "63", "ocop_products", "2023", "actual"): 40,
                   (KON_TUM, "63", "ocop_products", "2024", "actual"): 45,
                   (KON_TUM, "63", "tasks_accepted", "2023", "actual"): 5,
                   (KON_TUM, "63", "tasks_accepted", "2024", "actual"): 6}

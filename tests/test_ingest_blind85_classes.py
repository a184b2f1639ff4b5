"""Classes found by blind batch 85 (the North-Central and Central Coast, 2019–2026, as files come out of different
software: an Excel 2003 summary, pivot tables pasted as values, printed forms), each with its failing case and probes —
honest neighbours that must read as before, wrong ones that must stay set aside. Every workbook is built in memory
with `tests.fixtures.reports`, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts, head, reasons, table, taken

NGHE_AN, QUANG_BINH, HUE, THANH_HOA = "40", "44", "46", "38"


def _year(*rows: list):
    """Nghệ An's 2024 table "STT | Chỉ tiêu | ĐVT | Năm 2024" of `rows`."""
    return table(*rows, columns=("Năm 2024",))


def _of_2024(result) -> dict:
    return {k[2]: v for k, v in taken(result).items() if k[3] == "2024"}


# --- 1. a row numbered as the row above it is its sibling, never its part ----------------------------------------

def test_a_numbered_row_under_a_level_is_no_part_of_that_level():
    """WRONG NUMBERS (blind85, Thanh Hóa's 2019 summary): "1 | Đề tài, dự án cấp tỉnh thực hiện trong năm | 92", then
    "2 | Đề tài, dự án mới triển khai | 35" — the second row was read as a sub-item of the first and 35, every new
    task, stored as the new PROVINCIAL tasks. Numbered alike, the rows are siblings: the second stands alone
    (etl/walk.py _numbered_alike)."""
    got = _of_2024(_year(["1", "Đề tài, dự án cấp tỉnh thực hiện trong năm", "đề tài, DA", 92],
                         ["2", "Đề tài, dự án mới triển khai", "đề tài, DA", 35]))
    assert got == {"tasks_managed_provincial": 92, "tasks_new": 35}


def test_a_level_numbered_under_the_new_tasks_no_longer_refuses_the_file():
    """HONEST FILE REFUSED: the rows the other way round — "1 | Nhiệm vụ mới triển khai | 35", "2 | Nhiệm vụ cấp
    tỉnh thực hiện trong năm | 92" — read 92 as the new provincial tasks, above the 35 new tasks: refused whole."""
    result = _year(["1", "Nhiệm vụ mới triển khai", "NV", 35], ["2", "Nhiệm vụ cấp tỉnh thực hiện trong năm", "NV", 92])
    assert _of_2024(result) == {"tasks_new": 35, "tasks_managed_provincial": 92}, reasons(result)


@pytest.mark.parametrize("first,second", [("I", "II"), ("1.1", "1.2"), ("a", "b"), ("1.", "2.")])
def test_siblings_in_any_numbering_stand_alone(first, second):
    got = _of_2024(_year([first, "Nhiệm vụ KH&CN cấp tỉnh được quản lý", "NV", 92],
                         [second, "Nhiệm vụ mới triển khai", "NV", 35]))
    assert got == {"tasks_managed_provincial": 92, "tasks_new": 35}


@pytest.mark.parametrize("number,label", [("", "- Trong đó: mở mới"), ("1.1", "Mở mới"), ("", "Trong đó mở mới")])
def test_probe_a_part_under_the_level_is_still_its_part(number, label):
    """The Huế form's "- Trong đó: mở mới" (no number) or "1.1 | Mở mới" under "1 | … cấp tỉnh …": the new
    provincial tasks, as before."""
    got = _of_2024(_year(["1", "Nhiệm vụ KH&CN cấp tỉnh được quản lý", "NV", 92], [number, label, "NV", 17]))
    assert got == {"tasks_managed_provincial": 92, "tasks_new_provincial": 17}


def test_probe_a_numbered_row_naming_nothing_alone_is_still_read_with_the_row_above():
    """An export numbering every row: "1 | Nhiệm vụ KH&CN được nghiệm thu | 20", "2 | Cấp tỉnh | 15" — the level
    names nothing alone, read with the row above as before (the provincial tasks accepted)."""
    got = _of_2024(_year(["1", "Nhiệm vụ KH&CN được nghiệm thu", "NV", 20], ["2", "Cấp tỉnh", "NV", 15]))
    assert got == {"tasks_accepted": 20, "tasks_accepted_provincial": 15}


def test_probe_numbered_stars_under_the_products_read_as_before():
    got = _of_2024(_year(["1", "Sản phẩm OCOP được công nhận", "SP", 40], ["2", "Sản phẩm OCOP 4 sao", "SP", 9]))
    assert got == {"ocop_products": 40, "ocop_products_4star": 9}


# --- 2. a pivot table's group subtotal adding unlike rows ---------------------------------------------------------

def _pivot(*rows: list, total_word: str = "Tổng"):
    """Quảng Bình's nine months of 2024 pasted from a pivot: "Nhóm | Chỉ tiêu | Quý I | Quý II | Quý III", the group's
    name on its first row only, then `rows` and the grand total."""
    return examine(head("Quảng Bình", "SỐ LIỆU 9 THÁNG NĂM 2024") + [
        ["Tổng của Giá trị", None, "Kỳ"], ["Nhóm", "Chỉ tiêu", "Quý I", "Quý II", "Quý III"], *rows,
        [f"Grand {total_word}" if total_word == "Total" else "Tổng cộng", None, 40, 41, 42]], name="pivot.xlsx")


@pytest.mark.parametrize("word", ["Tổng", "Total"])
def test_a_groups_subtotal_of_unlike_rows_is_no_indicators_figure(word):
    """WRONG NUMBERS (blind85): "Nhiệm vụ KH&CN | Mới triển khai | 4 | 3 | 5", "| Nghiệm thu | 2 | 6 | 4", then the
    pivot's subtotal "Nhiệm vụ KH&CN Tổng | 6 | 9 | 9" — new and accepted tasks added — was stored as the tasks
    MANAGED of each quarter (its group's name alone is that indicator). Set aside, saying why."""
    result = _pivot(["Nhiệm vụ KH&CN", "Mới triển khai", 4, 3, 5], [None, "Nghiệm thu", 2, 6, 4],
                    [f"Nhiệm vụ KH&CN {word}", None, 6, 9, 9])
    got = taken(result)
    assert not any(k[2] == "tasks_managed" for k in got), got
    assert got[(QUANG_BINH, "63", "tasks_new", "2024-Q2", "actual")] == 3
    assert got[(QUANG_BINH, "63", "tasks_accepted", "2024-Q3", "actual")] == 4
    assert "pivot" in reasons(result)


def test_probe_a_groups_subtotal_over_its_own_rows_is_read():
    """A group whose rows are all of one indicator (its quarters) — "Nhiệm vụ KH&CN mới triển khai" then "… Tổng" —
    sums that indicator over the periods: kept (TP. Huế's repeated-label pivot)."""
    result = examine(head("Huế", "SỐ LIỆU 9 THÁNG NĂM 2026", city=True) + [
        ["Lĩnh vực", "Chỉ tiêu", "Kỳ", "Giá trị"],
        ["KH&CN", "Nhiệm vụ KH&CN mới triển khai", "Quý I", 3], ["KH&CN", "Nhiệm vụ KH&CN mới triển khai", "Quý II", 5],
        ["KH&CN", "Nhiệm vụ KH&CN mới triển khai", "Quý III", 4], ["KH&CN", "Nhiệm vụ KH&CN mới triển khai Tổng", None, 12],
        ["Tổng cộng", None, None, 12]], name="pivot.xlsx")
    assert taken(result)[(HUE, "34", "tasks_new", "2026-01/2026-09", "actual")] == 12


@pytest.mark.parametrize("label", ["Tổng số nhiệm vụ KH&CN", "Nhiệm vụ KH&CN: Tổng số"])
def test_probe_a_total_row_of_a_classic_table_is_read(label):
    got = _of_2024(_year(["1", label, "NV", 40], ["", "- Mới triển khai", "NV", 12]))
    assert got.get("tasks_managed") == 40


# --- 3. a pivot's period column naming quarters without a year, under a title naming the span ----------------------

def _long(*periods_and_values, title: str = "SỐ LIỆU 9 THÁNG NĂM 2026"):
    return examine(head("Huế", title, city=True) + [["Lĩnh vực", "Chỉ tiêu", "Kỳ", "Giá trị"]] + [
        ["KH&CN", "Sản phẩm OCOP được công nhận", p, v] for p, v in periods_and_values], name="pivot.xlsx")


def test_quarters_without_a_year_are_the_titles_span_quarters():
    """HONEST FILE REFUSED (blind85, TP. Huế's pivot with its labels repeated): "Kỳ" = "Quý I", "Quý II", "Quý III"
    under "SỐ LIỆU 9 THÁNG NĂM 2026" — "không đọc được kỳ “Quý I”", the file refused whole. Each quarter is the part
    of the title's span it names, as months under a year's title are."""
    got = taken(_long(("Quý I", 7), ("Quý II", 15), ("Quý III", 9)))
    assert got == {(HUE, "34", "ocop_products", f"2026-Q{q}", "actual"): v for q, v in ((1, 7), (2, 15), (3, 9))}


def test_probe_a_quarter_outside_the_titles_span_is_not_read_as_one():
    """"Quý IV" under nine months is no part of them: never stored (the file still says it cannot read it)."""
    result = _long(("Quý I", 7), ("Quý IV", 15))
    assert not any(k[3] == "2026-Q4" for k in facts(result))


def test_probe_quarters_under_a_years_title_read_as_before():
    got = taken(_long(("Quý I", 7), ("Quý II", 15), title="SỐ LIỆU NĂM 2026"))
    assert set(got) == {(HUE, "34", "ocop_products", "2026-Q1", "actual"), (HUE, "34", "ocop_products", "2026-Q2", "actual")}


# --- 4. a subtitle naming the summing-up of a year and the next year's direction ---------------------------------

def _budget(subtitle: str, columns=("Năm 2018", "Năm 2019"), values=(91230, 98450)):
    return examine([["SỞ KHOA HỌC VÀ CÔNG NGHỆ THANH HOÁ"], [MARK], [], ["SỐ LIỆU TỔNG KẾT HOẠT ĐỘNG KH&CN NĂM 2019"],
                    [subtitle], [], ["TT", "Nội dung", "Đơn vị", *columns],
                    ["1", "Tổng chi ngân sách nhà nước cho KH&CN", "Tr.đ", *values]], name="bc2019.xls")


@pytest.mark.parametrize("subtitle", ["(Kèm theo Báo cáo tổng kết công tác năm 2019 và phương hướng năm 2020)",
                                      "Sơ kết năm 2019 và phương hướng năm 2020",
                                      "Đánh giá kết quả năm 2019, phương hướng nhiệm vụ năm 2020"])
def test_spending_under_a_summing_up_and_next_years_direction_is_spending(subtitle):
    """LOST (blind85, Thanh Hóa's 2019 .xls): "Tổng chi ngân sách nhà nước cho KH&CN | Tr.đ | 91.230 | 98.450" under
    "(Kèm theo Báo cáo tổng kết công tác năm 2019 và phương hướng năm 2020)" was set aside as 2020's plan ("phương
    hướng"): the summing-up of 2019 ("tổng kết") says results as "kết quả" does — 2018's and 2019's spending."""
    got = taken(_budget(subtitle))
    assert got == {(THANH_HOA, "63", "st_budget", "2018", "actual"): 91.23,
                   (THANH_HOA, "63", "st_budget", "2019", "actual"): 98.45}


def test_probe_the_directions_year_is_still_no_spending():
    result = _budget("(Kèm theo Báo cáo tổng kết công tác năm 2019 và phương hướng năm 2020)",
                     columns=("Năm 2019", "Năm 2020"), values=(98450, 120000))
    assert not any(k[2] == "st_budget" and k[3] == "2020" and k[4] == "actual" for k in facts(result))


@pytest.mark.parametrize("subtitle", ["(Kèm theo Quyết định phân bổ kinh phí năm 2019)", "KẾ HOẠCH NĂM 2019"])
def test_probe_an_allocation_or_a_plan_stays_no_spending(subtitle):
    result = _budget(subtitle)
    assert not any(k[2] == "st_budget" and k[4] == "actual" for k in facts(result)), facts(result)


# --- 5. the levels under a caption naming their count, beside one column naming only its period ------------------

def _levels(caption: str, column: str = "9 tháng 2026", total: int = 31):
    """Thanh Hóa's tasks by level: `caption` over "TT | Cấp quản lý | ĐVT | `column`", the levels and "Tổng cộng"."""
    return examine(head("Thanh Hóa", caption) + [["TT", "Cấp quản lý", "ĐVT", column],
                                                 ["1", "Cấp quốc gia", "Nhiệm vụ", 3], ["2", "Cấp tỉnh", "Nhiệm vụ", 18],
                                                 ["3", "Cấp cơ sở", "Nhiệm vụ", 10], [None, "Tổng cộng", "Nhiệm vụ", total]],
                   name="nv_theo_cap.xlsx")


_NINE_MONTHS = "2026-01/2026-09"


def test_levels_beside_a_column_naming_only_its_period_are_the_captions_count():
    """LOST, AND A REFUSAL MISSED (blind85): "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU 9 THÁNG NĂM 2026 THEO CẤP" over "Cấp quản
    lý | ĐVT | 9 tháng 2026": the column says only its period, the caption what it counts — every level and the
    "Tổng cộng" were read as nothing (with "Số lượng" they are read), so the 31 never met the summary sheet's 27.
    Now the caption's tasks accepted and their levels (the grassroots level has no indicator: set aside)."""
    got = taken(_levels("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU 9 THÁNG NĂM 2026 THEO CẤP"))
    assert got == {(THANH_HOA, "34", "tasks_accepted", _NINE_MONTHS, "actual"): 31,
                   (THANH_HOA, "34", "tasks_accepted_national", _NINE_MONTHS, "actual"): 3,
                   (THANH_HOA, "34", "tasks_accepted_provincial", _NINE_MONTHS, "actual"): 18}


def test_the_levels_total_against_the_summarys_refuses_the_file():
    from tests.fixtures.reports import examine_book
    result = examine_book({
        "Tong hop": head("Thanh Hóa", "MỘT SỐ CHỈ TIÊU 9 THÁNG NĂM 2026") + [
            ["TT", "Chỉ tiêu", "ĐVT", "9 tháng 2026"], ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 27]],
        "NV theo cap": head("Thanh Hóa", "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU 9 THÁNG NĂM 2026 THEO CẤP") + [
            ["TT", "Cấp quản lý", "ĐVT", "9 tháng 2026"], ["1", "Cấp tỉnh", "Nhiệm vụ", 18],
            [None, "Tổng cộng", "Nhiệm vụ", 31]]}, name="thanhhoa_9t2026.xlsx")
    assert not result.accepted
    assert any("hai giá trị" in p.message_vi for p in result.problems), [p.message_vi for p in result.problems]


@pytest.mark.parametrize("caption,column", [
    ("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2025 THEO CẤP", "9 tháng 2026"),        # another period than the column's
    ("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU 9 THÁNG NĂM 2026", "9 tháng 2026"),        # no breakdown announced
    ("KẾ HOẠCH NHIỆM VỤ KH&CN NGHIỆM THU 9 THÁNG NĂM 2026 THEO CẤP", "9 tháng 2026"),   # a plan
    ("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU 9 THÁNG NĂM 2026 THEO CẤP", "Lũy kế đến 30/9/2026"),   # no period alone
    ("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU 9 THÁNG NĂM 2026 THEO CẤP", "Kế hoạch 9 tháng 2026")])  # a plan's column
def test_probe_levels_under_another_caption_or_column_stay_unread(caption, column):
    result = _levels(caption, column)
    assert not any(k[2].startswith("tasks_accepted") and k[4] == "actual" for k in facts(result)), facts(result)


# --- 6. a pivot's caption row ("Đếm của Mã SP | Hạng sao") and its outer row field ("Nhóm | Chỉ tiêu") ------------

def _ranking(caption_row: list | None):
    """Quảng Nam's 2023 OCOP ranking pasted from a pivot: districts down, stars across, the "Tổng cộng" row."""
    rows = [["SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2023 – TỈNH QUẢNG NAM"], [MARK], []]
    rows += [caption_row] if caption_row else []
    rows += [["Địa phương", "3 sao", "4 sao", "5 sao", "Tổng cộng"], ["Tam Kỳ", 9, 2, None, 11],
             ["Hội An", 14, 5, 1, 20], ["Tổng cộng", 23, 7, 1, 31]]
    return examine(rows, name="pivot_ocop.xlsx")


_QUANG_NAM_2023 = {("49", "63", "ocop_products_3star", "2023", "actual"): 23,
                   ("49", "63", "ocop_products_4star", "2023", "actual"): 7,
                   ("49", "63", "ocop_products_5star", "2023", "actual"): 1,
                   ("49", "63", "ocop_products", "2023", "actual"): 31}


@pytest.mark.parametrize("caption_row", [["Đếm của Mã SP", "Hạng sao"], ["Count of Code", "Stars"],
                                         ["Tổng của Số lượng", "Hạng sao"]])
def test_a_pivots_caption_row_is_no_group_header(caption_row):
    """HONEST FILE REFUSED (blind85): "Đếm của Mã SP | Hạng sao" over "Địa phương | 3 sao | 4 sao | 5 sao | Tổng
    cộng" — the column field's name, read as a group header, made "Hạng sao 3 sao" name nothing: no indicator found,
    the file refused. The row opening with the value field's caption is the pivot's own (etl/headers.py
    is_pivot_caption_row; metrics/header_words.toml pivot_value_captions)."""
    assert taken(_ranking(caption_row)) == _QUANG_NAM_2023


def test_probe_the_same_table_without_the_caption_row_reads_the_same():
    assert taken(_ranking(None)) == _QUANG_NAM_2023


def test_a_pivots_grand_total_of_the_quarters_and_its_outer_row_field():
    """LOST (blind85, Quảng Bình's pivot): "Tổng của Giá trị | | Kỳ" over "Nhóm | Chỉ tiêu | Quý I | Quý II | Quý III |
    Grand Total" — read as a group, "Kỳ Grand Total" was no total of the quarters (the nine months lost); without it
    "Nhóm" beside "Chỉ tiêu" must stay the noun of "Mới triển khai" (the group's name on its first row only)."""
    got = taken(examine(head("Quảng Bình", "SỐ LIỆU 9 THÁNG NĂM 2024") + [
        ["Tổng của Giá trị", None, "Kỳ"], ["Nhóm", "Chỉ tiêu", "Quý I", "Quý II", "Quý III", "Grand Total"],
        ["Nhiệm vụ KH&CN", "Mới triển khai", 4, 3, 5, 12], [None, "Nghiệm thu", 2, 6, 4, 12],
        ["Grand Total", None, 6, 9, 9, 24]], name="pivot.xlsx"))
    assert got == {(QUANG_BINH, "63", code, p, "actual"): v
                   for code, vals in (("tasks_new", (4, 3, 5, 12)), ("tasks_accepted", (2, 6, 4, 12)))
                   for p, v in zip(("2024-Q1", "2024-Q2", "2024-Q3", "2024-01/2024-09"), vals)}


def test_probe_a_merged_group_header_over_years_is_still_read():
    result = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ NĂM 2024") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", None], [None, None, None, "Kế hoạch", "Thực hiện"],
        ["1", "Sản phẩm OCOP được công nhận", "SP", 40, 42]], merges=("D6:E6",))
    assert {k: v for k, v in taken(result).items() if k[4] == "actual"} == {
        (NGHE_AN, "63", "ocop_products", "2024", "actual"): 42}


def test_probe_a_code_column_left_of_the_labels_is_no_group():
    result = table(["KHCN01", "Số nhiệm vụ nghiệm thu", "NV", 12], ["OCOP01", "Sản phẩm OCOP được công nhận", "SP", 53])
    assert _of_2024(result) == {"tasks_accepted": 12, "ocop_products": 53}

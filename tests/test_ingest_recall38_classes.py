"""recall38 (issue #8, recall at first sight): honest figures lost — set aside, only suggested, unread, or the
file refused whole — though a statistician reads them at a glance; each class with the smallest realistic report
(tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and beside it the near misses that
must stay set aside (precision first: never a wrong number for a found one)."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import LABEL_UNIT_HEADER, OCOP_ROW, examine, facts, head, reasons, table, taken

NINH_BINH = "37"


# --- 1. a places' column headed "Khu vực": its rows decide -----------------------------------------------------

STOCK_2025 = "SẢN PHẨM OCOP CÒN HIỆU LỰC ĐẾN NGÀY 31/12/2025"
STOCK_AT = "2025-12-31"


def _by_area(header: str, areas: list, after: list = ()):
    return examine(head("Ninh Bình", STOCK_2025) + [
        ["TT", header, "3 sao", "4 sao", "5 sao", "Tổng số sản phẩm"],
        *[[str(i + 1), name, *figures] for i, name_figures in enumerate(areas) for name, *figures in [name_figures]],
        *after])


FORMERS = [("Ninh Bình (cũ)", 198, 62, 2, 262), ("Hà Nam (cũ)", 121, 30, 0, 151), ("Nam Định (cũ)", 246, 71, 1, 318),
           ("Toàn tỉnh", 565, 163, 3, 731)]
WHOLE = {(NINH_BINH, "34", "ocop_products_3star_total", STOCK_AT, "actual"): 565,
         (NINH_BINH, "34", "ocop_products_4star_total", STOCK_AT, "actual"): 163,
         (NINH_BINH, "34", "ocop_products_5star_total", STOCK_AT, "actual"): 3,
         (NINH_BINH, "34", "ocop_products_total", STOCK_AT, "actual"): 731}


@pytest.mark.parametrize("header", ["Khu vực", "Địa phương", "Vùng"])
def test_former_provinces_under_khu_vuc_are_shares_and_the_whole_is_the_provinces(header):
    """LOST: the new Ninh Bình's OCOP stock at 31/12/2025 by former area, "TT | Khu vực | 3 sao | 4 sao | 5 sao |
    Tổng số sản phẩm" over "Ninh Bình (cũ) | Hà Nam (cũ) | Nam Định (cũ) | Toàn tỉnh" (batch 65), was read as
    no table: the file refused ("không tìm thấy chỉ tiêu nào"), the province's 731 products lost. The former
    provinces are shares of the merged province (not stored), "Toàn tỉnh" its figure."""
    got = _by_area(header, FORMERS)
    assert taken(got) == WHOLE
    assert "phần của địa bàn tỉnh cũ" in reasons(got)


def test_a_line_of_its_own_after_the_whole_and_a_blank_row_is_set_aside_not_a_refusal():
    """Batch 65's file: below "Toàn tỉnh" and a blank row, "Sản phẩm được công nhận mới trong năm 2025 (toàn
    tỉnh) | 96" in the places' column was an unknown province, and the file was refused whole. It is a line of
    its own: set aside (the 96 is not the stock's "Tổng số sản phẩm"), the table read."""
    got = _by_area("Khu vực", FORMERS, after=[[], [None, "Sản phẩm được công nhận mới trong năm 2025 (toàn tỉnh)",
                                                   None, None, None, 96]])
    assert taken(got) == WHOLE
    assert "Dòng riêng sau bảng" in reasons(got)


@pytest.mark.parametrize("areas", [
    [("Thành thị", 300, 90, 2, 392), ("Nông thôn", 265, 73, 1, 339), ("Toàn tỉnh", 565, 163, 3, 731)],
    [("Huyện Kim Sơn", 30, 9, 0, 39), ("Huyện Yên Mô", 20, 5, 0, 25), ("Toàn tỉnh", 50, 14, 0, 64)],
    [("Ninh Bình (cũ)", 198, 62, 2, 262), ("Toàn tỉnh", 565, 163, 3, 731)],            # one former province
    [("Ninh Bình", 198, 62, 2, 262), ("Hà Nam", 121, 30, 0, 151), ("Toàn tỉnh", 565, 163, 3, 731)],  # no "(cũ)"
    [("Ninh Bình (cũ)", 198, 62, 2, 262), ("Hà Nam (cũ)", 121, 30, 0, 151), ("Miền núi", 246, 71, 1, 318),
     ("Toàn tỉnh", 565, 163, 3, 731)],                                                # a place of no province
])
def test_probe_khu_vuc_over_rows_not_former_provinces_stays_unread(areas):
    """"Khu vực" decides nothing by itself: over urban and rural areas, districts, one former province, or a place
    of no province's frame, the table stores nothing (as before)."""
    assert facts(_by_area("Khu vực", areas)) == {}


def test_probe_khu_vuc_over_urban_and_rural_below_a_table_of_its_own_keeps_the_first_table():
    """blind65's probe: a table of indicators, then "Khu vực | Số doanh nghiệp" over "Thành thị | Nông thôn": the
    honest file must not be refused ("không nhận ra tỉnh “Thành thị”"); the first table read, the second not."""
    got = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        LABEL_UNIT_HEADER + ["Năm 2024"], OCOP_ROW + [42], [],
        ["TT", "Khu vực", "Số doanh nghiệp"], ["1", "Thành thị", 120], ["2", "Nông thôn", 80], [None, "Tổng cộng", 200]])
    assert taken(got) == {("40", "63", "ocop_products", "2024", "actual"): 42}


# --- 3. "được phê duyệt và đã nghiệm thu": decided to stay aside ---------------------------------------------

@pytest.mark.parametrize("label", ["Số nhiệm vụ được phê duyệt và đã nghiệm thu", "Số nhiệm vụ được phê duyệt và nghiệm thu",
                                   "Nhiệm vụ KH&CN được phê duyệt và đã được nghiệm thu"])
def test_probe_approved_and_since_accepted_stays_aside(label):
    """Decided, not changed: "được phê duyệt và đã nghiệm thu" under a year reads two ways to a department head —
    the tasks accepted in the year, or the tasks approved (in the year) that have since been accepted, a cohort
    counted by its year of approval ("Số nhiệm vụ được phê duyệt năm 2022 và đã nghiệm thu"). The second is no
    count of the year's acceptances: stored as one it would be a wrong number, so the row stays aside with its
    reason (wrong38's two stages rule), and the rest of the report reads."""
    got = table(["1", label, "nhiệm vụ", 15], OCOP_ROW + [42])
    assert taken(got) == {("40", "63", "ocop_products", "2024", "actual"): 42}
    assert "phê duyệt và nghiệm thu" in reasons(got)


# --- 6. a file refused for no indicator says the rows it saw and why ------------------------------------------

def test_a_file_whose_only_indicator_row_is_ruled_out_says_the_row_and_why():
    """UX: a sheet whose one indicator row was ruled out told the uploader only "không tìm thấy chỉ tiêu nào có
    trong danh mục": the message names the sheet, the row, its label and the reason it was set aside."""
    got = table(["1", "Số nhiệm vụ được phê duyệt và đã nghiệm thu", "nhiệm vụ", 15],
                ["2", "Kế hoạch sản phẩm OCOP được công nhận", "sản phẩm", 20], sheet="Phụ lục 2")
    assert not got.accepted
    message = " ".join(p.message_vi for p in got.problems)
    assert "không tìm thấy chỉ tiêu nào" in message
    assert "trang “Phụ lục 2”, dòng 7 “Số nhiệm vụ được phê duyệt và đã nghiệm thu”" in message
    assert "loại trừ chỉ tiêu này" in message
    assert "dòng 8 “Kế hoạch sản phẩm OCOP được công nhận”: Nhãn nói về kế hoạch" in message


def test_probe_a_file_of_no_indicator_rows_at_all_says_only_that():
    """Rows naming nothing close to an indicator (headings, signatures) are not listed: the message stays short."""
    got = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        LABEL_UNIT_HEADER + ["Năm 2024"], ["1", "Số buổi họp giao ban", "buổi", 12]])
    message = " ".join(p.message_vi for p in got.problems)
    assert "không tìm thấy chỉ tiêu nào" in message and "để riêng" not in message


# --- 5. "toàn tỉnh Cà Mau (cũ và mới)": the new province with both formers in it -----------------------------

CA_MAU = "96"


def _ca_mau(column: str):
    return table(OCOP_ROW + [50], ["2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12], columns=(column,),
                 province="Cà Mau", title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025")


@pytest.mark.parametrize("column", ["Năm 2025 - toàn tỉnh Cà Mau (cũ và mới)", "Năm 2025 - Cà Mau (cũ và mới)"])
def test_old_and_new_after_the_name_is_the_new_province(column):
    """LOST: "Năm 2025 - toàn tỉnh Cà Mau (cũ và mới)" (the new Cà Mau's 2025, the former Cà Mau and Bạc Liêu in it)
    was read for its "cũ" as the former Cà Mau, its 50 products and 12 tasks accepted set aside as a share."""
    assert taken(_ca_mau(column)) == {(CA_MAU, "34", "ocop_products", "2025", "actual"): 50,
                                      (CA_MAU, "34", "tasks_accepted", "2025", "actual"): 12}


@pytest.mark.parametrize("column", [
    "Năm 2025 - toàn tỉnh Cà Mau (cũ)",                    # the former only
    "Năm 2025 - tỉnh Cà Mau cũ",
    "Năm 2025 - Bạc Liêu (cũ và mới)",                     # no new unit of that name
    "Năm 2025 - toàn tỉnh Cà Mau (cũ và mới, 6 tháng)",    # more than the note: a half, not the year
    "Năm 2024 - toàn tỉnh Cà Mau (cũ và mới)",             # the new unit before it existed
])
def test_probe_a_former_another_name_more_words_or_a_year_before_stay_aside(column):
    assert facts(_ca_mau(column)) == {}

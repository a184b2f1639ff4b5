"""Layouts a person reads at sight that the reader did not (issue #8's read failures): a table of two
columns without an STT column (the parts of an .ods sheet indented by a named cell style are in
tests/test_ingest_variant_classes.py, beside the other saves). One class per test: each report is
built here, marked as test data, and read by `etl.ingest.examine` as an upload is. A statistician's
reading is the expectation."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, head, taken


def test_a_two_column_table_of_provinces_and_one_indicator():
    """"Tỉnh | Số người làm NCKH" with the provinces down the rows: each row is its province's
    figure (the header finder wanted three cells, so no header was found and nothing was read)."""
    got = taken(examine([
        ["SỐ NGƯỜI LÀM NGHIÊN CỨU KHOA HỌC CÁC TỈNH TÂY BẮC NĂM 2023"], [MARK], [],
        ["Tỉnh", "Số người làm NCKH"],
        ["Sơn La", 1250],
        ["Lai Châu", 410],
        ["Điện Biên", 620],
    ], name="taybac_nckh_2023.xlsx"))
    # people doing research are counted at a date: the year's end
    assert got == {("14", "63", "researchers", "2023-12-31", "actual"): 1250,
                   ("12", "63", "researchers", "2023-12-31", "actual"): 410,
                   ("11", "63", "researchers", "2023-12-31", "actual"): 620}


def test_a_two_column_table_of_indicators_under_one_year():
    """"Chỉ tiêu | 2024", the year typed as a number, under a province's heading: each row is its
    indicator's 2024 (nothing was read)."""
    got = taken(examine(head("Lai Châu", "MỘT SỐ CHỈ TIÊU KHOA HỌC VÀ CÔNG NGHỆ") + [
        ["Chỉ tiêu", 2024],
        ["Nhiệm vụ KH&CN được nghiệm thu", 15],
        ["Sản phẩm OCOP được công nhận", 22],
    ], name="laichau_2024.xlsx"))
    assert got == {("12", "63", "tasks_accepted", "2024", "actual"): 15,
                   ("12", "63", "ocop_products", "2024", "actual"): 22}


def test_a_two_word_title_row_is_no_header():
    """A title row of two cells above the real header ("Kỳ báo cáo: | Năm 2024" over "STT | Chỉ tiêu
    | ĐVT | Số liệu") stays a title: the table is read under its own header, and a two-cell row
    with no figure below it is no table."""
    got = taken(examine(head("Sơn La", "BÁO CÁO THỐNG KÊ KH&CN") + [
        ["Kỳ báo cáo:", "Năm 2024"],
        ["STT", "Chỉ tiêu", "ĐVT", "Số liệu"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 18],
    ], name="sonla_2024.xlsx"))
    assert got == {("14", "63", "tasks_accepted", "2024", "actual"): 18}


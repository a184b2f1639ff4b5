"""Batch 56's classes (issue #8, blind56): the first reports of the new 34 provinces, with the former provinces'
figures beside the new province's, each probed with the smallest realistic report (tests/fixtures/reports.py,
marked as test data, read by `etl.ingest.examine` as an upload is). Each class test asserts what a user would
notice — the figure stored, its period, or the file refused — and beside it the honest neighbours the fix must
not touch."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts, head, taken

AG_OLD, KG_OLD, AG = ("89", "63"), ("91", "63"), ("91", "34")   # An Giang, Kiên Giang (cũ); the new An Giang
NA = ("40", "63")   # Nghệ An before the merger


def _read(result) -> dict:
    """The actual values stored ({(province, frame, indicator, period): value}) of an examined upload or of
    `taken`'s facts."""
    f = result if isinstance(result, dict) else facts(result)
    return {(k[0], k[1], k[2], k[3]): v for k, v in f.items() if k[4] == "actual"}


# --- 1. a column whose every cell names a period is the rows' period, whatever its header (was wrong) ------

def _tidy(period_header: str, rows: list, sheet: str = "Năm 2025", name: str = "angiang_2025.xlsx"):
    return examine([[MARK], ["Địa bàn", period_header, "Chỉ tiêu", "Đơn vị tính", "Giá trị"], *rows],
                   title=sheet, name=name)


def test_a_tidy_tables_period_column_in_words_gives_each_rows_half_not_the_files_year():
    """The new An Giang's tidy export headed its period column "Kỳ số liệu": every row took the year the
    file's (or the sheet's) name states — the new province's second half of 2025 stored as its YEAR 2025 —
    and the former provinces' own first halves were set aside as shares of that year."""
    r = taken(_tidy("Kỳ số liệu", [
        ["An Giang (cũ)", "6 tháng đầu năm 2025", "Số nhiệm vụ KH&CN nghiệm thu", "nhiệm vụ", 8],
        ["Kiên Giang (cũ)", "6 tháng đầu năm 2025", "Số nhiệm vụ KH&CN nghiệm thu", "nhiệm vụ", 6],
        ["Tỉnh An Giang (mới)", "6 tháng cuối năm 2025", "Số nhiệm vụ KH&CN nghiệm thu", "nhiệm vụ", 21]]))
    got = _read(r)
    assert (*AG, "tasks_accepted", "2025") not in got
    assert got.get((*AG, "tasks_accepted", "2025-S2")) == 21
    assert got.get((*AG_OLD, "tasks_accepted", "2025-S1")) == 8
    assert got.get((*KG_OLD, "tasks_accepted", "2025-S1")) == 6


def test_quarters_in_a_column_headed_kỳ_thống_kê_are_each_rows_quarter():
    """One province's tidy rows under a yearly title, the quarter in a column "Kỳ thống kê": each quarter's
    figure, never four values of the year (two values for one fact refused the honest file)."""
    r = examine(head("Nghệ An", "SỐ LIỆU HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["Kỳ thống kê", "Chỉ tiêu", "Đơn vị tính", "Số liệu"],
        ["Quý I/2024", "Sản phẩm OCOP được công nhận", "sản phẩm", 12],
        ["Quý II/2024", "Sản phẩm OCOP được công nhận", "sản phẩm", 19]])
    got = _read(taken(r))
    assert got.get((*NA, "ocop_products", "2024-Q1")) == 12
    assert got.get((*NA, "ocop_products", "2024-Q2")) == 19
    assert (*NA, "ocop_products", "2024") not in got


@pytest.mark.parametrize("value_header, other_header, ocop_note, tasks_note", [
    # "Thời gian hoàn thành | Quý IV/2024" beside "Thực hiện" under a title on 2024 says when each item is due
    ("Thực hiện", "Thời gian hoàn thành", "Quý IV/2024", "Quý III/2024"),
    # "Năm 2024" over the figures beside a column of period words (the plan's stage, say) stays 2024
    ("Năm 2024", "Giai đoạn đánh giá", "6 tháng cuối năm 2024", "6 tháng đầu năm 2024"),
    # a notes-like column ("Tình hình": "Ổn định", "Quý II/2024") is not every row's period
    ("Số liệu", "Tình hình", "Ổn định", "Quý II/2024"),
], ids=["a deadline column", "a value column naming its year", "a column mixing periods and words"])
def test_probe_a_column_of_period_words_beside_the_figures_is_no_period_of_the_rows(value_header, other_header,
                                                                                      ocop_note, tasks_note):
    """A column of period words that is not a period column by its header leaves the figures the year's."""
    r = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["STT", "Chỉ tiêu", "ĐVT", value_header, other_header],
        ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 42, ocop_note],
        ["2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 18, tasks_note]])
    got = _read(taken(r))
    assert got.get((*NA, "ocop_products", "2024")) == 42
    assert got.get((*NA, "tasks_accepted", "2024")) == 18


# --- 2. a ratio to the plan or the same period headed by the part of the year it compares (refused) ---------

GL = ("52", "34")   # the new Gia Lai


def _nine_months(ratio_header: str):
    return examine(head("Gia Lai", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ KH&CN 9 THÁNG NĂM 2026") + [
        ["TT", "Nội dung", "ĐVT", "KH năm 2026", "TH 9 tháng", ratio_header],
        ["1", "Nhiệm vụ KH&CN triển khai", "NV", 150, 138, 92.0],
        ["2", "Sản phẩm OCOP được công nhận", "SP", 110, 87, 79.1]])


def test_nine_months_against_the_plan_in_percent_is_no_figure_of_the_nine_months():
    """The new Gia Lai's "TH 9 tháng so KH (%)" beside "TH 9 tháng": its 92 % was read as the nine months'
    tasks too — two values for one fact, the honest file refused."""
    got = _read(taken(_nine_months("TH 9 tháng so KH (%)")))
    assert got.get((*GL, "tasks_managed", "2026-01/2026-09")) == 138
    assert got.get((*GL, "ocop_products", "2026-01/2026-09")) == 87


def test_a_quarter_against_the_same_quarter_in_percent_is_no_figure():
    """"Quý I so CK (%)" beside "Quý I/2026" in the new Quảng Ngãi's quarter: a ratio, never the quarter's."""
    r = examine(head("Quảng Ngãi", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ I NĂM 2026") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Quý I/2026", "Quý I so CK (%)"],
        ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 18, 120.0]])
    assert _read(taken(r)).get(("51", "34", "ocop_products", "2026-Q1")) == 18


def test_probe_the_nine_months_and_the_plan_stay_read_beside_the_ratio():
    """Beside "TH so KH (%)" (read as a ratio before) the nine months and the plan are as they were."""
    got = taken(_nine_months("TH so KH (%)"))
    assert got.get((*GL, "tasks_managed", "2026-01/2026-09", "actual")) == 138
    assert got.get((*GL, "tasks_managed", "2026", "plan")) == 150


def test_probe_a_header_of_months_without_so_stays_a_figure():
    """"Số 9 tháng", "Lũy kế 9 tháng" hold figures: no ratio."""
    r = examine(head("Gia Lai", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ KH&CN NĂM 2026") + [
        ["TT", "Nội dung", "ĐVT", "Lũy kế 9 tháng"],
        ["1", "Sản phẩm OCOP được công nhận", "SP", 87]])
    assert _read(taken(r)).get((*GL, "ocop_products", "2026-01/2026-09")) == 87


# --- 3. a label naming the report's own year under a column of a part of it (was lost) ----------------------

def _label_year(label: str, title: str = "KẾT QUẢ THỰC HIỆN NHIỆM VỤ KH&CN 9 THÁNG NĂM 2026"):
    return examine(head("Gia Lai", title) + [
        ["TT", "Nội dung", "ĐVT", "KH năm 2026", "TH 9 tháng", "Ước cả năm"],
        ["1", label, "NV", 46, 34, 46]])


def test_tasks_opened_in_the_reports_year_under_nine_months_are_the_nine_months():
    """"Nhiệm vụ mở mới năm 2026 | TH 9 tháng | 34" in the new Gia Lai's report on nine months of 2026: the
    label's year read as the row's whole period, the 34 was set aside as a figure of a period after the
    report's. The tasks opened in 2026 by September are the nine months' new tasks."""
    got = _read(taken(_label_year("Nhiệm vụ mở mới năm 2026")))
    assert got.get((*GL, "tasks_new", "2026-01/2026-09")) == 34
    assert got.get((*GL, "tasks_new", "2026")) == 46      # "Ước cả năm": the year's estimate, as before


def test_probe_a_label_naming_another_year_gets_no_part_of_the_reports_year():
    """"Nhiệm vụ mở mới năm 2025" in the report on nine months of 2026 names another year: not read as
    January–September of either year."""
    got = _read(_label_year("Nhiệm vụ mở mới năm 2025"))
    assert (*GL, "tasks_new", "2026-01/2026-09") not in got
    assert (*GL, "tasks_new", "2025-01/2025-09") not in got


def test_probe_a_label_without_a_year_keeps_the_columns_period():
    got = _read(taken(_label_year("Nhiệm vụ mở mới")))
    assert got.get((*GL, "tasks_new", "2026-01/2026-09")) == 34


# --- 4. enterprises supported to apply S&T (suggested only) ------------------------------------------------

def test_enterprises_supported_to_apply_science_and_technology_are_the_enterprises_supported():
    """The Mekong council's compilation, provinces as columns: "Doanh nghiệp được hỗ trợ ứng dụng KH&CN" (and
    "… ứng dụng tiến bộ KH&CN") was only suggested — five provinces' enterprises supported lost."""
    for label in ("Doanh nghiệp được hỗ trợ ứng dụng KH&CN", "Doanh nghiệp được hỗ trợ ứng dụng tiến bộ khoa học và công nghệ"):
        r = examine([[MARK], ["TỔNG HỢP MỘT SỐ CHỈ TIÊU KH&CN NĂM 2025 CỦA CÁC ĐỊA PHƯƠNG TRONG VÙNG"], [],
                     ["TT", "Chỉ tiêu", "ĐVT", "Vĩnh Long", "Đồng Tháp", "Toàn vùng"],
                     ["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 118, 104, 222],
                     ["2", label, "Doanh nghiệp", 41, 37, 78]])
        got = _read(taken(r))
        assert got.get(("82", "34", "enterprises_supported", "2025")) == 37, label
        assert got.get(("86", "34", "enterprises_supported", "2025")) == 41, label


def test_probe_funding_tasks_and_applications_for_support_to_apply_st_stay_out():
    """Its near misses: the funding, the tasks supporting them, enterprises that applied, times supported."""
    for label, unit in (("Kinh phí hỗ trợ doanh nghiệp ứng dụng KH&CN", "triệu đồng"),
                        ("Doanh nghiệp đăng ký hỗ trợ ứng dụng KH&CN", "Doanh nghiệp"),
                        ("Số lượt doanh nghiệp được hỗ trợ ứng dụng KH&CN", "lượt"),
                        ("Doanh nghiệp ứng dụng KH&CN", "Doanh nghiệp")):
        r = examine(head("Đồng Tháp", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025") + [
            ["TT", "Chỉ tiêu", "ĐVT", "Năm 2025"], ["1", label, unit, 37],
            ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 104]])
        assert ("82", "34", "enterprises_supported", "2025") not in _read(r), label

"""Wrong numbers found by probe31 (issue #8: precision must stay 1.00) in the periods of realistic
reports: a column of a period after the report's own, a five-year review's "Đến năm 2025", a school
year. One class per test, each with the honest readings of similar columns that must stay taken;
each report is built here, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, OCOP_ROW as OCOP, OCOP_VALID_ROW as VALID, \
    TASKS_ACCEPTED_ROW as ACC, examine, head, taken


def test_a_period_after_the_reports_own_is_no_actual():
    """"BÁO CÁO KẾT QUẢ … NĂM 2024" over "Năm 2023 | Năm 2025": the report cannot state what 2025
    achieved (its target or forecast) — 2025's 50 was stored as an actual; so was the second half
    of 2025 in a report on the first, and a stock "Tính đến 30/6/2025" in a report on 2024."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        H + ["Năm 2023", "Năm 2025"], OCOP + [38, 50], ACC + [20, 30]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "ocop_products", "2023", "actual"): 38,
                   ("40", "63", "tasks_accepted", "2023", "actual"): 20}
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2025") + [
        H + ["6 tháng đầu năm 2025", "6 tháng cuối năm 2025"], OCOP + [20, 30]], name="nghean_6t_2025.xlsx"))
    assert got == {("40", "63", "ocop_products", "2025-S1", "actual"): 20}
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        H + ["Tính đến 31/12/2024", "Tính đến 30/6/2025"], VALID + [150, 170]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "ocop_products_total", "2024-12-31", "actual"): 150}


def test_periods_within_or_before_the_reports_own_stay_taken():
    """Probes where the later-period rule must not fire: a quarter's report with its running total,
    the same quarter a year before and the whole year's estimate (which starts with the report's
    period); a year's report dated in January of the next year; a report on 2025 beside 2024."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ I/2026") + [
        H + ["Quý I/2026", "Cùng kỳ năm 2025", "Ước thực hiện cả năm 2026"], OCOP + [5, 4, 60]],
        name="nghean_q1_2026.xlsx"))
    assert got == {("40", "34", "ocop_products", "2026-Q1", "actual"): 5,
                   ("40", "63", "ocop_products", "2025-Q1", "actual"): 4,
                   ("40", "34", "ocop_products", "2026", "actual"): 60}
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025")[:3] + [
        ["Số: 12/BC-SKHCN", "", "", "Nghệ An, ngày 15 tháng 01 năm 2026"],
        ["BÁO CÁO Kết quả hoạt động khoa học và công nghệ năm 2025"], [],
        H + ["Năm 2024", "Năm 2025"], OCOP + [40, 42]], name="nghean_2025.xlsx"))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 40,
                   ("40", "34", "ocop_products", "2025", "actual"): 42}


def test_what_was_reached_by_a_year_is_not_that_years_flow():
    """A five-year review's "Đến năm 2025" (also "Kết quả đến năm 2025", "Tính đến năm 2025")
    beside "Năm 2021 … Năm 2024": 200 products recognized over the five years (or the target for
    them) were stored as 2025's own products recognized. metrics/header_words.toml `by_year_words`."""
    for column in ("Đến năm 2025", "Kết quả đến năm 2025", "Tính đến năm 2025", "Thực hiện đến năm 2025"):
        got = taken(examine(head("Nghệ An", "BÁO CÁO SƠ KẾT GIAI ĐOẠN 2021-2025") + [
            H + ["Năm 2023", "Năm 2024", column], OCOP + [35, 40, 200], ACC + [22, 23, 100]],
            name="nghean_gd_2021_2025.xlsx"))
        assert got == {("40", "63", "ocop_products", "2023", "actual"): 35,
                       ("40", "63", "ocop_products", "2024", "actual"): 40,
                       ("40", "63", "tasks_accepted", "2023", "actual"): 22,
                       ("40", "63", "tasks_accepted", "2024", "actual"): 23}, column


def test_a_stock_or_a_flow_of_a_named_span_by_a_year_stays_taken():
    """Probes where `by_year_words` must not fire: a stock's "Kết quả đến năm 2025" is its count at
    the year's end; a flow whose label names its span ("… giai đoạn 2021 - 2025") takes the span;
    a target "Mục tiêu đến năm 2025" stays a plan; "Năm 2025" is the year."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO SƠ KẾT GIAI ĐOẠN 2021-2025") + [
        H + ["Mục tiêu đến năm 2025", "Kết quả đến năm 2025"], VALID + [180, 210],
        ["2", "Số nhiệm vụ KH&CN được nghiệm thu giai đoạn 2021 - 2025", "nhiệm vụ", 90, 100]],
        name="nghean_gd_2021_2025.xlsx"))
    assert got[("40", "34", "ocop_products_total", "2025-12-31", "actual")] == 210
    assert got[("40", "34", "ocop_products_total", "2025-12-31", "plan")] == 180
    assert got[("40", "34", "tasks_accepted", "2021/2025", "actual")] == 100
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025") + [
        H + ["Năm 2024", "Năm 2025"], OCOP + [40, 42]], name="nghean_2025.xlsx"))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 40,
                   ("40", "34", "ocop_products", "2025", "actual"): 42}


def test_a_school_year_is_no_period():
    """"Năm học 2024-2025" (September to May) was stored as the two whole years 2024/2025; so would a
    crop season "Vụ Đông Xuân 2024-2025". metrics/header_words.toml `non_calendar_year_words`. Probe:
    "Giai đoạn 2024-2025" and "2024-2025" are the two calendar years, as before."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN") + [
        H + ["Năm 2024", "Năm học 2024-2025"], ACC + [23, 30]], name="nghean.xlsx"))
    assert got == {("40", "63", "tasks_accepted", "2024", "actual"): 23}
    for column in ("Giai đoạn 2024-2025", "2024-2025"):
        got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN") + [
            H + [column], ACC + [45]], name="nghean.xlsx"))
        assert got == {("40", "34", "tasks_accepted", "2024/2025", "actual"): 45}, column


def test_a_sheet_named_for_a_plan_holds_the_plan():
    """A workbook's "KH2026" (kế hoạch) or "DT2025" (dự toán) sheet beside "TH2025", under a title
    naming no period: its figures were stored as 2026's (2025's) actuals. metrics/abbreviations.toml
    `plan_sheet_name_words`."""
    for sheet, year in (("KH2026", "2026"), ("KH 2026", "2026"), ("Kế hoạch 2026", "2026"), ("DT2025", "2025")):
        got = taken(examine(head("Nghệ An", "BÁO CÁO CÁC CHỈ TIÊU KHOA HỌC VÀ CÔNG NGHỆ") + [
            H + ["Số lượng"], OCOP + [50], ACC + [30]], name="nghean.xlsx", title=sheet))
        assert got == {("40", "34", "ocop_products", year, "plan"): 50,
                       ("40", "34", "tasks_accepted", year, "plan"): 30}, sheet


def test_a_sheet_named_for_results_or_the_field_keeps_its_actuals():
    """Probes where `plan_sheet_name_words` must not fire: "TH2025" (thực hiện), "KH&CN 2025" and
    "KHCN 2025" (the field), "2025" are the year's results; in a plan sheet a column of results
    ("Thực hiện năm 2024") keeps its reading."""
    for sheet in ("TH2025", "KH&CN 2025", "KHCN 2025", "2025"):
        got = taken(examine(head("Nghệ An", "BÁO CÁO CÁC CHỈ TIÊU KHOA HỌC VÀ CÔNG NGHỆ") + [
            H + ["Số lượng"], OCOP + [42]], name="nghean.xlsx", title=sheet))
        assert got == {("40", "34", "ocop_products", "2025", "actual"): 42}, sheet
    got = taken(examine(head("Nghệ An", "BÁO CÁO CÁC CHỈ TIÊU KHOA HỌC VÀ CÔNG NGHỆ") + [
        H + ["Thực hiện năm 2024", "Năm 2025"], OCOP + [40, 50]], name="nghean.xlsx", title="KH2025"))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 40,
                   ("40", "34", "ocop_products", "2025", "plan"): 50}


BUDGET = ["3", "Chi ngân sách nhà nước cho KH&CN"]


def test_a_sum_of_money_with_no_unit_stated_is_not_taken():
    """"Chi ngân sách nhà nước cho KH&CN | 85000" with no unit in its row, label, column or above the
    table was read in the indicator's own unit: 85.000 tỷ đồng (the office meant triệu đồng). The
    cell is set aside with the reason; the counts beside it are taken."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["STT", "Chỉ tiêu", "Năm 2024"], ["1", "Sản phẩm OCOP được công nhận", 42], BUDGET + [85000]],
        name="nghean_2024.xlsx"))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 42}


def test_a_sum_of_money_whose_unit_is_stated_anywhere_stays_taken():
    """Probes where the no-unit rule must not fire: the unit above the table ("ĐVT: triệu đồng"), in
    a unit column ("Tỷ đồng"), in the label ("(triệu đồng)"), in the column's header ("Năm 2024 (tỷ
    đồng)") or typed in the cell ("85 tỷ đồng")."""
    T = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
    key = ("40", "63", "st_budget", "2024", "actual")
    for rows in ([["", "", "ĐVT: triệu đồng"], ["STT", "Chỉ tiêu", "Năm 2024"], BUDGET + [85000]],
                 [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], BUDGET + ["Tỷ đồng", 85]],
                 [["STT", "Chỉ tiêu", "Năm 2024"], ["3", "Chi ngân sách nhà nước cho KH&CN (triệu đồng)", 85000]],
                 [["STT", "Chỉ tiêu", "Năm 2024 (tỷ đồng)"], BUDGET + [85]],
                 [["STT", "Chỉ tiêu", "Năm 2024"], BUDGET + ["85 tỷ đồng"]]):
        got = taken(examine(head("Nghệ An", T) + rows, name="nghean_2024.xlsx"))
        assert got == {key: 85}, rows

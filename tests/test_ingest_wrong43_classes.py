"""wrong43 (issue #8, precision first): wrong numbers and refused honest files found and left last session; each class
with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and
beside it the honest neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import (DA_NANG_S1, OCOP_ROW, TASKS_ACCEPTED_ROW, da_nang_half, examine, facts, head,
                                    reasons, table, taken)

NGHE_AN = "40"


def _na(code: str, period: str, value, measure: str = "actual", frame: str = "63") -> dict:
    return {(NGHE_AN, frame, code, period, measure): value}


# --- 6. a count of months no year has -------------------------------------------------------------------------------

@pytest.mark.parametrize("column", ["13 tháng năm 2024", "13 tháng đầu năm 2024", "13T/2024", "14 tháng 2024",
                                    "0 tháng năm 2024"])
def test_a_count_of_months_no_year_has_names_no_period(column):
    """WRONG: "13 tháng năm 2024" (a count of thirteen months) stored the 11 OCOP products as the whole year 2024:
    the count unread, the year left. No year has thirteen months: the column names no period."""
    got = facts(table(OCOP_ROW + [11], columns=(column,), name="report.xlsx"))
    assert got == {}, (column, got)


@pytest.mark.parametrize("column, period", [("12 tháng năm 2024", "2024"), ("9 tháng năm 2024", "2024-01/2024-09"),
                                            ("6 tháng đầu năm 2024", "2024-S1"), ("6T/2024", "2024-S1"),
                                            ("Năm 2024", "2024"), ("Tháng 12/2024", "2024-12")])
def test_probe_a_count_of_months_of_one_year_reads_as_before(column, period):
    assert facts(table(OCOP_ROW + [11], columns=(column,), name="report.xlsx")) == _na("ocop_products", period, 11)


# --- 1. a bare year before a budget estimate's plan -----------------------------------------------------------------

def _budget(title: str, columns: tuple, budget: list, tasks: list):
    return table(["1", "Chi ngân sách nhà nước cho KH&CN", "triệu đồng", *budget], TASKS_ACCEPTED_ROW + tasks,
                 title=title, columns=columns, name="report.xlsx")


def _money(result) -> dict:
    return {(i, per, m): v for (_, _, i, per, m), v in taken(result).items() if i == "st_budget"}


@pytest.mark.parametrize("title", ["DỰ TOÁN KINH PHÍ KH&CN NĂM 2026", "DỰ TOÁN KINH PHÍ KH&CN GIAI ĐOẠN 2026-2030",
                                   "KẾ HOẠCH KH&CN NĂM 2026"])
def test_a_bare_year_before_a_budget_estimate_is_no_money_spent(title):
    """WRONG: 'Chi ngân sách nhà nước cho KH&CN | triệu đồng | Năm 2025: 60000 | Năm 2026: 70000' under 'DỰ TOÁN KINH
    PHÍ KH&CN NĂM 2026' stored 60 tỷ as spent in 2025: in an estimate a year before its plan is that year's estimate
    or its spending, no header says which (review39's rule of 'KẾ HOẠCH PHÂN BỔ …', for any plan's title). The row is
    set aside (the plan's 70 with it, precision first); the tasks beside read as before."""
    got = _budget(title, ("Năm 2025", "Năm 2026"), [60000, 70000], [12, 13])
    assert _money(got) == {}, (title, _money(got))
    assert {(i, per, m): v for (_, _, i, per, m), v in taken(got).items()} == {
        ("tasks_accepted", "2025", "actual"): 12, ("tasks_accepted", "2026", "plan"): 13}, title


@pytest.mark.parametrize("title, columns, want", [
    ("THỰC HIỆN DỰ TOÁN KINH PHÍ KH&CN NĂM 2025", ("Năm 2025",), {("st_budget", "2025", "actual"): 60}),
    ("BÁO CÁO TÌNH HÌNH THỰC HIỆN DỰ TOÁN KINH PHÍ KH&CN NĂM 2025", ("Năm 2025",), {("st_budget", "2025", "actual"): 60}),
    ("DỰ TOÁN KINH PHÍ KH&CN NĂM 2026", ("Năm 2026",), {("st_budget", "2026", "plan"): 60}),
    ("DỰ TOÁN KINH PHÍ KH&CN NĂM 2026", ("Thực hiện năm 2025", "Năm 2026"),
     {("st_budget", "2025", "actual"): 60, ("st_budget", "2026", "plan"): 70}),
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025", ("Năm 2024", "Năm 2025"),
     {("st_budget", "2024", "actual"): 60, ("st_budget", "2025", "actual"): 70})])
def test_probe_spending_and_the_estimates_own_years_read_as_before(title, columns, want):
    got = _budget(title, columns, [60000, 70000][:len(columns)], [12, 13][:len(columns)])
    assert _money(got) == want, (title, _money(got))


# --- 3. a title naming tasks stopped ---------------------------------------------------------------------------------

def _types_total(title: str):
    """'Cấp nhiệm vụ | Đề tài | Dự án | Tổng số' under `title` (review39's crosstab of levels and types)."""
    return examine(head("Nghệ An", title) + [["TT", "Cấp nhiệm vụ", "Đề tài", "Dự án", "Tổng số"],
                                             ["", "Tổng cộng", 40, 25, 65], ["1", "Cấp tỉnh", 22, 13, 35],
                                             ["2", "Cấp cơ sở", 18, 12, 30]], name="report.xlsx")


@pytest.mark.parametrize("title", ["TÌNH HÌNH DỪNG THỰC HIỆN NĂM 2024", "TÌNH HÌNH CHẤM DỨT HỢP ĐỒNG NĂM 2024",
                                   "TÌNH HÌNH ĐÌNH CHỈ NĂM 2024", "KẾT QUẢ DỪNG TRIỂN KHAI NĂM 2024"])
def test_a_title_naming_tasks_stopped_is_no_task_managed(title):
    """WRONG: 'TÌNH HÌNH DỪNG THỰC HIỆN NĂM 2024' over 'Cấp nhiệm vụ | Đề tài | Dự án | Tổng số' stored 65 tasks managed
    (35 provincial, 30 grassroots): the tasks stopped are a part, never the tasks managed."""
    got = facts(_types_total(title))
    assert not any(k[2].startswith("tasks_") for k in got), (title, got)


@pytest.mark.parametrize("title", ["TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2024", "TÌNH HÌNH TRIỂN KHAI NĂM 2024",
                                   "TÌNH HÌNH THỰC HIỆN NĂM 2024", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"])
def test_probe_a_title_of_the_tasks_carried_out_keeps_the_tasks_managed(title):
    got = facts(_types_total(title))
    assert got == {(NGHE_AN, "63", "tasks_managed", "2024", "actual"): 65,
                   (NGHE_AN, "63", "tasks_managed_provincial", "2024", "actual"): 35,
                   (NGHE_AN, "63", "tasks_managed_grassroots", "2024", "actual"): 30}, (title, got)


# --- 4. a title closing on the next year's proposals ------------------------------------------------------------------

@pytest.mark.parametrize("title", ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024 VÀ ĐỀ XUẤT NHIỆM VỤ NĂM 2025",
                                   "KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024 VÀ ĐỀ XUẤT NHIỆM VỤ NĂM 2025",
                                   "KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024 VÀ ĐỀ XUẤT ĐẶT HÀNG NHIỆM VỤ NĂM 2025",
                                   "KET QUA HOAT DONG KH&CN NAM 2024 VA DE XUAT NHIEM VU NAM 2025"])
def test_a_title_closing_on_the_next_years_proposals_reports_the_year_before(title):
    """REFUSED: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024 VÀ ĐỀ XUẤT NHIỆM VỤ NĂM 2025' over 'Số lượng' was refused "no
    reporting period" (two years named), while '… VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025' reads 2024: the proposals'
    year is the work to come, as a plan's."""
    got = taken(table(OCOP_ROW + [11], TASKS_ACCEPTED_ROW + [12], title=title, columns=("Số lượng",),
                      name="report.xlsx"))
    assert got == {**_na("ocop_products", "2024", 11), **_na("tasks_accepted", "2024", 12)}, (title, got)


def test_probe_the_proposals_years_column_is_never_its_actual():
    got = taken(table(OCOP_ROW + [11, 15], title="KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024 VÀ ĐỀ XUẤT NHIỆM VỤ NĂM 2025",
                      columns=("Năm 2024", "Năm 2025"), name="report.xlsx"))
    assert got == _na("ocop_products", "2024", 11), got


@pytest.mark.parametrize("title", ["BÁO CÁO SỐ LIỆU NĂM 2023 VÀ NĂM 2024", "SO SÁNH NĂM 2023 VÀ 2024"])
def test_probe_a_title_of_two_years_of_results_names_no_period(title):
    result = table(OCOP_ROW + [11], title=title, columns=("Số lượng",), name="report.xlsx")
    assert facts(result) == {} and not result.accepted, (title, facts(result))


# --- 2. what there is now, in a plan -----------------------------------------------------------------------------------

_OCOP_NOW = ["1", "Sản phẩm OCOP hiện có", "sản phẩm"]


@pytest.mark.parametrize("title", ["KẾ HOẠCH PHÁT TRIỂN SẢN PHẨM OCOP NĂM 2025",
                                   "KẾ HOẠCH PHÁT TRIỂN SẢN PHẨM OCOP GIAI ĐOẠN 2021-2025"])
@pytest.mark.parametrize("column", ["Số lượng", "Năm 2025"])
def test_what_a_plan_says_there_is_now_is_no_plans_stock(title, column):
    """WRONG: "Sản phẩm OCOP hiện có | 45" under "KẾ HOẠCH PHÁT TRIỂN SẢN PHẨM OCOP NĂM 2025" was stored as the plan's
    stock at 31/12/2025 (and under "… GIAI ĐOẠN 2021-2025" as the plan's too): "hiện có" in a plan is the stock when
    it was written, on a day no header states — set aside, saying why."""
    result = table(_OCOP_NOW + [45], OCOP_ROW + [20], title=title, columns=(column,), name="report.xlsx")
    got = facts(result)
    assert not any(k[2] == "ocop_products_total" for k in got), (title, column, got)
    assert "hiện có lúc lập kế hoạch" in reasons(result), reasons(result)


def test_probe_the_plans_own_rows_and_the_stock_of_a_results_report_read_as_before():
    plan = taken(table(OCOP_ROW + [20], ["2", "Sản phẩm OCOP còn hiệu lực công nhận", "sản phẩm", 60],
                       title="KẾ HOẠCH PHÁT TRIỂN SẢN PHẨM OCOP NĂM 2025", columns=("Năm 2025",), name="report.xlsx"))
    assert plan == {**_na("ocop_products", "2025", 20, "plan", "34"),
                    **_na("ocop_products_total", "2025-12-31", 60, "plan", "34")}, plan
    now = taken(table(_OCOP_NOW + [45], name="report.xlsx"))
    assert now == _na("ocop_products_total", "2024-12-31", 45), now
    both = taken(table(_OCOP_NOW + [45, 60], title="BÁO CÁO KẾT QUẢ NĂM 2024 VÀ KẾ HOẠCH NĂM 2025",
                       columns=("Thực hiện năm 2024", "Kế hoạch năm 2025"), name="report.xlsx"))
    assert both == {**_na("ocop_products_total", "2024-12-31", 45),
                    **_na("ocop_products_total", "2025-12-31", 60, "plan", "34")}, both


# --- 5. a former province's bare name under the new province's masthead -------------------------------------------

def _vinh_long(title: str) -> dict:
    from tests.fixtures.reports import LABEL_UNIT_HEADER
    return facts(examine(head("Vĩnh Long", title) + [LABEL_UNIT_HEADER + ["Số lượng"], OCOP_ROW + [11]],
                         name="report.xlsx"))


@pytest.mark.parametrize("title, code", [("SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẾN TRE NĂM 2023", "83"),
                                         ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN TỈNH TRÀ VINH NĂM 2023", "84"),
                                         ("Số liệu KH&CN tỉnh Bến Tre năm 2023", "83")])
def test_a_former_provinces_bare_name_under_its_new_provinces_masthead_gives_its_figures(title, code):
    """WRONG: "SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẾN TRE NĂM 2023" (no "của", no "(cũ)") under "UBND TỈNH VĨNH LONG"
    stored Bến Tre's 11 OCOP products of 2023 as the former Vĩnh Long's: the title names a former province the
    issuer's new province absorbed — the figures are that province's, as "… CỦA TỈNH BẾN TRE (CŨ)" are (blind67)."""
    assert _vinh_long(title) == {(code, "63", "ocop_products", "2023", "actual"): 11}, title


@pytest.mark.parametrize("title", ["SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ TỈNH VĨNH LONG NĂM 2023",
                                   "SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ NĂM 2023",
                                   "KẾT QUẢ HỢP TÁC KH&CN VỚI TỈNH BẾN TRE NĂM 2023"])
def test_probe_the_issuers_own_title_and_a_partners_name_keep_the_issuers_figures(title):
    assert _vinh_long(title) == {("86", "63", "ocop_products", "2023", "actual"): 11}, title


# --- 7. a note under the table stating the table's fact with another value --------------------------------------------

_da_nang, _DA_NANG_S1 = da_nang_half, DA_NANG_S1   # (declared once: tests/fixtures/reports.py)


@pytest.mark.parametrize("note", ["Ghi chú: 6 tháng đầu năm 2026, thành phố đã nghiệm thu 31 nhiệm vụ KH&CN.",
                                  "Ghi chú: thành phố đã nghiệm thu 31 nhiệm vụ KH&CN.",
                                  "- Ghi chú: 6 tháng đầu năm 2026 nghiệm thu 31 nhiệm vụ KH&CN"])
def test_a_note_stating_the_tables_fact_with_another_value_refuses_the_file(note):
    """WRONG: batch 68's new Đà Nẵng: 'Nhiệm vụ KH&CN được nghiệm thu | 34' in the first half of 2026, and under the
    table 'Ghi chú: 6 tháng đầu năm 2026, thành phố đã nghiệm thu 31 nhiệm vụ KH&CN.' — the file was accepted with 34.
    One indicator, province and period with two values: the file is refused naming both cells."""
    result = _da_nang(note)
    assert not result.accepted and facts(result) == {}, facts(result)
    said = " ".join(p.message_vi for p in result.problems)
    assert "hai giá trị khác nhau" in said and "34" in said and "31" in said, said


@pytest.mark.parametrize("note", ["Ghi chú: 6 tháng đầu năm 2026, thành phố đã nghiệm thu 34 nhiệm vụ KH&CN.",
                                  "Ghi chú: năm 2025 thành phố đã nghiệm thu 61 nhiệm vụ KH&CN.",
                                  "Ghi chú: trong đó 12 nhiệm vụ cấp thành phố.",
                                  "Ghi chú: 6 tháng đầu năm 2026 có 20 doanh nghiệp được hỗ trợ.",
                                  "Ghi chú: số liệu tính đến ngày 15/6/2026.",
                                  "Ví dụ: 6 tháng đầu năm 2026, thành phố đã nghiệm thu 31 nhiệm vụ KH&CN."])
def test_probe_a_note_agreeing_or_of_another_fact_leaves_the_table_read(note):
    result = _da_nang(note)
    assert taken(result) == _DA_NANG_S1, (note, facts(result))

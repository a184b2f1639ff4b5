"""Wrong numbers found by probe30 (issue #8: precision must stay 1.00): realistic reports built to
tempt the ingest into storing a figure a careful statistician would not store for that indicator,
province and period. One class per test, each with the honest readings of similar rows that must
stay taken; each report is built here, marked as test data, and read by `etl.ingest.examine` as an
upload is."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

OCOP = ["1", "Sản phẩm OCOP được công nhận", "sản phẩm"]


def test_the_plan_year_a_title_names_is_a_plan_not_an_actual():
    """"BÁO CÁO KẾT QUẢ NĂM 2024 VÀ KẾ HOẠCH NĂM 2025" over "Năm 2024 | Năm 2025": the 2025 column
    is the plan the report sets (written in late 2024), and "KẾ HOẠCH KHOA HỌC VÀ CÔNG NGHỆ NĂM
    2025" over "Số lượng" is that plan. Both were stored as 2025's actual figures."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ NĂM 2024 VÀ KẾ HOẠCH NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025"], OCOP + [42, 50]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 42,
                   ("40", "34", "ocop_products", "2025", "plan"): 50}
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ NĂM 2024, PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Năm 2025"], OCOP + [42, 50]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 42,
                   ("40", "34", "ocop_products", "2025", "plan"): 50}
    got = taken(examine(head("Nghệ An", "KẾ HOẠCH KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"], OCOP + [50]], name="nghean_kh_2025.xlsx"))
    assert got == {("40", "34", "ocop_products", "2025", "plan"): 50}


def test_a_title_on_carrying_out_the_plan_reports_results():
    """Probes where the title's plan must not fire: "KẾT QUẢ THỰC HIỆN KẾ HOẠCH … NĂM 2024" reports
    the year's results; a plan title's column of results ("Thực hiện năm 2024") or of another year
    ("Năm 2023" beside "Năm 2024" under "… VÀ KẾ HOẠCH NĂM 2025") keeps its reading."""
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH KH&CN NĂM 2024") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], OCOP + [42]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 42}
    got = taken(examine(head("Nghệ An", "KẾ HOẠCH KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2024", "Kế hoạch năm 2025"], OCOP + [42, 50]],
        name="nghean_kh_2025.xlsx"))
    assert got == {("40", "63", "ocop_products", "2024", "actual"): 42,
                   ("40", "34", "ocop_products", "2025", "plan"): 50}
    got = taken(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ NĂM 2024 VÀ KẾ HOẠCH NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024"], OCOP + [30, 42]], name="nghean_2024.xlsx"))
    assert got == {("40", "63", "ocop_products", "2023", "actual"): 30,
                   ("40", "63", "ocop_products", "2024", "actual"): 42}

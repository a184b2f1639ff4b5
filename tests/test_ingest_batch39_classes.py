"""What the thirty-ninth blind batch of the workbook corpus revealed (the North Central Coast and Huế on
the Ministry's statistical reporting forms), one class per test: each report is built here, marked as
test data, and read by `etl.ingest.examine` as an upload is. A statistician's reading is the
expectation; beside each rule, probes where it must not fire, asserted as not stored."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

_FORM = ["Tên chỉ tiêu", "Mã số", "Đơn vị tính"]
_CODES = ["A", "B", "C", "1", "2", "3=2/1"]
_OCOP = ["Sản phẩm OCOP được công nhận", "01", "sản phẩm"]
_TASKS = ["Nhiệm vụ KH&CN được quản lý", "02", "nhiệm vụ"]


def _foot(place_date: str) -> list[list]:
    """The form's foot as offices type it: the place and date of signing in the report period's
    column, over "Thủ trưởng đơn vị"."""
    return [[], [None, None, None, None, place_date], [None, "Người lập biểu", None, None, "Thủ trưởng đơn vị"],
            [None, "(Ký, ghi rõ họ tên)", None, None, "(Ký, họ tên, đóng dấu)"]]


def test_ky_bao_cao_over_figures_with_the_signing_date_below_is_the_reports_period():
    """Thanh Hóa's 2022 form "Kỳ trước | Kỳ báo cáo | Kỳ báo cáo so với kỳ trước (%)" with "Thanh Hóa,
    ngày 12 tháng 01 năm 2023" typed under the table in the "Kỳ báo cáo" column: the date made the
    column one of periods and every figure in it "không đọc được kỳ" — four honest files refused."""
    got = taken(examine([*head("Thanh Hóa", "BÁO CÁO THỐNG KÊ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2022"),
                         [*_FORM, "Kỳ trước", "Kỳ báo cáo", "Kỳ báo cáo so với kỳ trước (%)"], _CODES,
                         [*_TASKS, 139, 149, 107.2], [*_OCOP, 52, 61, 117.3],
                         *_foot("Thanh Hóa, ngày 12 tháng 01 năm 2023")]))
    assert got == {("38", "63", "tasks_managed", "2021", "actual"): 139,
                   ("38", "63", "tasks_managed", "2022", "actual"): 149,
                   ("38", "63", "ocop_products", "2021", "actual"): 52,
                   ("38", "63", "ocop_products", "2022", "actual"): 61}


def test_probe_the_signing_date_gives_no_period_to_a_half_years_form():
    """Probe (another period): a report on "6 tháng đầu năm 2025" signed "ngày 18 tháng 6 năm 2025" under
    its "Kỳ báo cáo" column — its figures are the half's, never the signing year's whole 2025 (nor the
    ratio column's)."""
    got = taken(examine([*head("Hà Tĩnh", "BÁO CÁO THỐNG KÊ KHOA HỌC VÀ CÔNG NGHỆ 6 THÁNG ĐẦU NĂM 2025"),
                         [*_FORM, "Cùng kỳ năm trước", "Kỳ báo cáo", "Kỳ báo cáo so với cùng kỳ (%)"], _CODES,
                         [*_OCOP, 24, 29, 120.8], *_foot("Hà Tĩnh, ngày 18 tháng 6 năm 2025")]))
    assert got == {("42", "63", "ocop_products", "2024-S1", "actual"): 24,
                   ("42", "63", "ocop_products", "2025-S1", "actual"): 29}
    assert ("42", "63", "ocop_products", "2025", "actual") not in got


def test_probe_a_column_of_periods_stays_one_beside_a_signing_date():
    """Probe (another period): a tidy sheet whose "Kỳ báo cáo" column holds each row's period, the
    signing date below it — the rows keep their own years; nothing is stored at the title's or the
    signing's year."""
    got = taken(examine([*head("Thanh Hóa", "SỐ LIỆU CHƯƠNG TRÌNH OCOP"),
                         ["Tỉnh", "Kỳ báo cáo", "Chỉ tiêu", "ĐVT", "Giá trị"],
                         ["Thanh Hóa", "Năm 2023", "Sản phẩm OCOP được công nhận", "sản phẩm", 52],
                         ["Thanh Hóa", "Năm 2024", "Sản phẩm OCOP được công nhận", "sản phẩm", 61], [],
                         [None, "Thanh Hóa, ngày 10 tháng 01 năm 2025"]]))
    assert got == {("38", "63", "ocop_products", "2023", "actual"): 52,
                   ("38", "63", "ocop_products", "2024", "actual"): 61}


def test_thuc_hien_ky_truoc_is_the_period_before_the_reports():
    """Quảng Bình's 2021 form in .xls "Thực hiện kỳ trước | Thực hiện kỳ này": both columns were read as
    2021 and the honest file refused with 8 duplicates; alone, "Thực hiện kỳ trước" stored 2020's
    figures as 2021's."""
    rows = [*head("Quảng Bình", "BÁO CÁO THỐNG KÊ KHOA HỌC VÀ CÔNG NGHỆ"), ["Kỳ báo cáo: năm 2021"]]
    got = taken(examine([*rows, [*_FORM, "Thực hiện kỳ trước", "Thực hiện kỳ này", "Ghi chú"],
                         [*_TASKS, 47, 52, None], [*_OCOP, 18, 22, None]]))
    assert got == {("44", "63", "tasks_managed", "2020", "actual"): 47,
                   ("44", "63", "tasks_managed", "2021", "actual"): 52,
                   ("44", "63", "ocop_products", "2020", "actual"): 18,
                   ("44", "63", "ocop_products", "2021", "actual"): 22}
    # alone beside the plan: the year before's figure is never the report's own
    got = taken(examine([*rows, [*_FORM, "Thực hiện kỳ trước", "Kế hoạch kỳ này"], [*_TASKS, 47, 55]]))
    assert got == {("44", "63", "tasks_managed", "2020", "actual"): 47,
                   ("44", "63", "tasks_managed", "2021", "plan"): 55}


def test_probe_cung_ky_and_a_plan_of_the_period_before_are_not_the_period_before():
    """Probes (another period; a plan): "Thực hiện cùng kỳ năm trước" in a half's report is that half a
    year earlier (2024-S1), never the half just before (2024-S2); "Kế hoạch kỳ trước" is a plan, never
    an actual of either period."""
    got = taken(examine([*head("Hà Tĩnh", "BÁO CÁO THỐNG KÊ KHOA HỌC VÀ CÔNG NGHỆ 6 THÁNG ĐẦU NĂM 2025"),
                         [*_FORM, "Thực hiện cùng kỳ năm trước", "Thực hiện kỳ này"], [*_OCOP, 23, 31]]))
    assert got == {("42", "63", "ocop_products", "2024-S1", "actual"): 23,
                   ("42", "63", "ocop_products", "2025-S1", "actual"): 31}
    got = taken(examine([*head("Quảng Bình", "BÁO CÁO THỐNG KÊ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2021"),
                         [*_FORM, "Kế hoạch kỳ trước", "Thực hiện kỳ này"], [*_OCOP, 20, 22]]))
    assert got == {("44", "63", "ocop_products", "2020", "plan"): 20,
                   ("44", "63", "ocop_products", "2021", "actual"): 22}


def test_probe_the_period_before_the_merger_is_no_fact_of_the_new_province():
    """Probe (a former province's share read as the whole; another province): the new Quảng Trị's third
    quarter of 2025 "Thực hiện kỳ trước | Thực hiện kỳ này" — its "kỳ trước" (Q2/2025) is the two former
    provinces summed, stored neither as the new province's nor as Quảng Bình's (code 44 in the frame of 63)."""
    got = taken(examine([*head("Quảng Trị", "BÁO CÁO THỐNG KÊ KHOA HỌC VÀ CÔNG NGHỆ QUÝ III NĂM 2025"),
                         [*_FORM, "Thực hiện kỳ trước", "Thực hiện kỳ này"], [*_OCOP, 23, 31]]))
    assert got == {("44", "34", "ocop_products", "2025-Q3", "actual"): 31}

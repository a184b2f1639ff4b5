"""What the fourth blind batch of the workbook corpus revealed, one class per test (README "Whole
reports, scored as the held-out set is"): each report is built here, marked as test data, and read
by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation."""
from __future__ import annotations

from etl.row_labels import indicator_for_label
from tests.fixtures.reports import MARK, examine, head as _head, taken


def test_a_column_naming_a_former_province_holds_that_provinces_figures():
    """The new Lâm Đồng's 2025 with a column of the former Bình Thuận's first half: those figures are
    Bình Thuận's (63-province frame), never Lâm Đồng's."""
    result = examine(_head("Lâm Đồng", "Kết quả thực hiện các chỉ tiêu KH&CN năm 2025") + [
        ["STT", "Nội dung", "ĐVT", "Thực hiện năm 2025 (toàn tỉnh sau sắp xếp)",
         "Số liệu 6 tháng đầu năm 2025 của tỉnh Bình Thuận (cũ)"],
        [1, "Nhiệm vụ được đánh giá, nghiệm thu", "nhiệm vụ", 38, 7],
        [2, "Sản phẩm OCOP được công nhận (3 sao trở lên)", "sản phẩm", 231, 20],
    ], name="lamdong_2025.xlsx")
    got = taken(result)
    assert got[("68", "34", "tasks_accepted", "2025", "actual")] == 38
    assert got[("60", "63", "tasks_accepted", "2025-S1", "actual")] == 7
    assert got[("60", "63", "ocop_products", "2025-S1", "actual")] == 20
    assert not [k for k in got if k[0] == "68" and k[3] != "2025"]


def test_new_and_carried_over_above_the_tasks_managed_refuse():
    """"- Nhiệm vụ mở mới" then "- Nhiệm vụ chuyển tiếp": siblings under the total, both read, so
    12 + 21 above 30 refuses the file (the second was lost under the first as its heading)."""
    result = examine(_head("Sơn La", "Kết quả hoạt động KH&CN năm 2024") + [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2024"],
        [1, "Tổng số nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 30],
        [None, "- Nhiệm vụ mở mới", "nhiệm vụ", 12],
        [None, "- Nhiệm vụ chuyển tiếp", "nhiệm vụ", 21],
    ], name="sonla_2024.xlsx")
    assert not result.accepted and {p.rule for p in result.problems} == {"part_whole"}


def test_ocop_star_levels_above_the_products_refuse():
    result = examine(_head("Bình Thuận", "Kết quả đánh giá, phân hạng sản phẩm OCOP năm 2023") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2023"],
        [1, "Số sản phẩm được công nhận OCOP", "SP", 48],
        [None, "- Đạt 3 sao", "SP", 40],
        [None, "- Đạt 4 sao", "SP", 12],
    ], name="binhthuan_2023.xlsx")
    assert not result.accepted and {p.rule for p in result.problems} == {"part_whole"}


def test_a_total_to_date_in_the_labels_parentheses_is_never_the_periods_figure():
    assert indicator_for_label("Sản phẩm OCOP tiềm năng 5 sao (lũy kế đến cuối kỳ)", None)[0] == \
        "ocop_products_5star_potential_total"
    assert indicator_for_label("Sản phẩm OCOP tiềm năng 5 sao (lũy kế đến cuối kỳ)", "ocop_products")[0] != \
        "ocop_products_5star_potential"
    # support to register IP protection is not enterprise support, whoever applies
    assert indicator_for_label("Số hộ sản xuất, DN được hỗ trợ đăng ký bảo hộ quyền sở hữu công nghiệp", None)[0] \
        != "enterprises_supported"


def test_the_statistical_forms_previous_and_reporting_period():
    """"Kỳ trước | Kỳ báo cáo | Tăng (+), giảm (-)" with column letters, the year in the title:
    the reporting period and the one before it; the change is not stored."""
    result = examine([["Biểu số: 02/KHCN-ĐP"], [MARK], ["KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ"],
                                   ["Năm 2024"], ["Đơn vị báo cáo: Sở KH&CN tỉnh Ninh Thuận"], [],
                                   ["Mã số", "Chỉ tiêu", "Đơn vị tính", "Kỳ trước", "Kỳ báo cáo", "Tăng (+), giảm (-)"],
                                   ["A", "B", "C", "1", "2", "3 = 2 - 1"],
                                   ["01", "Số nhiệm vụ đã nghiệm thu", "Nhiệm vụ", 10, 12, "+2"],
                                   [None, "Người lập biểu", None, None, "Thủ trưởng đơn vị"]], name="nt_2024.xlsx")
    got = taken(result)
    assert got[("58", "63", "tasks_accepted", "2024", "actual")] == 12
    assert got[("58", "63", "tasks_accepted", "2023", "actual")] == 10
    assert len(got) == 2


def test_a_monthly_reports_year_to_date_and_same_period_last_year():
    result = examine(_head("Ninh Thuận", "Kết quả thực hiện nhiệm vụ tháng 4 năm 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện tháng 4", "Lũy kế từ đầu năm", "Cùng kỳ năm trước"],
        [1, "Số nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 2, 5, 4],
    ], name="nt_t4_2025.xlsx")
    got = taken(result)
    assert got == {("58", "63", "tasks_accepted", "2025-04", "actual"): 2,
                   ("58", "63", "tasks_accepted", "2025-01/2025-04", "actual"): 5,
                   ("58", "63", "tasks_accepted", "2024-01/2024-04", "actual"): 4}


def test_quarters_and_the_whole_year_across_the_merger():
    result = examine(_head("Sơn La", "Số liệu hoạt động khoa học và công nghệ theo quý, năm 2025") + [
        ["STT", "Chỉ tiêu", "Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"],
        [1, "Nhiệm vụ KH&CN được đánh giá, nghiệm thu (nhiệm vụ)", 2, 3, 4, 6, 15],
    ], name="sonla_2025.xlsx")
    got = taken(result)
    assert got[("14", "63", "tasks_accepted", "2025-Q1", "actual")] == 2
    assert got[("14", "34", "tasks_accepted", "2025-Q4", "actual")] == 6
    assert got[("14", "34", "tasks_accepted", "2025", "actual")] == 15


def test_pii_pillars_as_rows_under_score_and_rank_of_each_edition():
    rows = [["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LÂM ĐỒNG"], [MARK],
            ["KẾT QUẢ CHỈ SỐ ĐỔI MỚI SÁNG TẠO CẤP ĐỊA PHƯƠNG (PII) CỦA TỈNH LÂM ĐỒNG"], [],
            ["TT", "Chỉ số / Trụ cột", "PII 2023", None, "PII 2024", None],
            [None, None, "Điểm", "Hạng", "Điểm", "Hạng"],
            [None, "Chỉ số PII", 44.25, 15, 41.08, 21],
            ["1", "Thể chế", 70.12, 6, 58.40, 31],
            [None, "Cải cách hành chính", 88.1, None, 86.0, None],
            [None, "Nhân lực NC&PT (toàn thời gian)/10.000 dân", 9.8, None, 10.4, None]]
    result = examine(rows, ("C5:D5", "E5:F5"), name="lamdong_pii.xlsx")
    got = taken(result)
    assert got == {("68", "63", "pii_score", "2023", "actual"): 44.25, ("68", "63", "pii_rank", "2023", "actual"): 15,
                   ("68", "63", "pii_score", "2024", "actual"): 41.08, ("68", "63", "pii_rank", "2024", "actual"): 21,
                   ("68", "63", "pii_institutions_score", "2023", "actual"): 70.12,
                   ("68", "63", "pii_institutions_rank", "2023", "actual"): 6,
                   ("68", "63", "pii_institutions_score", "2024", "actual"): 58.4,
                   ("68", "63", "pii_institutions_rank", "2024", "actual"): 31}

"""What the twenty-third blind batch of the workbook corpus revealed (Ninh Thuận, Sơn La, Kon Tum,
Bình Thuận and their successors since 1 July 2025, 2020–2026: the national statistics forms, the
merged provinces' first reports with the former provinces' columns), one class per test (README
"Whole reports, scored as the held-out set is"): each report is built here, marked as test data, and
read by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, head, taken


def form(unit: str, form_no: str, period_line: str) -> list[list]:
    """The Ministry's statistical form's first rows: form number, reporting unit, title, period."""
    return [[form_no, None, None, f"Đơn vị báo cáo: {unit}"], [MARK],
            ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ"], [period_line], []]


FORM_HEADER = [["Mã số", "Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Lũy kế", "Ghi chú"],
               ["A", "B", "C", "1", "2", "3"]]


def test_a_quarterly_forms_cumulative_column_is_the_year_to_date():
    """"Mã số | Chỉ tiêu | Đơn vị tính | Kỳ báo cáo | Lũy kế" in a report on Quý II/2026: the form's
    "Lũy kế" is from the year's start to the quarter's end (2026-S1). It was read as a total to
    date: every flow's figure lost, and "Sản phẩm OCOP được công nhận | 18 | 18" stored as 18 valid
    products — beside the 512 the form states, the honest file refused as two values of one fact."""
    got = taken(examine(form("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", "Biểu số 01/TK-KHCN",
                             "Kỳ báo cáo: Quý II năm 2026") + FORM_HEADER + [
        ["01", "Số nhiệm vụ KH&CN đang triển khai", "Nhiệm vụ", 74, 81],
        ["02", "Số nhiệm vụ được nghiệm thu", "Nhiệm vụ", 8, 13],
        ["03", "Sản phẩm OCOP được công nhận", "Sản phẩm", 18, 18],
        ["04", "Tổng số sản phẩm OCOP còn hiệu lực", "Sản phẩm", 512, "x"],
        ["05", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", 91.2, 90.4],
    ], name="quangngai_quy_II_2026.xlsx"))
    q, h = "2026-Q2", "2026-S1"
    assert got == {
        ("51", "34", "tasks_managed", q, "actual"): 74, ("51", "34", "tasks_managed", h, "actual"): 81,
        ("51", "34", "tasks_accepted", q, "actual"): 8, ("51", "34", "tasks_accepted", h, "actual"): 13,
        ("51", "34", "ocop_products", q, "actual"): 18, ("51", "34", "ocop_products", h, "actual"): 18,
        ("51", "34", "ocop_products_total", "2026-06-30", "actual"): 512,
        ("51", "34", "online_dossier_rate", q, "actual"): 91.2,
        ("51", "34", "online_dossier_rate", h, "actual"): 90.4,
    }


def test_a_yearly_forms_cumulative_column_is_still_the_total_to_date():
    """The same form for a year ("Kỳ báo cáo: Năm 2022"): the year to date is the year itself, so its
    "Lũy kế" beside a count granted in the year is the total to date — a stock, as before; the
    count granted in the year is no declared indicator."""
    got = taken(examine(form("Sở Khoa học và Công nghệ tỉnh Kon Tum", "Biểu 02/TKCS", "Năm 2022") + FORM_HEADER + [
        ["05", "Số nhiệm vụ KH&CN được triển khai", "Nhiệm vụ", 41, "x"],
        ["11", "Số nhãn hiệu tập thể được cấp văn bằng bảo hộ", "Nhãn hiệu", 2, 17],
    ], name="kontum_2022.xlsx"))
    assert got == {("62", "63", "tasks_managed", "2022", "actual"): 41,
                   ("62", "63", "ip_collective_marks", "2022-12-31", "actual"): 17}


def test_a_first_quarters_cumulative_column_is_no_flows_stock():
    """In a report on Quý I (or the year's first half) the year to date is the report's own period:
    the form's "Lũy kế" repeats it or means a total to date. Not taken as the year to date there
    (were its figures to differ from the quarter's, the file would be refused as two values of one
    fact); a declared stock's total to date is read as before, but a flow's figure in it is never
    that flow's stock — "Sản phẩm OCOP được công nhận | 5 | 5" was stored as 5 valid products."""
    got = taken(examine(form("Sở Khoa học và Công nghệ tỉnh Sơn La", "Biểu số 01/KHCN-TK",
                             "Kỳ báo cáo: Quý I năm 2024") + FORM_HEADER + [
        ["01", "Số nhiệm vụ KH&CN đang thực hiện", "Nhiệm vụ", 30, 30],
        ["02", "Sản phẩm OCOP được công nhận", "Sản phẩm", 5, 5],
        ["03", "Nhãn hiệu chứng nhận được bảo hộ (lũy kế)", "Nhãn hiệu", "x", 14],
    ], name="sonla_quy_I_2024.xlsx"))
    assert got == {("14", "63", "tasks_managed", "2024-Q1", "actual"): 30,
                   ("14", "63", "ocop_products", "2024-Q1", "actual"): 5,
                   ("14", "63", "ip_certification_marks", "2024-03-31", "actual"): 14}


def test_the_whole_province_beside_its_former_provinces_columns():
    """The new Lâm Đồng's nine months of 2025 over "Lâm Đồng (cũ) | Bình Thuận (cũ) | Đắk Nông (cũ) |
    Toàn tỉnh": "Toàn tỉnh" is the merged province's own figure (it was "a column that says nothing":
    every figure of the report lost); the former provinces' columns stay their shares, not stored."""
    got = taken(examine(head("Lâm Đồng", "BÁO CÁO KẾT QUẢ KH&CN 9 THÁNG NĂM 2025") + [
        ["TT", "Nội dung", "ĐVT", "Thực hiện 9 tháng năm 2025", None, None, None, "Ước thực hiện cả năm 2025"],
        [None, None, None, "Lâm Đồng (cũ)", "Bình Thuận (cũ)", "Đắk Nông (cũ)", "Toàn tỉnh", None],
        ["1", "Số nhiệm vụ KH&CN đang triển khai", "Nhiệm vụ", 46, 22, 13, 81, 85],
        ["2", "Số TTHC thuộc thẩm quyền giải quyết của Sở", "Thủ tục", 118, 112, 109, 124, "-"],
    ], merges=("A6:A7", "B6:B7", "C6:C7", "D6:G6", "H6:H7"), name="lamdong_9t_2025.xlsx"))
    assert got == {("68", "34", "tasks_managed", "2025-01/2025-09", "actual"): 81,
                   ("68", "34", "tasks_managed", "2025", "actual"): 85,
                   ("68", "34", "tthc_total", "2025-09-30", "actual"): 124}


def test_the_whole_province_beside_its_former_provinces_under_no_group_header():
    """The same with one header row, the period in the title: "Lâm Đồng (cũ) | Bình Thuận (cũ) |
    Đắk Nông (cũ) | Tổng cộng" in a report on 6 tháng cuối năm 2025 — "Tổng cộng" is the new
    province's (it was read as a sum of provinces, and the former columns as gone provinces' own
    figures: the honest file refused, rule province_frame)."""
    got = taken(examine(head("Lâm Đồng", "BÁO CÁO KẾT QUẢ KH&CN 6 THÁNG CUỐI NĂM 2025") + [
        ["TT", "Nội dung", "ĐVT", "Lâm Đồng (cũ)", "Bình Thuận (cũ)", "Đắk Nông (cũ)", "Tổng cộng"],
        ["1", "Số nhiệm vụ KH&CN đang triển khai", "Nhiệm vụ", 46, 22, 13, 81],
    ], name="lamdong_6t_cuoi_2025.xlsx"))
    assert got == {("68", "34", "tasks_managed", "2025-S2", "actual"): 81}


def test_a_sum_of_provinces_is_still_no_provinces_figure():
    """The guard of the class above: in a regional compilation ("Sơn La | Điện Biên | Tổng cộng") the
    total is the provinces' sum, no province's figure — never read as the title's province."""
    got = taken(examine(head("Sơn La", "MỘT SỐ CHỈ TIÊU KH&CN CÁC TỈNH TÂY BẮC NĂM 2024") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", None, None],
        [None, None, None, "Sơn La", "Điện Biên", "Tổng cộng"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 12, 9, 21],
    ], merges=("A6:A7", "B6:B7", "C6:C7", "D6:F6"), name="taybac_2024.xlsx"))
    assert got == {("14", "63", "tasks_accepted", "2024", "actual"): 12,
                   ("11", "63", "tasks_accepted", "2024", "actual"): 9}


def test_a_new_province_named_as_one_of_its_former_provinces():
    """The new Quảng Ngãi's 2025 over "Quảng Ngãi (cũ) | Kon Tum (cũ) | Tỉnh Quảng Ngãi", nothing
    else beside them: the last column names Quảng Ngãi of both frames (the old province kept its
    name), and it is the new one — the former columns its shares. They were read as the two gone
    provinces' own 2025: the honest file refused (rule province_frame on every former cell)."""
    got = taken(examine(head("Quảng Ngãi", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", None, None],
        [None, None, None, "Quảng Ngãi (cũ)", "Kon Tum (cũ)", "Tỉnh Quảng Ngãi"],
        ["1", "Nhiệm vụ KH&CN được quản lý", "Nhiệm vụ", 52, 27, 79],
        ["2", "Sản phẩm OCOP được công nhận", "Sản phẩm", 41, 26, 67],
    ], merges=("A6:A7", "B6:B7", "C6:C7", "D6:F6"), name="quangngai_2025.xlsx"))
    assert got == {("51", "34", "tasks_managed", "2025", "actual"): 79,
                   ("51", "34", "ocop_products", "2025", "actual"): 67}


def test_former_provinces_as_rows_beside_the_whole_province():
    """The merged province's first report with the indicators as columns and its former provinces
    as rows ("Khánh Hòa (cũ)", "Ninh Thuận (cũ)", then "Toàn tỉnh") under "… NĂM 2025": the former
    rows are the new province's parts, set aside as its former columns are (they refused the honest
    file, rule province_frame); "Toàn tỉnh" is the new Khánh Hòa's. The same rows in a table of 2024
    are the two provinces' own figures of that year."""
    def report(year):
        return examine(head("Khánh Hòa", f"KẾT QUẢ MỘT SỐ CHỈ TIÊU KH&CN NĂM {year}") + [
            ["STT", "Tỉnh", "Nhiệm vụ KH&CN được quản lý", "Sản phẩm OCOP được công nhận"],
            ["1", "Khánh Hòa (cũ)", 58, 36],
            ["2", "Ninh Thuận (cũ)", 31, 29],
            [None, "Toàn tỉnh", 89, 65],
        ], name=f"khanhhoa_{year}.xlsx")
    result = report(2025)
    assert taken(result) == {("56", "34", "tasks_managed", "2025", "actual"): 89,
                             ("56", "34", "ocop_products", "2025", "actual"): 65}
    assert any(i.text == "Ninh Thuận (cũ)" and "tỉnh cũ" in i.reason_vi for i in result.ignored)
    before = taken(report(2024))
    assert before[("58", "63", "tasks_managed", "2024", "actual")] == 31
    assert before[("56", "63", "ocop_products", "2024", "actual")] == 36


def test_a_quarterly_forms_cumulative_column_is_still_a_stocks_total_to_date():
    """The guard of the year-to-date reading: it holds for flows only. On Quý II a stock's row gives
    the quarter's increase under "Kỳ báo cáo" and its total to date under "Lũy kế"
    ("Số nhãn hiệu tập thể được cấp văn bằng bảo hộ | 2 | 17"): the 17 is the stock at 30/6. Read
    as the year to date, both cells were the stock at 30/6 and the honest file was refused as two
    values of one fact."""
    result = examine(form("Sở Khoa học và Công nghệ tỉnh Nghệ An", "Biểu số 01/TK-KHCN",
                          "Kỳ báo cáo: Quý II năm 2024") + FORM_HEADER + [
        ["01", "Số nhiệm vụ được nghiệm thu", "Nhiệm vụ", 3, 7],
        ["02", "Số nhãn hiệu tập thể được cấp văn bằng bảo hộ", "Nhãn hiệu", 2, 17],
        ["03", "Tổng số sản phẩm OCOP còn hiệu lực", "Sản phẩm", 510, 512],
    ], name="nghean_quy_II_2024.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    assert taken(result) == {("40", "63", "tasks_accepted", "2024-Q2", "actual"): 3,
                             ("40", "63", "tasks_accepted", "2024-S1", "actual"): 7,
                             ("40", "63", "ip_collective_marks", "2024-06-30", "actual"): 17,
                             ("40", "63", "ocop_products_total", "2024-06-30", "actual"): 512}


def test_a_sum_of_some_former_provinces_is_not_the_merged_province():
    """"Bình Thuận (cũ) | Đắk Nông (cũ) | Tổng cộng" = 22 | 13 | 35 in the new Lâm Đồng's report:
    the former Lâm Đồng has no column, so "Tổng cộng" is the sum of two of its three parts — it was
    stored as Lâm Đồng's 35 tasks (a wrong number). Not read as the province's: the former columns
    are the new province's territories' shares, set aside (recall31: the file was refused whole, "report
    as Lâm Đồng", though the report is Lâm Đồng's), nothing stored. "Toàn tỉnh" says the whole
    province whoever is listed beside it, and stays its figure."""
    result = examine(head("Lâm Đồng", "BÁO CÁO KẾT QUẢ KH&CN 6 THÁNG CUỐI NĂM 2025") + [
        ["TT", "Nội dung", "ĐVT", "Bình Thuận (cũ)", "Đắk Nông (cũ)", "Tổng cộng"],
        ["1", "Số nhiệm vụ KH&CN đang triển khai", "Nhiệm vụ", 22, 13, 35],
    ], name="lamdong_6t_cuoi_2025.xlsx")
    assert result.accepted and result.facts.empty
    assert sum("tỉnh cũ" in i.reason_vi for i in result.ignored) == 2
    got = taken(examine(head("Lâm Đồng", "BÁO CÁO KẾT QUẢ KH&CN 6 THÁNG CUỐI NĂM 2025") + [
        ["TT", "Nội dung", "ĐVT", "Bình Thuận (cũ)", "Đắk Nông (cũ)", "Toàn tỉnh"],
        ["1", "Số nhiệm vụ KH&CN đang triển khai", "Nhiệm vụ", 22, 13, 81],
    ], name="lamdong_6t_cuoi_2025.xlsx"))
    assert got == {("68", "34", "tasks_managed", "2025-S2", "actual"): 81}

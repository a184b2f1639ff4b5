"""What the twelfth blind batch of the workbook corpus revealed (files made by software and by
compilers: reporting-system exports, the Ministry's compilations, tables side by side), one class
per test (README "Whole reports, scored as the held-out set is"): each report is built here,
marked as test data, and read by `etl.ingest.examine` as an upload is. A statistician's reading is
the expectation."""
from __future__ import annotations

from etl import ingest
from tests.fixtures.reports import MARK, facts as _facts, head as _head, xlsx as _xlsx


def test_two_tables_side_by_side_each_under_its_year():
    """"NĂM 2023" over A–D and "NĂM 2022" over F–I, each with its own "TT | Chỉ tiêu | ĐVT | Số
    lượng": each table is its caption's year (read as one table, the 2022 column was a second
    value for 2023 and the honest file was refused)."""
    result = ingest.examine(_xlsx([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THANH HÓA"], [MARK],
        ["MỘT SỐ KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2023 SO VỚI NĂM 2022"], [],
        ["NĂM 2023", None, None, None, None, "NĂM 2022"],
        ["TT", "Chỉ tiêu", "ĐVT", "Số lượng", None, "TT", "Chỉ tiêu", "ĐVT", "Số lượng"],
        ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 118, None, "1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 109],
        ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 96, None, "2", "Sản phẩm OCOP được công nhận", "sản phẩm", 88],
    ], merges=("A5:D5", "F5:I5")), "thanhhoa_2023_2022.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("38", "63", "tasks_managed", "2023", "actual")] == 118
    assert got[("38", "63", "tasks_managed", "2022", "actual")] == 109
    assert got[("38", "63", "ocop_products", "2023", "actual")] == 96
    assert got[("38", "63", "ocop_products", "2022", "actual")] == 88


def test_a_reporting_system_export_names_each_rows_department():
    """A reporting system's export: "Mã đơn vị | Tên đơn vị | Mã chỉ tiêu | Tên chỉ tiêu | Kỳ báo
    cáo | Giá trị | Đơn vị tính" — the department's name ("Sở Khoa học và Công nghệ tỉnh Quảng
    Ninh") is the row's province (every row was an unknown province: the file refused)."""
    result = ingest.examine(_xlsx([
        ["Mã đơn vị", "Tên đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "Kỳ báo cáo", "Giá trị", "Đơn vị tính", "Ghi chú"],
        ["22", "Sở Khoa học và Công nghệ tỉnh Quảng Ninh", "KHCN.02", "Số nhiệm vụ KH&CN được nghiệm thu",
         "Năm 2024", 44, "Nhiệm vụ", MARK],
        ["01", "Sở Khoa học và Công nghệ thành phố Hà Nội", "KHCN.02", "Số nhiệm vụ KH&CN được nghiệm thu",
         "Năm 2024", 126, "Nhiệm vụ", None],
        ["27", "Sở Khoa học và Công nghệ tỉnh Bắc Ninh", "TC.01", "Chi NSNN cho KH&CN",
         "6 tháng đầu năm 2024", 61.3, "Tỷ đồng", None],
    ], title="Data"), "export_2024.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("22", "63", "tasks_accepted", "2024", "actual")] == 44
    assert got[("01", "63", "tasks_accepted", "2024", "actual")] == 126
    assert got[("27", "63", "st_budget", "2024-S1", "actual")] == 61.3


def test_tasks_registered_are_not_new_tasks():
    """"Số nhiệm vụ đăng ký mới (đề xuất đặt hàng)": proposals registered, not tasks contracted
    and started (it was stored as the new tasks: a wrong number)."""
    result = ingest.examine(_xlsx(_head("Hải Dương", "Báo cáo kết quả hoạt động KH&CN năm 2024") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
        ["1", "Số nhiệm vụ KH&CN đang quản lý", "nhiệm vụ", 168],
        ["2", "Số nhiệm vụ đăng ký mới (đề xuất đặt hàng)", "nhiệm vụ", 40],
    ]), "haiduong_2024.xlsx")
    got = _facts(result)
    assert got[("30", "63", "tasks_managed", "2024", "actual")] == 168
    assert not any(k[2] == "tasks_new" for k in got), got


def test_province_blocks_of_a_compilation_and_the_regions_block():
    """The Ministry's compilation: "1. HÀ TĨNH" then its rows, "2. QUẢNG BÌNH" then its rows, and
    "TỔNG CỘNG VÙNG" with the region's sums: each block is its province's; the region's block is no
    province's (the file was refused: no province stated)."""
    result = ingest.examine(_xlsx([
        ["BỘ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
        ["TỔNG HỢP SỐ LIỆU HOẠT ĐỘNG KH&CN CÁC ĐỊA PHƯƠNG VÙNG BẮC TRUNG BỘ NĂM 2022"], [],
        ["STT", "Địa phương / Chỉ tiêu", "ĐVT", "Năm 2021", "Năm 2022"],
        ["1", "HÀ TĨNH"],
        [None, "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 77, 83],
        [None, "Sản phẩm OCOP được công nhận", "sản phẩm", 41, 44],
        ["2", "QUẢNG BÌNH"],
        [None, "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 58, 61],
        [None, "Sản phẩm OCOP được công nhận", "sản phẩm", 24, 26],
        [None, "TỔNG CỘNG VÙNG"],
        [None, "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 135, 144],
        [None, "Sản phẩm OCOP được công nhận", "sản phẩm", 65, 70],
    ]), "bo_khcn_bac_trung_bo_2022.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("42", "63", "tasks_managed", "2021", "actual")] == 77
    assert got[("42", "63", "ocop_products", "2022", "actual")] == 44
    assert got[("44", "63", "tasks_managed", "2022", "actual")] == 61
    assert got[("44", "63", "ocop_products", "2021", "actual")] == 24
    assert len(got) == 8, got


def test_a_note_in_the_provinces_column_is_no_unknown_province():
    """"Nguồn: Niên giám thống kê …" under a table of provinces, in its first column: a note, not
    an unknown province (it refused the whole file)."""
    result = ingest.examine(_xlsx([
        [MARK], [],
        ["Tỉnh/thành phố", "Tỷ trọng kinh tế số trong GRDP 2024 (%)", "Sản phẩm OCOP được công nhận 2024"],
        ["Bắc Ninh", 31.5, 40],
        ["Hải Phòng", 17.8, 52],
        [],
        ["Nguồn: Niên giám thống kê các địa phương."],
    ]), "boi_canh_2024.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("27", "63", "digital_economy_share", "2024", "actual")] == 31.5
    assert got[("31", "63", "ocop_products", "2024", "actual")] == 52


def test_tfps_contribution_is_no_combined_column():
    """"Đóng góp của TFP vào tăng trưởng GRDP 2024 (%)" with provinces as rows: "góp" (contribution)
    folds like "gộp" (combined), and the column was set aside as the merged province's figure."""
    result = ingest.examine(_xlsx([
        [MARK], [],
        ["Tỉnh/thành phố", "Tốc độ tăng GRDP 2024 (%)", "Đóng góp của TFP vào tăng trưởng GRDP 2024 (%)"],
        ["TP Hà Nội", 6.52, 48.2],
        ["Bắc Ninh", 6.0, 41.0],
    ]), "tfp_2024.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("01", "63", "tfp_contribution", "2024", "actual")] == 48.2
    assert got[("27", "63", "tfp_contribution", "2024", "actual")] == 41.0
    assert len(got) == 2, got   # GRDP growth is no indicator of the registry


def test_pii_columns_that_say_only_score_or_rank():
    """A PII extract with provinces as rows: "Điểm PII 2025 | Xếp hạng (/34) | Trụ cột Thể chế
    (điểm)" — the rank among the field its header states, the pillar's score (both were listed as
    unclear columns)."""
    result = ingest.examine(_xlsx([
        ["TRÍCH KẾT QUẢ CHỈ SỐ ĐỔI MỚI SÁNG TẠO CẤP ĐỊA PHƯƠNG (PII)"], [MARK], [],
        ["STT", "Tỉnh/thành phố", "Điểm PII 2025", "Xếp hạng (/34)", "Trụ cột Thể chế (điểm)"],
        [1, "Hà Nội", 58.4, 1, 62.1],
        [2, "Huế", 43.0, 8, 50.2],
    ], title="PII 2025"), "pii_2025.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("01", "34", "pii_score", "2025", "actual")] == 58.4
    assert got[("01", "34", "pii_rank_34", "2025", "actual")] == 1
    assert got[("46", "34", "pii_rank_34", "2025", "actual")] == 8
    assert got[("46", "34", "pii_institutions_score", "2025", "actual")] == 50.2
    assert not any(k[2] == "pii_rank" for k in got), got


def test_applicants_supported_with_ip_in_the_short_wording():
    """"Tổ chức, cá nhân được hỗ trợ đăng ký SHTT" (without "bảo hộ"): the applicants supported
    (only suggested before: missed without a person confirming)."""
    result = ingest.examine(_xlsx(_head("Ninh Bình", "Số liệu thống kê hoạt động KH&CN năm 2024") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
        ["1", "Tổ chức, cá nhân được hỗ trợ đăng ký SHTT", "tổ chức, cá nhân", 27],
        ["2", "Số đơn đăng ký nhãn hiệu nộp Cục SHTT", "đơn", 188],
    ]), "ninhbinh_2024.xlsx")
    got = _facts(result)
    assert got[("37", "63", "ip_registrations_supported", "2024", "actual")] == 27
    assert len(got) == 1, got


def test_a_pivot_whose_report_filter_names_the_indicator():
    """A pivot pasted as values: "Chỉ tiêu | Sản phẩm OCOP được công nhận" (its report filter),
    "Tổng của Giá trị | Nhãn cột", "Nhãn hàng | 2021 | 2022 | Tổng cuối", a province a row: each
    row is the filter's indicator for its province; "Tổng cuối" (over years, over provinces) is no
    fact (the sheet was read as having no indicator)."""
    result = ingest.examine(_xlsx([
        [MARK], [],
        ["Chỉ tiêu", "Sản phẩm OCOP được công nhận"], [],
        ["Tổng của Giá trị", "Nhãn cột"],
        ["Nhãn hàng", 2021, 2022, "Tổng cuối"],
        ["Thanh Hóa", 62, 71, 133],
        ["Quảng Trị", 18, 23, 41],
        ["Tổng cuối", 80, 94, 174],
    ], title="Pivot OCOP"), "pivot_ocop.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got == {("38", "63", "ocop_products", "2021", "actual"): 62, ("38", "63", "ocop_products", "2022", "actual"): 71,
                   ("45", "63", "ocop_products", "2021", "actual"): 18, ("45", "63", "ocop_products", "2022", "actual"): 23}


def test_a_pivot_with_indicators_nested_under_each_province():
    """"Row Labels | 2022 | 2023 | Grand Total", each province's row a subtotal adding different
    indicators, its indicators below it: each indicator row is its province's; the subtotals and
    the grand total are no facts."""
    result = ingest.examine(_xlsx([
        [MARK], [],
        ["Sum of Giá trị", "Column Labels"],
        ["Row Labels", 2022, 2023, "Grand Total"],
        ["Nghệ An", 335, 371, 706],
        ["NV KH&CN được nghiệm thu", 25, 29, 54],
        ["Sáng kiến được công nhận", 310, 342, 652],
        ["Hà Tĩnh", 200, 222, 422],
        ["NV KH&CN được nghiệm thu", 14, 17, 31],
        ["Sáng kiến được công nhận", 186, 205, 391],
        ["Grand Total", 535, 593, 1128],
    ], title="Pivot NV"), "pivot_nv.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got[("40", "63", "tasks_accepted", "2023", "actual")] == 29
    assert got[("40", "63", "initiatives_recognized", "2022", "actual")] == 310
    assert got[("42", "63", "tasks_accepted", "2022", "actual")] == 14
    assert got[("42", "63", "initiatives_recognized", "2023", "actual")] == 205
    assert len(got) == 8, got


def test_score_and_rank_under_one_pillars_title_are_not_the_index():
    """"Điểm | Xếp hạng (/63)" on a sheet about one pillar ("PII 2024 - Trụ cột Thể chế"): the
    pillar's figures, never stored as the index's own score and rank (a wrong number); the bare
    columns stay unread rather than guessed."""
    result = ingest.examine(_xlsx([
        ["CHỈ SỐ ĐỔI MỚI SÁNG TẠO CẤP ĐỊA PHƯƠNG (PII) 2024 — TRỤ CỘT THỂ CHẾ"], [MARK], [],
        ["STT", "Tỉnh/thành phố", "Điểm", "Xếp hạng (/63)"],
        [1, "Hà Nội", 71.2, 3],
        [2, "Bắc Ninh", 66.4, 12],
    ], title="PII 2024"), "pii_the_che_2024.xlsx")
    got = _facts(result)
    assert not any(k[2] in ("pii_score", "pii_rank") for k in got), got


def test_a_province_heading_merged_across_from_column_a():
    """"1. HÀ TĨNH" merged over A:E (the label column empty on that row): the heading of Hà Tĩnh's
    block, as when it stands in the label column."""
    result = ingest.examine(_xlsx([
        ["BỘ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
        ["TỔNG HỢP SỐ LIỆU KH&CN CÁC ĐỊA PHƯƠNG NĂM 2022"], [],
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2021", "Năm 2022"],
        ["1. HÀ TĨNH"],
        [None, "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 77, 83],
        ["2. QUẢNG BÌNH"],
        [None, "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 58, 61],
    ], merges=("A6:E6", "A8:E8")), "bo_khcn_2022.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got == {("42", "63", "tasks_managed", "2021", "actual"): 77, ("42", "63", "tasks_managed", "2022", "actual"): 83,
                   ("44", "63", "tasks_managed", "2021", "actual"): 58, ("44", "63", "tasks_managed", "2022", "actual"): 61}


def test_tables_side_by_side_one_without_item_numbers():
    """The second table of a pair side by side has no "TT" column: still two tables, each its
    caption's year (not one table with two values for each fact)."""
    result = ingest.examine(_xlsx([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NGHỆ AN"], [MARK], [],
        ["Năm 2024", None, None, None, "Năm 2023"],
        ["TT", "Chỉ tiêu", "ĐVT", "Số lượng", "Chỉ tiêu", "ĐVT", "Số lượng"],
        ["1", "Sáng kiến được công nhận", "sáng kiến", 342, "Sáng kiến được công nhận", "sáng kiến", 310],
    ]), "nghean_2024_2023.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got == {("40", "63", "initiatives_recognized", "2024", "actual"): 342,
                   ("40", "63", "initiatives_recognized", "2023", "actual"): 310}


def test_a_department_name_merged_down_over_its_rows():
    """An export with "Tên đơn vị" merged down over its department's rows (or repeated on each,
    which reads as the same merge): every row it covers is that department's province."""
    result = ingest.examine(_xlsx([
        ["Mã đơn vị", "Tên đơn vị", "Tên chỉ tiêu", "Kỳ báo cáo", "Giá trị", "Đơn vị tính", "Ghi chú"],
        ["22", "Sở Khoa học và Công nghệ tỉnh Quảng Ninh", "Số nhiệm vụ KH&CN được nghiệm thu", "Năm 2024", 44,
         "Nhiệm vụ", MARK],
        ["22", None, "Chi NSNN cho KH&CN", "Năm 2024", 268.2, "Tỷ đồng", None],
        ["31", "Sở Khoa học và Công nghệ thành phố Hải Phòng", "Số nhiệm vụ KH&CN được nghiệm thu", "Năm 2024",
         51, "Nhiệm vụ", None],
        ["31", "Sở Khoa học và Công nghệ thành phố Hải Phòng", "Chi NSNN cho KH&CN", "Năm 2024", 310.5, "Tỷ đồng",
         None],
    ], merges=("B2:B3",), title="Data"), "export_merged_2024.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    got = _facts(result)
    assert got == {("22", "63", "tasks_accepted", "2024", "actual"): 44, ("22", "63", "st_budget", "2024", "actual"): 268.2,
                   ("31", "63", "tasks_accepted", "2024", "actual"): 51, ("31", "63", "st_budget", "2024", "actual"): 310.5}

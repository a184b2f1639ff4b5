"""What the fourteenth blind batch of the workbook corpus revealed (the shapes of real workbooks that
are not one clean table: yearbook chapters, bilingual tables, transposed tables, deep headers,
quarters under a merged year, a merged province's report), one class per test (README "Whole
reports, scored as the held-out set is"): each report is built here, marked as test data, and read
by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, facts, head, taken


def test_a_merged_provinces_figure_for_a_half_before_the_merger_is_no_provinces():
    """The new Tuyên Quang's "6 tháng đầu năm 2026 | Cùng kỳ năm 2025": the half of 2025 before the
    merger is the merged territory's (Tuyên Quang and Hà Giang together), not the old Tuyên Quang's
    — it was stored as the old province's figure (a wrong number). Set aside with the reason."""
    result = examine(head("Tuyên Quang", "KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2026") + [
        ["TT", "Chỉ tiêu", "ĐVT", "6 tháng đầu năm 2026", "Cùng kỳ năm 2025"],
        ["1", "Sáng kiến được công nhận", "sáng kiến", 85, 120],
        ["2", "Doanh nghiệp được hỗ trợ hoạt động KH&CN", "doanh nghiệp", 9, 11],
    ], name="tuyenquang_6t_2026.xlsx")
    got = taken(result)
    assert got == {("08", "34", "initiatives_recognized", "2026-S1", "actual"): 85,
                   ("08", "34", "enterprises_supported", "2026-S1", "actual"): 9}
    assert any("sau sắp xếp" in i.reason_vi for i in result.ignored if "E7" in i.text)


def test_an_unchanged_provinces_figure_before_the_merger_is_still_its_own():
    """Cao Bằng took in no other province on 1/7/2025: its 2026 report's "Cùng kỳ năm 2025" is the
    same territory's, read as the old Cao Bằng's (frame 63)."""
    got = taken(examine(head("Cao Bằng", "KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2026") + [
        ["TT", "Chỉ tiêu", "ĐVT", "6 tháng đầu năm 2026", "Cùng kỳ năm 2025"],
        ["1", "Sáng kiến được công nhận", "sáng kiến", 40, 37],
    ], name="caobang_6t_2026.xlsx"))
    assert got == {("04", "34", "initiatives_recognized", "2026-S1", "actual"): 40,
                   ("04", "63", "initiatives_recognized", "2025-S1", "actual"): 37}


def test_quarters_under_a_year_merged_down_the_period_column():
    """"Năm | Quý | …" with 2023 merged down over "Quý I … Quý IV | Cả năm": each row is that
    quarter of the year (read with the year alone, the first quarter's figures were stored as the
    year's and the other rows were lost)."""
    got = taken(examine([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LONG AN"], [MARK], ["SỐ LIỆU THEO QUÝ NĂM 2023"], [],
        ["Năm", "Quý", "Nhiệm vụ KH&CN nghiệm thu (nhiệm vụ)", "Sản phẩm OCOP được công nhận (sản phẩm)"],
        [2023, "Quý I", 2, 0],
        [None, "Quý II", 3, 12],
        [None, "Quý III", 1, 0],
        [None, "Quý IV", 8, 19],
        [None, "Cả năm", 14, 31],
    ], merges=("A6:A10",), name="longan_quy_2023.xlsx"))
    assert got[("80", "63", "tasks_accepted", "2023-Q1", "actual")] == 2
    assert got[("80", "63", "ocop_products", "2023-Q4", "actual")] == 19
    assert got[("80", "63", "tasks_accepted", "2023", "actual")] == 14
    assert got[("80", "63", "ocop_products", "2023", "actual")] == 31
    assert len(got) == 10


def test_an_average_growth_column_after_the_years_is_no_figure():
    """A yearbook's "Tăng bình quân 2020-2024 (%)" after the years is a growth rate of the row (read
    as the span 2020/2024, a stock's 2024 had two values and the honest file was refused)."""
    got = taken(examine([
        ["Biểu 15.3 – Một số chỉ tiêu chủ yếu về khoa học và công nghệ"],
        ["(Trích Niên giám thống kê tỉnh Cao Bằng 2024)"], [MARK], [],
        [None, "Đơn vị tính", 2022, 2023, "Sơ bộ 2024", "Tăng bình quân 2020-2024 (%)"],
        ["Số tổ chức khoa học và công nghệ (*)", "Tổ chức", 16, 17, 18, 5.1],
        ["Số người làm công tác nghiên cứu khoa học", "Người", 330, 341, 352, 2.4],
    ], name="caobang_nien_giam_2024.xlsx"))
    assert got[("04", "63", "st_organizations", "2024-12-31", "actual")] == 18
    assert got[("04", "63", "researchers", "2022-12-31", "actual")] == 330
    assert len(got) == 6


def test_a_comparison_row_between_the_years_of_a_transposed_table():
    """Periods as rows, indicators as columns: "So sánh 2023/2022 (%)" between the years is a row
    of ratios, not a period that cannot be read (the honest file was refused: rule period); a
    figure typed with Excel's text prefix ("'57") is the figure."""
    got = taken(examine(head("Lạng Sơn", "TỔNG HỢP MỘT SỐ CHỈ TIÊU KH&CN GIAI ĐOẠN 2022 - 2023") + [
        ["Kỳ báo cáo", "Số nhiệm vụ KH&CN\nđang triển khai\n(nhiệm vụ)", "Số nhiệm vụ\nKH&CN được\nnghiệm thu\n(nhiệm vụ)"],
        ["Năm 2022", "'57", 16],
        ["Năm 2023", 63, 18],
        ["So sánh 2023/2022 (%)", 110.5, 112.5],
    ], name="langson_2022_2023.xlsx"))
    assert got == {("20", "63", "tasks_managed", "2022", "actual"): 57,
                   ("20", "63", "tasks_accepted", "2022", "actual"): 16,
                   ("20", "63", "tasks_managed", "2023", "actual"): 63,
                   ("20", "63", "tasks_accepted", "2023", "actual"): 18}


def test_a_row_of_column_numbers_under_the_units_row():
    """Years as rows under a deep header, its row of units, then "A | 1 | 2 | 3": the columns'
    numbers, not a period "A" (the honest file was refused: rule period)."""
    got = taken(examine([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THÁI NGUYÊN"], [MARK], ["SỐ LIỆU HOẠT ĐỘNG KH&CN NĂM 2022 - 2023"], [],
        ["Năm", "NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ", None, "SẢN PHẨM OCOP"],
        [None, "Đang triển khai", "Được nghiệm thu", "Công nhận trong năm"],
        [None, "nhiệm vụ", "nhiệm vụ", "sản phẩm"],
        ["A", 1, 2, 3],
        [2022, 93, 27, 61],
        [2023, 100, 30, 69],
    ], merges=("A5:A6", "B5:C5"), name="thainguyen_2022_2023.xlsx"))
    assert got[("19", "63", "tasks_managed", "2022", "actual")] == 93
    assert got[("19", "63", "tasks_accepted", "2023", "actual")] == 30
    assert got[("19", "63", "ocop_products", "2023", "actual")] == 69
    assert len(got) == 6


def test_a_bilingual_yearbook_table():
    """"Vietnamese - English" in every cell of a yearbook table: the label, the unit header ("Đơn
    vị tính - Unit"), the units ("Tỷ đồng - Bill. dongs") and a level "Cấp tỉnh - Provincial level"
    under "Trong đó - Of which:" (the file was refused: no indicator found)."""
    got = taken(examine([
        ["255. Một số chỉ tiêu về khoa học và công nghệ - Some indicators on science and technology"],
        ["Tỉnh Sóc Trăng - Soc Trang province"], [MARK], [],
        [None, "Đơn vị tính - Unit", 2023, "Sơ bộ - Prel. 2024"],
        ["Số nhiệm vụ khoa học và công nghệ đang thực hiện - Number of S&T tasks in progress", "Nhiệm vụ - Task", 58, 60],
        ["Trong đó - Of which:"],
        ["Cấp tỉnh - Provincial level", "Nhiệm vụ - Task", 42, 44],
        ["Chi ngân sách nhà nước cho KH&CN - State budget expenditure on S&T", "Tỷ đồng - Bill. dongs", 42.7, 45.0],
    ], name="soctrang_nien_giam_2024.xls.xlsx"))
    assert got[("94", "63", "tasks_managed", "2024", "actual")] == 60
    assert got[("94", "63", "tasks_managed_provincial", "2023", "actual")] == 42
    assert got[("94", "63", "st_budget", "2024", "actual")] == 45.0
    assert len(got) == 6


def test_the_total_row_right_under_the_heading_that_names_its_indicator():
    """"I | Nhiệm vụ KH&CN được nghiệm thu" (no figure), then "Tổng cộng | 19" above the levels:
    the total row is the heading's indicator (it was ignored as a total of nothing)."""
    got = taken(examine(head("Vĩnh Phúc", "SỐ LIỆU HOẠT ĐỘNG KH&CN NĂM 2023") + [
        ["TT", "Nội dung", "ĐVT", "Năm 2023"],
        ["I", "Nhiệm vụ KH&CN được nghiệm thu"],
        [None, "Tổng cộng", "nhiệm vụ", 19],
        ["1", "Cấp quốc gia", "nhiệm vụ", 1],
        ["2", "Cấp tỉnh", "nhiệm vụ", 13],
        ["II", "Sản phẩm OCOP được công nhận"],
        [None, "Tổng cộng", "sản phẩm", 28],
        ["1", "Hạng 3 sao", "sản phẩm", 21],
        ["2", "Hạng 4 sao", "sản phẩm", 7],
    ], name="vinhphuc_2023.xlsx"))
    assert got == {("26", "63", "tasks_accepted", "2023", "actual"): 19,
                   ("26", "63", "tasks_accepted_national", "2023", "actual"): 1,
                   ("26", "63", "tasks_accepted_provincial", "2023", "actual"): 13,
                   ("26", "63", "ocop_products", "2023", "actual"): 28,
                   ("26", "63", "ocop_products_3star", "2023", "actual"): 21,
                   ("26", "63", "ocop_products_4star", "2023", "actual"): 7}


def test_two_indicators_on_one_row_each_after_its_words():
    """"Nhiệm vụ KH&CN cấp tỉnh | mở mới | 12 | nghiệm thu | 9": each figure is the label with the
    words before it; words that name nothing with the label ("Hồ sơ TTHC | tiếp nhận | 412 | trực
    tuyến | 398": dossiers counted) leave their figure unread (every figure was lost: the words
    were read as the row's text values)."""
    result = examine(head("Tuyên Quang", "KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2026") + [
        ["TT", "Nội dung", "Kết quả", None, None, None, "Ghi chú"],
        ["1", "Nhiệm vụ KH&CN cấp tỉnh", "mở mới", 12, "nghiệm thu", 9],
        ["2", "Sản phẩm OCOP", "công nhận", 38, "công nhận lại", 11],
        ["3", "Hồ sơ TTHC", "tiếp nhận", 412, "trực tuyến", 398],
    ], merges=("C6:F6",), name="tuyenquang_6t_2026.xlsx")
    assert taken(result) == {("08", "34", "tasks_new_provincial", "2026-S1", "actual"): 12,
                             ("08", "34", "tasks_accepted_provincial", "2026-S1", "actual"): 9,
                             ("08", "34", "ocop_products", "2026-S1", "actual"): 38,
                             ("08", "34", "ocop_products_rerecognized", "2026-S1", "actual"): 11}


def test_quarters_under_a_year_whose_merge_was_undone():
    """The same quarters with the year's merge undone (2023 in the first row only, blanks under it)
    and "Quí" in the old spelling: the rows under it are still that year's (every quarter after the
    first was lost)."""
    got = taken(examine([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LONG AN"], [MARK], ["SỐ LIỆU THEO QUÝ NĂM 2023"], [],
        ["Năm", "Quí", "Nhiệm vụ KH&CN nghiệm thu (nhiệm vụ)", "Sản phẩm OCOP được công nhận (sản phẩm)"],
        [2023, "Quí I", 2, 0],
        [None, "Quí II", 3, 12],
        [None, "Quí III", 1, 0],
        [None, "Quí IV", 8, 19],
        [None, "Cả năm", 14, 31],
    ], name="longan_quy_2023.xlsx"))
    assert {k: v for k, v in got.items() if k[2] == "tasks_accepted"} == {
        ("80", "63", "tasks_accepted", p, "actual"): v
        for p, v in (("2023-Q1", 2), ("2023-Q2", 3), ("2023-Q3", 1), ("2023-Q4", 8), ("2023", 14))}
    assert got[("80", "63", "ocop_products", "2023", "actual")] == 31


def test_a_deep_header_whose_merges_were_undone():
    """Thái Nguyên's header five rows deep with every merge undone (each text in its first cell):
    "Cấp cơ sở" is not spread over the blank under the next column's "Tổng số" (merged down), and a
    group's words span the columns whose headers are further down (the total accepted was read as
    the grassroots tasks managed, and the file refused)."""
    got = taken(examine([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THÁI NGUYÊN"], [MARK], ["SỐ LIỆU HOẠT ĐỘNG KH&CN NĂM 2022 - 2023"], [],
        ["Năm", "NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ", None, None, None, None, None, "SẢN PHẨM OCOP"],
        [None, "Đang triển khai", None, None, None, "Được nghiệm thu", None, "Công nhận trong năm"],
        [None, "Tổng số", "Chia ra", None, None, "Tổng số", "Chia ra", "Tổng số"],
        [None, None, "Cấp quốc gia", "Cấp tỉnh", "Cấp cơ sở", None, "Cấp tỉnh"],
        [None] + ["nhiệm vụ"] * 6 + ["sản phẩm"],
        [2022, 93, 7, 55, 31, 27, 19, 61],
        [2023, 100, 8, 58, 34, 30, 22, 69],
    ], name="thainguyen_2022_2023.xlsx"))
    assert got[("19", "63", "tasks_managed", "2023", "actual")] == 100
    assert got[("19", "63", "tasks_managed_grassroots", "2023", "actual")] == 34
    assert got[("19", "63", "tasks_accepted", "2023", "actual")] == 30
    assert got[("19", "63", "tasks_accepted_provincial", "2022", "actual")] == 19
    assert got[("19", "63", "ocop_products", "2023", "actual")] == 69
    assert len(got) == 14


def test_procedures_received_online_are_no_share_of_dossiers():
    """"Tỷ lệ tiếp nhận trực tuyến" (the bare rate of online receipt) is the share of dossiers;
    a share that names procedures and not dossiers ("Tỷ lệ thủ tục tiếp nhận trực tuyến mức độ 4",
    "Tỷ lệ TTHC tiếp nhận trực tuyến") is the level-4 procedures' near miss — not taken as the
    dossier rate (it was, once "tiếp nhận" stood in for "hồ sơ")."""
    got = taken(examine([
        *head("Long An", "Kết quả cải cách hành chính năm 2024"),
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
        ["1", "Tỷ lệ tiếp nhận trực tuyến", "%", 88.5],
        ["2", "Tỷ lệ thủ tục tiếp nhận trực tuyến mức độ 4", "%", 64.0],
        ["3", "Tỷ lệ TTHC tiếp nhận trực tuyến", "%", 71.0],
    ]))
    assert got == {("80", "63", "online_dossier_rate", "2024", "actual"): 88.5}

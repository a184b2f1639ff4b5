"""What the fifteenth blind batch of the workbook corpus revealed (North Central, the Central Coast
and the Highlands: PII profiles and regional comparisons, task crosstabs, OCOP by star, GI tables,
business support), one class per test (README "Whole reports, scored as the held-out set is"):
each report is built here, marked as test data, and read by `etl.ingest.examine` as an upload is.
A statistician's reading is the expectation."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, head, taken


def test_capacity_in_a_title_names_no_da_nang_and_a_city_of_hue_is_hue():
    """"Đà Nẵng" was keyed "nang" (its "Đà" dropped as the filler word "đã"): every "năng lực",
    "năng suất", "tiềm năng" in a title named Đà Nẵng, and "UBND THÀNH PHỐ HUẾ" (a name of three
    letters) named nothing — the city of Huế's PII was stored as Đà Nẵng's (16 wrong numbers)."""
    got = taken(examine([
        ["UBND THÀNH PHỐ HUẾ"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
        ["KẾT QUẢ NÂNG CAO NĂNG LỰC ĐỔI MỚI SÁNG TẠO NĂM 2024"], [],
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12],
    ], name="bao_cao_2024.xlsx"))
    assert got == {("46", "63", "tasks_accepted", "2024", "actual"): 12}
    result = examine([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["KẾT QUẢ NÂNG CAO NĂNG LỰC, NĂNG SUẤT NĂM 2024"], [],
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12],
    ], name="bao_cao_2024.xlsx")
    assert not result.accepted and {p.rule for p in result.problems} == {"no_province"}


def test_a_province_profile_with_ranks_out_of_63_and_pillars_as_offices_name_them():
    """"PII 2023 | PII 2024" over "Điểm | Xếp hạng/63", pillars as rows: "Xếp hạng/63" is the rank
    column (only a bare "Xếp hạng" was known: every rank was lost), the pillars written "Trình độ
    phát triển kinh doanh", "Sản phẩm tri thức, công nghệ và đổi mới sáng tạo", "Vốn con người và
    nghiên cứu phát triển"; sub-pillars and "Tăng (+)/giảm (-) bậc" are no figure."""
    got = taken(examine(head("Nghệ An", "KẾT QUẢ CHỈ SỐ PII CỦA TỈNH NGHỆ AN NĂM 2023 - 2024") + [
        ["TT", "Trụ cột / Chỉ số", "PII 2023", None, "PII 2024", None, "Tăng (+)/ giảm (-) bậc"],
        [None, None, "Điểm", "Xếp hạng/63", "Điểm", "Xếp hạng/63", None],
        [None, "Chỉ số PII (điểm tổng hợp)", 36.50, 33, 32.69, 37, -4],
        ["2", "Vốn con người và nghiên cứu phát triển", 30.12, 22, 27.48, 26, -4],
        ["2.1", "Giáo dục", 35.60, 19, 33.10, 21, -2],
        ["5", "Trình độ phát triển kinh doanh", 31.15, 34, 25.94, 42, -8],
        ["6", "Sản phẩm tri thức, công nghệ và đổi mới sáng tạo", 28.40, 30, 24.12, 36, -6],
    ], merges=("A6:A7", "B6:B7", "C6:D6", "E6:F6", "G6:G7"), name="nghean_pii.xlsx"))
    p = ("40", "63")
    assert got[(*p, "pii_rank", "2024", "actual")] == 37
    assert got[(*p, "pii_human_capital_score", "2023", "actual")] == 30.12
    assert got[(*p, "pii_human_capital_rank", "2024", "actual")] == 26
    assert got[(*p, "pii_business_rank", "2023", "actual")] == 34
    assert got[(*p, "pii_knowledge_score", "2024", "actual")] == 24.12
    assert len(got) == 16


def test_a_rank_out_of_34_above_34_refuses_the_file():
    """"Xếp hạng/34" with 36 on a pillar's row: an impossible rank, the file refused (read as an
    unknown column, the file loaded its scores without a word)."""
    result = examine([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH GIA LAI"], [MARK], ["KẾT QUẢ PII 2025 CỦA TỈNH GIA LAI THEO TRỤ CỘT"], [],
        ["TT", "Trụ cột", "Điểm", "Xếp hạng/34"],
        [1, "Thể chế", 46.20, 24],
        [2, "Tác động", 33.90, 36],
    ], name="gialai_pii_2025.xlsx")
    assert not result.accepted
    assert {p.rule for p in result.problems} == {"range"}


def test_an_input_output_block_with_a_rank_typed_with_its_field_and_a_national_average():
    """The index's rank typed "21/34" under "Xếp hạng (trên 34 tỉnh, thành phố)" is rank 21 (lost
    without a word); "Điểm bình quân cả nước" below is no province's score (read as the province's,
    the file had two PII scores and was refused); the input and output ranks are no indicator."""
    got = taken(examine(head("Quảng Trị", "CHỈ SỐ ĐỔI MỚI SÁNG TẠO CẤP ĐỊA PHƯƠNG (PII) NĂM 2025") + [
        ["TT", "Nội dung", "Điểm số", "Xếp hạng (trên 34 tỉnh, thành phố)"],
        ["A", "ĐẦU VÀO ĐỔI MỚI SÁNG TẠO", 35.76, 21],
        ["1", "Thể chế", 47.85, 20],
        ["B", "ĐẦU RA ĐỔI MỚI SÁNG TẠO", 30.12, 23],
        ["C", "CHỈ SỐ PII 2025", 32.94, "21/34"],
        [None, "Điểm bình quân cả nước", 36.80],
    ], name="quangtri_pii_2025.xlsx"))
    p = ("44", "34")
    assert got == {(*p, "pii_input_score", "2025", "actual"): 35.76,
                   (*p, "pii_institutions_score", "2025", "actual"): 47.85,
                   (*p, "pii_institutions_rank_34", "2025", "actual"): 20,
                   (*p, "pii_output_score", "2025", "actual"): 30.12,
                   (*p, "pii_score", "2025", "actual"): 32.94,
                   (*p, "pii_rank_34", "2025", "actual"): 21}


def test_a_regional_comparison_with_each_pillar_over_score_and_rank():
    """Provinces as rows, each pillar's name over "Điểm | Hạng" (two header rows): the pillar's
    score and rank (only the index's own and a few ranks were read); "Bình quân vùng" is no
    province's."""
    got = taken(examine([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ TĨNH"], [MARK], ["SO SÁNH KẾT QUẢ PII 2024 CÁC TỈNH BẮC TRUNG BỘ"], [],
        ["TT", "Tỉnh", "Chỉ số PII 2024", None, "Thể chế", None, "Vốn con người và NC&PT", None, "Tác động", None],
        [None, None, "Điểm", "Hạng", "Điểm", "Hạng", "Điểm", "Hạng", "Điểm", "Hạng"],
        [1, "Thanh Hóa", 37.94, 25, 55.10, 18, 33.42, 20, 41.90, 27],
        [2, "Hà Tĩnh", 34.21, 33, 53.36, 22, 25.10, 31, 39.71, 36],
        [None, "Bình quân vùng", 36.08, None, 54.23, None, 29.26, None, 40.81, None],
    ], merges=("A5:A6", "B5:B6", "C5:D5", "E5:F5", "G5:H5", "I5:J5"), name="pii_vung_2024.xlsx"))
    assert got[("38", "63", "pii_institutions_score", "2024", "actual")] == 55.10
    assert got[("38", "63", "pii_human_capital_rank", "2024", "actual")] == 20
    assert got[("42", "63", "pii_impact_score", "2024", "actual")] == 39.71
    assert got[("42", "63", "pii_impact_rank", "2024", "actual")] == 36
    assert len(got) == 16


def test_a_task_crosstab_with_levels_as_rows_and_statuses_as_columns():
    """"Cấp quản lý" rows under "Tổng số nhiệm vụ đang quản lý | Trong đó: Mở mới | Chuyển tiếp |
    Nghiệm thu | Bàn giao kết quả" (and "A | B | 1 | 2 …" under them): each status a part of the
    tasks managed, read with the title; each level's cell that status's part at the level, where
    the registry has one (3 of 15 facts were read); tasks proposed stay unread."""
    got = taken(examine(head("Thanh Hóa", "TÌNH HÌNH QUẢN LÝ NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024") + [
        ["TT", "Cấp quản lý", "Tổng số nhiệm vụ đang quản lý", "Trong đó", None, "Nghiệm thu", "Bàn giao kết quả",
         "Nhiệm vụ đề xuất đặt hàng năm 2025"],
        [None, None, None, "Mở mới", "Chuyển tiếp", None, None, None],
        ["A", "B", "1", "2", "3", "4", "5", "6"],
        [None, "Tổng số", 96, 31, 65, 28, 19, 74],
        ["1", "Cấp quốc gia", 9, 2, 7, 3, 2, 15],
        ["2", "Cấp tỉnh", 58, 19, 39, 17, 12, 59],
        ["3", "Cấp cơ sở", 29, 10, 19, 8, 5, "-"],
        [None, "Trong đó: Thuộc Chương trình NTMN", 4, 1, 3, 1, 1, 2],
    ], merges=("A6:A7", "B6:B7", "C6:C7", "D6:E6", "F6:F7", "G6:G7", "H6:H7"), name="thanhhoa_2024.xlsx"))
    p, y = ("38", "63"), "2024"
    assert got == {(*p, "tasks_managed", y, "actual"): 96, (*p, "tasks_new", y, "actual"): 31,
                   (*p, "tasks_carried_over", y, "actual"): 65, (*p, "tasks_accepted", y, "actual"): 28,
                   (*p, "tasks_results_transferred", y, "actual"): 19,
                   (*p, "tasks_managed_national", y, "actual"): 9, (*p, "tasks_new_national", y, "actual"): 2,
                   (*p, "tasks_carried_over_national", y, "actual"): 7,
                   (*p, "tasks_accepted_national", y, "actual"): 3,
                   (*p, "tasks_managed_provincial", y, "actual"): 58, (*p, "tasks_new_provincial", y, "actual"): 19,
                   (*p, "tasks_carried_over_provincial", y, "actual"): 39,
                   (*p, "tasks_accepted_provincial", y, "actual"): 17,
                   (*p, "tasks_managed_grassroots", y, "actual"): 29, (*p, "tasks_managed_ntmn", y, "actual"): 4}


def test_the_rural_mountain_programme_as_a_column_beside_the_levels():
    """The transpose: "Tổng số | Cấp quốc gia | Cấp tỉnh | Cấp cơ sở | Trong đó: Chương trình NTMN"
    as columns: the NTMN column of the tasks managed is the programme's projects (it was left unread);
    of the other rows, nothing the registry has."""
    got = taken(examine(head("Nghệ An", "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KH&CN 6 THÁNG ĐẦU NĂM 2025") + [
        ["TT", "Nội dung", "ĐVT", "Tổng số", "Cấp quốc gia", "Cấp tỉnh", "Cấp cơ sở", "Trong đó: Chương trình NTMN"],
        ["1", "Nhiệm vụ KH&CN đang quản lý", "nhiệm vụ", 71, 6, 44, 21, 3],
        ["2", "Nhiệm vụ nghiệm thu", "nhiệm vụ", 12, 1, 8, 3, 1],
    ], name="nghean_6t_2025.xlsx"))
    p, t = ("40", "63"), "2025-S1"
    assert got[(*p, "tasks_managed_ntmn", t, "actual")] == 3
    assert got[(*p, "tasks_accepted_provincial", t, "actual")] == 8
    assert len(got) == 8


def test_a_list_of_gis_closed_by_its_total_row():
    """"TT | Tên chỉ dẫn địa lý | … | Số GCN quyền sử dụng CDĐL cấp trong 6 tháng | Lũy kế tổ chức,
    cá nhân được cấp quyền sử dụng" then one row per GI and "Cộng": the total row is the
    province's figure for the title's period "(6 THÁNG ĐẦU NĂM 2026)" (nothing was read: the names
    column was taken for an indicator's, the table for no table); each GI's row is a part of it,
    and a GI named as the province is no province's block."""
    result = examine(head("Đắk Lắk", "TÌNH HÌNH QUẢN LÝ, SỬ DỤNG CHỈ DẪN ĐỊA LÝ TRÊN ĐỊA BÀN TỈNH (6 THÁNG ĐẦU NĂM 2026)") + [
        ["TT", "Tên chỉ dẫn địa lý", "Sản phẩm", "Số GCN quyền sử dụng CDĐL cấp trong 6 tháng",
         "Lũy kế tổ chức, cá nhân được cấp quyền sử dụng", "Ghi chú"],
        ["1", "Buôn Ma Thuột", "Cà phê nhân", 6, 58],
        ["2", "Ô Loan", "Sò huyết", 2, 17],
        ["3", "Đắk Lắk", "Sầu riêng", "-", "-", "Đang thẩm định"],
        [None, "Cộng", None, 8, 75],
    ], name="daklak_cddl_6t_2026.xlsx")
    assert taken(result) == {("66", "34", "ip_gi_use_certificates", "2026-S1", "actual"): 8,
                             ("66", "34", "ip_gi_use_certificates_total", "2026-06-30", "actual"): 75}


def test_a_support_table_read_with_its_title_on_its_total_row():
    """Kinds of support as rows under "Số nhiệm vụ, dự án | Số doanh nghiệp được hỗ trợ | Tổng kinh
    phí thực hiện (triệu đồng)", titled "KẾT QUẢ HỖ TRỢ DOANH NGHIỆP, KHỞI NGHIỆP ĐỔI MỚI SÁNG TẠO":
    the total row gives the support tasks (the tasks column read with the title) and the enterprises
    supported; the costs from all sources are no indicator."""
    got = taken(examine(head("Quảng Nam", "KẾT QUẢ HỖ TRỢ DOANH NGHIỆP, KHỞI NGHIỆP ĐỔI MỚI SÁNG TẠO NĂM 2024") + [
        ["TT", "Nội dung hỗ trợ", "Số nhiệm vụ, dự án", "Số doanh nghiệp được hỗ trợ",
         "Tổng kinh phí thực hiện (triệu đồng)"],
        ["1", "Hỗ trợ đổi mới, chuyển giao công nghệ", 4, 11, 3850],
        ["2", "Hỗ trợ khởi nghiệp đổi mới sáng tạo", 3, 7, 2100],
        [None, "Tổng cộng", 7, 18, 5950],
    ], name="quangnam_ho_tro_dn_2024.xlsx"))
    assert got == {("49", "63", "enterprise_support_tasks", "2024", "actual"): 7,
                   ("49", "63", "enterprises_supported", "2024", "actual"): 18}

"""What the retyped and relaid copies of the corpus's reports revealed (tests/fixtures/corpus/
variants.py: an "STT" column, years typed "Năm 2024", cells wrapped, non-breaking spaces, a colon
after labels, lower case, abbreviations, an empty row or column, a "Ghi chú" column), one class per
test (README "Whole reports, scored as the held-out set is"): each report is built here, marked as
test data, and read by `etl.ingest.examine` as an upload is. A person reads each the same as the
report it was copied from."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, head, taken


def test_an_empty_row_among_tidy_rows_starts_no_second_table():
    """An empty row inserted among the rows of a system's export: the row after it ("Sở KH&CN
    tỉnh Quảng Ninh | Số nhiệm vụ … | Năm 2024 | 142 | Nhiệm vụ") holds a figure, so it is a row,
    not the header of a second table (its cells were read as headers and every row below lost)."""
    hp, qn = "Sở Khoa học và Công nghệ thành phố Hải Phòng", "Sở Khoa học và Công nghệ tỉnh Quảng Ninh"
    got = taken(examine([
        ["Mã đơn vị", "Tên đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "Kỳ báo cáo", "Giá trị", "Đơn vị tính", "Ghi chú",
         "Trạng thái", "Ngày cập nhật"],
        ["31", hp, "KHCN.01", "Số nhiệm vụ KH&CN đang quản lý", "Năm 2024", 168, "Nhiệm vụ", MARK, "Đã phê duyệt", "15/01/2025 08:31"],
        ["31", hp, "KHCN.02", "Số nhiệm vụ KH&CN được nghiệm thu", "Năm 2024", 51, "Nhiệm vụ", None, "Đã phê duyệt", "15/01/2025 08:34"],
        [],
        ["22", qn, "KHCN.01", "Số nhiệm vụ KH&CN đang quản lý", "Năm 2024", 142, "Nhiệm vụ", None, "Đã phê duyệt", "15/01/2025 08:30"],
        ["22", qn, "KHCN.02", "Số nhiệm vụ KH&CN được nghiệm thu", "Năm 2024", 44, "Nhiệm vụ", None, "Đã phê duyệt", "15/01/2025 08:33"],
    ], name="xuat_du_lieu_2024.xlsx", title="Data"))
    assert got == {("31", "63", "tasks_managed", "2024", "actual"): 168,
                   ("31", "63", "tasks_accepted", "2024", "actual"): 51,
                   ("22", "63", "tasks_managed", "2024", "actual"): 142,
                   ("22", "63", "tasks_accepted", "2024", "actual"): 44}
    # … and an empty row right under the header (every row was lost: 32 of the export's 40 facts)
    got = taken(examine([
        ["Tỉnh", "Chỉ tiêu", "Từ ngày", "Đến ngày", "Giá trị", "Đơn vị", "Ghi chú"],
        [],
        ["Quảng Ninh", "Sản phẩm OCOP được công nhận", "01/01/2024", "31/12/2024", 64, "sản phẩm", MARK],
        ["Quảng Ninh", "Sản phẩm được hỗ trợ truy xuất nguồn gốc", "01/01/2024", "31/12/2024", 72, "sản phẩm", None],
    ], name="theo_doi_ocop_2024.xlsx", title="Trang tính1"))
    assert got == {("22", "63", "ocop_products", "2024", "actual"): 64,
                   ("22", "63", "traceability_products", "2024", "actual"): 72}


def test_an_empty_column_between_a_label_merged_down_and_its_parts():
    """"Nhiệm vụ KH&CN đang quản lý" merged down beside "Tổng số | Cấp quốc gia | Cấp tỉnh", an
    empty column between them: the parts' column is still the one beside the labels (each row
    was read as the label alone, the total four times, and the honest file refused)."""
    got = taken(examine(head("Đồng Nai", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KH&CN NĂM 2024") + [
        ["STT", "Chỉ tiêu", None, "Phân loại", "ĐVT", "Thực hiện năm 2024"],
        ["1", "Nhiệm vụ KH&CN đang quản lý", None, "Tổng số", "nhiệm vụ", 74],
        [None, None, None, "Cấp quốc gia", "nhiệm vụ", 9],
        [None, None, None, "Cấp tỉnh", "nhiệm vụ", 45],
        [None, None, None, "Cấp cơ sở", "nhiệm vụ", 20],
        ["2", "Sản phẩm OCOP được công nhận", None, None, "sản phẩm", 31],
    ], merges=("A7:A10", "B7:B10"), name="dongnai_2024.xlsx"))
    assert got == {("75", "63", "tasks_managed", "2024", "actual"): 74,
                   ("75", "63", "tasks_managed_national", "2024", "actual"): 9,
                   ("75", "63", "tasks_managed_provincial", "2024", "actual"): 45,
                   ("75", "63", "tasks_managed_grassroots", "2024", "actual"): 20,
                   ("75", "63", "ocop_products", "2024", "actual"): 31}


def test_a_notes_column_merged_down_beside_two_tables_side_by_side():
    """"NĂM 2023" over one table and "NĂM 2022" over the same table beside it, then "Ghi chú"
    merged down over the notes column: the right table's caption is "NĂM 2022" (read as "NĂM 2022
    Ghi chú" it named no period, and the 2022 figures were lost)."""
    got = taken(examine([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THANH HÓA"], [MARK], ["MỘT SỐ KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2023 SO VỚI NĂM 2022"], [],
        ["NĂM 2023", None, None, None, None, "NĂM 2022", None, None, None, "Ghi chú"],
        ["TT", "Chỉ tiêu", "ĐVT", "Số lượng", None, "TT", "Chỉ tiêu", "ĐVT", "Số lượng"],
        ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 118, None, "1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 109],
        ["2", "Sáng kiến được công nhận", "sáng kiến", 412, None, "2", "Sáng kiến được công nhận", "sáng kiến", 385, "Xem Phụ lục 2"],
    ], merges=("A5:D5", "F5:I5", "J5:J6"), name="thanhhoa_2023_so_voi_2022.xlsx"))
    assert got == {("38", "63", "tasks_managed", "2023", "actual"): 118,
                   ("38", "63", "initiatives_recognized", "2023", "actual"): 412,
                   ("38", "63", "tasks_managed", "2022", "actual"): 109,
                   ("38", "63", "initiatives_recognized", "2022", "actual"): 385}


def test_column_letters_in_lower_case_under_a_deep_header():
    """Years as rows under a deep header, its row of units, then "a | 1 | 2" (a report typed in
    lower case): the columns' numbers, not a period "a" (the honest file was refused: rule period)."""
    got = taken(examine([
        ["sở khoa học và công nghệ tỉnh thái nguyên"], [MARK], ["số liệu hoạt động khoa học và công nghệ năm 2022 - 2023"], [],
        ["năm", "nhiệm vụ khoa học và công nghệ", None, "sản phẩm ocop"],
        [None, "đang triển khai", "được nghiệm thu", "công nhận trong năm"],
        [None, "nhiệm vụ", "nhiệm vụ", "sản phẩm"],
        ["a", 1, 2, 3],
        [2022, 93, 27, 61],
        [2023, 100, 30, 69],
    ], merges=("A5:A6", "B5:C5"), name="thainguyen_2022_2023.xlsx"))
    assert got[("19", "63", "tasks_managed", "2022", "actual")] == 93
    assert got[("19", "63", "tasks_accepted", "2023", "actual")] == 30
    assert got[("19", "63", "ocop_products", "2023", "actual")] == 69
    assert len(got) == 6


def test_the_unit_header_typed_dv_tinh():
    """"ĐV tính" or "Đ.V.T" over the units: the unit column (a yearbook whose labels have no header
    was refused: no indicator found; a sum of money in triệu đồng was stored in tỷ đồng)."""
    for unit_header in ("ĐV tính", "Đ.V.T"):
        got = taken(examine([
            ["Biểu 15.3 – Một số chỉ tiêu chủ yếu về khoa học và công nghệ"],
            ["(Trích Niên giám thống kê tỉnh Cao Bằng 2024)"], [MARK], [],
            [None, unit_header, 2022, 2023, "Sơ bộ 2024"],
            ["Số tổ chức khoa học và công nghệ", "Tổ chức", 16, 17, 18],
            ["Số người làm công tác nghiên cứu khoa học", "Người", 330, 341, 352],
        ], name="caobang_nien_giam_2024.xlsx"))
        assert got[("04", "63", "st_organizations", "2024-12-31", "actual")] == 18, unit_header
        assert len(got) == 6, unit_header


def test_a_sum_of_money_whose_unit_column_header_is_not_known_keeps_its_unit():
    """"Chi NSNN cho KH&CN | triệu đồng | 71.280" under a unit header the reader does not know
    ("Đ/v tính", none at all; the variant "the unit header typed 'ĐV tính'" stored 23 such
    figures): the row's own "triệu đồng" is its unit. It was stored in the indicator's unit,
    tỷ đồng — 71.280 tỷ, a thousand times the figure (a wrong number). Tidy rows too."""
    for unit_header in ("Đ/v tính", None):
        got = taken(examine(head("Gia Lai", "KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2023") + [
            ["TT", "Chỉ tiêu", unit_header, "Thực hiện năm 2023"],
            ["1", "Chi NSNN cho KH&CN", "triệu đồng", 71280],
            ["2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12],
        ], name="gialai_2023.xlsx"))
        assert got == {("64", "63", "st_budget", "2023", "actual"): 71.28,
                       ("64", "63", "tasks_accepted", "2023", "actual"): 12}, unit_header
        got = taken(examine([
            [MARK], ["Tỉnh", "Năm", "Chỉ tiêu", "Giá trị", unit_header],
            ["Gia Lai", 2023, "Chi NSNN cho KH&CN", 71280, "triệu đồng"],
            ["Gia Lai", 2023, "Nhiệm vụ KH&CN được nghiệm thu", 12, "nhiệm vụ"],
        ], name="gialai_tidy_2023.xlsx"))
        assert got == {("64", "63", "st_budget", "2023", "actual"): 71.28,
                       ("64", "63", "tasks_accepted", "2023", "actual"): 12}, unit_header


def test_thousands_of_dong_written_1000d():
    """"1000đ" / "1.000đ" / "1.000 đồng" — thousands of đồng, as accounting tables write them — in
    the unit column, in the label or on a unit line above the table (a probe writing "nghìn đồng"
    so): 45.000 nghìn đồng is 0,045 tỷ đồng. "1000đ" was read as a spelling of the indicator's own
    unit and 45.000 stored as tỷ đồng (a wrong number)."""
    for unit in ("1000đ", "1.000đ", "1.000 đồng"):
        got = taken(examine(head("Gia Lai", "KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2023") + [
            ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2023"],
            ["1", "Chi NSNN cho KH&CN", unit, 45000],
        ], name="gialai_2023.xlsx"))
        assert got == {("64", "63", "st_budget", "2023", "actual"): 0.045}, unit
    got = taken(examine(head("Gia Lai", "KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2023") + [
        ["TT", "Chỉ tiêu", "Thực hiện năm 2023"],
        ["1", "Chi NSNN cho KH&CN (1000đ)", 45000],
    ], name="gialai_2023.xlsx"))
    assert got == {("64", "63", "st_budget", "2023", "actual"): 0.045}
    got = taken(examine(head("Gia Lai", "KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2023") + [
        ["ĐVT: 1.000đ"],
        ["TT", "Chỉ tiêu", "Thực hiện năm 2023"],
        ["1", "Chi NSNN cho KH&CN", 45000],
    ], name="gialai_2023.xlsx"))
    assert got == {("64", "63", "st_budget", "2023", "actual"): 0.045}


def test_the_label_header_typed_danh_muc_chi_tieu():
    """"Danh mục chỉ tiêu" over the labels, and as a pivot table's filter field: the labels'
    column, the filter's indicator (the variant lost 50 facts and refused 2 honest files: two
    tables side by side read as one, a pivot's filter not read)."""
    got = taken(examine([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THANH HÓA"], [MARK], ["MỘT SỐ KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2023 SO VỚI NĂM 2022"], [],
        ["NĂM 2023", None, None, None, None, "NĂM 2022"],
        ["TT", "Danh mục chỉ tiêu", "ĐVT", "Số lượng", None, "TT", "Danh mục chỉ tiêu", "ĐVT", "Số lượng"],
        ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 118, None, "1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 109],
    ], merges=("A5:D5", "F5:I5"), name="thanhhoa_2023_so_voi_2022.xlsx"))
    assert got == {("38", "63", "tasks_managed", "2023", "actual"): 118,
                   ("38", "63", "tasks_managed", "2022", "actual"): 109}
    got = taken(examine([
        [MARK], ["Danh mục chỉ tiêu", "Sản phẩm OCOP được công nhận"], ["Tổng của Giá trị", "Nhãn cột"],
        ["Nhãn hàng", 2021, 2022, "Tổng cuối"],
        ["Thanh Hóa", 62, 71, 133], ["Nghệ An", 48, 57, 105], ["Tổng cuối", 110, 128, 238],
    ], name="bactrungbo_pivot_2021_2022.xlsx", title="Pivot OCOP"))
    assert got == {("38", "63", "ocop_products", "2021", "actual"): 62, ("38", "63", "ocop_products", "2022", "actual"): 71,
                   ("40", "63", "ocop_products", "2021", "actual"): 48, ("40", "63", "ocop_products", "2022", "actual"): 57}

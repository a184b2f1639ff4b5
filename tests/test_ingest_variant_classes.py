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


# --------------------------------------------------------------------------
# What copies pick up between offices (tests/fixtures/corpus/variants.py COPIED): look-alike
# characters, a header repeated at a page break, figures typed the English way, parts shown by
# indentation, an English money unit
# --------------------------------------------------------------------------
def test_look_alike_and_invisible_characters_read_as_the_characters_they_stand_for():
    """"Ð" (U+00D0) for "Đ", as old TCVN3/VNI conversions write it, in the title's period, the unit
    line and the labels; a soft hyphen in a date; the fullwidth "％"; "’57" (a curly apostrophe
    before a figure). "6 THÁNG ÐẦU NĂM 2026" was read as the year (10 facts stored under 2026
    instead of its first half), "ÐVT: triệu đồng" not read (triệu đồng stored as tỷ đồng)."""
    got = taken(examine(head("Tuyên Quang", "KẾT QUẢ HOẠT ÐỘNG KH&CN 6 THÁNG ÐẦU NĂM 2026") + [
        ["ÐVT: triệu đồng"],
        ["TT", "Chỉ tiêu", "Thực hiện"],
        ["1", "Chi NSNN cho KH&CN", 12450],
    ], name="tuyenquang_6thang_2026.xlsx"))
    assert got == {("08", "34", "st_budget", "2026-S1", "actual"): 12.45}
    got = taken(examine(head("Cần Thơ", "Tình hình thực hiện nhiệm vụ khoa học và công nghệ") + [
        ["(Số liệu tính đến ngày 30/6/\u00ad2026)"],
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện"],
        ["1", "Nhiệm vụ KH&CN được ngh\u00adiệm thu\u200b", "nhiệm vụ", "’11"],
        ["2", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", "\uff05", 96.4],
    ], name="cantho_2026.xlsx"))
    assert got == {("92", "34", "tasks_accepted", "2026-S1", "actual"): 11,
                   ("92", "34", "online_dossier_rate", "2026-S1", "actual"): 96.4}


def test_the_header_repeated_at_a_page_break_is_no_row_of_the_table():
    """A report pasted from its printed pages repeats its header at each page break, right under a
    row of figures: those rows are no row of the table (read as one, "Mã tỉnh | Tỉnh | …" made the
    province column a column of labels and every figure was lost). A header repeated under a
    caption of its own after a blank row stays a second table (its caption may name a period)."""
    header = ["Mã tỉnh", "Tỉnh", "Tổng số NV KH&CN (nhiệm vụ)", "Chi NSNN cho KH&CN (tỷ đồng)"]
    got = taken(examine([
        [MARK], ["BẢNG TỔNG HỢP CHỈ TIÊU KH&CN CỦA CÁC TỈNH NĂM 2024"], header,
        ["58", "Ninh Thuận", 34, 19.2],
        ["14", "Sơn La", 35, 28.7],
        header,
        ["56", "Khánh Hòa", 60, 44],
    ], name="tong_hop_cac_tinh_2024.xlsx"))
    assert got == {("58", "63", "tasks_managed", "2024", "actual"): 34, ("58", "63", "st_budget", "2024", "actual"): 19.2,
                   ("14", "63", "tasks_managed", "2024", "actual"): 35, ("14", "63", "st_budget", "2024", "actual"): 28.7,
                   ("56", "63", "tasks_managed", "2024", "actual"): 60, ("56", "63", "st_budget", "2024", "actual"): 44}
    got = taken(examine([
        [MARK], ["NĂM 2024"], header, ["58", "Ninh Thuận", 34, 19.2], [],
        ["NĂM 2023"], header, ["58", "Ninh Thuận", 31, 17.5],
    ], name="tong_hop_ninh_thuan.xlsx"))
    assert got[("58", "63", "tasks_managed", "2023", "actual")] == 31
    assert got[("58", "63", "tasks_managed", "2024", "actual")] == 34


def test_figures_typed_the_english_way_read_as_the_table_writes_them():
    """A table whose figures are typed as text by an English-locale export: "1,245" beside "96.4"
    is one thousand two hundred and forty-five (its decimals have a point); "1,234,567" and
    "1,234.5" can only be English. Read one by one, "1,245" was two readings and the file refused.
    Never a guess: "1,250" in a table with no figure that says the way, or beside "12,5", stays
    asked."""
    rows = lambda a, b: head("Cần Thơ", "KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
        ["1", "Chi NSNN cho KH&CN", "triệu đồng", a],
        ["2", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", "%", b],
    ]
    by_indicator = lambda got: {k[2]: v for k, v in got.items()}
    got = taken(examine(rows("1,245", "96.4"), name="cantho_2024.xlsx"))
    assert by_indicator(got) == {"st_budget": 1.245, "online_dossier_rate": 96.4}
    got = taken(examine(rows("1,234,567", "96"), name="cantho_2024.xlsx"))
    assert by_indicator(got)["st_budget"] == 1234.567
    for a, b in (("1,250", "96"), ("1,250", "96,4")):
        got = examine(rows(a, b), name="cantho_2024.xlsx")
        assert not got.accepted and [p.rule for p in got.problems] == ["ambiguous_number"], (a, b)


def test_parts_shown_by_indentation_are_parts_of_the_row_above():
    """A report re-laid with Increase Indent instead of "- ": "Dự án thuộc Chương trình nông thôn
    miền núi" indented under "Nhiệm vụ KH&CN chuyển tiếp" is the carried-over ones among them, as
    "- Dự án …" is; read as a row of its own, 4 was stored as every such project (a wrong number)."""
    import io

    import openpyxl
    from openpyxl.styles import Alignment

    from etl import ingest
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in head("Ninh Thuận", "Kết quả thực hiện nhiệm vụ 5 tháng đầu năm 2025") + [
            ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2025", "Thực hiện 5 tháng"],
            [1, "Nhiệm vụ KH&CN chuyển tiếp từ các năm trước", "nhiệm vụ", None, 29],
            [None, "Cấp tỉnh", "nhiệm vụ", None, 24],
            [None, "Dự án thuộc Chương trình nông thôn miền núi", "dự án", None, 4],
            [2, "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", "%", 80, 76.3]]:
        ws.append(row)
    ws["B8"].alignment = ws["B9"].alignment = Alignment(indent=1)
    out = io.BytesIO()
    wb.save(out)
    got = taken(ingest.examine(out.getvalue(), "ninhthuan_5thang_2025.xlsx"))
    assert ("58", "63", "tasks_managed_ntmn", "2025-01/2025-05", "actual") not in got
    assert got[("58", "63", "tasks_carried_over_provincial", "2025-01/2025-05", "actual")] == 24
    # every row's label indented alike, for looks (its parent too): no part of anything
    for r in range(7, 11):
        ws[f"B{r}"].alignment = Alignment(indent=1)
    out = io.BytesIO()
    wb.save(out)
    looks = taken(ingest.examine(out.getvalue(), "ninhthuan_5thang_2025.xlsx"))
    ws["B8"].alignment = ws["B9"].alignment = ws["B7"].alignment = ws["B10"].alignment = Alignment(indent=0)
    out = io.BytesIO()
    wb.save(out)
    assert looks == taken(ingest.examine(out.getvalue(), "ninhthuan_5thang_2025.xlsx"))


def test_a_sum_of_money_in_billion_vnd():
    """A bilingual table's English unit column "billion VND" (as "VND billion"): tỷ đồng (the
    figure was set aside as a sum of money in an unknown unit)."""
    got = taken(examine(head("Đắk Lắk", "Bảng 2. Một số chỉ tiêu KH&CN / Table 2. Selected S&T indicators") + [
        ["STT / No.", "Chỉ tiêu", "Indicator", "Unit", "Năm 2024 / 2024", "ĐVT"],
        ["1", "Chi ngân sách nhà nước cho KH&CN", "State budget spent on S&T", "billion VND", 41.2, "tỷ đồng"],
        ["2", "Số nhiệm vụ KH&CN được nghiệm thu", "S&T tasks accepted", "tasks", 17, "nhiệm vụ"],
    ], name="daklak_2024_viet_anh.xlsx"))
    assert got == {("66", "63", "st_budget", "2024", "actual"): 41.2,
                   ("66", "63", "tasks_accepted", "2024", "actual"): 17}


# What a statistician's edits to a copy revealed (tests/fixtures/corpus/variants.py EDITED, and the
# .xls/.ods saves of a report whose parts are indented): the unit written into each label instead
# of a unit column, parts shown by indentation in the other formats
def test_a_total_under_its_heading_with_the_unit_in_its_label():
    """"II | Nhiệm vụ KH&CN được nghiệm thu" (no figure), then "Tổng cộng (nhiệm vụ) | 19" and
    its levels: the unit written into the label instead of a unit column leaves the row the
    heading's total (read as no total, the heading's figure was lost)."""
    got = taken(examine(head("Vĩnh Phúc", "BIỂU SỐ LIỆU KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2023") + [
        ["STT", "Chỉ tiêu", "Năm 2023"],
        ["I", "Nhiệm vụ KH&CN được nghiệm thu"],
        [None, "Tổng cộng (nhiệm vụ)", 19],
        ["1", "Cấp quốc gia (nhiệm vụ)", 1],
        ["2", "Cấp tỉnh (nhiệm vụ)", 13],
        ["II", "Sản phẩm OCOP được công nhận"],
        [None, "Tổng cộng (sản phẩm)", 28],
        ["1", "Hạng 3 sao (sản phẩm)", 21],
    ], name="vinhphuc_2023.xlsx"))
    assert got[("26", "63", "tasks_accepted", "2023", "actual")] == 19
    assert got[("26", "63", "ocop_products", "2023", "actual")] == 28
    assert got[("26", "63", "tasks_accepted_provincial", "2023", "actual")] == 13


def test_a_yearbook_table_whose_header_is_its_years_alone():
    """A statistical yearbook's table with the unit in each label and no unit column: its header
    is "(blank) | 2021 | 2022 | 2023" — the years typed as numbers, the labels' column unheaded.
    It is the table's header (no row read as one, the honest file was refused)."""
    rows = [["Biểu 15.3 – Một số chỉ tiêu chủ yếu về khoa học và công nghệ"],
            ["(Trích Niên giám thống kê tỉnh Cao Bằng 2024 – Chương 15: Giáo dục, y tế, văn hóa và khoa học công nghệ)"],
            [MARK], [],
            [None, 2021, 2022, 2023, "Sơ bộ 2024", "Tăng bình quân 2020-2024 (%)"],
            ["Số tổ chức khoa học và công nghệ (*)", 15, 16, 17, 18, 5.2],
            ["Số cán bộ, công chức, viên chức ngành khoa học và công nghệ (Người)", 57, 55, 54, 52, -2.2],
            ["Số nhiệm vụ khoa học và công nghệ được nghiệm thu", 8, 12, 10, 13, 7.6],
            ["Số đơn đăng ký nhãn hiệu", 49, 61, 70, 74, 10],
            ["Chi ngân sách nhà nước cho khoa học và công nghệ (Triệu đồng)", 16870, 20115, 21640, 22380, 3.9]]
    got = taken(examine(rows, name="caobang_nien_giam_2024.xlsx", title="15.3"))
    assert got[("04", "63", "tasks_accepted", "2022", "actual")] == 12
    assert got[("04", "63", "st_budget", "2023", "actual")] == 21.64      # triệu đồng, as tỷ đồng
    assert got[("04", "63", "tasks_accepted", "2024", "actual")] == 13


def _indented_parts_book():
    """Ninh Thuận's five months, "Cấp tỉnh" and "Dự án thuộc Chương trình nông thôn miền núi"
    indented under "Nhiệm vụ KH&CN chuyển tiếp" (one sheet of tests/fixtures/corpus/make_corpus)."""
    from tests.fixtures.corpus.make_corpus import Book, Sheet
    sh = Sheet("5T-2025")
    for r, row in enumerate(head("Ninh Thuận", "Kết quả thực hiện nhiệm vụ 5 tháng đầu năm 2025") + [
            ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2025", "Thực hiện 5 tháng"],
            [1, "Nhiệm vụ KH&CN chuyển tiếp từ các năm trước", "nhiệm vụ", None, 29],
            [None, "Cấp tỉnh", "nhiệm vụ", None, 24],
            [None, "Dự án thuộc Chương trình nông thôn miền núi", "dự án", None, 4],
            [2, "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", "%", 80, 76.3]], start=1):
        sh.row(r, row)
    sh.indents = {(8, 2): 1, (9, 2): 1}
    return Book("", [sh])


def _indented_parts_read(data: bytes, name: str) -> None:
    from etl import ingest
    got = taken(ingest.examine(data, name))
    assert ("58", "63", "tasks_managed_ntmn", "2025-01/2025-05", "actual") not in got, name
    assert got[("58", "63", "tasks_carried_over_provincial", "2025-01/2025-05", "actual")] == 24, name
    assert got[("58", "63", "tasks_carried_over", "2025-01/2025-05", "actual")] == 29, name


def test_parts_shown_by_indentation_in_xls_and_ods_saves():
    """The same report as `test_parts_shown_by_indentation_are_parts_of_the_row_above`, saved as
    .xls (Excel 97-2003) or .ods (LibreOffice, whose indent is a left margin): the indented
    "Dự án thuộc Chương trình nông thôn miền núi" is a part of "Nhiệm vụ KH&CN chuyển tiếp"
    (indentation was read in .xlsx only: 4 was stored as every such project, a wrong number)."""
    from tests.fixtures.corpus.make_corpus import ods_book_bytes, xls_bytes
    _indented_parts_read(xls_bytes(_indented_parts_book()), "ninhthuan_5thang_2025.xls")
    _indented_parts_read(ods_book_bytes(_indented_parts_book()), "ninhthuan_5thang_2025.ods")


def test_parts_indented_by_a_named_cell_style_in_an_ods_save():
    """LibreOffice keeps an indent set in a named cell style ("Indent 1": Format Cells > Indent set
    once in the style) in styles.xml, not in the cell: parts indented so are parts, as in .xlsx and
    in an .ods indented cell by cell — whether a cell names the style or an automatic style based on
    it (they were read as rows of their own: 4 stored as every such project, a wrong number)."""
    from tests.fixtures.corpus.make_corpus import ods_book_bytes
    for style in ("named", "named-direct"):
        _indented_parts_read(ods_book_bytes(_indented_parts_book(), indent_style=style), f"ninhthuan_{style}.ods")


def test_a_declared_english_name_with_a_letter_typed_twice():
    """A donor project's English table: "Number of S&T tasks acceppted" is the registry's English
    name with a letter typed twice; corrected word by word it is that name exactly (all 12 facts
    were lost). A wording that only shares a name's meaning-bearing words is not: "Tổng chi cho
    KH&CN trên địa bàn" (every source) is no state budget (tests/test_ingest_batch10_classes.py)."""
    got = taken(examine([
        ["PEOPLE'S COMMITTEE OF LAO CAI PROVINCE"], ["Department of Science and Technology"], [MARK],
        ["PROJECT RESULTS FRAMEWORK — PROGRESS AS OF 31/12/2023"], [],
        ["No.", "Indicator", "Unit", "Baseline (2020)", "Target 2023", "Actual 2023"],
        ["1", "Number of S&T tasks under implemenntation", "tasks", 41, 50, 52],
        ["2", "Number of S&T tasks acceppted", "tasks", 9, 12, 14],
    ], name="laocai_donor_project_progress_2023.xlsx", title="Results framework"))
    assert got[("10", "63", "tasks_accepted", "2023", "actual")] == 14
    assert got[("10", "63", "tasks_managed", "2023", "actual")] == 52

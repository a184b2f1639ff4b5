"""refused80 (issue #8, "no file lost for one cell"): honest layouts earlier helpers found refused whole — two captioned
tables stacked with no blank row between, a yearbook table whose province is named only in its source line, sheets
named by a former province's initials, a yearbook table with only its "TỔNG SỐ" row — each with the honest
neighbours that must keep reading the same and the wrong ones that must stay refused or set aside. Each report is
the smallest realistic one, read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, examine_book, facts, reasons, taken

# --------------------------------------------------------------------------------------------------------------
# (1) Two captioned tables stacked, no blank row between
# --------------------------------------------------------------------------------------------------------------
COMPARED = ["Năm", "Ninh Thuận", "Sơn La", "Kon Tum", "Bình Thuận", "Bình quân 4 tỉnh", "Ghi chú"]


def _stacked(second_caption: str = "2. Chi ngân sách nhà nước cho KH&CN (tỷ đồng)", blank: bool = False,
             second_rows=None):
    """The Ministry's comparison of four provinces: "1. Sản phẩm OCOP được công nhận (sản phẩm)" over its years, then
    `second_caption` right under the first table's last row (after a blank row when `blank`), the same header, the
    budget's years."""
    second_rows = second_rows or [[2023, 31.4, 41, 24.6, 42.8, 34.95], [2024, 34.2, 44.6, 26.9, 45.1, 37.7],
                                  ["Tăng bình quân/năm (%)", 8.9, 8.8, 9.3, 5.4]]
    rows = [["BỘ KHOA HỌC VÀ CÔNG NGHỆ - VĂN PHÒNG"], [MARK], [],
            ["SO SÁNH MỘT SỐ CHỈ TIÊU GIỮA 4 TỈNH GIAI ĐOẠN 2023 - 2024"], [],
            ["1. Sản phẩm OCOP được công nhận (sản phẩm)"], COMPARED, [2023, 35, 53, 28, 52, 42],
            [2024, 41, 60, 33, 47, 45.25], ["Tăng bình quân/năm (%)", 17.1, 13.2, 17.9, -9.6],
            *([[]] if blank else []), [second_caption], COMPARED, *second_rows]
    return examine(rows, name="so_sanh.xlsx")


@pytest.mark.parametrize("caption", ["2. Chi ngân sách nhà nước cho KH&CN (tỷ đồng)",
                                     "2) Chi ngân sách nhà nước cho KH&CN (tỷ đồng)",
                                     "Bảng 2. Chi ngân sách nhà nước cho KH&CN (tỷ đồng)"])
def test_a_numbered_caption_under_a_tables_last_row_begins_the_next_table(caption):
    """LOST (the honest file refused whole): "2. Chi ngân sách …" right under "1. Sản phẩm OCOP …"'s last row, no blank
    row between, its header under it: the budget's years were read under the first caption, a second value of each
    year's OCOP products ("có hai giá trị khác nhau"). Now each table is its own caption's, as with a blank row."""
    got = taken(_stacked(caption))
    assert got[("14", "63", "ocop_products", "2023", "actual")] == 53, got
    assert got[("14", "63", "st_budget", "2023", "actual")] == 41, got
    assert got == taken(_stacked(caption, blank=True))


def test_probe_a_blank_row_between_reads_as_before():
    """The honest neighbour (read so on main already, wrong55's probe): a blank row between the tables."""
    got = taken(_stacked(blank=True))
    assert got[("60", "63", "st_budget", "2024", "actual")] == 45.1, got


def test_probe_the_second_table_repeating_the_first_tables_indicator_stays_refused():
    """The wrong neighbour: the second caption names the OCOP products again with other figures — two values of one
    fact, refused as before."""
    result = _stacked("2. Sản phẩm OCOP được công nhận (sản phẩm)",
                      second_rows=[[2023, 36, 53, 28, 52, 42.25], [2024, 41, 60, 33, 47, 45.25]])
    assert not result.accepted
    assert "hai giá trị khác nhau" in " ".join(p.message_vi for p in result.problems)


def _department(rows: list[list]):
    return examine([["UBND TỈNH HÀ TĨNH"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
                    ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"], [],
                    ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], *rows], name="hatinh_2024.xlsx")


def test_probe_a_numbered_row_with_its_figure_stays_a_row_of_the_table():
    """The honest neighbour: a numbered row WITH its figure ("2. Sản phẩm OCOP được công nhận | Sản phẩm | 15") under
    a row of figures, its header-like neighbour below it, is a row of the table, no caption."""
    got = taken(_department([["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 12],
                             [None, "2. Sản phẩm OCOP được công nhận", "Sản phẩm", 15],
                             [None, "3. Sản phẩm OCOP còn hiệu lực công nhận", "Sản phẩm", 40]]))
    assert got == {("42", "63", "tasks_accepted", "2024", "actual"): 12.0,
                   ("42", "63", "ocop_products", "2024", "actual"): 15.0,
                   ("42", "63", "ocop_products_total", "2024-12-31", "actual"): 40.0}


def test_probe_a_numbered_section_without_a_header_under_it_stays_a_section():
    """The honest neighbour: "2. Nhiệm vụ KH&CN được nghiệm thu" alone after a row of figures, its levels under it (no
    header): a section of the same table, its rows read under it as before."""
    got = taken(_department([["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 15],
                             [None, "2. Nhiệm vụ KH&CN được nghiệm thu"], [None, "- Cấp tỉnh", "Nhiệm vụ", 8],
                             [None, "- Cấp cơ sở", "Nhiệm vụ", 4]]))
    assert got == {("42", "63", "ocop_products", "2024", "actual"): 15.0,
                   ("42", "63", "tasks_accepted_provincial", "2024", "actual"): 8.0}


def test_probe_a_stacked_table_with_a_part_above_its_whole_stays_refused():
    """The wrong neighbour: a second table stacked the same way whose provincial tasks (45) are more than all the
    tasks accepted (40) — read as its own table now, it is refused for that."""
    rows = [["UBND TỈNH GIA LAI"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["SỐ LIỆU KH&CN NĂM 2023"], [],
            ["1. Sản phẩm OCOP được công nhận"], ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023"],
            [1, "Sản phẩm OCOP được công nhận", "Sản phẩm", 21],
            ["2. Nhiệm vụ KH&CN được nghiệm thu theo cấp"], ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023"],
            [1, "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 40], [2, "- Cấp tỉnh", "Nhiệm vụ", 45]]
    result = examine(rows, name="gialai_2023.xlsx")
    assert not result.accepted, facts(result)
    assert "lớn hơn" in " ".join(p.message_vi for p in result.problems)


# --------------------------------------------------------------------------------------------------------------
# (2) A yearbook table whose province is named only in its source line
# --------------------------------------------------------------------------------------------------------------
DISTRICTS = [("Thành phố Cao Lãnh", [9, 10, 12]), ("Thành phố Sa Đéc", [11, 13, 15]), ("Huyện Tân Hồng", [5, 6, 7])]
YEARS = ["2020", "2021", "2022"]
TOTALS = [sum(d[1][k] for d in DISTRICTS) for k in range(3)]


def _yearbook(*under: str, districts=DISTRICTS, name: str = "nien_giam_bieu_12_08.xlsx"):
    """Đồng Tháp's yearbook table copied alone (its file's and sheet's names name no province): the caption, the unit
    line, the years, "TỔNG SỐ" and `districts`, then the lines `under` it."""
    rows = [[MARK], ["Biểu 12.08. Số sản phẩm OCOP được công nhận phân theo huyện, thị xã, thành phố"],
            [None, None, None, "Đơn vị tính: Sản phẩm"], [None, *YEARS], ["TỔNG SỐ", *TOTALS],
            *[[n, *v] for n, v in districts], [], *[[line] for line in under]]
    return examine(rows, name=name, title="12.08")


def _dong_thap(code: str = "87") -> dict:
    return {(code, "63", "ocop_products", y, "actual"): float(v) for y, v in zip(YEARS, TOTALS)}


@pytest.mark.parametrize("source", ["Nguồn: Niên giám thống kê tỉnh Đồng Tháp năm 2023",
                                    "Nguồn số liệu: Niên giám thống kê Đồng Tháp 2023",
                                    "Nguồn: NGTK tỉnh Đồng Tháp 2023"])
def test_a_source_line_naming_a_provinces_yearbook_names_the_province(source):
    """LOST (the honest file refused whole, "Không xác định được tỉnh"): the table's province named only in "Nguồn:
    Niên giám thống kê tỉnh Đồng Tháp năm 2023" under it. A province's own yearbook is that province's: the totals are
    Đồng Tháp's, the uploader shown the line they were placed by."""
    result = _yearbook(source)
    assert taken(result) == _dong_thap()
    assert set(result.facts.note) == {f"Tỉnh theo dòng nguồn “{source}” (ô 12.08!A10; báo cáo không ghi tỉnh ở tiêu "
                                      f"đề)."}


@pytest.mark.parametrize("source", ["Nguồn: Tổng cục Thống kê", "Nguồn: Niên giám thống kê Việt Nam năm 2023",
                                    "Niên giám thống kê tỉnh Đồng Tháp năm 2023 là tài liệu tham khảo"])
def test_probe_a_source_naming_no_provinces_yearbook_names_none(source):
    """The wrong neighbour: a source naming no province's yearbook (the national office, the country's yearbook), or
    a line that is no source line: no province, refused as before."""
    result = _yearbook(source)
    assert not result.accepted and "Không xác định được tỉnh" in " ".join(p.message_vi for p in result.problems)


@pytest.mark.parametrize("other", ["Ghi chú: so sánh với tỉnh Tiền Giang cùng kỳ",
                                   "Theo số liệu của Sở KH&CN tỉnh Tiền Giang"])
def test_probe_a_line_naming_another_province_leaves_the_province_unsaid(other):
    """The wrong neighbour: beside the yearbook's source, a line naming another province (a comparison, another
    department's figures): whose the figures are is unsaid — refused as before, never Đồng Tháp's by guess."""
    result = _yearbook("Nguồn: Niên giám thống kê tỉnh Đồng Tháp năm 2023", other)
    assert not result.accepted


def test_probe_rows_naming_provinces_are_not_the_sources():
    """The wrong neighbour: a comparison of provinces down the rows under a source naming one province's yearbook —
    no row is the source's province's by the source line: refused as before (nothing stored as Đồng Tháp's)."""
    result = _yearbook("Nguồn: Niên giám thống kê tỉnh Đồng Tháp năm 2023",
                       districts=[("Tỉnh Tiền Giang", [9, 10, 12]), ("Tỉnh Vĩnh Long", [11, 13, 15])])
    assert not any(k[0] == "87" for k in facts(result)), facts(result)


def test_probe_the_file_name_still_outranks_the_source_line():
    """The honest neighbour: a file named by its province reads as before (the source line adds nothing)."""
    assert taken(_yearbook("Nguồn: Niên giám thống kê tỉnh Đồng Tháp năm 2023",
                           name="dongthap_nien_giam_2023.xlsx")) == _dong_thap()


# --------------------------------------------------------------------------------------------------------------
# (3) Sheets named by a former province's initials in a merged province's workbook
# --------------------------------------------------------------------------------------------------------------
def _former_sheet(tasks: int, heading: str) -> list[list]:
    return [[heading], [MARK], ["KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025 (TRƯỚC SẮP XẾP)"], [],
            ["STT", "Nội dung", "ĐVT", "6 tháng đầu năm 2025"], [1, "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", tasks]]


VINH_LONG = "UBND TỈNH VĨNH LONG - SỞ KHOA HỌC VÀ CÔNG NGHỆ"
LAM_DONG = "UBND TỈNH LÂM ĐỒNG - SỞ KHOA HỌC VÀ CÔNG NGHỆ"


def _initials_book(names, heading: str, tasks=(7, 9, 5)):
    return examine_book({n: _former_sheet(v, heading) for n, v in zip(names, tasks)}, name="bao_cao_6t2025.xlsx")


def _halves(codes, tasks=(7, 9, 5)) -> dict:
    return {(code, "63", "tasks_accepted", "2025-S1", "actual"): float(v) for code, v in zip(codes, tasks)}


@pytest.mark.parametrize("names", [("VL cũ", "BT cũ", "TV cũ"), ("VL (cũ)", "BT (cũ)", "TV (cũ)"),
                                   ("VL_cu", "BT_cu", "TV_cu")])
def test_sheets_named_by_initials_are_the_former_provinces_of_the_headings(names):
    """LOST (the honest file refused whole): the new Vĩnh Long's workbook "VL cũ | BT cũ | TV cũ" under the
    compiler's heading: every sheet was Vĩnh Long's, one fact with three values. The initials name the former
    provinces merged into the heading's Vĩnh Long: Vĩnh Long, Bến Tre, Trà Vinh's own first half."""
    assert taken(_initials_book(names, VINH_LONG)) == _halves(("86", "83", "84"))


def test_the_same_initials_under_another_merged_province_name_its_former():
    """"BT" is Bến Tre under the new Vĩnh Long and Bình Thuận under the new Lâm Đồng ("LĐ cũ | ĐN cũ | BT cũ"): the
    heading's merged province resolves them."""
    assert taken(_initials_book(("LĐ cũ", "ĐN cũ", "BT cũ"), LAM_DONG)) == _halves(("68", "67", "60"))


def test_probe_initials_of_no_former_of_the_heading_are_set_aside():
    """The wrong neighbour: "KT cũ" (Kon Tum) in the new Vĩnh Long's workbook names none of its former provinces: the
    sheet is set aside saying why, the others read — never Vĩnh Long's nor a guessed Kon Tum's."""
    result = _initials_book(("BT cũ", "TV cũ", "KT cũ"), VINH_LONG)
    assert taken(result) == _halves(("83", "84"), (7, 9))
    assert "chữ viết tắt “KT”" in reasons(result), reasons(result)


def test_probe_initials_under_a_province_no_merger_formed_are_set_aside():
    """The wrong neighbour: "BT cũ" beside "Tổng hợp" under the former Bình Định's heading (no merged province:
    Bình Thuận or Bến Tre is unsaid): the sheet set aside, the heading's own sheet read."""
    result = _initials_book(("Tổng hợp", "BT cũ"), "UBND TỈNH BÌNH ĐỊNH - SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    assert taken(result) == _halves(("52",), (7,))
    assert "không rõ số liệu của tỉnh nào" in reasons(result), reasons(result)


def test_probe_sheets_named_in_full_read_as_before():
    """The honest neighbour (read so on main already): "Vĩnh Long cũ | Bến Tre cũ | Trà Vinh cũ"."""
    assert taken(_initials_book(("Vĩnh Long cũ", "Bến Tre cũ", "Trà Vinh cũ"), VINH_LONG)) == _halves(("86", "83", "84"))


def test_probe_two_values_of_one_former_stay_refused():
    """WRONG on combo54: "BT cũ" and "Bến Tre cũ" giving Bến Tre's half twice, 9 and 11 — "BT cũ" read as the heading's
    province stored Bến Tre's 9 as the former Vĩnh Long's half. Now both are Bến Tre's: two values, refused."""
    result = _initials_book(("BT cũ", "Bến Tre cũ"), VINH_LONG, tasks=(9, 11))
    assert not result.accepted
    assert "hai giá trị khác nhau" in " ".join(p.message_vi for p in result.problems)


# --------------------------------------------------------------------------------------------------------------
# (4) A yearbook table with only its "TỔNG SỐ" row under the years
# --------------------------------------------------------------------------------------------------------------
def _total_only(caption: str = "Biểu 12.08. Số sản phẩm OCOP được công nhận", total: str = "TỔNG SỐ",
                figures=(25, 29, 34), unit: str = "Đơn vị tính: Sản phẩm"):
    rows = [[MARK], [caption], [None, None, None, unit], [None, *YEARS], [total, *figures]]
    return examine(rows, name="dongthap_nien_giam_2023.xlsx", title="12.08")


@pytest.mark.parametrize("total", ["TỔNG SỐ", "Tổng số", "TOÀN TỈNH"])
def test_a_yearbook_table_of_its_total_alone_is_read(total):
    """LOST (the honest file refused whole, "không tìm thấy chỉ tiêu nào"): the caption, the years and only "TỔNG SỐ |
    25 | 29 | 34" (no breakdown rows): one row of words found no label column. The total is the caption's."""
    assert taken(_total_only(total=total)) == {("87", "63", "ocop_products", y, "actual"): float(v)
                                               for y, v in zip(YEARS, (25, 29, 34))}


def test_probe_a_caption_naming_no_indicator_over_its_total_gives_nothing():
    """The wrong neighbour: "Biểu 12.09. Số hợp tác xã" over its lone total: nothing read as an indicator."""
    assert not facts(_total_only(caption="Biểu 12.09. Số hợp tác xã"))


def test_probe_a_rate_over_100_in_a_lone_total_is_refused():
    """The wrong neighbour: a rate's lone total over 100 % ("Tỷ lệ hồ sơ TTHC nộp trực tuyến", 104,6 in 2022): read
    now, it is refused for that, never stored."""
    result = _total_only(caption="Biểu 12.15. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến",
                         figures=(62.5, 81.0, 104.6), unit="Đơn vị tính: %")
    assert not result.accepted, facts(result)


def test_probe_a_word_other_than_a_total_alone_finds_no_label_column():
    """The neighbour of the rule: one row of a word that is no total ("Cấp tỉnh") under the caption: still no label
    column, nothing read as the caption's whole."""
    assert not facts(_total_only(total="Cấp tỉnh"))


# --------------------------------------------------------------------------------------------------------------
# (5) A cluster of departments' members under "Sở KH&CN" (blind84 left it)
# --------------------------------------------------------------------------------------------------------------
MEMBERS = [("92", "TP. Cần Thơ", 32, 41, 88.6), ("89", "An Giang", 27, 56, 79.3), ("91", "Kiên Giang", 19, 38, 84.0)]
INDICATORS = ["Nhiệm vụ KH&CN được nghiệm thu (nhiệm vụ)", "Sản phẩm OCOP được công nhận (sản phẩm)",
              "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến (%)"]


def _departments(header: str, names=tuple(m[1] for m in MEMBERS), rates=tuple(m[4] for m in MEMBERS), notes=False):
    """The Mekong delta cluster's 2023 table, its member departments down the rows under `header`, "Tổng cộng" last
    (a "Ghi chú" column right when `notes`)."""
    rows = [["CỤM THI ĐUA CÁC SỞ KHOA HỌC VÀ CÔNG NGHỆ VÙNG ĐỒNG BẰNG SÔNG CỬU LONG"],
            ["BIỂU TỔNG HỢP MỘT SỐ KẾT QUẢ CHỦ YẾU NĂM 2023"], [MARK], [],
            ["TT", header, *INDICATORS, *(["Ghi chú"] if notes else [])]]
    rows += [[i + 1, name, m[2], m[3], rate] for i, (name, m, rate) in enumerate(zip(names, MEMBERS, rates))]
    rows.append([None, "Tổng cộng", sum(m[2] for m in MEMBERS), sum(m[3] for m in MEMBERS)])
    return examine(rows, name="cum_thi_dua.xlsx")


MEMBERS_2023 = {key: value for code, _, tasks, products, rate in MEMBERS for key, value in (
    ((code, "63", "tasks_accepted", "2023", "actual"), float(tasks)),
    ((code, "63", "ocop_products", "2023", "actual"), float(products)),
    ((code, "63", "online_dossier_rate", "2023", "actual"), rate))}


@pytest.mark.parametrize("header, notes", [("Sở KH&CN", False), ("Sở Khoa học và Công nghệ", False),
                                           ("Sở KH và CN", False), ("Đơn vị (Sở KH&CN)", True)])
def test_members_under_the_departments_header_are_the_rows_provinces(header, notes):
    """LOST (the honest file refused whole, "không tìm thấy chỉ tiêu nào"): the cluster's members under "Sở KH&CN" —
    the header read as a department's value column (or nothing), no row named a province. Each row is its member
    province's, as under "Đơn vị" (blind84); "Tổng cộng" is no province's."""
    assert taken(_departments(header, notes=notes)) == MEMBERS_2023


def test_members_named_as_departments_under_the_departments_header():
    """LOST: the same rows written "Sở KH&CN TP. Cần Thơ", "Sở KH&CN tỉnh An Giang", … under "Sở KH&CN"."""
    names = ["Sở KH&CN TP. Cần Thơ", "Sở KH&CN tỉnh An Giang", "Sở Khoa học và Công nghệ Kiên Giang"]
    assert taken(_departments("Sở KH&CN", names=names)) == MEMBERS_2023


@pytest.mark.parametrize("odd", ["Văn phòng Điều phối vùng", "An Giang, Kiên Giang"])
def test_probe_an_office_or_two_provinces_under_the_header_keeps_it_no_province_column(odd):
    """The wrong neighbour: a row under "Sở KH&CN" naming an office or two provinces at once: the column is not the
    provinces' — nothing stored as any member's."""
    assert not facts(_departments("Sở KH&CN", names=["TP. Cần Thơ", "An Giang", odd]))


def test_probe_a_members_rate_over_100_is_refused():
    """The wrong neighbour: Kiên Giang's online dossier rate typed 104,0 — read now, refused for it, never stored."""
    result = _departments("Sở KH&CN", rates=(88.6, 79.3, 104.0))
    assert not result.accepted, facts(result)


def test_probe_a_numbered_section_over_a_row_of_periods_reads_as_before():
    """The honest neighbour (recall32's sub-header): "II. Sản phẩm OCOP" alone after a row of figures, then "| | |
    Năm 2024 | Năm 2025" over its rows: the periods head the rows below, no new table — as before."""
    got = taken(examine([["UBND TỈNH HÀ TĨNH"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
                         ["BÁO CÁO KẾT QUẢ GIAI ĐOẠN 2023-2025"], [],
                         ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024"],
                         ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 12, 14], ["II. Sản phẩm OCOP"],
                         [None, None, None, "Năm 2024", "Năm 2025"],
                         ["2", "Sản phẩm OCOP được công nhận", "Sản phẩm", 20, 25]], name="hatinh.xlsx"))
    assert got[("42", "63", "ocop_products", "2024", "actual")] == 20.0, got
    assert got[("42", "34", "ocop_products", "2025", "actual")] == 25.0, got


def test_probe_initials_agreeing_with_the_titles_province_read_as_the_title():
    """The honest neighbour: "BT cũ" over a title naming Bến Tre itself ("KẾT QUẢ KH&CN CỦA TỈNH BẾN TRE NĂM 2024", no
    issuer above it): the sheet's initials agree with the title — Bến Tre's 2024, not set aside."""
    rows = [[MARK], ["KẾT QUẢ KH&CN CỦA TỈNH BẾN TRE NĂM 2024"], [],
            ["STT", "Nội dung", "ĐVT", "Năm 2024"], [1, "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 14]]
    assert taken(examine_book({"BT cũ": rows}, name="bao_cao.xlsx")) == {
        ("83", "63", "tasks_accepted", "2024", "actual"): 14.0}


def test_probe_one_sheet_by_initials_alone_is_set_aside():
    """The wrong neighbour: "Tổng hợp | KH cũ" under the new Khánh Hòa's heading — no other sheet names a former
    province, so "KH cũ" may be an old plan (kế hoạch) as well as the former Khánh Hòa: set aside, never stored as
    either province's."""
    heading = "UBND TỈNH KHÁNH HÒA - SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    result = _initials_book(("Tổng hợp", "KH cũ"), heading)
    assert "KH cũ" not in set(result.facts.sheet), facts(result)
    assert "chữ viết tắt “KH”" in reasons(result), reasons(result)


def test_initials_beside_a_sheet_named_in_full():
    """LOST: "BT cũ" beside "Trà Vinh cũ" under the new Vĩnh Long's heading — a sibling names another former
    province in full: Bến Tre's and Trà Vinh's own halves."""
    assert taken(_initials_book(("BT cũ", "Trà Vinh cũ"), VINH_LONG, tasks=(9, 5))) == _halves(("83", "84"), (9, 5))

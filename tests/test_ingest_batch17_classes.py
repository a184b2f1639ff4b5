"""What the seventeenth blind batch of the workbook corpus revealed (figures that live in text cells,
as the Red River delta and the North-East type them: a result written as a sentence, a label and its
figure in one cell, paragraphs pasted from the Word report), one class per test (README "Whole
reports, scored as the held-out set is"): each report is built here, marked as test data, and read
by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken


def test_a_result_written_as_a_sentence_is_read_and_its_near_misses_are_not():
    """"Nội dung | Kết quả thực hiện | Đánh giá": each result a sentence carrying its figures, a
    breakdown in brackets naming only the levels, a city's "cấp Thành phố" its provincial level.
    Nothing was read (the cells are no one number). Near misses in the same table give nothing:
    a bound, an approximation, next year's list, a plan in the evaluation column, a count since a
    year or to date, dossiers counted, inspections."""
    got = taken(examine(head("Hà Nội", "Kết quả thực hiện nhiệm vụ khoa học và công nghệ năm 2024", city=True) + [
        ["TT", "Nội dung", "Kết quả thực hiện", "Đánh giá"],
        ["1", "Quản lý nhiệm vụ", "Quản lý 126 nhiệm vụ KH&CN (08 cấp quốc gia, 98 cấp Thành phố, 20 cấp cơ sở)",
         "Hoàn thành"],
        ["2", "Nghiệm thu", "Đã nghiệm thu 18 nhiệm vụ (02 cấp quốc gia, 16 cấp Thành phố)", "Đạt"],
        ["3", "OCOP", "Có 45 sản phẩm được công nhận OCOP, nâng tổng số sản phẩm OCOP còn hiệu lực của Thành "
                      "phố lên 312 sản phẩm", "Vượt (KH: 40 sản phẩm)"],
        ["4", "Đề xuất nhiệm vụ", "Trình phê duyệt danh mục 41 nhiệm vụ thực hiện từ năm 2025", "Đang thực hiện"],
        ["5", "Hồ sơ", "Tiếp nhận trên 300 hồ sơ TTHC, tỷ lệ hồ sơ nộp trực tuyến đạt gần 50%", "Đạt"],
        ["6", "OCOP lũy kế", "Từ năm 2019 đến nay, Thành phố đã có 1.020 sản phẩm được công nhận OCOP", None],
        ["7", "Thanh tra", "Thanh tra, kiểm tra 45 cơ sở sản xuất, kinh doanh", "Hoàn thành"],
        ["8", "Nghiệm thu lũy kế", "Đến nay đã nghiệm thu 1.150 nhiệm vụ KH&CN", None],
    ], name="hanoi_2024.xlsx"))
    assert got == {
        ("01", "63", "tasks_managed", "2024", "actual"): 126,
        ("01", "63", "tasks_managed_national", "2024", "actual"): 8,
        ("01", "63", "tasks_managed_provincial", "2024", "actual"): 98,
        ("01", "63", "tasks_managed_grassroots", "2024", "actual"): 20,
        ("01", "63", "tasks_accepted", "2024", "actual"): 18,
        ("01", "63", "tasks_accepted_national", "2024", "actual"): 2,
        ("01", "63", "tasks_accepted_provincial", "2024", "actual"): 16,
        ("01", "63", "ocop_products", "2024", "actual"): 45,
        ("01", "63", "ocop_products_total", "2024-12-31", "actual"): 312,
    }


def test_a_part_above_its_total_in_one_sentence_refuses_the_file():
    """"Tổ chức nghiệm thu 12 nhiệm vụ, trong đó 15 nhiệm vụ cấp Thành phố": the part above its
    total, in one cell (the file was accepted, the sentence unread)."""
    result = examine(head("Hải Phòng", "Kết quả thực hiện nhiệm vụ khoa học và công nghệ năm 2021", city=True) + [
        ["TT", "Nội dung", "Kết quả thực hiện", "Đánh giá"],
        ["1", "Nghiệm thu nhiệm vụ", "Tổ chức nghiệm thu 12 nhiệm vụ, trong đó 15 nhiệm vụ cấp Thành phố", "Đạt"],
        ["2", "OCOP", "Công nhận 36 sản phẩm OCOP (30 sản phẩm 3 sao, 06 sản phẩm 4 sao)", "Vượt"],
    ], name="haiphong_2021.xlsx")
    assert not result.accepted
    assert any(p.rule == "part_whole" for p in result.problems)


def test_a_paragraph_above_the_table_that_states_a_fact_with_another_value_refuses_the_file():
    """"Năm 2022, Sở KH&CN đã quản lý 48 nhiệm vụ KH&CN" above a table giving 52: one fact given
    twice with two values (the paragraph was unread and 52 stored)."""
    result = examine(head("Hà Giang", "Tình hình hoạt động khoa học và công nghệ năm 2022") + [
        ["Năm 2022, Sở KH&CN đã quản lý 48 nhiệm vụ KH&CN; công nhận 29 sản phẩm OCOP."],
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2022"],
        ["1", "Nhiệm vụ KH&CN được quản lý", "Nhiệm vụ", 52],
        ["2", "Sản phẩm OCOP được công nhận", "Sản phẩm", 29],
    ], merges=("A6:D6",), name="hagiang_2022.xlsx")
    assert not result.accepted
    assert any(p.rule == "duplicate" for p in result.problems)


def test_a_label_and_its_figure_in_one_cell_of_a_table():
    """"STT | Nội dung | Ghi chú" with "Tổng số nhiệm vụ KH&CN triển khai: 74 nhiệm vụ" and its
    sub-items "- Nhiệm vụ cấp quốc gia: 03" in the label column, the note column empty or a note:
    each figure is its label's (they were listed as rows without data)."""
    got = taken(examine(head("Hải Dương", "SỐ LIỆU KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2024") + [
        ["STT", "Nội dung", "Ghi chú"],
        ["1", "Tổng số nhiệm vụ KH&CN triển khai: 74 nhiệm vụ", "Bao gồm nhiệm vụ chuyển tiếp"],
        [None, "  - Nhiệm vụ cấp quốc gia: 03", None],
        [None, "  - Nhiệm vụ cấp tỉnh: 52", None],
        ["2", "Tỷ lệ TTHC mức độ 4: 87,3%", None],
        ["3", "Số hồ sơ TTHC tiếp nhận: 1.532 hồ sơ", None],
    ], name="haiduong_6t_2024.xlsx"))
    assert got == {("30", "63", "tasks_managed", "2024-S1", "actual"): 74,
                   ("30", "63", "tasks_managed_national", "2024-S1", "actual"): 3,
                   ("30", "63", "tasks_managed_provincial", "2024-S1", "actual"): 52,
                   ("30", "63", "tthc_level4_rate", "2024-06-30", "actual"): 87.3}


def test_a_figure_achieved_typed_after_dat():
    """"Đạt 65,4%" in the result column of "Tỷ lệ TTHC mức độ 4" is 65,4 (it was no one number);
    "Đạt 45% kế hoạch năm" stays no figure."""
    got = taken(examine(head("Bắc Giang", "Kết quả hoạt động khoa học và công nghệ năm 2021") + [
        ["TT", "Nội dung", "Kết quả năm 2021"],
        ["1", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến mức độ 4", "Đạt 65,4%"],
        ["2", "Nhiệm vụ KH&CN được nghiệm thu", "Đạt 45% kế hoạch năm"],
    ], name="bacgiang_2021.xlsx"))
    assert got == {("24", "63", "tthc_level4_rate", "2021-12-31", "actual"): 65.4}


def test_a_report_since_the_merger_is_on_the_second_half():
    """"Kết quả … từ khi hợp nhất (01/7/2025) đến 31/12/2025": the new Tuyên Quang's figures since 1
    July 2025, not the whole year (they were stored as 2025: a wrong period)."""
    got = taken(examine(head("Tuyên Quang", "KẾT QUẢ HOẠT ĐỘNG KH&CN TỪ KHI HỢP NHẤT (01/7/2025) ĐẾN 31/12/2025") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Kết quả"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 19],
        ["2", "Sản phẩm OCOP được công nhận", "Sản phẩm", 44],
    ], name="tuyenquang_moi_2025.xlsx"))
    assert got == {("08", "34", "tasks_accepted", "2025-S2", "actual"): 19,
                   ("08", "34", "ocop_products", "2025-S2", "actual"): 44}


def test_paragraphs_pasted_into_merged_cells_and_the_part_under_what_is_to_come():
    """A report pasted paragraph by paragraph into merged cells, the period inside the sentence
    ("Từ 01/7/2025 đến 31/12/2025 đã nghiệm thu …"), then "Nhiệm vụ trọng tâm năm 2026": the
    paragraphs are read (the file was refused: no indicator), the part on what is to come is not."""
    got = taken(examine(head("Tuyên Quang", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025") + [
        ["1. Từ 01/7/2025 đến 31/12/2025 đã nghiệm thu 19 nhiệm vụ (01 cấp quốc gia, 18 cấp tỉnh)."],
        ["2. Lũy kế đến 31/12/2025, toàn tỉnh có 512 sản phẩm OCOP còn hiệu lực."],
        ["3. Tổ chức 06 hội nghị, hội thảo; thanh tra, kiểm tra 29 cơ sở."],
        ["II. NHIỆM VỤ TRỌNG TÂM NĂM 2026"],
        ["1. Tổ chức nghiệm thu 25 nhiệm vụ đến hạn."],
    ], merges=("A6:F6", "A7:F7", "A8:F8", "A9:F9", "A10:F10"), name="tuyenquang_2025.xlsx"))
    assert got == {("08", "34", "tasks_accepted", "2025-S2", "actual"): 19,
                   ("08", "34", "tasks_accepted_national", "2025-S2", "actual"): 1,
                   ("08", "34", "tasks_accepted_provincial", "2025-S2", "actual"): 18,
                   ("08", "34", "ocop_products_total", "2025-12-31", "actual"): 512}


def test_a_plus_line_in_a_list_of_label_figure_lines_is_a_part_of_the_dash_line_above():
    """A one-column list: "- Số nhiệm vụ KH&CN đang quản lý: 138 nhiệm vụ", then "+ Cấp quốc gia: 06
    nhiệm vụ": the national tasks managed (the "+" line alone named nothing)."""
    got = taken(examine(head("Hưng Yên", "TÓM TẮT KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024") + [
        ["1. Nhiệm vụ khoa học và công nghệ"],
        ["- Số nhiệm vụ KH&CN đang quản lý: 138 nhiệm vụ"],
        ["   + Cấp quốc gia: 06 nhiệm vụ"],
        ["   + Cấp tỉnh: 132 nhiệm vụ"],
    ], name="hungyen_2024.xlsx"))
    assert got == {("33", "63", "tasks_managed", "2024", "actual"): 138,
                   ("33", "63", "tasks_managed_national", "2024", "actual"): 6,
                   ("33", "63", "tasks_managed_provincial", "2024", "actual"): 132}


def test_a_sentence_under_another_periods_column_is_not_the_sheets():
    """"Năm 2023 | Năm 2024" over "Nghiệm thu 12 nhiệm vụ (3 cấp tỉnh)": each cell is its column's
    year; the 2023 column's sentence is no figure of the report's 2024 (read as 2024, the honest file
    was refused with two values), and is left unread rather than guessed."""
    got = taken(examine(head("Hưng Yên", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["TT", "Chỉ tiêu", "Năm 2023", "Năm 2024"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nghiệm thu 12 nhiệm vụ (3 cấp tỉnh)",
         "Nghiệm thu 15 nhiệm vụ (4 cấp tỉnh)"],
    ], name="hungyen_2024.xlsx"))
    assert got == {("33", "63", "tasks_accepted", "2024", "actual"): 15,
                   ("33", "63", "tasks_accepted_provincial", "2024", "actual"): 4}


def test_the_earlier_years_figure_typed_in_the_comparison_column():
    """"Kết quả năm 2021 | So với năm 2020" with "Năm 2020: 82 nhiệm vụ": 2020's own figure, typed as
    such (it was unread); "Tăng 27%" and "Giảm 02 nhiệm vụ" are comparisons, no figure. "Vượt (63
    sản phẩm)" under the result is the figure done."""
    got = taken(examine(head("Bắc Giang", "Kết quả hoạt động khoa học và công nghệ năm 2021") + [
        ["TT", "Nội dung", "Kết quả năm 2021", "So với năm 2020"],
        ["1", "Nhiệm vụ KH&CN được quản lý", "Quản lý 89 nhiệm vụ (05 cấp quốc gia, 84 cấp tỉnh)",
         "Năm 2020: 82 nhiệm vụ"],
        ["2", "Nhiệm vụ KH&CN mở mới", "Ký hợp đồng triển khai 26 nhiệm vụ mới", "Giảm 02 nhiệm vụ"],
        ["3", "Sản phẩm OCOP được công nhận", "Vượt (63 sản phẩm)", "Tăng 27%"],
    ], name="bacgiang_2021.xlsx"))
    assert got == {("24", "63", "tasks_managed", "2021", "actual"): 89,
                   ("24", "63", "tasks_managed_national", "2021", "actual"): 5,
                   ("24", "63", "tasks_managed_provincial", "2021", "actual"): 84,
                   ("24", "63", "tasks_managed", "2020", "actual"): 82,
                   ("24", "63", "tasks_new", "2021", "actual"): 26,
                   ("24", "63", "ocop_products", "2021", "actual"): 63}


def test_a_label_whose_words_hold_a_number_is_no_label_and_figure():
    """"Trong đó: 5 sao | sản phẩm | -": the "5" is the label's own word, not a figure typed after it
    (read as "label: figure", 5 five-star products were stored although the row gives none)."""
    got = taken(examine(head("Thanh Hóa", "KẾT QUẢ CHƯƠNG TRÌNH OCOP NĂM 2023") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2023"],
        ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 40],
        [None, "Trong đó: 5 sao", "sản phẩm", "-"],
    ], name="thanhhoa_2023.xlsx"))
    assert got == {("38", "63", "ocop_products", "2023", "actual"): 40}


def test_a_report_since_the_merger_spaced_as_typed_is_still_on_the_second_half():
    """The same title with doubled or non-breaking spaces (`python bench/workbook_variants.py`, "extra
    spaces", "non-breaking spaces"): it was read as the whole of 2025 again (a wrong period)."""
    got = taken(examine(head("Tuyên Quang", "KẾT QUẢ HOẠT ĐỘNG KH&CN TỪ\u00a0KHI  HỢP\u00a0NHẤT (01/7/2025) ĐẾN 31/12/2025") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Kết quả"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 19],
    ], name="tuyenquang_moi_2025.xlsx"))
    assert got == {("08", "34", "tasks_accepted", "2025-S2", "actual"): 19}

"""What the eighteenth blind batch of the workbook corpus revealed (the workbook as a whole, as the
Mekong delta and the South-Central coast assemble it: a sheet per former province under the
compiler's heading, years down the rows with totals, averages and plans under them, quarters one
under another, two different tables side by side, the 2025 transition), one class per test (README
"Whole reports, scored as the held-out set is"): each report is built here, marked as test data,
and read by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation."""
from __future__ import annotations

from tests.fixtures.reports import examine, facts, head, taken


def test_a_sheet_named_for_a_former_province_under_the_compilers_heading():
    """The new Cần Thơ's workbook: each former province fills its own sheet ("Sóc Trăng (cũ)") under
    the compiler's heading "UBND THÀNH PHỐ CẦN THƠ". The sheet's name says whose figures they are
    (read with the heading, Sóc Trăng's half was stored as Cần Thơ's)."""
    got = taken(examine(head("Cần Thơ", "BIỂU SỐ LIỆU HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2025", city=True) + [
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 6 tháng đầu năm 2025"],
        ["1", "Nhiệm vụ được nghiệm thu", "nhiệm vụ", 7],
        ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 11],
    ], name="cantho_moi_2025.xlsx", title="Sóc Trăng (cũ)"))
    assert got == {("94", "63", "tasks_accepted", "2025-S1", "actual"): 7,
                   ("94", "63", "ocop_products", "2025-S1", "actual"): 11}


def test_a_former_province_named_as_the_issuing_body():
    """"UBND TỈNH BẠC LIÊU (CŨ)" over a sheet of the new Cà Mau's workbook: the issuing body is the
    former province (frame 63), not a predecessor named in passing (read as nothing, the file's Cà
    Mau took Bạc Liêu's figures)."""
    got = taken(examine(head("Bạc Liêu (cũ)", "KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2025 (TRƯỚC HỢP NHẤT)") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Số liệu"],
        ["1", "Nhiệm vụ được nghiệm thu", "nhiệm vụ", 4],
    ], name="camau_moi_ocop_2026.xlsx"))
    assert got == {("95", "63", "tasks_accepted", "2025-S1", "actual"): 4}


def test_a_title_about_products_still_valid_makes_the_stars_stocks():
    """"SẢN PHẨM OCOP CÒN HIỆU LỰC CÔNG NHẬN ĐẾN 30/6/2025" over "Hạng sao | Số sản phẩm": the one
    column holds the products still valid at that date (stocks), not those recognized in the half
    (134 stocks were stored as flows)."""
    got = taken(examine(head("Bạc Liêu", "SẢN PHẨM OCOP CÒN HIỆU LỰC CÔNG NHẬN ĐẾN 30/6/2025") + [
        ["STT", "Hạng sao", "Số sản phẩm"],
        ["1", "3 sao", 102],
        ["2", "4 sao", 31],
        [None, "Tổng cộng", 133],
    ]))
    assert got == {("95", "63", "ocop_products_3star_total", "2025-06-30", "actual"): 102,
                   ("95", "63", "ocop_products_4star_total", "2025-06-30", "actual"): 31,
                   ("95", "63", "ocop_products_total", "2025-06-30", "actual"): 133}


def test_an_estimate_for_the_year_after_the_report_is_a_forecast():
    """"Kế hoạch 2025 | Thực hiện 2025 | Ước 2026" in the report on 2025: the estimate for 2026 is a
    forecast (a plan), never what 2026 achieved (it was stored as 2026's actual figures)."""
    result = examine(head("Quảng Ngãi", "MỘT SỐ CHỈ TIÊU KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2025", "Thực hiện 2025", "Ước 2026"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 35, 38, 40],
        ["2", "Sáng kiến được công nhận", "sáng kiến", None, 214, 220],
    ], name="quangngai_2025.xlsx")
    got = {k: v for k, v in taken(result).items() if k[4] == "actual"}
    assert got == {("51", "34", "tasks_accepted", "2025", "actual"): 38,
                   ("51", "34", "initiatives_recognized", "2025", "actual"): 214}
    assert facts(result)[("51", "34", "tasks_accepted", "2026", "plan")] == 40
    # an estimate of the report's own year ("Ước cả năm 2026" in the report on the first half of
    # 2026) stays that year's figure, as in batch 13
    got = taken(examine(head("Đồng Tháp", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2026") + [
        ["STT", "Chỉ tiêu", "ĐVT", "6 tháng đầu năm 2026", "Ước cả năm 2026"],
        ["1", "Nhiệm vụ được nghiệm thu", "nhiệm vụ", 13, 30],
    ], name="dongthap_6t_2026.xlsx"))
    assert got == {("82", "34", "tasks_accepted", "2026-S1", "actual"): 13,
                   ("82", "34", "tasks_accepted", "2026", "actual"): 30}


def test_a_ratio_to_the_plan_is_not_a_plan():
    """"Kế hoạch năm 2025 | Thực hiện 6 tháng | Tỷ lệ so KH (%)": the completion ratio is no figure
    (its "KH" stored 96,7 as a plan of the half)."""
    result = examine(head("Sóc Trăng", "BIỂU SỐ LIỆU KH&CN 6 THÁNG ĐẦU NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 6 tháng đầu năm 2025", "Tỷ lệ so KH (%)"],
        ["1", "Nhiệm vụ KH&CN đang triển khai", "nhiệm vụ", 46, 92],
    ])
    assert taken(result) == {("94", "63", "tasks_managed", "2025-S1", "actual"): 46}


def test_an_average_an_increase_and_a_plan_under_the_years():
    """Years down the rows, the indicators across: "Bình quân/năm", "Tăng thêm 2019-2024" and "Kế
    hoạch 2025" under the years are no period's figures (the average refused the file, the increase
    gave 2024's stocks a second value, the plan became what 2025 achieved); the span's total is the
    span's figure."""
    result = examine(head("Bình Định", "TÌNH HÌNH BẢO HỘ SỞ HỮU TRÍ TUỆ GIAI ĐOẠN 2023-2024") + [
        ["Năm", "Nhãn hiệu tập thể (lũy kế)", "Sản phẩm OCOP được công nhận"],
        [2023, 31, 38],
        [2024, 35, 45],
        ["Tổng 2023-2024", None, 83],
        ["Tăng thêm 2023-2024", 4, None],
        ["Bình quân/năm", None, 41.5],
        ["Kế hoạch 2025", 38, 40],
    ])
    assert taken(result) == {("52", "63", "ip_collective_marks", "2023-12-31", "actual"): 31,
                             ("52", "63", "ip_collective_marks", "2024-12-31", "actual"): 35,
                             ("52", "63", "ocop_products", "2023", "actual"): 38,
                             ("52", "63", "ocop_products", "2024", "actual"): 45,
                             ("52", "63", "ocop_products", "2023/2024", "actual"): 83}
    assert sum("bình quân" in i.reason_vi for i in result.ignored) == 1


def test_tables_one_under_another_each_under_a_quarter():
    """The same table repeated down the sheet, each under its own caption "Quý I/2024", "Quý
    II/2024", then "CẢ NĂM 2024": each block is its caption's period (read with the document's
    title, every block was the year's, one fact with three values: refused)."""
    rows = head("An Giang", "SỐ LIỆU HOẠT ĐỘNG KH&CN THEO QUÝ NĂM 2024")
    for caption, new, ocop in (("Quý I/2024", 3, None), ("Quý II/2024", 6, 12), ("CẢ NĂM 2024", 9, 12)):
        rows += [[caption], ["STT", "Chỉ tiêu", "ĐVT", "Số liệu"],
                 ["1", "Nhiệm vụ KH&CN mới ký hợp đồng", "nhiệm vụ", new],
                 ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", ocop], []]
    assert taken(examine(rows)) == {("89", "63", "tasks_new", "2024-Q1", "actual"): 3,
                                    ("89", "63", "tasks_new", "2024-Q2", "actual"): 6,
                                    ("89", "63", "ocop_products", "2024-Q2", "actual"): 12,
                                    ("89", "63", "tasks_new", "2024", "actual"): 9,
                                    ("89", "63", "ocop_products", "2024", "actual"): 12}


def test_two_different_tables_side_by_side_an_empty_column_between():
    """Tasks in A–D, an empty column, the OCOP products by star in F–I, each under its own header
    row ("Hạng sản phẩm | Công nhận mới năm 2024 | Lũy kế còn hiệu lực đến 31/12/2024"): two tables
    (read as one, the stars' figures were the tasks' second values: refused)."""
    got = taken(examine(head("Khánh Hòa", "KẾT QUẢ NHIỆM VỤ KH&CN VÀ CHƯƠNG TRÌNH OCOP NĂM 2024") + [
        ["A. NHIỆM VỤ KH&CN", None, None, None, None, "B. SẢN PHẨM OCOP"],
        ["TT", "Nội dung", "ĐVT", "Năm 2024", None, "TT", "Hạng sản phẩm", "Công nhận mới năm 2024",
         "Lũy kế còn hiệu lực đến 31/12/2024"],
        ["1", "Nhiệm vụ KH&CN thực hiện trong năm", "nhiệm vụ", 74, None, "1", "3 sao", 38, 210],
        ["2", "Nhiệm vụ được nghiệm thu", "nhiệm vụ", 22, None, "2", "4 sao", 12, 61],
        [None, None, None, None, None, None, "Tổng cộng", 50, 271],
    ]))
    assert got == {("56", "63", "tasks_managed", "2024", "actual"): 74,
                   ("56", "63", "tasks_accepted", "2024", "actual"): 22,
                   ("56", "63", "ocop_products_3star", "2024", "actual"): 38,
                   ("56", "63", "ocop_products_4star", "2024", "actual"): 12,
                   ("56", "63", "ocop_products", "2024", "actual"): 50,
                   ("56", "63", "ocop_products_3star_total", "2024-12-31", "actual"): 210,
                   ("56", "63", "ocop_products_4star_total", "2024-12-31", "actual"): 61,
                   ("56", "63", "ocop_products_total", "2024-12-31", "actual"): 271}


def test_the_science_budget_line_for_tasks_is_state_funding_of_tasks():
    """"Kinh phí sự nghiệp KH&CN thực hiện nhiệm vụ KH&CN": the S&T budget line ("sự nghiệp") is
    the state's, its share for tasks is the tasks' state funding (it was left unread)."""
    got = taken(examine(head("Quảng Ngãi", "MỘT SỐ CHỈ TIÊU KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện 2025"],
        ["1", "Chi ngân sách nhà nước cho KH&CN", "tỷ đồng", 152.4],
        ["2", "Kinh phí sự nghiệp KH&CN thực hiện nhiệm vụ KH&CN", "tỷ đồng", 57.9],
    ], name="quangngai_2025.xlsx"))
    assert got == {("51", "34", "st_budget", "2025", "actual"): 152.4,
                   ("51", "34", "tasks_funding_state", "2025", "actual"): 57.9}


def test_a_second_table_after_an_empty_column_whose_label_header_is_abbreviated():
    """The same two tables with their words abbreviated as offices type them ("NV", "SP", the OCOP
    table's labels headed "Hạng SP"; found by bench/workbook_variants.py): the second table still
    starts at its own "TT" after the empty column (read as one table, the file was refused)."""
    got = taken(examine(head("Khánh Hòa", "KẾT QUẢ NV KH&CN VÀ CHƯƠNG TRÌNH OCOP NĂM 2024") + [
        ["A. NV KH&CN", None, None, None, None, "B. SP OCOP"],
        ["TT", "Nội dung", "ĐVT", "Năm 2024", None, "TT", "Hạng SP", "Công nhận mới năm 2024",
         "Lũy kế còn hiệu lực đến 31/12/2024"],
        ["1", "NV KH&CN thực hiện trong năm", "NV", 74, None, "1", "3 sao", 38, 210],
        ["2", "NV được nghiệm thu", "NV", 22, None, "2", "4 sao", 12, 61],
    ]))
    assert got == {("56", "63", "tasks_managed", "2024", "actual"): 74,
                   ("56", "63", "tasks_accepted", "2024", "actual"): 22,
                   ("56", "63", "ocop_products_3star", "2024", "actual"): 38,
                   ("56", "63", "ocop_products_4star", "2024", "actual"): 12,
                   ("56", "63", "ocop_products_3star_total", "2024-12-31", "actual"): 210,
                   ("56", "63", "ocop_products_4star_total", "2024-12-31", "actual"): 61}

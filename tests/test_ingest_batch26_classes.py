"""What the twenty-sixth blind batch of the workbook corpus revealed (the ordinary reports of the
South-Central coast, the central cities, Hải Phòng and Hải Dương, 2019–2026, before and after the
merger), one class per test (README "Whole reports, scored as the held-out set is"): each report is
built here, marked as test data, and read by `etl.ingest.examine` as an upload is. A statistician's
reading is the expectation."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken


def _years(rows: list[list]) -> list[list]:
    return head("Quảng Ngãi", "SỐ LIỆU MỘT SỐ CHỈ TIÊU KH&CN GIAI ĐOẠN 2022 - 2023") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm\n2022", "Năm\n2023", "Ghi chú"]] + rows


def test_research_of_kh_is_science_so_its_people_are_researchers():
    """"Số người làm công tác nghiên cứu KH" (people doing scientific research; "KH" abbreviates
    khoa học — what is researched is never a plan) was only suggested, so five years of
    researchers were lost at first sight. "Số cán bộ nghiên cứu KH" reads the same. The near misses
    stay out: researchers per 10,000 people, and in full-time equivalents."""
    got = taken(examine(_years([
        ["1.", "Số người làm công tác nghiên cứu KH", "Người", "1.251", "1.297", ""],
        ["2.", "Số cán bộ nghiên cứu KH/vạn dân", "Người", "9,9", "10,2", ""],
        ["3.", "Số người làm nghiên cứu KH (quy đổi toàn thời gian)", "Người", 640, 668, ""],
        ["4.", "Số tổ chức KH&CN", "Tổ chức", 24, 26, ""],
    ]), name="quangngai_2022_2023.xlsx"))
    assert got == {("51", "63", "researchers", "2022-12-31", "actual"): 1251,
                   ("51", "63", "researchers", "2023-12-31", "actual"): 1297,
                   ("51", "63", "st_organizations", "2022-12-31", "actual"): 24,
                   ("51", "63", "st_organizations", "2023-12-31", "actual"): 26}


def test_research_staff_typed_with_kh_is_researchers():
    """The same words another office types: "Số cán bộ nghiên cứu KH" and "Số người nghiên cứu KH"
    (two sheets' habits in one table would be two values for one fact: one row each here)."""
    for label in ("Số cán bộ nghiên cứu KH", "Số người nghiên cứu KH"):
        got = taken(examine(_years([["1.", label, "Người", 1186, 1205, ""]]), name="quangngai.xlsx"))
        assert got == {("51", "63", "researchers", "2022-12-31", "actual"): 1186,
                       ("51", "63", "researchers", "2023-12-31", "actual"): 1205}, label


def _two_tables(caption1: str, header1: list, caption2: str, header2: list, rows2: list[list],
                title: str = "BÁO CÁO TỔNG KẾT HOẠT ĐỘNG KH&CN NĂM 2022 VÀ KẾ HOẠCH NĂM 2023") -> list[list]:
    """A report on 2022 with its results table, then after a blank row a second table under its
    own caption (the busy office's "one result table, one plan table" on one sheet)."""
    return head("Đà Nẵng", title, city=True) + [
        [caption1], ["STT", "Chỉ tiêu", "ĐVT", *header1],
        ["1.", "Nhiệm vụ KH&CN được nghiệm thu", "NV", 30],
        ["2.", "Sản phẩm OCOP được công nhận", "SP", 41],
        [], [caption2], ["STT", "Chỉ tiêu", "ĐVT", *header2], *rows2]


_RESULTS = {("48", "63", "tasks_accepted", "2022", "actual"): 30,
            ("48", "63", "ocop_products", "2022", "actual"): 41}
_PLAN_ROWS = [["1.", "Nhiệm vụ KH&CN được nghiệm thu", "NV", 32], ["2.", "Sản phẩm OCOP được công nhận", "SP", 45]]


def test_a_table_under_a_plan_caption_is_the_plan_whatever_its_column_says():
    """"Biểu 2. Kế hoạch năm 2023" over "… | Năm 2023" stored next year's plan as its actual figures
    (a wrong number on every row); over "Số lượng" the plan took the title's year and the honest
    file was refused (two values for 2022). "II. KẾ HOẠCH NĂM 2023", "Biểu 2: Dự kiến …",
    "Biểu 2. Phương hướng, nhiệm vụ năm 2023" are such captions too: their figures are the plan."""
    for caption1, caption2, column in [
            ("Biểu 1. Kết quả thực hiện năm 2022", "Biểu 2. Kế hoạch năm 2023", "Năm 2023"),
            ("Biểu 1. Kết quả thực hiện năm 2022", "Biểu 2. KẾ HOẠCH NĂM 2023", "Số lượng"),
            ("Biểu 1. Kết quả thực hiện năm 2022", "Biểu 2: Dự kiến kế hoạch năm 2023", "Năm 2023"),
            ("I. KẾT QUẢ NĂM 2022", "II. KẾ HOẠCH NĂM 2023", "Năm 2023"),
            ("Biểu 1. Kết quả thực hiện năm 2022", "Biểu 2. Phương hướng, nhiệm vụ năm 2023", "Năm 2023")]:
        result = examine(_two_tables(caption1, ["Năm 2022"], caption2, [column], _PLAN_ROWS), name="danang.xlsx")
        got = {k: v for k, v in taken(result).items() if k[4] == "actual"}
        assert got == _RESULTS, (caption2, column)


def test_a_plan_tables_reference_column_and_a_results_caption_keep_their_reading():
    """Beside the plan, "Thực hiện năm 2022" (last year's result, for reference) is still that actual
    figure; and a caption of results that names the plan it fulfils ("Kết quả thực hiện kế hoạch năm
    2023") is no plan's caption."""
    got = taken(examine(_two_tables("Biểu 1. Kết quả thực hiện năm 2022", ["Năm 2022"],
                                    "Biểu 2. Kế hoạch năm 2023", ["Thực hiện năm 2022", "Kế hoạch năm 2023"],
                                    [["1.", "Nhiệm vụ KH&CN được nghiệm thu", "NV", 30, 32]]), name="danang.xlsx"))
    assert {k: v for k, v in got.items() if k[4] == "actual"} == _RESULTS
    assert got[("48", "63", "tasks_accepted", "2023", "plan")] == 32
    rows = head("Đà Nẵng", "BÁO CÁO HOẠT ĐỘNG KH&CN", city=True) + [
        ["Biểu 1. Kết quả thực hiện kế hoạch năm 2023"], ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023"],
        ["1.", "Nhiệm vụ KH&CN được nghiệm thu", "NV", 33],
        [], ["Biểu 2. Kết quả thực hiện kế hoạch năm 2022"], ["STT", "Chỉ tiêu", "ĐVT", "Năm 2022"],
        ["1.", "Nhiệm vụ KH&CN được nghiệm thu", "NV", 30]]
    got = taken(examine(rows, name="danang.xlsx"))
    assert got == {("48", "63", "tasks_accepted", "2023", "actual"): 33,
                   ("48", "63", "tasks_accepted", "2022", "actual"): 30}


def test_a_merged_provinces_plan_table_after_the_merger_does_not_refuse_its_results():
    """Bình Định's 2024 with "Biểu 2. Kế hoạch năm 2025 | … | Năm 2025" below its results: read as
    2025's actual figures of a province merged on 1 July 2025, the honest file was refused
    (province_frame); the plan is set aside as a merged province's plan after the merger is."""
    rows = head("Bình Định", "BÁO CÁO TỔNG KẾT NĂM 2024 VÀ KẾ HOẠCH NĂM 2025") + [
        ["Biểu 1. Kết quả thực hiện năm 2024"], ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "Ghi chú"],
        ["1.", "Nhiệm vụ KH&CN được nghiệm thu", "NV", 30, ""],
        [], ["Biểu 2. Kế hoạch năm 2025"], ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Ghi chú"],
        ["1.", "Nhiệm vụ KH&CN được nghiệm thu", "NV", 32, ""]]
    got = taken(examine(rows, name="binhdinh.xlsx"))
    assert {k: v for k, v in got.items() if k[4] == "actual"} == {("52", "63", "tasks_accepted", "2024", "actual"): 30}


def test_a_result_column_under_a_plan_caption_is_never_made_the_plan():
    """review18 finding 1. Under "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023" over "Thực hiện | Kế hoạch"
    a person reads 2022's result (30) and 2023's plan (32): the rule stored 30 as 2023's plan and 32
    as 2022's. Under "Biểu 2. Chỉ tiêu kế hoạch năm 2022" over "Kế hoạch | Thực hiện | Tỷ lệ (%)"
    the result was made a second plan and the honest file refused. A table that has its own plan
    column keeps every other column's reading; the plan column takes the caption's year."""
    for header in (["Thực hiện", "Kế hoạch"], ["Thực hiện năm nay", "Kế hoạch năm sau"], ["TH", "KH"]):
        got = taken(examine(_two_tables("Biểu 1. Tổ chức KH&CN", ["Năm 2022"], "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023",
                                        header, [["1.", "Nhiệm vụ KH&CN được nghiệm thu", "NV", 30, 32],
                                                 ["2.", "Sản phẩm OCOP được công nhận", "SP", 41, 45]]),
                            name="danang.xlsx"))
        assert got == {**_RESULTS, ("48", "63", "tasks_accepted", "2023", "plan"): 32,
                       ("48", "63", "ocop_products", "2023", "plan"): 45}, header
    for caption, header in (("Biểu 2. Chỉ tiêu kế hoạch năm 2022", ["Kế hoạch", "Thực hiện", "Tỷ lệ (%)"]),
                            ("Biểu 2. Kế hoạch năm 2022", ["KH giao", "Ước TH", "So sánh (%)"])):
        got = taken(examine(_two_tables("Biểu 1. Kết quả hoạt động năm 2022", ["Năm 2022"], caption, header,
                                        [["1.", "Nhiệm vụ KH&CN được nghiệm thu", "NV", 32, 30, 93.8],
                                         ["2.", "Sản phẩm OCOP được công nhận", "SP", 40, 41, 102.5]]),
                            name="danang.xlsx"))
        assert {k: v for k, v in got.items() if k[4] == "actual"} == _RESULTS, caption
        assert {k: v for k, v in got.items() if k[4] == "plan"} == {
            ("48", "63", "tasks_accepted", "2022", "plan"): 32, ("48", "63", "ocop_products", "2022", "plan"): 40}, caption


def test_a_lone_result_column_under_a_plan_caption_is_left_unread():
    """"Biểu 2. Kế hoạch năm 2023" over a lone "Thực hiện" in a report on 2022: the plan's figures
    or the year's results? No rule can tell, so nothing of it is stored (made the plan, a result
    could be stored as a plan; read as 2022's, the plan refused the honest file)."""
    got = taken(examine(_two_tables("Biểu 1. Kết quả thực hiện năm 2022", ["Năm 2022"], "Biểu 2. Kế hoạch năm 2023",
                                    ["Thực hiện"], _PLAN_ROWS), name="danang.xlsx"))
    assert got == _RESULTS


def test_a_caption_of_the_years_indicators_or_tasks_is_no_plan():
    """review18 finding 1: "Biểu 2. Chỉ tiêu năm 2022" (the year's indicators) and "Biểu 2. Nhiệm vụ
    năm 2022" (its S&T tasks) in a report "KẾT QUẢ … NĂM 2022" hold results: they were stored as
    2022's plans."""
    for caption, column in (("Biểu 2. Chỉ tiêu năm 2022", "Số lượng"), ("Biểu 2. Nhiệm vụ năm 2022", "Năm 2022")):
        got = taken(examine(_two_tables("Biểu 1. Tổ chức KH&CN", ["Năm 2022"], caption, [column],
                                        [["1.", "Nhiệm vụ cấp tỉnh được nghiệm thu", "NV", 18]],
                                        title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2022"), name="danang.xlsx"))
        assert got == {**_RESULTS, ("48", "63", "tasks_accepted_provincial", "2022", "actual"): 18}, caption


def test_a_plan_for_several_years_is_the_plan_of_each_year_inside_it():
    """review18 finding 9 (wrong on main too): "Biểu 2. Kế hoạch giai đoạn 2023-2025" over "Năm 2023 |
    Năm 2024 | Năm 2025" was stored as the actual figures of those years (each column names a period
    other than the caption's, so kept "its own reading"). A year inside the caption's span is the
    plan for that year."""
    got = taken(examine(_two_tables("Biểu 1. Kết quả năm 2022", ["Năm 2022"], "Biểu 2. Kế hoạch giai đoạn 2023-2025",
                                    ["Năm 2023", "Năm 2024", "Năm 2025"],
                                    [["1.", "Nhiệm vụ KH&CN được nghiệm thu", "NV", 32, 34, 36]]), name="danang.xlsx"))
    assert {k: v for k, v in got.items() if k[4] == "actual"} == _RESULTS
    assert got[("48", "63", "tasks_accepted", "2023", "plan")] == 32
    assert got[("48", "63", "tasks_accepted", "2024", "plan")] == 34

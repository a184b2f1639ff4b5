"""recall43 (issue #8, recall at first sight): honest files the ingest refused whole and the layouts behind them —
each with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is),
and beside it the honest and wrong neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, examine_book, facts, taken


def _read(result) -> dict:
    """{(indicator, period): value} of an upload that must be accepted."""
    return {(i, per): v for (_, _, i, per, _), v in taken(result).items()}


def _indicators(result) -> set:
    return {k[2] for k in facts(result)}


# --- 1. a province's districts down the rows under "Đơn vị", the products named by the title only ------------------

_RECOGNIZED_2023 = "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2023 THEO ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN"
_VALID_2023 = "SẢN PHẨM OCOP CÒN HIỆU LỰC CÔNG NHẬN ĐẾN NGÀY 31/12/2023"
_DISTRICTS = (("Thành phố Cao Bằng", 5, 3, 2, 0), ("Huyện Hòa An", 6, 5, 1, 0), ("Huyện Trùng Khánh", 7, 4, 2, 1))


def _by_district(title: str, places=_DISTRICTS, total=None, place_header: str = "Đơn vị") -> list[list]:
    """Cao Bằng's OCOP council's table by district (batch 55): "STT | Đơn vị | Tổng số | Chia theo hạng: 3 sao |
    4 sao | 5 sao", the districts, then "Tổng cộng" (their sums unless `total` says otherwise)."""
    sums = [sum(p[i] for p in places) for i in range(1, 5)]
    return [["UBND TỈNH CAO BẰNG"],
            ["HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP TỈNH - THƯỜNG TRỰC: SỞ NÔNG NGHIỆP VÀ PTNT"], [MARK], [],
            [title], [None, None, None, None, None, "Đơn vị: sản phẩm"],
            ["STT", place_header, "Tổng số", "Chia theo hạng", None, None],
            [None, None, None, "3 sao", "4 sao", "5 sao"],
            *[[i + 1, *p] for i, p in enumerate(places)],
            [None, "Tổng cộng", *(total or sums)]]


_MERGES = ("A7:A8", "B7:B8", "C7:C8", "D7:F7")


def test_districts_under_a_bare_unit_header_with_the_products_in_the_title():
    """REFUSED: "Đơn vị" over the districts was read as the units' column, no row had a label, and the honest file
    was refused ("không tìm thấy chỉ tiêu nào"); a person reads the province's 18 products recognized in 2023, 12
    at 3 stars, 5 at 4 stars, 1 at 5 stars, from the "Tổng cộng" row."""
    result = examine(_by_district(_RECOGNIZED_2023), merges=_MERGES)
    assert _read(result) == {("ocop_products", "2023"): 18, ("ocop_products_3star", "2023"): 12,
                             ("ocop_products_4star", "2023"): 5, ("ocop_products_5star", "2023"): 1}
    assert all(p == "04" for p, *_ in facts(result))


def test_the_valid_stocks_sheet_by_district():
    """REFUSED: the stock's sheet ("SẢN PHẨM OCOP CÒN HIỆU LỰC CÔNG NHẬN ĐẾN NGÀY 31/12/2023"): its stars under
    "Chia theo hạng" named nothing, its total was set aside as a total over places."""
    result = examine_book({"OCOP 2023": _by_district(_RECOGNIZED_2023), "Luy ke": _by_district(_VALID_2023)})
    read = _read(result)
    assert read[("ocop_products_total", "2023-12-31")] == 18
    assert read[("ocop_products_5star_total", "2023-12-31")] == 1
    assert read[("ocop_products", "2023")] == 18


def test_probe_a_total_that_is_not_its_stars_sum_is_not_the_products_recognized():
    """WRONG neighbour: an evaluation's total (products evaluated, some not reaching 3 stars: 21 beside 12 + 5 + 1)
    is no count of the products recognized — the total stays unread."""
    result = examine(_by_district(_RECOGNIZED_2023, total=[21, 12, 5, 1]), merges=_MERGES)
    assert ("ocop_products", "2023") not in {(i, per) for (_, _, i, per, _) in facts(result)}


def test_probe_offices_under_a_bare_unit_header_stay_unread():
    """WRONG neighbour: "Đơn vị" over the departments ("Sở Công Thương") is no list of the province's districts:
    the departments' rows are not the province's parts to total (nothing read as before)."""
    offices = (("Sở Công Thương", 5, 3, 2, 0), ("Sở Nông nghiệp và PTNT", 6, 5, 1, 0))
    result = examine(_by_district(_RECOGNIZED_2023, places=offices), merges=_MERGES)
    assert "ocop_products" not in _indicators(result)


@pytest.mark.parametrize("place_header", ["Đơn vị", "Huyện, thành phố"])
def test_registered_products_by_district_are_not_recognized(place_header):
    """WRONG (found by this probe on main, with "Huyện, thành phố"): the products registered for evaluation by star
    ("SẢN PHẨM ĐĂNG KÝ THAM GIA ĐÁNH GIÁ, PHÂN HẠNG OCOP NĂM 2023 …") were stored as 12, 5 and 1 products
    recognized at 3, 4 and 5 stars — "Chia theo hạng 3 sao" read with the issuer's line "HỘI ĐỒNG ĐÁNH GIÁ, PHÂN
    HẠNG SẢN PHẨM OCOP TỈNH" instead of the title under it."""
    result = examine(_by_district("SẢN PHẨM ĐĂNG KÝ THAM GIA ĐÁNH GIÁ, PHÂN HẠNG OCOP NĂM 2023 THEO ĐƠN VỊ HÀNH "
                                  "CHÍNH CẤP HUYỆN", place_header=place_header), merges=_MERGES)
    assert not {"ocop_products", "ocop_products_3star", "ocop_products_4star"} & _indicators(result)


def test_a_named_district_header_gives_its_total_too():
    """LOST: under "Huyện, thành phố" the stars were read and the "Tổng số" beside them set aside as a total over
    places: the province's 18 products recognized are its total."""
    result = examine(_by_district(_RECOGNIZED_2023, place_header="Huyện, thành phố"), merges=_MERGES)
    assert _read(result)[("ocop_products", "2023")] == 18


def test_probe_a_unit_column_of_units_reads_as_before():
    """Honest neighbour: "Đơn vị" beside the labels holding units of measure stays the units' column."""
    result = examine([["UBND TỈNH CAO BẰNG"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["BÁO CÁO KẾT QUẢ NĂM 2023"], [],
                      ["STT", "Chỉ tiêu", "Đơn vị", "Năm 2023"],
                      ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 18],
                      ["2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 12]])
    assert _read(result) == {("ocop_products", "2023"): 18, ("tasks_accepted", "2023"): 12}


# --- 2. a task list's summary lines typed in its order-number and code columns -----------------------------------------

_LIST_HEADER = ["STT", "Mã NV", "Tên nhiệm vụ", "Cấp quản lý", "Đơn vị chủ trì", "Năm bắt đầu", "Kinh phí duyệt (triệu đồng)",
                "Trạng thái"]
_TASKS = [[1, "BT-2021-001", "Nghiên cứu giải pháp giảm thiểu ô nhiễm không khí đô thị", "Tỉnh", "Trường Đại học Bến Tre",
           2021, 750, "Đang thực hiện"],
          [2, "BT-2020-002", "Bảo tồn nguồn gen gà đặc sản địa phương", "Quốc gia", "Viện KHNN Việt Nam", 2020, 900,
           "Đang thực hiện"],
          [3, "BT-2019-003", "Ứng dụng kỹ thuật nội soi can thiệp", "Cơ sở", "Bệnh viện Đa khoa tỉnh", 2019, 400,
           "Đã nghiệm thu"]]
_SUMMARY = [["Tổng số nhiệm vụ", 3], ["- Cấp quốc gia", 1], ["- Cấp tỉnh", 1], ["- Cấp cơ sở", 1]]


def _task_list(title: str, header=_LIST_HEADER, tasks=_TASKS, summary=_SUMMARY) -> list[list]:
    """Bến Tre's list from the management software (batch 54): the title in A1, the list, its "Tổng cộng" of the
    funding, then the summary as two-cell lines in the STT and code columns."""
    money = header.index("Kinh phí duyệt (triệu đồng)")
    total = [None, None, "Tổng cộng"] + [None] * (money - 3) + [sum(t[money] for t in tasks)]
    return [[f"{title} ({MARK})"], [], header, *tasks, total, [], *summary]


def test_a_lists_summary_lines_in_its_order_and_code_columns():
    """REFUSED: "Tổng số nhiệm vụ | 24", "- Cấp quốc gia | 3" … typed in the STT and code columns (the names' cell
    empty) were each "Không có tên chỉ tiêu" and the honest file was refused; a person reads the tasks managed in
    2021 and their levels, the list's title saying which tasks."""
    result = examine(_task_list("Danh sách nhiệm vụ KH&CN đang quản lý năm 2021 - Sở KH&CN tỉnh Bến Tre"),
                     name="bentre_2021.xlsx")
    assert _read(result) == {("tasks_managed", "2021"): 3, ("tasks_managed_national", "2021"): 1,
                             ("tasks_managed_provincial", "2021"): 1, ("tasks_managed_grassroots", "2021"): 1}
    assert {p for p, *_ in facts(result)} == {"83"}


@pytest.mark.parametrize("title", [
    "Danh sách một số nhiệm vụ KH&CN tiêu biểu năm 2021 - Sở KH&CN tỉnh Bến Tre",
    "Danh sách nhiệm vụ KH&CN đề xuất đặt hàng năm 2022 - Sở KH&CN tỉnh Bến Tre",
    "Danh sách đề tài lĩnh vực nông nghiệp năm 2021 - Sở KH&CN tỉnh Bến Tre",
])
def test_probe_a_selections_or_proposals_list_total_is_no_tasks_managed(title):
    """WRONG neighbours: a selection's, proposals' or one field's list counts no tasks managed."""
    result = examine(_task_list(title), name="bentre_2021.xlsx")
    assert "tasks_managed" not in _indicators(result)


def test_probe_a_summary_line_naming_another_thing_reads_its_own_words():
    """A summary line naming what it counts reads by its own words ("Tổng kinh phí duyệt" names no registry
    figure of the list's title: not the tasks managed)."""
    result = examine(_task_list("Danh sách nhiệm vụ KH&CN đang quản lý năm 2021 - Sở KH&CN tỉnh Bến Tre",
                                summary=[["Tổng số nhiệm vụ", 3], ["Tổng kinh phí duyệt", 2050]]), name="bentre_2021.xlsx")
    assert _read(result) == {("tasks_managed", "2021"): 3}


# --- 3. a table of departments and districts with a note under it naming how a column is counted -----------------------

def _offices(note: str | None = "Ghi chú: Tỷ lệ mức độ 4 tính trên tổng số TTHC của đơn vị.") -> list[list]:
    """Hà Giang's People's Committee office annex (batch 47): a row per department and district under grouped
    headers, "Tổng cộng toàn tỉnh" at the bottom, and a note line in the names' column under it."""
    return [["UBND TỈNH HÀ GIANG", None, None, None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["VĂN PHÒNG"], [MARK], [], ["PHỤ LỤC II"],
            ["KẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN VÀ TIẾP NHẬN HỒ SƠ TTHC CỦA CÁC SỞ, BAN, NGÀNH, UBND CÁC HUYỆN, "
             "THÀNH PHỐ NĂM 2022"], [],
            ["STT", "Tên cơ quan, đơn vị", "Tổng số TTHC", "Dịch vụ công trực tuyến", None, None, "Hồ sơ TTHC trong năm",
             None, None],
            [None, None, None, "Mức độ 3", "Mức độ 4", "Tỷ lệ mức độ 4 (%)", "Tiếp nhận", "Trực tuyến",
             "Tỷ lệ trực tuyến (%)"],
            ["I", "KHỐI SỞ, BAN, NGÀNH"],
            ["1", "Sở Tư pháp", 142, 38, 71, 50, 18620, 9130, 49],
            ["2", "Sở Khoa học và Công nghệ", 98, 21, 65, 66.3, 1240, 1102, 88.9],
            ["II", "UBND CÁC HUYỆN, THÀNH PHỐ"],
            ["1", "UBND huyện Vị Xuyên", 309, 60, 118, 38.2, 17233, 6112, 35.5],
            [None, "Tổng cộng toàn tỉnh", 549, 119, 254, 46.3, 37093, 16344, 44.1],
            [], [None, note] if note else []]


_OFFICE_MERGES = ("A8:A9", "B8:B9", "C8:C9", "D8:F8", "G8:I8")


def test_offices_table_with_a_note_line_under_it():
    """REFUSED: the note "Ghi chú: Tỷ lệ mức độ 4 tính trên tổng số TTHC của đơn vị." in the names' column named an
    indicator, so the table was taken for a classic form, no column was read and the honest file was refused; a
    person reads the S&T department's own row: its 98 procedures, 66,3 % at level 4, 88,9 % of dossiers online."""
    read = _read(examine(_offices(), merges=_OFFICE_MERGES))
    assert read == {("tthc_total", "2022-12-31"): 98, ("tthc_level4_rate", "2022-12-31"): 66.3,
                    ("online_dossier_rate", "2022"): 88.9}


def test_probe_the_same_table_without_its_note_reads_the_same():
    read = _read(examine(_offices(note=None), merges=_OFFICE_MERGES))
    assert read[("online_dossier_rate", "2022")] == 88.9


def test_probe_a_classic_form_with_a_note_line_stays_a_form():
    """Honest neighbour: indicators as rows with a note under them read by their rows, as before."""
    result = examine([["UBND TỈNH HÀ GIANG"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["BÁO CÁO KẾT QUẢ NĂM 2022"], [],
                      ["STT", "Chỉ tiêu", "ĐVT", "Năm 2022"],
                      ["1", "Tổng số TTHC thuộc thẩm quyền của Sở", "thủ tục", 98],
                      ["2", "Tỷ lệ hồ sơ nộp trực tuyến", "%", 88.9],
                      [], [None, "Ghi chú: Tỷ lệ hồ sơ trực tuyến tính trên tổng số hồ sơ tiếp nhận."]])
    assert _read(result)[("online_dossier_rate", "2022")] == 88.9


# --- 4. years down the rows, an indicator's group heading over the former provinces' columns --------------------------

def _marks_by_former(first_group: str = "Nhãn hiệu tập thể (nhãn hiệu)") -> list[list]:
    """The new Bắc Ninh's IP stocks (batch 55): "Năm" down the rows, each indicator a merged heading over "Bắc Giang
    (cũ) | Bắc Ninh (cũ) | Tỉnh Bắc Ninh (mới)", "x" where a former province no longer exists."""
    return [["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẮC NINH"], [MARK], [],
            ["NHÃN HIỆU TẬP THỂ VÀ CHỈ DẪN ĐỊA LÝ ĐƯỢC BẢO HỘ (LŨY KẾ ĐẾN 31/12 HẰNG NĂM)"], [],
            ["Năm", first_group, None, None, "Chỉ dẫn địa lý (chỉ dẫn)", None, None, "Ghi chú"],
            [None, "Bắc Giang (cũ)", "Bắc Ninh (cũ)", "Tỉnh Bắc Ninh (mới)", "Bắc Giang (cũ)", "Bắc Ninh (cũ)",
             "Tỉnh Bắc Ninh (mới)"],
            ["2024", 45, 26, 71, 4, 0, 4],
            ["2025", "x", "x", 76, "x", "x", 5, "Từ 01/7/2025 hợp nhất"]]


_MARKS_MERGES = ("A6:A7", "B6:D6", "E6:G6", "H6:H7")


def test_former_provinces_under_each_indicators_group_heading():
    """REFUSED: each indicator named only by its group heading over the former provinces' columns, the honest file
    was refused ("không tìm thấy chỉ tiêu nào"); a person reads each former province's marks and GIs at the end of
    2024 and the new province's at the end of 2025 — never the new province's "sum" before it existed."""
    result = examine(_marks_by_former(), merges=_MARKS_MERGES, name="bacninh_moi.xlsx")
    assert {(p, fr, i, per): v for (p, fr, i, per, _), v in taken(result).items()} == {
        ("24", "63", "ip_collective_marks", "2024-12-31"): 45, ("27", "63", "ip_collective_marks", "2024-12-31"): 26,
        ("24", "63", "ip_geographical_indications", "2024-12-31"): 4,
        ("27", "63", "ip_geographical_indications", "2024-12-31"): 0,
        ("24", "34", "ip_collective_marks", "2025-12-31"): 76, ("24", "34", "ip_geographical_indications", "2025-12-31"): 5}


@pytest.mark.parametrize("group", ["Kế hoạch nhãn hiệu tập thể", "Nhãn hiệu tập thể dự kiến"])
def test_probe_a_plans_group_heading_is_not_read(group):
    """WRONG neighbour: a group heading naming a plan gives no actual figure of the group's indicator."""
    result = examine(_marks_by_former(group), merges=_MARKS_MERGES, name="bacninh_moi.xlsx")
    assert ("ip_collective_marks", "actual") not in {(i, m) for (_, _, i, _, m) in facts(result)}

"""What the twentieth blind batch of the workbook corpus revealed (the ordinary reports of the merger
year and after, from the South-East, the big cities and the North-Central coast), one class per test
(README "Whole reports, scored as the held-out set is"): each report is built here, marked as test
data, and read by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation."""
from __future__ import annotations

from tests.fixtures.reports import examine, facts, head, taken


def test_a_citys_provincial_level_as_a_column():
    """Hà Nội's form "Tổng số | Chia theo cấp quản lý: Cấp quốc gia | Cấp Thành phố | Cấp cơ sở": in
    a centrally-run city the "Cấp Thành phố" column is its provincial level (it was not read as a
    level column: the provincial parts were lost)."""
    got = taken(examine(head("Hà Nội", "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KH&CN 9 THÁNG NĂM 2025", city=True) + [
        ["TT", "Nội dung", "ĐVT", "Tổng số", "Chia theo cấp quản lý", None, None],
        [None, None, None, None, "Cấp quốc gia", "Cấp Thành phố", "Cấp cơ sở"],
        ["1", "Nhiệm vụ KH&CN đang thực hiện", "Nhiệm vụ", 524, 61, 389, 74],
        ["2", "Nhiệm vụ đã đánh giá, nghiệm thu", "Nhiệm vụ", 98, 8, 71, 19],
    ], merges=("A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:G6"), name="hanoi_9t_2025.xlsx"))
    n = "2025-01/2025-09"
    assert got[("01", "34", "tasks_managed_provincial", n, "actual")] == 389
    assert got[("01", "34", "tasks_accepted_provincial", n, "actual")] == 71
    assert got[("01", "34", "tasks_managed", n, "actual")] == 524
    assert len(got) == 7


def test_a_city_level_followed_by_what_is_said_of_the_tasks():
    """"Nhiệm vụ KH&CN cấp Thành phố được nghiệm thu": "thành phố" was a stopword, so the label read as
    every task accepted — in Đà Nẵng's report a second value of the whole (the honest file refused),
    elsewhere a wrong number. In a city it is the city's provincial level, whatever follows it."""
    got = taken(examine(head("Đà Nẵng", "KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024", city=True) + [
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 40],
        ["2", "Nhiệm vụ KH&CN cấp Thành phố được nghiệm thu", "Nhiệm vụ", 31],
        ["3", "Nhiệm vụ cấp Thành phố mở mới", "Nhiệm vụ", 12],
    ], name="danang_2024.xlsx"))
    assert got == {("48", "63", "tasks_accepted", "2024", "actual"): 40,
                   ("48", "63", "tasks_accepted_provincial", "2024", "actual"): 31,
                   ("48", "63", "tasks_new_provincial", "2024", "actual"): 12}


def test_a_district_citys_level_in_a_provinces_report_is_no_task_count():
    """In a province's report a "thành phố" is a district-level unit: "Nhiệm vụ KH&CN cấp thành phố
    được nghiệm thu" is that city's, no indicator of the registry — ignored as "cấp huyện" is, never
    the province's tasks accepted (it was: two values, the honest file refused)."""
    result = examine(head("Thanh Hóa", "KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 40],
        ["2", "Nhiệm vụ KH&CN cấp thành phố được nghiệm thu", "Nhiệm vụ", 6],
        ["3", "Nhiệm vụ KH&CN cấp cơ sở đang triển khai", "Nhiệm vụ", 25],
        ["4", "Nhiệm vụ KH&CN cấp thành phố và cấp cơ sở đang triển khai", "Nhiệm vụ", 31],
    ], name="thanhhoa_2024.xlsx")
    # two levels together, one of them a district's, are no one level's part (the 31 was taken as
    # the grassroots tasks: a second value beside the 25)
    assert taken(result) == {("38", "63", "tasks_accepted", "2024", "actual"): 40,
                             ("38", "63", "tasks_managed_grassroots", "2024", "actual"): 25}
    assert sum("cấp thành phố" in i.text for i in result.ignored) == 2


def test_former_provinces_columns_beside_the_new_citys_own_column():
    """The new TP. Hồ Chí Minh's 2025: "Năm 2025 (toàn Thành phố) | Chia theo địa bàn trước sắp xếp:
    TP.HCM (cũ) | Bình Dương (cũ) | Bà Rịa - Vũng Tàu (cũ)". The former columns are the city's
    figure broken down by territory — set aside. They refused the file: "TP.HCM (cũ)" (found inside
    the group header's text) also named the new city, a second value of its 2025; the other two
    were gone provinces reporting after the merger."""
    result = examine(head("Hồ Chí Minh", "KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025", city=True) + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025 (toàn Thành phố)", "Chia theo địa bàn trước sắp xếp", None, None],
        [None, None, None, None, "TP.HCM (cũ)", "Bình Dương (cũ)", "Bà Rịa - Vũng Tàu (cũ)"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 118, 86, 19, 13],
        ["2", "Sản phẩm OCOP được công nhận", "Sản phẩm", 187, 102, 51, 34],
    ], merges=("A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:G6"), name="hcm_2025.xlsx")
    assert taken(result) == {("79", "34", "tasks_accepted", "2025", "actual"): 118,
                             ("79", "34", "ocop_products", "2025", "actual"): 187}
    assert sum("tỉnh cũ" in i.reason_vi for i in result.ignored) == 6
    # beside the same kind of columns, a half before the merger is each former province's own (the
    # new Quảng Trị's "6 tháng đầu năm 2025: Quảng Bình (cũ) | Quảng Trị (cũ)")
    got = facts(examine(head("Quảng Trị", "SỐ LIỆU KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025") + [
        ["TT", "Chỉ tiêu", "6 tháng đầu năm 2025", None, "6 tháng cuối năm 2025", "Cả năm 2025"],
        [None, None, "Quảng Bình (cũ)", "Quảng Trị (cũ)", None, None],
        ["1", "Sản phẩm OCOP được công nhận (sản phẩm)", 21, 17, 46, 84],
    ], merges=("A6:A7", "B6:B7", "C6:D6", "E6:E7", "F6:F7"), name="quangtri_2025.xlsx"))
    assert got == {("44", "63", "ocop_products", "2025-S1", "actual"): 21,
                   ("45", "63", "ocop_products", "2025-S1", "actual"): 17,
                   ("44", "34", "ocop_products", "2025-S2", "actual"): 46,
                   ("44", "34", "ocop_products", "2025", "actual"): 84}


def test_a_title_or_heading_never_makes_events_or_rd_enterprises_an_indicator():
    """A label that counts something else is not read with its title's or heading's words: "Số sự
    kiện khởi nghiệp ĐMST (SURF, Techfest)" under "Tình hình thực hiện nhiệm vụ …" was stored as the
    enterprise support tasks (the title's "nhiệm vụ" added), "Doanh nghiệp có hoạt động nghiên cứu và
    phát triển (R&D)" under "IV. HỖ TRỢ DOANH NGHIỆP" as the enterprises supported (wrong numbers)."""
    result = examine(head("Đà Nẵng", "Tình hình thực hiện nhiệm vụ khoa học, công nghệ quý I năm 2026", city=True) + [
        ["TT", "Nội dung", "ĐVT", "Quý I/2026"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 14],
        ["2", "Số sự kiện khởi nghiệp đổi mới sáng tạo (SURF, Techfest)", "Sự kiện", 6],
        ["IV", "HỖ TRỢ DOANH NGHIỆP, ĐỔI MỚI SÁNG TẠO"],
        ["3", "Doanh nghiệp được hỗ trợ đổi mới công nghệ", "Doanh nghiệp", 43],
        ["4", "Doanh nghiệp có hoạt động nghiên cứu và phát triển (R&D)", "Doanh nghiệp", 1240],
    ], name="danang_q1_2026.xlsx")
    assert taken(result) == {("48", "34", "tasks_accepted", "2026-Q1", "actual"): 14,
                             ("48", "34", "enterprises_supported", "2026-Q1", "actual"): 43}

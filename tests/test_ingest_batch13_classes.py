"""What the thirteenth blind batch of the workbook corpus revealed (the provinces the planners
compare, typed in small offices: Ninh Thuận, Sơn La, Kon Tum, Bình Thuận, the new Khánh Hòa, Quảng
Ngãi and Lâm Đồng, 2022–2026), one class per test (README "Whole reports, scored as the held-out set
is"): each report is built here, marked as test data, and read by `etl.ingest.examine` as an upload
is. A statistician's reading is the expectation."""
from __future__ import annotations

from tests.fixtures.reports import MARK, examine, head, taken


def test_communes_wards_and_special_zones_as_rows_then_the_whole_province():
    """The new Khánh Hòa's OCOP by "Xã, phường, đặc khu" (the districts abolished on 1 July 2025)
    with the indicators as columns and "Toàn tỉnh" at the bottom: that row is the province's figure,
    every other row a part of it — "Phường Kon Tum" is a ward, never the former province (the
    columns were not read at all: two facts missed)."""
    got = taken(examine([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KHÁNH HÒA"], [MARK],
        ["KẾT QUẢ CÔNG NHẬN SẢN PHẨM OCOP 9 THÁNG NĂM 2026 THEO XÃ, PHƯỜNG, ĐẶC KHU"], [],
        ["STT", "Xã, phường, đặc khu", "SP OCOP được công nhận 9 tháng 2026", "Trong đó: 4 sao",
         "SP OCOP còn hiệu lực đến 30/9/2026"],
        [1, "Phường Nha Trang", 9, 2, 61],
        [2, "Phường Kon Tum", 4, 1, 27],
        [3, "Đặc khu Trường Sa", 0, 0, 0],
        [None, "Toàn tỉnh", 13, 3, 88],
    ], name="khanhhoa_ocop_theo_xa_2026.xlsx"))
    assert got == {
        ("56", "34", "ocop_products", "2026-01/2026-09", "actual"): 13,
        ("56", "34", "ocop_products_4star", "2026-01/2026-09", "actual"): 3,
        ("56", "34", "ocop_products_total", "2026-09-30", "actual"): 88,
    }, got


def test_count_and_share_columns_read_a_rate_from_the_share():
    """"TT | Chỉ tiêu | Số lượng | Tỷ lệ (%)": "TTHC cung cấp DVC trực tuyến toàn trình | 52 | 81,3"
    counts the procedures and gives their share — the share is the rate the row names with "tỷ lệ";
    the count of procedures or of dossiers is no indicator, and a count's share of something
    ("Nhiệm vụ được nghiệm thu | 12 | 12,4") is a ratio, not stored (both rates were missed)."""
    got = taken(examine([
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NGÃI"], [MARK], ["SỐ LIỆU HOẠT ĐỘNG KH&CN QUÝ I NĂM 2026"], [],
        ["TT", "Chỉ tiêu", "Số lượng", "Tỷ lệ (%)", "Ghi chú"],
        ["1", "Tổng số TTHC thuộc thẩm quyền của Sở", 64, None],
        ["2", "TTHC cung cấp DVC trực tuyến toàn trình", 52, 81.3],
        ["3", "Hồ sơ tiếp nhận trực tuyến", 1205, 86.9],
        ["4", "Nhiệm vụ được nghiệm thu", 12, 12.4, "Tỷ lệ trên tổng số nhiệm vụ"],
    ], name="quangngai_quy1_2026.xlsx"))
    assert got == {
        ("51", "34", "tthc_total", "2026-03-31", "actual"): 64,
        ("51", "34", "tthc_level4_rate", "2026-03-31", "actual"): 81.3,
        ("51", "34", "online_dossier_rate", "2026-Q1", "actual"): 86.9,
        ("51", "34", "tasks_accepted", "2026-Q1", "actual"): 12,
    }, got


def test_a_count_with_its_share_and_an_estimate_mark_in_the_cell():
    """"34 (chiếm 35%)" is 34 (its share of the whole beside it, never 35), "45 (ước)" is 45 with
    its qualifier — both cells were set aside as words around a number."""
    result = examine(head("Sơn La", "Báo cáo kết quả hoạt động KH&CN năm 2024") + [
        ["TT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
        ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 97],
        ["", "Trong đó: nhiệm vụ cấp tỉnh", "nhiệm vụ", "34 (chiếm 35%)"],
        ["2", "Sáng kiến được công nhận", "sáng kiến", "45 (ước)"],
    ], name="sonla_2024.xlsx")
    got = taken(result)
    assert got[("14", "63", "tasks_managed_provincial", "2024", "actual")] == 34
    assert got[("14", "63", "initiatives_recognized", "2024", "actual")] == 45
    assert result.facts.set_index("indicator").loc["initiatives_recognized", "qualifier"] == "ước"


def test_a_unit_abbreviated_after_the_figure():
    """"8 SP", "203 SP" with the unit column left blank: "SP" is "sản phẩm" written short, as in the
    unit column (the cells were set aside: "SP" is not the indicator's unit)."""
    got = taken(examine(head("Sơn La", "Báo cáo kết quả thực hiện các chỉ tiêu KH&CN năm 2024") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
        ["1", "Nhiệm vụ KH&CN được quản lý", None, "66 NV"],
        ["2", "Sản phẩm OCOP 4 sao được công nhận", None, "8 SP"],
        ["3", "Sản phẩm OCOP còn hiệu lực (đến 31/12)", None, "203 SP"],
    ], name="sonla_2024_sp.xlsx"))
    assert got == {
        ("14", "63", "tasks_managed", "2024", "actual"): 66,
        ("14", "63", "ocop_products_4star", "2024", "actual"): 8,
        ("14", "63", "ocop_products_total", "2024-12-31", "actual"): 203,
    }, got


def test_a_label_split_over_two_cells_noun_then_qualifier():
    """"Chỉ tiêu" merged over B:C, the noun in B (merged down its block, or on the block's first
    row only) and its qualifier in C: "Sản phẩm OCOP | lũy kế còn hiệu lực", "Sáng kiến | cấp tỉnh
    công nhận", "Chi NSNN cho KH&CN | đã giải ngân" are read together; "Sáng kiến | cấp cơ sở công
    nhận" (a grassroots council's) and "Nhãn hiệu tập thể | cấp mới trong kỳ" are no indicator
    (three facts were missed)."""
    got = taken(examine(head("Lâm Đồng", "Kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm 2026") + [
        ["STT", "Chỉ tiêu", None, "ĐVT", "6 tháng đầu năm 2026"],
        ["1", "Sản phẩm OCOP", "công nhận mới", "SP", 35],
        [None, None, "lũy kế còn hiệu lực", "SP", 486],
        ["2", "Nhãn hiệu tập thể", "cấp mới trong kỳ", "NH", 2],
        [None, None, "lũy kế", "NH", 41],
        ["3", "Sáng kiến", "cấp tỉnh công nhận", "sáng kiến", 63],
        [None, None, "cấp cơ sở công nhận", "sáng kiến", 210],
        ["4", "Chi NSNN cho KH&CN", "đã giải ngân", "tỷ đồng", 54.2],
    ], merges=("B6:C6", "B11:B12"), name="lamdong_6t_2026.xlsx"))
    assert got == {
        ("68", "34", "ocop_products", "2026-S1", "actual"): 35,
        ("68", "34", "ocop_products_total", "2026-06-30", "actual"): 486,
        ("68", "34", "ip_collective_marks", "2026-06-30", "actual"): 41,
        ("68", "34", "initiatives_recognized", "2026-S1", "actual"): 63,
        ("68", "34", "st_budget", "2026-S1", "actual"): 54.2,
    }, got


def test_near_misses_of_tasks_initiatives_and_ocop_producers():
    """Tasks "chưa đến hạn nghiệm thu" are tasks NOT accepted, initiatives recognised "cấp cơ sở"
    are not the provincial council's, producers registering for OCOP have no recognized product:
    none is taken nor suggested as the indicator it resembles (the first two were suggested, the
    second one taken when read beside its noun)."""
    result = examine(head("Khánh Hòa", "Kết quả thực hiện nhiệm vụ KH&CN năm 2026") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2026"],
        ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 38],
        ["2", "Nhiệm vụ đang thực hiện, chưa đến hạn nghiệm thu", "nhiệm vụ", 96],
        ["3", "Sáng kiến được công nhận cấp cơ sở", "sáng kiến", 210],
        ["4", "Chủ thể đăng ký tham gia Chương trình OCOP mới", "chủ thể", 23],
    ], name="khanhhoa_2026.xlsx")
    assert taken(result) == {("56", "34", "tasks_accepted", "2026", "actual"): 38}
    assert not result.suggestions, [(g.label, g.indicator) for g in result.suggestions]

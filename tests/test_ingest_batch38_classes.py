"""Figures typed in text cells (`etl/sentences.py`, read with `etl/prose.py`), one class per test, as
batch 38 of the workbook corpus (text-cell reports of the South, the Mekong delta and the planners'
provinces, 2022 to the first half of 2026, written blind) revealed them, with the known misses of
batch 35 of the same classes. Each report is built here with `tests.fixtures.reports`, marked as test
data, and read by `etl.ingest.examine` as an upload is. A statistician's reading is the expectation: a
figure taken only when nothing is guessed — and each rule has probes where it must NOT fire (a part,
another year, a plan, a cumulative read as a flow, another province, a district, an approximation)."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

_Q1_2023 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ QUÝ I NĂM 2023"
_Q1_2026 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ QUÝ I NĂM 2026"
_S1_2026 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ 6 THÁNG ĐẦU NĂM 2026"
_YEAR_2023 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2023"
_YEAR_2024 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024"
_YEAR_2025 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025"

# an honest row beside a probe, so that the probe's file is not refused for stating nothing
_ANCHOR = ["9", "Nhiệm vụ", "Quản lý 64 nhiệm vụ KH&CN", None]


def _table(province: str, title: str, rows: list[list], city: bool = False) -> list[list]:
    return head(province, title, city) + [["TT", "Nội dung", "Kết quả thực hiện", "Ghi chú"]] + rows


def _two_columns(province: str, title: str, rows: list[list]) -> list[list]:
    return head(province, title) + [["Nội dung", "Kết quả"]] + rows


def _lines(province: str, title: str, lines: list[str]) -> list[list]:
    return head(province, title) + [[x] for x in lines]


def test_a_span_in_a_later_item_of_the_sentence_dates_no_figure_before_it():
    """The new TP.HCM's "Nghiệm thu 96 nhiệm vụ; riêng 6 tháng đầu năm 2025, tỉnh Bình Dương (cũ) nghiệm
    thu 14 nhiệm vụ" and "… đạt tỷ lệ 95,2%; năm 2024 đạt 88,6%": the later item's span became the
    document's period and dated the figure before it — 96 and 95,2 were lost (another period's)."""
    got = taken(examine(_table("Hồ Chí Minh", _YEAR_2025, [
        ["1", "Đánh giá, nghiệm thu", "Nghiệm thu 96 nhiệm vụ; riêng 6 tháng đầu năm 2025, tỉnh Bình Dương (cũ) "
                                      "nghiệm thu 14 nhiệm vụ", None],
        ["2", "Dịch vụ công trực tuyến", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến đạt tỷ lệ 95,2%; năm 2024 "
                                         "đạt 88,6%", None],
    ], city=True), name="tphcm_2025.xlsx"))
    assert got[("79", "34", "tasks_accepted", "2025", "actual")] == 96
    assert got[("79", "34", "online_dossier_rate", "2025", "actual")] == 95.2
    # probe: the merged city's "năm 2024" is no province's (its territory did not exist): not stored
    assert 88.6 not in got.values()
    # probe: the later item's own figure is never the year's
    assert not any(k[0] == "79" and v == 14 for k, v in got.items())
    # probe: a span said before the figure in its own item still dates it (the first half, not the year)
    got = taken(examine(_table("Nam Định", _YEAR_2024, [
        ["1", "OCOP", "6 tháng đầu năm 2024 công nhận 20 sản phẩm OCOP; năm 2023 công nhận 41 sản phẩm", None],
        _ANCHOR,
    ]), name="namdinh_2024.xlsx"))
    assert ("36", "63", "ocop_products", "2024", "actual") not in got
    assert got[("36", "63", "ocop_products", "2024-S1", "actual")] == 20
    assert 41 not in got.values()   # an earlier year's, beside no figure of the sheet's year: not guessed


def test_a_former_provinces_own_figure_before_the_merger_in_the_new_provinces_sentence():
    """"riêng 6 tháng đầu năm 2025, tỉnh Bình Dương (cũ) nghiệm thu 14 nhiệm vụ" in the new TP.HCM's
    report, "cùng kỳ năm 2025, tỉnh Bạc Liêu (cũ) đạt 93,4%, tỉnh Cà Mau (cũ) đạt 95,8%" in the new Cà
    Mau's (which kept Cà Mau's code 96): each former province's own figure of a period before 1 July 2025,
    frame 63 — all were lost, and the former Cà Mau's must not become the new one's."""
    got = taken(examine(_table("Hồ Chí Minh", _YEAR_2025, [
        ["1", "Đánh giá, nghiệm thu", "Nghiệm thu 96 nhiệm vụ; riêng 6 tháng đầu năm 2025, tỉnh Bình Dương (cũ) "
                                      "nghiệm thu 14 nhiệm vụ", None],
    ], city=True), name="tphcm_2025.xlsx"))
    assert got[("74", "63", "tasks_accepted", "2025-S1", "actual")] == 14
    got = taken(examine(_lines("Cà Mau", _Q1_2026, [
        "3. Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến quý I đạt 99,0%; cùng kỳ năm 2025, tỉnh Bạc Liêu (cũ) đạt "
        "93,4%, tỉnh Cà Mau (cũ) đạt 95,8%.",
    ]), name="camau_q1_2026.xlsx"))
    assert got == {("96", "34", "online_dossier_rate", "2026-Q1", "actual"): 99.0,
                   ("95", "63", "online_dossier_rate", "2025-Q1", "actual"): 93.4,
                   ("96", "63", "online_dossier_rate", "2025-Q1", "actual"): 95.8}
    # probe: a former province's share of a period after the merger is no fact (a part of the new one's)
    got = taken(examine(_table("Đồng Nai", _S1_2026, [
        ["1", "OCOP", "Công nhận 46 sản phẩm OCOP; trong đó địa bàn Bình Phước (cũ) 19 sản phẩm", None],
        ["2", "Nghiệm thu", "Nghiệm thu 17 nhiệm vụ; 6 tháng cuối năm 2025, tỉnh Bình Phước (cũ) nghiệm thu 9 "
                            "nhiệm vụ", None],
    ]), name="dongnai_s1_2026.xlsx"))
    assert 19 not in got.values() and 9 not in got.values()
    # probe: a share named with "trong đó … (cũ)" before the merger is a part, not the former one's own
    got = taken(examine(_table("Hồ Chí Minh", _YEAR_2025, [
        ["1", "Nghiệm thu", "Nghiệm thu 96 nhiệm vụ; 6 tháng đầu năm 2025, trong đó địa bàn Bình Dương (cũ) 14 "
                            "nhiệm vụ", None],
    ], city=True), name="tphcm_2025.xlsx"))
    assert 14 not in got.values()
    # probe: a province that is no part of the sheet's, even written "(cũ)", gives nothing here
    got = taken(examine(_table("Hồ Chí Minh", _YEAR_2025, [
        ["1", "Nghiệm thu", "Nghiệm thu 96 nhiệm vụ; 6 tháng đầu năm 2025, tỉnh Long An (cũ) nghiệm thu 11 "
                            "nhiệm vụ", None],
    ], city=True), name="tphcm_2025.xlsx"))
    assert 11 not in got.values()
    # probe: a former province's figure with no span of its own is not dated by the sheet's
    got = taken(examine(_table("Hồ Chí Minh", _YEAR_2025, [
        ["1", "Nghiệm thu", "Nghiệm thu 96 nhiệm vụ; tỉnh Bình Dương (cũ) nghiệm thu 23 nhiệm vụ", None],
    ], city=True), name="tphcm_2025.xlsx"))
    assert 23 not in got.values()


def test_products_recognized_after_a_semicolon_under_ocop_are_ocop_products():
    """The new Khánh Hòa's "Sản phẩm OCOP | Công nhận 88 sản phẩm trong năm; 6 tháng đầu năm, tỉnh Ninh
    Thuận (cũ) công nhận 15 sản phẩm": the former Ninh Thuận's products (bare after ";") were lost."""
    got = taken(examine(_two_columns("Khánh Hòa", _YEAR_2025, [
        ["Sản phẩm OCOP", "Công nhận 88 sản phẩm trong năm; 6 tháng đầu năm, tỉnh Ninh Thuận (cũ) công nhận 15 "
                          "sản phẩm"],
    ]), name="khanhhoa_2025.xlsx"))
    assert got[("58", "63", "ocop_products", "2025-S1", "actual")] == 15
    assert got[("56", "34", "ocop_products", "2025", "actual")] == 88
    # probe: under a row that is not about OCOP, bare products stay unread
    got = taken(examine(_two_columns("Khánh Hòa", _YEAR_2025, [
        ["Truy xuất nguồn gốc", "Hỗ trợ 12 doanh nghiệp; 6 tháng đầu năm, tỉnh Ninh Thuận (cũ) công nhận 15 sản "
                                "phẩm"],
        ["Nhiệm vụ", "Quản lý 64 nhiệm vụ KH&CN"],
    ]), name="khanhhoa_2025.xlsx"))
    assert 15 not in got.values()


def test_a_rates_later_item_naming_only_its_span_is_that_spans_rate():
    """Thái Nguyên's "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến quý I đạt 91,5%, cùng kỳ năm 2022 đạt 76,8%"
    (batch 35): the later item has no subject of its own; it is the same rate of the first quarter of
    2022."""
    got = taken(examine(_table("Thái Nguyên", _Q1_2023, [
        ["1", "Dịch vụ công trực tuyến", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến quý I đạt 91,5%, cùng kỳ năm 2022 "
                                         "đạt 76,8%", None],
    ]), name="thainguyen_q1_2023.xlsx"))
    assert got[("19", "63", "online_dossier_rate", "2023-Q1", "actual")] == 91.5
    assert got[("19", "63", "online_dossier_rate", "2022-Q1", "actual")] == 76.8
    # probe: a share of the plan after the rate is no rate of another span
    got = taken(examine(_table("Thái Nguyên", _Q1_2023, [
        ["1", "Dịch vụ công trực tuyến", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến quý I đạt 91,5%, đạt 103% kế "
                                         "hoạch", None],
    ]), name="thainguyen_q1_2023.xlsx"))
    assert got == {("19", "63", "online_dossier_rate", "2023-Q1", "actual"): 91.5}
    # probe: a district's item is not rewritten as the province's rate
    got = taken(examine(_table("Thái Nguyên", _Q1_2023, [
        ["1", "Dịch vụ công trực tuyến", "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến quý I đạt 91,5%; huyện Đại Từ "
                                         "đạt 80,2%", None],
    ]), name="thainguyen_q1_2023.xlsx"))
    assert 80.2 not in got.values()
    # probe: the new province's "cùng kỳ năm 2025" (before it existed) is nobody's
    got = taken(examine(_lines("Cà Mau", _Q1_2026, [
        "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến quý I đạt 99,0%, cùng kỳ năm 2025 đạt 94,1%.",
    ]), name="camau_q1_2026.xlsx"))
    assert 94.1 not in got.values()


def test_a_years_item_after_a_semicolon_is_that_years_figure_of_the_cells_subject():
    """Kon Tum's "Chi ngân sách nhà nước cho KH&CN: 24,7 tỷ đồng; năm 2023: 21,9 tỷ đồng", Sơn La's
    "Chi NSNN cho KH&CN | Giải ngân 38,9 tỷ đồng; năm 2022: 32,4 tỷ đồng", the new Lâm Đồng's "… giai đoạn
    2021-2025 khoảng 1.050 tỷ đồng; năm 2025: 231,7 tỷ đồng": the year's item had no subject."""
    got = taken(examine(_table("Kon Tum", _YEAR_2024, [
        ["5", "Kinh phí", "Chi ngân sách nhà nước cho KH&CN: 24,7 tỷ đồng; năm 2023: 21,9 tỷ đồng", None],
    ]), name="kontum_2024.xlsx"))
    assert got == {("62", "63", "st_budget", "2024", "actual"): 24.7, ("62", "63", "st_budget", "2023", "actual"): 21.9}
    got = taken(examine(_two_columns("Sơn La", _YEAR_2023, [
        ["Chi ngân sách nhà nước cho KH&CN", "Giải ngân 38,9 tỷ đồng; năm 2022: 32,4 tỷ đồng"],
    ]), name="sonla_2023.xlsx"))
    assert got == {("14", "63", "st_budget", "2023", "actual"): 38.9, ("14", "63", "st_budget", "2022", "actual"): 32.4}
    got = taken(examine(_table("Lâm Đồng", _YEAR_2025, [
        ["4", "Nguồn lực", "Chi ngân sách nhà nước cho KH&CN giai đoạn 2021-2025 khoảng 1.050 tỷ đồng; năm 2025: "
                           "231,7 tỷ đồng", None],
    ]), name="lamdong_2025.xlsx"))
    assert got == {("68", "34", "st_budget", "2025", "actual"): 231.7}   # the approximate sum not taken
    # probe: the next year's item is a plan, never that year's actual nor this year's
    got = taken(examine(_table("Kon Tum", _YEAR_2024, [
        ["5", "Kinh phí", "Chi ngân sách nhà nước cho KH&CN: 24,7 tỷ đồng; năm 2025: 30 tỷ đồng", None],
    ]), name="kontum_2024.xlsx"))
    assert got == {("62", "63", "st_budget", "2024", "actual"): 24.7}
    # probe: an item in another unit is not the cell's subject (a count of tasks is no budget)
    got = taken(examine(_table("Kon Tum", _YEAR_2024, [
        ["5", "Kinh phí", "Chi ngân sách nhà nước cho KH&CN: 24,7 tỷ đồng; năm 2023: 21 nhiệm vụ", None],
    ]), name="kontum_2024.xlsx"))
    assert got == {("62", "63", "st_budget", "2024", "actual"): 24.7}
    # probe: a merged province's earlier year (another frame) gives nothing
    got = taken(examine(_table("Lâm Đồng", _YEAR_2025, [
        ["4", "Nguồn lực", "Chi ngân sách nhà nước cho KH&CN: 231,7 tỷ đồng; năm 2024: 120,5 tỷ đồng", None],
    ]), name="lamdong_2025.xlsx"))
    assert got == {("68", "34", "st_budget", "2025", "actual"): 231.7}


def test_a_place_below_the_province_named_before_the_figure_is_not_the_provinces():
    """The new An Giang's "Tại đặc khu Phú Quốc, 4 doanh nghiệp được hỗ trợ đổi mới công nghệ": stored as
    the province's enterprises supported (a wrong number). A district, commune or special zone named by
    its name before a figure in its clause makes the figure that place's."""
    for sentence in ("Tại đặc khu Phú Quốc, 4 doanh nghiệp được hỗ trợ đổi mới công nghệ.",
                     "Huyện Châu Thành có 4 doanh nghiệp được hỗ trợ đổi mới công nghệ.",
                     "Trong quý, xã Năm Căn hỗ trợ 4 doanh nghiệp đổi mới công nghệ."):
        got = taken(examine(_lines("Cà Mau", _Q1_2026, [
            "Quý I/2026, Sở quản lý 68 nhiệm vụ KH&CN.", sentence,
        ]), name="camau_q1_2026.xlsx"))
        assert 4 not in got.values(), sentence
    # probes: the province's own figure with a level or a plural of places still is the province's
    got = taken(examine(_lines("Cà Mau", _Q1_2026, [
        "Quý I/2026, Sở hỗ trợ 11 doanh nghiệp trên địa bàn các huyện, thị xã đổi mới công nghệ.",
        "Số TTHC cấp xã cung cấp dịch vụ công trực tuyến: 40 thủ tục; Sở quản lý 68 nhiệm vụ KH&CN.",
    ]), name="camau_q1_2026.xlsx"))
    assert got[("96", "34", "enterprises_supported", "2026-Q1", "actual")] == 11
    assert got[("96", "34", "tasks_managed", "2026-Q1", "actual")] == 68


def test_an_approximation_on_a_label_line_is_not_taken():
    """The new Đồng Nai's "- Doanh nghiệp được hỗ trợ đổi mới công nghệ: gần 60 doanh nghiệp": a line of
    text, where an approximation is no figure (README "Uploading reports") — 60 was stored."""
    got = taken(examine(_lines("Đồng Nai", _S1_2026, [
        "- Nhiệm vụ KH&CN đang quản lý: 163 nhiệm vụ",
        "- Doanh nghiệp được hỗ trợ đổi mới công nghệ: gần 60 doanh nghiệp",
        "- Sáng kiến được công nhận: khoảng 45 sáng kiến",
    ]), name="dongnai_s1_2026.xlsx"))
    assert got == {("75", "34", "tasks_managed", "2026-S1", "actual"): 163}
    # probe: the exact figure on the same kind of line is taken
    got = taken(examine(_lines("Đồng Nai", _S1_2026, [
        "- Doanh nghiệp được hỗ trợ đổi mới công nghệ: 58 doanh nghiệp",
    ]), name="dongnai_s1_2026.xlsx"))
    assert got == {("75", "34", "enterprises_supported", "2026-S1", "actual"): 58}


def test_a_count_in_words_and_a_label_with_a_level_number_are_read():
    """Sơn La's "Nhiệm vụ mới | Mười hai nhiệm vụ cấp tỉnh mới ký hợp đồng triển khai" (no digit: the cell
    was never read) and "Tỷ lệ TTHC cung cấp DVC trực tuyến mức độ 4 | Đạt tỷ lệ 62,5% (25/40 thủ tục)"
    (the label's "4" made it no label)."""
    got = taken(examine(_two_columns("Sơn La", _YEAR_2023, [
        ["Nhiệm vụ mới", "Mười hai nhiệm vụ cấp tỉnh mới ký hợp đồng triển khai"],
        ["Tỷ lệ TTHC cung cấp DVC trực tuyến mức độ 4", "Đạt tỷ lệ 62,5% (25/40 thủ tục)"],
    ]), name="sonla_2023.xlsx"))
    assert got == {("14", "63", "tasks_new_provincial", "2023", "actual"): 12,
                   ("14", "63", "tthc_level4_rate", "2023-12-31", "actual"): 62.5}   # a stock, at the year's end
    # probe: a number word that counts nothing declared, or "năm" as a year word, gives nothing
    got = taken(examine(_two_columns("Sơn La", _YEAR_2023, [
        ["Hội thảo", "Tổ chức hai hội thảo khoa học trong năm"],
        ["Nhiệm vụ", "Quản lý 52 nhiệm vụ KH&CN"],
    ]), name="sonla_2023.xlsx"))
    assert got == {("14", "63", "tasks_managed", "2023", "actual"): 52}
    # probe: a label with a figure of its own is still no label ("Kế hoạch 2024: 60 nhiệm vụ")
    got = taken(examine(_two_columns("Sơn La", _YEAR_2023, [
        ["Chỉ tiêu 60 nhiệm vụ", "Đạt 55"],
        ["Nhiệm vụ", "Quản lý 52 nhiệm vụ KH&CN"],
    ]), name="sonla_2023.xlsx"))
    assert 55 not in got.values()


def test_a_share_of_the_plan_does_not_make_the_sentence_a_plan():
    """The new Cà Mau's "công nhận 15 sản phẩm OCOP …, chiếm 30% kế hoạch năm; nâng tổng số sản phẩm OCOP
    còn hiệu lực toàn tỉnh lên 398 sản phẩm": "kế hoạch" after "chiếm 30%" made the stock a plan."""
    got = taken(examine(_lines("Cà Mau", _Q1_2026, [
        "2. Về Chương trình OCOP, trong quý công nhận 15 sản phẩm OCOP, chiếm 30% kế hoạch năm; nâng tổng số sản "
        "phẩm OCOP còn hiệu lực toàn tỉnh lên 398 sản phẩm.",
    ]), name="camau_q1_2026.xlsx"))
    assert got[("96", "34", "ocop_products_total", "2026-03-31", "actual")] == 398
    # probe: a target is still a plan
    got = taken(examine(_lines("Cà Mau", _Q1_2026, [
        "Quý I/2026, Sở quản lý 68 nhiệm vụ KH&CN.",
        "Kế hoạch năm 2026: phấn đấu nâng tổng số sản phẩm OCOP còn hiệu lực lên 450 sản phẩm.",
    ]), name="camau_q1_2026.xlsx"))
    assert 450 not in got.values()

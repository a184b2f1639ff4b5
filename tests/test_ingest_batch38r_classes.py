"""Review21b of the text-cell rules batches 35 and 38 brought (etl/sentences.py, etl/walk.py): each class a
rule read too widely, storing a wrong figure or refusing an honest file. Each report is built here with
tests/fixtures/reports.py, marked as test data, and read by `etl.ingest.examine` as an upload is; a
statistician's reading is the expectation (a figure missed rather than a wrong one stored)."""
from __future__ import annotations

from tests.fixtures.reports import examine, head, taken

_YEAR_2024 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024"
_YEAR_2025 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2025"
_Q1_2026 = "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ QUÝ I NĂM 2026"


def _table(province: str, title: str, rows: list[list], city: bool = False) -> list[list]:
    return head(province, title, city) + [["TT", "Nội dung", "Kết quả thực hiện"]] + rows


def _lines(province: str, title: str, lines: list[str]) -> list[list]:
    return head(province, title) + [[x] for x in lines]


def test_an_approximation_in_any_of_its_words_on_a_label_line_is_not_taken():
    """"- Doanh nghiệp được hỗ trợ …: chừng 60 doanh nghiệp" ("ước", "trên dưới", "khoảng chừng", "ước
    tính"): 60 was stored as exact — only "gần" and "khoảng" were known (metrics/abbreviations.toml
    [approximate_words], shared with the sentences' reader). Probe: the exact figure beside it is taken."""
    for q in ("chừng", "ước", "trên dưới", "khoảng chừng", "ước tính", "xấp xỉ", "gần"):
        got = taken(examine(_lines("Long An", _YEAR_2024, [
            f"- Doanh nghiệp được hỗ trợ đổi mới công nghệ: {q} 60 doanh nghiệp",
            "- Nhiệm vụ KH&CN được nghiệm thu: 20 nhiệm vụ",
        ]), name="longan_2024.xlsx"))
        assert got == {("80", "63", "tasks_accepted", "2024", "actual"): 20}, q
    # in a sentence, the same words qualify the figure: not taken either
    got = taken(examine(_table("Long An", _YEAR_2024, [
        ["1", "Doanh nghiệp", "Năm 2024, Sở hỗ trợ chừng 60 doanh nghiệp đổi mới công nghệ"],
        ["2", "Nhiệm vụ", "Nghiệm thu 20 nhiệm vụ KH&CN"],
    ]), name="longan_2024.xlsx"))
    assert got == {("80", "63", "tasks_accepted", "2024", "actual"): 20}


def _hcm_2025(sentence: str) -> dict:
    return taken(examine(_table("Hồ Chí Minh", _YEAR_2025, [
        ["1", "Đánh giá, nghiệm thu", sentence],
        ["2", "Nhiệm vụ", "Quản lý 364 nhiệm vụ KH&CN"],
    ], city=True), name="hcm_2025.xlsx"))


def test_a_former_provinces_total_to_a_date_or_two_provinces_sum_is_no_half_year_of_its_own():
    """The new TP.HCM's "…; lũy kế đến 30/6/2025, tỉnh Bình Dương (cũ) nghiệm thu 240 nhiệm vụ" (a total
    to a date), "…; từ năm 2021 đến 6 tháng đầu năm 2025, … 140" (from a start) and "…; tỉnh Bình Dương
    (cũ) và tỉnh Bà Rịa - Vũng Tàu (cũ) nghiệm thu 24 nhiệm vụ" (two provinces' sum) were stored as one
    former province's first half of 2025. Probe: its own half-year, alone in its clause, still is."""
    own = ("79", "34", "tasks_managed", "2025", "actual")
    for sentence in (
            "Nghiệm thu 96 nhiệm vụ; lũy kế đến 30/6/2025, tỉnh Bình Dương (cũ) nghiệm thu 240 nhiệm vụ",
            "Nghiệm thu 96 nhiệm vụ; từ năm 2021 đến 6 tháng đầu năm 2025, tỉnh Bình Dương (cũ) nghiệm thu 140 nhiệm vụ",
            "Nghiệm thu 96 nhiệm vụ; 6 tháng đầu năm 2025, tỉnh Bình Dương (cũ) và tỉnh Bà Rịa - Vũng Tàu (cũ) "
            "nghiệm thu 24 nhiệm vụ"):
        got = _hcm_2025(sentence)
        assert not [k for k in got if k[1] == "63"], sentence
        assert got[own] == 364
    got = _hcm_2025("Nghiệm thu 96 nhiệm vụ; 6 tháng đầu năm 2025, tỉnh Bình Dương (cũ) nghiệm thu 14 nhiệm vụ")
    assert got[("74", "63", "tasks_accepted", "2025-S1", "actual")] == 14


def test_bare_products_after_a_semicolon_are_ocop_products_only_in_a_former_provinces_own_clause():
    """Under "Sản phẩm OCOP", "…; UBND tỉnh công nhận 15 sản phẩm công nghiệp nông thôn tiêu biểu" (another
    kind of product), "…; 6 tháng đầu năm, thành phố Cao Lãnh công nhận 12 sản phẩm" (a city's) and "…;
    Hội đồng cấp huyện công nhận 15 sản phẩm" (a district level's) were made OCOP products: stored as the
    province's, or refused an honest file as a second value. Probe: a former province's own clause still is."""
    for later in ("UBND tỉnh công nhận 15 sản phẩm công nghiệp nông thôn tiêu biểu",
                  "thành phố Cao Lãnh công nhận 12 sản phẩm", "6 tháng đầu năm, thành phố Cao Lãnh công nhận 12 sản phẩm",
                  "TP. Sa Đéc công nhận 12 sản phẩm", "Hội đồng cấp huyện công nhận 15 sản phẩm"):
        result = examine(_table("Đồng Tháp", _YEAR_2024, [
            ["1", "Sản phẩm OCOP", f"Công nhận 45 sản phẩm OCOP; {later}"],
            ["2", "Nhiệm vụ", "Quản lý 64 nhiệm vụ KH&CN"],
        ]), name="dongthap_2024.xlsx")
        assert result.accepted, later
        assert taken(result) == {("87", "63", "ocop_products", "2024", "actual"): 45,
                                 ("87", "63", "tasks_managed", "2024", "actual"): 64}, later
    got = taken(examine(_table("Khánh Hòa", _YEAR_2025, [
        ["1", "Sản phẩm OCOP", "Công nhận 88 sản phẩm OCOP trong năm; 6 tháng đầu năm, tỉnh Ninh Thuận (cũ) công "
                               "nhận 15 sản phẩm"],
    ]), name="khanhhoa_2025.xlsx"))
    assert got[("58", "63", "ocop_products", "2025-S1", "actual")] == 15


def test_a_rates_later_item_is_the_nearest_rates_and_none_past_a_level():
    """"Tỷ lệ hồ sơ … trực tuyến quý I đạt 99,0%, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,2%; cùng kỳ năm 2025,
    tỉnh Bạc Liêu (cũ) đạt 97,4%": 97,4 (the on-time rate's) was stored as Bạc Liêu's online rate; "Tỷ lệ hồ sơ
    TTHC cấp xã tiếp nhận trực tuyến đạt 60,2%; năm 2023 đạt 41,4%": the communes' 41,4 as the province's
    2023 rate. Probe: one rate's later item still is that rate's."""
    got = taken(examine(_lines("Cà Mau", _Q1_2026, [
        "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến quý I đạt 99,0%, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,2%; cùng kỳ "
        "năm 2025, tỉnh Bạc Liêu (cũ) đạt 97,4%.",
        "Quý I/2026, Sở quản lý 68 nhiệm vụ KH&CN.",
    ]), name="camau_q1_2026.xlsx"))
    assert not [k for k in got if k[2] == "online_dossier_rate" and k[1] == "63"]
    got = taken(examine(_lines("Long An", _YEAR_2024, [
        "Tỷ lệ hồ sơ TTHC cấp xã tiếp nhận trực tuyến đạt 60,2%; năm 2023 đạt 41,4%.",
        "Năm 2024, Sở quản lý 64 nhiệm vụ KH&CN.",
    ]), name="longan_2024.xlsx"))
    assert ("80", "63", "online_dossier_rate", "2023", "actual") not in got
    got = taken(examine(_lines("Cà Mau", _Q1_2026, [
        "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến quý I đạt 99,0%; cùng kỳ năm 2025, tỉnh Bạc Liêu (cũ) đạt 93,4%.",
        "Quý I/2026, Sở quản lý 68 nhiệm vụ KH&CN.",
    ]), name="camau_q1_2026.xlsx"))
    assert got[("95", "63", "online_dossier_rate", "2025-Q1", "actual")] == 93.4


def test_a_cell_opening_with_a_level_or_a_part_gives_its_year_items_no_subject_of_the_whole():
    """Kon Tum's "Chi NSNN cho KH&CN | Cấp tỉnh: 24,7 tỷ đồng; năm 2023: 21,9 tỷ đồng" stored the provincial
    level's 21,9 as the province's 2023 budget, and "… | Chi đầu tư phát triển: 14,7 tỷ đồng; năm 2023: 11,9
    tỷ đồng" the investment part's 14,7 as its 2024 budget (the row's label taken as their subject). Probe:
    the whole said in the cell's own words, then its year, still gives both years."""
    for cell in ("Cấp tỉnh: 24,7 tỷ đồng; năm 2023: 21,9 tỷ đồng",
                 "Chi đầu tư phát triển: 14,7 tỷ đồng; năm 2023: 11,9 tỷ đồng",
                 "Trong đó chi sự nghiệp: 14,7 tỷ đồng; năm 2023: 11,9 tỷ đồng"):
        got = taken(examine(_table("Kon Tum", _YEAR_2024, [
            ["1", "Chi NSNN cho KH&CN", cell],
            ["2", "Nhiệm vụ", "Quản lý 64 nhiệm vụ KH&CN"],
        ]), name="kontum_2024.xlsx"))
        assert got == {("62", "63", "tasks_managed", "2024", "actual"): 64}, cell
    got = taken(examine(_table("Kon Tum", _YEAR_2024, [
        ["1", "Chi NSNN cho KH&CN", "Chi ngân sách nhà nước cho KH&CN: 24,7 tỷ đồng; năm 2023: 21,9 tỷ đồng"],
    ]), name="kontum_2024.xlsx"))
    assert got == {("62", "63", "st_budget", "2024", "actual"): 24.7, ("62", "63", "st_budget", "2023", "actual"): 21.9}

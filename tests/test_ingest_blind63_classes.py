"""blind63 (issue #8): what batch 63's first sight revealed — the 2025 transition year, the former provinces' first
half and the new provinces' year — each class with the smallest realistic report (tests/fixtures/reports.py, read by
`etl.ingest.examine` as an upload is), and beside it the honest neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts, head, taken

CA_MAU, BAC_LIEU, HAU_GIANG, TUYEN_QUANG, HA_GIANG = "96", "95", "93", "08", "02"


# --- 1. "Cà Mau" is no note word: "cả" (bao gồm cả …) folds to "ca" ---------------------------------------------------

def _ca_mau_2026(*columns: str, values=(21, 18, 45)):
    return examine(head("Cà Mau", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2026")
                   + [["TT", "Chỉ tiêu", "ĐVT", *columns],
                      ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", *values[:len(columns)]]])


@pytest.mark.parametrize("former", ["Năm 2025 (Cà Mau cũ)", "Năm 2025 Cà Mau (cũ)", "Năm 2025 - tỉnh Cà Mau cũ"])
def test_the_former_ca_mau_s_2025_is_no_figure_of_the_new_province(former):
    """WRONG: "Năm 2025 (Cà Mau cũ) | Năm 2025 (Bạc Liêu cũ) | Năm 2026" in the new Cà Mau's report stored the former
    Cà Mau's 21 products as the new province's whole 2025: "cả" ("bao gồm cả …", a note that the column is more
    than the former province) folds to "ca", the first word of "Cà Mau" — the column named no former province."""
    got = facts(_ca_mau_2026(former, "Năm 2025 (Bạc Liêu cũ)", "Năm 2026"))
    assert (CA_MAU, "34", "ocop_products", "2025", "actual") not in got, got
    assert got.get((CA_MAU, "34", "ocop_products", "2026", "actual")) == 45


def test_probe_a_note_that_includes_the_former_province_is_still_the_new_provinces():
    """"Năm 2025 (bao gồm cả Bạc Liêu cũ)" is the new Cà Mau's whole 2025 (the note word outside the name)."""
    got = facts(_ca_mau_2026("Năm 2025 (bao gồm cả Bạc Liêu cũ)", "Năm 2026", values=(39, 45)))
    assert got.get((CA_MAU, "34", "ocop_products", "2025", "actual")) == 39, got


def test_probe_another_former_province_beside_the_year_stays_aside():
    got = facts(examine(head("Tuyên Quang", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2026")
                        + [["TT", "Chỉ tiêu", "ĐVT", "Năm 2025 (Hà Giang cũ)", "Năm 2026"],
                           ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 21, 45]]))
    assert got == {(TUYEN_QUANG, "34", "ocop_products", "2026", "actual"): 45}, got


# --- 2. a former province's column naming its part of the title's year --------------------------------------------

def _ca_mau_2025(columns: list, title: str = "TỔNG HỢP SỐ LIỆU KH&CN NĂM 2025", province: str = "Cà Mau"):
    return examine(head(province, title) + [["TT", "Chỉ tiêu", "ĐVT", *columns],
                                             ["1", "Sản phẩm OCOP được công nhận mới", "sản phẩm", 11, 9, 23],
                                             ["2", "Sáng kiến được công nhận", "sáng kiến", 63, 47, 121]])


@pytest.mark.parametrize("h1", ["6 tháng đầu năm", "6 tháng đầu năm (trước sắp xếp)", "06 tháng đầu năm"])
def test_a_former_provinces_column_naming_its_half_is_that_half(h1):
    """LOST: "Cà Mau (cũ) 6 tháng đầu năm | Bạc Liêu (cũ) 6 tháng đầu năm | Cà Mau (mới) 6 tháng cuối năm" under
    "… NĂM 2025": the former provinces' columns were read in the title's whole year and set aside as the new
    province's shares of 2025 — the header's own part of the year (no year: the title's) is their first half."""
    got = taken(_ca_mau_2025([f"Cà Mau (cũ) {h1}", f"Bạc Liêu (cũ) {h1}", "Cà Mau (mới) 6 tháng cuối năm"]))
    assert got == {(CA_MAU, "63", "ocop_products", "2025-S1", "actual"): 11,
                   (BAC_LIEU, "63", "ocop_products", "2025-S1", "actual"): 9,
                   (CA_MAU, "34", "ocop_products", "2025-S2", "actual"): 23,
                   (CA_MAU, "63", "initiatives_recognized", "2025-S1", "actual"): 63,
                   (BAC_LIEU, "63", "initiatives_recognized", "2025-S1", "actual"): 47,
                   (CA_MAU, "34", "initiatives_recognized", "2025-S2", "actual"): 121}, got


def test_probe_a_former_provinces_second_half_is_no_ones():
    """After 1/7/2025 the former Bạc Liêu no longer exists: its "6 tháng cuối năm" is a share, never stored."""
    got = facts(_ca_mau_2025(["Cà Mau (cũ) 6 tháng cuối năm", "Bạc Liêu (cũ) 6 tháng cuối năm", "Cả năm"]))
    assert not any(k[1] == "63" for k in got), got


def test_the_former_ca_mau_with_the_year_written_is_its_first_half_too():
    """LOST too: with the year written the former Bạc Liêu was read, the former Cà Mau not (class 1)."""
    got = taken(_ca_mau_2025(["Cà Mau (cũ) 6 tháng đầu năm 2025", "Bạc Liêu (cũ) 6 tháng đầu năm 2025",
                              "Cà Mau (mới) 6 tháng cuối năm 2025"]))
    assert got[(BAC_LIEU, "63", "ocop_products", "2025-S1", "actual")] == 9
    assert got[(CA_MAU, "63", "ocop_products", "2025-S1", "actual")] == 11


def test_probe_a_province_column_alone_keeps_the_titles_period():
    """"Sóc Trăng | Hậu Giang" under "… 6 THÁNG ĐẦU NĂM 2025": the title's half, nothing from the names."""
    got = taken(_ca_mau_2025(["Cà Mau", "Bạc Liêu", "Cộng"], title="SỐ LIỆU KH&CN 6 THÁNG ĐẦU NĂM 2025"))
    assert got.get((BAC_LIEU, "63", "ocop_products", "2025-S1", "actual")) == 9, got


# --- 3. the statistical form's "Số liệu kỳ báo cáo" -----------------------------------------------------------------

def _form(*columns: str, values=(31, 5), period: str = "Kỳ báo cáo: 6 tháng đầu năm 2025 (từ 01/01/2025 đến 30/6/2025)"):
    top = [["Biểu số 01/TK-KHCN", None, None, MARK],
           ["Đơn vị báo cáo: Sở Khoa học và Công nghệ tỉnh Hậu Giang"],
           ["Đơn vị nhận báo cáo: Bộ Khoa học và Công nghệ"], [],
           ["TÌNH HÌNH HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ"], [period], []]
    n = len(columns)
    return examine(top + [["Tên chỉ tiêu", "Mã số", "Đơn vị tính", *columns], ["A", "B", "C", *map(str, range(1, n + 1))],
                          ["1. Số nhiệm vụ KH&CN đang quản lý", "01", "Nhiệm vụ", *values[:n]],
                          ["2. Số nhiệm vụ được nghiệm thu trong kỳ", "02", "Nhiệm vụ", *values[n:2 * n]]])


@pytest.mark.parametrize("header", ["Số liệu kỳ báo cáo", "Số liệu kỳ này", "Giá trị kỳ báo cáo", "Số lượng kỳ báo cáo"])
def test_a_value_word_before_the_reports_own_period_is_that_period(header):
    """LOST: Hậu Giang's form "Tên chỉ tiêu | Mã số | Đơn vị tính | Số liệu kỳ báo cáo" under "Kỳ báo cáo: 6 tháng
    đầu năm 2025 (…)": "Kỳ báo cáo" alone was read, with the form's word for a figure before it the column said
    nothing ("Tiêu đề cột không cho biết …") and its 8 figures were lost."""
    assert taken(_form(header)) == {(HAU_GIANG, "63", "tasks_managed", "2025-S1", "actual"): 31,
                                    (HAU_GIANG, "63", "tasks_accepted", "2025-S1", "actual"): 5}


def test_probe_the_period_before_stays_the_period_before():
    """"Số liệu kỳ báo cáo trước | Số liệu kỳ báo cáo" (the year's form): the first is the half before, never a
    second value of this one."""
    got = taken(_form("Số liệu kỳ báo cáo trước", "Số liệu kỳ báo cáo", values=(27, 31, 4, 5),
                      period="Kỳ báo cáo: Năm 2024"))
    assert got[(HAU_GIANG, "63", "tasks_managed", "2024", "actual")] == 31, got
    assert got.get((HAU_GIANG, "63", "tasks_managed", "2023", "actual")) in (None, 27), got


def test_probe_last_years_column_of_the_form_is_not_this_years():
    got = facts(_form("Số liệu năm N-1", "Số liệu năm N", values=(27, 31, 4, 5), period="Kỳ báo cáo: Năm 2024"))
    assert got.get((HAU_GIANG, "63", "tasks_managed", "2024", "actual")) == 31, got
    assert 27 not in [v for k, v in got.items() if k[3] == "2024"], got


# --- 4. a group header naming the stage only, over the stars, the things named in the title ------------------------

TIEN_GIANG = "82"
_OCOP_TITLE = "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP 6 THÁNG ĐẦU NĂM 2025"


def _by_district(g1: str, g2: str | None, title: str = _OCOP_TITLE, stars=("3 sao", "4 sao", "5 sao", "Cộng")):
    n = 2 if g2 else 1
    h1 = ["STT", "Huyện, thị xã, thành phố", g1, None, None, None] + ([g2, None, None, None] if g2 else [])
    h2 = [None, None, *stars] + (list(stars) if g2 else [])
    rows = head("Tiền Giang", title) + [h1, h2, ["", "Toàn tỉnh", 15, 6, 1, 22, 125, 38, 1, 164][:2 + 4 * n],
                                        ["1", "TP. Mỹ Tho", 2, 1, 0, 3, 14, 5, 0, 19][:2 + 4 * n],
                                        ["2", "Huyện Cái Bè", 13, 5, 1, 19, 111, 33, 1, 145][:2 + 4 * n]]
    return examine(rows, merges=("C6:F6",) + (("G6:J6",) if g2 else ()))


def test_stars_under_a_stage_read_with_the_title_are_the_provinces_products():
    """LOST (the honest file refused): Tiền Giang's OCOP by district, "Công nhận trong 6 tháng đầu năm 2025" and
    "Lũy kế còn hiệu lực đến 30/6/2025" each over "3 sao | 4 sao | 5 sao | Cộng", the things only in the title
    "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP …": no column named an indicator ("không tìm thấy chỉ tiêu nào")."""
    got = taken(_by_district("Công nhận trong 6 tháng đầu năm 2025", "Lũy kế còn hiệu lực đến 30/6/2025"))
    half, end = "2025-S1", "2025-06-30"
    assert got == {(TIEN_GIANG, "63", "ocop_products_3star", half, "actual"): 15,
                   (TIEN_GIANG, "63", "ocop_products_4star", half, "actual"): 6,
                   (TIEN_GIANG, "63", "ocop_products_5star", half, "actual"): 1,
                   (TIEN_GIANG, "63", "ocop_products", half, "actual"): 22,
                   (TIEN_GIANG, "63", "ocop_products_3star_total", end, "actual"): 125,
                   (TIEN_GIANG, "63", "ocop_products_4star_total", end, "actual"): 38,
                   (TIEN_GIANG, "63", "ocop_products_5star_total", end, "actual"): 1,
                   (TIEN_GIANG, "63", "ocop_products_total", end, "actual"): 164}, got


def test_the_whole_under_a_group_that_names_the_stock_is_the_stock():
    """LOST too: "Sản phẩm OCOP còn hiệu lực đến 30/6/2025" over the stars and "Cộng": the stars were read, the
    whole (164) not."""
    got = taken(_by_district("Sản phẩm OCOP được công nhận trong 6 tháng đầu năm 2025",
                             "Sản phẩm OCOP còn hiệu lực đến 30/6/2025"))
    assert got[(TIEN_GIANG, "63", "ocop_products_total", "2025-06-30", "actual")] == 164
    assert got[(TIEN_GIANG, "63", "ocop_products", "2025-S1", "actual")] == 22


@pytest.mark.parametrize("group", ["Đăng ký tham gia", "Công nhận lại", "Hết hiệu lực công nhận", "Kế hoạch năm 2025"])
def test_probe_a_group_of_another_stage_stays_unread(group):
    """Products registered, re-recognized, expired, planned or proposed by star: no star of the products
    recognized (registered has no star parts; the others no indicator)."""
    got = facts(_by_district(group, None))
    assert not any(k[2] in ("ocop_products", "ocop_products_total") or "star" in k[2] for k in got), got


def test_probe_a_title_naming_other_things_names_no_products():
    """The same stages under a title on the producers ("CHỦ THỂ OCOP"): no products' star."""
    got = facts(_by_district("Công nhận trong 6 tháng đầu năm 2025", None,
                             title="KẾT QUẢ CÔNG NHẬN CHỦ THỂ OCOP 6 THÁNG ĐẦU NĂM 2025"))
    assert not any("star" in k[2] or k[2] == "ocop_products" for k in got), got


# --- 5. the sum written before its own year, right of every former province --------------------------------------

_HALVES = ["Cà Mau (cũ) 6 tháng đầu năm", "Bạc Liêu (cũ) 6 tháng đầu năm", "Cà Mau (mới) 6 tháng cuối năm"]


def _with_total(columns: list, total: str, province: str = "Cà Mau"):
    return examine(head(province, "TỔNG HỢP SỐ LIỆU KH&CN NĂM 2025")
                   + [["TT", "Chỉ tiêu", "ĐVT", *columns, total],
                      ["1", "Sản phẩm OCOP được công nhận mới", "sản phẩm", *[11, 9, 23][:len(columns)], 43]])


@pytest.mark.parametrize("total", ["Tổng cộng năm 2025", "Cộng năm 2025", "Tổng số năm 2025", "Tổng cộng cả năm 2025"])
def test_the_sum_of_every_former_half_and_the_new_half_is_the_new_provinces_year(total):
    """LOST: the new Cà Mau's "… | Cà Mau (mới) 6 tháng cuối năm | Tổng cộng năm 2025": set aside as a total over
    places ("Cột tổng cộng, không phải số liệu của một tỉnh") though every other column is a part of the merged
    province's territory over the year."""
    got = taken(_with_total(_HALVES, total))
    assert got[(CA_MAU, "34", "ocop_products", "2025", "actual")] == 43, got


@pytest.mark.parametrize("columns, total", [
    (_HALVES[1:], "Tổng cộng năm 2025"),                       # one former province only: a sum of parts
    (_HALVES, "Tổng cộng 6 tháng đầu năm 2025"),             # a half: no one's before the merger
    (_HALVES, "Tổng cộng kế hoạch năm 2025"),                # a plan
    (_HALVES, "Tổng cộng lũy kế đến hết năm 2025"),          # a total to date
    (["Cần Thơ", "Cà Mau (mới)"], "Tổng cộng năm 2025"),      # a region's sum
])
def test_probe_other_sums_stay_aside(columns, total):
    got = facts(_with_total(columns, total))
    assert 43 not in got.values(), got

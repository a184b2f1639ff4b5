"""Batch 60 (after the two-level reform of 1 July 2025: communes, wards and special zones down the rows with the
province's total; compilations by other offices): the classes its first sight revealed. Each class: the report
that was refused whole or lost its figures, then probes of the honest neighbours that must stay as they are.
Each workbook is built here, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts, reasons, taken

AN_GIANG, HUNG_YEN, NGHE_AN = "91", "33", "40"


# --- 1. the rest of the communes after the named ones is a part, never an unknown province -------------------

def _by_commune(rest: str, header: str = "Đơn vị hành chính", total: str = "Tổng toàn tỉnh"):
    """The new An Giang's OCOP export: one row per commune, ward or special zone, the rest, the province's total."""
    return examine([["TỈNH AN GIANG - SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2025 THEO ĐƠN VỊ HÀNH CHÍNH CẤP XÃ"], [MARK], [],
                    ["STT", header, "Số sản phẩm 3 sao", "Số sản phẩm 4 sao"],
                    [1, "Phường Long Xuyên", 5, 2], [2, "Đặc khu Phú Quốc", 9, 5], [3, "Xã Tri Tôn", 7, 1],
                    [4, rest, 28, 9], [None, total, 49, 17]], name="ocop_2025.xlsx")


@pytest.mark.parametrize("rest", ["Các đơn vị còn lại", "Các xã, phường còn lại", "Các xã, phường, đặc khu khác",
                                  "Các đơn vị còn lại (95 xã, phường)", "Các địa phương khác"])
def test_the_rest_of_the_communes_is_a_part_of_the_province(rest):
    """"Các đơn vị còn lại" under "Đơn vị hành chính" was an unknown province: the honest file refused whole."""
    r = _by_commune(rest)
    assert taken(r) == {(AN_GIANG, "34", "ocop_products_3star", "2025", "actual"): 49.0,
                        (AN_GIANG, "34", "ocop_products_4star", "2025", "actual"): 17.0}
    assert "một phần của tỉnh" in reasons(r)


def test_probe_an_unknown_place_among_the_communes_still_refuses():
    """A name that is neither a unit of the province nor the rest of them is still a problem, not a guess."""
    r = _by_commune("Các tỉnh còn lại")
    assert not r.accepted or (AN_GIANG, "34", "ocop_products_3star", "2025", "actual") not in facts(r)


def test_probe_the_rest_row_without_the_province_total_stores_nothing():
    """Without the province's own total the named parts and the rest sum to nothing stored."""
    r = examine([["TỈNH AN GIANG - SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2025 THEO ĐƠN VỊ HÀNH CHÍNH CẤP XÃ"], [MARK], [],
                 ["STT", "Đơn vị hành chính", "Số sản phẩm 3 sao"],
                 [1, "Phường Long Xuyên", 5], [2, "Đặc khu Phú Quốc", 9], [3, "Các đơn vị còn lại", 28]],
                name="ocop_2025.xlsx")
    assert facts(r) == {}


# --- 2. a star under its group's words is the whole's part; 3. the total right of the parts is the whole -------

def _stars(total_header: str, star_group: str = "Chia theo hạng sao", total_first: bool = True):
    top = ["TT", "Đơn vị hành chính cấp xã", total_header, star_group, None, None]
    low = [None, None, None, "3 sao", "4 sao", "5 sao"]
    rows = [[None, "TOÀN TỈNH", 65, 46, 18, 1], [1, "Phường Phố Hiến", 7, 4, 3, 0], [2, "Phường Thái Bình", 5, 3, 2, 0],
            [3, "Các xã, phường còn lại", 53, 39, 13, 1]]
    if not total_first:
        top = ["TT", "Đơn vị hành chính cấp xã", star_group, None, None, total_header]
        low = [None, None, "3 sao", "4 sao", "5 sao", None]
        rows = [[a, b, d, e, f, c] for a, b, c, d, e, f in rows]
    merges = ("A5:A6", "B5:B6", "C5:C6", "D5:F5") if total_first else ("A5:A6", "B5:B6", "C5:E5", "F5:F6")
    return examine([["UBND TỈNH HƯNG YÊN"], [MARK],
                    ["KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2025 THEO ĐƠN VỊ HÀNH CHÍNH CẤP XÃ"], [], top, low]
                   + rows, merges=merges, name="ocop_2025.xlsx")


WHOLE = {(HUNG_YEN, "34", "ocop_products", "2025", "actual"): 65.0}
STARS = {(HUNG_YEN, "34", "ocop_products_3star", "2025", "actual"): 46.0,
         (HUNG_YEN, "34", "ocop_products_4star", "2025", "actual"): 18.0,
         (HUNG_YEN, "34", "ocop_products_5star", "2025", "actual"): 1.0}


@pytest.mark.parametrize("group", ["Chia theo hạng sao", "Phân theo hạng sao", "Chia ra"])
def test_a_star_under_its_groups_words_is_the_wholes_part(group):
    """"Tổng số sản phẩm được công nhận | Chia theo hạng sao: 3 sao | 4 sao | 5 sao": the stars were lost."""
    assert taken(_stars("Tổng số sản phẩm được công nhận", group)) == WHOLE | STARS


@pytest.mark.parametrize("total", ["Tổng số sản phẩm", "Tổng cộng", "Tổng số"])
def test_the_total_right_of_the_stars_is_the_whole(total):
    """"Số sản phẩm 3 sao | 4 sao | 5 sao | Tổng số sản phẩm": the total was "not said what it holds"."""
    r = examine([["TỈNH AN GIANG - SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2025 THEO ĐƠN VỊ HÀNH CHÍNH CẤP XÃ"], [MARK], [],
                 ["STT", "Đơn vị hành chính", "Số sản phẩm 3 sao", "Số sản phẩm 4 sao", total],
                 [1, "Phường Long Xuyên", 5, 2, 7], [2, "Các đơn vị còn lại", 28, 9, 37], [None, "Tổng toàn tỉnh", 33, 11, 44]],
                name="ocop_2025.xlsx")
    assert taken(r) == {(AN_GIANG, "34", "ocop_products_3star", "2025", "actual"): 33.0,
                        (AN_GIANG, "34", "ocop_products_4star", "2025", "actual"): 11.0,
                        (AN_GIANG, "34", "ocop_products", "2025", "actual"): 44.0}


@pytest.mark.parametrize("total", ["Tổng kinh phí (triệu đồng)", "Tổng số chủ thể", "Ghi chú"])
def test_probe_a_total_of_something_else_beside_the_stars_is_not_the_whole(total):
    """A total naming other words than the whole's own is not read as the products recognized."""
    r = examine([["TỈNH AN GIANG - SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2025 THEO ĐƠN VỊ HÀNH CHÍNH CẤP XÃ"], [MARK], [],
                 ["STT", "Đơn vị hành chính", "Số sản phẩm 3 sao", "Số sản phẩm 4 sao", total],
                 [1, "Phường Long Xuyên", 5, 2, 7], [None, "Tổng toàn tỉnh", 33, 11, 44]], name="ocop_2025.xlsx")
    assert (AN_GIANG, "34", "ocop_products", "2025", "actual") not in facts(r)


def test_probe_one_star_column_then_a_total_is_not_read_as_the_whole():
    """One part only ("Trong đó: 4 sao | Tổng số"): the total may be anything — not taken as the whole from it."""
    r = examine([["TỈNH AN GIANG - SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2025 THEO ĐƠN VỊ HÀNH CHÍNH CẤP XÃ"], [MARK], [],
                 ["STT", "Đơn vị hành chính", "Số sản phẩm 4 sao", "Tổng số hồ sơ"],
                 [1, "Phường Long Xuyên", 2, 7], [None, "Tổng toàn tỉnh", 11, 44]], name="ocop_2025.xlsx")
    assert (AN_GIANG, "34", "ocop_products", "2025", "actual") not in facts(r)


# --- 4. a table of offices headed "Cơ quan, đơn vị": the S&T department's row is its own figure -------------

THANH_HOA = "38"
VP_UBND = [["UBND TỈNH THANH HÓA"], ["VĂN PHÒNG"], [MARK],
           ["TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH QUÝ III NĂM 2025"], []]
DOSSIERS = ["Tổng số hồ sơ tiếp nhận", "Trong đó: trực tuyến", "Tỷ lệ trực tuyến (%)"]


def _offices(header: str, own: bool = True):
    rows = [["A", "CẤP TỈNH"], [1, "Sở Tư pháp", 8410, 7012, 83.4]]
    if own:
        rows.append([2, "Sở Khoa học và Công nghệ", 1236, 1198, 96.9])
    rows += [["B", "CẤP XÃ (166 xã, phường)"], [1, "Phường Hạc Thành", 5120, 4388, 85.7],
             [None, "TỔNG CỘNG TOÀN TỈNH", 14766, 12598, 85.3]]
    return examine(VP_UBND + [["TT", header] + DOSSIERS] + rows, name="tthc_q3_2025.xlsx")


@pytest.mark.parametrize("header", ["Cơ quan, đơn vị", "Cơ quan", "Tên cơ quan, đơn vị", "Sở, ban, ngành"])
def test_the_departments_row_in_a_table_of_offices_headed_by_office_is_read(header):
    """The Văn phòng UBND's table of departments and communes headed "Cơ quan, đơn vị": refused whole ("không tìm
    thấy chỉ tiêu nào"); the department's share of dossiers online is its own, the province's total is not."""
    assert taken(_offices(header)) == {(THANH_HOA, "34", "online_dossier_rate", "2025-Q3", "actual"): 96.9}


def test_probe_without_the_departments_row_nothing_of_the_offices_is_stored():
    """Other offices, communes and their total are no figure of the S&T department's."""
    r = _offices("Cơ quan, đơn vị", own=False)
    assert not any(k[2] == "online_dossier_rate" and v in (83.4, 85.7, 85.3) for k, v in facts(r).items())


# --- 5. a bare "Tỷ lệ (%)" right of a count is that count's rate ---------------------------------------------

def _in_force(count: str, rate: str = "Tỷ lệ (%)"):
    return examine(VP_UBND[:3] + [["THỦ TỤC HÀNH CHÍNH ĐANG THỰC HIỆN (TÍNH ĐẾN 30/9/2025)"], [],
                                  ["TT", "Cơ quan", "Tổng số TTHC", count, rate],
                                  [1, "Sở Tư pháp", 142, 118, 83.1], [2, "Sở Khoa học và Công nghệ", 131, 124, 94.7]],
                   name="tthc_q3_2025.xlsx")


@pytest.mark.parametrize("rate", ["Tỷ lệ (%)", "Tỷ lệ", "Tỷ lệ %"])
def test_a_bare_rate_right_of_a_count_is_that_counts_rate(rate):
    """"Số TTHC cung cấp DVC trực tuyến toàn trình | Tỷ lệ (%)": the rate was "not said what it holds"."""
    got = taken(_in_force("Số TTHC cung cấp DVC trực tuyến toàn trình", rate))
    assert got[(THANH_HOA, "34", "tthc_level4_rate", "2025-09-30", "actual")] == 94.7
    assert got[(THANH_HOA, "34", "tthc_total", "2025-09-30", "actual")] == 131


@pytest.mark.parametrize("count", ["Số TTHC đã rà soát", "Số hồ sơ quá hạn", "Đúng hạn"])
def test_probe_a_bare_rate_right_of_another_count_stays_unread(count):
    """A rate right of a count whose rate the registry has not ("Tỷ lệ" of procedures reviewed, of dossiers late)."""
    got = facts(_in_force(count))
    assert not any(v == 94.7 for v in got.values())

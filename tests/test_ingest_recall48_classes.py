"""Classes of facts a person reads at a glance that the ingest still missed or refused whole (recall48: recall47's,
refused80's and review44's leftovers), each with its lost case and probes — honest neighbours that must read as
before, wrong ones that must stay unread. Every workbook is built in memory with `tests.fixtures.reports`, marked as
test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, examine_book, facts, reasons, taken

NGHE_AN, HA_TINH = "40", "42"

# --- 1. a software export's field names: English, glued capitals, a level's code; the years typed as numbers ---------

EXPORT_TITLE = "SỐ LIỆU KH&CN TỈNH NGHỆ AN XUẤT TỪ PHẦN MỀM"


def _by_year(fields: list[str], years_header: str = "Nam", title: str = EXPORT_TITLE):
    """A software export: the years down the rows (typed as numbers: an .xlsx gives 2023.0), one column a field."""
    rows = [[title], [MARK], [], [years_header, *fields], [2023, 41, 20], [2024, 45, 25]]
    return examine(rows, name="na.xlsx")


def _read(result) -> dict:
    return {(k[2], k[3], k[4]): v for k, v in taken(result).items() if k[:2] == (NGHE_AN, "63")}


TASKS = {("tasks_accepted", "2023", "actual"): 41, ("tasks_accepted", "2024", "actual"): 45}
OCOP = {("ocop_products", "2023", "actual"): 20, ("ocop_products", "2024", "actual"): 25}


def test_english_field_names_under_year_read():
    """LOST, AN HONEST FILE REFUSED: "Year | Tasks_Accepted | OCOP_Products" — "OCOP products" named no indicator in
    English (metrics/indicators.toml: the alias beside "sản phẩm OCOP"), and the one column left, over years typed as
    numbers, found no header (etl/headers.py _years_below read only whole numbers: an .xlsx gives 2023.0)."""
    assert _read(_by_year(["Tasks_Accepted", "OCOP_Products"], "Year")) == {**TASKS, **OCOP}


@pytest.mark.parametrize("field", ["OCOP_Products_Registered", "OCOP_Products_Plan", "OCOP_Products_Target",
                                   "OCOP_Products_Cumulative"])
def test_probe_english_products_registered_planned_or_cumulative_are_not_the_products(field):
    """Products registered, planned, targeted or counted since the start are no products recognised in the year."""
    got = _read(_by_year(["Tasks_Accepted", field], "Year"))
    assert got == TASKS


def test_an_unknown_field_beside_a_known_one_no_longer_refuses_the_file():
    """LOST, AN HONEST FILE REFUSED: "Nam | XYZ_ABC | SoSanPhamOCOP" over the years typed as numbers — one column named
    no indicator, so no header was found: the products of a known column lost with the unknown one."""
    assert _read(_by_year(["XYZ_ABC", "SoSanPhamOCOP"])) == OCOP


def test_glued_capitals_read_as_their_declared_words():
    """LOST: "SoSPOCOP" ("Số SP OCOP", capitals glued: no word boundary) named no indicator — the run of capitals is the
    declared words it glues, split one way only (etl/headers.py _capitals_apart, metrics/abbreviations.toml
    field_name_capitals)."""
    assert _read(_by_year(["SoNhiemVuNghiemThu", "SoSPOCOP"])) == {**TASKS, **OCOP}


def test_probe_a_plan_field_of_glued_capitals_stays_a_plan():
    got = facts(_by_year(["KH_SoSPOCOP", "SoSPOCOP"]))
    assert got[(NGHE_AN, "63", "ocop_products", "2023", "plan")] == 41
    assert got[(NGHE_AN, "63", "ocop_products", "2023", "actual")] == 20


def test_a_level_code_in_a_field_name_reads_as_its_level():
    """LOST: "TyLeDVC_M4" (the share of public services online at level 4, "M4" = mức độ 4) named no indicator
    (metrics/abbreviations.toml field_name_abbreviations, read only inside a field name)."""
    got = _read(_by_year(["TyLeDVC_M4", "SoSPOCOP"]))
    assert got[("tthc_level4_rate", "2024-12-31", "actual")] == 45
    assert got[("ocop_products", "2024", "actual")] == 25


@pytest.mark.parametrize("field", ["TyLeDVC_M3", "SL_M4"], ids=["level-3", "no-service"])
def test_probe_another_level_or_no_service_is_not_the_level_4_share(field):
    """"M3" is level 3 (excluded from the level-4 share); "SL_M4" names no service: neither is the level-4 share."""
    got = _read(_by_year([field, "SoSPOCOP"]))
    assert not any(k[0] == "tthc_level4_rate" for k in got) and got == OCOP


def test_probe_nv_nt_is_never_guessed():
    """"NV_NT": "NT" is nghiệm thu or nông thôn — with no word of either in the title, it is not read (never guessed);
    the known column beside it is."""
    assert _read(_by_year(["NV_NT", "SoSPOCOP"])) == OCOP


# --- 2. an OCOP ranking by place with the stars across and no total column -------------------------------------------

RANKING = "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2024 TỈNH HÀ TĨNH"
STARS = ["Địa phương", "3 sao", "4 sao", "5 sao"]
DISTRICT_ROWS = (["TP. Hà Tĩnh", 5, 2, None], ["Huyện Can Lộc", 4, 1, None], ["Tổng cộng", 9, 3, 0])


def _ranking(title: str = RANKING, header: list = STARS, rows=DISTRICT_ROWS):
    return examine([[title], [MARK], [], header, *rows], name="ht.xlsx")


def _of_ha_tinh(result) -> dict:
    return {(k[2], k[3]): v for k, v in facts(result).items() if k[:2] == (HA_TINH, "63")}


def test_stars_by_place_with_no_total_column_read_as_the_provinces_stars():
    """LOST, AN HONEST FILE REFUSED: "Địa phương | 3 sao | 4 sao | 5 sao" (no total column) under an OCOP ranking title:
    no header was found (etl/headers.py _places_by_bare_stars). The province's row ("Tổng cộng") gives each star; the
    whole is not derived — the registry declares the stars disjoint parts, not the products' complete sum
    (etl/walk.py _whole_and_stars_of_the_title)."""
    assert _of_ha_tinh(_ranking()) == {("ocop_products_3star", "2024"): 9, ("ocop_products_4star", "2024"): 3,
                                       ("ocop_products_5star", "2024"): 0}


def test_probe_stars_by_place_of_the_valid_stock_are_the_stocks_stars():
    got = _of_ha_tinh(_ranking("SẢN PHẨM OCOP CÒN HIỆU LỰC ĐẾN 31/12/2024 TỈNH HÀ TĨNH"))
    assert got == {("ocop_products_3star_total", "2024-12-31"): 9, ("ocop_products_4star_total", "2024-12-31"): 3,
                   ("ocop_products_5star_total", "2024-12-31"): 0}


@pytest.mark.parametrize("title", ["SẢN PHẨM ĐĂNG KÝ THAM GIA CHƯƠNG TRÌNH OCOP NĂM 2024 TỈNH HÀ TĨNH",
                                   "SẢN PHẨM ĐỀ NGHỊ ĐÁNH GIÁ, PHÂN HẠNG OCOP NĂM 2024 TỈNH HÀ TĨNH",
                                   "KẾ HOẠCH PHÂN HẠNG SẢN PHẨM OCOP NĂM 2025 TỈNH HÀ TĨNH",
                                   "CƠ SỞ LƯU TRÚ DU LỊCH ĐƯỢC XẾP HẠNG NĂM 2024 TỈNH HÀ TĨNH",
                                   "SỐ LIỆU TỈNH HÀ TĨNH NĂM 2024"],
                         ids=["registered", "proposed", "plan", "hotels", "no-subject"])
def test_probe_stars_under_a_title_of_no_recognition_are_not_read(title):
    """WRONG neighbour (proposed): "SẢN PHẨM ĐỀ NGHỊ ĐÁNH GIÁ, PHÂN HẠNG OCOP" stored the 3-star products proposed as
    recognised (with or without a total column) — the 3-star count now excludes "đề nghị", "đề xuất" as the 4- and
    5-star counts did. Products registered, a plan, hotels' stars, a title naming nothing: nothing read."""
    assert not _of_ha_tinh(_ranking(title))


@pytest.mark.parametrize("with_total", [False, True], ids=["stars-only", "with-total"])
def test_probe_a_districts_ranking_is_not_the_provinces(with_total):
    """WRONG neighbour: "… PHÂN HẠNG SẢN PHẨM OCOP NĂM 2024 HUYỆN CAN LỘC, TỈNH HÀ TĨNH" over its communes: the
    "Tổng cộng" is the district's, and was stored as the province's (with the total column too, recall47's rule)."""
    rows = (["Xã Thiên Lộc", 5, 2, None, 7], ["Xã Vượng Lộc", 4, 1, None, 5], ["Tổng cộng", 9, 3, 0, 12])
    header = ["Xã", "3 sao", "4 sao", "5 sao", "Tổng cộng"]
    if not with_total:
        rows, header = tuple(r[:4] for r in rows), header[:4]
    result = _ranking("KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP NĂM 2024 HUYỆN CAN LỘC, TỈNH HÀ TĨNH", header, rows)
    assert not _of_ha_tinh(result)


def test_probe_products_below_three_stars_keep_the_stars_unread():
    """A "Không đạt" column beside the stars: the table counts more than the products recognised — nothing read."""
    rows = (["TP. Hà Tĩnh", 5, 2, None, 1], ["Huyện Can Lộc", 4, 1, None, 0], ["Tổng cộng", 9, 3, 0, 1])
    assert not _of_ha_tinh(_ranking(header=STARS + ["Không đạt"], rows=rows))


def test_probe_districts_alone_give_no_province_figure():
    """No province's row (no "Tổng cộng"): the districts' stars are never summed into the province's."""
    assert not _of_ha_tinh(_ranking(rows=DISTRICT_ROWS[:2]))


def test_probe_another_period_in_the_title_is_that_periods():
    got = _of_ha_tinh(_ranking("KẾT QUẢ PHÂN HẠNG SẢN PHẨM OCOP QUÝ III/2024 TỈNH HÀ TĨNH"))
    assert got == {("ocop_products_3star", "2024-Q3"): 9, ("ocop_products_4star", "2024-Q3"): 3,
                   ("ocop_products_5star", "2024-Q3"): 0}


# --- 3. label–figure pairs side by side with no table ------------------------------------------------------------------

OCOP_PAIRS = [["Tổng số sản phẩm OCOP:", 11], ["Sản phẩm 3 sao:", 8], ["Sản phẩm 4 sao:", 3]]


def _pairs(title: str, rows: list, masthead: tuple = ("UBND TỈNH HÀ TĨNH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")):
    return examine([*([m] for m in masthead), [MARK], [title], [], *rows], name="ht.xlsx")


def test_label_figure_pairs_with_no_table_read_as_lines():
    """LOST, AN HONEST FILE REFUSED: "Tổng số sản phẩm OCOP: | 11", "Sản phẩm 3 sao: | 8" — each label and its figure in
    two cells side by side, no table: read as the line "label: figure" a person reads (etl/walk.py _pair_as_line,
    _read_text_lines)."""
    got = _of_ha_tinh(_pairs("KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM 2024", OCOP_PAIRS))
    assert got == {("ocop_products", "2024"): 11, ("ocop_products_3star", "2024"): 8, ("ocop_products_4star", "2024"): 3}


def test_probe_pairs_under_another_period_are_that_periods():
    got = _of_ha_tinh(_pairs("KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP QUÝ III NĂM 2024", OCOP_PAIRS))
    assert got == {("ocop_products", "2024-Q3"): 11, ("ocop_products_3star", "2024-Q3"): 8,
                   ("ocop_products_4star", "2024-Q3"): 3}


@pytest.mark.parametrize("lines", [OCOP_PAIRS, [[f"{label} {figure}"] for label, figure in OCOP_PAIRS]],
                         ids=["pairs", "one-cell-lines"])
@pytest.mark.parametrize("title", ["KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM 2025",
                                   "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM 2024 CỦA HUYỆN CAN LỘC"],
                         ids=["plan", "district"])
def test_probe_lines_under_a_plan_or_a_districts_title_are_not_the_provinces_actuals(title, lines):
    """WRONG neighbour (on main for lines in one cell too): under "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM 2025" the
    plan's 11 products were stored as 2025's actual products recognised; under "… CỦA HUYỆN CAN LỘC" a district's 11 as
    the province's — such lines are not read, nor again as sentences."""
    assert not _of_ha_tinh(_pairs(title, lines))


def test_probe_a_row_of_two_figures_is_no_pair():
    """"Nhiệm vụ KH&CN được nghiệm thu | 12 | 14": which figure is the year's? No line a person reads — not read."""
    result = _pairs("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024", [["Nhiệm vụ KH&CN được nghiệm thu", 12, 14]])
    assert not _of_ha_tinh(result)


# --- 4. a pivot's subtotal of its group's stars; a product list's summary block with its own header --------------------

QUANG_BINH = "44"


def _pivot(ocop_rows: list, subtotal: list, pivot_marks: bool = True):
    """The former Quảng Bình's nine months of 2024 pasted from a pivot: "Nhóm | Chỉ tiêu | Quý I | Quý II | Quý III |
    Grand Total", a group "Nhiệm vụ KH&CN" then "OCOP" and its subtotal "OCOP Tổng"."""
    total = "Grand Total" if pivot_marks else "Cả 9 tháng"
    rows = [["Sở KH&CN Quảng Bình — tổng hợp từ phần mềm báo cáo (dán giá trị) — 9 tháng năm 2024"], [MARK], [],
            ["Tổng của Giá trị" if pivot_marks else None, None, "Kỳ"],
            ["Nhóm", "Chỉ tiêu", "Quý I", "Quý II", "Quý III", total],
            ["Nhiệm vụ KH&CN", "Nghiệm thu", 2, 6, 4, 12], ["Nhiệm vụ KH&CN Tổng", None, 2, 6, 4, 12],
            *ocop_rows, subtotal]
    return examine(rows, name="qb.xlsx")


STAR_ROWS = [["OCOP", "Sản phẩm 3 sao", 5, 11, 8, 24], [None, "Sản phẩm 4 sao", 1, 2, 3, 6]]


def _ocop_of_quang_binh(result) -> dict:
    return {(k[2], k[3]): v for k, v in taken(result).items() if k[:2] == (QUANG_BINH, "63") and k[2] == "ocop_products"}


def test_a_pivots_subtotal_of_its_groups_stars_is_the_products_recognised():
    """LOST (batch 85, the former Quảng Bình's pivot): "OCOP Tổng | 6 | 13 | 11 | 30" under "Sản phẩm 3 sao" and "Sản
    phẩm 4 sao" — a pivot lists every item of its group its data holds, so the group's subtotal of stars (each the sum
    of them in every column) is the products recognised (etl/walk.py _pivot_subtotal_of_stars)."""
    assert _ocop_of_quang_binh(_pivot(STAR_ROWS, ["OCOP Tổng", None, 6, 13, 11, 30])) == {
        ("ocop_products", "2024-Q1"): 6, ("ocop_products", "2024-Q2"): 13, ("ocop_products", "2024-Q3"): 11,
        ("ocop_products", "2024-01/2024-09"): 30}


def test_probe_a_subtotal_that_is_no_sum_of_the_stars_is_not_read():
    """A subtotal above its stars' sum counts something else besides (products below 3 stars): not read."""
    assert not _ocop_of_quang_binh(_pivot(STAR_ROWS, ["OCOP Tổng", None, 7, 13, 11, 31]))


def test_probe_a_group_of_stars_and_registered_products_is_not_the_products():
    rows = [*STAR_ROWS, [None, "Sản phẩm đăng ký tham gia", 9, 4, 2, 15]]
    assert not _ocop_of_quang_binh(_pivot(rows, ["OCOP Tổng", None, 15, 17, 13, 45]))


def test_probe_no_pivot_no_whole_from_the_stars():
    """A table with no pivot's words ("Grand Total", "Tổng của …"): the stars' subtotal row is never the whole (the
    registry declares the stars disjoint parts, not a complete sum)."""
    assert not _ocop_of_quang_binh(_pivot(STAR_ROWS, ["OCOP Tổng", None, 6, 13, 11, 30], pivot_marks=False))


HANOI = "01"
PRODUCTS = [("HN24-0012", "Chè búp Ba Vì", "3 sao"), ("HN24-0015", "Giò chả Ước Lễ", "4 sao"),
            ("HN24-0021", "Miến dong Minh Hồng", "3 sao"), ("HN24-0026", "Gốm men lam Bát Tràng", "4 sao"),
            ("HN24-0031", "Bánh tẻ Phú Nhi", "3 sao")]


def _portal(summary: list, title: str = "CỔNG THÔNG TIN OCOP HÀ NỘI — KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM NĂM 2024"):
    """The former Hà Nội's OCOP portal export: the list, then "THỐNG KÊ THEO HẠNG SAO" and its block from column B."""
    rows = [[title], [MARK], ["Điều kiện lọc: Năm đánh giá = 2024; Trạng thái = Đã có quyết định công nhận"], [],
            ["STT", "Mã SP", "Tên sản phẩm", "Điểm", "Hạng"],
            *([i + 1, code, name, 75, grade] for i, (code, name, grade) in enumerate(PRODUCTS)),
            [], [], ["THỐNG KÊ THEO HẠNG SAO"], [None, "Hạng sao", "Số sản phẩm", "Tỷ lệ (%)"],
            *([None, *line] for line in summary), [], ["Xuất dữ liệu lúc 15/01/2025 09:42:11 bởi ocop.sonnptnt"]]
    return examine(rows, name="hn.xlsx")


def _of_hanoi(result) -> dict:
    return {k[2]: v for k, v in facts(result).items() if k[:2] == (HANOI, "63") and k[3] == "2024"}


def test_a_product_lists_summary_block_with_its_own_header_read():
    """LOST, AN HONEST FILE REFUSED (blind88, the former Hà Nội's portal export): the block "Hạng sao | Số sản phẩm |
    Tỷ lệ (%)" under the list (no order number's column), its total last, the export's footer under it — read where
    the list's own rows agree, the share column never (etl/walk.py _read_list_summary)."""
    got = _of_hanoi(_portal([["3 sao", 3, 60], ["4 sao", 2, 40], ["Tổng cộng", 5, 100]]))
    assert got == {"ocop_products": 5, "ocop_products_3star": 3, "ocop_products_4star": 2}


def test_probe_a_summary_disagreeing_with_its_list_is_not_read():
    assert not _of_hanoi(_portal([["3 sao", 4, 60], ["4 sao", 2, 40], ["Tổng cộng", 6, 100]]))


def test_probe_a_summary_of_products_registered_is_not_read():
    got = _of_hanoi(_portal([["3 sao", 3, 60], ["4 sao", 2, 40], ["Tổng cộng", 5, 100]],
                            title="CỔNG THÔNG TIN OCOP HÀ NỘI — DANH SÁCH SẢN PHẨM ĐĂNG KÝ THAM GIA OCOP NĂM 2024"))
    assert not got


# --- 5. a stacked second table repeating the first's columns; a sheet "KH cũ" ------------------------------------------

COMPARED = ["Năm", "Ninh Thuận", "Sơn La", "Kon Tum", "Bình Thuận", "Bình quân 4 tỉnh", "Ghi chú"]
BUDGET_ROWS = [[2023, 31.4, 41, 24.6, 42.8, 34.95], [2024, 34.2, 44.6, 26.9, 45.1, 37.7],
               ["Tăng bình quân/năm (%)", 8.9, 8.8, 9.3, 5.4]]


def _stacked(second_caption: str = "2. Chi ngân sách nhà nước cho KH&CN (tỷ đồng)", second_rows=BUDGET_ROWS,
             second_header: bool = False):
    """refused80's comparison of four provinces: "1. Sản phẩm OCOP được công nhận (sản phẩm)" over its header and years,
    then `second_caption` right under its last row and the second table's years — its own header only when
    `second_header`."""
    rows = [["BỘ KHOA HỌC VÀ CÔNG NGHỆ - VĂN PHÒNG"], [MARK], [],
            ["SO SÁNH MỘT SỐ CHỈ TIÊU GIỮA 4 TỈNH GIAI ĐOẠN 2023 - 2024"], [],
            ["1. Sản phẩm OCOP được công nhận (sản phẩm)"], COMPARED, [2023, 35, 53, 28, 52, 42],
            [2024, 41, 60, 33, 47, 45.25], ["Tăng bình quân/năm (%)", 17.1, 13.2, 17.9, -9.6],
            [second_caption], *([COMPARED] if second_header else []), *second_rows]
    return examine(rows, name="so_sanh.xlsx")


def test_a_stacked_table_with_no_header_of_its_own_reads_under_its_caption():
    """LOST, AN HONEST FILE REFUSED (refused80 left it): "2. Chi ngân sách nhà nước cho KH&CN (tỷ đồng)" right under the
    first table's last row, the budget's years right under it with no header (the first table's columns repeated):
    the budget's years were a second value of each year's OCOP products. The second table is read with the first's
    header under its own caption (etl/walk.py _caption_over_the_same_columns, _tables) — as with its header typed."""
    got = taken(_stacked())
    assert got[("14", "63", "st_budget", "2023", "actual")] == 41
    assert got[("14", "63", "ocop_products", "2023", "actual")] == 53
    assert got == taken(_stacked(second_header=True))


def test_probe_a_stacked_table_naming_the_first_ones_indicator_again_stays_refused():
    """The second caption names the OCOP products again with other figures: two values of one fact, refused."""
    result = _stacked("2. Sản phẩm OCOP được công nhận (sản phẩm)",
                      second_rows=[[2023, 36, 53, 28, 52, 42.25], [2024, 41, 60, 33, 47, 45.25]])
    assert not result.accepted
    assert "hai giá trị khác nhau" in " ".join(p.message_vi for p in result.problems)


def test_probe_a_stacked_plan_is_no_actual():
    """"2. Kế hoạch sản phẩm OCOP năm 2025" over 2025's row: the plan is never stored as 2025's actual products."""
    got = taken(_stacked("2. Kế hoạch sản phẩm OCOP năm 2025 (sản phẩm)", second_rows=[[2025, 40, 60, 30, 50, 45]]))
    assert not any(k[3] == "2025" and k[4] == "actual" for k in got)


def test_probe_a_numbered_row_over_rows_of_no_year_is_no_new_table():
    """A numbered line under the years followed by rows that are no years ("Tăng bình quân/năm (%)") is no second table."""
    got = facts(_stacked("2. Ghi chú: số liệu sơ bộ", second_rows=[["Tăng bình quân/năm (%)", 8.9, 8.8, 9.3, 5.4]]))
    assert not any(k[2] == "st_budget" for k in got)


KH_HEADING = "UBND TỈNH KHÁNH HÒA - SỞ KHOA HỌC VÀ CÔNG NGHỆ"


def _former_sheet(tasks: int, title: str = "KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025 (TRƯỚC SẮP XẾP)") -> list[list]:
    return [[KH_HEADING], [MARK], [title], [], ["STT", "Nội dung", "ĐVT", "6 tháng đầu năm 2025"],
            [1, "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", tasks]]


@pytest.mark.parametrize("sibling", ["NT cũ", "Ninh Thuận cũ"])
def test_a_kh_sheet_beside_a_former_provinces_sheet_is_set_aside_asking(sibling):
    """WRONG neighbour (refused80's rule): "KH cũ" beside "NT cũ" under the new Khánh Hòa's heading was read as the
    former Khánh Hòa's half — "KH" is kế hoạch as much (an old plan's sheet stored as actual figures). Initials that are
    a word of the reports too (metrics/header_words.toml sheet_initials_also_words) never name a former province alone:
    the sheet is set aside asking the uploader to name it; the sibling is read."""
    result = examine_book({"KH cũ": _former_sheet(9), sibling: _former_sheet(5)}, name="bao_cao_6t2025.xlsx")
    assert taken(result) == {("58", "63", "tasks_accepted", "2025-S1", "actual"): 5}
    assert "chữ viết tắt “KH”: có thể là một tỉnh cũ hoặc “kế hoạch”" in reasons(result)


@pytest.mark.parametrize("name, title", [("KH cũ", "KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025 TỈNH KHÁNH HÒA (CŨ)"),
                                         ("Khánh Hòa cũ", "KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2025 (TRƯỚC SẮP XẾP)")],
                         ids=["titled", "named-in-full"])
def test_probe_a_former_khanh_hoa_said_in_full_reads_as_before(name, title):
    result = examine_book({name: _former_sheet(9, title), "NT cũ": _former_sheet(5)}, name="bao_cao_6t2025.xlsx")
    assert taken(result) == {("56", "63", "tasks_accepted", "2025-S1", "actual"): 9,
                             ("58", "63", "tasks_accepted", "2025-S1", "actual"): 5}

"""blind87 (issue #8, batch 87: one report per layout of the README's list from the Central Highlands and the
South-Central Coast, 2019–2026, before and after the merger): the classes its first sight found — a statistical
form's "Số liệu" merged over "Kỳ trước | Kỳ này", a yearbook table's bare star rows "3 sao" under "TỔNG SỐ" — each
with the honest and wrong neighbours that must keep reading the same. Each report is the smallest realistic one,
read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, taken

# --------------------------------------------------------------------------------------------------------------
# (1) The form's word for a figure merged over "Kỳ trước | Kỳ này"
# --------------------------------------------------------------------------------------------------------------


def _form(over: str | None, before: str = "Kỳ trước", this: str = "Kỳ này"):
    """The former Bình Định's 2021 statistical form: "STT | Tên chỉ tiêu | ĐVT" then `over` merged over `before |
    this` (no merged row when `over` is None), the tasks accepted 13 then 15, the OCOP products 48 then 63."""
    rows = [["UBND TỈNH BÌNH ĐỊNH"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
            ["BÁO CÁO THỐNG KÊ CƠ SỞ VỀ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2021"], []]
    merges: tuple[str, ...] = ()
    if over is None:
        rows.append(["STT", "Tên chỉ tiêu", "Đơn vị tính", before, this])
    else:
        rows += [["STT", "Tên chỉ tiêu", "Đơn vị tính", over, None], [None, None, None, before, this]]
        merges = ("A6:A7", "B6:B7", "C6:C7", "D6:E6")
    rows += [[1, "Số nhiệm vụ được đánh giá, nghiệm thu trong kỳ", "Nhiệm vụ", 13, 15],
             [2, "Số sản phẩm OCOP được công nhận trong kỳ", "Sản phẩm", 48, 63]]
    return examine(rows, merges=merges, name="binhdinh_2021.xlsx")


def _two_years(before: str | None = "2020", this: str = "2021") -> dict:
    got = {}
    for period, (tasks, products) in ((before, (13, 48)), (this, (15, 63))):
        if period:
            got[("52", "63", "tasks_accepted", period, "actual")] = float(tasks)
            got[("52", "63", "ocop_products", period, "actual")] = float(products)
    return got


@pytest.mark.parametrize("over", ["Số liệu", "Giá trị", "Số lượng"])
def test_a_value_word_merged_over_ky_truoc_reads_the_year_before(over):
    """LOST: "Số liệu" (or "Giá trị", "Số lượng") merged over "Kỳ trước | Kỳ này" in a yearly form: "Số liệu kỳ
    này" was the report's 2021, "Số liệu kỳ trước" read as no column ("Tiêu đề cột không cho biết đây là số liệu
    gì") — Bình Định's 2020 figures lost. It is the year before, as a bare "Kỳ trước" is."""
    assert taken(_form(over)) == _two_years()


def test_probe_bare_ky_truoc_ky_nay_reads_as_before():
    """The honest neighbour (read so on main already): "Kỳ trước | Kỳ này" with nothing over them."""
    assert taken(_form(None)) == _two_years()


def test_probe_a_value_word_over_carried_over_from_the_period_before_is_no_period():
    """The wrong neighbour: "Số lượng" over "Kỳ trước chuyển sang | Kỳ này" — what came over from the period before,
    no figure of it: the column is not read as 2020 (only "Kỳ này" is the year's)."""
    got = taken(_form("Số lượng", before="Kỳ trước chuyển sang"))
    assert got == _two_years(before=None)


# --------------------------------------------------------------------------------------------------------------
# (2) A yearbook table's star rows written bare, "3 sao", "4 sao"
# --------------------------------------------------------------------------------------------------------------
YEARS = ["2019", "2020", "2021", "2022", "2023"]
OCOP = {"ocop_products": [9, 18, 27, 31, 40], "ocop_products_3star": [8, 15, 22, 25, 33],
        "ocop_products_4star": [1, 3, 5, 6, 7]}


def _yearbook(stars: tuple[str, str], caption: str = "245. Số sản phẩm OCOP được công nhận phân theo hạng sao"):
    """The former Kon Tum's yearbook table: caption, "Đơn vị tính: Sản phẩm", the years, "TỔNG SỐ" then the rows
    `stars` names."""
    rows = [["NIÊN GIÁM THỐNG KÊ TỈNH KON TUM 2023"], [MARK], [], [caption],
            [None, None, None, None, None, "Đơn vị tính: Sản phẩm"], [None, *YEARS],
            ["TỔNG SỐ", *OCOP["ocop_products"]], [stars[0], *OCOP["ocop_products_3star"]],
            [stars[1], *OCOP["ocop_products_4star"]]]
    return examine(rows, name="nien_giam_kontum.xlsx")


def _ocop(codes=tuple(OCOP)) -> dict:
    return {("62", "63", code, year, "actual"): float(v) for code in codes for year, v in zip(YEARS, OCOP[code])}


@pytest.mark.parametrize("stars", [("3 sao", "4 sao"), ("3 Sao", "4 Sao"), ("3 sao ", " 4 sao")])
def test_bare_star_rows_under_tong_so_are_labels_not_figures(stars):
    """LOST (the honest file refused whole): "3 sao", "4 sao" under a yearbook table's "TỔNG SỐ" were read as
    figures with the unit "sao" ("3 (sao)"): the label column looked like a column of values and the table had no
    indicator ("không tìm thấy chỉ tiêu nào"). A star grade is a label; each row is its star's products."""
    assert taken(_yearbook(stars)) == _ocop()


def test_probe_star_rows_with_their_word_read_as_before():
    """The honest neighbour (read so on main already): "Hạng 3 sao", "Hạng 4 sao"."""
    assert taken(_yearbook(("Hạng 3 sao", "Hạng 4 sao"))) == _ocop()


def test_probe_a_figure_typed_with_its_count_unit_stays_a_figure():
    """The neighbour of the rule: a figure typed with its unit, "23 SP", in a value column is still the figure
    (only a grade's word is no unit of a count)."""
    rows = [["SỞ KH&CN TỈNH KON TUM"], [MARK], ["KẾT QUẢ NĂM 2023"], [],
            ["STT", "Chỉ tiêu", "Năm 2023"], [1, "Sản phẩm OCOP được công nhận", "23 SP"]]
    assert taken(examine(rows, name="kontum_2023.xlsx")) == {("62", "63", "ocop_products", "2023", "actual"): 23.0}


def test_probe_a_star_grade_in_a_value_column_is_no_count():
    """The wrong neighbour: a products list's "Hạng sao | 4 sao" — the grade of one product — never stored as a count
    of 4 products."""
    rows = [["SỞ KH&CN TỈNH KON TUM"], [MARK], ["DANH SÁCH SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2023"], [],
            ["STT", "Tên sản phẩm", "Chủ thể", "Hạng sao"], [1, "Sâm dây Ngọc Linh", "HTX Đăk Tô", "4 sao"],
            [2, "Cà phê Đăk Hà", "HTX Đăk Hà", "3 sao"]]
    result = examine(rows, name="kontum_ds_ocop_2023.xlsx")
    assert not result.accepted or all(v not in (3.0, 4.0) for v in taken(result).values())

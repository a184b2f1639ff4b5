"""blind70 (issue #8): the classes batch 70 found — the five centrally-run cities after the merger — each with the
smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and beside it
the honest neighbours that must read as before."""
from __future__ import annotations

import pytest

from metrics import periods
from tests.fixtures.reports import LABEL_UNIT_HEADER, examine, head, reasons, taken


def _read(result) -> dict:
    """{(indicator, period): value} of an upload that must be accepted."""
    return {(i, per): v for (_, _, i, per, _), v in taken(result).items()}


# --- 1. a span from a year to a date or to a part of a later year ----------------------------------------------------

def _hai_duong(title: str, columns: list, figures: list):
    return examine(head("Hải Dương", title) + [LABEL_UNIT_HEADER + columns,
                                               ["1", "Số sản phẩm OCOP được công nhận", "Sản phẩm"] + figures])


@pytest.mark.parametrize("title", ["SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ TỈNH HẢI DƯƠNG GIAI ĐOẠN 2023 - 30/6/2025",
                                   "SỐ LIỆU GIAI ĐOẠN 2023 ĐẾN 30/6/2025",
                                   "SỐ LIỆU GIAI ĐOẠN 2023 - 6 THÁNG ĐẦU NĂM 2025"])
def test_a_title_from_a_year_to_a_date_reports_on_the_whole_span(title):
    """LOST: the former Hải Dương's 'GIAI ĐOẠN 2023 - 30/6/2025' over 'Năm 2023 | Năm 2024 | 6 tháng đầu năm 2025'
    (batch 70): the title was read as a report on 2023, the 2024 and 2025 columns set aside as its plans."""
    got = _read(_hai_duong(title, ["Năm 2023", "Năm 2024", "6 tháng đầu năm 2025"], [46, 52, 19]))
    assert got == {("ocop_products", "2023"): 46, ("ocop_products", "2024"): 52, ("ocop_products", "2025-S1"): 19}


def test_a_span_to_a_later_half_is_never_that_half():
    """WRONG (a probe, base40): 'SỐ LIỆU GIAI ĐOẠN 2023 - 6 THÁNG ĐẦU NĂM 2025' over one column 'Tổng số': two and a
    half years' 117 products were stored as the first half of 2025's — the title read as the half alone."""
    got = _read(_hai_duong("SỐ LIỆU OCOP GIAI ĐOẠN 2023 - 6 THÁNG ĐẦU NĂM 2025", ["Tổng số"], [117]))
    assert ("ocop_products", "2025-S1") not in got
    assert got in ({}, {("ocop_products", "2023-01/2025-06"): 117})


@pytest.mark.parametrize("text, notation", [
    ("giai đoạn 2023 - 30/6/2025", "2023-01/2025-06"), ("năm 2023 - 30/6/2025", "2023-01/2025-06"),
    ("giai đoạn 2023 - 6 tháng đầu năm 2025", "2023-01/2025-06"), ("Lũy kế 2021 đến hết Quý III/2025", "2021-01/2025-09"),
    # probes: as before
    ("GIAI ĐOẠN 2023 - 2025", "2023/2025"), ("Năm 2024 - tháng 12", "2024-12"),
    ("Năm 2024 - 6 tháng đầu năm 2024", "2024-S1"), ("Báo cáo năm 2024 - ngày 15/1/2025", "2024"),
    ("Năm 2024 - 15/01/2025", "2024"), ("Số: 12/2024 - 30/6/2025", "2024"), ("30/6/2024 - 31/12/2024", None)])
def test_the_span_read_from_text(text, notation):
    p = periods.from_text(text)
    assert (p.notation if p else None) == notation, text


def test_probe_a_report_on_one_year_keeps_its_later_column_a_plan():
    """'… NĂM 2023' over 'Năm 2023 | Năm 2024': the later year is still the report's plan, never an actual."""
    got = _read(_hai_duong("SỐ LIỆU KHOA HỌC VÀ CÔNG NGHỆ NĂM 2023", ["Năm 2023", "Năm 2024"], [46, 52]))
    assert got == {("ocop_products", "2023"): 46}


@pytest.mark.parametrize("column, span", [("Lũy kế 2023 - 30/6/2025", "2023-01/2025-06"),
                                          ("Năm 2023 - 31/12/2024", "2023/2024")])
def test_a_column_from_a_year_to_a_date_is_never_the_first_year(column, span):
    """WRONG (probes, base40): a column 'Lũy kế 2023 - 30/6/2025' beside '6 tháng đầu năm 2025' stored the products
    recognized over two and a half years (117) as the OCOP products valid at 31/12/2023; 'Năm 2023 - 31/12/2024' beside
    'Năm 2024' stored the two years' 98 as 2023's. The column is its span."""
    title = "KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025" if "2025" in column else "KẾT QUẢ NĂM 2024"
    first = "6 tháng đầu năm 2025" if "2025" in column else "Năm 2024"
    got = _read(_hai_duong(title, [first, column], [19, 117]))
    assert got == {("ocop_products", periods.from_text(first).notation): 19, ("ocop_products", span): 117}


def test_a_stock_to_a_date_is_never_the_first_years_end():
    """WRONG (a probe, base40): 'Sản phẩm OCOP còn hiệu lực công nhận' under 'Lũy kế 2023 - 30/6/2025' was stored as
    the valid products at 31/12/2023. Beside '6 tháng đầu năm 2025' (the same day's stock, another figure) nothing
    of the row is certain."""
    res = examine(head("Hải Dương", "KẾT QUẢ 6 THÁNG ĐẦU NĂM 2025") + [
        LABEL_UNIT_HEADER + ["6 tháng đầu năm 2025", "Lũy kế 2023 - 30/6/2025"],
        ["1", "Sản phẩm OCOP còn hiệu lực công nhận", "Sản phẩm", 19, 317]])
    got = taken(res) if res.accepted else {}
    assert not any(per.startswith("2023") for (_, _, _, per, _) in got)


# --- 2. OCOP star ratings down the rows, the products only in the title ----------------------------------------------

_QUANG_NAM = "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP TỈNH QUẢNG NAM NĂM 2024"
_STARS = [["1", "Hạng 3 sao", 39, 287], ["2", "Hạng 4 sao", 8, 46], ["3", "Hạng 5 sao", 1, 2],
          [None, "Tổng cộng", 48, 335]]


def _stars(columns: list, title: str = _QUANG_NAM, rows_header: str = "Phân hạng", rows=None):
    rows = rows if rows is not None else [r[:2 + len(columns)] for r in _STARS]
    return examine(head("Quảng Nam", title) + [["STT", rows_header] + columns] + rows)


def test_star_rows_under_an_ocop_title_are_the_products_ratings():
    """REFUSED: the former Quảng Nam's .ods (batch 70) — 'Phân hạng | Công nhận mới năm 2024 | Còn hiệu lực đến
    31/12/2024' over 'Hạng 3 sao … Tổng cộng' under 'KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP …' — was refused whole
    ('không tìm thấy chỉ tiêu nào'): a star rates OCOP products only, the column says the stage or the date."""
    got = _read(_stars(["Công nhận mới năm 2024", "Còn hiệu lực đến 31/12/2024"]))
    assert got == {("ocop_products", "2024"): 48, ("ocop_products_3star", "2024"): 39,
                   ("ocop_products_4star", "2024"): 8, ("ocop_products_5star", "2024"): 1,
                   ("ocop_products_total", "2024-12-31"): 335, ("ocop_products_3star_total", "2024-12-31"): 287,
                   ("ocop_products_4star_total", "2024-12-31"): 46, ("ocop_products_5star_total", "2024-12-31"): 2}


@pytest.mark.parametrize("title", ["KẾT QUẢ XẾP HẠNG NĂM 2024", "KẾT QUẢ PHÂN HẠNG CƠ SỞ LƯU TRÚ DU LỊCH NĂM 2024"])
def test_probe_star_rows_under_a_title_naming_no_ocop_stay_unread(title):
    """A hotel's or any other rating's stars are no OCOP products: without OCOP in the title nothing is read."""
    res = _stars(["Công nhận mới năm 2024", "Còn hiệu lực đến 31/12/2024"], title=title)
    assert not res.accepted or _read(res) == {}


@pytest.mark.parametrize("column", ["Số chủ thể năm 2024", "Nâng hạng sao năm 2024", "Hết hiệu lực năm 2024"])
def test_probe_a_column_counting_no_recognized_products_stays_unread(column):
    """Subjects, products moved up a star, products expired: no count of the products recognized or valid."""
    res = _stars([column])
    assert not res.accepted or _read(res) == {}


def test_probe_levels_of_management_are_no_stars():
    res = _stars(["Công nhận mới năm 2024"], rows_header="Cấp quản lý")
    assert not res.accepted or _read(res) == {}


def test_a_star_under_the_valid_products_named_from_3_stars_is_that_stars_stock():
    """LOST: '- Hạng 3 sao' under 'Sản phẩm OCOP còn hiệu lực công nhận (từ 3 sao)' was read with the name's note
    'từ 3 sao' (3 stars or more), which rules the 3-star part out ('- 3 sao' was read, by an alias)."""
    got = _read(examine(head("Quảng Nam", "KẾT QUẢ OCOP NĂM 2024") + [
        LABEL_UNIT_HEADER + ["Tính đến 31/12/2024"],
        ["1", "Sản phẩm OCOP còn hiệu lực công nhận (từ 3 sao)", "Sản phẩm", 335],
        [None, "- Hạng 3 sao", "Sản phẩm", 287], [None, "- Hạng 4 sao", "Sản phẩm", 46]]))
    assert got == {("ocop_products_total", "2024-12-31"): 335, ("ocop_products_3star_total", "2024-12-31"): 287,
                   ("ocop_products_4star_total", "2024-12-31"): 46}


def test_probe_three_stars_or_more_under_the_valid_products_is_no_3_star_part():
    got = _read(examine(head("Quảng Nam", "KẾT QUẢ OCOP NĂM 2024") + [
        LABEL_UNIT_HEADER + ["Tính đến 31/12/2024"],
        ["1", "Sản phẩm OCOP còn hiệu lực công nhận", "Sản phẩm", 335],
        [None, "- Từ 3 sao trở lên", "Sản phẩm", 335], [None, "- Hạng 4 sao", "Sản phẩm", 46]]))
    assert ("ocop_products_3star_total", "2024-12-31") not in got
    assert got.get(("ocop_products_4star_total", "2024-12-31")) == 46


# --- 3. the merged city's column "(sau sắp xếp)" under a group header ------------------------------------------------

def _pii(sub: str, group: str = "PII 2025 (xếp hạng trên 34 tỉnh, thành phố)"):
    rows = head("Hồ Chí Minh", "KẾT QUẢ CHỈ SỐ ĐỔI MỚI SÁNG TẠO CẤP ĐỊA PHƯƠNG (PII)", city=True) + [
        ["TT", "Nội dung", "PII 2024 (xếp hạng trên 63 tỉnh, thành phố)", None, None, group],
        [None, None, "TP. Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu", sub],
        ["1", "Điểm PII", 60.81, 52.64, 45.93, 62.37], ["2", "Xếp hạng", 2, 4, 11, 2]]
    return examine(rows, merges=("C6:E6",))


def _by_province(result) -> dict:
    return {(p, i, per): v for (p, _, i, per, _), v in taken(result).items()}


@pytest.mark.parametrize("sub", ["TP. Hồ Chí Minh (sau sắp xếp)", "Thành phố Hồ Chí Minh (sau sáp nhập)"])
def test_the_new_city_under_a_group_header_is_its_column(sub):
    """LOST: TP.HCM's PII (batch 70), 'PII 2025 (xếp hạng trên 34 tỉnh, thành phố)' over 'TP. Hồ Chí Minh (sau sắp
    xếp)' beside the three former provinces' PII 2024: set aside as a header saying nothing (4 facts)."""
    got = _by_province(_pii(sub))
    assert got[("79", "pii_score", "2025")] == 62.37 and got[("79", "pii_rank_34", "2025")] == 2
    assert got[("74", "pii_score", "2024")] == 52.64 and got[("79", "pii_rank", "2024")] == 2


def test_probe_the_new_city_before_the_merger_is_no_province_of_2024():
    """'PII 2024' over 'TP. Hồ Chí Minh (sau sắp xếp)': the merged territory's 2024 belongs to no province of 2024 —
    never stored as the former city's."""
    res = _pii("TP. Hồ Chí Minh (sau sắp xếp)", group="PII 2024 (xếp hạng trên 63 tỉnh, thành phố)")
    got = _by_province(res) if res.accepted else {}
    assert got.get(("79", "pii_score", "2024")) in (None, 60.81)


@pytest.mark.parametrize("sub", ["Phường Thủ Dầu Một (sau sắp xếp)", "Phường Vũng Tàu (sau sắp xếp)",
                                 "Xã Côn Đảo cũ và các xã lân cận (sau sắp xếp)"])
def test_probe_a_ward_named_after_a_former_city_is_no_province(sub):
    """A ward's column (named after the former Bình Dương's or Bà Rịa–Vũng Tàu's city) is a part of the city, never
    its figure: nothing of 2025 is stored from it."""
    res = _pii(sub)
    got = _by_province(res) if res.accepted else {}
    assert not any(per == "2025" for (_, _, per) in got), got


def test_probe_star_rows_under_their_own_total_read_as_before():
    """The former Hà Giang's 'Hạng sản phẩm | Năm 2023 | Năm 2024' over 'Tổng số sản phẩm OCOP', '- 3 sao' … (batch 69):
    the rows name their indicator, a bare period's column says nothing of it — read as before (a first version of
    the rule lost the table: the stock's column alone read as the stars' whole)."""
    got = _read(examine(head("Hà Giang", "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP TỈNH HÀ GIANG NĂM 2023 - 2024") + [
        ["STT", "Hạng sản phẩm", "ĐVT", "Năm 2023", "Năm 2024", "Sản phẩm còn hiệu lực đến 31/12/2024"],
        ["1", "Tổng số sản phẩm OCOP", "Sản phẩm", 52, 58, 241], [None, "- 3 sao", "Sản phẩm", 44, 49, 206],
        [None, "- 4 sao", "Sản phẩm", 8, 9, 35]]))
    assert got == {("ocop_products", "2023"): 52, ("ocop_products", "2024"): 58, ("ocop_products_3star", "2023"): 44,
                   ("ocop_products_3star", "2024"): 49, ("ocop_products_4star", "2023"): 8,
                   ("ocop_products_4star", "2024"): 9, ("ocop_products_total", "2024-12-31"): 241,
                   ("ocop_products_3star_total", "2024-12-31"): 206, ("ocop_products_4star_total", "2024-12-31"): 35}

"""wrong46 (issue #8, "a wrong number is worse than a missing one"): readings that stored a wrong number on main
(base c16bc36), each with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an
upload is) and the honest neighbours that must keep reading the same."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, examine_book, facts, head, reasons, taken

QUANG_NINH = "22"
HOTELS_AND_OCOP = "CƠ SỞ LƯU TRÚ DU LỊCH VÀ SẢN PHẨM OCOP NĂM 2024"
STARS = [["1", "3 sao", 40, 3], ["2", "4 sao", 12, 1], ["3", "5 sao", 5, 0], [None, "Tổng cộng", 57, 4]]


def _stars(header: list, title: str = HOTELS_AND_OCOP):
    """Star rows under `header` (rows' header, then one or two value columns) in Quảng Ninh's report on 2024."""
    width = len(header)
    return examine(head("Quảng Ninh", title) + [header] + [row[:width] for row in STARS])


# --- 1. stars of tourist accommodation under a title naming hotels and OCOP -----------------------------------------

@pytest.mark.parametrize("header", [
    ["STT", "Hạng sao", "Còn hiệu lực đến 31/12/2024"],
    ["STT", "Hạng sao", "Còn hiệu lực", "Công nhận mới"],
    ["STT", "Phân hạng", "Công nhận mới năm 2024"],
])
@pytest.mark.parametrize("title", [HOTELS_AND_OCOP, "KHÁCH SẠN ĐƯỢC XẾP HẠNG VÀ SẢN PHẨM OCOP NĂM 2024",
                                   "Tình hình phát triển cơ sở lưu trú, homestay và chương trình OCOP năm 2024"])
def test_hotel_stars_under_a_title_naming_hotels_and_ocop_are_no_ocop_products(header, title):
    """WRONG: "CƠ SỞ LƯU TRÚ DU LỊCH VÀ SẢN PHẨM OCOP NĂM 2024" over "Hạng sao | Còn hiệu lực đến 31/12/2024" stored the
    hotels' 40 three-star, 12 four-star, 5 five-star (57) as OCOP products still valid at 31/12/2024 — the title's
    OCOP read as the rows'. Stars of tourist accommodation are not OCOP stars: the table must say OCOP itself. Nothing
    stored, the file refused with the clear answer, the column set aside saying why."""
    got = _stars(header, title)
    assert not any(i.startswith("ocop") for (_, _, i, _, _) in facts(got))
    assert not got.accepted and "không tìm thấy chỉ tiêu nào" in got.problems[0].message_vi
    assert "cơ sở lưu trú" in reasons(got)


@pytest.mark.parametrize("header, want", [
    # the column names OCOP's products itself
    (["STT", "Hạng sao", "Sản phẩm OCOP còn hiệu lực đến 31/12/2024"],
     {"ocop_products_3star_total": 40, "ocop_products_4star_total": 12, "ocop_products_5star_total": 5,
      "ocop_products_total": 57}),
    # products: hotels are no products
    (["STT", "Hạng sao", "Số sản phẩm"],
     {"ocop_products_3star": 40, "ocop_products_4star": 12, "ocop_products_5star": 5, "ocop_products": 57}),
    # the rows' header names the products
    (["STT", "Hạng sản phẩm", "Công nhận mới năm 2024"],
     {"ocop_products_3star": 40, "ocop_products_4star": 12, "ocop_products_5star": 5, "ocop_products": 57}),
])
def test_probe_a_table_saying_ocop_itself_reads_under_that_title(header, want):
    got = taken(_stars(header))
    assert {i: v for (p, _, i, _, _), v in got.items()} == want


def test_probe_the_stars_under_a_title_of_ocop_alone_read_as_before():
    """blind70's "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP … NĂM 2024" over "Phân hạng | Công nhận mới năm 2024 | Còn hiệu
    lực đến 31/12/2024": no accommodation named, the stars are OCOP's (as on base)."""
    got = taken(_stars(["STT", "Phân hạng", "Còn hiệu lực đến 31/12/2024", "Công nhận mới năm 2024"],
                       title="KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP TỈNH QUẢNG NINH NĂM 2024"))
    assert got[(QUANG_NINH, "63", "ocop_products_total", "2024-12-31", "actual")] == 57
    assert got[(QUANG_NINH, "63", "ocop_products", "2024", "actual")] == 4


def test_probe_tourism_services_rated_by_ocop_are_still_ocop():
    """"du lịch" alone is no accommodation: OCOP rates tourism services ("Dịch vụ du lịch cộng đồng") — a title on
    OCOP's tourism products keeps its stars."""
    got = taken(_stars(["STT", "Phân hạng", "Công nhận mới năm 2024"],
                       title="SẢN PHẨM OCOP NHÓM DỊCH VỤ DU LỊCH CỘNG ĐỒNG NĂM 2024"))
    assert got[(QUANG_NINH, "63", "ocop_products", "2024", "actual")] == 57


STAR_COLUMNS = [["STT", "Nội dung", "Hạng sao", None, None, "Tổng"], [None, None, "3 sao", "4 sao", "5 sao", None]]
STAR_COLUMN_MERGES = ("A6:A7", "B6:B7", "C6:E6", "F6:F7")


@pytest.mark.parametrize("label", ["Còn hiệu lực đến 31/12/2024", "Số lượng còn hiệu lực"])
def test_hotel_stars_as_columns_under_that_title_are_no_ocop_products(label):
    """WRONG (found probing the class): the stars as columns, "Còn hiệu lực đến 31/12/2024 | 40 | 12 | 5 | 57" under the
    same title — the row read with the title's OCOP — stored the hotels as OCOP products still valid. A row saying
    neither OCOP nor products is not read as OCOP's where the words above name accommodation beside it."""
    got = examine(head("Quảng Ninh", HOTELS_AND_OCOP) + STAR_COLUMNS + [["1", label, 40, 12, 5, 57]],
                  merges=STAR_COLUMN_MERGES)
    assert not any(i.startswith("ocop") for (_, _, i, _, _) in facts(got)) and not got.accepted


@pytest.mark.parametrize("label, code", [("Sản phẩm OCOP còn hiệu lực đến 31/12/2024", "ocop_products_total"),
                                         ("Số sản phẩm được công nhận mới", "ocop_products")])
def test_probe_rows_saying_ocop_or_products_read_under_that_title(label, code):
    got = taken(examine(head("Quảng Ninh", HOTELS_AND_OCOP) + STAR_COLUMNS + [["1", label, 40, 12, 5, 57]],
                        merges=STAR_COLUMN_MERGES))
    assert {i: v for (_, _, i, _, _), v in got.items()}[code] == 57


def test_probe_the_workbooks_ocop_sheet_still_reads_beside_the_hotels():
    """The hotels' stars set aside do not take the OCOP rows of the next sheet with them."""
    got = examine_book({
        "Lưu trú": head("Quảng Ninh", HOTELS_AND_OCOP) + [["STT", "Hạng sao", "Còn hiệu lực đến 31/12/2024"]]
        + [row[:3] for row in STARS],
        "OCOP": head("Quảng Ninh", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024")
        + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 42]]})
    assert taken(got) == {(QUANG_NINH, "63", "ocop_products", "2024", "actual"): 42}
    assert "cơ sở lưu trú" in reasons(got)


# --- 2. a PCI table (the business-environment index, not in the registry) ------------------------------------------

PCI_TITLES = ["KẾT QUẢ PCI 2024 CỦA TỈNH ĐỒNG THÁP", "CHỈ SỐ NĂNG LỰC CẠNH TRANH CẤP TỈNH (PCI) NĂM 2024"]


@pytest.mark.parametrize("title", PCI_TITLES)
@pytest.mark.parametrize("rows", [
    [["TT", "Chỉ số", "Điểm", "Xếp hạng"], ["1", "PCI chung", 68.2, 12], ["2", "Chi phí gia nhập thị trường", 7.1, 20]],
    [["TT", "Chỉ số", "Năm 2023", "Năm 2024"], ["1", "Điểm PCI", 66.1, 68.2], ["2", "Xếp hạng PCI", 15, 12]],
    [["TT", "Tên chỉ số", "Điểm số", "Thứ hạng"], ["1", "Chỉ số năng lực cạnh tranh cấp tỉnh", 68.2, 12]],
    [["TT", "Chỉ số", "ĐVT", "Năm 2024"], ["1", "Điểm PCI", "điểm", 68.2], ["2", "Xếp hạng PCI", "hạng", 12]],
    [["Năm", "Chỉ số", "Xếp hạng"], ["2023", 66.1, 15], ["2024", 68.2, 12]],
])
def test_probe_a_pci_table_is_refused_with_the_clear_answer(title, rows):
    """A PCI table under "Chỉ số" (blind71 made "Chỉ số" a label header): the PCI is not in the registry, so the file
    holds no indicator — refused with "không tìm thấy chỉ tiêu nào", never accepted with nothing stored (a file
    accepted empty tells the uploader it was read)."""
    got = examine(head("Đồng Tháp", title) + rows)
    assert not got.accepted and not len(got.facts)
    assert "không tìm thấy chỉ tiêu nào" in got.problems[0].message_vi


# --- 3. an estimate, however it is spelt ----------------------------------------------------------------------------

REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"


def _estimate_column(header: str):
    return examine(head("Nghệ An", REPORT_2024) + [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", header],
                                                   ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 30, 35]])


def _status_of_35(got) -> tuple | None:
    """(measure, period, status) of the 35 tasks the estimate column holds, None when it was not read."""
    taken(got)
    f = got.facts
    return next(((m, p, s) for m, p, s, v in zip(f.measure, f.period, f.status, f.value) if v == 35), None)


@pytest.mark.parametrize("header", ["UocThucHienNam2024", "UocTH", "U.TH 2024", "UocTHNam2024"])
def test_an_estimate_column_spelt_without_diacritics_is_an_estimate(header):
    """WRONG: "UocThucHienNam2024" (an export's name, a year after the words) and "U.TH 2024" (the forms' "Ư.TH" typed
    without diacritics) stored the year's estimate as the 35 tasks accepted REPORTED; "UocTH" read nothing. The product
    keeps an estimate as the year's figure marked estimated (as "Ước thực hiện", "UocThucHien" are): so are these."""
    assert _status_of_35(_estimate_column(header)) == ("actual", "2024", "estimated")


@pytest.mark.parametrize("header, status", [("Ước thực hiện", "estimated"), ("UocThucHien", "estimated"),
                                            ("Uoc thuc hien nam 2024", "estimated"), ("ƯTH 2024", "estimated"),
                                            ("ThucHien", "reported"), ("Thực hiện năm 2024", "reported"),
                                            ("ThucHienNam2024", "reported")])
def test_probe_estimates_and_actuals_keep_their_reading(header, status):
    assert _status_of_35(_estimate_column(header)) == ("actual", "2024", status)


def test_probe_a_bare_year_camel_case_is_no_word_split():
    """"Nam2024" (one word and a year): not a program's field name, read as before."""
    before = facts(_estimate_column("Năm 2024"))
    assert facts(_estimate_column("Nam2024")) in (before, {})


EXPORT = ["DonVi", "MaChiTieu", "TenChiTieu", "DonViTinh", "KyBaoCao", "NamBaoCao", "LoaiSoLieu", "GiaTri"]


def _export(plan: str, done: str):
    """The new Cần Thơ's export (blind71) of the enterprises supported in the first half of 2026: a plan and a row whose
    "Loại số liệu" is `done`."""
    from etl import ingest

    lines = [";".join(EXPORT + ["GhiChu"])]
    for kind, v in ((plan, 80), (done, 47)):
        lines.append(";".join(["Sở KH&CN TP Cần Thơ", "KHCN05", "Số doanh nghiệp được hỗ trợ hoạt động KH&CN",
                               "Doanh nghiệp", "6T", "2026", kind, str(v), MARK]))
    return ingest.examine(("\ufeff" + "\n".join(lines) + "\n").encode(), "cantho_moi_6t2026_phan_mem.csv")


def _read(got) -> dict:
    f = got.facts
    assert got.accepted, [p.message_vi for p in got.problems]
    return {(m, s): v for m, s, v in zip(f.measure, f.status, f.value)}


@pytest.mark.parametrize("plan, done", [("KH", "UocTinh"), ("KH", "Ước tính"), ("KeHoach", "UocThucHien"),
                                        ("KH", "Ước đạt")])
def test_an_exports_estimate_row_is_an_estimate(plan, done):
    """WRONG: "Loại số liệu" = "UocTinh" / "Ước tính" / "Ước đạt" (no listed word) stored the half's estimate of 47
    enterprises as reported; "KeHoach | UocThucHien" refused the file. An estimate's word says an estimate."""
    assert _read(_export(plan, done)) == {("plan", "reported"): 80, ("actual", "estimated"): 47}


@pytest.mark.parametrize("plan, done, status", [("KH", "TH", "reported"), ("KeHoach", "ThucHien", "reported"),
                                                ("Kế hoạch", "Ước thực hiện", "estimated"), ("KH", "UTH", "estimated")])
def test_probe_an_exports_plan_and_actual_rows_read(plan, done, status):
    assert _read(_export(plan, done)) == {("plan", "reported"): 80, ("actual", status): 47}

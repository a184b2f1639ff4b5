"""review38a (issue #8): the blind batches 62–64's rules probed with other realistic reports (tests/fixtures/reports.py,
read by `etl.ingest.examine` as an upload is) — each a wrong number or a lost honest figure they let through, beside
the near misses that must stay as they are.

1. "45 NV, 3 DA" typed in a cell (or a line typed without diacritics) stored 45 as every task managed: "DA" was given
   the diacritics of "đã" before the sentence was read, so blind64's "one kind beside another kind" never saw the
   second kind.
2. An explicit "Cộng 2021-2024" right of the years over a stock's row (the researchers summed) refused the honest
   file ("hai giá trị khác nhau"): read whatever its figure, it was a second value of 2024's stock.
"""
from __future__ import annotations

from etl.diacritics import restored
from tests.fixtures.reports import LABEL_UNIT_HEADER, OCOP_ROW, examine, facts, head, reasons, taken

NINH_THUAN = "58"
REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"


# --- 1. a kind's abbreviation typed in capitals after a count ---------------------------------------------------

def _cell(cell: str, label: str = "Nhiệm vụ KH&CN đang quản lý") -> dict:
    got = examine(head("Ninh Thuận", REPORT_2024) + [LABEL_UNIT_HEADER + ["Năm 2024"], ["1", label, "nhiệm vụ", cell]],
                  name="report.xlsx")
    return {k[2]: v for k, v in facts(got).items() if k[0] == NINH_THUAN} if got.accepted else {}


def _line(line: str) -> dict:
    got = examine(head("Ninh Thuận", REPORT_2024) + [[line]], name="report.xlsx")
    return {k[2]: v for k, v in facts(got).items() if k[0] == NINH_THUAN} if got.accepted else {}


def test_a_projects_abbreviation_beside_the_tasks_is_no_count_of_every_task():
    """WRONG before: 45 stored as every task managed ("3 DA" read "3 ĐÃ")."""
    for cell in ("45 NV, 3 DA", "45 NV; 3 DA", "45 NV + 3 DA", "45 NV, 3 dự án"):
        assert _cell(cell) == {}, cell
    assert "tasks_managed" not in _line("Nam 2024, So dang quan ly 45 NV, 3 DA.")


def test_da_typed_as_a_word_keeps_its_diacritics():
    """Probes: "đã" typed bare, in capitals after a year or not, reads as before; the whole before its kinds stays."""
    assert restored("Nam 2024 da nghiem thu 20 nhiem vu.") == "Năm 2024 đã nghiệm thu 20 nhiệm vụ."
    assert restored("SO DA NGHIEM THU 20 NHIEM VU") == "SỐ ĐÃ NGHIỆM THU 20 NHIỆM VỤ"
    assert _line("Nam 2024 da nghiem thu 20 nhiem vu.") == {"tasks_accepted": 20}
    assert _line("NAM 2024 DA NGHIEM THU 20 NHIEM VU.") == {"tasks_accepted": 20}
    assert _cell("45 NV (trong đó 3 DA)") == {"tasks_managed": 45}
    assert _cell("45 NV") == {"tasks_managed": 45}
    assert _line("Quan ly 48 nhiem vu (45 NV cap tinh, 3 DA).") == {"tasks_managed": 48, "tasks_managed_provincial": 45}


# --- 2. an explicit span's total right of the years over a stock --------------------------------------------------

RESEARCHERS_ROW = ["3", "Người làm nghiên cứu khoa học", "người"]
YEARS = ["Năm 2021", "Năm 2022", "Năm 2023", "Năm 2024"]
FOUR_YEARS_TITLE = "TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ 4 NĂM 2021 - 2024"


def _years(total_header: str, *rows, years=YEARS):
    got = examine(head("Hòa Bình", FOUR_YEARS_TITLE) + [LABEL_UNIT_HEADER + list(years) + [total_header], *rows],
                  name="report.xlsx")
    return got, {(k[2], k[3]): v for k, v in taken(got).items() if k[0] == "17"} if got.accepted else {}


def test_a_named_spans_sum_of_a_stock_is_set_aside_not_the_file_refused():
    """REFUSED before: "Cộng 2021-2024" (or "Tổng 2021-2024", "Tổng số 2021-2024") over the researchers' 8165 — the
    honest file refused as two values of 2024's stock; the OCOP products' 176 over the four years still read."""
    for header in ("Cộng 2021-2024", "Cộng 2021 - 2024", "Tổng 2021-2024", "Tổng số 2021-2024", "Tổng cộng 2021-2024"):
        got, stored = _years(header, OCOP_ROW + [35, 42, 48, 51, 176], RESEARCHERS_ROW + [1920, 2010, 2085, 2150, 8165])
        assert got.accepted, header
        assert stored[("researchers", "2024-12-31")] == 2150 and stored[("ocop_products", "2021/2024")] == 176, header
        assert not any(p == "2021/2024" for i, p in stored if i == "researchers"), header
        assert "cộng các kỳ bên trái" in reasons(got), header


def test_a_named_spans_figure_that_is_not_the_years_sum_is_set_aside():
    """Probe: "Cộng 2021-2024" whose figure is not the years' sum (180 beside 176) is set aside, saying so (it was
    stored as the span's, the bare "Tổng cộng" never was); the years as before."""
    got, stored = _years("Cộng 2021-2024", OCOP_ROW + [35, 42, 48, 51, 180])
    assert ("ocop_products", "2021/2024") not in stored and stored[("ocop_products", "2024")] == 51
    assert "cộng các kỳ bên trái" in reasons(got)


# --- 3. the same part of a year over the stars --------------------------------------------------------------------

TIEN_GIANG = "82"
OCOP_HALF_TITLE = "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP 6 THÁNG ĐẦU NĂM 2025"


def _stars_by_district(g1: str, g2: str | None = None) -> dict:
    """Tiền Giang's OCOP by district (blind63's form): `g1` (and `g2`) each over "3 sao | 4 sao | 5 sao | Cộng".
    {(indicator, period): value} of the province."""
    stars = ("3 sao", "4 sao", "5 sao", "Cộng")
    n = 2 if g2 else 1
    h1 = ["STT", "Huyện, thị xã, thành phố", g1, None, None, None] + ([g2, None, None, None] if g2 else [])
    h2 = [None, None, *stars] + (list(stars) if g2 else [])
    rows = head("Tiền Giang", OCOP_HALF_TITLE) + [h1, h2, ["", "Toàn tỉnh", 15, 6, 1, 22, 12, 6, 1, 19][:2 + 4 * n],
                                                   ["1", "TP. Mỹ Tho", 2, 1, 0, 3, 2, 1, 0, 3][:2 + 4 * n],
                                                   ["2", "Huyện Cái Bè", 13, 5, 1, 19, 10, 5, 1, 16][:2 + 4 * n]]
    got = examine(rows, merges=("C6:F6",) + (("G6:J6",) if g2 else ()))
    return {(k[2], k[3]): v for k, v in facts(got).items() if k[0] == TIEN_GIANG}


def test_the_same_part_of_last_year_over_the_stars_is_last_years_half():
    """WRONG before: "Công nhận cùng kỳ năm 2024" (or "Cùng kỳ năm 2024" beside the half's group) over the stars under
    "… 6 THÁNG ĐẦU NĂM 2025": the first half of 2024's 19 products and their stars stored as the whole 2024's."""
    got = _stars_by_district("Công nhận trong 6 tháng đầu năm 2025", "Công nhận cùng kỳ năm 2024")
    assert got[("ocop_products", "2024-S1")] == 19 and got[("ocop_products_3star", "2024-S1")] == 12
    assert got[("ocop_products", "2025-S1")] == 22 and not any(p == "2024" for _, p in got)
    got = _stars_by_district("Công nhận trong 6 tháng đầu năm 2025", "Cùng kỳ năm 2024")
    assert got[("ocop_products_3star", "2024-S1")] == 12 and not any(p == "2024" for _, p in got)
    got = _stars_by_district("Công nhận cùng kỳ năm 2024")
    assert got == {("ocop_products", "2024-S1"): 22, ("ocop_products_3star", "2024-S1"): 15,
                   ("ocop_products_4star", "2024-S1"): 6, ("ocop_products_5star", "2024-S1"): 1}


def test_a_group_naming_its_own_year_or_the_year_before_reads_as_before():
    """Probes: "Công nhận năm 2024" is the whole 2024 (the header names it); "… cùng kỳ năm trước" the first half of
    2024; "Công nhận 6 tháng đầu năm 2024" that half."""
    assert _stars_by_district("Công nhận năm 2024")[("ocop_products", "2024")] == 22
    got = _stars_by_district("Công nhận 6 tháng đầu năm 2025", "Công nhận cùng kỳ năm trước")
    assert got[("ocop_products", "2024-S1")] == 19 and got[("ocop_products", "2025-S1")] == 22
    assert _stars_by_district("Công nhận 6 tháng đầu năm 2024")[("ocop_products", "2024-S1")] == 22


# --- 4. a former province's column naming a part of the year: only the report's own, reported ------------------

CA_MAU, BAC_LIEU, SOC_TRANG, HAU_GIANG = "96", "95", "94", "93"


def _formers(columns: list, province: str = "Cà Mau", title: str = "TỔNG HỢP SỐ LIỆU KH&CN NĂM 2025") -> dict:
    got = examine(head(province, title) + [["TT", "Chỉ tiêu", "ĐVT", *columns],
                                           ["1", "Sản phẩm OCOP được công nhận mới", "sản phẩm", 11, 9, 23]])
    return {(k[0], k[1], k[3]): v for k, v in facts(got).items() if k[2] == "ocop_products"} if got.accepted else {}


def test_a_former_provinces_half_of_another_year_or_an_estimate_is_no_half_of_this_one():
    """WRONG on combo36: "Sóc Trăng (cũ) 6 tháng đầu năm trước" (or "… N-1") in the new Cần Thơ's 2025 stored the
    former Sóc Trăng's first half of 2024 as 2025's; "ước 6 tháng" (an estimate) and "kế hoạch 6 tháng" (a plan)
    as the reported half — each keeps the title's year, a share of the new province's 2025, set aside."""
    for h in ("6 tháng đầu năm trước", "6 tháng đầu năm N-1", "ước 6 tháng", "kế hoạch 6 tháng", "cùng kỳ 6 tháng"):
        got = _formers([f"Sóc Trăng (cũ) {h}", f"Hậu Giang (cũ) {h}", "Cần Thơ"], province="Cần Thơ")
        assert not any(p == "2025-S1" for _, _, p in got), (h, got)


def test_the_whole_beside_formers_naming_their_part_is_that_part():
    """WRONG on combo36: "Cà Mau (cũ) 9 tháng | Bạc Liêu (cũ) 9 tháng | Cộng" under "… NĂM 2025" stored the sum 23 as the
    new Cà Mau's whole 2025 — the nine months, as the former columns are; formers naming different parts leave it
    unread."""
    assert _formers(["Cà Mau (cũ) 9 tháng", "Bạc Liêu (cũ) 9 tháng", "Cộng"]) == {(CA_MAU, "34", "2025-01/2025-09"): 23}
    got = _formers(["Cà Mau (cũ) 6 tháng đầu năm", "Bạc Liêu (cũ) 9 tháng", "Cộng"])
    assert not any(fr == "34" for _, fr, _ in got), got


def test_a_former_provinces_own_part_reads_as_before():
    """Probes: "6 tháng đầu năm", "06 tháng đầu năm (trước sắp xếp)", "quý I", "thực hiện 6 tháng" — the former's own
    part of the title's year (blind63)."""
    for h in ("6 tháng đầu năm", "06 tháng đầu năm (trước sắp xếp)", "thực hiện 6 tháng"):
        got = _formers([f"Cà Mau (cũ) {h}", f"Bạc Liêu (cũ) {h}", "Cà Mau (mới) 6 tháng cuối năm"])
        assert got == {(CA_MAU, "63", "2025-S1"): 11, (BAC_LIEU, "63", "2025-S1"): 9, (CA_MAU, "34", "2025-S2"): 23}, h
    got = _formers(["Cà Mau (cũ) quý I", "Bạc Liêu (cũ) quý I", "Cà Mau (mới) quý III"])
    assert got[(BAC_LIEU, "63", "2025-Q1")] == 9


# --- 5. "Tổng cộng năm 2025" right of the former provinces: only over columns that add up to the year --------------

_HALVES = ["Cà Mau (cũ) 6 tháng đầu năm", "Bạc Liêu (cũ) 6 tháng đầu năm", "Cà Mau (mới) 6 tháng cuối năm"]


def _year_total(columns: list, total: str = "Tổng cộng năm 2025") -> dict:
    got = examine(head("Cà Mau", "TỔNG HỢP SỐ LIỆU KH&CN NĂM 2025")
                  + [["TT", "Chỉ tiêu", "ĐVT", *columns, total],
                     ["1", "Sản phẩm OCOP được công nhận mới", "sản phẩm", *[11, 9, 23][:len(columns)], 43]])
    return {(k[0], k[1], k[3]): v for k, v in facts(got).items()} if got.accepted else {}


def test_a_year_total_over_part_of_the_year_is_no_year():
    """WRONG on combo36: the sum 43 stored as the new Cà Mau's reported whole 2025 right of the formers' first halves
    alone, of their nine months, of their first quarter beside the new province's third, or of an estimated second
    half."""
    for columns in (_HALVES[:2], ["Cà Mau (cũ) 9 tháng", "Bạc Liêu (cũ) 9 tháng"],
                    ["Cà Mau (cũ) quý I", "Bạc Liêu (cũ) quý I", "Cà Mau (mới) quý III"],
                    _HALVES[:2] + ["Cà Mau (mới) quý III"], _HALVES[:2] + ["Cà Mau (mới) ước 6 tháng cuối năm"]):
        got = _year_total(columns)
        assert (CA_MAU, "34", "2025") not in got, (columns, got)


def test_a_year_total_over_the_whole_year_reads_as_before():
    """Probes: the formers' halves and the new province's second half (blind63), the formers' whole 2025 — the
    merged province's year."""
    assert _year_total(_HALVES)[(CA_MAU, "34", "2025")] == 43
    assert _year_total(["Cà Mau (cũ) năm 2025", "Bạc Liêu (cũ) năm 2025"])[(CA_MAU, "34", "2025")] == 43
    assert _year_total(_HALVES, "Cộng năm 2025")[(CA_MAU, "34", "2025")] == 43


# --- 6. a title's later span proposed ------------------------------------------------------------------------------

def test_a_span_then_the_next_spans_proposal_stays_the_first():
    """LOST on combo36: "KẾT QUẢ GIAI ĐOẠN 2021-2025 VÀ ĐỀ XUẤT GIAI ĐOẠN 2026-2030" named no period (2021/2025 before,
    blind62's two spans of results); two spans of results still name none."""
    from metrics import periods

    assert periods.from_text("KẾT QUẢ GIAI ĐOẠN 2021-2025 VÀ ĐỀ XUẤT GIAI ĐOẠN 2026-2030").notation == "2021/2025"
    assert periods.from_text("TỔNG HỢP KẾT QUẢ GIAI ĐOẠN 2016 - 2020 VÀ 2021 - 2024") is None


# --- 7. the applicants for a GI's use rights -------------------------------------------------------------------------

def test_the_applicants_for_a_gis_use_rights_are_no_holders():
    """WRONG before (and through blind64's label over two rows): "Số tổ chức, cá nhân đề nghị cấp quyền sử dụng CDĐL"
    (12 | 21 at the years' ends) stored as the holders of GI use rights; the holders ("được cấp") read as before."""
    title = "TÌNH HÌNH XÁC LẬP QUYỀN SỞ HỮU TRÍ TUỆ ĐẾN NĂM 2023"
    header = ["STT", "Loại", "Đơn vị tính", "Lũy kế đến 31/12/2022", "Lũy kế đến 31/12/2023"]
    for label, held in (("Số tổ chức, cá nhân đề nghị cấp quyền sử dụng CDĐL", False),
                        ("Số tổ chức, cá nhân nộp đơn đề nghị cấp quyền sử dụng chỉ dẫn địa lý", False),
                        ("Số tổ chức, cá nhân được cấp quyền sử dụng CDĐL", True)):
        got = examine(head("Kon Tum", title) + [header, ["1", label, "tổ chức, cá nhân", 12, 21]], name="report.xlsx")
        stored = {(k[2], k[3]): v for k, v in facts(got).items()} if got.accepted else {}
        assert (stored.get(("ip_gi_use_certificates_total", "2023-12-31")) == 21) is held, (label, stored)
        assert not any(k[0] == "ip_gi_use_certificates" for k in stored), (label, stored)


# --- 8. a column leaving a former province out ----------------------------------------------------------------------

def _ca_mau_2026(*columns: str, values=(21, 45)) -> dict:
    got = examine(head("Cà Mau", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2026")
                  + [["TT", "Chỉ tiêu", "ĐVT", *columns], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", *values]])
    return {(k[0], k[1], k[3]): v for k, v in facts(got).items()} if got.accepted else {}


def test_a_year_without_a_former_province_is_no_whole_year():
    """WRONG before: "Năm 2025 (không gồm Bạc Liêu cũ)" (or "(chưa bao gồm …)", "(Cà Mau cũ, chưa gồm Bạc Liêu)") in
    the new Cà Mau's 2026 report stored 21 as the new province's whole 2025 — a part of its territory."""
    for header in ("Năm 2025 (không gồm Bạc Liêu cũ)", "Năm 2025 (chưa bao gồm tỉnh Bạc Liêu cũ)",
                   "Năm 2025 (Cà Mau cũ, chưa gồm Bạc Liêu)"):
        assert _ca_mau_2026(header, "Năm 2026") == {(CA_MAU, "34", "2026"): 45}, header


def test_a_year_including_the_former_provinces_reads_as_before():
    """Probes: "(cả Cà Mau cũ và Bạc Liêu cũ)", "(gồm Cà Mau cũ, Bạc Liêu cũ)", "(bao gồm cả Bạc Liêu cũ)" — the new
    province's 2025."""
    for header in ("Năm 2025 (cả Cà Mau cũ và Bạc Liêu cũ)", "Năm 2025 (gồm Cà Mau cũ, Bạc Liêu cũ)",
                   "Năm 2025 (bao gồm cả Bạc Liêu cũ)"):
        assert _ca_mau_2026(header, "Năm 2026", values=(39, 45))[(CA_MAU, "34", "2025")] == 39, header

"""Classes of figures lost or misread in files other software writes (blind90: batch 90, reports exported by software
from the Mekong delta and the South-East), each with its case and probes — honest neighbours that must read as before,
wrong ones that must stay set aside. Every workbook is built in memory with `tests.fixtures.reports`, marked as test
data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts, taken

AN_GIANG_NEW, VINH_LONG_NEW, BINH_DUONG, CAN_THO, CA_MAU, BA_RIA = "91", "86", "74", "92", "96", "77"
NINE_MONTHS_2024, NINE_MONTHS_2026 = "2024-01/2024-09", "2026-01/2026-09"


def _periods(result, province: str, indicator: str) -> dict:
    """{period: value} of the actual figures an accepted upload stores for one province's indicator."""
    return {k[3]: v for k, v in taken(result).items() if k[0] == province and k[2] == indicator and k[4] == "actual"}


# --- 1. a reporting system's year-first period codes ------------------------------------------------------------------

def _binh_duong(nine_months: str):
    """The former Bình Dương's export: field names from A1, "2024-Q3" and the nine months as the system writes them."""
    return examine([["KyBC", "MaDV", "SoNV_NghiemThu", "SoSP_OCOP"],
                    ["2024-Q3", "SKHCN_BD", 5, 11],
                    [nine_months, "SKHCN_BD", 13, 29],
                    [MARK]], name="binhduong_2024.xlsx")


@pytest.mark.parametrize("nine_months", ["2024-9M", "2024-9T", "2024 - 9M"])
def test_a_year_first_code_of_months_is_those_months_from_january(nine_months):
    """LOST, AND A WRONG NEIGHBOUR (blind90, Bình Dương's "KyBC | … " export): "2024-9M" was read as the whole YEAR
    2024 — here set aside as a year after the report's nine months; in a file without the quarter beside it the nine
    months' figures would have been stored as the year's (metrics/periods.py _YEAR_FIRST_MONTHS)."""
    accepted = _periods(_binh_duong(nine_months), BINH_DUONG, "tasks_accepted")
    assert accepted == {"2024-Q3": 5, NINE_MONTHS_2024: 13}


def test_probe_nine_months_alone_are_never_the_year():
    """WRONG guarded: the nine-month code alone in its period column is never the year 2024."""
    result = examine([["KyBC", "MaDV", "SoNV_NghiemThu", "SoSP_OCOP"], ["2023-9M", "SKHCN_BD", 11, 24],
                      ["2024-9M", "SKHCN_BD", 13, 29], [MARK]], name="binhduong_2023_2024.xlsx")
    assert _periods(result, BINH_DUONG, "tasks_accepted") == {"2023-01/2023-09": 11, NINE_MONTHS_2024: 13}
    assert all(k[3] not in ("2023", "2024") for k in facts(result))


def _vinh_long(period_line: str):
    """The new Vĩnh Long's reporting system's sheet: its filter lines, the period only there."""
    return examine([["HỆ THỐNG BÁO CÁO CHỈ TIÊU KINH TẾ - XÃ HỘI TỈNH VĨNH LONG"],
                    ["Đơn vị báo cáo: Sở Khoa học và Công nghệ tỉnh Vĩnh Long"], [period_line], [MARK], [],
                    ["Mã CT", "Tên chỉ tiêu", "ĐVT", "Thực hiện trong kỳ", "Kế hoạch năm"],
                    ["KHCN02", "Số nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 7, 30],
                    ["KHCN05", "Số sản phẩm OCOP được công nhận", "Sản phẩm", 18, 90]], name="vinhlong.xlsx")


@pytest.mark.parametrize("line,period", [("Kỳ báo cáo: 2026Q3", "2026-Q3"), ("Kỳ báo cáo: 2026-09", "2026-09"),
                                         ("Kỳ báo cáo: 202609", "2026-09"), ("Kỳ: 2026-H1", "2026-S1")])
def test_a_period_code_after_its_label_is_that_part_of_the_year(line, period):
    """WRONG (a quarter's or a month's figures stored as the YEAR's) and LOST (blind90, the new Vĩnh Long's .ods,
    refused "không xác định được kỳ"): "Kỳ báo cáo: 2026Q3" and "Kỳ báo cáo: 2026-09" were read as the year 2026,
    "Kỳ báo cáo: 202609" as nothing — the code after its label is the period (metrics/periods.py _PERIOD_LABEL)."""
    assert _periods(_vinh_long(line), VINH_LONG_NEW, "ocop_products") == {period: 18}


def test_probe_a_labelled_year_reads_as_before():
    assert _periods(_vinh_long("Kỳ báo cáo: Năm 2026"), VINH_LONG_NEW, "ocop_products") == {"2026": 18}


def test_probe_a_code_inside_other_words_is_never_its_year():
    """WRONG guarded: "Số liệu 2026Q3 (lũy kế)" — the quarter and more words — names no period a person can be sure
    of: the uploader is asked, the quarter's figures never stored as the year 2026's."""
    result = _vinh_long("Số liệu 2026Q3 (lũy kế)")
    assert not any(k[3] == "2026" for k in facts(result))


def _bi(codes: list):
    """The new An Giang's BI dashboard as a long table from A1, one row per figure."""
    rows = [["Ma_DV", "Ten_DV", "Ky", "Ma_CT", "Ten_CT", "DVT", "Gia_tri"]]
    for code, v in codes:
        rows.append(["000.00.91.H01", "Sở Khoa học và Công nghệ tỉnh An Giang", code, "OCOP.01",
                     "Số sản phẩm OCOP được công nhận", "Sản phẩm", v])
    return examine(rows + [[], [MARK]], name="angiang_bi.xlsx")


@pytest.mark.parametrize("month", ["202609", 202609])
def test_a_glued_year_and_month_in_a_period_column_is_that_month(month):
    """LOST, AN HONEST FILE REFUSED (blind90, An Giang's BI export, "không đọc được kỳ “202609”"): the month code among
    the quarter codes of a period column is that month, typed as text or as a number (etl/walk.py _period_of_cell)."""
    assert _periods(_bi([("2026Q3", 18), (month, 5)]), AN_GIANG_NEW, "ocop_products") == {"2026-Q3": 18, "2026-09": 5}


def test_probe_six_digits_that_are_no_month_are_no_period():
    """"202613" (no 13th month) is no period: its row is not read as any month's."""
    result = _bi([("2026Q3", 18), ("202613", 5)])
    assert not any(v == 5 for v in facts(result).values())


# --- 2. a reporting system's field names for the online shares -------------------------------------------------------

def _can_tho(fields: list[str]):
    return examine([["MaTinh", "TenTinh", "Nam", *fields],
                    ["92", "Thành phố Cần Thơ", 2024, 81.4, 67.2], [], [MARK]], name="cantho_2024.xlsx")


def test_field_names_of_the_online_shares_read_as_their_indicators():
    """LOST (blind90, the Cần Thơ database dump "… | TyLe_DVC_M4"; recall47 left "TyLeDVC_M4"): "DVC M4" is the
    public services at level 4, "HS trực tuyến" the dossiers received online (metrics/abbreviations.toml synonyms)."""
    got = {k[2]: v for k, v in taken(_can_tho(["TyLe_DVC_M4", "TyLe_HS_TrucTuyen"])).items() if k[0] == CAN_THO}
    assert got == {"tthc_level4_rate": 81.4, "online_dossier_rate": 67.2}


def test_probe_hs_that_is_no_dossier_is_not_read_as_one():
    """"HS" alone is học sinh as often as hồ sơ: "TyLe_HS_HocTrucTuyen" (pupils learning online) is no dossier rate."""
    result = _can_tho(["TyLe_DVC_M4", "TyLe_HS_HocTrucTuyen"])
    assert "online_dossier_rate" not in {k[2] for k in facts(result)}


# --- 3. an OCOP portal's list with a header (serial dates) and its summary under it ---------------------------------

CM_PRODUCTS = [("Mắm tôm chà", "Ngọc Hiển", 44651, "3 sao"), ("Mật ong rừng U Minh", "U Minh", 44651, "4 sao"),
               ("Khô cá bổi", "Năm Căn", 44742, "3 sao"), ("Tôm khô Tân Thành", "TP Cà Mau", 44742, "3 sao"),
               ("Tinh dầu tràm", "U Minh", 44880, "4 sao")]


def _ca_mau(summary: tuple[int, int, int], footer: bool = True):
    rows = [["DANH SÁCH SẢN PHẨM OCOP TỈNH CÀ MAU ĐƯỢC CÔNG NHẬN NĂM 2022"], [MARK], [],
            ["STT", "Tên sản phẩm", "Huyện/TP", "Ngày QĐ", "Hạng"]]
    rows += [[i + 1, *p] for i, p in enumerate(CM_PRODUCTS)]
    whole, s3, s4 = summary
    rows += [[], [None, "Tổng số sản phẩm", None, None, whole], [None, "- Hạng 3 sao", None, None, s3],
             [None, "- Hạng 4 sao", None, None, s4]]
    if footer:
        rows += [[], ["Nguồn: ocop.camau.gov.vn — xuất ngày 45296"]]
    return examine(rows, name="camau_ocop_2022.xlsx")


@pytest.mark.parametrize("footer", [True, False], ids=["footer", "no-footer"])
def test_a_portal_list_with_serial_dates_reads_its_summary(footer):
    """LOST, AN HONEST FILE REFUSED (blind90, the former Cà Mau's OCOP portal list): its "Ngày QĐ" serials gave the list
    a header, so the summary under it (recall47's reader) was never tried, and the portal's footer line hid it
    (etl/walk.py _plan_sheet, _read_list_summary)."""
    result = _ca_mau((5, 3, 2), footer)
    got = {k[2]: v for k, v in taken(result).items() if k[:2] == (CA_MAU, "63") and k[3] == "2022"}
    assert got == {"ocop_products": 5, "ocop_products_3star": 3, "ocop_products_4star": 2}
    # each figure cited at its own cell, under the list's grade column (the lead's merge with recall48's reader)
    assert dict(zip(result.facts.indicator, result.facts.cell)) == {
        "ocop_products": "E11", "ocop_products_3star": "E12", "ocop_products_4star": "E13"}


def test_probe_a_summary_its_list_does_not_confirm_is_not_read():
    """A summary of 6 products (4 three-star) over a list of 5 (3 three-star): not the list's, nothing read from it."""
    assert not any(k[2].startswith("ocop_products") for k in facts(_ca_mau((6, 4, 2))))


# --- 4. a total row under the declared parts of the caption's indicator ---------------------------------------------

def _ba_ria(parts: list[tuple], total_2023: int | None = None):
    rows = [["SỞ TÀI CHÍNH TỈNH BÀ RỊA - VŨNG TÀU"],
            ["BÁO CÁO QUYẾT TOÁN CHI NGÂN SÁCH NHÀ NƯỚC CHO KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
            [None, None, None, None, "Đơn vị tính: đồng"],
            ["Mã", "Nội dung chi", "Quyết toán năm 2022", "Dự toán năm 2023", "Quyết toán năm 2023"]]
    rows += [list(p) for p in parts]
    rows.append([None, "Tổng cộng", sum(p[2] for p in parts), sum(p[3] for p in parts),
                 total_2023 if total_2023 is not None else sum(p[4] for p in parts)])
    return examine(rows, name="bariavungtau_quyet_toan.xlsx")


SPENDING = [("370", "Chi sự nghiệp khoa học và công nghệ", 38215400000, 42000000000, 40872150000),
            ("371", "Chi đầu tư phát triển cho khoa học và công nghệ", 12480000000, 15000000000, 13905600000)]


def test_the_total_of_the_budgets_declared_parts_is_the_state_st_budget():
    """LOST, AN HONEST FILE REFUSED (blind90, the former Bà Rịa–Vũng Tàu's final accounts from the treasury software,
    in đồng): the two lines of spending are parts of the caption's state S&T spending, their "Tổng cộng" its whole in
    each year's final accounts — the budget estimate (dự toán) a plan, never the year's spending (etl/walk.py
    _sum_of_the_caption_parts)."""
    got = _periods(_ba_ria(SPENDING), BA_RIA, "st_budget")
    assert got == pytest.approx({"2022": 50.6954, "2023": 54.77775})
    assert not any(k[4] == "actual" and v == pytest.approx(57.0) for k, v in facts(_ba_ria(SPENDING)).items())


def test_probe_a_total_that_is_not_its_parts_sum_is_not_read():
    """A "Tổng cộng" of 2023 that is not its lines' sum (another line left out?) is not the 2023 spending."""
    got = {k[3] for k in facts(_ba_ria(SPENDING, total_2023=60000000000)) if k[2] == "st_budget"}
    assert "2023" not in got


def test_probe_a_line_that_is_no_declared_part_keeps_the_total_unread():
    """A line the matcher does not rule out as a part of the budget ("Chi hỗ trợ hội nghị") leaves the total's
    meaning unsure: nothing read as the state S&T spending."""
    parts = [*SPENDING, ("372", "Chi hỗ trợ hội nghị, hội thảo", 100000000, 100000000, 100000000)]
    assert not any(k[2] == "st_budget" for k in facts(_ba_ria(parts)))


@pytest.mark.parametrize("line,period", [("Kỳ báo cáo: Quý III/2026 - Ngày xuất 2026-10-06", "2026-Q3"),
                                         ("Kỳ báo cáo: 2026-09 (xuất ngày 2026-10-06)", "2026-09")])
def test_probe_an_export_dates_iso_day_beside_the_period_is_no_period_code(line, period):
    """Probe (the lead, on blind90's note): an export's ISO date on the period's line ("Ngày xuất 2026-10-06") is no
    year-first month code "2026-10": read as the quarter or month the line states, as before blind90 (its year and
    month had made the line's period unsure, and the honest file was refused, "no_period")."""
    rows = [["UBND TỈNH AN GIANG"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK], ["BÁO CÁO SỐ LIỆU KH&CN"], [line], [],
            ["STT", "Chỉ tiêu", "ĐVT", "Số liệu"], [1, "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 7]]
    assert _periods(examine(rows), AN_GIANG_NEW, "tasks_accepted") == {period: 7}


@pytest.mark.parametrize("other", ["Chi từ nguồn ngoài ngân sách cho khoa học và công nghệ",
                                   "Chi của doanh nghiệp cho khoa học và công nghệ", "Chi cho chuyển đổi số",
                                   "Chi hỗ trợ sản phẩm OCOP"])
def test_probe_a_line_ruled_out_for_another_reason_is_no_part_of_the_state_budget(other):
    """WRONG guarded (review46): a line the budget rules out for what it is — money outside the state budget, a
    business's, digital transformation's, OCOP's — beside the recurrent line is no declared part: their total is no
    state S&T spending (on combo57 it was stored so, 50,7 and 54,8 billion)."""
    parts = [SPENDING[0], ("372", other, 12480000000, 15000000000, 13905600000)]
    assert not any(k[2] == "st_budget" for k in facts(_ba_ria(parts)))

"""wrong52 (issue #8, "a wrong number is worse than a missing one"): readings that stored a wrong number on main — a
region named bare in a row label's brackets ("Số sản phẩm OCOP (Tây Nguyên)") read as the sender's figure; a sheet
named after a town or a district ("TP Vinh", "Huyện Mộc Châu") under the province's title read as the province's —
each with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is) and
the honest neighbours that must keep reading the same."""
from __future__ import annotations

import pytest

from etl import labels
from tests.fixtures.reports import MARK, examine, examine_book, facts, head, reasons, taken

DAK_LAK, NGHE_AN, SON_LA = "66", "40", "14"
COUNT = ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"]
ACCEPTED = ["1", "Số nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"]


# --- 1. a region named bare in a row label's brackets ------------------------------------------------------------

def _labelled(label: str, unit: str = "sản phẩm"):
    """Đắk Lắk's department's 2025 report: 30 tasks accepted, then `label` with 12."""
    return examine(head("Đắk Lắk", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025")
                   + [COUNT, ACCEPTED + [30], ["2", label, unit, 12]], name="report.xlsx")


@pytest.mark.parametrize("label", ["Số sản phẩm OCOP (Tây Nguyên)", "Số sản phẩm OCOP (vùng Duyên hải Nam Trung Bộ)",
                                   "Số sản phẩm OCOP được công nhận (Tây Nguyên)", "Sản phẩm OCOP (khu vực Tây Nguyên)",
                                   "Số sản phẩm OCOP (Vùng Tây Nguyên)", "Số sản phẩm OCOP (ĐBSCL)",
                                   "Số sản phẩm OCOP (Tay Nguyen)", "Số sản phẩm OCOP [Tây Nguyên]",
                                   "Số sản phẩm OCOP - Tây Nguyên", "Số sản phẩm OCOP (Tây Nguyên):"])
def test_a_region_bare_in_a_labels_brackets_is_no_senders(label):
    """WRONG: "Số sản phẩm OCOP (Tây Nguyên) | 12" in Đắk Lắk's report: the bracket dropped, the rest an exact name —
    the region's 12 products were stored as Đắk Lắk's. A bracket saying nothing but a region is the figure's scope:
    set aside as an aggregate, saying so."""
    got = _labelled(label)
    assert taken(got) == {(DAK_LAK, "34", "tasks_accepted", "2025", "actual"): 30}, taken(got)
    assert "nhiều tỉnh" in reasons(got), reasons(got)


@pytest.mark.parametrize("label", ["Số nhiệm vụ thuộc Chương trình phát triển KT-XH vùng Tây Nguyên",
                                   "Số nhiệm vụ thuộc Chương trình KH&CN (Tây Nguyên)",
                                   "Số nhiệm vụ KH&CN được nghiệm thu (Chương trình Tây Nguyên)",
                                   "Số nhiệm vụ KH&CN được nghiệm thu (Tây Nguyên 3)"])
def test_probe_a_programme_named_after_the_region_is_no_scope(label):
    """A programme of the region is the province's part in it: the label reads (or not) as it did on main."""
    got = _labelled(label, "nhiệm vụ")
    assert labels.region_in_label(label) is None
    assert "nêu nhiều tỉnh" not in reasons(got) or "nhiều tỉnh" not in reasons(got)


@pytest.mark.parametrize("label", ["Số sản phẩm OCOP", "Số sản phẩm OCOP (toàn tỉnh)",
                                   "Số sản phẩm OCOP (sản phẩm)"])
def test_probe_a_label_with_no_region_reads_as_before(label):
    assert taken(_labelled(label)) == {(DAK_LAK, "34", "tasks_accepted", "2025", "actual"): 30,
                                       (DAK_LAK, "34", "ocop_products", "2025", "actual"): 12}


# --- 2. a sheet named after a town or a district under the province's title -------------------------------------

def _sheet(sheet: str, province: str = "Nghệ An", year: str = "2024"):
    """The province's department's report on a sheet named `sheet`: 30 tasks accepted."""
    return examine(head(province, f"BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM {year}") + [COUNT, ACCEPTED + [30]],
                   name="report.xlsx", title=sheet)


@pytest.mark.parametrize("sheet", ["TP Vinh", "Thành phố Vinh", "TX Cửa Lò", "Huyện Nghi Lộc", "H. Nghi Lộc",
                                   "HUYỆN NGHI LỘC", "Thị xã Hoàng Mai", "TP Vinh 2024", "TP. Vinh"])
def test_a_sheet_named_after_a_town_is_no_provinces(sheet):
    """WRONG: Nghệ An's department's workbook, its sheet named "TP Vinh" (or "Huyện Nghi Lộc"): the city's 30 tasks
    were stored as Nghệ An's. The warehouse holds provinces: the sheet is set aside, its reason naming the town."""
    got = _sheet(sheet)
    assert facts(got) == {}, facts(got)
    assert "huyện, thị xã" in reasons(got) and sheet in reasons(got), reasons(got)


def test_a_sheet_named_after_a_district_in_son_la_is_no_provinces():
    got = _sheet("Huyện Mộc Châu", "Sơn La")
    assert facts(got) == {}, facts(got)


def test_a_towns_sheet_beside_the_provinces_own_keeps_the_provinces():
    """WRONG: "Nghệ An" (30) and "TP Vinh" (12) under one title: the city's 12 was a second value for Nghệ An's fact,
    the honest workbook refused. The town's sheet alone is set aside."""
    rows = head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [COUNT]
    got = examine_book({"Nghệ An": rows + [ACCEPTED + [30]], "TP Vinh": rows + [ACCEPTED + [12]]}, name="report.xlsx")
    assert taken(got) == {(NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 30}


@pytest.mark.parametrize("sheet", ["Nghệ An", "Biểu 01", "Năm 2024", "Sheet1", "TH toàn tỉnh",
                                   "Tổng hợp", "Xã hội hóa"])
def test_probe_a_sheet_named_after_the_province_or_a_period_reads_as_before(sheet):
    assert taken(_sheet(sheet)) == {(NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 30}


@pytest.mark.parametrize("sheet, province, code", [("TP Cần Thơ", "Cần Thơ", "92"), ("TP Huế", "Huế", "46"),
                                                   ("TP Hồ Chí Minh", "Hồ Chí Minh", "79")])
def test_probe_a_sheet_named_after_a_centrally_run_city_reads_as_before(sheet, province, code):
    got = examine(head(province, "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024", city=True) + [COUNT, ACCEPTED + [30]],
                  name="report.xlsx", title=sheet)
    assert taken(got) == {(code, "63", "tasks_accepted", "2024", "actual"): 30}


def test_probe_a_sheet_named_after_a_former_province_is_no_town():
    """"Ninh Thuận (cũ)" under the new Khánh Hòa's title is its predecessor's sheet (wrong51's rule), no town."""
    got = _sheet("Ninh Thuận (cũ)", "Khánh Hòa", "2025")
    assert "huyện, thị xã" not in reasons(got), reasons(got)


# --- 3. a congress's number and its term in a five-year review's title -------------------------------------------

_REVIEW_HEADER = ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu đến năm 2025", "Kết quả thực hiện đến 31/12/2025"]
_PROTECTED = ["1", "Số sản phẩm được cấp văn bằng bảo hộ nhãn hiệu tập thể, nhãn hiệu chứng nhận, chỉ dẫn địa lý (lũy kế)",
              "sản phẩm", 120, 134]
_TASKS_TERM = ["2", "Số nhiệm vụ KH&CN cấp tỉnh triển khai cả giai đoạn 2021 - 2025", "nhiệm vụ", 150, 173]


def _review(second_line: str):
    """Nghệ An's review of its congress's S&T targets (batch 76): a title in two lines, a target and a result column."""
    return examine([["TỈNH ỦY NGHỆ AN"], ["BAN CÁN SỰ ĐẢNG UBND TỈNH"], [MARK],
                    ["ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU VỀ KH&CN, ĐMST"], [second_line],
                    _REVIEW_HEADER, _PROTECTED, _TASKS_TERM], name="report.xlsx")


@pytest.mark.parametrize("line", ["THEO NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XIX, NHIỆM KỲ 2020 - 2025",
                                  "THEO NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ 19, NHIỆM KỲ 2020-2025",
                                  "Theo Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025"])
def test_a_congress_and_its_term_in_the_title_are_no_round(line):
    """LOST (read as a round): "… ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XIX, NHIỆM KỲ 2020 - 2025" — "lần thứ XIX" was read as a
    round of the year, the products protected to 31/12/2025 (134) and the term's 173 tasks set aside as a round's. A
    congress is numbered across terms: the columns' own periods read."""
    got = _review(line)
    actual = {k: v for k, v in taken(got).items() if k[4] == "actual"}
    assert actual == {(NGHE_AN, "34", "ip_protected_products", "2025-12-31", "actual"): 134,
                      (NGHE_AN, "34", "tasks_managed_provincial", "2021/2025", "actual"): 173}, taken(got)
    assert "theo đợt" not in reasons(got), reasons(got)


@pytest.mark.parametrize("line", ["BÁO CÁO KẾT QUẢ ĐỢT 2", "KẾT QUẢ ĐÁNH GIÁ LẦN THỨ 2",
                                  "KẾT QUẢ HỘI NGHỊ LẦN THỨ 2 (SAU ĐẠI HỘI)"])
def test_probe_a_round_in_the_title_stays_a_round(line):
    assert "theo đợt" in reasons(_review(line)), reasons(_review(line))


# --- 5. "Cộng dồn" alone in a monthly report ----------------------------------------------------------------------

def _monthly(columns: list, *rows: list, title: str = "BÁO CÁO KẾT QUẢ CÔNG TÁC THÁNG 8 NĂM 2025"):
    return examine(head("Sơn La", title) + [["TT", "Nội dung", "ĐVT", *columns], *rows], name="report.xlsx")


@pytest.mark.parametrize("column", ["Cộng dồn", "Cộng dồn từ đầu năm"])
def test_a_running_total_alone_in_a_monthly_report_is_the_year_to_date(column):
    """LOST: "Thực hiện tháng 8 | Cộng dồn" in Sơn La's report on August 2025: the running total from the year's
    start (as "Lũy kế từ đầu năm") was not read. Read as January–August 2025."""
    got = _monthly(["Thực hiện tháng 8", column], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 4, 21])
    assert taken(got) == {(SON_LA, "34", "ocop_products", "2025-08", "actual"): 4,
                          (SON_LA, "34", "ocop_products", "2025-01/2025-08", "actual"): 21}, taken(got)


@pytest.mark.parametrize("sheet", ["Quý IV", "Tháng 12"])
def test_probe_a_sheet_named_by_a_period_is_no_town(sheet):
    assert "huyện, thị xã" not in reasons(_sheet(sheet)) and taken(_sheet(sheet))


def test_a_running_total_beside_the_months_dated_column_is_the_year_to_date():
    got = _monthly(["Tháng 8/2025", "Cộng dồn"], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 4, 21])
    assert taken(got) == {(SON_LA, "34", "ocop_products", "2025-08", "actual"): 4,
                          (SON_LA, "34", "ocop_products", "2025-01/2025-08", "actual"): 21}, taken(got)


@pytest.mark.parametrize("title, column", [("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025", "Năm 2025"),
                                           ("BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ III NĂM 2025", "Quý III")])
def test_probe_a_running_total_alone_outside_a_months_report_stays_unread(title, column):
    """Under a year or a quarter, where "Cộng dồn" starts is not said: unread as on main."""
    got = _monthly([column, "Cộng dồn"], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 4, 21], title=title)
    assert 21 not in taken(got).values(), taken(got)


def test_probe_a_bare_luy_ke_in_a_months_report_is_no_flows_stock():
    """Changed openly by wrong53: a bare "Lũy kế" beside the month with nothing saying where it starts was stored as
    the products still recognised at 31/8 (21 recognised in some span): now set aside, saying why
    (tests/test_ingest_wrong53_classes.py)."""
    got = _monthly(["Thực hiện tháng 8", "Lũy kế"], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 4, 21])
    assert taken(got) == {(SON_LA, "34", "ocop_products", "2025-08", "actual"): 4}, taken(got)


# --- 4. "Cùng kỳ" in a month's report: the month or the year to date, from the report's own columns ----------------

def _same(columns: list, province: str = "Sơn La"):
    return examine(head(province, "BÁO CÁO KẾT QUẢ CÔNG TÁC THÁNG 8 NĂM 2025")
                   + [["TT", "Nội dung", "ĐVT", *columns],
                      ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 4, 21, 19][:3 + len(columns)]], name="report.xlsx")


def _periods(got) -> dict:
    return {k[3]: v for k, v in taken(got).items()}


@pytest.mark.parametrize("columns", [["Tháng 8/2025", "Lũy kế 8 tháng năm 2025", "Cùng kỳ 2024"],
                                     ["Thực hiện tháng 8", "Lũy kế 8 tháng", "Cùng kỳ năm trước"],
                                     ["Tháng 8/2025", "Cộng dồn", "Cùng kỳ năm trước"]])
def test_the_same_period_beside_a_running_total_is_last_years_running_total(columns):
    """WRONG: "Tháng 8/2025 | Lũy kế 8 tháng năm 2025 | Cùng kỳ 2024" in Sơn La's report on August 2025: "Cùng kỳ" (19,
    the eight months of 2024 beside the eight of 2025) was stored as August 2024. Beside a running total from January it
    is that span a year earlier, as beside "Lũy kế từ đầu năm" (probe36)."""
    assert _periods(_same(columns)) == {"2025-08": 4, "2025-01/2025-08": 21, "2024-01/2024-08": 19}


def test_the_same_period_beside_the_running_total_alone_is_last_years_running_total():
    """WRONG: "Lũy kế 8 tháng năm 2025 | Cùng kỳ 2024": January–August 2024's 21 stored as August 2024."""
    assert _periods(_same(["Lũy kế 8 tháng năm 2025", "Cùng kỳ 2024"])) == {"2025-01/2025-08": 4, "2024-01/2024-08": 21}


def test_the_same_period_beside_the_month_and_an_unnamed_span_is_set_aside():
    """WRONG: "Tháng 8/2025 | 8 tháng năm 2025 | Cùng kỳ 2024": the month's or the eight months' — no one can tell;
    stored as August 2024. Set aside, saying so."""
    got = _same(["Tháng 8/2025", "8 tháng năm 2025", "Cùng kỳ 2024"])
    assert _periods(got) == {"2025-08": 4, "2025-01/2025-08": 21}
    assert "không rõ là cùng kỳ của kỳ nào" in reasons(got), reasons(got)


@pytest.mark.parametrize("columns, expected", [
    (["Tháng 8/2025", "Cùng kỳ 2024"], {"2025-08": 4, "2024-08": 21}),
    (["Thực hiện tháng 8", "Lũy kế từ đầu năm", "Cùng kỳ năm trước"],
     {"2025-08": 4, "2025-01/2025-08": 21, "2024-01/2024-08": 19}),
    (["Tháng 8/2025", "Lũy kế 8 tháng năm 2025", "Cùng kỳ năm 2024 (tháng 8)"],
     {"2025-08": 4, "2025-01/2025-08": 21, "2024-08": 19})])
def test_probe_the_same_period_whose_span_is_said_reads_as_before(columns, expected):
    assert _periods(_same(columns)) == expected


def test_probe_the_merged_provinces_same_period_of_its_former_provinces_stays_unstored():
    """Khánh Hòa's "Cùng kỳ 2024 (2 tỉnh cũ)" is the former provinces' together: no one's, as on main."""
    got = _same(["Tháng 8/2025", "Lũy kế 8 tháng năm 2025", "Cùng kỳ 2024 (2 tỉnh cũ)"], "Khánh Hòa")
    assert _periods(got) == {"2025-08": 4, "2025-01/2025-08": 21}

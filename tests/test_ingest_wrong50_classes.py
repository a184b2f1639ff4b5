"""wrong50 (issue #8, "a wrong number is worse than a missing one"): readings that stored a wrong number (or refused an
honest file) on main — a region's compilation told only by its sheet's name stored as the sender's, a column of the
share of the plan reached over a rate's row read as a second plan, a years-as-rows table's "+/- 2026 so 2025" row
refusing the whole file, and Kon Tum's "Số người làm công tác nghiên cứu" (the researchers) unread — each with the
smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is) and the honest
neighbours that must keep reading the same."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, examine_book, facts, head, reasons, taken

NGHE_AN, DAK_LAK, KHANH_HOA, KON_TUM = "40", "66", "56", "62"
COUNT = ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"]
ACCEPTED = ["1", "Số nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ"]
OCOP = ["2", "Sản phẩm OCOP được công nhận", "sản phẩm"]
REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"


# --- 1. a region's compilation told only by the sheet's name -----------------------------------------------------------

def _sheet(sheet: str, province: str = "Nghệ An", title: str = REPORT_2024, *rows: list):
    """`province`'s department over one "Số lượng" column (30 tasks accepted), on a sheet named `sheet`."""
    return examine(head(province, title) + [COUNT, ACCEPTED + [30], *rows], name="report.xlsx", title=sheet)


@pytest.mark.parametrize("sheet, province", [
    ("Tây Nguyên", "Đắk Lắk"), ("Tay Nguyen", "Đắk Lắk"), ("Vùng Tây Nguyên", "Đắk Lắk"),
    ("Vung DHNTB", "Khánh Hòa"), ("DHNTB 2024", "Khánh Hòa"), ("Bắc Trung Bộ", "Nghệ An"),
    ("Vùng BTB", "Nghệ An"), ("Toàn vùng", "Nghệ An"), ("Toan vung 2024", "Nghệ An"), ("Tổng hợp vùng", "Nghệ An"),
    ("Cả vùng", "Đắk Lắk"), ("Khu vực Tây Nguyên", "Đắk Lắk"), ("ĐBSCL", "Nghệ An")])
def test_a_regions_sheet_under_one_department_is_no_senders(sheet, province):
    """WRONG: the department of Đắk Lắk's report, its sheet named "Tây Nguyên" (or "Vung DHNTB", "Toàn vùng", "Bắc
    Trung Bộ") and the title naming no one's figures: the region's sum was stored as the sender's 2024 figure. The
    sheet's name says whose, as a title line would: the region's together, no province's — set aside saying so."""
    got = _sheet(sheet, province)
    assert facts(got) == {}, facts(got)
    assert "nêu nhiều tỉnh" in reasons(got), reasons(got)


@pytest.mark.parametrize("sheet", ["Tây Nguyên", "Toàn vùng"])
def test_a_regions_sheet_under_a_title_naming_only_the_sender_is_no_senders(sheet):
    """The title naming only the sender ("BÁO CÁO CỦA SỞ KH&CN TỈNH ĐẮK LẮK") says who writes, not whose figures."""
    got = examine([["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐẮK LẮK"], [MARK], ["SỐ LIỆU KH&CN NĂM 2024"], [], COUNT,
                   ACCEPTED + [30]], name="report.xlsx", title=sheet)
    assert facts(got) == {}, facts(got)


@pytest.mark.parametrize("sheet, want", [
    # a sheet named after the sender or another province: that province's, as before
    ("Nghệ An", NGHE_AN), ("Nghe An 2024", NGHE_AN), ("Biểu 01", NGHE_AN), ("Hà Tĩnh", "42"),
    # one province named beside its region: its own figures
    ("Nghệ An - BTB", NGHE_AN), ("Nghệ An (vùng BTB)", NGHE_AN),
    # a meeting, a comparison, or no region by its name: the sender's, as before
    ("Giao ban vùng", NGHE_AN), ("So sánh vùng", NGHE_AN), ("Vùng dân tộc thiểu số", NGHE_AN),
    ("Hội nghị giao ban BTB", NGHE_AN), ("Vùng nguyên liệu", NGHE_AN)])
def test_probe_a_sheet_named_after_a_province_or_no_region_reads_as_before(sheet, want):
    assert taken(_sheet(sheet)) == {(want, "63", "tasks_accepted", "2024", "actual"): 30}


def test_a_regions_sheet_under_a_title_naming_the_senders_province_is_not_guessed():
    """"SỐ LIỆU KH&CN TỈNH ĐẮK LẮK NĂM 2024" under Đắk Lắk's department on a sheet named "Tây Nguyên": the title names
    the sender as any department's does, the sheet the region — whose figures they are is not clear: set aside, never
    stored as Đắk Lắk's (it was)."""
    got = _sheet("Tây Nguyên", "Đắk Lắk", "SỐ LIỆU KH&CN TỈNH ĐẮK LẮK NĂM 2024")
    assert facts(got) == {}, facts(got)


def test_probe_a_regions_sheet_with_each_provinces_column_gives_each_its_own():
    got = examine(head("Nghệ An", REPORT_2024) + [["STT", "Chỉ tiêu", "ĐVT", "Nghệ An", "Hà Tĩnh", "Toàn vùng"],
                                                  ACCEPTED + [30, 20, 50]], name="report.xlsx", title="Bắc Trung Bộ")
    assert taken(got) == {(NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 30,
                          ("42", "63", "tasks_accepted", "2024", "actual"): 20}


def test_probe_a_regions_sheet_with_each_provinces_row_gives_each_its_own():
    got = examine(head("Đắk Lắk", REPORT_2024) + [["STT", "Tỉnh", "Nhiệm vụ KH&CN được nghiệm thu"],
                                                  [None, None, "nhiệm vụ"], ["1", "Đắk Lắk", 30], ["2", "Gia Lai", 20],
                                                  ["Tổng cộng", None, 50]], name="report.xlsx", title="Tây Nguyên")
    assert taken(got) == {(DAK_LAK, "63", "tasks_accepted", "2024", "actual"): 30,
                          ("64", "63", "tasks_accepted", "2024", "actual"): 20}


def test_a_workbooks_region_sheet_beside_the_senders_own_is_set_aside_alone():
    """WRONG: "Đắk Lắk" (the sender's own, 30) and "Tây Nguyên" (the region's, 140) sheets: the region's 140 stored
    as Đắk Lắk's too — two values of one fact, the honest workbook refused. The region's sheet alone is set aside."""
    got = examine_book({"Đắk Lắk": head("Đắk Lắk", REPORT_2024) + [COUNT, ACCEPTED + [30]],
                        "Tây Nguyên": head("Đắk Lắk", REPORT_2024) + [COUNT, ACCEPTED + [140]]}, name="report.xlsx")
    assert taken(got) == {(DAK_LAK, "63", "tasks_accepted", "2024", "actual"): 30}


# --- 2. the share of the plan reached over a rate's row ------------------------------------------------------------

ENTERPRISES = "Số doanh nghiệp được hỗ trợ hoạt động KH&CN"
RATE = "Tỷ lệ TTHC cung cấp DVC trực tuyến toàn trình (%)"


def _plan_columns(*headers: str, values=((50, 47, 94), (90, 92.5, 102.8))):
    """Nghệ An's 2026 report: enterprises supported and the share of procedures fully online under `headers`."""
    return examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2026")
                   + [["STT", "Chỉ tiêu", "ĐVT", *headers], ["1", ENTERPRISES, "Doanh nghiệp", *values[0]],
                      ["2", RATE, "%", *values[1]]], name="report.xlsx")


PLAN_AND_ACTUAL = {("enterprises_supported", "plan", 50), ("enterprises_supported", "actual", 47),
                   ("tthc_level4_rate", "plan", 90), ("tthc_level4_rate", "actual", 92.5)}


@pytest.mark.parametrize("ratio", ["Tỷ lệ đạt KH 2026 (%)", "Tỷ lệ đạt KH (%)", "Tỷ lệ đạt KH năm 2026 (%)",
                                   "Tỷ lệ đạt kế hoạch 2026 (%)", "Tỷ lệ thực hiện KH 2026 (%)", "% đạt KH 2026",
                                   "Tỷ lệ % đạt KH 2026", "Tỷ lệ đạt KH giao 2026 (%)", "Tỷ lệ đạt KH"])
def test_the_share_of_the_plan_reached_is_no_plan_nor_actual(ratio):
    """REFUSED: "Kế hoạch 2026 | Thực hiện 2026 | Tỷ lệ đạt KH 2026 (%)" over the rate's row "… toàn trình (%) | 90 |
    92,5 | 102,8": the ratio read as a second plan (or actual) of the rate, the honest file refused as two values. A
    ratio whatever the row is: set aside, the plan and the actual read."""
    got = _plan_columns("Kế hoạch 2026", "Thực hiện 2026", ratio)
    assert {(i, m, v) for (_, _, i, _, m), v in taken(got).items()} == PLAN_AND_ACTUAL


@pytest.mark.parametrize("ratio", ["Tỷ lệ đạt KH 2026 (%)", "Tỷ lệ thực hiện KH 2026 (%)", "% đạt KH 2026"])
def test_the_share_of_the_plan_reached_without_the_plan_is_stored_as_nothing(ratio):
    """WRONG: "Thực hiện 2026 | Tỷ lệ đạt KH 2026 (%)" alone: 102,8 % was stored as the rate's PLAN for 2026."""
    got = _plan_columns("Thực hiện 2026", ratio, values=((47, 94), (92.5, 102.8)))
    assert {(i, m, v) for (_, _, i, _, m), v in taken(got).items()} == {
        ("enterprises_supported", "actual", 47), ("tthc_level4_rate", "actual", 92.5)}


@pytest.mark.parametrize("header, measure", [("Kế hoạch 2026", "plan"), ("KH 2026", "plan"),
                                             ("Kế hoạch giao 2026", "plan"), ("Chỉ tiêu KH 2026", "plan"),
                                             ("Thực hiện KH 2026", "actual"), ("TH 2026", "actual")])
def test_probe_plan_and_actual_columns_read_as_before(header, measure):
    """A plan's or an actual's own column ("KH 2026", "Thực hiện KH 2026") over the rate's row is its figure."""
    got = _plan_columns(header, values=((50,), (90,)))
    assert {(i, m, v) for (_, _, i, _, m), v in taken(got).items()} == {
        ("enterprises_supported", measure, 50), ("tthc_level4_rate", measure, 90)}


# --- 3. a difference row under the years of a years-as-rows table -------------------------------------------------

def _years(label: str, years=("2025", "2026"), header: str = "Năm"):
    """Nghệ An's OCOP products and enterprises supported by year down the rows, then `label`'s row (6 and 7)."""
    return examine(head("Nghệ An", "MỘT SỐ CHỈ TIÊU KH&CN NĂM 2025-2026")
                   + [[header, "Sản phẩm OCOP được công nhận", ENTERPRISES], [years[0], 30, 40], [years[1], 36, 47],
                      [label, 6, 7]], name="report.xlsx")


YEARS = {("ocop_products", "2025", 30), ("ocop_products", "2026", 36), ("enterprises_supported", "2025", 40),
         ("enterprises_supported", "2026", 47)}


@pytest.mark.parametrize("label", ["+/- 2026 so 2025", "+/-", "(+/-)", "2026 so 2025 (+/-)", "Năm 2026 so 2025",
                                   "2026 so 2025"])
@pytest.mark.parametrize("years", [("2025", "2026"), ("Năm 2025", "Năm 2026")])
def test_a_difference_under_the_years_is_set_aside_and_the_years_read(label, years):
    """REFUSED: "+/- 2026 so 2025 | 6 | 7" under "2025 | 30 | 40" and "2026 | 36 | 47": the whole honest file refused
    ("không đọc được kỳ"). The row is a difference: set aside alone (wrong49's rule for a tidy row), the years read."""
    got = _years(label, years)
    assert {(i, p, v) for (_, _, i, p, _), v in taken(got).items()} == YEARS
    assert label in reasons(got), reasons(got)


@pytest.mark.parametrize("label", ["Tăng/giảm 2026 so với 2025", "Tăng/giảm 2026 so 2025", "Chênh lệch 2026-2025",
                                   "+/- so với 2025", "+/- 2026 so với 2025", "2026 so với 2025", "2026/2025",
                                   "± 2026/2025", "Tăng (+)/giảm (-)", "Năm 2026 so năm 2025"])
def test_probe_differences_already_set_aside_stay_so(label):
    assert {(i, p, v) for (_, _, i, p, _), v in taken(_years(label)).items()} == YEARS


@pytest.mark.parametrize("label, period", [("2024", "2024"), ("Giai đoạn 2021-2024", "2021/2024"),
                                           ("2021-2024", "2021/2024")])
def test_probe_a_third_years_row_reads_as_before(label, period):
    got = {(i, p, v) for (_, _, i, p, _), v in taken(_years(label)).items()}
    assert got == YEARS | {("ocop_products", period, 6), ("enterprises_supported", period, 7)}


@pytest.mark.parametrize("period", ["+/- 2026 so 2025", "2026 so 2025 (+/-)", "Năm 2026 so 2025"])
def test_a_tidy_rows_difference_with_a_sign_is_set_aside_and_the_rest_read(period):
    """REFUSED: a tidy row whose period is "+/- 2026 so 2025" refused the whole file, as wrong49's "Chênh lệch"."""
    got = examine([[MARK], ["Tỉnh/thành phố", "Kỳ báo cáo", "Chỉ tiêu", "Đơn vị tính", "Giá trị"],
                   ["Cần Thơ", "Năm 2025", ENTERPRISES, "Doanh nghiệp", 40],
                   ["Cần Thơ", "Năm 2026", ENTERPRISES, "Doanh nghiệp", 47],
                   ["Cần Thơ", period, ENTERPRISES, "Doanh nghiệp", 7]], name="cantho_2025_2026.xlsx")
    assert {(p, v) for (_, _, i, p, _), v in taken(got).items()} == {("2025", 40), ("2026", 47)}


# --- 4. Kon Tum's researchers ------------------------------------------------------------------------------------

def _researchers(label: str):
    """Kon Tum's 2024 report: the OCOP products, then `label` with 412 people."""
    return examine(head("Kon Tum", REPORT_2024) + [COUNT[:3] + ["Năm 2024"], OCOP + [30], ["3", label, "người", 412]],
                   name="report.xlsx")


@pytest.mark.parametrize("label", ["Số người làm công tác nghiên cứu", "Người làm công tác nghiên cứu",
                                   "Số người làm công tác nghiên cứu (người)",
                                   "Số người trực tiếp làm công tác nghiên cứu", "Số người làm nghiên cứu (đến 31/12)"])
def test_kon_tums_people_doing_research_are_the_researchers(label):
    """LOST: Kon Tum's "Số người làm công tác nghiên cứu | người | 412" (people doing research work: the researchers;
    batches 72 and 74, the former Lâm Đồng's "Số người làm nghiên cứu (đến 31/12)" too) was only suggested, never
    read."""
    got = _researchers(label)
    assert {k[2]: v for k, v in taken(got).items()} == {"ocop_products": 30, "researchers": 412}


@pytest.mark.parametrize("label", ["Số nhà khoa học được tôn vinh", "Số nhà khoa học trẻ", "Nhà khoa học đầu ngành",
                                   "Số nhà khoa học trẻ tài năng", "Số người làm công tác nghiên cứu được tôn vinh",
                                   "Số người làm công tác nghiên cứu thị trường",
                                   "Số người làm công tác nghiên cứu là nữ"])
def test_probe_near_misses_of_the_researchers_stay_unread(label):
    """Scientists honoured, young scientists, leading scientists: no count of the researchers (near misses)."""
    got = _researchers(label)
    assert "researchers" not in {k[2] for k in facts(got)}, facts(got)


@pytest.mark.parametrize("label", ["Số người làm công tác nghiên cứu khoa học", "Số người làm nghiên cứu khoa học",
                                   "Số người tham gia nghiên cứu khoa học", "Số cán bộ nghiên cứu khoa học"])
def test_probe_the_researchers_read_as_before(label):
    assert {k[2]: v for k, v in taken(_researchers(label)).items()} == {"ocop_products": 30, "researchers": 412}


@pytest.mark.parametrize("label", ["Số người nghiên cứu khoa học được tôn vinh", "Người làm công tác nghiên cứu khoa học trẻ",
                                   "Số người làm công tác nghiên cứu khoa học đạt giải thưởng",
                                   "Số người nghiên cứu khoa học được khen thưởng"])
def test_a_selection_of_the_researchers_is_no_count_of_them(label):
    """WRONG: "Số người nghiên cứu khoa học được tôn vinh | 412" (those honoured, young or awarded: a selection) was
    stored as every researcher of Kon Tum at the end of 2024."""
    got = _researchers(label)
    assert "researchers" not in {k[2] for k in facts(got)}, facts(got)

"""Wrong numbers review29a found in the rules of blind53, blind55 and mend28b (issue #8: precision must
stay 1.00): reports a provincial office could send where a new rule fires but a person reads the figure
otherwise. Each class: the report that stored a wrong number, then probes where the fix must not fire (the
honest reading kept). Each report is built here, marked as test data, and read by `etl.ingest.examine` as
an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, MARK, examine, facts, head, taken

NGHE_AN, HA_TINH = "40", "42"
YEAR_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024"


def _row(label: str, unit: str, value, header: str = "Năm 2024"):
    """Nghệ An's report on 2024 with one row of one figure under `header`."""
    return examine(head("Nghệ An", YEAR_2024) + [H + [header], ["1", label, unit, value]])


# --- 1. "trong 1 năm" after the words of a length is how long each item lasts, not the year ---------------

@pytest.mark.parametrize("label", ["Nhiệm vụ KH&CN có thời gian thực hiện trong 1 năm",
                                   "Số nhiệm vụ KH&CN có thời hạn trong 01 năm",
                                   "Nhiệm vụ KH&CN thực hiện trong 1 năm"])
def test_tasks_lasting_one_year_are_not_every_task_managed(label):
    """"Nhiệm vụ KH&CN có thời gian thực hiện trong 1 năm | 12" under "Năm 2024" — the tasks lasting a year
    at most, a part — was stored as Nghệ An's 12 tasks managed in 2024 (mend28b's one-year rule; main set it
    aside as another span)."""
    got = facts(_row(label, "nhiệm vụ", 12))
    assert not any(k[2] == "tasks_managed" for k in got), (label, got)


@pytest.mark.parametrize("label", ["Sản phẩm OCOP được công nhận trong 1 năm", "Sản phẩm OCOP được công nhận trong một năm"])
def test_probe_one_year_beside_the_years_column_stays_that_year(label):
    assert taken(_row(label, "sản phẩm", 30)) == {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 30}


# --- 2. a caption over the labels names the table's topic, never whose figures they are ---------------------

def _captioned(caption: str, rows: list[list], province: str = "Hà Tĩnh", title: str = "Tình hình năm 2023 - 2024"):
    return examine(head(province, title) + [["", caption, "Năm 2023", "Năm 2024"], *rows])


TTHC_ROWS = [["1", "Tổng số TTHC", 120, 118], ["2", "Tỷ lệ hồ sơ tiếp nhận trực tuyến (%)", 50.1, 60.2]]
OCOP_ROWS = [["1", "Sản phẩm OCOP được công nhận", 3, 5]]


@pytest.mark.parametrize("caption, rows", [("Sở Y tế", TTHC_ROWS), ("Thủ tục hành chính của UBND huyện Thạch Hà", TTHC_ROWS),
                                           ("Huyện Thạch Hà", OCOP_ROWS), ("Thạch Hà", OCOP_ROWS),
                                           ("Tỉnh Nghệ An", OCOP_ROWS)])
def test_a_caption_naming_an_office_or_a_place_is_no_header_of_the_departments_table(caption, rows):
    """"Sở Y tế | Năm 2023 | Năm 2024" over "Tổng số TTHC | 120 | 118" was stored as the S&T department's
    procedures at the end of 2023 and 2024 and its share of dossiers online; "Huyện Thạch Hà" (or
    "Thạch Hà") over "Sản phẩm OCOP được công nhận | 3 | 5" a district's products as Hà Tĩnh's (blind53's
    caption over periods: any text over the labels was a caption)."""
    got = facts(_captioned(caption, rows))
    assert got == {}, (caption, got)


def test_probe_a_caption_naming_the_topic_stays_a_header():
    got = taken(_captioned("Thủ tục hành chính (cuối năm)", TTHC_ROWS))
    assert {(k[2], k[3]): v for k, v in got.items()} == {
        ("tthc_total", "2023-12-31"): 120, ("tthc_total", "2024-12-31"): 118,
        ("online_dossier_rate", "2023"): 50.1, ("online_dossier_rate", "2024"): 60.2}


# --- 3. rows under "Địa phương" naming regions are no districts of the title's province ----------------------

LOCALITIES = ["STT", "Địa phương", "Sản phẩm OCOP được công nhận"]
OCOP_2024 = "BÁO CÁO KẾT QUẢ CHƯƠNG TRÌNH OCOP NĂM 2024"


@pytest.mark.parametrize("rows", [
    [["1", "Bắc Trung Bộ và DHMT", 800], ["2", "Đồng bằng sông Hồng", 1200], ["", "Tổng cộng", 2000]],
    [["1", "Vùng Tây Nguyên", 300], ["2", "Vùng Đông Nam Bộ", 500], ["", "Tổng cộng", 800]],
    [["1", "Tây Nguyên", 300], ["2", "Đông Nam Bộ", 500], ["", "Cộng", 800]],
])
def test_regions_beside_a_total_are_not_the_provinces_districts(rows):
    """A comparison by region ("Bắc Trung Bộ và DHMT | 800", "Đồng bằng sông Hồng | 1.200", "Tổng cộng |
    2.000") under "Địa phương" in Hà Tĩnh's report: the total was stored as Hà Tĩnh's OCOP products (mend28b
    read any names beside a total as the title's province's districts). "Vùng …" was a region's whole
    already: kept as a probe."""
    got = facts(examine(head("Hà Tĩnh", OCOP_2024) + [LOCALITIES, *rows]))
    assert (HA_TINH, "63", "ocop_products", "2024", "actual") not in got, got


def test_probe_districts_without_their_kind_beside_the_total_stay_the_provinces():
    got = taken(examine(head("Hà Tĩnh", OCOP_2024) + [LOCALITIES, ["1", "Thạch Hà", 5], ["2", "Cẩm Xuyên", 7],
                                                      ["3", "Hương Sơn", 3], ["", "Tổng cộng", 15]]))
    assert got == {(HA_TINH, "63", "ocop_products", "2024", "actual"): 15}


# --- 4. one school or fiscal year beside a calendar year's column is no part of it -------------------------

@pytest.mark.parametrize("label", ["Sáng kiến được công nhận trong 1 năm học", "Sáng kiến được công nhận trong một năm học",
                                   "Sáng kiến được công nhận trong 1 năm tài chính"])
def test_one_school_or_fiscal_year_is_not_the_calendar_year(label):
    """"Sáng kiến được công nhận trong 1 năm học | 30" under "Năm 2024" (a school year, September to May) was
    stored as Nghệ An's 30 initiatives recognized in 2024 (mend28b's one-year rule; main set it aside)."""
    got = facts(_row(label, "sáng kiến", 30))
    assert not any(k[2] == "initiatives_recognized" for k in got), (label, got)


def test_probe_one_year_of_initiatives_stays_that_year():
    assert taken(_row("Sáng kiến được công nhận trong 1 năm", "sáng kiến", 30)) == {
        (NGHE_AN, "63", "initiatives_recognized", "2024", "actual"): 30}


# --- 5. rows of the provinces' departments give only the departments' own indicators ----------------------

REGION = [["BỘ KHOA HỌC VÀ CÔNG NGHỆ - VĂN PHÒNG BỘ"], [MARK], ["Tổng hợp số liệu của các Sở KH&CN năm 2024"], []]


def test_the_provinces_departments_as_rows_give_no_province_wide_figure():
    """"Sở KH&CN tỉnh | Chi ngân sách nhà nước cho KH&CN (tỷ đồng) | Sản phẩm OCOP được công nhận" over
    "Tuyên Quang | 45 | 12", "Lào Cai | 50 | 20": each department's own share was stored as the province's S&T
    budget and OCOP products of 2024 (blind53 read the departments' column as any province column)."""
    r = examine(REGION + [["STT", "Sở KH&CN tỉnh", "Chi ngân sách nhà nước cho KH&CN (tỷ đồng)", "Sản phẩm OCOP được công nhận"],
                          ["1", "Tuyên Quang", 45, 12], ["2", "Lào Cai", 50, 20]])
    assert facts(r) == {}
    assert any("riêng của Sở KH&CN" in i.reason_vi for i in r.ignored)


def test_probe_the_departments_own_indicators_and_a_plain_province_column_stay_read():
    r = examine(REGION + [["STT", "Sở KH&CN tỉnh", "Số TTHC của Sở", "Chi ngân sách nhà nước cho KH&CN (tỷ đồng)"],
                          ["1", "Tuyên Quang", 74, 45], ["2", "Lào Cai", 77, 50]])
    assert {(k[0], k[2]): v for k, v in facts(r).items()} == {("08", "tthc_total"): 74, ("10", "tthc_total"): 77}
    r = examine(REGION + [["STT", "Tỉnh", "Chi ngân sách nhà nước cho KH&CN (tỷ đồng)"], ["1", "Tuyên Quang", 45],
                          ["2", "Lào Cai", 50]])
    assert {(k[0], k[2]): v for k, v in taken(r).items()} == {("08", "st_budget"): 45, ("10", "st_budget"): 50}


# --- 6. a report on what was done, dated by its cut-off, counts grants over its span -----------------------

GRANTED = [["1", "Nhãn hiệu tập thể được cấp văn bằng bảo hộ", "nhãn hiệu", 5], ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 12]]
VINH_LONG = "86"


def _granted(title: str) -> dict:
    return facts(examine(head("Vĩnh Long", title) + [["STT", "Chỉ tiêu", "ĐVT", "Số lượng"]] + GRANTED))


@pytest.mark.parametrize("title", ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG SỞ HỮU TRÍ TUỆ (số liệu tính đến 30/9/2025)",
                                   "KẾT QUẢ THỰC HIỆN NHIỆM VỤ KH&CN ĐẾN 30/6/2025"])
def test_marks_granted_in_a_report_on_what_was_done_are_no_stock(title):
    """"Nhãn hiệu tập thể được cấp văn bằng bảo hộ | 5" under "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG SỞ HỮU TRÍ TUỆ (số liệu
    tính đến 30/9/2025)" — the marks granted this year, the OCOP products beside read as January–September's —
    was stored as every collective mark of Vĩnh Long at 30/9/2025 (blind55's title-dated stock)."""
    got = _granted(title)
    assert not any(k[2] == "ip_collective_marks" for k in got), got
    assert any(k[2] == "ocop_products" for k in got), got


def test_probe_marks_granted_under_an_inventorys_cut_off_stay_the_stock():
    got = _granted("TÀI SẢN TRÍ TUỆ VÀ SẢN PHẨM OCOP TÍNH ĐẾN 31/12/2025")
    assert got.get((VINH_LONG, "34", "ip_collective_marks", "2025-12-31", "actual")) == 5


# --- 7. a total of procedures by field is the department's only when every field is its own ---------------

def test_the_provinces_procedures_by_field_are_not_the_departments():
    """"Lĩnh vực | Số TTHC | Tỷ lệ hồ sơ trực tuyến (%)" over "Tư pháp | 120", "Y tế | 50", "Giáo dục | 69",
    "Tổng cộng | 239 | 55,0" (the province's procedures by field): 239 stored as the S&T department's
    procedures at the end of 2024 and 55,0 % as its share of dossiers online (blind53's 'Lĩnh vực'); likewise
    with "Khoa học và công nghệ" one field among "Đất đai", "Xây dựng"."""
    for rows in ([["1", "Tư pháp", 120, 40.0], ["2", "Y tế", 50, 60.0], ["3", "Giáo dục", 69, 70.0], ["", "Tổng cộng", 239, 55.0]],
                 [["1", "Đất đai", 120, 40.0], ["2", "Xây dựng", 50, 60.0], ["3", "Khoa học và công nghệ", 69, 95.0],
                  ["", "Tổng cộng", 239, 55.0]]):
        got = facts(examine(head("Hà Tĩnh", "Thống kê TTHC theo lĩnh vực năm 2024")
                            + [["STT", "Lĩnh vực", "Số TTHC", "Tỷ lệ hồ sơ trực tuyến (%)"], *rows]))
        assert got == {}, got


def test_probe_the_departments_procedures_by_its_own_fields_keep_their_total():
    got = taken(examine(head("Hà Tĩnh", "Chi tiết TTHC năm 2024")
                        + [["STT", "Lĩnh vực", "Số TTHC"], ["1", "Hoạt động khoa học và công nghệ", 21],
                           ["2", "Tiêu chuẩn đo lường chất lượng", 24], ["3", "Sở hữu trí tuệ", 23],
                           ["4", "Viễn thông và Internet", 10], ["", "Tổng cộng", 78]]))
    assert got == {(HA_TINH, "63", "tthc_total", "2024-12-31", "actual"): 78}


# --- 8. the department's table by its own units is no table of every office (lost) -------------------------

def test_the_departments_procedures_by_its_own_units_keep_their_total():
    """"Văn phòng Sở | 10", "Chi cục Tiêu chuẩn Đo lường Chất lượng | 30", "Phòng Quản lý KH&CN | 28", "Tổng cộng
    | 68 | 88,0": Hà Tĩnh's department's procedures by its own units, read on main, were refused once blind53
    took "Văn phòng …" for another office of the province."""
    got = taken(examine(head("Hà Tĩnh", "Thủ tục hành chính của Sở năm 2024")
                        + [["STT", "Đơn vị", "Tổng số TTHC", "Tỷ lệ hồ sơ trực tuyến (%)"], ["1", "Văn phòng Sở", 10, 90.0],
                           ["2", "Chi cục Tiêu chuẩn Đo lường Chất lượng", 30, 80.0], ["3", "Phòng Quản lý KH&CN", 28, 85.0],
                           ["", "Tổng cộng", 68, 88.0]]))
    assert got == {(HA_TINH, "63", "tthc_total", "2024-12-31", "actual"): 68,
                   (HA_TINH, "63", "online_dossier_rate", "2024", "actual"): 88.0}


def test_probe_the_provinces_offices_with_their_offices_stay_unread():
    got = facts(examine(head("Hà Tĩnh", "Thống kê TTHC năm 2024")
                        + [["STT", "Đơn vị", "Tổng số TTHC", "Tỷ lệ hồ sơ trực tuyến (%)"], ["1", "Văn phòng UBND tỉnh", 10, 90.0],
                           ["2", "Sở Y tế", 130, 60.0], ["", "Tổng cộng", 140, 62.0]]))
    assert got == {}, got

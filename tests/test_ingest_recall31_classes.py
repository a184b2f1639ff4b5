"""recall31 (issue #8, recall at first sight): honest reports refused whole for one column or one heading,
though a statistician reads them at a glance — each class with the smallest realistic report
(tests/fixtures/reports.py, marked as test data, read by `etl.ingest.examine` as an upload is), and beside
it the near misses that must stay set aside or refused (precision first: never a wrong number for a found
one)."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import OCOP_ROW, TASKS_ACCEPTED_ROW, examine, facts, head, reasons, table, taken

NGHE_AN, HA_TINH = "40", "42"
TUYEN_QUANG, HA_GIANG = "08", "02"
GIA_LAI_NEW, GIA_LAI_OLD, BINH_DINH = "52", "64", "52"
REPORT_2025 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025"


# --- 1a. a former province's column in the merged province's report is its share, not a refusal ---------

@pytest.mark.parametrize("former", ["Năm 2025 (Hà Giang cũ)", "Năm 2025 Hà Giang (cũ)", "Hà Giang (cũ)"])
def test_a_former_provinces_column_after_the_merger_is_set_aside_the_rest_read(former):
    """LOST: the new Tuyên Quang's 2025 report "Năm 2024 | Năm 2025 | Năm 2025 (Hà Giang cũ)" was refused
    whole ("Hà Giang đã sáp nhập vào Tuyên Quang …; số liệu kỳ Năm 2025 phải báo cáo theo tỉnh Tuyên
    Quang (mới)"): the column is the former Hà Giang's share of the new province's 2025 — set aside with
    that reason, the province's own 2025 read."""
    result = table(OCOP_ROW + [30, 40, 12], TASKS_ACCEPTED_ROW + [20, 25, 8], title=REPORT_2025,
                   columns=("Năm 2024", "Năm 2025", former), province="Tuyên Quang", name="report.xlsx")
    got = taken(result)
    assert got == {(TUYEN_QUANG, "34", "ocop_products", "2025", "actual"): 40,
                   (TUYEN_QUANG, "34", "tasks_accepted", "2025", "actual"): 25}
    assert sum("phần của địa bàn tỉnh cũ" in i.reason_vi for i in result.ignored) == 2, reasons(result)


def test_probe_a_former_provinces_own_report_after_the_merger_is_still_refused():
    """The same column under Hà Giang's own heading ("UBND TỈNH HÀ GIANG", a province that ended on 30/6/2025
    reporting 2025): no merged province's report holds it as a share — refused as before (province_frame)."""
    result = table(OCOP_ROW + [12], title=REPORT_2025, columns=("Năm 2025 (Hà Giang cũ)",), province="Hà Giang",
                   name="report.xlsx")
    assert not result.accepted and {p.rule for p in result.problems} == {"province_frame"}


def test_probe_a_province_merged_elsewhere_stays_refused():
    """"Năm 2025 (Bắc Kạn cũ)" in the new Tuyên Quang's report: Bắc Kạn joined Thái Nguyên, not Tuyên Quang —
    no share of the title's province: refused as before."""
    result = table(OCOP_ROW + [40, 12], title=REPORT_2025, columns=("Năm 2025", "Năm 2025 (Bắc Kạn cũ)"),
                   province="Tuyên Quang", name="report.xlsx")
    assert not result.accepted and "province_frame" in {p.rule for p in result.problems}
    assert not facts(result)


def test_probe_a_former_provinces_column_before_the_merger_stays_its_own():
    """"Năm 2024 (Hà Giang cũ)" beside "Năm 2025" in the same report: the former Hà Giang's own 2024 (frame
    63), as probe37 read it — a share only after 1 July 2025."""
    got = taken(table(OCOP_ROW + [40, 12], title=REPORT_2025, columns=("Năm 2025", "Năm 2024 (Hà Giang cũ)"),
                      province="Tuyên Quang", name="report.xlsx"))
    assert got == {(TUYEN_QUANG, "34", "ocop_products", "2025", "actual"): 40,
                   (HA_GIANG, "63", "ocop_products", "2024", "actual"): 12}


# --- 1b. the new Gia Lai's former provinces' columns, no whole beside them -------------------------------

@pytest.mark.parametrize("title, label", [(REPORT_2025, "Năm 2025"),
                                          ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 9 THÁNG NĂM 2025", "9 tháng đầu năm 2025")])
def test_former_provinces_columns_alone_after_the_merger_are_set_aside_not_refused(title, label):
    """LOST: the new Gia Lai's report on 2025 "Gia Lai (cũ) | Bình Định (cũ)" without a "Toàn tỉnh" column was
    refused whole (each former province "phải báo cáo theo tỉnh Gia Lai (mới)"). After 1 July 2025 each is
    its territory's share of the new province's figure, no province's: set aside with that reason — never
    summed into the new province's (a sum a person did not write)."""
    result = table(OCOP_ROW + [30, 40], TASKS_ACCEPTED_ROW + [20, 25], title=title,
                   columns=("Gia Lai (cũ)", "Bình Định (cũ)"), province="Gia Lai", name="report.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    assert facts(result) == {}
    shares = [i for i in result.ignored if "phần của địa bàn tỉnh cũ" in i.reason_vi]
    assert len(shares) == 4 and all(label in i.reason_vi for i in shares), reasons(result)
    # a row whose figures were set aside is not "no data"
    assert "Không có số liệu" not in reasons(result)


def test_former_provinces_columns_before_the_merger_are_their_own():
    """The same columns under the new Gia Lai's report on the first half of 2025 (before 1 July): each
    former province's own figure in frame 63, as README's frames read "(cũ)" columns."""
    got = taken(table(OCOP_ROW + [30, 40], title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 6 THÁNG ĐẦU NĂM 2025",
                      columns=("Gia Lai (cũ)", "Bình Định (cũ)"), province="Gia Lai", name="report.xlsx"))
    assert got == {(GIA_LAI_OLD, "63", "ocop_products", "2025-S1", "actual"): 30,
                   (BINH_DINH, "63", "ocop_products", "2025-S1", "actual"): 40}


# --- 1c. preliminary, adjusted, final: the final is the figure ---------------------------------------------

@pytest.mark.parametrize("columns", [("Sơ bộ", "Điều chỉnh", "Chính thức"), ("Điều chỉnh", "Chính thức"),
                                     ("Số liệu sơ bộ năm 2024", "Số liệu điều chỉnh năm 2024",
                                      "Số liệu chính thức năm 2024")])
def test_the_final_beside_an_adjustment_and_a_preliminary_is_the_figure(columns):
    """LOST: "Năm 2024" over "Sơ bộ | Điều chỉnh | Chính thức" (a yearbook's three editions) was refused whole:
    the adjusted 32 and the final 33 read as two values of 2024. The final is the figure; the adjustment
    before it is set aside as the preliminary is, with its reason."""
    values = [30, 32, 33][-len(columns):]
    result = table(OCOP_ROW + values, title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024", columns=columns,
                   name="report.xlsx")
    assert taken(result) == {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 33}
    assert "không lấy số điều chỉnh trước đó" in reasons(result)


def test_probe_an_adjustment_after_the_final_or_a_plans_revision_is_no_final():
    """"Chính thức | Điều chỉnh" (an adjustment after the final, which words cannot rank) stores neither; a
    plan's revision "Kế hoạch điều chỉnh" between the preliminary and the final stays a plan."""
    got = facts(table(OCOP_ROW + [33, 35], title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024",
                      columns=("Chính thức", "Điều chỉnh"), name="report.xlsx"))
    assert not [k for k in got if k[4] == "actual"], got
    got = taken(table(OCOP_ROW + [30, 32, 33], title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024",
                      columns=("Sơ bộ", "Kế hoạch điều chỉnh", "Chính thức"), name="report.xlsx"))
    assert got == {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 33,
                   (NGHE_AN, "63", "ocop_products", "2024", "plan"): 32}


# --- 1d. "Lũy kế đến tháng 2" under the months: the year to February, never the file refused ------------

HT_HEAD = head("Hà Tĩnh", "THEO DÕI KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024")
MONTHS = [["Kỳ", "Sản phẩm OCOP được công nhận", "Nhiệm vụ KH&CN được nghiệm thu"], ["Tháng 1", 3, 2], ["Tháng 2", 4, 1]]


@pytest.mark.parametrize("to_date", ["Lũy kế đến tháng 2", "Lũy kế 2 tháng", "Lũy kế từ đầu năm đến tháng 2"])
def test_a_total_to_a_month_under_the_months_is_the_years_first_months(to_date):
    """LOST: months as rows under "… NĂM 2024" with "Lũy kế đến tháng 2 | 7 | 3" below them refused the whole
    file ("không đọc được kỳ"); it is January to February 2024, as the same words over a column are read."""
    got = taken(examine(HT_HEAD + MONTHS + [[to_date, 7, 3]]))
    assert got[(HA_TINH, "63", "ocop_products", "2024-01/2024-02", "actual")] == 7
    assert got[(HA_TINH, "63", "tasks_accepted", "2024-01/2024-02", "actual")] == 3
    assert got[(HA_TINH, "63", "ocop_products", "2024-02", "actual")] == 4
    assert len(got) == 6, got


@pytest.mark.parametrize("to_date", ["Lũy kế từ đầu năm", "Lũy kế", "Lũy kế từ năm 2019", "Lũy kế cùng kỳ",
                                     "Lũy kế đến tháng 2 (kế hoạch)"])
def test_probe_a_running_total_naming_no_month_is_set_aside_not_the_files_refusal(to_date):
    """A running total that names no month it runs to, a span over years, last year's or a plan's: no period
    of the row — never the year, never February; set aside with its reason, the months still read."""
    result = examine(HT_HEAD + MONTHS + [[to_date, 7, 3]])
    got = taken(result)
    assert set(got) == {(HA_TINH, "63", i, p, "actual") for i in ("ocop_products", "tasks_accepted")
                        for p in ("2024-01", "2024-02")}, got
    assert to_date in reasons(result)


# --- 2. batch 54: a crosstab of levels by status, the statuses named alone under the tasks' title ---------

HAI_PHONG = "31"
TASKS_2023 = "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KH&CN NĂM 2023"
LEVELS = [[1, "Cấp quốc gia", 3, 1, 4, 1], [2, "Cấp thành phố", 22, 9, 31, 8], [3, "Cấp cơ sở", 5, 4, 9, 3],
          [None, "Tổng cộng", 30, 14, 44, 12]]


def _crosstab(header: list, province: str = "Hải Phòng", city: bool = True, rows: list = LEVELS):
    return examine(head(province, TASKS_2023, city=city) + [header, *rows])


def test_a_crosstab_of_levels_by_status_gives_each_levels_part():
    """LOST: Hải Phòng's "TT | Cấp quản lý | Chuyển tiếp | Mở mới | Tổng số | Đã nghiệm thu" over its levels
    (batch 54: 18 facts of two years): only the total row was read — the statuses alone scored low and the
    level rows named nothing. Each status is read with the title's tasks, "Tổng số" right of the new and
    carried-over tasks is the tasks managed, "Cấp thành phố" the city's provincial level; a level the
    registry declares no part for (grassroots accepted) is set aside, named."""
    result = _crosstab(["TT", "Cấp quản lý", "Chuyển tiếp", "Mở mới", "Tổng số", "Đã nghiệm thu"])
    got = {k[2]: v for k, v in taken(result).items() if k[0] == HAI_PHONG and k[3] == "2023"}
    assert got == {"tasks_carried_over": 30, "tasks_new": 14, "tasks_managed": 44, "tasks_accepted": 12,
                   "tasks_carried_over_national": 3, "tasks_new_national": 1, "tasks_managed_national": 4,
                   "tasks_accepted_national": 1, "tasks_carried_over_provincial": 22, "tasks_new_provincial": 9,
                   "tasks_managed_provincial": 31, "tasks_accepted_provincial": 8, "tasks_managed_grassroots": 9}
    assert "theo “Cấp cơ sở”: không lấy ô này" in reasons(result)


def test_probe_a_total_beside_statuses_that_make_no_whole_is_unread():
    """"Chuyển tiếp | Đã nghiệm thu | Tổng số": the carried-over and the accepted tasks are no complete
    breakdown of anything — their "Tổng số" is never the tasks managed."""
    got = facts(_crosstab(["TT", "Cấp quản lý", "Chuyển tiếp", "Đã nghiệm thu", "Tổng số", "Ghi chú"],
                          rows=[[1, "Cấp quốc gia", 3, 1, 4, None], [None, "Tổng cộng", 30, 12, 42, None]]))
    assert not any(k[2].startswith("tasks_managed") for k in got), got
    assert got[(HAI_PHONG, "63", "tasks_carried_over", "2023", "actual")] == 30


def test_probe_a_city_level_outside_a_centrally_run_city_is_no_provincial_level():
    """"Cấp thành phố" in Nghệ An's crosstab is a district-level town's, never the provincial level."""
    got = facts(_crosstab(["TT", "Cấp quản lý", "Chuyển tiếp", "Mở mới", "Tổng số", "Đã nghiệm thu"],
                          province="Nghệ An", city=False))
    assert not any(k[2].endswith("_provincial") for k in got), got
    assert got[(NGHE_AN, "63", "tasks_managed_national", "2023", "actual")] == 4


def test_probe_a_fields_count_in_a_group_title_stays_a_part():
    """A list grouped "Lĩnh vực Khoa học xã hội và nhân văn (04 nhiệm vụ)" (batch 54's Nghệ An): the group's
    count is a part of the list, never the province's tasks managed."""
    got = facts(examine(head("Nghệ An", "DANH MỤC NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2023") + [
        ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cấp"],
        ["C", "Lĩnh vực Khoa học xã hội và nhân văn (04 nhiệm vụ)", None, None],
        [1, "Nghiên cứu văn hóa truyền thống dân tộc Thái", "Viện KHXH", "tỉnh"]]))
    assert not any(k[2] == "tasks_managed" for k in got), got

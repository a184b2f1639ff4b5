"""review31b (issue #8, precision 1.00): this session's new reading rules (recall31, wrong31, blind56) probed
with other reports a Sở KH&CN sends, before and after the 1 July 2025 merger — each report built here
(tests/fixtures/reports.py, marked as test data) and read by `etl.ingest.examine` as an upload is. First the
wrong numbers the probes found, then the neighbours that held."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import OCOP_ROW, TASKS_ACCEPTED_ROW, examine, facts, head, table, taken

NGHE_AN, HA_TINH, TUYEN_QUANG, GIA_LAI = "40", "42", "08", "52"
REPORT_2025 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025"


def _by_column(column: str) -> dict:
    """Nghệ An's 30 OCOP products and 20 tasks accepted under one column `column`: {(indicator, period,
    status): value}."""
    r = table(OCOP_ROW + [30], TASKS_ACCEPTED_ROW + [20], columns=(column,), name="report.xlsx")
    return {(i, p, st): v for i, p, st, v in zip(r.facts.indicator, r.facts.period, r.facts.status, r.facts.value)}


# --- 1. a year's note naming a month it is not the part of (wrong31's year notes) ------------------------

@pytest.mark.parametrize("column", ["Năm 2024 (báo cáo tháng 12)", "Năm 2024 (kỳ báo cáo tháng 12)",
                                    "Năm 2024 (cập nhật tháng 11)", "Năm 2024 (QĐ tháng 6)"])
def test_a_month_said_with_other_words_in_a_years_note_is_no_month(column):
    """WRONG: "Năm 2024 (báo cáo tháng 12)" over "Sản phẩm OCOP được công nhận | 30" was stored as December
    2024's 30 products (the note's month read as the column's part; "(QĐ tháng 6)" as June's): the note
    says when the year was reported, updated or decided, not a part — read as before wrong31, the year."""
    assert _by_column(column) == {("ocop_products", "2024", "reported"): 30.0,
                                  ("tasks_accepted", "2024", "reported"): 20.0}


@pytest.mark.parametrize("column", ["Năm 2024 (11 tháng, ước cả năm)", "Năm 2024 (TH 11 tháng + ước tháng 12)",
                                    "Năm 2024 (6 tháng đầu năm và ước cả năm)"])
def test_a_part_and_the_years_estimate_in_one_note_is_the_years_estimate(column):
    """WRONG: "Năm 2024 (TH 11 tháng + ước tháng 12)" was stored as December 2024's 30 products, "(11 tháng,
    ước cả năm)" as eleven months' actual: the year's estimate (eleven months done, December estimated), as
    "Thực hiện 11 tháng, ước cả năm 2024" is stored."""
    assert _by_column(column) == {("ocop_products", "2024", "estimated"): 30.0,
                                  ("tasks_accepted", "2024", "estimated"): 20.0}


@pytest.mark.parametrize("column, period", [("Năm 2024 (11 tháng)", "2024-01/2024-11"),
                                            ("Năm 2024 (ước 6 tháng cuối năm)", "2024-S2"),
                                            ("Năm 2024 (tháng 1-11)", "2024-01/2024-11"),
                                            ("Năm 2024 (T1-T11)", "2024-01/2024-11"),
                                            ("Năm 2024 (Quý III, IV)", "2024-S2"),
                                            ("Năm 2024 (số liệu đến tháng 11)", "2024-01/2024-11")])
def test_probe_a_note_naming_only_a_part_stays_that_part(column, period):
    assert {(i, p) for i, p, _ in _by_column(column)} == {("ocop_products", period), ("tasks_accepted", period)}


# --- 2. a total right of statuses of another year in a crosstab of levels (recall31) ---------------------

def _crosstab(statuses: tuple):
    n = len(statuses)
    return examine(head("Nghệ An", "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KH&CN NĂM 2024") + [
        ["TT", "Cấp quản lý", *statuses], ["1", "Cấp quốc gia", *range(1, 1 + n)],
        ["2", "Cấp tỉnh", *range(10, 10 + n)], ["3", "Cấp cơ sở", *range(20, 20 + n)],
        ["", "Tổng cộng", *range(31, 31 + 3 * n, 3)]])


@pytest.mark.parametrize("statuses", [("Chuyển tiếp từ năm trước", "Mở mới năm 2025", "Tổng số"),
                                      ("Chuyển tiếp", "Mở mới năm 2025", "Tổng số")])
def test_a_total_of_statuses_of_another_year_is_no_whole(statuses):
    """WRONG: "Chuyển tiếp | Mở mới năm 2025 | Tổng số" under "… NHIỆM VỤ KH&CN NĂM 2024" stored its
    "Tổng số" as Nghệ An's 37 tasks managed in 2024 (and 3, 12, 22 by level): a sum over 2025's new tasks."""
    assert not {k for k in facts(_crosstab(statuses)) if k[2].startswith("tasks_managed")}


def test_probe_the_statuses_total_of_the_titles_year_stays_the_tasks_managed():
    got = taken(examine(head("Nghệ An", "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KH&CN NĂM 2024") + [
        ["TT", "Cấp quản lý", "Chuyển tiếp", "Mở mới", "Tổng số", "Đã nghiệm thu"],
        ["1", "Cấp quốc gia", 1, 1, 2, 1], ["2", "Cấp tỉnh", 10, 5, 15, 6], ["3", "Cấp cơ sở", 5, 5, 10, 4],
        ["", "Tổng cộng", 16, 11, 27, 11]]))
    assert got[(NGHE_AN, "63", "tasks_managed", "2024", "actual")] == 27.0


@pytest.mark.parametrize("status", ["Dừng thực hiện", "Quá hạn chưa nghiệm thu", "Chưa nghiệm thu", "Gia hạn", "Thanh lý"])
def test_probe_a_status_of_no_indicator_among_the_statuses_gives_nothing(status):
    """"Quá hạn chưa nghiệm thu" read with the title is never the tasks accepted: the accepted stay the last
    column's (4 | 13 | 40), nothing else stored."""
    got = facts(_crosstab(("Chuyển tiếp", "Mở mới", status, "Đã nghiệm thu")))
    assert got[(NGHE_AN, "63", "tasks_accepted", "2024", "actual")] == 40.0
    assert {k[2].rsplit("_", 1)[0] if k[2].endswith(("_national", "_provincial")) else k[2] for k in got} == {
        "tasks_accepted", "tasks_carried_over", "tasks_new"}


# --- 3. former provinces' columns after the merger (recall31): the province's own column beside them -----

@pytest.mark.parametrize("province, former, code", [("Tuyên Quang", "Năm 2025 (Tuyên Quang cũ)", TUYEN_QUANG),
                                                    ("Tuyên Quang", "Năm 2025 (Hà Giang cũ, 6 tháng đầu năm)", TUYEN_QUANG),
                                                    ("Gia Lai", "Năm 2025 (Bình Định cũ)", GIA_LAI),
                                                    ("Gia Lai", "Năm 2025 (Gia Lai cũ)", GIA_LAI)])
def test_probe_the_merged_provinces_own_column_is_read_beside_a_former_ones(province, former, code):
    """"Năm 2025 | Năm 2025 (Tuyên Quang cũ)" in the new Tuyên Quang's report: the former territory of the
    same name is a share — set aside — the new province's own 30 and 20 read (refused before)."""
    got = taken(table(OCOP_ROW + [30, 12], TASKS_ACCEPTED_ROW + [20, 8], title=REPORT_2025,
                      columns=("Năm 2025", former), province=province, name="report.xlsx"))
    assert got == {(code, "34", "ocop_products", "2025", "actual"): 30, (code, "34", "tasks_accepted", "2025", "actual"): 20}


# --- 4. a running total among months (recall31): naming another year or last year's --------------------

@pytest.mark.parametrize("last", ["Lũy kế đến tháng 2 năm trước", "Lũy kế 2 tháng cùng kỳ năm trước",
                                  "Lũy kế đến tháng 2 so cùng kỳ (%)", "Lũy kế đến tháng 2 (kế hoạch)", "Lũy kế từ tháng 2"])
def test_probe_a_running_total_not_the_titles_first_months_is_never_stored_as_them(last):
    """"Lũy kế đến tháng 2 năm trước | 7 | 3" under the months of "… NĂM 2024": last year's — never 2024's
    first two months; the months themselves read."""
    got = facts(examine(head("Hà Tĩnh", "TÌNH HÌNH CÔNG NHẬN SẢN PHẨM OCOP NĂM 2024") + [
        ["Tháng", "Sản phẩm OCOP được công nhận", "Nhiệm vụ KH&CN được nghiệm thu"],
        ["Tháng 1", 3, 1], ["Tháng 2", 4, 2], [last, 7, 3]]))
    assert got == {(HA_TINH, "63", "ocop_products", "2024-01", "actual"): 3.0,
                   (HA_TINH, "63", "ocop_products", "2024-02", "actual"): 4.0,
                   (HA_TINH, "63", "tasks_accepted", "2024-01", "actual"): 1.0,
                   (HA_TINH, "63", "tasks_accepted", "2024-02", "actual"): 2.0}


# --- 5. a column of period words under a header of something else (blind56's period column by its cells) --

def _beside(header: str, cells: tuple):
    return facts(examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Số lượng", header],
        ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 30, cells[0]],
        ["2", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 20, cells[1]]]))


@pytest.mark.parametrize("header, cells", [("Năm bắt đầu", ("Năm 2022", "Năm 2023")),
                                           ("Tiến độ", ("Quý IV/2024", "Quý IV/2024")),
                                           ("Nguồn", ("Báo cáo năm 2023", "Báo cáo năm 2023")),
                                           ("Thời điểm công nhận", ("Tháng 6/2024", "Tháng 12/2024"))])
def test_period_words_under_a_header_of_no_period_are_no_rows_period(header, cells):
    """WRONG: "Năm bắt đầu | Năm 2022" beside "Sản phẩm OCOP được công nhận | 30" under a title on 2024 stored
    Nghệ An's 30 products as 2022's (and "Tiến độ | Quý IV/2024" as the fourth quarter's, "Nguồn | Báo cáo năm
    2023" as 2023's): when each item started, its schedule, its source — the title's year, as before blind56."""
    assert _beside(header, cells) == {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 30.0,
                                      (NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 20.0}


@pytest.mark.parametrize("header", ["Kỳ số liệu", "Kỳ thống kê", "Thời kỳ"])
def test_probe_a_period_header_over_period_words_stays_the_rows_period(header):
    assert _beside(header, ("6 tháng đầu năm 2024", "6 tháng cuối năm 2024")) == {
        (NGHE_AN, "63", "ocop_products", "2024-S1", "actual"): 30.0,
        (NGHE_AN, "63", "tasks_accepted", "2024-S2", "actual"): 20.0}


# --- 6. the enterprises supported to apply S&T (blind56's aliases): projects, models, households ---------

@pytest.mark.parametrize("label", ["Số dự án hỗ trợ doanh nghiệp ứng dụng tiến bộ KH&CN",
                                   "Số mô hình hỗ trợ doanh nghiệp ứng dụng KH&CN",
                                   "Hộ dân, doanh nghiệp được hỗ trợ ứng dụng tiến bộ KH&CN",
                                   "Cơ sở sản xuất, doanh nghiệp được hỗ trợ ứng dụng KH&CN",
                                   "Doanh nghiệp chưa được hỗ trợ ứng dụng KH&CN"])
def test_what_is_not_an_enterprise_supported_is_not_stored_as_one(label):
    """WRONG: "Số dự án hỗ trợ doanh nghiệp ứng dụng tiến bộ KH&CN | 12" was stored as Nghệ An's 12 enterprises
    supported in 2024 (projects; "Hộ dân, doanh nghiệp …" households with them; "Số mô hình …", "… chưa được
    hỗ trợ …" before blind56 too)."""
    assert not {k for k in facts(table(["1", label, "", 12], name="report.xlsx")) if k[2] == "enterprises_supported"}


@pytest.mark.parametrize("label", ["Doanh nghiệp được hỗ trợ ứng dụng KH&CN", "Hợp tác xã được hỗ trợ ứng dụng KH&CN",
                                   "Doanh nghiệp được hỗ trợ ứng dụng tiến bộ KH&CN"])
def test_probe_the_enterprises_supported_to_apply_st_stay(label):
    assert facts(table(["1", label, "doanh nghiệp", 12], name="report.xlsx")) == {
        (NGHE_AN, "63", "enterprises_supported", "2024", "actual"): 12.0}


# --- 7. a column counting every level under a caption naming one (wrong31's level of the caption) --------

def test_a_column_of_every_level_under_a_provincial_caption_stays_the_whole():
    """WRONG: "Nhiệm vụ KH&CN cấp tỉnh được nghiệm thu năm 2024" over "STT | Lĩnh vực | Tổng số nhiệm vụ (các
    cấp) được nghiệm thu" and "Tổng cộng | 5" stored the 5 tasks of every level as 5 provincial tasks."""
    r = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["Nhiệm vụ KH&CN cấp tỉnh được nghiệm thu năm 2024"],
        ["STT", "Lĩnh vực", "Tổng số nhiệm vụ (các cấp) được nghiệm thu"],
        ["1", "Nông nghiệp", 3], ["2", "Y dược", 2], ["", "Tổng cộng", 5]])
    assert facts(r) == {(NGHE_AN, "63", "tasks_accepted", "2024", "actual"): 5.0}


def test_probe_a_column_naming_no_level_under_a_national_caption_is_the_national_part():
    r = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["Nhiệm vụ cấp quốc gia do tỉnh quản lý được nghiệm thu năm 2024"],
        ["STT", "Lĩnh vực", "Số nhiệm vụ được nghiệm thu"],
        ["1", "Nông nghiệp", 3], ["2", "Y dược", 2], ["", "Tổng cộng", 5]])
    assert facts(r) == {(NGHE_AN, "63", "tasks_accepted_national", "2024", "actual"): 5.0}

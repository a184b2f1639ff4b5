"""Wrong numbers found by probe36 (issue #8: precision must stay 1.00 at first sight on unseen
reports). Small reports a provincial department could send, each read by `etl.ingest.examine` as an
upload is. The classes it found — a row's label naming a span other than its column's ("trong 5 năm",
"3 năm qua", "từ năm 2019", "đợt 1", "lần 2", "trong tháng" under a year), a breakdown of the
researchers (by task, place, degree, age) read as every researcher, "Lũy kế đến tháng 9" without its
year read as the stock at the year's end, one month's column beside "Lũy kế từ đầu năm" under a
year's title (the year to date read as the whole year, "Cùng kỳ" as the whole year before), a part
of the year "năm trước" ("Quý III năm trước", "9 tháng cùng kỳ năm trước") read as the whole year
before — each with the honest rows that must stay taken; then probes that already held, kept as
regression tests (grouped by the class of wrong number they guard)."""
from __future__ import annotations

from functools import partial

import pytest

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, OCOP_ROW, examine, facts, head, taken, why as _why, table

REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
REPORT_2025 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025"
NGHE_AN = "40"
OCOP_VALID = ["2", "Sản phẩm OCOP còn hiệu lực công nhận", "sản phẩm"]


# a report of one table (tests/fixtures/reports.table) in a file whose name names no year
_rows = partial(table, name="report.xlsx")


def _one(label: str, unit: str, value, **kw):
    return _rows(["1", label, unit, value], **kw)


def _ocop(period: str, value, frame: str = "63", indicator: str = "ocop_products") -> dict:
    return {(NGHE_AN, frame, indicator, period, "actual"): value}


# --- a row's label naming a span other than its column's -------------------------------------------

@pytest.mark.parametrize("label, said", [
    ("Sản phẩm OCOP được công nhận trong 5 năm", "trong 5 năm"),
    ("Sản phẩm OCOP được công nhận 3 năm qua", "3 năm qua"),
    ("Sản phẩm OCOP được công nhận trong 5 năm gần đây", "5 năm"),
    ("Sản phẩm OCOP được công nhận nhiệm kỳ 2020-2025", "nhiệm kỳ"),
    ("Sản phẩm OCOP được công nhận từ năm 2019", "từ năm 2019"),
    ("Sáng kiến được công nhận từ 2021", "từ 2021"),
    ("Sản phẩm OCOP được công nhận đợt 1", "đợt 1"),
    ("Sản phẩm OCOP được công nhận (đợt II)", "đợt II"),
    ("Sản phẩm OCOP được công nhận đợt 1 năm 2024", "đợt 1"),
    ("Nhiệm vụ KH&CN được nghiệm thu (lần 2)", "lần 2"),
    ("Sản phẩm OCOP được công nhận trong tháng", "trong tháng"),
])
def test_a_label_naming_another_span_is_not_the_columns_period(label, said):
    """Under "Năm 2024" each was stored as 2024's own figure: 130 products "trong 5 năm" (five years'),
    12 "đợt 1" (one round of the year), 2 "trong tháng" (one month's) — set aside naming the words
    (etl/walk.py _another_span_in_label; header_words.toml label_years_back_words …)."""
    result = _one(label, "sản phẩm", 130)
    assert facts(result) == {}
    assert said.lower() in _why(result, label).lower()


@pytest.mark.parametrize("label", [
    "Sản phẩm OCOP được công nhận (tính đến tháng 9)",
    "Sản phẩm OCOP được công nhận đến tháng 9",
    "Sản phẩm OCOP được công nhận 9T",
    "Sản phẩm OCOP được công nhận đến hết quý III",
    "Sản phẩm OCOP được công nhận lũy kế 9 tháng",
    "Sản phẩm OCOP được công nhận từ đầu năm đến nay",
])
def test_a_part_of_the_year_in_the_label_is_not_the_columns_year(label):
    """Under "Năm 2024", "… (tính đến tháng 9) | 14", "… 9T", "… đến hết quý III" were stored as the
    year 2024's 14; "… lũy kế 9 tháng", "… từ đầu năm đến nay" as the valid products at 31/12/2024 (a
    part of the year to date is a flow, never the stock) — set aside quoting the label."""
    result = _one(label, "sản phẩm", 14)
    assert facts(result) == {}
    assert "không phải của đúng kỳ" in _why(result, label)


@pytest.mark.parametrize("header", ["Năm 2024 (đến tháng 10)", "Năm 2024 (số liệu đến hết tháng 10)"])
def test_a_years_column_to_a_month_is_the_year_to_that_month(header):
    """"Năm 2024 (số liệu đến tháng 10)": January–October's 14 was stored as the whole year 2024
    (metrics/periods.py from_text, a month's cut-off without its year)."""
    assert taken(_rows(OCOP_ROW + [14], columns=(header,))) == _ocop("2024-01/2024-10", 14)


def test_a_years_column_to_a_month_reads_as_to_the_months_last_day():
    """"Năm 2024, tính đến tháng 10" reads as "Năm 2024, tính đến 31/10/2024" does (it was the
    valid products at 31/12/2024)."""
    month = facts(_rows(OCOP_ROW + [14], columns=("Năm 2024, tính đến tháng 10",)))
    assert month == facts(_rows(OCOP_ROW + [14], columns=("Năm 2024, tính đến 31/10/2024",)))
    assert not any(k[3] == "2024-12-31" or k[3] == "2024" for k in month)


def test_a_part_named_in_the_label_under_its_own_period_stays_taken():
    """"… trong quý" under the title's quarter is that quarter; "… trong năm", "… năm 2023" (its
    year) and "Nhiệm vụ chuyển tiếp từ năm 2023" (where the tasks come from) keep their readings."""
    assert taken(_one("Sản phẩm OCOP được công nhận trong quý", "sản phẩm", 5, columns=("Số lượng",),
                      title="BÁO CÁO KẾT QUẢ QUÝ III NĂM 2024")) == _ocop("2024-Q3", 5)
    assert taken(_one("Sản phẩm OCOP được công nhận trong năm", "sản phẩm", 30)) == _ocop("2024", 30)
    assert taken(_one("Sản phẩm OCOP được công nhận 9 tháng", "sản phẩm", 14, columns=("Số lượng",),
                      title="BÁO CÁO 9 THÁNG NĂM 2024")) == _ocop("2024-01/2024-09", 14)
    # a flow's year to date in the year's report: the year's 30 or set aside, never the valid stock (review28a:
    # this line ended "… or True" and could not fail)
    assert taken(_one("Sản phẩm OCOP được công nhận từ đầu năm đến nay", "sản phẩm", 30)) in ({}, _ocop("2024", 30))
    assert taken(_one("Sản phẩm OCOP được công nhận cả năm", "sản phẩm", 30)) == _ocop("2024", 30)
    assert taken(_one("Sản phẩm OCOP được công nhận năm 2023", "sản phẩm", 22, columns=("Số lượng",))) == \
        _ocop("2023", 22)
    assert taken(_one("Sản phẩm OCOP được công nhận trong tháng", "sản phẩm", 3, columns=("Tháng 9",))) == \
        _ocop("2024-09", 3)
    got = taken(_rows(["1", "Nhiệm vụ KH&CN cấp tỉnh được quản lý", "nhiệm vụ", 34],
                      ["-", "Chuyển tiếp từ năm 2023", "nhiệm vụ", 20], ["-", "Mở mới năm 2024", "nhiệm vụ", 14]))
    assert got[(NGHE_AN, "63", "tasks_managed_provincial", "2024", "actual")] == 34
    assert got[(NGHE_AN, "63", "tasks_carried_over_provincial", "2024", "actual")] == 20


def test_a_span_the_label_names_whole_stays_its_span():
    assert taken(_one("Sản phẩm OCOP được công nhận giai đoạn 2021-2024", "sản phẩm", 130, columns=("Số lượng",))) == \
        _ocop("2021/2024", 130)


# --- a breakdown of the researchers is not every researcher ----------------------------------------

@pytest.mark.parametrize("label", [
    "Số cán bộ nghiên cứu tham gia nhiệm vụ",
    "Người làm nghiên cứu khoa học là chủ nhiệm nhiệm vụ",
    "Nhân lực nghiên cứu khoa học tại các trường đại học",
    "Người làm nghiên cứu khoa học trong khu vực nhà nước",
    "Người làm nghiên cứu khoa học trong doanh nghiệp",
    "Người làm nghiên cứu khoa học có học hàm GS, PGS",
    "Người làm nghiên cứu khoa học trình độ thạc sĩ",
    "Người làm nghiên cứu khoa học trình độ đại học",
    "Người làm nghiên cứu khoa học dưới 35 tuổi",
])
def test_a_breakdown_of_the_researchers_is_not_every_researcher(label):
    """"Số cán bộ nghiên cứu tham gia nhiệm vụ | người | 150" was stored as Nghệ An's researchers at
    31/12/2024; so each part by task, place, sector, title, degree or age (indicators.toml researchers)."""
    result = _one(label, "người", 150)
    assert facts(result) == {}
    assert "loại trừ" in _why(result, label)


def test_the_researchers_themselves_stay_taken():
    for label in ("Số người làm nghiên cứu khoa học", "Nhân lực nghiên cứu khoa học",
                  "Người tham gia hoạt động nghiên cứu khoa học"):
        assert taken(_one(label, "người", 1300)) == {(NGHE_AN, "63", "researchers", "2024-12-31", "actual"): 1300}, label


# --- a running total to a month typed without its year --------------------------------------------

@pytest.mark.parametrize("header", ["Lũy kế đến tháng 9", "Lũy kế đến hết tháng 9", "Lũy kế đến 30/9"])
def test_a_total_to_a_month_without_its_year_is_the_year_to_that_month(header):
    """"Lũy kế đến tháng 9" under "… NĂM 2024": 14 products recognized to September were stored as the
    valid products at 31/12/2024 (and beside the valid stock the honest file was refused) — the year
    to September, the stock at 30/9 (etl/headers.py within_year _TO_A_MONTH)."""
    assert taken(_rows(OCOP_ROW + [14], OCOP_VALID + [210], columns=(header,))) == {
        **_ocop("2024-01/2024-09", 14), **_ocop("2024-09-30", 210, indicator="ocop_products_total")}


def test_a_flow_alone_to_a_month_is_never_the_stock_at_the_years_end():
    got = facts(_rows(OCOP_ROW + [14], columns=("Lũy kế đến tháng 9",)))
    assert got == _ocop("2024-01/2024-09", 14)


# --- one month's column beside the year to date under a year's title -------------------------------

@pytest.mark.parametrize("columns, values, expected", [
    (("Thực hiện tháng 9", "Lũy kế từ đầu năm"), [3, 14], {**_ocop("2024-09", 3), **_ocop("2024-01/2024-09", 14)}),
    (("Tháng 9", "Lũy kế từ đầu năm", "Cùng kỳ năm trước"), [3, 14, 12],
     {**_ocop("2024-09", 3), **_ocop("2024-01/2024-09", 14), **_ocop("2023-01/2023-09", 12)}),
    (("Thực hiện tháng 9", "Lũy kế"), [3, 14], {**_ocop("2024-09", 3), **_ocop("2024-01/2024-09", 14)}),
    (("Tháng 12", "Lũy kế từ đầu năm"), [3, 30], {**_ocop("2024-12", 3), **_ocop("2024", 30)}),
])
def test_one_months_column_beside_the_year_to_date_under_a_years_title(columns, values, expected):
    """"Thực hiện tháng 9 | Lũy kế từ đầu năm | Cùng kỳ năm trước" under "… NĂM 2024" (a monthly
    report titled by its year): 14 was stored as the whole year 2024, 12 as the whole of 2023, a bare
    "Lũy kế" as the valid products at 31/12/2024 (etl/walk.py _plan_sheet, one month beside the year
    to date)."""
    assert taken(_rows(OCOP_ROW + values, columns=columns)) == expected


def test_the_monthly_report_and_the_monthly_sheet_keep_their_readings():
    assert taken(_rows(OCOP_ROW + [3, 14], columns=("Thực hiện tháng", "Lũy kế từ đầu năm"),
                       title="BÁO CÁO THÁNG 9 NĂM 2024")) == {**_ocop("2024-09", 3), **_ocop("2024-01/2024-09", 14)}
    months = tuple(f"T{i}" for i in range(1, 13))
    got = taken(_rows(OCOP_ROW + [1, 0, 2, 3, 1, 0, 2, 4, 1, 2, 3, 5, 24], columns=months + ("Lũy kế",)))
    assert got[(NGHE_AN, "63", "ocop_products", "2024", "actual")] == 24
    assert got[(NGHE_AN, "63", "ocop_products", "2024-12", "actual")] == 5


# --- a part of the year, a year before --------------------------------------------------------------

@pytest.mark.parametrize("columns, expected", [
    (("Quý III", "Quý III năm trước"), {**_ocop("2024-Q3", 5), **_ocop("2023-Q3", 4)}),
    (("9 tháng", "9 tháng cùng kỳ năm trước"), {**_ocop("2024-01/2024-09", 5), **_ocop("2023-01/2023-09", 4)}),
    (("6 tháng đầu năm", "6 tháng đầu năm trước"), {**_ocop("2024-S1", 5), **_ocop("2023-S1", 4)}),
])
def test_a_part_of_the_year_before_is_that_part(columns, expected):
    """"Quý III | Quý III năm trước" under "… NĂM 2024": 4 was stored as the whole year 2023 (etl/headers.py
    header_role keeps the part, etl/walk.py _value_period shifts it a year)."""
    assert taken(_rows(OCOP_ROW + [5, 4], columns=columns)) == expected


def test_the_year_before_whole_stays_the_year_before():
    assert taken(_rows(OCOP_ROW + [30, 22], columns=("Năm nay", "Năm trước"))) == {**_ocop("2024", 30), **_ocop("2023", 22)}
    assert taken(_rows(OCOP_ROW + [30, 22], columns=("Năm 2024", "Cùng kỳ năm trước"))) == {
        **_ocop("2024", 30), **_ocop("2023", 22)}


# --- probes that held (regression), by the class of wrong number they guard -------------------------

@pytest.mark.parametrize("header", ["So với cùng kỳ (%)", "Tăng/giảm", "Tăng (+), giảm (-) so với năm 2023",
                                    "Bình quân/năm giai đoạn 2021-2025", "Tỷ lệ hoàn thành KH (%)",
                                    "So sánh 2024/2023 (lần)", "Tốc độ tăng (%)", "Xếp hạng", "Ghi chú"])
def test_probe_a_comparison_or_note_beside_the_value_is_not_stored(header):
    assert taken(_rows(OCOP_ROW + [30, 25], columns=("Năm 2024", header))) == _ocop("2024", 30)


@pytest.mark.parametrize("label, unit", [
    ("Số người làm nghiên cứu khoa học trên 1 vạn dân", "người/vạn dân"),
    ("Người làm nghiên cứu khoa học/10.000 dân", "người"),
    ("Chi ngân sách nhà nước cho KH&CN bình quân đầu người", "nghìn đồng/người"),
    ("Số hồ sơ TTHC được tiếp nhận trực tuyến", "hồ sơ"),
    ("Số TTHC cung cấp dịch vụ công trực tuyến mức độ 4", "thủ tục"),
    ("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn", "%"),
    ("Kinh phí thực hiện nhiệm vụ KH&CN được nghiệm thu", "triệu đồng"),
    ("Tổ chức KH&CN công lập", "tổ chức"),
    ("Cán bộ nghiên cứu quy đổi toàn thời gian (FTE)", "người"),
    ("Sản phẩm OCOP đề nghị công nhận", "sản phẩm"),
    ("Sản phẩm OCOP dự kiến được công nhận", "sản phẩm"),
    ("Sản phẩm OCOP hết hạn công nhận", "sản phẩm"),
])
def test_probe_a_ratio_a_count_of_another_thing_or_a_plan_is_no_indicator(label, unit):
    result = _one(label, unit, 45)
    assert facts(result) == {} and _why(result, label)


def test_probe_unit_scale_and_rates():
    assert taken(_one("Chi ngân sách nhà nước cho KH&CN", "triệu đồng", 45600)) == {
        (NGHE_AN, "63", "st_budget", "2024", "actual"): 45.6}
    assert facts(_one("Chi ngân sách nhà nước cho KH&CN", None, 45600)) == {}
    for unit in ("%", None):
        result = _one("Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", unit, 0.45)
        assert facts(result) == {} and any("0,45" in q.message_vi for q in result.questions), unit
    assert taken(_one("Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "%", 45)) == {
        (NGHE_AN, "63", "online_dossier_rate", "2024", "actual"): 45}


def test_probe_labels_of_the_period_before():
    for label in ("Sản phẩm OCOP được công nhận năm trước", "Sản phẩm OCOP được công nhận cùng kỳ"):
        result = _one(label, "sản phẩm", 22, columns=("Số lượng",))
        assert facts(result) == {} and "kỳ trước" in _why(result, label)


def test_probe_a_districts_table_gives_its_total_only():
    result = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ OCOP NĂM 2024") + [
        ["STT", "Đơn vị", "Sản phẩm OCOP được công nhận"], ["1", "Huyện Quỳ Châu", 3], ["2", "Huyện Con Cuông", 4],
        ["3", "TP. Vinh", 5], [None, "Cộng", 12]])
    assert taken(result) == _ocop("2024", 12)
    result = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ OCOP NĂM 2024") + [
        ["STT", "Địa phương", "Sản phẩm OCOP được công nhận (sản phẩm)"], ["1", "Quỳ Châu", 3], ["2", "Con Cuông", 4],
        [None, "Cộng các huyện miền núi", 7]])
    assert facts(result) == {}


def test_probe_the_former_provinces_rows_without_the_total_are_no_figure_of_the_new_one():
    result = examine(head("Quảng Trị", REPORT_2025) + [
        ["STT", "Đơn vị", "Sản phẩm OCOP được công nhận"], ["1", "Quảng Bình (cũ)", 10], ["2", "Quảng Trị (cũ)", 8]])
    assert facts(result) == {}
    result = examine(head("Quảng Trị", REPORT_2025) + [
        ["STT", "Đơn vị", "Sản phẩm OCOP được công nhận"], ["1", "Quảng Bình (cũ)", 10], ["2", "Quảng Trị (cũ)", 8],
        [None, "Tổng cộng", 18]])
    assert taken(result) == {("44", "34", "ocop_products", "2025", "actual"): 18}


def test_probe_former_columns_of_the_new_province():
    got = taken(_rows(OCOP_ROW + [10, 12, 22], columns=("An Giang (cũ)", "Kiên Giang (cũ)", "Tổng"),
                      title=REPORT_2025, province="An Giang"))
    assert got == {("91", "34", "ocop_products", "2025", "actual"): 22}


def test_probe_a_year_after_the_reports_quarter_is_no_actual():
    result = _rows(OCOP_ROW + [10], columns=("Năm 2026",), title="BÁO CÁO KẾT QUẢ QUÝ I NĂM 2026", province="Kiên Giang")
    assert facts(result) == {}


def test_probe_last_years_column_in_this_years_report_keeps_its_year():
    assert taken(_rows(OCOP_ROW + [22, 30], columns=("Năm 2023", "Năm 2024"), title=REPORT_2025)) == {
        **_ocop("2023", 22), **_ocop("2024", 30)}
    assert taken(_rows(OCOP_ROW + [30, 35], columns=("TH năm 2024", "KH năm 2025"), title=REPORT_2025)) == {
        **_ocop("2024", 30), (NGHE_AN, "34", "ocop_products", "2025", "plan"): 35}


# --- a part of the tasks managed, a rank among the region's provinces --------------------------------

@pytest.mark.parametrize("label", ["Nhiệm vụ KH&CN dừng thực hiện", "Nhiệm vụ KH&CN cấp tỉnh dừng thực hiện",
                                   "Nhiệm vụ KH&CN cấp quốc gia bị đình chỉ", "Đề tài cấp tỉnh chấm dứt hợp đồng"])
def test_tasks_stopped_are_not_the_tasks_managed(label):
    """"Nhiệm vụ KH&CN dừng thực hiện | 5" was stored as every task managed, "… cấp quốc gia bị đình chỉ"
    as the national tasks managed (abbreviations.toml stopped_task_words)."""
    assert facts(_one(label, "nhiệm vụ", 5)) == {}


def test_a_rank_among_the_regions_provinces_is_no_national_rank():
    """"Xếp hạng PII so với các tỉnh trong khu vực | 3" was stored as the PII rank 3 among the 63
    (abbreviations.toml regional_rank_words)."""
    result = _one("Xếp hạng PII so với các tỉnh trong khu vực", "hạng", 3)
    assert facts(result) == {} and "khu vực" in _why(result, "Xếp hạng PII")
    assert taken(_one("Xếp hạng PII", "hạng", 12)) == {(NGHE_AN, "63", "pii_rank", "2024", "actual"): 12}
    assert taken(_one("Nhiệm vụ KH&CN cấp tỉnh đang triển khai", "nhiệm vụ", 5)) == {
        (NGHE_AN, "63", "tasks_managed_provincial", "2024", "actual"): 5}


def test_probe_the_merged_provinces_later_report():
    """A 2026 report of the new Bắc Ninh with its former provinces' columns; last year's half and the
    year before the merger beside its own period are no figures of the new province's area."""
    got = taken(_rows(OCOP_ROW + [5, 7, 12], columns=("Bắc Giang (cũ)", "Bắc Ninh (cũ)", "Toàn tỉnh"),
                      title="BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026", province="Bắc Ninh"))
    assert got == {("24", "34", "ocop_products", "2026-S1", "actual"): 12}
    got = taken(_rows(OCOP_ROW + [12, 10], columns=("6 tháng đầu năm 2026", "Cùng kỳ năm 2025"),
                      title="BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026", province="Bắc Ninh"))
    assert got == {("24", "34", "ocop_products", "2026-S1", "actual"): 12}
    got = taken(_rows(OCOP_ROW + [30, 35], columns=("Năm 2024", "Năm 2025"), title=REPORT_2025, province="Bắc Ninh"))
    assert got == {("24", "34", "ocop_products", "2025", "actual"): 35}
    assert not _rows(OCOP_ROW + [5], columns=("6 tháng đầu năm 2026",), title="BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026",
                     province="Bắc Giang").accepted


def test_probe_an_average_row_under_the_years_is_not_stored():
    for caption in ("Bình quân", "Tăng bình quân (%)"):
        got = taken(examine(head("Nghệ An", "KẾT QUẢ GIAI ĐOẠN 2021-2024") + [
            ["STT", "Năm", "Sản phẩm OCOP được công nhận"], ["1", "2021", 3], ["2", "2022", 4], ["3", "2023", 5],
            ["4", "2024", 6], [None, caption, 4.5]]))
        assert got == {**_ocop("2021", 3), **_ocop("2022", 4), **_ocop("2023", 5), **_ocop("2024", 6)}, caption

"""review44 (issue #8, an adversarial review of the newest ingest rules): the wrong numbers found beside them, each a
class with its failing case and probes — honest neighbours that must keep reading the same, wrong ones that must stay
set aside. (1) A software field name (blind86's "SL_Q3_2026") whose month, quarter or part stands apart from its year
("SL_T9_2026", "SL_2026_Q3") or whose words are camel-cased ("KeHoach_2026", "UocTH_2026"); (2) a table under
"Đơn vị tính: %" (a yearbook's structure table, "Cơ cấu … phân theo hạng sao"). Every workbook is built in memory
with `tests.fixtures.reports`, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, examine, facts, head, taken

QUANG_NGAI = "51"
SUPPORTED = ["Doanh nghiệp được hỗ trợ đổi mới công nghệ", "DN"]


def _field_table(fields: list[str], figures: list):
    """The new Quảng Ngãi's software table "ChiTieu | DVT | <fields>" of one row (blind86's), the province in the
    title line."""
    rows = [["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NGÃI - SỐ LIỆU XUẤT TỪ PHẦN MỀM"], [MARK], [],
            ["ChiTieu", "DVT", *fields], SUPPORTED + figures]
    return examine(rows, name="qn.xlsx")


def _supported(result) -> dict:
    """{(period, measure, status): value} of the enterprises supported an accepted upload stores."""
    assert result.accepted, [p.message_vi for p in result.problems]
    f = result.facts
    return {(per, m, st): v for i, per, m, st, v in zip(f.indicator, f.period, f.measure, f.status, f.value)
            if i == "enterprises_supported"}


# --- 1. a field name's part of a year and its camel-cased words ---------------------------------------------------

@pytest.mark.parametrize("field,period", [("SL_T9_2026", "2026-09"), ("GiaTri_T10_2024", "2024-10"),
                                          ("Thang9_2026", "2026-09"), ("SL_2026_Q3", "2026-Q3"),
                                          ("SL_2026_9T", "2026-01/2026-09"), ("TH_2026_H1", "2026-S1")])
def test_a_field_names_month_or_part_apart_from_its_year_is_that_part(field, period):
    """WRONG NUMBERS (found beside blind86's rule): a month before its year with only "_" between ("SL_T9_2026",
    the rule's own example "GiaTri_T10_2024") or a part after the year ("SL_2026_Q3") was read as the whole year —
    September's figure stored as 2026's. The part is joined to its year (etl/headers.py field_name_words)."""
    assert _supported(_field_table([field], [18])) == {(period, "actual", "reported"): 18}


@pytest.mark.parametrize("field,period", [("KeHoach_2026", "2026"), ("MucTieu_2026", "2026"),
                                          ("DuKien_Q4_2026", "2026-Q4")])
def test_a_camel_cased_plan_word_in_a_field_name_is_the_plan(field, period):
    """WRONG NUMBERS: "KeHoach_2026" (kế hoạch), "MucTieu_2026" (mục tiêu), "DuKien_Q4_2026" (dự kiến) — a plan's
    words written as one camel-cased word — were one unknown word: the plan stored as the year's actual."""
    assert _supported(_field_table([field], [18])) == {(period, "plan", "reported"): 18}


def test_a_camel_cased_estimate_in_a_field_name_is_an_estimate():
    """WRONG NUMBER: "UocTH_2026" (ước thực hiện) was stored as the year's reported figure, no estimate."""
    assert _supported(_field_table(["UocTH_2026"], [18])) == {("2026", "actual", "estimated"): 18}


@pytest.mark.parametrize("field", ["TyLe_2026", "TangGiam_2026", "PhanTram_KH_2026"])
def test_a_rate_or_a_change_in_a_field_name_is_no_count(field):
    """WRONG NUMBERS: "TyLe_2026" (a rate), "TangGiam_2026" (an increase or decrease), "PhanTram_KH_2026" (the share
    of the plan) beside "SL_2026": 18 was stored as 2026's enterprises supported, or as its plan."""
    got = _supported(_field_table(["SL_2026", field], [40, 18]))
    assert got == {("2026", "actual", "reported"): 40}


@pytest.mark.parametrize("field,period", [("SL_Q3_2026", "2026-Q3"), ("DN_9T_2026", "2026-01/2026-09"),
                                          ("GiaTri_6T2025", "2025-S1"), ("Nam_2025", "2025"), ("SL_2025", "2025")])
def test_probe_field_names_read_as_before(field, period):
    """Honest neighbours (blind86's and the corpus's field names): read as on combo54."""
    assert _supported(_field_table([field], [18])) == {(period, "actual", "reported"): 18}


def test_probe_a_plan_field_beside_a_quarter_stays_the_plan():
    got = _supported(_field_table(["SL_Q3_2026", "KH_2026"], [18, 60]))
    assert got == {("2026-Q3", "actual", "reported"): 18, ("2026", "plan", "reported"): 60}


def test_probe_a_spaced_header_is_no_field_name():
    """A header typed by a person, "Tháng 9/2026", "Quý III/2026", is read as before (no "_": no field name)."""
    got = _supported(_field_table(["Tháng 9/2026", "Quý III/2026"], [6, 18]))
    assert got == {("2026-09", "actual", "reported"): 6, ("2026-Q3", "actual", "reported"): 18}


# --- 2. a table under "Đơn vị tính: %" ----------------------------------------------------------------------------

YEARS = ["2019", "2020", "2021", "2022", "2023"]


def _yearbook(caption: str, unit: str, figures: list[list]):
    """The former Kon Tum's yearbook table (blind87's): caption, `unit` on its own line, the years, "TỔNG SỐ", "3 sao",
    "4 sao" with `figures`."""
    rows = [["NIÊN GIÁM THỐNG KÊ TỈNH KON TUM 2023"], [MARK], [], [caption],
            [None, None, None, None, None, unit], [None, *YEARS],
            ["TỔNG SỐ", *figures[0]], ["3 sao", *figures[1]], ["4 sao", *figures[2]]]
    return examine(rows, name="nien_giam_kontum.xlsx")


SHARES = [[100, 100, 100, 100, 100], [88.9, 83.3, 81.5, 80.6, 82.5], [11.1, 16.7, 18.5, 19.4, 17.5]]
COUNTS = [[9, 18, 27, 31, 40], [8, 15, 22, 25, 33], [1, 3, 5, 6, 7]]


@pytest.mark.parametrize("unit", ["Đơn vị tính: %", "ĐVT: %", "Đơn vị tính: Phần trăm"])
def test_a_yearbooks_structure_table_in_percent_stores_no_count(unit):
    """WRONG NUMBERS: the yearbook's structure table "Cơ cấu sản phẩm OCOP phân theo hạng sao" under "Đơn vị tính: %"
    stored its shares as counts — 100 OCOP products each year, 88,9 three-star products. The unit stated above the
    header is the figures' (etl/walk.py _table_unit): a count's row in percent is set aside (rule unit)."""
    result = _yearbook("246. Cơ cấu sản phẩm OCOP phân theo hạng sao", unit, SHARES)
    assert not facts(result)
    assert "phần trăm" in " ".join(i.reason_vi for i in result.ignored)


def test_probe_the_yearbooks_count_table_reads_as_before():
    """The honest neighbour (blind87's): the same table of counts under "Đơn vị tính: Sản phẩm"."""
    got = taken(_yearbook("245. Số sản phẩm OCOP được công nhận phân theo hạng sao", "Đơn vị tính: Sản phẩm", COUNTS))
    assert len(got) == 15 and got[("62", "63", "ocop_products_3star", "2021", "actual")] == 22


def _department(lines: list[list], rows: list[list]):
    return examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + lines
                   + [["STT", "Chỉ tiêu", "Năm 2024"], *rows], name="report.xlsx")


def test_a_department_table_of_counts_under_a_percent_unit_line_is_set_aside():
    """WRONG NUMBER: "Đơn vị tính: %" over "Nhiệm vụ KH&CN được nghiệm thu | 12" stored 12 % as 12 tasks."""
    result = _department([["Đơn vị tính: %"]], [["1", "Nhiệm vụ KH&CN được nghiệm thu", 12]])
    assert not facts(result)


def test_probe_a_rate_under_a_percent_unit_line_is_read():
    result = _department([["Đơn vị tính: %"]], [["1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", 85]])
    assert {k[2:4]: v for k, v in taken(result).items()} == {("online_dossier_rate", "2024"): 85}


def test_probe_a_nearer_count_unit_is_the_tables():
    """A percentage stated further up (another table's) under a nearer "Đơn vị tính: Nhiệm vụ": the counts read."""
    result = _department([["Đơn vị tính: %"], [], ["Đơn vị tính: Nhiệm vụ"]], [["1", "Nhiệm vụ KH&CN được nghiệm thu", 12]])
    assert {k[2:4]: v for k, v in taken(result).items()} == {("tasks_accepted", "2024"): 12}


def test_probe_a_percent_line_between_two_tables_ends_at_the_next_unit_line():
    """"Đơn vị tính: %" over the first table's rate, "Đơn vị tính: Sản phẩm" over the second's count: both read."""
    rows = head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") + [
        ["Đơn vị tính: %"], ["STT", "Chỉ tiêu", "Năm 2024"], ["1", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", 85],
        [], ["Đơn vị tính: Sản phẩm"], ["2", "Sản phẩm OCOP được công nhận", 31]]
    got = {k[2:4]: v for k, v in taken(examine(rows, name="report.xlsx")).items()}
    assert got == {("online_dossier_rate", "2024"): 85, ("ocop_products", "2024"): 31}


# --- 3. a sub-row opening with the estimate of the whole year -----------------------------------------------------

ELEVEN_MONTHS = "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KH&CN 11 THÁNG NĂM 2026"
HANOI_OCOP = ["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 40]
ACCEPTED_60 = ["2", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 60]


def _hanoi_tasks(label: str, column: str = "TH 11 tháng", title: str = ELEVEN_MONTHS) -> dict:
    """wrong55's Hà Nội table: the tasks accepted (60) and `label`'s sub-row (50) under `column`, `title` over it:
    {(indicator, period): (value, status)} of the tasks."""
    result = examine(head("Hà Nội", title, city=True) + [["TT", "Nội dung", "ĐVT", column], HANOI_OCOP, ACCEPTED_60,
                                                          ["", label, "Nhiệm vụ", 50]], name="review44.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    f = result.facts
    return {(i, p): (v, s) for i, p, v, s in zip(f.indicator, f.period, f.value, f.status) if i.startswith("tasks")}


@pytest.mark.parametrize("label", ["- Ước cả năm 2026 (cấp tỉnh)", "- Ước cả năm cấp tỉnh", "- Ước cả năm: cấp tỉnh",
                                   "+ Ước TH cả năm 2026 cấp tỉnh", "- Ước thực hiện cả năm cấp tỉnh",
                                   "Trong đó: ước cả năm cấp tỉnh", "Trong đó ước cả năm cấp tỉnh"])
def test_a_sub_row_opening_with_the_whole_years_estimate_is_the_years(label):
    """WRONG NUMBERS (beside wrong55's rule, which read the label's close only): in Hà Nội's report on eleven months,
    "- Ước cả năm 2026 (cấp tỉnh) | 50" under the tasks accepted was stored as the ELEVEN MONTHS' provincial tasks
    (estimated; after "Trong đó", reported). The year's estimate: 2026's, estimated (etl/row_labels.py
    whole_year_closing, etl/walk.py _ESTIMATED_ROW)."""
    assert _hanoi_tasks(label) == {("tasks_accepted", "2026-01/2026-11"): (60, "reported"),
                                   ("tasks_accepted_provincial", "2026"): (50, "estimated")}


@pytest.mark.parametrize("label", ["- Ước nghiệm thu cấp tỉnh cả năm 2026", "- Cấp tỉnh ước cả năm",
                                   "Trong đó: cấp tỉnh ước cả năm"])
def test_probe_wrong55s_closing_estimates_read_as_before(label):
    assert _hanoi_tasks(label) == {("tasks_accepted", "2026-01/2026-11"): (60, "reported"),
                                   ("tasks_accepted_provincial", "2026"): (50, "estimated")}


@pytest.mark.parametrize("label,period", [("- Cấp tỉnh", "2026-01/2026-11"), ("- Ước cấp tỉnh", "2026-01/2026-11"),
                                          ("- Cấp tỉnh cả năm 2025", "2025")])
def test_probe_other_sub_rows_read_as_before(label, period):
    """A level's sub-row is the column's eleven months (an estimate's too); a whole year named, that year's."""
    got = _hanoi_tasks(label)
    assert got[("tasks_accepted_provincial", period)][0] == 50 and len(got) == 2


def test_the_whole_years_estimate_in_a_quarters_report_is_the_years():
    """WRONG NUMBER (the same class in a report on a quarter): "- Ước cả năm cấp tỉnh" was the third quarter's."""
    assert _hanoi_tasks("- Ước cả năm cấp tỉnh", "Quý III/2026", "BÁO CÁO KẾT QUẢ QUÝ III NĂM 2026") == {
        ("tasks_accepted", "2026-Q3"): (60, "reported"), ("tasks_accepted_provincial", "2026"): (50, "estimated")}


# --- 4. a day after "từ" written "1-7 năm 2025", "1-7/2025" ---------------------------------------------------------

def _lam_dong_2025(column: str) -> dict:
    """The new Lâm Đồng's report on 2025: the tasks accepted (15) under `column`: {period: value}."""
    rows = head("Lâm Đồng", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", column], ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 15]]
    return {k[3]: v for k, v in taken(examine(rows, name="report.xlsx")).items() if k[2] == "tasks_accepted"}


@pytest.mark.parametrize("column", ["Từ 1-7 năm 2025 (sau sáp nhập)", "Từ 1-7/2025 (sau sáp nhập)", "Từ 1-7 năm 2025",
                                    "Từ 1-7/2025", "Lũy kế từ 1-7 năm 2025", "Từ 1-7 năm 2025 đến 31-12 năm 2025"])
def test_a_day_after_tu_written_with_a_dash_is_a_day_not_months(column):
    """WRONG NUMBERS (beside wrong54's "1-9/2024" and wrong55's "1-9 năm 2024", months 1 to 9): the new province's
    figures "Từ 1-7/2025 (sau sáp nhập)" — since the merger on 1 July — were stored as January to July 2025. After
    "từ" (and "sau", "trước") the pair is a day, read as "Từ 01/7/2025" is: from the merger to the report's end
    (metrics/periods.py _BARE_MONTHS_DASHED, _BARE_MONTHS_DASHED_YEAR, _FROM_OPEN)."""
    assert _lam_dong_2025(column) == {"2025-S2": 15}


@pytest.mark.parametrize("column,period", [("Từ 01/7/2025", "2025-S2"), ("Từ 1/7/2025 (sau sáp nhập)", "2025-S2"),
                                           ("1-7 năm 2025", "2025-01/2025-07"), ("Tháng 1-7/2025", "2025-01/2025-07"),
                                           ("Từ tháng 1-7 năm 2025", "2025-01/2025-07")])
def test_probe_days_and_months_read_as_before(column, period):
    """A day written with slashes, and months without "từ" before them or with their word, read as on combo54."""
    assert _lam_dong_2025(column) == {period: 15}


@pytest.mark.parametrize("text,period", [("Từ 1-9 năm 2024", None), ("Sau 1-9 năm 2024", "2024-09-01"),
                                         ("Từ 1-9 năm 2024 đến 31-12 năm 2024", "2024-09/2024-12"),
                                         ("1-9 năm 2024", "2024-01/2024-09"), ("Đến 1-9 năm 2024", "2024-09-01")])
def test_the_periods_read_from_the_text(text, period):
    from metrics import periods

    got = periods.from_text(text)
    assert (got.notation if got is not None else None) == period


# --- 5. money requested, approved over the tasks' life or a period, beside the tasks managed ----------------------

def _binh_thuan_levels(money: str) -> dict:
    """recall46's Bình Thuận table "TT | Cấp quản lý | Số nhiệm vụ đang thực hiện (nhiệm vụ) | `money`" of the levels
    and "Tổng cộng | 43 | 27.100": {indicator: value} of 2024."""
    levels = [["1", "Cấp quốc gia", 3, 4500], ["2", "Cấp tỉnh", 28, 21350], ["3", "Cấp cơ sở", 12, 1250],
              ["", "Tổng cộng", 43, 27100]]
    result = examine(head("Bình Thuận", "BẢNG 1. NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024")
                     + [["TT", "Cấp quản lý", "Số nhiệm vụ đang thực hiện (nhiệm vụ)", money], *levels], name="r.xlsx")
    return {k[2]: v for k, v in taken(result).items() if k[3] == "2024"}


@pytest.mark.parametrize("money", ["Kinh phí NSNN đề nghị (triệu đồng)", "Kinh phí NSNN đề xuất (triệu đồng)",
                                   "Tổng kinh phí NSNN được duyệt (triệu đồng)", "Kinh phí NSNN phê duyệt (triệu đồng)",
                                   "Kinh phí NSNN cả giai đoạn (triệu đồng)"])
def test_money_requested_or_approved_over_the_tasks_life_is_no_years_funding(money):
    """WRONG NUMBERS (beside recall46's rule): "Kinh phí NSNN đề nghị" (requested), "Tổng kinh phí NSNN được duyệt"
    (each task's total for all its years), "… cả giai đoạn" beside the tasks managed by level: 27,1 billion stored as
    2024's state funding of the tasks. None is a year's funding (metrics/indicators.toml tasks_funding_state exclude)."""
    got = _binh_thuan_levels(money)
    assert "tasks_funding_state" not in got and got["tasks_managed"] == 43


@pytest.mark.parametrize("money", ["Kinh phí NSNN bố trí (triệu đồng)", "Kinh phí NSNN (triệu đồng)",
                                   "Kinh phí NSNN cấp trong năm (triệu đồng)"])
def test_probe_the_years_state_money_beside_the_tasks_reads_as_before(money):
    assert _binh_thuan_levels(money)["tasks_funding_state"] == 27.1


@pytest.mark.parametrize("label", ["Kinh phí NSNN thực hiện nhiệm vụ KH&CN", "Kinh phí NSNN cho nhiệm vụ KH&CN"])
def test_probe_a_rows_tasks_funding_reads_as_before(label):
    result = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024")
                     + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], ["1", label, "triệu đồng", 38450]], name="report.xlsx")
    assert {k[2]: v for k, v in taken(result).items()} == {"tasks_funding_state": 38.45}


def test_a_rows_requested_tasks_funding_is_no_funding():
    """WRONG NUMBER: a row "Kinh phí NSNN thực hiện nhiệm vụ KH&CN đề nghị | 52.000" was stored as the year's funding."""
    result = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024")
                     + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], ["1", "Kinh phí NSNN thực hiện nhiệm vụ KH&CN", "triệu đồng", 38450],
                        ["2", "Kinh phí NSNN thực hiện nhiệm vụ KH&CN đề nghị", "triệu đồng", 52000]], name="report.xlsx")
    assert {k[2]: v for k, v in taken(result).items()} == {"tasks_funding_state": 38.45}


# --- 6. a column's forecast, proposal or change in words no list held (English exports, "Dự báo", "Đề xuất") -----

def _tidy_en(column: str) -> dict:
    """An English tidy sheet "Province | Indicator | Unit | 2023 | `column`" of Quảng Ngãi's OCOP products (15, then
    18): {(period, measure, status): value} besides 2023's."""
    rows = [["PROVINCIAL S&T INDICATORS"], [MARK], [], ["Province", "Indicator", "Unit", "2023", column],
            ["Quang Ngai", "OCOP products recognized", "products", 15, 18]]
    result = examine(rows, name="qn_en.xlsx")
    assert taken(result)[("51", "63", "ocop_products", "2023", "actual")] == 15
    f = result.facts
    return {(p, m, s): v for p, m, s, v in zip(f.period, f.measure, f.status, f.value) if p != "2023"}


@pytest.mark.parametrize("column", ["Forecast 2024", "Estimate 2024", "Est. 2024", "Preliminary 2024", "Projected 2024"])
def test_an_english_estimate_is_an_estimate(column):
    """WRONG NUMBERS: an English export's "Forecast 2024", "Est. 2024", "Preliminary 2024" (as "Sơ bộ 2023" is, wrong25)
    were stored as 2024's REPORTED figure (metrics/header_words.toml estimate_header_words)."""
    assert _tidy_en(column) == {("2024", "actual", "estimated"): 18}


@pytest.mark.parametrize("column", ["Goal 2024", "Objective 2024", "Expected 2024"])
def test_an_english_target_is_the_plan(column):
    assert _tidy_en(column) == {("2024", "plan", "reported"): 18}


@pytest.mark.parametrize("column", ["2024 YoY", "YoY 2024", "% of plan 2024", "2024 % of target", "Avg 2020-2024",
                                    "Proposed 2024"])
def test_an_english_change_share_average_or_proposal_is_no_figure(column):
    """WRONG NUMBERS: "2024 YoY" (a change) was stored as 2024's products, "% of plan 2024" as the year's PLAN, "Avg
    2020-2024" as the span's total, "Proposed 2024" as the year's actual."""
    assert _tidy_en(column) == {}


@pytest.mark.parametrize("column", ["2024", "2024 Actual", "Target 2024", "2024 Plan"])
def test_probe_english_actuals_and_plans_read_as_before(column):
    measure = "plan" if "Target" in column or "Plan" in column else "actual"
    assert _tidy_en(column) == {("2024", measure, "reported"): 18}


def _nghe_an_2025(column: str) -> dict:
    rows = head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", column], ["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 20]]
    f = examine(rows, name="report.xlsx").facts
    return {(p, m, s): v for p, m, s, v in zip(f.period, f.measure, f.status, f.value)}


@pytest.mark.parametrize("column,read", [("Dự báo năm 2025", {("2025", "actual", "estimated"): 20}),
                                         ("Phấn đấu năm 2025", {("2025", "plan", "reported"): 20}),
                                         ("Đề xuất năm 2025", {}), ("Đề nghị năm 2025", {}),
                                         ("Năm 2025 (đề xuất)", {})])
def test_a_forecast_a_target_or_a_proposal_of_the_reports_year_is_no_actual(column, read):
    """WRONG NUMBERS: in a report on 2025, "Dự báo năm 2025" (a forecast), "Phấn đấu năm 2025" (the figure striven for),
    "Đề xuất năm 2025" (a proposal) were each stored as the year's reported actual."""
    assert _nghe_an_2025(column) == read


@pytest.mark.parametrize("column,read", [("Năm 2025", {("2025", "actual", "reported"): 20}),
                                         ("Ước TH năm 2025", {("2025", "actual", "estimated"): 20}),
                                         ("Kế hoạch năm 2025", {("2025", "plan", "reported"): 20})])
def test_probe_the_reports_actual_estimate_and_plan_read_as_before(column, read):
    assert _nghe_an_2025(column) == read


# --- 7. a running total's note: after a caption's breakdown, or "(cộng dồn)" -------------------------------------

def _kon_tum_2023(caption: str) -> dict:
    """blind87's yearbook table of counts under `caption`: {indicator: value} of 2023 (its year or its year's end)."""
    got = taken(_yearbook(caption, "Đơn vị tính: Sản phẩm", COUNTS))
    return {k[2]: v for k, v in got.items() if k[3].startswith("2023")}


TOTALS_2023 = {"ocop_products_total": 40, "ocop_products_3star_total": 33, "ocop_products_4star_total": 7}


@pytest.mark.parametrize("caption", ["245. Số sản phẩm OCOP được công nhận phân theo hạng sao (lũy kế)",
                                     "245. Số sản phẩm OCOP được công nhận phân theo hạng sao (cộng dồn)",
                                     "245. Số sản phẩm OCOP được công nhận (cộng dồn) phân theo hạng sao"])
def test_a_captions_running_total_note_makes_its_figures_totals_to_date(caption):
    """WRONG NUMBERS (beside blind87's star rows): "… phân theo hạng sao (lũy kế)" — the note cut with the breakdown —
    and "(cộng dồn)" anywhere stored the products recognised to date (9, 18, 27, 31, 40) as each year's NEW products.
    A running total of OCOP products in a year's report is those valid at its end (wrong24's reading, kept)."""
    assert _kon_tum_2023(caption) == TOTALS_2023


@pytest.mark.parametrize("caption", ["245. Số sản phẩm OCOP được công nhận lũy kế phân theo hạng sao",
                                     "245. Số sản phẩm OCOP còn hiệu lực phân theo hạng sao"])
def test_probe_a_captions_running_total_before_its_breakdown_reads_as_before(caption):
    assert _kon_tum_2023(caption) == TOTALS_2023


def test_probe_a_captions_other_note_after_its_breakdown_is_passed_over():
    """"(tiếp theo)" (continued) after the breakdown says nothing of the figures: each year's products, as before."""
    assert _kon_tum_2023("245. Số sản phẩm OCOP được công nhận phân theo hạng sao (tiếp theo)") == {
        "ocop_products": 40, "ocop_products_3star": 33, "ocop_products_4star": 7}


def _kon_tum_row(label: str) -> dict:
    result = examine(head("Kon Tum", "BÁO CÁO KẾT QUẢ NĂM 2023") + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2023"],
                                                                  ["1", label, "SP", 40]], name="r.xlsx")
    return {k[2]: v for k, v in taken(result).items()}


def test_a_rows_running_total_note_cong_don_is_a_total_to_date():
    """WRONG NUMBER: "Sản phẩm OCOP được công nhận (cộng dồn)" was read without its note — 40 products to date stored
    as the year's new ones ("(lũy kế)" was read so already: etl/row_labels.py _drops_to_date)."""
    assert _kon_tum_row("Sản phẩm OCOP được công nhận (cộng dồn)") == {"ocop_products_total": 40}


@pytest.mark.parametrize("label,code", [("Sản phẩm OCOP được công nhận (lũy kế)", "ocop_products_total"),
                                        ("Sản phẩm OCOP được công nhận", "ocop_products")])
def test_probe_a_rows_running_total_reads_as_before(label, code):
    assert _kon_tum_row(label) == {code: 40}

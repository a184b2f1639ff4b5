"""review45 (issue #8, a wrong number is worse than a missing one): the classes review44 left where the ingest stored a
WRONG number, each with its failing case and probes — honest neighbours that must keep reading the same. (1) A column
heading naming a change ("Tăng trưởng 2024"), a budget ("Budget 2024"), a forecast by its letter ("2024F"), a quarter
of a fiscal year ("Q3 FY2024") or two months in a field name ("SL_T1_T9_2026") was the year's actual figure; (2) the
state money granted to the tasks UP TO NOW ("Kinh phí NSNN đã cấp đến nay") was the year's funding; (3) the OCOP
products recognised by the DISTRICTS were the province's; (4) a count over a span above the same count over a span
holding it ("Quý III/2026 | 25" beside "Lũy kế 9 tháng | 21") was stored whole — now refused, naming both cells.
Every workbook is built in memory with `tests.fixtures.reports`, marked as test data, and read by `etl.ingest.examine`
as an upload is (the synthetic tidy workbook of tests/fixtures/excel/make_tidy_large.py too, its spans now nested)."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import OCOP_ROW, TASKS_ACCEPTED_ROW, examine, head, table, taken
# recall46's Bình Thuận table of the tasks by level, with a money column of the test's own (review44's reader of it)
from tests.test_ingest_review44_classes import _binh_thuan_levels

REPORT_2026 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2026"
NINE_MONTHS_2026 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 9 THÁNG NĂM 2026"


def _read(columns: tuple, ocop: list, tasks: list, title: str = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024") -> dict:
    """Nghệ An's table "STT | Chỉ tiêu | ĐVT | `columns`" of the OCOP products and the tasks accepted:
    {(indicator, period, measure, status): value} of the accepted upload."""
    result = table(OCOP_ROW + ocop, TASKS_ACCEPTED_ROW + tasks, columns=columns, title=title, name="report.xlsx")
    assert result.accepted, [p.message_vi for p in result.problems]
    f = result.facts
    return {(i, per, m, st): v for i, per, m, st, v in zip(f.indicator, f.period, f.measure, f.status, f.value)}


# --- 1. a heading that says something other than the year's actual figure -----------------------------------------

@pytest.mark.parametrize("heading", ["Tăng trưởng năm 2024", "Growth 2024", "Tăng 2024", "Mức tăng 2024",
                                     "% change 2024", "Cơ cấu 2024", "Diff 2024", "2024 growth", "Change 2024", "Share 2024",
                                     "Delta 2024", "Variance 2024"])
def test_a_years_growth_change_or_share_is_no_figure_of_the_year(heading):
    """WRONG NUMBERS: "Tăng trưởng 2024" (the growth, a change), "Change 2024", "Share 2024" beside "Năm 2024" refused
    the honest file as two values of 2024; alone each was stored as 2024's OCOP products and tasks accepted. A ratio
    of the row's figures, not read (metrics/header_words.toml year_change_header_words, etl/headers.py
    _CHANGE_OF_A_YEAR: the whole header)."""
    assert _read(("Năm 2024", heading), [42, 12], [7, 3]) == {
        ("ocop_products", "2024", "actual", "reported"): 42, ("tasks_accepted", "2024", "actual", "reported"): 7}
    assert _read((heading,), [12], [3]) == {}


@pytest.mark.parametrize("heading", ["Budget 2024", "2024 budget", "Budgeted 2024", "Revised budget 2024"])
def test_a_years_budget_is_its_plan(heading):
    """WRONG NUMBERS: "Budget 2024" (the year's plan of spending, as "Dự toán 2024" is) was stored as the actual."""
    assert _read((heading,), [42], [7]) == {
        ("ocop_products", "2024", "plan", "reported"): 42, ("tasks_accepted", "2024", "plan", "reported"): 7}


@pytest.mark.parametrize("heading", ["2024F", "2024E", "2024 (F)", "FY2024E"])
def test_a_year_marked_forecast_or_estimate_by_its_letter_is_an_estimate(heading):
    """WRONG NUMBERS: "2024F" (forecast), "2024E" (estimate) were stored as the year's reported figures — "Forecast
    2024" and "Dự báo năm 2024" were estimates already (review44)."""
    assert _read(("Năm 2023", heading), [30, 42], [5, 7]) == {
        ("ocop_products", "2023", "actual", "reported"): 30, ("ocop_products", "2024", "actual", "estimated"): 42,
        ("tasks_accepted", "2023", "actual", "reported"): 5, ("tasks_accepted", "2024", "actual", "estimated"): 7}


@pytest.mark.parametrize("heading", ["Outlook 2024", "Nowcast 2024"])
def test_a_years_outlook_or_nowcast_is_an_estimate(heading):
    """WRONG NUMBERS (review45's leftovers, closed by the lead): "Outlook 2024", "Nowcast 2024" were stored as the
    year's reported figures; an estimate, as "Forecast 2024" is (estimate_header_words)."""
    assert _read((heading,), [42], [7]) == {
        ("ocop_products", "2024", "actual", "estimated"): 42, ("tasks_accepted", "2024", "actual", "estimated"): 7}


@pytest.mark.parametrize("heading,period", [("Q3 FY2024", "2024-Q3"), ("H1 FY2024", "2024-S1"),
                                            ("FY2024 Q4", "2024-Q4")])
def test_a_part_of_a_fiscal_year_is_that_part(heading, period):
    """WRONG NUMBERS: "Q3 FY2024" (the third quarter of the fiscal year 2024, which in Vietnam is the calendar year)
    was read as the whole year: the quarter's 12 products stored as 2024's. "FY" hid the year from the quarter."""
    assert _read((heading,), [12], [3]) == {
        ("ocop_products", period, "actual", "reported"): 12, ("tasks_accepted", period, "actual", "reported"): 3}


def test_two_months_of_a_field_name_are_the_months_between_them():
    """WRONG NUMBER: "SL_T1_T9_2026" (months 1 to 9 of 2026) was stored as the whole year 2026; beside "SL_2026" the
    honest file was refused as two values. The nine months, as "9 tháng năm 2026" and "SL_9T_2026" are."""
    got = _read(("SL_T1_T9_2026", "SL_2026"), [42, 50], [7, 9], title=REPORT_2026)
    assert got == {("ocop_products", "2026-01/2026-09", "actual", "reported"): 42,
                   ("ocop_products", "2026", "actual", "reported"): 50,
                   ("tasks_accepted", "2026-01/2026-09", "actual", "reported"): 7,
                   ("tasks_accepted", "2026", "actual", "reported"): 9}


@pytest.mark.parametrize("field", ["SL_T9_T1_2026", "SL_Q3_T9_2026"])
def test_two_parts_of_a_year_no_rule_joins_are_not_read(field):
    """WRONG NUMBERS: a field name naming two parts of the year in no order a period has ("SL_T9_T1_2026") was the
    whole year 2026 — which part it holds the name does not say: unread (the year's own column beside it read)."""
    assert _read((field, "SL_2026"), [42, 50], [7, 9], title=REPORT_2026) == {
        ("ocop_products", "2026", "actual", "reported"): 50, ("tasks_accepted", "2026", "actual", "reported"): 9}


@pytest.mark.parametrize("heading,key", [("Năm 2024", ("2024", "actual", "reported")),
                                         ("FY2024", ("2024", "actual", "reported")),
                                         ("2024", ("2024", "actual", "reported")),
                                         ("Dự toán 2024", ("2024", "plan", "reported")),
                                         ("Dự báo năm 2024", ("2024", "actual", "estimated")),
                                         ("Q3 2024", ("2024-Q3", "actual", "reported"))])
def test_probe_year_headings_read_as_before(heading, key):
    assert _read((heading,), [42], [7]) == {("ocop_products", *key): 42, ("tasks_accepted", *key): 7}


def test_three_months_of_a_field_name_are_their_quarter():
    """WRONG NUMBER: "SL_T4_T6_2026" (April to June) was stored as the whole year 2026; now the second quarter."""
    assert _read(("SL_T4_T6_2026",), [42], [7], title=REPORT_2026) == {
        ("ocop_products", "2026-Q2", "actual", "reported"): 42, ("tasks_accepted", "2026-Q2", "actual", "reported"): 7}


@pytest.mark.parametrize("field,period", [("SL_Q3_2026", "2026-Q3"),
                                          ("DN_9T_2026", "2026-01/2026-09"), ("SL_T9_2026", "2026-09")])
def test_probe_field_names_of_one_part_read_as_before(field, period):
    assert _read((field,), [42], [7], title=REPORT_2026) == {
        ("ocop_products", period, "actual", "reported"): 42, ("tasks_accepted", period, "actual", "reported"): 7}


@pytest.mark.parametrize("heading", ["Tăng trưởng 2024 (%)", "Tăng trưởng 2024/2023"])
def test_probe_a_growth_with_its_unit_or_base_stays_unread(heading):
    """A growth in per cent or over a base year was a ratio already: unread as before."""
    assert _read(("Năm 2024", heading), [42, 12], [7, 3]) == {
        ("ocop_products", "2024", "actual", "reported"): 42, ("tasks_accepted", "2024", "actual", "reported"): 7}


def test_probe_the_years_growth_beside_the_year_and_its_plan():
    """"Kế hoạch 2024 | Thực hiện 2024 | Tăng trưởng so với 2023 (%)": the plan and the actual read, the growth not."""
    assert _read(("Kế hoạch 2024", "Thực hiện 2024", "Tăng trưởng so với 2023 (%)"), [40, 42, 105], [6, 7, 110]) == {
        ("ocop_products", "2024", "plan", "reported"): 40, ("ocop_products", "2024", "actual", "reported"): 42,
        ("tasks_accepted", "2024", "plan", "reported"): 6, ("tasks_accepted", "2024", "actual", "reported"): 7}


# --- 2. the state money granted to the tasks up to now ---------------------------------------------------------------

@pytest.mark.parametrize("money", ["Kinh phí NSNN đã cấp đến nay (triệu đồng)", "Kinh phí NSNN cấp đến nay (triệu đồng)",
                                   "Kinh phí NSNN đã cấp đến thời điểm báo cáo (triệu đồng)",
                                   "Kinh phí NSNN đã cấp từ khi triển khai (triệu đồng)",
                                   "Kinh phí NSNN đã giải ngân đến nay (triệu đồng)"])
def test_money_granted_up_to_now_is_no_years_funding(money):
    """WRONG NUMBERS: "Kinh phí NSNN đã cấp đến nay" beside the tasks in progress (tasks that run for years: the money
    granted since each began) was stored as 2024's state funding of the tasks, 27,1 billion
    (metrics/indicators.toml tasks_funding_state exclude_in_order). The tasks themselves are read as before."""
    got = _binh_thuan_levels(money)
    assert "tasks_funding_state" not in got and got["tasks_managed"] == 43


@pytest.mark.parametrize("money", ["Kinh phí NSNN cấp trong năm (triệu đồng)", "Kinh phí NSNN đã cấp (triệu đồng)",
                                   "Kinh phí NSNN cấp từ đầu năm đến nay (triệu đồng)"])
def test_probe_the_years_money_granted_reads_as_before(money):
    """"Cấp trong năm", "đã cấp" and the year to date ("từ đầu năm đến nay") stay the year's funding."""
    assert _binh_thuan_levels(money)["tasks_funding_state"] == 27.1


def test_a_rows_money_granted_up_to_now_is_no_funding():
    """WRONG NUMBER: a row "Kinh phí NSNN thực hiện nhiệm vụ KH&CN đã cấp đến nay | 95.000" was the year's funding."""
    result = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024")
                     + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
                        ["1", "Kinh phí NSNN thực hiện nhiệm vụ KH&CN", "triệu đồng", 38450],
                        ["2", "Kinh phí NSNN thực hiện nhiệm vụ KH&CN đã cấp đến nay", "triệu đồng", 95000]],
                     name="report.xlsx")
    assert {k[2]: v for k, v in taken(result).items()} == {"tasks_funding_state": 38.45}


@pytest.mark.parametrize("label,unit", [("Kinh phí NSNN cho nhiệm vụ KH&CN từ năm 2021 đến nay", "triệu đồng"),
                                        ("Chi NSNN cho KH&CN từ năm 2021 đến nay", "triệu đồng"),
                                        ("Nhiệm vụ KH&CN được nghiệm thu từ năm 2021 đến nay", "nhiệm vụ"),
                                        ("Chi NSNN cho KH&CN đã cấp đến nay", "triệu đồng")])
def test_a_flow_since_a_year_or_granted_up_to_now_is_not_the_years(label, unit):
    """WRONG NUMBERS (neighbours of class 2): a flow's row "… từ năm 2021 đến nay" (summed since 2021) under "Năm 2024"
    was stored as 2024's — "đến nay" kept it from the rule on a flow "từ năm 2021" (etl/walk.py _FROM_A_YEAR); "Chi
    NSNN cho KH&CN đã cấp đến nay" as the year's S&T spending (st_budget exclude_in_order)."""
    result = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024")
                     + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 42],
                        ["2", label, unit, 95000]], name="report.xlsx")
    assert {(k[2], k[3]): v for k, v in taken(result).items()} == {("ocop_products", "2024"): 42}


@pytest.mark.parametrize("label,fact", [("Nhiệm vụ KH&CN được nghiệm thu từ năm 2024 đến nay", ("tasks_accepted", 30)),
                                        ("Nhiệm vụ KH&CN chuyển tiếp từ năm 2023", ("tasks_carried_over", 30)),
                                        ("Chi ngân sách nhà nước cho KH&CN", ("st_budget", 30))])
def test_probe_a_flow_from_the_years_start_or_carried_from_a_year_reads_as_before(label, fact):
    result = examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024")
                     + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
                        ["1", label, "tỷ đồng" if fact[0] == "st_budget" else "nhiệm vụ", 30]], name="report.xlsx")
    assert {(k[2], k[3]): v for k, v in taken(result).items()} == {(fact[0], "2024"): fact[1]}


# --- 3. the OCOP products recognised by the districts ---------------------------------------------------------------

STARS = [["STT", "Hạng sao", "Năm 2024"], ["1", "3 sao", 20], ["2", "4 sao", 5], ["", "Tổng cộng", 25]]


@pytest.mark.parametrize("caption", ["Sản phẩm OCOP cấp huyện phân theo hạng sao",
                                     "Kết quả đánh giá, phân hạng sản phẩm OCOP cấp huyện năm 2024",
                                     "Sản phẩm OCOP do UBND cấp huyện công nhận năm 2024"])
def test_a_districts_ocop_products_by_star_are_no_provinces(caption):
    """WRONG NUMBERS: a table of the products the DISTRICT level recognised, by star, was stored as the province's
    recognised products (25, 20 three-star, 5 four-star) — a part of the province's, never its whole: not read."""
    result = examine(head("Hà Tĩnh", caption) + STARS, name="r.xlsx")
    assert not any(i.startswith("ocop_products") for i in result.facts.indicator) and not result.accepted


@pytest.mark.parametrize("label", ["Sản phẩm OCOP được công nhận cấp huyện", "Sản phẩm OCOP do UBND cấp huyện công nhận",
                                   "Số sản phẩm OCOP được UBND huyện công nhận", "Sản phẩm OCOP cấp xã"])
def test_a_row_of_the_districts_ocop_products_is_no_provinces(label):
    """WRONG NUMBERS: beside the province's 42 products, a row of the 30 the districts recognised was stored as the
    province's products (two values: the honest file refused) — alone, as its products. Now set aside."""
    result = table(OCOP_ROW + [42], ["2", label, "sản phẩm", 30], TASKS_ACCEPTED_ROW + [7], name="report.xlsx")
    assert {(k[2], k[3]): v for k, v in taken(result).items()} == {("ocop_products", "2024"): 42,
                                                                  ("tasks_accepted", "2024"): 7}


@pytest.mark.parametrize("caption", ["Sản phẩm OCOP được công nhận phân theo hạng sao",
                                     "Sản phẩm OCOP được công nhận chia theo đơn vị cấp huyện",
                                     "Sản phẩm OCOP cấp tỉnh phân theo hạng sao"])
def test_probe_the_provinces_ocop_products_by_star_read_as_before(caption):
    """The province's products by star — also "chia theo đơn vị cấp huyện" (the province's, by district)."""
    result = examine(head("Hà Tĩnh", caption) + STARS, name="r.xlsx")
    assert {k[2]: v for k, v in taken(result).items()} == {"ocop_products": 25, "ocop_products_3star": 20,
                                                          "ocop_products_4star": 5}


# --- 4. a count over a span above the same count over a span holding it ---------------------------------------------

def _spans(columns: tuple, tasks: list, ocop: list, title: str = NINE_MONTHS_2026):
    """Quảng Ngãi's nine months of 2026: the tasks accepted and the OCOP products under `columns`."""
    return examine(head("Quảng Ngãi", title) + [["STT", "Chỉ tiêu", "ĐVT", *columns], TASKS_ACCEPTED_ROW + tasks,
                                                OCOP_ROW + ocop], name="report.xlsx")


@pytest.mark.parametrize("columns", [("Quý III/2026", "Lũy kế 9 tháng năm 2026"), ("Tháng 9/2026", "Quý III/2026"),
                                     ("6 tháng đầu năm 2026", "Lũy kế 9 tháng năm 2026")])
def test_a_count_over_a_span_above_its_holders_is_refused(columns):
    """MISSED REFUSAL (blind89's, left by review44): "Quý III/2026 | 25" beside "Lũy kế 9 tháng | 21" tasks accepted —
    a quarter's tasks more than the nine months' that hold it — was stored whole: one of the two is wrong and no one
    can tell which. Refused, the message naming both cells, both periods and the rule (etl/validate.py check_spans)."""
    result = _spans(columns, [25, 21], [5, 30])
    assert not result.accepted
    [problem] = result.problems
    assert (problem.sheet, problem.cell, problem.rule) == ("Biểu 01", "D7", "part_whole")
    assert "lớn hơn 21" in problem.message_vi and "(ô E7) chứa nó" in problem.message_vi
    assert "kỳ ngắn không thể lớn hơn số của kỳ dài bao trùm nó" in problem.message_vi


@pytest.mark.parametrize("columns", [("Tháng 9/2026", "6 tháng đầu năm 2026"),   # neither holds the other
                                     ("Quý III/2026", "9 tháng năm 2025"),        # another year
                                     ("Quý III/2026", "Kế hoạch năm 2026"),       # a plan
                                     ("Quý III/2026", "Ước cả năm 2026")])        # an estimate
def test_probe_a_count_beside_a_span_that_does_not_hold_it_is_read(columns):
    result = _spans(columns, [25, 21], [5, 30])
    assert result.accepted and len(result.facts) == 4


def test_probe_rates_and_counts_recounted_each_period_are_not_checked():
    """A quarter's rate above the nine months' (98,5 % beside 90,2 %) and the tasks in progress in the quarter (40)
    beside the nine months' (35, a count recounted each period: registry) are read as before."""
    result = examine(head("Quảng Ngãi", NINE_MONTHS_2026)
                     + [["STT", "Chỉ tiêu", "ĐVT", "Quý III/2026", "Lũy kế 9 tháng năm 2026"],
                        ["1", "Tỷ lệ hồ sơ TTHC được giải quyết trực tuyến", "%", 98.5, 90.2],
                        ["2", "Nhiệm vụ KH&CN đang thực hiện", "nhiệm vụ", 40, 35], TASKS_ACCEPTED_ROW + [5, 21]],
                     name="report.xlsx")
    assert len(taken(result)) == 6


def test_probe_a_quarter_within_its_nine_months_is_read():
    result = _spans(("Quý III/2026", "Lũy kế 9 tháng năm 2026"), [12, 21], [5, 30])
    assert {(k[2], k[3]): v for k, v in taken(result).items()} == {
        ("tasks_accepted", "2026-Q3"): 12, ("tasks_accepted", "2026-01/2026-09"): 21,
        ("ocop_products", "2026-Q3"): 5, ("ocop_products", "2026-01/2026-09"): 30}


def test_the_synthetic_tidy_workbooks_spans_hold_their_parts():
    """The speed tests' synthetic tidy workbook (tests/fixtures/excel/make_tidy_large.py) drew each span on its own: a
    half's tasks accepted above its year's, which the check above refuses. Now each year holds its halves and the
    first half its five months, for every count counted once (the recounted ones a little under the halves' sum)."""
    from etl.validate import _counted_once
    from tests.fixtures.excel import make_tidy_large as tidy

    counted, codes = _counted_once(), [code for code, _, _ in tidy.INDICATORS]
    for k in range(0, len(tidy.YEARS) * len(tidy.PROVINCES_63), 97):
        v = tidy._spans_values(k)
        year, first, second, five = v[0], v[1], v[2], v[3]
        for code in codes:
            assert 0 <= five[code] <= first[code] <= year[code] and second[code] <= year[code], (k, code)
            if code in counted:
                assert year[code] == first[code] + second[code], (k, code)
            else:
                assert year[code] != first[code] + second[code], (k, code)


def test_the_synthetic_tidy_workbook_is_read_whole(tmp_path):
    """Its four spans of a year (1,197 rows each and the first of the next year) read, every row a fact."""
    from etl import pipeline
    from tests.fixtures.excel.make_tidy_large import make_tidy_workbook

    n = make_tidy_workbook(tmp_path / "tidy.xlsx", 4 * 1197 + 19)
    result = pipeline.examine((tmp_path / "tidy.xlsx").read_bytes(), "tidy.xlsx")
    assert result.accepted and len(result.facts) == n, [p.message_vi for p in result.problems[:3]]

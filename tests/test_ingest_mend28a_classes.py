"""Wrong numbers last session's reviewers found and left alone, settled (issue #8, mend28a: precision must stay
1.00 on reports read at first sight): a round of the year, a mixed population of tasks, a date in a header, an
estimate of the year, a year-to-date flow, a year column in a month's report, "Cùng kỳ" beside two parts. Each
class: the smallest realistic report that stored a wrong number, then probes the fix must not touch (the same
label with another period, another province, the plain year). Each report is built with
tests/fixtures/reports.py, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, examine, facts, head, taken

NGHE_AN = "40"
HA_TINH = "42"
OCOP = ["1", "Sản phẩm OCOP được công nhận", "sản phẩm", 30]
UNDATED = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN"
Y24 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ NĂM 2024"


def _column(header: str, title: str = UNDATED, row: list = OCOP, province: str = "Nghệ An"):
    """A province's report whose one column of figures is headed `header`."""
    return examine(head(province, title) + [H + [header], row])


def _reasons(result) -> str:
    return " | ".join(f"{i.text}: {i.reason_vi}" for i in result.ignored)


def _with_status(result) -> dict:
    f = result.facts
    return {(i, per, m, st): v for i, per, m, st, v in zip(f.indicator, f.period, f.measure, f.status, f.value)}


# --- 1. a round of the year is no period ------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["Đợt 2, 2024", "Đợt 1 năm 2024", "Lần 2/2024", "Kỳ 2 năm 2024", "Đợt II/2024",
                                    "Lần thứ hai năm 2024", "Kỳ họp thứ 2 năm 2024", "Phiên 3/2024", "Đợt 2/2024"])
@pytest.mark.parametrize("title", [UNDATED, Y24])
def test_a_rounds_column_is_never_the_year(header, title):
    """WRONG NUMBERS: a column "Đợt 2, 2024" (the OCOP products recognised in the year's second round) was read
    as the year 2024 — the round's 30 products stored as the whole year's; so "Lần 2/2024", "Kỳ 2 năm 2024"
    (metrics/periods.py _ROUND). Nothing stored; the uploader is shown the column as naming no period."""
    result = _column(header, title)
    assert facts(result) == {}, header
    assert f"Cột D: {header}" in _reasons(result)


@pytest.mark.parametrize("header", ["Năm 2024", "Kỳ báo cáo năm 2024", "Kỳ 6 tháng đầu năm 2024"])
def test_probe_a_year_or_a_reporting_period_keeps_its_period(header):
    period = "2024-S1" if "6 tháng" in header else "2024"
    assert taken(_column(header)) == {(NGHE_AN, "63", "ocop_products", period, "actual"): 30}, header


def test_probe_a_place_named_kỳ_and_a_ratio_in_lần_name_no_round():
    from metrics import periods
    for text, notation in (("Huyện Kỳ Anh năm 2024", "2024"), ("Tăng gấp 2 lần năm 2024", "2024"),
                           ("Cùng kỳ năm 2023", "2023"), ("Ngày 30/4/2024", "2024-04-30")):
        assert periods.from_text(text).notation == notation, text


def test_a_round_reports_year_column_is_set_aside_with_its_reason():
    """WRONG NUMBER: "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP ĐỢT 2 NĂM 2024" over "Năm 2024": the round's (or
    the year's to the round) stored as the whole year's. Set aside, the reason said."""
    result = _column("Năm 2024", "KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP ĐỢT 2 NĂM 2024")
    assert facts(result) == {}
    assert "báo cáo theo đợt" in _reasons(result)


def test_probe_the_same_report_of_another_province_in_its_year_stays_read():
    assert taken(_column("Năm 2024", Y24, province="Hà Tĩnh")) == {(HA_TINH, "63", "ocop_products", "2024", "actual"): 30}


# --- 3. a date written with a comma before its year is that date -------------------------------------------------

VALID = ["2", "Sản phẩm OCOP còn hiệu lực công nhận", "sản phẩm", 120]


@pytest.mark.parametrize("header", ["Ngày 15 tháng 6, 2024", "Đến ngày 15 tháng 6, 2024", "ngày 15 tháng 6,2024", "Ngày 15 tháng 6, năm 2024"])
def test_a_date_with_a_comma_before_its_year_is_never_its_month(header):
    """WRONG NUMBERS: a column "Ngày 15 tháng 6, 2024" (a comma before the year) was read as the month of June —
    the 30 OCOP products recognised to that date stored as June's flow, and the 120 valid at that date as June's
    (metrics/periods.py _D, _DATE_BARE took only "/", ".", "-" or "năm" before the year). It is the date: the
    valid products a stock at 15/6/2024, the products recognised (a flow) asked for their period."""
    result = examine(head("Nghệ An", UNDATED) + [H + [header], OCOP, VALID])
    assert facts(result) == {}
    assert any("không phải tại một ngày" in p.message_vi for p in result.problems), [p.message_vi for p in result.problems]
    got = taken(examine(head("Nghệ An", UNDATED) + [H + [header], VALID]))
    assert got == {(NGHE_AN, "63", "ocop_products_total", "2024-06-15", "actual"): 120}, header


def test_a_reports_date_in_its_title_is_no_month_of_figures():
    """WRONG NUMBER: "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN, ngày 15 tháng 6, 2024" over "Số liệu": the report's
    figures stored as June 2024's. A flow at a date is asked for its period (as with "ngày 15 tháng 6 năm 2024")."""
    result = _column("Số liệu", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN, ngày 15 tháng 6, 2024")
    assert facts(result) == {}


@pytest.mark.parametrize("header, period", [("Tháng 6, 2024", "2024-06"), ("Ngày 15 tháng 6 năm 2024", None),
                                            ("Quý II, 2024", "2024-Q2"), ("6 tháng, 2024", "2024-S1")])
def test_probe_a_month_and_a_half_with_a_comma_keep_their_periods(header, period):
    result = _column(header)
    assert facts(result) == ({(NGHE_AN, "63", "ocop_products", period, "actual"): 30} if period else {}), header


def test_probe_a_cut_off_written_with_a_comma_reads_as_written_with_slashes():
    assert facts(_column("Tính đến ngày 30 tháng 6, 2024")) == facts(_column("Tính đến ngày 30/6/2024")) != {}


# --- 6. a lone year column in a month's or a quarter's report ----------------------------------------------------

OCT = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ THÁNG 10 NĂM 2024"


@pytest.mark.parametrize("title", [OCT, "Báo cáo tháng 10/2024", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ III NĂM 2024",
                                   "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 10 THÁNG ĐẦU NĂM 2024"])
@pytest.mark.parametrize("row", [OCOP, VALID], ids=["flow", "stock"])
def test_a_lone_year_in_a_months_report_is_never_the_whole_year(title, row):
    """WRONG NUMBERS: "Năm 2024" the one column of "BÁO CÁO … THÁNG 10 NĂM 2024" (or of Quý III/2024) was stored
    as the whole year 2024 — the 30 products recognised to October as the year's, the 120 valid in October as
    those valid at 31/12/2024 (etl/walk.py _value_period's check). Set aside with the reason."""
    result = _column("Năm 2024", title, row)
    assert facts(result) == {}, title
    assert "Năm 2024" in _reasons(result) and "không lấy" in _reasons(result)


def test_probe_an_estimate_of_the_year_in_a_months_report_stays_an_estimate():
    got = _with_status(_column("Ước thực hiện năm 2024", OCT))
    assert got == {("ocop_products", "2024", "actual", "estimated"): 30}


@pytest.mark.parametrize("title, header, period", [
    (OCT, "Tháng 10/2024", "2024-10"), (OCT, "Năm 2023", "2023"), (Y24, "Năm 2024", "2024"),
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN THÁNG 12 NĂM 2024", "Năm 2024", "2024"),
    ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ II NĂM 2024", "6 tháng đầu năm 2024", "2024-S1")])
def test_probe_the_months_own_period_a_past_year_and_a_year_ending_with_the_report_stay_read(title, header, period):
    assert taken(_column(header, title)) == {(NGHE_AN, "63", "ocop_products", period, "actual"): 30}, (title, header)


# --- 7. "Cùng kỳ" beside two parts of the year --------------------------------------------------------------------

def _three(headers: list[str], title: str = Y24):
    return examine(head("Nghệ An", title) + [H + headers, OCOP[:3] + [30, 40, 35]])


@pytest.mark.parametrize("headers", [["Quý III", "9 tháng", "Cùng kỳ năm trước"],
                                     ["Quý III/2024", "9 tháng 2024", "Cùng kỳ năm 2023"],
                                     ["Tháng 10", "10 tháng", "Cùng kỳ năm trước"],
                                     ["Quý II", "6 tháng đầu năm", "Cùng kỳ năm trước"]])
def test_same_period_beside_two_parts_is_neither_parts_last_year(headers):
    """WRONG NUMBERS: "Quý III | 9 tháng | Cùng kỳ năm trước" under "… NĂM 2024": the third column's 35 was
    stored as the whole year 2023 — it is the third quarter's or the nine months' of 2023, which, no one can
    tell (etl/walk.py _same_period_beside_two_parts). The two parts stay read; the third set aside, said."""
    result = _three(headers)
    got = facts(result)
    assert 35 not in got.values(), headers
    assert len(got) == 2 and {30, 40} == set(got.values())
    assert "không rõ là cùng kỳ của kỳ nào" in _reasons(result)


@pytest.mark.parametrize("headers, period", [(["Quý III", "Cùng kỳ năm trước", "Ghi chú"], "2023-Q3"),
                                             (["Thực hiện tháng 10", "Cùng kỳ năm trước", "Ghi chú"], "2023-10"),
                                             (["Năm 2024", "Cùng kỳ năm 2023", "Ghi chú"], "2023")])
def test_probe_same_period_beside_one_part_or_the_year_stays_that_part(headers, period):
    result = examine(head("Nghệ An", Y24) + [H + headers, OCOP[:3] + [30, 35, "ước tính"]])
    assert facts(result)[(NGHE_AN, "63", "ocop_products", period, "actual")] == 35, headers


def test_probe_same_period_beside_the_month_and_the_year_to_date_stays_the_year_to_date():
    result = _three(["Tháng 10/2024", "Lũy kế từ đầu năm", "Cùng kỳ năm trước"])
    assert facts(result)[(NGHE_AN, "63", "ocop_products", "2023-01/2023-10", "actual")] == 35


# --- 4. an estimate of the year made from the data to a month ---------------------------------------------------

@pytest.mark.parametrize("title", [UNDATED, Y24, "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN 10 THÁNG ĐẦU NĂM 2024"])
@pytest.mark.parametrize("header", ["Ước thực hiện năm 2024 (số liệu đến tháng 10)", "Ước TH năm 2024 (số liệu cập nhật đến tháng 10)",
                                    "ƯTH năm 2024 (số liệu đến hết tháng 10)"])
def test_an_estimate_of_the_year_from_the_data_to_october_is_the_years_estimate(title, header):
    """WRONG NUMBERS: "Ước thực hiện năm 2024 (số liệu đến tháng 10)" — the year's 30 products estimated from the
    data to October — was stored as January–October 2024's (etl/headers.py column_period): it is the year's
    estimate, never a figure of January–October nor the year's actual."""
    assert _with_status(_column(header, title)) == {("ocop_products", "2024", "actual", "estimated"): 30}, (title, header)


def test_an_estimate_of_the_year_to_october_unsaid_which_is_not_read():
    """"Ước TH năm 2024 (đến tháng 10)": the year's estimate or the estimate to October — not read (it was stored
    as January–October's)."""
    result = _column("Ước TH năm 2024 (đến tháng 10)")
    assert facts(result) == {}
    assert "Cột D: Ước TH năm 2024 (đến tháng 10)" in _reasons(result)


@pytest.mark.parametrize("header, key", [
    ("Năm 2024 (số liệu đến tháng 10)", ("ocop_products", "2024-01/2024-10", "actual", "reported")),
    ("Ước thực hiện 10 tháng năm 2024", ("ocop_products", "2024-01/2024-10", "actual", "estimated")),
    ("Ước thực hiện năm 2024", ("ocop_products", "2024", "actual", "estimated")),
    ("Ước thực hiện đến tháng 10/2024", ("ocop_products", "2024-01/2024-10", "actual", "estimated"))])
def test_probe_the_year_to_october_and_the_plain_estimates_keep_their_periods(header, key):
    assert _with_status(_column(header)) == {key: 30}, header


# --- 2. tasks new AND carried over are neither part ---------------------------------------------------------------

def _task(label: str, title: str = Y24, province: str = "Nghệ An"):
    return examine(head(province, title) + [H + ["Năm 2024"], ["1", label, "nhiệm vụ", 12]])


@pytest.mark.parametrize("label", ["Nhiệm vụ mở mới và chuyển tiếp đã thanh lý hợp đồng",
                                   "Nhiệm vụ mở mới và chuyển tiếp đã ký hợp đồng",
                                   "Nhiệm vụ cấp tỉnh mở mới và chuyển tiếp đã thanh lý hợp đồng",
                                   "Nhiệm vụ mở mới đã thanh lý hợp đồng",
                                   "Nhiệm vụ chuyển tiếp đã thanh lý hợp đồng",
                                   "Nhiệm vụ KH&CN chuyển tiếp và triển khai mới đã thanh lý",
                                   "Nhiệm vụ chuyển tiếp và mở mới đã thanh lý hợp đồng", "Nhiệm vụ mới, chuyển tiếp đã ký hợp đồng"])
def test_a_mixed_or_liquidated_population_of_tasks_is_neither_the_new_nor_the_carried_over(label):
    """WRONG NUMBERS: "Nhiệm vụ mở mới và chuyển tiếp đã thanh lý hợp đồng | 12" (the tasks new and carried over
    whose contract was liquidated — finished) was stored as the year's 12 new tasks; so "… đã ký hợp đồng" and
    "Nhiệm vụ mở mới đã thanh lý hợp đồng"; "Nhiệm vụ chuyển tiếp đã thanh lý hợp đồng" as the carried-over
    (metrics/indicators.toml tasks_new*, tasks_carried_over* exclude). Nothing stored, the reason said."""
    result = _task(label)
    assert facts(result) == {}, label
    assert "loại trừ" in _reasons(result)


@pytest.mark.parametrize("label, code", [("Nhiệm vụ mở mới", "tasks_new"), ("Nhiệm vụ cấp tỉnh mở mới", "tasks_new_provincial"),
                                         ("Nhiệm vụ chuyển tiếp", "tasks_carried_over"),
                                         ("Nhiệm vụ mở mới và chuyển tiếp", "tasks_managed"),
                                         ("Nhiệm vụ mới và chuyển tiếp đã nghiệm thu", "tasks_accepted"),
                                         ("Nhiệm vụ chuyển tiếp từ năm trước", "tasks_carried_over")])
def test_probe_the_parts_and_the_whole_of_the_tasks_stay_read(label, code):
    assert taken(_task(label)) == {(NGHE_AN, "63", code, "2024", "actual"): 12}, label
    assert taken(_task(label, province="Hà Tĩnh")) == {(HA_TINH, "63", code, "2024", "actual"): 12}, label


# --- 5. a flow since 1 January to now is the year to date, never the stock -----------------------------------------

@pytest.mark.parametrize("label", ["Sản phẩm OCOP được công nhận, tính từ 01/01 đến nay",
                                   "Sản phẩm OCOP được công nhận từ 01/01/2024 đến nay",
                                   "Sản phẩm OCOP được công nhận từ ngày 1/1 đến nay",
                                   "Sản phẩm OCOP được công nhận từ tháng 1 đến nay"])
@pytest.mark.parametrize("header", ["Năm 2024", "Số liệu"])
def test_products_recognised_since_january_to_now_are_never_the_valid_stock(label, header):
    """WRONG NUMBERS: "Sản phẩm OCOP được công nhận, tính từ 01/01 đến nay | 30" in a report on 2024 — the year
    to date's new recognitions (a flow) — was stored as the 30 products valid at 31/12/2024 ("đến nay" read as a
    total to date). As probe36's "… từ đầu năm đến nay" (etl/headers.py _FROM_JANUARY_TO_NOW): the year's 30
    or nothing, never the stock — set aside with the reason."""
    result = examine(head("Nghệ An", Y24) + [H + [header], ["1", label, "sản phẩm", 30]])
    assert not any(k[2] == "ocop_products_total" for k in facts(result)), label
    assert facts(result) in ({}, {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 30})


@pytest.mark.parametrize("label, code, period", [
    ("Sản phẩm OCOP được công nhận trong năm", "ocop_products", "2024"),
    ("Sản phẩm OCOP được công nhận lũy kế đến nay", "ocop_products_total", "2024-12-31"),
    ("Nhiệm vụ KH&CN được nghiệm thu, tính từ 01/01 đến nay", "tasks_accepted", "2024")])
def test_probe_the_years_flow_and_a_total_to_date_keep_their_reading(label, code, period):
    got = taken(examine(head("Hà Tĩnh", Y24) + [H + ["Năm 2024"], ["1", label, "sản phẩm", 30]]))
    assert got == {(HA_TINH, "63", code, period, "actual"): 30}, label


def test_probe_a_running_total_since_january_in_a_months_report_is_january_to_the_month():
    got = taken(examine(head("Nghệ An", OCT) + [H + ["Tháng 10", "Lũy kế từ 01/01 đến nay"], OCOP[:3] + [5, 30]]))
    assert got == {(NGHE_AN, "63", "ocop_products", "2024-10", "actual"): 5,
                   (NGHE_AN, "63", "ocop_products", "2024-01/2024-10", "actual"): 30}


# --- 6b. "Năm nay" alone in a month's report ----------------------------------------------------------------------

@pytest.mark.parametrize("title", [OCT, "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN QUÝ III NĂM 2024"])
def test_this_years_column_in_a_months_report_is_never_the_months(title):
    """WRONG NUMBER: "Năm nay" the one column of "BÁO CÁO … THÁNG 10 NĂM 2024" was stored as October's 30
    products (the report's own period): this year's figure in a month's report is the year to date or the
    year's — set aside with the reason (etl/walk.py _why_set_aside)."""
    result = _column("Năm nay", title)
    assert facts(result) == {}
    assert "Năm nay" in _reasons(result)


def test_probe_this_year_in_a_years_report_and_over_the_months_columns_stay_read():
    assert taken(_column("Năm nay", Y24)) == {(NGHE_AN, "63", "ocop_products", "2024", "actual"): 30}
    got = taken(examine(head("Nghệ An", OCT) + [H + ["Năm nay", None], [None, None, None, "Tháng 10", "Từ đầu năm"],
                                                 OCOP[:3] + [5, 30]], merges=("D6:E6",)))
    assert got == {(NGHE_AN, "63", "ocop_products", "2024-10", "actual"): 5,
                   (NGHE_AN, "63", "ocop_products", "2024-01/2024-10", "actual"): 30}

"""Wrong-number classes found by batch 50 (the department's own monthly and quarterly reports, written
blind), each with a class test and probes where the fix must not fire. Every workbook is built with
`tests.fixtures.reports`, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

from tests.fixtures.reports import examine, facts, head, taken

_OCOP = ["1", "Sản phẩm OCOP được công nhận", "sản phẩm"]


def _monthly(title: str, columns: list, values: list) -> dict:
    """Nghệ An's report under `title`: "TT | Chỉ tiêu | ĐVT" then `columns`, one OCOP row of `values`."""
    return taken(examine(head("Nghệ An", title) + [["TT", "Chỉ tiêu", "ĐVT"] + columns, _OCOP + values],
                         name="blind50.xlsx"))


def _ocop(period: str) -> tuple:
    return ("40", "63", "ocop_products", period, "actual")


# --- 1. "Cùng kỳ" naming its part beside its year -------------------------------------------------------

def test_a_same_period_column_naming_its_part_is_that_part():
    """WRONG NUMBERS (blind50, Hà Nội's October 2025): "Cùng kỳ năm 2024 (10 tháng)" beside "Thực hiện
    tháng 10/2025 | Lũy kế từ đầu năm" was stored as October 2024 — the report's month taken for the
    part, the header's own "10 tháng" never read: the ten months of 2024 (six rows, 6 wrong numbers). The
    part a "Cùng kỳ" header names is the part of its year, or of the year before (etl/headers.py
    part_beside_same_period)."""
    title = "BÁO CÁO KẾT QUẢ CÔNG TÁC THÁNG 10/2024"
    for header, period in (("Cùng kỳ năm 2023 (10 tháng)", "2023-01/2023-10"),
                           ("Cùng kỳ năm trước (10 tháng)", "2023-01/2023-10"),
                           ("Cùng kỳ năm 2023 (lũy kế 10 tháng)", "2023-01/2023-10")):
        got = _monthly(title, ["Thực hiện tháng 10", "Lũy kế từ đầu năm", header], [5, 41, 37])
        assert got == {_ocop("2024-10"): 5, _ocop("2024-01/2024-10"): 41, _ocop(period): 37}, (header, got)
    # the part named is read whatever the columns beside it: a month, a quarter
    got = _monthly(title, ["Thực hiện tháng 10", "Cùng kỳ năm 2023 (tháng 10)"], [5, 4])
    assert got == {_ocop("2024-10"): 5, _ocop("2023-10"): 4}, got
    got = _monthly("BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ III NĂM 2024", ["Thực hiện Quý III", "Cùng kỳ năm 2023 (Quý III)"],
                   [14, 11])
    assert got == {_ocop("2024-Q3"): 14, _ocop("2023-Q3"): 11}, got


def test_a_named_years_same_period_beside_the_year_to_date_is_that_years_to_date():
    """WRONG NUMBERS (blind50's class): "Cùng kỳ năm 2023" beside "Thực hiện tháng 10 | Lũy kế từ đầu năm"
    was stored as October 2023, while "Cùng kỳ năm trước" in its place is January–October 2023 (the
    comparison sets it against the year to date): a year named reads as "năm trước" does
    (etl/walk.py, the year-to-date columns)."""
    got = _monthly("BÁO CÁO KẾT QUẢ CÔNG TÁC THÁNG 10/2024",
                   ["Thực hiện tháng 10", "Lũy kế từ đầu năm", "Cùng kỳ năm 2023", "So sánh (%)"], [5, 41, 37, 110.8])
    assert got == {_ocop("2024-10"): 5, _ocop("2024-01/2024-10"): 41, _ocop("2023-01/2023-10"): 37}, got


def test_probe_a_same_period_naming_no_part_keeps_the_reports_part():
    """Where it must not fire: "Cùng kỳ" with no part and no year to date beside it is the report's own
    part a year earlier (the month, the half); a note in brackets names no part; "Cùng kỳ năm trước"
    beside the year to date stays its year to date."""
    title = "BÁO CÁO KẾT QUẢ CÔNG TÁC THÁNG 10/2024"
    assert _monthly(title, ["Thực hiện tháng 10", "Cùng kỳ năm 2023"], [5, 4]) == {
        _ocop("2024-10"): 5, _ocop("2023-10"): 4}
    assert _monthly(title, ["Thực hiện tháng 10", "Cùng kỳ năm 2023 (*)"], [5, 4]) == {
        _ocop("2024-10"): 5, _ocop("2023-10"): 4}
    assert _monthly("BÁO CÁO KẾT QUẢ CÔNG TÁC 6 THÁNG ĐẦU NĂM 2024", ["Thực hiện 6 tháng", "Cùng kỳ năm 2023"],
                    [20, 17]) == {_ocop("2024-S1"): 20, _ocop("2023-S1"): 17}
    assert _monthly(title, ["Thực hiện tháng 10", "Lũy kế từ đầu năm", "Cùng kỳ năm trước"], [5, 41, 37]) == {
        _ocop("2024-10"): 5, _ocop("2024-01/2024-10"): 41, _ocop("2023-01/2023-10"): 37}


# --- 2. a year's group over "Tháng 10 | Từ đầu năm" (found by the probes beside class 1) ----------------

def _grouped(upper: tuple, lower: tuple, title: str = "BÁO CÁO KẾT QUẢ CÔNG TÁC THÁNG 10/2024"):
    """Two header rows: `upper` merged over two columns each, `lower` under them; one OCOP row."""
    rows = head("Nghệ An", title) + [["TT", "Chỉ tiêu", "ĐVT", upper[0], None, upper[1], None],
                                     [None, None, None, *lower, *lower], _OCOP + [5, 41, 4, 37]]
    return examine(rows, merges=("D6:E6", "F6:G6"), name="blind50.xlsx")


def test_the_year_to_date_under_a_years_group_is_never_the_whole_year():
    """WRONG NUMBERS (blind50's probes): "Năm 2024 | Năm 2023" each over "Tháng 10 | Từ đầu năm" in a report
    on October 2024 stored January–October as the whole years 2024 and 2023 (41 and 37 as the years' products
    recognized); under "Năm nay | Cùng kỳ năm trước" the honest file was refused (the year to date read as
    October a second time). Each is January to the report's month of its year (etl/headers.py columns_of,
    header_role)."""
    want = {_ocop("2024-10"): 5, _ocop("2024-01/2024-10"): 41, _ocop("2023-10"): 4, _ocop("2023-01/2023-10"): 37}
    for upper in (("Năm 2024", "Năm 2023"), ("Năm nay", "Cùng kỳ năm trước")):
        assert taken(_grouped(upper, ("Tháng 10", "Từ đầu năm"))) == want, upper


def test_a_years_group_without_the_reports_month_is_not_guessed():
    """WRONG NUMBERS too, then the probe: with no month in the title, "Từ đầu năm" under "Năm 2024" runs to no
    month a person can name — it was stored as the year; now nothing is (the uploader is asked for the
    period). Where it must not fire: "Năm 2024" over "6 tháng | Cả năm" keeps its half and its year."""
    result = _grouped(("Năm 2024", "Năm 2023"), ("Tháng 10", "Từ đầu năm"), title="BÁO CÁO KẾT QUẢ CÔNG TÁC KH&CN")
    assert not any(k[3] in ("2024", "2023") for k in facts(result)), facts(result)
    rows = head("Nghệ An", "BÁO CÁO KẾT QUẢ CÔNG TÁC KH&CN") + [["TT", "Chỉ tiêu", "ĐVT", "Năm 2024", None],
                                                                [None, None, None, "6 tháng", "Cả năm"], _OCOP + [5, 41]]
    assert taken(examine(rows, merges=("D6:E6",), name="blind50.xlsx")) == {_ocop("2024-S1"): 5, _ocop("2024"): 41}

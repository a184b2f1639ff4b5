"""Wrong numbers found by probe37 (issue #8: precision must stay 1.00 at first sight on unseen
reports). Small reports a provincial department could send, each read by `etl.ingest.examine` as an
upload is. The classes it found — a month written as a spreadsheet writes it ("Thg 10/2024",
"Oct-2024", a lone "10/2024") read as the whole year; a year's column counted to the end of an earlier
month ("Năm 2024 (tính đến 30/11)", "(đến tháng 11)") read as the whole year; a preliminary figure
beside its final one ("Số liệu sơ bộ | Số liệu điều chỉnh") stored as the year's — each with the honest
readings that must stay; then probes that already held, kept as regression tests (grouped by the class
of wrong number they guard: the 2026 reports of the 34 provinces, a part of the place, two-year headers,
a figure per inhabitants, comparison, note and rank columns, labels near a registry name)."""
from __future__ import annotations

import pytest

from metrics import periods
from tests.fixtures.reports import LABEL_UNIT_HEADER as H, OCOP_ROW, examine, facts, head, taken

REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
REPORT_2025 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025"
NGHE_AN = "40"
TUYEN_QUANG = "08"
OCOP_VALID = ["1", "Sản phẩm OCOP còn hiệu lực công nhận", "sản phẩm"]


def _rows(*rows: list, title: str = REPORT_2024, columns: tuple = ("Năm 2024",), province: str = "Nghệ An"):
    """A report of one table: the heading, the header (STT, Chỉ tiêu, ĐVT and `columns`), `rows`."""
    return examine(head(province, title) + [H + list(columns), *rows], name="report.xlsx")


def _table(*rows: list, title: str = REPORT_2024, province: str = "Nghệ An"):
    """A report of one table whose header and rows are `rows` as typed (no STT/Chỉ tiêu/ĐVT header)."""
    return examine(head(province, title) + list(rows), name="report.xlsx")


def _one(label: str, unit: str, value, **kw):
    return _rows(["1", label, unit, value], **kw)


def _why(result, start: str) -> str:
    """The reason the uploader reads for what was set aside (the first entry starting with `start`)."""
    return next(i.reason_vi for i in result.ignored if i.text.startswith(start))


def _ocop(period: str, value, frame: str = "63", indicator: str = "ocop_products", province: str = NGHE_AN) -> dict:
    return {(province, frame, indicator, period, "actual"): value}


# --- a month written as a spreadsheet writes it ------------------------------------------------------

@pytest.mark.parametrize("header", ["Thg 10/2024", "Thg.10/2024", "Oct-2024", "Oct 2024", "October 2024",
                                    "10/2024", "OCT-2024"])
def test_a_month_written_as_a_spreadsheet_writes_it_is_that_month(header):
    """"Thg 10/2024" (Excel's Vietnamese 'mmm/yyyy' typed as text), "Oct-2024" (its English one), a header
    "10/2024" alone: October's 3 OCOP products were stored as the whole year 2024's (metrics/periods.py
    _months_in_words)."""
    assert taken(_rows(OCOP_ROW + [3], columns=(header,))) == _ocop("2024-10", 3)


def test_may_is_a_month_only_where_the_text_writes_may():
    """"May-2024", "May 2024" are May; "máy 2024" (folded to the same letters) names no month."""
    assert periods.from_text("May-2024").notation == "2024-05"
    assert periods.from_text("May 2024").notation == "2024-05"
    assert periods.from_text("máy 2024").notation == "2024"


@pytest.mark.parametrize("text, notation", [
    ("Tháng 10/2024", "2024-10"), ("T10/2024", "2024-10"), ("Năm 2024", "2024"),
    ("Quyết định 10/2024", "2024"), ("Sept 2024", "2024-09"), ("Dec 2024", "2024-12"),
])
def test_months_and_years_written_otherwise_keep_their_reading(text, notation):
    """A month written in words, a year, a decision's number inside a longer text keep their readings."""
    assert periods.from_text(text).notation == notation


def test_a_months_column_a_spreadsheet_wrote_under_the_months_title():
    """"Thg 10/2024" under "BÁO CÁO … THÁNG 10 NĂM 2024": October's 3, never the year's."""
    got = taken(_rows(OCOP_ROW + [3], columns=("Thg 10/2024",), title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN THÁNG 10 NĂM 2024"))
    assert got == _ocop("2024-10", 3)


# --- a year's column counted to the end of an earlier month ------------------------------------------

@pytest.mark.parametrize("header", ["Năm 2024 (đến tháng 11)", "Năm 2024 (số liệu đến hết tháng 11)"])
def test_a_years_column_to_november_is_january_to_november(header):
    """"Năm 2024 (đến tháng 11)": January–November's 27 OCOP products were stored as the whole year 2024
    (a cut-off 31 days before the year's end was within the slack kept for the Government's 15/12)."""
    assert taken(_rows(OCOP_ROW + [27], columns=(header,))) == _ocop("2024-01/2024-11", 27)


def test_a_years_column_to_the_30th_of_november_is_the_stock_then():
    """"Năm 2024 (tính đến 30/11)": the 270 valid OCOP products were stored as those at 31/12/2024; they
    are the products at 30/11/2024, as "(tính đến 30/11/2024)" reads (review21a)."""
    got = taken(_rows(OCOP_VALID + [270], columns=("Năm 2024 (tính đến 30/11)",)))
    assert got == _ocop("2024-11-30", 270, indicator="ocop_products_total")
    assert got == taken(_rows(OCOP_VALID + [270], columns=("Năm 2024 (tính đến 30/11/2024)",)))


def test_a_years_report_counted_to_november_is_january_to_november():
    """"BÁO CÁO … NĂM 2024 (số liệu tính đến 30/11/2024)" over "Số lượng": the 27 products recognized were
    stored as the whole year's."""
    got = taken(_rows(OCOP_ROW + [27], columns=("Số lượng",),
                      title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024 (số liệu tính đến 30/11/2024)"))
    assert got == _ocop("2024-01/2024-11", 27)


@pytest.mark.parametrize("text, notation", [
    ("Năm 2024 (tính đến 30/11)", "2024-01/2024-11"),
    ("Năm 2024 (đến 30/11/2024)", "2024-01/2024-11"),
    ("6 tháng đầu năm 2024 (đến 31/5/2024)", "2024-01/2024-05"),
    # the slack stays for a day inside the last month or after the end: the Government's cut-offs
    ("Năm 2024 (tính đến 15/12)", "2024"),
    ("Năm 2025 (số liệu tính đến ngày 15/12/2025)", "2025"),
    ("6 tháng đầu năm 2024 (đến 15/7/2024)", "2024-S1"),
    ("Năm 2024 (đến tháng 12)", "2024"),
    ("Năm 2024 (đến 31/12)", "2024"),
])
def test_a_cutoff_at_an_earlier_months_end_counts_that_far(text, notation):
    assert periods.from_text(text).notation == notation


# --- a season, a school or a fiscal year across two calendar years -----------------------------------

@pytest.mark.parametrize("header", ["Niên độ 2024-2025", "Niên vụ 2024–2025", "Năm tài chính 2024-2025"])
def test_a_season_across_two_years_is_not_the_two_years(header):
    """"Niên độ 2024-2025" under "BÁO CÁO … NĂM 2025": the season's 58 OCOP products were stored as the sum
    of the two whole years 2024–2025; left unread, the column named."""
    result = _rows(OCOP_ROW + [58], columns=(header,), title=REPORT_2025)
    assert facts(result) == {}
    assert "không cho biết" in _why(result, "Cột D")


def test_a_report_on_a_season_asks_its_period():
    """"BÁO CÁO … NIÊN ĐỘ 2024-2025" over "Số lượng": stored as 2024–2025; now the uploader is asked."""
    result = _rows(OCOP_ROW + [58], columns=("Số lượng",), title="BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NIÊN ĐỘ 2024-2025")
    assert facts(result) == {}
    assert any("Không xác định được kỳ báo cáo" in p.message_vi for p in result.problems)


@pytest.mark.parametrize("text, notation", [
    ("Giai đoạn 2024-2025", "2024/2025"), ("2 năm (2024-2025)", "2024/2025"), ("Năm 2021-2025", "2021/2025"),
    ("Niên độ 2021-2025", "2021/2025"),
])
def test_spans_of_whole_years_keep_their_reading(text, notation):
    """A span named as such keeps its reading; "niên độ" over more than two years is no season."""
    assert periods.from_text(text).notation == notation


# --- a preliminary figure beside its final one -------------------------------------------------------

@pytest.mark.parametrize("columns", [("Số liệu sơ bộ", "Số liệu điều chỉnh"), ("Năm 2024 (sơ bộ)", "Năm 2024 (chính thức)"),
                                     ("Sơ bộ", "Chính thức"), ("Năm 2024 (số liệu sơ bộ)", "Năm 2024 (đã điều chỉnh)")])
def test_a_preliminary_figure_beside_its_final_one_is_not_the_years(columns):
    """"Số liệu sơ bộ | Số liệu điều chỉnh" (28, 30) under "… NĂM 2024": the preliminary 28 was stored as
    2024's OCOP products and the revised 30 left unread; "Năm 2024 (sơ bộ) | Năm 2024 (chính thức)" was
    refused as two values of one fact. The final figure is the year's; the preliminary is set aside,
    saying why (etl/headers.py _preliminary_beside_final)."""
    result = _rows(OCOP_ROW + [28, 30], columns=columns)
    assert taken(result) == _ocop("2024", 30)
    assert "sơ bộ" in _why(result, "Cột D")


def test_a_preliminary_figure_under_a_years_group_beside_its_final_one():
    """"Năm 2024" over "Sơ bộ | Chính thức": the preliminary 28 was stored as 2024's."""
    result = _table(H + ["Năm 2024", ""], ["", "", "", "Sơ bộ", "Chính thức"], OCOP_ROW + [28, 30])
    assert taken(result) == _ocop("2024", 30)
    assert "sơ bộ" in _why(result, "Cột D")


def test_a_preliminary_figure_alone_or_of_another_year_stays_taken():
    """"Số liệu sơ bộ năm 2024" alone is the year's figure as reported (an estimate); "Năm 2025 (số liệu sơ
    bộ) | Năm 2024 (số liệu chính thức)" are two years; "Kế hoạch điều chỉnh" is a plan, no final figure."""
    assert taken(_rows(OCOP_ROW + [28], columns=("Số liệu sơ bộ năm 2024",))) == _ocop("2024", 28)
    got = taken(_rows(OCOP_ROW + [33, 30], columns=("Năm 2025 (số liệu sơ bộ)", "Năm 2024 (số liệu chính thức)"),
                      title=REPORT_2025))
    assert got == {**_ocop("2025", 33, frame="34"), **_ocop("2024", 30)}
    got = taken(_rows(OCOP_ROW + [35, 33], columns=("Kế hoạch điều chỉnh năm 2025", "Năm 2025 (sơ bộ)"), title=REPORT_2025))
    assert got[(NGHE_AN, "34", "ocop_products", "2025", "actual")] == 33
    assert got[(NGHE_AN, "34", "ocop_products", "2025", "plan")] == 35



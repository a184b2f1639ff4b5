"""The period notation: canonical spellings, bounds, Vietnamese words, and reading report text."""
from datetime import date

import pytest
from hypothesis import given, strategies as st

from metrics import periods
from metrics.periods import PeriodError


@pytest.mark.parametrize("notation,start,end,kind,words", [
    ("2023", date(2023, 1, 1), date(2023, 12, 31), "year", "Năm 2023"),
    ("2023-S1", date(2023, 1, 1), date(2023, 6, 30), "half", "6 tháng đầu năm 2023"),
    ("2023-S2", date(2023, 7, 1), date(2023, 12, 31), "half", "6 tháng cuối năm 2023"),
    ("2024-Q1", date(2024, 1, 1), date(2024, 3, 31), "quarter", "Quý I/2024"),
    ("2023-05", date(2023, 5, 1), date(2023, 5, 31), "month", "Tháng 5/2023"),
    ("2020/2023", date(2020, 1, 1), date(2023, 12, 31), "range", "Giai đoạn 2020–2023"),
    ("2023-01/2023-05", date(2023, 1, 1), date(2023, 5, 31), "range", "5 tháng đầu năm 2023"),
    ("2023-12-31", date(2023, 12, 31), date(2023, 12, 31), "date", "Tính đến 31/12/2023"),
])
def test_notation(notation, start, end, kind, words):
    p = periods.parse(notation)
    assert (p.start, p.end, p.kind) == (start, end, kind)
    assert periods.label(p) == words


@pytest.mark.parametrize("spelling,canonical", [
    ("2023-01/2023-06", "2023-S1"), ("2023/2023", "2023"), ("2023-01/2023-12", "2023"),
    ("2023-04/2023-06", "2023-Q2"), ("2023-05/2023-05", "2023-05"), ("2020-01/2023-12", "2020/2023"),
])
def test_a_span_has_one_spelling(spelling, canonical):
    with pytest.raises(PeriodError) as err:
        periods.parse(spelling)
    assert canonical in str(err.value)


@pytest.mark.parametrize("bad", ["", "23", "2023-13", "2023-S3", "2023-Q5", "2023-02-30", "2024/2020", "năm 2023"])
def test_malformed_periods_are_refused(bad):
    with pytest.raises(PeriodError):
        periods.parse(bad)


months = st.tuples(st.integers(1990, 2040), st.integers(1, 12))


@given(months, months)
def test_any_month_span_round_trips(a, b):
    (y0, m0), (y1, m1) = sorted([a, b])
    p = periods.span(date(y0, m0, 1), periods._month_end(y1, m1))
    again = periods.parse(p.notation)
    assert (again.start, again.end, again.kind) == (p.start, p.end, p.kind)
    assert periods.label(p) and periods.label(p, "en")


@given(st.dates(date(1990, 1, 1), date(2040, 12, 31)))
def test_any_date_round_trips(d):
    assert periods.parse(d.isoformat()) == periods.at(d)


@pytest.mark.parametrize("text,notation", [
    ("6 tháng đầu năm 2023", "2023-S1"), ("6 tháng cuối năm 2025", "2025-S2"), ("Năm 2022", "2022"),
    ("giai đoạn 2020-2023", "2020/2023"), ("Giai đoạn 2021 – 2025", "2021/2025"), ("Quý II/2024", "2024-Q2"),
    ("tháng 5/2023", "2023-05"), ("Ước TH năm 2024", "2024"), ("5 tháng đầu năm 2023", "2023-01/2023-05"),
    ("9 THÁNG ĐẦU NĂM 2022", "2022-01/2022-09"),
])
def test_reading_report_text(text, notation):
    assert periods.from_text(text).notation == notation


@given(st.integers(1990, 2040), st.integers(1, 12))
def test_first_n_months_text(year, n):
    p = periods.from_text(f"{n} tháng đầu năm {year}")
    assert (p.start, p.end) == (date(year, 1, 1), periods._month_end(year, n))


def test_text_without_a_period():
    assert periods.from_text("Nhiệm vụ KH&CN được nghiệm thu") is None


@pytest.mark.parametrize("text,notation", [
    # a cut-off at a month's end: the span to it (a stock is stored at its last day, a flow over it)
    ("Số liệu tính đến ngày 30/6/2024", "2024-S1"), ("Lũy kế đến 30/6/2025", "2025-S1"),
    ("tính đến tháng 6/2024", "2024-S1"), ("Số liệu đến hết ngày 31 tháng 12 năm 2023", "2023"),
    ("Năm 2024 (tính đến 30/9/2024)", "2024-01/2024-09"), ("Năm 2024 (đến 30/6)", "2024-S1"),
    ("Lũy kế từ năm 2015 đến 30/6/2024", "2015-01/2024-06"),
    # a cut-off inside a month is that date (a flow over it is refused with the period rule)
    ("Tổng số đến 15/9/2024", "2024-09-15"), ("ngày 20 tháng 6 năm 2024", "2024-06-20"),
    # a bare date (no "đến") is a stock's date, never a span: the year's end is the year
    ("30/6/2024", "2024-06-30"), ("31/12/2024", "2024"),
    # spans of whole months
    ("từ 01/01/2024 đến 30/9/2024", "2024-01/2024-09"), ("từ 01/7/2024 đến 31/12/2024", "2024-S2"),
    # a named period beside dates a few weeks off it is the report's (ministries' cut-offs, document dates)
    ("Báo cáo 6 tháng đầu năm 2026 (số liệu từ 15/12/2025 đến 14/6/2026)", "2026-S1"),
    # the Government's reporting cut-off (Nghị định 09/2019/NĐ-CP): 15th of the month before to the 14th
    ("Kỳ báo cáo: từ 15/12/2025 đến 14/6/2026", "2026-S1"), ("từ 15/12/2024 đến 14/12/2025", "2025"),
    ("01/01/2026 - 30/9/2026", "2026-01/2026-09"), ("01/01/2024", "2024"),
    ("Năm 2025 (từ 15/12/2024 đến 14/12/2025)", "2025"),
    ("Báo cáo số 45/BC-SKHCN ngày 10/01/2025 về kết quả năm 2024", "2024"),
    ("6 tháng đầu năm 2024 (tính đến 15/7/2024)", "2024-S1"),
    ("Báo cáo kết quả năm 2025 (số liệu tính đến ngày 15/12/2025)", "2025"),
    ("Năm 2024 (tính đến 15/9/2024)", "2024-09-15"),
])
def test_a_date_in_report_text_bounds_the_period_never_gives_its_whole_year(text, notation):
    """"tính đến 30/6/2024" was read as the year 2024: a stock at 30 June stored at 31 December, a
    first half's flow stored as the year's."""
    assert periods.from_text(text).notation == notation


@pytest.mark.parametrize("text", ["Kỳ báo cáo: từ 10/01/2026 đến 20/06/2026", "Tỷ lệ 3/5", "12/63",
                                  "Năm 2023 (tính đến 30/6/2025)"])
def test_dates_that_name_no_period_of_ours_or_disagree_give_none(text):
    """A span that is no run of whole months with nothing named beside it, a fraction, a rank, and a
    cut-off that disagrees with the named year leave the period unread (the uploader is asked)."""
    assert periods.from_text(text) is None


def test_the_old_spelling_of_quarter_is_a_quarter():
    """"Quí III/2024" (the old spelling of "Quý") was read as the year 2024: a quarter's figures
    stored as the year's."""
    assert periods.from_text("Quí III/2024").notation == "2024-Q3"
    assert periods.from_text("Thực hiện quí 2 năm 2025").notation == "2025-Q2"

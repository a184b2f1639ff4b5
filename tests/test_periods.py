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

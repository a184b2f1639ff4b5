"""Vietnamese-style numbers typed in cells: property tests and the forms real reports use."""
import pytest
from hypothesis import given, strategies as st

from etl.numbers import NotOneNumber, NotANumber, parse_cell, parse_text


def vn(n: int) -> str:
    """An integer written the Vietnamese way: 1.234.567"""
    return f"{n:,}".replace(",", ".")


@given(st.integers(0, 10**9))
def test_grouped_integers(n):
    assert parse_text(vn(n)).value == n


@given(st.integers(0, 10**6), st.integers(0, 99))
def test_comma_decimals(whole, frac):
    text = f"{vn(whole)},{frac:02d}"
    assert parse_text(text).value == pytest.approx(whole + frac / 100)


@given(st.floats(0, 100, allow_nan=False).map(lambda x: round(x, 1)))
def test_percent_text(x):
    text = f"{x:.1f}".replace(".", ",") + "%"
    got = parse_text(text)
    assert got.value == pytest.approx(x) and got.percent


@given(st.floats(0, 1, allow_nan=False))
def test_percent_formatted_fraction(x):
    assert parse_cell(x, "0.0%").value == pytest.approx(x * 100)


@pytest.mark.parametrize("text,value,qualifier", [
    ("1.250", 1250, ""), ("12,5", 12.5, ""), ("87,5%", 87.5, ""), ("100 %", 100, ""), ("24(*)", 24, ""),
    ("05", 5, ""), ("gần 40%", 40, "gần"), ("khoảng 1.000", 1000, "khoảng"), ("~8,5", 8.5, "khoảng"),
])
def test_report_forms(text, value, qualifier):
    got = parse_text(text)
    assert got.value == value and got.qualifier == qualifier


@pytest.mark.parametrize("text", ["trên 30", "> 450", "≥ 90", ">=100", "ít nhất 40", "hơn 20 nhiệm vụ"])
def test_a_lower_bound_is_no_figure(text):
    """"Trên 30" says more than 30, not 30: a careful reader writes no value for it (the cell is set
    aside alone, its reason saying it is a bound)."""
    with pytest.raises(NotOneNumber) as why:
        parse_text(text)
    assert "giới hạn" in why.value.reason_vi


@pytest.mark.parametrize("text", ["-", "", "  ", "chưa có số liệu", "Chưa có số liệu", "—", "x"])
def test_no_data_is_never_zero(text):
    assert parse_text(text) is None


@pytest.mark.parametrize("text", ["ba mươi", "1,2,3", "đạt", "2 đề tài, 3 dự án", "100% (đạt)"])
def test_text_that_is_not_a_number(text):
    with pytest.raises(NotANumber):
        parse_text(text)


@pytest.mark.parametrize("text,value,unit,qualifier", [
    ("41 nhiệm vụ", 41, "nhiệm vụ", ""), ("18,5 tỷ đồng", 18.5, "tỷ đồng", ""), ("1.250 triệu đồng", 1250, "triệu đồng", ""),
    ("gần 40 sản phẩm", 40, "sản phẩm", "gần"), ("12 nhiệm vụ mới", 12, "nhiệm vụ mới", ""),
])
def test_a_unit_written_after_the_number_is_kept_for_the_walk_to_judge(text, value, unit, qualifier):
    # the walk takes it only when it is the indicator's unit (tests/test_ingest_layouts.py)
    got = parse_text(text)
    assert (got.value, got.unit, got.qualifier) == (value, unit, qualifier)

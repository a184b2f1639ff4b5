"""Layouts real departments send beyond the first fixtures (tests/fixtures/layouts): each file
is read to exactly the facts a statistician reads from it — none missing, none extra — and the
rows and columns not taken are listed with a reason."""
from __future__ import annotations

import io

import openpyxl
import pytest

from etl import ingest
from tests.fixtures.layouts.workbooks import LAYOUTS, TEST_MARK


def _facts(result) -> set:
    return {(f.province_code, f.indicator, f.period, f.measure, round(float(f.value), 6))
            for f in result.facts.itertuples()}


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_each_layout_gives_exactly_the_facts_a_person_reads(name):
    data, want, ignored = LAYOUTS[name]()
    result = ingest.examine(data, f"{name}.xlsx")
    assert result.accepted, [(p.rule, p.cell, p.message_vi) for p in result.problems]
    assert not result.suggestions
    assert _facts(result) == {(p, i, per, m, round(float(v), 6)) for p, i, per, m, v in want}
    texts = [i.text for i in result.ignored]
    for text in ignored:
        assert any(t.startswith(text) for t in texts), (text, texts)


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_layout_workbooks_say_they_are_test_data(name):
    wb = openpyxl.load_workbook(io.BytesIO(LAYOUTS[name]()[0]))
    assert wb.properties.title == TEST_MARK
    assert all(any(TEST_MARK in str(c.value) for row in ws.iter_rows() for c in row if c.value)
               for ws in wb.worksheets)


def test_a_unit_that_is_not_the_indicators_is_set_aside_with_the_reason():
    result = ingest.examine(LAYOUTS["units_in_cells"]()[0], "u.xlsx")
    why = next(i for i in result.ignored if "12 hội thảo" in i.text)
    assert "đơn vị “hội thảo” không phải đơn vị của chỉ tiêu" in why.reason_vi
    assert "enterprises_supported" not in set(result.facts.indicator)

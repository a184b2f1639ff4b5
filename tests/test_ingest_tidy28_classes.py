"""tidy28: the words of a footnote stating a table's unit, moved from code into metrics/header_words.toml
(footnote_words, unit_statement_words), read as before — written with or without diacritics, and no other
note under a table taken for one (issue #8). Each report is built with tests/fixtures/reports.py, marked as
test data and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from metrics import registry
from tests.fixtures.reports import examine, facts, head, taken

KH = "56"   # Khánh Hòa (frame of 63)
MONEY_HEAD = ["STT", "Nội dung", "Dự toán 2023", "Thực hiện 2023"]
BUDGET = ["1", "Tổng chi ngân sách nhà nước cho KH&CN", 88000, 81350]


def _kh(rows: list[list]):
    return examine(head("Khánh Hòa", "Phụ lục: Kinh phí khoa học và công nghệ năm 2023") + rows)


def test_the_footnote_and_unit_words_are_declared_as_data():
    assert set(registry.declared_header_words("footnote_words")) == {"Ghi chú", "Chú thích"}
    assert set(registry.declared_header_words("unit_statement_words")) == {"ĐVT", "Đơn vị tính"}


@pytest.mark.parametrize("foot", ["Chú thích: đơn vị tính triệu đồng", "Chu thich: don vi tinh trieu dong",
                                  "Ghi chu: DVT: trieu dong", "GHI CHÚ: ĐƠN VỊ TÍNH: TRIỆU ĐỒNG."])
def test_a_footnote_typed_either_way_states_the_budgets_unit(foot):
    """81350 under "Thực hiện 2023" is 81,35 tỷ đồng when the footnote says "triệu đồng", however typed."""
    got = taken(_kh([MONEY_HEAD, BUDGET, [], [None, foot]]))
    assert got[(KH, "63", "st_budget", "2023", "actual")] == pytest.approx(81.35)


@pytest.mark.parametrize("foot", ["Lưu ý: đơn vị tính triệu đồng", "(*) Đơn vị chủ trì: triệu đồng",
                                  "Ghi chú: số liệu tính theo đơn vị triệu đồng của năm trước"])
def test_probe_a_note_in_other_words_states_no_unit(foot):
    """Only a note opening with a declared word and naming the unit with a declared word states it: the
    budget stays set aside (money without a unit), never stored at a guessed scale."""
    assert facts(_kh([MONEY_HEAD, BUDGET, [], [None, foot]])) == {}

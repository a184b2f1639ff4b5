"""review33b (issue #8, precision 1.00): this session's new reading rules (recall33, mend33) probed with other
realistic reports a Sở KH&CN types, before and after the 1 July 2025 merger — each probe a wrong number the
rule stored, or an honest figure it lost, with the smallest report (tests/fixtures/reports.py, read by
`etl.ingest.examine` as an upload is)."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import OCOP_ROW, TASKS_ACCEPTED_ROW, facts, reasons, table

BUDGET_ROW = ["3", "Chi ngân sách nhà nước cho KH&CN", "triệu đồng"]


def _noted(note: str):
    return table(OCOP_ROW + [40], TASKS_ACCEPTED_ROW + [18], BUDGET_ROW + [25000], [], [None, note])


# --- 1. a note under the table: its subject ----------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "Ghi chú: Số liệu thực hiện năm 2024 là số kế hoạch",          # "thực hiện": the tasks run's word
    "Ghi chú: Số liệu kết quả năm 2024 là số kế hoạch",
    "Ghi chú: Số liệu hoạt động KH&CN năm 2024 là số kế hoạch",
    "Ghi chú: Số liệu KH&CN năm 2024 là số kế hoạch",              # every S&T figure's: the OCOP row too
    "Ghi chú: Số liệu Sở KH&CN năm 2024 là số kế hoạch",
    "(*) Số liệu nhiệm vụ và kinh phí năm 2024 là số kế hoạch",    # two subjects: the task budget's row alone
    "Ghi chú: Số liệu kinh phí và nhiệm vụ không bao gồm cấp cơ sở",
    "Ghi chú: Số liệu cấp tỉnh không bao gồm cấp huyện",
])
def test_a_note_of_other_words_than_one_subject_is_the_whole_tables(note):
    """WRONG: "Ghi chú: Số liệu thực hiện năm 2024 là số kế hoạch" under a table of 2024 stored its 40 OCOP
    products, 18 tasks accepted and 25.000 triệu đồng — the year's plans — as actuals: "thực hiện" is a word of
    the tasks run, so the note was read as theirs alone (recall33's subject rule). A note's subject is one of
    the declared subjects alone ("kinh phí", "nhiệm vụ", "sản phẩm OCOP"); any other words, the whole table's
    — as main read them."""
    got = _noted(note)
    assert facts(got) == {}, note
    assert note in reasons(got)


@pytest.mark.parametrize("note, aside", [
    ("Ghi chú: Số liệu kinh phí năm 2024 là số kế hoạch", "st_budget"),
    ("Ghi chú: Số liệu ngân sách năm 2024 là số kế hoạch", "st_budget"),
    ("Ghi chú: Số liệu nhiệm vụ năm 2024 là số liệu 9 tháng", "tasks_accepted"),
])
def test_probe_a_note_of_one_subject_still_sets_aside_only_its_rows(note, aside):
    stored = {k[2] for k in facts(_noted(note))}
    assert stored == {"ocop_products", "tasks_accepted", "st_budget"} - {aside}

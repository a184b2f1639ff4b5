"""review41 (issue #8, precision 1.00): the rules landed with base40 (blind69, recall39, wrong43, review40, recall40)
probed with other realistic reports — each wrong number or honest file lost with the smallest report
(tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), beside what must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, OCOP_ROW, TASKS_ACCEPTED_ROW, examine, examine_book, facts, head, taken

HA_TINH = "42"
DA_NANG = "48"


# --- 1. a numbered note beside a row of several figures (recall40's note_rows) ---------------------------------------

_LEVELS_OF_90 = "(1) Trong tổng số 90 nhiệm vụ có 4 nhiệm vụ cấp quốc gia, 65 nhiệm vụ cấp tỉnh và 21 nhiệm vụ cấp cơ sở."


def _notes_sheet(row: list, columns: tuple, notes: list[str]):
    """Hà Tĩnh's 2025 figures with a "Ghi chú" column marking the row, and its sheet "Ghi chu" of numbered notes."""
    table = head("Hà Tĩnh", "BÁO CÁO SỐ LIỆU KH&CN NĂM 2025") + [["TT", "Chỉ tiêu", "ĐVT", *columns, "Ghi chú"], row]
    return examine_book({"Bieu 01": table, "Ghi chu": [["GHI CHÚ BIỂU 01"]] + [[n] for n in notes]})


@pytest.mark.parametrize("columns, other", [(("Năm 2024", "Năm 2025"), ("63", "2024", "actual")),
                                            (("Kế hoạch năm 2025", "Thực hiện năm 2025"), ("34", "2025", "plan"))])
def test_a_note_on_a_row_of_two_figures_is_no_rows_breakdown(columns, other):
    """LOST (base40; main read it): 'Nhiệm vụ KH&CN được quản lý | 90 | 96 | (1)' under 'Năm 2024 | Năm 2025' (or
    'Kế hoạch | Thực hiện'), its note '(1) Trong tổng số 90 nhiệm vụ có 4 … cấp quốc gia, 65 … cấp tỉnh và 21 … cấp
    cơ sở' on its own sheet: the note's whole is 2024's (the plan's) 90, read as the notes sheet's 2025 — the file
    was refused as two values of 2025 (96 and 90). Which column the note breaks down is not said: the row's levels
    stay unread, the table as main read it."""
    got = taken(_notes_sheet(["1", "Nhiệm vụ KH&CN được quản lý", "Nhiệm vụ", 90, 96, "(1)"], columns,
                             [_LEVELS_OF_90]))
    frame, period, measure = other
    assert got == {(HA_TINH, "34", "tasks_managed", "2025", "actual"): 96,
                   (HA_TINH, frame, "tasks_managed", period, measure): 90}, got


def test_probe_the_item_number_is_no_figure_of_the_row():
    """'1 | Nhiệm vụ KH&CN được quản lý | Nhiệm vụ | 96 | (1)': the item number left of the label is no whole of a
    note ('(1) Trong tổng số 1 nhiệm vụ …' refused the file as 96 and 1)."""
    got = taken(_notes_sheet(["1", "Nhiệm vụ KH&CN được quản lý", "Nhiệm vụ", 96, "(1)"], ("Thực hiện năm 2025",),
                             ["(1) Trong tổng số 1 nhiệm vụ có 1 nhiệm vụ cấp quốc gia."]))
    assert got == {(HA_TINH, "34", "tasks_managed", "2025", "actual"): 96}, got

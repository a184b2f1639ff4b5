"""ingest39 (issue #8, speed): a sheet's distinct texts are told once per column (etl.sentences.column_texts) and
asked by every rule that looked for a kind of text cell by cell — the note lines under a table ("Ghi chú: …"), the
numbered notes' marks ("(1)"), the headings, the texts that say how figures are written, a footnote's unit. What a
user reads must not change: each class below is what one of those rules decides, read now from the distinct texts;
beside it the neighbour the whole-sheet texts must not mislead (a note line above the table is no note of it)."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import MARK, OCOP_ROW, TASKS_ACCEPTED_ROW, examine, examine_book, facts, head, taken

_DA_NANG_S1 = {("48", "34", "tasks_accepted", "2026-S1", "actual"): 34, ("48", "34", "ocop_products", "2026-S1", "actual"): 48}
_NOTE_31 = "Ghi chú: 6 tháng đầu năm 2026, thành phố đã nghiệm thu 31 nhiệm vụ KH&CN."


def _da_nang(above: list, below: list):
    """Đà Nẵng's first half of 2026 (wrong43): 34 tasks accepted, 48 OCOP products; `above` the header, `below`
    the table."""
    return examine([["UBND THÀNH PHỐ ĐÀ NẴNG"], ["SỞ KHOA HỌC VÀ CÔNG NGHỆ"], [MARK],
                    ["MỘT SỐ CHỈ TIÊU KH&CN 6 THÁNG ĐẦU NĂM 2026"], *above,
                    ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện 6 tháng đầu năm 2026", "Ghi chú"],
                    TASKS_ACCEPTED_ROW[:2] + ["nhiệm vụ", 34, None], OCOP_ROW + [48, None], *below],
                   name="report.xlsx")


@pytest.mark.parametrize("below", [[[None, _NOTE_31]], [[None, None, None, None, _NOTE_31]],
                                   [[None, "Nguồn: Sở KH&CN"], [], [_NOTE_31]]])
def test_a_note_line_under_the_table_with_another_value_still_refuses_the_file(below):
    """WRONG if missed: 'Ghi chú: … nghiệm thu 31 nhiệm vụ' under the table's 34 (wrong43) — in any column, after other
    lines — is one fact's second value: the file is refused naming both, whichever column the note stands in."""
    result = _da_nang([[]], below)
    assert not result.accepted and facts(result) == {}, facts(result)
    said = " ".join(p.message_vi for p in result.problems)
    assert "34" in said and "31" in said, said


def test_probe_a_note_line_above_the_table_is_no_note_of_it():
    """The same words above the header (a title's line): no note under the table — the sheet's texts hold it, the
    rows under the header do not: the table reads as it does without it."""
    assert taken(_da_nang([[_NOTE_31], []], [])) == taken(_da_nang([[]], []))


# --- the numbered notes' marks: "(1)" beside a row's label -----------------------------------------------------------

def _with_notes(marks: tuple):
    table = head("Hà Tĩnh", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2025") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Ghi chú"],
        ["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 96, marks[0]],
        ["2", "Sản phẩm OCOP được công nhận", "sản phẩm", 57, marks[1]]]
    return examine_book({"Bieu 01": table, "Ghi chu": [["GHI CHÚ BIỂU 01"], [
        "(1) Trong tổng số 96 nhiệm vụ có 4 nhiệm vụ cấp quốc gia, 71 nhiệm vụ cấp tỉnh và 21 nhiệm vụ cấp cơ sở."]]},
        name="hatinh_2025.xlsx")


def test_a_rows_note_mark_still_reads_its_numbered_note():
    """LOST if missed: the mark '(1)' on the row of 96 tasks managed says what the note's 96 tasks are: its levels
    are read (recall40), the marks found among the sheet's distinct texts."""
    got = {k[2]: v for k, v in taken(_with_notes(("(1)", None))).items()}
    assert got["tasks_managed"] == 96 and got.get("tasks_managed_provincial") == 71, got


@pytest.mark.parametrize("marks", [(None, None), ("(1)", "(1)"), ("Xem (1)", None)])
def test_probe_no_mark_or_one_mark_on_two_rows_leaves_the_note_unread(marks):
    got = {k[2]: v for k, v in taken(_with_notes(marks)).items()}
    assert "tasks_managed_provincial" not in got and got["tasks_managed"] == 96, (marks, got)


# --- how the figures are written, told from the texts right of each row's first cell --------------------------------

def _can_tho(first_cells: tuple = ("1", "2")):
    """No blank row, every row's first cell filled: the texts right of it are each column's whole."""
    return examine([[MARK], ["KẾT QUẢ HOẠT ĐỘNG KH&CN THÀNH PHỐ CẦN THƠ NĂM 2024"], ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
                    [first_cells[0], "Chi NSNN cho KH&CN", "triệu đồng", "1,245"],
                    [first_cells[1], "Tỷ lệ hồ sơ TTHC tiếp nhận trực tuyến", "%", "96.4"]], name="cantho_2024.xlsx")


def test_figures_typed_the_english_way_in_a_sheet_without_blank_rows():
    """'1,245' beside '96.4' is one thousand two hundred and forty-five (variant classes), also where every row's
    first cell is filled (each column's distinct texts read whole)."""
    got = {k[2]: v for k, v in taken(_can_tho()).items()}
    assert got == {"st_budget": 1.245, "online_dossier_rate": 96.4}, got


def test_probe_a_first_cell_says_nothing_of_how_figures_are_written():
    """'1,250' beside a first cell '96.4' (an item's number, never a figure): nothing says the English way —
    '1,250' stays two readings, asked, as before."""
    result = examine([[MARK], ["KẾT QUẢ HOẠT ĐỘNG KH&CN THÀNH PHỐ CẦN THƠ NĂM 2024"], ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"],
                      ["96.4", "Chi NSNN cho KH&CN", "triệu đồng", "1,250"]], name="cantho_2024.xlsx")
    assert not result.accepted and [p.rule for p in result.problems] == ["ambiguous_number"], facts(result)


# --- a footnote's unit: only under the table -------------------------------------------------------------------------

_MONEY_HEAD = ["STT", "Nội dung", "Dự toán 2023", "Thực hiện 2023"]
_BUDGET = ["1", "Tổng chi ngân sách nhà nước cho KH&CN", 88000, 81350]


def _kh(rows: list[list]):
    return examine(head("Khánh Hòa", "Phụ lục: Kinh phí khoa học và công nghệ năm 2023") + rows)


def test_a_footnotes_unit_under_the_table_is_still_its_figures_unit():
    """LOST if missed (blind52): 'Ghi chú: Đơn vị tính: triệu đồng.' under the table is its money's unit: 81,35 tỷ."""
    got = taken(_kh([_MONEY_HEAD, _BUDGET, [], [None, "Ghi chú: Đơn vị tính: triệu đồng."]]))
    assert got[("56", "63", "st_budget", "2023", "actual")] == pytest.approx(81.35)


def test_probe_a_unit_line_above_the_table_reads_as_before():
    """The same line above the header is the table's own unit line (read where it stands, not as a footnote): 81,35
    tỷ as before; and a footnote under the table stating no money leaves the budget set aside."""
    got = taken(_kh([[None, "Ghi chú: Đơn vị tính: triệu đồng."], _MONEY_HEAD, _BUDGET]))
    assert got[("56", "63", "st_budget", "2023", "actual")] == pytest.approx(81.35)
    assert facts(_kh([_MONEY_HEAD, _BUDGET, [], [None, "Ghi chú: số liệu tính đến 31/12/2023"]])) == {}

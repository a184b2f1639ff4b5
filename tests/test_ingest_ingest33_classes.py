"""ingest33 (issue #8's speed): the checks made cheaper for a 100,000-row tidy sheet — complementary part
lines under a whole (etl/complement_parts.py), a footnote's unit (etl/walk.py _footnote_unit) — read the
shapes their short cuts pass over as before. Speed itself is measured in bench/ (ingest_bench.py,
ingest_cpu.py), never here; every fixture file reads identically (tools/examine_digest.py)."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import examine, facts, head, taken

BAC_LIEU, KH = "95", "56"


def _organizations(rows: list[list]):
    return examine(head("Bạc Liêu", "TỔ CHỨC KHOA HỌC VÀ CÔNG NGHỆ TRÊN ĐỊA BÀN TỈNH ĐẾN 31/12/2023") + rows)


def test_parts_above_their_whole_in_the_second_of_two_columns_refuse_the_file():
    """"Tổng số tổ chức KH&CN | 18 | 20" over "- Công lập | 10 | 12", "- Ngoài công lập | 8 | 9": 12 + 9 = 21
    is above 2024's 20 — the problem names the cells of that column (E8, E9), the rows under it read
    all at once by their cells' names."""
    r = examine(head("Bạc Liêu", "TỔ CHỨC KHOA HỌC VÀ CÔNG NGHỆ TRÊN ĐỊA BÀN TỈNH") + [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024"], ["1", "Tổng số tổ chức KH&CN", "tổ chức", 18, 20],
        ["", "Trong đó: - Công lập", "tổ chức", 10, 12], ["", "- Ngoài công lập", "tổ chức", 8, 9]])
    assert not r.accepted
    wrong = [p for p in r.problems if p.rule == "part_whole"]
    assert [(p.cell, "12 + 9 = 21" in p.message_vi, "E8, E9" in p.message_vi) for p in wrong] == [("E7", True, True)]


def test_probe_a_whole_on_the_sheets_last_row_loads():
    """A whole with nothing under it (the sheet's last row) and one whose next line is read as a figure
    of its own have no part lines: both stored as typed."""
    got = taken(_organizations([["STT", "Chỉ tiêu", "ĐVT", "Số lượng"],
                                ["1", "Số người làm nghiên cứu khoa học", "người", 612],
                                ["2", "Tổng số tổ chức KH&CN", "tổ chức", 18]]))
    assert got[(BAC_LIEU, "63", "st_organizations", "2023-12-31", "actual")] == 18


@pytest.mark.parametrize("foot_row", [
    [None, "Ghi chú: Đơn vị tính: triệu đồng.", "  "],            # a cell of spaces beside the footnote
    [None, "Ghi chú: Đơn vị tính: triệu đồng.", None, None, None],
    [None, None, None, "Ghi chú: Đơn vị tính: triệu đồng."],
])
def test_a_footnotes_unit_is_read_beside_blank_cells(foot_row):
    """Khánh Hòa's annex: the unit only in "Ghi chú: Đơn vị tính: triệu đồng." under the table — with a
    cell of spaces beside it (a row of two filled cells, one blank) or in another column, the footnote is
    its row's one text: 81350 million is 81,35 tỷ đồng."""
    r = examine(head("Khánh Hòa", "Phụ lục: Kinh phí khoa học và công nghệ năm 2023") + [
        ["STT", "Nội dung", "Dự toán 2023", "Thực hiện 2023"],
        ["1", "Tổng chi ngân sách nhà nước cho KH&CN", 88000, 81350], [], foot_row])
    assert taken(r)[(KH, "63", "st_budget", "2023", "actual")] == pytest.approx(81.35)


def test_probe_a_footnote_row_with_a_figure_is_no_footnote():
    """"Ghi chú: Đơn vị tính: triệu đồng. | 5" holds a figure: no footnote, the budget stays set aside."""
    r = examine(head("Khánh Hòa", "Phụ lục: Kinh phí khoa học và công nghệ năm 2023") + [
        ["STT", "Nội dung", "Dự toán 2023", "Thực hiện 2023"],
        ["1", "Tổng chi ngân sách nhà nước cho KH&CN", 88000, 81350], [],
        [None, "Ghi chú: Đơn vị tính: triệu đồng.", 5]])
    assert not any(k[2] == "st_budget" for k in facts(r))

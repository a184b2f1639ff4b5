"""review31a: the new reading rules of probe38 (notes under a table, a figure merged across columns, a second
header under the rows, fractional counts) and blind57 (complementary parts checked against their whole, PII
groups over "Điểm | Hạng") probed with other reports a department could send (issue #8: a wrong number is
worse than a missing one, and an honest figure main read must stay read). Each workbook is built here, marked
as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import LABEL_UNIT_HEADER as H, OCOP_ROW, TASKS_ACCEPTED_ROW, examine, head, reasons, taken

REPORT_2024 = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"
NGHE_AN = "40"


def _sheet(*rows: list, title: str = REPORT_2024):
    return examine(head("Nghệ An", title) + list(rows), name="report.xlsx")


def _years(ocop: dict, tasks: dict) -> dict:
    return {**{(NGHE_AN, "63", "ocop_products", y, "actual"): v for y, v in ocop.items()},
            **{(NGHE_AN, "63", "tasks_accepted", y, "actual"): v for y, v in tasks.items()}}


def _noted(note: str):
    """Nghệ An's "Năm 2023 | Năm 2024" with a note line under the table."""
    return _sheet(H + ["Năm 2023", "Năm 2024"], OCOP_ROW + [30, 40], TASKS_ACCEPTED_ROW + [18, 20], [], [note])


ALL_FOUR = _years({"2023": 30, "2024": 40}, {"2023": 18, "2024": 20})


# --- a note under the table: the statistical year, the twelve months --------------------------------------------

@pytest.mark.parametrize("note", [
    "Ghi chú: Số liệu năm 2024 được tính từ ngày 15/12/2023 đến ngày 14/12/2024",
    "* Số liệu năm 2023 đã được điều chỉnh theo số liệu chính thức; số liệu năm 2024 tính đến hết năm 2024",
    "Ghi chú: Số liệu năm 2024 là số liệu 12 tháng",
])
def test_a_note_on_the_years_own_span_keeps_every_years_figures(note):
    """probe38's note rule set aside the 2023 column (30 products, 18 tasks, read by main) for a note on
    2024's statistical year "từ 15/12/2023 đến 14/12/2024" — 2023 read to 14/12/2024 was no longer 2023 —
    and the 2024 column for "là số liệu 12 tháng" (a part of the year: the twelve months are the year)."""
    assert taken(_noted(note)) == ALL_FOUR


@pytest.mark.parametrize("note, kept", [
    ("Ghi chú: Số liệu năm 2024 là số liệu 9 tháng", {"2023"}),
    ("Ghi chú: Số liệu năm 2024 tính đến ngày 30/11/2024", {"2023"}),
    ("Ghi chú: Số liệu năm 2023 và năm 2024 tính đến ngày 30/11/2024", set()),
    ("Ghi chú: Số liệu tính đến ngày 30/11", set()),
    ("Ghi chú: Số liệu năm 2024 tính đến ngày 14/12/2024", {"2023", "2024"}),
])
def test_probe_a_note_cutting_a_year_short_still_sets_that_year_aside(note, kept):
    """Nine months, or a day before the statistical year's end, said of 2024: its column set aside, 2023's
    kept; a day said of both years ("năm 2023 và năm 2024 tính đến ngày 30/11/2024": 2023 perhaps to
    30/11/2023 too) or of no year sets both aside; 14/12, the statistical year's last day, keeps the year."""
    assert taken(_noted(note)) == {k: v for k, v in ALL_FOUR.items() if k[3] in kept}


# --- parts in another unit under a whole (blind57's complementary parts) ------------------------------------

@pytest.mark.parametrize("whole, parts", [
    (["1", "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 18],
     [[None, "- Ngân sách nhà nước", "triệu đồng", 12500], [None, "- Ngoài ngân sách nhà nước", "triệu đồng", 3000]]),
    (["1", "Tổ chức KH&CN", "tổ chức", 18],
     [[None, "- Công lập (người làm việc)", "người", 120], [None, "- Ngoài công lập (người làm việc)", "người", 90]]),
])
def test_lines_in_another_unit_under_a_whole_are_no_parts_of_it(whole, parts):
    """"Nhiệm vụ KH&CN được nghiệm thu | nhiệm vụ | 18" over its funding "- Ngân sách nhà nước | triệu đồng |
    12500", "- Ngoài ngân sách nhà nước | triệu đồng | 3000" (or the organizations over their staff in
    "người"): blind57's check read the two lines as the whole's parts, 15500 > 18, and refused the honest
    file main loaded: a line in another unit is no part of the whole."""
    got = _sheet(["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], whole, *parts)
    assert 18 in taken(got).values() and len(taken(got)) == 1


def test_probe_parts_in_the_wholes_unit_above_it_still_refuse_the_file():
    """Bạc Liêu's "Tổng số tổ chức KH&CN | tổ chức | 18" over "Công lập | tổ chức | 12", "Ngoài công lập | tổ
    chức | 9" (or no unit on the parts' lines): 21 > 18, the report contradicts itself."""
    for unit in ("tổ chức", None):
        got = _sheet(["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"], ["1", "Tổng số tổ chức KH&CN", "tổ chức", 18],
                     [None, "- Công lập", unit, 12], [None, "- Ngoài công lập", unit, 9])
        assert not got.accepted and any(p.rule == "part_whole" for p in got.problems)


# --- a header's lower row repeated among the rows (probe38's second header) ---------------------------------

def test_the_headers_lower_row_repeated_among_the_rows_is_no_new_table():
    """"Kế hoạch năm 2024 | Thực hiện" over "6 tháng đầu năm 2024 | Ước cả năm 2024", and that lower row
    repeated alone among the rows (a printed page's repeat): probe38 read it as a new table of no label
    column and lost the rows below it (the 25 tasks planned, 9 of the half, 20 of the year, main read)."""
    top = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện", None]
    low = [None, None, None, None, "6 tháng đầu năm 2024", "Ước cả năm 2024"]
    got = examine(head("Nghệ An", REPORT_2024) + [top, low, OCOP_ROW + [50, 15, 40], low, TASKS_ACCEPTED_ROW + [25, 9, 20]],
                  merges=("E6:F6", "D6:D7"), name="report.xlsx")
    tasks = {k[3:]: v for k, v in taken(got).items() if k[2] == "tasks_accepted"}
    assert tasks == {("2024", "plan"): 25, ("2024-S1", "actual"): 9, ("2024", "actual"): 20}


def test_probe_a_row_of_other_periods_among_the_rows_still_starts_a_table():
    """"Năm 2024 | Năm 2023" alone under the rows of "Năm 2023 | Năm 2024" (the periods in another order): no
    repeat of the header's row, it still stops the first header (probe38): the 18 tasks are never 2023's —
    the rows below are read under it (recall32: 18 is 2024's, 20 is 2023's)."""
    got = _sheet(H + ["Năm 2023", "Năm 2024"], OCOP_ROW + [30, 40], [None, None, None, "Năm 2024", "Năm 2023"],
                 TASKS_ACCEPTED_ROW + [18, 20])
    assert taken(got) == _years({"2023": 30, "2024": 40}, {"2024": 18, "2023": 20})


# --- the country's column beside the province's (PII groups, blind57) ----------------------------------------

HOA_BINH = "17"


def _pii(top: list, under: list | None, rows: list, merges: tuple = ()):
    return examine(head("Hòa Bình", "KẾT QUẢ CHỈ SỐ PII CỦA TỈNH") + [top] + ([under] if under else []) + rows,
                   merges=merges, name="pii.xlsx")


@pytest.mark.parametrize("top, under, merges", [
    (["Năm", "Chỉ số PII Hòa Bình", "Chỉ số PII cả nước"], None, ()),
    (["Năm", "Hòa Bình", None, "Cả nước (trung bình)", None], [None, "Điểm PII", "Hạng PII", "Điểm PII", "Hạng PII"],
     ("A6:A7", "B6:C6", "D6:E6")),
])
def test_the_countrys_pii_beside_the_provinces_is_never_the_provinces(top, under, merges):
    """"Năm | Chỉ số PII Hòa Bình | Chỉ số PII cả nước" (or "Hòa Bình | Cả nước (trung bình)" over "Điểm PII |
    Hạng PII"), the years down the rows: the country's 40,2 and 41,5 were stored as Hòa Bình's PII scores of
    2023 and 2024 (main too) — a header naming the country was read as the indicator's own total column."""
    rows = [["2023", 36.14, 40.2], ["2024", 38.07, 41.5]] if under is None else \
        [["2023", 36.14, 51, 40.2, None], ["2024", 38.07, 46, 41.5, None]]
    got = _pii(top, under, rows, merges)
    stored = {k: v for k, v in (taken(got).items() if got.accepted else ())}
    assert 40.2 not in stored.values() and 41.5 not in stored.values()
    assert "Cột tổng cộng" in reasons(got)


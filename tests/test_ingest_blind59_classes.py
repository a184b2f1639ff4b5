"""Batch 59 (the 34 provinces' in-year reports of 2026): the classes its first sight revealed. Each class: the
report that stored a wrong number, then probes of the honest neighbours that must stay as they are. Each
workbook is built here, marked as test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from metrics import periods
from tests.fixtures.reports import MARK, examine, taken

CAO_BANG = "04"
COLS = ["Kỳ", "Nhiệm vụ KH&CN được nghiệm thu (nhiệm vụ)", "Sản phẩm OCOP được công nhận (sản phẩm)"]


def _by_rows(rows: list[list], title: str = "THEO DÕI KẾT QUẢ MỘT SỐ CHỈ TIÊU KH&CN NĂM 2026 THEO QUÝ") -> dict:
    """Cao Bằng's periods down the rows, indicators as columns."""
    return taken(examine([["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH CAO BẰNG"], [MARK], [title], [], COLS] + rows))


def _facts(period: str, accepted: float, ocop: float, frame: str = "34") -> dict:
    return {(CAO_BANG, frame, "tasks_accepted", period, "actual"): accepted,
            (CAO_BANG, frame, "ocop_products", period, "actual"): ocop}


QUARTERS = [["Quý I/2026", 2, 5], ["Quý II/2026", 3, 8], ["Quý III/2026", 4, 6], ["Cộng 9 tháng năm 2026", 9, 19]]
NINE_2026 = {**_facts("2026-Q1", 2, 5), **_facts("2026-Q2", 3, 8), **_facts("2026-Q3", 4, 6),
             **_facts("2026-01/2026-09", 9, 19)}


# --- 1. "Cùng kỳ năm 2025" among periods down the rows is a part of 2025, never the year -------------------------

@pytest.mark.parametrize("label", ["Cùng kỳ năm 2025 (9 tháng)", "Cùng kỳ 2025 (9 tháng)",
                                   "Cùng kỳ năm 2025 (9 tháng đầu năm)"])
def test_the_same_span_naming_its_part_is_that_part(label):
    """"Cùng kỳ năm 2025 (9 tháng)" under Cao Bằng's quarters of 2026 was stored as the whole YEAR 2025 (8 tasks
    accepted, 16 OCOP products): January–September 2025's figures as the year's."""
    assert _by_rows(QUARTERS + [[label, 8, 16]]) == {**NINE_2026, **_facts("2025-01/2025-09", 8, 16)}


@pytest.mark.parametrize("label", ["Cùng kỳ năm 2025", "Cùng kỳ 2025"])
def test_a_bare_same_span_after_a_part_is_that_part_of_its_year(label):
    """"Cùng kỳ năm 2025" right after "Cộng 9 tháng năm 2026": the same nine months of 2025 (it was the year)."""
    assert _by_rows(QUARTERS + [[label, 8, 16]]) == {**NINE_2026, **_facts("2025-01/2025-09", 8, 16)}


@pytest.mark.parametrize("label", ["Cùng kỳ năm trước", "Cùng kỳ"])
def test_the_same_span_of_the_year_before_is_read_not_refused(label):
    """"Cùng kỳ năm trước" (or "Cùng kỳ") under "Cộng 9 tháng năm 2026" named no period the reader knew: the honest
    file was refused whole ("không đọc được kỳ"). It is the same nine months of 2025."""
    assert _by_rows(QUARTERS + [[label, 8, 16]]) == {**NINE_2026, **_facts("2025-01/2025-09", 8, 16)}


def test_the_same_quarter_before_the_merger_is_the_former_frames():
    """A quarter of 2026, then "Cùng kỳ năm 2025": the second quarter of 2025, before the merger (frame 63)."""
    got = _by_rows([["Quý II/2026", 3, 8], ["Cùng kỳ năm 2025", 2, 7]])
    assert got == {**_facts("2026-Q2", 3, 8), **_facts("2025-Q2", 2, 7, "63")}


def test_a_same_span_two_years_back_is_set_aside():
    """"Cùng kỳ năm 2024" under the nine months of 2026: no row of 2025 above to repeat — set aside, not the year."""
    assert _by_rows(QUARTERS + [["Cùng kỳ năm 2024", 7, 12]]) == NINE_2026


def test_a_bare_same_span_with_no_part_above_is_set_aside():
    """After a whole year there is no part to repeat: which span of 2025 it is, the table does not say —
    never the year."""
    got = _by_rows([["Năm 2026", 9, 19], ["Cùng kỳ năm 2025", 8, 16]],
                   title="THEO DÕI KẾT QUẢ MỘT SỐ CHỈ TIÊU KH&CN")
    assert got == _facts("2026", 9, 19)


def test_probe_a_year_down_the_rows_stays_the_year():
    got = _by_rows([["Năm 2024", 7, 14], ["Năm 2025", 8, 16]], title="THEO DÕI KẾT QUẢ MỘT SỐ CHỈ TIÊU KH&CN")
    assert got == {**_facts("2024", 7, 14, "63"), **_facts("2025", 8, 16)}


def test_probe_a_half_with_its_year_in_a_note_stays_read():
    got = _by_rows([["Năm 2026 (6 tháng đầu năm)", 5, 13]], title="THEO DÕI KẾT QUẢ MỘT SỐ CHỈ TIÊU KH&CN")
    assert got == _facts("2026-S1", 5, 13)


@pytest.mark.parametrize("text, notation", [("Cùng kỳ năm 2025 (9 tháng)", "2025-01/2025-09"),
                                            ("Cùng kỳ năm 2024 (Quý III)", "2024-Q3"),
                                            ("Cùng kỳ 2025 (6 tháng)", "2025-S1"),
                                            # probes: a note that is no part, and the bare year, read as before
                                            ("Cùng kỳ năm 2024 (3 tỉnh cũ)", "2024"),
                                            ("Năm 2025 (9 tháng)", "2025-01/2025-09")])
def test_the_period_a_same_span_text_names(text, notation):
    assert periods.from_text(text).notation == notation


def test_probe_a_same_span_column_in_a_nine_months_report_stays_read():
    """Sơn La's "Lũy kế 9 tháng năm 2026 | Cùng kỳ năm 2025 (9 tháng)" columns, read right at first sight."""
    r = examine([["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH SƠN LA"], [MARK], ["BÁO CÁO KẾT QUẢ QUÝ III NĂM 2026"], [],
                 ["STT", "Chỉ tiêu", "ĐVT", "Lũy kế 9 tháng năm 2026", "Cùng kỳ năm 2025 (9 tháng)"],
                 [1, "Nhiệm vụ KH&CN được nghiệm thu", "nhiệm vụ", 13, 11]])
    assert taken(r) == {("14", "34", "tasks_accepted", "2026-01/2026-09", "actual"): 13.0,
                        ("14", "34", "tasks_accepted", "2025-01/2025-09", "actual"): 11.0}

"""wrong40 (issue #8, precision first): wrong numbers review38b found and left; each class with the smallest
realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and beside it the honest
neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import managed_65 as _managed, types_total as _types_total, read_taken as _read, LABEL_UNIT_HEADER, OCOP_ROW, examine, facts, head, table, taken


def _column(col: str, title: str = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"):
    """11 OCOP products under one column naming its period."""
    return examine(head("Nghệ An", title) + [LABEL_UNIT_HEADER + [col], OCOP_ROW + [11]])


# --- 1. a month and its year with an en or em dash -------------------------------------------------------------------

@pytest.mark.parametrize("col", ["T10 – 2024", "T10 — 2024", "Tháng 10 – 2024", "Tháng 10 — 2024", "T10 — năm 2024",
                                 "Tháng 10 – năm 2024", "T10–2024", "Th.10 – 2024", "T10 − 2024",
                                 "T10 năm 2024"])
def test_a_month_before_an_en_dash_and_its_year_is_that_month(col):
    """WRONG: 'T10 – 2024' (the en dash Word puts for ' - ') stored October's 11 OCOP products as the whole year 2024's
    (combo36): the month's readers knew '/', '.', ',', '-' before the year only (review38b fixed the quarters),
    and 'T10 năm 2024' was the year too."""
    assert _read(_column(col)) == {("ocop_products", "2024-10", "actual"): 11}, col


@pytest.mark.parametrize("col,period", [("T10 - 2024", "2024-10"), ("Tháng 10/2024", "2024-10"),
                                        ("Quý II – 2024", "2024-Q2"), ("Tháng 1 – 6/2024", "2024-S1"),
                                        ("T1–T6/2024", "2024-S1"), ("6T – 2024", "2024-S1"), ("Năm 2024", "2024"),
                                        ("Quý I–III/2024", "2024-01/2024-09")])
def test_probe_months_with_a_hyphen_or_spanned_read_as_before(col, period):
    assert _read(_column(col)) == {("ocop_products", period, "actual"): 11}, col


@pytest.mark.parametrize("col", ["Giai đoạn 2021 – 2025", "Giai đoạn 2021 — 2025", "2021—2025"])
def test_probe_a_span_of_years_with_any_dash_is_the_span(col):
    """A review's span under its title reads as the span whatever the dash (never one of its years)."""
    got = _read(_column(col, "BÁO CÁO TỔNG KẾT HOẠT ĐỘNG KH&CN GIAI ĐOẠN 2021-2025"))
    assert got == {("ocop_products", "2021/2025", "actual"): 11}, col


# --- 2. from a quarter or month of one year to another's -------------------------------------------------------------

_NO_YEAR = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN"


@pytest.mark.parametrize("col,period", [("Quý IV/2024 - Quý I/2025", "2024-10/2025-03"),
                                        ("Quý IV/2024 – Quý I/2025", "2024-10/2025-03"),
                                        ("Q4/2024 - Q1/2025", "2024-10/2025-03"),
                                        ("Từ quý IV/2024 đến hết quý I/2025", "2024-10/2025-03"),
                                        ("Quý I/2024 - Quý III/2024", "2024-01/2024-09"),
                                        ("T12/2024–T3/2025", "2024-12/2025-03"),
                                        ("T12/2024 - T3/2025", "2024-12/2025-03")])
def test_a_span_from_a_quarter_or_month_of_a_year_to_another_is_the_span(col, period):
    """WRONG: 'Quý IV/2024 - Quý I/2025' (a season across the year's end) stored the two quarters' 11 OCOP products as
    the fourth quarter of 2024's, 'Quý I/2024 - Quý III/2024' as the first quarter's, 'T12/2024–T3/2025' as
    December's (combo36): the span from the one's first month to the other's last, as 'Tháng 11/2024 - Tháng 2/2025'
    was read."""
    assert _read(_column(col, _NO_YEAR)) == {("ocop_products", period, "actual"): 11}, col


@pytest.mark.parametrize("col", ["Quý IV/2024 - Quý I/2025", "T12/2024–T3/2025", "Tháng 11/2024 - Tháng 2/2025"])
def test_a_span_into_the_next_year_under_a_years_title_is_set_aside(col):
    """Under 'NĂM 2024' the span runs past the report's year: never stored as 2024's (nor as one quarter or month)."""
    got = _column(col)
    assert not taken(got), col


@pytest.mark.parametrize("col,period", [("Tháng 11/2024 - Tháng 2/2025", "2024-11/2025-02"), ("Quý IV/2024", "2024-Q4"),
                                        ("T10/2024", "2024-10"), ("Quý I đến quý III/2024", "2024-01/2024-09"),
                                        ("Dec 2024 - Jan 2025", "2024-12/2025-01")])
def test_probe_spans_quarters_and_months_read_as_before(col, period):
    assert _read(_column(col, _NO_YEAR)) == {("ocop_products", period, "actual"): 11}, col


def test_probe_a_span_running_backwards_names_no_period():
    """'Quý I/2025 - Quý IV/2024' names no span: nothing stored (never one of the quarters)."""
    got = _column("Quý I/2025 - Quý IV/2024", _NO_YEAR)
    assert not (got.accepted and taken(got))


# --- 3. a bracket leaving what failed out of the count ----------------------------------------------------------------

def _row(label: str, unit: str = "%", value: str = "85,5"):
    return table(["1", label, unit, value], name="report.xlsx")


@pytest.mark.parametrize("label", ["Tỷ lệ hồ sơ trực tuyến (không tính hồ sơ bị trả lại)",
                                   "Tỷ lệ hồ sơ trực tuyến (không bao gồm hồ sơ bị trả lại)",
                                   "Tỷ lệ hồ sơ trực tuyến (trừ hồ sơ bị trả lại)",
                                   "Tỷ lệ hồ sơ trực tuyến (không tính hồ sơ bị từ chối)"])
def test_a_rate_leaving_the_failures_out_of_its_count_is_still_the_rate(label):
    """LOST (since wrong37): 'Tỷ lệ hồ sơ trực tuyến (không tính hồ sơ bị trả lại) | 85,5' — the rate with the dossiers
    sent back left out of the count is still the online dossier rate; the bracket's 'trả lại' (failure_words) ruled
    it out."""
    assert _read(_row(label)) == {("online_dossier_rate", "2024", "actual"): 85.5}, label


def test_tasks_accepted_leaving_the_failed_out_are_the_tasks_accepted():
    assert _read(_row("Số nhiệm vụ được nghiệm thu (không tính nhiệm vụ không đạt)", "nhiệm vụ", "12")) == {
        ("tasks_accepted", "2024", "actual"): 12}


@pytest.mark.parametrize("label", ["Tỷ lệ hồ sơ bị trả lại", "Tỷ lệ hồ sơ trực tuyến (bị trả lại)",
                                   "Tỷ lệ hồ sơ trực tuyến (tính cả hồ sơ bị trả lại)",
                                   "Tỷ lệ hồ sơ trực tuyến bị trả lại",
                                   "Tỷ lệ hồ sơ trực tuyến (không tính 5 hồ sơ bị trả lại)",
                                   "Tỷ lệ hồ sơ bị trả lại (không tính hồ sơ trực tiếp)"])
def test_probe_a_rate_of_the_failures_or_counting_them_is_still_ruled_out(label):
    """The failures counted, or named outside a bracket leaving them out (or one with a figure): never the rate."""
    got = _row(label)
    assert not (got.accepted and taken(got)), label


@pytest.mark.parametrize("label", ["Số nhiệm vụ nghiệm thu không đạt", "Số nhiệm vụ được nghiệm thu (không đạt)"])
def test_probe_the_failed_tasks_are_still_no_tasks_accepted(label):
    got = _row(label, "nhiệm vụ", "12")
    assert not (got.accepted and taken(got)), label


def test_probe_a_bracket_leaving_a_part_out_is_still_no_whole():
    """'(không kể nhiệm vụ chuyển tiếp)' leaves a part out: not every task managed (another rule's, kept)."""
    got = _row("Số nhiệm vụ đang quản lý (không kể nhiệm vụ chuyển tiếp)", "nhiệm vụ", "12")
    assert not (got.accepted and taken(got))


# --- 4. a title of the tasks carried out, a bare 'nhiệm vụ' --------------------------------------------------------------


@pytest.mark.parametrize("title,period", [("BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024", "2024"),
                                          ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024", "2024"),
                                          ("BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ NĂM 2024", "2024"),
                                          ("BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025",
                                           "2024"),
                                          ("BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024", "2024-S1")])
def test_the_types_total_under_a_title_of_the_tasks_carried_out_is_the_tasks_managed(title, period):
    """LOST (read on main, lost since review37/review38b): under 'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024' (a bare
    'nhiệm vụ', no KH&CN) the 65 tasks managed and the levels' 35 and 30 were lost: the title named tasks of no
    stage the matcher was sure of."""
    assert _read(_types_total(title)) == _managed(period), title


@pytest.mark.parametrize("title", ["ĐỀ XUẤT NHIỆM VỤ NĂM 2025", "ĐỀ XUẤT ĐẶT HÀNG NHIỆM VỤ NĂM 2025",
                                   "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ BỊ DỪNG NĂM 2024",
                                   "KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐỀ XUẤT NĂM 2024",
                                   "BÁO CÁO KẾT QUẢ ĐĂNG KÝ SỞ HỮU TRÍ TUỆ TỪ NHIỆM VỤ NĂM 2024"])
def test_probe_tasks_proposed_stopped_or_of_another_result_stay_unread(title):
    assert not any(k[2].startswith("tasks_") for k in facts(_types_total(title))), title


@pytest.mark.parametrize("title", ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ KH&CN NĂM 2024", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024",
                                   "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2024"])
def test_probe_results_titles_keep_the_tasks_managed(title):
    assert _read(_types_total(title)) == _managed("2024"), title


# --- 5. two quarters or months listed, each with its year --------------------------------------------------------------

@pytest.mark.parametrize("col,period", [("Quý IV/2024 và Quý I/2025", "2024-10/2025-03"),
                                        ("Quý IV/2024, Quý I/2025", "2024-10/2025-03"),
                                        ("Quý III/2024 và Quý IV/2024", "2024-S2"),
                                        ("Tháng 10/2024 và tháng 11/2024", "2024-10/2024-11"),
                                        ("T12/2024, T1/2025", "2024-12/2025-01")])
def test_two_periods_listed_one_after_the_other_are_their_span(col, period):
    """WRONG: 'Quý IV/2024 và Quý I/2025' stored the two quarters' 11 OCOP products as 2024-Q4's, 'Tháng 10/2024 và
    tháng 11/2024' as October's (combo36): listed one after the other they are their span (wrong27's 'Quý I, II')."""
    assert _read(_column(col, _NO_YEAR)) == {("ocop_products", period, "actual"): 11}, col


@pytest.mark.parametrize("col", ["Quý III/2024 và Quý I/2025", "Tháng 10/2024 và tháng 12/2024",
                                 "Tháng 12/2024 và tháng 12/2023", "Quý I/2025 và Quý IV/2024"])
@pytest.mark.parametrize("title", [_NO_YEAR, "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"])
def test_two_periods_listed_apart_store_nothing(col, title):
    """WRONG: 'Quý III/2024 và Quý I/2025' was stored as 2024-Q3 (the first quarter named, or the report's third
    quarter): two periods apart name no one period — nothing stored."""
    got = _column(col, title)
    assert not (got.accepted and taken(got)), (col, title)


@pytest.mark.parametrize("col,period", [("Quý III", "2024-Q3"), ("Quý III/2024", "2024-Q3"), ("Quý I, II năm 2024", "2024-S1"),
                                        ("Tháng 6 và 7, 2024", "2024-06/2024-07")])
def test_probe_one_period_or_a_list_with_one_year_reads_as_before(col, period):
    assert _read(_column(col)) == {("ocop_products", period, "actual"): 11}, col

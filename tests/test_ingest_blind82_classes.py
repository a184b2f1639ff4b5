"""Classes found by blind batch 82 (the 34 provinces' eleven-month and year-end reports of 2026: the year's
estimate beside eleven months' actuals), each with its failing case and probes — honest neighbours that must read
as before, wrong ones that must stay set aside. Every workbook is built with `tests.fixtures.reports`, marked as
test data, and read by `etl.ingest.examine` as an upload is."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import examine, head, reasons, taken

_ELEVEN_MONTHS = "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KH&CN 11 THÁNG NĂM 2026"
_YEAR = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2026"
_HEADER = ["TT", "Nội dung", "ĐVT", "Số lượng"]
# an honest row beside a probe, so that the probe's file is not refused for stating nothing
_OCOP = ["1", "Sản phẩm OCOP được công nhận", "Sản phẩm", 40]
_ACCEPTED = ("01", "34", "tasks_accepted")


def _read(*rows: list, title: str = _ELEVEN_MONTHS):
    """Hà Nội's table of `rows` under "TT | Nội dung | ĐVT | Số lượng", the period only in the title."""
    return examine(head("Hà Nội", title, city=True) + [_HEADER, _OCOP, *rows], name="blind82.xlsx")


def _statuses(result) -> dict:
    """{(indicator, period): status} of the tasks accepted an upload would write."""
    f = result.facts
    return {(i, p): s for i, p, s in zip(f.indicator, f.period, f.status) if i.startswith("tasks_accepted")}


# --- 1. a row's label naming the whole year's estimate in a report on part of the year --------------------

_YEAR_ESTIMATES = ["Nhiệm vụ KH&CN được nghiệm thu (ước cả năm 2026)", "Nhiệm vụ KH&CN được nghiệm thu ước cả năm 2026",
                   "Ước nhiệm vụ KH&CN được nghiệm thu cả năm 2026", "Nhiệm vụ KH&CN được nghiệm thu (ước năm 2026)",
                   "Nhiệm vụ KH&CN được nghiệm thu - ước thực hiện cả năm 2026"]


@pytest.mark.parametrize("label", _YEAR_ESTIMATES)
def test_a_labels_estimate_of_the_whole_year_is_the_years_estimate(label):
    """WRONG NUMBERS (blind82, Hà Nội's "Ước nghiệm thu cả năm 2026" under eleven months): a row whose label
    says it is the estimate of the whole year ("… (ước cả năm 2026)", "Ước … cả năm 2026") in a report on
    eleven months of 2026 was stored as the ELEVEN MONTHS' figure — "cả năm 2026" was no period phrase of a
    label, the label matched whole, and the title's period was the row's: 117, the year's estimate, stored as
    the tasks accepted in January–November. A person reads the year's estimate: stored as 2026's, estimated
    (etl/row_labels.py label_variants, etl/walk.py _estimated_row; metrics/header_words.toml
    label_whole_year_words, label_estimate_words)."""
    result = _read(["2", label, "Nhiệm vụ", 117])
    assert taken(result)[(*_ACCEPTED, "2026", "actual")] == 117, reasons(result)
    assert (*_ACCEPTED, "2026-01/2026-11", "actual") not in taken(result)
    assert _statuses(result) == {("tasks_accepted", "2026"): "estimated"}


@pytest.mark.parametrize("label", _YEAR_ESTIMATES)
def test_the_years_estimate_below_the_eleven_months_keeps_both(label):
    """LOST (and an honest file refused): under the row of the eleven months' actual ("Nhiệm vụ KH&CN được
    nghiệm thu | 99"), the year's estimate in the row below was read as a second value of the eleven months —
    the file refused as "hai giá trị khác nhau" ("(ước cả năm 2026)") or the estimate dropped as the eleven
    months' ("Ước … cả năm 2026"). Both are stored: 99 of the eleven months, 117 the year's estimate."""
    result = _read(["2", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 99], ["", label, "Nhiệm vụ", 117])
    got = taken(result)
    assert got[(*_ACCEPTED, "2026-01/2026-11", "actual")] == 99, reasons(result)
    assert got[(*_ACCEPTED, "2026", "actual")] == 117, reasons(result)
    assert _statuses(result) == {("tasks_accepted", "2026-01/2026-11"): "reported",
                                 ("tasks_accepted", "2026"): "estimated"}


def test_a_labels_whole_year_without_an_estimate_is_set_aside_in_a_report_on_part_of_it():
    """WRONG NUMBERS (the same class without the estimate's word): "Nhiệm vụ KH&CN được nghiệm thu cả năm 2026
    | 117" in a report on eleven months was stored as the eleven months'. The whole year is after the report's
    period and the label does not say it is an estimate: a target or a forecast — set aside, as "… năm 2026"
    (without "cả") already was."""
    for label in ("Nhiệm vụ KH&CN được nghiệm thu cả năm 2026", "Nhiệm vụ KH&CN được nghiệm thu (cả năm 2026)"):
        result = _read(["2", label, "Nhiệm vụ", 117])
        assert not any(k[2] == "tasks_accepted" for k in taken(result)), (label, taken(result))
        assert "sau kỳ của báo cáo" in reasons(result), (label, reasons(result))


def test_a_labels_estimate_of_the_reports_own_year_is_an_estimate():
    """WRONG STATUS (the same class in a report on the year): "… (ước cả năm 2026)" in the report on 2026 was
    stored as 2026's REPORTED figure — "(ước cả năm 2026)" was no estimate's note, "(ước)" and "(ước cả năm)"
    were. Stored as 2026's estimate."""
    for label in ("Nhiệm vụ KH&CN được nghiệm thu (ước cả năm 2026)", "Nhiệm vụ KH&CN được nghiệm thu - ước năm 2026"):
        result = _read(["2", label, "Nhiệm vụ", 117], title=_YEAR)
        assert _statuses(result) == {("tasks_accepted", "2026"): "estimated"}, label


def test_probe_a_labels_whole_year_in_a_report_on_that_year_is_its_figure():
    """Where it must not fire: in a report on the year 2026, "… cả năm 2026" is the report's own year — the
    figure stored as 2026's, reported."""
    result = _read(["2", "Nhiệm vụ KH&CN được nghiệm thu cả năm 2026", "Nhiệm vụ", 117], title=_YEAR)
    assert taken(result)[(*_ACCEPTED, "2026", "actual")] == 117
    assert _statuses(result) == {("tasks_accepted", "2026"): "reported"}


def test_probe_estimates_and_words_like_them_read_as_before():
    """Where it must not fire: "(ước)" alone is the report's period's estimate (the eleven months'); "… năm 2026
    (ước)" the year's estimate; a treaty ("Hiệp ước") in a label is no estimate's word."""
    result = _read(["2", "Nhiệm vụ KH&CN được nghiệm thu (ước)", "Nhiệm vụ", 117])
    assert _statuses(result) == {("tasks_accepted", "2026-01/2026-11"): "estimated"}
    result = _read(["2", "Nhiệm vụ KH&CN được nghiệm thu năm 2026 (ước)", "Nhiệm vụ", 117])
    assert _statuses(result) == {("tasks_accepted", "2026"): "estimated"}
    result = _read(["2", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 117], title=_YEAR)
    assert _statuses(result) == {("tasks_accepted", "2026"): "reported"}

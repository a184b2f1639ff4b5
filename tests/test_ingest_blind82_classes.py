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
                   "Nhiệm vụ KH&CN được nghiệm thu - ước thực hiện cả năm 2026",
                   "Ước số nhiệm vụ KH&CN được nghiệm thu năm 2026"]


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


def test_probe_an_estimate_of_a_part_of_the_year_stays_that_parts():
    """Where it must not fire: an estimate naming a part of the year before the year ("Ước … quý IV năm 2026",
    "Ước … tháng 11 năm 2026") is no estimate of the whole year — never stored as 2026's."""
    for label in ("Ước số nhiệm vụ KH&CN được nghiệm thu quý IV năm 2026",
                  "Ước số nhiệm vụ KH&CN được nghiệm thu tháng 11 năm 2026",
                  # "ước" inside "trước" (before) is no estimate's word
                  "Nhiệm vụ KH&CN được nghiệm thu trước năm 2026"):
        result = _read(["2", label, "Nhiệm vụ", 117])
        assert ("tasks_accepted", "2026") not in _statuses(result), (label, _statuses(result))


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


# --- 2. a row under an indicator's row saying only that it is the year's estimate -------------------------

def _under_accepted(label: str, unit: str = "Nhiệm vụ", title: str = _ELEVEN_MONTHS):
    return _read(["2", "Nhiệm vụ KH&CN được nghiệm thu", "Nhiệm vụ", 99], ["", label, unit, 117], title=title)


def test_the_levels_across_with_the_years_estimate_in_the_row_below():
    """LOST (blind82, Hà Nội's eleven months): "Tổng số | Cấp quốc gia | Cấp thành phố | Cấp cơ sở" across, the
    row "3 | Nhiệm vụ đã nghiệm thu" then "4 | Ước nghiệm thu cả năm 2026": the estimate's row named no indicator
    by itself ("không khớp chỉ tiêu nào") and the year's three figures were lost. A row right under an
    indicator's row saying only that it is the estimate of the report's year, in none but the row above's words,
    is that indicator's estimate of the year (etl/walk.py _estimate_of_the_row_above)."""
    header = ["TT", "Nội dung", "Đơn vị tính", "Tổng số", "Cấp quốc gia", "Cấp thành phố", "Cấp cơ sở"]
    result = examine(head("Hà Nội", _ELEVEN_MONTHS, city=True) + [
        header, ["1", "Nhiệm vụ đang triển khai", "Nhiệm vụ", 277, 27, 186, 64],
        ["2", "Nhiệm vụ đã nghiệm thu", "Nhiệm vụ", 99, 8, 61, 30],
        ["3", "Ước nghiệm thu cả năm 2026", "Nhiệm vụ", 117, 10, 72, 35]], name="blind82.xlsx")
    got = taken(result)
    for code, eleven, year in (("tasks_accepted", 99, 117), ("tasks_accepted_national", 8, 10),
                               ("tasks_accepted_provincial", 61, 72)):
        assert got[("01", "34", code, "2026-01/2026-11", "actual")] == eleven, (code, reasons(result))
        assert got[("01", "34", code, "2026", "actual")] == year, (code, reasons(result))
    assert {s for (i, p), s in _statuses(result).items() if p == "2026"} == {"estimated"}


@pytest.mark.parametrize("label", ["Ước cả năm 2026", "- Ước cả năm 2026", "+ Ước thực hiện cả năm 2026", "Ước cả năm",
                                   "- Ước nghiệm thu cả năm 2026", "(Ước TH cả năm 2026)"])
def test_an_estimates_row_under_an_indicators_row_is_its_estimate_of_the_year(label):
    """LOST: the same estimate's row in any of the ways it is typed — the year with or without "cả năm", "Ước
    cả năm" alone (the report's year) — under "Nhiệm vụ KH&CN được nghiệm thu | 99"."""
    result = _under_accepted(label)
    assert _statuses(result) == {("tasks_accepted", "2026-01/2026-11"): "reported",
                                 ("tasks_accepted", "2026"): "estimated"}, reasons(result)
    assert taken(result)[(*_ACCEPTED, "2026", "actual")] == 117


def test_probe_an_estimates_row_saying_more_or_else_stays_unread():
    """Where it must not fire: a part ("Trong đó: ước cả năm"), another year than the report's ("Ước cả năm
    2025"), words the row above does not say ("Ước OCOP cả năm 2026", "Ước nghiệm thu cấp cơ sở cả năm 2026"),
    another unit ("Ước cả năm 2026 | Triệu đồng"), a plan ("Kế hoạch cả năm 2026"), or no estimate's word
    ("Cả năm 2026") — the row names nothing, only the row above is read."""
    for label, unit in (("Trong đó: ước cả năm", "Nhiệm vụ"), ("Ước cả năm 2025", "Nhiệm vụ"),
                        ("Ước OCOP cả năm 2026", "Nhiệm vụ"), ("Ước nghiệm thu cấp cơ sở cả năm 2026", "Nhiệm vụ"),
                        ("Ước cả năm 2026", "Triệu đồng"), ("Kế hoạch cả năm 2026", "Nhiệm vụ"),
                        ("Cả năm 2026", "Nhiệm vụ")):
        result = _under_accepted(label, unit)
        assert _statuses(result) == {("tasks_accepted", "2026-01/2026-11"): "reported"}, (label, reasons(result))


def test_probe_an_estimates_row_in_a_report_on_the_year_keeps_the_actual():
    """Where it must not fire differently: in the report on the year 2026, "Ước cả năm 2026" under the year's
    actual is the same year's estimate — the actual kept, the estimate not stored over it."""
    result = _under_accepted("Ước cả năm 2026", title=_YEAR)
    assert _statuses(result) == {("tasks_accepted", "2026"): "reported"}, reasons(result)
    assert taken(result)[(*_ACCEPTED, "2026", "actual")] == 99

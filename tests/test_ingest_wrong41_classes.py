"""wrong41 (issue #8, precision first): wrong numbers last session left, found by this session's reviewers; each class
with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and
beside it the honest neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import OCOP_ROW, facts, table

NGHE_AN = "40"


def _na(code: str, period: str, value) -> dict:
    return {(NGHE_AN, "63", code, period, "actual"): value}


# --- 4. a month, then a date (or a date, then a month) in one span ---------------------------------------------------

@pytest.mark.parametrize("column", ["T1/2024 - 31/3/2024", "Tháng 1/2024 – 31/3/2024", "Từ tháng 1/2024 đến 31/3/2024",
                                    "01/01/2024 - T3/2024"])
def test_a_month_then_a_date_is_the_span_not_the_month(column):
    """WRONG: a column headed "T1/2024 - 31/3/2024" stored the first quarter's 11 OCOP products as January 2024's
    ("01/01/2024 - T3/2024" as March's): the span runs from the month's first day to the date."""
    got = facts(table(OCOP_ROW + [11], columns=(column,), name="report.xlsx"))
    assert got == _na("ocop_products", "2024-Q1", 11), (column, got)


def test_a_month_then_a_date_of_no_whole_months_is_no_one_month():
    got = facts(table(OCOP_ROW + [11], columns=("T1/2024 - 15/3/2024",), name="report.xlsx"))
    assert not any(k[3] == "2024-01" for k in got), got


@pytest.mark.parametrize("column, period", [("T1/2024", "2024-01"), ("T1/2024 - T3/2024", "2024-Q1"),
                                            ("01/01/2024 - 31/3/2024", "2024-Q1"), ("Tháng 1 - 6/2024", "2024-S1")])
def test_probe_months_and_date_spans_read_as_before(column, period):
    assert facts(table(OCOP_ROW + [11], columns=(column,), name="report.xlsx")) == _na("ocop_products", period, 11)


# --- 2. dossiers still being handled -------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Tỷ lệ hồ sơ trực tuyến đang giải quyết", "Tỷ lệ hồ sơ trực tuyến đang xử lý",
                                   "Tỷ lệ hồ sơ đang giải quyết trực tuyến"])
def test_a_rate_of_dossiers_still_being_handled_is_no_online_dossier_rate(label):
    """WRONG: "Tỷ lệ hồ sơ trực tuyến đang giải quyết | 12,5" (dossiers still pending) was stored as the online
    dossier rate ("đang" a stopword: the alias "tỷ lệ hồ sơ giải quyết trực tuyến"); as wrong38's "đang nghiệm thu"."""
    got = facts(table(["1", label, "%", 12.5]))
    assert not any(k[2] == "online_dossier_rate" for k in got), (label, got)


@pytest.mark.parametrize("label", ["Tỷ lệ hồ sơ giải quyết trực tuyến", "Tỷ lệ hồ sơ trực tuyến",
                                   "Tỷ lệ hồ sơ được giải quyết trực tuyến"])
def test_probe_the_online_dossier_rate_is_still_read(label):
    assert facts(table(["1", label, "%", 85.5])) == _na("online_dossier_rate", "2024", 85.5), label


# --- 3. two states of the tasks listed in one label ----------------------------------------------------------------

@pytest.mark.parametrize("label", ["Nhiệm vụ đang triển khai, nghiệm thu", "Số nhiệm vụ triển khai và nghiệm thu",
                                   "Nhiệm vụ KH&CN đang thực hiện, nghiệm thu"])
def test_tasks_under_way_and_accepted_together_are_no_tasks_accepted(label):
    """WRONG: "Nhiệm vụ đang triển khai, nghiệm thu | 12" (two states listed: under way, accepted) was stored as 12
    tasks accepted (0.899): no one stage, as wrong38's "phê duyệt và nghiệm thu"."""
    got = facts(table(["1", label, "nhiệm vụ", 12]))
    assert not any(k[2].startswith("tasks_") for k in got), (label, got)


@pytest.mark.parametrize("label, code", [("Nhiệm vụ KH&CN được nghiệm thu", "tasks_accepted"),
                                         ("Nhiệm vụ đã nghiệm thu", "tasks_accepted"),
                                         ("Nhiệm vụ KH&CN đang triển khai", "tasks_managed"),
                                         ("Số nhiệm vụ KH&CN triển khai thực hiện", "tasks_managed")])
def test_probe_one_stage_of_the_tasks_is_still_read(label, code):
    assert facts(table(["1", label, "nhiệm vụ", 12])) == _na(code, "2024", 12), label

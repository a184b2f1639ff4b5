"""review38b (issue #8, precision first): probes of the newest reading rules (recall37, wrong37, wrong38, review37)
with other realistic reports of a Sở KH&CN: each class with the smallest report (tests/fixtures/reports.py, read
by `etl.ingest.examine` as an upload is), and beside it the honest neighbours that must read as before."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import types_total as _types_total, read_taken as _read, LABEL_UNIT_HEADER, OCOP_ROW, examine, facts, head, taken


def _managed(period: str, measure: str = "actual") -> dict:
    return {("tasks_managed", period, measure): 65, ("tasks_managed_provincial", period, measure): 35,
            ("tasks_managed_grassroots", period, measure): 30}


# --- 1. the department's duties to come in a yearly report's title are no tasks -----------------------------------

@pytest.mark.parametrize("title", ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025",
                                   "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024, PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025",
                                   "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024 VÀ KẾ HOẠCH, NHIỆM VỤ NĂM 2025"])
def test_the_types_total_under_a_yearly_report_naming_its_duties_to_come_is_the_tasks_managed(title):
    """LOST (read on main): review37 reads the total right of the types with the title's own lines ('BÁO CÁO …' no
    longer dropped as a masthead): 'PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025' (the department's duties to come, the
    commonest yearly title) named tasks, and the 65 tasks managed of 2024 with their levels 35 and 30 were lost."""
    assert _read(_types_total(title)) == _managed("2024"), title


@pytest.mark.parametrize("title", ["ĐỀ XUẤT ĐẶT HÀNG NHIỆM VỤ KH&CN NĂM 2025 VÀ KẾ HOẠCH NĂM 2026",
                                   "BÁO CÁO KẾT QUẢ NĂM 2024 VÀ KẾ HOẠCH NHIỆM VỤ KH&CN BỊ DỪNG NĂM 2025"])
def test_probe_tasks_of_no_stage_before_or_after_the_work_to_come_stay_unread(title):
    """Proposed tasks (before the plan's words) stay no task managed, as review37 asked; a title naming
    the results' year and another stage after it stores nothing of the tasks managed either."""
    assert not any(k[2].startswith("tasks_") for k in facts(_types_total(title))), title


@pytest.mark.parametrize("title", ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024", "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ KH&CN NĂM 2024"])
def test_probe_a_results_title_keeps_the_tasks_managed(title):
    assert _read(_types_total(title)) == _managed("2024"), title


# --- 2. a title that is only a plan makes the level crosstab the plan --------------------------------------------

@pytest.mark.parametrize("title", ["KẾ HOẠCH NHIỆM VỤ KH&CN NĂM 2026", "DỰ KIẾN NHIỆM VỤ KH&CN NĂM 2026"])
def test_the_types_total_under_a_plan_title_is_the_plan_never_the_actual(title):
    """WRONG: 'Cấp nhiệm vụ | Đề tài | Dự án | Tổng số' under 'KẾ HOẠCH NHIỆM VỤ KH&CN NĂM 2026' stored the plan's 65
    tasks (and 35, 30 by level) as 2026's ACTUAL tasks managed (main and combo36 alike): under a title that is only
    a plan a level crosstab's columns hold the plan, as a table's indicator columns do (wrong30)."""
    assert _read(_types_total(title)) == _managed("2026", "plan"), title


def test_probe_a_plan_row_under_the_plan_title_reads_as_before():
    got = examine(head("Nghệ An", "KẾ HOẠCH HOẠT ĐỘNG KH&CN NĂM 2025")
                  + [LABEL_UNIT_HEADER + ["Số lượng"], OCOP_ROW + [35]])
    assert _read(got) == {("ocop_products", "2025", "plan"): 35}


# --- 3. a quarter and its year with an en or em dash ---------------------------------------------------------------

def _quarter(col: str):
    return examine(head("Nghệ An", "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024")
                   + [LABEL_UNIT_HEADER + [col], OCOP_ROW + [11]])


@pytest.mark.parametrize("col", ["Quý II – 2024", "Quý II — 2024", "Quý II –2024", "Quý 2 – năm 2024", "Q2 – 2024"])
def test_a_quarter_before_an_en_dash_and_its_year_is_that_quarter(col):
    """WRONG: 'Quý II – 2024' (the en dash Word puts for ' - ') stored the quarter's 11 OCOP products as the whole
    year 2024's (main and combo36 alike): the quarter's reader knew '/', '.', ',', '-' before the year only."""
    assert _read(_quarter(col)) == {("ocop_products", "2024-Q2", "actual"): 11}, col


@pytest.mark.parametrize("col,period", [("Quý II - 2024", "2024-Q2"), ("Quý I, II – 2024", "2024-S1"),
                                        ("Quý I–III/2024", "2024-01/2024-09"), ("Năm 2024", "2024")])
def test_probe_quarters_with_a_hyphen_listed_or_spanned_read_as_before(col, period):
    assert _read(_quarter(col)) == {("ocop_products", period, "actual"): 11}, col

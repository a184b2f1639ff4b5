"""recall33 (issue #8, recall at first sight): honest figures lost — rows only suggested or set aside, files
refused whole — though a statistician reads them at a glance; each class with the smallest realistic report
(tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is), and beside it the near misses that
must stay set aside (precision first: never a wrong number for a found one)."""
from __future__ import annotations

import pytest

from etl.labels import match_label
from tests.fixtures.reports import OCOP_ROW, examine, facts, head, reasons, table, taken

NGHE_AN = "40"


def _f(indicator: str, period: str, value, frame: str = "63", measure: str = "actual", province: str = NGHE_AN):
    return {(province, frame, indicator, period, measure): value}


# --- 1. "tiến hành" is carrying out ------------------------------------------------------------------------

def test_tasks_being_carried_out_are_the_tasks_managed():
    """LOST: Gia Lai's statistical form 02.01 "1. Số nhiệm vụ KH&CN đang tiến hành trong năm | 112" was only
    suggested (0.756) once an alias "… ứng dụng tiến bộ KH&CN" gave "tiến" a weight no task alias explains:
    the year's 112 tasks (and its levels' in the form) lost. "tiến hành" is "thực hiện"."""
    got = table(["1", "Số nhiệm vụ KH&CN đang tiến hành trong năm", "nhiệm vụ", 112],
                ["2", "Số nhiệm vụ KH&CN cấp tỉnh đang tiến hành", "nhiệm vụ", 48])
    assert taken(got) == {**_f("tasks_managed", "2024", 112), **_f("tasks_managed_provincial", "2024", 48)}


@pytest.mark.parametrize("label", [
    "Nhiệm vụ KH&CN chưa tiến hành",      # not begun: no task run (taken as every task managed before)
    "Nhiệm vụ KH&CN chưa thực hiện",
    "Nhiệm vụ KH&CN chưa triển khai",
    "Nhiệm vụ KH&CN dừng tiến hành",      # stopped
    "Nhiệm vụ KH&CN tiến hành thanh lý",  # liquidated
    "Số giấy phép tiến hành công việc bức xạ đã cấp",
])
def test_probe_tasks_not_run_are_no_tasks_managed(label):
    got = table(["1", label, "nhiệm vụ", 5], OCOP_ROW + [40])
    assert not any(k[2].startswith("tasks_managed") for k in facts(got)), label


def test_probe_tasks_carried_to_acceptance_are_the_tasks_accepted():
    assert match_label("Số nhiệm vụ KH&CN tiến hành nghiệm thu").indicator == "tasks_accepted"

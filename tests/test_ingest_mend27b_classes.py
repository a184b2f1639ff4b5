"""Honest figures the ingest lost at first sight (issue #8, helper mend27b): each class a person reads
with certainty, with probes that nothing wrong comes with it. Test data, built with tests/fixtures/reports.py."""
from __future__ import annotations

from tests.fixtures.reports import examine, facts, head, taken

TASKS_TITLE = "Kết quả hoạt động khoa học và công nghệ năm 2024"


def _tasks(rows: list[list]):
    return examine(head("Bắc Giang", TASKS_TITLE) + [["STT", "Chỉ tiêu", "ĐVT", "Năm 2024"]] + rows)


def _by_indicator(result) -> dict:
    return {k[2]: v for k, v in taken(result).items()}


# --- 1. a row naming one type of task and a stage of its own, under a row of another stage -------------
def test_topics_accepted_under_the_tasks_managed_are_the_provincial_tasks_accepted():
    # main dropped 12 with the reason "Trùng tên hoặc tên gọi khác của chỉ tiêu"
    got = _by_indicator(_tasks([["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 40],
                                ["2", "Đề tài KH&CN cấp tỉnh được nghiệm thu", "nhiệm vụ", 12]]))
    assert got == {"tasks_managed": 40, "tasks_accepted_provincial": 12}


def test_probe_a_type_alone_or_in_the_headings_own_stage_stays_its_share():
    # a level alone under the tasks managed, the heading's own stage under the tasks accepted: the topics'
    # share, never every provincial task — and the reason shown no longer says the name is the indicator's
    for heading, row in (("Nhiệm vụ KH&CN được quản lý", "- Đề tài cấp tỉnh"),
                         ("Nhiệm vụ KH&CN được nghiệm thu", "- Đề tài cấp tỉnh được nghiệm thu")):
        result = _tasks([["1", heading, "nhiệm vụ", 40], [None, row, "nhiệm vụ", 12]])
        assert 12 not in taken(result).values(), row
        why = [i.reason_vi for i in result.ignored if i.text == row]
        assert why and not why[0].startswith("Trùng tên"), (row, why)
    # beside the projects in the same words, each is one type's share (wrong27)
    got = _by_indicator(_tasks([["1", "Nhiệm vụ KH&CN được quản lý", "nhiệm vụ", 40],
                                ["2", "Đề tài cấp tỉnh được nghiệm thu", "nhiệm vụ", 12],
                                ["3", "Dự án cấp tỉnh được nghiệm thu", "nhiệm vụ", 3]]))
    assert got == {"tasks_managed": 40}

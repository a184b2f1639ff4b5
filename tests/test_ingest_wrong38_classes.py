"""wrong38 (issue #8, precision first): wrong numbers found and left last session — task stages and periods; each
class with the smallest realistic report (tests/fixtures/reports.py, read by `etl.ingest.examine` as an upload is),
and beside it the honest neighbours that must read as before."""
from __future__ import annotations

import pytest

from etl import labels
from tests.fixtures.reports import examine, facts, head, table, taken

NGHE_AN, TIEN_GIANG = "40", "82"


def _row(label: str, title: str = "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024"):
    return table(["1", label, "nhiệm vụ", 12], title=title)


# --- 1. a stage of the tasks that is not the one its words look like ----------------------------------------------

@pytest.mark.parametrize("label", ["Số nhiệm vụ đã tiến hành kiểm tra", "Số nhiệm vụ KH&CN được kiểm tra",
                                   "Số nhiệm vụ đã thực hiện kiểm tra", "Số nhiệm vụ KH&CN được thanh tra"])
def test_tasks_inspected_are_no_tasks_managed(label):
    """WRONG: "Số nhiệm vụ đã tiến hành kiểm tra | 12" (the tasks INSPECTED; "tiến hành" reads "thực hiện") was
    stored as 12 tasks managed: an inspection covers some of them, never the whole."""
    assert not facts(_row(label)), label


@pytest.mark.parametrize("label", ["Số nhiệm vụ đang tiến hành nghiệm thu", "Nhiệm vụ KH&CN đang nghiệm thu",
                                   "Nhiệm vụ đang tổ chức nghiệm thu", "Nhiệm vụ đang làm thủ tục nghiệm thu"])
def test_acceptance_under_way_is_no_task_accepted(label):
    """WRONG: "Số nhiệm vụ đang tiến hành nghiệm thu | 12" (acceptance under way, not done; "đang" is a stopword)
    was stored as 12 tasks accepted."""
    assert not facts(_row(label)), label


@pytest.mark.parametrize("label, code", [("Nhiệm vụ KH&CN được nghiệm thu", "tasks_accepted"),
                                         ("Số nhiệm vụ đã tiến hành nghiệm thu", "tasks_accepted"),
                                         ("Số nhiệm vụ KH&CN đang tiến hành trong năm", "tasks_managed"),
                                         ("Số nhiệm vụ đang thực hiện", "tasks_managed"),
                                         ("Số nhiệm vụ tiến hành triển khai", "tasks_managed")])
def test_probe_tasks_run_and_accepted_still_read(label, code):
    assert taken(_row(label)) == {(NGHE_AN, "63", code, "2024", "actual"): 12}, label


_TWO_STAGES = "NHIỆM VỤ KH&CN ĐƯỢC PHÊ DUYỆT VÀ NGHIỆM THU"


def _years(title: str, header: str = "Số nhiệm vụ KH&CN"):
    return examine(head("Tiền Giang", title) + [["STT", "Năm", header], ["1", "Năm 2022", 10], ["2", "Năm 2023", 12],
                                                ["3", "Năm 2024", 14]])


@pytest.mark.parametrize("title", [f"{_TWO_STAGES} GIAI ĐOẠN 2022-2024", "NHIỆM VỤ ĐƯỢC PHÊ DUYỆT VÀ NGHIỆM THU",
                                   "NHIỆM VỤ KH&CN CẤP TỈNH ĐƯỢC PHÊ DUYỆT VÀ NGHIỆM THU GIAI ĐOẠN 2022-2024",
                                   "NHIỆM VỤ KH&CN ĐƯỢC PHÊ DUYỆT, NGHIỆM THU GIAI ĐOẠN 2022-2024"])
@pytest.mark.parametrize("header", ["Số nhiệm vụ KH&CN", "Số nhiệm vụ"])
def test_a_title_of_two_stages_names_no_one_stage(title, header):
    """WRONG: "Năm | Số nhiệm vụ" under "NHIỆM VỤ ĐƯỢC PHÊ DUYỆT VÀ NGHIỆM THU" stored each year's 10, 12, 14 as
    the tasks accepted: the title names two stages at once (approved, then accepted) — no one of them."""
    assert not any(k[2].startswith("tasks_") for k in facts(_years(title, header))), (title, header)


def test_a_title_of_two_stages_names_no_one_stage_for_a_row():
    got = table(["1", "Số nhiệm vụ KH&CN", "nhiệm vụ", 10], title=f"{_TWO_STAGES} NĂM 2024")
    assert not facts(got)


@pytest.mark.parametrize("title, code", [("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU GIAI ĐOẠN 2022-2024", "tasks_accepted"),
                                         ("NHIỆM VỤ KH&CN CẤP TỈNH ĐƯỢC NGHIỆM THU GIAI ĐOẠN 2022-2024",
                                          "tasks_accepted_provincial")])
def test_probe_a_title_of_one_stage_still_gives_its_stage(title, code):
    assert taken(_years(title)) == {(TIEN_GIANG, "63", code, y, "actual"): v
                                    for y, v in (("2022", 10), ("2023", 12), ("2024", 14))}


def test_probe_the_acceptances_result_approved_is_still_accepted():
    assert labels.match_label("Nhiệm vụ KH&CN được nghiệm thu").indicator == "tasks_accepted"
    assert labels.match_label("Nhiệm vụ được phê duyệt và nghiệm thu").indicator is None


# --- 2. a bare task count read with a title naming one stage -------------------------------------------------------

def _levels(title: str):
    return examine(head("Tiền Giang", title) + [["TT", "Cấp nhiệm vụ", "Số nhiệm vụ", "Kinh phí"],
                                                ["", "Tổng cộng", 10, 500], ["1", "Cấp tỉnh", 6, 300],
                                                ["2", "Cấp cơ sở", 4, 200]])


def _tg(year: str = "2024", **values) -> dict:
    return {(TIEN_GIANG, "63", code, year, "actual"): v for code, v in values.items()}


def test_a_bare_task_count_under_a_title_of_tasks_accepted_is_the_tasks_accepted():
    """WRONG: "Cấp nhiệm vụ | Số nhiệm vụ | Kinh phí" under "NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2024" stored its
    "Tổng cộng | 10" as every task managed and the levels' 6 and 4 as theirs (labels.match_in_context's default
    for a bare task count): the title's stage wins."""
    got = facts(_levels("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2024"))
    assert got == _tg(tasks_accepted=10, tasks_accepted_provincial=6), got


@pytest.mark.parametrize("title", [f"{_TWO_STAGES} NĂM 2024", "NHIỆM VỤ KH&CN CHUYỂN TIẾP NĂM 2024",
                                   "NHIỆM VỤ KH&CN CẤP TỈNH ĐƯỢC NGHIỆM THU NĂM 2024"])
def test_a_bare_task_count_under_another_stage_is_never_the_tasks_managed(title):
    assert not any(k[2].startswith("tasks_managed") for k in facts(_levels(title))), title


@pytest.mark.parametrize("title", ["BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024",
                                   "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KH&CN ĐỔI MỚI SÁNG TẠO NĂM 2024"])
def test_probe_a_bare_task_count_under_a_title_naming_no_stage_is_still_the_tasks_managed(title):
    assert taken(_levels(title)) == _tg(tasks_managed=10, tasks_managed_provincial=6, tasks_managed_grassroots=4)


@pytest.mark.parametrize("title, code", [("NHIỆM VỤ KH&CN ĐƯỢC NGHIỆM THU NĂM 2024", "tasks_accepted"),
                                         ("BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KH&CN NĂM 2024", "tasks_managed"),
                                         ("NHIỆM VỤ KH&CN MỚI VÀ CHUYỂN TIẾP NĂM 2024", None),
                                         (f"{_TWO_STAGES} NĂM 2024", None)])
def test_match_in_context_gives_the_titles_stage(title, code):
    m = labels.match_in_context("Số nhiệm vụ", title, short=True)
    assert (m.indicator if m is not None else None) == code, title


"""Batch 52's classes (issue #8, blind52): the messy shapes a busy office produces, each probed with the
smallest realistic report (tests/fixtures/reports.py, marked as test data, read by `etl.ingest.examine` as an
upload is). Each class test asserts what a user would notice — the figure stored, or not — and beside it the
honest neighbours the fix must not touch (other periods, other provinces, near misses)."""
from __future__ import annotations

import pytest

from tests.fixtures.reports import examine, facts, head, taken

BD, KH = "52", "56"   # Bình Định, Khánh Hòa (frame of 63)
Y23 = "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2023"
TWO_YEARS = ["Chỉ tiêu", "Năm 2022", "Năm 2023"]
ONE_YEAR = ["STT", "Chỉ tiêu", "Năm 2023"]


def _bd(rows: list[list], title: str = Y23):
    return examine(head("Bình Định", title) + rows)


def _kinds(result) -> dict:
    return {(k[0], k[2], k[3]): v for k, v in taken(result).items()}


# --- 1. a total read under its table's heading heads the levels below it (was missed) ----------------------

def test_levels_under_a_total_read_with_its_tables_heading_are_read():
    """Bình Định's "1. Nhiệm vụ khoa học và công nghệ", "Nhiệm vụ đang quản lý | 66 | 70" (a label the registry
    reads only under that heading), "Trong đó: cấp quốc gia | 5 | 6", "cấp tỉnh | 48 | 50": the levels were
    unread — the total headed nothing. Both years' levels are the national and provincial tasks managed."""
    r = _bd([["1. Nhiệm vụ khoa học và công nghệ"], TWO_YEARS, ["Nhiệm vụ đang quản lý", 66, 70],
             ["Trong đó: cấp quốc gia", 5, 6], ["cấp tỉnh", 48, 50]])
    assert _kinds(r) == {(BD, "tasks_managed", "2022"): 66, (BD, "tasks_managed", "2023"): 70,
                         (BD, "tasks_managed_national", "2022"): 5, (BD, "tasks_managed_national", "2023"): 6,
                         (BD, "tasks_managed_provincial", "2022"): 48, (BD, "tasks_managed_provincial", "2023"): 50}


def test_marked_levels_under_a_total_read_with_the_title():
    r = _bd([ONE_YEAR, ["1", "Nhiệm vụ đang quản lý", 70], ["", "- Cấp quốc gia", 6], ["", "- Cấp tỉnh", 50]])
    assert _kinds(r) == {(BD, "tasks_managed", "2023"): 70, (BD, "tasks_managed_national", "2023"): 6,
                         (BD, "tasks_managed_provincial", "2023"): 50}


def test_probe_levels_under_a_total_that_names_itself_stay_as_they_were():
    r = examine(head("Khánh Hòa", "Báo cáo kết quả hoạt động khoa học và công nghệ năm 2024")
                + [ONE_YEAR[:2] + ["Năm 2024"], ["1", "Nhiệm vụ KH&CN đang quản lý", 63],
                   ["", "- Cấp quốc gia", 4], ["", "- Cấp tỉnh", 46], ["", "- Cấp cơ sở", 13]])
    assert _kinds(r) == {(KH, "tasks_managed", "2024"): 63, (KH, "tasks_managed_national", "2024"): 4,
                         (KH, "tasks_managed_provincial", "2024"): 46, (KH, "tasks_managed_grassroots", "2024"): 13}


# --- 2. a part under the row right above it, not under an earlier heading (was wrong / refused) -------------

def test_a_level_under_the_tasks_accepted_is_their_level_not_the_tasks_managed():
    """"Đang quản lý | 70" (the heading), "Nghiệm thu | 20", "- Cấp tỉnh | 15": 15 was stored as the
    provincial tasks MANAGED (the heading's level); it is the provincial tasks accepted."""
    r = _bd([ONE_YEAR, ["I", "Nhiệm vụ khoa học và công nghệ"], ["1", "Đang quản lý", 70], ["2", "Nghiệm thu", 20],
             ["", "- Cấp tỉnh", 15]])
    assert _kinds(r) == {(BD, "tasks_managed", "2023"): 70, (BD, "tasks_accepted", "2023"): 20,
                         (BD, "tasks_accepted_provincial", "2023"): 15}


def test_each_total_keeps_its_own_levels_and_the_honest_file_is_accepted():
    """"- Cấp tỉnh | 50" under "Đang quản lý" and "- Cấp tỉnh | 15" under "Được nghiệm thu" were both read as
    the provincial tasks managed: two values for one fact refused the honest file."""
    r = _bd([ONE_YEAR, ["I", "Nhiệm vụ khoa học và công nghệ"], ["1", "Đang quản lý", 70], ["", "- Cấp tỉnh", 50],
             ["2", "Được nghiệm thu", 20], ["", "- Cấp tỉnh", 15]])
    assert _kinds(r) == {(BD, "tasks_managed", "2023"): 70, (BD, "tasks_managed_provincial", "2023"): 50,
                         (BD, "tasks_accepted", "2023"): 20, (BD, "tasks_accepted_provincial", "2023"): 15}


def test_probe_unmarked_levels_right_under_their_total_head_nothing():
    """"cấp quốc gia | 5" then "cấp tỉnh | 48" under the total: levels of the total, each read with it — the
    national level does not head the provincial one."""
    r = _bd([ONE_YEAR, ["1", "Nhiệm vụ KH&CN đang quản lý", 58], ["", "cấp quốc gia", 5], ["", "cấp tỉnh", 48],
             ["2", "Nhiệm vụ mở mới", 12], ["", "Trong đó: cấp tỉnh", 9]])
    assert _kinds(r) == {(BD, "tasks_managed", "2023"): 58, (BD, "tasks_managed_national", "2023"): 5,
                         (BD, "tasks_managed_provincial", "2023"): 48, (BD, "tasks_new", "2023"): 12,
                         (BD, "tasks_new_provincial", "2023"): 9}


# --- 3. a part of a row that named nothing the registry knows (was wrong) -----------------------------------

def test_a_level_of_the_proposals_is_no_provincial_task_managed():
    """"Nhiệm vụ khoa học và công nghệ" (heading), "Số nhiệm vụ đề xuất | 40", "Trong đó: cấp tỉnh | 30": 30
    proposals were stored as the provincial tasks managed (read under the heading, not the row above)."""
    r = _bd([ONE_YEAR, ["I", "Nhiệm vụ khoa học và công nghệ"], ["1", "Số nhiệm vụ đề xuất", 40],
             ["", "Trong đó: cấp tỉnh", 30], ["2", "Nhiệm vụ KH&CN được nghiệm thu", 18]])
    assert _kinds(r) == {(BD, "tasks_accepted", "2023"): 18}


def test_probe_a_level_under_the_tasks_managed_in_the_same_section_is_read():
    r = _bd([ONE_YEAR, ["I", "Nhiệm vụ khoa học và công nghệ"], ["1", "Số nhiệm vụ đề xuất", 40],
             ["2", "Nhiệm vụ KH&CN đang quản lý", 44], ["", "Trong đó: cấp tỉnh", 30]])
    assert _kinds(r) == {(BD, "tasks_managed", "2023"): 44, (BD, "tasks_managed_provincial", "2023"): 30}


# --- 4. a unit stated only in the footnote (was missed) -----------------------------------------------------

MONEY_HEAD = ["STT", "Nội dung", "Dự toán 2023", "Thực hiện 2023"]
BUDGET = ["1", "Tổng chi ngân sách nhà nước cho KH&CN", 88000, 81350]


def _kh(rows: list[list]):
    return examine(head("Khánh Hòa", "Phụ lục: Kinh phí khoa học và công nghệ năm 2023") + rows)


@pytest.mark.parametrize("foot", ["Ghi chú: Đơn vị tính: triệu đồng.", "(*) ĐVT: triệu đồng", "Ghi chú: ĐVT: Tr.đ"])
def test_a_budget_whose_unit_is_only_in_the_footnote_is_read_in_it(foot):
    """Khánh Hòa's annex: "Tổng chi ngân sách nhà nước cho KH&CN | 88000 | 81350" and under the table only
    "Ghi chú: Đơn vị tính: triệu đồng." — set aside as money without a unit; it is 81,35 tỷ đồng."""
    r = _kh([MONEY_HEAD, BUDGET, [], [None, foot]])
    got = taken(r)
    assert got[(KH, "63", "st_budget", "2023", "actual")] == pytest.approx(81.35)
    assert {k[4] for k in got} == {"actual", "plan"}


@pytest.mark.parametrize("foot", [None, "Ghi chú: số liệu tính theo đơn vị triệu đồng của năm trước"])
def test_probe_without_a_footnote_of_its_unit_the_budget_stays_set_aside(foot):
    r = _kh([MONEY_HEAD, BUDGET] + ([[], [None, foot]] if foot else []))
    assert facts(r) == {}


def test_probe_two_footnotes_of_two_units_state_none():
    r = _kh([MONEY_HEAD, BUDGET, [None, "Ghi chú: Đơn vị tính: tỷ đồng"], [None, "(*) ĐVT: triệu đồng"]])
    assert facts(r) == {}


def test_probe_a_footnotes_unit_is_not_the_next_tables():
    """The footnote under the first table holds for its rows; the second table below it, with no unit of its
    own, stays set aside."""
    r = _kh([MONEY_HEAD, BUDGET, [None, "Ghi chú: Đơn vị tính: triệu đồng."], [],
             ["Bảng 2. Kinh phí thực hiện nhiệm vụ KH&CN từ ngân sách nhà nước"],
             MONEY_HEAD, ["1", "Kinh phí NSNN thực hiện nhiệm vụ KH&CN", 35000, 32870]])
    got = taken(r)
    assert got[(KH, "63", "st_budget", "2023", "actual")] == pytest.approx(81.35)
    assert not any(k[2] == "tasks_funding_state" for k in got)


def test_probe_a_count_under_a_money_footnote_stays_a_count():
    r = _kh([["STT", "Chỉ tiêu", "Năm 2023"], ["1", "Nhiệm vụ KH&CN được nghiệm thu", 18],
             [None, "Ghi chú: Đơn vị tính: triệu đồng."]])
    assert taken(r) == {(KH, "63", "tasks_accepted", "2023", "actual"): 18}
